"""Source of tests/data/events_r47c.jsonl: the forty-seventh blind event round, part r47c.

8 real articles (SaudiNewsNet politics, 4,223–5,969 characters): the lines of /work/brief/DRAW_r47.tsv
(the saved output of `python tests/data/events_round47_select.py`) whose first column is `r47c`
(selection = events_round47_select.py, seed 4747, part r47c). All 8 kept, none dropped. Annotated by
reading only (2026-11-29): the event coder was never run on these articles and no coder output was read.
Same format and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set);
`build()` comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three or more
12-word runs with an article of another tests/data/events_*.jsonl set (checked 2026-11-29, before the
other parts of rounds 46–47 were committed). Same happenings in other words: the Lavrov–Kerry–Jubeir
trilateral in Doha (r45a 00150), the al-Qudaih mosque bombing, the liberation of Aden.

Choices (the last rounds' calls followed):
- Syrian banknotes (00116): no event (the new notes, the ATM failures, the opposition's switch to the
  Turkish lira and the Aleppo court's decision are economic/administrative) → negative;
- Lavrov in Doha (00822): the talks with his Qatari, US and Saudi counterparts and the «لقاء جمعه» with
  Kerry and al-Jubeir → one *Diplomacy/Meeting* 2015-08-03 (the press conference «أمس» after it; as r45a);
  his meeting with Moaz al-Khatib in Doha → *Meeting*, no date; Putin's meeting with Mohammed bin Salman
  → *Meeting*, historical, "unknown"; the Geneva communique signed 30 June 2012 → *Diplomacy/Agreement*,
  historical; the appended US–GCC bullet list: Camp David (14 May 2015) → *Meeting*, historical, and the
  fifth strategic-cooperation meeting in New York in late September 2015 → *Meeting*, planned (both
  ambiguous: items of a statement); Russia's military-technical support (habitual), the press
  conference and the statements are not coded;
- social work column (00385): the security forces' arrest of 431 suspects → *Arrests*, reported, no date
  and no place named (ambiguous: a column's aside about a recent announcement); the generic bombings are
  not coded;
- OIC Kuwait (00374): the Emir opening the 42nd session «اليوم» → *Diplomacy/Meeting* 2015-07-24; the
  al-Qudaih (Qatif) mosque bombing → *Remote explosive/landmine/IED* (the text names no weapon; as
  r25a/r44), historical, "unknown", «العشرات من الضحايا» not a count; the coalition's campaign, the
  Houthis seizing power (no place), Israel's violations of al-Aqsa and the handover of the presidency are
  not coded;
- media column (00647): no event (Mohammed bin Zayed's statements are statements) → negative;
- Aden (01613): the Resistance «المدعومين بقوات الجيش» taking Jabal Maashiq and the palace → *Non-state
  actor overtakes territory* (as fresh), 44 dead (the six Resistance «قتل وأصيب» not counted), the clashes
  and «تحرير المدينة» its mentions; the Houthis taking the palace in March → *Non-state actor overtakes
  territory*, historical, 2015-03; «القوات الموالية للشرعية» taking al-Tawahi «أمس» and Crater, Khor
  Maksar, al-Mualla, al-Qalua «في الأيام القليلة الماضية» → two *Government regains territory* (the
  second undated); the 12 coalition raids «أمس» on militias advancing from Lahj → *Air/drone strike*
  2015-07-23, 28 dead; the strike on reinforcements in Shabwa → *Air/drone strike*, no date; the strike on
  an armoured vehicle at al-Tuwal «أول من أمس» → *Air/drone strike* 2015-07-22 (18 killed and wounded
  together: no count); the coalition warships destroying 10 boats off Shuqra → *Shelling/artillery/missile
  attack*; the militias seizing the fishermen's boats → *Looting/property destruction* (ambiguous); the
  explosions in south Sanaa (strikes on the Republican Guard brigades) → *Air/drone strike*; the
  Resistance preparing to storm al-Anad → *Non-state actor overtakes territory*, planned; the fighting
  around al-Anad and Labouza → one *Armed clash*, 44 dead (the last sentence's «مقتل 44 … في اشتباكات
  عنيفة في قاعدة العند», attributed to the clashes, not to the strikes: ambiguous); the coalition strikes on
  al-Anad, al-Labwa and Wadi al-Husaini → *Air/drone strike*, no count; Wadi Aqan taken → *Non-state actor
  overtakes territory*; the road to the base, the sweeps and the fleeing leaders are not coded;
- Houthi's nephew (00745): his killing in the Marib fighting «أول من أمس» → *Armed clash* 2015-07-30, no
  count; the Resistance killing Houthi snipers in Taiz (al-Hawd, al-Jahmaliya) → one *Armed clash*, 5 dead
  (3 + 2 «استهدفوا»: ambiguous); Tabbat Masoud in Jabal Sabr taken → *Non-state actor overtakes
  territory*, 22 dead (the later «24 قتيلا» is the same clashes); al-Houta entered «فجر أمس» → *Non-state
  actor overtakes territory* 2015-07-31 (the flight of the militias its first mention, the street war a
  mention); the al-Alam triangle in Aden → *Non-state actor overtakes territory*; the storming of
  Zinjibar → planned; Jabal Yasuf in Lawdar «أول من أمس» → *Non-state actor overtakes territory*
  2015-07-30, 44 dead; the grenade attack in Hodeidah → *Grenade*; the Houthis taking Hodeidah late last
  year → *Non-state actor overtakes territory*, historical, 2014; the US drone strike in Marib (al-Mahfad)
  → *Air/drone strike*, 4 dead; al-Wuhayshi's killing → *Air/drone strike*, historical, "unknown", 1
  dead; AQAP executing two alleged spies «الشهر قبل الماضي» → *Violence against civilians/Attack*,
  historical, 2015-06, 2 dead, no place; the vague «مواقع مهمة في تعز، وأبين», the many fronts, the
  monthly drone toll, the strike «قبل أسابيع» (perhaps al-Wuhayshi's) and Operation Karama's launch are
  not coded;
- Aleppo barrels (00127): the Turkish operations against ISIS → *Air/drone strike* (the text says only
  «عمليات عسكرية»: ambiguous type, as r45c); the coalition strikes on ISIS in the eastern and northern
  Aleppo countryside → one *Air/drone strike* (both places accepted); the strike on al-Nusra in Azaz
  «ليل الخميس - الجمعة» → *Air/drone strike* 2015-07-30; the coalition air force in the Hasakah battles
  and at Marea → two *Air/drone strike*, historical, "unknown"; ISIS taking Palmyra in May →
  *Non-state actor overtakes territory*, historical, 2015-05; the US landing in Deir ez-Zor killing Abu
  Sayyaf → *Armed clash*, historical, 2015-05 (its arrests part of the raid); the stopped barrel bombs
  (habitual), the warnings and the denials are not coded.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r47c.jsonl")

F: dict[str, list[dict]] = {}

F["snn-20150811-00116"] = []  # Syrian banknotes printed in Russia: negative

F["snn-20150804-00822"] = [  # Lavrov in Doha
    E(
        "Diplomacy/Meeting",
        "محادثات",
        actor=("سيرجي لافروف", "لافروف", "وزير الخارجية الروسي"),
        target=("نظرائه القطري والأميركي والسعودي", "جون كيري", "كيري", "عادل الجبير", "الجبير"),
        place=("الدوحة",),
        date="2015-08-03",
        also=("لقاء جمعه",),
    ),
    E(
        "Diplomacy/Meeting",
        "اللقاء الذي أجراه في الدوحة",
        actor=("الوزير", "لافروف"),
        target=("أحمد معاذ الخطيب", "معاذ الخطيب", "الخطيب"),
        place=("الدوحة",),
        also=("هذا اللقاء",),
    ),
    E(
        "Diplomacy/Agreement",
        "بيان جنيف",
        actor=("المشاركون",),
        date="2012-06-30",
        status="historical",
        also=("وقع المشاركون", "بيان جنيف من 30 يونيو عام 2012"),
    ),
    E(
        "Diplomacy/Meeting",
        "لقائه",
        at="مبادرة الرئيس الروسي",
        actor=("فلاديمير بوتين", "بوتين"),
        target=("الأمير محمد بن سلمان", "محمد بن سلمان"),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Meeting",
        "أعلن عنها في كامب ديفيد",
        actor=("الولايات المتحدة",),
        place=("كامب ديفيد",),
        date="2015-05-14",
        status="historical",
    ),
    E(
        "Diplomacy/Meeting",
        "الاجتماع الخامس للتعاون الاستراتيجي",
        place=("نيويورك",),
        date="2015-09",
        status="planned",
    ),
]

F["snn-20150723-00385"] = [  # column: socialisation against extremism
    E(
        "Strategic developments/Arrests",
        "القبض على (431) متهماً",
        actor=("رجال الأمن",),
        target=("(431) متهماً", "متهماً"),
    ),
]

F["snn-20150724-00374"] = [  # OIC foreign ministers in Kuwait
    E(
        "Diplomacy/Meeting",
        "افتتح",
        actor=("الشيخ صباح الأحمد الجابر الصباح", "صباح الأحمد", "أمير دولة الكويت"),
        target=("مجلس وزراء خارجية منظمة التعاون الإسلامي", "منظمة التعاون الإسلامي"),
        place=("الكويت",),
        date="2015-07-24",
        also=("افتتاح أعمال الدورة",),
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "حادث التفجير الإرهابي",
        target=("أحد مساجد محافظة القطيف", "مسجدًا"),
        place=("محافظة القطيف", "القطيف", "قرية القديح", "القديح"),
        date="unknown",
        status="historical",
        also=("الاعتداء الإرهابي الأخير",),
    ),
]

F["snn-20150723-00647"] = []  # column: media and the nuclear bomb: negative

F["snn-20150724-01613"] = [  # the Resistance completes the liberation of Aden
    E(
        "Battles/Non-state actor overtakes territory",
        "السيطرة على آخر مواقعهم",
        actor=("ثوار المقاومة الشعبية", "المقاومة الشعبية", "المقاومة"),
        target=("ميليشيات التمرد الحوثي", "الحوثي", "فلول الرئيس المخلوع علي عبدالله صالح"),
        place=("جبل معاشيق", "القصر الرئاسي", "مدينة عدن", "عدن"),
        fatalities=44,
        also=("اشتباكات عنيفة", "المعركة", "تحرير المدينة", "إحكام السيطرة على قصر المعاشيق"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سقط بيد الحوثيين",
        actor=("الحوثيين",),
        place=("القصر الرئاسي", "عدن"),
        date="2015-03",
        status="historical",
        also=("اجتياحهم المدينة",),
    ),
    E(
        "Battles/Government regains territory",
        "أكملت أمس السيطرة",
        actor=("القوات الموالية للشرعية",),
        target=("المتمردين",),
        place=("منطقة التواهي", "التواهي"),
        date="2015-07-23",
    ),
    E(
        "Battles/Government regains territory",
        "استعادت",
        actor=("تلك القوات", "القوات الموالية للشرعية"),
        place=("كريتر", "خور مكسر", "المعلا", "القلوعة", "مطار عدن", "عدن"),
        also=("كما استعادت منشآت حيوية",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "شنت مقاتلات التحالف أمس 12 غارة جوية",
        actor=("مقاتلات التحالف", "التحالف"),
        target=("ميليشيات حوثية",),
        place=("لحج", "عدن"),
        date="2015-07-23",
        fatalities=28,
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصف طيران التحالف",
        actor=("طيران التحالف",),
        target=("تعزيزات للحوثيين",),
        place=("محافظة شبوة", "شبوة", "بيحان"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "استهدف طيران التحالف",
        actor=("طيران التحالف",),
        target=("مدرعة للحوثيين",),
        place=("منطقة الطوال", "الطوال"),
        date="2015-07-22",
        also=("الغارة",),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "دمرت البوارج الحربية",
        actor=("البوارج الحربية التابعة لقوات التحالف", "قوات التحالف"),
        target=("10 زوارق بحرية", "زوارق"),
        place=("مدينة شقرة", "شقرة", "محافظة أبين", "أبين"),
    ),
    E(
        "Strategic developments/Looting/property destruction",
        "استولت عليها عناصر الميليشيات بالقوة",
        actor=("عناصر الميليشيات",),
        target=("صيادين من أبين", "لصيادين"),
        place=("مدينة شقرة", "شقرة", "أبين"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "انفجارات دوت",
        actor=("طيران التحالف",),
        target=("ألوية من قوات الحرس الجمهوري", "قوات الحرس الجمهوري", "اللواء الرابع"),
        place=("جنوب العاصمة", "صنعاء", "معسكر السواد"),
        also=("استهدف بغاراته",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "لاقتحام قاعدة العند",
        actor=("مقاتلو المقاومة الشعبية", "المقاومة الشعبية"),
        target=("الحوثيين", "قوات صالح"),
        place=("قاعدة العند الجوية", "قاعدة العند", "لحج"),
        status="planned",
        also=("الهجوم النهائي لاستعادة القاعدة",),
    ),
    E(
        "Battles/Armed clash",
        "معارك عنيفة",
        actor=("قوات الجيش الوطني والمقاومة الشعبية", "قوات الجيش الوطني", "المقاومة الشعبية"),
        target=("ميليشيات التمرد الإرهابية", "جماعة الحوثي", "الحوثي"),
        place=("القاعدة الجوية", "قاعدة العند", "معسكر لبوزة", "لحج"),
        fatalities=44,
        also=("معارك تحرير قاعدة العند", "اشتباكات عنيفة لا تزال تدور", "اشتباكات عنيفة في قاعدة العند"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطروا على وادي عقان",
        actor=("مقاتلو المقاومة الشعبية", "المقاومة الشعبية"),
        place=("وادي عقان", "لحج"),
        also=("خمسة مواقع محيطة بالقاعدة الجوية",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "استهدفت غارات التحالف",
        actor=("غارات التحالف", "التحالف"),
        target=("ميليشيات الحوثي والمخلوع صالح", "ميليشيات الحوثي"),
        place=("قاعدة العند", "اللبوة", "وادي الحسيني", "لحج"),
    ),
]

F["snn-20150801-00745"] = [  # the Houthi leader's nephew reported killed
    E(
        "Battles/Armed clash",
        "بمقتل",
        actor=("المقاومة",),
        target=("أبو عبدالله يحيى بدر الدين الحوثي", "ميليشيات التمرد الحوثي"),
        place=("محافظة مأرب", "مأرب"),
        date="2015-07-30",
        also=("المواجهات التي تشهدها المحافظة", "قتل أول من أمس"),
    ),
    E(
        "Battles/Armed clash",
        "تصفية عدد من قناصة الحوثي",
        actor=("الثوار", "المقاومة"),
        target=("قناصة الحوثي", "الحوثي"),
        place=("تعز", "جولة الحوض", "حي الجحملية"),
        fatalities=5,
        also=("قتل قناصة", "استهدفوا ثلاثة قناصة"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطر الثوار على مرتفع تبة مسعود",
        actor=("الثوار",),
        target=("متمردا", "ميليشيات الحوثي", "الحوثي"),
        place=("تبة مسعود", "مديرية مشرعة", "جبل صبر"),
        fatalities=22,
        also=("اقتحام معقل ميليشيات الحوثي", "استعادوا تبة مسعود الاستراتيجية"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "الهرب والتقهقر",
        actor=("قوات المقاومة الشعبية", "المقاومة الشعبية", "الثوار"),
        target=("ميليشيات التمرد الحوثي", "الحوثي"),
        place=("مدينة الحوطة", "الحوطة", "محافظة لحج", "لحج"),
        date="2015-07-31",
        also=("دخلوا المدينة فجر أمس", "حرب شوارع عنيفة", "أكملوا سيطرتهم الكاملة على المدينة"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "استعادة مثلث العلم",
        actor=("مقاتلو المقاومة الشعبية", "المقاومة الشعبية"),
        target=("المتمردين",),
        place=("مثلث العلم", "عدن"),
        also=("مواجهات عنيفة مع المتمردين", "الاشتباكات أسفرت"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "لاقتحام مدينة زنجبار",
        actor=("الثوار",),
        place=("مدينة زنجبار", "زنجبار", "أبين"),
        status="planned",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "استولوا",
        actor=("مقاتلو المقاومة الشعبية", "المقاومة الشعبية"),
        target=("لواء المجد", "الحرس الجمهوري", "ميليشيات الحوثي"),
        place=("جبل يسوف", "لودر", "محافظة أبين", "أبين"),
        date="2015-07-30",
        fatalities=44,
        also=("هزيمة ساحقة",),
    ),
    E(
        "Explosions/Remote violence/Grenade",
        "هجوما مسلحا",
        actor=("المقاومة الشعبية بإقليم تهامة", "المقاومة الشعبية", "مسلحين"),
        target=("عناصر التمرد", "تجمعا لميليشيات الانقلابيين"),
        place=("محافظة الحديدة", "الحديدة", "منزل الرئيس عبد ربه منصور هادي"),
        also=("هاجما بقنبلة يدوية", "الهجوم"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرتها على المحافظة",
        actor=("الميليشيات",),
        place=("الحديدة",),
        date="2014",
        status="historical",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارة شنتها طائرة أميركية بدون طيار",
        actor=("طائرة أميركية بدون طيار", "طائرة أميركية"),
        target=("عناصر من القاعدة", "القاعدة", "أحمد الكاظمي"),
        place=("محافظة مأرب", "مأرب", "مديرية المحفد", "المحفد"),
        fatalities=4,
        also=("الغارة استهدفت سيارة",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "مقتله في غارة مماثلة",
        target=("ناصر الوحيشي", "الوحيشي", "قائد التنظيم"),
        date="unknown",
        status="historical",
        fatalities=1,
    ),
    E(
        "Violence against civilians/Attack",
        "إعدام عنصرين",
        actor=("قيادة التنظيم", "التنظيم", "القاعدة"),
        target=("عنصرين",),
        date="2015-06",
        status="historical",
        fatalities=2,
        also=("عملية الإعدام",),
    ),
]

F["snn-20150801-00127"] = [  # barrel bombs stop falling on Aleppo
    E(
        "Explosions/Remote violence/Air/drone strike",
        "عمليات عسكرية نفذتها القوات التركية",
        actor=("القوات التركية", "تركيا"),
        target=("تنظيم داعش", "داعش"),
        place=("محافظة حلب", "حلب"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "نفذت طائرات التحالف ضربات",
        actor=("طائرات التحالف", "التحالف"),
        target=("التنظيم", "داعش"),
        place=("ريف حلب الشرقي", "الريف الشمالي", "حلب"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "الغارة الجوية التي استهدفت تنظيم جبهة النصرة",
        actor=("طائرات التحالف", "التحالف"),
        target=("تنظيم جبهة النصرة", "جبهة النصرة"),
        place=("أعزاز",),
        date="2015-07-30",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "تدخل سلاح الجو التابع للتحالف في معارك الحسكة",
        actor=("سلاح الجو التابع للتحالف", "التحالف"),
        place=("الحسكة",),
        date="unknown",
        status="historical",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "الهجوم على مارع",
        actor=("سلاح الجو التابع للتحالف", "التحالف"),
        place=("مارع", "ريف حلب الشمالي"),
        date="unknown",
        status="historical",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرة تنظيم داعش على مدينة تدمر",
        actor=("تنظيم داعش", "داعش"),
        place=("مدينة تدمر", "تدمر"),
        date="2015-05",
        status="historical",
    ),
    E(
        "Battles/Armed clash",
        "بإنزال",
        actor=("الطائرات الأميركية", "مجموعة عسكرية أميركية"),
        target=("أبو سياف", "تنظيم داعش"),
        place=("دير الزور",),
        date="2015-05",
        status="historical",
        also=("بقتل أبو سياف",),
    ),
]


if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
