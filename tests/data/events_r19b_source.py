"""Source of tests/data/events_r19b.jsonl: the nineteenth blind event round, part r19b.

14 real articles (SaudiNewsNet politics 14, 903–1,484 characters): the lines of /work/brief/DRAW_r19.tsv
(= `python tests/data/events_round19_select.py` at draw time) whose first column is `r19b` (selection =
events_round19_select.py, seed 1919, part r19b). All 14 kept, none dropped; 35 events; 3 negatives
(snn-20150731-00241, snn-20150811-00104, snn-20150806-02778). Annotated by reading only (2026-11-29):
the event coder was never run on these articles and no coder output was read. Same format and
guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set); `build()`
comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: snn-20150726-00912 shares a long passage (the Aden ministers' report) with r14a's
snn-20150724-01987 (score it separately); coded as r14a did (Aden's liberation: *Government regains
territory*, historical, date unknown). Same happenings in other words elsewhere: Turkey's first strikes
on ISIS in Syria (two articles here), the Duma arson (r7a, r14b, r15c, r16b, r18a), Aden's liberation.

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r18c_source.py):
- Badr commander al-Muhammadawi «قتل الأسبوع الماضي خلال عمليات تحرير منطقة الصقلاوية» → one *Armed clash*
  (Badr vs ISIS), dated 2015-07 (as fresh's «الأسبوع الماضي»), 1 dead; Soleimani's condolence telegram
  and his presence in Fallujah are not events; the Saqlawiya operation (no takeover) is not coded;
- Turkey's first strikes «اليوم الجمعة» → 2015-07-24 (the article is dated the 25th), the Erdogan–Obama
  call «يوم الأربعاء» → *Phone call* 2015-07-22; the nationwide police raids → one *Arrests*, 2015-07-24
  («تزامنت»). In the Erdogan article the same call is named «لقائه» → coded as the text says
  (*Meeting*, publication date; ambiguous); Turkey's strikes there («ورد الطيران الحربي التركي»), no
  date given → publication date; the letter to the UN is not an event, Turkey's consent to the use of
  its bases → *Diplomacy/Agreement*;
- Baghdad car bomb: «هجوم انتحاري تم تنفيذه بسيارة ملغومة» → *Suicide bomb* (ambiguous: ISIS's own words
  say a parked car, «مركونة»), dated 2015-07-23 (the claim «أمس الخميس» dates what it announces); the
  two IEDs «في قضاء بلدروز والمقدادية» → one *Remote explosive* with both places accepted and 10 dead
  (as fresh's two church attacks), «الليلة الماضية» of a text written on Friday → 2015-07-23;
- Houthis moving prisoners and civilians from al-Anad to Sanaa as human shields → *Strategic
  developments/Other* (ambiguous); the advance towards al-Anad, the ministers' returns, the planned
  invitation of the UN envoy and captured Houthi commanders (no time/place) are not coded;
- Houthi «محاولات استهداف … لمطار عدن بالأمس» → *Shelling/artillery/missile attack* (the weapon is not
  named; as fresh's unspecified «القصف»), 2015-07-24; the airport's «تحريره» and «تحرير عدن» are one
  *Government regains territory*, historical, date unknown;
- journalists: al-Abadi's execution (2015-07-15) and abduction (2015-06-04, historical), Adnan Abdul-
  Razzaq's killing (*Attack*) and Ali Ansari's death covering clashes in al-Muqdadiyah (*Armed clash*,
  army vs ISIS) both historical, dated 2015 («خلال العام الحالي»);
- Nineveh executions: one *Attack*, 2,070 dead, date "unknown" (the ministry cannot say when);
  ISIS's control «بعد عبور الحدود السورية منتصف عام 2014» → *Non-state actor overtakes territory*,
  historical, 2014 (as fresh's Kirkuk; ambiguous: a background clause); the Karma operation's 7 dead
  (*Armed clash*) and its 15 dismantled IEDs (*Disrupted weapons use*) are publication-dated;
- coalition strikes in Yemen: one *Air/drone strike* per place (Hajjah with «وأجزاء من محافظة صعدة» in the
  same clause, as one; Aqabat Thira; Dhamar; Marib; Lahj/al-Anad; Karsh), the aggregate first sentence
  («الغارات الجوية … خلال اليومين الماضيين») an `also` of the first; «أعلنت أمس» → 2015-08-02, Karsh
  (a later sentence) publication-dated, 16 dead;
- not events: the 11,000 settler attacks since 2004 and Abbas's ICC plan, the French foreign-fighter
  figures (126 killed in Syria: a statistic), the lawsuits against al-Maliki, the malnourished child.

Run: python tests/data/events_r19b_source.py            (writes events_r19b.jsonl)
Text licences: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

HERE = Path(__file__).parent
OUT = HERE / "events_r19b.jsonl"

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150722-01496"] = [
    E(
        "Battles/Armed clash",
        "بمقتل",
        actor=("فيلق بدر", "بدر"),
        target=("تنظيم الدولة", "الداعشي"),
        place=("منطقة الصقلاوية", "الصقلاوية", "مدينة الفلوجة", "الفلوجة"),
        date="2015-07",
        fatalities=1,
        also=("قتل الأسبوع الماضي",),
    ),
]
F["snn-20150725-00022"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصفت",
        actor=("طائرات حربية تركية", "تركية", "تركيا"),
        target=("تنظيم الدولة الإسلامية",),
        place=("سوريا",),
        date="2015-07-24",
        also=("الضربات الجوية", "هجمات اليوم", "قمنا بالخطوة الأولى"),
    ),
    E(
        "Diplomacy/Phone call",
        "اتصال هاتفي",
        actor=("إردوغان",),
        target=("أوباما", "باراك أوباما"),
        date="2015-07-22",
        also=("مكالمتنا",),
    ),
    E(
        "Strategic developments/Arrests",
        "حملات المداهمة",
        actor=("الشرطة",),
        target=("متشددون", "مئات"),
        place=("البلاد", "تركيا"),
        date="2015-07-24",
        also=("لاعتقال",),
    ),
]
F["snn-20150731-00241"] = []
F["snn-20150724-01231"] = [
    E(
        "Explosions/Remote violence/Suicide bomb",
        "هجوم انتحاري",
        actor=("تنظيم داعش", "داعش"),
        target=("عناصر الحشد الرافضي", "الحشد"),
        place=("منطقة الشرطة الرابعة", "الشرطة الرابعة", "بغداد"),
        date="2015-07-23",
        fatalities=20,
        also=("تفجير سيارة مفخخة",),
    ),
    E(
        "Battles/Armed clash",
        "مقتل",
        actor=("قوات البيشمركة الكردية", "البيشمركة", "قوة أمنية"),
        target=("تنظيم داعش", "داعش", "11 مسلحًا"),
        place=("قرى الكصيبة", "الكصيبة", "قرة تبة", "جبال حمرين", "بعقوبة"),
        date="2015-07-23",
        fatalities=11,
        also=("عملية عسكرية", "قتل 11 مسلحًا"),
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "انفجار عبوتين",
        target=("10 مدنيين", "مدنيين"),
        place=("قضاء بلدروز", "بلدروز", "المقدادية", "بعقوبة"),
        date="2015-07-23",
        fatalities=10,
        also=("مقتل 10 مدنيين",),
    ),
]
F["snn-20150726-00912"] = [
    E(
        "Battles/Government regains territory",
        "تحريرها",
        actor=("المقاومة الشعبية", "قوات الجيش الوطني", "الجيش الوطني"),
        target=("الحوثية", "الحوثيين"),
        place=("عدن", "مدينة عدن"),
        date="unknown",
        status="historical",
        also=("المدينة المحررة",),
    ),
    E(
        "Strategic developments/Other",
        "نقل",
        at="عمدوا أخيرا إلى",
        actor=("الحوثيين", "صالح"),
        target=("الأسرى والمدنيين", "الأسرى"),
        place=("قاعدة العند الجوية", "قاعدة العند", "صنعاء"),
        also=("عملية نقل الأسرى",),
    ),
]
F["snn-20150811-00104"] = []
F["snn-20150725-00239"] = [
    E(
        "Strategic developments/Arrests",
        "اعتقل",
        actor=("القوات الامنية", "القوات الامنية في تركيا"),
        target=("نحو 300 مشتبه", "مشتبه"),
        place=("تركيا", "13 ولاية"),
        also=("بعملية داخلية",),
    ),
    E(
        "Diplomacy/Meeting",
        "لقائه",
        actor=("أردوغان",),
        target=("باراك أوباما", "أوباما"),
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "مقتل",
        target=("32 شخصًا", "مركز ثقافي"),
        place=("سوروج", "شانلي أورفة"),
        date="2015-07-20",
        fatalities=32,
        also=("تفجير انتحاري",),
    ),
    E(
        "Battles/Armed clash",
        "قُتل",
        actor=("القوات الأمنية التركية",),
        target=("بي كيه كيه", "منظمة"),
        place=("أديامان",),
        date="2015-07-20",
        fatalities=1,
        also=("اشتباكات",),
    ),
    E(
        "Battles/Armed clash",
        "قتل",
        at="كما قتل",
        actor=("داعش",),
        target=("ضابط تركي",),
        place=("الحدود مع سورية", "سورية"),
        date="2015-07-23",
        fatalities=1,
        also=("هجوم لداعش",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "بمهاجمة",
        actor=("الطيران الحربي التركي",),
        target=("التنظيم",),
        place=("سورية",),
    ),
]
F["snn-20150731-01288"] = [
    E(
        "Violence against civilians/Attack",
        "مقتل طفل",
        actor=("مستوطنون",),
        target=("طفل فلسطيني",),
        place=("نابلس",),
        date="2015-07-31",
        fatalities=1,
        also=("أضرم مستوطنون النار", "مقتل الطفل"),
    ),
]
F["snn-20150725-00472"] = [
    E(
        "Violence against civilians/Attack",
        "مقتل",
        actor=("تنظيم داعش", "داعش"),
        target=("جلاء العبادي", "العبادي"),
        place=("مدينة الموصل", "الموصل"),
        date="2015-07-15",
        fatalities=1,
        also=("وأعدمه",),
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "اختطف",
        actor=("تنظيم داعش", "داعش"),
        target=("العبادي",),
        place=("الموصل",),
        date="2015-06-04",
        status="historical",
    ),
    E(
        "Violence against civilians/Attack",
        "مقتل",
        at="بعد مقتل المصور الصحفي عدنان",
        actor=("تنظيم داعش", "داعش"),
        target=("عدنان عبد الرزاق",),
        place=("الموصل",),
        date="2015",
        status="historical",
        fatalities=1,
        also=("قتله",),
    ),
    E(
        "Battles/Armed clash",
        "قتل",
        at="علي أنصاري الذي",
        actor=("الجيش العراقي",),
        target=("تنظيم داعش", "داعش", "علي أنصاري"),
        place=("المقدادية",),
        date="2015",
        status="historical",
        fatalities=1,
        also=("المواجهات",),
    ),
]
F["snn-20150725-01435"] = [
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "استهداف",
        actor=("الميليشيات الحوثية", "الحوثية"),
        target=("مطار عدن",),
        place=("مطار عدن", "عدن", "أطراف المدينة"),
        date="2015-07-24",
        also=("تلك المحاولات",),
    ),
    E(
        "Battles/Government regains territory",
        "تحريره",
        actor=("قوات من الجيش النظامي", "الجيش النظامي", "المقاومة الشعبية"),
        target=("الميليشيات الحوثية", "الحوثية"),
        place=("مطار عدن", "عدن"),
        date="unknown",
        status="historical",
        also=("لتحرير عدن",),
    ),
]
F["snn-20150806-02778"] = []
F["snn-20150809-00833"] = [
    E(
        "Violence against civilians/Attack",
        "أعدموا",
        actor=("تنظيم داعش", "داعش"),
        target=("أكثر من ألفي عراقي", "عراقي", "2070 مواطنا"),
        place=("محافظة نينوى", "نينوى", "الموصل"),
        date="unknown",
        fatalities=2070,
        also=("اغتالت", "عمليات الإعدام"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "يسيطر",
        at="مناطق واسعة",
        actor=("داعش",),
        place=("شمال وغرب العراق", "العراق"),
        date="2014",
        status="historical",
        also=("عبور الحدود السورية",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "مقتل",
        at="المحمدي أمس",
        actor=("طيران التحالف الدولي", "التحالف الدولي"),
        target=("عناصر داعش", "داعش", "منزلين"),
        place=("منطقة التأميم", "التأميم", "الرمادي"),
        date="2015-08-08",
        also=("غارة",),
    ),
    E(
        "Battles/Armed clash",
        "مقتل",
        at="قيادة عمليات بغداد",
        actor=("قيادة عمليات بغداد",),
        target=("سبعة إرهابيين", "إرهابيين"),
        place=("منطقة الكرمة", "الكرمة"),
        fatalities=7,
        also=("عملية عسكرية",),
    ),
    E(
        "Strategic developments/Disrupted weapons use",
        "تفكيك",
        actor=("قيادة عمليات بغداد",),
        target=("15 عبوة ناسفة", "عبوة ناسفة"),
        place=("منطقة الكرمة", "الكرمة"),
    ),
]
F["snn-20150803-00826"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات عنيفة",
        actor=("المقاتلات", "طائرات التحالف العربي", "التحالف العربي"),
        target=("تجمعات المتمردين", "المتمردين"),
        place=("محافظة حجة", "حجة", "محافظة صعدة", "صعدة"),
        date="2015-08-02",
        also=("الغارات الجوية",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "استهدفت",
        at="كما استهدفت تعزيزات",
        actor=("المقاتلات", "التحالف العربي"),
        target=("تعزيزات عسكرية", "صهاريج", "مسلحي الحوثي", "قوات صالح"),
        place=("عقبة ثرة", "البيضاء", "أبين"),
        date="2015-08-02",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "استهدفت",
        at="كما استهدفت مقاتلات",
        actor=("مقاتلات التحالف", "التحالف"),
        target=("فرع المؤسسة الاقتصادية", "المؤسسة الاقتصادية"),
        place=("بمعبر", "محافظة ذمار", "ذمار"),
        date="2015-08-02",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "ست غارات جوية",
        actor=("الطائرات",),
        place=("منطقة الأشراف", "الأشراف", "محافظة مأرب", "مأرب"),
        date="2015-08-02",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "16 غارة",
        actor=("الطائرات",),
        target=("مواقع الانقلابيين", "الانقلابيين", "قاعدة العند العسكرية"),
        place=("محافظة لحج", "لحج", "قاعدة العند العسكرية", "قاعدة العند", "مثلث العند"),
        date="2015-08-02",
        also=("الغارات استهدفت",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصفت",
        actor=("المقاتلات",),
        target=("تعزيزات عسكرية للحوثيين", "الحوثيين", "16 إرهابيا"),
        place=("منطقة كرش", "كرش", "تعز"),
        fatalities=16,
        also=("منطقة القصف",),
    ),
]
F["snn-20150726-00827"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات جوية",
        actor=("تركيا",),
        target=("تنظيم داعش", "داعش"),
        place=("سورية",),
        date="2015-07-24",
    ),
    E(
        "Diplomacy/Agreement",
        "ووافقت",
        actor=("تركيا",),
        target=("الولايات المتحدة", "التحالف"),
    ),
]


if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
