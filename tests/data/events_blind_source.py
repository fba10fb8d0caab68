"""Source of tests/data/events_new_dev.jsonl and tests/data/events_blind.jsonl (third annotation round).

45 real articles (SaudiNewsNet politics 32, ANT internationalNews 13), none in RESERVED_IDS.txt nor in
events_dev/events_check, sampled with seed 4040 among 300–800-character articles that name a conflict
place and an event word (34 SNN + 14 ANT drawn; two near-duplicates of other drawn articles and one
borderline policy article (Turkey agrees to the use of its bases) were dropped before annotating).
Annotated by reading (2026-11-29) BEFORE the event coder was run on any of them, and committed before
any rule change. Split by draw order: even positions → events_new_dev.jsonl (error analysis, second
dev set), odd positions → events_blind.jsonl (kept blind: never looked at in coder output, scored once
at the end). Same format and guidelines as events_dev_source.py (docs/events.md § Dev set).

Notes on choices: an announcement dated «اليوم» dates the event it announces (as in the first dev
set); SaudiNewsNet publication dates are crawl days, so a weekday the text names is resolved against
the text's own statement date («يوم أمس» in a statement aired «اليوم الاثنين» 2015-08-10 → 08-09);
back-references to a real earlier happening are coded (historical when weeks old); a plane crash, an
industrial explosion, a monkey attack, migrant rescues and casualty statistics are not events.

Run: python tests/data/events_blind_source.py  (needs /work/shared/data/news).
Text licences: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015); ANT Apache-2.0. Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

B: dict[str, list[dict]] = {}  # in draw order

B["snn-20150722-00855"] = [
    E(
        "Explosions/Remote violence/Suicide bomb",
        "انفجارا",
        actor=("داعش", "تنظيم داعش"),
        place="سروج",
        date="2015-07-20",
        fatalities=27,
        also=("الانفجار",),
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "فجر انتحاري نفسه",
        target="وحدات حماية الشعب",
        place="كوباني",
        date="2015-07-20",
        fatalities=2,
    ),
]
B["snn-20150803-00748"] = []
B["snn-20150802-01082"] = [
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "أطلقت",
        actor=("القوات العسكرية", "القوات العسكرية المتمركزة"),
        place="الفلوجة",
        date="2015-08-01",
        fatalities=5,
    ),
    E(
        "Battles/Armed clash",
        "هجومًا",
        actor="داعش",
        target=("الجيش العراقي", "قوات الجيش العراقي"),
        place=("الطاش", "الرمادي"),
        date="2015-08-01",
        fatalities=2,
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارة جوية",
        actor=("طيران التحالف الدولي",),
        target="داعش",
        place=("جويبة", "الرمادي"),
        date="2015-08-01",
        fatalities=8,
    ),
]
B["snn-20150806-00407"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرة",
        actor="الحوثيين",
        place=("مطار عدن", "عدن"),
        date="2015-03",
        status="historical",
        also=("سيطرة المتمردين الحوثيين عليه",),
    ),
]
B["snn-20150808-01034"] = [
    E(
        "Battles/Armed clash",
        "اشتباكات مسلحة",
        actor=("المقاومة الشعبية", "المقاومة"),
        target="الحوثيين",
        place=("أرحب", "الجنادبة"),
        date="2015-08-08",
        also=("الاشتباكات", "المواجهات"),
    ),
]
B["snn-20150731-01144"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرت",
        actor=("المقاومة الشعبية", "المقاومة"),
        target="الحوثيين",
        place=("تعز", "تبة مسعود", "مشرعة"),
        also=("سيطرت على تبة مسعود",),
    ),
    E(
        "Battles/Armed clash",
        "هجوم",
        at="بعد هجوم",
        actor="المقاومة",
        place=("حدنان", "جبل صبر"),
        also=("الاشتباكات ما زالت",),
    ),
    E(
        "Battles/Armed clash",
        "هجوماً",
        actor=("المقاومة الشعبية", "المقاومة"),
        target="الحوثيين",
        place="تعز",
        fatalities=4,
    ),
]
B["snn-20150731-01272"] = [
    E(
        "Battles/Armed clash",
        "الاشتباكات",
        actor=("المقاومة", "المقاومة الشعبية"),
        target="الحوثيين",
        place=("الضالع", "سناح"),
        date="2015-07-30",
        fatalities=22,
        also=("مواجهات عنيفة",),
    ),
]
B["snn-20150802-01116"] = [
    E(
        "Battles/Armed clash",
        "هجوم",
        actor=("المعارضة السورية", "المعارضة"),
        target="قوات النظام",
        place="حلب",
        date="2015-07-31",
        fatalities=34,
        also=("الاشتباكات",),
    ),
]
B["snn-20150806-02312"] = [
    E(
        "Battles/Armed clash",
        "هجوم",
        actor=("حزب العمال الكردستاني",),
        target=("جندي تركي", "جندي"),
        place="سيلوبي",
        date="2015-08-04",
        fatalities=1,
    ),
    E(
        "Battles/Armed clash",
        "هجوم",
        at="ثلاثة جنود",
        actor="مسلحون",
        target="جنود",
        place=("آراكوي", "شرناق"),
        date="2015-08-04",
        fatalities=3,
    ),
]
B["snn-20150802-00034"] = []
B["snn-20150810-01581"] = [
    E(
        "Battles/Government regains territory",
        "السيطرة",
        actor=("القوات الموالية للحكومة", "القوات الموالية"),
        target="الحوثيين",
        place="زنجبار",
    ),
]
B["snn-20150807-01411"] = [
    E("Explosions/Remote violence/Suicide bomb", "التفجير الانتحاري", target="مسجدا", place="عسير"),
]
B["snn-20150726-01283"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات جوية",
        actor="الجيش التركي",
        target="داعش",
        place="سوريا",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات جوية",
        actor="الجيش التركي",
        target="حزب العمال الكردستاني",
        place=("شمال العراق", "العراق"),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "يقصف",
        actor="الجيش التركي",
        target="داعش",
        place="سوريا",
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "يقصف",
        actor="الجيش التركي",
        target="حزب العمال الكردستاني",
        place=("شمال العراق", "العراق"),
    ),
    E(
        "Strategic developments/Arrests",
        "اعتقلت",
        actor="السلطات التركية",
        target="شخصا",
        place="تركيا",
        also=("أوقف",),
    ),
]
B["snn-20150811-00785"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "ضربة جوية",
        actor=("الولايات المتحدة", "حلفاءها"),
        target="داعش",
        place=("العراق", "مخمور", "الرمادي", "بيجي", "الحويجة"),
        date="2015-08-09",
        also=("21 ضربة جوية", "ضربة دمرت"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "ضربات",
        at="ثماني",
        actor=("الولايات المتحدة",),
        target="داعش",
        place=("سوريا", "الحسكة"),
        date="2015-08-09",
    ),
]
B["snn-20150726-00024"] = [
    E(
        "Battles/Armed clash",
        "اشتباكات عنيفة",
        actor=("المقاومة اليمنية الشعبية", "المقاومة"),
        target=("مليشيات الحوثي", "الحوثي"),
        place="تعز",
        also=("التقدم",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرتها",
        actor=("المقاومة الشعبية", "المقاومة"),
        place=("نقطة الربيعي", "تعز"),
        also=("تقدماً عسكرياً",),
    ),
    E(
        "Battles/Government regains territory",
        "السيطرة",
        at="من جهة أخرى",
        actor=("الجيش والمقاومة", "الجيش", "المقاومة اليمنية"),
        target=("ميليشيات الحوثي", "الحوثي"),
        place=("الوهط", "صبر", "لحج"),
        also=("اشتباكات قوية",),
    ),
]
B["snn-20150721-00709"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارة جوية",
        target="داعش",
        place=("الحسكة", "سوريا"),
        date="2015-07-20",
        fatalities=2,
        also=("الغارة الجوية",),
    ),
]
B["snn-20150721-01937"] = [
    E(
        "Violence against civilians/Attack",
        "إعدام",
        actor="داعش",
        target=("جنود", "جنود القوات السورية النظامية"),
        place="تدمر",
        date="2015-05",
        status="historical",
        also=("إعداماً",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرة",
        actor="داعش",
        place="تدمر",
        date="2015-05-21",
        status="historical",
    ),
    E(
        "Strategic developments/Looting/property destruction",
        "بتفجير",
        actor="داعش",
        target=("سجن تدمر",),
        place="تدمر",
        date="unknown",
        status="historical",
    ),
]
B["snn-20150725-01147"] = [
    E(
        "Battles/Armed clash",
        "مقتل",
        actor="القوات الأمنية",
        target="داعش",
        place=("حصيبة الشرقية", "الرمادي"),
        date="2015-07-25",
        fatalities=15,
        also=("تقدم",),
    ),
    E(
        "Strategic developments/Disrupted weapons use",
        "تفكيك",
        actor="القوات الأمنية",
        place=("حصيبة الشرقية", "الرمادي"),
        date="2015-07-25",
    ),
    E(
        "Strategic developments/Disrupted weapons use",
        "تدمير",
        at="من جهتها",
        place="الفلوجة",
        date="2015-07-25",
    ),
]
B["snn-20150722-00920"] = [
    E(
        "Explosions/Remote violence/Suicide bomb",
        "تفجيرا انتحارياً",
        actor=("داعش", "تنظيم داعش"),
        place="خان بني سعد",
        fatalities=100,
        also=("الانفجار",),
    ),
]
B["snn-20150803-00246"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "سقطت في يد",
        actor=("مقاتلين اسلاميين",),
        place="أريحا",
        date="2015-05",
        status="historical",
    ),
]
B["snn-20150811-01657"] = [
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "بانفجار",
        place=("الحسينية", "بغداد"),
        date="2015-08-11",
        fatalities=1,
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "بتفجير مماثل",
        place=("الطوبجي", "بغداد"),
        date="2015-08-11",
        fatalities=1,
    ),
    E(
        "Strategic developments/Arrests",
        "اعتقلت",
        actor="قوة أمنية",
        target="عصابة",
        place=("بغداد",),
        date="2015-08-11",
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "بتفجير عبوة لاصقة",
        target=("وزارة الداخلية", "منتسبي وزارة الداخلية"),
        place="المحمودية",
        date="2015-08-11",
        fatalities=1,
    ),
]
B["snn-20150725-00348"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "هجوم",
        actor=("الطائرات الحربية التركية",),
        target=("تنظيم الدولة الاسلامية",),
        place="سوريا",
        date="2015-07-24",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "هجوم",
        actor=("الطائرات الحربية التركية",),
        target=("المتمردين الأكراد",),
        place=("شمال العراق", "العراق"),
        date="2015-07-24",
    ),
]
B["snn-20150806-03114"] = [
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "اقتحمت",
        actor=("ميليشيات حوثية", "مليشيات الحوثي"),
        target=("عبدالقادر الجنيد", "الجنيد"),
        place="اليمن",
        date="2015-08-06",
        also=("باعتقاله",),
    ),
]
B["snn-20150731-00186"] = []
B["snn-20150811-01075"] = [
    E(
        "Battles/Government regains territory",
        "السيطرة",
        actor="قوات الشرعية",
        place="أبين",
        also=("استعادة",),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصفت",
        actor=("مليشيات الحوثي", "الحوثي"),
        place="تعز",
    ),
    E("Battles/Armed clash", "مواجهات", actor="قوات الشرعية", target="الحوثيين", place="مأرب", fatalities=8),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات",
        at="سبع",
        actor=("طيران التحالف",),
        target="المتمردين",
        place=("المخدرة", "مأرب"),
    ),
]
B["snn-20150803-00618"] = [
    E("Explosions/Remote violence/Air/drone strike", "يستهدف", actor=("الطيران المروحي",), place="إدلب"),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات",
        at="تزامنا",
        actor=("الطيران الحربي",),
        place=("ريف إدلب", "إدلب"),
    ),
]
B["snn-20150722-00639"] = [
    E(
        "Battles/Government regains territory",
        "استعادته",
        actor=("القوات الموالية للحكومة", "المقاومة الشعبية"),
        target="الحوثيين",
        place=("مطار عدن", "عدن"),
        date="2015-07",
        also=("السيطرة على مطار عدن",),
    ),
]
B["snn-20150725-01133"] = [
    E(
        "Strategic developments/Non-violent transfer of territory",
        "انسحبت",
        actor=("ميليشيات الحوثيين", "الحوثيين"),
        place=("عدن", "جعولة"),
        date="2015-07-25",
        also=("تراجعت",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات",
        at="سلسة",
        actor=("قوات التحالف العربي",),
        target="الميليشيات",
        place="عدن",
    ),
    E(
        "Battles/Government regains territory",
        "تحرير",
        actor=("قوات المقاومة الشعبية", "المقاومة الشعبية"),
        target="الحوثيين",
        place="عدن",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غاراته",
        actor=("التحالف العربي",),
        target=("ميليشيات الحوثي", "الحوثي"),
        date="2015-07-24",
        also=("لضربات جوية",),
    ),
]
B["snn-20150724-00025"] = []
B["snn-20150721-01643"] = [
    E(
        "Battles/Government regains territory",
        "تحريره",
        actor=("المقاومة الشعبية",),
        target=("مسلحي الحوثي", "الحوثي"),
        place=("مطار عدن", "عدن"),
        also=("طرد",),
    ),
]
B["snn-20150808-00580"] = []
B["ant-JA-internationalNews-486-20170311"] = [
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "تفجيرين",
        target=("زوارا شيعة", "زوارا"),
        place=("دمشق", "باب الصغير", "باب مصلى"),
        date="2017-03-11",
        fatalities=40,
        also=("التفجيرين", "الهجوم"),
    ),
]
B["ant-JA-internationalNews-3-20170121"] = [
    E(
        "Protests/Peaceful protest",
        "مسيرة",
        actor=("النساء",),
        place="واشنطن",
        date="2017-01-21",
        also=("تظاهرة نسائية", "المظاهرة"),
    ),
]
B["ant-JA-internationalNews-1216-20150722"] = []
B["ant-JA-internationalNews-952-20170527"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصف",
        actor=("الجيش المصري", "قوات شرق ليبيا"),
        target=("تنظيمات متطرفة",),
        place="درنة",
        date="2017-05-26",
        also=("الغارات",),
    ),
    E("Violence against civilians/Attack", "لهجوم", place="المنيا", fatalities=29),
]
B["ant-JA-internationalNews-669-20170402"] = []
B["ant-JA-internationalNews-1231-20150321"] = [
    E(
        "Battles/Armed clash",
        "اشتباكات",
        at="وإثر",
        actor=("الكتيبة", "الجيش الليبي"),
        target=("الجماعات",),
        place="سرت",
    ),
]
B["ant-JA-internationalNews-806-20141019"] = [
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "لهجوم",
        target=("خليفة حفتر", "منزل اللواء المتقاعد خليفة حفتر", "حفتر"),
        place=("الزيتون", "بنغازي"),
    ),
]
B["ant-JA-internationalNews-685-20170407"] = [
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "للضربة الصاروخية",
        actor=("الولايات المتحدة",),
        place="سوريا",
        also=("للعمليات العسكرية الأمريكية",),
    ),
    E(
        "Explosions/Remote violence/Chemical weapon",
        "الهجوم الكيماوي",
        actor=("النظام السوري",),
        target="المدنيين",
        place="خان شيخون",
        also=("استخدام النظام السوري للأسلحة الكيمائية",),
    ),
]
B["ant-JA-internationalNews-745-20170407"] = [
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "الضربات الصاروخية",
        actor=("الأميركية",),
        target=("مطار الشعيرات العسكري", "الجيش السوري"),
        place=("مطار الشعيرات", "الشعيرات"),
        fatalities=6,
        also=("الهجوم", "الضربة الأميركية"),
    ),
    E(
        "Explosions/Remote violence/Chemical weapon",
        "استهداف",
        actor=("طائرات عسكرية سورية",),
        place="خان شيخون",
        date="2017-04",
        fatalities=87,
    ),
]
B["ant-JA-internationalNews-1072-20151116"] = [
    E("Violence against civilians/Attack", "الاعتداءات", at="وأضاف", place="باريس", fatalities=130),
    E("Strategic developments/Arrests", "اعتقالات", actor="الحكومة الفرنسية", also=("مداهمات",)),
]
B["ant-JA-internationalNews-473-20151207"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارة جوية",
        actor=("أمريكية", "الأمريكية"),
        target=("داعش", "أبو نبيل"),
        place=("درنة", "ليبيا"),
        date="2015-11-13",
        fatalities=1,
        also=("قصف",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارة أمريكية",
        actor=("أمريكية",),
        target=("جماعة الشباب", "الشباب"),
        place="الصومال",
        date="2015-12-02",
        fatalities=1,
    ),
]
B["ant-JA-internationalNews-75-03042016"] = []
B["ant-JA-internationalNews-243-20170211"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارة",
        actor=("التحالف الدولي",),
        target=("رشيد قاسم", "داعش"),
        place="الموصل",
        date="2017-02-10",
        also=("ضربة جوية",),
    ),
]
B["ant-JA-internationalNews-403-20160125"] = []

HERE = Path(__file__).parent
ORDER = list(B)
NEW_DEV = {k: B[k] for k in ORDER[0::2]}
BLIND = {k: B[k] for k in ORDER[1::2]}

if __name__ == "__main__":
    n = build(NEW_DEV, HERE / "events_new_dev.jsonl")
    m = build(BLIND, HERE / "events_blind.jsonl")
    print(f"wrote {n} + {m} articles", file=sys.stderr)
