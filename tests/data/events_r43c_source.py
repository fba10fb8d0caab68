"""Source of tests/data/events_r43c.jsonl: the forty-third blind event round, part r43c.

10 real articles (SaudiNewsNet politics, 2,615–3,958 characters): the lines of /work/brief/DRAW_r43.tsv
(the saved output of `python tests/data/events_round43_select.py`) whose first column is `r43c`
(selection = events_round43_select.py, seed 4343, part r43c). All 10 kept, none dropped. Annotated by
reading only (2026-11-29): the event coder was never run on these articles and no coder output was read.
Same format and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set);
`build()` comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or any 12-word run
(three or more) with an article of another tests/data/events_*.jsonl set (checked 2026-11-29, before the
other parts of rounds 43-44 were committed). Same happenings in other words: the nuclear deal, the Taif
agreement, the invasion of Kuwait, the liberation of Aden, the Houthi takeover of Sanaa.

Choices (the last rounds' calls followed):
- Maliki column (00420, opinion): the Taif agreement → *Diplomacy/Agreement*, historical, "unknown" (as
  r42c); the Hamas–Fatah reconciliation in Mecca → *Diplomacy/Agreement*, historical, "unknown"
  (ambiguous: a mediation); the Gulf initiative, the bombings «في بغداد» (generic) and the insults are not
  coded;
- Lebanon (01362): the UNIFIL deputy's tour of the Sahel al-Balat HQ and the Blue Line →
  *Diplomacy/Visit*, no date; the Israeli warplanes violating Lebanese airspace «أمس» →
  *Strategic developments/Other* 2015-08-05 (ambiguous); the cabinet session, the Maronite bishops'
  meeting and the calls to elect a president are domestic sessions and calls, not coded;
- Saif al-Islam column (00303, opinion): NATO's bombing of Libya → *Air/drone strike*, historical,
  "unknown" (the US opening salvo a mention); the bombing of Iraq → *Air/drone strike*, historical,
  "unknown" (its occupation not coded separately); the release of Belhaj and the other prisoners →
  *Strategic developments/Other*, historical (releases are Other); Saif's capture → *Arrests*,
  historical, no place (he was then jailed in Zintan); the death sentence is not coded;
- Basra (00180): the Basra protest in which security forces shot four protesters (killed and wounded, no
  separate toll) → one *Excessive force against protesters* «نهاية الأسبوع الماضي» = 2015-07; the
  protests of the other, unnamed cities are not coded separately (ambiguous); the fist fight between the
  Muwatin and Badr blocs in the provincial council «أول من أمس» → *Riots/Mob violence* 2015-07-23
  (ambiguous: a brawl of officials); Maliki's visit to Basra → *Diplomacy/Visit*, no date; the governor
  calling Saraya Ashura and the feared conflict are not coded;
- Iranian Kurdistan (00157): the Komala–Iranian battles on Mount Sourin and around Marivan → one *Armed
  clash* (first aggregate sentence «معارك ضارية» its first mention; 1 soldier killed); the PJAK clash near
  Sardasht «أول من أمس» → *Armed clash* 2015-08-01, 5 dead (the «7 killed and wounded» a mention); the
  other PJAK clash in Dalahu → *Armed clash*; the Iranian shelling of Sardasht and of Mount Sourin → two
  *Shelling/artillery/missile attack*; the new camps built in July → *Headquarters or base established*
  2015-07 (ambiguous); the nuclear deal → *Diplomacy/Agreement*, "unknown" (as r40c–r42c); the 1994 halt,
  the troop build-up and the threats are not coded;
- Rashed column (00086, opinion): the negotiation meetings of the 1990s → *Diplomacy/Talks*, historical;
  the 2001 agreement → *Diplomacy/Agreement*, historical, 2001; Rafsanjani's visit in 2008 →
  *Diplomacy/Visit*, historical, 2008; the nuclear deal («الاتفاق مع الغرب») → *Diplomacy/Agreement*,
  "unknown"; Yarmouk crimes and the Iranian «operations» (generic) are not coded;
- Kuwait column (00438): the invasion of 2 August 1990 → *Non-state actor overtakes territory*,
  historical, 1990-08-02 (as r40c/r42c); the liberation («حتى تحررت أرضهم») → *Government regains
  territory*, historical, "unknown" (ambiguous); the "Free Kuwait government", curfew and the emir's flight
  are part of the invasion, not coded;
- France column (02008): Hollande at the GCC summit in Riyadh → *Diplomacy/Meeting*, historical,
  "unknown"; the Saudi–French coordination committee in Paris «قبل عدة أيام» → *Diplomacy/Meeting* 2015-07
  and its signed agreements → *Diplomacy/Agreement* 2015-07; the generic visits and exercises not coded;
- Yemen politicians (00759): the liberation of Aden → *Government regains territory*, no date (as r42c);
  the victories in Lawdar, al-Dhale and al-Hawta → one *Government regains territory* (as r42c's listed
  fronts); the Geneva consultations → *Diplomacy/Talks*, historical, "unknown"; the Houthi storming of
  Sanaa in September last year → *Non-state actor overtakes territory*, historical, 2014-09; the planned
  liberation of Sanaa → *Government regains territory*, planned; the truces (their failure) are not coded;
- Syria demography column (00085, opinion): Hezbollah's assault on al-Zabadani → *Armed clash*; Jaish
  al-Fatah's attack on Kafraya and al-Fu'a → *Armed clash*; Ahrar al-Sham's truce negotiations with the
  Iranians → *Diplomacy/Talks*; Hezbollah's capture of al-Qusayr → *Government regains territory*,
  historical, "unknown" (pro-government force); the displacements, Homs destruction and Stalin's
  deportations are not coded.

Run: python tests/data/events_r43c_source.py            (writes events_r43c.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r43c.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150801-00420"] = [  # opinion: Maliki and the Kingdom
    E(
        "Diplomacy/Agreement",
        "اتفاق الطائف",
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Agreement",
        "الإصلاح بين منظمة حماس وفتح",
        actor=("المملكة", "حماس"),
        target=("فتح",),
        place=("مكة المكرمة",),
        date="unknown",
        status="historical",
    ),
]

F["snn-20150806-01362"] = [  # Lebanon: cabinet fails on waste; UNIFIL tour; Israeli overflight
    E(
        "Diplomacy/Visit",
        "زار نائب مدير مهمة الدعم",
        actor=("فاديو بنتدلي", "نائب مدير مهمة الدعم في قوات اليونفيل"),
        place=("معسكر سهل البلاط", "سهل البلاط", "مرجعيون", "قضاء مرجعيون"),
        also=("ينتقل برفقة غوندي إلى المواقع الدولية",),
    ),
    E(
        "Strategic developments/Other",
        "خرق أمس الأجواء اللبنانية",
        actor=("الطيران الحربي الإسرائيلي",),
        place=("حاصبيا", "القطاع الشرقي", "الجنوب اللبناني", "العرقوب"),
        date="2015-08-05",
        also=("منفذا طلعات استكشافية",),
    ),
]

F["snn-20150801-00303"] = [  # opinion: Saif al-Islam's death sentence
    E(
        "Explosions/Remote violence/Air/drone strike",
        "وهو يقصف ليبيا",
        actor=("حلف الناتو", "الناتو"),
        place=("ليبيا",),
        date="unknown",
        status="historical",
        also=("وهو القصف الذي دشنته الولايات المتحدة",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصف العراق",
        place=("العراق",),
        date="unknown",
        status="historical",
    ),
    E(
        "Strategic developments/Other",
        "إطلاق سراح هؤلاء المحكومين",
        actor=("سيف الإسلام", "معمر", "معمر القذافي"),
        target=("عبدالحكيم بلحاج", "هؤلاء المحكومين"),
        date="unknown",
        status="historical",
        also=("العفو عنهم",),
    ),
    E(
        "Strategic developments/Arrests",
        "القبض عليه",
        target=("سيف الإسلام", "سيف الإسلام القذافي"),
        date="unknown",
        status="historical",
    ),
]

F["snn-20150725-00180"] = [  # Basra: protesters shot, brawl in the provincial council
    E(
        "Protests/Excessive force against protesters",
        "مقتل وجرح متظاهرين",
        actor=("قوات أمنية",),
        target=("متظاهرين", "المتظاهرين"),
        place=("البصرة", "شمال البصرة"),
        date="2015-07",
        also=("المظاهرات التي خرجت في مناطق شمال البصرة", "مقتل وجرح أربعة أشخاص من المتظاهرين"),
    ),
    E(
        "Riots/Mob violence",
        "عراك باللكمات",
        actor=("كتلة المواطن", "أعضاء كتلة المواطن"),
        target=("كتلة بدر",),
        place=("مجلس المحافظة", "مجلس محافظة البصرة", "البصرة"),
        date="2015-07-23",
        also=("اشتباك بالأيدي", "عراك بالأيدي"),
    ),
    E(
        "Diplomacy/Visit",
        "زيارته للمدينة",
        actor=("نوري المالكي", "المالكي"),
        place=("البصرة", "المدينة"),
    ),
]

F["snn-20150803-00157"] = [  # Iranian Kurdistan: Kurdish parties fight again
    E(
        "Battles/Armed clash",
        "معارك ضارية",
        actor=("مقاتلي حزب الكوملة", "حزب الكوملة", "القوات الكردية"),
        target=("القوات الإيرانية", "الجيش الإيراني", "القوات الخاصة الإيرانية"),
        place=("جبال سورين", "جبل سورين", "مريوان", "مدينة مريوان"),
        fatalities=1,
        also=("معارك عنيفة بين القوات الإيرانية ومقاتلي حزب الكوملة", "اندلعت معركة ضارية"),
    ),
    E(
        "Diplomacy/Agreement",
        "اتفاق بشأن ملفه النووي",
        actor=("الجيش الإيراني", "إيران", "طهران"),
        target=("الولايات المتحدة", "الدول الخمس العظمى", "دول (5+1)"),
        date="unknown",
        also=("أبرمت اتفاقها النووي",),
    ),
    E(
        "Strategic developments/Headquarters or base established",
        "بناء معسكرات جديدة",
        actor=("طهران",),
        place=("المناطق الكردية", "كردستان إيران"),
        date="2015-07",
        also=("يبني معسكرات جديدة",),
    ),
    E(
        "Battles/Armed clash",
        "اشتبكوا مع القوات الإيرانية",
        actor=("قوات حماية شرق كردستان", "مقاتليها", "مقاتلينا"),
        target=("القوات الإيرانية", "الجيش الإيراني"),
        place=("سردشت", "مدينة سردشت"),
        date="2015-08-01",
        fatalities=5,
        also=("مقتل وإصابة 7 جنود إيرانيين", "اندلعت أول من أمس اشتباكات"),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "وقصفت هذه المناطق",
        actor=("القوات الإيرانية",),
        place=("سردشت", "مدينة سردشت"),
    ),
    E(
        "Battles/Armed clash",
        "اندلعت اشتباكات مسلحة أخرى",
        actor=("مقاتلينا", "قوات حماية شرق كردستان"),
        target=("الجيش الإيراني",),
        place=("دالاهو", "منطقة دالاهو", "كرمانشاه"),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصفت القوات الإيرانية بالمدفعية",
        actor=("القوات الإيرانية",),
        target=("قواتنا", "حزب الكوملة"),
        place=("جبل سورين",),
    ),
]

F["snn-20150802-00086"] = [  # opinion: reconciliation with Iran
    E(
        "Diplomacy/Agreement",
        "الاتفاق مع الغرب",
        actor=("ايران",),
        target=("الغرب",),
        date="unknown",
    ),
    E(
        "Diplomacy/Talks",
        "لقاءات تفاوضية متعددة",
        actor=("دول الخليج",),
        target=("طهران", "ايران"),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Agreement",
        "ووقعت اتفاقية تفصيلية مهمة",
        actor=("دول الخليج",),
        target=("ايران", "طهران"),
        date="2001",
        status="historical",
    ),
    E(
        "Diplomacy/Visit",
        "واستقبلت الشيخ هاشمي رفسنجاني",
        actor=("هاشمي رفسنجاني", "الشيخ هاشمي رفسنجاني"),
        target=("السعودية",),
        place=("جدة", "السعودية"),
        date="2008",
        status="historical",
        also=("أطول زيارة من نوعها",),
    ),
]

F["snn-20150804-00438"] = [  # column: 2 August 1990
    E(
        "Battles/Non-state actor overtakes territory",
        "اجتاحت القوات العراقية",
        actor=("القوات العراقية",),
        place=("الكويت", "دولة الكويت", "الأراضي الكويتية"),
        date="1990-08-02",
        status="historical",
        also=("استولت القوات العراقية", "بالغزو"),
    ),
    E(
        "Battles/Government regains territory",
        "تحررت أرضهم",
        place=("الكويت",),
        date="unknown",
        status="historical",
    ),
]

F["snn-20150721-02008"] = [  # opinion: France, the harmonious ally
    E(
        "Diplomacy/Meeting",
        "حضور فخامة الرئيس الفرنسي",
        actor=("فرانسوا هولاند", "الرئيس الفرنسي"),
        target=("مجلس التعاون لدول الخليج العربي", "مجلس التعاون"),
        place=("الرياض",),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Meeting",
        "بدء أعمال اللجنة التنسيقية",
        actor=("الأمير محمد بن سلمان", "محمد بن سلمان"),
        target=("لوران فابيوس",),
        place=("باريس",),
        date="2015-07",
    ),
    E(
        "Diplomacy/Agreement",
        "وتوقيع عدد كبير من الاتفاقيات",
        actor=("المملكة", "السعودية"),
        target=("فرنسا",),
        place=("باريس",),
        date="2015-07",
    ),
]

F["snn-20150802-00759"] = [  # Yemen: politicians say the Houthis are at their weakest
    E(
        "Battles/Government regains territory",
        "تحرير عدن",
        actor=("مقاتلي المقاومة الشعبية", "المقاومة الشعبية", "أبطال المقاومة الشعبية"),
        target=("الحوثيين", "المتمردين الحوثيين"),
        place=("عدن",),
        also=("فحققوا النصر المؤزر",),
    ),
    E(
        "Battles/Government regains territory",
        "والانتصارات التي يحققها الثوار",
        actor=("الثوار", "المقاومة الشعبية"),
        target=("الحوثيين", "المتمردين الحوثيين"),
        place=("لودر", "الضالع", "الحوطة"),
        also=("فتحقق نفس النصر",),
    ),
    E(
        "Diplomacy/Talks",
        "مشاورات جنيف",
        actor=("الحوثيون",),
        place=("جنيف",),
        date="unknown",
        status="historical",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "اجتياح صنعاء",
        actor=("الانقلاب", "فلول الانقلاب", "الحوثيين"),
        place=("صنعاء",),
        date="2014-09",
        status="historical",
    ),
    E(
        "Battles/Government regains territory",
        "لعملية تحرير العاصمة صنعاء",
        actor=("المقاومة الشعبية", "قيادة المقاومة"),
        place=("صنعاء", "العاصمة صنعاء"),
        status="planned",
        also=("تحرير صنعاء يعد من أولويات",),
    ),
]

F["snn-20150809-00085"] = [  # opinion: Iranian Stalinism and Syrian demography
    E(
        "Battles/Armed clash",
        "اقتحام مدينة الزبداني",
        actor=("مسلحو حزب الله", "حزب الله"),
        target=("مقاتلي الجيش السوري الحر", "الجيش السوري الحر"),
        place=("الزبداني", "مدينة الزبداني"),
        also=("هجوم الحزب عليها", "معركة الزبداني"),
    ),
    E(
        "Diplomacy/Talks",
        "التفاوض مع الطرف الإيراني",
        actor=("حركة أحرار الشام", "أحرار الشام"),
        target=("الطرف الإيراني",),
        also=("انسحب من المفاوضات",),
    ),
    E(
        "Battles/Armed clash",
        "هجوم جيش الفتح",
        actor=("جيش الفتح",),
        place=("كفريا", "الفوعة", "ريف إدلب"),
    ),
    E(
        "Battles/Government regains territory",
        "احتلال حزب الله لمدينة القصير",
        actor=("حزب الله",),
        place=("القصير", "مدينة القصير"),
        date="unknown",
        status="historical",
    ),
]


if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
