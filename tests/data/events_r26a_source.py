"""Source of tests/data/events_r26a.jsonl: the twenty-sixth blind event round, part r26a.

10 real articles (SaudiNewsNet politics, 1,560–2,440 characters): the lines of /work/brief/DRAW_r26.tsv
(the saved output of `python tests/data/events_round26_select.py`) whose first column is `r26a`
(selection = events_round26_select.py, seed 2626, part r26a). All 10 kept, none dropped; 0 of them
report no event (no negatives). Annotated by reading only (2026-11-29): the event coder was never run on
these articles and no coder output was read. Same format and guidelines as events_dev_source.py and
events_fresh_source.py (docs/events.md § Dev set); `build()` comes from events_dev_source.py
(SaudiNewsNet articles by reference + sha1).

Near-copies: none found (first 80 normalised characters and shared word 8-grams checked against every
tests/data/events_*.jsonl). Same happenings in other words: the liberation of Aden (many rounds), the
Suruc bombing (many rounds), Lavrov's Doha trip (fresh), Bahah's return to Aden (r15a).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r24c_source.py):
- Aden's liberation named as background → *Government regains territory*, date "unknown", one per
  article (as r15b/r24a), the Popular Resistance as actor where the text credits it; in the Houthi-offer
  article the list of recovered towns (Aden, al-Hawta, Lodar, al-Dhale, Zinjibar, al-Anad, Labouza) is one
  such event with all towns accepted as place (ambiguous: could be seven);
- the coalition's «الضربات الموجعة … خلال الفترة الماضية» is a campaign without time or place: not coded
  (ambiguous); the Houthis' seizure of Sanaa on 21 September 2014 → *Non-state actor overtakes territory*,
  historical; the Peace and Partnership Agreement (September 2014) → *Strategic developments/Agreement*,
  historical; the leaked meeting of the UN envoy with Houthi officials → *Diplomacy/Meeting*, no date given
  (publication date); al-Bukhaiti's statements and the truce breaches (habitual) are not coded;
- Azaz: the coalition raids «امس الجمعة» → *Air/drone strike* 2015-07-31; al-Nusra's dawn attack on
  Division 30 (5 dead «أثناء تصديهم») → *Armed clash* 2015-07-31; the abduction of the Division's leader
  «هذا الأسبوع» → *Violence against civilians/Abduction/forced disappearance*, dated 2015-07 (ambiguous:
  the victims are fighters, and the Pentagon denies a capture); Nusra's defeat of the Syria Revolutionaries
  Front (2014) and its clash with Hazm (2015) → two historical *Armed clash*; the US–Turkish plan for air
  cover is an aim;
- the Lebanese army chief's order of the day: the soldiers held since August 2014 by al-Nusra and ISIS →
  *Abduction/forced disappearance*, historical, 2014-08, no place (the text gives none); the two Israeli
  spy drones that fell over Saghbine and Tripoli port are not coded (ambiguous); ambassador Hill meeting
  PM Salam → *Meeting*, publication date;
- Lavrov–Mashal: the meeting «اليوم الاثنين» (2015-08-03, place Doha, ambiguous — implied), Mashal's 2010
  and 2006 Moscow visits (historical), the accepted invitation (planned, date unknown), the Gaza war of
  summer 2014 (*Armed clash*, historical), the arson that killed a Palestinian baby three days earlier
  (*Violence against civilians/Attack*, 2015-07-31, 1 dead, place the West Bank «الضفة», ambiguous), Kerry's
  visit to Qatar, the planned Lavrov–Kerry meeting and the Iran nuclear deal (*Diplomacy/Agreement*,
  historical, 2015-07); the talks with the GCC are the visit's purpose, not a separate event;
- the Saudi ambassador in Cairo: his talk with Egyptian editors is a press meeting, not coded (as r24a);
  the King's meeting with Shoukry → *Meeting*, historical, date unknown; «استعادة عدن» → Aden's
  liberation; Decisive Storm's decision, the aid pledge and the truce breaches are not coded;
- HRW report on Palestinian children: the children's arrests of 2014 in East Jerusalem and the West Bank
  → one *Arrests* (historical, 2014); Rashid's arrest in Jerusalem in November → *Arrests* 2014-11; Malak
  al-Khatib's violent arrest → *Arrests*, date unknown (the beating is part of it; ambiguous: could also
  be *Attack*); the Jerusalem riots, the wave of arrests and the car attacks → *Riots/Violent
  demonstration*, *Arrests* and *Violence against civilians/Attack*, historical, 2014; the Gaza war →
  *Armed clash*, historical, 2014; Carter's visit to Israel → *Diplomacy/Visit*, publication date;
- Marib: the four-month battles between the tribes and the Houthis, «حتى اليوم» → one *Armed clash*,
  publication date, 170 dead («أكثر من 170», cumulative); the Houthi «هزيمتهم في عدن» → Aden's
  liberation; the tank movement and the appeals for air strikes are not coded;
- Turkey «أمس» (2015-08-10): the Silopi roadside bomb (4 dead, PKK accused; the aggregate first
  sentence «4 هجمات» is a mention of it) → *Remote explosive/landmine/IED*; the gunfire on the army
  helicopter at Beytüşşebap (1 dead) → *Armed clash*, no actor; the Sultanbeyli car bomb on a police
  station → *Suicide bomb*, 1 dead (the bomber); the shooting at the US consulate in Sariyer → *Armed
  clash* (exchange of fire with police), no fatalities given; the arrest of one woman → *Arrests*; the
  Silopi clashes «منذ الأسبوع الماضي» → *Armed clash*, publication date (ambiguous); the Suruc bombing
  named in a quote → *Suicide bomb*, date unknown; the F-16s' arrival at Incirlik (a deployment), the
  manhunt, and Turkey's war on terror (strikes, arrests «منذ … الشهر الماضي», a campaign) are not coded.

Run: python tests/data/events_r26a_source.py            (writes events_r26a.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r26a.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150811-00951"] = [
    E(
        "Battles/Government regains territory",
        "استردادها",
        actor=("عناصر المقاومة الشعبية", "المقاومة الشعبية"),
        target=("الانقلابيين",),
        place=("عدن", "الحوطة", "لودر", "الضالع", "زنجبار", "قاعدة العند الجوية", "معسكر لبوزة"),
        date="unknown",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "اجتياحهم",
        actor=("الإرهابيين الحوثيين", "الحوثيين"),
        place=("العاصمة صنعاء", "صنعاء"),
        date="2014-09-21",
        status="historical",
    ),
    E(
        "Strategic developments/Agreement",
        "اتفاق السلم والشراكة",
        date="2014-09",
        status="historical",
    ),
    E(
        "Diplomacy/Meeting",
        "لقاء جمع",
        actor=("المبعوث الدولي",),
        target=("مسؤولين في الحركة المتمردة", "الحركة المتمردة"),
    ),
]
F["snn-20150801-00325"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصفت",
        actor=("تحالف تقوده الولايات المتحدة", "طائرات حربية"),
        target=("جبهة النصرة", "النصرة"),
        place=("بلدة اعزاز", "اعزاز", "حلب", "شمال سوريا"),
        date="2015-07-31",
        also=("الغارات الجوية قصفت",),
    ),
    E(
        "Battles/Armed clash",
        "هجوم شنته الجبهة",
        actor=("الجبهة", "جبهة النصرة", "النصرة", "مقاتلي النصرة"),
        target=("مقاتلين مدعومين من الغرب", "الفرقة 30"),
        place=("بلدة اعزاز", "اعزاز", "حلب"),
        date="2015-07-31",
        fatalities=5,
        also=("هاجموا مقرها", "وقتل خمسة"),
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "بخطف",
        actor=("جبهة النصرة",),
        target=("زعيمها", "الجماعة", "الفرقة 30"),
        date="2015-07",
    ),
    E(
        "Battles/Armed clash",
        "ألحقت الهزيمة",
        actor=("جبهة النصرة", "النصرة"),
        target=("جبهة ثوار سوريا",),
        date="2014",
        status="historical",
    ),
    E(
        "Battles/Armed clash",
        "اشتبكت",
        actor=("حركة حزم",),
        target=("جبهة النصرة",),
        place=("شمال غرب سوريا",),
        date="2015",
        status="historical",
    ),
]
F["snn-20150802-00749"] = [
    E(
        "Diplomacy/Visit",
        "وصل",
        actor=("نائب الرئيس اليمني رئيس الوزراء خالد بحاح", "خالد بحاح", "بحاح"),
        place=("مطار عدن", "عدن"),
        date="2015-08-01",
        also=("عودتي إلى عدن",),
    ),
    E(
        "Battles/Government regains territory",
        "تحريرها",
        at="بعد تحريرها",
        actor=("عناصر المقاومة الشعبية", "المقاومة الشعبية"),
        place=("المدينة", "عدن"),
        date="unknown",
        also=("سيطرة المقاومة الشعبية",),
    ),
    E(
        "Diplomacy/Visit",
        "عاد قبل أسبوعين",
        actor=("وفد وزاري", "وزيرا النقل بدر باسلمة", "بدر باسلمة", "عبده الحذيفي"),
        place=("المدينة", "مطار عدن", "عدن"),
        date="2015-07-16",
        status="historical",
        also=("وصل وزيرا النقل",),
    ),
]
F["snn-20150801-00128"] = [
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "المختطفين",
        actor=("جبهة النصرة", "داعش"),
        target=("العسكريين",),
        date="2014-08",
        status="historical",
    ),
    E(
        "Diplomacy/Meeting",
        "لقائه",
        actor=("هيل", "ديفيد هيل", "السفير الأميركي في بيروت ديفيد هيل"),
        target=("رئيس الحكومة تمام سلام", "تمام سلام"),
    ),
]
F["snn-20150803-01055"] = [
    E(
        "Diplomacy/Meeting",
        "اجتمع",
        actor=("سيرجي لافروف", "لافروف"),
        target=("خالد مشعل", "مشعل"),
        place=("الدوحة",),
        date="2015-08-03",
        also=("بحث ايضا مع لافروف",),
    ),
    E(
        "Diplomacy/Visit",
        "لزيارة موسكو",
        actor=("خالد مشعل", "مشعل", "قيادة الحركة"),
        place=("موسكو",),
        date="unknown",
        status="planned",
        also=("لزيارة موسكو وقبلت",),
    ),
    E(
        "Diplomacy/Visit",
        "آخر زيارة",
        actor=("مشعل",),
        place=("موسكو",),
        date="2010",
        status="historical",
    ),
    E(
        "Diplomacy/Visit",
        "أول زيارة رسمية",
        actor=("مشعل",),
        place=("موسكو", "العاصمة الروسية"),
        date="2006",
        status="historical",
    ),
    E(
        "Battles/Armed clash",
        "الحرب التي خاضتها",
        actor=("الحركة", "حماس"),
        target=("إسرائيل",),
        place=("قطاع غزة",),
        date="2014",
        status="historical",
    ),
    E(
        "Violence against civilians/Attack",
        "حريق عمدي",
        actor=("متطرفون يهود",),
        target=("رضيع فلسطيني",),
        place=("الضفة",),
        date="2015-07-31",
        fatalities=1,
    ),
    E(
        "Diplomacy/Visit",
        "يزور قطر",
        actor=("جون كيري", "كيري"),
        place=("قطر", "الدوحة"),
    ),
    E(
        "Diplomacy/Meeting",
        "يجتمع لافروف",
        actor=("لافروف",),
        target=("جون كيري", "كيري"),
        place=("الدوحة",),
        status="planned",
        also=("اجتماع كيري مع لافروف",),
    ),
    E(
        "Diplomacy/Agreement",
        "الاتفاق النووي",
        actor=("القوى الغربية",),
        target=("ايران",),
        date="2015-07",
        status="historical",
    ),
]
F["snn-20150803-00146"] = [
    E(
        "Diplomacy/Meeting",
        "استقباله",
        actor=("الشيخ عبد الله بن زايد", "عبد الله بن زايد", "وزير الخارجية الإماراتي"),
        target=("إسماعيل ولد الشيخ أحمد", "ولد الشيخ"),
        place=("العاصمة أبوظبي", "أبوظبي"),
        date="2015-08-01",
        also=("لقاء الشيخ عبد الله بن زايد",),
    ),
    E(
        "Battles/Government regains territory",
        "انتصار عدن",
        place=("عدن",),
        date="unknown",
        also=("تحرير عدن",),
    ),
]
F["snn-20150806-02777"] = [
    E(
        "Diplomacy/Meeting",
        "اللقاء",
        actor=("خادم الحرمين الشريفين",),
        target=("وزير الخارجية المصري سامح شكري", "سامح شكري"),
        date="unknown",
        status="historical",
    ),
    E(
        "Battles/Government regains territory",
        "استعادة عدن",
        place=("عدن",),
        date="unknown",
    ),
]
F["snn-20150721-00028"] = [
    E(
        "Strategic developments/Arrests",
        "لاعتقال",
        actor=("اسرائيل", "السلطات الاسرائيلية", "قوات الامن الاسرائيلية"),
        target=("اطفال فلسطينيين",),
        place=("القدس الشرقية", "الضفة الغربية"),
        date="2014",
        status="historical",
        also=("احتجزوا العام الماضي",),
    ),
    E(
        "Diplomacy/Visit",
        "يزور",
        actor=("وزير الدفاع الاميركي اشتون كارتر", "اشتون كارتر"),
        place=("اسرائيل",),
    ),
    E(
        "Strategic developments/Arrests",
        "اعتقل",
        at="راشد",
        actor=("قوة شرطة حرس الحدود الإسرائيلية", "حرس الحدود"),
        target=("راشد س.", "راشد"),
        place=("القدس",),
        date="2014-11",
        status="historical",
    ),
    E(
        "Battles/Armed clash",
        "الحرب الاسرائيلية",
        actor=("اسرائيل",),
        place=("قطاع غزة",),
        date="2014",
        status="historical",
    ),
    E(
        "Riots/Violent demonstration",
        "اعمال شغب",
        place=("القدس", "القدس الشرقية"),
        date="2014",
        status="historical",
        also=("اضطرابات",),
    ),
    E(
        "Strategic developments/Arrests",
        "سلسلة اعتقالات",
        place=("القدس",),
        date="2014",
        status="historical",
    ),
    E(
        "Violence against civilians/Attack",
        "هجمات بالسيارات",
        place=("القدس",),
        date="2014",
        status="historical",
    ),
    E(
        "Strategic developments/Arrests",
        "اعتقال الطفلة",
        actor=("اربعة جنود",),
        target=("ملك الخطيب", "الطفلة ملك الخطيب"),
        place=("الضفة الغربية",),
        date="unknown",
        status="historical",
        also=("ضربوها",),
    ),
]
F["snn-20150803-00145"] = [
    E(
        "Battles/Armed clash",
        "المعارك والمواجهات",
        actor=("قبائل مأرب",),
        target=("الميليشيات الحوثية", "فلول الرئيس المخلوع علي عبد الله صالح"),
        place=("مدخل محافظة مأرب", "محافظة مأرب", "مأرب"),
        fatalities=170,
        also=("استمرار المعارك",),
    ),
    E(
        "Battles/Government regains territory",
        "هزيمتهم في عدن",
        target=("الحوثيين",),
        place=("عدن",),
        date="unknown",
    ),
]
F["snn-20150811-01256"] = [
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "انفجار عبوة ناسفة",
        actor=("حزب العمال الكردستاني",),
        target=("عناصر الأمن",),
        place=("قضاء سيلوبي", "سيلوبي", "شرناق"),
        date="2015-08-10",
        fatalities=4,
        also=("4 هجمات",),
    ),
    E(
        "Battles/Armed clash",
        "اشتباكات",
        actor=("الشرطة",),
        target=("المسلحين الأكراد",),
        place=("سيلوبي",),
    ),
    E(
        "Battles/Armed clash",
        "إطلاق نار",
        target=("مروحية عسكرية", "جندي"),
        place=("بيت الشباب", "شرناق"),
        date="2015-08-10",
        fatalities=1,
        also=("الهجوم استهدف المروحية",),
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "هجوم انتحاري",
        target=("مركز للشرطة",),
        place=("سلطان بيلي", "إسطنبول"),
        date="2015-08-10",
        fatalities=1,
        also=("الانفجار أوقع",),
    ),
    E(
        "Battles/Armed clash",
        "إطلاق نار",
        at="كما شهدت",
        actor=("امرأتان", "جبهة جيش تحرير الشعب الثوري"),
        target=("قوات الأمن", "حرس القنصلية", "القنصلية الأمريكية"),
        place=("حي ساريير", "ساريير", "إسطنبول"),
        date="2015-08-10",
        also=("الهجوم على القنصلية الأمريكية", "تبادل إطلاق النار"),
    ),
    E(
        "Strategic developments/Arrests",
        "اعتقلت",
        at="وأعلنت الشرطة",
        actor=("الشرطة",),
        target=("أحد المشاركين",),
        place=("إسطنبول",),
        date="2015-08-10",
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "هجوم سروج",
        place=("سروج",),
        date="unknown",
    ),
]

if __name__ == "__main__":
    print(build(F, OUT))
