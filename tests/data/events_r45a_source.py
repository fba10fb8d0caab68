"""Source of tests/data/events_r45a.jsonl: the forty-fifth blind event round, part r45a.

10 real articles (SaudiNewsNet politics, 2,842–3,739 characters): the lines of /work/brief/DRAW_r45.tsv
(the saved output of `python tests/data/events_round45_select.py`) whose first column is `r45a`
(selection = events_round45_select.py, seed 4545, part r45a). All 10 kept, none dropped; 2 of them
report no event (negatives: 00093 and 00334, see below); 23 events in the other 8.
Annotated by reading only (2026-11-29): the event coder was never run on these articles and no coder
output was read. Same format and guidelines as events_dev_source.py and events_fresh_source.py
(docs/events.md § Dev set); `build()` comes from events_dev_source.py (SaudiNewsNet articles by
reference + sha1).

Near-copies: none (first 80 normalised characters and shared word 8-grams, threshold 3, checked against
every tests/data/events_*.jsonl). Short shared passages only: 00334 shares 5 8-grams with r43c
snn-20150806-01362 (the same Salam cabinet quotes, different article), 00759 shares 4 with r32c
snn-20150804-00749 (Marem's title), 00150 shares 3 with r36b snn-20150721-00122 (the Emir's title).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r44c_source.py):
- European press (00251): the Israeli strikes on Gaza «الأخيرة» (the 2014 war, «منذ عام») →
  historical *Air/drone strike* dated 2014 (ambiguous: year inferred from «منذ عام»); the failed
  Russia–Ukraine–EU gas round in Geneva → *Diplomacy/Talks*, no date; the US-led strikes on ISIS
  (a campaign discussed), antiquities looting (generic), the Greek referendum, candidacies, the Aetna
  purchase and the BP fine are not coded;
- Yemeni presidency (00759): the first prisoner exchange at Aden airport «صباح أمس» →
  *Strategic developments/Other* 2015-08-06 (as r-round 00365's same exchange); the government's capture
  of dozens of children → *Arrests*, no date (the sub-heading its first mention); Hadi «بحث مع» Sisi →
  *Diplomacy/Talks*, no date (medium not stated); the troops arriving from Saudi training (a deployment,
  as r13b/r16c), the civilian plane with the displaced, the Resistance «قامت بدحر الميليشيات» (summary)
  and the prisoners held are not coded;
- Doha talks (00150): the multilateral talks «اليوم» (GCC with the US and Russia) → one *Meeting*
  2015-08-03 of Kerry with his Gulf counterparts (the aggregate first sentence is its first mention,
  «ويلتقي اليوم», «اللقاء الأول», «اجتماع اليوم» its mentions; status reported: same-day schedule,
  ambiguous vs planned); Lavrov's talks with the Emir and al-Attiyah → *Talks* 2015-08-03; the
  Lavrov–Kerry–Jubeir trilateral → *Meeting* 2015-08-03; Kerry's trip to Doha → *Visit*, no date;
  Jubeir's trip to Moscow mid-month → *Visit* planned 2015-08; King Salman's expected visit to Russia →
  *Visit* planned 2015; the nuclear deal «في الرابع عشر من الشهر الماضي» → *Diplomacy/Agreement*
  2015-07-14, historical (weeks-old back-reference); Kerry's «تفاوضنا مع تركيا في الأسابيع القليلة
  الماضية» → *Talks*, date "unknown"; Attiyah meeting Patterson «يوم أمس» in Doha → *Meeting*
  2015-08-02; «أكد في القاهرة، أمس» (Kerry's Cairo stop, implied only), the possible «موسكو 3»
  round («يمكن أن تعقد») and earlier Kerry–Lavrov discussions are not coded;
- Heikal column (00093): negative — the 1952 coup, the Yemen war, the 1967 war and the liberation of
  Kuwait are named as rhetoric (as the earlier Heikal column snn-20150727-01386; ambiguous: r44a coded
  named wars such as «حرب يوليو 2006»);
- Australia (00086): the Sydney café siege of December (2014) → one historical *Violence against
  civilians/Abduction/forced disappearance* (18 hostages) dated 2014-12, 3 dead (Monis and two
  hostages after the security forces' intervention, which is a mention, not a separate clash:
  ambiguous); the raids «مداهمات كثيرة» (aggregate, no date), Monis's release on bail, the talks with
  three Australian fighters, Abbott's tour and the laws are not coded;
- column (01257): the liberation of Aden declared «الأربعاء السادس من شوال لعام 1436هـ» = 2015-07-22 →
  *Government regains territory* (the legitimate leadership with the coalition and the Resistance,
  against the Houthis); the first Saudi humanitarian aid plane the same day → *Diplomacy/Aid*
  2015-07-22; the Interior Ministry's arrest of the extremists in Riyadh and the Eastern Province →
  *Arrests*, no date (the 431, as r36/r-round 00952); Zabadani's steadfastness (a siege as a state),
  the Houthis' months in Aden (a state) and «قتلوا الخال والأم والأب» (generic) are not coded;
- Asir tweets (02404): the bombing of the Emergency Forces mosque «اليوم الخميس» → *Suicide bomb*
  2015-08-06 (the tweets: «تفجر جثتك», «يقتل نفسه»), 15 dead (12 security men + 3 workers; the
  tweeted «20» ignored), actor ISIS only from a tweet (ambiguous);
- Iran analysis (02440): the Resistance's and pro-Hadi forces' grip on Aden after freeing it from the
  Houthis → *Government regains territory*, no date (the two «تحرير عدن» its mentions); the nuclear deal
  with 5+1 → *Diplomacy/Agreement*, date "unknown" (as r44a); Iran's new credit-line agreement with Syria
  → *Diplomacy/Agreement*, date "unknown" (ambiguous: *Aid*); the Iranian aid ships (habit) and
  Decisive Storm (a campaign) are not coded;
- Lebanon (00334): negative — the cabinet session, Berri's meeting with MPs and the defence minister's
  call to Salam are domestic sessions and calls (as r43c's same-day cabinet article);
- ambassadors (00782): the Saudi security services' arrest of 431 ISIS members → *Arrests*, no date;
  the general arrests and dismantled cells are habits, not coded.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

HERE = Path(__file__).parent
OUT = HERE / "events_r45a.jsonl"

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150721-00251"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "الغارات الإسرائيلية الأخيرة",
        actor=("المقاتلات الإسرائيلية", "الإسرائيلية"),
        place=("غزة", "القطاع"),
        date="2014",
        status="historical",
        also=("دمرت فيها المقاتلات الإسرائيلية",),
    ),
    E(
        "Diplomacy/Talks",
        "جولة المفاوضات الثلاثية",
        actor=("روسيا",),
        target=("أوكرانيا", "الاتحاد الأوروبي"),
        place=("جنيف",),
        also=("المفاوضات بين روسيا وأوكرانيا",),
    ),
]
F["snn-20150807-00759"] = [
    E(
        "Strategic developments/Other",
        "عملية تبادل للأسرى",
        actor=("الشرعية اليمنية",),
        target=("المتمردين من ميليشيات الحوثي وصالح", "ميليشيات الحوثي وصالح", "الحوثي"),
        place=("مطار عدن", "عدن"),
        date="2015-08-06",
    ),
    E(
        "Strategic developments/Arrests",
        "القبض على العشرات من الأطفال",
        actor=("الحكومة الشرعية",),
        target=("العشرات من الأطفال", "الأطفال"),
        also=("قبضت على العشرات",),
    ),
    E(
        "Diplomacy/Talks",
        "بحث مع المشير",
        actor=("الرئيس الشرعي هادي", "هادي"),
        target=("المشير عبدالفتاح السيسي", "عبدالفتاح السيسي"),
    ),
]
F["snn-20150803-00150"] = [
    E(
        "Diplomacy/Meeting",
        "مباحثات متعددة الأطراف",
        actor=("وزير الخارجية الأميركي جون كيري", "جون كيري", "كيري", "الولايات المتحدة"),
        target=("دول مجلس التعاون الخليجي", "نظرائه الخليجيين", "روسيا"),
        place=("العاصمة القطرية", "الدوحة"),
        date="2015-08-03",
        also=("ويلتقي", "اللقاء الأول الذي يجمع", "اجتماع اليوم"),
    ),
    E(
        "Diplomacy/Visit",
        "سيصل إلى موسكو",
        actor=("وزير الخارجية السعودي عادل الجبير", "عادل الجبير", "الجبير"),
        place=("موسكو",),
        date="2015-08",
        status="planned",
    ),
    E(
        "Diplomacy/Visit",
        "الزيارة المرتقبة",
        actor=("خادم الحرمين الشريفين الملك سلمان بن عبد العزيز", "الملك سلمان بن عبد العزيز", "الملك سلمان"),
        place=("روسيا",),
        date="2015",
        status="planned",
    ),
    E(
        "Diplomacy/Talks",
        "مباحثات",
        at="سيرغي لافروف",
        actor=("وزير الخارجية الروسي سيرغي لافروف", "سيرغي لافروف", "لافروف"),
        target=("أمير دولة قطر الشيخ تميم بن حمد آل ثاني", "الشيخ تميم بن حمد آل ثاني", "خالد العطية"),
        place=("الدوحة", "العاصمة القطرية"),
        date="2015-08-03",
    ),
    E(
        "Diplomacy/Meeting",
        "لقاءً ثلاثيًا",
        actor=("لافروف",),
        target=("كيري", "الجبير"),
        place=("الدوحة", "العاصمة القطرية"),
        date="2015-08-03",
    ),
    E(
        "Diplomacy/Visit",
        "التوجه إلى الدوحة",
        actor=("كيري",),
        place=("الدوحة",),
        also=("وصول كيري إلى الدوحة",),
    ),
    E(
        "Diplomacy/Agreement",
        "الاتفاق النووي",
        actor=("طهران",),
        target=("مجموعة «5+1»",),
        date="2015-07-14",
        status="historical",
        also=("الاتفاق النووي بين طهران",),
    ),
    E(
        "Diplomacy/Talks",
        "تفاوضنا مع تركيا",
        actor=("كيري",),
        target=("تركيا",),
        date="unknown",
    ),
    E(
        "Diplomacy/Meeting",
        "التقى",
        at="ويوم أمس،",
        actor=("وزير الخارجية القطري خالد بن محمد العطية", "خالد بن محمد العطية"),
        target=("آن باترسون", "مساعدة وزير الخارجية الأميركي لشؤون الشرق الأدنى آن باترسون"),
        place=("الدوحة",),
        date="2015-08-02",
    ),
]
F["snn-20150726-00093"] = []  # Heikal column: 1952 coup, wars of 1967 and Kuwait named as rhetoric
F["snn-20150723-00086"] = [
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "الحصار المميت",
        actor=("منفذ الهجوم مان مؤنس", "مان مؤنس", "مؤنس"),
        target=("18 شخصا", "رهائن"),
        place=("مقهى حي مارتن بليس بلازا", "مارتن بليس بلازا", "سيدني"),
        date="2014-12",
        status="historical",
        fatalities=3,
        also=("احتجاز 18 شخصا كرهائن", "تدخل قوات الأمن"),
    ),
]
F["snn-20150725-01257"] = [
    E(
        "Battles/Government regains territory",
        "لاعلان التحرير",
        actor=(
            "القيادة اليمنية الشرعية",
            "قوى التحالف العربية والمقاومة اليمنية",
            "المقاومة اليمنية",
            "قوى التحالف العربية",
        ),
        target=("قوى الجهل الحوثية", "الحوثية"),
        place=("عاصمة اليمن عدن", "عدن", "العاصمة"),
        date="2015-07-22",
        also=("السيطرة مجددا على العاصمة",),
    ),
    E(
        "Diplomacy/Aid",
        "طائرة المساعدات الانسانية",
        actor=("السعودية",),
        place=("عدن", "اليمن"),
        date="2015-07-22",
    ),
    E(
        "Strategic developments/Arrests",
        "القبض على غلاة الانس",
        actor=("وزارة الداخلية",),
        target=("غلاة الانس",),
        place=("الرياض", "المنطقة الشرقية"),
    ),
]
F["snn-20150806-02404"] = [
    E(
        "Explosions/Remote violence/Suicide bomb",
        "التفجير الارهابي الغاشم",
        actor=("داعش",),
        target=("رجل امن", "رجال الأمن", "المصلين"),
        place=("طوارئ عسير", "عسير", "أبها"),
        date="2015-08-06",
        fatalities=15,
    ),
]
F["snn-20150721-02440"] = [
    E(
        "Battles/Government regains territory",
        "إحكام قبضتها على عدن",
        actor=(
            "المقاومة الشعبية والقوات الموالية للرئيس اليمني الشرعي عبدربه منصور هادي",
            "المقاومة الشعبية",
            "القوات الموالية للرئيس اليمني الشرعي عبدربه منصور هادي",
        ),
        target=("المتمردين الحوثيين",),
        place=("عدن الجنوبية", "عدن"),
        also=("تحريرها من المتمردين الحوثيين", "بعد تحرير عدن", "وتحرير عدن"),
    ),
    E(
        "Diplomacy/Agreement",
        "الاتفاق النووي",
        actor=("إيران",),
        target=("مجموعة (5+1)",),
        date="unknown",
        also=("للاتفاق النووي بين إيران", "توقيع الاتفاق النووي"),
    ),
    E(
        "Diplomacy/Agreement",
        "توقيع اتفاقية خط تسهيل ائتماني",
        actor=("إيران",),
        target=("سوريا",),
        date="unknown",
    ),
]
F["snn-20150806-00334"] = []  # Lebanon: cabinet session, Berri's meeting, a minister's call — domestic
F["snn-20150721-00782"] = [
    E(
        "Strategic developments/Arrests",
        "قبض الجهات الأمنية",
        actor=("الجهات الأمنية في المملكة", "الجهات الأمنية"),
        target=("431 إرهابيا", "داعش"),
        place=("المملكة",),
    ),
]


if __name__ == "__main__":
    print(build(F, OUT))
