"""Source of tests/data/events_r25b.jsonl: the twenty-fifth blind event round, part r25b.

10 real articles (SaudiNewsNet politics, 1,799–2,300 characters): the lines of /work/brief/DRAW_r25.tsv
(the saved output of `python tests/data/events_round25_select.py`) whose first column is `r25b`
(selection = events_round25_select.py, seed 2525, part r25b). All 10 kept, none dropped; 1 of them
reports no event (a negative: the satirical «أخبار العرب في الصحافة الأمريكية», all invented anecdotes).
Annotated by reading only (2026-11-29): the event coder was never run on these articles and no coder
output was read. Same format and guidelines as events_dev_source.py and events_fresh_source.py
(docs/events.md § Dev set); `build()` comes from events_dev_source.py (SaudiNewsNet by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three 12-word
runs with an article of another tests/data/events_*.jsonl set. Same happenings in other words: the
Zabadani battle (r24b and earlier), the liberation of Aden (many rounds), the Iranian nuclear deal
(r15b, r16a, r24b …), Kerry's Doha meeting with the GCC ministers.

Choices (the last rounds' calls followed):
- Zabadani: the battle Hezbollah fights with the regime «منذ حوالى شهر» → one historical *Armed clash*
  2015-07 (as r24b's «منذ اسبوع»), the announced deaths of its fighters its mentions; the ambush that
  killed «اكثر من عشرة» Hezbollah fighters inside Syria → a second *Armed clash*, 10 dead, no actor;
  the recruitment of minors, funerals, Nasrallah's letter to Iran and the habitual rocket and barrel
  fire «لم تعد فاعلة» are not coded;
- Cairo: the IED at Heliopolis «قبل ظهر أمس» (3 wounded, no death number → fatalities not given) →
  *Remote explosive/landmine/IED* 2015-08-10; the second bomb defused → *Disrupted weapons use*; the
  referral of defendants to the Mufti and the cabinet reshuffle rumours are not coded;
- Iran opinion column: the nuclear deal «يوم الثلاثاء الماضي» → *Diplomacy/Agreement* 2015-07-14,
  historical (ambiguous: «الثلاثاء الماضي» of a Wednesday article could be read as 2015-07-21); the
  1981 bombing of the Osirak reactor («قصف وتدمير مفاعل تموز العراقي») → historical *Air/drone
  strike*, "unknown" (ambiguous: a rhetorical allusion; actor Israel only from the sentence's context);
  Israel «ما كانت ستتردد في مهاجمة» is hypothetical;
- Turkey: the judicial investigations of the HDP leaders are not coded; the October 2014 pro-Kobani
  demonstrations with «أحداث العنف … بين 6 و8 أكتوبر» → one historical *Riots/Violent demonstration*
  2014-10 (ambiguous: *Protests/Peaceful protest* if the violence is read as separate);
- Aden: the fighters' attempt to retake the northern districts «أمس الثلاثاء» → *Armed clash*
  2015-07-21, the Houthis' artillery exchange in Dar Saad and al-Alam its mention (same place and day;
  ambiguous: a separate *Shelling*); «قصفت طائرات حربية عربية» → *Air/drone strike* 2015-07-21; the
  completed takeover of the centre «بعد يوم» → *Government regains territory* 2015-07-20; the airport
  takeover and the expulsion from the west «الاسبوع الماضي» → two historical *Government regains
  territory* 2015-07; the WFP ship docked «اليوم الثلاثاء» → *Diplomacy/Aid* 2015-07-21 (as r24's
  «تسليم شحنة»); the UAE technical team come to repair the airport → *Diplomacy/Aid* (ambiguous); the
  two Emirati soldiers' deaths (one place unknown, one «الأسبوع الماضي» with no cause) and the governor's
  appointment are not coded;
- Israel: the settlers' arson that burned the toddler «الجمعة» → *Violence against civilians/Attack*
  2015-07-31, 1 dead; the Tabgha church arson «في 18 يونيو» → historical *Looting/property
  destruction*; Ya'alon's approval of administrative detention, «لم يُعتقل أي مشتبه», the «دفع الثمن»
  habits and the 15-houses tally are not coded;
- Iraq: the two suicide car bombs at al-Tharthar «قبل ظهر أمس» → one *Suicide bomb* 2015-07-24, 21 dead;
  «تشهد مدينة الفلوجة معارك عنيفة» → *Armed clash*, publication date; Daesh's execution of four drivers
  in Shirqat «أمس» → *Attack* 2015-07-24, 4 dead; Carter's unannounced visit to Erbil → *Visit*
  2015-07-24; the Peshmerga's rollback of Daesh (a campaign) and the future retaking of Mosul are not
  coded;
- Doha: Kerry's meeting with the GCC ministers «اليوم» → *Meeting* 2015-08-03 (reported, as r24b's
  «تجري … اليوم»); the Gulf ministers' coordination meeting «أمس» → *Meeting* 2015-08-02; Kerry's
  meeting with Lavrov and al-Jubeir «اليوم» → a second *Meeting* 2015-08-03 (the Russian ministry's
  «اجتماعا ثلاثيا» its mention); al-Jubeir's visit to Moscow in September → planned *Visit* 2015-09;
  the nuclear deal and the liberation of Aden → historical, "unknown" (as r24b);
- de Mistura: the Beijing visit «أمس» → *Visit* + *Meeting* 2015-07-20 (as r24b's Cavusoglu); the
  earlier Cairo stop → *Visit* + *Meeting* with Nabil al-Arabi + *Meeting* with opposition figures, date
  "unknown" (before yesterday, no day given); Daesh's internet ban in Raqqa (a decree; ambiguous:
  *Strategic developments/Other*) and its habitual arrests «يعتقل كل من ينشر» are not coded.

Run: python tests/data/events_r25b_source.py            (writes events_r25b.jsonl)
Text licences: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

HERE = Path(__file__).parent
OUT = HERE / "events_r25b.jsonl"

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150806-00764"] = [
    E(
        "Battles/Armed clash",
        "معركة الزبداني",
        actor=("حزب الله", "الحزب", "قوات النظام السوري"),
        target=("الثوار",),
        place=("الزبداني",),
        date="2015-07",
        status="historical",
        also=("استشهاده خلال قيامه بواجبه الجهادي", "مقتل أكثر من ستة عناصر من الحزب"),
    ),
    E(
        "Battles/Armed clash",
        "كمين",
        target=("حزب الله", "عناصر حزب الله"),
        place=("الأراضي السورية",),
        fatalities=10,
    ),
]
F["snn-20150811-01160"] = [
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "تفجير عبوة ناسفة",
        actor=("إرهابيون",),
        target=("ضابطان", "ثلاثة"),
        place=("حي مصر الجديدة", "مصر الجديدة", "ميدان المحكمة"),
        date="2015-08-10",
    ),
    E(
        "Strategic developments/Disrupted weapons use",
        "تفكيك قنبلة",
        actor=("رجال الحماية المدنية", "خبراء المفرقعات"),
        place=("حي مصر الجديدة", "مصر الجديدة", "ميدان المحكمة"),
        date="2015-08-10",
    ),
]
F["snn-20150722-01954"] = [
    E(
        "Diplomacy/Agreement",
        "التوقيع",
        actor=("إيران",),
        target=("الدول الكبرى",),
        date="2015-07-14",
        status="historical",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصف وتدمير مفاعل تموز",
        actor=("إسرائيل",),
        target=("مفاعل تموز العراقي",),
        place=("مفاعل تموز العراقي",),
        date="unknown",
        status="historical",
    ),
]
F["snn-20150801-00129"] = [
    E(
        "Riots/Violent demonstration",
        "تظاهرات",
        actor=("حزب الشعب الديمقراطي",),
        place=("البلاد", "تركيا"),
        date="2014-10",
        status="historical",
        also=("أحداث العنف",),
    ),
]
F["snn-20150722-00323"] = [
    E(
        "Battles/Armed clash",
        "يحاولون استعادة",
        actor=("مقاتلين يمنيين",),
        target=("المقاتلين الحوثيين", "الحوثيين"),
        place=("عدن", "مدينة عدن", "دار سعد", "العلم"),
        date="2015-07-21",
        also=("وتبادلت جماعة الحوثي وحلفاؤها إطلاق نيران المدفعية",),
    ),
    E(
        "Battles/Government regains territory",
        "اكتمال سيطرتهم",
        actor=("مقاتلين يمنيين",),
        target=("المقاتلين الحوثيين", "الحوثيين"),
        place=("وسط المدينة", "عدن"),
        date="2015-07-20",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصفت",
        actor=("طائرات حربية عربية", "التحالف العربي"),
        target=("الجماعة", "جماعة الحوثي"),
        place=("دار سعد", "العلم", "عدن"),
        date="2015-07-21",
    ),
    E(
        "Battles/Government regains territory",
        "بالسيطرة على المطار",
        actor=("القوات المحلية المناهضة للحوثيين",),
        target=("الحوثيين",),
        place=("المطار", "عدن"),
        date="2015-07",
        status="historical",
    ),
    E(
        "Battles/Government regains territory",
        "طرد الحوثيين",
        actor=("القوات المحلية المناهضة للحوثيين",),
        target=("الحوثيين",),
        place=("غرب المدينة", "عدن"),
        date="2015-07",
        status="historical",
    ),
    E(
        "Diplomacy/Aid",
        "وصل لإصلاح مطار",
        actor=("الإمارات", "فريقا فنيا"),
        place=("مطار المدينة الدولي", "عدن"),
    ),
    E(
        "Diplomacy/Aid",
        "رست",
        actor=("برنامج الأغذية العالمي",),
        place=("ميناء عدن", "عدن"),
        date="2015-07-21",
        also=("ترسو في الميناء",),
    ),
]
F["snn-20150802-00112"] = [
    E(
        "Violence against civilians/Attack",
        "احتراق رضيع فلسطيني",
        actor=("مستوطنين متطرفين",),
        target=("رضيع فلسطيني", "علي دوابشة"),
        place=("شمال الضفة الغربية المحتلة", "الضفة الغربية"),
        date="2015-07-31",
        fatalities=1,
        also=("إضرام مستوطنين متطرفين النار", "الهجوم الذي وقع", "واحترق الطفل"),
    ),
    E(
        "Strategic developments/Looting/property destruction",
        "احراق كنيسة الطابغة",
        actor=("المشتبهين اليهود الثلاثة", "المشتبهين اليهود"),
        target=("كنيسة الطابغة",),
        place=("بحيرة طبرية", "كنيسة الطابغة"),
        date="2015-06-18",
        status="historical",
    ),
]
F["snn-20150725-00315"] = [
    E(
        "Explosions/Remote violence/Suicide bomb",
        "بتفجير سيارتين مفخختين",
        actor=("انتحاريان",),
        target=("الجيش", "الحشد الشعبي", "الجيش العراقي"),
        place=("منطقة الثرثار", "الثرثار", "حي الطراح"),
        date="2015-07-24",
        fatalities=21,
        also=("فجرا نفسيهما", "التفجيرين"),
    ),
    E(
        "Battles/Armed clash",
        "معارك عنيفة",
        actor=("القوات الأمنية العراقية", "الحشد الشعبي"),
        target=("داعش",),
        place=("مدينة الفلوجة", "الفلوجة"),
    ),
    E(
        "Violence against civilians/Attack",
        "أعدم",
        actor=("تنظيم داعش", "داعش"),
        target=("أربعة سائقين",),
        place=("مدينة الشرقاط", "الشرقاط"),
        date="2015-07-24",
        fatalities=4,
        also=("نفذ أمس حكم الإعدام",),
    ),
    E(
        "Diplomacy/Visit",
        "زيارة",
        actor=("آشتون كارتر", "كارتر", "وزير الدفاع الأمريكي"),
        place=("أربيل", "إقليم كردستان العراق"),
        date="2015-07-24",
    ),
]
F["snn-20150727-00437"] = []
F["snn-20150803-01180"] = [
    E(
        "Diplomacy/Meeting",
        "اجتماعا",
        actor=("جون كيري", "كيري"),
        target=("دول مجلس التعاون الخيلجي", "وزراء خارجية الدول الخيلجية", "عادل الجبير"),
        place=("الدوحة",),
        date="2015-08-03",
        also=("لقاء كيري ووزراء خارجية الدول الخيلجية",),
    ),
    E(
        "Diplomacy/Agreement",
        "الاتفاق النووي",
        actor=("إيران",),
        target=("القوى الكبرى", "الدول الكبرى"),
        date="unknown",
        status="historical",
        also=("توقيع الاتفاق النووي",),
    ),
    E(
        "Diplomacy/Visit",
        "سيزور",
        actor=("الجبير", "عادل الجبير"),
        place=("موسكو",),
        date="2015-09",
        status="planned",
    ),
    E(
        "Diplomacy/Meeting",
        "لقاء تنسيقيا",
        actor=("وزراء الخارجية الخليجيون", "خالد بن محمد العطية"),
        place=("الدوحة",),
        date="2015-08-02",
    ),
    E(
        "Battles/Government regains territory",
        "تحرير عدن",
        actor=("التحالف العربي",),
        target=("ميليشيات الحوثي وصالح", "ميليشيات الحوثي"),
        place=("عدن",),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Meeting",
        "اجتماعا",
        at="من جهة أخرى، يعقد كيري",
        actor=("كيري",),
        target=("سيرجي لافروف", "لافروف", "عادل الجبير"),
        place=("الدوحة",),
        date="2015-08-03",
        also=("اجتماعا ثلاثيا",),
    ),
]
F["snn-20150721-00076"] = [
    E(
        "Diplomacy/Visit",
        "زار",
        actor=("ستيفان دي ميستورا", "دي ميستورا"),
        place=("بكين",),
        date="2015-07-20",
    ),
    E(
        "Diplomacy/Meeting",
        "التقى",
        actor=("ستيفان دي ميستورا", "دي ميستورا"),
        target=("لي باو دونغ", "لي جونهوا"),
        place=("بكين",),
        date="2015-07-20",
        also=("لقاءاته في بكين",),
    ),
    E(
        "Diplomacy/Visit",
        "وتوجّه",
        actor=("المبعوث الخاص", "دي ميستورا"),
        place=("القاهرة",),
        date="unknown",
    ),
    E(
        "Diplomacy/Meeting",
        "عقد اجتماع",
        actor=("المبعوث الخاص", "دي ميستورا"),
        target=("نبيل العربي",),
        place=("القاهرة",),
        date="unknown",
    ),
    E(
        "Diplomacy/Meeting",
        "والتقى",
        actor=("دي ميستورا",),
        target=("شخصيات من المعارضة السورية", "المعارضة السورية"),
        place=("القاهرة",),
        date="unknown",
    ),
]

if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
