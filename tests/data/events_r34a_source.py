"""Source of tests/data/events_r34a.jsonl: the thirty-fourth blind event round, part r34a.

10 real articles (SaudiNewsNet politics, 1,565–2,358 characters): the lines of /work/brief/DRAW_r34.tsv
(the saved output of `python tests/data/events_round34_select.py`) whose first column is `r34a`
(selection = events_round34_select.py, seed 3434, part r34a). All 10 kept, none dropped; 1 of them
reports no event (one negative: snn-20150806-01026). Annotated by reading only (2026-11-29): the event
coder was never run on these articles and no coder output was read. Same format and guidelines as
events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set); `build()` comes from
events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none (first 80 normalised characters and shared word 8-grams checked against every
tests/data/events_*.jsonl). snn-20150802-00379 shares two quotations (Barzani's statement, Kafah
Mahmoud's «نحن نطالب من حزب العمال …») with r23a's snn-20150802-00700 (5 shared 8-grams): another
article on the same happening (the Turkish strike on Zarkali), not a near-copy; coded alike.

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r32c_source.py):
- Kurdistan/PKK (00379): the Turkish strike on Zarkali «أمس السبت» → *Air/drone strike* 2015-08-01, 6
  dead («مقتل ستة أشخاص على الأقل»; «مقتل مواطنين» in the lead its first mention, «القصف الجوي التركي»
  and «هذا القصف» mentions); the week of Turkish raids on the PKK in northern Iraq with Anadolu's toll
  of about 260 rebels → one *Air/drone strike* dated `2015-07` (as r23a's «الأسبوع الماضي»), 260 dead
  («أطلقت أنقرة عملية عسكرية جوية» a mention; ambiguous: a week's aggregate); the demands, the call to
  return to the peace process and the standing Iraqi–Turkish security agreement are not coded;
- Bahraini MP (00833): the Asir emergency-forces mosque bombing, named only as «التفجير الارهابي» →
  *Remote explosive/landmine/IED*, date "unknown", no actor or target (as the earlier round's Asir call:
  no suicide word, no date in the text); the Kuwait bombing recalled («حادث التفجير بالكويت») → a second *Remote
  explosive/landmine/IED*, historical, "unknown" (ambiguous); Decisive Storm / Restoring Hope named as
  background are not coded;
- Houthis and heritage (02859, a feature): each place-specific destruction → *Strategic developments/
  Looting/property destruction*, no date in the text ("unknown"): the looting and burning of Zabid's
  books, the destroyed houses beside the Hodeidah castle, the Cairo castle in Taiz, the sites blown up
  in Aden, the sites targeted in al-Husseini (Lahj); the abductions of artists and intellectuals while
  the Houthis held Sanaa → *Abduction/forced disappearance*, historical, "unknown" (ambiguous: an
  aggregate) and «سيطرتهم على العاصمة صنعاء» → *Non-state actor overtakes territory*, historical,
  "unknown" (as the earlier Houthi «اجتياح» of Aden); the seizure of buildings (Hodeidah castle, the
  al-Aidarous mosque) made barracks is not coded as territory (ambiguous);
- Bahah in Aden (00369): the visit «أمس السبت» → *Diplomacy/Visit* 2015-08-01 (as r8a/r10a); Aden
  «منذ تحريرها» → *Government regains territory*, "unknown", no actor (as r9a/r10b); the Resistance's
  capture of Mashraa wa Hadnan (Jabal Sabr, Taiz) → *Non-state actor overtakes territory*, publication
  date («خلال اليومين الماضيين»), 51 dead (42 Houthis + 9 Resistance; the «معارك» its mentions); the
  Houthis taken prisoner → *Arrests* (as r10b); the clearing of three villages in Sabr al-Mawadim →
  a second takeover (another district; ambiguous: may be a mention); the coalition raids «امس السبت»
  → one *Air/drone strike* per province (Abyan — the aggregate sentence its first mention —, Lahj,
  Marib, Dhamar, Saada, Hajjah; r32a lumped them, r23a split); the fighting in Lawdar / Aqabat Thira →
  *Armed clash*, publication date; the four months of confrontations in Aden (background) not coded;
- Anbar (00020): ISIS's arrest of 38 worshippers in Mosul «أمس» → *Strategic developments/Arrests*
  2015-07-20 (ISIS as de facto authority, as earlier rounds; ambiguous: ACLED may code an abduction);
  the cemetery clash at Wadi Aqab → *Armed clash* (as the earlier citizens-vs-checkpoint call), 2
  dead, publication date; the halted Anbar battles, the US sorties (habit) and the Eid-prayer ban
  are not coded;
- Aden government (00302): the Houthi leaders captured during the liberation → *Arrests*, no actor;
  the liberation of Aden → *Government regains territory*, "unknown"; the Saudi relief planes at Aden
  airport → *Diplomacy/Aid* (as r32a), publication date; the working day, the planned return of
  ministers, the sweeps, the approach to al-Anad, «تم تحرير الكثير من المناطق» (a summary) and the
  Houthi shelling (habit) are not coded;
- Bekaa (00152): the army's raids and arrests in Brital «يوم أمس الجمعة» → one *Arrests* 2015-08-07
  (the statement's and NNA's arrests its mentions); Marc al-Hajj Moussa's abduction «قبل ثلاثة أيام» →
  *Abduction/forced disappearance* 2015-08-05 (counted from publication; ambiguous by a day; place: Bekaa/Baalbek from context, ambiguous); the five
  Czechs «منتصف ليل 17 يوليو» → *Abduction* 2015-07-17; the Czech arrest of Ali Fayyad (a cause) →
  *Arrests*, "unknown" (ambiguous); General Security's arrests of (ع.ك) and (م.غ) → one *Arrests*; the
  intended suicide operation and the security plan are not coded;
- opinion letter (01026): negative — Khomeini's return, 9/11, the occupation of Iraq and Decisive
  Storm are rhetoric in a conspiracy letter (ambiguous);
- Kerry in Doha (01162): the talks with the GCC ministers «أمس» → *Diplomacy/Meeting* 2015-08-03 (as
  r15b, with the text's day); the agreements on arms sales, training and intelligence sharing → one
  *Diplomacy/Agreement* 2015-08-03; the Kerry–Lavrov–Jubeir trilateral → *Meeting*, publication date;
  the press conference and Iran's support for Hezbollah (general) are not coded;
- Algeria/Libya (00380): the In Amenas attack → *Violence against civilians/Attack*, historical,
  "unknown", no number («عددًا من القتلى»); the blacklist barring militia leaders → *Diplomacy/Sanction*
  (ambiguous); the reopening of the crossings, the 2013 closure and the December exception (border
  policy) are not coded (ambiguous).

Negatives (1): snn-20150806-01026 (opinion letter).

Run: python tests/data/events_r34a_source.py            (writes events_r34a.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r34a.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150802-00379"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "مقتل مواطنين",
        actor=("الطائرات التركية", "الحكومة التركية", "تركيا"),
        target=("مواطنين", "ستة أشخاص", "سكان إقليم كردستان"),
        place=("قرية زاركلي", "زاركلي", "رواندز", "اربيل"),
        date="2015-08-01",
        fatalities=6,
        also=("غارات شنتها الطائرات التركية", "القصف الجوي التركي", "هذا القصف"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "الغارات الجوية التركية",
        actor=("أنقرة", "تركيا"),
        target=("متمردا كرديا", "حزب العمال الكردستاني"),
        place=("شمال العراق", "الجبال", "المنطقة الحدودية التركية مع العراق"),
        date="2015-07",
        fatalities=260,
        also=("عملية عسكرية جوية",),
    ),
]

F["snn-20150811-00833"] = [
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "التفجير الارهابي",
        place=("مسجد قوات الطوارئ", "منطقة عسير", "عسير"),
        date="unknown",
        also=("هذا التفجير الآثم",),
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "التفجير بالكويت",
        place=("الكويت",),
        date="unknown",
        status="historical",
    ),
]

F["snn-20150806-02859"] = [
    E(
        "Strategic developments/Looting/property destruction",
        "نهب",
        actor=("الحوثي",),
        place=("زبيد",),
        date="unknown",
        also=("تعرضت للتدمير الممنهج",),
    ),
    E(
        "Strategic developments/Looting/property destruction",
        "تدمير العديد من المساكن",
        actor=("ميليشيات الحوثي", "الحوثي"),
        target=("الأحياء القديمة",),
        place=("قلعة الحديدة الساحلية", "قلعة الحديدة", "تهامة"),
        date="unknown",
        also=("واستهدفت الأحياء القديمة",),
    ),
    E(
        "Strategic developments/Looting/property destruction",
        "استهدفت قلعة القاهرة",
        actor=("ميليشيات الحوثي", "الحوثي"),
        target=("قلعة القاهرة",),
        place=("قلعة القاهرة بتعز", "تعز"),
        date="unknown",
        also=("للتدمير الشامل",),
    ),
    E(
        "Strategic developments/Looting/property destruction",
        "وفجرت بعضها",
        actor=("ميليشيات الحوثي", "الحوثي"),
        target=("مسجد العيدروس التاريخي", "مسجد العيدروس"),
        place=("محافظة عدن", "عدن"),
        date="unknown",
    ),
    E(
        "Strategic developments/Looting/property destruction",
        "استهدفت بعض المواقع",
        actor=("ميليشيات الحوثي", "الحوثي"),
        place=("الحسيني", "لحج"),
        date="unknown",
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "لاختطاف",
        actor=("ميليشيات الحوثي", "الحوثي"),
        target=("الفنانين والمثقفين", "الفنانين", "المثقفين"),
        place=("العاصمة صنعاء", "صنعاء"),
        date="unknown",
        status="historical",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرتهم على العاصمة صنعاء",
        actor=("ميليشيات الحوثي", "الحوثي"),
        place=("العاصمة صنعاء", "صنعاء"),
        date="unknown",
        status="historical",
    ),
]

F["snn-20150802-00369"] = [
    E(
        "Diplomacy/Visit",
        "زيارة",
        actor=("خالد محفوظ بحاح", "بحاح", "نائب الرئيس اليمني"),
        place=("محافظة عدن", "عدن"),
        date="2015-08-01",
        also=("تفقد", "زيارته تلك"),
    ),
    E(
        "Battles/Government regains territory",
        "تحريرها",
        target=("الحوثيين", "القوات الموالية للرئيس السابق علي عبدالله صالح"),
        place=("عدن", "المدينة"),
        date="unknown",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "استعادة السيطرة",
        actor=("المقاومة الشعبية", "مقاتلي المقاومة الشعبية"),
        target=("المليشيات الحوثية", "المسلحين الحوثيين", "حوثياً"),
        place=("مشرعة وحدنان", "صبر", "محافظة تعز", "تعز"),
        fatalities=51,
        also=("فرض سيطرتهم الكاملة", "معارك عنيفة", "معارك شهدتها"),
    ),
    E(
        "Strategic developments/Arrests",
        "أسرهم",
        actor=("المقاومة",),
        target=("عناصر المليشيات الحوثية", "المليشيات الحوثية", "11 مسلحاً"),
        place=("مشرعة وحدنان", "صبر", "تعز"),
        also=("تم أسر 11",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "تطهير",
        actor=("المقاومة",),
        place=("قرى سيعة", "سيعة", "ذي مهنة", "محزف", "صبر الموادم"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "سلسلة من الغارات الجوية",
        actor=("طائرات التحالف العربي", "طيران التحالف", "التحالف"),
        target=("المليشيات الحوثية", "الحوثيين"),
        place=("ابين", "لودر", "عقبة ثرة"),
        date="2015-08-01",
        also=("شن سلسلة من الغارات",),
    ),
    E(
        "Battles/Armed clash",
        "تخوض قتالاً عنيفاً",
        actor=("المقاومة الشعبية",),
        target=("الحوثيين",),
        place=("لودر", "عقبة ثرة", "ابين"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "استهدفت غارات التحالف",
        actor=("التحالف",),
        target=("مواقع للمتمردين", "للمتمردين"),
        place=("محافظة لحج", "لحج", "عابين", "كرش", "الحمراء", "مثلث العند"),
        date="2015-08-01",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "محافظة مارب",
        at="وفي أنحاء متفرقة",
        actor=("التحالف",),
        target=("مواقع للمتمردين", "للمتمردين"),
        place=("محافظة مارب", "مارب"),
        date="2015-08-01",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "«معبر»",
        actor=("التحالف",),
        target=("مواقع للمتمردين", "للمتمردين"),
        place=("ذمار", "معبر"),
        date="2015-08-01",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "استهدفت غارات أخرى",
        actor=("التحالف",),
        target=("مليشيات الحوثي",),
        place=("محافظة صعدة", "صعدة", "كتف"),
        date="2015-08-01",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "«حرض»",
        actor=("التحالف",),
        target=("مليشيات الحوثي",),
        place=("محافظة حجة", "حجة", "حرض"),
        date="2015-08-01",
    ),
]

F["snn-20150721-00020"] = [
    E(
        "Strategic developments/Arrests",
        "اعتقل",
        actor=("تنظيم داعش", "داعش"),
        target=("38 مواطنا", "مواطنا"),
        place=("مدينة الموصل", "الموصل"),
        date="2015-07-20",
        also=("حملة اعتقالات", "اعتقال 38"),
    ),
    E(
        "Battles/Armed clash",
        "اندلعت اشتباكات",
        actor=("مسلحي (داعش)", "داعش"),
        target=("مواطنين من الموصل", "المواطنين"),
        place=("مقبرة وادي عقاب", "وادي عقاب", "الموصل"),
        fatalities=2,
        also=("وأطلق مسلحو", "فقتلوا"),
    ),
]

F["snn-20150727-00302"] = [
    E(
        "Strategic developments/Arrests",
        "القبض",
        target=("عبد الخالق الحوثي", "القيادات الحوثية", "عبد الكريم الحوثي", "قناف"),
        place=("عدن",),
    ),
    E(
        "Battles/Government regains territory",
        "تحرير عدن",
        place=("عدن",),
        date="unknown",
        also=("بعد تحريرها",),
    ),
    E(
        "Diplomacy/Aid",
        "وصول الطائرات السعودية",
        actor=("الطائرات السعودية",),
        place=("مطار عدن", "عدن"),
    ),
]

F["snn-20150808-00152"] = [
    E(
        "Strategic developments/Arrests",
        "عمليات دهم",
        actor=("وحدات من الجيش اللبناني", "الجيش اللبناني", "الجيش"),
        target=("فرحات علي فرحان إسماعيل", "مطلوبين", "أربعة أشخاص"),
        place=("بريتال", "بلدتي بريتال والطيبة", "الطيبة", "منطقة البقاع", "البقاع"),
        date="2015-08-07",
        also=("أوقفت المواطن", "الجيش أوقف"),
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "اختطاف الشاب",
        actor=("مجهولين",),
        target=("مارك الحاج موسى",),
        place=("البقاع", "بعلبك", "حي الشراونة"),
        date="2015-08-05",
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "خطف خمسة تشيكيين",
        actor=("مجهولون",),
        target=("خمسة تشيكيين", "تشيكيين"),
        place=("طريق كفريا", "كفريا", "البقاع"),
        date="2015-07-17",
        also=("اختطافهم",),
    ),
    E(
        "Strategic developments/Arrests",
        "توقيف السلطات التشيكية",
        actor=("السلطات التشيكية",),
        target=("علي فياض",),
        date="unknown",
    ),
    E(
        "Strategic developments/Arrests",
        "أوقفت المديرية العامة للأمن العام",
        actor=("المديرية العامة للأمن العام",),
        target=("(ع.ك)", "ع.ك", "(م.غ)"),
        place=("لبنان",),
        also=("كما أوقفت",),
    ),
]

F["snn-20150806-01026"] = []  # opinion letter: 9/11, Iraq's occupation, Decisive Storm are rhetoric

F["snn-20150804-01162"] = [
    E(
        "Diplomacy/Meeting",
        "محادثات",
        actor=("جون كيري", "كيري", "وزير الخارجية الأمريكي"),
        target=("وزراء خارجية الدول الست لمجلس التعاون", "دول الخليج العربية", "مجلس التعاون"),
        place=("قطر",),
        date="2015-08-03",
        also=("الاجتماع", "الاجتماع المشترك"),
    ),
    E(
        "Diplomacy/Agreement",
        "تم الاتفاق",
        actor=("كيري", "واشنطن"),
        target=("الوزراء الخليجيين", "دول الخليج العربية"),
        place=("قطر",),
        date="2015-08-03",
        also=("إنه تم الاتفاق",),
    ),
    E(
        "Diplomacy/Meeting",
        "اجتماعا ثلاثيا",
        actor=("الوزير الأمريكي", "كيري"),
        target=("سيرغي لافروف", "عادل الجبير"),
        place=("قطر",),
    ),
]

F["snn-20150807-00380"] = [
    E(
        "Diplomacy/Sanction",
        "يحظر",
        actor=("الجزائر",),
        target=("قيادات وعناصر الميليشيات المسلحة", "الميليشيات المسلحة"),
        place=("الجزائر",),
        also=("قائمة سوداء",),
    ),
    E(
        "Violence against civilians/Attack",
        "اعتداء إرهابي",
        target=("منشأة غازية", "القتلى الأجانب"),
        place=("عين أميناس", "منشأة غازية بعين أميناس", "جنوب البلاد"),
        date="unknown",
        status="historical",
    ),
]

if __name__ == "__main__":
    print(build(F, OUT), "articles ->", OUT)
