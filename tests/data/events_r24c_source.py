"""Source of tests/data/events_r24c.jsonl: the twenty-fourth blind event round, part r24c.

14 real articles (SaudiNewsNet politics, 910–1,490 characters): the lines of /work/brief/DRAW_r24.tsv
(the saved output of `python tests/data/events_round24_select.py`) whose first column is `r24c`
(selection = events_round24_select.py, seed 2424, part r24c). All 14 kept, none dropped; 3 of them
report no event (negatives). Annotated by reading only (2026-11-29): the event coder was never run on
these articles and no coder output was read. Same format and guidelines as events_dev_source.py and
events_fresh_source.py (docs/events.md § Dev set); `build()` comes from events_dev_source.py
(SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three 12-word
runs with an article of another tests/data/events_*.jsonl set. Same happenings in other words: the Duma
arson (r7a, r15c, r18a, r22c …), the Turkish F-16 strikes near Kilis, the Kilis border clash and the
Suruc bombing (r12b and others), the Yemen humanitarian truce of 26 July and the liberation of Aden
named as background (many rounds), Turkey's consent to the use of its bases (r20–r22).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r22c_source.py):
- Shabwa/Marib: the coalition strike on the commander's house in Ataq «أمس الأحد» → *Air/drone strike*
  2015-07-26 (dead and wounded, no number); the truce announced by the government and the coalition,
  in force «مساء أمس» → *Strategic developments/Agreement* 2015-07-26; the Marib clashes «مساء السبت
  … حتى وقت مبكر من أمس» → one *Armed clash* dated 2015-07-25 (its start), 8 dead; the Third Military
  Region's artillery and the coalition's strikes on al-Jufaina «في السياق نفسه» → *Shelling* and
  *Air/drone strike* dated as the clash (ambiguous: the text gives no own day); the Houthis' attempt
  to advance («يحاول») is not coded;
- Mogherini: her planned visit to Tehran → *Diplomacy/Visit*, planned, publication date (the meetings
  of the visit are part of it); the 1988 massacre of 30,000 political prisoners named in the NCRI
  statement → *Violence against civilians/Attack*, historical, 1988, no actor (ambiguous: an
  allegation in a statement); the 120,000 executions and the ~1,000 executions «بعد مرور تسعة أشهر»
  are tallies, not coded;
- "suicide chickens" (negative): ISIS tying explosive belts to chickens in Fallujah and IEDs to goats
  in Kobani are tactics reported without a time or a single happening, the coalition's leaflet drop is
  not a taxonomy event (ambiguous: a coder could code a *Remote explosive* in Fallujah);
- Saudi court (negative): a sentence and the convicted man's undated fighting in Syria are not coded;
- Duma: the arson «اليوم الجمعة» → *Violence against civilians/Attack* 2015-07-31, 1 dead (the infant;
  the brother and parents injured), the neighbouring house's damage part of it; the burning of a
  Palestinian youth «قبل عام» and the killing of three Israelis by their kidnappers → two
  *Violence against civilians/Attack*, historical, 2014 (1 and 3 dead); the price-tag mosque arsons
  «خلال السنوات القليلة الماضية» are generic; Israel's demolition of two buildings in Beit El «في وقت
  سابق هذا الأسبوع» (a legal enforcement on a settlement) is not coded (ambiguous: could be
  *Looting/property destruction*);
- former judge: the rejected Houthi offers and the decision to send ministers to Aden are not coded;
  the First Military Region commander's meeting with the Hadramawt tribal alliance → *Diplomacy/
  Meeting*, publication date (ambiguous: a domestic army–tribe meeting);
- «حزم وعزم» (opinion): the army and Resistance clearing Aden («ليطهر عدن») → *Government regains
  territory*, date "unknown" (as the liberation of Aden named as background in earlier rounds); the
  coalition's strikes are generic; the Houthi seizure of power is not coded;
- Sanaa: the Houthi defeats in Aden → *Government regains territory*, "unknown" («تحريرها» a mention);
  the truce «ليلة الأحد - الاثنين» → *Strategic developments/Agreement* 2015-07-26; the rockets fired on
  residential districts of Aden, Dhale, Marib and Taiz after the truce → one *Shelling* with the four
  cities accepted (ambiguous: per-place rule would make four); the UN humanitarian coordinator's visit
  to Aden «أمس» → *Visit* 2015-07-30; the Yassin–Fabius meeting → *Meeting*, publication date (undated);
  Fabius's visit to Tehran «قبل يومين فقط» → *Visit*, planned; the security plans and the calls to
  respect the truce are not coded;
- Aden prisoners: the dozens of Houthi prisoners held and questioned by the Resistance → *Arrests*,
  date "unknown"; Aden «أصبحت محررة» → *Government regains territory*, "unknown"; the ministers' visits
  to destroyed sites and the domestic meetings are not coded;
- Cavusoglu: Turkey's consent «نهاية الشهر الماضي» to US use of its bases → *Diplomacy/Agreement*
  2015-07; his visit to Malaysia (statement «اليوم الأربعاء») → *Visit* 2015-08-05; Nusra's detention
  of US-trained rebels → *Abduction/forced disappearance*, publication date (undated); the coming
  «معركة شاملة», the jets' arrival and the air-cover plans are plans, not coded;
- safe zone: the US–Turkish agreement named as background → *Diplomacy/Agreement*, historical,
  "unknown"; the Turkish leadership's series of meetings with Syrian opposition leaders → *Meeting*,
  publication date; the jets' arrival, the coming ground operations and the Kurdish limits are not coded;
- Turkish F-16s: the strikes on ISIS «صباح اليوم» → *Air/drone strike* 2015-07-24, place «سويا» (sic)
  and Kilis accepted; the Istanbul police raids on 100+ sites → *Arrests*, publication date (as r12b's
  raids); the cross-border exchange of fire «يوم الخميس» → *Armed clash* 2015-07-23, 2 dead (a soldier
  and a militant); the Suruc suicide bombing «مؤخرا» → *Suicide bomb*, date "unknown", 32 dead, actor
  ISIS (suspected), the town unnamed; the attacks by ISIS and Kurdish militants (aggregate) are not coded;
- Golden Arrow: the massing of tanks and the deployment of troops «أمس الأحد» are preparations, not
  coded; the Houthi loss in Aden → *Government regains territory*, "unknown".

Negatives (3): snn-20150724-00397 (suicide chickens), snn-20150806-01537 (court sentence),
snn-20150722-00988 (Eid congratulations).

Run: python tests/data/events_r24c_source.py            (writes events_r24c.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r24c.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150727-00306"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصف",
        actor=("طيران التحالف", "التحالف"),
        target=("منزل قائد عسكري", "الحوثيين", "اللواء عوض بن فريد", "عوض بن فريد"),
        place=("مدينة عتق", "عتق", "محافظة شبوة", "شبوة"),
        date="2015-07-26",
        also=("القصف أدى", "هذا القصف", "الغارات"),
    ),
    E(
        "Strategic developments/Agreement",
        "هدنة",
        actor=("الحكومة اليمنية", "قوات التحالف", "التحالف"),
        place=("اليمن",),
        date="2015-07-26",
    ),
    E(
        "Battles/Armed clash",
        "مواجهات",
        actor=("المقاومة الشعبية",),
        target=("الحوثيين", "حوثيين", "المسلحين الحوثيين", "قوات الرئيس السابق", "صالح"),
        place=("منطقة الجفينة", "الجفينة", "مدينة مأرب", "مأرب"),
        date="2015-07-25",
        fatalities=8,
        also=("مواجهات عنيفة", "مقتل ثمانية حوثيين وإصابة"),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصفت",
        actor=("المنطقة العسكرية الثالثة",),
        target=("مواقع الحوثيين", "الحوثيين", "قوات صالح"),
        place=("الجفينة", "مأرب"),
        date="2015-07-25",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصف",
        at="وفي السياق نفسه",
        actor=("طيران التحالف", "التحالف"),
        target=("مواقع الحوثيين", "الحوثيين", "قوات صالح"),
        place=("الجفينة", "مأرب"),
        date="2015-07-25",
    ),
]
F["snn-20150726-00895"] = [
    E(
        "Diplomacy/Visit",
        "الزيارة",
        actor=("فدريكا موغيريني", "موغيريني", "الممثلة العليا للسياسة الخارجية الأوروبية"),
        place=("طهران",),
        status="planned",
        also=("هذه الزيارة",),
    ),
    E(
        "Violence against civilians/Attack",
        "مجزرة جماعية",
        target=("30 ألف سجين سياسي", "سجين سياسي"),
        date="1988",
        status="historical",
        fatalities=30000,
    ),
]
F["snn-20150724-00397"] = []  # ISIS "suicide chickens": a tactic, no dated happening
F["snn-20150806-01537"] = []  # Saudi court sentence for joining Nusra: not an event
F["snn-20150731-00181"] = [
    E(
        "Violence against civilians/Attack",
        "أضرموا",
        actor=("متطرفون يهود", "اسرائيليون متطرفون", "بطاقة السعر"),
        target=("طفل فلسطيني", "منزل", "منزل العائلة"),
        place=("كفر دوما", "قرية قريبة من مدينة نابلس", "نابلس", "الضفة الغربية المحتلة", "الضفة الغربية"),
        date="2015-07-31",
        fatalities=1,
        also=("هذا هجوم", "أسوأ هجوم", "اثناء الهجوم"),
    ),
    E(
        "Violence against civilians/Attack",
        "احراق شاب",
        actor=("متطرفون إسرائيليون",),
        target=("شاب فلسطيني",),
        date="2014",
        status="historical",
        fatalities=1,
    ),
    E(
        "Violence against civilians/Attack",
        "مقتل ثلاثة اسرائيليين",
        actor=("خاطفيهم",),
        target=("ثلاثة اسرائيليين",),
        date="2014",
        status="historical",
        fatalities=3,
    ),
]
F["snn-20150725-00639"] = [
    E(
        "Diplomacy/Meeting",
        "اجتماع",
        actor=("قائد المنطقة العسكرية الأولى", "عبدالرحيم عتيق"),
        target=("حلف القبائل",),
        place=("حضرموت",),
    ),
]
F["snn-20150726-00577"] = [
    E(
        "Battles/Government regains territory",
        "ليطهر",
        actor=("المقاومة الشعبية", "الجيش الوطني اليمني الشرعي", "الجيش الوطني اليمني"),
        target=("المليشيا",),
        place=("عدن",),
        date="unknown",
        also=("عدن كسبت معركتها",),
    ),
]
F["snn-20150731-00343"] = [
    E(
        "Battles/Government regains territory",
        "الهزائم",
        target=("الحوثيون", "قوات حليفهم الرئيس اليمني السابق علي عبد الله صالح", "المتمردين"),
        place=("مدينة عدن الجنوبية", "عدن"),
        date="unknown",
        also=("تحريرها",),
    ),
    E(
        "Strategic developments/Agreement",
        "هدنة إنسانية",
        actor=("التحالف العربي", "التحالف"),
        place=("اليمن", "المدن اليمنية"),
        date="2015-07-26",
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "أطلقوا صواريخ",
        actor=("المتمردون",),
        target=("أحياء سكنية",),
        place=("عدن", "الضالع", "مأرب", "تعز"),
        date="2015-07-26",
    ),
    E(
        "Diplomacy/Visit",
        "زيارة أممية",
        actor=("يوهانس فانديلا", "المنسق الإنساني للأمم المتحدة في اليمن"),
        place=("عدن",),
        date="2015-07-30",
        also=("لتفقد المدينة",),
    ),
    E(
        "Diplomacy/Meeting",
        "لقاء",
        actor=("رياض ياسين", "وزير الخارجية اليمني"),
        target=("لوران فابيوس", "فابيوس", "نظيره الفرنسي"),
    ),
    E(
        "Diplomacy/Visit",
        "زيارة فابيوس",
        actor=("فابيوس", "لوران فابيوس"),
        place=("طهران",),
        status="planned",
    ),
]
F["snn-20150721-02447"] = [
    E(
        "Strategic developments/Arrests",
        "الأسرى",
        actor=("المقاومة",),
        target=("الأسرى الحوثيين", "قيادات كبيرة من الحوثي", "الحوثيين"),
        place=("عدن",),
        date="unknown",
        also=("قيادات كبيرة من الحوثي لدى المقاومة",),
    ),
    E(
        "Battles/Government regains territory",
        "محررة",
        place=("عدن",),
        date="unknown",
    ),
]
F["snn-20150806-01563"] = [
    E(
        "Diplomacy/Agreement",
        "وافقت",
        actor=("تركيا",),
        target=("الطائرات الأمريكية", "طائرات التحالف", "الولايات المتحدة"),
        date="2015-07",
        also=("اتفاقهم مع الولايات المتحدة",),
    ),
    E(
        "Diplomacy/Visit",
        "زيارة",
        at="وأضاف خلال",
        actor=("مولود أوغلو", "أوغلو", "وزير الخارجية التركي"),
        place=("ماليزيا",),
        date="2015-08-05",
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "اعتقلوا",
        actor=("مقاتلي جبهة النصرة", "جبهة النصرة"),
        target=("مقاتلين من المعارضة", "مقاتلين من المعارضة دربهم الجيش الامريكي"),
        place=("سوريا",),
    ),
]
F["snn-20150804-00100"] = [
    E(
        "Diplomacy/Agreement",
        "الاتفاق",
        actor=("الأتراك", "تركيا"),
        target=("الأميركيين",),
        date="unknown",
        status="historical",
        also=("والاتفاق الأميركي - التركي",),
    ),
    E(
        "Diplomacy/Meeting",
        "اجتماعات",
        actor=("القيادة التركية",),
        target=("قادة المعارضة السورية", "المعارضة السورية"),
    ),
]
F["snn-20150722-00988"] = []  # Eid congratulations and praise of the coalition: no happening
F["snn-20150724-01740"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصفت",
        actor=("مقاتلات تركية إف-16", "مقاتلات تركية", "المقاتلات التركية", "تركيا"),
        target=("تنظيم الدولة الاسلامية", "داعش"),
        place=("سويا", "بلدة كِلِس التركية", "كِلِس"),
        date="2015-07-24",
        also=("وقصفت مقرين", "الغارات وقعت", "اثناء العملية"),
    ),
    E(
        "Strategic developments/Arrests",
        "مداهمات",
        actor=("الشرطة التركية", "شرطة مكافحة الارهاب"),
        target=("تنظيم داعش", "داعش", "متشددين اكراد"),
        place=("مدينة اسطنبول", "اسطنبول"),
        also=("داهمت",),
    ),
    E(
        "Battles/Armed clash",
        "تبادل لاطلاق النار",
        actor=("الجيش التركي",),
        target=("مقاتلي داعش", "داعش"),
        place=("كِلِس", "سويا"),
        date="2015-07-23",
        fatalities=2,
        also=("قتل خلاله جندي تركي",),
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "تفجير انتحاري",
        actor=("تنظيم داعش", "داعش"),
        place=("بلدة على الحدود مع سوريا", "تركيا"),
        date="unknown",
        fatalities=32,
    ),
]
F["snn-20150803-00030"] = [
    E(
        "Battles/Government regains territory",
        "بالخسارة في عدن",
        target=("ميليشيات الحوثي", "الحوثي"),
        place=("عدن",),
        date="unknown",
        also=("بالهزيمة",),
    ),
]

if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
