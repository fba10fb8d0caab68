"""Source of tests/data/events_r30b.jsonl: the thirtieth blind event round, part r30b.

10 real articles (SaudiNewsNet politics, 1,519–2,448 characters): the lines of /work/brief/DRAW_r30.tsv
(the saved output of `python tests/data/events_round30_select.py`) whose first column is `r30b`
(selection = events_round30_select.py, seed 3030, part r30b). All 10 kept, none dropped; none is a
negative (every article names at least one happening, some only in passing). Annotated by reading only
(2026-11-29): the event coder was never run on these articles and no coder output was read. Same format
and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set); `build()`
comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three 12-word
runs with an article of another tests/data/events_*.jsonl set (checked at 09:22 UTC). Same happenings in
other words: the Asir (Emergency Forces) mosque bombing (r21b, r23c, r25a …), the Duma arson (r22c,
r24c, r25b), Carter's Israel trip (r20b), the Iranian nuclear deal (r15b, r16a, r19c …), the taking of
al-Hawta (r22a).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r28c_source.py):
- Benghazi: «هدوءاً حذراً … مع اشتباكات ومناوشات متقطعة» on the al-Laithi and Bu Atni axes → one *Armed
  clash*, publication date, the Special Forces as actor; the army's slow advance on the al-Sabri/Souq
  al-Hout axes with air support is its mention (ambiguous: could be a second clash); Rajoy's statement,
  the Tripoli court sentences and the amnesty law are not coded;
- Carter/Dempsey Senate hearing: the nuclear deal → *Diplomacy/Agreement*, date "unknown" (as r15b/r19c);
  the Congress hearings (domestic), the hypothetical strikes on Iran and the stated policy are not coded;
- Yemen/UN: Ould Cheikh Ahmed delivering Ban's message to al-Arabi in Cairo «أمس» → *Diplomacy/Meeting*
  2015-07-30 (their joint press conference a mention); the pro-government Popular Resistance taking
  al-Hawta «أمس» → *Government regains territory* (forces «الموالية للحكومة»), the advance in Lahj a
  mention; HRW's condemnation of Houthi shelling of residential areas of Aden → *Shelling/artillery/
  missile attack*, publication date (undated, recent; the condemnation itself is not coded); the
  proposed observers are a plan;
- Latakia: the arrest of Suleiman al-Assad → *Arrests* dated by SANA's «يوم الاثنين» (2015-08-10); the
  two-day protests (Saturday evening in Latakia) → one *Peaceful protest* 2015-08-08; his shooting of
  Colonel Hassan al-Sheikh → *Violence against civilians/Attack*, 1 dead, publication date (the text
  gives no day; ambiguous: the victim is an off-duty officer); his father Hilal killed «في معارك مع مسلحين
  إسلاميين العام الماضي» → historical *Armed clash* 2014, 1 dead; the civil war is generic;
- Asir column: the Emergency Forces mosque bombing → *Remote explosive/landmine/IED* (as r21b/r25a; the
  text names no weapon), date "unknown" (as r21b, an opinion column), ISIS as actor; «لتقتل وتصيب 22»
  is not a death count; al-Dalwa, al-Qudaih and al-Anoud, named only as places («بعد الدالوة والقديح
  والعنود»), → three historical events, date "unknown" (al-Qudaih and al-Anoud *Remote explosive* as
  r25a, al-Dalwa *Violence against civilians/Attack*; ambiguous: named in passing, the text gives no
  weapon); Baghdad's bombings «منذ» and ISIS's control of land are generic;
- Saudi–Egyptian relations (analysts): the Deputy Crown Prince's visit to Cairo → *Diplomacy/Visit*,
  publication date (the text gives none); the rest is commentary;
- administrative detention: Israel's detention of Mordechai Meyer «يوم الثلاثاء» → *Arrests* 2015-08-04
  (no place: the text says only that he lives in the West Bank); the Duma arson «يوم الجمعة الماضي» →
  *Violence against civilians/Attack* 2015-07-31, 1 dead (the infant; three relatives injured), no
  actor (the text names only suspects); the arrests of Meir Ettinger and Evyatar Slonim «هذا الأسبوع» →
  one *Arrests* dated 2015-08; the habitual detentions of Palestinians and the cabinet's approval of
  the measure are not coded;
- Carter–Netanyahu: the meeting «امس» → *Meeting* 2015-07-21; Carter's visit to the northern border
  (and his trip to Israel, «الاثنين» = 2015-07-20) → one *Visit* 2015-07-20 (ambiguous: the border trip
  is undated); the meeting with Ya'alon «الاثنين» → *Meeting* 2015-07-20; the nuclear deal →
  *Diplomacy/Agreement*, "unknown"; the annual US military aid (habitual) and Netanyahu's appeal to
  Congress are not coded;
- al-Anad: the Resistance's encirclement of al-Anad, the fierce battles and the taking of the valley and
  the hills → one *Non-state actor overtakes territory* (the Resistance «المسنودة بقوات الجيش الوطني»,
  as fresh), publication date; «وكانت المقاومة … قد سيطرت على وادي عقان» is read as the same valley (a
  mention; ambiguous: could be an earlier takeover); the battles on the al-Fayush and Sabr fronts that
  the militiamen fled → *Armed clash*; the transfer of ~1,000 prisoners out of the base (ambiguous: could
  be *Strategic developments/Other*), the arrests «من الطرقات والأسواق» (habitual, undated), the flight
  and Saleh's failed mediation with the tribes are not coded;
- EU/Tunisia: the EU foreign ministers' meeting in Brussels «اليوم (الاثنين)» → *Diplomacy/Meeting*
  2015-07-20; al-Essid's talks there → *Diplomacy/Talks* 2015-07-20 (his planned meeting with the UK,
  French and German ministers a mention); his meeting with Juncker, Mogherini and de Kerchove →
  *Diplomacy/Meeting* 2015-07-20; the Sousse attack «مؤخرا» → *Violence against civilians/Attack*, 38
  dead, date "unknown"; the pledges of aid, the state of emergency, the armed police and the border
  wall (earlier measures, undated; ambiguous: ACLED may code the emergency as *Strategic
  developments/Other*) are not coded.

Run: python tests/data/events_r30b_source.py   (writes events_r30b.jsonl)
Text licences: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r30b.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150731-00739"] = [
    E(
        "Battles/Armed clash",
        "اشتباكات",
        actor=("القوات الخاصة الليبية", "القوات الخاصة", "قوات الصاعقة", "الجيش الليبي"),
        target=("الجماعات الإرهابية",),
        place=("الليثي", "بوعطني", "الصابري", "سوق الحوت"),
        also=("يتقدمون ببطء",),
    ),
]
F["snn-20150731-00390"] = [
    E(
        "Diplomacy/Agreement",
        "اتفاق إيران النووي",
        actor=("إيران",),
        date="unknown",
    ),
]
F["snn-20150731-00267"] = [
    E(
        "Diplomacy/Meeting",
        "نقل",
        actor=("إسماعيل ولد الشيخ", "ولد الشيخ", "موفد الأمم المتحدة إلى اليمن"),
        target=("نبيل العربي", "العربي", "جامعة الدول العربية"),
        place=("القاهرة",),
        date="2015-07-30",
        also=("مؤتمر صحافي عقده مع العربي",),
    ),
    E(
        "Battles/Government regains territory",
        "سيطرت",
        actor=("اﻟﻤﻘﺎﻭﻣﺔ ﺍﻟﺸﻌﺒﻴﺔ", "المقاومة الشعبية", "المقاومة"),
        target=("المتمردين",),
        place=("ﺍﻟﺤوطة", "الحوطة", "محافظة لحج", "لحج"),
        date="2015-07-30",
        also=("ووضعت يدها", "حققت تقدما"),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "ﻗﺼﻒ",
        actor=("ﺍﻟﻤﺘﻤﺮﺩﻳﻦ", "المتمردين", "الحوﺛﻴﻴﻦ", "الحوثيين"),
        target=("ﻟﻤﻨﺎﻃﻖ ﺳﻜﻨﻴﺔ", "مناطق سكنية", "المدنيين"),
        place=("ﻋﺪﻥ", "عدن", "مدينة عدن"),
        also=("أمطرت", "هجمات اﻟﺼﻮﺍﺭﻳﺦ"),
    ),
]
F["snn-20150811-01076"] = [
    E(
        "Strategic developments/Arrests",
        "اعتقلت",
        actor=("السلطات", "السلطات السورية"),
        target=("أحد أقارب الرئيس بشار الأسد", "سليمان هلال الأسد", "سليمان الأسد"),
        place=("اللاذقية",),
        date="2015-08-10",
        also=("ألقت القبض",),
    ),
    E(
        "Protests/Peaceful protest",
        "احتجاجات",
        actor=("مئات السوريين", "السوريين", "المحتجون"),
        place=("مدينة اللاذقية", "اللاذقية"),
        date="2015-08-08",
        also=("احتجاج نادر", "مظاهرة السبت"),
    ),
    E(
        "Violence against civilians/Attack",
        "بقتل",
        actor=("سليمان هلال الأسد", "سليمان الأسد", "سليمان"),
        target=("ضابط بالجيش", "العقيد حسان الشيخ", "حسان الشيخ"),
        place=("اللاذقية",),
        fatalities=1,
        also=("أو القتل", "لإطلاق النار عليه"),
    ),
    E(
        "Battles/Armed clash",
        "معارك",
        actor=("هلال الأسد",),
        target=("مسلحين إسلاميين",),
        date="2014",
        status="historical",
        fatalities=1,
    ),
]
F["snn-20150808-01251"] = [
    E(
        "Violence against civilians/Attack",
        "الدالوة",
        place=("الدالوة",),
        date="unknown",
        status="historical",
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "القديح",
        place=("القديح",),
        date="unknown",
        status="historical",
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "العنود",
        place=("العنود",),
        date="unknown",
        status="historical",
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "وصلت يد الإرهاب",
        actor=("الدولة الإسلامية", "داعش"),
        target=("مسجد قوات الطوارئ", "مصليا"),
        place=("عسير", "مسجد قوات الطوارئ"),
        date="unknown",
        also=("لتقتل وتصيب 22 مصليا",),
    ),
]
F["snn-20150731-02008"] = [
    E(
        "Diplomacy/Visit",
        "زيارة ولي ولي العهد",
        actor=("ولي ولي العهد",),
        place=("القاهرة",),
        also=("الزيارة تعكس",),
    ),
]
F["snn-20150806-03116"] = [
    E(
        "Strategic developments/Arrests",
        "احتجزت",
        actor=("إسرائيل",),
        target=("مردخاي مئير", "إرهابياً من مواطنيها", "مردخاي"),
        date="2015-08-04",
        also=("احتُجز",),
    ),
    E(
        "Violence against civilians/Attack",
        "مقتل",
        target=("رضيع فلسطيني", "الرضيع"),
        place=("الضفة الغربية",),
        date="2015-07-31",
        fatalities=1,
        also=("حادث حرق", "موت الرضيع حرقاً"),
    ),
    E(
        "Strategic developments/Arrests",
        "اعتُقل",
        target=("إرهابيان إسرائيليان آخران", "مئير إتينجر", "إفيتار سالونيم", "إتينجر", "سالونيم"),
        date="2015-08",
    ),
]
F["snn-20150722-00763"] = [
    E(
        "Diplomacy/Meeting",
        "التقى",
        actor=("اشتون كارتر", "كارتر", "وزير الدفاع الأميركي اشتون كارتر"),
        target=("بنيامين نتنياهو", "نتنياهو"),
        date="2015-07-21",
        also=("اللقاء",),
    ),
    E(
        "Diplomacy/Agreement",
        "الاتفاق النووي",
        actor=("ايران",),
        target=("القوى الكبرى",),
        date="unknown",
    ),
    E(
        "Diplomacy/Visit",
        "بزيارة",
        actor=("كارتر",),
        place=("الحدود الشمالية", "اسرائيل"),
        date="2015-07-20",
        also=("أقلته الى اسرائيل",),
    ),
    E(
        "Diplomacy/Meeting",
        "لقاء",
        at="خلال لقاء",
        actor=("كارتر",),
        target=("موشيه يعالون", "يعالون"),
        date="2015-07-20",
    ),
]
F["snn-20150724-00774"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "أحرزت انتصارات",
        actor=("قوات المقاومة الشعبية", "المقاومة الشعبية", "المقاومة"),
        target=("الميليشيات",),
        place=("قاعدة العند الجوية", "العند", "محافظة لحج", "لحج", "وادي عقان"),
        also=("طوقت", "معارك عنيفة", "السيطرة على الوادي", "قد سيطرت على وادي عقان"),
    ),
    E(
        "Battles/Armed clash",
        "المعارك",
        at="فروا من",
        actor=("ميليشيات الحوثي وصالح", "ميليشيات الحوثي", "الحوثي", "صالح"),
        place=("الفيوش", "صبر", "لحج"),
    ),
]
F["snn-20150721-00031"] = [
    E(
        "Diplomacy/Meeting",
        "اجتماعهم",
        actor=("وزراء خارجية الاتحاد الأوروبي", "الاتحاد الأوروبي"),
        target=("تونس",),
        place=("بروكسل",),
        date="2015-07-20",
        also=("الاجتماع",),
    ),
    E(
        "Violence against civilians/Attack",
        "هجوم ارهابي",
        actor=("شاب مسلح",),
        target=("38 سائحا", "سائحا"),
        place=("منتجع سوسة", "سوسة"),
        date="unknown",
        fatalities=38,
        also=("أدى الهجوم", "الهجوم الارهابي على منتجع سوسة"),
    ),
    E(
        "Diplomacy/Talks",
        "مباحثات",
        actor=("الحبيب الصيد", "رئيس الحكومة التونسية"),
        target=("مسؤولين بالاتحاد الأوروبي", "الاتحاد الأوروبي", "وزراء الخارجية الأوروبيين"),
        place=("بروكسل",),
        date="2015-07-20",
        also=("سيلتقى وزراء خارجية",),
    ),
    E(
        "Diplomacy/Meeting",
        "يلتقي",
        at="ويلتقي",
        actor=("الصيد", "الحبيب الصيد"),
        target=("جون كلود يونيكر", "فريدريكا موغيريني", "جيل دى كيرشوف"),
        place=("بروكسل",),
        date="2015-07-20",
    ),
]


if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
