"""Source of tests/data/events_r9a.jsonl: ninth-round blind event set, half r9a.

20 real articles (SaudiNewsNet politics 12, ANT internationalNews 8): the lines of
`python tests/data/events_round9_select.py` whose first column is `r9a` (selection =
events_round9_select.py, seed 9292, half r9a: draw positions 0–11 of SaudiNewsNet and 0–7 of ANT; same
pool as events_fresh_source.py). All 20 kept, none dropped; 28 events; 3 of them report no event
(negatives). Annotated by reading only (2026-11-29): the event coder was never run on these articles and
no coder output was read. Same format and guidelines as events_dev_source.py and events_fresh_source.py
(docs/events.md § Dev set); `build()` comes from events_dev_source.py (SaudiNewsNet articles by
reference + sha1).

Not fully blind (score these separately): snn-20150808-01318 is a near-copy of dev snn-20150808-00478
(the Yemeni government's condemnation of the Asir mosque bombing; this copy lacks the twin's «أمس», so the
bombing takes the publication date, and it names the mosque of the emergency forces as target, as the
check set's snn-20150807-00039 did, where the dev twin left the target empty); snn-20150726-00045 is a
near-copy of r5b snn-20150726-01148 and r7a snn-20150727-00768 (Abdulkhaliq al-Houthi's arrest), coded as
the r5b twin (the text names «القوى الانفصالية الجنوبية» as the arrester); snn-20150806-00488 is a
near-copy of r5b snn-20150806-02310 and fresh snn-20150806-00656 (Hadi leaving Riyadh for Egypt: one
*Diplomacy/Visit*); snn-20150803-00966 is a near-copy of check snn-20150803-00255 and blind
snn-20150803-00748 (Yemenia suspending Sanaa flights), a negative as both twins. Same happenings in other
words (no shared passage): the fall of al-Anad on 3 August (r8a), the Minya bus attack (a back-reference
in r5a), the Gulf states' break with Qatar (fresh ant-1103: Yemen's break).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r8b_source.py): fighters
of «المقاومة الشعبية» / «اللجان الشعبية» alone taking a place → *Non-state actor overtakes territory* (the
Resistance storming al-Madina al-Khadra in Aden, named as background weeks old → historical, date
"unknown"; Karish in Lahj, where the Houthis were forced back — «أجبروا … على التراجع» is the first
mention, the battles and the advance are its mentions, dated by the sources' «اليوم الجمعة»; strategic
points in Taiz «بعد اشتباكات عنيفة», dated by the announcement «اليوم السبت»), the Resistance with «قوات
الجيش الموالية للرئيس» → *Government regains territory* (al-Anad «في 3 أغسطس الجاري», reported: days old);
the coalition's arms supply to the Resistance is no separate event (as r8a's air support); «تقدم مماثل»
of the committees in Lahj → *Armed clash* (as fresh's «التقدم»); the expulsion of the Houthis from Aden
behind al-Bakri's appointment (published four days after it, «أعلنت تحرير عدن») → *Government regains
territory*, reported (days old, as r6a's Lahj/Abyan behind the governors' appointments), date
"unknown", no actor (an operation name, «عملية السهم الذهبي», is no actor); the Libyan army's advance and
control of 90 % of Benghazi, from a press review «الصادرة اليوم» → one *Government regains territory*
dated by the review; the UN's call «لعقد جولة جديدة اليوم للحوار» in Geneva → *Diplomacy/Talks*, planned,
2015-08-10; Hadi's emergency meeting with his advisers «أمس» → *Diplomacy/Meeting* (as r5b's emergency
meeting of Libyan leaders); rebel shelling of the besieged towns (aggregate first sentence «أمطرت») and the
300 shells that killed 7 in al-Fu'ah and Kafriya are one *Shelling* dated by the Observatory's «أمس», the
regime and Hezbollah attack on Zabadani it answers → *Armed clash*, date "unknown"; barrel bombs on Khan
al-Shih → *Air/drone strike* (as r6a), no actor named; the Aden suicide bombing claimed by ISIS → *Suicide
bomb* with ISIS as actor (its claim), the killing «قتل» first mentioned is the trigger; Egypt's break
with Qatar → one *Diplomacy/Sanction* (the ambassador's summons and the recall of the chargé d'affaires
are its execution), the four states' break → one *Sanction* and eastern Libya and the Maldives joining
«في وقت لاحق» → a second (date `2017-06`), the Emir's call with the Emir of Kuwait «الليلة الماضية» →
*Phone call* 2017-06-05; European solidarity sit-ins in unnamed capitals → one *Peaceful protest*, no
place; the GNA forces taking al-Hadba prison after a siege (the guards withdrew) → *Government regains
territory*. Not events: Iran's cumulative death toll in Syria (negative), a migrant rescue at sea
(negative), an appointment, a stated aim («لن تتوقف حتى يتم تطهير», «تواصل حالياً تقدمها»), ongoing
sweeps of Tawahi (no fighting stated), the committees controlling Aden (a state), the Houthis' threat to
seize planes, the Emir postponing his speech, Doha's readiness for mediation, petitions, a speech.

Run: python tests/data/events_r9a_source.py   (writes events_r9a.jsonl; the draw: events_round9_select.py)
Text licences: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed); ANT Apache-2.0.
Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r9a.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150807-00027"] = [
    E(
        "Strategic developments/Arrests",
        "ألقت",
        actor=("المقاومة الشعبية",),
        target=("جنود", "جنود من وحدات القوات الخاصة", "14 شخصاً", "وحدة خاصة من قوات الأمن المركزي"),
        place=("عدن",),
        also=("القبض على 14",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "اقتحامها",
        actor=("المقاومة",),
        place=("المدينة الخضراء",),
        date="unknown",
        status="historical",
    ),
]
F["snn-20150808-01318"] = [  # near-copy of dev snn-20150808-00478 (without its «أمس»)
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "التفجير",
        target=("مسجد قوات الطوارئ", "قوات الطوارئ"),
        place=("عسير", "منطقة عسير"),
    ),
]
F["snn-20150726-00045"] = [  # near-copy of r5b snn-20150726-01148 / r7a snn-20150727-00768
    E(
        "Strategic developments/Arrests",
        "اعتقلت",
        actor=("القوى الانفصالية الجنوبية",),
        target=("قياديا كبيرا في حركة الحوثي", "عبد الخالق الحوثي"),
        place=("اليمن",),
        date="2015-07-25",
        also=("تم اعتقال",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "استيلاء",
        actor=("الجماعة المتحالفة مع ايران", "الحوثيين"),
        place=("العاصمة صنعاء", "صنعاء"),
        date="2014-09",
        status="historical",
    ),
    E(
        "Diplomacy/Sanction",
        "أدرجهم",
        actor=("مجلس الأمن الدولي",),
        target=("عدة يمنيين", "عبد الخالق"),
        date="2014-11",
        status="historical",
    ),
]
F["snn-20150807-01006"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "أجبروا",
        actor=("مقاتلي المقاومة الشعبية", "المقاومة الشعبية"),
        target=("مسلحي جماعة الحوثي", "جماعة الحوثي", "الحوثي", "قوات عسكرية موالية للرئيس اليمني السابق"),
        place=("منطقة كرش", "كرش", "محافظة لحج", "لحج"),
        date="2015-08-07",
        also=("معارك عنيفة", "سيطرتها على المنطقة", "تقدم المقاومة الشعبية في منطقة كرش"),
    ),
    E(
        "Battles/Government regains territory",
        "سيطرت",
        at="عبدربه منصور هادي",
        actor=("المقاومة الشعبية", "قوات الجيش الموالية للرئيس اليمني"),
        place=("قاعدة العند الجوية", "قاعدة العند", "لحج"),
        date="2015-08-03",
    ),
]
F["snn-20150806-00488"] = [  # near-copy of r5b snn-20150806-02310 / fresh snn-20150806-00656
    E(
        "Diplomacy/Visit",
        "متوجها إلى مصر",
        actor=("عبدربه منصور هادي", "هادي", "الرئيس اليمني"),
        place="مصر",
    ),
]
F["snn-20150722-00537"] = [
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "أمطرت",
        actor=("الفصائل المقاتلة المعارضة للنظام السوري", "الفصائل المقاتلة"),
        place=("الفوعة", "كفريا", "ادلب", "شمال سوريا"),
        date="2015-07-21",
        fatalities=7,
        also=("مقتل سبعة أشخاص", "قذيفة محلية الصنع"),
    ),
    E(
        "Battles/Armed clash",
        "لهجوم",
        actor=("قوات النظام", "حزب الله اللبناني"),
        place=("الزبداني", "ريف دمشق"),
        date="unknown",
    ),
]
F["snn-20150721-01613"] = [
    E(
        "Battles/Government regains territory",
        "طرد",
        target=("ميليشيات الحوثي", "الانقلابيين", "ميليشيات الحوثي والمخلوع صالح"),
        place=("عدن",),
        date="unknown",
        also=("تحرير عدن", "دحر ميليشيات الحوثي"),
    ),
]
F["snn-20150725-01144"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرتها",
        actor=("اللجان الشعبية",),
        target=("المسلحين الحوثيين", "الحوثيين"),
        place=("مدينة تعز", "تعز"),
        date="2015-07-25",
        also=("اشتباكات عنيفة",),
    ),
    E(
        "Battles/Armed clash",
        "تقدم مماثل",
        actor=("اللجان",),
        place=("لحج",),
    ),
    E(
        "Battles/Armed clash",
        "اشتباكات عنيفة",
        at="وتدور",
        actor=("القوات الموالية للرئيس عبدربه منصورهادي",),
        target=("مسلحي أنصار الله", "أنصار الله", "الجيش الموالي لهم"),
        place=("المعلا", "التواهي", "كريتر", "عدن"),
    ),
]
F["snn-20150803-00966"] = []  # near-copy of check snn-20150803-00255 / blind snn-20150803-00748 (negatives)
F["snn-20150810-01629"] = [
    E(
        "Battles/Government regains territory",
        "تقدم",
        actor=("الجيش الليبي",),
        place=("مدينة بنغازي", "بنغازي"),
        date="2015-08-10",
        also=("سيطرته",),
    ),
    E(
        "Diplomacy/Talks",
        "جولة جديدة",
        actor=("الأمم المتحدة",),
        place=("مدينة جنيف", "جنيف"),
        date="2015-08-10",
        status="planned",
        also=("للحوار الوطني الليبي",),
    ),
]
F["snn-20150811-01473"] = [
    E(
        "Diplomacy/Meeting",
        "اجتماعا طارئا",
        actor=("عبدربه منصور هادي", "هادي", "الرئيس اليمني"),
        target=("مستشاريه", "أحمد بن دغر", "حيدر العطاس", "عبدالعزيز جباري"),
        date="2015-08-10",
        also=("خلال الاجتماع", "وضم الاجتماع"),
    ),
]
F["snn-20150725-01160"] = [
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "القصف العنيف",
        actor=("قوات الأسد", "المليشيات المسلحة التابعة له"),
        target=("المدنيين", "أحياء المدنيين"),
        place=("مخيم درعا", "درعا"),
        also=("سقط عدد من الضحايا", "القصف الذي استهدف"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "للقصف",
        at="إلى ذلك",
        place=("مخيم خان الشيح", "خان الشيح", "ريف دمشق"),
        also=("براميل متفجرة",),
    ),
]
F["ant-JA-internationalNews-85-13082016"] = []  # Iran's cumulative death toll in Syria: a tally
F["ant-JA-internationalNews-721-20161212"] = []  # migrants rescued at sea, 6 dead: no conflict event
F["ant-JA-internationalNews-979-20170526"] = [
    E(
        "Violence against civilians/Attack",
        "أطلق",
        actor=("مجهولون",),
        target=("حافلة تقل أقباطا", "أقباطا"),
        place=("محافظة المنيا", "المنيا", "مصر"),
        date="2017-05-26",
        fatalities=23,
        also=("الهجوم",),
    ),
]
F["ant-JA-internationalNews-1094-20170605"] = [
    E(
        "Diplomacy/Sanction",
        "قطع العلاقات الدبلوماسية",
        actor=("جمهورية مصر العربية", "مصر", "وزارة الخارجية المصرية", "الخارجية المصرية"),
        target=("قطر", "دولة قطر"),
        date="2017-06-05",
        also=("استدعاء سفير", "لقرار قطع العلاقات"),
    ),
]
F["ant-JA-internationalNews-975-20161211"] = [
    E(
        "Explosions/Remote violence/Suicide bomb",
        "قتل",
        actor=("تنظيم داعش", "داعش", "انتحاريا"),
        target=("جنديا يمنيا", "50 جنديا يمنيا", "القوات المؤيدة للتحالف العسكري"),
        place=("عدن", "مدينة عدن", "قاعدة الصولبان"),
        fatalities=50,
        also=("هجوم كبير", "في الهجوم"),
    ),
]
F["ant-JA-internationalNews-983-20170527"] = [
    E(
        "Protests/Peaceful protest",
        "اعتصامات تضامن",
        actor=("الحملة الأوروبية لرفع الحصار عن غزة", "الحملة الأوروبية"),
        also=("وقفات احتجاج",),
    ),
]
F["ant-JA-internationalNews-949-20170526"] = [
    E(
        "Battles/Government regains territory",
        "انسحبت",
        actor=("قوات حكومة الوفاق", "حكومة الوفاق", "كتيبة ثوار طرابلس"),
        target=("القوات الليبية المقاتلة",),
        place=("سجن الهضبة", "طرابلس"),
        also=("حصار", "السيطرة تمت"),
    ),
]
F["ant-JA-internationalNews-1078-20170606"] = [
    E(
        "Diplomacy/Sanction",
        "قطعت",
        actor=("دول عربية كبرى", "السعودية", "مصر", "الإمارات", "البحرين"),
        target=("الدوحة", "قطر"),
        date="2017-06-05",
        also=("قطع العلاقات مع قطر",),
    ),
    E(
        "Diplomacy/Phone call",
        "هاتفيا",
        actor=("الشيخ تميم بن حمد بن خليفة آل ثاني", "تميم بن حمد", "أمير قطر"),
        target=("الشيخ صباح الأحمد الجابر الصباح", "صباح الأحمد", "أمير الكويت"),
        date="2017-06-05",
    ),
    E(
        "Diplomacy/Sanction",
        "انضمت",
        actor=("حكومة شرق ليبيا", "جزر المالديف"),
        target=("قطر",),
        date="2017-06",
    ),
]

if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
