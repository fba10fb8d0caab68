"""Source of tests/data/events_r51a.jsonl: the fifty-first blind event round, part r51a.

8 real articles (SaudiNewsNet politics, 4,192–5,990 characters): the lines of /work/brief/DRAW_r51.tsv
(the saved output of `python tests/data/events_round51_select.py`) whose first column is `r51a`
(selection = events_round51_select.py, seed 5151, part r51a). All 8 kept, none dropped. Annotated by
reading only (2026-11-29): the event coder was never run on these articles and no coder output was read.
Same format and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set);
`build()` comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three or more
12-word runs with an article of another tests/data/events_*.jsonl set (checked 2026-11-29, before the
other parts of rounds 50-51 were committed). Same happenings in other words: the Duma arson, Meir
Ettinger's arrest and the Tabgha church arson (r48a and earlier), the Vienna nuclear agreement, the Doha
trilateral meeting, the Gaza car bombs of 19 July.

Choices (the last rounds' calls followed):
- Ettinger's arrest (00277): the arrest «الليلة قبل الماضية» → *Arrests* 2015-08-04 (place: the text
  names none for the arrest; «إسرائيل» accepted); the Duma arson, a background mention → *Violence against
  civilians/Attack*, "unknown", 1 dead (as the Palestinian-reshuffle call), no actor (the text names only
  «منفذي العملية»); the Tabgha church arson «في يونيو» → historical *Looting/property destruction*
  2015-06 (as r48a); the Molotov cocktail on Ayelet Shapira's father's car «قبل ثمانية أشهر» → historical
  *Violence against civilians/Attack* 2014-12 (ambiguous); the Israeli shelling of Dr Abu al-Aish's home in
  Gaza during «الرصاص المسكوب» (three daughters) → historical *Shelling/artillery/missile attack*,
  "unknown", 3 dead (unspecified «القصف», as fresh). Not coded: the planned administrative detention, the
  cabinet decision, the habitual arson of mosques and churches, the solidarity visits to the hospital;
- Tehran vs Doha trilateral column (00059): the Doha meeting Lavrov–Kerry–al-Jubeir «يوم الاثنين
  الماضي» → *Diplomacy/Meeting* 2015-08-03; Bogdanov landing in Tehran → *Diplomacy/Visit*; the Tehran
  meeting Bogdanov–Zarif–al-Muallem → *Diplomacy/Meeting*; the nuclear agreement with the Western states
  and the recent US–Turkey agreement on safe zones → two *Diplomacy/Agreement*, "unknown". Not coded: the
  Iranian initiative (a proposal), the vetoes and failed missions (historical generalities), the barrel
  bombs (a habit), the US warning and air-cover decision, the statements;
- Zabadani, four fronts (00143): the fighting in Zabadani (the opposition counter-attack, the tanks
  destroyed, the checkpoints stormed; the regime/Hezbollah offensive) → one *Armed clash*; the Jobar water
  unit taken after fierce clashes → *Non-state actor overtakes territory* (the renewed attack on Jobar and
  the aggregate «أشعلت … أربع جبهات» its `also`); the renewed attacks on Daraa → *Armed clash*; the rebels'
  shelling of al-Fu'ah and Kafriya → one *Shelling* (adjacent villages); the rockets towards Qardaha →
  *Shelling*; the regime's arrest campaign against Zabadani's displaced in Bloudan → *Arrests*; the direct
  Iranian–Ahrar al-Sham negotiations in Turkey «أول من أمس» → *Diplomacy/Talks* 2015-07-25 (reported by an
  activist; ambiguous). Not coded: the 880 barrel bombs «خلال عشرين يوما» (a tally), the Iranian truce
  proposal, the council's mandate and the delegation (not yet negotiating), the rebel commanders' meeting
  before the Daraa battle (internal, ambiguous), the request to de Mistura;
- Abu Omar al-Najdi column (00551): negative — an essay on lone terrorism; the text alludes to the
  bomber's family and uncle but reports no act (ambiguous);
- Ramallah / Saudi role (01020): Abbas's coming visit to Saudi Arabia → *Diplomacy/Visit*, planned; the
  Mecca agreement → *Diplomacy/Agreement*, historical, "unknown" (as the earlier Mecca call); the killing
  of Mohammed Alawneh during confrontations in Burqin «فجر امس» → *Riots/Violent demonstration* 2015-07-22,
  1 dead, no actor, the army the target (as the «أثناء مواجهات» call); the raid's arrest of sheikh Ali
  Ateeq's son → *Arrests* 2015-07-22 (same raid); Hotovely's meeting with the Dutch ambassador and European
  MPs «امس» → *Diplomacy/Meeting* 2015-07-22. Not coded: the settlers' storming of al-Aqsa (as r13a/r18a),
  the settlement approvals and funding, the reconstruction, the Knesset speaker's tour of Sa-Nur with
  settlers and the settlers protesting a court decision (ambiguous), the 2014 war, the capture of Oron
  Shaul's body a year earlier (ambiguous), the warnings and statements;
- Yarmouk "Vietnam" column (00942): the Sabra and Shatila massacre «في العام 1982» → historical *Violence
  against civilians/Attack*, 1982 (a column's historical aside, as r49a's bombings); the regime's double
  offensive towards Quneitra and Daraa that stopped after three days → one historical *Armed clash*,
  "unknown" (ambiguous: two places, no day); the ISIS attack in Yarmouk on the pro-regime Palestinian
  factions → *Armed clash*; the camp's fall into ISIS's hands → *Non-state actor overtakes territory*,
  historical, "unknown". Not coded: the predicted battles and massacres, the siege (a tally of deaths over
  two years), the regime's habitual barrels in Douma, the caliphate in Raqqa;
- economy or the bomb column (00974): the Vienna nuclear agreement → *Diplomacy/Agreement*, "unknown".
  Not coded: the submission to the Security Council, the veto pledge, the Saudi call, the speeches;
- Hamas "sixth sense" column (00151): the Hamas leadership in Mecca as King Salman's guest → *Diplomacy/
  Visit*, "unknown"; the signing of the nuclear agreement → *Diplomacy/Agreement*, "unknown"; the five car
  bombs in Gaza → *Remote explosive/landmine/IED*, "unknown" (the text gives no day), target Hamas.
  Not coded: Hamas leaving Damascus, the slogans and the Khosrow statue, Iran's support for Armenia, the
  past Katyusha fire (a habit).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r51a.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150806-00277"] = [  # Kahane's grandson arrested
    E(
        "Strategic developments/Arrests",
        "اعتقلت",
        actor=("الشرطة الإسرائيلية", "الشاباك"),
        target=("مئير أتينغر", "أتينغر"),
        place=("إسرائيل",),
        date="2015-08-04",
        also=("تنفيذ الاعتقال", "اعتقال موكله"),
    ),
    E(
        "Violence against civilians/Attack",
        "إحراق عائلة الدوابشة",
        target=("عائلة الدوابشة", "الطفل علي دوابشة", "علي دوابشة"),
        place=("قرية دوما", "دوما"),
        date="unknown",
        fatalities=1,
        also=("قتل الطفل علي دوابشة", "عملية دوما", "حرق منزل عائلة دوابشة"),
    ),
    E(
        "Strategic developments/Looting/property destruction",
        "إحراق كنيسة الطابغة",
        actor=("الخلية", "أتينغر"),
        target=("كنيسة الطابغة",),
        place=("طبريا", "كنيسة الطابغة"),
        date="2015-06",
        status="historical",
    ),
    E(
        "Violence against civilians/Attack",
        "رشق قنبلة مولوتوف",
        target=("إييلت شبيرا", "سيارة والدها"),
        place=("الضفة الغربية",),
        date="2014-12",
        status="historical",
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "القصف الإسرائيلي لبيته",
        target=("بيته", "ثلاثا من بناته"),
        place=("غزة",),
        date="unknown",
        status="historical",
        fatalities=3,
    ),
]

F["snn-20150808-00059"] = [  # opinion: the Tehran trilateral against the Doha one
    E(
        "Diplomacy/Visit",
        "هبط",
        actor=("ميخائيل بوغدانوف", "بوغدانوف"),
        place=("طهران",),
    ),
    E(
        "Diplomacy/Meeting",
        "اللقاء الثلاثي",
        actor=("لافروف", "سيرغي لافروف"),
        target=("جون كيري", "كيري", "عادل الجبير", "الجبير"),
        place=("قطر", "الدوحة"),
        date="2015-08-03",
        also=("اللقاء الثلاثي بين لافروف وكيري والجبير", "ثلاثية الدوحة", "اللقاء الثلاثي في الدوحة"),
    ),
    E(
        "Diplomacy/Meeting",
        "اللقاء الثلاثي بين بوغدانوف",
        actor=("بوغدانوف",),
        target=("محمد جواد ظريف", "ظريف", "وليد المعلم", "المعلم"),
        place=("طهران",),
        also=("ثلاثية طهران", "اللقاء الثلاثي في طهران", "لقاءات طهران"),
    ),
    E(
        "Diplomacy/Agreement",
        "الاتفاق النووي",
        actor=("إيران",),
        target=("الدول الغربية",),
        date="unknown",
    ),
    E(
        "Diplomacy/Agreement",
        "الاتفاق الأخير",
        actor=("أميركا",),
        target=("تركيا",),
        date="unknown",
    ),
]

F["snn-20150727-00143"] = [  # Zabadani and four opposition fronts
    E(
        "Battles/Armed clash",
        "هجوما مضادا",
        actor=("قوات المعارضة", "ثوار الزبداني"),
        target=("قوات النظام", "النظام", "حزب الله"),
        place=("الزبداني", "مدينة الزبداني"),
        also=(
            "تدمير ثلاث دبابات",
            "نجحوا في قتل عناصر الحاجزين",
            "الهجوم على الزبداني",
            "الحملة العنيفة التي تتعرض لها المدينة",
        ),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "السيطرة الكاملة",
        actor=("قوات المعارضة", "الفيلق"),
        target=("قوات النظام",),
        place=("حي جوبر الدمشقي", "جوبر", "حي جوبر", "دمشق"),
        also=("أشعلت", "جددت هجومها على بلدة جوبر", "اشتباكات عنيفة"),
    ),
    E(
        "Battles/Armed clash",
        "إطلاق هجمات ضد مدينة درعا",
        actor=("قوات المعارضة", "مقاتلو المعارضة"),
        place=("مدينة درعا", "درعا"),
        also=("جدد مقاتلو المعارضة هجومهم",),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصف قريتي الفوعة وكفريا",
        actor=("الثوار", "قوات المعارضة"),
        target=("الفوعة", "كفريا", "قريتي الفوعة وكفريا"),
        place=("الفوعة", "كفريا", "ريف إدلب", "محافظة إدلب", "إدلب"),
        also=("عمليات الثوار في الشمال", "حملة القصف الذي يستهدف بلدتي كفريا والفوعة"),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "إطلاق صواريخ باتجاه القرداحة",
        actor=("قوات المعارضة",),
        target=("القرداحة",),
        place=("القرداحة",),
        also=("الهجوم على القرداحة",),
    ),
    E(
        "Strategic developments/Arrests",
        "حملة اعتقالات",
        actor=("قوات النظام", "النظام"),
        target=("نازحي الزبداني",),
        place=("بلودان",),
    ),
    E(
        "Diplomacy/Talks",
        "تفاوض مباشر",
        actor=("الإيرانيين",),
        target=("حركة أحرار الشام", "أحرار الشام"),
        place=("تركيا",),
        date="2015-07-25",
        also=("المباحثات",),
    ),
]

F["snn-20150721-00551"] = []  # opinion: lone terrorism (negative)

F["snn-20150723-01020"] = [  # Ramallah: Abbas to visit the Kingdom, West Bank news
    E(
        "Diplomacy/Visit",
        "سيزور",
        actor=("محمود عباس", "عباس"),
        place=("المملكة العربية السعودية", "السعودية"),
        status="planned",
    ),
    E(
        "Diplomacy/Agreement",
        "اتفاق مكة",
        place=("مكة",),
        date="unknown",
        status="historical",
        also=("إعلان المصالحة الأول",),
    ),
    E(
        "Riots/Violent demonstration",
        "مواجهات",
        at="استشهد فجر امس",
        target=("قوات الاحتلال",),
        place=("برقين",),
        date="2015-07-22",
        fatalities=1,
        also=("استشهد", "أطلق النار"),
    ),
    E(
        "Strategic developments/Arrests",
        "واعتقلت نجله",
        actor=("آلية عسكرية", "قوات الاحتلال"),
        target=("نجله",),
        place=("برقين",),
        date="2015-07-22",
    ),
    E(
        "Diplomacy/Meeting",
        "واجتمعت",
        actor=("حوطوفلي", "تسيبي حوطوفلي"),
        target=("سفير هولندا", "أعضاء برلمان أوروبيين"),
        date="2015-07-22",
    ),
]

F["snn-20150801-00942"] = [  # opinion: Assad and Nasrallah in the Yarmouk "Vietnam"
    E(
        "Violence against civilians/Attack",
        "مجزرة صبرا وشاتيلا",
        actor=("شاروون",),
        target=("صبرا وشاتيلا",),
        place=("صبرا وشاتيلا",),
        date="1982",
        status="historical",
        also=("مجزرة صبرا وشاتيلا التي ارتكبها شاروون",),
    ),
    E(
        "Battles/Armed clash",
        "بهجوم مزدوج",
        actor=("النظام", "حزب الله"),
        target=("فصائل المعارضة",),
        place=("القنيطرة", "درعا"),
        date="unknown",
        status="historical",
    ),
    E(
        "Battles/Armed clash",
        'هجوم "داعش"',
        actor=("داعش",),
        target=("فصائل سورية متحالفة مع النظام", "حماس", "أنصار بيت المقدس"),
        place=("اليرموك", "مخيم اليرموك"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "وسقوطه في قبضة",
        actor=("داعش",),
        place=("مخيم اليرموك", "اليرموك"),
        date="unknown",
        status="historical",
    ),
]

F["snn-20150721-00974"] = [  # opinion: economy or the bomb
    E(
        "Diplomacy/Agreement",
        "للاتفاق النووي",
        actor=("إيران",),
        place=("فيينا",),
        date="unknown",
        also=("الموقع في فيينا", "توقيع الاتفاقية النووية"),
    ),
]

F["snn-20150725-00151"] = [  # opinion: the Hamas leadership's sixth sense
    E(
        "Diplomacy/Agreement",
        "توقيع الاتفاق النووي الإيراني",
        actor=("إيران",),
        target=("أميركا",),
        place=("فيينا",),
        date="unknown",
        also=("الاتفاق في فيينا",),
    ),
    E(
        "Diplomacy/Visit",
        "في ضيافة الملك سلمان",
        actor=("حماس", "قيادة حماس"),
        target=("الملك سلمان بن عبد العزيز", "الملك سلمان"),
        place=("مكة المكرمة", "مكة"),
        date="unknown",
        also=("ذهبت حماس إلى مكة",),
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "بتفجير خمس سيارات مفخخة",
        target=("قيادة حماس", "حماس"),
        place=("غزة",),
        date="unknown",
    ),
]


if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
