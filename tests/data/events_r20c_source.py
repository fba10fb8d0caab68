"""Source of tests/data/events_r20c.jsonl: the twentieth blind event round, part r20c.

14 real articles (SaudiNewsNet politics, 901–1,493 characters): the lines of /work/brief/DRAW_r20.tsv
(the saved output of `python tests/data/events_round20_select.py`) whose first column is `r20c`
(selection = events_round20_select.py, seed 2020, part r20c). All 14 kept, none dropped; 3 of them
report no event (negatives). Annotated by reading only (2026-11-29): the event coder was never run on
these articles and no coder output was read. Same format and guidelines as events_dev_source.py and
events_fresh_source.py (docs/events.md § Dev set); `build()` comes from events_dev_source.py
(SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three 12-word
runs with an article of another tests/data/events_*.jsonl set. Same happenings in other words: the
Suruc bombing (three articles here; many rounds), the nuclear deal (r15b, r16a, r19c), Turkey's Incirlik
consent (r14b, r15b, r17a–c), the Camp David summit (r15b), the tribal fighting in Arhab (r16a).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r19c_source.py):
- Turkish strikes on Zarkala (Rawanduz, east of Erbil) «في الرابعة من صباح أمس» → one *Air/drone
  strike* 2015-08-01, 6 dead; the campaign «أسبوعه الثاني», Ankara's launch of its operation (also «في 24
  يوليو» in the Zarif article), the week's tally of ~260 and the PKK's own count are a campaign and
  tallies, not coded (as r13a/r16b/r17b);
- Mokha: the coalition strikes on the workers' housing «في وقت مبكر أمس» → *Air/drone strike*
  2015-07-25, 50 dead, the strikes on the air-defence, coast-guard and coastal-defence camps «قصفت
  أيضاً» read as a mention of it (same place and day; ambiguous: another target, could be a second
  event); the three strikes on Wadi Dofas (Abyan) → a second *Air/drone strike* 2015-07-25, no count
  («قتلى وجرحى»); the Akad front clashes → *Armed clash*, publication date (the text gives none); the
  coalition's campaign «منذ 26 آذار» (an ongoing campaign with «تواصل») and the reinforcements are not
  coded;
- Carter in Jeddah: «محادثات» with King Salman → *Diplomacy/Talks*, publication date; the nuclear deal →
  *Agreement*, date "unknown" (as r19c); the Camp David summit «في مايو» → *Meeting*, historical, 2015-05
  (as r15b); King Salman's September trip → *Visit* and his meeting with Obama → *Meeting*, both
  planned, 2015-09;
- Silopi: the clash «ليل الخميس/ الجمعة» → *Armed clash* 2015-08-06 (the first day of the night, as
  r13a), 3 dead (the rebels who died in hospital), the PKK attack and the shooting at the police its
  mentions; the Suruc bombing «في 20 يوليو» → *Suicide bomb*, ISIS (attributed) as actor, 32 dead; the
  Kurdish retaliation «على الفور» (no date, place or count) and the Turkish raids «حتى الآن» are not coded;
- Arhab: the tribesmen–Houthi fighting «صباح أمس» → one *Armed clash* 2015-08-09, 35 dead (the
  Houthis' stated total), the shell that killed the 12 gunmen and the burning of the vehicles its
  mentions (same place and day); the attempted arrest, the 11 captured and the race for the hills are
  not coded separately; the Houthis' capture of the Aden–Hadramawt road «خلال الأيام الماضية» →
  *Non-state actor overtakes territory*, 2015-08 (ambiguous: in a relative clause); the army's arrival
  in Khanfar «تأهبا لتطهير» (an aim) is not coded;
- Milliyet: the dismissal and Erdogan's May lawsuit are not events; the Suruc bombing → *Suicide bomb*
  2015-07-20 («الإثنين»), 32 dead; the gendarmerie's interception of the trucks carrying mortar shells
  «في يناير 2014» → *Strategic developments/Disrupted weapons use*, historical, 2014-01 (a weapons
  seizure, as r16c; ambiguous: *Other*);
- Erdogan on Suruc: the bombing «أمس» → *Suicide bomb* 2015-07-20, 30 dead (this text's count), ISIS
  (suspected by officials) as actor; the suicide car bomb in Kobani «بعد دقائق» → a second *Suicide
  bomb*, same day, no actor; Erdogan's visit to northern Cyprus → *Diplomacy/Visit*, publication date;
  ISIS's seizure of large areas «السنة الماضية» → *Non-state actor overtakes territory*, historical,
  2014 (Iraq and Syria both accepted; ambiguous: one event for two countries); Turkey's occupation of
  northern Cyprus «منذ 1974» is a state, not coded;
- Quneitra: the Israeli strike on a car in al-Hadar «أول من أمس» → *Air/drone strike* 2015-07-29,
  5 dead (2 Hezbollah + 3 popular committees; al-Manar's version a mention); the strike that killed
  Jihad Mughniyeh → *Air/drone strike*, historical, date "unknown"; «مرات كثيرة» is generic;
- Zarif: the postponed visit is not coded (as cancelled meetings); Turkey's consent to cooperate and to
  open Incirlik → one *Diplomacy/Agreement*, historical, date "unknown" (the text gives none);
- Yemen round-up: «ليلة الجمعة» of a Friday article → 2015-07-30 (as r15c); the Resistance attack on a
  Houthi point in al-Urouq (al-Bayda) → *Armed clash*, 3 dead; the two coalition raids on Sirwah (Marib)
  → *Air/drone strike*, same night; the Jabal Sabr fighting (18 + 7 = 25 dead) and the storming of Tabat
  Masoud → one *Non-state actor overtakes territory* (clashes leading to a takeover are its mention),
  2015-07-30 (ambiguous: the toll is not dated and could be a separate clash); al-Alam triangle at
  Aden's entrance «الخميس» → *Non-state actor overtakes territory* 2015-07-30; the chief of staff's and
  Asiri's statements are not events;
- Sanaa emergency: the Muscat negotiations with a Houthi delegation → *Diplomacy/Talks*, publication
  date; the state of emergency (as r16a, ambiguous: *Strategic developments/Other*), the new
  checkpoints, «اقتراب المقاومة من تحرير أبين» (not completed) and the draft agreement (a proposal) are
  not coded.

Negatives (3): snn-20150727-00524 (a basketball match), snn-20150726-01329 (an opinion column; the
nuclear deal named in passing is not coded here, ambiguous given r19c), snn-20150806-02184 (the Taiz
initiatives and offers are proposals; the calls to Mikhlafi are vague, not coded).

Run: python tests/data/events_r20c_source.py            (writes events_r20c.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r20c.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150802-00809"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات",
        actor=("الطائرات التركية", "المقاتلات التركية", "تركيا"),
        target=("حزب العمال الكردستاني", "حزب العمال"),
        place=("قرية زركلة", "زركلة", "منطقة رواندز", "رواندز", "أربيل", "شمال العراق"),
        date="2015-08-01",
        fatalities=6,
        also=("استهدفت المقاتلات التركية", "قتلوا في الغارات", "غارات أمس"),
    ),
]
F["snn-20150726-00462"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات",
        actor=("قوات التحالف العربي", "التحالف العربي", "طيران التحالف"),
        target=("مدنياً", "المدينة السكنية لعمال وموظفي محطة الكهرباء"),
        place=("مدينة المخأ", "المخأ", "محافظة تعز", "تعز"),
        date="2015-07-25",
        fatalities=50,
        also=("طيران التحالف استهدف", "قصفت أيضاً"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات",
        at="جراء ثلاث",
        actor=("طيران التحالف العربي", "التحالف العربي"),
        target=("قوات جماعة أنصار الله الحوثية", "أنصار الله", "الحوثية", "علي عبد الله صالح"),
        place=("وادي دوفس", "محافظة أبين", "أبين"),
        date="2015-07-25",
        also=("القصف أدى",),
    ),
    E(
        "Battles/Armed clash",
        "اشتباكات",
        actor=("الحوثيين", "قوات صالح"),
        target=("المقاومة الشعبية",),
        place=("جبهة «عكد»", "عكد", "محافظة أبين", "أبين"),
    ),
]
F["snn-20150723-00482"] = [
    E(
        "Diplomacy/Talks",
        "محادثات",
        actor=("وزير الدفاع الأمريكي آشتون كارتر", "آشتون كارتر", "كارتر"),
        target=("الملك سلمان",),
        place=("جدة", "المملكة"),
        also=("خلال المحادثات", "مباحثاته في جدة"),
    ),
    E(
        "Diplomacy/Agreement",
        "الاتفاق النووي",
        actor=("إيران",),
        date="unknown",
        also=("للاتفاق",),
    ),
    E(
        "Diplomacy/Meeting",
        "قمة في كامب ديفيد",
        actor=("دول الخليج",),
        place=("كامب ديفيد",),
        date="2015-05",
        status="historical",
    ),
    E(
        "Diplomacy/Visit",
        "سيزور",
        actor=("الملك سلمان",),
        place=("الولايات المتحدة",),
        date="2015-09",
        status="planned",
    ),
    E(
        "Diplomacy/Meeting",
        "ويلتقي",
        actor=("الملك سلمان",),
        target=("الرئيس باراك أوباما", "باراك أوباما", "أوباما"),
        place=("الولايات المتحدة",),
        date="2015-09",
        status="planned",
    ),
]
F["snn-20150807-00188"] = [
    E(
        "Battles/Armed clash",
        "اشتباكات",
        actor=("قوات الأمن التركية",),
        target=("المتمردين", "متمردين أكراد", "متمردي حزب العمال الكردستاني", "حزب العمال الكردستاني"),
        place=("بلدة شيلوبي", "شيلوبي", "مقاطعة شيرناك", "شيرناك"),
        date="2015-08-06",
        fatalities=3,
        also=("تبادل لإطلاق النار", "هاجموا عناصر من قوات الأمن", "ووقعت الاشتباكات", "أطلق مسلحون النار"),
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "هجوم انتحاري",
        actor=("تنظيم داعش", "داعش"),
        target=("ناشطا كرديا",),
        place=("سوروتش",),
        date="2015-07-20",
        fatalities=32,
    ),
]
F["snn-20150810-01057"] = [
    E(
        "Battles/Armed clash",
        "مواجهات",
        at="ففي محافظة أرحب",
        actor=("مقاتلي القبائل", "القبائل", "الأهالي", "أبناء قرية الجنادية", "أهالي القرية"),
        target=("ميليشيات الانقلابيين", "الانقلابيين", "المسلحين", "المتمردين"),
        place=("محافظة أرحب", "أرحب", "قرية الجنادية", "الجنادية"),
        date="2015-08-09",
        fatalities=35,
        also=("وأطلقوا قذيفة", "بادر السكان إلى مهاجمتها"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطروا",
        actor=("الانقلابيين",),
        place=("طريق عدن – حضرموت",),
        date="2015-08",
    ),
]
F["snn-20150727-00524"] = []  # a basketball match: not an event
F["snn-20150724-01444"] = [
    E(
        "Explosions/Remote violence/Suicide bomb",
        "الهجوم الانتحاري",
        actor=("تنظيم داعش", "داعش"),
        place=("سوروتش",),
        date="2015-07-20",
        fatalities=32,
        also=("الهجوم الذي أوقع", "اعتداء سوروتش"),
    ),
    E(
        "Strategic developments/Disrupted weapons use",
        "اعترضتها",
        actor=("قوة درك تركية",),
        target=("شاحنات مؤجرة رسمياً لصالح منظمة انسانية", "شاحنات", "قذائف هاون"),
        place=("الحدود السورية",),
        date="2014-01",
        status="historical",
    ),
]
F["snn-20150721-01427"] = [
    E(
        "Explosions/Remote violence/Suicide bomb",
        "الهجوم الانتحاري",
        actor=("داعش",),
        target=("مركز ثقافي",),
        place=("مدينة سوروتش", "سوروتش"),
        date="2015-07-20",
        fatalities=30,
        also=("ووقع الانفجار", "الاعتداء الانتحاري"),
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "فجر انتحاري نفسه",
        place=("مدينة كوباني السورية", "كوباني"),
        date="2015-07-20",
    ),
    E(
        "Diplomacy/Visit",
        "زيارة",
        actor=("اردوغان", "إردوغان", "رجب طيب إردوغان"),
        place=("الشطر الشمالي من قبرص", "قبرص"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطر",
        actor=("داعش",),
        place=("العراق", "سورية"),
        date="2014",
        status="historical",
    ),
]
F["snn-20150731-01363"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارة",
        actor=("الطيران الحربي الإسرائيلي", "طائرة إسرائيلية", "الإسرائيلي"),
        target=("حزب الله اللبناني", "حزب الله", "عناصره", "سيارة"),
        place=("بلدة الحضر", "الحضر", "ريف القنيطرة", "القنيطرة"),
        date="2015-07-29",
        fatalities=5,
        also=("استهدفت سيارة", "قتلا في الغارة"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "الغارة",
        at="آخرها",
        actor=("الجيش الإسرائيلي",),
        target=("جهاد نجل المسؤول العسكري السابق عماد مغنية", "جهاد", "ضباط أمن إيرانيون"),
        place=("سورية",),
        date="unknown",
        status="historical",
    ),
]
F["snn-20150811-01058"] = [
    E(
        "Diplomacy/Agreement",
        "ووافقت",
        actor=("تركيا",),
        target=("الولايات المتحدة", "واشنطن", "التحالف العسكري بقيادة واشنطن"),
        place=("قاعدة انجرليك الجوية", "قاعدة انجرليك", "انجرليك"),
        date="unknown",
        status="historical",
        also=("وسمحت",),
    ),
]
F["snn-20150726-01329"] = []  # opinion column: statements, generic wars; the nuclear deal named in passing
F["snn-20150731-01640"] = [
    E(
        "Battles/Armed clash",
        "قتل",
        actor=("لجان المقاومة الشعبية", "المقاومة الشعبية"),
        target=("الحوثيين", "المتمردين"),
        place=("منطقة العروق", "العروق", "مديرية الشرية", "الشرية", "محافظة البيضاء", "البيضاء"),
        date="2015-07-30",
        fatalities=3,
        also=("هجوم للجان",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات",
        actor=("طيران التحالف", "التحالف"),
        target=("المتمردين", "الحوثيين", "ميليشيات علي عبد الله صالح"),
        place=("منطقة صرواح", "صرواح", "محافظة مأرب", "مأرب"),
        date="2015-07-30",
        also=("أغار",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "المواجهات",
        actor=("المقاومة الشعبية", "المقاومة"),
        target=("الحوثين وميليشيات صالح", "الحوثين", "ميليشيات صالح"),
        place=("موقع تبة مسعود", "تبة مسعود", "جبل صبر", "تعز"),
        date="2015-07-30",
        fatalities=25,
        also=("اقتحام موقع تبة مسعود",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرت",
        actor=("المقاومة الشعبية",),
        place=("منطقة مثلث العلم", "مثلث العلم", "مدينة عدن", "عدن"),
        date="2015-07-30",
    ),
]
F["snn-20150806-02184"] = []  # initiatives and offers (proposals), vague calls: not coded
F["snn-20150810-00114"] = [
    E(
        "Diplomacy/Talks",
        "المفاوضات",
        actor=("وفد حوثي",),
        place=("مسقط",),
        also=("المحادثات",),
    ),
]

if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
