"""Source of tests/data/events_r58b.jsonl: the fifty-eighth blind event round, part r58b.

8 real articles (SaudiNewsNet politics, 942–2,254 characters): the lines of /work/brief/DRAW_r58.tsv
(the saved output of `python tests/data/events_round58_select.py`) whose first column is `r58b`
(selection = events_round58_select.py, seed 5858, part r58b). All 8 kept, none dropped. Annotated by
reading only (2026-11-29): the event coder was never run on these articles and no coder output was read.
Same format and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set);
`build()` comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or two or more
12-word runs with an article of another tests/data/events_*.jsonl set (1,842 articles, checked
2026-11-29 19:50 UTC). Same happenings in other words: Aden's liberation and al-Anad, the Geneva talks
of June, the Houthis' taking of territory in September 2014 (earlier rounds).

Choices (the last rounds' calls followed; columns: historical asides with a date or a named happening are
coded as historical, aims, statements, aggregates and generic violence are not):
- Anbar (01657): the council head's «تمت السيطرة على الجزء الأكبر من المحافظة» (aggregate first sentence),
  «تم تحرير أكثر من 50 % من أحياء الرمادي», the advance and «تم تحريرها من قبل الجيش وجهاز مكافحة
  الإرهاب» → one *Government regains territory* (Ramadi, publication date, the army and CTS as actor).
  Not coded: the handover of the retaken areas to tribal volunteers and local police (ambiguous: could be
  read as *Non-violent transfer of territory*), the halt of operations in Fallujah, the human shields
  (an intent), the request for a safe corridor;
- Marib (01428): «تلقوا ضربات نوعية من الجيش والمقاومة» (first mention) and «حققت انتصارات في جبهات النخلا
  والعطيف والجفينة» → one *Armed clash* with the three fronts and Marib accepted as place (ambiguous: ACLED
  might code one per front); the coalition's «ضربات دقيقة» → *Air/drone strike* («العشرات» is no count);
  al-Jawf «التي أسقطتها الخيانات في أيدي الحوثيين» → *Non-state actor overtakes territory*, historical,
  "unknown". Not coded: the planned liberation of al-Jawf and march on Saada/Sanaa, the Houthi push «في
  محاولة … للسيطرة», the disarming of the tribes that turned on the Resistance (ambiguous: undated;
  could be *Disrupted weapons use*), their defection;
- Obeidi in Russia (00435): the visit «منذ نهار الاثنين» → *Diplomacy/Visit* 2015-07-27; the military
  cooperation agreement signed «الخميس» in St Petersburg → *Diplomacy/Agreement* 2015-07-30; the talks
  with Russian officials in Moscow («بحثها», «كما بحث», «وسعى … لإقناع») → one *Diplomacy/Meeting* dated
  `2015-07` (during the visit, day not given; as the fresh set's Lavrov call); the 2012 contracts →
  *Diplomacy/Agreement*, historical, 2012. Not coded: the RT interview, the accusations, the expected
  4-billion deals;
- Houthi media (01850): negative — lies, doctored photos, blocking sites and fighting correspondents are
  habits and claims with no happening;
- UN envoy (00927): the UN talks of June between the Houthis and Hadi's side («فشلت المحادثات», the five
  days in Geneva and their collapse its mentions) → *Diplomacy/Talks*, historical, 2015-06 (the
  in-principle agreement on a ceasefire not coded apart: the talks collapsed before any agreement,
  ambiguous); the envoy's visit to Cairo → *Visit* and his meeting there with the GPC secretary-general
  and Nabil al-Arabi → one *Meeting* (both accepted as target; ambiguous: could be two), publication
  date; his planned trips to Oman, Riyadh and New York (to brief the Security Council) → three *Visit*,
  planned; his earlier meeting in Oman with Houthi representatives → *Meeting*, historical, "unknown".
  Not coded: Riyadh's positive reaction, the denial that Saleh's exit was discussed, the Arab League's
  study of ceasefire monitoring;
- ISIS in Bosnia (00352): ISIS's strongholds / the land bought secretly in Bosnia and used as training
  camps → *Headquarters or base established*, "unknown", reported (as earlier rounds' bases; ambiguous:
  the claim of a newspaper investigation). Not coded: the 12 fighters who left for Syria and the five
  «يقال» killed there (no date or place below the country, as earlier rounds), the expert's warnings;
- Aden victories (02904): the army's and the Resistance's «النجاحات» in Aden / «تحرير عدن» → *Government
  regains territory*, "unknown" (as earlier rounds' background liberation of Aden); «الإنجاز الكبير الذي
  تحقق في عدن والعند» → a second *Government regains territory* for al-Anad, "unknown" (ambiguous: the
  same phrase names Aden). Not coded: the prisoners («بالمئات»), the coalition's support, future plans;
- Security Council column (01911): the Houthis' taking of «الأراضي التي احتلوها في سبتمبر» → *Non-state
  actor overtakes territory*, historical, 2014-09, no place (the text names none). Not coded (as earlier
  rounds): the truce violation «خرقهم للهدنة», the Security Council's deliberations «أمس الأول», the
  ambassador's request, the generic killing.

Counts: 8 articles, 19 events, 1 negative (Diplomacy 11, Battles 6, Explosions/Remote violence 1,
Strategic developments 1).

Run: python tests/data/events_r58b_source.py            (writes events_r58b.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r58b.jsonl")

F: dict[str, list[dict]] = {}

F["snn-20150731-01657"] = [  # Anbar: half of Ramadi retaken, Fallujah's civilians
    E(
        "Battles/Government regains territory",
        "تمت السيطرة",
        actor=("الجيش", "جهاز مكافحة الإرهاب"),
        target=("داعش",),
        place=("الرمادي", "أحياء الرمادي", "الأنبار", "محافظة الأنبار"),
        also=("تم تحرير", "تقدماً", "تم تحريرها"),
    ),
]
F["snn-20150807-01428"] = [  # Marib tribes repel the Houthis
    E(
        "Battles/Armed clash",
        "ضربات نوعية",
        actor=("الجيش", "المقاومة الشعبية", "القوات الشرعية", "اللجان الشعبية"),
        target=("الحوثيين", "أنصار الرئيس السابق علي عبدالله صالح"),
        place=("النخلا", "العطيف", "الجفينة", "محافظة مأرب", "مأرب"),
        also=("حققت انتصارات",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "ضربات دقيقة",
        actor=("طيران قوات التحالف", "قوات التحالف"),
        target=("الانقلابيين", "معدات الانقلابيين"),
        place=("النخلا", "العطيف", "الجفينة", "مأرب"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "أسقطتها",
        actor=("الحوثيين",),
        place=("محافظة الجوف", "الجوف"),
        date="unknown",
        status="historical",
    ),
]
F["snn-20150801-00435"] = [  # Iraq's defence minister signs a military agreement in Russia
    E(
        "Diplomacy/Agreement",
        "ووقع",
        actor=("العراق", "خالد العبيدي", "العبيدي"),
        target=("روسيا الاتحادية", "روسيا", "ألكسندر فومين"),
        place=("سان بطرسبورغ",),
        date="2015-07-30",
        also=("وقع الاتفاق",),
    ),
    E(
        "Diplomacy/Visit",
        "زيارة العبيدي",
        actor=("العبيدي", "خالد العبيدي"),
        place=("روسيا",),
        date="2015-07-27",
        also=("يزور روسيا", "وصل إلى روسيا"),
    ),
    E(
        "Diplomacy/Meeting",
        "بحثها",
        actor=("وزير الدفاع العراقي", "خالد العبيدي"),
        target=("المسؤولين الروس", "الحكومة الروسية"),
        place=("موسكو",),
        date="2015-07",
        also=("كما بحث", "وسعى"),
    ),
    E(
        "Diplomacy/Agreement",
        "أبرمت",
        actor=("الحكومة العراقية السابقة", "العراق"),
        target=("روسيا",),
        date="2012",
        status="historical",
    ),
]
F["snn-20150722-01850"] = []  # Houthi media lies: habits and claims, no happening
F["snn-20150804-00927"] = [  # UN envoy's peace plan, his tour
    E(
        "Diplomacy/Talks",
        "المحادثات",
        actor=("متمردي جماعة الحوثي", "الحوثي"),
        target=("مؤيدي حكومة الرئيس عبد ربه منصور هادي", "حكومة الرئيس عبد ربه منصور هادي"),
        place=("جنيف",),
        date="2015-06",
        status="historical",
        also=("مفاوضات جرت في جنيف", "المفاوضات انهارت"),
    ),
    E(
        "Diplomacy/Visit",
        "زيارة إلى القاهرة",
        actor=("إسماعيل ولد الشيخ أحمد", "المبعوث الأممي"),
        place=("القاهرة",),
        also=("زيارته لمصر",),
    ),
    E(
        "Diplomacy/Meeting",
        "التقى",
        actor=("إسماعيل ولد الشيخ أحمد", "المبعوث الأممي"),
        target=("الأمين العام لحزب المؤتمر الشعبي العام", "نبيل العربي"),
        place=("القاهرة",),
    ),
    E(
        "Diplomacy/Visit",
        "سيذهب",
        actor=("ولد الشيخ أحمد",),
        place=("سلطنة عمان",),
        status="planned",
    ),
    E(
        "Diplomacy/Meeting",
        "التقى من قبل",
        actor=("ولد الشيخ أحمد",),
        target=("ممثلين للحوثيين", "الحوثيين"),
        place=("سلطنة عمان",),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Visit",
        "سيتوجه",
        actor=("ولد الشيخ أحمد",),
        place=("الرياض",),
        status="planned",
    ),
    E(
        "Diplomacy/Visit",
        "وسيسافر",
        actor=("ولد الشيخ أحمد",),
        target=("مجلس الأمن",),
        place=("نيويورك",),
        status="planned",
    ),
]
F["snn-20150724-00352"] = [  # ISIS strongholds in Bosnia (Mirror investigation)
    E(
        "Strategic developments/Headquarters or base established",
        "أسست",
        actor=("داعش",),
        place=("البوسنة", "منطقة البوسنة", "قرية “أوسفي”"),
        date="unknown",
        also=("اشترت أرضًا",),
    ),
]
F["snn-20150806-02904"] = [  # Aden's victories the key to defeating the rebels
    E(
        "Battles/Government regains territory",
        "النجاحات",
        actor=("الجيش الوطني", "المقاومة الشعبية"),
        place=("عدن",),
        date="unknown",
        also=("تحرير عدن",),
    ),
    E(
        "Battles/Government regains territory",
        "الإنجاز الكبير",
        actor=("الجيش الوطني", "المقاومة الشعبية"),
        place=("العند",),
        date="unknown",
    ),
]
F["snn-20150731-01911"] = [  # column: the Security Council and reining in the Houthis
    E(
        "Battles/Non-state actor overtakes territory",
        "احتلوها",
        actor=("المتمردين الحوثيين", "الحوثيين", "المليشيات"),
        date="2014-09",
        status="historical",
    ),
]

if __name__ == "__main__":
    print(build(F, OUT), "articles written to", OUT)
