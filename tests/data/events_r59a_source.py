"""Source of tests/data/events_r59a.jsonl: the fifty-ninth blind event round, part r59a.

6 real articles (SaudiNewsNet politics, 6,024–7,184 characters): the lines of /work/brief/DRAW_r59.tsv
(the saved output of `python tests/data/events_round59_select.py`) whose first column is `r59a`
(selection = events_round59_select.py, seed 5959, part r59a). All 6 kept, none dropped. Annotated by
reading only (2026-11-29): the event coder was never run on these articles and no coder output was read.
Same format and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set);
`build()` comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or two or more
12-word runs with an article of another tests/data/events_*.jsonl set (1,842 articles, checked
2026-11-29 19:55 UTC). Same happenings in other words: the Houthi takeover of Sanaa, the nuclear
agreement in Vienna, the fall of Palmyra and of Idlib/Jisr al-Shughur, the 2003 invasion of Iraq (many
rounds).

Choices (the last rounds' calls followed; columns: historical asides with a date or a named happening
are coded as historical; aims, campaigns, habits, statements, tallies and generic violence are not):
- Asmahan film review (00821): negative (the film's screenings; Asmahan's death «مقتلها» of the 1940s,
  which the text calls unclear «هل قتلت ... أم كان الأمر قضاء وقدراً», is not coded);
- Saudi role in Yemen (00833, column): the signing in Riyadh of the GCC initiative by Saleh and the
  opposition «في نهاية عام 2011» → *Diplomacy/Agreement*, historical, 2011 (ambiguous: earlier rounds
  left the initiative uncoded when named in passing; here the signing has a place and a date; the
  initiative of «3 ابريل» 2011 is the proposal, not coded); the Houthi takeover of Sanaa «فرض سيطرتهم على
  العاصمة صنعاء» → *Non-state actor overtakes territory*, historical, "unknown"; King Abdullah's aid
  campaign for Yemen «في نهاية شهر ربيع الآخر من العام المنصرم» (54 million riyals, delivered by the
  Islamic Relief Organisation) → *Diplomacy/Aid*, historical, 2014 (Rabi' II 1435 = Feb 2014; ambiguous
  date). Not coded: Decisive Storm's air strikes (the campaign, as earlier rounds), the 2011 protests and
  violence (generic), the siege of the president, his resignation, the refused call for dialogue, the
  cumulative aid of five years;
- bin Salman in Jordan (03148): his visit «قبل يومين» → *Diplomacy/Visit* 2015-08-04 (place Jordan);
  the talks «المباحثات» → *Diplomacy/Talks* 2015-08-04 («جرى بحث» its mention); «تم الاتفاق ... على أهمية
  تعزيز التعاون» → *Diplomacy/Agreement* 2015-08-04 (as r46 and later: an agreement to strengthen
  cooperation); the Iranian ambassador Ferdowsi's meeting with the parliamentary tourism committee
  «في أكتوبر/ تشرين الأول من 2014» → *Diplomacy/Meeting*, historical, 2014-10. Not coded: Iraq's
  invasion of Kuwait (a time anchor), Maliki's offer «في إحدى زياراته للأردن» (an unspecified visit),
  Iran's requests and Jordan's refusals, the TV and CNN interviews, the war on ISIS (a campaign);
- the «Zainabiyoun» brigade (00222, analysis): the regime's loss of Idlib and Jisr al-Shughur to the
  opposition → two *Non-state actor overtakes territory*, historical, "unknown" (one phrase, two cities
  and happenings, as r57a's Lahj/Abyan); the fall of Palmyra to ISIS → *Non-state actor overtakes
  territory*, historical, "unknown"; the US invasion of Iraq «عام 2003م» → *Armed clash*, historical,
  2003 (as r5x). Not coded: the ~200 Pakistani and Afghan fighters killed in Syria that the Iranian press
  acknowledged in April (a tally over the war; ambiguous), the Anadolu video, the brigades' formation,
  the repeated attacks on Peshawar's husseiniyas (habitual), the Pakistani ulema's statement of
  23-06-2015, the refusal of the bodies, the Iran–Iraq war and Badr's founding in 1982;
- «Iran between two illusions» (00256, column): the nuclear agreement «أبرم قبل أيام في فيينا» →
  *Diplomacy/Agreement*, "unknown" (as earlier rounds for «مؤخراً»), place Vienna. Not coded: Kerry's
  Senate hearing (domestic), his request to Zarif to turn back the ship bound for Yemen last spring
  (ambiguous: no medium, a request), the negotiations (the campaign of talks), the house arrest of
  Mousavi, Rahnavard and Karroubi and the five US hostages (states), closed newspapers (generic);
- Maliki column (00824): the Baghdad bombings of 19 August 2009 → *Remote explosive/landmine/IED*,
  historical, 2009-08-19, 95 dead («ما يزيد على 95 قتيلاً»; no suicide word; «منفذي التفجيرات» and
  «بتفجيرات بغداد» its mentions); the recall of the Iraqi ambassador to Syria and Syria's reply in kind →
  two *Diplomacy/Sanction*, historical, 2009-08 (ambiguous date: the text dates them only as the
  bombings' consequence); Maliki receiving Iran's defence minister Vahidi «في اكتوبر 2012م» →
  *Diplomacy/Visit*, historical, 2012-10. Not coded: 9/11 («أحداث», a time anchor, as the rounds that
  left «أحداث» uncoded), Maliki's statements and his call for a UN tribunal, Decisive Storm / Restoring
  Hope (campaigns), the 1979 revolution, Younesi's statement of March 2015.

Counts: 6 articles, 16 events, 1 negative (Diplomacy 10, Battles 5, Explosions/Remote violence 1).

Run: python tests/data/events_r59a_source.py            (writes events_r59a.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r59a.jsonl")

F: dict[str, list[dict]] = {}

F["snn-20150725-00821"] = []  # Asmahan film review: her unclear death is background

F["snn-20150725-00833"] = [  # column: the Saudi role in Yemen
    E(
        "Diplomacy/Agreement",
        "توقيع",
        at="وفي نهاية عام 2011",
        actor=("صالح",),
        target=("المعارضة",),
        place=("الرياض",),
        date="2011",
        status="historical",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "فرض سيطرتهم",
        actor=("المتمردون", "الحوثيين", "التمرد الحوثي"),
        place=("العاصمة صنعاء", "صنعاء"),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Aid",
        "حملة",
        at="وفي نهاية شهر ربيع",
        actor=(
            "الملك عبدالله بن عبدالعزيز",
            "خادم الحرمين الشريفين الملك عبدالله",
            "هيئة الإغاثة الإسلامية",
        ),
        target=("للشعب اليمني", "الشعب اليمني"),
        place=("اليمن", "محافظات اليمن"),
        date="2014",
        status="historical",
        also=("إيصال هذه المساعدات",),
    ),
]

F["snn-20150806-03148"] = [  # bin Salman's visit to Jordan; Iran's offers
    E(
        "Diplomacy/Visit",
        "زيارة",
        actor=("الأمير محمد بن سلمان", "محمد بن سلمان", "ولي ولي العهد"),
        place=("الأردن",),
        date="2015-08-04",
        also=("زيارة الأمير محمد بن سلمان للأردن",),
    ),
    E(
        "Diplomacy/Talks",
        "المباحثات",
        actor=("المملكة العربية السعودية", "السعودية"),
        target=("المملكة الأردنية الهاشمية", "الأردن"),
        date="2015-08-04",
        also=("جرى بحث تطورات الأوضاع",),
    ),
    E(
        "Diplomacy/Agreement",
        "تم الاتفاق",
        actor=("المملكة العربية السعودية", "السعودية"),
        target=("المملكة الأردنية الهاشمية", "الأردن"),
        date="2015-08-04",
    ),
    E(
        "Diplomacy/Meeting",
        "لقاء",
        at="تصريحات سفير طهران",
        actor=("مجتبى فردوسي", "سفير طهران في عمّان"),
        target=("لجنة السياحة النيابية",),
        place=("عمّان",),
        date="2014-10",
        status="historical",
    ),
]

F["snn-20150721-00222"] = [  # analysis: the Zainabiyoun brigade
    E(
        "Battles/Non-state actor overtakes territory",
        "خسارة",
        at="وهذا ما يفسر",
        actor=("المعارضة",),
        target=("نظام الأسد",),
        place=("إدلب",),
        date="unknown",
        status="historical",
        also=("وسيطرة المعارضة عليهما",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "جسر الشغور",
        at="وهذا ما يفسر",
        actor=("المعارضة",),
        target=("نظام الأسد",),
        place=("جسر الشغور",),
        date="unknown",
        status="historical",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سقوط",
        at="إلى جانب سقوط",
        actor=("تنظيم داعش", "داعش"),
        place=("مدينة تدمر", "تدمر"),
        date="unknown",
        status="historical",
    ),
    E(
        "Battles/Armed clash",
        "الغزو",
        at="صحيح أن",
        place=("العراق",),
        date="2003",
        status="historical",
    ),
]

F["snn-20150731-00256"] = [  # column: Iran between two illusions (the nuclear deal)
    E(
        "Diplomacy/Agreement",
        "الاتفاق النووي",
        actor=("إيران",),
        target=("القوى الدولية الست الكبرى", "مجموعة (5+1)"),
        place=("فيينا",),
        date="unknown",
    ),
]

F["snn-20150726-00824"] = [  # column: Nouri al-Maliki
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "التفجيرات",
        place=("بغداد",),
        date="2009-08-19",
        status="historical",
        fatalities=95,
        also=("منفذي التفجيرات الإرهابية", "بتفجيرات بغداد"),
    ),
    E(
        "Diplomacy/Sanction",
        "استدعاء السفير العراقي",
        actor=("العراق", "الحكومة العراقية"),
        target=("سورية",),
        date="2009-08",
        status="historical",
    ),
    E(
        "Diplomacy/Sanction",
        "بالمثل",
        actor=("سورية",),
        target=("العراق",),
        date="2009-08",
        status="historical",
    ),
    E(
        "Diplomacy/Visit",
        "يستقبل",
        actor=("أحمد وحيدي", "وزير الدفاع الجنرال أحمد وحيدي", "وزير دفاع إيراني"),
        target=("نوري المالكي",),
        date="2012-10",
        status="historical",
    ),
]

if __name__ == "__main__":
    print(build(F, OUT), "articles written to", OUT)
