"""Source of tests/data/events_r32b.jsonl: the thirty-second blind event round, part r32b.

10 real articles (SaudiNewsNet politics, 1,660–2,498 characters): the lines of /work/brief/DRAW_r32.tsv
(the saved output of `python tests/data/events_round32_select.py`) whose first column is `r32b`
(selection = events_round32_select.py, seed 3232, part r32b). All 10 kept, none dropped; 3 report no
event (negatives: the ISIS recruiter profile snn-20150802-00052, Assad's amnesty decree
snn-20150726-00818, the UN envoy's interview snn-20150804-01303). Annotated by reading only
(2026-11-29): the event coder was never run on these articles and no coder output was read. Same format
and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set); `build()`
comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three 12-word
runs with an article of another tests/data/events_*.jsonl set (checked at 09:36 UTC). Same happenings in
other words: Bahah's Aden visit of 1 August (r8a, r10a), the liberation of Aden (many rounds), the US
terror listing of Hezbollah officials (an earlier near-copy twin), the Jerusalem riots and the Gaza war
of 2014 (r26a and later), the GCC–Kerry–Lavrov meetings in Doha (fresh).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r30c_source.py):
- Bahah: his arrival in Aden «أمس» → *Diplomacy/Visit* 2015-08-01 (as r8a/r10a), the other officials'
  second Saudi plane and his tour of the airport and districts its mentions; Aden's liberation named as
  background → *Government regains territory* dated `2015-07` (the text places it «بعد أسبوعين» before
  the visit); Hadi's possible return (hypothetical), Bahah leaving for Abu Dhabi and the ministers sent
  to Marib, Hadramawt and Socotra are not coded (ambiguous: the last could be *Visit*s);
- Taiz/Aden/Abyan: the Resistance's advance on all Taiz fronts → *Armed clash*, publication date, the
  closing «تستمر فيه المواجهات … بالمحافظة» its mention (ambiguous: could be a separate clash); the
  Houthi field leaders captured → *Arrests* (as r12a/r13b); the Resistance «والجيش الموالي للشرعية»
  clearing the last pockets in Crater → *Government regains territory* (army named, as fresh); the
  Resistance's attack on al-Salamiya (Abyan) with shelling → *Non-state actor overtakes territory* (the
  attack and shelling its mentions, «العشرات» is no number); four coalition air strikes on al-Jufaina
  «صباح أمس» → *Air/drone strike* 2015-07-23; the Houthis fleeing and selling arms (a trend, as fresh),
  the habitual rockets from Lahj, the planned clearing of Lahj and the hoped-for aid plane are not coded;
- Abadi column: the anti-corruption protests → one *Peaceful protest*, publication date (recent,
  undated), no actor; Abadi's call, Sistani's call, the 2010 elections and Saddam's fall are not coded;
- Knesset law: the law itself is not coded (legislation); the East Jerusalem protests of 2014 with stones
  thrown at the light rail → one *Riots/Violent demonstration*, historical, 2014; the Gaza war →
  *Armed clash*, historical, 2014; the burning of a Palestinian youth → *Violence against
  civilians/Attack*, historical, 2014, 1 dead, no place (the text gives none); the habitual use of live
  fire on protests and the first intifada are generic;
- Asiri/Aden: Aden's 100% liberation → *Government regains territory*, date "unknown" (as r9a/r10a); the
  relief that «وصلت إلى عدن عن طريق الجو والبحر» → *Diplomacy/Aid*, no actor, publication date
  (ambiguous: undated); the ongoing clearing operation is not coded;
- Nasrallah: the US listing of three Hezbollah leaders → *Diplomacy/Sanction*, publication date (recent,
  «القرار الأخير»); the Turkish operations against ISIS (a campaign with no day, as an earlier round),
  the speech and the denied mediation are not coded;
- GCC column: the GCC ministers' meetings with Kerry and Lavrov → one *Diplomacy/Meeting*, publication
  date (recent, undated, no place in the text); Iran's backing of bombings in Baghdad and Samarra is
  generic;
- negatives: aggregate tolls (50,000 soldiers in Syria, 4,000 dead in Yemen), Assad's amnesty decree, the
  defections since 2011, the envoy's interview and the parties' declared acceptance of a ceasefire, and
  Aqsa Mahmood's departure for Syria (2013; recruitment, no violence) are not coded.

Run: python tests/data/events_r32b_source.py            (writes events_r32b.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

HERE = Path(__file__).parent
OUT = HERE / "events_r32b.jsonl"

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
        actor=("خالد بحاح", "بحاح", "نائب الرئيس اليمني رئيس الوزراء خالد بحاح"),
        place=("مدينة عدن", "عدن"),
        date="2015-08-01",
        also=("عودة بحاح", "زيارة بحاح", "وصل نائب رئيس الجمهورية", "وصل مسؤولون آخرون"),
    ),
]
F["snn-20150724-01163"] = [
    E(
        "Battles/Armed clash",
        "تقدمًا",
        actor=("المقاومة الشعبية", "المقاومة الشعبية في محافظة تعز"),
        target=("مليشيا الحوثي", "الحوثي"),
        place=("تعز", "محافظة تعز", "الرابعة", "الجمهوري", "جبل الوعش"),
        also=("المواجهات",),
    ),
    E(
        "Strategic developments/Arrests",
        "إلقاء القبض",
        actor=("المقاومة",),
        target=("عدد كبير من القيادات الميدانية الحوثية", "القيادات الميدانية الحوثية", "قائد كبير"),
        place=("تعز",),
    ),
    E(
        "Battles/Government regains territory",
        "تطهير",
        at="استكملت",
        actor=("المقاومة الشعبية والجيش الموالي للشرعية", "المقاومة الشعبية", "الجيش الموالي للشرعية"),
        target=("مليشيا الحوثي وصالح", "مليشيا الحوثي"),
        place=("مديرية كريتر", "كريتر", "مدينة عدن", "عدن"),
        also=("بالقضاء عليهم", "مطهرة بكاملها", "دحر الحوثي من المدينة"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرة",
        at="أسفرعن",
        actor=("المقاومة", "المقاومة بالمنطقة الوسطى"),
        target=("المليشيات الحوثية", "قوات المخلوع صالح"),
        place=("منطقة السلامية", "السلامية", "محافظة أبين", "أبين"),
        also=("هجومًا", "وأمطروهم", "دحر ما تبقى منهم", "الهجوم"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات",
        actor=("طائرات التحالف", "التحالف"),
        target=("الحوثيين", "فلول صالح"),
        place=("منطقة الجفينة", "الجفينة"),
        date="2015-07-23",
    ),
]
F["snn-20150802-00052"] = []  # an ISIS recruiter's guide; her 2013 departure; no violent happening
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
        actor=("المتظاهرون", "الفلسطينية"),
        place=("القدس الشرقية", "القدس"),
        date="2014",
        status="historical",
        also=("المظاهرات الفلسطينية عام 2014", "خلال الاحتجاجات"),
    ),
    E(
        "Battles/Armed clash",
        "حرب غزة",
        place=("غزة",),
        date="2014",
        status="historical",
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
        actor=("قوات التحالف", "التحالف", "المقاومة الشعبية"),
        target=("ميليشيات الحوثيين", "الحوثيين", "قوات المخلوع"),
        place=("عدن",),
        date="unknown",
        also=("عدن تم تحريرها", "عملية تحريرها", "عملية السهم الذهبي"),
    ),
    E(
        "Diplomacy/Aid",
        "وصلت",
        at="المعونات الإغاثية",
        place=("عدن",),
    ),
]
F["snn-20150726-00155"] = [
    E(
        "Diplomacy/Sanction",
        "بإدراج",
        actor=("الولايات المتحدة الأميركية", "الولايات المتحدة"),
        target=("ثلاثة من قادة الحزب", "حزب الله", "رجل أعمال"),
        also=("تعاقبنا",),
    ),
]
F["snn-20150726-00818"] = []  # Assad's amnesty decree; defections and the 50,000 toll are aggregates
F["snn-20150806-01035"] = [
    E(
        "Diplomacy/Meeting",
        "اجتماعات",
        actor=("وزراء خارجية دول مجلس التعاون", "دول مجلس التعاون"),
        target=(
            "وزيري خارجية الولايات المتحدة الأمريكية والاتحاد الروسي",
            "الولايات المتحدة الأمريكية",
            "الاتحاد الروسي",
        ),
        also=("اجتماعات غير مسبوقة",),
    ),
]
F["snn-20150804-01303"] = []  # the UN envoy's TV interview; the 4,000-dead toll is an aggregate

if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
