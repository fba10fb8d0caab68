"""Source of tests/data/events_r13a.jsonl: the thirteenth blind event round, half r13a.

20 real articles (SaudiNewsNet politics 13, ANT internationalNews 7): the lines of
`python tests/data/events_round13_select.py` whose first column is `r13a` (selection =
events_round13_select.py, seed 1313, half r13a; same pool as events_fresh_source.py, near-copies of
annotated articles skipped by the draw). All 20 kept, none dropped; 22 events; 7 of them report no event
(negatives). Annotated by reading only (2026-11-29): the event coder was never run on these articles and
no coder output was read. Same format and guidelines as events_dev_source.py and events_fresh_source.py
(docs/events.md § Dev set); `build()` comes from events_dev_source.py (SaudiNewsNet articles by
reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) with an article of
any tests/data/events_*.jsonl set; the only shared 12-word run is the one-line biography of al-Qaradawi
(«داعية مصري الأصل يعيش في قطر ومقرب من دائرة صنع القرار فيها») in ant-1106 and r9b
ant-JA-internationalNews-1146-20170609, which report different happenings (not a copy). Same happenings
in other words (no shared passage): the killing of Talal al-Ordoni in Ain al-Hilweh (fresh
snn-20150726-01227, coded the same way: *Violence against civilians/Attack*, 2 dead, the Islamist
gunmen as actor), the Tripoli clashes of May 2017 (r12b, 52 dead «أمس» there; 50 dead and no date here),
the Qatar terror list (r9b's designation of al-Qaradawi), the Turkish strikes on the PKK of late July 2015
(r6a and others).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r12b_source.py): the
Iraqi operation east of Ramadi that killed 15 ISIS members «اليوم» → *Armed clash* (means unstated),
15 dead, all three named districts accepted as place; the Libyan air force sorties over Benghazi →
*Air/drone strike*, publication date (the source's «اليوم» dates his statement), and the army's control
of Benghazi port «الثلاثاء الماضي» → *Government regains territory* 2015-07-21 (an announcement dated by
the text dates what it announces; the «معارك عنيفة» its mention); Erdogan's call to Rouhani «أمس
الأربعاء» → *Phone call* 2015-08-05 (the Turkish operations he reported on are a campaign with no day or
place below the country: not coded, as r11a's Cameron); the Moroccan press review: the resumed Libyan
negotiations in Geneva → *Diplomacy/Talks*, publication date (as r12a's Geneva talks), while Yemeni
areas «تتحرر تباعًا» in «عدة مناطق … بالجنوب», the Qudsaya siege, fighting «في مناطق أخرى» and the
continuing settler raids on al-Aqsa are ongoing or unplaced (ambiguous: r12a coded a press review's
liberation of named provinces); the Ain al-Hilweh ambush → one *Attack* (the shooting, the ambush and
«عملية الاغتيال» its mentions, the bodyguard's death making 2), publication date, and the heavy gunfire
after it not coded (no sides); Aden: the Resistance's capture of 20 Houthis → *Arrests*, and al-Maashiq
«التي تم تحريرها … تحت سيطرة المقاومة» → *Non-state actor overtakes territory*, date "unknown" (a
relative clause, days old: as r9a/r10b), the Anad base siege (no control, no fighting) not coded; the
Turkish cabinet's approval of the base understanding with the US → *Diplomacy/Agreement* dated by the
ministry's «أمس» (2015-07-30, as r6a/r11b), and the air strikes «أمس» on Kurdish rebel bases «في شمال
العراق وجنوب شرق تركيا» → one *Air/drone strike* per country (same trigger, Iraq first; «هذه العمليات
الجوية» and the six targeted sites are mentions of the Iraq one); the mines the Houthis planted in Lahj
→ *Remote explosive/landmine/IED*, the Houthis (who laid them) as actor, 11 dead, publication date; the
Turkish strikes «ليل الجمعة السبت» on seven PKK targets in northern Iraq → *Air/drone strike* dated
2015-07-24 (ambiguous: the night runs into Saturday 25th), the continued air operations against ISIS
→ a second *Air/drone strike* with no place (ambiguous: Syria is only implied), the ground forces'
artillery on ISIS in Syria and the PKK → one *Shelling/artillery/missile attack* in Syria, and
Davutoglu's meeting of senior ministers «اليوم السبت» in Ankara → *Diplomacy/Meeting* (as r10a's Ankara
cabinet meeting); the operation «لتحرير جامعة الأنبار» that began «اليوم الأربعاء», with forces entering
the university and clashes → *Armed clash* 2015-07-22 (begun and fought, not an aim only; not a
takeover: the campus is not yet taken); the Tripoli clashes after the Salvation government's group
attacked the guesthouse compound → *Armed clash*, both sides named, 50 dead, date "unknown" (the calm has
returned; the text gives no day: ambiguous, r12b dates the same clashes 2017-05-26 from its own «أمس»);
the Italian arrest of Mehdi Ben Nasr announced «أمس الأحد 8 نوفمبر» → *Arrests* dated 2015-11-08 (the
announcement; ambiguous: the arrest was kept quiet for some time), his 2008 arrest in Reggio Emilia →
historical *Arrests* 2008; the boycotting states' joint list of individuals and entities «فجر الجمعة»
→ *Diplomacy/Sanction* 2017-06-09 (as r9b's terror listing), and al-Zumar's role in the assassination
of Sadat → historical *Violence against civilians/Attack*, date "unknown" (the text gives no year).

Not events (the seven negatives: an Iraqi satire programme threatened with death; a photo of a child
killed by «عدوان الحوثي» (no place below «الجنوب اليمني», no date); Jaish al-Islam's mass wedding (its
control of al-Ghouta a state, its bonus decree not an ACLED event); Assad's oath speech («شن الأسد
هجوما على تنظيم الإخوان» and «هاجم دولا» are verbal); German protection for Syrian refugees (the
Astana ceasefire named as a current state in a conditional); the army wedding in Aleppo; Le Drian's
interview, where foreign jihadists «يصلون إلى منطقة سرت» is a sighting, as fresh's al-Baghdadi) — and,
within other articles, the medical evacuation of 70 wounded to Jordan, the Presidential Council's
decision to secure Tripoli airport, the groups stationed at the old airport (a state), kidnappings for
ransom in Warshefana (habitual), the rescue of the migrants, the 2008 prison sentence (a court), the
designees' past fatwas and court rulings, the Turkish security measures agreed at the meeting
(domestic policy), France's refusal to intervene.

Run: python tests/data/events_r13a_source.py   (writes events_r13a.jsonl; the draw: events_round13_select.py)
Text licences: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed); ANT Apache-2.0.
Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

HERE = Path(__file__).parent
OUT = HERE / "events_r13a.jsonl"

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150804-00774"] = []  # satire programme; «التهديدات بالقتل» are threats
F["snn-20150731-00234"] = [
    E(
        "Battles/Armed clash",
        "قتل",
        actor=("القوات العراقية", "القوات الأمنية"),
        target=("تنظيم داعش", "داعش", "15 عنصرًا"),
        place=("الرمادي", "حصيبة الشرقية", "الجزيرة", "منطقة المخازن", "الأنبار"),
        date="2015-07-31",
        fatalities=15,
        also=("بعملية أمنية", "شنت عملية عسكرية", "تمكنت من قتل"),
    ),
]
F["snn-20150724-00343"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "طلعات هجومية",
        actor=("طائرات سلاح الجو الليبي", "سلاح الجو الليبي", "الطائرات الحربية"),
        place=("بنغازي", "محور الصابري", "شارع الشريف"),
        also=("استهدفت",),
    ),
    E(
        "Battles/Government regains territory",
        "سيطرة",
        actor=("الجيش الوطني",),
        place=("ميناء بنغازي", "بنغازي", "طريق المطار", "معسكر 21"),
        date="2015-07-21",
        also=("معارك عنيفة",),
    ),
]
F["snn-20150806-01315"] = [
    E(
        "Diplomacy/Phone call",
        "اتصال هاتفي",
        actor=("رجب طيب أردوغان", "أردوغان"),
        target=("حسن روحاني", "روحاني"),
        date="2015-08-05",
    ),
]
F["snn-20150811-01651"] = [
    E(
        "Diplomacy/Talks",
        "المفاوضات",
        actor=("الأطراف الليبية",),
        place=("جنيف",),
    ),
]
F["snn-20150725-01170"] = [
    E(
        "Violence against civilians/Attack",
        "إطلاق نار",
        actor=("مسلحون اسلاميون متشددون", "مسلحون"),
        target=("طلال الأردني", "طلال الاردني", "الأردني", "مرافقه"),
        place=("مخيم عين الحلوة", "عين الحلوة", "لبنان"),
        fatalities=2,
        also=("كمينا محكما", "عملية الاغتيال"),
    ),
]
F["snn-20150724-01980"] = [
    E(
        "Strategic developments/Arrests",
        "ألقت",
        actor=("المقاومة",),
        target=("20 حوثيا", "حوثيا"),
        place=("جبال المعاشيق", "عدن"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "تحريرها",
        actor=("المقاومة",),
        place=("جبال المعاشيق", "عدن"),
        date="unknown",
        also=("تحت سيطرة المقاومة",),
    ),
]
F["snn-20150725-00034"] = []  # a photo of a child killed by «عدوان الحوثي»: no place, no date
F["snn-20150731-01856"] = [
    E(
        "Diplomacy/Agreement",
        "وافق",
        actor=("مجلس الوزراء التركي", "تركيا"),
        target=("الولايات المتحدة", "واشنطن"),
        date="2015-07-30",
        also=("الاتفاق",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "الغارات الجوية",
        actor=("الطيران الحربي", "الحكومة التركية", "التركية"),
        target=("للمتمردين الأكراد", "المتمردين الأكراد", "حزب العمال الكردستاني"),
        place=("شمال العراق", "العراق"),
        date="2015-07-30",
        also=("هذه العمليات الجوية", "استهدفت"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "الغارات الجوية",
        actor=("الطيران الحربي", "الحكومة التركية", "التركية"),
        target=("للمتمردين الأكراد", "المتمردين الأكراد", "حزب العمال الكردستاني"),
        place=("جنوب شرق تركيا", "تركيا"),
        date="2015-07-30",
    ),
]
F["snn-20150801-00080"] = []  # Jaish al-Islam's mass wedding; its control of al-Ghouta is a state
F["snn-20150809-01206"] = [
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "انفجار",
        actor=("مليشيات الحوثي", "الحوثي"),
        target=("11مواطنا", "مواطنا"),
        place=("محافظة لحج", "لحج"),
        fatalities=11,
        also=("سقوط",),
    ),
]
F["snn-20150725-00977"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصفت",
        actor=("المقاتلات التركية", "الحكومة التركية", "التركية"),
        target=("حزب العمال الكردستاني",),
        place=("شمال العراق", "العراق"),
        date="2015-07-24",
        also=("استهدفتها الطائرات التركية",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "العمليات العسكرية الجوية",
        actor=("الحكومة التركية", "التركية"),
        target=("تنظيم داعش", "داعش"),
        date="2015-07-24",
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "بقصف مدفعي",
        actor=("القوات البرية",),
        target=("تنظيم داعش", "داعش", "حزب العمال الكردستاني"),
        place=("سوريا",),
        date="2015-07-24",
    ),
    E(
        "Diplomacy/Meeting",
        "اجتماع",
        actor=("احمد داود اوغلو", "داود اوغلو"),
        target=("كبار الوزراء", "مسؤولي الأمن"),
        place=("أنقرة",),
        date="2015-07-25",
    ),
]
F["snn-20150722-01508"] = [
    E(
        "Battles/Armed clash",
        "عملية عسكرية",
        actor=("القوات الأمنية", "جهاز مكافحة الإرهاب", "طيران الجيش"),
        target=("تنظيم داعش", "داعش", "عناصر التنظيم"),
        place=("جامعة الأنبار", "الأنبار"),
        date="2015-07-22",
        also=("اشتباكات",),
    ),
]
F["ant-JA-internationalNews-960-20170529"] = [
    E(
        "Battles/Armed clash",
        "اشتباكات",
        actor=("مجموعة محسوبة على حكومة الإنقاذ", "حكومة الإنقاذ"),
        target=("وحدات تابعة لحكومة الوفاق الوطني", "حكومة الوفاق الوطني"),
        place=("طرابلس", "بوسليم", "مجمع قصور الضيافة"),
        date="unknown",
        fatalities=50,
        also=("مهاجمة", "وأطلقت النار"),
    ),
]
F["ant-JA-internationalNews-862-20140716"] = []  # Assad's oath speech: «شن هجوما» and «هاجم» are verbal
F["ant-JA-internationalNews-294-20151109"] = [
    E(
        "Strategic developments/Arrests",
        "اعتقال",
        actor=("السلطات الإيطالية", "الشرطة الإيطالية"),
        target=("قيادي تونسي", "مهدي بن نصر", "بن نصر"),
        place=("الأراضي الإيطالية", "إيطاليا", "لامبيدوزا"),
        date="2015-11-08",
        also=("إلقاء القبض عليه",),
    ),
    E(
        "Strategic developments/Arrests",
        "اعتقل",
        at="وكان مهدي بن نصر قد",
        target=("مهدي بن نصر", "بن نصر"),
        place=("ريجو إيميليا", "إيطاليا"),
        date="2008",
        status="historical",
    ),
]
F[
    "ant-JA-internationalNews-114-05012017"
] = []  # refugee protection; the ceasefire is a state in a conditional
F["ant-JA-internationalNews-924-20170512"] = []  # army mass wedding in Aleppo
F["ant-JA-internationalNews-1106-20170609"] = [
    E(
        "Diplomacy/Sanction",
        "قوائم الإرهاب",
        actor=("الدول المقاطعة لقطر", "مصر", "السعودية", "البحرين"),
        target=("أفراد وكيانات ترعاها قطر", "قطر", "يوسف القرضاوي"),
        date="2017-06-09",
        also=("وضمت القوائم",),
    ),
    E(
        "Violence against civilians/Attack",
        "اغتيال",
        actor=("طارق الزمر",),
        target=("أنور السادات", "الرئيس المصري السابق"),
        date="unknown",
        status="historical",
    ),
]
F["ant-JA-internationalNews-1233-20151205"] = []  # Le Drian's interview; jihadists reaching Sirte: a sighting


if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
