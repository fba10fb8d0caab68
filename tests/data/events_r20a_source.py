"""Source of tests/data/events_r20a.jsonl: the twentieth blind event round, part r20a.

14 real articles (SaudiNewsNet politics 14, 921–1,433 characters): the lines of /work/brief/DRAW_r20.tsv
(= `python tests/data/events_round20_select.py` at draw time) whose first column is `r20a` (selection =
events_round20_select.py, seed 2020, part r20a). All 14 kept, none dropped; 35 events; 2 negatives
(snn-20150806-00432, snn-20150811-01471). Annotated by reading only (2026-11-29): the event coder was never run on these articles and no coder output was read. Same
format and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set);
`build()` comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none of an annotated set (no shared first 80 characters, no shared 120-character passage
with any tests/data/events_*.jsonl text). Same happenings as earlier rounds in other words: Turkey's
consent to US use of Incirlik, the Kilis clash and the Suruc bombing (r14b, r15b, r17a–c), the liberation
of Aden and the al-Anad base (many rounds).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r19c_source.py):
- Ibb: the legitimacy's forces entering al-Ramadah district «بعد مفاوضات مع المتمردين انتهت بخروجهم
  وإلقاء السلاح» → *Strategic developments/Non-violent transfer of territory* (a negotiated exit, no
  fighting; ambiguous: *Government regains territory*), the weapons handed over part of it; the ambush
  that killed 7 → *Armed clash*, 7 dead; the Taiz «مواجهات» → *Armed clash*, 24 dead (21 + 3); the
  coalition raids on the Mujazar front → one *Air/drone strike*, 14 dead (8 + 6);
- Hadi–Ould Cheikh «لقائه اليوم بالرياض» → *Meeting* 2015-08-11;
- Kilis: the exchange of fire «أمس» → *Armed clash* 2015-07-23, 2 dead (a soldier and an ISIS member; the
  «صدام مسلح» sentence and the army's account are mentions); the Suruc attack «بعد ثلاثة أيام» → *Suicide
  bomb* 2015-07-20, no place named (as r15b); Turkey's consent to US use of Incirlik → *Diplomacy/
  Agreement*, publication date (as r14b/r15b);
- Hamrin family dying of thirst fleeing ISIS (negative): deaths from thirst, no violent act, and the 20
  who died «قبل ثلاثة أسابيع» the same way, are not coded;
- Sirnak: the remote-controlled landmine «اليوم الثلاثاء» → *Remote explosive/landmine/IED* 2015-08-04, 3
  dead; the Turkish air campaign on the PKK in northern Iraq begun «في 24 يوليو» → *Air/drone strike*,
  historical, 2015-07-24 (its first mention «وشن سلاح الجو التركي ضربات جوية»); Turkish planes bombing
  ISIS in Syria → *Air/drone strike*, historical, date "unknown"; Ankara letting the coalition use its
  bases → *Diplomacy/Agreement*, historical, "unknown"; the PKK–government ceasefire «عام 2013» →
  *Strategic developments/Agreement*, historical; the PKK's announced escalation (a threat) and the
  18-dead tally since 20 July are not coded;
- al-Asbahi meeting WFP officials «امس بالرياض» → *Meeting* 2015-08-05; the Houthi crimes he lists are
  generic;
- US air cover for trained rebels: the decision and «ستشن هجمات» are policy, not events; the fire on the
  first trained group «يوم الجمعة» → *Armed clash* 2015-07-31 (attackers «متشددين آخرين»), and the US
  strikes it triggered → *Air/drone strike* 2015-07-31, no target named;
- Nusra: the abduction of five Division 30 fighters in Qah «بين يوم الاثنين واليوم (الثلاثاء)» →
  *Abduction/forced disappearance* dated 2015-08 (two days), the storming of the displaced camp a
  mention; the earlier abduction of eight near Azaz «مساء الأربعاء» → a second *Abduction*, 2015-07-29,
  reported (ambiguous: the Pentagon «نفت الأمر»; a third party's denial, not the actor's); the ongoing
  «مطاردة» is not coded;
- Umm Sayyaf: her hand-over by the US to the Kurdistan interior ministry «أمس الخميس» → *Strategic
  developments/Other* 2015-08-06 (a transfer of custody, not a new arrest); her capture «في 15 مايو» in
  eastern Syria → *Arrests*, historical, 2015-05-15, and the raid that killed Abu Sayyaf (named «غارة»
  but «أول عملية على الأرض») → *Armed clash*, historical, 2015-05-15, 1 dead (ambiguous: *Air/drone strike*
  on the word «غارة»);
- Turkish F-16 strikes on ISIS in Syria «فجر اليوم الجمعة» → *Air/drone strike* 2015-07-24; Turkey's
  consent to Incirlik use announced the day before («غداة») → *Diplomacy/Agreement* 2015-07-23; Davutoglu's
  security meeting is a domestic government meeting (not coded, as r18a's internal meeting);
- Houthis arming terrorists (negative): an allegation about a present practice; the coalition strikes
  «تجري بالتنسيق» are habitual; the withdrawals «من عدة محافظات» and the captured Houthi leaders are
  generic (no place or time);
- Aden «الأحد»: the resistance entering al-Tawahi (the «تقدمت» sentences its mentions) → *Government
  regains territory* 2015-07-19 (forces «الموالية للشرعية», as earlier rounds; an entry, not full control:
  ambiguous); the government's announcement of Aden's liberation «بعد ثلاثة أيام» earlier → *Government
  regains territory* 2015-07-16, reported; the ~15 coalition raids on al-Tawahi and the suburbs (the
  ammunition depot hit at al-Rabat a mention) → *Air/drone strike* 2015-07-19; the raid on Khor Maksar
  that killed nine → a second *Air/drone strike*, 9 dead (coalition as actor from the context); the
  continuing battles around Dar Saad and Crater → one *Armed clash*, 2015-07-19;
- al-Anad: the 1994 battles around the base ending «سقطت في يد قوات المخلوع صالح» → *Government regains
  territory*, historical, 1994-05-17 (ambiguous: northern vs southern forces of the civil war; the
  artillery exchange a mention); its fall to the Houthis «في مارس الماضي» → *Non-state actor overtakes
  territory*, historical, 2015-03; Houthi control of Sanaa «منذ بدء هجومهم الواسع في يوليو عام 2014» →
  *Non-state actor overtakes territory*, historical, "unknown" (as r19a); army and resistance taking the
  base «اليوم» → *Government regains territory* 2015-08-04; Soviet flights and expansion, US use after
  2001 and the hosting of IRGC trainers (undated) are not coded;
- Sanaa truce: the coalition's five-day ceasefire from 23:59 «مساء أمس الأحد» → *Strategic developments/
  Agreement* 2015-07-26 (as r19a); the clashes early «اليوم الاثنين» in Marib and Taiz → two *Armed clash*
  events (one per province, same trigger), 2015-07-27, no sides named; the nightly raids are habitual,
  Ban's welcome is not an event.

Run: python tests/data/events_r20a_source.py            (writes events_r20a.jsonl)
Text licences: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r20a.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150810-01185"] = [
    E(
        "Strategic developments/Non-violent transfer of territory",
        "دخلت",
        actor=("القوات اليمنية الموالية للشرعية", "القوات الشرعية"),
        target=("المتمردين", "الحوثيون", "مليشيا الحوثي"),
        place=("مديرية الرمضة", "الرمضة", "محافظة إب"),
        also=("دخول مقاتلي القوات الشرعية", "وتسلمتها"),
    ),
    E(
        "Battles/Armed clash",
        "قتل",
        at="إلى ذلك",
        actor=("للقوات الموالية للشرعية", "القوات الموالية للشرعية"),
        target=("ميليشيات الحوثي", "صالح"),
        place=("منطقة الرضمة", "الرضمة", "محافظة إب", "إب"),
        fatalities=7,
        also=("كمين",),
    ),
    E(
        "Battles/Armed clash",
        "مقتل",
        at="وفي تعز",
        actor=("القوات الشرعية",),
        target=("الحوثين", "قوات صالح"),
        place=("تعز",),
        fatalities=24,
        also=("مواجهات",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات",
        actor=("طائرات التحالف", "التحالف"),
        target=("المليشيات الحوثي", "صالح"),
        place=("جبهة مجزر", "مجزر", "حلحلان"),
        fatalities=14,
        also=("وأسفرت الغارات", "استهدفتها طائرات التحالف", "إحدى الغارات"),
    ),
]
F["snn-20150811-01599"] = [
    E(
        "Diplomacy/Meeting",
        "لقائه",
        actor=("عبدربه منصور هادي", "الرئيس اليمني", "هادي"),
        target=("إسماعيل ولد الشيخ", "مبعوث أمين عام الأمم المتحدة"),
        place=("الرياض",),
        date="2015-08-11",
        also=("خلال اللقاء",),
    ),
]
F["snn-20150724-01985"] = [
    E(
        "Battles/Armed clash",
        "تبادل",
        actor=("تنظيم داعش", "داعش"),
        target=("الجيش التركي",),
        place=("كيليس", "الحدود التركية - السورية"),
        date="2015-07-23",
        fatalities=2,
        also=("صدام مسلح", "فتح خمسة عناصر"),
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "هجوم انتحاري",
        actor=("تنظيم داعش", "داعش"),
        date="2015-07-20",
    ),
    E(
        "Diplomacy/Agreement",
        "سمحت",
        actor=("تركيا",),
        target=("للولايات المتحدة", "الولايات المتحدة"),
        place=("قاعدة انجرليك", "انجرليك"),
        also=("السماح باستخدام القواعد التركية",),
    ),
]
F["snn-20150806-00432"] = []
F["snn-20150804-00929"] = [
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "فجر",
        actor=("مقاتلون أكراد", "مقاتلي الحزب", "حزب العمال الكردستاني"),
        target=("جنديين تركيين", "الجيش", "سيارة تابعة للجيش"),
        place=("إقليم شرناق", "شرناق"),
        date="2015-08-04",
        fatalities=3,
        also=("وفجروها", "الانفجار"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "ضربات جوية",
        actor=("سلاح الجو التركي", "تركيا"),
        target=("للحزب", "حزب العمال الكردستاني", "معسكرات الحزب"),
        place=("شمال العراق", "العراق"),
        date="2015-07-24",
        status="historical",
        also=("حملتها الجوية",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "وقصفت",
        actor=("طائرات تركية",),
        target=("تنظيم الدولة الإسلامية",),
        place=("سوريا",),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Agreement",
        "وسمحت",
        actor=("أنقرة",),
        target=("تحالف تقوده الولايات المتحدة", "الولايات المتحدة"),
        date="unknown",
        status="historical",
    ),
    E(
        "Strategic developments/Agreement",
        "اتفاقا",
        actor=("الحزب", "حزب العمال الكردستاني"),
        target=("الحكومة",),
        date="2013",
        status="historical",
    ),
]
F["snn-20150806-01498"] = [
    E(
        "Diplomacy/Meeting",
        "التقى",
        actor=("عزالدين الأصبحي", "وزير حقوق الإنسان", "الأصبحي"),
        target=("مهند هادي", "برنامج الأغذية العالمي", "عبدالله الوردات"),
        place=("الرياض",),
        date="2015-08-05",
        also=("خلال اللقاء",),
    ),
]
F["snn-20150803-00221"] = [
    E(
        "Battles/Armed clash",
        "وتعرضت",
        actor=("متشددين آخرين",),
        target=("أول دفعة من القوات التي دربتها الولايات المتحدة", "أول دفعة"),
        place=("شمال سوريا",),
        date="2015-07-31",
        also=("للنيران",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات جوية",
        at="مما أدى",
        actor=("الولايات المتحدة",),
        place=("شمال سوريا",),
        date="2015-07-31",
    ),
]
F["snn-20150804-00601"] = [
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "خطفت",
        actor=("جبهة النصرة",),
        target=("خمسة مقاتلين", "الفرقة 30"),
        place=("قرية قاح", "قاح"),
        date="2015-08",
        also=("خطفت جبهة النصرة بين", "باقتحام مخيم للنازحين", "اختطاف خمسة مقاتلين"),
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "خطفها",
        actor=("جبهة النصرة",),
        target=("ثمانية مقاتلين", "ثمانية عناصر", "نديم الحسن", "الفرقة 30"),
        place=("مدينة اعزاز", "اعزاز", "ريف حلب الشمالي"),
        date="2015-07-29",
        also=("جبهة النصرة خطفت ثمانية",),
    ),
]
F["snn-20150807-00989"] = [
    E(
        "Strategic developments/Other",
        "سلمت",
        actor=("الولايات المتحدة",),
        target=("أرملة زعيم في تنظيم داعش", "أم سياف", "نسرين اسعد إبراهيم"),
        place=("إقليم كردستان العراق", "كردستان العراق"),
        date="2015-08-06",
        also=("وقد سلمت إلى وزارة الداخلية",),
    ),
    E(
        "Battles/Armed clash",
        "غارة",
        actor=("الولايات المتحدة", "القوات الأمريكية"),
        target=("أبو سياف", "تنظيم داعش"),
        place=("سوريا", "شرق سوريا"),
        date="2015-05-15",
        status="historical",
        fatalities=1,
        also=("أول عملية على الأرض",),
    ),
    E(
        "Strategic developments/Arrests",
        "سجنت",
        actor=("القوات الأمريكية",),
        target=("أرملة زعيم في تنظيم داعش", "أم سياف"),
        place=("شرق سوريا", "سوريا"),
        date="2015-05-15",
        status="historical",
        also=("اعتقلتها",),
    ),
]
F["snn-20150724-01580"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "ضربات جوية",
        actor=("مقاتلات تركية", "سلاح الجو التركي"),
        target=("تنظيم (داعش)", "داعش"),
        place=("سوريا", "الأراضي السورية"),
        date="2015-07-24",
        also=("الضربات", "العملية العسكرية", "استهدف سلاح الجو التركي", "أطلقت 4 قذائف"),
    ),
    E(
        "Diplomacy/Agreement",
        "موافقة",
        actor=("تركيا",),
        target=("للولايات المتحدة", "الولايات المتحدة"),
        place=("قاعدة انجرليك الجوية", "قاعدة انجرليك", "انجرليك"),
        date="2015-07-23",
    ),
]
F["snn-20150811-01471"] = []
F["snn-20150722-00891"] = [
    E(
        "Battles/Government regains territory",
        "تقدمت",
        actor=("القوات الموالية للشرعية", "قوات المقاومة الشعبية", "المقاومة الشعبية"),
        target=("المتمردون الحوثيون", "المتمردون"),
        place=("حي التواهي", "التواهي", "عدن"),
        date="2015-07-19",
        also=("وتقدمت قوات المقاومة", "دخول التواهي"),
    ),
    E(
        "Battles/Government regains territory",
        "تحرير",
        actor=("الحكومة الشرعية",),
        place=("عدن",),
        date="2015-07-16",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارة",
        actor=("التحالف العربي",),
        target=("المتمردين الحوثيين",),
        place=("التواهي", "الضاحيتين الشمالية والشرقية لعدن", "عدن"),
        date="2015-07-19",
        also=("دعم جوي", "أصابت مستودعا للذخائر"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارة جوية",
        actor=("التحالف العربي",),
        target=("تسعة متمردين", "متمردين"),
        place=("خور المكسر",),
        date="2015-07-19",
        fatalities=9,
        also=("تسعة متمردين قتلوا",),
    ),
    E(
        "Battles/Armed clash",
        "المعارك",
        actor=("القوات الموالية لحكومة هادي",),
        target=("الحوثيين",),
        place=("دار سعد", "كريتر", "عدن"),
        date="2015-07-19",
    ),
]
F["snn-20150804-01305"] = [
    E(
        "Battles/Government regains territory",
        "سقطت",
        actor=("قوات المخلوع", "صالح", "القوات الشمالية"),
        target=("القوات الشمالية والجنوبية",),
        place=("قاعدة العند", "العند", "القاعدة"),
        date="1994-05-17",
        status="historical",
        also=("معارك عنيفة", "وتبادلا القصف المدفعي"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سقطت",
        at="العند قد",
        actor=("ميليشيات الحوثيين", "الحوثيين"),
        place=("قاعدة العند", "العند"),
        date="2015-03",
        status="historical",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "يسيطرون",
        actor=("ميليشيات الحوثيين", "الحوثيين"),
        place=("العاصمة صنعاء", "صنعاء"),
        date="unknown",
        status="historical",
        also=("هجومهم الواسع",),
    ),
    E(
        "Battles/Government regains territory",
        "فرض السيطرة",
        actor=("الجيش الوطني", "المقاومة الشعبية"),
        target=("المتمردين الحوثيين", "الحوثيين"),
        place=("قاعدة العند العسكرية الإستراتيجية", "قاعدة العند", "العند"),
        date="2015-08-04",
        also=("معارك ضارية",),
    ),
]
F["snn-20150727-00064"] = [
    E(
        "Strategic developments/Agreement",
        "وقف إطلاق النار",
        actor=("التحالف العربي",),
        date="2015-07-26",
        also=("وقفا لإطلاق النار",),
    ),
    E(
        "Battles/Armed clash",
        "اشتباكات",
        place=("محافظتي مأرب", "مأرب"),
        date="2015-07-27",
    ),
    E(
        "Battles/Armed clash",
        "اشتباكات",
        place=("تعز",),
        date="2015-07-27",
    ),
]

if __name__ == "__main__":
    print(build(F, OUT))
