"""Source of tests/data/events_r35c.jsonl: the thirty-fifth blind event round, part r35c.

10 real articles (SaudiNewsNet politics, 1,515–2,413 characters): the lines of /work/brief/DRAW_r35.tsv
(the saved output of `python tests/data/events_round35_select.py`) whose first column is `r35c`
(selection = events_round35_select.py, seed 3535, part r35c). All 10 kept, none dropped; 2 of them
report no event (negatives). Annotated by reading only (2026-11-29): the event coder was never run on
these articles and no coder output was read. Same format and guidelines as events_dev_source.py and
events_fresh_source.py (docs/events.md § Dev set); `build()` comes from events_dev_source.py
(SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three 12-word
runs with an article of another tests/data/events_*.jsonl set (checked at 10:57 UTC). Same happenings in
other words: Suleiman al-Assad's killing of Col. Hassan al-Sheikh and the Latakia protest (r22a), the
coalition's five-day humanitarian truce of 26 July (fresh, r15b, r19a, r20a, r22a), Nusra's capture of
US-trained fighters (r13b, r20a, r33c, r34c).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r34c_source.py):
- al-Nujaifi (Mosul): ISIS's execution of 2,700 people «مرة واحدة» → *Violence against civilians/Attack*
  (round-4 «إعدام» call), 2,700 dead, no date in the text (publication date), the «يعدمون» sentence a
  mention; «منذ أن سيطر على مدينة الموصل» → *Non-state actor overtakes territory*, historical, "unknown"
  (as r29c/r34a «منذ» takeovers); the calls to liberate Mosul are aims, not coded;
- «كذبة المقاومة» (negative, opinion): Israel's withdrawal from Lebanon «في يومٍ ما», Hezbollah's weapons
  turned on Syrians, Yarmouk and the war on the Houthis are named as argument (ambiguous: the withdrawal
  could be a historical *Non-violent transfer of territory*, date unknown);
- «هذا اليوم في التاريخ» almanac (historical, year dates, as r12a/r15b/r16a/r16b/r17b/r27c/r29c): the
  Allied raids on Hamburg (1943) → *Air/drone strike*, 30,000 dead; the Korean armistice (1953) →
  *Strategic developments/Agreement* (warring parties, as r27c's Geneva accords); the Egyptian–British
  withdrawal accord (1954) → *Diplomacy/Agreement*; the Kataeb–fedayeen clashes in Dekwaneh (1974) →
  *Armed clash*, 10 dead; Tanaka's arrest (1976) → *Arrests*; the Israeli abduction of Abdel Karim Obeid
  (1989) → *Abduction/forced disappearance*; the Atlanta Olympic park bombing (1996) → *Remote
  explosive/landmine/IED*, 2 dead; Britain expelling Gaddafi's diplomats (2011) → *Diplomacy/Sanction*
  (its recognition of the NTC on the same line not coded; ambiguous). Not coded: the Reich law, Austria's
  independence, the Suez nationalisation (a policy, as r16b), the Tunisian monarchy abolished (institutional),
  Johnson's troops (a deployment), deaths, Naccache's pardon (as r17b) and the Bakhtiar attempt named in
  the charge, the Lviv air-show crash (an accident);
- coalition truce statement (snn-20150726-01105): the five-day humanitarian truce from 23:59 on 26 July
  → *Strategic developments/Agreement*, planned, 2015-07-26 (as fresh/r22a), the coalition command and
  Hadi (who announced it) accepted as actor; Hadi's letters to King Salman, the talks with the UN envoy
  (background), the continuing blockade and inspection and the threatened response are not coded;
- Iraqi manuscripts (a feature; as r34a's heritage feature, each place-specific destruction coded, date
  "unknown"): ISIS's destruction at Nimrud and at Hatra → two *Looting/property destruction* (same
  trigger «تخريب»; ambiguous: «ما يفعله» is generic) and the Mosul museum → a third; in 2003 «تعرضت دار
  الكتب للقصف» → *Shelling/artillery/missile attack* (unspecified bombing, as fresh's «القصف التركي»),
  historical, 2003, no actor named; the burning and looting of the archive «خلال فترة الحرب» →
  *Looting/property destruction*, historical, 2003; the Mongols' sack of Baghdad (13th century, a
  comparison) and the flooding (an accident) are not coded;
- Latakia: Suleiman al-Assad shooting Col. Hassan al-Sheikh «مساء الخميس» → *Violence against civilians/
  Attack* 2015-08-06, 1 dead (as r22a); the crowd that went into the street «أول من أمس (السبت)» →
  *Peaceful protest* 2015-08-08, the video of «مئات المتظاهرين» its mention (ambiguous: the video may show
  another day); the complaint, Assad's promise and the condolences are not coded;
- Zinjibar: the city «التي استردها الثوار خلال اليومين الماضيين» → *Non-state actor overtakes territory*
  (Resistance alone, as fresh), publication date; the capture of all Houthi positions at Dofas and
  al-Kawd → a second takeover (another place), the «معارك طاحنة» its mention, no count («قتلى وجرحى»);
  the earlier Houthi occupation of Aqabat Thira, their shelling of the city and the city's fall →
  historical, "unknown" (ambiguous: «المدينة» is unnamed, Zinjibar by the article's subject); the al-Anad
  effort (an aim), the advance from Lawdar (a movement), the coalition raids that destroyed the depots
  (an undated campaign aggregate; ambiguous) and the tightened guard are not coded;
- Nusra (Aleppo): its withdrawal from the lines facing ISIS in northern Aleppo → *Non-violent transfer of
  territory* (as r23b/r27b), dated 2015-08-09 (announced in the statement «بتاريخ أمس»; fresh call: an
  announcement dated by the text dates what it announces); the capture of US-trained fighters «الشهر
  الماضي» → *Abduction/forced disappearance* (as r34c), 2015-07, no place named; the US–Turkish plan and
  its «غطاء جوي» (vague aggregate), ISIS's and the YPG's control (states) are not coded;
- Sudan: the re-arrest of al-Sudaira with pupils and of Omar Abdelkhaliq → one *Arrests*, publication date,
  no place (the text names none); al-Jazouli returned to detention «في الثلاثين من يونيو» → *Arrests*,
  historical, 2015-06-30, and his release four days before → *Strategic developments/Other* (release
  call), historical, 2015-06-26; al-Sudaira's release «في يناير الماضي» → *Other*, historical, 2015-01; his
  arrest after the US-embassy events (the 3-month detention) → *Arrests*, historical, "unknown"; his 2009
  arrest at Cairo airport → *Arrests*, historical, 2009; Turkey's arrest of 18 Sudanese students «في
  يونيو الماضي» → *Arrests*, historical, 2015-06; the embassy protests (a time anchor), the students'
  trip to Syria and the vice-president's speech are not coded;
- «فوضى العرب» (negative, opinion): the Arab Spring revolutions and Othello are argument.

Run: python tests/data/events_r35c_source.py   (writes events_r35c.jsonl)
Text licences: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r35c.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150808-00675"] = [
    E(
        "Violence against civilians/Attack",
        "نفذ الإعدام",
        actor=("تنظيم داعش الإرهابي", "تنظيم داعش", "داعش"),
        target=("2700 شخص", "أهالي الموصل"),
        place=("الموصل",),
        fatalities=2700,
        also=("ونفذ الإعدام", "يعدمون مرة واحدة"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطر",
        at="منذ أن",
        actor=("داعش",),
        place=("مدينة الموصل", "الموصل"),
        date="unknown",
        status="historical",
    ),
]
F["snn-20150810-01047"] = []  # opinion on Hezbollah: withdrawal of 2000, Syria, Yarmouk named as argument
F["snn-20150727-00413"] = [  # the «هذا اليوم في التاريخ» almanac
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات جوية",
        actor=("قوات الحلفاء", "الحلفاء"),
        place=("هامبورغ",),
        date="1943",
        status="historical",
        fatalities=30000,
    ),
    E(
        "Strategic developments/Agreement",
        "توقيع اتفاق الهدنة",
        actor=("الكوريتين",),
        place=("بانمون جوم",),
        date="1953",
        status="historical",
    ),
    E(
        "Diplomacy/Agreement",
        "اتفاق مصري- بريطاني",
        actor=("مصري", "مصر"),
        target=("بريطاني", "القوات البريطانية"),
        date="1954",
        status="historical",
    ),
    E(
        "Battles/Armed clash",
        "مواجهات عنيفة",
        actor=("قوات حزب الكتائب اللبنانية", "حزب الكتائب اللبنانية"),
        target=("فدائيين فلسطينيين",),
        place=("حي الدكوانة", "الدكوانة", "بيروت"),
        date="1974",
        status="historical",
        fatalities=10,
    ),
    E(
        "Strategic developments/Arrests",
        "اعتقال",
        target=("رئيس الوزراء الياباني كوكوي تاناكا", "كوكوي تاناكا"),
        date="1976",
        status="historical",
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "بخطف",
        actor=("مجموعة إسرائيلية",),
        target=("عبد الكريم عبيد", "أحد قادة حزب الله"),
        place=("لبنان",),
        date="1989",
        status="historical",
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "عملية تفجير",
        place=("اتلانتا", "حديقة في وسط اتلانتا"),
        date="1996",
        status="historical",
        fatalities=2,
    ),
    E(
        "Diplomacy/Sanction",
        "تطرد",
        actor=("بريطانيا",),
        target=("الدبلوماسيين الموالين لمعمر القذافي", "معمر القذافي"),
        date="2011",
        status="historical",
    ),
]
F["snn-20150726-01105"] = [
    E(
        "Strategic developments/Agreement",
        "هدنة إنسانية",
        actor=("قيادة قوات التحالف", "قوات التحالف", "عبدربه منصور هادي"),
        place=("اليمن",),
        date="2015-07-26",
        status="planned",
        also=("الإعلان عن هدنة إنسانية", "تبدأ الهدنة الإنسانية"),
    ),
]
F["snn-20150809-01004"] = [
    E(
        "Strategic developments/Looting/property destruction",
        "تخريب",
        actor=('التنظيم الارهابي "داعش"', "داعش"),
        target=("آثار",),
        place=("نمرود",),
        date="unknown",
    ),
    E(
        "Strategic developments/Looting/property destruction",
        "تخريب",
        actor=('التنظيم الارهابي "داعش"', "داعش"),
        target=("آثار",),
        place=("الحضر",),
        date="unknown",
    ),
    E(
        "Strategic developments/Looting/property destruction",
        "تدمير",
        at="والتي شهدت",
        actor=("مسلحي التنظيم المتطرف", "التنظيم المتطرف"),
        target=("آثار تعود إلى القرن التاسع قبل الميلاد",),
        place=("متحف الموصل", "الموصل"),
        date="unknown",
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "للقصف",
        target=("دار الكتب",),
        place=("دار الكتب",),
        date="2003",
        status="historical",
    ),
    E(
        "Strategic developments/Looting/property destruction",
        "للحرق والسلب",
        target=("دائرة الكتب",),
        place=("دائرة الكتب",),
        date="2003",
        status="historical",
    ),
]
F["snn-20150810-01146"] = [
    E(
        "Violence against civilians/Attack",
        "قتل",
        actor=("سليمان الأسد", "أحد أقربائه"),
        target=("العقيد حسان الشيخ", "حسان الشيخ", "عقيدا في القوات الجوية"),
        place=("مدينة اللاذقية", "اللاذقية", "مستديرة الأزهري"),
        date="2015-08-06",
        fatalities=1,
        also=("على قتله", "على قتل العقيد", "قتل سليمان أخاه"),
    ),
    E(
        "Protests/Peaceful protest",
        "نزلوا",
        actor=("الناس", "مئات المتظاهرين", "المتظاهرين"),
        place=("اللاذقية",),
        date="2015-08-08",
        also=("خروج مئات المتظاهرين",),
    ),
]
F["snn-20150804-00762"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "استردها",
        actor=("الثوار", "المقاومة الشعبية", "مقاتلي المقاومة الشعبية"),
        place=("مدينة زنجبار", "زنجبار", "محافظة أبين"),
        also=("تطهير مدينة زنجبار", "إنجاز المهمة", "استرداد المدينة"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "السيطرة",
        at="استطاعوا",
        actor=("الثوار", "المقاومة"),
        target=("الحوثيين", "الحوثيين وحلفائهم"),
        place=("منطقة دوفس والكود", "دوفس", "الكود", "محافظة أبين"),
        also=("معارك طاحنة",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "باحتلال",
        actor=("قوى الانقلابيين", "الانقلابيين", "المتمردين"),
        place=("عقبة ثرة",),
        date="unknown",
        status="historical",
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصف",
        at="فاستغلتها",
        actor=("قوى الانقلابيين", "الانقلابيين", "المتمردين"),
        target=("أحياء المدنيين", "المدينة"),
        date="unknown",
        status="historical",
        also=("وأمطرت أحياء المدنيين بالقذائف",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "احتلالها",
        at="سرع عملية",
        actor=("قوى الانقلابيين", "الانقلابيين", "المتمردين"),
        date="unknown",
        status="historical",
    ),
]
F["snn-20150810-00101"] = [
    E(
        "Strategic developments/Non-violent transfer of territory",
        "انسحبت",
        actor=("جبهة النصرة", "النصرة"),
        target=("تنظيم داعش", "داعش"),
        place=("شمالي محافظة حلب", "محافظة حلب", "حلب", "الريف الشمالي لحلب"),
        date="2015-08-09",
        also=("الانسحاب وترك نقاط رباطنا",),
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "أسرت",
        actor=("النصرة", "جبهة النصرة"),
        target=("مقاتلين سوريين دربتهم الولايات المتحدة", "مقاتلين سوريين"),
        date="2015-07",
    ),
]
F["snn-20150804-00672"] = [
    E(
        "Strategic developments/Arrests",
        "اعتقال",
        actor=("السلطات السودانية",),
        target=("الشيخ مساعد السديرة", "مساعد السديرة", "السديرة", "عمر عبدالخالق", "الشيخ عمر عبدالخالق"),
        also=("تم اعتقال", "اعتقلت الرجل"),
    ),
    E(
        "Strategic developments/Arrests",
        "أعادت",
        at="وكانت السلطات",
        actor=("السلطات الأمنية",),
        target=("محمد علي الجزولي", "الجزولي"),
        date="2015-06-30",
        status="historical",
        also=("إلى المعتقل",),
    ),
    E(
        "Strategic developments/Other",
        "إطلاق سراحه",
        target=("محمد علي الجزولي", "الجزولي"),
        date="2015-06-26",
        status="historical",
    ),
    E(
        "Strategic developments/Other",
        "أفرج عنه",
        target=("الشيخ السديرة", "السديرة"),
        date="2015-01",
        status="historical",
    ),
    E(
        "Strategic developments/Arrests",
        "اعتقال",
        at="بعد اعتقال دام",
        target=("الشيخ السديرة", "السديرة"),
        place=("الخرطوم",),
        date="unknown",
        status="historical",
        also=("قد اعتقل",),
    ),
    E(
        "Strategic developments/Arrests",
        "اعتقل",
        at="كما اعتقل في",
        target=("الشيخ السديرة", "السديرة"),
        place=("مطار القاهرة", "القاهرة"),
        date="2009",
        status="historical",
    ),
    E(
        "Strategic developments/Arrests",
        "ألقت",
        at="وألقت السلطات",
        actor=("السلطات التركية",),
        target=("18 طالبا سودانيا",),
        date="2015-06",
        status="historical",
    ),
]
F["snn-20150723-00917"] = []  # opinion: the Arab Spring revolutions and Othello as argument, no event


if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
