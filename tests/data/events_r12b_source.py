"""Source of tests/data/events_r12b.jsonl: twelfth-round blind event set, half r12b.

20 real articles (SaudiNewsNet politics 12, ANT internationalNews 8): the lines of
`python tests/data/events_round12_select.py` whose first column is `r12b` (selection =
events_round12_select.py, seed 1212, half r12b; same pool as events_fresh_source.py, near-copies of
annotated articles skipped by the draw). All 20 kept, none dropped; 35 events; 2 of them report no event
(negatives). Annotated by reading only (2026-11-29): the event coder was never run on these articles and
no coder output was read. Same format and guidelines as events_dev_source.py and events_fresh_source.py
(docs/events.md § Dev set); `build()` comes from events_dev_source.py (SaudiNewsNet articles by
reference + sha1).

Near-copies: none (no shared first 80 characters after whitespace normalisation nor a shared 120-character
passage with any tests/data/events_*.jsonl text). Same happenings in other words: the Suruc blast
(new_dev snn-20150722-00855 and r10a snn-20150723-01227 code it as a *Suicide bomb* by ISIS, 2015-07-20);
the Khan Shaykhun chemical attack and the US strikes after it (dev, blind, new_dev, r5b); the ISIS taking
of Ramadi «مايو الماضي» (r10a, historical 2015-05); the Ramadi training story of r11a (not coded there).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r11b_source.py): a killing
reported first is the trigger and the blast or strike its `also` (Sanaa car bomb, the Turkish strikes);
the Suruc blast whose cause «لم يتضح» → *Remote explosive/landmine/IED*, no actor, 27 dead (the lead's
toll), 2015-07-20 (ambiguous: r8a read a blast of unknown cause as an accident; the same blast is a
suicide bomb where the text says so: the Kilis article's «تفجير انتحاري ألقي باللوم فيه على تنظيم
داعش», 32 dead, ISIS accepted as actor); the Sanaa car bomb near a mosque (no suicide named) → *Remote
explosive/landmine/IED*, ISIS as actor by its claim; the Turkish soldier shot from the Syrian side →
*Armed clash*, no actor (the shooter is named only in the title); the Aden article: the forces'
recapture of positions on Aden's outskirts and of Mithalath al-Alam → one *Government regains
territory* (2015-07-30, the officials' «اليوم الخميس»; coalition air support is no actor and no separate
strike), Aden's recapture «في 17 يوليو» → *Government regains territory*, reported (under 60 days), the
Southern Resistance retaking al-Basatin and al-Falahi → *Non-state actor overtakes territory*, the
fighting in al-Houta → *Armed clash* 2015-07-30, the coalition raids on al-Dhale and al-Anad → two *Air/
drone strike* events (two provinces), publication date (ambiguous: «وكانت» gives no day); Libyan
government warplanes sinking one ship and attacking another in Benghazi → one *Air/drone strike*; the
Abha mosque bombing named in a condemnation → *Remote explosive/landmine/IED*, reported, date "unknown"
(as dev's Abha bombing and r5a's days-old back-reference); the Lodar clashes with dozens of Houthi dead
→ *Armed clash*, no count (no number), the Houthis as target; «الضربات التي وجهتها القاهرة قبل أيام»
→ *Air/drone strike*, date "unknown" (ambiguous: the text says only «الضربات»), and «الضربات الأمريكية
على سوريا» → *Shelling/artillery/missile attack* (as blind/new_dev's Shayrat strike), date "unknown";
the Algiers meeting «يوم 5 و6 جوان» / «يوم الاثنين الماضي» → *Meeting* 2017-06-05 and the three
states' agreement → *Diplomacy/Agreement* dated `2017-06`; Assad's «كما حررنا تدمر» → *Government
regains territory*, historical, date "unknown", Assad accepted as actor; the Tripoli clashes (52 dead,
«أمس»: 2017-05-26, no actor named: the victims' units accepted as a side), the «تصفية» of 17 members of
a security company → *Violence against civilians/Attack* (killing of captured men; ambiguous: it is part
of the 52), the shelling of al-Hadba, Abu Slim and al-Akwakh → one *Shelling*; the Tunisian workshop
owner's arrest and the dismantled cell (7 held) → two *Arrests*, publication date; the Libyan–Italian
committee's meeting, its agreement to form a border committee and the signed training plan → *Meeting*
and two *Diplomacy/Agreement* events, all dated by the announcement «امس الخميس» (2017-06-01); the Ain
al-Hilweh killing during Fatah–Bilal Badr clashes → *Armed clash*, 1 dead, and the meeting at the
Palestinian embassy in Beirut → *Diplomacy/Meeting*; Kushner's visit to Iraq → *Visit*, planned,
publication date, and Abadi's meeting with Trump «في 20 مارس» → *Meeting*, reported. Not events (the
two negatives: an ISIS execution video with no date or place of the killings, as r5a; Lebanese politics
with a suspect bag found without explosives) — and, within other articles, the Lebanese army's ongoing
pursuit of militants, mass Houthi desertions «في عدة مناطق», the Iraqi troops taking part in the
battles around Ramadi (as r11a: a deployment and an aim) and their training, the Russian veto and the
Security Council's debates, the collapse of the Geneva talks, Assad's pledges and accusations, a
workshop owner's son who blew himself up in Syria (no date or place below the country, as r6a's vague
executions), ISIS's 2014 control of «مساحات شاسعة من العراق وسوريا» and Iraq's recapture of «سلسلة من
المدن الرئيسية» (no place below the country, no day), the ceasefire efforts, road closures and UNRWA's
suspension in Ain al-Hilweh.

Run: python tests/data/events_r12b_source.py            (writes events_r12b.jsonl)
Text licences: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed); ANT Apache-2.0.
Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r12b.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150721-00038"] = [
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "انفجارا",
        place=("سروج", "بلدة سروج"),
        date="2015-07-20",
        fatalities=27,
        also=("انفجارا وقع", "سبب الانفجار"),
    ),
]
F["snn-20150810-01132"] = [
    E(
        "Battles/Armed clash",
        "بالاشتباكات",
        target=("ميليشيات “الحوثيين”", "الحوثيين"),
        place=("لودر", "أبين"),
        also=("عشرات القتلى",),
    ),
]
F["snn-20150731-01467"] = [
    E(
        "Battles/Government regains territory",
        "استعادت",
        actor=("القوات اليمنية",),
        target=("الحوثيون",),
        place=("مشارف عدن", "عدن", "مثلث العلم"),
        date="2015-07-30",
        also=("وسيطرت",),
    ),
    E(
        "Battles/Government regains territory",
        "انتزعت",
        actor=("القوات الموالية للرئيس عبد ربه منصور هادي", "القوات الموالية"),
        target=("الحوثيين",),
        place=("عدن",),
        date="2015-07-17",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "استعادوا",
        actor=("المقاومة الجنوبية",),
        target=("الحوثيين",),
        place=("البساتين", "قرية الفلاحي", "الفلاحي"),
        date="2015-07-30",
    ),
    E(
        "Battles/Armed clash",
        "الاقتتال",
        place=("الحوطة", "لحج"),
        date="2015-07-30",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات",
        at="وكانت غارات",
        actor=("التحالف",),
        place=("الضالع",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات",
        at="وكانت غارات",
        actor=("التحالف",),
        place=("قاعدة العند الجوية", "العند"),
    ),
]
F["snn-20150731-01910"] = [
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "قتل",
        actor=("تنظيم داعش", "داعش", "كرار المؤيد"),
        place=("صنعاء",),
        date="2015-07-30",
        fatalities=4,
        also=("انفجار سيارة مفخخة", "الاعتداء", "التفجير"),
    ),
]
F["snn-20150723-00127"] = [
    E(
        "Battles/Armed clash",
        "قتل",
        target=("جنديا تركيا",),
        place=("كِلِس",),
        date="2015-07-23",
        fatalities=1,
        also=("برصاص",),
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "تفجير انتحاري",
        actor=('تنظيم "داعش"', "داعش"),
        place=("سروج", "بلدة سروج"),
        date="2015-07-20",
        fatalities=32,
    ),
]
F["snn-20150808-00426"] = [
    E(
        "Battles/Armed clash",
        "اشتباكات",
        actor=("الجيش اللبناني",),
        target=("أفراد من تلك المجموعات", "تلك المجموعات", "المجموعات المسلحة الإرهابية"),
        place=("بريتال", "بعلبك", "البقاع الشمالية"),
        date="2015-08-07",
    ),
]
F["snn-20150721-01204"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصفت",
        actor=("طائرات حربية", "الحكومة المعترف بها دوليًا", "الجيش الليبي"),
        target=("سفينة",),
        place=("بنغازي",),
        date="2015-07-20",
        also=("وهاجمت", "أُغرقت", "الهجوم"),
    ),
]
F["snn-20150724-01664"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطر",
        actor=("داعش",),
        place=("الرمادي",),
        date="2015-05",
        status="historical",
    ),
]
F["snn-20150724-00370"] = []  # ISIS execution video, no date or place of the killings: no event (as r5a)
F["snn-20150808-01313"] = [
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "التفجير",
        place=("أبها", "مسجد الطوارئ", "عسير"),
        date="unknown",
        also=("هذا التفجير الآثم",),
    ),
]
F["snn-20150725-00236"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قتل",
        actor=("مقاتلات تركية", "الطائرات التركية", "تركية"),
        target=('تنظيم "داعش"', "داعش", "تنظيم الدولة الاسلامية"),
        place=("حلب", "الريف الشمالي الشرقي لمحافظة حلب", "شمال سوريا"),
        date="2015-07-24",
        fatalities=9,
        also=("الغارات الجوية", "ثلاث ضربات جوية"),
    ),
]
F["snn-20150807-01357"] = []  # Lebanese politics; a suspect bag found empty of explosives: no event
F["ant-JA-internationalNews-1107-20170609"] = [
    E(
        "Diplomacy/Agreement",
        "اتفقوا",
        actor=("تونس والجزائر ومصر", "تونس", "الجزائر", "مصر", "وزراء خارجية الدول الثلاث"),
        place=("العاصمة الجزائرية",),
        date="2017-06",
        also=("اتفقوا على تحديد", "الاتفاق بين الدول الثلاث"),
    ),
    E(
        "Diplomacy/Meeting",
        "المجتمعين",
        actor=("وزراء خارجية الدول الثلاث", "خميس الجهيناوي"),
        target=("سامح شكري", "عبد القادر مساهل"),
        place=("العاصمة الجزائرية",),
        date="2017-06-05",
        also=("اجتماعا",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "الضربات",
        at="في إشارة إلى",
        actor=("القاهرة",),
        place=("شرقي ليبيا", "ليبيا"),
        date="unknown",
    ),
]
F["ant-JA-internationalNews-728-20170412"] = [
    E(
        "Explosions/Remote violence/Chemical weapon",
        "الهجوم الكيميائي",
        actor=("القوات الحكومية في سوريا", "القوات الحكومية", "السلطات في دمشق"),
        place=("خان شيخون", "إدلب"),
        date="2017-04-04",
        fatalities=90,
        also=("حادث استخدام السلاح الكيميائي",),
    ),
    E(
        "Diplomacy/Meeting",
        "اللقاء",
        actor=("سيرغي لافروف", "لافروف", "وزير الخارجية الروسي"),
        target=("ريكس تيلرسون", "تيلرسون"),
        place=("موسكو",),
        date="2017-04-12",
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "الضربات الأمريكية",
        actor=("الأمريكية", "واشنطن"),
        place=("سوريا",),
        date="unknown",
    ),
]
F["ant-JA-internationalNews-651-20160607"] = [
    E(
        "Battles/Government regains territory",
        "حررنا",
        actor=("الاسد", "بشار الاسد", "النظام السوري"),
        place=("تدمر",),
        date="unknown",
        status="historical",
    ),
]
F["ant-JA-internationalNews-985-20170527"] = [
    E(
        "Battles/Armed clash",
        "الاشتباكات",
        target=("كتيبة ثوار طرابلس", "الفرقة الأمنية الأولى", "مكتب الأمن المركزي بوسليم"),
        place=("طرابلس",),
        date="2017-05-26",
        fatalities=52,
        also=("اندلعت الاشتباكات",),
    ),
    E(
        "Violence against civilians/Attack",
        "بتصفية",
        target=("17 من السرية الثالثة أمن مركزي حي الأكواخ", "السرية الثالثة أمن مركزي"),
        place=("حي الأكواخ", "طرابلس"),
        date="2017-05-26",
        fatalities=17,
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصفًا",
        place=("الهضبة", "بوسليم", "حي الأكواخ", "طرابلس"),
        date="2017-05-26",
    ),
]
F["ant-JA-internationalNews-560-20151211"] = [
    E(
        "Strategic developments/Arrests",
        "ضبط",
        actor=("وحدات الحس الوطني ببنعروس", "وحدات الحس الوطني"),
        target=("صاحب ورشة ميكانيك سيارات", "صاحب ورشة"),
        place=("بنعروس", "مدينة بنعروس"),
    ),
    E(
        "Strategic developments/Arrests",
        "تفكيك خلية",
        actor=("وحدات الحس الوطني",),
        target=("عناصر الخلية", "خلية", "إبن صاحب الورشة"),
        place=("بنعروس",),
        also=("الإحتفاظ",),
    ),
]
F["ant-JA-internationalNews-1024-20170602"] = [
    E(
        "Diplomacy/Agreement",
        "تشكيل",
        actor=("اللجنة الليبية الإيطالية المشتركة",),
        date="2017-06-01",
        also=("اتفق الطرفان",),
    ),
    E(
        "Diplomacy/Meeting",
        "اجتماعها الثامن",
        actor=("اللجنة الليبية الإيطالية المشتركة",),
        target=("وزارتي الداخلية والدفاع الايطالية",),
        date="2017-06-01",
    ),
    E(
        "Diplomacy/Agreement",
        "التوقيع",
        actor=("الإدارة العامة لأمن السواحل",),
        target=("الهجرة بوزارة الداخلية الإيطالية", "إدارة الهجرة", "وزارة الداخلية الإيطالية"),
        date="2017-06-01",
    ),
]
F["ant-JA-internationalNews-385-20170228"] = [
    E(
        "Battles/Armed clash",
        "مقتل",
        actor=("عناصر تابعة لحركة فتح", "حركة فتح", "فتح"),
        target=("مجموعة بلال بدر", "بلال بدر"),
        place=("مخيم عين الحلوة", "عين الحلوة"),
        fatalities=1,
        also=("خلال اشتباكات", "وتجددت الاشتباكات"),
    ),
    E(
        "Diplomacy/Meeting",
        "اجتماعا",
        actor=("أشرف دبور", "السفير الفلسطيني أشرف دبور"),
        target=("القوى الوطنية والإسلامية", "فصائل منظمة التحرير الفلسطينية"),
        place=("بيروت", "سفارة دولة فلسطين في بيروت"),
    ),
]
F["ant-JA-internationalNews-644-20170403"] = [
    E(
        "Diplomacy/Visit",
        "سيزور",
        actor=("جاريد كوشنر", "كوشنر", "جوزيف دانفورد"),
        place=("العراق",),
        status="planned",
        also=("هذه الزيارة",),
    ),
    E(
        "Diplomacy/Meeting",
        "التقى",
        actor=("حيدر العبادي", "العبادي"),
        target=("ترامب",),
        date="2017-03-20",
    ),
]

if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
