"""Source of tests/data/events_r48b.jsonl: the forty-eighth blind event round, part r48b.

8 real articles (SaudiNewsNet politics, 4,012–5,672 characters): the lines of /work/brief/DRAW_r48.tsv
(the saved output of `python tests/data/events_round48_select.py`) whose first column is `r48b`
(selection = events_round48_select.py, seed 4848, part r48b). All 8 kept, none dropped. Annotated by
reading only (2026-11-29): the event coder was never run on these articles and no coder output was read.
Same format and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set);
`build()` comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three or more
12-word runs with an article of the other tests/data/events_*.jsonl sets (checked 2026-11-29 at 16:33
UTC on 1,614 articles and again at 16:36 on 1,654, r48a, r48c and r49a–c included). Same happenings
in other words: the Asir Emergency Forces mosque bombing (r12a … r31a), the Khan Bani Saad bombing
(r19c, r27c), the Duma arson (r7a … r30b), the Suruc bombing (r40a … r46b), the US–Turkish Incirlik
agreement (r40a, r40c, r41a, r43b), the Iranian nuclear deal (many rounds), the Turkish strikes and police
raids of 24 July (r18c, r19b), the Basra protests (r43c), the fall of Mosul (r40c).

Choices (the last rounds' calls followed):
- reply-to-Zarif column (02154, opinion): Kerry's meeting with his GCC counterparts and the trilateral
  meeting with the Saudi and Russian ministers «صبيحة اليوم الذي من المقرر أن يجتمع» → two
  *Diplomacy/Meeting*, planned (the text says only that they were scheduled), date "unknown" (a past
  day the text does not date; Doha is not named); Zarif's tour of Kuwait, Qatar and Iraq after the deal →
  one *Diplomacy/Visit* (as r44c's tour), "unknown"; the nuclear deal → *Diplomacy/Agreement*,
  "unknown" (as r36c/r40c/r45c). Not coded: the statements and Zarif's article, the Iranian incursion
  «توغلت في الأراضي العراقية بمسافة 40 كلم» (a rhetorical question, no date or place beyond Iraq:
  ambiguous), the threat of four bombings in Riyadh, arming Bahraini militants, Baluchistan/Ahvaz unrest,
  the 200,000 Syrian dead, barrel bombs (habit), the rejected proposal and Decisive Storm (a campaign);
- Friday preachers (00413): the Asir Emergency Forces mosque bombing → *Remote explosive/landmine/IED*
  (as r12a/r21b/r26b), no actor (only «فئة خائنة»), date "unknown" (as r12b/r21b/r30b: the text gives
  none and it is not the publication day), «عدد من الشهداء» not a count; the generic attacks on mosques
  and on the Kingdom are not coded;
- US–Turkey and the Syrian opposition (00409): the reported US strike killing a group of al-Nusra fighters
  with a leader, which the State Department source «رفض … تأكيد» → *Air/drone strike*, reported (not
  denied), dated 2015-07 (the text gives no day; ambiguous); the earlier report «في بداية الشهر» of seven
  al-Nusra fighters killed by US planes → *Air/drone strike*, historical, 2015-07, 7 dead; Washington and
  Ankara announcing «هذا الأسبوع» the joint air cover and US use of Turkish bases → *Diplomacy/Agreement*
  2015-07 (the Incirlik agreement, as r40c/r41a); the Nusra-led alliance taking most of Idlib «في الشهور
  الأخيرة» → *Non-state actor overtakes territory*, historical, "unknown". Not coded: the US support of
  Nusra in 2013, «مثلما فعلنا مع مجموعة خراسان» (a reference), the ongoing US–Turkish talks and «علينا أن
  نجلس مع الأتراك» (ambiguous: *Talks* in progress), the de facto no-fly zone, Ahrar al-Sham's articles,
  the Syrian air raids (habit);
- Idlib/Hama/Latakia/Homs (00989; the text's «اليوم» is Saturday 2015-08-08, so «أمس» = 2015-08-07, not
  the publication day − 1: ambiguous): the regime's aggregate raids on rural Idlib (18 civilians) are
  the first mention of the Saraqib hospital strike → *Air/drone strike*, 3 dead (the medical crew); the
  Orient hospital in Kafranbel → *Air/drone strike*; the raids on the Jabal al-Zawiya villages (al-Mozara,
  Arnaba, Jozef, Tell al-Nabi Ayyub) → one *Air/drone strike* (one sentence; every village accepted, as
  r44a), 16 dead (3 + 5 + 6 + 2); Jaish al-Fath's advance in rural Hama, taking Tell Qarqur, Qarqur and
  al-Mushayk → *Non-state actor overtakes territory* 2015-08-06 (the battle began «عصر الخميس», the hill
  fell two hours later; announced Friday: ambiguous), the battles and the preparatory artillery its
  mentions; the blast at the Engineers' Syndicate in Latakia «صباح السبت», which pro-regime pages put
  down to a Grad rocket → *Shelling/artillery/missile attack* 2015-08-08, no actor (no faction claimed
  it; ambiguous type); the regime's renewed mortar and tank shelling of Talbiseh, al-Hula, Umm Sharshuh
  and al-Hilaliya → one *Shelling* (no date); the clashes «فجر السبت» around Umm Sharshuh and
  al-Hilaliya → *Armed clash* 2015-08-08; the shelling of al-Makramiya «مساء الجمعة» → *Shelling*
  2015-08-07, 2 dead; the ISIS–regime clashes round the Mahin depots «أمس» (6 tanks seized) → *Armed
  clash* 2015-08-07; ISIS taking the whole of Mahin (the earlier «سيطرة الأخير على كامل القرية» its first
  mention) → *Non-state actor overtakes territory*, no date; the factions pledging allegiance to ISIS →
  *Strategic developments/Change to group/activity* (as r37b); the tank shelling of al-Waer from the
  Military College «منتصف الليل» → *Shelling*, no date. Not coded: the earlier raid on the Orient hospital
  «هذا الأسبوع» (implied only), the Grad rockets on Latakia «عدة مرات» (habit) and the Coastal Division's
  stated intent, the security cordon;
- Arab Peace Initiative committee (02407): the committee's ministerial meeting «اليوم» at the Arab League
  in Cairo → *Diplomacy/Meeting* 2015-08-06 (the speeches and opening session its mentions); the burning
  of the infant in Nablus (the Duma arson, named only as «حرق الطفل الفلسطيني الرضيع في مدينة نابلس») →
  *Violence against civilians/Attack*, "unknown", no count (the text does not say he died); the Beirut
  summit that adopted the initiative in 2002 → *Diplomacy/Meeting*, historical, 2002, and «القمة العربية
  الأخيرة في شرم الشيخ» → *Meeting*, historical, "unknown" (summits, as r40c/r46c; the second a time
  anchor: ambiguous). Not coded: the 11,000 crimes since 2004 (aggregate), settlement, arrests and
  assassinations (generic), the PLO council's decision, the request to the UN six months ago, the Arab
  quartet's moves in the Security Council, the reconciliation offer;
- currencies (00170): the Turkish jets' strikes on ISIS positions in Syria → *Air/drone strike*
  2015-07-24 («أمس (الجمعة)», as r18c/r19b); the counter-terrorism police's raids in Istanbul «الليلة
  الماضية» → *Arrests* 2015-07-24 (as r19b's raids; ambiguous: the text names raids only, and the night
  before Friday could be dated the 23rd); the Greek parliament's vote and the markets are not coded;
- Erdogan column (00187, opinion): the latest US–Turkish agreement (Incirlik its mention) → *Diplomacy/
  Agreement*, "unknown"; the Suruc attack, 30 Turkish dead → *Suicide bomb* (the sub-type earlier rounds
  gave Suruc; the text says only «الحادث الإرهابي»), historical (two weeks old), "unknown", no actor
  named; the Iran–5+1 deal → *Diplomacy/Agreement*, "unknown". Not coded: the terrorist incidents in
  Tunisia, Saudi Arabia, Egypt … (aggregate), Turkey joining the war (a policy), Erdogan's statement,
  what happened to the Brotherhood in Egypt;
- Abadi government (00037): ISIS taking Mosul «في أواخر أيام حكومة المالكي» → *Non-state actor overtakes
  territory*, historical, "unknown" (as r40c); the signing of the Baghdad–Erbil oil agreement and of the
  political-agreement document with the Sunni Arabs → two *Strategic developments/Agreement*,
  historical, "unknown" (domestic deals, as r28a; ambiguous); the recent Basra demonstrations and clashes
  in which state buildings were burnt, the security forces attacked and one protester killed → *Riots/
  Violent demonstration*, 1 dead, "unknown" (r43c coded the same protest *Excessive force* where the text
  said the security forces fired; here the text blames the rioters: ambiguous); the Khan Bani Saad
  bombing claimed by ISIS → *Remote explosive/landmine/IED* (as r19c/r27c), "unknown", no count. Not
  coded: the parliament's vote of confidence, the governor's call to the Prime Minister and al-Araji's
  dispatch to Basra (domestic contacts, as r43c; the visit is only implied), the Diyala tension, the
  committee's call for an emergency meeting, the demands and accusations.

Run: python tests/data/events_r48b_source.py            (writes events_r48b.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r48b.jsonl")

F: dict[str, list[dict]] = {}

F["snn-20150806-02154"] = [  # opinion: to minister Zarif
    E(
        "Diplomacy/Meeting",
        "يجتمع",
        at="من المقرر أن",
        actor=("جون كيري", "كيري", "وزير الخارجية الأميركي"),
        target=("نظرائه في دول مجلس التعاون لدول الخليج العربية", "دول مجلس التعاون لدول الخليج العربية"),
        date="unknown",
        status="planned",
    ),
    E(
        "Diplomacy/Meeting",
        "الاجتماع الثلاثي",
        actor=("كيري",),
        target=("وزير الخارجية السعودي", "نظيره الروسي"),
        date="unknown",
        status="planned",
    ),
    E(
        "Diplomacy/Agreement",
        "الاتفاق النووي",
        date="unknown",
        also=("توقيع الاتفاق النووي",),
    ),
    E(
        "Diplomacy/Visit",
        "جولته",
        actor=("ظريف",),
        place=("الكويت", "قطر", "العراق"),
        date="unknown",
    ),
]

F["snn-20150810-00413"] = [  # Friday preachers on the Asir mosque bombing
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "تفجير مسجد الطوارئ",
        target=("مسجد الطوارئ", "مسجد قوة الطوارئ", "رجال أمننا"),
        place=("عسير", "مسجد الطوارئ", "مدينة عسير"),
        date="unknown",
        also=(
            "هذا التفجير المشين",
            "حادث تفجير مسجد قوة الطوارئ",
            "قتل المصلين من رجال أمننا",
            "فاجعة استشهاد عدد من جنودنا",
        ),
    ),
]

F["snn-20150731-00409"] = [  # US and Turkey: which Syrian opposition
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قتلت",
        actor=("طائرات أميركية", "أميركية"),
        target=("مجموعة من مقاتلي جبهة النصرة", "جبهة النصرة", "واحد من قادة الجبهة"),
        place=("سوريا",),
        date="2015-07",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قتلت",
        at="بأن طائرات أميركية قتلت سبعة",
        actor=("طائرات أميركية", "أميركية"),
        target=("سبعة من مقاتلي النصرة", "النصرة"),
        place=("سوريا",),
        date="2015-07",
        status="historical",
        fatalities=7,
    ),
    E(
        "Diplomacy/Agreement",
        "أعلنت",
        at="وأعلنت واشنطن",
        actor=("واشنطن",),
        target=("أنقرة",),
        date="2015-07",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "يسيطر",
        actor=("تحالف مقاتلين", "جبهة النصرة", "أحرار الشام"),
        place=("محافظة إدلب", "إدلب"),
        date="unknown",
        status="historical",
    ),
]

F["snn-20150809-00989"] = [  # regime raids on Idlib; Qarqur; Latakia; Homs
    E(
        "Explosions/Remote violence/Air/drone strike",
        "استهدافت",
        actor=("طائرات النظام", "طائرة حربية تابعة لقوات النظام", "قوات النظام"),
        target=("مشفى الشفاء", "طاقم طبي"),
        place=("سراقب", "مشفى سراقب", "مشفى الشفاء", "ريف إدلب"),
        fatalities=3,
        also=("استهدفت بالصواريخ الفراغية", "أدت الغارة", "غارة على مشفى سراقب"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارة أخرى",
        actor=("الطيران الحربي", "قوات النظام"),
        target=("مشفى أورينت الجراحي",),
        place=("بلدة كفرنبل", "كفرنبل", "ريف إدلب"),
        also=("هذه الغارة الثانية",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "عدة غارات",
        actor=("الطيران الحربي", "قوات النظام"),
        target=("قرى وبلدات جبل الزاوية",),
        place=("جبل الزاوية", "الموزرة", "أرنبة", "جوزف", "تل النبي أيوب", "ريف إدلب"),
        fatalities=16,
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "تقدم الأخيرة",
        actor=("جيش الفتح", "فيلق الشام", "المعارضة"),
        target=("قوات النظام",),
        place=("تل القرقور", "القرقور", "قرقور", "المشيك", "ريف محافظة حماة", "سهل الغاب"),
        date="2015-08-06",
        also=(
            "سيطرتها",
            "معارك عنيفة",
            "معركة تحرير تل وقرية القرقور",
            "وبدأت المعارك",
            "استهدفت قوات المعارضة بالمدفعية الثقيلة",
            "لتسيطر المعارضة",
            "حقق تقدما مهما",
        ),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "انفجار قوي",
        target=("مبنى نقابة المهندسين",),
        place=("مدينة اللاذقية", "اللاذقية", "مبنى نقابة المهندسين"),
        date="2015-08-08",
        also=("إصابة البناء بصاروخ غراد", "إطلاق صواريخ غراد", "صوت الانفجار", "موقع الانفجار"),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصفها",
        at="جددت قوات الأسد",
        actor=("قوات الأسد",),
        target=("المدنيين",),
        place=("مدينة تلبيسة", "تلبيسة", "الحولة", "أم شرشوح", "الهلالية", "ريف حمص الشمالي"),
    ),
    E(
        "Battles/Armed clash",
        "اشتباكات",
        at="مسار برس",
        actor=("المعارضة",),
        target=("قوات الأسد",),
        place=("أم شرشوح", "الهلالية"),
        date="2015-08-08",
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "استهداف",
        at="مساء الجمعة، جراء",
        actor=("قوات الأسد",),
        target=("المدنيين",),
        place=("قرية المكرمية", "المكرمية", "تلبيسة"),
        date="2015-08-07",
        fatalities=2,
    ),
    E(
        "Battles/Armed clash",
        "اشتباكات",
        at="فقد اندلعت",
        actor=("تنظيم داعش", "داعش", "التنظيم"),
        target=("قوات الأسد",),
        place=("مستودعات مهين", "قرية مهين", "مهين", "ريف حمص الشرقي"),
        date="2015-08-07",
        also=("اغتنم التنظيم 6 دبابات",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرة الأخير",
        actor=("تنظيم داعش", "التنظيم", "داعش"),
        target=("قوات الأسد",),
        place=("بلدة مهين", "مهين", "القرية"),
        also=("سيطر على كامل بلدة مهين", "اشتباكات مع قوات الأسد"),
    ),
    E(
        "Strategic developments/Change to group/activity",
        "مبايعتها",
        actor=("عدة فصائل تابعة للمعارضة", "فصائل تابعة للمعارضة"),
        target=("تنظيم داعش", "داعش"),
        place=("مهين",),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "لقصف عنيف",
        actor=("قوات الأسد",),
        target=("المدنيين", "حي الوعر"),
        place=("حي الوعر", "الوعر", "مدينة حمص", "حمص"),
    ),
]

F["snn-20150806-02407"] = [  # Arab Peace Initiative committee meets in Cairo
    E(
        "Diplomacy/Meeting",
        "اجتماعا",
        actor=("لجنة مبادرة السلام العربية",),
        place=("القاهرة", "مقر الأمانة العامة لجامعة الدول العربية", "جامعة الدول العربية"),
        date="2015-08-06",
        also=("اجتماع اللجنة بالقاهرة اليوم", "الجلسة الافتتاحية"),
    ),
    E(
        "Violence against civilians/Attack",
        "حرق الطفل الفلسطيني الرضيع",
        target=("الطفل الفلسطيني الرضيع",),
        place=("مدينة نابلس", "نابلس"),
        date="unknown",
    ),
    E(
        "Diplomacy/Meeting",
        "قمة بيروت",
        place=("بيروت",),
        date="2002",
        status="historical",
    ),
    E(
        "Diplomacy/Meeting",
        "القمة العربية الأخيرة",
        place=("شرم الشيخ",),
        date="unknown",
        status="historical",
    ),
]

F["snn-20150725-00170"] = [  # currencies; Turkish strikes and Istanbul raids
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصفت",
        actor=("مقاتلات تركية", "تركية"),
        target=("مواقع لتنظيم داعش", "تنظيم داعش", "داعش"),
        place=("سوريا",),
        date="2015-07-24",
    ),
    E(
        "Strategic developments/Arrests",
        "داهمت",
        actor=("شرطة مكافحة الإرهاب",),
        target=("مواقع يشتبه بأنها تابعة للتنظيم", "جماعة كردية متشددة"),
        place=("مدينة إسطنبول", "إسطنبول"),
        date="2015-07-24",
    ),
]

F["snn-20150803-00187"] = [  # opinion: Erdogan's pragmatism
    E(
        "Diplomacy/Agreement",
        "الاتفاق الأميركي التركي الأخير",
        actor=("الأميركي",),
        target=("التركي", "تركيا"),
        date="unknown",
        also=("هذا الاتفاق قد أُبرم", "سماح تركيا لقوات التحالف باستخدام قاعدة إنجرليك"),
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "الحادث الإرهابي",
        target=("30 مواطنًا تركيًا", "مواطنًا تركيًا"),
        place=("مدينة سورج التركية", "سورج"),
        date="unknown",
        status="historical",
        fatalities=30,
        also=(
            "الحادث الإرهابي المشار إليه",
            "الحادثة الإرهابية الأخيرة",
            "الحادث الإرهابي الذي عرفته تركيا",
        ),
    ),
    E(
        "Diplomacy/Agreement",
        "الاتفاق الذي أبرمته إيران",
        actor=("إيران",),
        target=("مجموعة «5+1»", "5+1"),
        date="unknown",
    ),
]

F["snn-20150722-00037"] = [  # Abadi government between Diyala and Basra
    E(
        "Battles/Non-state actor overtakes territory",
        "احتلها",
        actor=("تنظيم داعش", "داعش"),
        place=("الموصل",),
        date="unknown",
        status="historical",
    ),
    E(
        "Strategic developments/Agreement",
        "التوقيع على الاتفاق النفطي",
        actor=("بغداد",),
        target=("أربيل",),
        date="unknown",
        status="historical",
    ),
    E(
        "Strategic developments/Agreement",
        "التوقيع على وثيقة الاتفاق السياسي",
        actor=("العبادي",),
        target=("العرب السنة",),
        date="unknown",
        status="historical",
    ),
    E(
        "Riots/Violent demonstration",
        "مظاهرات ومصادمات",
        actor=("المتظاهرين", "الأهالي"),
        target=("الجهات الأمنية",),
        place=("محافظة البصرة", "البصرة", "شمال البصرة"),
        date="unknown",
        fatalities=1,
        also=("خرجوا في مظاهرات", "أثناء المظاهرة", "حرق مؤسسات الدولة"),
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "تفجير خان بني سعد",
        actor=("تنظيم داعش", "داعش"),
        place=("خان بني سعد", "ديالى"),
        date="unknown",
        also=(
            "المتسببين في تفجير خان بني سعد",
            "تفجير خان بني سعد الذي تبناه",
            "منفذي تفجير خان بني سعد",
            "التفجير الإجرامي",
        ),
    ),
]


if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
