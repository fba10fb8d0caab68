"""Source of tests/data/events_r15a.jsonl: the fifteenth blind event round, part r15a.

14 real articles (SaudiNewsNet politics 14, 958–1,491 characters): the lines of
`python tests/data/events_round15_select.py` whose first column is `r15a` (selection =
events_round15_select.py, seed 1515, part r15a; near-copies of annotated articles skipped by the draw).
All 14 kept, none dropped; 33 events; 3 of them report no event (negatives). Annotated by reading only
(2026-11-29): the event coder was never run on these articles and no coder output was read. Same format
and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set); `build()`
comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or a 60-character
passage with any tests/data/events_*.jsonl text. Same happenings in other words: Carter's Baghdad visit
(dev, r10a, r11a, r13b), the fall of al-Anad and of al-Houta (r5a, r8a, r12b, r14b), the liberation of
Aden (many rounds).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r14b_source.py): al-Fayyad's
trip to Damascus → *Meeting* with Assad («اللقاء … في دمشق أمس», 2015-07-30) and *Visit* («الزيارة»), and
Carter's «الزيارة الأخيرة» to Baghdad → *Visit*, reported, date "unknown" (a days-old back-reference); Lahj:
the Popular Resistance taking al-Houta «اليوم الثلاثاء» (a Thursday article: the weekday wins, 2015-08-04)
and the areas listed with it → one *Non-state actor overtakes territory* (the clashes before it and
«تحريرها» its mentions; all the named areas accepted as place), the capture of «أعداد كبيرة» of Houthis →
*Arrests* (same day), the coalition's strike on a Houthi column at Kresh → *Air/drone strike*
(publication date), and «بعد مدينتي الضالع وعدن» → one *Non-state actor overtakes territory* (one country,
both towns accepted, as r12a), reported, date "unknown" (ambiguous: al-Dhale's fall is over 60 days
old); the government spokesman: Aden «فقد السيطرة … لصالح التحالف العربي» → *Government regains territory*,
reported, date "unknown", and Saleh's «دخولهم صنعاء» → historical *Non-state actor overtakes territory*
(as r13b); al-Maysari: the cleansing of Abyan and Zinjibar (no actor in the text) → one *Government
regains territory* (as r6a's Lahj and Abyan), the fall of al-Anad «في أيدي المقاومين» → *Non-state
actor overtakes territory*, the liberation of Aden → *Government regains territory* (no actor), all
reported, date "unknown", and the coalition's «جسر جوي وبحري وبري» → *Diplomacy/Aid* (ambiguous: a
programme more than a happening; place Aden read from the context); Lahj/Abyan/Shabwa: the army's
«اسقاط اجزاء» of al-Anad base → *Government regains territory*, the fighting in Lahj city and the 4th
brigade's clash with the Houthis (no place) → two *Armed clash*, the five Houthis killed by the blast
of their vehicle in Bayhan and the Shabwa Resistance's ambush in Wadi Khar that killed five → one
*Armed clash* (read as one incident told twice: the killing its trigger, the blast and the ambush its
mentions; ambiguous), the coalition aircraft that «أفشلت» a Houthi attack at al-Luhum → *Air/drone
strike* («اكثر من 23» → 23), the Houthi «قصف» of a residential area of Aden → *Shelling* (5 dead); Aden,
Reuters story: the shelling that killed 43 «اليوم الأحد» (a Tuesday article → 2015-07-19), the liberation
announced two days before → *Government regains territory* 2015-07-17 with the airport «الأسبوع الماضي»
and «تقدمهم» as mentions (ambiguous: the airport could be its own event, 2015-07) and the continuing
clashes in Dar Saad, Sabr and al-Maashiq → *Armed clash* 2015-07-19; Mohammed bin Salman in Jordan
«أمس» → *Talks* («مباحثات») and *Visit*, 2015-08-05; the PKK: the tractor-bomb suicide attack on the
gendarmerie «صباح الأحد» near Doğubayazıt → *Suicide bomb* 2015-08-02, 2 dead (the Turkish official toll,
not the PKK's «أكثر من خمسين»), the Turkish air raid on Zarkal «في نهاية الأسبوع» → *Air/drone strike*
`2015-08`, 10 dead, reported (the army denies hitting a populated area, not the raid), the two attacks
the Turkish media report «الأثنين» (hospital → *Violence against civilians/Attack*, convoy → *Armed
clash*, no place below «شرق البلاد», 0 dead) and the weekend clashes in Gümüşhane → *Armed clash*
`2015-08`; Bahah's few hours in Aden → *Diplomacy/Visit* 2015-08-01; the reported seizure of two F-16s
from Habbaniya by Kurdish officers → *Strategic developments/Other* (as dev's seized warplanes),
reported (the ministry neither confirms nor denies), and ISIS's executions in Fallujah → *Attack*; the
weeks of protests in Baghdad and southern cities → one *Peaceful protest*, date "unknown" (ambiguous: a
weeks-long campaign).

Not events (the three negatives: an opinion column — the Zabadani battle named as the setting of
Nasrallah's words, Saddam's 1990 occupation of Kuwait and the «مجازر» are rhetoric (ambiguous: the
Zabadani battle has sides and a place, but is weeks-long and only the column's frame); the Libyan oil
minister's interview — the oil crescent «تعرضت مؤخرا لمحاولات التخريب» is vague; UNAMI's July casualty
tally (a month's toll, as r13b) and ISIS's «الهجمات … الصيف الماضي» (no place below the country)) —
and, within coded articles: the coordination to free border crossings, Assad's request for militias, the Resistance's sweeps and pursuit in the Anad triangle,
forecasts («حسم المعارك … بات وشيكا», «تحرك قوات المقاومة نحو تحرير محافظة شبوة», «توقعت … حدوث
انشقاقات»), the Houthi siege of Aden and the coalition's four-month air campaign (ongoing), the Gulf
training and transport of troops, Saleh's claims and calls, the coup as a political state, Abadi's and
Sistani's calls, the F-16 delivery (a purchase), the demand to stop shelling Fallujah and ISIS holding
4,000 families (a state), Bahah's planned hospital visits.

Run: python tests/data/events_r15a_source.py            (writes events_r15a.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

HERE = Path(__file__).parent
OUT = HERE / "events_r15a.jsonl"

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150731-00342"] = [
    E(
        "Diplomacy/Meeting",
        "اللقاء",
        actor=("الرئيس السوري بشار الأسد", "بشار الأسد", "الأسد"),
        target=("فالح الفياض", "الفياض", "مبعوث رئيس الوزراء العراقي", "حيدر العبادي"),
        place=("دمشق",),
        date="2015-07-30",
    ),
    E(
        "Diplomacy/Visit",
        "الزيارة",
        actor=("وزير الدفاع الأميركي آشتون كارتر", "آشتون كارتر", "كارتر"),
        place=("بغداد",),
        date="unknown",
    ),
    E(
        "Diplomacy/Visit",
        "الزيارة",
        at="التي تقف خلف",
        actor=("فالح الفياض", "الفياض", "مبعوث رئيس الوزراء العراقي"),
        place=("دمشق",),
        date="2015-07-30",
    ),
]
F["snn-20150722-00490"] = []  # an opinion column: the Zabadani battle, Kuwait 1990 and «مجازر» are rhetoric
F["snn-20150806-01597"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرت",
        actor=("المقاومة الشعبية", "المقاومة"),
        target=("الحوثيين", "القوات الموالية للرئيس اليمني السابق علي صالح", "علي صالح"),
        place=(
            "مدينة الحوطة",
            "الحوطة",
            "محافظة لحج",
            "لحج",
            "الرباط",
            "الفيوش",
            "اللواء الخامس",
            "المحلة",
            "جلاجل",
        ),
        date="2015-08-04",
        also=("اشتباكات", "المقاومة سيطرت على مركز المحافظة", "تحريرها"),
    ),
    E(
        "Strategic developments/Arrests",
        "أسر",
        at="إلى جانب",
        actor=("المقاومة",),
        target=("أعداد كبيرة منهم", "الحوثيين"),
        place=("مدينة الحوطة", "الحوطة", "لحج"),
        date="2015-08-04",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات جوية",
        actor=("مقاتلات التحالف", "التحالف"),
        target=("رتلا عسكريا تابعا للحوثيين", "الحوثيين", "قوات صالح"),
        place=("منطقة كرش", "كرش", "لحج"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "حررت",
        actor=("المقاومة الشعبية", "المقاومة"),
        target=("الحوثيين", "قوات صالح"),
        place=("الضالع", "عدن"),
        date="unknown",
    ),
]
F["snn-20150807-00500"] = []  # an oil minister's interview; «محاولات التخريب» «مؤخرا» is vague
F["snn-20150803-01337"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "دخولهم",
        actor=("الحوثيين", "الحوثي"),
        place=("صنعاء",),
        date="unknown",
        status="historical",
    ),
    E(
        "Battles/Government regains territory",
        "فقد السيطرة",
        actor=("التحالف العربي",),
        target=("التحالف العسكري للمخلوع مع الحوثيين", "الحوثيين", "المخلوع"),
        place=("مدينة عدن", "عدن"),
        date="unknown",
    ),
]
F["snn-20150808-01279"] = [
    E(
        "Battles/Government regains territory",
        "تطهير",
        target=("العناصر الحوثية", "الحوثي"),
        place=("محافظتي أبين وزنجبار", "أبين", "زنجبار"),
        date="unknown",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سقوط",
        actor=("المقاومين", "المقاومة"),
        target=("الحوثيين",),
        place=("قاعدة العند", "العند"),
        date="unknown",
    ),
    E(
        "Battles/Government regains territory",
        "تحرير",
        at="لافتا إلى أنه بعد",
        target=("الميليشيات الحوثية", "الحوثي"),
        place=("محافظة عدن", "عدن"),
        date="unknown",
        also=("طرد الميليشيات الحوثية",),
    ),
    E(
        "Diplomacy/Aid",
        "جسر جوي",
        actor=("قوات التحالف العربي", "التحالف العربي", "المملكة"),
        target=("المقاومة الشعبية", "الأهالي"),
        place=("محافظة عدن", "عدن"),
        date="unknown",
    ),
]
F["snn-20150731-01905"] = [
    E(
        "Battles/Government regains territory",
        "اسقاط",
        actor=("الجيش الوطني اليمني", "الجيش الوطني"),
        place=("قاعدة العند العسكرية", "قاعدة العند", "العند", "محافظة لحج", "لحج"),
    ),
    E(
        "Battles/Armed clash",
        "مواجهات",
        target=("ميليشيات الحوثي", "الحوثي"),
        place=("مدينة لحج", "لحج"),
    ),
    E(
        "Battles/Armed clash",
        "قتل",
        at="في غضون ذلك، قتل",
        actor=("المقاومة في شبوة", "المقاومة"),
        target=("ميليشيات الحوثي", "الحوثي", "الميليشيات الحوثية", "حوثيين"),
        place=("مديرية بيحان", "بيحان", "وادي خر", "شبوة"),
        fatalities=5,
        also=("انفجار أحد الأطقم", "كمينا", "مقتل خمسة حوثيين"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "أفشلت",
        actor=("طائرات التحالف العربي", "التحالف العربي"),
        target=("ميليشيات الحوثي", "الحوثي", "حوثيا", "تعزيزات"),
        place=("منطقة اللحوم", "اللحوم"),
        fatalities=23,
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصف",
        at="في صفوف المدنيين إثر",
        actor=("الحوثي",),
        target=("المدنيين", "تجمع سكني"),
        place=("مدينة عدن", "عدن"),
        fatalities=5,
        also=("سقوط خمسة قتلى",),
    ),
    E(
        "Battles/Armed clash",
        "اشتباكات",
        actor=("اللواء الرابع",),
        target=("ميليشيات الحوثي", "الحوثي"),
    ),
]
F["snn-20150802-00922"] = []  # UNAMI's July casualty tally; ISIS's attacks «الصيف الماضي» (no place)
F["snn-20150809-01017"] = [
    E(
        "Protests/Peaceful protest",
        "احتجاجات",
        place=("بغداد", "مدن بجنوب العراق", "العراق"),
        date="unknown",
    ),
]
F["snn-20150721-01630"] = [
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قتلوا",
        actor=(
            "جماعة الحوثي",
            "الحوثي",
            "القوات الموالية للرئيس السابق علي عبد الله صالح",
            "علي عبد الله صالح",
        ),
        target=("43 شخصا", "شخصا"),
        place=("مدينة عدن", "عدن"),
        date="2015-07-19",
        fatalities=43,
        also=("قصفت",),
    ),
    E(
        "Battles/Government regains territory",
        "تحرير",
        actor=("مقاتلون محليون", "تلك القوات", "قوات الجيش اليمني"),
        place=("المدينة", "عدن", "مطار عدن"),
        date="2015-07-17",
        also=("سيطرت على مطار عدن", "تقدمهم"),
    ),
    E(
        "Battles/Armed clash",
        "الاشتباكات",
        actor=("مقاتلون محليون",),
        place=("دار سعد", "صبر", "المعاشيق", "كريتر", "عدن"),
        date="2015-07-19",
    ),
]
F["snn-20150806-00196"] = [
    E(
        "Diplomacy/Talks",
        "مباحثات",
        actor=("الأمير محمد بن سلمان", "محمد بن سلمان"),
        target=("الملك عبد الله الثاني", "عبد الله الثاني"),
        place=("المملكة الأردنية الهاشمية", "الأردن"),
        date="2015-08-05",
    ),
    E(
        "Diplomacy/Visit",
        "زيارة",
        actor=("الأمير محمد بن سلمان", "محمد بن سلمان"),
        place=("بلاده", "المملكة الأردنية الهاشمية", "الأردن"),
        date="2015-08-05",
        also=("الزيارة تأتي", "وصل أمس"),
    ),
]
F["snn-20150803-00550"] = [
    E(
        "Explosions/Remote violence/Suicide bomb",
        "الهجوم الانتحاري",
        actor=(
            "حزب العمال الكردستاني",
            "متمردو حزب العمال الكردستاني",
            "الجناح المسلح للحزب الكردستاني",
        ),
        target=("ثكنة للدرك التركي", "الدرك التركي", "القوات التركية"),
        place=("مدينة دوغوبيازيت", "دوغوبيازيت"),
        date="2015-08-02",
        fatalities=2,
        also=("الهجوم الذي شن بواسطة جرار مفخخ",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "مقتل",
        actor=("للمقاتلات التركية", "الطيران التركي", "المقاتلات التركية"),
        target=("مدنيين عراقيين", "مدنيين"),
        place=("زركال", "قرية زركال", "شمال العراق"),
        date="2015-08",
        fatalities=10,
        also=("غارات للمقاتلات التركية", "مجزرة زركال", "قصف في نهاية الأسبوع"),
    ),
    E(
        "Violence against civilians/Attack",
        "هجمات",
        at="إلى ذلك",
        actor=("حزب العمال الكردستاني",),
        target=("مستشفى",),
        date="2015-08-03",
        fatalities=0,
    ),
    E(
        "Battles/Armed clash",
        "هجومان",
        actor=("حزب العمال الكردستاني",),
        target=("قافلة عسكرية",),
        date="2015-08-03",
        fatalities=0,
    ),
    E(
        "Battles/Armed clash",
        "مواجهات مسلحة",
        actor=("المتمردين",),
        target=("قوات الأمن",),
        place=("محافظة كوموش خانة", "كوموش خانة"),
        date="2015-08",
    ),
]
F["snn-20150801-00890"] = [
    E(
        "Diplomacy/Visit",
        "زيارة",
        actor=("نائب الرئيس اليمني خالد بحاح", "خالد بحاح", "بحاح"),
        place=("مدينة عدن", "عدن"),
        date="2015-08-01",
        also=("مطار عدن الدولي",),
    ),
]
F["snn-20150727-01253"] = [
    E(
        "Strategic developments/Other",
        "استيلاء",
        actor=("الأكراد", "مجموعة ضباط أكراد", "ضباط أكراد"),
        target=("طائرتين", "طائرات إف 16"),
        place=("قاعدة الحبانية الجوية", "الحبانية"),
        also=("باستيلاء مجموعة ضباط أكراد",),
    ),
    E(
        "Violence against civilians/Attack",
        "إعدامات",
        actor=("تنظيم داعش", "داعش"),
        place=("الفلوجة",),
    ),
]


if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
