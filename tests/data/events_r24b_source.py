"""Source of tests/data/events_r24b.jsonl: the twenty-fourth blind event round, part r24b.

14 real articles (SaudiNewsNet politics, 925–1,473 characters): the lines of /work/brief/DRAW_r24.tsv
(the saved output of `python tests/data/events_round24_select.py`) whose first column is `r24b`
(selection = events_round24_select.py, seed 2424, part r24b). All 14 kept, none dropped; 2 of them
report no event (negatives: UNAMI's July toll and the Aden health director's tallies). 36 events.
Annotated by reading only (2026-11-29): the event coder was never run on these articles and no coder
output was read. Same format and guidelines as events_dev_source.py and events_fresh_source.py
(docs/events.md § Dev set); `build()` comes from events_dev_source.py (SaudiNewsNet by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three 12-word
runs with an article of another tests/data/events_*.jsonl set. Same happenings in other words: the Ariha
warplane crash (r22b: 31 dead there, 27 here), Division 30's abduction by Nusra (r13b and later),
UNAMI's July toll (a negative in an earlier round), Bahah's Aden visit (r8a and later), the liberation
of Aden and al-Anad (many rounds), the Iranian nuclear deal (r15b, r16a …).

Choices (the last rounds' calls followed):
- Ariha: as r22b, one *Air/drone strike* 2015-08-03 («أمس الاثنين»), 27 dead, the crash its mentions
  (ambiguous: the crash could be *Strategic developments/Other*); the opposition's hold «منذ 28 مايو» →
  historical takeover; the January crash «بسبب سوء الاحوال الجوية» (an accident) and the jets shot down
  «بعضها» (generic) are not coded;
- Zarif: the Kuwait visit «أمس» → *Visit* 2015-07-26 (the press conference a mention); the rest of the
  tour «تشمل قطر والعراق» → two planned *Visit* events (as r22b's Erdogan tour; ambiguous: the order is
  not stated); the nuclear deal «في 14 يوليو» → *Diplomacy/Agreement* 2015-07-14, historical (earlier
  rounds: "unknown" when undated); Mogherini's «تجري … اليوم محادثات في السعودية» → *Diplomacy/Talks*
  2015-07-27 (as the «تجريان محادثات» of an earlier round; ambiguous: *Meeting*/*Visit*);
- Zabadani: today's barrel bombs (three mentions) → one *Air/drone strike*; the offensive begun «منذ
  اسبوع» → historical *Armed clash* 2015-07-14; «استمرت الاشتباكات» → *Armed clash*, publication date;
  Hezbollah's arrest of 175 deserters → *Arrests*; the mobilisation, the 470-barrel and 120-dead tallies
  are not coded;
- coalition: «يوم امس السبت» / «يوم الجمعة» in a 21 July article → strikes dated 2015-07-17 from the text;
  one *Air/drone strike* per place (Tal Afar, the 23-strike aggregate its first mention; Ramadi; Syria
  near Hasakah, undated → publication date);
- Taiz: the Houthis blowing up the gas sites «أمس» → *Looting/property destruction* 2015-07-20 (the
  earlier destruction «دمرت منشآت» its first mention); the site on Jabal al-Difa' al-Jawi «ودمر الموقع
  بالكامل» → a second one (ambiguous reading); «يتقدمان في حوض الأشرف» → *Armed clash* (an advance, no
  takeover); looting and the siege are habitual, not coded;
- Aden: the minister's «سيطرة الأجهزة الأمنية … على مدينة عدن» and Bahah's «بعدما استعادتها» → *Government
  regains territory*, historical, "unknown" (as earlier rounds); the minister's and Bahah's presence in
  Aden → *Visit* (Bahah's meeting a mention; ambiguous: a separate *Meeting*); the Resistance retaking
  Zinjibar «أمس» → *Government regains territory* 2015-08-01; Hadi's appointments and the 350 / 3,500
  tallies are not coded;
- Libya: «اليوم الجمعة» → 2015-07-31; the checkpoint raid (5 dead; the 7-dead first sentence its mention)
  and the ambush on the reinforcements (2 dead) → two *Armed clash*; the rival faction's seizure of
  Tripoli → historical takeover, "unknown"; Qaddafi's fall and ISIS's foothold in Sirte not coded;
- Cavusoglu in Lisbon → *Visit* + *Meeting*; Turkey's strikes «في الايام الاخيرة» (a campaign, as r20c)
  and the 2012 peace process are not coded;
- Sabha: the Tebu–Tuareg truce → *Strategic developments/Agreement*, publication date; the renewed
  clashes (Sabha, Kufra, Ubari, 60+ dead) → one *Armed clash*, publication date (ambiguous: a tally over
  days and three towns); the assassination attempt «ليل السبت» → *Attack* 2015-07-25, 0 dead;
- Nusra: the abduction of Division 30 fighters «مساء الاربعاء» → *Arrests* (as r13b), 2015-07-29,
  reported (Nusra claims it; the Pentagon's denial is not the lead here); the HQ attack «الجمعة» →
  *Armed clash* 2015-07-31, 25 dead; the video and the border crossing are not coded;
- Muscat: the delegation «وصل أمس إلى مسقط» → *Visit* 2015-08-08; the envoy's coming «النقاش» → planned
  *Talks*; the liberation of Aden and of al-Anad/Lahj → two historical *Government regains territory*
  (ambiguous: al-Anad and Lahj read as one place).

Run: python tests/data/events_r24b_source.py            (writes events_r24b.jsonl)
Text licences: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

HERE = Path(__file__).parent
OUT = HERE / "events_r24b.jsonl"

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150804-00566"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصفها",
        actor=("النظام السوري", "قوات النظام السوري"),
        target=("سكان الحي",),
        place=("مدينة أريحا", "أريحا", "ادلب"),
        date="2015-08-03",
        fatalities=27,
        also=("سقطت طائرة حربية", "تحطمت طائرة حربية", "القصف الذي سبق تحطمها", "تحطم الطائرة الحربية"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "تسيطر عليها",
        actor=("فصائل المعارضة",),
        place=("أريحا", "مدينة أريحا"),
        date="2015-05-28",
        status="historical",
    ),
]
F["snn-20150727-00081"] = [
    E(
        "Diplomacy/Visit",
        "زيارته",
        actor=("محمد جواد ظريف", "ظريف", "وزير الخارجية الإيراني"),
        place=("الكويت",),
        date="2015-07-26",
        also=("مؤتمر صحافي عقده في الكويت", "زيارته لدولة الكويت"),
    ),
    E(
        "Diplomacy/Visit",
        "جولة",
        actor=("ظريف", "محمد جواد ظريف"),
        place=("قطر",),
        status="planned",
    ),
    E(
        "Diplomacy/Visit",
        "جولة",
        actor=("ظريف", "محمد جواد ظريف"),
        place=("العراق",),
        status="planned",
    ),
    E(
        "Diplomacy/Agreement",
        "الاتفاق النووي",
        actor=("بلاده", "إيران"),
        target=("القوى العالمية",),
        date="2015-07-14",
        status="historical",
        also=("الاتفاق النووي مع إيران",),
    ),
    E(
        "Diplomacy/Talks",
        "محادثات",
        actor=("فيديريكا موغيريني", "موغيريني"),
        target=("عادل الجبير", "الجبير"),
        place=("السعودية",),
        date="2015-07-27",
        also=("لقاءات",),
    ),
]
F["snn-20150721-01628"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "أسقطها",
        actor=("النظام السوري", "نظام الأسد", "طيران النظام المروحي"),
        place=("الزبداني",),
        also=("القى 28 برميلا", "بإلقاء براميل متفجرة"),
    ),
    E(
        "Battles/Armed clash",
        "هجوما",
        actor=("قوات الاسد", "حزب الله"),
        target=("فصائل المعارضة",),
        place=("الزبداني",),
        date="2015-07-14",
        status="historical",
    ),
    E(
        "Battles/Armed clash",
        "الاشتباكات",
        at="واستمرت",
        actor=("قوات النظام", "الميليشيات", "حزب الله"),
        target=("فصائل المعارضة",),
        place=("الزبداني",),
        also=("تراجعت",),
    ),
    E(
        "Strategic developments/Arrests",
        "اعتقال",
        actor=("ميليشيا حزب الله", "حزب الله"),
        target=("175 عنصرا من مقاتليها", "مقاتليها"),
        place=("الزبداني",),
    ),
]
F["snn-20150721-01645"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصفوا",
        actor=("الولايات المتحدة وحلفاءها", "الولايات المتحدة", "التحالف"),
        target=("تنظيم الدولة الإسلامية", "داعش"),
        place=("تلعفر",),
        date="2015-07-17",
        also=("عشر غارات نفذت بالقرب من تلعفر",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات",
        at="كما قال الجيش إن خمس",
        actor=("الولايات المتحدة وحلفاءها", "الولايات المتحدة", "التحالف"),
        target=("تنظيم الدولة الإسلامية", "داعش"),
        place=("الرمادي",),
        date="2015-07-17",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات",
        at="شنت ثماني",
        actor=("قوات التحالف", "التحالف"),
        target=("تنظيم الدولة الإسلامية", "داعش"),
        place=("الحسكة", "سوريا"),
    ),
]
F["snn-20150721-02446"] = [
    E(
        "Strategic developments/Looting/property destruction",
        "دمرت",
        actor=("جماعة الحوثي", "الحوثي", "الميليشيات"),
        target=("مواقع الغاز", "مواقع للغاز"),
        place=("محافظة تعز", "تعز"),
        date="2015-07-20",
        also=("فجرت",),
    ),
    E(
        "Strategic developments/Looting/property destruction",
        "دمر",
        at="بالمنطقة 23",
        actor=("الحوثي",),
        place=("جبل الدفاع الجوي", "المنطقة 23"),
    ),
    E(
        "Battles/Armed clash",
        "يتقدمان",
        actor=("الجيش والمقاومة", "المقاومة"),
        target=("الحوثيين", "الحوثي"),
        place=("حوض الأشرف", "المربع", "تعز"),
    ),
]
F["snn-20150721-02448"] = [
    E(
        "Battles/Government regains territory",
        "سيطرة",
        actor=("الأجهزة الأمنية", "المقاومة", "قوات التحالف العربي"),
        place=("مدينة عدن", "عدن"),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Visit",
        "يزور",
        actor=("الحذيفي", "عبده الحذيفي", "وزير الداخلية اليمني"),
        place=("عدن",),
    ),
]
F["snn-20150802-00105"] = [
    E(
        "Diplomacy/Visit",
        "زيارة خاطفة",
        actor=("خالد بحاح", "بحاح"),
        place=("عدن",),
        date="2015-08-01",
        also=("اجتماعًا", "الزيارة القصيرة"),
    ),
    E(
        "Battles/Government regains territory",
        "استعادتها",
        actor=("القوات الموالية للشرعية",),
        place=("عدن",),
        date="unknown",
        status="historical",
    ),
    E(
        "Battles/Government regains territory",
        "استعادت السيطرة",
        actor=("المقاومة الشعبية",),
        place=("مدينة زنجبار", "زنجبار", "محافظة أبين", "أبين"),
        date="2015-08-01",
    ),
]
F["snn-20150801-00012"] = [
    E(
        "Battles/Armed clash",
        "اقتحم",
        actor=("تنظيم الدولة الإسلامية", "متشددون من تنظيم الدولة الإسلامية", "الدواعش", "داعش"),
        target=("قوات موالية للحكومة", "الكتيبه 21 حرس حدود", "جنود"),
        place=("أجدابيا", "اجدابيا", "بوابه 200", "البريقة"),
        date="2015-07-31",
        fatalities=5,
        also=("هاجم مقاتلو الدولة الإسلامية", "بالهجوم"),
    ),
    E(
        "Battles/Armed clash",
        "قتل جنديان",
        actor=("داعش", "الدولة الإسلامية"),
        target=("تعزيزات", "رتل"),
        place=("اجدابيا", "أجدابيا"),
        date="2015-07-31",
        fatalities=2,
        also=("كمينا", "اشتبكوا", "الاشتباكات"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "استولى",
        actor=("فصيل منافس",),
        place=("العاصمة طرابلس", "طرابلس"),
        date="unknown",
        status="historical",
    ),
]
F["snn-20150727-01101"] = [
    E(
        "Diplomacy/Visit",
        "زيارة",
        actor=("تشاوش اوغلو", "مولود تشاوش اوغلو"),
        place=("لشبونة",),
    ),
    E(
        "Diplomacy/Meeting",
        "يلتقي",
        actor=("تشاوش اوغلو", "مولود تشاوش اوغلو"),
        target=("روي ماشيتي", "نظيره"),
        place=("لشبونة",),
    ),
]
F["snn-20150801-00893"] = []  # UNAMI's July casualty tally (as r13b/r20): a month's toll, no happening
F["snn-20150722-01856"] = []  # Aden health director: months-long tallies, a siege (a state), vague aid
F["snn-20150727-00357"] = [
    E(
        "Strategic developments/Agreement",
        "اتفاقاً",
        actor=("التبو", "قبيلتي التبو والطوارق"),
        target=("الطوارق",),
        place=("سبها", "مدينة سبها"),
    ),
    E(
        "Battles/Armed clash",
        "الاشتباكات",
        at="تجدد",
        actor=("التبو",),
        target=("الطوارق",),
        place=("سبها", "الكفرة", "أوباري"),
        fatalities=60,
    ),
    E(
        "Violence against civilians/Attack",
        "محاولة اغتيال",
        target=("أحمد أبوبكر محجوب", "محجوب"),
        place=("سبها", "مدينة سبها", "القرضة", "منطقة القرضة"),
        date="2015-07-25",
        fatalities=0,
        also=("إلى محاولة اغتيال",),
    ),
]
F["snn-20150803-00573"] = [
    E(
        "Strategic developments/Arrests",
        "بخطف",
        actor=("جبهة النصرة",),
        target=("مقاتلين سوريين", "ثمانية عناصر من الفرقة 30", "الفرقة 30"),
        place=("اعزاز", "ريف حلب الشمالي"),
        date="2015-07-29",
        also=("وخطفت جبهة النصرة", "خطف العناصر"),
    ),
    E(
        "Battles/Armed clash",
        "هاجمت",
        actor=("جبهة النصرة",),
        target=("الفرقة 30", "المدافعين عن المقر"),
        place=("اعزاز", "ريف حلب الشمالي", "المنطقة نفسها"),
        date="2015-07-31",
        fatalities=25,
        also=("اشتباكات",),
    ),
]
F["snn-20150809-01203"] = [
    E(
        "Diplomacy/Visit",
        "وصل",
        actor=("الوفد", "وفد الحوثيين", "الحوثيين"),
        place=("مسقط",),
        date="2015-08-08",
    ),
    E(
        "Diplomacy/Talks",
        "النقاش",
        actor=("المبعوث الأممي", "إسماعيل ولد الشيخ", "ولد الشيخ"),
        target=("الوفد", "الحوثيين"),
        place=("مسقط",),
        status="planned",
    ),
    E(
        "Battles/Government regains territory",
        "تحرير",
        at="بدءا من",
        place=("عدن",),
        date="unknown",
        status="historical",
    ),
    E(
        "Battles/Government regains territory",
        "تحرير",
        at="بدءا من",
        place=("قاعدة العند", "العند", "محافظة لحج", "لحج"),
        date="unknown",
        status="historical",
    ),
]

if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
