"""Source of tests/data/events_r11a.jsonl: eleventh-round blind event set, half r11a.

20 real articles (SaudiNewsNet politics 12, ANT internationalNews 8): the lines of
`python tests/data/events_round11_select.py` whose first column is `r11a` (selection =
events_round11_select.py, seed 1111, half r11a; same pool as events_fresh_source.py). All 20 kept, none
dropped; 29 events; 6 of them report no event (negatives). Annotated by reading only (2026-11-29): the
event coder was never run on these articles and no coder output was read. Same format and guidelines as
events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set); `build()` comes from
events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or a long passage
(three 60-character shingles) with an article of any tests/data/events_*.jsonl set. Same happenings in
other words (no shared passage): the Suruc suicide bombing of 20 July 2015 (blind snn-20150722-00855,
r7a, r10a: *Suicide bomb* 2015-07-20, 32 dead, coded the same way here in three articles), Carter's
Baghdad visit (dev snn-20150725-01066, r10a), the Gulf states' break with Qatar (fresh ant-1103, r9a,
r10b).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r10b_source.py): the
Suruc bombing «الاثنين» → *Suicide bomb* 2015-07-20, 32 dead, ISIS as actor where the text says it claimed
it («تبناه تنظيم داعش»), «نسب للمتطرفين» (unnamed extremists) where it does not, no actor where nothing is
said; «مطلع الأسبوع الجاري» gives only the month (2015-07); the Istanbul march dispersed with tear gas and
rubber bullets «مساء الجمعة» → *Protests/Protest with intervention* 2015-07-24 (rubber bullets are not
live fire), ACLED's order: the protesters are the actor, the police the target (trigger «فرقت»); the
march «من اجل السلام» «يفترض أن يتجمع … الأحد» → *Peaceful protest*, planned, 2015-07-26, and the Taksim
demonstration the activists called «مساء اليوم» at a set hour → *Peaceful protest*, planned (ambiguous:
a call, though with time and place); Kobani's four months of battles «التي انتهت بانتصار» are an ended
campaign named as background, not coded; a killing reported first is the trigger and the attack its
`also` (Abu Yahya al-Houthi killed in al-Alam, Aden, after the Resistance's assault → *Armed clash*, 1
dead; the PKK killing three soldiers in Sirnak «اليوم (الخميس)» → *Armed clash* 2015-07-30, a state
target, the PKK as actor); the US-led strikes «يوم السبت» → one *Air/drone strike* per country (Iraq 16,
Syria 7, all their towns accepted as place); the 19 ISIS dead «في اشتباكات متفرقة» in Anbar → two *Armed
clash* events with their own tolls (the raid on an ISIS den at Jubba near al-Baghdadi, 15; al-Madhiq east
of Ramadi, 4), the aggregate first sentence an `also` of the first, dated by the sources' «اليوم
الأربعاء»; Turkish tanks shelling ISIS positions in Syria «الخميس» → *Shelling/artillery/missile attack*,
and the fire from those positions that killed a Turkish soldier in Kilis → *Armed clash* (ISIS implied as
actor, «تبادل إطلاق النار» its mention), publication date; Carter's unannounced visit → *Visit* and his
meetings with al-Abadi (Baghdad) and Barzani (no place given) → two *Meeting*, publication date (the text
gives none); the Sanaa mosque car bomb «اليوم الأربعاء» in a Friday article → *Remote explosive/landmine/
IED* 2015-07-29 (weekday wins; no word of a suicide bomber), ISIS (its claim) as actor, 3 dead; the
explosives looted from the Amran cement factory «في أكتوبر الماضي» → *Looting/property destruction*,
historical, 2014-10, the Houthis (who used them) as actor, and the Saada mine workshop the coalition
destroyed «قبل شهر» → *Disrupted weapons use* (as the blind set's destroyed workshop), 2015-07, reported;
Saleh in the Castro article: the UN Security Council's 2014 sanctions → *Diplomacy/Sanction*, his 2000
official visit to Havana → *Visit* and his meeting with Castro → *Meeting*, the 2011 assassination
attempt that wounded him → *Armed clash* (a state target, no means or actor named, as r8b's Abu
Sayyaf), all historical; the Italian arrests «اليوم الجمعة» in Palermo → *Arrests* 2015-08-07 (the
police's night arrests and the formal detention are its mentions), and the smugglers' clubs and knives
against the migrants on board → *Violence against civilians/Attack*, no place (at sea), publication date
(ambiguous: the text gives no day); the Abu Ghraib abuse the photographs show → one *Violence against
civilians/Attack*, historical, date "unknown" (ambiguous: background of a court ruling; the other sites
in Iraq and Afghanistan are generic); the seven states' break with Qatar → one *Diplomacy/Sanction*
(all seven accepted as actor) and Jordan's and Djibouti's downgrade → a second, both date "unknown"
(background, as r10b's boycott).

Not events (the six negatives: German fighters joining ISIS — a tally; Cameron's interview, where
British pilots «شاركوا في ضربات جوية في سوريا» is a campaign with no day or place below the country
(ambiguous) and the Syria vote is planned; the hacking of the Qatar News Agency — a cyber attack, not an
ACLED event; Khamenei's speech at a conference; the migrant shipwreck off Libya — an accident, and the
rescue; the rescues off Libya and the Libyan coast guard's interception of migrants) — and, within other
articles, the «عصيان» of the 4th Brigade's commanders (a refusal to move; ambiguous: ACLED might code a
mutiny as *Change to group/activity*), Iraq's deployment of coalition-trained troops in the campaign for
Ramadi (a deployment and an aim), the Turkish operation «لا تزال جارية» after the Sirnak attack, the
Houthis' mine laying in the areas they leave (ongoing, no day or place), Saleh's 2011 trip to the US for
treatment, a suspect joining ISIS, Twitter's ban being lifted, the Twitter campaign, Qatar's denial.

Run: python tests/data/events_r11a_source.py   (writes events_r11a.jsonl; the draw: events_round11_select.py)
Text licences: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed); ANT Apache-2.0.
Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

HERE = Path(__file__).parent
OUT = HERE / "events_r11a.jsonl"

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150723-01157"] = [
    E(
        "Explosions/Remote violence/Suicide bomb",
        "الهجوم الانتحاري",
        actor=("تنظيم داعش", "داعش"),
        target=("حشد من الشباب المؤيدين للأكراد", "الشباب المؤيدين للأكراد"),
        place=("سوروتش",),
        date="2015-07-20",
        fatalities=32,
        also=("فجر نفسه", "بهجوم انتحاري"),
    ),
]
F["snn-20150723-00929"] = [
    E(
        "Battles/Armed clash",
        "قتل",
        actor=("للمقاومة الشعبية اليمنية", "المقاومة الشعبية اليمنية", "المقاومة الشعبية"),
        target=("القيادي ابو يحي الحوثي", "ابو يحي الحوثي"),
        place=("منطقة العلم", "العلم", "عدن"),
        date="2015-07-23",
        fatalities=1,
        also=("هجوم كاسح",),
    ),
]
F["snn-20150725-00771"] = [
    E(
        "Protests/Protest with intervention",
        "فرقت",
        actor=("مئات المتظاهرين", "المتظاهرين", "موكب من 500 شخص"),
        target=("الشرطة التركية", "قوات الأمن"),
        place=("اسطنبول", "كاديكوي"),
        date="2015-07-24",
        also=("تجمعوا",),
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "الهجوم الانتحاري",
        actor=("للمتطرفين", "المتطرفين"),
        target=("مجموعة من الشبان اليساريين", "الشبان اليساريين"),
        place=("سوروتش",),
        date="2015-07",
        also=("هجوم سوروتش",),
    ),
    E(
        "Protests/Peaceful protest",
        "يتجمع",
        actor=("آلاف الأشخاص", "اكبر حزب كردي في تركيا"),
        place=("اسطنبول",),
        date="2015-07-26",
        status="planned",
        also=("مسيرة من اجل السلام",),
    ),
]
F["snn-20150809-00319"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارة جوية",
        actor=("القوات التي تقودها الولايات المتحدة", "الولايات المتحدة"),
        target=("تنظيم الدولة الإسلامية",),
        place=(
            "العراق",
            "الموصل",
            "الرمادي",
            "سنجار",
            "كركوك",
            "الفلوجة",
            "تلعفر",
            "مخمور",
            "الحبانية",
        ),
        date="2015-08-08",
        also=("غارات العراق", "الضربات الأخرى"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات",
        at="وسبع",
        actor=("القوات التي تقودها الولايات المتحدة", "الولايات المتحدة"),
        target=("تنظيم الدولة الإسلامية",),
        place=("سوريا", "الحسكة", "حلب", "كوباني"),
        date="2015-08-08",
        also=("الغارات الجوية التي جرت في سوريا",),
    ),
]
F["snn-20150806-02176"] = []  # German fighters who joined ISIS: a tally, no happening
F["snn-20150722-01534"] = [
    E(
        "Battles/Armed clash",
        "بمهاجمة",
        actor=(
            "قوة عسكرية من قيادة عمليات الجزيرة والبادية",
            "قيادة عمليات الجزيرة والبادية",
            "القوات العراقية",
        ),
        target=("وكر لتنظيم داعش", "عناصر داعش", "داعش", "تنظيم داعش"),
        place=("منطقة جبة", "جبة", "ناحية البغدادي", "البغدادي", "الأنبار"),
        date="2015-07-22",
        fatalities=15,
        also=("اشتباكات متفرقة", "تسللت", "قتل 15"),
    ),
    E(
        "Battles/Armed clash",
        "اشتباكات مسلحة",
        actor=("قوات عسكرية", "القوات العراقية"),
        target=("عناصر داعش", "داعش"),
        place=("منطقة المضيق", "المضيق", "الرمادي"),
        date="2015-07-22",
        fatalities=4,
        also=("قتل أربعة",),
    ),
]
F["snn-20150725-00841"] = [
    E(
        "Diplomacy/Visit",
        "زيارة",
        actor=("وزير الدفاع الأميركي آشتون كارتر", "آشتون كارتر", "كارتر"),
        place=("بغداد",),
    ),
    E(
        "Diplomacy/Meeting",
        "التقى",
        actor=("كارتر", "آشتون كارتر"),
        target=("رئيس الوزراء العراقي حيدر العبادي", "حيدر العبادي", "العبادي"),
        place=("بغداد",),
    ),
    E(
        "Diplomacy/Meeting",
        "التقى",
        at="كما",
        actor=("كارتر",),
        target=("مسعود بارزاني", "بارزاني", "رئيس إقليم كردستان العراق"),
    ),
]
F["snn-20150731-00399"] = [
    E(
        "Battles/Armed clash",
        "قتل",
        actor=("حزب العمال الكردستاني",),
        target=("ثلاثة جنود أتراك", "جنود أتراك", "كتيبة للجيش"),
        place=("اقليم شرناق", "شرناق"),
        date="2015-07-30",
        fatalities=3,
        also=("هجوم على كتيبة",),
    ),
]
F["snn-20150721-02443"] = []  # Cameron's interview; British pilots in strikes on Syria: a campaign
F["snn-20150808-01282"] = [
    E(
        "Strategic developments/Looting/property destruction",
        "نهب",
        actor=("الحوثيين",),
        target=("مصنع اسمنت عمران", "مصنع اسمنت"),
        place=("عمران",),
        date="2014-10",
        status="historical",
    ),
    E(
        "Strategic developments/Disrupted weapons use",
        "دمرته",
        actor=("قوات التحالف", "التحالف"),
        place=("جبال صعدة", "صعدة"),
        date="2015-07",
    ),
]
F["snn-20150731-01551"] = [
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "انفجرت",
        actor=("داعش",),
        target=("مسجد للطائفة الإسماعيلية", "مسجد"),
        place=("صنعاء", "العاصمة اليمنية"),
        date="2015-07-29",
        fatalities=3,
        also=("الهجوم بالسيارة الملغومة",),
    ),
]
F["snn-20150723-00594"] = [
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصفت",
        actor=("دبابات تركية", "تركية"),
        target=("تنظيم داعش", "داعش"),
        place=("سوريا",),
        date="2015-07-23",
    ),
    E(
        "Battles/Armed clash",
        "إطلاق نيران",
        actor=("تنظيم داعش", "داعش"),
        target=("جندي تركي",),
        place=("كيليس",),
        fatalities=1,
        also=("تبادل إطلاق النار",),
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "هجوم انتحاري",
        target=("مجموعة ناشطين شباب من اليسار", "ناشطين شباب"),
        place=("سوروتش",),
        date="2015-07-20",
        fatalities=32,
    ),
]
F["ant-JA-internationalNews-1055-20170525"] = []  # hacking of the Qatar News Agency: cyber, not ACLED
F["ant-JA-internationalNews-325-20170221"] = []  # Khamenei's speech at a conference
F["ant-JA-internationalNews-520-20161128"] = [
    E(
        "Diplomacy/Sanction",
        "عقوبات",
        actor=("مجلس الأمن الدولي", "مجلس الأمن"),
        target=("صالح",),
        date="2014",
        status="historical",
        also=("العقوبات",),
    ),
    E(
        "Diplomacy/Meeting",
        "التقى",
        actor=("صالح",),
        target=("كاسترو",),
        place=("هافانا",),
        date="2000",
        status="historical",
    ),
    E(
        "Diplomacy/Visit",
        "زيارة رسمية",
        actor=("صالح",),
        place=("هافانا",),
        date="2000",
        status="historical",
    ),
    E(
        "Battles/Armed clash",
        "محاولة اغتيال",
        target=("صالح",),
        place=("اليمن",),
        date="2011",
        status="historical",
    ),
]
F["ant-JA-internationalNews-206-20150807"] = [
    E(
        "Strategic developments/Arrests",
        "ألقت",
        actor=("السلطات الإيطالية", "الشرطة"),
        target=("خمسة أشخاص", "تونسي", "المتهمين الخمسة"),
        place=("باليرمو",),
        date="2015-08-07",
        also=("رهن الاعتقال الرسمي", "اعتقلت الشرطة"),
    ),
    E(
        "Violence against civilians/Attack",
        "استخدموا",
        actor=("المهربين", "عصابة لتهريب البشر"),
        target=("المهاجرين",),
    ),
]
F["ant-JA-internationalNews-30-20170117"] = []  # migrant shipwreck off Libya: an accident
F["ant-JA-internationalNews-24-20170119"] = [
    E(
        "Violence against civilians/Attack",
        "سوء المعاملة",
        actor=("أفراد الجيش الأميركي", "الجيش الأميركي"),
        target=("المعتقلين",),
        place=("سجن أبو غريب", "أبو غريب"),
        date="unknown",
        status="historical",
        also=("انتهاكات بدنية وجنسية",),
    ),
]
F["ant-JA-internationalNews-1257-20170618"] = []  # migrant rescues off Libya
F["ant-JA-internationalNews-1137-20170607"] = [
    E(
        "Protests/Peaceful protest",
        "مظاهرة",
        actor=("النشطاء",),
        place=("ميدان تقسيم", "تقسيم"),
        date="2017-06-07",
        status="planned",
        also=("مسيرة بالسيارات",),
    ),
    E(
        "Diplomacy/Sanction",
        "قطع علاقاتها الدبلوماسية",
        actor=("7 دول", "السعودية", "مصر", "الإمارات", "البحرين", "اليمن", "موريتانيا", "جزر القمر"),
        target=("قطر",),
        date="unknown",
    ),
    E(
        "Diplomacy/Sanction",
        "خفض تمثيلها الدبلوماسي",
        actor=("الأردن", "جيبوتي"),
        target=("الدوحة",),
        date="unknown",
    ),
]

if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
