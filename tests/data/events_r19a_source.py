"""Source of tests/data/events_r19a.jsonl: the nineteenth blind event round, part r19a.

14 real articles (SaudiNewsNet politics 14, 987–1,482 characters): the lines of /work/brief/DRAW_r19.tsv
(= `python tests/data/events_round19_select.py` at draw time) whose first column is `r19a` (selection =
events_round19_select.py, seed 1919, part r19a). All 14 kept, none dropped; 34 events; 2 negatives
(snn-20150731-01890, snn-20150803-00902). Annotated by reading only (2026-11-29): the event coder was never run on these articles and no coder output was read. Same
format and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set);
`build()` comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none of an annotated set (no shared first 80 characters; the only shared 60-character passage
is Hadi's stock sentence on aid reaching Aden, also in r15b snn-20150726-00335 and r15c snn-20150727-00303,
which report the same Hadi–Ould Cheikh meeting and truce). Within this part, snn-20150806-02170 and
snn-20150806-01856 report the same Arab human-rights committee session in other words (coded alike).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r18c_source.py):
- Hadi and the League: the truce «بدأ سريانها يوم أمس الأحد» → *Strategic developments/Agreement*
  2015-07-26 (as r15b/r15c), Hadi's «لقائه أمس في الرياض» with Ould Cheikh → *Meeting* 2015-07-26, Aden
  «بعد تحريرها» → *Government regains territory*, date "unknown" (background, as r15b); Ben Helli's
  statement is not an event;
- UK: the arrest of the two Khans «الأسبوع الماضي» → *Arrests* 2015-07 (no actor named); the charges, the
  court appearance and the cancelled 4 July celebrations are not coded;
- the Saudi court sentences (negative): court steps, as r17a/r18b; the travels to Syria have no date;
- Sudanese press review: the Hasabo–Asbahi meeting «أمس» → *Meeting* 2015-08-10; the legitimacy's
  announcement «أمس» of the full liberation of the Aden region (Aden, Lahj, Dhale, Abyan) → *Government
  regains territory* 2015-08-10 (an announcement dates what it announces; «مواجهات عنيفة» its mention;
  «عشرات القتلى» no number); the coalition's 29 strikes on ISIS in Iraq and Syria → one *Air/drone
  strike*, publication date (ambiguous: a daily tally, two countries); Turkey's violence «أمس» that killed
  nine → *Armed clash* 2015-08-10, 9 dead (ambiguous: several attacks merged, no sides named); the
  settler raid on al-Aqsa «أمس» not coded (as r13a/r18a: ambiguous), inflation not an event;
- Ajdabiya: the fighting «أول من أمس» → *Armed clash* 2015-08-01, 5 dead, and the warplane's raid
  south of the town → *Air/drone strike* the same day; ISIS's attack on the checkpoint «الجمعة الماضي» →
  *Armed clash* 2015-07-31, 5 dead; the two soldiers killed when reinforcements were sent → a separate
  *Armed clash*, date "unknown", 2 dead (ambiguous: could be a mention of the checkpoint attack); the ISIS
  takeover of Sirte and the rival group's of Tripoli → *Non-state actor overtakes territory*, historical,
  date "unknown"; Gaddafi's overthrow (four years back, a regime change) and the border guard's stop of
  migrants (as r11a's interceptions) are not coded;
- Jubeir–Shoukry: the joint press conference «في جدة أمس» → *Meeting* and Shoukry's «زيارته إلى المملكة» →
  *Visit*, both 2015-07-23; the Iran nuclear deal → *Diplomacy/Agreement*, date "unknown" (as r15b); the
  Cairo meetings on Yemen and Cairo's reception of Saleh's envoys → one *Meeting*, date "unknown"; the
  Hamas delegation's Umrah trip (said to be not official) is not coded (ambiguous);
- Aden airport: its liberation «الأسبوع الماضي» → *Government regains territory* 2015-07; «انتصار عدن» →
  Aden's liberation, date "unknown" (one per article); the Saudi relief plane «التي هبطت اليوم» →
  *Diplomacy/Aid* 2015-07-22; the Houthi takeover of Aden and the south → *Non-state actor overtakes
  territory*, historical, date "unknown" (the text dates only the battles' start); the shelling is habitual;
- ICRC toll: 3,800 dead since March is a tally (not coded); Maurer «وصل، السبت، إلى صنعاء» → *Visit*
  2015-08-08; «سيلتقي … مع عدد من المسؤولين» → *Meeting*, planned (no date); his expected Aden visit and
  the flights of wounded and returnees are not coded;
- Marib: the seizure of two trucks of Iranian intelligence equipment → *Disrupted weapons use*, place
  Marib (the governor's province; the text names no seizure place: ambiguous), the advances on all fronts
  are a campaign;
- Arab human-rights committee (both articles): its 34th session «أمس» in Cairo, hearing Yemen's minister
  al-Asbahi → *Diplomacy/Meeting* 2015-08-05 (ambiguous: r18a left an opposition body's internal meeting
  uncoded; this is a League body with a government minister); the planned fact-finding visit (being
  formed) and the attacks on civilians (generic) are not coded;
- Jazan: the Houthi projectiles on al-Khawjara «أمس الجمعة» → *Shelling/artillery/missile attack*
  2015-07-24, 0 dead; the foiled attack on the al-Tuwal crossing «خلال اليومين الماضيين» → *Armed clash*
  2015-07 (six hours of fighting; the 16 vehicles destroyed part of it) and the coalition aircraft
  bombing the rocket bases → *Air/drone strike* 2015-07;
- ISIS threat video (negative): threats, the alert and the armed cars sighted are not events, the defeat
  in Derna and Benghazi names no takeover;
- Jubeir in Berlin: the press conference with Steinmeier «أمس» → *Meeting* 2015-08-10, the nuclear deal
  → *Agreement* "unknown", the talks with Lavrov «في موسكو اليوم» → *Talks*, planned, 2015-08-11 (as
  r15b), the coalition delegation «من المرتقب أن يصل إلى موسكو» → *Visit*, planned (no date).

Run: python tests/data/events_r19a_source.py            (writes events_r19a.jsonl)
Text licences: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r19a.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150727-00444"] = [
    E(
        "Strategic developments/Agreement",
        "الهدنة الإِنسانية",
        date="2015-07-26",
        also=("بهذه الهدنة الإِنسانية",),
    ),
    E(
        "Diplomacy/Meeting",
        "لقائه",
        actor=("عبد ربه منصور هادي", "هادي", "الرئيس اليمني"),
        target=("إسماعيل ولد الشيخ", "ولد الشيخ", "مبعوث الأمين العام للأمم المتحدة"),
        place=("الرياض",),
        date="2015-07-26",
    ),
    E(
        "Battles/Government regains territory",
        "تحريرها",
        target=("المليشيات المتمردة",),
        place=("مدينة عدن", "عدن"),
        date="unknown",
    ),
]
F["snn-20150722-00389"] = [
    E(
        "Strategic developments/Arrests",
        "واعتقل",
        target=("جنيد أحمد خان", "شزيب أحمد خان", "جنيد خان", "شزيب خان"),
        place=("لوتون",),
        date="2015-07",
    ),
]
F["snn-20150731-01890"] = []
F["snn-20150811-01556"] = [
    E(
        "Diplomacy/Meeting",
        "لقاء",
        actor=("حسبو محمد عبدالرحمن", "النائب الثاني للرئيس السوداني"),
        target=("عز الدين الأصبحي", "وزير حقوق الإنسان والإغاثة باليمن"),
        place=("القصر الرئاسي", "الخرطوم"),
        date="2015-08-10",
    ),
    E(
        "Battles/Government regains territory",
        "التحرير الكامل",
        actor=("الشرعية اليمنية",),
        target=("المتمردين الحوثيين", "قوات المخلوع علي عبدالله صالح"),
        place=("إقليم عدن", "عدن", "لحج", "الضالع", "أبين"),
        date="2015-08-10",
        also=("مواجهات عنيفة",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "ضربة جوية",
        actor=("التحالف الدولي", "الولايات المتحدة"),
        target=("داعش", 'تنظيم "داعش"'),
        place=("العراق", "سوريا"),
    ),
    E(
        "Battles/Armed clash",
        "أعمال العنف",
        place=("تركيا",),
        date="2015-08-10",
        fatalities=9,
        also=("مصرع تسعة أشخاص",),
    ),
]
F["snn-20150803-00831"] = [
    E(
        "Battles/Armed clash",
        "قتلوا",
        actor=("قوات موالية للحكومة المعترف بها دوليا", "قوات موالية للحكومة"),
        target=("جماعات مسلحة", "المسلحون"),
        place=("بلدة أجدابيا", "أجدابيا"),
        date="2015-08-01",
        fatalities=5,
        also=("اشتباكات", "واندلع القتال"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "وهاجمت طائرة حربية",
        target=("المسلحون", "جماعات مسلحة"),
        place=("أجدابيا", "جنوبي البلدة"),
        date="2015-08-01",
    ),
    E(
        "Battles/Armed clash",
        "هاجموا",
        actor=("تنظيم داعش", "داعش"),
        target=("نقطة تفتيش", "القوات التابعة للحكومة الرسمية", "خمسة جنود"),
        place=("مشارف أجدابيا", "أجدابيا"),
        date="2015-07-31",
        fatalities=5,
        also=("فقتلوا خمسة جنود",),
    ),
    E(
        "Battles/Armed clash",
        "وقتل جنديان",
        target=("جنديان",),
        place=("أجدابيا",),
        date="unknown",
        fatalities=2,
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرت",
        at="منذ ",
        actor=("جماعة منافسة",),
        place=("العاصمة طرابلس", "طرابلس"),
        date="unknown",
        status="historical",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "وسيطر المتشددون",
        actor=("المتشددون الموالون لداعش", "داعش"),
        place=("مدينة سرت", "سرت"),
        date="unknown",
        status="historical",
    ),
]
F["snn-20150724-01152"] = [
    E(
        "Diplomacy/Agreement",
        "الاتفاق النووي",
        actor=("إيران",),
        target=("الدول الكبرى", "مجموعة 5+1"),
        date="unknown",
    ),
    E(
        "Diplomacy/Meeting",
        "بالاجتماعات",
        place=("القاهرة",),
        date="unknown",
        also=("استقبال القاهرة لممثلين",),
    ),
    E(
        "Diplomacy/Meeting",
        "مؤتمر صحفي مشترك",
        actor=("عادل الجبير", "الجبير"),
        target=("سامح شكري", "شكري"),
        place=("جدة",),
        date="2015-07-23",
    ),
    E(
        "Diplomacy/Visit",
        "زيارته",
        actor=("سامح شكري", "شكري"),
        place=("المملكة", "جدة"),
        date="2015-07-23",
    ),
]
F["snn-20150722-02046"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرة الحوثيين",
        actor=("الحوثيين",),
        place=("عدن", "المحافظات الجنوبية"),
        date="unknown",
        status="historical",
    ),
    E(
        "Battles/Government regains territory",
        "بانتصار عدن",
        place=("عدن",),
        date="unknown",
    ),
    E(
        "Battles/Government regains territory",
        "بتحرير مطار عدن الدولي",
        target=("مليشيات المتمردين الحوثيين", "الحوثيين", "قوات المخلوع صالح"),
        place=("مطار عدن الدولي", "عدن"),
        date="2015-07",
        also=("بعد تحريره", "بتحرير المطار", "عقب تحريره"),
    ),
    E(
        "Diplomacy/Aid",
        "لتهبط الطائرة السعودية",
        actor=("السعودية", "القوات السعودية"),
        place=("مطار عدن الدولي", "المطار", "عدن"),
        date="2015-07-22",
        also=("طائرة الإغاثة السعودية",),
    ),
]
F["snn-20150810-01391"] = [
    E(
        "Diplomacy/Meeting",
        "وسيلتقي",
        actor=("بيتر مورر",),
        target=("عدد من المسؤولين اليمنيين", "المسؤولين اليمنيين"),
        status="planned",
    ),
    E(
        "Diplomacy/Visit",
        "وصل",
        actor=("بيتر مورر", "رئيس اللجنة الدولية للصليب الأحمر الدولي"),
        place=("صنعاء",),
        date="2015-08-08",
        also=("في زيارة تستغرق",),
    ),
]
F["snn-20150808-01281"] = [
    E(
        "Strategic developments/Disrupted weapons use",
        "ضبطا",
        actor=("الجيش الوطني والمقاومة اليمنية", "الجيش الوطني", "المقاومة اليمنية"),
        target=("قاطرتين", "للحوثيين"),
        place=("مأرب",),
        also=("ضبط الجيش الوطني والمقاومة",),
    ),
]
F["snn-20150806-02170"] = [
    E(
        "Diplomacy/Meeting",
        "الاجتماع الرابع والثلاثين",
        actor=("لجنة حقوق الإنسان", "اللجنة", "لجنة الميثاق"),
        target=("عزالدين الأصبحي", "وزير حقوق الإنسان في اليمن"),
        place=("القاهرة",),
        date="2015-08-05",
        also=("استمعت لعرض",),
    ),
]
F["snn-20150725-01513"] = [
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "لمقذوفات حوثية",
        actor=("حوثية", "الحوثيين"),
        place=("قرية الخوجرة", "الخوجرة", "محافظة الطوال", "جازان"),
        date="2015-07-24",
        fatalities=0,
        also=("القذائف سقطت",),
    ),
    E(
        "Battles/Armed clash",
        "أحبطت",
        actor=("القوات السعودية",),
        target=("مليشيات الحوثيين", "أعوان المخلوع علي صالح", "جيش المخلوع صالح"),
        place=("منفذ الطوال", "الطوال"),
        date="2015-07",
        also=(
            "تدمير أكثر من 16 آلية",
            "وتصدت القوات لذلك الهجوم",
            "اشتباكات استمرت",
            "وتصدت القوات السعودية المشتركة",
        ),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "تقصف",
        actor=("طائرات التحالف", "التحالف"),
        target=("قواعد الصواريخ", "جيش المخلوع"),
        place=("منفذ الطوال", "الطوال"),
        date="2015-07",
    ),
]
F["snn-20150803-00902"] = []
F["snn-20150811-00102"] = [
    E(
        "Diplomacy/Agreement",
        "الاتفاق النووي",
        actor=("الغرب",),
        target=("طهران", "إيران"),
        date="unknown",
    ),
    E(
        "Diplomacy/Meeting",
        "مؤتمر صحافي",
        actor=("عادل الجبير", "الجبير"),
        target=("فرانك فالتر شتاينماير", "شتاينماير"),
        place=("برلين",),
        date="2015-08-10",
    ),
    E(
        "Diplomacy/Talks",
        "مباحثات",
        actor=("الجبير",),
        target=("سيرغي لافروف", "لافروف"),
        place=("موسكو",),
        date="2015-08-11",
        status="planned",
        also=("اللقاء",),
    ),
    E(
        "Diplomacy/Visit",
        "يصل",
        actor=("وفد من الائتلاف الوطني السوري المعارض", "الائتلاف الوطني السوري", "خالد خوجة"),
        place=("موسكو",),
        status="planned",
    ),
]
F["snn-20150806-01856"] = [
    E(
        "Diplomacy/Meeting",
        "الاجتماع الرابع والثلاثين",
        actor=("لجنة حقوق الإنسان العربية", "اللجنة"),
        target=("عز الدين الأصبحي", "وزير حقوق الإنسان في اليمن"),
        place=("القاهرة",),
        date="2015-08-05",
        also=("استمعت لعرض",),
    ),
]


if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
