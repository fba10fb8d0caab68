"""Source of tests/data/events_r40c.jsonl: the fortieth blind event round, part r40c.

10 real articles (SaudiNewsNet politics, 2,507–3,883 characters): the lines of /work/brief/DRAW_r40.tsv
(the saved output of `python tests/data/events_round40_select.py`) whose first column is `r40c`
(selection = events_round40_select.py, seed 4040, part r40c). All 10 kept, none dropped. Annotated by
reading only (2026-11-29): the event coder was never run on these articles and no coder output was read.
Same format and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set);
`build()` comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or any 12-word run
(three or more) with an article of another tests/data/events_*.jsonl set (checked 2026-11-29, before the
other parts of rounds 39-40 were committed). Same happenings in other words: the nuclear deal (many
rounds), the 431 ISIS suspects (r36), the Kuwait al-Sawaber bombing, the Incirlik deal (r13a), the
invasion and liberation of Kuwait (snn-20150802-00808), the Zabadani battle (r24b, r25b).

Choices (the last rounds' calls followed):
- Abha mosque (00765, opinion): the bombing of the Emergency Forces mosque in Abha → *Suicide bomb*, no
  date in the text (the «الذين يحزمون أنفسهم» passage is generic); the Qatif and Dammam mosque bombings →
  one *Suicide bomb*, historical, "unknown" (ambiguous: two bombings named in one phrase); the general
  «استهداف رجال الأمن» and the warnings of assassinations are not coded;
- nuclear-deal columns (01443) and Turkey column (01349): the deal → *Diplomacy/Agreement*, "unknown"
  (as r36c); Turkey opening Incirlik to US jets → *Diplomacy/Agreement* (as r13a), no date; the Kurds'
  victory over ISIS at Kobani → *Non-state actor overtakes territory*, historical, "unknown"; the US
  invasion of Iraq, the AKP's rise and the planned buffer zone are not coded;
- Idlib (01300): Jaish al-Fath taking three points at al-Sawaghiya «الخميس» → *Non-state actor overtakes
  territory* 2015-07-23 (the lead and the named farms its mentions); the armoured car bomb on the militia
  HQ → *Remote explosive/landmine/IED* (ambiguous: *Suicide bomb* if a driver died; not said); the
  offensive on al-Fu'a and Kafraya «قبل نحو أسبوع» → *Armed clash* 2015-07, the heavy shelling of both
  towns → *Shelling*; the takeover of most of Idlib «قبل شهرين» → *Non-state actor overtakes territory*,
  historical, 2015-05; the regime–Hezbollah attack on Zabadani → *Armed clash*; the raids on al-Ghariyah
  al-Gharbiya → *Air/drone strike*, 15 dead (the lead's «قصف جوي» its mention; ambiguous: the lead also
  counts the north); the opposition attack on Daraa's security quarter → *Armed clash*; the Lebanese
  army arresting 23 Syrians (two places, one statement) → one *Arrests*; Maysam Nahlawi's arrest →
  *Arrests* 2015-07-23 (ambiguous: «بعد منتصف ليلة الخميس»); her brother's earlier arrest → *Arrests*,
  historical, "unknown";
- social media column (00952): the 431 detained (Interior Ministry statement) → *Arrests*, no date
  (as r36 00321; r36b left such a mention uncoded); ISIS seizing Mosul → *Non-state actor overtakes
  territory*, historical, "unknown"; the mosque attacks (aggregate) are not coded;
- Kuwait 1990 (00813): the invasion → *Non-state actor overtakes territory*, historical, "1990" («قبل ربع
  قرن»; as snn-20150802-00808, which had the day); the Arab summit of 10 August 1990 → *Diplomacy/Meeting*,
  historical; the liberation of Kuwait 28 Feb 1991 → *Government regains territory*, historical; the
  start of operations 16 Jan 1991 → *Armed clash*, historical (ambiguous: an air campaign); Qasim's 1961
  threat, the GCC's founding, resolution 665 and the government in Taif are not coded;
- Nineveh (00903): the fall of Mosul → *Non-state actor overtakes territory*, historical, "unknown"; the
  officer's rape of a girl → *Sexual violence*, historical, "unknown"; the federal police withdrawal is
  part of the fall; the Iraqi assault and shelling on Fallujah → one *Armed clash* (the 7,000 civilian
  dead «منذ بدء العمليات» an aggregate: no fatalities); ISIS executing about 50 demonstrators «أول من أمس»
  → *Violence against civilians/Attack* 2015-07-24, 50 dead, and their demonstration → *Peaceful
  protest* 2015-07-24; the advance east of Ramadi from al-Madiq → *Government regains territory*; the
  coalition and army strikes on ISIS → *Air/drone strike*; the battles at al-Sajar → *Armed clash*; the
  siege and the dismissal of al-Nujaifi are not coded;
- GCC hate convention (00865, opinion): the dismantling of the ISIS cells «قبل أيام» → *Arrests* 2015-07;
  the two Eastern Province mosque bombings → one *Suicide bomb*, historical, "unknown"; al-Sawaber →
  *Suicide bomb*, historical, "unknown"; «شبح الريم» killing a US teacher → *Violence against civilians/
  Attack*, historical, "unknown", 1 dead, and her attempted bombing of a US doctor's flat → *Remote
  explosive/landmine/IED*, historical (ambiguous: an attempt); the destruction of Mosul's churches →
  *Looting/property destruction*, historical; the proposed convention and the 2014 declaration are not
  coded;
- Red Cross (00114): Maurer's arrival in Sanaa «السبت» → *Diplomacy/Visit* 2015-08-08, his meeting with
  Houthi officials → *Diplomacy/Meeting*, 2015-08; his flight to Aden «الاثنين» → *Diplomacy/Visit*
  2015-08-10; the Red Cross mediation between the Resistance and the Houthis «الأسبوع الماضي» →
  *Diplomacy/Talks* 2015-08 (ambiguous: a mediation, «دور الوساطة» its mention); the prisoner exchanges
  → *Strategic developments/Other* (as r23b/r33c/r38c): the seven returned to Aden «أمس» 2015-08-10 and
  the seven handed to the Houthis «قبل أربعة أيام» 2015-08-07; the 4,000 dead (aggregate), the air
  bridge and the appeals are not coded;
- Mukalla displaced (00649): the army and Resistance expelling the Houthis from Aden and Lahj → one
  *Government regains territory*, no date; the Houthi shelling of Dar Saad → *Shelling*, historical,
  "unknown"; the displacement, the Houthi mines and the war on the southern cities (aggregate) are not
  coded.

Run: python tests/data/events_r40c_source.py            (writes events_r40c.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r40c.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150807-00765"] = [  # opinion: mosque bombings and attacks on security men
    E(
        "Explosions/Remote violence/Suicide bomb",
        "تفجير مسجد قوات أمن الطوارئ",
        target=("مسجد قوات أمن الطوارئ الخاصة", "قوات أمن الطوارئ الخاصة"),
        place=("أبها", "بأبها"),
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "تفجير مساجد في القطيف والدمام",
        place=("القطيف", "الدمام"),
        date="unknown",
        status="historical",
    ),
]

F["snn-20150722-01443"] = [  # opinion: the nuclear deal
    E(
        "Diplomacy/Agreement",
        "الاتفاق النووي",
        actor=("الغرب",),
        target=("إيران",),
        date="unknown",
    ),
]

F["snn-20150731-01349"] = [  # opinion: Turkey between terrorism and the Kurds
    E(
        "Diplomacy/Agreement",
        "فتح قاعدة (إنجرليك)",
        actor=("تركيا",),
        target=("سلاح الجو الأميركي",),
        place=("إنجرليك", "قاعدة (إنجرليك)"),
        also=("صفقة تركية أميركية",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "الانتصار الذي حققه أكراد سورية",
        actor=("أكراد سورية",),
        target=("تنظيم داعش", "داعش"),
        place=("مدينة عين العرب", "عين العرب", "كوباني"),
        date="unknown",
        status="historical",
    ),
]

F["snn-20150725-01300"] = [  # Idlib, Daraa, Lebanon
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطر جيش الفتح",
        actor=("جيش الفتح",),
        target=("قوات النظام", "النظام السوري"),
        place=("الصواغية", "الفوعة"),
        date="2015-07-23",
        also=("سيطر، الخميس", "كما سيطر الفتح"),
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "هجوم بعربة ملغمة",
        actor=("جيش الفتح",),
        target=("مقر لمليشيات طائفية", "مليشيات طائفية"),
        place=("الصواغية", "منطقة الصواغية"),
        date="2015-07-23",
        also=("تفجير كبير بعربة مدرعة ملغمة",),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "القصف العنيف",
        actor=("جيش الفتح", "الفتح"),
        place=("كفريا", "الفوعة"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطر قبل شهرين",
        actor=("جيش الفتح", "هذا الجيش"),
        place=("محافظة إدلب", "إدلب"),
        date="2015-05",
        status="historical",
    ),
    E(
        "Battles/Armed clash",
        "هجوما على بلدتي الفوعة وكفريا",
        actor=("جيش الفتح", "هذا الجيش"),
        target=("قوات النظام", "النظام السوري"),
        place=("الفوعة", "كفريا"),
        date="2015-07",
        also=("استهداف المواقع العسكرية",),
    ),
    E(
        "Battles/Armed clash",
        "لهجوم واسع",
        actor=("قوات النظام السوري", "حزب الله اللبناني"),
        place=("مدينة الزبداني", "الزبداني"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات الطيران الحربي السوري",
        actor=("الطيران الحربي السوري",),
        place=("بلدة الغارية الغربية", "الغارية الغربية"),
        fatalities=15,
        also=("قصف جوي",),
    ),
    E(
        "Battles/Armed clash",
        "تشن هجوما على المربع الأمني",
        actor=("المعارضة السورية",),
        target=("النظام", "المربع الأمني للنظام"),
        place=("مدينة درعا", "درعا"),
    ),
    E(
        "Strategic developments/Arrests",
        "أوقفت قوة من الجيش اللبناني",
        actor=("الجيش اللبناني", "قوة من الجيش اللبناني"),
        target=("23 شخصاً", "23 شخصا"),
        place=("تعنايل", "زحلة", "المنية", "بحنين"),
        also=('أوقفت "',),
    ),
    E(
        "Strategic developments/Arrests",
        "أوقفت السورية ميسم منير نحلاوي",
        actor=("مخابرات الجيش", "دورية من مخابرات الجيش"),
        target=("ميسم منير نحلاوي",),
        place=("محلة داود العلي", "داود العلي"),
        date="2015-07-23",
    ),
    E(
        "Strategic developments/Arrests",
        "كان أوقف",
        actor=("مخابرات الجيش",),
        target=("بسام منير نحلاوي",),
        date="unknown",
        status="historical",
    ),
]

F["snn-20150721-00952"] = [  # opinion: block social media
    E(
        "Strategic developments/Arrests",
        "الموقوفين",
        actor=("وزارة الداخلية",),
        target=("431 داعشيا", "داعشيا", "الخلايا الإرهابية"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "واستيلائها على مدينة الموصل",
        actor=("داعش",),
        place=("مدينة الموصل", "الموصل"),
        date="unknown",
        status="historical",
    ),
]

F["snn-20150802-00813"] = [  # Kuwait 1990-1991
    E(
        "Battles/Non-state actor overtakes territory",
        "احتلال دولة الكويت",
        actor=("صدام حسين",),
        place=("دولة الكويت", "الكويت"),
        date="1990",
        status="historical",
        also=("لغزو الكويت", "الاحتلال العراقي للكويت"),
    ),
    E(
        "Diplomacy/Meeting",
        "للقمة العربية",
        actor=("المملكة",),
        date="1990-08-10",
        status="historical",
        also=("القمة التي أكدت",),
    ),
    E(
        "Battles/Armed clash",
        "بدأت ميدانيا",
        actor=("التحالف", "قوات التحالف الدولي"),
        date="1991-01-16",
        status="historical",
    ),
    E(
        "Battles/Government regains territory",
        "بتحرير الكويت في 28 فبراير",
        actor=("التحالف", "قوات التحالف الدولي"),
        place=("الكويت",),
        date="1991-02-28",
        status="historical",
    ),
]

F["snn-20150726-00903"] = [  # Nineveh governor, Fallujah, Ramadi
    E(
        "Battles/Non-state actor overtakes territory",
        "سقوط الموصل",
        actor=("داعش",),
        place=("الموصل",),
        date="unknown",
        status="historical",
        also=("سقوط الموصل بيد تنظيم داعش", "سقوطها في يد داعش"),
    ),
    E(
        "Violence against civilians/Sexual violence",
        "باغتصاب فتاة قاصر",
        actor=("أحد ضباط الجيش", "ضباط الجيش"),
        target=("فتاة قاصر",),
        place=("الموصل",),
        date="unknown",
        status="historical",
        also=("باغتصاب فتاة قاصر في الموصل، واعتبروا",),
    ),
    E(
        "Battles/Armed clash",
        "هجوم القوات العراقية على مدينة الفلوجة",
        actor=("القوات العراقية",),
        place=("مدينة الفلوجة", "الفلوجة"),
        also=("القصف والهجوم العسكري",),
    ),
    E(
        "Violence against civilians/Attack",
        "أعدم نحو 50 شخصا",
        actor=("داعش",),
        target=("نحو 50 شخصا", "أهالي الفلوجة"),
        place=("شارع 40", "الفلوجة"),
        date="2015-07-24",
        fatalities=50,
    ),
    E(
        "Protests/Peaceful protest",
        "تظاهروا",
        actor=("أهالي الفلوجة",),
        place=("شارع 40",),
        date="2015-07-24",
    ),
    E(
        "Battles/Government regains territory",
        "سيطرت على مناطق وطرق شرق الرمادي",
        actor=("القوات العراقية",),
        place=("الرمادي", "المضيق"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "طيران التحالف والجيش",
        actor=("طيران التحالف", "الجيش"),
        target=("داعش",),
        place=("الرمادي",),
    ),
    E(
        "Battles/Armed clash",
        "معارك عنيفة",
        place=("منطقة السجر", "السجر"),
    ),
]

F["snn-20150723-00865"] = [  # opinion: a Gulf convention against hatred
    E(
        "Strategic developments/Arrests",
        "الإطاحة بتنظيم",
        actor=("الداخلية السعودية", "الجهات الأمنية"),
        target=("تنظيم مكون من خلايا عنقودية", "خلايا عنقودية"),
        date="2015-07",
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "التفجيرين الإرهابيين",
        actor=("داعش",),
        target=("مسجدين للشيعة",),
        place=("المنطقة الشرقية",),
        date="unknown",
        status="historical",
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "تفجيرا إرهابيا آخر",
        actor=("داعش", "التنظيم"),
        target=("مسجد للشيعة",),
        place=("منطقة الصوابر", "الصوابر", "الكويت"),
        date="unknown",
        status="historical",
    ),
    E(
        "Violence against civilians/Attack",
        "لقتل مدرسة أميركية",
        actor=("شبح الريم",),
        target=("مدرسة أميركية",),
        place=("أبوظبي",),
        date="unknown",
        status="historical",
        fatalities=1,
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "ومحاولة تفجير شقة طبيب أميركي",
        actor=("شبح الريم",),
        target=("شقة طبيب أميركي", "طبيب أميركي"),
        place=("أبوظبي",),
        date="unknown",
        status="historical",
    ),
    E(
        "Strategic developments/Looting/property destruction",
        "لتدمير الكنائس",
        actor=("داعش",),
        target=("الكنائس",),
        place=("الموصل",),
        date="unknown",
        status="historical",
    ),
]

F["snn-20150811-00114"] = [  # ICRC president in Sanaa and Aden, prisoner exchange
    E(
        "Diplomacy/Visit",
        "توجه رئيس اللجنة الدولية للصليب الأحمر",
        actor=("بيتر مورير", "رئيس اللجنة الدولية للصليب الأحمر"),
        place=("عدن",),
        date="2015-08-10",
        also=("توجه، أمس، إلى عدن",),
    ),
    E(
        "Diplomacy/Visit",
        "وصل، أمس (السبت)، إلى صنعاء",
        actor=("مورير",),
        place=("صنعاء",),
        date="2015-08-08",
    ),
    E(
        "Diplomacy/Meeting",
        "والتقي مورير",
        actor=("مورير",),
        target=("مسؤولين تابعين للإدارة التي وضعها الحوثيون", "الحوثيون"),
        place=("صنعاء",),
        date="2015-08",
        also=("التقى بعض القيادات في جماعة أنصار الله",),
    ),
    E(
        "Diplomacy/Talks",
        "وساطة بين الطرفين",
        actor=("الصليب الأحمر",),
        target=("المقاومة الشعبية", "المتمردين الحوثيين"),
        date="2015-08",
        also=("دور الوساطة",),
    ),
    E(
        "Strategic developments/Other",
        "وجرى أمس تبادل",
        actor=("جماعة أنصار الله", "المقاومة الشعبية"),
        target=("سبعة أفراد من المقاومة الشعبية",),
        place=("عدن", "صنعاء"),
        date="2015-08-10",
        also=("تبادلهم", "استرداد قيادات"),
    ),
    E(
        "Strategic developments/Other",
        "سلمت اللجنة سبعة معتقلين",
        actor=("اللجنة",),
        target=("سبعة معتقلين من المقاومة الجنوبية", "جماعة أنصار الله"),
        place=("صنعاء", "عدن"),
        date="2015-08-07",
    ),
]

F["snn-20150810-00649"] = [  # the displaced in Mukalla
    E(
        "Battles/Government regains territory",
        "وطرد فلول الحوثي",
        actor=("الجيش الموالي للشرعية", "أبطال المقاومة"),
        target=("فلول الحوثي", "الحوثي"),
        place=("عدن", "لحج"),
        also=("بالانتصارات الكبيرة",),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "لقصف عنيف",
        actor=("مليشيا الحوثي",),
        place=("دار سعد",),
        date="unknown",
        status="historical",
    ),
]


if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
