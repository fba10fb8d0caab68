"""Source of tests/data/events_r15c.jsonl: the fifteenth blind event round, part r15c.

14 real articles (SaudiNewsNet politics, 924–1,487 characters): the lines of
`python tests/data/events_round15_select.py` whose first column is `r15c` (selection =
events_round15_select.py, seed 1515, part r15c: draw positions 28–41; 901–1,500 characters, a conflict
place and an event word, none reserved or in another set, near-copies of annotated articles skipped by
the draw). All 14 kept, none dropped; 2 of them report no event (negatives). Annotated by reading only
(2026-11-29): the event coder was never run on these articles and no coder output was read. Same format
and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set); `build()`
comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) with an article of
any tests/data/events_*.jsonl set; one shares a 12-word run: snn-20150804-00450 quotes the same White
House sentence (Earnest: «على النظام السوري الا يتدخل في العمليات …») as r5b snn-20150806-02780, a
different story (that one codes the first US air strike in Syria; this one the Treasury sanctions and the
Ariha crash). Same happenings in other words: the Ariha warplane crash (r5a snn-20150803-00023, coded the
same way), Vandelaw's first visit to Aden and his meeting there (fresh, r5b), the Duma arson (r7a, r14b),
the humanitarian truce of 26 July (fresh), the taking of al-Anad base (dev, r8a) and the liberation of
Aden named as background (many rounds).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r14b_source.py): death
counts of both sides of one clash are summed (Taiz 13 + 4 = 17; Jabal Sabir 42 + 9 = 51, as dev's 24 + 2);
the Taiz fighting «ليلة السبت» in a Saturday article is dated the Friday (2015-07-31, as r13a's «ليل
الجمعة السبت»), and the Jabal Sabir clashes «على مدار اليومين الماضيين» are its mention; the telecom
building «الذي سيطرت عليه المقاومة قبل يومين» → *Non-state actor overtakes territory* 2015-07-21, and the
shelling of the telecom unit and of the power transformers, named as the causes of cuts «لليوم الثالث» /
«لليوم الرابع على التوالي», → two *Shelling/artillery/missile attack* events dated 2015-07-21 and
2015-07-20 (ambiguous: the days are inferred; the transformers' shelling names no actor and could be an
air strike); the Houthi raids in al-Houta and Tuban that detained dozens of citizens → *Arrests* (de facto
authority, as r13b); the Resistance blowing up a tank in Hawdh al-Ashraf and the Taiz clashes at the
Fourth Point, Usaifra and al-Arbaeen → two *Armed clash* events (other places in the city, other actors
named); the coalition's strikes on the border districts (Marran, Saqin) and on Saada → two *Air/drone
strike* events, both dated by the lead's «أمس الخميس» (ambiguous: Marran and Saqin lie in Saada, one
could code a single event), the lead an `also` of the first; «تحالفا من الجماعات الجنوبية ووحدات من
الجيش» taking al-Houta and expelling the Houthis from Lodar → two *Government regains territory* (as
r6b's «المقاتلين المحليين ووحدات من الجيش»), the lead's «تقدم للمقاومة في محافظتي أبين ولحج» an `also`
of Lodar (Abyan listed first), captured fighters → *Arrests* (as r12a/r13b); the liberation of Aden named
as background → *Government regains territory* when the army is named with the Resistance or no actor is
named, *Non-state actor overtakes territory* when the Resistance alone «بدعم وتنسيق مع قوات التحالف»
takes it, reported, date "unknown" (under 60 days old, as r9a/r10b/r14b), and «إحكامها السيطرة على مدينة
عدن … الشهر الماضي» → 2015-07; al-Anad «أمس الثلاثاء» in a Thursday article → 2015-08-04 (the weekday
wins, as r8b; other texts date it 2015-08-03), 70 dead, its 10 captured → *Arrests*; the 2014 Karbala
confrontation with al-Sarkhi's followers → historical *Armed clash* 2014-07 (125 dead, the government
side named only as «حكوميا») and the 300 detained → historical *Arrests*; the Duma arson → *Violence
against civilians/Attack* dated by the text's «يوم 31 يوليو», 2 dead (the infant and now his father); the
Ariha crash → *Air/drone strike* (as r5a), 31 dead, dated «أمس» (2015-08-03); the US Treasury's listing of
a fuel network for the regime → one *Diplomacy/Sanction* with the lead's «فرضت … عقوبات جديدة» (2015-08-03);
the Qalandia death of Mohammad Abu Latifa, shot in the legs by police while fleeing (police: he fell;
witness: the shots killed him) → *Violence against civilians/Attack*, reported, 1 dead, and the Israeli
forces' killing of three Palestinians «في الاسبوع الاخير» in raids → one *Attack* dated 2015-07, place the
West Bank (ambiguous: a week's tally of three incidents, as r14a coded a three-day arrest tally); the
Saudi ship and the UAE plane bringing aid to Aden «اليوم الاثنين» → two *Diplomacy/Aid* events (two donors;
the lead an `also` of the Saudi one), the UN coordinator's visit → *Visit* (the lead's «يزور وفد من الامم
المتحدة» its first mention) and his meeting with government representatives → *Meeting*, the envoy's
expected visit «دون ان تحدد توقيتها» → *Visit*, planned, date "unknown"; Hadi's meeting with Ould Cheikh
Ahmed «أمس في الرياض» → *Meeting* 2015-07-26 and the truce «التي جرى سريانها منتصف الليلة الماضية» →
*Strategic developments/Agreement* 2015-07-26, reported, no actor and no place (as fresh); al-Yami's
meeting with the Yemeni human-rights minister → *Meeting*, publication date; Lahj: the coalition strikes
that killed about 30 Houthis and hit al-Anad base → one *Air/drone strike* (the destroyed launchers and
bridge are its result); Taiz in snn-20150725-01434: the Popular Committees' «سيطرت … على مناطق» (lead) and
their loss of a strategic site («فقدت اللجان الشعبية السيطرة», the Houthis accepted as actor) → two
takeovers (ambiguous: the two sentences contradict each other; the source may have meant the
committees took the site), and the clashes «في أحياء أخرى» → *Armed clash*; Shabwa: the clashes and the
coalition strike on arms depots at Murra camp → *Armed clash* and *Air/drone strike*; the 40 strikes on
Saada → *Air/drone strike*.

Not events (the two negatives: Nusra's dismissal of a founder — an internal decision, with child
recruitment reports and a tally of 52 children killed «منذ مطلع العام»; ISIS's oil propaganda in Libya)
— and, within coded articles: al-Sarkhi's calls and fatwa, the authorities' pursuit of him and the threat
to besiege his office; Israel's decisions on harsh interrogations and detention without trial (policy);
Washington's threat of further steps, the trained unit present in Aleppo (a state); the siege of Zinjibar
and the arrival of reinforcements (no fighting, as r13b); Hadi's invitation to the envoy; the ministries'
planned return and refugees to be moved; the airport reopening «في 22 تموز» (as r12a), the deployment of
fighters around al-Anad; the Houthis' generic crimes (indiscriminate shelling, executions, siege,
arrests) listed in the rights committee's statement.

Run: python tests/data/events_r15c_source.py            (writes events_r15c.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r15c.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150721-02080"] = [
    E(
        "Battles/Armed clash",
        "مواجهة مسلحة",
        target=("أنصار الصرخي", "الصرخي"),
        place=("كربلاء",),
        date="2014-07",
        status="historical",
        fatalities=125,
        also=("لمقتل نحو 125",),
    ),
    E(
        "Strategic developments/Arrests",
        "اعتقال",
        at="لمقتل نحو",
        target=("300 آخرين", "أنصار الصرخي"),
        place=("كربلاء",),
        date="2014-07",
        status="historical",
    ),
]
F["snn-20150808-01188"] = [
    E(
        "Violence against civilians/Attack",
        "قتل حرقا",
        actor=("يهود متطرفون",),
        target=("الرضيع الفلسطيني", "سعد دوابشة", "والد الرضيع", "منزله"),
        place=("قرية دوما", "دوما", "الضفة الغربية"),
        date="2015-07-31",
        fatalities=2,
        also=("حرق منزله", "الهجوم الذي وقع", "الهجوم بأنه", "وقع الهجوم"),
    ),
]
F["snn-20150723-00980"] = [
    E(
        "Battles/Armed clash",
        "اشتباكات",
        actor=("المقاومة الشعبية",),
        target=("المتمردين الحوثيين", "الحوثيين", "قوات الرئيس السابق علي عبد الله صالح", "قوات صالح"),
        place=("مدينة تعز", "تعز", "منطقة الضباب", "الأشراف"),
        fatalities=17,
        also=("مصرعهم", "اشتباكات متفرقة", "المواجهات، التي وقعت"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصفاً",
        actor=("طيران التحالف العربي", "التحالف العربي"),
        target=("تجمعات الحوثيين", "الحوثيين"),
        place=("محافظة حجة", "حجة"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "تقدماً",
        at="وأحرزت",
        actor=("المقاومة الشعبية", "المقاومة"),
        target=("قوات الحوثي وصالح", "الحوثيين"),
        place=("منطقة عقاقة", "عقاقة", "منطقة الضباب", "الضباب", "تعز"),
        also=("تقدم المقاومة", "وسيطرتها"),
    ),
    E(
        "Battles/Armed clash",
        "قتلوا",
        at="كان 5 من",
        target=("الحوثيين", "قوات صالح", "حاجز عسكري"),
        place=("دمنة خدير", "تعز"),
        date="2015-07-22",
        fatalities=5,
        also=("هجوم على حاجز",),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصف",
        at="لليوم الثالث",
        actor=("الحوثيين", "قوات صالح"),
        target=("وحدة الاتصالات الرئيسية", "مبنى الاتصالات"),
        place=("تعز", "مدينة تعز", "مبنى الاتصالات"),
        date="2015-07-21",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرت عليه",
        actor=("المقاومة",),
        place=("مبنى الاتصالات", "تعز"),
        date="2015-07-21",
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصف",
        at="لليوم الرابع",
        target=("المحولات",),
        place=("تعز", "المدينة", "مدينة تعز"),
        date="2015-07-20",
    ),
    E(
        "Strategic developments/Arrests",
        "اعتقلوا",
        actor=("المسلحين الحوثيين", "الحوثيين"),
        target=("العشرات من المواطنين", "المواطنين"),
        place=("مدينة الحوطة", "الحوطة", "تبن", "محافظة لحج", "لحج"),
        also=("بمداهمة",),
    ),
]
F["snn-20150807-01165"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات",
        at="شن طيران التحالف",
        actor=("طيران التحالف", "التحالف"),
        target=("منازل قادة من الحوثيين", "الحوثيين"),
        place=("مران", "ساقين"),
        date="2015-08-06",
        also=("قصف طيران التحالف منازل", "واستهدفت الغارات"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصف",
        at="وفي صعدة",
        actor=("طيران التحالف", "التحالف"),
        target=("تجمعات ومنازل تابعة لقادتهم", "قادتهم"),
        place=("صعدة",),
        date="2015-08-06",
    ),
    E(
        "Battles/Armed clash",
        "قتل",
        at="أما في تعز",
        target=("ميليشيات الحوثي", "علي عبد الله صالح"),
        place=("النقطة الرابعة", "عصيفرة", "الأربعين", "تعز"),
        fatalities=11,
        also=("مواجهات",),
    ),
    E(
        "Battles/Armed clash",
        "فجر",
        at="كما فجر",
        actor=("مقاتلو المقاومة الشعبية", "المقاومة الشعبية"),
        target=("للحوثيين", "الحوثيين", "قوات صالح"),
        place=("حوض الأشراف", "تعز"),
        also=("هجوم على حوض",),
    ),
    E(
        "Battles/Armed clash",
        "هجوم",
        at="في صفوف الحوثين",
        actor=("مقاتلو المقاومة", "المقاومة"),
        target=("مسلحين حوثيين", "الحوثين"),
        place=("منطقة الطفة", "الطفة", "محافظة البيضاء", "البيضاء"),
        also=("سقط عدد من القتلى",),
    ),
    E(
        "Battles/Armed clash",
        "صدت",
        actor=("للحوثين", "الحوثين", "قوات صالح"),
        target=("المقاومة",),
        place=("آل حميقان", "البيضاء"),
    ),
]
F["snn-20150721-00023"] = []  # Nusra dismisses a founder; child recruitment reports, a yearly tally
F["snn-20150804-00450"] = [
    E(
        "Diplomacy/Sanction",
        "فرضت",
        actor=("الولايات المتحدة", "وزارة الخزانة الأمريكية"),
        target=("النظام السوري", "نظام الأسد", "شبكة دولية", "اربعة افراد وسبع شركات"),
        date="2015-08-03",
        also=("ادرجت", "العقوبات الجديدة تستهدف"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "تحطمت",
        actor=("طائرة حربية سورية", "النظام السوري"),
        target=("سكان المدينة", "31 شخصا"),
        place=("مدينة اريحا", "اريحا", "ادلب"),
        date="2015-08-03",
        fatalities=31,
        also=("قصفها مدينة", "تحطمت الطائرة", "قصفها حيا"),
    ),
]
F["snn-20150727-00303"] = [
    E(
        "Strategic developments/Agreement",
        "الهدنة الإنسانية",
        date="2015-07-26",
        also=("الهدنة الإنسانية تهدف",),
    ),
    E(
        "Diplomacy/Meeting",
        "لقائه",
        actor=("عبدربه منصور هادي", "هادي", "الرئيس اليمني"),
        target=("إسماعيل ولد الشيخ", "ولد الشيخ", "مبعوث الأمين العام للأمم المتحدة"),
        place=("الرياض",),
        date="2015-07-26",
        also=("اللقاء الذي حضره",),
    ),
    E(
        "Battles/Government regains territory",
        "تحريرها",
        actor=("المقاومة الشعبية", "قوات الجيش الموالية للشرعية"),
        target=("الميليشيات المتمردة",),
        place=("محافظة عدن", "عدن"),
        date="unknown",
        also=("تمكن المقاومة", "تحريرها من الميليشيات المتمردة،"),
    ),
]
F["snn-20150801-00887"] = [
    E(
        "Battles/Armed clash",
        "المعارك",
        actor=("المقاومة الشعبية", "الجيش الوطني"),
        target=("المتمردين الحوثيين", "ميليشيات علي عبد الله صالح", "الحوثيين"),
        place=("محافظة تعز", "تعز", "جبل صبر", "مشرعة", "حدنان"),
        date="2015-07-31",
        fatalities=51,
        also=("مقتل 42", "مواجهات اندلعت"),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "بمقتل",
        at="وأفادت مصادر",
        actor=("الحوثيون", "ميليشيات صالح"),
        target=("مدني", "أحياء سكنية"),
        place=("مدينة تعز", "تعز"),
        date="2015-07-31",
        fatalities=1,
        also=("قصف شنه",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات",
        actor=("طيران التحالف", "التحالف"),
        target=("معسكر اللواء 35", "اللواء 35"),
        place=("مدينة المخاء", "المخاء"),
        date="2015-07-31",
    ),
    E(
        "Battles/Government regains territory",
        "بسطت سيطرتها",
        actor=("تحالفا من الجماعات الجنوبية", "الجماعات الجنوبية", "وحدات من الجيش موالية لهادي"),
        target=("المتمردين",),
        place=("مدينة الحوطة", "الحوطة", "محافظة لحج", "لحج"),
        also=("اشتباكات عنيفة",),
    ),
    E(
        "Battles/Government regains territory",
        "طردوا",
        actor=("المقاتلين الجنوبيين", "وحدات الجيش الموالية لهادي"),
        target=("الحوثيين",),
        place=("مدينة لودر", "لودر", "محافظة أبين", "أبين"),
        also=("تقدم للمقاومة",),
    ),
    E(
        "Strategic developments/Arrests",
        "أسروا",
        actor=("المقاتلين الجنوبيين", "وحدات الجيش الموالية لهادي"),
        target=("مقاتلي المتمردين", "المتمردين"),
        place=("مدينة لودر", "لودر"),
    ),
]
F["snn-20150727-00083"] = [
    E(
        "Violence against civilians/Attack",
        "لقي حتفه",
        actor=("الشرطة الاسرائيلية", "الشرطة", "الجنود"),
        target=("فلسطينيا", "محمد أبو لطيفة", "أبو لطيفة"),
        place=("قلنديا", "الضفة الغربية"),
        date="2015-07-27",
        fatalities=1,
        also=("فأطلقت الشرطة النار", "اطلاق النار عليه"),
    ),
    E(
        "Violence against civilians/Attack",
        "قتلت",
        actor=("القوات الاسرائيلية",),
        target=("ثلاثة فلسطينيين", "فلسطينيين"),
        place=("الضفة",),
        date="2015-07",
        fatalities=3,
        also=("مداهمات",),
    ),
]
F["snn-20150721-00009"] = []  # ISIS oil propaganda in Libya: analysis, no happening
F["snn-20150802-01168"] = [
    E(
        "Diplomacy/Meeting",
        "لقائه",
        actor=("هادي بن علي اليامي", "اليامي"),
        target=("عزالدين الاصبحي", "الاصبحي", "وزير حقوق الإنسان"),
    ),
    E(
        "Battles/Government regains territory",
        "تحرير",
        place=("مدينة عدن", "عدن"),
        date="unknown",
    ),
]
F["snn-20150725-01434"] = [
    E(
        "Battles/Government regains territory",
        "تحرير المدينة",
        place=("عدن",),
        date="unknown",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قتل",
        at="ميدانيا",
        actor=("التحالف",),
        target=("مسلحا حوثيا", "الحوثيين"),
        place=("محافظة لحج", "لحج", "قاعدة العند الجوية", "قاعدة العند"),
        fatalities=30,
        also=("سلسلة غارات", "واستهدفت غارات التحالف"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرت",
        actor=("اللجان الشعبية",),
        place=("تعز",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "فقدت",
        actor=("الحوثيون",),
        target=("اللجان الشعبية",),
        place=("تعز",),
    ),
    E(
        "Battles/Armed clash",
        "الاشتباكات",
        at="وسط تواصل",
        actor=("اللجان الشعبية",),
        target=("الحوثيون",),
        place=("تعز", "المدينة"),
    ),
    E(
        "Battles/Armed clash",
        "المواجهات",
        actor=("اللجان الشعبية",),
        target=("الحوثيين",),
        place=("شبوة",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "استهدف",
        at="فقد استهدف",
        actor=("التحالف",),
        target=("مخازن أسلحة للحوثيين", "الحوثيين"),
        place=("معسكر مرة", "شبوة"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارة",
        at="أكثر من 40",
        actor=("التحالف",),
        target=("مواقع للحوثيين", "الحوثيين"),
        place=("محافظة صعدة", "صعدة"),
    ),
]
F["snn-20150727-00237"] = [
    E(
        "Diplomacy/Aid",
        "وصلت مساعدات",
        actor=("سعودية", "سفينة سعودية"),
        place=("مدينة عدن", "عدن", "ميناء عدن"),
        date="2015-07-27",
        also=("سفينة سعودية محملة",),
    ),
    E(
        "Diplomacy/Visit",
        "يزور",
        actor=("وفد من الامم المتحدة", "يوهانس فانديلا", "فانديلا", "المنسق الإنساني للأمم المتحدة"),
        place=("مدينة عدن", "عدن"),
        date="2015-07-27",
        also=("وصل اليوم إلى مدينة عدن", "زيارة فانديلا", "تلك الزيارة"),
    ),
    E(
        "Diplomacy/Aid",
        "وصول طائرة مساعدات",
        actor=("إماراتية", "طائرة مساعدات إماراتية"),
        place=("مطار عدن", "عدن"),
        date="2015-07-27",
        also=("الطائرة الإمارتية",),
    ),
    E(
        "Diplomacy/Meeting",
        "التقى",
        actor=("يوهانس فانديلا", "فانديلا", "المنسق الإنساني للأمم المتحدة"),
        target=("ممثلي الحكومة اليمنية", "الحكومة اليمنية"),
        place=("مدينة عدن", "عدن"),
        date="2015-07-27",
    ),
    E(
        "Diplomacy/Visit",
        "زيارة مرتقبه",
        actor=("إسماعيل ولد الشيخ", "ولد الشيخ", "المبعوث الدولي"),
        place=("عدن", "اليمن"),
        date="unknown",
        status="planned",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "تحريرها",
        actor=("المقاومة الشعبية",),
        target=("الحوثيين", "القوات الموالية للرئيس اليمني السابق علي صالح"),
        place=("مدينة عدن", "عدن"),
        date="unknown",
    ),
]
F["snn-20150806-00738"] = [
    E(
        "Battles/Government regains territory",
        "استعادت",
        actor=("القوات الموالية للحكومة اليمنية الشرعية", "القوات الموالية للحكومة"),
        target=("المتمردين الحوثيين", "الحوثيين", "حلفائهم"),
        place=("قاعدة العند الجوية", "قاعدة العند", "العند"),
        date="2015-08-04",
        fatalities=70,
        also=("سيطرة القوات على قاعدة العند", "هجوم استمر", "استعادة قاعدة العند", "حوثيا قتلوا"),
    ),
    E(
        "Battles/Government regains territory",
        "إحكامها السيطرة",
        actor=("القوات الموالية للحكومة اليمنية الشرعية", "القوات الموالية للحكومة"),
        place=("مدينة عدن", "عدن"),
        date="2015-07",
        also=("منذ سيطرة القوات الشرعية",),
    ),
    E(
        "Strategic developments/Arrests",
        "أسر",
        at="كما أسر",
        actor=("القوة الشرعية لهادي", "القوات الموالية للحكومة اليمنية الشرعية"),
        target=("10 آخرون", "حوثيا"),
        place=("قاعدة العند", "العند"),
        date="2015-08-04",
    ),
]

if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
