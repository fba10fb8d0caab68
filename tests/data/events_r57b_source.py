"""Source of tests/data/events_r57b.jsonl: the fifty-seventh blind event round, part r57b.

6 real articles (SaudiNewsNet politics, 6,081–7,820 characters): the lines of /work/brief/DRAW_r57.tsv
(the saved output of `python tests/data/events_round57_select.py`) whose first column is `r57b`
(selection = events_round57_select.py, seed 5757, part r57b). All 6 kept, none dropped. Annotated by
reading only (2026-11-29): the event coder was never run on these articles and no coder output was read.
Same format and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set);
`build()` comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three or more
12-word runs with an article of another tests/data/events_*.jsonl set (1,806 articles, checked
2026-11-29 18:32 UTC). Same happenings in other words: the Suruc bombing, the first Turkish air raids on
ISIS and on the PKK in Qandil, the PKK's killing of two policemen, Tal Abyad and Kobani, the Istanbul
consulate attack of 10 August, the Sousse attack, the nuclear deal, AQAP's seizure of Mukalla (earlier
rounds).

Choices (the last rounds' calls followed; columns: historical asides with a date or a named happening
are coded as historical, aims, habits, statements, aggregates and generic violence are not):
- Turkey column (00326): the Turkish raids on ISIS in Syria on the night of 23–24 July → *Air/drone
  strike* 2015-07-24 and on the PKK in Qandil «في الليلة التالية» → *Air/drone strike* 2015-07-25; the
  PYD's attack on ISIS and seizure of Tal Abyad and its retaking of Kobani → two *Non-state actor
  overtakes territory*, historical, "unknown" (the attack a trigger of the takeover); the Suruc suicide
  attack of Monday 20 July → *Suicide bomb* 2015-07-20 (no count in the text); the PKK killing two
  policemen → *Armed clash*, 2 dead, no date in the text (as earlier rounds' attacks on security men);
  the 2013 blast in Turkey → *Remote explosive*, historical, 2013; Syria's withdrawal from Lebanon →
  *Non-violent transfer of territory*, historical, "unknown" (ambiguous: an aside in a subordinate
  clause); Incirlik offered to the US and «الاتفاق مع أميركا» → one *Diplomacy/Agreement*, no date;
  Turkey's call of a NATO meeting under Article 4 → *Diplomacy/Meeting*, no date; Davutoglu's meeting
  with Turkish editors on Sunday → *Diplomacy/Meeting* 2015-07-26 (ambiguous: journalists, as an earlier
  round's media delegation). Not coded: the US arms to the PYD (support), Davutoglu's press conference,
  Assad's speech, the Article 5 request and its refusal, the planned ISIS-free zone, Abdollahian's
  interview;
- Zinjibar / Yemen fronts (00326 of 08-10, news): the army's completed takeover of Zinjibar and Brigade
  15 «أمس الأحد» → *Government regains territory* 2015-08-09 (the Resistance's seizure of the Brigade 15
  camp, the storming, the battles «لتحرير محافظة أبين» and «معركة تحرير زنجبار» its mentions; «العشرات»
  killed is no count); the Resistance's seizure of the Dofas/al-Kod/Sheikh Abdullah/Hassan positions the
  night before → *Non-state actor overtakes territory* 2015-08-08 (the Resistance «مدعومة بوحدات عسكرية»,
  as the fresh set's call); three Ibb districts → *Non-state actor overtakes territory*, no date; the
  expulsion from al-Dhale («في اليومين الأخيرين») → *Government regains territory*, no date, no actor
  (ambiguous); Aqabat al-Humaym → *Non-state actor overtakes territory* 2015-08-09 (the clash a
  mention); the army's removal of hundreds of mines around Zinjibar and the Resistance's removal of the
  road mines → two *Disrupted weapons use*; the truck with 33 Katyusha rockets seized near Harib →
  *Disrupted weapons use*; the Marib clash → *Armed clash* 2015-08-09, 15 dead; the Arhab clash →
  *Armed clash* 2015-08-09, 14 dead, and the Houthi shelling of homes there → *Shelling*; the two Houthi
  abductions of Islah leaders in Sanaa (al-Ashwal and five leaders; three women leaders) → two
  *Abduction/forced disappearance* 2015-08-09; the women's sit-in at the police station fired on to
  disperse it → one *Excessive force against protesters* (actor the militia, target the women; no date in
  the text). Not coded: the planned liberations (Shabwa, Sabra, Radhma, al-Udayn), the Houthi retreat
  towards Shaqra, the Apache helicopters' part in the battle, the campaign of abductions (habitual), the
  wounded arriving at the hospital, the 6,000 mines that vanished;
- al-Qaeda column (00359): the Mourabitoun's video pledge of allegiance to al-Zawahiri on 22 July →
  *Change to group/activity* 2015-07-22 (ambiguous: a video); Ansar Bait al-Maqdis leaders' pledge to
  al-Baghdadi in November 2014, the Mourabitoun merger of August 2013 and Tilemsi's defection to
  al-Baghdadi → *Change to group/activity*, historical; the killing of prosecutor Hisham Barakat by a
  car bomb in Cairo at the end of June → *Remote explosive*, historical, 2015-06, 1 dead, no actor
  (only accused); the attempt on interior minister Mohamed Ibrahim on 5 September 2013 → *Suicide bomb*,
  historical (ambiguous type: the text gives only «محاولة اغتيال» and Badr's wish for a «عملية
  استشهادية»); the re-arrest of al-Kashef and Shahata in November 2012 → *Arrests*, historical; al-
  Muhajir killed by French forces (April 2014) and Tilemsi killed in a French special-forces «غارة»
  (December 2014) → two *Armed clash*, historical, 1 dead each (ambiguous: «غارة» read as a ground raid).
  Not coded: Mullah Omar's death and Mansour's succession, the video itself, Mansour's statement, the
  «many clashes» between ISIS and the Taliban this year (aggregate), the attacks on police (habitual),
  9/11, Ashmawi's training in Syria, US attempts on Belmokhtar;
- Obama column (00428): the nuclear agreement → *Diplomacy/Agreement*, "unknown" (as earlier rounds).
  Not coded: Iran's closure of newspapers (ambiguous), the sanctions and the siege of Iraq, the Iraq war,
  Obama's speech and promises;
- Hadramawt interview (00508): AQAP's «اسقاط مدينة المكلا» «منذ شهور قليلة» → *Non-state actor
  overtakes territory*, historical, "unknown" (as earlier rounds). Not coded: the flights for stranded
  citizens (over a period), the military region's declared loyalty, the appeals;
- Turkish economy (00228): the two attacks on the US consulate and a police station («اليوم» in a
  businessman's quote) → two *Armed clash* (as earlier rounds' consulate call; the police-station attack's
  kind is not given), no count («مقتل عدد من الأشخاص»); the Tunisia attack → *Violence against
  civilians/Attack*, historical, "unknown". Not coded: the PKK's near-weekly attacks (habitual).

Counts: 6 articles, 39 events, 0 negatives (Battles 15, Strategic developments 9, Explosions/Remote
violence 7, Diplomacy 4, Violence against civilians 3, Protests 1).

Run: python tests/data/events_r57b_source.py            (writes events_r57b.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r57b.jsonl")

F: dict[str, list[dict]] = {}

F["snn-20150731-00326"] = [  # column: Kobani and Tal Abyad brought America to Incirlik
    E(
        "Strategic developments/Non-violent transfer of territory",
        "انسحابها من لبنان",
        actor=("سوريا",),
        place=("لبنان",),
        date="unknown",
        status="historical",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصفت",
        at="ليلة 23",
        actor=("3 طائرات تركية", "طائرات تركية"),
        target=("«داعش»", "داعش"),
        place=("داخل سوريا", "سوريا"),
        date="2015-07-24",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "شنت",
        at="وفي الليلة التالية",
        actor=("75 طائرة تركية", "طائرة تركية"),
        target=("للحزب الكردي", "الحزب الكردي"),
        place=("جبال قنديل", "شمال العراق"),
        date="2015-07-25",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "هاجمت",
        actor=("عناصر حزب الاتحاد الديمقراطي", "حزب الاتحاد الديمقراطي"),
        target=("مقاتلي «داعش»", "داعش"),
        place=("القرية الحدودية تل أبيض", "تل أبيض"),
        date="unknown",
        status="historical",
        also=("وسيطرت على القرية الحدودية",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "فاستعادوا",
        actor=("عناصر الاتحاد الديمقراطي",),
        place=("كوباني",),
        date="unknown",
        status="historical",
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "عملية إجرامية كبيرة",
        actor=("انتحاري من «داعش»", "داعش"),
        target=("الأكراد",),
        place=("مدينة «سروج»", "سروج"),
        date="2015-07-20",
        also=("بالتحضير للعملية",),
    ),
    E(
        "Battles/Armed clash",
        "بقتل شرطيين",
        actor=("حزب العمال الكردستاني",),
        target=("شرطيين تركيين", "شرطيين"),
        fatalities=2,
    ),
    E(
        "Diplomacy/Meeting",
        "لقائه",
        at="وخلال لقائه",
        actor=("داود أوغلو",),
        target=("رؤساء تحرير الصحف التركية",),
        date="2015-07-26",
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "انفجار إرهابي",
        place=("تركيا",),
        date="2013",
        status="historical",
    ),
    E(
        "Diplomacy/Agreement",
        "قدم لها قاعدة",
        actor=("إردوغان", "تركيا"),
        target=("الولايات المتحدة",),
        also=("الاتفاق مع أميركا", "هذا الاتفاق لا يحتاج"),
    ),
    E(
        "Diplomacy/Meeting",
        "الاجتماع",
        at="فقد دعته تركيا",
        actor=("تركيا",),
        target=("الحلف الأطلسي",),
    ),
]

F["snn-20150810-00326"] = [  # army and Resistance take Zinjibar; fronts in Ibb, Bayda, Marib, Sanaa
    E(
        "Battles/Government regains territory",
        "استكملت",
        actor=("قوات الجيش الوطني", "قوات الجيش", "الجيش"),
        target=("فلول ميليشيات الحوثي وصالح", "ميليشيات الحوثي وصالح", "ميليشيات الحوثي"),
        place=("مدينة زنجبار", "زنجبار"),
        date="2015-08-09",
        also=(
            "سيطروا على اللواء 15 مشاة",
            'تحرير مدينة "زنجبار"',
            "تم دحر الميليشيات",
            "استكملا تطهير اللواء 15 مشاة",
            "معارك لتحرير محافظة أبين",
            "سيطرت المقاومة الشعبية مدعومة",
            "اقتحام معسكر اللواء",
            "معركة تحرير زنجبار",
        ),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرتها ليلة أمس الأول",
        actor=("المقاومة", "المقاومة الشعبية"),
        place=("دوفس", "الكود", "الشيخ عبد الله", "حسان"),
        date="2015-08-08",
    ),
    E(
        "Strategic developments/Disrupted weapons use",
        "باستخراج",
        actor=("الجيش",),
        place=("محيط مدينة زنجبار", "زنجبار"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرت",
        at="وفي إب",
        actor=("المقاومة الشعبية",),
        target=("مسلحي الحوثي وقوات صالح", "مسلحي الحوثي"),
        place=("إب", "حزم العدين", "النادرة", "القفر"),
        also=(
            "تمت السيطرة على مديريات",
            "تمت السيطرة على جميع المؤسسات الحكومية",
            "تحرير مدنا في محافظة إب",
        ),
    ),
    E(
        "Battles/Government regains territory",
        "طردهم",
        target=("الحوثيين والموالين لصالح", "الحوثيين"),
        place=("محافظة الضالع", "الضالع"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "طرد",
        at="تمكنت المقاومة الشعبية من",
        actor=("المقاومة الشعبية", "المقاومة من قبائل حمرة"),
        target=("ميليشيات الحوثي وصالح", "الحوثيين"),
        place=('"عقبة الحميم"', "عقبة الحميم", "مديرية الطفة", "البيضاء"),
        date="2015-08-09",
        also=("اشتبكت مع الحوثيين",),
    ),
    E(
        "Strategic developments/Disrupted weapons use",
        "نزع",
        at="استطاعوا",
        actor=("مختصين في المقاومة", "المقاومة"),
        place=("الطريق العام", "عقبة الحميم"),
    ),
    E(
        "Battles/Armed clash",
        "قتل",
        at="وفي مأرب",
        actor=("رجال المقاومة الشعبية", "المقاومة الشعبية"),
        target=("ميليشيا الحوثي",),
        place=("محافظة مأرب", "مأرب"),
        date="2015-08-09",
        fatalities=15,
        also=("مواجهات مع رجال المقاومة",),
    ),
    E(
        "Strategic developments/Disrupted weapons use",
        "ألقت",
        at="كما ألقت المقاومة",
        actor=("المقاومة",),
        target=("شاحنة تحمل ذخائر", "شاحنة"),
        place=("منطقة ملعا", "ملعا", "حريب مأرب", "حريب"),
    ),
    E(
        "Battles/Armed clash",
        "قتل",
        at="وفي محافظة صنعاء",
        actor=("المقاومة الشعبية",),
        target=("ميليشيا الحوثي", "حوثيا"),
        place=("قرية الجنادبة", "الجنادبة", "مديرية أرحب", "أرحب"),
        date="2015-08-09",
        fatalities=14,
        also=("تجدد للمواجهات",),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "بقصف",
        actor=("الميليشيات الحوثية",),
        target=("منازل المواطنين",),
        place=("أطراف القرية", "قرية الجنادبة", "الجنادبة"),
        date="2015-08-09",
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "اختطفت",
        at="وقال مصدر في الإصلاح",
        actor=("ميليشيات الحوثي",),
        target=("عبد الرزاق الأشول", "خمسة من قيادات الإصلاح"),
        place=("العاصمة صنعاء", "صنعاء"),
        date="2015-08-09",
        also=("اقتادت الميليشيات المختطفين",),
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "اختطفت",
        at="كما اختطفت",
        actor=("ميليشيات الحوثي",),
        target=("ثلاث قيادات من حزب الإصلاح", "أمة السلام الحاج", "سميرة الشعور", "فاطمة حربك"),
        place=("العاصمة صنعاء", "صنعاء"),
        date="2015-08-09",
        also=("اختطفت كلا من", "اقتادت القياديات", "جريمة اختطاف النساء"),
    ),
    E(
        "Protests/Excessive force against protesters",
        "توافد",
        actor=("الميليشيات",),
        target=("عدد كبير من النساء", "النساء", "المعتصمات"),
        place=("أمام القسم", "القسم", "قسم شرطة الجديري", "صنعاء"),
        also=("أطلقت الميليشيات النار على المعتصمات",),
    ),
]

F["snn-20150806-00359"] = [  # column: al-Qaeda threatens ISIS and aims at Egypt
    E(
        "Strategic developments/Change to group/activity",
        "أعلن التنظيم عن ولائه",
        actor=("«المرابطون»", "المرابطون", "التنظيم"),
        target=("أيمن الظواهري", "الظواهري"),
        date="2015-07-22",
        also=("أعلنت عن نفسها أخيرًا",),
    ),
    E(
        "Strategic developments/Change to group/activity",
        "أعلن الولاء لأبو بكر البغدادي",
        actor=("قيادات «أنصار بيت المقدس»", "أنصار بيت المقدس"),
        target=("أبو بكر البغدادي", "البغدادي"),
        date="2014-11",
        status="historical",
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "قتل",
        at="في نهاية شهر يونيو",
        target=("هشام بركات", "المدعي العام في مصر"),
        place=("القاهرة",),
        date="2015-06",
        status="historical",
        fatalities=1,
        also=("بتفجير سيارته", "وراء العملية"),
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "محاولة اغتيال وزير الداخلية السابق محمد إبراهيم",
        actor=("منظمة «بيت المقدس»", "بيت المقدس", "وليد بدر"),
        target=("وزير الداخلية السابق محمد إبراهيم", "محمد إبراهيم", "إبراهيم"),
        date="2013-09-05",
        status="historical",
        also=(
            "محاولة اغتيال وزير الداخلية السابق.",
            "جرت محاولة اغتيال إبراهيم",
            "مسؤوليتها عن الحادث",
            "محاولة اغتيال وزير الداخلية المصري السابق",
        ),
    ),
    E(
        "Strategic developments/Arrests",
        "أعيد اعتقاله",
        target=("الشيخ عادل شحاتو", "عادل شحاتو", "الكاشف"),
        date="2012-11",
        status="historical",
        also=("إعادة اعتقاله عام 2012",),
    ),
    E(
        "Strategic developments/Change to group/activity",
        "اندمجتا",
        actor=("مجموعة مختار بلمختار", "كتيبة الملثمين", "بلمختار"),
        target=("حركة أحمد تيلمسي", "الوحدة والجهاد في غرب أفريقيا"),
        date="2013-08",
        status="historical",
        also=("أثناء اندماجهما",),
    ),
    E(
        "Strategic developments/Change to group/activity",
        "انشق عن بلمختار",
        actor=("تيلمسي",),
        target=("بلمختار",),
        date="unknown",
        status="historical",
    ),
    E(
        "Battles/Armed clash",
        "قتل على يد القوات الفرنسية",
        actor=("القوات الفرنسية",),
        target=("المهاجر",),
        date="2014-04",
        status="historical",
        fatalities=1,
    ),
    E(
        "Battles/Armed clash",
        "ليُقتل",
        actor=("القوات الفرنسية الخاصة",),
        target=("تيلمسي",),
        date="2014-12",
        status="historical",
        fatalities=1,
        also=("في غارة في ديسمبر",),
    ),
]

F["snn-20150811-00428"] = [  # column: Obama and the nuclear deal
    E(
        "Diplomacy/Agreement",
        "الاتفاق النووي",
        actor=("مجموعة الخمسة زائد واحد",),
        target=("إيران",),
        date="unknown",
    ),
]

F["snn-20150727-00508"] = [  # interview: Hadramawt security chief
    E(
        "Battles/Non-state actor overtakes territory",
        "اسقاط مدينة المكلا",
        actor=("هؤلاء الفتية", "العناصر المغرر بها", "الجماعة", "هذا التنظيم"),
        place=("مدينة المكلا", "المكلا"),
        date="unknown",
        status="historical",
    ),
]

F["snn-20150811-00228"] = [  # Turkish economy and the violence
    E(
        "Battles/Armed clash",
        "الهجومين",
        target=("القنصلية الأمريكية",),
        place=("تركيا",),
        also=("الهجوم على السفارة الأمريكية",),
    ),
    E(
        "Battles/Armed clash",
        "استهدفا",
        target=("مخفرا للشرطة",),
        place=("تركيا",),
    ),
    E(
        "Violence against civilians/Attack",
        "الهجوم الإرهابي في تونس",
        place=("تونس",),
        date="unknown",
        status="historical",
    ),
]

if __name__ == "__main__":
    print(build(F, OUT), "articles written to", OUT)
