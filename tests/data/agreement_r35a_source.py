"""Source of tests/data/agreement_r35a.jsonl: second independent annotation of part r35a for the agreement study.

10 real articles (SaudiNewsNet politics, 1,662–2,272 characters): the lines of /work/brief/DRAW_r35.tsv
(the saved output of `python tests/data/events_round35_select.py`) whose first column is `r35a`
(selection = events_round35_select.py, seed 3535, part r35a). All 10 kept, none dropped; no negative:
each article reports at least one happening (snn-20150803-00939, on the Houthi leader's speech, only
through its background reference to the Aden defeat).
Annotated by reading only (2026-11-29), independently of the first annotation (events_r35a_*, never
opened on purpose; one slip: a grep over events_r[23]*_source.py for «fled» also matched two docstring
lines of events_r35a_source.py — its 00060 "not coded" list and the first words of its 00874 flight entry —
both on calls already written here, none changed after): the event coder was never run on these articles
and no coder output was read. Same format and
guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set); `build()` comes
from events_dev_source.py (SaudiNewsNet articles by reference + sha1). These files are named
agreement_* so that they never enter training.

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r34c_source.py):
- Aden airport (00060): the Saudi military plane with aid landing «أمس» → *Diplomacy/Aid* 2015-07-22
  (the order to move the aid and «وصول أول طائرة» mentions); «الهزائم الأخيرة … في عدن» → Aden's
  liberation, *Government regains territory*, date "unknown" (as r33/r34); the Resistance's attacks on
  the positions near al-Anad base (Labouza camp) → *Armed clash*, publication date; the refusals to
  fight, the mobilisation of tribesmen and the leaders hiding after orders to flee are not coded;
- Kuwait mosque trial (02428): the 26 June suicide bombing → *Suicide bomb*, historical, 2015-06-26,
  26 dead; the arrest of the driver (then the car owner and accomplices) → one *Arrests*, historical,
  "unknown", place the Kuwaiti al-Riqqa district; the two suspects «ضبطا في السعودية» → a second
  *Arrests*, historical, "unknown" (ambiguous); the trial, the indictment, the detention orders and the
  confession are court steps, not coded;
- Barzani/PKK (00892): the week of Turkish raids on the PKK (260 dead) → one *Air/drone strike* dated
  `2015-07` (as r34a), «الغارات التي يشنها الجيش التركي» its first mention; the ISIS half of Ankara's air
  operation «قبل أسبوع» → a second *Air/drone strike*, Syria, `2015-07`; today's raids on PKK positions →
  *Air/drone strike* 2015-08-01, 6 dead, no place named; Falah Mustafa's US trip on Friday → *Visit*
  2015-07-31; Barzani applying the old agreement, the «سلسلة هجمات» in Turkey (aggregate) and the
  34 dead of the incitement charge (no happening named) and the probe of Demirtas are not coded;
- Houthi speech (00939): the speech and the mockery are not events; his group's defeat in Aden «على يد
  القوات الموالية للرئيس» → Aden's liberation, *Government regains territory*, "unknown";
- Taiz/Marib (02718): «السبت» → 2015-07-18 for the fronts; the ~30-dead aggregate first sentence is a
  mention of the Taiz clash (13 dead); the shelling of Taiz districts → *Shelling*, 7 dead; Marib split
  by front (al-Jadaan 6 dead, al-Mukhdara 7 dead, Sirwah no toll; the 13-dead Marib sentence a mention of
  al-Jadaan; as r31c's one clash per front; ambiguous: one Marib event, and al-Mukhdara lies in Sirwah); Aden: mortar shelling of Dar Saad and the 6 Houthis killed
  near al-Mujassam → *Shelling* and *Armed clash* (dated Saturday too, ambiguous); al-Qawsi's
  assassination in al-Bayda → *Violence against civilians/Attack*, 1 dead, publication date (no day);
  the UN truce → *Strategic developments/Agreement*, date "unknown"; the reinforcements are not coded;
- Jubeir–Lavrov (01119): the talks in Moscow «اليوم الثلاثاء» → *Meeting* 2015-08-11; Moscow's separate
  talks with the opposition «في الايام المقبلة» → *Meeting*, planned; the two past rounds of
  Damascus–opposition talks → *Talks*, historical, "unknown"; the King's planned trip to Russia →
  *Visit*, planned; ISIS's past seizure of northern/eastern Syria (background) is not coded;
- Yemeni planning minister (01979): the financing agreement signed with the Islamic Development Bank →
  *Diplomacy/Agreement*, "unknown" (ambiguous); the infrastructure destroyed by the Houthis in Aden →
  *Looting/property destruction*, "unknown"; the fuel seizure (no place), the coup and ongoing liberations
  are not coded;
- Jubeir–Gentiloni (00772): the talks in Rome «أول من أمس» → *Meeting* 2015-08-07 (the joint press
  conference a mention); the Iran nuclear deal → *Diplomacy/Agreement*, "unknown" (as r33/r34); the
  visit to the Saudi embassy (own staff) is not coded;
- «لابد من صنعاء» (opinion, 00537): Aden's liberation → *Government regains territory*, "unknown"; the
  five-day truce «التي تقررت أمس» → *Strategic developments/Agreement* 2015-07-26; the «انتصارات» in
  al-Dhale, Marib and Taiz (no takeover stated), the government's return and the shelling campaigns
  (aggregate) are not coded;
- Abyan (00874): the Houthis fleeing Zinjibar/Shaqra and the 15th Brigade camp → *Non-violent transfer
  of territory*; the coalition strike inside the camp → *Air/drone strike*, 18 dead; the coalition's
  heavy vehicles for the Resistance → *Diplomacy/Aid* (as r21a/r27b's armoured vehicles); the retaking
  of Labouza and Wadi Atan camps «أول من أمس» by the Resistance backed by the army → *Non-state actor
  overtakes territory* 2015-08-06, 38 dead (as fresh's and r29b's «المقاومة … بدعم/بمساعدة الجيش»;
  ambiguous: r33c coded Labouza as *Government regains territory*; the coalition's air support and the
  dozens who surrendered are part of it, as r21a/r29b); the hundreds of tanks sent on to Marib and
  Shabwa (no arrival, as r29b), the planned fronts, recruitment and rejected mediation are not coded.

Run: python tests/data/agreement_r35a_source.py   (writes agreement_r35a.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

HERE = Path(__file__).parent
OUT = HERE / "agreement_r35a.jsonl"

F: dict[str, list[dict]] = {}

F["snn-20150723-00060"] = [
    E(
        "Diplomacy/Aid",
        "بمساعدات إنسانية",
        actor=("سعودية", "محمد بن سلمان", "مركز الملك سلمان للإغاثة والأعمال الإنسانية"),
        place=("عدن", "مطار عدن الدولي"),
        date="2015-07-22",
        also=("بنقل المساعدات", "وصول أول طائرة عسكرية"),
    ),
    E(
        "Battles/Government regains territory",
        "الهزائم الأخيرة",
        target=("الحوثيين", "القوات التابعة للرئيس السابق علي عبد الله صالح"),
        place=("عدن",),
        date="unknown",
    ),
    E(
        "Battles/Armed clash",
        "ضيقت المقاومة الشعبية الخناق",
        actor=("المقاومة الشعبية",),
        target=("الميليشيات الحوثية", "القوات الموالية لصالح", "الميليشيات"),
        place=("قاعدة العند", "لحج", "معسكر لبوزة"),
        also=("وشنت هذه القوات هجمات",),
    ),
]
F["snn-20150806-02428"] = [
    E(
        "Explosions/Remote violence/Suicide bomb",
        "تفجير مسجد الإمام الصادق",
        actor=("الانتحاري", "فهد القباع", "القباع", "داعش"),
        target=("مسجد الإمام الصادق", "المسجد", "المصلين"),
        place=("الصوابر", "الكويت العاصمة", "الكويت"),
        date="2015-06-26",
        status="historical",
        fatalities=26,
        also=("لتفجير إرهابي خلال صلاة الجمعة", "فجر نفسه داخل المسجد"),
    ),
    E(
        "Strategic developments/Arrests",
        "ألقت القبض على السائق",
        actor=("الأجهزة الأمنية",),
        target=("السائق", "مالك المركبة"),
        place=("الرقة", "الكويت"),
        date="unknown",
        status="historical",
        also=("تلقي القبض على مالك المركبة",),
    ),
    E(
        "Strategic developments/Arrests",
        "ضبطا في السعودية",
        target=("اثنان",),
        place=("السعودية",),
        date="unknown",
        status="historical",
    ),
]
F["snn-20150801-00892"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "الغارات التي يشنها الجيش التركي",
        actor=("الجيش التركي", "الحكومة التركية", "أنقرة"),
        target=("حزب العمال الكردستاني", "متمردي حزب العمال الكردستاني", "PKK"),
        place=("كردستان", "الجانب العراقي"),
        date="2015-07",
        fatalities=260,
        also=("وقف غاراتها الجوية", "خلال أسبوع من الغارات التركية"),
    ),
    E(
        "Diplomacy/Visit",
        "زيارة إلى الولايات المتحدة",
        actor=("فلاح مصطفى",),
        place=("الولايات المتحدة", "واشنطن"),
        date="2015-07-31",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "عملية عسكرية جوية",
        actor=("أنقرة",),
        target=("تنظيم الدولة الإسلامية",),
        place=("سوريا",),
        date="2015-07",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات شنتها الطائرات التركية",
        actor=("الطائرات التركية",),
        target=("مواقع الحزب", "الحزب"),
        date="2015-08-01",
        fatalities=6,
        also=("قتل 6 أشخاص اليوم",),
    ),
]
F["snn-20150803-00939"] = [
    E(
        "Battles/Government regains territory",
        "الانتكاسة",
        actor=("القوات الموالية للرئيس عبد ربه منصور هادي", "القوات الموالية"),
        target=("جماعته",),
        place=("عدن",),
        date="unknown",
        also=("هزيمة أنصاره في عدن",),
    ),
]
F["snn-20150721-02718"] = [
    E(
        "Battles/Armed clash",
        "مواجهات",
        actor=("المقاومة الشعبية", "الجيش الموالي للشرعية"),
        target=("ميليشيا الحوثي وصالح", "ميليشيا الحوثي", "المتمردين الحوثيين"),
        place=("تعز", "مدينة تعز"),
        date="2015-07-18",
        fatalities=13,
        also=("قُتل نحو 30",),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصف عشوائي",
        actor=("المتمردون الحوثيون", "قوات صالح"),
        target=("الأحياء السكنية", "أحياء تعز", "المدنيين"),
        place=("تعز",),
        date="2015-07-18",
        fatalities=7,
        also=("قصف عشوائي قام به",),
    ),
    E(
        "Battles/Armed clash",
        "تصدّت لهجمات متعدّدة",
        actor=("رجال المقاومة", "المقاومة", "القوات الموالية للشرعية"),
        target=("الميليشيات", "ميليشيات الحوثي"),
        place=("الجدعان", "مأرب", "محافظة مأرب"),
        date="2015-07-18",
        fatalities=6,
        also=("مواجهات متفرقة",),
    ),
    E(
        "Battles/Armed clash",
        "قُتل 7 مسلحين",
        actor=("المقاومة",),
        target=("مسلحين",),
        place=("المخدرة", "جبهة المخدرة"),
        date="2015-07-18",
        fatalities=7,
        also=("محاولتهم التسلل",),
    ),
    E(
        "Battles/Armed clash",
        "تصدّت المقاومة لهجمات أخرى",
        actor=("المقاومة",),
        target=("للحوثين", "قوات صالح"),
        place=("صرواح", "العطيف", "المشجح", "الفرع"),
        date="2015-07-18",
    ),
    E(
        "Strategic developments/Agreement",
        "للهدنة الإنسانية",
        actor=("الأمم المتحدة",),
        place=("اليمنية",),
        date="unknown",
        also=("سريان الهدنة",),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "بقذائف الهاون",
        actor=("الحوثيون", "قوات صالح"),
        target=("حي الدمينة",),
        place=("حي الدمينة", "دار سعد", "عدن"),
        date="2015-07-18",
    ),
    E(
        "Battles/Armed clash",
        "برصاص المقاومة الشعبية",
        actor=("المقاومة الشعبية",),
        target=("حوثيين",),
        place=("دوّار المجسم", "مدينة عدن", "عدن"),
        date="2015-07-18",
        fatalities=6,
    ),
    E(
        "Violence against civilians/Attack",
        "اُغتيل",
        actor=("مجهولين",),
        target=("عبد الرحمن القوسي", "القيادي في حزب المؤتمر الشعبي العام"),
        place=("البيضاء", "مدينة البيضاء"),
        fatalities=1,
    ),
]
F["snn-20150811-01119"] = [
    E(
        "Diplomacy/Meeting",
        "محادثات",
        actor=("روسيا", "عادل الجبير", "الجبير"),
        target=("السعودية", "سيرجي لافروف", "لافروف"),
        place=("موسكو",),
        date="2015-08-11",
        also=("محادثات في موسكو", "المؤتمر الصحفي"),
    ),
    E(
        "Diplomacy/Meeting",
        "محادثات منفصلة",
        actor=("موسكو",),
        target=("ممثلي المعارضة السورية", "الائتلاف الوطني السوري", "الاتحاد الديمقراطي الكردي السوري"),
        place=("موسكو",),
        status="planned",
    ),
    E(
        "Diplomacy/Talks",
        "جولتان من هذه المحادثات",
        actor=("دمشق",),
        target=("جماعات المعارضة السورية",),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Visit",
        "زيارة يعتزم العاهل السعودي",
        actor=("العاهل السعودي",),
        place=("روسيا",),
        status="planned",
    ),
]
F["snn-20150724-01979"] = [
    E(
        "Diplomacy/Agreement",
        "التوقيع على تمويلها",
        actor=("وزارة التخطيط اليمنية", "الحكومة"),
        target=("البنك الاسلامي للتنمية",),
        date="unknown",
        also=("اتفاقية التمويل والتعاون",),
    ),
    E(
        "Strategic developments/Looting/property destruction",
        "دمرها الحوثيون",
        actor=("الحوثيون",),
        target=("البنى التحتية",),
        place=("عدن",),
        date="unknown",
    ),
]
F["snn-20150809-00772"] = [
    E(
        "Diplomacy/Meeting",
        "المباحثات",
        actor=("عادل الجبير", "الجبير"),
        target=("باولو جينتيلوني",),
        place=("روما",),
        date="2015-08-07",
        also=("مؤتمرًا صحافيًا مشتركًا",),
    ),
    E(
        "Diplomacy/Agreement",
        "الاتفاق الأخير",
        actor=("إيران",),
        target=("الغرب",),
        date="unknown",
    ),
]
F["snn-20150727-00537"] = [
    E(
        "Battles/Government regains territory",
        "تحرير مدينة عدن",
        actor=("قوات المقاومة الشعبية", "المقاومة الشعبية"),
        place=("عدن", "مدينة عدن"),
        date="unknown",
        also=("الانتصار الكبير في عدن", "الانتصار الذي حققته المقاومة الشعبية في عدن"),
    ),
    E(
        "Strategic developments/Agreement",
        "الهدنة الإنسانية",
        actor=("الملك سلمان بن عبدالعزيز", "خادم الحرمين الشريفين"),
        place=("اليمن",),
        date="2015-07-26",
    ),
]
F["snn-20150808-00874"] = [
    E(
        "Strategic developments/Non-violent transfer of territory",
        "الهرب",
        actor=("ميليشيات التمرد الحوثي", "الانقلابيين", "الحوثيين"),
        place=("زنجبار", "شقرة", "معسكر اللواء 15"),
        also=("فروا من معسكر اللواء 15", "الهرب من الموقع"),
    ),
    E(
        "Diplomacy/Aid",
        "تعزيزات ضخمة",
        actor=("قيادة التحالف العربي", "التحالف العربي"),
        target=("المقاومة الشعبية", "الثوار"),
        place=("زنجبار", "شقرة", "أبين"),
        also=("الآليات الثقيلة التي أرسلتها قيادة التحالف",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصفا عنيفا",
        actor=("طائرات التحالف العربي", "التحالف العربي"),
        target=("مواقع المتمردين", "المتمردين"),
        place=("المعسكر", "معسكر اللواء 15", "زنجبار", "شقرة"),
        fatalities=18,
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "استعادة معسكري لبوزة ووادي عطان",
        actor=("مقاتلو المقاومة الشعبية", "المقاومة الشعبية", "الجيش الموالي للشرعية"),
        target=("متمردا", "المتمردين"),
        place=("معسكري لبوزة ووادي عطان", "لبوزة", "وادي عطان", "لحج"),
        date="2015-08-06",
        fatalities=38,
        also=("مواجهات عنيفة", "استسلم عشرات آخرون"),
    ),
]

if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
