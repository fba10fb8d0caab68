"""Source of tests/data/events_r42a.jsonl: the forty-second blind event round, part r42a.

10 real articles (SaudiNewsNet politics, 2,656–3,914 characters): the lines of /work/brief/DRAW_r42.tsv
(the saved output of `python tests/data/events_round42_select.py`) whose first column is `r42a`
(selection = events_round42_select.py, seed 4242, part r42a). All 10 kept, none dropped.
Annotated by reading only (2026-11-29): the event coder was never run on these articles and no coder
output was read. Same format and guidelines as events_dev_source.py and events_fresh_source.py
(docs/events.md § Dev set); `build()` comes from events_dev_source.py (SaudiNewsNet articles by
reference + sha1).

Near-copies: none (first 80 normalised characters and shared word 8-grams, threshold 3, checked against
every tests/data/events_*.jsonl). 00257 shares 3–4 short 8-grams with r16a snn-20150806-02037 and r40a
snn-20150731-00373 (the same PKK/Iran story told by other articles), not a near-copy.

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r40c_source.py):
- Houthi/Tihama article (00364): the Tihama resistance's strike on a Houthi gathering in Abs «أمس» →
  *Armed clash* 2015-08-05, 2 dead; the Dhi Na'im mountain clashes «يوم أمس» → *Armed clash* 2015-08-05
  («صعدت … هجماتها», the aggregate lead, is its first mention); the resistance's attacks on the Jahri
  point and the ambushed patrol in al-Bayda → one *Armed clash* (undated); the liberation of Sawda'
  Ghurab/al-Ajradi and the seizure of the Tayyab/al-Jamajim … areas (the «هجومين» that led to it its
  first mention) → two *Non-state actor overtakes territory* (the pro-Hadi resistance is non-state, as
  in earlier rounds); the ambushes in Jiri («سقط فيها ثمانية»: fell into, not a death toll) → *Armed
  clash*, no fatalities; the call to keep away from Houthi posts, the order to collect the police's
  weapons, the school mobilisation meeting, the weapons seized and cut supply lines are not coded;
- AQ in Mukalla (00732): the arrest campaign of retired officers («منتصف يوليو») → *Arrests* 2015-07
  (non-state arrests coded as Arrests, as earlier rounds); the march «يوم أمس» → *Peaceful protest*
  2015-07-23, the speech «على جمع من المتظاهرين» its first mention; AQ's hold on Mukalla «منذ 2 أبريل»
  → historical takeover 2015-04-02; Zinjibar 2012 («تدمير … ساحة مواجهة») → historical *Armed clash*;
  al-Jariri's arrest on 29 April → historical *Arrests* (his release the next day not separate);
- column (00741): the recent arrests of ISIS cells («الذين تم القبض عليهم», «الضربة الأخيرة») → one
  *Arrests* in Saudi Arabia, undated (implicit); the foiled plots are not coded;
- PKK/Iran (00257): the PKK–Turkish clashes announced «أمس» → one *Armed clash* 2015-08-05 (the
  Shirnakh/Agri clashes in the quote and the clash after the Shirnakh blast are its mentions; Agri not a
  separate event); the East Kurdistan Units' Kermanshah clashes → *Armed clash* dated by the
  announcement (2015-08-05; the text says «خلال الأيام القليلة»: ambiguous), 17 dead (commander + 12
  soldiers + 4 fighters); the IED on a Turkish military vehicle in Shirnakh → *Remote explosive*, 3
  («أكثر من ثلاثة»); the gas pipeline blown up «أمس» in «منطقة باكو» → *Remote explosive* (as r40a);
  the Zarkeli air strike «في الأول من أغسطس» → *Air/drone strike* 2015-08-01 (civilians, no number);
  the Suruc suicide bombing → historical *Suicide bomb* 2015-07-20, 32, ISIS (accused); the Turkish
  air campaign, Erdogan's «war on terror», the broken truces and Iran's build-up are not coded;
- Hadi (00831): Al-Anad base retaken «أمس» → *Government regains territory* 2015-08-03 (army +
  resistance, as earlier rounds), «مواجهات عنيفة» its mention, «مئات» no number; the decree absorbing
  the resistance, the graduation of a batch in al-Dhale and police recruitment are not coded;
- opinion (00084): King Abdulaziz's visit to Egypt → historical *Visit*, date unknown; the 1952 coup and
  Nasser's removal of Naguib (background, no ACLED type fits well) are not coded;
- opinion (00839): the Iran nuclear deal («ما تم التوقيع عليه مع إيران») → historical *Diplomacy/
  Agreement*, actor the US administration, date unknown; «تحرير عدن» → historical *Government regains
  territory*, date unknown (as earlier rounds code background liberations); Assad's speech, Hezbollah's
  aims in Zabadani and Turkey's move on the border are not coded;
- column (00097): the killing of Mohammed al-Durrah on 30 September 2000 → historical *Violence against
  civilians/Attack*, Israeli soldiers, 1 dead; the trials, threats and the phone call are not coded;
- Latakia (00037): Basel Shawkat's visit to the officer's family → *Diplomacy/Visit* (a mediation
  visit on the regime's behalf; ambiguous), undated; Suleiman Hilal al-Assad's killing of Col. Hassan
  al-Sheikh (a traffic dispute) → *Violence against civilians/Attack*, 1, undated (implicit); the
  Facebook posts, the deployment of troops in Latakia and the planned further visits are not coded;
- column (00626): the 7/7 bombings «منذ 10 سنوات» → historical *Suicide bomb* 2005-07-07 (the
  commemoration itself not coded); the Sousse beach attack → historical *Violence against civilians/
  Attack* dated 2015-06-26 (the Friday before last counted from the 7 July news item the column quotes,
  not from publication: ambiguous), 30 (the British victims the text counts); the disappearance of
  dozens of young men in Remada (presumed to join ISIS) is not coded.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

HERE = Path(__file__).parent
OUT = HERE / "events_r42a.jsonl"

F: dict[str, list[dict]] = {}
F["snn-20150806-00364"] = [
    E(
        "Battles/Armed clash",
        "استهدفت",
        at="التهامية",
        actor=("المقاومة الشعبية التهامية", "المقاومة الشعبية"),
        target=("المسلحين الحوثيين", "الحوثيين"),
        place=("مديرية عبس", "عبس", "النادي الرياضي"),
        date="2015-08-05",
        fatalities=2,
    ),
    E(
        "Battles/Armed clash",
        "هجماتها ضد الحوثيين",
        actor=("المقاومة الشعبية", "المقاومة"),
        target=("الحوثيين", "المسلحين", "أتباع الرئيس السابق علي عبد الله صالح"),
        place=("ذي ناعم", "جبال الطوي", "الطوي", "محافظة البيضاء", "البيضاء"),
        date="2015-08-05",
        also=("المواجهات بين المقاومة والمسلحين",),
    ),
    E(
        "Battles/Armed clash",
        "الهجمات",
        at="شنوا عددا من",
        actor=("مسلحي المقاومة", "المقاومة"),
        target=("المسلحين الحوثيين", "الحوثيين", "أنصار صالح"),
        place=("نقطة جهري", "جهري", "محافظة البيضاء", "البيضاء", "منطقة مشبعة", "مشبعة"),
        also=("نصب كمين لدورية",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "تحرير",
        at="المقاومة تمكنت من",
        actor=("المقاومة",),
        target=("المتمردين",),
        place=("سواداء غراب", "الاجردي"),
        also=("استعادة مواقع كانت تحت سيطرة المتمردين",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "هجومين",
        actor=("المقاومة",),
        target=("الحوثي", "جماعة الحوثي"),
        place=("طياب", "الجماجم", "السوداء", "مشعبة", "الهجيرية", "نصنص"),
        also=("استولت على المناطق",),
    ),
    E(
        "Battles/Armed clash",
        "كمائن",
        actor=("المقاومة",),
        target=("ثمانية مسلحين حوثيين", "مسلحين حوثيين"),
        place=("منطقة جيري", "جيري"),
    ),
]
F["snn-20150724-00732"] = [
    E(
        "Strategic developments/Arrests",
        "حملة اعتقالات",
        actor=("تنظيم القاعدة", "القاعدة", "التنظيم"),
        target=(
            "ضباطا وعسكريين متقاعدين",
            "خمسة من الضباط العسكريين المتقاعدين",
            "خمسة من أبرز أعضاء اللجنة",
        ),
        place=("المكلا",),
        date="2015-07",
        also=("باعتقال «القاعدة» لخمسة", "ليعتقل خمسة"),
    ),
    E(
        "Protests/Peaceful protest",
        "المتظاهرين المحتجين",
        actor=("المئات", "المتظاهرين"),
        target=("القاعدة",),
        place=("المكلا",),
        date="2015-07-23",
        also=("مسيرة ومظاهرة جماعية", "هذه المظاهرة"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "تسيطر عليها",
        actor=("القاعدة",),
        place=("المكلا",),
        date="2015-04-02",
        status="historical",
        also=("دخلنا المكلا",),
    ),
    E(
        "Battles/Armed clash",
        "تدمير مدينة زنجبار",
        actor=("التنظيم",),
        target=("القوات الحكومية",),
        place=("زنجبار", "محافظة أبين", "أبين"),
        date="2012",
        status="historical",
        also=("ساحة مواجهة بينه وبين القوات الحكومية",),
    ),
    E(
        "Strategic developments/Arrests",
        "اعتقال",
        at="كما سبق للتنظيم",
        actor=("التنظيم", "القاعدة"),
        target=("العميد الجريري", "الجريري"),
        place=("المكلا",),
        date="2015-04-29",
        status="historical",
    ),
]
F["snn-20150721-00741"] = [
    E(
        "Strategic developments/Arrests",
        "تم القبض عليهم",
        actor=("الجهات الأمنية", "القوات الأمنية"),
        target=("داعش", "المعتقلون"),
        place=("المملكة", "السعودية"),
        also=("الضربة الأخيرة",),
    ),
]
F["snn-20150806-00257"] = [
    E(
        "Battles/Armed clash",
        "اشتبكوا",
        actor=("مقاتلي حزب العمال الكردستاني", "حزب العمال الكردستاني", "العمال الكردستاني"),
        target=("القوات التركية", "الجيش التركي"),
        place=("جنوب شرقي تركيا", "تركيا", "شرناخ", "إقليم شرناخ", "آغري بايزيد"),
        date="2015-08-05",
        also=("اشتباكات بين قواتنا", "اشتباكات بين مقاتلين من العمال الكردستاني"),
    ),
    E(
        "Battles/Armed clash",
        "قتلوا",
        at="أن مقاتليها",
        actor=("وحدات حماية شرق كردستان", "مقاتليها"),
        target=("الحرس الثوري الإيراني", "قوات الحرس الثوري الإيراني", "الجيش الإيراني"),
        place=("محافظة كرمانشاه", "كرمانشاه", "سلاسي باوجاني"),
        date="2015-08-05",
        fatalities=17,
        also=("مقتل قائد بارز", "اشتباكات ضارية"),
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "انفجار عبوة ناسفة",
        target=("عجلة عسكرية تركية", "جنود أتراك"),
        place=("إقليم شرناخ", "شرناخ"),
        fatalities=3,
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "فجروا",
        actor=("قوات حماية الشعب", "مقاتلينا", "حزب العمال الكردستاني"),
        target=("أنبوب نقل الغاز",),
        place=("منطقة باكو", "باكو"),
        date="2015-08-05",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "استهدافهم",
        actor=("الطائرات التركية",),
        target=("المدنيين",),
        place=("قرية زاركلي", "زاركلي", "راوندوز"),
        date="2015-08-01",
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "العملية الانتحارية",
        actor=("تنظيم داعش", "داعش"),
        target=("الناشطين الأكراد",),
        place=("بلدة سروج", "سروج"),
        date="2015-07-20",
        status="historical",
        fatalities=32,
    ),
]
F["snn-20150804-00831"] = [
    E(
        "Battles/Government regains territory",
        "استعادها الثوار",
        actor=("الثوار", "مقاتلو المقاومة الشعبية", "عناصر الجيش الموالي للشرعية"),
        target=("الإرهابيين",),
        place=("قاعدة العند الجوية", "قاعدة العند", "العند"),
        date="2015-08-03",
        also=("مواجهات عنيفة",),
    ),
]
F["snn-20150803-00084"] = [
    E(
        "Diplomacy/Visit",
        "زار مصر",
        actor=("الملك المؤسس عبد العزيز", "عبد العزيز"),
        place=("مصر",),
        date="unknown",
        status="historical",
    ),
]
F["snn-20150801-00839"] = [
    E(
        "Diplomacy/Agreement",
        "التوقيع",
        at="وإن ما تم",
        actor=("الإدارة الأميركية",),
        target=("إيران",),
        date="unknown",
        status="historical",
        also=("الاتفاق الذي جعل",),
    ),
    E(
        "Battles/Government regains territory",
        "تحرير عدن",
        place=("عدن",),
        date="unknown",
        status="historical",
    ),
]
F["snn-20150726-00097"] = [
    E(
        "Violence against civilians/Attack",
        "مقتل الطفل الفلسطيني",
        actor=("جنود إسرائيليين",),
        target=("محمد الدرّة", "الطفل الفلسطيني محمد الدرّة"),
        place=("مدخل غزة", "غزة", "الأراضي المحتلة"),
        date="2000-09-30",
        status="historical",
        fatalities=1,
    ),
]
F["snn-20150809-00037"] = [
    E(
        "Diplomacy/Visit",
        "زيارة عاجلة",
        actor=("باسل آصف شوكت",),
        target=("أهل الضابط",),
        also=("زيارة باسل آصف شوكت",),
    ),
    E(
        "Violence against civilians/Attack",
        "قتل",
        at="أهل الضابط الذي",
        actor=("سليمان هلال الأسد",),
        target=("العقيد حسان الشيخ", "حسان الشيخ", "الضابط"),
        place=("اللاذقية",),
        fatalities=1,
        also=("قتل الضابط العقيد حسان الشيخ", "بقتل ضابط من جيش النظام"),
    ),
]
F["snn-20150721-00626"] = [
    E(
        "Explosions/Remote violence/Suicide bomb",
        "تفجيرات 07- 07",
        place=("بريطانيا",),
        date="2005-07-07",
        status="historical",
        also=("فجر نفسه في بريطانيا",),
    ),
    E(
        "Violence against civilians/Attack",
        "الهجوم الإرهابي في تونس",
        target=("الضحايا البريطانيين",),
        place=("تونس", "أحد شواطئ فنادقها"),
        date="2015-06-26",
        status="historical",
        fatalities=30,
        also=("الهجوم الإرهابي الذي شهدته تونس", "قتل العشرات على شواطئ تونس"),
    ),
]

if __name__ == "__main__":
    print(build(F, OUT))
