"""Source of tests/data/events_r56a.jsonl: the fifty-sixth blind event round, part r56a.

6 real articles (SaudiNewsNet politics, 6,064–7,139 characters): the lines of /work/brief/DRAW_r56.tsv
(the saved output of `python tests/data/events_round56_select.py`) whose first column is `r56a`
(selection = events_round56_select.py, seed 5656, part r56a). All 6 kept, none dropped. Annotated by
reading only (2026-11-29): the event coder was never run on these articles and no coder output was read.
Same format and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set);
`build()` comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three or more
12-word runs with an article of another tests/data/events_*.jsonl set (checked 2026-11-29, before the
other parts of rounds 56–57 were committed). Same happenings in other words: the al-Dalwa, al-Qudaih and
al-Anoud attacks (r30b), the Houthi seizure of al-Anad in March 2015 (r20a, r28c), the storming of Sanaa
on 21 September 2014 (several rounds), the liberation of Aden and the nuclear deal (many rounds).

Choices (the last rounds' calls followed):
- thought-security column (01438, opinion): the ISIS operations listed from the interior ministry
  spokesman's statement «الأسبوع الماضي» → one historical event each, date "unknown", ISIS the actor
  («تبناها تنظيم (داعش)»): the patrols targeted west and east of Riyadh → one *Armed clash* (one city, one
  line; ambiguous: could be two), the Danish resident on the al-Kharj road → *Violence against
  civilians/Attack*, al-Dalwa → *Attack* (as r30b), the Suwaif border post and the border-guard
  director killed → one *Armed clash*, 1 dead, the security man killed on patrol at the strategic
  storage in Riyadh → *Armed clash*, 1 dead (attacks on security men on duty as earlier rounds), the
  al-Qudaih and al-Anoud mosque bombings → two *Remote explosive/landmine/IED* (one trigger, one per
  place; the text says only «التفجير», as r30b), the ISIS sympathiser who killed his uncle in Riyadh →
  *Attack*, 1 dead (as r44b/r52b); the security men's arrest of «عدد كبير من المتأثرين به» → one
  *Arrests*, historical (ambiguous: an aggregate of many arrests). Not coded: the statement itself,
  ISIS's recruitment, aims and calls (habits), the proposed remedies;
- al-Anad base (00117): the Houthi and Saleh forces' seizure of the base after «المواجهات الأخيرة في مارس
  (آذار) 2015» → *Non-state actor overtakes territory*, historical, 2015-03 (as r20a/r28c; the clashes a
  mention). Not coded: the Resistance's aim to retake it and «ساعة الزحف» (plans), the siege (a state),
  the some 2,000 detainees held as human shields (a state; ambiguous), the undated Houthi coup and the
  marines' departure (background), the British building, the 1993 elections, the Soviet and US use of
  the base and the 2012 drone launches (a campaign), the Saleh forces' passage to Lahj and Aden (an
  analogy);
- Annecy animation festival (00342): negative — film plots (a bombed Bogotá, a Syrian woman's
  demonstrations and arrests) are fiction or a film's content;
- US State Department on Iran (00106): the nuclear deal → *Diplomacy/Agreement*, "unknown" (as earlier
  rounds; «اتفاقها الأخير مع إيران» and «بعد التوصل إلى الاتفاق النووي» its mentions). Not coded: the
  statement and travel warning, the armed conflicts in Baluchistan and Kurdistan (general), the
  executions and assassinations (trends), the bars on leaving Iran since 2009 (a habit), Iran's
  continuing detention of Jason Rezaian (a state, as r42b and the «shadow war» call);
- al-Fayyad profile (00218): his visit to Damascus «الأسبوع الماضي» → *Diplomacy/Visit* 2015-07 (the week
  before 6 August is 26 July–1 August: month ambiguous) and the oral messages he carried to Assad →
  *Diplomacy/Meeting* 2015-07 (ambiguous: the meeting is implied by the delivery); al-Abadi's meeting
  with the Anbar provincial council on fighting ISIS → *Meeting*, historical, "unknown" (ambiguous:
  domestic, as r49c/r50c coded such meetings); the 2013 demonstrations in the western provinces →
  *Peaceful protest*, historical, 2013; his arrest by Saddam's regime in 1980 → *Arrests*, historical,
  1980. Not coded: al-Abadi's visit to the F-16 base (domestic), the funeral of Abu Muntadhar
  al-Mohammedawi, his earlier visits to Damascus (undated, unspecified), the cabinet meeting where he
  proposed the tour (internal), the life sentence, the fall of Saddam in 2003 (a time reference), the
  Dawa split and his offices;
- Hadi's advisers (00112): the Riyadh conference for the Yemeni dialogue → *Diplomacy/Meeting*,
  historical, "unknown" (the «إعلان الرياض» it ended with read as its outcome, not a separate
  *Agreement*; ambiguous); the Geneva dialogue that ended in failure → *Diplomacy/Talks*, historical,
  "unknown"; the militias' robbery of Jubari's house and the later blowing up of his house during
  Geneva → two *Looting/property destruction*, historical, "unknown" (as r8b's ISIS demolitions); the
  liberation of Aden → *Government regains territory*, "unknown" (as many rounds); the Houthi coup «في
  21 سبتمبر (أيلول) الماضي» → *Non-state actor overtakes territory*, historical, 2014-09-21 (as the
  earlier rounds' storming of Sanaa; no place named; ambiguous: r55a left an undated advance on Sanaa
  uncoded). Not coded: the appointments (as earlier rounds), the statements, Bin Daghr's defection from
  Saleh (ambiguous: *Change to group/activity*), Decisive Storm (the campaign), the 1990 unity and the
  1994 war (time references), the start of the Riyadh declaration's work (general).

Counts: 6 articles, 22 events, 1 negative (Battles 6, Diplomacy 6, Strategic developments 4, Violence
against civilians 3, Explosions/Remote violence 2, Protests 1).

Run: python tests/data/events_r56a_source.py            (writes events_r56a.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r56a.jsonl")

ISIS = ("تنظيم (داعش)", "داعش")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150731-01438"] = [  # opinion: thought security; the interior ministry's list of ISIS operations
    E(
        "Battles/Armed clash",
        "استهداف دورية أمنية",
        actor=ISIS,
        target=("دورية أمنية",),
        place=("الرياض",),
        date="unknown",
        status="historical",
    ),
    E(
        "Violence against civilians/Attack",
        "استهداف مقيم دنماركي",
        actor=ISIS,
        target=("مقيم دنماركي",),
        place=("طريق الخرج", "الخرج"),
        date="unknown",
        status="historical",
    ),
    E(
        "Violence against civilians/Attack",
        "الاعتداء الآثم",
        actor=ISIS,
        place=("قرية الدالوة", "الدالوة", "الأحساء"),
        date="unknown",
        status="historical",
    ),
    E(
        "Battles/Armed clash",
        "الاعتداء على مركز سويف الحدودي",
        actor=ISIS,
        target=("مركز سويف الحدودي", "مدير حرس الحدود", "حرس الحدود"),
        place=("مركز سويف الحدودي", "سويف", "الحدود الشمالية"),
        date="unknown",
        status="historical",
        fatalities=1,
        also=("وقتل مدير حرس الحدود",),
    ),
    E(
        "Battles/Armed clash",
        "قتل رجل الأمن",
        actor=ISIS,
        target=("رجل الأمن", "أمن المنشآت"),
        place=("الخزن الاستراتيجي", "مدينة الرياض", "الرياض"),
        date="unknown",
        status="historical",
        fatalities=1,
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "التفجير",
        actor=ISIS,
        target=("مسجدي قرية القديح", "مسجدي"),
        place=("قرية القديح", "القديح", "القطيف"),
        date="unknown",
        status="historical",
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "التفجير",
        actor=ISIS,
        target=("مسجد حي العنود",),
        place=("حي العنود", "العنود", "الدمام"),
        date="unknown",
        status="historical",
        also=("بمسجد حي العنود",),
    ),
    E(
        "Violence against civilians/Attack",
        "قتل أحد الحاملين للفكر الداعشي لخاله",
        actor=("أحد الحاملين للفكر الداعشي",),
        target=("خاله",),
        place=("مدينة الرياض", "الرياض"),
        date="unknown",
        status="historical",
        fatalities=1,
    ),
    E(
        "Strategic developments/Arrests",
        "بإلقاء القبض",
        actor=("رجال الأمن",),
        target=("عدد كبير من المتأثرين به", "المتأثرين به"),
        place=("المملكة",),
        date="unknown",
        status="historical",
    ),
]

F["snn-20150801-00117"] = [  # al-Anad base: history and the coming battle
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطر عليها الحوثيون",
        actor=("الحوثيون", "أتباع الرئيس السابق"),
        place=("قاعدة العند", "العند"),
        date="2015-03",
        status="historical",
        also=("المواجهات الأخيرة",),
    ),
]

F["snn-20150721-00342"] = []  # Annecy animation festival: film plots only, no event

F["snn-20150807-00106"] = [  # US State Department on Iran's minorities; travel warning
    E(
        "Diplomacy/Agreement",
        "الاتفاق النووي",
        actor=("الولايات المتحدة الأميركية", "الولايات المتحدة", "واشنطن"),
        target=("إيران",),
        date="unknown",
        also=("اتفاقها الأخير مع إيران", "التوصل إلى الاتفاق النووي"),
    ),
]

F["snn-20150806-00218"] = [  # profile of Falih al-Fayyad
    E(
        "Diplomacy/Visit",
        "لزيارة دمشق",
        actor=("فالح الفياض", "مستشار الأمن القومي العراقي", "الفياض"),
        place=("دمشق",),
        date="2015-07",
        also=("وليست الزيارة",),
    ),
    E(
        "Diplomacy/Meeting",
        "ونقل رسائل شفوية",
        actor=("فالح الفياض", "مستشار الأمن القومي العراقي", "الفياض"),
        target=("الرئيس السوري بشار الأسد", "بشار الأسد"),
        place=("دمشق",),
        date="2015-07",
    ),
    E(
        "Diplomacy/Meeting",
        "اجتمع العبادي بمجلس محافظة الأنبار",
        actor=("العبادي",),
        target=("مجلس محافظة الأنبار", "صهيب الراوي"),
        place=("الأنبار",),
        date="unknown",
        status="historical",
    ),
    E(
        "Protests/Peaceful protest",
        "مظاهرات عام 2013",
        place=("المحافظات الغربية",),
        date="2013",
        status="historical",
    ),
    E(
        "Strategic developments/Arrests",
        "للاعتقال",
        actor=("نظام الرئيس العراقي الأسبق صدام حسين", "صدام حسين"),
        target=("الفياض", "فالح الفياض"),
        date="1980",
        status="historical",
    ),
]

F["snn-20150803-00112"] = [  # Hadi appoints three advisers
    E(
        "Diplomacy/Meeting",
        "المؤتمر اليمني للحوار",
        place=("الرياض",),
        date="unknown",
        status="historical",
        also=("مؤتمر الرياض الخاص بالحوار اليمني", "المؤتمر الرياض", "حضرا مؤتمر الرياض"),
    ),
    E(
        "Battles/Government regains territory",
        "تحرير عدن",
        place=("عدن",),
        date="unknown",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "الانقلاب الحوثي",
        at="حتى وقوع",
        actor=("الحوثي", "الحوثيين", "الرئيس المخلوع صالح"),
        date="2014-09-21",
        status="historical",
        also=("لانقلاب الحوثيين",),
    ),
    E(
        "Diplomacy/Talks",
        "حوار جنيف",
        actor=("الحكومة الشرعية",),
        place=("جنيف",),
        date="unknown",
        status="historical",
    ),
    E(
        "Strategic developments/Looting/property destruction",
        "بسرقة منزله",
        actor=("الميليشيات المتمردة على الشرعية", "الميليشيات المتمردة"),
        target=("جباري",),
        date="unknown",
        status="historical",
    ),
    E(
        "Strategic developments/Looting/property destruction",
        "تفجير منزله",
        actor=("الميليشيات المتمردة على الشرعية", "الميليشيات المتمردة"),
        target=("جباري",),
        date="unknown",
        status="historical",
    ),
]

if __name__ == "__main__":
    print(build(F, OUT), "articles written to", OUT)
