"""Source of tests/data/events_r31a.jsonl: the thirty-first blind event round, part r31a.

10 real articles (SaudiNewsNet politics, 1,558–2,469 characters): the lines of /work/brief/DRAW_r31.tsv
(the saved output of `python tests/data/events_round31_select.py`) whose first column is `r31a`
(selection = events_round31_select.py, seed 3131, part r31a). All 10 kept, none dropped; none is a
negative (every article names at least one happening, some only in passing). Annotated by reading only
(2026-11-29): the event coder was never run on these articles and no coder output was read. Same format
and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set); `build()`
comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or five word
8-grams with an article of another tests/data/events_*.jsonl set (checked at 09:30 UTC). Same happenings
in other words: the Asir (Emergency Forces) mosque bombing and al-Qudaih/al-Anoud (r12b, r21b, r25a,
r30b), the liberation of Aden (many rounds), Carter's Baghdad and Erbil trip (dev, r20b, r25a), the
Iranian nuclear deal (r15b, r16a, r19c …), the Resistance's advance on al-Hawta (r22a, r30b).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r30c_source.py):
- Zarif/Salehi/Hamas (00166): the nuclear deal («الاتفاق», after «مفاوضات فيينا») → *Diplomacy/
  Agreement*, date "unknown" (as r15b/r19c/r25a); Khaled Meshaal's visit to Tehran, «لم يحدد موعد لها» →
  *Diplomacy/Visit*, planned, date "unknown"; the Hamas–Iran meetings «متواصلة … لقاءات عقدت … داخل طهران
  وخارجها» are continuing, undated and unplaced (not coded, as r23a's continuing meetings; ambiguous);
  Zarif's session on the JCPOA (domestic), the Iran–Iraq war and the statements are not coded;
- SNHR Eid toll (00078): the report's tallies (157, 143, 4, 2, 3, 5 dead) are aggregates, not coded; the
  regime barrel-bomb strike on al-Kalasa (Aleppo) → *Air/drone strike* (barrel bombs, as r27c), dated
  2015-07-19 from «يوم، الأحد» (ambiguous: «أمس» in the same story would be 2015-07-20 for a Tuesday
  article; the names were published on Sunday after the deaths); the four victims are listed by name,
  no number is given, so no fatalities; the pro-regime channel's version («مسلحين قاموا بتصفية مدنيين») is
  a false claim about the same deaths, not coded apart;
- Abha column (00400, opinion): the Emergency Forces mosque bombing «يوم الخميس» → *Remote explosive/
  landmine/IED* 2015-08-06 (as r30b; the text names no weapon), ISIS's followers as actor; al-Qudaih
  and al-Anoud («وقبل ذلك في مسجدي القديح والعنود») → two historical *Remote explosive*, date "unknown"
  (as r30b); the generic attacks on mosques and the hoped-for coalition are not coded;
- Saqqaf/OHCHR (02172): the coalition's mine sweepers for the Resistance → *Diplomacy/Aid* (as r14a's
  arms supply; ambiguous), date "unknown" (before the advance); the advance towards al-Hawta «أول من
  أمس» → *Armed clash* 2015-08-04 (as the dev set's «تقدم»); al-Ghulail (Aden) on 19 July, 95 dead →
  *Shelling/artillery/missile attack*, the Houthi popular committees' mortar attacks on 14 homes in the
  next clause its mention and actor (ambiguous: could be a separate, undated attack); the two residential
  compounds in Taiz (al-Mokha power plant) hit «بتسعة صواريخ» on 24 July, 73 dead → *Shelling/artillery/
  missile attack*, no actor (the source is unverified; ambiguous: an air strike in fact); the mine laying
  (a plan, no blast: as r11a), the mine clearing (as r30a), the preparation to storm Taiz, OHCHR's
  concern and the 1,916-dead tally are not coded;
- Aden IDPs (01020): the announced liberation of Aden → *Government regains territory*, "unknown", no
  actor (as r30a); the battles in Khor Maksar «في أبريل الماضي» → *Armed clash* 2015-04, historical;
  «فترة الاحتلال الحوثي» → *Non-state actor overtakes territory*, historical, "unknown" (as r30c); the
  rebels' assault on traders and seizure of their goods, and the Houthi gangs' demolishing and burning
  of homes → two *Looting/property destruction*, historical, "unknown"; the «عدد من حوادث استهداف
  حافلات» (several undated incidents, a habit «لا تتردد») and the displacement are not coded (ambiguous);
- Houthi executions (02525): the Houthis seizing their own fighters who tried to surrender → *Arrests*;
  their execution by Saleh's southern men → *Violence against civilians/Attack* (prisoners, as r25c),
  no number, the Resistance's denial of «عمليات تصفية للأسرى» a mention of it; the arrest of the men
  accused of the recordings → *Arrests*, no actor; the exchange of Houthi prisoners for Resistance ones →
  *Strategic developments/Agreement* (as fresh), "unknown"; the continuing detention and the Houthis'
  treatment of prisoners (a practice) are not coded;
- negotiations column (00083, opinion): the current round of the Libyan dialogue hosted by Geneva →
  *Diplomacy/Talks*, publication date; the Yemeni and Syrian Geneva negotiations «بكل جولاتها» → two
  historical *Talks*, date "unknown" (as r21b; one trigger); the UN's Skhirat effort (the same process,
  ongoing), Berri's offer to host, the IRA/ETA wars and the Syrian conflict are not coded;
- Aden/Abyan/Marib (00398): the Resistance's full control of al-Maashiq → *Non-state actor overtakes
  territory*, publication date; its taking of positions in Lawdar «يوم الأربعاء» → a second takeover
  2015-07-22 (battles, advance and «هجمات مستمرة» its mentions); the tribesmen taking al-Qarnain and
  al-Sabaha (al-Jadaan, Marib) → takeover, publication date; the Resistance's attack on the Houthi
  convoy in al-Rahida (Taiz) → *Armed clash*; the coalition's Wednesday raids → one *Air/drone strike*
  per province (as r23a): Abyan (Shaqra; the aggregate «سلسلة من الغارات الجوية» its first mention),
  Hajjah (Aham triangle, with al-Qafl on the border), Saada (the Amran–Saada road, Shada triangle), the
  Hodeidah–Sanaa road, al-Bayda (al-Qanthaa, Numan) and al-A'roush (Marib–Khawlan road), all
  2015-07-22 (ambiguous: r27c coded such a series as one event);
- Riyadh conference (00270): the conference «بدأت اليوم» → *Diplomacy/Meeting*, publication date (the text
  is the May 2015 conference re-published: its date is the corpus's); the call to extend the truce,
  Hadi's promises, Decisive Storm (as r26a/r27b) and the militias' siege are not coded;
- Maliki/Carter/Fallujah (00390): Carter's arrival in Erbil «أمس الجمعة» → *Visit* 2015-07-24 and his
  meeting with Barzani → *Meeting* 2015-07-24 (the photo caption «اجتماعه» its first mention); his visit
  to Baghdad «الخميس» → *Visit* 2015-07-23 and its meetings with al-Abadi, al-Jabouri and al-Obeidi →
  one *Meeting* 2015-07-23 (as r30a); the likely trip to Turkey → *Visit*, planned; ISIS's execution of
  23 (22 soldiers and a civilian) in Fallujah «مساء أمس الاول الخميس» → *Violence against civilians/
  Attack* 2015-07-23, 23 dead; the Garma battles in which they were captured → *Armed clash*,
  historical, "unknown"; the Sunni alliance's condemnation of al-Maliki, the 100,000 human shields (a
  state) and the threats are not coded.

Run: python tests/data/events_r31a_source.py            (writes events_r31a.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r31a.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150810-00166"] = [
    E(
        "Diplomacy/Agreement",
        "الاتفاق",
        actor=("إيران", "الإيرانية"),
        date="unknown",
    ),
    E(
        "Diplomacy/Visit",
        "زيارة",
        at="وبشأن",
        actor=("خالد مشعل", "مشعل", "حماس"),
        place=("طهران",),
        date="unknown",
        status="planned",
        also=("هذه الزيارة", "لزيارة طهران"),
    ),
]

F["snn-20150721-00078"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصف",
        at="حولت شهداء",
        actor=("طيران النظام", "النظام", "الطائرات النظامية"),
        target=("شهداء", "المدنيين", "مدنيين"),
        place=("حي الكلاسة", "الكلاسة", "حلب"),
        date="2015-07-19",
        also=("قصف الطائرات النظامية",),
    ),
]

F["snn-20150808-00400"] = [
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "قتل المسلمين غيلة",
        actor=("أتباعه", "داعش", "تنظيم إجرامي"),
        target=("المسلمين", "المصلين"),
        place=("مسجد قوات الطوارئ", "أبها"),
        date="2015-08-06",
        also=("كما حدث",),
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "القديح",
        actor=("أتباعه", "داعش"),
        place=("القديح",),
        date="unknown",
        status="historical",
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "العنود",
        actor=("أتباعه", "داعش"),
        place=("العنود",),
        date="unknown",
        status="historical",
    ),
]

F["snn-20150806-02172"] = [
    E(
        "Diplomacy/Aid",
        "أمدت",
        actor=("قوات التحالف العربي", "التحالف العربي", "المملكة"),
        target=("المقاومة الشعبية",),
        date="unknown",
    ),
    E(
        "Battles/Armed clash",
        "التقدم",
        actor=("المقاومة الشعبية", "للثوار"),
        place=("مدينة الحوطة", "الحوطة", "محافظة لحج", "لحج"),
        date="2015-08-04",
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "سقط",
        at="المناطق السكنية، حيث",
        actor=("اللجان الشعبية للحوثيين", "اللجان الشعبية"),
        place=("منطقة الغليل", "الغليل", "عدن"),
        date="2015-07-19",
        fatalities=95,
        also=("هجمات من قبل اللجان الشعبية",),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قتل",
        at="24 يوليو الماضي",
        target=("اثنين من المجمعات السكنية", "المجمعات السكنية", "مدنيا"),
        place=("تعز", "محطة المخا البخارية"),
        date="2015-07-24",
        fatalities=73,
        also=("ضرب اثنين", "ضُربت بتسعة صواريخ"),
    ),
]

F["snn-20150725-01020"] = [
    E(
        "Battles/Government regains territory",
        "تحرير",
        at="إعلان السلطات اليمنية",
        place=("مدينة عدن", "عدن"),
        date="unknown",
    ),
    E(
        "Battles/Armed clash",
        "المعارك",
        at="فقدت ابنها",
        place=("مدينة خور مكسر", "خور مكسر"),
        date="2015-04",
        status="historical",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "الاحتلال الحوثي",
        actor=("الحوثي",),
        place=("مدينة عدن", "عدن"),
        date="unknown",
        status="historical",
    ),
    E(
        "Strategic developments/Looting/property destruction",
        "اعتدت",
        actor=("عناصر التمرد",),
        target=("تجار",),
        place=("مدينة عدن", "عدن"),
        date="unknown",
        status="historical",
        also=("صادرت جزءا",),
    ),
    E(
        "Strategic developments/Looting/property destruction",
        "هدمت",
        actor=("عصابات الإجرام الحوثية", "الحوثية"),
        target=("المنازل",),
        place=("المدينة", "عدن"),
        date="unknown",
        status="historical",
        also=("وأحرقت بأيدي", "التخريب المتعمد"),
    ),
]

F["snn-20150721-02525"] = [
    E(
        "Strategic developments/Arrests",
        "ألقوا القبض",
        actor=("الحوثيين",),
        target=("حوثيين رفضوا القتال", "حوثيين"),
    ),
    E(
        "Violence against civilians/Attack",
        "إعدامات",
        actor=("عناصر تابعة للرئيس المخلوع علي عبدالله صالح", "الحوثيين", "جماعة الحوثي"),
        target=("حوثيين رفضوا القتال", "أتباعهم", "للأسرى الحوثيين"),
        also=("بإعدام أتباعهم", "عمليات تصفية للأسرى"),
    ),
    E(
        "Strategic developments/Arrests",
        "ألقي القبض",
        target=("عناصر",),
    ),
    E(
        "Strategic developments/Agreement",
        "مبادلتهم",
        actor=("المقاومة",),
        target=("الحوثيين",),
        date="unknown",
    ),
]

F["snn-20150809-00083"] = [
    E(
        "Diplomacy/Talks",
        "الحوار الوطني الليبي",
        place=("جنيف",),
    ),
    E(
        "Diplomacy/Talks",
        "مفاوضات جنيف",
        place=("جنيف",),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Talks",
        "مفاوضات جنيف",
        place=("جنيف",),
        date="unknown",
        status="historical",
    ),
]

F["snn-20150723-00398"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "أحكمت سيطرتها",
        actor=("المقاومة الشعبية",),
        target=("المليشيات الحوثية", "القوات المتحالفة معها"),
        place=("المعاشيق", "عدن"),
        also=("دحر المليشيات",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرة",
        at="المتاخمة",
        actor=("المقاومة الشعبية", "المقاومة"),
        target=("مليشيات الحوثي", "الحوثي"),
        place=("لودر", "قرية السلامية", "جبل الحميراء", "حصون الطلي", "أبين"),
        date="2015-07-22",
        also=("معارك عنيفة", "سيطرت عليها المقاومة", "واصلت تقدمها", "هجمات مستمرة"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطر",
        at="لودر. فيما",
        actor=("مسلحو القبائل",),
        target=("المسلحين الحوثيين", "الحوثيين"),
        place=("الجدعان", "القرنين", "الصباحة", "مأرب"),
        also=("معارك عنيفة مع المسلحين",),
    ),
    E(
        "Battles/Armed clash",
        "هاجم",
        actor=("مسلحو المقاومة الشعبية", "المقاومة الشعبية"),
        target=("رتلا عسكرياً", "الحوثيين", "المسلحين الحوثيين"),
        place=("الراهدة", "تعز"),
        also=("حرق وتدمير", "وقتل وجرح"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "الغارات الجوية",
        at="سلسلة من",
        actor=("طائرات التحالف العربي", "طيران التحالف", "التحالف العربي"),
        target=("المليشيات الحوثية", "تجمعاً للمليشيات الحوثية"),
        place=("شقرة", "أبين"),
        date="2015-07-22",
        also=("استهدفت تجمعاً",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "استهدفت",
        at="إن طيران التحالف",
        actor=("طيران التحالف", "طائرات التحالف العربي", "التحالف العربي"),
        target=("المليشيات الحوثية",),
        place=("مثلث عاهم", "حجة", "القفل"),
        date="2015-07-22",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "استهدفت الغارات",
        actor=("طيران التحالف", "طائرات التحالف العربي", "التحالف العربي"),
        target=("الحوثيون", "تجمعات للمتمردين"),
        place=("صعده", "مثلث شدا", "عمران"),
        date="2015-07-22",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "استهدفت",
        at="وأضافت المصادر أن طيران التحالف",
        actor=("طيران التحالف", "طائرات التحالف العربي", "التحالف العربي"),
        target=("شاحنات", "المليشيات الحوثية"),
        place=("الحديدة", "صنعاء"),
        date="2015-07-22",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "استهدفت",
        at="وأضافت المصادر أن طيران التحالف",
        actor=("طيران التحالف", "طائرات التحالف العربي", "التحالف العربي"),
        target=("شاحنات", "المليشيات الحوثية"),
        place=("القنذع", "نعمان", "البيضاء"),
        date="2015-07-22",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "استهدفت",
        at="وأضافت المصادر أن طيران التحالف",
        actor=("طيران التحالف", "طائرات التحالف العربي", "التحالف العربي"),
        target=("شاحنات", "المليشيات الحوثية"),
        place=("الاعروش", "خولان", "مارب"),
        date="2015-07-22",
    ),
]

F["snn-20150724-00270"] = [
    E(
        "Diplomacy/Meeting",
        "مؤتمر الرياض",
        actor=("عبد ربه منصور هادي", "هادي", "خالد محفوظ بحاح", "إسماعيل ولد الشيخ"),
        place=("قصر المؤتمرات للضيافة بالرياض", "الرياض"),
        date="2015-07-24",
        also=("مؤتمر إنقاذ اليمن",),
    ),
]

F["snn-20150725-00390"] = [
    E(
        "Diplomacy/Meeting",
        "اجتماعه",
        actor=("كارتر", "اشتون كارتر", "وزير الدفاع الأميركي"),
        target=("البارزاني", "مسعود البارزاني", "مسعود بارزاني"),
        place=("اربيل",),
        date="2015-07-24",
        also=("عقد اجتماعاً", "اجتمع رئيس اقليم", "بحثا"),
    ),
    E(
        "Diplomacy/Visit",
        "وصل",
        at="من جهة اخرى",
        actor=("اشتون كارتر", "كارتر", "وزير الدفاع الأميركي"),
        place=("مدينة اربيل", "اربيل", "إقليم كردستان"),
        date="2015-07-24",
        also=("ووصل وزير الدفاع", "وصوله", "زيارته الحالية"),
    ),
    E(
        "Diplomacy/Visit",
        "زيارة لبغداد",
        actor=("آشتون كارتر", "كارتر"),
        place=("بغداد",),
        date="2015-07-23",
        also=("زار بغداد",),
    ),
    E(
        "Diplomacy/Meeting",
        "اجتمع",
        at="زار بغداد الخميس",
        actor=("كارتر", "آشتون كارتر"),
        target=("حيدر العبادي", "العبادي", "سليم الجبوري", "خالد العبيدي"),
        place=("بغداد",),
        date="2015-07-23",
    ),
    E(
        "Diplomacy/Visit",
        "يزور",
        actor=("الوزير الأميركي", "كارتر"),
        place=("تركيا",),
        status="planned",
    ),
    E(
        "Violence against civilians/Attack",
        "أعدم",
        at="وفي تطور آخر",
        actor=("داعش", "التنظيم"),
        target=("22 جنديا", "جنديا", "عنصرا من الجيش العراقي", "مدنيا واحدا"),
        place=("قضاء الفلوجة", "الفلوجة", "الحي الصناعي جنوب الفلوجة"),
        date="2015-07-23",
        fatalities=23,
        also=("أعدم 22 عنصرا", "أعدمهم بشكل جماعي", "أطلق النار عليهم"),
    ),
    E(
        "Battles/Armed clash",
        "معارك الگرمة",
        actor=("التنظيم", "داعش"),
        target=("الجيش العراقي",),
        place=("ذراع دجلة", "الگرمة"),
        date="unknown",
        status="historical",
        also=("أسرهم",),
    ),
]

if __name__ == "__main__":
    print(build(F, OUT))
