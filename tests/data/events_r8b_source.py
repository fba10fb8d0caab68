"""Source of tests/data/events_r8b.jsonl: eighth-round blind event set, half r8b.

20 real articles (SaudiNewsNet politics 12, ANT internationalNews 8): the lines of
`python tests/data/events_round8_select.py` whose first column is `r8b` (selection =
events_round8_select.py, seed 8181, half r8b: draw positions 12–23 of the SaudiNewsNet sample and 8–15
of the ANT sample; same pool as events_fresh_source.py). All 20 kept, none dropped; 1 of them reports no
event (negative). Annotated by reading only (2026-11-29): the event coder was never run on these
articles and no coder output was read. Same format and guidelines as events_dev_source.py and
events_fresh_source.py (docs/events.md § Dev set); `build()` comes from events_dev_source.py
(SaudiNewsNet articles by reference + sha1).

Not fully blind (score these separately): snn-20150724-00350 is a near-copy of check-set article
snn-20150722-00896 (coded there as a negative) and of blind-set article snn-20150721-01643 (coded there
as *Government regains territory* by the Popular Resistance, reported, publication date); here the later
rounds' calls are followed instead: the Popular Resistance alone expelling the Houthis from Aden airport
(«بعد تحريره», «تمكنوا من طرد») → *Non-state actor overtakes territory*, reported (days old), date
"unknown"; the 750 killed «خلال 3 أشهر» is a tally, not coded (as both twins). snn-20150806-00721
shares its first two sentences with blind-set article snn-20150806-00407 (the first Yemenia plane
landing in Aden); as there, the Houthi takeover of the airport named as the cause of the four-month
halt is a historical *Non-state actor overtakes territory* (date "unknown": this copy lacks the twin's
«في اواخر مارس»), and the landing itself is no event. Same happenings in other words (no shared
passage): the Egyptian church bombings (fresh ant-782, r7a) and the Afriqiyah hijacking to Malta (r5a
ant-330).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a…r7b_source.py): operations
of one actor at one place and day are one event — ISIS's night attack on Umm Hosh (37 rebels killed, a
suicide bomber at a rebel post, then clashes and the takeover of the village) is one *Non-state actor
overtakes territory* (ACLED codes a suicide bomb that opens a battle as the battle), the killing «قتل»
first mentioned is its trigger; a weekday that disagrees with «اليوم/أمس» wins (Ramadi stadium «اليوم
الأحد» in a Tuesday article → 2015-07-19, the stadium area taken the same day; the fall of Ramadi
announced «مساء أمس الأحد» in a Friday article → 2015-07-19, though the text is a stale reprint); the
stadium blown up with explosives → *Looting/property destruction*; Abu Sayyaf's killing «في مايو الماضي»
(no means, no actor) → *Armed clash*, 2015-05, historical (> 60 days), and ISIS's taking of Mosul «في
يونيو عام 2014» → historical takeover (the cash and bank assets seized with it are not coded apart);
the Kurdish YPG's accusation that Turkey targeted it four times «في الأسبوع الماضي» → one *Shelling/
artillery/missile attack* (unspecified Turkish fire, as fresh) dated 2015-07 in Syria, and the Turkish
air raid on a village near Erbil → *Air/drone strike* 2015-08-01 with no death count («مقتل وإصابة نحو
25» mixes dead and wounded); the liberation of Aden named as background → *Government regains
territory*, historical, date "unknown", no actor (as r6b/r7b); the Baqubah car bomb (24 dead) and the
second blast east of the city (7 dead) → two *Remote explosive/landmine/IED*, both 2015-08-10; ISIS
executing the deserter Valdet Gashi (imprisoned in Manbij) → *Violence against civilians/Attack*,
reported (Syrian sources doubting it do not make it denied), 1 dead; women fighting at Jabal Sabr «يوم
أمس» → *Armed clash* 2015-08-01; Iran's ballistic missiles on Deir ez-Zor → *Shelling/artillery/missile
attack* (no death count: «عشرات»), and the 7 June Tehran attacks on parliament and Khomeini's shrine,
claimed by ISIS → one *Violence against civilians/Attack* (17 dead, reported: 12 days old); Saif
al-Islam's release by the Abu Bakr al-Siddiq battalion → *Strategic developments/Other* (docs: «الإفراج
عن»), dated Friday 2017-06-09 when he left Zintan, not by the evening report; the Haftar–Sarraj meeting
in Abu Dhabi → *Diplomacy/Meeting* and what they agreed → *Diplomacy/Agreement* (as Sisi–Hadi; its many
«اتفقا/التوافق» are mentions), the 2015 political agreement named only as a document is not coded; the
clashes between Sadrist protesters and security forces at Tahrir Square (7 dead) → *Riots/Violent
demonstration* («مواجهات/صدامات بين», as r6b), Sadr's «القوة المفرطة» a mention of it; the two
church bombings → two events: Tanta (an explosion inside the church, 25 dead) *Remote explosive/
landmine/IED*, with the aggregate first sentence as its trigger (first place listed), and Alexandria (a
suicide bomber at St Mark's, 13 dead) *Suicide bomb*, with «الانفجارين» (Alexandria listed first) as a
mention, both claimed by ISIS (actor); the hijacking → *Abduction/forced disappearance* (as r5a); the
Italian arms-smuggling arrests «الثلاثاء» → *Arrests* 2017-01-31, no place (the text names only where
suspects come from). Not events: the four Italians' kidnap area being «تحت سيطرة مجموعة مسلحة» (no
kidnapper named: no actor), the closure of the Italian embassy in February and the call to leave Libya,
ISIS posting pictures of its spoils, the Saudi pilots' plane landing in Aden and activists' hopes, a
photograph of a girl with a weapon at the front, the hijackers' threat, Sadr's call to withdraw, a
court acquittal (Mubarak; the 2011 killings of protesters are a charge, not a reported happening:
negative), ISIS oil income (the Abu Sayyaf and Mosul background are coded).

Run: python tests/data/events_r8b_source.py   (writes events_r8b.jsonl; the draw: events_round8_select.py)
Text licences: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed); ANT Apache-2.0.
Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r8b.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150724-00425"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرته",
        actor=("داعش", "تنظيم الدولة"),
        target=("قوات الجيش العراقي", "الجيش العراقي"),
        place=("مدينة الرمادي", "الرمادي", "محافظة الأنبار"),
        date="2015-07-19",
        also=("أكبر تقدم ميداني", "انسحاب قوات الجيش العراقي"),
    ),
]
F["snn-20150721-01631"] = [
    E(
        "Strategic developments/Looting/property destruction",
        "بتدمير",
        actor=("تنظيم داعش", "داعش"),
        target=("ملعب الرمادي الأولمبي", "الملعب الأولمبي"),
        place=("مدينة الرمادي", "الرمادي"),
        date="2015-07-19",
        also=("بتفجير الملعب",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "فرض سيطرته",
        actor=("تنظيم داعش", "داعش"),
        target=("القوات العراقية",),
        place=("منطقة الملعب", "الرمادي"),
        date="2015-07-19",
        also=("انسحاب القوات العراقية",),
    ),
]
F["snn-20150724-01735"] = [
    E(
        "Battles/Armed clash",
        "القضاء",
        target=("أبو سياف",),
        place=("شرق سوريا", "سوريا"),
        date="2015-05",
        status="historical",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرته",
        actor=("الدولة الإسلامية", "داعش"),
        place=("الموصل",),
        date="2014-06",
        status="historical",
        also=("بعد سيطرته على مدينة الموصل",),
    ),
]
F["snn-20150724-00403"] = [
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "خطفوا",
        target=("أربعة من مواطنيها", "المخطوفين", "موظفون في فرع شركة بوناتي"),
        place=("منطقة مليتة", "مليتة", "مجمّع مؤسسة إينى", "ليبيا"),
        also=("المخطوفين",),
    ),
]
F["snn-20150806-00721"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرة",
        actor=("المتمردين الحوثيين", "الحوثيين"),
        place=("مطار عدن", "عدن"),
        date="unknown",
        status="historical",
    ),
]
F["snn-20150809-00754"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "قتل",
        actor=("تنظيم داعش", "داعش", "التنظيم المتشدد", "مسلحو التنظيم"),
        target=("مسلحي جماعات منافسة", "جماعات منافسة", "موقع عسكري تابع لجماعة منافسة"),
        place=("قرية أم حوش", "أم حوش", "ريف حلب الشمالي", "حلب"),
        date="2015-08-09",
        fatalities=37,
        also=("هجوم شنه ليلا", "فجر نفسه", "سيطر مسلحو التنظيم", "اشتباكات عنيفة"),
    ),
]
F["snn-20150802-00115"] = [
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "باستهدافها",
        actor=("تركيا", "حكومة أنقرة"),
        target=("وحدات حماية الشعب", "مواقعنا", "القوات الكردية"),
        place=("سوريا",),
        date="2015-07",
        also=("استهدفت مواقعنا",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات",
        actor=("للطيران التركي", "الطيران التركي", "تركيا"),
        target=("قرويًا",),
        place=("قرية شمال شرقي أربيل", "أربيل", "إقليم كردستان"),
        date="2015-08-01",
        also=("القصف", "في القصف"),
    ),
]
F["snn-20150724-00030"] = [
    E(
        "Battles/Government regains territory",
        "تحرير",
        place=("عدن",),
        date="unknown",
        status="historical",
    ),
]
F["snn-20150810-01199"] = [
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "قتلوا",
        target=("سوق", "24 شخصا"),
        place=("بعقوبة", "مدينة بعقوبة"),
        date="2015-08-10",
        fatalities=24,
        also=("انفجرت سيارة ملغومة",),
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "قتلوا",
        at="سبعة اخرين",
        place=("بعقوبة", "شرقي المدينة"),
        date="2015-08-10",
        fatalities=7,
        also=("تفجير اخر",),
    ),
]
F["snn-20150724-00350"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "تحريره",
        actor=("المقاومة الشعبية", "مقاتلي المقاومة الشعبية"),
        target=("مسلحي الحوثي", "الحوثي", "القوات الموالية للرئيس المخلوع علي عبدالله صالح"),
        place=("مطار عدن الدولي", "مطار عدن", "عدن"),
        date="unknown",
        also=("طرد",),
    ),
]
F["snn-20150723-01247"] = [
    E(
        "Violence against civilians/Attack",
        "إعدام",
        actor=("داعش",),
        target=("فالديت غاشي", "غاشي", "بطل العالم مرتين في الملاكمة التايلاندية"),
        place=("مدينة منبج", "منبج"),
        fatalities=1,
        also=("يعدم",),
    ),
]
F["snn-20150802-00057"] = [
    E(
        "Battles/Armed clash",
        "معارك",
        actor=("المرأة", "المقاومة الشعبية", "حنان"),
        target=("الحوثيين", "قوات الرئيس السابق علي عبدالله صالح"),
        place=("جبل صبر", "تعز"),
        date="2015-08-01",
    ),
]
F["ant-JA-internationalNews-1248-20170619"] = [
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "أطلقت",
        actor=("ايران", "الحرس الثوري الإيراني", "الحرس الثوري"),
        target=("مواقع لتنظيم داعش", "داعش", "مسلحي التنظيم المتطرف"),
        place=("دير الزور", "سوريا"),
        also=("القصف", "هذا الهجوم"),
    ),
    E(
        "Violence against civilians/Attack",
        "الاعتداءات",
        actor=("التنظيم الإرهابي", "داعش"),
        target=("مجلس الشورى الايراني", "ضريح الامام الخميني"),
        place=("طهران",),
        date="2017-06-07",
        fatalities=17,
    ),
]
F["ant-JA-internationalNews-1131-20170610"] = [
    E(
        "Strategic developments/Other",
        "إطلاق سراحه",
        actor=('كتيبة " أبو بكر الصديق"', "أبو بكر الصديق", "الجيش الوطني الليبي", "الكتيبة"),
        target=("سيف الإسلام القذافي",),
        place=("مدينة الزنتان", "الزنتان"),
        date="2017-06-09",
        also=("هذه الخطوة",),
    ),
]
F["ant-JA-internationalNews-813-20170502"] = [
    E(
        "Diplomacy/Agreement",
        "اتفق",
        actor=("خليفة حفتر", "حفتر"),
        target=("فائز السراج", "السراج"),
        place=("أبوظبي", "العاصمة الإماراتية أبوظبي"),
        date="2017-05-02",
        also=("اتفقا", "جرى التوافق", "تم الاتفاق"),
    ),
    E(
        "Diplomacy/Meeting",
        "لقائهما",
        actor=("خليفة حفتر", "حفتر"),
        target=("فائز السراج", "السراج"),
        place=("أبوظبي", "العاصمة الإماراتية أبوظبي"),
        date="2017-05-02",
        also=("لقاء أبوظبي",),
    ),
]
F["ant-JA-internationalNews-233-20170211"] = [
    E(
        "Riots/Violent demonstration",
        "مواجهات",
        actor=("المتظاهرين", "متظاهرين موالين للزعيم الشيعي"),
        target=("القوات الامنية", "قوات الأمن"),
        place=('ساحة "التحرير"', "التحرير", "بغداد"),
        date="2017-02-11",
        fatalities=7,
        also=("سقوط قتلى", "القوّة المفرطة", "مقتل سبعة أشخاص", "صدامات"),
    ),
]
F["ant-JA-internationalNews-780-20170409"] = [
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "تفجير",
        actor=("داعش", 'تنظيم "داعش"'),
        target=("كنيستي مار جرجس", "مار جرجس", "المسيحيين"),
        place=("طنطا", "مدينة طنطا", "محافظة الغربية"),
        fatalities=25,
        also=("انفجار داخل كنيسة", "مقتل 25"),
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "فجر نفسه",
        actor=("داعش", "انتحاريا"),
        target=("الكنيسة المرقسية", "مار مرقس", "ضابطي شرطة"),
        place=("الإسكندرية",),
        fatalities=13,
        also=("الانفجارين", "ووقع الانفجار في الإسكندرية"),
    ),
]
F["ant-JA-internationalNews-81-23122016"] = [
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "اختطاف",
        actor=("خاطفا الطائرة",),
        target=('طائرة "ايرباص"', "118 شخصا"),
        place=("ليبيا", "مالطا"),
        date="2016-12-23",
        also=("باختطاف",),
    ),
]
F["ant-JA-internationalNews-399-20170302"] = []  # a court acquittal (Mubarak): no happening
F["ant-JA-internationalNews-136-20170201"] = [
    E(
        "Strategic developments/Arrests",
        "ألقت",
        actor=("الشرطة الايطالية",),
        target=("3 إيطاليين", "رجل وزوجته", "مسؤول عن شركة لبيع مروحيات"),
        date="2017-01-31",
        also=("تم إلقاء القبض",),
    ),
]

if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
