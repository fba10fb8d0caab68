"""Source of tests/data/events_r36b.jsonl: the thirty-sixth blind event round, part r36b.

10 real articles (SaudiNewsNet politics, 2,533–3,873 characters): the lines of /work/brief/DRAW_r36.tsv
(the saved output of `python tests/data/events_round36_select.py`) whose first column is `r36b`
(selection = events_round36_select.py, seed 3636, part r36b). All 10 kept, none dropped; one is a
negative (snn-20150723-00372, an opinion piece on the Saudi security services). Annotated by reading
only (2026-11-29): the event coder was never run on these articles and no coder output was read. Same
format and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set);
`build()` comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three 12-word
runs with an article of another tests/data/events_*.jsonl set (checked at 11:45 UTC). Same happenings in
other words: the liberation of Aden (r30c and others), the WFP ship at Aden (r24, r25 rounds), the
Emirati soldiers killed in Yemen (snn-20150809-00146, coded empty there because the text gave no time,
place or circumstances; here the text gives the day and the country).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r35c_source.py):
- Crater (snn-20150726-00153): the fall of Crater to the Houthi militias «في أواخر أبريل» → *Non-state
  actor overtakes territory*, historical, 2015-04; «عدن انتصرت وتم تطهيرها» (quoted) → *Government
  regains territory*, historical, "unknown", no actor (as r30c's «تحرير المدينة»); the 100-day siege,
  the killings «برصاص الحوثيين» and the shelling of residential districts told as the war's habits, the
  dengue deaths and the relief convoys «مؤخرا» (unnamed donor) are not coded;
- Lahj mines (snn-20150731-00356): the engineers' removal of 30 mines «صباح أمس (الخميس)» → *Strategic
  developments/Disrupted weapons use* 2015-07-30; the coalition's weapons handed «أول من أمس» to the army
  and the Popular Resistance in Aden → *Diplomacy/Aid* 2015-07-29 (as r35b's weapons drops); the taking of
  al-Alam «صباح أمس (الخميس)» by the force loyal to the legitimacy → *Government regains territory*
  2015-07-30; the mine-laying (as r-rounds' «landmines being laid»), the two months of airdrops (a habit),
  the Houthi infiltration sighted at al-Anad and the expected coalition strike are not coded;
- ISIS name (snn-20150725-00176, an opinion piece): the group naming itself ISIS in April 2013 →
  *Strategic developments/Change to group/activity*, historical, 2013-04 (ambiguous); ISIS flogging a
  child in Anbar → *Violence against civilians/Attack*, historical, "unknown"; the caliph declaration,
  bin Laden's death («واندثر بمقتله») and the media debate are not coded;
- Haftar (snn-20150803-00167): Haftar's meeting with activists in Benghazi «أمس» → *Diplomacy/Meeting*
  2015-08-02 (ambiguous: domestic); the Ukraine arms deal «منذ أكثر من ثمانية أشهر» → *Diplomacy/
  Agreement*, historical, "unknown" (ambiguous); the Benina battles → historical *Armed clash*; the
  Benghazi clashes, 5 dead → *Armed clash*, publication date, the «المعركة الرئيسية … في منطقة القوارشة»
  a mention; the fighting in Ajdabiya «قبل يومين» and the ISIS storming of the army checkpoint «أول من
  أمس» are one *Armed clash* 2015-08-01, 9 dead (7 at the checkpoint + 2 of the reinforcements;
  ambiguous: 7 if only the first figure counts); the warplane's strike south of Ajdabiya → *Air/drone
  strike* 2015-08-01 (date from the sentence); the UN talks «المقرر استئناف أحدث جولاتها الأسبوع المقبل»
  → *Diplomacy/Talks*, planned, 2015-08; Haftar's verbal «هجومًا حادًا», ISIS's announced offensive on the
  Nasser base (an aim), the 18 missing soldiers and the parliament committee are not coded;
- Aden (snn-20150722-01777): «كل مديريات عدن أصبحت تحت سيطرة المقاومة الشعبية» → *Non-state actor
  overtakes territory*, publication date; the Resistance clearing the last Houthi pockets in Ja'ula and
  Bir Ahmad → *Armed clash*; the shelling of the oil port in al-Buraiqa and the taking of al-Mualla port
  → historical *Shelling* and *Non-state actor overtakes territory*, "unknown" (ambiguous: background
  in a governor's list); the Dar Saad massacre, 45 dead, by the Houthi militias → *Violence against
  civilians/Attack*, publication date (no weapon named; the text gives no day); the WFP ship docked
  «أمس» → *Diplomacy/Aid* 2015-07-21; the two UN truck convoys «في الأسبوع الماضي» → *Diplomacy/Aid*
  2015-07; the ships expected Tuesday, the airport «الذي يشهد قتالا عنيفا» (a state), the siege and the
  reconstruction are not coded;
- Sousse (snn-20150725-00803): the hotel attack of 26 June → *Violence against civilians/Attack*
  2015-06-26, 38 dead, reported (under 60 days); the gunman shot by the security units is part of it;
- Emirati soldiers (snn-20150810-00907): the three soldiers killed «يوم السبت» / «يوم 2015/8/8» in Yemen
  → *Armed clash*, no actor, 2015-08-08, 3 dead (as the earlier Emirati soldier «أثناء تأديته الواجب»;
  ambiguous: a death notice with no means or place below the country); the funeral, the bodies'
  arrival and the condolences are not coded;
- Khamenei (snn-20150721-00122): the nuclear agreement «المبرم يوم الثلاثاء الماضي» → *Diplomacy/
  Agreement* 2015-07-14, Iran and the world powers; Rouhani's call with the Emir of Qatar «أمس» → *Phone
  call* 2015-07-20; the nuclear talks in Vienna → *Diplomacy/Talks*, historical, "unknown" (ambiguous:
  may be read as the agreement's background only); Zarif's tour of the region after Eid → *Visit*,
  planned, undated; the street celebrations in Tehran (not a protest), the sermon, Zarif's briefing of
  parliament and the security council's review (domestic) are not coded;
- Yemeni community (snn-20150731-00965): the King's allocation of one billion riyals for Yemen →
  *Diplomacy/Aid*, historical, "unknown"; the air bridge, the ships sent «بشكل مستمر» and the hospitals
  (habits) and the Saudi war (background) are not coded;
- Saudi security (snn-20150723-00372): no event (the 431 suspects are named only as a group; the
  ministry's statement and press conference are not happenings of the taxonomy).

Run: python tests/data/events_r36b_source.py            (writes events_r36b.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

HERE = Path(__file__).parent
OUT = HERE / "events_r36b.jsonl"

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150726-00153"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "سقوط",
        actor=("الميليشيات الحوثية",),
        place=("كريتر", "مدينة كريتر", "المدينة"),
        date="2015-04",
        status="historical",
    ),
    E(
        "Battles/Government regains territory",
        "تطهيرها",
        target=("قوى الغزو والعدوان",),
        place=("عدن",),
        date="unknown",
        status="historical",
    ),
]
F["snn-20150731-00356"] = [
    E(
        "Strategic developments/Disrupted weapons use",
        "نزع",
        at="وتمكن فريق",
        actor=("فريق من المهندسين", "القوة العسكرية الموالية للشرعية", "المهندسين"),
        place=("لحج", "عدن", "أبين"),
        date="2015-07-30",
        also=("تمكنت من نزع قرابة 30 لغما",),
    ),
    E(
        "Diplomacy/Aid",
        "قدمت",
        at="وفي سياق متصل، قدمت",
        actor=("قوات التحالف العربي", "التحالف العربي"),
        target=("القوة العسكرية والمقاومة الشعبية", "المقاومة الشعبية", "القوة العسكرية"),
        place=("عدن",),
        date="2015-07-29",
        also=("عملية تقديم السلاح النوعي", "تلقوا أسلحة نوعية أول من أمس"),
    ),
    E(
        "Battles/Government regains territory",
        "تحرير",
        at="جرى صباح أمس (الخميس) تحرير",
        actor=("القوة", "القوة العسكرية الموالية للشرعية", "القوة العسكرية", "اللواء «15»"),
        target=("فلول المخلوع علي عبد الله صالح", "ميليشيا الحوثيين", "الحوثيين"),
        place=("منطقة العلم", "مثلث العلم", "العلم"),
        date="2015-07-30",
        also=("عملية تطهير منطقة العلم", "تمكنا من السيطرة على مثلث العلم"),
    ),
]
F["snn-20150725-00176"] = [
    E(
        "Strategic developments/Change to group/activity",
        "أعلن",
        at="وعندما أعلن التنظيم",
        actor=("التنظيم", "داعش"),
        date="2013-04",
        status="historical",
    ),
    E(
        "Violence against civilians/Attack",
        "جلد",
        at="قام بجلد",
        actor=("التنظيم",),
        target=("أحد الأطفال",),
        place=("الأنبار",),
        date="unknown",
        status="historical",
    ),
]
F["snn-20150803-00167"] = [
    E(
        "Diplomacy/Meeting",
        "اجتماعه",
        actor=("حفتر", "خليفة حفتر"),
        target=("عدد من النشطاء السياسيين والاجتماعيين", "النشطاء السياسيين والاجتماعيين"),
        place=("مدينة بنغازي", "بنغازي"),
        date="2015-08-02",
    ),
    E(
        "Diplomacy/Agreement",
        "صفقة",
        target=("أوكرانيا",),
        date="unknown",
        status="historical",
    ),
    E(
        "Battles/Armed clash",
        "معارك",
        at="قوة الإرهاب في معارك",
        actor=("الجيش والقوات المساندة له", "الجيش"),
        target=("الإرهاب", "قوة الإرهاب"),
        place=("بنينا",),
        date="unknown",
        status="historical",
    ),
    E(
        "Battles/Armed clash",
        "اشتباكات",
        at="إلى ذلك، لقي",
        actor=("قوات لجيش", "الجيش"),
        target=("جماعات متطرفة",),
        place=("مدينة بنغازي", "بنغازي", "القوارشة", "منطقة القوارشة"),
        fatalities=5,
        also=("المعركة الرئيسية تدور",),
    ),
    E(
        "Battles/Armed clash",
        "القتال",
        at="واندلع القتال",
        actor=("متشددون من تنظيم (داعش)", "داعش", "تنظيم داعش", "متشددون", "الإرهابيين"),
        target=("قوات للجيش", "الجيش", "جنود ليبيين", "جنود"),
        place=("بلدة أجدابيا", "أجدابيا", "مدينة أجدابيا", "بوابة الـ200 الأمنية"),
        date="2015-08-01",
        fatalities=9,
        also=("اقتحم متشددون", "الهجوم الذي استهدف بوابة", "يشنوا هجومًا مباغتًا"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "هاجمت",
        at="وهاجمت طائرة",
        actor=("طائرة حربية",),
        target=("للإسلاميين", "الإسلاميين"),
        place=("أجدابيا", "بلدة أجدابيا", "البلدة"),
        date="2015-08-01",
    ),
    E(
        "Diplomacy/Talks",
        "المفاوضات",
        actor=("بعثة الأمم المتحدة", "الأمم المتحدة"),
        date="2015-08",
        status="planned",
    ),
]
F["snn-20150722-01777"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "تحت سيطرة",
        at="مديريات عدن أصبحت",
        actor=("المقاومة الشعبية",),
        place=("عدن", "مديريات عدن"),
    ),
    E(
        "Battles/Armed clash",
        "تمشيط",
        at="بتمشيط",
        actor=("عناصر المقاومة", "المقاومة", "المقاومة الشعبية"),
        target=("المتمردين الحوثيين", "الحوثيين", "قوات الرئيس السابق علي عبد الله صالح"),
        place=("جعولة", "بئر أحمد"),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصف",
        at="بالإضافة إلى قصف",
        actor=("الحوثيين", "ميليشيات الحوثي"),
        place=("ميناء الزيت في البريقة", "البريقة", "ميناء الزيت"),
        date="unknown",
        status="historical",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "السيطرة",
        at="والسيطرة على ميناء المعلا",
        actor=("الحوثيين", "ميليشيات الحوثي"),
        place=("ميناء المعلا", "المعلا"),
        date="unknown",
        status="historical",
    ),
    E(
        "Violence against civilians/Attack",
        "المجزرة",
        actor=("الميليشيات الحوثية",),
        place=("مديرية دار سعد", "دار سعد"),
        fatalities=45,
        also=("هذه الجريمة",),
    ),
    E(
        "Diplomacy/Aid",
        "رست",
        actor=("الأمم المتحدة", "برنامج الأغذية العالمي"),
        target=("سكان مدينة عدن", "عدن"),
        place=("عدن", "مدينة عدن"),
        date="2015-07-21",
    ),
    E(
        "Diplomacy/Aid",
        "وصلت",
        at="وفي الأسبوع الماضي وصلت",
        actor=("الأمم المتحدة",),
        place=("عدن",),
        date="2015-07",
    ),
]
F["snn-20150725-00803"] = [
    E(
        "Violence against civilians/Attack",
        "الهجوم",
        actor=("عنصر مسلح", "المسلح"),
        target=("السياح الممددين", "السياح"),
        place=("سوسة", "مدينة سوسة", "ريو امبريال مرحبا"),
        date="2015-06-26",
        fatalities=38,
        also=("هجوم نفذه عنصر مسلح",),
    ),
]
F["snn-20150810-00907"] = [
    E(
        "Battles/Armed clash",
        "استشهدوا",
        target=("القوات المشاركة", "شهداء الإمارات الثلاثة", "جنودها الثلاثة", "قوات التحالف العربي"),
        place=("اليمن",),
        date="2015-08-08",
        fatalities=3,
        also=("استشهدوا يوم 2015/8/8",),
    ),
]
F["snn-20150721-00122"] = [
    E(
        "Diplomacy/Agreement",
        "الاتفاق النووي",
        at="وصرح خامنئي",
        actor=("إيران", "بلاده"),
        target=("القوى العالمية",),
        date="2015-07-14",
        also=("إبرام الاتفاق النووي", "الاتفاق المبرم يوم الثلاثاء الماضي"),
    ),
    E(
        "Diplomacy/Talks",
        "المحادثات",
        at="وبارك المحادثات",
        actor=("المفاوضين الإيرانيين", "إيران"),
        target=("الأميركيين", "القوى العالمية"),
        place=("فيينا",),
        date="unknown",
        status="historical",
        also=("محادثات ماراثونية",),
    ),
    E(
        "Diplomacy/Phone call",
        "اتصال هاتفي",
        actor=("روحاني", "حسن روحاني"),
        target=("الشيخ تميم بن حمد آل ثاني", "تميم بن حمد", "أمير دولة قطر"),
        date="2015-07-20",
    ),
    E(
        "Diplomacy/Visit",
        "يزور",
        actor=("ظريف",),
        status="planned",
    ),
]
F["snn-20150731-00965"] = [
    E(
        "Diplomacy/Aid",
        "تخصيص",
        actor=("خادم الحرمين الشريفين", "المملكة"),
        target=("الشعب اليمني",),
        date="unknown",
        status="historical",
    ),
]
F["snn-20150723-00372"] = []  # opinion piece on the Saudi security services: no happening reported

if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
