"""Source of tests/data/events_r28c.jsonl: the twenty-eighth blind event round, part r28c.

10 real articles (SaudiNewsNet politics, 1,648–2,427 characters): the lines of /work/brief/DRAW_r28.tsv
(the saved output of `python tests/data/events_round28_select.py`) whose first column is `r28c`
(selection = events_round28_select.py, seed 2828, part r28c). All 10 kept, none dropped; 3 of them
report no event (negatives). Annotated by reading only (2026-11-29): the event coder was never run on
these articles and no coder output was read. Same format and guidelines as events_dev_source.py and
events_fresh_source.py (docs/events.md § Dev set); `build()` comes from events_dev_source.py
(SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three 12-word
runs with an article of another tests/data/events_*.jsonl set (checked at 08:53 UTC). Same happenings in
other words: the liberation of Aden and of al-Anad (many rounds), the Yemen humanitarian truce of 26 July
(r24c and others), the Iranian nuclear deal (r15b, r16a, r19c …).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r26c_source.py):
- SOHR nine-month report (negative): 26,350 regime raids, 14,297 barrels and 4,844 civilians killed
  «خلال الأشهر التسعة» are tallies over months, not coded (ambiguous: a coder could code one aggregate
  *Air/drone strike*);
- Houthi families: the Lahj operation (clearing al-Hawta and the Green City, entering the al-Husseini
  farms) by the Resistance and the army → one *Government regains territory* («تحرير» first, «تصفية» and
  «ودخلت» its mentions); the repelled Houthi attack on army/Resistance positions near al-Anad → *Armed
  clash*; «تحرير قاعدة العند» named as background → *Government regains territory*, date "unknown"; the
  coalition jets' strike on the convoy in Karish → *Air/drone strike*, 22 dead; the families' departure,
  the coalition's strikes in general and the pursuit are not coded;
- Saudi summer (opinion): «تحررت عدن» → Aden's liberation, *Government regains territory*, "unknown";
  the nuclear deal named in passing, Kuwait/Bahrain, the border fighting are generic, not coded;
- ISIS column (negative, opinion): attacks on places of worship named in general;
- Interior Ministry statement «قبل أيام»: the dismantling of the ISIS cells, 431 held → one *Arrests*,
  publication date (ambiguous: the arrests took months; a coder could treat it as a tally);
- al-Zayani: the humanitarian truce in force «أمس» → *Strategic developments/Agreement* 2015-07-26, actor
  the coalition command (announced «أمس الأول»); his meeting with the Yemeni human-rights minister in
  Riyadh «أمس» → *Diplomacy/Meeting* 2015-07-26; Aden airport and port «بعد تحريرهما» → Aden's liberation,
  "unknown";
- al-Hawta suicides: the dozens of rebels killed fleeing towards Taiz → *Armed clash* (no number), the
  Resistance as actor (implied; the suicides and the village gunmen's siege part of it); the Houthi
  execution of Resistance prisoners found after the withdrawal from Zinjibar, al-Dhale and Aden → one
  *Violence against civilians/Attack*, "unknown" (ambiguous: victims are captured fighters); al-Anad
  «استعادها الثوار يوم الاثنين الماضي» → *Non-state actor overtakes territory* 2015-08-03 (Resistance as
  actor, as r26c); the siege of the Resistance leader near al-Anad and its lifting → *Armed clash*; the
  humane treatment of prisoners is habitual, not coded;
- al-Maliki (negative, opinion): Saddam's execution (a judicial execution; ambiguous), sectarian purges
  «في عهده», the 2003 occupation and Maliki's removal are history/argument, not coded;
- al-Anad base: the 1994 civil-war battles → *Armed clash*, historical, 1994; the army's recapture «في 3
  آب/ أغسطس 2015» → *Government regains territory* 2015-08-03 (the Resistance's «سقوط … في أيدي» and
  «سيطرة» its mentions, both forces accepted as actor); the Houthi «هزيمتهم في محافظة عدن الأسابيع
  الماضية» → Aden's liberation dated 2015-07; the Houthi seizure of the base in March 2015 → *Non-state
  actor overtakes territory*, historical, 2015-03, and the capture of defence minister al-Subaihi →
  *Abduction/forced disappearance* (historical, 2015-03; ambiguous: could be *Arrests*); the coalition's
  air strikes on the base the same month → *Air/drone strike*, historical, 2015-03; the British building
  of the base, the Soviet flights (1976) and expansion (1986) and the march on al-Dhale are not coded;
- Hezbollah silence: the Israeli strike on Hezbollah members in Syria «الأسبوع الماضي», 2 dead →
  *Air/drone strike* dated 2015-07 (ambiguous: the week before 6 August straddles two months); the
  killing of Jihad Mughniyeh by a similar strike near the Golan → *Air/drone strike*, historical,
  "unknown"; the nuclear deal's signing → *Diplomacy/Agreement*, "unknown" (as r19c); at al-Aqsa the
  settler's intrusion and the Israeli forces' assault on guards and worshippers → one *Violence against
  civilians/Attack*; the arrest of six guards → *Arrests*; the worshippers' chanting «احتج» → *Peaceful
  protest*; the Mufti's condemnation is not an event.

Run: python tests/data/events_r28c_source.py   (writes events_r28c.jsonl)
Text licences: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r28c.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150721-01423"] = []  # SOHR nine-month tallies of raids, barrels and deaths
F["snn-20150806-02186"] = [
    E(
        "Battles/Government regains territory",
        "تحرير",
        actor=("المقاومة الشعبية", "الجيش الموالي للشرعية", "الثوار"),
        target=("ميليشيات الحوثيين والمخلوع صالح", "الحوثيين"),
        place=("الحوطة", "محافظة لحج", "لحج", "المدينة الخضراء", "مزارع الحسيني"),
        also=("تصفية", "ودخلت"),
    ),
    E(
        "Battles/Armed clash",
        "هجوم",
        actor=("قوات حوثية",),
        target=("الجيش والمقاومة", "الثوار", "المقاومة", "الجيش"),
        place=("قاعدة العند", "العند", "شعب"),
        also=("صد",),
    ),
    E(
        "Battles/Government regains territory",
        "تحرير",
        at="شاركت في ",
        actor=("القوات", "الثوار"),
        place=("قاعدة العند", "العند"),
        date="unknown",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصفت",
        actor=("مقاتلات التحالف العربي", "التحالف العربي"),
        target=("رتلاً عسكرياً", "الميليشيات"),
        place=("كرش", "لحج", "تعز"),
        fatalities=22,
        also=("القصف المركز",),
    ),
]
F["snn-20150811-01029"] = [
    E(
        "Battles/Government regains territory",
        "تحررت",
        target=("عصابات الحوثي", "الحوثي"),
        place=("عدن",),
        date="unknown",
    ),
]
F["snn-20150731-01325"] = []  # opinion column on ISIS; attacks on places of worship in general
F["snn-20150721-00971"] = [
    E(
        "Strategic developments/Arrests",
        "الإطاحة",
        actor=("وزارة الداخلية", "السلطات الأمنية"),
        target=("تنظيم", "خلايا عنقودية", "موقوفاً", "تنظيم داعش"),
        place=("الأراضي السعودية",),
    ),
]
F["snn-20150727-00304"] = [
    E(
        "Strategic developments/Agreement",
        "الهدنة",
        actor=("قيادة التحالف العربي", "التحالف العربي"),
        place=("اليمن",),
        date="2015-07-26",
        also=("الهدنة الإنسانية التي أعلنتها",),
    ),
    E(
        "Diplomacy/Meeting",
        "اجتماعه",
        actor=("الزياني", "عبد اللطيف الزياني"),
        target=("عز الدين الأصبحي", "الأصبحي"),
        place=("الرياض",),
        date="2015-07-26",
        also=("خلال الاجتماع", "اللقاء"),
    ),
    E(
        "Battles/Government regains territory",
        "تحريرهما",
        place=("مطار عدن", "عدن"),
        date="unknown",
    ),
]
F["snn-20150806-02171"] = [
    E(
        "Battles/Armed clash",
        "قتلوا",
        actor=("مقاتلو المقاومة", "المقاومة"),
        target=("مسلحي التمرد", "المتمردين"),
        place=("الحوطة",),
        also=("حاصرهم",),
    ),
    E(
        "Violence against civilians/Attack",
        "إعدام",
        actor=("المتمردين الحوثيين", "الانقلابيون"),
        target=("أسرى المقاومة", "زملائهم"),
        place=("زنجبار", "الضالع", "عدن"),
        date="unknown",
        also=("بتصفيتهم",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "استعادها",
        actor=("الثوار",),
        place=("قاعدة العند", "العند"),
        date="2015-08-03",
    ),
    E(
        "Battles/Armed clash",
        "للحصار",
        actor=("مسلحي الحوثيين وصالح", "مسلحي الحوثيين"),
        target=("قيادي في المقاومة الشعبية", "شايع", "المقاومة الشعبية"),
        place=("قاعدة العند", "العند"),
        also=("مقاومة عنيفة", "فك الحصار"),
    ),
]
F["snn-20150804-00813"] = []  # opinion column on al-Maliki: history and argument
F["snn-20150804-00909"] = [
    E(
        "Battles/Armed clash",
        "المعارك",
        place=("العند", "قاعدة العند"),
        date="1994",
        status="historical",
        also=("الاشتباكات",),
    ),
    E(
        "Battles/Government regains territory",
        "استعادة",
        actor=(
            "الجيش الوطني الموالي للرئيس عبد ربه منصور هادي",
            "الجيش الوطني",
            "المقاومة الشعبية",
            "المقاومة",
        ),
        target=("الحوثيين", "مليشيا الحوثي"),
        place=("القاعدة", "قاعدة العند", "العند"),
        date="2015-08-03",
        also=(
            "سقوط قاعدة العند",
            "سقوطها",
            "سيطرة المقاومة الشعبية على قاعدة العند",
            "استعادة القاعدة",
            "معركة تحرير العند",
        ),
    ),
    E(
        "Battles/Government regains territory",
        "هزيمتهم",
        target=("الحوثيين",),
        place=("محافظة عدن", "عدن"),
        date="2015-07",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "استولوا",
        actor=("الحوثيين",),
        place=("قاعدة العند", "العند"),
        date="2015-03",
        status="historical",
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "قبضوا",
        actor=("الحوثيين",),
        target=("محمود الصبيحي", "وزير الدفاع"),
        place=("قاعدة العند", "العند"),
        date="2015-03",
        status="historical",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "بقصف جوي",
        actor=("مقاتلات التحالف العربي", "التحالف العربي"),
        place=("قاعدة العند", "العند"),
        date="2015-03",
        status="historical",
        also=("شنت",),
    ),
]
F["snn-20150806-02042"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "الغارة",
        actor=("طائرات إسرائيلية", "إسرائيلية"),
        target=("عناصره", "حزب الله", "عنصرين"),
        place=("سورية",),
        date="2015-07",
        fatalities=2,
        also=("الحادثة",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "مقتل",
        actor=("إسرائيلية",),
        target=("جهاد مغنية", "مغنية"),
        place=("مرتفعات الجولان", "الجولان"),
        date="unknown",
        status="historical",
        also=("غارة مشابهة",),
    ),
    E(
        "Diplomacy/Agreement",
        "توقيع",
        actor=("طهران", "إيرانية"),
        target=("المجتمع الدولي",),
        date="unknown",
    ),
    E(
        "Violence against civilians/Attack",
        "اعتداء",
        actor=("جنود الاحتلال", "القوات الخاصة الإسرائيلية", "مستوطن إسرائيلي", "مستوطن"),
        target=("المصلين", "حراس المسجد", "الحراس"),
        place=("الأقصى", "المسجد الأقصى", "القدس"),
        also=("اقتحامه", "هاجم الحراس", "اعتدت على الحراس"),
    ),
    E(
        "Strategic developments/Arrests",
        "اعتقال",
        actor=("جنود الاحتلال", "القوات الخاصة الإسرائيلية"),
        target=("حراس المسجد", "حراس", "ستة حراس"),
        place=("الأقصى", "المسجد الأقصى", "القدس"),
        also=("اعتقال ستة حراس",),
    ),
    E(
        "Protests/Peaceful protest",
        "احتج",
        actor=("المصلون",),
        place=("الأقصى", "المسجد الأقصى", "القدس"),
    ),
]


if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
