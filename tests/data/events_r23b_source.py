"""Source of tests/data/events_r23b.jsonl: the twenty-third blind event round, part r23b.

10 real articles (SaudiNewsNet politics, 1,603–2,450 characters): the lines of /work/brief/DRAW_r23.tsv
(the saved output of `python tests/data/events_round23_select.py`) whose first column is `r23b`
(selection = events_round23_select.py, seed 2323, part r23b). All 10 kept, none dropped; 3 of them
report no event (negatives). Annotated by reading only (2026-11-29): the event coder was never run on
these articles and no coder output was read. Same format and guidelines as events_dev_source.py and
events_fresh_source.py (docs/events.md § Dev set); `build()` comes from events_dev_source.py
(SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three 12-word
runs with an article of another tests/data/events_*.jsonl set. Same happenings in other words: the
liberation of Aden and of al-Anad (many rounds), the takeover of Zinjibar and Lodar (r19–r22), al-Aizari
and Qabil held as human shields (r21a), al-Subaihi held by the Houthis (r14a and later).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r22c_source.py):
- Taiz (01160, negative): Sarhan's statement; the fighting «منذ أربعة أشهر» on «جبهات القتال» and the
  lessons taught «في كل الجبهات» are generic and ongoing (as Kerry's «القتال مستمر», r21a), the attacks
  «الأيام المقبلة» planned and vague; not coded (ambiguous: an ongoing *Armed clash* in Taiz);
- Central regions (01100): the founding of the Resistance council of Ibb, al-Bayda, Dhamar and Raymah →
  *Strategic developments/Change to group/activity*, publication date, all four provinces accepted
  (ambiguous: no earlier round had this row; could be left uncoded as an announcement); its planned
  operations, the Houthi coup and the generic list of crimes, al-Daam's past fighting are not coded;
- Aden airport (00365): the Red Cross flight moving Resistance prisoners and exchanging them with
  Houthi prisoners «أمس» → *Strategic developments/Other* 2015-08-06 (releases, docs/events.md; ambiguous:
  an ANT round coded a prisoner exchange as *Agreement*); the takeover of Jaar by the Resistance alone →
  *Non-state actor overtakes territory* 2015-08-06 (the rule of r19–r20: the Resistance alone), the
  «استعادة السيطرة على عدة مناطق» lead, the battles and «هذا التقدم» its mentions; the coalition's air
  cover hitting positions around Zinjibar and the 15th Brigade camp → *Air/drone strike* same day; the
  clearing of Houthi pockets in Lahj (ongoing) → *Armed clash*, publication date (as r16b «يجري تطهير»;
  ambiguous); not coded: the airport reopening (as r12a), the Houthi hold of the airport (background
  cause), the displaced arriving by ship, the reinforcements crossing from Saudi Arabia (a deployment,
  as r13b/r16c), the coalition strikes «في العديد من المحافظات» (generic);
- al-Tawahi (01981): «بسطت سيطرتها» «الاثنين» by the pro-Hadi forces → *Government regains territory*
  2015-07-20, 28 dead (the battles in the district and the sweep its mentions); the 40 Houthis captured
  → *Arrests* (as r12a's «وقعوا أسرى»); the intermittent clashes in the eastern suburb and at the
  northern entrance → one *Armed clash* (one sentence, both places accepted), publication date; the
  Houthi shelling of a north Aden district «الأحد» → *Shelling/artillery/missile attack* 2015-07-19, 60
  dead («نحو ستين»); the coalition raids «الاثنين» on al-Anad → *Air/drone strike* 2015-07-20; the UAE
  team's arrival is not coded;
- «داعش إلى أين؟» (00334, negative): an opinion column; Turkey's entry into the Syrian conflict is named
  without a day or place of a happening, the rest is speculation and history (2003, 2011);
- Saudi ISIS recruit (01283, negative): court steps, as r17a/r18b/r22a; the travel to Syria and the
  fighting have no date or place beyond «سوريا»;
- Sanaa protest (02038): the families' sit-in «صباح أمس» at the Sheraton → *Peaceful protest*
  2015-08-05; the storming of Sanaa «في الـ21 من سبتمبر من العام الماضي» → *Non-state actor overtakes
  territory*, historical, 2014-09-21; the thousands abducted since (a tally over months, as r21a's 13
  journalists) not coded (ambiguous); al-Subaihi, Faisal Rajab and Nasser Mansour Hadi held as hostages →
  one *Abduction/forced disappearance*, historical, "unknown" (as r14a); al-Aizari and Qabil «اغتيلا»
  → *Violence against civilians/Attack*, historical, "unknown", 2 dead (ambiguous: r21a coded their
  holding as an *Abduction*; this text reports the killing); the earlier Sanaa demonstrations «من قبل»
  → *Peaceful protest*, historical, "unknown" (the «مظاهرات حاشدة» after the killings, unplaced, not
  coded); the habitual repression of protesters is not coded;
- Marea (00187): ISIS's attack on the rebels in and around Marea → one *Armed clash*, publication date,
  33 dead (the Observatory's 25 + 8; ISIS's claim of 50 not used), the new operation, «الهجوم على مدينة
  مارع» and «هاجموا» its mentions; the four suicide car bombs «الليلة الماضية» → *Suicide bomb*
  2015-08-10 (ambiguous: may be read as part of the clash); the earlier takeover of Umm Hosh → *Non-state
  actor overtakes territory*, publication date (the lead's «سيطر على أراض» its mention); al-Nusra's
  withdrawal «أمس» → *Non-violent transfer of territory* 2015-08-10; ISIS's attack «في الأيام الأخيرة»
  on the air base east of Aleppo → *Armed clash*, publication date; the US–Turkish plan is not coded;
- Tourism (01980): the liberation of Aden and of al-Anad named as background, no actor → two *Government
  regains territory*, date "unknown" (as r17–r21); the damage to antiquities and the use of the Cairo
  citadel to strike Taiz (generic, ongoing) and the tourism forum are not coded;
- Abyan (01975): al-Anad retaken «أول من أمس» by the Resistance with army elements → *Government regains
  territory* 2015-08-04 (the confrontations its mention); the clearing of Lahj (ongoing) → *Armed
  clash*, publication date (as in 00365); Zinjibar «عقب استردادها» and Lodar («استيلاء الثوار على …
  زنجبار، ومدينة لودر», Zinjibar's mention there not marked) → two *Government regains territory*,
  date "unknown" (army named with the Resistance in the paragraph; ambiguous: «الثوار» alone); the ongoing confrontations in Zinjibar → *Armed
  clash*, 28 dead; the five soldiers killed «خلال اليومين السابقين» → *Armed clash*, date "unknown",
  Abyan; the seized weapons convoy → *Disrupted weapons use* (the 12 dead of the same sentence attached to
  no event: the text does not say where they fell); Mas «أمس» → *Armed clash* 2015-08-05, 13 dead (11
  rebels + 2 Resistance); al-Mukhdara, positions taken by the Resistance → *Non-state actor overtakes
  territory* 2015-08-05 (the «كما» sentence continues «أمس»), 15 dead; Mujazar (ongoing) → *Armed clash*;
  the coalition raids on the Mas camp depot and on Sirwah → two *Air/drone strike*, publication date; the
  siege of the 15th Brigade camp and its air support (no strike described), the force heading to Abyan
  (a deployment) and the planned clearing of Abyan are not coded.

Negatives (3): snn-20150801-01160 (Taiz commander's statement), snn-20150727-00334 (opinion column),
snn-20150803-01283 (Saudi court sentence).

Run: python tests/data/events_r23b_source.py            (writes events_r23b.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r23b.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150801-01160"] = []  # Taiz commander's statement: generic ongoing fighting, planned attacks
F["snn-20150807-01100"] = [
    E(
        "Strategic developments/Change to group/activity",
        "تشكيل",
        actor=("محافظات المنطقة الوسطى", "مجلس قيادة مقاومة المناطق الوسطى", "المجلس"),
        place=("إب", "البيضاء", "ذمار", "ريمة", "اليمن", "المنطقة الوسطى"),
        also=("التأسيس", "تم تشكيل مجلس مقاومة"),
    ),
]
F["snn-20150807-00365"] = [
    E(
        "Strategic developments/Other",
        "تبادل الأسرى",
        actor=("الصليب الأحمر", "طائرة تتبع الصليب الأحمر"),
        target=("أسرى من المقاومة الشعبية", "أسرى من الحوثيين", "المقاومة الشعبية", "الحوثيين"),
        place=("مطار عدن", "عدن"),
        date="2015-08-06",
        also=("بنقل أسرى",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "السيطرة",
        at="تمكنت من السيطرة",
        actor=("المقاومة الشعبية",),
        target=("الحوثيين", "الحوثيين وحلفائهم"),
        place=("مدينة جعار", "جعار", "محافظة أبين", "أبين"),
        date="2015-08-06",
        also=("استعادة السيطرة", "معارك عنيفة", "هذا التقدم"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "استهدف",
        at="غطاء جوي",
        actor=("طائرات التحالف", "التحالف"),
        target=("مواقع للحوثيين", "الحوثيين", "معسكر اللواء15ميكا"),
        place=("مدينة زنجبار", "زنجبار", "معسكر اللواء15ميكا"),
        date="2015-08-06",
        also=("غطاء جوي",),
    ),
    E(
        "Battles/Armed clash",
        "عمليات تطهير وتمشيط",
        actor=("المقاومة الشعبية",),
        target=("الجيوب الحوثية",),
        place=("محافظة لحج", "لحج"),
    ),
]
F["snn-20150721-01981"] = [
    E(
        "Battles/Government regains territory",
        "بسطت سيطرتها",
        actor=(
            "القوات الموالية لحكومة الرئيس اليمني عبدربه منصور هادي",
            "القوات الموالية",
            "مقاتلي المقاومة",
        ),
        target=("الحوثيين",),
        place=("حي التواهي", "التواهي", "عدن"),
        date="2015-07-20",
        fatalities=28,
        also=("السيطرة على معظم حي التواهي", "استعادت", "عملية تمشيط واسعة", "المعارك في هذا الحي"),
    ),
    E(
        "Strategic developments/Arrests",
        "أسر",
        at="أنه تم أسر",
        actor=("القوات الموالية", "المقاومة"),
        target=("أربعين حوثيا",),
        place=("حي التواهي", "التواهي", "عدن"),
        date="2015-07-20",
    ),
    E(
        "Battles/Armed clash",
        "اشتباكات مسلحة متقطعة",
        place=("ضاحية عدن الشرقية", "المدخل الشمالي للمدينة", "عدن"),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "بقصف",
        actor=("الحوثيون",),
        target=("أحد أحياء شمال عدن", "المدنيين"),
        place=("شمال عدن", "عدن"),
        date="2015-07-19",
        fatalities=60,
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصف",
        at="من جهة ثانية",
        actor=("طيران تحالف الدول العربية", "تحالف الدول العربية"),
        target=("مواقع عدة للمتمردين", "المتمردين", "قاعدة العند الجوية"),
        place=("قاعدة العند الجوية", "العند", "لحج", "جنوب البلاد"),
        date="2015-07-20",
    ),
]
F["snn-20150727-00334"] = []  # opinion column: speculation and history, no happening
F["snn-20150803-01283"] = []  # Saudi court sentence for joining ISIS: court steps are not coded
F["snn-20150806-02038"] = [
    E(
        "Protests/Peaceful protest",
        "وقفة احتجاجية",
        actor=("العشرات من الأسر اليمنية", "الأسر اليمنية", "أهالي المختطفين"),
        place=("فندق شيراتون", "صنعاء"),
        date="2015-08-05",
        also=("ورفع المحتجون",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "اجتياحها",
        actor=("جماعة الحوثيين", "جماعة الحوثيين المتمردة"),
        place=("العاصمة صنعاء", "صنعاء"),
        date="2014-09-21",
        status="historical",
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "كرهائن",
        at="ومن أبرز",
        actor=("الميليشيات المتمردة", "الميليشيات"),
        target=("وزير الدفاع اللواء محمود الصبيحي", "محمود الصبيحي", "فيصل رجب", "ناصر منصور هادي"),
        date="unknown",
        status="historical",
    ),
    E(
        "Violence against civilians/Attack",
        "اغتيلا",
        actor=("المتمردين",),
        target=("الصحفيين", "عبدالله قابل", "يوسف العيزري"),
        date="unknown",
        status="historical",
        fatalities=2,
        also=("مقتلهما",),
    ),
    E(
        "Protests/Peaceful protest",
        "مظاهرات مماثلة",
        actor=("أهالي العاصمة صنعاء", "أهالي"),
        place=("العاصمة صنعاء", "صنعاء"),
        date="unknown",
        status="historical",
    ),
]
F["snn-20150811-00187"] = [
    E(
        "Battles/Armed clash",
        "القتال",
        actor=("تنظيم داعش", "داعش", "التنظيم"),
        target=(
            "مقاتلين من المعارضة السورية المسلحة",
            "المعارضة السورية",
            "الفصائل المسلحة",
            "الجيش السوري الحر",
        ),
        place=("مدينة مارع", "مارع", "حلب"),
        fatalities=33,
        also=("عملية عسكرية جديدة", "الهجوم على مدينة مارع", "هاجموا"),
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "فجر انتحاريون",
        actor=("انتحاريون من التنظيم المتشدد", "التنظيم المتشدد", "داعش"),
        place=("مدينة مارع", "مارع"),
        date="2015-08-10",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "السيطرة على قرية أم حوش",
        actor=("تنظيم داعش", "داعش", "التنظيم"),
        target=("الفصائل المسلحة الأخرى", "الفصائل المسلحة"),
        place=("قرية أم حوش", "أم حوش"),
        also=("وسيطر على أراض",),
    ),
    E(
        "Strategic developments/Non-violent transfer of territory",
        "انسحابها",
        actor=("جبهة النصرة",),
        place=("شمال مدينة حلب", "حلب"),
        date="2015-08-10",
    ),
    E(
        "Battles/Armed clash",
        "هجوما جديدًا",
        actor=("تنظيم داعش", "داعش"),
        target=("القوات الحكومية السورية", "القوات الحكومية"),
        place=("قاعدة جوية شرق حلب", "حلب"),
    ),
]
F["snn-20150806-01980"] = [
    E(
        "Battles/Government regains territory",
        "تحرير",
        at="بعد تحرير محافظة عدن",
        place=("محافظة عدن", "عدن"),
        date="unknown",
    ),
    E(
        "Battles/Government regains territory",
        "تحرير",
        at="بعد تحرير محافظة عدن",
        place=("معسكر العند", "العند"),
        date="unknown",
    ),
]
F["snn-20150806-01975"] = [
    E(
        "Battles/Government regains territory",
        "استعادة",
        actor=("قوات المقاومة الشعبية", "المقاومة الشعبية", "عناصر الجيش الموالي للشرعية"),
        place=("قاعدة العند الجوية", "العند", "لحج"),
        date="2015-08-04",
        also=("مواجهات عنيفة",),
    ),
    E(
        "Battles/Armed clash",
        "تطهير المحافظة",
        actor=("قوات المقاومة الشعبية", "المقاومة الشعبية"),
        target=("فلول التمرد",),
        place=("لحج",),
    ),
    E(
        "Battles/Government regains territory",
        "استردادها",
        target=("التمرد",),
        place=("زنجبار", "عاصمة المحافظة زنجبار"),
        date="unknown",
    ),
    E(
        "Battles/Government regains territory",
        "استيلاء",
        at="لا سيما بعد",
        actor=("الثوار",),
        target=("المتمردين",),
        place=("مدينة لودر", "لودر"),
        date="unknown",
    ),
    E(
        "Battles/Armed clash",
        "مواجهات عنيفة",
        at="وأضاف أن",
        target=("الانقلابيين",),
        place=("المدينة", "زنجبار"),
        fatalities=28,
    ),
    E(
        "Battles/Armed clash",
        "اشتباكات مع المقاومة الشعبية",
        actor=("المقاومة الشعبية",),
        target=("قوات الجيش الموالي لجماعة الحوثي", "خمسة جنود"),
        place=("أبين", "محافظة أبين"),
        date="unknown",
        fatalities=5,
        also=("مقتل خمسة جنود",),
    ),
    E(
        "Strategic developments/Disrupted weapons use",
        "الاستيلاء على قافلة",
        actor=("الثوار",),
        target=("قافلة ضخمة", "المتمردين"),
        place=("المحافظة", "أبين"),
    ),
    E(
        "Battles/Armed clash",
        "اشتباكات عنيفة",
        at="على صعيد مأرب",
        actor=("المقاومة",),
        target=("متمردا", "المتمردين"),
        place=("منطقة ماس", "ماس", "مأرب"),
        date="2015-08-05",
        fatalities=13,
        also=("المواجهات",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "السيطرة",
        at="تمكنت المقاومة بعدها",
        actor=("المقاومة",),
        target=("الحوثيون", "فلول المخلوع صالح"),
        place=("منطقة المخدرة", "المخدرة", "مأرب"),
        date="2015-08-05",
        fatalities=15,
        also=("اشتباكات مماثلة",),
    ),
    E(
        "Battles/Armed clash",
        "اشتباكات عنيفة مماثلة",
        place=("الجبهة الشمالية بمجزر", "مجزر"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات جوية",
        actor=("طائرات التحالف العربي", "التحالف العربي"),
        target=("مواقع للحوثيين", "الحوثيين", "مخزن أسلحة"),
        place=("معسكر ماس", "ماس", "مأرب"),
        also=("استهدفت مخزن أسلحة",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارة أخرى",
        actor=("طائرات التحالف العربي", "التحالف العربي"),
        place=("منطقة صرواح", "صرواح"),
    ),
]

if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
