"""Source of tests/data/events_r50b.jsonl: the fiftieth blind event round, part r50b.

8 real articles (SaudiNewsNet politics, 4,407–5,939 characters): the lines of /work/brief/DRAW_r50.tsv
(the saved output of `python tests/data/events_round50_select.py`) whose first column is `r50b`
(selection = events_round50_select.py, seed 5050, part r50b). All 8 kept, none dropped; 2 of them
report no event (negatives: 00188 and 00819); 20 events in the other 6. Annotated by reading only
(2026-11-29): the event coder was never run on these articles and no coder output was read. Same format
and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set); `build()`
comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three or more
12-word runs with an article of another tests/data/events_*.jsonl set (checked 2026-11-29, before the
other parts of rounds 50-51 were committed). Same happenings in other words: the Duma arson (r7a, r14b,
r15c, r16b and others), the Abha mosque bombing (dev and others), the US–Turkish Incirlik agreement (r6a,
r14b, r15b), the Suruc bombing (many rounds), the nuclear deal (many columns).

Choices (the last rounds' calls followed):
- European press round-up (00187): the Aurora theatre shooting behind Holmes's sentence → *Violence
  against civilians/Attack*, historical, "unknown", 12 dead (the verdict is not coded); the police arrest
  of two in Pensacola → *Arrests*, publication date, and the triple murder they are held for → *Attack*,
  "unknown", 3 dead (ambiguous: an ordinary crime, as r16b's Texas shooting); ISIS's claim of «الهجوم
  الانتحاري» on the Abha mosque → *Suicide bomb* (the text says suicide), 15 dead, "unknown"; Moscow's
  extension of its ban on EU farm products → *Diplomacy/Sanction*, publication date («في أعقاب تمديد
  الحظر» a mention), the original ban «الذي فرضته موسكو» and the European sanctions on Russia → two
  historical *Sanction* events, "unknown" (ambiguous: background). Obama's speech, the debate, the
  disease deaths, the migrant drownings, the generic hate-crime «مئات الهجمات» and the EU safety-net
  support for farmers (domestic aid) are not coded;
- Syrian opposition and de Mistura (00285): the series of meetings of the FSA military council with the
  envoy → one *Diplomacy/Meeting*, historical, "unknown" (ambiguous). De Mistura's Security Council
  briefing and proposed working groups (as r33c), the coalition political body's internal
  meetings and the general assembly planned «اليوم الجمعة» (an organisation's internal meeting, as r18a;
  ambiguous), the accepted paper and ceasefire (a stance, no agreement reported) are not coded;
- book notices (00188): negative;
- Palestine/Jordan to the Security Council (00166): the Duma arson «الجمعة» → *Violence against
  civilians/Attack* by settlers 2015-07-31, 1 dead (the infant); the Palestinian consultations with Jordan
  on a draft resolution → *Diplomacy/Talks* («اتفقنا مع الأردن» a mention); «قتل إسرائيل شابين، واحدا في
  غزة والثاني في الضفة الغربية» → two *Attack* events (one trigger, one per place; Laith al-Khalidi the
  West Bank one), publication date, 1 dead each; the wide confrontations «أمس» after the funeral,
  Palestinians against the army and settlers in five cities → one *Riots/Violent demonstration*
  2015-08-01 (ambiguous: ACLED would code one per city). The emergency meeting of the Palestinian
  leadership (internal), Erekat's hospital visit (domestic), the UNSC condemnation and the ICC plans
  are not coded;
- Duma arson (00538): the arson «يوم أمس» → *Violence against civilians/Attack* 2015-07-31, 1 dead, the
  second house burnt the same night a mention of it; Hamas supporters' stones on soldiers in Hebron «أمس
  الجمعة» (answered with tear gas) → *Riots/Violent demonstration* 2015-07-31; the Jordanian march in Amman
  after Friday prayers → *Protests/Peaceful protest* 2015-07-31 (the sub-heading «متظاهرون أردنيون» a
  mention). The police restrictions on al-Aqsa, the condemnations and the planned ICC file are not coded;
- Turkish safe zone (00398): the US–Turkish Incirlik agreement → *Diplomacy/Agreement*, "unknown" (Ankara
  «اتفقت مع الأميركيين» on the zone and the opening of Incirlik read as mentions; ambiguous); ISIS's recent
  bombings in Turkey → *Remote explosive/landmine/IED*, "unknown" (the text does not say suicide, as
  r49b); the Turkish shelling of PKK areas in Iraq → *Shelling/artillery/missile attack* (as fresh's
  unspecified «القصف التركي»), publication date. The US air fleet moved to Incirlik (a deployment), the
  planned zones and Kilis declared a military zone (an announcement; ambiguous), Bosnia's massacres (an
  analogy) and the US operations against ISIS (a campaign) are not coded;
- nuclear-deal column (00441, opinion): the nuclear deal with Iran → *Diplomacy/Agreement*, "unknown"
  (as r44-r45 columns). Saudi Arabia's welcome, Chernobyl (an accident), the Iranians' rallies for the
  new government (as r45c's Tehran celebrations; ambiguous) and the Sasanian empire are not coded;
- secular revolutions essay (00819, opinion): negative — the 1967 defeat, the Balfour declaration, the
  FIS's election wins and Libya's militias are rhetoric and trends.

Run: python tests/data/events_r50b_source.py   (writes events_r50b.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r50b.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150810-00187"] = [  # European press round-up
    E(
        "Violence against civilians/Attack",
        "أطلق النار",
        actor=("جيمس هولمز", "هولمز"),
        target=("12 شخصا",),
        place=("أورورا", "مسرح", "ولاية كولواردو"),
        date="unknown",
        status="historical",
        fatalities=12,
        also=("قتل 12 شخصا",),
    ),
    E(
        "Strategic developments/Arrests",
        "اعتقال",
        actor=("الشرطة",),
        target=("شخصين",),
        place=("بينساكولا", "ولاية فلوريدا"),
    ),
    E(
        "Violence against civilians/Attack",
        "جريمة قتل",
        target=("ثلاثة",),
        place=("بينساكولا", "ولاية فلوريدا"),
        date="unknown",
        fatalities=3,
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "الهجوم الانتحاري",
        actor=("منظمة داعش", "داعش"),
        place=("أبها", "مسجد في أبها", "السعودية"),
        date="unknown",
        fatalities=15,
    ),
    E(
        "Diplomacy/Sanction",
        "تمديد الحظر",
        actor=("موسكو", "روسيا"),
        target=("الاتحاد الأوروبي",),
        also=("تمديد الحظر فإن",),
    ),
    E(
        "Diplomacy/Sanction",
        "فرضته",
        actor=("موسكو",),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Sanction",
        "عقوبات أوروبية",
        actor=("أوروبية",),
        target=("روسيا",),
        date="unknown",
        status="historical",
    ),
]

F["snn-20150731-00285"] = [  # Syrian opposition on de Mistura's proposals
    E(
        "Diplomacy/Meeting",
        "لقاءات",
        actor=("المجلس العسكري", "الجيش السوري الحر"),
        target=("المبعوث الدولي", "دي ميستورا"),
        date="unknown",
        status="historical",
    ),
]

F["snn-20150722-00188"] = []  # book notices

F["snn-20150802-00166"] = [  # Palestine and Jordan to the Security Council over the Duma arson
    E(
        "Violence against civilians/Attack",
        "إحراق الرضيع",
        actor=("مستوطنين",),
        target=("الرضيع علي دوابشة", "علي دوابشة"),
        place=("قرية دوما", "دوما", "نابلس", "الضفة الغربية"),
        date="2015-07-31",
        fatalities=1,
        also=("هجوم المستوطنين على منزلهم", "بالهجوم الإرهابي", "جريمة حرق عائلة دوابشة"),
    ),
    E(
        "Diplomacy/Talks",
        "مشاورات",
        actor=("السلطة الفلسطينية",),
        target=("الأردن",),
        also=("اتفقنا مع الأردن",),
    ),
    E(
        "Violence against civilians/Attack",
        "قتل",
        at="تأججت مع ",
        actor=("إسرائيل",),
        target=("شابين",),
        place=("غزة",),
        fatalities=1,
    ),
    E(
        "Violence against civilians/Attack",
        "قتل",
        at="تأججت مع ",
        actor=("إسرائيل",),
        target=("شابين", "ليث الخالدي"),
        place=("الضفة الغربية",),
        fatalities=1,
        also=("الشهيد ليث الخالدي",),
    ),
    E(
        "Riots/Violent demonstration",
        "مواجهات",
        at="وتفجرت ",
        actor=("فلسطينيون",),
        target=("الجيش", "مستوطنين"),
        place=("أنحاء الضفة", "الضفة", "رام الله", "نابلس", "الخليل", "القدس", "بيت لحم"),
        date="2015-08-01",
        also=("واشتبك", "أعنف المواجهات"),
    ),
]

F["snn-20150801-00538"] = [  # Duma arson: an infant burnt to death
    E(
        "Violence against civilians/Attack",
        "إحراق",
        actor=("مستوطنين إسرائيليين", "مستوطنين", "المستوطنين"),
        target=("رضيع فلسطيني", "علي سعد دوابشة"),
        place=("مدينة نابلس", "نابلس", "بلدة دوما", "دوما", "الضفة الغربية"),
        date="2015-07-31",
        fatalities=1,
        also=(
            "الحادثة وقعت",
            "أحرقوا منزلاً آخر",
            "حرق منزل العائلة الفلسطينية",
            "الهجوم الإرهابي في قرية دوما",
        ),
    ),
    E(
        "Riots/Violent demonstration",
        "ألقى",
        actor=("أنصار حركة المقاومة الإسلامية", "حماس"),
        target=("الجنود الإسرائيليين",),
        place=("مدينة الخليل", "الخليل"),
        date="2015-07-31",
        also=("تلك الهجمات",),
    ),
    E(
        "Protests/Peaceful protest",
        "مسيرة",
        at="الأردنيين في ",
        actor=("المتظاهرين الأردنيين", "متظاهرون أردنيون"),
        place=("عمّان", "العاصمة عمّان"),
        date="2015-07-31",
        also=("متظاهرون أردنيون", "المسيرة التي انطلقت"),
    ),
]

F["snn-20150731-00398"] = [  # Turkish foreign ministry: the safe zone by fire
    E(
        "Diplomacy/Agreement",
        "الاتفاق الأميركي - التركي",
        actor=("الأميركي", "واشنطن", "الولايات المتحدة", "الأميركيين"),
        target=("التركي", "تركيا", "أنقرة"),
        date="unknown",
        also=("أنقرة اتفقت مع الأميركيين", "فتح قاعدة (أنجرليك) للطيران الأميركي"),
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "التفجيرات",
        actor=("تنظيم داعش", "داعش", "هذا التنظيم"),
        place=("الداخل التركي", "تركيا"),
        date="unknown",
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "القصف التركي",
        actor=("التركي", "تركيا"),
        target=("حزب العمال الكردستاني",),
        place=("للأراضي العراقية", "العراقية", "العراق"),
    ),
]

F["snn-20150802-00441"] = [  # column: the Saudi position on the nuclear deal
    E(
        "Diplomacy/Agreement",
        "الاتفاق النووي مع إيران",
        target=("إيران",),
        date="unknown",
        also=("تم الاتفاق",),
    ),
]

F["snn-20150804-00819"] = []  # essay: secular revolutions turned religious


if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
