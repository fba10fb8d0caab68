"""Source of tests/data/events_r37b.jsonl: the thirty-seventh blind event round, part r37b.

10 real articles (SaudiNewsNet politics, 2,733–3,976 characters): the lines of /work/brief/DRAW_r37.tsv
(the saved output of `python tests/data/events_round37_select.py`) whose first column is `r37b`
(selection = events_round37_select.py, seed 3737, part r37b). All 10 kept, none dropped; 3 of them
report no event (negatives: snn-20150722-00082, snn-20150803-00429, snn-20150724-01607); 22 events.
Annotated by reading only (2026-11-29): the event coder was never run on these articles and no coder
output was read. Same format and guidelines as events_dev_source.py and events_fresh_source.py
(docs/events.md § Dev set); `build()` comes from events_dev_source.py (SaudiNewsNet articles by
reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three 12-word
runs with an article of another tests/data/events_*.jsonl set (checked at 12:00 UTC). Same happenings in
other words: the liberation of Aden and the battle for al-Anad (many rounds), the Katyusha shelling of
Aden on Sunday 19 July (r36b's Dar Saad massacre, 45 dead there, 47 here), the Qudaih and al-Anoud
mosque bombings (r25a, r30b), al-Wuhayshi's death (r36a), Carter's Iraq visit (r10a, r11a), the Iranian
nuclear deal (r15b and later), 9/11 (r29c).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r36c_source.py):
- «السلطة السوداء» (00082, a book review): negative — ISIS's control of land (a state), Bremer's
  dissolution of the Iraqi army (a decree in an essay) and the caliphate are background;
- Syria and the world's conscience (00429, opinion): negative (rhetoric about Assad's killings);
- Gulf reactions to Maliki (01607): negative — condemnations and statements only; the Gulf states'
  part in the anti-ISIS coalition is background;
- Yemeni deputy defence minister (00475): Aden's liberation (background, «تحرير عدن», «تطهير مدينة عدن»
  its mention) → *Government regains territory*, historical, "unknown"; the ongoing battles for al-Anad
  and Labuza camp between the army/Resistance and the Houthi–Saleh militias → *Armed clash*, publication
  date (the «اشتباكات عنيفة», «تلك المواجهات», «معارك عنيفة» its mentions), and «بعد ان سيطرت على أغلب
  المناطق المحيطة بالقاعدة» → a separate *Government regains territory* (ambiguous: may be read as part of
  the clash, as fresh's clashes-leading-to-a-takeover); the militias' Katyusha shelling of «المدينة»
  from al-Madina al-Khadra and al-Faisal «الاحد الماضي» → *Shelling/artillery/missile attack*
  2015-07-19, 47 dead; the coalition strike on the reinforcements in Lawdar and Mukayras → one
  *Air/drone strike* (one sentence, the text groups them), publication date; the more than 200 Houthis
  killed at al-Alam «امس» in the clashes «مساء الاثنين» → one *Armed clash* 2015-07-20 (the weekday
  given; «امس» would be 07-21: ambiguous by a day), 200 dead; the Resistance's takeovers in Taiz «أمس»
  (Jabal Haqaqa, al-Rabi'i, 26 September street, the party HQ) → one *Non-state actor overtakes
  territory* 2015-07-21 (one city, one day; the «سيطرت» clauses its mentions); the combing of pockets,
  the expected capture of al-Anad, the Houthi mobilisation in Sanaa and the unconfirmed withdrawal of
  Houthi leaders to Saada are not coded;
- AIPAC (00108): the world powers' nuclear deal with Iran → *Diplomacy/Agreement*, "unknown" (as r36c);
  AIPAC's «حرب» (metaphor), the lobbying and the Golan annexation push are not coded;
- Assad's speech (00126): only the Iranian nuclear deal he praised → *Diplomacy/Agreement*, "unknown";
  the celebratory gunfire at Damascus checkpoints (no target), the warplanes over Damascus, the amnesty
  decree «أول من أمس السبت» (a decree; ambiguous), the speech and the Mazzeh evictions (ongoing) are not
  coded;
- al-Sudani (00187): the US strike in Paktika on 11 July → *Air/drone strike* 2015-07-11, 3 dead («مع
  مسلحين اثنين آخرين», «أحد ثلاثة متطرفين … قتلوا في الغارة»), reported (announced «أمس الجمعة»);
  Carter's visit to Iraq, during which the statement was handed out «أمس الجمعة» → *Diplomacy/Visit*
  2015-07-24 (ambiguous: r10a dated his Baghdad arrival 07-23); the Pakistani army's offensive in North
  Waziristan → *Armed clash*, historical, 2014 (from «العام الماضي»; ambiguous); al-Wuhayshi's death in a
  US drone strike in Yemen «في منتصف يونيو» → *Air/drone strike*, historical, 2015-06, 1 dead (the text
  names him only; r36a had 3 from its text); al-Fadhli killed by a coalition strike in Syria «مطلع يوليو»
  → *Air/drone strike*, historical, 2015-07, 1 dead; the 11 September 2001 attacks → *Violence against
  civilians/Attack*, historical, 2001-09-11, al-Qaeda (as r29c; ambiguous: named in passing); the US
  strikes «في الأشهر الأخيرة» and NATO's monthly count of strikes (aggregates), the end of NATO's combat
  mission, Obama's troop decision and the burial are not coded;
- Aba al-Khail (02383): the attacks on the Imam Ali mosque (al-Qudaih) and al-Anoud mosque → two
  *Remote explosive/landmine/IED*, historical, "unknown" (as r25a/r30b: the sentence names no suicide
  bomber though the article speaks of suicide bombers in general; the second event's trigger is the
  mosque's name, as r30b); the Arab Spring demonstrations are generic;
- Iran strategy (00859, opinion): the 5+1 nuclear deal → *Diplomacy/Agreement*, "unknown"; the Saudi
  statement welcoming it and Iran's «السيطرة على العراق ولبنان» (rhetoric) are not coded;
- Afghanistan (00296): ten former Taliban commanders pledging allegiance to ISIS «منذ بداية كانون الثاني»
  → *Strategic developments/Change to group/activity*, historical, 2015-01 (ambiguous); the bloody
  clashes between the Taliban and ISIS in the south «في حزيران» → *Armed clash*, historical, 2015-06; the
  peace talks that began «مطلع تموز» in Pakistan → *Diplomacy/Talks*, historical, 2015-07; ISIS's video of
  a member beheading a «traitor» in Nangarhar → *Violence against civilians/Attack*, 1 dead, publication
  date (the text gives none); Mullah Omar's death (natural, two years ago), the fatwa, the US drone
  strikes (an increase, an aggregate) and the deaths of ISIS leaders «في غارات جوية أمريكية»
  (aggregate) are not coded.

Negatives (3): snn-20150722-00082, snn-20150803-00429, snn-20150724-01607.

Run: python tests/data/events_r37b_source.py            (writes events_r37b.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

HERE = Path(__file__).parent
OUT = HERE / "events_r37b.jsonl"

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150722-00082"] = []  # book review on ISIS's rise: background only
F["snn-20150803-00429"] = []  # opinion on Syria and the world's conscience
F["snn-20150724-01607"] = []  # Gulf condemnations of Maliki's statements
F["snn-20150722-00475"] = [
    E(
        "Battles/Government regains territory",
        "تحرير عدن",
        target=("مليشيات الحوثي والمخلوع صالح", "مليشيات الحوثي"),
        place=("عدن",),
        date="unknown",
        status="historical",
        also=("تطهير مدينة عدن",),
    ),
    E(
        "Battles/Armed clash",
        "معارك",
        at="وان معارك تحرير",
        actor=("الجيش", "المقاومة الشعبية", "الجيش الوطني"),
        target=("مليشيات الحوثي وصالح", "مليشيات الحوثي", "المليشيات الحوثية"),
        place=("قاعدة العند", "معسكر لبوزة", "لحج"),
        also=("اشتباكات عنيفة", "تلك المواجهات", "معارك عنيفة"),
    ),
    E(
        "Battles/Government regains territory",
        "سيطرت",
        at="بعد ان سيطرت",
        actor=("قوات الجيش الوطني", "المقاومة الشعبية"),
        target=("المليشيات الحوثية",),
        place=("المناطق المحيطة بالقاعدة", "قاعدة العند", "لحج"),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصفت",
        at="التي قصفت منها",
        actor=("المليشيات",),
        target=("مدنيًا",),
        place=("المدينة", "المدينة الخضراء", "مدينة الفيصل", "عدن"),
        date="2015-07-19",
        fatalities=47,
    ),
    E(
        "Battles/Armed clash",
        "لقوا مصرعهم",
        at="200 حوثيا",
        actor=("المقاومة", "المقاومة الشعبية", "الجيش الوطني التابع للشرعية"),
        target=("حوثيا", "مليشيات الحوثي وصالح", "كتائب الحسين"),
        place=("جبهة العلم", "منطقة العلم", "العلم", "ساحل أبين"),
        date="2015-07-20",
        fatalities=200,
        also=("مواجهات عنيفة احتدمت", "لقوا مصرعهم هناك"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصف",
        at="لكن طيران التحالف العربي",
        actor=("طيران التحالف العربي", "التحالف العربي"),
        target=("تلك التعزيزات", "مليشيات الحوثي وصالح"),
        place=("مديرية لودر", "لودر", "مكيراس", "البيضاء"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "السيطرة",
        at="احراز تقدم كبير",
        actor=("المقاومة", "المقاومة الشعبية"),
        target=("مليشيات الحوثي وصالح",),
        place=("مدينة تعز", "تعز", "جبل حقاقة", "الربيعي", "شارع 26سبتمبر"),
        date="2015-07-21",
        also=("سيطرت أمس على جبل حقاقة", "كما سيطرت", "فيما سيطرت المقاومة", "من السيطرة على مقر"),
    ),
]
F["snn-20150721-00108"] = [
    E(
        "Diplomacy/Agreement",
        "اتفاق الدول العظمى",
        actor=("الدول العظمى",),
        target=("إيران",),
        date="unknown",
    ),
]
F["snn-20150727-00126"] = [
    E(
        "Diplomacy/Agreement",
        "الاتفاق النووي",
        actor=("إيران",),
        date="unknown",
    ),
]
F["snn-20150725-00187"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارة أميركية",
        actor=("أميركية", "وزارة الدفاع الأميركية", "البنتاغون"),
        target=("أبو خليل السوداني", "السوداني", "القاعدة"),
        place=("ولاية بكتيكا", "بكتيكا", "أفغانستان"),
        date="2015-07-11",
        fatalities=3,
        also=("العملية التي جرت في 11 يوليو", "قصف أميركي", "قتلوا في الغارة"),
    ),
    E(
        "Diplomacy/Visit",
        "زيارته إلى العراق",
        actor=("أشتون كارتر", "كارتر", "وزير الدفاع الأميركي أشتون كارتر"),
        place=("العراق",),
        date="2015-07-24",
    ),
    E(
        "Battles/Armed clash",
        "هجوما واسعا",
        actor=("الجيش الباكستاني",),
        target=("طالبان", "القاعدة"),
        place=("شمال وزيرستان", "المنطقة القبلية", "باكستان"),
        date="2014",
        status="historical",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارة",
        at="ناصر الوحيشي في",
        actor=("طائرة أميركية من دون طيار", "طائرة أميركية"),
        target=("ناصر الوحيشي", "الوحيشي", "تنظيم القاعدة في شبه جزيرة العرب"),
        place=("اليمن",),
        date="2015-06",
        status="historical",
        fatalities=1,
        also=("مقتل الوحيشي",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارة جوية",
        at="الأميركية أن",
        actor=("قوات التحالف الدولي", "التحالف الدولي"),
        target=("محسن الفضلي", "الفضلي", "مجموعة خراسان"),
        place=("سوريا",),
        date="2015-07",
        status="historical",
        fatalities=1,
    ),
    E(
        "Violence against civilians/Attack",
        "اعتداءات سبتمبر",
        actor=("تنظيم القاعدة", "القاعدة"),
        date="2001-09-11",
        status="historical",
    ),
]
F["snn-20150806-02383"] = [
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "للعمل الإرهابي",
        target=("جامع الإمام علي بن أبي طالب",),
        place=("جامع الإمام علي بن أبي طالب",),
        date="unknown",
        status="historical",
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "جامع العنود",
        target=("جامع العنود",),
        place=("جامع العنود",),
        date="unknown",
        status="historical",
    ),
]
F["snn-20150721-00859"] = [
    E(
        "Diplomacy/Agreement",
        "الاتفاق الذري",
        actor=("إيران", "الدول الخمس"),
        target=("الدول الخمس", "إيران"),
        date="unknown",
    ),
]
F["snn-20150802-00296"] = [
    E(
        "Strategic developments/Change to group/activity",
        "أقسم",
        actor=("عشرة من القادة السابقين لطالبان", "القادة السابقين لطالبان", "طالبان"),
        target=('تنظيم "داعش"', "داعش"),
        date="2015-01",
        status="historical",
    ),
    E(
        "Battles/Armed clash",
        "صدامات دامية",
        actor=("طالبان",),
        target=("أعدائهم الإسلاميين الجدد", "داعش"),
        place=("جنوب أفغانستان", "أفغانستان"),
        date="2015-06",
        status="historical",
    ),
    E(
        "Diplomacy/Talks",
        "مفاوضات السلام",
        at="موافقتها الضمنية",
        actor=("قيادة طالبان", "طالبان"),
        place=("باكستان",),
        date="2015-07",
        status="historical",
    ),
    E(
        "Violence against civilians/Attack",
        "يذبح",
        actor=("تنظيم داعش", "داعش", "أحد أعضائه"),
        target=("خائنا",),
        place=("إقليم ننغرهار", "ننغرهار"),
        fatalities=1,
    ),
]

if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
