"""Source of tests/data/events_r32a.jsonl: the thirty-second blind event round, part r32a.

10 real articles (SaudiNewsNet politics, 1,531–2,361 characters): the lines of /work/brief/DRAW_r32.tsv
(the saved output of `python tests/data/events_round32_select.py`) whose first column is `r32a`
(selection = events_round32_select.py, seed 3232, part r32a). All 10 kept, none dropped; 1 of them
reports no event (one negative: snn-20150810-00995). Annotated by reading only
(2026-11-29): the event coder was never run on these articles and no coder output was read. Same format
and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set); `build()`
comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none against earlier sets (first 80 normalised characters and shared word 8-grams checked
against every tests/data/events_*.jsonl: no article shares 4 or more 8-grams). Within this part,
snn-20150731-00477 and snn-20150731-00339 share two long paragraphs (Hadi's reward decision and his call
to keep cleansing the cities): coded alike. Same happenings as earlier rounds in other words: the Rafah
war-remnant missile explosion (r10a and later), the liberation of Aden, the coalition truce of 26 July.

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r30c_source.py):
- Bin Zayed in Taif (00287): his visit to King Fahd air base «اليوم» → *Diplomacy/Visit* and the review /
  talks with Mohammed bin Salman → *Diplomacy/Meeting*, both 2015-07-24 (visit + meeting, as r24b/r26);
  the lunch, the send-off and the watched take-offs of coalition jets are part of the visit, not coded;
- ISIS column (00321, opinion): the Interior Ministry's disclosure «يوم السبت الماضي» of the 431 held in
  the ISIS network → *Strategic developments/Arrests* dated 2015-07-18 (ambiguous: the arrests were made
  over months, the text dates only the disclosure); the 2003 al-Qaeda wave of bombings in Saudi Arabia,
  the civil wars on the borders and the possible ISIS flight are argument/aggregate, not coded;
- Aden intelligence building (00362): the Resistance «الموالية للرئيس» retaking it «صباح الاثنين» →
  *Non-state actor overtakes territory* 2015-07-20 (a pro-government militia, as fresh); the Yemeni
  forces backed by the Resistance retaking sites in Taiz «الأحد» → *Government regains territory*
  2015-07-19, 12 dead, the SABA quote, the battles and the expulsion from al-Kashar etc. its mentions
  (one city, one day); the coalition raids on several provinces → one *Air/drone strike* (the listed
  provinces and Sanaa's camps all accepted places; ambiguous: ACLED would split per province), dated
  2015-07-19 («بالتزامن» with Sunday's advance); the Houthi–Saleh Katyusha and mortar shelling of Dar
  Saad → *Shelling/artillery/missile attack*, 57 dead, undated (killing first, as the rounds before);
- Hospitals (00995): negative — the Houthis' shelling of hospitals «في معظم المدن» is a habit over four
  months, the fuel seizure an aggregate, the blocked convoys and MSF's return no event type;
- Ramming (01101): the Palestinian driver ramming three Israeli soldiers north of Ramallah «أمس» →
  *Battles/Armed clash* 2015-08-06 (as the Jerusalem truck ramming of r6a), the soldiers shooting him a
  mention; the Duma arson that killed Ali Dawabsheh «صباح 13 يوليو 2015» (the text's date) →
  *Violence against civilians/Attack*, 1 dead, actor the settlers/«الإرهابيون»; the Rafah explosion «أمس»
  → *Remote explosive/landmine/IED*, no actor (war remnant, as r10a), 4 dead; the 11,000 settler attacks
  since 2004 (aggregate) and the TV report are not coded;
- Integration (00477, 00339): Hadi's decision / the Defence Council's approval to absorb the Resistance
  into the army → *Strategic developments/Change to group/activity* (as r30a), undated in 00477
  («أخيرا»), 2015-07-30 in 00339 («أمس»); «تحرير مدينة عدن» → *Government regains territory*, date
  "unknown" (as r30a/r28c); in 00477 the battles «ما زالت محتدمة» in five provinces → one *Armed clash*
  (ongoing; ambiguous: one per province in ACLED) and the relief planes landing at Aden airport «الأيام
  الماضية» → *Diplomacy/Aid* 2015-07; in 00339 the fierce fighting in Lahj and north of Aden → *Armed
  clash* (sides from the next clause: Houthis, Resistance), the coalition's truce in its second day →
  *Strategic developments/Agreement* (undated), the Resistance taking Lawdar «مساء أمس» → *Non-state
  actor overtakes territory* 2015-07-30; Hadi's call to keep cleansing, the flights to Cairo and the
  Houthi committee's decisions are not coded;
- Najran (01131): the shell that wounded the Indian worker in Najran → *Shelling/artillery/missile
  attack*, no actor, date "unknown" (ambiguous); the Lawdar confrontations in which Fikri was wounded and
  which go on → one *Armed clash*, undated; the deputy minister's visit (domestic), the father's death
  «في الحرب» and the transfer via Sharurah are not coded;
- Truce doubts (01312): the coalition's acceptance of the humanitarian truce Hadi asked for →
  *Strategic developments/Agreement*, planned (as r30a), undated; the leaders' doubts and predictions
  are not coded;
- Taiz (01465): the Taiz confrontations → *Armed clash*, 20 dead (17 Houthis/Saleh + 3 Resistance;
  «بمقتل وإصابة 60» the first mention), the clashes in Hawd al-Ashraf etc. «في وقت سابق» a mention (one
  city); the coalition raids on Ibb / al-Hamza camp → one *Air/drone strike*; the Houthi shelling of Taiz
  neighbourhoods → *Shelling*; the Resistance advance at Aden's northern entrance and the battles «منذ
  مساء الثلاثاء» → one *Armed clash* 2015-07-21 (an advance without a named capture); the strike in Wadi
  al-Husseini (Lahj) → *Air/drone strike*, 15 dead; the Marib strikes on al-Jufaina → *Air/drone strike*;
  the attack in al-Makhdara → *Armed clash*, 9 dead; the raids on al-Anad / Labouza and on Sanah (Dhale)
  → two *Air/drone strike* (two provinces).

Run: python tests/data/events_r32a_source.py            (writes events_r32a.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r32a.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150724-00287"] = [
    E(
        "Diplomacy/Meeting",
        "استعرض",
        actor=("الأمير محمد بن سلمان", "محمد بن سلمان"),
        target=("الشيخ محمد بن زايد آل نهيان", "محمد بن زايد", "ولي عهد أبو ظبي"),
        place=("قاعدة الملك فهد الجوية بالطائف", "قاعدة الملك فهد الجوية", "الطائف"),
        date="2015-07-24",
        also=("وبحثا",),
    ),
    E(
        "Diplomacy/Visit",
        "زيارة",
        at="جاء ذلك لدى",
        actor=("ولي عهد أبو ظبي", "محمد بن زايد"),
        place=("قاعدة الملك فهد الجوية بالطائف", "قاعدة الملك فهد الجوية", "الطائف"),
        date="2015-07-24",
        also=("وفي ختام الزيارة", "وصل الطائف"),
    ),
]

F["snn-20150722-00321"] = [
    E(
        "Strategic developments/Arrests",
        "المقبوض عليهم",
        actor=("وزارة الداخلية",),
        target=("أكبر تجمع إرهابي لداعش", "داعش", "(431)"),
        place=("السعودية",),
        date="2015-07-18",
        also=("الموقوفين",),
    ),
]

F["snn-20150724-00362"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "استعادت",
        actor=("قوات المقاومة الشعبية", "المقاومة الشعبية"),
        place=("مبنى المخابرات", "منطقة التواهي", "التواهي", "عدن"),
        date="2015-07-20",
    ),
    E(
        "Battles/Government regains territory",
        "استعادة السيطرة",
        actor=("القوات اليمنية", "المقاومة الشعبية وقوات الجيش الوطني", "القوات الموالية للشرعية"),
        target=("ميليشيات الحوثي", "الحوثي", "مسلحا حوثيا"),
        place=("محافظة تعز", "تعز"),
        date="2015-07-19",
        fatalities=12,
        also=("سيطرت", "معارك على عدة جبهات", "وطردت"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غاراته الجوية",
        actor=("التحالف العربي", "طائرات التحالف العربي", "التحالف"),
        target=("المتمردين الحوثيين", "الحوثيين", "قوات الرئيس السابق علي عبد الله صالح"),
        place=("مأرب", "عمران", "حجة", "صعدة", "الجوف", "صنعاء", "حرف سفيان", "حرض", "معسكر 48"),
        date="2015-07-19",
        also=("سلسلة غارات", "واستهدفت الغارات", "أغارات الطائرات"),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قتل 57",
        actor=("المتمردون", "قوات صالح"),
        target=("57 مدنيا", "مدنيا"),
        place=("ضاحية دار سعد", "دار سعد", "عدن"),
        fatalities=57,
        also=("قصف شنه", "القصف بصواريخ الكاتيوشا"),
    ),
]

F["snn-20150810-00995"] = []  # hospitals: Houthi shelling of hospitals is a habit over months; no event

F["snn-20150807-01101"] = [
    E(
        "Battles/Armed clash",
        "عملية دهس",
        actor=("فلسطينيا",),
        target=("ثلاثة جنود إسرائيليين", "جنود إسرائيليين", "الجنود"),
        place=("شمال مدينة رام الله", "رام الله", "الضفة الغربية"),
        date="2015-08-06",
        also=("هاجم الجنود", "أطلقوا النار"),
    ),
    E(
        "Violence against civilians/Attack",
        "حرق الدوابشة",
        actor=("الإرهابيون", "المستوطنين", "خلية إرهابية يهودية"),
        target=("الرضيع الفلسطيني علي دوابشة", "علي دوابشة", "عائلة دوابشة"),
        place=("قرية دوما", "دوما", "نابلس"),
        date="2015-07-13",
        fatalities=1,
        also=("جريمة قتل الرضيع", "الهجوم على منزل الدوابشة", "تنفيذ جريمتهم"),
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "انفجارا",
        target=("أربعة فلسطينيين", "فلسطينيين"),
        place=("مدينة رفح", "رفح", "قطاع غزة", "غزة"),
        date="2015-08-06",
        fatalities=4,
        also=("مقتل 4 في غزة", "الانفجار ناجم", "سبب الانفجار"),
    ),
]

F["snn-20150731-00477"] = [
    E(
        "Strategic developments/Change to group/activity",
        "بضم المقاومين",
        actor=("الرئيس اليمني عبد ربه منصور هادي", "هادي", "مجلس الدفاع الوطني اليمني"),
        target=("المقاومين", "أفراد المقاومة الشعبية", "المقاومة الشعبية"),
        also=("مكافأة أفراد المقاومة", "استيعاب أفراد المقاومة"),
    ),
    E(
        "Battles/Armed clash",
        "المعارك",
        actor=("رجال المقاومة", "الجيش الوطني"),
        target=("ميليشيات الحوثي", "الحوثي"),
        place=("الضالع", "أبين", "شبوة", "تعز", "مأرب"),
    ),
    E(
        "Diplomacy/Aid",
        "طائرات الإغاثة",
        place=("مطار عدن", "عدن"),
        date="2015-07",
    ),
    E(
        "Battles/Government regains territory",
        "تحرير مدينة عدن",
        actor=("المقاومة الشعبية", "أفراد المقاومة الشعبية"),
        target=("الحوثيين", "قوات الرئيس السابق علي عبد الله صالح"),
        place=("مدينة عدن", "عدن"),
        date="unknown",
    ),
]

F["snn-20150731-00339"] = [
    E(
        "Strategic developments/Change to group/activity",
        "مكافأة",
        actor=("الرئيس اليمني عبد ربه منصور هادي", "هادي", "مجلس الدفاع الوطني اليمني"),
        target=("أفراد المقاومة الشعبية", "المقاومة الشعبية"),
        date="2015-07-30",
        also=("استيعاب أفراد المقاومة",),
    ),
    E(
        "Battles/Government regains territory",
        "تحرير مدينة عدن",
        actor=("المقاومة الشعبية", "أفراد المقاومة الشعبية"),
        target=("الحوثيين", "قوات الرئيس السابق علي عبد الله صالح"),
        place=("مدينة عدن", "عدن"),
        date="unknown",
    ),
    E(
        "Battles/Armed clash",
        "قتالا ضاريا",
        actor=("الحوثيون", "المقاومة"),
        target=("الحوثيون", "المقاومة"),
        place=("محافظة لحج", "لحج", "الضواحي الشمالية لمدينة عدن", "عدن"),
    ),
    E(
        "Strategic developments/Agreement",
        "الهدنة الإنسانية",
        actor=("قوات التحالف", "التحالف"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "السيطرة على مدينة لودر",
        actor=("المقاومة",),
        place=("مدينة لودر", "لودر", "محافظة أبين", "أبين"),
        date="2015-07-30",
        also=("مواجهات شرسة",),
    ),
]

F["snn-20150802-01131"] = [
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "القذائف",
        target=("محمد أسلم", "مصابي القذائف"),
        place=("نجران",),
        date="unknown",
        also=("مقذوف عسكري",),
    ),
    E(
        "Battles/Armed clash",
        "المواجهات",
        at="شظايا كاتيوشا",
        actor=("المقاومة الشعبية", "أبناء المقاومة الشعبية"),
        target=("ميليشيات المخلوع صالح والحوثي", "الحوثي", "صالح"),
        place=("لودر",),
        also=("مواجهات شرسة",),
    ),
]

F["snn-20150727-01312"] = [
    E(
        "Strategic developments/Agreement",
        "الهدنة الإنسانية",
        actor=("التحالف",),
        status="planned",
        also=("إعلان التحالف عن هدنة إنسانية", "استجابتها السريعة", "قبول طلب الرئيس هادي"),
    ),
]

F["snn-20150722-01465"] = [
    E(
        "Battles/Armed clash",
        "بمقتل",
        actor=("المقاومة الشعبية", "أفراد المقاومة الشعبية", "المقاومة"),
        target=("الحوثيين", "قوات الرئيس السابق علي عبد الله صالح", "المتمردين الحوثيين"),
        place=("تعز",),
        fatalities=20,
        also=("قتلوا في مواجهات", "المواجهات أسفرت", "اندلعت اشتباكات"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات",
        at="سقط قتلى وجرحى منهم",
        actor=("طيران التحالف", "طيران التحالف العربي", "التحالف"),
        target=("الحوثيين", "مليشيات الحوثي وصالح"),
        place=("إب", "معسكر الحمزة", "ميتم"),
        also=("قصف طيران التحالف العربي لمعسكر الحمزة", "شن 5 غارات"),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصفت",
        at="وفي وقت سابق",
        actor=("ميليشيات الحوثي", "قوات صالح"),
        target=("الأحياء السكنية",),
        place=("تعز",),
    ),
    E(
        "Battles/Armed clash",
        "تقدماً",
        actor=("المقاومة الشعبية", "قوات المقاومة الشعبية"),
        target=("الحوثيين", "مسلحي الحوثي"),
        place=("المدخل الشمالي لمدينة عدن", "عدن"),
        date="2015-07-21",
        also=("معاركَ عنيفة",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قتلوا",
        at="15 مسلحاً حوثياً",
        actor=("طيران التحالف", "التحالف"),
        target=("15 مسلحاً حوثياً", "مسلحاً حوثياً", "آليات عسكرية"),
        place=("صحراء وادي الحسيني", "وادي الحسيني", "محافظة لحج", "لحج"),
        fatalities=15,
        also=("غارة جوية",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصفت",
        at="وفي مأرب",
        actor=("طائرات التحالف", "التحالف"),
        target=("مواقع الحوثيين", "الحوثيين"),
        place=("جبهة الجفينة", "الجفينة", "تبة الدفاع", "مأرب"),
    ),
    E(
        "Battles/Armed clash",
        "قتل 9",
        actor=("المقاومة الشعبية", "الجيش الموالي للشرعية"),
        target=("ميليشيات الحوثي", "قوات صالح"),
        place=("المخدرة", "مأرب"),
        fatalities=9,
        also=("هجوم للمقاومة الشعبية",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "سلسلة غارات",
        at="التحالف العربي شن",
        actor=("التحالف العربي", "التحالف"),
        place=("قاعدة العند", "العند", "معسكر لبوزة", "لبوزة"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "استهدفت منطقة سناح",
        actor=("التحالف العربي", "التحالف"),
        place=("منطقة سناح", "سناح", "الضالع"),
    ),
]

if __name__ == "__main__":
    print(build(F, OUT))
