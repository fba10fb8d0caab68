"""Source of tests/data/events_r9b.jsonl: ninth-round blind event set, half r9b.

20 real articles (SaudiNewsNet politics 12, ANT internationalNews 8): the lines of
`python tests/data/events_round9_select.py` whose first column is `r9b` (selection =
events_round9_select.py, seed 9292, half r9b: draw positions 12–23 of the SaudiNewsNet sample and 8–15
of the ANT sample; same pool as events_fresh_source.py). All 20 kept, none dropped; 32 events; 3 of them
report no event (negatives). Annotated by reading only (2026-11-29): the event coder was never run on
these articles and no coder output was read. Same format and guidelines as events_dev_source.py and
events_fresh_source.py (docs/events.md § Dev set); `build()` comes from events_dev_source.py
(SaudiNewsNet articles by reference + sha1).

Not fully blind (score these separately): snn-20150726-01335 is a near-copy of fresh negative
snn-20150726-01339 (same first 80 characters and first two paragraphs, plus a paragraph on child
fighters «الذين دائما ما يقنصون»), coded as its twin: a negative (a trend and habits). snn-20150726-00672
shares its passages on the 20 coalition strikes (Ramadi, Tuz Khurmatu, 13 in Syria) with dev article
snn-20150726-00338 and is coded as the twin: three *Air/drone strike* events dated «أمس» (2015-07-25).
snn-20150731-01046 and the opinion column snn-20150801-01155 quote the same HRW sentence («أمطرت القوات
الموالية للحوثيين مناطق مأهولة من عدن بقذائف الهاون والصواريخ …») as dev article snn-20150731-01437;
as there, the HRW report is one *Shelling/artillery/missile attack* by the Houthis on civilians in Aden,
dated 2015-07-19 with Dar Saad as place where the text names the deadliest attack (01046), date "unknown"
and Aden where it does not (01155). snn-20150725-00102 shares a sentence (the aid to be brought in)
with dev article snn-20150727-01256 on the same five-day truce, coded there reported on 2015-07-26 with
Yemen as place; here it is announced the day before: planned, same date and place. Same happenings
in other words (no shared passage): the Baqubah car bombs (r8b snn-20150810-01199, coded the same way:
two *Remote explosive/landmine/IED*, 2015-08-10), the Saint Catherine checkpoint attack (dev
ant-JA-internationalNews-783-20170419, *Armed clash* as there), and ant-JA-internationalNews-326-20170221
and ant-JA-internationalNews-703-20170104 report the same killing
(Azaria, Hebron, March 2016) and are coded alike.

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r8b_source.py): an
aggregate first sentence is an `also` of the first happening it covers, the trigger is the specific
mention, a killing reported first is the trigger and the explosion its `also` («40 شخصا … قتلوا … حينما
انفجرت سيارة ملغومة»); the Baqubah market car bomb (no word of a suicide bomber) → *Remote explosive/
landmine/IED* with ISIS as actor (its claim names it), 40 dead, the second blast east of the city a
second IED (7 dead, no actor); the separate Iraqi incidents of one report → one event each: two IEDs in
Baghdad (Camp Sara 2, Baghdad al-Jadida 1), the teacher and his wife killed by unknown gunmen in
al-Ja'ara and a man shot by gunmen in Kirkuk → *Violence against civilians/Attack*, and two men found
shot dead on the Kirkuk–Erbil road → *Attack* (bodies found, as r7a's Regeni), all dated by «اليوم»;
the coalition's five-day truce «يوم الأحد المقبل» → *Strategic developments/Agreement*, planned, 2015-07-26
(as fresh); the federal police repelling an ISIS attack at Husaybah (12 killed) → *Armed clash*, its
ambush disabling five ISIS vehicles at al-Madhiq → a second *Armed clash*, the car-bomb workshop seized
south of Tikrit → *Disrupted weapons use* (as the blind set's destroyed workshop), the air strike on an
ISIS HQ south of Ramadi (10 dead, no actor named) → *Air/drone strike*, all dated by the statement
«اليوم»; SOHR's 51 ISIS dead in 48 hours of coalition strikes → one *Air/drone strike* per place with its
own toll (Mayadin 11, the Kraine camp near Tabqa 29, the rest on the roads to Aleppo and Hama and in
rural Hasakah, no count), dated `2015-08` (the text gives 48 hours, not a day); the Popular Resistance
alone taking three Houthi positions in al-Faw (Marib) → *Non-state actor overtakes territory*; the 2012
Benghazi consulate attack (ambassador and three Americans) → *Violence against civilians/Attack*,
historical, 2012, 4 dead; the UN report of Israeli forces supplying armed groups in the Golan separation
zone (2 March–16 May 2017) → one *Diplomacy/Aid*, dated `2017`, reported (ambiguous: repeated, not one
happening); Iraqi forces expelling ISIS from east Mosul (January) → *Government regains territory*,
historical, 2017-01; Azaria shooting the wounded al-Sharif → *Violence against civilians/Attack*,
historical, 2016-03, 1 dead, and al-Sharif's knife attack before it → *Armed clash* (a state target, as
r6a's ramming), historical, 2016-03; the four states' terror listing → *Diplomacy/Sanction* dated «فجر
الجمعة» (2017-06-09) and the Muslim World League ending al-Qaradawi's membership → *Diplomacy/Sanction*
(as fresh's coalition ending Qatar's participation; publication date); the Algiers ministerial meeting
«يومي 5 و 6 جوان» → *Diplomacy/Meeting*, planned, dated its first day 2017-06-05; the Saint Catherine
attack «مساء الثلاثاء» → *Armed clash* 2017-04-18, 1 police dead, ISIS (its claim) as actor, and the
police killing the attacker in a raid on his hideout → *Armed clash* dated by «اليوم الأربعاء» (2017-04-19).
Not events (the negatives: the Houthi children article, a basketball match, ISIS fighters shedding their
uniforms and fleeing during the Mosul battle — a trend) — and, within other articles, a security alert
after threats (Misrata), Clinton's planned hearing, a court sentence and a conviction, permits given to
aid groups, Hadi's letter to the king, the government's talks with the UN envoy (background), destruction
reported with a strike, ISIS's control of Mosul and its toy ban (states), the generic «اعتداءات على
الأراضي السورية» and ceasefire violations, a tally since the war began (3,700), HRW's site visits, fatwas.

Run: python tests/data/events_r9b_source.py   (writes events_r9b.jsonl; the draw: events_round9_select.py)
Text licences: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed); ANT Apache-2.0.
Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r9b.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150801-01155"] = [
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "استهدافهم",
        actor=("الحوثيين", "القوات الموالية للحوثيين", "الانقلابيين"),
        target=("المدنيين",),
        place=("مدينة عدن", "عدن"),
        date="unknown",
        also=("أمطرت",),
    ),
]
F["snn-20150726-01335"] = []  # near-copy of fresh's negative: Houthis dropping arms (a trend), habits
F["snn-20150811-00777"] = [
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "قتلوا",
        actor=("تنظيم داعش", "داعش"),
        target=("سوق", "40 شخصا"),
        place=("مدينة بعقوبة", "بعقوبة"),
        date="2015-08-10",
        fatalities=40,
        also=("الانفجارين", "انفجرت سيارة ملغومة", "هجوم بسيارة ملغومة"),
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "انفجار",
        at="وفي انفجار",
        place=("المدينة", "بعقوبة"),
        date="2015-08-10",
        fatalities=7,
        also=("قتل سبعة",),
    ),
]
F["snn-20150809-00063"] = [
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "قتلا",
        place=("منطقة كمب سارة", "كمب سارة", "بغداد"),
        date="2015-08-09",
        fatalities=2,
        also=("لقي 6 أشخاص مصرعهم", "انفجارعبوة ناسفة"),
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "الانفجار",
        at="وأضاف المصدر",
        place=("منطقة بغداد الجديدة", "بغداد الجديدة", "بغداد"),
        date="2015-08-09",
        fatalities=1,
        also=("مقتل شخص وإصابة",),
    ),
    E(
        "Violence against civilians/Attack",
        "مصرعهما",
        actor=("مسلحين مجهولين", "مسلحين"),
        target=("مدرس وزوجته", "مدرس"),
        place=("منطقة الجعارة", "الجعارة", "المدائن"),
        date="2015-08-09",
        fatalities=2,
        also=("بنيران",),
    ),
    E(
        "Violence against civilians/Attack",
        "بمقتل",
        actor=("مسلحون مجهولون", "مسلحون"),
        target=("شخص",),
        place=("حي واحد حزيران", "كركوك"),
        date="2015-08-09",
        fatalities=1,
        also=("هجوم شنه",),
    ),
    E(
        "Violence against civilians/Attack",
        "العثور على جثتين",
        target=("رجلين مجهولي الهوية", "جثتي رجلين"),
        place=("الطريق الرابط بين كركوك واربيل", "كركوك"),
        date="2015-08-09",
        fatalities=2,
        also=("وعثرت", "رميًا بالرصاص"),
    ),
]
F["snn-20150725-00102"] = [
    E(
        "Strategic developments/Agreement",
        "هدنة إنسانية",
        actor=("قيادة قوات التحالف", "التحالف"),
        place=("اليمن",),
        date="2015-07-26",
        status="planned",
        also=("وقف العمليات العسكرية", "إيقاف العمليات"),
    ),
]
F["snn-20150726-00672"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارة جوية",
        actor=("قوات التحالف الدولي", "التحالف"),
        target=("تنظيم داعش", "داعش"),
        place=("الرمادي", "العراق"),
        date="2015-07-25",
        also=("خمس غارات",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات",
        at="قصف أربع",
        actor=("قوات التحالف الدولي", "التحالف"),
        target=("تنظيم داعش", "داعش"),
        place=("طوز خورماتو",),
        date="2015-07-25",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارة جوية",
        at="13",
        actor=("التحالف", "قوات التحالف الدولي"),
        target=("للتنظيم", "التنظيم", "داعش"),
        place=("سوريا", "عين العرب"),
        date="2015-07-25",
    ),
]
F["snn-20150731-00065"] = [
    E(
        "Battles/Armed clash",
        "هجوم",
        at="عن صد",
        actor=("تنظيم /داعش/", "داعش"),
        target=("الشرطة الاتحادية", "قيادة الشرطة الاتحادية العراقية"),
        place=("حصيبة", "الرمادي"),
        date="2015-07-31",
        fatalities=12,
        also=("وقتل 12",),
    ),
    E(
        "Strategic developments/Disrupted weapons use",
        "ضبط ورشة",
        actor=("الشرطة الاتحادية", "قيادة الشرطة الاتحادية العراقية"),
        place=("جنوبي تكريت", "تكريت"),
        date="2015-07-31",
        also=("ضبطوا ورشة",),
    ),
    E(
        "Battles/Armed clash",
        "كمين",
        actor=("الشرطة الاتحادية",),
        target=("للتنظيم الإرهابي", "التنظيم", "داعش"),
        place=("منطقة المضيق", "المضيق"),
        date="2015-07-31",
        also=("إعطاب",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "مقتل",
        at="من جهه اخرى",
        target=("عناصر تنظيم /داعش/", "داعش"),
        place=("جنوبي الرمادي", "الرمادي"),
        date="2015-07-31",
        fatalities=10,
        also=("بضربة جوية",),
    ),
]
F["snn-20150727-00818"] = []  # a basketball match (Saudi Arabia v Iraq): no happening
F["snn-20150727-00930"] = [
    E(
        "Violence against civilians/Attack",
        "الاعتداء",
        target=("القنصلية الأميركية", "السفير الأميركي كريستوفر ستيفنز", "كريستوفر ستيفنز"),
        place=("بنغازي",),
        date="2012",
        status="historical",
        fatalities=4,
        also=("الهجوم",),
    ),
]
F["snn-20150806-01794"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "مقتل",
        at="وأشار إلى",
        actor=("طائرات التحالف الدولي", "التحالف الدولي"),
        target=("داعش", "تنظيم داعش"),
        place=("مدينة الميادين", "الميادين", "دير الزور"),
        date="2015-08",
        fatalities=11,
        also=("قصف طائرات التحالف", "استهداف مبنى المؤسسة الاستهلاكية"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قتل",
        at="بينما قتل",
        actor=("طائرات التحالف الدولي", "التحالف الدولي"),
        target=("داعش", "تنظيم داعش"),
        place=("معسكر الكرين", "مدينة الطبقة", "الطبقة", "الرقة"),
        date="2015-08",
        fatalities=29,
        also=("استهداف لمنطقة معسكر الكرين",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "مقتل",
        at="ولفت إلى",
        actor=("طائرات التحالف الدولي", "التحالف الدولي"),
        target=("للتنظيم", "داعش"),
        place=("ريف الحسكة", "الحسكة", "حلب", "حماة"),
        date="2015-08",
        also=("استهداف مواقع وحواجز",),
    ),
]
F["snn-20150731-01046"] = [
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصف",
        actor=("المتمردين", "القوات الموالية للحوثيين", "الحوثيين"),
        target=("مناطق سكنية", "المدنيين", "السكان المدنيين"),
        place=("دار سعد", "عدن", "مدينة عدن"),
        date="2015-07-19",
        also=("امطرت", "قتلت نيران الهاون"),
    ),
]
F["snn-20150721-01638"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرت",
        actor=("المقاومة الشعبية", "المقاومة"),
        target=("للمتمردين الحوثيين", "المتمردين الحوثيين", "الحوثيين", "المسلحين الحوثيين"),
        place=("الفاو", "مأرب", "غرب المحافظة"),
        date="2015-07-21",
        also=("هجوماً مباغتاً", "وسيطرت", "بتحريرها"),
    ),
]
F["ant-JA-internationalNews-1212-20170615"] = [
    E(
        "Diplomacy/Aid",
        "بتقديم الدعم",
        actor=("الكيان الصهيوني", "قوات الاحتلال الإسرائيلي"),
        target=("للمجموعات المسلحة", "المجموعات المسلحة", "جبهة النصرة", "المجموعات الإرهابية المسلحة"),
        place=("منطقة الفصل", "سورية"),
        date="2017",
        also=("إيصال المساعدات",),
    ),
]
F["ant-JA-internationalNews-752-20170424"] = [
    E(
        "Battles/Government regains territory",
        "طرد",
        actor=("قوات الأمن العراقية",),
        target=("تنظيم داعش", "داعش", "الدواعش"),
        place=("شرق الموصل", "الموصل"),
        date="2017-01",
        status="historical",
        also=("طردت",),
    ),
]
F["ant-JA-internationalNews-326-20170221"] = [
    E(
        "Violence against civilians/Attack",
        "أطلق النار",
        actor=("جندي إسرائيلي", "الؤور عزاريا", "عزاريا"),
        target=("فلسطيني جريح", "عبد الفتاح الشريف", "الشاب الفلسطيني الجريح"),
        place=("الخليل", "بلدة الخليل", "الضفة الغربية المحتلة"),
        date="2016-03",
        status="historical",
        fatalities=1,
        also=("قتله", "يطلق النار"),
    ),
    E(
        "Battles/Armed clash",
        "هجوما بسكين",
        actor=("فلسطيني", "عبد الفتاح الشريف"),
        place=("الخليل",),
        date="2016-03",
        status="historical",
    ),
]
F["ant-JA-internationalNews-703-20170104"] = [
    E(
        "Violence against civilians/Attack",
        "بقتل",
        actor=("إيلور عازاريا", "عازاريا", "الرقيب"),
        target=("جريح فلسطيني", "عبد الفتاح الشريف", "الفلسطيني"),
        place=("الخليل", "الضفة الغربية"),
        date="2016-03",
        status="historical",
        fatalities=1,
        also=("وأطلق",),
    ),
]
F["ant-JA-internationalNews-1146-20170609"] = [
    E(
        "Diplomacy/Sanction",
        "أنهت",
        actor=("رابطة العالم الإسلامي",),
        target=("يوسف القرضاوي", "القرضاوي"),
        also=("فقد أنهت",),
    ),
    E(
        "Diplomacy/Sanction",
        "تصنيفه",
        actor=("المملكة العربية السعودية", "السعودية", "الإمارات", "البحرين", "مصر", "المملكة"),
        target=("يوسف القرضاوي", "القرضاوي", "أفرادا وكيانات ترعاها قطر", "قطر"),
        date="2017-06-09",
        also=("التصنيف الصادر", "وصنفت"),
    ),
]
F["ant-JA-internationalNews-971-20170528"] = [
    E(
        "Diplomacy/Meeting",
        "يجتمع",
        actor=("وزراء خارجية الجزائر", "عبد القادر مساهل", "الجزائر"),
        target=("سامح شكري", "خميس الجيهناوي", "مصر", "تونس"),
        place=("الجزائر العاصمة", "الجزائر"),
        date="2017-06-05",
        status="planned",
        also=("يجتمع وزراء الشؤون الخارجية", "هذا اللقاء"),
    ),
]
F["ant-JA-internationalNews-779-20170419"] = [
    E(
        "Battles/Armed clash",
        "القضاء",
        actor=("قوات مديرية أمن جنوب سيناء", "القوات", "وزارة الداخلية المصرية"),
        target=("مرتكب الهجوم", "الإرهابي"),
        place=("المنطقة الجبلية", "جنوب سيناء", "سانت كاترين"),
        date="2017-04-19",
        fatalities=1,
        also=("بمداهمته", "مصرعه"),
    ),
    E(
        "Battles/Armed clash",
        "الهجوم",
        actor=('تنظيم "داعش"', "داعش", "الإرهابي"),
        target=("نقطة تفتيش أمنية", "شرطي"),
        place=("دير سانت كاترين", "سانت كاترين", "جنوب سيناء"),
        date="2017-04-18",
        fatalities=1,
        also=("استهدف نقطة التفتيش",),
    ),
]
F["ant-JA-internationalNews-972-20170528"] = []  # ISIS fighters shed uniforms and flee (a trend)

if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
