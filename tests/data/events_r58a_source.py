"""Source of tests/data/events_r58a.jsonl: the fifty-eighth blind event round, part r58a.

8 real articles (SaudiNewsNet politics, 1,038–2,181 characters): the lines of /work/brief/DRAW_r58.tsv
(the saved output of `python tests/data/events_round58_select.py`) whose first column is `r58a`
(selection = events_round58_select.py, seed 5858, part r58a). All 8 kept, none dropped. Annotated by
reading only (2026-11-29): the event coder was never run on these articles and no coder output was read.
Same format and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set);
`build()` comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or two or more
12-word runs with an article of another tests/data/events_*.jsonl set (1,842 articles, checked
2026-11-29 19:52 UTC). Same happenings in other words: the storming of al-Anad (r58c snn-20150803-01294,
drawn in the same round), the fall of Sinjar (earlier rounds).

Choices (the last rounds' calls followed: the army with the Resistance taking ground → *Government
regains territory*, the Resistance alone → *Non-state actor overtakes territory*; storming a held site →
a territory change, as the Baiji refinery; tallies, campaigns, aims, threats and statements not coded):
- al-Anad, three battalions (01320): the first battalion and the Resistance taking the camp's wall «بعد
  أيام» → *Government regains territory*, "unknown" (the deep push its mention); the coalition's bombing
  of the base «قبل ساعات قليلة» → *Air/drone strike*, publication date (target the Houthi militias, who
  hold the base). Not coded: the battalions' arrival and the first one «يوم الثلاثاء الماضي» (movements),
  Golden Arrow (the campaign), the coming battle (planned, generic), the Houthi commander's flight;
- Iraq (00821): the security forces storming al-Bu Ghanim in Ramadi «أمس» → *Government regains
  territory* 2015-08-02; the Abu Ghraib blast (2 dead) and the «مماثل» one near the Yusufiya market
  (1 dead) → two *Remote explosive/landmine/IED*, publication date (ambiguous: an explosion of unstated
  means); the Yazidi protest in Erbil «أمس» → *Peaceful protest* 2015-08-02; ISIS taking Sinjar a year
  ago → *Non-state actor overtakes territory*, historical, 2014-08. Not coded: the calls for a crisis
  government, the activists' committee and the continuing protests (no happening named), ISIS crimes;
- Lebanon (00776): residents blocking roads against the garbage trucks «أمس» → *Peaceful protest*
  2015-07-26, place Lebanon (ambiguous: no town named). Not coded: Salam's retreat from resigning,
  Nasrallah's speech, the cabinet decision of 15 January, the Taif agreement (a reference), extensions;
- Bayda (01280): the Resistance taking Jabal Sawda, Ghurab and Jabal al-Jamajim with coalition air
  support → *Non-state actor overtakes territory*, publication date. Not coded: the expected capture of
  Bayda city and the threat on Saada (planned/threats), Houthi arms sales and habitual shelling, the
  1960s liberation from the Imamate (ambiguous: a decade-long revolution, no happening named);
- al-Anad storming (01228): the army and the Resistance, backed by coalition aircraft, storming the base
  → *Government regains territory*, publication date (the militias' flight «تحت وقع الهجوم» its
  mention); al-Sayadi and the Iranian experts executing dozens of soldiers who refused to fight →
  *Violence against civilians/Attack*, "unknown" (ambiguous: captured/surrendering combatants). Not
  coded: the siege from the north and the siege of al-Madina al-Khadra (ongoing, no fighting reported),
  the advances towards al-Houta, the commander's flight to Mokha;
- Syria (01432): the opposition's advance in Sahl al-Ghab killing dozens of regime troops, announced
  «أمس» → *Armed clash* 2015-08-06; the suspected coalition raids on ISIS in northern Aleppo →
  *Air/drone strike*, publication date; Liwa Shuhada al-Islam taking Hay al-Jamiyat in Daraya →
  *Non-state actor overtakes territory* (the first «تقدم المعارضة في بلدة داريا» its trigger); the
  Iranians' negotiation with Ahrar al-Sham in Turkey over Zabadani → *Diplomacy/Talks*, publication date.
  Not coded: the demographic change and «تطهير مذهبي» (general), Qusayr residents barred from returning;
- UNICEF (00913): negative (365 children killed since March, schools destroyed/occupied: tallies);
- Iran–Turkey (00151): the Rouhani–Erdogan call → *Diplomacy/Phone call*; the landmine killing a
  civilian in the south-east after midnight Wednesday–Thursday → *Remote explosive/landmine/IED*
  2015-08-06, 1 dead, actor the PKK youth group (ambiguous: only alleged); the Turkish air raids on PKK
  bases → two *Air/drone strike* (south-east Turkey; northern Iraq), publication date (ambiguous: worded
  as an ongoing campaign, coded as earlier rounds coded these raids). Not coded: Kurdish attacks on police
  and army (generic), the calls for cooperation.

Counts: 8 articles, 19 events, 1 negative (Battles 7, Explosions/Remote violence 7, Protests 2,
Diplomacy 2, Violence against civilians 1).

Run: python tests/data/events_r58a_source.py            (writes events_r58a.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r58a.jsonl")

HOUTHIS = ("ميليشيات الحوثيين", "الميليشيات الحوثية", "ميليشيات الحوثيين والمخلوع علي عبدالله صالح")

F: dict[str, list[dict]] = {}

F["snn-20150803-01320"] = [  # three Yemeni army battalions reach al-Anad
    E(
        "Battles/Government regains territory",
        "سيطرة الكتيبة الأولى",
        actor=("الكتيبة الأولى", "رجال المقاومة"),
        target=HOUTHIS,
        place=("سور المعسكر", "معسكر العند", "قاعدة العند", "العند"),
        date="unknown",
        also=("وتوغلهم",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصفت",
        actor=("طائرات التحالف العربي", "التحالف العربي"),
        target=HOUTHIS,
        place=("قاعدة العند", "العند"),
        also=("القصف الذي يعد الأعنف",),
    ),
]

F["snn-20150803-00821"] = [  # Iraq: calls for a crisis government
    E(
        "Battles/Government regains territory",
        "اقتحمت",
        actor=("القوات الأمنية",),
        target=("مسلحي تنظيم داعش", "تنظيم داعش", "داعش"),
        place=("منطقة البوغانم", "البوغانم", "الرمادي", "مدينة الرمادي"),
        date="2015-08-02",
        also=("وفرضت سيطرتها",),
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "بانفجار",
        place=("الحي الصناعي", "قضاء أبوغريب", "أبوغريب", "بغداد"),
        fatalities=2,
        also=("قتل شخصان",),
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "حادث مماثل",
        place=("منطقة اليوسفية", "اليوسفية", "سوق شعبية"),
        fatalities=1,
        also=("قتل شخص وأصيب ثمانية",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "احتلال",
        at="مرور عام كامل",
        actor=("داعش",),
        place=("قضاء سنجار", "سنجار"),
        date="2014-08",
        status="historical",
    ),
    E(
        "Protests/Peaceful protest",
        "تظاهر",
        at="قضاء سنجار",
        actor=("الإيزيديين", "مئات الإيزيديين", "أبناء سنجار", "المئات من أبناء سنجار"),
        place=("محافظة أربيل", "أربيل"),
        date="2015-08-02",
        also=("تظاهرة أمام مقر بعثة الأمم المتحدة",),
    ),
]

F["snn-20150727-00776"] = [  # Lebanon: Salam will not resign
    E(
        "Protests/Peaceful protest",
        "قطع الطرق",
        actor=("بعض الأهالي", "الأهالي", "عدد من البلدات والقرى اللبنانية"),
        place=("لبنان",),
        date="2015-07-26",
        also=("استنكر عدد من البلدات والقرى اللبنانية",),
    ),
]

F["snn-20150808-01280"] = [  # Bayda: the putschists retreat
    E(
        "Battles/Non-state actor overtakes territory",
        "تسيطر",
        actor=("المقاومة", "المقاومة الشعبية"),
        place=("البيضاء", "محافظة البيضاء", "جبل سوداء", "غراب", "جبل الجماجم"),
        also=("تمت السيطرة",),
    ),
]

F["snn-20150804-01228"] = [  # the army, backed by the coalition, storms al-Anad
    E(
        "Battles/Government regains territory",
        "اقتحمت",
        actor=(
            "قوات الجيش الوطني اليمني",
            "الجيش الوطني اليمني",
            "المقاومة الشعبية",
            "عناصر من المقاومة الشعبية",
            "طيران التحالف",
        ),
        target=("ميليشيات الحوثي وصالح", "ميليشيات الحوثي"),
        place=("قاعدة العند العسكرية", "قاعدة العند", "العند", "لحج"),
        also=("وقع الهجوم",),
    ),
    E(
        "Violence against civilians/Attack",
        "بإعدام",
        actor=("مروزوق الصيادي", "الحوثيين", "الخبراء الإيرانيين"),
        target=("الجنود", "العشرات من الجنود"),
        place=("القاعدة", "قاعدة العند", "العند"),
        date="unknown",
    ),
]

F["snn-20150807-01432"] = [  # Syria: opposition advances in Aleppo and Daraya
    E(
        "Battles/Armed clash",
        "مواصلة تقدمها",
        actor=("المعارضة السورية المسلحة", "المعارضة"),
        target=("النظام", "عناصر النظام"),
        place=("سهل الغاب", "ريف حماة"),
        date="2015-08-06",
        also=("وقتلها عشرات",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "شنت غارات",
        actor=("طائرات حربية", "التحالف الدولي"),
        target=("تنظيم داعش", "داعش"),
        place=("ريف حلب الشمالي", "حلب"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "تقدم",
        at="أكدت مصادر",
        actor=("لواء شهداء الإسلام", "المعارضة"),
        place=("بلدة داريا", "داريا", "حي الجمعيات"),
        also=("سيطر على حي الجمعيات",),
    ),
    E(
        "Diplomacy/Talks",
        "تفاوضهم",
        actor=("الايرانيون",),
        target=("احرار الشام",),
        place=("تركيا",),
    ),
]

F["snn-20150726-00913"] = []  # UNICEF: 365 children killed since March, schools — tallies

F["snn-20150807-00151"] = [  # Iran calls for stronger ties with Ankara against terrorism
    E(
        "Diplomacy/Phone call",
        "مكالمة هاتفية",
        actor=("حسن روحاني", "روحاني", "الرئيس الإيراني حسن روحاني"),
        target=("رجب طيب إردوغان", "إردوغان"),
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "انفجار لغم",
        actor=("جماعة شبابية تابعة لحزب العمال الكردستاني", "حزب العمال الكردستاني"),
        target=("مدنيا",),
        place=("جنوب شرقي تركيا", "تركيا"),
        date="2015-08-06",
        fatalities=1,
        also=("زرعت اللغم",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات جوية",
        actor=("الجيش التركي",),
        target=("حزب العمال الكردستاني", "قواعد حزب العمال الكردستاني"),
        place=("جنوب شرقي البلاد",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "شمال العراق",
        actor=("الجيش التركي",),
        target=("حزب العمال الكردستاني", "قواعد حزب العمال الكردستاني"),
        place=("شمال العراق",),
    ),
]

if __name__ == "__main__":
    print(build(F, OUT), "articles written to", OUT)
