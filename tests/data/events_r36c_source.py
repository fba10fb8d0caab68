"""Source of tests/data/events_r36c.jsonl: the thirty-sixth blind event round, part r36c.

10 real articles (SaudiNewsNet politics, 2,580–3,882 characters): the lines of /work/brief/DRAW_r36.tsv
(the saved output of `python tests/data/events_round36_select.py`) whose first column is `r36c`
(selection = events_round36_select.py, seed 3636, part r36c). All 10 kept, none dropped; 1 of them
reports no event (negative). Annotated by reading only (2026-11-29): the event coder was never run on
these articles and no coder output was read. Same format and guidelines as events_dev_source.py and
events_fresh_source.py (docs/events.md § Dev set); `build()` comes from events_dev_source.py
(SaudiNewsNet articles by reference + sha1).

Near-copies: see the module constant notes below (filled after the check).

Choices: see the notes below.

Run: python tests/data/events_r36c_source.py   (writes events_r36c.jsonl)
Text licences: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r36c.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150807-01240"] = [  # opinion column on the Asir mosque attack
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "الاعتداء الإجرامي",
        target=("«مسجد» قوات الطوارئ", "قوات الطوارئ"),
        place=("عسير",),
    ),
    E(
        "Strategic developments/Arrests",
        "اعتقلوا",
        target=("عملاء لإيران",),
        place=("العراق",),
        date="unknown",
        status="historical",
    ),
]
F["snn-20150721-00110"] = [
    E(
        "Diplomacy/Agreement",
        "اتفاق نووي تاريخي",
        actor=("الولايات المتحدة", "إيران"),
        target=("إيران", "الولايات المتحدة"),
        date="unknown",
        also=("الاتفاق النووي",),
    ),
]
F["snn-20150727-00673"] = [
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "تفجير قنبلة مزروعة",
        actor=("مسلحين أكرادا", "حزب العمال الكردستاني"),
        target=("اثنين من جنوده", "الجيش التركي", "سيارة عسكرية"),
        place=("ديار بكر", "مدينة ديار بكر"),
        date="2015-07-26",
        fatalities=2,
        also=("انفجرت سيارة ملغومة وعبوات ناسفة", "فتحوا بعد ذلك النار"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "ضربات تستهدف متشددي تنظيم داعش",
        actor=("أنقرة", "تركيا"),
        target=("متشددي تنظيم داعش", "تنظيم داعش", "داعش"),
        place=("سورية",),
        date="2015-07",
        also=("شنت غارات بدورها",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "الضربات ضد حزب العمال",
        actor=("أنقرة", "تركيا"),
        target=("حزب العمال الكردستاني", "حزب العمال"),
        date="2015-07",
        also=("الغارات الجوية ضد حزب العمال الكردستاني",),
    ),
    E(
        "Diplomacy/Agreement",
        "فتح قواعدها العسكرية الجوية للتحالف",
        actor=("تركيا",),
        target=("التحالف", "التحالف الأميركي"),
        date="2015-07",
    ),
    E(
        "Strategic developments/Arrests",
        "اعتقلوا",
        target=("ستة أشخاص",),
        place=("ديار بكر",),
    ),
    E(
        "Diplomacy/Visit",
        "زيارة رسمية",
        actor=("باراك أوباما", "أوباما", "الرئيس الأميركي باراك أوباما"),
        place=("كينيا", "نيروبي"),
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "تفجير انتحاري",
        actor=("تنظيم داعش", "داعش"),
        target=("32 شخصا",),
        place=("سروج", "مدينة سروج"),
        fatalities=32,
        also=("التفجير الانتحاري الذي وقع في مدينة سروج",),
    ),
    E(
        "Diplomacy/Phone call",
        "مكالمة هاتفية",
        actor=("ميركل", "انجيلا ميركل"),
        target=("أحمد داود أوغلو", "داود أوغلو"),
        also=("خلال المكالمة",),
    ),
]
F["snn-20150801-01256"] = [
    E(
        "Diplomacy/Visit",
        "حطّت في مطار عدن",
        actor=("خالد بحاح", "نائب الرئيس اليمني خالد بحاح", "الحكومة الشرعية اليمنية"),
        place=("مطار عدن", "عدن"),
        also=("حطّت طائرة نائب الرئيس",),
    ),
    E(
        "Battles/Government regains territory",
        "باتت تحت سيطرة الحكومة الشرعية",
        actor=("الحكومة الشرعية",),
        target=("الحوثيون",),
        place=("عدن",),
        date="unknown",
    ),
    E(
        "Diplomacy/Visit",
        "وصل الوزراء",
        actor=("الوزراء",),
        place=("عدن",),
        date="2015-07",
    ),
]
F["snn-20150804-00158"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "احتلال سنجار",
        actor=("التنظيم الإرهابي", "تنظيم «داعش»", "داعش", "المتشددون"),
        target=("قوات البيشمركة الكردية", "قوات البيشمركة"),
        place=("سنجار", "قضاء سنجار"),
        date="2014-08-03",
        status="historical",
        also=("باجتياح قضاء سنجار",),
    ),
    E(
        "Violence against civilians/Attack",
        "اعتدى بوحشية",
        actor=("تنظيم «داعش»", "داعش", "التنظيم", "المتشددين"),
        target=("الطائفة الإيزيدية", "الإيزيديين"),
        place=("سنجار", "مدينة سنجار"),
        date="2014-08",
        status="historical",
        fatalities=1280,
        also=("مذابح", "المجازر", "1280 شخصا قتلوا"),
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "خطفوا",
        actor=("التنظيم", "داعش"),
        target=("5800 شخص", "الإيزيديين"),
        place=("سنجار",),
        date="2014",
        status="historical",
    ),
    E(
        "Battles/Government regains territory",
        "استعادة مساحات من أراضي سنجار",
        actor=("قوات البيشمركة", "قوات كردية سورية"),
        target=("المسلحين المتطرفين",),
        place=("سنجار",),
        date="unknown",
        status="historical",
    ),
    E(
        "Violence against civilians/Attack",
        "أعدم 44 شابا",
        actor=("«داعش»", "داعش", "تنظيم داعش"),
        target=("44 شابا",),
        place=("ساحة باب الطواب", "الموصل"),
        date="2015-08-03",
        fatalities=44,
        also=("أعدم رميا بالرصاص نحو 44 شابا",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "استعاد السيطرة على الحي العصري",
        actor=("تنظيم «داعش»", "داعش"),
        target=("القوات الأمنية", "الحشد", "القوات الحكومة"),
        place=("الحي العصري", "بيجي", "مدينة بيجي", "600 دار"),
        date="2015-08-03",
        fatalities=4,
        also=("استعادة السيطرة على الحي العصري", "المواجهات"),
    ),
]
F["snn-20150804-00335"] = [
    E(
        "Battles/Government regains territory",
        "فرض سيطرتها",
        actor=("قوات الجيش الوطني والمقاومة الشعبية", "الجيش الوطني", "المقاومة الشعبية"),
        target=("ميليشيا الحوثي وقوات صالح", "الحوثيين", "قوات صالح"),
        place=("قاعدة العند الجوية", "قاعدة العند", "محافظة لحج", "لحج"),
        date="2015-08-03",
        fatalities=35,
        also=("سيطرا بشكل كامل", "أثناء المواجهات", "سيطرتهما على مقر القاعدة"),
    ),
    E(
        "Battles/Armed clash",
        "مواجهات بين الطرفين",
        actor=("المقاومة", "رجال المقاومة"),
        target=("ميليشيات الحوثي وقوات صالح", "مسلحي الحوثي وصالح"),
        place=("المخدرة", "مأرب", "منطقة ماس", "ماس"),
        date="2015-08-03",
        fatalities=11,
        also=("مواجهات عنيفة اندلعت صباح الإثنين",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات جوية",
        actor=("طائرات التحالف", "التحالف"),
        target=("مواقع للحوثيين", "الحوثيين"),
        place=("شمال مأرب", "مأرب", "معسكر ماس"),
        also=("استهدفت مخزن أسلحة بمعسكر ماس",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "وشنت غارة",
        actor=("طائرات التحالف", "التحالف"),
        target=("مواقع للحوثيين وصالح", "الحوثيين"),
        place=("منطقة صرواح", "صرواح"),
    ),
    E(
        "Battles/Armed clash",
        "اشتباكات عنيفة بالجبهة الشمالية بمجزر",
        place=("مجزر",),
    ),
]
F["snn-20150807-00148"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "الضربات الجوية",
        actor=("الطائرات الأميركية", "قوات التحالف", "البنتاغون"),
        target=("«داعش»", "داعش"),
        place=("شمال سوريا", "سوريا"),
        also=("أول طلعات جوية",),
    ),
]
F["snn-20150804-00195"] = [  # heat-wave feature: only the regime's capture two years ago
    E(
        "Battles/Government regains territory",
        "اقتحامها والسيطرة عليها",
        actor=("جنود النظام السوري", "النظام السوري"),
        place=("ريف دمشق",),
        date="2013",
        status="historical",
    ),
]
F["snn-20150725-01519"] = [
    E(
        "Diplomacy/Aid",
        "وصلت الطائرة الأولى",
        actor=("طيارون سعوديون", "الملك سلمان بن عبدالعزيز", "القوات السعودية"),
        target=("الشعب اليمني", "اليمن"),
        place=("مطار عدن",),
        date="2015-07",
        also=("الجسر الجوي",),
    ),
]
F["snn-20150804-00121"] = [
    E(
        "Battles/Government regains territory",
        "تحريرها",
        actor=("المقاومة الشعبية والجيش الوطني", "المقاومة الشعبية", "الجيش الوطني"),
        place=("مدينة عدن", "عدن"),
        date="2015-07",
    ),
]

if __name__ == "__main__":
    print(build(F, OUT))
