"""Source of tests/data/events_r41b.jsonl: the forty-first blind event round, part r41b.

10 real articles (SaudiNewsNet politics, 2,561–3,899 characters): the lines of /work/brief/DRAW_r41.tsv
(the saved output of `python tests/data/events_round41_select.py`) whose first column is `r41b`
(selection = events_round41_select.py, seed 4141, part r41b). All 10 kept, none dropped. Annotated by
reading only (2026-11-29): the event coder was never run on these articles and no coder output was read.
Same format and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set);
`build()` comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or any 12-word run
with an article of another tests/data/events_*.jsonl set (checked at annotation time). Same happenings in
other words: the MBS visit to Cairo / Cairo Declaration and the Kerry–Lavrov–GCC meetings in Doha (r38b,
fresh and others), the Dawabsheh arson, the nuclear deal, the liberation of Aden, the Houthi taking of
Sanaa, the UN truce, Zarif's Gulf tour (r39c), the Peace and Partnership Agreement.

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r40c_source.py):
- Rihani column (00548, negative): Ameen Rihani's travels of 1922 (Sanaa, Najd, Kuwait, Bahrain, Iraq)
  are not coded: a private writer's journey told as literature, no state or armed actor on his side
  (ambiguous: his reception by the Imam, daily meetings with Sultan Abdulaziz and the visit to Faisal I
  could be read as historical *Diplomacy/Visit*/*Meeting*); the 1926 mediation is a plan, not dated;
- Ya'alon/Hamas (00116): the Shin Bet's arrest of the Hamas cell in the West Bank → *Arrests*
  2015-07-19 (the announcement «الأحد الماضي»; the arrest day is not given; its three later mentions are
  `also`; the members «معتقلون الآن» with the Palestinian security services are a state, not coded); the
  cell's killing of settler Malachi Rosenfeld at the Shvut Rachel junction «نهاية الشهر الماضي» →
  *Violence against civilians/Attack* 2015-06, 1 dead (three wounded); the Shalit exchange deal «التي
  أبرمت بين حماس وإسرائيل في 2011» → *Strategic developments/Agreement*, historical, 2011 (ambiguous:
  named as background); the statements, Hamas's denial, the families' appeal to Netanyahu, the 54
  re-arrested prisoners (a state) and the Knesset bill are not coded;
- Arab coalition column (00921): MBS's visit to Egypt → *Diplomacy/Visit* and his meeting with Sisi →
  *Diplomacy/Meeting* (publication date, the text gives none; ambiguous: the meeting could be a mention
  of the visit); the Cairo Declaration → *Diplomacy/Agreement* (as r38b); Kerry's arrival in Cairo →
  *Visit* and the strategic talks → *Talks*; the Doha meetings of Kerry with the GCC ministers, al-Jubeir
  and Lavrov → one *Diplomacy/Meeting* («هذه الاجتماعات», Lavrov's «حضور» and «اجتماعات» its `also`;
  Kerry's and Lavrov's arrivals in Doha not coded separately, ambiguous); the delivery of F-16s to
  Egypt → *Diplomacy/Aid*, no actor named (ambiguous: military aid, the giver is only implied); the
  settlers' burning of the infant Ali Dawabsheh «قبل أيام» → *Violence against civilians/Attack*,
  "unknown", no fatalities (the text does not say he died); the nuclear deal → *Diplomacy/Agreement*,
  "unknown" (as r36c–r40c; ambiguous in an argument); Decisive Storm, the fall of Iraq, the
  international coalition, al-Durrah and the first Arab summit are background, not coded;
- Syria slogans column (01502): the Daraa protests of the first days of the revolution → *Peaceful
  protest*, historical, "unknown" (ambiguous: «لمواجهة الرصاص» could make it *Excessive force*); the
  rest (barrels, chemical weapons, the partition) is argument, not coded;
- Yemen (00163, «أمس» = 2015-07-24): the Houthi demonstrations against the UN in Sanaa → *Peaceful
  protest* 2015-07-24; the Houthi takeover of Sanaa «في سبتمبر (أيلول) الماضي» → *Non-state actor
  overtakes territory*, historical, 2014-09; the Hadi forces' and Resistance attacks in Lahj and the
  battles for al-Anad → one *Armed clash* in Lahj (publication date; the two «المعارك» are `also`;
  ambiguous: could be two); the coalition's heavy bombing inside al-Anad → *Air/drone strike*; the
  Jabal al-Tha'alib ambush (Rada', al-Bayda) → *Armed clash*, 8 dead; the coalition raids «أمس» on the
  government complex, Dhi Na'im and al-Zahir → one *Air/drone strike* 2015-07-24 in al-Bayda (the
  48-hour bombing of reinforcements «عبر البيضاء» its `also`, ambiguous); the IED that destroyed a
  vehicle near Am'in (Lawdar, Abyan) → *Remote explosive/landmine/IED* 2015-07-24, actor the Hadi
  forces, no number («قتل كل من كان بداخلها»); the continuing clashes in Abyan → *Armed clash*
  (ambiguous: generic); the coalition bombing of the border areas of Hajja and Saada → two *Air/drone
  strike* (one per province, same trigger); the Azal Resistance grenade attack on a Houthi patrol in
  Ma'bar (Dhamar) «أمس» → *Grenade* 2015-07-24, wounded only. Not coded: the synchronized operations on
  the old border (vague), the Resistance's interceptions and ambushes (habit), the Houthi attempts on
  Saudi territory, the general «تستمر المواجهات … في عدد من جبهات القتال»;
- Iraq electricity (00145): the Basra demonstrations with a protester killed → *Protests/Excessive force
  against protesters*, "unknown", 1 dead (ambiguous: the text names no killer); the power cuts between
  provinces, the parliament session and ISIS's «احتلال» of areas (in a quote, generic) are not coded;
- Houthi/truce column (01631): the Houthi march from Dammaj via Amran to Sanaa → *Non-state actor
  overtakes territory*, historical, "unknown" (the «اغتصاب العاصمة» its `also`); the Peace and
  Partnership draft → *Strategic developments/Agreement*, historical, "unknown" (as one earlier round;
  ambiguous); the UN-sponsored truce and the coalition's recent truce → two *Strategic developments/
  Agreement*, "unknown"; the ongoing Houthi pounding of houses in Sabir and Mashra'a wa Hadnan (Taiz)
  → *Shelling/artillery/missile attack*, publication date; the 200,000 dead, the hundreds killed in Aden
  during the first truce (aggregate), the 20,000 fighters mobilised and the «80 طلقة» (generic) are not
  coded;
- Aden/Lahj displaced (02160): the liberation of Aden → *Government regains territory*, "unknown" (as
  earlier rounds); the Resistance and the national army freeing al-Houta from the rebels → *Government
  regains territory* (publication date); the Resistance's control of Khor Maksar in Golden Arrow →
  *Non-state actor overtakes territory*, "unknown" (as fresh/r39b for the Resistance alone; ambiguous:
  part of the liberation of Aden); the Houthi targeting of vehicles (present habit), the confiscations
  and arrests during the siege (habit) and the war on the city (aggregate) are not coded;
- Wounded in Jordan (01056): the Resistance's full control of Aden with coalition support →
  *Non-state actor overtakes territory*, "unknown" (as fresh for the Resistance; ambiguous: r40c coded the
  army and Resistance as *Government regains territory*); the sniper fire on the fighters in al-Mu'alla →
  *Armed clash*, "unknown"; the Houthi armoured vehicle's fire near the airport killing the Emirati
  al-Kaabi → *Armed clash*, "unknown", 1 dead; the Houthi takeover of Aden at the start of the war →
  *Non-state actor overtakes territory*, historical, "unknown", and their looting of the Jabal Hadid
  depots → *Looting/property destruction*, historical; the Houthis' shooting of a husband and wife in
  a car → *Violence against civilians/Attack*, "unknown", 2 dead; the killing of wounded prisoners →
  *Violence against civilians/Attack*, "unknown", no number (ambiguous: prisoners of war); the flight
  to Amman, the burial ban and the killing of women and children (aggregate) are not coded;
- Saudi hawks column (00066): Zarif's visit to Kuwait, Qatar and Iraq → three *Diplomacy/Visit*, one per
  country, publication date (as r39c); the nuclear deal → *Agreement*, "unknown"; Saddam's invasion of
  Kuwait → *Non-state actor overtakes territory*, historical, "unknown" (as r40c); the Nayef–Rouhani /
  2001 security agreement → one *Diplomacy/Agreement*, historical, 2001 (ambiguous: the text lists them
  as two); Bahrain's uncovering of a terror cell trained in Iran → *Arrests*, publication date
  (ambiguous); the Saudi intervention in Bahrain (no date, ambiguous), the UN resolution and the
  interview are not coded.

Negatives: snn-20150721-00548 (Rihani travels, 1922).

Run: python tests/data/events_r41b_source.py   (writes events_r41b.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r41b.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150721-00548"] = []  # Rihani's travels of 1922: a writer's journey, not coded
F["snn-20150721-00116"] = [  # Ya'alon accuses Turkey; Hamas cell
    E(
        "Strategic developments/Arrests",
        "اعتقلت",
        actor=("الشاباك", "إسرائيل"),
        target=("الخلايا العسكرية للحركة", "خلية لحماس", "حماس", "خلية تابعة لحركة حماس"),
        place=("الضفة الغربية",),
        date="2015-07-19",
        also=("اعتقال خلية لحماس", "اعتقال خلية تابعة لحركة حماس"),
    ),
    E(
        "Violence against civilians/Attack",
        "قتل المستوطن",
        actor=("خلية لحماس", "حماس", "خلية تابعة لحركة حماس"),
        target=("ملاخي روزنفيلد", "المستوطن الإسرائيلي ملاخي روزنفيلد", "مستوطن"),
        place=("شفوت راحيل", "نابلس", "الضفة الغربية"),
        date="2015-06",
        fatalities=1,
        also=("عملية قتل مستوطن",),
    ),
    E(
        "Strategic developments/Agreement",
        "صفقة «شاليط»",
        actor=("حماس",),
        target=("إسرائيل",),
        date="2011",
        status="historical",
        also=("أبرمت بين حماس وإسرائيل",),
    ),
]
F["snn-20150808-00921"] = [  # Arab coalition column
    E(
        "Diplomacy/Visit",
        "زيارة",
        actor=("الأمير محمد بن سلمان", "محمد بن سلمان", "ولي ولي العهد السعودي"),
        place=("مصر", "القاهرة"),
        also=("الزيارة الحدث", "زيارة ولي ولي العهد السعودي إلى القاهرة"),
    ),
    E(
        "Diplomacy/Meeting",
        "لقائه",
        actor=("الأمير محمد بن سلمان", "محمد بن سلمان", "ولي ولي العهد السعودي"),
        target=("عبدالفتاح السيسي", "السيسي", "الرئيس المصري"),
        place=("مصر", "القاهرة"),
    ),
    E(
        "Diplomacy/Agreement",
        "إعلان القاهرة",
        actor=("ولي ولي العهد السعودي", "الأمير محمد بن سلمان", "السعودي"),
        target=("عبدالفتاح السيسي", "الرئيس المصري", "مصر"),
        place=("القاهرة", "مصر"),
        also=("وصدور إعلان القاهرة",),
    ),
    E(
        "Diplomacy/Visit",
        "وصول وزير الخارجية الأميركي",
        actor=("وزير الخارجية الأميركي", "كيري"),
        place=("القاهرة",),
        also=("قبل وصول كيري إلى القاهرة",),
    ),
    E(
        "Diplomacy/Talks",
        "محادثات استراتيجية",
        actor=("وزير الخارجية الأميركي", "كيري"),
        place=("القاهرة",),
    ),
    E(
        "Diplomacy/Meeting",
        "للقاء",
        actor=("الوزير الأميركي", "كيري"),
        target=("وزراء مجلس التعاون الخليجي", "مجلس التعاون الخليجي", "عادل الجبير", "لافروف"),
        place=("الدوحة",),
        also=("هذه الاجتماعات", "اجتماعات وزراء مجلس التعاون الخليجي"),
    ),
    E(
        "Diplomacy/Aid",
        "تسليم مصر طائرات أف ١٦",
        target=("مصر",),
    ),
    E(
        "Violence against civilians/Attack",
        "أحرقه",
        actor=("المستوطنون اليهود", "المستوطنون"),
        target=("علي الدوابشة", "الرضيع الفلسطيني"),
        date="unknown",
        also=("بجريمة واحدة",),
    ),
    E(
        "Diplomacy/Agreement",
        "اتفاقها النووي",
        actor=("إيران",),
        date="unknown",
    ),
]
F["snn-20150721-01502"] = [  # Syria slogans column
    E(
        "Protests/Peaceful protest",
        "هتف",
        actor=("أهل درعا",),
        place=("درعا",),
        date="unknown",
        status="historical",
        also=("خرجوا رفضا للمذلة",),
    ),
]
F["snn-20150725-00163"] = [  # Yemen: Houthi demonstrations, Lahj, al-Bayda, Abyan, Hajja, Saada, Dhamar
    E(
        "Protests/Peaceful protest",
        "مظاهرات منددة",
        actor=("الحوثيون", "أنصارهم"),
        place=("العاصمة صنعاء", "صنعاء"),
        date="2015-07-24",
        also=("مظاهرات الحوثيين",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرة الحوثيين على صنعاء",
        actor=("الحوثيين",),
        place=("صنعاء",),
        date="2014-09",
        status="historical",
    ),
    E(
        "Battles/Armed clash",
        "هجماتها",
        actor=("القوات الموالية للرئيس عبد ربه منصور هادي", "المقاومة الشعبية"),
        target=("المسلحين الحوثيين", "قوات المخلوع علي عبد الله صالح"),
        place=("محافظة لحج", "لحج", "قاعدة العند"),
        also=("استمرار المعارك", "تستمر المعارك"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "بقصف مكثف",
        actor=("طيران التحالف",),
        place=("القاعدة العسكرية الكبيرة", "قاعدة العند"),
    ),
    E(
        "Battles/Armed clash",
        "كمين نصبته",
        actor=("القوات الشعبية الموالية للرئيس عبد ربه منصور هادي", "القوات الشعبية"),
        target=("المسلحين الحوثيين", "دورية حوثية"),
        place=("جبل الثعالب", "مديرية رداع", "رداع", "البيضاء"),
        fatalities=8,
        also=("الكمين نصب",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "سلسلة من الغارات المكثفة",
        actor=("طائرات التحالف",),
        target=("مواقع الحوثيين", "الحوثيين", "قوات صالح"),
        place=("المجمع الحكومي في البيضاء", "البيضاء", "ذي ناعم", "الزاهر"),
        date="2015-07-24",
        also=("كثفت قوات التحالف قصفها",),
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "دمرت",
        actor=("القوات الموالية للرئيس هادي",),
        target=("عربة عسكرية",),
        place=("بلدة أمعين", "أمعين", "مديرية لودر", "لودر", "أبين"),
        date="2015-07-24",
        also=("انفجار عبوة ناسفة",),
    ),
    E(
        "Battles/Armed clash",
        "وتستمر المواجهات",
        place=("محافظة أبين", "أبين"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصفها العنيف",
        actor=("طائرات التحالف",),
        target=("الحوثيون", "مواقع المتمردين"),
        place=("حجة", "محافظتي حجة وصعدة"),
        also=("لقصف مواقع المتمردين",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصفها العنيف",
        actor=("طائرات التحالف",),
        target=("الحوثيون", "مواقع المتمردين"),
        place=("صعدة", "محافظتي حجة وصعدة"),
    ),
    E(
        "Explosions/Remote violence/Grenade",
        "هجومًا بقنبلة يدوية",
        actor=("عناصر المقاومة", "مقاومة آزال"),
        target=("دورية للحوثيين", "الحوثيين"),
        place=("مدينة معبر", "معبر", "ذمار"),
        date="2015-07-24",
        also=("وأسفر الهجوم",),
    ),
]
F["snn-20150726-00145"] = [  # Iraq electricity war
    E(
        "Protests/Excessive force against protesters",
        "التظاهرات",
        target=("المتظاهرين", "أحد المتظاهرين"),
        place=("محافظة البصرة", "البصرة"),
        date="unknown",
        fatalities=1,
        also=("مقتل أحد المتظاهرين",),
    ),
]
F["snn-20150731-01631"] = [  # the truce and the Houthis (column)
    E(
        "Battles/Non-state actor overtakes territory",
        "عبّد (الحوثي) طريقه",
        actor=("الحوثي",),
        place=("صنعاء",),
        date="unknown",
        status="historical",
        also=("واغتصاب العاصمة",),
    ),
    E(
        "Strategic developments/Agreement",
        "مسودة “السلم والشراكة”",
        actor=("الحوثي",),
        date="unknown",
        status="historical",
    ),
    E(
        "Strategic developments/Agreement",
        "الهدنة) التي رعتها الأمم المتحدة",
        actor=("الأمم المتحدة",),
        date="unknown",
        also=("أول هدنة",),
    ),
    E(
        "Strategic developments/Agreement",
        "الهدنة التي أعلنها تحالف",
        actor=("تحالف (إعادة الأمل)", "إعادة الأمل"),
        date="unknown",
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "يدكّ البيوت",
        actor=("الحوثي",),
        target=("المدنيين العزّل", "المواطنين"),
        place=("مشرعة وحدنان", "“صبر”", "صبر", "تعز"),
        also=("وسّع معاركه",),
    ),
]
F["snn-20150806-02160"] = [  # displaced return to Aden and Lahj
    E(
        "Battles/Government regains territory",
        "تحرير المدينة",
        place=("عدن",),
        date="unknown",
        also=("إعلان السلطات تحرير المدينة",),
    ),
    E(
        "Battles/Government regains territory",
        "تحرير مدينة الحوطة",
        actor=("المقاومة الشعبية", "الجيش الوطني الموالي للشرعية"),
        target=("المتمردين",),
        place=("مدينة الحوطة", "الحوطة"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرة المقاومة عليها",
        actor=("المقاومة",),
        place=("منطقة خور مكسر", "خور مكسر"),
        date="unknown",
        also=('عملية "السهم الذهبي"',),
    ),
]
F["snn-20150810-01056"] = [  # 35 wounded Yemenis in Jordan
    E(
        "Battles/Non-state actor overtakes territory",
        "السيطرة بالكامل",
        actor=("المقاومة",),
        place=("العاصمة الاقتصادية اليمنية", "عدن"),
        date="unknown",
    ),
    E(
        "Battles/Armed clash",
        "باستهدافنا",
        actor=("قناصة مدربة", "الحرس الجمهوري"),
        target=("حسين صلاح",),
        place=("المعلا", "عدن"),
        date="unknown",
    ),
    E(
        "Battles/Armed clash",
        "استهداف مباشر",
        actor=("مدرعة حوثية",),
        target=("محمد الكعبي", "نشوان هاشم محمد"),
        place=("منطقة المطار", "المطار", "الكورنيش"),
        date="unknown",
        fatalities=1,
        also=("واستشهد الكعبي",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطروا على عدن",
        actor=("الحوثيين",),
        place=("عدن",),
        date="unknown",
        status="historical",
    ),
    E(
        "Strategic developments/Looting/property destruction",
        "عملية سطو منظم",
        actor=("الحوثيين",),
        place=('جبل "حديد"', "عدن"),
        date="unknown",
        status="historical",
    ),
    E(
        "Violence against civilians/Attack",
        "قتل الحوثيين بالرصاص",
        actor=("الحوثيين",),
        target=("لزوج وزوجته", "زوج وزوجته"),
        place=("عدن",),
        date="unknown",
        fatalities=2,
    ),
    E(
        "Violence against civilians/Attack",
        "قتلت أمام عينه",
        actor=("ميليشات الحوثيين", "الحوثيين"),
        target=("الأسرى الجرحى",),
        place=("عدن",),
        date="unknown",
        also=("تصفية بالرمي المباشر",),
    ),
]
F["snn-20150727-00066"] = [  # hawks and doves in Saudi Arabia (column)
    E(
        "Diplomacy/Visit",
        "زيارة",
        actor=("وزير الخارجية الإيراني", "إيران"),
        place=("للكويت", "الكويت"),
        also=("زيارة وزير خارجية إيران للكويت",),
    ),
    E(
        "Diplomacy/Visit",
        "زيارة",
        actor=("وزير الخارجية الإيراني", "إيران"),
        place=("قطر",),
    ),
    E(
        "Diplomacy/Visit",
        "زيارة",
        actor=("وزير الخارجية الإيراني", "إيران"),
        place=("العراق",),
    ),
    E(
        "Diplomacy/Agreement",
        "الاتفاق النووي",
        actor=("إيران", "طهران"),
        date="unknown",
        also=("بالاتفاق النووي",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "غزا",
        actor=("صدام",),
        place=("الكويت",),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Agreement",
        "اتفاقية نايف - روحاني",
        actor=("إيران",),
        target=("السعودية",),
        date="2001",
        status="historical",
        also=("الاتفاقية الأمنية الموقعة مع السعودية",),
    ),
    E(
        "Strategic developments/Arrests",
        "كشف البحرين عن خلية إرهابية",
        actor=("البحرين",),
        target=("خلية إرهابية",),
        place=("البحرين",),
    ),
]

if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
