"""Source of tests/data/events_r51c.jsonl: the fifty-first blind event round, part r51c.

8 real articles (SaudiNewsNet politics, 4,005–5,887 characters): the lines of /work/brief/DRAW_r51.tsv
(the saved output of `python tests/data/events_round51_select.py`) whose first column is `r51c`
(selection = events_round51_select.py, seed 5151, part r51c). All 8 kept, none dropped; 53 events, no
negative (counts below). Annotated by reading only (2026-11-29): the event coder was never run on these
articles and no coder output was read.
Same format and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set);
`build()` comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three or more
12-word runs with an article of another tests/data/events_*.jsonl set (checked 2026-11-29 16:55 UTC,
before the other parts of rounds 50–51 were committed; checked again after this set's first commit).
Same happenings in other words: the liberation of Aden (many rounds), the Anbar University push (r17,
r49c), the al-Anad recapture (earlier rounds).

Choices (the last rounds' calls followed):
- Yemen and the UN (00436, opinion): the 11 Feb 2011 uprising → *Peaceful protest*, historical,
  2011-02-11; the signing of the National Dialogue outcomes → *Strategic developments/Agreement*,
  historical, "unknown" (a political agreement, as r49c); Hadi and Bahah under house arrest → one
  *Arrests*, historical, "unknown", no actor named (ambiguous: could be left as a state); Benomar's
  meetings with the putschists in Sanaa and Saada → one *Diplomacy/Meeting*, historical, "unknown"
  (repeated meetings, one record); the humanitarian truce of Ould Cheikh's initiative → *Strategic
  developments/Agreement*, reported, "unknown" (ambiguous: named in a rhetorical question). Not coded:
  the GCC initiative and Saleh's handover (ambiguous: a transfer of power), Saleh's pact with the
  Houthis, the generic killing and destruction, resolution 2216, Ban's ten-day deadline, Benomar's
  appointment and speech;
- Jordan exports (00076): Nsour's cabinet meeting «أمس الثلاثاء» on the exports → *Diplomacy/Meeting*
  2015-07-21 (as r9a's cabinet meeting); the Iraqi army's continuing operations in Fallujah and Ramadi
  → *Armed clash*, publication date. Not coded: Iraq's closing of the border crossings (ambiguous:
  *Strategic developments/Other*), the planned contacts with Saudi Arabia and Kuwait, trade figures;
- Belgium (00085): the arrest of Mohamed, Abdelkader and Melissa at Charleroi airport on 15 January →
  *Arrests*, historical, 2015-01-15, no actor named; Khalid's arrest in a federal police raid in
  February → *Arrests*, historical, 2015-02; the ban of Sharia4Belgium «قبل عامين» → *Diplomacy/Sanction*,
  historical, "unknown" (as Turkey listing ISIS in r49c; ambiguous: a domestic ban). Court referrals,
  sentences, trials, appeals and the arrest order (ACLED codes no court acts), travel to Syria and
  «ولم يتم اعتقاله» are not coded;
- Anbar University (00739): the end of the first phase of the operation to retake Anbar (announced
  «أمس») → *Government regains territory* 2015-07-23 (the intensified attack its mention); the CTS
  freeing al-Taash «خلال الأيام الماضية» → *Government regains territory* 2015-07; the engineers'
  dismantling of IEDs → *Disrupted weapons use* 2015-07; the war-media cell's air strikes: Rayhana/
  Anah/Rawa (al-Jughaifi killed, 1) → *Air/drone strike*, the aggregate «بضربات جوية» its first
  mention; the Karma artillery (1) → *Shelling*; al-Shihawi killed at Albu Aifan (1) → *Air/drone
  strike* (from the aggregate; ambiguous: the text says only «تم قتل»); Hamid Rummana killed earlier by
  the joint forces → *Armed clash*, historical, "unknown", 1; ISIS taking Fallujah early last year →
  *Non-state actor overtakes territory*, historical, 2014; the Fallujah residents' demonstration «أمس»
  → *Protest with intervention* 2015-07-23 (shots fired, no casualties said); ISIS detaining and
  leading away protesters → *Abduction/forced disappearance* 2015-07-23; the Kubaisa revolt killing
  many ISIS fighters → *Armed clash*, publication date. Not coded: the encirclement of the university
  and the completed siege of Fallujah (sieges, as earlier rounds), the planned assault, the IEDs
  planted (a state);
- Britain column (00721): the 7 July 2005 London bombings → *Suicide bomb*, historical, 2005-07-07, 52
  dead (its tenth anniversary, the commemorations, the Mannan family's travel and statement, Cameron's
  words, polls and hate-crime tallies are not coded);
- Shabwa (01021): the coalition raids «أمس» → one *Air/drone strike* per place, all 2015-07-24: Saada
  (the aggregate first sentence its mention), Camp Murra in Shabwa, the 17th Brigade at Bab al-Mandab
  (22 dead), al-Subaha camp in Sanaa, al-Jufaina in Marib, north of Aden; the Katyusha rockets on Aden
  airport «أمس» → *Shelling*; the Shabwa clashes → *Armed clash*; Taiz: al-Rubai'i taken by the
  legitimate forces → *Government regains territory*; the continuing clashes and the scattered fighting
  (26 + 8 dead) → one *Armed clash*, 34; the shelling of women and children in al-Jumhuri → *Shelling*,
  3; al-Baydha: the two ambushes (18) → one *Armed clash*; the «هجمات واسعة» the day before → *Armed
  clash* (ambiguous: vague); the Rada'a attack (16) → *Armed clash*; al-Anad: the two positions taken
  «أمس» → *Non-state actor overtakes territory* 2015-07-24, the clashes (8 dead) its mention (as
  fresh); al-Nakhila taken (the battles its mention; the weapons seized part of it) → a second takeover
  (ambiguous: may be one of the two positions); Jabal al-Muhayid retaken «أول من أمس» → takeover
  2015-07-23; the fighting on the Taiz–Lahij road → *Armed clash*; Marib (20 dead, the three captured
  part of it) → *Armed clash*; the Houthi takeover of Sanaa on 21 September → *Non-state actor
  overtakes territory*, historical, 2014-09-21; the liberation of Aden in al-Subaihi's words →
  *Government regains territory*, "unknown" (as earlier rounds). Not coded: the governor's flight,
  troop movements towards Ataq, the sieges of al-Anad and Labouza, «وتسيطر على جبل منيف» (a state;
  ambiguous), the Houthi offer to leave al-Taffa, the plans for Lahij, Abyan, Taiz and Ibb;
- al-Subaihi interview (00313): the liberation of Aden → *Government regains territory*, "unknown",
  reported; Saudi and Emirati relief → *Diplomacy/Aid*, publication date; the Saada wars (fifth to
  seventh) → one *Armed clash*, historical, "unknown". Not coded: his removal from his post, the force
  that advanced to Omran (a movement; ambiguous), the old arms depots and detentions (habits);
- transport minister (01198): the recapture of al-Anad and Lahij → *Government regains territory*,
  publication date, no actor named; Zinjibar taken by the Resistance → *Non-state actor overtakes
  territory*; the liberation of Aden → *Government regains territory*, "unknown"; the two WFP ships →
  *Diplomacy/Aid*; the Saudi and Emirati ships and air bridge → a second *Aid*; the UN humanitarian
  envoy's visit to Aden on 9 August → *Visit*, planned; Bahah's visit to Aden → *Visit*, publication
  date (his field tour a mention). Not coded: the government's planned return, the commercial plane,
  the Houthi destruction in Aden (general), the ministers' team, the reconstruction committee.

Counts: 8 articles, 53 events, no negative (Battles 24, Explosions/Remote violence 12, Diplomacy 8,
Strategic developments 6, Protests 2, Violence against civilians 1).

Run: python tests/data/events_r51c_source.py            (writes events_r51c.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r51c.jsonl")

F: dict[str, list[dict]] = {}

F["snn-20150727-00436"] = [  # opinion: Yemen and the United Nations
    E(
        "Protests/Peaceful protest",
        "خرج الشعب",
        actor=("الشعب",),
        place=("اليمن",),
        date="2011-02-11",
        status="historical",
    ),
    E(
        "Strategic developments/Agreement",
        "تم التوقيع",
        actor=("المؤتمرون", "مؤتمر الحوار الوطني الشامل"),
        date="unknown",
        status="historical",
    ),
    E(
        "Strategic developments/Arrests",
        "تحت الإقامة الجبرية",
        target=("عبدربه منصور هادي", "رئيس الجمهورية", "خالد محفوظ بحاح", "رئيس الحكومة"),
        date="unknown",
        status="historical",
        also=("كان تحت الإقامة الجبرية.",),
    ),
    E(
        "Diplomacy/Meeting",
        "لقائه",
        actor=("جمال بن عمر",),
        target=("الانقلابيين",),
        place=("صنعاء", "صعدة"),
        date="unknown",
        status="historical",
    ),
    E(
        "Strategic developments/Agreement",
        "الهدنة الإنسانية",
        actor=("ولد الشيخ", "إسماعيل ولد الشيخ أحمد"),
        date="unknown",
    ),
]

F["snn-20150722-00076"] = [  # Jordan's exports to Iraq after the border closure
    E(
        "Diplomacy/Meeting",
        "اجتماعا لمجلس الوزراء",
        actor=("النسور", "عبد الله النسور", "رئيس الوزراء الأردني"),
        target=("مجلس الوزراء الأردني",),
        date="2015-07-21",
    ),
    E(
        "Battles/Armed clash",
        "العمليات العسكرية الواسعة",
        actor=("للجيش العراقي",),
        target=("تنظيم داعش", "داعش", "العناصر الإرهابية"),
        place=("الفلوجة", "الرمادي", "محافظة الأنبار"),
        also=("هذه العمليات العسكرية",),
    ),
]

F["snn-20150721-00085"] = [  # Belgium: four referred to the criminal court
    E(
        "Strategic developments/Arrests",
        "ألقي القبض",
        target=("محمد", "عبد القادر", "ميليسا"),
        place=("مطار شارلوا",),
        date="2015-01-15",
        status="historical",
    ),
    E(
        "Strategic developments/Arrests",
        "اعتقال خالد",
        actor=("الشرطة الفيدرالية",),
        target=("خالد",),
        date="2015-02",
        status="historical",
        also=("عملية مداهمة",),
    ),
    E(
        "Diplomacy/Sanction",
        "حظرت السلطات نشاطها",
        actor=("السلطات",),
        target=("جماعة الشريعة",),
        date="unknown",
        status="historical",
    ),
]

F["snn-20150724-00739"] = [  # Anbar: Iraqi forces near Anbar University
    E(
        "Battles/Government regains territory",
        "عملية استعادة الأنبار",
        actor=("القوات الأمنية المشتركة", "القوات العراقية", "وزارة الدفاع"),
        target=("تنظيم داعش", "داعش"),
        place=("الأنبار", "مشارف مدينة الرمادي", "الرمادي"),
        date="2015-07-23",
        also=("الوصول إلى مشارف مدينة الرمادي", "كثفت هجومها"),
    ),
    E(
        "Battles/Government regains territory",
        "حررت مناطق مهمة",
        actor=("قواتنا", "قوات جهاز مكافحة الإرهاب", "جهاز مكافحة الإرهاب"),
        target=("الإرهابيين",),
        place=("منطقة الطاش", "الطاش"),
        date="2015-07",
    ),
    E(
        "Strategic developments/Disrupted weapons use",
        "بتفكيك معظم العبوات الناسفة",
        actor=("فرق الجهد الهندسي",),
        date="2015-07",
        also=("فُجّر البعض الآخر من العبوات",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "بضربات جوية",
        actor=("الطيران الحربي",),
        target=("تنظيم داعش", "طلال خميس علوش الجغيفي", "قياديين"),
        place=("ناحية الريحانة", "قضاء عنه", "قضاء راوة", "الجزيرة", "محافظة الأنبار"),
        fatalities=1,
        also=("قصف أهداف", "الضربة"),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصفا مدفعيا",
        actor=("القوات الأمنية المشتركة",),
        target=("عمر أسعد سريح الخليفاوي",),
        place=("قاطع الكرمة", "الكرمة", "البوخليفة"),
        fatalities=1,
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "تم قتل الإرهابي",
        target=("محمد عبود فرج الشيحاوي",),
        place=("منطقة البوعيفان", "البوعيفان", "جسر الشيحة", "قضاء الفلوجة", "ناحية الصقلاوية"),
        fatalities=1,
    ),
    E(
        "Battles/Armed clash",
        "قتل من قبل القوات المشتركة",
        actor=("القوات المشتركة",),
        target=("حامد رمانة",),
        date="unknown",
        status="historical",
        fatalities=1,
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطر عليها التنظيم",
        actor=("التنظيم", "تنظيم داعش"),
        place=("مدينة الفلوجة", "الفلوجة"),
        date="2014",
        status="historical",
    ),
    E(
        "Protests/Protest with intervention",
        "خروج مظاهرة",
        actor=("سكانها المحاصرين", "العشرات من سكان الفلوجة", "سكان الفلوجة"),
        place=("مدينة الفلوجة", "الفلوجة", "شارع 40"),
        date="2015-07-23",
        also=("خرجوا في مظاهرة",),
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "باعتقال المتظاهرين",
        actor=("مسلحي تنظيم داعش", "المسلحون", "تنظيم داعش"),
        target=("المتظاهرين",),
        place=("الفلوجة",),
        date="2015-07-23",
        also=("اقتياد عدد كبير من المتظاهرين",),
    ),
    E(
        "Battles/Armed clash",
        "ثورة شعبية",
        actor=("الثوار", "الثوار من أهالي المدينة"),
        target=("مسلحي تنظيم داعش", "تنظيم داعش"),
        place=("منطقة كبيسة", "كبيسة"),
        also=("تم قتل الكثير من مسلحي تنظيم داعش",),
    ),
]

F["snn-20150724-00721"] = [  # column: Britain, a new and dangerous tribalism
    E(
        "Explosions/Remote violence/Suicide bomb",
        "هجمات السابع من يوليو",
        actor=("أربعة انتحاريين", "الانتحاريين"),
        place=("لندن",),
        date="2005-07-07",
        status="historical",
        fatalities=52,
        also=("فجر أربعة انتحاريين",),
    ),
]

F["snn-20150725-01021"] = [  # Yemen: coalition raids, Shabwa's Houthi governor flees
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غاراتها",
        actor=("طائرات التحالف العربي", "مقاتلات التحالف", "التحالف العربي"),
        target=("المتمردين الحوثيين", "مواقع المتمردين الحوثيين", "للمتمردين"),
        place=("محافظة صعدة", "صعدة"),
        date="2015-07-24",
        also=("44 غارة جوية", "الغارات استهدفت"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصفت مقاتلات التحالف",
        actor=("مقاتلات التحالف",),
        target=("مخازن أسلحة للمتمردين", "للمتمردين"),
        place=("معسكر مرة", "محافظة شبوة", "شبوة"),
        date="2015-07-24",
    ),
    E(
        "Battles/Armed clash",
        "اشتباكات عنيفة",
        actor=("المقاومة الشعبية",),
        target=("ميليشيات الحوثي وصالح", "ميليشيات الحوثي"),
        place=("محافظة شبوة", "المحافظة", "شبوة"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارة جوية",
        at="باب المندب",
        actor=("طيران التحالف",),
        target=("متمردا", "قيادة اللواء 17 مشاة"),
        place=("مديرية باب المندب", "باب المندب"),
        date="2015-07-24",
        fatalities=22,
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "شن طيران التحالف ست غارات",
        actor=("طيران التحالف",),
        target=("معسكر الصباحية",),
        place=("العاصمة صنعاء", "صنعاء", "معسكر الصباحية"),
        date="2015-07-24",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "شنت المقاتلات أربع غارات",
        actor=("المقاتلات",),
        target=("مواقع للحوثيين وقوات صالح", "للحوثيين"),
        place=("جبهة الجفينة", "الجفينة", "مأرب"),
        date="2015-07-24",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصفت الطائرات",
        actor=("الطائرات",),
        target=("المتمردين الحوثيين", "فلول المخلوع صالح"),
        place=("شمال عدن", "عدن"),
        date="2015-07-24",
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "استهدف الانقلابيين المطار",
        actor=("الانقلابيين",),
        place=("المطار",),
        date="2015-07-24",
        also=("سقوط ثلاثة صواريخ",),
    ),
    E(
        "Battles/Government regains territory",
        "السيطرة على منطقة الربيعي",
        actor=("القوات الشرعية",),
        place=("منطقة الربيعي", "الربيعي", "مدينة تعز", "تعز"),
    ),
    E(
        "Battles/Armed clash",
        "استمرار الاشتباكات",
        actor=("المقاومة الشعبية", "المقاومة"),
        target=("الحوثيين", "قوات صالح"),
        place=("عصيفرة", "الجمهوري", "حوض الأشراف", "مدينة تعز", "تعز", "بالمدينة"),
        fatalities=34,
        also=("مواجهات متفرقة",),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصف مناطق المدنيين",
        actor=("المتمردون",),
        target=("تجمعا لنساء وأطفال", "نساء وأطفال", "المدنيين", "مدنيين"),
        place=("حي الجمهوري", "الجمهوري"),
        fatalities=3,
        also=("قصفوا تجمعا",),
    ),
    E(
        "Battles/Armed clash",
        "كمينين",
        actor=("المقاومة الشعبية",),
        target=("مسلحا حوثيا", "للميليشيات"),
        place=("جبل الثعالب", "قيفة رداع", "محافظة البيضاء", "البيضاء"),
        fatalities=18,
    ),
    E(
        "Battles/Armed clash",
        "هجمات واسعة",
        target=("المتمردين", "مواقع المتمردين"),
        place=("محافظة البيضاء", "البيضاء"),
    ),
    E(
        "Battles/Armed clash",
        "هجوم للمقاومة الشعبية",
        actor=("المقاومة الشعبية",),
        target=("حوثيا",),
        place=("محافظة رداع", "رداع"),
        fatalities=16,
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطروا على موقعين",
        actor=("الثوار", "المقاومة", "مقاتلي المقاومة الشعبية"),
        target=("مسلحو الحوثي", "الحوثيين", "قوات الرئيس المخلوع صالح"),
        place=("جبهة قاعدة العند الجوية", "قاعدة العند", "القاعدة", "لحج"),
        date="2015-07-24",
        fatalities=8,
        also=("مواجهات بين الطرفين", "تقدموا أمس"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرت عليه المقاومة",
        actor=("المقاومة الجنوبية", "المقاومة"),
        place=("مواقع النخيلة", "النخيلة", "العند"),
        also=("المعارك التي دارة",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "استعاد الثوار",
        actor=("الثوار",),
        place=("جبل المحايد", "سيلة المسيمير"),
        date="2015-07-23",
    ),
    E(
        "Battles/Armed clash",
        "اشتباكات عنيفة",
        at="سيلة عقان",
        actor=("المقاومة الجنوبية",),
        target=("قوات الحوثي وصالح",),
        place=("الخط الرئيس بين تعز ولحج", "لحج", "تعز"),
    ),
    E(
        "Battles/Armed clash",
        "اشتباكات",
        at="20 متمردا",
        actor=("المقاومة الشعبية", "الثوار"),
        target=("متمردا", "الحوثيون", "قوات صالح"),
        place=("محافظة مأرب", "مأرب", "الجفينة", "تبة الدفاع"),
        fatalities=20,
        also=("مواجهات عنيفة اندلعت",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "اجتاح",
        actor=("المتمردون الحوثيون",),
        place=("العاصمة صنعاء", "صنعاء"),
        date="2014-09-21",
        status="historical",
    ),
    E(
        "Battles/Government regains territory",
        "تمكنوا من تحرير عدن",
        actor=("شباب المقاومة في عدن", "شباب المقاومة"),
        target=("فلول الحوثي وصالح",),
        place=("عدن",),
        date="unknown",
    ),
]

F["snn-20150726-00313"] = [  # interview: Brig. al-Subaihi, Aden
    E(
        "Battles/Government regains territory",
        "تحرير محافظة عدن",
        target=("ميليشيات الحوثي", "الميليشيات الحوثية"),
        place=("محافظة عدن", "عدن"),
        date="unknown",
        also=("بعد تحريرها من الميليشيات الحوثية", "دحرناهم"),
    ),
    E(
        "Battles/Armed clash",
        "جولات من الصراع",
        actor=("الضباط", "عبدالله الصبيحي"),
        target=("الجماعة الحوثية", "جماعة التمرد الحوثية"),
        place=("صعدة",),
        date="unknown",
        status="historical",
        also=("الحرب ضد جماعة التمرد الحوثية",),
    ),
    E(
        "Diplomacy/Aid",
        "أرسلوا الإعانات",
        actor=("السعودية", "الإمارات"),
        place=("عدن",),
    ),
]

F["snn-20150809-01198"] = [  # interview: Yemen's transport minister, Aden
    E(
        "Battles/Government regains territory",
        "استعادة قاعدة العند",
        place=("قاعدة العند العسكرية الاستراتيجية", "قاعدة العند", "العند", "محافظة لحج", "لحج"),
        also=("باستعادة معسكر العند", "استعادة قاعدة العند ولحج"),
    ),
    E(
        "Battles/Government regains territory",
        "أصبحت محررة بالكامل",
        place=("عدن",),
        date="unknown",
        also=("بعد تحريرها", "عدن أصبحت محررة تماما"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرة على مدينة زنجبار",
        actor=("المقاومة",),
        place=("مدينة زنجبار", "زنجبار", "أبين"),
    ),
    E(
        "Diplomacy/Visit",
        "ستزور",
        actor=("فور برايمر", "مبعوثة العمل الإنساني بالأمم المتحدة"),
        place=("عدن",),
        date="2015-08-09",
        status="planned",
    ),
    E(
        "Diplomacy/Aid",
        "وصلت سفينتان",
        actor=("برنامج الغذاء العالمي",),
        place=("ميناء عدن", "عدن"),
    ),
    E(
        "Diplomacy/Aid",
        "تتوافد",
        actor=("إماراتية", "سعودية", "مركز الملك سلمان"),
        place=("ميناء عدن",),
        also=("الجسر الجوي لطائرات الإغاثة",),
    ),
    E(
        "Diplomacy/Visit",
        "زيارة رئيس الوزراء",
        actor=("خالد بحاح", "رئيس الوزراء"),
        place=("مدينة عدن", "عدن"),
        also=("الزيارة رمزية", "قام بزيارة ميدانية"),
    ),
]


if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
