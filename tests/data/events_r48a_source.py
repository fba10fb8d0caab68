"""Source of tests/data/events_r48a.jsonl: the forty-eighth blind event round, part r48a.

8 real articles (SaudiNewsNet politics, 4,016–5,857 characters): the lines of /work/brief/DRAW_r48.tsv
(the saved output of `python tests/data/events_round48_select.py`) whose first column is `r48a`
(selection = events_round48_select.py, seed 4848, part r48a). All 8 kept, none dropped. Annotated by
reading only (2026-11-29): the event coder was never run on these articles and no coder output was read.
Same format and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set);
`build()` comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three or more
12-word runs with an article of another tests/data/events_*.jsonl set (checked 2026-11-29, before the
other parts of rounds 48-49 were committed). Same happenings in other words: the Duma arson (two
articles here; r7a, r14b … r28b), the Tabgha church arson (r25b), the Turkish–US Incirlik / safe-zone
deal (r14b … r20c), the Iranian nuclear deal (many rounds), the Camp David summit (r15b, r20c, r37c),
the Sykes–Picot agreement (r46c), the Kobani battle (r40c, r43b), the coalition's humanitarian truce
(r30c, r35c), MBS's Cairo visit and the Cairo Declaration (r38b, r41b), the liberation of Aden.

Choices (the last rounds' calls followed):
- Washington–Ankara (00406): the Turkish–US deal (Incirlik opened to the coalition, the ISIS-free zone)
  → one *Diplomacy/Agreement*, "unknown" (the Incirlik opening its first mention; ambiguous: a coder may
  code the opening apart, as *Strategic developments/Other*); Turkey's air raids on ISIS and on the PKK
  → two *Air/drone strike* (two targets, two theatres; the PKK's in northern Iraq, ambiguous), "unknown";
  Turkey's arrests of ISIS suspects → *Arrests*, "unknown"; the US drone strike in Syria «أمس
  (الاربعاء)» → *Air/drone strike* 2015-08-05; the YPG expelling ISIS from Kobani «في يناير» →
  *Non-state actor overtakes territory*, historical, 2015-01. Not coded: the arrival of US planes at
  Incirlik (a deployment, as r14b/r17a), Turkey's new strategy, the AFAD camp offer, the planned zone;
- «اهتزاز المعادلات» (00322, opinion): the Turkish–US buffer-zone deal «قبل أيام» → *Diplomacy/Agreement*
  2015-07; Kerry's last visit to Moscow → *Visit*, "unknown" (as r41a); the nuclear deal «قبل أيام
  قليلة» → *Agreement* 2015-07; the Camp David summit → *Meeting*, historical, "unknown" (as r15b/
  r20c/r37c); Geneva 1 (reached with US and Russian assent) → *Agreement*, historical, "unknown", and
  Geneva 2 (failed by the Russians) → *Talks*, historical, "unknown" (both ambiguous: named as argument,
  r34b left Geneva 1 uncoded); Sykes–Picot «عام 1916» → *Agreement*, historical, 1916 (as r46c). Not
  coded: Assad's speech, Bogdanov's offer, the regime's strikes in Aleppo (an embassy's allegation of a
  habit), Obama's Pentagon visit (domestic), the ambassador's statements;
- «بين داعش والنصرة» (00991, opinion): negative — the regime's killings, the averted US strike, the
  chemical handover and bin Laden's death (a time anchor, as r36b) are background;
- UNRWA (00142): the Gaza demonstration «أمس» in front of UNRWA's headquarters → *Protests/Peaceful
  protest* 2015-07-26 (the lead's «بمظاهرات حاشدة» its first mention); the Advisory Commission's
  extraordinary meeting in Amman «أمس» with donors and hosts → *Diplomacy/Meeting* 2015-07-26
  (ambiguous: an agency's body); the Cairo reconstruction conference «الصيف الماضي» → *Meeting*,
  historical, 2014 (ambiguous); the last Gaza war → *Armed clash*, historical, "unknown" (as r26a/r27a,
  no year in this text). Not coded: the halted cash aid, the hiring freeze, the voluntary-departure
  scheme, UNRWA's cumulative payments, the PLO's appeals, the planned school delay;
- Jewish terror (00155): the Duma arson «فجر الجمعة الماضي» → *Violence against civilians/Attack*
  2015-07-31, 1 dead; Meir Ettinger's arrest in Safed «أمس» → *Arrests* 2015-08-03; the Tabgha church
  arson → *Looting/property destruction*, historical, "unknown" (as r25b), and the arrest of its cell →
  *Arrests*, historical, "unknown" (ambiguous). Not coded: the indictment, the seized document, the
  expulsion order, Netanyahu's consultations (a domestic meeting), the mosque burnings and the older
  group's shootings (habits), the agreed administrative detentions (a decision);
- Eid column (01108, opinion): negative;
- Houthi setbacks (00118): the Resistance and army attack on the al-Sadrain camp in Murays «صباح السبت
  الماضي» → *Non-state actor overtakes territory* 2015-08-08 (the Resistance acting, as fresh/r47a; the
  camp's two «تحرير» its mentions;
  the seized heavy weapons and the communiqué's «خسائر» not coded apart); the cleansing of Qa'tabah and the entry into
  Damt → two takeovers (two towns; undated); the Resistance's pounding of the militia's last gatherings
  between Sanah and Qa'tabah → *Shelling* (ambiguous: «دك»), and its taking of the forward positions
  and securing of the Sanah strip → a takeover; the Damt negotiations for the handover of offices →
  *Diplomacy/Talks* (ambiguous); the UAE's 100 police cars for Aden → *Diplomacy/Aid*; the liberation of
  Aden → *Government regains territory*, "unknown" (as r30c/r41a), Lahj's → a second one (al-Dhale's is
  the day's fighting); ICRC president Maurer's arrival in Sanaa «السبت» → *Visit* 2015-08-08, his
  expected meetings → *Meeting*, planned, his later Aden visit → *Visit*, planned. Not coded: the
  Houthi circular, the ICRC toll since March (an aggregate), the returnees' flight, al-Dhale's
  declaration as liberated, the expected battles;
- Saudi cabinet (00143): the Duma arson → *Attack*, publication date (no death stated: no count); the
  storming of al-Aqsa with beatings → *Violence against civilians/Attack*, publication date (ambiguous:
  r46b/r47c left «violations of al-Aqsa» uncoded, this one names beatings); the coalition's humanitarian
  truce → *Strategic developments/Agreement* (as r30c); the King's urgent aid and air bridge to Yemen →
  *Diplomacy/Aid*; MBS's visit to Cairo, his meeting with the Egyptian president and the Cairo
  Declaration → *Visit*, *Meeting*, *Diplomacy/Agreement* (as r41b), all publication date. Not coded:
  the cabinet session (domestic), the treaty approvals (UPU acts, the tobacco protocol), the mandate to
  negotiate with Côte d'Ivoire (a plan), appointments, the petroleum media forum.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r48a.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150806-00406"] = [  # Washington and Ankara against ISIS
    E(
        "Diplomacy/Agreement",
        "فتحت",
        at="وفتحت أنقرة",
        actor=("أنقرة", "تركيا"),
        target=("الائتلاف الدولي", "الولايات المتحدة", "واشنطن"),
        date="unknown",
        also=("الاتفاق التركي - الاميركي الجديد",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات جوية",
        at="نفذت بدورها",
        actor=("أنقرة", "تركيا"),
        target=("التنظيم", "داعش"),
        date="unknown",
    ),
    E(
        "Strategic developments/Arrests",
        "اعتقلت",
        at="واعتقلت عناصر",
        actor=("أنقرة", "تركيا"),
        target=("عناصر يشتبه بانتمائهم إلى صفوفه", "عناصر"),
        place=("تركيا",),
        date="unknown",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصفت",
        at="وقصفت طائرة",
        actor=("طائرة أميركية من دون طيار", "طائرة أميركية"),
        target=("تنظيم «داعش»", "داعش"),
        place=("سوريا",),
        date="2015-08-05",
        also=("أول عملية جوية",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "الغارات التركية",
        actor=("التركية", "تركيا"),
        target=("حزب العمال الكردستاني",),
        place=("شمال العراق", "جنوب شرقي تركيا"),
        date="unknown",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "طردت",
        at="الوحدات الكردية التي",
        actor=("الوحدات الكردية",),
        target=("تنظيم «داعش»", "داعش"),
        place=("مدينة عين العرب", "عين العرب"),
        date="2015-01",
        status="historical",
    ),
]

F["snn-20150731-00322"] = [  # opinion: the shaken equations and Assad's sectarian state
    E(
        "Diplomacy/Agreement",
        "اتفقوا",
        actor=("الأتراك", "تركيا"),
        target=("الولايات المتحدة", "الأميركيين"),
        date="2015-07",
        also=("اتفاقهم مع الأميركيين", "اتفقوا عليها مع الأتراك"),
    ),
    E(
        "Diplomacy/Visit",
        "زيارته",
        at="أدلى بتصريح خلال",
        actor=("جون كيري", "وزير الخارجية الأميركي"),
        place=("موسكو",),
        date="unknown",
        also=("وهو في موسكو، خلال زيارته الأخيرة",),
    ),
    E(
        "Diplomacy/Agreement",
        "جنيف 1",
        actor=("الولايات المتحدة", "روسيا الاتحادية"),
        date="unknown",
        status="historical",
        also=("هذا الاتفاق الآنف الذكر",),
    ),
    E(
        "Diplomacy/Talks",
        "جنيف 2",
        actor=("الروس",),
        date="unknown",
        status="historical",
        also=("أفشلوا «جنيف 2»",),
    ),
    E(
        "Diplomacy/Agreement",
        "اتفاق النووي",
        actor=("إيران",),
        target=("دول «5+1»", "الولايات المتحدة"),
        date="2015-07",
        also=("اتفاقية النووي ومفاوضاتها", "حتى بعد اتفاقية النووي"),
    ),
    E(
        "Diplomacy/Meeting",
        "قمة كامب ديفيد",
        actor=("باراك أوباما", "أوباما"),
        target=("دول مجلس التعاون الخليجي",),
        place=("كامب ديفيد",),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Agreement",
        "«سايكس - بيكو»",
        date="1916",
        status="historical",
    ),
]

F["snn-20150726-00991"] = []  # opinion: ISIS, al-Nusra and the intellectual resistance

F["snn-20150727-00142"] = [  # UNRWA's financial crisis and the Gaza demonstration
    E(
        "Protests/Peaceful protest",
        "بمظاهرات",
        actor=("الفلسطينيون في قطاع غزة", "الفلسطينيين", "مئات الفلسطينيين"),
        target=("وكالة الغوث الدولية", "الأونروا"),
        place=("قطاع غزة", "غزة"),
        date="2015-07-26",
        also=("وتظاهر مئات الفلسطينيين في غزة أمس",),
    ),
    E(
        "Diplomacy/Meeting",
        "اجتماعا",
        actor=("الأونروا", "الوكالة", "اللجنة الاستشارية"),
        target=("كبار الجهات المانحة والمستضيفة",),
        place=("العاصمة الأردنية عمان", "عمان"),
        date="2015-07-26",
        also=("الجلسة غير العادية للجنة الاستشارية",),
    ),
    E(
        "Battles/Armed clash",
        "الحرب الأخيرة على غزة",
        place=("غزة",),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Meeting",
        "مؤتمر الإعمار",
        place=("القاهرة",),
        date="2014",
        status="historical",
    ),
]

F["snn-20150804-00155"] = [  # Jewish terror groups after the Duma arson
    E(
        "Violence against civilians/Attack",
        "حرق",
        at="عملية حرق عائلة",
        actor=("نشطاء اليمين المتطرف", "تنظيمات الإرهاب اليهودي"),
        target=("عائلة دوابشة", "الطفل الفلسطيني علي دوابشة", "علي دوابشة"),
        place=("قرية دوما", "دوما"),
        date="2015-07-31",
        fatalities=1,
        also=("قتل الطفل الفلسطيني علي دوابشة", "حرق منزلهم"),
    ),
    E(
        "Strategic developments/Looting/property destruction",
        "إحراق كنيسة الطابغة",
        actor=("موشيه أورباخ", "أورباخ", "أفراد الخلية"),
        target=("كنيسة الطابغة",),
        place=("طبريا", "كنيسة الطابغة"),
        date="unknown",
        status="historical",
        also=("إحراق كنيسة الطابغة الاستثنائية",),
    ),
    E(
        "Strategic developments/Arrests",
        "اعتقاله",
        at="أمس عن اعتقاله",
        actor=("أجهزة الأمن الإسرائيلية",),
        target=("مئير اتينغر", "اتينغر"),
        place=("مدينة صفد", "صفد"),
        date="2015-08-03",
    ),
    E(
        "Strategic developments/Arrests",
        "باعتقال",
        at="باعتقال أفراد",
        target=("أفراد الخلية",),
        date="unknown",
        status="historical",
    ),
]

F["snn-20150725-01108"] = []  # opinion: Eid and the state of the nation

F["snn-20150810-00118"] = [  # Yemen: al-Dhale front, UAE police cars, ICRC president
    E(
        "Battles/Non-state actor overtakes territory",
        "بالهجوم",
        at="بالهجوم على معسكر",
        actor=("عناصر المقاومة الشعبية", "المقاومة الشعبية", "الجيش الوطني"),
        target=("الميليشيات", "للواء 33 مدرع"),
        place=("معسكر الصدرين", "منطقة بمريس", "مريس", "الضالع"),
        date="2015-08-08",
        also=("معركة تحرير المعسكر", "عملية تحرير معسكر الصدرين"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "تطهيرهم",
        actor=("رجال المقاومة", "المقاومة"),
        target=("الميليشيات",),
        place=("مدينة قعطبة", "قعطبة"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "دخلوا المدينة",
        actor=("رجال المقاومة", "المقاومة"),
        target=("الميليشيات",),
        place=("مدينة دمت", "دمت", "المدينة"),
        also=("الميليشيات لاذت بالفرار",),
    ),
    E(
        "Diplomacy/Talks",
        "المفاوضات",
        at="إلى أن المفاوضات",
        actor=("المقاومة",),
        target=("بعض المتحوثين من أبناء المدينة", "المتحوثين"),
        place=("المدينة", "مدينة دمت", "دمت"),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "بدك",
        actor=("المقاومة الشعبية الجنوبية", "المقاومة"),
        target=("الميليشيات",),
        place=("سناح", "مدينة قعطبة", "قعطبة", "الضالع"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "تحريرها",
        at="وبعد تحريرها",
        actor=("المقاومة",),
        target=("الميليشيات",),
        place=("سناح", "الشريط الحدودي"),
        also=("بتأمين الشريط الحدودي في سناح",),
    ),
    E(
        "Diplomacy/Aid",
        "ﻗﺪﻣﺖ",
        actor=("ﺩﻭﻟﺔ الإمارات ﺍﻟﻌﺮﺑﻴﺔ ﺍﻟﻤﺘﺤﺪﺓ", "الإمارات"),
        target=("ﻟﺸﺮﻃﺔ ﻣﺪﻳﻨﺔ ﻋﺪﻥ", "ﺷﺮﻃﺔ ﻋﺪﻥ"),
        place=("ﻣﺪﻳﻨﺔ ﻋﺪﻥ", "ﻋﺪﻥ"),
        also=("ﻭﺍﺳﺘﻠﻤﺖ ﺷﺮﻃﺔ ﻋﺪﻥ",),
    ),
    E(
        "Battles/Government regains territory",
        "ﺗﺤﺮﻳﺮ",
        at="ﺑﻌﺪ ﺗﺤﺮﻳﺮ ﻣﺪﻳﻨﺔ",
        target=("ﻣﻴﻠﻴﺸﻴﺎت ﺍﻟﺤﻮﺛﻲ", "ﺍﻟﺤﻮﺛﻲ"),
        place=("ﻣﺪﻳﻨﺔ ﻋﺪﻥ", "ﻋﺪﻥ"),
        date="unknown",
    ),
    E(
        "Diplomacy/Visit",
        "ﻭﺻﻞ",
        at="ﻭﻭﺻﻞ ﺭﺋﻴﺲ",
        actor=("ﺑﻴﺘﺮ ﻣﻮﺭﺭ", "ﺭﺋﻴﺲ ﺍﻟﻠﺠﻨﺔ ﺍﻟﺪﻭﻟﻴﺔ ﻟﻠﺼﻠﻴﺐ ﺍﻷﺣﻤﺮ ﺍﻟﺪﻭﻟﻲ"),
        place=("ﺻﻨﻌﺎﺀ",),
        date="2015-08-08",
        also=("ﺯﻳﺎﺭﺓ ﺗﺴﺘﻐﺮﻕ 3 ﺃﻳﺎﻡ",),
    ),
    E(
        "Diplomacy/Meeting",
        "يلتقي",
        actor=("ﺑﻴﺘﺮ ﻣﻮﺭﺭ",),
        target=("ﺍﻟﻤﺴﺆﻭﻟﻴﻦ ﺍﻟﻴﻤﻨﻴين",),
        place=("ﺻﻨﻌﺎﺀ",),
        status="planned",
    ),
    E(
        "Diplomacy/Visit",
        "ﺳﻴﺰﻭﺭ",
        actor=("ﺭﺋﻴﺲ ﺍﻟﺼﻠﻴﺐ ﺍﻷﺣﻤﺮ", "ﺑﻴﺘﺮ ﻣﻮﺭﺭ"),
        place=("ﻣﺤﺎﻓﻈﺔ ﻋﺪﻥ", "ﻋﺪﻥ"),
        status="planned",
    ),
    E(
        "Battles/Government regains territory",
        "تحررت",
        target=("ميليشيات الحوثي", "قوات الرئيس المخلوع"),
        place=("ﻟﺤﺞ",),
        date="unknown",
    ),
]

F["snn-20150804-00143"] = [  # Saudi cabinet session
    E(
        "Violence against civilians/Attack",
        "الجريمة الإرهابية البشعة",
        actor=("مستوطنون إسرائيليون",),
        target=("رضيع فلسطيني",),
        place=("قرية دوما", "دوما", "مدينة نابلس", "نابلس"),
        also=("حرق رضيع فلسطيني",),
    ),
    E(
        "Violence against civilians/Attack",
        "اقتحام",
        at="من اقتحام وتدنيس",
        actor=("قوات الاحتلال الإسرائيلي", "المتطرفون اليهود"),
        target=("المسلمين", "من فيه"),
        place=("للمسجد الأقصى المبارك", "المسجد الأقصى", "الأقصى"),
        also=("والتعدي بالضرب والعنف",),
    ),
    E(
        "Strategic developments/Agreement",
        "الهدنة الإنسانية",
        actor=("قيادة التحالف", "التحالف"),
    ),
    E(
        "Diplomacy/Aid",
        "بتقديم المساعدات",
        actor=("الملك سلمان بن عبد العزيز", "مركز الملك سلمان للإغاثة والأعمال الإنسانية"),
        target=("للشعب اليمني", "الشعب اليمني"),
        also=("وتأمين جسر جوي",),
    ),
    E(
        "Diplomacy/Visit",
        "زيارة",
        at="نتائج زيارة",
        actor=("ولي ولي العهد",),
        place=("القاهرة",),
    ),
    E(
        "Diplomacy/Meeting",
        "اجتماعه",
        at="واجتماعه مع",
        actor=("ولي ولي العهد",),
        target=("الرئيس المصري",),
        place=("القاهرة",),
    ),
    E(
        "Diplomacy/Agreement",
        "إعلان القاهرة",
        actor=("السعودية", "ولي ولي العهد"),
        target=("جمهورية مصر العربية", "الرئيس المصري"),
        place=("القاهرة",),
        also=("الاتفاق على وضع حزمة من الآليات التنفيذية", "أهمية إعلان القاهرة"),
    ),
]

if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
