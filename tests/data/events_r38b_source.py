"""Source of tests/data/events_r38b.jsonl: the thirty-eighth blind event round, part r38b.

10 real articles (SaudiNewsNet politics, 2,538–3,816 characters): the lines of /work/brief/DRAW_r38.tsv
(the saved output of `python tests/data/events_round38_select.py`) whose first column is `r38b`
(selection = events_round38_select.py, seed 3838, part r38b). All 10 kept, none dropped; one is a
negative (snn-20150806-02020, an opinion column against reconciliation with Iran). Annotated by reading
only (2026-11-29): the event coder was never run on these articles and no coder output was read. Same
format and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set);
`build()` comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three 12-word
runs with an article of another tests/data/events_*.jsonl set (1,296 articles checked at 12:00 UTC).
Same happenings in other words: the liberation of Aden and the taking of Ja'ula / Bir Ahmad / al-Alam
(r30c, r36b and others), the Kerry–Lavrov–Jubeir meeting in Doha (fresh, r-rounds' GCC column), the
Brussels opposition roadmap (coded there 2015-07-24; here the text gives no day).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r36c_source.py):
- Coalition strikes (snn-20150725-00641): the Resistance and the army «استكملت … تطهير» northern and
  southern Aden (Ja'ula, Bir Ahmad, al-Alam «أصبحت تحت سيطرة المقاومة», «تم تحرير» its mentions) → one
  *Government regains territory* (army + Resistance, as fresh), publication date; the battles at the
  Labouza camp / al-Anad base → *Armed clash* (the advance «تقدمت» a mention); the Resistance ambushes in
  Qayfat Rada'a (two patrols, a third burnt, 8 Houthis dead in the first ambush) → one *Armed clash*,
  publication date, 8 dead (ambiguous: the text gives 8 for one ambush and «جميع من كانوا على متنها»
  for the others); the coalition's three strikes on Bayda city «فجر أمس» and three on al-Jufaina (Marib)
  «صباح أمس» → two *Air/drone strike* 2015-07-24 (one per place); the Houthis' destruction of the radio
  and television building in al-Tawahi → *Looting/property destruction*, historical, "unknown"; the
  killing of three media workers in Dhamar → *Violence against civilians/Attack*, historical, "unknown",
  3 dead, no actor (the text names none; ambiguous); the gains in Abyan and Lahj (general), the water
  cut-off for Crater residents, the occupation of Aden (background) and the journalists' arrests and
  closures (habits) are not coded;
- Aden at Eid (snn-20150722-00059): the liberation of Aden «اعتبارا من نهاية رمضان» → *Government regains
  territory* 2015-07, no actor (as r36b); al-Bakri's appointment, his field visits (domestic), the
  Houthi occupation of the city and of army camps (background) are not coded;
- Abbas/Hamas (snn-20150725-01227): the Cairo and Doha reconciliation agreements → one *Diplomacy/
  Agreement*, historical, "unknown", both cities accepted (ambiguous: named as argument; as the Brussels
  roadmap for opposition bodies); the Fatah advisory council's meeting in Ramallah (an internal party
  meeting, as r18a), the Fatah conference planned for 29/11, the agreements with Israel (argument) and
  the exchange of accusations are not coded;
- Women and arms (snn-20150806-00628, a column): ISIS's abduction of the Kurdish girl Sisek → *Violence
  against civilians/Abduction/forced disappearance*, historical, "unknown"; Zolan Okesh killing an ISIS
  fighter → *Armed clash*, historical, "unknown", 1 dead; the Kurdish women's war on ISIS (general) and
  the rapes in India and Pakistan (habits) are not coded;
- Albu Nimr (snn-20150722-01847, an interview): the tribes expelling al-Qaeda from Anbar in 2006 →
  *Non-state actor overtakes territory*, historical, 2006 (ambiguous: al-Qaeda's control before it is a
  state, not coded); the fall of Hit → *Non-state actor overtakes territory*, historical, "unknown", no
  actor; the ten-month siege and the withdrawal to Barwana, the ongoing fighting in the desert, the
  massacres and the Fallujah battle (background) are not coded;
- Sinai (snn-20150727-00354): the IED against the bus of police conscripts on the Arish coastal road
  «أمس» → *Remote explosive/landmine/IED* 2015-07-26 (18 wounded, no dead); the extension of the state
  of emergency and curfew (as r16a, ambiguous: *Strategic developments/Other*), the sweep of the area
  and the border guards' stop of 45 migrants (as r11a's interceptions; ambiguous: «تم ضبطهم» could be
  *Arrests*) are not coded;
- «لا تُصالح» (snn-20150806-02020): no event (the nuclear deal named as argument, as r28c);
- Saudi strategy (snn-20150806-02476, a column): the Kerry–Lavrov–Jubeir meeting in Doha → *Diplomacy/
  Meeting*, publication date (as the r-rounds' GCC column); the Saudi–Egyptian Cairo Declaration →
  *Diplomacy/Agreement*, publication date (ambiguous: named as a result); the nuclear deal and
  Khamenei's speech (argument), the restored relations (no sub-type fits) are not coded;
- Taiz electricity (snn-20150811-00953, an interview): the rebels' raids on the engineers' homes and
  the storming of their housing → one *Violence against civilians/Attack*, publication date (ambiguous:
  «في أوقات كثيرة» makes it a habit; the second mention reads as one incident); «المتمردون دمروا معظم
  محطات التوليد» → *Looting/property destruction*, publication date; the Resistance's control of many
  positions in Taiz → *Non-state actor overtakes territory*, publication date (ambiguous: cumulative);
  the repeated storming of stations and seizure of fuel (habits) and the fighting (general) are not coded;
- Syrian coalition (snn-20150801-00126): the coalition's roadmap agreement with the National
  Coordination Body → *Diplomacy/Agreement*, publication date, the Brussels meetings a mention (as the
  Brussels roadmap of an earlier round); the general assembly's meetings in Istanbul (internal, as r18a),
  the bomb threats, the planned elections and the Kurdish National Council meeting (agenda item) are
  not coded.

Run: python tests/data/events_r38b_source.py            (writes events_r38b.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

HERE = Path(__file__).parent
OUT = HERE / "events_r38b.jsonl"

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150725-00641"] = [
    E(
        "Battles/Government regains territory",
        "تطهير",
        actor=("المقاومة الشعبية", "الجيش الموالي للشرعية", "المقاومة"),
        target=("مليشيا الحوثي وصالح", "مليشيا الحوثي"),
        place=("عدن", "مدينة عدن", "جعولة", "بير أحمد", "العلم"),
        also=("أصبحت تحت سيطرة المقاومة", "تم تحرير الأجزاء الشمالية"),
    ),
    E(
        "Battles/Armed clash",
        "معارك",
        actor=("المقاومة",),
        target=("المليشيا",),
        place=("معسكر لبوزة", "لبوزة", "قاعدة العند الجوية", "قاعدة العند", "العند"),
        also=("تقدمت المقاومة",),
    ),
    E(
        "Battles/Armed clash",
        "كمائن",
        at="استهدافهم بكمائن",
        actor=("المقاومة", "مسلحي المقاومة"),
        target=("مليشيا الحوثي", "مليشيا الحوثي وصالح", "الحوثيين"),
        place=("قيفة رداع", "رداع", "جبل الثعالب"),
        fatalities=8,
        also=("نفّذوا كمائن", "قامت بإحراق دورية", "كمين للمقاومة"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "ضربات",
        at="وضربات لقوات",
        actor=("قوات التحالف", "طيران التحالف العربي", "التحالف"),
        target=("مليشيا الحوثي",),
        place=("مدينة البيضاء", "البيضاء", "المجمع الحكومي"),
        date="2015-07-24",
        also=("شنّ طيران التحالف العربي فجر أمس ثلاث غارات", "الانفجار الأول للصاروخ"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات جوية",
        actor=("طيران التحالف", "التحالف"),
        target=("الحوثيين",),
        place=("مأرب", "لجفينة"),
        date="2015-07-24",
        also=("التحالف استهدف الحوثيين", "الضربات الجوية"),
    ),
    E(
        "Strategic developments/Looting/property destruction",
        "تدمير",
        actor=("المليشيا المسلحة", "مليشيا الحوثي"),
        target=("مبنى الإذاعة والتلفزيون",),
        place=("مديرية التواهي", "التواهي", "عدن"),
        date="unknown",
        status="historical",
        also=("الخراب والدمار الذي ألحقته به مليشيا الحوثي",),
    ),
    E(
        "Violence against civilians/Attack",
        "قتل",
        at="عندما قتل",
        target=("ثلاثة إعلاميين",),
        place=("محافظة ذمار", "ذمار"),
        date="unknown",
        status="historical",
        fatalities=3,
    ),
]
F["snn-20150722-00059"] = [
    E(
        "Battles/Government regains territory",
        "تحرير",
        target=("الحوثي", "المتمردين"),
        place=("عدن", "المدينة"),
        date="2015-07",
        also=("تحريرها من المتمردين", "إعلان التحرير"),
    ),
]
F["snn-20150725-01227"] = [
    E(
        "Diplomacy/Agreement",
        "الاتفاقيات",
        at="من خلال تنفيذ",
        actor=("حماس", "فتح"),
        target=("حماس", "فتح"),
        place=("القاهرة", "الدوحة"),
        date="unknown",
        status="historical",
        also=("ما تم الاتفاق عليه",),
    ),
]
F["snn-20150806-00628"] = [
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "اختطفها",
        actor=("داعش", "جنود"),
        target=("سيسيك", "فتاة كردية"),
        date="unknown",
        status="historical",
    ),
    E(
        "Battles/Armed clash",
        "قتَلت",
        actor=("زولان أوكيش", "الفتاة"),
        target=("داعش", "جنديا من داعش"),
        date="unknown",
        status="historical",
        fatalities=1,
    ),
]
F["snn-20150722-01847"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "طرد",
        actor=("العشائر",),
        target=("التنظيم", "تنظيم القاعدة"),
        place=("الانبار",),
        date="2006",
        status="historical",
        also=("القضاء على التنظيم",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سقطت",
        place=("هيت",),
        date="unknown",
        status="historical",
    ),
]
F["snn-20150727-00354"] = [
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "عبوة ناسفة",
        target=("جنود شرطة مصريين", "أتوبيس", "جنود الأمن المركزي", "الجنود"),
        place=("طريق ساحل العريش", "العريش", "طريق العريش الساحلي", "مسجد الخلفاء", "شمال سيناء"),
        date="2015-07-26",
        also=("انفجرت إحداهما", "حادث انفجار عبوة ناسفة"),
    ),
]
F["snn-20150806-02020"] = []  # opinion column against reconciliation with Iran: no happening reported
F["snn-20150806-02476"] = [
    E(
        "Diplomacy/Meeting",
        "لقاء",
        at="لقاء الدوحة الأخير",
        actor=("جون كيري", "الولايات المتحدة", "سيرغي لافروف", "روسيا", "عادل الجبير"),
        target=("سيرغي لافروف", "روسيا", "عادل الجبير", "جون كيري", "الولايات المتحدة"),
        place=("الدوحة",),
        also=("كان لقاء استراتيجيا",),
    ),
    E(
        "Diplomacy/Agreement",
        "إعلان القاهرة",
        actor=("السعودي", "القيادة السعودية"),
        target=("المصري", "مصر"),
        place=("القاهرة",),
    ),
]
F["snn-20150811-00953"] = [
    E(
        "Violence against civilians/Attack",
        "مداهمة",
        actor=("الإرهابيين", "المتمردون"),
        target=("المهندسين", "المهندسين العاملين"),
        place=("تعز",),
        also=("اقتحام سكن المهندسين", "اعتدوا عليهم"),
    ),
    E(
        "Strategic developments/Looting/property destruction",
        "دمروا",
        at="والمتمردون دمروا",
        actor=("المتمردون",),
        target=("محطات التوليد", "معظم محطات التوليد"),
        place=("المحافظة", "تعز"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرت",
        at="ما المناطق التي",
        actor=("المقاومة",),
        place=("تعز",),
        also=("سيطرنا على كثير من المواقع",),
    ),
]
F["snn-20150801-00126"] = [
    E(
        "Diplomacy/Agreement",
        "الاتفاق",
        at="كما الاتفاق",
        actor=("الائتلاف",),
        target=("هيئة التنسيق", "هيئة التنسيق الوطني"),
        place=("بروكسل",),
        also=("اللقاءات مع هيئة التنسيق الوطني",),
    ),
]

if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
