"""Source of tests/data/agreement_r35b.jsonl: second independent annotation of part r35b for the
agreement study.

10 real articles (SaudiNewsNet politics, 1,524–2,494 characters): the lines of /work/brief/DRAW_r35.tsv
(the saved output of `python tests/data/events_round35_select.py`) whose first column is `r35b`
(selection = events_round35_select.py, seed 3535, part r35b). All 10 kept, none dropped; 1 of them
reports no event (negative). This is the second, independent annotation of these articles (the first
is tests/data/events_r35b*, which was not opened): it measures how far two careful human coders agree.
The file name does not start with events_ on purpose: it must not enter training. Annotated by reading
only (2026-11-29): the event coder was never run on these articles and no coder output was read. Same
format and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set);
`build()` comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1). The near-copy
check was skipped (done in the first annotation).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r34c_source.py):
- IRGC in Syria (00968, 07-26): the new IRGC deployment «منذ مطلع الشهر» (a troop movement) and the
  IRGC–regime relations are not coded; the current Zabadani battles led by IRGC officers → *Armed
  clash*, publication date (the failed storming attempts its mention); the failed regime attack on
  Busra al-Harir that killed the IRGC commander Hadi Kajbaf and his companion → *Armed clash*,
  historical, "unknown", 2 dead; the defeats at Busra al-Sham and Kafr Nasij → one *Armed clash*,
  historical, "unknown" (ambiguous: ACLED may code rebel takeovers, one per town); the rebels taking the
  Jorat al-Maa hill (Jabal al-Turkman, Latakia) «أمس» → *Non-state actor overtakes territory*
  2015-07-25 (the rockets fired at Assad's forces around the hill its mention); Assad's forces' attempt
  «قبل يومين» to advance on Beit Fares / Bin Halabiya, stopped with rockets → *Armed clash* 2015-07-24
  (counted from publication, as r34a; ambiguous by a day);
- Sinai (01749): the maximum alert and the «القبضة الحديدية» plan (security measures), the electoral
  commission meeting (domestic) and the terrorism report's weekly tallies are not coded; the Apache
  helicopters pounding Beit al-Maqdis in North Sinai («واصلت», undated) → *Air/drone strike*,
  publication date; the army killing one militant and capturing another wounded by a bullet in Sheikh
  Zuweid «فجر أمس» → one *Armed clash* 2015-07-21, 1 dead (the arrest part of it; ambiguous: the
  arrest may be coded apart); the commando campaign south of Rafah arresting 2 + 8 → *Arrests*,
  publication date (the destruction of 13 hideouts, two cars and nine motorbikes part of the campaign,
  not coded apart; ambiguous);
- Ghab / Qaryatayn (00968, 08-06): the ongoing clashes around al-Bahsa (Jisr al-Shughur countryside /
  Sahl al-Ghab) between Hezbollah with the regime and the opposition → one *Armed clash*, 21 dead (12
  regime + 9 opposition, «حتى الآن»; the «معارك الكر والفر» its mention); the regime's capture of points
  incl. Tal Hamki «يومي أمس وأمس الأول» → *Government regains territory* dated `2015-08` (two days, as
  fresh's two-day visit) and the opposition retaking them → *Non-state actor overtakes territory*,
  publication date; the warplanes' bombing of the clash areas → *Air/drone strike* (no actor named),
  the mutual shelling part of the clash; al-Qaryatayn: the raids after midnight Tuesday–Wednesday →
  *Air/drone strike* 2015-08-05 (the later «قصف مكثف للطيران الحربي» its mention), the regime shelling
  of the city's surroundings → *Shelling/artillery/missile attack* 2015-08-05, the three ISIS suicide
  car bombs (one near T4 airbase, two at regime checkpoints) → one *Suicide bomb* 2015-08-05, 18 dead
  (ambiguous: T4 is far from al-Qaryatayn, a coder may split it), the regime–ISIS clashes → *Armed
  clash* 2015-08-05, 10 dead (ISIS); ISIS's aim to take the city is not coded;
- coalition anniversary (01225, negative): the year's 5,964 sorties, the costs, the 15,000 dead, the
  arms supplied to Iraq, the Sinjar siege of 2014 and the assessments are tallies and background (as
  the «tallies over months» rule; ambiguous: a coder may code the campaign's launch, historical);
- ISIS infighting (00065): the first suicide attack by a foreign ISIS fighter on Turkmen ISIS fighters
  in Ba'aj «أول من أمس» → *Suicide bomb* 2015-07-20, 33 dead; the internal battles of the last two days
  between Chechen and Turkmen fighters in Tal Afar and Mosul → one *Armed clash*, publication date, 30
  dead (ambiguous: two towns); ISIS executing the imam of al-Mushairfa «أمس» → *Violence against
  civilians/Attack* 2015-07-21, 1 dead; ISIS detaining 15 Mosul tailors → *Arrests* 2015-07-21 (ISIS as
  de facto authority, as r34a) and executing four of them → a second *Attack*, 4 dead; the Peshmerga
  repelling the ISIS attack on Kharab Dalil (Bashiqa) the night before last → *Armed clash* 2015-07-20,
  actor ISIS (the attacker), 15 dead; the coalition raids on the Badush heights announced by the
  Zeravani «أمس» → *Air/drone strike* 2015-07-21; the raid on the convoy at Shanaf (Nimrud) that killed
  Saleh al-Tai → *Air/drone strike*, announced «أمس» 2015-07-21, 1 dead; al-Baghdadi's letter is not coded;
- Anad prisoners (00368): the Houthis moving the Anad prisoners (1,320, first to «مكان مجهول») to
  Sanaa's central prison → *Strategic developments/Other*, publication date (ambiguous: may be read as
  no event); the fall of al-Anad to «الجيش الوطني والمقاومة» → *Government regains territory*, "unknown"
  («خسارتهم لهذه القاعدة» its first mention); the completed control of Lahj province by the Resistance
  under the 4th military region → a second *Government regains territory*, publication date; the
  sweeps, the siege of the base and the exchange deal that failed before the UN plane landed (a
  cancelled agreement) are not coded;
- IRGC in Anad (00854): the IRGC experts training Houthis (a presence) is not coded; the Houthi takeover
  of Sanaa → *Non-state actor overtakes territory*, historical, "unknown" (as r33b/r34a); the
  Resistance advancing on al-Hawta and reaching Beit Ayyad → *Armed clash*, publication date (as dev's
  «تقدم»; ambiguous); the reinforcements (30 vehicles, the Resistance's to al-Harour), the mines and
  snipers, the unsettled battle in al-Madina al-Khadra (an explanation of delay) and the planned
  assault on al-Anad are not coded;
- Zabadani (00924): five Hezbollah fighters killed «أمس» → *Armed clash* 2015-07-26, 5 dead (the party's
  claim of two: the higher, the sources' number, kept); the soldiers kidnapped by ISIS over nine months
  ago → *Abduction/forced disappearance*, historical, "unknown" (ambiguous: background); the families'
  visit to Taymour Jumblatt (domestic), the resumed garbage collection and the Mufti's call are not
  coded; the garbage crisis protesters → *Peaceful protest* in Beirut, publication date (ambiguous);
- Taiz (02173): al-Anad retaken by «الثوار» → *Non-state actor overtakes territory*, "unknown" (as r34b,
  the Resistance only; «استعادتها قاعدة العند» its mention); al-Hawta's fall «أمس» → *Non-state actor
  overtakes territory* 2015-08-05; the control of all Lahj province → a third takeover, publication
  date (ambiguous: may be a mention of al-Hawta); the bloody battles «بالأمس» on the Dabab, Arbaeen and
  Jabal al-Wa'sh fronts → *Armed clash* 2015-08-05, 16 dead (the ongoing «معارك شرسة» in Taiz province
  its mention); the Houthi random shelling of residential districts → *Shelling/artillery/missile
  attack*, publication date; the coalition raids on Jabal al-Arous «أمس» → *Air/drone strike*
  2015-08-05 (the raids on the military hospital district, special-forces camp and Zayed park its
  mention: one city, one day); the airdropped weapons (ambiguous: could be *Other*), the fighters'
  arrival, the checkpoints, the siege of Jabal al-Arous and Hadi's pledge are not coded;
- Hadi's return (01427): Hadi's expected visit is hypothetical; Bahah's visit to Aden «أمس الأول» →
  *Diplomacy/Visit* 2015-08-05 (the text's day; as r32b/r33b) and his return to Riyadh → a second
  *Visit* 2015-08-05 (as r32b's departure to Abu Dhabi; ambiguous); the Resistance's victories in Taiz,
  Marib, al-Dhale and Aden (a summary), the planned siege of Sanaa and the reconstruction plan are not
  coded.

Negatives (1): snn-20150810-01225 (coalition anniversary).

Run: python tests/data/agreement_r35b_source.py   (writes agreement_r35b.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("agreement_r35b.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150726-00968"] = [
    E(
        "Battles/Armed clash",
        "معارك الزبداني",
        actor=("ضباط من الحرس الثوري الإيراني", "الحرس الثوري الإيراني", "حزب الله"),
        target=("الثوار",),
        place=("الزبداني",),
        also=("عمليات اقتحام المدينة",),
    ),
    E(
        "Battles/Armed clash",
        "فشل الهجوم",
        actor=("ضباط النظام", "النظام"),
        target=("الثوار",),
        place=("بصرى الحرير",),
        date="unknown",
        status="historical",
        fatalities=2,
        also=("بدء الهجوم على بصرى الحرير", "مقتل أعلى رتبة قيادية"),
    ),
    E(
        "Battles/Armed clash",
        "الهزيمة",
        target=("جيش النظام", "النظام"),
        place=("بصرى الشام", "كفر ناسج"),
        date="unknown",
        status="historical",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطر الثوار",
        actor=("الثوار", "فصائل المعارضة"),
        target=("قوات الأسد",),
        place=("جورة الماء", "جبل التركمان", "اللاذقية"),
        date="2015-07-25",
        also=("بسط سيطرتها على التلة", "استهدفوا قوات الأسد المنتشرة"),
    ),
    E(
        "Battles/Armed clash",
        "التقدم نحو قرى",
        actor=("قوات الأسد",),
        target=("الفرقة الثانية الساحلية", "فصائل المعارضة"),
        place=("بيت فارس", "بين حلبية"),
        date="2015-07-24",
        also=("إيقاف تقدم قوات الأسد", "استهدافهم بالصواريخ"),
    ),
]
F["snn-20150722-01749"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "دكّ معاقل",
        actor=("طائرات الأباتشي العسكرية", "الجيش المصري"),
        target=('تنظيم "بيت المقدس"', "بيت المقدس"),
        place=("شمال سيناء", "سيناء"),
    ),
    E(
        "Battles/Armed clash",
        "تصفية أحد العناصر",
        actor=("الجيش المصري",),
        target=("أحد العناصر الإرهابية", "(نور. ط)"),
        place=("الشيخ زويّد",),
        date="2015-07-21",
        fatalities=1,
        also=("والقبض على آخر",),
    ),
    E(
        "Strategic developments/Arrests",
        "اعتقال اثنين",
        actor=("قوات الصاعقة", "عناصر مكافحة الإرهاب"),
        target=("اثنين من العناصر الخطرة", "ثمانية من المشتبه بهم"),
        place=("جنوب رفح", "رفح"),
    ),
]
F["snn-20150806-00968"] = [
    E(
        "Battles/Armed clash",
        "الاشتباكات العنيفة",
        actor=("حزب الله اللبناني", "قوات النظام", "حزب الله"),
        target=("المعارضة", "فصائل مقاتلة"),
        place=("قرية البحصة", "البحصة", "سهل الغاب", "جسر الشغور", "ريف جسر الشغور"),
        fatalities=21,
        also=("معارك الكر والفر",),
    ),
    E(
        "Battles/Government regains territory",
        "سيطرت عليها",
        actor=("قوات النظام",),
        place=("تل حمكي",),
        date="2015-08",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "استعادة السيطرة",
        actor=("مقاتلي الفصائل المقاتلة والمعارضة", "الفصائل المقاتلة", "المعارضة"),
        target=("قوات النظام",),
        place=("تل حمكي",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصف مكثف للطيران الحربي",
        place=("سهل الغاب", "جسر الشغور"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "عدة غارات",
        place=("مدينة القريتين", "القريتين", "ريف حمص الشرقي"),
        date="2015-08-05",
        also=("وقصف مكثف للطيران الحربي على مناطق في محيط مدينة القريتين",),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصف عنيف من قبل قوات النظام",
        actor=("قوات النظام",),
        place=("القريتين", "مدينة القريتين"),
        date="2015-08-05",
        also=("قصف عنيف لقوات النظام",),
    ),
    E(
        "Battles/Armed clash",
        "الاشتباكات العنيفة",
        at="بالتزامن مع استمرار",
        actor=("قوات النظام",),
        target=("تنظيم داعش", "داعش"),
        place=("القريتين", "مدينة القريتين"),
        date="2015-08-05",
        fatalities=10,
        also=("واشتباكات مع عناصر تنظيم داعش",),
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "تفجيرات",
        at="حيث بدأت الاشتباكات",
        actor=("تنظيم داعش", "داعش"),
        target=("قوات النظام",),
        place=("القريتين", "مطار التيفور"),
        date="2015-08-05",
        fatalities=18,
        also=("تفجير 3 عناصر من تنظيم داعش",),
    ),
]
F["snn-20150810-01225"] = []  # coalition's first year: tallies, costs and assessments
F["snn-20150722-00065"] = [
    E(
        "Explosions/Remote violence/Suicide bomb",
        "عملية انتحارية",
        actor=("أحد مسلحي التنظيم", "داعش"),
        target=("المسلحين التركمان التلعفريين", "مسلحي التنظيم التركمان"),
        place=("قضاء بعاج", "بعاج"),
        date="2015-07-20",
        fatalities=33,
        also=("فجر أحد مسلحي (داعش) أمس نفسه",),
    ),
    E(
        "Battles/Armed clash",
        "المعارك التي اندلعت",
        actor=("مسلحين شيشانيين", "الشيشانيين", "مسلحي (داعش) الأجانب"),
        target=("مسلحين تلعفريين تركمان", "التركمان العراقيين"),
        place=("قضاء تلعفر", "تلعفر", "الموصل"),
        fatalities=30,
        also=("معارك داخلية",),
    ),
    E(
        "Violence against civilians/Attack",
        "أعدم تنظيم داعش",
        actor=("تنظيم داعش", "داعش"),
        target=("الشيخ نجم الدين الجبوري", "نجم الدين الجبوري"),
        place=("ناحية المشيرفة", "المشيرفة", "الموصل"),
        date="2015-07-21",
        fatalities=1,
    ),
    E(
        "Strategic developments/Arrests",
        "اعتقل",
        at="فيما ",
        actor=("تنظيم داعش", "داعش"),
        target=("15 خياطا موصليا", "خياطا"),
        place=("الموصل",),
        date="2015-07-21",
    ),
    E(
        "Violence against civilians/Attack",
        "أعدم التنظيم",
        actor=("التنظيم",),
        target=("أربعة منهم",),
        place=("الموصل",),
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
        also=("وقتل خلال الهجوم",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "تدمير عدة مواقع",
        actor=("طائرات التحالف الدولي", "التحالف الدولي"),
        target=("داعش", "التنظيم"),
        place=("مرتفعات بادوش", "بادوش"),
        date="2015-07-21",
        also=("دمرت طائرات التحالف الدولي", "وأسفرت الغارات", "القصف المكثف"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارة لطيران التحالف الدولي",
        actor=("طيران التحالف الدولي", "التحالف الدولي"),
        target=("رتلا", "صالح أحمد صالح الطائي", "داعش"),
        place=("قرية شنف", "شنف", "ناحية نمرود", "نمرود"),
        date="2015-07-21",
        fatalities=1,
        also=("مقتل صالح أحمد صالح الطائي",),
    ),
]
F["snn-20150806-00368"] = [
    E(
        "Strategic developments/Other",
        "نقلوا سجناء",
        actor=("المتمردين الحوثيين", "الحوثيين"),
        target=("سجناء",),
        place=("السجن المركزي في العاصمة صنعاء", "صنعاء", "قاعدة العند"),
        also=("تم نقلهم إلى السجن المركزي", "نقلت 1320 أسيرا"),
    ),
    E(
        "Battles/Government regains territory",
        "خسارتهم لهذه القاعدة",
        actor=("الجيش الوطني والمقاومة", "الجيش الوطني", "المقاومة"),
        target=("المتمردين الحوثيين", "الحوثيين"),
        place=("قاعدة العند الجوية", "قاعدة العند", "العند"),
        date="unknown",
        also=("لسقوط قاعدة العند",),
    ),
    E(
        "Battles/Government regains territory",
        "استكمال السيطرة",
        actor=("المقاومة الشعبية في عدن ولحج", "المقاومة الشعبية", "المنطقة العسكرية الرابعة"),
        place=("محافظة لحج", "لحج"),
        also=("عملية عسكرية مخطط لها",),
    ),
]
F["snn-20150801-00854"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرتهم على العاصمة صنعاء",
        actor=("الحوثيون",),
        place=("العاصمة صنعاء", "صنعاء"),
        date="unknown",
        status="historical",
    ),
    E(
        "Battles/Armed clash",
        "المقاومة تتقدم",
        actor=("المقاومة",),
        target=("الميليشيات",),
        place=("بيت عياض", "الحوطة", "المحلة"),
        also=("ووصلت إلى منطقة بيت عياض",),
    ),
]
F["snn-20150727-00924"] = [
    E(
        "Battles/Armed clash",
        "سقوط خمسة قتلى",
        actor=("حزب الله", "الحزب"),
        place=("مدينة الزبداني", "الزبداني"),
        date="2015-07-26",
        fatalities=5,
        also=("لقيا حتفهما",),
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "المختطتفين",
        actor=('"داعش"', "داعش"),
        target=("العسكريين",),
        date="unknown",
        status="historical",
    ),
    E(
        "Protests/Peaceful protest",
        "خروج متظاهرين",
        actor=("متظاهرين",),
        place=("بيروت",),
    ),
]
F["snn-20150806-02173"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "استردها الثوار",
        actor=("الثوار",),
        target=("ميليشيات الحوثي", "فلول الرئيس المخلوع"),
        place=("قاعدة العند الجوية", "قاعدة العند"),
        date="unknown",
        also=("استعادتها قاعدة العند",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سقوط عاصمتها",
        actor=("المقاومة",),
        place=("مدينة الحوطة", "الحوطة"),
        date="2015-08-05",
        also=("سيطرت المقاومة أمس على الحوطة",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "بسط الثوار سيطرتهم",
        actor=("الثوار",),
        place=("كامل محافظة لحج", "محافظة لحج", "لحج"),
    ),
    E(
        "Battles/Armed clash",
        "معارك دامية",
        target=("المتمردين",),
        place=("جبهة الضباب", "الضباب", "الأربعين", "جبل الوعش", "تعز"),
        date="2015-08-05",
        fatalities=16,
        also=("معارك شرسة مع الحوثيين",),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "حملة قصف عشوائي",
        actor=("قوات التمرد الحوثي",),
        place=("التحرير الأسفل", "الضبوعة", "المسبح", "وادي القاضي", "جبل جرة", "المدينة"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "لغارات عنيفة",
        actor=("طيران التحالف", "التحالف"),
        place=("جبل العروس", "تعز"),
        date="2015-08-05",
        also=("عدة غارات جوية",),
    ),
]
F["snn-20150807-01427"] = [
    E(
        "Diplomacy/Visit",
        "زيارة نائب الرئيس",
        actor=("نائب الرئيس خالد بحاح", "خالد بحاح"),
        place=("عدن",),
        date="2015-08-05",
        also=("عودة نائب الرئيس", "زار مدينة عدن"),
    ),
    E(
        "Diplomacy/Visit",
        "ليعود إلى مدينة الرياض",
        actor=("خالد بحاح", "نائب الرئيس اليمني خالد بحاح"),
        place=("مدينة الرياض", "الرياض"),
        date="2015-08-05",
    ),
]

if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
