"""Source of tests/data/events_r11b.jsonl: eleventh-round blind event set, half r11b.

20 real articles (SaudiNewsNet politics 12, ANT internationalNews 8): the lines of
`python tests/data/events_round11_select.py` whose first column is `r11b` (selection =
events_round11_select.py, seed 1111, half r11b: draw positions 12–23 of the SaudiNewsNet sample and 8–15
of the ANT sample; same pool as events_fresh_source.py, near-copies of annotated articles skipped by the
draw). All 20 kept, none dropped; 26 events; 5 of them report no event (negatives). Annotated by reading
only (2026-11-29): the event coder was never run on these articles and no coder output was read. Same
format and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set);
`build()` comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none (no shared first 80 characters nor long shared passage with any
tests/data/events_*.jsonl text). Same happenings in other words (no shared passage): the Rafah
war-remnant missile explosion (r10a snn-20150807-00007: 4 dead, dated 2015-08-07 there; this text says
«أمس الخميس» and 3 dead, so 2015-08-06 and 3 here), the Haftar–Sarraj meeting in Abu Dhabi (r8b
ant-JA-internationalNews-813-20170502, dated 2017-05-02 there; this text gives no date: "unknown"), the
Manchester attack (r6b ant-JA-internationalNews-955-20170524), the Resistance taking Tabba Masoud (blind
snn-20150731-01144, 2015-07-31 there; this feature story gives no date: publication date, ambiguous).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r10b_source.py): a killing
reported first is the trigger and the explosion or strike its `also` (Rafah «قتل», al-Fadhli «قتل»);
the Rafah war-remnant missile → *Remote explosive/landmine/IED*, no actor (as r10a); Israeli forces'
15 arrests in the West Bank «الليلة الماضية» in a Thursday report → *Arrests* 2015-08-06; al-Fadhli
killed by a US air strike near Sarmada on 8 July → *Air/drone strike* (the nationality adjective
«أمريكية» as actor, as r6b/r10a), reported (14 days old), and the September 2014 strike that targeted him
→ historical *Air/drone strike*, 2014-09, no place (the text names none); the Gaza boy shot by soldiers
after a group threw stones at the fence → *Riots/Violent demonstration*, no actor, the soldiers as
target, 1 dead (as r6b/r7b), and the Duma arson «في وقت سابق اليوم الجمعة» → *Violence against
civilians/Attack* by suspected settlers (as r7a), 2015-07-31; the Peshmerga artillery on Humaira (21
dead), the Iraqi army's attacks near Ramadi (16 dead, *Armed clash*: means unstated) and ISIS's two
rockets on Peshmerga barracks at Hasan Shami (13 dead) → three events, all dated by the sources' «أمس
الأحد» (2015-08-09), the aggregate «مقتل 37 مسلحا» an `also` of the first; Umm Jamil's storming of Tabba
Masoud for the Popular Resistance → *Non-state actor overtakes territory*, its clashes and the six
Houthis she killed mentions of it; Bahah's announcement «الجمعة» that Aden is fully «تحت سيطرة المقاومة
الشعبية» → *Non-state actor overtakes territory* dated 2015-07-24 (the Resistance alone, coalition
support is no actor); «الانتصار الذي حققته قوات التحالف في عدن» in a 25 July article → *Government
regains territory*, reported, date "unknown" (as r10a's days-old liberation), the coalition as actor,
and the Saudi air bridge of relief supplies → *Diplomacy/Aid*; Erdogan and Putin's long meeting in Baku
«في حزيران - يونيو» → *Diplomacy/Meeting* 2015-06, reported (under 60 days), their later phone call →
*Phone call*, date "unknown", and Erdogan's tour of China and Indonesia he was returning from → one
*Diplomacy/Visit* dated `2015-08` (ambiguous: the papers reported his words on Monday 3 August); the
Arab summit «تنطلق غدا الأربعاء» at the Dead Sea → *Diplomacy/Meeting*, planned, 2017-03-29 (as r9b's
planned Algiers meeting); the MOAB dropped on ISIS in Afghanistan → *Air/drone strike* 2017-04-13 (the
Pentagon's «أمس الخميس … اليوم»); the Tunisian arrested in Berlin «في بداية شهر نوفمبر» (the lead's
«اُعتقل» and the later arrest warrant are mentions) → one *Arrests*, 2016-11, no actor (ambiguous: the
warrant of Wednesday 14 December could date a second arrest on the terror charge); Italy's consent to US
armed drones flying from Sigonella → *Diplomacy/Agreement* dated by the announcement (as r6a's US–Turkey
base agreement; ambiguous: r5b read a decision to allow strikes as policy), and the Sabratha camp
«الهجوم … الأسبوع الماضي» → *Air/drone strike* `2016-02`, no actor (the text names none), no count
(«العشرات»); the Manchester attack named as background three days old → *Violence against civilians/
Attack*, reported, date "unknown" (as r5a's Minya back-reference), its bomber as actor; the arrests of
his brother Hashem («غداة» the father's: 2017-05-23) and of his father in Tripoli «أمس الأربعاء»
(2017-05-24) → two *Arrests*, the Deterrence Force accepted as actor. Not events (the five negatives: a
Turkish analyst's commentary on Turkey's war on terror, the UN mission's monthly toll in Iraq, an Aden
official's toll since the Houthis entered the city, cholera in Yemen, a Berlin store's removal of
settlement products) — and, within other articles, Turkey's campaign «الحرب على الإرهاب» (stated policy), ISIS
widening its control in Libya (a state), the 2014 Israeli offensive named as the missile's origin, the
9/11 attacks as background, the weapon's tests and transfers, the planned ISIS operation in Germany, the
court referral, the condemnation of the Abu Dhabi meeting, the bomber's visit to Libya, the father's
telephone interview, the EU's labelling guidelines, the Nazis' seizure of the store and Netanyahu's
remarks at his cabinet meeting (a speech venue, as r10b's).

Run: python tests/data/events_r11b_source.py   (writes events_r11b.jsonl; the draw: events_round11_select.py)
Text licences: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed); ANT Apache-2.0.
Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r11b.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150721-02703"] = [
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "خطف",
        actor=("داعش",),
        target=("ثلاثة مسيحيين أفارقة", "مسيحيين"),
        place=("النوفلية", "سرت", "شرق ليبيا"),
        also=("خُطف الثلاثة", "عملية الخطف"),
    ),
]
F["snn-20150804-00366"] = [
    E(
        "Diplomacy/Visit",
        "جولة",
        actor=("أردوغان",),
        place=("الصين", "إندونيسيا"),
        date="2015-08",
    ),
    E(
        "Diplomacy/Meeting",
        "لقاءً مطولاً",
        actor=("أردوغان",),
        target=("بوتين",),
        place=("باكو", "أذربيجان"),
        date="2015-06",
        also=("لقاءنا في باكو",),
    ),
    E(
        "Diplomacy/Phone call",
        "حديثنا الهاتفي",
        actor=("أردوغان",),
        target=("بوتين",),
        date="unknown",
    ),
]
F["snn-20150725-00550"] = [
    E(
        "Battles/Government regains territory",
        "الانتصار",
        actor=("قوات التحالف", "التحالف"),
        target=("الميليشيات الحوثية",),
        place="عدن",
        date="unknown",
    ),
    E(
        "Diplomacy/Aid",
        "مساعدات",
        actor=("المملكة العربية السعودية", "مركز الملك سلمان للإغاثة والأعمال الإنسانية", "المملكة"),
        target=("الشعب اليمني",),
        place="اليمن",
        also=("الجسر الجوي",),
    ),
]
F["snn-20150806-03002"] = []  # a Turkish analyst on Turkey's war on terror: commentary, stated policy
F["snn-20150807-00645"] = [
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "قتل",
        target=("3 فلسطينيين", "فلسطينيين"),
        place=("رفح", "مخيم الشابورة", "قطاع غزة"),
        date="2015-08-06",
        fatalities=3,
        also=("انفجار غامض", "الانفجار وقع", "انفجار صاروخ"),
    ),
    E(
        "Strategic developments/Arrests",
        "اعتقلت",
        actor=("قوات إسرائيلية",),
        target=("15 فلسطينيًا", "فلسطينيًا"),
        place=("الضفة الغربية",),
        date="2015-08-06",
    ),
]
F["snn-20150722-00157"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قتل",
        actor=("أمريكية", "البنتاجون", "وزارة الدفاع الأمريكية"),
        target=("محسن الفضلي", "الفضلي", "جماعة خراسان", "القاعدة"),
        place=("سرمدا", "سوريا", "حلب"),
        date="2015-07-08",
        fatalities=1,
        also=("ضربة جوية أمريكية في سوريا", "أصيب في ضربة جوية"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "استهدف",
        actor=("أمريكية",),
        target=("الفضلي",),
        date="2014-09",
        status="historical",
    ),
]
F["snn-20150731-00251"] = [
    E(
        "Riots/Violent demonstration",
        "قتلوا",
        target=("جنوداً إسرائيليين", "الجنود"),
        place=("شمال قطاع غزة", "قطاع غزة", "غزة"),
        date="2015-07-31",
        fatalities=1,
        also=("ألقت الحجارة", "أطلقوا النار"),
    ),
    E(
        "Violence against civilians/Attack",
        "قتل",
        at="وفي وقت سابق اليوم الجمعة",
        actor=("مستوطنون يهود", "مستوطنون"),
        target=("طفل فلسطيني",),
        place="الضفة الغربية",
        date="2015-07-31",
        fatalities=1,
        also=("هجوم يشتيه",),
    ),
]
F["snn-20150810-00770"] = [
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصفت",
        actor=("مدفعية قوات البيشمركة", "قوات البيشمركة", "البيشمركة"),
        target=("تنظيم داعش", "داعش", "محمد خلف الراوي"),
        place=("قرى الحميرة", "الحميرة", "كركوك"),
        date="2015-08-09",
        fatalities=21,
        also=("مقتل 37 مسلحا",),
    ),
    E(
        "Battles/Armed clash",
        "هجمات",
        at="قامت بتنفيذ",
        actor=("قوات الجيش العراقي", "الجيش العراقي"),
        target=("تنظيم داعش", "داعش"),
        place=("حصيبة الشرقية", "جزيرة الخالدية", "الرمادي"),
        date="2015-08-09",
        fatalities=16,
        also=("فقتلت",),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "أطلقت",
        actor=("عناصر داعش", "داعش"),
        target=("قوات البيشمركة", "البيشمركة", "ثكنات عسكرية"),
        place=("قرية حسن شامي", "حسن شامي", "أربيل"),
        date="2015-08-09",
        fatalities=13,
    ),
]
F["snn-20150806-01152"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "السيطرة",
        actor=("المقاومة الشعبية", "البطلة", "أم الشهيد جميل عبدالله إبراهيم", "أم جميل"),
        target=("مليشيات الحوثي", "الحوثي", "حوثيين"),
        place=("تبة مسعود", "صبر", "جبل صبر", "تعز"),
        fatalities=6,
        also=("عملية عسكرية ناجحة", "عملية اقتحام", "اشتباكات عنيفة", "قتل ستة حوثيين"),
    ),
]
F["snn-20150803-00832"] = []  # the UN mission's monthly toll in Iraq (July, June): a tally, no happening
F["snn-20150723-00189"] = []  # an Aden official's toll since the fighting began three months ago: a tally
F["snn-20150724-00408"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "أصبحت الآن تحت سيطرة",
        actor=("المقاومة الشعبية", "المقاومة"),
        place=("مدينة عدن", "عدن", "محافظة عدن"),
        date="2015-07-24",
        also=("تحرير محافظة عدن", "تقدم المقاومة"),
    ),
]
F["ant-JA-internationalNews-614-20170328"] = [
    E(
        "Diplomacy/Meeting",
        "القمة العربية",
        actor=("الزعماء العرب",),
        place=("البحر الميّت", "المملكة الهاشمية"),
        date="2017-03-29",
        status="planned",
        also=("هذه القمة",),
    ),
]
F["ant-JA-internationalNews-724-20170414"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "ألقت",
        actor=("الولايات المتحدة",),
        target=("داعش",),
        place=("أفغانستان",),
        date="2017-04-13",
        also=("ضربة على تنظيم", "استخدمت واحدة منها اليوم"),
    ),
]
F["ant-JA-internationalNews-498-20161215"] = [
    E(
        "Strategic developments/Arrests",
        "اُعتقل",
        target=("تونسي", "ش. ت."),
        place=("برلين", "ألمانيا"),
        date="2016-11",
        also=("مذكرة التوقيف", "إلقاء القبض عليه"),
    ),
]
F["ant-JA-internationalNews-866-20170504"] = [
    E(
        "Diplomacy/Meeting",
        "اللقاء",
        actor=("فائز السراج", "السراج"),
        target=("خليفة حفتر", "حفتر"),
        place=("أبو ظبي", "العاصمة الإماراتية أبو ظبي"),
        date="unknown",
        also=("قد اجتمع", "هذا الاجتماع"),
    ),
]
F["ant-JA-internationalNews-454-20160223"] = [
    E(
        "Diplomacy/Agreement",
        "وافقت",
        actor=("ماتيو رينتسي", "إيطاليا"),
        target=("أمريكية", "الأمريكيين"),
        date="2016-02-23",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "الهجوم",
        at="مثل الهجوم",
        target=("معسكر تدريب", "متشددين"),
        place=("صبراتة", "ليبيا"),
        date="2016-02",
    ),
]
F["ant-JA-internationalNews-1126-20170611"] = []  # cholera in Yemen: no conflict happening
F["ant-JA-internationalNews-950-20170525"] = [
    E(
        "Violence against civilians/Attack",
        "هجوم",
        actor=("سلمان عبيدي", "سلمان العبيدي", "منفذ هجوم مانشستر"),
        place=("مانشستر",),
        date="unknown",
        also=("الهجوم الدامي", "العملية الإرهابية"),
    ),
    E(
        "Strategic developments/Arrests",
        "ألقت",
        actor=("أجهزة أمنية ليبية", "قوة الردع الخاصة", "قوة الردع"),
        target=("والد منفذ هجوم مانشستر", "رمضان عبيدي", "والده"),
        place=("طرابلس",),
        date="2017-05-24",
        also=("تم القبض على والده", "قبل اعتقاله"),
    ),
    E(
        "Strategic developments/Arrests",
        "اعتقال",
        at="غداة",
        actor=("قوة الردع الخاصة", "قوة الردع"),
        target=("هشام",),
        date="2017-05-23",
    ),
]
F["ant-JA-internationalNews-739-20151122"] = []  # a Berlin store removes settlement products: no event

if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
