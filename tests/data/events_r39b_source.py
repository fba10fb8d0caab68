"""Source of tests/data/events_r39b.jsonl: the thirty-ninth blind event round, part r39b.

10 real articles (SaudiNewsNet politics, 2,629–3,894 characters): the lines of /work/brief/DRAW_r39.tsv
(the saved output of `python tests/data/events_round39_select.py`) whose first column is `r39b`
(selection = events_round39_select.py, seed 3939, part r39b). All 10 kept, none dropped; three are
negatives (snn-20150721-02484, snn-20150721-00547, snn-20150723-01056). Annotated by
reading only (2026-11-29): the event coder was never run on these articles and no coder output was read.
Same format and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set);
`build()` comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three 12-word
runs with an article of another tests/data/events_*.jsonl set (1,356 articles checked at 13:05 UTC).
Same happenings in other words: the Kerry–Lavrov–Jubeir meeting in Doha (r38b and others), the Iranian
nuclear deal (r15b, r19c, r30b …), the fall of al-Anad to the Resistance (fresh, r38b).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r38c_source.py):
- Tihama/Taiz (snn-20150810-00158): the Tihama Resistance hitting a Houthi checkpoint in al-Duha with a
  «صاروخ (لو)» (a shoulder-fired LAW rocket), the attack on the Houthis gathered at the Islah party HQ in
  Hodeidah city and the attack on a Houthi post near Mustaba (Hajja) → three *Armed clash* (ambiguous:
  the LAW strike could be *Shelling/artillery/missile attack*); the coalition planes «استمرار … بشن
  غاراتها» on Houthi headquarters in Tihama → one *Air/drone strike*, publication date, no count
  («المئات» killed and wounded; ambiguous: an ongoing campaign, coded once as in earlier rounds); the
  Houthi «القصف العشوائي» on Aqaqa (Taiz) → *Shelling/artillery/missile attack*; the Resistance «المسنودة
  من الجيش الوطني» clearing many areas of Taiz and Jabal Sabir → *Non-state actor overtakes territory*
  (as fresh; «التي تمكنوا من السيطرة عليها» in al-Mikhlafi's tour a mention); the killing of the Houthi
  leader al-Rumaima in Hattab (Mashra'a wa Hadnan) → *Armed clash*, 1 dead; the repelled Houthi attack
  on al-Mujairin («إفشال محاولة اقتحام» a mention) → *Armed clash*; the capture of 3 Houthis and a
  vehicle in the clash on Sixty Street → *Armed clash* (capture in combat, not an abduction). Not coded:
  the Houthi mine-laying on the Rahida–Shuraija road and the emergency imposed on Khudair (no
  detonation; as earlier rounds), the losses on the Dhabab/Sabir/Dimna fronts (general), the hysterical
  shelling of the city (habit, quote), al-Mikhlafi's tour of the fronts (domestic) and the Resistance's
  warnings (threats);
- Women in ISIS (snn-20150721-02484): no event (opinion survey; «ضبط نسوة» is generic);
- Saudi role (snn-20150811-01190, a column): the Iraqi protests «من البصرة الى بغداد» → *Peaceful protest*,
  publication date, no actor (the text names only «العراق»), both cities accepted as place; the Doha
  meeting → *Diplomacy/Meeting*, publication date, no actor named (as r38b);
  al-Jubeir's visit to Moscow → *Diplomacy/Visit*, publication date (his «الزيارات المكوكية» general);
  the Gulf initiative, the Saudi call for dialogue and the Iraqi initiative (historical initiatives, not
  agreements), the Saudi grants (cumulative) and the nuclear file (argument) are not coded;
- Wheat (snn-20150804-00696): ISIS taking northern Iraq → *Non-state actor overtakes territory*,
  historical, "unknown"; its seizure of the oil fields and the wheat of the Nineveh plain →
  *Looting/property destruction*, historical, "unknown" (ambiguous: could be read as part of the
  takeover); the Rafale and wheat sales (trade), Qaddafi's grain diplomacy (habit) and the 2011 G20
  wheat initiative are not coded;
- Majdal Shams (snn-20150811-00155): the Druze crowd's attack on the military ambulance on 22 June,
  killing one wounded Syrian and wounding the other and an Israeli officer → *Riots/Mob violence*
  2015-06-22, 1 dead (trigger «قتل» in «تهمة قتل جريح سوري», the first mention); the police's arrest of
  about 30 people → *Strategic developments/Arrests*, date "unknown" (the text dates it only as before
  the indictment); the light rocket that hit the two students' house in Syria → *Shelling/artillery/
  missile attack*, historical, "unknown", no place named; the indictment (judicial), the soldiers'
  warning shots (part of the mob event) and ISIS/Nusra attacks on Druze (habitual) are not coded;
- Clinton (snn-20150727-00087): the 2012 attack on the US consulate in Benghazi, killing ambassador
  Stevens and other diplomats → *Violence against civilians/Attack*, historical, "unknown", no count
  (ambiguous: an armed assault on a guarded compound could be *Armed clash*); the FBI/Justice referrals,
  the Iowa tour and the Congress committee are not events;
- Eid in Baghdad (snn-20150721-00547): no event (security plan, festival; the battles with ISIS general);
- al-Awdhali (snn-20150807-01033): the Houthis' defeat at al-Anad, «تحريرها» → *Government regains
  territory*, publication date, no actor named (ambiguous: the Resistance led it; fresh coded the Anad
  entrances as a takeover); al-Qaris's resignation/defection (ambiguous: *Change to group/activity*, as
  earlier rounds left defections out), the fuel price rise and the Iranian prisoners held by the
  Resistance (a state) are not coded;
- Nuclear deal column (snn-20150803-00082): the nuclear agreement between Iran and the great powers →
  *Diplomacy/Agreement*, "unknown" (as r15b/r19c/r30b: the subject of the column); Munich 1938 and the
  war on ISIS (general) are not coded;
- Maliki and Heikal (snn-20150723-01056, a column): no event; «بعد توقيع اتفاق النووي» is a time reference
  (as r28c, r38b; ambiguous), Maliki's accusations are statements, Nasrallah going to fight in Syria and
  Decisive Storm are background.

Run: python tests/data/events_r39b_source.py            (writes events_r39b.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

HERE = Path(__file__).parent
OUT = HERE / "events_r39b.jsonl"

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150810-00158"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غاراتها",
        at="بشن غاراتها",
        actor=("طائرات التحالف", "التحالف"),
        target=("المسلحين الحوثيين وأنصار صالح", "المسلحين الحوثيين", "أنصار صالح"),
        place=("إقليم تهامة", "تهامة", "محافظة الحديدة", "الحديدة"),
    ),
    E(
        "Battles/Armed clash",
        "استهدفت",
        at="التهامية",
        actor=("المقاومة الشعبية في إقليم تهامة", "المقاومة الشعبية", "المقاومة"),
        target=("المسلحين الحوثيين", "الحوثيين"),
        place=("مديرية الضحى", "الضحى", "الحديدة"),
    ),
    E(
        "Battles/Armed clash",
        "هجوم آخر",
        actor=("المقاومة الشعبية في إقليم تهامة", "المقاومة الشعبية", "المقاومة"),
        target=("المسلحين الحوثيين", "الحوثيين"),
        place=("مدينة الحديدة", "الحديدة", "مقر حزب الإصلاح"),
    ),
    E(
        "Battles/Armed clash",
        "استهداف",
        at="واستهداف نقطة",
        actor=("المقاومة الشعبية في إقليم تهامة", "المقاومة الشعبية", "المقاومة"),
        target=("الحوثيين",),
        place=("مستبا", "محافظة حجة", "حجة"),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "بالقصف العشوائي",
        actor=("جماعة الحوثي المسلحة", "جماعة الحوثي", "أنصار الرئيس السباق علي عبد الله صالح"),
        place=("منطقة عقاقة", "عقاقة", "تعز", "مدينة تعز"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "تطهير",
        actor=("المقاومة الشعبية", "الجيش الوطني"),
        target=("المسلحين الحوثيين", "الحوثيين"),
        place=("المدينة", "جبل صبر", "تعز", "مدينة تعز"),
        also=("تمكنوا من السيطرة عليها",),
    ),
    E(
        "Battles/Armed clash",
        "مصرع",
        actor=("المقاومة", "المقاومة الشعبية"),
        target=("قيادي حوثي", "أحمد جليل الرميمة", "القيادي الحوثي أحمد جليل الرميمة"),
        place=("قرية حطاب", "حطاب", "مشرعة وحدنان", "مديرية مشرعة وحدنان"),
        fatalities=1,
        also=("لقي مصرعه",),
    ),
    E(
        "Battles/Armed clash",
        "صد هجوم",
        actor=("ميليشيا الحوثي وصالح", "ميليشيا الحوثي"),
        target=("رجال المقاومة", "المقاومة"),
        place=("قرية المجيرين", "المجيرين", "مشرعة وحدنان"),
        also=("إفشال محاولة اقتحام",),
    ),
    E(
        "Battles/Armed clash",
        "أسر",
        at="تمكنت المقاومة من",
        actor=("المقاومة",),
        target=("المسلحين الحوثيين", "الحوثيين"),
        place=("شارع الستين الشرقي", "شارع الستين", "الحيمة"),
        also=("اشتباكهم",),
    ),
]

F["snn-20150721-02484"] = []  # women in ISIS: opinion survey, no happening

F["snn-20150811-01190"] = [
    E(
        "Protests/Peaceful protest",
        "يخرج الى الشوارع",
        place=("البصرة", "بغداد", "العراق"),
    ),
    E(
        "Diplomacy/Meeting",
        "لقاء",
        at="بعد لقاء الدوحة",
        place=("الدوحة",),
    ),
    E(
        "Diplomacy/Visit",
        "زيارته",
        at="وزيارته الى موسكو",
        actor=("عادل الجبير", "وزير الخارجية عادل الجبير"),
        place=("موسكو",),
    ),
]

F["snn-20150804-00696"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرة",
        at="وعند سيطرة",
        actor=("تنظيم الدولة الاسلامية",),
        place=("شمال العراق", "العراق"),
        date="unknown",
        status="historical",
    ),
    E(
        "Strategic developments/Looting/property destruction",
        "استولت",
        actor=("تنظيم الدولة الاسلامية",),
        target=("حقول النفط", "القمح"),
        place=("سهل نينوى", "نينوى"),
        date="unknown",
        status="historical",
    ),
]

F["snn-20150811-00155"] = [
    E(
        "Riots/Mob violence",
        "قتل",
        at="تهمة قتل",
        actor=("جمهور غاضب من دروز البلدة", "جمهور غاضب", "بشيرة محمود", "أمل أبو صالح"),
        target=("جريح سوري", "الجريحين السوريين", "جريحين سوريين", "سيارة الإسعاف"),
        place=("مجدل شمس",),
        date="2015-06-22",
        fatalities=1,
        also=("هاجم جمهور غاضب", "نفذوا الاعتداء", "الهجوم الجماعي"),
    ),
    E(
        "Strategic developments/Arrests",
        "اعتقلت",
        actor=("الشرطة",),
        target=("زهاء 30 مواطنا", "30 مواطنا"),
        date="unknown",
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "صاروخ خفيف",
        target=("بيتهما",),
        date="unknown",
        status="historical",
    ),
]

F["snn-20150727-00087"] = [
    E(
        "Violence against civilians/Attack",
        "هجوم بنغازي",
        place=("بنغازي",),
        target=("القنصلية الأميركية", "السفير الأميركي في ليبيا كريستوفر ستيفنز", "كريستوفر ستيفنز"),
        date="unknown",
        status="historical",
        also=("الهجوم الإرهابي على القنصلية الأميركية", "الاعتداء"),
    ),
]

F["snn-20150721-00547"] = []  # Eid in Baghdad: security plan and festival, battles only general

F["snn-20150807-01033"] = [
    E(
        "Battles/Government regains territory",
        "هزيمة",
        at="وأكد أن هزيمة",
        target=("قواته", "المتمردين"),
        place=("العند",),
        also=("تحريرها",),
    ),
]

F["snn-20150803-00082"] = [
    E(
        "Diplomacy/Agreement",
        "الاتفاق النووي",
        actor=("إيران",),
        target=("الدول الكبرى", "الولايات المتحدة"),
        date="unknown",
    ),
]

F["snn-20150723-01056"] = []  # Maliki and Heikal: opinion; the nuclear deal a time reference


if __name__ == "__main__":
    print(build(F, OUT), "articles →", OUT)
