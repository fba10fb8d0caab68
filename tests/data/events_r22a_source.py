"""Source of tests/data/events_r22a.jsonl: the twenty-second blind event round, part r22a.

14 real articles (SaudiNewsNet politics, 977–1,449 characters): the lines of /work/brief/DRAW_r22.tsv
(the saved output of `python tests/data/events_round22_select.py`) whose first column is `r22a`
(selection = events_round22_select.py, seed 2222, part r22a). All 14 kept, none dropped; 4 of them
report no event (negatives). Annotated by reading only (2026-11-29): the event coder was never run on
these articles and no coder output was read. Same format and guidelines as events_dev_source.py and
events_fresh_source.py (docs/events.md § Dev set); `build()` comes from events_dev_source.py
(SaudiNewsNet articles by reference + sha1).

Near-copies: snn-20150724-00765 (Milliyet sacks Kadri Gürsel) is the same AFP dispatch as r20c
snn-20150724-01444 in other spellings (129 of its 217 word 6-grams shared after normalising alef, yaa
and taa marbuta; not caught by the first-80-characters test): score it separately; it is coded as r20c
coded it. Same happenings in other words: the Suruc bombing (many rounds), Erdogan's northern Cyprus
visit (r20c snn-20150721-01427), the humanitarian truce of 26 July (fresh snn-20150726-00068, r16c),
the liberation of Aden (many rounds).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r20c_source.py):
- Tuz Khurmatu: the two suicide bombers at the swimming pool «اليوم (السبت)» → one *Suicide bomb*
  2015-07-25, 12 dead (the killing reported first is the trigger; the second bomber at the entrance a
  mention: same place and minutes), no actor (no claim); the big Diyala attack «في وقت سابق من الشهر
  الحالي» (ISIS's series of «التفجيرات») → *Remote explosive/landmine/IED*, historical, 2015-07, 100 dead
  («أكثر من مائة»), ISIS as actor (ambiguous: the text does not say suicide); the Anbar offensive the
  forces «يتأهبون» for is an aim, not coded;
- Suruc (two articles + the Milliyet copy): *Suicide bomb* 2015-07-20 («أول من أمس» of the source's
  «أمس»; «الاثنين»; in snn-20150721-00044 dated by the police action «في وقت لاحق أمس»), ISIS as actor,
  the text's count (30 / 32; none in snn-20150722-00018); ISIS's threat, Turkey's arrests of «إخواننا»
  (ISIS's words, no time or place) and the border reinforcements are not coded; Erdogan's visit to
  northern Cyprus → *Diplomacy/Visit*, publication date (as r20c); the Istanbul march met with tear gas
  «في وقت لاحق أمس» → *Protests/Protest with intervention* 2015-07-20, protesters actor, police target
  (as r11a);
- Taiz: the coalition raids «صباح الأربعاء» → *Air/drone strike* 2015-08-05; the army and Resistance
  retaking Lahj and al-Houta → *Government regains territory* (publication date; the sweeps its
  mention); the Resistance ambush (5 Houthi/Saleh dead) → *Armed clash*; the intermittent clashes in
  Taiz's districts → a second *Armed clash* (ambiguous: could be read as one with the ambush); the
  volunteers joining the military council and the expected sweep are not coded;
- Maasheeq: «فجر اليوم الخميس» of a Saturday article → weekday wins, the clearing «مساء أمس الأربعاء»
  → *Non-state actor overtakes territory* 2015-07-22 (the Popular Resistance alone, as r20c), 8 dead,
  the fighting its mention; the coalition raids around al-Anad and al-Husseini (Lahj) → one *Air/drone
  strike*, publication date (no day given; ambiguous: the text's Thursday); the Houthis' past attack on
  Aden (a relative clause describing the palace) and the Resistance's advance are not coded;
- Zabadani: the clashes (6 opposition dead) → *Armed clash*, publication date; the shelling of Fuaa and
  Kafraya (Idlib) «منذ الاثنين» → *Shelling/artillery/missile attack* 2015-07-20, 7 dead (the aggregate
  first sentence «إدلب وحلب» its mention); the shelling of Nubl and Zahraa (Aleppo) «الاثنين» → a second
  *Shelling*, 1 dead; the siege «منذ نهاية آذار» is a state;
- Lavrov: his «اجتماعين» with Kerry → one *Diplomacy/Meeting*, publication date (ambiguous: two
  meetings, neither dated nor placed); the chemical-weapons disarmament deal → *Diplomacy/Agreement*,
  historical, date "unknown"; the coalition's strikes «حاليا» are a campaign, not coded;
- Yemen truce: the humanitarian truce announced «أمس», starting «مساء اليوم» → *Strategic
  developments/Agreement*, planned, 2015-07-26 (as fresh); the liberation of Aden («الأسبوع الماضي») →
  *Government regains territory* 2015-07; the capture of ~200 rebels → *Arrests*; the Resistance taking
  Sabr «أمس» → *Non-state actor overtakes territory* 2015-07-25; the next phase against al-Anad
  («ستنطلق») is an announced offensive, not coded (ambiguous);
- Latakia: Suleiman al-Assad's arrest → *Arrests*, publication date; the shooting of Colonel Hassan
  al-Sheikh «يوم الخميس الماضي» → *Violence against civilians/Attack* 2015-08-06, 1 dead, the suspect
  as actor (ambiguous: a private dispute; ACLED codes such killings by militia figures); the Alawites'
  demonstration → *Peaceful protest*, publication date.

Negatives (4): snn-20150724-00377 (child recruitment by the Houthis: a trend), snn-20150809-01197 (an
opinion column on Assad's successor; the Iranian initiative is a proposal), snn-20150721-01635 (Rambo
film), snn-20150727-01309 (reactions to Assad's speech), snn-20150722-00018 is NOT a negative (Suruc).

Run: python tests/data/events_r22a_source.py            (writes events_r22a.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r22a.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150724-00377"] = []  # child recruitment by the Houthis and others: a trend, no happening
F["snn-20150725-00222"] = [
    E(
        "Explosions/Remote violence/Suicide bomb",
        "قتلوا",
        target=("حمام سباحة مزدحمًا", "الأقلية التركمانية"),
        place=("بلدة طوز خورماتو", "طوز خورماتو"),
        date="2015-07-25",
        fatalities=12,
        also=("هاجم انتحاريان", "وأسفر الهجوم", "فجر سترته الناسفة", "فجر شحنة ناسفة"),
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "هجوم كبير",
        actor=("متشددي تنظيم داعش", "تنظيم داعش", "داعش"),
        place=("محافظة ديالى", "ديالى"),
        date="2015-07",
        status="historical",
        fatalities=100,
    ),
]
F["snn-20150809-01197"] = []  # opinion column; the Iranian initiative is a proposal
F["snn-20150721-01635"] = []  # a Rambo film about fighting ISIS
F["snn-20150722-00018"] = [
    E(
        "Explosions/Remote violence/Suicide bomb",
        "التفجير الانتحاري",
        actor=("تنظيم داعش", "داعش"),
        place=("بلدة سروج", "سروج"),
        date="2015-07-20",
        also=("العملية الانتحارية", "مكان التفجير"),
    ),
]
F["snn-20150806-02313"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات",
        actor=("طيران التحالف العربي", "التحالف العربي"),
        target=("الحوثيين", "للمتمردين الحوثيين", "الحوثين"),
        place=("تعز", "جبل العروس", "حي العسكري"),
        date="2015-08-05",
        also=("واستهدفت الغارات", "هذه الغارات"),
    ),
    E(
        "Battles/Government regains territory",
        "استعادة السيطرة",
        actor=("الجيش الوطني اليمني", "المقاومة الشعبية"),
        target=("الحوثيين", "قوات صالح"),
        place=("محافظة لحج", "لحج", "الحوطة"),
        also=("فرض السيطرة على الحوطة", "عمليات تمشيط"),
    ),
    E(
        "Battles/Armed clash",
        "قتل",
        at="من جهة أخرى",
        actor=("المقاومة",),
        target=("الحوثيين", "قوات صالح"),
        place=("محافظة تعز", "تعز"),
        fatalities=5,
        also=("كمين للمقاومة",),
    ),
    E(
        "Battles/Armed clash",
        "اشتباكات متقطعة",
        place=("تعز",),
    ),
]
F["snn-20150725-00043"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "تطهير",
        at="وقتل 8",
        actor=("قوات المقاومة", "المقاومة الشعبية", "المقاومة"),
        target=("حوثيين", "الحوثيين"),
        place=("القصر الرئاسي", "قصر معاشيق", "مديرية كريتر", "كريتر"),
        date="2015-07-22",
        fatalities=8,
        also=("وقتل 8 حوثيين", "طهرت المديرية", "معارك ضارية"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات",
        at="شنت طائرات",
        actor=("التحالف العربي", "طائرات “التحالف العربي”", "المقاتلات"),
        target=("مليشيات الحوثيين", "الحوثيين", "المخلوع صالح", "مخازن أسلحة"),
        place=("لحج", "قاعدة العند الجوية", "العند", "منطقة الحسيني", "الحسيني", "الحوطة"),
        also=("قصف مناطق في لحج", "أكثر من 12 غارة", "عمليات القصف"),
    ),
]
F["snn-20150721-00044"] = [
    E(
        "Explosions/Remote violence/Suicide bomb",
        "هجوم انتحاري",
        actor=("تنظيم داعش", "داعش"),
        target=("تجمعًا", "مركز ثقافي", "طلاب جامعيين"),
        place=("مدينة سوروتش", "سوروتش"),
        date="2015-07-20",
        fatalities=30,
        also=("استهدافه تجمعًا", "الاعتداء الانتحاري", "نفذت الهجوم"),
    ),
    E(
        "Diplomacy/Visit",
        "زيارة",
        actor=("رجب طيب إردوغان", "إردوغان"),
        place=("الشطر الشمالي من قبرص", "قبرص"),
    ),
    E(
        "Protests/Protest with intervention",
        "الغاز المسيل للدموع",
        actor=("عدة آلاف من الأشخاص", "آلاف"),
        target=("الشرطة التركية",),
        place=("إسطنبول",),
        date="2015-07-20",
        also=("للتظاهر احتجاجًا",),
    ),
]
F["snn-20150724-00765"] = [
    E(
        "Explosions/Remote violence/Suicide bomb",
        "الهجوم الانتحاري",
        actor=("تنظيم داعش", "داعش"),
        place=("سوروج",),
        date="2015-07-20",
        fatalities=32,
        also=("الهجوم الذي أوقع", "اعتداء سوروج"),
    ),
    E(
        "Strategic developments/Disrupted weapons use",
        "اعترضتها",
        actor=("قوة درك تركية",),
        target=("شاحنات مؤجرة رسميا لصالح منظمة إنسانية", "شاحنات", "قذائف هاون"),
        place=("الحدود السورية",),
        date="2014-01",
        status="historical",
    ),
]
F["snn-20150721-02035"] = [
    E(
        "Battles/Armed clash",
        "مصرعهم",
        actor=("القوات النظامية",),
        target=("مقاتلي الفصائل الإسلامية", "مقاتلي المعارضة السورية"),
        place=("مدينة الزبداني", "الزبداني", "منطقة الجبل الشرقي", "الجبل الشرقي"),
        fatalities=6,
        also=("اشتباكات بين القوات النظامية", "الاشتباكات التي وصفها", "لهجوم القوات النظامية"),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "أطلقت",
        actor=("فصائل المعارضة", "فصائل معارضة", "جبهة النصرة"),
        target=("قرى تسكنها أغلبية شيعية", "أربع بلدات شيعية"),
        place=("الفوعة", "كفريا", "إدلب"),
        date="2015-07-20",
        fatalities=7,
        also=("أمطرت", "سقوط مئات القذائف"),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصفت",
        actor=("فصائل معارضة أخرى", "فصائل معارضة"),
        target=("للجيش النظامي", "حزب الله"),
        place=("نبل", "الزهراء", "حلب"),
        date="2015-07-20",
        fatalities=1,
        also=("قصفتا",),
    ),
]
F["snn-20150809-00314"] = [
    E(
        "Diplomacy/Meeting",
        "اجتماعين",
        actor=("لافروف",),
        target=("جون كيري", "كيري"),
    ),
    E(
        "Diplomacy/Agreement",
        "اتفاق نزع الأسلحة الكيماوية",
        actor=("موسكو", "واشنطن"),
        date="unknown",
        status="historical",
    ),
]
F["snn-20150726-00115"] = [
    E(
        "Strategic developments/Agreement",
        "هدنة إنسانية",
        actor=("قيادة قوات التحالف", "التحالف"),
        place=("اليمن",),
        date="2015-07-26",
        status="planned",
        also=("فترة الهدنة", "الإعلان عن الهدنة"),
    ),
    E(
        "Battles/Government regains territory",
        "تحرير",
        target=("الميليشيات الحوثية", "أتباع الرئيس السابق علي عبد الله صالح"),
        place=("عدن",),
        date="2015-07",
        also=("حررت عدن",),
    ),
    E(
        "Strategic developments/Arrests",
        "أسر",
        target=("المتمردين على الشرعية", "المتمردين"),
        place=("عدن",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرت",
        actor=("المقاومة الشعبية",),
        place=("مدينة صبر", "صبر", "محافظة لحج", "لحج"),
        date="2015-07-25",
        also=("نصرًا جديدًا",),
    ),
]
F["snn-20150727-01309"] = []  # opposition reactions to Assad's speech: statements
F["snn-20150811-00063"] = [
    E(
        "Strategic developments/Arrests",
        "ألقت القبض",
        actor=("الأجهزة الأمنية", "الجهات المختصة"),
        target=("سليمان الأسد",),
        place=("اللاذقية", "ريف اللاذقية"),
        also=("ألقت القبض على سليمان الأسد",),
    ),
    E(
        "Violence against civilians/Attack",
        "قتل",
        actor=("سليمان الأسد",),
        target=("العقيد حسان الشيخ", "حسان الشيخ"),
        place=("مدينة اللاذقية", "اللاذقية"),
        date="2015-08-06",
        fatalities=1,
        also=("قتل يوم الخميس", "طلق ناري"),
    ),
    E(
        "Protests/Peaceful protest",
        "للتظاهر",
        actor=("المئات", "أبناء الطائفة العلوية"),
        place=("مدينة اللاذقية", "اللاذقية"),
        also=("ترديد هتاف",),
    ),
]

if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
