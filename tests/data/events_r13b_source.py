"""Source of tests/data/events_r13b.jsonl: thirteenth-round blind event set, half r13b.

20 real articles (SaudiNewsNet politics 13, ANT internationalNews 7): the lines of
`python tests/data/events_round13_select.py` whose first column is `r13b` (selection =
events_round13_select.py, seed 1313, half r13b; same pool as events_fresh_source.py, near-copies of
annotated articles skipped by the draw). All 20 kept, none dropped; 33 events; 1 of them reports no event
(negative). Annotated by reading only (2026-11-29): the event coder was never run on these articles and
no coder output was read. Same format and guidelines as events_dev_source.py and events_fresh_source.py
(docs/events.md § Dev set); `build()` comes from events_dev_source.py (SaudiNewsNet articles by
reference + sha1).

Near-copies: snn-20150725-00225 (Talal al-Urdani's assassination in Ain al-Hilweh) is a reworded copy of
fresh snn-20150726-01227 (same wire story: different first 80 characters, but shared passages such as
«وذكرت وكالة الإعلام الوطنية اللبنانية» … «كمينا لطلال الأردني وأمطروه بالرصاص»); it is coded exactly as
there (*Violence against civilians/Attack*, 2015-07-25, 2 dead) and should be scored separately. No other
article shares its first 80 characters (whitespace normalised) or a 60-character passage with any
tests/data/events_*.jsonl text. Same happenings in other words: the Resistance taking Wadi Aqqan (fresh
snn-20150723-00985), Carter's Baghdad visit (dev, r10a, r11a), ISIS's abductions at al-Qaryatayn (dev),
the Russian airliner over Sinai (r5a), the Gulf states' break with Qatar (fresh, r9a–r12a).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r12b_source.py): the
attack on Zinjibar and the Central Region repelled by the army and the Resistance → *Armed clash*
(trigger «صد», the attackers as actor; the Resistance's «الضربات الموجعة التي تقوم بها» is a habit, not
an event); the Pentagon's strike report → one *Air/drone strike* per country (Syria 9, Iraq 22, all towns
accepted; the aggregate «واصلت عملياتها العسكرية» an `also` of Syria, the first listed), publication
date (the statement «اليوم» dates no strike); Carter «وصل اليوم الخميس» → *Visit* 2015-07-23, and the
officials he «يلتقي» / «من المقرر أن يلتقي» (al-Abadi, al-Obeidi, a tribal delegation, all in Baghdad) →
one *Meeting*, planned, 2015-07-23; the Resistance's «استعادة مدينة التواهي» → *Non-state actor overtakes
territory* dated by «معارك التواهي الاثنين الماضي» (2015-07-20), and the Houthis who «استسلموا» in those
battles → *Arrests* (as r12a's «وقعوا أسرى»; ambiguous: it may be read as part of the takeover); the
ICRC president's visit «السبت» → *Visit* 2015-08-08, his talks with Houthi leaders → *Talks*, planned;
the coalition's «القصف المكثف» on Zinjibar, Wadi Dofas and Brigade 15 → *Air/drone strike*; Turkish
warplanes «قصفت» ISIS positions in northern Syria → *Air/drone strike* (aircraft as subject), publication
date, and «الغارات التي نفذتها تركيا في نهاية الأسبوع الماضي» → *Air/drone strike* 2015-07; the Nusra
abduction of Division 30's commander and seven fighters at its Sajo checkpoint «الأربعاء» → *Strategic
developments/Arrests* (ACLED: detention of combatants by an actor with de facto control; ambiguous: a
coder may read «خطف» as *Abduction/forced disappearance*), status `denied` (the Pentagon's denial opens
the article), 2015-07-29; ISIS abducting Christians at al-Qaryatayn → *Abduction/forced disappearance*
and its taking of the town after «قتال عنيف» with the army → *Non-state actor overtakes territory*, both
publication date; the Medina attack «الاثنين» that killed four policemen → *Armed clash* (a state target,
no means named, as r11a), 2016-07-04, 4 dead; Allawi's visit to Egypt → *Visit* and his talks with Sisi
(«لإجراء مباحثات») → *Talks*, planned; Trump's Riyadh visit and meeting with Muslim leaders → *Visit* and
*Meeting*, date "unknown" (background under 60 days, as r11b), the Saudi–Egyptian–Emirati break with Qatar
«هذا الشهر» → *Diplomacy/Sanction* 2017-06; the Tunisian parliamentary delegation that «زار مؤخرا سوريا»
→ *Visit*, publication date (as r12a); the US–Russian Geneva talks «غدا السبت» → *Talks*, planned,
2016-12-10; the Russian airliner downed by an IED in Sinai (Russia's finding) → *Remote
explosive/landmine/IED*, date "unknown" (a 17-day-old background: the text gives no date), no actor, no
count; the Houthi missile towards Mecca → *Shelling/artillery/missile attack* and its interception →
*Disrupted weapons use* (as r6b), the coalition's strike on the launch site → *Air/drone strike*, the
Houthis' taking of Sanaa → *Non-state actor overtakes territory*, historical, date "unknown"; ISIS's
entry into Sirte «في فيفري 2015» and its full control «في جوان الماضي» after battles with Fajr Libya →
two *Non-state actor overtakes territory*, historical, 2015-02 and 2015-06 (ambiguous: one could code a
single takeover).

Not events (the one negative, snn-20150804-00233: the Kremlin's warning about possible US strikes on the
Syrian army — hypothetical — and the US decision to back trained forces — policy). Within coded articles:
the IRGC members' presence and their hiding, the Resistance's sweep «التمشيط», the Houthi siege of Sanaa
(ongoing) and the UN's toll, the militias' mass flight from Zinjibar (as r12b's desertions), the
fighters' «ضربات قاسية» claim (vague), the coalition's land reinforcements towards Marib and Shabwa and
the convoy at al-Wadiah (a deployment), the safe-zone plan, Damascus's letters, the fighters' entry into
Syria two weeks earlier, Eid security measures and the Israeli police's bar on West Bank men,
condemnations and accusations against Qatar, the volunteering and the rapes in Syria (no time or place),
the vetoes and the Security Council meeting, Putin's threat of strikes, the coalition's 2015 campaign
(named as background, no day or place), Hadi's flight to Aden, ISIS's training in Sirte.

Run: python tests/data/events_r13b_source.py            (writes events_r13b.jsonl)
Text licences: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed); ANT Apache-2.0.
Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r13b.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150806-02305"] = [
    E(
        "Battles/Armed clash",
        "صد",
        actor=("متمردي الجيش السابق", "ميليشيا الحوثي"),
        target=("الجيش الوطني", "المقاومة الشعبية اليمنية", "المقاومة الشعبية"),
        place=("زنجبار", "المنطقة الوسطى", "محافظة أبين", "أبين"),
        also=("هجومًا",),
    ),
]
F["snn-20150731-01439"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات",
        at="نفذ 9",
        actor=("طيران التحالف", "طائرات التحالف الدولي", "التحالف"),
        target=("داعش",),
        place=("سوريا", "الحسكة", "الرقة"),
        also=("عملياتها العسكرية",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارة",
        at="22",
        actor=("طيران التحالف", "التحالف"),
        target=("داعش",),
        place=("العراق", "الحديثة", "كركوك", "المخمورة", "سنجار", "تل عفر", "الموصل", "الرمادي"),
    ),
]
F["snn-20150723-00675"] = [
    E(
        "Diplomacy/Visit",
        "وصل",
        actor=("وزير الدفاع الأميركي آشتون كارتر", "آشتون كارتر", "كارتر"),
        place=("بغداد",),
        date="2015-07-23",
        also=("زيارة غير معلنة",),
    ),
    E(
        "Diplomacy/Meeting",
        "يلتقي",
        actor=("كارتر", "آشتون كارتر"),
        target=("مسؤولين عراقيين", "حيدر العبادي", "خالد العبيدي", "وفداً عشائريا"),
        place=("بغداد",),
        date="2015-07-23",
        status="planned",
        also=("أن يلتقي",),
    ),
]
F["snn-20150721-02094"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "ﺍﺳﺘﻌﺎﺩﺓ",
        actor=("ﺍﻟﻤﻘﺎﻭﻣﺔ", "المقاومة الشعبية الجنوبية", "ﺍﻟﻤﻘﺎﻭﻣﺔ ﺍﻟﺸﻌﺒﻴﺔ ﺍﻟﺠﻨﻮﺑﻴﺔ ﺍﻟيمنية"),
        target=("ﺍﻟﺤﻮﺛﻴﻮﻥ", "الحوثيين"),
        place=("ﻣﺪﻳﻨﺔ ﺍﻟﺘﻮﺍﻫﻲ", "التواهي", "عدن"),
        date="2015-07-20",
        also=("معارك التواهي",),
    ),
    E(
        "Strategic developments/Arrests",
        "استسلموا",
        actor=("المقاومة الشعبية الجنوبية", "ﺍﻟﻤﻘﺎﻭﻣﺔ"),
        target=("الأسرى الحوثيين", "الحوثيين"),
        place=("التواهي", "ﻣﺪﻳﻨﺔ ﺍﻟﺘﻮﺍﻫﻲ", "عدن"),
        date="2015-07-20",
    ),
]
F["snn-20150809-01204"] = [
    E(
        "Diplomacy/Visit",
        "زيارة",
        actor=("رئيس اللجنة الدولية للصليب الأحمر", "بيتر ماور", "ماور"),
        place=("اليمن", "صنعاء"),
        date="2015-08-08",
        also=("وصل بيتر ماور",),
    ),
    E(
        "Diplomacy/Talks",
        "محادثات",
        actor=("ماور", "بيتر ماور"),
        target=("قادة الحوثيين", "مسؤولين كبار"),
        place=("صنعاء",),
        status="planned",
        also=("سيجري محادثات",),
    ),
]
F["snn-20150804-00233"] = []  # the Kremlin on possible US strikes on the Syrian army: hypothetical, policy
F["snn-20150806-03188"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "القصف",
        actor=("طيران التحالف", "التحالف"),
        target=("اللواء 15", "مواقع اللواء 15"),
        place=("زنجبار", "وادي دوفس", "أبين"),
        also=("انفجارات عنيفة",),
    ),
]
F["snn-20150725-01536"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصفت",
        actor=("طائرات حربية تركية", "تركية"),
        target=("مواقع للجهاديين", "الجهاديين", "تنظيم الدولة الإسلامية"),
        place=("شمال سوريا", "سوريا"),
        also=("سلسلة غارات",),
    ),
]
F["snn-20150731-01060"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "الغارات",
        actor=("تركيا",),
        target=("للتنظيم", "داعش"),
        place=("الأراضي السورية", "سوريا"),
        date="2015-07",
        also=("الغارات التركية",),
    ),
]
F["snn-20150731-02056"] = [
    E(
        "Strategic developments/Arrests",
        "خطف",
        actor=("جبهة النصرة", "عناصر من جبهة النصرة"),
        target=("مقاتلين", "نديم الحسن", "قائد الفرقة 30", "فرحان الجاسم"),
        place=("اعزاز", "مفترق سجو", "ريف حلب", "المالكية"),
        date="2015-07-29",
        status="denied",
        also=("خطفوا", "عملية الخطف"),
    ),
]
F["snn-20150725-00225"] = [  # near-copy of fresh snn-20150726-01227
    E(
        "Violence against civilians/Attack",
        "اغتيل",
        actor=("مسلحين إسلاميين متطرفين", "مسلحين"),
        target=("طلال الأردني", "الأردني"),
        place=("مخيم عين الحلوة", "عين الحلوة", "لبنان"),
        date="2015-07-25",
        fatalities=2,
        also=("لإطلاق نار", "في الهجوم", "كمينا"),
    ),
]
F["snn-20150722-01305"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرت",
        actor=("المقاومة", "المقاومة الشعبية اليمنية"),
        target=("الحوثيين",),
        place=("وادي عقان", "لحج"),
        date="2015-07-22",
        also=("سيطرتها",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات",
        at="قوات التحالف شنت",
        actor=("قوات التحالف", "التحالف"),
        target=("مواقع الحوثيين", "الحوثيين", "القوات الموالية لصالح"),
        place=("مدينة لحج", "لحج"),
        date="2015-07-22",
        also=("دمرت آليات",),
    ),
]
F["snn-20150807-00981"] = [
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "خطفوا",
        actor=("متشددي تنظيم داعش", "تنظيم داعش", "داعش"),
        target=("عشرات المسيحيين", "المسيحيين", "230 مواطنا"),
        place=("القريتين", "محافظة حمص", "حمص", "دير مار اليان"),
        also=("اختطفهم", "تم اعتقاله"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطروا",
        actor=("متشددي تنظيم داعش", "تنظيم داعش", "داعش"),
        target=("قوات الجيش السوري", "الجيش السوري"),
        place=("محافظة حمص", "حمص", "القريتين"),
        also=("وسيطر التنظيم", "قتال عنيف"),
    ),
]
F["ant-JA-internationalNews-1259-20160706"] = [
    E(
        "Battles/Armed clash",
        "هجوم إرهابي",
        target=("رجال الشرطة",),
        place=("الحرم النبوي الشريف", "الحرم النبوي", "المدينة المنورة"),
        date="2016-07-04",
        fatalities=4,
    ),
]
F["ant-JA-internationalNews-1167-20170617"] = [
    E(
        "Diplomacy/Visit",
        "يزور",
        actor=("علاوي", "إياد علاوي"),
        place=("مصر", "القاهرة"),
    ),
    E(
        "Diplomacy/Talks",
        "مباحثات",
        actor=("علاوي", "إياد علاوي"),
        target=("الرئيس عبد الفتاح السيسي", "عبد الفتاح السيسي", "السيسي", "مسؤولين كبار"),
        place=("مصر", "القاهرة"),
        status="planned",
    ),
    E(
        "Diplomacy/Visit",
        "زار",
        at="حين",
        actor=("الرئيس الأمريكي دونالد ترامب", "دونالد ترامب", "ترامب"),
        place=("الرياض",),
        date="unknown",
    ),
    E(
        "Diplomacy/Meeting",
        "اجتمع",
        actor=("دونالد ترامب", "ترامب"),
        target=("قادة مسلمين وعرب",),
        place=("الرياض",),
        date="unknown",
    ),
    E(
        "Diplomacy/Sanction",
        "قطعت",
        actor=("السعودية", "مصر", "الإمارات"),
        target=("قطر",),
        date="2017-06",
    ),
]
F["ant-JA-internationalNews-618-20170328"] = [
    E(
        "Diplomacy/Visit",
        "زار",
        at="الوفد البرلماني",
        actor=("الوفد البرلماني", "منجي الرحوي"),
        place=("سوريا",),
        also=("أثناء الزيارة",),
    ),
]
F["ant-JA-internationalNews-156-20161209"] = [
    E(
        "Diplomacy/Talks",
        "محادثات",
        actor=("الولايات المتحدة",),
        target=("روسيا",),
        place=("جنيف",),
        date="2016-12-10",
        status="planned",
    ),
]
F["ant-JA-internationalNews-58-17112015"] = [
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "عملا ارهابيا",
        target=("الطائرة الروسية",),
        place=("سيناء",),
        date="unknown",
        also=("تحطم", "عبوة ناسفة", "تفجير الطائرة"),
    ),
]
F["ant-JA-internationalNews-196-20161028"] = [
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "إطلاق صاروخ",
        actor=("الحوثيين", "القوة الصاروخية للجيش واللجان الشعبية"),
        target=("مكة المكرمة", "السعودية", "مطار الملك عبد العزيز الدولي", "مطار عبد العزيز"),
        place=("مكة المكرمة", "جدة", "صعده"),
        also=("أطلق من محافظة صعده", "أطلقوا صاروخا", "أطلقت صاروخا"),
    ),
    E(
        "Strategic developments/Disrupted weapons use",
        "اعتراضه",
        actor=("وسائل الدفاع الجوي", "التحالف العسكري الذي تقوده السعودية"),
        target=("الصاروخ",),
        place=("مكة المكرمة",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "باستهداف",
        actor=("التحالف",),
        target=("موقع إطلاق الصاروخ",),
        place=("اليمن", "صعده"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرة",
        at="بعد",
        actor=("الحوثيين",),
        place=("العاصمة اليمنية", "صنعاء"),
        date="unknown",
        status="historical",
    ),
]
F["ant-JA-internationalNews-1234-20151208"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "دخول",
        actor=("تنظيم داعش", "داعش"),
        place=("مدينة سرت", "سرت"),
        date="2015-02",
        status="historical",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "يفرض سيطرته التامة",
        actor=("تنظيم داعش", "داعش"),
        target=("فجر ليبيا",),
        place=("سرت",),
        date="2015-06",
        status="historical",
        also=("معارك خاضها",),
    ),
]

if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
