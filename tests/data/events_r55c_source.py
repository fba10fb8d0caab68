"""Source of tests/data/events_r55c.jsonl: the fifty-fifth blind event round, part r55c.

8 real articles (SaudiNewsNet politics, 4,271–5,387 characters): the lines of /work/brief/DRAW_r55.tsv
(the saved output of `python tests/data/events_round55_select.py`) whose first column is `r55c`
(selection = events_round55_select.py, seed 5555, part r55c). All 8 kept. Annotated by reading only
(2026-11-29): the event coder was never run on these articles and no coder output was read.
Same format and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set);
`build()` comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three or more
12-word runs with an article of another tests/data/events_*.jsonl set (checked 2026-11-29 18:13 UTC).
Same happenings in other words: the Duma arson (many rounds), the liberation of Aden, the al-Anad battle.

Choices (the last rounds' calls followed):
- Palestinian cultural forum (00292): the festival, the tours and the entry refusals are not coded; the
  arson of the Dawabsheh house in Duma (a mention) → *Violence against civilians/Attack*, "unknown", 1;
- Zabadani (00779): the Zabadani fighting (8 Hezbollah dead «مساء الأربعاء», the SOHR clashes its
  mentions) → *Armed clash* 2015-07-22; al-Nusra's attack on Hezbollah positions → *Armed clash*; the
  eastern Qalamoun attack «أمس» → *Armed clash* 2015-07-23; al-Shallah axis «بعد منتصف ليل الأربعاء» →
  *Armed clash* 2015-07-23 (ambiguous date); the Zabadani plain battle (the tank shell its mention) →
  *Armed clash*; the helicopter barrel bombs (3 on Harf Hurayra, 30+ on al-Balad, SOHR's 14 «أمس» its
  mentions) → one *Air/drone strike*; Hezbollah blowing up the tunnel → *Looting/property destruction*;
  the Southern Front offensive on Daraa (the regime's «foiled attack» its mention) → *Armed clash*; the
  warplanes' 21 raids on al-Yadouda / Tariq al-Sad → *Air/drone strike*; the rebels' rockets and
  artillery on Daraa al-Mahatta → *Shelling*; the Turkish police firing at three civilians near Akda →
  *Violence against civilians/Attack*; three civilians killed by Turkish police at Eid al-Fitr → *Attack*
  2015-07, 3. Not coded: the siege, the simultaneous operations elsewhere (general), the 20-day campaign;
- Abadi (00157): the daily demonstrations over services → *Peaceful protest* (one event). Not coded:
  speeches, accusations, Daesh at Baghdad's gates (historical aside);
- al-Anad (00910): the clashes near al-Anad «أمس» (22 + 3) → *Armed clash* 2015-07-25; Jabal Munif and
  Jabal al-Kassara → two *Non-state actor overtakes territory* (the Resistance alone); the army +
  Resistance attack around the base → *Armed clash*; coalition raids around the base (29), on the
  al-Bayda government complex, on vehicles in Karish, on al-Jufaina (Marib) → four *Air/drone strike*;
  Taiz positions near the Mocha road (with army units) → *Government regains territory*; the Taiz clashes
  (44 + 8) → *Armed clash*; Khashm Rumaid / al-Abr and the five sites near Ataq (the al-Wadi'a road its
  mention) → two *Non-state actor overtakes territory*; Rada'a (16) → *Armed clash*; the grenade attack
  on the patrol in Ma'bar «أمس» → *Grenade* 2015-07-25; the completed control of Aden → *Government
  regains territory*, "unknown". Not coded: Abu Ali Awam's death (no method), the march on al-Uqla, the
  Houthi shelling of Aden's districts (general), night patrols, relief;
- Saudi–Russia column (02014): the deputy crown prince's visit → *Diplomacy/Visit*, historical,
  "unknown" (as r4x). Not coded: 1926 relations, Faisal's visit, 2003 attacks (historical asides);
- Dhamar (00113): Utma district «أمس» → *Non-state actor overtakes territory* 2015-08-10; the Arhab
  fighting → *Armed clash*; the Houthi arrests in Sanaa → *Arrests*; Liwa al-Hamza fallen → *Non-state
  actor overtakes territory*, the coalition raids on it → *Air/drone strike*; al-Nadira, al-Sadda,
  al-Radma, al-Qafr → *Non-state actor overtakes territory*. Not coded: the state of emergency, trenches,
  the ultimatum to the 55th Brigade, the rejected mediation (ambiguous: a domestic negotiation);
- al-Dhale'i interview (01307): the liberation of Aden and the Dhale victory → two *Government regains
  territory*, "unknown". Not coded: plans, the truce violations (general), Saleh's purges (historical);
- Dawabsheh (00574): the Duma arson → *Violence against civilians/Attack* 2015-07-31, 1 (the second
  house its mention); the Atara checkpoint confrontations (1) → *Riots/Violent demonstration*
  2015-07-31; the boy shot in Beit Lahia → *Attack* 2015-07-31 («في وقت سابق», ambiguous), 1. The
  condemnations are not coded.

Counts: 8 articles, 41 events, no negative (Battles 22, Explosions/Remote violence 9, Violence against
civilians 5, Strategic developments 2, Protests 1, Riots 1, Diplomacy 1).

Run: python tests/data/events_r55c_source.py            (writes events_r55c.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r55c.jsonl")

F: dict[str, list[dict]] = {}

F["snn-20150806-00292"] = [  # Palestinian cultural forum
    E(
        "Violence against civilians/Attack",
        "حرق منزل عائلته",
        actor=("مستوطنين",),
        target=("الطفل علي الدوابشة", "علي الدوابشة"),
        place=("قرية دوما", "دوما"),
        date="unknown",
        fatalities=1,
    ),
]

F["snn-20150724-00779"] = [  # Zabadani and Daraa
    E(
        "Battles/Armed clash",
        "المواجهات",
        actor=("قوات المعارضة", "المعارضة"),
        target=("حزب الله",),
        place=("الزبداني", "مدينة الزبداني"),
        date="2015-07-22",
        fatalities=8,
        also=(
            "خلال المعارك مع قوات المعارضة",
            "المواجهات العنيفة الدائرة",
            "استمرار الاشتباكات العنيفة",
        ),
    ),
    E(
        "Battles/Armed clash",
        "استهداف مواقع لحزب الله",
        actor=("جبهة النصرة",),
        target=("حزب الله",),
        place=("محيط الزبداني", "الزبداني"),
    ),
    E(
        "Battles/Armed clash",
        "هجومًا جديدًا",
        actor=("مقاتلو المعارضة", "المعارضة"),
        target=("قوات الأسد", "حزب الله"),
        place=("القلمون الشرقي", "العرقوب", "النبك"),
        date="2015-07-23",
    ),
    E(
        "Battles/Armed clash",
        "هجومًا مفاجئًا",
        actor=("فصائل تابعة للمعارضة", "المعارضة"),
        target=("القوات السورية النظامية",),
        place=("محور الشلاح", "الزبداني"),
        date="2015-07-23",
        also=("دارت على أثرها اشتباكات",),
    ),
    E(
        "Battles/Armed clash",
        "دارت معارك",
        actor=("فصائل المعارضة",),
        target=("القوات النظامية", "حزب الله"),
        place=("سهل الزبداني", "الزبداني"),
        also=("بقذيفة دبابة",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "ثلاثة براميل متفجرة",
        actor=("الطيران المروحي النظامي", "الطيران المروحي"),
        place=("حرف هريرة", "الزبداني", "منطقة البلد"),
        also=("أكثر من 30 برميلاً", "أكثر من 14 برميلا متفجرا"),
    ),
    E(
        "Strategic developments/Looting/property destruction",
        "تفجير آخر نفق",
        actor=("حزب الله",),
        place=("الزبداني",),
        also=("تفجير نفق في المدينة",),
    ),
    E(
        "Battles/Armed clash",
        "هجوم واسع",
        actor=("الجبهة الجنوبية",),
        target=("قوات النظام",),
        place=("مدينة درعا", "درعا"),
        also=("«هجوم واسع»", "هجومًا للمسلحين من 4 محاور", "اشتباكات عنيفة في كل من النعيمة"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "9 غارات",
        actor=("الطيران الحربي",),
        place=("بلدة اليادودة", "اليادودة", "حي طريق السد", "درعا"),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "استهدفت بواسطة راجمات الصواريخ",
        actor=("كتائب المعارضة",),
        target=("قوات النظام السوري",),
        place=("درعا المحطة", "درعا"),
    ),
    E(
        "Violence against civilians/Attack",
        "إصابة ثلاثة مدنيين بأعيرة نارية",
        actor=("الشرطة التركية",),
        target=("ثلاثة مدنيين",),
        place=("مدينة أكدة", "أكدة", "ريف حلب الشمالي", "الحدود السورية - التركية"),
        also=("أطلقت النار على ثلاثة مدنيين",),
    ),
    E(
        "Violence against civilians/Attack",
        "قتلوا خلال عيد الفطر",
        actor=("الشرطة التركية",),
        target=("ثلاثة مدنيين",),
        date="2015-07",
        fatalities=3,
    ),
]

F["snn-20150804-00157"] = [  # Abadi and the Popular Mobilisation
    E(
        "Protests/Peaceful protest",
        "مظاهرات يومية",
        place=("العراق", "بغداد"),
        also=("للمظاهرات الجماهيرية المتواصلة",),
    ),
]

F["snn-20150726-00910"] = [  # al-Anad, Taiz, Shabwa, Dhamar
    E(
        "Battles/Armed clash",
        "اشتباكات عنيفة",
        actor=("مقاتلو المقاومة الشعبية", "المقاومة الشعبية", "الثوار"),
        target=("ميليشيات الحوثي والمخلوع صالح", "ميليشيات الحوثي"),
        place=("قاعدة العند", "العند", "لحج"),
        date="2015-07-25",
        fatalities=25,
        also=("المواجهات تركزت", "المعارك أدت"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "وسيطرت على جبال منيف",
        actor=("الثوار", "المقاومة الشعبية"),
        target=("ميليشيات الحوثي",),
        place=("جبال منيف",),
        date="2015-07-25",
    ),
    E(
        "Battles/Armed clash",
        "هجوم شنّ من محاور عدة",
        actor=("الجيش الموالي للشرعية", "مقاتلو المقاومة الشعبية"),
        target=("ميليشيات الحوثي وصالح",),
        place=("قاعدة العند", "العند"),
        also=("معارك طاحنة حول القاعدة", "تدمير دفاعات ميليشيات الحوثي وصالح"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرت المقاومة على جبل الكسارة",
        actor=("المقاومة",),
        place=("جبل الكسارة", "مثلث العند"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "كثفت طائرات التحالف العربي",
        actor=("طائرات التحالف العربي", "التحالف العربي"),
        target=("المتمردين",),
        place=("محيط القاعدة", "العند"),
        fatalities=29,
        also=("وقصفت تجمعات المتمردين",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "عدة غارات على مباني المجمع الحكومي",
        actor=("المقاتلات",),
        target=("ميليشيات المتمردين",),
        place=("مدينة البيضاء", "البيضاء"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "استهدفت المقاتلات مركبات عسكرية",
        actor=("المقاتلات",),
        target=("الانقلابيين",),
        place=("منطقة كرش", "كرش", "لحج"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "ثلاث غارات",
        actor=("طائرات التحالف", "التحالف"),
        target=("الحوثيين", "قوات صالح"),
        place=("جبهة الجفينة", "الجفينة", "مأرب"),
    ),
    E(
        "Battles/Government regains territory",
        "فسيطر الثوار على مواقع",
        actor=("الثوار", "وحدات من الجيش"),
        target=("ميليشيات الانقلابيين",),
        place=("ميناء المَخا", "مدينة تعز", "تعز"),
        also=("سيطروا بمساعدة وحدات من الجيش", "سقوط تلك المواقع"),
    ),
    E(
        "Battles/Armed clash",
        "مواجهات عنيفة أسفرت عن مقتل 44",
        actor=("الثوار", "قوات الجيش الوطني والمقاومة"),
        target=("قوات التمرد", "الحوثيين"),
        place=("تعز",),
        fatalities=52,
        also=("مواجهات عنيفة قتل فيها عشرات", "بعد اشتباكات مع ميليشيات الانقلابيين"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرة المقاومة الشعبية على منطقتي خشم رميد",
        actor=("المقاومة الشعبية",),
        target=("ميليشيات التمرد",),
        place=("خشم رميد", "مثلث العبر", "شبوة", "محافظة شبوة"),
        also=("بعد مواجهات مع ميليشيات التمرد",),
    ),
    E(
        "Battles/Armed clash",
        "16 قتيلا",
        target=("ميليشيات التمرد",),
        place=("مديرية رداع", "رداع", "البيضاء"),
        fatalities=16,
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "بسطت نفوذها على خمسة مواقع",
        actor=("هذه القوات", "قوات المقاومة"),
        place=("عتق", "شبوة"),
        also=("سيطرت على الطريق المؤدي لمنفذ الوديعة",),
    ),
    E(
        "Explosions/Remote violence/Grenade",
        "هاجموا أمس طقما عسكريا",
        actor=("مقاتلي المقاومة الشعبية", "المقاومة الشعبية"),
        target=("ميليشيات الحوثي وصالح",),
        place=("مدينة معبر", "معبر", "محافظة ذمار", "ذمار"),
        date="2015-07-25",
        also=("استخدموا القنابل اليدوية",),
    ),
    E(
        "Battles/Government regains territory",
        "إكمالهم السيطرة على مدينة عدن",
        actor=("مقاتلو المقاومة الشعبية", "القوات الموالية للشرعية"),
        place=("مدينة عدن", "عدن"),
        date="unknown",
        also=("استكملت القوات الموالية للشرعية سيطرتها", "تحرير عدن"),
    ),
]

F["snn-20150721-02014"] = [  # opinion: Saudi Arabia and Russia
    E(
        "Diplomacy/Visit",
        "زيارة سمو ولي ولي العهد",
        actor=("ولي ولي العهد",),
        target=("روسيا", "الروس"),
        date="unknown",
        status="historical",
    ),
]

F["snn-20150811-00113"] = [  # Utma liberated, Arhab, Ibb
    E(
        "Battles/Non-state actor overtakes territory",
        "تحرير مديرية عتمة",
        actor=("المقاومة الشعبية في إقليم آزال", "مقاومة آزال", "المقاومة"),
        target=("ميليشيات الحوثي وصالح",),
        place=("مديرية عتمة", "عتمة", "محافظة ذمار", "ذمار"),
        date="2015-08-10",
        also=("أحكمت سيطرتها على مديرية عتمة",),
    ),
    E(
        "Battles/Armed clash",
        "يدور قتال عنيف لليوم الثاني",
        actor=("المقاومة الشعبية",),
        target=("الميليشيات الحوثية", "قوات المخلوع"),
        place=("مديرية أرحب", "أرحب"),
        also=("قتالا عنيفا يجري هناك",),
    ),
    E(
        "Strategic developments/Arrests",
        "واعتقال الكثير منهم",
        actor=("الميليشيات الحوثية", "قوات صالح", "ميليشيات الحوثي وصالح"),
        target=("المعارضين",),
        place=("صنعاء",),
        also=("حملة الاعتقالات الهستيرية",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سقط لواء الحمزة",
        actor=("المقاومة",),
        place=("لواء الحمزة", "إب"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "كثفت غاراتها عليه",
        actor=("قوات التحالف",),
        place=("لواء الحمزة",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرة المقاومة في المنطقة الوسطى",
        actor=("المقاومة",),
        place=("النادرة", "السدة", "الرضمة", "القفر"),
    ),
]

F["snn-20150731-01307"] = [  # interview: General Saif al-Dhale'i
    E(
        "Battles/Government regains territory",
        "تحرير عدن",
        actor=("شباب المقاومة", "المقاومة"),
        target=("الحوثيين", "مجاميع المخلوع"),
        place=("عدن",),
        date="unknown",
    ),
    E(
        "Battles/Government regains territory",
        "الانتصار في الضالع",
        place=("الضالع",),
        date="unknown",
    ),
]

F["snn-20150802-00574"] = [  # the Dawabsheh arson
    E(
        "Violence against civilians/Attack",
        "قتل رضيع فلسطيني",
        actor=("المستوطنين", "مستوطنين إسرائيليين", "مستوطنون إسرائيليون"),
        target=("رضيع فلسطيني", "علي دوابشة", "عائلة دوابشة"),
        place=("قرية (دوما)", "دوما", "بلدة دوما", "نابلس", "الضفة الغربية"),
        date="2015-07-31",
        fatalities=1,
        also=(
            "حريق متعمد",
            "جريمة حرق مجموعة إرهابية",
            "إحراق مستوطنين إسرائيليين منزلهم",
            "أحرقوا منزلا آخر",
        ),
    ),
    E(
        "Riots/Violent demonstration",
        "مواجهات اندلعت",
        actor=("شاب فلسطيني",),
        target=("قوات إسرائيلية", "الجيش الإسرائيلي"),
        place=("حاجز عطارة", "رام الله"),
        date="2015-07-31",
        fatalities=1,
        also=("استشهد شاب فلسطيني",),
    ),
    E(
        "Violence against civilians/Attack",
        "قتل فتى فلسطيني",
        actor=("الجيش الإسرائيلي",),
        target=("فتى فلسطيني",),
        place=("بلدة بيت لاهيا", "بيت لاهيا", "قطاع غزة"),
        date="2015-07-31",
        fatalities=1,
    ),
]


if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
