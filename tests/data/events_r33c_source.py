"""Source of tests/data/events_r33c.jsonl: the thirty-third blind event round, part r33c.

10 real articles (SaudiNewsNet politics, 1,545–2,459 characters): the lines of /work/brief/DRAW_r33.tsv
(the saved output of `python tests/data/events_round33_select.py`) whose first column is `r33c`
(selection = events_round33_select.py, seed 3333, part r33c). All 10 kept, none dropped; none of them
is a negative; 53 events. Annotated by reading only (2026-11-29): the event coder was never run on these articles
and no coder output was read. Same format and guidelines as events_dev_source.py and
events_fresh_source.py (docs/events.md § Dev set); `build()` comes from events_dev_source.py
(SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three 12-word
runs with an article of another tests/data/events_*.jsonl set (checked at 10:00 UTC). Same happenings in
other words: Carter's Baghdad visit (dev, r10a and later), the Red Cross prisoner exchange at Aden
airport (an earlier round: *Strategic developments/Other*), the Iranian nuclear deal (r15b, r16a), the
liberation of Aden (many rounds), Nusra's abduction of Division 30 fighters (r13b and later).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r32c_source.py):
- Yemeni leaders on the Iran deal (01466): the nuclear deal named in their words → *Diplomacy/Agreement*,
  date "unknown" (as r15b/r16a); GCC support for the legitimacy and the Houthi «انتهاكات» are generic;
- Houthi collapse (00357, «أمس الاثنين» = 2015-08-10): the Resistance (with air cover, not coded apart)
  taking most of Lawdar → *Non-state actor overtakes territory*, Zinjibar «بعد يوم واحد» → 2015-08-09,
  four Ibb districts (al-Radhma named, its `also`) → a third; the Marib clashes → *Armed clash* (toll «العشرات
  بين قتيل وجريح», no number) and the coalition raids in Marib → *Air/drone strike* (the opening sentence's
  ongoing «غاراتها الجوية» its `also`; ambiguous); the later raid list → one *Air/drone strike* per
  province (Sanaa/Arhab, Saada, Hajjah; same trigger, publication date); the advance toward Yarim and
  the sweep of Lawdar are not coded;
- Carter in Baghdad («الخميس» = 2015-07-23): *Visit*; «يلتقي» Abadi, Obeidi and Jubouri → *Meeting* (the
  purpose «للبحث مع مسؤولين» its `also`); the planned meeting with an Anbar tribal delegation → planned
  *Meeting* (ambiguous: Iraqi non-state guests); the coalition raids in Anbar (habitual «يشن» and «عشرات
  الغارات في الاسابيع الماضية») → one *Air/drone strike* dated 2015-07 (ambiguous: an aggregate); ISIS
  holding Fallujah «منذ مطلع العام 2014» → historical takeover, 2014, and Ramadi falling «في مايو الماضي»
  → historical takeover, 2015-05; meeting US soldiers, the 13 July announced offensive, the training of
  1,800 tribal fighters and the intensified bombings (vague) are not coded;
- Ratney (00146, «يوم أمس» = 2015-08-06): the Istanbul meeting → *Meeting*; the Zabadani «القصف الهمجي»
  (barrels, missiles, mortars, ongoing) → one *Shelling/artillery/missile attack*, the barrels its `also`
  (ambiguous: barrel bombs could be a separate *Air/drone strike*); «لقاءات الدوحة» → *Meeting*, "unknown";
  the Coalition–NCB agreement in Brussels → *Strategic developments/Agreement*, "unknown" (the Brussels
  meeting its `also`); the meeting being arranged with Gen. Nagata → planned *Meeting*; Nusra's abduction
  of 13 US-trained fighters «نهاية الأسبوع الماضي» → *Arrests* (as r13b), 2015-07 (ambiguous month); de
  Mistura's briefing and the planned working groups are not coded;
- Iraq services (00376): one *Peaceful protest* per city — Basra and Najaf «امس» (2015-08-02), Karbala
  (no date), Baghdad's Tahrir Square «مساء الجمعة» (2015-07-31; the aggregate «تظاهرات جماهيرية» of Friday
  and Saturday is its first mention, ambiguous); UNAMI's July toll is a tally, not coded (as earlier rounds);
- Aden airport (00092, «أمس» = 2015-08-06): the army-and-Resistance «تحريرها» of al-Anad → *Government
  regains territory* (the Resistance's «تطهير مثلث العند» its `also`, ambiguous: could be read as a
  separate *Non-state actor overtakes territory*); «المعارك المحتدمة في أبين وتعز» → two *Armed clash*
  (ambiguous: vague); «بعد تحرير عدن» → *Government regains territory*, "unknown"; Labouza camp →
  *Government regains territory*, 41 dead (Abu Jalil + «نحو 40»); the Red Cross prisoner exchange →
  *Strategic developments/Other* (as the earlier round); the civil flight and «السهم الذهبي» not coded;
- Tawahi (00041): the Resistance's takeover → *Non-state actor overtakes territory*, 28 dead (the toll
  «المعارك في هذا الحي» read as Tawahi's, ambiguous: the sentence before names Crater); «أسر 40 حوثيا» →
  *Arrests* (as r12a/r13a); the surrender, the discovered secret HQs, the decrees and the invited visit
  are not coded;
- Shabwa next (01390): Zinjibar → *Government regains territory* (pro-legitimacy forces), Brigade 15 a
  second; Shaqra «دون مقاومة تذكر» → *Non-violent transfer of territory* (ambiguous); Ibb: Resistance with
  the army taking al-Sadda, Hazm al-Udayn → *Government regains territory*, the Yarim fighting → *Armed
  clash*; Taiz «استمرت المعارك» → *Armed clash*; the abduction of 10 Islah leaders in Sanaa →
  *Abduction/forced disappearance*; Brigade 55 joining the legitimacy → *Change to group/activity*
  (unconfirmed, ambiguous); the minister's «استعادة قاعدة العند ... ومحافظة لحج» → one *Government regains
  territory*, "unknown"; the Houthis shelling Taiz «بشكل هستيري» (a characterization) is not coded;
- Muscat delegation (00521, «أمس الجمعة» = 2015-08-07): the Houthi–Saleh delegation's trip to Oman →
  *Visit*, the talks with Ould Cheikh Ahmed → planned *Talks*; Labouza «ليلة أمس الجمعة» → *Government
  regains territory* 2015-08-07 (00092 dates the same happening 2015-08-06: each text followed), Brigade
  15 and Zinjibar → two more (no date); the Taiz fronts (al-Hawban, Sina, al-Dabab …) → one *Armed
  clash* in Taiz 2015-08-07 (aggregate first); the advance on Abyan positions is not coded;
- Benghazi/Derna (00397): the Saiqa's 25 dead in a month of clashes with the Shura Council → one *Armed
  clash*, 25, publication date (ambiguous: a month's tally, «منذ بداية الشهر الجاري»); Derna youths taking
  the Kurfat heights → *Non-state actor overtakes territory*; Battalion 102 taking the Hila gate →
  *Government regains territory*; the Ain Bint fighting → *Armed clash*; the Derna Mujahideen Council vs
  ISIS battle → *Armed clash*, 11 dead (six earlier, same battle); the army's advance and the announced
  «الحسم» offensive are not coded.
Run: python tests/data/events_r33c_source.py   (writes events_r33c.jsonl)
Text licences: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r33c.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150810-01466"] = [
    E(
        "Diplomacy/Agreement",
        "الاتفاق النووي",
        actor=("إيران", "الإيراني"),
        target=("الدول الكبرى",),
        date="unknown",
        also=("الاتفاق النووي الإيراني غامض",),
    ),
]
F["snn-20150811-00357"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "السيطرة",
        at="تمكنت أمس",
        actor=("المقاومة الشعبية",),
        target=("مليشيات الحوثي", "الحوثي", "المسلحين الحوثيين"),
        place=("مديرية لودر", "لودر", "محافظة أبين", "أبين"),
        date="2015-08-10",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "السيطرة",
        at="بعد يوم واحد",
        actor=("المقاومة الشعبية",),
        place=("مدينة زنجبار", "زنجبار", "محافظة أبين", "أبين"),
        date="2015-08-09",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "السيطرة",
        at="محافظة إب",
        actor=("المقاومة الشعبية", "المقاومة"),
        place=("محافظة إب", "إب", "مديرية الرضمة", "الرضمة"),
        date="2015-08-10",
        also=("سيطرتها على مديرية الرضمة",),
    ),
    E(
        "Battles/Armed clash",
        "مواجهات",
        at="بين قتيل وجريح",
        actor=("المقاومة الشعبية",),
        target=("المسلحين الحوثيين", "مليشيات الحوثي", "الحوثيين"),
        place=("محافظة مارب", "مارب", "الجفينة"),
        date="2015-08-10",
        also=("اشتباكات عنيفة",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات جوية",
        at="بين قتيل وجريح",
        actor=("طيران التحالف العربي", "التحالف العربي", "طائرات التحالف العربي"),
        target=("المسلحين الحوثيين", "الحوثيين"),
        place=("محافظة مارب", "مارب"),
        date="2015-08-10",
        also=("غاراتها الجوية",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات التحالف",
        actor=("التحالف",),
        target=("المليشيات الحوثية", "الحوثية"),
        place=("منطقة بيت مران", "بيت مران", "مديرية أحرب", "أحرب", "صنعاء"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات التحالف",
        actor=("التحالف",),
        target=("المليشيات الحوثية", "مقر جهاز الأمن السياسي", "الحوثية"),
        place=("محافظة صعدة", "صعدة", "رازح", "كتاف"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات التحالف",
        actor=("التحالف",),
        target=("المليشيات الحوثية", "الحوثية"),
        place=("مديرية حرض", "حرض", "حجة"),
    ),
]
F["snn-20150724-01459"] = [
    E(
        "Diplomacy/Visit",
        "وصل",
        actor=("آشتون كارتر", "كارتر", "وزير الدفاع الاميركي"),
        place=("بغداد",),
        date="2015-07-23",
        also=("زيارته", "زيارة غير معلنة"),
    ),
    E(
        "Diplomacy/Meeting",
        "يلتقي",
        at="تدريب القوات العراقية.",
        actor=("كارتر",),
        target=("رئيس الوزراء حيدر العبادي", "حيدر العبادي", "خالد العبيدي", "سليم الجبوري"),
        place=("بغداد",),
        date="2015-07-23",
        also=("للبحث مع مسؤولين سياسيين وعسكريين",),
    ),
    E(
        "Diplomacy/Meeting",
        "يلتقي",
        at="ومن المقرر",
        actor=("كارتر",),
        target=("وفدا عشائريا",),
        status="planned",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "ضربات جوية",
        actor=("طيران الائتلاف الدولي", "طيران الائتلاف", "الائتلاف الدولي"),
        target=("التنظيم", "المتطرفون"),
        place=("المحافظة العراقية الاكبر", "محافظة الانبار", "الانبار"),
        date="2015-07",
        also=("عشرات الغارات",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "يسيطر",
        at="والتي يسيطر",
        actor=("التنظيم",),
        place=("مدينة الفلوجة", "الفلوجة"),
        date="2014",
        status="historical",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سقطت",
        actor=("المتطرفين", "التنظيم"),
        place=("الرمادي",),
        date="2015-05",
        status="historical",
        also=("هجوم واسع",),
    ),
]
F["snn-20150807-00146"] = [
    E(
        "Diplomacy/Meeting",
        "بلقاء",
        actor=("مايكل راتني", "راتني", "المبعوث الأميركي الجديد إلى سوريا"),
        target=("وفد من الائتلاف السوري المعارض والحكومة المؤقتة", "الائتلاف السوري المعارض", "الائتلاف"),
        place=("مدينة إسطنبول", "إسطنبول"),
        date="2015-08-06",
        also=("وتناول المجتمعون", "جانبا من اللقاء"),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "القصف الهمجي",
        actor=("قوات نظام الأسد", "ميليشيا حزب الله", "أحمد جبريل"),
        target=("المدينة",),
        place=("مدينة الزبداني", "الزبداني"),
        also=("برميلا متفجرا",),
    ),
    E(
        "Diplomacy/Meeting",
        "لقاءات الدوحة",
        place=("الدوحة",),
        date="unknown",
    ),
    E(
        "Strategic developments/Agreement",
        "بالاتفاق",
        actor=("الائتلاف",),
        target=("هيئة التنسيق", "هيئة التنسيق الوطنية"),
        place=("بروكسل",),
        date="unknown",
        also=("الاجتماع الأخير في بروكسل",),
    ),
    E(
        "Diplomacy/Meeting",
        "ترتيب لقاء",
        actor=("الائتلاف السوري", "الائتلاف"),
        target=("اللواء مايكل ناغاتا", "مايكل ناغاتا"),
        status="planned",
    ),
    E(
        "Strategic developments/Arrests",
        "اختطفت",
        actor=("جبهة النصرة",),
        target=("13 عنصرا", "القوى السورية المعتدلة"),
        date="2015-07",
    ),
]
F["snn-20150803-00376"] = [
    E(
        "Protests/Peaceful protest",
        "تظاهروا",
        at="أهالي محافظة البصرة",
        actor=("المئات من أهالي محافظة البصرة", "أهالي محافظة البصرة", "متظاهر"),
        place=("محافظة البصرة", "البصرة"),
        date="2015-08-02",
    ),
    E(
        "Protests/Peaceful protest",
        "تظاهرة اخرى",
        actor=("المئات",),
        place=("مدينة كربلاء", "كربلاء"),
    ),
    E(
        "Protests/Peaceful protest",
        "تظاهروا",
        at="محافظة النجف",
        actor=("العشرات",),
        place=("محافظة النجف", "النجف"),
        date="2015-08-02",
    ),
    E(
        "Protests/Peaceful protest",
        "تظاهرات جماهيرية",
        actor=("المئات من المواطنين والناشطين", "المواطنين والناشطين"),
        place=("ساحة التحرير", "بغداد"),
        date="2015-07-31",
        also=("خرج المئات",),
    ),
]
F["snn-20150807-00092"] = [
    E(
        "Battles/Government regains territory",
        "تحريرها",
        actor=("قوات الجيش اليمني الوطني", "المقاومة", "المقاومة الموالية للرئيس عبد ربه منصور هادي"),
        target=("للمتمردين",),
        place=("منطقة العند", "العند", "مثلث العند"),
        date="2015-08-06",
        also=("تطهير",),
    ),
    E(
        "Battles/Armed clash",
        "المعارك المحتدمة",
        actor=("قوات الجيش اليمني الوطني", "قوات الجيش الوطني", "المقاومة الشعبية"),
        place=("أبين", "محافظتي أبين وتعز"),
    ),
    E(
        "Battles/Armed clash",
        "المعارك المحتدمة",
        actor=("قوات الجيش اليمني الوطني", "قوات الجيش الوطني", "المقاومة الشعبية"),
        place=("تعز", "محافظتي أبين وتعز"),
    ),
    E(
        "Battles/Government regains territory",
        "تحرير عدن",
        place=("عدن",),
        date="unknown",
    ),
    E(
        "Battles/Government regains territory",
        "السيطرة",
        at="وقد تمكنت",
        actor=("القوات والمقاومة", "القوات", "المقاومة"),
        target=("ميليشيات الحوثيين", "الحوثيين"),
        place=("معسكر لبوزة", "«معسكر لبوزة»", "كرش", "محافظة لحج", "لحج"),
        date="2015-08-06",
        fatalities=41,
        also=("مواجهات عنيفة", "مقتل نحو 40 مسلحًا"),
    ),
    E(
        "Strategic developments/Other",
        "صفقة تبادل أسرى",
        actor=("مسلحين من الفصائل الجنوبية", "الفصائل الجنوبية", "الصليب الأحمر الدولي"),
        target=("جماعة أنصار الله الحوثية", "أنصار الله"),
        place=("مطار عدن", "عدن", "مدينة عتق", "عتق"),
        date="2015-08-06",
        also=("وتضمنت الصفقة",),
    ),
]
F["snn-20150721-00041"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "انتزعت",
        actor=("المقاومة الشعبية الموالية للرئيس اليمني عبد ربه منصور هادي", "المقاومة الشعبية"),
        target=("ميليشيات المتمردين الحوثيين", "الحوثيين", "قوات حليفهم الرئيس السابق علي عبد الله صالح"),
        place=("حي التواهي", "التواهي", "مدينة عدن", "عدن"),
        fatalities=28,
        also=("معارك شرسة", "السيطرة على معظم حي التواهي", "استعادت", "المعارك في هذا الحي"),
    ),
    E(
        "Strategic developments/Arrests",
        "أسر",
        at="بينما ",
        actor=("المقاومة", "المقاومة الشعبية"),
        target=("40 حوثيا", "حوثيا"),
        place=("التواهي", "عدن"),
    ),
]
F["snn-20150810-01390"] = [
    E(
        "Battles/Government regains territory",
        "أحكمت",
        actor=("القوات الموالية للشرعية",),
        target=("الحوثيين",),
        place=("مدينة زنجبار", "زنجبار", "محافظة أبين", "أبين"),
        also=("دخلتها", "ومدينة زنجبار في أبين"),
    ),
    E(
        "Battles/Government regains territory",
        "سيطرت",
        at="بعد أن",
        actor=("القوات الموالية للشرعية",),
        place=("اللواء الخامس عشر",),
    ),
    E(
        "Strategic developments/Non-violent transfer of territory",
        "استعادت",
        actor=("قوات الشرعية",),
        target=("الانقلابيين",),
        place=("مدينة شقراء الساحلية", "شقراء"),
    ),
    E(
        "Battles/Armed clash",
        "المواجهات",
        at="محافظة إب",
        place=("منطقة يريم", "يريم", "محافظة إب", "إب"),
    ),
    E(
        "Battles/Government regains territory",
        "سيطرت",
        at="محافظة إب",
        actor=("قوات المقاومة الشعبية والجيش الوطني اليمني", "المقاومة الشعبية", "الجيش الوطني اليمني"),
        place=("منطقتي السدة وحزم العديد", "السدة", "حزم العديد", "الرضمة", "إب"),
    ),
    E(
        "Battles/Armed clash",
        "المعارك",
        at="وبينما استمرت",
        place=("تعز",),
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "اختطف",
        actor=("مسلحون تابعون لجماعة الحوثي", "جماعة الحوثي"),
        target=("10 من قياديي حزب التجمع اليمني للإصلاح", "حزب التجمع اليمني للإصلاح", "عبد الرزاق الأشول"),
        place=("العاصمة صنعاء", "صنعاء"),
    ),
    E(
        "Strategic developments/Change to group/activity",
        "انضمام",
        at="وأعلنت مصادر",
        actor=("اللواء 55 مدرع", "اللواء 55 مدرع التابع للحرس الجمهوري"),
        target=("القوات الموالية للشرعية",),
    ),
    E(
        "Battles/Government regains territory",
        "استعادة",
        at="واعتبر وزير",
        place=("قاعدة العند العسكرية", "العند", "محافظة لحج", "لحج"),
        date="unknown",
    ),
]
F["snn-20150808-00521"] = [
    E(
        "Diplomacy/Visit",
        "غادر",
        actor=("وفدًا سياسيًا تابعًا لمليشيات الحوثي والمخلوع صالح", "مليشيات الحوثي", "الحوثي"),
        place=("سلطنة عمان", "عمان"),
        date="2015-08-07",
        also=("نقلت",),
    ),
    E(
        "Diplomacy/Talks",
        "للتباحث",
        actor=("وفدًا سياسيًا تابعًا لمليشيات الحوثي والمخلوع صالح", "مليشيات الحوثي", "الحوثي"),
        target=("المبعوث الأممي إلى اليمن", "إسماعيل ولد الشيخ أحمد"),
        place=("سلطنة عمان", "عمان"),
        status="planned",
    ),
    E(
        "Battles/Government regains territory",
        "سيطر",
        at="وفي سياق متصل",
        actor=("الجيش الوطني والمقاومة الشعبية", "الجيش الوطني", "المقاومة الشعبية"),
        target=("مليشيات الحوثي", "قوات المخلوع صالح"),
        place=("معسكر لبوزة", "محافظة لحج", "لحج"),
        date="2015-08-07",
    ),
    E(
        "Battles/Government regains territory",
        "سيطر",
        at="كما سيطر",
        actor=("الجيش والمقاومة", "الجيش", "المقاومة"),
        place=("اللواء 15 ميكا",),
    ),
    E(
        "Battles/Government regains territory",
        "سيطر",
        at="كما سيطر",
        actor=("الجيش والمقاومة", "الجيش", "المقاومة"),
        place=("مدينة زنجبار", "زنجبار", "محافظة أبين", "أبين"),
    ),
    E(
        "Battles/Armed clash",
        "المواجهات",
        at="ارتفعت وتيرة",
        actor=("الجيش الوطني", "مقاتلي المقاومة الشعبية", "المقاومة"),
        target=("مليشيات الحوثي", "قوات المخلوع صالح"),
        place=("مدينة تعز", "تعز", "الحوبان", "صينة"),
        date="2015-08-07",
        also=("معارك عنيفة احتدمت", "معارك عنيفة دارت"),
    ),
]
F["snn-20150802-00397"] = [
    E(
        "Battles/Armed clash",
        "الاشتباكات",
        actor=("قوات مجلس شورى ثوار بنغازي", "مجلس شورى ثوار بنغازي", "أنصار الشريعة"),
        target=("القوات الخاصة الليبية «الصاعقة»", "الصاعقة", "القوات الخاصة الليبية"),
        place=("بنغازي", "بوعطني", "الليثي", "سي فرج الصابري"),
        fatalities=25,
        also=("الاشتباكات العنيفة",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرة",
        at="جاءت بعد",
        actor=("شباب درنة",),
        target=("تنظيم «داعش»", "داعش"),
        place=("الكورفات السبعة", "«الكورفات السبعة»", "المنطقة الجبلية", "درنة"),
    ),
    E(
        "Battles/Government regains territory",
        "السيطرة",
        at="حتى تمت",
        actor=("الكتيبة 102", "الجيش الليبي"),
        target=("عناصر تنظيم «داعش»", "داعش"),
        place=("بوابة الحيلة", "درنة"),
        also=("طرد",),
    ),
    E(
        "Battles/Armed clash",
        "المواجهات",
        at="وتابع صبراً",
        actor=("شباب الساحل الشرقي",),
        place=("محور عين بنت", "عين بنت", "درنة"),
    ),
    E(
        "Battles/Armed clash",
        "المعارك المسلحة",
        actor=("مجلس مقاتلي درنة وضواحيها", "مجلس مقاتلي درنة"),
        target=("تنظيم داعش", "داعش"),
        place=("مدينة درنة", "درنة"),
        fatalities=11,
        also=("المعركة التي سميت", "هذه المعارك"),
    ),
]


if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
