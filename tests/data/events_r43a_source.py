"""Source of tests/data/events_r43a.jsonl: the forty-third blind event round, part r43a.

10 real articles (SaudiNewsNet politics, 2,555–3,798 characters): the lines of /work/brief/DRAW_r43.tsv
(the saved output of `python tests/data/events_round43_select.py`) whose first column is `r43a`
(selection = events_round43_select.py, seed 4343, part r43a). All 10 kept, none dropped.
Annotated by reading only (2026-11-29): the event coder was never run on these articles and no coder
output was read. Same format and guidelines as events_dev_source.py and events_fresh_source.py
(docs/events.md § Dev set); `build()` comes from events_dev_source.py (SaudiNewsNet articles by
reference + sha1).

Near-copies: none (first 80 normalised characters and shared word 8-grams, threshold 3, checked against
every tests/data/events_*.jsonl). 01729 (Obama's Iran-deal speech) shares 11 word 8-grams with r28a
snn-20150806-00469 (the preview of the same speech: Iraq war, Kennedy): same story, other text, not a
near-copy; its calls are followed. 00116 tells the Ariha crash already coded in r5a/r22b/r24b/r40a.

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r42c_source.py):
- Fallujah (00117): ISIS's executions of civilians/informants («حملة إعدامات», twice) → one *Violence
  against civilians/Attack*, undated (implicit); ISIS's hold on Fallujah «منذ أكثر من عام» → historical
  *Non-state actor overtakes territory*, "unknown"; the siege of the two cities, the families held as
  human shields (a state, no abduction happening), the displacement and the closed crossings are not coded;
- Cameron (00001): negative — a strategy speech; the planned request to extend the bombing to Syria, the
  700 Britons who travelled and the raised alert level are not events;
- Benghazi (01212): the Reuters lede (a suicide bomber kills three soldiers at a checkpoint, then fighters
  kill six reinforcements; present tense, «بات هذا من الحوادث المعتادة»: ambiguous, coded as one incident)
  → *Suicide bomb* (3) and *Armed clash* (6), undated; the special forces' July toll (25 dead) → one
  *Armed clash* dated 2015-07 (ambiguous: a month's tally); the army retaking a barracks «في العام
  الماضي» → historical *Government regains territory* 2014, Ansar al-Sharia's earlier seizure of it →
  historical *Non-state actor overtakes territory*, "unknown"; the 2012 attack on the US compound →
  historical *Violence against civilians/Attack* 2012, 1 (the ambassador); the 2011 UN arms embargo →
  historical *Diplomacy/Sanction* 2011; the loss of the capital «قبل عام» → historical *Non-state actor
  overtakes territory* 2014 (place «العاصمة»); ISIS's suicide-bombing trend, booby-trapped houses,
  Haftar's 90 % claim and the appeal to lift the embargo are not coded;
- Egyptian Museum (00194): negative — an exhibition; the pharaonic battles and treaties (Kadesh, Raphia,
  the Hyksos) are ancient history, not coded;
- column (01042): the Abha emergency-forces mosque bombing by Yusuf al-Suleiman → *Suicide bomb*, undated
  (implicit, a recent attack); his earlier detention and release → historical *Arrests*, "unknown"; the
  late-2004 confrontation that killed al-Otaibi and al-Dakhil → historical *Armed clash* 2004, 2; the
  hunt for AQ cells in Riyadh and Medina and the killing of their leaders → one historical *Armed clash*,
  "unknown" (several happenings told as one); the hadith and the calls for harshness are not coded;
- Taiz (00774): the day's fighting in five districts «أمس» → *Armed clash* 2015-08-08, 25 (the Houthi
  dead the text counts); the two ambushes in Naqil al-Ibil and al-Hijra → *Armed clash* 2015-08-08, 11
  (the 3 resistance dead in the same sentence are not added: ambiguous); the Houthi shelling of
  residential districts → *Shelling*, undated; the coalition raids «صباح أمس» → *Air/drone strike*
  2015-08-08, 14 (the sub-heading «غارات مكثفة» is its first mention); the resistance's advance in
  Aqaqa/the Political Security building → *Non-state actor overtakes territory*, undated; the list of
  past liberations (Aden … Labouza) → one historical *Government regains territory*, "unknown" (as
  r26a); the rebels' surrender (part of the raid), the planned «ضربة قاصمة» are not coded;
- Ariha/Syria (00116): the warplane crash on the Ariha market during a raid → *Air/drone strike*
  2015-08-03 (as r22b), 18 (the lower of 18 and 25, ACLED's conservative rule: ambiguous); the regime's
  shelling of Jabal al-Akrad (Salma, Kabani, Kum, Kitf al-Ghadr, Ghmam) → one *Shelling* 2015-08-03
  («بالتزامن»); the opposition's shelling of Qardaha «(أمس)» → *Shelling* 2015-08-03; the Latakia
  battles → one *Armed clash* 2015-08-03; the Idlib raids on Binnish, Ta'um, Sarmin, Taftanaz → *Air/drone
  strike*, and around Abu al-Duhur airport → a second (different area), undated; the Tal Hamki clash → *Armed
  clash*, 2; Nusra's execution of a lawyer in Khan Shaykhun → *Violence against civilians/Attack*, 1; the
  Handarat/Bashkoy clashes «منتصف ليل أمس (الأول)» → *Armed clash* 2015-08-02, the Khalidiya clashes
  (other actors) → a second, 2015-08-02; regime machine-gun fire on Ma'arrat al-Artiq → *Armed clash*
  (ambiguous); the Sahl al-Ghab/Jisr al-Shughur fighting → one *Armed clash* (its shelling and air raids
  part of it, not coded apart);
- Obama (01729): as r28a, the Iran nuclear deal → historical *Diplomacy/Agreement*, "unknown"; the Iraq
  war → historical *Armed clash*, "unknown"; Kennedy's assassination → historical *Violence against
  civilians/Attack*, 1, "unknown"; the speech, the expected Congress vote and the sanctions are not coded;
- truce (00741): the third humanitarian truce → *Strategic developments/Agreement* (as r32a/r41b),
  undated; the envoy's meeting with Hadi → historical *Diplomacy/Meeting*, "unknown"; the shells from
  Yemen on the al-Misyal border post → *Shelling*, 3, undated, and the destruction of the attackers →
  *Armed clash* (ambiguous); the coalition's four relief planes → *Diplomacy/Aid*; the first truce «في
  11 مايو» → historical *Strategic developments/Agreement* 2015-05-11; the Houthi violations (vague) and
  the UN's sending nothing are not coded;
- PKK (00702): the Bozanti police-HQ attack «صباح الجمعة» → *Armed clash* 2015-07-31, 2 (police
  target, as r38a/r40a; the lead «واصل … هجماته» its first mention); the Turkish air raids on northern
  Iraq «بعد ظهر الجمعة» → *Air/drone strike* 2015-07-31 («عشرات الغارات» its mention); the Suruc suicide
  bombing → historical *Suicide bomb*, 32, "unknown"; Erdogan's visit to Indonesia → *Diplomacy/Visit*
  2015-07-31; the prosecutions of Demirtas and Yuksekdag, the HDP complaint and the coalition talks
  between Turkish parties are not coded.

Run: python tests/data/events_r43a_source.py            (writes events_r43a.jsonl)
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

HERE = Path(__file__).parent
OUT = HERE / "events_r43a.jsonl"

F: dict[str, list[dict]] = {}
F["snn-20150726-00117"] = [
    E(
        "Violence against civilians/Attack",
        "حملة إعدامات",
        actor=("التنظيم الإرهابي", "تنظيم داعش", "داعش"),
        target=("المواطنين", "المدنيين", "منتسبي الأجهزة الأمنية"),
        place=("الفلوجة", "مدينة الفلوجة"),
        also=("حملة إعدامات جماعية",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرة (داعش) على المدينة",
        actor=("داعش", "تنظيم داعش"),
        place=("الفلوجة", "مدينة الفلوجة"),
        date="unknown",
        status="historical",
        also=("يسيطر عليها منذ أكثر من عام",),
    ),
]
F["snn-20150721-00001"] = []  # Cameron's counter-extremism strategy speech
F["snn-20150807-01212"] = [
    E(
        "Explosions/Remote violence/Suicide bomb",
        "يقتل انتحاري",
        actor=("انتحاري",),
        target=("ثلاثة جنود ليبيين", "جنود ليبيين"),
        place=("مدينة بنغازي", "بنغازي"),
        fatalities=3,
    ),
    E(
        "Battles/Armed clash",
        "يفتح مقاتلون إسلاميون النار",
        actor=("مقاتلون إسلاميون",),
        target=("الجيش", "تعزيزات من الجند"),
        place=("مدينة بنغازي", "بنغازي"),
        fatalities=6,
        also=("فيقتلون ستة آخرين",),
    ),
    E(
        "Battles/Armed clash",
        "قتلوا",
        at="إن 25 جنديا",
        actor=("القوات الخاصة",),
        target=("الإرهابيين", "الإرهاب"),
        place=("مدينة بنغازي", "بنغازي"),
        date="2015-07",
        fatalities=25,
        also=("معاركها مع الإرهاب",),
    ),
    E(
        "Battles/Government regains territory",
        "استعادت القوات الحكومية السيطرة",
        actor=("القوات الحكومية",),
        target=("جماعة أنصار الشريعة", "أنصار الشريعة"),
        place=("ثكنة عسكرية", "بنغازي"),
        date="2014",
        status="historical",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "انتزعتها",
        actor=("جماعة أنصار الشريعة", "أنصار الشريعة"),
        place=("ثكنة عسكرية", "بنغازي"),
        date="unknown",
        status="historical",
    ),
    E(
        "Violence against civilians/Attack",
        "بالهجوم على مجمعها الدبلوماسي",
        actor=("جماعة أنصار الشريعة", "أنصار الشريعة"),
        target=("مجمعها الدبلوماسي", "السفير الأمريكي"),
        place=("بنغازي",),
        date="2012",
        status="historical",
        fatalities=1,
        also=("مقتل السفير الأمريكي",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "فقدت العاصمة",
        actor=("إدارة منافسة",),
        target=("الحكومة المعترف بها دوليا",),
        place=("العاصمة",),
        date="2014",
        status="historical",
    ),
    E(
        "Diplomacy/Sanction",
        "حظر على السلاح",
        actor=("مجلس الأمن الدولي",),
        target=("الجيش الليبي", "ليبيا"),
        date="2011",
        status="historical",
        also=("قرار حظر تسليح الجيش الليبي",),
    ),
]
F["snn-20150804-00194"] = []  # Egyptian Museum exhibition; pharaonic battles are ancient history
F["snn-20150810-01042"] = [
    E(
        "Strategic developments/Arrests",
        "أوقف في الاحتجاز",
        target=("الإرهابي يوسف السليمان", "يوسف السليمان"),
        date="unknown",
        status="historical",
        also=("أطلق سراحه",),
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "جريمة مسجد طوارئ أبها",
        actor=("الإرهابي يوسف السليمان", "يوسف السليمان"),
        target=("مسجد طوارئ أبها", "مسجد قوات الطوارئ"),
        place=("أبها", "مسجد طوارئ أبها", "مسجد قوات الطوارئ بأبها"),
        also=("حادثة التفجير في مسجد قوات الطوارئ بأبها",),
    ),
    E(
        "Battles/Armed clash",
        "المواجهة الأمنية الحازمة",
        target=("رموز القاعدة", "القاعدة", "سلطان العتيبي", "بندر الدخيل"),
        date="2004",
        status="historical",
        fatalities=2,
    ),
    E(
        "Battles/Armed clash",
        "بمطاردة خلايا القاعدة",
        target=("خلايا القاعدة", "القاعدة", "عبدالعزيز المقرن", "صالح العوفي"),
        place=("الرياض", "المدينة"),
        date="unknown",
        status="historical",
        also=("والقضاء على زعمائها",),
    ),
]
F["snn-20150809-00774"] = [
    E(
        "Battles/Armed clash",
        "هجماتها",
        actor=("قوات المقاومة الشعبية", "المقاومة الشعبية"),
        target=("المتمردين الحوثيين", "الحوثيين", "فلول الرئيس المخلوع علي عبدالله صالح"),
        place=("تعز", "الضباب", "جبل صبر", "شارع الأربعين", "حوض الإشراف", "الجمهوري"),
        date="2015-08-08",
        fatalities=25,
        also=("معارك عنيفة",),
    ),
    E(
        "Battles/Armed clash",
        "كمينين محكمين",
        actor=("الثوار",),
        target=("الحوثيين", "للانقلابيين الحوثيين"),
        place=("نقيل الإبل", "الهجرة"),
        date="2015-08-08",
        fatalities=11,
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "حملة قصف عشوائي",
        actor=("فلول التمرد",),
        target=("الأحياء السكنية", "ثلاثة مدنيين"),
        place=("كلابة", "الموشكي", "الروضة", "التحرير", "الشماسي"),
        also=("استهدف القصف",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات مكثفة",
        actor=("طائرات التحالف العربي", "التحالف العربي", "التحالف"),
        target=("مواقع التمرد", "المتمردين"),
        place=("مدينة تعز", "تعز"),
        date="2015-08-08",
        fatalities=14,
        also=("شنت غارات مكثفة", "نتيجة الغارات"),
    ),
    E(
        "Battles/Government regains territory",
        "تحرير عدن",
        place=("عدن", "الحوطة", "لودر", "زنجبار", "قاعدة العند", "معسكر لبوزة"),
        date="unknown",
        status="historical",
        also=("تحرير العند",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "تقدموا في منطقة عقاقة",
        actor=("الثوار",),
        place=("منطقة عقاقة", "عقاقة", "مبنى الأمن السياسي", "شارع الأربعين", "وادي جديد"),
        also=("أكملوا سيطرتهم",),
    ),
]
F["snn-20150804-00116"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "سقطت",
        actor=("طائرة حربية تابعة للنظام السوري", "طائرة حربية"),
        target=("المدنيين",),
        place=("مدينة أريحا", "أريحا", "سوق للخضار"),
        date="2015-08-03",
        fatalities=18,
        also=("سقوط الطائرة", "تنفّذ غارة على المدينة"),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصفت أماكن",
        actor=("قوات النظام",),
        place=("سلمى", "كباني", "جبل الأكراد", "ريف اللاذقية", "الكوم", "كتف الغدر", "غمام"),
        date="2015-08-03",
        also=("لقصف من قبل قوات النظام",),
    ),
    E(
        "Battles/Armed clash",
        "معارك عنيفة",
        actor=("المجاهدين", "جبهة النصرة"),
        place=("محافظة اللاذقية", "اللاذقية"),
        date="2015-08-03",
        also=("المعارك الآن شرسة",),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصفت مدينة القرداحة",
        actor=("قوات المعارضة السورية", "لواء النصر", "الفرقة الأولى الساحلية"),
        target=("مدينة القرداحة",),
        place=("مدينة القرداحة", "القرداحة"),
        date="2015-08-03",
        also=("قصف (أمس) مدينة القرداحة", "قصف القرداحة"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات عدة",
        actor=("الطيران الحربي",),
        place=("مدينة بنش", "بنش", "طعوم", "سرمين", "تفتناز", "ريف إدلب"),
    ),
    E(
        "Battles/Armed clash",
        "اشتباكات مع قوات النظام",
        actor=("فيلق الشام",),
        target=("قوات النظام",),
        place=("تل حمكي", "ريف جسر الشغور"),
        fatalities=2,
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصف الطيران الحربي",
        actor=("الطيران الحربي",),
        place=("مطار أبو الظهور العسكري", "أبو الظهور"),
    ),
    E(
        "Violence against civilians/Attack",
        "إعدام محامٍ",
        actor=("جبهة النصرة",),
        target=("محامٍ",),
        place=("مدينة خان شيخون", "خان شيخون"),
        fatalities=1,
        also=("وقتله",),
    ),
    E(
        "Battles/Armed clash",
        "اشتباكات عنيفة دارت منتصف ليل أمس",
        actor=("جبهة النصرة", "جبهة أنصار الدين"),
        target=("قوات النظام",),
        place=("حندرات", "باشكوي", "ريف حلب"),
        date="2015-08-02",
    ),
    E(
        "Battles/Armed clash",
        "دارت اشتباكات على أطراف حي الخالدية",
        actor=("قوات النظام", "قوات الدفاع الوطني"),
        target=("غرفة عمليات فتح حلب",),
        place=("حي الخالدية", "الخالدية", "حلب"),
        date="2015-08-02",
    ),
    E(
        "Battles/Armed clash",
        "فتحت القوات النظامية نيران رشاشاتها",
        actor=("القوات النظامية",),
        place=("معارة الارتيق", "ريف حلب"),
    ),
    E(
        "Battles/Armed clash",
        "لاشتباكات عنيفة",
        actor=("«حزب الله» اللبناني", "حزب الله", "قوات النظام"),
        target=("الفصائل الإسلامية المعارضة",),
        place=("سهل الغاب", "ريف حماه", "ريف جسر الشغور"),
        also=("قصف مكثف بالقذائف",),
    ),
]
F["snn-20150806-01729"] = [
    E(
        "Diplomacy/Agreement",
        "الاتفاق مع ايران",
        actor=("الولايات المتحدة", "اوباما"),
        target=("ايران", "طهران"),
        date="unknown",
        status="historical",
        also=("الاتفاق النووي مع ايران",),
    ),
    E(
        "Battles/Armed clash",
        "الحرب في العراق",
        actor=("الولايات المتحدة",),
        place=("العراق",),
        date="unknown",
        status="historical",
        also=("غزو العراق", "حرب عبثية"),
    ),
    E(
        "Violence against civilians/Attack",
        "اغتياله",
        target=("الرئيس الراحل جون كينيدي", "جون كينيدي", "كينيدي"),
        date="unknown",
        status="historical",
        fatalities=1,
    ),
]
F["snn-20150801-00741"] = [
    E(
        "Strategic developments/Agreement",
        "الهدنة الإنسانية الثالثة",
        actor=("قوات التحالف", "التحالف", "الرئيس اليمني عبدربه منصور هادي"),
        place=("اليمن",),
        also=("الهدنة الإنسانية التي انتهت",),
    ),
    E(
        "Diplomacy/Meeting",
        "لقائه",
        actor=("المبعوث الخاص بالأزمة اليمنية إسماعيل ولد الشيخ", "إسماعيل ولد الشيخ"),
        target=("الرئيس اليمني عبدربه منصور هادي", "عبدربه منصور هادي"),
        date="unknown",
        status="historical",
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "استشهاد ثلاثة",
        target=("عناصر حرس الحدود", "حرس الحدود"),
        place=("مركز المسيال", "قطاع ظهران الجنوب", "ظهران الجنوب"),
        fatalities=3,
        also=("قذائف كثيفة",),
    ),
    E(
        "Battles/Armed clash",
        "تدمير العناصر المعتدية",
        target=("العناصر المعتدية",),
        place=("مركز المسيال", "قطاع ظهران الجنوب", "ظهران الجنوب"),
    ),
    E(
        "Diplomacy/Aid",
        "أرسلت لوحدها أربع طائرات إغاثية",
        actor=("قوات التحالف بقيادة السعودية", "قوات التحالف", "السعودية"),
        target=("اليمن",),
    ),
    E(
        "Strategic developments/Agreement",
        "الهدنة الإنسانية الأولى",
        place=("اليمن",),
        date="2015-05-11",
        status="historical",
    ),
]
F["snn-20150802-00702"] = [
    E(
        "Battles/Armed clash",
        "هجماته",
        actor=("حزب العمال الكردستاني",),
        target=("قوات الامن التركية", "مقرا للشرطة", "شرطيان"),
        place=("مدينة بوزانتي", "بوزانتي", "منطقة اضنة", "اضنة"),
        date="2015-07-31",
        fatalities=2,
        also=("هجوم استهدف مقرا للشرطة", "هجوم الجمعة"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصف بقوة مواقع",
        actor=("الطيران العسكري التركي", "الجيش التركي"),
        target=("مواقع لحزب العمال الكردستاني", "حزب العمال الكردستاني"),
        place=("شمال العراق", "العراق"),
        date="2015-07-31",
        also=("عشرات الغارات",),
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "الاعتداء الانتحاري",
        target=("الناشطين الاكراد", "32 شابا"),
        place=("سوروتش",),
        date="unknown",
        status="historical",
        fatalities=32,
    ),
    E(
        "Diplomacy/Visit",
        "زيارة له الى اندونيسيا",
        actor=("اردوغان",),
        place=("اندونيسيا",),
        date="2015-07-31",
    ),
]

if __name__ == "__main__":
    print(build(F, OUT))
