"""Source of tests/data/events_r22c.jsonl: the twenty-second blind event round, part r22c.

14 real articles (SaudiNewsNet politics, 959–1,370 characters): the lines of /work/brief/DRAW_r22.tsv
(the saved output of `python tests/data/events_round22_select.py`) whose first column is `r22c`
(selection = events_round22_select.py, seed 2222, part r22c). All 14 kept, none dropped; 1 of them
reports no event (negative). Annotated by reading only (2026-11-29): the event coder was never run on
these articles and no coder output was read. Same format and guidelines as events_dev_source.py and
events_fresh_source.py (docs/events.md § Dev set); `build()` comes from events_dev_source.py
(SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three 12-word
runs with an article of another tests/data/events_*.jsonl set. Same happenings in other words: the Duma
arson (r7a, r15c, r18a …), the Suruc bombing and the Obama–Erdogan call of 22 July (many rounds), the
liberation of Aden named as background (many rounds).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r20c_source.py):
- Houthi extortion: the directives and plans to target factories (planned, vague), the raids on
  factories (habitual) and the control of state institutions (a state) are not coded; the gunmen's
  targeting of the dairy factory «قبل فترة» → *Strategic developments/Looting/property destruction*,
  historical, date "unknown", Taiz and Hodeidah both accepted (ambiguous: no casualties named; could be
  *Violence against civilians/Attack*);
- Duma: the settlers' arson «يوم الجمعة» → *Violence against civilians/Attack* 2015-07-31, 1 dead (the
  infant; the burned parents are injured); the security cabinet's approval of administrative detention
  «اليوم الأحد» is a policy decision, not coded (the headline's detentions are not in the text);
- Southern Movement: «سيطرة المقاومة الشعبية على عدن» → *Government regains territory*, date "unknown"
  (as the liberation of Aden named as background in earlier rounds); the march on al-Anad (not
  completed) is not coded;
- Ramadi: the forces' «تقدماً ملحوظاً» with ISIS's «الانسحابات المتتالية» in the eastern part → one
  *Government regains territory*, publication date (ambiguous: no place named as taken; could be an
  *Armed clash*); the siege and the feared ISIS attacks are not coded;
- Taiz: the clearing of Mashra'a and Hadnan → *Non-state actor overtakes territory* (the Resistance);
  the continuing battles in Jabal al-Mudawam and the clashes around Taiz airport → two *Armed clash*,
  publication date (the Ibb fighters' support near the airport a mention); the siege of Jabal al-Arous
  is not coded; the coalition's bombing of Jabal Roman «أمس الأول» → *Air/drone strike* 2015-08-04;
- Beirut antiquities (negative): the trade, the looting «مع اشتداد المعارك» (generic) and the seizure
  of antiquities «في الفترة الماضية» (undated, not weapons) are not coded;
- Saadi Gaddafi: the guards' beating in a Tripoli prison → *Violence against civilians/Attack*, date
  "unknown" (the video's date only); Muammar Gaddafi captured and killed by gunmen «في نهاية العام نفسه»
  → *Violence against civilians/Attack*, historical, 2011, 1 dead (ambiguous: could be a battle); the
  death sentences, the probe, Niger's handover and the detention are not coded;
- Sudan: the arrests of Omar Abdelkhaliq and (before him, «عقب اعتقال») of Musaad al-Sudaira → two
  *Arrests*, publication date (the text dates neither), «واقتادت» a mention of the first;
- Iraq services: the protests in eight cities → one *Peaceful protest*, publication date (ongoing
  «تشهد»); the emergency cabinet session «غدا» is a domestic meeting, not coded;
- Egyptian press review: the takeover of Zinjibar and the 15th Brigade's positions → *Government
  regains territory*; the Iraqi protests → *Peaceful protest*, date "unknown", no place (the text names
  no place below «العراقية»); the clashes between Assad's forces with Hezbollah and the opposition →
  *Armed clash*; the settlers' storming of al-Aqsa is not coded (as r13a/r18a: ambiguous); Nayef's
  statement, the mosque attacks «خلال الفترة الماضية» (generic) and the reform package are not coded;
- Obama–Erdogan: the call «يوم الاربعاء» → *Diplomacy/Phone call* 2015-07-22, the agreement reached in
  it a mention (ambiguous: could be a *Diplomacy/Agreement*); the Suruc bombing → *Suicide bomb*
  2015-07-20, 32 dead, no actor (the text attributes it to nobody); ISIS's seizure of vast areas (a
  relative clause, undated) and the foreign fighters' crossings «على مدى السنوات» are not coded;
- Nusra: the Lebanese soldiers «مخطوفين منذ سنة» → *Abduction/forced disappearance*, historical, 2014
  (ambiguous: soldiers, captured in fighting); Jumana Hamid's arrest «في فبراير 2014» and the arrests of
  Saja al-Dulaimi and Ola al-Uqaili «في نهاية العام 2014» → two *Arrests*, historical (2014-02,
  2014-12), no actor or place named; the interview and the families' visit are not coded;
- US-trained fighters: the clash with Nusra «يوم الجمعة الماضي» → *Armed clash* 2015-07-31, 1 dead, the
  repelled attack a mention; the first US air strikes in their support → *Air/drone strike* same day;
  the ongoing strikes on ISIS and the decision to allow strikes are not coded;
- Houthi speech: the Houthis' expulsion from Aden → *Government regains territory*, date "unknown"; the
  Houthis' seizure of the country after the fuel decision «قبل عام» is not coded (no place, undated;
  ambiguous); the battle of Uhud is an analogy.

Negatives (1): snn-20150727-00128 (antiquities trade in Beirut).

Run: python tests/data/events_r22c_source.py            (writes events_r22c.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r22c.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150721-02562"] = [
    E(
        "Strategic developments/Looting/property destruction",
        "باستهداف مصنع الألبان",
        actor=("مسلحو الحوثي", "الحوثي"),
        target=("مصنع الألبان",),
        place=("تعز", "الحديدة"),
        date="unknown",
        status="historical",
    ),
]
F["snn-20150803-00943"] = [
    E(
        "Violence against civilians/Attack",
        "هجوم دام",
        actor=("متشددين يهود", "يهوديان متطرفان"),
        target=("منزل", "رضيع", "رضيع فلسطيني", "منزلا فلسطينيا"),
        place=("قرية دوما", "دوما", "الضفة الغربية"),
        date="2015-07-31",
        fatalities=1,
        also=("أحرق يهوديان", "حرق المنزل", "هجوم الجمعة"),
    ),
]
F["snn-20150722-00536"] = [
    E(
        "Battles/Government regains territory",
        "سيطرة",
        actor=("المقاومة الشعبية",),
        place=("عدن",),
        date="unknown",
        also=("عودة عدن",),
    ),
]
F["snn-20150727-00356"] = [
    E(
        "Battles/Government regains territory",
        "تقدماً ملحوظاً",
        actor=("القوات الأمنية العراقية", "القطعات العسكرية العراقية", "القوات الأمنية"),
        target=("تنظيم داعش", "داعش"),
        place=("مدينة الرمادي", "الرمادي", "الأنبار"),
        also=("التقدم الكبير", "الانسحابات المتتالية"),
    ),
]
F["snn-20150806-02858"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "تطهير",
        actor=("المقاومة", "المقاومة الشعبية"),
        target=("الميليشيات الحوثية",),
        place=("مشرعة", "حدنان", "محافظة تعز", "تعز"),
    ),
    E(
        "Battles/Armed clash",
        "معارك",
        actor=("المقاومة", "المقاومة الشعبية"),
        target=("الميليشيات الحوثية", "الحوثيين"),
        place=("جبل المداوم", "تعز"),
    ),
    E(
        "Battles/Armed clash",
        "مواجهات مسلحة",
        actor=("المقاومة الشعبية", "المقاومين في محافظة إب"),
        target=("ميليشيا جماعة الحوثي", "جماعة الحوثي", "الحوثي"),
        place=("محيط مطار تعز", "مطار تعز", "منطقة المطار", "تعز"),
        also=("إسناد المقاومين",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "بقصف",
        actor=("قوات التحالف", "التحالف"),
        target=("الحوثيين",),
        place=("منطقة جبل رومان", "جبل رومان"),
        date="2015-08-04",
    ),
]
F["snn-20150727-00128"] = []  # antiquities trade in Beirut: generic looting, an undated seizure
F["snn-20150803-00961"] = [
    E(
        "Violence against civilians/Attack",
        "يضربون",
        actor=("حراس",),
        target=("الساعدي القذافي", "الساعدي"),
        place=("سجن بطرابلس", "طرابلس"),
        date="unknown",
        also=("للضرب على الوجه",),
    ),
    E(
        "Violence against civilians/Attack",
        "وقتلوه",
        actor=("مسلحون",),
        target=("معمر القذافي", "القذافي"),
        place=("ليبيا",),
        date="2011",
        status="historical",
        fatalities=1,
    ),
]
F["snn-20150804-00829"] = [
    E(
        "Strategic developments/Arrests",
        "أوقفت",
        actor=("السلطات السودانية",),
        target=("عمر عبدالخالق", "عبدالخالق"),
        place=("السودان",),
        also=("واقتادت",),
    ),
    E(
        "Strategic developments/Arrests",
        "اعتقال",
        actor=("السلطات السودانية", "قوات النخبة السودانية"),
        target=("مساعد السديرة", "السديرة"),
        place=("السودان",),
    ),
]
F["snn-20150809-00640"] = [
    E(
        "Protests/Peaceful protest",
        "مظاهرات",
        place=("كربلاء", "النجف", "البصرة", "الحلة", "السماوة", "الناصرية", "الديوانية", "بغداد"),
    ),
]
F["snn-20150810-01614"] = [
    E(
        "Battles/Government regains territory",
        "سيطرة",
        actor=("القوات الموالية للحكومة اليمنية",),
        target=("الحوثيين", "الحوثيين المتمردين", "اللواء الخامس عشر"),
        place=("زنجبار", "محافظة أبين", "أبين"),
    ),
    E(
        "Protests/Peaceful protest",
        "احتجاجات",
        date="unknown",
    ),
    E(
        "Battles/Armed clash",
        "الاشتباكات",
        actor=("قوات الأسد", "حزب الله اللبناني", "حزب الله"),
        target=("المعارضة السورية",),
        place=("سوريا",),
    ),
]
F["snn-20150725-00103"] = [
    E(
        "Diplomacy/Phone call",
        "اتصال هاتفي",
        actor=("باراك أوباما", "أوباما"),
        target=("رجب طيب أردوغان", "أردوغان"),
        date="2015-07-22",
        also=("إتفقا",),
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "تفجير انتحاري",
        place=("بلدة سروج التركية", "سروج", "بلدة تركية قرب الحدود السورية"),
        date="2015-07-20",
        fatalities=32,
        also=("التفجير الذي وقع", "تفجير سروج"),
    ),
]
F["snn-20150721-02442"] = [
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "مخطوفين",
        actor=("جبهة النصرة",),
        target=("ثلاثة عسكريين", "عسكريين", "عناصر الجيش وقوى الأمن اللبنانيين", "العسكريين"),
        place=("جبال القلمون السورية", "جبال القلمون", "القلمون"),
        date="2014",
        status="historical",
        also=("تحتجز",),
    ),
    E(
        "Strategic developments/Arrests",
        "أوقفت",
        target=("جمانة حميد",),
        date="2014-02",
        status="historical",
    ),
    E(
        "Strategic developments/Arrests",
        "أوقفت",
        at="وقد أوقفت",
        target=("سجى الدليمي", "علا العقيلي"),
        date="2014-12",
        status="historical",
        also=("أوقفت في الفترة نفسها",),
    ),
]
F["snn-20150804-00961"] = [
    E(
        "Battles/Armed clash",
        "اشتباكات",
        actor=(
            "القوة المسلحة السورية الجديدة التي دربها الجيش الأمريكي",
            "القوة المسلحة السورية الجديدة",
            "المقاتلين",
        ),
        target=("جبهة النصرة", "متشددين من جناح القاعدة"),
        place=("شمال سوريا", "سوريا"),
        date="2015-07-31",
        fatalities=1,
        also=("اشتباك مع أعضاء", "صدوا الهجوم"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات جوية",
        actor=("الولايات المتحدة",),
        target=("جبهة النصرة",),
        place=("شمال سوريا", "سوريا"),
        date="2015-07-31",
    ),
]
F["snn-20150802-00853"] = [
    E(
        "Battles/Government regains territory",
        "طرده من عدن",
        actor=("المقاومة والجيش الوطني", "المقاومة", "الجيش الوطني", "التحالف"),
        target=("الحوثي", "جماعة الحوثيين", "عناصره", "جماعته"),
        place=("عدن",),
        date="unknown",
        also=("هزيمته بعدن", "تحريرها", "خسارة معركة عدن"),
    ),
]

if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
