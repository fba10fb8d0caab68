"""Source of tests/data/events_r27c.jsonl: the twenty-seventh blind event round, part r27c.

10 real articles (SaudiNewsNet politics, 1,556–2,410 characters): the lines of /work/brief/DRAW_r27.tsv
(the saved output of `python tests/data/events_round27_select.py`) whose first column is `r27c`
(selection = events_round27_select.py, seed 2727, part r27c). All 10 kept, none dropped; 2 of them
report no event (negatives). Annotated by reading only (2026-11-29): the event coder was never run on
these articles and no coder output was read. Same format and guidelines as events_dev_source.py and
events_fresh_source.py (docs/events.md § Dev set); `build()` comes from events_dev_source.py
(SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three 12-word
runs with an article of another tests/data/events_*.jsonl set. Same happenings in other words: the
Khan Bani Saad truck bomb (named as background), the liberation of Aden (background, many rounds).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r24c_source.py):
- Morocco cell: the foiled plan («أحبط مخططا») and the arrest of eight people «أمس» are one *Arrests*
  2015-07-21 (trigger «اعتقل», «أحبط» an `also`); the killing of al-Majjati's husband with about 14 al-Qaeda
  cadres in al-Rass, Saudi Arabia, 2005 → *Armed clash*, historical, 15 dead, no actor named (ambiguous:
  the fatalities read as husband + «نحو 14»); the September 2012 demonstration before the US consulate
  in Casablanca, during which youths tried to storm it → *Peaceful protest*, historical, 2012-09, actor
  al-Majjati as organiser (ambiguous: the storming attempt could make it a riot); joining ISIS, founding
  a branch and online propaganda are not coded;
- Abadi: the travel ban and the reform package are not coded; «بعد أسابيع من التظاهرات الشعبية» →
  one *Peaceful protest* in Iraq, publication date (background, ambiguous); the Diyala bombings «أمس
  الاثنين» → three events, one per place: the Huwaider market suicide car bomb (20 dead; the aggregate
  «تفجيرات … مقتل 33» is its mention), the Kanaan one (*Suicide bomb*, 10) and the al-Wathba IED
  (*Remote explosive*, 3);
- Qumaishi interview (negative): past «مواجهات», the resistance «صامدة», calls for strikes are
  statements, not happenings;
- «لا بد من الدولة» (opinion): the recapture of Aden → *Government regains territory*, date "unknown"
  (the airport «تم تحريره» a mention); the docking of the international aid ship and the landing of the
  Saudi aid plane → two *Diplomacy/Aid*, publication date; the government's return to Aden is not coded;
- «في مثل هذا اليوم» almanac (historical, year dates, as r12a/r15b/r16b/r17b): Montreux convention
  (*Diplomacy/Agreement*), the bomb at Hitler's headquarters (*Remote explosive*, actor Stauffenberg),
  the assassination of King Abdullah in Jerusalem (*Violence against civilians/Attack*, 1 dead), the
  Geneva accords ending the Indochina war and the 2002 Sudan peace deal (*Strategic developments/
  Agreement*: agreements between warring parties), Turkey's 1974 intervention in Cyprus (*Armed clash*)
  and the Greek-backed coup before it (*Strategic developments/Other*, ambiguous), the failed London
  bombs of 2005 and the bombings 13 days before (two *Remote explosive*, ambiguous: a failed attack);
  not coded: resignations, an invention, a renaming, the Viking landing, resolutions 598 (a ceasefire
  demand) and the UN General Assembly's wall resolution, deaths;
- Baquba: the aggregate «مقتل 24 مدنيا» is a mention of the IED in Yarmouk II (6 dead, dated by the lead
  «أمس» 2015-07-21); the mortars on Hibhib «الليلة قبل الماضية» → *Shelling* 2015-07-20 (read from publication; from the sources' «أمس» it
  would be 07-19: ambiguous), 18 dead; the
  Peshmerga fighting ISIS near Kifri → one *Armed clash* (22 dead, «معارك متفرقة» a mention), dated by
  the statement «أمس»; the Khan Bani Saad truck bomb (background, no date) → *Remote explosive*, date
  "unknown", ISIS accepted as actor (ambiguous: only implied by the threat); the detention of the
  11-member checkpoint unit and of the Khan Bani Saad police chief → two *Arrests*; a warrant is not coded;
- Saudi forces and Aden children (negative): the Houthi shelling and sniping since March are generic,
  the Saudi troops' arrival and gifts are not taxonomy events;
- Aleppo: the regime barrel bombs on Qasr al-Burayj «أمس» → *Air/drone strike* 2015-07-22, 12 dead;
  the three Spanish journalists «فقدان أثر» are not coded (the text refuses to call it an abduction:
  ambiguous); the Aleppo battles «منذ صيف 2012» are a state, not coded;
- Dhale: the Resistance's takeovers (*Non-state actor overtakes territory*, as fresh): Sanah
  (governorate building) and Qa'tabah (with the special forces camp; the «معارك عنيفة» its mention) on
  Saturday 2015-08-08, al-Sadrain camp on Friday 2015-08-07 («أحكمت سيطرتها» its mention); the Abyan
  offensive → *Armed clash* 2015-08-08; the coalition's air cover there (*Air/drone strike*, the later
  «استهدفت الغارات الجوية … أبين» its mention) and its warships' shelling (*Shelling*) are separate; the
  coalition strike series on Saada, Hajjah, Ibb and al-Jawf → one *Air/drone strike* with the provinces
  accepted (ambiguous: per place it would be four); the Lahj landmines killing and wounding dozens
  «خلال اليومين الماضيين» → *Remote explosive*, 2015-08, actor the Houthis; the checkpoint attack in
  Arhab (2 Houthis dead, attackers unnamed) → *Armed clash*; clearing pockets in Lahj is not coded;
- Damascus (SOHR): ten events, one per place and kind: shelling of Harasta, Douma and Darayya, clashes
  in eastern Qalamoun, Jobar, Darayya and Zabadani (1 Hezbollah dead), air strikes on al-Helwa/al-Rawda
  (Latakia) and barrel bombs near al-Hasakah; the heavy machine-gun fire near Yarmouk camp →
  *Armed clash* (ambiguous: fire on areas with no reported return fire). Undated items take the
  publication date.

Negatives (2): snn-20150727-00875 (Qumaishi interview), snn-20150724-02047 (Saudi forces and Aden
children).

Run: python tests/data/events_r27c_source.py            (writes events_r27c.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r27c.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150722-00109"] = [
    E(
        "Strategic developments/Arrests",
        "اعتقل",
        actor=("المكتب المركزي للأبحاث القضائية",),
        target=("ثمانية أشخاص",),
        place=("أربع مدن مغربية", "المغرب"),
        date="2015-07-21",
        also=("أحبط", "الخلية المفككة"),
    ),
    E(
        "Battles/Armed clash",
        "قتل",
        at="والتي ",
        target=("كريم المجاطي", "تنظيم القاعدة"),
        place=("بلدة الرس", "الرس"),
        date="2005",
        status="historical",
        fatalities=15,
    ),
    E(
        "Protests/Peaceful protest",
        "مظاهرة",
        actor=("المجاطي",),
        place=("الدار البيضاء", "القنصلية الأميركية"),
        date="2012-09",
        status="historical",
    ),
]
F["snn-20150811-00372"] = [
    E(
        "Protests/Peaceful protest",
        "التظاهرات",
        place=("العراق",),
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "تفجيرات",
        at="مقتل 33 شخصاً أمس",
        actor=("انتحاري",),
        target=("سوق منطقة الهويدر", "مناطق ذات غالبية شيعية"),
        place=("منطقة الهويدر", "الهويدر", "بعقوبة", "محافظة ديالى", "ديالى"),
        date="2015-08-10",
        fatalities=20,
        also=("ثلاثة تفجيرات", "هجومان انتحاريان", "فجر انتحاري"),
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "تفجير مماثل",
        place=("ناحية كنعان", "كنعان", "بعقوبة"),
        date="2015-08-10",
        fatalities=10,
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "تفجير عبوة ناسفة",
        place=("منطقة الوثبة", "الوثبة"),
        date="2015-08-10",
        fatalities=3,
    ),
]
F["snn-20150727-00875"] = []  # Qumaishi interview: statements and calls only
F["snn-20150723-00007"] = [
    E(
        "Battles/Government regains territory",
        "استعادة عدن",
        place=("عدن",),
        date="unknown",
        also=("تم تحريره",),
    ),
    E(
        "Diplomacy/Aid",
        "رسو سفينة الإغاثة",
        place=("الميناء", "عدن"),
    ),
    E(
        "Diplomacy/Aid",
        "هبوط طائرة الإغاثة",
        actor=("السعودية",),
        place=("المطار", "عدن"),
    ),
]
F["snn-20150721-00652"] = [  # the «في مثل هذا اليوم» almanac
    E(
        "Diplomacy/Agreement",
        "توقيع اتفاقية مونترو",
        target=("تركيا",),
        place=("مونترو",),
        date="1936",
        status="historical",
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "انفجار قنبلة",
        actor=("كلاوس شينك فون شتاوفنبرغ",),
        target=("هتلر", "الفوهرر"),
        place=("راستنبورغ",),
        date="1944",
        status="historical",
        also=("لاغتيال الفوهرر",),
    ),
    E(
        "Violence against civilians/Attack",
        "اغتيال العاهل الاردني",
        target=("الملك عبدالله", "العاهل الاردني الملك عبدالله"),
        place=("القدس", "المسجد الاقصى"),
        date="1951",
        status="historical",
        fatalities=1,
    ),
    E(
        "Strategic developments/Agreement",
        "توقيع اتفاقات جنيف",
        actor=("فرنسا",),
        target=("فيتنام",),
        place=("جنيف",),
        date="1954",
        status="historical",
    ),
    E(
        "Battles/Armed clash",
        "يتدخل",
        actor=("الجيش التركي",),
        place=("شمال قبرص", "قبرص"),
        date="1974",
        status="historical",
    ),
    E(
        "Strategic developments/Other",
        "انقلاب",
        target=("الرئيس مكاريوس", "مكاريوس"),
        place=("قبرص",),
        date="1974",
        status="historical",
        also=("اطاح",),
    ),
    E(
        "Strategic developments/Agreement",
        "توقيع اتفاق سلام",
        actor=("الحكومة السودانية",),
        target=("المتمردين في الجيش الشعبي لتحرير السودان", "الجيش الشعبي لتحرير السودان"),
        date="2002",
        status="historical",
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "لتفجير 4 قنابل",
        target=("وسائل نقل",),
        place=("لندن",),
        date="2005",
        status="historical",
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "تفجيرات مماثلة",
        place=("لندن",),
        date="2005",
        status="historical",
    ),
]
F["snn-20150722-00735"] = [
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "عبوة ناسفة",
        target=("مدنيين", "مدنيا"),
        place=("حي اليرموك الثانية", "بعقوبة"),
        date="2015-07-21",
        fatalities=6,
        also=("بمقتل 24",),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قذائف هاون",
        target=("منازل", "مدنيا"),
        place=("ناحية هبهب", "هبهب"),
        date="2015-07-20",
        fatalities=18,
    ),
    E(
        "Battles/Armed clash",
        "قتل",
        at="تمكنت من ",
        actor=("قوات البيشمركة الكردية", "البيشمركة"),
        target=("داعش", "أبو قتادة المغربي"),
        place=("قرى الهديدة والفسلوج", "الهديدة", "الفسلوج", "كفري"),
        date="2015-07-21",
        fatalities=22,
        also=("معارك متفرقة", "اشتبكت"),
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "تفجير",
        at="جريمة ",
        actor=("تنظيم داعش", "داعش", "الإرهابيين"),
        place=("خان بني سعد",),
        date="unknown",
        also=("حادث تفجير خان بني سعد", "الشاحنة المفخخة"),
    ),
    E(
        "Strategic developments/Arrests",
        "توقيف المفرزة",
        actor=("هيئة قضائية",),
        target=("المفرزة المسؤولة عن أمن المنطقة", "المفرزة"),
        place=("خان بني سعد",),
        also=("استمرار توقيف هذه المفرزة",),
    ),
    E(
        "Strategic developments/Arrests",
        "توقيف مدير شرطة",
        target=("مدير شرطة خان بني سعد",),
        place=("خان بني سعد",),
    ),
]
F["snn-20150724-02047"] = []  # Saudi forces and Aden children: generic past violence, no happening
F["snn-20150723-00254"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصف",
        actor=("طيران النظام السوري", "النظام السوري"),
        target=("12 سوريا",),
        place=("قرية قصر البريج", "قصر البريج", "ريف حلب"),
        date="2015-07-22",
        fatalities=12,
        also=("القصف استهدف",),
    ),
]
F["snn-20150809-00340"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرت",
        actor=("المقاومة الشعبية",),
        target=("المليشيات الحوثية",),
        place=("مدينة «سناح»", "سناح", "محافظة الضالع", "الضالع"),
        date="2015-08-08",
        also=("السيطرة على مبنى ديوان",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرت",
        at="كما ",
        actor=("المقاومة الشعبية",),
        target=("مليشيات الحوثي", "المليشيات الحوثية"),
        place=("مدينة «قعطبة»", "قعطبة"),
        date="2015-08-08",
        also=("معارك عنيفة",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرت",
        at="وكانت المقاومة الشعبية ",
        actor=("المقاومة الشعبية",),
        place=("معسكر «الصدرين»", "الصدرين", "جبل «مريس»", "مريس"),
        date="2015-08-07",
        also=("أحكمت سيطرتها",),
    ),
    E(
        "Battles/Armed clash",
        "عملية عسكرية",
        actor=("قوات أخرى من المقاومة", "المقاومة"),
        target=("المليشيات الحوثية",),
        place=("محافظة «أبين»", "أبين", "العلم", "زنجبار"),
        date="2015-08-08",
        also=("هجوماً كبيراً", "المعارك ما تزال مستمرة"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غطاء جوي",
        actor=("قوات التحالف العربي", "التحالف"),
        target=("المليشيات الحوثية", "مواقع للحوثيين"),
        place=("محافظة «أبين»", "أبين"),
        date="2015-08-08",
        also=("استهدفت الغارات الجوية",),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصف مركز",
        actor=("السفن الحربية التابعة لقوات التحالف العربي", "قوات التحالف العربي", "التحالف"),
        target=("المليشيات الحوثية",),
        place=("محافظة «أبين»", "أبين"),
        date="2015-08-08",
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "انفجار «ألغام»",
        actor=("الحوثيون",),
        target=("عشرات المواطنين", "المواطنين"),
        place=("محافظة «لحج»", "لحج"),
        date="2015-08",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "الغارات الجوية",
        actor=("طائرات التحالف العربي", "التحالف العربي"),
        target=("مواقع المليشيات الحوثية", "المليشيات الحوثية"),
        place=("محافظة صعده", "كتاف", "رحبان", "حجة", "ميدي", "محافظة إب", "إب", "الجوف", "الحزم"),
        date="2015-08-08",
    ),
    E(
        "Battles/Armed clash",
        "هجوم",
        at="وأصيب آخرون في ",
        target=("المسلحين الحوثيين", "الحوثيين"),
        place=("مديرية «أرحب»", "أرحب", "صنعاء"),
        fatalities=2,
    ),
]
F["snn-20150811-00374"] = [
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصفت",
        actor=("قوات النظام",),
        place=("مدينة حرستا", "حرستا", "الغوطة الشرقية"),
        date="2015-08-10",
    ),
    E(
        "Battles/Armed clash",
        "اشتباكات عنيفة",
        actor=("تنظيم داعش", "داعش"),
        target=("الفصائل المقاتلة", "جبهة النصرة"),
        place=("القلمون الشرقي",),
        date="2015-08-10",
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "لقصف",
        at="مدينة دوما",
        actor=("قوات النظام",),
        place=("مدينة دوما", "دوما", "الغوطة الشرقية"),
        date="2015-08-10",
    ),
    E(
        "Battles/Armed clash",
        "اشتباكات عنيفة",
        at="كما تدور",
        actor=("قوات النظام", "حزب الله اللبناني", "قوات الدفاع الوطني"),
        target=("الفصائل المقاتلة", "جبهة النصرة"),
        place=("حي جوبر", "جوبر"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "لقصف جوي",
        place=("قريتي الحلوة والروضة", "الحلوة", "الروضة", "ناحية ربيعة", "ريف اللاذقية"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصف الطيران المروحي",
        actor=("الطيران المروحي",),
        place=("منطقة صوامع صباح الخير", "صوامع صباح الخير", "مدينة الحسكة", "الحسكة"),
    ),
    E(
        "Battles/Armed clash",
        "فتحت",
        actor=("قوات النظام",),
        place=("شارع الـ 30", "مخيم اليرموك", "دمشق"),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "لقصف",
        at="مدينة داريا",
        actor=("قوات النظام",),
        place=("مدينة داريا", "داريا", "الغوطة الغربية"),
        date="2015-08-10",
    ),
    E(
        "Battles/Armed clash",
        "الاشتباكات العنيفة",
        at="ترافق مع استمرار",
        actor=("قوات النظام", "المسلحين الموالين لها"),
        target=("الفصائل المعارضة والمقاتلة", "الفصائل المعارضة"),
        place=("مدينة داريا", "داريا", "محيط المدينة"),
        date="2015-08-10",
    ),
    E(
        "Battles/Armed clash",
        "الاشتباكات العنيفة",
        at="فيما استمرت",
        actor=("الفرقة الرابعة", "حزب الله اللبناني", "قوات الدفاع الوطني", "جيش التحرير الفلسطيني"),
        target=("الفصائل المقاتلة", "مسلحين محليين"),
        place=("مدينة الزبداني", "الزبداني"),
        date="2015-08-10",
        fatalities=1,
    ),
]

if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
