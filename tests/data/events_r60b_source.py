"""Source of tests/data/events_r60b.jsonl: the sixtieth blind event round, part r60b.

7 real articles (SaudiNewsNet politics, 2,876–3,952 characters): the lines of /work/brief/DRAW_r60.tsv
(the saved output of `python tests/data/events_round60_select.py`) whose first column is `r60b`
(selection = events_round60_select.py, seed 6060, part r60b). All 7 kept, none dropped. Annotated by
reading only (2026-11-29): the event coder was never run on these articles and no coder output was read.
Same format and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set);
`build()` comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or two or more
12-word runs with an article of another tests/data/events_*.jsonl set (1,884 articles, checked
2026-11-29 20:46 UTC). Same happenings in other words: the nuclear deal (many rounds), the coalition's
five-day Yemen truce of 26 July (r20a, r24c, r29a and others), the liberation of Aden, the Houthi mines
in Aden (r41c, r53c), the rumoured US base in Tunisia and Essebsi's Washington visit (r42c), the fall
of Idlib and Jisr al-Shughur (r19c, r22b, r59a), the Resistance's taking of Sawda Ghurab (r58a).

Choices (the last rounds' calls followed; columns and interviews: historical asides with a date or a
named happening are coded as historical; aims, habits, aggregates, statements and whole wars are not):
- Lebanese politician interview (00964): the nuclear agreement → *Diplomacy/Agreement*, "unknown" (as
  earlier rounds). Not coded: Nasrallah's appearance, the «حرب خنادق» (a metaphor), Turkey joining the
  coalition against ISIS (a policy, as r23a/r48b), the Taif agreement (a reference, as r58a);
- UN in Aden (00997, Reuters): the UN official's visit to Aden «في مطلع الاسبوع» → *Diplomacy/Visit*
  2015-07 (the text gives no day) and his meeting with the ministers of public works and transport in
  Aden → *Diplomacy/Meeting* 2015-07; the air raids north and west of the city → *Air/drone strike*,
  publication date (present tense; the Saudi-led campaign as actor); the five-day ceasefire from last
  midnight → *Strategic developments/Agreement* 2015-07-26 (as earlier rounds, no actor named); the
  seizure of everything the UN owned and its fleet of vehicles → *Looting/property destruction*,
  historical, "unknown", place Aden (ambiguous: the paragraph names no city); the ships unloading UN aid
  in Aden port and the Saudi and Emirati planes landing at the airport with aid and military supplies
  → two *Diplomacy/Aid*, publication date. Not coded: the Reuters interview, the aid trucks abandoned
  at al-Rubat checkpoint «بسبب القصف والاشتباكات» and the airport buildings «تعرضت للقصف» (undated
  damage; ambiguous), the battle moving north and «المعركة الكبرى الآن تتعلق بتعز» (general), the
  snipers, the officials' flight in March, the four ministers' arrival last week (domestic, as r14a),
  Hadi's move to Saudi Arabia, the displacement;
- Houthi mines (02161): the Houthi withdrawal from al-Houta and Aden under the blows of the Resistance,
  the army and the coalition → two *Government regains territory* (al-Houta, publication date; Aden,
  historical, "unknown", as earlier rounds' liberation of Aden); the mines they laid in Aden's
  neighbourhoods that later killed many civilians → *Remote explosive/landmine/IED*, no date, no number
  (as r41c; the first sentence's accusation its mention); the demining in al-Houta and al-Anad and the
  hundreds of mines removed «خلال اليومين الماضيين» → one *Disrupted weapons use* 2015-08 (ambiguous: the
  two sentences may be two operations); the coalition's mine sweepers given to the Resistance and the
  army → *Diplomacy/Aid*, no date (as r51b; ambiguous: military support); the Resistance's series of
  attacks in al-Bayda (Jahri checkpoint, Jabal Nasas and Karif), about 9 dead → one *Armed clash*; the
  continuing battles in the Hurmuz and al-Hamma mountains (Dhi Na'im) → *Armed clash*; the Resistance
  taking Sawda Ghurab and al-Ajradi → *Non-state actor overtakes territory*; al-Makhdara (Marib) lost to
  the Resistance and tribesmen → *Non-state actor overtakes territory* (the surprise attack its mention),
  after two coalition raids → *Air/drone strike*; the artillery exchange at the al-Jufaina front →
  *Shelling*; the meeting of Resistance field commanders, tribal chiefs and Southern Movement leaders in
  al-Said (Shabwa) → *Diplomacy/Meeting* (ambiguous: non-state, as r24c's army–tribe meeting); the
  clashes «يوم أول من أمس» at al-Qal'a and al-Mahfad with the Houthi convoy sent to Lawdar → *Armed
  clash* 2015-08-04 (both places accepted). Not coded: the mine-laying as such, the residents' warning,
  the sweeping of al-Husseini and the al-Anad triangle (security operations), the agreement to mobilise
  tribal fighters and the call to dismissed soldiers (aims), the convoy's dispatch, the Lawdar front;
- Algeria–Tunisia (00336): the rumoured US base in Tunisia under a «secret» agreement, denied by the
  Tunisian authorities → *Headquarters or base established*, denied (as r42c; the secret agreement is
  the same rumour, not coded apart); Essebsi's visit to Washington «قبل أسابيع» → *Diplomacy/Visit*,
  historical, "unknown"; the military cooperation agreement / memorandum giving Tunisia major non-NATO
  ally status, signed by Marzouk with Kerry → one *Diplomacy/Agreement*, historical, "unknown"; al-
  Jhinaoui's visit to Algeria and his meeting with Bouteflika (and Sellal) → *Visit* and *Meeting*, no
  date; Nidaa Tounes hosting Sarkozy and their joint meeting → *Visit* and *Meeting*, no date
  (ambiguous: a party and a former president); the instructions to Algeria's ambassador to leave Tunisia
  in protest, denied by Algerian sources → *Diplomacy/Sanction*, denied; the ambassador's public meeting
  with the Algerian energy minister and the Tunisian prime minister → *Diplomacy/Meeting*; Algeria's
  support for the Tunisian economy (gas at a preferential price, a 100-million-dollar loan) →
  *Diplomacy/Aid*. Not coded: the 2004 NATO Istanbul summit and the Mediterranean Dialogue (a reference,
  as r55a's Madrid 1991), Sarkozy's statements and the Algerian criticism, the Libyan civil war (generic);
- Saudi–Iranian dialogue column (01043): the nuclear agreement between Iran and the West →
  *Diplomacy/Agreement*, "unknown". Not coded: the IISS closed workshop «قبل أيام» (a track-two
  workshop, as r59c's Asilah forum; ambiguous), Zarif's article in As-Safir, the hundreds of closed
  conferences (generic), the hoped-for Gulf–Iranian dialogue;
- social-media column (00073): negative — the internet cut in Egypt's 25 January revolution, the tear
  gas of its first day, the 1952 revolution, Syria's coups and the 1956 Suez war are asides of a column
  (as r33a/r47a for the Egyptian revolutions; whole wars not coded);
- Jaish al-Islam and Nusra (00074): their agreement signed «أمس» → *Strategic developments/Agreement*
  2015-07-20 (two armed groups, as r25a; Faylaq al-Rahman's mediation part of it); their «تصادم» at the
  Mudeira checkpoint on 12 July → *Armed clash* 2015-07-12 (no casualties given); Jaish al-Fath's taking
  of Idlib city and of Jisr al-Shughur → two *Non-state actor overtakes territory*, historical,
  "unknown" (as r59a); the civilians who went out demanding a Jaish al-Fath in al-Ghouta → *Peaceful
  protest*, historical, "unknown"; Faylaq al-Rahman formed two years ago by the union of 13 factions →
  *Change to group/activity*, historical, 2013 (ambiguous: earlier rounds left some formations uncoded).
  Not coded: the operations room and the removal of the Mudeira checkpoint (pledges), Jaish al-Islam's
  refusal and call, Zahran Alloush's return, the decision to deploy checkpoints, the warning of a clash,
  Nusra's rejection.

Counts: 7 articles, 38 events, 1 negative (Diplomacy 17, Battles 10, Strategic developments 6,
Explosions/Remote violence 4, Protests 1); status: 28 reported, 8 historical, 2 denied.

Run: python tests/data/events_r60b_source.py            (writes events_r60b.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r60b.jsonl")

HOUTHIS = (
    "ميليشيات الحوثيين",
    "الميليشيات",
    "قوات الرئيس المخلوع",
    "المتمردين",
    "ميليشيات الحوثي وصالح",
    "الحوثيين",
)
RESISTANCE = ("المقاومة الشعبية", "مقاتلو المقاومة", "مقاتلي المقاومة الشعبية", "المقاومة")

F: dict[str, list[dict]] = {}

F["snn-20150802-00964"] = [  # interview: a Lebanese politician on the government crisis
    E(
        "Diplomacy/Agreement",
        "الاتفاق النووي",
        actor=("إيران",),
        date="unknown",
        also=("الاتفاق النووي؟",),
    ),
]

F["snn-20150727-00997"] = [  # UN: more aid for Aden as the fighting moves north
    E(
        "Diplomacy/Visit",
        "زيارة",
        actor=("مسؤول بالأمم المتحدة", "يوهانس فان در كلاوو", "فان در كلاوو", "الأمم المتحدة"),
        place=("مدينة عدن", "عدن"),
        date="2015-07",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات جوية",
        actor=("حملة قصف جوي تقودها السعودية", "السعودية"),
        target=("الحوثيين",),
        place=("المدينة", "عدن"),
    ),
    E(
        "Strategic developments/Agreement",
        "وقف إطلاق النار",
        place=("اليمن",),
        date="2015-07-26",
        also=("الهدنة",),
    ),
    E(
        "Strategic developments/Looting/property destruction",
        "الاستيلاء",
        target=("الأمم المتحدة",),
        place=("عدن",),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Meeting",
        "واجتمع",
        actor=("فان در كلاوو", "الأمم المتحدة"),
        target=("وزيري الاشغال العامة والنقل اليمنيين", "وزيري الاشغال العامة والنقل"),
        place=("عدن",),
        date="2015-07",
    ),
    E(
        "Diplomacy/Aid",
        "تفريغ",
        actor=("الأمم المتحدة",),
        place=("ميناء عدن", "عدن"),
        also=("سفن محملة بمساعدات",),
    ),
    E(
        "Diplomacy/Aid",
        "هبطت",
        actor=("طائرات سعودية واماراتية", "سعودية", "اماراتية"),
        place=("المطار", "عدن"),
        also=("تحمل مساعدات وإمدادات عسكرية",),
    ),
]

F["snn-20150806-02161"] = [  # the Houthis plant mines in residential districts
    E(
        "Battles/Government regains territory",
        "انسحابها",
        actor=(
            "مقاتلي المقاومة الشعبية",
            "المقاومة الشعبية",
            "الجيش الوطني الموالي للشرعية",
            "الجيش الوطني",
            "قوات التحالف العربي",
        ),
        target=HOUTHIS,
        place=("مدينتي الحوطة", "الحوطة"),
    ),
    E(
        "Battles/Government regains territory",
        "انسحابها من عدن",
        actor=(
            "مقاتلي المقاومة الشعبية",
            "المقاومة الشعبية",
            "الجيش الوطني الموالي للشرعية",
            "الجيش الوطني",
            "قوات التحالف العربي",
        ),
        target=HOUTHIS,
        place=("عدن",),
        date="unknown",
        status="historical",
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "بزرع",
        actor=("الميليشيات", "ميليشيات الحوثيين", "قوات الرئيس المخلوع"),
        target=("المدنيين الأبرياء", "المدنيين"),
        place=("حي العريش", "العريش", "منطقة دار سعد", "دار سعد", "عدن"),
        also=("زرع الألغام في عدد من الأحياء السكنية", "ضحايا لهذه الألغام"),
    ),
    E(
        "Strategic developments/Disrupted weapons use",
        "إزالة",
        actor=("عناصر المقاومة الشعبية", "خبراء الألغام", "المقاومة الشعبية", "الجيش الوطني"),
        place=("مدينة الحوطة", "الحوطة", "قاعدة العند", "العند", "عدن"),
        date="2015-08",
        also=("تمت إزالتها",),
    ),
    E(
        "Diplomacy/Aid",
        "قدمت",
        actor=("قوات التحالف العربي", "التحالف العربي"),
        target=("للمقاومة والجيش", "المقاومة", "الجيش"),
    ),
    E(
        "Battles/Armed clash",
        "هجماتها",
        actor=RESISTANCE,
        target=("المتمردين", "الانقلابيون"),
        place=("محافظة البيضاء", "البيضاء", "جهري", "جبلي نصص وكريف", "نصص", "كريف"),
        fatalities=9,
        also=("سلسلة هجمات", "واستهدف مقاتلو المقاومة", "العمليات العسكرية", "هذه الهجمات الجديدة"),
    ),
    E(
        "Battles/Armed clash",
        "المعارك",
        actor=RESISTANCE,
        target=("المتمردين",),
        place=("جبال هرمز والحمة", "هرمز", "الحمة", "مديرية ذي ناعم", "ذي ناعم"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطر",
        at="كما سيطر",
        actor=("مقاتلو المقاومة", "المقاومة"),
        target=("المتمردين",),
        place=("موقعي سوداء غراب والأجردي", "سوداء غراب", "الأجردي"),
        also=("وتحريرهما",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "فقدت",
        actor=("مقاتلو المقاومة الشعبية", "المقاومة الشعبية", "رجال القبائل المحلية"),
        target=("ميليشيات الحوثي وصالح",),
        place=("منطقة المخدرة", "المخدرة", "محافظة مأرب", "مأرب"),
        also=("هجوم مباغت",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارتين",
        actor=("طائرات التحالف", "التحالف"),
        target=("ميليشيات الحوثي وصالح",),
        place=("منطقة المخدرة", "المخدرة", "محافظة مأرب", "مأرب"),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصف مدفعي",
        actor=("الطرفان", "ميليشيات الحوثي وصالح", "مقاتلو المقاومة الشعبية"),
        target=("ميليشيات الحوثي وصالح", "مقاتلو المقاومة الشعبية"),
        place=("جبهة الجفينة", "الجفينة", "محافظة مأرب", "مأرب"),
    ),
    E(
        "Diplomacy/Meeting",
        "اجتماعا",
        actor=("القيادات الميدانية للمقاومة", "المقاومة"),
        target=("زعماء القبائل", "قيادات في الحراك الجنوبي", "الحراك الجنوبي"),
        place=("مديرية الصعيد", "الصعيد", "محافظة شبوة", "شبوة"),
        also=("اللقاء",),
    ),
    E(
        "Battles/Armed clash",
        "مواجهات",
        actor=("رجال القبائل المحلية", "مقاتلو المقاومة الشعبية", "المقاومة"),
        target=("المتمردين", "الرتل"),
        place=("مناطق القلعة والمحفد", "القلعة", "المحفد"),
        date="2015-08-04",
        also=("المواجهات دارت", "لهجمات متفرقة"),
    ),
]

F["snn-20150806-00336"] = [  # a «virtual» US base strains Algeria–Tunisia trust
    E(
        "Strategic developments/Headquarters or base established",
        "قاعدة عسكرية أميركية",
        actor=("السلطات الأميركية", "الجانب الأميركي"),
        place=("تونس",),
        status="denied",
        also=("قاعدة أميركية في أي نقطة", "العسكرية الأميركية «الافتراضية»"),
    ),
    E(
        "Diplomacy/Visit",
        "زيارة",
        actor=("الرئيس التونسي الباجي قائد السبسي", "الباجي قائد السبسي"),
        place=("واشنطن",),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Agreement",
        "توقيع",
        actor=("تونس", "محسن مرزوق"),
        target=("الحلف الأطلسي", "واشنطن", "جون كيري"),
        date="unknown",
        status="historical",
        also=("مذكرة تفاهم", "وقع اتفاقية الحلف الأطلسي"),
    ),
    E(
        "Diplomacy/Visit",
        "زار",
        actor=("السفير خميس الجهيناوي", "خميس الجهيناوي"),
        place=("الجزائر",),
    ),
    E(
        "Diplomacy/Meeting",
        "التقى",
        actor=("السفير خميس الجهيناوي", "خميس الجهيناوي"),
        target=(
            "الرئيس الجزائري عبد العزيز بوتفليقة",
            "عبد العزيز بوتفليقة",
            "عبد المالك سلال",
        ),
        place=("الجزائر",),
    ),
    E(
        "Diplomacy/Visit",
        "استضافة",
        actor=("نيكولا ساركوزي", "رئيس فرنسا السابق نيكولا ساركوزي", "ساركوزي"),
        target=("قيادة حزب نداء تونس", "حزب نداء تونس"),
        place=("تونس",),
    ),
    E(
        "Diplomacy/Meeting",
        "اجتماعا مشتركا",
        actor=("قيادة حزب نداء تونس", "حزب نداء تونس"),
        target=("نيكولا ساركوزي", "ساركوزي"),
        place=("تونس",),
        also=("ذلك الاجتماع",),
    ),
    E(
        "Diplomacy/Sanction",
        "بمغادرة",
        actor=("السلطات الجزائرية", "الجزائر"),
        target=("عبد القادر حجار", "سفير الجزائر في تونس", "تونس"),
        status="denied",
    ),
    E(
        "Diplomacy/Meeting",
        "مقابلة علنية",
        actor=("عبد القادر حجار", "السفير الجزائري"),
        target=("رئيس الحكومة التونسية", "وزير الطاقة الجزائري صالح خيري", "صالح خيري"),
        place=("مقر رئيس الحكومة", "تونس"),
        also=("تلك المقابلة",),
    ),
    E(
        "Diplomacy/Aid",
        "دعم",
        at="إجراءات",
        actor=("الجزائر",),
        target=("الاقتصاد التونسي", "تونس"),
        place=("تونس",),
        also=("قرضا",),
    ),
]

F["snn-20150804-01043"] = [  # column: is a Saudi–Iranian dialogue a US demand?
    E(
        "Diplomacy/Agreement",
        "الاتفاق النووي",
        actor=("إيران",),
        target=("الغرب",),
        date="unknown",
        also=("الاتفاق المبرم بين إيران والغرب",),
    ),
]

F["snn-20150727-00073"] = []  # column on social media: asides on 1952, 1956, 2011

F["snn-20150721-00074"] = [  # Jaish al-Islam and al-Nusra settle their dispute in al-Ghouta
    E(
        "Strategic developments/Agreement",
        "اتفاق",
        actor=("«جيش الإسلام»", "جيش الإسلام"),
        target=("«جبهة النصرة»", "جبهة النصرة", "النصرة"),
        place=("الغوطة الشرقية", "الغوطة"),
        date="2015-07-20",
        also=("الاتفاق المؤلف من 5 بنود", "الاتفاق الجديد", "الاتفاق الموقع أمس"),
    ),
    E(
        "Battles/Armed clash",
        "تصادم",
        actor=("«جيش الإسلام»", "جيش الإسلام"),
        target=("«جبهة النصرة»", "جبهة النصرة", "النصرة"),
        place=("بلدة مديرا", "مديرا", "الغوطة"),
        date="2015-07-12",
        also=("تصادم عناصر", "صدام مباشر في 12 يوليو"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرة",
        at="بعد سيطرة",
        actor=("«جيش الفتح»", "جيش الفتح"),
        place=("إدلب",),
        date="unknown",
        status="historical",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرته",
        at="واستكمال",
        actor=("«جيش الفتح»", "جيش الفتح"),
        place=("جسر الشغور",),
        date="unknown",
        status="historical",
    ),
    E(
        "Protests/Peaceful protest",
        "خرج مدنيون",
        actor=("مدنيون",),
        place=("الغوطة",),
        date="unknown",
        status="historical",
    ),
    E(
        "Strategic developments/Change to group/activity",
        "تشكل",
        at="يليها",
        actor=("«فيلق الرحمن»", "فيلق الرحمن"),
        place=("الغوطة",),
        date="2013",
        status="historical",
        also=("اتحاد 13 فصيلاً",),
    ),
]

if __name__ == "__main__":
    print(build(F, OUT), "articles written to", OUT)
