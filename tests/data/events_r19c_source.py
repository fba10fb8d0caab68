"""Source of tests/data/events_r19c.jsonl: the nineteenth blind event round, part r19c.

14 real articles (SaudiNewsNet politics, 903–1,457 characters): the lines of /work/brief/DRAW_r19.tsv
(the saved output of `python tests/data/events_round19_select.py`) whose first column is `r19c`
(selection = events_round19_select.py, seed 1919, part r19c). All 14 kept, none dropped; 2 of them
report no event (negatives). Annotated by reading only (2026-11-29): the event coder was never run on
these articles and no coder output was read. Same format and guidelines as events_dev_source.py and
events_fresh_source.py (docs/events.md § Dev set); `build()` comes from events_dev_source.py
(SaudiNewsNet articles by reference + sha1).

Near-copies: snn-20150722-00991 is a near-copy of snn-20150721-02134 (the same AFP report on the Gaza car
bombs, both in this part), coded identically. No article shares its first 80 characters (whitespace
normalised) with an article of another tests/data/events_*.jsonl set; snn-20150810-00100 tells the same
story as dev's snn-20150810-00076 (Lodar and Ibb, 2015-08-10) in other words with two shared 10-word runs,
and is coded as that twin. Same happenings in other words: the Khan Bani Saad bombing (blind), the
liberation of Aden (many rounds), the nuclear deal (r15b, r16a).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r18c_source.py):
- Turkey's freeze of Saleh's and Houthi leaders' assets «أمس» → *Diplomacy/Sanction* 2015-08-07, «جمدت
  أموالهم» a mention; the Security Council's April sanctions → *Sanction*, historical, 2015-04 (the
  «بالعقوبات» the freeze complies with a mention); the Houthis' takeover of Sanaa «العام الماضي» →
  *Non-state actor overtakes territory*, historical, 2014; the coalition's air campaign «في 26 آذار» →
  *Air/drone strike*, historical, 2015-03-26; Hadi's flight and Saleh's 2012 resignation are not coded;
- Jordan and the Yemeni wounded: the Yemenia plane with 79 wounded that «وصلت … الليلة قبل الماضية» →
  *Diplomacy/Aid* 2015-08-09 (treatment given by Jordan; ambiguous: a medical evacuation), Jordan's
  agreement to receive them (Baslama) → *Diplomacy/Agreement*, date "unknown"; the new request and the
  study of it, and the «معارك عدن» (generic) are not coded;
- Hammond's interview is not a meeting; the Sanaa agreement of September 2014 → *Diplomacy/Agreement*,
  historical, 2014-09 (ambiguous: background); support to the coalition is a stated policy;
- the Republican Guard's infighting with the Houthis in two camps «أمس وأول من أمس» → *Armed clash*,
  2015-08-02 (the later day), place «العاصمة» (Sanaa not named), no fatality figure; the liberation of
  Aden named as the Houthi leader's «الهزيمة» and the Golden Arrow operation «التي حررت عدن» → one
  *Government regains territory* (the coalition named, as r18c's no-Resistance case; ambiguous), date
  "unknown"; the operation «استؤنفت» to liberate Abyan and Lahj (no fighting reported), the arms
  deliveries, the envoy's seven principles (a proposal) and the Houthi's welcome are not coded;
- Gaza (both copies): the five charges under cars of Hamas and Islamic Jihad members «صباح امس الاحد» →
  one *Remote explosive/landmine/IED* 2015-07-19 (the weekday wins over «امس»; ambiguous), no casualty;
  the May mortar shells on an al-Qassam training site → *Shelling/artillery/missile attack*, historical,
  2015-05, the June attack «ضد سيارة» of a Hamas security cadre another one, 2015-06 (the sentence makes it
  a second shelling; ambiguous: could be an IED); Hamas's recent arrests of dozens of Salafists →
  *Arrests*, date "unknown"; its 2009 crackdown with a mosque destroyed → *Armed clash*, historical, 2009
  (ambiguous); the video calling for attacks is not an event;
- Iraq: the Khan Bani Saad truck bomb → *Remote explosive/landmine/IED* (the text says «الشاحنة المفخخة»,
  not suicide; blind coded it *Suicide bomb* from «انتحارياً»), ISIS, 100 dead, date "unknown"; the 11
  policemen and their director «جرى توقيف» → *Arrests*, 2015-07-21 (dated by the statement «أمس»); the
  rocket attacks on al-Hadid west of Baquba → *Shelling/artillery/missile attack*, 11 dead (the risen
  toll), publication date; the confession and the MP's warning are not coded;
- Lodar and Ibb, as dev's twin: Lodar → *Non-state actor overtakes territory* (trigger «معارك», its
  «وسيطرت على المدينة» a mention), Ibb's four areas → *Non-state actor overtakes territory* (the
  clashes and «وسيطر رجال قبائل» its mentions), both 2015-08-10; the Houthis' capture of al-Radma in
  September → historical, 2014-09; their march on Aden in late March → *Armed clash*, historical, 2015-03
  (as dev); the coalition air strikes «بمساندة» (generic) are not coded;
- Aleppo: the rebel rocket shell that killed five children → *Shelling/artillery/missile attack*, killing
  first, 5 dead, place al-Shahba al-Jadida, 2015-07-25 («الليل قبل الماضي» of the Sunday report); the
  regime's regular bombing, the 2012 battles and the 230,000 toll are generic, not coded;
- Assad's speech is not an event; the loss of most of Idlib to the Nusra coalition «منذ مارس» →
  *Non-state actor overtakes territory*, historical, 2015-03; the southern border areas to the Southern
  Front → another, historical, date "unknown"; ISIS's seizure of Palmyra «في مايو» → another, historical,
  2015-05; the nuclear deal → *Diplomacy/Agreement*, date "unknown" (as r16a); «نتخلى عن مناطق» is a
  generic statement;
- ISIS's arrest of ~45 of its own cadres after their retreat to Raqqa → *Arrests* (ISIS as the de facto
  authority; ambiguous: an internal purge, cf. r15c's Nusra dismissal), date "unknown", the expulsion a
  mention; the YPG's capture of Tal Abyad «قبل نحو شهرين» → *Non-state actor overtakes territory*,
  historical, 2015-06; of Kobani earlier → another, historical, date "unknown"; the infiltrators' attacks
  «خلال الشهر الماضي» and the Kurds' retaking of the positions in both towns → one *Non-state actor
  overtakes territory* (the attacks its mention), historical, 2015-07 (ambiguous: two towns, one event);
- the Pentagon's announcement: al-Fadhli's killing in a US strike «مطلع يوليو» → *Air/drone strike*,
  killing first, 1 dead, 2015-07, place Syria read from the context (ambiguous); the first US strike on a
  Khorasan camp in September 2014 → *Air/drone strike*, historical, 2014-09; the bounty and Kadyrov's call
  are not events.

Negatives (2): snn-20150722-00122 (Austrian court sentences: not coded, as earlier rounds) and
snn-20150727-01319 (an opinion column on Assad's speech).

Run: python tests/data/events_r19c_source.py            (writes events_r19c.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r19c.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150808-00236"] = [
    E(
        "Diplomacy/Sanction",
        "جمدت",
        actor=("تركيا",),
        target=("علي عبدالله صالح", "الرئيس اليمني المخلوع", "عبد الملك الحوثي", "قادة التمرد"),
        place=("تركيا",),
        date="2015-08-07",
        also=("جمدت أموالهم",),
    ),
    E(
        "Diplomacy/Sanction",
        "عقوبات",
        at="(أبريل) الماضي",
        actor=("مجلس الأمن الدولي", "مجلس الأمن"),
        target=("علي عبد الله صالح", "صالح"),
        date="2015-04",
        status="historical",
        also=("بالعقوبات التي أقرتها الأمم المتحدة",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "السيطرة على العاصمة صنعاء",
        actor=("المتمردين الحوثيين", "الحوثيين"),
        place=("العاصمة صنعاء", "صنعاء"),
        date="2014",
        status="historical",
        also=("هجوما واسع النطاق",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "حملة ضربات جوية",
        actor=("تحالف تقوده السعودية", "تحالف"),
        target=("المتمردين", "المتمردين وحلفائهم"),
        place=("اليمن", "هذا البلد"),
        date="2015-03-26",
        status="historical",
    ),
]
F["snn-20150810-00648"] = [
    E(
        "Diplomacy/Aid",
        "طائرة",
        at="ووصلت إلى عمان",
        actor=("الأردن",),
        target=("79 جريحًا", "الجرحى اليمنيين", "جرحى يمنيين"),
        place=("عمان",),
        date="2015-08-09",
        also=("ووصلت إلى عمان",),
    ),
    E(
        "Diplomacy/Agreement",
        "وافق",
        actor=("الأردن",),
        target=("جرحى يمنيين مدنيين وعسكريين", "اليمني", "السلطات اليمينة"),
        date="unknown",
    ),
]
F["snn-20150806-00253"] = [
    E(
        "Diplomacy/Agreement",
        "اتفاق صنعاء",
        place=("صنعاء",),
        date="2014-09",
        status="historical",
    ),
]
F["snn-20150722-00122"] = []  # Austrian court sentences for joining/supporting ISIS: not coded
F["snn-20150803-00107"] = [
    E(
        "Battles/Armed clash",
        "اقتتال داخلي",
        actor=("ضباط وأفراد موالين لصالح", "الحرس الجمهوري", "قوات «الحرس الجمهوري»"),
        target=("جماعة الحوثي", "الحوثي", "قياديين حوثيين"),
        place=("العاصمة",),
        date="2015-08-02",
        also=("سقوط قتلى وجرحى",),
    ),
    E(
        "Battles/Government regains territory",
        "بالهزيمة",
        actor=("التحالف", "السهم الذهبي", "المقاومة الجنوبية"),
        target=("عبد الملك الحوثي", "الحوثي", "الحوثيين"),
        place=("مدينة عدن", "عدن"),
        date="unknown",
        also=("حررت عدن",),
    ),
]
F["snn-20150721-02134"] = [
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "انفجار عبوات ناسفة",
        target=("ناشطين في حركتي حماس والجهاد الاسلامي", "حماس", "الجهاد الاسلامي", "كتائب عز الدين القسام"),
        place=("شمال غزة", "غزة", "قطاع غزة"),
        date="2015-07-19",
        also=("التفجيرات", "الانفجارات"),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "اطلاق قذيفتي هاون",
        actor=("انصار داعش في بيت المقدس", "جماعة سلفية متشددة"),
        target=("كتائب القسام", "موقع للتدريب"),
        place=("جنوب قطاع غزة", "قطاع غزة", "غزة"),
        date="2015-05",
        status="historical",
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "ضد سيارة",
        actor=("انصار داعش في بيت المقدس", "جماعة سلفية متشددة"),
        target=("احد كوادر جهاز الامن التابع لحماس", "جهاز الامن التابع لحماس", "حماس"),
        place=("قطاع غزة", "غزة"),
        date="2015-06",
        status="historical",
    ),
    E(
        "Battles/Armed clash",
        "قمعت",
        actor=("حماس",),
        target=("الحركات السلفية المتطرفة", "احد مساجدها"),
        place=("القطاع", "قطاع غزة"),
        date="2009",
        status="historical",
        also=("تدمير احد مساجدها",),
    ),
    E(
        "Strategic developments/Arrests",
        "اعتقلت",
        actor=("حماس",),
        target=("عشرات من الاوساط السلفية", "الاوساط السلفية"),
        place=("القطاع", "قطاع غزة"),
        date="unknown",
    ),
]
F["snn-20150722-01778"] = [
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "التفجير",
        actor=("تنظيم داعش", "داعش"),
        place=("خان بني سعد", "بغداد", "ديالى"),
        date="unknown",
        fatalities=100,
        also=("الشاحنة المفخخة", "السيارة المفخخة"),
    ),
    E(
        "Strategic developments/Arrests",
        "توقيف",
        actor=("محكمة استئناف ديالى", "السلطات القضائية"),
        target=("11 رجل شرطة", "رجال شرطة", "مدير الشرطة"),
        place=("ديالى", "خان بني سعد"),
        date="2015-07-21",
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "الهجمات الصاروخية",
        target=("منطقة الحديد",),
        place=("منطقة الحديد", "الحديد", "بعقوبة", "ديالى"),
        fatalities=11,
    ),
]
F["snn-20150810-00100"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "معارك",
        actor=("المقاومة الشعبية",),
        target=("قوات الحوثي", "المتمردين الحوثيين"),
        place=("لودر", "لودر الجنوبية", "محافظة أبين", "أبين"),
        date="2015-08-10",
        also=("وسيطرت على المدينة",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "السيطرة",
        at="استطاعت اليوم",
        actor=("المقاومة الشعبية", "رجال قبائل وموالون للحكومة الشرعية"),
        target=("المتمردين الحوثيين", "الحوثيين"),
        place=("محافظة إب", "إب", "الرضمة"),
        date="2015-08-10",
        also=("وسيطر رجال قبائل", "اشتباكات عنيفة"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "استولوا",
        actor=("الحوثيون", "الحوثيون المدعومون من إيران"),
        place=("الرضمة",),
        date="2014-09",
        status="historical",
    ),
    E(
        "Battles/Armed clash",
        "تقدم",
        at="حينما",
        actor=("الحوثيون",),
        place=("ميناء عدن", "عدن"),
        date="2015-03",
        status="historical",
        also=("واستولوا على مناطق ومدن",),
    ),
]
F["snn-20150727-01319"] = []  # an opinion column on Assad's speech: no happening
F["snn-20150727-00774"] = [
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قتل",
        actor=("مقاتلو المعارضة", "فصائل إسلامية"),
        target=("خمسة اطفال", "5 أطفال", "منزلهم"),
        place=("حي الشهباء الجديدة", "الشهباء الجديدة", "مدينة حلب", "حلب"),
        date="2015-07-25",
        fatalities=5,
        also=("قذيفة صاروخية اطلقها", "قذيفة صاروخية أطلقتها", "استشهد"),
    ),
]
F["snn-20150726-01073"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "خسر",
        actor=("تحالف من الجماعات المسلحة", "جبهة النصرة"),
        target=("الأسد",),
        place=("محافظة إدلب", "إدلب"),
        date="2015-03",
        status="historical",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "لصالح فصائل الجبهة الجنوبية",
        actor=("فصائل الجبهة الجنوبية", "الجبهة الجنوبية"),
        target=("الأسد",),
        place=("المنطقة الحدودية الجنوبية",),
        date="unknown",
        status="historical",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "انتزع",
        actor=("تنظيم داعش", "داعش"),
        target=("القوات الحكومية",),
        place=("مدينة تدمر", "تدمر"),
        date="2015-05",
        status="historical",
    ),
    E(
        "Diplomacy/Agreement",
        "الاتفاق النووي",
        actor=("إيران",),
        date="unknown",
    ),
]
F["snn-20150722-00991"] = [
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "انفجار عبوات ناسفة",
        target=("ناشطين في حركتي حماس والجهاد الاسلامي", "حماس", "الجهاد الاسلامي", "كتائب عز الدين القسام"),
        place=("شمال مدينة غزة", "مدينة غزة", "غزة", "قطاع غزة"),
        date="2015-07-19",
        also=("التفجيرات", "الانفجارات"),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "اطلاق قذيفتي هاون",
        actor=("انصار (داعش) في بيت المقدس", "جماعة متشددة"),
        target=("كتائب القسام", "موقع للتدريب"),
        place=("جنوب قطاع غزة", "قطاع غزة", "غزة"),
        date="2015-05",
        status="historical",
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "ضد سيارة",
        actor=("انصار (داعش) في بيت المقدس", "جماعة متشددة"),
        target=("احد كوادر جهاز الامن التابع لحماس", "جهاز الامن التابع لحماس", "حماس"),
        place=("قطاع غزة", "غزة"),
        date="2015-06",
        status="historical",
    ),
    E(
        "Battles/Armed clash",
        "قمعت",
        actor=("حماس",),
        target=("الحركات المتطرفة", "احد مساجدها"),
        place=("القطاع", "قطاع غزة"),
        date="2009",
        status="historical",
        also=("تدمير احد مساجدها",),
    ),
    E(
        "Strategic developments/Arrests",
        "اعتقلت",
        actor=("حماس",),
        target=("عشرات من الاوساط السلفية", "الاوساط السلفية"),
        place=("القطاع", "قطاع غزة"),
        date="unknown",
    ),
]
F["snn-20150809-00940"] = [
    E(
        "Strategic developments/Arrests",
        "اعتقل",
        at="وتابعت أن التنظيم",
        actor=("التنظيم", "تنظيم داعش", "داعش"),
        target=("هؤلاء", "نحو 45 من قيادييه وأفراده"),
        place=("مدينة الرقة", "الرقة"),
        date="unknown",
        also=("اعتقالهم", "طرد نحو 45"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "خسارته",
        actor=("وحدات حماية الشعب الكردية", "القوات الكردية"),
        target=("تنظيم داعش", "داعش", "التنظيم"),
        place=("مدينة “تل أبيض”", "تل أبيض"),
        date="2015-06",
        status="historical",
        also=("معارك مدينة تل أبيض", "وخسرها التنظيم"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "خسر",
        at="وقبل تل أبيض",
        actor=("وحدات حماية الشعب الكردية",),
        target=("التنظيم", "داعش"),
        place=("مدينة عين العرب", "عين العرب", "كوباني"),
        date="unknown",
        status="historical",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "تستعيد",
        actor=("القوات الكردية",),
        target=("المتسللون", "مقاتلون من تنظيم الدولة"),
        place=("عين العرب", "تل أبيض", "المدينتين"),
        date="2015-07",
        status="historical",
        also=("ونفذوا فيهما هجمات", "تسلل مقاتلون"),
    ),
]
F["snn-20150723-00550"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "مقتل",
        actor=("أمريكية", "الجيش الأمريكي", "الولايات المتحدة"),
        target=("محسن الفضلي", "الفضلي", "جماعة خراسان"),
        place=("سوريا",),
        date="2015-07",
        fatalities=1,
        also=("غارة أمريكية مطلع", "مقتل الفضلي"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارة",
        at="واستهدفت",
        actor=("أمريكية", "الجيش الأمريكي"),
        target=("أحد المعسكرات التابعة لتنظيم خراسان", "تنظيم خراسان", "خراسان"),
        place=("سوريا",),
        date="2014-09",
        status="historical",
    ),
]

if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
