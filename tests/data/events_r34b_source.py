"""Source of tests/data/events_r34b.jsonl: the thirty-fourth blind event round, part r34b.

10 real articles (SaudiNewsNet politics, 1,571–2,473 characters): the lines of /work/brief/DRAW_r34.tsv
(the saved output of `python tests/data/events_round34_select.py`) whose first column is `r34b`
(selection = events_round34_select.py, seed 3434, part r34b). All 10 kept, none dropped; 1 reports no
event (negative: the UNRWA schools column snn-20150808-00299). Annotated by reading only (2026-11-29):
the event coder was never run on these articles and no coder output was read. Same format and
guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set); `build()` comes
from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three 12-word
runs with an article of another tests/data/events_*.jsonl set (checked at 10:02 UTC). Same happenings in
other words: Lavrov's Doha trip (fresh), the Anad base and Zinjibar takeovers, the liberation of Aden and
the Saudi relief planes (many rounds), the Iranian nuclear deal (r15b, r16a and later).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r32c_source.py):
- Houthi abductions (snn-20150807-01098): the young men bound for Saudi Arabia abducted and forced to
  fight → *Abduction/forced disappearance*, date "unknown", and the three sons from Raymah a second one
  (other victims, other place), "unknown"; their flogging of those who tried to flee → *Violence against
  civilians/Attack*, "unknown"; their capture by the Resistance «خلال المواجهات التي دارت الأيام
  الماضية» → *Arrests*, publication date (as r12a's «وقعوا أسرى»; the clashes themselves, placeless, not
  coded apart) and their release → *Strategic developments/Other* (the «الإفراج عن» row), publication
  date; Ibb: the storming of the Quran centre in al-Dalil «صباح أول من أمس» and the abduction of those
  inside → one *Abduction* 2015-08-05 (the storming a mention), the abduction of al-Shu'uri → another,
  undated; the «حملات الدهم والاختطاف» are generic, the threat to the writer al-Madi and the
  condemnations are not events;
- Houthi secret talks (snn-20150724-00728): «قيادات حوثية التقت فعلا بأطراف دولية» → *Diplomacy/Meeting*,
  publication date, no place; Aden's liberation (background) → *Government regains territory*, "unknown"
  (Resistance with the coalition named later; its second mention an `also`); the Yemeni embassy in Beirut
  stopping visas for Lebanese → *Diplomacy/Sanction* (ambiguous: may be read as no event); the second
  Saudi relief plane to Aden «أمس» → *Diplomacy/Aid* 2015-07-23, the third KSRelief batch arriving in
  Seiyun → a second *Aid* (other place), same day; the ministers sent back to Aden and the resumption of
  work (decisions) and the aid coordination are not coded;
- Aden interior minister (snn-20150723-01231): the Resistance seizing Iranian listening devices →
  *Strategic developments/Other* (ambiguous: a seizure of equipment, not weapons), publication date; the
  Saudi military plane landing «أمس» → *Diplomacy/Aid* 2015-07-22 (as snn-20150724-01339 of an earlier
  round; the airport reopening not coded), the two relief ships, one Emirati, at Aden port «أمس» → a
  second *Aid*; the «القضاء على معظم الخلايا النائمة» (an aggregate, undated), the expected takeover of
  al-Anad and the ongoing operations (planned/expected, as r32b), the arrest of Abdulkhaliq al-Houthi
  that the minister would neither confirm nor deny, the hundreds of prisoners (aggregate), the minister's
  tour of Aden's districts and the destruction of the city (generic) are not coded;
- Houthi propaganda (snn-20150804-00824): the «الثوار» storming and liberating al-Anad «بالأمس» →
  *Non-state actor overtakes territory* 2015-08-03 (the Resistance only, as fresh; the clashes, the
  flight and the surrenders are its mentions, as earlier rounds); Aden's fall to the Resistance, which
  the Houthi spokesman denied and their leader admitted → a second takeover, "unknown" (ambiguous: Non-
  state, the text names only «المقاومة»/«الثوار»); the analyst's call to intensify strikes is not coded;
- Zinjibar (snn-20150810-00363): the pro-Hadi forces taking Zinjibar, with the 15th Brigade positions
  first, after an attack from Aden backed by coalition aircraft → one *Government regains territory*
  dated 2015-08-09 (the sources' «أمس الأحد»; the caption's «معاركها للسيطرة», the attack and the Brigade
  positions its mentions); the landmines left by the Houthis killing 19 and wounding 163 «السبت والأحد»
  → one *Remote explosive/landmine/IED*, actor the Houthis, 19 dead, dated `2015-08` (two days given, as
  fresh's two-day visit); Ibb: the Resistance taking al-Sadda, Hazm al-Udayn and parts of al-Radma →
  *Non-state actor overtakes territory*, and the fierce clashes in Yarim → *Armed clash* (the opening
  «تحتدم المواجهات» in Ibb its first mention), publication date; the armour deployed in Zinjibar, the
  areas under control (states) and the general advance in the south are not coded;
- Fallujah (snn-20150801-00802): ISIS executing 19 of its own fighters → *Violence against
  civilians/Attack*, 19 dead (unarmed captives, as the Houthi executions of an earlier round; ambiguous),
  undated; the federal police foiling an infiltration east of Ramadi and killing 8 → *Armed clash*
  2015-07-31 (announced «أمس»; the seized missiles part of it); the Kornet battalion destroying four
  vehicles and three sniper posts → *Shelling/artillery/missile attack* 2015-07-31 (ambiguous: may be
  read as part of the clash); the battles in Anbar (ongoing, generic) and the sermon are not coded;
- Pakistani scholar (snn-20150809-00673): the bombing of the Emergency Forces mosque in Asir «مؤخراً» →
  *Remote explosive/landmine/IED* (no word of a suicide bomber, as r11a), publication date, no number of
  dead; the Iranian authorities demolishing Tehran's only Sunni mosque → *Looting/property destruction*,
  publication date; the Sitra (Bahrain) bombing → *Remote explosive/landmine/IED*, no actor (Iran only
  accused), publication date; the marches in some 76,000 mosques across Pakistan → *Peaceful protest*,
  actor the Council, publication date; the similar earlier attacks are generic;
- Lavrov (snn-20150803-00817): his arrival in Doha «مساء أمس» → *Diplomacy/Visit* 2015-08-02; meeting the
  Emir of Qatar → *Meeting*, planned, and meeting Kerry and Jubeir «في وقت لاحق» → a second *Meeting*,
  planned (the «الاجتماع» and «لقاء الدوحة» of the observers its mentions), both publication date (the
  text gives no day; fresh dated the same meetings `2015-08`); the nuclear deal in Vienna «في الرابع عشر
  من الشهر الماضي» → *Diplomacy/Agreement* 2015-07-14, historical; Geneva 1 and de Mistura are background;
- Ramadi (snn-20150804-00836): the coalition's 18 air strikes in Iraq announced «أول من أمس» → one
  *Air/drone strike* 2015-08-02 (places of one country stay one event, as earlier rounds); the security
  forces with tribal volunteers taking al-Sakra → *Government regains territory*, publication date; ISIS
  blowing up two bridges in Ramadi «أمس» → *Looting/property destruction* 2015-08-03; Sinjar's fall to
  ISIS a year ago → *Non-state actor overtakes territory*, historical, 2014-08; the call to leave Ramadi,
  the siege and cut supply lines (a state), the planned storming, Sinjar's atrocities (generic), the
  sick children and the UN health projects are not coded;
- negative: the UNRWA column (the 1948 Nakba and «استعادة السيادة اليمنية» are background, not events).

Run: python tests/data/events_r34b_source.py            (writes events_r34b.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

HERE = Path(__file__).parent
OUT = HERE / "events_r34b.jsonl"

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150807-01098"] = [
    E(
        "Strategic developments/Arrests",
        "وقعوا بأيدي",
        actor=("قوات المقاومة الشعبية", "المقاومة الشعبية"),
        target=("أسرى يمنيون",),
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "باختطافهم",
        actor=("المتمردين الحوثيين", "الحوثيين"),
        target=("أسرى يمنيون",),
        date="unknown",
        also=("وأرغموهم",),
    ),
    E(
        "Violence against civilians/Attack",
        "الجلد",
        actor=("الحوثيون",),
        target=("بعض الذين حاولوا الفرار",),
        date="unknown",
    ),
    E(
        "Strategic developments/Other",
        "الإفراج",
        target=("بعض هؤلاء",),
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "اختطافهم",
        at="ثلاثة من أبنائها",
        actor=("المسلحين الحوثيين", "الحوثيين"),
        target=("ثلاثة من أبنائها",),
        place=("محافظة ريمة", "ريمة"),
        date="unknown",
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "اقتحام",
        actor=("ميليشيا الحوثي", "الحوثي"),
        target=("العاملين والطلاب", "من فيه من العاملين والطلاب"),
        place=("منطقة الدليل", "الدليل", "محافظة إب", "إب"),
        date="2015-08-05",
        also=("وقامت باختطاف",),
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "اختطاف",
        at="كما أقدمت الميليشيا",
        actor=("الميليشيا", "ميليشيا الحوثي", "الميليشيات", "أبو عقيل السالمي"),
        target=("مرتضى محمد أحمد الشعوري", "الشعوري"),
        place=("مديرية حزم العدين", "حزم العدين", "محافظة إب"),
        also=("باختطافه",),
    ),
]
F["snn-20150724-00728"] = [
    E(
        "Battles/Government regains territory",
        "تحرير مدينة عدن",
        actor=("المقاومة", "قوات تحالف الأمل"),
        target=("الميليشيات",),
        place=("مدينة عدن", "عدن"),
        date="unknown",
        also=("لتحرير عدن",),
    ),
    E(
        "Diplomacy/Meeting",
        "التقت",
        actor=("قيادات حوثية", "جماعة الحوثيين"),
        target=("أطراف دولية",),
    ),
    E(
        "Diplomacy/Sanction",
        "أوقفت منح التأشيرات",
        actor=("السفارة اليمنية في بيروت", "السفارة اليمنية", "الحكومة اليمنية"),
        target=("للبنانيين",),
        place=("بيروت",),
    ),
    E(
        "Diplomacy/Aid",
        "توجهت",
        actor=("طائرة سعودية ثانية", "سعودية"),
        place=("عدن",),
        date="2015-07-23",
    ),
    E(
        "Diplomacy/Aid",
        "وصلت",
        at="كما",
        actor=("مركز الملك سلمان للإغاثة والأعمال الإنسانية", "السعودية"),
        place=("مدينة سيئون", "سيئون"),
        date="2015-07-23",
    ),
]
F["snn-20150723-01231"] = [
    E(
        "Strategic developments/Other",
        "ضبطتها",
        actor=("المقاومة",),
        target=("اجهزة الاستخبارات", "أجهزة تنصت"),
        place=("مطار عدن", "عدن", "محافظة عدن"),
        also=("المقاومة ضبطت",),
    ),
    E(
        "Diplomacy/Aid",
        "وصول",
        actor=("طائرة عسكرية سعودية", "سعودية"),
        place=("مطار عدن الدولي", "مطار عدن", "عدن"),
        date="2015-07-22",
        also=("طائرة عسكرية سعودية وصلت",),
    ),
    E(
        "Diplomacy/Aid",
        "وصلتا",
        actor=("إماراتية",),
        place=("ميناء عدن", "عدن"),
        date="2015-07-22",
    ),
]
F[
    "snn-20150808-00299"
] = []  # UNRWA schools column: the Nakba and Yemen's regained sovereignty are background
F["snn-20150804-00824"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "اقتحمها",
        actor=("الثوار", "المقاومة الشعبية"),
        target=("بقايا المتمردين", "المتمردين"),
        place=("قاعدة العند الجوية", "قاعدة العند", "العند"),
        date="2015-08-03",
        also=("وحرروها", "اندلاع المواجهات", "عملية الاقتحام", "تسليم أنفسهم"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سقوط عدن",
        actor=("المقاومة", "الثوار"),
        place=("عدن",),
        date="unknown",
        also=("باستعادة الثوار للمدينة",),
    ),
]
F["snn-20150810-00363"] = [
    E(
        "Battles/Government regains territory",
        "سيطرت",
        actor=(
            "القوات الموالية لحكومة الرئيس اليمني المعترف به دولياً عبدربه منصور هادي",
            "القوات الموالية لحكومة هادي",
            "المقاومة الشعبية",
        ),
        target=("المتمردين الحوثيين", "الحوثيين", "اللواء الـ(15)"),
        place=("زنجبار", "محافظة أبين", "أبين"),
        date="2015-08-09",
        also=("معاركها للسيطرة", "هجوم شنته", "السيطرة أولاً", "تدخل زنجبار"),
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "بانفجار",
        actor=("الحوثيون",),
        target=("مدنيين", "مدنيون"),
        place=("زنجبار", "المدينة"),
        date="2015-08",
        fatalities=19,
        also=("انفجار ألغام",),
    ),
    E(
        "Battles/Armed clash",
        "المواجهات",
        at="تحتدم",
        actor=("الحوثيين", "الموالين للرئيس السابق علي عبدالله صالح"),
        target=("قوات المقاومة الشعبية", "المقاومة الشعبية"),
        place=("منطقة يريم", "يريم", "محافظة إب", "إب"),
        also=("اشتباكات عنيفة",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرت",
        at="أن المقاومة",
        actor=("المقاومة",),
        place=("منطقتي السدة وحزم العديد", "السدة", "حزم العديد", "منطقة الرضمة", "الرضمة", "إب"),
    ),
]
F["snn-20150801-00802"] = [
    E(
        "Violence against civilians/Attack",
        "الإعدام",
        actor=("تنظيم داعش", "داعش"),
        target=("19 إرهابيا", "مرتزقته", "19 شخصا"),
        place=("الفلوجة", "الجسر القديم"),
        fatalities=19,
        also=("أعدم",),
    ),
    E(
        "Battles/Armed clash",
        "إحباط",
        actor=("الشرطة الاتحادية", "قيادة الشرطة الاتحادية العراقية", "قوة من الشرطة الاتحادية"),
        target=("تنظيم داعش", "داعش", "عناصر داعش"),
        place=("منطقة حصيبة الشرقية", "حصيبة الشرقية", "شرق الرمادي", "الرمادي"),
        date="2015-07-31",
        fatalities=8,
        also=("أحبطت", "وقتل ثمانية"),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "تدمير",
        actor=("كتيبة الصواريخ الحرارية", "الكورنيت"),
        target=("قناصي داعش", "داعش"),
        place=("محور شرق الرمادي", "شرق الرمادي", "الرمادي"),
        date="2015-07-31",
    ),
]
F["snn-20150809-00673"] = [
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "التفجير",
        target=("مسجد مقر قوات الطوارئ", "المصلين"),
        place=("منطقة عسير", "عسير", "المملكة العربية السعودية"),
    ),
    E(
        "Strategic developments/Looting/property destruction",
        "بهدم",
        actor=("السلطات الإيرانية", "إيران"),
        target=("المسجد الوحيد لأهل السنة والجماعة",),
        place=("طهران",),
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "التفجير",
        at="تورطها في",
        place=("الستار", "البحرين", "مملكة البحرين"),
    ),
    E(
        "Protests/Peaceful protest",
        "مسيرات",
        actor=("مجلس علماء باكستان",),
        place=("باكستان",),
    ),
]
F["snn-20150803-00817"] = [
    E(
        "Diplomacy/Visit",
        "وصل",
        actor=("سيرجي لافروف", "لافروف", "وزير الخارجية الروسي"),
        place=("العاصمة القطرية الدوحة", "الدوحة"),
        date="2015-08-02",
        also=("زيارة لافروف",),
    ),
    E(
        "Diplomacy/Meeting",
        "للقاء",
        actor=("سيرجي لافروف", "لافروف"),
        target=("الشيخ تميم بن حمد", "أمير دولة قطر"),
        place=("الدوحة",),
        status="planned",
    ),
    E(
        "Diplomacy/Meeting",
        "يلتقي",
        actor=("سيرجي لافروف", "لافروف"),
        target=("جون كيري", "عادل الجبير", "كيري", "الجبير"),
        place=("الدوحة",),
        status="planned",
        also=("لقاء الدوحة",),
    ),
    E(
        "Diplomacy/Agreement",
        "الاتفاق",
        at="بعد التوصل",
        actor=("الدول الكبرى", "المجتمع الدولي"),
        target=("إيران", "طهران"),
        place=("فيينا",),
        date="2015-07-14",
        status="historical",
        also=("أبرمته",),
    ),
]
F["snn-20150804-00836"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارة جوية",
        actor=("قوات التحالف الذي تقوده الولايات المتحدة", "قوات التحالف", "الولايات المتحدة"),
        target=("داعش",),
        place=("العراق", "الموصل", "الرمادي"),
        date="2015-08-02",
        also=("أربع غارات",),
    ),
    E(
        "Battles/Government regains territory",
        "فرضت سيطرتها",
        actor=("القوات الأمنية", "متطوعي العشائر"),
        target=("مسلحي داعش", "داعش"),
        place=("منطقة الصكرة", "الصكرة"),
    ),
    E(
        "Strategic developments/Looting/property destruction",
        "فجر",
        actor=("عناصر داعش", "داعش"),
        target=("جسرين",),
        place=("المدينة", "الرمادي"),
        date="2015-08-03",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سقوط",
        actor=("داعش",),
        place=("قضاء سنجار", "سنجار"),
        date="2014-08",
        status="historical",
    ),
]

if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
