"""Source of tests/data/events_r38a.jsonl: the thirty-eighth blind event round, part r38a.

10 real articles (SaudiNewsNet politics, 2,528–3,922 characters): the lines of /work/brief/DRAW_r38.tsv
(the saved output of `python tests/data/events_round38_select.py`) whose first column is `r38a`
(selection = events_round38_select.py, seed 3838, part r38a). All 10 kept, none dropped; 1 negative.
Annotated by reading only (2026-11-29): the event coder was never run on these articles and no coder
output was read. Same format and guidelines as events_dev_source.py and events_fresh_source.py
(docs/events.md § Dev set); `build()` comes from events_dev_source.py (SaudiNewsNet articles by
reference + sha1).

Near-copies: none (first 80 normalised characters and shared word 8-grams, threshold 3, checked against
every tests/data/events_*.jsonl). snn-20150724-00062 shares one AFP passage (the Kilis border fire and
the Incirlik permission: 7 word 8-grams) with r20a's snn-20150724-01985 and 3 with r20b's
snn-20150724-01355 (Suruc, the two PKK/Diyarbakir police killings); the rest of the article differs, so
it is not a near-copy, but those events were coded as r20a/r20b coded them.

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r36c_source.py):
- Turkish opposition (00166): the coalition talks, the early elections and the Turkish "war on ISIS"
  (a campaign) are not coded; the Suruc attack «الاثنين الماضي» → *Suicide bomb* 2015-07-20 (the text
  says «حادث» / «تفجيرات»; actor = the ISIS cells a blogger claims carried it out); the AKP «يقوم بقصف
  مواقع … حزب العمال الكردستاني في سوريا» inside an analyst's quote is generic, not coded (ambiguous);
- negative: snn-20150723-00010 (opinion on Abbas's succession: Arafat's death, the "military coup" and
  Gaza's wars are rhetoric without a happening named);
- Brent/Libya (00111): the Zintan armed group's closure of the Sharara pipeline «منذ نوفمبر» →
  *Strategic developments/Other*, historical, 2014-11 (ambiguous: a blockade); the El Feel field closed by
  «احتجاج آخر من قوى أمنية» → *Peaceful protest*, historical, "unknown" (ambiguous); the tribal
  mediation, the steel plant's closure, the closed ports (no actor) and the 2011 uprising are not coded;
- Turkish air force (00062): the F-16 strikes opposite Kilis → *Air/drone strike* 2015-07-24; the
  jihadists' fire on the Kilis border post and the tanks' return fire → one *Armed clash* 2015-07-23,
  1 dead (as r20a); Suruc → *Suicide bomb* 2015-07-20, 32 dead; the Kobani battles → *Armed clash*,
  historical, "unknown" (as r20b); the Incirlik permission → *Diplomacy/Agreement* dated by the
  announcement «الخميس» 2015-07-23 (r20a had no day in its text); the Obama–Erdogan call «غداة» →
  *Phone call* 2015-07-22; the violence in Turkey during the Kobani battle in October → *Riots/Violent
  demonstration*, historical, 2014-10 (ambiguous); the Istanbul raids → *Arrests* 2015-07-24; the PKK's
  killing of two policemen in Ceylanpinar and the Diyarbakir policeman → *Armed clash* (as r20b); the
  youth movement's killing of a man in Istanbul → *Violence against civilians/Attack* 2015-07-21 (as
  r20b); the daily demonstrations → *Peaceful protest* (publication date) and the Kurdish party's rally
  called for Sunday → planned *Peaceful protest* 2015-07-26; Davutoglu's meeting with his own commanders,
  the balloons (planned measure) and the editor's dismissal are not coded;
- Khor Maksar (00113, a retrospective; the battle events are historical): Bahah's visit «أول من أمس» →
  *Visit* 2015-08-01; the fighting in Khor Maksar with «108 شهداء» → one aggregate *Armed clash*,
  "unknown", 108 dead (ambiguous); the airport's liberation on 19 March by the committees loyal to Hadi
  → *Government regains territory* 2015-03-19; the airport's takeover by the mutinous Badr camp and
  Central Security forces (first mention «إعادة السيطرة عليه») → *Non-state actor overtakes territory*,
  "unknown" (the intermediate back-and-forth is not coded separately: ambiguous); the militias' grip on
  the coastal road a week later → takeover, "unknown"; the Resistance's 24 April operation taking the
  corniche (6 resistance dead) → *Non-state actor overtakes territory* (the Resistance as a non-state
  actor, as fresh); the fall of all Khor Maksar on 28 April → takeover; its liberation on 16 July with the
  coalition → *Government regains territory* (as the liberation of Aden in many rounds; ambiguous);
  al-Subaihi held by the militias → *Abduction/forced disappearance*, "unknown" (as r28b);
- Nujaifi interview (01162): the Anbar battle, the Turkish war on ISIS and the Turkish strikes on the PKK
  (campaigns, no place or day), the 2013 sit-ins and the formation of al-Hashd al-Watani are not coded;
  Iran's nuclear deal → *Diplomacy/Agreement*, "unknown" (as r36a);
- Dar Saad (00055): the Houthi shelling of Dar Saad begun «أول من أمس» (Sunday) → one *Shelling* event
  2015-07-19, about 100 dead (the Sunday strike on «أحد أحياء شمال عدن» read as a mention of it); the
  Resistance's attack on Houthi vehicles near al-Qaeda town (Ibb) → *Armed clash* 2015-07-19; the
  coalition's strikes on the 55th Brigade camp in Yarim → *Air/drone strike* 2015-07-19, 13 dead; the
  similar attacks of the last three days (aggregate), the Taiz fighting and the air campaign are generic;
- leaked document (01042): Riad Yassin's meeting with Alain Le Roy in Brussels → *Meeting*, dated
  2015-07-22 (the meeting with Yemeni diplomats that day read as the same one: ambiguous); the nuclear
  deal → *Diplomacy/Agreement*, "unknown";
- Yemeni FM (00262): his meeting with al-Attiyah in Doha «أمس» → *Meeting* 2015-08-05; the nuclear deal
  → *Agreement*, "unknown"; the liberation of Aden → *Government regains territory*, "unknown" (as r36a);
  the phone interview, Decisive Storm and resolution 2216 are not coded;
- blue suit (01503, opinion): al-Muallem's visit to Moscow «الأسبوع الماضي» → *Visit* dated 2015-07 (as
  fresh's «الأسبوع الماضي»); the Russian initiative and the barrel bombs are not coded.

Run: python tests/data/events_r38a_source.py   (writes events_r38a.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r38a.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150726-00166"] = [
    E(
        "Explosions/Remote violence/Suicide bomb",
        "حادث بلدة سروج",
        actor=("خلايا تنظيم داعش", "تنظيم داعش"),
        place=("بلدة سروج", "سروج"),
        date="2015-07-20",
        also=("تفجيرات سروج",),
    ),
]
F["snn-20150723-00010"] = []  # opinion on Abbas's succession: history and rhetoric, no happening named
F["snn-20150807-00111"] = [
    E(
        "Strategic developments/Other",
        "إغلاق خط أنابيب",
        actor=("مجموعة مسلحة من الزنتان",),
        place=("حقل الشرارة النفطي", "حقل الشرارة", "منطقة الجبل الغربي", "الجبل الغربي"),
        date="2014-11",
        status="historical",
        also=("وأغلقت مجموعة مسلحة من الزنتان",),
    ),
    E(
        "Protests/Peaceful protest",
        "احتجاج آخر",
        actor=("قوى أمنية",),
        place=("حقل الفيل النفطي", "حقل الفيل"),
        date="unknown",
        status="historical",
    ),
]
F["snn-20150724-00062"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "اولى غاراته",
        actor=("سلاح الجو التركي", "ثلاث مقاتلات اف-16"),
        target=("مواقع لتنظيم الدولة الاسلامية", "تنظيم الدولة الاسلامية", "مواقع للجهاديين"),
        place=("المنطقة الحدودية في سوريا", "سوريا", "كيليس"),
        date="2015-07-24",
        also=("بقصف ثلاثة مواقع",),
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "هجوم انتحاري دام",
        actor=("التنظيم الجهادي", "تنظيم الدولة الاسلامية"),
        target=("حشدا من الشباب المؤيدين للاكراد", "الشباب المؤيدين للاكراد"),
        place=("سوروتش",),
        date="2015-07-20",
        fatalities=32,
        also=("الهجوم الانتحاري الذي اوقع 32 قتيلا", "وقد استهدف الهجوم"),
    ),
    E(
        "Battles/Armed clash",
        "فتحوا",
        actor=("جهاديون",),
        target=("مركز حدودي للجيش التركي", "الجيش التركي"),
        place=("كيليس",),
        date="2015-07-23",
        fatalities=1,
        also=("رد على الفور بفتح النار", "عدة قذائف", "هذه المواجهة المباشرة"),
    ),
    E(
        "Battles/Armed clash",
        "معارك ضارية",
        actor=("المقاتلون الاكراد السوريون",),
        target=("تنظيم “الدولة الاسلامية”", "الدولة الاسلامية"),
        place=("مدينة كوباني", "كوباني", "عين العرب"),
        date="unknown",
        status="historical",
        also=("معركة كوباني",),
    ),
    E(
        "Diplomacy/Agreement",
        "سمحت",
        actor=("تركيا",),
        target=("للولايات المتحدة", "الولايات المتحدة"),
        place=("قاعدة انجرليك", "انجرليك"),
        date="2015-07-23",
        also=("التوصل الى هذا الاتفاق",),
    ),
    E(
        "Diplomacy/Phone call",
        "محادثة هاتفية",
        actor=("باراك اوباما", "اوباما"),
        target=("رجب طيب اردوغان", "اردوغان"),
        date="2015-07-22",
    ),
    E(
        "Riots/Violent demonstration",
        "اعمال عنف",
        place=("تركيا",),
        date="2014-10",
        status="historical",
    ),
    E(
        "Strategic developments/Arrests",
        "عملية مداهمات واسعة",
        actor=("السلطات التركية", "خمسة الاف شرطي"),
        target=(
            "ناشطين مفترضين من تنظيم الدولة الاسلامية",
            "تنظيم الدولة الاسلامية",
            "عناصر من حزب العمال الكردستاني",
        ),
        place=("اسطنبول",),
        date="2015-07-24",
        also=("واستهدفت العملية",),
    ),
    E(
        "Battles/Armed clash",
        "مقتل شرطيين اثنين",
        actor=("حزب العمال الكردستاني",),
        target=("شرطيين اثنين", "شرطيين"),
        place=("جيلان بينار",),
        date="2015-07-22",
        fatalities=2,
        also=("هجوم حزب العمال الكردستاني",),
    ),
    E(
        "Battles/Armed clash",
        "قتل شرطي تركي",
        actor=("ملثمون",),
        target=("شرطي تركي",),
        place=("دياربكر",),
        date="2015-07-23",
        fatalities=1,
        also=("هجوم نفذه ملثمون",),
    ),
    E(
        "Violence against civilians/Attack",
        "قتلت مساء الثلاثاء",
        actor=("حركة الشبيبة الوطنية الثورية",),
        target=("رجلا",),
        place=("اسطنبول",),
        date="2015-07-21",
        fatalities=1,
    ),
    E(
        "Protests/Peaceful protest",
        "تظاهرات يومية",
        target=("رجب طيب اردوغان", "اردوغان"),
        place=("مختلف المدن التركية", "المدن التركية"),
    ),
    E(
        "Protests/Peaceful protest",
        "تجمع ضخم",
        actor=("اكبر حزب كردي تركي",),
        place=("اسطنبول",),
        date="2015-07-26",
        status="planned",
    ),
]
F["snn-20150803-00113"] = [
    E(
        "Diplomacy/Visit",
        "زيارة",
        actor=("خالد محفوظ بحاح", "بحاح"),
        place=("عدن",),
        date="2015-08-01",
    ),
    E(
        "Battles/Government regains territory",
        "دحرهم",
        actor=("المقاومة الجنوبية", "المقاومة", "قوات التحالف"),
        target=("ميليشيا الحوثيين", "قوات المخلوع صالح", "الميليشيات"),
        place=("مدينة خور مكسر", "خور مكسر"),
        date="2015-07-16",
        status="historical",
        also=("لتحرير خور مكسر",),
    ),
    E(
        "Battles/Armed clash",
        "أعنف وأشرس الاشتباكات",
        actor=("المقاومة الجنوبية",),
        target=("القوات الغازية لعدن", "ميليشيا الحوثيين", "قوات المخلوع صالح"),
        place=("مدينة خور مكسر", "خور مكسر"),
        date="unknown",
        status="historical",
        fatalities=108,
        also=("معارك ضارية",),
    ),
    E(
        "Battles/Government regains territory",
        "سقط بيد المقاومة",
        actor=("اللجان الشعبية الموالية لهادي", "المقاومة الجنوبية", "المقاومة"),
        target=("قوات الأمن المركزي",),
        place=("مطار عدن",),
        date="2015-03-19",
        status="historical",
        also=("تحرير مطار عدن", "باقتحام الصولبان"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "إعادة السيطرة عليه",
        actor=("الميليشيات", "جنود معسكر بدر", "قوات الأمن المركزي"),
        place=("مطار عدن",),
        date="unknown",
        status="historical",
        also=("وسيطرتها الكاملة على مطار عدن", "سقوطه بيد الميليشيات", "سيطرة الميليشيات على المطار"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "تسقط خور مكسر كاملة",
        actor=("الميليشيات",),
        target=("المقاومة", "رجال المقاومة"),
        place=("خور مكسر",),
        date="2015-04-28",
        status="historical",
        also=("اكتسحت خور مكسر", "وسيطرت عليها بالكامل"),
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "الأسير",
        actor=("الميليشيات",),
        target=("محمود الصبيحي", "وزير الدفاع اليمني"),
        date="unknown",
        status="historical",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "إحكام قبضتها",
        actor=("الميليشيات",),
        place=("الخط الساحلي", "كورنيش ساحل أبين"),
        date="unknown",
        status="historical",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "عملية كاسحة",
        actor=("المقاومة الجنوبية",),
        target=("الميليشيات", "قوات العدوان"),
        place=("خط الكورنيش", "الكورنيش"),
        date="2015-04-24",
        status="historical",
        fatalities=6,
        also=("السيطرة على خط الكورنيش",),
    ),
]
F["snn-20150801-01162"] = [
    E(
        "Diplomacy/Agreement",
        "الاتفاق النووي",
        actor=("إيـران", "الإيرانية"),
        target=("المجتمع الدولي",),
        date="unknown",
        also=("توقيع الاتفاق النووي",),
    ),
]
F["snn-20150721-00055"] = [
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصف",
        actor=(
            "مسلحي جماعة أنصار الله الحوثية",
            "جماعة أنصار الله الحوثية",
            "الحوثيون",
            "المتمردين الحوثيين",
        ),
        target=("أحياء سكنية",),
        place=("منطقة دار سعد", "مديرية دار سعد", "دار سعد", "مدينة عدن", "عدن"),
        date="2015-07-19",
        fatalities=100,
        also=(
            "القصف العشوائي",
            "قصف المتمردين الحوثيين لمديرية دار سعد",
            "قصف مديرية دار سعد",
            "قصفوا في وقت سابق",
        ),
    ),
    E(
        "Battles/Armed clash",
        "هجومًا",
        actor=("أفراد المقاومة الشعبية", "المقاومة الشعبية", "مقاتلي المقاومة الشعبية"),
        target=("عربات عسكرية تابعة لجماعة أنصار الله الحوثية", "جماعة أنصار الله الحوثية", "مسلحي الحوثي"),
        place=("مدينة القاعدة", "محافظة إب", "إب"),
        date="2015-07-19",
        also=("هاجموا عربتين عسكريتين", "الهجوم أسفر"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات جوية",
        at="قرابة خمس",
        actor=("طيران التحالف العربي",),
        target=("معسكر «اللواء 55»", "الميليشيات"),
        place=("مديرية يريم", "يريم", "حي الصلول", "محافظة إب"),
        date="2015-07-19",
        fatalities=13,
    ),
]
F["snn-20150811-01042"] = [
    E(
        "Diplomacy/Meeting",
        "اجتماع",
        actor=("رياض ياسين", "وزير الخارجية اليمني رياض ياسين"),
        target=("الآن لوروا", "الاتحاد الأوروبي"),
        place=("بروكسل",),
        date="2015-07-22",
        also=("اجتماع لهم مع عدد من الدبلوماسيين اليمنيين",),
    ),
    E(
        "Diplomacy/Agreement",
        "الاتفاق النووي",
        actor=("إيران",),
        target=("مجموعة 5+1",),
        date="unknown",
        also=("التوقيع على الاتفاق النووي", "توقيعها للاتفاق النووي"),
    ),
]
F["snn-20150806-00262"] = [
    E(
        "Diplomacy/Agreement",
        "اتفاق الدول الغربية مع طهران",
        actor=("الدول الغربية",),
        target=("طهران",),
        date="unknown",
        also=("إلى اتفاق حول البرنامج النووي",),
    ),
    E(
        "Diplomacy/Meeting",
        "لقائه",
        actor=("رياض ياسين", "ياسين"),
        target=("خالد العطية", "نظيره القطري"),
        place=("الدوحه",),
        date="2015-08-05",
        also=("لقاءه مع الدكتور خالد العطية", "تباحث الطرفان"),
    ),
    E(
        "Battles/Government regains territory",
        "تحرير عدن",
        actor=("المقاومة الشرعية", "الجيش الوطني"),
        place=("عدن",),
        date="unknown",
    ),
]
F["snn-20150721-01503"] = [
    E(
        "Diplomacy/Visit",
        "زيارة",
        actor=("وليد المعلم",),
        place=("موسكو",),
        date="2015-07",
    ),
]


if __name__ == "__main__":
    print(build(F, OUT), "articles ->", OUT)
