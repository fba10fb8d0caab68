"""Source of tests/data/events_r16a.jsonl: the sixteenth blind event round, part r16a.

14 real articles (SaudiNewsNet politics 14, 942–1,477 characters): the lines of
`python tests/data/events_round16_select.py` whose first column is `r16a` (selection =
events_round16_select.py, seed 1616, part r16a; near-copies of annotated articles skipped by the draw).
All 14 kept, none dropped; 38 events; no negative (every article reports at least one event). Annotated by reading only
(2026-11-29): the event coder was never run on these articles and no coder output was read. Same format
and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set); `build()`
comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or a 60-character
passage with any tests/data/events_*.jsonl text. Same happenings in other words: the Diyarbakir car bomb
of 25 July and the Ceylanpinar killing of two policemen (r7a snn-20150726-01077, snn-20150723-00733),
the Suruc bombing (new_dev, r7a, r10a, r11a, r12b, r14b, r15b), the Turkish strikes on the PKK in
northern Iraq (r7a, r13a, r15a), the Doha GCC–Kerry meeting (r15b), the Saudi aid planes to Aden and
the liberation of Aden and its airport (many rounds), the Resistance in al-Houta (r12b, r15a, r15c).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r15c_source.py):
- southern Yemen round-up: the Resistance taking Zinjibar and Shuqra (Abyan) → one *Non-state actor
  overtakes territory* (both towns accepted, as r15a's listed areas; ambiguous: the towns are ~90 km
  apart), the lead's «سيطرت على معظم محافظات الجنوب» its `also` (an aggregate with no place); the
  Resistance taking Hisn Ansab in al-Radma (Ibb) → a second takeover, the lead's advance «صوب مديريتي
  يريم والرضمة» and the seized vehicles its mentions; the Houthis' «حملة اعتقالات» in Sanaa → *Arrests*;
  the tribesmen–Houthi «مواجهات» in Arhab → *Armed clash*; all publication date (the text gives none).
  Not coded: the central-bank governor's flight, the state of emergency (ambiguous: *Strategic
  developments/Other*), the Houthi withdrawal from Ibb areas and the mines laid there (no place, no
  taker; ambiguous), the move towards Loder, Shabwa preparations;
- Kerry in Doha: the joint meeting with the GCC ministers → *Meeting* (publication date, as r15b), the
  agreement to speed up arms sales and joint training → *Diplomacy/Agreement* (same day); the Iranian
  nuclear deal named in the Qatari minister's words → *Diplomacy/Agreement*, date "unknown" (as r15b),
  and likewise in the Egyptian–Kuwaiti talks;
- Aden aid (two articles): the Saudi planes «أمس» / «اليوم الجمعة» → *Diplomacy/Aid* (as r14a/r15b), the
  announced later planes («طائرات ستصل وفق برنامج») → one *Aid*, planned (as r15b), the ICRC ship
  «رست أمس» and the WFP ship «الثلاثاء الماضي» (2015-07-21) → two more *Aid* events (two donors, as
  r15c); the Katyusha rockets on Aden airport «أمس» → *Shelling/artillery/missile attack*, the Houthis
  (accused by the airport official) as actor; the airport's liberation «بعد تحريره» → *Government
  regains territory*, date "unknown", no actor (as r9a/r10b), and «يوم 14 يوليو تموز» by the forces
  loyal to Hadi → *Government regains territory* 2015-07-14; «جسراً جوياً» read as a mention of that
  day's Aid (ambiguous: r15a coded a «جسر جوي» alone as *Aid*);
- Aden's liberation named as background in three statements (the chief of staff's «إحكام … السيطرة على
  مديريات عدن كافة», the health appeal's «تطهيرها», al-Ruaini's «تحرير عدن») → one *Government regains
  territory* per article, date "unknown"; the chief of staff's forecasts (Lahj, al-Anad, Sanaa) and the
  daily «استنزاف» are not events;
- al-Houta: the Resistance fighters «الموالون للرئيس» entering the city «الأربعاء» (2015-07-29) → *Non-state
  actor overtakes territory* (the Resistance alone, as r13b/r15a; ambiguous: the docs read forces
  «الموالية للرئيس» as government), the clashes there its mention; the Houthi shelling of Taiz
  neighbourhoods and of the Jabal Nasr villages overlooking the city → one *Shelling* (publication date);
  the Resistance's taking of Aden «قبل أيام» with coalition air support → *Non-state actor overtakes
  territory*, date "unknown";
- Shoukry in Kuwait: the meeting «مساء أمس» → *Meeting* 2015-07-24 and the last stop of «جولته
  الخليجية» → *Visit* 2015-07-24, Kuwait as place (the text names the host's state, not the city);
- the ISIS member who poisoned three Yazidi children near Raqqa → *Violence against civilians/Attack*,
  3 dead, date "unknown" (the researcher «لم يذكر توقيت الحادثة»); ISIS taking Sinjar «في 3 أغسطس/آب
  الماضي» → historical *Non-state actor overtakes territory* 2014-08-03;
- Qatar's reservation on the Arab League statement: «القصف التركي في شمال العراق», which the text then
  says is air raids on PKK positions in Qandil with civilian dead → one *Air/drone strike*, date
  "unknown" (a weeks-long campaign; ambiguous: it could be left uncoded as ongoing, or dated `2015-08`);
  the condemnation and the reservation are not events;
- the «هذا اليوم في التاريخ» almanac (dated by year, historical, as r12a/r15b): Italy invading British
  Somaliland (1940) → *Non-state actor overtakes territory* (ACLED codes a foreign state's capture so),
  the assassination of the PLO's Ezzeddine Kalak in Paris (1978) → *Violence against civilians/Attack*,
  1 dead, the Mauritanian military council seizing power (2005) → *Strategic developments/Other*
  (ambiguous), the killing of 14 US Marines and their interpreter in Haditha (2005) → *Armed clash*, 15
  dead (no means named). Not coded: the 1911 reconnaissance flights over Tripoli (no attack), Albanian
  autonomy, Hitler's office, the Senate's call, Moroccan land transfers, deaths, Anjouan's declaration,
  Ahmadinejad's inauguration;
- PKK (Diyarbakir): the car bomb «مساء أمس السبت» → *Remote explosive/landmine/IED* 2015-07-25, 2 dead
  (the killing first, the blast its mention, as r7a), the PKK accepted as actor (unclaimed, attributed by
  the Turkish staff; r7a's text named none); the Turkish air strikes «الجمعة والسبت» → one *Air/drone
  strike* dated 2015-07-24 (first day, as r13a); the PKK's claimed killing of two policemen in
  Ceylanpinar «الاربعاء» → *Armed clash* 2015-07-22 (as r7a/r10a); the Suruc suicide attack → *Suicide
  bomb*, 32 dead, date "unknown" (no date in this text), no actor; the PKK ending the truce and the
  search operation are not events;
- PKK (Sirnak): the IED on a convoy «أمس» in Arakoy → *Remote explosive/landmine/IED* 2015-08-05, 3 dead,
  the clashes that followed its mention (as r7's car bomb followed by clashes; ambiguous: ACLED could
  add an *Armed clash*); the Suruc suicide attack «في 20 يوليو» → *Suicide bomb*, ISIS (accused) as
  actor, 32 dead; the blast on the Kars gas pipeline «أمس» → *Remote explosive/landmine/IED*, no actor.
  Not coded: the 19-soldier and 260-fighter tallies, the daily strikes (habitual), Erdogan's «حرب على
  الإرهاب», the truce's collapse, the EU's concern.

Run: python tests/data/events_r16a_source.py            (writes events_r16a.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

HERE = Path(__file__).parent
OUT = HERE / "events_r16a.jsonl"

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150810-00053"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "وسيطرت",
        actor=("المقاومة", "المقاومة الشعبية"),
        target=("ميليشيات الحوثي والمخلوع صالح", "ميليشيات الحوثي"),
        place=("مدينة زنجبار", "زنجبار", "مدينة شقرة", "شقرة", "أبين"),
        also=("سيطرت على معظم محافظات الجنوب",),
    ),
    E(
        "Strategic developments/Arrests",
        "حملة اعتقالات",
        actor=("الانقلابيون",),
        target=("ناشطين وقياديين في حزبي الإصلاح والناصري", "ناشطين", "حزبي الإصلاح والناصري"),
        place=("العاصمة صنعاء", "صنعاء"),
    ),
    E(
        "Battles/Armed clash",
        "مواجهات",
        actor=("رجال القبائل",),
        target=("ميليشيات الحوثي",),
        place=("مديرية أرحب", "أرحب"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "وسيطرت",
        at="وأسلحة ثقيلة",
        actor=("المقاومة الشعبية", "المقاومة"),
        place=("حصن أنسب", "مديرية الرضمة", "الرضمة", "محافظة إب", "إب"),
        also=("بتقدم المقاومة الشعبية صوب مديريتي يريم والرضمة", "استولت المقاومة الشعبية"),
    ),
]
F["snn-20150803-00608"] = [
    E(
        "Diplomacy/Meeting",
        "الاجتماع المشترك",
        actor=("جون كيري", "كيري", "وزير الخارجية الأميركي جون كيري"),
        target=(
            "وزراء خارجية دول مجلس التعاون لدول الخليج العربية",
            "دول مجلس التعاون لدول الخليج العربية",
            "وزراء خارجية دول مجلس التعاون الخليجي",
            "مجلس التعاون",
        ),
        place=("الدوحة",),
        also=("حواره مع وزراء الخارجية", "اللقاء الذي ضم"),
    ),
    E(
        "Diplomacy/Agreement",
        "الاتفاق على تسريع",
        actor=("الولايات المتحدة", "بلاده", "جون كيري"),
        target=("لدول الخليج", "دول الخليج", "وزراء الخارجية لدول الخليج"),
        place=("الدوحة",),
    ),
    E(
        "Diplomacy/Agreement",
        "الاتفاق النووي",
        actor=("ايران",),
        date="unknown",
        also=("الاتفاق مع ايران",),
    ),
]
F["snn-20150724-01612"] = [
    E(
        "Diplomacy/Aid",
        "وصلت",
        actor=("سعودية", "طائرة إغاثة سعودية", "المركز"),
        place=("مطار عدن الدولي", "عدن"),
        date="2015-07-23",
        also=("وصول الطائرة",),
    ),
    E(
        "Battles/Government regains territory",
        "تحريره",
        target=("ميليشيات الحوثي المتمردة", "ميليشيات الحوثي", "النظام المخلوع"),
        place=("مطار عدن الدولي", "عدن"),
        date="unknown",
    ),
    E(
        "Diplomacy/Aid",
        "ستصل",
        actor=("المركز", "سعودية"),
        place=("عدن",),
        status="planned",
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "لقصف صاروخي",
        actor=("المتمردين الحوثيين", "الحوثي", "قوات النظام المخلوع"),
        target=("مطار عدن الدولي", "المطار"),
        place=("مطار عدن الدولي", "عدن"),
        date="2015-07-23",
        also=("واستهدفت صواريخ كاتيوشا المطار", "ثلاثة صواريخ سقطت", "بشن الهجوم"),
    ),
    E(
        "Diplomacy/Aid",
        "رست",
        actor=("اللجنة الدولية للصليب الأحمر",),
        place=("ميناء عدن", "عدن"),
        date="2015-07-23",
    ),
    E(
        "Diplomacy/Aid",
        "إيصال سفينة مساعدات",
        actor=("برنامج الأغذية العالمي",),
        place=("ميناء عدن", "عدن"),
        date="2015-07-21",
    ),
]
F["snn-20150731-00963"] = [
    E(
        "Battles/Government regains territory",
        "بإحكام",
        actor=("المقاومة والجيش الوطني", "الجيش الوطني", "المقاومة"),
        place=("مديريات عدن", "عدن"),
        date="unknown",
    ),
]
F["snn-20150810-00200"] = [
    E(
        "Battles/Government regains territory",
        "تطهيرها",
        target=("ميليشيات الحوثي وصالح الانقلابية", "ميليشيات الحوثي", "الحوثي"),
        place=("محافظة عدن", "عدن"),
        date="unknown",
        also=("تحريرها من الميليشيات الانقلابية",),
    ),
]
F["snn-20150731-01544"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "دخول",
        actor=("مقاتلو المقاومة الشعبية", "المقاومة الشعبية", "المقاومة"),
        target=("ميليشيات الحوثيين", "الحوثيين", "المسلحين الموالين للرئيس السابق علي عبد الله صالح"),
        place=("مدينة الحوطة", "الحوطة", "محافظة لحج", "لحج"),
        date="2015-07-29",
        also=("اشتباكات عنيفة",),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "استهدفوا",
        actor=("الحوثيين", "قوات صالح", "الحوثيين وقوات صالح"),
        target=("أحياء سكنية", "أماكن متفرقة", "مقار حكومية"),
        place=("مدينة تعز", "تعز", "جبل نصر"),
        also=("بالقذائف", "القصف طال", "للقصف"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "وسيطرت",
        actor=("قوات المقاومة الداعمة للشرعية", "قوات المقاومة", "المقاومة"),
        target=("الميليشيات المتمردة",),
        place=("مدينة عدن", "عدن"),
        date="unknown",
        also=("استعادة قوات المقاومة عدن",),
    ),
]
F["snn-20150725-00214"] = [
    E(
        "Diplomacy/Visit",
        "جولته الخليجية",
        actor=("وزير الخارجية المصري، سامح شكري", "سامح شكري", "شكري"),
        place=("الكويت", "دولة الكويت"),
        date="2015-07-24",
    ),
    E(
        "Diplomacy/Meeting",
        "التقى",
        actor=("سامح شكري", "وزير الخارجية المصري، سامح شكري", "شكري"),
        target=("الشيخ صباح خالد الحمد الصباح", "صباح خالد الحمد الصباح"),
        place=("الكويت", "دولة الكويت"),
        date="2015-07-24",
        also=("تناول اللقاء", "المشاورات أظهرت"),
    ),
    E(
        "Diplomacy/Agreement",
        "الاتفاق النووي",
        actor=("إيران",),
        target=("مجموعة الدول الست الكبرى",),
        date="unknown",
    ),
]
F["snn-20150731-02044"] = [
    E(
        "Battles/Government regains territory",
        "تحرير عدن",
        target=("الانقلابين",),
        place=("عدن",),
        date="unknown",
    ),
]
F["snn-20150724-01743"] = [
    E(
        "Diplomacy/Aid",
        "هبطتا",
        actor=("سعوديتين", "المملكة", "مركز الملك سلمان للإغاثة والأعمال الإنسانية"),
        place=("عدن", "مطار عدن"),
        date="2015-07-24",
        also=("جسراً جوياً", "هذه الرحلة"),
    ),
    E(
        "Battles/Government regains territory",
        "واستعادت",
        actor=(
            "القوات اليمينة الموالية للرئيس عبد ربه منصور هادي",
            "القوات اليمينة",
            "عبد ربه منصور هادي",
        ),
        target=("القوات الحوثية", "الحوثية"),
        place=("المطار", "عدن", "مطار عدن"),
        date="2015-07-14",
        also=("طردت القوات الحوثية",),
    ),
]
F["snn-20150801-00916"] = [
    E(
        "Violence against civilians/Attack",
        "قتل 3 أطفال",
        actor=("داعش", "عنصر", "الإرهابي الداعشي"),
        target=("3 أطفال", "أطفالها الثلاثة"),
        place=("مدينة الرقة", "الرقة"),
        date="unknown",
        fatalities=3,
        also=("بوضع السم",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "وسيطر",
        actor=("داعش",),
        place=("سنجار", "قضاء سنجار"),
        date="2014-08-03",
        status="historical",
    ),
]
F["snn-20150806-01862"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "القصف التركي",
        actor=("تركيا", "التركي"),
        target=("حزب العمال الكردستاني", "مواقع لحزب العمال الكردستاني"),
        place=("شمال العراق", "جبال قنديل"),
        date="unknown",
        also=("القصف التركي في شمال العراق حيث", "للقصف التركي", "غارات جوية", "جراء القصف"),
    ),
]
F["snn-20150803-00382"] = [  # the «هذا اليوم في التاريخ» almanac
    E(
        "Battles/Non-state actor overtakes territory",
        "يجتاح",
        actor=("الجيش الإيطالي",),
        place=("أرض الصومال البريطانية", "الساحل الصومالي"),
        date="1940",
        status="historical",
    ),
    E(
        "Violence against civilians/Attack",
        "اغتيال",
        target=("عز الدين قلق",),
        place=("باريس",),
        date="1978",
        status="historical",
        fatalities=1,
    ),
    E(
        "Strategic developments/Other",
        "يستولي على السلطة",
        actor=("المجلس العسكري للعدالة والديموقراطية",),
        place=("موريتانيا",),
        date="2005",
        status="historical",
    ),
    E(
        "Battles/Armed clash",
        "مقتل",
        target=("14 من مشاة البحرية الأميركية", "مشاة البحرية الأميركية"),
        place=("حديثة",),
        date="2005",
        status="historical",
        fatalities=15,
    ),
]
F["snn-20150726-00103"] = [
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "مقتل",
        actor=("المنظمة الارهابية والانفصالية", "حزب العمال الكردستاني"),
        target=("عسكريين تركيين", "قافلة عسكرية", "قافلة مدرعات"),
        place=("محافظة دياربكر", "دياربكر", "منطقة ليجي", "ليجي"),
        date="2015-07-25",
        fatalities=2,
        also=("انفجار سيارة مفخخة", "ولم تتبن أي جهة الهجوم", "سيارة مفخخة انفجرت", "قتلا في الانفجار"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "الضربات الجوية",
        actor=("الجيش التركي",),
        target=("معسكرات للمتمردين", "للمتمردين", "حزب العمال الكردستاني"),
        place=("شمال العراق",),
        date="2015-07-24",
        also=("القصف التركي", "القصف الجوي الكثيف"),
    ),
    E(
        "Battles/Armed clash",
        "قتل",
        at="وتبنت الحركة",
        actor=("الحركة الانفصالية الكردية", "حزب العمال الكردستاني"),
        target=("شرطيين",),
        place=("مدينة جيلان بينار", "جيلان بينار"),
        date="2015-07-22",
        fatalities=2,
        also=("هذه العملية",),
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "الهجوم الانتحاري",
        target=("ناشطين مؤيدين للقضية الكردية", "ناشطين"),
        place=("سروج",),
        date="unknown",
        fatalities=32,
    ),
]
F["snn-20150806-02037"] = [
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "قتل",
        actor=("متمردين أكراد", "حزب العمال الكردستاني", "متمردين من حزب العمال الكردستاني"),
        target=("ثلاثة جنود أتراك", "جنود أتراك", "قافلة عسكرية"),
        place=("منطقة أراكوي", "أراكوي", "مقاطعة سيرناك", "سيرناك"),
        date="2015-08-05",
        fatalities=3,
        also=("بانفجار عبوة", "فجروا عبوة", "الانفجار أعقبته اشتباكات", "مسؤولية الهجوم"),
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "العملية الانتحارية",
        actor=("تنظيم داعش", "داعش"),
        target=("الناشطين الشبان الأكراد", "32 من الناشطين الشبان الأكراد"),
        place=("سوروتش",),
        date="2015-07-20",
        fatalities=32,
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "انفجار",
        at="واستهدف",
        target=("خط أنابيب الغاز الطبيعي",),
        place=("مقاطعة كارس الشرقية", "مقاطعة كارس", "كارس"),
        date="2015-08-05",
        also=("التفجير",),
    ),
]


if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
