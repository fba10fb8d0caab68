"""Source of tests/data/agreement_r32b.jsonl: second independent annotation of part r32b for the
agreement study.

10 real articles (SaudiNewsNet politics, 1,660–2,498 characters): the lines of /work/brief/DRAW_r32.tsv
(the saved output of `python tests/data/events_round32_select.py`) whose first column is `r32b`
(selection = events_round32_select.py, seed 3232, part r32b). All 10 kept, none dropped; 3 of them
report no event (negatives). This is the second, independent annotation of these articles (the first
is tests/data/events_r32b*, which was not opened): it measures how far two careful human coders agree.
The file name does not start with events_ on purpose: it must not enter training. Annotated by reading
only (2026-11-29): the event coder was never run on these articles and no coder output was read. Same
format and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set);
`build()` comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1). The near-copy
check was skipped (done in the first annotation).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r30c_source.py):
- Bahah in Aden (01107): the coalition's liberation of Aden «بعد أسبوعين» before the visit →
  *Government regains territory* dated 2015-07 (the coalition «بمؤازرة المقاومة» as actor); Bahah's
  arrival in Aden «أمس» with ministers → *Diplomacy/Visit* 2015-08-01 (the second Saudi plane with
  other officials, his tour of the airport, port and districts are mentions of it: one government
  return, one city, one day); his departure for Abu Dhabi after a few hours → a second *Visit*
  2015-08-01 (ambiguous: only «يغادر إلى أبو ظبي» is said; «سيغادر في مهمة خارج البلد» a mention);
  the ministers' trips to Marib, Hadramawt and Socotra are domestic (not coded, as r14's domestic
  visits); Hadi's possible return is hypothetical;
- Taiz/Aden/Abyan (01163): the Resistance's advance on all Taiz fronts (al-Rabi'a, al-Jumhuri, Jabal
  al-Wa'sh) → *Armed clash* (as dev's «تقدم»; ambiguous: «في كل جبهات القتال» could be read as a
  campaign); the capture of Houthi field leaders (one fled dressed as a bride) → *Arrests*, the
  Resistance as actor; the Resistance and the pro-legitimacy army completing
  the clearing of Crater, making Aden wholly cleared → *Government regains territory* (forces «الموالي
  للشرعية»), the «النصر الكبير … في مدينة عدن» of the Taiz leader and «دحر الحوثي من المدينة» its
  mentions (ambiguous: a coder may code Aden's liberation apart with date "unknown"); the first Saudi
  military plane loaded with relief landing in Aden → *Diplomacy/Aid*, publication date; the
  Resistance's attack with shells on the Houthi/Saleh positions at al-Salamiya (Abyan) that took all
  the positions → one *Non-state actor overtakes territory* (the attack its first mention, as earlier
  rounds; «العشرات» dead and wounded: no count); the four coalition raids «صباح أمس» on al-Jufaina →
  *Air/drone strike* 2015-07-23 (place al-Jufaina only: the text does not name Marib); not coded: the
  Houthis' flight and weapon sales (a trend, as fresh), the aims to clear Taiz in 48 hours, the areas
  toward Lahj and al-Ain, the Houthi rockets from Lahj (habitual), the clashes «تستمر» on the various
  fronts of the governorate (generic, ongoing; ambiguous);
- ISIS recruiter (00052, negative): her travel to Syria in 2013, the 600 British women who joined, the
  beatings by husbands and the female patrols are a biography, a tally and habits;
- Abadi column (00087): the anti-corruption protests → one *Peaceful protest* in Iraq, publication date
  (background, as r15a/r24; ambiguous); Abadi's call to abolish posts, Sistani's call, Saddam's fall
  (2003, argument) and the 2010 elections are not coded;
- Knesset stone-throwing law (02054): the law (legislation) is not coded; the 2014 Palestinian protests
  in East Jerusalem where the protesters threw stones at the light rail → one *Riots/Violent
  demonstration*, historical, 2014 («العام الماضي»; the «المظاهرات … عام 2014» and «خلال الاحتجاجات»
  its mentions); the burning to death of a Palestinian youth → *Violence against civilians/Attack*,
  historical, 2014, 1 dead, no actor, no place (the text names none); the first intifada and the Gaza
  war (long wars), the habitual clashes and the undated use of live fire against protests (a
  criticism, aggregated) are not coded;
- Asiri/Aden (00760): Aden «تم تحريرها بنسبة 100%» → *Government regains territory*, date "unknown",
  no actor (the Golden Arrow operation is only «المسنودة من قوات التحالف»); the relief that reached Aden
  by air and sea and is distributed «منذ البارحة الأولى» → *Diplomacy/Aid* 2015-07-31 (ambiguous: the
  arrival is undated); the ongoing clearing, the Houthi attempts and the hoped-for committees are not
  coded;
- Nasrallah (00155): the recent US listing of three Hezbollah leaders and a businessman →
  *Diplomacy/Sanction*, publication date (the text gives none), «تعاقبنا» a mention; the Turkish
  operations against ISIS (a campaign named by country only, as earlier rounds), Iran's support
  (habitual), the nuclear deal (a time reference), the denied mediation (domestic) and the hoped-for
  meeting are not coded;
- Assad amnesty (00818, negative): the amnesty decree and the 2014 one (a pardon is not coded, as
  earlier rounds), the defection and death tallies since 2011 and the recruitment campaign;
- selective counter-terrorism column (01035): the meetings of the GCC foreign ministers with the US and
  Russian foreign ministers → one *Diplomacy/Meeting*, publication date, no place (the text names
  none; Doha in fact); Iran's support for groups, the attacks in Baghdad and Samarra (undated, generic)
  and the footer of other articles are not coded;
- UN envoy interview (01303, negative): the interview «أمس», the Arab League's readiness, the Houthi
  acceptance «بشكل متسلسل» of resolution 2216 (a conditional statement), the 4,000 dead (a war tally),
  the dengue deaths and child recruitment (generic) are not events.

Run: python tests/data/agreement_r32b_source.py   (writes agreement_r32b.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("agreement_r32b.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150802-01107"] = [
    E(
        "Battles/Government regains territory",
        "تحرير عدن",
        actor=("التحالف العربي", "المقاومة"),
        place=("عدن",),
        date="2015-07",
        also=("تحرير المدينة",),
    ),
    E(
        "Diplomacy/Visit",
        "وصل",
        at="إذ ",
        actor=("خالد بحاح", "بحاح", "نائب الرئيس اليمني رئيس الوزراء خالد بحاح"),
        place=("مدينة عدن", "عدن"),
        date="2015-08-01",
        also=("زيارتي", "عودة بحاح", "زيارة بحاح", "وصل مسؤولون", "وصل نائب رئيس الجمهورية", "وزار عددا"),
    ),
    E(
        "Diplomacy/Visit",
        "يغادر",
        at="وأمضى بحاح",
        actor=("بحاح", "خالد بحاح"),
        place=("أبو ظبي",),
        date="2015-08-01",
        also=("سيغادر في مهمة خارج البلد",),
    ),
]
F["snn-20150724-01163"] = [
    E(
        "Battles/Armed clash",
        "تقدمًا",
        actor=("المقاومة الشعبية",),
        target=("مليشيا الحوثي", "الحوثي"),
        place=("محافظة تعز", "تعز", "الرابعة", "الجمهوري", "جبل الوعش"),
    ),
    E(
        "Strategic developments/Arrests",
        "إلقاء القبض",
        actor=("المقاومة",),
        target=("القيادات الميدانية الحوثية", "قائد كبير"),
        place=("تعز",),
        also=("وقع بيد المقاومة",),
    ),
    E(
        "Battles/Government regains territory",
        "تطهير",
        at="استكملت",
        actor=("المقاومة الشعبية", "الجيش الموالي للشرعية"),
        target=("مليشيا الحوثي وصالح", "مليشيا الحوثي", "فلول صالح"),
        place=("مديرية كريتر", "كريتر", "عدن", "مدينة عدن"),
        also=("النصر الكبير للمقاومة", "ودحر الحوثي من المدينة"),
    ),
    E(
        "Diplomacy/Aid",
        "محملة بالمواد الإغاثية",
        actor=("سعودية", "السعودية"),
        place=("عدن",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "هجومًا",
        at="نفذت المقاومة بالمنطقة",
        actor=("المقاومة بالمنطقة الوسطى", "المقاومة"),
        target=("المليشيات الحوثية", "قوات المخلوع صالح"),
        place=("منطقة السلامية", "السلامية", "أبين", "محافظة أبين"),
        also=("أمطروهم", "دحر ما تبقى", "سيطرة المقاومة على كل المواقع"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات جوية",
        at="شنت طائرات التحالف",
        actor=("طائرات التحالف", "التحالف"),
        target=("الحوثيين", "فلول صالح"),
        place=("منطقة الجفينة", "الجفينة"),
        date="2015-07-23",
    ),
]
F["snn-20150802-00052"] = []  # ISIS recruiter profile: biography, tallies and habits
F["snn-20150810-00087"] = [
    E(
        "Protests/Peaceful protest",
        "المظاهرات",
        place=("العراق",),
        also=("استغلال المظاهرات",),
    ),
]
F["snn-20150721-02054"] = [
    E(
        "Riots/Violent demonstration",
        "الاحتجاجات",
        at="سلسلة من",
        actor=("المتظاهرون",),
        place=("القدس الشرقية",),
        date="2014",
        status="historical",
        also=("المظاهرات الفلسطينية عام 2014", "خلال الاحتجاجات"),
    ),
    E(
        "Violence against civilians/Attack",
        "إحراق",
        target=("شاب فلسطيني",),
        date="2014",
        status="historical",
        fatalities=1,
    ),
]
F["snn-20150802-00760"] = [
    E(
        "Battles/Government regains territory",
        "بتحريرها",
        target=("ميليشيات الحوثيين وقوات المخلوع", "ميليشيات الحوثيين", "الحوثيين", "قوات المخلوع"),
        place=("عدن",),
        date="unknown",
        also=("تم تحريرها", "عملية تحريرها"),
    ),
    E(
        "Diplomacy/Aid",
        "المعونات الإغاثية",
        place=("عدن",),
        date="2015-07-31",
    ),
]
F["snn-20150726-00155"] = [
    E(
        "Diplomacy/Sanction",
        "بإدراج",
        actor=("للولايات المتحدة الأميركية", "الولايات المتحدة الأميركية", "الولايات المتحدة"),
        target=("ثلاثة من قادة الحزب", "قادة الحزب", "حزب الله"),
        also=("تعاقبنا",),
    ),
]
F["snn-20150726-00818"] = []  # Assad's amnesty decree: a pardon, tallies since 2011
F["snn-20150806-01035"] = [
    E(
        "Diplomacy/Meeting",
        "اجتماعات",
        actor=("وزراء خارجية دول مجلس التعاون", "دول مجلس التعاون"),
        target=("الولايات المتحدة الأمريكية", "الاتحاد الروسي"),
        also=("اجتماعات غير مسبوقة",),
    ),
]
F["snn-20150804-01303"] = []  # UN envoy's TV interview: statements, plans and war tallies

if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
