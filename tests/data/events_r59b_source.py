"""Source of tests/data/events_r59b.jsonl: the fifty-ninth blind event round, part r59b.

6 real articles (SaudiNewsNet politics, 6,657–7,150 characters): the lines of /work/brief/DRAW_r59.tsv
(the saved output of `python tests/data/events_round59_select.py`) whose first column is `r59b`
(selection = events_round59_select.py, seed 5959, part r59b). All 6 kept, none dropped. Annotated by
reading only (2026-11-29): the event coder was never run on these articles and no coder output was read.
Same format and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set);
`build()` comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three or more
12-word runs with an article of another tests/data/events_*.jsonl set (1,842 articles, checked
2026-11-29 19:52 UTC). Same happenings in other words: the nuclear deal (many rounds), the 1979 US-embassy
hostage crisis (r49c), MBS's Cairo visit and the Cairo Declaration (r38b, r41b, r46c, r48a), the Duma
arson and Netanyahu's call to Abbas (r14b … r57c), the fall of Jisr al-Shughur (r22b), MBS's visit to
Russia and its agreements (r50c, r53b).

Choices (the last rounds' calls followed; columns: historical asides with a date or a named happening
are coded as historical, aims, habits, statements, aggregates and generic violence are not):
- water-charity feature (00997): negative — religious sayings and proposals only;
- «العسل والمعسول» column (00975): the nuclear agreement signed by the Western states with Iran →
  *Diplomacy/Agreement*, "unknown" (as earlier rounds); the seizure of the US embassy and its diplomats
  taken hostage in November 1979 → *Abduction/forced disappearance*, historical, 1979-11, no actor or
  place named (as r49c; the hostages' release a mention); Khatami's visit to America in 1997 → *Diplomacy/Visit*, historical, 1997. Not
  coded: Obama's Cairo speech and promises, the Iraq siege and occupation and 9/11 (as r57b), the secret
  Reagan arms sales of Iran-Contra (ambiguous: an arms sale, no sub-type fits), the requests to visit;
- Egyptian–Saudi talks (00348, news): Sisi receiving Mohammed bin Salman «أمس» → one *Diplomacy/Meeting*
  2015-07-30 (the bilateral session, the enlarged meeting, «المباحثات», «اللقاء», «الاجتماع» its
  mentions; place Cairo/Egypt accepted though the text names Cairo only for the press conference); the
  Cairo Declaration → *Diplomacy/Agreement* 2015-07-30 (as r41b); al-Jubeir's visit to Egypt (named in
  Shoukry's words at the press conference «أمس») → *Diplomacy/Visit* 2015-07-30 (ambiguous: the text
  dates the press conference, not the visit). Not coded: the graduation ceremony, the joint press
  conference, «المشاورات الثنائية» (read as the talks already coded; ambiguous), the invitation to King
  Salman (an invitation, not a planned visit), Salman's volunteering in 1956 and the 1973 war (whole
  wars), the Suez Canal opening;
- minorities column (00235): the opposition's takeover of most of Idlib province with Jisr al-Shughur
  and Ariha → *Non-state actor overtakes territory*, historical, "unknown" (as r22b); the Nusra
  gunmen's attack on a Druze village → *Violence against civilians/Attack*, historical, "unknown" (no
  count in the text). Not coded: the achievements in Hauran (vague), al-Jolani's interview and
  al-Muhaysini's call, the 15,000 fighters Iran sent and the militias' arrival (a deployment, as r50b),
  Soleimani's presence in Latakia (as r50c's tours; ambiguous), barrel bombs and chemical weapons
  (habitual), the Taif agreement (analogy);
- Duma arson (00074, news): the settlers' arson «في الثانية من سحر أمس الجمعة» → *Violence against
  civilians/Attack* 2015-07-31, 1 dead (the infant; parents and brother injured); the Palestinians'
  clashes with the army in Jerusalem, Nablus, Ramallah, Hebron and Bethlehem, dozens injured, with the
  attempted firebomb attack near Ramallah a mention → one *Riots/Violent demonstration* (as r28a), no
  date in the text; Netanyahu's call to Abbas → *Diplomacy/Phone call*, no date in the text (its second
  mention «اتصل نتنياهو» an `also`). Not coded: the army's reinforcement, road closures and the cordon
  on Jerusalem (security measures), Abbas's ICC pledge, statements and condemnations, Netanyahu's order
  to arrest, the hospital visits of Netanyahu and Rivlin (domestic, as r25c/r57c);
- Saudi–Russia column (00848): Putin's 2007 visit to the Kingdom → *Visit*, historical, 2007; Bandar's
  visits to Moscow in July 2007, July 2008, July 2013 and to Russia in January 2014 → four *Visit*,
  historical; the military-technical cooperation agreement signed on the 2008 visit → *Agreement*
  2008-07; Bandar's meeting with Putin in Astrakhan in September 2008 → *Meeting* 2008-09 (the meeting
  with intelligence officials on that visit a mention; ambiguous); Russia's 2010 agreement to buy 15
  drones (from Israel, implied) → *Agreement*, historical, 2010 (ambiguous: an arms purchase); Mohammed
  bin Salman's visit to Russia → *Visit*, historical, "unknown" and its six agreements → *Agreement*,
  historical, "unknown" (ambiguous status: r53b kept the same undated visit as reported). Not coded: the
  magazine article, Putin's several visits to the region (aggregate), the S-300 deal's announcement and
  freeze (decisions), the Georgia war and Saudi support for 30 June (positions), the 2016 expectation.

Counts: 6 articles, 21 events, 1 negative (Diplomacy 16, Violence against civilians 3, Battles 1,
Riots 1).

Run: python tests/data/events_r59b_source.py            (writes events_r59b.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r59b.jsonl")

F: dict[str, list[dict]] = {}

F["snn-20150724-00997"] = []  # feature: water charity as ongoing alms; sayings and proposals only

F["snn-20150721-00975"] = [  # column: honey for Iran, sweet words for the Arabs
    E(
        "Diplomacy/Agreement",
        "وقَّعت",
        actor=("الدول الغربية", "أمريكا"),
        target=("إيران",),
        date="unknown",
        also=("بعد توقيع الاتفاق النووي الغربي الإيراني",),
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "احتلال السفارة الأمريكية",
        target=("دبلوماسييها", "السفارة الأمريكية"),
        date="1979-11",
        status="historical",
        also=("وأفرج عن الرهائن",),
    ),
    E(
        "Diplomacy/Visit",
        "وزارها",
        actor=("خاتمي",),
        place=("أمريكا",),
        date="1997",
        status="historical",
    ),
]

F["snn-20150731-00348"] = [  # news: Sisi receives Mohammed bin Salman; the Cairo Declaration
    E(
        "Diplomacy/Meeting",
        "استقبل",
        actor=("الرئيس المصري عبد الفتاح السيسي", "عبد الفتاح السيسي", "السيسي"),
        target=("الأمير محمد بن سلمان بن عبد العزيز", "الأمير محمد بن سلمان", "محمد بن سلمان"),
        place=("القاهرة", "مصر"),
        date="2015-07-30",
        also=(
            "جلسة مباحثات ثنائية",
            "اجتماع موسع",
            "المباحثات المشتركة",
            "جرت جلسة مباحثات ثنائية",
            "أثناء اللقاء",
            "الاجتماع الذي عقد بين السيسي",
        ),
    ),
    E(
        "Diplomacy/Agreement",
        "إعلان القاهرة",
        actor=("السيسي", "الرئيس المصري عبد الفتاح السيسي", "مصر"),
        target=("الأمير محمد بن سلمان", "محمد بن سلمان", "السعودية"),
        place=("القاهرة", "مصر"),
        date="2015-07-30",
        also=(
            "ونص الإعلان",
            "صدور «إعلان القاهرة» سيعزز",
            "ما جاء في «إعلان القاهرة»",
            "وما تم الاتفاق عليه",
        ),
    ),
    E(
        "Diplomacy/Visit",
        "زيارة",
        at="«إن زيارة",
        actor=("وزير الخارجية السعودي", "عادل الجبير", "الجبير"),
        place=("مصر",),
        date="2015-07-30",
    ),
]

F["snn-20150721-00235"] = [  # analysis: the fate of the minorities after Assad
    E(
        "Battles/Non-state actor overtakes territory",
        "توسّع سيطرة",
        actor=("المعارضة السورية",),
        place=("مدينة جسر الشغور", "جسر الشغور", "مدينة أريحا", "أريحا", "محافظة إدلب", "إدلب"),
        date="unknown",
        status="historical",
    ),
    E(
        "Violence against civilians/Attack",
        "الاعتداء",
        actor=("مسلحو «جبهة النصرة»", "«جبهة النصرة»", "جبهة النصرة"),
        place=("قرية درزية", "ريف المحافظة"),
        date="unknown",
        status="historical",
    ),
]

F["snn-20150801-00074"] = [  # news: the Duma arson and its aftermath
    E(
        "Violence against civilians/Attack",
        "إحراق",
        actor=("عصابة إرهابية يهودية", "غلاة المستوطنين", "المستوطنين", "عصابات «تدفيع الثمن» اليهودية"),
        target=("عائلة فلسطينية", "الطفل الفلسطيني علي سعد دوابشة", "علي سعد دوابشة", "عائلة دوابشة"),
        place=("قرية دوما", "دوما", "جنوب نابلس", "نابلس"),
        date="2015-07-31",
        fatalities=1,
        also=(
            "عملية إحراق منزل الطفل",
            "هاجمت قرية دوما",
            "الاعتداء الإرهابي الذي وقع في قرية دوما",
            "بهذه العملية الإرهابية",
            "قذفوا زجاجتين حارقتين",
            "حرق منزل عائلة دوابشة",
        ),
    ),
    E(
        "Riots/Violent demonstration",
        "اشتبك",
        at="واشتبك فلسطينيون",
        actor=("فلسطينيون",),
        target=("الجيش الإسرائيلي",),
        place=("القدس", "نابلس", "رام الله", "الخليل", "بيت لحم"),
        also=("محاولة مهاجمة الجيش بقنابل حارقة",),
    ),
    E(
        "Diplomacy/Phone call",
        "هاتف",
        at="امتصاص الغضب",
        actor=("رئيس الوزراء الإسرائيلي", "نتنياهو"),
        target=("الرئيس الفلسطيني محمود عباس", "محمود عباس", "عباس"),
        also=("اتصل نتنياهو بالرئيس الفلسطيني",),
    ),
]

F["snn-20150802-00848"] = [  # column: the opening to Russia and the Saudi turn east
    E(
        "Diplomacy/Visit",
        "زار",
        at="العام الذي زار",
        actor=("الرئيس بوتين", "بوتين"),
        place=("المملكة",),
        date="2007",
        status="historical",
        also=("أول زيارة رسمية لرئيس روسي",),
    ),
    E(
        "Diplomacy/Visit",
        "زار",
        at="بندر بن سلطان الذي زار",
        actor=("الأمير بندر بن سلطان", "بندر بن سلطان"),
        place=("موسكو",),
        date="2007-07",
        status="historical",
    ),
    E(
        "Diplomacy/Visit",
        "الزيارة",
        at="يوليو 2008",
        actor=("الأمير بندر بن سلطان", "بندر بن سلطان"),
        place=("موسكو",),
        date="2008-07",
        status="historical",
    ),
    E(
        "Diplomacy/Agreement",
        "توقيع",
        at="الزيارة التي شهدت",
        actor=("المملكة",),
        target=("روسيا",),
        date="2008-07",
        status="historical",
    ),
    E(
        "Diplomacy/Meeting",
        "التقى",
        at="ثم التقى",
        actor=("الأمير بندر",),
        target=("الرئيس بوتين", "بوتين"),
        place=("استراخان",),
        date="2008-09",
        status="historical",
        also=("لقاء الأمير بمسؤولي الاستخبارات",),
    ),
    E(
        "Diplomacy/Agreement",
        "وقعت",
        at="ففي 2010",
        actor=("روسيا",),
        target=("إسرائيل",),
        date="2010",
        status="historical",
    ),
    E(
        "Diplomacy/Visit",
        "توجه",
        at="وتوجه الأمير بندر",
        actor=("الأمير بندر",),
        place=("موسكو",),
        date="2013-07",
        status="historical",
        also=("الزيارة التي ظهرت",),
    ),
    E(
        "Diplomacy/Visit",
        "عاد",
        at="وعاد الأمير بندر",
        actor=("الأمير بندر",),
        place=("روسيا",),
        date="2014-01",
        status="historical",
        also=("الزيارة التي عقبت",),
    ),
    E(
        "Diplomacy/Visit",
        "زيارة",
        at="تأتي زيارة",
        actor=("الأمير محمد بن سلمان", "محمد بن سلمان"),
        place=("روسيا",),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Agreement",
        "توقيع",
        at="وهو ما تم بتوقيع",
        actor=("الأمير محمد بن سلمان", "محمد بن سلمان", "المملكة"),
        target=("روسيا",),
        date="unknown",
        status="historical",
    ),
]

if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
