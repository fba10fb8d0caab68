"""Source of tests/data/events_r14b.jsonl: fourteenth-round blind event set, half r14b.

16 real articles (SaudiNewsNet politics 15, ANT internationalNews 1): the lines of
`python tests/data/events_round14_select.py` whose first column is `r14b` (selection =
events_round14_select.py, seed 1414, half r14b; same pool as events_fresh_source.py, near-copies of
annotated articles skipped by the draw). All 16 kept, none dropped; 28 events; 0 negatives. Annotated
by reading only (2026-11-29): the event coder was never run on these articles and no coder output was
read. Same format and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md
§ Dev set); `build()` comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: snn-20150721-02894 (the Resistance's ambush on Houthi reinforcements in Ibb, SPA wording)
is a reworded copy of r10a snn-20150724-00357 (different first 80 characters, shared 60-character
passages: «في الساعات الأولى من فجر اليوم» … «استهدفوا دورية عسكرية كان يستقلها قيادي»); it is coded as
there (*Armed clash*, trigger «كمين»), dated by its own «فجر اليوم» (2015-07-21), and should be scored
separately. No other article shares its first 80 characters (whitespace normalised) or a 60-character
passage with any tests/data/events_*.jsonl text. Same happenings in other words: al-Shaddadi's ambush
(dev snn-20150811-00117, coded the same way), ISIS blowing up the Ramadi stadium (r8b), the expulsion of
the Houthis from Aden behind al-Bakri's appointment (r9a), the Suruc attack (blind, r10a, r11a, r12b),
the Shayrat missile strike (blind, r6b).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r13b_source.py): Turkey
«وافقت» on the coalition's use of its air bases → *Diplomacy/Agreement* (as r11b's Italy), dated by the
ministry's statement «اليوم الجمعة» (2015-07-24); the expulsion of the Houthis from Aden behind al-Bakri's
appointment → *Government regains territory*, no actor, date "unknown", reported (as r9a); Turkish jets
«قصفت» ISIS positions near Hawar → *Air/drone strike* 2015-07-24 and the exchange of fire on the border
«غداة» → *Armed clash* 2015-07-23 (no place named); the Turkish police's 251 arrests in 13 provinces → one
*Arrests*; the Suruc attack, named here only as «الهجوم الذي نسب الى تنظيم داعش» with no means → *Violence
against civilians/Attack* (ambiguous: other rounds, whose texts say «انتحاري», code it *Suicide bomb*),
dated by the text's «الثلاثاء» (2015-07-21; the real date is Monday 20 July), 32 dead; the Arish IED,
dated by the ministry's «أمس الأحد» (2015-08-09), 2 dead, no actor; the settlers' arson of the Dawabsheh
home in Duma (two articles) → *Violence against civilians/Attack*, 1 dead, publication date; ISIS
blowing up the Ramadi stadium «اليوم، الأحد» → *Looting/property destruction* (as r8b), 2015-07-19, and
the security forces that «انسحبت» from the stadium area «قبل أيام» → *Non-violent transfer of territory*
(as blind's Houthi withdrawal), date "unknown"; al-Shaddadi's ambush «ظهر أمس» → *Armed clash* (as dev),
4 dead, and his and Hussein Arab's «تحرير العلم ودوفس …» in Abyan «خلال الأيام الماضية» → one
*Government regains territory*, date "unknown" (ambiguous: ACLED would code one per town); the
Resistance storming Loder and the street fighting there → *Armed clash* (no control yet: it «تحاصر»
the town), its earlier control of Jabal al-Zaytun and al-Anad triangle (with the advance on al-Mahala
and the clashes' casualties as mentions) → *Non-state actor overtakes territory*, date "unknown", and of
Jabal Yasouf and al-Ain → a second one, publication date (ambiguous: al-Ain may be its own event); the
liberation of Aden in the interview → *Government regains territory*, date "unknown", reported (24 days
old), and the interviewee's protest with a thrown shoe at the Geneva conference → *Protests/Peaceful
protest*, date "unknown", reported (June 2015, under 60 days; ambiguous: the shoe may make it a *Violent
demonstration*); the Anbar fighting and the artillery strike on ISIS leaders' convoy in Fallujah, both
dated by the reports' «اليوم» (2015-07-21), the strike with 7 dead and no actor named, the fighting with
«العشرات» (no number); the Shayrat strike (Tomahawks) → *Shelling/artillery/missile attack*, and Xi's
visit and the Trump–Xi dinner at Mar-a-Lago → *Visit* and *Meeting*, all 2017-04-06 (the text's «6
أفريل»), reported.

Not events: Turkish planes «ستشارك في عمليات» and Turkey's announced «هجوما واسع النطاق» (forecasts, as
r5a), the Turkish air strikes on Kurdish positions in Iraq two weeks earlier in snn-20150806-00021 (a
campaign named by country only, as r13a), American planes arriving in Turkey (a deployment), Houthi
shelling of Aden and its tallies of wounded and displaced (months-long), the planned reopening of Aden
airport, the Iraqi forces' advance towards al-Bu'aitha and the demining, Ramadi «في قبضة داعش» (a
state), Netanyahu's order to arrest the killers, condemnations, calls for investigation, the Milken
conference.

Run: python tests/data/events_r14b_source.py            (writes events_r14b.jsonl)
Text licences: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed); ANT Apache-2.0.
Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r14b.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150725-00774"] = [
    E(
        "Diplomacy/Agreement",
        "وافقت",
        actor=("تركيا",),
        target=("الولايات المتحدة", "طائرات التحالف", "التحالف"),
        date="2015-07-24",
    ),
]
F["snn-20150721-01432"] = [
    E(
        "Battles/Government regains territory",
        "طرد",
        target=("ميليشيات الحوثي المتمردة", "ميليشيات الحوثي", "قوات المخلوع صالح", "الانقلابيين"),
        place=("عدن",),
        date="unknown",
        also=("تحريرها",),
    ),
]
F["snn-20150724-01870"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصفت",
        actor=("طائرات حربية تركية", "الطائرات المقاتلة التركية", "تركية"),
        target=("تنظيم داعش", "داعش", "مسلحي داعش"),
        place=("سوريا", "بلدة حوار", "حوار"),
        date="2015-07-24",
        also=("قصفت بالصواريخ",),
    ),
    E(
        "Battles/Armed clash",
        "تبادل لإطلاق النار",
        actor=("الجيش التركي",),
        target=("المسلحين",),
        date="2015-07-23",
    ),
    E(
        "Strategic developments/Arrests",
        "ألقت الشرطة التركية القبض",
        actor=("الشرطة التركية",),
        target=("251 شخصًا", "عناصر تنظيم داعش", "حزب العمال الكردستاني"),
        place=("تركيا",),
        also=("سلسلة مداهمات", "العملية التي نفذت"),
    ),
]
F["snn-20150723-00144"] = [
    E(
        "Diplomacy/Phone call",
        "بحث",
        actor=("الرئيس الاميركي باراك اوباما", "باراك اوباما", "اوباما"),
        target=("رجب طيب اردوغان", "اردوغان"),
        also=("اتصال هاتفي", "بحثا"),
    ),
    E(
        "Violence against civilians/Attack",
        "الهجوم",
        at="من بينها",
        actor=("تنظيم داعش", "داعش"),
        place=("سوروتش",),
        date="2015-07-21",
        fatalities=32,
    ),
]
F["snn-20150810-00771"] = [
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "انفجار",
        target=("ضابط شرطة مصري", "مدرعة", "إحدى المدرعات", "قوات أمن شمال سيناء"),
        place=("العريش", "شمال سيناء"),
        date="2015-08-09",
        fatalities=2,
        also=("انفجرت بها عبوة ناسفة", "الحادث"),
    ),
]
F["snn-20150731-01819"] = [
    E(
        "Violence against civilians/Attack",
        "استشهاد",
        actor=("المستوطنين المتطرفين", "المستوطنين"),
        target=("طفل فلسطيني", "عائلته", "منزل العائلة الفلسطينية"),
        place=("قرية دوما", "دوما", "نابلس", "الضفة الغربية"),
        fatalities=1,
        also=("استهداف المستوطنين", "وإحراقه", "هذا العمل الاجرامي", "مقتل طفل"),
    ),
]
F["snn-20150724-00708"] = [
    E(
        "Strategic developments/Looting/property destruction",
        "تفجير",
        actor=("تنظيم الدولة", "تنظيم داعش", "داعش"),
        target=("الملعب الأولمبي", "ملعب الرمادي الأولمبي"),
        place=("الرمادي", "منطقة الـ18 كيلو"),
        date="2015-07-19",
        also=("لحظة تفجير الملعب", "زرع عبوات ناسفة", "وتفجيرها عن بعد", "انهيار الملعب"),
    ),
    E(
        "Strategic developments/Non-violent transfer of territory",
        "انسحبت",
        actor=("القوات الأمنية",),
        place=("منطقة الملعب الأولمبي", "الملعب الأولمبي", "الرمادي"),
        date="unknown",
    ),
]
F["snn-20150721-02894"] = [  # near-copy of r10a snn-20150724-00357, coded as its twin
    E(
        "Battles/Armed clash",
        "كمين",
        actor=("المقاومة الشعبية", "المقاومة"),
        target=("الميليشيا الحوثية", "الحوثية", "الميليشيات المتمردة", "دورية عسكرية"),
        place=("محافظة إب", "إب"),
        date="2015-07-21",
        also=("سقوط قتلى", "كمائن مُحكمة", "استهدفوا دورية"),
    ),
]
F["snn-20150811-01476"] = [
    E(
        "Battles/Armed clash",
        "كمين",
        actor=("مسلحون حوثيون", "مليشيات الحوثي"),
        target=("محمد علي الشدادي", "الشدادي", "مرافقيه"),
        place=("نقيل العرقوب", "العرقوب", "منطقة معين", "معين", "جبل العرقوب", "محافظة أبين", "أبين"),
        date="2015-08-10",
        fatalities=4,
        also=("كمين نصبته", "الحادثة"),
    ),
    E(
        "Battles/Government regains territory",
        "بتحرير",
        actor=("الشدادي", "حسين عرب", "قوات الشرعية"),
        place=("العلم", "دوفس", "الكود", "زنجبار", "شقرة", "العرقوب"),
        date="unknown",
    ),
]
F["snn-20150731-01538"] = [
    E(
        "Battles/Armed clash",
        "اقتحمت",
        actor=("المقاومة الشعبية اليمنية", "المقاومة الشعبية", "المقاومة"),
        target=("الحوثيين",),
        place=("مدينة لودر", "لودر"),
        date="2015-07-31",
        also=("حرب شوارع", "اشتباكات عنيفة"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرت",
        at="وكانت المقاومة",
        actor=("المقاومة", "المقاومة الشعبية"),
        target=("ميليشيات الحوثي وصالح", "ميليشيات الحوثي"),
        place=("جبل الزيتون", "مثلث العند", "المحلة", "الجلاجل", "الحوطة", "لحج"),
        date="unknown",
        also=("تقدمت", "الاشتباكات"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "السيطرة",
        at="عقب",
        actor=("المقاومة",),
        target=("الحوثيين",),
        place=("جبل “يسوف”", "يسوف", "بلدة العين", "لودر"),
        also=("وتحرير بلدة العين",),
    ),
]
F["snn-20150806-00021"] = [
    E(
        "Diplomacy/Meeting",
        "لقائه",
        actor=("وزير الخارجية التركي مولود جاوش اوغلو", "مولود جاوش اوغلو", "جاوش اوغلو"),
        target=("جون كيري", "نظيره الاميركي جون كيري"),
        place=("ماليزيا",),
        date="2015-08-05",
    ),
]
F["snn-20150810-00048"] = [
    E(
        "Battles/Government regains territory",
        "بتحرير",
        place=("عدن",),
        date="unknown",
        also=("لتحرير عدن",),
    ),
    E(
        "Protests/Peaceful protest",
        "بوقفة احتجاجية",
        actor=("ذكرى العراسي", "الصحفية ذكرى العراسي"),
        target=("الحوثي", "حمزة الحوثي"),
        place=("جنيف",),
        date="unknown",
        also=("برمي الحذاء",),
    ),
]
F["snn-20150725-01006"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "القصف الجوي",
        actor=("الطائرات التركية", "التركية"),
        target=("حزب العمال الكردستاني", "مواقع حزب العمال الكردستاني"),
        place=("شمال العراق", "العراق"),
        also=("هذه الهجمات",),
    ),
    E(
        "Diplomacy/Phone call",
        "اتصال هاتفي",
        actor=("مسعود بازراني", "بازراني"),
        target=("أحمد داوود أوغلو", "داوود أوغلو"),
    ),
]
F["snn-20150731-00703"] = [
    E(
        "Violence against civilians/Attack",
        "الهجوم",
        actor=("مستوطنون اسرائيليون متطرفون", "مستوطنون"),
        target=("طفل فلسطيني", "منزل ذويه"),
        place=("الضفة الغربية",),
        fatalities=1,
        also=("مقتل طفل", "اضرم", "عملا ارهابيا"),
    ),
]
F["snn-20150721-02045"] = [
    E(
        "Battles/Armed clash",
        "المواجهات",
        actor=("القوات العراقية المشتركة", "القوات العراقية", "مقاتلي عشائر محافظة الانبار"),
        target=("تنظيم داعش", "داعش"),
        place=("محافظة الانبار", "الانبار", "مدينة الرمادي", "الرمادي"),
        date="2015-07-21",
        also=("مصرعهم", "عمليات تطهير", "قتلوا"),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "بقصف مدفعي",
        target=("قادة تنظيم داعش", "داعش", "موكب للسيارات"),
        place=("حي نزال", "مدينة الفلوجة", "الفلوجة"),
        date="2015-07-21",
        fatalities=7,
        also=("مقتل سبعة",),
    ),
]
F["ant-JA-internationalNews-819-20170502"] = [
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "الضربة",
        actor=("الأمريكية", "ترامب", "دونالد ترامب"),
        target=("قاعدة الشعيرات الجوية السورية", "قاعدة الشعيرات"),
        place=("سوريا", "قاعدة الشعيرات الجوية السورية", "الشعيرات"),
        date="2017-04-06",
        also=("توجيه الضربة", "إطلاق 59 صاروخا"),
    ),
    E(
        "Diplomacy/Visit",
        "زيارة",
        actor=("شي جين بينغ",),
        place=("الولايات المتحدة",),
        date="2017-04-06",
    ),
    E(
        "Diplomacy/Meeting",
        "جمعت",
        actor=("ترامب",),
        target=("شي جين بينغ",),
        place=("مار أيه لاغو",),
        date="2017-04-06",
        also=("مأدبة العشاء",),
    ),
]

if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
