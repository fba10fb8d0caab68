"""Source of tests/data/events_r54a.jsonl: the fifty-fourth blind event round, part r54a.

8 real articles (SaudiNewsNet politics, 4,130–5,530 characters): the lines of /work/brief/DRAW_r54.tsv
(the saved output of `python tests/data/events_round54_select.py`) whose first column is `r54a`
(selection = events_round54_select.py, seed 5454, part r54a). All 8 kept, none dropped; 37 events, 3
negatives (8 Armed clash, 3 Government regains territory, 7 Non-state actor overtakes territory, 6
Air/drone strike, 1 Shelling, 1 Remote explosive/landmine/IED, 1 Peaceful protest, 6 Diplomacy/Agreement,
2 Visit, 1 Meeting, 1 Aid). Annotated by reading only (2026-11-29): the event coder was never run on these
articles and no coder output was read.
Same format and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set);
`build()` comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three or more
12-word runs with an article of another tests/data/events_*.jsonl set (1,758 articles, checked
2026-11-29 18:11 UTC).

Choices (the last rounds' calls followed; columns: only dated or clearly reported happenings):
- column «الحزم في مواجهة الإرهاب» (01580): negative — ISIS's control of land in Syria/Iraq, the bombing
  of Shia mosques and the «Jewish groups» of old are generalities, not happenings;
- African football (00115): negative (matches, no event);
- Kurds and Turkey (00119): the ISIS «تفجير» that killed an officer and two Turkish soldiers «قبل أيام» →
  *Remote explosive/landmine/IED*, 3, no date (ambiguous: the text says «التفجير»; the sub-type is a
  guess); the Turks' «قصفوا مواقع لتنظيم داعش في الداخل السوري» → *Air/drone strike*, no date
  (ambiguous: could be shelling); the nuclear deal → *Diplomacy/Agreement*, "unknown" (as r44a/r45a);
  the Washington–Ankara «نوع من الاتفاق» → *Diplomacy/Agreement*, "unknown" (ambiguous). Not coded:
  Davutoglu's threat, Turkey's pursuit of ISIS leaders inside Turkey (no arrest said), the coalition's
  pledge from the Kurds;
- Iraq protests (00152): «مظاهرات الجمعة الماضي» in Baghdad and the provinces → *Peaceful protest*
  2015-08-07 (praised as peaceful). Not coded: the extraordinary cabinet meeting and al-Abadi's Friday
  meeting (domestic sessions, as r45a), the promised reforms, parliament's planned session;
- Taiz/al-Anad (01481; written on Wednesday 5 August: «امس الثلاثاء» = 2015-08-04, so every «امس» is
  taken as 2015-08-04): the battles on the edge of al-Anad camp and in Labouza camp → *Armed clash*
  2015-08-04, no number («عشرات القتلى»); the army's full control of al-Anad base → *Government
  regains territory*, no date (the later «استعادتها» by the Resistance backed by the coalition is the
  same happening); the Houthis' earlier seizure of the base → *Non-state actor overtakes territory*,
  historical, "unknown"; the liberation of Aden → *Government regains territory*, "unknown" (as
  r45a/r45c); the Houthi shelling of Taiz neighbourhoods from Monday evening → *Shelling* 2015-08-03;
  the Resistance taking al-Arbaeen in the fighting of al-Arbaeen/al-Sitteen → *Non-state actor
  overtakes territory*; the Ibb Resistance taking Jabal al-Muqatar at dawn on Tuesday → *Non-state
  actor overtakes territory* 2015-08-04 (the assault is the same happening). Not coded: the 1994 battles
  and the US strikes from the base (generic asides), the al-Barakani and Hilal/al-Sammad initiatives
  (proposals, as r47a/r50c), the calls al-Mikhlafi received (domestic);
- Saudi–Egyptian column (00796): Mohammed bin Salman's visit to Cairo → *Diplomacy/Visit*, no date; the
  bilateral meeting with al-Sisi (and the enlarged one) → *Diplomacy/Meeting*; the Cairo Declaration →
  *Diplomacy/Agreement*; the nuclear deal → *Diplomacy/Agreement*, "unknown"; the liberation of Aden →
  *Government regains territory*, "unknown"; the aid bridge to Yemen → *Diplomacy/Aid*; the French
  foreign minister's visit to Tehran → *Diplomacy/Visit*, no date; the 1958 Egypt–Syria union →
  *Diplomacy/Agreement*, historical, 1958 (ambiguous: a union); the coal and steel agreement →
  *Diplomacy/Agreement*, historical, "unknown" (as r44a's Westphalia). Not coded: the graduation
  ceremony and parade, the press conference, Turkey entering Syria, the King's holiday, Decisive Storm
  (a campaign, as r45a);
- al-Anad commander flees (00758; «أمس» = 2015-08-01): coalition raids on the Brigade 15 camp in
  Zinjibar → *Air/drone strike* (dozens, no number); the Resistance attack on that camp → *Armed
  clash*; ~20 raids in Marib killing 48 → *Air/drone strike*, 48 (al-Faw); the raids on the al-Jufaina
  front and on Sirwah → one *Air/drone strike* each, no number (ambiguous: ACLED splits by location,
  they may be inside the 48); the raids on Brigade 35 in al-Mokha → *Air/drone strike*; positions
  retaken near Aden → *Non-state actor overtakes territory*; al-Alam point taken «أول من أمس» → a
  second one, 2015-07-31; the Dar Saad clashes → *Armed clash*; rebels driven from the al-Majd brigade
  positions in Lawdar → *Non-state actor overtakes territory*; the repelled advance on Mudiyah/al-Wadea
  → *Armed clash*; al-Dhale «أمس» → *Armed clash* 2015-08-01, 28; the Mashraa and Hadnan battles →
  *Armed clash*, 56; the fighting for Jabal al-Waash → *Armed clash*; the attack on al-Jahmaliya →
  *Armed clash*; the recapture of al-Houta → *Non-state actor overtakes territory*. Not coded: the
  commander's flight, the siege of al-Anad, captives taken in battle, the landmines laid (no
  explosion), the tunnels, the snipers «تم التعامل معهم», the Iranian experts;
- Cameron's strategy (00083): negative — a speech, a review and an appointment; British strikes in Iraq
  (habitual) and the 700 Britons who travelled (a tally) are not events.

Run: python tests/data/events_r54a_source.py            (writes events_r54a.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r54a.jsonl")

F: dict[str, list[dict]] = {}

F["snn-20150722-01580"] = []  # column: firmness against terrorism (no event)

F["snn-20150727-00115"] = []  # African football (no event)

F["snn-20150725-00119"] = [  # Kurds worried by Turkey's entry into the war
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "التفجير الذي نفذه التنظيم",
        actor=("داعش", "التنظيم"),
        target=("ضابط وجنديين تركيين",),
        fatalities=3,
        also=("التفجير الذي نفذه (داعش)", "بعد أن قتل جنودًا لها"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصفوا مواقع لتنظيم داعش",
        actor=("الأتراك",),
        target=("تنظيم داعش", "داعش"),
        place=("الداخل السوري",),
    ),
    E(
        "Diplomacy/Agreement",
        "إبرام الاتفاق النووي الإيراني",
        date="unknown",
        also=("قبل الاتفاق النووي", "لكن بعد الاتفاق النووي"),
    ),
    E(
        "Diplomacy/Agreement",
        "نوع من الاتفاق",
        actor=("واشنطن",),
        target=("أنقرة",),
        date="unknown",
    ),
]

F["snn-20150809-00152"] = [  # Iraqi government and the Friday protests
    E(
        "Protests/Peaceful protest",
        "مظاهرات الجمعة الماضي",
        actor=("عشرات الآلاف",),
        place=("بغداد",),
        date="2015-08-07",
        also=("بسلمية المظاهرات", "المظاهرات الضخمة", "المظاهرات الجماهيرية"),
    ),
]

F["snn-20150806-01481"] = [  # al-Anad, Taiz shelling, Jabal al-Muqatar, al-Barakani's initiative
    E(
        "Battles/Armed clash",
        "معارك دارت امس",
        actor=("قوات الجيش الوطني الشرعي", "المقاومة الشعبية", "الجيش الوطني"),
        target=("الحوثيين", "قوات الرئيس المخلوع علي عبدالله صالح"),
        place=("معسكر العند", "معسكر لبوزه", "العند"),
        date="2015-08-04",
        also=("تطهير جيوب الحوثيين", "اشتباكات عنيفة دارت في معسكر لبوزة"),
    ),
    E(
        "Battles/Government regains territory",
        "السيطرة الكاملة على القاعدة العسكرية",
        actor=("وزارة الدفاع", "هيئة رئاسة اركان الجيش الوطني", "الجيش الوطني"),
        target=("ميليشيات الحوثي وصالح",),
        place=("قاعدة العند الجوية", "العند"),
        also=("بعد السيطرة على قاعدة العند الجوية", "من استعادتها"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "تمكنوا من احتلال القاعدة",
        actor=("الحوثيين",),
        place=("قاعدة العند",),
        date="unknown",
        status="historical",
    ),
    E(
        "Battles/Government regains territory",
        "تحرير عدن",
        place=("عدن",),
        date="unknown",
        also=("عدن تحررت",),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصف عشوائي",
        actor=("الحوثيين", "المسلحون الحوثيون"),
        target=("المواطنين",),
        place=("تعز", "شارع التحرير الأسفل", "حي الضبوعه", "حي الروضة"),
        date="2015-08-03",
        also=("عشرات القذائف",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "السيطرة على الاربعين",
        actor=("المقاومة",),
        place=("الاربعين", "تعز"),
        also=("معارك عنيفة",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "السيطرة على أحد المواقع العسكرية",
        actor=("المقاومة الشعبية بمحافظة إب", "المقاومة الشعبية", "رجال المقاومة"),
        target=("المسلحون الحوثيون والموالون لصالح", "المسلحون الحوثيون"),
        place=("جبل المقطر", "شمال محافظة تعز", "تعز"),
        date="2015-08-04",
        also=("السيطرة على جبل المقطر", "أعنف هجوم"),
    ),
]

F["snn-20150801-00796"] = [  # column: Saudi-Egyptian integration (Mohammed bin Salman in Cairo)
    E(
        "Diplomacy/Visit",
        "الزيارة الحدث",
        actor=("الأمير محمد بن سلمان", "محمد بن سلمان", "ولي ولي العهد"),
        place=("القاهرة",),
        also=("زيارة الأمير إلى القاهرة",),
    ),
    E(
        "Diplomacy/Agreement",
        "توقيع الاتفاق النووي الإيراني",
        target=("إيران",),
        date="unknown",
    ),
    E(
        "Battles/Government regains territory",
        "تحرير عدن",
        place=("عدن",),
        date="unknown",
    ),
    E(
        "Diplomacy/Aid",
        "جسر المساعدات الكثيفة",
        target=("اليمن",),
        place=("اليمن",),
    ),
    E(
        "Diplomacy/Visit",
        "زيارة وزير الخارجية الفرنسي إلى طهران",
        actor=("وزير الخارجية الفرنسي",),
        place=("طهران",),
    ),
    E(
        "Diplomacy/Meeting",
        "الاجتماع الثنائي بين القيادتين",
        actor=("محمد بن سلمان", "ولي ولي العهد"),
        target=("السيسي", "الرئيس السيسي"),
        place=("القاهرة",),
        also=("الاجتماع الموسّع", "قمة السيسي ومحمد بن سلمان"),
    ),
    E(
        "Diplomacy/Agreement",
        "إعلان القاهرة",
        actor=("السعودية",),
        target=("مصر",),
        also=("إعلان القاهرة بين السعودية ومصر",),
    ),
    E(
        "Diplomacy/Agreement",
        "الوحدة الاندماجية الفاشلة بين مصر وسورية عام ٥٨",
        actor=("مصر",),
        target=("سورية",),
        date="1958",
        status="historical",
    ),
    E(
        "Diplomacy/Agreement",
        "اتفاقية الفحم والحديد",
        actor=("فرنسا",),
        target=("ألمانيا",),
        date="unknown",
        status="historical",
    ),
]

F["snn-20150802-00758"] = [  # al-Anad commander flees; coalition raids; Aden, Abyan, al-Dhale, Taiz
    E(
        "Explosions/Remote violence/Air/drone strike",
        "شنت طائرات التحالف العربي غارات",
        actor=("طائرات التحالف العربي", "التحالف العربي"),
        target=("المتمردين",),
        place=("زنجبار", "معسكر اللواء 15", "أبين"),
        also=("الغارة أسفرت", "غارات طيران تحالف إعادة الأمل"),
    ),
    E(
        "Battles/Armed clash",
        "هجوم للمقاومة الشعبية على المعسكر",
        actor=("المقاومة الشعبية",),
        target=("علي عبدالله صالح",),
        place=("زنجبار",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قرابة 20 غارة جوية",
        actor=("مقاتلات التحالف", "لطيران التحالف"),
        target=("الحوثيين", "مسلحي الحوثي وقوات المخلوع صالح"),
        place=("مأرب", "محافظة مأرب", "منطقة الفاو", "الفاو"),
        fatalities=48,
        also=("غارات جوية لطيران التحالف",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "إحدى الغارات استهدفت عربة مدرعة",
        target=("ميليشيا الحوثي",),
        place=("جبهة الجفينة", "الجفينة"),
        also=("دمرت غارة أخرى في الجبهة ذاتها",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "دمرت غارة أخرى عربة عسكرية",
        target=("الحوثيين",),
        place=("جبهة صرواح", "صرواح"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "شن طيران التحالف غارات على اللواء 35",
        actor=("طيران التحالف",),
        target=("اللواء 35", "الحوثيون"),
        place=("مدينة المخا", "المخا"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "استعادت المقاومة الشعبية عدة مواقع",
        actor=("المقاومة الشعبية",),
        target=("مسلحي جماعة الحوثي", "جماعة الحوثي"),
        place=("عدن",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرتها أول من أمس على نقطة العلم",
        actor=("المقاومة الشعبية",),
        place=("نقطة العلم",),
        date="2015-07-31",
    ),
    E(
        "Battles/Armed clash",
        "اشتباكات عنيفة مع عناصر تابعة لميليشيا الحوثي",
        actor=("الثوار",),
        target=("ميليشيا الحوثي",),
        place=("مديرية دار سعد", "دار سعد"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "طرد المتمردين من كافة المواقع العسكرية",
        actor=("المقاومة الشعبية",),
        target=("المتمردين",),
        place=("مدينة لودر", "لودر"),
    ),
    E(
        "Battles/Armed clash",
        "صدت محاولة من الإرهابيين للتقدم",
        actor=("المقاومة الشعبية",),
        target=("الإرهابيين",),
        place=("مديريتي مودية والوضيع", "مودية"),
    ),
    E(
        "Battles/Armed clash",
        "مواجهات عنيفة دارت بين الجانبين أمس",
        actor=("الثوار",),
        target=("المتمردين", "الانقلابيين"),
        place=("محافظة الضالع", "الضالع"),
        date="2015-08-01",
        fatalities=28,
        also=("قتل 28 مسلحا",),
    ),
    E(
        "Battles/Armed clash",
        "المعارك الأخيرة بمديرية مشرعة وحدنان",
        actor=("المقاومة الشعبية",),
        target=("مسلحي الحوثي وقوات الرئيس المخلوع", "مسلحي الحوثي"),
        place=("مشرعة وحدنان", "مديرية مشرعة وحدنان"),
        fatalities=56,
    ),
    E(
        "Battles/Armed clash",
        "مواجهات عنيفة تدور في الوقت الحالي",
        actor=("المقاومة الشعبية",),
        place=("جبل الوعش",),
    ),
    E(
        "Battles/Armed clash",
        "هاجموا حي الجحملية",
        actor=("مقاتلي المقاومة",),
        target=("مسلحي الحوثي",),
        place=("حي الجحملية", "الجحملية"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "استرداد المقاومة لمدينة الحوطة",
        actor=("المقاومة",),
        place=("مدينة الحوطة", "الحوطة"),
    ),
]

F["snn-20150721-00083"] = []  # Cameron's five-year counter-extremism strategy (no event)


if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
