"""Source of tests/data/events_r56c.jsonl: the fifty-sixth blind event round, part r56c.

6 real articles (SaudiNewsNet politics, 6,079–7,967 characters): the lines of /work/brief/DRAW_r56.tsv
(the saved output of `python tests/data/events_round56_select.py`) whose first column is `r56c`
(selection = events_round56_select.py, seed 5656, part r56c). All 6 kept. Annotated by reading only
(2026-11-29): the event coder was never run on these articles and no coder output was read.
Same format and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set);
`build()` comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three or more
12-word runs with an article of another tests/data/events_*.jsonl set (checked 2026-11-29 18:35 UTC).
Same happenings in other words: the Vienna nuclear deal (many columns), MP Dashti's visit to Imad
Mughniyeh's family and the Jabriya hijacking (r26b «وطنية»), the Imam al-Sadiq mosque bombing, Zarif's
Gulf tour, the Doha trilateral, Mohammed bin Salman's visit to Russia, ISIS's capture of Palmyra, the
2014 Gaza war, Hiroshima.

Choices (the last rounds' calls followed):
- Gaza outsourcing feature (00603): the 2014 offensive «عملية الحافة الواقية … في الصيف الماضي» →
  *Armed clash*, historical, 2014, «أكثر من 2100» → 2100 (as r26a and later Gaza-war asides; «حرب العام
  الماضي» its mention). Not coded: the blockade and the 2007 border closure (a state; Hamas's 2007
  takeover only dates it, ambiguous), the Egyptian army's 2013 takeover and the Rafah closure
  (background), the delayed solar-panel shipment;
- nuclear «make-up» column (00090, opinion): the nuclear deal → *Diplomacy/Agreement*, "unknown" (as the
  columns); Zarif's Gulf tour → one *Visit* (no country named), the US–Russia–Saudi ministers' trilateral
  → *Meeting* (both undated: publication date, as r4x's «Kerry's trip to Doha»); Hiroshima and Nagasaki
  → one *Air/drone strike*, historical, "unknown" (as r41c and later); the legitimate forces «تستكمل …
  تطهير الجنوب اليمني» → *Government regains territory* (ongoing, publication date; ambiguous: a campaign)
  and «تتقدم لتحرير المحافظات الوسطى، بما فيها لحج» → *Government regains territory*, planned. Not
  coded: the ministers' congratulations, Kerry's statement, the arms «ستقدم مجانا» (conditional), the
  jailing and death sentences of the Brotherhood leaders (a column's argument; ambiguous), Iran's
  planned notification of Ban Ki-moon, the militias brought to Syria and Hezbollah's massacres (generic);
- multipolar-world column (01816, opinion): Mohammed bin Salman's recent visit «إلى روسيا وفرنسا» → two
  *Visit* and the agreements «مع البلدين» → two *Diplomacy/Agreement* (one per country), all historical,
  "unknown" (as r55c / r4x). Not coded: the occupation of Iraq, the Soviet invasion of Afghanistan, the
  Berlin Wall, the 1967 defeat (history as argument, as the earlier columns' negatives), the BRICS bank;
- Dashti (01642): his visit to Mughniyeh's parents → *Diplomacy/Visit*, publication date (its many
  repetitions `also`); his earlier visits to Assad and to Ahmadinejad → two *Meeting*, historical,
  "unknown" (r26b coded the Assad meeting; here it precedes the news, ambiguous); the attempt on Emir
  Jaber's life → *Violence against civilians/Attack* and the Jabriya hijacking (with the killing of
  passengers, unnumbered) → *Abduction/forced disappearance*, both historical, "unknown" (the text gives
  only «نهاية ثمانينيات القرن الماضي»), Mughniyeh the actor (accused; as r26b); the Imam al-Sadiq mosque
  bombing → *Suicide bomb*, historical, "unknown" (as the columns). Not coded: Mughniyeh's assassination
  in 2008 (a parenthesis, as earlier rounds), the condemnations, the immunity vote, the demands;
- Druze (00229): the Qalb Lawzeh massacre by a Nusra commander, «أكثر من 20» → *Violence against
  civilians/Attack*, 2015-06 («في مطلع يونيو»), 20 (the gunfire, the «clashes», «مذبحة إدلب» and «حادثة
  قلب لوزة» its mentions); the battle for al-Thaala airport (the halted offensive its mention) → *Armed
  clash*, 2015-06 (ambiguous: the text says the attack was halted, then that Druze fought in the battle);
  the attack on the Druze village of Hadar claimed by the Jerusalem Post → *Armed clash*, "unknown"
  («الأسبوع الماضي» dates the claim; ambiguous: *Attack* on a village); ISIS's arrival in Palmyra →
  *Non-state actor overtakes territory*, historical, "unknown"; Jumblatt's envoys to Jordan and Turkey
  → two *Diplomacy/Visit*, publication date. Not coded: the refusal to serve, Nusra's condemnation and
  pledge, the Israeli buffer-zone idea, «الثورة بدأت سلمية» (a reminder in a quote), ISIS's wide control;
- Bandar column (00553, opinion): the nuclear deal «تم توقيعه مؤخرا» → *Diplomacy/Agreement*, "unknown";
  Clinton's agreement with North Korea → *Diplomacy/Agreement*, historical, "unknown"; Bandar's meeting
  with George W. Bush at Crawford «صيف عام 2002» → *Diplomacy/Meeting*, historical, 2002. Not coded: the
  Iraq war «وحصلت الحرب» (history as argument, as the earlier 2003 negatives; ambiguous), Bandar's
  letter, Obama's press conference, Netanyahu's reply.

Counts: 6 articles, 26 events, no negative (Diplomacy 15, Battles 6, Violence against civilians 3,
Explosions/Remote violence 2).

Run: python tests/data/events_r56c_source.py            (writes events_r56c.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r56c.jsonl")

F: dict[str, list[dict]] = {}

F["snn-20150806-00603"] = [  # feature: outsourcing work in Gaza
    E(
        "Battles/Armed clash",
        "عملية الحافة الواقية",
        actor=("الإسرائيلي", "إسرائيل"),
        target=("حماس",),
        place=("قطاع غزة", "غزة"),
        date="2014",
        status="historical",
        fatalities=2100,
        also=("حرب العام الماضي",),
    ),
]

F["snn-20150811-00090"] = [  # opinion: Arab «make-up» for the nuclear deal
    E(
        "Diplomacy/Agreement",
        "الاتفاق النووي",
        actor=("أميركا", "الغرب"),
        target=("إيران",),
        date="unknown",
    ),
    E(
        "Diplomacy/Visit",
        "جولته الخليجية",
        actor=("جواد ظريف", "ظريف"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "محو هيروشيما وناغازاكي",
        actor=("الأميركية",),
        place=("هيروشيما", "ناغازاكي"),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Meeting",
        "اللقاء الثلاثي",
        actor=("وزراء خارجية أميركا. وروسيا. والسعودية", "أميركا", "روسيا", "السعودية"),
        target=("روسيا", "السعودية", "أميركا"),
    ),
    E(
        "Battles/Government regains territory",
        "تطهير الجنوب اليمني",
        actor=("قوات النظام الشرعي اليمني",),
        target=("المتسللين الحوثيين", "بقايا قوات الرئيس المخلوع علي عبد الله صالح"),
        place=("الجنوب اليمني",),
    ),
    E(
        "Battles/Government regains territory",
        "تتقدم لتحرير المحافظات الوسطى",
        actor=("قوات النظام الشرعي اليمني",),
        place=("لحج", "المحافظات الوسطى"),
        status="planned",
    ),
]

F["snn-20150724-01816"] = [  # opinion: the clash of wills and the Arab position
    E(
        "Diplomacy/Visit",
        "زيارة ولي ولي العهد",
        actor=("الأمير محمد بن سلمان", "محمد بن سلمان", "ولي ولي العهد"),
        target=("روسيا",),
        place=("روسيا",),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Visit",
        "وفرنسا",
        at="زيارة ولي ولي العهد",
        actor=("الأمير محمد بن سلمان", "محمد بن سلمان", "ولي ولي العهد"),
        target=("فرنسا",),
        place=("فرنسا",),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Agreement",
        "توقيع اتفاقيات ضخمة",
        actor=("الأمير محمد بن سلمان", "محمد بن سلمان", "السعودية"),
        target=("روسيا",),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Agreement",
        "مع البلدين",
        at="توقيع اتفاقيات ضخمة",
        actor=("الأمير محمد بن سلمان", "محمد بن سلمان", "السعودية"),
        target=("فرنسا",),
        date="unknown",
        status="historical",
    ),
]

F["snn-20150722-01642"] = [  # MP Dashti's visit to Mughniyeh's family
    E(
        "Diplomacy/Visit",
        "زيارته لوالدي القيادي السابق",
        actor=("النائب عبدالحميد دشتي", "عبدالحميد دشتي", "دشتي"),
        target=("عماد مغنية", "والد مغنية", "عائلة مغنية"),
        place=("لبنان",),
        also=(
            "زيارة ذوي مغنية",
            "زيارة النائب عبدالحميد دشتي إلى عائلة",
            "زيارة والد من استباح",
            "زيارة دشتي لذوي وأسرة عماد مغنية",
            "زيارته أسرة عماد مغنية في لبنان",
            "قيامه بزيارة لوالد",
        ),
    ),
    E(
        "Diplomacy/Meeting",
        "زيارته للسفاح بشار الأسد",
        actor=("دشتي",),
        target=("بشار الأسد", "الأسد"),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Meeting",
        "لمحمود أحمدي نجاد",
        actor=("دشتي",),
        target=("محمود أحمدي نجاد", "أحمدي نجاد"),
        date="unknown",
        status="historical",
    ),
    E(
        "Violence against civilians/Attack",
        "محاولة اغتيال الأمير جابر الصباح",
        actor=("مغنية", "عماد مغنية"),
        target=("الأمير جابر الصباح", "جابر الصباح"),
        date="unknown",
        status="historical",
        also=("محاولة اغتيال سمو الأمير الراحل",),
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "خطف طائرة الجابرية",
        actor=("مغنية", "عماد مغنية"),
        target=("طائرة الجابرية", "الجابرية"),
        date="unknown",
        status="historical",
        also=("عن خطف طائرة الجابرية", "التمثيل بالجثث الموجودة فيها بعد قتلهم"),
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "تفجير مسجد الإمام الصادق",
        place=("مسجد الإمام الصادق", "الكويت"),
        date="unknown",
        status="historical",
    ),
]

F["snn-20150721-00229"] = [  # the Druze of Syria after Qalb Lawzeh
    E(
        "Violence against civilians/Attack",
        "المذبحة",
        actor=("أحد القادة الميدانيين في «جبهة النصرة»", "جبهة النصرة"),
        target=("الموحِّدين الدروز", "قرويًا من الموحِّدين الدروز", "الدروز"),
        place=("قرية قلب لوزة", "قلب لوزة", "جبل السُّمّاق", "إدلب", "محافظة إدلب"),
        date="2015-06",
        fatalities=20,
        also=(
            "سمعت أصوات إطلاق النار",
            "هذه الاشتباكات",
            "مذبحة إدلب",
            "حادثة قلب لوزة حادثة فردية",
        ),
    ),
    E(
        "Battles/Armed clash",
        "معركة مطار الثعلة",
        actor=("المعارضة السورية", "المعارضة"),
        target=("حامية النظام", "النظام"),
        place=("مطار الثعلة", "السويداء", "محافظة السويداء"),
        date="2015-06",
        also=("هجومها المُعدّ لتحرير مطار الثعلة",),
    ),
    E(
        "Battles/Armed clash",
        "هاجموا قرية حَضَر الدرزية",
        actor=("مقاتلي المعارضة السورية", "جبهة النصرة"),
        target=("قرية حَضَر الدرزية",),
        place=("قرية حَضَر", "هضبة الجولان", "الجولان"),
        date="unknown",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "وصول «داعش» إلى تدمر",
        actor=("داعش",),
        place=("تدمر",),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Visit",
        "أرسل وليد جنبلاط",
        actor=("وليد جنبلاط", "جنبلاط", "مبعوثين"),
        target=("الأردن",),
        place=("الأردن",),
    ),
    E(
        "Diplomacy/Visit",
        "وتركيا محاولا",
        actor=("وليد جنبلاط", "جنبلاط", "مبعوثين"),
        target=("تركيا",),
        place=("تركيا",),
    ),
]

F["snn-20150721-00553"] = [  # opinion: the agreement that made Bandar bin Sultan speak
    E(
        "Diplomacy/Agreement",
        "الاتفاق الذي تم توقيعه مؤخرا",
        actor=("القوى الست الكبرى",),
        target=("إيران",),
        date="unknown",
        also=("بتوقيعه على الاتفاق النووي",),
    ),
    E(
        "Diplomacy/Agreement",
        "اتفاقية بيل كلينتون مع كوريا الشمالية",
        actor=("بيل كلينتون",),
        target=("كوريا الشمالية",),
        date="unknown",
        status="historical",
        also=("اتفاق كلينتون مع كوريا الشمالية",),
    ),
    E(
        "Diplomacy/Meeting",
        "اللقاء الذي جمع الأمير بندر",
        actor=("الأمير بندر", "بندر بن سلطان"),
        target=("جورج بوش الابن", "جورج بوش"),
        place=("كراوفورد", "تكساس"),
        date="2002",
        status="historical",
    ),
]


if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
