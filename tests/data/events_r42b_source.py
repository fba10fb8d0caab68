"""Source of tests/data/events_r42b.jsonl: the forty-second blind event round, part r42b.

10 real articles (SaudiNewsNet politics, 2,573–3,665 characters): the lines of /work/brief/DRAW_r42.tsv
(the saved output of `python tests/data/events_round42_select.py`) whose first column is `r42b`
(selection = events_round42_select.py, seed 4242, part r42b). All 10 kept, none dropped. Annotated by
reading only (2026-11-29): the event coder was never run on these articles and no coder output was read.
Same format and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set);
`build()` comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or any 12-word run
(three or more) with an article of another tests/data/events_*.jsonl set (checked 2026-11-29, with the
sets committed at that time). Same happenings in other words: the liberation of Aden (many rounds), the
nuclear deal (many rounds), the Suruc bombing (many rounds), the Mashra'a wa Hadnan fighting.

Choices (the last rounds' calls followed):
- South Yemen column (00351, opinion): «تحرير عدن والعند» by the government forces backed by the coalition
  → *Government regains territory*, no date; the 1990 unification, the assassinations of southern leaders
  and the failed rebellions (aggregate, historical) are not coded;
- North Sinai (01200): the bomb on the police conscripts' bus in al-Arish «أمس» → *Remote explosive/
  landmine/IED* 2015-07-26 (18 wounded, no dead; Wilayat Sinai claimed it), the second bomb defused at the
  site → *Disrupted weapons use*; the attack that killed 30 soldiers (October 2014) → *Armed clash*,
  historical, 2014-10, 30 dead (ambiguous: sub-type not given by the text); the state of emergency and its
  extension, the curfew, the buffer zone and the attacks on army/police HQs in al-Arish (aggregate) are
  not coded;
- Iraqi painter (01379): negative (the fall of Baghdad and ISIS holding a third of Iraq are backdrop);
- Yemenis in Jeddah (00970): the Resistance liberating Aden → *Non-state actor overtakes territory*
  (the Resistance alone «بالتنسيق» with the coalition, as earlier rounds), no date («خلال اليومين
  الماضيين» not tied to the takeover); the ministers' return to Aden and the street named after King
  Salman are not coded;
- Turkey buffer zone (00092, opinion): the suicide attack on Kurdish volunteers in Turkey «الأسبوع
  الماضي» → *Suicide bomb*, 2015-07, no actor (the text names none); the planned buffer zone and T. E.
  Lawrence's campaign are not coded;
- SNHR barrel bombs (01085): the July tallies (2,041 barrels, 368 dead, per province) are a monthly
  report's aggregates, not coded (as the SNHR toll in r40c); the first notable use, on Salqin in October
  2012 → *Air/drone strike*, historical (barrel bombs, as r27c);
- Taiz weapons (00766): the coalition's airdrop of weapons to the Resistance → *Strategic developments/
  Other*, 2015-08 («أوائل الأسبوع الجاري»; ambiguous: could be left uncoded or *Diplomacy/Aid*); the
  Resistance taking Mashra'a wa Hadnan district «خلال الأسبوع الماضي» → *Non-state actor overtakes
  territory*, 2015-07, 80 dead (the 80 rebels killed in the same fighting); the battle for Aden → *Non-state
  actor overtakes territory*, no date (as r40c); the training and Sarhan's tour are not coded;
- Croatian hostage (01140): Salopek's kidnapping 22 July near Cairo → *Abduction/forced disappearance*,
  actor Wilayat Sinai; Pusić flying to Cairo «الخميس» → *Diplomacy/Visit* 2015-08-06, her meeting with
  Shoukry → *Diplomacy/Meeting* 2015-08-07 (ambiguous: the day of the ministry's statement «ظهر الجمعة»);
  the US Apache employee's killing → *Violence against civilians/Attack*, historical, 2014-08 (the
  month his body was found; ambiguous), 1 dead; the car bomb at the Italian consulate → *Remote
  explosive/landmine/IED*, historical, 2015-07, 1 dead; the beheading of 21 Copts → *Attack*, historical,
  2015-02, 21 dead; Egypt's retaliatory strikes in Libya → *Air/drone strike*, historical, 2015-02; the
  video threat, the ultimatum and the Sinai campaign (aggregate) are not coded;
- Buckley column (00015, opinion): the nuclear deal → *Diplomacy/Agreement*, "unknown" (as r36c/r40c);
  the Beirut embassy bombing April 1983, the US embassy bombing 1984 and the barracks bombing October 1983
  → three *Remote explosive/landmine/IED*, historical (the text says only «تفجير»); Buckley's kidnapping
  March 1984 → *Abduction/forced disappearance*, historical; his killing June 1985 → *Attack*, historical,
  1 dead; the hikers' detention and release, Rezaian's case and Hezbollah's support to Assad are not coded;
- Chattanooga (00105): the shooting at two military centres «يوم الخميس» → one *Battles/Armed clash*
  2015-07-16 (police fired back and killed the gunman; ambiguous: *Violence against civilians/Attack*),
  6 dead (five servicemen and the gunman; the text's own figure is five); the 60 ISIS-linked arrests of
  the previous year (aggregate), the DUI arrest and Carter's security measures are not coded.

Run: python tests/data/events_r42b_source.py            (writes events_r42b.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r42b.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150806-00351"] = [  # opinion: no to the secession of South Yemen
    E(
        "Battles/Government regains territory",
        "تحرير عدن والعند",
        actor=("قوات الحكومة اليمنية",),
        place=("عدن", "العند"),
    ),
]

F["snn-20150727-01200"] = [  # Egypt extends the North Sinai emergency; al-Arish bus bomb
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "انفجار عبوة ناسفة",
        actor=("جماعة ولاية سيناء", "ولاية سيناء"),
        target=("مجندًا بالشرطة", "المجندين", "حافلة"),
        place=("العريش", "مدينة العريش", "حي الخلفاء", "شارع البحر"),
        date="2015-07-26",
        also=("انفجرت العبوة الناسفة",),
    ),
    E(
        "Strategic developments/Disrupted weapons use",
        "أبطلوا مفعولها",
        actor=("خبراء المفرقعات", "قوات الأمن"),
        place=("العريش",),
        date="2015-07-26",
        also=("عثرت على عبوة ناسفة أخرى",),
    ),
    E(
        "Battles/Armed clash",
        "هجوم دام",
        target=("ثلاثون جنديًا",),
        place=("شمال سيناء",),
        date="2014-10",
        status="historical",
        fatalities=30,
    ),
]

F["snn-20150722-01379"] = []  # interview with an Iraqi painter: no event

F["snn-20150722-00970"] = [  # Yemenis in Jeddah celebrate the liberation of Aden
    E(
        "Battles/Non-state actor overtakes territory",
        "تحرير عدن",
        actor=("لجان المقاومة الشعبية", "المقاومة الشعبية"),
        target=("مليشيات الحوثي", "المليشيات الحوثية"),
        place=("عدن",),
        also=("السيطرة على مدينة عدن",),
    ),
]

F["snn-20150802-00092"] = [  # opinion: Turkey's buffer zone against ISIS
    E(
        "Explosions/Remote violence/Suicide bomb",
        "الهجوم الانتحاري",
        target=("متطوعين أكراد",),
        place=("تركيا",),
        date="2015-07",
    ),
]

F["snn-20150809-01085"] = [  # SNHR: 2,041 barrel bombs in July (aggregate)
    E(
        "Explosions/Remote violence/Air/drone strike",
        "أول استخدام بارز",
        actor=("قوات النظام",),
        target=("أهالي مدينة سلقين",),
        place=("مدينة سلقين", "سلقين", "محافظة إدلب"),
        date="2012-10",
        status="historical",
    ),
]

F["snn-20150803-00766"] = [  # coalition weapons for the Taiz Resistance
    E(
        "Strategic developments/Other",
        "قدمت للثوار",
        actor=("دول التحالف العربي", "التحالف"),
        target=("الثوار", "المقاومة الشعبية"),
        place=("تعز",),
        date="2015-08",
        also=("عمليات إنزال جوي", "إنزال الأسلحة"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "السيطرة على مديرية مشرعة وحدنان",
        actor=("مقاتلي المقاومة الشعبية", "المقاومة الشعبية"),
        target=("المتمردين", "الانقلابيين"),
        place=("مديرية مشرعة وحدنان", "مشرعة وحدنان", "تعز"),
        date="2015-07",
        fatalities=80,
        also=("تقدما كبيرا",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "معركة تحرير عدن",
        actor=("الثوار",),
        target=("المتمردين",),
        place=("عدن",),
    ),
]

F["snn-20150808-01140"] = [  # Croatian hostage of Wilayat Sinai
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "خُطف نهاية يوليو",
        actor=("ولاية سيناء", "تنظيم داعش"),
        target=("كرواتي", "توميسلاف سالوبيك", "سالوبيك"),
        place=("إحدى ضواحي القاهرة", "القاهرة"),
        date="2015-07-22",
        also=("خطفه في 22 من يوليو", "خطف سالوبيك"),
    ),
    E(
        "Diplomacy/Meeting",
        "التقت وزيرة الخارجية الكرواتية",
        actor=("فيسنا بوسيتش", "وزيرة الخارجية الكرواتية"),
        target=("سامح شكري",),
        place=("القاهرة",),
        date="2015-08-07",
    ),
    E(
        "Diplomacy/Visit",
        "توجهت إلى القاهرة",
        actor=("فيسنا بوسيتش", "وزيرة الخارجية"),
        place=("القاهرة",),
        date="2015-08-06",
        also=("رحلتها إلى مصر",),
    ),
    E(
        "Violence against civilians/Attack",
        "قتل موظف أمريكي",
        actor=("ولاية سيناء",),
        target=("موظف أمريكي",),
        place=("الصحراء الغربية",),
        date="2014-08",
        status="historical",
        fatalities=1,
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "هجوما بسيارة مفخخة",
        actor=("تنظيم داعش",),
        target=("القنصلية الإيطالية",),
        place=("وسط القاهرة", "القاهرة"),
        date="2015-07",
        status="historical",
        fatalities=1,
    ),
    E(
        "Violence against civilians/Attack",
        "إعدام 21 قبطيا",
        actor=("تنظيم داعش",),
        target=("قبطيا", "المصريين الأقباط"),
        place=("ليبيا", "أحد شواطئ ليبيا"),
        date="2015-02",
        status="historical",
        fatalities=21,
        also=("إعدام المصريين الأقباط",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "شنّت القاهرة غارات جوية",
        actor=("القاهرة",),
        target=("مواقع الجهاديين",),
        place=("ليبيا",),
        date="2015-02",
        status="historical",
    ),
]

F["snn-20150722-00015"] = [  # opinion: Iran and the murder of Bill Buckley
    E(
        "Diplomacy/Agreement",
        "اتفاق نووي مع إيران",
        target=("إيران",),
        date="unknown",
        also=("الاتفاق النووي",),
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "تفجير السفارة",
        actor=("الجهاد الإسلامي",),
        target=("السفارة",),
        place=("بيروت",),
        date="1983-04",
        status="historical",
        also=("تدمير سفارتنا",),
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "اختطفت مجموعة",
        actor=("الجهاد الإسلامي",),
        target=("باكلي",),
        place=("بيروت",),
        date="1984-03",
        status="historical",
    ),
    E(
        "Violence against civilians/Attack",
        "قد قتل في يونيو",
        actor=("مختطفيه", "الجهاد الإسلامي"),
        target=("باكلي",),
        date="1985-06",
        status="historical",
        fatalities=1,
        also=("مقتل باكلي",),
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "تفجيرات السفارة الأميركية",
        actor=("الجهاد الإسلامي",),
        target=("السفارة الأميركية",),
        place=("بيروت",),
        date="1984",
        status="historical",
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "تفجيرات ثكنات القوات الخاصة الأميركية",
        actor=("الجهاد الإسلامي",),
        target=("ثكنات القوات الخاصة الأميركية",),
        place=("بيروت",),
        date="1983-10",
        status="historical",
    ),
]

F["snn-20150721-00105"] = [  # Chattanooga shooting: a fifth serviceman dies
    E(
        "Battles/Armed clash",
        "حادث إطلاق النار",
        actor=("المهاجم محمد يوسف عبد العزيز", "محمد يوسف عبد العزيز", "عبد العزيز"),
        target=("مركزين عسكريين", "المارينز"),
        place=("تشاتانوغا", "ولاية تينيسي"),
        date="2015-07-16",
        fatalities=6,
        also=("أطلق النار الخميس", "الهجوم الدامي"),
    ),
]


if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
