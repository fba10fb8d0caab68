"""Source of tests/data/events_r62a.jsonl: the sixty-second blind event round, part r62a.

6 real articles (SaudiNewsNet politics, 976–1,947 characters): the lines of /work/brief/DRAW_r62.tsv
(the saved output of `python tests/data/events_round62_select.py`) whose first column is `r62a`
(selection = events_round62_select.py, seed 6262, part r62a). All 6 kept, none dropped. Annotated by
reading only (2026-11-29): the event coder was never run on these articles and no coder output was read.
Same format and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set);
`build()` comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or a single 12-word
run with an article of another tests/data/events_*.jsonl set (1,906 articles, checked 2026-11-29 23:20
UTC). Same happenings in other words: the shelling of the al-Misyal border post and the destruction of
the attackers (r43a, snn-20150801-00741) and the four Saudi security men killed on 31 July (r6b); Umm
Sayyaf's hand-over, her capture and the raid that killed Abu Sayyaf (r20a, r8b); the Libya Dawn takeover
of Tripoli (r25a, r44c); the Tebu–Tuareg fighting in Sabha (r24b, r31c: other days); the nuclear deal
and the liberation of Aden (many rounds).

Choices (the last rounds' calls followed):
- Sabha tribal clashes (01399): the Tebu–Tuareg clashes → one *Armed clash*, 2015-07-18 (they «تفجرت …
  قبل أربعة أيام», counted from the publication day as r40c; ambiguous: the officials spoke «أمس», which
  would give 2015-07-17), 37 dead (29 Tuareg + 8 Tebu; the lead says only «العشرات»); the killing of a
  Tebu man at a checkpoint that started them → *Violence against civilians/Attack*, 1 dead, 2015-07
  (ambiguous: no actor or means named, could be read as an *Armed clash* as r10b/r31b's bare deaths; the
  date is only «before the clashes»); the armed faction expelling the recognised prime minister from
  Tripoli «قبل عام» → *Non-state actor overtakes territory*, historical, 2014 (as r25a/r44c). Not coded:
  the failed truce talks of the notables (as r23c's failed talks; a domestic mediation), the city's
  request for help from Tripoli, the two governments' war and ISIS exploiting the vacuum (general), the
  halted flights, the fall of Gaddafi in 2011 (a time anchor);
- Aden relief (01159): «تحرير عدن من مسلحي جماعة الحوثي» → *Government regains territory*, historical,
  "unknown", no actor (as r8b/r42a). Not coded: the airport's reopening and rehabilitation, the siege of
  three months (a state), the displaced, the appeal;
- Saudi killed in Syria (01157): al-Mutairi (Jund al-Aqsa) «لقي … حتفه في ريف أدلب» → *Armed clash*, no
  actor, 1 dead, publication date (a bare death notice, as r10b/r31b; ambiguous); the interior ministry's
  first terrorist list «العام الماضي» → *Diplomacy/Sanction*, historical, 2014 (as r49c/r52c's terror
  listings; every listed group accepted as target). Not coded: the Saudi youths fleeing Syria (a trend),
  the internal disputes, the recruitment;
- Umm Sayyaf (00678): her hand-over by the US to the Kurdistan interior ministry → *Strategic
  developments/Other* (as r20a), publication date (the text gives no day); the special-forces raid that
  killed Abu Sayyaf «في 15 مايو» («السبت») → *Armed clash*, historical, 2015-05-15, 13 dead (Abu Sayyaf
  «مع 12 ناشطا اخرين»; as r20a's raid); her capture in the same operation → *Arrests*, historical,
  2015-05-15 (first mention «كانت تعتقلها القوات الأميركية منذ مايو الماضي»; ambiguous date: «منذ مايو»
  alone gives 2015-05). Not coded: the oil smuggling (a habit), her detention in Iraq (a state);
- Kerry interview (00016): the nuclear deal reached «الأسبوع الماضي» in Vienna → *Diplomacy/Agreement*
  2015-07 (as fresh's «الأسبوع الماضي»); his meeting with the GCC ministers «يوم 3 أغسطس … في الدوحة» →
  *Diplomacy/Meeting*, planned, 2015-08-03 (no visit coded: the text names no trip). Not coded: the
  interview itself (a phone interview, as earlier rounds' interviews), the statements, the lifting of
  sanctions and the coordination to come (aims), Kerry taking office in 2013;
- Saudi border (00123): the lead's aggregate (four dead, eight wounded) is a mention of the first of
  the two incidents it sums; the heavy shells on the al-Misyal post (Dhahran al-Janoub, Asir) «صباح أمس»
  → *Shelling/artillery/missile attack* 2015-07-31, 3 dead, actor the Houthis (as r43a); the security
  forces and land forces destroying the launch platforms in Yemen → *Armed clash* 2015-07-31 (as r43a's
  «تدمير العناصر المعتدية»; ambiguous: no means named, could be *Shelling*); the projectile on the
  «قوة المجاهدين» patrol at al-Tuwal (Jazan) → a second *Shelling*, 1 dead, 2015-07-31 (ambiguous date:
  «حادثة أخرى» has no day of its own; the lead's «أمس» covers both), Houthis accepted as actor from the
  lead. Not coded: the border clashes «الذي يشهد مواجهات» (a habit), the morale statements, the care for
  the families.

Counts: 6 articles, 14 events, no negative (Battles 6, Diplomacy 3, Explosions/Remote violence 2,
Strategic developments 2, Violence against civilians 1).

Run: python tests/data/events_r62a_source.py            (writes events_r62a.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r62a.jsonl")

F: dict[str, list[dict]] = {}

F["snn-20150722-01399"] = [  # Libya: dozens killed in tribal clashes in Sabha
    E(
        "Battles/Armed clash",
        "اشتباكات",
        actor=("الطوارق", "قبيلة تبو", "تبو", "قبيلتين"),
        target=("قبيلة تبو", "تبو", "الطوارق"),
        place=("سبها", "مدينة سبها", "أكبر مدن الجنوب الليبي"),
        date="2015-07-18",
        fatalities=37,
        also=("الاشتباكات تفجرت", "الاشتباكات بدأت", "في الاشتباكات", "قتلوا"),
    ),
    E(
        "Violence against civilians/Attack",
        "مقتل أحد أفراد القبيلة",
        target=("أحد أفراد القبيلة", "قبيلة تبو"),
        place=("سبها", "مدينة سبها"),
        date="2015-07",
        fatalities=1,
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "وتولت السلطة",
        actor=("فصيل مسلح",),
        place=("طرابلس العاصمة", "طرابلس"),
        date="2014",
        status="historical",
        also=("طرد رئيس الوزراء",),
    ),
]

F["snn-20150801-01159"] = [  # Yemeni centre asks relief agencies to step up aid to Aden
    E(
        "Battles/Government regains territory",
        "تحرير عدن",
        target=("مسلحي جماعة الحوثي", "جماعة الحوثي", "القوات الموالية للرئيس المخلوع"),
        place=("عدن",),
        date="unknown",
        status="historical",
    ),
]

F["snn-20150803-01157"] = [  # a Saudi member of Jund al-Aqsa killed in Idlib countryside
    E(
        "Battles/Armed clash",
        "حتفه",
        target=("عبدالمجيد المطيري", "المطيري", "جند الأقصى"),
        place=("ريف أدلب", "أدلب"),
        fatalities=1,
    ),
    E(
        "Diplomacy/Sanction",
        "أعلنت العام الماضي القائمة الأولى",
        actor=("وزارة الداخلية",),
        target=(
            "تنظيم القاعدة",
            "داعش",
            "جبهة النصرة",
            "حزب الله",
            "جماعة الإخوان المسلمين",
            "جماعة الحوثي",
            "الجماعات الإرهابية",
        ),
        date="2014",
        status="historical",
    ),
]

F["snn-20150808-00678"] = [  # Washington hands Abu Sayyaf's widow to Iraqi Kurdistan
    E(
        "Strategic developments/Other",
        "سلمت",
        actor=("الولايات المتحدة", "وزارة الدفاع الاميركية", "البنتاغون"),
        target=("ارملة قيادي كبير في تنظيم داعش", "ام سياف", "نسرين اسعد ابراهيم"),
        place=("اقليم كردستان العراق", "كردستان العراق", "السلطات الكردية العراقية"),
        also=("تم تسليمها الى وزارة الداخلية", "قرار تسليم ام سياف"),
    ),
    E(
        "Battles/Armed clash",
        "هجوم",
        actor=("القوات الاميركية الخاصة", "للقوات الأميركية الخاصة", "الولايات المتحدة"),
        target=("ابو سياف", "تنظيم داعش"),
        place=("سورية", "الاراضي السورية"),
        date="2015-05-15",
        status="historical",
        fatalities=13,
        also=("عملية نادرة", "بقتلها السبت"),
    ),
    E(
        "Strategic developments/Arrests",
        "تعتقلها",
        actor=("القوات الأميركية", "القوات الاميركية"),
        target=("ارملة قيادي كبير في تنظيم داعش", "ام سياف", "زوجة القيادي"),
        place=("سورية", "الاراضي السورية"),
        date="2015-05-15",
        status="historical",
        also=("اعتقلت زوجة القيادي",),
    ),
]

F["snn-20150722-00016"] = [  # Kerry interview: a strategy with the Gulf allies against Iran
    E(
        "Diplomacy/Agreement",
        "التوصل إلى الاتفاق النووي",
        actor=("إيران", "طهران", "واشنطن"),
        place=("فيينا",),
        date="2015-07",
        also=("توقيع الاتفاق النووي", "إبرامه في فيينا"),
    ),
    E(
        "Diplomacy/Meeting",
        "لقاءه المرتقب",
        actor=("جون كيري", "كيري"),
        target=("نظرائه في مجلس التعاون الخليجي", "مجلس التعاون الخليجي"),
        place=("الدوحة",),
        date="2015-08-03",
        status="planned",
    ),
]

F["snn-20150801-00123"] = [  # Saudi Arabia repels Houthi shells and destroys their launchers
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "لقذائف",
        actor=("الميليشيات الحوثية", "المتمردون على الشرعية", "أتباع الرئيس المخلوع علي عبد الله صالح"),
        target=("رجال الأمن السعودي", "مركز المسيال", "رجال حرس الحدود"),
        place=("مركز المسيال", "قطاع ظهران الجنوب", "ظهران الجنوب", "منطقة عسير", "عسير"),
        date="2015-07-31",
        fatalities=3,
        also=("تعرض مركز المسيال", "«استشهاد» أربعة"),
    ),
    E(
        "Battles/Armed clash",
        "وتدمير منصات إطلاق القذائف",
        actor=("القوات البرية الملكية السعودية", "الجهات الأمنية", "القوات البرية"),
        target=("الميليشيات الحوثية", "المتمردون على الشرعية", "منصات إطلاق القذائف"),
        place=("الأراضي اليمنية", "اليمن", "مركز المسيال", "ظهران الجنوب"),
        date="2015-07-31",
        also=("جرى تدمير منصات", "مصادر إطلاق القذائف"),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "لمقذوف",
        actor=("الميليشيات الحوثية", "المتمردون على الشرعية"),
        target=("قوة المجاهدين", "دورية مساندة"),
        place=("قطاع الطوال", "الطوال", "منطقة جازان", "جازان"),
        date="2015-07-31",
        fatalities=1,
        also=("حادثة أخرى",),
    ),
]

if __name__ == "__main__":
    print(build(F, OUT), "articles written to", OUT)
