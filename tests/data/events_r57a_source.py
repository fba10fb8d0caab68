"""Source of tests/data/events_r57a.jsonl: the fifty-seventh blind event round, part r57a.

6 real articles (SaudiNewsNet politics, 6,162–7,526 characters): the lines of /work/brief/DRAW_r57.tsv
(the saved output of `python tests/data/events_round57_select.py`) whose first column is `r57a`
(selection = events_round57_select.py, seed 5757, part r57a). All 6 kept, none dropped. Annotated by
reading only (2026-11-29): the event coder was never run on these articles and no coder output was read.
Same format and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set);
`build()` comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or two or more
12-word runs with an article of another tests/data/events_*.jsonl set (1,806 articles, checked
2026-11-29 18:33 UTC). Same happenings in other words: the three Yazidi women Nour, Bushra and Munira
(r43b, snn-20150724-00024), the Houthi takeover of Sanaa, the liberation of Aden / Golden Arrow, the
nuclear deal, the Saudi arrests of the 431/432 ISIS suspects, the fall of Mosul (many rounds).

Choices (the last rounds' calls followed; columns and analyses: historical asides with a date or a
named happening are coded as historical; aims, campaigns, habits, statements and generic violence are not):
- "grey zone" forces in Yemen (00145, analysis): the Houthi storming of Sanaa in September last year →
  *Non-state actor overtakes territory*, historical, 2014-09; the UN-sponsored political dialogue under
  Benomar and its collapse → *Diplomacy/Talks*, historical, "unknown" (ambiguous: a domestic dialogue,
  coded as r43c/r51b did); the liberation of Aden → *Government regains territory*, historical,
  "unknown", and of «مناطق شاسعة بمحافظتي لحج وأبين» → a second *Government regains territory*,
  "unknown" (ambiguous: one phrase, two provinces and happenings); the 1994 war «باجتياح جيش الشمال
  للجنوب» → *Government regains territory*, historical, 1994 (as r20a; «حرب الانفصال» its mention;
  ambiguous type: a war, *Armed clash* in r28c); Yemeni unity «قبل ربع قرن» / «اتفق عليها عام 1990» →
  *Diplomacy/Agreement*, historical, 1990 (as r55b). Not coded: the Houthi–Saleh war on the south and its
  «غزو» over the last four months (a campaign), the parties' initiatives and statements;
- Golden Arrow (00222, analysis): the operation liberating Aden → *Government regains territory*,
  "unknown", reported (actor the coalition and the Resistance; «معركة عدن» and the port its mentions);
  the taking of Ras Imran → a second *Government regains territory*, "unknown" (a distinct place; the
  landing there not coded); the Houthis overrunning the south through Aden «منذ نحو أربعة أشهر» →
  *Non-state actor overtakes territory*, historical, 2015-03 (as r53b); the nuclear deal of 14 July →
  *Diplomacy/Agreement* 2015-07-14; the Geneva conference → *Diplomacy/Talks*, historical, "unknown" (as
  r43c); the Houthi takeover of Sanaa on 21 September 2014 → historical, 2014-09-21. Not coded: the
  first phase's targeting of camps (part of the operation, no method), arming and training (support),
  the ministers' return (as r14a), the failed Houthi agreements (several, generic), the 1994 war (a time
  anchor here), Decisive Storm (the campaign), planned liberations and reconstruction;
- Yazidi survivors in Britain (00159): the fall of Mosul in June 2014 → *Non-state actor overtakes
  territory*, historical, 2014-06; the Ammar foundation's health centre in a Dohuk camp «في أوائل شهر
  فبراير» → *Diplomacy/Aid*, historical, 2015-02 (ambiguous: a charity's aid); following r43b for the same
  women: ISIS's sexual slavery and rape → one *Violence against civilians/Sexual violence*, historical,
  "unknown", place Iraq; their captivity (and the mother taken with about 70 women) → *Abduction/forced
  disappearance*, historical, "unknown"; ISIS's attack on their villages (the men shot its mention, no
  number) → *Violence against civilians/Attack*, historical, "unknown". Not coded: the girls' visit to
  Britain and their school meetings (non-state), Nicholson's camp visits, Yusra Hussein joining ISIS, the
  German residency, the «انفجار مروع» (no place, no date), the Basra uprising and the 1991 founding (time
  anchors);
- Beirut art review (00299): negative (the civil war 1975–1990 and the 1991 amnesty are background, as
  r42c/r52a);
- Saudi song memoir (00972): negative;
- experts on extremist thought (01073): the Interior Ministry's recent pre-emptive campaigns that
  «اكتشفت» 432 ISIS members in two months → one *Strategic developments/Arrests*, "unknown" (as
  r39c/r40c/r45a; ambiguous: a two-month tally); the nuclear agreement freeing Iran from sanctions →
  *Diplomacy/Agreement*, "unknown" (as earlier rounds). Not coded: «الحادثة التي وقعت في المملكة» (the
  text does not say which), foiled plots (generic), Decisive Storm, the Arab Spring, Sudan's partition,
  ISIS's seizure of «مناطق شاسعة» and Iran's «توغل» (general).

Counts: 6 articles, 19 events, 2 negatives (Battles 9, Diplomacy 6, Violence against civilians 3,
Strategic developments 1).

Run: python tests/data/events_r57a_source.py            (writes events_r57a.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r57a.jsonl")

F: dict[str, list[dict]] = {}

F["snn-20150809-00145"] = [  # Yemen's war: the forces of the "grey zone"
    E(
        "Battles/Non-state actor overtakes territory",
        "اجتياح",
        actor=("الميليشيات الحوثية",),
        place=("صنعاء",),
        date="2014-09",
        status="historical",
    ),
    E(
        "Diplomacy/Talks",
        "للحوار السياسي",
        actor=("جمال بنعمر", "المبعوث السابق للأمم المتحدة إلى اليمن"),
        date="unknown",
        status="historical",
        also=("انهيار ذلك الحوار",),
    ),
    E(
        "Battles/Government regains territory",
        "تحرير العاصمة عدن",
        place=("العاصمة عدن", "عدن"),
        date="unknown",
        status="historical",
    ),
    E(
        "Battles/Government regains territory",
        "مناطق شاسعة بمحافظتي لحج وأبين",
        place=("لحج", "أبين", "محافظتي لحج وأبين"),
        date="unknown",
    ),
    E(
        "Battles/Government regains territory",
        "حرب 1994",
        actor=("جيش الشمال",),
        place=("الجنوب",),
        date="1994",
        status="historical",
        also=("باجتياح جيش الشمال للجنوب", "حرب الانفصال"),
    ),
    E(
        "Diplomacy/Agreement",
        "قيام الوحدة اليمنية",
        date="1990",
        status="historical",
        also=("اتفق عليها عام 1990",),
    ),
]

F["snn-20150726-00222"] = [  # Yemen: the "Golden Arrow" operation
    E(
        "Battles/Government regains territory",
        "تحرير محافظة عدن",
        actor=("التحالف", "قوات التحالف", "المقاومة الشعبية", "قوات المقاومة الشعبية", "القوات البرية"),
        target=("حركة الحوثيين", "حركة الحوثيين وحلفائها"),
        place=("محافظة عدن", "عدن"),
        date="unknown",
        also=('عملية "السهم الذهبي"', "للسيطرة على ميناء عدن", "معركة عدن"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "اجتاحت الجنوب",
        actor=("حركة الحوثيين", "حركة الحوثيين وحلفائها"),
        place=("الجنوب", "عدن"),
        date="2015-03",
        status="historical",
    ),
    E(
        "Battles/Government regains territory",
        "تمت السيطرة",
        place=("منطقة رأس عمران", "رأس عمران"),
        date="unknown",
    ),
    E(
        "Diplomacy/Agreement",
        "اتفاق نووي",
        actor=("إيران",),
        target=('مجموعة "5+1"', "5+1"),
        date="2015-07-14",
    ),
    E(
        "Diplomacy/Talks",
        "مؤتمر جنيف",
        place=("جنيف",),
        date="unknown",
        status="historical",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرتها على العاصمة صنعاء",
        actor=("حركة الحوثيين",),
        place=("العاصمة صنعاء", "صنعاء"),
        date="2014-09-21",
        status="historical",
    ),
]

F["snn-20150726-00159"] = [  # Yazidi survivors of ISIS talk to British Muslim schoolgirls
    E(
        "Battles/Non-state actor overtakes territory",
        "سقوط الموصل",
        actor=("داعش",),
        place=("الموصل",),
        date="2014-06",
        status="historical",
    ),
    E(
        "Diplomacy/Aid",
        "افتتحت",
        actor=("«عمار»", "عمار"),
        place=("محافظة دهوك", "دهوك", "إقليم كردستان العراق"),
        date="2015-02",
        status="historical",
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "الاحتجاز",
        actor=("«داعش»", "داعش"),
        target=("الفتيات", "بنات إيزيديات", "نور", "بشرى", "منيرة", "نحو 70 امرأة"),
        date="unknown",
        status="historical",
        also=("هربن من قبضة داعش", "أخذوا أمي"),
    ),
    E(
        "Violence against civilians/Sexual violence",
        "سبايا",
        actor=("مقاتلي التنظيم", "داعش", "التنظيم"),
        target=("الفتيات", "بنات إيزيديات", "نور", "بشرى", "منيرة"),
        place=("العراق",),
        date="unknown",
        status="historical",
        also=("الاغتصاب المتواصل",),
    ),
    E(
        "Violence against civilians/Attack",
        "هجوم",
        actor=("«داعش»", "داعش"),
        target=("قراهن", "الرجال"),
        date="unknown",
        status="historical",
        also=("وأطلقوا النار على الرجال",),
    ),
]

F["snn-20150802-00299"] = []  # art review: Beirut's artists and the civil war (background)

F["snn-20150725-00972"] = []  # song memoir: Ibrahim Khafaji and Mohammed Abdu

F["snn-20150723-01073"] = [  # experts: deterrent penalties against extremist thought
    E(
        "Strategic developments/Arrests",
        "الحملات الأمنية الاستباقية",
        actor=("وزارة الداخلية", "الجهات الأمنية"),
        target=("432 فردا من عناصر التنظيم الإرهابي", "432 فردا", "عناصر التنظيم الإرهابي"),
        place=("المملكة",),
        date="unknown",
        also=("اكتشفت الجهات الأمنية 432 فردا",),
    ),
    E(
        "Diplomacy/Agreement",
        "توقيع اتفاقية",
        actor=("إيران",),
        date="unknown",
    ),
]

if __name__ == "__main__":
    print(build(F, OUT), "articles written to", OUT)
