"""Source of tests/data/events_r54c.jsonl: the fifty-fourth blind event round, part r54c.

8 real articles (SaudiNewsNet politics, 4,172–5,926 characters): the lines of /work/brief/DRAW_r54.tsv
(the saved output of `python tests/data/events_round54_select.py`) whose first column is `r54c`
(selection = events_round54_select.py, seed 5454, part r54c). All 8 kept. Annotated by reading only
(2026-11-29): the event coder was never run on these articles and no coder output was read.
Same format and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set);
`build()` comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three or more
12-word runs with an article of another tests/data/events_*.jsonl set (checked 2026-11-29 18:11 UTC).
Same happenings in other words: the Incirlik deal (r13a and later), the Suez Canal opening delegations
(r49b and later), the Barakat assassination, the nuclear deal, the Bahraini sea seizure of explosives and
the recall of the ambassador to Tehran (r18b, r36a, r39c and later), the Reyhanli bombing.

Choices (the last rounds' calls followed):
- Syria column (00086, opinion): Turkey lending Incirlik to the US → *Diplomacy/Agreement*, "unknown"
  (as r13a and later); the Turkish «القصف الجوي والبري الجاري حاليا» on the Kurdish and ISIS enclaves →
  one *Air/drone strike* (ambiguous: the ground shelling is folded into it, no separate *Shelling*).
  Not coded: the planned Turkish enclave, the Kurds crossing the Euphrates and expelling Arab and
  Turkmen civilians (a trend, no time), Morsi's death sentence (a court step), the US raids from Gulf
  and Jordanian bases (general);
- Suez Canal reactions (00147): the opening itself is not an event (as r16b, r33a, r49b); the foreign
  leaders and delegations attending it → one aggregate *Diplomacy/Visit* (as r49b; the Italian defence
  minister and the Nicaraguan vice-president its mentions), dated 2015-08-06 by the BBC's «أمس»
  (ambiguous); Gentiloni's call to Shoukry → *Diplomacy/Phone call*, no date in the text. Not coded:
  the congratulations, Russia's planned industrial zone, Nicaragua's canal plan;
- Egypt reshuffle (00988): al-Sisi meeting the Chinese envoy «أمس» → *Meeting* 2015-08-08, the envoy's
  arrival «مساء الجمعة» → *Visit* 2015-08-07; al-Sisi's coming Moscow trip → *Visit*, planned; the shots
  fired by two unknown men at the New Valley deportation escort, returned by the police, «صباح أمس» →
  *Armed clash* 2015-08-08, 1 dead (the headline «مقتل وإصابة 4» a mention); Barakat killed in a car
  bombing → *Remote explosive/landmine/IED*, historical, "unknown", 1 (the text names the bomb; an
  earlier round coded a text naming only the killing as *Attack*); the Brotherhood's call to protest on
  the Rabaa anniversary → *Peaceful protest*, planned, 2015-08 (ambiguous). Not coded: the reshuffle, the
  Morsi trial and sentences, the Rabaa dispersal (named only as the anniversary), the dredging;
- Iraq electricity (00192, analysis): the continuing demonstrations → one *Peaceful protest*, no date.
  Not coded: the 2003 occupation and the fall of Saddam (historical asides of the analysis);
- Tawaf interview (00911): the assassination of al-Qurashi → *Violence against civilians/Attack*,
  historical, "unknown", 1; the Houthis storming Sanaa → *Non-state actor overtakes territory*,
  historical, "unknown". Not coded: the siege of Hadi in Sanaa (ambiguous), the students' gatherings at
  the embassy (habitual), the resignation, Saleh's support of the Houthis (general);
- Sarkozy in Tunisia (00112): Sarkozy's visit «قبل أيام» → *Diplomacy/Visit* 2015-07 (as r17a's
  «قبل أسبوع» → month); his reception by Caid Essebsi at Carthage → *Meeting* 2015-07; the leftist march
  before the Algerian embassy → *Peaceful protest*, no date. Not coded: Algeria's ban on its soldiers'
  holidays in Tunisia (ambiguous), the speeches, statements and media campaigns, Sarkozy's role in Libya;
- Bahrain column (01071, opinion): the nuclear deal → *Diplomacy/Agreement*, "unknown" (as many
  rounds); the explosives network seized at sea, announced «قبل يومين» → *Disrupted weapons use*
  2015-07-25, and the group arrested → *Arrests* 2015-07-25 (the announcement dates both, as the earlier
  round); the bomb in al-Akr al-Sharqi «قبل عشرة أيام» that killed the boy planting it → *Remote
  explosive/landmine/IED* 2015-07, 1; the recall of the ambassador to Tehran → *Diplomacy/Sanction*, no
  date. Not coded: the IRGC training, the smuggling trend, the tribes' solidarity visits, Khamenei's words;
- US–Turkish report (00186): the report's history is coded where it names a datable happening: Turkey
  joining NATO 1952 → *Diplomacy/Agreement*, historical (ambiguous); the Turkish forces entering Cyprus
  1974 → *Armed clash*, historical (ambiguous: an invasion); the 1974 US arms embargo → *Diplomacy/
  Sanction*, historical; the 2010 Security Council sanctions on Iran → *Diplomacy/Sanction*, historical
  (ambiguous: Turkey's vote is the focus); the Turkish foreign minister's 2011 visit to Damascus →
  *Visit*, historical; the 2013 Reyhanli bombing → *Remote explosive/landmine/IED*, historical, 51. Not
  coded: Johnson's letter, the 1981 coup, the 2003 refusal, the Chinese air-defence purchase (a decision),
  Assad's tanks (no place), the refugees, Erdogan's statements.

Counts: 8 articles, 27 events, no negative (Diplomacy 14, Explosions/Remote violence 4, Battles 3,
Protests 3, Strategic developments 2, Violence against civilians 1).

Run: python tests/data/events_r54c_source.py            (writes events_r54c.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r54c.jsonl")

F: dict[str, list[dict]] = {}

F["snn-20150804-00086"] = [  # opinion: an Islamic state in a Turkish enclave of Syria
    E(
        "Diplomacy/Agreement",
        "إعارة قاعدة «إنجرلك» التركية لأميركا",
        actor=("تركيا",),
        target=("أميركا",),
        date="unknown",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "بالقصف الجوي والبري",
        actor=("تركيا",),
        target=("الكردي", "«الداعشي»", "الأكراد", "داعش"),
    ),
]

F["snn-20150807-00147"] = [  # the world congratulates Egypt on the new Suez Canal
    E(
        "Diplomacy/Phone call",
        "اتصال هاتفي",
        actor=("باولو جينتيلوني", "وزير الخارجية الإيطالي باولو جينتيلوني"),
        target=("سامح شكري",),
    ),
    E(
        "Diplomacy/Visit",
        "تمثل إيطاليا فيه وزيرة الدفاع روبيرتا بينوتي",
        actor=("روبيرتا بينوتي", "رؤساء الدول والحكومات", "موزيس أومر هاليسليفينز"),
        place=("مصر",),
        date="2015-08-06",
        also=(
            "يرأس وفد بلاده في الاحتفالات",
            "مشاركة العديد من رؤساء الدول والحكومات في حفل الافتتاح",
            "بحضور عدد كبير من القادة والمسؤولين",
        ),
    ),
]

F["snn-20150809-00988"] = [  # Egypt: reshuffle, Chinese envoy, New Valley shooting
    E(
        "Diplomacy/Meeting",
        "التقى",
        actor=("الرئيس المصري",),
        target=("لوه شي شينغ", "مبعوث الرئيس الصيني"),
        place=("القاهرة",),
        date="2015-08-08",
    ),
    E(
        "Diplomacy/Visit",
        "وصل القاهرة",
        actor=("لوه شي شينغ", "مبعوث الرئيس الصيني"),
        place=("القاهرة",),
        date="2015-08-07",
    ),
    E(
        "Diplomacy/Visit",
        "سيزور العاصمة الروسية موسكو",
        actor=("الرئيس السيسي", "السيسي"),
        place=("موسكو", "العاصمة الروسية موسكو"),
        status="planned",
        also=("لترتيب الزيارة",),
    ),
    E(
        "Battles/Armed clash",
        "بأعيرة نارية أطلقها مجهولون",
        actor=("مجهولون", "مجهولان"),
        target=("قوة تأمين إحدى سيارات ترحيلات الوادي الجديد", "قوة أمنية", "رقيب شرطة"),
        place=("طريق مصر - الفيوم الزراعي",),
        date="2015-08-08",
        fatalities=1,
        also=("مقتل وإصابة 4", "أطلق مجهولان أعيرة نارية", "فقامت بمبادلتهما"),
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "تفجير سيارة",
        actor=("مجموعة إرهابية",),
        target=("هشام بركات",),
        date="unknown",
        status="historical",
        fatalities=1,
    ),
    E(
        "Protests/Peaceful protest",
        "دعوا للتظاهر",
        actor=("جماعة الإخوان", "الإخوان", "أنصارها"),
        date="2015-08",
        status="planned",
        also=("احتجاجات غاضبة",),
    ),
]

F["snn-20150807-00192"] = [  # analysis: the electricity protests in Iraq
    E(
        "Protests/Peaceful protest",
        "استمرار المظاهرات",
        actor=("المتظاهرين",),
        place=("العراق",),
        also=("المظاهرات الجماهيرية",),
    ),
]

F["snn-20150726-00911"] = [  # interview: the former Yemeni ambassador to Syria
    E(
        "Battles/Non-state actor overtakes territory",
        "اجتياحهم العاصمة صنعاء",
        actor=("الحوثيين",),
        place=("صنعاء", "العاصمة صنعاء"),
        date="unknown",
        status="historical",
    ),
    E(
        "Violence against civilians/Attack",
        "تم اغتياله",
        target=("عبدالرقيب القرشي",),
        date="unknown",
        status="historical",
        fatalities=1,
    ),
]

F["snn-20150725-00112"] = [  # Sarkozy's visit to Tunisia and its fallout
    E(
        "Diplomacy/Visit",
        "زيارة الرئيس الفرنسي السابق إلى تونس",
        actor=("ساركوزي", "الرئيس الفرنسي السابق"),
        place=("تونس",),
        date="2015-07",
        also=("تنقلات ساركوزي والوفد الفرنسي الكبير المرافق له",),
    ),
    E(
        "Protests/Peaceful protest",
        "مسيرة أمام سفارة الجزائر",
        actor=("عدة أحزاب ومنظمات يسارية صغيرة", "الحزب الاشتراكي اليساري"),
        place=("تونس",),
    ),
    E(
        "Diplomacy/Meeting",
        "استقباله من قبل رئيس الجمهورية الباجي قائد السبسي",
        actor=("الباجي قائد السبسي", "رئيس الجمهورية الباجي قائد السبسي"),
        target=("ساركوزي",),
        place=("قصر قرطاج", "قرطاج"),
        date="2015-07",
        also=("اللقاء وقع صباحا",),
    ),
]

F["snn-20150727-01071"] = [  # opinion: Iran's Eid gifts to Bahrain
    E(
        "Diplomacy/Agreement",
        "إبرامها الاتفاق النووي",
        actor=("إيران",),
        target=("الولايات المتحدة الأمريكية",),
        date="unknown",
    ),
    E(
        "Strategic developments/Disrupted weapons use",
        "اكتشافها شبكة تهريب متفجرات",
        actor=("قوات الأمن البحرينية", "البحرين"),
        place=("البحرين",),
        date="2015-07-25",
        also=("ضبطها في عرض البحر",),
    ),
    E(
        "Strategic developments/Arrests",
        "واعتقلت مجموعة",
        actor=("قوات الأمن البحرينية",),
        target=("مجموعة",),
        place=("البحرين",),
        date="2015-07-25",
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "انفجار قنبلة",
        target=("الفتى",),
        place=("العكر الشرقي", "منطقة العكر الشرقي"),
        date="2015-07",
        fatalities=1,
    ),
    E(
        "Diplomacy/Sanction",
        "استدعاء سفيرها لدى طهران",
        actor=("البحرين",),
        target=("طهران",),
    ),
]

F["snn-20150725-00186"] = [  # Washington Institute report: US–Turkish relations
    E(
        "Diplomacy/Agreement",
        "انضمت تركيا إلى حلف الناتو",
        actor=("تركيا",),
        target=("حلف الناتو",),
        date="1952",
        status="historical",
    ),
    E(
        "Battles/Armed clash",
        "دخلت القوات التركية قبرص",
        actor=("القوات التركية",),
        place=("قبرص",),
        date="1974",
        status="historical",
    ),
    E(
        "Diplomacy/Sanction",
        "فرضت واشنطن حظرًا على إرسال الأسلحة",
        actor=("واشنطن",),
        target=("تركيا",),
        date="1974",
        status="historical",
    ),
    E(
        "Diplomacy/Sanction",
        "بفرض عقوبات على إيران",
        actor=("مجلس الأمن",),
        target=("إيران",),
        date="2010",
        status="historical",
    ),
    E(
        "Diplomacy/Visit",
        "زيارة وزير الخارجية التركي إلى دمشق",
        actor=("وزير الخارجية التركي",),
        place=("دمشق",),
        date="2011",
        status="historical",
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "وقع تفجير",
        place=("ريحانلي", "بلدة ريحانلي"),
        date="2013",
        status="historical",
        fatalities=51,
    ),
]


if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
