"""Source of tests/data/events_r25c.jsonl: the twenty-fifth blind event round, part r25c.

10 real articles (SaudiNewsNet politics, 1,500–2,500 characters): the lines of /work/brief/DRAW_r25.tsv
(the saved output of `python tests/data/events_round25_select.py`) whose first column is `r25c`
(selection = events_round25_select.py, seed 2525, part r25c). All 10 kept, none dropped; 1 of them
reports no event (negative). Annotated by reading only (2026-11-29): the event coder was never run on
these articles and no coder output was read. Same format and guidelines as events_dev_source.py and
events_fresh_source.py (docs/events.md § Dev set); `build()` comes from events_dev_source.py
(SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three 12-word
runs with an article of another tests/data/events_*.jsonl set. Same happenings in other words: the Duma
arson (r7a, r15c, r22c, r24c, r25b …), the Turkish strikes on ISIS of 24 July and the Incirlik
agreement (r12b, r20–r24), the recapture of Anad base and of Aden (many rounds).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r24c_source.py):
- Aden airport: the Saudi airlift → *Diplomacy/Aid* (the first and second Saudi planes are mentions);
  the WFP ship «الاثنين الماضي» → *Aid* 2015-07-20; the Saudi naval commander's visit «الأربعاء» →
  *Visit* 2015-07-22; the recapture of the airport (background, «كانت … قد استعادت») → *Government
  regains territory*, date "unknown"; the coalition's campaign «في نهاية مارس» → *Air/drone strike*,
  historical, 2015-03; the Resistance's pursuit of Houthis in Aden districts → *Armed clash* (ambiguous);
  the three relief ships expected are not coded;
- Duma: the arson → *Violence against civilians/Attack*, 1 dead, no date in the text (implicit), actor
  the suspected Jewish settlers; the settlers' clash «الأربعاء الماضي» with the Israeli authorities
  removing buildings in Beit El → *Riots/Violent demonstration* 2015-07-29 (ambiguous); Netanyahu's
  hospital visit, the demolition itself and the 300 homes approval are not coded;
- Dhale: the clashes «فجر أول من أمس» → one *Armed clash* 2015-08-02, 13 dead, the commander's killing a
  mention; the Houthi executions of about nine captured Resistance fighters north of Aden →
  *Violence against civilians/Attack* (prisoners), 9 dead, undated (implicit); the other executions in
  Lahj, Shabwa and Abyan are generic; the Houthi withdrawal from north Aden is not coded (ambiguous);
  the interception of the Houthi column at Thira «مساء أمس» → *Armed clash* 2015-08-03, no actor;
- Syria: the regime's Eid air raids → one *Air/drone strike* per town (Maarat Misrin 20, Darat Izza 6,
  al-Bab 5 dead) dated 2015-07-17 (first day of Eid al-Fitr); the regime's intensified bombing of
  Zabadani → *Air/drone strike*; the regime's retreat from positions in Zabadani → *Non-state actor
  overtakes territory*, no actor (ambiguous); the fighting around the four besieged towns → one *Armed
  clash* with the four towns accepted; the two-week and Ramadan tallies are not coded;
- Zinjibar: the Resistance alone taking Zinjibar, al-Kawd, al-Sadrain camp and positions in Arhab →
  *Non-state actor overtakes territory*; Aden «الشهر الماضي» → the same type, 2015-07; the Apache and
  warships' bombardment at al-Kawd → one *Air/drone strike* (ambiguous: could add a *Shelling*); the
  Resistance commander lost in Dafus → *Armed clash*, 1 dead; Dhale, Damt, Bani Maran/Arhab and Taiz
  fighting → *Armed clash* each; the floods detonating mines and the blocked aid convoys are not coded;
- Turkey: the F-16 strikes «أمس» → *Air/drone strike* 2015-07-24; opening Incirlik to US aircraft →
  *Diplomacy/Agreement* 2015-07-24; the Erdogan–Obama call → *Phone call*; the ~300 arrests and the
  Istanbul raids → one *Arrests* 2015-07-24;
- media freedoms (negative): a report's tallies over two months, not coded;
- Anbar: Carter's visit «أمس» → *Visit* 2015-07-23; the Anbar delegation's past visit to Washington →
  *Visit*, historical, "unknown"; the security forces taking al-Hamidiya and Albu Aitha → *Government
  regains territory*; the IED in Taji (1 dead) and the blast in Amiriya (3 Sahwa/army dead) «أمس» →
  two *Remote explosive/landmine/IED* 2015-07-23; the siege of Ramadi, the regiments' arrival and
  Abadi's reception of the Salahuddin governor (domestic) are not coded;
- Yemen Reuters: the ten villages «اليوم الثلاثاء» (Lahj clashes a mention), Anad «أمس الاثنين» and
  Aden «الشهر الماضي» → *Government regains territory* (fighters together with army units); the
  blockade, the arrival of trained fighters and the envoy's ceasefire call are not coded;
- UN chlorine vote: the Kerry–Lavrov meeting in Malaysia («غداة لقاء») → *Meeting* 2015-08-05; the
  US–Russian agreement «أمس» → *Diplomacy/Agreement* 2015-08-06; Muallem's visit to Oman → *Visit* and
  his meeting with Yusuf bin Alawi → *Meeting* (undated); the planned UNSC vote, the unspecified recent
  chlorine attacks and the 240,000 toll are not coded.

Negatives (1): snn-20150809-01205 (media freedom report).

Run: python tests/data/events_r25c_source.py            (writes events_r25c.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r25c.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150722-01528"] = [
    E(
        "Diplomacy/Aid",
        "جسر جوي",
        actor=("السعودية", "مسؤول عسكري سعودي"),
        place=("عدن", "مدينة عدن", "المطار", "اليمن"),
        also=("أول طائرة تهبط", "بداية جسر جوي", "ثاني طائرة شحن عسكرية"),
    ),
    E(
        "Battles/Government regains territory",
        "استعادت السيطرة",
        actor=("القوات الموالية للرئيس اليمني", "عبد ربه منصور هادي", "هادي"),
        target=("مسلحي الحوثيين", "الحوثيين"),
        place=("المطار", "عدن", "مدينة عدن"),
        date="unknown",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات جوية",
        actor=("التحالف الذي تقوده السعودية", "التحالف"),
        target=("الحوثيين",),
        place=("اليمن", "صنعاء"),
        date="2015-03",
        status="historical",
    ),
    E(
        "Diplomacy/Visit",
        "زار",
        actor=("قائدا كبيرا في البحرية السعودية", "البحرية السعودية"),
        place=("مدينة عدن", "عدن"),
        date="2015-07-22",
    ),
    E(
        "Battles/Armed clash",
        "عمليات مطاردة",
        actor=("المقاومة الشعبية", "مجلس المقاومة الشعبية"),
        target=("المسلحين الحوثيين", "الحوثيين"),
        place=("مدينة عدن", "عدن"),
    ),
    E(
        "Diplomacy/Aid",
        "استقبل",
        at="وكان الميناء",
        actor=("برنامج الغذاء العالمي",),
        place=("الميناء", "ميناء عدن", "عدن"),
        date="2015-07-20",
    ),
]
F["snn-20150801-00878"] = [
    E(
        "Violence against civilians/Attack",
        "هجوم",
        actor=("يهود", "مستوطنون يهود", "مستوطنون"),
        target=("طفل فلسطيني", "علي سعد دوابشة", "منزله"),
        place=("قرية دوما", "دوما", "الضفة الغربية المحتلة", "الضفة الغربية"),
        fatalities=1,
        also=("بمقتل طفل", "الحادث", "وقُتل الطفل", "الهجوم على منزلين", "لهجوم بقنابل حارقة", "حادث القتل"),
    ),
    E(
        "Riots/Violent demonstration",
        "اصطدم",
        actor=("مستوطنون",),
        target=("السلطات الإسرائيلية",),
        place=("بيت إيل",),
        date="2015-07-29",
    ),
]
F["snn-20150804-00765"] = [
    E(
        "Battles/Armed clash",
        "الاشتباكات",
        actor=("المقاومة الشعبية", "المقاومة", "مقاتلي المقاومة"),
        target=("عناصر التمرد", "كتيبة النخبة الحوثية", "أبي حمزة السنحاني"),
        place=("محافظة الضالع", "الضالع", "مديرية سناح", "سناح"),
        date="2015-08-02",
        fatalities=13,
        also=("مواجهات شرسة", "مقتل قائد كتيبة النخبة"),
    ),
    E(
        "Violence against civilians/Attack",
        "إعدام",
        actor=("الميليشيات المتمردة", "المتمردون", "الميليشيات الحوثية"),
        target=("مقاتلي المقاومة الشعبية", "مقاتلين من المقاومة", "محمد حسن"),
        place=("شمال عدن", "عدن", "الضواحي الشمالية للمدينة"),
        fatalities=9,
        also=("تم إعدامهم بالرصاص",),
    ),
    E(
        "Battles/Armed clash",
        "اعتراض",
        target=("الأطقم العسكرية التابعة للمتمردين", "المتمردين", "المتمردون"),
        place=('عقبة "ثرة"', "ثرة", "المنطقة الوسطى بأبين", "أبين", "لودر"),
        date="2015-08-03",
    ),
]
F["snn-20150721-00019"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "مجزرتين",
        actor=("طيران النظام الحربي والمروحي", "طيران النظام", "النظام"),
        place=("بلدة معرة مصرين", "معرة مصرين", "إدلب"),
        date="2015-07-17",
        fatalities=20,
        also=("وسقط 20 قتيلا",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "سقط 6 قتلى",
        actor=("طيران النظام", "النظام"),
        place=("بلدة دارة عزة", "دارة عزة", "حلب"),
        date="2015-07-17",
        fatalities=6,
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "5 قتلى",
        actor=("طيران النظام", "النظام"),
        place=("مدينة الباب", "الباب", "محافظة حلب", "حلب"),
        date="2015-07-17",
        fatalities=5,
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصفه",
        actor=("طيران النظام", "النظام"),
        place=("مدينة الزبداني", "الزبداني", "ريف دمشق"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "التراجع",
        target=("قواته", "الميليشيات المتحالفة معه", "النظام"),
        place=("الزبداني", "مدينة الزبداني"),
    ),
    E(
        "Battles/Armed clash",
        "المعارك",
        place=("نبّل", "الزهراء", "الفوعة", "كفريا", "حلب", "إدلب"),
    ),
]
F["snn-20150809-01123"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرتها",
        actor=("قوات المقاومة الشعبية", "المقاومة الشعبية", "المقاومة"),
        target=("مليشيات الحوثي", "الحوثيين", "الحوثي"),
        place=("زنجبار", "محافظة أبين", "أبين"),
        date="2015-08-08",
        also=("هجوم المقاومة", "تستردها"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرتها",
        at="منذ",
        actor=("المقاومة", "قوات المقاومة الشعبية"),
        place=("عدن",),
        date="2015-07",
    ),
    E(
        "Battles/Armed clash",
        "قتال عنيف",
        actor=("المقاومة",),
        target=("مليشيات الحوثي", "القوات الموالية للرئيس المخلوع", "علي عبدالله صالح"),
        place=("محافظة الضالع", "الضالع"),
        date="2015-08-08",
        also=("انتصارات جديدة",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرة المقاومة",
        actor=("المقاومة",),
        place=("مثلث الكود", "الكود", "محافظة أبين", "أبين", "حضرموت"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصف",
        at="تشارك في",
        actor=("مقاتلات الأباتشي", "البوارج البحرية", "التحالف العربي", "التحالف"),
        target=("مواقع الانقلابيين", "الانقلابيين"),
        place=("منطقة الكود", "الكود", "محافظة أبين"),
        also=("تغطية قوية",),
    ),
    E(
        "Battles/Armed clash",
        "فقدت",
        actor=("المقاومة",),
        place=("دافوس",),
        fatalities=1,
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرت",
        at="من جهة أخرى",
        actor=("المقاومة الشعبية", "المقاومة"),
        target=("الحوثي",),
        place=("معسكر الصدرين", "قعطبة", "محافظة الضالع", "الضالع"),
    ),
    E(
        "Battles/Armed clash",
        "مواجهات",
        at="بدأت فصائل",
        actor=("فصائل أخرى",),
        place=("مدينة دمت", "دمت"),
    ),
    E(
        "Battles/Armed clash",
        "مواجهات",
        at="مدرعتين للحوثي",
        actor=("قبائل",),
        target=("الحوثي",),
        place=("منطقة بني مران", "بني مران", "مديرية أرحب", "أرحب", "صنعاء"),
        also=("دمرت", "المواجهات مستمرة", "تلك المواجهات اندلعت"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "السيطرة عليها",
        actor=("المقاومة",),
        target=("مواقع ونقاط للحوثيين", "الحوثيين"),
        place=("أرحب", "زندان", "بني مران"),
        also=("استهداف المقاومة",),
    ),
    E(
        "Battles/Armed clash",
        "المواجهات تدور",
        place=("منطقة حذران", "حذران", "بير باشا", "تعز", "مدينة تعز"),
    ),
]
F["snn-20150725-01438"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصفت",
        actor=("طائرات حربية تركية", "تركيا", "ثلاث مقاتلات إف- 16"),
        target=("تنظيم داعش", "داعش", "أهدافا لتنظيم داعش"),
        place=("سوريا",),
        date="2015-07-24",
        also=("قصفت مقرين",),
    ),
    E(
        "Diplomacy/Agreement",
        "فتحت",
        actor=("تركيا", "أنقرة"),
        target=("الأمريكيين", "واشنطن", "الأمريكية"),
        date="2015-07-24",
        also=("الاتفاق المبرم", "الاتفاق المعقود", "سمحت بانطلاق"),
    ),
    E(
        "Diplomacy/Phone call",
        "اتصال",
        actor=("أردوغان", "رجب طيب أردوغان"),
        target=("أوباما",),
    ),
    E(
        "Strategic developments/Arrests",
        "اعتقلت",
        actor=("الشرطة", "شرطة مكافحة الإرهاب"),
        target=("قرابة 300 شخص", "300 شخص", "داعش", "متشددين أكراد"),
        place=("إسطنبول", "تركيا"),
        date="2015-07-24",
        also=("العملية", "داهمت"),
    ),
]
F["snn-20150809-01205"] = []  # media-freedom report: tallies over June–July, no single happening
F["snn-20150724-01662"] = [
    E(
        "Diplomacy/Visit",
        "زيارة",
        actor=("آشتون كارتر", "وزير الدفاع الأميركي", "كارتر"),
        place=("بغداد",),
        date="2015-07-23",
        also=("وصول وزير الدفاع",),
    ),
    E(
        "Diplomacy/Visit",
        "زيارة",
        at="خلال",
        actor=("وفد يمثل محافظة الأنبار", "محافظة الأنبار"),
        place=("واشنطن",),
        date="unknown",
        status="historical",
    ),
    E(
        "Battles/Government regains territory",
        "فرضت سيطرتها",
        actor=("القوات الأمنية",),
        target=("التنظيم", "داعش"),
        place=("الحامضية", "البوعيثة", "الأنبار"),
        also=("تقدمت لتحرير",),
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "تفجير عبوات ناسفة",
        target=("شخص",),
        place=("منطقة التاجي", "التاجي", "الحي الصناعي", "بغداد"),
        date="2015-07-23",
        fatalities=1,
        also=("بانفجار عبوة",),
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "حوادث مماثلة",
        target=("ثلاثة عناصر من الصحوة والجيش", "الصحوة", "الجيش"),
        place=("منطقة العامرية", "العامرية", "بغداد"),
        date="2015-07-23",
        fatalities=3,
    ),
]
F["snn-20150806-02316"] = [
    E(
        "Battles/Government regains territory",
        "استعادوا السيطرة",
        actor=("المقاتلين المؤيدين للرئيس اليمني", "عبد ربه منصور هادي", "هادي"),
        target=("قوات الحوثيين", "الحوثيين"),
        place=("جنوب اليمن", "محافظة لحج", "لحج"),
        date="2015-08-04",
        also=("اشتباكات",),
    ),
    E(
        "Battles/Government regains territory",
        "استعادة",
        actor=("المقاتلين المؤيدين للرئيس اليمني", "المقاتلون"),
        target=("الحوثيين",),
        place=("قاعدة العند الجوية", "قاعدة العند", "العند"),
        date="2015-08-03",
        also=("استعادوا السيطرة على قاعدة العند",),
    ),
    E(
        "Battles/Government regains territory",
        "طرد",
        actor=("المقاتلون", "المقاومة الشعبية"),
        target=("الحوثيين",),
        place=("مدينة عدن الساحلية", "عدن"),
        date="2015-07",
        also=("تحرير عدن",),
    ),
]
F["snn-20150807-00377"] = [
    E(
        "Diplomacy/Agreement",
        "اتفاق أمريكي-روسي",
        actor=("جون كيري", "كيري", "وزير الخارجية الأمريكي"),
        target=("سيرغي لافروف", "لافروف"),
        date="2015-08-06",
        also=("توصلنا إلى اتفاق",),
    ),
    E(
        "Diplomacy/Meeting",
        "لقاء",
        actor=("كيري",),
        target=("لافروف",),
        place=("ماليزيا",),
        date="2015-08-05",
        also=("يلتقي",),
    ),
    E(
        "Diplomacy/Visit",
        "زيارة",
        at="فخلال أول",
        actor=("المعلم", "وليد المعلم"),
        place=("سلطنة عمان", "عمان"),
    ),
    E(
        "Diplomacy/Meeting",
        "التقى",
        actor=("المعلم", "وليد المعلم"),
        target=("يوسف بن علوي", "نظيره العماني"),
        place=("سلطنة عمان",),
        also=("بحثا",),
    ),
]

if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}")
