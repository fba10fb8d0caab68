"""Source of tests/data/events_r56b.jsonl: the fifty-sixth blind event round, part r56b.

6 real articles (SaudiNewsNet politics, 6,130–7,939 characters): the lines of /work/brief/DRAW_r56.tsv
(the saved output of `python tests/data/events_round56_select.py`) whose first column is `r56b`
(selection = events_round56_select.py, seed 5656, part r56b). All 6 kept, none dropped. Annotated by
reading only (2026-11-29): the event coder was never run on these articles and no coder output was read.
Same format and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set);
`build()` comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three or more
12-word runs with an article of another tests/data/events_*.jsonl set (1,806 articles, checked
2026-11-29 18:35 UTC). Same happenings in other words: the nuclear deal (many rounds), the 2011 Libya
arms embargo and Gaddafi's killing (r22c, r23a, r43a), the Sharia4Belgium ban (r51c), the 2009 Iranian
uprising (r33b, r37c).

Choices (the last rounds' calls followed; columns and interviews: historical asides with a date or a
named happening are coded as historical; aims, habits, statements, rhetoric and generic violence are not):
- al-Azhar interview (01799): negative — 9/11 «أحداث» told as a Western plot and «اجتياح العراق ثم غزة»
  are rhetoric (as r34a, r42c, r47a; ambiguous: r44a/r47a coded the invasion of Iraq when named as
  history); the Prophet's «صحيفة المدينة», al-Azhar's fatwa and the «war on terror» are not events;
- Cairo bookshops (00166): negative;
- Libyan army adviser (00153): the Tuareg–Tebu fighting among migrants in the south («نشوب معارك
  بالأسلحة», «الحرب الدائرة الآن» in Ubari and Ghat its mention) → one *Battles/Armed clash*, no date in
  the text (present tense), no number («عشرات القتلى»); Gaddafi's killing at the end of the 2011 war →
  *Violence against civilians/Attack*, historical, 2011, 1 (as r22c/r23a), actor the armed rebels who
  waged the war (ambiguous: the text links them only through the war); the international arms embargo
  → *Diplomacy/Sanction*, historical, 2011 (as r43a). Not coded: the burning of civil-registry offices
  since February 2011 (an aggregate over the war, no place; ambiguous), the 2011 war and the regime's
  fall, the migrant flows and drownings, the Tunisian wall and the attacks in Tunisia (generic), the
  threat to bomb European ships, the militias' control of smuggling routes (a state);
- Obama–Friedman interview (02100): the nuclear deal («هذه الصفقة», «هذا الاتفاق» its mention) →
  *Diplomacy/Agreement*, "unknown" (as the earlier rounds' undated nuclear deal); the 2009 «الثورة
  الخضراء» → *Protests/Peaceful protest*, historical, 2009 (as r33b; no repression named here, unlike
  r37c; its place span is «داخل إيران» because the nearest bare «إيران» is inside «الإيراني»,
  «إيران» accepted). Not coded: the interview itself, the sanctions regime (a state), Nixon's and Reagan's
  openings, Hezbollah's missiles, the Iran–Iraq war;
- Belgian Muslims (00219): the attack on the Texas cartoon contest claimed by ISIS «في مطلع مايو» →
  *Violence against civilians/Attack*, historical, 2015-05 (ambiguous type: the text says only «هجوم …
  استهدف مسابقة»); the authorities' ban on Sharia4Belgium «قبل سنتين تقريبًا» → *Diplomacy/Sanction*,
  historical, "unknown" (as r51c). Not coded: the negated riots («لم تقع أعمال شغب»), the exhibition, the
  party's leaflet campaign, the Dutch TV's refusal to air Wilders' film, Wilders' prosecution and 2014
  rally, the Moroccan mosques' cartoon;
- Putin and the news agencies (00253): negative — Putin's meeting with the agency heads at the St
  Petersburg forum is a press meeting (as r24a/r26a), the sideline meetings are not named; ISIS's
  «هجومين أو 3 هجمات» (generic), the US withdrawal from the ABM treaty, the sanctions on Russia (a
  state) and Lavrov's interview are not coded.

Counts: 6 articles, 7 events, 3 negatives (Diplomacy 3, Violence against civilians 2, Battles 1,
Protests 1).

Run: python tests/data/events_r56b_source.py            (writes events_r56b.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r56b.jsonl")

F: dict[str, list[dict]] = {}

F["snn-20150724-01799"] = []  # al-Azhar scholar interview: 9/11 and Iraq as rhetoric — no event

F["snn-20150721-00166"] = []  # Cairo bookshops — no event

F["snn-20150810-00153"] = [  # Libyan army adviser: migrants, the south, the arms embargo
    E(
        "Violence against civilians/Attack",
        "مقتل",
        at="وانتهت ب",
        actor=("المتمردون المسلحون", "المتمردون"),
        target=("القذافي",),
        date="2011",
        status="historical",
        fatalities=1,
    ),
    E(
        "Diplomacy/Sanction",
        "الحظر الدولي",
        target=("الجيش", "ليبيا", "الجيش الليبي"),
        date="2011",
        status="historical",
        also=("حظر مستمر منذ 2011",),
    ),
    E(
        "Battles/Armed clash",
        "معارك",
        at="نشوب",
        actor=("المهاجرين الأفارقة", "الطوارق"),
        target=("التبو",),
        place=("الجنوب الليبي", "أوباري", "غات", "سبها"),
        also=("الحرب الدائرة الآن",),
    ),
]

F["snn-20150721-02100"] = [  # Obama–Friedman interview on the Iran deal
    E(
        "Diplomacy/Agreement",
        "هذه الصفقة",
        actor=("إيران",),
        target=("الولايات المتحدة", "أمريكا"),
        date="unknown",
        also=("هذا الاتفاق",),
    ),
    E(
        "Protests/Peaceful protest",
        "الثورة الخضراء",
        actor=("المجتمع المدني الإيراني",),
        place=("داخل إيران", "إيران"),
        date="2009",
        status="historical",
    ),
]

F["snn-20150721-00219"] = [  # Belgian Muslims and the Antwerp cartoon exhibition
    E(
        "Diplomacy/Sanction",
        "تحظر السلطات نشاطها",
        actor=("السلطات",),
        target=("جماعة الشريعة في بلجيكا", "جماعة الشريعة"),
        date="unknown",
        status="historical",
    ),
    E(
        "Violence against civilians/Attack",
        "هجوم",
        at="في أعقاب",
        actor=("تنظيم داعش", "داعش"),
        target=("مسابقة لرسوم عن الرسول", "مسابقة"),
        place=("ولاية تكساس الأميركية", "تكساس"),
        date="2015-05",
        status="historical",
    ),
]

F["snn-20150721-00253"] = []  # Putin's press meeting with news-agency heads — no event


if __name__ == "__main__":
    print(build(F, OUT))
