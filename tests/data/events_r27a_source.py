"""Source of tests/data/events_r27a.jsonl: the twenty-seventh blind event round, part r27a.

10 real articles (SaudiNewsNet politics, 1,530–2,450 characters): the lines of /work/brief/DRAW_r27.tsv
(the saved output of `python tests/data/events_round27_select.py`) whose first column is `r27a`
(selection = events_round27_select.py, seed 2727, part r27a). All 10 kept, none dropped; 2 of them
report no event (negatives). Annotated by reading only (2026-11-29): the event coder was never run on
these articles and no coder output was read. Same format and guidelines as events_dev_source.py and
events_fresh_source.py (docs/events.md § Dev set); `build()` comes from events_dev_source.py
(SaudiNewsNet articles by reference + sha1).

Near-copies: none found (first 80 normalised characters and shared word 8-grams checked against every
tests/data/events_*.jsonl). Same happenings in other words: the Suruc bombing and the liberation of Aden
(many rounds), the ministers' arrival in Aden (r26a), the Gaza war of 2014 (r26a).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r26c_source.py):
- Taiz/Marib: the Popular Resistance expelling the Houthis from Mashra'a wa Hadnan → *Non-state actor
  overtakes territory* (as fresh), the «معارك دامية» and the two days of fighting its mentions, 51 dead
  (42 Houthis + 9 resistance); the «تطهير» of Si'a, Dhi Mihna and Mahzaf in Sabr al-Mawadim → a second
  takeover (another district; ambiguous: could be a mention); the Houthi shelling of Taiz city districts
  (1 civilian dead, the Cairo-castle artillery a mention) and of the villages near the city → two
  *Shelling* events (ambiguous: one); the coalition raids in Marib «مساء الجمعة» → one *Air/drone
  strike* per front, 2015-07-31: al-Jufaina (the aggregate «25» sentence its first mention, 11 dead =
  3 + 8 given for that front; the later «3» and the mortar «2» read as mentions, ambiguous) and al-Balaq
  (8 dead); the «30 غارة» over a week is a tally, not coded; Abu Haliqa's son killed by the resistance
  while fighting for the Houthis → *Armed clash*, 1 dead, publication date;
- Arab «times of death» opinion (negative) and Bahah on Saleh's immunity (negative): generic wars,
  statements, the 2011 uprising «ثار عليه» and the GCC initiative named as the source of the immunity are
  not coded (ambiguous: the initiative could be a historical *Agreement*);
- Iraqi protests: the Baghdad demonstrations «مساء اليوم» → *Peaceful protest*, planned, 2015-08-07;
  al-Yasiri's memory of 2011: the protests, the killing of Hadi al-Mahdi (no actor named), the arrests of
  journalists and the tribal sheikhs brought to demonstrate in Tahrir Square → four historical events
  dated 2011; «سقوط الموصل واحتلال تنظيم داعش» → historical *Non-state actor overtakes territory*, date
  "unknown"; «مجزرة سبايكر» → historical *Violence against civilians/Attack*, date "unknown"; the
  accusations and the call for a committee are not coded;
- French report: the 1,818 French fighters is a tally, not coded; the Tunisian National Guard's arrest
  of 14 (7 women) in Tataouine, referred to the prosecutor «امس» → *Arrests* 2015-07-21 (the text dates
  the referral, not the arrest; ambiguous);
- Israel–Turkey: the compensation negotiations «يحاول مندوبون … وضع اللمسات النهائية» → *Diplomacy/
  Talks*, publication date (ambiguous: an ongoing process); Gold's unannounced Rome meeting «الشهر
  الماضي» → *Meeting*, historical, 2015-06; the Mavi Marmara killings (2010, 10 dead) → historical
  *Violence against civilians/Attack*; the suicide bomber in a Turkish border town «أول من أمس» (Suruc)
  → *Suicide bomb* 2015-07-20, 32 dead, ISIS (suspected) accepted as actor; the Gaza war «العام الماضي» →
  *Armed clash*, historical, 2014; the Charlie Hebdo killings and the Paris solidarity march → historical
  *Attack* and *Peaceful protest*, date "unknown" (the text gives none); Erdogan's opposition to
  sanctions and Lieberman's insult are not events;
- «sons killing parents» opinion: the Ramadan killings of fathers / the uncle killed by his nephew «ليلة
  العيد» → one *Violence against civilians/Attack* dated 2015-07 (the text gives Ramadan/Eid nights, not
  the year's day), and the nephew's suicide «في عملية ارهابية» → *Suicide bomb* 2015-07, no place (the text
  gives none); the Algerian incident of a son slaughtering his mother and his father → historical *Attack*,
  date "unknown", 2 dead (ambiguous: told as an example); ISIS's and the Algerian groups' habits are not
  coded;
- Aden: the liberation «بعد تحريرها» → *Government regains territory*, date "unknown", no actor (as
  r26a); the ministers «الذين وصلوا للمدينة» → *Diplomacy/Visit*, publication date (as r26a); the first FAO
  aid, three ships at Aden port «أول امس» → *Diplomacy/Aid* 2015-07-20; the Houthis' destruction and
  killings over four months and the daily sweeps are campaigns/habits, not coded;
- Mohammed bin Salman: his tour of Saudi units on the southern border and his meeting with coalition
  pilots are domestic military inspections, not coded (ambiguous: *Visit*); the congratulation calls of
  Sedki Sobhi and Ashton Carter → two *Phone call* events, dated 2015-07-20 («وفي وقت لاحق» after the
  visit «أمس»; ambiguous);
- Jordan op-ed: bin Salman's visit to Jordan (its closing statement) → *Visit*, publication date; Jordan's
  seizure of a Quds Force member planning bombings → *Arrests*, publication date (ambiguous: undated,
  could be historical or *Disrupted weapons use*); the Congress bill, coalition membership, training and
  the US invasion of Iraq (as r23c) are not coded.

Run: python tests/data/events_r27a_source.py            (writes events_r27a.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r27a.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150802-00348"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "طردت",
        actor=("المقاومة الشعبية في تعز", "المقاومة الشعبية"),
        target=("ميليشيات الحوثيين", "الحوثيين"),
        place=("مديرية مشرعة وحدنان", "مشرعة وحدنان", "صبر", "تعز"),
        fatalities=51,
        also=("معارك دامية", "دحر الحوثيين", "المعارك في مشرعة وحدنان"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "تطهير قرى",
        actor=("المقاومة الشعبية", "المقاومة"),
        target=("المسلحين الحوثيين", "الحوثيين"),
        place=("سيعة", "ذي مهنة", "محزف", "مديرية صبر الموادم", "صبر الموادم"),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصف ميليشيات",
        actor=("ميليشيات الحوثي وصالح",),
        target=("للأحياء السكنية", "مدني"),
        place=("تعز المدينة", "تعز", "المدينة القديمة", "الجمهوري", "النقطة الرابعة", "الإخوة"),
        fatalities=1,
        also=("لقصف مدفعي من قلعة القاهرة",),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "لقصف مدفعي عشوائي",
        actor=("الميليشيات المتمركزة في الستين", "الميليشيات"),
        target=("قرى سهرة والحيمة والتعزية",),
        place=("سهرة", "الحيمة", "التعزية", "تعز"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات",
        actor=("طائرات التحالف", "التحالف"),
        target=("ميليشيات الحوثي", "الحوثيين", "قوات موالية للرئيس المخلوع علي صالح"),
        place=("جبهة الجفينة", "الجفينة", "محافظة مأرب", "مأرب"),
        date="2015-07-31",
        fatalities=11,
        also=("إحدى غارات الطيران", "غارة أخرى", "استهداف طائرات التحالف"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "استهدفت إحدى الغارات",
        actor=("طائرات التحالف", "التحالف"),
        target=("تجمعا للحوثيين", "الحوثيين"),
        place=("جبهة البلق", "البلق", "مأرب"),
        date="2015-07-31",
        fatalities=8,
    ),
    E(
        "Battles/Armed clash",
        "قتل نجل",
        actor=("رجال المقاومة الشعبية", "المقاومة الشعبية"),
        target=("نجل رئيس اللجنة الدستورية", "علي أبو حليقة", "الحسين", "ميليشيا الحوثي وصالح"),
        place=("مأرب",),
        fatalities=1,
        also=("باستشهاد",),
    ),
]
F["snn-20150807-01377"] = []  # opinion on the Arab «times of death»: generic wars, no happening
F["snn-20150807-01104"] = [
    E(
        "Protests/Peaceful protest",
        "تظاهرات حاشدة",
        place=("العاصمة العراقية بغداد", "بغداد"),
        date="2015-08-07",
        status="planned",
        also=("التظاهرات تعبر", "مشاركتها في التظاهرات"),
    ),
    E(
        "Protests/Peaceful protest",
        "اندلعت تظاهرات العراقيين",
        actor=("العراقيين",),
        place=("العراق",),
        date="2011",
        status="historical",
    ),
    E(
        "Violence against civilians/Attack",
        "قتلوا الإعلامي",
        target=("الإعلامي هادي عبدالمهدي", "هادي عبدالمهدي"),
        date="2011",
        status="historical",
        fatalities=1,
    ),
    E(
        "Strategic developments/Arrests",
        "اعتقلوا",
        target=("العشرات من الصحفيين والإعلاميين", "الصحفيين"),
        date="2011",
        status="historical",
    ),
    E(
        "Protests/Peaceful protest",
        "ليتظاهروا",
        actor=("مرتزقته من شيوخ العشائر", "شيوخ العشائر"),
        place=("ساحة التحرير",),
        date="2011",
        status="historical",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سقوط الموصل",
        actor=("تنظيم داعش", "داعش"),
        place=("الموصل",),
        date="unknown",
        status="historical",
        also=("احتلال تنظيم داعش",),
    ),
    E(
        "Violence against civilians/Attack",
        "مجزرة سبايكر",
        place=("سبايكر",),
        date="unknown",
        status="historical",
    ),
]
F["snn-20150722-00542"] = [
    E(
        "Strategic developments/Arrests",
        "القبض",
        actor=("الوحدات الامنية التابعة للحرس الوطني التونسى", "الحرس الوطني التونسى", "الوحدات الامنية"),
        target=("14 عنصرا", "7 فتيات منقبات"),
        place=("منطقة تطاوين", "تطاوين"),
        date="2015-07-21",
        also=("أحالت",),
    ),
]
F["snn-20150722-00057"] = [
    E(
        "Diplomacy/Talks",
        "وضع اللمسات النهائية",
        actor=("مندوبون من الجانبين الإسرائيلي والتركي", "مندوبون", "إسرائيل"),
        target=("تركيا", "التركي"),
    ),
    E(
        "Violence against civilians/Attack",
        "بقتل",
        actor=("أفراد من مشاتها البحرية", "إسرائيل"),
        target=("عشرة أتراك", "أتراك", "نشطاء مؤيدين للفلسطينيين"),
        date="2010",
        status="historical",
        fatalities=10,
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "انتحاري",
        actor=("انتحاري", "داعش"),
        target=("32 شخصا",),
        place=("بلدة حدودية تركية",),
        date="2015-07-20",
        fatalities=32,
    ),
    E(
        "Battles/Armed clash",
        "الحرب الإسرائيلية على غزة",
        actor=("الإسرائيلية", "إسرائيل"),
        place=("غزة",),
        date="2014",
        status="historical",
    ),
    E(
        "Protests/Peaceful protest",
        "مسيرة تضامنية",
        place=("باريس",),
        date="unknown",
        status="historical",
    ),
    E(
        "Violence against civilians/Attack",
        "أعمال القتل",
        target=("مجلة «شارلي إبدو»", "«شارلي إبدو»"),
        place=("باريس",),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Meeting",
        "عقد اجتماعا",
        actor=("غولد", "دوري غولد"),
        target=("فريدون سينيرلي أوغلو", "نظيره التركي"),
        place=("روما",),
        date="2015-06",
        status="historical",
    ),
]
F["snn-20150722-01904"] = [
    E(
        "Violence against civilians/Attack",
        "بقتل آبائهم",
        actor=("ابناء سعوديين", "ابن اخته"),
        target=("آبائهم", "الخال"),
        date="2015-07",
        also=("يقتله ابن اخته", "جرائم قتل الاهل"),
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "ينتحر في عملية ارهابية",
        actor=("ابن اخته",),
        date="2015-07",
    ),
    E(
        "Violence against civilians/Attack",
        "بذبح امه",
        actor=("ابن",),
        target=("امه", "والده"),
        place=("الجزائر",),
        date="unknown",
        status="historical",
        fatalities=2,
        also=("ذبح والده",),
    ),
]
F["snn-20150806-02185"] = []  # Bahah on Saleh's immunity: statements, generic war, no happening
F["snn-20150722-00538"] = [
    E(
        "Battles/Government regains territory",
        "تحريرها",
        target=("مليشيات الحوثي وصالح",),
        place=("مدينة عدن", "عدن"),
        date="unknown",
    ),
    E(
        "Diplomacy/Visit",
        "وصلوا للمدينة",
        actor=("الوزراء",),
        place=("المدينة", "عدن"),
    ),
    E(
        "Diplomacy/Aid",
        "المعونات الواصلة",
        actor=("الفاو",),
        place=("ميناء عدن", "عدن"),
        date="2015-07-20",
        also=("ثلاث سفن مساعدات",),
    ),
]
F["snn-20150721-00069"] = [
    E(
        "Diplomacy/Phone call",
        "اتصالات هاتفية",
        actor=("الفريق أول صدقي صبحي", "صدقي صبحي"),
        target=("الأمير محمد بن سلمان بن عبد العزيز", "محمد بن سلمان"),
        date="2015-07-20",
        also=("الاتصالين",),
    ),
    E(
        "Diplomacy/Phone call",
        "وتلقى الاتصالات",
        actor=("آشتون كارتر",),
        target=("الأمير محمد بن سلمان بن عبد العزيز", "محمد بن سلمان"),
        date="2015-07-20",
    ),
]
F["snn-20150808-00707"] = [
    E(
        "Diplomacy/Visit",
        "زيارة سمو ولي ولي العهد",
        actor=("الأمير محمد بن سلمان", "محمد بن سلمان", "سمو ولي ولي العهد"),
        place=("الاردن",),
    ),
    E(
        "Strategic developments/Arrests",
        "بضبطها",
        actor=("عمّان",),
        target=("عنصراً ينتمي لفيلق القدس الإيراني", "فيلق القدس الإيراني"),
        place=("الأردن", "عمّان"),
    ),
]

if __name__ == "__main__":
    print(build(F, OUT))
