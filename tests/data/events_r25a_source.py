"""Source of tests/data/events_r25a.jsonl: the twenty-fifth blind event round, part r25a.

10 real articles (SaudiNewsNet politics, 1,600–2,500 characters): the lines of /work/brief/DRAW_r25.tsv
(the saved output of `python tests/data/events_round25_select.py`) whose first column is `r25a`
(selection = events_round25_select.py, seed 2525, part r25a). All 10 kept, none dropped; 1 of them
reports no event (negative). Annotated by reading only (2026-11-29): the event coder was never run on
these articles and no coder output was read. Same format and guidelines as events_dev_source.py and
events_fresh_source.py (docs/events.md § Dev set); `build()` comes from events_dev_source.py
(SaudiNewsNet articles by reference + sha1).

Near-copies: snn-20150731-01271 (Nusra attacks Division 30 near Azaz) shares the AFP passage of r24b
snn-20150803-00573 (20 shared word 8-grams after normalising alef, yaa and taa marbuta; the first 80
characters differ): score it separately. Same happenings in other words: the Division 30 abduction
(r20a, r24b), the liberation of Lahj/al-Anad (r24b and others), the Asir (Abha) mosque bombing (dev,
check, many rounds), Carter's Erbil visit (dev), the Iranian nuclear deal (r15b, r16a, …).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r24c_source.py):
- Division 30: the Friday attack on the HQ near Azaz and the ensuing clashes → one *Armed clash*
  2015-07-31, 11 dead (the attack first, the clashes mentions, as r24b); the abduction of the eight
  «مساء الاربعاء» → *Abduction/forced disappearance* 2015-07-29 (as r20a; r24b coded it *Arrests* —
  ambiguous); the 54 fighters crossing the border, the Azaz coordination meeting and the Pentagon's
  denial are not coded;
- Lahj/Abyan: «بعد تحرير محافظة لحج بالكامل، بما فيها قاعدة العند» → *Government regains territory*,
  date "unknown", reported; Abyan as the next target is an aim; the Houthi checkpoint man shooting a
  wounded youth → *Violence against civilians/Attack*, 1 dead, publication date; Taiz clashes →
  *Armed clash*; «قصف عشوائي على المنازل» → *Shelling/artillery/missile attack*; the arrival of Emirati
  forces at Aden airport → *Strategic developments/Other* (as dev's «وصول أرتال عسكرية»); the envoy's
  renewed call is a statement;
- Lebanon (14 March): the secretariat's weekly meeting (one body) is not coded; the Czechs' abduction
  → *Abduction*, date "unknown"; «حادثة خطف الإستونيين والأتراك» → one historical *Abduction*, date
  "unknown" (ambiguous: two older happenings named in one phrase); the FPM demonstrations expected at
  the cabinet session → *Peaceful protest*, planned (ambiguous); the protesters' clashes with the army
  «كما حصلَ المرّة الماضية» → *Riots/Violent demonstration*, historical, date "unknown" (ambiguous); the
  army's security measures and warnings are not coded;
- Abha editorial: the mosque bombing «أمس الخميس» → *Remote explosive/landmine/IED* 2015-08-06 (the text
  says «تفجير», not suicide; as dev/check), ISIS as actor (the editorial attributes it); the Qatif and
  al-Anoud (Dammam) mosque bombings → two historical *Remote explosive/landmine/IED*, date "unknown";
- Libya: the Skhirat initial agreement signed «يوم الأحد» → *Strategic developments/Agreement*
  2015-07-19 (the later signatures of delegates and municipal councils are mentions); the UN talks →
  *Diplomacy/Talks*, publication date (ambiguous: months-long, ongoing); Fajr Libya seizing Tripoli
  «في العام الماضي» → *Non-state actor overtakes territory*, historical, 2014; Gaddafi's overthrow and
  the GNC's refusal to attend are not coded;
- Peshmerga: Carter's Erbil visit «الأسبوع الماضي» → *Diplomacy/Visit* dated 2015-07 (as fresh), the
  talks a mention; the planned Mosul operation (no date, «سنتحرك عندما يكون النجاح مضمونا») and the
  planning with Baghdad/US are aims, not coded (ambiguous);
- Sinai: Apache helicopters killing 6 Beit al-Maqdis men on three motorbikes in al-Touma → *Air/drone
  strike*, 6 dead; the cabinet reshuffle debate is not an event;
- Nusra/Azaz: Nusra's consent to hand its border points to rebel brigades after a factions' meeting
  → *Strategic developments/Agreement* 2015-08-06 (the «أمس» of the report); the handover of Hawar
  Kilis to the Sultan Murad brigade → *Non-violent transfer of territory*; the pledge to vacate its
  posts and hand its Azaz HQs to al-Jabha al-Shamiya → a second *Non-violent transfer*, planned; the
  Zabadani «أبشع الجرائم … أسلحة محرمة دوليا في تدمير المدينة» → *Shelling/artillery/missile attack*
  (ambiguous: could be *Armed clash*), actors Iran/Hezbollah/regime/Jibril's group; the recent Doha
  meetings of GCC leaders with Kerry and the Riyadh–Washington–Moscow trilateral → two *Diplomacy/Meeting*,
  date "unknown"; the nuclear deal → *Diplomacy/Agreement*, date "unknown" (as r15b/r16a); the coalition
  body's own Istanbul meeting (internal) and the Iranian initiative discussions (rumoured) are not coded;
- Turkey: blocking the Islamist news sites «منذ مساء الأحد» → *Strategic developments/Other*
  2015-07-19 (as the licence revocations of the ANT sets), the further blocked sites a mention; the
  Sultanahmet police-station bombing «في يناير» → *Suicide bomb*, historical, 2015-01, 1 dead; the
  «سلسلة من الاعتقالات التي جرت مؤخرا» is a series (not coded, ambiguous), last year's YouTube/Twitter
  bans a comparison (not coded).

Negative (1): snn-20150724-01238 (Jordanian analysts on al-Maliki's call: statements only).
snn-20150811-00434 (cabinet reshuffle debate) is NOT a negative (the Sinai strike at its end), nor is
snn-20150727-00139 (Carter's Erbil visit named in the Peshmerga minister's interview).

Run: python tests/data/events_r25a_source.py            (writes events_r25a.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r25a.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150731-01271"] = [
    E(
        "Battles/Armed clash",
        "هاجمت",
        actor=("جبهة النصرة",),
        target=("الفرقة 30", "مقاتلين من فصائل مقاتلة"),
        place=("مدينة اعزاز", "اعزاز", "ريف حلب الشمالي", "شمال سوريا"),
        date="2015-07-31",
        fatalities=11,
        also=("اشتباكات", "هذا الهجوم", "تدور اشتباكات"),
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "خطف",
        actor=("الجبهة", "جبهة النصرة"),
        target=("ثمانية عناصر من الفرقة", "الفرقة 30", "نديم الحسن", "العقيد نديم الحسن"),
        place=("مدينة اعزاز", "اعزاز", "قرية المالكية", "المالكية"),
        date="2015-07-29",
        also=("وخطفت جبهة النصرة", "وخطفهم"),
    ),
]
F["snn-20150724-01238"] = []
F["snn-20150806-00238"] = [
    E(
        "Battles/Government regains territory",
        "تحرير",
        actor=("الجيش الوطني", "المقاومة الموالية للشرعية"),
        target=("المتمردين",),
        place=("محافظة لحج", "لحج", "قاعدة العند", "العند"),
        date="unknown",
    ),
    E(
        "Violence against civilians/Attack",
        "بإطلاق النار",
        actor=("أحد عناصر الميليشيات", "الميليشيات الحوثية", "نقطة للحوثيين"),
        target=("الشاب المصاب", "ابنه المصاب"),
        place=("منطقة العشش", "العشش", "العند"),
        fatalities=1,
        also=("جريمة جديدة", "وأرداه قتيلا"),
    ),
    E(
        "Battles/Armed clash",
        "المواجهات",
        actor=("القوات الموالية للشرعية", "المقاومة"),
        target=("ميليشيات المتمردين", "الحوثيون"),
        place=("تعز",),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "بقصف عشوائي",
        actor=("الحوثيون",),
        target=("المنازل والأحياء الآهلة بالسكان", "المنازل"),
        place=("تعز",),
    ),
    E(
        "Strategic developments/Other",
        "وصول قوات إماراتية",
        actor=("قوات إماراتية", "دول التحالف"),
        place=("مطار عدن الدولي", "المطار", "عدن"),
    ),
]
F["snn-20150724-01706"] = [
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "المخطوفين",
        target=("التشيكيين",),
        place=("البقاع",),
        date="unknown",
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "خطف",
        at="حادثة",
        target=("الإستونيين", "الأتراك"),
        date="unknown",
        status="historical",
    ),
    E(
        "Protests/Peaceful protest",
        "متظاهري",
        actor=('عناصر "التيار الوطني الحر"', "التيار الوطني الحر"),
        place=("محيط مجلس الوزراء", "مجلس الوزراء", "السراي الحكومي", "السراي"),
        status="planned",
        also=("التظاهرات",),
    ),
    E(
        "Riots/Violent demonstration",
        "صدامات",
        at="للمتظاهرين بافتعال",
        actor=("المتظاهرين",),
        target=("الجيش",),
        date="unknown",
        status="historical",
    ),
]
F["snn-20150807-01080"] = [
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "الحادث الإرهابي",
        actor=("داعش",),
        target=("مسجد قوات الطوارئ", "قواتنا المسلحة"),
        place=("أبها",),
        date="2015-08-06",
        also=("تفجير مسجد قوات الطوارئ في أبها", "هذا التفجير"),
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "تفجير مسجد شيعي",
        actor=("داعش",),
        target=("مسجد شيعي",),
        place=("القطيف",),
        date="unknown",
        status="historical",
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "تفجير مسجد العنود",
        actor=("داعش",),
        target=("مسجد العنود",),
        place=("الدمام", "المنطقة الشرقية"),
        date="unknown",
        status="historical",
    ),
]
F["snn-20150721-02717"] = [
    E(
        "Strategic developments/Agreement",
        "وقّع",
        actor=("بعض الجماعات الليبية المتحاربة", "الجماعات الليبية المتحاربة", "مجلس النواب"),
        place=("الصخيرات", "المغرب", "مدينة الصخيرات"),
        date="2015-07-19",
        also=("توقيع مندوبين", "ووقّع بعض النواب"),
    ),
    E(
        "Diplomacy/Talks",
        "محادثات",
        actor=("الأمم المتحدة",),
        target=("الجماعات", "للأطراف المتحاربة"),
        also=("مفاوضات استمرت شهوراً",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "وسيطر",
        actor=("تحالف مسلح", "فجر ليبيا"),
        place=("العاصمة طرابلس", "طرابلس"),
        date="2014",
        status="historical",
        also=("وطرد الحكومة المعترف بها",),
    ),
]
F["snn-20150727-00139"] = [
    E(
        "Diplomacy/Visit",
        "زيارة",
        actor=("وزير الدفاع الأميركي آشتون كارتر", "آشتون كارتر"),
        place=("أربيل",),
        date="2015-07",
        also=("المحادثات التي أجراها", "الزيارة في حد ذاتها"),
    ),
]
F["snn-20150811-00434"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قتل 6",
        actor=("القوات الجوية", "مروحيات الأباتشي"),
        target=("عناصر تنظيم بيت المقدس", "تنظيم بيت المقدس"),
        place=("قرية التومة", "التومة", "الشيخ زويد", "شمال سيناء"),
        fatalities=6,
        also=("قصفت ثلاث دراجات نارية",),
    ),
]
F["snn-20150807-01087"] = [
    E(
        "Strategic developments/Agreement",
        "موافقتها",
        actor=("جبهة النصرة",),
        target=("كتائب الثوار", "الفصائل العسكرية الكبرى"),
        place=("الحدود السورية – التركية", "حلب"),
        date="2015-08-06",
        also=("الاتفاق",),
    ),
    E(
        "Strategic developments/Non-violent transfer of territory",
        "بتسليم قرية حور كلس",
        actor=("النصرة",),
        target=("لواء السلطان مراد",),
        place=("قرية حور كلس", "حور كلس"),
    ),
    E(
        "Strategic developments/Non-violent transfer of territory",
        "وتسليم جميع مقراتها",
        actor=("النصرة",),
        target=("للجبهة الشامية", "الشامية"),
        place=("مدينة اعزاز", "اعزاز"),
        status="planned",
        also=("بإخلاء جميع مواقعها",),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "أبشع الجرائم",
        actor=("الإيرانيين", "حزب الله", "النظام السوري", "جماعة أحمد جبريل"),
        target=("مدينة الزبداني",),
        place=("مدينة الزبداني", "الزبداني"),
        also=("تدمير المدينة",),
    ),
    E(
        "Diplomacy/Meeting",
        "لقاءات الدوحة",
        actor=("جون كيري",),
        target=("زعماء دول مجلس التعاون الخليجي",),
        place=("الدوحة",),
        date="unknown",
    ),
    E(
        "Diplomacy/Meeting",
        "اللقاء الثلاثي",
        actor=("الرياض",),
        target=("واشنطن", "موسكو"),
        date="unknown",
    ),
    E(
        "Diplomacy/Agreement",
        "توقيعها للاتفاق النووي",
        actor=("إيران",),
        target=("الدول العظمى",),
        date="unknown",
    ),
]
F["snn-20150721-01761"] = [
    E(
        "Strategic developments/Other",
        "حجبت",
        actor=("تركيا",),
        target=("أكثر من ستة مواقع اخبارية إسلامية", "مواقع اخبارية إسلامية"),
        place=("تركيا",),
        date="2015-07-19",
        also=("تم حجبها", "حجب الدخول لموقع"),
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "فجرت نفسها",
        actor=("امرأة انتحارية",),
        target=("مركز للشرطة", "ضابط شرطة"),
        place=("منطقة السلطان أحمد", "السلطان أحمد", "اسطنبول"),
        date="2015-01",
        status="historical",
        fatalities=1,
    ),
]

if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
