"""Source of tests/data/events_r41a.jsonl: the forty-first blind event round, part r41a.

10 real articles (SaudiNewsNet politics, 2,833–3,910 characters): the lines of /work/brief/DRAW_r41.tsv
(the saved output of `python tests/data/events_round41_select.py`) whose first column is `r41a`
(selection = events_round41_select.py, seed 4141, part r41a). All 10 kept, none dropped; 1 negative.
Annotated by reading only (2026-11-29): the event coder was never run on these articles and no coder
output was read. Same format and guidelines as events_dev_source.py and events_fresh_source.py
(docs/events.md § Dev set); `build()` comes from events_dev_source.py (SaudiNewsNet articles by
reference + sha1).

Near-copies: none (first 80 normalised characters and shared word 8-grams, threshold 3, checked against
every tests/data/events_*.jsonl).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r40c_source.py):
- al-Jubeir/Shoukry (01611): the joint press conference «أمس» in Jeddah → *Meeting* 2015-07-23 (their
  «اجتماع» a mention); the former US ambassador's meeting with GPC leaders in Cairo → *Meeting*
  (undated); Meshaal's visit (an umrah, «not official» says al-Jubeir) → *Visit* (ambiguous); the nuclear
  deal → *Diplomacy/Agreement*, "unknown" (as r36a/r38a); al-Jubeir's recent meetings with Obama and Kerry
  → one *Meeting* (undated); «بعد تحريرها الأخير» → Aden's liberation, *Government regains territory*,
  "unknown" (as r30c); the opposition's advances (a trend) and the ambassador's return are not coded;
- Russian "miracle" (00893, opinion): al-Muallem's Moscow visit, Mohammed bin Salman's earlier visit
  (place implied: Moscow) and al-Jarba's visit → three *Visit* (undated); the failed Geneva and Moscow
  talks → two *Diplomacy/Talks*, historical, "unknown" (Lavrov's Geneva speech a mention of the first;
  ambiguous); the Russian–US ministers' talks in Vienna «مطلع هذا الأسبوع» → *Meeting* (undated); Putin's
  call for an alliance is a proposal, not coded;
- Iraq–Kuwait (00162): Saddam's 1990 invasion → *Non-state actor overtakes territory*, historical, 1990
  (as r28's list); the Emir's 2012 visit to Iraq → *Visit*, historical, 2012, and the Baghdad summit →
  *Meeting*, historical, 2012; the border demarcation by UNSC resolution 833, the postponed compensation
  payments, the airline deal and the "mutual visits" (aggregate) are not coded;
- ISIS first (00353, opinion): negative — Assad's speech, Hattin, Baybars, the 1973 war and the 2003
  invasion of Iraq are argument/background (as r38's Obama/al-Faisal; ambiguous);
- EU/Tunisia (00169): the EU's 116.8 million euros → *Diplomacy/Aid*; Germany's military aid → a second
  *Diplomacy/Aid*; von der Leyen's visit → *Visit* and her meeting with Essebsi → *Meeting* (all undated;
  «قبل أيام»); the state-of-emergency extension, the border wall and the reconciliation law are not coded;
- UN Madrid (00145): the Counter-Terrorism Committee meeting in Madrid (Monday–Tuesday, publication day
  Monday) → *Meeting*, planned, 2015-07-27; Turkey's questioning of 4,500, entry bans and 300
  deportations (aggregates since 2011), the border trenches and walls are not coded;
- Israel "safe" (00452, opinion): the settlers' burning of the infant (Duma) → *Violence against
  civilians/Attack*, undated, no fatality number (the text does not say the child died); the Israeli war
  on Gaza → *Armed clash*, historical, "unknown" (as r26a); Netanyahu's condemnation is not coded;
- Houthi child prisoners (01971): the Resistance's release of 70 child prisoners → *Strategic
  developments/Other* (releases, as round 4); al-Anad recovered «بالأمس» → *Government regains
  territory* 2015-08-05 (the completed liberation of al-Anad base a mention; Lahj «محررة» a state, not a
  second event); the capture of the prisoners, the mines, the seized weapons, the offers of a prisoner
  exchange and the sweeps are not coded;
- Turkish turn (01163, opinion): the US–Turkish accord (Incirlik) → *Diplomacy/Agreement* (undated; the
  nine months of consultations lead to it, not coded apart); the nuclear deal → *Diplomacy/Agreement*,
  "unknown"; ISIS fighters killing a Turkish officer at the border and the exchange of fire → *Armed
  clash*, 1 dead (undated: «في الأسبوع الماضي»); the Turkish raids on ISIS in Syria → *Air/drone strike*;
  the PKK-claimed assassination of a Turkish officer → *Armed clash*, 1 dead (as r38a/r40a);
- Kurdistan presidency (00110): the KDP–PUK delegations' meeting in Erbil «أمس» → *Meeting* 2015-08-10
  (the joint press conference and the continuing talks its mentions); the parties' past strategic
  agreement ending the two administrations → *Strategic developments/Agreement*, historical, "unknown"
  (ambiguous); Barzani's statement, Barham Salih's plan and the proposed elections are not coded.

Run: python tests/data/events_r41a_source.py   (writes events_r41a.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r41a.jsonl")

F: dict[str, list[dict]] = {}  # in draw order
F["snn-20150724-01611"] = [
    E(
        "Diplomacy/Meeting",
        "المؤتمر الصحفي المشترك",
        actor=("عادل الجبير", "الجبير"),
        target=("سامح شكري", "شكري"),
        place=("جدة",),
        date="2015-07-23",
        also=("اجتماع وزيري الخارجية الجبير وشكري",),
    ),
    E(
        "Diplomacy/Meeting",
        "اجتماع جرى في القاهرة",
        actor=("السفير الأميركي السابق بصنعاء", "السفير الأميركي السابق"),
        target=("حزب المؤتمر الشعبي العام", "علي صالح"),
        place=("القاهرة",),
        also=("ذلك الاجتماع",),
    ),
    E(
        "Diplomacy/Visit",
        "الزيارة الأخيرة لرئيس المكتب السياسي",
        actor=("خالد مشعل", "حماس"),
        also=("تلك الزيارة",),
    ),
    E(
        "Diplomacy/Agreement",
        "الاتفاق النووي الإيراني",
        actor=("إيران", "الإيراني"),
        target=("دول 5+1",),
        date="unknown",
    ),
    E(
        "Diplomacy/Meeting",
        "اللقاءات الأخيرة",
        actor=("الجبير", "الوزير"),
        target=("باراك أوباما", "أوباما", "كيري"),
    ),
    E(
        "Battles/Government regains territory",
        "تحريرها الأخير",
        target=("ميليشيا الحوثي", "قوات المخلوع صالح"),
        place=("عدن",),
        date="unknown",
    ),
]
F["snn-20150723-00893"] = [
    E(
        "Diplomacy/Visit",
        "زيارته الأخيرة إلى موسكو",
        actor=("وزير خارجية النظام السوري",),
        place=("موسكو",),
    ),
    E(
        "Diplomacy/Visit",
        "أخرى تاريخية",
        actor=("محمد بن سلمان", "الأمير محمد بن سلمان"),
        place=("موسكو",),
    ),
    E(
        "Diplomacy/Talks",
        "المحادثات الفاشلة في جنيف",
        place=("جنيف",),
        date="unknown",
        status="historical",
        also=("مؤتمر جنيف",),
    ),
    E(
        "Diplomacy/Talks",
        "أخرى لا تقل فشلا في موسكو",
        place=("موسكو",),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Meeting",
        "مباحثات وزيري خارجية روسيا والولايات المتحدة",
        actor=("روسيا",),
        target=("الولايات المتحدة",),
        place=("فيينا",),
    ),
    E(
        "Diplomacy/Visit",
        "زيارة أحمد الجربا",
        actor=("أحمد الجربا",),
        place=("موسكو",),
    ),
]
F["snn-20150802-00162"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "غزو نظام صدام حسين للكويت",
        actor=("نظام صدام حسين", "صدام حسين"),
        place=("الكويت",),
        date="1990",
        status="historical",
    ),
    E(
        "Diplomacy/Visit",
        "الزيارة التي عدت تاريخية",
        actor=("صباح الأحمد الصباح", "أمير الكويت"),
        place=("العراق", "بغداد"),
        date="2012",
        status="historical",
    ),
    E(
        "Diplomacy/Meeting",
        "قمة بغداد",
        place=("بغداد",),
        date="2012",
        status="historical",
    ),
]
F["snn-20150803-00353"] = []  # opinion: Assad's speech and historical wars as argument, no event coded
F["snn-20150802-00169"] = [
    E(
        "Diplomacy/Aid",
        "أقر الاتحاد الأوروبي منح تونس مساعدات",
        actor=("الاتحاد الأوروبي",),
        target=("تونس",),
    ),
    E(
        "Diplomacy/Aid",
        "منحت تونس مساعدة عسكرية",
        actor=("ألمانيا",),
        target=("تونس",),
    ),
    E(
        "Diplomacy/Visit",
        "زيارة قامت بها أورسولا فون ديرليان",
        actor=("أورسولا فون ديرليان",),
        place=("تونس",),
    ),
    E(
        "Diplomacy/Meeting",
        "لقائها بالرئيس التونسي",
        actor=("أورسولا فون ديرليان",),
        target=("الباجي قائد السبسي", "الرئيس التونسي"),
        place=("تونس",),
    ),
]
F["snn-20150727-00145"] = [
    E(
        "Diplomacy/Meeting",
        "تجتمع لجنة مكافحة الإرهاب",
        actor=("لجنة مكافحة الإرهاب",),
        place=("مدريد",),
        date="2015-07-27",
        status="planned",
        also=("تنظم الاجتماع",),
    ),
]
F["snn-20150810-00452"] = [
    E(
        "Battles/Armed clash",
        "الحرب الإسرائيلية على غزة",
        actor=("الإسرائيلية",),
        place=("غزة",),
        date="unknown",
        status="historical",
    ),
    E(
        "Violence against civilians/Attack",
        "حرق طفلة رضيعة",
        actor=("المستوطنين",),
        target=("طفلة رضيعة",),
        also=("هذه الجريمة",),
    ),
]
F["snn-20150806-01971"] = [
    E(
        "Strategic developments/Other",
        "أطلقت المقاومة اليمنية سراح",
        actor=("المقاومة اليمنية", "المقاومة"),
        target=("أسرى الحوثيين", "الحوثيين"),
        also=("إطلاق سراح 70 من أسرى الحوثيين",),
    ),
    E(
        "Battles/Government regains territory",
        "استعادها الثوار",
        actor=("الثوار", "المقاومة الشعبية"),
        target=("الانقلابيين",),
        place=("العند", "قاعدة العند"),
        date="2015-08-05",
        also=("تحرير قاعدة العند",),
    ),
]
F["snn-20150726-01163"] = [
    E(
        "Diplomacy/Agreement",
        "الاتفاق الجديد بين الولايات المتحدة وتركيا",
        actor=("الولايات المتحدة",),
        target=("تركيا",),
        also=("السماح للولايات المتحدة باستخدام قاعدة انجرليك", "الاتفاق الأمريكي التركي"),
    ),
    E(
        "Diplomacy/Agreement",
        "الاتفاق النووي مع إيران",
        target=("إيران",),
        date="unknown",
    ),
    E(
        "Battles/Armed clash",
        "أطلق الإرهابيون النار على الضابط",
        actor=("الإرهابيون", "داعش", "مقاتلين من داعش"),
        target=("الضابط", "الجنود الأتراك", "ضابط من الجيش التركي"),
        place=("الحدود",),
        fatalities=1,
        also=("إطلاق النار بين الجنود الأتراك ومقاتلي داعش",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "شن الطائرات التركية غارات",
        actor=("الطائرات التركية",),
        target=("داعش",),
        place=("الأراضي السورية",),
    ),
    E(
        "Battles/Armed clash",
        "اغتيال ضابط تركي",
        actor=("حزب العمال الكردستاني",),
        target=("ضابط تركي",),
        fatalities=1,
    ),
]
F["snn-20150811-00110"] = [
    E(
        "Diplomacy/Meeting",
        "اجتماع جمع بين وفدي الحزبين",
        actor=("الحزب الديمقراطي الكردستاني", "الديمقراطي الكردستاني"),
        target=("الاتحاد الوطني الكردستاني", "الاتحاد الوطني"),
        place=("أربيل",),
        date="2015-08-10",
        also=("مؤتمر صحافي مشترك", "المباحثات بين الجانبين"),
    ),
    E(
        "Strategic developments/Agreement",
        "الاتفاقية الاستراتيجية بيننا",
        actor=("الاتحاد الوطني",),
        target=("الحزب الديمقراطي الكردستاني",),
        date="unknown",
        status="historical",
    ),
]

if __name__ == "__main__":
    print(build(F, OUT))
