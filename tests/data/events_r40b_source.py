"""Source of tests/data/events_r40b.jsonl: the fortieth blind event round, part r40b.

10 real articles (SaudiNewsNet politics, 2,739–3,718 characters): the lines of /work/brief/DRAW_r40.tsv
(the saved output of `python tests/data/events_round40_select.py`) whose first column is `r40b`
(selection = events_round40_select.py, seed 4040, part r40b). All 10 kept, none dropped. Annotated by
reading only (2026-11-29): the event coder was never run on these articles and no coder output was read.
Same format and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set);
`build()` comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or any 12-word run
with an article of another tests/data/events_*.jsonl set (checked at annotation time). Same happenings in
other words: the Dawabsheh arson (r14b, r32a, r33b …), the Zabadani battle (r24b, r25b, r38c), the
liberation of Aden and the Iranian nuclear deal (many rounds), the fall of Mosul.

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r38c_source.py):
- Palestinian reshuffle: the settlers' killing of the infant Ali Dawabsheh in Duma, a background mention
  → *Violence against civilians/Attack*, "unknown" (the text gives no date), 1 dead; the Abbas–Hamdallah
  meeting «الخميس» → *Diplomacy/Meeting* 2015-07-30 (ambiguous: domestic; the agreement it produced is its
  mention); the swearing-in, the reshuffle decision, the failed Fatah–Hamas deal and the factions'
  statements are not coded;
- Nujaifi interview: the fall of Mosul to ISIS → *Non-state actor overtakes territory*, historical,
  "unknown" (the handing over of the right bank and the withdrawal its mentions); the Peshmerga's
  liberation of 12 administrative units of Nineveh → *Government regains territory*, "unknown" (a
  cumulative total; ambiguous: Peshmerga as state forces); his visit to the US → *Diplomacy/Visit*,
  historical, "unknown"; the training by US and Turkish forces, the forces' withdrawal for other battles
  and his dismissal by parliament are not coded;
- Zabadani and other fronts (2015-07-21): the Fourth Division/Hezbollah battle for Zabadani → one *Armed
  clash*, publication date (ongoing; the siege and the taking of a few buildings not coded separately);
  the 16-day tally of barrels and air-launched rockets → one *Air/drone strike* "2015-07", and of Grad
  rockets and artillery shells → one *Shelling*, "2015-07" (aggregates, ambiguous); the Bab al-Jabiya
  car bomb → *Remote explosive/landmine/IED*; Tha'la airport: the opposition's rockets (*Shelling*) and
  the renewed clashes (*Armed clash*, the mutual shelling its mention); regime shelling of Ariqa's
  countryside and Yarmouk Brigade mortars on Tal al-Sheikh Hussein → two *Shelling*; Aleppo «صباح
  الاثنين (أمس)» (2015-07-20): one *Air/drone strike* per place — Kafr Da'el (5 dead, the aggregate
  «غارات جوية مكثفة» its first mention), al-Imam village (2 dead), the Aleppo city neighbourhoods; ISIS's
  advance in al-Nashwa, Hasakah → *Non-state actor overtakes territory* (YPG's tightened siege not
  coded); the First Coastal Division's downing of a regime reconnaissance drone → *Disrupted weapons use*
  2015-07-20 (announced «أمس»; ambiguous); the clashes at Beit Awan and the attack on the hills of Beit
  Fares/Beit Haliba → two *Armed clash* 2015-07-20; the rebels retaking Tal Othman «مساء أول أمس» →
  *Non-state actor overtakes territory* 2015-07-19.
- Raqqa zakat: the ISIS emir's defection with $6 million «الاربعاء الماضى» → *Strategic developments/
  Change to group/activity* 2015-07-15 (ambiguous: r-rounds also left defections uncoded or used
  *Other*); ISIS seizing the provinces from the rebels «مطلع العام الفائت 2014» → *Non-state actor
  overtakes territory*, historical, "2014", no place (ambiguous: generic background); Abu Ubaida's theft
  of the zakat office (embezzlement), the zakat levy and stolen aid (habitual) are not coded;
- al-Yawm hosting the Algerian media delegation «اول امس» → *Diplomacy/Meeting* 2015-07-29 (ambiguous:
  journalists, not officials); Decisive Storm and Saudi aid to Yemen (background, habitual) not coded;
- Yemeni FM Yassin: his European tour → *Diplomacy/Visit* and his talks with the British government →
  *Diplomacy/Talks* (publication date); the planned break of relations with Iran → *Diplomacy/Sanction*,
  planned; the liberation of Aden → *Government regains territory*, "unknown"; the nuclear deal →
  *Diplomacy/Agreement*, "unknown"; the ministers to be sent to Aden and the UN sessions are not coded;
- Iran opinion: the nuclear deal → *Diplomacy/Agreement*, "unknown" (as r38c); nothing else.

Negatives: snn-20150806-02951 (opinion: Cecil the lion, a novel), snn-20150722-02012 (Maliki's verbal
«هجوم» on Saudi Arabia and the Saudi reply: statements), snn-20150731-00397 (US trafficking report:
accusations, not a sanction).

Run: python tests/data/events_r40b_source.py   (writes events_r40b.jsonl)
Text licences: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r40b.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150802-00394"] = [  # Palestinian cabinet reshuffle
    E(
        "Violence against civilians/Attack",
        "قتله المستوطنون",
        actor=("المستوطنون المتطرفون", "المستوطنون"),
        target=("علي دوابشة", "الطفل الرضيع"),
        place=("قرية دوما", "دوما", "نابلس", "الضفة الغربية"),
        date="unknown",
        fatalities=1,
    ),
    E(
        "Diplomacy/Meeting",
        "الاجتماع",
        actor=("محمود عباس", "الرئيس"),
        target=("رامي الحمد الله", "رئيس الوزراء"),
        date="2015-07-30",
        also=("تم الاتفاق",),
    ),
]
F["snn-20150801-00646"] = [  # Nujaifi: ISIS and Mosul
    E(
        "Battles/Non-state actor overtakes territory",
        "سقوط الموصل",
        actor=("تنظيم داعش", "داعش", "التنظيم الإرهابي"),
        place=("الموصل",),
        date="unknown",
        status="historical",
        also=(
            "سحب قوات الشرطة والجيش",
            "سلم الساحل الأيمن من الموصل",
            "جراء سقوط الموصل",
            "المتهم الأول في السقوط",
        ),
    ),
    E(
        "Battles/Government regains territory",
        "تم تحرير 12 وحدة إدارية",
        actor=("قوات البشمركة", "البشمركة"),
        target=("داعش",),
        place=("محافظة نينوى", "نينوى"),
        date="unknown",
    ),
    E(
        "Diplomacy/Visit",
        "زيارته للولايات المتحدة",
        actor=("النجيفي", "اثيل النجيفي"),
        place=("للولايات المتحدة الأميركية", "الولايات المتحدة الأميركية", "الولايات المتحدة"),
        date="unknown",
        status="historical",
    ),
]
F["snn-20150721-00075"] = [  # Zabadani, Tha'la, Daraa, Aleppo, Hasakah, Latakia
    E(
        "Battles/Armed clash",
        "المعركة",
        actor=("الفرقة الرابعة", "حزب الله اللبناني", "حزب الله", "قوات الحرس الجمهوري"),
        target=("مقاتلي المعارضة", "المعارضة"),
        place=("الزبداني", "مدينة الزبداني"),
        also=("للمعركة التي بدأت في 4 يوليو",),
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "سيارة مفخخة انفجرت",
        place=("باب الجابية", "دمشق"),
        also=("هذا التفجير",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "البراميل",
        actor=("الطيران المروحي", "الطيران الحربي"),
        place=("مدينة الزبداني", "الزبداني"),
        date="2015-07",
        also=("برميلاً متفجرًا من الطيران المروحي", "صاروخًا فراغيًا من الطيران الحربي"),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "القذائف",
        place=("مدينة الزبداني", "الزبداني"),
        date="2015-07",
        also=("قذيفة مدفعية", "صاروخ غراد"),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصفت بالصواريخ",
        actor=("فصائل المعارضة السورية", "فصائل المعارضة"),
        target=("قوات النظام", "تمركزات لقوات النظام"),
        place=("مطار الثعلة العسكري", "مطار الثعلة", "السويداء"),
    ),
    E(
        "Battles/Armed clash",
        "تجدد الاشتباكات",
        actor=("قوات النظام",),
        target=("الفصائل المعارضة",),
        place=("مطار الثعلة", "مطار الثعلة العسكري"),
        also=("هذه الاشتباكات", "قصف متبادل"),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصفت قوات النظام",
        actor=("قوات النظام",),
        place=("بلدة عرى", "عرى"),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصف بقذائف الهاون",
        actor=("لواء اليرموك", "الجيش السوري الحر"),
        target=("النظام",),
        place=("تل الشيخ حسين", "ريف درعا", "درعا"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات جوية مكثفة",
        actor=("طيران نظام الأسد", "الطيران المروحي"),
        target=("عشرات المدنيين", "خمسة مدنيين", "مدنيين"),
        place=("بلدة كفر داعل", "كفر داعل", "ريف حلب الغربي", "ريف حلب"),
        date="2015-07-20",
        fatalities=5,
        also=("استهداف الطيران المروحي ببرميلين متفجرين",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "استهدف الطيران الحربي",
        actor=("الطيران الحربي",),
        target=("شخصين",),
        place=("قرية الإمام", "الإمام", "الباب", "حلب"),
        date="2015-07-20",
        fatalities=2,
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات جوية",
        at="وشنّ طيران النظام",
        actor=("طيران النظام",),
        place=("طريق الباب", "الصاخور", "باب الحديد", "حلب"),
        date="2015-07-20",
        also=("قصفها بالصواريخ الفراغية",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "تقدمًا جديدًا",
        actor=("تنظيم داعش", "داعش", "مقاتلي التنظيم"),
        target=("قوات الأسد", "وحدات الحماية الكردية"),
        place=("حي النشوة", "مدينة الحسكة", "الحسكة"),
        also=("حققوا تقدم", "استعادة السيطرة على المدينة الرياضية", "المعارك الحالية"),
    ),
    E(
        "Strategic developments/Disrupted weapons use",
        "إسقاط طائرة استطلاع",
        actor=("الفرقة الأولى الساحلية",),
        target=("قوات الأسد",),
        place=("منطقة مركشيلة", "مركشيلة", "قمة النبي يونس", "الساحل السوري"),
        date="2015-07-20",
    ),
    E(
        "Battles/Armed clash",
        "مواجهات",
        actor=("المعارضة",),
        target=("القوات النظامية",),
        place=("بيت عوان", "جبل التركمان"),
        date="2015-07-20",
    ),
    E(
        "Battles/Armed clash",
        "شنوا هجومًا",
        actor=("مقاتليها", "الفرقة الأولى الساحلية"),
        target=("قوات الأسد",),
        place=("جبل التركمان", "بيت فارس"),
        date="2015-07-20",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "استعادة السيطرة",
        at="تمكن الثوار",
        actor=("الثوار",),
        target=("قوات الأسد", "ميليشيا الدفاع الوطني"),
        place=("تلة عثمان", "جبل التركمان"),
        date="2015-07-19",
        also=("معارك عنيفة",),
    ),
]
F["snn-20150721-01153"] = [  # Raqqa: ISIS zakat
    E(
        "Strategic developments/Change to group/activity",
        "انشقاق",
        actor=("أحد كبار قادة داعش", "أبو فاطمة التونسي", "الداعشي التونسي"),
        target=("التنظيم", "داعش"),
        place=("مدينة الشدادي", "الشدادي", "ريف الحسكة"),
        date="2015-07-15",
        also=("تمكن من الفرار", "هذه الواقعة"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "اغتصبها التنظيم",
        actor=("التنظيم", "داعش"),
        target=("الثوار",),
        date="2014",
        status="historical",
    ),
]
F["snn-20150731-01703"] = [  # al-Yawm hosts an Algerian media delegation
    E(
        "Diplomacy/Meeting",
        "لقاء",
        actor=('جريدة "اليوم"', "عبدالوهاب الفايز", "رئيس التحرير"),
        target=("وفدا اعلاميا من الجمهورية الجزائرية", "الوفد", "الوفد الجزائري"),
        date="2015-07-29",
        also=("استضافت",),
    ),
]
F["snn-20150723-00732"] = [  # Yemeni FM Yassin in Europe
    E(
        "Diplomacy/Visit",
        "يقوم بجولة",
        actor=("ياسين", "رياض ياسين", "وزير الخارجية اليمني"),
        place=("العواصم الأوروبية", "بريطانيا", "لندن"),
    ),
    E(
        "Diplomacy/Talks",
        "طالب المسؤولين البريطانيين",
        actor=("ياسين", "رياض ياسين"),
        target=("المسؤولين البريطانيين", "الحكومة البريطانية", "بريطانيا"),
        also=("أخبرنا الحكومة البريطانية",),
    ),
    E(
        "Battles/Government regains territory",
        "تحرير عدن",
        place=("عدن",),
        date="unknown",
    ),
    E(
        "Diplomacy/Agreement",
        "الاتفاق النووي",
        actor=("إيران", "طهران"),
        date="unknown",
        also=("التوقيع على الاتفاق", "توقيع الاتفاق النووي"),
    ),
    E(
        "Diplomacy/Sanction",
        "ستقطع علاقاتها الدبلوماسية",
        actor=("الحكومة اليمنية", "اليمن"),
        target=("إيران", "طهران"),
        status="planned",
    ),
]
F["snn-20150806-02951"] = []  # opinion: Cecil the lion, a novel, the world's indifference
F["snn-20150722-02012"] = []  # Maliki's verbal attack on Saudi Arabia and the Saudi reply
F["snn-20150731-00397"] = []  # US trafficking report: accusations and rankings
F["snn-20150803-00812"] = [  # opinion: will Iran change after the nuclear deal?
    E(
        "Diplomacy/Agreement",
        "وقعت معها إيران الاتفاق",
        actor=("إيران",),
        target=("دول 5+1",),
        date="unknown",
        also=("اتفاق إيران الأخير",),
    ),
]

if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
