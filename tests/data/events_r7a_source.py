"""Source of tests/data/events_r7a.jsonl: seventh-round blind event set, half r7a.

20 real articles (SaudiNewsNet politics 12, ANT internationalNews 8): the lines of
`python tests/data/events_round7_select.py` whose first column is `r7a` (selection =
events_round7_select.py, seed 7171, half r7a: draw positions 0–11 of SaudiNewsNet and 0–7 of ANT; same
pool as events_fresh_source.py). All 20 kept, none dropped; 4 of them report no event (negatives).
Annotated by reading only (2026-11-29): the event coder was never run on these articles and no coder
output was read. Same format and guidelines as events_dev_source.py and events_fresh_source.py
(docs/events.md § Dev set); `build()` comes from events_dev_source.py (SaudiNewsNet articles by
reference + sha1).

Not fully blind (score these two separately): snn-20150727-00768 is a near-copy of r5b article
snn-20150726-01148 (the same Reuters story of Abdulkhaliq al-Houthi's arrest; here the Popular
Resistance itself is the arrester, «إنها اعتقلت», where the twin names «القوى الانفصالية الجنوبية»), and
snn-20150723-00832 shares its passage on the Houthi leader caught in a bride's dress at a Taiz checkpoint
with r5a article snn-20150721-02036. Both were annotated by reading and follow their twins' calls; the
checkpoint arrest is dated 2015-07-21 from this text's «مساء أول من أمس» (published 2015-07-23), where
the twin's «مساء الاثنين» gave 2015-07-20.

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a/r5b/r6a/r6b_source.py):
an attack «بسيارتين مفخختين تبعه اشتباكات» on an army post (Hadramawt) is one happening, coded
*Remote explosive/landmine/IED* (car bombs, no word of a suicide attacker) with the clashes as `also`;
AQAP's looting of two armoured vehicles in Mukalla «قبل شهرين» → *Looting/property destruction*,
historical, 2015-06; a killing reported first («قتل», «مقتل») is the trigger and the explosion or attack
its `also`; al-Ajlani and three soldiers killed «جراء استهدافهم» in Jobar amid shelling and clashes between
the two named sides → one *Armed clash* (4 dead) with the shelling as a mention; two policemen found shot
dead in Ceylanpinar → *Armed clash* (a state target; the governor does not yet know of a terror link),
dated by «صباح أمس»; the Popular Resistance alone taking Tawahi → *Non-state actor overtakes territory*
with the 28 killed in the clashes there; the Houthis blowing up gas depots in Taiz → *Looting/property
destruction* (the lead's «أعمال التخريب» is its `also`), the tank shells on the telecom office →
*Shelling*, both dated by the statement «نشرته اليوم», the «اعتداءات متكررة» on the power station
habitual and not coded; the Duma arson (child burned by settlers) → *Violence against civilians/
Attack* dated by Hamas's reaction «امس الجمعة»; Kenji Goto's beheading (named victim, «يناير الماضي») →
historical *Attack* by the executioner; the Regeni case background → his body found 2016-02-03
(*Attack*, historical), the investigators' meeting in April (*Diplomacy/Meeting*) and Rome recalling
its ambassador (*Diplomacy/Sanction*), both 2016-04, historical; the Baghdad «التفجيرين» named jointly
and described as one car bomb in Karrada → one *Remote explosive/landmine/IED* (80 dead); the two
church bombings «في تفجيرين منفصلين» → two IED events, the aggregate toll 46 on the first place of the
aggregate sentence (Alexandria), Tanta's first mention «تفجير كنيسة قبطية»; the IMF emergency loan to
Iraq → *Diplomacy/Aid*; Baghdadi wounded by a coalition strike «في مارس الماضي» → *Air/drone strike*,
2015-03, reported (under 60 days); the Russian-Syrian strikes that preceded the flight from Bukamal and
Mayadin → *Air/drone strike*, no date in the text (publication date). Not events: a UNSC resolution on
identifying chemical-attack culprits and generic chemical attacks (negative), a cyber attack
(negative), accusations of ceasefire violations (negative), a military plane crash from a technical
fault (negative), Jihadi John's flight and defection, displacement of civilians, habitual strikes
(«تستهدف مواقع الإرهابيين»), ISIS leaders' meetings and a successor chosen «تحسبا», a death in an
Italian prison, a demand for an inquiry, an ambassador's appointment, claims of responsibility.

Run: python tests/data/events_r7a_source.py   (writes events_r7a.jsonl; the draw: events_round7_select.py)
Text licences: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed); ANT Apache-2.0.
Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r7a.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150801-01158"] = [
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "قتل",
        actor=("مسلحو تنظيم القاعدة", "تنظيم القاعدة", "القاعدة"),
        target=("تسعة جنود", "قوات الجيش اليمني", "الجيش اليمني", "موقع عسكري", "نقطة عسكرية", "للواء 135"),
        place=("وادي سر", "وادي حضرموت", "حضرموت"),
        date="2015-07-31",
        fatalities=9,
        also=("هجوم شنه", "هجوما بسيارتين مفخختين", "اشتباكات بالأسلحة الرشاشة", "أول هجوم للقاعدة"),
    ),
    E(
        "Strategic developments/Looting/property destruction",
        "نهبهما",
        actor=("تنظيم القاعدة", "القاعدة"),
        target=("سيارتين مدرعتين", "المنطقة العسكرية الثانية", "للواء"),
        place="المكلا",
        date="2015-06",
        status="historical",
    ),
]
F["snn-20150727-00768"] = [
    E(
        "Strategic developments/Arrests",
        "اعتقلت",
        actor=("حركة المقاومة الشعبية", "المقاومة الشعبية", "الحركة"),
        target=("قيادياً كبيراً في حركة الحوثي", "عبدالخالق الحوثي"),
        place=("اليمن",),
        date="2015-07-25",
        also=("تم اعتقال",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "استيلاء",
        actor=("الجماعة المتحالفة مع إيران", "الحوثيين"),
        place=("العاصمة صنعاء", "صنعاء"),
        date="2014-09",
        status="historical",
    ),
    E(
        "Diplomacy/Sanction",
        "أدرجهم",
        actor=("مجلس الأمن الدولي",),
        target=("عدة يمنيين", "عبدالخالق"),
        date="2014-11",
        status="historical",
    ),
]
F["snn-20150727-00230"] = [
    E(
        "Battles/Armed clash",
        "بمقتل",
        actor=("قوات النظام", "قوات الدفاع الوطني", "حزب الله اللبناني"),
        target=("الفصائل الإسلامية", "جبهة النصرة"),
        place=("حي جوبر", "جوبر", "دمشق"),
        date="2015-07-27",
        fatalities=4,
        also=("قتل مع", "استهدافهم", "قصفاً", "اشتباكات بين"),
    ),
]
F["snn-20150723-00832"] = [
    E(
        "Strategic developments/Arrests",
        "ألقت القبض",
        actor=("نقطة تفتيش تابعة للمقاومة الشعبية", "للمقاومة الشعبية", "المقاومة الشعبية"),
        target=("قيادي حوثي",),
        place=("تعز", "متنزه الشيخ زايد"),
        date="2015-07-21",
    ),
]
F["snn-20150724-00353"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرت",
        actor=("قوات المقاومة الشعبية", "المقاومة الشعبية", "مقاتلي المقاومة"),
        target=("المتمردين", "الحوثيين", "قوات صالح"),
        place=("منطقة التواهي", "التواهي", "عدن"),
        date="2015-07-20",
        fatalities=28,
        also=("استعادوا", "المواجهات"),
    ),
]
F[
    "snn-20150809-00842"
] = []  # a UNSC resolution to identify chemical-attack culprits, a welcome: no happening
F["snn-20150801-00436"] = [
    E(
        "Violence against civilians/Attack",
        "مقتل",
        actor=("مستوطنين", "المستوطنون"),
        target=("طفل فلسطيني",),
        place=("نابلس", "الضفة الغربية"),
        date="2015-07-31",
        fatalities=1,
        also=("ارتكاب هذه الجريمة",),
    ),
]
F["snn-20150731-00146"] = [
    E(
        "Violence against civilians/Attack",
        "ذبح",
        at="واقعة",
        actor=("جون", "محمد الموازي", "الموازي", "جون الجهادي", "داعش"),
        target=("كينجي جوتو", "المصور الصحافي الياباني"),
        date="2015-01",
        status="historical",
        fatalities=1,
    ),
]
F["snn-20150725-00044"] = [
    E(
        "Strategic developments/Looting/property destruction",
        "استهدفت",
        actor=("المليشيات الانقلابية", "مليشيات الحوثي والمخلوع صالح", "مليشيات الحوثي"),
        target=("مخازن النفط", "اسطوانات الغاز المنزلي"),
        place=("غرب مدينة تعز", "تعز"),
        date="2015-07-25",
        also=("أعمال التخريب", "بتفجير عشرات الآلاف"),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "استهدفت",
        at="المليشيا استهدفت أيضاً",
        actor=("المليشيا", "المليشيات الانقلابية", "مليشيات الحوثي"),
        target=("مكتب الاتصالات",),
        place=("تعز",),
        date="2015-07-25",
        also=("بقذائف الدبابات",),
    ),
]
F["snn-20150726-01077"] = [
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "قتل",
        target=("جنديين تركيين", "قافلة عسكرية"),
        place=("ديار بكر", "تركيا"),
        date="2015-07-25",
        fatalities=2,
        also=("تفجير سيارة ملغومة", "انفجار سيارة مفخخة", "هذا الهجوم"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "شنها",
        actor=("الطيران الحربي التركي", "الجيش التركي", "التركي"),
        target=("حزب العمال الكردستاني", "مواقع تابعة لحزب العمال الكردستاني"),
        place=("شمالي العراق", "شمال العراق", "العراق"),
        date="2015-07-24",
        also=("بقصف قواعد خلفية",),
    ),
]
F["snn-20150723-00733"] = [
    E(
        "Battles/Armed clash",
        "قتلا",
        target=("شرطيين", "الشرطيين"),
        place=("مدينة جيلان بينار", "جيلان بينار", "شانلي اورفة"),
        date="2015-07-22",
        fatalities=2,
        also=("مقتلهما",),
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "هجوم انتحاري",
        actor=("تنظيم داعش", "داعش"),
        place=("مدينة سوروج", "سوروج"),
        date="2015-07-20",
        fatalities=32,
    ),
]
F["snn-20150731-01019"] = [
    E(
        "Diplomacy/Aid",
        "مساعدة عاجلة",
        actor=("صندوق النقد الدولي",),
        target=("العراق",),
        also=("هذا القرض",),
    ),
]
F["ant-JA-internationalNews-944-20170527"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات",
        actor=("الطيران الروسي و السوري", "الطيران الروسي", "السوري"),
        target=("تنظيم داعش", "داعش"),
        place=("محافظة دير الزور", "دير الزور", "البوكمال", "الميادين"),
    ),
]
F["ant-JA-internationalNews-426-20170305"] = [
    E(
        "Violence against civilians/Attack",
        "عثر",
        target=("جوليو ريجيني", "ريجيني", "الباحث الإيطالي"),
        place=("ضواحي العاصمة المصرية القاهرة", "القاهرة"),
        date="2016-02-03",
        status="historical",
        fatalities=1,
        also=("مقتل ريجيني",),
    ),
    E(
        "Diplomacy/Meeting",
        "لقاء",
        actor=("محققين من البلدين", "محققين"),
        date="2016-04",
        status="historical",
    ),
    E(
        "Diplomacy/Sanction",
        "سحبت",
        actor=("روما",),
        target=("القاهرة", "مصر"),
        date="2016-04",
        status="historical",
    ),
]
F["ant-JA-internationalNews-235-20160703"] = [
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "التفجيرين",
        actor=('تنظيم "داعش"', "داعش"),
        target=("تجمعا",),
        place=("حي الكرادة", "الكرادة", "بغداد"),
        date="2016-07-03",
        fatalities=80,
        also=("هذه العملية الإرهابية", "سيارة مفخخة", "من التفجير"),
    ),
]
F["ant-JA-internationalNews-781-20170410"] = [
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "تفجير",
        target=("كنيسة قبطية", "كنيسة مارجرجس", "مصلين"),
        place=("طنطا", "مدينة طنطا"),
        date="2017-04-09",
        also=("تفجير كنيسة مارجرجس",),
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "تفجيرين منفصلين",
        target=("مصلين", "كنيستين"),
        place=("الاسكندرية",),
        date="2017-04-09",
        fatalities=46,
    ),
]
F["ant-JA-internationalNews-923-20170513"] = []  # a cyber attack on 99 countries: no taxonomy event
F["ant-JA-internationalNews-376-20170105"] = []  # accusations of ceasefire violations, calls: no happening
F["ant-JA-internationalNews-476-20150421"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارة جوية",
        actor=("قوات التحالف الدولي", "التحالف الدولي", "الولايات المتحدة الأمريكية"),
        target=("أبو بكر البغدادي", "البغدادي", "معاقل داعش", "داعش"),
        place=("العراق",),
        date="2015-03",
        also=("إثر غارة جوية",),
    ),
]
F["ant-JA-internationalNews-835-20140921"] = []  # a military plane crash from a technical fault: an accident

if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
