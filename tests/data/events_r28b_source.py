"""Source of tests/data/events_r28b.jsonl: the twenty-eighth blind event round, part r28b.

10 real articles (SaudiNewsNet politics, 1,580–2,265 characters): the lines of /work/brief/DRAW_r28.tsv
(the saved output of `python tests/data/events_round28_select.py`) whose first column is `r28b`
(selection = events_round28_select.py, seed 2828, part r28b). All 10 kept, none dropped; 1 of them
reports no event (negative). Annotated by reading only (2026-11-29): the event coder was never run on
these articles and no coder output was read. Same format and guidelines as events_dev_source.py and
events_fresh_source.py (docs/events.md § Dev set); `build()` comes from events_dev_source.py
(SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three 12-word
runs with an article of another tests/data/events_*.jsonl set. Same happenings in other words: the
Suruc bombing, Turkey's strikes on PKK camps from 24 July and the bases opened to the coalition
(r20–r26), the liberation of Aden and al-Anad and al-Subaihi held by the Houthis (many rounds).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r26c_source.py):
- North Sinai/Suez: the IED on a police armoured vehicle in Hay al-Zuhur (Arish) → *Remote explosive*,
  2 dead, no day given (publication date); the Suez attack on the Third Army guards repelled, one
  attacker killed → *Armed clash*, 1 dead; the North Sinai campaign («ضبط 25 شخصًا» and suspects) →
  one *Arrests*; the security alert, checkpoints and Mahlab's visit to the High Court / the judicial
  council meeting (domestic, as r14's domestic visits) are not coded;
- Syrian death sentences (negative): court rulings are not coded (as earlier rounds);
- al-Attiyah–Lavrov in Doha (press conference and consultations) → one *Meeting*; Lavrov's trilateral
  with Jubeir and Kerry → *Meeting*, no place (the text names none), publication date; no *Visit*
  (the text names no trip); the Syrian army's barrel bombs (a generic accusation) are not coded;
- Suez Canal security: the Apache raid south of Rafah on Beit al-Maqdis → *Air/drone strike* (dead
  unnumbered); the state of alert (a deployment) and the Salloum interception of 181 migrants (as the
  earlier rounds' migrant interceptions) are not coded;
- Duma arson: the settlers' attack «أمس» → *Violence against civilians/Attack* 2015-07-31, 1 dead (the
  baby); condemnations, the ICC file and the Security Council move (plans) and the calls are not coded;
- Turkish border: the wall, trenches and drones are security measures (not coded); the Suruc bombing
  «هذا الأسبوع» → *Suicide bomb* dated 2015-07 (the text gives only the week; ambiguous), 32 dead;
  Obama–Erdogan call «أول من أمس» → *Phone call* 2015-07-22 (their agreement to work together is
  read as part of the call, not a separate *Agreement*; ambiguous); the Diyarbakir shooting of two
  policemen «أمس» → *Armed clash* 2015-07-23, 1 dead (attacks on police as Armed clash, as r26b);
- PKK escalation: the lead's aggregate attack («هاجموا موقعًا أماميًا … وسيارة للشرطة») is the first
  mention of the Mush outpost attack (rockets, then an exchange of fire → *Armed clash* 2015-08-08, no
  casualties); the Midyat (Mardin) shooting «في وقت متأخر من السبت» → *Armed clash* 2015-08-08, 1 dead
  («مقتل شرطي» in the lead its mention); the clashes «قبل ذلك بيوم» → *Armed clash* 2015-08-07, 6 dead;
  Turkey's air campaign on PKK camps in northern Iraq → *Air/drone strike* 2015-07-24 (the 260 dead
  «حتى الأول من أغسطس» are a tally over a week, not given as fatalities; ambiguous); Turkish jets on
  IS in Syria → *Air/drone strike*, date "unknown"; the coalition allowed to use Turkish bases →
  *Diplomacy/Agreement*, "unknown" (as r26b); the 2013 ceasefire → *Strategic developments/Agreement*,
  historical, 2013; the 2012 peace process with Ocalan → *Talks*, historical, 2012 (as r26b); the
  monthly tallies, the 1984 insurgency, threats and calls for talks are not coded;
- Yemen (Subaiha): the column moving toward Subaiha and al-Anad (an advance with no fighting named, as
  deployments) is not coded (ambiguous); al-Subaihi held by the Houthis → *Abduction/forced
  disappearance*, historical, "unknown" (as r14a and later); the UAE ship with tanks for the army →
  *Diplomacy/Aid* (as the coalition's armoured vehicles of an earlier round); the Houthi landmines'
  toll of «اليوميين الماضيين» → one *Remote explosive/landmine/IED*, 10 dead, publication date; al-Fayadi
  wounded in the clashes at Muthallath al-Alam → *Armed clash* (a battle «لتحرير», no takeover stated);
- analysts (opinion): the cleansing of Aden → *Government regains territory*, historical, "unknown", and
  the Houthis driven from al-Anad → *Government regains territory*, reported, "unknown" (ambiguous: both
  named as background of the analysis); the expected liberation of Taiz and the calls are not coded;
- Umm Sayyaf: the US hand-over to Kurdistan and her detention «في 6 أغسطس» → *Arrests* 2015-08-06
  (a hand-over into custody, as earlier rounds; ambiguous); the 16 May US special-forces raid in Syria
  killing Abu Sayyaf → *Armed clash*, historical, 2015-05-16, 1 dead (her capture in it not coded
  apart); IS's abduction of Yazidi girls and its offensive on the Nineveh plain and Sinjar «الصيف
  الماضي» → *Abduction/forced disappearance* and *Non-state actor overtakes territory*, historical,
  2014; her transfer to Iraq for questioning and the prison escapes (generic) are not coded.
Negative (1): snn-20150722-01522 (Syrian court death sentences).
Run: python tests/data/events_r28b_source.py            (writes events_r28b.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r28b.jsonl")

F: dict[str, list[dict]] = {}  # in draw order
F["snn-20150810-00559"] = [
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "انفجار عبوة ناسفة",
        actor=("عناصر مسلحة",),
        target=("قوات الشرطة", "مدرعة تابعة لقوات الشرطة"),
        place=("حي الزهور", "العريش", "شمال سيناء"),
        fatalities=2,
        also=("وفجروها",),
    ),
    E(
        "Battles/Armed clash",
        "هجوما إرهابياً",
        actor=("العناصر الإرهابية",),
        target=("الجيش الثالث الميداني", "عناصر التأمين من الجيش الثالث الميداني"),
        place=("أسواق بدر", "السويس"),
        fatalities=1,
        also=("بإطلاق نيران عشوائية", "بالرد الفوري"),
    ),
    E(
        "Strategic developments/Arrests",
        "ضبط",
        at="نجحت قوات الأمن",
        actor=("قوات الأمن بشمال سيناء", "قوات الأمن", "مديرية أمن شمال سيناء"),
        target=("الهاربين والمطلوبين", "25 شخصًا"),
        place=("شمال سيناء",),
        also=("ضبط عدد من المشتبه بهم", "حملة أمنية موسعة"),
    ),
]
F["snn-20150722-01522"] = []  # Syrian court death sentences: court rulings are not coded
F["snn-20150804-00226"] = [
    E(
        "Diplomacy/Meeting",
        "مؤتمر صحفي مشترك",
        actor=("العطية", "خالد بن محمد العطية", "وزير الخارجية بدولة قطر"),
        target=("سيرغي لافروف", "لافروف", "وزير الخارجية الروسي"),
        place=("الدوحة",),
        also=("جلسة مشاورات", "المباحثات"),
    ),
    E(
        "Diplomacy/Meeting",
        "لقاءً ثلاثيًا",
        actor=("وزير الخارجية الروسي", "لافروف"),
        target=("عادل بن أحمد الجبير", "جون كيري"),
    ),
]
F["snn-20150722-00340"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارة جوية",
        actor=("مروحيات «الأباتشي»", "الأباتشي"),
        target=("بيت المقدس",),
        place=("رفح", "جنوب رفح"),
        also=("ودمرت البنية التحتية",),
    ),
]
F["snn-20150801-01095"] = [
    E(
        "Violence against civilians/Attack",
        "الجريمة الإرهابية",
        actor=("مستوطنون إسرائيليون", "مستوطنون يهود", "مستوطنون"),
        target=("رضيع فلسطيني", "علي دوابشة"),
        place=("دوما", "نابلس"),
        date="2015-07-31",
        fatalities=1,
        also=("حرق رضيع فلسطيني", "أحرق مستوطنون يهود"),
    ),
]
F["snn-20150724-01658"] = [
    E(
        "Explosions/Remote violence/Suicide bomb",
        "فجر انتحاري",
        actor=("انتحاري", "تنظيم داعش", "داعش"),
        target=("طلبة",),
        place=("سوروتش",),
        date="2015-07",
        fatalities=32,
    ),
    E(
        "Diplomacy/Phone call",
        "تحدث هاتفيا",
        actor=("باراك أوباما", "أوباما", "الرئيس الأميركي"),
        target=("رجب طيب إردوغان", "إردوغان"),
        date="2015-07-22",
    ),
    E(
        "Battles/Armed clash",
        "قتل شرطي",
        actor=("ملثمون", "مجموعة مسلحين"),
        target=("شرطي", "الشرطيين"),
        place=("ديار بكر", "حي شهيدلك"),
        date="2015-07-23",
        fatalities=1,
        also=("هجوم نفذه ملثمون", "فتحت النار"),
    ),
]
F["snn-20150810-01333"] = [
    E(
        "Battles/Armed clash",
        "هاجموا",
        actor=("مقاتلي حزب العمال الكردستاني", "حزب العمال الكردستاني"),
        target=("للجيش التركي", "موقع عسكري متقدم"),
        place=("بولانيك", "موش"),
        date="2015-08-08",
        also=("اطلقوا الصواريخ", "تبادلًا قصيرًا لاطلاق النار"),
    ),
    E(
        "Battles/Armed clash",
        "فتح",
        at="في وقت متأخر من السبت",
        actor=("مسلحون من حزب العمال الكردستاني", "حزب العمال الكردستاني"),
        target=("مركبة للشرطة",),
        place=("مديات", "ماردين"),
        date="2015-08-08",
        fatalities=1,
        also=("مقتل شرطي",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "حملة جوية",
        actor=("تركيا",),
        target=("حزب العمال الكردستاني", "معسكرات حزب العمال الكردستاني"),
        place=("شمال العراق",),
        date="2015-07-24",
    ),
    E(
        "Strategic developments/Agreement",
        "وقف لاطلاق النار",
        actor=("حزب العمال الكردستاني", "تركيا"),
        target=("تركيا", "حزب العمال الكردستاني"),
        date="2013",
        status="historical",
    ),
    E(
        "Battles/Armed clash",
        "اشتباكات",
        at="وقبل ذلك بيوم",
        actor=("قوات الأمن",),
        target=("المقاتلين الأكراد",),
        place=("جنوب شرق البلاد",),
        date="2015-08-07",
        fatalities=6,
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصفت",
        actor=("المقاتلات التركية",),
        target=("تنظيم داعش", "داعش"),
        place=("سوريا",),
        date="unknown",
    ),
    E(
        "Diplomacy/Agreement",
        "سمحت",
        actor=("أنقرة",),
        target=("للتحالف الذي تقوده الولايات المتحدة", "للتحالف"),
        date="unknown",
    ),
    E(
        "Diplomacy/Talks",
        "عملية سلام",
        at="وفي عام 2012",
        actor=("أنقرة",),
        target=("عبدالله أوجلان", "أوجلان", "حزب العمال الكردستاني"),
        date="2012",
        status="historical",
    ),
]
F["snn-20150803-00768"] = [
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "المختطف",
        actor=("الميليشيات الحوثية",),
        target=("محمود الصبيحي", "وزير الدفاع اليمني"),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Aid",
        "وصلت",
        actor=("إماراتية", "سفينة عسكرية إماراتية", "دول التحالف العربي"),
        target=("الجيش اليمني", "الجيش اليمني الموالي للشرعية"),
        place=("عدن", "ميناء الزيت", "البريقة"),
        also=("تقدمها دول التحالف العربي",),
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "الألغام الأرضية",
        actor=("الحوثيون",),
        target=("المدنيين",),
        place=("عدن",),
        fatalities=10,
    ),
    E(
        "Battles/Armed clash",
        "المواجهات العنيفة",
        actor=("الحراك الجنوبي", "خالد الفياضي"),
        target=("ميليشيات الحوثي",),
        place=("مثلث العلم",),
        also=("معركة تحرير مثلث العلم",),
    ),
]
F["snn-20150806-03007"] = [
    E(
        "Battles/Government regains territory",
        "تطهير عدن",
        actor=("قوات التحالف", "الجيش اليمني الشرعي", "المقاومة الشعبية"),
        target=("الميليشيات الحوثية", "الحوثيين"),
        place=("عدن",),
        date="unknown",
        status="historical",
        also=("دحر الحوثيين من عدن", "تطهير عدن من المتمردين"),
    ),
    E(
        "Battles/Government regains territory",
        "طردهم من قاعدة العند",
        actor=("قوات التحالف", "الجيش اليمني الشرعي", "المقاومة الشعبية"),
        target=("الميليشيات الحوثية", "الحوثيين"),
        place=("قاعدة العند", "العند"),
        date="unknown",
    ),
]
F["snn-20150811-00120"] = [
    E(
        "Strategic developments/Arrests",
        "تسلمت",
        actor=("وزارة الداخلية في الإقليم", "الولايات المتحدة الأميركية", "مجلس الأمن الوطني لإقليم كردستان"),
        target=("أم سياف",),
        place=("إقليم كردستان",),
        date="2015-08-06",
        also=("سلمت الولايات المتحدة الأميركية", "وتم توقيف المذكورة"),
    ),
    E(
        "Battles/Armed clash",
        "عملية نوعية",
        actor=("قوة أميركية خاصة",),
        target=("أبو سياف", "داعش"),
        place=("الأراضي السورية",),
        date="2015-05-16",
        status="historical",
        fatalities=1,
        also=("العملية",),
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "اختطاف",
        at="المسؤولة عن",
        actor=("التنظيم", "تنظيم داعش"),
        target=("الفتيات الإيزيديات", "الإيزيديات"),
        place=("سنجار", "سهل نينوى"),
        date="2014",
        status="historical",
        also=("اعتقلهن التنظيم", "المختطفات من قبل تنظيم داعش"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "هجومًا واسعًا",
        actor=("التنظيم",),
        place=("سنجار", "سهل نينوى"),
        date="2014",
        status="historical",
    ),
]

if __name__ == "__main__":
    print(build(F, OUT), "articles ->", OUT)
