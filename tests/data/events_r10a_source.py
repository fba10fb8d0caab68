"""Source of tests/data/events_r10a.jsonl: tenth-round blind event set, half r10a.

20 real articles (SaudiNewsNet politics 12, ANT internationalNews 8): the lines of
`python tests/data/events_round10_select.py` whose first column is `r10a` (selection =
events_round10_select.py, seed 1010, half r10a: draw positions 0–11 of SaudiNewsNet and 0–7 of ANT; same
pool as events_fresh_source.py). All 20 kept, none dropped; 30 events; 3 of them report no event
(negatives). Annotated by reading only (2026-11-29): the event coder was never run on these articles and
no coder output was read. Same format and guidelines as events_dev_source.py and events_fresh_source.py
(docs/events.md § Dev set); `build()` comes from events_dev_source.py (SaudiNewsNet articles by
reference + sha1).

Not fully blind (score these two separately): snn-20150809-00912 is a near-copy of dev
snn-20150809-00548 (same first 80 characters and body, other footer; the joint Iraqi operation north of
Ramadi, 22 ISIS dead) and snn-20150810-01148 is a near-copy of check snn-20150810-01563 (the same SPA
round-up of Iraqi operations: Bushajal/Mallahma 7 dead, the air strike at Mukayshifa 49 dead, 17 dead
east of Fallujah, 21 IEDs dismantled). Both are coded as their twins (the aggregate first sentence
«مصرعهم» added as an `also` of the first happening). Same happenings in other words (no shared
passage): the Ceylanpinar policemen and the Suruc bombing (r7a snn-20150723-00733, blind
snn-20150722-00855), Bahah's return to Aden (r8a snn-20150801-00267 and snn-20150801-00038, dated
2015-08-01 there; this text says «اليوم (الأحد)», so 2015-08-02 here), Carter's Baghdad visit (dev
snn-20150725-01066), the Minya bus attack (r9a ant-979, r5a ant-943), the US missile strike on the
Syrian air base and the chemical attack it answered (blind ant-685/ant-745, r6b ant-850).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r9b_source.py): a
killing reported first is the trigger and the explosion or attack its `also` (the Rafah explosion
«استشهد», the Minya attack «قتلوا», the PKK's «قتل شرطيين»); a war-remnant missile exploding while crews
cleared rubble in Rafah → *Remote explosive/landmine/IED* (ACLED codes UXO detonations there), no
actor, 4 dead; the UN mission's concern about «تجدد الاشتباكات» in Sabha, Kufra and Ubari → one *Armed
clash* (one country, no actor, publication date; ambiguous: the statement is the news); the PKK's
claimed killing of two policemen → *Armed clash* (a state target, as r7a), the PKK as actor (its
claim), dated 2015-07-22 («بعد يومين على الهجوم» of 20 July), the Suruc bombing → *Suicide bomb*
2015-07-20 (32 dead), the Ankara cabinet meeting on border security → *Diplomacy/Meeting* (as r9a's
emergency meeting), no place; the Popular Resistance clearing Jabal Sabr → *Non-state actor overtakes
territory* dated by the source's «اليوم الإثنين», its advance towards the Houthi positions a mention,
the coalition jets' strikes on four Taiz areas → one *Air/drone strike*, the Houthi march on Taiz «منذ
حوالي أربعة أشهر» → historical takeover dated 2015-04; the ambushes («كمين», «كمائن», «استهدفوا دورية»)
of the Resistance in Ibb at dawn → one *Armed clash*; the liberation of Aden by «المقاومة الشعبية وقوات
الجيش الموالي للشرعية», named in a 25 July article (about a week old) → *Government regains territory*,
reported, date "unknown" (as r9a's days-old liberation); ISIS's taking of Ramadi «في مايو» → historical
takeover 2015-05; Carter's visit → *Visit* and his talks with Iraqi leaders → *Talks*, both 2015-07-23;
the Syrian arrest of Suleiman al-Assad dated by SANA's report «أمس الاثنين» (2015-08-10), the colonel's
killing he is accused of not coded (a charge, as r8b's Mubarak case); the Tripoli kidnapping «امس
الاثنين» (the first verb is the misspelt «قتاد» = «اقتاد») and al-Bakkush's kidnapping «اول امس السبت»
(weekday wins: 2017-01-28) → two *Abduction/forced disappearance*; the Rabaa dispersal → *Protests/
Excessive force against protesters*, historical, 2013-08, at least 817 dead (HRW's accusation names the
actor); in the Habara article the state's judicial execution is not coded (ACLED codes no court-ordered
executions; as court sentences in earlier rounds), but the 2013 «مذبحة رفح الثانية» (25 conscripts of
the Central Security Forces, North Sinai) → historical *Armed clash* (a state target) with no actor, and
Habara's arrest «في سبتمبر 2013» → historical *Arrests*. Not events (the three negatives: the Tihama
Resistance's tally of 112 operations since April, a court referral for a baby's rape — a private crime
and a court case, as r5a — and a bus overturning in South Sinai, an accident) — and, within other
articles, the liberation of Taiz «باتت قريبة» (a forecast), the Houthis' daily losses (habitual),
ISIS holding a Swedish girl (a state), destruction reported with an operation, the EU's readiness to
help, North Korea's statement and nuclear decision, the PKK's 2012 peace process and its insurgency since
1984, Habara's attempted suicide bombing (not carried out), a threat to the journalist, the Egyptian
government's criticism of the report.

Run: python tests/data/events_r10a_source.py   (writes events_r10a.jsonl; the draw: events_round10_select.py)
Text licences: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed); ANT Apache-2.0.
Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

HERE = Path(__file__).parent
OUT = HERE / "events_r10a.jsonl"

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150809-00912"] = [  # near-copy of dev snn-20150809-00548, coded as its twin
    E(
        "Battles/Armed clash",
        "عملية أمنية",
        actor="قوات عراقية مشتركة",
        target="داعش",
        place=("الرمادي", "الحامضية", "الأنبار"),
        date="2015-08-09",
        fatalities=22,
        also=("عملية استهدفت", "مصرعهم"),
    ),
]
F["snn-20150725-01423"] = [
    E(
        "Battles/Armed clash",
        "الاشتباكات",
        place=("جنوب ليبيا", "سبها", "الكفرة", "أوباري"),
    ),
]
F["snn-20150807-00007"] = [
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "استشهد",
        target=("أربعة مواطنين فلسطينيين", "مواطنين فلسطينيين", "طواقم فنية"),
        place=("مدينة رفح", "رفح", "قطاع غزة"),
        date="2015-08-07",
        fatalities=4,
        also=("انفجار صاروخ", "وانفجر صاروخ", "استشهاد أربعة"),
    ),
]
F["snn-20150722-00905"] = []  # the Tihama Resistance's tally of 112 operations since April
F["snn-20150802-00108"] = [
    E(
        "Diplomacy/Visit",
        "بعودة",
        actor=("خالد بحاح", "بحاح", "نائب الرئيس رئيس الوزراء اليمني"),
        place="عدن",
        date="2015-08-02",
        also=("عودة بحاح",),
    ),
]
F["snn-20150803-01067"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "طهرت",
        actor=("المقاومة", "المقاومة الشعبية اليمنية"),
        target="الحوثيين",
        place=("جبل صبر", "تعز"),
        date="2015-08-03",
        also=("تقدم المقاومة", "واقتربت"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصفت",
        actor=("مقاتلات التحالف", "التحالف"),
        target=("مواقع للحوثيين", "الحوثيين", "قوات صالح"),
        place=("منطقة القاعدة", "القاعدة", "المفرق", "الحوبان", "تعز"),
        date="2015-08-03",
        also=("انفجارات عنيفة", "سقوط قتلى"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "زحف",
        actor=("الحوثيين", "قوات صالح"),
        place=("مدينة تعز", "تعز", "المدينة"),
        date="2015-04",
        status="historical",
        also=("السيطرة على أجزاء واسعة",),
    ),
]
F["snn-20150811-00620"] = [
    E(
        "Strategic developments/Arrests",
        "القبض",
        actor=("السلطات السورية", "الجهات المختصة"),
        target=("سليمان الاسد", "سليمان هلال الاسد"),
        place=("اللاذقية", "القرداحة"),
        date="2015-08-10",
        also=("تلقي القبض", "اعتقال سليمان الاسد"),
    ),
]
F["snn-20150724-00357"] = [
    E(
        "Battles/Armed clash",
        "كمين",
        actor=("المقاومة", "المقاومة الشعبية"),
        target=("المليشيا الحوثية", "الحوثية", "الميليشيات المتمردة", "دورية عسكرية"),
        place=("محافظة إب", "إب"),
        date="2015-07-24",
        also=("سقوط قتلى", "كمائن محكمة", "استهدفوا دورية"),
    ),
]
F["snn-20150723-01227"] = [
    E(
        "Battles/Armed clash",
        "قتل",
        actor=("حزب العمال الكردستاني", "متمردو حزب العمال الكردستاني", "الحركة الكردية"),
        target=("شرطيين تركيين", "شرطيين"),
        place=("جيلان بينار", "بلدة تركية"),
        date="2015-07-22",
        fatalities=2,
        also=("تبنت الحركة الكردية قتل", "وعملية حزب العمال الكردستاني", "هذا الهجوم نفذ", "تنفيذ العملية"),
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "الهجوم الانتحاري",
        actor=("تنظيم داعش", "داعش"),
        place="سروج",
        date="2015-07-20",
        fatalities=32,
        also=("الهجوم الذي أوقع", "التفجير الانتحاري", "مجزرة سروج"),
    ),
    E(
        "Diplomacy/Meeting",
        "اجتمعت",
        actor=("حكومة أنقرة",),
    ),
]
F["snn-20150810-01148"] = [  # near-copy of check snn-20150810-01563, coded as its twin
    E(
        "Battles/Armed clash",
        "قتلوا",
        target="داعش",
        place=("البوشجل", "الملاحمة", "الانبار"),
        date="2015-08-10",
        fatalities=7,
        also=("مصرعهم",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "بقصف جوي",
        target="داعش",
        place=("مكيشيفة", "سامراء", "صلاح الدين"),
        fatalities=49,
    ),
    E("Battles/Armed clash", "عمليات", at="17 داعشيا ضمن", target="داعشيا", place="الفلوجة", fatalities=17),
    E("Strategic developments/Disrupted weapons use", "تفكيك"),
]
F["snn-20150725-00033"] = [
    E(
        "Diplomacy/Meeting",
        "لقائه",
        actor=("آلان لي روي", "المسؤول الأوروبي", "الأمين العام للعلاقات الخارجيه للاتحاد الاوروبي"),
        target=("رياض ياسين", "وزير الخارجية اليمني"),
        place="بروكسل",
        also=("اللقاء",),
    ),
    E(
        "Battles/Government regains territory",
        "تحرير",
        actor=("المقاومة الشعبية", "قوات الجيش الموالي للشرعية"),
        target=("ميليشيات الحوثي", "الحوثي"),
        place=("محافظة عدن", "عدن"),
        date="unknown",
        also=("من تحرير محافظة عدن",),
    ),
]
F["snn-20150723-00142"] = [
    E(
        "Diplomacy/Visit",
        "بزيارة",
        actor=("اشتون كارتر", "كارتر", "وزير الدفاع الأمريكي"),
        place="بغداد",
        date="2015-07-23",
        also=("أول زيارة للعراق",),
    ),
    E(
        "Diplomacy/Talks",
        "محادثات",
        actor=("اشتون كارتر", "كارتر"),
        target=("الزعماء العراقيين", "مسؤولين عراقيين"),
        place="بغداد",
        date="2015-07-23",
        also=("تحدث الى",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطر",
        actor=("تنظيم الدولة الإسلامية",),
        place=("مدينة الرمادي", "الرمادي"),
        date="2015-05",
        status="historical",
    ),
]
F["ant-JA-internationalNews-809-20170503"] = []  # a court referral for a private crime (a baby's rape)
F["ant-JA-internationalNews-993-20170526"] = [
    E(
        "Violence against civilians/Attack",
        "قتلوا",
        actor=("مسلحين ملثمين", "مسلحين"),
        target=("أقباط", "أقباطا"),
        place=("صحراء المنيا", "المنيا", "مصر"),
        date="2017-05-26",
        fatalities=24,
        also=("للهجوم بالرصاص", "هاجموا بالرصاص"),
    ),
]
F["ant-JA-internationalNews-417-20161215"] = [
    E(
        "Battles/Armed clash",
        "قتل",
        target=("25 مجندا من الأمن المركزي", "مجندا", "الأمن المركزي"),
        place=("محافظة شمال سيناء", "شمال سيناء", "رفح"),
        date="2013-08",
        status="historical",
        fatalities=25,
        also=("مذبحة",),
    ),
    E(
        "Strategic developments/Arrests",
        "إلقاء القبض",
        target=("حبارة", "عادل حبارة"),
        date="2013-09",
        status="historical",
    ),
]
F["ant-JA-internationalNews-175-20170204"] = []  # a bus overturned in South Sinai: an accident
F["ant-JA-internationalNews-120-20170131"] = [
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "قتاد",
        actor=("مسلحون مجهولون", "مسلحين مجهولين"),
        target=("نوري أمبية", "نوري امبية", "مدير ادارة الميزانية"),
        place=("الظهرة", "طرابلس"),
        date="2017-01-30",
        also=("اقتحموا", "اختطفوا", "اعتقاله"),
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "خطفوا",
        actor=("مسلحون مجهولون",),
        target=("صلاح البكوش", "الناشط السياسي صلاح البكوش"),
        place=("حي دمشق", "طرابلس"),
        date="2017-01-28",
    ),
]
F["ant-JA-internationalNews-398-20140526"] = [
    E(
        "Violence against civilians/Attack",
        "اغتال",
        actor=("مسلحون مجهولون",),
        target=("مفتاح بوزيد", "الصحفي الليبي مفتاح بوزيد", "بوزيد"),
        place=("شارع جمال", "بنغازي"),
        date="2014-05-26",
        fatalities=1,
    ),
]
F["ant-JA-internationalNews-705-20170408"] = [
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "الضربات الصاروخية",
        actor=("الأمريكية", "مدمرتان أمريكيتان"),
        target=("قاعدة جوية سورية",),
        place=("قاعدة جوية سورية", "سوريا"),
        date="2017-04-07",
        also=("أطلقت مدمرتان",),
    ),
    E(
        "Explosions/Remote violence/Chemical weapon",
        "هجوما كيمياويا",
        date="2017-04",
    ),
]
F["ant-JA-internationalNews-516-20140812"] = [
    E(
        "Protests/Excessive force against protesters",
        "مذبحة",
        actor=("قوات الأمن المصرية", "قوات الأمن المصري"),
        target=("اعتصام رابعة العدوية", "رابعة العدوية"),
        place=("رابعة العدوية", "مسجد رابعة العدوية"),
        date="2013-08",
        status="historical",
        fatalities=817,
        also=("فض اعتصام", "عمليات قتل جماعي"),
    ),
]

if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
