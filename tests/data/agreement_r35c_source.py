"""Source of tests/data/agreement_r35c.jsonl: second independent annotation of part r35c for the agreement study.

10 real articles (SaudiNewsNet politics, 1,515–2,413 characters): the lines of /work/brief/DRAW_r35.tsv
(the saved output of `python tests/data/events_round35_select.py`) whose first column is `r35c`
(selection = events_round35_select.py, seed 3535, part r35c). All 10 kept, none dropped; 1 of them
reports no event (negative). Annotated by reading only (2026-11-29), independently of the first
annotation of these articles (never opened): the event coder was never run on these articles and no
coder output was read. The file name does not start with `events_` on purpose: this set measures how far
two careful coders agree and must not enter training. Same format and guidelines as events_dev_source.py
and events_fresh_source.py (docs/events.md § Dev set); `build()` comes from events_dev_source.py
(SaudiNewsNet articles by reference + sha1). Near-copy check skipped (done in the first annotation).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r15a … r34c_source.py):
- al-Nujaifi (00675): ISIS executing 2,700 people of Mosul at once → *Violence against civilians/Attack*,
  2,700 dead, no date in the text (the repeated «نفذ الإعدام» and «يعدمون» its mentions); ISIS's seizure of
  Mosul «منذ أن سيطر» → historical *Non-state actor overtakes territory*, "unknown" (as r32c); the calls
  to liberate Mosul and the postponed battle are not coded;
- the Hezbollah column (01047): Israel withdrawing its forces from occupied Lebanese land «في يومٍ ما» →
  historical *Non-violent transfer of territory*, "unknown" (ambiguous: a column); Hezbollah's war in
  Syria, the Yarmouk camp «طالته … آلة قتل» and the war on the Houthis are campaigns, not coded;
- the «هذا اليوم في التاريخ» almanac (00413; historical, year dates, as r12a/r15b/r16b/r29c): the Allied
  raids on Hamburg (1943) → *Air/drone strike*, 30,000 dead; the Korean armistice at Panmunjom (1953) →
  *Strategic developments/Agreement* (warring parties); the Egyptian–British evacuation agreement (1954)
  → *Diplomacy/Agreement*; the Kataeb–fedayeen clashes in Dekwaneh (1974) → *Armed clash*, 10 dead;
  Tanaka's arrest (1976) → *Arrests*; the Israeli kidnapping of Obeid in Lebanon (1989) → *Abduction*;
  the Atlanta park bombing (1996) → *Remote explosive/landmine/IED*, 2 dead; Britain expelling Gaddafi's
  diplomats (2011) → *Diplomacy/Sanction*. Not coded: the Reich law, Austria's independence, the Suez
  nationalisation (a policy), the Tunisian monarchy abolished, Johnson's troop order (a deployment),
  deaths, the pardon of Naccache (the attempt on Bakhtiar is named in the charge), the Lviv air-show
  crash (an accident), the recognition of the NTC (ambiguous);
- the coalition's five-day humanitarian truce (01105) from 23:59 on the publication day → *Strategic
  developments/Agreement*, planned, 2015-07-26 (as fresh); Hadi's letters and his talks with the UN
  envoy (named as background of the request) are not coded (ambiguous);
- Iraqi manuscripts (01004): ISIS's destruction of antiquities (Nimrud, Hatra, the Mosul museum) → one
  historical *Looting/property destruction*, "unknown", all three places accepted (ambiguous: one per
  place); the book house shelled in the 2003 invasion → *Shelling/artillery/missile attack*, 2003, no
  actor (the text names none); its burning and looting in the chaos of the war → *Looting/property
  destruction*, 2003; what the Mongols did in Baghdad (no event word), the invasion named as time
  reference and the flooding are not coded;
- Latakia (01146): Suleiman al-Assad killing Colonel Hassan al-Sheikh «مساء الخميس» in a traffic dispute
  → *Violence against civilians/Attack* 2015-08-06, 1 dead (ambiguous: an off-duty officer); the crowd
  that took to the street «أول من أمس (السبت)» demanding his trial → *Peaceful protest* 2015-08-08 (the
  video of hundreds of protesters in Latakia its mention); the promise, the condolences, the complaint
  are not coded;
- Zinjibar (00762): the Resistance retaking Zinjibar «خلال اليومين الماضيين» → *Non-state actor overtakes
  territory* 2015-08 (the Resistance alone, as r25c/fresh); its taking of all Houthi positions in Dofas and
  al-Kod «بعد معارك طاحنة» → a second one (another named place), the battles its mention; the earlier
  Houthi occupation of the Thara pass, their shelling of the city from it and their occupation of the city
  → three historical events, "unknown" (the city read as Zinjibar: ambiguous); the efforts to retake
  al-Anad (an aim), the force movements, the coalition raids that destroyed «معظم المخازن» (a campaign
  tally) and the tightened guard are not coded;
- Nusra (00101): its withdrawal from the lines facing ISIS north of Aleppo → *Non-violent transfer of
  territory* 2015-08-09 (announced in its statement «بتاريخ أمس»: an announcement dates what it
  announces, as r19a; ambiguous: the lead gives no date); its capture of US-trained fighters «الشهر
  الماضي» → *Abduction/forced disappearance* 2015-07 (as the later Division 30 calls); the US–Turkish plan «عزمهما» and air cover
  (a plan and a campaign), territorial control (states) and statements are not coded;
- Sudan (00672): the re-arrest of al-Sudaira with his students and of Omar Abdelkhaliq → one *Arrests*
  (one campaign, one day; the Facebook report its mention), no place named; al-Jazouli's re-arrest on 30
  June → *Arrests*, historical, 2015-06-30, and his release 4 days before → *Strategic developments/Other*
  2015-06-26; al-Sudaira's release «في يناير الماضي» → *Other* 2015-01, his earlier arrest after the
  embassy events → *Arrests*, "unknown", and his 2009 arrest at Cairo airport → *Arrests* 2009; the
  Turkish arrest of 18 Sudanese students in June → *Arrests* 2015-06 (all historical); the 2012 embassy
  protests named as time reference are not coded (ambiguous);
- the Arab-romanticism column (00917, negative): Othello (fiction), the Arab Spring revolutions (generic)
  are not coded.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("agreement_r35c.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150808-00675"] = [
    E(
        "Violence against civilians/Attack",
        "نفذ الإعدام",
        actor=("تنظيم داعش", "داعش"),
        target=("أهالي الموصل", "2700 شخص"),
        place=("الموصل",),
        fatalities=2700,
        also=("ونفذ الإعدام في عدد 2700", "يعدمون مرة واحدة"),
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
F["snn-20150810-01047"] = [
    E(
        "Strategic developments/Non-violent transfer of territory",
        "لسحب قواتها",
        actor=("تل أبيب",),
        place=("أراضٍ لبنانية محتلة", "أراضٍ لبنانية"),
        date="unknown",
        status="historical",
    ),
]
F["snn-20150727-00413"] = [  # the «هذا اليوم في التاريخ» almanac
    E(
        "Explosions/Remote violence/Air/drone strike",
        "سلسلة غارات جوية",
        actor=("قوات الحلفاء",),
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
        "اتفاق",
        at="1954 -",
        actor=("مصري",),
        target=("بريطاني",),
        place=("مصر",),
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
        at="1976 -",
        target=("كوكوي تاناكا", "رئيس الوزراء الياباني كوكوي تاناكا"),
        date="1976",
        status="historical",
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "بخطف",
        actor=("مجموعة إسرائيلية",),
        target=("عبد الكريم عبيد",),
        place=("لبنان",),
        date="1989",
        status="historical",
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "عملية تفجير",
        place=("اتلانتا",),
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
        actor=("قيادة قوات التحالف", "قوات التحالف"),
        place=("اليمن",),
        date="2015-07-26",
        status="planned",
        also=("هدنة إنسانية لمدة خمسة أيام", "الهدنة الإنسانية"),
    ),
]
F["snn-20150809-01004"] = [
    E(
        "Strategic developments/Looting/property destruction",
        "تخريب وتدمير",
        actor=("داعش", "مسلحي التنظيم المتطرف"),
        place=("متحف الموصل", "الموصل", "نمرود", "الحضر"),
        date="unknown",
        status="historical",
        also=("تدمير مسلحي التنظيم",),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "للقصف",
        place=("دار الكتب",),
        date="2003",
        status="historical",
    ),
    E(
        "Strategic developments/Looting/property destruction",
        "للحرق والسلب",
        place=("دائرة الكتب",),
        date="2003",
        status="historical",
    ),
]
F["snn-20150810-01146"] = [
    E(
        "Violence against civilians/Attack",
        "قتل",
        at="أقربائه الذي",
        actor=("سليمان الأسد", "أحد أقربائه"),
        target=("عقيدا", "حسان الشيخ", "العقيد حسان الشيخ"),
        place=("اللاذقية", "مستديرة الأزهري"),
        date="2015-08-06",
        fatalities=1,
        also=("على قتله", "على قتل العقيد", "هذا الحادث"),
    ),
    E(
        "Protests/Peaceful protest",
        "نزلوا",
        actor=("الناس", "المتظاهرين"),
        place=("اللاذقية",),
        date="2015-08-08",
        also=("خروج مئات المتظاهرين",),
    ),
]
F["snn-20150804-00762"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "استردها",
        actor=("الثوار",),
        place=("مدينة زنجبار", "زنجبار"),
        date="2015-08",
        also=("استرداد المدينة",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "السيطرة",
        at="الثوار استطاعوا",
        actor=("الثوار",),
        target=("الحوثيين", "مواقع الحوثيين وحلفائهم"),
        place=("دوفس", "الكود", "محافظة أبين"),
        also=("معارك طاحنة",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "باحتلال",
        actor=("للمتمردين", "المتمردون"),
        place=("عقبة ثرة",),
        date="unknown",
        status="historical",
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصف المدينة",
        actor=("قوى الانقلابيين", "الانقلابيين"),
        place=("زنجبار",),
        date="unknown",
        status="historical",
        also=("وأمطرت أحياء المدنيين بالقذائف",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "احتلالها",
        at="عملية ",
        actor=("قوى الانقلابيين", "الانقلابيين"),
        place=("زنجبار",),
        date="unknown",
        status="historical",
    ),
]
F["snn-20150810-00101"] = [
    E(
        "Strategic developments/Non-violent transfer of territory",
        "انسحبت",
        actor=("جبهة النصرة",),
        place=("شمالي محافظة حلب", "حلب"),
        date="2015-08-09",
        also=("الانسحاب",),
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "أسرت",
        actor=("النصرة",),
        target=("مقاتلين سوريين دربتهم الولايات المتحدة", "مقاتلين سوريين"),
        place=("شمال البلاد",),
        date="2015-07",
    ),
]
F["snn-20150804-00672"] = [
    E(
        "Strategic developments/Arrests",
        "اعتقال",
        actor=("السلطات السودانية",),
        target=("الشيخ مساعد السديرة", "مساعد السديرة", "عمر عبدالخالق"),
        also=("تم اعتقال الشيخ عمر", "اعتقلت الرجل"),
    ),
    E(
        "Strategic developments/Arrests",
        "أعادت",
        at="وكانت السلطات الأمنية",
        actor=("السلطات الأمنية",),
        target=("محمد علي الجزولي",),
        date="2015-06-30",
        status="historical",
    ),
    E(
        "Strategic developments/Other",
        "إطلاق سراحه",
        target=("محمد علي الجزولي",),
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
        "اعتقل",
        at="وكان الرجل قد",
        target=("الشيخ السديرة", "السديرة"),
        date="unknown",
        status="historical",
    ),
    E(
        "Strategic developments/Arrests",
        "اعتقل",
        at="كما اعتقل في عام 2009",
        target=("الشيخ السديرة", "السديرة"),
        place=("مطار القاهرة",),
        date="2009",
        status="historical",
    ),
    E(
        "Strategic developments/Arrests",
        "ألقت",
        at="وألقت",
        actor=("السلطات التركية",),
        target=("18 طالبا سودانيا",),
        date="2015-06",
        status="historical",
    ),
]
F["snn-20150723-00917"] = []  # opinion column: Othello (fiction), the Arab Spring revolutions (generic)


if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
