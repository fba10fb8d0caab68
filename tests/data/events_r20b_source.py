"""Source of tests/data/events_r20b.jsonl: the twentieth blind event round, part r20b.

14 real articles (SaudiNewsNet politics 14, 934–1,492 characters): the lines of /work/brief/DRAW_r20.tsv
(= `python tests/data/events_round20_select.py` at draw time) whose first column is `r20b` (selection =
events_round20_select.py, seed 2020, part r20b). All 14 kept, none dropped; 47 events; 2 negatives
(snn-20150725-01199, snn-20150811-01047). Annotated by reading only (2026-11-29): the event coder was
never run on these articles and no coder output was read. Same format and guidelines as
events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set); `build()` comes from
events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none (no shared first 80 characters nor shared 120-character passage with any
tests/data/events_*.jsonl text). Same happenings in other words elsewhere: the PKK's killing of two
policemen and the Suruc bombing (e.g. r12b, r14b, r16a–c, r17b), Aden's and al-Anad's liberation, Turkey's
first strikes on ISIS, the Iranian nuclear deal.

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r19c_source.py):
- the Suruc attack, named only «هجوم سوروتش الدامي» → *Suicide bomb* 2015-07-20 as the other rounds coded
  the same happening (ambiguous: this text does not name the weapon); policemen killed by gunmen
  (Diyarbakir; the PKK's two) → *Armed clash* (a state target, as r7a/r12b); the Youth movement's
  killing of an alleged ISIS man in Istanbul → *Attack*, 2015-07-21 («مساء الثلاثاء»); the police
  memorial and the movement's threats are not events; Kobani's four months of battles → one historical
  *Armed clash*, date "unknown";
- Fallon's extension of the Tornado mission (stated policy) is not an event, his «زيارة للعراق» is a
  *Visit*; Turkey's first strikes «قبل حوالى عشرة ايام» → historical, 2015-07, and «بدأت في مهاجمة مقاتلين
  أكراد» → *Air/drone strike* too (ambiguous: the weapon is inferred from «ضرباتها»);
- the UNICEF school figures (68 schools occupied, academics abducted «خلال الأشهر الماضية») are statistics,
  not events; the Sudanese directives, recruitment and interrogations of returnees are not events;
- the Brussels opposition roadmap → *Diplomacy/Agreement* 2015-07-24, the meeting an `also`; the Geneva
  communiqué (30 June 2012) → historical *Agreement*;
- Taiz: the «معركة تحرير تعز» announcement is an `also` of yesterday's battles; the coalition's
  «إسناد جوي» → *Air/drone strike*; 75% under resistance control (a status) not coded;
- Lahj: the forces' movement, the encirclement and the announced assault are not coded; al-Anad and
  al-Husseini «بعد تحريرها» → *Government regains territory* (publication date); clashes in al-Houta
  (today) and the Monday attack in Lahj («منذ أمس الاثنين») are two *Armed clash*es;
- Aden (snn-20150721-01636, written «اليوم الأحد» = 2015-07-19): «ليلا» → 2015-07-18 (as r19b's «الليلة
  الماضية»); the advance into al-Tawahi → *Armed clash* (no takeover yet); «اعلان الحكومة … تحرير عدن»
  three days before → *Government regains territory* 2015-07-16; the depot strike in al-Rabat undated;
- the Maashiq palace «استعادوه … أول من أمس» → 2015-07-20; the aid ship → *Diplomacy/Aid*; the shelling
  of the Dhahran al-Janub hospital → *Shelling*, fatalities 0 («لم يخلف القصف أية إصابات»); officers'
  refusals to fight (no time/place) not coded;
- the Ramadan column: ISIS's killings in Kuwait, Tunisia, Egypt and France → one historical *Attack*
  (2015), al-Malki's assassination and the Khamis Mushait patricide → *Attack* 2015-07, the nuclear deal
  → *Agreement* 2015-07; Saud al-Faisal's death and the soldiers «استشهدوا في الحرب» not coded;
- the 700 prisoners moved to Sanaa → *Strategic developments/Other* (as r19b); the resistance's
  «قبضوا على مجموعات» → *Arrests*; «تحرير معظم مناطقهما» (Lahj, Taiz) not coded (a summary);
- Nineveh Christians: the sit-in in Ankawa → *Peaceful protest* 2015-08-06; their expulsion by ISIS a
  year before → historical *Attack* 2014 (ambiguous: displacement);
- Derna: Abu Jaafar al-Sudani «بتفجير سيارته المفخخة» → *Suicide bomb*, 7 dead; ISIS's offensive →
  *Armed clash*; al-Thinni's session with the Bayda security directorate → *Diplomacy/Meeting*;
- Carter's visit → *Visit* 2015-07-20; Netanyahu's appeal to Congress is not an event; Hezbollah vs
  Israel (2006) → historical *Armed clash*.

Run: python tests/data/events_r20b_source.py            (writes events_r20b.jsonl)
Text licences: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

HERE = Path(__file__).parent
OUT = HERE / "events_r20b.jsonl"

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150725-01372"] = [
    E(
        "Diplomacy/Agreement",
        "اتفق",
        actor=("وفدا الائتلاف", "الائتلاف"),
        target=("هيئة التنسيق الوطنية لقوى التغيير الديمقراطي", "هيئة التنسيق الوطنية", "هيئة التنسيق"),
        place=("بروكسل",),
        date="2015-07-24",
        also=("توصل الطرفان", "لقاء بروكسل"),
    ),
    E(
        "Diplomacy/Agreement",
        "بيان جنيف الموقع",
        place=("جنيف",),
        date="2012-06-30",
        status="historical",
    ),
]
F["snn-20150804-00105"] = [
    E(
        "Diplomacy/Visit",
        "زيارة للعراق",
        actor=("فالون", "مايكل فالون", "وزير الدفاع البريطاني"),
        place=("العراق",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "شنت عشرات الغارات الجوية",
        actor=("غارات التحالف الدولي", "التحالف الدولي"),
        place=("العراق", "سوريا"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "أولى ضرباتها",
        actor=("تركيا",),
        target=("التنظيم المتطرف",),
        place=("سوريا",),
        date="2015-07",
        status="historical",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "مهاجمة مقاتلين أكراد",
        actor=("تركيا",),
        target=("مقاتلين أكراد",),
        date="2015-07",
        status="historical",
    ),
]
F["snn-20150725-01199"] = []
F["snn-20150724-01355"] = [
    E(
        "Battles/Armed clash",
        "قتل شرطي",
        target=("شرطي",),
        place=("دياربكر",),
        date="2015-07-23",
        fatalities=1,
        also=("في هجوم وقع", "ويأتي الهجوم"),
    ),
    E(
        "Battles/Armed clash",
        "قتل شرطيين",
        actor=("حزب العمال الكردستاني",),
        target=("شرطيين",),
        place=("قرب الحدود السورية", "الحدود السورية"),
        date="2015-07-22",
        fatalities=2,
        also=("مسؤوليته عن قتلهما", "قتل الشرطيين"),
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "هجوم سوروتش الدامي",
        actor=("تنظيم داعش", "داعش"),
        target=("تجمع لنشطاء مناصرين للاكراد", "نشطاء مناصرين للاكراد"),
        place=("سوروتش",),
        date="2015-07-20",
        also=("واستهدف هجوم سوروتش",),
    ),
    E(
        "Violence against civilians/Attack",
        "قتلت في اسطنبول",
        actor=("حركة الشبيبة الوطنية الثورية",),
        target=("رجلا", "مرسل غول"),
        place=("حي سلطان غازي", "سلطان غازي", "اسطنبول"),
        date="2015-07-21",
        fatalities=1,
        also=("قتل مساء الثلاثاء",),
    ),
    E(
        "Battles/Armed clash",
        "المعارك",
        at="اربعة اشهر من",
        target=("قوات الدولة الاسلامية",),
        place=("كوباني",),
        date="unknown",
        status="historical",
    ),
    E(
        "Strategic developments/Arrests",
        "اعتقال ثلاثة اشخاص",
        actor=("الشرطة التركية",),
        target=("ثلاثة اشخاص",),
        place=("شانلي أورفة",),
        date="2015-07-23",
        also=("واعتقل الثلاثة",),
    ),
]
F["snn-20150806-01314"] = [
    E(
        "Strategic developments/Looting/property destruction",
        "بنهب",
        actor=("مليشيا جماعة الحوثي", "جماعة الحوثي"),
        target=("صندوق النشء والشباب والرياضة", "صندوق النشء والشباب"),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "بقصف عشوائي",
        actor=("مليشيات الحوثي والمخلوع صالح", "مليشيات الحوثي"),
        target=("منازل المدنيين",),
        place=("مدينة تعز", "تعز", "التحرير الأسفل"),
    ),
    E(
        "Battles/Armed clash",
        "معارك شرسة",
        actor=("الجيش الوطني والمقاومة الشعبية", "الجيش الوطني", "المقاومة الشعبية"),
        target=("الحوثيين",),
        place=("محافظة تعز", "تعز"),
        date="2015-08-05",
        also=("معركة تحرير تعز",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "بإسناد جوي كثيف",
        actor=("مقاتلات التحالف", "التحالف"),
        target=("الحوثيين",),
        place=("محافظة تعز", "تعز"),
        date="2015-08-05",
    ),
    E(
        "Battles/Armed clash",
        "هاجمت",
        actor=("عناصر من المقاومة الشعبية", "المقاومة الشعبية"),
        target=("نقطة أمنية تابعة لمليشيا الحوثي", "مليشيا الحوثي"),
        place=("مديرية يريم", "يريم", "محافظة إب"),
        date="2015-08-04",
        also=("خلال الهجوم",),
    ),
]
F["snn-20150804-00981"] = [
    E(
        "Battles/Government regains territory",
        "بعد تحريرها",
        actor=("المقاومة الشعبية",),
        target=("الحوثيين وقوات صالح", "الحوثيين"),
        place=("قاعدة العند الجوية", "منطقة الحسيني", "الحسيني"),
        also=("تمشيط منطقة الحسيني",),
    ),
    E(
        "Battles/Armed clash",
        "مواجهات مسلحة",
        actor=("المقاومة الشعبية", "المقاومة"),
        target=("الحوثيين وقوات صالح", "الحوثيين"),
        place=("مدينة الحوطة", "الحوطة"),
    ),
    E(
        "Battles/Armed clash",
        "هجوم شنته",
        actor=("المقاومة الشعبية",),
        target=("الحوثيين وقوات صالح", "الحوثيين"),
        place=("مدينة لحج", "لحج"),
        date="2015-08-03",
        also=("مواجهات عنيفة",),
    ),
]
F["snn-20150722-01341"] = [
    E(
        "Battles/Government regains territory",
        "استعادوه",
        actor=("الثوار", "المقاومة الشعبية"),
        target=("ميليشيات الحوثيين", "الحوثيين"),
        place=("قصر المعاشيق الرئاسي", "قصر المعاشيق", "عدن"),
        date="2015-07-20",
    ),
    E(
        "Battles/Armed clash",
        "تم قتل متمردين",
        target=("متمردين",),
        place=("مبنى الإذاعة",),
    ),
    E(
        "Battles/Government regains territory",
        "طرد المتمردين",
        actor=("ثوار المقاومة الشعبية", "المقاومة الشعبية"),
        target=("المتمردين",),
        place=("مديرية التواهي", "التواهي"),
        also=("تمت السيطرة",),
    ),
    E(
        "Diplomacy/Aid",
        "وصول أول سفينة مساعدات",
        place=("ميناء عدن", "عدن"),
        date="2015-07-21",
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قذائف",
        at="استهدفت خمس",
        actor=("أيادي الغدر الحوثية", "الحوثية"),
        target=("مستشفى ظهران الجنوب العام", "منازل المواطنين"),
        place=("ظهران الجنوب", "حي الرحيب الشرقي"),
        date="2015-07-21",
        fatalities=0,
        also=("القصف",),
    ),
]
F["snn-20150724-01696"] = [
    E(
        "Violence against civilians/Attack",
        "عمليات قتل وتفجير",
        actor=("داعش",),
        place=("الكويت", "تونس", "مصر", "فرنسا"),
        date="2015",
        status="historical",
    ),
    E(
        "Violence against civilians/Attack",
        "استشهد",
        at="في منتصف الشهر",
        target=("عوض المالكي",),
        date="2015-07",
        status="historical",
        fatalities=1,
    ),
    E(
        "Violence against civilians/Attack",
        "قتل والده",
        actor=("مجرم متطرف",),
        target=("والده",),
        place=("خميس مشيط",),
        date="2015-07",
        status="historical",
        fatalities=1,
    ),
    E(
        "Diplomacy/Agreement",
        "توقيع الاتفاق النووي",
        actor=("الدول الكبرى",),
        target=("إيران",),
        date="2015-07",
        status="historical",
    ),
]
F["snn-20150806-01745"] = [
    E(
        "Strategic developments/Other",
        "نقلوا 700 أسير",
        actor=("الحوثيين",),
        target=("700 أسير", "الأسرى"),
        place=("صنعاء",),
    ),
    E(
        "Battles/Government regains territory",
        "سقوط قاعدة العند",
        actor=("الجيش والمقاومة الشعبية", "الجيش", "المقاومة الشعبية"),
        place=("قاعدة العند", "العند"),
    ),
    E(
        "Strategic developments/Arrests",
        "قبضوا",
        actor=("المقاومة",),
        target=("مجموعات كبيرة",),
    ),
]
F["snn-20150807-00870"] = [
    E(
        "Protests/Peaceful protest",
        "وقفة احتجاجية",
        actor=("مسيحيو سهل نينوى", "مسيحيي محافظة نينوى", "المئات من مسيحيي محافظة نينوى"),
        place=("منطقة عين كاوة", "عين كاوة", "محافظة أربيل", "أربيل"),
        date="2015-08-06",
        also=("طالب المئات", "يقفون محتجين", "خلال الوقفة"),
    ),
    E(
        "Violence against civilians/Attack",
        "هجروا من مناطقهم",
        actor=("تنظيم داعش", "داعش"),
        target=("مسيحيي سهل نينوى ومدينة الموصل", "مسيحيي سهل نينوى"),
        place=("سهل نينوى", "مدينة الموصل", "الموصل"),
        date="2014",
        status="historical",
    ),
]
F["snn-20150811-00432"] = [
    E(
        "Explosions/Remote violence/Suicide bomb",
        "انفجار سيارة ملغومة",
        actor=("تنظيم «داعش»", "داعش", "أبوجعفر السوداني"),
        target=("صحوات الردة",),
        place=("منطقة الساحل الشرقي", "الساحل الشرقي", "مدينة درنة", "درنة"),
        fatalities=7,
        also=("مسئولية الهجوم", "بتفجير سيارته المفخخة"),
    ),
    E(
        "Battles/Armed clash",
        "هجومه",
        actor=("تنظيم «داعش» الإرهابي", "داعش"),
        place=("مدينة درنة", "درنة"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "ضربة جوية",
        actor=("سلاح الطيران التابع للحكومة الرسمية", "سلاح الطيران"),
        target=("مقاتلو «داعش»", "داعش"),
        place=("درنة",),
    ),
    E(
        "Diplomacy/Meeting",
        "بحث",
        at="أن الثني",
        actor=("الثني", "عبدالله الثني"),
        target=("رئيس وأعضاء مديرية الأمن", "مديرية الأمن"),
        place=("مدينة البيضاء", "البيضاء"),
        also=("اللقاء",),
    ),
]
F["snn-20150721-01636"] = [
    E(
        "Battles/Armed clash",
        "تقدمت",
        actor=("القوات الموالية لحكومة الرئيس عبدربه منصور هادي", "المقاومة الشعبية"),
        target=("المتمردون الحوثيون", "الحوثيين"),
        place=("حي التواهي", "التواهي", "عدن"),
        date="2015-07-18",
        also=("وتقدمت قوات", "دخول التواهي"),
    ),
    E(
        "Battles/Government regains territory",
        "تحرير عدن",
        actor=("الحكومة في المنفى",),
        place=("عدن",),
        date="2015-07-16",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارة",
        at="حوالى 15",
        actor=("التحالف العربي",),
        target=("مواقع المتمردين الحوثيين", "المتمردين الحوثيين"),
        place=("التواهي",),
        date="2015-07-18",
        also=("دعم جوي",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "اصابت مستودعا للذخائر",
        actor=("طائرات التحالف العربي", "التحالف العربي"),
        target=("مستودعا للذخائر",),
        place=("الرباط",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارة جوية",
        target=("تسعة متمردين", "متمردين"),
        place=("خور المكسر",),
        date="2015-07-18",
        fatalities=9,
    ),
    E(
        "Battles/Armed clash",
        "المعارك",
        at="بينما تستمر",
        actor=("القوات الموالية لحكومة هادي",),
        target=("الحوثيين وحلفائهم", "الحوثيين"),
        place=("دار سعد", "كريتر"),
        date="2015-07-19",
    ),
]
F["snn-20150811-01047"] = []
F["snn-20150721-01963"] = [
    E(
        "Diplomacy/Visit",
        "زيارة كارتر",
        actor=("كارتر", "آش كارتر"),
        place=("إسرائيل",),
        date="2015-07-20",
    ),
    E(
        "Diplomacy/Agreement",
        "اتفاق أبرم",
        actor=("إيران", "طهران"),
        target=("القوى الدولية الست",),
        date="2015-07",
        also=("إنجاز الاتفاق",),
    ),
    E(
        "Battles/Armed clash",
        "وقاتل",
        actor=("حزب الله",),
        target=("الجيش الإسرائيلي",),
        date="2006",
        status="historical",
    ),
]


if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
