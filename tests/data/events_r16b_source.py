"""Source of tests/data/events_r16b.jsonl: sixteenth-round blind event set, part r16b.

14 real articles (SaudiNewsNet politics 14, 937–1,477 characters): the lines of `python
tests/data/events_round16_select.py` whose first column is `r16b` (selection = events_round16_select.py,
seed 1616, part r16b: draw positions 14–27; 901–1,500 characters, a conflict place and an event word,
none reserved or in another set, near-copies of annotated articles skipped by the draw). All 14 kept,
none dropped; 36 events; 2 of them report no event (negatives). Annotated by reading only (2026-11-29):
the event coder was never run on these articles and no coder output was read. Same format and guidelines
as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set); `build()` comes from
events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or a 60-character
passage with any tests/data/events_*.jsonl text; one shares a 12-word run: snn-20150811-00100 quotes the
same words of Hadi («تتم في أي دولة كانت يجب أن تكون للضغط على تنفيذ القرار») as dev snn-20150810-01204,
a different story (a meeting of Hadi's advisers there; Lodar, Utmah and the Muscat dialogue here). Same
happenings in other words: the recapture of al-Anad base (dev, r8a, r15c), the Duma arson (r7a, r14b,
r15c), the Arish IED of 9 August (r14b), the Suruc suicide bombing (new_dev, r10a, r11a, r12b, r15b), the
liberation of Aden (many rounds).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r15c_source.py):
- al-Anad (snn-20150804-00066): the clashes «تدور» at al-Anad camp reported «ليل الاثنين الثلاثاء» →
  *Armed clash* 2015-08-03 (the first night, as r13a), and the coalition aircraft that «دمر» two tanks and
  four vehicles south of the base in the same sentence → *Air/drone strike*, same date; the commander's
  account of taking the base («سيطروا», «أحكما السيطرة») → *Government regains territory* (army with the
  Resistance), publication date (his statement is undated), with the 10 killed «في المواجهات» as its
  count, and the 70 rebels captured → *Arrests* (as r12a/r13a/r15c); Aden «بعد أسابيع على تحرير» →
  *Government regains territory*, reported, date "unknown", no actor (coalition strikes are support);
  the aim «للسيطرة على كامل ثكنة العند» and «ستواصل … التقدم لاستكمال تحرير» are not events;
- al-Yafei (snn-20150806-02307): the Resistance's capture of Iranians and of «العديد من الحوثيين» → one
  *Arrests* (same actor, place and undated time; ambiguous: two events), and the ongoing fighting («الاشتباكات
  المتواصلة», the pockets «يجري تصفيتها» in Lahj and al-Houta, «معارك كر وفر») → one *Armed clash*,
  publication date (a present fight, as r15b's Ramadi), all of Lahj, al-Houta and Aden accepted as place;
  the army «يقف على تخوم مدينة زنجبار» (a position) and the promised victories are not events;
- the Tunisian press review (snn-20150810-01582): Leon's announced new round of Libyan talks «اليوم» →
  *Diplomacy/Talks*, planned, 2015-08-10 (as r12a); the shell on a bank manager's house in Sabha that
  killed five → *Shelling/artillery/missile attack*, no actor, publication date (the killing first, the
  shell its `also`); the Duma arson «أواخر الشهر الماضي» → *Violence against civilians/Attack* 2015-07,
  1 dead (the text names only the infant), and the Israeli police's arrest of two settlers → *Arrests*,
  no place (none named); the Texas home shooting, 8 dead → *Violence against civilians/Attack* (ambiguous:
  an ordinary crime far from any conflict; r12a coded a Casablanca assassination); the Arish IED «أمس»
  → *Remote explosive/landmine/IED* 2015-08-09, 2 dead (the same blast as r14b's). The Suez Canal opening
  is not an event;
- Damascus (snn-20150809-01046): the rockets on several districts, 11 dead, reported by SANA «السبت
  الاحد» → one *Shelling/artillery/missile attack* dated 2015-08-08 (ambiguous: the text dates the report,
  not the shelling; the Jobar shell on al-Thawra street, 10 of the 11, is part of it), «التنظيمات
  الارهابية» (SANA) and «الفصائل المقاتلة» (SOHR) accepted as actor; northern Aleppo countryside: the
  rebels–ISIS clashes with the 28 dead (the killing first, the count on the clash: ambiguous, it also
  covers the bombings) → *Armed clash*, and ISIS's two suicide bombings → one *Suicide bomb* (same place
  and day), both publication date;
- Hazran (snn-20150809-00108): his arrest «في 12 يوليو» on arrival in Tel Aviv → *Arrests* 2015-07-12,
  reported (four weeks old); the 2006 war that ended «بإبرام وقف لإطلاق النار في يوليو 2006» →
  *Strategic developments/Agreement*, historical, dated 2006 (the month in the text may belong to the war,
  ambiguous); the charges (a court step), his private visits to Lebanon and Israel and meetings with
  Hezbollah members are not coded;
- Emwazi (snn-20150725-00070): only the Sousse beach attack (38 tourists, Rezgui) → *Violence against
  civilians/Attack*, reported, date "unknown"; his leaving ISIS, the feared pursuit and the hostage
  killings with no date or place (as r5a/r12b's undated executions; ambiguous) are not coded;
- Duma (snn-20150808-00258): the father's death is a count of the arson, not an event of its own → one
  *Violence against civilians/Attack* «قبل اسبوع» → 2015-08-01 (ambiguous: r15c has «يوم 31 يوليو»), 2 dead
  (the infant and now his father, as r15c); the funeral and the contacts on the body are not events;
- Abyan (snn-20150811-00100): Lodar «أمس» by the army and the Resistance → *Government regains territory*
  2015-08-10 («تحرير أبين» its mention; the Emirati and Saudi soldiers are participants), the coalition
  strikes that «دكت مواقع المتمردين» in the operation → *Air/drone strike* 2015-08-10 (ambiguous: r12b
  left air support uncoded; here the strikes have a verb and a target), the Resistance alone taking Utmah
  district (Dhamar) «أمس» → *Non-state actor overtakes territory*, and the Muscat dialogue with a Houthi
  delegation → *Diplomacy/Talks*, publication date (ambiguous: named only as Hadi's implicit reference);
  the expected battle for Shabwa and the battles «اقتربت» from Sanaa are not events;
- Turkish coalition politics (snn-20150727-00149): only the Suruc suicide attack attributed to ISIS →
  *Suicide bomb*, date "unknown" (the text gives none); the army's «العمليات … منذ الجمعة» on ISIS in
  Syria and the PKK in northern Iraq are not coded (a campaign of unstated type; ambiguous: one could code
  a strike per country on 2015-07-24), nor the domestic coalition negotiations;
- al-Awlaqi (snn-20150723-00552): Aden's «انتصار»/«تحرير» → *Government regains territory*, reported,
  date "unknown", no actor named (as r15c); the Gulf troops defending al-Buraiqa (no day) are not coded;
- the «هذا اليوم في التاريخ» almanac (snn-20150726-00433; historical, year dates, as r12a/r15b): Castro's
  attack on the Moncada barracks (1953) → *Armed clash*; France and Britain discussing a landing in Egypt
  (1956) → *Diplomacy/Talks*; de Gaulle's visit to Canada via Montreal (1966) → *Diplomacy/Visit* (the
  cancelled Ottawa visit not coded); Saddam allowing the inspectors into the agriculture ministry (1992)
  → *Diplomacy/Agreement* (as r15b's «توافق»; ambiguous); Geagea's release (2005) → *Strategic
  developments/Other*; the Egyptian clashes between pro- and anti-Morsi demonstrators (2013) →
  *Riots/Violent demonstration*; the Tunisian general strike (2013) → *Protests/Peaceful protest* and
  Brahmi's assassination → *Violence against civilians/Attack*, 1 dead, Tunisia as place. Not coded:
  deaths, the Potsdam call to surrender (a call), an election, the Suez nationalisation (a policy), a
  capital chosen, a title, a strike law, independence, a submarine launch;
- Asiri's denial (snn-20150804-00914): the denied ground landing is a deployment (not coded, as r13b/
  r15c's reinforcements; ambiguous: *Strategic developments/Other*, denied); the liberation of Aden and of
  al-Anad base named in the reported landing's purpose → two *Government regains territory* (same trigger,
  army and Resistance), reported, date "unknown".

Not events (the two negatives): Jeb Bush's planned speech on ISIS and Obama's air campaign (policy;
snn-20150811-00218), and Asiri's statement of the coalition's aims, the Security Council resolution and the
welcome to investigators (snn-20150731-01951).

Run: python tests/data/events_r16b_source.py            (writes events_r16b.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r16b.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150804-00066"] = [
    E(
        "Battles/Armed clash",
        "اشتباكات",
        actor=("الجيش الموالي للشرعية", "المقاومة الشعبية"),
        target=("الحوثيين", "القوات الموالية للرئيس السابق علي عبدالله صالح"),
        place=("معسكر العند", "العند", "لحج"),
        date="2015-08-03",
        also=("هذه الاشتباكات",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "دمر",
        actor=("طيران التحالف العربي", "التحالف العربي"),
        target=("الحوثيين", "دبابتين"),
        place=("قاعدة العند", "العند", "لحج"),
        date="2015-08-03",
    ),
    E(
        "Battles/Government regains territory",
        "سيطروا",
        actor=("مقاتلي الجيش والمقاومة الشعبية", "الجيش", "المقاومة الشعبية"),
        target=("الميليشيات", "متمردا"),
        place=("قاعدة العند الجوية", "قاعدة العند", "العند"),
        fatalities=10,
        also=("أحكما السيطرة", "استعادة القاعدة الجوية"),
    ),
    E(
        "Strategic developments/Arrests",
        "أسرت",
        actor=("القوات الحكومية والمقاومة", "القوات الحكومية", "المقاومة"),
        target=("70 متمردا", "متمردا"),
        place=("قاعدة العند", "العند"),
    ),
    E(
        "Battles/Government regains territory",
        "تحرير",
        at="بعد أسابيع على",
        place=("محافظة عدن", "عدن"),
        date="unknown",
    ),
]
F["snn-20150811-00218"] = []
F["snn-20150806-02307"] = [
    E(
        "Strategic developments/Arrests",
        "أسرت",
        actor=("المقاومة", "الجيش الوطني"),
        target=("الإيرانيين", "أسرى إيرانيين", "الحوثيين"),
        place=("محافظة عدن", "عدن"),
        also=("أسرى إيرانيين", "أسرت العديد"),
    ),
    E(
        "Battles/Armed clash",
        "الاشتباكات",
        actor=("المقاومة", "الجيش الوطني"),
        target=("الانقلابيين", "الإنقلابيين"),
        place=("لحج", "الحوطة", "تخوم عدن", "عدن"),
        also=("يجري تصفيتها", "معارك كر وفر"),
    ),
]
F["snn-20150810-01582"] = [
    E(
        "Diplomacy/Talks",
        "المباحثات",
        actor=("الأطراف الليبية",),
        date="2015-08-10",
        status="planned",
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "مقتل",
        target=("خمسة أشخاص", "منزل مدير احد المصارف"),
        place=("مدينة سبها", "سبها"),
        fatalities=5,
        also=("سقوط قذيفة",),
    ),
    E(
        "Violence against civilians/Attack",
        "حرق",
        actor=("مستوطنين يهود",),
        target=("رضيعا فلسطينيا",),
        place=("جنوب نابلس", "نابلس"),
        date="2015-07",
        fatalities=1,
    ),
    E(
        "Strategic developments/Arrests",
        "اعتقال",
        actor=("الشرطة الإسرائيلية",),
        target=("مستوطنين اثنين",),
    ),
    E(
        "Violence against civilians/Attack",
        "مقتل",
        at="نبأ",
        target=("8 أشخاص", "خمسة أطفال"),
        place=("محافظة تكساس", "تكساس"),
        fatalities=8,
        also=("إطلاق نار",),
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "مقتل",
        at="وإعلان وزارة",
        target=("رجلي أمن",),
        place=("مدينة العريش", "العريش", "شمال سيناء"),
        date="2015-08-09",
        fatalities=2,
        also=("انفجار عبوة ناسفة",),
    ),
]
F["snn-20150809-01046"] = [
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قتلى",
        actor=("التنظيمات الارهابية", "الفصائل المقاتلة"),
        target=("احياء عدة في دمشق", "المدنيين"),
        place=("دمشق", "شارع الثورة", "باب توما", "العباسيين"),
        date="2015-08-08",
        fatalities=11,
        also=("القذائف الصاروخية التي سقطت", "الاعتداءات الارهابية", "سقوط قذيفة صاروخية"),
    ),
    E(
        "Battles/Armed clash",
        "قتل",
        at="وفي محافظة حلب",
        actor=("داعش", "الفصائل المقاتلة"),
        target=("الفصائل المقاتلة", "داعش"),
        place=("ريف حلب الشمالي", "حلب"),
        fatalities=28,
        also=("اشتباكات",),
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "تفجيرين انتحاريين",
        actor=("التنظيم", "داعش"),
        target=("الفصائل المقاتلة",),
        place=("ريف حلب الشمالي", "حلب"),
    ),
]
F["snn-20150809-00108"] = [
    E(
        "Strategic developments/Arrests",
        "اعتقل",
        actor=("جهاز الأمن الداخلي الإسرائيلي", "شين بيت", "السلطات الإسرائيلية"),
        target=("خليل حزران", "حزران"),
        place=("تل أبيب",),
        date="2015-07-12",
    ),
    E(
        "Strategic developments/Agreement",
        "وقف لإطلاق النار",
        actor=("حزب الله",),
        target=("إسرائيل",),
        date="2006",
        status="historical",
    ),
]
F["snn-20150725-00070"] = [
    E(
        "Violence against civilians/Attack",
        "مقتل",
        actor=("سيف الدين رزاقي", "الإرهابي"),
        target=("38 سائحاً", "سائحاً"),
        place=("شاطئ سوسة", "سوسة"),
        date="unknown",
        fatalities=38,
        also=("هجوم على شاطئ",),
    ),
]
F["snn-20150808-00258"] = [
    E(
        "Violence against civilians/Attack",
        "حريق",
        actor=("يهود متطرفون", "مستوطنون"),
        target=("الطفل الفلسطيني", "سعد دوابشة", "علي دوابشة", "منزلين"),
        place=("قرية دوما", "دوما", "الضفة الغربية"),
        date="2015-08-01",
        fatalities=2,
        also=("الهجوم الذي اثار", "قتل حرقا", "هاجم مستوطنون", "في الهجوم"),
    ),
]
F["snn-20150811-00100"] = [
    E(
        "Battles/Government regains territory",
        "تحرير",
        actor=("قوات الجيش الوطني والمقاومة الشعبية", "الجيش الوطني", "المقاومة الشعبية"),
        target=("المتمردين الحوثيين", "الحوثيين", "قوات حليفهم الرئيس السابق علي عبد الله صالح"),
        place=("مديرية لودر", "لودر", "محافظة أبين", "أبين"),
        date="2015-08-10",
        also=("تحرير أبين", "عملية تحرير أبين"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "ضربات",
        at="إلى جانب",
        actor=("طيران التحالف", "التحالف"),
        target=("مواقع المتمردين", "المتمردين"),
        place=("أبين",),
        date="2015-08-10",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "تحرير",
        at="إثر",
        actor=("المقاومة",),
        place=("مديرية عتمة", "عتمة", "محافظة ذمار", "ذمار"),
        date="2015-08-10",
    ),
    E(
        "Diplomacy/Talks",
        "حوار مسقط",
        actor=("وفد حوثي",),
        place=("مسقط",),
    ),
]
F["snn-20150727-00149"] = [
    E(
        "Explosions/Remote violence/Suicide bomb",
        "هجوم",
        actor=("تنظيم داعش", "داعش"),
        place=("سروج",),
        date="unknown",
    ),
]
F["snn-20150723-00552"] = [
    E(
        "Battles/Government regains territory",
        "انتصار عدن",
        target=("الحوثيين", "جيوش علي صالح"),
        place=("عدن",),
        date="unknown",
        also=("وتحريرها", "تحرير عدن"),
    ),
]
F["snn-20150731-01951"] = []
F["snn-20150726-00433"] = [
    E(
        "Battles/Armed clash",
        "تهاجم",
        actor=("مجموعة مسلحة يقودها فيدل كاسترو", "فيدل كاسترو"),
        target=("ثكنة مونكادا",),
        place=("ثكنة مونكادا", "كوبا"),
        date="1953",
        status="historical",
        also=("محاولة انقلاب فاشلة",),
    ),
    E(
        "Diplomacy/Talks",
        "تناقشان",
        actor=("فرنسا",),
        target=("بريطانيا",),
        date="1956",
        status="historical",
    ),
    E(
        "Diplomacy/Visit",
        "زيارته",
        actor=("ديغول",),
        target=("كندا",),
        place=("مونتريال", "كندا"),
        date="1966",
        status="historical",
    ),
    E(
        "Diplomacy/Agreement",
        "يسمح",
        actor=("صدام حسين", "العراق"),
        target=("الأمم المتحدة", "فريق تفتيش"),
        place=("وزارة الزراعة",),
        date="1992",
        status="historical",
    ),
    E(
        "Strategic developments/Other",
        "الإفراج",
        target=("سمير جعجع", "جعجع"),
        date="2005",
        status="historical",
    ),
    E(
        "Riots/Violent demonstration",
        "صدامات عنيفة",
        actor=("متظاهرين مؤيدين للرئيس الإسلامي المعزول محمد مرسي", "متظاهرين"),
        target=("معارضين له",),
        place=("مصر",),
        date="2013",
        status="historical",
    ),
    E(
        "Protests/Peaceful protest",
        "إضراب عام",
        place=("تونس",),
        date="2013",
        status="historical",
    ),
    E(
        "Violence against civilians/Attack",
        "اغتيال",
        target=("المعارض اليساري محمد البراهمي", "محمد البراهمي"),
        place=("تونس",),
        date="2013",
        status="historical",
        fatalities=1,
    ),
]
F["snn-20150804-00914"] = [
    E(
        "Battles/Government regains territory",
        "تحرير",
        actor=("المقاومة الشعبية", "الجيش اليمني"),
        place=("مدينة عدن", "عدن"),
        date="unknown",
    ),
    E(
        "Battles/Government regains territory",
        "تحرير",
        actor=("المقاومة الشعبية", "الجيش اليمني"),
        place=("قاعدة العند الجوية", "قاعدة العند"),
        date="unknown",
    ),
]

if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
