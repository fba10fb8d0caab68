"""Source of tests/data/events_r53a.jsonl: the fifty-third blind event round, part r53a.

8 real articles (SaudiNewsNet politics, 4,192–5,767 characters): the lines of /work/brief/DRAW_r53.tsv
(the saved output of `python tests/data/events_round53_select.py`) whose first column is `r53a`
(selection = events_round53_select.py, seed 5353, part r53a). All 8 kept, none dropped; 50 events, no
negative (12 Armed clash, 8 Government regains territory, 3 Non-state actor overtakes territory, 4
Air/drone strike, 3 Shelling, 2 Suicide bomb, 1 Remote explosive/landmine, 4 Attack, 3 Abduction, 2
Arrests, 1 Looting/property destruction, 1 Agreement, 2 Peaceful protest, 1 Protest with intervention, 1
Meeting, 2 Aid). Annotated by reading only (2026-11-29): the event coder was never run on these articles
and no coder output was read.
Same format and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set);
`build()` comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three or more
12-word runs with an article of another tests/data/events_*.jsonl set (checked 2026-11-29 17:55 UTC,
and again after this set's first commit).

Choices (the last rounds' calls followed; columns: only dated or clearly reported happenings):
- Gulf Research Center interview (00667): the last ISIS attack on the security institution in Asir →
  *Suicide bomb*, publication date, no number (ambiguous: the text says only «الهجوم»; it is the Abha
  mosque bombing). Not coded: ISIS attacks since late 2014 in the Eastern Province (aggregate), the
  dismantling of al-Qaeda, countries banning social media (generic);
- ISIS and Saudi Arabia (00104, analysis): al-Qaeda's attack on the Special Emergency Forces HQ in Riyadh
  late 2004 → *Armed clash*, historical, 2004; the security forces' response on seven al-Qaeda members
  hours later → a second *Armed clash*, historical, 2004; al-Muqrin killed 2004 → *Armed clash*,
  historical, 1; al-Aoufi killed in Medina 2005 → *Armed clash*, historical, 1; the al-Qudaih mosque
  bombing → *Suicide bomb*, historical, 2015-05 (the month of the press conference); the arrest of 431
  ISIS members announced 18 July → *Arrests* 2015-07-18. Not coded: the foiled plot on the emergency
  forces HQ and its mosque, the Kuwait/Tunisia/France bombings (named only as a date reference;
  ambiguous), the 26-member cell (identified, arrest not said);
- Zinjibar (00068): the army and Resistance taking Zinjibar «أمس» → *Government regains territory*
  2015-08-07 (the Houthi flight from Brigade 15 part of it); the landmines laid by the popular
  committees killing dozens of pro-Hadi fighters in 48 hours → *Remote explosive/landmine/IED*, no
  number; Jaar held by al-Subaihi's forces → *Government regains territory*; the liberation of Aden →
  *Government regains territory*, "unknown" (as r51c); the coalition bombing in Taiz → *Air/drone
  strike*. Not coded: orders to move on Taiz, captives taken in battle, minors forced to bear arms;
- Jerusalem (01227): the 1967 demolition of al-Sharaf → *Looting/property destruction*, historical,
  1967; the settlers raising Israeli flags «صباح أمس الأحد» → *Peaceful protest* 2015-08-09; the
  Jerusalemites' and worshippers' takbir against them → *Peaceful protest* 2015-08-09. Not coded: the
  Judaisation plan, legal notices and eviction orders, the settlers' storming of al-Aqsa (as
  r13a/r18a: ambiguous);
- Rutba (00086): the air strike on Rutba «اليوم (أمس)» → *Air/drone strike* 2015-07-31, 46 dead, no
  actor (unidentified aircraft); the recapture of the 60 ring road in Ramadi → *Government regains
  territory*; the battles in eastern Ramadi (dozens of ISIS dead, no number) → *Armed clash*; ISIS
  executing two Fallujah residents → *Violence against civilians/Attack*, 2; the Fallujah
  demonstrations fired on → *Protest with intervention*; the protesters detained → *Abduction/forced
  disappearance* (as r51c). Not coded: the siege of Fallujah, ISIS executing its own fighters
  (ambiguous: not civilians);
- Abyan/Taiz (00367): the decision to start the Abyan phase → *Government regains territory*, planned;
  the liberation of Aden (unknown) and of Lahij/al-Anad → *Government regains territory*; the sweeps of
  Lahij (al-Houta, al-Anad triangle) → *Government regains territory* (ambiguous); the Sanah clashes in
  al-Dhale → *Armed clash*; al-Dhale freed since late May → *Non-state actor overtakes territory*,
  2015-05 (the Southern Resistance); the Abyan clashes → *Armed clash*; coalition raids around Zinjibar
  → *Air/drone strike*; the Taiz fighting «أمس» → *Armed clash* 2015-08-05; the Houthi shelling of Taiz
  neighbourhoods → *Shelling*; the Haradh raids «أمس» → *Air/drone strike* 2015-08-05. Not coded: the
  Chinooks, reinforcements, the flight from Karsh, weapons sent to Taiz, the leaflets, the release of
  70 child prisoners;
- Houthi arrests (00135): the coalition's truce → *Strategic developments/Agreement*, planned; the
  Resistance taking positions in Jabal Sabr → *Non-state actor overtakes territory*; al-Mandaee and
  Nabil Suleiman abducted «مساء أمس» → *Abduction/forced disappearance* 2015-07-26; the street vendors
  → *Arrests*; the checkpoint attack near Dir Hajari (2 dead) → *Armed clash*; al-Zubaidi abducted
  «مساء أول من أمس» → *Abduction* 2015-07-25; the Nisf al-Qamar checkpoint attack → *Armed clash*
  2015-07-25; the Katyusha/artillery on Mashra'a and Hadnan and the shelling of al-Rawda → two
  *Shelling*; the Taiz city clashes → *Armed clash*, 26 (20 + 6); the Mashra'a/Hadnan clashes → *Armed
  clash*; the clearing of al-Arbaeen street → *Non-state actor overtakes territory*;
- Tunisia column (00096): Bardo (2015-03) and Sousse (2015-06) → *Violence against civilians/Attack*,
  historical; the 21 Copts beheaded in Libya → *Attack*, historical, 2015-02, 21; Obama's meeting with
  Essebsi in Washington → *Diplomacy/Meeting*, "unknown"; US military supplies → *Diplomacy/Aid*;
  Cameron's pledge → *Diplomacy/Aid*, planned. Not coded: the 2011 revolution (ambiguous), Gaddafi's
  fall, the state of emergency, the anti-terror law, the proposed joint visit.

Run: python tests/data/events_r53a_source.py            (writes events_r53a.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r53a.jsonl")

F: dict[str, list[dict]] = {}

F["snn-20150809-00667"] = [  # interview: ISIS targets Saudi society
    E(
        "Explosions/Remote violence/Suicide bomb",
        "فالاعتداء الإرهابي الأخير",
        actor=("داعش", 'تنظيم "داعش" الإرهابي'),
        target=("المؤسسة الأمنية للدولة",),
        place=("منطقة عسير", "عسير"),
        also=("فالهجوم استهدف",),
    ),
]

F["snn-20150808-00104"] = [  # analysis: ISIS and Saudi Arabia
    E(
        "Battles/Armed clash",
        "استهدفت عناصر من «القاعدة»",
        actor=("القاعدة",),
        target=("قوات الطوارئ الخاصة", "مقر قيادة قوات الطوارئ الخاصة"),
        place=("الرياض", "العاصمة الرياض"),
        date="2004",
        status="historical",
        also=("ذلك الهجوم",),
    ),
    E(
        "Battles/Armed clash",
        "ردا قويا",
        actor=("الأمن", "قوات الأمن"),
        target=("القاعدة", "سلطان العتيبي", "بندر الدخيل"),
        place=("الرياض",),
        date="2004",
        status="historical",
    ),
    E(
        "Battles/Armed clash",
        "وقتل زعمائها",
        actor=("اليد الأمنية",),
        target=("عبد العزيز المقرن",),
        date="2004",
        status="historical",
        fatalities=1,
    ),
    E(
        "Battles/Armed clash",
        "مواجهة أمنية شرسة",
        target=("صالح العوفي",),
        place=("المدينة المنورة",),
        date="2005",
        status="historical",
        fatalities=1,
        also=("قُتل منتحرا",),
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "مفجر مسجد القديح",
        actor=("داعش",),
        target=("مسجد القديح",),
        place=("القديح", "محافظة القطيف", "القطيف"),
        date="2015-05",
        status="historical",
    ),
    E(
        "Strategic developments/Arrests",
        "بالقبض على 431 داعشيا",
        actor=("الداخلية السعودية",),
        target=("431 داعشيا",),
        place=("المملكة",),
        date="2015-07-18",
        also=("الكشف عن الخلية الداعشية الأكبر",),
    ),
]

F["snn-20150808-00068"] = [  # Zinjibar retaken, Taiz next
    E(
        "Battles/Government regains territory",
        "بسط سيطرتها",
        actor=("قوات الجيش الوطني", "المقاومة الشعبية"),
        target=("الميليشيات الحوثية",),
        place=("مدينة زنجبار", "زنجبار", "محافظة أبين", "أبين"),
        date="2015-08-07",
        also=("دخلت مدينة زنجبار",),
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "زرعوا الألغام الأرضية",
        actor=("اللجان الشعبية", "مسلحيها", "الحوثي"),
        target=("المقاتلين الموالين للرئيس هادي",),
        place=("لحج", "أبين", "عدن"),
        also=("بفعل الألغام الأرضية",),
    ),
    E(
        "Battles/Government regains territory",
        "عملية تحرير عدن",
        place=("عدن",),
        date="unknown",
        also=("لتحرير عدن",),
    ),
    E(
        "Battles/Government regains territory",
        "تسيطر الآن على جعار",
        actor=("قواته", "عبد الله الصبيحي"),
        place=("جعار",),
        also=("وسقوطها",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصفت قوات التحالف العربي",
        actor=("قوات التحالف العربي", "التحالف العربي"),
        target=("الحوثيين", "القوات الموالية للرئيس اليمني السابق علي صالح"),
        place=("تعز",),
    ),
]

F["snn-20150810-01227"] = [  # Jerusalem: al-Sharaf quarter, Silwan, al-Aqsa flags
    E(
        "Strategic developments/Looting/property destruction",
        "وهدم أجزاء كبيرة",
        actor=("الاحتلال الإسرائيلي",),
        target=("حي الشرف",),
        place=("حي الشرف", "القدس القديمة"),
        date="1967",
        status="historical",
    ),
    E(
        "Protests/Peaceful protest",
        "رفع مستوطنون متطرفون",
        actor=("مستوطنون متطرفون", "مستوطنون"),
        place=("باب السلسلة", "المسجد الأقصى"),
        date="2015-08-09",
        also=("ورفعوا الأعلام الإسرائيلية",),
    ),
    E(
        "Protests/Peaceful protest",
        "تصدوا بهتافات التكبير",
        actor=("المقدسيين", "المصلين"),
        target=("المستوطنين",),
        place=("باب السلسلة", "سوق القطانين", "المسجد الأقصى"),
        date="2015-08-09",
        also=("فتصدى له العشرات من المصلين", "المصلين والمرابطين تصدوا لهم"),
    ),
]

F["snn-20150801-00086"] = [  # Rutba air strike, Ramadi, Fallujah
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصف جوي",
        target=("مدنيا", "أحياء سكنية"),
        place=("مدينة الرطبة", "الرطبة"),
        date="2015-07-31",
        fatalities=46,
        also=("قصفًا جويًا طال أحياء سكنية",),
    ),
    E(
        "Battles/Government regains territory",
        "استعادة السيطرة على شارع 60",
        actor=("القوات الأمنية العراقية المشتركة", "القوات العراقية"),
        target=("داعش", "تنظيم داعش"),
        place=("شارع 60", "الرمادي", "مدينة الرمادي"),
        also=("استعادة السيطرة على الشارع الحولي",),
    ),
    E(
        "Battles/Armed clash",
        "بمعارك تطهير القاطع الشرقي",
        actor=("القوات الأمنية",),
        target=("تنظيم داعش", "داعش"),
        place=("القاطع الشرقي للرمادي", "الرمادي"),
        also=("المواجهات العنيفة", "دمرت الخطوط الدفاعية"),
    ),
    E(
        "Violence against civilians/Attack",
        "بإعدام شخصين",
        actor=("التنظيم المجرم", "التنظيم", "داعش"),
        target=("شخصين من سكان مدينة الفلوجة",),
        place=("مدينة الفلوجة", "الفلوجة"),
        fatalities=2,
    ),
    E(
        "Protests/Protest with intervention",
        "بالتظاهر",
        actor=("السكان المحاصرون",),
        place=("مدينة الفلوجة", "الفلوجة"),
        also=("بإطلاق النار",),
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "احتجاز المتظاهرين",
        actor=("التنظيم الإرهابي", "داعش"),
        target=("المتظاهرين",),
        place=("الفلوجة",),
    ),
]

F["snn-20150806-00367"] = [  # Abyan operation, Taiz, Haradh
    E(
        "Battles/Government regains territory",
        "ببدء مرحلة جديدة",
        actor=("قيادة الجيش الوطني اليمني", "المقاومة الشعبية"),
        target=("الميليشيات الحوثية", "قوات الرئيس المخلوع علي صالح"),
        place=("محافظة أبين", "أبين"),
        status="planned",
    ),
    E(
        "Battles/Government regains territory",
        "تحرير عدن",
        place=("عدن",),
        date="unknown",
    ),
    E(
        "Battles/Government regains territory",
        "ولحج بالكامل",
        place=("لحج", "قاعدة العند", "العند"),
        also=("السيطرة على «قاعدة العند»", "بعد هزيمتها في العند ولحج"),
    ),
    E(
        "Battles/Government regains territory",
        "تطهير بقية مدن",
        actor=("قوات الجيش الوطني", "المقاومة"),
        target=("الميليشيات الحوثية",),
        place=("محافظة لحج", "لحج", "مدينة الحوطة", "الحوطة"),
        also=("تم تمشيط مدينة الحوطة",),
    ),
    E(
        "Battles/Armed clash",
        "تشهد مواجهات",
        place=("سناح", "الضالع"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "أصبحت محررة",
        place=("الضالع",),
        date="2015-05",
    ),
    E(
        "Battles/Armed clash",
        "المواجهات ما زالت مستمرة",
        actor=("قوات الجيش الوطني", "المقاومة"),
        target=("الميليشيات الحوثية", "قوات صالح"),
        place=("محافظة أبين", "أبين"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "نفذت طائرات التحالف غارات مكثفة",
        actor=("طائرات التحالف", "التحالف"),
        target=("الحوثيين",),
        place=("مدينة زنجبار", "زنجبار", "أبين"),
        also=("القصف تركز",),
    ),
    E(
        "Battles/Armed clash",
        "اعنف المواجهات",
        actor=("قوات الجيش الوطني", "المقاومة الشعبية"),
        target=("الميليشيات الحوثية", "القوات الموالية للمخلوع علي صالح"),
        place=("محافظة تعز", "تعز"),
        date="2015-08-05",
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصفها للأحياء السكنية",
        actor=("ميليشيات الحوثيين", "قوات صالح"),
        target=("المدنيين",),
        place=("تعز", "بالمدينة"),
        also=("جراء القصف",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "أعنف قصف لقوات التحالف",
        actor=("قوات التحالف", "التحالف"),
        place=("مدينة حرض", "حرض"),
        date="2015-08-05",
        also=("سلسلة غارات جوية",),
    ),
]

F["snn-20150727-00135"] = [  # Houthi arrests in Hodeidah, Taiz fighting
    E(
        "Strategic developments/Agreement",
        "الهدنة المقررة",
        actor=("قيادة التحالف",),
        place=("اليمن",),
        status="planned",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "استيلاء المقاومة الشعبية",
        actor=("المقاومة الشعبية", "المقاومة"),
        place=("جبل صبر",),
        also=("سقطت بأيدي المقاومة",),
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "باختطاف الإعلامي",
        actor=("جامعة الحوثي المسلحة", "الحوثي", "المسلحون الحوثيون"),
        target=("سمير المندعي", "نبيل سليمان"),
        place=("كورنيش الحديدة", "الحديدة"),
        date="2015-07-26",
        also=("اختطاف المندعي", "باختطاف الناشط الإعلامي"),
    ),
    E(
        "Strategic developments/Arrests",
        "باعتقال البائعين المتجولين",
        actor=("الميلشيا",),
        target=("البائعين المتجولين",),
        place=("سوق حي باب مشرف", "باب مشرف", "الحديدة"),
    ),
    E(
        "Battles/Armed clash",
        "استهدفوا نقطة",
        actor=("مسلحي المقاومة", "المقاومة الشعبية التهامية"),
        target=("المسلحين الحوثيين", "جماعة الحوثي"),
        place=("دير هجاري", "باجل", "الحديدة"),
        fatalities=2,
        also=("الهجوم أسفر",),
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "باختطاف الدكتور",
        actor=("المسلحين الحوثيين",),
        target=("فيصل الزبيدي",),
        place=("الحديدة",),
        date="2015-07-25",
        also=("تم اعتقال",),
    ),
    E(
        "Battles/Armed clash",
        "بمهاجمة نقطة",
        actor=("مسلحون",),
        target=("جماعة الحوثي المسلحة", "جماعة الحوثي"),
        place=("قاعة نصف القمر", "الحديدة"),
        date="2015-07-25",
        also=("اشتباكات عنيفة وتمكن",),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "بقصف صواريخ الكاتيوشا",
        actor=("جماعة الحوثي المسلحة", "أنصار صالح"),
        place=("مشرعة", "حدنان", "جبل صبر", "تعز"),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "بالقصف بشكل عشوائي",
        actor=("جماعة الحوثي المسلحة", "أنصار صالح"),
        target=("مدنيين",),
        place=("حي الروضة", "تعز"),
    ),
    E(
        "Battles/Armed clash",
        "اندلعت اشتباكات عنيفة بين المسلحين",
        actor=("المسلحين الحوثيين",),
        target=("المقاومة الشعبية", "المقاومة"),
        place=("مدينة تعز", "تعز"),
        fatalities=26,
        also=("الاشتباكات في مدينة تعز",),
    ),
    E(
        "Battles/Armed clash",
        "اشتباكات عنيفة اندلعت",
        actor=("مسلحي المقاومة", "المقاومة"),
        target=("مسلحي الحوثي",),
        place=("مشرعة", "حدنان", "جبل صبر"),
        also=("ومعارك عنيفة",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "بتطهير شارع الأربعين",
        actor=("المقاومة",),
        place=("شارع الأربعين", "تعز"),
    ),
]

F["snn-20150811-00096"] = [  # column: how Tunisia can save itself from ISIS
    E(
        "Violence against civilians/Attack",
        "مذبحة متحف باردو",
        place=("متحف باردو الوطني", "تونس"),
        date="2015-03",
        status="historical",
        also=("حادثة متحف باردو",),
    ),
    E(
        "Violence against civilians/Attack",
        "ضربت يد التطرف",
        target=("السياح الأوروبيين",),
        place=("مدينة سوسة", "سوسة"),
        date="2015-06",
        status="historical",
        also=("مذبحة سوسة", "مجزرة سوسة"),
    ),
    E(
        "Violence against civilians/Attack",
        "لذبح 21 مواطنا",
        actor=("التنظيم الإرهابي", "داعش"),
        target=("21 مواطنا قبطيا مصريا",),
        place=("الليبية",),
        date="2015-02",
        status="historical",
        fatalities=21,
    ),
    E(
        "Diplomacy/Meeting",
        "لقائه الأخير",
        actor=("باراك أوباما",),
        target=("القائد السبسي", "الرئيس التونسي"),
        place=("واشنطن",),
        date="unknown",
    ),
    E(
        "Diplomacy/Aid",
        "الإمدادات العسكرية الأميركية",
        actor=("الأميركية",),
        target=("تونس",),
        place=("تونس",),
    ),
    E(
        "Diplomacy/Aid",
        "وتعهد ديفيد كاميرون",
        actor=("ديفيد كاميرون",),
        target=("تونس",),
        status="planned",
    ),
]


if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
