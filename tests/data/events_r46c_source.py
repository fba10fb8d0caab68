"""Source of tests/data/events_r46c.jsonl: the forty-sixth blind event round, part r46c.

8 real articles (SaudiNewsNet politics, 4,115–5,221 characters): the lines of /work/brief/DRAW_r46.tsv
(the saved output of `python tests/data/events_round46_select.py`) whose first column is `r46c`
(selection = events_round46_select.py, seed 4646, part r46c). All 8 kept, none dropped; 1 negative
(01518). Annotated by reading only (2026-11-29): the event coder was never run on these articles and no
coder output was read. Same format and guidelines as events_dev_source.py and events_fresh_source.py
(docs/events.md § Dev set); `build()` comes from events_dev_source.py (SaudiNewsNet articles by
reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three or more
12-word runs with an article of another tests/data/events_*.jsonl set (checked 2026-11-29, before the
other parts of round 46 were committed). Same happenings in other words: the liberation of Aden, Bahah's
Aden visit of 1 August (r8a, r10a, …), the nuclear deal, MBS's Cairo visit and the Cairo Declaration
(r38b, r41b), the Camp David summit and accords, the Doha meetings, Meshaal's Saudi visit.

Choices (the last rounds' calls followed):
- Aden ships (00111): the directive to the ships and the hospital's reopening are not coded; the
  liberation of Aden «ثلاثة أسابيع» before → *Government regains territory* 2015-07 (the «سيطرت على مدينة
  عدن» of the army and Resistance its `also`); their widening control toward Lahj and Abyan → one
  *Government regains territory* (both provinces and Zinjibar accepted; ambiguous: vague, could be two);
  the imminent attack on al-Anad «لتحريرها» → *Government regains territory*, planned (ambiguous: a
  forecast of sources); Bahah's visit «السبت الماضي» → *Diplomacy/Visit* 2015-08-01 (as r8a/r10a); the
  Karsh clashes → *Armed clash* («عشرات» dead: no number); the landmine blasts north of Aden → *Remote
  explosive/landmine/IED*, 9 dead (the repeated paragraph its `also`); the battle at al-Masaymir →
  *Armed clash* («المعارك ما زالت مستمرة» its `also`); the Houthi takeover of the district after the war
  began → *Non-state actor overtakes territory*, historical, "unknown", and its retaking by the
  Resistance a month later → *Non-state actor overtakes territory*, historical (the Resistance acting,
  as fresh; «معارك ضارية» its `also`); the militias' entry into Aden → *Non-state actor overtakes
  territory*, historical, "unknown" (a time reference; ambiguous); the UAE-bought power station and
  the UAE Red Crescent's running it and 54 MW more → one *Diplomacy/Aid* (ambiguous: two gifts); the
  sieges of al-Anad and Labouza (a state, as earlier rounds), the opening of the station and the
  earlier agreement on generators (the same aid) are not coded;
- Taiz (00143): the Taiz fighting → *Armed clash*; the Houthi shelling of Bab Musa, al-Rawda and
  al-Jumhuri → one *Shelling*, 5 dead (one city; the «مدافع» sentence its `also`); the Resistance taking
  positions in Jabal Sabir and al-Dhabab → *Non-state actor overtakes territory*; luring a Houthi patrol
  in al-Ta'iziyah and capturing its men → *Arrests* (captures, as r42c; ambiguous: could be a clash);
  the Marib victories → *Non-state actor overtakes territory* (the Resistance backed by the army; the
  later «سيطرة المقاومة على مواقع عدة» its `also`); the six coalition strikes «مساء أول من أمس» → two
  *Air/drone strike* 2015-08-07, al-Jufaina and al-Mukhdara; the chief of staff's and governor's tour
  of units in Marib → *Diplomacy/Visit* (as r45c's inspection); the killing of Mohammed Wabel in Hajjah
  → *Violence against civilians/Attack*, 1 dead; the Tihama Resistance ambush near Abu Dawar «صباح
  أمس» → *Armed clash* 2015-08-08; the cut supply road, the elders' meeting in Bani (a local gathering,
  ambiguous), the possible ground operation and al-Aji's statements are not coded;
- «tribute to our mujahideen» (01518, opinion, negative): the mobilisation, the Houthi founder and the
  Mahdi prophecy are background;
- ISIS violence column (00432, opinion): the Iraqi jailing of thousands of Iranians after 1979 →
  *Arrests*, historical, "unknown" (the deportation is not an event type; ambiguous); the killing of
  Hamza al-Khatib → *Attack*, historical, "unknown"; the Kurdish militias retaking the Mosul Dam →
  *Non-state actor overtakes territory*, historical; the 600 women abducted by ISIS found there →
  *Abduction/forced disappearance*, historical; ISIS attacking the Yazidi camps in Jabal Sinjar →
  *Attack* and abusing children there → *Sexual violence*, historical (all "unknown"); generic torture,
  trafficking, child marriage and the regimes' practices are not coded;
- Sykes–Picot column (00554, opinion): the Sykes–Picot agreement → *Diplomacy/Agreement*, historical,
  "unknown"; the nuclear deal → *Agreement*, "unknown" (as r36c/r40c/r45c); the US invasion of Iraq
  (as r41a/r41c), Decisive Storm, Iran's moves in Iraq, Lenin and al-Jubeir's warning are not coded;
- Cairo Declaration column (00086, opinion): the Sirte summit of autumn 2010 → *Diplomacy/Meeting*,
  historical, 2010; MBS's visit to Cairo → *Diplomacy/Visit* (publication date; the later «زيارة»
  mentions its `also`) and the Cairo Declaration → *Diplomacy/Agreement* (as r41b); the Saudi reception
  of Khaled Meshaal → *Visit*, "unknown" (as the earlier Meshaal call; ambiguous); the Camp David
  summit → *Meeting*, historical, "unknown" (as r15b/r20c) and the Doha meetings → *Meeting*, "unknown";
  the Khartoum conference after 1967 → *Meeting*, historical, 1967; the Camp David accords → *Agreement*,
  historical, "unknown"; the Yemen proxy war, the 1967 and 1973 wars (whole wars), the Arab Spring and
  Riyadh's mediation between Cairo and Ankara are not coded;
- reply to Zarif (02645, opinion): the nuclear deal → *Agreement*, "unknown"; the demolition of the only
  Sunni prayer hall (in Tehran) «قبل أيام» → *Looting/property destruction*, "unknown"; the Khobar bombing
  → *Remote explosive/landmine/IED*, historical, "unknown" (the Hajj bombing attempts: vague, not coded);
  the 1996 security agreement → *Diplomacy/Agreement*, historical, 1996 (the text's year); Zarif's
  article, the Alawite militia and the Houthi use are not coded;
- Nixon column (00556, opinion): Obama's nuclear deal → *Agreement*, "unknown"; Nixon's 1972 visit to
  China → *Diplomacy/Visit*, historical, 1972; Moscow's 1972 arms-control treaty → *Agreement*,
  historical, 1972; the Soviet invasion of Afghanistan in December 1979 → *Non-state actor overtakes
  territory*, historical, 1979-12 (as the invasion calls of r40c/r41b); Vietnam, Nixon's resignation
  and Reagan's critique are not coded.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r46c.jsonl")

F: dict[str, list[dict]] = {}

F["snn-20150803-00111"] = [  # Yemeni government redirects ships to Aden; Lahj fighting; landmines
    E(
        "Battles/Government regains territory",
        "تحرير المدينة",
        actor=("المقاومة والجيش الوطني", "المقاومة", "الجيش الوطني"),
        target=("ميليشيات الحوثي وصالح", "ميليشيات الحوثي"),
        place=("عدن", "مدينة عدن"),
        date="2015-07",
        also=("سيطرت على مدينة عدن",),
    ),
    E(
        "Diplomacy/Visit",
        "زيارة نائب الرئيس",
        actor=("خالد بحاح", "بحاح", "نائب الرئيس رئيس الحكومة"),
        place=("المدينة", "عدن"),
        date="2015-08-01",
    ),
    E(
        "Battles/Government regains territory",
        "وسعت سيطرتها",
        actor=("المقاومة والجيش الوطني", "المقاومة", "الجيش الوطني"),
        place=("محافظتي لحج وأبين", "لحج", "أبين", "زنجبار"),
    ),
    E(
        "Battles/Government regains territory",
        "هجوما وشيكا",
        actor=("الجيش والمقاومة", "الجيش", "المقاومة"),
        target=("الميليشيات الحوثية", "قوات الرئيس المخلوع"),
        place=("قاعدة العند", "العند"),
        status="planned",
    ),
    E(
        "Battles/Armed clash",
        "اشتباكات عنيفة",
        actor=("المقاومة",),
        target=("قوات الحرس الجمهوري", "ميليشيات الحوثي", "الحرس الجمهوري"),
        place=("منطقة كرش", "كرش", "لحج"),
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "انفجار ألغام أرضية",
        actor=("ميليشيات الحوثي وصالح", "ميليشيات الحوثي"),
        target=("9 أشخاص", "مدنيين"),
        place=("شمال عدن", "عدن"),
        fatalities=9,
        also=("آخرون إثر تعرضهم لانفجار ألغام أرضية",),
    ),
    E(
        "Battles/Armed clash",
        "المعركة المحتدمة",
        actor=("المقاومة",),
        target=("ميليشيات الحوثي وصالح", "ميليشيات الحوثي"),
        place=("المسيمير", "جبهة المسيمير"),
        also=("المعارك ما زالت مستمرة",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرت على المديرية",
        actor=("ميليشيات الحوثي وقوات الرئيس صالح", "ميليشيات الحوثي"),
        place=("المسيمير",),
        date="unknown",
        status="historical",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "إجبارها على الانسحاب",
        actor=("المقاومة",),
        target=("ميليشيات الحوثي وقوات الرئيس صالح", "ميليشيات", "الميليشيات"),
        place=("المسيمير",),
        date="unknown",
        status="historical",
        also=("معارك ضارية",),
    ),
    E(
        "Diplomacy/Aid",
        "تم شراؤها",
        actor=("حكومة دولة الإمارات العربية المتحدة", "الإمارات", "الهلال الأحمر الإماراتي"),
        place=("عدن",),
        also=("تكفل بتوفير طاقة كهربائية إضافية",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "دخول الميليشيات عدن",
        actor=("الميليشيات",),
        place=("عدن",),
        date="unknown",
        status="historical",
    ),
]

F["snn-20150809-00143"] = [  # Taiz fighting and shelling; Marib; Hajjah
    E(
        "Battles/Armed clash",
        "تحتدم المعارك",
        actor=("المقاومة الموالية للشرعية", "المقاومة"),
        target=("جماعة الحوثي", "الحوثي", "علي عبد الله صالح"),
        place=("مدينة تعز", "تعز"),
        also=("تشتد المواجهات",),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصف عدة أحياء سكنية",
        actor=("الميليشيات المتمردة", "المسلحين الحوثيين", "ميليشيات الحوثي وصالح"),
        target=("أحياء سكنية", "المدنيين"),
        place=("تعز", "باب موسى", "الروضة", "الجمهوري"),
        fatalities=5,
        also=("قصفوا بشكل عشوائي", "استهدفت المدنيين والأسواق العامة"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "السيطرة على عدد من المواقع",
        actor=("مسلحي المقاومة", "المقاومة"),
        target=("جماعة الحوثي",),
        place=("جبل صبر", "منطقة الضباب", "الضباب", "تعز"),
    ),
    E(
        "Strategic developments/Arrests",
        "استدراج دورية عسكرية",
        actor=("المقاومة",),
        target=("أفرادها", "دورية عسكرية", "الحوثيين"),
        place=("مديرية التعزية", "التعزية"),
        also=("وأسرت أفرادها",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "انتصارات",
        actor=("المقاومة الشعبية", "المقاومة", "الجيش الوطني"),
        target=("ميليشيات الحوثي وصالح", "ميليشيات الحوثي"),
        place=("محافظة مأرب", "مأرب"),
        also=("وسيطرة المقاومة على مواقع عدة",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "شن غاراتها",
        actor=("طائرات التحالف", "التحالف"),
        target=("مواقع للحوثيين", "الحوثيين"),
        place=("الجفينة", "مأرب"),
        date="2015-08-07",
        also=("ثلاث غارات على مواقع للحوثيين",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "ثلاث أخرى",
        actor=("طائرات التحالف", "التحالف"),
        target=("مواقع للحوثيين", "الحوثيين"),
        place=("المخدرة", "مأرب"),
        date="2015-08-07",
    ),
    E(
        "Diplomacy/Visit",
        "زيارة لبعض الوحدات العسكرية",
        actor=("محمد علي المقدشي", "المقدشي", "سلطان بن علي العرادة", "عبد الرب الشدادي"),
        place=("مأرب",),
        also=("هذه الزيارة التفقدية",),
    ),
    E(
        "Violence against civilians/Attack",
        "اغتيال أحد الأهالي",
        actor=("المسلحين الحوثيين", "الحوثيين"),
        target=("محمد وابل", "أحد الأهالي"),
        place=("محافظة حجة", "حجة"),
        fatalities=1,
        also=("جريمة الاغتيال",),
    ),
    E(
        "Battles/Armed clash",
        "نفذت كمينًا",
        actor=("المقاومة الشعبية التهامية", "المقاومة"),
        target=("المسلحين الحوثيين", "الحوثيين"),
        place=("أبو دوار", "محافظة حجة", "حجة"),
        date="2015-08-08",
    ),
]

F["snn-20150722-01518"] = []  # opinion: tribute to the soldiers on the southern border (no event)

F["snn-20150725-00432"] = [  # opinion: ISIS's physical and sexual violence
    E(
        "Strategic developments/Arrests",
        "إيداع آلاف آخرين في السجون",
        actor=("السلطات العراقية",),
        target=("إيراني",),
        date="unknown",
        status="historical",
    ),
    E(
        "Violence against civilians/Attack",
        "قتلهم",
        at="أمام ذويهم",
        actor=("النظام السوري",),
        target=("حمزة الخطيب", "الأطفال القُصَّر"),
        date="unknown",
        status="historical",
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "مخطوفة",
        at="600 سيدة",
        actor=("التنظيم",),
        target=("600 سيدة",),
        place=("سدّ الموصل",),
        date="unknown",
        status="historical",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "استرداد",
        at="600 سيدة",
        actor=("الميليشيات الكردية", "الميليشيات"),
        place=("سدّ الموصل", "الموصل"),
        date="unknown",
        status="historical",
    ),
    E(
        "Violence against civilians/Sexual violence",
        "الاعتداء على العديد من الأطفال",
        actor=("أعضاء التنظيم", "التنظيم"),
        target=("الأطفال", "العديد من الأطفال"),
        place=("جبل سنجار", "سنجار"),
        date="unknown",
        status="historical",
    ),
    E(
        "Violence against civilians/Attack",
        "مهاجمة مخيمات الإيزيديين",
        actor=("أعضاء التنظيم", "التنظيم"),
        target=("مخيمات الإيزيديين", "الإيزيديين"),
        place=("جبل سنجار", "سنجار"),
        date="unknown",
        status="historical",
    ),
]

F["snn-20150721-00554"] = [  # opinion: Iran and the Sykes-Picot of minorities
    E(
        "Diplomacy/Agreement",
        "اتفاقية سايكس - بيكو",
        actor=("فرنسا", "بريطانيا"),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Agreement",
        "الاتفاق النووي مع الغرب",
        actor=("طهران", "إيران"),
        target=("الغرب",),
        date="unknown",
    ),
]

F["snn-20150807-00086"] = [  # opinion: the Cairo Declaration
    E(
        "Diplomacy/Meeting",
        "أعمال القمة العربية",
        actor=("سعود الفيصل", "الفيصل"),
        place=("سرت",),
        date="2010",
        status="historical",
    ),
    E(
        "Diplomacy/Visit",
        "زيارة ولي ولي العهد السعودي",
        actor=("الأمير محمد بن سلمان بن عبد العزيز", "محمد بن سلمان", "ولي ولي العهد السعودي"),
        place=("القاهرة",),
        also=(
            "زيارة الأمير محمد إلى القاهرة",
            "وزيارة الأمير محمد بن سلمان في سياقات",
            "زيارة الأمير محمد بن سلمان إلى أرض الكنانة",
        ),
    ),
    E(
        "Diplomacy/Agreement",
        "إعلان القاهرة",
        actor=("السعودية", "المملكة", "السعودي"),
        target=("مصر", "المصري"),
        place=("القاهرة",),
    ),
    E(
        "Diplomacy/Visit",
        "استقبال رئيس المكتب السياسي لحماس",
        actor=("خالد مشعل", "حماس"),
        target=("سعودي", "السعودية"),
        date="unknown",
    ),
    E(
        "Diplomacy/Meeting",
        "كامب ديفيد",
        at="الحوار الاستراتيجي",
        actor=("الرياض", "السعودية"),
        target=("واشنطن",),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Meeting",
        "لقاءات الدوحة",
        place=("الدوحة",),
        date="unknown",
    ),
    E(
        "Diplomacy/Meeting",
        "مؤتمر الخرطوم",
        actor=("المملكة",),
        target=("القاهرة",),
        place=("الخرطوم",),
        date="1967",
        status="historical",
    ),
    E(
        "Diplomacy/Agreement",
        "اتفاق كامب ديفيد",
        actor=("أنور السادات", "السادات"),
        target=("إسرائيل",),
        date="unknown",
        status="historical",
    ),
]

F["snn-20150806-02645"] = [  # opinion: reply to Zarif's article
    E(
        "Diplomacy/Agreement",
        "توقيع الاتفاق النووي",
        actor=("إيران",),
        target=("واشنطن",),
        date="unknown",
    ),
    E(
        "Strategic developments/Looting/property destruction",
        "هدم مصلى السنة الوحيد",
        actor=("طهران",),
        target=("مصلى السنة",),
        place=("طهران",),
        date="unknown",
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "تفجير الخبر",
        place=("الخبر",),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Agreement",
        "وقعت المملكة",
        actor=("المملكة",),
        target=("إيران",),
        date="1996",
        status="historical",
    ),
]

F["snn-20150721-00556"] = [  # opinion: Nixon's shadow over the nuclear deal
    E(
        "Diplomacy/Agreement",
        "أبرم اتفاقًا",
        actor=("الرئيس أوباما", "أوباما"),
        target=("إيران",),
        date="unknown",
    ),
    E(
        "Diplomacy/Visit",
        "زيارة ريتشارد نيكسون للصين",
        actor=("ريتشارد نيكسون", "نيكسون"),
        place=("الصين",),
        date="1972",
        status="historical",
    ),
    E(
        "Diplomacy/Agreement",
        "وقعت موسكو",
        actor=("موسكو",),
        target=("الولايات المتحدة",),
        date="1972",
        status="historical",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "الغزو السوفياتي لأفغانستان",
        actor=("السوفياتي",),
        place=("أفغانستان",),
        date="1979-12",
        status="historical",
    ),
]


if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
