"""Source of tests/data/events_r45c.jsonl: the forty-fifth blind event round, part r45c.

10 real articles (SaudiNewsNet politics, 2,593–3,978 characters): the lines of /work/brief/DRAW_r45.tsv
(the saved output of `python tests/data/events_round45_select.py`) whose first column is `r45c`
(selection = events_round45_select.py, seed 4545, part r45c). All 10 kept, none dropped. Annotated by
reading only (2026-11-29): the event coder was never run on these articles and no coder output was read.
Same format and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set);
`build()` comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three or more
12-word runs with an article of another tests/data/events_*.jsonl set (checked 2026-11-29, before the
other parts of round 45 were committed). Same happenings in other words: the nuclear deal, the
liberation of Aden, the Duma arson, the Suruc bombing, the Khan Bani Saad bombing.

Choices (the last rounds' calls followed):
- Iran opinion (00924): the nuclear deal → *Diplomacy/Agreement*, "unknown" (as r36c/r40c/r42c/r44c); «طهر
  السعوديون عدن» → *Government regains territory*, "unknown" (as the «تحرير عدن» of r40b/r42a); the Saudi
  pilots' «علاج … بالكي» (a metaphor for the air campaign), Bashar's barrels (habitual) and the Iranian
  woman on the president's car are not coded;
- Interpol (02429): the burning of the Dawabsha baby in Duma «يوم الجمعة» → *Violence against civilians/
  Attack* 2015-07-31, 1 dead; al-Maliki handing the memo to Bensouda in The Hague «أمس الأول» →
  *Diplomacy/Meeting* 2015-08-04 (ambiguous); the Shin Bet arrest of Ettinger in Safed «مساء الإثنين» →
  *Arrests* 2015-08-03; the arson of the Loaves and Fishes church on 18 June → *Looting/property
  destruction*, historical; Kahane's killing in 1990 → *Attack*, historical; the Interpol request, the
  possible administrative detention, the inquiries and Rivlin's post are not coded;
- Muscat (00144): the Houthi delegation flown to Muscat «أمس» → *Diplomacy/Visit* 2015-08-08 and the talks
  there → *Diplomacy/Talks* 2015-08-08 (kept apart, as r44c); the May talks in Muscat → *Talks*, historical,
  2015-05; the Houthis taking Sanaa and Aden → one *Non-state actor overtakes territory*, historical,
  "unknown" (both places accepted); the coalition retaking Aden in mid-July → *Government regains
  territory* 2015-07; al-Jubeir's press conference with his Italian counterpart in Rome → *Meeting*;
- religion opinion (01389): Ibn Muljam killing Ali and the killing of Uthman → *Attack*, historical,
  "unknown"; ISIS burning al-Kasasbeh → *Attack*, historical, "unknown"; the Umayyad/Abbasid massacres
  (no single happening) are not coded;
- Maliki/Allawi (00151): the demonstrations against corruption → *Peaceful protest* (no place named near,
  publication date); the Anbar sit-ins Maliki recalls → *Peaceful protest*, historical, "unknown"
  (ambiguous); the reforms, the parliament vote and the press conference are not coded;
- economy (00838): the fighting in Taiz «تشهد حاليا» → *Armed clash*; the Resistance taking Aden in July →
  *Non-state actor overtakes territory* 2015-07 (as fresh: the Resistance acting); the blockade is not coded;
- executions (00111): the 12 prisoners executed at Jaawala → *Attack*, 12 dead (no date beyond «خلال
  الأيام الماضية»); the clashes on that front now under Resistance control → *Non-state actor overtakes
  territory* (the clashes its first mention); the Anad clashes the wounded came from «أمس» → *Armed clash*
  2015-08-03; the Sanah ambush, 13 Houthis dead → *Armed clash*, and the Resistance tanks hitting militia
  positions in Sanah → *Shelling* (ambiguous: support of the same operation); the military ship at
  al-Buraiqa «مساء الأحد» → *Diplomacy/Aid* 2015-08-02 (no sender named; ambiguous); the liberation of
  Aden → *Government regains territory*, "unknown"; the advance on al-Houta and Zinjibar → two *Government
  regains territory*, planned; the advance at al-Madina al-Khadra forcing the Houthi withdrawal →
  *Government regains territory*; the training camps, the graduation and the plans are not coded;
- Diyala (00351): the Khan Bani Saad market bombing «الجمعة الماضية» → *Remote explosive/landmine/IED*
  2015-07-17, no fatalities (killed and wounded counted together); al-Ghabban's inspection → *Visit* and
  his meeting with the police command → *Meeting* (kept apart); the relatives storming and burning the
  council building → *Riots/Violent demonstration*; five abductions in 24 hours → *Abduction* (Diyala) and
  30 men with a Sunni sheikh abducted «أمس» → *Abduction* 2015-07-20; generic bombings, kidnappings,
  displacement and the police reinforcement are not coded;
- Turkey (00079): the Turkish tanks shelling a Kurdish-held village in northern Syria → *Shelling* (4
  wounded); the Turkish operations against ISIS in Syria and the PKK in Iraq → two *Air/drone strike*
  (the text says only «استهدفت … مواقع»: ambiguous type); the Suruc suicide attack «قبل اسبوع» →
  *Suicide bomb* 2015-07-20, 32 dead; the soldier killed by jihadists' fire «الخميس» → *Armed clash*
  2015-07-23, 1 dead; the Incirlik agreement with the US → *Diplomacy/Agreement*; the refusal to send
  ground troops is not coded;
- Iranian initiative opinion (00054): the liberation of Aden → *Government regains territory*, "unknown";
  the initiative, Decisive Storm and the Arab observers are not coded.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r45c.jsonl")

F: dict[str, list[dict]] = {}

F["snn-20150808-00924"] = [  # opinion: countries Iran drove mad
    E(
        "Diplomacy/Agreement",
        "توقيع الاتفاق النووي",
        actor=("إيران",),
        date="unknown",
    ),
    E(
        "Battles/Government regains territory",
        "طهر السعوديون عدن",
        actor=("السعوديون",),
        place=("عدن",),
        date="unknown",
        also=("ما حدث في عدن",),
    ),
]

F["snn-20150806-02429"] = [  # Palestine asks to join Interpol; Duma arson
    E(
        "Violence against civilians/Attack",
        "حرق طفل فلسطيني",
        actor=("مستوطنين متطرفين", "مستوطنين", "مهاجمون"),
        target=("طفل فلسطيني", "علي دوابشة", "رضيعا فلسطينيا"),
        place=("قرية دوما", "دوما", "نابلس", "الضفة الغربية"),
        date="2015-07-31",
        fatalities=1,
        also=("مقتل الطفل علي دوابشة حرقا", "أحرق مهاجمون منزلا فقتلوا رضيعا"),
    ),
    E(
        "Diplomacy/Meeting",
        "قدم",
        at="وزير خارجيتها رياض المالكي",
        actor=("رياض المالكي", "المالكي"),
        target=("فاتو بنسودا", "المحكمة الجنائية الدولية"),
        place=("لاهاي",),
        date="2015-08-04",
    ),
    E(
        "Strategic developments/Arrests",
        "تم اعتقال مئير اتينغر",
        actor=("الشين بيت", "شين بيت", "جهاز الأمن الداخلي الإسرائيلي"),
        target=("مئير اتينغر", "اتينغر"),
        place=("صفد",),
        date="2015-08-03",
    ),
    E(
        "Strategic developments/Looting/property destruction",
        "احراق كنيسة الخبز والسمك",
        actor=("مجموعة", "منظمة يهودية متطرفة"),
        target=("كنيسة الخبز والسمك",),
        place=("بحيرة طبرية", "طبرية"),
        date="2015-06-18",
        status="historical",
    ),
    E(
        "Violence against civilians/Attack",
        "اغتيل",
        at="مئير كاهانا",
        actor=("الفلسطينيين",),
        target=("مئير كاهانا", "كاهانا"),
        date="1990",
        status="historical",
    ),
]

F["snn-20150809-00144"] = [  # Houthis in Muscat again
    E(
        "Diplomacy/Visit",
        "أقلّت طائرة عُمانية",
        actor=("وفدًا من جماعة الحوثي", "جماعة الحوثي", "الحوثي"),
        place=("مسقط",),
        date="2015-08-08",
    ),
    E(
        "Diplomacy/Talks",
        "محادثات سياسية",
        actor=("جماعة الحوثي", "الحوثي", "الحوثيين"),
        target=("وفد حكومي", "أطراف يمنية مؤيدة للرئيس عبد ربه منصور هادي"),
        place=("مسقط", "سلطنة عمان", "سلطنة عُمان"),
        date="2015-08-08",
        also=("المساعي العمانية", "سيجري محادثات مع وفد حكومي", "المحادثات التي تُجرى في سلطنة عمان"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرة الحوثيين على العاصمة صنعاء",
        actor=("الحوثيين",),
        place=("صنعاء", "عدن"),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Talks",
        "محادثات متعددة الأطراف في مسقط",
        actor=("جماعة الحوثيين", "الحوثيين"),
        target=("وفد أميركي",),
        place=("مسقط",),
        date="2015-05",
        status="historical",
    ),
    E(
        "Battles/Government regains territory",
        "استعادة قوات التحالف مدينة عدن",
        actor=("قوات التحالف",),
        place=("مدينة عدن", "عدن"),
        date="2015-07",
    ),
    E(
        "Diplomacy/Meeting",
        "مؤتمر صحافي مع نظيره الإيطالي",
        actor=("عادل الجبير", "الجبير"),
        target=("نظيره الإيطالي",),
        place=("روما",),
        date="2015-08-08",
    ),
]

F["snn-20150721-01389"] = [  # opinion: killing in the name of religion
    E(
        "Violence against civilians/Attack",
        "ضربه ابن ملجم بالسيف",
        actor=("ابن ملجم", "عبدالرحمن بن ملجم"),
        target=("الإمام علي", "علي"),
        date="unknown",
        status="historical",
        also=("مقتل علي",),
    ),
    E(
        "Violence against civilians/Attack",
        "قتله في داره",
        target=("عثمان بن عفان", "الخليفة الثالث"),
        date="unknown",
        status="historical",
    ),
    E(
        "Violence against civilians/Attack",
        "أحرقت داعش الطيار الأردني الكساسبة",
        actor=("داعش",),
        target=("الطيار الأردني الكساسبة", "الكساسبة"),
        date="unknown",
        status="historical",
    ),
]

F["snn-20150811-00151"] = [  # Maliki and Allawi reject Abadi's reforms
    E(
        "Protests/Peaceful protest",
        "المظاهرات ضد الفساد",
        also=("حركة المظاهرات",),
    ),
    E(
        "Protests/Peaceful protest",
        "اعتصامات الأنبار",
        place=("الأنبار",),
        date="unknown",
        status="historical",
        also=("مظاهرات الأنبار والموصل",),
    ),
]

F["snn-20150724-00838"] = [  # economic report: businesses leaving Yemen
    E(
        "Battles/Armed clash",
        "معارك طاحنة",
        actor=("صالح", "الحوثي"),
        target=("المقاومة", "الجيش الوطني"),
        place=("محافظة تعز", "تعز"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "بسطت المقاومة يدها عليها",
        actor=("المقاومة",),
        place=("عدن",),
        date="2015-07",
    ),
]

F["snn-20150804-00111"] = [  # Houthis execute southern prisoners; Sanah ambush
    E(
        "Violence against civilians/Attack",
        "بإعدام عدد من الأسرى",
        actor=("ميليشيات الحوثيين", "القوات الموالية للمخلوع علي عبد الله صالح", "الميليشيات الحوثية"),
        target=("الأسرى", "أسرى جنوبيين"),
        place=("جعولة", "بئر أحمد", "المدينة الخضراء", "عدن"),
        fatalities=12,
        also=("بإعدام أسرى جنوبيين",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "تدور مواجهات",
        actor=("المقاومة",),
        place=("جعولة", "الجبهة"),
        also=("أصبحت الآن تحت سيطرت المقاومة",),
    ),
    E(
        "Battles/Armed clash",
        "مواجهات العند",
        actor=("المقاومة",),
        target=("الحوثيين", "قوات صالح"),
        place=("العند",),
        date="2015-08-03",
    ),
    E(
        "Battles/Armed clash",
        "تمكنت من قتل 13",
        actor=("المقاومة",),
        target=("ميليشيات الحوثي", "كتيبة الحسين", "الحرس الجمهوري"),
        place=("جبهة سناح", "سناح", "الضالع"),
        fatalities=13,
        also=("عملية كمين",),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "ضربت مواقع الميليشيات",
        actor=("دبابات المقاومة", "المقاومة"),
        target=("الميليشيات",),
        place=("بلدة سناح", "سناح"),
    ),
    E(
        "Battles/Government regains territory",
        "تحرير عدن",
        at="وساهمت في",
        actor=("القوات التي تدربت على يد التحالف", "600 مقاتل"),
        place=("عدن",),
        date="unknown",
        also=("تحرير عدن نفذه 600 مقاتل",),
    ),
    E(
        "Diplomacy/Aid",
        "ووصلت",
        at="وعلى صعيد آخر",
        target=("الجيش الوطني", "المقاومة"),
        place=("ميناء مدينة البريقة", "البريقة"),
        date="2015-08-02",
    ),
    E(
        "Battles/Government regains territory",
        "تقدمها للسيطرة على مدينتي الحوطة",
        actor=("قوات الجيش الوطني", "المقاومة"),
        place=("الحوطة",),
        status="planned",
    ),
    E(
        "Battles/Government regains territory",
        "تقدمها للسيطرة على مدينتي الحوطة",
        actor=("قوات الجيش الوطني", "المقاومة"),
        place=("زنجبار",),
        status="planned",
    ),
    E(
        "Battles/Government regains territory",
        "حققت قوات المقاومة الشعبية",
        actor=("قوات المقاومة الشعبية", "الجيش الموالي للشرعية"),
        target=("مسلحي الحوثي", "قوات صالح"),
        place=("المدينة الخضراء",),
        also=("أجبر مسلحي الحوثي وقوات صالح على الانسحاب",),
    ),
]

F["snn-20150721-00351"] = [  # Diyala after the Khan Bani Saad massacre
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "مجزرة خان بني سعد",
        place=("خان بني سعد", "ديالى"),
        date="2015-07-17",
        also=("التفجير الذي استهدف ناحية خان بني سعد", "التفجير الإجرامي الذي ضرب سوق الناحية"),
    ),
    E(
        "Diplomacy/Visit",
        "الغبان تفقد ناحية خان بني سعد",
        actor=("الغبان", "محمد سالم الغبان"),
        place=("خان بني سعد",),
        also=("زار الغبان مديرية شرطة خان بني سعد",),
    ),
    E(
        "Diplomacy/Meeting",
        "التقى بقيادة الشرطة",
        actor=("الغبان",),
        target=("قيادة الشرطة", "المسؤوليين المحليين"),
        place=("خان بني سعد",),
    ),
    E(
        "Riots/Violent demonstration",
        "اقتحموا مقر المجلس البلدي",
        actor=("ذوي ضحايا تفجير خان بني سعد", "ذوي ضحايا"),
        target=("المجلس البلدي",),
        place=("خان بني سعد",),
        also=("وأحرقوه بالكامل",),
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "تسجيل خمس حالات خطف",
        place=("المحافظة", "ديالى"),
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "خطفوا في خان بني سعد",
        target=("30 رجلا", "زعيم عشيرة سنية", "الشيخ طلب الجميلي"),
        place=("خان بني سعد",),
        date="2015-07-20",
        also=("كانوا ضمن المخطوفين",),
    ),
]

F["snn-20150727-00079"] = [  # Turkey: tanks on a Kurdish village, strikes on ISIS and PKK
    E(
        "Explosions/Remote violence/Air/drone strike",
        "العمليات العسكرية التي تنفذها تركيا",
        actor=("تركيا",),
        target=("تنظيم داعش", "داعش"),
        place=("سوريا",),
        also=("استهدفت في الايام الاخيرة مواقع لمتطرفي تنظيم داعش",),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "لقصف بدبابات تركية",
        actor=("دبابات تركية", "الدبابات التركية", "القوات التركية", "الجيش التركي"),
        target=("القوات الكردية", "وحدات حماية الشعب", "المقاتلين"),
        place=("شمال سوريا", "سوريا"),
        also=("الدبابات التركية قصفت قرية", "تعرضت القوات التركية لمواقعنا"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "تواصل استهداف",
        actor=("تركيا",),
        target=("حزب العمال الكردستاني",),
        place=("العراق", "شمال العراق"),
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "الهجوم الانتحاري في سروج",
        actor=("التنظيم", "تنظيم داعش"),
        place=("سروج",),
        date="2015-07-20",
        fatalities=32,
        also=("بالهجوم الانتحاري في سروج", "لمقتل 32 شخصا"),
    ),
    E(
        "Battles/Armed clash",
        "مقتل جندي تركي",
        actor=("جهاديين",),
        target=("جندي تركي",),
        date="2015-07-23",
        fatalities=1,
        also=("مقتل الجندي",),
    ),
    E(
        "Diplomacy/Agreement",
        "الاتفاق الذي تم التوصل اليه مع الولايات المتحدة",
        actor=("تركيا", "الولايات المتحدة"),
        target=("الولايات المتحدة",),
    ),
]

F["snn-20150808-00054"] = [  # opinion: the Iranian initiative on Syria
    E(
        "Battles/Government regains territory",
        "تحرير عدن",
        place=("عدن",),
        date="unknown",
    ),
]


if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
