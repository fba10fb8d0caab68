"""Source of tests/data/events_r55b.jsonl: the fifty-fifth blind event round, part r55b.

8 real articles (SaudiNewsNet politics, 4,073–5,850 characters): the lines of /work/brief/DRAW_r55.tsv
(the saved output of `python tests/data/events_round55_select.py`) whose first column is `r55b`
(selection = events_round55_select.py, seed 5555, part r55b). All 8 kept, none dropped. Annotated by
reading only (2026-11-29): the event coder was never run on these articles and no coder output was read.
Same format and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set);
`build()` comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three or more
12-word runs with an article of another tests/data/events_*.jsonl set (checked 2026-11-29 18:11 UTC).
Same happenings in other words: the liberation of Aden (many rounds), the Asir Emergency Forces mosque
bombing (many rounds), the Route 60 ramming (an earlier round), the Gaza war of 2014 (many rounds).

Choices (the last rounds' calls followed; columns: historical asides with a date or a named happening
are coded as historical, aims, habits, statements and generic violence are not):
- ISIS vs al-Qaeda (00269, NYT): negative — officials' assessments, speeches (Comey at Aspen, Lynch on
  TV), FBI surveillance, troop numbers and ISIS's expansion are no events of the taxonomy;
- Yemen (00293): Aden's liberation → *Government regains territory*, historical, "unknown"; the army
  and Resistance's full control of al-Dhale «أمس» → *Government regains territory* 2015-08-08 (the
  Qataba/Damt/Muris sentence and the governor's «محررة» mentions), with two more for the places named
  apart: the al-Sadrain camp in Muris and the governorate building in Sanah (both 2015-08-08, ambiguous:
  the text dates them only through the paragraph's «أمس»; the seized BMP and tanks not coded); the
  Resistance's attack on the Houthi convoy in Hazm al-Udayn → *Armed clash* 2015-08-08, 6 dead (two
  leaders + four, «قياديين اثنين» read as the two named); al-Fakhir (Qataba) → *Armed clash*, 24 dead
  (about 20 Houthis + 4 Resistance; ambiguous: «ثلاثة آخرين» may be three more dead); Abyan/Zinjibar →
  one *Armed clash*, 10 dead (the attack from al-Harour a mention); the landmine on the al-Alam road →
  *Remote explosive/landmine/IED* 2015-08-08, 3 Emirati soldiers; Houthi shelling of Taiz districts →
  *Shelling*; the Arhab tribes' clash «أمس السبت» → *Armed clash*, 12 dead (the crew «جميع من كانوا
  عليه» uncounted); the 1990 unity signing (a dated aside) → *Diplomacy/Agreement*, historical, 1990.
  Not coded: the planned storming of Shaqra, the Houthi reinforcements and ambushes (habitual), the
  earlier Taiz shelling and Rasideen's 93 dead in July (aggregates), the Houthis' intent to abduct
  villagers in al-Janadiya (an aim), prisoners taken in battle;
- Taliban column (00095, Bloomberg): negative — Mullah Omar's death acknowledged, Mansour's succession,
  the peace talks and the war are background and analysis (as earlier rounds' Mullah Omar call);
- «إرهابيون» column (00082): the Asir mosque attack «يوم الخميس الماضي» → *Remote explosive/landmine/IED*
  2015-08-06, 12 dead (as earlier rounds when the text names no suicide bomber); historical: King Abdulaziz
  vs the Ikhwan → *Armed clash*, "unknown"; his talk with the Anglo-American committee in Riyadh →
  *Diplomacy/Meeting* 1946-03-09 (ambiguous); King Faisal's armed suppression of the attempt to close
  Saudi TV → *Riots/Violent demonstration*, "unknown" (ambiguous type); the Grand Mosque seizure and its
  «تطهيره» → *Non-state actor overtakes territory* and *Government regains territory*, "unknown"; the
  Mina tunnel bombings (1989) and the Riyadh bombings (1994, as the text says) → *Remote explosive*. Not
  coded: the executions and sentences, the 1931 talk with clerics (domestic), al-Qaeda's defeat (generic);
- Iran column (00627): the Vienna nuclear talks (present) → *Diplomacy/Talks*, publication date; the
  IAEA director's visit to Tehran «يوم الخميس الماضي» → *Visit* and its «تفاهم» → *Agreement*, both
  2015-07-16 (ambiguous: the column seems written in early July; the date follows the text). Not coded:
  Kerry's bicycle accident, the sanctions, the two readings (hypothetical);
- King Salman Relief Centre (00967): each aid delivery → *Diplomacy/Aid*: the four food convoys (500,000
  baskets a mention), the hot meals at al-Wadiah, the health aid in Djibouti, the three medical convoys,
  the shelters in Djibouti, the repatriation of 12,000 stranded Yemenis, the first aid plane at Aden
  airport «اول امس» (2015-07-22) and the ships that sailed for Aden; Aden's liberation → historical,
  "unknown". Not coded: the centre's founding, the shelter being built at al-Wadiah, the continuing
  convoys, warehouses and offices (ongoing/habitual);
- Israel (01063): Rivlin's proposal (an interview) not coded; the Route 60 ramming «ظهر الخميس» →
  *Battles/Armed clash* 2015-08-06 (as the earlier ramming calls; the soldiers' shooting a mention; 3
  wounded, no deaths stated); Mohammed Allan's hunger strike and the 120 Fatah prisoners' strike in Nafha
  → two *Peaceful protest*, publication date (as the earlier hunger-strike call; ambiguous); Allan's arrest
  «العام الماضي» → *Arrests*, historical, 2014; the Gaza rocket on southern Israel → *Shelling*,
  2015-08-07 (the army's Friday announcement), 0 dead; the second rocket inside the Strip (media, not
  confirmed) → *Shelling* 2015-08-07; the 16 July rocket and the Israeli air raid after it → *Shelling*
  and *Air/drone strike* 2015-07-16; the Gaza war of last summer → *Armed clash*, historical, 2014, 2273
  dead (2,200 + 73). Not coded: Hamas's welcome, the Knesset's force-feeding law, statements;
- football round-up (00135): negative.

Counts: 8 articles, 40 events, 3 negatives (Diplomacy 13, Explosions/Remote violence 9, Strategic
developments 8, Battles 7, Protests 2, Riots 1).

Run: python tests/data/events_r55b_source.py            (writes events_r55b.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r55b.jsonl")

F: dict[str, list[dict]] = {}

F["snn-20150806-00269"] = []  # NYT: US officials split on ISIS vs al-Qaeda — no event

F["snn-20150809-00293"] = [  # Yemen: al-Dhale freed, Hazm al-Udayn, al-Fakhir, Abyan, Taiz, Arhab
    E(
        "Battles/Government regains territory",
        "تحرير مدينة عدن",
        place=("عدن",),
        date="unknown",
        status="historical",
    ),
    E(
        "Battles/Government regains territory",
        "أحكم الجيش الوطني والمقاومة الشعبية سيطرتهم الكاملة",
        actor=("الجيش الوطني", "المقاومة الشعبية", "المقاومة"),
        target=("ميليشيات الحوثي", "الحوثيين", "قوات صالح"),
        place=("محافظة الضالع", "الضالع"),
        date="2015-08-08",
        also=("إحكام المقاومة سيطرتها على مديريات قعطبة ودمت ومريس", "محافظة الضالع محررة"),
    ),
    E(
        "Battles/Government regains territory",
        "الاستيلاء على معسكر الصدرين",
        actor=("المقاومة",),
        target=("الحوثيين", "قوات صالح"),
        place=("مريس",),
        date="2015-08-08",
        also=("سقوط معسكر الصدرين",),
    ),
    E(
        "Battles/Government regains territory",
        "أحكمت المقاومة سيطرتها على مبنى المحافظة",
        actor=("المقاومة", "المقاومة الشعبية"),
        target=("الحوثيين", "قوات صالح"),
        place=("سناح",),
        date="2015-08-08",
        also=("سيطرت المقاومة الشعبية على معسكر الأمن المركزي",),
    ),
    E(
        "Battles/Armed clash",
        "هجوم شنته المقاومة الشعبية",
        actor=("المقاومة الشعبية", "المقاومة"),
        target=("ميليشيات الحوثي", "الحوثي"),
        place=("حزم العدين", "إب"),
        date="2015-08-08",
        fatalities=6,
        also=("مواجهة وقعت مع عناصر المقاومة الشعبية", "المواجهات لا تزال مستمرة"),
    ),
    E(
        "Battles/Armed clash",
        "اندلعت مواجهات بين رجال المقاومة الشعبية",
        actor=("رجال المقاومة الشعبية", "المقاومة الشعبية"),
        target=("مسلحي جماعة الحوثيين", "الحوثيين", "قوات صالح"),
        place=("منطقة الفاخر", "الفاخر", "قعطبة"),
        fatalities=24,
    ),
    E(
        "Battles/Armed clash",
        "تدور اشتباكات عنيفة",
        actor=("المقاومة", "الجيش الوطني"),
        target=("ميليشيات الحوثي", "الحوثيين", "صالح"),
        place=("محافظة أبين", "أبين", "زنجبار"),
        fatalities=10,
        also=("شنا هجوما كبيراً على مواقع الحوثيين", "هاجم الجيش والمقاومة", "مواجهات زنجبار"),
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "انفجار لغم مزروع",
        target=("جنود إماراتيين", "قوات التحالف العربي"),
        place=("طريق العلم", "أبين", "زنجبار", "العلم"),
        date="2015-08-08",
        fatalities=3,
        also=("انفجار لغم على الطريق",),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصفت ميليشيات الحوثي عدة أحياء سكنية",
        actor=("ميليشيات الحوثي", "الحوثي"),
        target=("المدنيين", "أحياء سكنية"),
        place=("تعز",),
        also=("قصف بقذائف مدفعية حوثية",),
    ),
    E(
        "Battles/Armed clash",
        "اندلعت أمس السبت مواجهات",
        actor=("رجال القبائل", "الأهالي", "أهالي القرية"),
        target=("ميليشيات الحوثي", "الحوثيين", "مسلحين حوثيين"),
        place=("أرحب", "الجنادية"),
        date="2015-08-08",
        fatalities=12,
        also=("أطلقوا قذيفة على الطاقم المسلح", "فأحرق الأهالي الطاقم", "مناوشات خفيفة"),
    ),
    E(
        "Diplomacy/Agreement",
        "توقيع الوحدة اليمنية",
        place=("اليمن",),
        date="1990",
        status="historical",
    ),
]

F["snn-20150811-00095"] = []  # Bloomberg column: ISIS and the Taliban's succession — no event

F["snn-20150809-00082"] = [  # column: terrorists, not a «deviant group»
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "العملية الإرهابية التي وقعت يوم الخميس الماضي",
        target=("قوات الطوارئ السعودية", "قوات الطوارئ"),
        place=("منطقة عسير", "عسير"),
        date="2015-08-06",
        fatalities=12,
    ),
    E(
        "Battles/Armed clash",
        "المواجهة العسكرية الحاسمة",
        actor=("الملك عبد العزيز",),
        target=("إخوان السبلة",),
        date="unknown",
        status="historical",
        also=("التمرد الديني",),
    ),
    E(
        "Diplomacy/Meeting",
        "كلمة له مع لجنة التحقيق الأميركية البريطانية",
        actor=("الملك عبد العزيز",),
        target=("لجنة التحقيق الأميركية البريطانية",),
        place=("الرياض",),
        date="1946-03-09",
        status="historical",
    ),
    E(
        "Riots/Violent demonstration",
        "محاولة إغلاق التلفزيون السعودي",
        date="unknown",
        status="historical",
        also=("القضاء بقوة السلاح القاتلة",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "حادثة اقتحام الحرم المكي الشريف",
        actor=("حركة جهيمان",),
        place=("الحرم المكي الشريف", "الحرم المكي"),
        date="unknown",
        status="historical",
    ),
    E(
        "Battles/Government regains territory",
        "تطهيره من حركة جهيمان",
        target=("حركة جهيمان",),
        place=("الحرم المكي الشريف", "الحرم المكي"),
        date="unknown",
        status="historical",
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "تفجيرات نفق المعيصم",
        place=("نفق المعيصم", "مشعر منى", "منى"),
        date="1989",
        status="historical",
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "تفجيرات الرياض 1994",
        place=("الرياض",),
        date="1994",
        status="historical",
    ),
]

F["snn-20150721-00627"] = [  # column: Iran after the nuclear deal
    E(
        "Diplomacy/Talks",
        "يتم التفاوض المكثف",
        actor=("إيران",),
        target=("مجموعة الدول الست",),
        place=("فيينا",),
    ),
    E(
        "Diplomacy/Visit",
        "زيارة مدير عام الوكالة الدولية للطاقة",
        actor=("مدير عام الوكالة الدولية للطاقة",),
        place=("طهران",),
        date="2015-07-16",
    ),
    E(
        "Diplomacy/Agreement",
        "أسفرت عن تفاهم",
        actor=("مدير عام الوكالة الدولية للطاقة",),
        target=("طهران",),
        place=("طهران",),
        date="2015-07-16",
    ),
]

_KSR = ("مركز الملك سلمان", "المركز")

F["snn-20150724-00967"] = [  # al-Rabiah interview: King Salman Relief Centre aid to Yemen
    E(
        "Diplomacy/Aid",
        "قدّم أربعة قوافل مساعدات",
        actor=_KSR,
        target=("الإخوة اليمنيين", "الشعب اليمني"),
        place=("اليمن",),
        also=("تم توزيع أكثر من 500 ألف سلة غذائية",),
    ),
    E(
        "Diplomacy/Aid",
        "بتأمين اكثر من 200 الف وجبة ساخنة",
        actor=_KSR,
        place=("منفذ الوديعة الحدودي", "الوديعة"),
    ),
    E(
        "Diplomacy/Aid",
        "تم تقديم خدمات صحية في جيبوتي",
        actor=_KSR,
        target=("اليمنيين النازحين", "اليمنيين"),
        place=("جيبوتي",),
    ),
    E(
        "Diplomacy/Aid",
        "سير المركز 3 قوافل",
        actor=_KSR,
        place=("اليمن",),
    ),
    E(
        "Diplomacy/Aid",
        "قمنا بعمل مآوى في جيبوتي",
        actor=_KSR,
        target=("اللاجئين اليمنيين",),
        place=("جيبوتي",),
    ),
    E(
        "Diplomacy/Aid",
        "تم نقل اكثر من 12 الف مواطن يمني",
        actor=_KSR,
        target=("مواطن يمني", "اليمنيين"),
        place=("اليمن",),
    ),
    E(
        "Battles/Government regains territory",
        "تحرير عدن",
        place=("عدن",),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Aid",
        "هبطت اول طائرة",
        actor=_KSR,
        place=("مطار عدن", "عدن"),
        date="2015-07-22",
    ),
    E(
        "Diplomacy/Aid",
        "ابحرت عدة قوافل بحرية",
        actor=_KSR,
        place=("ميناء عدن", "عدن"),
    ),
]

F["snn-20150808-01063"] = [  # Rivlin's federation idea; Route 60 ramming; hunger strikes; Gaza rockets
    E(
        "Battles/Armed clash",
        "عملية الدهس",
        actor=("منفذ عملية الدهس", "الداهس"),
        target=("مقاتلي الجيش الاسرائيلي", "الجيش الاسرائيلي"),
        place=("طريق60", "الضفة الغربية"),
        date="2015-08-06",
        also=("اطلقت النار على منفذ عملية الدهس",),
    ),
    E(
        "Protests/Peaceful protest",
        "مضرب عن الطعام",
        actor=("محمد علان", "محاميا فلسطينيا"),
        place=("إسرائيل", "مستشفى سوركا"),
        also=("إضرابا مفتوحا عن الطعام",),
    ),
    E(
        "Strategic developments/Arrests",
        "اعتقاله العام الماضي",
        target=("محمد علان",),
        date="2014",
        status="historical",
    ),
    E(
        "Protests/Peaceful protest",
        "مستمرون في إضرابهم عن الطعام",
        actor=("أسرى حركة فتح", "120 أسيرا"),
        place=("سجن نفحة",),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "سقط صاروخ",
        place=("جنوب إسرائيل", "إسرائيل"),
        date="2015-08-07",
        fatalities=0,
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "سقوط صاروخ ثان",
        place=("القطاع الفلسطيني",),
        date="2015-08-07",
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "صاروخ أُطلق من قطاع غزة وسقط في إسرائيل",
        place=("إسرائيل",),
        date="2015-07-16",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارة",
        at="في 16 يوليو",
        actor=("طائرات حربية إسرائيلية",),
        place=("القطاع",),
        date="2015-07-16",
    ),
    E(
        "Battles/Armed clash",
        "حربا دامية",
        actor=("إسرائيل",),
        place=("قطاع غزة",),
        date="2014",
        status="historical",
        fatalities=2273,
    ),
]

F["snn-20150810-00135"] = []  # football: CAF Confederation Cup round-up — no event


if __name__ == "__main__":
    print(build(F, OUT))
