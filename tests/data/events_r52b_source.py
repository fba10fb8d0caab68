"""Source of tests/data/events_r52b.jsonl: the fifty-second blind event round, part r52b.

8 real articles (SaudiNewsNet politics, 4,349–5,597 characters): the lines of /work/brief/DRAW_r52.tsv
(the saved output of `python tests/data/events_round52_select.py`) whose first column is `r52b`
(selection = events_round52_select.py, seed 5252, part r52b). All 8 kept, none dropped; 39 events, 1 negative. Annotated by
reading only (2026-11-29): the event coder was never run on these articles and no coder output was read.
Same format and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set);
`build()` comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three or more
12-word runs with an article of another tests/data/events_*.jsonl set (checked 2026-11-29 17:55 UTC).
Same happenings in other words: the al-Ha'ir checkpoint bombing (r44b), the Iranian nuclear deal (many
rounds), the 2014 Gaza war (r32b and others).

Choices (the last rounds' calls followed):
- al-Shaibani (00064): the interior ministry's arrest of the ISIS cells, announced «أول من أمس» →
  *Arrests* 2015-07-19 (the 430 held over two months its mention; ambiguous: the arrests span two months,
  the date is the announcement's); Khalid Haj killed in Riyadh in February 2004 → *Armed clash*,
  historical, 2004-02, 1 (ambiguous: the text does not say how); a member shooting a security man east
  of Riyadh → *Armed clash*, historical, "unknown" (ambiguous: could be *Attack*). Not coded: the more
  than 200 foiled operations (aggregate), the proxy-war analysis;
- «الكلمة» column (00380): a negative. The recent bombings in the Kingdom and Kuwait (aggregate, as
  earlier rounds) and the Yemen/Sinai bombings (generic) are not coded;
- ISIS recruits (01119): al-Rashid's attempt to blow himself up at the checkpoint near al-Ha'ir
  «الخميس الماضي» → *Suicide bomb* 2015-07-16 (ISIS claimed it; as r44b); his killing of his uncle
  Colonel al-Safyan → *Violence against civilians/Attack* 2015-07-16, 1 (ambiguous: an off-duty
  officer); the Taif plot: al-Ghamdi killed → *Armed clash*, "unknown", 1, and his three brothers held
  → *Arrests*, "unknown". Not coded: the mosque bombings in the Kingdom and Kuwait (aggregate), bin
  Laden's death (a time reference), the «أشبال الخلافة» offices, recruitment and training (habits);
- Nasrallah (01739): the nuclear deal → *Diplomacy/Agreement*, "unknown" (as earlier rounds); Gaddafi's
  WMD deal with the West → *Diplomacy/Agreement*, historical, "unknown". Not coded: Nasrallah's speech,
  the Iranians taking to the street after the deal (a celebration, as earlier rounds), the reassurances
  to Turkey, the 1978 revolution;
- Ould Cheikh in Cairo (00076): his meetings → *Diplomacy/Meeting*, publication date; the failed Geneva
  consultations → *Diplomacy/Talks*, historical, "unknown" (as r43c); the three humanitarian truces →
  one *Strategic developments/Agreement*, historical, "unknown" (ambiguous: aggregate); Lahij (al-Houta
  swept, most of the province held) → *Government regains territory*; the al-Anad clashes → *Armed
  clash*; Nuqtat al-Alam → *Government regains territory*; Lawdar → *Armed clash* (the captured
  fighters part of it); the expulsion from Jabal Yasouf → *Government regains territory*, "unknown";
  Aqabat Thira → *Armed clash*; Marib (the Houthi attack repelled) → *Armed clash*, no number; the
  coalition raids «الجمعة» → one *Air/drone strike* per province (Saada, Hajja, Marib; same trigger)
  2015-07-31; the Azal ambushes at Kharif (13 + 1) and Raydah (4) → two *Armed clash*; about 11
  operations in Amran → one *Armed clash*, "unknown" (ambiguous: aggregate; Sanaa and Dhamar not
  coded); the Wadi Sir suicide car bombs «أمس» → *Suicide bomb* 2015-07-31, 7 (the shells and clashes
  part of it); AQAP seizing al-Mukalla on 2 April → *Non-state actor overtakes territory*, historical;
  the drone strikes that killed al-Wuhayshi → *Air/drone strike*, "unknown", no number. Not coded: the
  1994 war and the «second invasion» (generic), AQAP's expansion in the Wadi (a plan);
- Israel column (00984): the 2014 Gaza war → *Armed clash*, historical, 2014-07-07 (as r32b); Cast Lead
  → *Armed clash*, historical, 2008; the strike that killed the four Bakr boys → *Air/drone strike*,
  historical, 2014-07, 4. Not coded: the exoneration report, the closed investigation, the Las Vegas
  conference, the boycott campaign, the tolls of children and women (the war's partial counts);
- al-Aqsa (00159): the march after Friday prayer «أمس» (barriers removed, a camera smashed) → *Riots/
  Violent demonstration* 2015-07-24 (ambiguous: *Peaceful protest*); the arrest campaign in the Old
  City «فجر أمس الجمعة» → *Arrests* 2015-07-24; seven arrested in Hebron → *Arrests*, no date; two youths
  shot in Dheisheh in the raid «فجر أمس الجمعة» → *Violence against civilians/Attack* 2015-07-24; two
  marchers wounded at Nabi Saleh's weekly march → *Excessive force against protesters*, no date. Not
  coded: the settlers' tour and insult (as r51a), the summonses, the new barriers, the Gaza entry
  restriction, the two Israelis held in Gaza;
- Iran "cultural invasion" (00343): the FM's coming second regional tour → *Diplomacy/Visit*, planned;
  the nuclear deal → *Diplomacy/Agreement*, "unknown"; the sanctions imposed on Iran → *Diplomacy/
  Sanction*, historical, "unknown" (ambiguous). Not coded: Makarem Shirazi's meeting with officials
  (domestic; ambiguous), the talks with Syrian officials (no occasion), the unlikely Rouhani–Obama
  meeting, the Peugeot engine explosions (accidents).

Counts: 8 articles, 39 events, 1 negative (Battles 16, Explosions/Remote violence 7, Diplomacy 7,
Strategic developments 5, Violence against civilians 2, Protests 1, Riots 1).

Run: python tests/data/events_r52b_source.py            (writes events_r52b.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r52b.jsonl")

F: dict[str, list[dict]] = {}

F["snn-20150721-00064"] = [  # al-Shaibani, from al-Qaeda in Iraq to ISIS in Syria
    E(
        "Strategic developments/Arrests",
        "القبض عليها",
        actor=("وزارة الداخلية السعودية",),
        target=("خلايا «داعش» الإرهابية", "خلايا «داعش»", "هادي قطيم الشيباني"),
        place=("السعودية",),
        date="2015-07-19",
        also=("جرى إيقافهم",),
    ),
    E(
        "Battles/Armed clash",
        "قتل في الرياض",
        target=("خالد حاج",),
        place=("الرياض",),
        date="2004-02",
        status="historical",
        fatalities=1,
    ),
    E(
        "Battles/Armed clash",
        "بإطلاق النار",
        actor=("أحد أفراد التنظيم",),
        target=("أحد رجال الأمن", "رجال الأمن"),
        place=("شرق العاصمة الرياض", "العاصمة الرياض", "الرياض"),
        date="unknown",
        status="historical",
    ),
]

F["snn-20150723-00380"] = []  # column: the word, between holding it back and publishing it (2-2)

F["snn-20150721-01119"] = [  # fleeing to ISIS: from brainwashing to learning to slaughter
    E(
        "Explosions/Remote violence/Suicide bomb",
        "تفجير نفسه",
        actor=("عبدالله فهد عبدالله الرشيد", "تنظيم «داعش»", "داعش"),
        target=("نقطة تفتيش أمنية",),
        place=("سجن الحائر", "الحائر", "الرياض"),
        date="2015-07-16",
        also=("العملية الإرهابية",),
    ),
    E(
        "Violence against civilians/Attack",
        "قتل خاله",
        actor=("عبدالله فهد عبدالله الرشيد",),
        target=("خاله العقيد راشد الصفيان", "العقيد راشد الصفيان", "راشد الصفيان"),
        date="2015-07-16",
        fatalities=1,
    ),
    E(
        "Battles/Armed clash",
        "قتل الإرهابي المطلوب",
        actor=("قوات الأمن السعودي",),
        target=("يوسف شباب الغامدي",),
        place=("الطائف",),
        date="unknown",
        fatalities=1,
    ),
    E(
        "Strategic developments/Arrests",
        "ضبط 3 من أشقائه",
        actor=("قوات الأمن السعودي",),
        target=("3 من أشقائه",),
        place=("الطائف",),
        date="unknown",
    ),
]

F["snn-20150731-01739"] = [  # Nasrallah turns setbacks into victories
    E(
        "Diplomacy/Agreement",
        "الاتفاق النووي",
        actor=("ايران", "إيران", "الولايات المتحدة الاميركية"),
        date="unknown",
        also=("اتفاق نووي مع ايران", "توقيع الاتفاق"),
    ),
    E(
        "Diplomacy/Agreement",
        "الاتفاق الذي أبرمه معمر القذافي",
        actor=("معمر القذافي",),
        target=("الغرب", "الولايات المتحدة الأميركية"),
        date="unknown",
        status="historical",
    ),
]

F["snn-20150801-00076"] = [  # Yemen: obstacles to Ould Cheikh's Cairo consultations; the fronts
    E(
        "Diplomacy/Meeting",
        "لقاءاته",
        actor=("إسماعيل ولد الشيخ أحمد", "ولد الشيخ"),
        target=("الأطراف اليمنية والعربية", "الأطراف اليمنية"),
        place=("القاهرة",),
        also=("اللقاءات والاتصالات",),
    ),
    E(
        "Diplomacy/Talks",
        "مشاورات جنيف",
        date="unknown",
        status="historical",
    ),
    E(
        "Strategic developments/Agreement",
        "3 هدن إنسانية",
        date="unknown",
        status="historical",
    ),
    E(
        "Battles/Government regains territory",
        "تمشيط مدينة الحوطة",
        actor=("قوات هادي",),
        target=("الميليشيات الحوثية",),
        place=("مدينة الحوطة", "الحوطة", "لحج"),
        also=("باتت تحت سيطرة تلك القوات",),
    ),
    E(
        "Battles/Armed clash",
        "المواجهات",
        at="تستمر فيه المواجهات في محيط",
        place=("«قاعدة العند»", "قاعدة العند"),
    ),
    E(
        "Battles/Government regains territory",
        "تحت سيطرة المقاومة وقوات هادي",
        actor=("المقاومة", "قوات هادي"),
        place=("«نقطة العلم»", "نقطة العلم"),
    ),
    E(
        "Battles/Armed clash",
        "أعنف المواجهات",
        actor=("قوات هادي", "المقاومة"),
        target=("عناصر الميليشيات", "الميليشيات", "المقاتلين الحوثيين"),
        place=("مديرية لودر", "لودر", "مدينة لودر"),
        also=("قتالا عنيفا", "أسر عدد من المقاتلين الحوثيين"),
    ),
    E(
        "Battles/Government regains territory",
        "طردهم",
        target=("عناصر الميليشيات",),
        place=("«جبل يسوف»", "جبل يسوف"),
        date="unknown",
    ),
    E(
        "Battles/Armed clash",
        "المواجهات",
        at="وبين الأسرى أطفال",
        place=("«جبل - عقبة ثرة»", "عقبة ثرة"),
    ),
    E(
        "Battles/Armed clash",
        "قتالا ضاريا",
        actor=("المسلحون الحوثيون", "الحوثيين"),
        target=("القوات الموالية للرئيس عبد ربه منصور هادي", "المجاميع القبلية المناوئة للحوثيين"),
        place=("مأرب", "محافظة مأرب"),
        also=("هجومهم على المحافظة", "هجوم الحوثيين على مأرب"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غاراته",
        actor=("طيران التحالف",),
        target=("مواقع الحوثيين",),
        place=("صعدة",),
        date="2015-07-31",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غاراته",
        actor=("طيران التحالف",),
        target=("مواقع الحوثيين",),
        place=("حجة",),
        date="2015-07-31",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غاراته",
        actor=("طيران التحالف",),
        target=("مواقع الحوثيين",),
        place=("مأرب",),
        date="2015-07-31",
    ),
    E(
        "Battles/Armed clash",
        "كمينا",
        at="مسلحي المقاومة نصبوا",
        actor=("مسلحي المقاومة", "مقاومة آزال"),
        target=("دورية من ميليشيات الحوثيين وقوات صالح", "ميليشيات الحوثيين"),
        place=("منطقة خارف", "خارف"),
        fatalities=14,
        also=("الكمين",),
    ),
    E(
        "Battles/Armed clash",
        "كمينا",
        at="المكتب الإعلامي لمقاومة آزال إن",
        actor=("مقاومة آزال",),
        target=("دورية أخرى", "المسلحين الحوثيين"),
        place=("مديرية ريدة", "ريدة"),
        fatalities=4,
    ),
    E(
        "Battles/Armed clash",
        "11 عملية",
        actor=("مقاومة آزال",),
        place=("محافظة عمران", "عمران"),
        date="unknown",
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "هجوم انتحاري",
        actor=("مسلحون", "«القاعدة في جزيرة العرب»", "القاعدة في جزيرة العرب"),
        target=("الجنود اليمنيين", "موقعا عسكريا"),
        place=("وادي سر", "وادي حضرموت", "حضرموت"),
        date="2015-07-31",
        fatalities=7,
        also=("سيارتين مفخختين", "هذا الهجوم"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرت على المدينة",
        actor=("مجاميع مسلحة من تنظيم القاعدة", "تنظيم القاعدة"),
        place=("مدينة المكلا", "المكلا"),
        date="2015-04-02",
        status="historical",
        also=("هاجمت مجاميع مسلحة من تنظيم القاعدة مدينة المكلا",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات جوية لطائرات من دون طيار",
        target=("ناصر الوحيشي", "قادة التنظيم البارزين", "تجمعات عناصر التنظيم"),
        place=("حضرموت",),
        date="unknown",
    ),
]

F["snn-20150727-00984"] = [  # column: Israel's injustice and brutality
    E(
        "Battles/Armed clash",
        "الحرب على غزة",
        actor=("قوات الدفاع الإسرائيلية", "إسرائيل"),
        place=("غزة",),
        date="2014-07-07",
        status="historical",
        also=("عملية الجرف الصامد",),
    ),
    E(
        "Battles/Armed clash",
        "عملية الرصاص المصبوب",
        actor=("إسرائيل",),
        place=("غزة",),
        date="2008",
        status="historical",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غاراتها الجوية",
        actor=("قوات الجيش الإسرائيلي", "الجيش الإسرائيلي"),
        target=("أبناء بكر الأربعة", "محمد رامز بكر"),
        place=("الشاطئ",),
        date="2014-07",
        status="historical",
        fatalities=4,
        also=("الغارات الجوية كانت متكررة",),
    ),
]

F["snn-20150806-00343"] = [  # Iran: hardliners' campaigns against the Western "cultural invasion"
    E(
        "Diplomacy/Sanction",
        "العقوبات التي فرضت على إيران",
        target=("إيران",),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Visit",
        "جولة ثانية من زيارات",
        actor=("وزير الخارجية الإيراني",),
        place=("دول المنطقة",),
        status="planned",
    ),
    E(
        "Diplomacy/Agreement",
        "الاتفاق النووي",
        actor=("إيران",),
        date="unknown",
        also=("الوصول إلى الاتفاق النووي",),
    ),
]

F["snn-20150725-00159"] = [  # Jerusalem: wide arrest campaign before the Temple mourning day
    E(
        "Riots/Violent demonstration",
        "مسيرة",
        at="خرج مئات المصلين",
        actor=("مئات المصلين", "المصلين"),
        place=("المسجد الأقصى المبارك", "المسجد الأقصى", "الأقصى"),
        date="2015-07-24",
        also=("المسيرة الاحتجاجية", "تحطيم كاميرا المراقبة"),
    ),
    E(
        "Strategic developments/Arrests",
        "حملة اعتقالات واسعة",
        actor=("القوات الإسرائيلية",),
        target=("أبناء البلدة القديمة",),
        place=("البلدة القديمة في القدس المحتلة", "البلدة القديمة", "القدس المحتلة"),
        date="2015-07-24",
        also=("هذه الاعتقالات",),
    ),
    E(
        "Strategic developments/Arrests",
        "اعتقل سبعة أشخاص",
        target=("سبعة أشخاص",),
        place=("الخليل",),
    ),
    E(
        "Violence against civilians/Attack",
        "أصيب شابان",
        actor=("قوات الاحتلال",),
        target=("شابان",),
        place=("مخيم الدهيشة", "بيت لحم"),
        date="2015-07-24",
        also=("اقتحمت المخيم",),
    ),
    E(
        "Protests/Excessive force against protesters",
        "أصيب متظاهران",
        actor=("جيش الاحتلال",),
        target=("متظاهران", "أهالي قرية النبي صالح"),
        place=("قرية النبي صالح", "النبي صالح"),
        also=("المسيرة الأسبوعية",),
    ),
]

if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
