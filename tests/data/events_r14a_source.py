"""Source of tests/data/events_r14a.jsonl: the fourteenth blind event round, half r14a.

15 real articles (SaudiNewsNet politics 15): the lines of `python tests/data/events_round14_select.py`
whose first column is `r14a` (selection = events_round14_select.py, seed 1414, half r14a; same pool as
events_fresh_source.py, near-copies of annotated articles skipped by the draw). All 15 kept, none
dropped; 28 events; 3 of them report no event (negatives). Annotated by reading only (2026-11-29): the
event coder was never run on these articles and no coder output was read. Same format and guidelines as
events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set); `build()` comes from
events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or a 12-word run
with an article of any tests/data/events_*.jsonl set.

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r13b_source.py): the Iraqi
war-media cell's day → the aggregate «قتل 50 مسلحاً … بالعراق اليوم» is an `also` of the first happening
it sums (the security forces in Anbar killing a sniper at Tal Mushaihida, *Armed clash*, 1 dead), the
Baghdad Operations Command killing 14 in «عملية فجر الكرمة» (*Armed clash*, place al-Karma, the operation's
name) and the coalition's 11 sorties killing 36 (*Air/drone strike*, place Iraq, the only one the text
gives), all dated by «اليوم»; the Houthi shelling of Dar Saad (8 of one family) → *Shelling*, the Resistance
killing 22 Houthis near al-Anad «باشتباكات» and its attack in Marib (9 dead) → two *Armed clash*; ISIS's
execution of 2,000 Mosul residents → one *Attack* (the detentions «خلال الأسبوعين الماضيين» that preceded
it are not coded apart: a two-week tally); the Saudi military plane landing at Aden with arms for the
Resistance → *Diplomacy/Aid* (ambiguous: r9a treated an arms supply mentioned with a takeover as no
event; here it is the news itself), and Aden's capture «الاسبوع الماضي» by «مقاتلون محليون» → *Non-state
actor overtakes territory* dated `2015-07` (as fresh's «الأسبوع الماضي»); the al-Baaj suicide car bomb →
*Suicide bomb* dated by «اليوم الإثنين» (2015-07-20, the day before publication), the Peshmerga destroying
five ISIS car bombs → *Disrupted weapons use*; Hasakah: the Kurdish advance and the capture of Nashwa
al-Gharbiya → one *Non-state actor overtakes territory* (the advance its first mention), the army's capture
of Sakan al-Shababi → *Government regains territory*, both dated by «الاحد» (2015-07-26); the UAE's three
soldiers killed in Yemen «من دون تحديد زمان ومكان وظروف مقتلهم» → no event (no type can be read, no place
below the country; ambiguous); the Biden–Abadi call «اليوم الثلاثاء» → *Phone call* 2015-07-21, and the
Diyala suicide car bomb named in the condolences → *Suicide bomb*, reported, date "unknown" (days old, as
r13a); Turkey: the 851 arrests of the last three days → one *Arrests* (publication date), and the arrest
of Halis Bayancuk «أمس السبت» in Istanbul → a separate *Arrests* 2015-07-25 (named, dated, placed); the
liberation of Aden behind the ministers' return → *Government regains territory* historical, date
"unknown", both forces accepted as actor (as r5b); the ministers' return itself is no event (a
government returning to its own city); ISIS's 11 executions, its abductions of 18 + 14 young men from
four districts around Mosul (one *Abduction*, all places accepted: one sentence, one country), the Dora
sticky bomb (*Remote explosive/landmine/IED*), the Kirkuk grenade by unknown gunmen (*Grenade*) and the
two bodies found in Diyala (*Attack*, 2 dead, as r9b's bodies; ambiguous: no cause given); Tonner's
briefing (Houthi cross-border attacks and mortar fire, no date or place) → no event; Taiz: the
Resistance's clearing of Jabal Sabir → *Non-state actor overtakes territory* («تقدما واضحا» an `also`),
the coalition «قصف» of Houthi militias in al-Qaeda, al-Mafraq and al-Hawban → *Air/drone strike* (the
coalition's arm in Yemen is air power; ambiguous), the fighting Taiz «تشهد الآن» → *Armed clash*, the
city's fall to the Houthis «قبل أربعة أشهر» → historical *Non-state actor overtakes territory* `2015-04`;
the deputy health minister's hospital visit → no event (a domestic visit, no Diplomacy); the crucifixion
of four people alive in al-Mayadin «اليوم الاربعاء» → *Attack* dated 2015-07-15 (the weekday does not fit
the publication day, a Tuesday after Ramadan; the last Wednesday before it, still in Ramadan, is taken;
ambiguous), the Ramadan tally of 31 its `also`.

Run: python tests/data/events_r14a_source.py            (writes events_r14a.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

HERE = Path(__file__).parent
OUT = HERE / "events_r14a.jsonl"

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150810-00068"] = [
    E(
        "Battles/Armed clash",
        "وقتلت",
        actor=("القوات الأمنية",),
        target=("العصابات الإرهابية", "تنظيم داعش", "داعش"),
        place=("تل مشيهيده", "محافظة الانبار", "الانبار"),
        date="2015-08-10",
        fatalities=1,
        also=("قتل 50", "تطهير", "واحبطت"),
    ),
    E(
        "Battles/Armed clash",
        "قتل",
        at="فجر الكرمة من",
        actor=("قيادة عمليات بغداد",),
        target=("داعش",),
        place=("الكرمة",),
        date="2015-08-10",
        fatalities=14,
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "طلعة",
        actor=("طيران التحالف الدولي", "التحالف الدولي"),
        target=("داعش",),
        place=("العراق",),
        date="2015-08-10",
        fatalities=36,
    ),
]
F["snn-20150721-02073"] = [
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "بقصف",
        actor=("ميليشيا الحوثي", "الحوثي"),
        target=("8 أشخاص من عائلة واحدة", "أشخاص"),
        place=("دار سعد", "عدن"),
        fatalities=8,
        also=("مصرعهم",),
    ),
    E(
        "Battles/Armed clash",
        "باشتباكات",
        actor=("المقاومة اليمنية", "المقاومة"),
        target=("ميليشيا الحوثي", "الحوثي"),
        place=("قاعدة العند", "العند"),
        date="2015-07-21",
        fatalities=22,
        also=("مقتل 22",),
    ),
    E(
        "Battles/Armed clash",
        "هجوم",
        actor=("للمقاومة الشعبية", "مقاومة الشعبية"),
        target=("الحوثيين", "قوات صالح"),
        place=("مأرب",),
        fatalities=9,
    ),
]
F["snn-20150804-00930"] = [
    E(
        "Violence against civilians/Attack",
        "أعدم",
        actor=("تنظيم داعش", "داعش"),
        target=("مواطن", "سكان مدينة الموصل", "منتسبي الجيش والشرطة"),
        place=("مدينة الموصل", "الموصل"),
        fatalities=2000,
        also=("للتصفية", "وقتلوا"),
    ),
]
F["snn-20150722-00271"] = [
    E(
        "Diplomacy/Aid",
        "هبطت",
        actor=("طائرة حربية سعودية", "سعودية"),
        target=("قوات المقاومة الشعبية", "المقاومة الشعبية"),
        place=("مطار عدن", "عدن"),
        date="2015-07-22",
        also=("أسلحة ومساعدات عسكرية",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "وانتزع",
        actor=("مقاتلون محليون",),
        target=("قوات جماعة الحوثي", "جماعة الحوثي", "الحوثي"),
        place=("مدينة عدن", "عدن"),
        date="2015-07",
    ),
]
F["snn-20150721-01615"] = [
    E(
        "Explosions/Remote violence/Suicide bomb",
        "بانفجار",
        actor=("انتحاري",),
        target=("تنظيم داعش", "داعش", "مركز تدريب لداعش"),
        place=("قضاء البعاج", "البعاج"),
        date="2015-07-20",
        fatalities=33,
        also=("بمقتل", "عملية التفجير"),
    ),
    E(
        "Strategic developments/Disrupted weapons use",
        "تدمير",
        actor=("قوات البيشمركة", "البيشمركة", "البشمركة"),
        target=("تنظيم داعش", "داعش"),
        place=("منطقة السيدة زينب", "قضاء سنجار", "سنجار"),
    ),
]
F["snn-20150727-00234"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "تقدما",
        actor=("القوات الكردية",),
        target=("تنظيم داعش", "داعش", "مقاتلي التنظيم"),
        place=("حي النشوة الغربية", "النشوة الغربية", "الحسكة"),
        date="2015-07-26",
        also=("تقدمت", "وسيطرت"),
    ),
    E(
        "Battles/Government regains territory",
        "سيطر على",
        actor=("الجيش",),
        target=("تنظيم داعش", "داعش"),
        place=("منطقة سكن الشبابي", "سكن الشبابي", "الحسكة"),
        date="2015-07-26",
    ),
]
F["snn-20150809-00146"] = []  # UAE soldiers killed in Yemen, «من دون تحديد زمان ومكان وظروف مقتلهم»
F["snn-20150722-00665"] = [
    E(
        "Diplomacy/Phone call",
        "تحدثا هاتفيا",
        actor=("جو بايدن", "بايدن"),
        target=("حيدر العبادي", "العبادي"),
        date="2015-07-21",
        also=("المكالمة الهاتفية",),
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "هجوم انتحاري",
        place=("محافظة ديالى", "ديالى"),
        date="unknown",
        fatalities=100,
    ),
]
F["snn-20150726-00343"] = [
    E(
        "Strategic developments/Arrests",
        "اعتقلت",
        actor=("قوات الأمن التركية",),
        target=(
            "851 شخصا",
            "داعش",
            "حزب العمال الكردستاني",
            "جبهة حزب التحرير الشعبي الثوري",
            "عبدالله عبداللاييف",
        ),
        place=("34 ولاية تركية", "تركيا"),
        also=("المعتقلين",),
    ),
    E(
        "Strategic developments/Arrests",
        "ألقت",
        actor=("فرق الأمن التركية",),
        target=("خالص بايانجوك", "أبو حنظلة"),
        place=("اسطنبول",),
        date="2015-07-25",
    ),
]
F["snn-20150724-01987"] = [
    E(
        "Battles/Government regains territory",
        "وتحرير",
        actor=("المقاومة الشعبية", "قوات الجيش الوطني", "الجيش الوطني"),
        target=("المليشيات الحوثية", "الحوثية", "صالح"),
        place=("مدينة عدن", "عدن"),
        date="unknown",
        status="historical",
    ),
]
F["snn-20150803-01112"] = [
    E(
        "Violence against civilians/Attack",
        "أعدم",
        actor=("تنظيم داعش", "داعش"),
        target=("11 شابًا", "شابًا"),
        place=("الموصل",),
        fatalities=11,
        also=("11 جثة",),
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "اختطافهم",
        actor=("تنظيم داعش", "داعش"),
        target=("18 شابًا", "14 شابًا", "شابًا"),
        place=("ناحية حمام العليل", "حمام العليل", "القيارة", "باودش", "البعاج", "الموصل"),
        also=("اختطف",),
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "بانفجار",
        target=("شاحنة متوقفة",),
        place=("حي أبودشير", "أبودشير", "الدورة", "بغداد"),
        also=("بحوادث أمنية",),
    ),
    E(
        "Explosions/Remote violence/Grenade",
        "بانفجار",
        at="رجل وزوجته ",
        actor=("مسلحون مجهولون", "مسلحون"),
        target=("رجل وزوجته", "رجل"),
        place=("حي الواسطي", "كركوك"),
    ),
    E(
        "Violence against civilians/Attack",
        "عثرت",
        target=("جتثين", "جثتين"),
        place=("محافظة ديالى", "ديالى"),
        fatalities=2,
        also=("وعثرت",),
    ),
]
F["snn-20150808-00235"] = []  # Tonner's briefing: Houthi cross-border attacks, no date or place
F["snn-20150806-03006"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "بتطهير",
        actor=("المقاومة",),
        target=("الحوثيين",),
        place=("منطقة جبل صبر", "جبل صبر"),
        also=("تقدما واضحا",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصف",
        actor=("قوات التحالف العربي", "التحالف العربي"),
        target=("ميليشياتهم", "الحوثيين"),
        place=("منطقة القاعدة", "القاعدة", "المفرق", "الحوبان", "تعز"),
    ),
    E(
        "Battles/Armed clash",
        "مواجهات",
        actor=("المقاومة",),
        target=("الحوثيين", "قوات المخلوع صالح"),
        place=("مدينة تعز", "تعز"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سقوط",
        actor=("الحوثيين",),
        place=("المدينة", "تعز"),
        date="2015-04",
        status="historical",
    ),
]
F["snn-20150803-00665"] = []  # a deputy minister visits hospitals at home; the Houthi attack is background
F["snn-20150721-00706"] = [
    E(
        "Violence against civilians/Attack",
        "صلب",
        actor=("تنظيم داعش", "داعش"),
        target=("اربعة اشخاص", "اشخاص"),
        place=("مدينة الميادين", "الميادين"),
        date="2015-07-15",
        also=("صلبهم", "صلبوا"),
    ),
]


if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
