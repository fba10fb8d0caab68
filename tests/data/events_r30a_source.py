"""Source of tests/data/events_r30a.jsonl: the thirtieth blind event round, part r30a.

10 real articles (SaudiNewsNet politics, 1,675–2,490 characters): the lines of /work/brief/DRAW_r30.tsv
(the saved output of `python tests/data/events_round30_select.py`) whose first column is `r30a`
(selection = events_round30_select.py, seed 3030, part r30a). All 10 kept, none dropped; 1 of them
reports no event (one negative: snn-20150801-00302). Annotated by reading only (2026-11-29): the event
coder was never run on these articles and no coder output was read. Same format and guidelines as
events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set); `build()` comes from
events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none found (first 80 normalised characters and shared word 8-grams checked against every
tests/data/events_*.jsonl; at most 3–5 shared 8-grams, wire phrases, with r13a 01856, r19c 00107,
r23b 01981 and r6a 00611). Same happenings in other words: the liberation of Aden (many rounds), the
taking of al-Anad base (earlier rounds), the Turkish strikes on the PKK and the Incirlik deal (r13a).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r29c_source.py):
- Anad clashes (00198): the pro-Hadi forces' clashes with the Houthis «أمس الأحد» for the base →
  *Armed clash* 2015-07-26 («القتال مستمر بقاعدة العند» a mention; the fighters destroying equipment
  there is part of it, not coded apart); the coalition truce due to start → *Strategic developments/
  Agreement*, planned, 2015-07-26; the Houthis holding 16 WFP aid trucks in Hodeidah → *Looting/property
  destruction* (ambiguous: a seizure), publication date; the coalition retaking much of Aden «في الأسبوع
  الماضي» → *Government regains territory* 2015-07; the Houthi–Saleh capture of Aden at the start of the
  war → *Non-state actor overtakes territory*, historical, date "unknown"; the coalition raids near Sanaa
  → *Air/drone strike* 2015-07-26; the Resistance taking the Sabr district → *Non-state actor overtakes
  territory*, publication date, 35 dead (25 Houthis + 10 Resistance, ambiguous: the toll follows that
  sentence); the four-month toll (3,500) is a tally, not coded;
- Aid ship (01080): the ship leaving Jeddah for Yemen → *Diplomacy/Aid*, no actor named; the merging of
  the Resistance into the army → *Strategic developments/Change to group/activity* (ambiguous, as the
  r24 Resistance council); the coalition's training plan, logistic support (habitual) and al-Asiri's
  denial are not coded;
- Abadi (01389): the protests spreading in Iraqi cities and Baghdad → one *Peaceful protest*,
  publication date (ongoing); the Iranian delegation in Baghdad → *Diplomacy/Visit* and its three
  meetings with al-Abadi and al-Maliki → one *Meeting*, both publication date (ambiguous: the meetings
  came before Friday's decisions); the abolition of posts, the cordon around the Green Zone, the
  judicial investigation and the statements are not coded;
- Journalists (01036): the Houthi abduction of 12 journalists «منذ أكثر من شهر» → *Abduction/forced
  disappearance*, date "unknown"; the report's tallies (87 violations, 36 abductions, raids, closures,
  blocked sites) are aggregates, not coded;
- Libya (01742): the Skhirat agreement → *Diplomacy/Agreement*, historical, date "unknown"; the four
  kidnapped Italians → *Abduction*, no actor (the official only blames Fajr Libya by motive), publication
  date; the European sanctions on Fajr Libya leaders → *Diplomacy/Sanction*, date "unknown" (ambiguous:
  the EU only «ناقشوا تبني عقوبات»); the past kidnappings of the Jordanian ambassador and of 10 Tunisian
  consulate staff in Tripoli → two *Abduction*, historical, and their releases → two *Strategic
  developments/Other* (releases, as round 4); the EU call, the conditional aid and the search are not
  coded;
- Aden (01420): the completion of the cleansing of Aden «أمس» by Resistance and army → *Government
  regains territory* 2015-07-20, the Tawahi and palace takings its mentions (one city, one day);
  al-Houthi's order withdrawing leaders from Sanaa to Saada → *Strategic developments/Other*, planned
  (ambiguous); the Houthi gunmen's raid and looting of Azal TV's Sanaa office «أول من أمس» →
  *Looting/property destruction* 2015-07-19; the appointment of a governor and the airport are not coded;
- Incirlik (01555): the Turkey–US agreement → *Diplomacy/Agreement* 2015-07-29 («اليوم الأربعاء»);
  last night's Turkish strikes on Kurdish fighters → two *Air/drone strike* 2015-07-28 (northern Iraq;
  inside Turkey from the PM's statement, place-split); the 1,302 detained → *Arrests*, publication date;
  the first strikes «يوم الجمعة الماضي» → *Air/drone strike* 2015-07-24 («الضربات الجوية» its first
  mention, «قصف معسكرات» a mention); the «سلسلة هجمات» on soldiers and police (aggregate) and the call
  to lift immunity are not coded;
- Anad taken (00760): the Resistance storming and taking the base «أمس» → *Non-state actor overtakes
  territory* 2015-08-03 (backed by army: as fresh), 80 dead; the coalition air cover/raids → *Air/drone
  strike* 2015-08-03; the taking of the Anad triangle and Labouza camp → a second takeover (another
  named place); the brigade's move, the mine clearing and the siege are not coded;
- ISIS media (00302, opinion, negative): the liberation of Kuwait (1991), the US invasion of Iraq (2003),
  Afghanistan 2001 and «مذابح إسرائيل» are the grievances ISIS's media ties its crimes to: argument, not
  coded (as r28c's ISIS column and r29c's 2003 occupation; ambiguous: r28a coded wars named in passing);
- Houthi speech (00083, opinion): «تحرير عدن» → *Government regains territory*, date "unknown" (as
  r28c); the Iranian foreign minister's visits to Kuwait, Qatar and Iraq → three *Visit*, historical,
  date "unknown" (one trigger «زار»); the five secret meetings in Oman → one *Meeting*, historical
  (ambiguous: named as argument); the Houthis meeting the US in Oman «قبل شهرين» → *Meeting* 2015-06,
  historical; the nuclear deal and the Peace and Partnership agreement (named as time reference and
  argument, as r28c), the speech, the non-visit to Oman, resolution 2216 and Bahah's appearance in Aden
  are not coded.

Run: python tests/data/events_r30a_source.py            (writes events_r30a.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r30a.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150727-00198"] = [
    E(
        "Battles/Armed clash",
        "اشتباكات",
        actor=("قوات يمنية مؤيدة للرئيس هادي", "قوات يمنية"),
        target=("المقاتلين الحوثيين", "الحوثيين"),
        place=("قاعدة العند", "العند", "عدن"),
        date="2015-07-26",
        also=("القتال مستمر",),
    ),
    E(
        "Strategic developments/Agreement",
        "هدنة إنسانية",
        actor=("التحالف",),
        date="2015-07-26",
        status="planned",
    ),
    E(
        "Strategic developments/Looting/property destruction",
        "احتجز",
        actor=("الحوثيون",),
        target=("برنامج الأغذية العالمي",),
        place=("محافظة الحديدة", "الحديدة"),
    ),
    E(
        "Battles/Government regains territory",
        "استعاد",
        actor=("التحالف العربي", "التحالف العربي الذي تقوده السعودية", "السعودية"),
        place=("عدن",),
        date="2015-07",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "استولوا",
        actor=("مقاتلون من الحوثيين", "الحوثيين", "وحدات من الجيش موالية للرئيس السابق علي عبدالله صالح"),
        place=("عدن",),
        date="unknown",
        status="historical",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات",
        at="طائرات التحالف الحربية",
        actor=("طائرات التحالف", "التحالف"),
        place=("قرب صنعاء", "صنعاء"),
        date="2015-07-26",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "استولت",
        actor=("قوات المقاومة الشعبية", "المقاومة الشعبية"),
        place=("حي صبر", "صبر"),
        fatalities=35,
        also=("سقطوا قتلى",),
    ),
]

F["snn-20150731-01080"] = [
    E(
        "Diplomacy/Aid",
        "غادرت",
        target=("جمهورية اليمن", "اليمن"),
        place=("ميناء جدة الإسلامي", "جدة"),
    ),
    E(
        "Strategic developments/Change to group/activity",
        "دمجهم",
        actor=("عناصرالمقاومة الشعبية اليمنية", "المقاومة الشعبية", "الجيش الوطني"),
        also=("الدمج",),
    ),
]

F["snn-20150810-01389"] = [
    E(
        "Protests/Peaceful protest",
        "الاحتجاجات الشعبية",
        place=("العاصمة", "المدن العراقية", "العراق"),
        also=("التظاهرات في العاصمة",),
    ),
    E(
        "Diplomacy/Visit",
        "المتواجد حاليا في بغداد",
        actor=("الوفد الإيراني رفيع المستوى", "الوفد الإيراني"),
        place=("بغداد",),
    ),
    E(
        "Diplomacy/Meeting",
        "التقى",
        actor=("الوفد الإيراني",),
        target=("العبادي", "المالكي"),
        place=("بغداد",),
        also=("الاجتماع الإيراني الثالث",),
    ),
]

F["snn-20150807-01036"] = [
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "باختطاف",
        actor=("الميليشيات الحوثية", "الحوثية"),
        target=("12 صحفيا", "صحفيا"),
        place=("اليمن", "صنعاء"),
        date="unknown",
    ),
]

F["snn-20150722-01742"] = [
    E(
        "Diplomacy/Agreement",
        "توقيعه",
        actor=("الأطراف السياسية في ليبيا", "الأطراف السياسية"),
        place=("الصخيرات", "مدينة الصخيرات المغربية"),
        date="unknown",
        status="historical",
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "المختطفين",
        target=("المواطنين الإيطاليين الأربعة", "الإيطاليين", "رعاياها الأربعة"),
        place=("غرب البلاد", "ليبيا"),
        also=("اختطاف رعاياها", "اختطاف الإيطاليين"),
    ),
    E(
        "Diplomacy/Sanction",
        "فرض عقوبات",
        actor=("الجانب الأوروبي", "الاتحاد الأوروبي"),
        target=('مليشيات "فجر ليبيا"', "فجر ليبيا"),
        date="unknown",
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "اختطافهم للسفير الأردني",
        actor=("قادة المليشيات", "المليشيات"),
        target=("سفير الأردني",),
        date="unknown",
        status="historical",
    ),
    E(
        "Strategic developments/Other",
        "إطلاق سراحه",
        actor=("قادة المليشيات", "المليشيات"),
        target=("سفير الأردني",),
        date="unknown",
        status="historical",
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "لاختطاف 10 موظفين",
        actor=("قادة المليشيات", "المليشيات"),
        target=("10 موظفين تونسيين", "موظفين تونسيين"),
        place=("طرابلس",),
        date="unknown",
        status="historical",
    ),
    E(
        "Strategic developments/Other",
        "أطلِق سراحهم",
        actor=("قادة المليشيات", "المليشيات"),
        target=("10 موظفين تونسيين", "موظفين تونسيين"),
        place=("طرابلس",),
        date="unknown",
        status="historical",
    ),
]

F["snn-20150721-01420"] = [
    E(
        "Battles/Government regains territory",
        "استكمال",
        actor=("المقاومة الشعبية", "قوات الجيش الموالية للشرعية"),
        target=("ميليشيات الحوثي", "الحوثي", "قوات المخلوع علي عبدالله صالح"),
        place=("عدن",),
        date="2015-07-20",
        also=("السيطرة على معظم حي التواهي", "استعادت قصر 22 مايو"),
    ),
    E(
        "Strategic developments/Other",
        "بسحب جميع القيادات",
        actor=("عبدالملك الحوثي", "زعيم التمرد"),
        place=("صعدة", "صنعاء"),
        status="planned",
        also=("بسحب كل القيادات",),
    ),
    E(
        "Strategic developments/Looting/property destruction",
        "اقتحام",
        at="تعرض مكتبها",
        actor=("مسلحين حوثيين", "المسلحين الحوثيين"),
        target=("قناة آزال الفضائية", "قناة آزال"),
        place=("صنعاء",),
        date="2015-07-19",
        also=("بنهب أجهزتها", "اقتحام مكتبها"),
    ),
]

F["snn-20150731-01555"] = [
    E(
        "Diplomacy/Agreement",
        "اتفاقا",
        actor=("تركيا",),
        target=("الولايات المتحدة",),
        date="2015-07-29",
        also=("الاتفاق يختص",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "ضربات",
        at="مقاتلات تركية",
        actor=("مقاتلات تركية", "تركية"),
        target=("المقاتلين الأكراد", "حزب العمال الكردستاني"),
        place=("شمال العراق", "العراق"),
        date="2015-07-28",
        also=("ضربت أهدافا في العراق", "هجوم الليلة الماضية"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات",
        at="الطائرات التركية",
        actor=("الطائرات التركية", "التركية"),
        target=("حزب العمال الكردستاني",),
        place=("تركيا",),
        date="2015-07-28",
    ),
    E(
        "Strategic developments/Arrests",
        "احتجزت",
        actor=("السلطات التركية",),
        target=("1302 شخص",),
        place=("تركيا", "39 إقليما"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "الضربات الجوية",
        actor=("تركيا", "مقاتلات تركية"),
        target=("حزب العمال الكردستاني",),
        place=("شمال العراق",),
        date="2015-07-24",
        also=("قصف معسكرات",),
    ),
]

F["snn-20150804-00760"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "باقتحام",
        actor=("المقاومة الشعبية", "المقاومة"),
        target=("قوات التمرد الحوثي", "الانقلابيين"),
        place=("قاعدة العند الجوية الاستراتيجية", "قاعدة العند", "العند"),
        date="2015-08-03",
        fatalities=80,
        also=("السيطرة عليها", "اشتباكات عنيفة", "اقتحام الموقع"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غطاء جوي",
        actor=("طائرات التحالف العربي", "طائرات التحالف", "التحالف العربي"),
        target=("الانقلابيين",),
        place=("قاعدة العند", "القاعدة"),
        date="2015-08-03",
        also=("الغارات الجوية",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "السيطرة على تلك المواقع",
        actor=("المقاومة",),
        target=("ميليشيات الحوثيين", "قوات المخلوع علي عبدالله صالح"),
        place=("معسكر لبوزة", "لبوزة", "محيط مثلث العند", "مثلث العند"),
        date="2015-08-03",
        also=("استولوا على دبابة",),
    ),
]

F["snn-20150801-00302"] = []  # opinion on ISIS media: the wars named are ISIS's argument, not reported

F["snn-20150804-00083"] = [
    E(
        "Battles/Government regains territory",
        "تحرير عدن",
        place=("عدن",),
        date="unknown",
        also=("أذهله تحرير عدن", "تحرير عدن، وما حدث"),
    ),
    E(
        "Diplomacy/Visit",
        "زار",
        actor=("وزير خارجية إيران",),
        place=("الكويت",),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Visit",
        "زار",
        actor=("وزير خارجية إيران",),
        place=("قطر",),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Visit",
        "زار",
        actor=("وزير خارجية إيران",),
        place=("العراق",),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Meeting",
        "الاجتماعات الخمسة السرية",
        place=("عمان",),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Meeting",
        "اجتمع",
        actor=("الحوثيون",),
        target=("أميركا",),
        place=("سلطنة عمان",),
        date="2015-06",
        status="historical",
    ),
]

if __name__ == "__main__":
    print(build(F, OUT))
