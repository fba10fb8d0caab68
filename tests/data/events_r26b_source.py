"""Source of tests/data/events_r26b.jsonl: the twenty-sixth blind event round, part r26b.

10 real articles (SaudiNewsNet politics, 1,510–2,480 characters): the lines of /work/brief/DRAW_r26.tsv
(the saved output of `python tests/data/events_round26_select.py`) whose first column is `r26b`
(selection = events_round26_select.py, seed 2626, part r26b). All 10 kept, none dropped; 1 of them
reports no event (negative). Annotated by reading only (2026-11-29): the event coder was never run on
these articles and no coder output was read. Same format and guidelines as events_dev_source.py and
events_fresh_source.py (docs/events.md § Dev set); `build()` comes from events_dev_source.py
(SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three 12-word
runs with an article of another tests/data/events_*.jsonl set. Same happenings in other words: the
Asir mosque bombing (r9a, r12a: coded the same way), Turkey opening Incirlik to the coalition (r20–r24),
the PKK killing of two soldiers/policemen (r12b and others), Turkey's strikes on PKK camps from 24 July.

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r24c_source.py):
- Turkey/PKK analysis: the PKK operation «الأسبوع الماضي» killing two Turkish soldiers → *Armed clash*
  2015-07, 2 dead, no place named; opening Incirlik to the coalition («سيكون مشروطا … سيتم فتح») →
  *Diplomacy/Agreement*, planned (ambiguous: a second analyst speaks of it as done); the coming
  coalition strikes are not coded;
- US–Turkish deal: the agreement → *Diplomacy/Agreement*, publication date (the text dates only the
  newspaper's report), place Incirlik; «أشهر من المفاوضات بين أنقرة واشنطن» → *Diplomacy/Talks*, date
  "unknown" (ambiguous); the army and police operations «أمس الأول» against IS/PKK suspects → *Arrests*
  2015-07-23 (as r24c's raids); the no-fly zone, the safe zone and the coalition sorties are plans;
- «تحت الوصاية» (opinion): the Muhaya bombing, which the text dates «منذ عام 1996م» → *Remote explosive*,
  historical, 1996 (the writer's date; ambiguous); the coalition driving Saddam out of Kuwait →
  *Government regains territory*, historical, "unknown"; the border treaty signed with Yemen →
  *Diplomacy/Agreement*, historical, "unknown"; Iran's plots «كادت تحدث» and the generic fight on terror
  are not coded;
- al-Jaburi interview: the Dawa members' «أعمال هجومية بمحافظة السليمانية» after training in Ahvaz →
  *Armed clash*, historical, "unknown" (1980s; ambiguous); the party split, the training and
  «تحرير العراق من نظام صدام» (no actor, a regime change named in passing) are not coded;
- Heikal (negative): claims about 9/11 and the nuclear deal named in passing;
- Agri: the PKK tractor bomb «خلال الليل» (statement «أمس الأحد») → *Suicide bomb* 2015-08-02, 2 dead;
  the Mardin landmine → *Remote explosive* 2015-08-02 (the «هجمات اليوم» of the same wire), 1 dead, no
  actor; Ankara's air campaign on PKK camps in northern Iraq → *Air/drone strike* 2015-07-24 (its start;
  later mentions are `also`); Turkey allowing the coalition to use its bases → *Diplomacy/Agreement*,
  "unknown"; Erdogan launching talks in 2012 → *Talks*, historical, 2012; the ceasefire since March 2013
  → *Strategic developments/Agreement*, historical, 2013-03; tallies (60 since 20 July, 40,000 since
  1984) are not coded;
- «وطنية» (opinion): MP Dashti meeting Assad → *Meeting* and visiting Imad Mughniyeh's father → *Visit*,
  both publication date («هذه الأيام»); the attempt on the Emir Jaber's life → *Violence against
  civilians/Attack*, historical, "unknown", and the Jabriya hijacking → *Abduction/forced
  disappearance*, historical, "unknown" (deaths unnumbered), Mughniyeh accused of both (ambiguous:
  accusations named in passing);
- Yemeni community (condolence): the Asir emergency-forces mosque bombing → *Remote explosive*
  (as r9a/r12a), publication date, dead unnumbered; Decisive Storm, Restoring Hope, Golden Arrow named
  as background are not coded;
- Jubeir: the Hamas delegation's visit to Saudi Arabia «في الآونة الأخيرة» → *Visit*, publication date;
  Jubeir–Shoukry in Jeddah «أمس» (press conference and talks) → one *Meeting* 2015-07-23; Shoukry's
  meeting with Crown Prince Mohammed bin Nayef → *Meeting*, publication date (the text gives no day);
- Sudanese student: his suicide operation in Raqqa «الأحد الماضي» (third day of Eid) → *Suicide bomb*
  2015-07-19, 1 dead (the bomber), actor the student / ISIS; Abu al-Layth killed «في 22 أبريل» in the
  Qarmid camp operation with Nusra fighters → *Armed clash* 2015-04-22, 1 dead; the Sudanese security
  «استعادت ثلاثة منهم» before the border (a return of recruits, ambiguous), Abu al-Fida's death
  (no circumstance), a Sudanese killed in Libya and the students' travel are not coded.
Negative (1): snn-20150726-00437 (Heikal opinion).
Run: python tests/data/events_r26b_source.py            (writes events_r26b.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r26b.jsonl")

F: dict[str, list[dict]] = {}  # in draw order
F["snn-20150726-01332"] = [
    E(
        "Battles/Armed clash",
        "العملية",
        at="من قبل حزب العمال",
        actor=("حزب العمال الكردستاني",),
        target=("جنديين تركيين", "جنديين"),
        date="2015-07",
        fatalities=2,
        also=("بقتل جنديين تركيين",),
    ),
    E(
        "Diplomacy/Agreement",
        "فتح قاعدة انجرليك",
        target=("قوات التحالف", "التحالف"),
        place=("قاعدة انجرليك", "انجرليك", "قاعدة انجرليك الجوية"),
        status="planned",
        also=("فتح القاعدة", "فتح قاعدة انجرليك الجوية"),
    ),
]
F["snn-20150725-01371"] = [
    E(
        "Diplomacy/Agreement",
        "الاتفاق",
        actor=("تركيا", "أنقرة"),
        target=("الولايات المتحدة", "واشنطن"),
        place=("قاعدة أنجرليك", "أنجرليك", "قاعدة أنجرليك الجوية"),
        also=("الاتفاق الذي يسمح", "وجاء الاتفاق", "الاتفاق ينص"),
    ),
    E(
        "Diplomacy/Talks",
        "المفاوضات",
        actor=("أنقرة",),
        target=("واشنطن",),
        date="unknown",
    ),
    E(
        "Strategic developments/Arrests",
        "العمليات",
        actor=("الجيش والشرطة", "الجيش", "الشرطة"),
        target=(
            "عناصر يشتبه بانتمائهم إلى تنظيم داعش وحزب العمال الكردستاني",
            "عناصر",
            "تنظيم داعش",
            "حزب العمال الكردستاني",
        ),
        place=("تركيا",),
        date="2015-07-23",
        also=("العملية التي جرت ضد تنظيم داعش",),
    ),
]
F["snn-20150725-01258"] = [
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "تفجير المحيا",
        place=("المحيا",),
        date="1996",
        status="historical",
    ),
    E(
        "Battles/Government regains territory",
        "أخرج",
        actor=("التحالف",),
        target=("صدام",),
        place=("الكويت",),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Agreement",
        "وقع المعاهدة",
        actor=("السعودية",),
        target=("اليمن",),
        date="unknown",
        status="historical",
    ),
]
F["snn-20150726-00822"] = [
    E(
        "Battles/Armed clash",
        "أعمال هجومية",
        actor=("حزب الدعوة الإسلامي", "حزب الدعوة", "الحزب"),
        place=("محافظة السليمانية", "السليمانية"),
        date="unknown",
        status="historical",
    ),
]
F["snn-20150726-00437"] = []  # opinion on Heikal: claims and the nuclear deal named in passing
F["snn-20150803-00375"] = [
    E(
        "Explosions/Remote violence/Suicide bomb",
        "تفجير انتحاري",
        actor=("حزب العمال الكردستاني",),
        target=("قوات الأمن", "موقع لقوات الأمن"),
        place=("منطقة دوجو بايزيد", "دوجو بايزيد", "إقليم أغري", "أغري"),
        date="2015-08-02",
        fatalities=2,
        also=("الهجوم نفذ",),
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "انفجر لغم أرضي",
        target=("عربة عسكرية", "جنديا", "ثمانية جنود"),
        place=("إقليم ماردين", "ماردين"),
        date="2015-08-02",
        fatalities=1,
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "حملة ضربات جوية",
        actor=("أنقرة", "تركيا"),
        target=("معسكرات الحزب", "حزب العمال الكردستاني"),
        place=("شمال العراق", "العراق"),
        date="2015-07-24",
        also=("الضربات التي نفذتها أنقرة", "الغارات الجوية على الحزب"),
    ),
    E(
        "Diplomacy/Agreement",
        "سمحت",
        actor=("تركيا",),
        target=("للتحالف بقيادة الولايات المتحدة", "التحالف", "الولايات المتحدة"),
        date="unknown",
    ),
    E(
        "Diplomacy/Talks",
        "المفاوضات",
        actor=("رجب طيب اردوغان", "اردوغان", "الرئيس التركي"),
        target=("حزب العمال الكردستاني",),
        date="2012",
        status="historical",
    ),
    E(
        "Strategic developments/Agreement",
        "وقف اطلاق النار",
        date="2013-03",
        status="historical",
    ),
]
F["snn-20150722-01384"] = [
    E(
        "Diplomacy/Meeting",
        "اللقاء",
        actor=("عبدالحميد دشتي", "دشتي", "النائب الكويتي"),
        target=("بشار الأسد",),
    ),
    E(
        "Diplomacy/Visit",
        "زار",
        actor=("دشتي", "عبدالحميد دشتي"),
        target=("والد عماد مغنية",),
    ),
    E(
        "Violence against civilians/Attack",
        "محاولة اغتيال",
        actor=("عماد مغنية",),
        target=("أمير الكويت الراحل جابر الأحمد", "جابر الأحمد", "أمير الكويت"),
        date="unknown",
        status="historical",
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "اختطاف طائرة الجابرية",
        actor=("عماد مغنية",),
        target=("طائرة الجابرية", "الكويتيين"),
        date="unknown",
        status="historical",
    ),
]
F["snn-20150809-00400"] = [
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "التفجير",
        target=("مسجد قوات الطوارئ الخاصة", "مسجد قوات الطوارئ", "قوات الطوارئ الخاصة"),
        place=("منطقة عسير", "عسير"),
        also=("العدوان الجبان",),
    ),
]
F["snn-20150724-00727"] = [
    E(
        "Diplomacy/Visit",
        "زيارة",
        actor=("وفد حركة «حماس»", "حماس", "خالد مشعل"),
        place=("السعودية",),
    ),
    E(
        "Diplomacy/Meeting",
        "مؤتمر صحافي",
        actor=("الجبير", "عادل الجبير", "الوزير الجبير"),
        target=("سامح شكري", "نظيره المصري"),
        place=("جدة",),
        date="2015-07-23",
        also=("لقائه مع نظيره المصري",),
    ),
    E(
        "Diplomacy/Meeting",
        "لقاء",
        at="وذكر الجبير",
        actor=("وزير خارجية مصر",),
        target=("الأمير محمد بن نايف بن عبد العزيز", "محمد بن نايف"),
    ),
]
F["snn-20150721-00077"] = [
    E(
        "Explosions/Remote violence/Suicide bomb",
        "فجر نفسه",
        actor=("طالب سوداني", "مصطفى عثمان فقيري", "داعش"),
        place=("الرقة",),
        date="2015-07-19",
        fatalities=1,
        also=("عملية انتحارية", "يفجر نفسه"),
    ),
    E(
        "Battles/Armed clash",
        "قتل",
        at="«أبو الليث السوداني»",
        actor=("جبهة النصرة",),
        place=("معسكر القرميد", "إدلب"),
        date="2015-04-22",
        fatalities=1,
        also=("عملية «معسكر القرميد",),
    ),
]

if __name__ == "__main__":
    print(build(F, OUT), "articles ->", OUT)
