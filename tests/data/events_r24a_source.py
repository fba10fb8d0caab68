"""Source of tests/data/events_r24a.jsonl: the twenty-fourth blind event round, part r24a.

14 real articles (SaudiNewsNet politics, 930–1,500 characters): the lines of /work/brief/DRAW_r24.tsv
(the saved output of `python tests/data/events_round24_select.py`) whose first column is `r24a`
(selection = events_round24_select.py, seed 2424, part r24a). All 14 kept, none dropped; 4 of them
report no event (negatives). Annotated by reading only (2026-11-29): the event coder was never run on
these articles and no coder output was read. Same format and guidelines as events_dev_source.py and
events_fresh_source.py (docs/events.md § Dev set); `build()` comes from events_dev_source.py
(SaudiNewsNet articles by reference + sha1).

Near-copies: snn-20150724-01229 (Obama–Erdogan phone call) is the same AFP dispatch as r14b
snn-20150723-00144 in a longer edit (13 shared word 6-grams after normalising alef, yaa and taa
marbuta; the first 80 characters differ): score it separately; it is coded as r14b coded it (the call
+ the Suruc attack as *Violence against civilians/Attack* dated by the text's «الثلاثاء»), except that
this edit dates the call «الأربعاء» (2015-07-22). Same happenings in other words: the liberation of
Aden (many rounds), the Turkish strikes on the PKK in northern Iraq of 24 July (r13a, r20a), the
coalition's five-day truce (fresh, r20a, r22a), the Suruc bombing (many rounds).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r22c_source.py):
- Khamenei's representative (snn-20150731-02046): the appointment and his arrival are not taxonomy
  events; Zarif's earlier visit to Iraq («الذي اعقب زيارة») → *Diplomacy/Visit*, historical, date
  "unknown"; al-Jubouri meeting a Sunni tribal delegation «امس» → *Diplomacy/Meeting* 2015-07-30, no
  place (ambiguous: the text names only Iraq in general, and a domestic meeting);
- Ramadi: the second phase «بدأت … في تنفيذ» with forces «تقاتل في قلب المدينة» → *Armed clash* in
  Ramadi, publication date (fought, not an aim only, as r13a's Anbar university); the first phase
  «أسفرت عن تطهير» al-Fuhaimi, al-Zawiya, al-Sakra, al-Rihana → *Government regains territory*, date
  "unknown" (a back-reference without a day); the operations «أمس» at Husaiba, al-Malahma and Albu
  Alwan with 52 ISIS dead → a second *Armed clash* 2015-08-06 (the killing first); the return of
  displaced families is not coded;
- Aden/Anad (snn-20150721-00016): Aden's liberation named as background → *Government regains
  territory* (forces «الموالية للحكومة»), date "unknown", one per article (as r15b); the coalition raids on
  al-Anad reported «أمس» → *Air/drone strike* 2015-07-20, no target side named; the government
  delegation «عاد إلى عدن أمس» → *Diplomacy/Visit* 2015-07-20 (as Bahah's Aden visit, r15a); the 45
  Houthis captured «أمس» → *Arrests* (as r12a/r13b); the preparation to take al-Anad, the siege of the
  35 holdouts, the reopened police stations and the guarantees to leave are not coded;
- Baghdad rejects the Turkish bombing: «قصف الطائرات التركية» of Kurdistan's villages → one *Air/drone
  strike*, publication date (ambiguous: an ongoing campaign named without a day; coded because the
  article is about it); condemnations and Allawi's call are not events;
- Yafa tribes (snn-20150722-01140): the celebration in Jeddah is not an event; «تحرير عدن» → *Government
  regains territory*, date "unknown", the Southern Resistance as actor (the text credits it); the
  Resistance's advance «في الكثير من المحافظات» is a trend;
- Turkish strikes on the PKK: one *Air/drone strike* 2015-07-24 («الليلة الماضية» of the Saturday
  statement, «الجمعة 24 يوليو») with Dohuk's and Erbil's border districts as accepted places (ambiguous:
  two provinces could be two events; the text reports one raid «شمال العراق»); the accompanying «قصف
  مدفعي مكثف» → a separate *Shelling/artillery/missile attack* 2015-07-24, no actor (Turkey
  only implied); the arrest of 320 ISIS and
  PKK members announced «السبت 25 يوليو» → *Arrests* 2015-07-25, place Turkey («التركية», ambiguous);
  planes flying over Qandil and the PKK's past withdrawal are not coded;
- Benghazi: the soldier killed and 15 wounded «خلال اليومين الماضيين» → one *Armed clash*, publication date,
  1 dead (the killing first; «قتالاً عنيفًا … خلال الأيام الماضية» a mention of it); Thinni's rejection
  of intervention is a statement;
- ISIS defector (snn-20150731-00161): al-Baghdadi beheading a woman as a wedding gift, the woman flogged
  80 lashes and the beheading of her superior → three *Violence against civilians/Attack*, historical,
  date "unknown", no place (the text gives none); the death sentence for the girl (a sentence, not
  its execution), the offer to kill another judge, the Yazidi servants (a practice) are not coded;
- Abyan/Lahj (snn-20150731-01550): the army and Resistance taking areas of Abyan «الأربعاء» and the town
  of al-Ain «بعد معارك عنيفة» → one *Government regains territory* 2015-07-29 (the aggregate first
  sentence and the battles are mentions; ambiguous: al-Ain may be a second event); the Popular
  Resistance's fighters taking al-Basateen, Ja'oula and al-Falahin north of Aden → *Non-state actor
  overtakes territory*, publication date (the Resistance alone, as r20c/r22a); the Katyusha and
  anti-armour fire at al-Anad's posts → *Shelling/artillery/missile attack*; the coalition raids in
  Saada (al-Taysir centre) → *Air/drone strike*; the coalition's five-day truce → *Strategic
  developments/Agreement*, historical, date "unknown" (its collapse not coded); the readiness to storm
  the base and the advance towards Lodar («في مسعى») are aims.

Negatives (4): snn-20150721-01429 (Lebanese politics; the assassinations «منذ سنة 1975» are a series
without time or place, the soldiers' kidnappers an appeal), snn-20150806-02320 and snn-20150806-02031
(ambassador Qattan's statements; his meeting with Egyptian editors is a press meeting, not coded —
ambiguous; the Houthis' habitual truce breaches), snn-20150806-03097 (Dhahi Khalfan's tweets),
snn-20150804-00828 (the Turkish bombing) and snn-20150722-01140 (Aden's liberation named at a
ceremony) are NOT negatives.

Run: python tests/data/events_r24a_source.py            (writes events_r24a.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r24a.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150731-02046"] = [
    E(
        "Diplomacy/Visit",
        "زيارة",
        actor=("وزير الخارجية جواد ظريف", "جواد ظريف", "ظريف"),
        place=("العراق",),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Meeting",
        "التقى",
        actor=("رئيس البرلمان سليم الجبوري", "سليم الجبوري", "الجبوري"),
        target=("وفدا عشائريا", "العشائر السنية العراقية"),
        date="2015-07-30",
    ),
]
F["snn-20150807-01106"] = [
    E(
        "Battles/Armed clash",
        "تنفيذ المرحلة الثانية",
        actor=("القوات الأمنية", "متطوعي العشائر"),
        target=("مسلحي تنظيم داعش", "تنظيم داعش", "داعش"),
        place=("مدينة الرمادي", "الرمادي"),
        also=("تقاتل في قلب المدينة",),
    ),
    E(
        "Battles/Government regains territory",
        "تطهير",
        actor=("القوات الأمنية",),
        target=("داعش",),
        place=("الفحيمي", "الزاوية", "الصكرة", "الريحانة", "قضاء حديثة"),
        date="unknown",
    ),
    E(
        "Battles/Armed clash",
        "مقتل 52",
        actor=("القوات الأمنية",),
        target=("داعش", "قياديي داعش"),
        place=("حصيبة", "الملاحمة", "البو علوان"),
        date="2015-08-06",
        fatalities=52,
        also=("بعمليات عسكرية",),
    ),
]
F["snn-20150721-00016"] = [
    E(
        "Battles/Government regains territory",
        "تحرير",
        actor=("المقاومة الموالية للحكومة اليمنية الشرعية", "المقاومة"),
        place=("مدينة عدن", "عدن"),
        date="unknown",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "الغارات الجوية",
        actor=("طيران التحالف", "التحالف"),
        place=("القاعدة العسكرية", "قاعدة العند", "العند", "محافظة لحج", "لحج"),
        date="2015-07-20",
    ),
    E(
        "Diplomacy/Visit",
        "عاد إلى عدن",
        actor=("وفد الحكومة",),
        place=("عدن",),
        date="2015-07-20",
    ),
    E(
        "Strategic developments/Arrests",
        "أسرت",
        actor=("المقاومة الشعبية", "المقاومة"),
        target=("45 حوثيا", "حوثيا"),
        place=("عدن", "خور مكسر", "كريتر"),
        date="2015-07-20",
    ),
]
F["snn-20150804-00828"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "القصف التركي",
        actor=("الطائرات التركية", "التركي"),
        target=("تجمعات حزب العمال", "حزب العمال", "قرى إقليم كردستان"),
        place=("قرى إقليم كردستان", "إقليم كردستان", "كردستان"),
        also=("لقصف الطائرات التركية", "بالقصف التركي"),
    ),
]
F["snn-20150721-01429"] = []  # Lebanese politics: assassinations «منذ سنة 1975» a series; an appeal
F["snn-20150722-01140"] = [
    E(
        "Battles/Government regains territory",
        "تحرير عدن",
        actor=("للمقاومة الجنوبية", "المقاومة الجنوبية"),
        place=("عدن",),
        date="unknown",
    ),
]
F["snn-20150806-02320"] = []  # ambassador Qattan's statements; a press meeting; habitual truce breaches
F["snn-20150725-01161"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصف",
        at="أكد مكتب",
        actor=("الطيران التركي", "مقاتلات تركية", "الطائرات الحربية التركية"),
        target=("حزب العمال الكردستاني", "معسكرات لحزب العمال الكردستاني"),
        place=("شمال العراق", "دهوك", "ديرلوك", "حفطنين", "أربيل", "خواكورك", "سيدكان", "الشريط الحدودي"),
        date="2015-07-24",
        also=("غارات", "هجوما عنيفا", "هذا الهجوم"),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصف مدفعي مكثف",
        target=("حزب العمال الكردستاني",),
        place=("شمال العراق", "الشريط الحدودي"),
        date="2015-07-24",
        also=("مع قصف مدفعي مكثف”",),
    ),
    E(
        "Strategic developments/Arrests",
        "اعتقال 320 شخصا",
        actor=("الحكومة التركية",),
        target=("320 شخصا", "تنظيم “داعش”", "حزب العمال الكردستاني"),
        place=("التركية",),
        date="2015-07-25",
    ),
]
F["snn-20150806-03097"] = []  # Dhahi Khalfan's tweets on Nasrallah
F["snn-20150806-02031"] = []  # ambassador Qattan's statements
F["snn-20150806-00864"] = [
    E(
        "Battles/Armed clash",
        "مصرعه",
        actor=("جندي بالجيش الليبي", "الجيش الليبي", "قوات الجيش"),
        target=("ميليشيا شورى ثوار بنغازي", "مجلس شورى ثوار بنغازي", "شورى ثوار بنغازي"),
        place=("مدينة بنغازي", "بنغازي"),
        fatalities=1,
        also=("الاشتباكات مع", "الاشتباكات بين", "قتالاً عنيفًا"),
    ),
]
F["snn-20150724-01229"] = [
    E(
        "Diplomacy/Phone call",
        "بحث",
        actor=("الرئيس الأمريكي باراك أوباما", "باراك أوباما", "أوباما"),
        target=("رجب طيب أردوغان", "أردوغان"),
        date="2015-07-22",
        also=("اتصال هاتفي", "بحثا"),
    ),
    E(
        "Violence against civilians/Attack",
        "الاعتداء الإرهابي",
        actor=("تنظيم «داعش»", "داعش"),
        place=("سروج/سوروتش", "سروج", "سوروتش"),
        date="2015-07-21",
        fatalities=32,
    ),
]
F["snn-20150731-00161"] = [
    E(
        "Violence against civilians/Attack",
        "قطع رأس",
        actor=("زعيم تنظيم داعش أبو بكر البغدادي", "أبو بكر البغدادي", "البغدادي"),
        target=("إحدى النساء المنتميات للتنظيم", "إحدى النساء"),
        date="unknown",
        status="historical",
        fatalities=1,
    ),
    E(
        "Violence against civilians/Attack",
        "جلد",
        target=("امرأة",),
        date="unknown",
        status="historical",
    ),
    E(
        "Violence against civilians/Attack",
        "قطع رأس رئيسها",
        target=("رئيسها",),
        date="unknown",
        status="historical",
        fatalities=1,
    ),
]
F["snn-20150731-01550"] = [
    E(
        "Battles/Government regains territory",
        "سيطرت",
        actor=("القوات اليمنية", "المقاومة الشعبية", "قوات من الجيش الوطني", "الجيش الوطني"),
        target=("المليشيات الحوثية", "صالح"),
        place=("محافظة أبين", "أبين", "بلدة العين", "العين"),
        date="2015-07-29",
        also=("مزيدا من التقدم الميداني", "فقد سيطرت قوات", "معارك عنيفة"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطروا",
        actor=("مقاتلي “المقاومة الشعبية”", "المقاومة الشعبية"),
        place=("منطقة البساتين", "البساتين", "مزارع جعولة", "جعولة", "قرية الفلاحين"),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "استهداف",
        actor=("المقاومة",),
        target=("ميليشيات الحوثي وصالح", "ميليشيات الحوثي", "نقاط المراقبة"),
        place=("سور قاعدة العند", "قاعدة العند", "العند"),
        also=("بصواريخ الكاتيوشا",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات",
        actor=("طائرات التحالف العربي", "التحالف العربي"),
        target=("المتمردين", "المسلحين"),
        place=("صعدة", "مركز التيسير الحوثي"),
        also=("ضربة جوية",),
    ),
    E(
        "Strategic developments/Agreement",
        "هدنة إنسانية",
        actor=("التحالف العربي",),
        date="unknown",
        status="historical",
        also=("بوقف إطلاق النار",),
    ),
]

if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
