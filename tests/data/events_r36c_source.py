"""Source of tests/data/events_r36c.jsonl: the thirty-sixth blind event round, part r36c.

10 real articles (SaudiNewsNet politics, 2,580–3,882 characters): the lines of /work/brief/DRAW_r36.tsv
(the saved output of `python tests/data/events_round36_select.py`) whose first column is `r36c`
(selection = events_round36_select.py, seed 3636, part r36c). All 10 kept, none dropped; none is a
negative (every article reports at least one event); 29 events. Annotated by reading only (2026-11-29):
the event coder was never run on these articles and no coder output was read. Same format and
guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set); `build()`
comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three 12-word
runs with an article of another tests/data/events_*.jsonl set (checked at 11:44 UTC). Inside the part,
snn-20150804-00335 (al-Anad) ends with the riyal paragraph of snn-20150804-00121 (the Hodeidah port
closure, not coded in either). Same happenings in other words: the Asir Emergency Forces mosque
bombing (r12a and later), the Suruc bombing, Turkey's Incirlik consent and strikes on ISIS/PKK, Obama's
Kenya visit, Bahah's Aden visit, the liberation of Aden and of al-Anad (many rounds), ISIS's 2014
capture of Sinjar and its Yazidi massacre and abductions.

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r35c_source.py):
- Asir opinion column: «الاعتداء الإجرامي … الذي استهدف «مسجد» قوات الطوارئ في عسير» → *Remote
  explosive/landmine/IED* (as r12a and later rounds: the text names no weapon), no actor (the column only
  speculates about ISIS/Iran), no date in the text (publication date); al-Shaalan's statement that Iran's
  agents «اعتقلوا» in Iraq → *Arrests*, historical, "unknown" (ambiguous: named in passing); Maliki
  freeing ISIS men and «سلمهم الموصل», the attacks on Shia mosques in the Gulf (aggregate) are rhetoric;
- US–Iran «shadow war» (Washington Post): only the nuclear deal → *Diplomacy/Agreement*, "unknown" (as
  r30b); the CIA training in Jordan (ongoing), Obama's press conference, Dempsey's testimony, Iran's
  continuing detention of Rezaian (a state) and the cyber-sabotage campaign (undated) are not coded;
- Turkey: the PKK roadside bomb near Diyarbakir «امس» → *Remote explosive/landmine/IED* 2015-07-26,
  2 dead (the car bomb, IEDs and the machine-gun fire a mention: one attack); Turkey's strikes «هذا
  الأسبوع» → two *Air/drone strike* 2015-07, one on ISIS in Syria and one on the PKK (no place named);
  opening its air bases to the coalition → *Diplomacy/Agreement* 2015-07 (as r15b/r17b's Incirlik consent);
  the six suspects «اعتقلوا» → *Arrests*, Diyarbakir accepted as place (the incident's place; ambiguous);
  Obama's official visit to Kenya → *Visit* (as r16c), publication date; the Suruc suicide bombing → *Suicide
  bomb*, 32 dead, ISIS (it is «نسب للتنظيم»), no date in the text (publication date; the real day is 20
  July); the Merkel–Davutoglu phone call → *Phone call* (its «اتفقا» a content of the call, not coded);
  the peace process of 2012, the June elections, the tweets and statements are not coded;
- «وعد سلمان»: Bahah's plane landing at Aden airport «اليوم» → *Diplomacy/Visit* (as r8a/r10a); the
  ministers who «منذ أسبوع وصل» → a second *Visit* 2015-07, place Aden by the article (ambiguous); Aden
  «باتت تحت سيطرة الحكومة الشرعية» → *Government regains territory*, "unknown" (background, one per
  article, as r9a/r10a); the start and end of Decisive Storm, Restoring Hope, resolution 2216 and King
  Salman's Sharm el-Sheikh speech are not coded (campaigns and a summit speech, as earlier rounds);
- Barzani/Sinjar/Baiji: ISIS's capture of Sinjar (3 August 2014) → *Non-state actor overtakes territory*,
  historical; its massacre of the Yazidis → *Violence against civilians/Attack*, historical, 2014-08,
  1,280 dead from the KRG toll (the «اعتدى بوحشية … في صيف 2014» first mention; «مذابح»/«المجازر» are
  mentions); 5,800 abducted → *Abduction/forced disappearance*, historical, "2014" (r17c coded the same
  three happenings, there undated); the Peshmerga and Syrian Kurds retaking parts of Sinjar «لاحقا» →
  *Government regains territory*, historical, "unknown" (ambiguous: the YPG is non-state); ISIS shooting
  44 young men in Bab al-Tawb square in Mosul «ظهر اليوم (أمس)» → *Attack* 2015-08-03, 44 dead; ISIS
  retaking the al-Asri and «600 دار» districts of Baiji → one *Non-state actor overtakes territory*
  2015-08-03 (one city, one day) with the security forces' 4 dead (the three-day attack, the shelling
  and «المواجهات» are mentions, as fresh); the coalition's air intervention of 2014 (a campaign), the
  refinery siege (ongoing) and the displaced/dead/missing tallies other than the massacre are not coded;
- al-Anad: the army and Resistance taking the base «أمس» → *Government regains territory* 2015-08-03
  (as fresh), 35 dead («نحو 30» Houthis/Saleh + 5 Resistance/army); the air cover (vague), Hadi's «ساعة
  الصفر» announcement, the combing operation, the 1967 British withdrawal and the coalition troops
  deployed around Aden are not coded; Marib: the clashes «صباح الإثنين» in al-Mukhdara and Mas → one
  *Armed clash* 2015-08-03, 11 dead (ambiguous: two places, but the toll is not split); coalition raids
  north of Marib (with the Mas camp depot) and at Sirwah → two *Air/drone strike* (two places), no date
  in the text; the ongoing clashes at Majzar → *Armed clash*, publication date (the al-Mukhdara front in
  the same sentence read as the Monday clash);
- State Department briefing: the US strikes on ISIS in northern Syria from Incirlik → *Air/drone strike*,
  no date in the text; the talks with Russia about de Mistura (undated, ongoing) and the New Syrian
  Forces' aims are not coded (ambiguous: «تحدثنا مع الروس» could be a *Talks*);
- Syrian heat wave (feature): the regime soldiers storming and taking an area of Rif Dimashq «قبل عامين»
  → *Government regains territory*, historical, "2013"; the house fire (an accident), the dust-storm
  deaths in Zaatari, generic shelling of the countryside and the burnt Ghouta are not coded;
- C-130 feature: the first plane of King Salman's relief airlift landing at Aden airport «الأسبوع
  الماضي» → *Diplomacy/Aid* 2015-07 (ambiguous: it also carried troops, a deployment); the Houthis
  fleeing from around the airport (rhetorical, undated) and the elite force's description are not coded;
- Yemeni riyal: Aden «جرى تحريرها … منذ أسبوعين» → *Government regains territory* 2015-07; the closure
  of Hodeidah port and the redirection of ships (a government decision; blockades were not coded in
  earlier rounds) and the currency fall are not coded.

Run: python tests/data/events_r36c_source.py   (writes events_r36c.jsonl)
Text licences: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r36c.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150807-01240"] = [  # opinion column on the Asir mosque attack
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "الاعتداء الإجرامي",
        target=("«مسجد» قوات الطوارئ", "قوات الطوارئ"),
        place=("عسير",),
    ),
    E(
        "Strategic developments/Arrests",
        "اعتقلوا",
        target=("عملاء لإيران",),
        place=("العراق",),
        date="unknown",
        status="historical",
    ),
]
F["snn-20150721-00110"] = [
    E(
        "Diplomacy/Agreement",
        "اتفاق نووي تاريخي",
        actor=("الولايات المتحدة", "إيران"),
        target=("إيران", "الولايات المتحدة"),
        date="unknown",
        also=("الاتفاق النووي",),
    ),
]
F["snn-20150727-00673"] = [
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "تفجير قنبلة مزروعة",
        actor=("مسلحين أكرادا", "حزب العمال الكردستاني"),
        target=("اثنين من جنوده", "الجيش التركي", "سيارة عسكرية"),
        place=("ديار بكر", "مدينة ديار بكر"),
        date="2015-07-26",
        fatalities=2,
        also=("انفجرت سيارة ملغومة وعبوات ناسفة", "فتحوا بعد ذلك النار"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "ضربات تستهدف متشددي تنظيم داعش",
        actor=("أنقرة", "تركيا"),
        target=("متشددي تنظيم داعش", "تنظيم داعش", "داعش"),
        place=("سورية",),
        date="2015-07",
        also=("شنت غارات بدورها",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "الضربات ضد حزب العمال",
        actor=("أنقرة", "تركيا"),
        target=("حزب العمال الكردستاني", "حزب العمال"),
        date="2015-07",
        also=("الغارات الجوية ضد حزب العمال الكردستاني",),
    ),
    E(
        "Diplomacy/Agreement",
        "فتح قواعدها العسكرية الجوية للتحالف",
        actor=("تركيا",),
        target=("التحالف", "التحالف الأميركي"),
        date="2015-07",
    ),
    E(
        "Strategic developments/Arrests",
        "اعتقلوا",
        target=("ستة أشخاص",),
        place=("ديار بكر",),
    ),
    E(
        "Diplomacy/Visit",
        "زيارة رسمية",
        actor=("باراك أوباما", "أوباما", "الرئيس الأميركي باراك أوباما"),
        place=("كينيا", "نيروبي"),
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "تفجير انتحاري",
        actor=("تنظيم داعش", "داعش"),
        target=("32 شخصا",),
        place=("سروج", "مدينة سروج"),
        fatalities=32,
        also=("التفجير الانتحاري الذي وقع في مدينة سروج",),
    ),
    E(
        "Diplomacy/Phone call",
        "مكالمة هاتفية",
        actor=("ميركل", "انجيلا ميركل"),
        target=("أحمد داود أوغلو", "داود أوغلو"),
        also=("خلال المكالمة",),
    ),
]
F["snn-20150801-01256"] = [
    E(
        "Diplomacy/Visit",
        "حطّت في مطار عدن",
        actor=("خالد بحاح", "نائب الرئيس اليمني خالد بحاح", "الحكومة الشرعية اليمنية"),
        place=("مطار عدن", "عدن"),
        also=("حطّت طائرة نائب الرئيس",),
    ),
    E(
        "Battles/Government regains territory",
        "باتت تحت سيطرة الحكومة الشرعية",
        actor=("الحكومة الشرعية",),
        target=("الحوثيون",),
        place=("عدن",),
        date="unknown",
    ),
    E(
        "Diplomacy/Visit",
        "وصل الوزراء",
        actor=("الوزراء",),
        place=("عدن",),
        date="2015-07",
    ),
]
F["snn-20150804-00158"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "احتلال سنجار",
        actor=("التنظيم الإرهابي", "تنظيم «داعش»", "داعش", "المتشددون"),
        target=("قوات البيشمركة الكردية", "قوات البيشمركة"),
        place=("سنجار", "قضاء سنجار"),
        date="2014-08-03",
        status="historical",
        also=("باجتياح قضاء سنجار",),
    ),
    E(
        "Violence against civilians/Attack",
        "اعتدى بوحشية",
        actor=("تنظيم «داعش»", "داعش", "التنظيم", "المتشددين"),
        target=("الطائفة الإيزيدية", "الإيزيديين"),
        place=("سنجار", "مدينة سنجار"),
        date="2014-08",
        status="historical",
        fatalities=1280,
        also=("مذابح", "المجازر", "1280 شخصا قتلوا"),
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "خطفوا",
        actor=("التنظيم", "داعش"),
        target=("5800 شخص", "الإيزيديين"),
        place=("سنجار",),
        date="2014",
        status="historical",
    ),
    E(
        "Battles/Government regains territory",
        "استعادة مساحات من أراضي سنجار",
        actor=("قوات البيشمركة", "قوات كردية سورية"),
        target=("المسلحين المتطرفين",),
        place=("سنجار",),
        date="unknown",
        status="historical",
    ),
    E(
        "Violence against civilians/Attack",
        "أعدم 44 شابا",
        actor=("«داعش»", "داعش", "تنظيم داعش"),
        target=("44 شابا",),
        place=("ساحة باب الطواب", "الموصل"),
        date="2015-08-03",
        fatalities=44,
        also=("أعدم رميا بالرصاص نحو 44 شابا",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "استعاد السيطرة على الحي العصري",
        actor=("تنظيم «داعش»", "داعش"),
        target=("القوات الأمنية", "الحشد", "القوات الحكومة"),
        place=("الحي العصري", "بيجي", "مدينة بيجي", "600 دار"),
        date="2015-08-03",
        fatalities=4,
        also=("استعادة السيطرة على الحي العصري", "المواجهات"),
    ),
]
F["snn-20150804-00335"] = [
    E(
        "Battles/Government regains territory",
        "فرض سيطرتها",
        actor=("قوات الجيش الوطني والمقاومة الشعبية", "الجيش الوطني", "المقاومة الشعبية"),
        target=("ميليشيا الحوثي وقوات صالح", "الحوثيين", "قوات صالح"),
        place=("قاعدة العند الجوية", "قاعدة العند", "محافظة لحج", "لحج"),
        date="2015-08-03",
        fatalities=35,
        also=("سيطرا بشكل كامل", "أثناء المواجهات", "سيطرتهما على مقر القاعدة"),
    ),
    E(
        "Battles/Armed clash",
        "مواجهات بين الطرفين",
        actor=("المقاومة", "رجال المقاومة"),
        target=("ميليشيات الحوثي وقوات صالح", "مسلحي الحوثي وصالح"),
        place=("المخدرة", "مأرب", "منطقة ماس", "ماس"),
        date="2015-08-03",
        fatalities=11,
        also=("مواجهات عنيفة اندلعت صباح الإثنين",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات جوية",
        actor=("طائرات التحالف", "التحالف"),
        target=("مواقع للحوثيين", "الحوثيين"),
        place=("شمال مأرب", "مأرب", "معسكر ماس"),
        also=("استهدفت مخزن أسلحة بمعسكر ماس",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "وشنت غارة",
        actor=("طائرات التحالف", "التحالف"),
        target=("مواقع للحوثيين وصالح", "الحوثيين"),
        place=("منطقة صرواح", "صرواح"),
    ),
    E(
        "Battles/Armed clash",
        "اشتباكات عنيفة بالجبهة الشمالية بمجزر",
        place=("مجزر",),
    ),
]
F["snn-20150807-00148"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "الضربات الجوية",
        actor=("الطائرات الأميركية", "قوات التحالف", "البنتاغون"),
        target=("«داعش»", "داعش"),
        place=("شمال سوريا", "سوريا"),
        also=("أول طلعات جوية",),
    ),
]
F["snn-20150804-00195"] = [  # heat-wave feature: only the regime's capture two years ago
    E(
        "Battles/Government regains territory",
        "اقتحامها والسيطرة عليها",
        actor=("جنود النظام السوري", "النظام السوري"),
        place=("ريف دمشق",),
        date="2013",
        status="historical",
    ),
]
F["snn-20150725-01519"] = [
    E(
        "Diplomacy/Aid",
        "وصلت الطائرة الأولى",
        actor=("طيارون سعوديون", "الملك سلمان بن عبدالعزيز", "القوات السعودية"),
        target=("الشعب اليمني", "اليمن"),
        place=("مطار عدن",),
        date="2015-07",
        also=("الجسر الجوي",),
    ),
]
F["snn-20150804-00121"] = [
    E(
        "Battles/Government regains territory",
        "تحريرها",
        actor=("المقاومة الشعبية والجيش الوطني", "المقاومة الشعبية", "الجيش الوطني"),
        place=("مدينة عدن", "عدن"),
        date="2015-07",
    ),
]

if __name__ == "__main__":
    print(build(F, OUT))
