"""Source of tests/data/events_r52a.jsonl: the fifty-second blind event round, part r52a.

8 real articles (SaudiNewsNet politics, 4,085–5,664 characters): the lines of /work/brief/DRAW_r52.tsv
(the saved output of `python tests/data/events_round52_select.py`) whose first column is `r52a`
(selection = events_round52_select.py, seed 5252, part r52a). All 8 kept, none dropped. Annotated by
reading only (2026-11-29): the event coder was never run on these articles and no coder output was read.
Same format and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set);
`build()` comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three or more
12-word runs with an article of another tests/data/events_*.jsonl set (checked 2026-11-29). Same
happenings in other words: the Vienna nuclear agreement, the Duma arson (Ali Dawabsha), the liberation
of Aden, ISIS's capture of Palmyra.

Choices (the last rounds' calls followed):
- Abu Nuwas statue column (00682): negative — the statue's "slow execution", ISIS's destruction of the
  Mosul antiquities (a habit, no day), the planned demolition of the Shahryar statue, the young people
  dancing at the statue's base (a figurative protest, ambiguous) and the former regime's idea of
  demolishing the statue are not events;
- European press review (00245): Ban Ki-moon's announced truce agreement between the Yemeni warring
  parties → *Diplomacy/Agreement*; the Eurogroup meetings in Brussels «السبت الماضي» → *Diplomacy/
  Meeting* 2015-07-18; Dylann Roof's killing of 9 in a church → historical *Violence against civilians/
  Attack*, "unknown", 9 dead; the suicide bomber in Maiduguri (10 dead) and the burqa-clad suicide bomber
  in N'Djamena (14 dead) → two *Suicide bomb*; the ISIS car bomb near the Italian consulate in Cairo →
  *Remote explosive/landmine/IED*; the attacks on two hotels in Mogadishu (10 dead) → *Violence against
  civilians/Attack* (no actor named; ambiguous type). Not coded: the Belgian evacuation of 244 Christians
  from Aleppo (a resettlement, not aid delivery), the recall of British tourists from Tunisia, the Greek
  reform plan, sports and economy items, the FBI's admission;
- Geagea/Meshaal/Aden column (00720): the nuclear agreement → *Diplomacy/Agreement*, "unknown"; Geagea's
  reception in Riyadh → *Diplomacy/Visit*; Meshaal's reception in Riyadh → *Diplomacy/Visit* (its meetings
  `also`); «عملية تحرير عدن» → *Government regains territory*, "unknown" (as earlier Aden calls). Not
  coded: the Security Council resolution, the Revolutionary Guard statement, Aoun's political escalation;
- Zarif letter column (00057): the nuclear agreement (passing) → *Diplomacy/Agreement*, "unknown"; the
  burning alive of the infant Ali Dawabsha by settlers (the «آخر الكلام» aside) → *Violence against
  civilians/Attack*, "unknown", 1 dead (as the earlier Duma calls). Not coded: Zarif's article (a
  statement), Hezbollah's forcible disruption of the Christians' prayer in Mleikh «كما نقل أخيرا»
  (ambiguous, no violence described), resolution 2216 and Geneva 1, Soleimani's role (a habit);
- Maliki / Iran's movement column (01152): the hijacking of the Kuwaiti airliner al-Jabriya with the
  killing of two passengers → one historical *Abduction/forced disappearance*, 1984 (the text's year),
  2 dead (the killing `also`); the Iraqi army's victory in the battle of al-Faw → historical *Armed
  clash*, "unknown" (ambiguous: a column's aside). Not coded: Dashti's celebration, the Dawa party's
  unspecified pre-war operations, the 1996 shift, the recruitment of militias;
- Syrian opposition advance (01139): Jaysh al-Fath's capture of al-Mushayk, al-Qarqour and Tal al-Qarqour
  after clashes «امس»/«الجمعة» → *Non-state actor overtakes territory* 2015-08-07 (3 opposition dead; the
  regime's «العشرات» not a number, so fatalities 3); the opposition's shelling of regime positions around
  Tal Wasit, al-Ziyara and Jurin followed by clashes → one *Armed clash* (the shelling `also`); the
  regime's Thursday attempt to recover lost points → *Armed clash* 2015-08-06; the ~100 regime air
  raids → *Air/drone strike* 2015-08-06 (same Thursday, ambiguous); ISIS's abduction of ~230 civilians in
  al-Qaryatayn «الخميس» → *Abduction/forced disappearance* 2015-08-06; ISIS's capture of al-Qaryatayn
  «ليل الاربعاء» → *Non-state actor overtakes territory* 2015-08-05; the abduction of Father Jacques
  Mourad «في مايو» → historical *Abduction/forced disappearance* 2015-05; ISIS's capture of Palmyra «في 21
  مايو» → historical *Non-state actor overtakes territory* 2015-05-21. Not coded: the funerals, the
  wounded in hospitals, the SOHR cumulative toll (a tally), the regime's habitual bombing of lost areas;
- terrorism column (00093): the Bali bombings → historical *Remote explosive/landmine/IED*, "unknown"
  (a specific past happening named in a column; ambiguous). Not coded: the generic «قتل المصلين» and
  mosque bombings (no specific attack), the Gulf war, the Afghan jihad;
- Marcel Khalife concert (00119): negative — a concert review; the civil war is background.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r52a.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150801-00682"] = []  # opinion: the Abu Nuwas statue

F["snn-20150721-00245"] = [  # European and US press review
    E(
        "Diplomacy/Meeting",
        "عقدت اجتماعات",
        actor=("مجموعة اليورو",),
        place=("بروكسل",),
        date="2015-07-18",
    ),
    E(
        "Diplomacy/Agreement",
        "اتفاقا بين الأطراف المتحاربة",
        actor=("بان كي مون", "الأمين العام للأمم المتحدة"),
        target=("الأطراف المتحاربة",),
        place=("اليمن",),
    ),
    E(
        "Violence against civilians/Attack",
        "قتل 9 سود",
        actor=("فرانك روف",),
        target=("9 سود",),
        place=("كنيسة",),
        date="unknown",
        status="historical",
        fatalities=9,
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "هاجم مفجر انتحاري",
        actor=("مفجر انتحاري",),
        place=("مايدوجوري", "نيجيريا"),
        fatalities=10,
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "فجر انتحاري",
        at="مقتل 10 أشخاص على الأقل.",
        actor=("انتحاري",),
        place=("نجامينا", "تشاد"),
        fatalities=14,
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "انفجار سيارة مفخخة",
        actor=("تنظيم داعش", "داعش"),
        target=("القنصلية الإيطالية",),
        place=("القاهرة", "مصر"),
    ),
    E(
        "Violence against civilians/Attack",
        "هجمات على فندقين",
        target=("فندقين",),
        place=("مقديشو", "الصومال"),
        fatalities=10,
    ),
]

F["snn-20150724-00720"] = [  # opinion: Geagea, Meshaal, Aden
    E(
        "Diplomacy/Agreement",
        "الاتفاق النووي",
        actor=("إيران",),
        target=("المجتمع الدولي",),
        date="unknown",
    ),
    E(
        "Diplomacy/Visit",
        "استقبال المملكة العربية السعودية للدكتور سمير جعجع",
        actor=("سمير جعجع", "جعجع"),
        target=("المملكة العربية السعودية",),
        place=("الرياض",),
        also=("زيارة جعجع إلى الرياض", "فاستقبال جعجع"),
    ),
    E(
        "Diplomacy/Visit",
        "زيارة رئيس المكتب السياسي لحركة حماس",
        actor=("خالد مشعل", "مشعل"),
        target=("السعودية",),
        place=("الرياض",),
        also=("استقبال مشعل في الرياض", "اللقاءات التي عقدها"),
    ),
    E(
        "Battles/Government regains territory",
        "تحرير عدن",
        place=("عدن",),
        date="unknown",
    ),
]

F["snn-20150808-00057"] = [  # opinion: reading Zarif's letter
    E(
        "Diplomacy/Agreement",
        "الاتفاق النووي",
        actor=("إيران",),
        date="unknown",
    ),
    E(
        "Violence against civilians/Attack",
        "حرقه حيًا",
        actor=("مجموعات المستوطنين",),
        target=("علي سعيد دوابشة", "رضيع"),
        place=("فلسطين",),
        date="unknown",
        fatalities=1,
        also=("الهولوكوست الذي ارتكبته مجموعات المستوطنين",),
    ),
]

F["snn-20150726-01152"] = [  # opinion: Maliki and Iran's movement
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "اختطاف طائرة الجابرية",
        target=("طائرة الجابرية الكويتية", "الركاب", "خالد أيوب", "عبدالله الخالدي"),
        date="1984",
        status="historical",
        fatalities=2,
        also=("تصفية الشهيدين", "مشهد الجابرية"),
    ),
    E(
        "Battles/Armed clash",
        "معركة الفاو",
        actor=("الجيش العراقي",),
        place=("الفاو",),
        date="unknown",
        status="historical",
    ),
]

F["snn-20150808-01139"] = [  # Syrian opposition advances in al-Ghab; ISIS in al-Qaryatayn
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرته على قريتي المشيك والقرقور",
        actor=("جيش الفتح", "قوات المعارضة السورية"),
        target=("قوات الأسد",),
        place=("المشيك", "القرقور", "تل القرقور", "سهل الغاب", "ريف حماة الغربي", "ريف حماة"),
        date="2015-08-07",
        fatalities=3,
        also=("تقدمها في ريف حماة", "اشتباكات مع قوات الأسد", "بسيطرة المعارضة الجمعة على تل القرقور"),
    ),
    E(
        "Battles/Armed clash",
        "اشتباكات بين الطرفين",
        actor=("مقاتلي المعارضة", "المعارضة"),
        target=("قوات الأسد",),
        place=("تل واسط", "الزيارة", "جورين", "سهل الغاب"),
        also=("استهدفوا مواقع لقوات الأسد",),
    ),
    E(
        "Battles/Armed clash",
        "حاولت الخميس استرجاع",
        actor=("قوات الأسد",),
        place=("سهل الغاب",),
        date="2015-08-06",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "100 غارة جوية",
        actor=("طيران نظام الأسد الحربي", "نظام الأسد"),
        target=("مناطق سيطرة المعارضة",),
        date="2015-08-06",
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "خطف تنظيم داعش نحو 230 مدنيا",
        actor=("تنظيم داعش", "داعش"),
        target=("230 مدنيا", "ستون مسيحيا"),
        place=("مدينة القريتين", "القريتين"),
        date="2015-08-06",
        also=("خطف تنظيم داعش 170 سنيا", "عملية مداهمة", "حادثة الخطف", "احتجز المواطنين"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرته على مدينة القريتين",
        actor=("تنظيم داعش", "داعش"),
        target=("قوات النظام",),
        place=("مدينة القريتين", "القريتين", "محافظة حمص"),
        date="2015-08-05",
        also=("سيطر عليها بالكامل ليل الاربعاء", "اشتباكات عنيفة ضد قوات النظام"),
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "خطف ثلاثة مقنعين",
        actor=("ثلاثة مقنعين",),
        target=("الأب جاك مراد", "جاك مراد"),
        place=("دير مار اليان", "القريتين"),
        date="2015-05",
        status="historical",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطر عليها في 21 مايو",
        actor=("تنظيم داعش", "التنظيم"),
        place=("تدمر",),
        date="2015-05-21",
        status="historical",
        also=("سيطرة التنظيم على مدينة تدمر",),
    ),
]

F["snn-20150811-00093"] = [  # opinion: from expelling the polytheists to killing worshippers
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "تفجيرات بالي",
        place=("بالي",),
        date="unknown",
        status="historical",
    ),
]

F["snn-20150807-00119"] = []  # Marcel Khalife concert review


if __name__ == "__main__":
    print(build(F, OUT))
