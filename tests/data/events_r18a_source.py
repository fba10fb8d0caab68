"""Source of tests/data/events_r18a.jsonl: the eighteenth blind event round, part r18a.

10 real articles (SaudiNewsNet politics 10, 1,564–2,373 characters): the lines of
/work/brief/DRAW_r18.tsv (= `python tests/data/events_round18_select.py` at draw time) whose first column
is `r18a` (selection = events_round18_select.py, seed 1818, part r18a). All 10 kept, none dropped;
24 events; 1 negative (snn-20150727-00445). Annotated by reading only (2026-11-29): the event coder
was never run on these articles and no coder output was read. Same format and guidelines as
events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set); `build()` comes from
events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or a 60-character
passage with any tests/data/events_*.jsonl text. Same happenings in other words: the Sisi–Hadi meeting in
Cairo (r6b snn-20150806-02367 codes it as *Talks* dated 2015-08-05), the Duma arson (r7a, r14b, r15c,
r16b), the weeks of Iraqi protests (r15a), the fall of Mosul (r5a), the liberation of Aden (many rounds).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r16c_source.py):
- Assad's speech (the negative): «الفصائل … تمكنت من السيطرة على بعض المناطق» names no place or time (a
  general statement), the opposition coalition's internal meeting in Istanbul and its consultations with
  factions to form a military council are not events (as r16b's party congress);
- Sisi and Hadi: «لقاء» → *Diplomacy/Meeting* dated 2015-08-06 (Hadi's words «اليوم» were said «خلال
  لقاء»; ambiguous: r6b dates the Cairo talks 2015-08-05), place «مصر» (no city named), and Hadi's
  «زيارته الحالية الى مصر» → *Diplomacy/Visit*, same day; Sisi ordering a plane of medical supplies and
  food and Egyptian doctors sent to Yemen → one *Diplomacy/Aid*, planned (as r15b/r16a's announced
  planes). «التقدم الذي أحرزته القوات الوطنية في عدن» (an advance, no takeover named) and Egypt's part in
  the coalition's operations (a campaign) are not coded;
- Mosul inquiry: the fall of Nineveh and Mosul to ISIS «في 10 يونيو 2014» → *Non-state actor overtakes
  territory*, historical (as r5a), the withdrawal orders and ISIS's «هجمات» its background; «فرضت القوات
  الأمنية العراقية سيطرتها على المناطق القريبة من الرمادي» → *Government regains territory*, publication
  date, ISIS as target (ambiguous: «فرضت سيطرتها» can read as a state; here a past act preparing the
  storming); the planned arrests, the storming «لاقتحام المدينة وتحريرها» (an aim) and the hearings are
  not events;
- Houthi crimes round-up: the shelling of Aden's residential districts «حتى خلال الهدن» with «عشرات القتلى»,
  the mortar shelling of southern Saudi Arabia that killed «عدد من المواطنين السعوديين» and the repeated
  shelling of the Aden refinery at al-Buraiqa → three *Shelling/artillery/missile attack* events, date
  "unknown", reported (ambiguous: all are months-long campaigns; r15c left generic Houthi crimes uncoded,
  but these have a named place and a result); Aden's «تحرير» → *Government regains
  territory*, no actor, date "unknown" (as r5b/r16a); the looting of aid in the truce «في مارس 2015» →
  *Looting/property destruction*, historical, 2015-03; the siege of Hadi and his prime minister in Sanaa
  (named by the text among «الاعتقالات») → *Arrests*, historical, date "unknown"; the abduction of
  al-Subaihi and bin Mubarak → one *Abduction/forced disappearance* (one sentence, as r14a), historical,
  date "unknown", no place (the text names none for them). Not coded: daily shelling in Taiz, Lahj …
  (habitual), the Houthis' arrival in Aden and the Resistance's resistance (the
  setting), blocking aid, holding ports (a state), the dozens of detained activists (an aggregate);
- Duma arson: *Violence against civilians/Attack*, «منتصف الليلة قبل الماضية» of an 2015-08-01 article →
  2015-07-31 (as r15c), 1 dead; the army's alert and the Al-Aqsa restrictions, the ICC move and the
  condemnations are not events;
- the opinion column to ISIS: the Gaza branch's «تبني خمسة تفجيرات» → one *Remote explosive/landmine/IED*,
  date "unknown" (ambiguous: a column, five bombings, no day; r15a left a column's battle uncoded);
  Iran's killings «في العراق» and the branches «في مصر وليبيا …» are rhetoric;
- French hostage: Isabelle Prime's release «الليلة» / moved to Oman «فجر اليوم» → *Strategic
  developments/Other* (as r5a's release), 2015-08-07, no actor (the text names none; Oman only found and
  moved her); her and her translator's abduction «في 24 فبراير» in Sanaa → *Abduction/forced
  disappearance*, historical, 2015-02-24; the translator's release «في مارس» → *Strategic
  developments/Other*, historical, 2015-03. Generic kidnappings of Westerners and the video are not coded;
- Iraqi protests (snn-20150808-00004): Friday's protests («اليوم الجمعة» = 2015-08-07; the article is dated
  the 8th) in Baghdad and in Basra → two *Peaceful protest* events (one per place and day; the Basra one
  triggered by «محتج» … «في البصرة اليوم الجمعة»), and the weeks of demonstrations in Baghdad and southern
  cities → one *Peaceful protest*, date "unknown" (as r15a; ambiguous: a campaign); Sistani's call and
  Abadi's pay cuts are not events;
- the Iraqi «ثورة» column: the protests in the southern provinces (Basra, Nasiriyah, Amarah, Samawah,
  Hilla, Baghdad) → one *Peaceful protest*, date "unknown" (as above); the Western blockade of two decades
  (Diplomacy/Sanction, historical; ambiguous), Abadi's request and Maliki's thefts are not coded;
- Dhamar: the 60 men killed «في قاعدة العند الجوية على أيدي الثوار والجيش الموالي للشرعية» → *Armed
  clash*, 60 dead, date "unknown" (the bodies arrived «بالأمس»; the deaths are undated); Aden's «تحرير»
  → *Government regains territory*, no actor, date "unknown" (the 70 bodies from the fighting before it
  are a tally over months, not coded); the residents attacking the Houthi delegates who brought the bodies
  (and the notables) → *Riots/Mob violence*, 2015-08-05 (the day the bodies arrived, ambiguous), place
  Dhamar. The quarrel «تلاسنا» and the forecasts of secession are not events.

Run: python tests/data/events_r18a_source.py            (writes events_r18a.jsonl)
Text licences: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

HERE = Path(__file__).parent
OUT = HERE / "events_r18a.jsonl"

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150727-00445"] = []  # Assad's speech; «السيطرة على بعض المناطق» has no place; coalition business
F["snn-20150806-02235"] = [
    E(
        "Diplomacy/Meeting",
        "لقاء",
        actor=("الرئيس عبد الفتاح السيسي", "السيسي"),
        target=("الرئيس اليمني", "عبد ربه منصور هادي", "هادي"),
        place=("مصر",),
        date="2015-08-06",
    ),
    E(
        "Diplomacy/Visit",
        "زيارته",
        actor=("الرئيس اليمني", "عبد ربه منصور هادي", "هادي"),
        place=("مصر",),
        date="2015-08-06",
    ),
    E(
        "Diplomacy/Aid",
        "بارسال طائرة",
        actor=("السيسي", "مصر"),
        target=("اليمن",),
        place=("اليمن",),
        status="planned",
        also=("ايفاد عدد من الأطباء",),
    ),
]
F["snn-20150731-01364"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "سقوط",
        actor=("داعش",),
        place=("الموصل", "محافظة نينوى", "نينوى"),
        date="2014-06-10",
        status="historical",
        also=("بسقوط محافظة نينوى", "سقوط الموصل بيد داعش"),
    ),
    E(
        "Battles/Government regains territory",
        "فرضت القوات الأمنية العراقية سيطرتها",
        actor=("القوات الأمنية العراقية",),
        target=("داعش",),
        place=("المناطق القريبة من الرمادي", "الرمادي", "محافظة الأنبار", "الأنبار"),
    ),
]
F["snn-20150727-00049"] = [
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "بقصف الأحياء السكنية",
        actor=("الحوثيون", "الحوثيين"),
        target=("الأحياء السكنية",),
        place=("عدن",),
        date="unknown",
    ),
    E(
        "Battles/Government regains territory",
        "تحرير",
        target=("الحوثيين", "الحوثيون"),
        place=("عدن", "المدينة"),
        date="unknown",
        also=("وطردهم إلى خارجها",),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصف المناطق الجنوبية",
        actor=("الحوثيين", "الحوثيون"),
        target=("المواطنين السعوديين", "عدد من المواطنين السعوديين"),
        place=("المناطق الجنوبية من السعودية", "السعودية", "القطاعات الجنوبية"),
        date="unknown",
    ),
    E(
        "Strategic developments/Looting/property destruction",
        "نهبوا",
        actor=("الحوثيون",),
        target=("المساعدات", "مساعدات إنسانية"),
        place=("البلاد", "اليمن"),
        date="2015-03",
        status="historical",
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصفوا",
        actor=("الحوثيين", "الحوثيون"),
        target=("مصفاة النفط", "مصفاة النفط بميناء عدن", "خزانات النفط الخام"),
        place=("منطقة البريقة", "البريقة", "ميناء عدن", "عدن"),
        date="unknown",
    ),
    E(
        "Strategic developments/Arrests",
        "حصار الرئيس",
        actor=("الحوثيون",),
        target=("الرئيس عبد ربه منصور هادي", "هادي", "رئيس وزرائه"),
        place=("صنعاء",),
        date="unknown",
        status="historical",
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "اختطاف",
        actor=("الحوثيون",),
        target=("وزير الدفاع محمود الصبيحي", "محمود الصبيحي", "أحمد عوض بن مبارك", "مدير مكتب الرئيس"),
        date="unknown",
        status="historical",
    ),
]
F["snn-20150801-00742"] = [
    E(
        "Violence against civilians/Attack",
        "ألقى",
        actor=("مستوطنون إسرائيليون", "مستوطنون", "مستوطنين يهودا ملثمين"),
        target=("منزل", "الرضيع علي سعد دوابشة", "علي سعد دوابشة", "الرضيع"),
        place=("قرية دوما الفلسطينية", "قرية دوما", "دوما", "نابلس", "الضفة الغربية"),
        date="2015-07-31",
        fatalities=1,
        also=("وألقوا زجاجات حارقة", "حادث القتل", "إحراق الطفل علي دوابشة", "هذا العمل الإجرامي"),
    ),
]
F["snn-20150724-01049"] = [
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "خمسة تفجيرات",
        actor=("داعش", "الداعشيون"),
        place=("غزة",),
        date="unknown",
    ),
]
F["snn-20150807-00035"] = [
    E(
        "Strategic developments/Other",
        "أطلق سراحها",
        target=("فرنسية", "ايزابيل بريم", "إيزابيل بريم", "بريم"),
        place=("اليمن",),
        date="2015-08-07",
        also=("جرى تحريرها", "العثور على المذكورة"),
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "خطفت",
        actor=("مسلحون",),
        target=("فرنسية", "بريم", "شيرين مكاوي", "مترجمتها اليمنية"),
        place=("صنعاء", "اليمن"),
        date="2015-02-24",
        status="historical",
        also=("خطفهما مسلحون",),
    ),
    E(
        "Strategic developments/Other",
        "افرج عنها",
        target=("مكاوي", "شيرين مكاوي"),
        date="2015-03",
        status="historical",
    ),
]
F["snn-20150808-00004"] = [
    E(
        "Protests/Peaceful protest",
        "احتجاجات",
        place=("بغداد",),
        date="2015-08-07",
        also=("وخرج الآلاف اليوم الجمعة",),
    ),
    E(
        "Protests/Peaceful protest",
        "مظاهرات",
        place=("بغداد", "مدن أخرى في الجنوب"),
        date="unknown",
    ),
    E(
        "Protests/Peaceful protest",
        "محتج",
        place=("البصرة",),
        date="2015-08-07",
    ),
]
F["snn-20150811-00419"] = [
    E(
        "Protests/Peaceful protest",
        "الثورة الشعبية",
        place=(
            "المحافظات الجنوبية في العراق",
            "المحافظات الجنوبية",
            "العراق",
            "البصرة",
            "الناصرية",
            "العمارة",
            "السماوة",
            "الحلة",
            "بغداد",
        ),
        date="unknown",
        also=("موجة التظاهرات", "المتظاهرون"),
    ),
]
F["snn-20150806-01977"] = [
    E(
        "Battles/Government regains territory",
        "تحرير عدن",
        place=("عدن",),
        date="unknown",
    ),
    E(
        "Battles/Armed clash",
        "لقوا حتفهم",
        actor=("الثوار والجيش الموالي للشرعية", "الثوار", "الجيش الموالي للشرعية"),
        target=("أبناء المحافظة", "60 جثة"),
        place=("قاعدة العند الجوية", "قاعدة العند"),
        date="unknown",
        fatalities=60,
    ),
    E(
        "Riots/Mob violence",
        "هاجم الأهالي",
        actor=("الأهالي",),
        target=("مندوبي التمرد", "وجهاء الأحياء"),
        place=("المحافظة", "محافظة ذمار", "ذمار"),
        date="2015-08-05",
        also=("واعتدوا عليهم", "كما هاجموا وجهاء الأحياء"),
    ),
]


if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
