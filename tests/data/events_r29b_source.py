"""Source of tests/data/events_r29b.jsonl: the twenty-ninth blind event round, part r29b.

10 real articles (SaudiNewsNet politics, 1,576–2,481 characters): the lines of /work/brief/DRAW_r29.tsv
(the saved output of `python tests/data/events_round29_select.py`) whose first column is `r29b`
(selection = events_round29_select.py, seed 2929, part r29b). All 10 kept, none dropped; 1 of them
reports no event (negative). Annotated by reading only (2026-11-29): the event coder was never run on
these articles and no coder output was read. Same format and guidelines as events_dev_source.py and
events_fresh_source.py (docs/events.md § Dev set); `build()` comes from events_dev_source.py
(SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three 12-word
runs with an article of another tests/data/events_*.jsonl set. Same happenings in other words: the
liberation of Aden (many rounds), Mashra'a wa Hadnan (r27a), Zinjibar and the columns reaching Jaar
(dev, r21c, r25c, r26c), the Turkish campaign against the PKK (r20–r28).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r28c_source.py):
- Eid/condolence opinion: «تحرير عدن من براثن الحوثيين» «قبل أيام» → *Government regains territory*
  dated 2015-07 (the text gives only "days ago"; as r25c's «الشهر الماضي»); the victims «هنا وهناك»
  and the death of Hamad al-Zamil (natural) are not coded;
- Houthi withdrawal offer: «عدن تحررت بالكامل» → *Government regains territory*, "unknown" (as r26a);
  the offer to withdraw for lifting sanctions (a proposal, as r26a; ambiguous: *Strategic
  developments/Other*), Abyan/Lahj «على وشك», the refused truces and the generic blows are not coded;
- Taiz western front: the army's advance toward al-Dabab ending in control of the Medical College and
  al-Masani' districts → one *Government regains territory* (the army «مدعوما بالمقاومة»; «نسيطر
  حاليا» a mention; ambiguous: could be an *Armed clash* since the control may be older); the Sabr
  front freeing Mashra'a wa Hadnan → *Non-state actor overtakes territory* (as r27a), publication date;
  the operations under way to clear Jabal al-Arous → *Armed clash* (ambiguous: an aim), no date;
  «الهزيمة التي تكبدوها في مدينة عدن» → Aden's liberation, "unknown" (as r26a's «هزيمتهم في عدن»);
  the Houthi transfers of men and equipment to Taiz, the prisoners held and the coordination with the
  coalition are not coded;
- Abyan/Lahj/Sanaa/Marib (Okaz): the Abyan battles in which the Resistance took al-Salamiya, Jabal
  Akad, al-Humaira and Husun al-Tali → one *Non-state actor overtakes territory* (the battle its first
  mention; the taker is «المقاومة», though the army is «المدعومة بالمقاومة» — ambiguous: *Government
  regains territory*); the battles still going on in al-Ain (Mudiyah) and al-Wadi' (Lawdar) → one *Armed
  clash* (the advance on Lawdar a mention; the coalition's «غطاء جويا» not coded apart); the Houthis'
  looting of fishermen's boats at Shuqra → *Looting/property destruction*, "unknown" (a relative clause;
  ambiguous); the coalition destroying the ten boats with 34 Houthis before Aden → *Air/drone strike*
  (ambiguous: the text names no weapon, could be naval *Shelling* or *Disrupted weapons use*), no
  fatalities given; the tightened siege and advance on al-Anad with the clashes near Labouza camp →
  one *Armed clash* («عشرات» dead: no number); the Resistance taking al-Nakhila near al-Anad → *Non-state
  actor overtakes territory*; the expected full control of al-Anad is not coded; the raids on al-Husseini
  → *Air/drone strike*; the two raids on al-Manar camp «أمس» → one *Air/drone strike* 2015-07-22 (its
  first mention «دمرت … في غارتين جويتين»); Marib: 13 Houthis killed, 3 captured at al-Jufaina →
  *Armed clash*, 13 dead; the Houthi leader's call to mobilise and his meeting of his own followers in
  Saada (internal) are not coded;
- Dempsey: his meeting in Baghdad «السبت الماضي» with al-Abadi and al-Obeidi → *Meeting* 2015-07-18
  (no *Visit*: the text names no trip, as r28b); the planned commando teams (a deployment), the IS
  threat to kill al-Jabouri, the blocs' verbal attacks and the Anbar «معارك تحرير» named as background
  of the blocs' statements (a campaign, ambiguous) are not coded;
- «حزم الرياض» (opinion, negative): Khamenei's and al-Maliki's statements, the «هجوم» on Riyadh (verbal),
  the Yemen intervention and the 2003 occupation named as argument are not coded;
- Zinjibar/Hodeidah: the thuwar «بمساعدة عناصر الجيش» completing the recovery of Zinjibar «أول من أمس» →
  *Non-state actor overtakes territory* 2015-08-07 (as fresh; ambiguous: r21c coded a pro-Hadi
  version as government); the clearing and the clashes inside the city, 12 Houthis dead «أمس» → *Armed
  clash* 2015-08-08, 12 dead (the surrenders part of it); the coalition bombing of the 15th Brigade camp
  («العشرات» dead: no number) → *Air/drone strike*; the tanks and vehicles reaching Jaar → *Strategic
  developments/Other* (as dev's «وصول أرتال عسكرية» to Zinjibar/Jaar), the reinforcements heading to
  Marib and Shabwa (no arrival) and the Houthi flight toward al-Bayda are not coded; Hodeidah: the raids
  on the anti-malaria building in Hays (11 dead) and the farm in al-Durayhimi (8 dead) → two *Air/drone
  strike* events (the closing «تركيز … قصفها» a mention of the first); the «خطة جديدة» is a plan;
- aid: al-Rabeeah receiving the WHO regional director al-Alwan in Riyadh «أمس» → *Meeting* 2015-08-03;
  WFP's food distribution to 340,000 people in Aden → *Diplomacy/Aid*, publication date; al-Asbahi
  meeting the USAID officials → *Meeting*, no place or date given (as r20a); his account of four
  months of Houthi violations and «تعز تواجه أشرس وأعنف المواجهات» (generic, a minister's statement;
  ambiguous: *Armed clash* in Taiz), the WHO plans and the call for aid are not coded;
- al-Yafei (analysis): the liberation of Aden «في الأيام الماضية» by the Popular Resistance and the
  coalition → *Government regains territory* 2015-07; the 1962 revolution, the GCC initiative of 2011 (as
  r27a; ambiguous: a historical *Agreement*), resolution 2216, the planned al-Anad/Lahj/Abyan operations
  are not coded;
- Turkey: two killed in clashes «ليلة امس» in Silopi → *Armed clash* 2015-08-07, 2 dead, no actor; the
  arrest of 17 IS suspects in raids in Manisa «فجر أمس» → *Arrests* 2015-08-07; the gendarmerie's five
  raids on PKK sites in Ankara «فجر الجمعة» → *Arrests* 2015-08-07 (ambiguous: the text names no
  detention; *Strategic developments/Other*); the 7 July–5 August tallies (casualties, burnt vehicles,
  260 PKK dead in air strikes «في نفس الفترة», 1,500 arrests, 275 warrants) are tallies, not coded
  (ambiguous: r28b coded the air campaign with a start date).
Negative (1): snn-20150725-00288 («حزم الرياض» opinion).
Run: python tests/data/events_r29b_source.py            (writes events_r29b.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r29b.jsonl")

F: dict[str, list[dict]] = {}  # in draw order
F["snn-20150722-01621"] = [
    E(
        "Battles/Government regains territory",
        "تحرير عدن",
        target=("الحوثيين",),
        place=("عدن",),
        date="2015-07",
    ),
]
F["snn-20150806-01976"] = [
    E(
        "Battles/Government regains territory",
        "تحررت",
        at="عدن",
        place=("عدن",),
        date="unknown",
    ),
]
F["snn-20150806-03009"] = [
    E(
        "Battles/Government regains territory",
        "تقدم",
        at="وهناك",
        actor=("الجيش الوطني", "المقاومة الشعبية"),
        target=("الحوثيين",),
        place=("كلية الطب", "المصانع", "برباشا", "خط الضباب", "مدينة تعز", "تعز"),
        also=("نسيطر حاليا",),
    ),
    E(
        "Battles/Government regains territory",
        "الهزيمة",
        at="بعد",
        target=("الحوثيين",),
        place=("مدينة عدن", "عدن"),
        date="unknown",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "حررت",
        at="جبهة صبر",
        actor=("جبهة صبر", "المقاومة الشعبية"),
        target=("الحوثي",),
        place=("مشرعة وحدنان", "صبر"),
        also=("تطهيرهما",),
    ),
    E(
        "Battles/Armed clash",
        "العمليات",
        at="مؤكدا بأن",
        actor=("جبهة صبر", "المقاومة الشعبية"),
        target=("الحوثي",),
        place=("جبل العروس",),
    ),
]
F["snn-20150723-01226"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "معارك عنيفة",
        actor=("المقاومة", "قوات الجيش المدعومة بالمقاومة", "قوات الجيش"),
        target=("مليشيات الحوثي", "قوات صالح", "تحالف مليشيات الحوثي وقوات صالح"),
        place=("قرية السلامية", "السلامية", "جبل عكد", "الحميراء", "حصون الطلي", "محافظة أبين", "أبين"),
        also=("السيطرة على مواقع قرية السلامية",),
    ),
    E(
        "Battles/Armed clash",
        "المعارك تدور",
        actor=("المقاومة", "قوات الجيش"),
        target=("الحوثي", "مليشيات الحوثي"),
        place=("منطقة العين", "العين", "مودية", "الوضيع", "لودر"),
        also=("تزحف نحو آخر حصون الحوثي",),
    ),
    E(
        "Strategic developments/Looting/property destruction",
        "نهبت",
        actor=("الحوثيين",),
        target=("صيادين يمنيين", "زوارق تابعة لصيادين يمنيين"),
        place=("منطقة شقرة", "شقرة", "أبين"),
        date="unknown",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "تدميرها",
        actor=("قوات التحالف",),
        target=("الزوارق العشرة", "34 حوثيا", "الحوثيين"),
        place=("عدن", "شقرة"),
    ),
    E(
        "Battles/Armed clash",
        "شددت",
        actor=("قوات من الجيش والمقاومة", "المقاومة", "الجيش"),
        target=("الحوثيين",),
        place=("قاعدة العند العسكرية", "قاعدة العند", "العند", "معسكر لبوزة", "لحج"),
        also=("تقدمت المقاومة", "المواجهات قرب معسكر لبوزة"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرت",
        at="أن المقاومة",
        actor=("المقاومة",),
        target=("الحوثيين",),
        place=("منطقة النخيلة", "النخيلة", "المسيمير", "قاعدة العند", "لحج"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات عديدة",
        actor=("طائرات التحالف", "التحالف"),
        target=("مواقع للحوثيين", "الحوثيين"),
        place=("الحسيني",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارتين جويتين",
        actor=("طائرات التحالف العربي", "التحالف العربي"),
        target=("الحوثيون", "للحرس الجمهوري", "معسكر المنار"),
        place=("معسكر المنار", "الحيمة الخارجية", "صنعاء", "ضواحي العاصمة صنعاء"),
        date="2015-07-22",
        also=("غارتين جويتين استهدفتا",),
    ),
    E(
        "Battles/Armed clash",
        "قتل",
        at="وفي محافظة مأرب",
        actor=("المقاومة",),
        target=("مليشيات الحوثي", "13 مسلحا", "الحوثيين"),
        place=("الجفينة", "محافظة مأرب", "مأرب"),
        fatalities=13,
        also=("مواجهات عنيفة مع المقاومة",),
    ),
]
F["snn-20150721-02435"] = [
    E(
        "Diplomacy/Meeting",
        "اجتماعه",
        actor=("الجنرال ديمبسي", "ديمبسي", "مارتن ديمبسي", "رئيس الأركان الأمريكي"),
        target=("حيدر العبادي", "العبادي", "خالد العبيدي"),
        place=("بغداد",),
        date="2015-07-18",
        also=("خلال الاجتماع",),
    ),
]
F["snn-20150725-00288"] = []  # opinion: statements, a verbal «هجوم», the 2003 occupation as argument
F["snn-20150809-00775"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "استرداد",
        actor=("الثوار", "عناصر الجيش الموالي للشرعية"),
        target=("التمرد الحوثي", "فلول الرئيس المخلوع صالح"),
        place=("مدينة زنجبار", "زنجبار", "محافظة أبين", "أبين"),
        date="2015-08-07",
    ),
    E(
        "Battles/Armed clash",
        "تطهيرها",
        actor=("الثوار", "عناصر المقاومة"),
        target=("جيوب العمالة", "بعض جيوب العمالة", "حوثيا", "الانقلابيين"),
        place=("زنجبار", "المدينة"),
        date="2015-08-08",
        fatalities=12,
        also=("مواجهات عنيفة", "حدة الاشتباكات"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصف عنيف",
        actor=("طائرات التحالف العربي", "التحالف العربي"),
        target=("معسكر اللواء 15", "اللواء 15"),
        place=("زنجبار", "معسكر اللواء 15"),
    ),
    E(
        "Strategic developments/Other",
        "وصلت",
        at="كما وصلت",
        actor=("الجيش اليمني",),
        place=("مدينة جعار", "جعار", "أبين"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات مباغتة",
        actor=("مقاتلات التحالف", "التحالف"),
        target=("مواقع المتمردين الحوثيين", "المتمردين الحوثيين", "حوثيا"),
        place=("مديرية حيس", "حيس", "مبنى مكافحة الملاريا", "محافظة الحديدة", "الحديدة"),
        fatalities=11,
        also=("القصف استهدف", "قصفها على مواقع في محافظة الحديدة"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارة أخرى",
        actor=("طيران التحالف", "التحالف"),
        target=("الانقلابيون", "مزرعة", "حوثيين"),
        place=("مديرية الدريهمي", "الدريهمي", "محافظة الحديدة", "الحديدة"),
        fatalities=8,
    ),
]
F["snn-20150804-00823"] = [
    E(
        "Diplomacy/Meeting",
        "استقباله",
        actor=("الدكتور عبدالله الربيعة", "عبدالله الربيعة", "مركز الملك سلمان للإغاثة والأعمال الإنسانية"),
        target=("الدكتور علاء العلوان", "علاء العلوان", "منظمة الصحة العالمية"),
        place=("الرياض",),
        date="2015-08-03",
        also=("استعرض", "وناقش الجانبان"),
    ),
    E(
        "Diplomacy/Aid",
        "توزيع",
        actor=("برنامج الأغذية العالمي", "الأمم المتحدة"),
        target=("340 ألف شخص",),
        place=("جنوب محافظة عدن", "عدن"),
    ),
    E(
        "Diplomacy/Meeting",
        "التقى",
        actor=("عزالدين الأصبحي", "الأصبحي", "وزير حقوق الإنسان"),
        target=("بوب ويلسون", "كارين برونسون", "الوكالة الأميركية للتنمية"),
        also=("خلال اللقاء",),
    ),
]
F["snn-20150727-00891"] = [
    E(
        "Battles/Government regains territory",
        "تحرير",
        at="في الأيام الماضية من",
        actor=("المقاومة الشعبية", "قوات التحالف"),
        place=("محافظة عدن", "عدن"),
        date="2015-07",
        also=("تحرير عدن",),
    ),
]
F["snn-20150808-00677"] = [
    E(
        "Battles/Armed clash",
        "قُتل شخصان",
        place=("سيلوبي", "جنوب شرق تركيا"),
        date="2015-08-07",
        fatalities=2,
        also=("اشتباكات جديدة", "الوفيات"),
    ),
    E(
        "Strategic developments/Arrests",
        "ألقت",
        at="من جهة اخرى",
        actor=("قوات الأمن التركية", "قوات مكافحة الإرهاب", "قوات الدرك"),
        target=("17 شخصا", "المشتبه بهم"),
        place=("مدينة مانيسا", "مانيسا"),
        date="2015-08-07",
        also=("عمليات دهم", "داهمت", "التوقيفات"),
    ),
    E(
        "Strategic developments/Arrests",
        "حملات استهدفت",
        actor=("قوات الدرك التركية",),
        target=("عناصر حزب العمال الكردستاني", "حزب العمال الكردستاني"),
        place=("انقرة", "أنقرة"),
        date="2015-08-07",
        also=("خمس عمليات أمنية",),
    ),
]

if __name__ == "__main__":
    print(build(F, OUT), "articles ->", OUT)
