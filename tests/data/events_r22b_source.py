"""Source of tests/data/events_r22b.jsonl: the twenty-second blind event round, part r22b.

14 real articles (SaudiNewsNet politics, 909–1,452 characters): the lines of /work/brief/DRAW_r22.tsv
(the saved output of `python tests/data/events_round22_select.py`) whose first column is `r22b`
(selection = events_round22_select.py, seed 2222, part r22b). All 14 kept, none dropped; 2 of them
report no event (negatives: the ISIS «tourism» piece and the Rafale deliveries). 34 events. Annotated
by reading only (2026-11-29): the event coder was never run on these articles and no coder output was
read. Same format and guidelines as events_dev_source.py and
events_fresh_source.py (docs/events.md § Dev set); `build()` comes from events_dev_source.py
(SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three 12-word
runs with an article of another tests/data/events_*.jsonl set. Same happenings in other words: the
Suruc bombing (many rounds), the Silopi clash (r20c), the PKK–government truce of 2013 (r15b …
r20a), the Skhirat agreement (r17a), Carter's trips (r20b/r20c).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r20c_source.py):
- Paris: the three suspects «الموقوفين» → one *Arrests* in France, no actor named, publication date (the
  text gives none); the judicial inquiry, the plot itself and the detention request are not coded;
- ISIS «tourism» photos, the Rafale deliveries (sales, as an earlier round) and the Rafale's past use
  (Libya 2011, Mali 2013, the coalition campaign) → no event (negatives); the child-recruitment article
  keeps only «شاركوا في معارك حلب في منطقة النيرب» → historical *Armed clash*, date "unknown" (as
  Kobani's battles in r20); recruitment, the YPG's «تم الاتفاق مؤخراً على تسريح» (an undertaking with no
  counterpart; ambiguous) and the Russian/Chinese vetoes are not coded;
- Ariha: the warplane that crashed «أثناء قصفها حيا» → one *Air/drone strike* 2015-08-03, 31 dead (the
  crash, the explosion near the market and the toll its mentions; ambiguous: the deaths come from the
  crash, which could be *Strategic developments/Other*); the opposition's hold on Ariha «منذ 28 مايو» →
  historical takeover 2015-05-28; «خسرت قوات النظام منذ نهاية مارس … كمدينة إدلب … وجسر الشغور» →
  one historical takeover of Idlib city, 2015-03 (Jisr al-Shughour, undated, not coded separately);
- Qaryatain: ISIS abducting 220+ → *Abduction/forced disappearance*, publication date; Palmyra «سقطت
  بأيدي عناصره في مايو» → historical takeover 2015-05; displacement, jizya, and the UNSC chemical-weapons
  resolution and US–Russia draft (as earlier rounds) are not coded;
- Libya: the Geneva round «اليوم» → *Diplomacy/Talks* 2015-08-11 (reported: it opens that day); Skhirat
  «في 11 يوليو» → *Strategic developments/Agreement*, historical, 2015-07-11; Leon's appeals, the GNC's
  refusal and Fajr Libya holding the capital «منذ عام» (a state) are not coded;
- NATO: the ambassadors' meeting «الثلاثاء» → *Meeting*, planned, 2015-07-28; the PKK car bomb it claimed
  → *Remote explosive*, publication date; the Turkish raids on PKK bases in northern Iraq → *Air/drone
  strike*; «قصفت مواقع له في الاراضي السورية» → *Shelling* (unspecified قصف, as fresh; ambiguous: the
  article calls the Iraq strikes air raids); the 2013 truce → historical *Strategic developments/
  Agreement*; Suruc «هجوم سوروتش الدامي في 20 تموز» → *Suicide bomb* 2015-07-20, ISIS (accused) (as r20);
- MBZ and al-Jubeir «في أبو ظبي أول من أمس» → *Meeting* 2015-08-01; Carter's unannounced Baghdad trip
  «أمس» → *Visit* and his talks with Abadi and commanders → *Meeting*, both 2015-07-23; Obama–Erdogan
  «اتصال هاتفي ليل الأربعاء» → *Phone call* 2015-07-22 (the pledge to cooperate is part of it, not a
  separate *Agreement*); the Ramadi campaign («يحاول») is not coded;
- Turkey: policemen killed by PKK gunmen (Bozanti) → *Armed clash* (a state target, as r20), 2015-07-31;
  the railway worker shot «مساء الخميس» → *Attack* 2015-07-30; the bomb on the line «قبل ذلك بيوم» →
  *Remote explosive* 2015-07-29; the ambush «الخميس» on a convoy → *Armed clash* 2015-07-30, 3 dead, no
  actor (none named); tallies since 20 July and the Turkish operation (a campaign) are not coded;
- Cizre: PKK supporters' protest with roadblocks and fire-bombs against the police → *Riots/Violent
  demonstration* 2015-08-07; the Silopi clash (3 dead; no date in this text, before the 7 August
  protest) → *Armed clash*, publication date (as the guidelines say; r20c dates it 2015-08-06 from its
  own text); the two attacks in Van and Agri → two *Armed clash* events (no per-province count); the RPG
  on the police car in Cizre (Sirnak) → *Armed clash* 2015-08-07, 1 dead (a rocket-propelled grenade at
  close range; ambiguous: *Shelling*); Suruc (no date here) → *Suicide bomb*, historical, "unknown", 32
  dead; the Turkish raids «خلال الأيام الماضية» (a campaign, as r20c) are not coded;
- Gaza: the five car bombs in Sheikh Radwan → one *Remote explosive* (same place and morning), actor
  «عناصر تخريبية» (the ministry's words; ISIS not confirmed), 0 dead; earlier blasts and ISIS threats not
  coded;
- Erdogan: his tour «الى الصين واندونيسيا» → two *Visit* events (publication date); the Baku meeting «في
  حزيران» → historical *Meeting* 2015-06; «حديثنا الهاتفي لاحقا» → historical *Phone call*, "unknown"; the
  tallies of Turkish raids and the ended truce are not coded.

Run: python tests/data/events_r22b_source.py            (writes events_r22b.jsonl)
Text licences: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

HERE = Path(__file__).parent
OUT = HERE / "events_r22b.jsonl"

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150721-00095"] = [
    E(
        "Strategic developments/Arrests",
        "الموقوفين",
        target=("المشتبه بهم الثلاثة", "الشبان الثلاثة", "الموقوفين الثلاثة"),
        place="فرنسا",
        also=("بعد توقيفهم",),
    ),
]
F["snn-20150806-02267"] = []  # ISIS "tourism" photos and a video: no happening
F["snn-20150804-00826"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصفها",
        actor=("طائرة حربية سورية", "قوات النظام"),
        target=("سكان المدينة",),
        place=("مدينة أريحا", "أريحا", "إدلب"),
        date="2015-08-03",
        fatalities=31,
        also=("تحطمت", "سقوط الطائرة", "بانفجار ضخم", "تحطم الطائرة"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "تسيطر عليها",
        actor=("فصائل المعارضة",),
        place=("أريحا",),
        date="2015-05-28",
        status="historical",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "وخسرت",
        actor=("ائتلاف يضم جبهة النصرة", "جبهة النصرة", "فصائل إسلامية مقاتلة"),
        target=("قوات النظام",),
        place=("مدينة إدلب", "إدلب"),
        date="2015-03",
        status="historical",
        also=("معارك عنيفة",),
    ),
]
F["snn-20150808-00062"] = [
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "اختطف",
        actor=("تنظيم داعش", "داعش"),
        target=("أبناء مدينة القريتين", "المسيحيين", "220 شخصًا"),
        place=("مدينة القريتين", "القريتين", "حمص"),
        also=("اختطاف التنظيم", "عملية الاختطاف"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سقطت بأيدي",
        actor=("عناصره", "التنظيم", "داعش"),
        place=("مدينة تدمر", "تدمر"),
        date="2015-05",
        status="historical",
    ),
]
F["snn-20150811-00198"] = [
    E(
        "Diplomacy/Talks",
        "محادثات السلام",
        actor=("الأطراف الليبيين",),
        target=("برناردينو ليون", "ليون"),
        place=("جنيف", "مقر الأمم المتحدة في جنيف"),
        date="2015-08-11",
        also=("هذا الحوار",),
    ),
    E(
        "Strategic developments/Agreement",
        "وقعت",
        actor=("أطراف ليبية", "البرلمان المعترف به"),
        place=("منتجع الصخيرات", "الصخيرات", "المغرب"),
        date="2015-07-11",
        status="historical",
        also=("اتفاق الصخيرات",),
    ),
]
F["snn-20150808-00676"] = [
    E(
        "Battles/Armed clash",
        "معارك حلب",
        actor=("ميليشيات الرضا", "لواء القدس", "قوة من الأطفال"),
        place=("النيرب", "حلب"),
        date="unknown",
        status="historical",
    ),
]
F["snn-20150721-00036"] = []  # Rafale deliveries (a sale) and the type's past use: no happening
F["snn-20150726-01255"] = [
    E(
        "Diplomacy/Meeting",
        "يجتمع",
        actor=("سفراء دول حلف شمال الاطلسي", "حلف شمال الاطلسي", "الحلف الاطلسي"),
        target=("تركيا",),
        date="2015-07-28",
        status="planned",
        also=("هذا الاجتماع",),
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "هجوما بسيارة مفخخة",
        actor=("حزب العمال الكردستاني",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "الغارات الجوية التركية",
        actor=("التركية", "انقرة"),
        target=("قواعده", "حزب العمال الكردستاني"),
        place=("شمال العراق", "العراق"),
    ),
    E(
        "Strategic developments/Agreement",
        "الهدنة",
        actor=("حزب العمال الكردستاني",),
        date="2013",
        status="historical",
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصفت",
        actor=("انقرة",),
        target=("تنظيم الدولة الاسلامية",),
        place=("الاراضي السورية",),
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "هجوم سوروتش الدامي",
        actor=("تنظيم الدولة الاسلامية",),
        place=("سوروتش",),
        date="2015-07-20",
    ),
]
F["snn-20150803-00819"] = [
    E(
        "Diplomacy/Meeting",
        "استعرض",
        actor=("الشيخ محمد بن زايد آل نهيان", "محمد بن زايد"),
        target=("عادل بن أحمد الجبير", "الجبير"),
        place=("أبو ظبي",),
        date="2015-08-01",
        also=("تناول اللقاء", "حضر اللقاء"),
    ),
]
F["snn-20150724-01910"] = [
    E(
        "Diplomacy/Meeting",
        "بحث",
        actor=("أشتون كارتر", "كارتر"),
        target=("حيدر العبادي", "العبادي", "زعماء سياسيين عراقيين", "قادة عسكريين أمريكيين"),
        place=("بغداد",),
        date="2015-07-23",
    ),
    E(
        "Diplomacy/Visit",
        "زيارة",
        actor=("أشتون كارتر", "كارتر"),
        place=("بغداد", "العراق"),
        date="2015-07-23",
        also=("أول زيارة", "تجيء الزيارة", "وقبيل الزيارة"),
    ),
    E(
        "Diplomacy/Phone call",
        "اتصال هاتفي",
        actor=("باراك أوباما", "أوباما"),
        target=("رجب طيب أردوغان", "أردوغان"),
        date="2015-07-22",
        also=("اتفقا", "ناقشا"),
    ),
]
F["snn-20150801-00553"] = [
    E(
        "Battles/Armed clash",
        "قتل",
        actor=("مقاتلو حزب العمال الكردستاني", "حزب العمال الكردستاني", "التمرد الكردي"),
        target=("عنصران من الشرطة التركية", "الشرطة التركية", "مفوضية مدينة بوزانتي"),
        place=("مدينة بوزانتي", "بوزانتي", "أضنه"),
        date="2015-07-31",
        fatalities=2,
        also=("هجوم جديد", "وهاجم", "تبادل إطلاق النار"),
    ),
    E(
        "Violence against civilians/Attack",
        "قتل",
        at="الإخبارية",
        actor=("عناصر من حزب العمال الكردستاني", "حزب العمال الكردستاني"),
        target=("عامل في شركة خطوط السكك الحديدية التركية", "عامل"),
        place=("ساريكاميس", "اقليم كارس", "كارس"),
        date="2015-07-30",
        fatalities=1,
        also=("هجوم بالأسلحة",),
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "انفجار قنبلة",
        actor=("حزب العمال الكردستاني",),
        target=("الخط",),
        place=("ساريكاميس", "كارس"),
        date="2015-07-29",
    ),
    E(
        "Battles/Armed clash",
        "كمين",
        target=("قافلة عسكرية",),
        date="2015-07-30",
        fatalities=3,
    ),
]
F["snn-20150721-00008"] = [
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "انفجارات ضخمة",
        actor=("عناصر تخريبية",),
        target=("سيارات قياديين", "كتائب القسام", "سرايا القدس", "فصائل المقاومة"),
        place=("حي الشيخ رضوان", "الشيخ رضوان", "شارع النفق", "مدينة غزة"),
        fatalities=0,
        also=("وتعد التفجيرات", "الهجمات الخمس", "تفجير عدد من السيارات"),
    ),
]
F["snn-20150809-00834"] = [
    E(
        "Riots/Violent demonstration",
        "تظاهر",
        actor=("أنصار حزب العمال الكردستاني", "محتجون ملثمون", "المتظاهرين"),
        target=("شرطة مكافحة الشغب",),
        place=("بلدة سيزر", "سيزر"),
        date="2015-08-07",
        also=("محتجون ملثمون", "لتفريق المتظاهرين"),
    ),
    E(
        "Battles/Armed clash",
        "مقتل",
        actor=("مقاتلي الحزب",),
        target=("الشرطة",),
        place=("بلدة سيلوبي", "سيلوبي"),
        fatalities=3,
        also=("الاشتباكات",),
    ),
    E(
        "Battles/Armed clash",
        "هجومين منفصلين",
        actor=("المتمردون",),
        target=("جنديين",),
        place=("فان",),
    ),
    E(
        "Battles/Armed clash",
        "قتل",
        at="واغري",
        actor=("المتمردون",),
        target=("جنديين",),
        place=("اغري",),
    ),
    E(
        "Battles/Armed clash",
        "قتل",
        at="قتيلا على الأقل",
        actor=("إرهابيون", "الإرهابيين"),
        target=("سيارة مصفحة تابعة للشرطة", "شرطي", "الشرطي صالح حسين بارجه"),
        place=("جزرة", "شرناق"),
        date="2015-08-07",
        fatalities=1,
        also=("هجوم شنه إرهابيون", "أطلقوا قذيفة صاروخية"),
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "هجوم انتحاري",
        actor=("داعش",),
        place=("بلدة سورج", "سورج"),
        date="unknown",
        status="historical",
        fatalities=32,
    ),
]
F["snn-20150803-00201"] = [
    E(
        "Diplomacy/Visit",
        "جولة",
        actor=("رجب طيب اردوغان", "اردوغان"),
        place=("الصين",),
    ),
    E(
        "Diplomacy/Visit",
        "نقلته",
        at="جولة",
        actor=("رجب طيب اردوغان", "اردوغان"),
        place=("اندونيسيا",),
    ),
    E(
        "Diplomacy/Meeting",
        "لقاء مطولا",
        actor=("اردوغان",),
        target=("بوتين",),
        place=("باكو", "اذربيجان"),
        date="2015-06",
        status="historical",
        also=("لقاءنا في باكو",),
    ),
    E(
        "Diplomacy/Phone call",
        "حديثنا الهاتفي",
        actor=("اردوغان",),
        target=("بوتين",),
        date="unknown",
        status="historical",
    ),
]

if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
