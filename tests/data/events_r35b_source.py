"""Source of tests/data/events_r35b.jsonl: the thirty-fifth blind event round, part r35b.

10 real articles (SaudiNewsNet politics, 1,524–2,494 characters): the lines of /work/brief/DRAW_r35.tsv
(the saved output of `python tests/data/events_round35_select.py`) whose first column is `r35b`
(selection = events_round35_select.py, seed 3535, part r35b). All 10 kept, none dropped; none is a
negative. Annotated by reading only (2026-11-29): the event coder was never run on these articles and
no coder output was read. Same format and guidelines as events_dev_source.py and events_fresh_source.py
(docs/events.md § Dev set); `build()` comes from events_dev_source.py (SaudiNewsNet articles by
reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three 12-word
runs with an article of another tests/data/events_*.jsonl set (checked at 10:57 UTC). Same happenings in
other words: the fall of al-Anad base, al-Hawta and Lahj (r34b and earlier rounds), Bahah's Aden visit
(r8a, r10a), the Houthis' taking of Sanaa (background, several rounds).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r34c_source.py):
- IRGC in Syria (snn-20150726-00968): the rebels taking the «جورة الماء» hill in Jabal al-Turkman «أمس»
  → *Non-state actor overtakes territory* 2015-07-25 (the rockets fired at Assad's forces its means, a
  mention); Assad's forces' advance on Beit Faris and Bayn Halabiya «قبل يومين» that the rebels stopped
  → *Armed clash* 2015-07-23 (two days before the commander spoke «أمس»; ambiguous: 07-24 if counted from
  publication); the failed attack on Busra al-Harir that killed IRGC commander Kajbaf and his escort →
  *Armed clash*, historical, date "unknown", 2 dead; the defeats at Busra al-Sham and Kafr Nasij → one
  *Non-state actor overtakes territory*, historical, "unknown", both places accepted (ambiguous: ACLED
  would code one per town); the IRGC deployment, the current Zabadani battles (ongoing, generic, as r34b's
  Anbar battles) and the failed storming attempts are not coded;
- Egyptian army (snn-20150722-01749): the Apache helicopters pounding Beit al-Maqdis in North Sinai,
  «فيما» the committee met «بعد ظهر أمس» → *Air/drone strike* 2015-07-21 (ambiguous: «واصلت» — ongoing);
  the «تصفية» of a wanted militant shot in Sheikh Zuweid «فجر أمس» → *Armed clash* 2015-07-21, 1 dead
  (an army raid on an armed man, not r-rounds' killing of captives), and the arrest of another after he
  was shot → *Arrests*; the arrest of 2 + 8 south of Rafah → a second *Arrests*, undated (the 13 hideouts,
  2 cars and 9 motorbikes destroyed are part of that raid, not coded apart); the alert and the «القبضة
  الحديدية» plan, the election committee's meeting (domestic administration), the 70 % figure and the
  terrorism report (tallies) are not coded;
- Sahl al-Ghab / al-Qaryatain (snn-20150806-00968): the clashes around al-Bahsa (Jisr al-Shughur
  countryside and Sahl al-Ghab) → one *Armed clash*, 21 dead (12 regime + 9 opposition; «معارك الكر
  والفر» a mention); the regime's taking of points incl. Tal Hamki «يومي أمس وأمس الأول» → *Government
  regains territory* `2015-08` (two days, as fresh), and the opposition's retaking them → *Non-state actor
  overtakes territory*; «قصف مكثف للطيران الحربي» over the clash areas → *Air/drone strike* and «قصف عنيف
  ومتبادل بين الطرفين» → *Shelling*, both undated; al-Qaryatain: the warplanes' raids after midnight
  Tuesday–Wednesday → *Air/drone strike* 2015-08-05, the regime's shelling → *Shelling*, the regime–ISIS
  clashes → *Armed clash* 2015-08-05, 10 dead (ISIS), the three ISIS suicide car bombs (one near the T4
  airbase, two at regime checkpoints near al-Qaryatain) → one *Suicide bomb* 2015-08-05, 18 dead, both
  places accepted (ambiguous: ACLED would code T4 apart, the text gives one toll); the third paragraph's
  repetitions are mentions; «يحاول التنظيم بسط سيطرته» (an attempt) is not coded;
- coalition anniversary (snn-20150810-01225): the start of the US-led air campaign in north-west Iraq a
  year ago → *Air/drone strike*, historical, 2014-08, and its extension to Syria «بحلول آخر سبتمبر» → a
  second one, historical, 2014-09 (ambiguous: a campaign's start); the tallies (6,000 strikes, 15,000
  dead), the Sinjar siege, the US arms supplies over the year (a habit; ambiguous: could be
  *Diplomacy/Aid*) and the assessments are not coded;
- ISIS infighting (snn-20150722-00065): the suicide attack by a foreign ISIS fighter on Tal Afar Turkmen
  ISIS fighters in Ba'aj «أول من أمس» → *Suicide bomb* 2015-07-20, 33 dead; the Chechen–Turkmen ISIS
  battles in Tal Afar and Mosul «خلال اليومين الماضيين» → *Armed clash* `2015-07`, 30 dead; ISIS executing
  the imam al-Jubouri «أمس» → *Violence against civilians/Attack* 2015-07-21, 1 dead; its arrest of 15
  Mosul tailors → *Arrests* (ISIS arrests coded as *Arrests*, as earlier rounds) and the execution of four
  of them → *Attack*, 4 dead; the Peshmerga repelling an ISIS attack at Khirab Dalil «الليلة قبل الماضية»
  → *Armed clash* 2015-07-20, 15 dead; the coalition strikes on the Badush heights announced «أمس» →
  *Air/drone strike* 2015-07-21 (Zeravani's announced «تدمير» its first mention); the strike on a convoy
  at Shanaf (Nimrud) that killed commander al-Ta'i, announced «أمس» → *Air/drone strike* 2015-07-21, 1
  dead; al-Baghdadi's message is not coded;
- Anad prisoners (snn-20150806-00368): the Houthis moving the prisoners held at al-Anad to Sanaa central
  prison → *Strategic developments/Other* (ambiguous: may be read as no event), undated (the witnesses'
  «نقلت 1320 أسيرا» a mention); the loss of al-Anad «بيد الجيش الوطني والمقاومة» → *Government regains
  territory* (the army named), undated; the completion of control over Lahj «من قبل المقاومة … وبإشراف
  وقيادة المنطقة العسكرية الرابعة» → *Government regains territory*, undated; the prisoner swap that
  «فشلت» / «ألغيت» (never happened, as cancelled meetings), the sweeps, the siege ring and the ill-treatment
  are not coded;
- IRGC at al-Anad (snn-20150801-00854): only the Houthis' taking of Sanaa (background) → *Non-state actor
  overtakes territory*, historical, "unknown" (as earlier rounds); the experts' presence, the
  reinforcements, the Resistance's advance towards al-Hawta («وصلت إلى», no takeover), the mines and
  snipers, the prisoners as human shields and the Resistance's reinforcements are not coded;
- Zabadani / Lebanon (snn-20150727-00924): five Hezbollah fighters killed in Zabadani «أمس» → *Armed
  clash* 2015-07-26, 5 dead (the party's claim of two not used); the families of the soldiers held by ISIS
  meeting Taymour Jumblatt in al-Mukhtara «أمس» → *Diplomacy/Meeting* 2015-07-26 (ambiguous: citizens
  lobbying a politician), «هذه الزيارة» its mention; the protesters brought out by the garbage crisis →
  *Peaceful protest* in Beirut, `2015-07` (the six days before); the soldiers' abduction (a state over
  nine months), the garbage collection and the mufti's call are not coded;
- Taiz (snn-20150806-02173): al-Anad «التي استردها الثوار» → *Non-state actor overtakes territory*
  (only «الثوار» named, as r34b), undated; the fall of al-Hawta, «سيطرت المقاومة أمس» → *Non-state* takeover
  2015-08-05; the announced control of all of Lahj → a third *Non-state* takeover, undated; the weapons
  dropped by coalition aircraft to the rebels in Taiz «خلال الأسبوع الماضي» → *Diplomacy/Aid* `2015-08`
  (as the arms plane of an earlier round; ambiguous: the week straddles July); the bloody battles on the
  al-Dabab, al-Arba'in and Jabal al-Wa'sh fronts «بالأمس», 16 dead → *Armed clash* 2015-08-05 (the ongoing
  «معارك شرسة» in Taiz a mention); three quarters of Taiz «باتت في أيدي الثوار» → *Non-state* takeover (as
  r33a's «باتت بأيدي المقاومة»; ambiguous); the Houthis' indiscriminate shelling of residential districts
  → *Shelling*, undated; the coalition raids on Jabal al-Arous «أمس» and around the military hospital →
  one *Air/drone strike* 2015-08-05; the checkpoints, the fighters' arrival and Hadi's pledge are not coded;
- Hadi's return (snn-20150807-01427): Hadi's expected surprise visit to Aden → *Diplomacy/Visit*,
  planned, undated; Bahah's visit to Aden «أمس الأول» → *Visit* 2015-08-05 (as r8a/r10a: «عودة»,
  «زار» its mentions); the successes, the siege of Sanaa, the decisions and the plans are not coded.

Run: python tests/data/events_r35b_source.py            (writes events_r35b.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

HERE = Path(__file__).parent
OUT = HERE / "events_r35b.jsonl"

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150726-00968"] = [
    E(
        "Battles/Armed clash",
        "الهجوم",
        at="بعد فشل الهجوم",
        actor=("ضباط النظام", "الحرس الثوري", "ضباط الحرس الثوري الإيراني"),
        place=("مدينة بصرى الحرير", "بصرى الحرير"),
        date="unknown",
        status="historical",
        fatalities=2,
        also=("بدء الهجوم على بصرى الحرير",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "الهزيمة",
        target=("ضباط النظام", "النظام"),
        place=("بصرى الشام", "كفر ناسج", "ريف درعا"),
        date="unknown",
        status="historical",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطر",
        at="من ناحية ثانية، سيطر",
        actor=("الثوار", "فصائل المعارضة", "الفرقة الثانية الساحلية"),
        target=("قوات الأسد",),
        place=('تلة "جورة الماء"', "جورة الماء", "جبل التركمان", "اللاذقية"),
        date="2015-07-25",
        also=("بسط سيطرتها", "استهدفوا قوات الأسد"),
    ),
    E(
        "Battles/Armed clash",
        "التقدم",
        at="حاولت قبل يومين",
        actor=("قوات الأسد",),
        target=("الفرقة الثانية الساحلية", "فصائل المعارضة", "الثوار"),
        place=("بيت فارس", "بين حلبية", "جبل التركمان"),
        date="2015-07-23",
        also=("إيقاف تقدم",),
    ),
]
F["snn-20150722-01749"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "دكّ",
        actor=("طائرات الأباتشي العسكرية", "طائرات الأباتشي", "الجيش المصري"),
        target=('تنظيم "بيت المقدس"', "بيت المقدس"),
        place=("شمال سيناء", "سيناء"),
        date="2015-07-21",
    ),
    E(
        "Battles/Armed clash",
        "تصفية",
        at="بالسياق",
        actor=("الجيش المصري",),
        target=("أحد العناصر الإرهابية", "نور. ط"),
        place=("الشيخ زويّد",),
        date="2015-07-21",
        fatalities=1,
    ),
    E(
        "Strategic developments/Arrests",
        "القبض",
        at="والقبض على آخر",
        actor=("الجيش المصري",),
        target=("آخر",),
        place=("الشيخ زويّد",),
        date="2015-07-21",
    ),
    E(
        "Strategic developments/Arrests",
        "اعتقال",
        at="وأيضاً",
        actor=("قوات الصاعقة", "عناصر مكافحة الإرهاب"),
        target=("اثنين من العناصر الخطرة", "ثمانية من المشتبه بهم"),
        place=("جنوب رفح", "رفح"),
    ),
]
F["snn-20150806-00968"] = [
    E(
        "Battles/Armed clash",
        "الاشتباكات العنيفة",
        actor=("حزب الله اللبناني", "حزب الله", "قوات النظام"),
        target=("المعارضة", "فصائل مقاتلة"),
        place=("قرية البحصة", "البحصة", "سهل الغاب", "ريف جسر الشغور", "جسر الشغور"),
        fatalities=21,
        also=("معارك الكر والفر", "وأسفرت الاشتباكات"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "استعادة السيطرة",
        actor=("مقاتلي الفصائل المقاتلة والمعارضة", "الفصائل المقاتلة", "المعارضة"),
        target=("قوات النظام",),
        place=("تل حمكي", "ريف جسر الشغور"),
    ),
    E(
        "Battles/Government regains territory",
        "سيطرت",
        at="تقدمت إليها قوات النظام",
        actor=("قوات النظام",),
        place=("تل حمكي", "ريف جسر الشغور"),
        date="2015-08",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصف",
        at="وسط قصف مكثف",
        actor=("الطيران الحربي",),
        place=("مناطق الاشتباك", "سهل الغاب", "جسر الشغور"),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصف",
        at="وقصف عنيف ومتبادل",
        actor=("الطرفين",),
        place=("سهل الغاب", "جسر الشغور"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات",
        at="نفذ الطيران الحربي",
        actor=("الطيران الحربي",),
        place=("مدينة القريتين", "القريتين", "ريف حمص الشرقي"),
        date="2015-08-05",
        also=("قصف مكثف للطيران الحربي على مناطق في محيط مدينة القريتين",),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصف",
        at="ترافق مع قصف عنيف من قبل",
        actor=("قوات النظام",),
        place=("محيط المدينة", "القريتين"),
        date="2015-08-05",
        also=("قصف عنيف لقوات النظام",),
    ),
    E(
        "Battles/Armed clash",
        "الاشتباكات",
        at="بالتزامن مع استمرار",
        actor=("قوات النظام", "المسلحين الموالين لها"),
        target=("عناصر تنظيم داعش", "تنظيم داعش", "داعش"),
        place=("محيط القريتين", "القريتين"),
        date="2015-08-05",
        fatalities=10,
        also=("بدأت الاشتباكات ليل أمس", "واشتباكات مع عناصر تنظيم داعش", "أسفرت الاشتباكات عن مقتل 10"),
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "تفجيرات",
        actor=("عناصر من التنظيم", "تنظيم داعش", "داعش"),
        target=("حواجز لقوات النظام", "قوات النظام", "حواجز لتنظيم داعش"),
        place=("محيط المدينة", "القريتين", "مطار التيفور العسكري", "مطار التيفور"),
        date="2015-08-05",
        fatalities=18,
        also=("تفجير 3 عناصر من تنظيم داعش",),
    ),
]
F["snn-20150810-01225"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "العملية",
        actor=("التحالف الدولي بقيادة الولايات المتحدة", "التحالف الدولي", "الولايات المتحدة"),
        target=("تنظيم داعش", "داعش"),
        place=("شمال غرب العراق", "العراق"),
        date="2014-08",
        status="historical",
        also=("بدأت الضربات الجوية منذ عام",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "الحملات الجوية",
        actor=("قوات التحالف",),
        target=("الجماعة الإرهابية", "داعش"),
        place=("سوريا",),
        date="2014-09",
        status="historical",
    ),
]
F["snn-20150722-00065"] = [
    E(
        "Explosions/Remote violence/Suicide bomb",
        "عملية انتحارية",
        actor=("أحد مسلحي التنظيم", "مسلحي «داعش»", "داعش"),
        target=("المسلحين التركمان التلعفريين", "التركمان"),
        place=("قضاء بعاج", "بعاج"),
        date="2015-07-20",
        fatalities=33,
        also=("فجر أحد مسلحي (داعش) أمس نفسه", "الانفجار", "العملية الانتحارية الأولى"),
    ),
    E(
        "Battles/Armed clash",
        "المعارك",
        at="وتأتي في إطار",
        actor=("مسلحين شيشانيين", "الشيشانيين", "أبو عمر الشيشاني"),
        target=("مسلحين تلعفريين تركمان", "التركمان العراقيين", "أبو مسلم التركماني"),
        place=("قضاء تلعفر", "تلعفر", "الموصل"),
        date="2015-07",
        fatalities=30,
        also=("معارك داخلية", "الصراعات الداخلية"),
    ),
    E(
        "Violence against civilians/Attack",
        "أعدم",
        actor=("تنظيم داعش", "داعش"),
        target=("الشيخ نجم الدين الجبوري", "نجم الدين الجبوري"),
        place=("ناحية المشيرفة", "المشيرفة", "الموصل"),
        date="2015-07-21",
        fatalities=1,
    ),
    E(
        "Strategic developments/Arrests",
        "اعتقل",
        actor=("تنظيم داعش", "داعش"),
        target=("15 خياطا موصليا", "خياطا"),
        place=("موصليا", "الموصل"),
        date="2015-07-21",
    ),
    E(
        "Violence against civilians/Attack",
        "أعدم",
        at="أعدم التنظيم فورا",
        actor=("التنظيم",),
        target=("أربعة منهم",),
        place=("موصليا", "الموصل"),
        date="2015-07-21",
        fatalities=4,
    ),
    E(
        "Battles/Armed clash",
        "صد هجوم",
        actor=("مسلحي «داعش»", "داعش"),
        target=("قوات البيشمركة", "البيشمركة"),
        place=("قرية خراب دليل", "خراب دليل", "بعشيقة"),
        date="2015-07-20",
        fatalities=15,
        also=("خلال الهجوم",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "تدمير",
        at="أعلنت قوات بيشمركة زيرفاني",
        actor=("طائرات التحالف الدولي", "التحالف الدولي"),
        target=("مواقع التنظيم", "التنظيم", "داعش"),
        place=("مرتفعات بادوش", "بادوش"),
        date="2015-07-21",
        also=("دمرت طائرات التحالف", "الغارات", "القصف المكثف"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارة",
        actor=("طيران التحالف الدولي", "التحالف الدولي"),
        target=("صالح أحمد صالح الطائي", "رتلا"),
        place=("قرية شنف", "شنف", "ناحية نمرود", "نمرود"),
        date="2015-07-21",
        fatalities=1,
        also=("مقتل صالح أحمد صالح الطائي",),
    ),
]
F["snn-20150806-00368"] = [
    E(
        "Strategic developments/Other",
        "نقلوا",
        actor=("المتمردين الحوثيين", "الحوثيين"),
        target=("سجناء", "الأسرى"),
        place=("السجن المركزي", "صنعاء", "قاعدة العند"),
        also=("تم نقلهم", "فقد تم نقلهم", "نقلت 1320 أسيرا"),
    ),
    E(
        "Battles/Government regains territory",
        "خسارتهم",
        actor=("الجيش الوطني والمقاومة", "الجيش الوطني", "المقاومة"),
        target=("المتمردين الحوثيين", "الحوثيين"),
        place=("قاعدة العند الجوية", "قاعدة العند", "العند"),
        also=("لسقوط قاعدة العند",),
    ),
    E(
        "Battles/Government regains territory",
        "استكمال السيطرة",
        actor=("المقاومة الشعبية في عدن ولحج", "المقاومة الشعبية", "المنطقة العسكرية الرابعة"),
        place=("محافظة لحج", "لحج"),
    ),
]
F["snn-20150801-00854"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرتهم",
        actor=("الحوثيون",),
        place=("العاصمة صنعاء", "صنعاء"),
        date="unknown",
        status="historical",
    ),
]
F["snn-20150727-00924"] = [
    E(
        "Battles/Armed clash",
        "سقوط",
        actor=("عناصر الحزب", "حزب الله"),
        place=("مدينة الزبداني السورية", "الزبداني"),
        date="2015-07-26",
        fatalities=5,
    ),
    E(
        "Diplomacy/Meeting",
        "التقوا",
        actor=("الأهالي", "أهالي العسكريين"),
        target=("تيمور وليد جنبلاط", "جنبلاط"),
        place=("المختارة",),
        date="2015-07-26",
        also=("هذه الزيارة",),
    ),
    E(
        "Protests/Peaceful protest",
        "خروج متظاهرين",
        actor=("متظاهرين",),
        place=("بيروت", "شوارع العاصمة اللبنانية"),
        date="2015-07",
    ),
]
F["snn-20150806-02173"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "استردها",
        actor=("الثوار",),
        target=("ميليشيات الحوثي", "فلول الرئيس المخلوع"),
        place=("قاعدة العند الجوية", "قاعدة العند"),
        also=("استعادتها قاعدة العند الجوية",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سقوط",
        actor=("المقاومة الشعبية", "المقاومة"),
        place=("مدينة الحوطة", "الحوطة"),
        date="2015-08-05",
        also=("سيطرت المقاومة أمس على الحوطة",),
    ),
    E(
        "Diplomacy/Aid",
        "أنزلتها",
        actor=("طائرات التحالف",),
        target=("الثوار",),
        place=("تعز",),
        date="2015-08",
    ),
    E(
        "Battles/Armed clash",
        "معارك دامية",
        actor=("الثوار والجيش الموالي للشرعية", "الثوار", "المقاومة الشعبية"),
        target=("المتمردين", "الحوثيين"),
        place=("جبهة الضباب", "الضباب", "الأربعين", "جبل الوعش", "تعز"),
        date="2015-08-05",
        fatalities=16,
        also=("معارك شرسة",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "باتت في أيدي",
        actor=("الثوار",),
        place=("المدينة", "تعز"),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصف",
        actor=("قوات التمرد الحوثي",),
        target=("الأحياء السكنية",),
        place=("التحرير الأسفل", "الضبوعة", "المسبح", "وادي القاضي", "جبل جرة", "المدينة", "تعز"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "بسط",
        at="علي الأحمدي",
        actor=("الثوار",),
        place=("كامل محافظة لحج", "محافظة لحج", "لحج"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات",
        at="تعرض أمس",
        actor=("طيران التحالف", "مقاتلات التحالف العربي"),
        target=("عشرات المتمردين", "المتمردين", "للانقلابيين"),
        place=("موقع جبل العروس", "جبل العروس", "حي المستشفى العسكري", "تعز"),
        date="2015-08-05",
        also=("بإسناد جوي كثيف", "عدة غارات جوية"),
    ),
]
F["snn-20150807-01427"] = [
    E(
        "Diplomacy/Visit",
        "زيارة مفاجئة",
        actor=("عبد ربه منصور هادي", "للرئيس عبد ربه منصور هادي", "هادي"),
        place=("عدن",),
        status="planned",
        also=("عودة الرئيس",),
    ),
    E(
        "Diplomacy/Visit",
        "زيارة",
        at="على غرار",
        actor=("نائب الرئيس خالد بحاح", "خالد بحاح"),
        place=("عدن",),
        date="2015-08-05",
        also=("عودة نائب الرئيس رئيس الحكومة إلى عدن", "وأسهمت زيارة نائب الرئيس", "زار مدينة عدن"),
    ),
]

if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
