"""Source of tests/data/events_r46b.jsonl: the forty-sixth blind event round, part r46b.

8 real articles (SaudiNewsNet politics, 4,412–5,623 characters): the lines of /work/brief/DRAW_r46.tsv
(the saved output of `python tests/data/events_round46_select.py`) whose first column is `r46b`
(selection = events_round46_select.py, seed 4646, part r46b). All 8 kept, none dropped. Annotated by
reading only (2026-11-29): the event coder was never run on these articles and no coder output was read.
Same format and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set);
`build()` comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three or more
12-word runs with an article of another tests/data/events_*.jsonl set (checked 2026-11-29, before the
other parts of round 46 were committed). Same happenings in other words: the Suruc bombing, the US–Turkish
Incirlik accord, the liberation of Aden, the Dar Saad killings.

Choices (the last rounds' calls followed):
- Israel/EU (00085): the Knesset barring the EU parliamentary delegation «الليلة قبل الماضية» →
  *Diplomacy/Sanction* 2015-07-21 (ambiguous: a diplomatic snub; «منعت دخول وفد برلماني أوروبي» its
  `also`); Hotovely summoning five European ambassadors → *Diplomacy/Sanction* (as r18b's summons;
  her meeting with the Swedish, Danish, Swiss and British ambassadors a mention, publication date);
  her meetings «في الأسبوع الماضي» with the Spanish deputy FM and the Dutch FM → two *Diplomacy/Meeting*
  2015-07 (one per counterpart, the same trigger); Netanyahu meeting Renzi in Jerusalem «أمس» →
  *Diplomacy/Meeting* 2015-07-22; the Joint List MKs holding the meeting with the EU delegation outside
  the Knesset → *Diplomacy/Meeting* 2015-07-21 (ambiguous: domestic MPs); the EU foreign ministers'
  decision condemning Israel, the EU bill on banks, the US demand on Susya and Hotovely's threatened law
  are not coded (condemnations, proposals);
- Aden/Taiz/Sanaa/Marib/Shabwa (00830): the Resistance hunting the Houthi remnants in Aden → *Armed
  clash*, 28 dead («المعارك … خلال الـ24 ساعة الماضية» a mention); the authorities' control of Aden «قبل
  أيام» → *Government regains territory* 2015-07 («تحرير المحافظة» a mention); the rumoured move on Lahj
  → *Government regains territory*, planned (as r45c's advances; ambiguous: a rumour); Habtoor's arrest
  «أول من أمس» → *Arrests* 2015-07-21; the shelling of a house in Dar Saad, 8 of one family dead →
  *Shelling*, no actor named; the Houthi «مجزرة» in Dar Saad «قبل يومين» → *Violence against civilians/
  Attack* 2015-07-21 («العشرات»: no number; the text does not say how); Taiz → *Armed clash*, 34 dead
  («اندلاع اشتباكات» a mention), the Houthi shelling of Taiz districts → one *Shelling* (Brigade 22's
  shelling a mention), and the clashes at al-Dhabab with the national army → a second *Armed clash*, 29
  dead (22 Houthis + 7 Resistance «في مناطق متفرقة من تعز»; ambiguous count); Sanaa: the attack on the
  gathering at the Central Bank → *Armed clash*, 16 dead, the IED at the al-Ahmar police station in
  al-Hasaba → *Remote explosive/landmine/IED*, 12 dead, no actor, and the attack on the checkpoint at
  Asr → *Armed clash*, 2 dead; Marib: the Resistance taking three positions → *Non-state actor
  overtakes territory* (as fresh: the Resistance acting) and the siege/clashes at Qarn al-Sabihiya →
  *Armed clash*, 15 dead; Bayhan: three coalition air strikes (Brigade 19 HQ «أمس», 34 dead; beside the
  court «أمس», 14 bodies; the Usaylan–Bayhan road, Abu Kahlan and 20 companions, 21 dead, no day) → three
  *Air/drone strike*; the Resistance's guns on the fleeing rebels → *Shelling* (as r45c's tanks;
  ambiguous: could be part of the clash); Hadi's appointment of a governor, the Red Cross recovering
  bodies, the Houthi loudspeaker calls, the prisoners taken and the escape are not coded;
- conspiracy column (00436, opinion): the assassination of Umar ibn al-Khattab → *Violence against
  civilians/Attack*, historical, "unknown" (as r45c's killings of Ali and Uthman; ambiguous: rhetoric);
  Iran's meddling in Iraq, Syria, Lebanon and Yemen, and its support of Armenia, are not coded (generic);
- Ankara/Washington (00295): Turkey's agreement «في 23 تموز» to join US air strikes → *Diplomacy/
  Agreement* 2015-07-23 («الصفقة الأمريكية التركية» a mention); the bombing of ISIS sites in Syria and
  the strikes on the PKK in Iraq → two *Air/drone strike* (one per country; ambiguous type: «قصف», «ضرب»);
  Erdogan's three years of peace talks with Öcalan → *Diplomacy/Talks*, historical, "unknown"
  (ambiguous: domestic); the Suruc suicide bombing «في 20 تموز» → *Suicide bomb* 2015-07-20, 32 dead;
  Kurdish militants killing policemen → *Armed clash*, no place, no number (ambiguous: *Attack*); the
  June elections, the unrest campaign, the US strikes fed by PKK intelligence are not coded;
- Hasakah feature (01084): negative. The regime's gradual withdrawal from Kurdish areas in 2012 and the
  PYD's 2013 self-administration are background (ambiguous: *Non-violent transfer of territory*,
  historical); conscription, licences and taxes are not events;
- West Bank/cyber (01774): the killing of Falah Abu Maria in Beit Ummar «امس»/«فجر الخميس» → *Violence
  against civilians/Attack* 2015-07-23, 1 dead (his son's wound part of it); the crowd stoning the
  soldiers → *Riots/Violent demonstration* 2015-07-23 (the army's account); the raid to arrest Mohammed
  (no arrest reported), the earlier killing «الثاني في غضون 24 ساعة» (no detail), the cyber training,
  Stuxnet, the war scenarios and the settlers' entry into al-Aqsa (as r13a/r18a) are not coded;
- Cameron column (00424): negative (a speech and a plan; the Iraq war is rhetoric);
- Saudi heritage (00757): negative (UNESCO listings and history).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r46b.jsonl")

F: dict[str, list[dict]] = {}

F["snn-20150723-00085"] = [  # Israel rebukes European ambassadors
    E(
        "Diplomacy/Sanction",
        "منعت",
        actor=("إدارة الكنيست", "الكنيست", "رئاسة الكنيست"),
        target=("وفد برلمان الاتحاد الأوروبي", "وفد برلماني أوروبي", "الاتحاد الأوروبي"),
        date="2015-07-21",
        also=("منعت دخول وفد برلماني أوروبي",),
    ),
    E(
        "Diplomacy/Sanction",
        "استدعت",
        actor=("تسيبي حوتوبيلي", "حوتوبيلي", "نائبة وزير الخارجية"),
        target=("خمسة سفراء أوروبيين", "سفراء أوروبيين"),
        also=("التقت مع سفراء السويد",),
    ),
    E(
        "Diplomacy/Meeting",
        "اجتمع",
        actor=("بنيامين نتنياهو", "نتنياهو"),
        target=("ماتيو رانتشي", "رانتشي"),
        place=("القدس",),
        date="2015-07-22",
        also=("بحث نتنياهو في مكتبه",),
    ),
    E(
        "Diplomacy/Meeting",
        "التقت",
        at="كما كانت",
        actor=("حوتوبيلي",),
        target=("نائب وزير الخارجية الإسباني",),
        date="2015-07",
    ),
    E(
        "Diplomacy/Meeting",
        "التقت",
        at="كما كانت",
        actor=("حوتوبيلي",),
        target=("وزير الخارجية الهولندي",),
        date="2015-07",
    ),
    E(
        "Diplomacy/Meeting",
        "لعقد اللقاء",
        actor=("نائبي القائمة المشتركة", "عايدة توما", "يوسف جبارين", "القائمة المشتركة"),
        target=("وفد برلماني أوروبي",),
        date="2015-07-21",
    ),
]

F["snn-20150723-00830"] = [  # Aden, Taiz, Sanaa, Marib, Shabwa
    E(
        "Battles/Armed clash",
        "مطاردة",
        actor=("المقاومة الشعبية", "الثوار"),
        target=("ميليشيات الحوثيين", "الحوثيين"),
        place=("عدن", "المعاشيق"),
        fatalities=28,
        also=("المعارك التي دارت خلال الـ24 ساعة الماضية",),
    ),
    E(
        "Battles/Government regains territory",
        "السيطرة عليها",
        actor=("السلطات الشرعية",),
        place=("عدن",),
        date="2015-07",
        also=("تحرير المحافظة",),
    ),
    E(
        "Battles/Government regains territory",
        "سيتوجهون",
        actor=("الثوار",),
        place=("لحج",),
        status="planned",
    ),
    E(
        "Strategic developments/Arrests",
        "ألقت القبض",
        actor=("المقاومة الشعبية", "قواتها"),
        target=("عبدالعزيز حبتور", "حبتور"),
        place=("عدن",),
        date="2015-07-21",
        also=("دهموا",),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصف",
        at="ثمانية أشخاص",
        target=("أسرة واحدة",),
        place=("دار سعد",),
        fatalities=8,
    ),
    E(
        "Violence against civilians/Attack",
        "مجزرة مروعة",
        actor=("الحوثيون",),
        target=("النساء والأطفال",),
        place=("دار سعد",),
        date="2015-07-21",
    ),
    E(
        "Battles/Armed clash",
        "مواجهات عنيفة",
        actor=("المقاومة الشعبية",),
        target=("ميليشيات الحوثي وصالح", "الحوثي"),
        place=("تعز",),
        fatalities=34,
        also=("اندلاع اشتباكات",),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "بقصف أحياء",
        actor=("الحوثيون",),
        place=("تعز",),
        also=("بقصف عدد من الأحياء", "قصف عددا من الأحياء"),
    ),
    E(
        "Battles/Armed clash",
        "مواجهات عنيفة",
        at="من جهة أخرى",
        actor=("قوات الحوثيين وصالح", "الحوثيين"),
        target=("الجيش الوطني", "المقاومة الشعبية"),
        place=("منطقة الضباب", "الضباب"),
        fatalities=29,
    ),
    E(
        "Battles/Armed clash",
        "هجوم نفذته",
        actor=("المقاومة الشعبية",),
        target=("المسلحين الحوثيين", "الحوثيين"),
        place=("منطقة التحرير", "التحرير", "صنعاء"),
        fatalities=16,
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "انفجار عبوة ناسفة",
        target=("المتمردين",),
        place=("حي الحصبة", "الحصبة", "صنعاء"),
        fatalities=12,
    ),
    E(
        "Battles/Armed clash",
        "هجوما للمقاومة الشعبية",
        actor=("للمقاومة الشعبية", "المقاومة الشعبية"),
        target=("نقطة تفتيش تابعة للحوثيين", "الحوثيين"),
        place=("منطقة عصر", "عصر", "صنعاء"),
        fatalities=2,
        also=("الهجوم أسفر",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرتها",
        at="فأعلنت المقاومة الشعبية",
        actor=("المقاومة الشعبية",),
        target=("الانقلابيين",),
        place=("مأرب", "جبهة المخدرة", "المخدرة"),
        also=("تقدم المقاومة",),
    ),
    E(
        "Battles/Armed clash",
        "حاصروا",
        actor=("الثوار",),
        target=("المسلحين", "الحوثيين وقوات صالح"),
        place=("قرن الصابحِية",),
        fatalities=15,
        also=("الاشتباكات",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "ﻏﺎرة ﺟﻮﻳﺔ",
        actor=("ﻃﻴﺮان اﻟﺘﺤﺎﻟﻒ",),
        target=("اﻟﻠﻮاء 19",),
        place=("ﺑﻴﺤﺎن", "ﺷﺒﻮة"),
        date="2015-07-22",
        fatalities=34,
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "نيران مدافعها",
        actor=("المقاومة الشعبية",),
        target=("المتمردين",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "ﻏﺎرة ﺟﻮﻳﺔ",
        at="كما أسر الثوار",
        actor=("ﻃﻴﺮان اﻟﺘﺤﺎﻟﻒ",),
        target=("الانقلابيين",),
        place=("ﺑﻴﺤﺎن",),
        date="2015-07-22",
        fatalities=14,
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "ﻏﺎرة ﺟﻮﻳﺔ",
        at="جثث 14 من الانقلابيين",
        actor=("ﻣﻘﺎﺗﻼت اﻟﺘﺤﺎﻟﻒ",),
        target=("للحوثيين",),
        place=("ﻋﺴﻴﻼن", "ﺑﻴﺤﺎن"),
        fatalities=21,
    ),
]

F["snn-20150804-00436"] = [  # opinion: game and conspiracy theories (2/2)
    E(
        "Violence against civilians/Attack",
        "اغتيال",
        target=("عمر بن الخطاب",),
        date="unknown",
        status="historical",
    ),
]

F["snn-20150802-00295"] = [  # Ankara and Washington at odds over Syria
    E(
        "Diplomacy/Agreement",
        "وافقت",
        actor=("تركيا",),
        target=("الولايات المتحدة",),
        date="2015-07-23",
        also=("للصفقة الأمريكية التركية",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصف مواقع التنظيم",
        actor=("أنقرة", "تركيا"),
        target=("التنظيم", "داعش"),
        place=("سورية",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "لضرب",
        actor=("أنقرة", "تركيا"),
        target=("حزب العمال الكردستاني",),
        place=("العراق",),
        also=("قرار ضرب حزب العمال الكردستاني",),
    ),
    E(
        "Diplomacy/Talks",
        "التفاوض على السلام",
        actor=("أردوغان",),
        target=("عبد الله أوجلان", "أوجلان", "حزب العمال الكردستاني"),
        date="unknown",
        status="historical",
        also=("محادثات السلام",),
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "التفجير الانتحاري",
        actor=("داعش",),
        target=("النشطاء المؤيدين لحزب العمال الكردستاني", "النشطاء"),
        place=("سروج",),
        date="2015-07-20",
        fatalities=32,
        also=("الهجوم الذي سقط فيه 32 قتيلا",),
    ),
    E(
        "Battles/Armed clash",
        "بقتل بعض رجال الشرطة التركية",
        actor=("متشددون أكراد",),
        target=("رجال الشرطة التركية", "الشرطة التركية"),
    ),
]

F["snn-20150809-01084"] = []  # Hasakah feature: two administrations, conscription, taxes

F["snn-20150724-01774"] = [  # Beit Ummar killing, Israeli cyber drills
    E(
        "Violence against civilians/Attack",
        "قتل فلسطيني",
        actor=("جنود اسرائيليون", "الجيش الإسرائيلي"),
        target=("فلاح", "فلسطيني", "فلاح حمد أبو ماريا"),
        place=("بيت امر", "بيت أمر"),
        date="2015-07-23",
        fatalities=1,
        also=("اطلقوا النار على والده فلاح", "قتل المواطن فلاح"),
    ),
    E(
        "Riots/Violent demonstration",
        "حشد غاضب",
        actor=("حشد غاضب",),
        target=("الجنود", "الجيش"),
        place=("بيت امر",),
        date="2015-07-23",
        also=("رشقه الحجارة",),
    ),
]

F["snn-20150727-00424"] = []  # Cameron column: a speech and a five-year plan

F["snn-20150731-00757"] = []  # Saudi heritage: UNESCO listings and history


if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
