"""Source of tests/data/agreement_r32a.jsonl: second independent annotation of part r32a for the agreement study.

10 real articles (SaudiNewsNet politics, 1,531–2,361 characters): the lines of /work/brief/DRAW_r32.tsv
(the saved output of `python tests/data/events_round32_select.py`) whose first column is `r32a`
(selection = events_round32_select.py, seed 3232, part r32a). All 10 kept, none dropped; none is a
negative (every article names at least one happening). This is the SECOND, INDEPENDENT annotation of
these articles (the first is events_r32a): the first annotation was never opened, and neither coder
output nor any marsad stage was run on these articles. Annotated by reading only (2026-11-29). The file
name does not start with `events_` on purpose: it must not enter training. Same format and guidelines as
events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set); `build()` comes from
events_dev_source.py (SaudiNewsNet articles by reference + sha1). Near-copy check skipped (brief).

Choices (the calls of events_fresh.README.md and rounds 15–30 followed):
- MBZ in Taif (00287): his visit to King Fahd Air Base «اليوم» → *Diplomacy/Visit* 2015-07-24 (arrival
  and «ختام الزيارة» mentions) and his review/talks with Mohammed bin Salman («استعرض … مع»، «وبحثا») →
  *Diplomacy/Meeting* 2015-07-24 (a visit and its meeting, as r25b's de Mistura); watching coalition
  jets take off, the briefing and the banquet are part of the visit, not coded;
- «داعش حرب شاملة» (opinion): the Interior Ministry's 431 ISIS suspects, disclosed «يوم السبت الماضي» →
  *Arrests* dated by the announcement 2015-07-18 (as r28c's 431 held; ambiguous: months of arrests); the
  2003 al-Qaeda wave of bombings (a wave, as r29c's 2004 tally) and the wars around the Kingdom are not coded;
- Aden intelligence building (00362): the Popular Resistance «الموالية للرئيس» retaking it «صباح الاثنين»
  → *Government regains territory* 2015-07-20 (pro-government forces, as r30b); the army «بدعم من
  المقاومة» taking strategic positions in Taiz «الأحد» → *Government regains territory* 2015-07-19, 12 dead,
  SABA's «سيطرت», the battles and the expulsion from al-Kashar/Hawd al-Ashraf its mentions (one city, one
  day); the coalition raids on Marib, Amran, Hajjah, Saada, al-Jawf and Sanaa → one *Air/drone strike*
  (one country, provinces accepted, as r27c/r29a), dated with the Sunday of its first mention; the
  rebels' Katyusha and mortar shelling of Dar Saad → *Shelling*, 57 dead, no day given;
- hospitals (00995, humanitarian report): the Houthi shelling of hospitals in Aden and Taiz → one
  *Shelling*, historical, "unknown" (as r27b's background shelling; ambiguous: a campaign); their seizure
  of the country's fuel reserves → *Looting/property destruction*, historical, "unknown" (as r29a's
  fuel; ambiguous); blocked medical convoys, the MSF mission and press conference, «القصف شبه اليومي»
  and the tallies are not coded;
- Ramallah ramming (01101): the Palestinian driver ramming three soldiers «أمس», the soldiers firing at him
  → one *Armed clash* 2015-08-06 (attacks on soldiers/police as Armed clash, as r26b/r28b; no deaths);
  the Duma arson → *Violence against civilians/Attack*, 1 dead, dated as the text gives it («صباح 13
  يوليو 2015», so reported), actor «الإرهابيون» (settlers accepted); the Rafah blast of an unexploded
  Israeli missile «أمس» → *Remote explosive/landmine/IED* 2015-08-06, 4 dead, no actor (ambiguous: UXO,
  cause under investigation); «حرب العام الماضي» → *Armed clash*, historical, 2014 (as r27a's Gaza war);
  the PLO report's 11,000 attacks since 2004 (a tally) and the TV report are not coded;
- Yemeni official (00477): Hadi's decision to merge the Resistance into the army (the Defence Council's
  approval «أخيرا») → *Strategic developments/Change to group/activity*, publication date (as r30a;
  ambiguous); the relief planes landed at Aden airport «الأيام الماضية» → *Diplomacy/Aid* 2015-07;
  «تحرير مدينة عدن» → *Government regains territory*, "unknown", the Resistance as actor (credited);
  «المعارك … ما زالت محتدمة» in five provinces (an official's statement of ongoing war, as r29b's Taiz
  statement) and the ministers expected to arrive are not coded (ambiguous);
- Hadi rewards the Resistance (00339): the same merger, approved «أمس» → *Change to group/activity*
  2015-07-30; Aden's liberation → "unknown"; the fierce fighting in Lahj and north Aden → one *Armed
  clash*, no actor, publication date; the coalition's humanitarian truce → *Strategic developments/
  Agreement*, undated (publication date); the Resistance alone taking Lawdar «مساء أمس» after fierce
  clashes → *Non-state actor overtakes territory* 2015-07-30 (as fresh); the airport works, the Houthi
  breaches and the Houthi committee's oil-price decrees are not coded;
- Najran hospital (01131): the shell injuries in Najran → one *Shelling*, "unknown", no actor (ambiguous:
  an undated series); the Lawdar clashes where the Resistance fighter was wounded by Katyusha shrapnel
  and the fierce clashes going on there → one *Armed clash*, publication date; the deputy minister's
  visit (domestic), the treatment of the wounded and the father killed «في الحرب الدائرة» are not coded;
- Yemeni leaders doubt the truce (01312): the humanitarian truce the coalition agreed to → *Strategic
  developments/Agreement*, undated (publication date); «الضربات الموجعة» (a campaign) and the
  predictions are not coded;
- Taiz/Aden/Ibb/Lahj/Marib (01465): the Taiz clashes → *Armed clash*, 20 dead (17 Houthis/Saleh + 3
  Resistance), the clashes in Hawd al-Ashraf etc. a mention; the Houthi shelling of Taiz residential
  districts → *Shelling*; the coalition raids on the al-Hamza camp in Ibb (deaths unnumbered) → *Air/
  drone strike*; the Resistance's advance at Aden's northern entrance and the battles «منذ مساء
  الثلاثاء» → one *Armed clash* 2015-07-21; the raid on vehicles in Wadi al-Husseini (Lahj) → *Air/drone
  strike*, 15 dead; the Marib raids on al-Jufaina → *Air/drone strike*; the Resistance and army attack in
  al-Makhdara → *Armed clash*, 9 dead; the series of raids on al-Anad, Labouza and Sanah (Dhale) → one
  *Air/drone strike* (one trigger, one country; ambiguous: two provinces). Undated items take the
  publication date.

Run: python tests/data/agreement_r32a_source.py   (writes agreement_r32a.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("agreement_r32a.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150724-00287"] = [
    E(
        "Diplomacy/Meeting",
        "استعرض",
        actor=("الأمير محمد بن سلمان بن عبدالعزيز", "محمد بن سلمان"),
        target=("الشيخ محمد بن زايد آل نهيان", "محمد بن زايد", "ولي عهد أبو ظبي"),
        place=("الطائف", "قاعدة الملك فهد الجوية بالطائف", "قاعدة الملك فهد الجوية"),
        date="2015-07-24",
        also=("وبحثا",),
    ),
    E(
        "Diplomacy/Visit",
        "زيارة",
        at="جاء ذلك لدى",
        actor=("ولي عهد أبو ظبي", "الشيخ محمد بن زايد آل نهيان", "محمد بن زايد"),
        place=("قاعدة الملك فهد الجوية بالطائف", "قاعدة الملك فهد الجوية", "الطائف"),
        date="2015-07-24",
        also=("ختام الزيارة", "وصل الطائف"),
    ),
]
F["snn-20150722-00321"] = [
    E(
        "Strategic developments/Arrests",
        "المقبوض عليهم",
        actor=("وزارة الداخلية",),
        target=("تجمع إرهابي لداعش", "داعش"),
        place=("السعودية",),
        date="2015-07-18",
        also=("الموقوفين",),
    ),
]
F["snn-20150724-00362"] = [
    E(
        "Battles/Government regains territory",
        "استعادت",
        actor=("قوات المقاومة الشعبية الموالية للرئيس اليمني عبد ربه منصور هادي", "قوات المقاومة الشعبية"),
        place=("مبنى المخابرات بمنطقة التواهي", "مبنى المخابرات", "التواهي", "عدن"),
        date="2015-07-20",
    ),
    E(
        "Battles/Government regains territory",
        "استعادة السيطرة",
        at="نجحت الأحد",
        actor=("القوات اليمنية", "قوات الجيش الوطني", "القوات الموالية للشرعية", "المقاومة الشعبية"),
        target=("ميليشيات الحوثي وصالح", "مسلحا حوثيا", "الحوثي"),
        place=("محافظة تعز", "تعز", "الكشار", "حوض الإشراف"),
        date="2015-07-19",
        fatalities=12,
        also=("سيطرت", "معارك على عدة جبهات", "وطردت"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غاراته الجوية",
        actor=("التحالف العربي", "طائرات التحالف العربي"),
        target=("المتمردين الحوثيين", "الحوثيين", "الميليشيات المتمردة"),
        place=("مأرب", "عمران", "حجة", "صعدة", "الجوف", "صنعاء", "حرف سفيان", "حرض", "معسكر 48"),
        date="2015-07-19",
        also=("سلسلة غارات", "واستهدفت الغارات", "أغارات الطائرات"),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصف",
        at="بجروح في ",
        actor=("المتمردون", "قوات صالح"),
        target=("مدنيا",),
        place=("ضاحية دار سعد", "دار سعد", "عدن"),
        fatalities=57,
        also=("القصف بصواريخ الكاتيوشا",),
    ),
]
F["snn-20150810-00995"] = [
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصف المستشفيات",
        actor=("المتمردون", "المتمردون الحوثيون", "الحوثيون"),
        place=("عدن", "تعز"),
        date="unknown",
        status="historical",
    ),
    E(
        "Strategic developments/Looting/property destruction",
        "سيطر المتمردون",
        actor=("المتمردون", "الحوثيون"),
        date="unknown",
        status="historical",
    ),
]
F["snn-20150807-01101"] = [
    E(
        "Battles/Armed clash",
        "عملية دهس",
        actor=("فلسطينيا", "سائق السيارة"),
        target=("ثلاثة جنود إسرائيليين", "جنود إسرائيليين", "الجنود"),
        place=("شمال مدينة رام الله", "رام الله", "الضفة الغربية"),
        date="2015-08-06",
        also=("هاجم الجنود", "أطلقوا النار", "الحادث"),
    ),
    E(
        "Violence against civilians/Attack",
        "حرق",
        at="جريمة ",
        actor=("الإرهابيون", "المستوطنين الإسرائيليين", "المستوطنون", "خلية إرهابية يهودية"),
        target=("الرضيع الفلسطيني علي دوابشة", "علي دوابشة", "عائلة دوابشة", "الدوابشة"),
        place=("قرية دوما", "دوما", "نابلس", "الضفة الغربية"),
        date="2015-07-13",
        fatalities=1,
        also=("جريمة قتل الرضيع", "الهجوم على منزل الدوابشة", "جريمتهم"),
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "انفجارا",
        target=("أربعة فلسطينيين", "فلسطينيين", "أيمن أبو نقيرة"),
        place=("مدينة رفح", "رفح", "قطاع غزة", "غزة"),
        date="2015-08-06",
        fatalities=4,
        also=("مقتل 4 في غزة", "الانفجار ناجم", "الانفجار الذي دمر"),
    ),
    E(
        "Battles/Armed clash",
        "حرب العام الماضي",
        place=("قطاع غزة", "غزة"),
        date="2014",
        status="historical",
    ),
]
F["snn-20150731-00477"] = [
    E(
        "Strategic developments/Change to group/activity",
        "بضم المقاومين",
        actor=("الرئيس اليمني عبد ربه منصور هادي", "هادي", "مجلس الدفاع الوطني اليمني"),
        target=("المقاومين", "أفراد المقاومة الشعبية", "المقاومة الشعبية", "مقاتلي اللجان الشعبية"),
        also=("مكافأة أفراد المقاومة الشعبية", "استيعاب أفراد المقاومة الشعبية"),
    ),
    E(
        "Diplomacy/Aid",
        "طائرات الإغاثة",
        place=("مطار عدن", "عدن"),
        date="2015-07",
    ),
    E(
        "Battles/Government regains territory",
        "تحرير مدينة عدن",
        actor=("أفراد المقاومة الشعبية", "المقاومة الشعبية"),
        target=("الحوثيين", "قوات الرئيس السابق علي عبد الله صالح"),
        place=("مدينة عدن", "عدن"),
        date="unknown",
    ),
]
F["snn-20150731-00339"] = [
    E(
        "Strategic developments/Change to group/activity",
        "مكافأة",
        actor=("الرئيس اليمني عبد ربه منصور هادي", "هادي", "مجلس الدفاع الوطني اليمني"),
        target=("أفراد المقاومة الشعبية", "المقاومة الشعبية"),
        date="2015-07-30",
        also=("استيعاب أفراد المقاومة الشعبية",),
    ),
    E(
        "Battles/Government regains territory",
        "تحرير مدينة عدن",
        actor=("أفراد المقاومة الشعبية", "المقاومة الشعبية"),
        target=("الحوثيين", "قوات الرئيس السابق علي عبد الله صالح"),
        place=("مدينة عدن", "عدن"),
        date="unknown",
    ),
    E(
        "Battles/Armed clash",
        "قتالا ضاريا",
        place=("محافظة لحج", "لحج", "الضواحي الشمالية لمدينة عدن", "عدن"),
    ),
    E(
        "Strategic developments/Agreement",
        "الهدنة الإنسانية",
        actor=("قوات التحالف", "التحالف"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "السيطرة",
        at="تمكنت مساء أمس من",
        actor=("المقاومة", "المقاومة في محافظة أبين"),
        place=("مدينة لودر", "لودر", "محافظة أبين", "أبين"),
        date="2015-07-30",
        also=("مواجهات شرسة",),
    ),
]
F["snn-20150802-01131"] = [
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "القذائف",
        place=("نجران",),
        date="unknown",
        also=("مقذوف عسكري",),
    ),
    E(
        "Battles/Armed clash",
        "المواجهات",
        at="أثناء ",
        actor=("المقاومة الشعبية", "أبناء المقاومة الشعبية"),
        target=("ميليشيات المخلوع صالح والحوثي", "الحوثي"),
        place=("لودر",),
        also=("مواجهات شرسة",),
    ),
]
F["snn-20150727-01312"] = [
    E(
        "Strategic developments/Agreement",
        "الهدنة الإنسانية",
        actor=("التحالف",),
        also=("إعلان التحالف عن هدنة إنسانية",),
    ),
]
F["snn-20150722-01465"] = [
    E(
        "Battles/Armed clash",
        "مواجهات",
        at="60 عنصراً",
        actor=("المقاومة الشعبية",),
        target=("الحوثيين", "قوات الرئيس السابق علي عبد الله صالح", "المتمردين الحوثيين"),
        place=("تعز",),
        fatalities=20,
        also=("مواجهات بمناطق متفرقة", "المواجهات أسفرت", "اندلعت اشتباكات"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات",
        at="منهم في ",
        actor=("طيران التحالف", "التحالف"),
        target=("الحوثيين", "مليشيات الحوثي وصالح"),
        place=("إب", "معسكر الحمزة", "ميتم"),
        also=("قصف طيران التحالف العربي لمعسكر الحمزة", "5 غارات"),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصفت",
        at="وفي وقت سابق",
        actor=("ميليشيات الحوثي", "قوات صالح"),
        place=("تعز",),
    ),
    E(
        "Battles/Armed clash",
        "تقدماً",
        actor=("المقاومة الشعبية",),
        target=("مسلحي الحوثي", "الحوثي", "الحوثيين"),
        place=("المدخل الشمالي لمدينة عدن", "عدن"),
        date="2015-07-21",
        also=("معاركَ عنيفة",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارة جوية",
        actor=("طيران التحالف", "التحالف"),
        target=("مسلحاً حوثياً", "حوثياً"),
        place=("صحراء وادي الحسيني", "وادي الحسيني", "محافظة لحج", "لحج"),
        fatalities=15,
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصفت",
        at="وفي مأرب، ",
        actor=("طائرات التحالف", "التحالف"),
        target=("الحوثيين",),
        place=("جبهة الجفينة", "الجفينة", "تبة الدفاع", "مأرب"),
    ),
    E(
        "Battles/Armed clash",
        "هجوم",
        at="وقوات صالح في ",
        actor=("مقاومة الشعبية", "المقاومة الشعبية", "الجيش الموالي للشرعية"),
        target=("ميليشيات الحوثي", "قوات صالح"),
        place=("المخدرة", "مأرب"),
        fatalities=9,
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "سلسلة غارات",
        actor=("التحالف العربي", "التحالف"),
        place=("قاعدة العند", "العند", "معسكر لبوزة", "لبوزة", "منطقة سناح", "سناح", "الضالع"),
        also=("كما استهدفت منطقة سناح",),
    ),
]

if __name__ == "__main__":
    print(build(F, OUT))
