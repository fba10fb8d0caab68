"""Source of tests/data/events_r62c.jsonl: the sixty-second blind event round, part r62c.

6 real articles (SaudiNewsNet politics, 1,148–2,137 characters): the lines of /work/brief/DRAW_r62.tsv
(the saved output of `python tests/data/events_round62_select.py`) whose first column is `r62c`
(selection = events_round62_select.py, seed 6262, part r62c). All 6 kept, none dropped. Annotated by
reading only (2026-11-29): the event coder was never run on these articles and no coder output was read.
Same format and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set);
`build()` comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or two or more
12-word runs with an article of another tests/data/events_*.jsonl set (1,906 articles, checked
2026-11-29 23:20 UTC). Same happenings in other words: the humanitarian truce of 26 July (fresh, r22a,
r35c …), the Suruc bombing and the 2013 PKK truce (r20, r22b), the Resistance's advance around Aden and
Lahj (many rounds).

Choices (the last rounds' calls followed):
- Aden (01976): the Resistance clearing the farms on Aden's edge (Basateen, Ja'wala, Bir Fadl, Bir
  Ahmed: «أصبحت بيد المقاومة», «أصبحت مطهرة» its mentions) → one *Non-state actor overtakes territory*
  (the Popular Resistance, as fresh/r22a); the earlier steps of the same quote, the taking of Sabr and of
  Madinat al-Salam with al-Lahoum → two more takeovers (no day given: publication date); the National
  Army taking al-Alam «بعد معارك عنيفة» → *Government regains territory* (the battles and the sweep
  «مشطت» its mentions); the army's mine-clearing teams in the farms → *Disrupted weapons use* (as r54b);
  the Resistance vanguard entering central al-Houta while «تضييق الخناق» on the Houthis → *Armed clash*
  (ambiguous: could be read as a takeover; the text says the fight goes on); dozens of Houthis captured
  on the Abyan front → *Arrests* (as r15b/r22a). Not coded: cutting supply lines, the Houthis' flight,
  the advance towards Mada'in Aden, the battle awaited in al-Madina al-Khadra and al-Anad (an aim), the
  Houthis' mining of the farms and «استهداف الأبرياء» (habits);
- al-Dhale (01064): the statement «أمس» that the Resistance «استعادت السيطرة على جميع مديريات المحافظة» →
  one province-wide *Non-state actor overtakes territory* 2015-08-09; the two camps and al-Jumayma
  («استعادتها معسكري الصدرين والأمن المركزي، وموقع الجميمة»; Sadrain's later «يستعيدوا السيطرة الكاملة»
  and «السيطرة على المعسكر» its mentions) → one takeover with all three sites accepted (ambiguous: could
  be three, as r61a's one-phrase list; all in and around al-Dhale town on the same day); the rest of
  Sanah «فجر أمس» with the clashes that killed 77 rebels → one takeover, 77 dead; the border strip (with
  «استرداد منطقة الشريط الحدودي») and the central prison with police headquarters → two takeovers
  2015-08-09 (the strip «عقب السيطرة على المعسكر» of yesterday); the Resistance is non-state although
  helped «بمساعدة عناصر الجيش الموالي للشرعية» (as fresh). Abyan: the clashes «أمس» with dozens of dead
  and wounded → *Armed clash* 2015-08-09, no count; the coalition raids killing 12 → *Air/drone strike*
  (no day given). Not coded: the flight to Qa'taba, the siege of rebels in al-Shutari and the surrender
  talks, the incursion into Muris (an advance), the rebels' past use of the camp to shell the town (a
  habit), the Taiz fighters' rally «مهرجان التحرير» (a fighters' gathering, no protest; ambiguous), the
  next tasks and the Abyan preparations (aims);
- Hadramawt (02163): the notables' training camp in Thamud («وكان … قد أنشأوا») → *Strategic developments/
  Headquarters or base established*, historical, "unknown" (ambiguous: could be dated the publication
  day); the Emirati delegation's visit to Hadramawt and its meeting with the Tribes' Alliance «خلال
  الأيام الماضية» → *Diplomacy/Visit* and *Diplomacy/Meeting* dated 2015-08 (as r20c). Not coded: the
  Resistance sending forces to the province and the coalition's arms supply (deployments and undated
  supply, as r10b/r13b/r21b), the training and graduation of fighters, al-Qaeda holding al-Mukalla «منذ
  أشهر عدة» (a state, as r22b's Fajr Libya), the Houthi plan and the recruitment drive (aims);
- Iran/Turkey (01087): the gunmen's attack on the Iranian bus «الجمعة» → *Violence against civilians/
  Attack* 2015-08-07, 1 dead (the driver); the blast that killed 32 Kurdish activists «في نهاية تموز»
  (Suruc, named «الاعتداء الذي نسب الى تنظيم داعش») → *Suicide bomb*, historical, 2015-07, 32 dead (as
  r20/r22b; ambiguous: this text says only «انفجار»); the PKK truce «كانت سارية منذ عامين» → historical
  *Strategic developments/Agreement* 2013 (as r22b); the Turkish army's raids on PKK positions in
  northern Iraq and on ISIS in northern Syria → two *Air/drone strike* events, no day (as r22b); the two
  attacks on the Tehran–Ankara trains → one *Strategic developments/Looting/property destruction*, date
  "unknown" (ambiguous: means and number of days not given; could be two events or an *Attack*); the
  sabotage of the Iran–Turkey gas pipeline in Agri → *Looting/property destruction* 2015-07, Kurdish
  rebels (as r35c's «تخريب»); the blast on the Azerbaijan pipeline «الثلاثاء» → *Remote explosive/
  landmine/IED* 2015-08-04. Not coded: the travel advice, the halt of train services and the truckers'
  advice (policy), the collapse of the truce and the «سلسلة عمليات انتقامية» (an aggregate);
- Palestinians in Syria (00630): deaths under torture in the regime's prisons «خلال الساعات الماضية» →
  *Violence against civilians/Attack* 2015-08-09 (no count: «عدد من»); the regime's warplanes dropping
  barrels on Daraa camp (activists' statement «اليوم») → *Air/drone strike* 2015-08-09. Not coded: the
  409/178/63/220 tallies, the 935 detained (a continuing detention), the child's death from siege and
  lack of medicine, the shelling «منذ بدء أحداث الحرب» (an aggregate);
- Yemen truce (01045): the coalition's five-day truce, announced «الأحد», in force «ليلة الاثنين» →
  *Strategic developments/Agreement* 2015-07-26, reported (in force on the publication day; as r22a's
  date); the rebels' indiscriminate shelling of Kalaba, al-Shamasi and al-Rawda minutes after it began →
  *Shelling/artillery/missile attack* 2015-07-27; the clashes on al-Arbaeen street → *Armed clash*
  2015-07-27 (its «وقصف» part of it); tank shells on homes in Jabal Sabr → a second *Shelling* (no day
  given); the Houthi/Saleh attack on Resistance positions in Idat al-Ra' and al-Jufaina (Marib) → *Armed
  clash*; the first two truces «في 13 مايو» and «في 10 يوليو» → two historical *Agreement* events; the
  clashes «الأحد» in the villages of Jabal Sabr, 15 rebels and 6 Resistance dead → *Armed clash*
  2015-07-26, 21 dead. Not coded: the truce violation itself («خرق», as r16c/r58b: its shellings are
  coded), the coalition's warning that it will respond (a threat).

Counts: 6 articles, 35 events, no negative (Battles 14: 8 non-state takeovers, 1 government
regains territory, 5 armed clashes; Strategic developments 9: 4 agreements, 2 property destruction,
1 arrests, 1 disrupted weapons use, 1 base established; Explosions/Remote violence 8: 4 air strikes,
2 shelling, 1 suicide bomb, 1 IED; Violence against civilians 2; Diplomacy 2).

Run: python tests/data/events_r62c_source.py            (writes events_r62c.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r62c.jsonl")

F: dict[str, list[dict]] = {}

F["snn-20150731-01976"] = [  # Aden's north and east, al-Houta, Abyan
    E(
        "Battles/Non-state actor overtakes territory",
        "تطهير",
        actor=("المقاومة الشعبية", "المقاومة"),
        target=("مليشيات الحوثي والمخلوع", "مليشيات الحوثي"),
        place=("المزارع", "أطراف مدينة عدن", "عدن", "البساتين", "جعولة", "بئر فضل", "بئر أحمد"),
        also=("أصبحت بيد المقاومة", "أصبحت مطهرة", "تطهير هذه المزارع"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "السيطرة",
        at="الشمالية الغربية",
        actor=("المقاومة",),
        target=("الميليشيات", "للمليشيات"),
        place=("منطقة صبر", "صبر"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "السيطرة",
        at="دار سعد",
        actor=("المقاومة",),
        target=("الميليشيات", "للمليشيات"),
        place=("مدينة السلام", "منطقة اللحوم", "دار سعد"),
    ),
    E(
        "Strategic developments/Disrupted weapons use",
        "نزع الألغام",
        actor=("فرق نزع الألغام بالجيش الوطني", "الجيش الوطني"),
        place=("المزارع", "عدن"),
    ),
    E(
        "Battles/Government regains territory",
        "سيطر",
        at="في غضون ذلك",
        actor=("الجيش الوطني", "المقاومة"),
        target=("المليشيات الحوثية", "القوات الموالية لها"),
        place=("منطقة العلم", "العلم", "شرق عدن"),
        also=("معارك عنيفة", "مشطت منطقة العلم"),
    ),
    E(
        "Battles/Armed clash",
        "دخلت",
        actor=("طلائع من المقاومة", "المقاومة"),
        target=("مليشيات الحوثي",),
        place=("مدينة الحوطة", "الحوطة", "لحج"),
        also=("بتضييق الخناق",),
    ),
    E(
        "Strategic developments/Arrests",
        "أسرت",
        actor=("المقاومة",),
        target=("العشرات من الحوثيين", "الحوثيين", "قيادات كبيرة"),
        place=("جبهة أبين", "أبين"),
    ),
]

F["snn-20150810-01064"] = [  # al-Dhale liberated; Abyan
    E(
        "Battles/Non-state actor overtakes territory",
        "استعادت السيطرة",
        actor=("المقاومة الشعبية",),
        target=("قوى التمرد الحوثي",),
        place=("محافظة الضالع", "الضالع"),
        date="2015-08-09",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "استعادتها",
        actor=("المقاومة الشعبية", "عناصر المقاومة"),
        target=("قوى التمرد الحوثي", "الحوثيين", "الحرس الجمهوري"),
        place=("معسكري الصدرين", "الصدرين", "معسكر الصدرين", "الأمن المركزي", "موقع الجميمة", "الجميمة"),
        date="2015-08-09",
        also=("يستعيدوا السيطرة الكاملة", "السيطرة على المعسكر"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "بتحرير",
        actor=("مقاتليها", "المقاومة الشعبية"),
        target=("متمردا", "قوى التمرد الحوثي"),
        place=("منطقة سناح", "سناح"),
        date="2015-08-09",
        fatalities=77,
        also=("مواجهات عنيفة", "مصرع 77 متمردا"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "تحرير الشريط الحدودي",
        actor=("الثوار", "المقاومة"),
        place=("الشريط الحدودي",),
        date="2015-08-09",
        also=("استرداد منطقة الشريط الحدودي",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطروا",
        actor=("الثوار", "المقاومة"),
        place=("مباني السجن المركزي", "السجن المركزي", "مبنى قيادة الشرطة"),
        date="2015-08-09",
    ),
    E(
        "Battles/Armed clash",
        "مواجهات",
        at="سقطوا في",
        actor=("مقاتلي المقاومة الشعبية", "المقاومة الشعبية", "الجيش الموالي للشرعية"),
        place=("محافظة أبين", "أبين"),
        date="2015-08-09",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات",
        actor=("طائرات التحالف العربي", "التحالف العربي"),
        target=("مواقع التمرد", "متمردا", "الانقلابيون"),
        place=("محافظة أبين", "أبين"),
        fatalities=12,
        also=("انفجارات عنيفة",),
    ),
]

F["snn-20150806-02163"] = [  # the coalition secures Hadramawt
    E(
        "Strategic developments/Headquarters or base established",
        "أنشأوا معسكرا",
        actor=("أعيان المنطقة",),
        place=('منطقة "ثمود"', "ثمود", "حضرموت"),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Visit",
        "زار",
        actor=("وفد إماراتي",),
        place=("محافظة حضرموت", "حضرموت"),
        date="2015-08",
    ),
    E(
        "Diplomacy/Meeting",
        "والتقى",
        actor=("وفد إماراتي",),
        target=("قيادة حلف القبائل", "حلف القبائل"),
        place=("محافظة حضرموت", "حضرموت"),
        date="2015-08",
        also=("وتدارس معه",),
    ),
]

F["snn-20150809-01087"] = [  # Iran advises against overland travel to Turkey
    E(
        "Violence against civilians/Attack",
        "هجوم",
        actor=("مسلحون",),
        target=("حافلة ايرانية", "حافلة ركاب ايرانية", "السائق"),
        place=("شرق تركيا", "مدينة فان", "فان"),
        date="2015-08-07",
        fatalities=1,
        also=("استهدفوا",),
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "انفجار",
        at="وفي نهاية تموز",
        actor=("تنظيم داعش", "داعش"),
        target=("ناشطًا كرديًا شابًا", "ناشطًا كرديًا"),
        date="2015-07",
        status="historical",
        fatalities=32,
        also=("هذا الاعتداء",),
    ),
    E(
        "Strategic developments/Agreement",
        "هدنة",
        at="انهيار",
        actor=("سلطات انقرة", "حزب العمال الكردستاني"),
        target=("حزب العمال الكردستاني", "سلطات انقرة"),
        date="2013",
        status="historical",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات",
        actor=("الجيش التركي",),
        target=("مواقع لحزب العمال", "حزب العمال"),
        place=("شمال العراق", "العراق"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات",
        actor=("الجيش التركي",),
        target=("مواقع تنظيم داعش", "تنظيم داعش", "داعش"),
        place=("شمال سوريا", "سوريا"),
    ),
    E(
        "Strategic developments/Looting/property destruction",
        "هجومين",
        target=("قطارين",),
        date="unknown",
    ),
    E(
        "Strategic developments/Looting/property destruction",
        "تخريب",
        actor=("متمردين أكراد",),
        target=("خط أنابيب نقل الغاز", "خط أنابيب"),
        place=("ولاية آغري", "آغري", "شرق تركيا"),
        date="2015-07",
        also=("الهجوم",),
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "انفجار",
        at="والثلاثاء",
        target=("خط أنابيب غاز آخر", "خط أنابيب غاز"),
        place=("شرق تركيا",),
        date="2015-08-04",
    ),
]

F["snn-20150809-00630"] = [  # Palestinian victims of the Assad regime
    E(
        "Violence against civilians/Attack",
        "التعذيب",
        actor=("نظام بشار الأسد", "نظام الأسد"),
        target=("الفلسطينيين", "عدد من الفلسطينيين"),
        place=("سجون نظام بشار الأسد", "سوريا"),
        date="2015-08-09",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "ألقت",
        actor=("الطائرات الحربية التابعة لنظام الأسد", "نظام الأسد"),
        target=("أحياء المدنيين", "المدنيين"),
        place=("مخيم درعا", "درعا"),
        date="2015-08-09",
    ),
]

F["snn-20150727-01045"] = [  # the Houthis breach the truce in Yemen
    E(
        "Strategic developments/Agreement",
        "الهدنة",
        actor=("قيادة قوات التحالف", "قوات التحالف"),
        place=("اليمن",),
        date="2015-07-26",
        also=("هدنة إنسانية", "الهدنة الثالثة"),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصف",
        at="فقد",
        actor=("المتمردون", "الحوثيين", "ميليشيات علي عبد الله صالح"),
        place=("حي كلابة", "كلابة", "الشماسي", "الروضة", "مدينة تعز", "تعز"),
        date="2015-07-27",
    ),
    E(
        "Battles/Armed clash",
        "اشتباكات",
        at="بينما اندلعت",
        place=("شارع الأربعين", "تعز"),
        date="2015-07-27",
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "أطلقوا قذائف الدبابات",
        actor=("المتمردين", "الحوثيين"),
        target=("أحياء سكنية",),
        place=("جبل صبر", "تعز"),
    ),
    E(
        "Battles/Armed clash",
        "هاجم",
        actor=("الحوثيون", "ميليشيات صالح"),
        target=("مواقع للمقاومة الشعبية", "المقاومة الشعبية"),
        place=("إيدات الراء", "منطقة الجفينة", "الجفينة", "مأرب"),
    ),
    E(
        "Strategic developments/Agreement",
        "الأولى في 13 مايو",
        actor=("قوات التحالف",),
        place=("اليمن",),
        date="2015-05-13",
        status="historical",
        also=("هدنتين فاشلتين",),
    ),
    E(
        "Strategic developments/Agreement",
        "الثانية في 10 يوليو",
        actor=("قوات التحالف",),
        place=("اليمن",),
        date="2015-07-10",
        status="historical",
    ),
    E(
        "Battles/Armed clash",
        "قتل",
        at="في غضون ذلك",
        actor=("مقاتلي المقاومة", "المقاومة"),
        target=("متمردا من الحوثيين", "الحوثيين", "ميليشيات صالح"),
        place=("قرى جبل صبر", "جبل صبر", "تعز"),
        date="2015-07-26",
        fatalities=21,
        also=("اشتباكات وقعت",),
    ),
]


if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
