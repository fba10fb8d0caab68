"""Source of tests/data/events_r40a.jsonl: the fortieth blind event round, part r40a.

10 real articles (SaudiNewsNet politics, 2,526–3,826 characters): the lines of /work/brief/DRAW_r40.tsv
(the saved output of `python tests/data/events_round40_select.py`) whose first column is `r40a`
(selection = events_round40_select.py, seed 4040, part r40a). All 10 kept, none dropped; 0 negatives.
Annotated by reading only (2026-11-29): the event coder was never run on these articles and no coder
output was read. Same format and guidelines as events_dev_source.py and events_fresh_source.py
(docs/events.md § Dev set); `build()` comes from events_dev_source.py (SaudiNewsNet articles by
reference + sha1).

Near-copies: none (first 80 normalised characters and shared word 8-grams, threshold 3, checked against
every tests/data/events_*.jsonl).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r38c_source.py):
- Anbar tribes (01424): ISIS's attack on the 3rd regiment's HQ in al-Harariyat (Karma) → *Armed clash*,
  3 dead (commander + two soldiers); the coalition's intervention killing 18 → *Air/drone strike*, 18;
  the liberation of most of Karma announced «في وقت سابق» → *Government regains territory* (undated);
  the Anbar campaign, calls for heavy weapons, the parliament session and the amnesty law are not coded;
- PKK/Turkish delegation (00373): the delegation's tour of Kurdistan → *Visit* and its meeting with the
  PUK and Gorran in Sulaymaniyah → *Meeting*; the East Kurdistan Units' clashes with the Iranian army
  this month (4 dead) → *Armed clash* 2015-07, their attack on the new camps in Kamyaran/Divandarreh →
  a second *Armed clash* 2015-07 (ambiguous: could be a mention); Iran's operations around Sardasht
  «دون حدوث أي اشتباكات» are not coded; the Cinar shooting «الأربعاء» → *Armed clash* 2015-07-29, 2
  dead (police target, as r38a); the PKK attack on a barracks in Sirnak → *Armed clash*, 3 dead («أكثر من
  ثلاثة»); the PKK's claimed blowing-up of the Iran–Turkey gas pipeline and the (PKK-denied) Kurdistan
  oil pipeline blast → two *Remote explosive/landmine/IED*, "unknown", the latter with no actor; the daily
  Turkish air raids (a campaign in a quote) are not coded;
- US strategy (02166): the US–Turkish accord → *Diplomacy/Agreement* (undated); Ahrar al-Sham's talks
  with the Iranian delegation on Zabadani (halted) → *Diplomacy/Talks*; the regime/Hezbollah attacks on
  Zabadani → *Armed clash*; the Syrian jet crash while bombing Ariha (37 dead) → *Air/drone strike*
  (ambiguous: the toll is from the crash); warnings and statements are not coded;
- opinion (01034): the Asir Emergency Forces mosque attack «الخميس السادس من أغسطس» → *Remote explosive/
  landmine/IED* 2015-08-06 (as r12b and later rounds: the text does not name a suicide bomber), actor ISIS
  (the text ties it to «عمليات داعش»); the rest is argument;
- Turkish army (00164): the Military Council meeting, retirements and appointments, the hunt for the
  bombers (no arrest) and the HDP statements are not coded; the remote-detonated mine on the Bitlis–
  Diyarbakir road → *Remote explosive/landmine/IED* (no casualties, fatalities 0); the Zarkel air raid
  «الجمعة الماضي» → *Air/drone strike* 2015-07-31 as this text says (an earlier round's source dated it
  2015-08-01; civilian deaths, no number);
- EU/US (00196): the convoy attack «صباح اليوم» → *Armed clash*, 2 dead; Ankara's continuing bombing
  of rebel bases in northern Iraq → *Air/drone strike* (publication date); the weekend raids with 10
  Iraqi civilians dead → a second *Air/drone strike* dated 2015-08 (ambiguous: may overlap); Hahn–Bozkir
  → *Meeting*; Suruc → *Suicide bomb* 2015-07-20, 32 dead (as r38a); the gas pipeline blast → *Remote
  explosive/landmine/IED*; Incirlik permission → *Agreement*, "unknown"; the 260/19 tallies, the "war on
  terror" campaign, the drones' take-off (no strike reported), the truce's end, elections and coalition
  talks are not coded;
- Iraqi tribes (02175): the tribal fighters' operations inside Fallujah → *Armed clash* (dozens, no
  number); the foiled car-bomb attack on the university south of Ramadi and the two car bombs destroyed
  in Saqlawiya → two *Disrupted weapons use*; 13 ISIS dead north of Fallujah → *Armed clash*, 13; the
  coalition strike on the convoy of the ISIS wali in Baaj → *Air/drone strike*; Baghdad's «حوادث أمنية
  متفرقة» (4 dead, no type) are not coded; the protests for services → *Peaceful protest* (publication
  date) and the Tahrir Square demonstration «مساء غد» → planned *Peaceful protest* 2015-08-07;
- Obama/Saud al-Faisal (02108): the nuclear deal → *Diplomacy/Agreement*, "unknown" (as r36a/r38a);
  Dermer's meeting with 50 Congress members → *Meeting*; speeches, hypothetical strikes and the Iraq war
  are not coded;
- Dhamar (01005): the ultimatum (a threat) and the Houthi meeting are not coded; the raid on Dhamar
  University abducting 5 students → *Abduction/forced disappearance*; the clashes between families and
  Houthis over the bodies (aggregate, «خلال الأيام الماضية») → one *Armed clash* (ambiguous); the Houthi
  withdrawal from Ataq «بالأمس» → *Non-violent transfer of territory* 2015-08-09 (as r-rounds' Nusra
  withdrawal; ambiguous);
- Libya (00522): court verdicts, recognition disputes and al-Obeidi's travel are not coded; Saif
  al-Islam's capture near Ubari in November 2011 → *Strategic developments/Arrests*, historical, 2011-11
  (as the earlier Saif rounds).

Run: python tests/data/events_r40a_source.py   (writes events_r40a.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r40a.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150721-01424"] = [
    E(
        "Battles/Armed clash",
        "هاجموا مقر الفوج الثالث",
        actor=("عناصر من داعش", "داعش"),
        target=("الفوج الثالث",),
        place=("منطقة الحراريات", "الحراريات", "قضاء الكرمة", "الكرمة"),
        fatalities=3,
        also=("اندلاع اشتباكات",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "تدخل",
        at="مضيفا أن طيران التحالف",
        actor=("طيران التحالف الدولي", "التحالف الدولي"),
        target=("الدواعش",),
        place=("منطقة الحراريات", "الحراريات", "قضاء الكرمة", "الكرمة"),
        fatalities=18,
        also=("قتل 18 عنصرا",),
    ),
    E(
        "Battles/Government regains territory",
        "تحرير معظم مناطق الكرمة",
        actor=("قيادة عمليات بغداد",),
        place=("الكرمة",),
    ),
]
F["snn-20150731-00373"] = [
    E(
        "Diplomacy/Visit",
        "جولته",
        actor=("الوفد الدبلوماسي التركي", "فريدون سينرلي"),
        place=("إقليم كردستان",),
    ),
    E(
        "Diplomacy/Meeting",
        "اجتمع",
        actor=("الوفد",),
        target=("الاتحاد الوطني الكردستاني", "حركة التغيير"),
        place=("محافظة السليمانية", "السليمانية"),
    ),
    E(
        "Battles/Armed clash",
        "اشتباكات بين مقاتلينا والجيش الإيراني",
        actor=("وحدات شرق كردستان", "مقاتلينا"),
        target=("الجيش الإيراني", "القوات الخاصة الإيرانية"),
        place=("كردستان إيران", "شرق كردستان"),
        date="2015-07",
        fatalities=4,
        also=("عدة عمليات نوعية", "وأسفرت هذه الاشتباكات"),
    ),
    E(
        "Battles/Armed clash",
        "هاجمت وحدات شرق كردستان",
        actor=("وحدات شرق كردستان",),
        target=("الجيش الإيراني",),
        place=("منطقة كامياران", "كامياران", "ديوان برا"),
        date="2015-07",
    ),
    E(
        "Battles/Armed clash",
        "هجوم",
        at="قتل شرطي تركي ومدني في",
        actor=("مسلحون", "المتمردين الأكراد"),
        target=("شرطي تركي", "الشرطي"),
        place=("مدينة تشينار", "تشينار"),
        date="2015-07-29",
        fatalities=2,
        also=("أطلق مسلحون النار عليه", "تبادل إطلاق النار"),
    ),
    E(
        "Battles/Armed clash",
        "هجوم شنه مقاتلو حزب العمال الكردستاني",
        actor=("مقاتلو حزب العمال الكردستاني", "حزب العمال الكردستاني"),
        target=("ثكنة عسكرية تركية", "جنود أتراك", "الجيش التركي"),
        place=("إقليم شرناخ", "شرناخ"),
        fatalities=3,
        also=("هاجموا ثكنة للجيش التركي",),
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "فجرنا أنبوب نقل الغاز",
        actor=("حزب العمال الكردستاني",),
        target=("أنبوب نقل الغاز",),
        place=("تركيا",),
        date="unknown",
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "تفجير أنبوب نقل النفط",
        target=("أنبوب نقل النفط",),
        place=("إقليم كردستان العراق", "تركيا"),
        date="unknown",
    ),
]
F["snn-20150806-02166"] = [
    E(
        "Diplomacy/Agreement",
        "الاتفاق الأميركي التركي",
        actor=("الولايات المتحدة", "واشنطن"),
        target=("أنقرة", "تركيا"),
        also=("اتفاق واشنطن وأنقرة على خطة",),
    ),
    E(
        "Diplomacy/Talks",
        "محادثات",
        actor=("حركة أحرار الشام", "أحرار الشام"),
        target=("وفد إيراني", "الوفد الإيراني"),
        also=("توقفت المفاوضات مع الوفد الإيراني",),
    ),
    E(
        "Battles/Armed clash",
        "هجمات على الزبداني",
        actor=("القوات الحكومية", "حزب الله"),
        target=("مقاتلو المعارضة",),
        place=("الزبداني",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "تحطم طائرة حربية سورية",
        actor=("طائرة حربية سورية",),
        place=("مدينة أريحا", "أريحا"),
        fatalities=37,
        also=("قصفها مدينة أريحا",),
    ),
]
F["snn-20150809-01034"] = [
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "العملية الإرهابية",
        actor=("داعش",),
        target=("قوات الطوارئ",),
        place=("مسجد قوات الطوارئ", "عسير"),
        date="2015-08-06",
    ),
]
F["snn-20150804-00164"] = [
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "لتفجير لغم أرضي",
        actor=("حزب العمال الكردستاني",),
        target=("آلية عسكرية", "قوات الدرك", "القوات المسلحة التركية"),
        place=("بيتليس", "ديار بكر"),
        fatalities=0,
        also=("تفجير عبوة ناسفة",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارة جوية تركية",
        actor=("تركية",),
        target=("بي كا كا",),
        place=("معسكر زاركلي", "زاركلي", "شمال العراق"),
        date="2015-07-31",
        also=("غارة جوية تركية شُنت",),
    ),
]
F["snn-20150804-00196"] = [
    E(
        "Battles/Armed clash",
        "هجوم جديد",
        actor=("حزب العمال الكردستاني",),
        target=("قافلة عسكرية", "جنديان تركيان"),
        fatalities=2,
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصفها العنيف",
        actor=("انقرة",),
        target=("قواعد المتمردين", "المتمردين"),
        place=("شمال العراق",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "هذه الغارات",
        target=("عشرة مدنيين عراقيين",),
        date="2015-08",
        fatalities=10,
    ),
    E(
        "Diplomacy/Meeting",
        "لقائه",
        actor=("هان", "يوهانس هان"),
        target=("فولكان بوزكير",),
        place=("بروكسل",),
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "هجوم وقع في 20 يوليو",
        target=("ناشطين أكراد",),
        place=("سروج",),
        date="2015-07-20",
        fatalities=32,
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "انفجار",
        at="واليوم، خلف",
        target=("انبوب للغاز",),
        place=("شرق تركيا", "تركيا"),
    ),
    E(
        "Diplomacy/Agreement",
        "موافقة انقرة",
        actor=("انقرة",),
        target=("الاميركيون",),
        place=("قاعدة انجرليك الجوية", "انجرليك"),
        date="unknown",
    ),
]
F["snn-20150806-02175"] = [
    E(
        "Battles/Armed clash",
        "عمليات استهدفت قادة التنظيم",
        actor=("عناصر أفواج متطوعي العشائر", "أفواج متطوعي العشائر", "مقاتلي العشائر"),
        target=("قادة التنظيم الإرهابي", "داعش"),
        place=("الفلوجة", "قضاء الفلوجة"),
        also=("اختراق معاقل داعش",),
    ),
    E(
        "Strategic developments/Disrupted weapons use",
        "إحباط محاولة",
        actor=("قيادة عمليات الأنبار",),
        target=("الدواعش",),
        place=("مبنى الجامعة", "الرمادي"),
    ),
    E(
        "Battles/Armed clash",
        "مقتل 13 عنصراً",
        actor=("قيادة عمليات الأنبار",),
        target=("التنظيم الإرهابي",),
        place=("شمال الفلوجة", "الفلوجة"),
        fatalities=13,
    ),
    E(
        "Strategic developments/Disrupted weapons use",
        "تدمير سيارتين مفخختين",
        actor=("قيادة عمليات الأنبار",),
        place=("ناحية الصقلاوية", "الصقلاوية"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "بغارة جوية",
        actor=("طائرات التحالف الدولي", "التحالف الدولي"),
        target=("أبو بركات العفري", "موكبه"),
        place=("قضاء البعاج", "البعاج"),
    ),
    E(
        "Protests/Peaceful protest",
        "التظاهرات الشعبية",
        also=("المظاهرات العارمة",),
    ),
    E(
        "Protests/Peaceful protest",
        "تنظيم تظاهرة",
        actor=("ناشطون مدنيون",),
        place=("ساحة التحرير", "بغداد"),
        date="2015-08-07",
        status="planned",
    ),
]
F["snn-20150806-02108"] = [
    E(
        "Diplomacy/Agreement",
        "الاتفاق مع إيران",
        actor=("الولايات المتحدة", "مجموعة 5+1"),
        target=("إيران",),
        date="unknown",
        also=("الاتفاق الذي أبرمته",),
    ),
    E(
        "Diplomacy/Meeting",
        "التقى",
        at="وفي جهد مواز",
        actor=("رون ديرمر", "السفير الإسرائيلي"),
        target=("أعضاء الكونجرس",),
        place=("واشنطن",),
    ),
]
F["snn-20150810-01005"] = [
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "اختطفت خمسة من الطلاب",
        actor=("قوات التمرد الحوثي", "ميليشيات الانقلاب", "ميليشيا الحوثي"),
        target=("خمسة من الطلاب", "الطلاب"),
        place=("جامعة ذمار", "ذمار"),
        also=("مداهمة جامعة ذمار",),
    ),
    E(
        "Battles/Armed clash",
        "اشتباكات ومواجهات مسلحة",
        actor=("الانقلابيين", "المتمردون"),
        target=("الأهالي",),
        place=("ذمار",),
    ),
    E(
        "Strategic developments/Non-violent transfer of territory",
        "إخراج قواتهم من داخل مدينة عتق",
        actor=("المتمردين الحوثيين", "الحوثيين"),
        place=("مدينة عتق", "عتق"),
        date="2015-08-09",
        also=("إخراج قواتهم خارج المدينة",),
    ),
]
F["snn-20150731-00522"] = [
    E(
        "Strategic developments/Arrests",
        "اعتقال سيف الإسلام القذافي",
        actor=("المجموعة المسلحة", "العتيري"),
        target=("سيف الإسلام القذافي",),
        place=("منطقة أوباري", "أوباري"),
        date="2011-11",
        status="historical",
        also=("اعتقلت نجل القذافي",),
    ),
]

if __name__ == "__main__":
    print(build(F, OUT))
