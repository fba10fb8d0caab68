"""Source of tests/data/events_r23a.jsonl: the twenty-third blind event round, part r23a.

10 real articles (SaudiNewsNet politics, 1,649–2,471 characters): the lines of /work/brief/DRAW_r23.tsv
(the saved output of `python tests/data/events_round23_select.py`) whose first column is `r23a`
(selection = events_round23_select.py, seed 2323, part r23a). All 10 kept, none dropped; 1 of them
reports no event (negative). Annotated by reading only (2026-11-29): the event coder was never run on
these articles and no coder output was read. Same format and guidelines as events_dev_source.py and
events_fresh_source.py (docs/events.md § Dev set); `build()` comes from events_dev_source.py
(SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three 12-word
runs with an article of another tests/data/events_*.jsonl set. Same happenings in other words: the
Suruc bombing, the Incirlik agreement, the Turkish strikes on the PKK and the Resistance's takeover of
Tawahi (earlier rounds).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r22c_source.py):
- Libyan army (00360): the spokesman's warning is a threat, not coded; the pro-regime protests «في
  الفترة الماضية» in several cities → *Peaceful protest*, date "unknown", no place (the text names
  none below «المدن الليبية»); Benghazi «يوم الأربعاء الماضي» (2015-08-05): the pro-regime protest
  dispersed by the security forces → *Protest with intervention* and the counter-demonstration → a
  separate *Peaceful protest* (ambiguous: the text does not say which protest was dispersed); the
  hospital's July toll (9 civilians) is a month's tally, not coded; ISIS's surprise night attack on
  the Abu Salim Martyrs Brigade near Derna → *Armed clash*, publication date («الليلة»), 3 dead;
- Kurdistan/PKK (00700): the Turkish strikes on PKK camps in northern Iraq → one *Air/drone strike*
  (first mention «الغارات»; «هاجمت مرارا … خلال الأسبوع الماضي» a mention), dated `2015-07` as the
  fresh set's «الأسبوع الماضي»; the deaths of residents of Zarkali village → a separate *Air/drone
  strike* (a named place), publication date (the text gives none), no number; Falah Mustafa's visit
  to Washington → *Visit*, publication date; Carter's visit to Erbil «الأسبوع الماضي» → *Visit*
  `2015-07`; the PKK ending the truce (a decision), Turkey joining the coalition campaign and the
  «سلسلة من عمليات الاغتيال» of police and soldiers (aggregate, undated, no place; ambiguous) are
  not coded;
- Aden (02561): the Resistance's control of Tawahi «أمس» → *Non-state actor overtakes territory*
  2015-07-20 (as the earlier Tawahi call), the Houthi leaders captured → *Arrests*; the negotiations
  over al-Maashiq and the appointment of the governor are not coded; the coalition's strikes «أمس»
  → one *Air/drone strike* per place: Sanaa (al-Hafa camp; the aggregate «دكت» its first mention),
  Sanhan (Maqola's house, Dhabwa and Raymat Humaid camp), al-Dhale (the site between al-Dhale and Ibb
  and Sinah) and Taiz (named only in the aggregate sentence: its trigger is «تعز» in that sentence);
  the Houthis' «اجتياح» of Aden → historical takeover, "unknown"; Maqola's «تسليم عدن لتنظيم القاعدة عام 2011» (an epithet in a
  relative clause, an accusation) is not coded (ambiguous);
- de Mistura (00028): the visit to Tehran «اليوم» → *Visit*, the meeting with Zarif and Abdollahian →
  *Meeting*; the continuing separate meetings are not coded; ISIS's shells with toxic gas on the
  Kurdish forces in Salhiya (Hasakah) and south of Tal Brak «الشهر الماضي» → one *Chemical weapon*
  (2015-06; the US «تقارير» its first mention; both places accepted; ambiguous: could be two events);
- Germany/Turkey (00384): Turkey's attack on the Kurdish fighters in northern Iraq → *Air/drone
  strike*, publication date («الغارات الجوية التركية» a mention); warnings, the security measures and
  the requested committee session are not coded;
- opinion on Syria (01387): negative (only generic statements);
- opinion on Turkey (00323): the ISIS attack on a Kurdish gathering in Suruc → *Suicide bomb* (as all
  earlier rounds; the text says only «العملية الإرهابية»), publication date, no number («عشرات»);
  Turkey's agreement to cooperate and to grant Incirlik to US jets → one *Diplomacy/Agreement*,
  publication date; the end of the peace process is not coded;
- Habre profile (00128): the trial is not coded; the 1982 seizure of power («دخل نجامينا منتصرا» a
  mention) → *Non-state actor overtakes territory*, historical; the hostage-taking of Francoise
  Claustre from 1974 → *Abduction*, historical; the civil war in N'Djamena → *Armed clash* 1980; the
  Libyan intervention countered by French and Zairean forces «بعد عام واحد» → *Armed clash* 1983; the
  renewed fighting of 1986 and 1987 → one *Armed clash* dated 1986 (ambiguous: could be two);
- Iraq mufti (00662): the PMF's burning of 64 Sunni villages between Amerli and Kirkuk →
  *Looting/property destruction*, date "unknown"; the HRW report's looting and destruction after
  ISIS's withdrawal → a second *Looting/property destruction*, historical, "unknown" (ambiguous: may
  be the same happening); the protests → *Peaceful protest*, publication date;
- Benghazi (00655): the clashes in central Benghazi «أمس الأول الخميس» → *Armed clash* 2015-07-23, 2
  dead (the new advance towards the port and «أحرز تقدما» the same day mentions of it); the air
  force's strikes the same day → *Air/drone strike*; the regained land «العام الماضي»/over a year is
  a summary, not coded; Gaddafi's killing in 2011 → *Violence against civilians/Attack* (as r22c);
  the rival group's seizure of Tripoli → historical takeover, "unknown"; ISIS's takeover of towns,
  executions of foreigners and attacks on embassies (an undated aggregate) are not coded (ambiguous).

Negatives (1): snn-20150807-01387 (opinion on the Syrian revolution).

Run: python tests/data/events_r23a_source.py            (writes events_r23a.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r23a.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150809-00360"] = [
    E(
        "Protests/Peaceful protest",
        "خرجوا",
        actor=("المتظاهرين", "عدد من المتظاهرين"),
        date="unknown",
    ),
    E(
        "Protests/Protest with intervention",
        "خروج",
        at="وشهدت مدينة بنغازي",
        actor=("المتظاهرين", "عدد من المتظاهرين"),
        target=("قوات الأمن",),
        place=("مدينة بنغازي", "بنغازي"),
        date="2015-08-05",
        also=("بتفريق التظاهرة",),
    ),
    E(
        "Protests/Peaceful protest",
        "مظاهرة مضادة",
        actor=("المواطنين", "عدد آخر من المواطنين"),
        place=("مدينة بنغازي", "بنغازي"),
        date="2015-08-05",
    ),
    E(
        "Battles/Armed clash",
        "هجوم مباغت",
        actor=("تنظيم داعش", "داعش", "عناصر تنظيم داعش"),
        target=("كتيبة شهداء أبوسليم", "مجلس شورى مجاهدي درنة"),
        place=("بوابة الحيلة", "وادي درنة", "مدينة درنة", "درنة"),
        fatalities=3,
        also=("هجومًا مباغتًا", "المواجهات المُسلحة"),
    ),
]
F["snn-20150802-00700"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "الغارات",
        actor=("الجيش التركي", "تركيا"),
        target=("حزب العمال الكردستاني", "معسكرات لحزب العمال الكردستاني"),
        place=("شمال العراق",),
        date="2015-07",
        also=("هاجمت مرارا",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "مقتل سكان",
        actor=("الجيش التركي", "تركيا"),
        target=("سكان",),
        place=("قرية زاركلي", "زاركلي", "اربيل"),
    ),
    E(
        "Diplomacy/Visit",
        "زيارته",
        actor=("مسؤول في اقليم كردستان", "فلاح مصطفى"),
        place=("واشنطن",),
    ),
    E(
        "Diplomacy/Visit",
        "زيارة",
        at="وفي زيارة لاربيل",
        actor=("اشتون كارتر", "وزير الدفاع الأمريكي"),
        place=("اربيل",),
        date="2015-07",
    ),
]
F["snn-20150721-02561"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرة المقاومة",
        actor=("المقاومة",),
        target=("الحوثي", "قيادات الحوثي"),
        place=("مديرية التواهي", "التواهي", "القصر الرئاسي"),
        date="2015-07-20",
    ),
    E(
        "Strategic developments/Arrests",
        "القبض",
        actor=("المقاومة",),
        target=("قيادات الحوثي", "الحوثي"),
        place=("مديرية التواهي", "التواهي"),
        date="2015-07-20",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "دكت",
        actor=("مقاتلات التحالف العربي", "التحالف العربي"),
        target=("للعناصر الانقلابية", "العناصر الانقلابية"),
        place=("صنعاء", "معسكر الحفاء"),
        date="2015-07-20",
        also=("صواريخ استهدفت",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "دمرت مخازن أسلحة",
        actor=("مقاتلات التحالف العربي", "التحالف العربي"),
        target=("اللواء مهدي مقولة", "مهدي مقولة", "حرس الرئيس المخلوع"),
        place=("مديرية سنحان", "سنحان"),
        date="2015-07-20",
        also=("استهدف معسكر ضبوة",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "استهدف موقعا",
        actor=("التحالف",),
        target=("تعزيزات حوثية", "الحوثيين"),
        place=("الضالع", "إب", "سناح"),
        date="2015-07-20",
        also=("استهدف القصف",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "تعز",
        at="دكت",
        actor=("مقاتلات التحالف العربي", "التحالف العربي"),
        target=("للعناصر الانقلابية", "العناصر الانقلابية"),
        place=("تعز",),
        date="2015-07-20",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "اجتياح",
        actor=("الانقلابين",),
        place=("مدينة عدن", "عدن"),
        date="unknown",
        status="historical",
    ),
]
F["snn-20150722-00028"] = [
    E(
        "Diplomacy/Visit",
        "زار",
        actor=("ستيفان دي مستورا", "دي مستورا"),
        place=("طهران",),
    ),
    E(
        "Diplomacy/Meeting",
        "التقى",
        actor=("ستيفان دي مستورا", "دي مستورا"),
        target=("محمد جواد ظريف", "ظريف", "حسين أمير عبد اللهيان"),
        place=("طهران",),
        also=("لقاءاته",),
    ),
    E(
        "Explosions/Remote violence/Chemical weapon",
        "استخدام",
        at="تقارير تحدثت",
        actor=("تنظيم داعش", "داعش"),
        target=("المقاتلين الأكراد", "وحدات الحماية الكردية"),
        place=("منطقة الصالحية", "الصالحية", "مدينة الحسكة", "الحسكة", "تل براك"),
        date="2015-06",
        also=("بإطلاق قذائف",),
    ),
]
F["snn-20150731-00384"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "هجوم تركيا",
        actor=("تركيا",),
        target=("المقاتلين الأكراد", "حزب العمال الكردستاني"),
        place=("شمال العراق",),
        also=("الغارات الجوية التركية",),
    ),
]
F["snn-20150807-01387"] = []
F["snn-20150731-00323"] = [
    E(
        "Diplomacy/Agreement",
        "موافقة",
        actor=("حكومة إردوغان",),
        target=("أميركا", "الناتو", "التحالف الدولي"),
        also=("منح قاعدة أنجيرليك",),
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "العملية الإرهابية",
        actor=("داعش",),
        target=("تجمع للأكراد", "الأكراد"),
        place=("بلدة سروج", "سروج"),
    ),
]
F["snn-20150721-00128"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "استولى",
        actor=("حسين حبري", "حبري"),
        place=("نجامينا",),
        date="1982",
        status="historical",
        also=("دخل نجامينا منتصرا",),
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "باحتجازه رهينة",
        actor=("حبري",),
        target=("فرنسواز كلوستر", "عالمة الاتنيات الفرنسية"),
        date="1974",
        status="historical",
    ),
    E(
        "Battles/Armed clash",
        "حربا أهلية",
        actor=("حبري",),
        target=("غوكوني عويدي", "عويدي"),
        place=("نجامينا",),
        date="1980",
        status="historical",
    ),
    E(
        "Battles/Armed clash",
        "تدخل ليبي",
        actor=("ليبي", "عويدي"),
        target=("قوات فرنسية زائيرية",),
        date="1983",
        status="historical",
    ),
    E(
        "Battles/Armed clash",
        "المواجهات",
        date="1986",
        status="historical",
    ),
]
F["snn-20150808-00662"] = [
    E(
        "Strategic developments/Looting/property destruction",
        "الدمار",
        actor=("مليشيات الحشد الشعبي", "الحشد الشعبي"),
        target=("للقرى السنية", "القرى السنية", "المكون السني"),
        place=("آمرلي", "كركوك"),
        date="unknown",
        also=("بتدميرها", "إحراقها", "نهبت وسلبت"),
    ),
    E(
        "Protests/Peaceful protest",
        "مظاهرات",
        actor=("المواطنين",),
        place=("العراق",),
    ),
    E(
        "Strategic developments/Looting/property destruction",
        "عمليات سلب ونهب",
        actor=("المليشيات", "قوات الأمن العراقية", "عصائب أهل الحق", "كتائب حزب الله"),
        target=("ممتلكات السنة", "السنة"),
        date="unknown",
        status="historical",
        also=("دمرت",),
    ),
]
F["snn-20150725-00655"] = [
    E(
        "Battles/Armed clash",
        "اشتباكات",
        actor=("قوات الحكومة",),
        target=("مقاتلين إسلاميين",),
        place=("وسط مدينة بنغازي", "مدينة بنغازي", "بنغازي"),
        date="2015-07-23",
        fatalities=2,
        also=("بمحاولة جديدة للتقدم", "أحرز تقدما"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات",
        actor=("طائرات سلاح الجو الليبي", "سلاح الجو الليبي", "سلاح الجو"),
        target=("الجماعات المتشددة",),
        place=("محور الصابري", "الصابري", "شارع الشريف", "بنغازي"),
        date="2015-07-23",
        also=("استهدفت مواقع", "بقصف تمركزات", "بتفجير مخزن ذخيرة"),
    ),
    E(
        "Violence against civilians/Attack",
        "وقتله",
        target=("معمر القذافي", "القذافي"),
        date="2011",
        status="historical",
        fatalities=1,
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "استولت",
        actor=("جماعة منافسة",),
        place=("العاصمة طرابلس", "طرابلس"),
        date="unknown",
        status="historical",
    ),
]

if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
