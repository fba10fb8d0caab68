"""Source of tests/data/events_r17c.jsonl: the seventeenth blind event round, part r17c.

14 real articles (SaudiNewsNet politics, 941–1,472 characters): the lines of /work/brief/DRAW_r17.tsv
(the saved output of `python tests/data/events_round17_select.py`) whose first column is `r17c`
(selection = events_round17_select.py, seed 1717, part r17c). All 14 kept, none dropped; 2 of them
report no event (negatives). Annotated by reading only (2026-11-29): the event coder was never run on
these articles and no coder output was read. Same format and guidelines as events_dev_source.py and
events_fresh_source.py (docs/events.md § Dev set); `build()` comes from events_dev_source.py
(SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or a 10-word run
with an article of any tests/data/events_*.jsonl set. Same happenings in other words: the war-remnant
missile that exploded in Rafah (r10a, coded the same way), the operation to retake Anbar University of
22 July 2015 (r13a, coded the same way), ISIS's execution of some 2,000 people in Nineveh (r13b; r14a
dated it by publication, here the text says the date is not known), al-Bakri's appointment as governor
of Aden (r14a), Saudi aid planes at Aden (r15b), the liberation of Aden named as background (many rounds).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r16c_source.py):
- the PKK ambush on a military convoy in Sirnak «أمس الخميس» → *Armed clash* 2015-07-30 (a state target,
  as r16c's ambush), the killing reported first is the trigger and the attack, the ambush and «الاشتباكات»
  its mentions; 4 dead = 3 soldiers + 1 PKK fighter killed «في الاشتباكات» (ambiguous: the PKK death came
  in the follow-up operation, a coder may count 3); the 2013 Turkey–PKK ceasefire → *Strategic
  developments/Agreement*, historical, 2013; Turkey's air campaign (no day) and «مجموعة هجمات» of last
  week (no place) not coded (as r16c);
- Zinjibar taken «اليوم السبت» by «المقاومة مدعومة بتحالف عسكري عربي» → *Non-state actor overtakes
  territory* 2015-08-08 (as fresh), «تستردها» its mention; the fighting in al-Dhalea the same Saturday →
  *Armed clash*; the taking of Aden port «الشهر الماضي» (twice) → *Non-state actor overtakes territory*,
  historical, 2015-07; the Houthis' taking of Sanaa «في سبتمبر» → historical takeover dated 2014-09 (the
  year read from «منذ مارس» of the coalition's war; ambiguous); the coalition's war «منذ مارس» and its
  support by air strikes and training are a campaign and habits, not coded;
- Cavusoglu–Kerry in Kuala Lumpur → one *Meeting* (publication date; «والتقى» its mention); Ankara's
  permission «في يوليو» for US jets to use Incirlik → *Diplomacy/Agreement* (as r14a), historical, 2015-07;
  «سنبدأ قريبا» is stated policy and Turkey's «سلسلة من الغارات الجوية» a campaign (as r16c), not coded;
- al-Bakri's appointment is no event; the Resistance's «طرد المتمردين الحوثيين» from Aden → *Non-state
  actor overtakes territory*, date "unknown" (the Resistance named, as r15c/r16c); the Houthis' repeated
  shelling of power stations («أكثر من مرة», no day) and the UAE technical team not coded;
- ISIS's execution of 2,070 Nineveh residents → one *Violence against civilians/Attack*, date "unknown"
  (the ministry «لم يستطع … تأكيد متى وقعت»; over six months), 2,070 dead; Mosul's fall to ISIS →
  historical takeover, date "unknown"; the Ramadi campaign «منذ الشهر الماضي» and the ISIS police force
  not coded;
- the Iraqi protests «التي اجتاحت معظم المحافظات الجنوبية» → one *Peaceful protest*, date "unknown"
  (weeks of demonstrations, as r15a/r18a; ambiguous: ACLED codes one per city and day, the text gives none);
- the Baghdad al-Jadida car bomb → *Remote explosive/landmine/IED* dated by the ministry's «أمس
  الأربعاء» (2015-07-22), no count («66 قتيلاً وجريحاً» mixes dead and wounded); the Anbar University
  operation → *Armed clash* 2015-07-22 (as r13a); the earlier retaking of al-Tash I and II → *Government
  regains territory*, date "unknown"; ISIS massing at al-Qayyarah (a deployment) not coded;
- the Daraa camp shelling by Assad's forces (surface-to-surface missiles and mortars) → *Shelling/artillery/
  missile attack*, no count («عدد من الأطفال»); July's barrel-bomb toll and Yarmouk tallies not coded;
- Gaza: the five car bombs against Hamas and Islamic Jihad members «صباح أمس الأحد» → one *Remote
  explosive/landmine/IED* 2015-07-19, no actor (no claim; an ISIS logo only), and the interior ministry's
  arrest of suspects → *Arrests* 2015-07-19 (the spokesman's «وقعت صباحاً» dates his statement to the
  day of the blasts; ambiguous); the gunfire after them not coded (no sides);
- the old Israeli missile that exploded in Rafah → *Remote explosive/landmine/IED* (unexploded ordnance),
  no actor (ambiguous: Israel left it), 4 dead; the 2014 war (a campaign) and the funeral not coded;
- Baquba «امس الإثنين»: the 18 ISIS members killed (means not given) → *Armed clash* (as r13a), and the
  two IEDs that killed 11 civilians → *Remote explosive/landmine/IED* («11 عراقيا» its mention); ISIS's
  taking of Sinjar, its mass killing of Yazidis and the abduction of thousands → three historical events,
  date "unknown"; Barzani's sitting with Arab tribal leaders «قبل فترة» → *Meeting*, historical, date
  "unknown" (ambiguous); the expected liberation of Sinjar is a forecast, not coded;
- Aden airport: the Qatari aid plane «يوم أمس» → *Diplomacy/Aid* 2015-08-01; the four Saudi planes and
  the Emirati one before it → two *Aid* events, date "unknown"; the Houthi targeting of a Qatari aid ship
  «في نهاية مايو» → *Violence against civilians/Attack*, historical, 2015-05 (ambiguous: no means); the
  Houthi seizure of Aden → historical takeover and the liberation of Aden «بعد تحريرها» → *Government
  regains territory*, no actor, both date "unknown" (as r9a/r16c); the officials' plane of 15 July (a
  government returning, as r13b) not coded.

Negatives (2): snn-20150802-00309 (Chechen women cheating ISIS recruiters online: «قيد الإقامة الجبرية»
is a current state, not a dated arrest; a French journalist's infiltration) and snn-20150724-01981 (a
Resistance source's threats and preparations; «عشرات العمليات التي نفذت» has no place or day).

Run: python tests/data/events_r17c_source.py            (writes events_r17c.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r17c.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150731-00834"] = [
    E(
        "Battles/Armed clash",
        "مقتل",
        actor=("حزب العمال الكردستاني", "عناصر من حزب العمال الكردستاني", "المنظمة الانفصالية الإرهابية"),
        target=("قافلة عسكرية", "ثلاثة جنود أتراك", "جنود أتراك", "الجيش التركي", "القافلة العسكرية"),
        place=("محافظة شرناق", "شرناق", "اكتشاي", "منطقة اكتشاي", "ولاية شرناق"),
        date="2015-07-30",
        fatalities=4,
        also=("هجوم نفذته", "نصبوا كمينا", "الاشتباكات"),
    ),
    E(
        "Strategic developments/Agreement",
        "الاتفاق",
        actor=("السلطات التركية",),
        target=("حزب العمال الكردستاني",),
        date="2013",
        status="historical",
    ),
]
F["snn-20150809-00947"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "استولوا",
        actor=("المقاومة", "تحالف عسكري عربي"),
        target=("جماعة الحوثي", "الحوثي"),
        place=("مدينة زنجبار", "زنجبار", "أبين", "محافظة أبين"),
        date="2015-08-08",
        also=("تستردها",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "السيطرة",
        at="منذ",
        actor=("القوات", "مقاتلون في جنوب اليمن", "مقاتلون"),
        target=("الحوثيين",),
        place=("ميناء عدن", "عدن"),
        date="2015-07",
        status="historical",
        also=("استعادوه",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطروا",
        actor=("الحوثيين",),
        place=("العاصمة صنعاء", "صنعاء"),
        date="2014-09",
        status="historical",
    ),
    E(
        "Battles/Armed clash",
        "قتال",
        at="وحقق مقاتلون",
        actor=("مقاتلون في جنوب اليمن", "مقاتلون"),
        target=("الحوثيين",),
        place=("محافظة الضالع", "الضالع"),
        date="2015-08-08",
        also=("انتصارات",),
    ),
]
F["snn-20150806-00194"] = [
    E(
        "Diplomacy/Meeting",
        "لقاء",
        actor=("مولود تشاوش اوغلو", "تشاوش اوغلو", "وزير الخارجية التركي"),
        target=("جون كيري", "كيري", "نظيره الاميركي جون كيري"),
        place=("ماليزيا", "كوالالمبور"),
        also=("والتقى الوزيران",),
    ),
    E(
        "Diplomacy/Agreement",
        "سمحت",
        actor=("انقرة", "تركيا"),
        target=("للطائرات العسكرية الاميركية", "الاميركية"),
        place=("قاعدة انجرليك", "انجرليك", "جنوب تركيا"),
        date="2015-07",
        status="historical",
    ),
]
F["snn-20150721-00002"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "طرد",
        actor=("قوات المقاومة الشعبية", "المقاومة الشعبية"),
        target=("المتمردين الحوثيين", "الحوثيين"),
        place=("لعدن", "عدن", "المدينة"),
        date="unknown",
        also=("الانتصارات",),
    ),
]
F["snn-20150808-01023"] = [
    E(
        "Violence against civilians/Attack",
        "أعدموا",
        actor=("تنظيم الدولة الإسلامية", "داعش", "تنظيم داعش"),
        target=("أكثر من ألفي عراقي", "عراقي", "مواطني نينوى"),
        place=("بمحافظة نينوى", "نينوى", "الموصل"),
        date="unknown",
        fatalities=2070,
        also=("عمليات الإعدام", "أعدم بدم بارد"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سقطت",
        actor=("التنظيم", "تنظيم داعش", "داعش"),
        target=("القوات العراقية",),
        place=("الموصل",),
        date="unknown",
        status="historical",
    ),
]
F["snn-20150809-00688"] = [
    E(
        "Protests/Peaceful protest",
        "التظاهرات",
        place=("العراق", "المحافظات الجنوبية"),
        date="unknown",
        also=("التظاهرات التي اجتاحت",),
    ),
]
F["snn-20150723-00287"] = [
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "تفجير",
        place=("بغداد الجديدة", "بغداد"),
        date="2015-07-22",
    ),
    E(
        "Battles/Armed clash",
        "عملية عسكرية",
        actor=("جهاز مكافحة الإرهاب", "قوة من جهاز مكافحة الإرهاب", "طيران الجيش", "القوات الأمنية"),
        target=("تنظيم داعش", "داعش", "عناصر التنظيم"),
        place=("جامعة الأنبار", "الأنبار", "الرمادي"),
        date="2015-07-22",
        also=("اشتباكات",),
    ),
    E(
        "Battles/Government regains territory",
        "استعادة",
        at="سبق لها",
        actor=("القوات الأمنية",),
        target=("داعش",),
        place=("منطقتي الطاش الأول والطاش الثاني", "الطاش الأول", "الطاش الثاني", "الرمادي"),
        date="unknown",
    ),
]
F["snn-20150802-00239"] = [
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "القصف",
        actor=("قوات الأسد",),
        target=("الأطفال", "مخيم درعا للاجئين الفلسطينيين"),
        place=("مخيم درعا للاجئين الفلسطينيين", "مخيم درعا", "درعا"),
        also=("استهدف بصواريخ", "سقوط عدد من قذائف الهاون"),
    ),
]
F["snn-20150721-02699"] = [
    E(
        "Strategic developments/Arrests",
        "توقيف",
        actor=("وزارة الداخلية والأمن الوطني", "وزارة الداخلية", "الأجهزة الأمنية"),
        target=("عناصر يُشتبه في ضلوعهم", "عناصر"),
        place=("غزة", "قطاع غزة"),
        date="2015-07-19",
        also=("تم إيقاف",),
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "التفجيرات",
        target=("حماس", "حركة حماس", "حركة الجهاد الإسلامي", "عدة سيارات"),
        place=("قطاع غزة", "غزة", "حي الشيخ رضوان", "شارع النفق", "مدينة غزة"),
        date="2015-07-19",
        also=("خمسة انفجارات", "تم تفجيرها"),
    ),
]
F["snn-20150802-00309"] = []  # Chechen women cheating ISIS recruiters: a current house arrest, no happening
F["snn-20150724-01981"] = []  # a Resistance source's threats and preparations, unplaced «عشرات العمليات»
F["snn-20150807-00102"] = [
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "انفجار",
        target=("فلسطينيين", "عائلة أبو نقيرة", "أبناء العائلة"),
        place=("مخيم الشابورة", "رفح", "مدينة رفح", "قطاع غزة"),
        fatalities=4,
        also=("فانفجر صاروخ",),
    ),
]
F["snn-20150804-00383"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "احتلال",
        actor=("مسلحي داعش", "داعش"),
        place=("سنجار",),
        date="unknown",
        status="historical",
    ),
    E(
        "Violence against civilians/Attack",
        "القتل الجماعي",
        actor=("مسلحي داعش", "داعش"),
        target=("الايزيديين",),
        place=("سنجار",),
        date="unknown",
        status="historical",
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "اختطاف",
        actor=("مسلحي داعش", "داعش"),
        target=("الآلاف من الأطفال والنساء", "الايزيديين"),
        place=("سنجار",),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Meeting",
        "جلس",
        actor=("بارزاني",),
        target=("رؤساء عشائر", "وجهاء من عرب المنطقة"),
        date="unknown",
        status="historical",
    ),
    E(
        "Battles/Armed clash",
        "مقتل",
        at="امس الإثنين",
        target=("تنظيم داعش", "داعش", "قاسم غني الناصري"),
        place=("مدينة بعقوبة", "بعقوبة"),
        date="2015-08-03",
        fatalities=18,
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "انفجار",
        target=("مدنيا", "عراقيا"),
        place=("شمالي بعقوبة", "بعقوبة"),
        date="2015-08-03",
        fatalities=11,
        also=("11 عراقيا",),
    ),
]
F["snn-20150802-00119"] = [
    E(
        "Diplomacy/Aid",
        "وصلت",
        actor=("قطرية", "دولة قطر"),
        target=("الشعب اليمني", "لليمن", "اليمن"),
        place=("مطار عدن الدولي", "عدن"),
        date="2015-08-01",
        also=("طائرة قطرية وصلت", "وصول الطائرة القطرية"),
    ),
    E(
        "Diplomacy/Aid",
        "أربع طائرات سعودية",
        actor=("سعودية", "المملكة العربية السعودية"),
        target=("الشعب اليمني",),
        place=("مطار عدن", "عدن"),
        date="unknown",
    ),
    E(
        "Diplomacy/Aid",
        "وأخرى إماراتية",
        actor=("إماراتية", "دولة الإمارات العربية المتحدة"),
        target=("الشعب اليمني",),
        place=("مطار عدن", "عدن"),
        date="unknown",
    ),
    E(
        "Violence against civilians/Attack",
        "استهداف",
        actor=("المتمردون",),
        target=("سفينة قطرية", "سفينة مساعدات قطرية"),
        place=("ميناء عدن", "عدن"),
        date="2015-05",
        status="historical",
        also=("عرقلوا",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "استيلاء",
        actor=("الحوثيين",),
        place=("عاصمة الجنوب", "عدن"),
        date="unknown",
        status="historical",
    ),
    E(
        "Battles/Government regains territory",
        "تحريرها",
        target=("الحوثيين",),
        place=("عدن",),
        date="unknown",
    ),
]


if __name__ == "__main__":
    print(build(F, OUT), "articles written to", OUT)
