"""Source of tests/data/events_r62b.jsonl: the sixty-second blind event round, part r62b.

6 real articles (SaudiNewsNet politics, 1,112–2,415 characters): the lines of /work/brief/DRAW_r62.tsv
(the saved output of `python tests/data/events_round62_select.py`) whose first column is `r62b`
(selection = events_round62_select.py, seed 6262, part r62b). All 6 kept, none dropped. Annotated by
reading only (2026-11-29): the event coder was never run on these articles and no coder output was read.
Same format and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set);
`build()` comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three or more
12-word runs with an article of another tests/data/events_*.jsonl set (1,906 articles, checked
2026-11-29 23:20 UTC). Same happenings in other words: Suleiman al-Assad's killing of Colonel Hassan
al-Sheikh and the Latakia protests (r17b, r22a, r30b, r35c, r42a), Hilal al-Assad's death (r30b), the
SNHR July barrel-bomb report (r42b), the Asir emergency-forces mosque bombing (r30b, r31a, r33a, r34a
and others), the Resistance retaking al-Anad and al-Hawta (r30a, r34b, r35b and others), the new Suez
Canal opening (r49b, r50a).

Choices (the last rounds' calls followed; tallies, habits, aims, states of control and statements are
not coded):
- SNHR barrel bombs and Damascus (00841): the July tallies (2,000 barrels, 368 dead, 27 facilities) are a
  monthly report's aggregates, not coded (as r42b); the rockets on al-Thawra and Baghdad streets and Bab
  Touma from the factions' positions in Jobar → *Shelling/artillery/missile attack*, 5 dead, dated
  2015-08-08 (the day SANA announced it, «أمس»; SOHR's «حصيلة القتلى ذاتها» its mention); Suleiman
  al-Assad shooting Colonel Hassan al-Sheikh «ليلة الخميس الماضي» → *Violence against civilians/Attack*
  2015-08-06, 1 dead (as r22a/r35c); the angry residents' gatherings in Latakia demanding his arrest →
  *Peaceful protest*, no date in the text (publication date; «مطالبات بإعدام الجاني» its mention,
  ambiguous); Hilal al-Assad killed «في مارس 2014 في المعارك» in rural Latakia → *Armed clash*,
  historical, 2014-03, 1 dead (as r30b);
- Yemeni minister in Khartoum (00044): Hasabo's meeting with al-Asbahi «اليوم» → *Diplomacy/Meeting*
  2015-08-11; al-Asbahi «يزور الخرطوم حالياً» → *Diplomacy/Visit*, publication date; the transfer of the
  Yemeni wounded to Sudan for treatment («سيتم وضع آلية … ستنقل») → *Diplomacy/Aid*, planned (as r52c's
  wounded to Jordan; ambiguous: discussed and announced, actor the Sudanese side). Not coded: Sudan's
  visa waiver for Yemenis (a policy), «تم تحرير عدد من المحافظات القريبة من عدن» (a summary with no
  named place, as r34a) and the army and Resistance holding most areas (a state);
- Shura members on the Asir bombing (00261): «العمل الإجرامي الجبان الذي وقع في عسير أمس» → *Remote
  explosive/landmine/IED* 2015-08-06 (no suicide word in the text, as r34a), actor the terrorist
  organisations «كـداعش» the speaker names (ambiguous: r34a left the actor empty). Not coded: the
  generic targeting of mosques, the calls for vigilance, the Iraq/Syria/Yemen/Libya aside;
- Egyptian fatwa observatory (00571): negative — al-Qaeda's fatwa to fill in the Suez Canal (a call),
  Egypt's opening of the new canal (not an event type, as r49b/r50a), the calls to demolish the pyramids
  and the groups' destruction of heritage «في العراق وسورية» (generic, no day or place);
- Sanaa mosques (00937): the worshippers' walk-out from mosques in Sanaa over Houthi-imposed preachers,
  with the protest at Abu Bakr al-Siddiq mosque in al-Nahda at Friday prayer «أمس» → one *Protests/
  Peaceful protest* 2015-08-07 (the aggregate first sentence its first mention; ambiguous: a spontaneous
  walk-out could be read as no event). Not coded: the Houthis imposing imams (a habit, «دأب»), the
  scuffles «في أحيان كثيرة» (habitual), the closing of Sunni mosques in Saada (undated, generic);
- Lahj sweep (01035): the Resistance's continuing clearing of rebel pockets in Lahj → *Armed clash*,
  publication date (ongoing, as r23b), with the fierce clashes in Wadi al-Husseini north of al-Hawta
  (18 dead) and the combing operation its mentions; the retaking of al-Anad air base «يوم الإثنين
  الماضي» → *Non-state actor overtakes territory* 2015-08-03 (the Resistance alone, as r30a/r34b/r35b;
  «استعادها الثوار» its mention); the taking of al-Hawta → a second *Non-state* takeover, no date in the
  text (publication date), 61 dead (54 Houthis and allies + 7 Resistance killed «في معارك الحوطة»
  over the last two days, its mention, as r42b/r27a); the fierce clashes near al-Anad base between the
  Resistance and the putschists' remnants → *Armed clash*, publication date. Not coded: the control of
  the Anad–Lahj road and of most of the Aden region (states), the aim to arrest the fugitives, the mines
  the Houthis planted (no explosion), the areas «أصبحت محررة» (a summary).

Counts: 6 articles, 13 events, 1 negative (Battles 5: Armed clash 3, Non-state actor overtakes territory
2; Diplomacy 3: Meeting 1, Visit 1, Aid 1; Protests 2: Peaceful protest 2; Explosions/Remote violence 2:
Shelling 1, Remote explosive 1; Violence against civilians 1: Attack 1).

Run: python tests/data/events_r62b_source.py            (writes events_r62b.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r62b.jsonl")

F: dict[str, list[dict]] = {}

F["snn-20150809-00841"] = [  # SNHR barrel bombs (tally), Damascus rockets, the Latakia killing
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قذائف صاروخية",
        actor=("الفصائل المقاتلة", "مواقع الفصائل المقاتلة"),
        place=("دمشق", "حي باب توما", "باب توما", "شارعي الثورة وبغداد", "حي جوبر"),
        date="2015-08-08",
        fatalities=5,
        also=("حصيلة القتلى ذاتها",),
    ),
    E(
        "Violence against civilians/Attack",
        "قتل",
        at="بشار الأسد على",
        actor=("أحد أقرباء الرئيس السوري بشار الأسد", "سليمان الأسد"),
        target=("عقيد في الجيش", "العقيد المهندس في القوات الجوية حسان الشيخ", "حسان الشيخ"),
        place=("مدينة اللاذقية", "اللاذقية", "مستديرة الأزهري"),
        date="2015-08-06",
        fatalities=1,
        also=("قتل العقيد المهندس", "يطلق عليه النار", "قتل الشيخ أمام أولاده"),
    ),
    E(
        "Protests/Peaceful protest",
        "تجمعات",
        actor=("الأهالي الغاضبين", "الأهالي", "أبناء أهالي اللاذقية", "أبناء الطائفة العلوية"),
        place=("اللاذقية", "مدينة اللاذقية"),
        also=("ومطالبات بإعدام الجاني",),
    ),
    E(
        "Battles/Armed clash",
        "المعارك",
        at="مارس 2014",
        actor=("هلال الأسد", "قوات الدفاع الوطني"),
        target=("مقاتلي الفصائل", "الفصائل"),
        place=("ريف اللاذقية",),
        date="2014-03",
        status="historical",
        fatalities=1,
    ),
]

F["snn-20150811-00044"] = [  # Yemeni human-rights minister in Khartoum
    E(
        "Diplomacy/Meeting",
        "التقى",
        actor=("حسبو محمد عبدالرحمن", "النائب الثاني للرئيس السوداني"),
        target=("عز الدين الأصبحي", "الأصبحي", "وزير حقوق الإنسان والإغاثة باليمن"),
        place=("الخرطوم", "القصر الرئاسي"),
        date="2015-08-11",
        also=("عقب اللقاء", "أن اللقاء تطرق"),
    ),
    E(
        "Diplomacy/Visit",
        "يزور",
        actor=("عز الدين الأصبحي", "الأصبحي", "وزير حقوق الإنسان والإغاثة باليمن"),
        place=("الخرطوم", "السودان"),
    ),
    E(
        "Diplomacy/Aid",
        "نقل الجرحى اليمنيين",
        actor=("السودان", "الجهات المختصة في السودان", "نائب الرئيس السوداني"),
        target=("الجرحى اليمنيين", "الجرحى"),
        place=("الخرطوم", "السودان"),
        status="planned",
        also=("ستنقل حكومة اليمن الجرحى",),
    ),
]

F["snn-20150807-00261"] = [  # Shura members on the Asir mosque bombing
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "العمل الإجرامي الجبان",
        actor=("داعش", "المُنظمات الإرهابية"),
        place=("عسير",),
        date="2015-08-06",
    ),
]

F["snn-20150809-00571"] = []  # fatwa observatory: al-Qaeda's Suez fatwa, the canal opening — no event

F["snn-20150808-00937"] = [  # Sanaa worshippers walk out over Houthi-imposed preachers
    E(
        "Protests/Peaceful protest",
        "مغادرة",
        actor=("مصلون", "المصلين", "بعض المصلين"),
        place=("صنعاء", "مسجد أبي بكر الصديق", "حي النهضة"),
        date="2015-08-07",
        also=("بالاحتجاج", "مغادرة المسجد فورا"),
    ),
]

F["snn-20150807-01035"] = [  # sweeping Lahj after al-Anad and al-Hawta
    E(
        "Battles/Armed clash",
        "تطهير",
        actor=("قوات المقاومة الشعبية", "المقاومة الشعبية", "المقاومة"),
        target=("ميليشيات التمرد", "مجموعات من الحوثيين", "الحوثيين"),
        place=("محافظة لحج", "لحج", "منطقة وادي الحسيني", "وادي الحسيني"),
        fatalities=18,
        also=("اشتباكات عنيفة", "عملية التمشيط والتعقب", "يجري تمشيطها"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "استرداد",
        actor=("قوات المقاومة الشعبية", "المقاومة الشعبية", "الثوار"),
        place=("قاعدة العند الجوية", "قاعدة العند", "العند"),
        date="2015-08-03",
        also=("استعادها الثوار",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرت",
        actor=("قوات المقاومة الشعبية", "المقاومة الشعبية", "المقاومة"),
        target=("الحوثيين وحلفائهم", "الحوثيين"),
        place=("مدينة الحوطة", "الحوطة", "لحج"),
        fatalities=61,
        also=("معارك الحوطة",),
    ),
    E(
        "Battles/Armed clash",
        "مواجهات عنيفة",
        actor=("عناصر المقاومة الشعبية", "المقاومة الشعبية"),
        target=("بقايا قوات الانقلابيين", "قوات الانقلابيين"),
        place=("قاعدة العند الاستراتيجية", "قاعدة العند", "العند"),
    ),
]

if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
