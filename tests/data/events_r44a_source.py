"""Source of tests/data/events_r44a.jsonl: the forty-fourth blind event round, part r44a.

10 real articles (SaudiNewsNet politics, 3,015–3,807 characters): the lines of /work/brief/DRAW_r44.tsv
(the saved output of `python tests/data/events_round44_select.py`) whose first column is `r44a`
(selection = events_round44_select.py, seed 4444, part r44a). All 10 kept, none dropped; 2 of them
report no event (negatives: 01083 and 00058, see below); 17 events in the other 8.
Annotated by reading only (2026-11-29): the event coder was never run on these articles and no coder
output was read. Same format and guidelines as events_dev_source.py and events_fresh_source.py
(docs/events.md § Dev set); `build()` comes from events_dev_source.py (SaudiNewsNet articles by
reference + sha1).

Near-copies: none (first 80 normalised characters and shared word 8-grams, threshold 3, checked against
every tests/data/events_*.jsonl). 00138 shares 3 8-grams with r35b snn-20150722-00065 (the same KDP
spokesman's title «مسؤول إعلام الفرع الرابع عشر للحزب الديمقراطي»), not a near-copy.

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r42c_source.py):
- column (01083, Syria «general and special relativity»): negative — the revolution's start, barrel
  bombs, arrest campaigns and factions killing each other are generic habits, none a happening;
- column (00291, realpolitik in Yemen): the 1934 Saudi–North Yemen border agreement → historical
  *Diplomacy/Agreement* 1934; the Sallal coup, Egypt's support of it, the Houthi manoeuvre on the
  border «قبل عاصفة الحزم» and the Houthis' threats are not coded (background, no date, no ACLED type);
- Nineveh police (00138): the council's denial, the transfer of the police camp to Baghdad and the
  training are not coded; the armed attack that killed ISIS's «والي الموصل» and five escorts in Wadi
  Aqab «أمس» → *Battles/Armed clash* (an armed target, as earlier rounds), 6 dead, 2015-07-26 (the
  aggregate «عدة أحداث ميدانية» its mention); ISIS vs the Naqshbandi Army in al-Qayyara → *Armed
  clash* 2015-07-26, 13; ISIS blowing up 16 Christian houses in Karamlis → *Strategic developments/
  Looting/property destruction* 2015-07-26;
- Turkey's intervention (00120): the dawn strikes of four Turkish jets «أمس» on ISIS in Sawran, Bab
  al-Limun, Hur al-Nahr and Barghida (all in the northern Aleppo countryside) → one *Air/drone strike*
  2015-07-24, 9 dead, every named place accepted; the border clashes «سبق الغارات» between ISIS and
  the Turkish army near al-Rai (al-Ayyash) → *Armed clash* dated `2015-07` (before the strikes; the
  text gives no day: ambiguous), 5 dead («ضابط وأربعة قتلى» read as 1 + 4; ambiguous), the later
  «المواجهات»/«الاشتباكات ضد تركيا» its mentions; the coalition campaign begun «في شهر أغسطس من العام
  الماضي» (a campaign), regime barrel bombs (habit) and ISIS's media campaign are not coded;
- column (01313, nuclear): the nuclear deal «الموقع في كل من لوزان، وفيينا» → *Diplomacy/Agreement*,
  date "unknown" (as earlier rounds); its endorsement by the Security Council «يوم الاثنين الماضي» is
  not coded separately (ambiguous); the invasion of Iraq by the Bush administration → historical
  *Battles/Armed clash*, date unknown (as an earlier round's «غزو العراق»); Israel's call to strike
  Iran is hypothetical, «والمثال السابق هو العراق» (Osirak, implied only) not coded;
- column (01806, ISIS in theory): the Peace of Westphalia → historical *Diplomacy/Agreement* 1648; the
  9/11 attacks → historical *Violence against civilians/Attack* 2001-09-11, al-Qaeda (as r7b/r29c);
  the July 2006 war → historical *Armed clash* 2006-07 (Hezbollah/Israel); the Gaza war of December
  2008 → historical *Armed clash* 2008-12 (Israel/Hamas, Islamic Jihad); the European wars of religion
  (1517–1648, a century of wars) and the Syrian revolution are not coded;
- Pharaonic exhibition (00058): negative — the exhibition opening and the canal opening are not ACLED
  happenings, and the ancient battles (Kadesh, Tharu, Raphia, BC dates the format cannot hold) are
  museum history, not coded (ambiguous);
- column (01501, «secular ISIS»): Bouazizi's self-immolation → historical *Protests/Peaceful protest*
  (ACLED practice codes self-immolation as a protest; ambiguous), date unknown, place Tunisia; the
  revolutions, the Conquest of Mecca and the jailing of thousands under Bourguiba/Ben Ali are generic;
- al-Rashed (00714): the Suruc bombing → *Suicide bomb* (the sub-type earlier rounds gave Suruc; the
  text says only «التفجير»), ISIS, «أكثر من ثلاثين» → 30, date unknown; Obama's call to Erdogan →
  *Diplomacy/Phone call*, date unknown; «توقيع الغرب الاتفاق حول برنامجها النووي» → *Diplomacy/
  Agreement* (the West, Iran), date unknown; ISIS's kidnapping and killing of Westerners, Turkey
  stopping fighters and blocking its websites, night battles around Damascus are not coded (habits);
- column (00444): the US–Iran nuclear agreement («تفاوضت معها ووصلتا إلى اتفاق») → one *Diplomacy/
  Agreement*, date unknown (the negotiation not separate); «فعلنا في البحرين واليمن» is generic.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

HERE = Path(__file__).parent
OUT = HERE / "events_r44a.jsonl"

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150807-01083"] = []  # column: generic, no event
F["snn-20150804-00291"] = [
    E(
        "Diplomacy/Agreement",
        "اتفاقية حدود",
        actor=("المملكة",),
        target=("اليمن (الشمالي)", "اليمن"),
        date="1934",
        status="historical",
    ),
]
F["snn-20150727-00138"] = [
    E(
        "Battles/Armed clash",
        "لهجوم مسلح",
        actor=("مجموعة مسلحة",),
        target=("والي الموصل عبد الحافظ خضر العفري", "عبد الحافظ خضر العفري", "العفري", "والي الموصل"),
        place=("منطقة وادي عقاب", "وادي عقاب", "الموصل"),
        date="2015-07-26",
        fatalities=6,
        also=("عدة أحداث ميدانية", "قتل والي الموصل", "في الهجوم"),
    ),
    E(
        "Battles/Armed clash",
        "اندلعت معارك ضارية",
        actor=("تنظيم داعش", "داعش"),
        target=("جيش النقشبنديين",),
        place=("ناحية القيارة", "القيارة"),
        date="2015-07-26",
        fatalities=13,
        also=("المواجهات",),
    ),
    E(
        "Strategic developments/Looting/property destruction",
        "فجّر مسلحو التنظيم",
        actor=("مسلحو التنظيم", "التنظيم"),
        target=("منازل المسيحيين", "المسيحيين"),
        place=("بلدة كرمليس", "كرمليس"),
        date="2015-07-26",
    ),
]
F["snn-20150725-00120"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "بالغارات الجوية",
        actor=("أربع مقاتلات تركية", "مقاتلات تركية", "تركية"),
        target=("مقاتلي تنظيم داعش", "تنظيم داعش", "داعش", "مواقع التنظيم"),
        place=("صوران", "أعزاز", "باب الليمون", "حور النهر", "مارع", "برغيدة", "ريف حلب"),
        date="2015-07-24",
        fatalities=9,
        also=("الغارات الجوية بدأت", "الغارات الجوية التي طالت"),
    ),
    E(
        "Battles/Armed clash",
        "اشتباكات استمرت",
        actor=("تنظيم داعش", "داعش"),
        target=("الحرس التركي والجيش التركي", "الحرس التركي", "الجيش التركي"),
        place=("قرية العياش", "العياش", "منطقة الراعي", "الراعي"),
        date="2015-07",
        fatalities=5,
        also=("المواجهات التي تصاعدت", "الاشتباكات ضد تركيا"),
    ),
]
F["snn-20150726-01313"] = [
    E(
        "Diplomacy/Agreement",
        "الاتفاق النووي الاخير",
        actor=("ايران", "إيران"),
        place=("لوزان", "فيينا"),
        date="unknown",
    ),
    E(
        "Battles/Armed clash",
        "غزو واحتلال",
        actor=("إدارة بوش الابن السابقة", "إدارة بوش", "تلك الادارة"),
        place=("العراق",),
        date="unknown",
        status="historical",
    ),
]
F["snn-20150724-01806"] = [
    E(
        "Diplomacy/Agreement",
        "اتفاق مونستر",
        place=("مونستر", "أسنابروك", "ويستفاليا"),
        date="1648",
        status="historical",
        also=("صلح ويستفاليا",),
    ),
    E(
        "Violence against civilians/Attack",
        "أحداث 11 سبتمبر 2001",
        actor=("تنظيم القاعدة", "القاعدة"),
        target=("برجي مركز التجارة الدولية", "الولايات المتحدة", "مقر وزارة الدفاع الأمريكية"),
        place=("منهاتن", "مركز التجارة الدولية", "البنتاجون"),
        date="2001-09-11",
        status="historical",
        also=("استهداف برجي",),
    ),
    E(
        "Battles/Armed clash",
        "حرب يوليو 2006",
        actor=("حزب الله",),
        target=("إسرائيل",),
        place=("لبنان", "بيروت"),
        date="2006-07",
        status="historical",
    ),
    E(
        "Battles/Armed clash",
        "حرب غزة",
        actor=("إسرائيل",),
        target=("حركات المقاومة الفلسطينية", "حماس", "الجهاد الإسلامي"),
        place=("غزة",),
        date="2008-12",
        status="historical",
    ),
]
F["snn-20150803-00058"] = []  # museum exhibition: ancient battles only, not coded
F["snn-20150721-01501"] = [
    E(
        "Protests/Peaceful protest",
        "أحرق نفسه",
        actor=('الشاب "البوعزيزي"', "البوعزيزي"),
        place=("تونس",),
        date="unknown",
        status="historical",
    ),
]
F["snn-20150724-00714"] = [
    E(
        "Explosions/Remote violence/Suicide bomb",
        "التفجير",
        actor=("تنظيم داعش", "داعش"),
        place=("بلدة سروج", "سروج"),
        date="unknown",
        fatalities=30,
        also=("انقضاض التنظيم",),
    ),
    E(
        "Diplomacy/Phone call",
        "للاتصال بالرئيس التركي",
        actor=("الرئيس الأميركي",),
        target=("الرئيس التركي",),
        date="unknown",
    ),
    E(
        "Diplomacy/Agreement",
        "توقيع الغرب الاتفاق",
        actor=("الغرب",),
        target=("إيران", "طهران"),
        date="unknown",
    ),
]
F["snn-20150726-00444"] = [
    E(
        "Diplomacy/Agreement",
        "اتفاق",
        at="ووصلتا إلى",
        actor=("الولايات المتحدة",),
        target=("إيران",),
        date="unknown",
        also=("الاتفاق النووي", "اتفاق الولايات المتحدة"),
    ),
]

if __name__ == "__main__":
    print(build(F, OUT))
