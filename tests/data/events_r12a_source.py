"""Source of tests/data/events_r12a.jsonl: twelfth-round blind event set, half r12a.

20 real articles (SaudiNewsNet politics 12, ANT internationalNews 8): the lines of
`python tests/data/events_round12_select.py` whose first column is `r12a` (selection =
events_round12_select.py, seed 1212, half r12a; same pool as events_fresh_source.py). All 20 kept, none
dropped; 33 events; 4 of them report no event (negatives). Annotated by reading only (2026-11-29): the
event coder was never run on these articles and no coder output was read. Same format and guidelines as
events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set); `build()` comes from
events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) with an article of
any tests/data/events_*.jsonl set; the only shared passage is the SaudiNewsNet coalition-statement
boilerplate («عين اليوم – واشنطن قالت قوة المهام المشتركة في بيان اليوم …») of snn-20150724-00082 and dev
snn-20150807-00062, which report strikes of different days (not a copy). Same happenings in other words:
the Qatar break (ant-1095, ant-1097; fresh, r9a, r10b), the recapture of al-Anad base (dev
snn-20150806-01647), the liberation of Aden (r10a, r10b).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r11b_source.py): the
coalition strike reports → one *Air/drone strike* per country (aggregate first sentence an `also` of
Iraq, the first listed; all named towns accepted), dated by the statement's «يوم الأربعاء»/«أمس الأحد»;
the Deir ez-Zor bridges strike «الجمعة» → *Air/drone strike* 2015-07-31 (the destroyed bridges are its
result, not an event); the Sanaa bus bomb «في اليوم الأحد» → *Remote explosive/landmine/IED*, 3 dead, and
the «اشتباكات» between citizens and a Houthi checkpoint whose random fire killed four → one *Armed clash*
(ambiguous: ACLED might code the shooting as *Violence against civilians/Attack*), 4 dead, publication
date; the Asir mosque bombing named only in Iraq's condemnation («التفجير الإرهابي») → *Remote explosive/
landmine/IED*, no date in the text (the condemnation is no event; no word of a suicide bomber, as r11a);
«استعادة المقاومة الشعبية والقوات الموالية للرئيس … السيطرة على مطار عدن الأسبوع الماضي» → *Government
regains territory* 2015-07 (as r10a), the later «معارك عنيفة مع الحوثيين» its mention; the Algerian press
review's «تحرير محافظات عدن ولحج والضالع وأبين من قبل المقاومة الشعبية المدعومة بالجيش الوطني» → one
*Non-state actor overtakes territory* (as fresh's «مدعومة من قوات الجيش»), date "unknown", and the
Geneva meeting of the Libyan parties «الذي سيجمع اليوم» → *Diplomacy/Talks*, planned, 2015-08-11;
Houthi leaders «وقعوا أسرى لدى المقاومة» → *Arrests* (as r10b's captured Qanaf) and Aden «بعد تحريرها» →
*Government regains territory*, date "unknown", no actor (as r9a/r10b); the «هذا اليوم في التاريخ»
almanac (snn-20150810-00386, title not in `text`) → four historical events dated by year only: the
Treaty of Sèvres and the 1955 France–Libya agreement (*Diplomacy/Agreement*, both parties accepted as
actor and target), the settlers' attack on the Casbah (*Violence against civilians/Attack*, «عشرات» no
count) and Israel intercepting a Lebanese plane (*Strategic developments/Other*); ISIS's executions at
Saqlawiya found in a mass grave (~400 bodies, soldiers and civilians) → historical *Violence against
civilians/Attack* dated "2014" («أواخر العام 2014 وبداية العام 2015»: ambiguous), 400 fatalities, and its
shooting of civilians fleeing Fallujah → *Attack*, publication date; the Moroccan MP's assassination
«صباح اليوم» in Casablanca → *Attack*, 1 dead, no actor; the Arab states' break with Qatar → one
*Diplomacy/Sanction* per article (ant-1097: Saudi Arabia with the UAE and Bahrain accepted, «فجر اليوم»,
the closing of the borders its mention, as r9a), Trump's Riyadh visit «الشهر الماضي» → *Visit* 2017-05;
Amnesty's Saydnaya executions and HRW's chemical-weapons charge in Aleppo, both rejected by Assad →
*Attack* and *Chemical weapon*, status denied, date "unknown" (ambiguous: the first is disputed, not
denied in words); the French parliamentary delegation that «زار سوريا مؤخرا» → *Visit*, publication date;
McCain's secret trip to Kobani «في نهاية الأسبوع الماضي» → *Visit* and his meeting with US officers and
Kurdish fighters → *Meeting*, both 2017-02; his 2013 visit and meeting with FSA leaders → historical
*Visit* and *Meeting* dated 2013; his regional tour (Saudi Arabia, Turkey) → one *Visit* and one
*Talks* («ناقش مع مسؤولي البلدين»), 2017-02, both countries accepted.

Not events (the four negatives: documentation of Aden's destruction; an opinion piece on the Security
Council vote and past gas attacks with no happening named; the travel-ban court ruling — a court
decision, the executive order is not an ACLED or diplomatic event (ambiguous: it could be read as a
*Sanction*); the German interior ministry's proposal; and — not negatives but inside coded articles —
Aden airport's reopening and the first Saudi plane landing, the Anad base sweep «تمشط», the Iraqi
dismissals, the Gaza siege (ongoing), the almanac's other lines (a constitution, a party ban, a union
dissolved, the Queen's Belfast visit — domestic, the Panama Canal, migrants expelled), Assad's refusal of
an Amnesty visit, the French attacks on Libyans named in a rhetorical question, the Damascus–Paris break
(background state), the sword dance, the Raqqa campaign «الجارية» (an aim), condemnations.

Run: python tests/data/events_r12a_source.py   (writes events_r12a.jsonl; the draw: events_round12_select.py)
Text licences: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed); ANT Apache-2.0.
Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

HERE = Path(__file__).parent
OUT = HERE / "events_r12a.jsonl"

F: dict[str, list[dict]] = {}

F["snn-20150727-01314"] = []
F["snn-20150726-01072"] = [
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "انفجرت",
        target=("حافلة ركاب",),
        place=("دار سلم", "صنعاء"),
        date="2015-07-26",
        fatalities=3,
        also=("الانفجار",),
    ),
    E(
        "Battles/Armed clash",
        "اشتباكات",
        actor=("مواطنين", "المواطنين"),
        target=("نقطة مسلحة تابعة للحوثيين", "النقطة التابعة للحوثيين", "للحوثيين"),
        place=("شارع الستين", "صنعاء"),
        fatalities=4,
        also=("اطلقت الرصاص",),
    ),
]
F["snn-20150810-00386"] = [
    E(
        "Diplomacy/Agreement",
        "توقيع",
        actor=("تركيا", "الحلفاء"),
        target=("الحلفاء", "تركيا"),
        date="1920",
        status="historical",
    ),
    E(
        "Diplomacy/Agreement",
        "اتفاق",
        at="1955 - ",
        actor=("فرنسا", "ليبيا"),
        target=("ليبيا", "فرنسا"),
        date="1955",
        status="historical",
    ),
    E(
        "Violence against civilians/Attack",
        "هجوم",
        actor=("مستوطنين متشددين",),
        place=("حي القصبة", "القصبة"),
        date="1956",
        status="historical",
    ),
    E(
        "Strategic developments/Other",
        "تعترض",
        actor=("اسرائيل",),
        target=("طائرة لبنانية",),
        date="1973",
        status="historical",
    ),
]
F["snn-20150803-00252"] = [
    E(
        "Battles/Government regains territory",
        "استعادت",
        actor=("القوات الموالية للرئيس اليمني", "القوات الموالية للرئيس اليمني عبد ربه منصور هادي"),
        target=("المقاتلين الحوثيين", "الحوثيين"),
        place=("قاعدة العند",),
        date="2015-08-03",
        also=("معارك ضارية",),
    ),
]
F["snn-20150724-00082"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارة",
        actor=("الولايات المتحدة", "التحالف"),
        target=("تنظيم الدولة الإسلامية", "الدولة الإسلامية"),
        place=("العراق", "الحبانية", "حديثة", "مخمور", "الموصل", "الرمادي", "سنجار", "تلعفر"),
        date="2015-07-22",
        also=("11 غارة",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات",
        at="وفي سوريا",
        actor=("التحالف", "الولايات المتحدة"),
        target=("الدولة الإسلامية", "تنظيم الدولة الإسلامية"),
        place=("سوريا", "كوباني", "الحسكة"),
        date="2015-07-22",
        also=("ثلاث غارات",),
    ),
]
F["snn-20150807-01359"] = []
F["snn-20150809-00057"] = [
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "للتفجير",
        target=("مسجد قوات الطوارئ", "قوات الطوارئ"),
        place=("منطقة عسير", "عسير"),
        also=("الهجوم الإرهابي",),
    ),
]
F["snn-20150724-00032"] = [
    E(
        "Battles/Government regains territory",
        "استعادة",
        actor=("المقاومة الشعبية", "القوات الموالية للرئيس عبدربه منصور هادي", "المقاومة"),
        target=("الحوثيين", "ميليشيات الحوثيين"),
        place=("مطار عدن",),
        date="2015-07",
        also=("استعادته", "معارك عنيفة"),
    ),
]
F["snn-20150731-01269"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات",
        actor=("الائتلاف الدولي", "الائتلاف"),
        target=("جسرين", "داعش"),
        place=("دير الزور", "ريف دير الزور"),
        date="2015-07-31",
        also=("بغارات",),
    ),
]
F["snn-20150804-00067"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "ضربة",
        actor=("التحالف", "الولايات المتحدة"),
        target=("التنظيم", "تنظيم الدولة الإسلامية", "الدولة الإسلامية"),
        place=("العراق", "الموصل", "تلعفر", "الرمادي", "الحويجة"),
        date="2015-08-02",
        also=("21 ضربة",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "ضربات",
        at="ثماني ضربات",
        actor=("التحالف", "الولايات المتحدة"),
        target=("الجماعة", "تنظيم الدولة الإسلامية"),
        place=("سوريا", "الحسكة"),
        date="2015-08-02",
    ),
]
F["snn-20150811-01544"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "تحرير",
        actor=("المقاومة الشعبية",),
        target=("المليشيات الحوثية",),
        place=("عدن", "لحج", "الضالع", "أبين"),
        date="unknown",
    ),
    E(
        "Diplomacy/Talks",
        "اللقاء",
        actor=("أطراف الأزمة", "وفد عن المؤتمر الوطني الليبي", "المؤتمر الوطني الليبي"),
        place=("جنيف",),
        date="2015-08-11",
        status="planned",
    ),
]
F["snn-20150721-02041"] = [
    E(
        "Strategic developments/Arrests",
        "أسرى",
        actor=("المقاومة",),
        target=("قيادات حوثية كبيرة", "قيادات حوثية"),
        place=("عدن",),
    ),
    E(
        "Battles/Government regains territory",
        "تحريرها",
        place=("عدن",),
        date="unknown",
    ),
]
F["ant-JA-internationalNews-483-20160606"] = [
    E(
        "Violence against civilians/Attack",
        "أعدمهم",
        actor=("داعش",),
        target=("عسكريين", "مدنين", "جنود عراقيين"),
        place=("الصقلاوية",),
        date="2014",
        status="historical",
        fatalities=400,
        also=("قتلهم", "أعدم العديد"),
    ),
    E(
        "Violence against civilians/Attack",
        "يستهدف",
        actor=("داعش", "مجموعات معارضة مسلحة"),
        target=("مدنيين",),
        place=("الفلوجة", "نهر الفرات"),
        also=("استهدفت مدنيين", "إطلاق النار"),
    ),
]
F["ant-JA-internationalNews-1095-20170605"] = [
    E(
        "Diplomacy/Sanction",
        "قطع العلاقات",
        actor=("دول عربية",),
        target=("قطر",),
    ),
    E(
        "Diplomacy/Visit",
        "لزيارة",
        actor=("الرئيس الأمريكي دونالد ترامب", "دونالد ترامب", "ترامب"),
        place=("للسعودية", "السعودية"),
        date="2017-05",
        also=("الزيارة",),
    ),
]
F["ant-JA-internationalNews-1028-20170526"] = []
F["ant-JA-internationalNews-447-20170308"] = [
    E(
        "Violence against civilians/Attack",
        "للاغتيال",
        target=("النائب المغربي عبد اللطيف مرداس", "عبد اللطيف مرداس"),
        place=("الدار البيضاء", "حي كاليفورنيا"),
        date="2017-03-08",
        fatalities=1,
        also=("الحادث", "العملية"),
    ),
]
F["ant-JA-internationalNews-1097-20170605"] = [
    E(
        "Diplomacy/Sanction",
        "قطع العلاقات",
        actor=("وزارة الخارجية السعودية", "السعودية", "المملكة العربية السعودية", "الإمارات", "البحرين"),
        target=("قطر", "دولة قطر"),
        date="2017-06-05",
        also=("قطع العلاقات الدبلوماسية", "إغلاق كافة المنافذ"),
    ),
]
F["ant-JA-internationalNews-292-20170216"] = [
    E(
        "Violence against civilians/Attack",
        "إعدام",
        place=("سجن صيدنايا", "صيدنايا"),
        date="unknown",
        status="denied",
    ),
    E(
        "Explosions/Remote violence/Chemical weapon",
        "أسلحة الكيميائية",
        actor=("الجيش السوري",),
        place=("حلب",),
        date="unknown",
        status="denied",
    ),
    E(
        "Diplomacy/Visit",
        "زار",
        at="وفد برلماني فرنسي",
        actor=("وفد برلماني فرنسي",),
        place=("سوريا",),
    ),
]
F["ant-JA-internationalNews-344-20170223"] = [
    E(
        "Diplomacy/Visit",
        "زار",
        actor=("السيناتور الأمريكي جون ماكين", "جون ماكين", "ماكين"),
        place=("عين العرب", "كوباني", "شمال شرق سوريا", "سوريا"),
        date="2017-02",
        also=("زيارة السيناتور", "وجاءت الزيارة", "سافر إلى شمال سوريا"),
    ),
    E(
        "Diplomacy/Meeting",
        "التقى",
        actor=("ماكين",),
        target=("مسؤولين عسكريين أمريكيين", "مقاتلين أكراد"),
        place=("عين العرب", "كوباني"),
        date="2017-02",
    ),
    E(
        "Diplomacy/Visit",
        "زيارة أولى",
        actor=("ماكين",),
        place=("سوريا",),
        date="2013",
        status="historical",
    ),
    E(
        "Diplomacy/Meeting",
        "التقى",
        at="عندما",
        actor=("ماكين",),
        target=("الجيش السوري الحر", "قادة"),
        date="2013",
        status="historical",
    ),
    E(
        "Diplomacy/Visit",
        "جولة",
        actor=("ماكين",),
        place=("المملكة العربية السعودية", "تركيا"),
        date="2017-02",
    ),
    E(
        "Diplomacy/Talks",
        "ناقش",
        at="حيث ناقش",
        actor=("ماكين",),
        target=("مسؤولي البلدين",),
        place=("المملكة العربية السعودية", "تركيا"),
        date="2017-02",
    ),
]
F["ant-JA-internationalNews-185-20161106"] = []


if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
