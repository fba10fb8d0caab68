"""Source of tests/data/events_r21c.jsonl: the twenty-first blind event round, part r21c.

10 real articles (SaudiNewsNet politics, 1,581–2,497 characters): the lines of /work/brief/DRAW_r21.tsv
(the saved output of `python tests/data/events_round21_select.py`) whose first column is `r21c`
(selection = events_round21_select.py, seed 2121, part r21c). All 10 kept, none dropped; 1 of them
reports no event (negative). Annotated by reading only (2026-11-29): the event coder was never run on
these articles and no coder output was read. Same format and guidelines as events_dev_source.py and
events_fresh_source.py (docs/events.md § Dev set); `build()` comes from events_dev_source.py
(SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three 12-word
runs with an article of another tests/data/events_*.jsonl set. Same happenings in other words: the
capture of Zinjibar and Shuqra (r16a, r17c), the Houthi mines in the south (r11a, r13a), the nuclear
deal (r15b, r16a, r19c, r20c), the Aden liberation (r16a, r18a, r18c).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r20c_source.py):
- Houthi mines (snn-20150808-00875): the «عشرات القتلى» killed by the mines in Lahj, Abyan and Aden
  «خلال اليومين الماضيين» → one *Remote explosive/landmine/IED*, the Houthis (who laid them) as actor
  (as r13a), publication date, no count («عشرات»); the mine laying itself (Karsh–Rahida, al-Ain,
  Abyan), the demining and the return appeal are not coded (ongoing, as r11a); the fighters' find of
  Iranian mines and IED stores in Taiz, reported «أول من أمس» → *Strategic developments/Disrupted
  weapons use* 2015-08-06 (a weapons seizure, as r16c/r20c; ambiguous: *Other*);
- the opinion column on the UN (snn-20150726-00953): the truce «التي تم التوصل إليها» →
  *Strategic developments/Agreement*, historical, date "unknown" (its collapse is not an event); the
  liberation of Aden «بإطلالة عيد الفطر» → *Government regains territory* 2015-07 (ambiguous: a column,
  r20c left a column negative; the actor «أبنائه» is vague); resolution 2216 and the border incursions
  «بين الفينة والأخرى» are not coded;
- Hasakah: the air strike on the foreigners' car near Fawj al-Milbiya → *Air/drone strike*, no actor
  (the text says it is unknown whether the Syrian army or the coalition), 6 dead, dated 2015-07-20 by
  the Observatory's «أمس الاثنين»; the US wave of strikes on Raqqa «في وقت سابق من الشهر الجاري» →
  *Air/drone strike*, historical, 2015-07; ISIS's failed assault on Hasakah «الشهر الماضي» → *Armed
  clash*, historical, 2015-06; the Kobani blast «امس الاثنين» → *Remote explosive/landmine/IED*
  (car bomb per SOHR; the YPG's exploding-ordnance version a mention), no actor; the campaigns and the
  «هجمات خاطفة» (ongoing, generic) are not coded;
- Amman/Damascus: Judeh's talks with the Cairo-conference follow-up delegation «أمس» → *Meeting* and the
  delegation's «زيارة عمل» → *Visit*, both 2015-07-23; de Mistura's arrival in Damascus → *Visit* and
  his meeting Muallem → *Meeting*, 2015-07-23; his trip to New York to brief the Security Council is not
  coded (a UN report, not a bilateral visit; ambiguous: planned *Visit*); the field round-up, no date
  (publication date): the Southern Front offensive on Daraa → *Armed clash*; the FSA Grad rockets on
  Latakia → *Shelling*; the raids on al-Bab → *Air/drone strike*; the shelling of Talbiseh and of the
  eastern Damascus countryside (Zabdin, Deir al-Asafir) → two *Shelling* (two provinces); the ninth raid
  on al-Yadouda and the raid on Tariq al-Sad (Daraa city, ~5 km apart, «12 غارة» the day's tally) → one
  *Air/drone strike*; the barrel bombs on Tel Shihab → a second one (another weapon and sentence;
  ambiguous: could merge with Daraa); Zabadani: the resumed bombing → *Air/drone strike* and Hezbollah's
  attempts to advance → *Armed clash* (present fighting, as r16b);
- Baghdadi's purge: the execution of 13 plotters → *Violence against civilians/Attack* (as «إعدام»
  rules), 2015-06 (the plot «ما بين العاشر والثالث عشر من الشهر الماضي»), 13 dead, no place (the camp is
  not named); their arrest is folded into it (ambiguous: *Arrests*/abduction), the foiled IED plot on
  the convoy near Raqqa is an aim, not coded;
- Lavrov: his two meetings with Kerry (named, no date or place) → one *Meeting*, date "unknown"
  (ambiguous: two events); the chemical-weapons disarmament deal «في مراحل سابقة» → *Diplomacy/
  Agreement*, historical, "unknown"; the Lavrov–Jubeir talks «في موسكو يوم الثلاثاء» → *Meeting*,
  planned, 2015-08-11; the coalition's campaign and the OPEC meetings (regular) are not coded;
- Mamluk in Jeddah: the meeting «قبل عدة أيام» → *Meeting*, date "unknown" (days before, possibly July),
  the sending of the delegation a part of it; the nuclear deal → *Diplomacy/Agreement*, "unknown" (as
  r20c);
- Bin Zayed and Bahah: «استقباله أمس» → *Meeting* and Bahah's visit to Abu Dhabi → *Visit*, 2015-08-03;
- Zinjibar: the pro-Hadi forces' capture → *Government regains territory* (forces «الموالية لحكومة
  الرئيس», docs/events.md; r17c coded the Resistance's version as non-state), dated 2015-08-09 by the
  sources' «الاحد» (the attack from Aden and the 15th Brigade positions its mentions); Shuqra «في وقت
  لاحق» → a second one (another town, ~50 km); the mines that killed 19 «السبت والاحد» in and around
  Zinjibar → *Remote explosive/landmine/IED* 2015-08-08 (the first day), the Houthis as actor; Ibb: the
  Resistance's capture of al-Sadda, Hazm al-Udayn and parts of al-Radma → *Non-state actor overtakes
  territory*; the Yarim clashes → *Armed clash* (the sentence «تحتدم المواجهات» in Ibb its mention);
  the Taiz «معارك الكر والفر» → *Armed clash*, no actor; the expected Shabwa phase is not coded.

Negative (1): snn-20150802-00914 (Yemen's water crisis; «ضرب العدوان» is generic).

Run: python tests/data/events_r21c_source.py            (writes events_r21c.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r21c.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150808-00875"] = [
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "بفعل الألغام",
        actor=("جماعة الحوثيين", "الحوثيين", "مسلحي الجماعة"),
        place=("محافظات لحج، وأبين، وعدن", "لحج", "أبين", "عدن", "جنوبي اليمن"),
        also=("عشرات القتلى",),
    ),
    E(
        "Strategic developments/Disrupted weapons use",
        "عثروا",
        actor=("الثوار", "المقاومة"),
        target=("الحوثي",),
        place=("مدينة تعز", "تعز"),
        date="2015-08-06",
        also=("تم العثور عليها", "الكمية المضبوطة"),
    ),
]
F["snn-20150726-00953"] = [
    E(
        "Strategic developments/Agreement",
        "للهدنة",
        actor=("أطراف النزاع",),
        place=("اليمن",),
        date="unknown",
        status="historical",
        also=("هذه الهدنة الفاشلة",),
    ),
    E(
        "Battles/Government regains territory",
        "تحرير اليمن",
        actor=("أبنائه", "الحكومة الشرعية"),
        place=('مدينة "عدن"', "عدن"),
        date="2015-07",
    ),
]
F["snn-20150721-00983"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارة جوية",
        target=("تنظيم داعش", "داعش", "قياديا في تنظيم داعش", "المتطرفين الأجانب"),
        place=("قرية تسمى فوج الميلبية", "فوج الميلبية", "مدينة الحسكة", "الحسكة", "محافظة الحسكة"),
        date="2015-07-20",
        fatalities=6,
        also=("أصابت سيارة", "الهجوم الجوي"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "بموجة من الضربات",
        actor=("الولايات المتحدة",),
        target=("التنظيم المتطرف", "تنظيم داعش", "داعش"),
        place=("مدينة الرقة", "الرقة"),
        date="2015-07",
        status="historical",
    ),
    E(
        "Battles/Armed clash",
        "هجوم ضخم",
        actor=("التنظيم", "تنظيم داعش", "داعش"),
        target=("القوات المؤيدة للحكومة", "المقاتلين الأكراد السوريين", "حكومة الأسد"),
        place=("مدينة الحسكة", "الحسكة", "عاصمة المحافظة"),
        date="2015-06",
        status="historical",
        also=("واستهدف الهجوم",),
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "انفجار",
        at="من جهة اخرى",
        target=("نقطة تفتيش تابعة لوحدات حماية الشعب الكردية", "وحدات حماية الشعب الكردية"),
        place=("بلدة كوباني", "كوباني", "عين العرب"),
        date="2015-07-20",
        also=("سبب الانفجار", "سيارة ملغومة", "«انفجارات»"),
    ),
]
F["snn-20150724-01661"] = [
    E(
        "Diplomacy/Meeting",
        "بحث",
        actor=("وزير الخارجية الأردني ناصر جودة", "ناصر جودة", "الوزير الأردني"),
        target=("وفد لجنة المتابعة", "لجنة المتابعة", "المعارضة السورية", "الوفد"),
        place=("عمان",),
        date="2015-07-23",
        also=("خلال اللقاء",),
    ),
    E(
        "Diplomacy/Visit",
        "زيارة عمل",
        actor=("أعضاء الوفد", "الوفد"),
        place=("عمان", "الأردن"),
        date="2015-07-23",
        also=("وصلوا إلى عمان",),
    ),
    E(
        "Diplomacy/Visit",
        "وصل",
        at="وفي هذا السياق",
        actor=("المبعوث الخاص للأمم المتحدة إلى سورية ستافان دي ميستورا", "ستافان دي ميستورا", "دي ميستورا"),
        place=("دمشق",),
        date="2015-07-23",
    ),
    E(
        "Diplomacy/Meeting",
        "التقى",
        actor=("ستافان دي ميستورا", "دي ميستورا"),
        target=("وزير الخارجية وليد المعلم", "وليد المعلم", "المعلم"),
        place=("دمشق",),
        date="2015-07-23",
        also=("وقدم دي ميستورا عرضا",),
    ),
    E(
        "Battles/Armed clash",
        "هجوماً واسعاً",
        actor=("تشكيلات الجبهة الجنوبية", "الجبهة الجنوبية"),
        target=("قوات النظام", "النظام"),
        place=("مدينة درعا", "درعا"),
        also=("معركة عاصفة الجنوب",),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "استهدفت",
        at="ميدانيا",
        actor=("الفرقة الأولى الساحلية", "الجيش السوري الحر"),
        target=("مراكز عسكرية",),
        place=("مدينة اللاذقية", "اللاذقية"),
        also=("بصواريخ من طراز جراد",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "لغارات جوية عنيفة",
        actor=("طيران الأسد",),
        place=("مدينة الباب", "الباب", "ريف حلب"),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصفت",
        at="تلبيسة",
        actor=("قوات النظام",),
        target=("مناطق سكنية",),
        place=("مدينة تلبيسة", "تلبيسة", "ريف حمص الشمالي", "ريف حمص"),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "استهدافها",
        actor=("قوات النظام",),
        target=("عدة بلدات",),
        place=("الريف الشرقي لدمشق", "زبدين", "دير العصافير"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "الغارة التاسعة",
        actor=("الطيران الحربي",),
        place=("بلدة اليادودة", "اليادودة", "حي طريق السد", "مدينة درعا", "درعا"),
        also=("نفذ غارة", "12 غارة"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "البراميل المتفجرة",
        actor=("الطيران المروحي",),
        place=("بلدة تل شهاب", "تل شهاب"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصفه العنيف",
        actor=("طيران الأسد",),
        place=("الزبداني",),
    ),
    E(
        "Battles/Armed clash",
        "محاولاتها للتقدم",
        actor=("ميليشيات حزب الله", "حزب الله"),
        place=("الزبداني",),
    ),
]
F["snn-20150722-00535"] = [
    E(
        "Violence against civilians/Attack",
        "وإعدام",
        actor=("أبو بكر البغدادي", "البغدادي", "تنظيم «داعش»", "داعش"),
        target=("13 قياديًا وعنصرًا بارزًا بالتنظيم", "13 قياديًا", "جميع المخططين"),
        date="2015-06",
        fatalities=13,
        also=("أُعدموا", "وإعدامهم"),
    ),
]
F["snn-20150802-00914"] = []
F["snn-20150809-00962"] = [
    E(
        "Diplomacy/Meeting",
        "اجتماعين",
        actor=("لافروف",),
        target=("وزير الخارجية الأمريكي جون كيري", "جون كيري", "كيري"),
        date="unknown",
    ),
    E(
        "Diplomacy/Agreement",
        "اتفاق نزع الأسلحة الكيماوية",
        actor=("موسكو وواشنطن", "موسكو", "واشنطن"),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Meeting",
        "يبحث",
        at="ومن المقرر",
        actor=("لافروف",),
        target=("نظيره السعودي عادل الجبير", "عادل الجبير", "الجبير"),
        place=("موسكو",),
        date="2015-08-11",
        status="planned",
        also=("سيبحث",),
    ),
]
F["snn-20150808-00929"] = [
    E(
        "Diplomacy/Meeting",
        "اجتماع",
        actor=("اللواء علي مملوك", "علي مملوك", "مملوك", "النظام السوري"),
        target=("مسؤولين سعوديين", "مسؤولين روس"),
        place=("مدينة جدة", "جدة"),
        date="unknown",
        also=("فحوى اللقاء", "اللقاء عقد في جدة"),
    ),
    E(
        "Diplomacy/Agreement",
        "الاتفاق النووي",
        actor=("طهران", "المجتمع الدولي"),
        date="unknown",
    ),
]
F["snn-20150804-00112"] = [
    E(
        "Diplomacy/Meeting",
        "استقباله",
        actor=("الشيخ محمد بن زايد آل نهيان", "محمد بن زايد", "ولي عهد أبوظبي"),
        target=("المهندس خالد محفوظ بحاح", "خالد محفوظ بحاح", "بحاح"),
        place=("العاصمة الإماراتية أبوظبي", "أبوظبي"),
        date="2015-08-03",
        also=("خلال اللقاء",),
    ),
    E(
        "Diplomacy/Visit",
        "يزور",
        actor=("المهندس خالد محفوظ بحاح", "خالد محفوظ بحاح", "بحاح", "الوفد المرفق له"),
        place=("العاصمة الإماراتية أبوظبي", "أبوظبي", "الإمارات"),
        date="2015-08-03",
    ),
]
F["snn-20150809-00067"] = [
    E(
        "Battles/Government regains territory",
        "سيطرت",
        actor=(
            "القوات الموالية لحكومة الرئيس اليمني المعترف به دوليا عبدربه منصور هادي",
            "القوات الموالية لحكومة الرئيس",
            "عبدربه منصور هادي",
            "قوات هادي",
        ),
        target=("المتمردين الحوثيين", "الحوثيين"),
        place=("زنجبار", "محافظة ابين", "ابين"),
        date="2015-08-09",
        also=("هجوم شنته", "السيطرة اولا", "تدخل زنجبار"),
    ),
    E(
        "Battles/Government regains territory",
        "وسيطرت عليها",
        actor=("افواج القوات الموالية", "القوات الموالية"),
        target=("الحوثيين",),
        place=("مدينة شقرة الساحلية", "شقرة", "ابين"),
        date="2015-08-09",
        also=("دخلنا شقرة",),
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "بانفجار الغام",
        actor=("الحوثيون",),
        target=("مدنيين",),
        place=("زنجبار",),
        date="2015-08-08",
        fatalities=19,
        also=("انفجار الغام فيما",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرت على منطقتي",
        actor=("المقاومة", "قوات المقاومة الشعبية"),
        target=("الحوثيين",),
        place=("السدة", "حزم العديد", "الرضمة", "محافظة اب", "اب"),
    ),
    E(
        "Battles/Armed clash",
        "اشتباكات عنيفة",
        at="استمرار",
        actor=("الحوثيين", "المقاومة"),
        target=("المقاومة", "الحوثيين"),
        place=("منطقة يريم", "يريم", "اب"),
        also=("تحتدم المواجهات",),
    ),
    E(
        "Battles/Armed clash",
        "معارك الكر والفر",
        place=("تعز",),
    ),
]

if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
