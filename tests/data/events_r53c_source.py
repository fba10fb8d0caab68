"""Source of tests/data/events_r53c.jsonl: the fifty-third blind event round, part r53c.

8 real articles (SaudiNewsNet politics, 4,017–5,676 characters): the lines of /work/brief/DRAW_r53.tsv
(the saved output of `python tests/data/events_round53_select.py`) whose first column is `r53c`
(selection = events_round53_select.py, seed 5353, part r53c). All 8 kept. Annotated by reading only
(2026-11-29): the event coder was never run on these articles and no coder output was read.
Same format and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set);
`build()` comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three or more
12-word runs with an article of another tests/data/events_*.jsonl set (checked 2026-11-29 17:55 UTC).
Same happenings in other words: the liberation of Aden, the al-Anad recapture, the nuclear deal (many
rounds). Captures → *Arrests* and Decisive Storm (a campaign) not coded, as in the earlier rounds.

Choices (the last rounds' calls followed):
- Eid column (00993): the liberation of Aden → *Government regains territory*, "unknown" (as earlier
  rounds); Hadi's Eid speech, the coalition training, the May capture of a Houthi, the Houthi shelling
  of the Aden refineries (general) are not coded;
- Gulf-project column (00216): the liberation of Aden → *Government regains territory*, "unknown". Not
  coded: the launch of Decisive Storm (the campaign, no date; ambiguous), Saleh's signing of the GCC
  road map, Iran's project;
- nuclear column (00372): the nuclear agreement between Iran and the 5+1 → *Diplomacy/Agreement*,
  "unknown" (as r38c–r51: «مؤخراً»). The programme's history (1950s, 1979, 2011 opening) is not coded;
- Dhale (00141): Dhale liberated «أمس» → *Government regains territory* 2015-08-08 (army and
  Resistance); Damt, Qa'taba/Muris (the camps seized its mentions), Sanah, Zinjibar → *Non-state actor
  overtakes territory* (the Resistance alone, as r51c); the Abyan fighting → *Armed clash* (the launched
  operation its mention); the coalition strikes: Naqil al-Arqoub, the 15th Brigade vehicles, the
  coastal positions → three *Air/drone strike*; the 15th Brigade shelling al-Kod, Zinjibar, Ja'ar →
  *Shelling*; the landmines in Aden (29 dead) → *Remote explosive/landmine/IED*; the engineers'
  demining → *Disrupted weapons use*. Not coded: the surrenders, the warships approaching, Saleh's
  surveillance groups and planned assassinations;
- Netanyahu (00376): the nuclear deal → *Diplomacy/Agreement*, "unknown" (as the earlier rounds);
  Obama's meeting with 22 Jewish figures → *Diplomacy/Meeting* (ambiguous: a
  domestic meeting); the US delegation to Israel in September → *Diplomacy/Visit*, planned, 2015-09.
  Not coded: statements, Netanyahu's video speech, lobbying, the court petition, Hezbollah's past
  shelling (general);
- al-Anad interview (01032): the recapture of al-Anad → *Government regains territory* (150 bodies
  its fatalities; the battle a mention); the coalition air strike there → *Air/drone strike*; Labouza
  camp → *Government regains territory*; the mine incident (light damage) → *Remote explosive/landmine/
  IED*; 200 mines removed → *Disrupted weapons use*; the liberation of Aden → *Government regains
  territory*, "unknown". Not coded: the captures (part of the battle), the reinforcements, the plans;
- Lahij (00872): the Lahij battles → *Armed clash*; the al-Jufaina raids: the earlier ones (48 bodies,
  ambiguous) and those «أمس» (the raid after the truce its mention) → two *Air/drone strike*; the
  raids on positions in Lahij → *Air/drone strike*; the operations «أمس» between Lahij and Aden → *Armed
  clash* and *Government regains territory* (al-Fayoush, Sabr, al-Waht, in Yafei's words its
  mentions); the al-Jufaina clashes → *Armed clash*, the 3rd military region's shelling → *Shelling*;
  the al-Anad triangle ambush (8) → *Armed clash*, the linking area taken → *Non-state actor overtakes
  territory*; the battles around al-Anad → *Armed clash*; Jabal Munif, al-Kassara, Jabal al-Asad and
  Bayt Ayyad → two takeovers; the 140 captured at al-Azariq → *Arrests* (ambiguous: a capture by the
  Resistance); the Kentucky roundabout attack in Sanaa (12) → *Armed clash* 2015-07-25; Taiz
  (30) → *Armed clash*; the 35th Brigade tanks shelling villages → *Shelling*. Not coded: the
  fighters flowing to the front, the thwarted water plan (a threat), last week's expulsion;
- Lebanese minister (01819): the 14 March 2005 demonstration → *Peaceful protest*, historical,
  2005-03-14; Aoun's street movement → *Peaceful protest*, planned (ambiguous: discussed, not called
  in this text). Not coded: the massacres of Christians in Iraq and Syria (general).

Counts: 8 articles, 43 events, no negative (Battles 22, Explosions/Remote violence 12, Diplomacy 4,
Strategic developments 3, Protests 2).

Run: python tests/data/events_r53c_source.py            (writes events_r53c.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r53c.jsonl")

F: dict[str, list[dict]] = {}

F["snn-20150726-00993"] = [  # opinion: Eid and the liberation of Aden
    E(
        "Battles/Government regains territory",
        "دحر الحوثيين",
        actor=("المقاومة الشعبية", "المقاومة"),
        target=("الحوثيين", "قوات المخلوع"),
        place=("عدن",),
        date="unknown",
        also=('بتحرير "عدن"', "تحرير عدن ومواجهة المتمردين"),
    ),
]

F["snn-20150722-00216"] = [  # opinion: a Gulf project
    E(
        "Battles/Government regains territory",
        "تحرير عدن",
        place=("عدن",),
        target=("تحالف الحوثي - صالح",),
        date="unknown",
        also=("نجاح تحرير عدن",),
    ),
]

F["snn-20150802-00372"] = [  # opinion: the nuclear agreement
    E(
        "Diplomacy/Agreement",
        "خطة العمل المشتركة الشاملة",
        actor=("إيران", "طهران"),
        target=("مجموعة (5 + 1)",),
        date="unknown",
        also=("الاتفاق النووي",),
    ),
]

F["snn-20150809-00141"] = [  # Dhale liberated, Abyan offensive
    E(
        "Battles/Government regains territory",
        "تحرير محافظة الضالع",
        actor=("قوات الجيش الوطني", "المقاومة الشعبية", "المقاومة الجنوبية"),
        place=("الضالع", "محافظة الضالع"),
        date="2015-08-08",
        also=("محررة الكامل",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "دخلت مدينة دمت",
        actor=("المقاومة", "المقاومة الجنوبية"),
        place=("دمت", "مدينة دمت"),
        date="2015-08-08",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "دخول عناصر المقاومة",
        actor=("المقاومة", "عناصر المقاومة", "المقاومة الشعبية"),
        place=("قعطبة", "مريس", "مديرية قعطبة"),
        date="2015-08-08",
        also=("واستولت المقاومة", "سيطرت أمس على معسكر الصدرين"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "أحكمت المقاومة الجنوبية سيطرتها",
        actor=("المقاومة الجنوبية",),
        target=("الحوثيين",),
        place=("سناح",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "دخول المقاومة لمدينة زنجبار",
        actor=("المقاومة",),
        place=("زنجبار",),
    ),
    E(
        "Battles/Armed clash",
        "اشتباكات عنيفة",
        actor=("المقاومة الشعبية", "الجيش الوطني"),
        place=("أبين",),
        also=("عملية تحرير محافظة أبين",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "استهدفت آليات عسكرية",
        actor=("طائرات التحالف", "التحالف"),
        target=("ميليشيات الحوثي",),
        place=("نقيل العرقوب",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "استهداف البوارج الحربية",
        actor=("البوارج الحربية", "طائرات التحالف"),
        target=("لواء 15",),
        place=("الكود", "زنجبار", "جعار"),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "تقصف",
        actor=("لواء 15",),
        place=("الكود", "زنجبار", "جعار"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "ضربات مكثفة",
        actor=("طائرات التحالف", "بوارج البحرية"),
        target=("ميليشيات الحوثي", "قوات صالح"),
        place=("الكود", "زنجبار", "شقرة", "أبين"),
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "الألغام الأرضية",
        actor=("الميليشيات الحوثية", "قوات صالح"),
        place=("عدن",),
        fatalities=29,
        also=("قُتلوا وأصيبوا بسبب تلك الألغام", "أصيبوا هم أيضًا جراء تلك الألغام"),
    ),
    E(
        "Strategic developments/Disrupted weapons use",
        "لإعطاب",
        actor=("فرق المهندسين",),
    ),
]

F["snn-20150806-00376"] = [  # Netanyahu, Obama and the nuclear deal
    E(
        "Diplomacy/Agreement",
        "الاتفاق مع إيران",
        target=("إيران",),
        date="unknown",
        also=("الاتفاق النووي مع إيران",),
    ),
    E(
        "Diplomacy/Meeting",
        "بلقاء 22 شخصية",
        actor=("أوباما",),
        target=("22 شخصية يهودية",),
    ),
    E(
        "Diplomacy/Visit",
        "سيصل",
        actor=("وفدا أميركيا", "آدم زوبين"),
        place=("إسرائيل",),
        date="2015-09",
        status="planned",
    ),
]

F["snn-20150807-01032"] = [  # interview: the commander of the al-Anad battle
    E(
        "Battles/Government regains territory",
        "استردادها",
        actor=("فضل حسن", "المقاومة الشعبية", "الجيش الموالي للشرعية"),
        target=("المتمردين الحوثيين", "الحوثيين"),
        place=("قاعدة العند", "العند"),
        fatalities=150,
        also=("انتزعناها", "تحرير قاعدة العند"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "بضربة جوية",
        actor=("قوات التحالف",),
        place=("قاعدة العند",),
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "حادثة واحدة",
        place=("قاعدة العند",),
    ),
    E(
        "Strategic developments/Disrupted weapons use",
        "نزع وإبطال",
        actor=("الفريق",),
        place=("قاعدة العند",),
    ),
    E(
        "Battles/Government regains territory",
        "تحرير عدن",
        actor=("المقاومة الشعبية",),
        place=("عدن",),
        date="unknown",
    ),
    E(
        "Battles/Government regains territory",
        "تم تحريرها",
        actor=("قواتنا",),
        place=("معسكر لبوزة", "لبوزة"),
        also=("اقتحامها",),
    ),
]

F["snn-20150727-00872"] = [  # Lahij, Marib, Sanaa, Taiz
    E(
        "Battles/Armed clash",
        "المعارك",
        actor=("المقاومة الشعبية",),
        target=("جماعة الحوثي",),
        place=("لحج",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات شنتها طائرات التحالف",
        actor=("طائرات التحالف العربي", "التحالف العربي"),
        place=("الجفينة", "مأرب"),
        fatalities=48,
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات التحالف التي استهدفت",
        actor=("التحالف",),
        place=("لحج", "الرجاع", "الوهط", "صبر", "مفرق الحوطة"),
    ),
    E(
        "Battles/Armed clash",
        "عمليات نوعية",
        actor=("قوات الجيش الوطني", "المقاومة الشعبية"),
        target=("ميليشيات الانقلابيين", "ميليشيات الحوثي"),
        place=("لحج",),
        date="2015-07-26",
        also=("نفذوا عمليات عسكرية نوعية",),
    ),
    E(
        "Battles/Government regains territory",
        "طهرت مناطق واسعة",
        actor=("قوات الجيش الوطني", "المقاومة الشعبية"),
        place=("لحج", "الفيوش", "صبر", "الوهط"),
        date="2015-07-26",
        also=("فرض سيطرتها على مناطق الفيوش", "فرضت السيطرة عليها", "بسط السيطرة على مناطق مصنع الحديد"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات جوية أمس",
        actor=("طائرات التحالف",),
        place=("الجفينة", "مأرب"),
        date="2015-07-26",
        also=("شنت غارة على المنطقة",),
    ),
    E(
        "Battles/Armed clash",
        "اشتباكات عنيفة",
        actor=("المقاومة الشعبية",),
        target=("الحوثيين",),
        place=("الجفينة",),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "بقصف مواقع الحوثيين",
        actor=("المنطقة العسكرية الثالثة",),
        target=("الحوثيين",),
        place=("الجفينة",),
    ),
    E(
        "Battles/Armed clash",
        "كمين",
        actor=("المقاومة",),
        target=("الحرس الجمهوري",),
        place=("مثلث العند", "لحج"),
        fatalities=8,
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرت على المنطقة الرابطة",
        actor=("المقاومة",),
        target=("ميليشيات الحوثي وصالح",),
        place=("مثلث العند",),
        also=("مواجهات مع ميليشيات الحوثي وصالح",),
    ),
    E(
        "Battles/Armed clash",
        "وتدور المعارك",
        actor=("المقاومة", "القوات الحكومية"),
        target=("ميليشيات الحوثي",),
        place=("قاعدة العند", "العند"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "السيطرة على جبال منيف",
        actor=("رجال المقاومة", "المقاومة"),
        place=("جبال منيف", "الكسارة", "جبل الأسد"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "أحكموا سيطرتهم",
        actor=("الثوار",),
        place=("بين عياض", "بيت عياض"),
        date="2015-07-26",
    ),
    E(
        "Strategic developments/Arrests",
        "أسر قرابة 140",
        actor=("مسلحو المقاومة الشعبية", "المقاومة الشعبية"),
        target=("الحوثيين", "قوات صالح"),
        place=("الأزارق", "الضالع"),
        date="2015-07-26",
    ),
    E(
        "Battles/Armed clash",
        "هجوما استهدف نقطة",
        actor=("المقاومة الشعبية في إقليم آزال", "المقاومة الشعبية"),
        target=("ميليشيات الانقلابيين",),
        place=("جولة كنتاكي", "صنعاء"),
        date="2015-07-25",
        fatalities=12,
    ),
    E(
        "Battles/Armed clash",
        "مواجهات مع المقاومة الشعبية",
        actor=("المقاومة الشعبية",),
        target=("مسلحي الحوثي", "قوات موالية للمخلوع صالح"),
        place=("مشرعة وحدنان", "تعز"),
        fatalities=30,
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "تقصف بشكل عشوائي",
        actor=("الانقلابيين", "اللواء 35 مدرع"),
        target=("مدنيين",),
        place=("مشرعة وحدنان", "تعز"),
    ),
]

F["snn-20150724-01819"] = [  # interview: Lebanese labour minister Sejaan Azzi
    E(
        "Protests/Peaceful protest",
        "التحرك الجماهيري",
        place=("لبنان",),
        date="2005-03-14",
        status="historical",
        also=("تحركاً واحداً جماهيرياً",),
    ),
    E(
        "Protests/Peaceful protest",
        "النزول إلى الشارع",
        actor=("التيار الوطني الحر", "ميشال عون", "عون"),
        place=("لبنان",),
        status="planned",
    ),
]


if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
