"""Source of tests/data/events_r10b.jsonl: tenth-round blind event set, half r10b.

20 real articles (SaudiNewsNet politics 12, ANT internationalNews 8): the lines of
`python tests/data/events_round10_select.py` whose first column is `r10b` (selection =
events_round10_select.py, seed 1010, half r10b: draw positions 12–23 of the SaudiNewsNet sample and 8–15
of the ANT sample; same pool as events_fresh_source.py). All 20 kept, none dropped; 26 events; 4 of them
report no event (negatives). Annotated by reading only (2026-11-29): the event coder was never run on
these articles and no coder output was read. Same format and guidelines as events_dev_source.py and
events_fresh_source.py (docs/events.md § Dev set); `build()` comes from events_dev_source.py
(SaudiNewsNet articles by reference + sha1).

Not fully blind (score these separately): snn-20150806-02398 is a near-copy of check snn-20150807-00270
(coalition raids on Taiz before the Resistance's advance), coded as the twin (one *Air/drone strike*, one
*Armed clash*), the raids dated by this copy's «مساء الخميس» (2015-08-06, the twin's «مساء أمس»);
snn-20150806-02315 is a near-copy of dev snn-20150806-01647 (the Yemeni defence ministry thanking the
coalition on the liberation of al-Anad), coded as the twin (*Government regains territory*, no actor)
except that this copy lacks the twin's «أول أمس الاثنين»: date "unknown", reported (days old, as r9a's
«أعلنت تحرير عدن»); snn-20150806-00717 is a near-copy of r9b snn-20150806-01794 (SOHR's 51 ISIS dead),
coded as the twin: three *Air/drone strike* events with their own tolls (Mayadin 11, the Kraine camp 29,
the rest), dated `2015-08`; snn-20150731-01658 is a near-copy (same first 80 characters) of new_dev
snn-20150731-01272 (al-Dhale clashes), coded as the twin: one *Armed clash*, 2015-07-30, 22 dead (18
Houthis and 4 of the Resistance), the six Houthis captured not coded apart; snn-20150722-00772 is a
near-copy of check snn-20150722-01851 (US sanctions on Hezbollah officials), coded as the twin: one
*Diplomacy/Sanction*, trigger «عقوبات», 2015-07-21. Same happenings in other words (no shared passage):
the Kuwaiti ISIS cell (r5a snn-20150731-00719, *Arrests* 2015-07-30 there too), the IRGC missiles on Deir
ez-Zor (r8b ant-JA-internationalNews-1248-20170619: *Shelling/artillery/missile attack* as there, dated
here by «مساء أمس الاحد», 2017-06-18), the death of the Emirati soldier al-Falasi (check
snn-20150722-01367, where it is named but was not coded).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r9b_source.py): an
aggregate first sentence is an `also` of the happening it covers, the trigger is the specific mention
(Baqubah: «مقتل 13 من عناصر تنظيم داعش و13 عراقيا» → the army aviation strike in the Hamrin mountains,
13 ISIS dead, and one *Remote explosive/landmine/IED* for the three charges in al-Abbara, al-Yarmouk and
al-Amlak, 13 civilian dead, all places accepted: no toll per place — both dated by the announcement «أمس
السبت», 2015-07-25); a killing reported first is the trigger and the attack its `also` (Makhmour: ISIS
rockets «اليوم» killing 18 Peshmerga → *Shelling/artillery/missile attack* 2015-08-06, and the eight
rockets «مساء أمس» → a second one, 2015-08-05, no count: «مقتل واصابة العشرات»); the opposition's
recapture of Sahl al-Ghab villages from the regime → *Non-state actor overtakes territory* dated by the
Observatory's «اليوم» (its counter-attack and advance are mentions), and the regime's taking of al-Mansoura,
al-Ziyara and Tell Wasit «الأسبوع الماضي» → *Government regains territory* `2015-08`, reported; the
Popular Resistance capturing the Houthi leader Husayn Qanaf (seen in Aden) → *Strategic developments/
Arrests* (as r5b's «اعتقلت» by a non-state force), publication date, and the government's recent
announcement of Aden's liberation → *Government regains territory*, reported, date "unknown", no actor
(as r9a); Kuwait's cell «الكشف عنها وإلقاء القبض» «اليوم الخميس» → *Arrests* 2015-07-30, no place (as
r5a/r7b), and the Imam al-Sadiq mosque bombing «الشهر الماضي» claimed by ISIS → *Suicide bomb*, `2015-06`,
reported (under 60 days), ISIS as actor (its claim); the Emirati soldier killed «أثناء تأديته الواجب» in
Yemen (no means, place or date) → *Armed clash* with no actor, 1 dead, publication date (as r8b's Abu
Sayyaf; ambiguous: a bare death notice); Trump's visit named as background in an analyst's comment →
*Diplomacy/Visit*, date "unknown", no place (the text does not say where; as r8a's minister's visit),
and Saudi Arabia's boycott of Qatar («قرار المقاطعة», «قطعت كل التموينات», «طرد الشعب القطري») → one
*Diplomacy/Sanction*, date "unknown" (as dev's background «قطعت»); Algeria's food aid announced «أمس
الجمعة» → *Diplomacy/Aid* 2017-02-17, place Libya (as r8a's Chinese aid); the Libyan Airlines chief
abducted by armed men in Tripoli «قبل 3 أيام» of the company's statement «امس الاثنين» → *Abduction/forced
disappearance* 2016-10-21 (ambiguous: counted from the publication day it would be 2016-10-22); Egypt's
air strikes in North Sinai «صباح اليوم السبت» → *Air/drone strike* 2016-10-15 (the destruction and the
«القضاء على عدد من العناصر» are part of it, no count), and the attack «أمس الجمعة» on a military post that
killed 12 soldiers → *Armed clash* (a state target, no actor named), 2016-10-14, with North Sinai accepted
as place (implied by the reprisal; the text does not name the post's place).

Not events (the four negatives: Abu Ghada al-Zoubi wounded «خلال إحدى المعارك الدائرة في سوريا» — a
rumoured injury in an unidentified battle, no date or place below the country (ambiguous); a Russian MP's
claims of a US plan to invade Damascus, with habitual «استهداف قوات الجيش السوري بين الفينة
والأخرى»; a Facebook claim of poisoned chocolate sold in Gaza; an Italian-led force and British troops
preparing to deploy to Libya — planned deployments, as r6a's «ستنشر») — and, within other articles, an
analyst's coup and invasion scenarios, stated policy («ستستمر في دعم ومساندة»), thanks, aims («بسط
سيطرتها … لتحرير المدينة»), threats («على استعداد لاحتلال العاصمة السعودية», the airline's threat to
halt flights), the Peshmerga's siege of Makhmour «خشية تسلل» (a deployment), the cell's denied plans
(«نفى أن تكون … خططت»), the coalition's strikes «منذ أواخر مارس» (a campaign), the suicide operation in
which al-Shayiqi died (no place or date), Hezbollah's military support to Assad (generic), the
destruction reported with the Sinai strikes, and Bagheri's speech «خلال اجتماع مع علماء إيران» (a
speech to scientists, not a meeting between parties; ambiguous).

Run: python tests/data/events_r10b_source.py   (writes events_r10b.jsonl; the draw: events_round10_select.py)
Text licences: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed); ANT Apache-2.0.
Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r10b.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150806-02398"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات",
        actor=("مقاتلات التحالف", "التحالف"),
        target=("الحوثيين", "القوات الموالية للرئيس اليمني السابق علي صالح", "قوات صالح"),
        place=("تعز", "الدمنة", "الحوبان", "مدينة الصالح"),
        date="2015-08-06",
        also=("سلسلة غارات عنيفة",),
    ),
    E(
        "Battles/Armed clash",
        "المواجهات",
        actor=("المقاومة", "المقاومة الشعبية"),
        target=("الحوثيين",),
        place=("مدينة \xa0تعز", "تعز", "بالمدينة"),  # \xa0 as in the text (the footer repeats «تعز»)
    ),
]
F["snn-20150806-02315"] = [
    E(
        "Battles/Government regains territory",
        "تحرير",
        target=("الميليشيات الانقلابية",),
        place=("قاعدة العند العسكرية", "قاعدة العند"),
        date="unknown",
        also=("ودحر",),
    ),
]
F["snn-20150731-01540"] = [
    E(
        "Strategic developments/Arrests",
        "إلقاء القبض",
        actor=("الكويت",),
        target=("شبكة تنظيم داعش", "أفرادها", "داعش", "خلية"),
        date="2015-07-30",
        also=("الكشف عنها",),
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "بالتفجير الانتحاري",
        actor=("تنظيم داعش", "داعش"),
        target=("مسجد الصادق",),
        place=("مسجد الصادق", "الكويت"),
        date="2015-06",
    ),
]
F["snn-20150726-00823"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "طلعاته الجوية",
        actor=("طيران الجيش العراقي", "الجيش العراقي"),
        target=("داعش", "رتل للتنظيم", "أبو ولاء التونسي"),
        place=("جبال حمرين", "حمرين", "بعقوبة"),
        date="2015-07-25",
        fatalities=13,
        also=("مقتل 13 من عناصر", "قصف رتل", "وقتل 13"),
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "مقتل",
        at="وأشارت إلى",
        target=("13 مدنيا", "مدنيا", "13 عراقيا"),
        place=("بعقوبة", "ناحية العبارة", "العبارة", "اليرموك", "الاملاك"),
        date="2015-07-25",
        fatalities=13,
        also=("انفجار ثلاث عبوات ناسفة",),
    ),
]
F["snn-20150809-00069"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "استعاد",
        actor=("مقاتلو المعارضة", "المعارضة", "مسلحي المعارضة"),
        target=("قوات نظام الأسد", "نظام الأسد"),
        place=("شمال غرب سوريا", "سهل الغاب", "سوريا", "المنصورة", "الزيارة", "تل واسط", "حماه"),
        date="2015-08-09",
        also=("هجومًا مضادًا", "وتقدموا"),
    ),
    E(
        "Battles/Government regains territory",
        "سيطرت",
        actor=("قوات نظام الأسد", "نظام الأسد", "جماعات ميليشيا حليفة"),
        place=("سهل الغاب", "المنصورة", "الزيارة", "تل واسط"),
        date="2015-08",
    ),
]
F["snn-20150724-00026"] = [
    E(
        "Strategic developments/Arrests",
        "أسر",
        actor=("المقاومة الشعبية اليمنية", "المقاومة الشعبية"),
        target=("حسين قناف", "القيادي الحوثي حسين قناف"),
        place=("عدن",),
    ),
    E(
        "Battles/Government regains territory",
        "تحرير",
        target=("ميليشيات الحوثي", "الحوثي", "قوات المخلوع"),
        place=("عدن",),
        date="unknown",
    ),
]
F["snn-20150731-02024"] = []  # al-Zoubi wounded in an unidentified battle in Syria (rumour): no event
F["snn-20150806-00717"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "مقتل",
        at="وأشار إلى",
        actor=("طائرات التحالف الدولي", "التحالف الدولي"),
        target=("داعش", "تنظيم"),
        place=("مدينة الميادين", "الميادين", "دير الزور"),
        date="2015-08",
        fatalities=11,
        also=("قصف طائرات التحالف", "استهداف مبنى المؤسسة الاستهلاكية"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قتل",
        at="بينما",
        actor=("طائرات التحالف الدولي", "التحالف الدولي"),
        target=("داعش", "تنظيم"),
        place=("معسكر الكرين", "مدينة الطبقة", "الطبقة", "الرقة"),
        date="2015-08",
        fatalities=29,
        also=("استهداف لمنطقة معسكر الكرين",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "مقتل",
        at="ولفت إلى",
        actor=("طائرات التحالف الدولي", "التحالف الدولي"),
        target=("للتنظيم", "داعش"),
        place=("ريف الحسكة", "الحسكة", "حلب", "حماة"),
        date="2015-08",
        also=("استهداف مواقع وحواجز",),
    ),
]
F["snn-20150731-01658"] = [
    E(
        "Battles/Armed clash",
        "الاشتباكات",
        actor=("المقاومة", "المقاومة الشعبية"),
        target=("الحوثيين", "حوثياً"),
        place=("الضالع", "سناح"),
        date="2015-07-30",
        fatalities=22,
        also=("مواجهات عنيفة",),
    ),
]
F["snn-20150806-02629"] = [
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "بمقتل",
        actor=("عناصر تنظيم داعش", "داعش"),
        target=("البيشمركة", "قوات البيشمركة", "عناصر البيشمركة"),
        place=("قضاء مخمور", "مخمور", "الموصل"),
        date="2015-08-06",
        fatalities=18,
        also=("بقصف للصواريخ", "أطلقوا اليوم"),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "أطلقوا",
        at="وكان عناصر",
        actor=("داعش",),
        target=("قوات البيشمركة", "البيشمركة"),
        place=("قضاء مخمور", "مخمور"),
        date="2015-08-05",
    ),
]
F["snn-20150722-00772"] = [
    E(
        "Diplomacy/Sanction",
        "عقوبات",
        actor=("الحكومة الأمريكية", "وزارة الخزانة الأمريكية"),
        target=("حزب الله", "ثلاثة من زعماء جماعة حزب الله", "عبد النور شعلان"),
        date="2015-07-21",
        also=("وفرضت عقوبات",),
    ),
]
F["snn-20150721-01401"] = [
    E(
        "Battles/Armed clash",
        "استشهاد",
        target=("أحد عناصرها", "القوات المسلحة الإماراتية", "سيف يوسف أحمد الفلاسي"),
        place=("اليمن",),
        fatalities=1,
    ),
]
F["ant-JA-internationalNews-1075-20170606"] = [
    E("Diplomacy/Visit", "زيارة ترامب", actor=("ترامب",), date="unknown"),
    E(
        "Diplomacy/Sanction",
        "قرار المقاطعة",
        actor=("السعودية",),
        target=("قطر",),
        date="unknown",
        also=("قطعت كل التموينات", "طرد الشعب القطري"),
    ),
]
F["ant-JA-internationalNews-1250-20170619"] = [
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "استهدفت",
        actor=("القوة الجوفضائية للحرس الثوري", "الحرس الثوري"),
        target=("مواقع الارهابيين التكفيريين", "الارهابيين التكفيريين"),
        place=("منطقة دير الزور", "دير الزور", "سوريا"),
        date="2017-06-18",
        also=("بستة صواريخ باليستية",),
    ),
]
F["ant-JA-internationalNews-310-20170218"] = [
    E(
        "Diplomacy/Aid",
        "إرسال مساعدات إنسانية",
        actor=("وزارة الخارجية الجزائرية", "الجزائر"),
        target=("سكان ليبيا", "ليبيا"),
        place=("ليبيا",),
        date="2017-02-17",
        also=("هذه الخطوة التضامنية",),
    ),
]
F["ant-JA-internationalNews-1144-20170609"] = []  # claims of a US plan to invade Damascus: no happening
F["ant-JA-internationalNews-255-20170212"] = []  # a Facebook claim of poisoned chocolate in Gaza
F["ant-JA-internationalNews-452-20160105"] = []  # troops preparing to deploy to Libya: planned, not coded
F["ant-JA-internationalNews-680-20161025"] = [
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "اختطف",
        actor=("مسلحين", "مجموعة مسلحة مجهولة الهوية", "مسلحين ملثمين"),
        target=("فتحي الشطي", "رئيسها", "رئيس مجلس إدارة شركة الخطوط الجوية الليبية"),
        place=("العاصمة طرابلس", "طرابلس", "طريق المطار"),
        date="2016-10-21",
        also=("نبأ اختطاف", "باختطاف طيار"),
    ),
]
F["ant-JA-internationalNews-77-15102016"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "ضربات جوية",
        actor=("الجيش المصري",),
        target=("العناصر الإرهابية", "العناصر التكفيرية"),
        place=("شمال سيناء",),
        date="2016-10-15",
        also=("العملية",),
    ),
    E(
        "Battles/Armed clash",
        "الهجوم",
        target=("موقعا عسكريا", "12 جنديا مصريا", "جنديا"),
        place=("شمال سيناء",),
        date="2016-10-14",
        fatalities=12,
        also=("مقتل 12 جنديا",),
    ),
]

if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
