"""Source of tests/data/events_r35a.jsonl: the thirty-fifth blind event round, part r35a.

10 real articles (SaudiNewsNet politics, 1,662–2,272 characters): the lines of /work/brief/DRAW_r35.tsv
(the saved output of `python tests/data/events_round35_select.py`) whose first column is `r35a`
(selection = events_round35_select.py, seed 3535, part r35a). All 10 kept, none dropped; every one
reports at least one event (no negative). Annotated by reading only (2026-11-29): the event coder was
never run on these articles and no coder output was read. Same format and guidelines as
events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set); `build()` comes from
events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none (first 80 normalised characters and shared word 8-grams checked against every
tests/data/events_*.jsonl). snn-20150801-00892 shares 3–4 wire 8-grams with check's snn-20150802-00701
and r23a's snn-20150802-00700 (the week of Turkish raids on the PKK, Falah Mustafa in Washington):
other articles on the same happenings, not near-copies; coded alike.

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r34c_source.py):
- Aden airport (00060): the Saudi military plane with aid landing «أمس» → *Diplomacy/Aid* 2015-07-22
  (as r34a's relief planes; the transfer order and «وصول أول طائرة» mentions); the Houthis' «الهزائم
  الأخيرة … في عدن» → *Government regains territory*, date "unknown" (as the liberation of Aden in
  earlier rounds; ambiguous: a back-reference); the Resistance tightening the noose on al-Anad and its
  attacks on the militia positions near the base → one *Armed clash*, publication date; refusals to
  fight, the mobilisation of tribesmen and the leaders hiding after orders to flee are not coded;
- Kuwait trial (02428): the trial, the charges of 14 July and the remand orders are not coded; the
  al-Sadiq mosque bombing «في 26 يونيو» → *Suicide bomb* (the bomber «فجر نفسه»), historical, 26 dead,
  the bomber al-Qabba (ISIS accepted) as actor; the security services' arrest of the driver, the car's
  owner and the accomplices after the bombing → one *Arrests*, historical, "unknown"; the two suspects
  «ضبطا في السعودية» → a second *Arrests* (Saudi Arabia), historical, "unknown" (ambiguous);
- Barzani and the PKK (00892): the week of Turkish raids on the PKK in Iraqi Kurdistan (260 dead) → one
  *Air/drone strike* dated `2015-07` (as r34a; «غاراتها الجوية», «الغارات التركية» mentions); the same
  Turkish air operation against ISIS in Syria («عملية عسكرية جوية ضد هدفين», «الغارات الجوية التركية ضد
  تنظيم داعش») → a second *Air/drone strike*, Syria, `2015-07` (one event per country; ambiguous); the
  raids «اليوم» killing 6 → *Air/drone strike* 2015-08-01 (place from the lead: Kurdistan/Iraq); Falah
  Mustafa in the US «الجمعة» → *Visit* 2015-07-31 (as r23a); Barzani applying the old agreement, the
  calls for peace, the inquiry into Demirtas, the attacks attributed to the PKK and the 34 dead of the
  riots he is accused of inciting (background, undated) are not coded (ambiguous);
- Houthi speech mocked (00939, opinion): «الانتكاسة … في عدن على يد القوات الموالية» → *Government
  regains territory*, "unknown" («هزيمة أنصاره في عدن» a mention); the jokes are not coded;
- Taiz and Marib (02718): the lead's «السبت» → 2015-07-18 for the day's fronts (ambiguous: the UN
  truce «في ساعاتها الأولى» points to 11 July; the text gives only the weekday); Taiz clash (13 dead;
  the lead «قُتل نحو 30» its mention) and the Houthi shelling of Taiz (7 dead); in Marib one *Armed
  clash* per front: al-Jadaan (6; the Marib aggregate «مواجهات متفرقة» its first mention), al-Mukhdara
  (7), Sirwah (no count); the UN truce → *Agreement*, historical, "unknown" (ambiguous); Aden: the
  mortar shelling of al-Dumaina and the 6 Houthis killed near al-Mujassam roundabout (dated with the
  lead); al-Qawsi's assassination in al-Bayda → *Attack*, 1 dead, publication date; reinforcements
  moving to Marib are not coded;
- Jubeir–Lavrov (01119): the Moscow talks «اليوم الثلاثاء» → one *Diplomacy/Meeting* 2015-08-11 (the
  press conference a mention); Moscow's separate talks with the opposition «في الايام المقبلة» →
  *Talks*, planned, `2015-08`; the two earlier rounds of Moscow talks → *Talks*, historical, "unknown"
  (ambiguous); the King's intended visit to Russia → *Visit*, planned, "unknown"; ISIS's capture of
  northern and eastern Syria → *Non-state actor overtakes territory*, historical, "unknown" (as fresh's
  Kirkuk; ambiguous); hosting another round (aspiration) is not coded;
- Yemeni planning minister (01979, interview): the signed financing with the Islamic Development Bank
  → *Diplomacy/Agreement*, "unknown" (ambiguous: *Aid*); the infrastructure in Aden destroyed by the
  Houthis → *Looting/property destruction*, "unknown" (ambiguous: a summary); the coup, the seizure of
  fuel, the provinces «التي يجري تحريرها» and the reports are not coded;
- Jubeir in Rome (00772): the talks with Gentiloni «أول من أمس» → *Meeting* 2015-08-07 (the joint press
  conference its first mention); his visit to the Saudi embassy in Rome → *Visit*, publication date
  (the meeting with the attachés a mention; ambiguous: an own-embassy visit); Iran's support for
  Assad is not coded;
- «لابد من صنعاء» (00537, opinion): the liberation of Aden → *Government regains territory*,
  "unknown", the Popular Resistance as actor; the truce «التي تقررت أمس» → *Agreement* 2015-07-26,
  King Salman as actor; the victories in Dhale, Marib and Taiz (no capture named) and the shelling
  and siege campaigns (generic) are not coded;
- Abyan (00874): the Houthis fleeing Zinjibar, Shuqra and the 15th Brigade camp → *Strategic
  developments/Non-violent transfer of territory*, publication date (ambiguous); the coalition's
  heavy strikes on the camp → *Air/drone strike*, 18 dead; the capture of Labouza and Wadi Atan camps
  «أول من أمس» by the Resistance backed by the army → *Non-state actor overtakes territory* 2015-08-06
  (as fresh's «المقاومة … مدعومة من قوات الجيش»), 38 dead, the clashes a mention; the coalition's air
  support there → *Air/drone strike* 2015-08-06 (ambiguous); the dozens who surrendered → *Strategic
  developments/Other* 2015-08-06 (ambiguous: *Arrests*); tank deliveries, mobilisation, recruitment
  and the mediators (a habit) are not coded.

Run: python tests/data/events_r35a_source.py   (writes events_r35a.jsonl)
Text licences: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed); ANT Apache-2.0.
Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r35a.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150723-00060"] = [
    E(
        "Diplomacy/Aid",
        "بمساعدات إنسانية",
        actor=("سعودية", "الأمير محمد بن سلمان", "مركز الملك سلمان للإغاثة والأعمال الإنسانية"),
        place=("مطار عدن الدولي", "عدن"),
        date="2015-07-22",
        also=("بنقل المساعدات", "وصول أول طائرة عسكرية"),
    ),
    E(
        "Battles/Government regains territory",
        "الهزائم",
        target=("بالحوثيين", "الحوثيين", "حلفائهم"),
        place=("عدن",),
        date="unknown",
    ),
    E(
        "Battles/Armed clash",
        "ضيقت",
        actor=("المقاومة الشعبية",),
        target=("الميليشيات الحوثية", "القوات الموالية لصالح", "للميليشيات"),
        place=("«قاعدة العند»", "قاعدة العند", "العند", "محافظة لحج", "لحج"),
        also=("هجمات",),
    ),
]
F["snn-20150806-02428"] = [
    E(
        "Explosions/Remote violence/Suicide bomb",
        "تفجير",
        actor=("فهد القباع", "القباع", "الانتحاري", "داعش"),
        target=("مسجد الإمام الصادق", "المسجد", "المصلين"),
        place=("منطقة الصوابر", "الصوابر", "الكويت العاصمة", "الكويت", "مسجد الإمام الصادق"),
        date="2015-06-26",
        status="historical",
        fatalities=26,
        also=("لتفجير إرهابي", "فجر نفسه"),
    ),
    E(
        "Strategic developments/Arrests",
        "ألقت القبض",
        actor=("الأجهزة الأمنية",),
        target=("السائق", "مالك المركبة", "الشركاء والمتعاونين والمتورطين"),
        place=("الكويت",),
        date="unknown",
        status="historical",
        also=("تلقي القبض",),
    ),
    E(
        "Strategic developments/Arrests",
        "ضبطا",
        target=("اثنان",),
        place=("السعودية",),
        date="unknown",
        status="historical",
    ),
]
F["snn-20150801-00892"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "الغارات",
        actor=("الجيش التركي", "أنقرة", "تركيا"),
        target=("حزب العمال الكردستاني", "PKK", "الحزب", "متمردي حزب العمال الكردستاني"),
        place=("إقليم كردستان العراق", "كردستان", "العراق"),
        date="2015-07",
        fatalities=260,
        also=("غاراتها الجوية", "الغارات التركية"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "عملية عسكرية جوية",
        actor=("أنقرة", "تركيا"),
        target=("تنظيم الدولة الإسلامية", "داعش"),
        place=("سوريا",),
        date="2015-07",
        also=("الغارات الجوية التركية ضد تنظيم داعش",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات",
        at="قتل 6 أشخاص اليوم",
        actor=("الطائرات التركية", "تركيا"),
        target=("مواقع الحزب", "الحزب"),
        place=("إقليم كردستان العراق", "كردستان", "العراق"),
        date="2015-08-01",
        fatalities=6,
    ),
    E(
        "Diplomacy/Visit",
        "زيارة",
        actor=("فلاح مصطفى",),
        place=("الولايات المتحدة", "واشنطن"),
        date="2015-07-31",
    ),
]
F["snn-20150803-00939"] = [
    E(
        "Battles/Government regains territory",
        "الانتكاسة",
        actor=("القوات الموالية للرئيس عبد ربه منصور هادي", "القوات الموالية"),
        target=("جماعته", "الحوثيين", "أنصاره"),
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
        target=("ميليشيا الحوثي وصالح", "ميليشيا الحوثي", "الحوثيين"),
        place=("مدينة تعز", "تعز"),
        date="2015-07-18",
        fatalities=13,
        also=("قُتل نحو 30",),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصف عشوائي",
        actor=("المتمردون الحوثيون", "قوات صالح", "الحوثيين"),
        target=("الأحياء السكنية", "أحياء تعز", "المدنيين"),
        place=("تعز",),
        date="2015-07-18",
        fatalities=7,
        also=("قصف عشوائي قام به",),
    ),
    E(
        "Battles/Armed clash",
        "مواجهات متفرقة",
        actor=("المقاومة", "رجال المقاومة", "القوات الموالية للشرعية"),
        target=("الميليشيات", "ميليشيات الحوثي", "قوات صالح"),
        place=("الجدعان", "جبهات الجدعان", "مأرب"),
        date="2015-07-18",
        fatalities=6,
        also=("تصدّت لهجمات متعدّدة",),
    ),
    E(
        "Battles/Armed clash",
        "قُتل",
        at="فيما قُتل 7",
        actor=("المقاومة",),
        target=("مسلحين",),
        place=("جبهة المخدرة", "المخدرة", "مأرب"),
        date="2015-07-18",
        fatalities=7,
        also=("محاولتهم التسلل",),
    ),
    E(
        "Battles/Armed clash",
        "تصدّت",
        at="كما تصدّت المقاومة",
        actor=("المقاومة",),
        target=("للحوثين", "الحوثين", "قوات صالح"),
        place=("جبهة صرواح", "صرواح", "العطيف", "المشجح", "الفرع", "مأرب"),
        date="2015-07-18",
    ),
    E(
        "Strategic developments/Agreement",
        "للهدنة الإنسانية",
        actor=("الأمم المتحدة",),
        date="unknown",
        status="historical",
        also=("سريان الهدنة",),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصف",
        at="وفي عدن، قصف",
        actor=("الحوثيون", "قوات صالح"),
        place=("حي الدمينة", "دار سعد", "عدن"),
        date="2015-07-18",
    ),
    E(
        "Battles/Armed clash",
        "قُتلوا برصاص",
        actor=("المقاومة الشعبية",),
        target=("حوثيين",),
        place=("دوّار المجسم", "عدن"),
        date="2015-07-18",
        fatalities=6,
    ),
    E(
        "Violence against civilians/Attack",
        "اُغتيل",
        actor=("مجهولين",),
        target=("عبد الرحمن القوسي", "القوسي"),
        place=("مدينة البيضاء", "البيضاء"),
        fatalities=1,
    ),
]
F["snn-20150811-01119"] = [
    E(
        "Diplomacy/Meeting",
        "محادثات",
        actor=("عادل الجبير", "الجبير", "السعودية"),
        target=("سيرجي لافروف", "لافروف", "روسيا"),
        place=("موسكو",),
        date="2015-08-11",
        also=("محادثات في موسكو", "محادثات مع نظيره", "المؤتمر الصحفي"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "استولى",
        actor=("تنظيم الدولة الإسلامية",),
        place=("شمال سوريا", "سوريا"),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Talks",
        "محادثات منفصلة",
        actor=("موسكو",),
        target=("ممثلي المعارضة السورية", "المعارضة السورية", "الائتلاف الوطني السوري"),
        date="2015-08",
        status="planned",
    ),
    E(
        "Diplomacy/Talks",
        "جولتان",
        actor=("دمشق",),
        target=("جماعات المعارضة السورية المختلفة", "المعارضة السورية"),
        place=("موسكو",),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Visit",
        "زيارة",
        actor=("العاهل السعودي",),
        place=("روسيا",),
        date="unknown",
        status="planned",
    ),
]
F["snn-20150724-01979"] = [
    E(
        "Diplomacy/Agreement",
        "التوقيع",
        actor=("الحكومة", "وزارة التخطيط اليمنية"),
        target=("البنك الاسلامي للتنمية", "البنك الاسلامي"),
        date="unknown",
        also=("اتفاقية التمويل",),
    ),
    E(
        "Strategic developments/Looting/property destruction",
        "دمرها",
        actor=("الحوثيون",),
        target=("البنى التحتية",),
        place=("عدن",),
        date="unknown",
    ),
]
F["snn-20150809-00772"] = [
    E(
        "Diplomacy/Meeting",
        "مؤتمرًا صحافيًا مشتركًا",
        actor=("عادل الجبير", "الجبير"),
        target=("باولو جينتيلوني", "جينتيلوني"),
        place=("روما", "العاصمة الإيطالية روما"),
        date="2015-08-07",
        also=("المباحثات",),
    ),
    E(
        "Diplomacy/Visit",
        "زار",
        actor=("وزير الخارجية", "الجبير"),
        place=("سفارة خادم الحرمين الشريفين في روما", "روما"),
        also=("التقى",),
    ),
]
F["snn-20150727-00537"] = [
    E(
        "Battles/Government regains territory",
        "تحرير مدينة عدن",
        actor=("قوات المقاومة الشعبية", "المقاومة الشعبية"),
        place=("مدينة عدن", "عدن"),
        date="unknown",
        also=("الانتصار الكبير في عدن", "الانتصار الذي حققته المقاومة الشعبية في عدن"),
    ),
    E(
        "Strategic developments/Agreement",
        "الهدنة الإنسانية",
        actor=("الملك سلمان بن عبدالعزيز", "خادم الحرمين الشريفين", "عبد ربه منصور هادي"),
        date="2015-07-26",
        also=("موافقة",),
    ),
]
F["snn-20150808-00874"] = [
    E(
        "Strategic developments/Non-violent transfer of territory",
        "الهرب",
        actor=("ميليشيات التمرد الحوثي", "الانقلابيين", "الحوثيين"),
        place=("زنجبار", "شقرة", "معسكر اللواء 15"),
        also=("فروا",),
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
        "استعادة",
        actor=("مقاتلو المقاومة الشعبية", "المقاومة الشعبية", "الجيش الموالي للشرعية"),
        target=("متمردا",),
        place=("معسكري لبوزة ووادي عطان", "لبوزة", "وادي عطان", "محافظة لحج", "لحج"),
        date="2015-08-06",
        fatalities=38,
        also=("مواجهات عنيفة",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "بإسناد كثيف",
        actor=("طائرات التحالف", "التحالف"),
        place=("لبوزة", "وادي عطان", "لحج"),
        date="2015-08-06",
    ),
    E(
        "Strategic developments/Other",
        "استسلم",
        actor=("عشرات",),
        target=("لعناصر المقاومة", "المقاومة"),
        place=("لبوزة", "لحج"),
        date="2015-08-06",
    ),
]

if __name__ == "__main__":
    print(build(F, OUT), "articles ->", OUT)
