"""Source of tests/data/events_r46a.jsonl: the forty-sixth blind event round, part r46a.

8 real articles (SaudiNewsNet politics, 4,099–5,917 characters): the lines of /work/brief/DRAW_r46.tsv
(the saved output of `python tests/data/events_round46_select.py`) whose first column is `r46a`
(selection = events_round46_select.py, seed 4646, part r46a). All 8 kept, none dropped; no negative; 42 events.
Annotated by reading only (2026-11-29): the event coder was never run on these articles and no coder
output was read. Same format and guidelines as events_dev_source.py and events_fresh_source.py
(docs/events.md § Dev set); `build()` comes from events_dev_source.py (SaudiNewsNet articles by
reference + sha1).

Near-copies: none (first 80 normalised characters and shared word 8-grams, threshold 3, checked against
every tests/data/events_*.jsonl). Short shared passage only: 00142 shares 3 8-grams with r32b
snn-20150724-01163 (a different Aden article).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r45c_source.py; the
Resistance alone taking ground → *Non-state actor overtakes territory*, with pro-Hadi forces →
*Government regains territory*; relative dates counted from publication):
- Aden hospital (00152): the talks «أمس» of the Yemeni Higher Relief Committee with the King Salman
  Centre → *Diplomacy/Meeting* 2015-08-03 («الاجتماع» its mention; ambiguous: *Talks*); the Saudi
  rehabilitation of the Aden hospital → *Diplomacy/Aid*, no date; the two Saudi volunteer doctors sent to
  Aden → *Diplomacy/Aid*, no date (ambiguous: a charity, not a state); the Doha talks of the GCC
  ministers with the US Secretary → *Diplomacy/Meeting*, no date (as r45a); the Houthi sniping and
  rockets (background), the militias' seizure of aid at Hodeidah (habit), «قبل أن تحرر عدن» (a time
  anchor), the truces (aggregate) and the planned doctor flights are not coded;
- Amal Saqr (00244): the attack on Charlie Hebdo → historical *Violence against civilians/Attack*,
  "unknown" (named in passing: ambiguous); the incitement campaign (verbal), the court ruling and the
  arrest warrant for Saad al-Awsi (a warrant, not an arrest) are not coded;
- Iran book review (00174, column): the nuclear deal → *Diplomacy/Agreement*, "unknown" (as r36c/r40c);
  Reagan's secret talks with Rafsanjani → *Diplomacy/Talks*, historical, "unknown"; the US Navy's
  day-long battle with the IRGC navy (18 April 1988) → historical *Armed clash* 1988-04-18; the Khobar
  attack → historical *Violence against civilians/Attack*, "unknown", actor Tehran (as the text's FBI
  claim; ambiguous: US personnel, bomb not named); the assassination of Nayereh Rafizadeh in Washington
  → historical *Violence against civilians/Attack*, "unknown", 1 dead; the hostages in Lebanon, the
  landmines in Iraq, the attacks on Kuwaiti tankers (aggregates), Petraeus's message (a threat), the
  end of the Iran–Iraq war, the 2003 proposal and the Cold War summits are not coded;
- Aden refugees (01117): the recapture of Aden by government-backed fighters (the airport on 17 July)
  → *Government regains territory* 2015-07-17, historical (weeks-old back-reference); the groups'
  recapture of parts of Ibb announced Monday → *Government regains territory* 2015-08-10 (the Gulf air
  strikes a mention: no separate strike); the advance in Abyan → *Armed clash* 2015-08-10 (ambiguous:
  the later «يطردون الحوثيين من أبين» its mention); the tank and mortar shells falling near the family's
  home before 10 April → historical *Shelling* 2015-04; the street war over months, the wounding of
  Tawfiq and the destruction seen are not coded;
- Taiz Resistance (00073): the liberation of Aden → *Non-state actor overtakes territory*, no date (as
  r45a 02440: the Resistance is the actor here); the Resistance's gains near the central prison and on
  Tabbat al-Kashar / Jabal Sabir / al-Thalatheen «أمس» → one *Non-state actor overtakes territory*
  2015-07-22 (one happening in Taiz city, «خلال اليومين الأخيرين» its first mention: ambiguous, could
  be two); the Houthi shelling of central Taiz and al-Thawra hospital → *Shelling* 2015-07-22, 1 dead;
  the sniping of a journalist «قبل يومين» → *Violence against civilians/Attack* 2015-07-21; the shelling
  of the journalists at al-Sharif hotel last month → *Shelling* 2015-06, historical; the Resistance's
  takeover of the telecoms, finance and GPC buildings «قبل ثلاثة أيام» → *Non-state actor overtakes
  territory* 2015-07-20; the Houthis hitting the telecoms building → *Shelling*, no date (ambiguous:
  weapon not named); the seizure of Nuqtat al-Rabi'i west of the city → *Non-state actor overtakes
  territory* 2015-07-22 (a separate front); the al-Rahida ambush → *Armed clash* 2015-07-22; the
  dozens of Houthis killed across Taiz «خلال مواجهتهم» → *Armed clash*, no date, no number («العشرات»);
  the cutting of telecoms, the Golden Arrow (campaign) and the calls for arms are not coded;
- lone wolves (00071): the Chattanooga killings by Youssef Abdulazeez → *Battles/Armed clash* (as r42b,
  military targets), no date in the text (last week; implicit); 9/11 is a time anchor, the tweets and
  speeches are not events;
- Lahj (00152): the taking of Sabr «أمس» by the Resistance with pro-Hadi forces → *Government regains
  territory* 2015-07-25; the Golden Arrow's liberation of Aden «الأسبوع الماضي» → *Government regains
  territory* 2015-07; the clashes at al-Anad base → *Armed clash*, no date (ongoing); the Houthis holding
  three UNICEF trucks in Qa'tabah since Friday → *Looting/property destruction* 2015-07-24 (ambiguous);
  the Resistance's attack on a Houthi vehicle at Qa'tabah → *Armed clash* 2015-07-24, 6 dead; the
  coalition raids and the battles in Dar Saad at dawn «أمس» → *Air/drone strike* and *Armed clash*
  2015-07-25; the Houthi attack on Hadi's village Azzan → *Violence against civilians/Attack*, no date
  (ambiguous: takeover contested); the coalition strikes on the reinforcements Bayda–Abyan over three
  days → one *Air/drone strike*, no date, and the Resistance's ambushes on them → one *Armed clash*
  (aggregates over three days: ambiguous); the strikes «أمس» on Mokha and on Dhubab → two *Air/drone
  strike* 2015-07-25 (the aggregate first sentence a mention of Mokha); the Houthi seizure of Bab
  al-Mandab «قبل عدة أشهر» → historical *Non-state actor overtakes territory*, "unknown"; the ongoing
  fighting in Taiz → *Armed clash*, no date; the third phase (planned), the expected fall of al-Anad,
  the regrouping in Abyan, the planned attack on Aden, the Sanaa lists and the governor's appointment
  are not coded;
- Aden spokesman (00142): the cleansing of the last Houthi pockets (Tawahi, Crater) → *Non-state actor
  overtakes territory*, no date; the about 30 prisoners taken «يوم أمس الإثنين» → *Arrests* 2015-07-20
  (as earlier Houthi prisoners); the torture of prisoners in the Houthi clips → *Violence against
  civilians/Attack*, denied; the government delegation's arrival in Aden (domestic), al-Bakri's
  appointment and the planning role of the 4th military region are not coded.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

HERE = Path(__file__).parent
OUT = HERE / "events_r46a.jsonl"

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150804-00152"] = [  # Saudi Arabia rehabilitates the Aden hospital
    E(
        "Diplomacy/Aid",
        "إعادة تأهيل المستشفى المهجور",
        actor=("السعودية", "مركز الملك سلمان للإغاثة والأعمال الإنسانية"),
        place=("محافظة عدن", "عدن"),
        also=("لتهيئة مستشفى الجمهورية",),
    ),
    E(
        "Diplomacy/Aid",
        "وصول طبيبين سعوديين إلى اليمن",
        actor=("الهيئة العالمية لأطباء عبر القارات", "طبيبين سعوديين"),
        place=("اليمن", "عدن"),
        also=("مغادرة طبيبين سعوديين متطوعين إلى اليمن", "طبيبين سعوديين ذهبا إلى عدن"),
    ),
    E(
        "Diplomacy/Meeting",
        "المباحثات التي جرت",
        actor=("اللجنة العليا للإغاثة",),
        target=("مركز الملك سلمان للإغاثة والأعمال الإنسانية",),
        date="2015-08-03",
        also=("الاجتماع تطرق",),
    ),
    E(
        "Diplomacy/Meeting",
        "المباحثات التي شهدتها العاصمة القطرية",
        actor=("وزراء مجلس التعاون لدول الخليج العربية",),
        target=("وزير الخارجية الأميركي",),
        place=("الدوحة", "العاصمة القطرية"),
    ),
]
F["snn-20150721-00244"] = [  # Iraqi journalist Amal Saqr
    E(
        "Violence against civilians/Attack",
        "للهجوم الذي تعرضت له مجلة",
        target=("مجلة «شارلي إيبدو» الفرنسية", "«شارلي إيبدو»"),
        date="unknown",
        status="historical",
    ),
]
F["snn-20150809-00174"] = [  # the American scenario for Iran (book review)
    E(
        "Diplomacy/Agreement",
        "«الاتفاق» النووي",
        actor=("إيران",),
        target=("القوى الست العظمى",),
        date="unknown",
        also=("«اتفاق» فيينا النووي",),
    ),
    E(
        "Diplomacy/Talks",
        "المحادثات السرية",
        actor=("ريغان",),
        target=("الرئيس الإيراني آنذاك هاشمي رفسنجاني", "هاشمي رفسنجاني"),
        place=("طهران",),
        date="unknown",
        status="historical",
    ),
    E(
        "Battles/Armed clash",
        "بإغراق بحرية الحرس الثوري الإيراني",
        actor=("البحرية الأميركية",),
        target=("بحرية الحرس الثوري الإيراني",),
        date="1988-04-18",
        status="historical",
        also=("معركة دامت يوما كاملا",),
    ),
    E(
        "Violence against civilians/Attack",
        "الهجوم على الخُبر",
        actor=("طهران",),
        target=("موظفون أميركيون",),
        place=("الخُبر",),
        date="unknown",
        status="historical",
    ),
    E(
        "Violence against civilians/Attack",
        "اغتالها",
        actor=("عملاء الخميني",),
        target=("السيدة نيرة", "نيرة"),
        place=("واشنطن",),
        date="unknown",
        status="historical",
        fatalities=1,
    ),
]
F["snn-20150811-01117"] = [  # Yemeni refugees return to a ruined Aden
    E(
        "Battles/Government regains territory",
        "استردها مقاتلون محليون",
        actor=("مقاتلون محليون تدعمهم الحكومة", "مقاتلون محليون", "المقاتلون"),
        target=("المسلحين الحوثيين الشيعة", "الحوثيين"),
        place=("مطار عدن", "عدن"),
        date="2015-07-17",
        status="historical",
        also=("واستعاد المقاتلون",),
    ),
    E(
        "Battles/Government regains territory",
        "استعادت",
        at="إن جماعات تؤيدها",
        actor=("جماعات تؤيدها", "حكومة الرئيس اليمني عبد ربه منصور هادي"),
        place=("محافظة إب", "إب"),
        date="2015-08-10",
    ),
    E(
        "Battles/Armed clash",
        "تتقدم في محافظة أبين",
        actor=("جماعات تؤيدها",),
        target=("الحوثيين",),
        place=("محافظة أبين", "أبين"),
        date="2015-08-10",
        also=("يطردون الحوثيين من أبين",),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "بدأت قذائف الدبابات والمورتر تسقط",
        place=("عدن",),
        date="2015-04",
        status="historical",
    ),
]
F["snn-20150723-00073"] = [  # Taiz Resistance spokesman
    E(
        "Battles/Non-state actor overtakes territory",
        "تحريرها من المسلحين الحوثيين",
        actor=("المقاومة في عدن", "المقاومة", "مقاومة عدن"),
        target=("المسلحين الحوثيين", "الموالين لهم من أنصار الرئيس السابق علي عبد الله صالح"),
        place=("مدينة عدن", "عدن"),
        also=("لطرد المسلحين الحوثيين من المحافظة", "نجاح مقاومة عدن في دحر المسلحين"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "واستولت على مواقع",
        actor=("المقاومة الشعبية في تعز", "المقاومة الشعبية", "مسلحي المقاومة الشعبية"),
        target=("ميليشيات الحوثي", "جماعة الحوثي المسلحة"),
        place=("السجن المركزي", "تبة الكشار", "جبل صبر", "تبة الخزان", "جولة الثلاثين", "تعز"),
        date="2015-07-22",
        also=("استطاعوا السيطرة، أمس، على تبة الكشار", "السيطرة على تبة الخزان وجولة الثلاثين"),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "بالقصف بمدافع هاون والدبابات",
        actor=("المسلحون الحوثيون",),
        target=("مستشفى الثورة العام", "أحد العاملين داخل المستشفى", "المدنيين"),
        place=("حي الروضة", "حي المسبح", "حي التحرير الأسفل", "وسط المدينة", "تعز"),
        date="2015-07-22",
        fatalities=1,
    ),
    E(
        "Violence against civilians/Attack",
        "قنص أحد الصحافيين",
        actor=("المسلحين الحوثيين",),
        target=("أحد الصحافيين",),
        place=("مقر المؤتمر الشعبي العام",),
        date="2015-07-21",
        also=("تم قنصه",),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "فقاموا بقصفهم",
        actor=("الحوثيون",),
        target=("تجمعا للصحافيين",),
        place=("فندق الشريف",),
        date="2015-06",
        status="historical",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرة المقاومة قبل ثلاثة أيام",
        actor=("المقاومة",),
        place=("مبنى الاتصالات", "مبنى المالية", "مقر المؤتمر الشعبي العام"),
        date="2015-07-20",
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "بضرب مبنى الاتصالات",
        actor=("المسلحون الحوثيون",),
        target=("مبنى الاتصالات",),
        place=("مبنى الاتصالات",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "استولت أمس على أحد المواقع الهامة",
        actor=("المقاومة الشعبية",),
        target=("المتمردين",),
        place=("نقطة الربعي",),
        date="2015-07-22",
    ),
    E(
        "Battles/Armed clash",
        "كمين نصبته المقاومة",
        actor=("المقاومة",),
        target=("الحوثيين",),
        place=("مدينة الراهدة", "الراهدة"),
        date="2015-07-22",
    ),
    E(
        "Battles/Armed clash",
        "قتلوا في مناطق متفرقة",
        actor=("المقاومة الشعبية",),
        target=("المسلحين الحوثيين وقوات صالح", "المسلحين الحوثيين"),
        place=("مدينة تعز", "تعز"),
        also=("مواجهتهم مع المقاومة الشعبية",),
    ),
]
F["snn-20150727-00071"] = [  # lone wolves (Washington Post)
    E(
        "Battles/Armed clash",
        "جرائم القتل التي هزت مدينة تشاتانوغا",
        actor=("يوسف عبد العزيز",),
        place=("مدينة تشاتانوغا", "تشاتانوغا", "ولاية تينيسي"),
        also=("هجمات تشاتانوغا",),
    ),
]
F["snn-20150726-00152"] = [  # the Resistance takes Sabr in Lahj; al-Anad
    E(
        "Battles/Government regains territory",
        "بسيطرتها على مدينة صبر",
        actor=(
            "المقاومة الشعبية الجنوبية",
            "القوات العسكرية الموالية للرئيس عبد ربه منصور هادي",
            "المقاومة الشعبية",
        ),
        place=("مدينة صبر", "صبر", "محافظة لحج", "لحج"),
        date="2015-07-25",
        also=("تمكنت المقاومة الشعبية من السيطرة على المدينة",),
    ),
    E(
        "Battles/Government regains territory",
        "التي حررت عدن",
        actor=("«السهم الذهبي»",),
        place=("عدن",),
        date="2015-07",
    ),
    E(
        "Battles/Armed clash",
        "وتدور اشتباكات عنيفة",
        actor=("القوات الموالية لهادي", "المقاومة الشعبية"),
        target=("الحوثيون",),
        place=("قاعدة العند العسكرية الاستراتيجية", "قاعدة العند", "العند"),
        also=("الاشتباكات وصلت إلى داخل القاعدة", "هذه المعارك"),
    ),
    E(
        "Strategic developments/Looting/property destruction",
        "تحتجز منذ صبيحة الجمعة",
        actor=("ميليشيات الحوثي",),
        target=("ثلاث قاطرات",),
        place=("قعطبة",),
        date="2015-07-24",
    ),
    E(
        "Battles/Armed clash",
        "مصرعهم",
        at="ولقي 6 من مسلحي",
        actor=("المقاومة الشعبية",),
        target=("طقما لميليشيات الحوثي وصالح", "مسلحي الحوثي وصالح", "ميليشيات الحوثي وصالح"),
        place=("مدخل مدينة قعطبة", "قعطبة"),
        date="2015-07-24",
        fatalities=6,
        also=("عملية نوعية للمقاومة الشعبية",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "ﻏﺎﺭﺍﺕ ﻟﻠﺘﺤﺎﻟﻒ",
        actor=("ﻟﻠﺘﺤﺎﻟﻒ",),
        target=("جماعات من ميليشيات ﺍﻟﺤﻮﺛﻲ وصالح",),
        place=("اللحوم وجعولة", "ﺩﺍﺭ سعد"),
        date="2015-07-25",
    ),
    E(
        "Battles/Armed clash",
        "ﻭﻣﻌﺎﺭﻙ ﻋﻨﻴﻔﺔ",
        actor=("ﺍﻟﻤﻘﺎﻭﻣﺔ ﺍﻟﺸﻌﺒﻴﺔ",),
        target=("جماعات من ميليشيات ﺍﻟﺤﻮﺛﻲ وصالح",),
        place=("اللحوم وجعولة", "ﺩﺍﺭ سعد"),
        date="2015-07-25",
    ),
    E(
        "Violence against civilians/Attack",
        "بمهاجمة بعض القرى والبلدات الصغيرة",
        actor=("ميليشيات الحوثيين والقوات الموالية للمخلوع علي عبد الله صالح", "الحوثيين"),
        target=("القرية التي ينتمي إليها الرئيس عبد ربه منصور هادي", "بعض القرى والبلدات الصغيرة"),
        place=("عزان", "الخديرة", "مديرية الوضيع", "محافظة أبين"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "لغاراته",
        actor=("قوات التحالف",),
        target=("التعزيزات",),
        place=("البيضاء", "أبين"),
        also=("تدمير جزء كبير منها في الغارات",),
    ),
    E(
        "Battles/Armed clash",
        "الكمائن التي نصبتها المقاومة الشعبية",
        actor=("المقاومة الشعبية",),
        target=("التعزيزات",),
        place=("أبين",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "ضرباتها",
        at="كثفت قوات التحالف، أمس،",
        actor=("قوات التحالف", "طيران التحالف"),
        target=("معسكر القطاع الساحلي والدفاع الجوي", "معسكر القطاع الساحلي"),
        place=("مدينة المخا الساحلية", "المخا", "مدينة وميناء المخا"),
        date="2015-07-25",
        also=("سلسلة من الغارات المتواصلة", "جرى استهداف معسكر القطاع الساحلي"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "والمجمع الحكومي في مديرية ذباب",
        actor=("طيران التحالف", "قوات التحالف"),
        target=("المجمع الحكومي",),
        place=("مديرية ذباب", "ذباب"),
        date="2015-07-25",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "استولى عليه الحوثيون",
        actor=("الحوثيون", "القوات الموالية للمخلوع علي صالح"),
        place=("مضيق باب المندب", "باب المندب", "مديرية ذباب"),
        date="unknown",
        status="historical",
    ),
    E(
        "Battles/Armed clash",
        "تستمر فيها المواجهات",
        actor=("المقاومة الشعبية",),
        target=("الحوثيون",),
        place=("تعز", "مدينة تعز"),
    ),
]
F["snn-20150722-00142"] = [  # Aden Resistance spokesman interview
    E(
        "Battles/Non-state actor overtakes territory",
        "تطهير كل الجيوب المتبقية",
        actor=("المقاومة الشعبية", "علي الأحمدي"),
        target=("ميليشيات الحوثيين", "ميليشيات الحوثيين وصالح"),
        place=("التواهي", "كريتر", "محافظة عدن", "عدن"),
        also=("تم تطهير كل الجيوب المتبقية",),
    ),
    E(
        "Violence against civilians/Attack",
        "يعذبون",
        actor=("المقاومة",),
        target=("أسرى",),
        place=("عدن",),
        status="denied",
    ),
    E(
        "Strategic developments/Arrests",
        "وقع في أيديهم عدد من الأسرى",
        actor=("رجال المقاومة",),
        target=("قرابة 30 أسير", "عدد من الأسرى", "الأسرى"),
        place=("عدن",),
        date="2015-07-20",
        also=("قرابة 30 أسير",),
    ),
]


if __name__ == "__main__":
    print(build(F, OUT))
