"""Source of tests/data/events_r37a.jsonl: the thirty-seventh blind event round, part r37a.

10 real articles (SaudiNewsNet politics, 2,897–3,942 characters): the lines of /work/brief/DRAW_r37.tsv
(the saved output of `python tests/data/events_round37_select.py`) whose first column is `r37a`
(selection = events_round37_select.py, seed 3737, part r37a). All 10 kept, none dropped; 1 negative.
Annotated by reading only (2026-11-29): the event coder was never run on these articles and no coder
output was read. Same format and guidelines as events_dev_source.py and events_fresh_source.py
(docs/events.md § Dev set); `build()` comes from events_dev_source.py (SaudiNewsNet articles by
reference + sha1).

Near-copies: none (first 80 normalised characters and shared word 8-grams, threshold 3, checked against
every tests/data/events_*.jsonl; the Iraqi reforms article 00098 shares one phrase, «ردا على احتجاجات
ضد الفساد والنقص في الخدمات», with r22c's snn-20150810-01614, a press review, not a copy).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r36c_source.py):
- al-Anad/Aden Katyusha (00265): Aden «التي حررتها القوات العسكرية الموالية لشرعية الرئيس» →
  *Government regains territory*, "unknown" (background, as r36a/r36c); al-Anad base «بعد تحرير» →
  *Government regains territory*, no date in the text (publication date), the «سيطرة … على قاعدة
  العند» and «وسيطرت على القاعدة الجوية» its mentions; the desert road and the village of al-Ashash
  «جرت السيطرة عليه» → a second *Government regains territory* (ambiguous: another place, same push);
  the rebels' Katyusha fire at Aden airport after the second plane (missed, fell in the sea) →
  *Shelling/artillery/missile attack*, "unknown" (ambiguous: «حاول … قصف» reads as fired and missed, not
  an attempt that never happened); the Saudi planes with 30 tons of aid → *Diplomacy/Aid*, "unknown";
  the Houthi militias' entry into al-Anad «مع الانقلاب» → historical *Non-state actor overtakes
  territory*, "unknown"; the habitual Katyusha fire «إلى وقت قريب», the US withdrawal (as r36c's British
  withdrawal) and the Soviet/British history are not coded;
- Yafa tribe (00452, opinion): Aden «تحررت … في الرابع عشر من يوليو» → *Government regains territory*
  2015-07-14, the Popular Resistance as actor (pro-government militia: ACLED's «government or its
  affiliates»); al-Dhale «قبل تحرير مدينة عدن تحررت الضالع» → historical *Government regains
  territory*, "unknown", no actor named; «بداية هجوم الحوثيين في مارس 2015م» on Aden → historical
  *Armed clash*, 2015-03 (ambiguous: an offensive named as a time anchor); Decisive Storm (a campaign),
  the evacuation of families, the tribe's arms purchases (a habit) and the 2011 revolution (a comparison)
  are not coded;
- Saudi diplomacy (02015, opinion): Mohammed bin Salman's visit to Russia → *Visit*, historical
  (18 June), "unknown"; the Saudi–Russian agreement on 16 reactors → *Diplomacy/Agreement*, historical,
  "unknown"; the Saudi/Gulf–French agreements (two reactors, arms deals, continued talks) →
  *Diplomacy/Agreement*, "unknown", reported (24 June is under 30 days before publication; ambiguous);
  the nuclear deal → *Diplomacy/Agreement*, "unknown" (as r30b/r33c); Russia's abstention on resolution
  2216 and the «opened lines of communication» are not coded;
- «الخاسر الأكبر» (01351, opinion): the Sudanese uprising of 1985 → *Peaceful protest*, historical, 1985
  (ambiguous, as r33b's 2009 Iranian uprising; r35c left Arab-Spring revolutions as argument); Swar
  al-Dahab's taking power and handing it over, and the Arab Spring rulers' losses are not coded;
- Turkey (00129, Monday 27 July; «يوم السبت» = 2015-07-25, «أمس» = 2015-07-26): the only clash «مطلع
  الأسبوع», a Turkish soldier killed by fire from ISIS groups across the Syrian border → *Armed clash*,
  2015-07, 1 dead; ISIS's claim «أمس» of destroying a PKK operations room in northern Syria →
  *Looting/property destruction* 2015-07-26 (ambiguous: could be an *Armed clash*; the announcement
  dates it, fresh call); the F-16s' strikes on ~400 PKK sites in northern Iraq → *Air/drone strike*
  (the earlier «الضربات الجوية … ضد معسكرات المنظمة شمال العراق» its mention); the border artillery on
  ISIS and PKK positions → *Shelling/artillery/missile attack*, place the border (the text names no
  country); the security sweep → *Arrests* 2015-07-25, the aggregate (371 in 25 provinces) coded for
  Ankara, the first place named (as r36a), with the Ankara suspect, the 26 detained and the woman
  suspected of a suicide plan as mentions; Istanbul's six PKK youth-wing members «مساء السبت» →
  *Arrests* 2015-07-25 (the seized pistol and molotovs part of it; the planned attack not coded);
  the Gaziantep/Malatya/Elazig raids with 28 arrested → one *Arrests* (one province list, one event);
  the PKK burning a dam site's machines in Sarıkamış (Kars) → *Looting/property destruction*; the
  molotov attack on two buses in Narlıdere (Izmir), no one hurt → *Looting/property destruction*
  (ambiguous: *Riots/Mob violence*); the Turkish campaign itself and the «مناوشات» are not coded;
- Iraqi Sunni alliance (00137): negative — Jubouri's meetings with the alliance's bloc («أمس») and with
  the Anbar governor are domestic meetings (not coded, as r20a/r25c/r32c; ambiguous), the Anbar
  operations are ongoing, ISIS's killings generic;
- Lahj/Taiz (00679, Wednesday 22 July; «امس» = 2015-07-21, «الاثنين» = 2015-07-20): the al-Anad/Bala
  clashes → *Armed clash*, 31 dead (22 Houthi/Saleh + 9 Resistance), the coalition's «اسناد جوي» not
  coded apart; the coalition raids «امس» on al-Anad base and Labouza camp → *Air/drone strike*
  2015-07-21, the raid on Sanah north of al-Dhale → a second (another province); the Resistance's
  advance on Aden's northern outskirts «في مواجهة المتمردين» → *Armed clash* (ambiguous); the three-day
  raids on positions north of Aden («عشرات» dead, no number) → *Air/drone strike*, no actor named; the
  Houthis' expulsion from Aden «قبل دحرهم من قبل المقاومة» → *Government regains territory*, "unknown"
  (background, one per article); the UAE ship «امس» → *Diplomacy/Aid* 2015-07-21, the WFP ship at the
  oil port → *Diplomacy/Aid* 2015-07-21 (as r36b dates it); the Houthi/Saleh shelling of Taiz's
  neighbourhoods late Monday → *Shelling* 2015-07-20, 2 civilians dead; the army with the Resistance
  taking positions near the central prison → *Government regains territory* 2015-07-20; the clashes in
  Hawdh al-Ashraf, al-Bareed, al-Jumhuri and al-Dhabab → *Armed clash* 2015-07-20, 15 dead (8 + 7, «خلال
  مواجهات دارت على عدة جبهات» read as Taiz's clashes); the tank fire on the telecoms office from Tha'bat →
  a second *Shelling* (publication date; ambiguous: could be a mention of the Taiz shelling); the
  Resistance hitting Houthi reinforcements north of al-Qaida (Ibb) late Monday → *Armed clash*
  2015-07-20; the coalition raids «امس» at al-Jufaina and Tabbat al-Difa west of Marib → *Air/drone
  strike* 2015-07-21; the continuing Marib clashes → *Armed clash* (publication date); the car bomb at
  Houthi leader Ihab al-Kahlani's house in al-Jiraf (Sanaa) Monday evening → *Remote explosive/landmine/
  IED* 2015-07-20, 4 dead; the coalition raids «في مناطق مختلفة من اليمن» (no place), the combing
  campaigns, the siege, the earlier UAE ships and the expected UAE ship are not coded;
- Maliki (00415, opinion): the army's flight from Mosul handing its weapons to ISIS → historical *Non-
  state actor overtakes territory*, "unknown" (ambiguous: r36c read «سلمهم الموصل» as rhetoric; here a
  named incident); the 2003 invasion (a time anchor, as r36a) and the corruption charges are not coded;
- Iraqi reforms (00098): the protests against corruption and services («موجة احتجاجات للأسبوع الثاني»)
  → one *Peaceful protest*, Iraq, publication date (as r32b/r33b); the cabinet's reforms, Sistani's call
  and Maliki's statement are not events;
- Suez Canal (00146): Egypt's 5.2-billion-dollar arms deal with France «في فبراير الماضي» → *Diplomacy/
  Agreement*, historical, 2015-02 (as r36b's arms deal; ambiguous); the planned opening, the Rafale
  flyover, the frigate's arrival, France's participation in coalition strikes (ongoing) and Egypt's war
  on terrorism in Sinai (generic) are not coded.

Run: python tests/data/events_r37a_source.py   (writes events_r37a.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r37a.jsonl")

LOYAL = ("القوات العسكرية الموالية لشرعية الرئيس عبد ربه منصور هادي", "القوات العسكرية الموالية")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150806-00265"] = [
    E(
        "Battles/Government regains territory",
        "حررتها",
        actor=(*LOYAL, "دول تحالف «إعادة الأمل»"),
        place=("مدينة عدن", "عدن"),
        date="unknown",
        also=("بعد تحريرهم مدينة عدن",),
    ),
    E(
        "Battles/Government regains territory",
        "تحرير",
        at="وذلك بعد تحرير",
        actor=(*LOYAL, "قوات التحالف"),
        target=("المتمردون على الشرعية", "المسلحون المتمردون", "الحوثيون"),
        place=("قادة العند", "قاعدة العند", "العند"),
        also=("سيطرة القوات العسكرية الموالية", "وسيطرت على القاعدة الجوية"),
    ),
    E(
        "Battles/Government regains territory",
        "جرت السيطرة عليه",
        actor=("القوات العسكرية الموالية لشرعية الرئيس هادي", "القوات العسكرية الموالية"),
        place=("قرية العشش", "العشش", "الطريق الصحراوي"),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصف مطار عدن الدولي",
        actor=("المسلحون المتمردون", "الحوثيون", "أتباع المخلوع صالح"),
        target=("مطار عدن الدولي",),
        place=("مطار عدن الدولي", "مطار عدن", "عدن"),
        date="unknown",
    ),
    E(
        "Diplomacy/Aid",
        "وصلت إلى مطار عدن",
        actor=("الطائرات السعودية", "طائرتين سعوديتين", "السعودية"),
        place=("مطار عدن", "عدن"),
        date="unknown",
        also=("وصول طائرتين سعوديتين", "وصول الطائرة الثانية"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "دخول الميليشيات الحوثية",
        actor=("الميليشيات الحوثية",),
        place=("قاعدة العند", "العند"),
        date="unknown",
        status="historical",
    ),
]
F["snn-20150726-00452"] = [
    E(
        "Battles/Government regains territory",
        "تحررت",
        actor=("المقاومة الشعبية", "قبيلة يافع"),
        target=("الحوثيين", "الانقلابيين الحوثيين"),
        place=("مدينة عدن", "عدن"),
        date="2015-07-14",
        also=("حسم المعركة", "تحرير مدينة عدن"),
    ),
    E(
        "Battles/Government regains territory",
        "تحررت الضالع",
        place=("الضالع",),
        date="unknown",
        status="historical",
    ),
    E(
        "Battles/Armed clash",
        "هجوم الحوثيين",
        actor=("الحوثيين",),
        place=("مدينة عدن", "عدن"),
        date="2015-03",
        status="historical",
    ),
]
F["snn-20150721-02015"] = [
    E(
        "Diplomacy/Visit",
        "بزيارة",
        actor=("ولي ولي العهد السعودي",),
        place=("روسيا",),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Agreement",
        "للاتفاق السعودي مع روسيا",
        actor=("السعودي", "السعودية"),
        target=("روسيا",),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Agreement",
        "الاتفاق النهائي",
        actor=("الولايات المتحدة",),
        target=("إيران", "الإيراني"),
        date="unknown",
    ),
    E(
        "Diplomacy/Agreement",
        "بتوقيع اتفاقات نوعية",
        actor=("السعودية", "دول الخليج"),
        target=("فرنسا",),
        date="unknown",
        also=("الاتفاق على بناء مفاعلين نووين",),
    ),
]
F["snn-20150731-01351"] = [
    E(
        "Protests/Peaceful protest",
        "انتفاضة 1985",
        place=("البلاد", "السوداني"),
        date="1985",
        status="historical",
    ),
]
F["snn-20150727-00129"] = [
    E(
        "Battles/Armed clash",
        "الاشتباك الوحيد",
        actor=("التنظيم", "تنظيم داعش", "داعش", "مجموعات"),
        target=("جندي تركي",),
        place=("الحدود مع سوريا", "سوريا"),
        date="2015-07",
        fatalities=1,
    ),
    E(
        "Strategic developments/Looting/property destruction",
        "تدمير غرفة عمليات",
        actor=("التنظيم", "تنظيم داعش", "داعش"),
        target=("الكردستاني", "حزب العمال الكردستاني"),
        place=("شمال سوريا",),
        date="2015-07-26",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصفت",
        at="بينما قصفت",
        actor=("الطائرات التركية", "تركيا", "أنقرة", "القوات التركية"),
        target=("العمال الكردستاني",),
        place=("شمال العراق",),
        also=("الضربات الجوية التي وجهتها القوات التركية",),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "ضربت مواقع",
        actor=("القوات البرية",),
        target=("داعش", "العمال الكردستاني"),
        place=("الحدود",),
    ),
    E(
        "Strategic developments/Arrests",
        "حملتها الأمنية",
        actor=("أنقرة", "فرق الأمن التركية", "الأمن التركي"),
        target=("عناصر التنظيمين", "371 شخصا", "مناصري «الكردستاني» و«داعش»"),
        place=("العاصمة أنقرة", "أنقرة", "تركيا"),
        date="2015-07-25",
        also=(
            "عملياته النشطة",
            "ألقت فرق الأمن التركية القبض",
            "وضبطت فرق الأمن",
            "القبض على سيدة",
            "عدد الموقوفين في العاصمة أنقرة",
        ),
    ),
    E(
        "Strategic developments/Arrests",
        "أوقفت",
        at="كما أوقفت",
        actor=("قوات الأمن التركية", "قوات الأمن"),
        target=("ستة أشخاص", "الذراع الشبابية لمنظمة «ب.ك.ك»"),
        place=("مدينة إسطنبول", "إسطنبول"),
        date="2015-07-25",
        also=("أوقفت 6 أشخاص",),
    ),
    E(
        "Strategic developments/Arrests",
        "شنت تلك الحملات",
        actor=("فرق إدارة مكافحة الإرهاب", "مديرية أمن الولاية"),
        target=("28 شخصًا",),
        place=("غازي عنتاب", "ملاطيا", "إليزاغ"),
        also=("إلقاء القبض على 28 شخصًا",),
    ),
    E(
        "Strategic developments/Looting/property destruction",
        "إحراق أربع معدات",
        actor=("عناصر من تنظيم «الكردستاني»", "الكردستاني"),
        target=("أربع معدات",),
        place=("صاري قامش", "قارص"),
        also=("وأحرقوا إحدى الآلات",),
    ),
    E(
        "Strategic developments/Looting/property destruction",
        "لهجوم",
        at="وتعرضت حافلتان",
        actor=("مجهولون",),
        target=("حافلتان للنقل العام", "حافلتان"),
        place=("نارلي دره", "إزمير"),
        also=("أحرق مجهولون إحداهما",),
    ),
]
F["snn-20150727-00137"] = []  # Iraqi Sunni alliance: domestic meetings, ongoing Anbar operations, aims
F["snn-20150722-00679"] = [
    E(
        "Battles/Armed clash",
        "المواجهات الدائرة",
        actor=("المقاومة الشعبية", "المقاومة"),
        target=("الحوثيين", "القوات الموالية للرئيس المخلوع علي عبدالله صالح", "قوات صالح"),
        place=("منطقة العند", "العند", "محافظة لحج", "لحج", "بلة"),
        fatalities=31,
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات جوية",
        at="يأتي هذا فيما شنت",
        actor=("مقاتلات تابعة للتحالف العربي", "التحالف العربي"),
        target=("قاعدة العند الجوية", "معسكر لبوزة"),
        place=("قاعدة العند الجوية", "معسكر لبوزة", "محافظة لحج", "لحج"),
        date="2015-07-21",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "استهدفت طائرات التحالف العربي",
        actor=("طائرات التحالف العربي", "التحالف العربي"),
        place=("منطة سناح", "سناح", "مدينة الضالع", "الضالع"),
        date="2015-07-21",
    ),
    E(
        "Battles/Armed clash",
        "أحرزوا تقدما ميدانيا",
        actor=("مقاتلي المقاومة الشعبية", "المقاومة الشعبية"),
        target=("المتمردين الحوثيين", "قوات صالح"),
        place=("محافظة عدن", "عدن", "لحج"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات جوية مستمرة",
        target=("عشرات المتمردين", "المتمردين"),
        place=("شمال مدينة عدن", "مدينة عدن", "عدن"),
    ),
    E(
        "Diplomacy/Aid",
        "ووصلت امس سفينة إماراتية",
        actor=("سفينة إماراتية", "دولة الإمارات", "الإمارات"),
        place=("ميناء عدن الرئيسي", "ميناء عدن", "عدن"),
        date="2015-07-21",
    ),
    E(
        "Battles/Government regains territory",
        "دحرهم",
        actor=("المقاومة",),
        target=("الحوثيين",),
        place=("المدينة", "عدن"),
        date="unknown",
    ),
    E(
        "Diplomacy/Aid",
        "رست",
        actor=("برنامج الغذاء العالمي",),
        place=("ميناء الزيت في عدن", "ميناء الزيت", "عدن"),
        date="2015-07-21",
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصف المتمردون الحوثيون",
        actor=("المتمردون الحوثيون", "الحوثيين", "قوات صالح"),
        target=("الأحياء السكنية", "مدنيان", "مدينة تعز"),
        place=("مدينة تعز", "تعز"),
        date="2015-07-20",
        fatalities=2,
        also=(
            "قصفت في وقت متأخر من الاثنين",
            "القصف العشوائي",
            "قصف حوثي على أحياء سكنية",
            "قصف عشوائي للحوثين",
        ),
    ),
    E(
        "Battles/Government regains territory",
        "سيطر الجيش الوطني",
        actor=("الجيش الوطني", "قوات الجيش الوطني", "المقاومة الشعبية"),
        place=("السجن المركزي", "منطقة عقاقة", "تعز"),
        date="2015-07-20",
        also=("تمت السيطرة على مواقع بجوار السجن", "تقدمت في بعض الجبهات"),
    ),
    E(
        "Battles/Armed clash",
        "ووقعت اشتباكات",
        actor=("عناصر المقاومة الشعبية", "المقاومة الشعبية"),
        target=("الحوثيين", "قوات صالح"),
        place=("حوض الأشراف", "البريد", "الجمهوري", "الضباب", "مدينة تعز", "تعز"),
        date="2015-07-20",
        fatalities=15,
        also=("مواجهات دارت على عدة جبهات",),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "باستهداف مكتب الاتصالات",
        actor=("جماعة الحوثيين المسلحة", "العناصر الموالية لصالح"),
        target=("مكتب الاتصالات",),
        place=("منطقة ثعبات", "ثعبات", "تعز"),
        also=("القصف أسفر عن انقطاع",),
    ),
    E(
        "Battles/Armed clash",
        "استهدفوا",
        at="مسلحين من المقاومة الشعبية بالمحافظة",
        actor=("مسلحين من المقاومة الشعبية", "المقاومة الشعبية"),
        target=("تعزيزات حوثية", "الحوثيين"),
        place=("مدينة القاعدة", "القاعدة", "مدينة اب", "اب"),
        date="2015-07-20",
        also=("الاستهداف",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصفت الطائرات المقاتلة",
        actor=("الطائرات المقاتلة التابعة للتحالف العربي", "التحالف العربي"),
        target=("مواقع للحوثيين", "الحوثيين"),
        place=("جبهة الجفينة", "تبة الدفاع", "مأرب"),
        date="2015-07-21",
    ),
    E(
        "Battles/Armed clash",
        "تواصلت المواجهات",
        place=("مارب", "مأرب"),
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "هجوم بسيارة مفخخة",
        target=("منزل قيادي حوثي", "ايهاب الكحلاني", "اربعة حوثيين"),
        place=("حي الجراف الغربي", "حي الجراف", "العاصمة صنعاء", "صنعاء"),
        date="2015-07-20",
        fatalities=4,
        also=("الهجوم استهدف منزل القيادي",),
    ),
]
F["snn-20150727-00415"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "الهروب من أرض المعركة",
        actor=("مليشيات داعش", "داعش"),
        target=("الجيش والشرطة", "الجيش"),
        place=("الموصل",),
        date="unknown",
        status="historical",
        also=("حادثة الهروب من الموصل",),
    ),
]
F["snn-20150809-00098"] = [
    E(
        "Protests/Peaceful protest",
        "احتجاجات ضد الفساد",
        actor=("المتظاهرون",),
        target=("الحكومة",),
        place=("العراق", "مدن العراق"),
        also=("موجة احتجاجات", "للمظاهرات"),
    ),
]
F["snn-20150725-00146"] = [
    E(
        "Diplomacy/Agreement",
        "صفقة عسكرية",
        actor=("مصر",),
        target=("فرنسا",),
        date="2015-02",
        status="historical",
    ),
]


if __name__ == "__main__":
    print(build(F, OUT), "articles ->", OUT)
