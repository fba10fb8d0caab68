"""Source of tests/data/events_r29c.jsonl: the twenty-ninth blind event round, part r29c.

10 real articles (SaudiNewsNet politics, 1,533–2,466 characters): the lines of /work/brief/DRAW_r29.tsv
(the saved output of `python tests/data/events_round29_select.py`) whose first column is `r29c`
(selection = events_round29_select.py, seed 2929, part r29c). All 10 kept, none dropped; 1 of them
reports no event (negative). Annotated by reading only (2026-11-29): the event coder was never run on
these articles and no coder output was read. Same format and guidelines as events_dev_source.py and
events_fresh_source.py (docs/events.md § Dev set); `build()` comes from events_dev_source.py
(SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three 12-word
runs with an article of another tests/data/events_*.jsonl set (checked at 09:21 UTC). Same happenings in
other words: the liberation of Aden (many rounds), Bahah's Aden visit (r8a, r15a and later), the
humanitarian truce of 26 July (r24c, r28c …), the Iranian nuclear deal (r15b, r16a, r19c …), the Saudi
mosque bombings (Qatif, Dammam, Abha: earlier rounds).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r28c_source.py):
- «داعش هي الأخطر» (opinion with a dated list): the concrete dated happenings are coded as historical,
  dated by year: Iraq's invasion of Kuwait (1990) → *Non-state actor overtakes territory* (a foreign
  state's capture, as r16a), the coalition's attack on the Iraqi forces (1991) → two *Armed clash* (Kuwait,
  Iraq; same trigger), Saddam's missiles on Saudi cities → *Shelling/artillery/missile attack* and his
  entry into al-Khafji → *Non-state actor overtakes territory* (1991), al-Qaeda's 11 September attack →
  *Violence against civilians/Attack* (2001, no place named); the mosque bombings in Qatif, Dammam and
  Abha → three *Remote explosive/landmine/IED* (one trigger, date "unknown", historical, as earlier rounds). Not coded: the Iran–Iraq war and its «حرب المدن» (a
  multi-year war), the US occupation of Iraq (2003: history in an opinion piece, as the 2003-occupation
  negatives of earlier rounds), ISIS's capture of Iraqi and Syrian land (no day or place: a trend),
  al-Qaeda's 2004 attacks (a year's tally), the Arab Spring (ambiguous all: a coder could leave the whole
  list uncoded as argument, as some earlier opinion negatives, or code 2003 and 2014 too);
- Russia/ISIS opinion (negative): the 2013 chemical-arsenal deal named as argument, the regime's shelling
  («ما فتأت تقصف») habitual, the coalition's operations «القائمة منذ سنتين» ongoing, the Russian initiative
  a proposal;
- al-Amri: the humanitarian truce «التي بدأت يوم أمس» → *Strategic developments/Agreement* 2015-07-26 (Hadi
  announced it; the coalition accepted); Aden «بعد تحرير» → *Government regains territory*, "unknown"; the
  Saudi air bridge → *Diplomacy/Aid*, "unknown" (ambiguous: ongoing background); the observers, the
  demand to withdraw from al-Anad and hand over hostages are plans/conditions, not coded;
- Aden governor (31 July): Aden «تم تطهير … بالكامل» → *Government regains territory*, "unknown", the
  Resistance accepted as actor («تصفيتهم» a mention); the surrender and arrests of remaining Houthis and
  the Resistance «القضاء على» the sleeper cells → one *Arrests*, publication date (ambiguous: «القضاء على»
  could be killing); the districts «التي سيطر عليها الحوثيون» (relative clause, background), recruits,
  the relief received are not coded;
- «هذا اليوم في التاريخ» almanac (historical, year dates, as r12a/r15b/r16a): Dollfuss's assassination
  (1934) → *Attack*, 1 dead; the Italian air raids on the British in Palestine and Egypt (1940) → two
  *Air/drone strike*; Mussolini's fall (1943) → *Strategic developments/Other* (as r16a's coup;
  ambiguous); Turkey retaking the US bases (1975) → *Non-violent transfer of territory*; Arafat signing
  acceptance of the UN resolutions (1982) → *Diplomacy/Agreement* (as r15b's acceptances; ambiguous); the
  Jordan–Israel declaration (1994) → *Diplomacy/Agreement*; Israel's operation against Hezbollah in south
  Lebanon (1993) → *Armed clash* (no means named, as r16a's Haditha), 132 dead; the Liberian peace
  accord in Cotonou (1993) → *Strategic developments/Agreement* (non-state parties); the Saint-Michel
  metro blast in Paris (1995) → *Remote explosive/landmine/IED*, no count (the 8 dead are the total of
  the eight attacks: ambiguous); Ghailani's arrest (2004) → *Arrests*. Not coded: Mata Hari's sentence
  and judicial execution (ambiguous), the Bikini nuclear test, the ban on Jewish doctors, the 1982 Israeli
  invasion named as a heading, the 1998 Kenya/Tanzania attacks named in the charge, births/deaths;
- Washington Post: Carter's meeting with King Salman and Mohammed bin Salman «يوم الأربعاء» → *Meeting*
  2015-07-22 and the agreement reached there → *Diplomacy/Agreement* 2015-07-22 (ambiguous: a coder could
  code only the meeting); the nuclear deal «الأسبوع الماضي», signed «في 14 يوليو» → *Diplomacy/Agreement*
  2015-07-14; the Resistance's and army's gains against the Houthis «في الأيام الأخيرة» → *Government
  regains territory* 2015-07, no place (ambiguous: vague); threats and warnings not coded;
- Houthi looting: the looting of homes in Mashraa and Hadnan (Taiz) during Eid → *Looting/property
  destruction* dated 2015-07 (Eid al-Fitr; the first, aggregate sentence is its first mention, the
  checkpoint thefts a mention) and the abduction of family members there → *Abduction/forced
  disappearance*; the gangs' thefts and raids on homes in Sanaa → a second *Looting*, 2015-07 (ambiguous:
  present-tense, ongoing); the Houthi storming of Sanaa «منذ» → *Non-state actor overtakes territory*,
  historical, "unknown"; the continuing looting of politicians' property is habitual;
- Bahah in Aden: his inspection visit → *Diplomacy/Visit*, publication date (as r8a/r15a); Aden «تم
  تطهيرها» → *Government regains territory*, "unknown"; the Resistance's aim to free Lahj etc., Hadi's
  planned return and the cooperation in «ضبط» sleeper cells (ongoing) are not coded; the minister's phone
  interview is not a *Phone call*;
- Aden youth: Aden's liberation «بعد تحرير المدينة» → *Government regains territory*, "unknown"; Bahah's
  «زيارته الأخيرة» → *Diplomacy/Visit*, "unknown"; the coalition's technical and in-kind aid → *Diplomacy/
  Aid*; the governor's meeting with officials (domestic), Hadi's decree integrating the Resistance
  (ambiguous: *Change to group/activity*), the ongoing clearing of pockets are not coded;
- Abyan: the Resistance alone taking al-Ain «أمس» → *Non-state actor overtakes territory* 2015-08-10 (as
  r28c/r26c; the fierce battles in the town a mention), driving the rebels from Jabal Akd → *Non-state
  actor overtakes territory*, and the clashes at Aqabat Thira → *Armed clash* (publication date); the road
  and Shuqra «مساء أمس» → *Non-state actor overtakes territory* 2015-08-10 with the clashes' 38 dead (one
  event: ACLED codes the fight for a place as its takeover; the 33 who surrendered not coded apart);
  Zinjibar «عقب تحريرها» → *Government regains territory*, "unknown"; completing control of the 15th
  Brigade → *Non-state actor overtakes territory* and the coalition's air raids there → *Air/drone
  strike*; mine clearance and the coming «المعركة الفاصلة» are not coded.

Run: python tests/data/events_r29c_source.py   (writes events_r29c.jsonl)
Text licences: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r29c.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150810-00358"] = [  # opinion with a dated list of crises
    E(
        "Battles/Non-state actor overtakes territory",
        "اجتاح",
        actor=("صدام حسين", "الرئيس العراقي السابق صدام حسين"),
        place=("الحدود الكويتية",),
        date="1990",
        status="historical",
        also=("واحتلها",),
    ),
    E(
        "Battles/Armed clash",
        "هجوماً",
        actor=("قوات التحالف", "أمريكا", "بريطانيا"),
        target=("القوات العراقية",),
        place=("بالكويت",),
        date="1991",
        status="historical",
    ),
    E(
        "Battles/Armed clash",
        "هجوماً",
        actor=("قوات التحالف", "أمريكا", "بريطانيا"),
        target=("القوات العراقية",),
        place=("الأراضي العراقية",),
        date="1991",
        status="historical",
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "إطلاق صواريخ",
        actor=("صدام حسين",),
        target=("المدن السعودية",),
        place=("المدن السعودية",),
        date="1991",
        status="historical",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "الدخول إلى الخفجي",
        actor=("صدام حسين",),
        place=("الخفجي",),
        date="1991",
        status="historical",
    ),
    E(
        "Violence against civilians/Attack",
        "هاجمت",
        actor=("منظمة القاعدة", "القاعدة"),
        target=("الأبراج الأمريكية",),
        date="2001",
        status="historical",
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "تفجير المساجد",
        actor=("داعش", "قادة داعش"),
        target=("المساجد",),
        place=("القطيف",),
        date="unknown",
        status="historical",
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "تفجير المساجد",
        actor=("داعش", "قادة داعش"),
        target=("المساجد",),
        place=("الدمام",),
        date="unknown",
        status="historical",
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "تفجير المساجد",
        actor=("داعش", "قادة داعش"),
        target=("المساجد",),
        place=("أبها",),
        date="unknown",
        status="historical",
    ),
]
F["snn-20150803-00605"] = []  # opinion on a Russian anti-ISIS alliance: argument, habits, proposals
F["snn-20150727-00675"] = [
    E(
        "Strategic developments/Agreement",
        "الهدنة الإنسانية",
        actor=("الرئيس اليمني عبدربه منصور هادي", "عبدربه منصور هادي", "قيادة التحالف"),
        place=("اليمن",),
        date="2015-07-26",
        also=("الهدنة التي أعلن عنها",),
    ),
    E(
        "Battles/Government regains territory",
        "تحرير عدن",
        place=("عدن",),
        date="unknown",
    ),
    E(
        "Diplomacy/Aid",
        "جسرا جويا",
        actor=("المملكة",),
        target=("الشعب اليمني", "للمتضررين"),
        place=("اليمن",),
        date="unknown",
    ),
]
F["snn-20150731-01092"] = [
    E(
        "Battles/Government regains territory",
        "تطهير مدينة عدن",
        actor=("المقاومة الشعبية", "أجهزة المقاومة الأمنية", "المقاومة"),
        target=("الحوثيين",),
        place=("عدن", "مدينة عدن"),
        date="unknown",
        also=("تصفيتهم",),
    ),
    E(
        "Strategic developments/Arrests",
        "سلم نفسه",
        actor=("أجهزة المقاومة الأمنية", "المقاومة الشعبية", "المقاومة"),
        target=("الخلايا النائمة", "الحوثيين"),
        place=("عدن",),
        also=("إلقاء القبض", "القضاء على جميع الخلايا النائمة"),
    ),
]
F["snn-20150725-00437"] = [  # the «هذا اليوم في التاريخ» almanac
    E(
        "Violence against civilians/Attack",
        "اغتيال",
        actor=("أعضاء في الحزب النازي النمسوي", "الحزب النازي النمسوي"),
        target=("المستشار النمسوي انغلبرت دولفوس", "انغلبرت دولفوس"),
        date="1934",
        status="historical",
        fatalities=1,
        also=("محاولة انقلابية",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات جوية",
        actor=("إيطالية",),
        target=("القوات البريطانية",),
        place=("فلسطين",),
        date="1940",
        status="historical",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات جوية",
        actor=("إيطالية",),
        target=("القوات البريطانية",),
        place=("مصر",),
        date="1940",
        status="historical",
    ),
    E(
        "Strategic developments/Other",
        "سقوط موسوليني",
        target=("موسوليني", "الحكومة الفاشية"),
        place=("إيطاليا",),
        date="1943",
        status="historical",
    ),
    E(
        "Strategic developments/Non-violent transfer of territory",
        "تستعيد السيطرة",
        actor=("تركيا",),
        target=("الأميركية",),
        place=("تركيا",),
        date="1975",
        status="historical",
    ),
    E(
        "Diplomacy/Agreement",
        "يوقع وثيقة",
        actor=("ياسر عرفات",),
        target=("الأمم المتحدة",),
        date="1982",
        status="historical",
    ),
    E(
        "Diplomacy/Agreement",
        "إعلان أردني-إسرائيلي",
        actor=("أردني", "إسرائيلي"),
        target=("إسرائيلي", "أردني"),
        date="1994",
        status="historical",
    ),
    E(
        "Battles/Armed clash",
        "تشن عملية",
        actor=("إسرائيل",),
        target=("حزب الله",),
        place=("جنوب لبنان", "لبنان"),
        date="1993",
        status="historical",
        fatalities=132,
    ),
    E(
        "Strategic developments/Agreement",
        "توقيع اتفاق سلام",
        actor=("الفصائل الليبيرية",),
        place=("كوتونو",),
        date="1993",
        status="historical",
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "انفجار",
        place=("باريس", "محطة سان ميشال"),
        date="1995",
        status="historical",
    ),
    E(
        "Strategic developments/Arrests",
        "اعتقال",
        target=("أحمد خلفان غيلاني", "التنزاني أحمد خلفان غيلاني"),
        date="2004",
        status="historical",
    ),
]
F["snn-20150724-01236"] = [
    E(
        "Diplomacy/Agreement",
        "اتفق",
        actor=("القادة السعوديون", "الملك سلمان بن عبدالعزيز", "الأمير محمد بن سلمان"),
        target=("الأمريكيون", "آشتون كارتر", "وزير الدفاع الأمريكي آشتون كارتر"),
        date="2015-07-22",
        also=("اتفقوا",),
    ),
    E(
        "Diplomacy/Meeting",
        "لقاء",
        actor=("وزير الدفاع الأمريكي آشتون كارتر", "آشتون كارتر", "كارتر"),
        target=("الملك سلمان بن عبدالعزيز", "الأمير محمد بن سلمان", "الملك سلمان"),
        date="2015-07-22",
        also=("محادثته", "هذه المباحثات", "عقب المباحثات"),
    ),
    E(
        "Diplomacy/Agreement",
        "اتفاق",
        at="أن يقود ",
        target=("طهران", "إيران"),
        date="2015-07-14",
        also=("توقيع الاتفاقية مع إيران",),
    ),
    E(
        "Battles/Government regains territory",
        "حققت مكاسب",
        actor=("المقاومة الشعبية", "الجيش الوطني الموالي للحكومة اليمينة الشرعية", "الجيش الوطني"),
        target=("الحوثيين",),
        date="2015-07",
    ),
]
F["snn-20150722-01849"] = [
    E(
        "Strategic developments/Looting/property destruction",
        "نهب",
        actor=("مليشيات الحوثي", "عصابات مسلحة", "الحوثي"),
        target=("سكان محليون", "النساء"),
        place=("مشرعة وحدنان", "محافظة تعز", "تعز"),
        date="2015-07",
        also=("داهمت", "بسلب", "لسرقة حقائبهن"),
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "اختطاف",
        actor=("عصابات مسلحة", "مليشيات الحوثي", "الحوثي"),
        target=("عدد من اسرهم",),
        place=("مشرعة وحدنان", "محافظة تعز", "تعز"),
        date="2015-07",
    ),
    E(
        "Strategic developments/Looting/property destruction",
        "أعمال سرقة",
        at="تمارس ",
        actor=("عصابات", "الحوثي"),
        target=("المنازل",),
        place=("صنعاء", "العاصمة صنعاء"),
        date="2015-07",
        also=("للسطو المسلح والنهب",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "مداهمتها",
        actor=("مليشيات الحوثي", "الحوثي"),
        place=("صنعاء", "العاصمة صنعاء"),
        date="unknown",
        status="historical",
        also=("والسيطرة على المؤسسات الحكومية",),
    ),
]
F["snn-20150803-00571"] = [
    E(
        "Diplomacy/Visit",
        "تفقد",
        actor=("الدكتور خالد بحاح", "خالد بحاح", "بحاح"),
        place=("عدن", "مدينة عدن"),
        also=("زيارة نائب رئيس الجمهورية", "جولة تفقدية"),
    ),
    E(
        "Battles/Government regains territory",
        "تطهيرها",
        target=("الحوثيين",),
        place=("عدن",),
        date="unknown",
    ),
]
F["snn-20150804-00761"] = [
    E(
        "Battles/Government regains territory",
        "تحرير المدينة",
        target=("فلول الإرهابيين",),
        place=("عدن", "مدينة عدن"),
        date="unknown",
        also=("إكمال عملية تحرير المحافظة",),
    ),
    E(
        "Diplomacy/Visit",
        "زيارته الأخيرة",
        actor=("خالد بحاح", "بحاح"),
        place=("عدن",),
        date="unknown",
    ),
    E(
        "Diplomacy/Aid",
        "مساعدات فنية وعينية",
        actor=("قيادة التحالف",),
        place=("عدن",),
    ),
]
F["snn-20150811-00949"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرتهم",
        actor=("الثوار", "مقاتلو المقاومة الشعبية", "المقاومة الشعبية"),
        target=("ميليشيات الحوثي وصالح", "ميليشيات التمرد الحوثي", "ميليشيات الحوثي"),
        place=("مدينة العين", "العين"),
        date="2015-08-10",
        also=("معارك عنيفة",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "وأرغموهم على مغادرة المكان",
        actor=("الثوار",),
        target=("عناصر التمرد",),
        place=("جبل عكد",),
        also=("لاحق الثوار",),
    ),
    E(
        "Battles/Armed clash",
        "مواجهات عنيفة",
        actor=("الثوار",),
        target=("عناصر التمرد",),
        place=("عقبة ثرة",),
        also=("يحاصرون",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطر",
        at="وفي نفس المحافظة",
        actor=("عناصر المقاومة", "الثوار"),
        target=("ميليشيات الحوثيين", "فلول الرئيس المخلوع علي عبدالله صالح"),
        place=("مدينة شقرة", "شقرة", "الطريق الرابط بين محافظتي أبين وعدن"),
        date="2015-08-10",
        fatalities=38,
        also=("واجتاحوا", "المواجهات التي جرت"),
    ),
    E(
        "Battles/Government regains territory",
        "تحريرها",
        place=("زنجبار", "مدينة زنجبار"),
        date="unknown",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "أكملت كتائب الثوار سيطرتها",
        actor=("كتائب الثوار", "الثوار"),
        target=("الحوثيين",),
        place=("اللواء 15", "زنجبار"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "شن غارات",
        actor=("طيران التحالف العربي", "التحالف العربي"),
        target=("مواقع المتمردين", "المتمردين"),
        place=("اللواء 15", "زنجبار"),
        also=("الفرار من الموقع",),
    ),
]


if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
