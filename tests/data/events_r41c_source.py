"""Source of tests/data/events_r41c.jsonl: the forty-first blind event round, part r41c.

10 real articles (SaudiNewsNet politics, 2,617–3,861 characters): the lines of /work/brief/DRAW_r41.tsv
(the saved output of `python tests/data/events_round41_select.py`) whose first column is `r41c`
(selection = events_round41_select.py, seed 4141, part r41c). All 10 kept, none dropped. Annotated by
reading only (2026-11-29): the event coder was never run on these articles and no coder output was read.
Same format and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set);
`build()` comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or any 12-word run
(three or more) with an article of another tests/data/events_*.jsonl set (checked 2026-11-29 14:18 UTC).
Same happenings in other words: the nuclear deal and talks (many rounds), the fall of Mosul, the
liberation of Aden, the fall of al-Anad (r40 and earlier).

Choices (the last rounds' calls followed):
- Iran "soft war" column (01487, opinion): the 5+1 negotiations → *Diplomacy/Talks* (ongoing, no date);
  Hiroshima and Nagasaki → *Air/drone strike*, historical, "unknown"; the Gaza tunnels, the loss of Iraq
  «على يد الإرهاب» and Yemen's ruin (rhetorical aggregates) are not coded;
- Khorasan leader (01297): the US air strike announced to have killed al-Fadhli in Syria → *Air/drone
  strike*, 1 dead, "unknown" (only «ما يزيد على شهر» from the announcement; ambiguous: his death is
  unconfirmed, kept reported); Saudi Arabia listing him among the 36 wanted → *Diplomacy/Sanction*,
  historical, "unknown" (as «أدرج على قائمة»); his 2003 financing, Chechnya trip and plots are not coded;
- al-Maliki and reforms (00840): the large demonstrations in Baghdad and provinces «أول من أمس» → one
  *Peaceful protest* 2015-08-07 (the first-sentence «مطالب المتظاهرين» is a reference, not its trigger);
  Speicher and the ISIS takeover inside a quote (rhetorical) are not coded;
- love and terror (01419, opinion): the bombing of the Iraqi embassy in Beirut on 15 Dec 1981 →
  *Remote explosive/landmine/IED* (the text does not say suicide), historical, 62 dead (Balqis «ومعها 61
  من الضحايا»; ambiguous: «الضحايا» may include wounded), actor the Dawa party; al-Maliki's visit to
  Beirut «هذا العام» → *Diplomacy/Visit* 2015; the lawyer's call for his arrest is not coded;
- Khomeini column (01205, opinion): the anti-Khomeini demonstration in Rome in the 1980s → *Peaceful
  protest*, historical, "unknown"; the nuclear deal → *Diplomacy/Agreement*, "unknown" (as r36c/r40c);
  Velayati's statement and Assad's defeats (aggregate) are not coded;
- Yemeni interior minister (00545): the hundreds of Houthis taken prisoner → *Arrests*, no date (as
  r12a/r13b «وقعوا أسرى»); the liberation of Aden → *Government regains territory*, no date (as r40c);
  the Houthi claim of a Scud on Aden airport, called fabricated → *Shelling/artillery/missile attack*,
  denied; the clashes in Abyan «امس» → one *Armed clash* 2015-07-25 («عكد» its second mention); the
  Houthi tank and mortar shelling of al-Khadira → *Shelling* 2015-07-25; coalition strikes on Aqabat
  Thira → *Air/drone strike* (no date); the battles at the al-Anad front → *Armed clash* (no date); the
  reinforcements, the displacement and the continuing air pursuit are not coded;
- Saudi demining force (00110): the planned force is not coded (no taxonomy event); the liberation of Aden
  → *Government regains territory*, no date; the Houthi mines in Aden → one *Remote explosive/landmine/
  IED*, more than 15 dead (15), no date («تفجير ألغام», «سلسلة انفجارات» its mentions; ambiguous: a
  series); the Katyusha and artillery fire that reached Aden → *Shelling*, historical, "unknown";
- Lahj (00192): the fall of al-Anad to Hadi's forces → *Government regains territory* 2015-08-03 («ليل
  الاثنين/ الثلاثاء»); the fighting in al-Hawta, 39 rebels and 17 loyalists dead in 24 hours → *Armed
  clash* 2015-08-05, 56 dead; al-Hawta «تحت السيطرة» after combing → *Government regains territory*
  2015-08-05 (the lead's pursuit is its mention); the blows to the rebels in Abyan → *Armed clash* (no
  date); the Houthi takeover of al-Hawta in March → *Non-state actor overtakes territory*, historical,
  2015-03; of Sanaa in September 2014 → historical, 2014-09; the Saudi military plane with 25 t of
  medical aid in Aden «الاربعاء» → *Diplomacy/Aid* 2015-08-05; sieges, the Houthi leader's statement and
  the coalition ground forces are not coded;
- Geagea (00559): ISIS taking Mosul → *Non-state actor overtakes territory*, historical, "unknown"; the
  British ambassador's meeting with the defence minister «أمس» → *Diplomacy/Meeting* 2015-07-22; the
  arrest of the al-Khalaf brothers in Akkar → *Arrests* (no date); the Maarab conference, the regime's
  fire on marches (aggregate over six months), the US invasion of Iraq are not coded;
- ISIS wheat (00873): the June 2014 ISIS offensive in northern Iraq → *Non-state actor overtakes
  territory*, historical, 2014-06 (the wheat seizure is part of it); coalition strikes (general) are not
  coded.

Run: python tests/data/events_r41c_source.py            (writes events_r41c.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r41c.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150721-01487"] = [  # opinion: Iran and the soft war
    E(
        "Diplomacy/Talks",
        "المفاوضات",
        actor=("دول 5+1",),
        target=("الوفد الإيراني", "إيران"),
        also=("الخروج من المفاوضات",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "إلقاء القنابل الذرية",
        place=("هيروشيما", "لهيروشيما", "ناجازاكي"),
        date="unknown",
        status="historical",
    ),
]

F["snn-20150731-01297"] = [  # the Khorasan leader al-Fadhli
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارة جوية استهدفته",
        actor=("واشنطن", "الولايات المتحدة الأميركية"),
        target=("محسن فاضل الفضلي", "الفضلي"),
        place=("سورية",),
        date="unknown",
        fatalities=1,
        also=("مقتله في غارة جوية استهدفته في سورية، إلا",),
    ),
    E(
        "Diplomacy/Sanction",
        "أدرجت السعودية الفضلي",
        actor=("السعودية",),
        target=("الفضلي",),
        date="unknown",
        status="historical",
    ),
]

F["snn-20150809-00840"] = [  # Iraq: protests and reforms
    E(
        "Protests/Peaceful protest",
        "تظاهرات كبيرة",
        place=("بغداد", "العاصمة بغداد"),
        date="2015-08-07",
    ),
]

F["snn-20150810-01419"] = [  # opinion: Nizar Qabbani, Balqis and the 1981 embassy bombing
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "انفجار",
        actor=("حزب الدعوة العراقي", "حزب الدعوة العراقي القسم العسكري", "جماعة إرهابية"),
        target=("السفارة العراقية",),
        place=("بيروت",),
        date="1981-12-15",
        status="historical",
        fatalities=62,
        also=("العملية الإرهابية", "فجرتها جماعة إرهابية"),
    ),
    E(
        "Diplomacy/Visit",
        "زار المالكي",
        actor=("المالكي",),
        place=("بيروت",),
        date="2015",
    ),
]

F["snn-20150803-01205"] = [  # opinion: Iran's supreme leaders
    E(
        "Protests/Peaceful protest",
        "مظاهرة ضخمة",
        place=("روما",),
        date="unknown",
        status="historical",
        also=("المظاهرة التي كان يقوم بتنسيقها",),
    ),
    E(
        "Diplomacy/Agreement",
        "الاتفاق النووي الإيراني",
        actor=("الدول الغربية", "الولايات المتحدة"),
        target=("إيران", "للنظام الإيراني"),
        date="unknown",
    ),
]

F["snn-20150726-00545"] = [  # Yemen: interior minister, Abyan, al-Anad
    E(
        "Strategic developments/Arrests",
        "وقوع المئات من مليشيا الحوثي أسرى",
        actor=("المقاومة الشعبية", "الجيش الموالي للشرعية"),
        target=("مليشيا الحوثي",),
        place=("عدن", "مدينة عدن"),
        also=("الأسرى من الأطفال",),
    ),
    E(
        "Battles/Government regains territory",
        "تحرير مدينة عدن",
        actor=("المقاومة الشعبية", "الجيش الموالي للشرعية"),
        target=("المليشيا المسلحة", "مليشيا الحوثي"),
        place=("عدن", "مدينة عدن"),
        also=("دحر المليشيا",),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "باستهداف مطار عدن الدولي",
        actor=("الحوثي",),
        place=("مطار عدن الدولي", "عدن"),
        status="denied",
    ),
    E(
        "Battles/Armed clash",
        "اندلعت اشتباكات",
        actor=("الحوثيين",),
        target=("المقاومة الشعبية", "المقاومة"),
        place=("أبين", "محافظة أبين", "عكد"),
        date="2015-07-25",
        also=("اشتباكات بالأسلحة الثقيلة",),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصف مكثف",
        actor=("الحوثيون", "المليشيا"),
        target=("المدنيين",),
        place=("الخديرة", "قرية الخديرة"),
        date="2015-07-25",
        also=("قصفاً عنيفاً شنّه الحوثيون",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "استهدفتها طائرات التحالف",
        actor=("طائرات التحالف",),
        place=("عقبة ثرة",),
    ),
    E(
        "Battles/Armed clash",
        "معارك عنيفة",
        actor=("المقاومة",),
        target=("مليشيا الحوثي",),
        place=("قاعدة العند الجوية", "العند"),
    ),
]

F["snn-20150808-00110"] = [  # Aden: Saudi demining force
    E(
        "Battles/Government regains territory",
        "تحريرها من قبل المقاومة الشعبية",
        actor=("المقاومة الشعبية", "الجيش الوطني"),
        place=("عدن", "مدينة عدن"),
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "بزرع الكثير من الألغام",
        actor=("الميليشيات المتمردة", "الحوثيين", "الميليشيات الحوثية"),
        target=("الموالين لشرعية الرئيس هادي",),
        place=("عدن",),
        fatalities=15,
        also=("تفجير ألغام", "سلسلة انفجارات لألغام أرضية"),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "وقذائف المدفعية التي كانت تصلها",
        actor=("الميليشيات المسلحة",),
        place=("عدن", "مدينة عدن"),
        date="unknown",
        status="historical",
    ),
]

F["snn-20150806-00192"] = [  # Lahj: al-Anad and al-Hawta
    E(
        "Battles/Government regains territory",
        "وسقطت قاعدة العند",
        actor=("قوات هادي",),
        target=("الحوثيين",),
        place=("قاعدة العند", "العند"),
        date="2015-08-03",
        also=("هجوم شنته قوات هادي", "خسارة قاعدة العند"),
    ),
    E(
        "Battles/Armed clash",
        "المعارك العنيفة في الحوطة",
        actor=("مقاتلا مواليا",),
        target=("متمردا",),
        place=("الحوطة",),
        date="2015-08-05",
        fatalities=56,
        also=("وقتل 39 متمردا",),
    ),
    E(
        "Battles/Government regains territory",
        "باتت تحت السيطرة",
        actor=("المقاومة", "القوات اليمنية الشرعية"),
        target=("المتمردين الحوثيين", "الحوثيين"),
        place=("الحوطة",),
        date="2015-08-05",
        also=("عمليات تعقب", "عمليات تمشيط"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرة الحوثيين عليها",
        actor=("الحوثيين",),
        place=("الحوطة", "المدينة"),
        date="2015-03",
        status="historical",
    ),
    E(
        "Battles/Armed clash",
        "ضربات قاسية",
        actor=("المقاتلين الموالين",),
        target=("المتمردين",),
        place=("أبين",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "وسيطروا على صنعاء",
        actor=("الحوثيون",),
        place=("صنعاء",),
        date="2014-09",
        status="historical",
    ),
    E(
        "Diplomacy/Aid",
        "المساعدات الطبية",
        actor=("طائرة سعودية عسكرية", "سعودية"),
        place=("مطار عدن", "عدن"),
        date="2015-08-05",
        also=("حطت طائرة سعودية عسكرية",),
    ),
]

F["snn-20150723-00559"] = [  # Lebanon: Geagea, the British ambassador, an arrest in Akkar
    E(
        "Battles/Non-state actor overtakes territory",
        "احتلت الموصل",
        actor=("داعش",),
        place=("الموصل",),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Meeting",
        "لقاء جمعهما",
        actor=("توم فلتشر", "السفير البريطاني في لبنان"),
        target=("سمير مقبل", "مقبل"),
        place=("وزارة الدفاع",),
        date="2015-07-22",
        also=("زيارته لمقبل",),
    ),
    E(
        "Strategic developments/Arrests",
        "أوقف فرع المعلومات",
        actor=("فرع المعلومات", "فرع المعلومات في قوى الأمن الداخلي"),
        target=("عبد الكريم الخلف", "عدنان الخلف"),
        place=("عكار العبدة", "عكار"),
    ),
]

F["snn-20150802-00873"] = [  # ISIS and wheat
    E(
        "Battles/Non-state actor overtakes territory",
        "هجوم تنظيم “داعش” الكاسح",
        actor=("داعش", "تنظيم “داعش”"),
        place=("نينوى", "صلاح الدين", "العراق"),
        date="2014-06",
        status="historical",
        also=("سيطر مقاتلوه",),
    ),
]


if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
