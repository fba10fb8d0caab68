"""Source of tests/data/events_r38c.jsonl: the thirty-eighth blind event round, part r38c.

10 real articles (SaudiNewsNet politics, 2,716–3,966 characters): the lines of /work/brief/DRAW_r38.tsv
(the saved output of `python tests/data/events_round38_select.py`) whose first column is `r38c`
(selection = events_round38_select.py, seed 3838, part r38c). All 10 kept, none dropped. Annotated by
reading only (2026-11-29): the event coder was never run on these articles and no coder output was read.
Same format and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set);
`build()` comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) with an article of
another tests/data/events_*.jsonl set; snn-20150802-00949 (Bahah in Aden) shares five 12-word runs (Bahah's
quotes and the second plane of officials) with r32b's snn-20150802-01107, another report of the same
visit in other words (not a near-copy; scored with the rest). Same happenings in other words: Bahah's
return to Aden (r32b, r33b), the Houthi house arrest of Bahah and their takeover of Sanaa (r33b), the
liberation of Aden (many rounds), the Istanbul/Şırnak attacks of 10 August 2015 (r26a, r30c), the Suruç
bombing (many rounds), the Zabadani battle (r24b, r25b), the Iranian nuclear deal (many rounds).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r36c_source.py):
- Lebanon's Shia (opinion) and Khamenei's statements (opinion): the signing of the nuclear deal, the
  premise of both columns → *Diplomacy/Agreement*, "unknown" (as r21b/r25b/r36c); Khamenei's Eid sermon and
  his call to the youth (statements), the Iranians celebrating the deal in Tehran's streets (a celebration,
  not a protest; ambiguous) and the predicted end of Hezbollah are not coded;
- prisoner exchanges (Syria): releases and exchanges → *Strategic developments/Other* (as r23b/r33c): the
  regime–Nusra exchange at al-Qaboun «أمس» (2015-07-23); the opposition's exchange «في العاشر من الشهر
  الحالي» (2015-07-10, reported: under 30 days; place Daraa, where the bodies' men fell — ambiguous); the
  al-Muthanna exchange in Daraa «في شهر أبريل» (historical, 2015-04); the Aleppo release of 25 women and
  children «في 6 أبريل» (historical); the Aleppo body exchange «في 12 يونيو» (historical); the opposition's
  attack on regime positions around Busr al-Harir → *Armed clash*, historical, "unknown" (ambiguous: a
  background battle); the exchanges «منذ مطلع شهر أبريل» and the list of places (aggregates), the undated
  battles in Damascus and Daraa whose dead were exchanged, and the officer's phone call are not coded;
- Turkey (10 Aug): the Sultanbeyli car bomb → *Suicide bomb* 2015-08-10, 1 dead (the bomber; as r26a/r30c),
  PKK or the «وحدات الدفاع الشعبي» that claimed it accepted as actor; the night's clashes with the police →
  *Armed clash*, 3 dead (two militants and the bomb-squad chief who died of his wounds «في المواجهات»); the
  two women shooting at the US consulate → *Violence against civilians/Attack* (as r30c: no exchange named;
  ambiguous, r26a: *Armed clash*), first mention in the lead «تبنت هجوما على القنصلية»; the arrest of one
  of them → *Arrests*; the Silopi roadside bomb → *Remote explosive/landmine/IED*, 4 dead, the aggregate
  lead «هجمات» its mention; the rocket-launcher attack on the helicopter at Beytüşşebap → *Shelling/
  artillery/missile attack*, 1 dead (as r30c); Turkey's intensified air campaign against the PKK «في تركيا
  وشمال العراق» → one *Air/drone strike*, publication date (as r30c; ambiguous: a campaign, two countries);
  the DHKP-C's 2013 suicide attack on the US embassy in Ankara → *Suicide bomb*, historical, "2013", 1 dead;
  the two activists' attack on a police station «قبل 3 سنوات» → *Armed clash*, historical, "2012"
  (ambiguous: weapon not named); Hatice Aşık's arrest for hosting them → *Arrests*, historical, "unknown";
  her release pending trial (8 July), the US F-16 deployment, the closure of the consulate and the funeral
  are not coded;
- Hodeidah port: the Houthi capture of Hodeidah and its port «في ديسمبر» → *Non-state actor overtakes
  territory*, historical, 2014-12 (the later «سيطرة … على الميناء» and the airports/castle a mention); of
  Sanaa «في سبتمبر» → the same, historical, 2014-09; the port staff's strike → *Peaceful protest*,
  historical, "unknown"; the mass protests in Hodeidah «في أوقات متفرقة» → one *Peaceful protest*,
  historical, "unknown" (ambiguous: recurring); Aden's liberation → *Government regains territory*,
  "unknown" (as r33b); the Houthi–Iran port agreement «في مارس» → *Diplomacy/Agreement*, historical,
  2015-03; the calls to free Hodeidah, the minister's threat to close the port, the 2011 revolution and the
  replacement of the port chief are not coded;
- Slovak foreign minister (interview): only the nuclear deal → *Diplomacy/Agreement*, "unknown"
  (ambiguous: named in an interview question; r20c/r26b left such mentions uncoded); the memorandum
  «تنتظر التوقيع», the invitation to al-Jubeir (not accepted in the text), the credentials and the
  interview itself are not coded;
- Bahah in Aden: his arrival «السبت» → *Diplomacy/Visit* 2015-08-01 (as r32b, the second plane of
  officials its mention); Aden's recapture «في منتصف يوليو» → *Government regains territory* 2015-07
  (first mention «تحرير عدن» in Bahah's quote); the Houthi takeover of the state institutions and of
  Sanaa «مطلع 2015» → *Non-state actor overtakes territory*, historical, "2015"; the house arrest →
  *Arrests*, historical, "unknown" (as r33b); the UN-brokered deal lifting it → *Strategic developments/
  Agreement*, historical, "unknown"; the Houthis' advance on Aden in March, the start of the air campaign
  (26 March), the oath and the appointment are not coded; Taiz: the Resistance taking most positions in
  Jabal Sabir and Mashra'a wa Hadnan → *Non-state actor overtakes territory* (the Resistance alone, as
  r19–r23), the «معارك شرسة» and the killed field commander its mentions (1 dead); «أسرت 11 حوثيا» →
  *Arrests* (as r12a/r13a); the attack on a 3-vehicle column at al-Kamb → *Armed clash*, 5 dead; al-Dabab
  «باتت تسيطر» → *Non-state actor overtakes territory* (ambiguous: could be read as a state, as
  «الخاضع لسيطرة»); the siege of Taiz is not coded;
- Turkish security campaign: the 590 detained «في يومين» (aggregate, no place) is a mention of the first
  place's arrests (Adana, 54, with the house raids); the Ankara union-office raid (9 arrested) →
  *Arrests*; the Suruç bombing «الأسبوع الماضي» → *Suicide bomb* 2015-07, 32 dead, ISIS accepted as actor
  («يشتبه في أنه ينتمي»); the Bismil police-station bomb → *Remote explosive/landmine/IED*, 7 wounded; the
  Şemdinli bomb on police officers, told three times (a small bomb in a police car, a team attacked with
  home-made explosives, a patrol hit by «قنابل يدوية») → one *Remote explosive/landmine/IED* (ambiguous:
  *Grenade*), the «هجومان مسلحان» aggregate its mention; the police officer kidnapped in Lice, the 15
  workers kidnapped at the power plant (with vehicles destroyed, one event) and the ambulance crew in
  Tekman → three *Abduction/forced disappearance*; the banned Istanbul peace march (planned, forbidden),
  the Hakkari manhunt and the peace-process phases are not coded;
- Aden airport: the King Salman Centre's food-basket distribution in Seiyun «أمس» → *Diplomacy/Aid*
  2015-08-07; the legitimate authorities granting the coalition control of Yemen's airspace «في منتصف
  شهر أبريل» → *Diplomacy/Agreement*, historical, 2015-04 (as r36c's Incirlik consent; ambiguous); the
  first civil flight, the reopening, the Houthi statements and threats, and the Houthi control of the
  aviation authority (institutions, not territory) are not coded;
- Syria (Zabadani, Daraa, Quneitra, Idlib, Latakia, Kobani): one event per place and day. Zabadani:
  the regime's air raids «أمس» (nine) and its ground shelling (rockets, artillery; ongoing, publication
  date) → *Air/drone strike* and *Shelling*; the Fourth Division/Hezbollah clashes with the Islamist
  factions → *Armed clash* 2015-07-25 («المعركة في الزبداني» its first mention). Daraa: 16 raids on the
  city, the artillery and rocket fire with them, the opposition's reply on regime positions (*Armed
  clash*; ambiguous: could be *Shelling*), the Atman clashes and air strike, the helicopter barrel bombs on
  Kharab al-Shahm and Ghariz (one event, both accepted), the Yadudah barrel bombs (9 dead). Quneitra:
  regime artillery on al-Samadaniya al-Gharbiya and al-Hamidiya (one event) and the Islamist shell on
  Hadar (1 dead). Idlib: the raids on Jabal al-Zawiya (Kansafra, al-Bara, Ballin) «أمس» and on Jarjanaz
  (two places); the Kafrmous massacre «أول من أمس» → *Shelling/artillery/missile attack* 2015-07-24, 8
  dead (ambiguous: «الصواريخ الفراغية» are often air-dropped, the text names no aircraft). Latakia: 6 raids
  on Jabal al-Akrad/Jabal al-Turkman villages (one event); the factions' takeover near Tal Jurat al-Ma'
  (the clashes its mention). Kobani: the Kurdish forces' takeover of Maghrebtin (2015-07-24, «ليل الجمعة»
  first day) and their entry into Malha «صباح السبت» (2015-07-25) → two *Non-state actor overtakes
  territory*; the coalition's raids on Sarrin «خلال الأيام الماضية» → one *Air/drone strike* 2015-07; the
  YPG foiling two car bombs at Tal Abyad → *Disrupted weapons use* 2015-07-25. Sieges (Zabadani, Kafriya
  and al-Fu'a, Sarrin) are not coded.

Negatives: none (every article reports at least one event).

Run: python tests/data/events_r38c_source.py   (writes events_r38c.jsonl)
Text licences: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r38c.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150811-00350"] = [  # opinion: Lebanon's Shia and the nuclear deal
    E(
        "Diplomacy/Agreement",
        "وقع الإيرانيون اتفاقية",
        actor=("الإيرانيون", "إيران"),
        target=("الغربيين",),
        date="unknown",
        also=("وقعوا الاتفاقية مع إيران", "توقيع الاتفاقية النووية"),
    ),
]
F["snn-20150724-01801"] = [  # opinion: Khamenei's statements after the deal
    E(
        "Diplomacy/Agreement",
        "توقيع الاتفاق النووي",
        actor=("طهران", "الايرانيون", "ايران"),
        target=("واشنطن", "امريكا"),
        date="unknown",
        also=("توقيع الاتفاق الذي هلل له الايرانيون", "التوقيع على الاتفاق"),
    ),
]
F["snn-20150724-00736"] = [  # regime–Nusra prisoner exchange and earlier exchanges
    E(
        "Strategic developments/Other",
        "أفرج",
        actor=("النظام السوري", "النظام", "قوات النظام"),
        target=("جبهة النصرة", "سبعة عناصر من مقاتلي الجبهة", "مقاتلي الجبهة"),
        place=("حي القابون", "القابون", "دمشق"),
        date="2015-07-23",
        also=("عملية التبادل", "أفرج بموجبها النظام"),
    ),
    E(
        "Strategic developments/Other",
        "صفقة تبادل",
        actor=("فصائل المعارضة",),
        target=("النظام", "القوات النظامية"),
        place=("درعا",),
        date="2015-07-10",
        also=("إطلاق سراح 40 معتقلة",),
    ),
    E(
        "Strategic developments/Other",
        "صفقة التبادل الشهيرة",
        actor=("حركة المثنّى",),
        target=("قوات النظام",),
        place=("درعا",),
        date="2015-04",
        status="historical",
        also=("سلمت بموجبها الحركة 14 جثة",),
    ),
    E(
        "Battles/Armed clash",
        "هجوم شنته المعارضة",
        actor=("المعارضة",),
        target=("مواقع للنظام", "النظام"),
        place=("بلدة بصر الحرير", "بصر الحرير"),
        date="unknown",
        status="historical",
    ),
    E(
        "Strategic developments/Other",
        "تحرير 25 امرأة وطفلا",
        actor=("فصائل إسلامية",),
        target=("النظام",),
        place=("محافظة حلب", "حلب"),
        date="2015-04-06",
        status="historical",
    ),
    E(
        "Strategic developments/Other",
        "عملية تبادل لعشرات الجثث",
        actor=("المعارضة",),
        target=("النظام",),
        place=("حلب",),
        date="2015-06-12",
        status="historical",
        also=("وهذه المبادلة",),
    ),
]
F["snn-20150811-00621"] = [  # Turkey, 10 August 2015
    E(
        "Violence against civilians/Attack",
        "هجوما على القنصلية",
        actor=("جبهة حزب التحرير الشعبي الثوري", "امرأتان", "مجموعة يسارية متشددة"),
        target=("القنصلية الاميركية",),
        place=("حي ايستينية", "ايستينية", "اسطنبول"),
        date="2015-08-10",
        also=("الهجوم على القنصلية الاميركية", "فتحت امرأتان"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "الحملة الجوية",
        actor=("انقرة",),
        target=("متمردي حزب العمال الكردستاني", "حزب العمال الكردستاني"),
        place=("شمال العراق", "تركيا"),
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "هجوم انتحاري بسيارة مفخخة",
        actor=("حزب العمال الكردستاني", "وحدات الدفاع الشعبي"),
        target=("مركز شرطة",),
        place=("حي سلطان بيلي", "سلطان بيلي", "اسطنبول"),
        date="2015-08-10",
        fatalities=1,
        also=("هاجم مركزا للشرطة", "الهجوم تبنته"),
    ),
    E(
        "Battles/Armed clash",
        "مواجهات",
        at="ولاحقا وقعت",
        actor=("المهاجمين",),
        target=("الشرطة",),
        place=("حي سلطان بيلي", "سلطان بيلي", "اسطنبول"),
        date="2015-08-10",
        fatalities=3,
        also=("وقتل ناشطان في المواجهات",),
    ),
    E(
        "Strategic developments/Arrests",
        "اوقفت الشرطة",
        actor=("الشرطة",),
        target=("احدى المهاجمتين",),
        place=("اسطنبول",),
        date="2015-08-10",
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "هجوما انتحاريا على السفارة الاميركية",
        actor=("هذه المجموعة المتطرفة", "جبهة حزب التحرير الشعبي الثوري"),
        target=("السفارة الاميركية", "عنصر امني تركي"),
        place=("انقرة",),
        date="2013",
        status="historical",
        fatalities=1,
    ),
    E(
        "Strategic developments/Arrests",
        "تم توقيفها",
        target=("خديجة اشيك",),
        place=("اسطنبول",),
        date="unknown",
        status="historical",
    ),
    E(
        "Battles/Armed clash",
        "نفذتا هجوما على مركز للشرطة",
        actor=("ناشطتين من منظمتها",),
        target=("مركز للشرطة",),
        place=("المدينة", "اسطنبول"),
        date="2012",
        status="historical",
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "انفجار عبوة",
        actor=("حزب العمال الكردستاني", "المتمردين الاكراد"),
        target=("اربعة عناصر من الشرطة", "الشرطة"),
        place=("منطقة سيلوبي", "سيلوبي", "شرناك"),
        date="2015-08-10",
        fatalities=4,
        also=("هجمات",),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "هجوم بقاذفة صواريخ",
        actor=("متمردون اكراد",),
        target=("طوافة عسكرية", "جندي تركي"),
        place=("منطقة بيت الشباب", "بيت الشباب", "شرناك"),
        date="2015-08-10",
        fatalities=1,
    ),
]
F["snn-20150726-00122"] = [  # Hodeidah port under the Houthis
    E(
        "Battles/Non-state actor overtakes territory",
        "إحكام سيطرتهم",
        actor=("الحوثيون", "المسلحين الحوثيين", "جماعة الحوثي"),
        place=("مدينة الحديدة", "الحديدة", "ميناء الحديدة"),
        date="2014-12",
        status="historical",
        also=("للسيطرة على ميناء الحديدة", "تمكنت الجماعة من السيطرة"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "بسط سلطتهم",
        actor=("الحوثيون",),
        place=("العاصمة صنعاء", "صنعاء"),
        date="2014-09",
        status="historical",
    ),
    E(
        "Protests/Peaceful protest",
        "إضراب عن العمل",
        actor=("كل الموظفين والعمال", "الموظفين والعمال"),
        target=("الحوثيون",),
        place=("ميناء الحديدة", "الحديدة"),
        date="unknown",
        status="historical",
    ),
    E(
        "Protests/Peaceful protest",
        "احتجاجات حاشدة",
        target=("المسلحين الحوثيين",),
        place=("مدينة الحديدة", "الحديدة"),
        date="unknown",
        status="historical",
    ),
    E(
        "Battles/Government regains territory",
        "دحر المسلحين الحوثيين",
        target=("المسلحين الحوثيين", "قوات الرئيس السابق علي عبد الله صالح"),
        place=("المدينة الجنوبية", "ميناء عدن", "عدن"),
        date="unknown",
        also=("تحرير ميناء عدن",),
    ),
    E(
        "Diplomacy/Agreement",
        "أبرمت اتفاقًا",
        actor=("جماعة الحوثي المسلحة", "جماعة الحوثي"),
        target=("إيران",),
        date="2015-03",
        status="historical",
    ),
]
F["snn-20150803-01182"] = [  # interview with the Slovak foreign minister
    E(
        "Diplomacy/Agreement",
        "توقيع الاتفاق النووي",
        target=("إيران",),
        date="unknown",
        also=("كيف تابعتم الاتفاق النووي",),
    ),
]
F["snn-20150802-00949"] = [  # Bahah in Aden; Taiz front
    E(
        "Diplomacy/Visit",
        "وصل",
        actor=("خالد بحاح", "نائب الرئيس اليمني خالد بحاح", "بحاح"),
        place=("عدن",),
        date="2015-08-01",
        also=("وصوله إلى عدن", "زيارة بحاح", "وصل مسؤولون آخرون"),
    ),
    E(
        "Battles/Government regains territory",
        "تحرير عدن",
        actor=("القوات الموالية لهادي",),
        target=("الحوثيين",),
        place=("عدن",),
        date="2015-07",
        also=("استعادة المدينة الساحلية", "استعادت عدن"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرة الحوثيين على مؤسسات الدولة",
        actor=("الحوثيين", "الحوثيون"),
        place=("العاصمة صنعاء", "صنعاء"),
        date="2015",
        status="historical",
        also=("بسط سيطرتهم",),
    ),
    E(
        "Strategic developments/Arrests",
        "الإقامة الجبرية",
        actor=("مليشيات الحوثي",),
        target=("بحاح", "أعضاء حكومته"),
        date="unknown",
        status="historical",
    ),
    E(
        "Strategic developments/Agreement",
        "توصل الأطراف إلى اتفاق",
        actor=("الأطراف", "جمال بن عمر"),
        date="unknown",
        status="historical",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرت المقاومة الشعبية",
        actor=("المقاومة الشعبية", "المقاومة"),
        target=("المليشيا الحوثية",),
        place=("جبل صبر", "مديرية مشرعة وحدنان", "مشرعة وحدنان", "جبل الحصن"),
        fatalities=1,
        also=("معارك شرسة", "قتل قائد ميداني"),
    ),
    E(
        "Strategic developments/Arrests",
        "أسرت 11 حوثيا",
        actor=("المقاومة",),
        target=("11 حوثيا",),
        place=("جبل صبر", "جبهة جبل صبر"),
    ),
    E(
        "Battles/Armed clash",
        "مقتل خمسة حوثيين",
        actor=("المقاومة الشعبية", "المقاومة"),
        target=("خمسة حوثيين", "المليشيا الحوثية", "رتلا عسكريا"),
        place=("منطقة الكمب", "الكمب", "مدينة تعز"),
        fatalities=5,
        also=("استهداف المقاومة رتلا عسكريا",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "باتت تسيطر",
        actor=("المقاومة الشعبية",),
        place=("منطقة الضباب", "الضباب"),
    ),
]
F["snn-20150726-00164"] = [  # Turkish security campaign and PKK attacks
    E(
        "Strategic developments/Arrests",
        "الموقوفين",
        actor=("الشرطة التركية", "قوات الأمن التركية"),
        target=("خلايا تنظيم داعش", "تنظيم حزب العمال الكردستاني", "54 شخصًا"),
        place=("ولاية أضنة", "أضنة"),
        also=("أوقفت قوات الأمن التركية 54 شخصًا", "وداهمت فرق", "وأوقفت على أثر ذلك"),
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "قتل انتحاري",
        actor=("انتحاري", "تنظيم داعش"),
        target=("32 شخصا",),
        place=("بلدة سروج", "سروج"),
        date="2015-07",
        fatalities=32,
        also=("التفجير الانتحاري",),
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "فجر",
        at="بعد أن فجر مسلحون",
        actor=("مسلحون", "الكردستاني"),
        target=("مركز شرطة", "سبعة رجال شرطة"),
        place=("بلدة بيسميل", "بيسميل", "ديار بكر"),
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "فجروا قنبلة صغيرة",
        actor=("مهاجمين",),
        target=("ضباط", "سيارة شرطة", "فريق شرطة"),
        place=("بلدة سيمدينلي", "سيمدينلي", "شمدينلي", "هكاري"),
        also=("هجومان مسلحان", "هاجموا فريق شرطة", "تعرضهما لهجوم بقنابل"),
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "بخطف ضابط شرطة",
        actor=("المتمردين الأكراد",),
        target=("ضابط شرطة",),
        place=("ليس",),
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "خطفت 15 عاملا",
        actor=("جماعة متمردة أخرى", "جماعة متمردة"),
        target=("15 عاملا", "محطة للطاقة الحرارية"),
        also=("ودمرت سيارات",),
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "اختطفوا طاقمها",
        actor=("4 مسلحين",),
        target=("طاقمها", "سيارة إسعاف"),
        place=("قضاء «تيكمان»", "تيكمان", "أرضروم"),
        also=("واختطفوها مع طاقمها",),
    ),
    E(
        "Strategic developments/Arrests",
        "ضبط قوات الأمن جرحى",
        actor=("قوات الأمن", "الشرطة"),
        target=("تسعة أشخاص", "جرحى من مدينة «عين العرب»"),
        place=("العاصمة أنقرة", "أنقرة"),
        also=("ألقت القبض على تسعة أشخاص", "وأوقفت قوات الأمن الطبيب"),
    ),
]
F["snn-20150808-00879"] = [  # Aden airport; aid in Seiyun
    E(
        "Diplomacy/Agreement",
        "منحت",
        at="وكانت السلطات الشرعية",
        actor=("السلطات الشرعية",),
        target=("قوات التحالف العربي", "التحالف العربي"),
        date="2015-04",
        status="historical",
    ),
    E(
        "Diplomacy/Aid",
        "تدشين عملية توزيع المعونات",
        actor=("مركز الملك سلمان للإغاثة والأعمال الإنسانية", "مركز الملك سلمان للإغاثة"),
        target=("للنازحين والمتضررين بحضرموت",),
        place=("مدينة سيئون", "سيئون", "حضرموت"),
        date="2015-08-07",
    ),
]
F["snn-20150726-00157"] = [  # Syria: Zabadani, Daraa, Quneitra, Idlib, Latakia, Kobani
    E(
        "Battles/Armed clash",
        "للمعركة في الزبداني",
        actor=("الفرقة الرابعة", "حزب الله", "النظام السوري"),
        target=("الفصائل الإسلامية", "مسلحين محليين"),
        place=("الزبداني",),
        date="2015-07-25",
        also=("الاشتباكات العنيفة",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصفها جوا",
        actor=("الطيران الحربي السوري", "النظام السوري"),
        place=("الزبداني", "المدينة"),
        date="2015-07-25",
        also=("شنّ تسع غارات",),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "وبرا براجمات الصواريخ",
        actor=("النظام السوري", "حزب الله"),
        place=("الزبداني",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "16 غارة",
        actor=("طيران النظام السوري",),
        target=("فصائل المعارضة",),
        place=("مدينة درعا", "درعا"),
        date="2015-07-25",
        also=("الغارات الجوية",),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصف مدفعي وصاروخي",
        actor=("طيران النظام السوري", "النظام"),
        target=("فصائل المعارضة",),
        place=("مدينة درعا", "درعا"),
        date="2015-07-25",
    ),
    E(
        "Battles/Armed clash",
        "باستهداف مواقع قوات النظام",
        actor=("المعارضة",),
        target=("قوات النظام", "مواقع قوات النظام"),
        place=("مدينة درعا", "درعا"),
        date="2015-07-25",
    ),
    E(
        "Battles/Armed clash",
        "اشتباكات",
        at="كذلك دارت",
        actor=("قوات الأسد",),
        target=("الفصائل المسلحة",),
        place=("بلدة عتمان", "عتمان"),
        date="2015-07-25",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصف جوي على البلدة",
        place=("بلدة عتمان", "عتمان"),
        date="2015-07-25",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "فاستهدفهما الطيران المروحي",
        actor=("الطيران المروحي",),
        place=("خراب الشحم", "غرز"),
        date="2015-07-25",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصف البراميل",
        actor=("الطيران المروحي",),
        target=("9 أشخاص", "رئيس المجلس المحلي"),
        place=("بلدة اليادودة", "اليادودة"),
        date="2015-07-25",
        fatalities=9,
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصفت بالمدفعية الثقيلة",
        actor=("القوات النظامية",),
        place=("الصمدانية الغربية", "الحميدية", "ريف القنيطرة"),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "سقوط قذيفة",
        actor=("الفصائل الإسلامية",),
        target=("عنصر من ميليشيا (الدفاع الوطني)", "ميليشيا (الدفاع الوطني)"),
        place=("بلدة حضر", "حضر"),
        fatalities=1,
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "حملة جوية شرسة",
        actor=("الطيران الحربي التابع لنظام الأسد", "نظام الأسد", "الطيران"),
        place=("جبل الزاوية", "كنصفرة", "البارة", "بليون", "ريف إدلب", "ريف محافظة إدلب"),
        date="2015-07-25",
        also=("أكثر من 15 غارة جوية", "النظام قصف ريف إدلب"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "استهدف الطيران الحربي",
        actor=("الطيران الحربي",),
        place=("بلدة جرجناز", "جرجناز", "ريف معرة النعمان"),
        date="2015-07-25",
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "المجزرة المروعة",
        actor=("قوات الأسد",),
        target=("ثمانية أشخاص من عائلة واحدة", "ثمانية أشخاص"),
        place=("قرية كفرموس", "كفرموس", "شحشبو"),
        date="2015-07-24",
        fatalities=8,
        also=("استهدافها قرية كفرموس",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "6 غارات",
        actor=("الطيران الحربي النظامي",),
        place=("الزويك", "الدويركة", "ساقية الكرت", "جبل الأكراد", "جبل التركمان"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "استعرت الاشتباكات",
        actor=("مقاتلي الفصائل المقاتلة والإسلامية", "الفصائل الإسلامية"),
        target=("قوات النظام",),
        place=("منطقة تل جورة الماء", "تل جورة الماء", "جبل التركمان"),
        also=("سيطرتهم على منطقة",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "تقدما جديدا",
        actor=("القوات المشتركة الكردية", "القوات المشتركة"),
        target=("داعش", "تنظيم داعش"),
        place=("قرية مغربتين", "مغربتين", "صرين", "عين العرب"),
        date="2015-07-24",
        also=("سيطرت بالكامل على قرية مغربتين",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "دخلت صباح السبت قرية ملحة",
        actor=("القوات المشتركة",),
        target=("تنظيم داعش",),
        place=("قرية ملحة", "ملحة"),
        date="2015-07-25",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "رفعت من وتيرة غاراتها",
        actor=("طائرات التحالف",),
        target=("تنظيم داعش",),
        place=("البلدة", "صرين"),
        date="2015-07",
    ),
    E(
        "Strategic developments/Disrupted weapons use",
        "أحبطت تفجيرين انتحاريين",
        actor=("القوات المشتركة الكردية", "وحدات حماية الشعب"),
        target=("انتحاريان من (داعش)", "داعش"),
        place=("مدينة تل أبيض", "تل أبيض"),
        date="2015-07-25",
        also=("تفجير وحدات حماية الشعب", "انفجرتا"),
    ),
]


if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
