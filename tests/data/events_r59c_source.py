"""Source of tests/data/events_r59c.jsonl: the fifty-ninth blind event round, part r59c.

6 real articles (SaudiNewsNet politics, 6,130–7,846 characters): the lines of /work/brief/DRAW_r59.tsv
(the saved output of `python tests/data/events_round59_select.py`) whose first column is `r59c`
(selection = events_round59_select.py, seed 5959, part r59c). All 6 kept, none dropped. Annotated by
reading only (2026-11-29): the event coder was never run on these articles and no coder output was read.
Same format and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set);
`build()` comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three or more
12-word runs with an article of another tests/data/events_*.jsonl set (checked 2026-11-29 19:52 UTC).
Same happenings in other words: the Interior Ministry's 431 ISIS suspects and the attacks behind them
(r28c, r36b, r40c, r45a, r47c, r53a, r57c — here the full statement), the Duma arson (many rounds),
the invasion and liberation of Kuwait (r40c), the al-Sawaber bombing (r40c), Sykes–Picot (r46c, r52).

Choices (the last rounds' calls followed; columns: historical asides with a date or a named happening
are coded as historical; aims, habits, aggregates, whole wars and statements are not):
- "borders without states" column (00883): Sykes–Picot «أبرمت عام 1916» → *Diplomacy/Agreement*,
  historical, 1916 (as r46c); ISIS seizing Mosul («بمجرد الاستيلاء على الموصل») → *Non-state actor
  overtakes territory*, historical, "unknown"; the regime retaking Qalamoun and Krak des Chevaliers «في
  شهر مايو عام 2014» → two *Government regains territory*, 2014-05 (two provinces; ambiguous: one verb);
  the Young Turk revolution deposing Abdulhamid II (1908) and the Baath coup of 1963 → *Strategic
  developments/Other*, historical (as r16a's coup; ambiguous: columns often leave coups uncoded). Not
  coded: ISIS's control of Anbar (a state), Hezbollah fighters and rebels crossing borders (habits), the
  refugee figures, Israel's founding (1948), the Ottoman reforms, the Arab Spring, Hayden's interview;
- Interior Ministry statement (01562): the dismantling of the ISIS cells, 431 held → one *Arrests*, no
  date (the weeks before; the 97 / 190 / 144 sub-counts are its mentions, they sum to 431); the two
  detainees «المعلن عنهما بتاريخ 5 / 7 / 1436هـ» → *Arrests*, historical, 2015-04-24 (the announcement
  dates it; ambiguous); the attacks listed with Hijri dates (converted, Umm al-Qura), each historical:
  al-Dalwa 10/1/1436 → *Violence against civilians/Attack* 2014-11-03; the public-security patrol east of
  Riyadh 19/6/1436 → *Armed clash* 2015-04-08, 2 (as r57c); the facilities-security patrol south of
  Riyadh 19/7/1436 → *Armed clash* 2015-05-08, 1; al-Qudaih 4/8/1436 and al-Anoud in Dammam 11/8/1436 →
  two *Suicide bomb* (the text names the suicide bombers and the belt; as r53a) 2015-05-22 / 2015-05-29,
  no number; the foiled operations («إحباط عمليات إرهابية») → one *Disrupted weapons use*, no place (the
  listed plots are its content; ambiguous: plans stopped by arrests); the explosives workshop found in
  al-Atiq's home and the explosives, arms and ammunition seized → one *Disrupted weapons use*. Not
  coded: the 37 dead / 120 wounded / 6 terrorists killed «في تلك العمليات» (an aggregate), the plots
  themselves (planned attacks that were foiled), the Dalwa cell «المعلن عنهم» (arrest not said), the
  Sharurah camp;
- Asilah forum (00088): negative — an academic symposium; Afghanistan/Iraq interventions, the Cold War
  and the calls are generic;
- Kuwaiti invasion memoir (00289): the invasion («مرور 25 عامًا») → *Non-state actor overtakes
  territory*, historical, 1990 (as r40c); the narrator's arrest by a Republican Guard captain in
  al-Omariya → *Arrests*, historical, "unknown" (his torture at the Farwaniya station its mention, as the
  earlier abduction-with-torture call); the air bombardment «فجر 16 يناير 1991» → *Air/drone strike*,
  historical (r40c coded the start of operations as *Armed clash*; here the text says «القصف الجوي»);
  the liberation «في 26 فبراير 1991» → *Government regains territory*, historical; the al-Sawaber mosque
  bombing «في 26 يونيو الماضي» → *Suicide bomb*, historical, 2015-06-26 (as r40c). Not coded: the
  annexation of 9 August (a declaration), the generic executions and abductions of young Kuwaitis
  (habits), the death sentence, the Palestinian workers' theft and arrest (a crime; ambiguous), his
  release by a trick (an escape), the money smuggling;
- al-Masari obituary (00410): negative — a death, a 1999 press meeting, the king's domestic tour, the
  loss of Ceuta and Melilla as rhetoric;
- Duma (00148): the settlers' arson «الجمعة الماضي» / «في 31 يوليو» → *Violence against civilians/
  Attack* 2015-07-31, 2 (the infant Ali and now his father Saad); the second settlers' firebomb attack on
  Mahmoud Kaabneh's house near Duma «أمس» (Daghlas: «فجر اليوم») → *Violence against civilians/Attack*
  2015-08-08, no dead. Not coded: the funeral, Israel's alert, the PA's pledges, Maliki's briefing of
  the ICC prosecutor, Bsiso's ten-year tallies, the Susiya demolitions (a habit), «لم تكن إسرائيل
  اعتقلت» (no arrest), Diskin's and Mladenov's statements.

Counts: 6 articles, 22 events, 2 negatives (Battles 7, Explosions/Remote violence 4, Strategic
developments 7, Violence against civilians 3, Diplomacy 1).

Run: python tests/data/events_r59c_source.py            (writes events_r59c.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r59c.jsonl")

F: dict[str, list[dict]] = {}

F["snn-20150804-00883"] = [  # column: borders without states
    E(
        "Diplomacy/Agreement",
        "تلك الاتفاقية التي أبرمت عام 1916",
        actor=("بريطانيا العظمى",),
        target=("فرنسا",),
        date="1916",
        status="historical",
        also=("اتفاقيات سايكس بيكو",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "الاستيلاء على الموصل",
        actor=("داعش", "الدولة الإسلامية في العراق والشام"),
        place=("الموصل",),
        date="unknown",
        status="historical",
    ),
    E(
        "Battles/Government regains territory",
        "استعاد النظام السوري منطقة القلمون",
        actor=("النظام السوري",),
        target=("للمتمردين السوريين",),
        place=("منطقة القلمون", "القلمون", "شمال دمشق"),
        date="2014-05",
        status="historical",
    ),
    E(
        "Battles/Government regains territory",
        "وقلعة الحصن الأثرية",
        actor=("النظام السوري",),
        target=("للمتمردين السوريين",),
        place=("قلعة الحصن الأثرية", "قلعة الحصن", "ريف حمص"),
        date="2014-05",
        status="historical",
    ),
    E(
        "Strategic developments/Other",
        'ثورة "تركيا الفتاة" عام 1908',
        actor=("حركة تركيا الفتاة", "تركيا الفتاة"),
        target=("السلطان عبدالحميد الثاني", "عبدالحميد الثاني"),
        date="1908",
        status="historical",
        also=("خلع السلطان عبدالحميد الثاني",),
    ),
    E(
        "Strategic developments/Other",
        "الانقلاب البعثي عام 1963",
        place=("سورية",),
        date="1963",
        status="historical",
    ),
]

F["snn-20150722-01562"] = [  # Interior Ministry: the ISIS cells dismantled
    E(
        "Strategic developments/Arrests",
        "الإطاحة بتنظيم",
        actor=("الجهات الأمنية المختصة", "الجهات الأمنية"),
        target=("تنظيم مكون من خلايا عنقودية", "تنظيم داعش الإرهابي", "داعش", "(431)"),
        place=("المملكة",),
        also=(
            "ألقي القبض عليه",
            "تم ضبط (97)",
            "القبض عليهم وعددهم (190)",
            "ضبط العناصر الداعمة",
        ),
    ),
    E(
        "Strategic developments/Arrests",
        "الموقوفين(يزيد بن محمد أبو نيان",
        target=("يزيد بن محمد أبو نيان", "نواف شريف العنزي"),
        date="2015-04-24",
        status="historical",
    ),
    E(
        "Violence against civilians/Attack",
        "حادث استهداف المصلين بقرية الدالوه",
        actor=("هذا التنظيم", "تنظيم داعش الإرهابي", "داعش"),
        target=("المصلين",),
        place=("قرية الدالوه", "الدالوه", "محافظة الإحساء"),
        date="2014-11-03",
        status="historical",
    ),
    E(
        "Battles/Armed clash",
        "حادث إطلاق النار على دورية الأمن العام",
        actor=("هذا التنظيم", "تنظيم داعش الإرهابي", "داعش"),
        target=("دورية الأمن العام",),
        place=("شرق مدينة الرياض", "مدينة الرياض", "الرياض"),
        date="2015-04-08",
        status="historical",
        fatalities=2,
        also=("حادثة استهداف دورية الأمن شرقي مدينة الرياض",),
    ),
    E(
        "Battles/Armed clash",
        "حادث إطلاق النار على دورية لأمن المنشآت",
        actor=("هذا التنظيم", "تنظيم داعش الإرهابي", "داعش"),
        target=("دورية لأمن المنشآت",),
        place=("جنوبي مدينة الرياض", "مدينة الرياض", "الرياض"),
        date="2015-05-08",
        status="historical",
        fatalities=1,
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "حادث استهداف المصلين بمسجد الإمام علي بن أبي طالب",
        actor=("هذا التنظيم", "تنظيم داعش الإرهابي", "داعش", "صالح بن عبدالرحمن صالح القشعمي"),
        target=("المصلين",),
        place=("بلدة القديح", "القديح", "القطيف"),
        date="2015-05-22",
        status="historical",
        also=("الحادثان الآثمان", "نقل المنتحر/ صالح القشعمي"),
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "حادث استهداف المصلين الفاشل",
        actor=("هذا التنظيم", "تنظيم داعش الإرهابي", "داعش", "خالد عايد الشمري"),
        target=("المصلين",),
        place=("حي العنود بالدمام", "حي العنود", "الدمام"),
        date="2015-05-29",
        status="historical",
        also=("نقلهم للمنتحر/ خالد الشمري",),
    ),
    E(
        "Strategic developments/Disrupted weapons use",
        "إحباط عمليات إرهابية",
        actor=("الجهات الأمنية",),
        target=("التنظيم الضال",),
        also=("العمليات التي تم إحباطها",),
    ),
    E(
        "Strategic developments/Disrupted weapons use",
        "ضبط في منزله معمل لتصنيع المتفجرات",
        actor=("الأجهزة الأمنية", "قوات الأمن"),
        target=("علي محمد علي العتيق",),
        also=("ضبط عدد من الوثائق والأجهزة ووسائل الاتصال ومواد متفجرة",),
    ),
]

F["snn-20150727-00088"] = []  # Asilah forum on a new Cold War: a symposium, generic talk

F["snn-20150806-00289"] = [  # Kuwaiti memoir of the 1990 invasion
    E(
        "Battles/Non-state actor overtakes territory",
        "الغزو العراقي للكويت",
        actor=("العراقي", "قوات الاحتلال العراقية", "سلطات الاحتلال"),
        place=("الكويت",),
        date="1990",
        status="historical",
        also=("استولت على كامل أراضي الكويت",),
    ),
    E(
        "Strategic developments/Arrests",
        "جرى اعتقالي",
        actor=("ضابط برتبة نقيب من الحرس الجمهوري العراقي", "الحرس الجمهوري العراقي"),
        target=("سليمان", "سليمان آرتي"),
        place=("منطقة العميرية", "العميرية"),
        date="unknown",
        status="historical",
        also=("فأوقفني الضابط", "جرى تعذيبي"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "بدأ القصف الجوي",
        place=("الكويت",),
        date="1991-01-16",
        status="historical",
    ),
    E(
        "Battles/Government regains territory",
        "التحرير في 26 فبراير",
        place=("الكويت",),
        date="1991-02-26",
        status="historical",
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "التفجير الآثم",
        target=("جامع الإمام الصادق",),
        place=("الصوابر", "جامع الإمام الصادق"),
        date="2015-06-26",
        status="historical",
    ),
]

F["snn-20150801-00410"] = []  # obituary of Mohammed al-Arbi al-Masari: no event

F["snn-20150809-00148"] = [  # Saad Dawabsha dies; a second settler firebomb attack
    E(
        "Violence against civilians/Attack",
        "أحرقوه وعائلته",
        actor=("مستوطنون", "المستوطنون", "مجموعة إرهابية من المستوطنين"),
        target=("سعد الدوابشة", "عائلته", "ابنه الرضيع علي", "عائلة دوابشة"),
        place=("قرية دوما", "دوما", "نابلس"),
        date="2015-07-31",
        fatalities=2,
        also=(
            "هجوم شنه المستوطنون على منزل سعد",
            "جريمة إحراق عائلة دوابشة البشعة",
            "هجوم متعمد على منزلهم",
        ),
    ),
    E(
        "Violence against civilians/Attack",
        "هجوم ثانٍ بالقنابل الحارقة",
        actor=("مستوطنين", "مستوطنون آخرون", "المستوطنين"),
        target=("منزل آخر", "منزل محمود فزاع كعابنه", "محمود فزاع كعابنه", "منزل فلسطيني ثانٍ"),
        place=("منطقة قريبة", "منطقة قريبة من دوما", "دوما"),
        date="2015-08-08",
        also=("حاول مستوطنون آخرون استهداف منزل فلسطيني ثانٍ", "ألقوا زجاجتين حارقتين"),
    ),
]


if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
