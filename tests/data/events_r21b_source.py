"""Source of tests/data/events_r21b.jsonl: the twenty-first blind event round, part r21b.

10 real articles (SaudiNewsNet politics 10, 1,539–2,461 characters): the lines of /work/brief/DRAW_r21.tsv
(= `python tests/data/events_round21_select.py` at draw time) whose first column is `r21b` (selection =
events_round21_select.py, seed 2121, part r21b). All 10 kept, none dropped; 30 events; no negatives.
Annotated by reading only (2026-11-29): the event coder was never run on these articles and no coder output was read. Same format
and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set); `build()`
comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none (no shared first 80 characters nor shared 120-character passage with any
tests/data/events_*.jsonl text). Same happenings in other words elsewhere: Turkey's first strikes on ISIS
(2015-07-24), the Suruc bombing, the Asir (Abha) mosque bombing, Carter's Baghdad trip, ISIS's 2,070
killings in Mosul (r19b), the Iranian nuclear deal, the Saudi aid flights to Aden.

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r20c_source.py):
- Yemen plan article: the resistance's plan to besiege Sanaa «في غضون 15 يومًا» (a strategy, no
  operation yet) is not coded; Ould Cheikh Ahmed «لا يزال يجري لقاءاته في القاهرة» → *Meeting*; the
  failed Geneva consultations → historical *Talks*, date unknown; «3 هدن إنسانية» (a background tally)
  not coded; the fourth Saudi aid plane «أمس» → *Aid* 2015-07-31;
- Carter in Baghdad («أمس الأول» = 2015-07-23): one *Visit* (trigger «وصول وزير دفاعها إلى بغداد»), the
  closed meeting with al-Jabouri and the earlier one with al-Abadi/al-Obeidi → two *Meeting*s, both
  2015-07-23 (the text says the second followed the first on the same trip); al-Jabouri's Washington
  trip «الشهر الماضي» → historical *Visit* 2015-06 (his talks with Obama part of it); the Anbar operations
  («سير العمليات في الأنبار» … «معارك الأنبار») → one *Armed clash*, no actor; the deployment of 3,000
  trained soldiers and the Sunni-regions plan not coded;
- Kerry/Cairo: the strategic dialogue launched «اليوم الأحد» → *Talks* 2015-08-02 (Kerry's presence in
  Cairo not coded separately as a *Visit*: the text never says he came); Barakat's assassination →
  historical *Attack*, date unknown, 1 dead; pledges of military support not coded;
- the opinion column on ISIS: only two concrete happenings coded — the Asir (Emergency Forces) mosque
  bombing → *Remote explosive* (as r12b coded the same happening; the text does not name the weapon),
  ISIS as actor (the text attributes it), date unknown; the burning of the (Jordanian) pilot → historical
  *Attack*, date unknown (ambiguous: named only in passing); generic killings are not events;
- Melilla: the arrest «ليل الثلاثاء الأربعاء» → *Arrests* 2015-07-21; «فككت إسبانيا في الأشهر الأخيرة عدة
  خلايا» (a tally over months) and the 116 volunteers not coded;
- the Houthi "imam" column: one medieval happening coded as historical *Attack* (Abdullah bin Hamza
  killing «قرابة مائة ألف» Mutarrifis, fatalities 100000, date unknown; ambiguous: 13th century); his
  son's march on Sanaa (1226) is a movement, not a coded event; the BBC film is not an event;
- Dempsey: the visit «مساء أول من أمس» → *Visit* 2015-07-19; the Ramadi operation and the Anbar
  liberation operation → one *Armed clash* (Ramadi; «عملية تحرير الأنبار», «معارك الأنبار» are `also`),
  actor «القوات العراقية»; «معارك الرمادي التي يشارك فيها الطيران الأميركي» → *Air/drone strike*
  (ambiguous: present-tense participation); the Salahuddin battles → historical *Armed clash*, date
  unknown, with the Asaib/Kataib as actors; the nuclear deal → *Agreement*, date unknown (as r15b/r16a);
  al-Abadi's April US trip → historical *Visit* 2015-04; the lifted veto and the US arms supplied
  («بعد تقديم … أسلحة», undated) not coded;
- Turkey's three fronts: the F-16 strikes «فجر أمس الجمعة» → *Air/drone strike* 2015-07-24; the PKK
  attacks on Turkish forces (Turkey's accusation) → *Armed clash*, date unknown; the Suruc bombing →
  *Suicide bomb* (the text says «التفجير الانتحاري»), date unknown; the arrest campaign (300 held) →
  *Arrests* 2015-07-24; the coordination centre, the border security system and the safe zone are plans;
- Iraqi protests «أمس» → *Peaceful protest* 2015-08-07 (Baghdad and other provinces); the Karbala
  sermon is not an event; ISIS's executions in Mosul since June 2014 → *Attack*, 2070 dead, date unknown
  (as r19b), the 10 June 2014 takeover of Mosul → historical *Non-state actor overtakes territory*;
- Sheikh Zuweid: the army's operation «الأسبوع الماضي» (foiling Sinai Province, 200+ killed) and the
  Sinai Province attack on checkpoints (17 soldiers killed) → two *Armed clash*es dated 2015-07; the
  army operation's first mention is «إحباط الجيش المصري»; Sadat's assassination → historical *Attack*
  1981 (actors: the groups the text names); displacement and training camps not coded.

Run: python tests/data/events_r21b_source.py            (writes events_r21b.jsonl)
Text licences: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

HERE = Path(__file__).parent
OUT = HERE / "events_r21b.jsonl"

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150801-00067"] = [
    E(
        "Diplomacy/Meeting",
        "لقاءاته",
        actor=("إسماعيل ولد الشيخ أحمد", "المبعوث الأممي لليمن", "ولد الشيخ"),
        target=("أطراف يمنية وعربية",),
        place=("القاهرة",),
    ),
    E(
        "Diplomacy/Talks",
        "مشاورات جنيف",
        place=("جنيف",),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Aid",
        "وصلت",
        actor=("سعودية", "مركز الملك سلمان للإغاثة والأعمال الإنسانية", "مركز الملك سلمان"),
        place=("مطار عدن", "عدن"),
        date="2015-07-31",
    ),
]
F["snn-20150725-01427"] = [
    E(
        "Diplomacy/Meeting",
        "الاجتماع المغلق",
        actor=("أشتون كارتر", "كارتر", "وزير الدفاع الأمريكي"),
        target=("سليم الجبوري", "الجبوري", "رئيس مجلس النواب العراقي"),
        place=("بغداد",),
        date="2015-07-23",
        also=("اجتماع وزير الدفاع الأمريكي مع رئيس البرلمان العراقي", "هذا الاجتماع بحث"),
    ),
    E(
        "Diplomacy/Meeting",
        "لقاء المسؤول الأمريكي",
        actor=("المسؤول الأمريكي", "كارتر"),
        target=("حيدر العبادي", "العبادي", "رئيس الوزراء", "خالد العبيدي"),
        place=("بغداد",),
        date="2015-07-23",
    ),
    E(
        "Battles/Armed clash",
        "العمليات في الأنبار",
        target=("تنظيم داعش", "داعش"),
        place=("الأنبار",),
        also=("معارك الأنبار",),
    ),
    E(
        "Diplomacy/Visit",
        "زيارته لواشنطن",
        actor=("الجبوري", "سليم الجبوري"),
        place=("واشنطن",),
        date="2015-06",
        status="historical",
    ),
    E(
        "Diplomacy/Visit",
        "وصول وزير دفاعها إلى بغداد",
        actor=("وزير دفاعها", "كارتر", "أشتون كارتر"),
        place=("بغداد",),
        date="2015-07-23",
    ),
]
F["snn-20150802-01041"] = [
    E(
        "Violence against civilians/Attack",
        "اغتيال",
        target=("هشام بركات", "النائب العام", "المستشار هشام بركات"),
        date="unknown",
        status="historical",
        fatalities=1,
    ),
    E(
        "Diplomacy/Talks",
        "إطلاق الحوار المصري الأمريكي الاستراتيجي",
        actor=("كيري", "جون كيري", "وزير الخارجية الأمريكي"),
        target=("سامح شكري", "شكري", "مصر", "وزير الخارجية المصري"),
        place=("القاهرة",),
        date="2015-08-02",
        also=("أطلقا جلسات الحوار الاستراتيجي", "افتتاح الجلسة"),
    ),
]
F["snn-20150808-00195"] = [
    E(
        "Violence against civilians/Attack",
        "حرق طيار مسلم",
        actor=("داعش",),
        target=("طيار مسلم", "طيار"),
        date="unknown",
        status="historical",
        fatalities=1,
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "تفجير مسجد الطوارئ",
        actor=("داعش",),
        target=("مسجد الطوارئ",),
        place=("عسير", "مسجد الطوارئ"),
        date="unknown",
        also=("هذا الفعل الدنيء",),
    ),
]
F["snn-20150722-01533"] = [
    E(
        "Strategic developments/Arrests",
        "أوقفت",
        actor=("الشرطة الإسبانية", "وزارة الداخلية الإسبانية", "إسبانيا"),
        target=("رجلا", "رجل", "رجلا من مليلية"),
        place=("مليلية", "جيب مليلية"),
        date="2015-07-21",
        also=("توقيف رجل", "العملية التي نفذتها"),
    ),
]
F["snn-20150811-00091"] = [
    E(
        "Violence against civilians/Attack",
        "قتل قرابة مائة ألف",
        actor=("عبد الله بن حمزة", "الإمام المنصور عبد الله بن حمزة", "الإمام المنصور"),
        target=("المطرفية", "خصومه"),
        place=("اليمن",),
        date="unknown",
        status="historical",
        fatalities=100000,
        also=("وخرب قراهم ومساجدهم",),
    ),
]
F["snn-20150721-00099"] = [
    E(
        "Diplomacy/Visit",
        "وصل",
        actor=("ديمبسي", "مارتن ديمبسي", "رئيس هيئة الأركان المشتركة الأميركية"),
        place=("بغداد",),
        date="2015-07-19",
        also=("زيارة غير معلنة", "نبأ الزيارة", "أول زيارة لمسؤول", "هذه الزيارة بعد"),
    ),
    E(
        "Battles/Armed clash",
        "عملية استعادة السيطرة على مدينة الرمادي",
        actor=("القوات العراقية",),
        target=("تنظيم داعش", "داعش"),
        place=("الرمادي", "مدينة الرمادي", "الأنبار"),
        also=("عملية تحرير الأنبار", "معارك الرمادي", "معارك الأنبار"),
    ),
    E(
        "Diplomacy/Agreement",
        "توقيع الاتفاق النووي",
        actor=("طهران",),
        target=("مجموعة «5 + 1»", "5 + 1"),
        date="unknown",
        also=("بتوقيع هذا الاتفاق",),
    ),
    E(
        "Diplomacy/Visit",
        "زيارته إلى الولايات المتحدة",
        actor=("حيدر العبادي", "العبادي", "رئيس الوزراء"),
        place=("الولايات المتحدة الأميركية", "الولايات المتحدة"),
        date="2015-04",
        status="historical",
    ),
    E(
        "Battles/Armed clash",
        "معارك صلاح الدين",
        actor=("العصائب", "الكتائب", "عصائب أهل الحق", "كتائب حزب الله"),
        place=("صلاح الدين",),
        date="unknown",
        status="historical",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "يشارك فيها الطيران الأميركي",
        actor=("الطيران الأميركي",),
        place=("الرمادي",),
    ),
]
F["snn-20150725-00107"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصفت الطائرات التركية",
        actor=("الطائرات التركية", "طائرات تركية", "تركيا"),
        target=("تنظيم داعش", "داعش", "ثلاثة مواقع لتنظيم داعش"),
        place=("الأراضي السورية", "سوريا", "الحدود مع سوريا"),
        date="2015-07-24",
        also=("واستهدفت طائرات تركية", "أول تدخل عسكري تركي"),
    ),
    E(
        "Battles/Armed clash",
        "هجمات استهدفت قواتها",
        actor=("حزب العمال الكردستاني",),
        target=("قواتها",),
        place=("الأراضي التركية",),
        date="unknown",
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "تفجير سروج",
        target=("عددًا من المواطنين الأتراك", "المواطنين الأتراك"),
        place=("سروج", "سوروج", "مدينة سروج"),
        date="unknown",
        also=("الانفجار الذي استهدف", "التفجير الانتحاري"),
    ),
    E(
        "Strategic developments/Arrests",
        "حملة اعتقالات واسعة",
        actor=("تركيا",),
        target=("عناصر التنظيمين", "ثلاثمائة", "منظمة يسارية ثورية"),
        place=("تركيا",),
        date="2015-07-24",
        also=("توقيف ثلاثمائة",),
    ),
]
F["snn-20150808-00931"] = [
    E(
        "Protests/Peaceful protest",
        "تظاهرات",
        place=("بغداد", "محافظات عراقية أخرى"),
        date="2015-08-07",
    ),
    E(
        "Violence against civilians/Attack",
        "إعدام",
        actor=("تنظيم داعش", "داعش", "مسلحي داعش"),
        target=("أكثر من 2000 شخص", "أهلها", "2070 شخصا", "أبناء الموصل"),
        place=("الموصل",),
        date="unknown",
        fatalities=2070,
        also=("مقتل 2070 شخصا",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرته على المدينة",
        actor=("تنظيم داعش", "داعش"),
        place=("الموصل", "المدينة"),
        date="2014-06-10",
        status="historical",
    ),
]
F["snn-20150721-00281"] = [
    E(
        "Battles/Armed clash",
        "إحباط الجيش المصري",
        actor=("الجيش المصري",),
        target=("ولاية سيناء", "إرهابي", "200 إرهابي"),
        place=("الشيخ زويّد", "الشيخ زويد", "بلدة الشيخ زويّد"),
        date="2015-07",
        fatalities=200,
        also=("وقتل الجيش المصري", "عملية موسعة"),
    ),
    E(
        "Battles/Armed clash",
        "هجوم مسلح",
        actor=("ولاية سيناء", "مقاتلي «ولاية سيناء»"),
        target=("كمائن عسكرية", "جنديا وضابطا مصريا"),
        place=("مدينة الشيخ زويد", "الشيخ زويد"),
        date="2015-07",
        fatalities=17,
    ),
    E(
        "Violence against civilians/Attack",
        "اغتيال",
        actor=("الجهاد", "التكفير والهجرة"),
        target=("أنور السادات", "الرئيس المصري الراحل أنور السادات"),
        date="1981",
        status="historical",
        fatalities=1,
    ),
]

if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
