"""Source of tests/data/events_r60a.jsonl: the sixtieth blind event round, part r60a.

7 real articles (SaudiNewsNet politics, 2,751–3,707 characters): the lines of /work/brief/DRAW_r60.tsv
(the saved output of `python tests/data/events_round60_select.py`) whose first column is `r60a`
(selection = events_round60_select.py, seed 6060, part r60a). All 7 kept, none dropped. Annotated by
reading only (2026-11-29): the event coder was never run on these articles and no coder output was read.
Same format and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set);
`build()` comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or a single 12-word
run with an article of another tests/data/events_*.jsonl set (1,884 articles, checked 2026-11-29 20:45
UTC). Same happenings in other words: bin Salman's visit to Jordan (r59a, snn-20150806-03148), the Red
Cross prisoner exchange at Aden and the Labouza camp (r23b, r33c), the Duma arson (many rounds), the
Khan Bani Saad bombing, the liberation of Aden.

Choices (the last rounds' calls followed; columns: historical asides with a date or a named happening
are coded, aims, habits, decrees, statements, aggregates and generic violence are not):
- ISIS bans in Raqqa (00911): negative — the TV ban and the earlier bans and fatwas are decrees (as
  r25b's internet ban), the floggings are habits, the al-Khansaa brigade's founding «في وقت سابق» is a
  formation (as r59a), the stoning verdict is a sentence (as r5a), the coalition's raids a campaign;
- Iraq (02137, news): the coalition's 23 strikes → *Air/drone strike* (the aggregate lead «بغارات» its
  first mention); the Iraqi army aviation's 30 and the air force's 12 → one *Air/drone strike* (as r5a);
  the Tash ambush → *Armed clash*, 16 dead; ISIS's claimed downing of an army helicopter → *Armed clash*
  (as r33a); the clashes east of Ramadi and the Husaybah al-Sharqiya actions (the foiled crossing of the
  Euphrates and the advance after clashes, 35 dead; Husaybah lies east of Ramadi) → one *Armed clash*
  (one actor, place and day, as r5a; ambiguous: the lead's «dozens» may be another fight); the rocket
  launchers on Fallujah districts → *Shelling*; ISIS's simultaneous attacks on Baiji and the special
  operations' clashes there → one *Armed clash* (the aggregate «هجمات متزامنة» its first mention); the
  Tharthar regulator advance north-west of Ramadi → *Armed clash*; the joint forces' shelling of
  al-Tamim and al-Jamia → *Shelling* (ongoing «تتابع»); the Bani Saad bombing «الجمعة» → *Remote
  explosive/landmine/IED* 2015-07-17 (the text says only «التفجير»); the minister's announcement «امس
  الأحد» of the perpetrators' arrest → *Arrests* 2015-07-19, the officers «توقيف» on the bombing's
  account its mention (one actor, one day; ambiguous: two groups); the Peshmerga repelling the Sinjar
  attack → *Armed clash* 2015-07-19, 10 dead (the announcement's Sunday; ambiguous: the source's «امس»
  could be Saturday). Not coded: the Anbar offensive (a campaign), the advances «في معارك الانبار»
  (general), Barzani's tour of Peshmerga positions (domestic) and his statements, the planned Mosul
  operation;
- Maliki column (00001): negative — Maliki's verbal «هجوم», Saud al-Faisal's reply, al-Abadi succeeding
  Maliki and Maliki's appointment as vice-president, Decisive Storm (a campaign) are no events;
- «Jewish Daesh» column (01241): the arson by one of Ettinger's followers burning a Palestinian child
  and his parents «الأسبوع الماضي» → *Violence against civilians/Attack* 2015-07 (as fresh's «الأسبوع
  الماضي»), no place in the text, no count; the Ibrahimi mosque massacre in Hebron «عام 1994», which the
  text lays at Meir Kahane's door → *Violence against civilians/Attack*, historical, 1994 (no count).
  Not coded: Stalin's gallows, the Inquisition, the crusaders, the slave ships (generic history), the
  seized papers of the cell (no arrest said), Ettinger's plans;
- Houthi mercenaries (00952): negative — the recruitment of African mercenaries and their pay deal, Iran's
  funding (support), the disputes in the revolutionary committee, the Afghan mercenaries in Syria (a
  deployment), fighters selling weapons and surrendering (a trend) are not events;
- Aden flight (01199, news): the commercial flight is no event; the Houthis entering Aden on 26 March →
  *Non-state actor overtakes territory*, historical, 2015-03-26; the anti-Houthi fighters taking the city
  «الشهر الماضي» → *Non-state actor overtakes territory* 2015-07 (fighters the text then calls the Popular
  Resistance; ambiguous: earlier rounds coded Aden's liberation as *Government regains territory* when no
  actor or the army is named); the liberation of Lahj («كما حررت عدن ولحج», in a quote) → *Government
  regains territory*, "unknown", no actor (as r57a; ambiguous); the Red Cross plane with 30 prisoners for an exchange «الخميس»
  → *Strategic developments/Other* 2015-08-06 (as r23b/r33c); the coalition's bombing in Bayhan →
  *Air/drone strike*; its landing of military vehicles at Balhaf port for the Resistance → *Diplomacy/Aid*
  (as r21a's armoured vehicles; ambiguous); the Khashmar clashes → *Armed clash*; the Houthi advance on
  Shabwa and control of large parts of it «قبل نحو أربعة أشهر» → *Non-state actor overtakes territory*,
  historical, 2015-04 (as r14a); the al-Jufaina clash in Marib (from Wednesday evening to early
  Thursday) → *Armed clash* 2015-08-06; the coalition's strikes on al-Jufaina «في الوقت ذاته» → *Air/drone
  strike* 2015-08-06; the expulsion from the Labouza and Wadi Atan camps «فجر الخميس» → one *Government
  regains territory* 2015-08-06, 42 dead (23 + 19; as r33c); the Taiz clash «ليل الأربعاء» → *Armed
  clash* 2015-08-05, 17 dead; the coalition's raids in Abyan «ليل الأربعاء الخميس» (Brigade 15, al-Kod,
  Dofas, al-Mashour) → one *Air/drone strike* 2015-08-06. Not coded: the 4,000 dead (aggregate), the
  prisoners' capture (no time or place), the four brigades' move to Shabwa (a deployment), «بدأت معركة
  تحرير شبوة» (a claim), the government's plan to rule from Aden, the Houthi withdrawals and flight;
- bin Salman in Jordan (03056): his visit → *Diplomacy/Visit*, no date in the text (publication date;
  r59a dates the same visit 2015-08-04 from «قبل يومين»). Not coded: «جاءت من أجل بحث آخر التطورات» (the
  visit's purpose in a minister's words; ambiguous: r59a coded the talks its text reported), the praise.

Counts: 7 articles, 28 events, 3 negatives (Battles 14, Explosions/Remote violence 8, Strategic
developments 2, Violence against civilians 2, Diplomacy 2).

Run: python tests/data/events_r60a_source.py            (writes events_r60a.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r60a.jsonl")

F: dict[str, list[dict]] = {}

F["snn-20150809-00911"] = []  # ISIS bans and fatwas in Raqqa: decrees, habits, a verdict

F["snn-20150721-02137"] = [  # Iraq: strikes, ambush, Anbar and Baiji fighting, Diyala, Sinjar
    E(
        "Explosions/Remote violence/Air/drone strike",
        "بغارات",
        actor=("طائرات التحالف الدولي", "التحالف الدولي", "التحالف"),
        target=("داعش",),
        place=("العراق",),
        also=("23 غارة",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "30 غارة",
        actor=(
            "طيران الجيش العراقي",
            "القوة الجوية العراقية",
            "طائرات القوة الجوية العراقية",
            "الجيش العراقي",
        ),
        target=("داعش",),
        place=("العراق",),
        also=("12 غارة",),
    ),
    E(
        "Battles/Armed clash",
        "كمين",
        actor=("داعش",),
        target=("16 جنديًا عراقيًا", "جنديًا عراقيًا"),
        place=("منطقة الطاش", "الطاش", "الرمادي"),
        fatalities=16,
        also=("وقتل 16 جنديًا",),
    ),
    E(
        "Battles/Armed clash",
        "أسقط طائرة مروحية",
        actor=("داعش",),
        target=("طائرة مروحية للجيش العراقي", "الجيش العراقي"),
        place=("الفلوجة",),
    ),
    E(
        "Battles/Armed clash",
        "اشتباكات عنيفة",
        actor=("القوات العراقية", "الشرطة الاتحادية", "قوات من الشرطة الاتحادية"),
        target=("عناصر التنظيم", "التنظيم", "داعش"),
        place=("شرق مدينة الرمادي", "الرمادي", "حصيبة الشرقية", "مناطق حصيبة الشرقية"),
        fatalities=35,
        also=(
            "إحباط تسلل",
            "إحباط محاولة تسلل",
            "مقتل جميع عناصر داعش",
            "تدمير أربع عبّارات",
            "بعد اشتباكات مع داعش",
        ),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصف",
        at="وقصف الجيش العراقي",
        actor=("الجيش العراقي",),
        place=("الفلوجة", "حيي الأندلس والرسالة", "حي جبيل"),
    ),
    E(
        "Battles/Armed clash",
        "هجمات متزامنة",
        actor=("التنظيم", "داعش"),
        target=("القوات العراقية", "قيادة العمليات الخاصة"),
        place=("بيجي", "صلاح الدين"),
        also=("خلال اشتباكات شرسة",),
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "بالتفجير",
        place=("ناحية بني سعد", "بني سعد", "محافظة ديالى", "ديالى"),
        date="2015-07-17",
        also=("تفجير ديالى", "خلفية التفجير"),
    ),
    E(
        "Strategic developments/Arrests",
        "اعتقال المتورطين",
        actor=("وزير الداخلية العراقي محمد سالم الغبان", "محمد سالم الغبان", "وزير الداخلية العراقي"),
        target=("المتورطين", "عدد من الضباط والمنتسبين"),
        place=("ناحية بني سعد", "بني سعد", "محافظة ديالى", "ديالى"),
        date="2015-07-19",
        also=("توقيف عدد من الضباط",),
    ),
    E(
        "Battles/Armed clash",
        "هجوم شنه التنظيم",
        actor=("التنظيم", "مسلحي داعش", "داعش"),
        target=("قوات البيشمركة", "البيشمركة"),
        place=("قرية تل شور", "تل شور", "قضاء سنجار", "سنجار", "جبل شنكال"),
        date="2015-07-19",
        fatalities=10,
        also=("صد هجوم", "نتيجة الاشتباكات"),
    ),
    E(
        "Battles/Armed clash",
        "تقدّمت",
        at="كما تقدّمت قوات الأمن",
        actor=("قوات الأمن",),
        target=("داعش",),
        place=("ناظم الثرثار", "شمال غرب الرمادي", "الرمادي"),
        also=("معارك شرسة مع داعش",),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصفها",
        actor=("القوات المشتركة",),
        place=("حيي التأميم والجامعة", "التأميم", "جنوب الرمادي", "الرمادي"),
    ),
]

F["snn-20150723-00001"] = []  # column: Maliki's verbal attack on Saudi Arabia and Saud al-Faisal's reply

F["snn-20150807-01241"] = [  # column: «Jewish Daesh», Meir Ettinger
    E(
        "Violence against civilians/Attack",
        "بإحراق",
        actor=("أحد اتباعه", "اتباعه"),
        target=("طفل فلسطيني ووالديه", "طفل فلسطيني"),
        date="2015-07",
    ),
    E(
        "Violence against civilians/Attack",
        "يسفك دماء",
        actor=("مائير كاهانا", "كاهانا"),
        target=("عباد سجداً لله", "عباد"),
        place=("المسجد الإبراهيمي", "الخليل"),
        date="1994",
        status="historical",
    ),
]

F["snn-20150811-00952"] = []  # Houthi recruitment of African mercenaries paid by Iran: no happening

F["snn-20150807-01199"] = [  # first civil flight to Aden; Shabwa, Marib, Lahj, Taiz, Abyan fronts
    E(
        "Battles/Non-state actor overtakes territory",
        "دخل الحوثيون المدينة",
        actor=("الحوثيون",),
        place=("عدن",),
        date="2015-03-26",
        status="historical",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "السيطرة على المدينة",
        actor=("المقاتلين المعارضين للحوثيين", "المقاتلين"),
        target=("للحوثيين", "الحوثيين"),
        place=("عدن",),
        date="2015-07",
    ),
    E(
        "Strategic developments/Other",
        "مبادلتهم",
        actor=("للصليب الأحمر", "الصليب الأحمر", "طائرة تابعة للصليب الأحمر"),
        target=("30 مقاتلا جنوبيا", "مقاتلا جنوبيا", "سبعة من قادة الحوثيين العسكريين", "قادة الحوثيين"),
        place=("عدن",),
        date="2015-08-06",
        also=("تبادل للأسرى",),
    ),
    E(
        "Battles/Government regains territory",
        "حررت",
        place=("لحج",),
        date="unknown",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصفاً عنيفاً",
        actor=("قوات التحالف", "التحالف"),
        target=("مواقع الحوثيين وقوات صالح", "الحوثيين", "قوات صالح"),
        place=("بيحان",),
    ),
    E(
        "Diplomacy/Aid",
        "عملية إنزال",
        actor=("قوات التحالف", "التحالف"),
        target=("للمقاومة", "المقاومة"),
        place=("ميناء بلحاف", "بلحاف"),
    ),
    E(
        "Battles/Armed clash",
        "المواجهات المسلحة",
        actor=("الحوثيين",),
        target=("المقاومة الشعبية",),
        place=("منطقة خشمر", "خشمر", "شبوة"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "السيطرة",
        at="زحف الحوثيين",
        actor=("الحوثيين", "قوات صالح"),
        place=("مدينة شبوة", "شبوة"),
        date="2015-04",
        status="historical",
        also=("زحف الحوثيين",),
    ),
    E(
        "Battles/Armed clash",
        "اشتباكات عنيفة",
        actor=("الحوثيين", "الحوثيين المدعومين بالقوات الموالية للمخلوع صالح"),
        target=("المقاومة الشعبية", "المقاومة"),
        place=("مدينة مأرب", "مأرب", "جبهة الجفينة"),
        date="2015-08-06",
        also=("اشتباكات هي الأعنف", "محاولة الحوثيين", "صدت الهجوم"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصف",
        at="طيران التحالف العربي",
        actor=("طيران التحالف العربي", "التحالف العربي"),
        target=("الحوثيين", "قوات صالح"),
        place=("جبهة الجفينة", "مأرب"),
        date="2015-08-06",
    ),
    E(
        "Battles/Government regains territory",
        "طرد",
        actor=("الموالين لهادي",),
        target=("الحوثيين", "قوات صالح"),
        place=("معسكري لبوزة ووادي عطان", "لبوزة", "وادي عطان", "لحج"),
        date="2015-08-06",
        fatalities=42,
        also=("هذه العمليات",),
    ),
    E(
        "Battles/Armed clash",
        "اشتباكات",
        at="ليل الأربعاء في",
        actor=("القوات الموالية لهادي",),
        target=("17 حوثيا", "الحوثيين"),
        place=("تعز",),
        date="2015-08-05",
        fatalities=17,
        also=("قتل 17 حوثيا", "تدمير عدد من المركبات العسكرية"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "الغارات الجوية",
        actor=("طيران التحالف", "التحالف"),
        target=("مقر اللواء 15", "اللواء 15 التابع لقوات صالح", "مواقع الحوثيين", "قوات صالح"),
        place=("محافظة أبين", "أبين", "زنجبار", "شقرة", "الكود", "دوفس", "مزارع المشور"),
        date="2015-08-06",
        also=("واستهدفت الغارات",),
    ),
]

F["snn-20150806-03056"] = [  # bin Salman's visit to Jordan praised
    E(
        "Diplomacy/Visit",
        "الزيارة الميمونة",
        actor=("الأمير محمد بن سلمان", "محمد بن سلمان", "ولي ولي العهد السعودي"),
        place=("المملكة الأردنية الهاشمية", "الأردن", "عمان"),
        also=(
            "زيارة ولي ولي العهد",
            "هذه الزيارة التاريخية",
            "زيارة الأمير محمد بن سلمان إلى الأردن",
        ),
    ),
]

if __name__ == "__main__":
    print(build(F, OUT), "articles written to", OUT)
