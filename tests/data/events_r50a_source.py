"""Source of tests/data/events_r50a.jsonl: the fiftieth blind event round, part r50a.

8 real articles (SaudiNewsNet politics, 4,036–5,053 characters): the lines of /work/brief/DRAW_r50.tsv
(the saved output of `python tests/data/events_round50_select.py`) whose first column is `r50a`
(selection = events_round50_select.py, seed 5050, part r50a). All 8 kept, none dropped. Annotated by
reading only (2026-11-29): the event coder was never run on these articles and no coder output was read.
Same format and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set);
`build()` comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three or more
12-word runs with an article of another tests/data/events_*.jsonl set (checked 2026-11-29, before the
other parts of rounds 50-51 were committed). Same happenings in other words: the Bahrain explosives
seizure and the ambassador's recall (r18b, r36a, r39c), the Kuwait, Qadeeh and Dammam mosque bombings and
the Sousse attack (r10b, r16b, r23c, r35a, r49b), the Iranian nuclear deal (many rounds).

Choices (the last rounds' calls followed):
- Ramadi/Fallujah (00038): the joint forces taking al-Hamidiya and al-Bu'aitha «أمس» → *Government
  regains territory* 2015-07-21 (the battles, the entry and «حررت المنطقتين» mentions), 1 dead (the lead's
  «أحد قادة»; the later sentence may name two leaders — ambiguous); the arrest of Wa'd Hikmat Talal
  while fleeing → *Arrests* 2015-07-21 (part of the same day's operation); the advance towards
  al-Bufarraj that «أجبر» ISIS to withdraw → *Government regains territory*, publication date
  (ambiguous: an advance); the rocket and artillery strike on the ISIS HQ in Hay Nazzal, 7 dead →
  *Shelling*; the army's bombardment of Fallujah whose toll the sources dispute (hospital: 9 civilians
  dead by mortar shells «صباح أمس»; security sources: the dead of «الغارة الجوية» were ISIS) → one
  *Air/drone strike* 2015-07-21, 9 dead, the hospital's «قصف بقذائف الهاون» a mention (ambiguous: the
  type is disputed in the text). Not coded: the encirclement of Ramadi and the siege of Fallujah (the
  «المعارك التي خاضتها» of its completed first phase are background; ambiguous), the
  safe corridors, the halt of the shelling, human shields and civilians' attacks on checkpoints
  (habits), the 500 volunteers approved and the planned training;
- terrorism column (01451, opinion): «في هذا الأسبوع» dates the ISIS massacre in Kobani / Barkh Butan
  (146 civilians) → *Violence against civilians/Attack* 2015-07, and the separate ISIS attack on the
  government-held areas of Hasakah → *Armed clash* 2015-07; the Sousse attack (39 dead) → *Attack* and
  the Kuwait mosque → *Suicide bomb* (as earlier rounds coded the same happenings; the text names no
  weapon), both reported, "unknown" (the column seems written in late June: ambiguous); the Qadeeh and
  Dammam mosques, named as earlier attacks of the same kind → two *Suicide bomb*, historical, "unknown";
  the Madrid conference «عام 1990» → *Diplomacy/Meeting*, historical, 1990 (summits as r46c/r48b). Not
  coded: Bouazizi's self-immolation and the revolutions, the Yemen war (generic), «تجاوز عدد الضحايا
  الـ30» (victims, not deaths);
- Lebanese festivals column (00089): the residents' protest over the rubbish closing Beirut's roads and
  burning it there «منذ أيام» → *Peaceful protest*, "unknown" (ACLED codes road blocking with burning
  rubbish as a protest, not a riot). Not coded: «المعارك المستمرة في جرود عرسال» (ongoing background),
  the suicide bombings of the last three years (generic), the army checkpoints;
- al-Shehri interview (00671): «هذه العمليات الانتحارية» / «هذه العملية الإرهابية البشعة» that struck
  Saudi Arabia and its security men → one *Suicide bomb*, publication date, no place but «بلادنا»
  (ambiguous: unnamed); the Bahraini security's seizure of C4 «قبل أسبوع» → *Disrupted weapons use*
  2015-08 (month, as r17a's «قبل أسبوع»). Not coded: Iran's policy in Iraq and Syria, the Syrian dead
  (aggregate), Riyadh's offered solutions, the proposed remedies;
- Suez Canal opening (01361): the opening itself is not an event (r16b, r33a, r49b); the foreign
  delegations arriving for it («مشاركة إقليمية ودولية», «تستقبل مصر» mentions) → one aggregate
  *Diplomacy/Visit*, publication date (ambiguous: some 40 leaders and
  ministers are named as attending; they are not split into one planned visit each); Hadi's arrival in
  Cairo «امس» → *Visit* 2015-08-05 and his talks «سيبحث مع القيادة المصرية» → *Meeting*, planned; the
  tripartite aggression → *Armed clash*, historical, "unknown" (as the columns' historical wars). Not
  coded: the nationalisation (a policy, as r16b), the forced-labour deaths of the first digging, the
  security deployment;
- Bahrain (00242, editorial): the interior ministry's foiling of the explosives and arms smuggling from
  Iran announced «اليوم» → *Disrupted weapons use* 2015-07-26 (the announcement dates it); the recall of
  the ambassador from Iran → *Diplomacy/Sanction*, publication date (as r18b); the four plots foiled in
  late 2013 → *Disrupted weapons use*, historical, 2013; the explosives seized in early Ramadan →
  *Disrupted weapons use*, historical, 2015-06; the terrorist group uncovered in June («المقبوض عليهم»)
  → *Arrests*, historical, 2015-06; the nuclear deal → *Diplomacy/Agreement*, "unknown". Not coded: the
  group's own smuggling trips (2013–2014) and training in Iraq, Iran's sheltering and training (habits),
  Khamenei's statements, the «اصطفاف شعبي»;
- Daraya and Hama/Idlib (00154): the «لهيب داريا» battle announced «أمس» → one *Armed clash* 2015-08-07,
  23 dead (17 fighters + 6 civilians «أسفرت المعارك»; the buildings taken part of it); the earlier
  liberation of al-Jam'iyat → *Non-state actor overtakes territory*, "unknown"; the SOHR helicopter
  barrels on Daraya (12) and Zabadani (22), the helicopter raids on al-Lataminah, the air raids on
  Qastoun/al-Huwaija, around Abu al-Duhur airport, on al-Kreiz and on Ain Laroz → one *Air/drone strike*
  per place; the Zabadani clashes → *Armed clash*; the factions' strike on a regime vehicle at al-Ziyara
  and the clashes round al-Mushayk, al-Ziyara, Tal Wasit … → one *Armed clash* (same place and day;
  ambiguous: could be two); al-Qarqour and its hill → *Non-state actor overtakes territory*, 1 dead
  (Ali Kanaan). Not coded: the sieges of Daraya and Abu al-Duhur, Assad's visit to al-Jam'iyat
  (domestic), the habitual helicopter raids «التي تقصف»;
- «the Americans made ISIS» column (00371, opinion): ISIS taking Mosul → *Non-state actor overtakes
  territory*, historical, "unknown"; the US occupation of Iraq in 2003 → *Armed clash*, historical, 2003
  (as r43a/r47a); the Iraqi army storming the Baiji refinery held by ISIS → *Government regains
  territory*, "unknown". Not coded: the alleged US airdrops and daytime strikes (habits, a claim).

Negatives: none.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r50a.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150722-00038"] = [  # Ramadi, Fallujah
    E(
        "Battles/Government regains territory",
        "سيطرت",
        actor=("القوات الأمنية المشتركة العراقية", "القطعات العسكرية", "القوات الأمنية"),
        target=("تنظيم داعش", "داعش"),
        place=("الرمادي", "الحامضية", "البوعيثة", "منطقتي الحامضية والبوعيثة"),
        date="2015-07-21",
        fatalities=1,
        also=("معارك ضارية", "دخلت إلى منطقتي الحامضية والبوعيثة", "حررت المنطقتين"),
    ),
    E(
        "Strategic developments/Arrests",
        "اعتقلت",
        actor=("القوات الأمنية",),
        target=("وعد حكمت طلال", "أحد المنتمين للتنظيم"),
        place=("الحامضية", "الرمادي"),
        date="2015-07-21",
    ),
    E(
        "Battles/Government regains territory",
        "أحرزت تقدما",
        actor=("القوات الأمنية",),
        target=("عناصر تنظيم داعش", "داعش"),
        place=("منطقة البوفرّاج", "البوفرّاج"),
        also=("أجبر هذا التقدم",),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "بقصف مدفعي",
        actor=("وحدة الصواريخ والميدان التابعة للجيش العراقي", "الجيش العراقي"),
        target=("مقر لتنظيم داعش", "قادة تنظيم داعش", "تنظيم داعش"),
        place=("حي نزال", "الفلوجة", "مدينة الفلوجة"),
        fatalities=7,
        also=("تم قصفه بالصواريخ والمدفعية",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "القصف الجوي",
        actor=("الجيش العراقي", "القوات الحكومية العراقية", "الطيران العراقي"),
        target=("مواقع تنظيم داعش", "تنظيم داعش", "مواطنين"),
        place=("الفلوجة",),
        date="2015-07-21",
        fatalities=9,
        also=(
            "قصف القوات الحكومية العراقية",
            "قصف بقذائف الهاون",
            "الطيران العراقي استهدف",
            "الغارة الجوية",
        ),
    ),
]

F["snn-20150722-01451"] = [  # opinion: confronting terrorism
    E(
        "Violence against civilians/Attack",
        "مذبحة",
        actor=("تنظيم الدولة الإسلامية", "داعش"),
        target=("146 مدنيا", "للمدنيين"),
        place=("مدينة كوباني", "كوباني", "قرية برخ بوطان", "برخ بوطان"),
        date="2015-07",
        fatalities=146,
        also=("هجوم شنه على مدينة كوباني",),
    ),
    E(
        "Battles/Armed clash",
        "هجوما منفصلا",
        actor=("للدولة الإسلامية", "الدولة الإسلامية"),
        target=("الحكومة",),
        place=("مدينة الحسكة", "الحسكة"),
        date="2015-07",
    ),
    E(
        "Violence against civilians/Attack",
        "الهجوم",
        at="في تونس، حيث جرى",
        actor=("إرهابي",),
        target=("39 شخصا", "سياح أجانب"),
        place=("محافظة سوسة", "سوسة"),
        date="unknown",
        fatalities=39,
        also=("أودى الهجوم",),
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "جريمة إرهابية",
        target=("مسجد الإمام الصادق",),
        place=("الكويت",),
        date="unknown",
        also=("استهدف مسجد الإمام الصادق",),
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "استهدف بها مسجد الإمام علي",
        target=("مسجد الإمام علي",),
        place=("بلدة القديح", "القديح", "القطيف"),
        date="unknown",
        status="historical",
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "مسجد الإمام الحسين",
        target=("مسجد الإمام الحسين",),
        place=("حي العنود", "الدمام"),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Meeting",
        "مؤتمر مدريد للسلام",
        place=("مدريد",),
        date="1990",
        status="historical",
    ),
]

F["snn-20150803-00089"] = [  # column: the festival women of Lebanon
    E(
        "Protests/Peaceful protest",
        "احتجاج الأهالي",
        actor=("الأهالي",),
        place=("بيروت",),
        date="unknown",
        also=("وحرقهم لبعضها وسط الطرقات",),
    ),
]

F["snn-20150809-00671"] = [  # interview: suicide bombers are tools
    E(
        "Explosions/Remote violence/Suicide bomb",
        "العمليات الانتحارية",
        target=("رجال امننا", "أبناءنا"),
        place=("بلادنا", "المملكة العربية السعودية"),
        also=("هذه العملية الإرهابية البشعة",),
    ),
    E(
        "Strategic developments/Disrupted weapons use",
        "ضبط منها الأمن البحريني",
        actor=("الأمن البحريني",),
        target=("اذناب ايران",),
        date="2015-08",
    ),
]

F["snn-20150806-01361"] = [  # Suez Canal opening
    E(
        "Diplomacy/Visit",
        "التوافد على مصر",
        actor=("الوفود الدولية والإقليمية", "طلائع الوفود الدولية والإقليمية"),
        place=("مصر",),
        also=("مشاركة إقليمية ودولية واسعة", "تستقبل مصر"),
    ),
    E(
        "Diplomacy/Meeting",
        "سيبحث مع القيادة المصرية",
        actor=("عبدربه منصور هادي", "هادي"),
        target=("القيادة المصرية",),
        place=("القاهرة",),
        status="planned",
    ),
    E(
        "Diplomacy/Visit",
        "وصوله القاهرة",
        actor=("عبدربه منصور هادي", "الرئيس اليمنى عبدربه منصور هادي", "هادي"),
        place=("القاهرة",),
        date="2015-08-05",
    ),
    E(
        "Battles/Armed clash",
        "العدوان الثلاثي",
        place=("مصر",),
        date="unknown",
        status="historical",
    ),
]

F["snn-20150726-00242"] = [  # editorial: Bahrain seizes arms from Iran
    E(
        "Strategic developments/Disrupted weapons use",
        "إحباط",
        actor=("وزارة الداخلية البحرينية", "الأجهزة الأمنية"),
        target=("الإرهابيون",),
        place=("المملكة", "مملكة البحرين"),
        date="2015-07-26",
        also=("إحباط هذا المخطط الإرهابي",),
    ),
    E(
        "Diplomacy/Agreement",
        "الاتفاق النووي",
        actor=("الدول الكبرى",),
        target=("طهران", "إيران"),
        date="unknown",
        also=("توقيع الاتفاق النووي", "توقيع الاتفاق النووي الأخير"),
    ),
    E(
        "Diplomacy/Sanction",
        "استدعاء السفير البحريني",
        actor=("المملكة",),
        target=("إيران", "طهران"),
    ),
    E(
        "Strategic developments/Disrupted weapons use",
        "إحباط أربعة مخطّطات إرهابية",
        date="2013",
        status="historical",
        also=("محاولة إدخال متفجرات وأسلحة إيرانية",),
    ),
    E(
        "Strategic developments/Disrupted weapons use",
        "ضبط متفجرات",
        actor=("وزارة الداخلية",),
        date="2015-06",
        status="historical",
    ),
    E(
        "Strategic developments/Arrests",
        "الكشف عن مجموعة إرهابية",
        actor=("وزارة الداخلية",),
        target=("مجموعة إرهابية", "المقبوضُ عليهم"),
        date="2015-06",
        status="historical",
        also=("المقبوضُ عليهم",),
    ),
]

F["snn-20150808-00154"] = [  # Daraya, Zabadani, Sahl al-Ghab, Idlib
    E(
        "Battles/Armed clash",
        "معركة",
        actor=(
            "فصائل المعارضة السورية",
            "الاتحاد الإسلامي لأجناد الشام",
            "لواء شهداء الإسلام",
            "الفصائل الإسلامية المقاتلة",
            "الثوار",
        ),
        target=("قوات النظام",),
        place=("مدينة داريا", "داريا", "مطار المزّة العسكري", "مطار المزة العسكري"),
        date="2015-08-07",
        fatalities=23,
        also=("معركة لهيب داريا", "والسيطرة على عدة مباني", "أسفرت المعارك"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "تحرير منطقة الجمعيات",
        actor=("الجيش الحر", "شهداء الإسلام", "أجناد الشام"),
        place=("منطقة الجمعيات",),
        date="unknown",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصفه بالبراميل المتفجرة",
        actor=("الطيران المروحي التابع للنظام", "النظام"),
        place=("مدينة داريا", "داريا"),
        also=("ألقى 12 برميلاً متفجرًا",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصف مروحيات النظام",
        actor=("مروحيات النظام", "النظام"),
        place=("مدينة الزبداني", "الزبداني"),
    ),
    E(
        "Battles/Armed clash",
        "تواصل الاشتباكات",
        actor=("قوات النظام", "حزب الله", "جيش التحرير الفلسطيني", "قوات الدفاع الوطني"),
        target=("الفصائل الإسلامية", "مسلحين محليين"),
        place=("الزبداني", "المدينة"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصف الطيران المروحي",
        actor=("الطيران المروحي",),
        place=("بلدة اللطامنة", "اللطامنة", "ريف حماة"),
    ),
    E(
        "Battles/Armed clash",
        "استهدفت",
        at="وبالتزامن مع تجدد",
        actor=("الفصائل المقاتلة", "الفصائل الإسلامية"),
        target=("آلية لقوات النظام", "قوات النظام", "حزب الله"),
        place=(
            "منطقة الزيارة",
            "الزيارة",
            "سهل الغاب",
            "المشيك",
            "تل واسط",
            "المنصورة",
            "البحصة",
        ),
        also=("اشتباكات عنيفة",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصف جوي مكثف",
        place=("قسطون", "الحويجة", "سهل الغاب"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "السيطرة على بلدة القرقور",
        actor=("الفصائل الإسلامية",),
        target=("قوات النظام",),
        place=("بلدة القرقور", "القرقور", "محافظة إدلب", "إدلب"),
        fatalities=1,
        also=("هجوم عنيف", "الهجوم أسفر عن مقتل"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "طيران النظام قصف",
        actor=("طيران النظام",),
        place=("مطار أبو الضهور العسكري", "أبو الضهور"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصف من الطيران المروحي",
        actor=("الطيران المروحي",),
        place=("قرية الكريز", "الكريز", "سهل الروج"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "امتد القصف الجوي",
        place=("عين لاروز", "جبل الزاوية"),
    ),
]

F["snn-20150802-00371"] = [  # opinion: the Americans made ISIS
    E(
        "Battles/Non-state actor overtakes territory",
        "الاستيلاء",
        actor=("داعش",),
        place=("الموصل",),
        date="unknown",
        status="historical",
        also=("الاستيلاء على أكبر ثاني مدينة",),
    ),
    E(
        "Battles/Armed clash",
        "احتلوا العراق",
        actor=("الأمريكيون",),
        place=("العراق",),
        date="2003",
        status="historical",
    ),
    E(
        "Battles/Government regains territory",
        "اقتحام",
        actor=("الجيش العراقي",),
        target=("الدواعش",),
        place=("مصفاة بيجي", "بيجي"),
        date="unknown",
    ),
]


if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
