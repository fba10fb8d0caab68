"""Source of tests/data/events_r44c.jsonl: the forty-fourth blind event round, part r44c.

10 real articles (SaudiNewsNet politics, 2,541–3,984 characters): the lines of /work/brief/DRAW_r44.tsv
(the saved output of `python tests/data/events_round44_select.py`) whose first column is `r44c`
(selection = events_round44_select.py, seed 4444, part r44c). All 10 kept, none dropped. Annotated by
reading only (2026-11-29): the event coder was never run on these articles and no coder output was read.
Same format and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set);
`build()` comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three or more
12-word runs with an article of another tests/data/events_*.jsonl set (checked 2026-11-29, before the
other parts of rounds 43-44 were committed). Same happenings in other words: the nuclear deal, the
liberation of Aden / al-Anad, ISIS taking al-Qaryatain, Carter in Erbil.

Choices (the last rounds' calls followed):
- Yemen FM (00653): the aid that reached Aden → *Diplomacy/Aid* (the Kingdom the actor); the tour of
  Britain, Brussels and Paris → one *Diplomacy/Visit*; the Resistance holding dozens of Iranians →
  *Arrests*; Fabius's trip to Iran → *Diplomacy/Visit*; the coalition strikes (habitual, a denial), the
  message passed to Fabius and «ما حدث في عدن» are not coded;
- Shia opinion (00374): the nuclear deal → *Diplomacy/Agreement*, "unknown", reported (as r36c/r40c/r42c); the
  Hajj case of the Kuwaiti Shia (no happening named) is not coded;
- Libya (00154): the Tunisian arrested over the plot on al-Dabbashi → *Arrests* in Tunisia (the Tunisian
  ministry's denial concerns the plot; the plot itself is not coded); al-Dabbashi's private visit to
  Tunisia → *Diplomacy/Visit* (ambiguous: private); Fajr Libya holding Tripoli «منذ صيف العام الماضي»
  → *Non-state actor overtakes territory*, historical, 2014; the army statement and Qadhafi's fall in 2011
  are not coded;
- Libya (00335): the torture of al-Saadi in al-Hadba prison → *Violence against civilians/Attack*, no
  date (the video leaked «أخيرا»); the pro-Qadhafi demonstration in Benghazi dispersed when opponents
  fired and threw stones, nobody hurt → *Protests/Protest with intervention*, protesters actor, the
  opponents target (ambiguous: the dispersers are not the state); the death sentence, the trials and
  Saif's detention are not coded;
- Syria (00340): ISIS's attacks on T4 and villages «أمس» → *Armed clash* 2015-08-05; the Hezbollah/army
  attack on al-Zabadani repelled → one *Armed clash* (the attempts, the clashes its mentions), 1 dead
  (the Observatory's Hezbollah member); the barrel bombs on al-Zabadani → *Air/drone strike* (the raids
  covering the attacks its mention) and the artillery → *Shelling*; Ahrar al-Sham's talks with the
  Iranian delegation, halted → *Diplomacy/Talks*; Daraya → *Shelling* and *Air/drone strike* (barrels
  from helicopters); al-Qaryatain → *Non-state actor overtakes territory*, the three suicide attacks →
  one *Suicide bomb* (the car bombs its mention), the regime raids after it → *Air/drone strike*; the
  coalition strikes near al-Tabqa → *Air/drone strike*, 5 dead; the fatwa on Turkey's intervention is not
  coded;
- Barcelona (00064): the meeting of sixty figures closed by the UfM «الجمعة» → *Diplomacy/Meeting*
  2015-07-24; the attacks listed in the question and the initiatives are not coded;
- Carter (00125): the Erbil/Kurdistan visit «أمس» → *Diplomacy/Visit* 2015-07-24 and the meeting with
  Barzani → *Diplomacy/Meeting* 2015-07-24 (kept apart, as r40c/r42c); his talks in Baghdad the day before
  → *Diplomacy/Talks* 2015-07-23; the Peshmerga retaking areas → *Government regains territory* (no date)
  and ISIS taking them last year → *Non-state actor overtakes territory*, historical, 2014; the fall of
  Ramadi in May → *Non-state actor overtakes territory*, historical, 2015-05; the Kurdish forces taking
  the disputed areas the Iraqi army left → *Non-violent transfer of territory*, historical, "unknown"
  (ambiguous); the Anbar operations (ongoing) and the referendum threat are not coded;
- Contradictions opinion (00355): the liberation of Tikrit → *Government regains territory*, historical,
  "unknown"; Israel attacking Hezbollah men with Jihad Mughniyeh in the Golan → *Air/drone strike*,
  historical, "unknown" (the text says only «مهاجمة»: ambiguous); the reported Israeli raids on sites with
  Iranian advisers → *Air/drone strike*, "unknown"; the Incirlik understanding → *Diplomacy/Agreement*;
  the Turkish raids on Kurdish/PKK sites → *Air/drone strike*; the nuclear deal → *Diplomacy/Agreement*,
  "unknown"; Imad Mughniyeh's assassination (a parenthesis) and the US strikes (habitual) are not coded;
- al-Anad (00831): the advance to liberate al-Anad → *Government regains territory*, planned; the five
  positions taken → *Government regains territory*; the rockets on the base → *Shelling*; the coalition
  raids on the base → *Air/drone strike*; the clashes at al-Nakhila → *Armed clash*, 22 dead, and its
  liberation → *Government regains territory*; the 50 raids on Abyan → *Air/drone strike*; al-Maqdashi's
  inspection of al-Abr and al-Wadiah → *Diplomacy/Visit* (as Bahah's tours in earlier rounds);
- Hodeidah (00158): the sit-in of doctors and nurses «أمس» → *Peaceful protest* 2015-08-01; the Houthi
  abductions → three *Abduction/forced disappearance* (Mashkhari in al-Qanawis; Usaiba in al-Hujaila
  «أمس» 2015-08-01; Bas and Mutahhar in Hodeidah city, one sentence → one event), the general campaign
  not coded separately; the boy abducted and tortured in Zabid «مساء الأربعاء» → one *Abduction*
  2015-07-29 (the torture its mention); the soldier wounded fighting al-Qaeda early in the year → *Armed
  clash*, historical, 2015; the son killed in the Dammaj war (a war) is not coded.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r44c.jsonl")

F: dict[str, list[dict]] = {}

F["snn-20150801-00653"] = [
    E(
        "Diplomacy/Aid",
        "المساعدات التي وصلت إلى عدن",
        actor=("المملكة",),
        place=("عدن",),
    ),
    E(
        "Diplomacy/Visit",
        "جولتنا",
        actor=("ياسين",),
        place=("بريطانيا", "بروكسل", "باريس"),
    ),
    E(
        "Strategic developments/Arrests",
        "تتحفظ على عشرات الإيرانيين",
        actor=("المقاومة الشعبية",),
        target=("عشرات الإيرانيين", "الإيرانيين"),
    ),
    E(
        "Diplomacy/Visit",
        "سفره إلى إيران",
        actor=("لوران فابيوس", "فابيوس"),
        place=("إيران",),
    ),
]

F["snn-20150723-00374"] = [  # opinion: Arab Shia
    E(
        "Diplomacy/Agreement",
        "الاتفاق الإيراني الغربي",
        actor=("الغرب", "إيران"),
        target=("إيران",),
        date="unknown",
    ),
]

F["snn-20150726-00154"] = [
    E(
        "Diplomacy/Visit",
        "زيارة خاصة إلى تونس",
        actor=("مصطفى الدباشي", "الدباشي"),
        place=("تونس",),
    ),
    E(
        "Strategic developments/Arrests",
        "تم اعتقاله",
        actor=("السلطات الأمنية التونسية",),
        target=("شخصا تونسي الجنسية",),
        place=("تونس",),
        also=("بالقبض على الإرهابي", "تم القبض على شخص تونسي"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "تسيطر بقوة السلاح على العاصمة الليبية طرابلس",
        actor=("ميليشيات فجر ليبيا", "فجر ليبيا"),
        place=("طرابلس",),
        date="2014",
        status="historical",
    ),
]

F["snn-20150806-00335"] = [
    E(
        "Violence against civilians/Attack",
        "تعذيب الساعدي",
        target=("الساعدي",),
        place=("سجن الهضبة", "طرابلس"),
        also=("ما حدث للساعدي القذافي",),
    ),
    E(
        "Protests/Protest with intervention",
        "مظاهرة نادرة",
        actor=("أنصار القذافي",),
        target=("معارضون",),
        place=("بنغازي",),
        also=("أول مظاهرة لمؤيدي القذافي",),
    ),
]

F["snn-20150806-00340"] = [
    E(
        "Battles/Armed clash",
        "سلسلة هجمات",
        actor=("تنظيم داعش", "داعش"),
        target=("القوات النظامية",),
        place=("مطار «تي فور»", "ريف حمص الشرقي"),
        date="2015-08-05",
    ),
    E(
        "Battles/Armed clash",
        "هجوم شنه حزب الله",
        actor=("حزب الله",),
        target=("كتائب المعارضة",),
        place=("الزبداني",),
        fatalities=1,
        also=("محاولة تقدم نفذها", "الاشتباكات العنيفة في مدينة الزبداني", "عدة محاولات للتقدم"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "بثمانية براميل متفجرة",
        actor=("القوات النظامية",),
        place=("الزبداني", "المدينة"),
        also=("بغارات الطيران الجوية",),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قذائف مدفعية",
        actor=("القوات النظامية",),
        place=("الزبداني", "المدينة"),
        also=("القصف المتبادل",),
    ),
    E(
        "Diplomacy/Talks",
        "توقف المفاوضات",
        actor=("حركة أحرار الشام الإسلامية", "أحرار الشام"),
        target=("الوفد الإيراني",),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "تعرضت لقصف عنيف",
        actor=("قوات النظام",),
        place=("داريا",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "ألقت طائرات النظام المروحية",
        actor=("طائرات النظام المروحية", "قوات النظام"),
        place=("داريا",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرته الكاملة",
        actor=("تنظيم داعش", "داعش"),
        target=("القوات النظامية",),
        place=("القريتين",),
        also=("انتهت بسيطرته على البلدة",),
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "عمليات انتحارية",
        actor=("مقاتلي التنظيم", "التنظيم"),
        place=("القريتين",),
        also=("بالسيارات المفخخة",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصف جوي",
        at="عمليات انتحارية",
        actor=("قوات النظام",),
        place=("القريتين", "المدينة"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "عدة ضربات",
        actor=("طائرات التحالف الدولي", "التحالف الدولي"),
        target=("تنظيم داعش", "عناصر التنظيم", "داعش"),
        place=("معسكر الكرين", "الطبقة", "الرقة"),
        fatalities=5,
        also=("قتل وجرح نحو 30 عنصرًا",),
    ),
]

F["snn-20150725-00064"] = [
    E(
        "Diplomacy/Meeting",
        "التقت",
        actor=("الاتحاد من اجل المتوسط",),
        place=("برشلونة",),
        date="2015-07-24",
        also=("اللقاء الذي اختتمه",),
    ),
]

F["snn-20150725-00125"] = [
    E(
        "Diplomacy/Visit",
        "زيارته أمس إقليم كردستان",
        actor=("آشتون كارتر", "كارتر"),
        place=("إقليم كردستان", "أربيل"),
        date="2015-07-24",
        also=("وصل أمس إلى أربيل",),
    ),
    E(
        "Diplomacy/Talks",
        "بحثه في بغداد",
        actor=("آشتون كارتر", "كارتر"),
        place=("بغداد",),
        date="2015-07-23",
    ),
    E(
        "Diplomacy/Meeting",
        "اجتمع",
        actor=("وزير الدفاع الأميركي", "كارتر"),
        target=("مسعود بارزاني", "بارزاني"),
        place=("أربيل",),
        date="2015-07-24",
        also=("لقاء جمع كارتر برئيس إقليم كردستان", "خلال لقائه رئيس الإقليم"),
    ),
    E(
        "Battles/Government regains territory",
        "استعادة مناطق بشمال العراق",
        actor=("البيشمركة",),
        target=("التنظيم",),
        place=("شمال العراق",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سقطت بيد التنظيم",
        actor=("التنظيم",),
        place=("شمال العراق",),
        date="2014",
        status="historical",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سقوط المدينة",
        actor=("تنظيم داعش", "داعش"),
        target=("القوات العراقية",),
        place=("الرمادي",),
        date="2015-05",
        status="historical",
        also=("انسحاب القوات العراقية من مدينة الرمادي",),
    ),
    E(
        "Strategic developments/Non-violent transfer of territory",
        "سيطرت قواته على مناطق عدة متنازع عليها",
        actor=("بارزاني", "قواته"),
        target=("القوات العراقية",),
        place=("كركوك",),
        date="unknown",
        status="historical",
    ),
]

F["snn-20150806-00355"] = [  # opinion: US contradictions
    E(
        "Battles/Government regains territory",
        "تحرير تكريت",
        actor=("ميليشيات الحشد الشعبي", "الحشد الشعبي"),
        target=("«داعش»", "داعش"),
        place=("تكريت",),
        date="unknown",
        status="historical",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "لمهاجمة عناصر من حزب الله",
        actor=("إسرائيل",),
        target=("عناصر من حزب الله", "حزب الله", "جهاد مغنية"),
        place=("الجولان",),
        date="unknown",
        status="historical",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "أغارت على مواقع في سوريا",
        actor=("إسرائيل",),
        target=("مستشارون إيرانيون",),
        place=("سوريا",),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Agreement",
        "التفاهم الجديد",
        actor=("أنقرة", "تركيا"),
        target=("واشنطن",),
        place=("قاعدة أنجيرليك",),
        also=("تقبل أخيرا مطالب تركيا",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "شن الطائرات التركية غارات",
        actor=("الطائرات التركية",),
        target=("حزب العمال الكردستاني", "مواقع كردية"),
        place=("المناطق الشمالية السورية",),
    ),
    E(
        "Diplomacy/Agreement",
        "الاتفاق النووي مع طهران",
        target=("طهران",),
        date="unknown",
    ),
]

F["snn-20150723-00831"] = [
    E(
        "Battles/Government regains territory",
        "وتحريرها من قبضة التمرد",
        actor=("مقاتلي المقاومة", "قوات الجيش الموالية للشرعية"),
        target=("التمرد",),
        place=("قاعدة العند",),
        status="planned",
    ),
    E(
        "Battles/Government regains territory",
        "سيطرتها على خمسة مواقع",
        actor=("مصادر في المقاومة", "المقاومة"),
        target=("الحوثيين",),
        place=("قاعدة العند",),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصفوا القاعدة بالصواريخ",
        actor=("أفرادها", "المقاومة"),
        target=("الحوثيين",),
        place=("القاعدة", "قاعدة العند"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "سلسلة غارات جوية",
        actor=("طائرات التحالف", "التحالف"),
        place=("القاعدة", "قاعدة العند"),
        also=("الضربات الجوية التي طالت كلا من قاعدة العند",),
    ),
    E(
        "Battles/Armed clash",
        "اشتباكات",
        at="مقتل 22 حوثيا",
        actor=("المقاومة",),
        target=("الحوثيين",),
        place=("النخيلة", "مديرية المسيمير", "المسيمير"),
        fatalities=22,
        also=("مقتل 22 حوثيا",),
    ),
    E(
        "Battles/Government regains territory",
        "أعلنت المقاومة تحريرها بالكامل",
        actor=("المقاومة",),
        target=("الحوثيين",),
        place=("مديرية المسيمير", "المسيمير", "النخيلة"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "50 غارة جوية",
        actor=("التحالف",),
        target=("المتمردين",),
        place=("أبين",),
    ),
    E(
        "Diplomacy/Visit",
        "زيارة تفقدية",
        actor=("محمد علي المقدشي", "المقدشي"),
        place=("صحراء العبر", "منفذ الوديعة"),
    ),
]

F["snn-20150802-00158"] = [
    E(
        "Protests/Peaceful protest",
        "اعتصم",
        actor=("العشرات من الأطباء والممرضين", "الأطباء والممرضين"),
        place=("الحديدة", "مبنى المحافظة"),
        date="2015-08-01",
    ),
    E(
        "Battles/Armed clash",
        "مواجهات مع تنظيم القاعدة",
        target=("تنظيم القاعدة",),
        date="2015",
        status="historical",
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "اختطفت الناشط في الثورة الشبابية",
        actor=("الميليشيات الحوثية",),
        target=("محمد مشخري",),
        place=("مدرية القناوص", "القناوص"),
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "اختطفت رئيس فرع حزب الإصلاح",
        actor=("الميليشيات الحوثية",),
        target=("حسن صغير عصيبة",),
        place=("مديرية الحجيلة", "الحجيلة"),
        date="2015-08-01",
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "اختطافهم الناشط في الحراك التهامي",
        actor=("الميليشيات الحوثية",),
        target=("نجيب عبد الله أحمد بس", "ناصر السيد إسماعيل مطهر"),
        place=("الحديدة", "حارة الحوك"),
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "اختطاف ابنه عبد الرحمن",
        actor=("ميليشيات الحوثي", "الميليشيات"),
        target=("عبد الرحمن",),
        place=("مديرية زبيد", "زبيد"),
        date="2015-07-29",
        also=("مارست التعذيب بحق عبد الرحمن الزبيدي",),
    ),
]


if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
