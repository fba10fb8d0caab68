"""Source of tests/data/events_r36a.jsonl: the thirty-sixth blind event round, part r36a.

10 real articles (SaudiNewsNet politics, 2,562–3,777 characters): the lines of /work/brief/DRAW_r36.tsv
(the saved output of `python tests/data/events_round36_select.py`) whose first column is `r36a`
(selection = events_round36_select.py, seed 3636, part r36a). All 10 kept, none dropped; 2 negatives.
Annotated by reading only (2026-11-29): the event coder was never run on these articles and no coder
output was read. Same format and guidelines as events_dev_source.py and events_fresh_source.py
(docs/events.md § Dev set); `build()` comes from events_dev_source.py (SaudiNewsNet articles by
reference + sha1).

Near-copies: none (first 80 normalised characters and shared word 8-grams, threshold 3, checked against
every tests/data/events_*.jsonl).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r35c_source.py):
- Nasrallah's statements (01817, opinion): the speeches are not events; the battle of Qalamoun in which
  Hezbollah's forces «منيت … بخسائر كبيرة» → one *Armed clash*, historical, "unknown", Hezbollah as
  actor, no named opponent (ambiguous: a background battle); Hezbollah's fighters sent to Syria since
  2011 and Iran's dead in Syria are generic, not coded;
- negatives: snn-20150727-00432 (opinion on Decisive Storm's martyrs: a campaign, generic losses) and
  snn-20150723-00229 (opinion: Iraq's occupation, the Iran–Iraq war, Syria's revolution are rhetoric);
- Sitra (00704): the condemnations are not coded; the Sitra bombing → *Remote explosive/landmine/IED*,
  "unknown" (as r26c: the statement is «أمس السبت», the bombing earlier), no actor («الإرهابيون» only),
  police killed but unnumbered; the arms and explosives smuggling «التي ضبطت» entering Bahrain →
  *Disrupted weapons use*, historical, "unknown" (ambiguous); Iran's threats are not coded;
- Ankara–Washington (00327, opinion): the agreement → *Diplomacy/Agreement*, "unknown" (as r14b's
  Incirlik consent; the text gives no day), no place; the regime's and the US air campaigns on ISIS and
  the Turkish campaign against the Kurds (generic, conditional) are not coded;
- Jubari (01227): the expulsion of the Houthis from Aden → *Government regains territory*, "unknown"
  (as the liberation of Aden named as background in many rounds; «بالهزائم», «بعد تحريرها» mentions);
  Bahah's visit to Aden → *Diplomacy/Visit*, no day in the text, so the publication date (as earlier
  rounds); the appointments of advisers, the Houthi leader's offer and the aid are not coded;
- Iraqi protests (00345): one *Peaceful protest* per city the text describes: the aggregate (11
  provinces, Baghdad named first) coded for Baghdad; Amarah (first mention «حط فيها» in the sentence
  naming it), Nasiriyah («أكبرها»), Basra's first protests («خرجت أولى المظاهرات», "unknown"), Hilla's
  protest «مؤخرا» ("unknown"); planned: Hilla's civil disobedience (the tents being set up, "unknown";
  ambiguous: «قد تكون») and the unified protest «يوم الجمعة» → 2015-08-07; historical: Baghdad's
  protests «قبل عامين» (2013) and those of the western regions ("unknown"); the other listed provinces
  are not coded separately (no detail; ambiguous);
- Abdulkhaliq al-Houthi (00867): his arrest in Aden «أول من أمس» → *Arrests* 2015-07-25 (reported,
  though some sources say he is still besieged); the Resistance's capture of 72 Houthis including
  leaders in al-Tawahi → a second *Arrests*, publication date (ambiguous: could be the same operation);
  the killing of Hussein al-Houthi by Yemeni forces in 2004 and of his brothers Abdulqadir and Ali the
  same year → two *Armed clash* events, historical, 2004, 1 and 2 dead (ambiguous); the storming of
  Sanaa «في سبتمبر الماضي» → *Non-state actor overtakes territory*, historical, 2014-09; the soldiers'
  sit-in in Dhamar «الشهر الماضي» → *Peaceful protest*, historical, 2015-06; the withheld food
  allocations («نهب») and the delegation meeting officials are not coded;
- Mukalla (00023): ISIS's armed convoy and two checkpoints «أول من أمس» → *Strategic developments/
  Other*, 2015-07-30 (ambiguous: a show of force); AQAP's control of Mukalla since 2 April →
  *Non-state actor overtakes territory*, historical, 2015-04-02; al-Wuhayshi killed with two companions
  in a drone strike on 9 June → *Air/drone strike*, historical, 3 dead, no actor (the text names none);
  the robbery of the central bank branch → *Looting/property destruction*, historical, "unknown"; the
  drone campaign «قتل العشرات» (aggregate), the defections and ISIS's messages are not coded;
- Aden liberation (02664, opinion): the liberation of Aden airport and most of the city announced with
  the first Saudi plane's arrival «الخميس الماضي» → *Government regains territory* 2015-07-16 (the
  article's «اليوم السبت» is 18 July); the plane bringing Yemeni ministers to Aden → *Diplomacy/Visit*
  2015-07-16 (ambiguous, as Bahah's visits); Iran's nuclear deal with the West → *Diplomacy/Agreement*,
  "unknown" (as r15b); Khamenei's speech, Decisive Storm and the planned cabinet session are not coded.

Run: python tests/data/events_r36a_source.py   (writes events_r36a.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r36a.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150724-01817"] = [
    E(
        "Battles/Armed clash",
        "لمعركة القلمون",
        actor=("حزب الله", "قواته"),
        place=("القلمون بريف دمشق", "القلمون", "ريف دمشق"),
        date="unknown",
        status="historical",
        also=("منيت قواته بخسائر كبيرة في المعارك",),
    ),
]
F["snn-20150727-00432"] = []  # opinion on the martyrs of Decisive Storm: a campaign and generic losses
F["snn-20150802-00704"] = [
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "التفجير",
        target=("عناصر الشرطة",),
        place=("منطقة سترة", "سترة", "جزيرة سترة", "مملكة البحرين", "البحرين"),
        date="unknown",
        also=("التفجير الارهابي في جزيرة سترة", "التفجير الاجرامي الذي استهدف جزيرة سترة"),
    ),
    E(
        "Strategic developments/Disrupted weapons use",
        "ضبطت",
        place=("مملكة البحرين", "البحرين"),
        date="unknown",
        status="historical",
        also=("عمليات تهريب الأسلحة والمتفجرات",),
    ),
]
F["snn-20150723-00229"] = []  # opinion: Iraq's occupation, the Iran-Iraq war, Syria's revolution are rhetoric
F["snn-20150731-00327"] = [
    E(
        "Diplomacy/Agreement",
        "اتفاقهما",
        actor=("أنقرة", "تركيا"),
        target=("واشنطن", "الولايات المتحدة", "الإدارة الأميركية"),
        date="unknown",
        also=("للاتفاق التركي - الأميركي المفاجئ", "اتفاق عسكري بينهما"),
    ),
]
F["snn-20150804-01227"] = [
    E(
        "Battles/Government regains territory",
        "طرد",
        actor=("القوات الحكومية الشرعية",),
        target=("الميليشيات الحوثية", "ميليشيات جماعته", "الحوثيين"),
        place=("محافظة عدن", "عدن"),
        date="unknown",
        also=("بالهزائم", "بعد تحريرها"),
    ),
    E(
        "Diplomacy/Visit",
        "زيارة",
        actor=("خالد بحاح", "نائب الرئيس ورئيس الحكومة المهندس خالد بحاح"),
        place=("محافظة عدن", "عدن"),
    ),
]
F["snn-20150806-00345"] = [
    E(
        "Protests/Peaceful protest",
        "مظاهرات",
        actor=("مئات الآلاف من العراقيين", "العراقيين"),
        target=("حكومة رئيس الوزراء العراقي حيدر العبادي", "حيدر العبادي", "العبادي"),
        place=("العاصمة بغداد", "بغداد", "العراق"),
        also=("السخط الشعبي", "المظاهرات الأخيرة التي شهدتها 11 محافظة"),
    ),
    E(
        "Protests/Peaceful protest",
        "حط فيها",
        actor=("حميد اللامي", "المتظاهرين"),
        target=("حكومة العبادي", "العبادي"),
        place=("مدينة العمارة", "العمارة", "محافظة ميسان", "ميسان", "شارع دجلة"),
        also=("مظاهرات مدينة العمارة",),
    ),
    E(
        "Protests/Peaceful protest",
        "أكبرها",
        target=("حكومة العبادي", "العبادي"),
        place=("مدينة الناصرية", "الناصرية", "محافظة ذي قار", "ذي قار"),
    ),
    E(
        "Protests/Peaceful protest",
        "مظاهرة شهدتها المدينة مؤخرا",
        actor=("المتظاهرون", "أيسر الخفاجي"),
        place=("مدينة الحلة", "الحلة", "محافظة بابل", "بابل"),
        date="unknown",
        also=("خرجنا بمظاهرات وسط المدينة",),
    ),
    E(
        "Protests/Peaceful protest",
        "عصيان مدني",
        actor=("المتظاهرون", "أيسر الخفاجي"),
        place=("مدينة الحلة", "الحلة", "محافظة بابل", "بابل"),
        date="unknown",
        status="planned",
        also=("العصيان المدني", "للبدء بعصيان مدني"),
    ),
    E(
        "Protests/Peaceful protest",
        "مظاهرة موحدة",
        actor=("ناشطون مدنيون",),
        place=("العراق",),
        date="2015-08-07",
        status="planned",
        also=("يكون يوم الجمعة هو موعد لجميع المظاهرات",),
    ),
    E(
        "Protests/Peaceful protest",
        "المظاهرات التي شهدتها العاصمة بغداد قبل عامين",
        place=("العاصمة بغداد", "بغداد"),
        date="2013",
        status="historical",
    ),
    E(
        "Protests/Peaceful protest",
        "تلك التي كانت في المناطق الغربية",
        place=("المناطق الغربية",),
        date="unknown",
        status="historical",
    ),
    E(
        "Protests/Peaceful protest",
        "خرجت أولى المظاهرات",
        place=("البصرة",),
        date="unknown",
    ),
]
F["snn-20150727-00867"] = [
    E(
        "Strategic developments/Arrests",
        "اعتقال",
        actor=("المقاومة الشعبية", "حركة المقاومة الشعبية"),
        target=("عبدالخالق بدرالدين الحوثي", "عبدالخالق", "عبدالخالق الحوثي"),
        place=("عدن", "مدينة عدن"),
        date="2015-07-25",
        also=("اعتقال عبدالخالق، شقيق زعيم التمرد", "إلقاء القبض على عبدالخالق"),
    ),
    E(
        "Strategic developments/Arrests",
        "اعتقال قيادات حوثية كبيرة",
        actor=("المقاومة", "الثوار", "نايف البكري"),
        target=("قيادات حوثية كبيرة", "72 حوثيا", "غازي المصعبي", "ابن حبتور"),
        place=("حي التواهي", "التواهي", "مدينة عدن", "عدن"),
        also=("ألقى الثوار القبض على 72 حوثيا", "إلقاء القبض على تلك القيادات الحوثية البارزة"),
    ),
    E(
        "Battles/Armed clash",
        "مقتل مؤسسها",
        actor=("القوات اليمنية",),
        target=("حسين بدرالدين الحوثي",),
        place=("اليمن",),
        date="2004",
        status="historical",
        fatalities=1,
    ),
    E(
        "Battles/Armed clash",
        "مقتل عبدالقادر وعلي",
        target=("عبدالقادر وعلي", "عبدالقادر", "علي"),
        place=("اليمن",),
        date="2004",
        status="historical",
        fatalities=2,
    ),
    E(
        "Protests/Peaceful protest",
        "احتجاجا",
        actor=("عشرات منهم", "عشرات الجنود", "عناصر الجنود"),
        target=("اللجنة الثورية", "قيادة الأجهزة الأمنية"),
        place=("مبني المجمع الحكومي", "محافظة ذمار", "ذمار"),
        date="2015-06",
        status="historical",
        also=("وقفة احتجاجية",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "اجتياح",
        actor=("المتمردين",),
        place=("صنعاء", "للعاصمة صنعاء"),
        date="2014-09",
        status="historical",
    ),
]
F["snn-20150801-00023"] = [
    E(
        "Strategic developments/Other",
        "موكب",
        actor=("تنظيم داعش", "داعش", "عشرات المقاتلين المقنعين"),
        place=("مدينة المكلا", "المكلا", "حضرموت"),
        date="2015-07-30",
        also=("أقاموا نقطتي تفتيش", "الاستعراض"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "يسيطر",
        actor=("تنظيم القاعدة", "القاعدة"),
        place=("مدينة المكلا", "المكلا", "المدينة"),
        date="2015-04-02",
        status="historical",
        also=("سيطرتها على مدينة المكلا",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارة",
        target=("أبو بصير ناصر الوحيشي", "ناصر الوحيشي", "الوحيشي", "تنظيم القاعدة"),
        place=("منطقة كورنيش المحضار", "كورنيش المحضار", "المكلا"),
        date="2015-06-09",
        status="historical",
        fatalities=3,
    ),
    E(
        "Strategic developments/Looting/property destruction",
        "السطو",
        actor=("التنظيم", "القاعدة"),
        target=("فرع البنك المركزي اليمني", "البنك المركزي اليمني"),
        place=("المدينة", "المكلا"),
        date="unknown",
        status="historical",
    ),
]
F["snn-20150721-02664"] = [
    E(
        "Battles/Government regains territory",
        "تحرير عدن",
        actor=("قوات التحالف", "القوات الجنوبية", "المقاومة الشعبية", "قوات الجيش اليمني"),
        target=("مليشيات الحوثي", "الحوثيين"),
        place=("عدن", "مطار عدن الدولي", "مطار عدن"),
        date="2015-07-16",
        also=("تحرير مطار عدن", "السيطرة على أكثر من 90% من عدن"),
    ),
    E(
        "Diplomacy/Visit",
        "وصول أول طائرة سعودية",
        actor=("وزراء الحكومة اليمنية الشرعية", "عدداً من وزراء الحكومة اليمنية الشرعية"),
        place=("مطار عدن", "عدن"),
        date="2015-07-16",
    ),
    E(
        "Diplomacy/Agreement",
        "اتفاقها",
        actor=("الإيرانية", "إيران"),
        target=("الغرب",),
        date="unknown",
    ),
]


if __name__ == "__main__":
    print(build(F, OUT), "articles ->", OUT)
