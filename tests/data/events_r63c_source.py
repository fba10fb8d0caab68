"""Source of tests/data/events_r63c.jsonl: the sixty-third blind event round, part r63c.

4 real articles (SaudiNewsNet politics, 6,141–7,453 characters): the lines of /work/brief/DRAW_r63.tsv
(the saved output of `python tests/data/events_round63_select.py`) whose first column is `r63c`
(selection = events_round63_select.py, seed 6363, part r63c). All 4 kept, none dropped. Annotated by
reading only (2026-11-29): the event coder was never run on these articles and no coder output was read.
Same format and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set);
`build()` comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three or more
12-word runs with an article of another tests/data/events_*.jsonl set (1,906 articles, checked
2026-11-29 23:20 UTC). Same happenings in other words: MBS's Cairo visit and the Cairo Declaration
(r38b, r41b, r46c, r48a, r54a), the Suez Canal opening delegations (r33a, r50a), the Sinai checkpoint
attacks of early July (r21b).

Choices (the last rounds' calls followed; columns: historical asides with a date or a named happening
are coded as historical; aims, habits, campaigns, tallies, statements and decrees are not):
- drones column (00723, opinion): the US drone strike on an al-Qaeda compound in Pakistan «في كانون
  الثاني» that killed two hostages → *Air/drone strike*, historical, 2015-01, 2 dead. Not coded: the
  US-led air campaign in Iraq and Syria and its tally of 15,000 strikes since August 2014 (a campaign and
  a tally), the Pakistan, Somalia and Yemen drone tolls since 2001 (tallies), the White House admission
  (a statement), Obama's visit to a military headquarters in Tampa (domestic, as r14a/r21a), the Senate
  hearing and the polls;
- Saudi–Egyptian axis (00389, analysis): the Saudi high-level participation «اليوم» in the new Suez Canal
  opening → *Diplomacy/Visit*, publication date (as r50a's delegations; the opening itself is no event);
  the Cairo Declaration → *Diplomacy/Agreement*, no date (as r41b/r46c/r54a; «أيام تمر» gives no day),
  place Cairo (its genitive); King Salman's call to the Egyptian president hours after it → *Diplomacy/
  Phone call*, no date; MBS's visit («تلك الزيارة», to Cairo by context) → *Diplomacy/Visit*, no date;
  the terrorist attacks on security checkpoints in Sinai «أوائل شهر يوليو» → *Battles/Armed clash*,
  historical, 2015-07, no actor (as r21b). Not coded: the condolence cables and the February reply
  letter (messages), the fall of the Brotherhood's rule and the 30 June revolution (as r49a/r57c), the
  King's speeches, the analysts' statements;
- Sports round-up (00793): negative — football fixtures and results;
- PMF column (00236, opinion): the Fallujah and al-Karma tribal council pledging allegiance to ISIS on
  4-6-2015 → *Strategic developments/Change to group/activity*, historical, 2015-06-04 (as r37b/r48b's
  pledges); PMF units kidnapping four of President Masum's guards on the Kirkuk–Baghdad road for ransom
  → *Violence against civilians/Abduction/forced disappearance*, date "unknown" (the adviser's admission
  was «قبل أيام قليلة»; ambiguous: guards are state forces, r13b coded a capture of fighters as
  *Arrests*); the PMF entering Sayyid Gharib and al-Nabbaa (southern Salah al-Din) → *Battles/Government
  regains territory* (as r44c's PMF «تحرير تكريت»; ambiguous: a subordinate «بعد دخولها» clause), and its
  burning citizens alive there → *Violence against civilians/Attack* (the aggregate «في نحو أسبوع … بحرق
  عدد غير محدد» its first mention, the video of a young man burned «في نفس المنطقة» a mention; blowing up
  the houses holding the bodies is part of the same happening, not a separate *Looting/property
  destruction*); the Imam Ali Brigade hanging and burning a young Sunni in Anbar (video, «هذا الأسبوع»)
  → *Attack*, publication date, no number (the text does not say he died); the PMF burning four young
  Sunnis in Ramadi, seen in a video circulated «منذ أربعة أشهر» → *Attack*, historical, 2015-03 (the
  video's date; ambiguous). Not coded: al-Sistani's fatwa of 13 June 2014 (as r37b/r55a), the PMF's
  refusal to let Tikrit's displaced return (a decision), the sheikhs' meetings (domestic), the youth
  campaign, Masum's appeal for Iranian mediation, the «continuous shelling» in the council's statement
  (generic), ISIS's control of 90 % of Anbar (a state).

Counts: 4 articles, 12 events, 1 negative (Diplomacy 4: Visit 2, Agreement 1, Phone call 1; Violence
against civilians 4: Attack 3, Abduction/forced disappearance 1; Battles 2: Armed clash 1, Government
regains territory 1; Explosions/Remote violence 1: Air/drone strike 1; Strategic developments 1: Change
to group/activity 1).

Run: python tests/data/events_r63c_source.py            (writes events_r63c.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r63c.jsonl")

F: dict[str, list[dict]] = {}

F["snn-20150721-00723"] = [  # opinion: drones, a «blind» air war
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قتلت",
        at="وقتلت طائرة أمريكية",
        actor=("طائرة أمريكية بلا طيار", "أمريكية", "الولايات المتحدة"),
        target=("مجمعا للقاعدة", "القاعدة", "رهينتين", "وارن واينستاين", "جوفاني لو بورتو"),
        place=("باكستان",),
        date="2015-01",
        status="historical",
        fatalities=2,
        also=("ضربة استهدفت مجمعا للقاعدة",),
    ),
]

F["snn-20150806-00389"] = [  # analysis: the Saudi–Egyptian axis and hostile media
    E(
        "Diplomacy/Visit",
        "تشارك",
        actor=("السعودية",),
        place=("قناة السويس الجديدة", "قناة السويس", "مصر"),
    ),
    E(
        "Diplomacy/Agreement",
        "إعلان القاهرة",
        actor=("السعودية",),
        target=("مصر",),
        place=("القاهرة",),
        also=("ذلك الإعلان", "إعلان القاهرة دمغ", "وكشف الإعلان"),
    ),
    E(
        "Diplomacy/Phone call",
        "اتصال هاتفي",
        actor=("الملك سلمان بن عبد العزيز", "خادم الحرمين الشريفين", "الملك سلمان"),
        target=("الرئيس المصري",),
    ),
    E(
        "Diplomacy/Visit",
        "الزيارة",
        at="وبددت تلك",
        actor=("الأمير محمد بن سلمان", "محمد بن سلمان", "وزير الدفاع السعودي"),
        place=("القاهرة", "جمهورية مصر العربية", "مصر"),
    ),
    E(
        "Battles/Armed clash",
        "الهجمات الإرهابية",
        target=("نقاط تفتيش أمنية",),
        place=("سيناء",),
        date="2015-07",
        status="historical",
    ),
]

F["snn-20150724-00793"] = []  # sports: African club football fixtures and results

F["snn-20150721-00236"] = [  # opinion: a year of the «jihad kifa'i» fatwa, the PMF
    E(
        "Strategic developments/Change to group/activity",
        "أعلن ولاءه",
        actor=(
            "مجلس شيوخ عشائر قضائي الفلوجة والكرمة",
            "مجلس شيوخ عشائر",
            "شيوخ ووجهاء قضائي الفلوجة والكرمة",
        ),
        target=("للتنظيم الإرهابي", "أبو بكر البغدادي", "تنظيم داعش", "داعش"),
        place=("الفلوجة", "الكرمة"),
        date="2015-06-04",
        status="historical",
        also=("مبايعة أبو بكر البغدادي", "قرار مبايعة تنظيم داعش"),
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "اختطاف",
        at="عمدت وحدات من الميليشيا",
        actor=("وحدات من الميليشيا", "ميليشيا الحشد الشعبي", "الحشد الشعبي"),
        target=("أربعة من حراس فؤاد معصوم", "حراس فؤاد معصوم", "حراسه الأربعة"),
        place=("كركوك", "بغداد"),
        date="unknown",
        also=("واحتجزتهم في مكان مجهول",),
    ),
    E(
        "Violence against civilians/Attack",
        "بحرق عدد غير محدد",
        actor=("عناصر من هذه الميليشيا", "قوات من الحشد الشعبي", "الحشد الشعبي"),
        target=("المدنيين السنة", "عدد من المواطنين أحياء", "المواطنين"),
        place=("سيد غريب", "النباع", "جنوب صلاح الدين", "صلاح الدين"),
        also=("بحرق عدد من المواطنين أحياء", "تحرق شابا سنيا"),
    ),
    E(
        "Battles/Government regains territory",
        "دخولها",
        at="قامت بعد",
        actor=("قوات من الحشد الشعبي", "الحشد الشعبي"),
        place=("سيد غريب", "النباع", "جنوب صلاح الدين", "صلاح الدين"),
    ),
    E(
        "Violence against civilians/Attack",
        "بتعليق شاب سني وإحراقه",
        actor=("كتيبة «الإمام علي»", "عناصر ميليشيا شيعية", "ميليشيا شيعية"),
        target=("شاب سني",),
        place=("محافظة الأنبار", "الأنبار"),
        also=("حرق شاب سني في محافظة الأنبار", "هذا العمل الإرهابي"),
    ),
    E(
        "Violence against civilians/Attack",
        "بإحراق أربعة من الشباب السنة",
        actor=("عناصر من الحشد الشعبي", "الحشد الشعبي"),
        target=("أربعة من الشباب السنة", "الشباب السنة"),
        place=("الرمادي",),
        date="2015-03",
        status="historical",
    ),
]

if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
