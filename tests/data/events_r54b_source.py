"""Source of tests/data/events_r54b.jsonl: the fifty-fourth blind event round, part r54b.

8 real articles (SaudiNewsNet politics, 4,309–5,701 characters): the lines of /work/brief/DRAW_r54.tsv
(the saved output of `python tests/data/events_round54_select.py`) whose first column is `r54b`
(selection = events_round54_select.py, seed 5454, part r54b). All 8 kept. Annotated by reading only
(2026-11-29): the event coder was never run on these articles and no coder output was read.
Same format and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set);
`build()` comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three or more
12-word runs with an article of another tests/data/events_*.jsonl set (checked 2026-11-29 18:13 UTC).
Same happenings in other words: the nuclear deal, the liberation of Aden, al-Anad, Incirlik (many rounds).

Choices (the last rounds' calls followed):
- Sanaa march (00333): al-Anad triangle cleared «صباح أمس» → *Government regains territory* 2015-08-05;
  al-Houta taken by the Resistance → *Non-state actor overtakes territory*; Taiz largely liberated
  (al-Hawban reached its mention) → *Government regains territory*; the demining on the Abyan road →
  *Disrupted weapons use* (as r53c). Not coded: the awaited orders and the planned march on Sanaa, the
  sweeps, the fighters flowing into Sanaa and the trenches, the coalition's arms supply;
- Houthi–Saleh clashes (00142): Arhab «أمس» → *Armed clash* 2015-08-08 (tens of dead, no number);
  Naqil al-Arqoub «أول من أمس» → *Armed clash* 2015-08-07; al-Sabaha and Sawad Hiziz last week → one
  *Armed clash*, no date (as r41a); Ibb/al-Udayn, 4 Houthi leaders killed «أمس» → *Armed clash*
  2015-08-08; the liberation of Aden and then Lahij → two *Government regains territory*, "unknown" (as
  the earlier rounds). Not coded: the Azal Resistance's attacks (general, cumulative toll), the families'
  flight, Saleh's recruiting, the checkpoints and searches, the Ibb–Taiz "liberation of an area" (no place);
- Brotherhood column (01260, opinion): historical asides with a date coded historical (as r49a/r50):
  Karameh 1968-03 and September 1970 → *Armed clash*; the 1974 Technical Military Academy attack (24
  dead) → *Armed clash*; the 1979 Aleppo artillery-school killing → *Attack* (ambiguous: cadets);
  the 20 June 1980 attempt on Hafez al-Assad → *Attack* (ambiguous); the Hama massacre → *Attack*,
  "unknown" (no year in the text). Not coded: the Iranian revolution, the Soviet withdrawal, the 1989
  Sudan coup, Algeria's decade (general), Qutb's death, the 1972 meeting, the trial;
- Pentagon (02203): Carter–Ya'alon «امس الاثنين» → *Meeting* 2015-07-20; Carter's visit to Israel →
  *Visit*; his visits to Saudi Arabia and Jordan → two *Visit*, planned; the Vienna nuclear deal «الثلاثاء»
  → *Agreement* 2015-07-14. The Security Council resolution «امس» endorsing it is not coded separately
  (ambiguous, as an earlier round's endorsement); Kasasbeh's burning, Khamenei's warning not coded;
- Lebanese MP (01174): Geagea's visit to Saudi Arabia → *Visit*; his reception by King Salman →
  *Meeting*; the "declaration of intent" with the FPM → *Agreement*, "unknown"; the Hariri–Geagea meeting
  → *Meeting*, "unknown"; the nuclear deal → *Agreement*, "unknown"; Aoun's step towards the street →
  *Peaceful protest*, "unknown" (ambiguous; r53c coded it planned where it was only discussed);
- US media (00179): Obama's Africa visit → *Visit*; the US–Turkey Incirlik deal → *Agreement*; the
  Cincinnati officer's killing of Samuel DuBose → *Attack*, 1 dead, "unknown"; al-Nusra's attack on the
  "New Syrian Forces" → *Armed clash*; the Taliban–Kabul second round → *Talks*, planned. Not coded: the
  plane crash in England (accident), Mullah Omar's death, the migrants' Eurotunnel attempt (ambiguous),
  the racial unrest (general), the Clinton e-mails, Puerto Rico;
- French sources (00069): the Doha trilateral meeting «يوم الأحد الماضي» → *Meeting* 2015-08-02; the
  nuclear deal «الموقع في 14 يوليو» → *Agreement* 2015-07-14; Turkey's only strike on IS → *Air/drone
  strike* (ambiguous sub-type: launched from Turkish territory); the US–Turkey safe-zone/Incirlik
  understanding → *Agreement*. Not coded: Power's Security Council statement, de Mistura's ideas;
- Duma (00961): the settlers' arson in Duma «فجر الجمعة» → *Attack* 2015-07-31, 1 dead; the Atara
  checkpoint clashes (Laith al-Khalidi killed) → *Riots/Violent demonstration*, 1 dead; the settlers'
  attack on farmers in Qusra «السبت» → *Attack* 2015-08-01; the residents' clash with the settlers →
  *Riots/Mob violence* 2015-08-01 (the army's tear gas part of it). Not coded: the UN moves, the Abu
  Khdeir burning and the other crimes listed (general).

Counts: 8 articles, 40 events, no negative (Diplomacy 16, Battles 13, Violence against civilians 6,
Riots 2, Strategic developments 1, Protests 1, Explosions/Remote violence 1).

Run: python tests/data/events_r54b_source.py            (writes events_r54b.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r54b.jsonl")

F: dict[str, list[dict]] = {}

F["snn-20150806-00333"] = [  # legitimacy forces await orders to march on Sanaa
    E(
        "Battles/Government regains territory",
        "طرد آخر جيوب الحوثيين",
        actor=("القوة", "العميد ركن فضل حسن", "فضل حسن"),
        target=("الحوثيين",),
        place=("قاعدة العند", "العند"),
        date="2015-08-05",
        also=("طرد آخر الجيوب بمثلث العند",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "تحرير الحوطة",
        actor=("المقاومة الشعبية",),
        place=("الحوطة",),
    ),
    E(
        "Strategic developments/Disrupted weapons use",
        "نزع الألغام التي زرعها الحوثيون",
        actor=("المقاومة الشعبية",),
        place=("أبين", "زنجبار"),
    ),
    E(
        "Battles/Government regains territory",
        "تحرير جزء كبير من محافظة تعز",
        actor=("المقاومة الشعبية", "الجيش الوطني"),
        target=("الحوثيين",),
        place=("تعز", "محافظة تعز"),
        also=("وصل إلى منطقة الحوبان",),
    ),
]

F["snn-20150809-00142"] = [  # Houthi–Saleh clashes north of Sanaa
    E(
        "Battles/Armed clash",
        "مواجهات عنيفة",
        actor=("الحوثيين",),
        target=("قوات الحرس الجمهوري", "الحرس الجمهوري"),
        place=("أرحب", "مديرية أرحب"),
        date="2015-08-08",
        also=("الاشتباكات اندلعت",),
    ),
    E(
        "Battles/Armed clash",
        "اشتباكات مماثلة",
        actor=("الحوثيين",),
        target=("الحرس الجمهوري",),
        place=("نقيل العرقوب",),
        date="2015-08-07",
    ),
    E(
        "Battles/Armed clash",
        "اشتباكات بين الحرس الجمهوري",
        actor=("الحرس الجمهوري",),
        target=("الميليشيات الحوثية",),
        place=("الصباحة", "سواد حزيز", "صنعاء"),
    ),
    E(
        "Battles/Government regains territory",
        "تحرير عدن",
        place=("عدن",),
        date="unknown",
    ),
    E(
        "Battles/Government regains territory",
        "لحج",
        at="تحرير عدن وبعدها",
        place=("لحج",),
        date="unknown",
    ),
    E(
        "Battles/Armed clash",
        "مواجهات مع المقاومة الشعبية",
        at="لقي 4",
        actor=("المقاومة الشعبية",),
        target=("القيادات الأمنية الحوثية", "الحوثيين"),
        place=("إب", "محافظة إب", "العدين"),
        date="2015-08-08",
        fatalities=4,
        also=("اشتبكوا مع أفراد تلك الحملة",),
    ),
]

F["snn-20150807-01260"] = [  # opinion: the Brotherhood and hard-line discourse
    E(
        "Battles/Armed clash",
        "معركة الكرامة",
        actor=("الفدائيون", "الجيش العربي الأردني"),
        place=("الكرامة",),
        date="1968-03",
        status="historical",
        also=("الانتصار في الكرامة",),
    ),
    E(
        "Battles/Armed clash",
        "أحداث أيلول 1970",
        actor=("الفدائيين",),
        target=("الدولة الأردنية",),
        date="1970-09",
        status="historical",
    ),
    E(
        "Battles/Armed clash",
        "تم الهجوم على الكلية الفنية العسكرية",
        actor=("صالح سرية", "انصاره"),
        target=("حراس الكلية", "قوات الصاعقة المصرية"),
        place=("الكلية الفنية العسكرية",),
        date="1974",
        status="historical",
        fatalities=24,
        also=("بمحالة الانقلاب على الحكم",),
    ),
    E(
        "Violence against civilians/Attack",
        "بقتل مجموعة من طلاب مدرسة المدفعية",
        actor=("الإخوان",),
        target=("طلاب مدرسة المدفعية",),
        place=("حلب",),
        date="1979-06",
        status="historical",
        also=("بأحداث مدرسة المدفعية",),
    ),
    E(
        "Violence against civilians/Attack",
        "بمحاولة اغتيال الرئيس حافظ الأسد",
        actor=("الإخوان",),
        target=("حافظ الأسد", "الرئيس حافظ الأسد"),
        date="1980-06-20",
        status="historical",
    ),
    E(
        "Violence against civilians/Attack",
        "مجزرة حماة",
        actor=("حافظ الأسد", "نظام حافظ الأسد"),
        target=("الإخوان",),
        place=("حماة", "مدينة حماة"),
        date="unknown",
        status="historical",
        also=("بمجزرة دموية",),
    ),
]

F["snn-20150721-02203"] = [  # Pentagon: the military option stays; Carter in Israel
    E(
        "Diplomacy/Agreement",
        "الاتفاق حول البرنامج النووي الايراني",
        actor=("ايران",),
        target=("الدول الست الكبرى",),
        place=("فيينا",),
        date="2015-07-14",
        also=("اتفاق فيينا", "تم توقيعه الثلاثاء في فيينا"),
    ),
    E(
        "Diplomacy/Visit",
        "زيارتي",
        actor=("كارتر", "آشتون كارتر"),
        place=("تل أبيب", "اسرائيل", "إسرائيل"),
        also=("هدف الزيارة", "توقيت الزيارة"),
    ),
    E(
        "Diplomacy/Meeting",
        "التقى",
        at="كارتر في اسرائيل",
        actor=("أشتون كارتر", "كارتر"),
        target=("موشيه يعالون", "يعالون"),
        date="2015-07-20",
        also=("مستهل اللقاء",),
    ),
    E(
        "Diplomacy/Visit",
        "السعودية",
        at="واضافة الى اسرائيل",
        actor=("كارتر",),
        place=("السعودية",),
        status="planned",
    ),
    E(
        "Diplomacy/Visit",
        "سيزور",
        actor=("كارتر",),
        place=("الاردن",),
        status="planned",
    ),
]

F["snn-20150726-01174"] = [  # interview: Lebanese MP Antoine Zahra
    E(
        "Diplomacy/Agreement",
        "إعلان النوايا",
        actor=('"القوات"', "القوات"),
        target=('التيار "الوطني الحر"', "الوطني الحر"),
        date="unknown",
    ),
    E(
        "Diplomacy/Visit",
        "زيارة رئيس حزب",
        actor=("سمير جعجع", "جعجع"),
        place=("السعودية",),
        also=("زيارة جعجع إلى السعودية",),
    ),
    E(
        "Diplomacy/Meeting",
        "باستقباله",
        actor=("سلمان بن عبد العزيز", "خادم الحرمين الشريفين"),
        target=("سمير جعجع",),
    ),
    E(
        "Protests/Peaceful protest",
        "خطوة العماد ميشال عون تجاه الشارع",
        actor=("ميشال عون", "العماد ميشال عون"),
        date="unknown",
    ),
    E(
        "Diplomacy/Agreement",
        "الاتف\u0640\u0640اق النووي",
        date="unknown",
    ),
    E(
        "Diplomacy/Meeting",
        "اللقاء بين الحريري وجعجع",
        actor=("الحريري",),
        target=("جعجع",),
        date="unknown",
    ),
]

F["snn-20150803-00179"] = [  # US media round-up
    E(
        "Diplomacy/Visit",
        "زيارة الرئيس باراك أوباما إلى أفريقيا",
        actor=("باراك أوباما", "أوباما"),
        place=("أفريقيا", "أديس أبابا"),
    ),
    E(
        "Diplomacy/Agreement",
        "اتفاق أميركي - تركي",
        place=("إنجيرليك",),
    ),
    E(
        "Violence against civilians/Attack",
        "بقتل رجل أسود",
        actor=("شرطي", "راي تنسنغ"),
        target=("رجل أسود", "صمويل دوبوي"),
        place=("جامعة سنسيناتي", "سنسيناتي", "ولاية أوهايو"),
        date="unknown",
        fatalities=1,
    ),
    E(
        "Battles/Armed clash",
        "هجمت",
        actor=("جبهة النصرة",),
        target=("القوات السورية الجديدة",),
        place=("سوريا",),
    ),
    E(
        "Diplomacy/Talks",
        "الجولة الثانية من المحادثات",
        actor=("الإمارة الإسلامية", "طالبان"),
        target=("إدارة كابل", "حكومة كابل"),
        place=("باكستان", "الصين"),
        status="planned",
        also=("محادثات سلام مع حكومة كابل",),
    ),
]

F["snn-20150808-00069"] = [  # French sources: the Doha meeting
    E(
        "Diplomacy/Agreement",
        "الاتفاق النووي الموقع",
        date="2015-07-14",
    ),
    E(
        "Diplomacy/Meeting",
        "اجتماع الدوحة الثلاثي",
        actor=("وزراء خارجية الولايات المتحدة وروسيا والسعودية", "الولايات المتحدة", "روسيا", "السعودية"),
        place=("الدوحة",),
        date="2015-08-02",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "الضربة العسكرية الوحيدة",
        actor=("القوات التركية",),
        target=("داعش",),
    ),
    E(
        "Diplomacy/Agreement",
        "اتفق عليها الطرفان",
        actor=("واشنطن",),
        target=("أنقرة",),
        also=("للتفاهم التركي الأميركي",),
    ),
]

F["snn-20150802-00961"] = [  # Palestinian–Jordanian move over the Duma crime
    E(
        "Violence against civilians/Attack",
        "جريمة احراق العائلة الفلسطينية",
        actor=("مستوطنين ارهابيين", "مستوطنين", "إرهابيون يهود"),
        target=("العائلة الفلسطينية", "علي سعد دوابشة", "الطفل الرضيع علي سعد دوابشة"),
        place=("دوما", "قرية دوما"),
        date="2015-07-31",
        fatalities=1,
        also=("الاعتداء الإرهابي",),
    ),
    E(
        "Riots/Violent demonstration",
        "اشتباكات مع القوات الإسرائيلية",
        actor=("شبان فلسطينيين", "شابًا فلسطينيًا", "ليث الخالدي"),
        target=("القوات الإسرائيلية", "قوات الجيش الإسرائيلي"),
        place=("حاجز عطارة", "بيرزيت", "بلدة بيرزيت"),
        fatalities=1,
        also=("المواجهات التي شهدتها الأراضي الفلسطينية", "مواجهات بين شبان فلسطينيين"),
    ),
    E(
        "Violence against civilians/Attack",
        "هاجموا المزارعين الفلسطينيين",
        actor=("المستوطنين", "مستوطنًا"),
        target=("المزارعين الفلسطينيين", "المزارعين"),
        place=("قصرة", "بلدة قصرة"),
        date="2015-08-01",
        also=("هاجموا المزارعين أثناء",),
    ),
    E(
        "Riots/Mob violence",
        "ودارت مواجهات بين الطرفين",
        actor=("المواطنون", "لجان الحماية الشعبية"),
        target=("المستوطنين",),
        place=("قصرة", "البلدة"),
        date="2015-08-01",
    ),
]


if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
