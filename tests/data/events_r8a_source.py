"""Source of tests/data/events_r8a.jsonl: eighth-round blind event set, half r8a.

20 real articles (SaudiNewsNet politics 12, ANT internationalNews 8): the lines of
`python tests/data/events_round8_select.py` whose first column is `r8a` (selection =
events_round8_select.py, seed 8181, half r8a: draw positions 0–11 of SaudiNewsNet and 0–7 of ANT; same
pool as events_fresh_source.py). All 20 kept, none dropped; 33 events; 2 of them report no event (negatives).
Annotated by reading only (2026-11-29): the event coder was never run on these articles and no coder
output was read. Same format and guidelines as events_dev_source.py and events_fresh_source.py
(docs/events.md § Dev set); `build()` comes from events_dev_source.py (SaudiNewsNet articles by
reference + sha1).

Not fully blind (score these separately): snn-20150809-00605 is a third copy of the Taiz/Hodeidah
story already annotated as dev snn-20150809-00939 and r6a snn-20150809-00970 (same first sentences,
other quote marks, no footer), coded as they were (aggregate toll 26 on Taiz; «مصرعهم» added as a
mention); snn-20150727-01046 is a near-copy of r5b snn-20150727-00204 (the 28 ISIS dead west of Iraq),
coded as the twin except that this text dates the source's report «ليلة امس», which dates the 8 would-be
attackers killed at Tamim (2015-07-26); snn-20150806-03041 shares its two sentences on the Abrams tanks
leaving Aden and the air base in Lahj with r5a snn-20150806-02259, coded as the twin except that «قالت
التقارير الصادرة، الثلاثاء» dates the air base's recapture (2015-08-04); ant-JA-internationalNews-82-23122016
shares its sentence on the hijacked Libyan plane with r5a ant-JA-internationalNews-330-20161223
(the hijacking coded as the twin: *Abduction/forced disappearance*, Sabha, Tripoli and Malta accepted).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r7b_source.py): an
aggregate first sentence is an `also` of the first place it lists, one air-strike event per country
(coalition strikes «في سوريا والعراق»: Syria with Deir ez-Zor/Hasakah/Aleppo/Raqqa accepted, and Iraq),
but the two Israeli raids on Gaza, each described with its own place (Jabalia, al-Bureij), are two
events dated «فجر الخميس» (2015-07-16); the fall of al-Anad to «قوات المقاومة الشعبية والجيش الوطني»
«أمس» → *Government regains territory* 2015-08-03 (the coalition's air support is no separate event; the
family's celebration is none); the Houthi takeover of Aden and its recapture «من قبل قوات التحالف …
وقوات المقاومة الشعبية» named as background → historical, date "unknown" (Non-state actor overtakes /
Government regains territory), and so the liberation behind Bahah's arrival («منذ تحريرها», no actor);
Bahah's arrival in Aden → *Diplomacy/Visit* (as the dev set's Bahah visit); five cars of Hamas and
Islamic Jihad activists blown up in Gaza «صباح اليوم الاحد» → one *Remote explosive/landmine/IED*
2015-07-19, Hamas's recent arrest of Salafists («مؤخرا») → *Arrests*, date "unknown", reported; the
Salafist mortar claim of May (denied by Hamas's ministry) and the ISIS-in-Jerusalem statement on two
82 mm mortar rounds at a Qassam site west of Khan Younis are read as one claimed *Shelling* (same two
rounds, same Qassam target, south Gaza), status `denied`, 2015-05; the Diyala market car bomb «الجمعة»
→ *Remote explosive/landmine/IED* (no word of a suicide bomber), ISIS as actor (its claim), 120 dead;
the Benghazi mosque car bomb at Friday prayers → IED dated 2017-01-20, no dead; in North Sinai the
killing reported first («مقتل») is the trigger and the IED its mention, dated by the source's «الأحد»,
and the «هجوم مماثل» in al-Arish two days earlier is a second IED (2016-01-29, 2 dead); the Arish
garbage-truck bomb → *Suicide bomb* (9 dead, dated by «الاثنين»); China's aid to Palestinian refugees
in Syria → *Diplomacy/Aid* and its ambassador's meeting with the PLO's Anwar Abdulhadi → *Meeting* (no
place: the text names none); the analyst's indicators of normalisation — Hezbollah's classification as
a terrorist organisation (*Diplomacy/Sanction*, no actor named) and the Israeli energy minister's visit
to Gulf states (*Visit*, no named place) — are coded as reported with date "unknown". Not events (the
two negatives): a gas-pipeline explosion in Cairo whose causes are unknown (an accident), an award
ceremony (with generic child recruitment by AQ and the Houthis) — and, within other articles, a
family's celebration, plans («من المقرر أن يشرف»، «تحرير باقي المحافظات»), hopes, the Libyan crisis
room, the hijackers' demands and threat, the theft of the garbage truck, Netanyahu's call for relations,
a radio interview, destruction reported with a strike, Hamas's control of Gaza (a state).

Run: python tests/data/events_r8a_source.py   (writes events_r8a.jsonl; the draw: events_round8_select.py)
Text licences: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed); ANT Apache-2.0.
Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r8a.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150809-00605"] = [  # near-copy of dev snn-20150809-00939 / r6a snn-20150809-00970
    E(
        "Battles/Armed clash",
        "المعارك",
        actor=("ميليشيات الحوثي", "المقاومة الشعبية"),
        target=("المقاومة الشعبية", "ميليشيات الحوثي"),
        place=("تعز", "جبل صبر", "الضباب"),
        fatalities=26,
        also=("مصرعهم", "المعارك دارت"),
    ),
    E(
        "Battles/Armed clash",
        "هجوم",
        at="من جهة أخرى",
        actor="المقاومة الشعبية",
        target=("مليشيات الحوثي", "تجمع للميليشيا"),
        place=("مدينة الحديدة", "الحديدة"),
        date="2015-08-09",
        fatalities=2,
        also=("قتل مسلحان",),
    ),
]
F["snn-20150804-00051"] = [
    E(
        "Battles/Government regains territory",
        "سقوط",
        actor=("المقاومة الشعبية", "قوات المقاومة الشعبية", "الجيش الوطني", "قوات التحالف"),
        target=("ميليشيات الانقلابيين الحوثيين", "الحوثيين"),
        place=("قاعدة العند", "العند", "لحج"),
        date="2015-08-03",
        also=("تحرير قاعدة العند",),
    ),
]
F["snn-20150731-01669"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "ضربة جوية",
        actor=("قوات التحالف الدولي", "التحالف الدولي", "الولايات المتحدة"),
        target=("داعش",),
        place=("سوريا", "دير الزور", "الحسكة"),
        date="2015-07-31",
        also=("17 ضربة جوية نفذت", "سبع ضربات جوية"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "ضربة جوية",
        at="نفذت أيضاً",
        actor=("قوات التحالف الدولي", "التحالف الدولي", "الولايات المتحدة"),
        target=("للتنظيم", "داعش"),
        place=("العراق",),
        date="2015-07-31",
    ),
]
F["snn-20150727-01046"] = [  # near-copy of r5b snn-20150727-00204
    E(
        "Battles/Armed clash",
        "قتلوا",
        actor=("أشخاص يحملون أحزمة ناسفة", "داعش"),
        target=("القوات الأمنية العراقية",),
        place=("حي التأميم", "الرمادي"),
        date="2015-07-26",
        fatalities=8,
        also=("مصرعهم", "محاولتهم الهجوم"),
    ),
    E(
        "Battles/Armed clash",
        "قتلوا",
        at="20 عنصراً",
        target=("داعش",),
        place=("غربي العراق", "الأنبار", "العراق"),
        fatalities=20,
        also=("تدمير وكر",),
    ),
    E(
        "Strategic developments/Disrupted weapons use",
        "دمرت",
        actor=("القوات الأمنية العراقية",),
        place=("معمل الزجاج", "الرمادي"),
    ),
]
F["snn-20150721-01637"] = [
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "انفجرت",
        target=("ناشطين", "حماس", "الجهاد الاسلامي", "خمس سيارات"),
        place=("مدينة غزة", "غزة"),
        date="2015-07-19",
        also=("الانفجارات",),
    ),
    E(
        "Strategic developments/Arrests",
        "اعتقلت",
        actor=("حماس",),
        target=("عشرات من الاوساط السلفية", "الاوساط السلفية"),
        place=("القطاع", "قطاع غزة"),
        date="unknown",
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "اطلقت",
        actor=("جماعة سلفية متشددة", "داعش"),
        target=("موقع للتدريب", "عز الدين القسام", "القسام", "موقع القادسية"),
        place=("جنوب قطاع غزة", "خان يونس", "قطاع غزة"),
        date="2015-05",
        status="denied",
        also=("استهدفت موقع القادسية",),
    ),
]
F["snn-20150806-02366"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات",
        actor=("مروحيات طيران الجيش", "طيران الجيش", "قيادة الفرقة الثامنة", "القوة الجوية"),
        target=("تنظيم داعش", "داعش", "داعشيا"),
        place=("شرقي الرمادي", "الرمادي", "الحصيبة", "الملاحمة", "البوعلوان", "الأنبار"),
        date="2015-08-06",
        fatalities=52,
        also=("سلسلة من الغارات الجوية", "أسفرت الغارات"),
    ),
]
F["snn-20150806-03041"] = [  # shares its sentences with r5a snn-20150806-02259
    E(
        "Strategic developments/Other",
        "خرجت",
        actor=("التحالف العربي", "القوات الموالية للرئيس الشرعي لليمن"),
        place=("عدن",),
        date="2015-08-04",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "استعادت",
        actor=("اللجان الشعبية",),
        target=("المسلحين الحوثيين", "الحوثيين"),
        place=("القاعدة الجوية", "محافظة لحج", "لحج"),
        date="2015-08-04",
    ),
]
F["snn-20150801-00267"] = [
    E(
        "Diplomacy/Visit",
        "وصل",
        actor=("خالد محفوظ بحاح", "بحاح", "نائب رئيس الجمهورية اليمنية"),
        place=("مدينة عدن", "عدن"),
        date="2015-08-01",
        also=("زيارة هي الأولى", "هذه الزيارة"),
    ),
    E(
        "Battles/Government regains territory",
        "تحريرها",
        target=("ميليشيا التمرد الحوثية", "ميليشيا التمرد"),
        place=("مدينة عدن", "عدن"),
        date="unknown",
        status="historical",
    ),
]
F["snn-20150809-00633"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارة جوية",
        actor=("التحالف الذي تقوده الولايات المتحدة", "التحالف", "الولايات المتحدة"),
        target=("تنظيم داعش", "داعش"),
        place=("سوريا", "الحسكة", "حلب", "الرقة", "دير الزور"),
        date="2015-08-07",
        also=("الهجمات في سوريا",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "ضربات",
        at="واستهدفت عشر",
        actor=("التحالف", "الولايات المتحدة"),
        target=("داعش", "تنظيم داعش"),
        place=("العراق",),
        date="2015-08-07",
    ),
]
F["snn-20150721-02706"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارتين",
        actor=("طائرات حربية إسرائيلية", "طائرات الاحتلال"),
        target=("حركة حماس", "حماس", "موقع الإدارة المدنية"),
        place=("بلدة جباليا", "جباليا", "شمال قطاع غزة", "قطاع غزة"),
        date="2015-07-16",
        also=("استهدفت، بصاروخين",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "الغارة الثانية",
        actor=("طائرات حربية إسرائيلية", "طائرات الاحتلال"),
        target=("موقع تدريب", "حماس"),
        place=("مخيم البريج", "البريج", "وسط القطاع"),
        date="2015-07-16",
    ),
]
F["snn-20150801-00038"] = [
    E(
        "Diplomacy/Visit",
        "وصوله",
        actor=("خالد بحاح", "بحاح", "نائب الرئيس اليمني"),
        place=("مطار عدن الدولي", "عدن"),
        date="2015-08-01",
        also=("هذه الزيارة", "وصول بحاح"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "بالسيطرة",
        actor=("جماعة الحوثي", "الحوثي", "المخلوع صالح"),
        place=("مدينة عدن", "عدن", "التواهي", "خور مكسر", "المعلا", "البريقة"),
        date="unknown",
        status="historical",
    ),
    E(
        "Battles/Government regains territory",
        "واستعادتها",
        actor=("قوات التحالف", "السعودية", "قوات المقاومة الشعبية", "المقاومة الشعبية"),
        target=("جماعة الحوثي", "الحوثي"),
        place=("مدينة عدن", "عدن"),
        date="unknown",
        status="historical",
    ),
]
F["snn-20150722-00907"] = [
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "الهجوم",
        actor=("تنظيم الدولة الإسلامية", "داعش"),
        target=("سوق مزدحمة", "سوق"),
        place=("بلدة بني سعد", "بني سعد", "محافظة ديالى", "ديالى"),
        date="2015-07-17",
        fatalities=120,
        also=("الهجوم الأكثر دموية", "الهجوم الذي وقع"),
    ),
]
F["ant-JA-internationalNews-12-20170120"] = [
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "انفجار",
        target=("6 أشخاص", "وزير داخلية ليبي سابق", "عاشور شوايل"),
        place=("مدينة بنغازي", "بنغازي", "منطقة الماجوري", "الماجوري", "مسجد أبو هريرة"),
        date="2017-01-20",
        also=("السيارة انفجرت",),
    ),
]
F["ant-JA-internationalNews-517-20160131"] = [
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "مقتل",
        actor=("تنظيم أنصار بيت المقدس", "أنصار بيت المقدس", "عناصر تنظيم أنصار بيت المقدس"),
        target=("ضابط ومجند من الشرطة", "الشرطة"),
        place=("مدينة الشيخ زويد", "الشيخ زويد", "شمال سيناء"),
        date="2016-01-31",
        fatalities=2,
        also=("جراء هجوم", "تفجير عبوة ناسفة", "هذا الهجوم"),
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "هجوم",
        at="عقب يومين من",
        target=("مدرعة شرطة", "رجال شرطة"),
        place=("وسط العريش", "العريش"),
        date="2016-01-29",
        fatalities=2,
        also=("استهداف مدرعة شرطة",),
    ),
]
F["ant-JA-internationalNews-715-20170415"] = []  # a gas-pipeline explosion of unknown cause: an accident
F["ant-JA-internationalNews-567-20170330"] = []  # an award ceremony; child recruitment is generic
F["ant-JA-internationalNews-245-20170211"] = [
    E(
        "Diplomacy/Aid",
        "مساعدات إغاثية",
        actor=("الصين",),
        target=("للاجئين الفلسطينيين", "الفلسطينيين"),
        place=("سوريا",),
        also=("هذه المساعدات",),
    ),
    E(
        "Diplomacy/Meeting",
        "لقائه",
        actor=("تشي تشياجين", "السفير الصيني لدى سوريا"),
        target=("أنور عبدالهادي", "منظمة التحرير الفلسطينيّة"),
    ),
]
F[
    "ant-JA-internationalNews-82-23122016"
] = [  # shares a sentence with r5a ant-JA-internationalNews-330-20161223
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "اختطاف",
        actor=("خاطفو الطائرة", "خاطفي الطائرة", "الفاتح الجديد"),
        target=("الطائرة", "118 مسافرا", "طائرة ليبية"),
        place=("مالطا", "سبها", "طرابلس"),
        also=("تم اختطاف طائرة ليبية",),
    ),
]
F["ant-JA-internationalNews-1235-20170109"] = [
    E(
        "Explosions/Remote violence/Suicide bomb",
        "هجوما انتحاريا",
        actor=("الإرهابيون", "انتحاريا"),
        target=("كمين المطافي", "مجندين", "أفراد الشرطة"),
        place=("حي المساعيد", "العريش", "شمال سيناء"),
        date="2017-01-09",
        fatalities=9,
        also=("تفجير كمين المطافي", "واقتحم بها"),
    ),
]
F["ant-JA-internationalNews-469-20160314"] = [
    E(
        "Diplomacy/Sanction",
        "تصنيف",
        target=("حزب الله",),
        date="unknown",
    ),
    E(
        "Diplomacy/Visit",
        "زيارة",
        actor=("وزير الطاقة الاسرائيلي",),
        date="unknown",
    ),
]

if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
