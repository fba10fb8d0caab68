"""Source of tests/data/events_r6b.jsonl: sixth-round blind event set, half r6b.

20 real articles (SaudiNewsNet politics 12, ANT internationalNews 8): the lines of
`python tests/data/events_round6_select.py` whose first column is `r6b` (selection =
events_round6_select.py, seed 6161, half r6b: draw positions 12–23 of the SaudiNewsNet sample and 8–15
of the ANT sample; same pool as events_fresh_source.py). All 20 kept, none dropped; 2 of them report no
event (negatives). Annotated by reading only (2026-11-29): the event coder was never run on these
articles and no coder output was read. Same format and guidelines as events_dev_source.py and
events_fresh_source.py (docs/events.md § Dev set); `build()` comes from events_dev_source.py
(SaudiNewsNet articles by reference + sha1).

Choices, following the calls of the earlier rounds (events_fresh.README.md, events_r5a/r5b_source.py):
the liberation of Aden named as background is *Government regains territory*, historical, date
"unknown", with no actor when the text only credits a country's "role" (Saudi Arabia, the UAE and the
coalition); the Aden airport «استعادته الأسبوع الماضي من قبل المقاومة الشعبية» is *Non-state actor
overtakes territory* dated `2015-07`, reported (as fresh's «الأسبوع الماضي»); Tawahi, taken by «المقاتلين
المحليين ووحدات من الجيش», is *Government regains territory* dated by the entry «مساء أمس (الاحد)»
(2015-07-19), and the radio/TV buildings and bases taken with it are a mention of it; Crater «بعد تأمين»,
by the Southern Resistance alone, is *Non-state actor overtakes territory* with date "unknown"; the
fighting around bases in Lahij and Abyan is one *Armed clash* (one country), dated by the report
(Monday). Two coalition strikes on one town on one day by one actor (Hays: the malaria centre and the
government complex) are one event. A Palestinian killed by army fire «أثناء مواجهات» where stones and
Molotov cocktails were thrown is *Riots/Violent demonstration* (ACLED practice), rioters unnamed (no
actor), the army as target, 1 dead. A US strike named «ضربة جوية» is *Air/drone strike*; Tomahawks from
a destroyer on Shayrat are *Shelling/artillery/missile attack* (as in events_blind), the Syrian air
defence's claimed interception *Disrupted weapons use*; the Manchester attack, which the text names
only «الهجوم», is *Violence against civilians/Attack* (as fresh's church attacks). Houthi projectiles
killing Saudi border guards are *Shelling/artillery/missile attack*, one event per announced death
(«الجمعة الماضي» on a Saturday = 2015-07-31; «أخيرا» = date "unknown"); the Houthi attack on al-Dhale that
wounded a child, weeks before, is historical with date "unknown". A chief of staff's visit to a camp
is *Diplomacy/Visit* (as the check set's twin article); «بحث … مع» and «المباحثات» are *Talks*; the
Sisi–Hadi agreement is *Diplomacy/Agreement*; the humanitarian truce «التي تبدأ اليوم» is *Strategic
developments/Agreement*, reported. Not events: a celebration of Yemenis in Malaysia, a cancelled
meeting (Le Pen and the Mufti), a power company cutting electricity «كخطوة احتجاجية» (no gathering),
the opening of an airport, a request for a naval visit, rhetorical references to the Tunisian and
Egyptian revolutions, hypotheticals («هل هذه حجة كافية لشن حرب»), the 2016 decision to hold
consultations, and generic statements («اليمن وقع تحت سيطرة مليشيات», «الانتصارات التي حققتها»).

Run: python tests/data/events_r6b_source.py   (writes events_r6b.jsonl; the draw: events_round6_select.py)
Text licences: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed); ANT Apache-2.0.
Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r6b.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150722-02031"] = [
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "هجوم",
        actor=("الميليشيات الحوثية",),
        target=("علاء معمر ناجي حمود", "الطفل"),
        place=("الضالع",),
        date="unknown",
        status="historical",
        also=("قذائف الميليشيات الحوثية",),
    ),
]
F["snn-20150807-01162"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات",
        actor=("طيران التحالف", "التحالف"),
        target=("الحوثيين", "تجمعاً لهم", "مركز الملاريا الطبي"),
        place=("مدينة حيس", "حيس", "الحديدة", "مدينة الحديدة"),
        date="2015-08-07",
        fatalities=17,
        also=("بغارتين", "استهدف طيران التحالف اليوم"),
    ),
]
F["snn-20150723-00553"] = [
    E(
        "Riots/Violent demonstration",
        "مواجهات",
        target=("الجيش الإسرائيلي",),
        place=("قرية برقين", "برقين", "جنين", "مدينة جنين"),
        date="2015-07-22",
        fatalities=1,
        also=("قتل", "مواجهات مع الجيش الإسرائيلي", "إلقاء حجارة"),
    ),
]
F["snn-20150721-02547"] = [
    E(
        "Battles/Government regains territory",
        "حسم المعركة",
        target=("ميلشيات الحوثي", "مليشيات الحوثي"),
        place="عدن",
        date="unknown",
        status="historical",
        also=("تحرير عدن",),
    ),
]
F["snn-20150721-00061"] = [
    E(
        "Battles/Government regains territory",
        "سيطرت",
        actor=("المقاتلين المحليين", "وحدات من الجيش", "المقاومة الجنوبية", "مقاتلين يمنيين"),
        target=("جماعة المتمردين الحوثيين", "الحوثيين"),
        place=("حي التواهي", "التواهي", "عدن"),
        date="2015-07-19",
        also=("ودخل مقاتلون", "وسيطر المقاتلون"),
    ),
    E(
        "Battles/Government regains territory",
        "بالسيطرة",
        actor=("المقاتلون", "المقاتلين المحليين", "وحدات من الجيش"),
        target=("الحوثيين", "القوات الموالية للرئيس السابق علي عبد الله صالح"),
        place=("المطار", "عدن"),
        date="2015-07",
        also=("والتقدم صوب",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "تأمين",
        actor=("مقاتلون من المقاومة الجنوبية", "المقاومة الجنوبية"),
        place=("حي كريتر", "كريتر", "عدن"),
        date="unknown",
    ),
    E(
        "Battles/Armed clash",
        "يحارب",
        actor=("المقاتلون المحليون", "وحدات الجيش اليمني"),
        target=("الحوثيين", "قوات صالح"),
        place=("محافظة لحج", "لحج", "محافظة أبين", "أبين"),
        date="2015-07-20",
    ),
]
F["snn-20150806-02367"] = [
    E(
        "Diplomacy/Talks",
        "المباحثات",
        actor=("عبد الفتاح السيسي", "السيسي"),
        target=("عبد ربه منصور هادي", "هادي"),
        place="القاهرة",
        date="2015-08-05",
        also=("خلال اللقاء",),
    ),
    E(
        "Diplomacy/Agreement",
        "باتفاق",
        actor=("عبد الفتاح السيسي", "السيسي", "مصر"),
        target=("عبد ربه منصور هادي", "هادي", "اليمن"),
        place="القاهرة",
        date="2015-08-05",
        also=("حدوث اتفاق",),
    ),
]
F["snn-20150808-00237"] = [
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "إطلاق",
        actor=("ميليشيا الحوثي", "قوات المخلوع علي صالح"),
        target=("أحد رجال الحرس الوطني", "الحرس الوطني", "ماجد بن فهد بن فهيد السبيعي"),
        place=("قطاع نجران", "نجران"),
        date="2015-08-07",
        fatalities=1,
        also=("قتل نتيجة", "لقي حتفه", "بمقذوف في قطاع نجران"),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "مقتل",
        actor=("ميليشيا الحوثي", "المخلوع علي صالح"),
        target=("أربعة أشخاص", "رجال الأمن"),
        place=("حدود المملكة",),
        date="2015-07-31",
        fatalities=4,
        also=("قذائف من داخل",),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "استشهاد",
        target=("جندي أول", "يحيى متعب الشامري", "القوات البرية السعودية"),
        place=("قطاع منطقة جازان", "جازان"),
        date="unknown",
        fatalities=1,
        also=("بمقذوف قادم",),
    ),
]
F["snn-20150725-00369"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "استعادته",
        actor=("المقاومة الشعبية اليمنية", "المقاومة الشعبية"),
        place=("مطار عدن", "عدن"),
        date="2015-07",
    ),
]
F["snn-20150727-00896"] = [
    E(
        "Diplomacy/Phone call",
        "اتصالا هاتفيا",
        actor=("عبدربه منصور هادي", "هادي"),
        target=("الأمير محمد بن سلمان", "محمد بن سلمان", "ولي ولي العهد"),
        date="2015-07-26",
    ),
    E(
        "Strategic developments/Agreement",
        "الهدنة الإنسانية",
        date="2015-07-27",
    ),
    E(
        "Diplomacy/Phone call",
        "اتصالا هاتفيا",
        at="وكان ولي ولي العهد",
        actor=("ولي ولي العهد", "محمد بن سلمان"),
        target=("الملك عبدالله الثاني", "عبدالله الثاني"),
        date="2015-07-26",
        also=("خلال الاتصال",),
    ),
]
F["snn-20150810-01470"] = [
    E(
        "Diplomacy/Visit",
        "زيارة",
        actor=("محمد علي المقدشي", "المقدشي", "رئيس هيئة الأركان العامة اليمني"),
        place=("معسكر رويك", "رويك", "مأرب"),
        date="2015-08-09",
    ),
]
F["snn-20150726-01340"] = [
    E(
        "Diplomacy/Talks",
        "بحث",
        actor=("خالد بحاح", "بحاح", "نائب الرئيس اليمني"),
        target=("أنور قرقاش", "قرقاش"),
        place="الرياض",
        date="2015-07-25",
    ),
    E(
        "Battles/Government regains territory",
        "تحرير",
        at="السهم الذهبي",
        target=("الميليشيات المتمردة",),
        place="عدن",
        date="unknown",
        status="historical",
        also=("الانتصار في عدن",),
    ),
]
F["snn-20150731-01541"] = [
    E(
        "Strategic developments/Arrests",
        "احتجزوا",
        actor=("عناصر المقاومة", "المقاومة"),
        target=("المقاتلين الإيرانيين", "الأسرى الإيرانيين"),
        place=("عدن", "لحج", "أبين"),
        also=("الأسرى الإيرانيين",),
    ),
]
F["ant-JA-internationalNews-298-20150328"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "عاصفة الحزم",
        actor=("السعودية", "السعودية و حلفائها"),
        target=("الحوثيين",),
        place="اليمن",
        date="2015-03-26",
        also=("قصفها على الحوثيين", "الهجوم على اليمن"),
    ),
]
F["ant-JA-internationalNews-850-20170408"] = [
    E(
        "Strategic developments/Disrupted weapons use",
        "اعتراض",
        actor=("الدفاع الجوي السوري",),
        target=("صواريخ توماهوك الأميركية", "صواريخ توماهوك"),
        also=("سقوط أكثر من 36 صاروخا",),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "صواريخ توماهوك",
        actor=("الأميركية", "المدمرة الأمريكية", "الأمريكية"),
        target=("مطار الشعيرات السورية", "مطار الشعيرات"),
        place=("مطار الشعيرات", "الشعيرات", "القاعدة الجوية"),
        also=("أصابوا", "الضربات الأساسية"),
    ),
]
F["ant-JA-internationalNews-323-20170221"] = []  # a cancelled meeting (Le Pen, the Mufti): no happening
F["ant-JA-internationalNews-17-20170119"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "مقتل",
        actor=("أميركية", "الأميركية", "البنتاغون"),
        target=("محمد حبيب بوسعدون التونسي", "القاعدة", "قيادي"),
        place=("إدلب", "سوريا"),
        date="2017-01-17",
        fatalities=1,
        also=("ضربة جوية", "قتل في الضربة"),
    ),
]
F["ant-JA-internationalNews-817-20170418"] = [
    E(
        "Diplomacy/Talks",
        "تعقد",
        actor=("الجزائر",),
        target=("روسيا",),
        place=("الجزائر العاصمة",),
        date="2017-04-18",
        also=("للمشاورات الثنائية", "اللقاء"),
    ),
]
F["ant-JA-internationalNews-709-20170416"] = []  # a power cut «كخطوة احتجاجية» by a company: no gathering
F["ant-JA-internationalNews-83-27122016"] = [
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "اختطفوا",
        actor=("مسلحين مجهولين", "العصابة"),
        target=("الصحفية أفراح شوقي", "أفراح شوقي"),
        place=("حي السيدية", "السيدية", "بغداد"),
        date="2016-12-26",
        also=("باختطاف", "داهمت المنزل", "اقتادوها"),
    ),
]
F["ant-JA-internationalNews-955-20170524"] = [
    E(
        "Violence against civilians/Attack",
        "الهجوم",
        actor=("سلمان العبيدي", "العبيدي"),
        target=("حفلا غنائيا",),
        place=("بريطانيا", "مانشستر"),
        date="2017-05-22",
        fatalities=22,
        also=("منفذ الهجوم يدعى", "لتنفيذ الهجوم"),
    ),
]

if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
