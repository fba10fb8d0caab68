"""Source of tests/data/events_r55a.jsonl: the fifty-fifth blind event round, part r55a.

8 real articles (SaudiNewsNet politics, 4,094–5,110 characters): the lines of /work/brief/DRAW_r55.tsv
(the saved output of `python tests/data/events_round55_select.py`) whose first column is `r55a`
(selection = events_round55_select.py, seed 5555, part r55a). All 8 kept. Annotated by reading only
(2026-11-29): the event coder was never run on these articles and no coder output was read.
Same format and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set);
`build()` comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three or more
12-word runs with an article of another tests/data/events_*.jsonl set (1,758 articles, checked
2026-11-29 18:11 UTC). Same happenings in other words: the liberation of Aden, the nuclear deal, the
Sitra bombing, al-Muallem in Muscat, the Mukalla takeover (earlier rounds).

Choices (the last rounds' calls followed):
- Syria diplomacy (00231, Reuters analysis): al-Muallem's visit to Muscat → *Diplomacy/Visit* and his
  meeting with the Omani minister «الخميس» → *Diplomacy/Meeting*, both 2015-08-06 (as earlier rounds);
  the opposition's visit to Moscow next week → *Visit*, planned; the Moscow talks of January/April
  (boycotted) → *Talks*, historical, 2015-01 (ambiguous: two rounds, one event); the nuclear deal of
  14 July → *Diplomacy/Agreement* 2015-07-14; Lavrov's meeting with the US and Saudi ministers in Qatar
  «هذا الأسبوع» → *Meeting* (no day given); Ankara's consent to the use of its bases → *Diplomacy/
  Agreement*, "unknown"; the US drone strike from Turkey «يوم الأربعاء» → *Air/drone strike* 2015-08-05.
  Not coded: statements, Iran's planned UN plan, the imminent Turkish "battle", the safe-zone call, the
  government's losses of territory (general);
- unemployment column (01506): negative. The 36,000 coalition raids (a campaign), Syria in Lebanon 1976,
  Iraq in Kuwait 1990, 9/11 and the UN resolutions are historical asides of a column;
- Baghdad clubs (00611): the raid «أول من أمس» → *Arrests* 2015-07-19 (the workers and Nameer Abdul
  Hussein arrested; the raid, the Palestine hotel storming its mentions) and the smashing of the clubs'
  contents → *Looting/property destruction* 2015-07-19 (ambiguous: one raid, two acts). Not coded: the
  earlier campaigns (2009, 2010, 2012), the council's rejection, the minister's closure order;
- ISIS column (01144): negative (a fatwa, a statement, a past sentence, Abu Qatada's release, the
  Algerian killings of the 1990s are all asides);
- ISIS in Yemen (00072): the al-Jiraf car bomb «الاثنين الماضي» → *Remote explosive/landmine/IED*
  2015-07-20, 5 dead; AQAP's seizure of Mukalla on 2 April → *Non-state actor overtakes territory*,
  historical, 2015-04-02 (as earlier rounds; the brigade camp seized and «دخوله مدينة المكلا» its
  mentions); the central-bank robbery → *Looting/property destruction*, historical; the ISIS–AQAP
  truce in Ramadan → *Strategic developments/Agreement*, historical (ambiguous); the drones killing
  25+ AQAP members in Mukalla since April → one *Air/drone strike*, "unknown", no fatalities (an
  aggregate of many strikes). Not coded: the recruitment, the daily sorties (general), al-Wuhayshi's
  arrest/handover/escape (2003/2006 asides), the killings of soldiers (general);
- nuclear column (00011): the nuclear agreement → *Diplomacy/Agreement*, "unknown" (as earlier rounds).
  Not coded: the planned UN resolution, Madrid 1991, SALT 1972, Oslo;
- Doha column (01082): the GCC–Kerry meeting in Doha on Monday 3 August → *Diplomacy/Meeting*
  2015-08-03; the nuclear agreement signed in Vienna on 14 July → *Diplomacy/Agreement* 2015-07-14;
  Zarif's regional tour → *Diplomacy/Visit*, "unknown" (the Kuwait press conference of 26 July not a
  separate event); the Sitra bombing of 27 July → *Remote explosive/landmine/IED* 2015-07-27, 2 dead;
  the Saudi security man shot in Qatif on 28 July → *Armed clash* 2015-07-28, 1 dead (attacks on
  security men as earlier rounds). Not coded: Khamenei's speech, the Bahraini investigations, the 2007
  summit invitation, the Camp David pledge;
- Aden scenario (00372): the liberation of Aden → *Government regains territory*, "unknown" (as earlier
  rounds). Not coded: the airdrops and training (support), the entry into Dar Saad (part of the same
  operation), the Houthi mines (general), Decisive Storm (the campaign), the Houthi advance on Sanaa
  (historical aside).

Counts: 8 articles, 22 events, 2 negatives (Diplomacy 11, Explosions/Remote violence 4, Strategic
developments 4, Battles 3).

Run: python tests/data/events_r55a_source.py            (writes events_r55a.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r55a.jsonl")

F: dict[str, list[dict]] = {}

F["snn-20150809-00231"] = [  # Syria: new diplomatic moves
    E(
        "Diplomacy/Visit",
        "أول زيارة",
        actor=("مسؤول سوري كبير", "وزير الخارجية السوري"),
        place=("مسقط",),
        date="2015-08-06",
    ),
    E(
        "Diplomacy/Meeting",
        "التقى",
        actor=("وزير الخارجية السوري",),
        target=("نظيره العماني",),
        place=("مسقط",),
        date="2015-08-06",
    ),
    E(
        "Diplomacy/Visit",
        "بزيارة العاصمة الروسية",
        actor=("ممثلون عن المعارضة السورية", "المعارضة السورية الرئيسية", "المعارضة السورية"),
        target=("سيرجي لافروف", "لافروف"),
        place=("العاصمة الروسية", "موسكو"),
        status="planned",
        also=("للقاء مسؤولين",),
    ),
    E(
        "Diplomacy/Talks",
        "محادثات سلام جرت في موسكو",
        place=("موسكو",),
        date="2015-01",
        status="historical",
    ),
    E(
        "Diplomacy/Agreement",
        "لاتفاق نووي",
        actor=("طهران", "إيران"),
        target=("القوى العالمية",),
        date="2015-07-14",
        also=("الاتفاق النووي الذي تم التوصل إليه مع إيران",),
    ),
    E(
        "Diplomacy/Meeting",
        "اجتماع غير معتاد",
        actor=("لافروف",),
        target=("نظيريه الأمريكي والسعودي",),
        place=("قطر", "الدوحة"),
        also=("وتناول لافروف الأزمة السورية",),
    ),
    E(
        "Diplomacy/Agreement",
        "وافقت أنقرة",
        actor=("أنقرة", "تركيا"),
        target=("الولايات المتحدة",),
        date="unknown",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "لتوجيه ضربة بطائرة بلا طيار",
        actor=("القوات الأمريكية",),
        place=("شمال سورية",),
        date="2015-08-05",
    ),
]

F["snn-20150721-01506"] = []  # opinion: terrorism and unemployment

F["snn-20150721-00611"] = [  # security forces raid Baghdad hotel clubs
    E(
        "Strategic developments/Arrests",
        "اعتقال العاملين",
        actor=("قوة عسكرية حكومية", "القوات الأمنية الحكومية", "القوة الأمنية"),
        target=("العاملين",),
        place=("بغداد", "العاصمة بغداد"),
        date="2015-07-19",
        also=("بحملة منظمة لاقتحام", "اقتحام القوات الأمنية الحكومية لنوادي فندق فلسطين"),
    ),
    E(
        "Strategic developments/Looting/property destruction",
        "تكسير محتوياتها",
        actor=("قوة عسكرية حكومية", "القوات الأمنية الحكومية"),
        target=("النوادي", "أشهر النوادي والفنادق"),
        place=("بغداد", "العاصمة بغداد"),
        date="2015-07-19",
        also=("تحطيم محتويات الفندق",),
    ),
]

F["snn-20150722-01144"] = []  # opinion: ISIS and the killing of security men

F["snn-20150723-00072"] = [  # ISIS seeks a foothold in Yemen
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "تفجير سيارة مفخخة",
        actor=("التنظيم", "تنظيم داعش"),
        target=("جماعة «أنصار الله» الحوثية", "أحد المساجد"),
        place=("حي الجراف", "صنعاء", "العاصمة صنعاء"),
        date="2015-07-20",
        fatalities=5,
    ),
    E(
        "Strategic developments/Agreement",
        "«المصالحة»",
        actor=("تنظيم داعش في اليمن", "تنظيم داعش"),
        target=("تنظيم «القاعدة في جزيرة العرب»",),
        date="unknown",
        status="historical",
        also=("هدنة مؤقتة",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرة التنظيم على مدينة المكلا",
        actor=("التنظيم", "تنظيم القاعدة"),
        place=("مدينة المكلا", "المكلا"),
        date="2015-04-02",
        status="historical",
        also=("دخوله مدينة المكلا",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "حصدت «الدرون» أرواح",
        actor=("«الدرون»", "الطائرات من دون طيار"),
        target=("عنصرا من تنظيم القاعدة في جزيرة العرب", "تنظيم القاعدة في جزيرة العرب"),
        place=("مدينة المكلا", "المكلا"),
        date="unknown",
    ),
    E(
        "Strategic developments/Looting/property destruction",
        "تم السطو عليها",
        actor=("التنظيم", "تنظيم القاعدة"),
        target=("فرع البنك المركزي",),
        place=("المدينة", "المكلا"),
        date="unknown",
        status="historical",
    ),
]

F["snn-20150722-00011"] = [  # opinion: after the Iranian nuclear agreement
    E(
        "Diplomacy/Agreement",
        "الاتفاق النووي بين إيران ودول 5+1",
        actor=("إيران",),
        target=("دول 5+1",),
        date="unknown",
        also=("الاتفاق النووي الإيراني",),
    ),
]

F["snn-20150807-01082"] = [  # opinion: the Doha meeting and Iran's interference
    E(
        "Diplomacy/Meeting",
        "الاجتماع الذي عُقد في الدوحة",
        actor=("وزراء مجلس التعاون",),
        target=("جون كيري", "وزير الخارجية الأميركي"),
        place=("الدوحة",),
        date="2015-08-03",
    ),
    E(
        "Diplomacy/Agreement",
        "وُقع عليه في فينا",
        actor=("دول (5+1)",),
        target=("إيران",),
        place=("فينا",),
        date="2015-07-14",
        also=("الاتفاق النووي بين دول (5+1) وإيران",),
    ),
    E(
        "Diplomacy/Visit",
        "طاف",
        actor=("جواد ظريف", "وزير خارجية إيران"),
        place=("الكويت",),
        date="unknown",
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "بتفجير",
        at="ورأينا في 27 يوليو",
        target=("رجال الأمن",),
        place=("جزيرة سترة", "سترة", "البحرين"),
        date="2015-07-27",
        fatalities=2,
        also=("استشهاد اثنين من رجال الأمن",),
    ),
    E(
        "Battles/Armed clash",
        "رميا بالرصاص",
        target=("رجل أمن سعودي",),
        place=("القطيف",),
        date="2015-07-28",
        fatalities=1,
    ),
]

F["snn-20150731-00372"] = [  # the scenario of Aden's liberation
    E(
        "Battles/Government regains territory",
        "تحرير مدينة عدن",
        actor=("المقاومة اليمنية", "عناصر المقاومة", "المقاومة"),
        target=("الميليشيات الحوثية",),
        place=("مدينة عدن", "عدن"),
        date="unknown",
        also=("استطاعت تحرير مدينة عدن", "نتج عنه تحرير مدينة عدن"),
    ),
]

if __name__ == "__main__":
    print(build(F, OUT), "articles written to", OUT)
