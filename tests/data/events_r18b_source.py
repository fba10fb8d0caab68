"""Source of tests/data/events_r18b.jsonl: the eighteenth blind event round, part r18b.

10 real articles (SaudiNewsNet politics 10, 1,513–2,415 characters): the lines of /work/brief/DRAW_r18.tsv
(the saved output of `python tests/data/events_round18_select.py`) whose first column is `r18b`
(selection = events_round18_select.py, seed 1818, part r18b). All 10 kept, none dropped; 22 events; one
negative (snn-20150721-02449). Annotated by reading only (2026-11-29): the event coder was never run on
these articles and no coder output was read. Same format and guidelines as events_dev_source.py and
events_fresh_source.py (docs/events.md § Dev set); `build()` comes from events_dev_source.py (SaudiNewsNet
articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or a 60-character
passage with any tests/data/events_*.jsonl text committed before this round. Same happenings in other
words: the Gaza car bombs of 19 July and Hamas's arrests of Salafis (r8a snn-20150721-01637, which dates
the arrests "unknown"), the liberation of Aden (many rounds), ISIS's mass executions in Mosul/Nineveh
(r14a's 2,000).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r16c_source.py):
- Sanaa/al-Dhale round-up (snn-20150808-01205): the night clashes in al-Jahouri and al-Hasaba between the
  Resistance and the Houthis → *Armed clash*; «قصفت قوات التحالف مقرات الحوثي في أكثر من موقع» with ten
  dead → *Air/drone strike* (the coalition's «قصف» in Yemen is from the air), no place (the text names
  only «أكثر من موقع»; ambiguous: the paragraph is about Sanaa), 10 dead; «نجح الجيش الوطني والمقاومة
  الشعبية في السيطرة على مدينة قعطبة» → *Government regains territory* (army named with the Resistance,
  as r15c/r16c), the Houthi withdrawal «انسحبوا من منطقة قعطبة» its mention; the «معارك عنيفة تدور» in
  Zinjibar → *Armed clash*, and «يجري تطهير مواقع» in Karish/Aqqan → *Armed clash* (an ongoing clearing
  fight, as r16b's «يجري تصفيتها»; no actor named); all publication date. Not coded: the expected advance
  on Yarim, al-Rahida and al-Hawban, the reinforcements reaching Jaar «أمس الاول الخميس» (a deployment,
  as r16c), weapons stored in charities, the Houthis' seizure of opponents' hospitals «في الأيام الماضية»
  (in a relative clause; ambiguous: *Looting/property destruction*), the four-month siege;
- al-Zayani–Bahah (snn-20150810-00253): «لدى استقبال … بحاح … الليلة الماضية في الرياض» → *Meeting*
  2015-08-09; the liberation of Aden named as background («أسهم في تحرير محافظة عدن») → *Government regains
  territory*, reported, date "unknown", no actor (as r16b/r16c); the vague «نجاحات عسكرية … في محافظتي
  عدن ولحج», the relief operations and the Security Council resolution are not coded;
- Anbar (snn-20150806-02043): the security forces' arrest of dozens (76) of ISIS members leaving Ramadi and
  Fallujah → one *Arrests*; the four ISIS members killed by a coalition strike in al-Buaitha → *Air/drone
  strike* (the killing first, the strike its `also`), 4 dead; ISIS's execution of about 2,000 Nineveh
  citizens → *Violence against civilians/Attack*, 2,000 dead, publication date (as r14a's 2,000 Mosul
  executions; ambiguous: a tally over a year). Not coded: the continuing strikes on ISIS gatherings
  (habit), the safe corridors, the planned second phase and the cordon, the 1,500 schools destroyed
  (tally), Britain's extension of its air-strike participation (policy) and the Tornados' «مئات الضربات»;
- Baghdad summit (snn-20150721-02560): the Islamic parliaments' summit in Baghdad → *Diplomacy/Meeting*,
  planned, date "unknown" (ambiguous: Iraq fears it will be moved); the new Iraqi F-16s' first raids on
  ISIS → *Air/drone strike*, date "unknown" and no place (the text says the statement gave neither);
  al-Jubouri's request to Jordan, the MPs' questions and the F-16 delivery «الأسبوع الماضي» (a purchase,
  not aid) are not coded;
- Gaza (snn-20150722-00769): the near-simultaneous blasts that destroyed five cars of Hamas and Islamic
  Jihad activists «الاحد» → *Remote explosive/landmine/IED* 2015-07-19, no actor (none claimed; the
  ministry's «صباح السبت» read as a slip), and Hamas's arrest of Salafi activists «بعد ساعات» → *Arrests*
  2015-07-19 (ambiguous: the text dates the statement «امس», 2015-07-21, not the arrests; r8a left them
  "unknown"), the ministry's «تم ايقاف عناصر» its mention;
- Bahrain cell (snn-20150731-00266): the 2011 Pearl Roundabout events → *Protests/Peaceful protest*,
  historical, 2011 (ambiguous: «عملية» may mean the crackdown); the arrests of Mahdi, Abbas and the five
  announced «الجمعة الماضية» → one *Arrests* 2015-07-24 (an announcement dated by the text dates what it
  announces, as fresh); the foiled sea smuggling of explosives → *Disrupted weapons use* 2015-07-24; the
  recall of the ambassador to Tehran «في اليوم نفسه» → *Diplomacy/Sanction* 2015-07-24, no place (as
  r11a's downgrades). Not coded: «الهجمات الإرهابية الأخيرة» (no type, place below Bahrain or day), the
  IRGC training (ongoing), the life sentences (a court step), Mahdi's trips;
- Le Drian in Cairo (snn-20150726-00819): Mahlab's meeting «يوم السبت» → *Meeting* 2015-07-25 («وبحث محلب
  مع وزير الدفاع الفرنسي» its mention) and the visit «يزور القاهرة حاليا» → *Visit* 2015-07-25 (as r16a's
  visit dated by its meeting); the Rafale and frigate deliveries (sales) and «الهجمات الأخيرة» in France,
  Kuwait, Tunisia and Egypt (named in a quote with no type or day; ambiguous) are not coded;
- Raqqa (snn-20150724-00356): only Tal Abyad «التي سيطر عليها المقاتلون الاكراد اخيرا» → *Non-state actor
  overtakes territory*, reported, date "unknown", no target named. Not coded: ISIS's internet ban
  (policy), the raids and searches of internet cafés (ambiguous: *Strategic developments/Other*), the
  2014 proclamation of the caliphate;
- the Eid column (snn-20150723-00907): the 2014 Eid strike on children at al-Shati camp («مجزرة غزة»,
  «بغارة») → *Air/drone strike*, historical, 2014 (ambiguous: an opinion column; kept because it narrates
  a concrete strike with place and actor, unlike the rhetoric of r15a's negative snn-20150722-00490).
  Not coded: the 2014 war tally (551 children), the child's memory of a house shelled, the Eid relief
  campaign (ambiguous: *Diplomacy/Aid* by unnamed bodies).

Negative: snn-20150721-02449 (an expert's interview: AQAP's habitual bank robberies and seizures, the
Houthi coup and the Saudi-led operations as background, no dated happening).

Run: python tests/data/events_r18b_source.py            (writes events_r18b.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

HERE = Path(__file__).parent
OUT = HERE / "events_r18b.jsonl"

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150808-01205"] = [
    E(
        "Battles/Armed clash",
        "اشتباكات",
        actor=("المقاومة الشعبية",),
        target=("جماعة الحوثيين", "الحوثيين"),
        place=("حي الجهوري", "الحصبة", "العاصمة صنعاء", "صنعاء"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصفت",
        actor=("قوات التحالف", "التحالف"),
        target=("مقرات الحوثي", "الحوثي"),
        fatalities=10,
    ),
    E(
        "Battles/Government regains territory",
        "السيطرة",
        at="نجح الجيش",
        actor=("الجيش الوطني", "المقاومة الشعبية"),
        target=("الحوثيين", "الحوثية"),
        place=("مدينة قعطبة", "قعطبة", "محافظة الضالع", "الضالع"),
        also=("انسحبوا من منطقة قعطبة",),
    ),
    E(
        "Battles/Armed clash",
        "معارك",
        at="مبينة بأن",
        actor=("المقاومة", "الجيش الوطني"),
        target=("الحوثيين",),
        place=("مديريات زنجبار", "زنجبار", "محافظة أبين", "أبين"),
    ),
    E(
        "Battles/Armed clash",
        "تطهير",
        at="إنه يجري",
        place=("كرش", "عقان"),
    ),
]
F["snn-20150810-00253"] = [
    E(
        "Diplomacy/Meeting",
        "استقبال",
        actor=("الزياني", "عبد اللطيف الزياني"),
        target=("خالد محفوظ بحاح", "بحاح"),
        place=("الرياض",),
        date="2015-08-09",
    ),
    E(
        "Battles/Government regains territory",
        "تحرير",
        at="أسهم في",
        place=("محافظة عدن", "عدن"),
        date="unknown",
        also=("أن تحرير محافظة عدن", "أصبحت عدن خالية"),
    ),
]
F["snn-20150806-02043"] = [
    E(
        "Strategic developments/Arrests",
        "اعتقلت",
        actor=("القوات الأمنية",),
        target=("عناصر التنظيم", "76 عنصرا من التنظيم"),
        place=("مدينة الرمادي", "الرمادي", "الفلوجة"),
        also=("قبضت القوات الأمنية",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "مقتل",
        at="أعلن قائد",
        actor=("طيران التحالف الدولي", "التحالف الدولي"),
        target=("إرهابيي داعش", "داعش", "وكرا للتنظيم"),
        place=("منطقة البوعيثة", "البوعيثة", "شرق الرمادي", "الرمادي"),
        fatalities=4,
        also=("بضربة جوية",),
    ),
    E(
        "Violence against civilians/Attack",
        "أعدموا",
        actor=("الدواعش",),
        target=("ألفي مواطن", "مواطن", "أبناء محافظة نينوى"),
        place=("محافظة نينوى", "نينوى", "الموصل"),
        fatalities=2000,
    ),
]
F["snn-20150721-02560"] = [
    E(
        "Diplomacy/Meeting",
        "قمة",
        actor=("البرلمانات الإسلامية",),
        place=("بغداد",),
        date="unknown",
        status="planned",
        also=("قمة البرلمانات الإسلامية في بغداد والتي",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "الغارات",
        at="التي نفذت",
        actor=("العراق", "طائرات الـ«إف 16»", "طائرات «إف 16»"),
        target=("تنظيم داعش", "داعش"),
        date="unknown",
        also=("نفذت أولى غاراتها",),
    ),
]
F["snn-20150722-00769"] = [
    E(
        "Strategic developments/Arrests",
        "اعتقلت",
        actor=("اجهزة الامن التابعة لحماس", "حماس", "سلطات حماس"),
        target=("نشطاء الجماعات السلفية", "الجماعات السلفية", "الدعاة السلفيين"),
        place=("غزة",),
        date="2015-07-19",
        also=("باعتقال عدد من الدعاة", "تم ايقاف عناصر"),
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "تفجيرات",
        target=("سيارات ناشطين", "ناشطين في حركتي حماس والجهاد الاسلامي", "حماس", "الجهاد الاسلامي"),
        place=("شمال مدينة غزة", "مدينة غزة", "غزة"),
        date="2015-07-19",
        also=("التفجيرات الاخيرة", "التفجيرات شبه المتزامنة"),
    ),
]
F["snn-20150731-00266"] = [
    E(
        "Protests/Peaceful protest",
        "دوار اللؤلؤة",
        place=("دوار اللؤلؤة", "دوار مجلس التعاون", "اللؤلؤة"),
        date="2011",
        status="historical",
        also=("أحداث دوار مجلس التعاون",),
    ),
    E(
        "Strategic developments/Arrests",
        "القبض",
        at="وحتى لحظة",
        actor=("المنامة", "دوريات خفر السواحل", "دورية خفر السواحل"),
        target=("مهدي", "مهدي صباح عبد المحسن", "عباس عبد الحسين", "خمسة أشخاص"),
        place=("البحرين",),
        date="2015-07-24",
        also=("قبض عليه بعد مطاردة", "توقيف خمسة أشخاص"),
    ),
    E(
        "Strategic developments/Disrupted weapons use",
        "إحباط",
        actor=("المنامة",),
        place=("البحرين",),
        date="2015-07-24",
    ),
    E(
        "Diplomacy/Sanction",
        "استدعت",
        actor=("المنامة",),
        target=("طهران",),
        date="2015-07-24",
    ),
]
F["snn-20150726-00819"] = [
    E(
        "Diplomacy/Meeting",
        "التقى",
        actor=("إبراهيم محلب", "محلب"),
        target=("جان ايف لودريان", "وزير الدفاع الفرنسي"),
        place=("القاهرة",),
        date="2015-07-25",
        also=("وبحث محلب",),
    ),
    E(
        "Diplomacy/Visit",
        "يزور",
        actor=("جان ايف لودريان", "وزير الدفاع الفرنسي"),
        place=("القاهرة",),
        date="2015-07-25",
    ),
]
F["snn-20150724-00356"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطر عليها",
        actor=("المقاتلون الاكراد",),
        place=("مدينة تل ابيض", "تل ابيض"),
        date="unknown",
    ),
]
F["snn-20150723-00907"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "مجزرة",
        actor=("الاحتلال الإسرائيلي", "إسرائيل"),
        target=("مجموعة من الأطفال", "الأطفال"),
        place=("مخيم الشاطئ", "غرب مدينة غزة", "مدينة غزة", "غزة"),
        date="2014",
        status="historical",
        also=("بغارة",),
    ),
]
F["snn-20150721-02449"] = []


if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
