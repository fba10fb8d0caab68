"""Source of tests/data/events_r61a.jsonl: the sixty-first blind event round, part r61a.

4 real articles (SaudiNewsNet politics, 4,336–5,745 characters): the lines of /work/brief/DRAW_r61.tsv
(the saved output of `python tests/data/events_round61_select.py`) whose first column is `r61a`
(selection = events_round61_select.py, seed 6161, part r61a). All 4 kept, none dropped. Annotated by
reading only (2026-11-29): the event coder was never run on these articles and no coder output was read.
Same format and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set);
`build()` comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or two or more
12-word runs with an article of another tests/data/events_*.jsonl set (1,884 articles, checked
2026-11-29 20:45 UTC). Same happenings in other words: Carter's visit to Israel, his meetings with
Ya'alon and Netanyahu and his planned stops in Jordan and Saudi Arabia (r20b, r30b, r54b), the nuclear
deal (many rounds), MP Dashti's trip to Lebanon and the attempt on the Emir of Kuwait (r26b), the
capture of al-Qusayr (r43c) and the Qalamoun battle (r36a), the Houthi takeover of Sanaa (many rounds).

Choices (the last rounds' calls followed; columns: historical asides with a date or a named happening
are coded as historical; aims, habits, aggregates, campaigns, whole wars, analogies and statements are
not):
- Carter in Israel (00097, news): his visit «أمس» → *Diplomacy/Visit* 2015-07-20 (the regional tour
  «الجولة», of which Israel is the first stop, a mention); the meeting with Ya'alon («قبيل اجتماعه»,
  Ya'alon's «واليوم») → *Meeting* 2015-07-20 (as r30b/r54b); «وسيلتقي كارتر بنتنياهو اليوم» → *Meeting*,
  planned, 2015-07-21; «قبل أن يتوجه إلى الأردن والسعودية» → two *Visit*, planned, undated (as r54b); the
  nuclear deal announced «الأسبوع الماضي» → *Diplomacy/Agreement* 2015-07 (as fresh's «الأسبوع الماضي»).
  Not coded: Netanyahu's condemnation and CBS interview, Carter's and Zarif's statements, the annual
  US military aid (habitual, as r30b), the Israeli officials' readiness to start compensation talks,
  Netanyahu's lobbying of Congress (an aim);
- Radwan al-Sayyid column (00716): the agreement between Iran and the international group →
  *Diplomacy/Agreement*, "unknown" (as earlier rounds); Hezbollah's «انتصارات» over the Syrian people in
  al-Qusayr, Qalamoun and Tal Musa → three *Government regains territory* (a pro-government force, as
  r43c's al-Qusayr), historical, "unknown" (ambiguous: named in irony, one phrase, three places and
  battles, as r59a's Idlib/Jisr al-Shughur); the protests in Tehran and Mashhad during Ramadan over
  chicken prices → two *Protests/Peaceful protest* dated 2015-07 (as r27a's Ramadan; no actor named;
  ambiguous: «كانوا يتظاهرون» could be read as a habit); the Kuwaiti Shia MP who came to Lebanon
  «بالأمس» to visit Imad Mughniyeh's grave → *Diplomacy/Visit* 2015-07-23 (as r26b's Dashti visits;
  ambiguous date: a column's «بالأمس»); Mughniyeh's attempt on the Emir of Kuwait «عام 1986» →
  *Violence against civilians/Attack*, historical, 1986 (as r26b), no place. Not coded: the 2006 war
  (a whole war, as r57c–r59c; r44a coded it), Decisive Storm / Restoring Hope (campaigns), the Iranian
  academic's private visit, the Kuwaitis «تعرضوا للإرهاب» (the al-Sadiq mosque bombing, too vague:
  no date, place or means), the collapse of Iraq, Syria and Libya (general);
- education in Yemen (00116, feature): «منذ استيلاء الحوثيين على العاصمة اليمنية صنعاء» → *Non-state
  actor overtakes territory*, historical, "unknown" (the parent's «سيطرة المسلحين الحوثيين على جميع مرافق
  الدولة» a mention). Not coded: the expansion to other provinces (an aggregate), the 300+ destroyed
  schools (a tally), the coalition's air strikes on Houthi headquarters (the campaign, as earlier
  rounds), the Houthis' anti-aircraft fire and recruitment of children (habits), the letters asking to
  stop the bombing, the ministry's circular and meetings, the universities reopening (domestic);
- al-Rashed column (00086): the Western agreement with Iran → *Diplomacy/Agreement*, "unknown". Not
  coded: the Iran Air director's statement «أول من أمس» and the planned purchase (an intent), the
  sanctions on Libya and Syria, the fall of Baghdad «في أسبوع واحد» and the Soviet collapse of 1991
  (analogies, as r54c/r56c/r59b left the 2003 occupation uncoded), Rouhani's election.

Counts: 4 articles, 16 events, no negative (Diplomacy 9, Battles 4, Protests 2, Violence against
civilians 1).

Run: python tests/data/events_r61a_source.py            (writes events_r61a.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r61a.jsonl")

F: dict[str, list[dict]] = {}

F["snn-20150721-00097"] = [  # Carter in Israel after the nuclear deal
    E(
        "Diplomacy/Visit",
        "زيارة",
        actor=("وزير الدفاع الأميركي آشتون كارتر", "آشتون كارتر", "كارتر"),
        place=("إسرائيل",),
        date="2015-07-20",
        also=("الجولة", "زيارتي", "يزور إسرائيل"),
    ),
    E(
        "Diplomacy/Agreement",
        "الاتفاق النووي",
        actor=("إيران",),
        target=("مجموعة 5+1",),
        date="2015-07",
        also=("التوصل إلى اتفاق تاريخي", "اتفاق الأسبوع الماضي", "منذ الاتفاق النووي"),
    ),
    E(
        "Diplomacy/Meeting",
        "اجتماعه",
        actor=("كارتر",),
        target=("موشيه يعالون", "يعالون", "نظيره الإسرائيلي"),
        date="2015-07-20",
        also=("قبل الاجتماع",),
    ),
    E(
        "Diplomacy/Meeting",
        "سيلتقي",
        actor=("كارتر",),
        target=("نتنياهو",),
        date="2015-07-21",
        status="planned",
    ),
    E(
        "Diplomacy/Visit",
        "يتوجه",
        at="وسيلتقي كارتر",
        actor=("كارتر",),
        place=("الأردن",),
        status="planned",
    ),
    E(
        "Diplomacy/Visit",
        "السعودية",
        at="يتوجه إلى الأردن",
        actor=("كارتر",),
        place=("السعودية",),
        status="planned",
    ),
]

F["snn-20150724-00716"] = [  # column: Iran, the US and the Arabs after the deal
    E(
        "Diplomacy/Agreement",
        "الاتفاق",
        actor=("إيران",),
        target=("المجموعة الدولية",),
        date="unknown",
        also=("الاتفاق النووي", "الاتفاق الأخير"),
    ),
    E(
        "Battles/Government regains territory",
        "انتصارات",
        actor=("حزب الله",),
        target=("الشعب السوري",),
        place=("القصير",),
        date="unknown",
        status="historical",
    ),
    E(
        "Battles/Government regains territory",
        "القلمون",
        at="في القصير",
        actor=("حزب الله",),
        target=("الشعب السوري",),
        place=("القلمون",),
        date="unknown",
        status="historical",
    ),
    E(
        "Battles/Government regains territory",
        "تلة موسى",
        actor=("حزب الله",),
        target=("الشعب السوري",),
        place=("تلة موسى",),
        date="unknown",
        status="historical",
    ),
    E(
        "Protests/Peaceful protest",
        "يتظاهرون",
        place=("طهران",),
        date="2015-07",
    ),
    E(
        "Protests/Peaceful protest",
        "مشهد",
        at="يتظاهرون في طهران",
        place=("مشهد",),
        date="2015-07",
    ),
    E(
        "Diplomacy/Visit",
        "جاء إلينا",
        actor=("نائب كويتي شيعي", "نائب كويتي"),
        place=("لبنان",),
        date="2015-07-23",
        also=("المجيء", "زيارة قبر عماد مغنية"),
    ),
    E(
        "Violence against civilians/Attack",
        "اغتيال",
        actor=("عماد مغنية", "مغنية"),
        target=("أمير الكويت",),
        date="1986",
        status="historical",
    ),
]

F["snn-20150725-00116"] = [  # feature: the war's damage to education in Yemen
    E(
        "Battles/Non-state actor overtakes territory",
        "استيلاء",
        actor=("الحوثيين",),
        place=("العاصمة اليمنية صنعاء", "صنعاء"),
        date="unknown",
        status="historical",
        also=("سيطرة المسلحين الحوثيين على جميع مرافق الدولة",),
    ),
]

F["snn-20150726-00086"] = [  # al-Rashed column: the Gulf's quarrel with the Americans
    E(
        "Diplomacy/Agreement",
        "الاتفاق الغربي",
        actor=("إيران",),
        target=("الغربي", "الغرب"),
        date="unknown",
        also=("إبرام اتفاق",),
    ),
]

if __name__ == "__main__":
    print(build(F, OUT), "articles written to", OUT)
