"""Source of tests/data/events_r39c.jsonl: the thirty-ninth blind event round, part r39c.

10 real articles (SaudiNewsNet politics, 2,586–3,976 characters): the lines of /work/brief/DRAW_r39.tsv
(the saved output of `python tests/data/events_round39_select.py`) whose first column is `r39c`
(selection = events_round39_select.py, seed 3939, part r39c). All 10 kept, none dropped. Annotated by
reading only (2026-11-29): the event coder was never run on these articles and no coder output was read.
Same format and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set);
`build()` comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or any 12-word run
with an article of another tests/data/events_*.jsonl set (checked before annotating). Same happenings in
other words: the Iranian nuclear deal (many rounds), Aden's recovery (r33b, r38c), the Sitra bombing of
28 July 2015 and the Bahrain explosives seizure (earlier rounds may hold other reports).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r38c_source.py):
- Lebanon's government crisis (Aoun): negative. Aoun's street escalation is a decision, not a protest
  reported here; the minister's meeting with PM Salam and the cabinet session are domestic meetings (as
  earlier rounds: not coded); statements, tweets and the IRNA interview are not coded;
- Michel Kilo interview: negative (opinion; Geneva talks and the war only named);
- Hashemi's column on Maliki: the Saudi security service dismantling sleeper cells of 432 → *Arrests*,
  "unknown" (recent, «آخرها»); the Abu Ghraib breakout of al-Qaeda leaders «في يوليو 2013» →
  *Strategic developments/Other*, historical, 2013-07 (ambiguous: an armed assault on the prison); ISIS's
  spread and domination over five provinces, the Mosul collapse «في يونيو 2014» → *Non-state actor
  overtakes territory*, historical, 2014-06; Maliki's targeting of Sunni Arabs, the car bombs «كانت …
  تشق طريقها» (habitual) and the Sunni «الحراك الشعبي السلمي» (ambiguous: a protest movement, named only)
  are not coded;
- Qatar's foreign minister (AP interview): the nuclear deal → *Diplomacy/Agreement*, "unknown" (as
  r21b/r25b/r36c/r38c); the hostage negotiations via intermediaries (no release named), the war's 250,000
  dead (aggregate) and the World Cup are not coded;
- ICRC president in Yemen: Maurer's arrival in Sanaa «أمس» → *Diplomacy/Visit* 2015-08-08 (the later
  «وصل إلى صنعاء في زيارة» a mention); his talks with all Yemeni parties → *Diplomacy/Talks*, planned;
  the Resistance's release of seven Houthis flown by the ICRC from Aden to Sanaa → *Strategic
  developments/Other* (as r23b/r33c/r38c releases), "unknown" («أخيرا»), first mention «اتفاق لتبادل الأسرى»; the killing of four Red Crescent
  volunteers → *Violence against civilians/Attack*, "unknown", 4 dead, no place (ambiguous: no actor, no
  place); ongoing aid distribution, body recovery and the WHO's declaration are not coded;
- Uhud column: the battle of Uhud (7th century) is not coded (history as parable); the recovery of Aden →
  *Government regains territory*, "unknown" (as r33b/r38c); the arrest of the «الدواعش» plotting against
  the kingdom → *Arrests*, "unknown" (both named as achievements);
- North Sinai: the state of emergency and curfew extension are not coded (as r16a and later rounds); the
  bus IED on the Arish coastal road «صباح اليوم» → *Remote explosive/landmine/IED* 2015-07-26, no
  fatalities (about 18 wounded); the second bomb defused at the site → *Disrupted weapons use*
  2015-07-26; the Ansar Bait al-Maqdis attack on a military post «في أكتوبر الماضي» → *Armed clash*,
  historical, 2014-10, 30 dead («أكثر من 30»; ambiguous: *Attack*/*Suicide bomb* in reality, the text
  names no weapon); the sweep of the area is not coded;
- Qatari academic on Iran: the GCC foreign ministers' meeting with the US and Russian ministers →
  *Diplomacy/Meeting*, publication date (the text gives none); the nuclear deal → *Diplomacy/Agreement*,
  "unknown"; the rejected Russian initiative, the Iranian «سيطرتهم على أربع عواصم» (a boast) are not coded;
- «the road» (column on Palestine): the Camp David accords → *Diplomacy/Agreement*, historical,
  "unknown"; the nuclear agreement → *Diplomacy/Agreement*, "unknown"; the proposed peaceful intifada
  (hypothetical) and the past intifadas (named only) are not coded;
- Zarif's messages (Bahrain): the nuclear deal → *Diplomacy/Agreement*, "unknown"; the seizure of
  explosives and weapons off Bahrain «يوم السبت الماضي» → *Disrupted weapons use* 2015-07-25; Zarif's
  visit to Qatar and Kuwait → two *Diplomacy/Visit* (one per country), 2015-07 (between the seizure and
  the Tuesday); his meeting with the Shia authorities in Iraq and with his Iraqi counterpart → two
  *Diplomacy/Meeting*, 2015-07 (ambiguous: one Iraq *Visit*); the Sitra bombing «يوم الثلاثاء» →
  *Remote explosive/landmine/IED* 2015-07-28, 2 dead (police), the «اضطرابات» that the text says the
  agents ignited its first mention (not a separate riot; ambiguous).

Negatives: snn-20150722-00035 (Lebanon), snn-20150804-01142 (Kilo interview).

Run: python tests/data/events_r39c_source.py   (writes events_r39c.jsonl)
Text licences: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r39c.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150722-00035"] = []  # Lebanon's government crisis: statements and domestic meetings only
F["snn-20150804-01142"] = []  # Michel Kilo interview: opinion
F["snn-20150725-00153"] = [  # Hashemi's column on Maliki
    E(
        "Strategic developments/Arrests",
        "تفكيك خلايا نائمة",
        actor=("جهاز الأمن السعودي",),
        target=("خلايا نائمة", "432 من المغرر بهم"),
        place=("السعودية", "المملكة"),
        date="unknown",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "تمدد وهيمنة",
        actor=("تنظيم داعش", "داعش"),
        place=("الموصل", "خمس محافظات"),
        date="2014-06",
        status="historical",
        also=("الهروب وترك كامل الترسانة",),
    ),
    E(
        "Strategic developments/Other",
        "التهريب الكبير",
        target=("قادة «القاعدة»", "«القاعدة»", "القاعدة"),
        place=("سجن أبو غريب", "أبو غريب"),
        date="2013-07",
        status="historical",
    ),
]
F["snn-20150806-00248"] = [  # Qatar's foreign minister: AP interview
    E(
        "Diplomacy/Agreement",
        "الاتفاق القوي",
        actor=("اللاعبين الدوليين الرئيسيين",),
        target=("إيران",),
        date="unknown",
    ),
]
F["snn-20150809-00773"] = [  # ICRC president in Yemen
    E(
        "Diplomacy/Visit",
        "زيارة",
        actor=("بيتر ماورير", "رئيس اللجنة"),
        place=("صنعاء", "اليمن"),
        date="2015-08-08",
        also=("وصل إلى صنعاء في زيارة",),
    ),
    E(
        "Diplomacy/Talks",
        "مباحثات",
        actor=("المسؤول الدولي", "بيتر ماورير"),
        target=("الأطراف اليمنية",),
        status="planned",
        also=("محادثات مع جميع الأطراف اليمنية",),
    ),
    E(
        "Strategic developments/Other",
        "اتفاق لتبادل الأسرى",
        at="قمتم أخيرا",
        actor=("المقاومة",),
        target=("الحوثيين", "سبعة أشخاص من عناصر الحوثيين"),
        place=("عدن",),
        date="unknown",
        also=("تسهيل نقل سبعة أشخاص",),
    ),
    E(
        "Violence against civilians/Attack",
        "مقتل أربعة من متطوعي الهلال الأحمر",
        target=("متطوعي الهلال الأحمر", "الهلال الأحمر"),
        date="unknown",
        fatalities=4,
    ),
]
F["snn-20150731-00820"] = [  # Uhud column
    E(
        "Battles/Government regains territory",
        "استرداد عدن",
        place=("عدن",),
        date="unknown",
    ),
    E(
        "Strategic developments/Arrests",
        "القبض على الدواعش",
        target=("الدواعش",),
        date="unknown",
    ),
]
F["snn-20150726-00105"] = [  # North Sinai: emergency extended, bus IED
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "استهداف حافلة",
        target=("جنديا", "جنود الأمن المركزي", "أفرادا للأمن المركزي"),
        place=("طريق العريش الساحلي", "العريش", "مسجد الخلفاء"),
        date="2015-07-26",
        also=("انفجار عبوة ناسفة صباح اليوم", "كانت عبوة ناسفة قد انفجرت"),
    ),
    E(
        "Battles/Armed clash",
        "هجوم عنيف",
        actor=("أنصار بيت المقدس", "متطرفون"),
        target=("تمركز عسكري", "عسكريا"),
        place=("شمال سيناء",),
        date="2014-10",
        status="historical",
        fatalities=30,
    ),
    E(
        "Strategic developments/Disrupted weapons use",
        "إبطال مفعول عبوة أخرى",
        actor=("قوات الأمن",),
        place=("موقع الانفجار", "طريق العريش الساحلي", "العريش"),
        date="2015-07-26",
    ),
]
F["snn-20150804-00024"] = [  # Qatari academic on Iran
    E(
        "Diplomacy/Meeting",
        "اجتماع",
        actor=("وزراء خارجية دول مجلس التعاون الخليجي", "دول مجلس التعاون الخليجي"),
        target=("وزراء خارجية أمريكا وروسيا", "أمريكا", "روسيا"),
    ),
    E(
        "Diplomacy/Agreement",
        "الاتفاق النووي الإيراني",
        actor=("إيران",),
        date="unknown",
    ),
]
F["snn-20150723-00005"] = [  # column: the road to Palestine
    E(
        "Diplomacy/Agreement",
        "اتفاقية «كامب ديفيد»",
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Agreement",
        "الاتفاقية النووية",
        actor=("إيران",),
        date="unknown",
    ),
]
F["snn-20150731-00813"] = [  # Zarif's messages: Bahrain
    E(
        "Diplomacy/Agreement",
        "صفقة الملف النووي",
        actor=("نظام ملالي إيران", "إيران"),
        target=("الغرب",),
        date="unknown",
    ),
    E(
        "Strategic developments/Disrupted weapons use",
        "ضبطت في البحر",
        target=("شحنة من المتفجرات والأسلحة",),
        place=("البحرين", "مملكة البحرين"),
        date="2015-07-25",
        also=("ضبط 43.800 كيلو جرام", "ضبطُ هذه الكمية", "محاولة تهريب متفجرات"),
    ),
    E(
        "Diplomacy/Visit",
        "زيارته",
        actor=("وزير خارجية نظام إيران", "ظريف"),
        place=("قطر",),
        date="2015-07",
    ),
    E(
        "Diplomacy/Visit",
        "زيارته",
        actor=("وزير خارجية نظام إيران", "ظريف"),
        place=("الكويت",),
        date="2015-07",
    ),
    E(
        "Diplomacy/Meeting",
        "للقاء المرجعيات الشيعية",
        actor=("وزير خارجية نظام إيران", "ظريف"),
        target=("المرجعيات الشيعية",),
        place=("العراق",),
        date="2015-07",
    ),
    E(
        "Diplomacy/Meeting",
        "يلتقي نظيره العراقي",
        actor=("وزير خارجية نظام إيران", "ظريف"),
        target=("نظيره العراقي",),
        date="2015-07",
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "اضطرابات",
        actor=("عملاء ملالي إيران", "الإرهابيين"),
        target=("شرطيين بحرينيين", "شرطيين"),
        place=("سترة", "قرية سترة"),
        date="2015-07-28",
        fatalities=2,
        also=("تفجير إرهابي", "انفجارات سترة", "تفجيرات سترة"),
    ),
]

if __name__ == "__main__":
    print(build(F, OUT), "articles written to", OUT)
