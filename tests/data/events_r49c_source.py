"""Source of tests/data/events_r49c.jsonl: the forty-ninth blind event round, part r49c.

8 real articles (SaudiNewsNet politics, 4,009–5,800 characters): the lines of /work/brief/DRAW_r49.tsv
(the saved output of `python tests/data/events_round49_select.py`) whose first column is `r49c`
(selection = events_round49_select.py, seed 4949, part r49c). All 8 kept, none dropped; 32 events, 2
negatives. Annotated by reading only (2026-11-29): the event coder was never run on these articles and
no coder output was read.
Same format and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set);
`build()` comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three or more
12-word runs with an article of another tests/data/events_*.jsonl set (checked 2026-11-29, before the
other parts of rounds 48–49 were committed). Same happenings in other words: the Suruc bombing (many
rounds), Turkey's consent to US use of Incirlik (r6a, r13a, r14b, r15b), the nuclear deal (many
rounds), the Gaza war of 2014 (r26a and later), the Anbar University recapture (r17).

Choices (the last rounds' calls followed):
- Iran column (00959, opinion): the US attack on Iran in 1988 (refineries, platforms, frigates) →
  *Armed clash*, historical, 1988 (as the 1988 IRGC-navy battle of an earlier round); the US siege of
  Iran and the Europeans joining it «قبل أعوام» → two *Diplomacy/Sanction*, historical, "unknown"; Iraq
  gassing the Kurdish villages, Halabja → *Violence against civilians/Attack*, historical, "unknown"; the
  attack on the US embassy in Tehran and the hostage crisis → one *Abduction/forced disappearance*,
  historical, "unknown" (ambiguous: could be a riot); the nuclear deal → *Diplomacy/Agreement*,
  "unknown" (as r36c–r47c); the Iran–Iraq war (named only through US help «فقلبت كفة الحرب»), the
  mining of the Gulf, the axis-of-evil speech, the ICJ ruling and Rouhani's wished visit are background
  or statements, not coded;
- Hodeidah dialysis patients (00024): no event (power cuts, Houthi control of diesel and rotting bodies
  are conditions; «إعدام جماعي» is a figure of speech) → negative;
- terrorism column (00006): no event (Cameron's strategy is a statement; the 3,000 young Muslims gone
  to Syria and Iraq are a tally) → negative;
- Turkey after Suruc (00081): the bombing «أول من أمس» → *Suicide bomb* 2015-07-21 (counted from the
  publication day, as the text says; ISIS, the suspect, and «شاب تركي» accepted as actor; no count
  given); the limited clashes between police and Kurdish protesters → *Riots/Violent demonstration*,
  publication date (ambiguous: could be *Protest with intervention*); the two policemen found shot in
  Ceylanpinar «أمس» → *Armed clash* 2015-07-22, 2 dead, no actor (a state target, as r10a/r11a/r15b; the
  aggregate «حادثان أمنيان» a mention); the bomb defused near the AKP building in Ankara → *Disrupted
  weapons use* 2015-07-22; the campaign that detained «نحو 500 شخص» → one *Arrests*, no date (the
  columnist's «اعتقل المئات» a mention); Turkey listing ISIS as terrorist in 2013 → *Diplomacy/Sanction*,
  historical, 2013; the «منع الدعوة للتجمعات كما حصل في مدينة إسطنبول أمس» (unclear whether a protest
  was stopped), the Twitter block, the 600 expelled / 15,000 barred (tallies), Halis Bayancuk's release
  (a rhetorical comparison) and the feared new attacks are not coded;
- Gaza column (00918, opinion): the 2014 war («الجرف الصامد», 51 days) → one *Armed clash*, historical,
  2014, 2,251 dead (the fact-finding report's toll; the report's «صيف عام 2004» is a typo for 2014);
  the report, the HRC resolution, the campaign against Goldstone, Schabas's resignation, Israel's
  refusal to cooperate, Lieberman's and Yaalon's statements and the feared next war are not coded;
- Incirlik (00182): Turkey's consent, given in the Obama–Erdogan call «يوم الأربعاء» → *Diplomacy/
  Agreement* 2015-07-22 (announced «أمس (الجمعة)»); the call itself → *Diplomacy/Phone call*
  2015-07-22; Davutoglu's visit to Washington, John Allen's visit to Turkey and Hakan Fidan's talks in
  Washington → *Visit*, *Visit*, *Talks*, historical, "unknown"; Turkey agreeing to support the
  train-and-equip programme (Harf) → *Diplomacy/Agreement*, historical, "unknown" (ambiguous); the US
  planes' planned use of the base (a deployment), the 2003 refusal, Assad's bombing of Aleppo (habitual)
  and Hagel's hoped-for deal are not coded;
- Nujaifi interview (00155): the Iraqi demonstrations → *Peaceful protest*, publication date, place
  Iraq (as earlier rounds' service protests); the last meeting of the three presidencies → *Diplomacy/
  Meeting*, no date (ambiguous: domestic); the oil agreement signed with the Kurdistan Region and the
  political agreement document → two *Strategic developments/Agreement*, historical, "unknown"
  (ambiguous: political, not conflict, agreements); the battles of Anbar, the liberation of Mosul (an
  aim), the volunteers' training and the terrorists' sabotage (habitual) are not coded;
- Anbar (00279): the recapture of Anbar University → *Government regains territory* dated 2015-07 («خلال
  الأيام السبعة الماضية»), 200 dead (the «أكثر من 200 مسلح» killed in that operation); «وتقدمها لتحرير
  أول حي سكني» is read as an aim, not coded (ambiguous); the road between Albu Aitha and the Sarmin
  junction freed «صباح اليوم (أمس)» → *Government regains territory* 2015-07-30 (entering Albu Faraj part
  of it); the 11 killed west of Ramadi → *Armed clash*, 11, publication date; the freeing of al-Khairat
  → *Government regains territory*, historical, "unknown"; the governor's meeting with the
  reconstruction committee and the committee's visit to al-Karma → *Diplomacy/Meeting* and *Visit*
  (ambiguous: domestic administration); the coalition strike on the «والي ناحية الصقلاوية» north of
  Fallujah → *Air/drone strike*, no count («عدد من» others besides him); the Babil command killing 10
  suicide attackers west of Ramadi → *Armed clash*, 10; ISIS taking Khalidiya island «منذ عدة أشهر» →
  *Non-state actor overtakes territory*, historical, "unknown" (ambiguous: «منذ» may be read as a state);
  the «أعداد كبيرة» killed, the planted IEDs, the tribes' expulsions of ISIS and the air strikes on
  suicide attackers (general) are not coded.

Negatives: snn-20150722-00024, snn-20150723-00006.

Run: python tests/data/events_r49c_source.py            (writes events_r49c.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r49c.jsonl")

F: dict[str, list[dict]] = {}

F["snn-20150806-00959"] = [  # opinion: victory by Saudi hands, not America's (Iran)
    E(
        "Diplomacy/Sanction",
        "فرضت عليها حصارا",
        actor=("الولايات المتحدة الأمريكية",),
        target=("إيران",),
        date="unknown",
        status="historical",
    ),
    E(
        "Battles/Armed clash",
        "الهجوم الأمريكي على إيران",
        actor=("الأمريكي", "الولايات المتحدة الأمريكية", "أمريكا"),
        target=("إيران",),
        date="1988",
        status="historical",
        also=("مواجهة عسكرية حقيقية", "تدميرها للمصافي"),
    ),
    E(
        "Violence against civilians/Attack",
        "جرائم العراق ضد الأكراد",
        actor=("العراق",),
        target=("الأكراد", "القرى الكردية"),
        place=("حلبجة",),
        date="unknown",
        status="historical",
        also=("ضرب القرى الكردية",),
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "اعتدائها على سفارتها",
        actor=("إيران",),
        target=("سفارتها",),
        place=("طهران",),
        date="unknown",
        status="historical",
        also=("أزمة الرهائن",),
    ),
    E(
        "Diplomacy/Sanction",
        "انضموا للحصار الاقتصادي",
        actor=("حلفائها الأوربيين",),
        target=("إيران",),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Agreement",
        "الاتفاقية",
        at="حلفائها في ",
        actor=("إيران",),
        target=("أمريكا",),
        date="unknown",
        also=("اتفاقية اسرائيلية أمريكية", "هذه الاتفاقية التي سلمت بها إيران"),
    ),
]

F["snn-20150722-00024"] = []  # Hodeidah dialysis patients: negative

F["snn-20150723-00006"] = []  # column: the war on terror as its fuel: negative

F["snn-20150723-00081"] = [  # Turkey after the Suruc bombing
    E(
        "Explosions/Remote violence/Suicide bomb",
        "العملية الانتحارية",
        actor=("تنظيم داعش", "داعش", "شاب تركي"),
        place=("سروج", "مدينة سروج"),
        date="2015-07-21",
        also=("التفجير الانتحاري", "تفجير مدينة سروج", "تفجير سروج الإرهابي", "حادث سروج"),
    ),
    E(
        "Riots/Violent demonstration",
        "مواجهات محدودة",
        actor=("محتجين أكراد",),
        target=("الشرطة",),
        place=("المناطق التركية",),
    ),
    E(
        "Battles/Armed clash",
        "مقتولين",
        target=("شرطيين", "الشرطيين", "الشرطيان"),
        place=("جيلان بينار", "شانلي أورفة"),
        date="2015-07-22",
        fatalities=2,
        also=("حادثان أمنيان", "أصيب الشرطيان بطلقات نارية"),
    ),
    E(
        "Strategic developments/Disrupted weapons use",
        "أبطل",
        actor=("خبراء متفجرات أتراك",),
        place=("أنقرة", "سانجاق تيبيه"),
        date="2015-07-22",
    ),
    E(
        "Strategic developments/Arrests",
        "أوقفوا",
        actor=("تركيا",),
        target=("نحو 500 شخص", "500 شخص"),
        place=("تركيا",),
        also=("اعتقل المئات",),
    ),
    E(
        "Diplomacy/Sanction",
        "وضعت تركيا داعش في قائمة الإرهاب",
        actor=("تركيا",),
        target=("داعش",),
        date="2013",
        status="historical",
    ),
]

F["snn-20150727-00918"] = [  # opinion: Israel's crimes to the Security Council
    E(
        "Battles/Armed clash",
        "مقتل",
        actor=("الجنود الإسرائيليون", "الإسرائيلية", "إسرائيل", "جيش الدفاع الإسرائيلي"),
        target=("فلسطينيا", "الفلسطينيين"),
        place=("غزة", "قطاع غزة"),
        date="2014",
        status="historical",
        fatalities=2251,
        also=("الحرب الإسرائيلية الكبرى", "الحرب الإسرائيلية على غزة 2014", "حرب غزة عام 2014"),
    ),
]

F["snn-20150725-00182"] = [  # Incirlik
    E(
        "Diplomacy/Agreement",
        "وافقت",
        actor=("تركيا",),
        target=("الطائرات الأميركية", "واشنطن"),
        date="2015-07-22",
        also=("الموافقة",),
    ),
    E(
        "Diplomacy/Phone call",
        "اتصال تليفوني",
        actor=("باراك أوباما", "أوباما", "الرئيس الأميركي"),
        target=("رجب طيب إردوغان", "إردوغان", "الرئيس التركي"),
        date="2015-07-22",
        also=("الاتصال التليفوني",),
    ),
    E(
        "Diplomacy/Visit",
        "زيارته إلى واشنطن",
        actor=("أحمد داود أوغلو", "داود أوغلو"),
        place=("واشنطن",),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Agreement",
        "وافقت",
        at="هارف، إن",
        actor=("تركيا",),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Visit",
        "زار تركيا",
        actor=("جون آلن", "قائد قوات التحالف", "بريت ماكغورك"),
        place=("تركيا",),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Talks",
        "محادثات",
        actor=("حقان فيدان", "مدير الاستخبارات التركية"),
        target=("دبلوماسيين واستخباراتيين أميركيين",),
        place=("واشنطن",),
        date="unknown",
        status="historical",
    ),
]

F["snn-20150808-00155"] = [  # Nujaifi interview
    E(
        "Strategic developments/Agreement",
        "وثيقة الاتفاق السياسي",
        actor=("تحالف القوى العراقية",),
        date="unknown",
        status="historical",
    ),
    E(
        "Protests/Peaceful protest",
        "المظاهرات",
        actor=("المتظاهرين",),
        place=("العراق",),
        also=("خروج الناس في مظاهرات",),
    ),
    E(
        "Diplomacy/Meeting",
        "الاجتماع الأخير للرئاسات",
        actor=("الرئاسات",),
    ),
    E(
        "Strategic developments/Agreement",
        "الاتفاق النفطي",
        actor=("العبادي",),
        target=("إقليم كردستان",),
        date="unknown",
        status="historical",
    ),
]

F["snn-20150731-00279"] = [  # Anbar: a kilometre from central Ramadi
    E(
        "Battles/Government regains territory",
        "تحرير مبنى جامعة الأنبار",
        actor=("القوات العراقية",),
        target=("تنظيم داعش", "داعش"),
        place=("جامعة الأنبار", "الرمادي"),
        date="2015-07",
        fatalities=200,
        also=("عملية استعادة السيطرة على مجمع جامعة الأنبار",),
    ),
    E(
        "Battles/Government regains territory",
        "تحرير طريق مهم",
        actor=("قيادة عمليات الأنبار", "قوة أمنية مشتركة"),
        target=("تنظيم داعش", "داعش"),
        place=("تل البو عيثة", "البو عيثة", "عقدة سرمن", "البو فراج", "الرمادي"),
        date="2015-07-30",
        also=("تحرير الطريق الرابط", "الدخول إلى منطقة البو فراج"),
    ),
    E(
        "Battles/Armed clash",
        "قتل 11 مسلحًا",
        actor=("للقوات الأمنية المشتركة", "القوات الأمنية المشتركة", "متطوعي العشائر"),
        target=("مسلحًا",),
        place=("غرب المدينة", "الرمادي"),
        fatalities=11,
    ),
    E(
        "Diplomacy/Meeting",
        "لقاءً تم مع لجنة",
        actor=("الراوي",),
        target=("لجنة",),
    ),
    E(
        "Diplomacy/Visit",
        "زيارة وفد كبير",
        actor=("وفد كبير من هذه اللجنة",),
        place=("قضاء الكرمة",),
    ),
    E(
        "Battles/Government regains territory",
        "تحرير الناحية",
        target=("عصابات تنظيم داعش",),
        place=("ناحية الخيرات", "الخيرات"),
        date="unknown",
        status="historical",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارة",
        actor=("قوات التحالف الدولي", "التحالف الدولي"),
        target=("والي ناحية الصقلاوية", "عارف عبد الرزاق", "حجي عارف", "تنظيم داعش"),
        place=("شمال مدينة الفلوجة", "الفلوجة", "ناحية الصقلاوية", "الصقلاوية"),
        also=("بقصف جوي", "استهداف سيارته", "وأدى القصف"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطر عليها تنظيم داعش",
        actor=("تنظيم داعش",),
        place=("جزيرة الخالدية",),
        date="unknown",
        status="historical",
    ),
    E(
        "Battles/Armed clash",
        "القضاء على 10 إرهابيين",
        actor=("قيادة عمليات بابل",),
        target=("إرهابيين", "انتحاريين", "انتحاري شيشاني"),
        place=("غرب الرمادي", "الشقق السكنية", "الملعب"),
        fatalities=10,
        also=("قتل 10 انتحاريين",),
    ),
]


if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
