"""Source of tests/data/events_r43b.jsonl: the forty-third blind event round, part r43b.

10 real articles (SaudiNewsNet politics, 2,510–3,723 characters): the lines of /work/brief/DRAW_r43.tsv
(the saved output of `python tests/data/events_round43_select.py`) whose first column is `r43b`
(selection = events_round43_select.py, seed 4343, part r43b). All 10 kept, none dropped. Annotated by
reading only (2026-11-29): the event coder was never run on these articles and no coder output was read.
Same format and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set);
`build()` comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or any 12-word run
(three or more) with an article of another tests/data/events_*.jsonl set (checked 2026-11-29, with the
sets committed at that time). Same happenings in other words: the Suruc bombing, the nuclear deal, the
Zinjibar takeover, the Anbar/Ramadi operations (many rounds).

Choices (the last rounds' calls followed):
- «American Sniper» review (01568): negative (a film review; Chris Kyle's killing by a former soldier is
  the film's epilogue, not coded; ambiguous);
- Turkey vs ISIS (00369): Çavuşoğlu meeting Kerry in Malaysia → *Diplomacy/Meeting* 2015-08-05 (the day
  of «أعلنت تركيا أمس»); the Turkish air raids on the PKK in northern Iraq → one *Air/drone strike*
  2015-07 (series, «بعد أسبوعين على بدء»); the 20 July attack in the south → *Suicide bomb* 2015-07-20,
  32 dead, actor ISIS (the text says only «هجوم دامٍ»; ambiguous sub-type); the first deadly US strike in
  northern Syria from a Turkish base → *Air/drone strike*, no date; Turkey allowing US jets to use Incirlik
  → *Diplomacy/Agreement* 2015-07; the announced «large-scale» offensive, the US jets arriving, the
  training of the Syrian opposition, Demirtaş's trip to Brussels (non-state, «يفترض») and the new chief of
  staff are not coded;
- Yazidi women (00024): ISIS's rape and sexual slavery → one *Violence against civilians/Sexual violence*,
  historical, no date, place Iraq; Nour's capture «في أغسطس العام الماضي» → *Abduction/forced
  disappearance*, historical, 2014-08 («اختطفن» its `also`); the killings of relatives (no number, no
  place) are not coded separately;
- Kubaysa / Ramadi (00080): the tribes' uprising and clashes killing ISIS's «wali» and three aides →
  one *Armed clash* 2015-07-20 (the day the sources spoke), 4 dead (trigger «انتفاضة شعبية», the first
  mention; «باشتباكات مسلحة» its `also`); the joint force storming al-Bu Aitha → *Government
  regains territory*, no date; the Golden Division taking al-Tash → *Government regains territory*, 27
  dead, no date; the destruction of ISIS's HQ in Ramadi by field artillery and army aviation → *Shelling/
  artillery/missile attack* (ambiguous: *Air/drone strike*), no number («العشرات»); the operation to clear
  al-Hamidiya «ظهر أمس» → *Armed clash* 2015-07-20; the airdrop to retake Nazim al-Warrar → *Armed
  clash* 2015-07-20 («في تطور أمني لاحق أمس»); reaching the oil depot and the calls to residents are not coded;
- Zinjibar (00767): the Resistance (backed by pro-legitimacy army units and coalition air cover) taking
  Zinjibar → *Non-state actor overtakes territory* (as r33b/r35c), storming the 15th Brigade camp → a
  second one; the coalition destroying a convoy at Aqabat Thira → *Air/drone strike*; al-Musaymir/Labouza
  fighting → *Armed clash*, 26 dead (the 44 captured are part of it); the Dar Saad/al-Luhum fighting in
  Aden → *Armed clash*; in al-Dhale the Houthi shelling of Resistance positions → *Shelling*, the repelled
  assault → *Armed clash*, the Resistance's Katyusha counter-fire → *Shelling*, 85 dead; no dates given;
- Suruc (00884): the suicide attack → *Suicide bomb* 2015-07-20 («أمس»), 30 dead, actor ISIS; the
  Reyhanli attack 2013 → *Remote explosive/landmine/IED*, historical, 50 dead (the text says «هجوم»; the
  sub-type is from knowledge, ambiguous); the YPG expelling ISIS from Kobani «الشهر الماضي» → *Non-state
  actor overtakes territory* 2015-06 (the text's month); the border reinforcements, the Kobani battle
  (aggregate) and the PKK insurgency toll are not coded;
- Iraq and pornography (00093, opinion): negative;
- Gulf–US relations (01628, opinion): the nuclear deal signed «الثلاثاء الماضي» → *Diplomacy/Agreement*
  2015-07-14; the statements and the ambassador question are not coded;
- UAE trial (01026): court steps (the referral of 41, the 2013 sentences) and the executions are not coded
  (as earlier rounds); the stabbing of the US teacher in Abu Dhabi in December → *Violence against
  civilians/Attack*, historical, 2014-12, 1 dead; the mosque bombings in Saudi Arabia and Kuwait
  (aggregate) and the UAE–US media centre are not coded;
- Fallujah (00153): ISIS's house raids seizing the residents' documents → *Strategic developments/
  Looting/property destruction* (ambiguous: *Other*); ISIS executing some of its own members → *Violence
  against civilians/Attack* (as earlier rounds, no number); the coalition strike on the convoy near
  Haditha → *Air/drone strike*, 35 dead; ISIS's push for the Haditha dam held off by the forces and tribes
  → *Armed clash* (ambiguous: generic); the coalition's heavy bombing of Ramadi during the advance →
  *Air/drone strike*; the 7th Division's food and medicine delivery to al-Baghdadi → *Diplomacy/Aid*
  (ambiguous: a government supplying its own town); the extortion (habit) and the leaders' flight are not
  coded.

Run: python tests/data/events_r43b_source.py            (writes events_r43b.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r43b.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150724-01568"] = []  # film review «American Sniper»: no event

F["snn-20150806-00369"] = [  # Turkey prepares a large-scale offensive against ISIS
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات جوية",
        actor=("تركيا",),
        target=("حزب العمال الكردستاني", "الأكراد"),
        place=("العراق", "شمال العراق"),
        date="2015-07",
        also=("سلسلة من الغارات الجوية",),
    ),
    E(
        "Diplomacy/Meeting",
        "لقائه نظيره الأميركي",
        actor=("مولود جاويش أوغلو", "جاويش أوغلو"),
        target=("جون كيري",),
        place=("ماليزيا",),
        date="2015-08-05",
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "هجوم دامٍ",
        actor=("التنظيم الإرهابي",),
        place=("جنوب البلاد",),
        date="2015-07-20",
        fatalities=32,
    ),
    E(
        "Diplomacy/Agreement",
        "سمحت للطائرات العسكرية الأميركية",
        actor=("أنقرة",),
        target=("الولايات المتحدة",),
        place=("قاعدة إنجرليك",),
        date="2015-07",
        also=("وافقت الشهر الماضي على السماح",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "ضربة جوية مميتة",
        actor=("الولايات المتحدة",),
        place=("شمال سوريا",),
    ),
]

F["snn-20150724-00024"] = [  # three Yazidi women tell of rape by ISIS
    E(
        "Violence against civilians/Sexual violence",
        "كاغتصابهن",
        actor=("الجماعة الإرهابية", "الداعشيون", "داعش"),
        target=("الإيزيديات", "بشرى", "منيرة", "نور"),
        place=("العراق",),
        status="historical",
        also=("يغتصبونهن",),
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "وقبض عليها",
        actor=("الجماعة",),
        target=("نور",),
        date="2014-08",
        status="historical",
        also=("اختطفن",),
    ),
]

F["snn-20150721-00080"] = [  # Kubaysa rises against ISIS; Ramadi operations
    E(
        "Battles/Armed clash",
        "انتفاضة شعبية",
        actor=("عشائر الناحية", "عشائر كبيسة"),
        target=("تنظيم داعش", "والي ناحية كبيسة"),
        place=("كبيسة", "ناحية كبيسة"),
        date="2015-07-20",
        fatalities=4,
        also=("انتفاضة أبناء كبيسة", "باشتباكات مسلحة"),
    ),
    E(
        "Battles/Government regains territory",
        "اقتحام منطقة البوعيثة",
        actor=("قوة مشتركة", "قوات الجيش"),
        target=("تنظيم داعش",),
        place=("البوعيثة",),
    ),
    E(
        "Battles/Government regains territory",
        "سيطرة قواته",
        actor=("الفرقة الذهبية", "قوات الفرقة الذهبية"),
        target=("تنظيم داعش",),
        place=("الطاش", "الطاش الأول", "الرمادي"),
        fatalities=27,
        also=("تسيطر بالكامل على منطقتي الطاش", "تحرير منطقة الطاش"),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "دمرت القوات العراقية المشتركة مقر",
        actor=("القوات العراقية المشتركة", "الشرطة الاتحادية"),
        target=("تنظيم داعش",),
        place=("الرمادي", "مدينة الرمادي"),
        also=("دمرت مقر قيادة العمليات",),
    ),
    E(
        "Battles/Armed clash",
        "نفذت ظهر أمس عملية عسكرية",
        actor=("القوات الأمنية",),
        target=("داعش", "تنظيم داعش"),
        place=("الحامضية", "الصقلاوية"),
        date="2015-07-20",
        also=("انطلاق عملية عسكرية واسعة النطاق",),
    ),
    E(
        "Battles/Armed clash",
        "نفذت إنزالا جويًا",
        actor=("القوات العراقية المشتركة",),
        place=("ناظم الورار",),
        date="2015-07-20",
    ),
]

F["snn-20150803-00767"] = [  # the Resistance retakes Zinjibar; al-Dhale, al-Musaymir
    E(
        "Battles/Non-state actor overtakes territory",
        "استرداد مدينة زنجبار",
        actor=("المقاومة الشعبية",),
        target=("قوات التمرد الحوثي",),
        place=("زنجبار", "مدينة زنجبار"),
        also=("استعادة المدينة",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "يقتحموا معسكر اللواء 15",
        actor=("المقاومة",),
        place=("معسكر اللواء 15",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "دمرت طائرات التحالف رتلا عسكريا",
        actor=("طائرات التحالف", "التحالف"),
        target=("رتلا عسكريا",),
        place=("عقبة ثرة",),
    ),
    E(
        "Battles/Armed clash",
        "مواجهات عنيفة",
        actor=("الثوار",),
        target=("ميليشيات التمرد الحوثي",),
        place=("المسيمير", "معسكر لبوزة"),
        fatalities=26,
    ),
    E(
        "Battles/Armed clash",
        "استمرت المعارك العنيفة",
        actor=("المقاومة الشعبية",),
        target=("الحوثيين", "قوات صالح"),
        place=("منطقة اللحوم", "اللحوم", "دار سعد"),
    ),
    E(
        "Battles/Armed clash",
        "أجهض الثوار",
        actor=("الثوار",),
        target=("الميليشيات", "التمرد الحوثي"),
        place=("الضالع", "محافظة الضالع"),
        also=("تصدوا لهم",),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصف مكثف استهدف مواقع المقاومة الشعبية",
        actor=("الميليشيات", "التمرد الحوثي"),
        target=("المقاومة الشعبية",),
        place=("لكمة لشعوب", "الضالع"),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "شنت قصفا مضادا",
        actor=("المقاومة",),
        target=("الإرهابيين",),
        place=("بوابة السجن المركزي", "الضالع"),
        fatalities=85,
    ),
]

F["snn-20150721-00884"] = [  # Suruc suicide bombing
    E(
        "Explosions/Remote violence/Suicide bomb",
        "الاعتداء الانتحاري",
        actor=("تنظيم داعش", "داعش"),
        place=("سوروتش", "مدينة سوروتش"),
        date="2015-07-20",
        fatalities=30,
        also=("التفجير", "اعتداء انتحاري"),
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "قتل 50 شخصا",
        place=("ريحانلي", "بلدة ريحانلي"),
        date="2013",
        status="historical",
        fatalities=50,
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "طرد التنظيم من البلدة",
        actor=("وحدات حماية الشعب",),
        target=("التنظيم",),
        place=("كوباني", "البلدة"),
        date="2015-06",
    ),
]

F["snn-20150810-00093"] = []  # opinion: Iraqis and pornography

F["snn-20150722-01628"] = [  # opinion: Gulf–US relations after the nuclear deal
    E(
        "Diplomacy/Agreement",
        "توقيع الاتفاق النووي",
        actor=("إيران",),
        target=("الغرب",),
        date="2015-07-14",
        also=("اتفاق فينا",),
    ),
]

F["snn-20150802-01026"] = [  # UAE refers 41 to trial for a «caliphate» plot
    E(
        "Violence against civilians/Attack",
        "بقتل المدرسة الاميركية",
        actor=("آلاء بدر الهاشمي", "الهاشمي"),
        target=("ابوليا ريان", "المدرسة الاميركية"),
        place=("ابوظبي",),
        date="2014-12",
        status="historical",
        fatalities=1,
        also=("مقتل معلمة اميركية",),
    ),
]

F["snn-20150809-00153"] = [  # ISIS seizes Fallujah residents' documents; Haditha, Ramadi
    E(
        "Strategic developments/Looting/property destruction",
        "سحب جميع المستمسكات الثبوتية",
        actor=("داعش", "مسلحي تنظيم داعش"),
        target=("سكان مدينة الفلوجة",),
        place=("الفلوجة", "مدينة الفلوجة"),
        also=("حملة مداهمات واسعة",),
    ),
    E(
        "Violence against civilians/Attack",
        "إعدام التنظيم بعض عناصره",
        actor=("التنظيم",),
        target=("بعض عناصره",),
        place=("الفلوجة", "الرمادي"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصف رتلاً",
        actor=("طيران التحالف الدولي",),
        target=("مسلحي تنظيم داعش", "رتلاً"),
        place=("حديثة", "مدينة حديثة"),
        fatalities=35,
        also=("الضربات الجوية التي استهدفت الرتل",),
    ),
    E(
        "Battles/Armed clash",
        "استمات للسيطرة على سد حديثة",
        actor=("تنظيم داعش",),
        target=("القوات الأمنية", "أبناء العشائر"),
        place=("سد حديثة",),
        also=("حالوا دون ذلك",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصف عنيف لطيران التحالف الدولي",
        actor=("طيران التحالف الدولي",),
        place=("الرمادي", "مدينة الرمادي"),
    ),
    E(
        "Diplomacy/Aid",
        "إيصال مواد غذائية",
        actor=("قيادة الفرقة السابعة", "الفرقة السابعة"),
        place=("ناحية البغدادي", "البغدادي"),
    ),
]


if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
