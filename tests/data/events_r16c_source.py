"""Source of tests/data/events_r16c.jsonl: the sixteenth blind event round, part r16c.

14 real articles (SaudiNewsNet politics, 929–1,485 characters): the lines of
`python tests/data/events_round16_select.py` whose first column is `r16c` (selection =
events_round16_select.py, seed 1616, part r16c). All 14 kept, none dropped; 1 of them reports no event
(negative). Annotated by reading only (2026-11-29): the event coder was never run on these articles and
no coder output was read. Same format and guidelines as events_dev_source.py and events_fresh_source.py
(docs/events.md § Dev set); `build()` comes from events_dev_source.py (SaudiNewsNet articles by
reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or a 10-word run
with an article of any tests/data/events_*.jsonl set. Same happenings in other words: the Suruc bombing
of 20 July 2015 (blind, r7a, r10a, r11a, r12b, r14b, r15b), the liberation of Aden named as background
(many rounds), the siege of al-Anad base (r15c), the PKK's summer 2015 attacks on Turkish police.

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r15c_source.py):
- a killing reported first is the trigger and the attack its `also` (Adana/Bozanti police, Diyarbakir
  car bomb, Jabal al-Arous, Iraqi raid, Jobar); the PKK attack on the Bozanti police station with an
  exchange of fire → *Armed clash* (a state target, the PKK as actor: the authorities' attribution),
  2 dead, «صباح اليوم (الجمعة)» 2015-07-31; the ambush «أمس» on a military convoy → *Armed clash*
  2015-07-30, 3 dead, no actor and no place (the text names neither); the daily Turkish air strikes on
  PKK positions in northern Iraq («يوميًّا») and the PKK's daily attacks are habits, not coded;
- Washington/Ankara: «سلسلة من الغارات الجوية» and «الهجمات التركية على تنظيم داعش» name no place or
  day (a campaign, as r13a/r14b; ambiguous), not coded; the Diyarbakir car bomb «مساء السبت» →
  *Remote explosive/landmine/IED* 2015-07-25, 2 dead, no actor; the US listing of the PKK as a terrorist
  organisation → *Diplomacy/Sanction*, historical, date "unknown" (as r5b's «أدرجهم»); Obama's Kenya
  visit (Rhodes speaking «امس الاحد» from Nairobi) → *Diplomacy/Visit* 2015-07-26;
- cabinet meetings → *Diplomacy/Meeting* (as r9a/r10a/r13a): Bahah chairing the Yemeni government «امس
  بالرياض» (2015-07-23); Davutoglu's announced extraordinary session («سنتباحث») → planned, date
  "unknown" (ambiguous: it may have met the same day); Assad's «لقائه ببعض أنصاره» is a speech venue
  (as r10b/r11b) and the Security Council's session on Yemen a debate (as r12b/r13b), not coded;
- Yemen: the Resistance taking areas on the edge of Lahj → *Non-state actor overtakes territory*
  (Resistance alone), the clashes with the Houthis and the advance on al-Houta its mentions (as fresh);
  the Houthi assault on Resistance positions in al-Jadaan, al-Jufaina and Sirwah (Marib) → one *Armed
  clash*, all three places accepted (ambiguous: ACLED might code one per place); the Sanaa bus bomb →
  *Remote explosive/landmine/IED*, 3 dead; the coalition foiling Houthi reinforcements at Aqabat Thirra
  (Abyan) by an air strike → *Air/drone strike*, and foiling those leaving Ataq (Shabwa) → a second
  *Air/drone strike* (ambiguous: the Shabwa text names no means; read by analogy with the Abyan one);
- Taiz (snn-20150804-00763): Jabal al-Arous (22 dead) and Mawjirin in Mashra'a wa Hadnan (8 dead, sides
  not given; the tanks burned there not coded apart) → two *Armed clash*; the lead «واصل … تقدمهم» an
  `also` of the first; the 150 Houthi dead «منذ أسبوعين» and the Resistance's 16 dead are a two-week
  tally, not coded; the Resistance «مدعومة بوحدات عسكرية» regaining positions before the police
  directorate → *Non-state actor overtakes territory* (as fresh), the start of its attack on the Axis
  command an `also` (ambiguous: could be an *Armed clash* of its own); its advance towards the airport
  and the cut supply lines not coded (movement); the operation at Jawlat al-Qasr → *Armed clash*, 4 dead;
  the Houthi shelling of al-Rawda, Usaifra and Jawlat al-Kahraba → *Shelling/artillery/missile attack*;
  weapons seized («غنموا») not coded;
- the Suruc attack: «هجوم انتحاري» → *Suicide bomb* 2015-07-20 («أول من أمس»), 32 dead, ISIS as actor
  («نسب إلى تنظيم داعش», Ankara's attribution, as r15b); in the analyst's article, «تفجير سوروج» with no
  word of a suicide bomber → *Remote explosive/landmine/IED* (as r12b), 31 dead, ISIS (Erdogan's
  accusation) as actor, publication date (the text gives none); the rally of ISIS supporters outside
  Istanbul «في يوم الجمعة» → *Peaceful protest* 2015-07-17 (ambiguous: a gathering with speeches);
- Iraq: the 41 arrests in Baghdad → *Arrests*; the five killed in the raid on the network's dens →
  *Armed clash* (a second event of the same operation); the seized car bombs, suicide belt and IEDs →
  one *Disrupted weapons use* (ambiguous: r15b did not code seizures during a sweep; here explosives
  ready for use are the news);
- Jaysh al-Islam's attack on regime points in Jobar «أول من أمس» → *Armed clash* 2015-07-25 (machine guns
  and mortars), no count («عناصر»);
- Israel: the Israel–US aid talks «تجريان محادثات» → *Diplomacy/Talks*, publication date; the nuclear deal
  «بعد توقيع» → *Diplomacy/Agreement*, date "unknown" (as r15b); Carter's visit «قريبا» → *Visit*,
  planned, date "unknown"; the yearly aid and the near-finished package are habits/plans, not coded;
- the Green City: the Houthi withdrawal forced by the advance of «قوات المقاومة الشعبية والجيش الموالي
  للشرعية» «صباح الاثنين» → *Government regains territory* 2015-08-03 (army named with the Resistance, as
  r15c); the coalition's renewed raids on al-Anad → *Air/drone strike*; the «24 ساعة من الاشتباكات» in
  Lahj and Abyan → two *Armed clash* (one per province, same trigger «قتل», as r15b's Paris/Warsaw), the
  summed toll 9 + 6 = 15 on the Lahj one (ambiguous: the text does not split it by province); the
  liberation of Aden «قبل أيام» by the Resistance «بمساعدة غارات التحالف» → *Non-state actor overtakes
  territory*, date "unknown" (as r15c);
- the delegation flying to Aden «على أن يصل … صباح اليوم (الجمعة)» → *Diplomacy/Visit*, planned,
  2015-07-17 (the weekday wins over the publication date 2015-07-21, as r8b/r11a: Eid was on Friday
  17 July); the liberation of Aden named as background (no actor) → *Government regains territory*,
  reported, date "unknown" (as r9a/r15b).

Negative: snn-20150807-01175 (a research study of ISIS tactics over 2014: tallies and habits).
Not events elsewhere: the UN envoy's invited visit to Aden (as r15b), the Houthis' «خرقهم للهدنة», the
return of ministries to Aden, the repair of Aden airport, the Saudi plane's flight to Assab, the Kobani
battles «انتهت في يناير الماضي» (as r11a), the Houthi reinforcements to Sabr al-Mawadim (a deployment).

Run: python tests/data/events_r16c_source.py            (writes events_r16c.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r16c.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150807-01175"] = []  # a research study of ISIS tactics in 2014: tallies and habits, no happening
F["snn-20150731-00514"] = [
    E(
        "Battles/Armed clash",
        "قتل",
        actor=("حزب العمال الكردستاني", "مقاتلين من حزب العمال الكردستاني", "التمرد الكردي"),
        target=("الشرطة التركية", "عناصر الشرطة", "مفوضية مدينة بوزانتي"),
        place=("أضنه", "بوزانتي", "مدينة بوزانتي"),
        date="2015-07-31",
        fatalities=2,
        also=("هاجموا", "تبادل إطلاق النار", "هجوم اليوم"),
    ),
    E(
        "Battles/Armed clash",
        "مكمن",
        target=("قافلة عسكرية",),
        date="2015-07-30",
        fatalities=3,
    ),
]
F["snn-20150724-01462"] = [
    E(
        "Diplomacy/Meeting",
        "اجتماعًا",
        actor=("خالد محفوظ بحاح", "بحاح"),
        target=("للحكومة اليمنية", "الحكومة"),
        place=("الرياض",),
        date="2015-07-23",
        also=("الاجتماع",),
    ),
]
F["snn-20150727-00343"] = [
    E(
        "Diplomacy/Visit",
        "زيارته",
        actor=("باراك اوباما", "اوباما", "الرئيس الاميركي باراك اوباما"),
        place=("كينيا", "نيروبي"),
        date="2015-07-26",
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "مقتل",
        target=("قافلة عسكرية", "عسكريين تركيين"),
        place=("محافظة دياربكر", "دياربكر"),
        date="2015-07-25",
        fatalities=2,
        also=("انفجار سيارة مفخخة",),
    ),
    E(
        "Diplomacy/Sanction",
        "وأدرجت",
        actor=("الولايات المتحدة",),
        target=("حزب العمال الكردستاني",),
        date="unknown",
        status="historical",
    ),
]
F["snn-20150727-01315"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "السيطرة",
        actor=("المقاومة الشعبية", "المقاومة"),
        target=("الحوثيين", "الانقلابيين"),
        place=("محافظة لحج", "لحج"),
        also=("مواجهات عنيفة", "تصدت لهم", "التقدم باتجاه"),
    ),
    E(
        "Battles/Armed clash",
        "بمهاجمة",
        actor=("مليشيات الحوثي", "الحوثي"),
        target=("مواقع المقاومة", "المقاومة"),
        place=("الجدعان", "الجفينة", "صرواح", "محافظة مأرب", "مأرب"),
        also=("معارك عنيفة",),
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "انفجرت",
        target=("حافلة ركاب",),
        place=("دار سلم", "العاصمة صنعاء", "صنعاء"),
        fatalities=3,
        also=("الانفجار",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "أفشلت",
        actor=("قوات التحالف", "طائرات التحالف", "التحالف"),
        target=("تعزيزات حوثية",),
        place=("عقبة ثرة", "محافظة أبين", "أبين"),
        also=("غارة جوية",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "لإفشالها",
        actor=("بقوات التحالف", "قوات التحالف"),
        target=("جماعة الحوثي", "التعزيزات"),
        place=("مدينة عتق", "عتق", "محافظة شبوة", "شبوة"),
    ),
]
F["snn-20150731-01904"] = [
    E(
        "Diplomacy/Visit",
        "زيارة",
        actor=("مدير العمليات الإنسانية في الأمم المتحدة", "الأمم المتحدة"),
        place=("اليمن", "لهذا البلد"),
        date="unknown",
        status="planned",
    ),
]
F["snn-20150804-00763"] = [
    E(
        "Battles/Armed clash",
        "مقتل",
        actor=("ثوار تعز", "الثوار"),
        target=("انقلابيا", "قوات التمرد الحوثي"),
        place=("جبل العروس", "تعز"),
        fatalities=22,
        also=("تقدمهم", "اشتباكات عنيفة"),
    ),
    E(
        "Battles/Armed clash",
        "المواجهات",
        actor=("المقاومة", "الثوار"),
        place=("بلدة موجرين", "موجرين", "مشرعة وحدنان"),
        fatalities=8,
        also=("حرق دبابتين",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "واستردت",
        actor=("المقاومة الشعبية", "المقاومة"),
        target=("الانقلابيين", "قوات الحوثيين"),
        place=("إدارة شرطة المحافظة", "تعز"),
        also=("مهاجمتها",),
    ),
    E(
        "Battles/Armed clash",
        "قتل",
        at="كما قتل",
        actor=("رجال المقاومة الشعبية", "المقاومة الشعبية"),
        target=("إرهابيين", "طاقما عسكريا"),
        place=("ﺟﻮﻟﺔ اﻟﻘﺼﺮ", "معسكر قوات الأمن الخاصة"),
        fatalities=4,
        also=("عملية نوعية",),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصف",
        actor=("الانقلابيين",),
        place=("الروضة", "عصيفرة", "جولة الكهرباء"),
    ),
]
F["snn-20150722-01398"] = [
    E(
        "Explosions/Remote violence/Suicide bomb",
        "هجوم انتحاري",
        actor=("تنظيم داعش", "داعش"),
        target=("شبان مقربين من القضية الكردية", "المركز الثقافي"),
        place=("مدينة سوروتش", "سوروتش"),
        date="2015-07-20",
        fatalities=32,
        also=("بالهجوم الانتحاري", "عملية كبيرة", "لهجوم موجه"),
    ),
    E(
        "Diplomacy/Meeting",
        "جلسة استثنائية",
        actor=("أوغلو", "أحمد داود أغولو"),
        target=("للحكومة", "الحكومة التركية"),
        date="unknown",
        status="planned",
    ),
]
F["snn-20150721-02057"] = [
    E(
        "Strategic developments/Arrests",
        "اعتقال",
        actor=("الاستخبارات العراقية", "وزارة الداخلية العراقية", "خلية الصقور الاستخبارية"),
        target=("41 عنصرا من تنظيم الدولة الاسلامية", "تنظيم الدولة الاسلامية", "داعش"),
        place=("بغداد", "العاصمة"),
        also=("القبض",),
    ),
    E(
        "Strategic developments/Disrupted weapons use",
        "ضبط",
        actor=("الاستخبارات العراقية", "وزارة الداخلية العراقية", "خلية الصقور الاستخبارية"),
        target=("تنظيم الدولة الاسلامية", "الشبكة الإرهابية"),
        place=("بغداد", "العاصمة"),
        also=("ضبط عجلتين مفخختين",),
    ),
    E(
        "Battles/Armed clash",
        "قتل",
        at="وأكدت",
        actor=("القوة الأمنية",),
        target=("خمسة عناصر من نفس الشبكة", "الشبكة"),
        place=("بغداد", "العاصمة"),
        fatalities=5,
        also=("الهجوم على اوكار",),
    ),
]
F["snn-20150727-00931"] = [
    E(
        "Battles/Armed clash",
        "قتل",
        at="من ناحية ثانية",
        actor=("مقاتلي جيش الإسلام", "جيش الإسلام"),
        target=("قوات النظام", "عناصر من قوات النظام"),
        place=("حي جوبر", "جوبر", "الخماسية", "رحبة الدبابات", "دمشق"),
        date="2015-07-25",
        also=("بالهجوم",),
    ),
]
F["snn-20150721-02444"] = [
    E(
        "Diplomacy/Talks",
        "محادثات",
        actor=("إسرائيل",),
        target=("الولايات المتحدة",),
    ),
    E(
        "Diplomacy/Agreement",
        "توقيع",
        actor=("الدول الست الكبرى",),
        target=("إيران",),
        date="unknown",
        also=("الاتفاق الدولي",),
    ),
    E(
        "Diplomacy/Visit",
        "يزور",
        actor=("أشتون كارتر", "وزير الدفاع الأمريكي أشتون كارتر"),
        place=("إسرائيل",),
        date="unknown",
        status="planned",
    ),
]
F["snn-20150722-00533"] = [
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "تفجير",
        actor=("داعش",),
        place=("سوروج",),
        fatalities=31,
        also=("هذا الهجوم",),
    ),
    E(
        "Protests/Peaceful protest",
        "تجمع",
        actor=("مؤيدي التنظيم",),
        target=("الحكومة التركية",),
        place=("اسطنبول",),
        date="2015-07-17",
    ),
]
F["snn-20150803-00944"] = [
    E(
        "Battles/Government regains territory",
        "انسحب",
        actor=("قوات المقاومة الشعبية والجيش الموالي للشرعية", "المقاومة الشعبية", "الجيش الموالي للشرعية"),
        target=("مسلحو ميليشيات الحوثيين", "الحوثيين", "قوات الرئيس السابق علي عبد الله صالح"),
        place=("المدينة الخضراء", "عدن"),
        date="2015-08-03",
        also=("تقدما", "الانسحاب"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غاراتها",
        actor=("طائرات التحالف العربي", "التحالف العربي"),
        place=("قاعدة العند الجوية", "قاعدة العند", "العند", "محافظة لحج", "لحج"),
    ),
    E(
        "Battles/Armed clash",
        "قتل",
        at="وفي محافظتي",
        actor=("مقاتلي المقاومة", "المقاومة"),
        target=("مسلحي الحوثيين", "الحوثيين"),
        place=("لحج",),
        fatalities=15,
        also=("الاشتباكات",),
    ),
    E(
        "Battles/Armed clash",
        "قتل",
        at="وفي محافظتي",
        actor=("مقاتلي المقاومة", "المقاومة"),
        target=("مسلحي الحوثيين", "الحوثيين"),
        place=("أبين",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "تحرير",
        actor=("قوات المقاومة الشعبية", "المقاومة الشعبية"),
        target=("الميليشيات المتمردة",),
        place=("مدينة عدن", "عدن"),
        date="unknown",
    ),
]
F["snn-20150721-00024"] = [
    E(
        "Diplomacy/Visit",
        "توجه",
        actor=("وفدًا يمنيًا", "وفد"),
        place=("مدينة عدن", "عدن"),
        date="2015-07-17",
        status="planned",
    ),
    E(
        "Battles/Government regains territory",
        "بتحرير",
        target=("الميليشيات الحوثية",),
        place=("مدينة عدن", "عدن"),
        date="unknown",
        also=("تحرير عدن",),
    ),
]

if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
