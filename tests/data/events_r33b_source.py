"""Source of tests/data/events_r33b.jsonl: the thirty-third blind event round, part r33b.

10 real articles (SaudiNewsNet politics, 1,540–2,472 characters): the lines of /work/brief/DRAW_r33.tsv
(the saved output of `python tests/data/events_round33_select.py`) whose first column is `r33b`
(selection = events_round33_select.py, seed 3333, part r33b). All 10 kept, none dropped; 1 reports no
event (negative: the Sudan–Algeria travel-restriction denial snn-20150801-00114). Annotated by reading
only (2026-11-29): the event coder was never run on these articles and no coder output was read. Same
format and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set);
`build()` comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three 12-word
runs with an article of another tests/data/events_*.jsonl set (checked at 10:00 UTC). Same happenings in
other words: the Dawabsheh arson (r16b, r18a, r25b, r28b, r32a), Bahah's Aden visit of 1 August (r8a,
r10a, r32b), the liberation of Aden (many rounds), the Iraqi protests (r32b).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r32c_source.py):
- «حتمية النصر» (opinion): the Resistance «يساندها التحالف العربي» taking Zinjibar → *Non-state actor
  overtakes territory* (as fresh), publication date, «سقوط محافظة أبين في يد المقاومة» its mention; the
  earlier falls of Aden («عدن المحررة» its mention), al-Dhale and Lahj/al-Anad «في يد المقاومة» → three
  *Non-state actor overtakes territory*, historical, "unknown"; the ongoing advance on the Taiz and Marib
  fronts → two *Armed clash* (one per place, one trigger «تواصل تقدمها»), the «معارك شرسة» in Taiz and
  Hodeidah → one *Armed clash* in Hodeidah (the Taiz half is the Taiz front); the Houthi state of
  emergency in Sanaa (ambiguous: *Change to group/activity*), the rumoured split with Saleh and the
  forecast fall of Sanaa are not coded;
- Iran economy (opinion): Hariri's assassination → *Violence against civilians/Attack*, historical,
  "unknown" (as r27c's named assassination); the 2009 uprising → *Peaceful protest*, historical, 2009;
  the execution rate (two a day), the Iran–Iraq war's end, Khomeini's death and the sanctions are generic;
- Iraq Mufti: the barrel bombs dropped on homes in al-Rutba → *Air/drone strike*, actor the government
  (the text's «الحكومة»), publication date (undated); the protests «التي تشهدها مناطق عراقية» → one
  *Peaceful protest*, publication date (as r32b); displacement, killing and demolition named as grievances
  are generic;
- al-Aqsa/West Bank: the Sunday clashes with stone-throwing youths → *Riots/Violent demonstration*
  2015-08-02; the dozens gathered at the gates with the child's pictures → *Peaceful protest* 2015-08-02
  (ambiguous: police barriers kept them out, could be *Protest with intervention*); the police entering
  al-Aqsa «الاسبوع الماضي» after clashes → *Riots/Violent demonstration* dated 2015-07 (as fresh's «الأسبوع
  الماضي»); the Dawabsheh arson → *Violence against civilians/Attack* 2015-07-31, 1 dead (as r25b); the
  six arrests in Hebron governorate → two *Arrests* (Hebron city, with the aggregate sentence its mention;
  Beit Ummar checkpoint); the detonation of a suspicious object in Hebron → *Disrupted weapons use*; the
  search of shops in al-Fawwar with cameras seized → *Looting/property destruction*; the Salwad raid
  (door smashed, freed prisoner taken) and the Silwan arrest (door blown) → two *Arrests*; the
  checkpoints and Jewish extremists' habitual entries are not coded;
- UAE martyr: the soldier killed «أول أمس» in Yemen → *Battles/Armed clash* 2015-07-21, 1 dead, no actor (as r10b)
  (ambiguous: the text gives no manner of death); Tariq al-Shehhi «راح ضحية عملية إرهابية» in Bahrain in
  May last year → *Violence against civilians/Attack*, historical, 2014-05, 1 dead (ambiguous: he was a
  Peninsula Shield serviceman); the funeral, the condolence visit in Dubai (domestic) and Mohammed bin
  Salman's decision are not coded;
- «هل إيران تتغير؟» (opinion): «تم تحرير عدن» → *Government regains territory*, "unknown" (as r30a);
  «ووصل خالد بحاح إلى عدن» → *Diplomacy/Visit*, "unknown" (ambiguous: r30a did not code Bahah's
  appearance; undated here); the Iraqi protests against the government → *Peaceful protest*, publication
  date; the nuclear deal (time reference, as r28c/r30a), resolution 2216, the Resistance's advance «إلى
  باقي المدن» (no place), Lebanon's garbage anger and the journalist's visa are not coded;
- Houthi defections: the Republican Guard defections in Taiz → *Change to group/activity*; the Resistance
  foiling the mining of two houses in Mashraa and Hadnan → *Disrupted weapons use*; the fall of the
  Labouza camp → *Government regains territory* (actor the army and coalition of its sentence); the advance
  on all Taiz fronts → *Armed clash*; the fierce battles at al-Koud (Abyan) → *Armed clash*; the coalition
  aircraft bombing the brigade there → *Air/drone strike* («القصف دمر … الآليات» its mention); the Houthi
  mortar fire on homes in Zinjibar → *Shelling/artillery/missile attack*; the battles inside the Zinjibar
  brigade → *Armed clash*; the reported fighting among Houthis → *Armed clash*, no place (the text gives
  none); the planned operations, the siege of 300 Houthis in Jabal Munif (ambiguous), the «تصفية» of some
  defectors (no actor) and Dhamar's recruitment are not coded;
- Israel/Syrian wounded: the policy decision is not an event; Nusra's accused killing of a Druze youth on
  the Lebanese border → *Violence against civilians/Attack*, historical, "unknown", 1 dead; the Druze mob
  attacking a military ambulance «الشهر الماضي» and beating a wounded man to death → *Riots/Mob violence*
  2015-06, 1 dead, place Israel (the text names no town);
- Sudan–Algeria (negative): the reported travel restrictions, their denial and the students who joined
  ISIS are not coded;
- Bahah profile: the Houthi house arrest → *Arrests*, historical, "unknown"; the Houthi takeover of Sanaa
  → *Non-state actor overtakes territory*, historical, "unknown"; his return to Aden «أمس» → *Diplomacy/
  Visit* 2015-08-01 (as r32b); Aden's liberation → *Government regains territory*, "unknown"; the
  resignations, his leaving house arrest (ambiguous: a release), his joining Hadi in Riyadh and the
  appointment are not coded.

Run: python tests/data/events_r33b_source.py            (writes events_r33b.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

HERE = Path(__file__).parent
OUT = HERE / "events_r33b.jsonl"

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150811-00568"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "بسيطرة",
        actor=("قوات المقاومة الشعبية", "تلك القوات", "المقاومة الشعبية"),
        place=("زنجبار", "محافظة أبين", "أبين"),
        also=("سقوط محافظة أبين في يد المقاومة الشعبية",),
    ),
    E(
        "Battles/Armed clash",
        "تواصل تقدمها",
        actor=("قوات المقاومة الشعبية", "تلك القوات"),
        target=("الحوثيين", "متمردين الحوثيين"),
        place=("تعز",),
    ),
    E(
        "Battles/Armed clash",
        "تواصل تقدمها",
        actor=("قوات المقاومة الشعبية", "تلك القوات"),
        target=("الحوثيين", "متمردين الحوثيين"),
        place=("مأرب",),
        also=("ضربات موجعة",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سقوط عدن",
        actor=("المقاومة الشعبية",),
        place=("عدن",),
        date="unknown",
        status="historical",
        also=("عدن المحررة",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سقوط عدن",
        actor=("المقاومة الشعبية",),
        place=("الضالع",),
        date="unknown",
        status="historical",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سقوط عدن",
        actor=("المقاومة الشعبية",),
        place=("لحج", "العند"),
        date="unknown",
        status="historical",
    ),
    E(
        "Battles/Armed clash",
        "معارك شرسة",
        actor=("القوات الشرعية",),
        target=("العملاء والمتمردين", "المتمردين"),
        place=("الحديدة",),
    ),
]
F["snn-20150722-00728"] = [
    E(
        "Violence against civilians/Attack",
        "اغتيال الحريري",
        target=("الحريري",),
        place=("لبنان",),
        date="unknown",
        status="historical",
    ),
    E(
        "Protests/Peaceful protest",
        "انتفاضة شعبية",
        place=("إيران",),
        date="2009",
        status="historical",
    ),
]
F["snn-20150809-00691"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "البراميل المتفجرة",
        actor=("الحكومة",),
        target=("العمارات السكنية والبيوت الآمنة", "العمارات السكنية", "البيوت الآمنة"),
        place=("منطقة الرطبة العراقية", "الرطبة"),
        also=("وإسقاطها على العمارات السكنية",),
    ),
    E(
        "Protests/Peaceful protest",
        "المظاهرات",
        place=("مناطق عراقية", "العراق"),
    ),
]
F["snn-20150803-00672"] = [
    E(
        "Riots/Violent demonstration",
        "اندلعت اشتباكات",
        actor=("عدداً من الشبان الملثمين", "الشبان الملثمين"),
        target=("قوات الشرطة", "الشرطة الاسرائيلية"),
        place=("المسجد الأقصى", "القدس الشرقية", "القدس"),
        date="2015-08-02",
        also=("برشق الحجارة",),
    ),
    E(
        "Violence against civilians/Attack",
        "احتراق رضيع فلسطيني",
        actor=("مستوطنين متطرفين", "مستوطنون متطرفون"),
        target=("رضيع فلسطيني", "علي دوابشة", "الطفل علي دوابشة"),
        place=("الضفة الغربية المحتلة", "الضفة الغربية"),
        date="2015-07-31",
        fatalities=1,
        also=("إضرام مستوطنين متطرفين النار", "اضرم مستوطنون متطرفون النار"),
    ),
    E(
        "Protests/Peaceful protest",
        "وتجمع العشرات",
        actor=("العشرات",),
        place=("بوابات المسجد الاقصى", "المسجد الاقصى"),
        date="2015-08-02",
    ),
    E(
        "Riots/Violent demonstration",
        "اندلاع اشتباكات",
        actor=("فلسطينيين",),
        target=("الشرطة الاسرائيلية",),
        place=("المسجد الاقصى",),
        date="2015-07",
        also=("دخلت الشرطة الاسرائيلية الاسبوع الماضي",),
    ),
    E(
        "Strategic developments/Arrests",
        "اعتقلت",
        actor=("قوات الاحتلال الإسرائيلي", "قوات الاحتلال"),
        target=("ستة فلسطينيين", "سعيد عبدالهادي الشريف"),
        place=("مدينة الخليل", "الخليل", "محافظة الخليل"),
        also=("قوات الاحتلال اعتقلت سعيد", "مداهمة منازلهم"),
    ),
    E(
        "Strategic developments/Disrupted weapons use",
        "فجّرت",
        actor=("قوات الاحتلال",),
        target=("جسماً مشبوهاً",),
        place=("شارع الشلالة", "البلدة القديمة", "مدينة الخليل", "الخليل"),
    ),
    E(
        "Strategic developments/Arrests",
        "اعتقلت",
        at="محمد عوض",
        actor=("قوات الاحتلال",),
        target=("مالك نايف الصليبي", "أمير إبراهيم صبارنة"),
        place=("بلدة بيت أمر", "بيت أمر"),
    ),
    E(
        "Strategic developments/Looting/property destruction",
        "فتشت",
        actor=("قوات الاحتلال",),
        target=("محلات تجارية", "كاميرات مراقبة"),
        place=("مخيم الفوار", "الفوار"),
        also=("استولت على كاميرات مراقبة",),
    ),
    E(
        "Strategic developments/Arrests",
        "بتحطيم باب منزل",
        actor=("قوات الاحتلال",),
        target=("ماهر نادر مبارك", "الأسير المحرر ماهر نادر مبارك", "الأسير"),
        place=("بلدة سلواد", "سلواد", "رام الله"),
        also=("اقتادت الأسير",),
    ),
    E(
        "Strategic developments/Arrests",
        "واعتقلت",
        actor=("قوات الاحتلال الإسرائيلي", "قوات الاحتلال"),
        target=("نعيم أبو سارة", "الفتى نعيم أبو سارة"),
        place=("سلوان", "حي عين اللوزة", "القدس"),
        also=("تفجير باب منزل ذويه",),
    ),
]
F["snn-20150723-00622"] = [
    E(
        "Battles/Armed clash",
        "استشهد",
        target=("سيف يوسف أحمد بالهول الفلاسي", "ضابط صف سيف يوسف أحمد بالهول الفلاسي", "القوات المشاركة"),
        place=("اليمن",),
        date="2015-07-21",
        fatalities=1,
        also=("استشهاد أحد أبنائها",),
    ),
    E(
        "Violence against civilians/Attack",
        "عملية إرهابية",
        target=("طارق الشحي", "الشهيد الإماراتي طارق الشحي"),
        place=("البحرين",),
        date="2014-05",
        status="historical",
        fatalities=1,
    ),
]
F["snn-20150809-00080"] = [
    E(
        "Battles/Government regains territory",
        "تحرير عدن",
        place=("عدن",),
        date="unknown",
    ),
    E(
        "Diplomacy/Visit",
        "ووصل خالد بحاح",
        actor=("خالد بحاح",),
        place=("عدن",),
        date="unknown",
    ),
    E(
        "Protests/Peaceful protest",
        "يتظاهر العراقيون",
        actor=("العراقيون",),
        target=("النظام العراقي",),
        place=("العراق",),
    ),
]
F["snn-20150807-01425"] = [
    E(
        "Strategic developments/Change to group/activity",
        "انشقاقات",
        actor=("الحرس الجمهوري", "ألوية الحرس الجمهوري"),
        place=("محافظة تعز", "تعز"),
        also=("انشقوا",),
    ),
    E(
        "Strategic developments/Disrupted weapons use",
        "أحبطت",
        actor=("المقاومة الشعبية في تعز", "المقاومة الشعبية"),
        target=("حوثية", "منزلين"),
        place=("مديرية مشرعة وحدنان", "مشرعة وحدنان", "تعز"),
    ),
    E(
        "Battles/Government regains territory",
        "سقوط معسكر لبوزة",
        actor=("الجيش والتحالف", "الجيش"),
        place=("معسكر لبوزة", "لحج"),
    ),
    E(
        "Battles/Armed clash",
        "تقدم",
        at="وهناك",
        target=("جماعات الحوثية",),
        place=("تعز",),
        also=("تقهقر للجماعات الحوثية",),
    ),
    E(
        "Battles/Armed clash",
        "معارك عنيفة",
        actor=("المقاومة",),
        target=("اللواء المتمركز في تلك المنطقة", "اللواء المتمركز", "الحوثيين"),
        place=("منطقة الكود", "الكود", "محافظة أبين", "أبين"),
        also=("تتقدم المقاومة",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "ويقصف",
        actor=("الطيران", "قوات التحالف العربي", "التحالف العربي"),
        target=("اللواء المتمركز في تلك المنطقة", "اللواء المتمركز", "الآليات الحوثية"),
        place=("منطقة الكود", "الكود", "محطة باشافعي"),
        also=("بغطاء جوي كثيف", "قصف الطيران", "القصف دمر"),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "بقصف منازل",
        actor=("الحوثيين",),
        target=("منازل المواطنين والأبرياء", "منازل المواطنين"),
        place=("زنجبار",),
    ),
    E(
        "Battles/Armed clash",
        "معارك دارت",
        target=("الحوثي",),
        place=("زنجبار",),
    ),
    E(
        "Battles/Armed clash",
        "معارك بين الحوثيين",
        actor=("الحوثيين",),
        target=("قيادات الحوثية",),
    ),
]
F["snn-20150722-00108"] = [
    E(
        "Violence against civilians/Attack",
        "بقتل",
        actor=("جبهة النصرة",),
        target=("أحد الشبان الدروز", "الشبان الدروز"),
        place=("حدود لبنان", "لبنان"),
        date="unknown",
        status="historical",
        fatalities=1,
    ),
    E(
        "Riots/Mob violence",
        "وهاجمت",
        actor=("مجموعة منهم", "الطائفة الدرزية"),
        target=("سيارات الإسعاف الإسرائيلية العسكرية", "جريحين", "الجرحى السوريين"),
        place=("إسرائيل",),
        date="2015-06",
        fatalities=1,
        also=("اعتدوا عليهم بالضرب المبرح", "نجحوا في إخراج جريحين"),
    ),
]
F["snn-20150801-00114"] = []  # travel restrictions reported and denied; students who joined ISIS: no event
F["snn-20150802-00159"] = [
    E(
        "Strategic developments/Arrests",
        "الإقامة الجبرية",
        actor=("الحوثيون",),
        target=("خالد محفوظ بحاح", "بحاح", "أفراد حكومة الكفاءات"),
        date="unknown",
        status="historical",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرة الميليشيات الحوثية",
        actor=("الميليشيات الحوثية",),
        place=("العاصمة صنعاء", "صنعاء"),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Visit",
        "يعود",
        at="وأمس",
        actor=("بحاح",),
        place=("عدن",),
        date="2015-08-01",
    ),
    E(
        "Battles/Government regains territory",
        "تحريرها",
        target=("الميليشيات الحوثية", "القوات الموالية للرئيس المخلوع علي عبد الله صالح"),
        place=("عدن",),
        date="unknown",
    ),
]


if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
