"""Source of tests/data/events_fresh.jsonl: a fresh held-out event set (fourth round, blind).

20 real articles (SaudiNewsNet politics 12, ANT internationalNews 8), drawn by `select()` below: seed
9191, 300–900 characters, naming a conflict place as a word (`PLACE_RE`: a prefix و/ف/ب/ل allowed, no
letter after it, so «مصرعهم» is not «مصر») and containing an event word (`EVENT_RE`); not in
RESERVED_IDS.txt, not in any tests/data/events_*.jsonl, quotes_*.jsonl or places_dev.jsonl; no
`dup_of` duplicates. The first 12 SaudiNewsNet and first 8 ANT articles of the draw were all kept,
none dropped; 3 of them report no event (negatives). Annotated by reading only (2026-11-29): the event
coder was never run on these articles. Same format and guidelines as events_dev_source.py
(docs/events.md § Dev set); `build()` comes from there (SaudiNewsNet articles by reference + sha1).

Choices (see events_fresh.README.md for the open ones): a happening's aggregate first sentence is an
`also` of the first place it lists; clashes that lead to a takeover or an advance are a mention of it;
an announcement dated by the text dates what it announces; back-references weeks old are historical
(date "unknown" when the text gives none); a sighting, a commemoration («الذكرى»), a law repeal, a
condemnation, threats and «ستواصل قصف» (stated policy) are not events.

Run: python tests/data/events_fresh_source.py            (writes events_fresh.jsonl)
     python tests/data/events_fresh_source.py --select   (prints the draw)
Text licences: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed); ANT Apache-2.0.
Annotations Apache-2.0.
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import NEWS, E, build  # noqa: E402

HERE = Path(__file__).parent
OUT = HERE / "events_fresh.jsonl"
SEED = 9191
PLACES = (  # alternation of conflict place names
    "سوريا|سورية|العراق|اليمن|ليبيا|فلسطين|غزة|الضفة|لبنان|مصر|سيناء|حلب|دمشق|بغداد|الموصل|الأنبار|صنعاء"
    "|عدن|تعز|طرابلس|بنغازي|درنة"
)
PLACE_RE = re.compile(r"(?:^|[^\w])[وفبل]?(?:" + PLACES + r")(?!\w)")
EVENT_RE = re.compile(
    "قصف|غار[ةا]|اشتباك|معارك|هجوم|انفجار|تفجير|مقتل|قتل|اعتقال|القبض|سيطر|استعاد|تحرير|"
    "صاروخ|قذائف|اختطاف|خطف|مظاهر|احتجاج|التقى|لقاء|زيارة|زار|اتصال|هدنة|اغتيال|عبوة"
)


def _used_ids() -> set[str]:
    used = set((NEWS / "RESERVED_IDS.txt").read_text().split())
    sets = [*HERE.glob("events_*.jsonl"), *HERE.glob("quotes_*.jsonl"), HERE / "places_dev.jsonl"]
    for p in sets:
        if p == OUT:
            continue
        for line in p.open(encoding="utf-8"):
            if line.strip():
                row = json.loads(line)
                used.add(row.get("id") or row["article"])
    return used


def _pool(
    path: Path, used: set[str], category: str | None = None, chars: tuple[int, int] = (300, 900)
) -> list[dict]:
    out = []
    with path.open(encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            t = a["text"]
            if category and category not in a["id"]:
                continue
            if a["id"] in used or a.get("dup_of") or not chars[0] <= len(t) <= chars[1]:
                continue
            if PLACE_RE.search(t) and EVENT_RE.search(t):
                out.append(a)
    return out


def select(n_snn: int = 12, n_ant: int = 8) -> list[dict]:
    """The draw, in order: SaudiNewsNet first, then ANT (one Random(SEED) for both samples)."""
    used = _used_ids()
    rng = random.Random(SEED)
    snn = _pool(NEWS / "saudinewsnet/saudinewsnet_politics.jsonl", used)
    ant = _pool(NEWS / "ant/ant.jsonl", used, "internationalNews")
    return rng.sample(snn, 20)[:n_snn] + rng.sample(ant, 14)[:n_ant]


F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150727-01019"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات",
        actor=("طيران التحالف الدولي", "التحالف الدولي"),
        target=("تنظيم داعش", "داعش", "هشام التكريتي"),
        place=("الحويجة", "كركوك"),
        also=("الغارات الجوية", "استهداف سيارته"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "نفذت",
        at="ضد داعش قد",
        actor=("مقاتلات التحالف الدولي", "التحالف الدولي"),
        target="داعش",
        place=("طوز خورماتو", "كركوك"),
        date="2015-07-26",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرته",
        actor=("تنظيم داعش", "داعش"),
        place=("محافظة كركوك", "كركوك"),
        date="2014",
        status="historical",
    ),
]
F["snn-20150804-01031"] = [
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "للقصف",
        actor=("التركي", "تركيا"),
        place=("شمال جمهورية العراق", "العراق"),
    ),
]
F["snn-20150726-01227"] = [
    E(
        "Violence against civilians/Attack",
        "اغتيل",
        actor=("مسلحين إسلاميين متشددين", "مسلحين"),
        target=("طلال الأردني", "الأردني"),
        place=("مخيم عين الحلوة", "عين الحلوة", "لبنان"),
        date="2015-07-25",
        fatalities=2,
        also=("إطلاق النار", "في الهجوم", "كمينا"),
    ),
]
F["snn-20150726-00068"] = [
    E(
        "Strategic developments/Agreement",
        "وقف إطلاق النار",
        actor=("التحالف العربي",),
        date="2015-07-26",
        status="planned",
        also=("الهدنة",),
    ),
]
F["snn-20150801-00055"] = [
    E(
        "Diplomacy/Meeting",
        "اجتماعا ثلاثيا",
        actor=("سيرجي لافروف", "لافروف"),
        target=("جون كيري", "عادل الجبير"),
        place="قطر",
        date="2015-08",
        status="planned",
    ),
    E(
        "Diplomacy/Visit",
        "زيارة عمل",
        actor=("سيرجي لافروف", "لافروف"),
        place="قطر",
        date="2015-08-02",
        status="planned",
        also=("يزور قطر",),
    ),
    E(
        "Diplomacy/Meeting",
        "اجتماعات",
        actor=("لافروف",),
        target=("الشيخ تميم بن حمد آل ثاني", "تميم بن حمد", "خالد العطية"),
        place="قطر",
        date="2015-08",
        status="planned",
    ),
]
F["snn-20150726-01339"] = []  # Houthis said to be dropping arms and fleeing: a trend, no happening
F["snn-20150727-00056"] = [
    E(
        "Diplomacy/Visit",
        "بزيارة",
        actor=("المنسق الإنساني للأمم المتحدة", "يوهانس فانديلاو"),
        place="عدن",
        also=("هذه الزيارة",),
    ),
    E(
        "Battles/Government regains territory",
        "تحرير",
        target=("مليشيا الحوثي", "الحوثي"),
        place=("محافظة عدن", "عدن"),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Meeting",
        "التقى",
        actor=("المسؤول الأممي", "يوهانس فانديلاو"),
        target=("فريقاً حكومياً", "نائف البكري", "محمد مارم"),
        place="عدن",
        also=("وخلال اللقاء", "هذا اللقاء"),
    ),
]
F["snn-20150724-01739"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصف",
        actor=("طيران التحالف", "التحالف"),
        target=("للحوثيين", "الحوثيين", "قوات علي عبدالله صالح"),
        place=("صنعاء", "معسكر الصباحة"),
        date="2015-07-23",
        also=("ست غارات",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات",
        at="اربع",
        actor=("مقاتلات التحالف", "التحالف"),
        place=("جبهة الجفينة", "مأرب"),
        date="2015-07-23",
    ),
    E(
        "Battles/Armed clash",
        "كمين",
        actor="المقاومة الشعبية",
        target=("مسلحين حوثيين", "الحوثيين", "دورية عسكرية تابعة للحوثيين"),
        place=("رداع", "جبل الثعالب", "البيضاء"),
        date="2015-07-24",
        fatalities=8,
        also=("كمينا مسلحا",),
    ),
]
F["snn-20150726-01400"] = [
    E(
        "Battles/Armed clash",
        "التقدم",
        actor=("المقاومة اليمنية الشعبية", "المقاومة"),
        target=("مليشيات الحوثي والمخلوع صالح", "مليشيات الحوثي"),
        place="تعز",
        also=("اشتباكات عنيفة",),
    ),
    E(
        "Battles/Armed clash",
        "تقدماً عسكرياً",
        actor=("المقاومة الشعبية", "قوات الجيش الوطني"),
        place=("اللواء 35 مدرع", "تعز"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرتها",
        actor=("المقاومة الشعبية", "قوات الجيش الوطني"),
        place="نقطة الربيعي",
    ),
    E(
        "Battles/Government regains territory",
        "السيطرة",
        at="من جهة أخرى",
        actor=("الجيش", "المقاومة اليمنية"),
        target=("ميليشيات الحوثي والمخلوع صالح", "ميليشيات الحوثي"),
        place=("الوهط", "صبر", "لحج"),
        also=("اشتباكات قوية",),
    ),
]
F["snn-20150806-00656"] = [
    E("Diplomacy/Visit", "متوجها إلى مصر", actor=("عبد ربه منصور هادي", "هادي"), place="مصر"),
]
F["snn-20150723-00985"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "بسط نفوذها",
        actor=("المقاومة الشعبية اليمنية", "المقاومة", "قوات الجيش الموالية للشرعية"),
        target=("للميليشيات المتمردة", "الميليشيات المتمردة"),
        place=("وادي عقان", "لحج"),
        also=("السيطرة على الوادي", "معارك عنيفة"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "أصبحت تحت سيطرتها",
        actor=("المقاومة",),
        target=("الميليشيات المتمردة",),
        place=("قاعدة العند الجوية", "قاعدة العند"),
    ),
]
F["snn-20150725-01182"] = [
    E(
        "Battles/Armed clash",
        "اشتباكات",
        actor="المقاومة الشعبية",
        target=("الحوثي وصالح", "ميلشيات"),
        place=("جبل صبر", "صبر"),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "تقصف",
        actor=("مليشيات الحوثي",),
        place=("صرادة", "المجيرين"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "دحرهم",
        target=("مليشيات الحوثي",),
        date="2015-07",
    ),
]
F["ant-JA-internationalNews-470-20170311"] = []  # al-Baghdadi seen near the border: no happening
F["ant-JA-internationalNews-479-20170311"] = [
    E(
        "Violence against civilians/Attack",
        "أعدمهم",
        actor="داعش",
        target=("سجين مدني", "السجناء"),
        place=("سجن بادوش", "بادوش", "الموصل"),
        date="unknown",
        status="historical",
        fatalities=500,
        also=("مجزرة السجناء",),
    ),
    E(
        "Strategic developments/Arrests",
        "اعتقلت",
        actor=("قوات الحشد الشعبي", "الحشد الشعبي"),
        target=("داعش", "عنصرا"),
    ),
    E(
        "Battles/Government regains territory",
        "استعاد السيطرة",
        actor=("الحشد الشعبي العراقي", "الحشد الشعبي"),
        place=("سجن بادوش", "بادوش"),
        date="2017-03-08",
    ),
]
F["ant-JA-internationalNews-1103-20170605"] = [
    E(
        "Diplomacy/Sanction",
        "قطع علاقاتها الدبلوماسية",
        actor=("الحكومة اليمنية", "اليمن"),
        target=("قطر", "الدوحة"),
        date="2017-06-05",
        also=("بقطع علاقاتها الدبلوماسية مع الدوحة",),
    ),
    E(
        "Diplomacy/Sanction",
        "بإنهاء مشاركة",
        actor=("قيادة تحالف دعم الشرعية", "تحالف دعم الشرعية"),
        target=("القوات القطرية",),
    ),
]
F["ant-JA-internationalNews-300-20151221"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "اغتيال",
        target=("سمير القنطار", "القنطار"),
        place="سوريا",
        also=("اغتياله",),
    ),
    E(
        "Violence against civilians/Attack",
        "غارة",
        at="بسبب دوره",
        actor=("القنطار",),
        place="إسرائيل",
        date="1979",
        status="historical",
        fatalities=4,
    ),
    E(
        "Strategic developments/Agreement",
        "تبادل للأسرى",
        target=("حزب الله",),
        place="لبنان",
        date="unknown",
        status="historical",
    ),
]
F["ant-JA-internationalNews-1039-20161208"] = [
    E("Protests/Peaceful protest", "احتجاجات شعبية", place="تركيا", date="unknown"),
]
F["ant-JA-internationalNews-854-20170505"] = [
    E(
        "Strategic developments/Agreement",
        "الاتفاق",
        place=("سوريا", "إدلب"),
        date="2017-05-05",
        status="planned",
        also=("حصول الاتفاق",),
    ),
]
F["ant-JA-internationalNews-782-20170410"] = [
    E(
        "Violence against civilians/Attack",
        "العمليتين الارهابيتين",
        target=("كنيستين", "مسيحيي مصر"),
        place=("الاسكندرية", "طنطا"),
        date="2017-04-09",
        fatalities=40,
        also=("هذه الضربة",),
    ),
]
F["ant-JA-internationalNews-402-20150427"] = []  # Mubarak's call on the Sinai liberation anniversary

if __name__ == "__main__":
    if "--select" in sys.argv:
        for a in select():
            print(a["id"], a["date"], len(a["text"]), a["title"])
    else:
        n = build(F, OUT)
        print(f"wrote {n} articles to {OUT}", file=sys.stderr)
