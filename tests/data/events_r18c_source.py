"""Source of tests/data/events_r18c.jsonl: the eighteenth blind event round, part r18c.

10 real articles (SaudiNewsNet politics, 1,579–2,493 characters): the lines of /work/brief/DRAW_r18.tsv
(the saved output of `python tests/data/events_round18_select.py`) whose first column is `r18c`
(selection = events_round18_select.py, seed 1818, part r18c). All 10 kept, none dropped; 1 of them
reports no event (negative). Annotated by reading only (2026-11-29): the event coder was never run on
these articles and no coder output was read. Same format and guidelines as events_dev_source.py and
events_fresh_source.py (docs/events.md § Dev set); `build()` comes from events_dev_source.py
(SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or a 10-word run
with an article of any tests/data/events_*.jsonl set. Same happenings in other words: the Suruc bombing
of 20 July and the PKK's killing of two policemen in Ceylanpinar (r7a, r10a, r16a …), Turkey's arrests
of 24 July (r7b, r14b), the liberation of Aden named as background (many rounds), Bahah's Aden visit
(r8a, r10a), the aid ships reaching Aden (r15c).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r16c_source.py):
- Turkey: the police's 251 arrests «اطلقت الجمعة» in 13 provinces → one *Arrests* 2015-07-24 (as r14b), the
  Istanbul house raids and the later «297 شخصا» its mentions (one campaign, the provinces not listed;
  ambiguous: ACLED might code Istanbul apart); the Suruc bombing → *Suicide bomb* 2015-07-20 («الاثنين»), 32
  dead, ISIS as actor (the attribution, as r15b/r16c), the killing first (as r10a) and the lead's aggregate
  «هجمات عنيفة استهدفت مدنيين وعناصر من قوى الامن» a mention of it; the PKK's claimed «اعدام» of two policemen
  → *Armed clash* (a state target, as r7a/r10a/r16a), 2015-07-22, no place (the text names none); the Turkish
  air strikes on extremist positions in Syria «فجر الجمعة» → *Air/drone strike* 2015-07-24; the denied advance
  notice to Damascus and «ستتواصل» are not events;
- Yemen, the Iranian-officers article: the clash during which the captured officer escaped → *Armed clash*,
  date "unknown", place Aden read from the context (ambiguous), and his capture «وقعوا أسرى في أيدي الحوثيين»
  → *Arrests* (as r12a's «وقعوا أسرى»), date "unknown"; the interrogation is not coded; the liberation of Aden
  «تحرير المقاومة للمدينة» → *Non-state actor overtakes territory* (Resistance named, as r15c/r16c), date
  "unknown"; the Resistance that «باتت تسيطر» on 90 % of the heights over al-Anad → *Non-state actor overtakes
  territory* (as fresh's «أصبحت تحت سيطرتها»), publication date, its advance towards Lahj not coded (movement,
  as r16c); Taiz «أمس»: clashes and an advance with no control yet → *Armed clash* 2015-07-21; the WFP ship
  «وصلت أمس» and the UAE ship that «لحقتها» → two *Diplomacy/Aid* (two donors, as r15c), both 2015-07-21
  (ambiguous for the second), the lead «السفن المحملة بالمساعدات» a mention of the first;
- the liberation of Aden named with no actor (Aden TV) → *Government regains territory*, date "unknown" (as
  r9a/r16c); named as the Houthi leader's «هزيمة … على أيدي مقاتلي المقاومة» (Ghallab) → *Non-state actor
  overtakes territory*, date "unknown" (ambiguous: an earlier round coded that «هزيمة» as *Government regains
  territory*); Bahah's Aden visit (no day in the text) → *Visit*, publication date;
- Aden TV: the Houthis' looting and wrecking of the station («العبث والتدمير», «تخريب وسلب ونهب») →
  *Looting/property destruction*, the «القصف العنيف» of its building → *Shelling/artillery/missile attack*,
  both date "unknown", reported; the rebels' takeover of Aden (spring 2015) → *Non-state actor overtakes
  territory*, historical, date "unknown"; Marem's meeting with the TV staff → *Meeting* (as the cabinet/staff
  meetings of r9a/r13a; ambiguous: an administrative meeting), place Aden from the context; the 1994 war and
  the takeover of «المحافظات» are generic, not coded;
- the local-administration minister: «الجيش الوطني والمقاومة الشعبية سيطرت على الجبال المحيطة ومحاصرة القاعدة»
  → *Government regains territory* (army named with the Resistance, as r15c/r16c), the 48-hour forecast not
  coded; King Salman's 274 million dollars «في بداية عاصفة الحزم» → *Diplomacy/Aid*, historical, date
  "unknown" (as the IMF loan coded *Aid*); al-Rabeeah's agreement with the UN → *Diplomacy/Agreement*, date
  "unknown"; the hostages the Houthis hold in the base (an ongoing holding with no day; ambiguous: could be
  *Abduction*), the convoys «مستمرة» and the destroyed districts (months-long) are not coded;
- the deserters' article: dozens of Houthi/Saleh fighters fleeing al-Fayush and Sabr (Lahj) → *Non-violent
  transfer of territory* (as blind's Houthi withdrawal; ambiguous: fresh did not code a vague «الهروب» trend,
  here two areas are named); the Republican Guard killing a Houthi official and three gunmen storming
  al-Jaimalani's house in Bayt Bous «أول من أمس» → *Armed clash* 2015-07-22, 4 dead; the Marib fighting with
  17 Houthi dead and their rout from the al-Jufaina front → one *Non-state actor overtakes territory* (clashes
  leading to a takeover are its mentions, as fresh/r7a), 17 dead; the Ibb ambush that killed al-Ghaili →
  *Armed clash*, 1 dead, the «احتدام المعارك» there a mention; weapons sales, defections, the tribes' refusal,
  the Aden fighters' earlier surrenders (generic) are not coded;
- Iraq: the US withdrawal «في ديسمبر/كانون الأول 2011» → *Non-violent transfer of territory*, historical,
  2011-12 (ambiguous: background the generals argue about; the only happening the article dates); Odierno's
  operations against al-Qaeda and the US air strikes (generic) are not; the EU's 90 million euros →
  *Diplomacy/Aid*, the Kirkuk governor's meeting with Stylianides → *Meeting* (place Kirkuk from the context),
  ISIS's control of south and west Kirkuk «منذ العاشر من حزيران/بونيو من العام الماضي» → *Non-state actor
  overtakes territory*, historical, 2014-06-10; the joint committee and the Peshmerga's repelled attempts
  (generic) are not coded.

Negative: snn-20150806-00371 (the Muslim World League condemns al-Maliki's statements; Saudi Arabia's
pursuit of extremists is generic).

Run: python tests/data/events_r18c_source.py            (writes events_r18c.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r18c.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150727-01020"] = [
    E(
        "Strategic developments/Non-violent transfer of territory",
        "الانسحاب",
        actor=("الأميركي", "القوات الأميركية"),
        place=("العراق",),
        date="2011-12",
        status="historical",
        also=("انسحاب القوات الأميركية",),
    ),
]
F["snn-20150806-00371"] = []  # the Muslim World League condemns al-Maliki's statements: no happening
F["snn-20150807-01037"] = [
    E(
        "Battles/Government regains territory",
        "تحرير المدينة",
        target=("الاحتلال الحوثي", "الحوثي"),
        place=("المدينة", "مدينة عدن", "عدن"),
        date="unknown",
    ),
    E(
        "Strategic developments/Looting/property destruction",
        "العبث والتدمير",
        actor=("الحوثي", "الحوثيين", "ميليشيات التمرد الحوثي"),
        target=("تلفزيون عدن", "تلفزيون عدن العريق"),
        place=("مدينة عدن", "عدن"),
        date="unknown",
        also=("عمليات تخريب وسلب ونهب",),
    ),
    E(
        "Diplomacy/Meeting",
        "اجتماعا",
        actor=("محمد مارم", "مدير مكتب رئاسة الجمهورية"),
        target=("للعاملين في قطاع التلفزيون", "قناة عدن"),
        place=("عدن", "مدينة عدن"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرة المتمردين",
        actor=("المتمردين",),
        place=("المدينة", "عدن"),
        date="unknown",
        status="historical",
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "للقصف",
        actor=("التمرد",),
        target=("المبنى", "تلفزيون عدن"),
        place=("عدن",),
        date="unknown",
    ),
]
F["snn-20150725-00876"] = [
    E(
        "Strategic developments/Arrests",
        "اوقفت",
        actor=("الشرطة", "الشرطة التركية"),
        target=("251 شخصا", "افرادا", "تنظيم داعش", "حزب العمال الكردستاني"),
        place=("13 محافظة تركية", "تركيا", "اسطنبول"),
        date="2015-07-24",
        also=(
            "تم توقيف",
            "المداهمات",
            "داهمت منازل",
            "مداهمة 140 منزلا",
            "عملية مداهمات واسعة",
            "حملة التوقيفات",
        ),
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "مقتل",
        at="واتت المداهمات",
        actor=("تنظيم داعش", "داعش"),
        place=("بلدة تركية على الحدود السورية", "بلدة تركية"),
        date="2015-07-20",
        fatalities=32,
        also=("تفجير انتحاري", "هجمات عنيفة"),
    ),
    E(
        "Battles/Armed clash",
        "اعدام",
        actor=("حزب العمال الكردستاني",),
        target=("عنصرين من الشرطة التركية", "الشرطة التركية"),
        date="2015-07-22",
        fatalities=2,
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات",
        at="وذلك في اعقاب",
        actor=("سلاح الجو التركي",),
        target=("مواقع للمتطرفين", "المتطرفين"),
        place=("سوريا",),
        date="2015-07-24",
        also=("بالغارات الجوية",),
    ),
]
F["snn-20150722-00017"] = [
    E(
        "Strategic developments/Arrests",
        "وقعوا أسرى",
        actor=("الحوثيين",),
        target=("أحد الضباط الجنوبيين", "الضباط الجنوبيين"),
        place=("عدن", "مدينة عدن"),
        date="unknown",
    ),
    E(
        "Battles/Armed clash",
        "اشتباكات",
        actor=("الحوثيين",),
        target=("قوات المقاومة", "المقاومة"),
        place=("عدن", "مدينة عدن"),
        date="unknown",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "تحرير عدن",
        actor=("المقاومة",),
        target=("الحوثيين",),
        place=("عدن",),
        date="unknown",
        also=("تحرير المقاومة للمدينة",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "تسيطر",
        actor=("المقاومة", "العميد ثابت جواس"),
        target=("ميليشيات الحوثي وصالح",),
        place=("محور العند", "العند", "جبهة ردفان العند"),
    ),
    E(
        "Battles/Armed clash",
        "اشتباكات",
        at="وفي محافظة تعز",
        actor=("المقاومة",),
        target=("المسلحين الحوثيين", "الحوثيين"),
        place=("غرب المدينة", "تعز", "محافظة تعز"),
        date="2015-07-21",
        also=("تقدمًا في غرب المدينة",),
    ),
    E(
        "Diplomacy/Aid",
        "وصلت",
        actor=("برنامج الأغذية التابع للأمم المتحدة", "برنامج الأغذية", "الأمم المتحدة"),
        place=("عدن",),
        date="2015-07-21",
        also=("السفن المحملة بالمساعدات",),
    ),
    E(
        "Diplomacy/Aid",
        "لحقتها",
        actor=("دولة الإمارات العربية المتحدة", "الإمارات العربية المتحدة"),
        place=("عدن",),
        date="2015-07-21",
    ),
]
F["snn-20150727-00301"] = [
    E(
        "Diplomacy/Aid",
        "وصلت",
        actor=("مركز الملك سلمان للإغاثة والأعمال الإنسانية", "مركز الملك سلمان", "الملك سلمان بن عبدالعزيز"),
        target=("للأشقاء في اليمن", "الأشقاء في اليمن", "اليمن"),
        place=("ميناء عدن", "عدن"),
        date="2015-07-26",
        also=("وصلت السفينة", "وصلت إلى عدن مساعدات طبية"),
    ),
]
F["snn-20150726-00721"] = [
    E(
        "Battles/Government regains territory",
        "سيطرت",
        actor=("الجيش الوطني", "المقاومة الشعبية"),
        place=("الجبال المحيطة", "قاعدة العند", "القاعدة", "العند"),
        also=("ومحاصرة القاعدة",),
    ),
    E(
        "Diplomacy/Aid",
        "أمر به",
        actor=("خادم الحرمين الشريفين الملك سلمان بن عبدالعزيز", "خادم الحرمين الشريفين", "الملك سلمان"),
        date="unknown",
        status="historical",
        also=("خصص فيها 274 مليون دولار",),
    ),
    E(
        "Diplomacy/Agreement",
        "توقيع",
        actor=(
            "الدكتور عبدالله الربيعة",
            "عبدالله الربيعة",
            "مركز الملك سلمان للإغاثة والأعمال الإنسانية",
        ),
        target=("الأمم المتحدة",),
        date="unknown",
        also=("اتفاقية",),
    ),
]
F["snn-20150803-00769"] = [
    E(
        "Diplomacy/Visit",
        "زيارة",
        actor=("خالد بحاح", "نائب الرئيس اليمني رئيس مجلس الوزراء خالد بحاح", "بحاح"),
        place=("محافظة عدن", "عدن"),
        also=("الزيارة",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "بهزيمة",
        actor=("مقاتلي المقاومة", "المقاومة"),
        target=("قواته",),
        place=("عدن",),
        date="unknown",
    ),
]
F["snn-20150724-01614"] = [
    E(
        "Strategic developments/Non-violent transfer of territory",
        "بالفرار",
        actor=("مليشيات الحوثي والمخلوع", "مليشيات الحوثي"),
        place=("منطقتي الفيوش وصبر", "الفيوش", "صبر", "محافظة لحج"),
        also=("عملية هروب جماعي",),
    ),
    E(
        "Battles/Armed clash",
        "اشتباك مسلح",
        actor=("عناصر الحرس الجمهوري", "الحرس الجمهوري", "حراس المنزل", "الحراسة"),
        target=("قائد حوثي", "مسؤول الحوثيين", "الحوثيين"),
        place=("منطقة بيت بوس", "بيت بوس", "صنعاء"),
        date="2015-07-22",
        fatalities=4,
        also=("إطلاق النار عليهم",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "قتلت",
        actor=("المقاومة الشعبية", "مصادر في المقاومة الشعبية"),
        target=("ميليشيا الحوثي وصالح", "عناصر ميليشيا الحوثي وصالح"),
        place=("جبهة الجفينة", "محافظة مأرب", "مأرب"),
        fatalities=17,
        also=("المواجهات الشرسة", "دحر ميليشيا الحوثي وصالح"),
    ),
    E(
        "Battles/Armed clash",
        "مقتل",
        at="وفي إب",
        actor=("للمقاومة الشعبية", "المقاومة الشعبية", "المقاومة"),
        target=("القيادي الحوثي أبومحمد الغيلي", "أبومحمد الغيلي"),
        place=("إب", "المدينة"),
        fatalities=1,
        also=("بكمين", "احتدام المعارك"),
    ),
]
F["snn-20150726-00339"] = [
    E(
        "Diplomacy/Aid",
        "تخصيص",
        actor=("الاتحاد الاوروبي", "يانا هيباشكوفا"),
        target=("النازحين",),
        place=("العراق", "كركوك"),
    ),
    E(
        "Diplomacy/Meeting",
        "لقا",
        actor=("نجم الدين كريم", "محافظ كركوك"),
        target=("كريستوس ستايليانيدس", "يانا هيباشكوفا"),
        place=("كركوك",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "لسيطرة",
        actor=("داعش",),
        place=("كركوك",),
        date="2014-06-10",
        status="historical",
    ),
]

if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
