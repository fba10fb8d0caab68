"""Source of tests/data/events_r27b.jsonl: the twenty-seventh blind event round, part r27b.

10 real articles (SaudiNewsNet politics, 1,514–2,227 characters): the lines of /work/brief/DRAW_r27.tsv
(the saved output of `python tests/data/events_round27_select.py`) whose first column is `r27b`
(selection = events_round27_select.py, seed 2727, part r27b). All 10 kept, none dropped; 1 of them
reports no event (negative). Annotated by reading only (2026-11-29): the event coder was never run on
these articles and no coder output was read. Same format and guidelines as events_dev_source.py and
events_fresh_source.py (docs/events.md § Dev set); `build()` comes from events_dev_source.py
(SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three 12-word
runs with an article of another tests/data/events_*.jsonl set (checked at 08:55 UTC). Same happenings
in other words: the taking of al-Anad base (r20a, r20b, r23b: coded the same way), the liberation of
Aden and of al-Tawahi (many rounds), al-Nusra's attack on Division 30 near Azaz and the abduction of its
leader (r26a), the Iranian nuclear deal, the Kingdom's truce of 26 July.

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r26c_source.py):
- al-Anad (00451): the Popular Resistance's full control «أمس الاثنين» → *Government regains territory*
  2015-08-03 (as r20a/r23b: the text also calls the attackers «القوات الموالية للحكومة»); the fierce
  clashes, the pro-government offensive of the same day and the partial control «خلال الأيام الماضية»
  are mentions of it (ambiguous: the partial control could be an earlier takeover); the continued
  advance in al-Husseini, al-Hawta and al-Musaymir → *Armed clash*; the coalition raids «في تلك المناطق»
  → *Air/drone strike* (the air support at al-Anad is part of the takeover); the tanks and armoured
  vehicles «التي وفرتها قوات التحالف» → *Diplomacy/Aid*, "unknown" (as r21a's armoured vehicles;
  ambiguous: a relative clause); Aden retaken «في منتصف يوليو» → *Government regains territory*,
  historical, 2015-07; the Gulf troops deployed in Aden, the deployment of Sunday, the sweep of the base
  and the coalition campaign «منذ بدء عمليات التحالف» are not coded;
- Nusra/Division 30 (opinion): the attack near Azaz «في اليومين الماضيين» → *Armed clash* 2015-07, 5
  dead; the abduction of the Division's leader (the Division's accusation; the Pentagon denies it) →
  *Abduction/forced disappearance* 2015-07 (as r26a); the coalition strikes on Nusra «أمس (الجمعة)» →
  *Air/drone strike* 2015-07-31; Ahmad Shah Massoud's assassination → historical *Attack*, "unknown",
  1 dead; 9/11 and Nusra «اليوم تقوم … باستهداف» (generic) are not coded;
- «الشرعية تنتصر» (opinion): the expulsion of the Houthis from al-Tawahi, the last stronghold, and «تحرير
  عدن بكاملها» → one *Government regains territory*, publication date (the text gives none); the Houthi
  and Saleh forces' indiscriminate shelling of Aden's neighbourhoods → *Shelling*, historical, "unknown"
  (ambiguous: background); the Taiz/Marib victories «يومًا بعد يوم» (a trend), the Houthi leaders moved to
  Saada («تواتر الأنباء»), al-Bakri's appointment and the invitation to the UN High Commissioner (not
  accepted) are not coded;
- UN welcome of the truce: the truce the Kingdom called → *Strategic developments/Agreement*,
  publication date (the text does not date it); the envoy's visit to the Kingdom «خلال أيام» → planned
  *Visit*; the earlier truce broken and the coalition's «الرد» (as r26c's breaches), resolution 2216 are
  not coded;
- Hezbollah: the withdrawal of hundreds of fighters from Syria to the Bekaa → *Non-violent transfer of
  territory* (as r18c's US withdrawal from Iraq; ambiguous: *Other*), publication date; the Shin Bet's
  arrest of Hassan Khizran, announced «أمس» → *Arrests* 2015-08-09 (the announcement dates it), no
  place (the text does not say where; Israel implied); the 2006 war → historical *Armed clash* 2006;
  the families' celebrations, the 2009 recruitment and payments are not coded;
- Batis (statements): «تحرير عدن» → *Government regains territory*, "unknown" (as r26c); the plans to
  free Abyan, Taiz, Lahj and al-Dhale, the militias' targeting of Aden «بكل أنواع الأسلحة» (generic) and
  Decisive Storm are not coded;
- online terrorism (opinion, negative): generic recruitment, «تحت سيطرة التنظيم» is a state;
- al-Junaid: his abduction by the Houthis in Taiz «مساء أول من أمس» → *Abduction/forced disappearance*
  2015-08-05 (the looting of money and gold from his house is part of the same raid, not coded apart;
  ambiguous); HRW's condemnation, the abduction tally and the threats «منذ أشهر» are not coded;
- Russia/Iran (statements): al-Jubeir's visit to Moscow → planned *Visit*, publication date (the text
  gives no day); the Coalition's visit to Moscow «الأسبوع المقبل» → planned *Visit* 2015-08; the nuclear
  deal → *Diplomacy/Agreement*, historical, "unknown"; the US–Iranian dialogue, Assad's speech and the
  Iranian initiative are not coded;
- «تحية أيها البطل» (opinion): the Saudi soldiers who «دخلوا عدن وحرروها» → *Government regains
  territory*, "unknown" (as r26c's Aden); the soldier's rescue of a comrade the Houthis nearly killed is
  not coded (an anecdote without place or time; ambiguous: an *Armed clash* on the border).

Negative (1): snn-20150722-01130 (online-terrorism opinion).
Run: python tests/data/events_r27b_source.py            (writes events_r27b.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r27b.jsonl")

F: dict[str, list[dict]] = {}  # in draw order
F["snn-20150804-00451"] = [
    E(
        "Battles/Government regains territory",
        "أحكمت",
        actor=(
            "المقاومة الشعبية",
            "المقاومة",
            "القوات الموالية للحكومة اليمنية المعترف بها دولياً",
        ),
        target=("المليشيات الحوثية", "مليشيات الحوثي", "الحوثي", "المقاتلين الحوثيين"),
        place=("قاعدة العند الجوية", "العند", "قاعدة العند", "لحج"),
        date="2015-08-03",
        also=(
            "طردت",
            "فرض سيطرتها الكاملة",
            "مواجهات عنيفة",
            "وسيطرت على أجزاء منها",
            "هجوماً واسعا",
            "معركة استعادة قاعدة العند",
        ),
    ),
    E(
        "Battles/Armed clash",
        "تقدمها",
        actor=("المقاومة الشعبية", "المقاومة"),
        place=("الحسيني", "الحوطة", "المسيمير", "لحج"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "الغارات الجوية",
        actor=("طائرات التحالف", "التحالف"),
        target=("المليشيات الحوثية", "مواقع المليشيات الحوثية"),
        place=("الحسيني", "الحوطة", "المسيمير", "لحج"),
    ),
    E(
        "Diplomacy/Aid",
        "وفرتها",
        actor=("قوات التحالف", "التحالف"),
        target=("المقاتلين والعسكريين", "للقوات التي تقدمت"),
        date="unknown",
    ),
    E(
        "Battles/Government regains territory",
        "استعادتها",
        actor=("القوات الموالية للرئيس عبد ربه منصور هادي", "عبد ربه منصور هادي"),
        target=("المتمردين الحوثيين", "الحوثيين"),
        place=("عدن",),
        date="2015-07",
        status="historical",
        also=("معارك عنيفة",),
    ),
]
F["snn-20150801-00059"] = [
    E(
        "Battles/Armed clash",
        "هجوم",
        at="بشن",
        actor=("جبهة النصرة", "النصرة"),
        target=("مقاتلين من المعارضة السورية", "الفرقة 30", "المعارضة السورية"),
        place=("بلدة أعزاز", "أعزاز", "حلب"),
        date="2015-07",
        fatalities=5,
        also=("هاجموا مقرها", "وقتلوا خمسة", "مهاجمة «النصرة» لـ«الفرقة 30»"),
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "بخطف",
        actor=("النصرة", "جبهة النصرة"),
        target=("زعيم الفرقة",),
        place=("أعزاز", "بلدة أعزاز", "حلب"),
        date="2015-07",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "بقصف",
        actor=("طائرات حربية", "التحالف", "طائرات التحالف"),
        target=("جبهة النصرة", "النصرة", "مواقع لـ«جبهة النصرة»"),
        place=("شمال سوريا", "سوريا"),
        date="2015-07-31",
        also=("بمهاجمة «النصرة»",),
    ),
    E(
        "Violence against civilians/Attack",
        "اغتيال",
        actor=("القاعدة",),
        target=("أحمد شاه مسعود", "الزعيم أحمد شاه مسعود"),
        place=("أفغانستان",),
        date="unknown",
        status="historical",
        fatalities=1,
    ),
]
F["snn-20150722-00486"] = [
    E(
        "Battles/Government regains territory",
        "طرد",
        actor=("المقاومة اليمنية", "المقاومة الشعبية", "الجيش الوطني"),
        target=("مليشيا الحوثي", "الحوثي"),
        place=("حي التواهي", "التواهي", "عدن"),
        also=("تحرير عدن بكاملها", "تحرير عدن يعتبر", "بعد تحريرها"),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "القصف العشوائي",
        actor=("عصابات الحوثي", "الحوثي", "قوات المخلوع"),
        target=("أحيائها السكنية",),
        place=("عدن",),
        date="unknown",
        status="historical",
    ),
]
F["snn-20150727-01316"] = [
    E(
        "Strategic developments/Agreement",
        "الهدنة",
        actor=("المملكة",),
        place=("اليمن",),
        also=("مبادرة المملكة",),
    ),
    E(
        "Diplomacy/Visit",
        "بزيارة",
        actor=("ولد شيخ أحمد", "المبعوث الأممي", "إسماعيل ولد شيخ أحمد"),
        place=("للمملكة", "المملكة"),
        status="planned",
    ),
]
F["snn-20150810-01059"] = [
    E(
        "Strategic developments/Non-violent transfer of territory",
        "سحب",
        actor=("الحزب", "حزب الله", "حزب الله اللبناني"),
        place=("سورية",),
    ),
    E(
        "Strategic developments/Arrests",
        "اعتقاله",
        actor=("جهاز الأمن الداخلي الإسرائيلي", "الشين بيت", "الأمن الإسرائيلي"),
        target=("مواطنا سويديا من أصل فلسطيني", "حسن خليل خيزران", "خيزران", "حسن خيزران"),
        date="2015-08-09",
        also=("هذا الاعتقال",),
    ),
    E(
        "Battles/Armed clash",
        "نزاعا داميا",
        actor=("إسرائيل",),
        target=("حزب الله",),
        date="2006",
        status="historical",
    ),
]
F["snn-20150725-01437"] = [
    E(
        "Battles/Government regains territory",
        "تحرير عدن",
        target=("الحوثي", "الانقلابيين"),
        place=("عدن",),
        date="unknown",
        also=("التحرير والذي تم بنجاح",),
    ),
]
F["snn-20150722-01130"] = []  # opinion on online recruitment by terrorist groups: no happening
F["snn-20150807-00144"] = [
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "باختطافه",
        actor=("الحوثيين", "مسلحو الحوثي", "الحوثي"),
        target=("عبد القادر الجنيد", "الجنيد", "الناشط الحقوقي والطبيب عبد القادر الجنيد"),
        place=("تعز",),
        date="2015-08-05",
        also=("اختطاف الجنيد", "أخرجوه بالقوة", "اختطفوا والده"),
    ),
]
F["snn-20150810-01467"] = [
    E(
        "Diplomacy/Visit",
        "زيارة",
        at="تعول على",
        actor=("عادل الجبير", "الجبير", "وزير الخارجية عادل الجبير"),
        place=("موسكو",),
        status="planned",
        also=("زيارة الجبير",),
    ),
    E(
        "Diplomacy/Visit",
        "زيارة",
        at="ومن هنا تأتي أهمية",
        actor=("الائتلاف",),
        place=("موسكو",),
        date="2015-08",
        status="planned",
    ),
    E(
        "Diplomacy/Agreement",
        "الاتفاق النووي الإيراني",
        date="unknown",
        status="historical",
    ),
]
F["snn-20150726-00006"] = [
    E(
        "Battles/Government regains territory",
        "حرروها",
        actor=("جنودنا",),
        target=("الحوثييون", "الحوثيين"),
        place=("عدن",),
        date="unknown",
        also=("دخلوا عدن",),
    ),
]

if __name__ == "__main__":
    print(build(F, OUT), "articles ->", OUT)
