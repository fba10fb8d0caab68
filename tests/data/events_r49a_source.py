"""Source of tests/data/events_r49a.jsonl: the forty-ninth blind event round, part r49a.

8 real articles (SaudiNewsNet politics, 4,010–5,848 characters): the lines of /work/brief/DRAW_r49.tsv
(the saved output of `python tests/data/events_round49_select.py`) whose first column is `r49a`
(selection = events_round49_select.py, seed 4949, part r49a). All 8 kept, none dropped. Annotated by
reading only (2026-11-29): the event coder was never run on these articles and no coder output was read.
Same format and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set);
`build()` comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three or more
12-word runs with an article of another tests/data/events_*.jsonl set (checked 2026-11-29, before the
other parts of rounds 48-49 were committed). Same happenings in other words: the US–Egypt strategic
dialogue of 2 August 2015 and the Barakat assassination (an earlier round), the liberation of Aden, the
Resistance taking al-Alam (in two articles of this part), the Vienna nuclear agreement.

Choices (the last rounds' calls followed):
- Iran "deadly prize" column (01251): the 1983 bombing of the US embassy in Kuwait and the bombing of the
  Marines base in Beirut «عام 1982» (the text's year) → two *Remote explosive/landmine/IED*, historical;
  the 1988 hijacking of a Kuwaiti plane → *Abduction/forced disappearance*, historical (as the earlier
  «اختطاف طائرة الجابرية»); the signing of the Vienna agreement → *Diplomacy/Agreement*, "unknown" (no
  date in the text). Not coded: the Iranian parliament's amendment of the nationality law (legislation),
  Khamenei's, Velayati's and Javani's statements, the naturalisations (a practice);
- Lahj, Abyan, Dhale, Taiz, Arhab, Marib (00544): the Resistance tightening its grip on the al-Alam
  triangle «أمس» after fierce battles → *Non-state actor overtakes territory* 2015-07-30 (as fresh: the
  Resistance backed by the army acting; the battles an `also`); the liberation of Aden in mid-July →
  takeover, historical, 2015-07; the earlier taking of Nuqtat al-Alam («وكان … قد سيطروا») → takeover,
  "unknown"; the Faculty of Education in Lawdar → takeover, and the clashes on the Lawdar fronts → a
  separate *Armed clash* (ambiguous: they could be read as mentions of the takeover); the Hawta clashes
  «الأربعاء» → *Armed clash* 2015-07-29; al-Musaymir → takeover; the al-Qubba ambush (11 Houthis)
  «ليلة الأربعاء» → *Armed clash* 2015-07-29; the Sanah battles with «أكثر من 60» dead «خلال يومين» →
  one *Armed clash*, 60 fatalities; the two ambushes at al-Abhour Qa'taba → one *Armed clash* (one place),
  8 dead; the liberation of Dhale «مطلع الشهر الفائت» → takeover, historical, 2015-06; Hadnan / Tabbat
  Mas'oud in Jabal Sabr → takeover; the Houthis killing sheikh Aref al-Zubairi «الخميس» → *Violence
  against civilians/Attack*, 2015-07-30, 1 dead (the siege of his house and the looting of his weapon
  are part of it); the Houthi takeover of Arhab in December → takeover, historical, 2014-12; the storming
  of Bait al-Zubairi and the blowing up of homes «قبل أشهر» → *Looting/property destruction*,
  historical, "unknown"; the raids and abductions in Ghoulat Zindan → *Abduction*; the coalition raids
  on Marib (13 dead; al-Jufaina and al-Faw fronts) → one *Air/drone strike* 2015-07-30. Not coded: the
  count of prisoners (a tally), the Anad siege, the «تقدما نحو العند» advance, the Resistance's aims;
- US–Egypt strategic dialogue (01110): the dialogue resumed «أمس» → *Diplomacy/Talks* 2015-08-02 (as the
  earlier round; Cairo accepted as place though the text does not name it); the assassination of
  Hisham Barakat → *Violence against civilians/Attack*, historical, "unknown", 1 dead (as the earlier
  round); the recent supply of F-16s and Apaches → *Diplomacy/Aid*, "unknown" (as «تسليم مصر طائرات»);
  the US ban on those deliveries after the 30 June revolution → *Diplomacy/Sanction*, historical, 2013
  (ambiguous). Not coded: the 30 June 2013 revolution (a process), Kerry's past visits (a habit), the
  Suez Canal, the speeches;
- novel review (00174): negative — the 1948 war, the ceasefire and the Holocaust are the setting of a
  novel (ambiguous: a column's historical war has been coded in earlier rounds);
- Hajjah, Marib, Lahj, Aden, Taiz, Abyan, Dhale (01306): the coalition raids on Hajjah / Harad «يوم أمس»
  (the aggregate first sentence its first mention) → *Air/drone strike* 2015-07-30; the raids on Marib →
  *Air/drone strike*; the Resistance killing the Houthi commander al-Faqih at al-Jufaina → *Armed clash*
  (no number: «العشرات»); the four raids on the convoy heading to al-Anad → *Air/drone strike*, and the
  Resistance then firing on the fleeing men → *Armed clash* (ambiguous); the 60+ raids on the al-Anad
  depots («وكان … قد تداولوا صورا») → *Air/drone strike*, "unknown"; Ja'awla (the surrender and booty part
  of it) → takeover; Bir Ahmed and al-Basateen after battles with 50+ dead → takeover, 50 fatalities;
  the Taiz security square and sites → takeover, 40 dead, and the rebels burning the sites they left →
  *Looting/property destruction* (ambiguous); al-Alam «أمس» → takeover 2015-07-30; the battle for Lawdar
  (48 captured, dozens dead) → *Armed clash*; the battle on the outskirts of Dhale (mortars, Katyushas,
  the ambush) → one *Armed clash*; the clashes east of Sanah killing MP al-Sharji → *Armed clash*, 1
  dead. Not coded: the siege of al-Anad, the reinforcements, the planned storming, the Houthi build-up
  and deployment of the Hussein brigades, the truce;
- Shabwa / Yafei interview (01013): the death of the Houthi leader Abu Ali Awam at the al-Anad junction
  «أمس» → *Armed clash* 2015-07-24, no actor, 1 dead (ambiguous: the text gives no cause); the
  coalition raids on rebel headquarters in Shabwa → *Air/drone strike*; the liberation of Aden (with the
  500 captured as an `also`) → takeover, historical, "unknown"; the Saudi relief planes landing at Aden
  airport → *Diplomacy/Aid*; the Houthi mortar shells on Najran (one Yemeni resident wounded) →
  *Shelling*. Not coded: the flight of the Houthi-appointed governor of Shabwa (ambiguous), the
  Resistance's aims, Saleh's arms purchases and the destroyed drugs (habits), the booty;
- Jazan passports (01271): negative (administrative status correction; the institute director's
  inspection visit is internal, not diplomacy; «عاصفة الحزم» a reference);
- Erdogan "wrong ally" column (00311): Turkey agreeing to join the US-led campaign (the agreement with
  the United States) → *Diplomacy/Agreement*, "unknown"; Erdogan bombing ISIS and the Kurds («يقصف»,
  no aircraft named) → two *Shelling/artillery/missile attack* (as fresh's unspecified «القصف التركي»),
  no place; Saleh Muslim's invitation to Washington for consultations → *Visit* and *Meeting*, planned,
  and the US ambassador's meeting with Demirtas → *Meeting*, planned (ambiguous: the column reads as
  recommendations but states these in the future tense). Not coded: the June election, the inquiry into
  Demirtas, NATO's support, the jailing of journalists (a practice).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r49a.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150807-01251"] = [  # opinion: Iran's naturalisation of foreign fighters
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "تفجير السفارة الأمريكية",
        actor=("العراقيين واللبنانيين",),
        target=("السفارة الأمريكية",),
        place=("الكويت",),
        date="1983",
        status="historical",
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "تفجير قاعدة المارينز",
        actor=("عماد مغنية",),
        target=("قاعدة المارينز",),
        place=("بيروت",),
        date="1982",
        status="historical",
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "اختطاف طائرة كويتية",
        actor=("عماد مغنية",),
        target=("طائرة كويتية",),
        date="1988",
        status="historical",
    ),
    E(
        "Diplomacy/Agreement",
        "التوقيع على اتفاقية فيينا",
        actor=("ايران", "إيران"),
        target=("القوى العظمى",),
        place=("فيينا",),
        date="unknown",
        also=("الاتفاق النووي مع القوى العظمى",),
    ),
]

F["snn-20150731-00544"] = [  # Lahj, Abyan, Dhale, Taiz, Arhab, Marib
    E(
        "Battles/Non-state actor overtakes territory",
        "أحكمت",
        actor=("المقاومة الشعبية", "المقاومة"),
        target=("الحوثيين",),
        place=("مثلث العلم", "لحج", "محافظة لحج"),
        date="2015-07-30",
        also=("بعد معارك عنيفة ضد الحوثيين",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "تحرير مدينة عدن",
        place=("مدينة عدن", "عدن"),
        date="2015-07",
        status="historical",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطروا على نقطة العلم",
        actor=("رجال المقاومة", "المقاومة"),
        place=("نقطة العلم",),
        date="unknown",
        also=("ونقطة العلم على مدخل عدن",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرت على كلية التربية",
        actor=("المقاومة الشعبية", "المقاومة"),
        place=("كلية التربية", "مدينة لودر", "لودر"),
        also=("سقوط لودر",),
    ),
    E(
        "Battles/Armed clash",
        "اشتباكات بجبهات شروان",
        actor=("المقاومة الشعبية", "المقاومة"),
        target=("الحوثيين", "ميليشيات الحوثي"),
        place=("لودر", "مدينة لودر", "شروان", "الحمراء", "مثلث الكهرباء", "سوق المدينة"),
        also=("بعض الاشتباكات بسوق المدينة",),
    ),
    E(
        "Battles/Armed clash",
        "اشتباكات دامية",
        actor=("المقاومة",),
        target=("الحوثيين", "ميليشيات جماعة الحوثيين"),
        place=("مدينة الحوطة", "الحوطة", "لحج"),
        date="2015-07-29",
        also=("المعارك المحدودة بين الطرفين",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "استعادة المقاومة بلدة المسيمير",
        actor=("المقاومة",),
        target=("الحوثيين",),
        place=("بلدة المسيمير", "المسيمير", "لحج"),
        also=("بعد معارك ضد الحوثيين",),
    ),
    E(
        "Battles/Armed clash",
        "قتل مالا يقل عن 11 حوثيا",
        actor=("للمقاومة الشعبية", "المقاومة الشعبية", "المقاومة"),
        target=("حوثيا", "الحوثيين"),
        place=("جبهة القبة", "القبة", "سناح", "محافظة الضالع", "الضالع"),
        date="2015-07-29",
        fatalities=11,
        also=("كمين محكم",),
    ),
    E(
        "Battles/Armed clash",
        "معارك ضارية",
        actor=("المقاومة",),
        target=("ميليشيات الحوثي والمخلوع", "ميليشيات الحوثي", "الحوثي"),
        place=("جبهات سناح", "سناح", "محافظة الضالع", "الضالع"),
        fatalities=60,
        also=("المواجهات العنيفة مع المقاومة",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "تحرير المحافظة",
        actor=("المقاومة",),
        target=("ميليشيات الحوثيين وصالح", "ميليشيات الحوثي والمخلوع"),
        place=("محافظة الضالع", "الضالع"),
        date="2015-06",
        status="historical",
    ),
    E(
        "Battles/Armed clash",
        "كمينين منفصلين",
        actor=("للمقاومة الشعبية", "المقاومة الشعبية", "المقاومة"),
        target=("حوثيين", "الحوثي"),
        place=("منطقة الأبحور قعطبة", "الأبحور", "قعطبة", "الضالع"),
        fatalities=8,
        also=("سقوط ثمانية حوثيين",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "اقتحم مسلحو المقاومة الشعبية",
        actor=("مسلحو المقاومة الشعبية", "المقاومة الشعبية"),
        place=("قرية حدنان", "حدنان", "تبة مسعود", "جبل صبر", "تعز"),
        also=("وسيطروا على تبة مسعود", "معارك مستمرة وضارية"),
    ),
    E(
        "Violence against civilians/Attack",
        "قتلت ميليشيات الحوثي الانقلابية",
        actor=("ميليشيات الحوثي الانقلابية", "ميليشيات الحوثي"),
        target=("زعيما قبليا", "الشيخ القبلي", "عارف الزبيري", "الشيخ عارف الزبيري"),
        place=("أرحب", "بوسان"),
        date="2015-07-30",
        fatalities=1,
        also=("حاصرت صباح أمس منزل", "قتله بجوار منزله", "اغتالته الميليشيات"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "اجتاحت الميليشيات مديرية",
        actor=("الميليشيات", "ميليشيات الحوثي"),
        target=("القبائل",),
        place=("أرحب",),
        date="2014-12",
        status="historical",
        also=("من السيطرة على المديرية",),
    ),
    E(
        "Strategic developments/Looting/property destruction",
        "اجتاحوا قرية بيت الزبيري",
        actor=("الميليشيات", "ميليشيات الحوثي"),
        target=("أسرة الزبيري", "خمسة منازل"),
        place=("قرية بيت الزبيري", "بيت الزبيري", "أرحب"),
        date="unknown",
        status="historical",
        also=("فجَّرت خمسة منازل", "نهب محتوياتها"),
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "حملة اقتحامات واسعة",
        actor=("الحوثي", "مسلحو"),
        target=("عدد من المواطنين", "المواطنين"),
        place=("غولة زندان", "أرحب"),
        also=("باختطاف عدد من المواطنين",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات مكثفة",
        actor=("طائرات التحالف", "التحالف", "طيران التحـالف"),
        target=("مسلحون حوثيون", "مسلحا حوثيا", "ميليشيا الحوثي وصالح", "الحوثيين"),
        place=("مأرب", "الجفينة", "الفاو"),
        date="2015-07-30",
        fatalities=13,
        also=("غارات على مواقع متفرقة بمأرب", "سبع غارات جوية", "غارة أخرى"),
    ),
]

F["snn-20150803-01110"] = [  # US-Egypt strategic dialogue
    E(
        "Diplomacy/Talks",
        "للحوار الاستراتيجى",
        actor=("جون كيرى", "كيرى", "الولايات المتحدة", "وزير خارجيتها"),
        target=("سامح شكرى", "شكرى", "مصر"),
        place=("القاهرة",),
        date="2015-08-02",
        also=("استئناف الحوار الاستراتيجي", "أعمال الحوار"),
    ),
    E(
        "Violence against civilians/Attack",
        "اغتيال النائب العام",
        target=("هشام بركات", "النائب العام", "المستشار هشام بركات"),
        date="unknown",
        status="historical",
        fatalities=1,
    ),
    E(
        "Diplomacy/Aid",
        "تزويد مصر بطائرات أف 16",
        actor=("بلاده", "الولايات المتحدة"),
        target=("مصر",),
        date="unknown",
    ),
    E(
        "Diplomacy/Sanction",
        "حظر إرسال هذه الطائرات",
        actor=("الولايات المتحدة", "بلاده"),
        target=("مصر",),
        date="2013",
        status="historical",
    ),
]

F["snn-20150721-00174"] = []  # novel review (Rabai al-Madhoun)

F["snn-20150731-01306"] = [  # Hajjah, Marib, Lahj, Aden, Taiz, Abyan, Dhale
    E(
        "Explosions/Remote violence/Air/drone strike",
        "شن غاراتها",
        actor=("طائرات التحالف العربي", "طيران التحالف", "التحالف"),
        target=("المتمردين", "الانتحاريين الحوثيين", "الحوثيون", "مسلحو الحوثي"),
        place=("محافظة حجة", "حجة", "مدينة حرض", "حرض"),
        date="2015-07-30",
        also=("تصفية مجموعة من الانتحاريين الحوثيين", "عدة غارات في محافظة حجة", "قصف تلك المواقع"),
    ),
    E(
        "Battles/Armed clash",
        "تصفية قائد المتمردين",
        actor=("مقاتلو المقاومة الشعبية", "المقاومة الشعبية", "الثوار"),
        target=("قائد المتمردين", "محمد عتيق حمادي الفقيه", "الفقيه", "ميليشيا الحوثي"),
        place=("مأرب", "جبهة الجفينة", "الجفينة"),
        also=("قتل قائد اللواء الأول مشاة جبلي", "قتل في جبهة الجفينة"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات أخرى",
        at="وفي محافظة مأرب",
        actor=("طائرات التحالف", "التحالف"),
        target=("ميليشيات التمرد", "المتمردين"),
        place=("محافظة مأرب", "مأرب"),
        also=("القصف دمر كثيرا",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "أربع غارات",
        actor=("طائرات التحالف", "التحالف"),
        target=("رتلا عسكريا", "ميليشيات الحوثي وصالح"),
        place=("محافظة لحج", "لحج", "قاعدة العند"),
        also=("الغارات دمرت قوات المتمردين",),
    ),
    E(
        "Battles/Armed clash",
        "فتحوا عليهم نيران مدافعهم",
        actor=("مقاتلي المقاومة", "المقاومة"),
        target=("المتمردين", "قوات المتمردين"),
        place=("محافظة لحج", "لحج", "قاعدة العند"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "استهدافها من قبل مقاتلات التحالف العربي",
        actor=("مقاتلات التحالف العربي", "التحالف العربي"),
        target=("مستودعات الذخيرة",),
        place=("قاعدة العند الجوية", "العند", "لحج"),
        date="unknown",
        also=("سلسلة غارات تجاوزت 60 غارة جوية",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطروا على منطقة جعولة",
        actor=("الثوار",),
        target=("قوى التمرد", "الانقلابيين"),
        place=("منطقة جعولة", "جعولة", "مديرية تبن", "تبن"),
        also=("استعادة جعولة", "بادروا بالاستسلام"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "واستردوهما",
        actor=("المقاومة", "قوات المقاومة"),
        target=("الإرهابيين", "انقلابيا"),
        place=("بئر أحمد", "البساتين"),
        fatalities=50,
        also=("معارك عنيفة أسفرت عن سقوط أكثر من 50",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "اقتحام المربع الأمني",
        actor=("المقاومة الشعبية",),
        target=("ميليشيات الإرهابيين", "الانقلابيون", "مسلحي الحوثي"),
        place=("تعز", "المربع الأمني"),
        fatalities=40,
        also=("استعادة عدة مواقع استراتيجية", "قتلوا في الاشتباكات"),
    ),
    E(
        "Strategic developments/Looting/property destruction",
        "أشعل الانقلابيون النار",
        actor=("الانقلابيون",),
        target=("المواقع",),
        place=("تعز",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطر الثوار أمس على منطقة العلم",
        actor=("الثوار",),
        target=("قوات موالية للمتمردين",),
        place=("منطقة العلم", "العلم", "محافظة أبين", "أبين"),
        date="2015-07-30",
        also=("مواجهات مع قوات موالية",),
    ),
    E(
        "Battles/Armed clash",
        "أسر 48 من المتمردين",
        actor=("الثوار",),
        target=("المتمردين", "القوات المتمردة"),
        place=("مدينة لودر", "لودر"),
        also=("اشتباكات في أطراف المدينة", "مقتل العشرات"),
    ),
    E(
        "Battles/Armed clash",
        "تصدى مقاتلو المقاومة الشعبية",
        actor=("مقاتلو المقاومة الشعبية", "المقاومة الشعبية", "المقاومة", "الثوار"),
        target=("المتمردون الحوثيون", "مليشيات الحوثي", "المتمردين"),
        place=("مدينة الضالع", "الضالع"),
        also=("اشتبكت مع المتمردين في معركة حاسمة", "أمطرهم الثوار بقذائف الهاون", "الكمين المحكم"),
    ),
    E(
        "Battles/Armed clash",
        "اشتباكات مماثلة",
        actor=("الثوار",),
        target=("المتمردين",),
        place=("منطقة سناح", "سناح"),
        fatalities=1,
        also=("المواجهات أدت إلى مصرع العميد صالح قايد الشرجي",),
    ),
]

F["snn-20150725-01013"] = [  # Shabwa, Lahj, Najran; interview with General al-Yafei
    E(
        "Battles/Armed clash",
        "مصرع القيادي الحوثي",
        target=("القيادي الحوثي أبوعلي عوام", "أبوعلي عوام", "الحوثي"),
        place=("مفرق العند", "العند", "محافظة لحج", "لحج"),
        date="2015-07-24",
        fatalities=1,
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "واصلت طائرات التحالف العربي غاراتها",
        actor=("طائرات التحالف العربي", "التحالف"),
        target=("مقرات المتمردين", "المتمردين"),
        place=("شبوة",),
        also=("غارات التحالف",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "تحريرها من ميليشيات الحوثي",
        actor=("المقاومة", "المقاومة الشعبية", "قوات المنطقة الرابعة"),
        target=("ميليشيات الحوثي", "الحوثيين", "المتمردين"),
        place=("عدن",),
        date="unknown",
        status="historical",
        also=("تمكنوا من أسر 500 متمرد", "معركة تحرير عدن", "وحررنا عدن"),
    ),
    E(
        "Diplomacy/Aid",
        "الجسر الجوي لطائرات الإغاثة السعودية",
        actor=("السعودية", "المملكة", "طائرات الإغاثة السعودية"),
        target=("اليمن", "الشعب اليمني"),
        place=("مطار عدن", "عدن"),
        also=("هبطت طائرتان سعوديتان للإغاثة في مطار عدن", "وصول طائرات الإغاثة السعودية"),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "أطلقت عددا من قذائف الهاون",
        actor=("ميليشيات الحوثي",),
        target=("مقيم يمني",),
        place=("نجران",),
    ),
]

F["snn-20150724-01271"] = []  # Jazan passports: status correction of Yemenis

F["snn-20150809-00311"] = [  # opinion: Erdogan the wrong ally against ISIS
    E(
        "Diplomacy/Agreement",
        "وافقت تركيا أخيرا على الانضمام",
        actor=("تركيا",),
        target=("الولايات المتحدة",),
        date="unknown",
        also=("التوصل إلى اتفاق مع الولايات المتحدة",),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "يقصف قوات داعش",
        actor=("رجب طيب أردوغان", "أردوغان", "تركيا"),
        target=("قوات داعش", "داعش"),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "هجمات أردوغان على الأكراد",
        actor=("أردوغان", "تركيا"),
        target=("الأكراد", "حزب العمال الكردستاني"),
        also=("الهجمات التركية", "حملته على حزب العمال الكردستاني", "هجوم تركيا على حزب العمال الكردستاني"),
    ),
    E(
        "Diplomacy/Visit",
        "لزيارة واشنطن",
        actor=("صالح مسلم",),
        place=("واشنطن",),
        status="planned",
    ),
    E(
        "Diplomacy/Meeting",
        "مشاورات على مستوى رفيع",
        actor=("صالح مسلم",),
        target=("مسؤولي الحكومة",),
        place=("واشنطن",),
        status="planned",
        also=("هذه الاجتماعات",),
    ),
    E(
        "Diplomacy/Meeting",
        "وسيجتمع سفير واشنطن",
        actor=("سفير واشنطن في تركيا", "سفير واشنطن"),
        target=("دمرداش", "صلاح الدين دمرداش"),
        place=("تركيا",),
        status="planned",
    ),
]


if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
