"""Source of tests/data/events_r33a.jsonl: the thirty-third blind event round, part r33a.

10 real articles (SaudiNewsNet politics, 1,517–2,460 characters): the lines of /work/brief/DRAW_r33.tsv
(the saved output of `python tests/data/events_round33_select.py`) whose first column is `r33a`
(selection = events_round33_select.py, seed 3333, part r33a). All 10 kept, none dropped; 4 report no
event (negatives: the US visa-waiver tightening snn-20150807-00036, the Yemen disarmament opinion
snn-20150810-01268, the Heikal column snn-20150727-01386 — the 1952 coup, the Yemen war and Kuwait 1990
are rhetoric, as r15a). Annotated by reading only (2026-11-29): the event coder was never run on these
articles and no coder output was read. Same format and guidelines as events_dev_source.py and
events_fresh_source.py (docs/events.md § Dev set); `build()` comes from events_dev_source.py
(SaudiNewsNet articles by reference + sha1).

Near-copies: none (first 80 normalised characters and shared word 8-grams checked against every
tests/data/events_*.jsonl). Closest: snn-20150806-02553 (ambassador Qattan) shares 5 word 8-grams
(the «ألا تختبر قوتنا» quote) with r24a's snn-20150806-02320 — the same press meeting in other words, not a
copy. Same happenings as earlier rounds in other words: the Jubeir–Shoukry Jeddah meeting (r19a, r26b),
the Asir/Abha emergency-forces mosque bombing (r12b, r21b, r23c, r25a, r26b), the liberation of Aden.

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r32c_source.py):
- Jubeir–Shoukry (01888): the talks in Jeddah «أمس» → one *Diplomacy/Meeting* 2015-07-23 (the press
  conference and «المباحثات» its mentions, as r19a/r26b); Shoukry's visit is not coded (the text never says
  he came, as r21b); the Hamas delegation's visit «مؤخرا» → *Visit*, publication date (as r26b; r19a left
  the Umrah trip out — ambiguous); the Iran nuclear deal → *Diplomacy/Agreement*, date "unknown", and the
  Cairo meetings on Yemen → *Meeting*, date "unknown" (both as r19a); the Iraqi reforms «تم الاتفاق عليها
  في صيف العام الماضي» → *Strategic developments/Agreement*, historical, 2014 (ambiguous); the ambassador's
  return to Aden (conditional) is not coded;
- Qattan (02553): Mohammed bin Salman sent to the Suez Canal celebrations «المقررة غداً الخميس» →
  *Diplomacy/Visit*, planned, 2015-08-06 (the canal opening itself is not an event, as r16b); Qattan's
  meeting with Egyptian editors is a press meeting, not coded (as r24a); «عملية تحرير عدن» → *Government
  regains territory*, date "unknown"; the rumoured visit of a Saudi official to Damascus that Qattan denies
  → *Visit*, status denied; Decisive Storm and Assad's 400,000 dead (aggregate) are not coded;
- Marib (01982): the sites that «باتت بأيدي المقاومة وتحت سيطرتها» → *Non-state actor overtakes territory*
  (as fresh), publication date (the text gives none); the Houthi push on the southern front «طوال أيام العيد»
  with «كرا وفرا» → *Armed clash*, 2015-07 (Eid al-Fitr, 17–20 July); the coalition's destruction of Houthi
  vehicles (a habit over the period), the Houthi build-up, the lull and the tribes' preparations are not
  coded (ambiguous: the air strikes could be one *Air/drone strike*);
- security expert (03163): the emergency-forces mosque bombing in Asir (spokesman's statement, «أحزمة
  ناسفة») → *Suicide bomb*, publication date, 13 dead (10 + 3), «هذه التفجيرات» its first mention
  (ambiguous: r25a chose *Remote explosive* where the text said only «تفجير»);
- Ould Cheikh (00830): «استعادة عدن، وتطهيرها» → *Government regains territory*, "unknown"; the other towns
  that «تساقطت … في أيادي عناصر المقاومة» (al-Houta, Zinjibar, Lawdar, al-Anad, Labouza) → one *Non-state
  actor overtakes territory*, all accepted as place, "unknown" (ambiguous: r26a made the list one *Government
  regains territory*; ACLED would split per town); the envoy's moves, his initiative, resolution 2216 and
  the coalition's stated policy are not coded;
- Emergency forces column (00084): the Abha suicide bombing «أمس» → *Suicide bomb* 2015-08-06, 13 dead,
  «داعش» as actor (the text says «مجرم داعشي»), the first sentence's «يهاجم» a mention; the Eastern
  Province mosque bombings → one historical *Remote explosive* (as r25a), date "unknown"; the 21 April
  2004 car bomb on the General Security building in al-Washm (Riyadh) → historical *Remote explosive*,
  2004-04-21, actor al-Qaeda, dead unnumbered; the disclosed plot and al-Qaeda's 2003–2008 wave are not
  coded;
- Apache (02115): the Houthi claim to have downed the Apache, which the article calls lies (a technical
  emergency landing at al-Tuwal) → *Battles/Armed clash*, status denied, 2015-08-05 (ambiguous; the landing
  itself is not an event); the Houthi attacks on the southern border villages «أمس» → *Shelling/artillery/
  missile attack* 2015-08-05 (ambiguous: the text says «اعتداءات»; «مصادر إطلاق النار» silenced); the
  coalition air strikes on the rebels' positions → *Air/drone strike* and the Saudi artillery pounding their
  gathering points → *Shelling*, both 2015-08-05 (the tribal sources' «أوقعت خسائر فادحة» a mention of the
  shelling); the Apache's pursuit, defections north of Hajja and the flight to villages are not coded.

Run: python tests/data/events_r33a_source.py            (writes events_r33a.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r33a.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150724-01888"] = [
    E(
        "Diplomacy/Meeting",
        "بحث",
        actor=("وزير الخارجية عادل بن أحمد الجبير", "عادل بن أحمد الجبير", "الجبير"),
        target=("وزير خارجية جمهورية مصر العربية سامح شكري", "سامح شكري", "شكري"),
        place=("جدة",),
        date="2015-07-23",
        also=("المؤتمر الصحفي المشترك", "المباحثات", "بحثنا"),
    ),
    E(
        "Diplomacy/Visit",
        "زيارة",
        at="وتعليقا على",
        actor=("وفد حركة حماس", "حماس", "خالد مشعل"),
        place=("المملكة",),
        also=("زيارتهم",),
    ),
    E(
        "Diplomacy/Meeting",
        "بالاجتماعات",
        place=("القاهرة",),
        date="unknown",
    ),
    E(
        "Diplomacy/Agreement",
        "الاتفاق النووي",
        actor=("إيران",),
        date="unknown",
    ),
    E(
        "Strategic developments/Agreement",
        "الاتفاق عليها",
        place=("العراق",),
        date="2014",
        status="historical",
    ),
]

F["snn-20150806-02553"] = [
    E(
        "Diplomacy/Visit",
        "للمشاركة",
        actor=(
            "صاحب السمو الملكي الأمير محمد بن سلمان",
            "الأمير محمد بن سلمان",
            "محمد بن سلمان",
            "ولي ولي العهد",
        ),
        place=("مصر",),
        date="2015-08-06",
        status="planned",
    ),
    E(
        "Battles/Government regains territory",
        "عملية تحرير عدن",
        place=("عدن",),
        date="unknown",
    ),
    E(
        "Diplomacy/Visit",
        "زيارة",
        at="ما تردد في بعض",
        actor=("مسؤول سعودي",),
        place=("دمشق",),
        status="denied",
        also=("هذه المزاعم",),
    ),
]

F["snn-20150807-00036"] = []  # US visa-waiver tightening: a policy; foreign fighters' travel an aggregate

F["snn-20150810-01268"] = []  # opinion on disarming the Houthis: campaign, liberated provinces, trends only

F["snn-20150724-01982"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "باتت بأيدي المقاومة",
        actor=("المقاومة",),
        target=("الحوثي",),
        place=("الجهينة", "البلق", "الحزام", "نخلة", "ماس", "المخدرة", "مأرب"),
        also=("تحت سيطرتها",),
    ),
    E(
        "Battles/Armed clash",
        "الضغط",
        actor=("الحوثيون",),
        target=("المقاومة", "مقاومة مأرب"),
        place=("الجبهة الجنوبية", "مأرب"),
        date="2015-07",
        also=("كرا وفرا",),
    ),
]

F["snn-20150727-01386"] = []  # column on Heikal: 1952 coup, Yemen war, Kuwait 1990 named as rhetoric

F["snn-20150806-03163"] = [
    E(
        "Explosions/Remote violence/Suicide bomb",
        "هذه التفجيرات",
        target=("منسوبي قوات الطوارئ الخاصة", "قوات الطوارئ الخاصة", "جموع المصلين", "منسوبي القوات"),
        place=("منطقة عسير", "عسير", "مسجد مقر القوات"),
        fatalities=13,
        also=("حدث تفجير", "تأثير التفجيرات", "تفجير بأحزمة ناسفة"),
    ),
]

F["snn-20150809-00830"] = [
    E(
        "Battles/Government regains territory",
        "استعادة عدن",
        actor=("الثوار", "عناصر المقاومة الوطنية", "قوات المقاومة الشعبية"),
        target=("المتمردين", "قوات التمرد"),
        place=("عدن",),
        date="unknown",
        also=("وتطهيرها", "وإخراج المتمردين منها"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "تساقطت",
        actor=("عناصر المقاومة الوطنية", "المقاومة الوطنية"),
        place=("الحوطة", "زنجبار", "لودر", "قاعدة العند", "العند", "عسكر لبوزة", "لبوزة"),
        date="unknown",
    ),
]

F["snn-20150807-00084"] = [
    E(
        "Explosions/Remote violence/Suicide bomb",
        "فجر",
        at="أمس فجر",
        actor=("مجرم داعشي", "داعش"),
        target=("المصلين", "قوات الطوارئ", "منسوبي القوات"),
        place=("مدينة أبها", "أبها", "مسجد تابع لقوات الطوارئ"),
        date="2015-08-06",
        fatalities=13,
        also=("يهاجم فيها القتلة", "حدث تفجير"),
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "جرائم «داعش» بمساجد",
        actor=("داعش",),
        target=("مساجد المنطقة الشرقية", "عشرات الأبرياء"),
        place=("المنطقة الشرقية",),
        date="unknown",
        status="historical",
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "هجوم شهير",
        actor=("القاعدة",),
        target=("مبنى الأمن العام", "قوات الطوارئ السعودية"),
        place=("حي الوشم", "الوشم", "الرياض"),
        date="2004-04-21",
        status="historical",
        also=("هاجمت سيارة مفخخة", "ضحية الجريمة"),
    ),
]

F["snn-20150806-02115"] = [
    E(
        "Battles/Armed clash",
        "إسقاط الطائرة",
        actor=("جماعة الحوثي", "الحوثي"),
        target=("إحدى طائرات الأباتشي السعودية", "طائرات الأباتشي السعودية", "الطائرة"),
        place=("منفذ الطوال", "الطوال"),
        date="2015-08-05",
        status="denied",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "لغارات جوية",
        actor=("مقاتلات التحالف العربي", "التحالف العربي", "التحالف"),
        target=("مواقع المتمردين", "المتمردين", "عناصر الحوثيين"),
        place=("الحد الجنوبي", "الحرث", "الطوال", "الحدود"),
        date="2015-08-05",
        also=("غارات التحالف",),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "اعتداءاتها",
        actor=("المتمردين", "الحوثيين"),
        target=("قرى الحد الجنوبي",),
        place=("قرى الحد الجنوبي", "الحد الجنوبي", "الحرث", "الطوال"),
        date="2015-08-05",
        also=("مصادر إطلاق النار",),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "دكت",
        actor=("قوات المدفعية السعودية", "المدفعية السعودية"),
        target=("مواقع تجمع العصابات", "العصابات"),
        place=("قرب الحدود", "الحدود", "الحد الجنوبي"),
        date="2015-08-05",
        also=("القوات المسلحة السعودية أوقعت خسائر فادحة",),
    ),
]

if __name__ == "__main__":
    print(build(F, OUT))
