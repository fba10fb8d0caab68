"""Source of tests/data/events_r15b.jsonl: fifteenth-round blind event set, half r15b.

14 real articles (SaudiNewsNet politics 14, 995–1,448 characters): the lines of
`python tests/data/events_round15_select.py` whose first column is `r15b` (selection =
events_round15_select.py, seed 1515, part r15b; same pool as events_fresh_source.py but 900–1,500
characters, near-copies of annotated articles skipped by the draw). All 14 kept, none dropped; 39
events; 2 of them report no event (negatives). Annotated by reading only (2026-11-29): the event coder
was never run on these articles and no coder output was read. Same format and guidelines as
events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set); `build()` comes from
events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or a 60-character
passage with any tests/data/events_*.jsonl text. Same happenings in other words: the Turkish shelling
of ISIS in Syria, the Kilis clash and the Suruc bombing (r11a snn-20150723-00594, coded the same way;
r14b's Incirlik consent), the liberation of Aden (many rounds: *Government regains territory*, date
"unknown"), Bahah's Aden visit of 1 August (r8a, r10a: *Diplomacy/Visit*), the Resistance's advance on
Loder and Jabal Yasouf (r14b snn-20150731-01538), the Doha trilateral meeting (fresh, Lavrov's trip).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r14b_source.py):
- the «هذا اليوم في التاريخ» almanac (as r12a's, dated by year, historical): the US oil embargo on Japan
  (1941) → *Diplomacy/Sanction*; the gassing of 4,000 Roma at Auschwitz (1944) → *Violence against
  civilians/Attack*, 4,000 dead, no actor but the adjective «النازي»; the Paris and Warsaw uprisings →
  two *Armed clash* (one per place, same trigger «تمرد», Warsaw with the 200,000 killed as its count:
  ambiguous, the killing of the inhabitants could be a separate *Attack*); Britain accepting the
  nationalisation of Iranian oil (1951) → *Diplomacy/Agreement* (as r14b's «وافقت»; ambiguous); Aidid
  killed in battles in Mogadishu (1996) → *Armed clash*, 1 dead. Not coded: Germany's declaration of
  war (a declaration, no ACLED type; ambiguous), the party congress, Gandhi's nine-month campaign, Burma's
  independence, Syria and Lebanon taking command of their armies from France (institutional; ambiguous:
  *Non-violent transfer*), al-Mahdi's premiership, the Moon walk, the censorship ban lifted, the
  Asuncion fire (an accident);
- the Tunisian round-up: the 8 wanted men Libyan officials «سلمت» at Ras Jedir «السبت الماضي» →
  *Arrests* 2015-08-01 (a hand-over into custody; ambiguous: *Strategic developments/Other*), the Kef
  arrest and the Minihla arrest of six → two *Arrests* (publication date), the fire on the Jebel
  Ouergha hideout → *Armed clash* (state forces on militants, no toll); the sweep, the seizures and the
  33 who went to Libya are not coded;
- Kaoud: the joint forces «تطارد عناصر داعش في الرمادي من بيت إلى بيت» (a present fight, as r14a's
  «تشهد الآن») → *Armed clash* in Ramadi, publication date («تكبيد … خسائر» its first mention); ISIS
  taking Anbar «في 17 مايو الماضي» → historical takeover 2015-05-17; the forecasts are not events;
- the SOHR's ten-month toll of coalition strikes (snn-20150723-00137) is a negative: a tally (as r11b's
  UN monthly toll), its named dead leaders have no date or place;
- the ICRC statement (snn-20150726-01336) is a negative: «شهدتا قتالا بريا مكثفا خلال الأسبوعين
  الماضيين» in Aden and Taiz is a two-week tally (as r14a's detentions; ambiguous), evacuations and
  detainee visits are habitual;
- Aden's liberation, named as background in four articles (Bahah's «محررة بالكامل», the Houthi leader's
  «هزيمة», Hadi's meeting, the Saudi aid plane «عقب تحرير المدينة») → *Government regains territory*,
  reported, date "unknown" (as r9a/r10a), one per article; Bahah's Aden visit «أمس الأول» →
  *Diplomacy/Visit* 2015-08-01 (as r8a); the Taiz fighting «خلال الـ 24 ساعة الماضية» reported «مساء
  أمس» → *Armed clash* 2015-08-02, 18 dead (the killing first, as r10a), the vehicles destroyed and the
  arms seized during it not coded apart;
- the humanitarian truce «جرى سريانها منتصف الليلة الماضية» → *Strategic developments/Agreement*,
  reported, 2015-07-26 (ambiguous: midnight could date the 25th), no actor (the text names none);
  Hadi's meeting «اليوم» with Ould Cheikh in Riyadh → *Meeting* 2015-07-26; the invitation and the
  envoy's hoped-for visit to Aden are not events;
- Abyan: the Resistance «أسرت» 40 Houthis → *Arrests* (as r12a/r13a), the Loder clashes (siege and
  advance its mentions) → *Armed clash* with 10 dead (the Resistance's count; the Houthis' «العشرات»
  has no number: ambiguous), the control of Jabal Yasouf → *Non-state actor overtakes territory* (as
  r14b), all dated by the sources' «امس» (2015-07-30); the drone strike «ليل الاربعاء الخميس» → *Air/
  drone strike* 2015-07-29 (first night, as r12b), «اميركية» as actor, 5 dead; the expected control
  of Loder and years of drone strikes are not events;
- the Saudi aid plane «عصر امس الخميس» → *Diplomacy/Aid* 2015-07-23 (as r14a), the first plane the day
  before not coded (as r12a; ambiguous), the announced air, land and sea shipments and the ship →
  one *Aid*, planned;
- Jubeir «سيزور موسكو الثلاثاء» → *Visit* and his talks with Lavrov → *Talks*, both planned, 2015-08-11;
  their earlier Doha meeting with Kerry «في آب/أغسطس» → *Meeting* 2015-08, reported; the coalition's
  strikes on the Houthis («يقوم … بضرب») are a campaign, not coded;
- the Doha statement analysis: the GCC–US ministers' Doha meeting (publication date: the text gives
  none), the Iranian nuclear deal → *Diplomacy/Agreement*, date "unknown", the bombings in Bahrain
  «مؤخرا» → *Remote explosive/landmine/IED*, date "unknown", the Camp David summit «في شهر مايو
  الماضي» → historical *Meeting* 2015-05; the air campaign against ISIS is not coded;
- Ford's interview: only «تفجيرات تركيا الأسبوع الماضي», which the Turks blame on ISIS → *Remote
  explosive/landmine/IED* in Turkey dated 2015-07 (ambiguous: a vague back-reference, probably Suruc;
  it could be left uncoded); Assad's failed attempts on the Damascus suburbs and Iran's training of
  militias are habitual;
- Turkey: «قصفت تركيا أمس الخميس» → *Shelling/artillery/missile attack* 2015-07-23 (no aircraft named,
  as fresh/r11a), the Kilis clash that killed a soldier → *Armed clash*, ISIS's «متطرفين» as actor,
  1 dead, 2015-07-23 (the shelling answered it; «الحادث المسلح» a mention), the Suruc attack «بعد 3
  ايام» → *Suicide bomb* 2015-07-20, no place named, no count («دامٍ»), «التنظيم المتطرف» (Ankara's
  attribution) as actor; Turkey's consent to US strikes from Incirlik, reported «الخميس» →
  *Diplomacy/Agreement* 2015-07-23 (as r14b); the policeman killed in Diyarbakir → *Armed clash* (a state
  target, no actor, as r10a/r11a), publication date.

Run: python tests/data/events_r15b_source.py            (writes events_r15b.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r15b.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150801-00400"] = [  # the «هذا اليوم في التاريخ» almanac
    E(
        "Diplomacy/Sanction",
        "توقف ضخ النفط",
        actor=("الولايات المتحدة",),
        target=("اليابان",),
        date="1941",
        status="historical",
    ),
    E(
        "Violence against civilians/Attack",
        "إعدام",
        actor=("النازي",),
        target=("أربعة آلاف من الغجر", "الغجر"),
        place=("معسكر اوشفيتز", "اوشفيتز"),
        date="1944",
        status="historical",
        fatalities=4000,
    ),
    E(
        "Battles/Armed clash",
        "تمرد",
        place=("باريس",),
        date="1944",
        status="historical",
        also=("نجح العصيان",),
    ),
    E(
        "Battles/Armed clash",
        "تمرد",
        place=("وارسو",),
        date="1944",
        status="historical",
        fatalities=200000,
        also=("وقتل مائتي ألف",),
    ),
    E(
        "Diplomacy/Agreement",
        "توافق",
        actor=("الحكومة البريطانية",),
        target=("الإيراني", "البرلمان الإيراني"),
        date="1951",
        status="historical",
    ),
    E(
        "Battles/Armed clash",
        "مقتل",
        at="1996",
        target=("محمد فارح عيديد", "عيديد"),
        place=("مقديشو",),
        date="1996",
        status="historical",
        fatalities=1,
        also=("معارك",),
    ),
]
F["snn-20150726-01336"] = []  # ICRC statement: two weeks of fighting in Aden and Taiz is a tally
F["snn-20150808-01040"] = [
    E(
        "Diplomacy/Visit",
        "سيزور",
        actor=("عادل الجبير", "وزير الخارجية السعودي عادل الجبير"),
        place=("موسكو",),
        date="2015-08-11",
        status="planned",
    ),
    E(
        "Diplomacy/Talks",
        "لمناقشة",
        actor=("عادل الجبير", "وزير الخارجية السعودي عادل الجبير"),
        target=("سيرغي لافروف", "نظيره الروسي سيرغي لافروف"),
        place=("موسكو",),
        date="2015-08-11",
        status="planned",
        also=("سيواصلان", "المباحثات"),
    ),
    E(
        "Diplomacy/Meeting",
        "التقيا",
        actor=("الوزيران", "عادل الجبير", "سيرغي لافروف"),
        target=("جون كيري", "نظيرهما الأمريكي جون كيري"),
        place=("قطر",),
        date="2015-08",
        also=("اجتماع ثلاثي",),
    ),
]
F["snn-20150804-00668"] = [
    E(
        "Strategic developments/Arrests",
        "سلمت",
        actor=("جهات رسميّة ليبية", "السلطات الأمنية التونسية"),
        target=("8 مطلوبين", "التونسيين الثمانية"),
        place=("معبر رأس جدير", "رأس جدير"),
        date="2015-08-01",
    ),
    E(
        "Strategic developments/Arrests",
        "إلقاء القبض",
        actor=("فرقة الأبحاث والتفتيش", "للحرس التونسي"),
        target=("عنصر إرهابي خطير", "عنصر إرهابي"),
        place=("الكاف",),
    ),
    E(
        "Battles/Armed clash",
        "نيران كثيفة",
        actor=("الوحدات الأمنية والعسكرية", "فرق خاصة من الجيش والحرس الوطنيين", "الجيش", "الحرس الوطنيين"),
        target=("للإرهابيين",),
        place=("جبال ورغة", "ورغة", "الكاف"),
        also=("هذه العملية",),
    ),
    E(
        "Strategic developments/Arrests",
        "ضبط",
        actor=("فرقة الأبحاث والتّفتيش", "الحرس الوطني"),
        target=("ستة أشخاص",),
        place=("المنيهلة",),
        also=("بالاحتفاظ",),
    ),
]
F["snn-20150809-00843"] = [
    E(
        "Battles/Armed clash",
        "تكبيد",
        actor=("القوات العراقية", "القوات المشتركة", "متطوعي العشائر"),
        target=("عناصر تنظيم داعش", "عناصر داعش", "داعش"),
        place=("الرمادي",),
        also=("تطارد",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "استولى",
        actor=("داعش",),
        place=("الأنبار",),
        date="2015-05-17",
        status="historical",
    ),
]
F["snn-20150723-00137"] = []  # SOHR's ten-month toll of coalition strikes: a tally
F["snn-20150804-00956"] = [
    E(
        "Battles/Government regains territory",
        "محررة",
        actor=("للتحالف العربي", "المقاومة الشعبية"),
        place=("محافظة عدن", "عدن"),
        date="unknown",
        also=("لتحرير عدن",),
    ),
]
F["snn-20150803-00975"] = [
    E(
        "Battles/Government regains territory",
        "هزيمة",
        actor=("المقاومة الشعبية", "للتحالف"),
        target=("ميليشياته", "قوات الرئيس المخلوع", "ميليشيات الحوثي"),
        place=("عدن",),
        date="unknown",
        also=("التطورات الأخيرة", "تحرير مدينة عدن"),
    ),
    E(
        "Diplomacy/Visit",
        "بزيارة",
        actor=("خالد بحاح", "نائب الرئيس اليمني خالد بحاح"),
        place=("مدينة عدن", "عدن"),
        date="2015-08-01",
    ),
    E(
        "Battles/Armed clash",
        "قتلوا",
        actor=("مسلحي المقاومة", "المقاومة الشعبية اليمنية", "المقاومة"),
        target=("مسلحي جماعة الحوثي", "جماعة الحوثي", "الحوثيين"),
        place=("مدينة تعز", "تعز", "شارع الستين"),
        date="2015-08-02",
        fatalities=18,
        also=("اشتباكات عنيفة", "معارك عنيفة", "هذه المواجهات", "المواجهات مازالت مستمرة"),
    ),
]
F["snn-20150726-00335"] = [
    E(
        "Strategic developments/Agreement",
        "الهدنة الإنسانية",
        date="2015-07-26",
        also=("الهدنة الإنسانية تهدف",),
    ),
    E(
        "Diplomacy/Meeting",
        "لقائه",
        actor=("عبدربه منصور هادي", "الرئيس اليمني", "الرئيس هادي", "خالد محفوظ بحاح"),
        target=("إسماعيل ولد الشيخ", "مبعوث الأمين العام للأمم المتحدة"),
        place=("الرياض",),
        date="2015-07-26",
        also=("اللقاء",),
    ),
    E(
        "Battles/Government regains territory",
        "تحريرها",
        actor=("المقاومة الشعبية", "قوات الجيش الموالية للشرعية"),
        target=("المليشيات المتمردة",),
        place=("محافظة عدن", "عدن"),
        date="unknown",
        also=("تمكن المقاومة الشعبية", "بعد تحريرها من المليشيات المتمردة،"),
    ),
]
F["snn-20150731-00975"] = [
    E(
        "Strategic developments/Arrests",
        "أسرت",
        actor=("المقاومة الشعبية",),
        target=("40 من مسلحي جماعة الحوثي", "مسلحي جماعة الحوثي", "جماعة الحوثي"),
        place=("محافظة أبين", "أبين"),
        date="2015-07-30",
    ),
    E(
        "Battles/Armed clash",
        "اشتباكات عنيفة",
        actor=("الحوثيين", "القوات الموالية للرئيس اليمني المخلوع علي صالح", "المقاومة الشعبية"),
        target=("المقاومة الشعبية", "الحوثيين", "القوات الموالية للرئيس اليمني المخلوع علي صالح"),
        place=("مدينة لودر", "لودر"),
        date="2015-07-30",
        fatalities=10,
        also=("تلك الاشتباكات", "حاصرت", "وتقدمت بشكل كبير", "خلال الاشتباكات", "هجمات المقاومة"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرتهم",
        actor=("المقاومة", "المقاومة الشعبية"),
        target=("الحوثيين", "القوات الموالية للرئيس اليمني المخلوع علي صالح"),
        place=('جبل "يسوف"', "يسوف"),
        date="2015-07-30",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قتلوا",
        at="على صعيد آخر",
        actor=("اميركية", "الولايات المتحدة"),
        target=(
            "خمسة عناصر مفترضين من تنظيم القاعدة",
            "تنظيم القاعدة",
            "عناصر القاعدة",
            "القاعدة",
            "ابو احمد الكازمي",
        ),
        place=("وادي ضيقة", "المحفد", "بلدة المحفد", "ابين", "جنوب اليمن"),
        date="2015-07-29",
        fatalities=5,
        also=("غارة لطائرة بدون طيار", 'الغارة "دمرت', 'الغارة "ادت'),
    ),
]
F["snn-20150724-01339"] = [
    E(
        "Diplomacy/Aid",
        "وصلت",
        actor=("طائرة عسكرية سعودية", "سعودية"),
        place=("مطار عدن الدولي", "عدن"),
        date="2015-07-23",
        also=("وحطت الطائرة الثانية",),
    ),
    E(
        "Battles/Government regains territory",
        "تحرير المدينة",
        place=("عدن",),
        date="unknown",
        also=("تم استعادة عدن",),
    ),
    E(
        "Diplomacy/Aid",
        "ستصل",
        actor=("سعودية", "سفينة سعودية كبيرة"),
        place=("اليمن", "عدن"),
        status="planned",
        also=("ستصل عدن",),
    ),
]
F["snn-20150804-01163"] = [
    E(
        "Diplomacy/Meeting",
        "اجتماع الدوحة",
        actor=("وزراء خارجية دول مجلس التعاون الخليجي", "دول مجلس التعاون الخليجي", "مجلس التعاون الخليجي"),
        target=("الولايات المتحدة",),
        place=("الدوحة",),
        also=("البيان المشترك", "الاجتماع رسالة"),
    ),
    E(
        "Diplomacy/Agreement",
        "الاتفاق النووي",
        actor=("الايراني",),
        date="unknown",
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "التفجيرات",
        place=("دولة البحرين", "البحرين"),
        date="unknown",
    ),
    E(
        "Diplomacy/Meeting",
        "قمة كامب ديفيد",
        place=("كامب ديفيد",),
        date="2015-05",
        status="historical",
    ),
]
F["snn-20150808-00577"] = [
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "تفجيرات",
        actor=("داعش", "التنظيم"),
        place=("تركيا",),
        date="2015-07",
    ),
]
F["snn-20150724-01164"] = [
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصفت",
        actor=("تركيا",),
        target=("داعش",),
        place=("سوريا",),
        date="2015-07-23",
    ),
    E(
        "Battles/Armed clash",
        "مقتل",
        actor=("متطرفين", "متطرفي داعش", "خمسة عناصر من المتطرفين", "داعش"),
        target=("احد جنودها", "عسكريا تركيا", "للجيش التركي", "موقع متقدم للجيش التركي"),
        place=("كيليس",),
        date="2015-07-23",
        fatalities=1,
        also=("باطلاق نار", "الحادث المسلح", "صدام مسلح", "فتح خمسة عناصر", "مقتل ضابط صف"),
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "هجوم انتحاري",
        actor=("التنظيم المتطرف",),
        target=("ناشطين مناصرين للقضية الكردية", "ناشطين"),
        date="2015-07-20",
    ),
    E(
        "Diplomacy/Agreement",
        "وافقت",
        actor=("تركيا",),
        target=("للجيش الأمريكي",),
        date="2015-07-23",
    ),
    E(
        "Battles/Armed clash",
        "مقتل",
        at="غذاها",
        target=("شرطي",),
        place=("مدينة دياربكر", "دياربكر"),
        fatalities=1,
    ),
]

if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
