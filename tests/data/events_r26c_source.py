"""Source of tests/data/events_r26c.jsonl: the twenty-sixth blind event round, part r26c.

10 real articles (SaudiNewsNet politics, 1,569–2,422 characters): the lines of /work/brief/DRAW_r26.tsv
(the saved output of `python tests/data/events_round26_select.py`) whose first column is `r26c`
(selection = events_round26_select.py, seed 2626, part r26c). All 10 kept, none dropped; 2 of them
report no event (negatives). Annotated by reading only (2026-11-29): the event coder was never run on
these articles and no coder output was read. Same format and guidelines as events_dev_source.py and
events_fresh_source.py (docs/events.md § Dev set); `build()` comes from events_dev_source.py
(SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three 12-word
runs with an article of another tests/data/events_*.jsonl set (checked against all sets present in tests/data at
08:31 UTC, r25a–c and r26a/b included). Same happenings in other words: the Asir Emergency Forces
mosque bombing (r9a, r12a/b, r17b, r21b, r25a, r26b …), the liberation of Aden, the Houthi taking of
Sanaa (2014-09), the Abyan advance on Zinjibar and Lawdar (many rounds), al-Radma in Ibb (r16a, r19c,
r21c).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r24c_source.py):
- MSF/Yemen: the Houthi shelling of Aden on the night of 19 July (206 wounded, no dead) → *Shelling*
  2015-07-19; the Aden fighting between the Houthis and the Southern Resistance «ﺃﺷﺪﻩ ﻗﺒﻞ ﻋﺸﺮﺓ ﺃﻳﺎﻡ» →
  *Armed clash* dated 2015-07 (ambiguous: "ten days ago" relative to the MSF statement, not to the
  publication day); the landmines planted by the Houthi/Saleh militias, 19 dead «أول من أمس» →
  *Remote explosive/landmine/IED* 2015-08-04; the Resistance's control of the north-Aden neighbourhoods
  → *Non-state actor overtakes territory*, "unknown"; daily shelling, the embargo and the closed
  clinics are not coded. Parts of this text use Arabic presentation forms (spans copied verbatim);
- Kuwaiti novelist (negative): a memoir of the 1990 invasion, metaphorical, no event coded
  (ambiguous: a coder could code the invasion as historical);
- Arab condemnation: the bombing of the Emergency Forces mosque in Asir «أمس» → *Remote explosive/
  landmine/IED* 2015-08-06 (the text says only «التفجير», as the earlier rounds), no actor, no number
  («عدد من»); the condemnations are not events;
- Chechen women: the Russian police's arrest of three women → *Arrests*, publication date («خلال الأيام
  القليلة الماضية»); the fraud and the transfers are not coded;
- Iran's programme (negative, opinion): 1948, 2006, 2008, the Iran–Iraq war, 2003 and the nuclear deal
  named as history/argument (as the 2003-occupation opinion pieces of earlier rounds);
- Batis: the liberation of Aden → *Government regains territory*, "unknown"; the clearing operations,
  the arrival of weapons and the Houthi storming of Sanaa (undated, as r24c) are not coded;
- Houthi opinion: the Houthi attacks on Saudi border villages in 2009 → *Armed clash*, historical,
  2009 (the Saudi counter-strikes part of it); the Houthis' taking of Sanaa «في سبتمبر الماضي» →
  *Non-state actor overtakes territory*, historical, 2014-09; the coalition's intervention, the threats
  and the flights from positions (a trend) are not coded;
- blood bags (opinion): the Sitra bombing → *Remote explosive/landmine/IED*, "unknown", no actor
  (Iran's «بصمات» is an allegation);
- Taiz: the storming of the Political Security building and freeing of prisoners → *Armed clash*
  (as «اقتحمت» in earlier rounds; ambiguous: could be a takeover); the clashes on the Taiz fronts
  (Kalaba, Hawd al-Ashraf, al-Arbaeen, Sina, Usayfira, Jabal al-Wahsh, al-Sittin) → one *Armed clash*,
  16 dead, the other mentions `also`; the militias' shelling of residential districts → *Shelling*;
  the clash with the convoy coming from Lahj → *Armed clash*; the mine stores in Jabal Sabr →
  *Disrupted weapons use*; the coalition strikes in Abyan «خلال اليومين الماضيين» → *Air/drone strike*
  2015-08-05 (start of the window), 80 dead; the flight from the Brigade 15 camp → *Non-violent
  transfer of territory* (ambiguous); the attack «أمس» on Zinjibar and the Central Region → *Armed
  clash* 2015-08-06; the safe exit for deserters is not coded;
- Abyan advance: the Lawdar clashes → *Armed clash* (the advance and the flight from Lawdar part of
  it); Dhale and Lahj (Southern Resistance) → two *Non-state actor overtakes territory*, "unknown";
  Shuqra and Wadi Hassan (pro-legitimacy forces) → two *Government regains territory*; Zinjibar and
  Brigade 15 «وسبق ذلك» → *Government regains territory*, "unknown"; Ibb's al-Radma district taken after
  negotiations → *Non-violent transfer of territory* (as the earlier «وإلقاء السلاح» call; ambiguous:
  earlier rounds coded Resistance captures in al-Radma as takeovers); the Taiz clashes → *Armed clash*, 23 dead (21
  Houthis + 2); the 41 killed «في مواجهات وغارات» in 24 hours → one *Air/drone strike*, no place
  (ambiguous: mixed clashes and strikes, no number coded); the 278-dead Abyan figure is a tally; the
  storming of al-Yadoumi's house and abduction of his brother and two sons → *Abduction*.

Negatives (2): snn-20150806-00291 (memoir), snn-20150725-00527 (opinion); the blood-bags opinion
piece (snn-20150731-01869) is kept for its Sitra bombing.

Run: python tests/data/events_r26c_source.py            (writes events_r26c.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r26c.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150806-00259"] = [
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصف الحوثيين",
        actor=("الحوثيين",),
        target=("مدينة عدن", "عدن"),
        place=("مدينة عدن", "عدن"),
        date="2015-07-19",
        also=("ﻗﺼﻒ ﻧﻔﺬﻩ ﺍﻟﺤﻮﺛﻴﻮﻥ",),
    ),
    E(
        "Battles/Armed clash",
        "ﺍﻟﻘﺘﺎﻝ",
        actor=("ﺍﻟﺤﻮﺛﻴﻴﻦ",),
        target=("ﺍﻟﻤﻘﺎﻭﻣﺔ ﺍﻟﺠﻨﻮﺑﻴﺔ",),
        place=("ﻋﺪﻥ",),
        date="2015-07",
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "الألغام الأرضية",
        actor=("ميليشيات الحوثي", "علي عبد الله صالح", "الحوثي"),
        place=("شمال عدن", "عدن"),
        date="2015-08-04",
        fatalities=19,
        also=("أعمال العنف",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرة",
        actor=("قوات المقاومة", "المقاومة"),
        target=("ميليشيات الحوثي",),
        place=("شمال عدن", "عدن"),
        date="unknown",
    ),
]
F["snn-20150806-00291"] = []  # memoir of the 1990 invasion of Kuwait: metaphorical, no event coded
F["snn-20150807-01406"] = [
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "التفجير الإرهابي",
        target=("مسجد قوات الطوارئ", "قوات الأمن"),
        place=("منطقة عسير", "عسير", "أبها"),
        date="2015-08-06",
        also=("بشدة التفجير الإرهابي", "الجريمة الإرهابية", "هذه الاعتداءات"),
    ),
]
F["snn-20150731-01638"] = [
    E(
        "Strategic developments/Arrests",
        "ضبطت",
        actor=("الشرطة الروسية",),
        target=("3 نساء", "نساء"),
        place=("جمهورية الشيشان", "الشيشان"),
    ),
]
F["snn-20150725-00527"] = []  # opinion: wars named as history, the nuclear deal as argument
F["snn-20150727-00874"] = [
    E(
        "Battles/Government regains territory",
        "تحرير عدن",
        target=("الحوثيين",),
        place=("عدن",),
        date="unknown",
    ),
]
F["snn-20150806-02639"] = [
    E(
        "Battles/Armed clash",
        "هاجم",
        actor=("الحوثيون",),
        target=("الحدود السعودية", "قرى"),
        place=("الحدود السعودية",),
        date="2009",
        status="historical",
        also=("اعتدوا على قرى",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "احتل",
        actor=("الحوثيون",),
        place=("صنعاء",),
        date="2014-09",
        status="historical",
    ),
]
F["snn-20150731-01869"] = [
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "تفجير سترة",
        place=("سترة", "البحرين"),
        date="unknown",
        also=("في تفجير سترة",),
    ),
]
F["snn-20150807-01034"] = [
    E(
        "Battles/Armed clash",
        "اقتحمت",
        actor=("المقاومة الشعبية",),
        target=("مبنى الأمن السياسي", "الانقلابيين"),
        place=("المدينة", "تعز"),
    ),
    E(
        "Battles/Armed clash",
        "مواجهات عنيفة",
        actor=("المقاومة", "الثوار"),
        target=("متمردا", "المتمردين"),
        place=("تعز", "كلابة", "حوض الأشرف", "شارع الأربعين", "صينة"),
        fatalities=16,
        also=("اشتباكات مماثلة", "اشتباكات عنيفة بين المتمردين", "اشتباكات عنيفة في شارع الستين"),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصف الأحياء السكنية",
        actor=("الميليشيات",),
        target=("الأحياء السكنية",),
        place=("المدينة", "تعز"),
    ),
    E(
        "Battles/Armed clash",
        "بالاشتباك",
        actor=("عناصرها", "المقاومة الشعبية"),
        target=("الانقلابيين", "آليات عسكرية"),
        place=("المحافظة", "تعز", "لحج"),
    ),
    E(
        "Strategic developments/Disrupted weapons use",
        "عثورها",
        actor=("قيادة المقاومة الشعبية", "المقاومة الشعبية"),
        target=("مخازن للألغام",),
        place=("جبل صبر", "محافظة تعز", "تعز"),
        also=("تم ضبطها",),
    ),
    E(
        "Strategic developments/Non-violent transfer of territory",
        "فروا",
        actor=("الحوثيين", "قوات الرئيس المخلوع"),
        place=("معسكر ومواقع اللواء 15", "اللواء 15", "زنجبار", "شقرة", "محافظة أبين", "أبين"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "الغارات",
        actor=("طائرات التحالف العربي", "التحالف العربي", "المقاتلات"),
        target=("الانقلابيين", "متمردا"),
        place=("زنجبار", "شقرة", "أبين"),
        date="2015-08-05",
        fatalities=80,
        also=("الغارات التي شنتها",),
    ),
    E(
        "Battles/Armed clash",
        "هاجمت",
        actor=("قوات تابعة للانقلابيين",),
        target=("مواقع المقاومة", "المقاومة", "الثوار"),
        place=("زنجبار", "المنطقة الوسطى", "أبين"),
        date="2015-08-06",
        also=("تصدوا للهجوم",),
    ),
]
F["snn-20150811-01470"] = [
    E(
        "Battles/Armed clash",
        "اشتباكات عنيفة",
        actor=("المقاومة", "المقاومة الجنوبية", "قوات الجيش الوطني اليمني"),
        target=("ميليشيات الحوثي", "قوات المخلوع"),
        place=("مدينة لودر", "لودر"),
        also=("تقدمت", "فروا"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "السيطرة الكاملة",
        actor=("المقاومة الجنوبية",),
        place=("محافظة الضالع", "الضالع"),
        date="unknown",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "السيطرة الكاملة",
        actor=("المقاومة الجنوبية",),
        place=("لحج",),
        date="unknown",
    ),
    E(
        "Battles/Government regains territory",
        "سيطرت",
        actor=("القوات الموالية للشرعية",),
        place=("مدينة شقرة", "شقرة", "أبين"),
        also=("منطقة شقرة",),
    ),
    E(
        "Battles/Government regains territory",
        "سيطرت",
        at="بعد أن",
        actor=("القوات الموالية للشرعية",),
        place=("وادي حسان",),
    ),
    E(
        "Battles/Government regains territory",
        "تحرير مدينة زنجبار",
        place=("مدينة زنجبار", "زنجبار", "اللواء 15 مشاة", "أبين"),
        date="unknown",
        also=("إسقاط مدينة أبين",),
    ),
    E(
        "Strategic developments/Non-violent transfer of territory",
        "سيطرت",
        at="وفي إب",
        actor=("القوات الموالية للشرعية", "مقاتلو المقاومة الشعبية", "المقاومة الشعبية"),
        target=("مليشيات الحوثي",),
        place=("مديرية الرضمة", "الرضمة", "إب"),
        also=("دخل مقاتلو المقاومة",),
    ),
    E(
        "Battles/Armed clash",
        "مواجهات",
        at="أما في تعز",
        target=("الحوثيين",),
        place=("تعز",),
        fatalities=23,
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات لطيران التحالف",
        actor=("طيران التحالف",),
        target=("ميليشيات الحوثيين",),
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "اختطاف",
        actor=("ميليشيا الحوثي",),
        target=("شقيقه", "محمد اليدومي", "رئيس حزب الإصلاح"),
        place=("صنعاء",),
        also=("اقتحام",),
    ),
]

if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}")
