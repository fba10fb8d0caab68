"""Source of tests/data/events_r61b.jsonl: the sixty-first blind event round, part r61b.

4 real articles (SaudiNewsNet politics, 5,001–5,369 characters): the lines of /work/brief/DRAW_r61.tsv
(the saved output of `python tests/data/events_round61_select.py`) whose first column is `r61b`
(selection = events_round61_select.py, seed 6161, part r61b). All 4 kept, none dropped. Annotated by
reading only (2026-11-29): the event coder was never run on these articles and no coder output was read.
Same format and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set);
`build()` comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three or more
12-word runs with an article of another tests/data/events_*.jsonl set (1,884 articles, checked
2026-11-29 20:45 UTC). Same happenings in other words: the nuclear deal (many rounds), the Duma arson
(many rounds), Hariri's assassination (r33b), the Camp David accords (r39c, r44b, r46c), the invasion of
Kuwait (r32c, r40c and later), the Zabadani battle and its barrel bombs (r21c, r24b, r25b).

Choices (the last rounds' calls followed; columns: historical asides with a date or a named happening
are coded as historical; aims, habits, campaigns, whole wars, analogies and statements are not):
- «self-criticism» column (00083, opinion): the US–Iranian nuclear deal → *Diplomacy/Agreement*,
  "unknown" (as the columns; «الاتفاق النووي مع إيران» its mention); Sadat's Camp David («مرحلة كامب
  ديفيد», his recognition of Israel) → *Diplomacy/Agreement*, historical, "unknown" (as r46c); the burning
  of the Dawabsheh home → *Violence against civilians/Attack*, "unknown", no number (as r58c's column);
  Kerry «اليوم يزور الشرق الأوسط» → *Diplomacy/Visit* 2015-08-03 (place the Middle East: the text names no
  country); Saddam's occupation of Kuwait → *Non-state actor overtakes territory*, historical, "unknown"
  (as r40c/r42c; ambiguous: a «منذ» time anchor, r59a left one uncoded); Hariri's assassination «منذ عام
  2005» → *Violence against civilians/Attack*, historical, 2005 (as r33b). Not coded: Sadat's Knesset
  speech (the Jerusalem visit only implied), Netanyahu's campaign against the deal, the Shah's role in the
  Baghdad Pact (ambiguous: a named agreement, but the text names his role, not its signing), «تسليم نظام
  الأسد البلد لهيمنة حزب الله» (a metaphor), the fall of Saddam, the Syrian war since 2011, the refusal of
  safe zones, what Iran did in Syria, Yemen and Bahrain (generic);
- «Syria's paths» column (00069, opinion): negative — the Lebanese civil war and the Syrian revolution
  (whole wars), Saddam's removal «في 2003» and the Syrian forces' entry into Lebanon (time references, as
  r56a's fall of Saddam), de-Baathification and the army's dissolution (policies), the Taif agreement (an
  analogy, as r58a/r59b), Hafez's joining the Kuwait coalition, Erdogan's coordination with Washington (a
  process), the British foreign secretary's statement;
- regime, Kurds and coalition (02131, news round-up, published 2015-07-21): Zabadani — the very heavy
  shelling from the checkpoints besieging the city → *Shelling/artillery/missile attack*, publication date,
  and the regime's barrel bombs on it → *Air/drone strike* dated 2015-07-18 («18 برميلاً سقطت على المدينة
  يوم السبت» its mention; ambiguous: the text ties the barrels to the mobilisation, dated only by the
  Saturday count); the regime's barrel bombing of the towns of Daraa province, named as the reason for
  the FSA's strikes → *Air/drone strike*, publication date (ambiguous: a reason clause); the FSA
  formations' aggregate «استهداف مقرات النظام في درعا والقنيطرة» is a mention of the first place it lists,
  Daraa: the Grad rockets on the 9th Division near al-Sanamayn → *Shelling*, no number («سقوط قتلى»); the
  First Army's rocket launchers on Khan Arnabeh and al-Baath (one event, two neighbouring towns) and its
  mortars on al-Thaala airport → two *Shelling*; the clashes around the Taouneh checkpoint and Aqrab
  (southern Hama countryside) → one *Armed clash* (the aggregate «اشتباكات عنيفة … على جبهات القتال
  المتعددة» and the sub-heading its mentions); the helicopter barrel bombs on Rasm al-Abboud → *Air/drone
  strike*; the factions «استهدفت» regime positions around al-Khalidiya in Aleppo → *Armed clash* (means
  not given, as r5b; ambiguous: *Shelling*); the YPG with the factions, under coalition air cover, taking
  the Red Villas south-east of al-Hasakah → *Non-state actor overtakes territory* (the days of clashes and
  «تضييق الطوق» in the AFP part its mentions; the coalition's air cover not coded apart, as r58a); the
  regime–ISIS battles in southern al-Hasakah «منذ 25 يونيو» → *Armed clash*, publication date (ongoing;
  «استئناف القتال» its mention); ISIS's attack that took some districts → *Non-state actor overtakes
  territory*, historical, 2015-06 (the battles began 25 June; ambiguous day); the remains of a car bomb
  «انفجرت في المكان» (Ghwayran) → *Remote explosive/landmine/IED*, historical, "unknown" (ambiguous: seen
  only as remains). Not coded: the regime–coalition coordination through a Kurdish go-between, the
  mobilisation around Zabadani «في محاولة … لاقتحام سهلها» (an aim, as r24b), the ~700 Qardaha defectors
  «منذ بداية العام» (a tally), de Mistura's planned Security Council session (a debate, as r16c), the
  arms and tanks the regime gave the Kurds (support), the soldier's six months of artillery support (a
  campaign), the posts the Kurds took after the regime withdrew (no place or date), ISIS's attempt to
  open a supply route, the alternating flights over al-Hasakah;
- «new historical phase» column (00092, opinion): the signing of the nuclear deal between Iran and the
  P5+1 → *Diplomacy/Agreement*, "unknown" (as the columns). Not coded: Khamenei's speech, the support for
  the Egyptian army against the Brotherhood's rule (as r47a/r49a), King Salman's decision to launch
  Decisive Storm and the Arab coalition (a campaign), contacts with Russia and China, proposed policies.

Counts: 4 articles, 20 events, 1 negative (Explosions/Remote violence 8: Shelling 4, Air/drone strike 3,
Remote explosive 1; Battles 6: Armed clash 3, Non-state actor overtakes territory 3; Diplomacy 4:
Agreement 3, Visit 1; Violence against civilians 2).

Run: python tests/data/events_r61b_source.py            (writes events_r61b.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r61b.jsonl")

F: dict[str, list[dict]] = {}

F["snn-20150803-00083"] = [  # column: Arab confusion and self-criticism
    E(
        "Diplomacy/Agreement",
        "الاتفاق النووي الأميركي الإيراني",
        actor=("الإيراني", "إيران"),
        target=("الأميركي", "الولايات المتحدة"),
        date="unknown",
        also=("الاتفاق النووي مع إيران",),
    ),
    E(
        "Diplomacy/Agreement",
        "كامب ديفيد",
        at="«مرحلة",
        actor=("أنور السادات", "الرئيس المصري الأسبق أنور السادات", "السادات"),
        target=("إسرائيل",),
        date="unknown",
        status="historical",
        also=("الاعتراف بإسرائيل",),
    ),
    E(
        "Violence against civilians/Attack",
        "إحراق بيت آل الدوابشة",
        target=("آل الدوابشة", "بيت آل الدوابشة"),
        date="unknown",
    ),
    E(
        "Diplomacy/Visit",
        "يزور",
        at="جون كيري اليوم",
        actor=("جون كيري", "كيري"),
        place=("الشرق الأوسط",),
        date="2015-08-03",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "احتلال صدام حسين الكويت",
        actor=("صدام حسين",),
        place=("الكويت",),
        date="unknown",
        status="historical",
    ),
    E(
        "Violence against civilians/Attack",
        "اغتيال رفيق الحريري",
        target=("رفيق الحريري", "الحريري"),
        place=("لبنان",),
        date="2005",
        status="historical",
    ),
]

F["snn-20150727-00069"] = []  # column: Syria's paths; civil wars, 2003 and Taif as analogies only

F["snn-20150721-02131"] = [  # news round-up: Zabadani, Daraa, Quneitra, Hama, Aleppo, al-Hasakah
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصف عنيف جداً",
        actor=("النظام", "قوات النظام"),
        place=("زبداني", "الزبداني", "للزبداني"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصف",
        at="كما ترافق هذا مع",
        actor=("قوات النظام", "النظام"),
        place=("زبداني", "الزبداني", "للزبداني"),
        date="2015-07-18",
        also=("18 برميلاً سقطت على المدينة",),
    ),
    E(
        "Battles/Armed clash",
        "اشتباكات عنيفة ميدانيا",
        actor=("قوات النظام", "ميليشيا الدفاع الوطني"),
        target=("الفصائل المقاتلة",),
        place=("حاجز التاعونة", "بلدة عقرب", "عقرب", "ريف حماه الجنوبي", "ريف حماه"),
        also=("اشتباكات عنيفة بين الفصائل", "دارت اشتباكات عنيفة"),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "استهداف مقرات النظام في درعا",
        actor=("تشكيلات تابعة للجيش الحر", "الجيش الحر"),
        target=("الفرقة التاسعة", "جيش النظام", "مقرات النظام"),
        place=("الصنمين", "مدينة الصنمين", "ريف درعا", "درعا"),
        also=("قصف بصواريخ",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "استهداف قوات الأسد للمدنيين",
        actor=("قوات الأسد", "قوات النظام"),
        target=("للمدنيين", "المدنيين"),
        place=("محافظة درعا", "درعا"),
        also=("قصف قوات النظام لمدن وبلدات محافظة درعا",),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "استهداف مقرات قوات النظام",
        actor=("كتائب وتشكيلات الجيش الأول", "الجيش الأول", "الجيش الحر"),
        target=("مقرات قوات النظام", "قوات النظام"),
        place=("خان أرنبة", "البعث"),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "إطلاق قذائف هاون",
        actor=("كتائب وتشكيلات الجيش الأول", "الجيش الأول", "الجيش الحر"),
        target=("مطار الثعلة العسكري", "مطار الثعلة"),
        place=("مطار الثعلة العسكري", "مطار الثعلة", "محافظة القنيطرة", "القنيطرة"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "لقصف الطيران المروحي",
        actor=("الطيران المروحي",),
        place=("رسم العبود", "قرية رسم العبود", "ريف حلب الشرقي"),
    ),
    E(
        "Battles/Armed clash",
        "استهدفت",
        at="في حين",
        actor=("الفصائل المقاتلة",),
        target=("مواقع قوات النظام", "قوات النظام"),
        place=("حي الخالدية", "الخالدية", "مدينة حلب", "حلب"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "السيطرة",
        at="بغطاء من طيران التحالف",
        actor=("وحدات حماية الشعب الكردية", "الكتائب المقاتلة"),
        target=("مقاتلي تنظيم داعش", "تنظيم داعش", "داعش"),
        place=("منطقة الفيلات الحمر", "الفيلات الحمر", "الحسكة"),
        also=("اشتباكات مع مقاتلي تنظيم داعش", "تضييق الطوق"),
    ),
    E(
        "Battles/Armed clash",
        "معارك ضارية",
        actor=("القوات النظامية", "قوات النظام"),
        target=("التنظيم", "تنظيم داعش", "داعش"),
        place=("الحسكة", "مدينة الحسكة"),
        also=("استئناف القتال ضد تنظيم داعش",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "السيطرة",
        at="نجح خلاله في",
        actor=("التنظيم", "داعش"),
        place=("الحسكة",),
        date="2015-06",
        status="historical",
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "سيارة مفخخة انفجرت",
        place=("حي غويران", "غويران", "الحسكة"),
        date="unknown",
        status="historical",
    ),
]

F["snn-20150726-00092"] = [  # column: a new historical phase in the Middle East
    E(
        "Diplomacy/Agreement",
        "توقيع الاتفاق النووي",
        actor=("إيران",),
        target=("الدول الغربية الخمس زائد واحد", "الدول الغربية"),
        date="unknown",
    ),
]

if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
