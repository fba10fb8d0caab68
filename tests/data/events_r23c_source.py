"""Source of tests/data/events_r23c.jsonl: the twenty-third blind event round, part r23c.

10 real articles (SaudiNewsNet politics, 1,589–2,470 characters): the lines of /work/brief/DRAW_r23.tsv
(the saved output of `python tests/data/events_round23_select.py`) whose first column is `r23c`
(selection = events_round23_select.py, seed 2323, part r23c). All 10 kept, none dropped; 2 of them
report no event (negatives). Annotated by reading only (2026-11-29): the event coder was never run on
these articles and no coder output was read. Same format and guidelines as events_dev_source.py and
events_fresh_source.py (docs/events.md § Dev set); `build()` comes from events_dev_source.py
(SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three 12-word
runs with an article of another tests/data/events_*.jsonl set. Same happenings in other words: the Suruc
bombing of 20 July, the Turkish strikes and arrests of 24 July, the Incirlik consent, the Obama–Erdogan
call of 22 July, the liberation of Aden named as background (many rounds).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r22c_source.py):
- Lebanese government crisis (negative): the minister's meeting with Salam is domestic (not coded, as
  r20a/r22c); the Israeli drone flying over the south is an airspace violation with no attack (not coded;
  ambiguous); «قد يزيد من خروج المتظاهرين» is hypothetical;
- Rifi/Aoun: the army's arrest of 13 Syrians at al-Masnaa (Bekaa) → *Arrests*, publication date (the
  text gives none), the handover a mention; Aoun's «هجومًا عنيفًا» is verbal, his bloc's meeting domestic,
  the «التحركات السابقة» undated background;
- Turkish strikes (Okaz): the first air raids «أمس» on ISIS in Syria opposite Kilis → *Air/drone strike*
  2015-07-24, 9 dead (the SOHR's toll for the same dawn raids, the Aleppo countryside accepted as place);
  the Suruc bombing → *Suicide bomb* 2015-07-20 («الإثنين الماضي»), 32 dead, ISIS accepted as actor (the
  government's attribution, as r18c); the Istanbul raids and the 251 arrests in 13 provinces → one
  *Arrests* 2015-07-24 (as r18c); the leftist activist killed in an exchange of fire with the police →
  *Armed clash*, 1 dead, publication date (the paragraph gives no day; ambiguous: could be *Violence
  against civilians*); Turkey's consent to US use of Incirlik announced «أول من أمس» → *Diplomacy/
  Agreement* 2015-07-23 (as r15b/r17a); the regime barrel bombs on al-Maysar, Aleppo «ليل أول من أمس» →
  *Air/drone strike* 2015-07-23, 4 dead, the aggregate «قصف جوي على حي بمدينة حلب وقرية بريف إدلب» its
  first mention; the warplanes' strike on a house in Kafrmous «صباح أمس» → *Air/drone strike* 2015-07-24,
  5 dead; the 24-hour tally (37 dead, 240 strikes) and Davutoglu's security meeting (domestic) are not coded;
- Yemeni journalists: the tally of 133 disappearances is not coded; Jalal al-Sharabi disappeared «منذ 26
  أبريل», Waheed al-Sufi abducted «في 6 أبريل» and the nine journalists abducted «في 9 يونيو» (the four of
  al-Sahwa/al-Ahali among the nine, a mention) → three *Abduction/forced disappearance*, historical, no
  actor (the text attributes none of them by name; ambiguous: the Houthis are implied); the passport
  seizure, the travel bans and the threats are not coded;
- Lahj: the coalition's intensified raids «أمس» on the Houthis in Lahj, al-Anad base and al-Husseini bridge
  → one *Air/drone strike* 2015-07-24 (one province; ambiguous: al-Anad could be a separate event); the
  Resistance's seizure of Jabal Munif → *Non-state actor overtakes territory*, publication date; its
  liberation of Aden «بعد أن حررت» → *Non-state actor overtakes territory*, date "unknown"; the UN aid
  shipment to Aden «في 21 يوليو» → *Diplomacy/Aid* 2015-07-21; the «السهم الذهبي» aim, the planned move on
  al-Anad, the reinforcements route and the ICRC's statements are not coded;
- Turkish strikes (Sabq): as r13a, the armed forces' strikes «أمس الجمعة» → one *Shelling/artillery/
  missile attack* on ISIS in northern Syria (the aggregate «ضربت» its first mention; ambiguous: ACLED might
  code air strikes in Syria too) and one *Air/drone strike* on the PKK in northern Iraq (the artillery on
  the PKK merged into it); the 320 arrests «منذ أمس الجمعة» in 22 provinces → *Arrests* 2015-07-24; the
  notification of the UN and NATO and the «مواصلة العمليات» are not coded;
- sermon on terrorists: the bombings of the al-Qadeeh and al-Anoud mosques «في شهر شعبان الفائت» → two
  *Suicide bomb*, historical, date "2015" (Sha'ban 1436 runs over May–June 2015), no actor (ISIS only
  expected to claim), no place for al-Anoud (a mosque name); the Asir mosque bombing → *Suicide bomb*,
  publication date (none given; the text frames the bombers as those «تفجير نفسه في المساجد»; ambiguous:
  the text does not say suicide for each); ISIS's habit of bombing Sunni mosques in Iraq is generic;
- aid editorial: the attack on the 16-truck convoy bound for Taiz and the seizure of its load → *Looting/
  property destruction*, publication date, «الميليشيات» as actor, Taiz as place (its destination;
  ambiguous); the habitual attacks on aid ships and the call to liberate the cities are not coded;
- Foreign Policy: Ankara's consent to US use of Incirlik → *Diplomacy/Agreement*, publication date («مؤخرًا»);
  the Suruc bombing «يوم 20 يوليو» → *Remote explosive/landmine/IED* (the text says «التفجير» only, as
  r11a's call; ambiguous: known as a suicide bombing), ISIS as actor, 32 dead, the «الهجمات الإرهابية»
  aggregate a mention; the Obama–Erdogan call «الأربعاء الماضي» → *Phone call* 2015-07-22; the clashes
  near the Syrian border killing a Turkish soldier → *Armed clash*, 1 dead, publication date; the months of
  failed talks, the buffer-zone plan, the 2003 vote and the Kurdish advance (no place, a trend) are not coded;
- Obama and al-Faisal (negative): the 2003 occupation of Iraq is named as history in an opinion piece (no
  ACLED sub-type for an invasion a decade old; ambiguous), Iran's «إحكام سيطرتها» is influence, not territory.

Negatives (2): snn-20150726-00965 (Lebanese government crisis), snn-20150808-01080 (opinion on Iraq).

Run: python tests/data/events_r23c_source.py            (writes events_r23c.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r23c.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150726-00965"] = []  # Lebanese government crisis: domestic meeting, drone overflight, hypotheses
F["snn-20150810-00644"] = [
    E(
        "Strategic developments/Arrests",
        "أوقفت",
        actor=("قوى الجيش", "الجيش"),
        target=("ثلاثة عشر شخصاً من التابعية السورية", "ثلاثة عشر شخصاً"),
        place=("محلة المصنع - البقاع", "المصنع", "البقاع"),
        also=("تم تسليم الموقوفين",),
    ),
]
F["snn-20150725-01016"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غاراته",
        actor=("سلاح الجو التركي", "ثلاث مقاتلات إف-16", "مقاتلات تركية"),
        target=("تنظيم داعش", "داعش", "للمتطرفين"),
        place=("سورية", "المنطقة الحدودية", "كيليس", "الريف الشمالي الشرقي لمحافظة حلب", "حلب"),
        date="2015-07-24",
        fatalities=9,
        also=("بقصف ثلاثة مواقع", "هذه المواجهة المباشرة", "الغارات الجوية التي نفذتها مقاتلات تركية"),
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "هجوم انتحاري",
        actor=("التنظيم الإرهابي", "داعش"),
        place=("سوروتش",),
        date="2015-07-20",
        fatalities=32,
        also=("الهجوم الانتحاري الذي أوقع",),
    ),
    E(
        "Strategic developments/Arrests",
        "عملية مداهمات واسعة",
        actor=("السلطات التركية", "5 آلاف شرطي"),
        target=("ناشطين مفـترضين من تنظيم داعش", "251 شخصا", "جماعات إرهابية", "داعش"),
        place=("إسطنبول", "13 محافظة تركية"),
        date="2015-07-24",
        also=("تـوقيـف", "المداهمات جرت"),
    ),
    E(
        "Battles/Armed clash",
        "قتلت",
        actor=("الشرطة",),
        target=("ناشطة من اليسار المتطرف", "ناشطة", "الجبهة الثورية لتحرير الشعب"),
        place=("أحد أحياء إسطنبول", "إسطنبول"),
        fatalities=1,
        also=("تبادل إطلاق نار",),
    ),
    E(
        "Diplomacy/Agreement",
        "سمحت",
        actor=("تركيا",),
        target=("للولايات المتحدة",),
        place=("قاعدة إنجرليك", "إنجرليك"),
        date="2015-07-23",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصف جوي",
        actor=("الطيران المروحي", "طائرات نظام بشار الأسد", "نظام بشار الأسد"),
        target=("سيدة وثلاثة من أطفالها", "مبنى"),
        place=("حي الميسر", "مدينة حلب", "حلب"),
        date="2015-07-23",
        fatalities=4,
        also=("قصف ببرميلين متفجرين",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصف للطيران الحربي",
        actor=("للطيران الحربي", "طائرات نظام بشار الأسد", "نظام بشار الأسد"),
        target=("خمسة مواطنين", "منزل"),
        place=("قرية كفرموس", "كفرموس", "ريف إدلب الجنوبي", "إدلب"),
        date="2015-07-24",
        fatalities=5,
    ),
]
F["snn-20150806-02857"] = [
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "المختفي قسريا",
        target=("الصحفي اليمني جلال الشرعبي", "جلال الشرعبي"),
        date="2015-04-26",
        status="historical",
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "اختطف",
        target=("الصحفي وحيد الصوفي", "وحيد الصوفي"),
        place=("وسط العاصمة", "العاصمة"),
        date="2015-04-06",
        status="historical",
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "اختطاف",
        at="تلقى بلاغا",
        target=("9 صحفيين", "عبدالخالق عمران", "حسن عناب", "حارث حميد"),
        date="2015-06-09",
        status="historical",
        also=("تم اقتيادهم", "اختطاف حارث حميد"),
    ),
]
F["snn-20150725-00320"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غاراتها الجوية",
        actor=("قوات التحالف", "طائرات التحالف", "التحالف"),
        target=("الحوثيين", "القوات الموالية للرئيس المخلوع علي صالح"),
        place=("مدينة لحج", "لحج", "قاعدة العند الجوية", "قاعدة العند", "جسر الحسيني"),
        date="2015-07-24",
        also=("كثفت غاراتها",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرت",
        actor=("المقاومة الشعبية",),
        place=('جبل "منيف"', "منيف"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "حررت",
        actor=("المقاومة الشعبية",),
        place=("مدينة عدن", "عدن"),
        date="unknown",
    ),
    E(
        "Diplomacy/Aid",
        "تسليم شحنة",
        actor=("الأمم المتحدة",),
        place=("عدن",),
        date="2015-07-21",
    ),
]
F["snn-20150725-01537"] = [
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "ضربت",
        actor=("القوات المسلحة", "مدفعية الدعم التابعة لقيادة القوات البرية", "القوات التركية"),
        target=("داعش",),
        place=("شمالي سوريا", "سوريا"),
        date="2015-07-24",
        also=("بقصف أهداف لتنظيم داعش",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصفت",
        actor=("الطائرات المشاركة في الطلعات الجوية", "الطائرات", "القوات المسلحة"),
        target=("بي كا كا",),
        place=("شمالي العراق", "العراق"),
        date="2015-07-24",
        also=("الضربة الجوية",),
    ),
    E(
        "Strategic developments/Arrests",
        "أوقفت",
        actor=("قوات الأمن",),
        target=("320 شخصاً", "داعش", "بي كا كا", "مجموعات يسارية متطرفة"),
        place=("22 ولاية",),
        date="2015-07-24",
    ),
]
F["snn-20150810-01440"] = [
    E(
        "Explosions/Remote violence/Suicide bomb",
        "تفجير",
        at="حين وقع تفجير مسجدي",
        target=("مسجدي القديح",),
        place=("القديح",),
        date="2015",
        status="historical",
        also=("الحادثين",),
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "تفجير",
        at="حين وقع تفجير مسجدي",
        target=("مسجد العنود",),
        date="2015",
        status="historical",
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "تفجير مسجد في عسير",
        target=("مسجد",),
        place=("عسير",),
        also=("الحادثة",),
    ),
]
F["snn-20150804-00294"] = [
    E(
        "Strategic developments/Looting/property destruction",
        "الاعتداء",
        actor=("الميليشيات",),
        target=("قافلة متجهة إلى تعز", "قافلة", "16 شاحنة"),
        place=("تعز",),
        also=("الاستيلاء على كل ما فيها", "هذا التجاوز الأخير"),
    ),
]
F["snn-20150727-00593"] = [
    E(
        "Diplomacy/Agreement",
        "سماح",
        actor=("أنقرة", "تركيا"),
        target=("أمريكا", "واشنطن"),
        place=("قاعدة إنكليريك", "إنكليريك"),
        also=("للاتفاق الذي أبرم", "الاتفاق بالسماح"),
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "التفجير",
        actor=("تنظيم داعش", "داعش"),
        place=("مدينة سوروس الحدودية", "سوروس"),
        date="2015-07-20",
        fatalities=32,
        also=("الهجمات الإرهابية",),
    ),
    E(
        "Diplomacy/Phone call",
        "المكالمة الهاتفية",
        actor=("الرئيس أوباما", "أوباما"),
        target=("رجب طيب أردوغان", "أردوغان"),
        date="2015-07-22",
    ),
    E(
        "Battles/Armed clash",
        "الاشتباكات",
        actor=("الجيش التركي",),
        target=("مقاتلين من داعش", "داعش"),
        place=("الحدود السورية",),
        fatalities=1,
    ),
]
F["snn-20150808-01080"] = []  # opinion: the 2003 occupation of Iraq as history, Iranian influence

if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
