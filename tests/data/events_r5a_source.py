"""Source of tests/data/events_r5a.jsonl: fifth-round blind event set, half r5a.

20 real articles (SaudiNewsNet politics 12, ANT internationalNews 8): the lines of
`python tests/data/events_round5_select.py` whose first column is `r5a` (selection =
events_round5_select.py, seed 5151, half r5a: draw positions 0–11 of SaudiNewsNet and 0–7 of ANT; same
pool as events_fresh_source.py). All 20 kept, none dropped; 2 of them report no event (negatives).
Annotated by reading only (2026-11-29): the event coder was never run on these articles and no coder
output was read. Same format and guidelines as events_dev_source.py and events_fresh_source.py
(docs/events.md § Dev set); `build()` comes from events_dev_source.py (SaudiNewsNet articles by
reference + sha1).

Choices (the last round's calls followed, events_fresh.README.md): a happening's aggregate first
sentence is an `also` of the first place it lists, and operations of one actor at one place and day are
one event (the two Husaybah police actions, 21 + 10 killed); clashes that lead to a takeover are a
mention of it; fighters of «المقاومة الشعبية» / «اللجان الشعبية» alone taking a place → *Non-state actor
overtakes territory*, «القوات الموالية للرئيس» → *Government regains territory*; a statement dated by the
text dates what it announces (Kuwait's arrests, the release of 13 Egyptians); back-references weeks old
are historical (date "unknown" when the text gives none: the liberation of Aden and of its airport, the
Paris attack), a back-reference days old is reported with date "unknown" (the Minya bus attack in the
Libya strikes article); a hostage release → *Strategic developments/Other*, a hijacking → *Abduction*;
the warplane that dropped a bomb on Ariha market and crashed into it → one *Air/drone strike* with the
27 dead; the Russian airliner over Sinai, which the text says was most likely downed by a bomb planted by
«داعش», → *Remote explosive/landmine/IED* (reported, 224 dead). Not events: a road accident, a court
sentence and the private crime it punishes (a child's abduction and rape), a forecast offensive
(«ستتجه … الى تحرير مدينة ابين»), the end of the PKK truce as a consequence of strikes, habitual
killings («تكرر عمليات اغتيال الصحفيين»), execution scenes in a propaganda video of unknown date and place,
searches, referrals to prosecution, demands, claims of responsibility (they name the actor).

Run: python tests/data/events_r5a_source.py   (writes events_r5a.jsonl; the draw: events_round5_select.py)
Text licences: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed); ANT Apache-2.0.
Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r5a.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150803-00023"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "تحطمت",
        actor=("الجيش السوري", "طائرة حربية تابعة للجيش السوري"),
        place=("بلدة أريحة", "أريحة", "أدلب"),
        date="2015-08-03",
        fatalities=27,
        also=("أسقطت قنبلة", "قبل أن تتحطم"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سقطت في أيدي",
        actor=("تحالف لجماعات إسلامية معارضة", "جماعات إسلامية معارضة"),
        place=("محافظة أدلب", "أدلب", "أريحة"),
        date="2015-05",
        status="historical",
    ),
]
F["snn-20150806-02259"] = [
    E(
        "Strategic developments/Other",
        "خرجت",
        actor=("التحالف العربي", "القوات الموالية للرئيس الشرعي لليمن"),
        place=("عدن", "لحج"),
        date="2015-08-04",
        also=("تتحرك",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "استعادت",
        actor=("اللجان الشعبية",),
        target=("المسلحين الحوثيين", "الحوثيين"),
        place=("القاعدة الجوية", "محافظة لحج", "لحج"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "السيطرة",
        actor=("المقاومة الشعبية",),
        target=("ميليشيا الحوثي والمخلوع صالح", "ميليشيا الحوثي"),
        place=("مدينة الحوطة", "الحوطة", "لحج"),
        also=("معارك عنيفة",),
    ),
    E(
        "Battles/Government regains territory",
        "تحرير",
        at="بعد تحرير محافظني",
        place="عدن",
        date="unknown",
        status="historical",
    ),
]
F["snn-20150726-00345"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "شنت",
        actor=("المقاتلات التركية", "التركية"),
        target=("مقاتلي حزب العمال الكردستاني", "حزب العمال الكردستاني"),
        place=("شمال العراق", "العراق"),
        date="2015-07-26",
        also=("غارات جديدة",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "الغارات الاولى",
        actor=("الطيران التركي", "التركي"),
        target=("المتمردين الاكراد", "حزب العمال الكردستاني"),
        place=("شمال العراق", "العراق"),
        date="2015-07-24",
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "هجوم بسيارة مفخخة",
        actor=("المتمردين الاكراد", "الاكراد"),
        target=("جنديين",),
        place=("شمال شرق تركيا", "تركيا"),
        date="2015-07-25",
        fatalities=2,
    ),
]
F["snn-20150721-01817"] = [
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "اختطافه",
        actor=("مجموعة حوثية متمردة", "مجموعة حوثية", "الحوثيين"),
        target=("صالح سنحان", "سنحان"),
        place=("الحجة", "اليمن"),
        date="2015-05-29",
        status="historical",
    ),
]
F["snn-20150723-00931"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "دخل",
        actor=("المقاومة الشعبية",),
        target=("الحوثيين", "قوات صالح"),
        place=("القصر الجمهوري", "المعاشيق", "جبل المعاشيق", "عدن"),
        fatalities=20,
        also=("أحكمت المقاومة الشعبية قبضتها", "بدخولها القصر الجمهوري", "معارك ضارية"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصف",
        actor=("طيران التحالف", "التحالف"),
        target=("للحوثيين", "الحوثيين", "القوات الموالية للرئيس المخلوع علي عبد الله صالح"),
        place=("صنعاء", "مأرب"),
        date="2015-07-23",
    ),
    E(
        "Battles/Government regains territory",
        "استكملت",
        actor=("القوات الموالية للرئيس اليمني", "القوات الموالية", "عبد ربه منصور هادي"),
        target=("للمتمردين",),
        place=("منطقة التواهي", "التواهي"),
        date="2015-07-22",
    ),
]
F["snn-20150809-00689"] = []  # a minibus crash killing nine Syrian refugees in Turkey: an accident
F["snn-20150731-00719"] = [
    E(
        "Strategic developments/Arrests",
        "ضبطت",
        actor=("الأجهزة الأمنية الكويتية", "الأجهزة الأمنية"),
        target=("شبكة إرهابية", "خمسة متهمين", "داعش"),
        date="2015-07-30",
    ),
]
F["snn-20150722-01500"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "ضربات جوية",
        actor=("مقاتلات التحالف الدولي", "التحالف الدولي"),
        target=("داعش",),
        place=("قرية تل شعير", "تل شعير", "محافظة نينوى", "نينوى"),
        date="2015-07-22",
        fatalities=28,
        also=("الضربات استهدفت",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصف",
        actor=("التحالف",),
        target=("عناصر التنظيم", "التنظيم", "داعش"),
        place=("قريتي دويزات والحود", "دويزات", "الحود", "الموصل"),
        date="2015-07-22",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرته",
        actor="داعش",
        place=("الموصل", "مدينة الموصل"),
        date="2014-06-10",
        status="historical",
        also=("دخوله الموصل",),
    ),
]
F["snn-20150731-01466"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات جوية",
        actor=("طائرات التحالف الدولي", "التحالف الدولي"),
        target=("تنظيم داعش", "داعش"),
        place=("قرية سرجومة", "سرجومة", "كركوك"),
        date="2015-07-31",
        fatalities=15,
        also=("قصفت",),
    ),
]
F["snn-20150721-02036"] = [
    E(
        "Strategic developments/Arrests",
        "ألقت القبض",
        actor=("نقطة تفتيش تابعة للمقاومة الشعبية", "للمقاومة الشعبية"),
        target=("قيادي حوثي",),
        place=("تعز", "متنزه الشيخ زايد"),
        date="2015-07-20",
        also=("تم القبض",),
    ),
]
F["snn-20150725-00006"] = [
    E(
        "Battles/Government regains territory",
        "تحريرها",
        target=("الحوثيين", "قوات المخلوع عفاش"),
        place=("مطار عدن", "عدن"),
        date="unknown",
        status="historical",
    ),
]
F["snn-20150722-00147"] = [
    E(
        "Battles/Armed clash",
        "قتل",
        actor=("قوات الشرطة الاتحادية", "الشرطة الاتحادية", "القوات العراقية"),
        target=("للإرهابيين", "إرهابيين", "داعش"),
        place=("منطقة حصيبة الشرقية", "حصيبة الشرقية", "الأنبار"),
        fatalities=31,
        also=("دمرتها", "محاولة هجوم", "وقتلتهم جميعًا"),
    ),
    E(
        "Strategic developments/Arrests",
        "اعتقل",
        actor=("القوات العراقية",),
        target=("سبعة مطلوبين", "مطلوبين"),
        place=("محافظة الأنبار", "الأنبار"),
    ),
    E(
        "Battles/Armed clash",
        "أغارت",
        actor=("القوات العراقية",),
        target=("العناصر الإرهابية",),
        place=("محافظة الأنبار", "الأنبار", "حصيبة الشرقية"),
        fatalities=5,
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "طلعة جوية",
        actor=("القوة الجوية العراقية", "قيادة القوة الجوية العراقية", "قيادة طيران الجيش", "طيران الجيش"),
        target=("داعش",),
        place=("العراق", "الأنبار"),
        date="2015-07-22",
        also=("30 طلعة",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "تنفيذ",
        at="وأشار البيان",
        actor=("طيران التحالف الدولي", "التحالف الدولي"),
        target=("داعش",),
        place=("العراق", "الأنبار"),
        fatalities=29,
    ),
]
F["ant-JA-internationalNews-575-20151104"] = [
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "تحطم",
        actor=("داعش", "إحدى الجماعات المرتبطة به"),
        target=("الطائرة الروسية", "طائرة الإيرباص"),
        place=("سيناء المصرية", "سيناء", "مصر"),
        date="2015-10-31",
        fatalities=224,
        also=("قنبلة زرعها", "عبوة ناسفة", "انفجار وراء", "تحطمت السبت"),
    ),
]
F["ant-JA-internationalNews-330-20161223"] = [
    E(
        "Strategic developments/Arrests",
        "سلّم",
        actor=("السلطات المالطية",),
        target=("الشخصان", "خاطفي الطائرة"),
        place="مالطا",
        date="2016-12-23",
        also=("اقتيادهما",),
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "باختطاف",
        actor=("الشخصان", "خاطفي الطائرة"),
        target=("الطائرة الليبية", "ركابها", "118 شخصا"),
        place=("مالطا", "سبها", "طرابلس"),
        date="2016-12-23",
        also=("اختطاف طائرة",),
    ),
    E(
        "Strategic developments/Other",
        "إطلاق سراح",
        actor=("الشخصان", "خاطفي الطائرة"),
        target=("جميع ركابها", "ركابها"),
        place="مالطا",
    ),
]
F[
    "ant-JA-internationalNews-1037-20170601"
] = []  # a death sentence for a private crime (child abduction/rape)
F["ant-JA-internationalNews-232-20160124"] = [
    E(
        "Violence against civilians/Attack",
        "بهجوم باريس",
        actor=("ابراهيم عبد السلام", "داعش"),
        place="باريس",
        date="unknown",
        status="historical",
        fatalities=120,
        also=("للعملية الارهابية", "بعملية باريس"),
    ),
]
F["ant-JA-internationalNews-1019-20170529"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "عمليات القصف",
        actor=("الجيش المصري", "سلاح الجو الليبي", "سلاحا الجو الليبي و المصري"),
        target=("تنظيم القاعدة", "القاعدة", "متشددين"),
        place="ليبيا",
        date="2017-05-26",
        also=("بتلك العمليات", "سلسلة غارات"),
    ),
    E(
        "Violence against civilians/Attack",
        "لهجوم",
        place="المنيا",
        date="unknown",
        fatalities=29,
    ),
]
F["ant-JA-internationalNews-995-20160506"] = [
    E(
        "Strategic developments/Arrests",
        "الإطاحة",
        actor=("قوات الجيش الجزائري", "الجيش الجزائري"),
        target=("3 مهربين", "مهربين", "3 إرهابيين"),
        place=("قرية تين الكوم", "تين الكوم", "جانت", "إيليزي"),
        also=("إيقاف",),
    ),
]
F["ant-JA-internationalNews-279-20170214"] = [
    E(
        "Strategic developments/Other",
        "الإفراج",
        actor=("السلطات المصرية", "الجيش المصري", "قوات شرق ليبيا", "الجيش الليبي"),
        target=("13 مصريا", "مصريا"),
        place=("منطقة أجدابيا", "أجدابيا", "ليبيا"),
        date="2017-02-14",
        also=("إطلاق سراحهم",),
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "مختطفين",
        actor=("عصابة إجرامية مسلحة", "عصابة إجرامية"),
        target=("13 مصريا", "مصريا"),
        place=("منطقة أجدابيا", "أجدابيا", "ليبيا"),
        date="unknown",
        also=("عملية الاختطاف",),
    ),
]
F["ant-JA-internationalNews-943-20170527"] = [
    E(
        "Violence against civilians/Attack",
        "الهجوم",
        actor=("داعش", "مجهولون"),
        target=("حافلة تقل أقباطا", "أقباطا"),
        place=("مدينة العدوة", "العدوة", "محافظة المنيا", "المنيا"),
        date="2017-05-26",
        fatalities=29,
        also=("وأطلق مجهولون النار",),
    ),
]

if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
