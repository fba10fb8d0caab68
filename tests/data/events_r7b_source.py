"""Source of tests/data/events_r7b.jsonl: seventh-round blind event set, half r7b.

20 real articles (SaudiNewsNet politics 12, ANT internationalNews 8): the lines of
`python tests/data/events_round7_select.py` whose first column is `r7b` (selection =
events_round7_select.py, seed 7171, half r7b: draw positions 12–23 of the SaudiNewsNet sample and 8–15
of the ANT sample; same pool as events_fresh_source.py). All 20 kept, none dropped; 3 of them report no
event (negatives). Annotated by reading only (2026-11-29): the event coder was never run on these
articles and no coder output was read. Same format and guidelines as events_dev_source.py and
events_fresh_source.py (docs/events.md § Dev set); `build()` comes from events_dev_source.py
(SaudiNewsNet articles by reference + sha1).

Not fully blind: snn-20150726-00817 is a near-copy of r6b's snn-20150726-01340 (the same agency text
about Bahah and Gargash, reworded: here «التقى … وزير الدولة الإماراتي» and «بحثا خلال اللقاء», there
«بحث … مع»). It is annotated by reading; the verb «التقى» makes it a *Diplomacy/Meeting* (as fresh's
«التقى» with «وخلال اللقاء» as a mention), where r6b coded «بحث» as *Talks*; the liberation of Aden is
coded as r6b did. snn-20150722-01298 reports the same happening (Burqin, 22 July 2015) as r6b's
snn-20150723-00553 in other words (no shared passage) and is coded the same way.

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a/r5b/r6a/r6b_source.py): an
aggregate first sentence is an `also` of the first happening it covers, and operations of one actor at
one place and day are one event (the Popular Resistance's «عمليتين منفصلتين» in Ibb, of which only the
patrol ambush is described: one *Armed clash*; Baghdad's two suicide bombers at one market: one *Suicide
bomb*, 21 dead); a Palestinian killed by army fire «خلال مواجهات» during a raid is *Riots/Violent
demonstration* with no actor and the army as target (as r6b), the journalist arrested in the same raid
*Arrests*; the YPG taking Sarrin from ISIS → *Non-state actor overtakes territory*, and the coalition air
strikes that «دعمت الأكراد في هذه العملية» (a month-long operation) → one *Air/drone strike* dated
`2015-07`; Turkish jets' strikes «أمس» on ISIS in Syria and on the PKK in northern Iraq → two *Air/drone
strike* events (one per country, same trigger «قصف»); the US–Turkey agreement named as background
(«بعد الاتفاق الأميركي مع تركيا») → *Diplomacy/Agreement*, date "unknown", and the same agreement stated
by a US official «الاثنين» → *Diplomacy/Agreement* dated by the statement (2015-07-27), with Obama's
Ethiopia visit the official was on → *Diplomacy/Visit* 2015-07-27; the coalition's truce «من المقرر بدء
سريان الهدنة … ليل اليوم» → *Strategic developments/Agreement*, planned, dated the publication day (as
fresh; the Houthi leader's rejection is no event); the first UAE aid plane landing in Aden → *Diplomacy/
Aid* dated by the sources' report «أمس»; Iran hosting Syrian and Russian officials «هذا الاسبوع لمناقشة
حل الصراع» → *Diplomacy/Talks* `2015-08`, reported; the liberation of Aden named as background →
*Government regains territory*, historical, date "unknown", no actor; Turkey's 297 arrests in raids
(«اعتقلوا», no actor or place named) → *Arrests*; the Lebanese security arrests with no place named →
no place (as r5a's Kuwaiti arrests); an explosion «استهدف» Haftar of unstated nature →
*Remote explosive/landmine/IED* with no place (the text names none; Tripoli is where the source
speaks from); three Houthi «زوارق انتحارية» attacking a Saudi frigate → *Suicide bomb*, 2 dead; ISIS's
occupation of the Mosul museum («احتل بشكل كامل متحف الموصل»), months before → *Non-state actor
overtakes territory*, historical, date "unknown". Not events: Aoun's threatened street protests, a
stated policy («ستستمر», «العملية مستمرة»), a threat to end the peace process, a peace plan to be
presented to the UN, the 9/11 attacks used only as a time anchor («في السنوات التي تلت هجمات11 سبتمبر»)
and the informants' past arrests for minor offences (generic), ISIS turning sites into camps in several
provinces (generic), a week of violence in Turkey (generic), the Balfour declaration and 1948, an
ambassador's pilgrimage and career, planned assassinations the arrested cell was preparing for.

Run: python tests/data/events_r7b_source.py   (writes events_r7b.jsonl; the draw: events_round7_select.py)
Text licences: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed); ANT Apache-2.0.
Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r7b.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150724-00355"] = [
    E(
        "Battles/Armed clash",
        "عمليتين",
        actor=("المقاومة الشعبية",),
        target=("مسلحي الحوثي", "المتمردين الحوثيين", "دورية عسكرية تابعة لهم", "الحوثي"),
        place=("مفرق حبيش", "مديرية المخادر", "المخادر", "إب"),
        date="2015-07-24",
        also=("استهداف دورية", "تدمير الدورية"),
    ),
]
F["snn-20150808-01216"] = []  # Aoun's threatened street protests, a minister's warning: no happening
F["snn-20150727-00192"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "انتزعت",
        actor=("وحدات حماية الشعب الكردية", "وحدات حماية الشعب", "الأكراد"),
        target=("مقاتلي تنظيم داعش", "تنظيم داعش", "داعش"),
        place=("بلدة صرين", "صرين"),
        date="2015-07-27",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "ضربات التحالف الجوية",
        actor=("التحالف",),
        place=("بلدة صرين", "صرين"),
        date="2015-07",
    ),
]
F["snn-20150722-01298"] = [
    E(
        "Riots/Violent demonstration",
        "قتل",
        target=("الجيش الإسرائيلي", "القوات الإسرائيلية"),
        place=("بلدة برقين", "برقين", "جنين"),
        date="2015-07-22",
        fatalities=1,
        also=("مواجهات مع الجيش الإسرائيلي", "أصيب"),
    ),
    E(
        "Strategic developments/Arrests",
        "اعتقلت",
        actor=("القوات الإسرائيلية",),
        target=("صحفيا محليا",),
        place=("بلدة برقين", "برقين", "البلدة"),
        date="2015-07-22",
    ),
]
F["snn-20150724-00956"] = [
    E(
        "Strategic developments/Arrests",
        "اعتقلوا",
        target=("297 شخصاً", "37 أجنبياً"),
        also=("العمليات الأمنية", "المداهمات"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات جوية",
        actor=("مقاتلات تركية", "تركية"),
        target=("تنظيم «الدولة الاسلامية»", "الدولة الاسلامية", "داعش"),
        place=("سورية",),
        also=("تدمير أهدافها",),
    ),
]
F["snn-20150725-00318"] = [
    E(
        "Diplomacy/Aid",
        "هبطت",
        actor=("إماراتية", "الإماراتية"),
        place=("مطار عدن", "عدن"),
        date="2015-07-24",
        also=("وصول الطائرة الإماراتية",),
    ),
    E(
        "Battles/Government regains territory",
        "تحرير",
        target=("الحوثيين", "القوات الموالية للرئيس المخلوع علي صالح"),
        place=("عدن", "المدينة"),
        date="unknown",
        status="historical",
    ),
]
F["snn-20150806-00203"] = [
    E(
        "Diplomacy/Talks",
        "تستضيف",
        actor=("إيران",),
        target=("مسؤولين من سوريا وروسيا", "سوريا", "روسيا"),
        date="2015-08",
        also=("مناقشات مفصلة بين طهران ودمشق",),
    ),
]
F["snn-20150726-01047"] = [
    E(
        "Strategic developments/Agreement",
        "وقف إطلاق النار",
        actor=("التحالف الذي تقوده السعودية", "التحالف"),
        date="2015-07-26",
        status="planned",
        also=("الهدنة",),
    ),
]
F["snn-20150726-00107"] = [
    E(
        "Diplomacy/Agreement",
        "الاتفاق",
        actor=("الأميركي", "واشنطن"),
        target=("تركيا", "أنقرة"),
        date="unknown",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصف",
        actor=("المقاتلات التركية",),
        target=("«داعش»", "داعش"),
        place=("سوريا",),
        date="2015-07-25",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصف",
        actor=("المقاتلات التركية",),
        target=("«العمال الكردستاني»", "العمال الكردستاني"),
        place=("شمال العراق", "العراق"),
        date="2015-07-25",
    ),
]
F["snn-20150731-00172"] = [
    E(
        "Diplomacy/Agreement",
        "متفقتان",
        actor=("الولايات المتحدة",),
        target=("تركيا",),
        date="2015-07-27",
        also=("الاتفاق سيضمن",),
    ),
    E(
        "Diplomacy/Visit",
        "زيارة",
        actor=("باراك اوباما", "اوباما"),
        place=("اثيوبيا", "اديس ابابا"),
        date="2015-07-27",
    ),
]
F["snn-20150811-00002"] = [
    E(
        "Strategic developments/Arrests",
        "ألقت",
        actor=("قوات الأمن اللبناني", "الأمن اللبناني", "المديرية العامة للأمن العام اللبناني"),
        target=("أربعة أشخاص", "مجموعات مسلحة", "جبهة النصرة", "داعش"),
    ),
]
F["snn-20150726-00817"] = [
    E(
        "Diplomacy/Meeting",
        "التقى",
        actor=("خالد محفوظ بحاح", "بحاح", "نائب الرئيس اليمني"),
        target=("أنور قرقاش", "قرقاش", "وزير الدولة الإماراتي للشؤون الخارجية"),
        place=("الرياض", "مقر الحكومة اليمنية المؤقت"),
        date="2015-07-25",
        also=("بحثا خلال اللقاء",),
    ),
    E(
        "Battles/Government regains territory",
        "تحرير",
        at="السهم الذهبي",
        target=("المليشيات المتمردة",),
        place=("مدينة عدن", "عدن"),
        date="unknown",
        status="historical",
        also=("الانتصار في عدن",),
    ),
]
F["ant-JA-internationalNews-808-20150408"] = [
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "محاولة اغتيال",
        target=("خليفة حفتر", "حفتر", "القائد العام للقوات المسلحة الليبية"),
        date="2015-04-08",
        also=("إصابة القائد العام", "انفجارا استهدف"),
    ),
]
F["ant-JA-internationalNews-998-20140511"] = []  # NYPD informants; 9/11 only a time anchor: no event
F["ant-JA-internationalNews-1105-20160913"] = []  # an ambassador's pilgrimage and career: no event
F["ant-JA-internationalNews-125-20170130"] = [
    E(
        "Explosions/Remote violence/Suicide bomb",
        "لهجوم",
        actor=("للحوثيين", "الحوثيين", "3 زوارق انتحارية تابعة للحوثيين"),
        target=("فرقاطة سعودية", "السفينة", "طاقم السفينة"),
        place=("غرب ميناء الحديدة", "ميناء الحديدة", "الحديدة"),
        fatalities=2,
        also=("اصطدم", "انفجار الزورق", "الهجوم أسفر"),
    ),
]
F["ant-JA-internationalNews-173-20140528"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصفت",
        actor=("طائرتان حربيتان ليبيتان", "طائرتين حربيتين", "لواء سابق"),
        target=("قواعد لميليشيا إسلامية", "ميليشيا إسلامية", "كتيبة 17 فبراير"),
        place=("بنغازي",),
        date="2014-05-28",
        also=("قصفتا",),
    ),
]
F["ant-JA-internationalNews-201-20140929"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "احتل",
        actor=('تنظيم "داعش"', "داعش"),
        place=("متحف الموصل", "الموصل"),
        date="unknown",
        status="historical",
    ),
]
F["ant-JA-internationalNews-210-20161101"] = [
    E(
        "Diplomacy/Meeting",
        "لقاء",
        actor=("رياض المالكي", "المالكي", "وزير الخارجية الفلسطيني"),
        target=("بوريس جونسن", "جونسن", "نظيره البريطاني"),
        place=("لندن",),
        date="2016-10-31",
    ),
]
F["ant-JA-internationalNews-237-20161231"] = [
    E(
        "Explosions/Remote violence/Suicide bomb",
        "قتل",
        actor=("إرهابيين اثنين", "إرهابيين"),
        target=("أحد الأسواق الشعبية", "المواطنين", "المسعفون"),
        place=("سوق السنك", "بغداد"),
        date="2016-12-31",
        fatalities=21,
        also=("تفجيرين مزدوجين", "انفجار سوق السنك", "انفجار آخر", "فجرا نفسيهما"),
    ),
]

if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
