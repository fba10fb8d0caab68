"""Source of tests/data/events_r49b.jsonl: the forty-ninth blind event round, part r49b.

8 real articles (SaudiNewsNet politics, 4,090–5,919 characters): the lines of /work/brief/DRAW_r49.tsv
(the saved output of `python tests/data/events_round49_select.py`) whose first column is `r49b`
(selection = events_round49_select.py, seed 4949, part r49b). All 8 kept, none dropped. Annotated by
reading only (2026-11-29): the event coder was never run on these articles and no coder output was read.
Same format and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set);
`build()` comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three or more
12-word runs with an article of another tests/data/events_*.jsonl set (checked 2026-11-29, before the
other parts of rounds 48-49 were committed). Same happenings in other words: the Sousse hotel attack
(r16b, r28a, r30b, r36b, r37c, r42c, r44b), the Suruc bombing.

Choices (the last rounds' calls followed):
- Syria round-up (00030): the rocket on al-Mughayir, Aleppo → *Shelling/artillery/missile attack*, 18
  dead, actor the regime («مصدره مناطق سيطرة النظام»); the helicopter barrels on Tal al-Daman/al-Mantar
  → *Air/drone strike*; the regime shells on Abtin → *Shelling*; the clashes round Sheikh Yusuf hill
  (Naqqarin) and the Bashkoy junction → one *Armed clash* (ambiguous: two places in one sentence, both
  accepted); the Kurdish near-full control of Hasakah «أول من أمس (الاثنين)» → *Non-state actor
  overtakes territory* 2015-07-20; the ISIS attack on Hasakah and the fighting «منذ 25 من شهر يونيو»
  → one *Armed clash*, 2015-06-25 (the ongoing battle, ambiguous); SANA's army «تقدما جديدا» at
  Ghuwayran → *Government regains territory*; the Rmeilan depot blast «فجر يوم أمس الثلاثاء», blamed on
  ISIS, 2 YPG dead → *Remote explosive/landmine/IED* 2015-07-21 (the Monday depot blast «حصل عن طريق
  الخطأ» is an accident, not coded); the Suruc blast named in comparison → *Remote explosive* (the text
  does not say suicide; no date given); the warplane strike on al-Nashwa, 13 ISIS dead → *Air/drone
  strike*; the opposition retaking Tal al-Sheikh Hussein (the «مواجهات» `also`) → *Non-state actor
  overtakes territory*; the regime's «القصف الجوي والمدفعي» on eastern Daraa → one *Air/drone strike*
  (ambiguous: could be two); the opposition rockets on al-Thaala airport → *Shelling*; the barrels
  between al-Musayfra and Umm Walad and on Umm Walad → one *Air/drone strike*; the regime shells on Umm
  Walad and al-Karak al-Sharqi → *Shelling*; the coalition strikes → two *Air/drone strike* (Deir
  ez-Zor, after midnight Monday → 2015-07-21, and Raqqa; the aggregate first sentence is a mention of
  the first). The reinforcements, the tank transfers, the regime's movements and Ansar al-Sham's
  habitual shelling are not coded;
- book review (00183): negative;
- Libya migrants (00145, feature): the EU aid programme «في عام 2013» → *Diplomacy/Aid*, historical,
  2013; Italy's agreement to fund border-guard training after 2011 → *Diplomacy/Aid*, historical,
  "unknown" (both ambiguous: training aid, coded as r41-r45's aid calls); the Tripoli clashes «في
  الصيف الماضي» → *Armed clash*, historical, 2014. The rescues and interceptions of migrant boats, the
  detention centre, the 2011 uprising and Gaddafi's fall, the navy's destruction in it, Italy suspending
  and the EU abandoning the programme, the embassy closures and the (undated, habitual) tribal clashes in
  the south are not coded;
- media column (00281, opinion): negative — the Saudi security forces' foiled plots and arrests are
  generic, ISIS recruiting is not an event;
- Hamas video (01614): the Qassam storming of the Nahal Oz position «إبان العدوان الأخير» → *Armed
  clash*, historical, "unknown" (the hinted capture of soldiers is not asserted, not coded); the
  Israeli forces' arrests of five Palestinian children (March–December 2014) → one *Arrests*,
  historical, 2014 (ambiguous: separate incidents summed in an HRW report; the violence in the arrests
  is part of them). The video's publication, Gantz's tour near al-Maghazi, the hypothetical
  assassination and the 2014 war as a whole (a campaign) are not coded;
- Suez canal column (00079, opinion): negative — the planned opening on 6 August is not an event type;
- US training column (00631, opinion): the US programme's trainers and weapons sent to the Syrian
  opposition → *Diplomacy/Aid*, historical, "unknown" (ambiguous: a programme); Washington's ongoing
  discussions with Moscow and the regional parties («المشاورات الدائرة حاليا مع موسكو» `also`) → one
  *Diplomacy/Talks* (ambiguous: ongoing, no single meeting). The nuclear deal (an aim here), the US air
  strikes on ISIS (a campaign), Khoja's complaint and the war in general are not coded;
- Tunisia/Libya column (00094, opinion): the Sousse massacre, 38 dead → *Violence against
  civilians/Attack*, historical, "unknown" (as r37c/r42c/r44b). Al-Sid's press conference, the border
  wall, the closure of Tunisian airspace to Libyan flights, Gaddafi's fall and the generic terrorism and
  smuggling are not coded.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r49b.jsonl")

F: dict[str, list[dict]] = {}

F["snn-20150722-00030"] = [  # Syria: Latakia reinforcements, Hasakah, Aleppo, Daraa, coalition strikes
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "سقوط صاروخ",
        actor=("النظام", "قوات النظام"),
        target=("حي شعبي", "حي المغاير"),
        place=("حي المغاير", "مدينة حلب", "حلب"),
        fatalities=18,
        also=("سقوط صاروخ على حي المغاير",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصف بالبراميل المتفجرة",
        actor=("الطيران المروحي",),
        place=("تل الضمان", "بلدة تل الضمان", "المنطار", "قرية المنطار", "ريف حلب الجنوبي"),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصفت قوات النظام",
        actor=("قوات النظام",),
        place=("عبطين", "قرية عبطين", "ريف حلب الجنوبي"),
    ),
    E(
        "Battles/Armed clash",
        "اشتباكات متقطعة",
        actor=("قوات النظام", "قوات الدفاع الوطني", "لواء القدس الفلسطيني", "حزب الله"),
        target=("الكتائب الإسلامية", "الكتائب المقاتلة", "جيش المهاجرين والأنصار"),
        place=("تلة الشيخ يوسف", "نقارين", "قرية نقارين", "مفرق باشكوي", "حلب"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرتها",
        at="أعلنت القوات الكردية",
        actor=("القوات الكردية",),
        target=("النظام السوري",),
        place=("مدينة الحسكة", "الحسكة"),
        date="2015-07-20",
    ),
    E(
        "Battles/Armed clash",
        "هجوم لتنظيم داعش",
        actor=("تنظيم داعش", "داعش", "التنظيم"),
        target=("النظام السوري", "قوات النظام"),
        place=("الحسكة", "مدينة الحسكة"),
        date="2015-06-25",
        also=("اشتباكات عنيفة ومستمرة",),
    ),
    E(
        "Battles/Government regains territory",
        "تقدما جديدا",
        actor=("وحدات الجيش العاملة في الحسكة", "وحدات الجيش"),
        target=("تنظيم داعش", "داعش"),
        place=("حي غويران", "غويران", "الحسكة"),
        also=("استمرار العملية العسكرية",),
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "انفجار عنيف",
        actor=("داعش",),
        target=("وحدات حماية الشعب الكردية", "وحدات حماية الشعب الكردي", "مستودع ذخيرة"),
        place=("رميلان", "منطقة رميلان", "قلاج كورتك", "بلدة رميلان"),
        date="2015-07-21",
        fatalities=2,
        also=("دوّى في منطقة رميلان", "دوي انفجار عنيف"),
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "الانفجار الذي هز مدينة سوروتش",
        actor=("داعش",),
        place=("مدينة سوروتش", "سوروتش", "تركيا"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصف للطيران الحربي",
        actor=("للطيران الحربي", "الطيران الحربي"),
        target=("تنظيم داعش", "داعش"),
        place=("حي النشوة", "الحسكة", "مدينة الحسكة"),
        fatalities=13,
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "استعادت السيطرة",
        actor=("المعارضة السورية المسلحة", "المعارضة"),
        target=("القوات النظامية",),
        place=("تل الشيخ حسين", "ريف درعا الشرقي", "درعا"),
        also=("مواجهات مع القوات النظامية",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "القصف الجوي والمدفعي",
        actor=("القوات النظامية",),
        place=("ريف درعا الشرقي", "درعا"),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصف عنيف",
        at="تبعه",
        actor=("المعارضة",),
        target=("مطار الثعلة",),
        place=("مطار الثعلة",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصف الطيران المروحي",
        actor=("الطيران المروحي",),
        place=("المسيفرة", "أم ولد", "قرية أم ولد", "ريف درعا"),
        also=("إلقاء الطيران المروحي المزيد من البراميل المتفجرة",),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصف من قبل قوات النظام",
        actor=("قوات النظام",),
        place=("أم ولد", "الكرك الشرقي", "ريف درعا"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غاراته الجوية",
        actor=("طيران التحالف الدولي", "طائرات التحالف", "التحالف"),
        target=("داعش", "تنظيم داعش"),
        place=("دير الزور", "ريف دير الزور الشرقي", "معمل غاز كونيكو"),
        date="2015-07-21",
        also=("استهداف طائرات التحالف",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "الغارات",
        at="نفّذ طيران التحالف",
        actor=("طيران التحالف",),
        place=("مدينة الرقة", "الرقة", "دوار حزيمة"),
    ),
]

F["snn-20150721-00183"] = []  # book review: short stories of an Iraqi-Spanish writer

F["snn-20150721-00145"] = [  # Libya cannot stop the flow of migrants (Reuters feature)
    E(
        "Diplomacy/Aid",
        "برنامج مساعدات",
        actor=("الاتحاد الأوروبي",),
        target=("خفر السواحل الليبي", "ليبيا"),
        date="2013",
        status="historical",
    ),
    E(
        "Diplomacy/Aid",
        "وافقت إيطاليا على إنفاق الملايين",
        actor=("إيطاليا",),
        target=("حرس الحدود الليبي", "ليبيا"),
        date="unknown",
        status="historical",
    ),
    E(
        "Battles/Armed clash",
        "تفجرت الاشتباكات",
        place=("طرابلس",),
        date="2014",
        status="historical",
    ),
]

F["snn-20150723-00281"] = []  # column: media discourse against ISIS (generic)

F["snn-20150722-01614"] = [  # Israeli papers on the Qassam video of Gantz; HRW on child arrests
    E(
        "Battles/Armed clash",
        "اقتحمت",
        actor=("كتائب الشهيد عز الدين القسام", "القسام", "قواتها"),
        target=("الجيش الإسرائيلي",),
        place=("ناحل عوز", "موقع ناحل عوز"),
        date="unknown",
        status="historical",
    ),
    E(
        "Strategic developments/Arrests",
        "اعتقالهم",
        actor=("القوات الإسرائيلية",),
        target=("أطفال فلسطينيين", "أربعة صبية فلسطينيين وفتاة"),
        place=("الضفة الغربية", "القدس المحتلة"),
        date="2014",
        status="historical",
        also=("اعتقلتهم",),
    ),
]

F["snn-20150803-00079"] = []  # column: strategic value of the new Suez canal

F["snn-20150721-00631"] = [  # column: Washington and the slow training of Syrian rebels
    E(
        "Diplomacy/Aid",
        "أرسلت المدربين والأسلحة والتجهيزات",
        actor=("الإدارة الأميركية",),
        target=("المعارضة السورية",),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Talks",
        "نقاشات معقدة",
        actor=("واشنطن",),
        target=("موسكو", "الأطراف الإقليمية", "طهران"),
        also=("المشاورات الدائرة حاليا مع موسكو",),
    ),
]

F["snn-20150726-00094"] = [  # column: is Libya Tunisia's "great dilemma"?
    E(
        "Violence against civilians/Attack",
        "مجزرة مدينة سوسة",
        place=("مدينة سوسة", "سوسة"),
        target=("38 شخصًا",),
        date="unknown",
        status="historical",
        fatalities=38,
        also=("عملية إرهابية من الوزن الثقيل",),
    ),
]


if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
