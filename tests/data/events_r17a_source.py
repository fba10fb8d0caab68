"""Source of tests/data/events_r17a.jsonl: the seventeenth blind event round, part r17a.

14 real articles (SaudiNewsNet politics 14, 911–1,462 characters): the lines of /work/brief/DRAW_r17.tsv
(the saved output of `python tests/data/events_round17_select.py`) whose first column is `r17a`
(selection = events_round17_select.py, seed 1717, part r17a). All 14 kept, none dropped; 32 events; 1
negative (snn-20150801-01163). Annotated by reading only (2026-11-29): the event coder was never run on
these articles and no coder output was read. Same format and guidelines as events_dev_source.py and
events_fresh_source.py (docs/events.md § Dev set); `build()` comes from events_dev_source.py
(SaudiNewsNet articles by reference + sha1).

Near-copies: none by first 80 characters. One long shared passage: snn-20150731-00216 (Houthi setbacks
around Aden) repeats, word for word, the Reuters paragraphs on al-Houta and Loder of r15c
snn-20150801-00887; those three events are coded as there (two *Government regains territory*, one
*Arrests* at Loder) and should be scored with that in mind. Same happenings in other words: Turkey's
consent to US use of Incirlik (r6a, r14b, r15b), the Suruc bombing (many rounds), the liberation of Aden
and its airport (many rounds), the siege and storming of al-Anad (r15c, r16c), Nusra's attack on the
US-trained Division 30 (r13b), the Iranian nuclear deal named in a statement (r16a).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r16c_source.py):
- Anbar University: the security forces entering the campus, clashing there and (the councillor's words)
  «تفرض سيطرة كاملة على مجمع الجامعة» → one *Government regains territory* 2015-07-26 («اليوم الأحد»),
  the clash, the advance on al-Tamim and the fortified positions its mentions (ambiguous: a coder may
  read it as an *Armed clash*, fighting «يخوضون معارك تطهيرها» still going on); coalition air support is
  no separate strike (as r12b/r15a); the April operation and the coalition's strikes «منذ أغسطس» not coded;
- Incirlik: the formal consent announced «الأربعاء» → *Diplomacy/Agreement* 2015-07-29, and the
  preliminary consent «بعد أيام» before it → a second *Agreement* dated 2015-07 (ambiguous: a coder may
  read both as one agreement); the Suruc attack «في 20 يوليو» → *Suicide bomb*, 32 dead, «التنظيم
  المتطرف» (the attribution) as actor, as r15b although this text does not say «انتحاري»;
- around Aden (see near-copies): «انتزعوا السيطرة … اليوم الجمعة» is the aggregate lead, an `also` of
  al-Houta (dated 2015-07-31 by it, with «14 حوثيا قتلوا» as 14 fatalities); the 40 held at al-Houta
  and the fighters captured at Loder → two *Arrests* (as r15c); the Southern Resistance taking most of
  Aden → *Non-state actor overtakes territory*, date "unknown" (as r16a);
- Pakistan at the Security Council: a debate (as r12b/r13b), not coded; the Iranian nuclear deal named
  → *Diplomacy/Agreement*, date "unknown" (as r16a);
- Benghazi: the aggregate «عشرة جنود … قُتلوا» is split as the text splits it: an Islamist attack on the
  special forces (5 dead; «محور بوعطني») → *Armed clash* and a bomb planted in a flat (5 dead) →
  *Remote explosive/landmine/IED*, both 2015-07-20 («يوم الاثنين»); the rival group's taking of Tripoli
  («منذ أن بسطت») → historical *Non-state actor overtakes territory*, date "unknown"; the army regaining
  «بعض الأراضي» over a year, ISIS's «عدد من البلدات», killings of «بعض الأجانب» and attacks on embassies
  (vague tallies) and Qaddafi's 2011 fall are not coded;
- Saif al-Islam: the death sentences (a court) and the amnesty law (legislation) are not coded; the
  Skhirat agreement «جرى إقراره قبل أسبوع» → *Strategic developments/Agreement* dated 2015-07 (ambiguous);
- al-Anad: «اقتحمت» without control → *Armed clash* (as the storming of Loder in an earlier round),
  publication date; the coalition's intensified raids on the base and Labouza camp «مساء الاحد» →
  *Air/drone strike* 2015-08-02 (a verb and a target; «بدعم من طائرات التحالف» its mention); the
  Resistance taking hills overlooking the base «خلال 24 الساعة الماضية» and three sites around Labouza
  camp «ليل الاحد الاثنين» → two *Non-state actor overtakes territory* (two named sites; ambiguous: one
  happening within 15 km), and Sunday's battles on the al-Anad, al-Nakhila and Radfan fronts → *Armed
  clash* 2015-08-02 («عشرات القتلى»: no number); the siege and the Houthi flight are not coded;
- Houthi recruitment and training camps are not events; the Resistance's taking of Aden airport and
  al-Tawahi → *Non-state actor overtakes territory*, date "unknown"; the 40 Houthis killed in al-Tawahi
  «خلال الأيام القليلة الماضية» → *Armed clash* dated 2015-07, 40 dead (ambiguous: could be read as
  the fighting of that takeover);
- Aden airport: the reopening (planned) is not coded; «تمكنت القوى الأمنية والمقاومة الشعبية من طرد
  الانقلابيين» → *Government regains territory*, date "unknown"; the daily Saudi aid plane «ستؤمن» →
  *Aid*, planned, and «الثلاث طائرات التي جاءت» → *Aid*, date "unknown" (Saudi by context, ambiguous);
- al-Dhale: the ambush that killed the Houthi commander and 12 companions → one *Armed clash*
  2015-08-02, 13 dead (the killing first, the clashes, ambush and pursuit its mentions);
- US planes at Incirlik: the landings are a deployment (as r14b), not coded; Erdogan's late-July
  announcement that Turkey «سوف تسمح» the coalition to use Incirlik → *Diplomacy/Agreement* 2015-07
  (as r6a); the Turkish strikes in Syria and on the PKK in Iraq named by country only → not coded (a
  campaign, as r13a/r14b/r16c; ambiguous); Nusra's attack on the first US-trained group → *Armed clash*
  and its detaining some of them → *Arrests* (as r13b), both date "unknown";
- Israel/Sinai: threats, the ceremony, Egypt's two-year campaign, the renaming of Ansar Beit al-Maqdis,
  coordination and intelligence sharing are not coded; Israel agreeing to Egypt's request for more
  troops in Sinai → *Diplomacy/Agreement*, date "unknown"; the 1979 peace treaty → historical
  *Diplomacy/Agreement* 1979;
- US air campaign anniversary: the first strikes «في 8 أغسطس» (2014) → historical *Air/drone strike*;
  ISIS taking large parts of Anbar before it → historical *Non-state actor overtakes territory* 2014;
  the 6,000 strikes, the targets hit and the territory lost are tallies, not coded.

Run: python tests/data/events_r17a_source.py            (writes events_r17a.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

HERE = Path(__file__).parent
OUT = HERE / "events_r17a.jsonl"

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150726-01179"] = [
    E(
        "Battles/Government regains territory",
        "دخلت",
        actor=(
            "قوات الأمن",
            "جهاز مكافحة الإرهاب",
            "القوات الخاصة والجيش والشرطة الاتحادية",
            "القوات الحكومية",
        ),
        target=("مسلحي داعش", "داعش"),
        place=("جامعة الأنبار", "مدينة الرمادي", "الرمادي", "حي التأميم"),
        date="2015-07-26",
        also=(
            "واشتبكت",
            "دخول جهاز مكافحة الإرهاب",
            "معارك تطهيرها",
            "واجهت مواقع داعش",
            "دحول حرم الجامعة",
            "تفرض سيطرة كاملة",
        ),
    ),
]
F["snn-20150731-01065"] = [
    E(
        "Diplomacy/Agreement",
        "أعطت",
        actor=("السلطات التركية", "أنقرة"),
        target=("للأميركيين", "الأميركيين", "واشنطن"),
        date="2015-07-29",
        also=("مرسوم حكومي", "والاتفاق الذي"),
    ),
    E(
        "Diplomacy/Agreement",
        "موافقتها المبدئية",
        actor=("أنقرة",),
        target=("لواشنطن", "واشنطن"),
        date="2015-07",
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "الاعتداء",
        actor=("التنظيم المتطرف", "تنظيم داعش"),
        place=("سوروتج",),
        date="2015-07-20",
        fatalities=32,
    ),
]
F["snn-20150731-00216"] = [
    E(
        "Battles/Government regains territory",
        "بسط سيطرته",
        actor=(
            "تحالفا من الجماعات الجنوبية",
            "الجماعات الجنوبية",
            "وحدات من الجيش موالية لهادي",
            "مقاتلي جنوب اليمن",
        ),
        target=("الحوثيين",),
        place=("مدينة الحوطة", "الحوطة", "محافظة لحج", "لحج"),
        date="2015-07-31",
        fatalities=14,
        also=("انتزعوا السيطرة", "اشتباكات عنيفة", "14 حوثيا قتلوا"),
    ),
    E(
        "Strategic developments/Arrests",
        "احتجاز",
        actor=("تحالفا من الجماعات الجنوبية", "الجماعات الجنوبية", "وحدات من الجيش موالية لهادي"),
        target=("40 آخرين",),
        place=("مدينة الحوطة", "الحوطة", "محافظة لحج", "لحج"),
        date="2015-07-31",
    ),
    E(
        "Battles/Government regains territory",
        "طردوا",
        actor=("المقاتلين الجنوبيين", "وحدات الجيش الموالية لهادي"),
        target=("مقاتلي الحوثيين", "الحوثيين"),
        place=("مدينة لودر", "لودر", "محافظة أبين الجنوبية", "أبين"),
        date="2015-07-31",
    ),
    E(
        "Strategic developments/Arrests",
        "وأسروا",
        actor=("المقاتلين الجنوبيين", "وحدات الجيش الموالية لهادي"),
        target=("عددا من مقاتلي الحوثيين", "مقاتلي الحوثيين"),
        place=("مدينة لودر", "لودر", "محافظة أبين الجنوبية", "أبين"),
        date="2015-07-31",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "واستعاد",
        actor=("مقاتلون محليون", "المقاومة الجنوبية"),
        place=("مدينة عدن", "عدن"),
        date="unknown",
    ),
]
F["snn-20150724-01603"] = [
    E(
        "Diplomacy/Agreement",
        "الاتفاق بشأن الملف النووي",
        actor=("الإيراني",),
        date="unknown",
        also=("بهذا الاتفاق",),
    ),
]
F["snn-20150721-02710"] = [
    E(
        "Battles/Armed clash",
        "قُتلوا",
        at="الزوي في المدينة",
        actor=("مقاتلون إسلاميون", "جماعات إسلامية"),
        target=("خمسة جنود", "جنود", "القوات الخاصة"),
        place=("المدينة الساحلية", "مدينة بنغازي", "بنغازي", "محور بوعطني", "بوعطني"),
        date="2015-07-20",
        fatalities=5,
        also=("عشرة جنود ليبيين", "لهجوم شنّه", "هجوم عنيف في محور بوعطني"),
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "قُتلوا",
        at="خمسة جنود آخرين",
        actor=("إسلاميون",),
        target=("خمسة جنود آخرين", "جنود"),
        place=("بشقة سكنية", "مدينة بنغازي", "بنغازي"),
        date="2015-07-20",
        fatalities=5,
        also=("انفجار قنبلة", "زرعها"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "بسطت",
        actor=("جماعة منافسة",),
        place=("العاصمة طرابلس", "طرابلس"),
        date="unknown",
        status="historical",
    ),
]
F["snn-20150731-00341"] = [
    E(
        "Strategic developments/Agreement",
        "اتفاق الصخيرات",
        actor=("الأطراف الليبية",),
        place=("الصخيرات",),
        date="2015-07",
    ),
]
F["snn-20150803-00940"] = [
    E(
        "Battles/Armed clash",
        "اقتحمت",
        actor=("المقاومة الشعبية",),
        target=("الحوثيين", "قوات صالح"),
        place=("قاعدة العند الجوية", "العند", "محافظة لحج", "لحج"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غاراته الجوية",
        actor=("طيران التحالف العربي", "التحالف العربي"),
        target=("القاعدة العسكرية", "معسكر لبوزة", "للحوثيين وقوات صالح"),
        place=("القاعدة العسكرية", "العند", "معسكر لبوزة"),
        date="2015-08-02",
        also=("بدعم من طائرات التحالف العربي", "الغارات اسفرت"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "وسيطر",
        actor=("مسلحو المقاومة الشعبية", "المقاومة الشعبية"),
        target=("الحوثيين",),
        place=("المواقع والتباب المطلة على القاعدة العسكرية", "القاعدة العسكرية", "العند"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرتها",
        at="ليل الاحد",
        actor=("المقاومة الشعبية",),
        target=("الحوثيين",),
        place=("معسكر لبوزة", "لبوزة", "عقان"),
        date="2015-08-02",
    ),
    E(
        "Battles/Armed clash",
        "مواجهات",
        at="وشهدت",
        target=("الحوثيين",),
        place=("العند", "النخيلة", "ردفان"),
        date="2015-08-02",
        also=("تلك المعارك",),
    ),
]
F["snn-20150722-01506"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "تحريرها",
        actor=("المقاومة",),
        target=("الحوثيين", "ميليشيا الحوثي وصالح"),
        place=("مطار عدن الدولي", "منطقة التواهي", "التواهي", "عدن"),
        date="unknown",
        also=("النصر الذي أحرزته المقاومة",),
    ),
    E(
        "Battles/Armed clash",
        "قتلوا",
        at="وفي سياق متصل",
        target=("40 حوثياً", "حوثياً", "الحوثيين"),
        place=("مديرية التواهي", "التواهي", "محافظة عدن", "عدن"),
        date="2015-07",
        fatalities=40,
        also=("المواجهات التي دارت", "حصيلة قتلى الحوثيين"),
    ),
]
F["snn-20150801-01163"] = []  # the army chief's call to readiness and the cabinet crisis: statements only
F["snn-20150725-00875"] = [
    E(
        "Battles/Government regains territory",
        "طرد",
        at="تمكنت",
        actor=("القوى الأمنية والمقاومة الشعبية", "القوى الأمنية", "المقاومة الشعبية"),
        target=("الانقلابيين", "الخونة"),
        place=("المدينة", "عدن"),
        date="unknown",
        also=("تحرير عدن", "عدن تحررت"),
    ),
    E(
        "Diplomacy/Aid",
        "ستؤمن",
        actor=("المملكة",),
        place=("مطار عدن", "عدن"),
        status="planned",
        also=("طائرة مساعدات",),
    ),
    E(
        "Diplomacy/Aid",
        "الثلاث طائرات",
        actor=("المملكة",),
        place=("عدن",),
        date="unknown",
    ),
]
F["snn-20150802-00851"] = [
    E(
        "Battles/Armed clash",
        "مصرعهم",
        actor=(
            "المقاومة\u00a0الشعبية الجنوبية",
            "المقاومة الشعبية الجنوبية",
            "مقاتلي المقاومة",
            "المقاومة",
        ),
        target=(
            "قيادي حوثي بارز",
            "القيادي الحوثي ابو حمزة السنحاني",
            "ابو حمزة السنحاني",
            "كتائب الحسين",
            "عناصر ميليشيات كتائب الحسين الحوثية والحرس الجمهوري",
        ),
        place=("منطقة لكمة عرش", "لكمة عرش", "سناح", "محافظة الضالع", "الضالع"),
        date="2015-08-02",
        fatalities=13,
        also=("اشتباكات عنيفة", "قتلوا", "كمين محكم", "قتل خلاله", "ملاحقة بقية العناصر"),
    ),
]
F["snn-20150811-01074"] = [
    E(
        "Diplomacy/Agreement",
        "سوف تسمح",
        actor=("رجب طيب أردوغان", "أردوغان", "بلاده", "تركيا"),
        target=("للتحالف الدولي",),
        date="2015-07",
    ),
    E(
        "Battles/Armed clash",
        "لهجوم",
        at="المجموعة الأولى",
        actor=("جبهة النصرة",),
        target=("المجموعة الأولى",),
        date="unknown",
    ),
    E(
        "Strategic developments/Arrests",
        "احتجزت",
        actor=("جبهة النصرة",),
        target=("بعضهم", "المجموعة الأولى"),
        date="unknown",
    ),
]
F["snn-20150731-00261"] = [
    E(
        "Diplomacy/Agreement",
        "وافقت",
        actor=("إسرائيل",),
        target=("مصر",),
        date="unknown",
    ),
    E(
        "Diplomacy/Agreement",
        "اتفاقية السلام",
        actor=("مصر",),
        target=("اسرائيل",),
        date="1979",
        status="historical",
    ),
]
F["snn-20150808-01185"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "شن ضربات جوية",
        actor=("الرئيس الأمريكي باراك أوباما", "باراك أوباما", "أوباما"),
        place=("العراق", "جبل سنجار"),
        date="2014-08-08",
        status="historical",
        also=("أول ضربات جوية", "بشن ضربات جوية"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "وسيطروا",
        actor=('مقاتلو تنظيم "داعش"', "داعش"),
        place=("محافظة الأنبار", "الأنبار", "غرب العراق"),
        date="2014",
        status="historical",
        also=("تقدم مقاتلو",),
    ),
]


if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
