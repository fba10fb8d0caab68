"""Source of tests/data/events_r39a.jsonl: the thirty-ninth blind event round, part r39a.

10 real articles (SaudiNewsNet politics, 2,745–3,760 characters): the lines of /work/brief/DRAW_r39.tsv
(the saved output of `python tests/data/events_round39_select.py`) whose first column is `r39a`
(selection = events_round39_select.py, seed 3939, part r39a). All 10 kept, none dropped; 3 negatives.
Annotated by reading only (2026-11-29): the event coder was never run on these articles and no coder
output was read. Same format and guidelines as events_dev_source.py and events_fresh_source.py
(docs/events.md § Dev set); `build()` comes from events_dev_source.py (SaudiNewsNet articles by
reference + sha1).

Near-copies: none (first 80 normalised characters and shared word 8-grams, threshold 3, checked against
every tests/data/events_*.jsonl). snn-20150731-00275 shares only the 3 word 8-grams of one source's title
(«مسؤول إعلام الفرع الرابع عشر للحزب الديمقراطي الكردستاني في الموصل») with r35b's snn-20150722-00065;
the events differ.

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r38c_source.py):
- Bab al-Mandab (00909): the coalition's bombing of Houthi positions near the strait → *Air/drone strike*
  (publication date; ambiguous: air or naval fire); the Houthis' plan to close the strait is speculation,
  not coded; the Southern Resistance's «عمليات نوعية» in northern Dhale with 13 Houthi dead → one
  aggregate *Armed clash* (the «قصف مديريتي» an `also`), and its two detailed parts reported by a
  journalist — the al-Fakhir ambush (9 dead) and the anti-tank shell on a tank in Sanah (6 dead) — as two
  further *Armed clash* events (ambiguous: 9 + 6 ≠ 13, so the aggregate is kept separately); the clashes on
  the al-Hajouf front / al-Atriya / Musaytir after the repelled infiltration → one *Armed clash*; the
  Resistance artillery unit's shelling of a Houthi gathering near Lawdar (Abyan, «كثير» dead, no number) →
  *Shelling*; the Houthi Katyusha/mortar shelling of al-Salamiya village (dozens of houses destroyed) →
  *Shelling*; the fleeing fighters, the internal rifts and the tribal recruitment camp are not coded;
- Turkey/Hezbollah analysis (01712): Turkey's acceptance of the coalition's request to use Incirlik →
  *Diplomacy/Agreement*, "unknown" (as r38a's Incirlik permission; no day in this text); the Iranian
  nuclear deal → *Agreement*, "unknown" (as r36a/r38a); the coalition's settling of Aden («حسم الوضع في
  عدن») → *Government regains territory*, "unknown" (as the liberation of Aden in earlier rounds;
  ambiguous); the Turkish campaign in north Syria, the planned safe zone, Turkey's call for a NATO meeting
  (a request, the meeting itself not reported) and Nasrallah's speech are not coded;
- Yazidis (00275): ISIS's abduction of 5,838 Yazidis → *Abduction/forced disappearance*, historical,
  "unknown" (the 2,014 freed by purchase and the slave markets are not coded separately); the coalition
  strikes on Mosul «أمس» (2015-07-30): the Bayboukht weapons depot (Bashiqa, «أكثر من عشرة» → 10 dead;
  «غارات مكثفة» an `also`), the car bomb blown up before reaching the Peshmerga (ambiguous: could be
  *Disrupted weapons use*), the convoy near Imam Reza (9 dead) and the strike near Khwaja Khalil (11
  dead) → four *Air/drone strike* events; the killing of three al-Khansaa women by an armed group in
  Wadi al-Hajar → *Armed clash*, 3 dead (ambiguous: unidentified attacker); ISIS's detention of 80+ Mosul
  citizens → *Arrests* (as r3x's ISIS detentions in Mosul); the execution of 41 child fighters who fled
  Bashiqa → *Violence against civilians/Attack*, 41 dead (ambiguous: the victims are ISIS's own recruits);
  the Bashiqa battles and the flight across the river are not coded;
- negative: snn-20150721-00913 (book reviews: the Mongols, the Iran–Iraq war, a prison term are history);
- Abha (01036, opinion): the suicide bombing of the Emergency Forces mosque «يوم الخميس الماضي» →
  *Suicide bomb* 2015-08-06, 15 dead («الشهداء الـ15»), actor ISIS (claimed); the 300 foiled operations
  and ISIS's attacks on Syrian rebels in Qalamoun/Aleppo are generic, not coded;
- Turkey (00163): the air force strike on three ISIS targets in northern Syria announced «أمس» → *Air/drone
  strike* 2015-07-25; the artillery's shelling of three ISIS targets in Syria → *Shelling*, "unknown"
  (the text says «دون الإشارة إلى توقيت القصف»; second mention an `also`); the Turkish–US talks on the
  bases → *Diplomacy/Talks* (publication date; ambiguous); the campaign against ISIS and the PKK as a
  whole, Cavusoglu's press conference and the safe-zone remarks are not coded;
- Khamenei (01720, opinion): the nuclear deal → *Diplomacy/Agreement*, "unknown"; the Aden poem, the
  Gulf arms contracts and the expected uprising are not coded;
- negatives: snn-20150722-01743 (Cameron's speech on extremism, the RAF pilots' participation in US
  strikes — a policy, no strike named — and a police recruitment drive) and snn-20150809-00186 (the
  Baghdad coppersmiths' market);
- Iran chess (00868, opinion): the final nuclear agreement between Tehran and the six powers →
  *Agreement*, "unknown"; the Golden Arrow operation to liberate Aden → *Government regains territory*,
  "unknown"; the end of the Iran–Iraq war and Israel's Golan demand are not coded.

Run: python tests/data/events_r39a_source.py   (writes events_r39a.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r39a.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150726-00909"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصفت مواقع",
        actor=("قوات التحالف العربي", "التحالف العربي"),
        target=("المتمردين الحوثيين", "الحوثيين"),
        place=("مضيق باب المندب", "باب المندب"),
    ),
    E(
        "Battles/Armed clash",
        "عمليات نوعية",
        actor=("المقاومة الشعبية الجنوبية", "المقاومة الشعبية", "المقاومة"),
        target=("حوثيا", "الحوثيين"),
        place=("محافظة الضالع", "الضالع", "قعطبة الشمالية", "مديرية قعطبة الشمالية", "سناح"),
        fatalities=13,
        also=("خلال قصف مديريتي",),
    ),
    E(
        "Battles/Armed clash",
        "كمين",
        actor=("المقاومة",),
        target=("ميليشيات التمرد",),
        place=("منطقة الفاخر", "الفاخر"),
        fatalities=9,
    ),
    E(
        "Battles/Armed clash",
        "تفجير دبابة",
        actor=("مقاتلو المقاومة", "المقاومة"),
        target=("المتمردين",),
        place=("منطقة سناح", "سناح"),
        fatalities=6,
    ),
    E(
        "Battles/Armed clash",
        "اشتباكات عنيفة",
        actor=("المقاومة",),
        target=("ميليشيات الحوثي وصالح", "ميليشيات الحوثي"),
        place=("جبهة الحجوف", "لكمة لشعوب", "قرية العطرية", "منطقة مسيطر", "سناح"),
        also=("صد المقاومة لمحاولة تسلل",),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "مقصف مدفعي",
        actor=("وحدة المدفعية في اللواء الأول للمقاومة", "اللواء الأول للمقاومة", "المقاومة"),
        target=("الحوثيين", "تجمعا للحوثيين"),
        place=("مدينة العين", "مديرية لودر", "لودر", "محافظة أبين", "أبين"),
        also=("القصف طال",),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصف مكثف",
        actor=("الميليشيات الحوثية",),
        target=("قرية السلامية", "المنازل"),
        place=("قرية السلامية", "السلامية"),
    ),
]
F["snn-20150731-01712"] = [
    E(
        "Diplomacy/Agreement",
        "قبول تركيا",
        actor=("تركيا",),
        target=("التحالف الدولي",),
        place=("أنجرليك",),
        date="unknown",
    ),
    E(
        "Diplomacy/Agreement",
        "توقيع الاتفاق النووي",
        actor=("الإيراني",),
        date="unknown",
    ),
    E(
        "Battles/Government regains territory",
        "حسم الوضع",
        actor=("التحالف الدولي",),
        place=("عدن",),
        date="unknown",
    ),
]
F["snn-20150731-00275"] = [
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "المختطفين من قبل تنظيم داعش",
        actor=("تنظيم داعش", "داعش"),
        target=("الإيزيديين", "5838 شخصا"),
        date="unknown",
        status="historical",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "دمرت طائرات التحالف",
        actor=("طائرات التحالف الدولي", "طيران التحالف الدولي", "التحالف الدولي"),
        target=("مخزنا كبيرا لأسلحة تنظيم داعش", "داعش", "مسلحين"),
        place=("قرية بايبوخت", "بايبوخت", "ناحية بعشيقة", "بعشيقة"),
        date="2015-07-30",
        fatalities=10,
        also=("غارات مكثفة", "الغارة"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "فجرت الطائرات الدولية",
        actor=("الطائرات الدولية", "التحالف الدولي"),
        target=("سيارة مفخخة", "انتحاري", "تنظيم داعش"),
        place=("ناحية بعشيقة", "بعشيقة"),
        date="2015-07-30",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "استهدفت غارة أخرى",
        actor=("التحالف الدولي", "التحالف"),
        target=("رتلا من عجلات (داعش)", "داعش", "مسلحين"),
        place=("قرية إمام رضا", "إمام رضا"),
        date="2015-07-30",
        fatalities=9,
        also=("وأدت الغارة",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصف جوي للتحالف",
        actor=("التحالف",),
        target=("مواقع التنظيم", "مسلحا"),
        place=("منطقة خواجة خليل", "خواجة خليل", "ناحية وانه", "وانه"),
        date="2015-07-30",
        fatalities=11,
    ),
    E(
        "Battles/Armed clash",
        "لهجوم من قبل مجموعة مسلحة",
        actor=("مجموعة مسلحة",),
        target=("مجموعة الخنساء النسوية المسلحة", "مجموعة الخنساء", "ثلاث نساء مسلحات", "داعش"),
        place=("منطقة وادي الحجر", "وادي الحجر", "الموصل"),
        date="2015-07-30",
        fatalities=3,
        also=("قتل أمس ثلاث نساء",),
    ),
    E(
        "Strategic developments/Arrests",
        "اعتقل أمس",
        actor=("(داعش)", "داعش"),
        target=("أكثر من 80 مواطنا موصليا", "مواطنا موصليا", "80 مواطنا"),
        place=("الموصل", "موصليا"),
        date="2015-07-30",
    ),
    E(
        "Violence against civilians/Attack",
        "أعدمت لجنة الإعدامات",
        actor=("لجنة الإعدامات", "(داعش)", "داعش"),
        target=("41 طفلا", "مسلحيه الأطفال"),
        place=("الموصل",),
        date="2015-07-30",
        fatalities=41,
    ),
]
F["snn-20150721-00913"] = []  # book reviews: Mongols, Iran–Iraq war, a prison term — history only
F["snn-20150809-01036"] = [
    E(
        "Explosions/Remote violence/Suicide bomb",
        "التفجير الإرهابي",
        actor=("داعش", "ذلك التنظيم الإرهابي"),
        target=("المصلين", "قوات الطوارئ"),
        place=("مسجد مقر قوات الطوارئ", "منطقة عسير", "عسير"),
        date="2015-08-06",
        fatalities=15,
        also=("التفجير الانتحاري",),
    ),
]
F["snn-20150726-00163"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "استهداف جديد",
        actor=("سلاح الجو التركي", "تركيا"),
        target=("ثلاثة أهداف لتنظيم داعش", "داعش"),
        place=("شمال سوريا", "سوريا"),
        date="2015-07-25",
        also=("استهدف خلالها",),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصفت المدفعية التركية",
        actor=("المدفعية التركية", "المدفعية"),
        target=("ثلاثة أهداف تابعة لتنظيم داعش", "داعش"),
        place=("سوريا",),
        date="unknown",
        also=("قصفت المدفعية 3 أهداف",),
    ),
    E(
        "Diplomacy/Talks",
        "استمرار المباحثات",
        actor=("مولود جاويش أوغلو", "جاويش أوغلو", "تركيا"),
        target=("الولايات المتحدة الأميركية", "الولايات المتحدة"),
    ),
]
F["snn-20150731-01720"] = [
    E(
        "Diplomacy/Agreement",
        "وافق على الاتفاق",
        actor=("نظام طهران", "الخامنئي"),
        target=("الإدارة الأمريكية", "الولايات المتحدة"),
        date="unknown",
        also=("ووافق على الاتفاق",),
    ),
]
F["snn-20150722-01743"] = []  # Cameron's counter-extremism speech; RAF pilots' role is a policy, no strike
F["snn-20150809-00186"] = []  # Baghdad coppersmiths' market: no event
F["snn-20150723-00868"] = [
    E(
        "Diplomacy/Agreement",
        "اتفاق نهائي",
        actor=("طهران", "إيران"),
        target=("الدول الست الكبرى",),
        date="unknown",
        also=("توقيع الاتفاق",),
    ),
    E(
        "Battles/Government regains territory",
        "لتحرير عدن",
        place=("عدن",),
        date="unknown",
        also=("عملية (السهم الذهبي)",),
    ),
]


if __name__ == "__main__":
    print(build(F, OUT), "articles ->", OUT)
