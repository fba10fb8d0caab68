"""Source of tests/data/events_r47a.jsonl: the forty-seventh blind event round, part r47a.

8 real articles (SaudiNewsNet politics, 4,038–5,162 characters): the lines of /work/brief/DRAW_r47.tsv
(the saved output of `python tests/data/events_round47_select.py`) whose first column is `r47a`
(selection = events_round47_select.py, seed 4747, part r47a). All 8 kept, none dropped. Annotated by
reading only (2026-11-29): the event coder was never run on these articles and no coder output was read.
Same format and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set);
`build()` comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three or more
12-word runs with an article of another tests/data/events_*.jsonl set (checked 2026-11-29, before the
other parts of rounds 46-47 were committed). Same happenings in other words: the Zabadani battle, the
9/11 attacks, the Taif agreement, the invasion of Kuwait, the invasion of Iraq, the Skhirat initialling.

Choices (the last rounds' calls followed):
- ISIS-geography column (00089): negative — «ضرب قواعد داعش» and the terrorist incidents in Saudi Arabia
  and Sinai are generic;
- Taiz (00071): the «معارك عنيفة» in Taiz, the clashes at al-Nuqta al-Rabi'a, Usaifira and Arba'in street
  and the disabled tank → one *Armed clash* (one city, one day), 12 dead (11 Houthis + 1 Resistance);
  the Resistance taking Jabal Sabr, al-Arous and the hills → *Non-state actor overtakes territory* (as
  fresh: the Resistance acting); the Houthi shelling of the city (one civilian dead, the burnt truck)
  → *Shelling*; the Houthis arresting social figures at the al-Dhahi checkpoint «صباح الجمعة» →
  *Arrests* 2015-08-07; the Tihama Resistance attack on a Houthi pick-up at al-Lawha (Hajjah) «أمس» →
  *Armed clash* 2015-08-07; the two grenade attacks (Samaka roundabout, Bait al-Shabab in al-Sukhna) →
  two *Grenade*, no date; the coalition raids «مساء أول من أمس، ويوم أمس» → one *Air/drone strike* per
  place (Hays, the aggregate first sentence its first mention; al-Durayhimi), dated 2015-08-07
  (ambiguous: two days), no fatalities (the «أكثر من 16» are shared by the two places); the warships
  shelling al-Durayhimi → *Shelling*; the Houthi seizure of the camp of Brigade 180 → *Non-state actor
  overtakes territory*, historical, "unknown" (ambiguous: an aside). Not coded: the siege, the dengue
  deaths, the July tally of the monitors' network (a monthly aggregate, as r42b), the habitual arrests
  and Tihama operations;
- Saudi soldiers column (00386): negative (praise, scripture; the Houthi founder «المقبور» is background);
- Libya (00525): Abu Sahmain's visit to Algeria «مساء أمس» → *Diplomacy/Visit* 2015-07-30; his planned
  meeting with Leon there → *Meeting*, planned, and with Algerian officials → a second *Meeting*,
  planned (ambiguous); his phone call with Messahel «الاثنين الماضي» → *Phone call* 2015-07-27; Leon's
  meeting with the Zawiya delegation → *Meeting*; the initialling of the political agreement «مؤخرًا»
  → *Diplomacy/Agreement*, "unknown" (as r36a); the EU foreign ministers' meeting «مؤخرا» → *Meeting*,
  "unknown" (ambiguous). Not coded: the 2011 uprising, the conflict in the south (generic), statements;
- images-of-violence column (00882): the Abu Ghraib torture → *Violence against civilians/Attack*,
  historical (as r11a); the 9/11 attacks (the towers' collapse, dated) → *Attack*, historical, 2001-09-11
  (as r44a/r44b); Nick Berg abducted and beheaded in Iraq in 2004 → one *Attack*, historical, 2004, 1
  dead (the abduction its mention; ambiguous); the US invasion of Baghdad → *Armed clash*, historical,
  "unknown" (as r28a/r43a's «غزو العراق»). Not coded: Guantanamo, ISIS's and Assad's killings (habit),
  the occupation of Jerusalem (a time anchor), Darfur 2003 (no single happening), Taliban executions,
  the 2013 CSA warning;
- Saud al-Faisal eulogy (01700): as r42c/r44b — the Gulf wars → one *Armed clash*, historical (ambiguous:
  «حربي الخليج الأولى والثانية» are two wars), the invasion of Iraq → *Armed clash*, historical (as r43a),
  the Taif agreement → *Agreement*, historical, the Iraqi invasion of Kuwait → *Non-state actor overtakes
  territory*, historical, all "unknown"; the think tank's meetings with George W. Bush and with members
  of Congress → two *Meeting*, historical, "unknown" (ambiguous). Not coded: his death, his surgery, the
  Shura session, the committees' habitual meetings, 9/11 («أحداث», as r42c), the Israeli wars (generic);
- ISIS-as-US-product column (00279): the 2003 invasion of Iraq → *Armed clash*, historical, 2003 (as
  r43a); the seizure of northern Iraq «قبل عام من الآن» → *Non-state actor overtakes territory*,
  historical, 2014. Not coded: Christensen's lecture, the 2014 proclamation of the caliphate (as r18b),
  Rice's 2006 «new Middle East», ISIS's habitual slavery and killings;
- Zabadani (00164): de Mistura's team meeting 11 factions in Istanbul «اليوم السبت» → *Meeting*, planned,
  2015-07-25; Ahrar al-Sham's meetings with international parties → *Diplomacy/Talks* (reported; the
  source denies only that an agreement was discussed; ambiguous); the Hezbollah–government campaign
  begun weeks ago → *Armed clash*, historical, "unknown" (as r24b/r25b); the Old Homs agreements of May
  2014 → *Agreement*, historical, 2014-05, and the earlier Mouadamiya agreements → *Agreement*,
  historical, "unknown" (ambiguous); Hezbollah's taking of the Zabadani plain before «الأربعاء» →
  *Non-state actor overtakes territory*, 2015-07 (ambiguous: Hezbollah fights for the government); the
  rebels retaking two army positions from al-Shallah → *Non-state actor overtakes territory*, and the
  clashes with «عشرات القتلى» and the burnt al-Aqaba checkpoint → *Armed clash* (kept apart, no number);
  the regime and Hezbollah shelling of the town with hundreds of shells and «فيل» rockets →
  *Shelling*. Not coded: the pressure to surrender, the barrel bombing (habit), the Zabadani–Fua
  ceasefire proposal (refused, not kept), the report to the Security Council.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r47a.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150810-00089"] = []  # opinion: ISIS is not a geography

F["snn-20150808-00071"] = [  # Taiz siege, Hodeidah and Hajjah
    E(
        "Battles/Armed clash",
        "معارك عنيفة",
        actor=("المسلحين الحوثيين", "الحوثيين", "أنصار الرئيس السابق علي عبد الله صالح"),
        target=("المقاومة الشعبية", "المقاومة", "الجيش الوطني"),
        place=("مدينة تعز", "تعز", "النقطة الرابعة", "عصيفرة", "شارع الأربعين"),
        fatalities=12,
        also=("إعطاب دبابة", "اشتباكات عنيفة بين المقاومة الشعبية"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "تمكنت من السيطرة",
        actor=("المقاومة الشعبية", "المقاومة"),
        target=("جماعة الحوثي المسلحة", "جماعة الحوثي"),
        place=("تعز", "جبل صبر", "موقع العروس"),
        also=("استطاعت السيطرة على مرتفعات جبل صبر",),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "القصف العشوائي على المدينة",
        actor=("المسلحين الحوثيين", "الحوثيين", "جماعة الحوثي المسلحة"),
        target=("مواطن",),
        place=("المدينة", "تعز", "الضبوعة", "الأشبط"),
        fatalities=1,
        also=("قصفها العشوائي على أحياء الضبوعة", "نتيجة للقصف"),
    ),
    E(
        "Strategic developments/Arrests",
        "قاموا باعتقال",
        actor=("المسلحين الحوثيين", "الحوثيين"),
        target=("عدد من الشخصيات الاجتماعية", "الشخصيات الاجتماعية"),
        place=("نقطة الضحي", "الضحي", "الحديدة"),
        date="2015-08-07",
    ),
    E(
        "Battles/Armed clash",
        "تنفيذ هجوم",
        actor=("المقاومة", "المقاومة الشعبية التهامية"),
        target=("المسلحين الحوثيين", "الحوثيين"),
        place=("منطقة اللوحة", "اللوحة", "بني قيس", "حجة"),
        date="2015-08-07",
    ),
    E(
        "Explosions/Remote violence/Grenade",
        "استهدفت المقاومة أيضًا دورية",
        actor=("المقاومة",),
        target=("دورية خاصة للمسلحين الحوثيين", "الحوثيين"),
        place=("جولة السمكة", "الحديدة"),
        also=("بقنبلة يدوية بجولة السمكة",),
    ),
    E(
        "Explosions/Remote violence/Grenade",
        "استهدافهم تجمعًا للمسلحين الحوثيين",
        actor=("المقاومة",),
        target=("المسلحين الحوثيين", "الحوثيين"),
        place=("بيت الشباب", "مديرية السخنة", "السخنة", "الحديدة"),
        also=("وأسفر الهجوم عن إصابات",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غاراته",
        actor=("طيران التحالف", "التحالف", "مقاتلات التحالف"),
        target=("المسلحين الحوثيين", "الحوثيين"),
        place=("مديرية حيس", "حيس", "الحديدة", "مدينة الحديدة"),
        date="2015-08-07",
        also=("شنت غاراتها على مبنى مكافحة الملاريا", "الغارة التي استهدفت مركز الملاريا"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "تجمعا لهم في مزرعة",
        actor=("مقاتلات التحالف", "التحالف"),
        target=("الحوثيين",),
        place=("مديرية الدريهمي", "الدريهمي"),
        date="2015-08-07",
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصفت البارجات البحرية",
        actor=("البارجات البحرية",),
        target=("الحوثيين", "المسلحين الحوثيين"),
        place=("مديرية الدريهمي", "الدريهمي"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "استولت عليه جماعة الحوثي",
        actor=("جماعة الحوثي",),
        target=("كتيبة النصر",),
        date="unknown",
        status="historical",
    ),
]

F["snn-20150722-00386"] = []  # opinion: praise of the soldiers on the southern border

F["snn-20150731-00525"] = [  # Libya: Abu Sahmain in Algeria, Leon, the Thani government
    E(
        "Diplomacy/Visit",
        "زيارة مفاجئة",
        actor=("نوري أبو سهمين", "أبو سهمين"),
        place=("الجزائر",),
        date="2015-07-30",
        also=("زيارته للجزائر", "وجاءت الزيارة"),
    ),
    E(
        "Diplomacy/Meeting",
        "اجتماعا مع ليون",
        actor=("أبو سهمين", "نوري أبو سهمين"),
        target=("ليون", "برناردينو ليون"),
        place=("الجزائر",),
        status="planned",
        also=("لقاءه المقرر", "مشاورات في الجزائر العاصمة", "هذا الاجتماع", "هذا اللقاء"),
    ),
    E(
        "Diplomacy/Meeting",
        "الاجتماع مع عدد من المسؤولين الجزائريين",
        actor=("أبو سهمين",),
        target=("المسؤولين الجزائريين",),
        place=("الجزائر",),
        status="planned",
    ),
    E(
        "Diplomacy/Phone call",
        "للاتصال الهاتفي",
        actor=("أبو سهمين",),
        target=("عبد القادر مساهل", "مساهل"),
        date="2015-07-27",
    ),
    E(
        "Diplomacy/Meeting",
        "اجتماعه مع وفد من مدينة الزاوية",
        actor=("ليون",),
        target=("وفد من مدينة الزاوية", "الزاوية"),
    ),
    E(
        "Diplomacy/Agreement",
        "التوقيع بالأحرف الأولى على الاتفاق السياسي الليبي",
        actor=("وفد مجلس النواب الشرعي", "مجلس النواب"),
        date="unknown",
        also=("تم التوقيع عليها بالأحرف الأولى",),
    ),
    E(
        "Diplomacy/Meeting",
        "اجتماع وزراء خارجية دول الاتحاد الأوروبي",
        actor=("وزراء خارجية دول الاتحاد الأوروبي",),
        date="unknown",
    ),
]

F["snn-20150804-00882"] = [  # opinion: images of violence (Abu Ghraib)
    E(
        "Violence against civilians/Attack",
        "التعذيب",
        actor=("القوات الأميركية",),
        target=("سجناء أبو غريب",),
        place=("سجن أبو غريب", "أبو غريب"),
        date="unknown",
        status="historical",
        also=("تعذيب القوات الأميركية للعراقيين",),
    ),
    E(
        "Violence against civilians/Attack",
        "انهيار برجي مركز التجارة العالمي",
        place=("مركز التجارة العالمي",),
        date="2001-09-11",
        status="historical",
        also=("أحداث 11 سبتمبر", "تحطم الطائرات على برجي مركز التجارة العالمي"),
    ),
    E(
        "Violence against civilians/Attack",
        "مقتل نك بيرغ",
        actor=("ميليشيات إسلامية",),
        target=("نك بيرغ",),
        place=("العراق",),
        date="2004",
        status="historical",
        fatalities=1,
        also=("واختطفته", "وذبحته"),
    ),
    E(
        "Battles/Armed clash",
        "الغزو الأميركي لبغداد",
        place=("بغداد",),
        date="unknown",
        status="historical",
    ),
]

F["snn-20150724-01700"] = [  # eulogy: Saud al-Faisal
    E(
        "Battles/Armed clash",
        "حروب الخليج",
        date="unknown",
        status="historical",
        also=("حربي الخليج الأولى والثانية",),
    ),
    E(
        "Battles/Armed clash",
        "غزو للعراق",
        place=("العراق",),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Agreement",
        "اتفاق الطائف",
        date="unknown",
        status="historical",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "الغزو العراقي للكويت",
        place=("للكويت",),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Meeting",
        "اجتمع مع الرئيس الأميركي جورج بوش الابن",
        actor=("ذلك المركز", 'مراكز "الثنك تانكس"'),
        target=("جورج بوش الابن", "الرئيس الأميركي جورج بوش الابن"),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Meeting",
        "الاجتماع مع أعضاء الكونجرس",
        actor=("ذلك المركز",),
        target=("أعضاء الكونجرس",),
        date="unknown",
        status="historical",
    ),
]

F["snn-20150723-00279"] = [  # opinion: ISIS as an American product
    E(
        "Battles/Armed clash",
        "غزو العراق عام 2003",
        place=("العراق",),
        date="2003",
        status="historical",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "واستولى على شمال العراق",
        place=("شمال العراق", "العراق"),
        date="2014",
        status="historical",
    ),
]

F["snn-20150725-00164"] = [  # Zabadani: Hezbollah pushes for the rebels' exit; de Mistura's meeting
    E(
        "Diplomacy/Meeting",
        "يجتمع",
        actor=("ستيفان دي ميستورا", "دي ميستورا", "فريق المبعوث الأممي", "فريق دي ميستورا"),
        target=("فصائل المعارضة", "11 فصيلا عسكريا سوريا معارضا"),
        place=("إسطنبول",),
        date="2015-07-25",
        status="planned",
        also=("يبحث في تركيا اليوم", "الاجتماع سيكون غدًا (اليوم) في إسطنبول", "اجتماع الغد في إسطنبول"),
    ),
    E(
        "Diplomacy/Talks",
        "اجتماعات يعقدها ممثلون",
        actor=("حركة أحرار الشام", "أحرار الشام"),
        target=("أطراف دولية",),
    ),
    E(
        "Battles/Armed clash",
        "حملتهم",
        actor=("حزب الله", "القوات الحكومية"),
        target=("المقاتلين المعارضين",),
        place=("الزبداني",),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Agreement",
        "اتفاقات حمص القديمة",
        place=("حمص القديمة", "حمص"),
        date="2014-05",
        status="historical",
    ),
    E(
        "Diplomacy/Agreement",
        "اتفاقات سابقة في بلدة المعضمية",
        place=("بلدة المعضمية", "المعضمية"),
        date="unknown",
        status="historical",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "السيطرة على سهل الزبداني",
        actor=("حزب الله", "الحزب"),
        place=("سهل الزبداني", "الزبداني"),
        date="2015-07",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "تقدمًا محدودًا للثوار",
        actor=("الثوار",),
        target=("القوات الحكومية", "الجيش"),
        place=("الزبداني", "الشلاح"),
        also=("تمكنوا من استعادة نقطتي تمركز",),
    ),
    E(
        "Battles/Armed clash",
        "المواجهات",
        actor=("الثوار",),
        target=("حزب الله", "قوات النظام"),
        place=("الزبداني", "حاجز العقبة"),
        also=("احتراق حاجز العقبة بالكامل",),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصفت من حاجز الحوش",
        actor=("قوات النظام", "حزب الله"),
        place=("المدينة", "الزبداني"),
        also=("سقوط مئات القذائف",),
    ),
]


if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
