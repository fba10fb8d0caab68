"""Source of tests/data/events_r58c.jsonl: the fifty-eighth blind event round, part r58c.

8 real articles (SaudiNewsNet politics, 1,051–2,370 characters): the lines of /work/brief/DRAW_r58.tsv
(the saved output of `python tests/data/events_round58_select.py`) whose first column is `r58c`
(selection = events_round58_select.py, seed 5858, part r58c). All 8 kept, none dropped. Annotated by
reading only (2026-11-29): the event coder was never run on these articles and no coder output was read.
Same format and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set);
`build()` comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three or more
12-word runs with an article of another tests/data/events_*.jsonl set (checked 2026-11-29 19:52 UTC).
Same happenings in other words: the Duma arson (many rounds), the Iranian nuclear deal (many rounds),
the al-Anad offensive (fresh, r53–r56), the Suruc bombing (many rounds), Zarif's Gulf tour and Bahrain's
foiled arms smuggling and ambassador recall (r18b, r36a, r39c and later).

Choices (the last rounds' calls followed; columns: historical asides with a date or a named happening
are coded, aims, habits, aggregates and whole wars are not):
- Maliki column (01399, opinion): Iran's nuclear deal with the West → *Diplomacy/Agreement*, "unknown"
  (as the earlier columns). Not coded: the Saudi decision «لإنقاذ اليمن» (Decisive Storm, a campaign),
  the insults and threats of Maliki and Nasrallah, the Iraqi government's disavowal (statements);
- al-Anad (01294): Hazm 1 Brigade's advance from the west and storming of the first air-defence site
  → *Government regains territory* (the earlier move «تحرك نحو قاعدة العند», the arrival at Silat
  al-Makhraj, the tanks entering the runway: its mentions; as fresh's «أصبحت تحت سيطرتها»); the
  coalition's heavy raids on the base → *Air/drone strike*; the army and Resistance continuing their
  advance towards al-Houta → a second *Government regains territory* (ambiguous: an advance without a
  stated capture; r53–r56 coded advances so). Not coded: the sieges of the base from the north and of
  al-Madina al-Khadra (a state, as earlier rounds);
- Duma (01282): the arson «فجر الجمعة» → *Violence against civilians/Attack* 2015-07-31, 1 (the infant;
  a girl wounded, the parents and brother fighting for their lives). Not coded: the PA security's
  decision to pursue the settlers (a decision), the leadership meeting in Ramallah (domestic, as r57c),
  the plan to go to the Security Council, the condemnations;
- Turkish border (00014): the clash with ISIS across the border «اليوم» → *Armed clash* 2015-07-23, 1
  (one Turkish soldier killed, one wounded; the fire from the Syrian side a mention); the Suruc bombing
  «الاثنين الماضي» → *Suicide bomb* 2015-07-20, 32, ISIS as actor (the text lays the blame on it). Not
  coded: the reinforcements, the fighting in Syria between Kurds, ISIS and the regime (aggregate);
- Nasrallah (01183): the nuclear deal «أبرم في وقت سابق هذا الشهر في فيينا» → *Diplomacy/Agreement*
  2015-07, historical; the US sanctions on three Hezbollah military commanders → *Diplomacy/Sanction*,
  "unknown" (the text dates them only after the deal). Not coded: the speech, the ceremony honouring
  fighters' children, the US terrorist listing (a state), Hezbollah's support for Assad (a whole war);
- Cecil column (00962, opinion): the Palestinian child burned in his home (the Duma arson, named only
  obliquely; two mentions) → *Violence against civilians/Attack*, "unknown", no fatality number (as the
  earlier columns' «حرق طفلة رضيعة»). Not coded: the killing of the lion Cecil (an animal, not a
  political event), Zimbabwe's extradition demand and hunting ban, the «اغتيالات» of humans (general);
- Zarif (01048): the one-day Gulf tour begun «اليوم الأحد» → three *Diplomacy/Visit* 2015-07-26, Kuwait
  reported (the aggregate first sentence its first mention), Qatar and Iraq planned (as the earlier
  round's «تشمل قطر والعراق»; ambiguous: same day); the nuclear deal «في 14 يوليو» → *Diplomacy/
  Agreement* 2015-07-14, historical; Bahrain foiling the arms-smuggling plot «يوم السبت» → *Disrupted
  weapons use* 2015-07-25; the recall of its ambassador to Tehran → *Diplomacy/Sanction* 2015-07-25,
  no place (as r18b). Not coded: Rouhani's visit to Iranian Kurdistan (domestic), Zarif's statement,
  Rouhani's «دافعنا عن دهوك واربيل» (a counterfactual/whole campaign), the accusations;
- German trial (00160): negative. The trial, the two men's travel to Syria in May 2014, one's fighting in
  Iraq (no happening named) and the other «على وشك تنفيذ هجوم انتحاري» (not carried out) are not coded
  (court acts and travel, as earlier rounds).

Counts: 8 articles, 16 events, 1 negative (Diplomacy 8: Visit 3, Agreement 3, Sanction 2; Battles 3;
Violence against civilians 2; Explosions/Remote violence 2; Strategic developments 1).

Run: python tests/data/events_r58c_source.py            (writes events_r58c.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r58c.jsonl")

F: dict[str, list[dict]] = {}

F["snn-20150725-01399"] = [  # column: Maliki's job in Tehran
    E(
        "Diplomacy/Agreement",
        "اتفاقها النووي",
        actor=("إيران",),
        target=("الغرب",),
        date="unknown",
    ),
]

F["snn-20150803-01294"] = [  # the assault on al-Anad air base
    E(
        "Battles/Government regains territory",
        "تقدّمت",
        actor=('قوات "اللواء حزم واحد"', "اللواء حزم واحد", "قوات اللواء الأول حزم", "العميد فضل حسن"),
        place=("قاعدة العند", "العند", "مطار العند"),
        also=(
            "واقتحمت أول موقع",
            "تحرك نحو قاعدة العند",
            "وصلت إلى منطقة سيلة المخراج",
            "تدخل مدرج مطار قاعدة العند",
        ),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات مكثفة",
        actor=("طيران التحالف", "التحالف"),
        target=("المواقع الداخلية للقاعدة",),
        place=("قاعدة العند", "العند"),
    ),
    E(
        "Battles/Government regains territory",
        "تقدمها",
        actor=("قوات أخرى من الجيش والمقاومة", "الجيش", "المقاومة"),
        place=("مدينة الحوطة", "الحوطة", "لحج"),
    ),
]

F["snn-20150801-01282"] = [  # PA security to pursue the Duma settlers
    E(
        "Violence against civilians/Attack",
        "بإحراق منزل",
        actor=("مستوطنين متطرفين", "مستوطنين", "مستوطنون"),
        target=("طفل", "الطفل علي دوابشة", "علي دوابشة", "عائلة دوابشة"),
        place=("قرية دوما", "دوما", "الضفة الغربية", "نابلس"),
        date="2015-07-31",
        fatalities=1,
        also=(
            "مقتل طفل",
            "جريمة اليوم الجمعة بحرق وقتل عائلة دوابشة",
            "قُتل حرقاً",
            "هاجم مستوطنون منزلين",
            "قتل الطفل الفلسطيني علي دوابشة حرقاً",
            "بالهجوم الذي أدى إلى مقتل طفل",
        ),
    ),
]

F["snn-20150723-00014"] = [  # Turkish soldier killed in a border clash with ISIS
    E(
        "Battles/Armed clash",
        "اشتباكات",
        actor=("الجنود الاتراك", "جنديا تركيا"),
        target=('تنظيم "داعش"', "داعش", "متطرفون من التنظيم"),
        place=("قرية البيلي", "البيلي", "كِلِس", "الحدود مع سوريا"),
        date="2015-07-23",
        fatalities=1,
        also=("رد الجنود الاتراك", "لا يزال الاشتباك مستمرا", "الاشتباكات قريبة"),
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "تفجير انتحاري",
        actor=("التنظيم المتشدد", 'تنظيم "داعش"', "داعش"),
        place=("بلدة سروج", "سروج"),
        date="2015-07-20",
        fatalities=32,
        also=("تفجير الاثنين الماضي",),
    ),
]

F["snn-20150725-01183"] = [  # Nasrallah: Iran will not abandon Hezbollah
    E(
        "Diplomacy/Agreement",
        "الاتفاق النووي",
        actor=("طهران", "إيران"),
        target=("الغرب",),
        place=("فيينا",),
        date="2015-07",
        status="historical",
        also=("الاتفاق النووي مع إيران",),
    ),
    E(
        "Diplomacy/Sanction",
        "العقوبات الأمريكية",
        actor=("الأمريكية", "واشنطن", "الولايات المتحدة"),
        target=("ثلاثة من القادة العسكريين لحزب الله", "حزب الله"),
        date="unknown",
        also=("العقوبات الجديدة",),
    ),
]

F["snn-20150806-00962"] = [  # column: Cecil the lion and the burned child
    E(
        "Violence against civilians/Attack",
        "يحرق في بيته",
        target=("طفل صغير", "«البريء» الفلسطيني"),
        date="unknown",
        also=("أحرق «البريء» الفلسطيني في داره",),
    ),
]

F["snn-20150726-01048"] = [  # Zarif's Gulf tour
    E(
        "Diplomacy/Visit",
        "حملة للتودد إلى دول الخليج",
        actor=("وزير الخارجية الايراني", "محمد جواد ظريف", "ظريف"),
        place=("الكويت",),
        date="2015-07-26",
        also=("جولة تستغرق يوما واحدا",),
    ),
    E(
        "Diplomacy/Visit",
        "قطر",
        at="تبدأ بالكويت",
        actor=("الوزير محمد جواد ظريف", "محمد جواد ظريف", "ظريف"),
        place=("قطر",),
        date="2015-07-26",
        status="planned",
    ),
    E(
        "Diplomacy/Visit",
        "العراق",
        at="تبدأ بالكويت ثم قطر",
        actor=("الوزير محمد جواد ظريف", "محمد جواد ظريف", "ظريف"),
        place=("العراق",),
        date="2015-07-26",
        status="planned",
    ),
    E(
        "Diplomacy/Agreement",
        "الاتفاق النووي",
        actor=("بلاده", "ايران"),
        target=("القوى العالمية",),
        date="2015-07-14",
        status="historical",
        also=("الاتفاق النووي الذي أبرم في 14 يوليو",),
    ),
    E(
        "Strategic developments/Disrupted weapons use",
        "أحبطت مؤامرة لتهريب أسلحة",
        actor=("البحرين",),
        target=("اثنان من البحرينيين",),
        place=("البحرين",),
        date="2015-07-25",
    ),
    E(
        "Diplomacy/Sanction",
        "استدعاء سفيرها",
        actor=("البحرين",),
        target=("طهران",),
        date="2015-07-25",
    ),
]

F["snn-20150804-00160"] = []  # Germany: two ISIS suspects on trial in Celle (court acts only)


if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
