"""Source of tests/data/events_r52c.jsonl: the fifty-second blind event round, part r52c.

8 real articles (SaudiNewsNet politics, 4,012–5,797 characters): the lines of /work/brief/DRAW_r52.tsv
(the saved output of `python tests/data/events_round52_select.py`) whose first column is `r52c`
(selection = events_round52_select.py, seed 5252, part r52c). All 8 kept, none dropped; 38 events, one
negative (counts in the report). Annotated by reading only (2026-11-29): the event coder was never run on
these articles and no coder output was read.
Same format and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set);
`build()` comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three or more
12-word runs with an article of another tests/data/events_*.jsonl set (checked 2026-11-29 17:54 UTC).
Same happenings in other words: the liberation of Aden and Bahah's 1 August visit (many rounds), the
Doha Kerry–Lavrov–Jubeir meeting, the Iran nuclear agreement (many rounds).

Choices (the last rounds' calls followed; columns: only what the column reports as having happened):
- Syria column (00090): Turkey's «عمليات عسكرية» against ISIS in Syria and against the PKK in Iraq → two
  *Armed clash*, publication date (ambiguous: in fact air strikes, the text says only military
  operations); the «حملات أمنية واسعة» in Turkey → *Arrests* (ambiguous: security sweeps); the latest
  Turkey–Washington agreement → *Diplomacy/Agreement*; the NATO meeting in Brussels → *Meeting*;
  de Mistura's tours, the Iranian FM's visit to Gulf states, the Saudi and the Egyptian FMs' visits →
  four *Visit*; the Cairo conference and the Coalition–Coordination Body meeting in Brussels «في الأشهر
  القليلة الماضية» → two *Meeting*, historical, "unknown". Not coded: the planned safe zone, de
  Mistura's report, the talks in general;
- extremism column (01353): the Brotherhood put on the terrorist list → *Diplomacy/Sanction*, historical,
  "unknown" (as r51c's Sharia4Belgium ban); nothing else (opinion, no happening);
- Saudi forces in Aden (01139): the liberation of Aden → *Government regains territory*, "unknown" (as
  earlier rounds); the Saudi planes landing at Aden airport with King Salman Centre aid → *Diplomacy/Aid*,
  publication date; the four months of fighting in Aden → one *Armed clash*, historical, "unknown". Not
  coded: the celebrations in the streets (not a protest), the 1948 war, the declaration of the war;
- Bahah in Aden (00157): his return/visit «أمس» → *Visit* 2015-08-01 (his tour of the airport, ports and
  districts part of it); his meeting with the ministers and Resistance leaders → *Meeting* 2015-08-01;
  the recapture of Aden announced in mid-July → *Government regains territory* 2015-07; the planned
  transfer of ~600 wounded to Jordan financed with the King Salman Centre → *Aid*, planned, 2015-08; the
  Houthi shelling that damaged Aden airport → *Shelling*, historical, "unknown"; the Katyusha attempts on
  the airport and ports → a second *Shelling*, no date (ambiguous: may be the same shelling); the UN
  humanitarian official's visit → *Visit*, no date; the ministers' arrival on the evening of the first
  day of Eid → *Visit* 2015-07-17 (date resolved from «أول أيام عيد الفطر»; ambiguous). Not coded: the
  five-month siege, the government's planned move, the search for bodies, the relief committee;
- Golan resistance (00158): the Israeli drone strike in Hadar «الأسبوع الماضي» (3 dead) → *Air/drone
  strike*, no date (as r41a's «في الأسبوع الماضي»); the April strike (4 dead) → *Air/drone strike*, historical, 2015-04; last winter's
  southern battle of regime forces and Hezbollah → *Armed clash*, historical, "unknown"; the attacks on
  Israeli positions: the IED on an armoured vehicle → *Remote explosive*, the shells and rockets →
  *Shelling*, Israel's return fire on Quneitra → *Shelling*, all historical, "unknown", no fatalities
  (the one Israeli dead is not tied to one attack); the 18 January strike on a Hezbollah convoy (5 +
  1 Iranian officer) → *Air/drone strike*, historical, 2015-01-18, 6. Not coded: Nasrallah's 2013
  announcement, Qantar's recruitment, the opposition's control of Beit Jinn (a state);
- Lavrov/Kerry column (00184): the Doha Kerry–Lavrov–Jubeir meeting → *Meeting*; Kerry's talks with his
  Gulf colleagues → a second *Meeting*; the agreed joint action plan → *Diplomacy/Agreement*; Lavrov's
  visit to Qatar → *Visit*; Camp David → *Meeting*, historical, "unknown"; the nuclear agreement →
  *Diplomacy/Agreement*, historical, "unknown"; the fifth ministerial forum in New York → *Meeting*,
  planned, 2015-09. Not coded: Erdogan's and the Kremlin's statements, Putin's initiative, Russian vetoes;
- Iranian project column (00061): negative (the 1906 revolution, the «four capitals» and the killing in
  Baghdad are asides and generic);
- Iran wealth column (00095): the nuclear agreement with the 5+1 → *Diplomacy/Agreement*, historical,
  "unknown" (as earlier rounds). Not coded: the WWI occupation, the Shah's deposition in 1941, the 1946
  separatist republics, the 1952 nationalisation (century-old asides).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r52c.jsonl")

F: dict[str, list[dict]] = {}

F["snn-20150802-00090"] = [  # opinion: is it time for the Syrian question?
    E(
        "Battles/Armed clash",
        "عمليات عسكرية",
        actor=("تركيا",),
        target=("«داعش»", "داعش"),
        place=("سوريا",),
    ),
    E(
        "Battles/Armed clash",
        "وضد (pkk) في العراق",
        actor=("تركيا",),
        target=("(pkk)", "pkk"),
        place=("العراق",),
    ),
    E(
        "Strategic developments/Arrests",
        "حملات أمنية واسعة",
        actor=("تركيا",),
        place=("تركيا",),
    ),
    E(
        "Diplomacy/Agreement",
        "الاتفاق الأخير",
        actor=("تركيا",),
        target=("واشنطن",),
    ),
    E(
        "Diplomacy/Meeting",
        "اجتماع حلف الناتو",
        actor=("حلف الناتو",),
        target=("تركيا",),
        place=("بروكسل",),
        also=("ختام اجتماعه",),
    ),
    E(
        "Diplomacy/Visit",
        "جولات",
        at="جولات المبعوث",
        actor=("دي ميستورا", "المبعوث الدولي"),
    ),
    E(
        "Diplomacy/Visit",
        "زيارة",
        at="وزيارة وزير الخارجية الإيراني",
        actor=("وزير الخارجية الإيراني",),
        place=("بلدان الخليج",),
    ),
    E(
        "Diplomacy/Visit",
        "زيارات",
        at="وكذلك زيارات",
        actor=("وزير الخارجية السعودي",),
    ),
    E(
        "Diplomacy/Visit",
        "ومثله",
        actor=("وزير الخارجية المصري",),
    ),
    E(
        "Diplomacy/Meeting",
        "مؤتمر القاهرة",
        actor=("المعارضة السورية",),
        place=("القاهرة",),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Meeting",
        "لقاء الائتلاف الوطني",
        actor=("الائتلاف الوطني",),
        target=("هيئة التنسيق",),
        place=("بروكسل",),
        date="unknown",
        status="historical",
    ),
]

F["snn-20150731-01353"] = [  # opinion: extremism and the making of illusory enemies
    E(
        "Diplomacy/Sanction",
        "وضعهم على قائمة التنظيمات الإرهابية",
        target=("الإخوان المسلمين",),
        date="unknown",
        status="historical",
    ),
]

F["snn-20150727-01139"] = [  # Saudi forces bring smiles to Aden's children
    E(
        "Battles/Government regains territory",
        "تحرير عدن",
        actor=("رجال المقاومة الشعبية", "المقاومة الشعبية", "القوات السعودية"),
        target=("ميليشيات الحوثي",),
        place=("عدن",),
        date="unknown",
        also=("بعد أيام من تحريرها", "وأن تحرير عدن", "بتحرير أغلب مدينة عدن", "وتخليص عدن"),
    ),
    E(
        "Diplomacy/Aid",
        "هبطت",
        actor=("طائرات القوات السعودية", "القوات السعودية", "مركز الملك سلمان للإغاثة والأعمال الإنسانية"),
        target=("للشعب اليمني",),
        place=("مطار عدن",),
        also=("ووصول الطائرات الى عدن",),
    ),
    E(
        "Battles/Armed clash",
        "4 شهور من القتال",
        actor=("لجان المقاومة الشعبية",),
        target=("والحوثيين", "الحوثيين", "ميليشيات علي عبدالله صالح"),
        place=("عدن",),
        date="unknown",
        status="historical",
    ),
]

F["snn-20150802-00157"] = [  # Yemeni vice-president enters Aden
    E(
        "Diplomacy/Visit",
        "عاد",
        actor=("خالد بحاح",),
        place=("عدن",),
        date="2015-08-01",
        also=("زيارة بحاح لتدشين", "عقب وصوله إلى عدن", "زيارة خالد بحاح، نائب الرئيس اليمني، إلى عدن"),
    ),
    E(
        "Battles/Government regains territory",
        "استعادت",
        actor=("المقاومة الشعبية", "والجيش الوطني", "الجيش الوطني"),
        target=("الميليشيات الحوثية",),
        place=("المدينة", "عدن"),
        date="2015-07",
        also=("استعادة المدينة الساحلية",),
    ),
    E(
        "Diplomacy/Meeting",
        "اجتمع بحاح",
        actor=("بحاح",),
        target=("الوزراء", "قيادة المقاومة الشعبية والجيش الوطني"),
        place=("هناك", "عدن"),
        date="2015-08-01",
        also=("اجتماع بحاح مع الحكومة المحلية",),
    ),
    E(
        "Diplomacy/Aid",
        "سيتم نقل الجرحى إلى الأردن",
        actor=("مركز الملك سلمان للإغاثة الإنسانية",),
        target=("جريح يمني", "الجرحى"),
        place=("الأردن",),
        date="2015-08",
        status="planned",
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصف الميليشيات الحوثية",
        actor=("الميليشيات الحوثية",),
        target=("مطار عدن الدولي",),
        place=("مطار عدن الدولي", "عدن"),
        date="unknown",
        status="historical",
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "استهداف مطار عدن والمواني بصواريخ «كاتيوشا»",
        actor=("الميليشيات الحوثية",),
        target=("مطار عدن", "المواني"),
        place=("مطار عدن", "عدن"),
    ),
    E(
        "Diplomacy/Visit",
        "يزور عدن",
        actor=("المدير للبرنامج الإنساني في اليمن", "مسؤول أممي"),
        place=("عدن",),
        also=("خلال زيارة ميدانية",),
    ),
    E(
        "Diplomacy/Visit",
        "وصلوا إلى عدن",
        actor=("فريق الوزراء", "الوزراء"),
        place=("عدن",),
        date="2015-07-17",
    ),
]

F["snn-20150803-00158"] = [  # Hezbollah runs the "Syrian Resistance for the Liberation of the Golan"
    E(
        "Explosions/Remote violence/Air/drone strike",
        "ضربة جوية",
        actor=("طائرة إسرائيلية من دون طيار", "إسرائيلية"),
        target=("ثلاثة عناصر منها", "«المقاومة السورية لتحرير الجولان»"),
        place=("بلدة حضر", "حضر"),
        fatalities=3,
        also=("هذه الضربة",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "ضربة إسرائيلية",
        target=("أربعة آخرون",),
        place=("الشريط الحدودي مع الجولان", "الجولان"),
        date="2015-04",
        status="historical",
        fatalities=4,
    ),
    E(
        "Battles/Armed clash",
        "شنت القوات النظامية",
        actor=("القوات النظامية", "مقاتلو حزب الله اللبناني", "حزب الله"),
        place=("مثلث جنوب دمشق - درعا - القنيطرة",),
        date="unknown",
        status="historical",
        also=("معركة الجنوب", "معركة مثلث الموت"),
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "بعبوة ناسفة",
        target=("مدرعة إسرائيلية",),
        place=("مرتفعات الجولان", "الجولان"),
        date="unknown",
        status="historical",
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "إطلاق قذائف وصواريخ",
        target=("أهداف إسرائيلية",),
        place=("الشريط الشائك", "مرتفعات الجولان"),
        date="unknown",
        status="historical",
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "يرد بإطلاق القذائف",
        actor=("جيش إسرائيل",),
        place=("القنيطرة",),
        date="unknown",
        status="historical",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "استهدف سلاح الجو",
        actor=("سلاح الجو",),
        target=("قافلة لحزب الله", "حزب الله"),
        place=("المنطقة", "القنيطرة"),
        date="2015-01-18",
        status="historical",
        fatalities=6,
    ),
]

F["snn-20150806-00184"] = [  # opinion: Lavrov's Assad knot and Kerry's Gulf reassurances
    E(
        "Diplomacy/Meeting",
        "اللقاء",
        at="اللقاء بين جون كيري",
        actor=("جون كيري", "كيري"),
        target=("سيرغي لافروف", "عادل الجبير"),
        place=("الدوحة",),
        also=("الاجتماع الثلاثي",),
    ),
    E(
        "Diplomacy/Meeting",
        "محادثات كيري مع زملائه الخليجيين",
        actor=("كيري",),
        target=("زملائه الخليجيين",),
        place=("الدوحة",),
        also=("تجدد المحادثات بين كيري وزملائه الخليجيين",),
    ),
    E(
        "Diplomacy/Agreement",
        "تمّ الاتفاق",
        actor=("واشنطن", "كيري", "أميركا"),
        target=("دول مجلس التعاون", "زملائه الخليجيين", "خالد العطية"),
        also=("بيان مشترك شامل",),
    ),
    E(
        "Diplomacy/Visit",
        "زيارة لافروف إلى قطر",
        actor=("لافروف",),
        place=("قطر",),
    ),
    E(
        "Diplomacy/Meeting",
        "«كامب ديفيد»",
        actor=("باراك أوباما",),
        target=("الزعماء الخليجيين",),
        date="unknown",
        status="historical",
        also=("قمة «كامب ديفيد»",),
    ),
    E(
        "Diplomacy/Agreement",
        "التوقيع على الاتفاق النووي",
        target=("إيران",),
        date="unknown",
        status="historical",
        also=("واشنطن وقّعته",),
    ),
    E(
        "Diplomacy/Meeting",
        "الاجتماع الوزاري الخامس",
        place=("نيويورك",),
        date="2015-09",
        status="planned",
        also=("على عقده الشهر المقبل",),
    ),
]

F["snn-20150801-00061"] = []  # opinion: the Iranian project and the four capitals (negative)

F["snn-20150802-00095"] = [  # opinion: Iran, the price of wealth and geography
    E(
        "Diplomacy/Agreement",
        "الاتفاق النووي",
        actor=("إيران",),
        target=("مجموعة دول 5+1", "دول 5+1"),
        date="unknown",
        status="historical",
    ),
]


if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
