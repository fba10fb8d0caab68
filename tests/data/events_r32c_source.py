"""Source of tests/data/events_r32c.jsonl: the thirty-second blind event round, part r32c.

10 real articles (SaudiNewsNet politics, 1,564–2,394 characters): the lines of /work/brief/DRAW_r32.tsv
(the saved output of `python tests/data/events_round32_select.py`) whose first column is `r32c`
(selection = events_round32_select.py, seed 3232, part r32c). All 10 kept, none dropped; 1 of them
reports no event (negative). Annotated by reading only (2026-11-29): the event coder was never run on
these articles and no coder output was read. Same format and guidelines as events_dev_source.py and
events_fresh_source.py (docs/events.md § Dev set); `build()` comes from events_dev_source.py
(SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three 12-word
runs with an article of another tests/data/events_*.jsonl set (checked at 09:35 UTC). Same happenings in
other words: the liberation of Aden (many rounds), the al-Jufaina strikes in Marib (an earlier round).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r30c_source.py):
- Taiz/Marib/Shabwa: the army's «السيطرة الكاملة» on Mashra'a and Hadnan → *Government regains
  territory* (the Sad al-Fajra site its `also`; the 145 «بين قتيل وجريح» and 11 captured not coded);
  the Jabal Habashi front «التي تخوض معارك» → *Armed clash*, no actor (ambiguous: a front's ongoing
  fighting); the coalition planes striking al-Jufaina → *Air/drone strike*, 25 dead; the Popular
  Resistance taking Houthi positions in the Green Zone → *Non-state actor overtakes territory*; the Bayhan
  battles → *Armed clash* (dozens dead, no number); «تقدم» of fronts, air cover and support not coded;
- US court (ISIS supporter): court steps are not coded (as r17a/r22a/r23b); Nader Saadeh's arrest in
  Jordan → *Arrests* 2015-05 (the aggregate «تم اعتقالهم» of four New York suspects its `also`;
  ambiguous), his brother's arrest → *Arrests* 2015-06-29, Munther Saleh's → *Arrests*, "unknown"
  (his attempted stabbing of an FBI agent not coded separately; ambiguous); the killing of the pilot
  al-Kasasbeh and the Charlie Hebdo attack (named as what he justified) → two historical *Violence
  against civilians/Attack*; the Senate briefing and the travel plans are not coded;
- Iraq bombings («الثلاثاء» = 2015-07-21): one event per place — the Baghdad al-Jadida market car bomb
  (*Remote explosive/landmine/IED*, 19 dead; the aggregate «سلسلة تفجيرات» its first mention), the
  Zafaraniya car bomb (*IED*, 4), the Tarmiya checkpoint car bomb driven by a suicide bomber (*Suicide
  bomb*, 3), the Mandali car bomb (*IED*, 4); the Khan Bani Saad suicide bombing «الجمعة» → *Suicide
  bomb* 2015-07-17, 90 dead; the liberation of Diyala announced «في يناير» → *Government regains
  territory*, historical, 2015-01;
- Syrian opposition: Khoja's re-election and the coalition's Istanbul session (internal) are not coded
  (ambiguous); Jaish al-Fath's capture of Idlib and ISIS's capture of Palmyra → two *Non-state actor
  overtakes territory*, historical, "unknown";
- Aden security: the Saudi air bridge of KSRelief → *Diplomacy/Aid*; the militias' destruction of state
  institutions in Aden → *Looting/property destruction*, "unknown" (ambiguous: war damage; «بتدمير مدينة
  عدن» its `also`); the liberation of Aden → *Government regains territory*, "unknown"; the police
  taking over positions (ambiguous: *Non-violent transfer of territory*) and the mine clearing are not coded;
- Maliki (statements): ISIS's capture of Mosul → *Non-state actor overtakes territory*, historical,
  "unknown"; «تحرير مدينة عدن من أيدي الحوثيين» → *Government regains territory*, "unknown"; Saudi
  participation in Decisive Storm (a campaign) and the condemnations are not coded;
- UAE in Aden: the battalion's arrival and the denied landing are deployments, not coded (as r21a/r23b);
  the agreement with Jordan to receive the wounded → *Diplomacy/Agreement*, no actor named; the «قصف
  شنيع» of Crater, Tawahi, Khormaksar and Mualla by Houthi–Saleh forces → one historical *Shelling/
  artillery/missile attack*, "unknown", the four districts accepted as place (ambiguous); the advance
  beyond al-Anad (vague) is not coded;
- «آخر إبداعات عفَّاش» (negative, opinion): the GCC initiative, Decisive Storm and Saleh's interview are
  named in passing, not coded;
- Iraq–Kuwait: the invasion of 2 August 1990 → *Non-state actor overtakes territory*, historical
  (as r28's dated invasion), the two later «غزو» its `also`; the sanctions («حصارا اقتصاديا»,
  «العقوبات») → *Diplomacy/Sanction*, historical, "unknown"; the former regime's killing of most of
  the missing → *Violence against civilians/Attack*, historical, "unknown" (ambiguous); Kuwait postponing
  its compensation at Baghdad's request «أخيرا» → *Diplomacy/Agreement*, publication date (ambiguous);
  the 2003 US occupation (as r23c/r27a), the 1991 coalition and the UN committees are not coded;
- Aden youths: «بعد تحريرها من المتمردين» → *Government regains territory*, "unknown"; the artillery
  shelling of the Dar Saad cables → *Shelling/artillery/missile attack*, historical, "unknown"; WFP
  starting food distribution to 340,000 people → *Diplomacy/Aid*; the governor's meeting with officials
  is a domestic government meeting (not coded, as r18a).

Run: python tests/data/events_r32c_source.py   (writes events_r32c.jsonl)
Text licences: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r32c.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150802-01169"] = [
    E(
        "Battles/Government regains territory",
        "السيطرة الكاملة",
        actor=("الجيش الوطني", "المقاومة"),
        target=("ميليشيات الحوثي", "الحوثي"),
        place=("مديريتي مشرعة وحدنان", "مشرعة", "حدنان", "جبل صبر", "تعز"),
        also=("السيطرة على موقع سد الفجرة",),
    ),
    E(
        "Battles/Armed clash",
        "معارك",
        at="جبهة جبل حبشي",
        place=("جبل حبشي",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "ضرب أهداف عسكرية",
        actor=("طائرات التحالف العربي", "التحالف العربي"),
        target=("مسلحا حوثيا", "للحوثي", "الحوثي"),
        place=("منطقة الجفينة", "الجفينة", "مأرب"),
        fatalities=25,
        also=("مصرعهم",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرت",
        actor=("المقاومة الشعبية",),
        target=("للحوثيين", "الحوثيين"),
        place=("المنطقة الخضراء", "لحج", "عدن"),
    ),
    E(
        "Battles/Armed clash",
        "معارك عنيفة",
        actor=("الجيش الوطني",),
        target=("ميليشيات الحوثي الانقلابية", "ميليشيات الحوثي", "الحوثيين"),
        place=("مديرية بيحان", "بيحان", "شبوة"),
        also=("مقتل العشرات", "تدمير بعض تعزيزاتهم"),
    ),
]
F["snn-20150811-01183"] = [
    E(
        "Strategic developments/Arrests",
        "اعتقل",
        at="الا ان سعادة",
        target=("سعادة", "نادر سعادة"),
        place=("الاردن",),
        date="2015-05",
        also=("تم اعتقالهم",),
    ),
    E(
        "Strategic developments/Arrests",
        "اعتقل",
        at="وفي نيو جيرزي، ",
        target=("علاء سعادة",),
        place=("نيو جيرزي",),
        date="2015-06-29",
    ),
    E(
        "Strategic developments/Arrests",
        "فاعتقل",
        target=("منذر صالح",),
        place=("نيويورك",),
        date="unknown",
    ),
    E(
        "Violence against civilians/Attack",
        "قتل",
        at="السلوك المتطرف",
        actor=("تنظيم الدولة الاسلامية", "للجهاديين"),
        target=("الطيار الاردني معاذ الكساسبة", "معاذ الكساسبة", "الطيار الاردني"),
        date="unknown",
        status="historical",
        fatalities=1,
    ),
    E(
        "Violence against civilians/Attack",
        "الهجوم",
        at="معاذ الكساسبة",
        target=("صحيفة شارلي ايبدو الفرنسية", "شارلي ايبدو"),
        date="2015-01",
        status="historical",
    ),
]
F["snn-20150723-00608"] = [
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "تفجير سيارة مفخخة",
        actor=("تنظيم داعش", "التنظيم", "داعش"),
        target=("سوقا شعبية",),
        place=("منطقة بغداد الجديدة", "بغداد الجديدة", "بغداد"),
        date="2015-07-21",
        fatalities=19,
        also=("سلسلة تفجيرات", "للتفجير الذي استهدف سوقا"),
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "انفجرت سيارة مفخخة",
        actor=("التنظيم", "تنظيم داعش"),
        place=("الزعفرانية",),
        date="2015-07-21",
        fatalities=4,
        also=("تفجير سيارة مفخخة في منطقة الزعفرانية",),
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "تفجير سيارة مفخخة يقودها انتحاري",
        target=("عناصر من الجيش والشرطة", "نقطة تفتيش"),
        place=("منطقة الطارمية", "الطارمية"),
        date="2015-07-21",
        fatalities=3,
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "تفجير سيارة مفخخة في بلدة مندلي",
        place=("بلدة مندلي", "مندلي", "ديالى"),
        date="2015-07-21",
        fatalities=4,
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "تفجير انتحاري ضخم",
        actor=("التنظيم", "تنظيم داعش"),
        place=("منطقة خان بني سعد", "خان بني سعد", "ديالى"),
        date="2015-07-17",
        fatalities=90,
        also=("هذا التفجير الذي تبناه التنظيم",),
    ),
    E(
        "Battles/Government regains territory",
        "تحرير",
        at="وكانت السلطات",
        actor=("السلطات العراقية",),
        target=("تنظيم داعش", "داعش"),
        place=("محافظة ديالى", "ديالى"),
        date="2015-01",
        status="historical",
    ),
]
F["snn-20150804-00825"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرته",
        actor=("جيش الفتح",),
        place=("منطقة إدلب", "إدلب"),
        date="unknown",
        status="historical",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "فقدانها السيطرة",
        actor=("تنظيم داعش", "داعش"),
        target=("قوات الأسد",),
        place=("مدينة تدمُر", "تدمُر"),
        date="unknown",
        status="historical",
    ),
]
F["snn-20150810-01468"] = [
    E(
        "Diplomacy/Aid",
        "الجسر الجوي الإغاثي السعودي",
        actor=("مركز الملك سلمان للإغاثة الإنسانية", "السعودي"),
        target=("الشعب اليمني",),
        place=("عدن",),
    ),
    E(
        "Strategic developments/Looting/property destruction",
        "دمرت",
        actor=("مليشيات مرتزقة", "الحوثيين", "قوات المخلوع صالح"),
        target=("المؤسسات الرسمية", "البنية التحتية"),
        place=("عدن",),
        date="unknown",
        also=("بتدمير مدينة عدن",),
    ),
    E(
        "Battles/Government regains territory",
        "تحرير عدن",
        actor=("التحالف العربي",),
        place=("عدن",),
        date="unknown",
    ),
]
F["snn-20150724-01237"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "السيطرة",
        at="تسهيل المهمة",
        actor=("تنظيم داعش", "داعش"),
        place=("مدينة الموصل", "الموصل"),
        date="unknown",
        status="historical",
    ),
    E(
        "Battles/Government regains territory",
        "تحرير مدينة عدن",
        target=("الحوثيين",),
        place=("مدينة عدن", "عدن"),
        date="unknown",
    ),
]
F["snn-20150804-00749"] = [
    E(
        "Diplomacy/Agreement",
        "الاتفاق",
        target=("مملكة الأردن", "الأردن"),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصف شنيع",
        actor=("قوات الحوثي وصالح",),
        place=("مديرية كريتر", "كريتر", "التواهي", "خورمكسر", "المعلا"),
        date="unknown",
        status="historical",
        also=("قصف منازلهم",),
    ),
]
F["snn-20150806-02945"] = []  # opinion on Saleh: the GCC initiative and Decisive Storm named in passing
F["snn-20150802-00808"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "غزو",
        actor=("النظام العراقي السابق",),
        place=("الكويت",),
        date="1990-08-02",
        status="historical",
        also=("غزو الكويت", "غزو النظام السابق الكويت"),
    ),
    E(
        "Diplomacy/Sanction",
        "حصارا اقتصاديا",
        target=("الشعب العراقي", "العراق"),
        date="unknown",
        status="historical",
        also=("العقوبات الاقتصادية",),
    ),
    E(
        "Violence against civilians/Attack",
        "تصفيتهم",
        actor=("النظام السابق",),
        target=("المفقودين",),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Agreement",
        "تأجيل",
        actor=("الكويت",),
        target=("بغداد",),
    ),
]
F["snn-20150802-00161"] = [
    E(
        "Battles/Government regains territory",
        "تحريرها",
        target=("المتمردين",),
        place=("عدن",),
        date="unknown",
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصف مدفعي",
        actor=("ميليشيات الحوثي وصالح", "ميليشيات الحوثي"),
        target=("كابلات",),
        place=("مدينة دار سعد", "دار سعد"),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Aid",
        "توزيع مساعدات غذائية",
        actor=("برنامج الأغذية العالمي",),
        target=("نحو 340 ألف شخص", "340 ألف شخص"),
        place=("محافظة عدن", "عدن"),
    ),
]


if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
