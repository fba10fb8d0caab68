"""Source of tests/data/events_r21a.jsonl: the twenty-first blind event round, part r21a.

10 real articles (SaudiNewsNet politics 10, 1,532–2,495 characters): the lines of /work/brief/DRAW_r21.tsv
(= `python tests/data/events_round21_select.py` at draw time) whose first column is `r21a` (selection =
events_round21_select.py, seed 2121, part r21a). All 10 kept, none dropped; 33 events; no negative.
Annotated by reading only (2026-11-29): the event coder was never run on these articles and no coder
output was read. Same format and guidelines as events_dev_source.py and events_fresh_source.py
(docs/events.md § Dev set); `build()` comes from events_dev_source.py (SaudiNewsNet articles by reference
+ sha1).

Near-copies: one. snn-20150802-00079 (bin Zayed receiving al-Jubeir) shares long passages (the same
agency text) with r22b's snn-20150803-00819, committed while this part was annotated; coded the same way
(*Meeting* 2015-08-01, Abu Dhabi): score it separately. No other article shares its first 80 characters
(whitespace normalised) or a 120-character passage with a tests/data/events_*.jsonl text. Same happenings
in other words: the liberation of Aden and of al-Tawahi (many rounds), the Dar Saad Katyusha massacre
(coded 2015-07-19 as the HRW articles), the Utmah and Abyan takeovers (an earlier round), the five-day
truce of 26 July (fresh, r19a, r20a), the al-Qaryatain abductions, the Houthi takeover of Sanaa and the
26 March air campaign.

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r20c_source.py):
- Yemeni embassy in Beirut stopping visas for Lebanese → *Diplomacy/Sanction* (ambiguous: a consular
  restriction, CAMEO "reduce relations"); the coalition's armoured vehicles sent «قبل أيام» to the
  Resistance → *Diplomacy/Aid* dated 2015-07 (as the arms plane of an earlier round); Saudi relief planes
  landing at Aden airport → *Diplomacy/Aid* («طائرة إغاثية» is Aid); the defeats in Aden and the complete
  control there are states, the ministers' daily meeting is habitual and domestic;
- Aden (00883): the sweep of al-Tawahi by the Resistance and army units «الموالي للشرعية», completed
  Monday («بعد تمشيطها الإثنين») → *Government regains territory* 2015-07-20, the surrender of dozens of
  Houthis a mention; the earlier control of the rest of Aden («بعد سيطرة») → a second one, date
  "unknown"; the ongoing fight with the besieged snipers in al-Maashiq → *Armed clash*; the Dar Saad
  Katyusha shelling → *Shelling*, 43 dead, dated 2015-07-19 by the health office's «البارحة الأولى»
  (ambiguous: the leader's «بالأمس» gives 2015-07-20); al-Bakri's appointment, the UAE airport team and
  al-Alam «تحت سيطرة» are not coded (as earlier rounds);
- Russia (01132): Khoja–Lavrov in Moscow «في 12 الشهر الجاري» → planned *Meeting*, the coalition's
  accepted visit to Moscow a mention; the Russian–US agreement «أمس الأول» on chemical attacks →
  *Diplomacy/Agreement* 2015-08-07; the Jobar shells on Damascus «أمس» → *Shelling*, 5 dead, rebels
  («فصائل المقاومة») as actor; the Turkish soldier killed near Elbeyli «الشهر الماضي» → historical
  *Armed clash* 2015-07, 1 dead; Davutoglu's visit to a Turkish border post is domestic (not coded);
- Lahj (00517): al-Wahat and Sabr taken «أمس الأحد» by the Resistance and the army → one *Government
  regains territory* (two close towns, one happening), the two days of battles its mention, 38 dead
  (~30 Houthis + 8 Resistance); the limited battles in al-Fayush and Ja'wala → *Armed clash*; Aden's
  liberation «الأسبوع الماضي» → *Government regains territory* 2015-07; the truce from midnight Sunday →
  *Strategic developments/Agreement* 2015-07-26 (as r20a); the al-Anad siege (ongoing), the expected
  sweep, the withdrawals and the Houthis' present-tense shelling of Dar Saad (habitual) are not coded;
- Lebanese press review (01572): Tammam Salam's visit to Jordan «يوم غد الأربعاء» → planned *Visit*;
  ISIS abducting 200 civilians in al-Qaryatain → *Abduction* (France's condemnation not coded); the
  shooting at the US consulate in Istanbul → *Violence against civilians/Attack* (ambiguous: guards may
  have been the target); the two attacks killing six security men → two *Armed clash* events (Istanbul,
  the south-east), fatalities left empty (6 is their joint toll); the Saudi cabinet, the mandate
  extension, the Syrian battles «في عدد من المدن» and the Qudsaya siege are not coded;
- Hadi forces (01134): Utmah (Dhamar) and the six Ibb districts → *Government regains territory* (the
  text calls the Resistance Hadi's forces; ambiguous: earlier rounds coded the Resistance alone as
  non-state), the continuing Ibb clashes a mention of the Ibb advance; the expulsion from Abyan
  «الاثنين» → *Government regains territory* 2015-08-10; the Taiz «المواجهات» → *Armed clash*; Sanaa
  taken «في ايلول/سبتمبر الماضي» → historical *Non-state actor overtakes territory* 2014-09; the air
  campaign of 26 March → historical *Air/drone strike*; the Gulf deployment of 3 August (a deployment),
  the Shabwa governor's flight and the landmines being laid are not coded;
- ICRC (01116): Maurer's three-day visit ending «اليوم الثلاثاء» → *Diplomacy/Visit* 2015-08-11; Sanaa's
  takeover (relative clause) → historical, "unknown" (as r19a/r20a); the air campaign → historical;
  strikes on markets «أشارت تقارير» are unplaced;
- Bin Zayed receiving al-Jubeir «مساء أمس السبت» → *Meeting* 2015-08-01;
- journalists (00936): the militias' «اجتياح» of Sanaa → historical takeover, "unknown"; al-Aizari and
  Qabil held as human shields → historical *Abduction*, "unknown" (ambiguous); the travel ban, the 13
  journalists abducted «خلال الفترة الماضية» (a tally), their referral and the looted media offices are
  not coded;
- US papers (00111): the Aden takeover by the Resistance «المؤيدة لحكومة هادي» → *Government regains
  territory*, date 2015-07 (before the Thursday briefing; Bahah's Eid announcement a mention); Kerry's
  «القتال مستمر», the ministers' return and Hadi's request are not coded.

Run: python tests/data/events_r21a_source.py            (writes events_r21a.jsonl)
Text licences: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r21a.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150724-00775"] = [
    E(
        "Diplomacy/Sanction",
        "أوقفت",
        actor=("سفارة بلاده", "السفارة اليمنية", "الحكومة اليمنية"),
        target=("للمواطنين اللبنانيين", "اللبنانيين"),
        place=("بيروت", "لبنان"),
    ),
    E(
        "Diplomacy/Aid",
        "أرسلتها",
        actor=("دول التحالف", "التحالف العربي"),
        target=("المقاومة",),
        date="2015-07",
        also=("الآليات العسكرية المتطورة",),
    ),
    E(
        "Diplomacy/Aid",
        "هبوط",
        actor=("الإغاثة السعودية", "السعودية"),
        place=("مطار عدن", "عدن"),
        also=("طائرات الإغاثة السعودية",),
    ),
]
F["snn-20150721-00883"] = [
    E(
        "Battles/Government regains territory",
        "استكملت",
        actor=("المقاومة الشعبية", "وحدات الجيش الموالي للشرعية", "الجيش الموالي للشرعية"),
        target=("ميليشيات الحوثي", "الحوثيين"),
        place=("منطقة التواهي", "التواهي", "عدن"),
        date="2015-07-20",
        also=("تحت سيطرت المقاومة", "سلموا أنفسهم", "تمشيطها"),
    ),
    E(
        "Battles/Government regains territory",
        "سيطرة",
        at="بعد سيطرة",
        actor=("الجيش والمقاومة", "الجيش", "المقاومة"),
        target=("ميليشيات الحوثي",),
        place=("بقية مديريات عدن", "عدن"),
        date="unknown",
    ),
    E(
        "Battles/Armed clash",
        "الاشتباك",
        actor=("المقاومة الشعبية", "المقاومة"),
        target=("قناصة",),
        place=("مباني المعاشيق", "المعاشيق", "كريتر"),
        also=("محاصرون",),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "بقصف",
        actor=("ميليشيات الحوثي", "الحوثي", "صالح"),
        target=("الأطفال والمدنيين", "مدنيا", "مناطق سكنية"),
        place=("دار سعد", "عدن"),
        date="2015-07-19",
        fatalities=43,
        also=("مجزرة", "قصف ميليشيات الحوثي وصالح"),
    ),
]
F["snn-20150809-01132"] = [
    E(
        "Diplomacy/Meeting",
        "يلتقي",
        actor=("خالد خوجة", "رئيس الائتلاف السوري", "الائتلاف"),
        target=("سيرجي لافروف", "وزير الخارجية الروسي", "لافروف"),
        place=("موسكو",),
        date="2015-08-12",
        status="planned",
        also=("زيارة موسكو",),
    ),
    E(
        "Diplomacy/Agreement",
        "بالاتفاق",
        actor=("الروسي", "روسيا"),
        target=("الأمريكي",),
        date="2015-08-07",
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قذائف",
        actor=("فصائل المقاومة",),
        place=("دمشق", "باب توما", "شارعي الثورة وبغداد", "العاصمة دمشق"),
        date="2015-08-08",
        fatalities=5,
        also=("سقوط القذائف",),
    ),
    E(
        "Battles/Armed clash",
        "قتل",
        at="قرب مكان",
        actor=("تنظيم داعش", "داعش"),
        target=("جندي تركي",),
        place=("ايلبيلي", "كيليس", "الجانب السوري من الحدود"),
        date="2015-07",
        status="historical",
        fatalities=1,
        also=("اشتباكات مع تنظيم داعش",),
    ),
]
F["snn-20150727-00517"] = [
    E(
        "Battles/Government regains territory",
        "السيطرة",
        actor=("المقاومة الشعبية والجيش", "المقاومة الشعبية", "المقاومة والجيش", "الجيش"),
        target=("الحوثيين", "مسلحًا حوثيًا", "صالح"),
        place=("بلدتي الوهط وصبر", "الوهط", "صبر", "محافظة لحج", "لحج"),
        date="2015-07-26",
        fatalities=38,
        also=("استكملوا سيطرتهم", "معارك عنيفة اندلعت", "انسحبوا"),
    ),
    E(
        "Battles/Armed clash",
        "معارك محدودة",
        actor=("المقاومة",),
        target=("الحوثيين",),
        place=("منطقتي الفيوش وجعولا", "الفيوش", "جعولا", "عدن"),
    ),
    E(
        "Battles/Government regains territory",
        "تحرير",
        at="الأسبوع الماضي",
        actor=("المقاومة والجيش", "المقاومة", "الجيش"),
        target=("الحوثيون", "صالح"),
        place=("مدينة عدن", "عدن"),
        date="2015-07",
    ),
    E(
        "Strategic developments/Agreement",
        "بالهدنة",
        actor=("التحالف العربي", "التحالف"),
        place=("اليمن",),
        date="2015-07-26",
        also=("الهدنة الانسانية", "السبت الهدنة"),
    ),
]
F["snn-20150811-01572"] = [
    E(
        "Diplomacy/Visit",
        "الزيارة",
        actor=("تمام سلام", "رئيس مجلس الوزراء اللبناني"),
        place=("الأردن",),
        date="2015-08-12",
        status="planned",
        also=("اجتماعات اللجنة العليا المشتركة",),
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "بخطف",
        actor=("داعش", 'تنظيم " داعش "'),
        target=("200 مدني", "المخطوفين"),
        place=("منطقة القريتين", "القريتين", "ريف حمص"),
    ),
    E(
        "Violence against civilians/Attack",
        "إطلاق النار",
        actor=("مجموعة يسارية متطرفة",),
        target=("القنصلية الأميركية",),
        place=("اسطنبول",),
    ),
    E(
        "Battles/Armed clash",
        "هجومين",
        actor=("مسلحين",),
        target=("رجال الأمن الأتراك", "عناصر من رجال الأمن الأتراك"),
        place=("اسطنبول",),
    ),
    E(
        "Battles/Armed clash",
        "هجومين",
        actor=("مسلحين",),
        target=("رجال الأمن الأتراك", "عناصر من رجال الأمن الأتراك"),
        place=("جنوب شرق البلاد",),
    ),
]
F["snn-20150811-01134"] = [
    E(
        "Battles/Government regains territory",
        "سيطرت",
        at="وقد سيطرت",
        actor=("القوات الموالية للرئيس اليمني", "هذه القوات", "قوات هادي"),
        target=("المتمردون الحوثيون", "الحوثيين"),
        place=("منطقة عتمة", "عتمة", "محافظة ذمار", "ذمار"),
    ),
    E(
        "Battles/Government regains territory",
        "طردت",
        actor=("قوات هادي",),
        target=("الحوثيين وحلفاءهم", "الحوثيين"),
        place=("محافظة ابين", "ابين"),
        date="2015-08-10",
    ),
    E(
        "Battles/Armed clash",
        "المواجهات",
        place=("تعز",),
    ),
    E(
        "Battles/Government regains territory",
        "سيطرت",
        at="قوات المقاومة سيطرت",
        actor=("قوات المقاومة", "قوات هادي"),
        target=("الحوثيين",),
        place=("ست مديريات في اب", "اب", "محافظة اب"),
        also=("تصعد عملياتها", "تتقدم قوات هادي في المنطقة الوسطى", "استمرار الاشتباكات"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "وسيطروا",
        actor=("الحوثيون",),
        place=("صنعاء",),
        date="2014-09",
        status="historical",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "حملة عسكرية جوية",
        actor=("التحالف العربي",),
        target=("الحوثيين",),
        date="2015-03-26",
        status="historical",
    ),
]
F["snn-20150811-01116"] = [
    E(
        "Diplomacy/Visit",
        "زيارة",
        actor=("بيتر مورار", "مورار", "اللجنة الدولية للصليب الأحمر"),
        place=("اليمن",),
        date="2015-08-11",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرت",
        actor=("قوات الحوثيين",),
        place=("العاصمة صنعاء", "صنعاء"),
        date="unknown",
        status="historical",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "حملة جوية",
        actor=("تحالف عربي تقوده السعودية", "تحالف عربي"),
        target=("الحوثيين",),
        date="2015-03-26",
        status="historical",
    ),
]
F["snn-20150802-00079"] = [
    E(
        "Diplomacy/Meeting",
        "استقبل",
        actor=("الشيخ محمد بن زايد آل نهيان", "محمد بن زايد"),
        target=("عادل بن أحمد الجبير", "وزير الخارجية السعودي", "الجبير"),
        place=("أبوظبي",),
        date="2015-08-01",
        also=("خلال الاستقبال", "خلال اللقاء"),
    ),
]
F["snn-20150808-00936"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "اجتياح",
        actor=("الميليشيات",),
        place=("صنعاء",),
        date="unknown",
        status="historical",
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "كدروع بشرية",
        at="وبلغ بها الأمر",
        actor=("جماعة الحوثي", "جماعة الحوثي المتمردة"),
        target=("يوسف العيزري", "عبدالله قابل", "الصحفيين يوسف العيزري وعبدالله قابل"),
        date="unknown",
        status="historical",
    ),
]
F["snn-20150721-00111"] = [
    E(
        "Battles/Government regains territory",
        "سيطرة",
        actor=("قوات المقاومة الشعبية", "قوات المقاومة الشعبية المؤيدة لحكومة هادي", "القوات الشعبية"),
        target=("قوات الحوثيين", "الحوثيين", "علي عبد الله صالح"),
        place=("مدينة عدن", "عدن"),
        date="2015-07",
        also=(
            "وطرد قوات الحوثيين",
            "القوات الشعبية سيطرت",
            "قوات المقاومة الشعبية سيطرت",
            "تحرير عدن",
            "بتراجع الحوثيين",
        ),
    ),
]

if __name__ == "__main__":
    print(build(F, OUT))
