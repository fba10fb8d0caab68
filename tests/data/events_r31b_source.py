"""Source of tests/data/events_r31b.jsonl: the thirty-first blind event round, part r31b.

10 real articles (SaudiNewsNet politics, 1,723–2,495 characters): the lines of /work/brief/DRAW_r31.tsv
(the saved output of `python tests/data/events_round31_select.py`) whose first column is `r31b`
(selection = events_round31_select.py, seed 3131, part r31b). All 10 kept, none dropped; 2 are
negatives. Annotated by reading only (2026-11-29): the event coder was never run on these articles and
no coder output was read. Same format and guidelines as events_dev_source.py and events_fresh_source.py
(docs/events.md § Dev set); `build()` comes from events_dev_source.py (SaudiNewsNet articles by
reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three 12-word
runs with an article of another tests/data/events_*.jsonl set (checked at 09:35 UTC). Same happenings in
other words: the Iranian nuclear deal (r15b, r19c, r30b …), the coalition's humanitarian truce of 26
July (fresh, r20a, r21a, r22a), the Houthi taking of Sanaa (r13b, r15a, r26c), Lavrov's Doha talks
(fresh), the liberation of Aden (many rounds).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r30c_source.py):
- al-Jubeir/Mogherini (Riyadh): the joint press conference and «الاجتماعات الموسعة» with Mogherini →
  one *Diplomacy/Meeting*, publication date («الاجتماع تناول» and «المباحثات» its mentions); her visit to
  the Kingdom → *Diplomacy/Visit*; the nuclear deal → *Diplomacy/Agreement*, "unknown" (as r30b); the
  humanitarian truce requested by Hadi and backed by the coalition → *Strategic developments/
  Agreement*, "unknown" (as r21a/r21c; the text gives no day); the condemnation of Iranian statements,
  the Iraqi reforms «تم الاتفاق عليها في الصيف الماضي» (a domestic political accord; ambiguous) and the
  talk on Syria, Libya and Palestine are not coded;
- Lavrov column (negative, opinion): the Geneva meeting, Putin's trip to the region, the naval show in
  Tartus and the nuclear deal are named as argument (as r26b/r26c);
- Saudi media on the nuclear deal: the deal → *Diplomacy/Agreement*, "unknown"; the cartoons, columns
  and the Saudi official's statement to Reuters are not events;
- «سوريا والخيارات السيئة» (negative, opinion): Turkey's military operation (a campaign, as r22b) and
  Tunisia's restoration of relations with Damascus (no sub-type fits, as r28a) are not coded;
- «الأسد يلعب» (opinion): the trilateral Gulf–US–Russian negotiations in Qatar → *Diplomacy/Talks*,
  publication date (the text gives none); Washington's permission for air strikes (a policy) and the
  statements are not coded;
- Houthi opinion: «بعد دخولهم صنعاء» → *Non-state actor overtakes territory*, historical, "unknown" (as
  r13b/r15a); the storming of Hadi's house and the killing of his guards → *Armed clash*, historical,
  "unknown" (the house arrest part of it; ambiguous: could be a separate *Arrests*); Musaylima's death at
  al-Yamama (7th century), the Saada wars «قبل سنوات» (generic), the border attacks and the coalition's
  intervention are not coded;
- Nusra column: the opposition's takeover of a strategic area bordering Idlib, Hama and Latakia →
  *Non-state actor overtakes territory*, publication date; Turkey granting the US use of Incirlik →
  *Diplomacy/Agreement* (as r14b/r15b), publication date (ambiguous: the text gives no day and frames it
  as a term of the alliance); the Turkish move against Kurdish militants, the safe zones and the
  diplomatic move are not coded;
- Badi (Yemeni government spokesman): the UN envoy's visit to Riyadh «الأسبوع الماضي» →
  *Diplomacy/Visit* 2015-07; Aden «محررة بالكامل» → *Government regains territory*, "unknown" (as
  r15a/r26c); Lahj city «شبه محررة» with the Resistance and army advancing → *Government regains
  territory*, publication date (ambiguous: nearly, not fully taken); the predicted liberation of
  al-Anad and of Taiz and Abyan (forecasts), the advance in Taiz and Abyan (no place or fighting named,
  as r28b), the phone interview and the government team's return are not coded;
- Sabri sermon: the rocket from Gaza that fell on Kissufim «بعد ظهر أمس» → *Shelling/artillery/missile
  attack* 2015-08-07, no actor, 0 dead («دون وقوع أضرار أو إصابات»); the sermon, the churches'
  complaint to the police, Gopstein's statement and the settlers' attacks (habitual, undated) are not
  coded;
- Dhale/Haradh: the capture of six militiamen «أمس» → *Arrests* 2015-07-31 (as r15a's captures; «أسر
  ستة» a mention) and the killing of 15 at al-Atariya → *Armed clash* 2015-07-31, 15 dead (one ambush;
  ambiguous: the «أمس» could date only the infiltration); the fierce clashes at Lakmat al-Ash'oub →
  *Armed clash*; the army taking the electricity triangle in Lawdar → *Government regains territory*;
  the coalition's 7 raids on the columns bound for Haradh → *Air/drone strike*; Abu Abdullah
  Badr al-Din al-Houthi and two other leaders killed in the Marib fighting → *Armed clash*, 3 dead; the
  killing of MP Abu Haliqa's son al-Hussein «في اليوم السابق» → *Armed clash*, 1 dead, "unknown"
  (ambiguous: how he died is not said); the Resistance taking Qubbat Mashra'a and Hadnan in Taiz →
  *Non-state actor overtakes territory*, 14 dead («أكثر من 10» Houthis + 4 soldiers); not coded: the
  Special Security Forces' reinforcements to al-Mokha (a deployment), the fronts moving toward Shuqra
  (an advance), «أفشلت تحركات للحوثيين في منطقة صرواح» (no act named; ambiguous: possibly more
  coalition raids), the surveillance flights and the Houthis' use of the unilateral truce.

Negatives (2): snn-20150811-00087 (Lavrov column), snn-20150726-00087 (Syria's bad options column).

Run: python tests/data/events_r31b_source.py   (writes events_r31b.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r31b.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150731-00148"] = [
    E(
        "Diplomacy/Agreement",
        "الاتفاقية",
        actor=("الدول خمسة زائد واحد",),
        target=("إيران",),
        date="unknown",
    ),
    E(
        "Diplomacy/Meeting",
        "المؤتمر الصحفي",
        actor=("عادل بن أحمد الجبير", "الجبير", "وزير الخارجية"),
        target=("فيديريكا موغيريني", "موغيريني", "الممثلة العليا للاتحاد الأوروبي", "الاتحاد الأوروبي"),
        place=("مقر الوزارة", "الرياض"),
        also=("الاجتماعات الموسعة", "الاجتماع تناول", "المباحثات"),
    ),
    E(
        "Strategic developments/Agreement",
        "الهدنة الإنسانية",
        actor=("الرئيس اليمني", "دول التحالف"),
        place=("اليمن",),
        date="unknown",
    ),
    E(
        "Diplomacy/Visit",
        "زيارتها",
        actor=("موغيريني", "فيديريكا موغيريني", "للمبعوثة الأوروبية"),
        place=("للمملكة", "المملكة", "الرياض"),
    ),
]
F["snn-20150811-00087"] = []  # Lavrov column: Geneva, Putin's trip, Tartus and the deal named as argument
F["snn-20150721-01790"] = [
    E(
        "Diplomacy/Agreement",
        "الاتفاق النووي الإيراني",
        actor=("الإيراني", "إيران", "طهران"),
        target=("القوى العالمية",),
        date="unknown",
    ),
]
F["snn-20150726-00087"] = []  # column: Turkey's operation (a campaign), Tunisia's restored relations
F["snn-20150806-00180"] = [
    E(
        "Diplomacy/Talks",
        "المفاوضات الثلاثية",
        actor=("الخليجية الأميركية الروسية", "الخليجية", "الأميركية", "الروسية"),
        place=("قطر",),
    ),
]
F["snn-20150809-00440"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "دخولهم صنعاء",
        actor=("الحوثيون", "الحوثيين"),
        place=("صنعاء",),
        date="unknown",
        status="historical",
    ),
    E(
        "Battles/Armed clash",
        "هاجم",
        at="ويوم أن",
        actor=("الحوثيون",),
        target=("حراسة", "عبد ربه هادي منصور", "الرئيس الشرعي لليمن"),
        place=("منزل الرئيس الشرعي لليمن", "منزل الرئيس"),
        date="unknown",
        status="historical",
        also=("وقتلوا حراسة", "الإقامة الجبرية"),
    ),
]
F["snn-20150731-00320"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "بسيطرة",
        actor=("فصائل من المعارضة", "المعارضة"),
        target=("الأسد",),
        place=("منطقة استراتيجية", "إدلب", "حماه", "اللاذقية", "شمال سوريا"),
        also=("تحقيق تقدم استراتيجي",),
    ),
    E(
        "Diplomacy/Agreement",
        "تمنح",
        actor=("تركيا", "أنقرة"),
        target=("الأميركيين", "أميركا", "واشنطن"),
        place=("أنجرليك", "قاعدة «أنجرليك»"),
    ),
]
F["snn-20150803-00151"] = [
    E(
        "Diplomacy/Visit",
        "زار",
        actor=("المبعوث اليمني", "المبعوث"),
        place=("الرياض",),
        date="2015-07",
    ),
    E(
        "Battles/Government regains territory",
        "محررة بالكامل",
        place=("مدينة عدن", "عدن"),
        date="unknown",
    ),
    E(
        "Battles/Government regains territory",
        "شبه محررة",
        actor=("المقاومة الشعبية", "الجيش الوطني الموالي للشرعية", "الجيش الوطني"),
        place=("مدينة لحج", "لحج"),
        also=("يتقدم في الأركان الثلاثة",),
    ),
]
F["snn-20150808-00940"] = [
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قذيفة صاروخية",
        place=("مجلس كيسوفيم", "كيسوفيم", "غزة"),
        date="2015-08-07",
        fatalities=0,
        also=("وقوع القذيفة",),
    ),
]
F["snn-20150801-01156"] = [
    E(
        "Strategic developments/Arrests",
        "إلقاء القبض",
        actor=("الجيش الوطني", "الجيش الشعبي"),
        target=("ستة من مليشيات الانقلاب", "مليشيات الانقلاب"),
        place=("مدينة الضالع", "الضالع", "قرية العطرية", "العطرية", "سناح"),
        date="2015-07-31",
        also=("أسر ستة",),
    ),
    E(
        "Battles/Armed clash",
        "قتل 15",
        actor=("الجيش الشعبي", "الجيش الوطني"),
        target=("المليشيات التابعة للحرس العائلي", "الحوثي", "مليشيات الانقلاب"),
        place=("قرية العطرية", "العطرية", "منطقة سناح", "سناح", "الضالع"),
        date="2015-07-31",
        fatalities=15,
    ),
    E(
        "Battles/Armed clash",
        "اشتباكات عنيفة",
        actor=("الحوثيين",),
        place=("منطقة لكمة الأشعوب", "لكمة الأشعوب", "الضالع"),
    ),
    E(
        "Battles/Government regains territory",
        "سيطر",
        at="وفي محافظة أبين",
        actor=("الجيش الوطني",),
        place=("مثلث الكهرباء", "مديرية لودر", "لودر", "محافظة أبين", "أبين"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "دمرت",
        actor=("مقاتلات التحالف العربي", "التحالف العربي", "التحالف"),
        target=("أرتالا وتعزيزات للحوثيين", "تعزيزات للحوثيين", "الحوثيين", "قوات الحرس العائلي"),
        place=("منطقة حرض", "حرض", "وادي حرض"),
        also=("7 غارات",),
    ),
    E(
        "Battles/Armed clash",
        "قتل",
        at="وفي محافظة مأرب",
        target=("أبو عبدالله بن يحيى بدر الدين الحوثي", "بدر الدين الحوثي", "قياديان آخران"),
        place=("المناطق الجنوبية للمحافظة", "محافظة مأرب", "مأرب"),
        fatalities=3,
        also=("المواجهات الدائرة",),
    ),
    E(
        "Battles/Armed clash",
        "لمقتل",
        target=("نجل البرلماني", "«الحسين»", "الحسين"),
        place=("محافظة مأرب", "مأرب"),
        date="unknown",
        fatalities=1,
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرت",
        at="إلى ذلك، سيطرت",
        actor=("المقاومة",),
        target=("حوثيين", "الحوثيين"),
        place=("قبة مشرعة", "حدنان", "تعز"),
        fatalities=14,
        also=("قتل فيها",),
    ),
]


if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
