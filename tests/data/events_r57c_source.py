"""Source of tests/data/events_r57c.jsonl: the fifty-seventh blind event round, part r57c.

6 real articles (SaudiNewsNet politics, 6,067–6,719 characters): the lines of /work/brief/DRAW_r57.tsv
(the saved output of `python tests/data/events_round57_select.py`) whose first column is `r57c`
(selection = events_round57_select.py, seed 5757, part r57c). All 6 kept, none dropped. Annotated by
reading only (2026-11-29): the event coder was never run on these articles and no coder output was read.
Same format and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set);
`build()` comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three or more
12-word runs with an article of another tests/data/events_*.jsonl set (checked 2026-11-29 18:33 UTC).
Same happenings in other words: the Duma arson (many rounds), the 431 ISIS suspects (r28c, r32a, r40c),
al-Dalwa / al-Qudaih / Dammam (r25a, r30b, r40c), the Iraqi embassy bombing in Beirut (r41c), the Suez
Canal opening delegations (r50a, r54c), Kerry in Cairo and the strategic dialogue (r21b, r49a). The two
Suez Canal articles of this part (00873, 02271) are different texts (no shared passage).

Choices (the last rounds' calls followed; columns: historical asides with a date or a named happening
are coded as historical, aims, habits, aggregates and whole wars are not):
- Munasaha centre feature (00599): the 431 ISIS suspects held → *Arrests*, no date in the text (as
  r40c); the groups' past attacks, each historical, "unknown": al-Dalwa → *Violence against civilians/
  Attack* (as r30b), the patrol east of Riyadh → *Armed clash* (as r52b; ambiguous: *Attack*), al-Qudaih
  and «العملية الفاشلة» in Dammam → two *Remote explosive/landmine/IED* (the text names no suicide
  bomber, as r30b/r53b), the facilities-security patrol at the strategic store → *Armed clash*
  (ambiguous: named only as «دورية أمن المنشآت»). Not coded: the centre's founding, the 200 delegations,
  the recidivists killed in Yemen and Iraq (aggregate), the border project, smuggling foiled (a habit);
- Suez Canal opening (00873): the opening itself is not an event (r16b, r33a, r49b); the foreign
  leaders attending «أمس» → one aggregate *Diplomacy/Visit* 2015-08-06 (as r50a/r54c); Kerry's visit to
  Cairo on 2 August → *Visit* 2015-08-02 and the strategic dialogue he led → *Diplomacy/Talks*
  2015-08-02 (as r21b/r49a). Not coded: the Sinai violence (two years, aggregate), the US F-16s
  «تسلمتها مصر مؤخرا» (a descriptive aside; ambiguous: *Aid*), Farouk's 1952 overthrow and the 2011
  uprising (as r33a/r47a), the nationalisation (a policy), the congratulations, the Riyadh celebration;
- Duma (00990): the arson «ليلة الخميس/الجمعة الماضية» → *Violence against civilians/Attack* 2015-07-31,
  1 (the infant; parents and brother injured); the West Bank confrontations «خلال اليومين الماضيين» with
  Laith al-Khalidi killed at the Atara checkpoint → *Riots/Violent demonstration* 2015-08 (two days, as
  r34b; ambiguous), 1; Mohammed al-Masri killed «خلال مظاهرة» near the Gaza border (same sentence) →
  a second *Riots/Violent demonstration* 2015-08, 1 (ambiguous: *Excessive force against protesters*);
  the two rockets from Gaza «بعد منتصف الليلة الماضية» («فجر الأحد») → *Shelling/artillery/missile
  attack* 2015-08-02, no casualties (fatalities left empty); the 2014 Gaza war («الصيف الماضي») →
  *Armed clash*, historical, 2014 (as r52b); the attack on the Jerusalem gay-pride march («في الأيام
  الأخيرة») → *Violence against civilians/Attack*, no date in the text, no actor named; Netanyahu's call
  to Abbas «يوم الجمعة الماضي» → *Diplomacy/Phone call* 2015-07-31. Not coded: the Beit El demolition
  (as r24c/r25c), Netanyahu's hospital visit (as r25c), the Israeli–Palestinian security contacts (as
  r17a's coordination), the Fatah and PA leadership meetings (domestic), Ya'alon's administrative
  detention and removal orders, the price-tag attacks (aggregate), statements and instructions;
- Suez Canal preparations (02271): ISIS seizing large parts of Iraq and Syria «قبل أكثر من عام» → *Non-
  state actor overtakes territory*, historical, "unknown" (as r17a; ambiguous: a relative clause). Not
  coded: the opening (as above), the 1973 crossing (a whole war, as r41a/r46c), the 2011 uprising and
  the 30 June 2013 protests and Morsi's removal (as r47a/r49a), the Sinai fighting (two years,
  aggregate), Ansar Beit al-Maqdis's renaming and pledge (as r17a), the Ismailia security measures;
- lawyers on al-Maliki (00698): his bombing of the Iraqi embassy in Beirut «في حقبة الثمانينات» →
  *Remote explosive/landmine/IED*, historical, "unknown" (as r41c; actor al-Maliki as the text accuses
  him; no number: «الكثير»). Not coded: the 2003 occupation, the militias' daily crimes (a habit),
  «تفجيره السفارات في الخارج» (plural, general), the planned lawsuits, the statements;
- ISIS and the American woman (00227): James Foley's beheading «يوم 19 أغسطس» → *Violence against
  civilians/Attack*, historical, 2014-08-19 (the year from the story's timeline), 1. Not coded: the
  recruitment, the 100 Americans travelling in January (aggregate), the money and gifts sent.

Counts: 6 articles, 19 events, no negative (Violence against civilians 4, Explosions/Remote violence 4,
Battles 4, Diplomacy 4, Riots 2, Strategic developments 1).

Run: python tests/data/events_r57c_source.py            (writes events_r57c.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r57c.jsonl")

F: dict[str, list[dict]] = {}

F["snn-20150722-00599"] = [  # feature: the Munasaha centre
    E(
        "Strategic developments/Arrests",
        "بالقبض",
        actor=("الجهات الأمنية",),
        target=("431 متورطا", "تنظيم «داعش»", "داعش", "ثلاث مجموعات إرهابية"),
        place=("المملكة",),
    ),
    E(
        "Violence against civilians/Attack",
        "الجريمة الإرهابية في الدالوة",
        actor=("المجموعة الأولى", "التنظيم الإرهابي"),
        place=("الدالوة",),
        date="unknown",
        status="historical",
    ),
    E(
        "Battles/Armed clash",
        "استهداف دورية أمن",
        actor=("المجموعة الأولى", "التنظيم الإرهابي"),
        target=("دورية أمن",),
        place=("شرقي مدينة الرياض", "مدينة الرياض", "الرياض"),
        date="unknown",
        status="historical",
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "العمليات الإرهابية في بلدة القديح",
        actor=("المجموعة الثانية", "التنظيم الإرهابي"),
        place=("بلدة القديح", "القديح"),
        date="unknown",
        status="historical",
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "العملية الفاشلة",
        actor=("المجموعة الثانية", "التنظيم الإرهابي"),
        place=("مدينة الدمام", "الدمام"),
        date="unknown",
        status="historical",
    ),
    E(
        "Battles/Armed clash",
        "دورية أمن المنشآت",
        actor=("المجموعة الثانية", "التنظيم الإرهابي"),
        target=("دورية أمن المنشآت",),
        date="unknown",
        status="historical",
    ),
]

F["snn-20150807-00873"] = [  # the new Suez Canal opened
    E(
        "Diplomacy/Visit",
        "شارك فيه قادة فرنسا وروسيا",
        actor=(
            "قادة فرنسا وروسيا",
            "أميرالكويت",
            "ملك البحرين",
            "الملك عبدالله الثاني",
            "فرانسوا أولوند",
            "ديمتري ميدفيديف",
        ),
        place=("مصر",),
        date="2015-08-06",
        also=("في حضور أميرالكويت", "ضيوفه العرب والأجانب"),
    ),
    E(
        "Diplomacy/Visit",
        "وزار",
        actor=("جون كيري", "وزير الخارجية الأمريكي جون كيري"),
        place=("القاهرة",),
        date="2015-08-02",
    ),
    E(
        "Diplomacy/Talks",
        "الحوار الاستراتيجي",
        actor=("جون كيري", "وفد بلاده"),
        target=("مصر",),
        place=("القاهرة",),
        date="2015-08-02",
    ),
]

F["snn-20150803-00990"] = [  # Israel hunts the Duma killers
    E(
        "Violence against civilians/Attack",
        "الاعتداء الإرهابي",
        actor=("مستوطنون متطرفون", "مستوطنين"),
        target=("الطفل الرضيع -علي دوابشة-", "علي دوابشة", "عائلة دوابشة"),
        place=("قرية دوما", "دوما", "نابلس"),
        date="2015-07-31",
        fatalities=1,
        also=(
            "حرق الطفل علي سعد دوابشة",
            "جريمة إحراق منزل عائلة دوابشة",
            "عملية حرق عائلة دوابشة",
        ),
    ),
    E(
        "Riots/Violent demonstration",
        "وقعت مواجهات",
        actor=("الفلسطينيين",),
        target=("قوات الاحتلال",),
        place=("حاجز عطارة", "بير زيت", "الضفة"),
        date="2015-08",
        fatalities=1,
        also=("هذه المواجهات",),
    ),
    E(
        "Riots/Violent demonstration",
        "مظاهرة بالقرب من الحدود",
        actor=("الفلسطينيين",),
        target=("قوات الاحتلال",),
        place=("الحدود مع قطاع غزة", "قطاع غزة"),
        date="2015-08",
        fatalities=1,
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "أطلقت فصائل المقاومة",
        actor=("فصائل المقاومة في قطاع غزة", "فصائل المقاومة"),
        target=("المستوطنات الإسرائيلية",),
        place=("محيط القطاع المحاصر", "الشريط الحدودي", "قطاع غزة"),
        date="2015-08-02",
        also=("إطلاق صاروخين من قطاع غزة",),
    ),
    E(
        "Battles/Armed clash",
        "الحرب العدوانية على غزة",
        place=("غزة",),
        date="2014",
        status="historical",
    ),
    E(
        "Violence against civilians/Attack",
        "الاعتداء على مسيرة المثليين",
        target=("مسيرة المثليين",),
        place=("القدس",),
    ),
    E(
        "Diplomacy/Phone call",
        "وهاتف",
        actor=("نتنياهو",),
        target=("محمود عبّاس", "عبّاس"),
        date="2015-07-31",
    ),
]

F["snn-20150806-02271"] = [  # Egypt prepares the new Suez Canal opening
    E(
        "Battles/Non-state actor overtakes territory",
        "استولى على أجزاء كبيرة",
        actor=("تنظيم داعش", "داعش"),
        place=("العراق", "سوريا"),
        date="unknown",
        status="historical",
    ),
]

F["snn-20150802-00698"] = [  # lawyers condemn al-Maliki
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "تفجيره لسفارة العراق",
        actor=("المالكي", "نوري المالكي", "هذا الإرهابي"),
        target=("سفارة العراق",),
        place=("بيروت",),
        date="unknown",
        status="historical",
        also=("ذلك العمل الإجرامي الإرهابي",),
    ),
]

F["snn-20150721-00227"] = [  # ISIS and the lonely American
    E(
        "Violence against civilians/Attack",
        "مقتل صحافي",
        actor=("«داعش»", "داعش"),
        target=("جيمس فولي", "صحافي الـ«سي إن إن» جيمس فولي"),
        date="2014-08-19",
        status="historical",
        fatalities=1,
        also=("تعرّض للإعدام ذبحا", "تلك الجريمة المروّعة"),
    ),
]


if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
