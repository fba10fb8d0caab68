"""Source of tests/data/events_r31c.jsonl: the thirty-first blind event round, part r31c.

10 real articles (SaudiNewsNet politics, 1,504–2,481 characters): the lines of /work/brief/DRAW_r31.tsv
(the saved output of `python tests/data/events_round31_select.py`) whose first column is `r31c`
(selection = events_round31_select.py, seed 3131, part r31c). All 10 kept, none dropped; 2 of them
report no event (negatives). Annotated by reading only (2026-11-29): the event coder was never run on
these articles and no coder output was read. Same format and guidelines as events_dev_source.py and
events_fresh_source.py (docs/events.md § Dev set); `build()` comes from events_dev_source.py
(SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three 12-word
runs with an article of another tests/data/events_*.jsonl set (checked at 09:31 UTC). Same happenings in
other words: the liberation of Aden and of al-Anad/Lahj (many rounds), Turkey's consent on Incirlik (r30c).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r30c_source.py):
- «Syria for the honourable» (negative, opinion): Assad freeing ISIS leaders, chemical weapons, barrel
  bombs and killings are a generic indictment with no time or place, not coded (ambiguous);
- Tebu–Tuareg fighting: one *Armed clash* (a week of fighting, Sebha / south-east Libya, 40 dead, no date
  but the week's; the repeated tolls and «المعارك», «القتال» its mentions); the government's call to stop,
  the 18 months of fighting and the truces are background, not coded; Leon meeting Gentiloni in Rome
  «الليلة الماضية» → *Diplomacy/Meeting* 2015-07-22; the four Italians kidnapped «يوم الأحد الماضي» near
  Mellitah → *Abduction/forced disappearance* 2015-07-19 (first mention «المختطفين» in Leon's call);
- Derna boat: the Libyan air force striking the boat → *Air/drone strike* (date not given: the source
  spoke on Friday); the Derna battles and «غارات شبه يومية» are habits, not coded; the UN's new round of
  talks «يوم الإثنين في جنيف» → *Diplomacy/Talks*, planned, 2015-08-10; the factions' initial agreement
  «في الشهر الماضي» → *Diplomacy/Agreement* 2015-07, reported (no place named; the boycott not coded);
- Aden medicines ship: the Emirati ship → *Diplomacy/Aid* 2015-07-22; «بعد تحرير المدينة» → Aden's
  liberation, *Government regains territory*, "unknown" (as r30c); the two coalition raids on al-Manar
  camp (al-Haymah) → one *Air/drone strike*; Marib: the Houthi attacks repelled at al-Jufainah and at
  Sirwah → two *Armed clash* (one per front; the aggregate first sentence is a mention of the first; the
  3rd military region's heavy-weapons cover at Sirwah is read as part of that clash, ambiguous: could be a
  *Shelling* event), the artillery exchange at al-Balaq and al-Jad'an → one *Armed clash* (an exchange,
  both sides firing; no date given); the siege «الطوق» and «يحاولون إسقاط» not coded;
- Khafji (opinion): the Iraqi army's occupation of Khafji → *Non-state actor overtakes territory*
  (foreign state forces), historical, "unknown"; the Lausanne agreement → *Diplomacy/Agreement*,
  historical, "unknown" (named in passing; ambiguous); the liberation of Kuwait («حرب تحرير الكويت», a war's
  name) and the hypothetical fall of Aden are not coded;
- Turkey–US road map: ISIS's attack on the Turkish border post «أمس» → one *Armed clash* 2015-07-23, 2
  dead (a soldier and a militant), the Turkish response and incursion its mentions (no place named but the
  border; ambiguous); the Turkey–US understanding → *Diplomacy/Agreement* (the «اتفاقًا كاملاً» of the call
  and the unconfirmed «اتفقا» its mentions); the Obama–Erdogan call → *Diplomacy/Phone call*; Ankara's
  consent to arming the drones at Incirlik → a second *Diplomacy/Agreement* (as r30c); «هجمات كثيرة» on
  Turkish posts (a tally with one death), the reinforcements and the peace process are not coded;
- Abyan: «محافظة أبين … أصبحت محررة بالكامل» → *Government regains territory* (army and Southern
  Resistance), the sites taken in Zinjibar («تمّت السيطرة») its mention; Shuqra taken «سيطر على مدينة شقرة»
  → a second takeover; the commander's title «تحرير مدن عدن وأبين ولحج» → Aden's and Lahj's liberations,
  "unknown" (as r2x lists); the Houthi flight toward Mukayras and the mines they laid are not coded; the
  coalition raids in Amran «فجر أمس» → *Air/drone strike* 2015-08-10;
- PM's son (negative): an online smear campaign, no event;
- Iran's Sunnis: the arrest of the ISIS-linked Afghans in Tehran → *Arrests* (the second «اعتقلت» its
  mention); their kidnapping of two Afghans → *Abduction/forced disappearance*, "unknown"; the release of
  Basma al-Jubouri → *Strategic developments/Other*; her hunger strike → *Peaceful protest*, "unknown"
  (ambiguous: ACLED codes hunger strikes only when public); the arrests of members of Ahmadinejad's
  government → *Arrests*, "unknown"; Rouhani's campaign trip and the prayer restrictions not coded;
- Saleh's immunity: the Resistance's recent advance in Aden → *Government regains territory* (army
  named with it; ambiguous: could be *Non-state actor overtakes territory*); Tueller going to Cairo at Eid
  → *Diplomacy/Visit* 2015-07; his meeting with the GPC leaders Saleh sent → *Diplomacy/Meeting*, place
  Cairo; the start of Decisive Storm «منذ … في مارس الماضي» is background, not coded.

Run: python tests/data/events_r31c_source.py   (writes events_r31c.jsonl)
Text licences: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r31c.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150727-01310"] = []
F["snn-20150723-00301"] = [
    E(
        "Battles/Armed clash",
        "اشتباكات",
        actor=("التبو", "قبيلتي التبو والطوارق"),
        target=("الطوارق",),
        place=("سبها", "مدينة سبها", "جنوب شرق ليبيا"),
        fatalities=40,
        also=("سقط 40 قتيلاً", "اشتباكات عنيفة بين التبو", "المعارك التي اندلعت", "الاقتتال", "القتال"),
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "المختطفين",
        target=("الإيطاليين", "أربعة إيطاليين", "الموظفين الإيطاليين"),
        place=("مليتة", "منطقة مليتة", "مجمع مليتة النفطي", "زوارة"),
        date="2015-07-19",
        also=("اختطاف الموظفين", "عملية الاختطاف", "اختطفوا"),
    ),
    E(
        "Diplomacy/Meeting",
        "لقائه",
        actor=("ليون", "برناردينو ليون"),
        target=("باولو جينتيلوني", "وزير الخارجية الإيطالي"),
        place=("روما",),
        date="2015-07-22",
    ),
]
F["snn-20150808-01137"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصفت",
        actor=("سلاح الجو الليبي", "طائرات سلاح الجو الليبي"),
        target=("أحد المراكب", "مسلحين"),
        place=("ميناء درنة", "درنة"),
        also=("تم قصفه",),
    ),
    E(
        "Diplomacy/Talks",
        "محادثات",
        actor=("بعثة الأمم المتحدة", "الأمم المتحدة", "المنظمة الدولية"),
        place=("جنيف",),
        date="2015-08-10",
        status="planned",
    ),
    E(
        "Diplomacy/Agreement",
        "وقّعت",
        actor=("بعض الفصائل", "الفصائل"),
        date="2015-07",
        also=("اتفاقا مبدئيا",),
    ),
]
F["snn-20150723-00551"] = [
    E(
        "Diplomacy/Aid",
        "رست",
        actor=("إماراتية", "سفينة إماراتية"),
        place=("عدن", "ميناء الحاويات"),
        date="2015-07-22",
        also=("شحنة الأدوية",),
    ),
    E(
        "Battles/Government regains territory",
        "تحرير",
        target=("مليشيا الحوثي", "الحوثي"),
        place=("المدينة", "عدن"),
        date="unknown",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارتين جويتين",
        actor=("طائرات التحالف", "التحالف"),
        target=("معسكر", "معسكر المنار", "الحوثيون"),
        place=("مديرية الحيمة الخارجية", "الحيمة الخارجية", "صنعاء", "العاصمة صنعاء", "ضواحي العاصمة صنعاء"),
        date="2015-07-22",
        also=("غارتين جويتين استهدفتا", "الغارتين"),
    ),
    E(
        "Battles/Armed clash",
        "تصدت",
        actor=("المسلحون الحوثيون", "الحوثيين", "الحوثيون"),
        target=("المقاومة", "الجيش", "المقاومة والجيش"),
        place=("الجفينة", "منطقة الجفينة", "محافظة مأرب", "مأرب"),
        date="2015-07-22",
        also=("شنوا هجمات", "تعرضوا لهجمات"),
    ),
    E(
        "Battles/Armed clash",
        "تصدت",
        at="وفي منطقة صرواح",
        actor=("الحوثيين",),
        target=("المقاومة", "الجيش", "المقاومة والجيش"),
        place=("صرواح", "منطقة صرواح"),
        date="2015-07-22",
        also=("لهجوم الحوثيين",),
    ),
    E(
        "Battles/Armed clash",
        "تبادلت",
        actor=("المقاومة", "الجيش", "المقاومة والجيش"),
        target=("الحوثيين", "الموالين لصالح"),
        place=("البلق", "الجدعان", "جبهتي البلق والجدعان"),
    ),
]
F["snn-20150722-01448"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "باحتلال",
        actor=("الجيش العراقي",),
        place=("الخفجي",),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Agreement",
        "اتفاق لوزان",
        place=("لوزان",),
        date="unknown",
        status="historical",
    ),
]
F["snn-20150724-00724"] = [
    E(
        "Battles/Armed clash",
        "بمهاجمته",
        actor=("تنظيم داعش", "داعش"),
        target=("مركزًا تركيًا", "التركي", "الجيش التركي"),
        date="2015-07-23",
        fatalities=2,
        also=("رد تركي", "توغل", "الحادث"),
    ),
    E(
        "Diplomacy/Agreement",
        "تفاهم",
        actor=("تركيا", "أنقرة"),
        target=("الولايات المتحدة", "واشنطن"),
        also=("اتفاقًا كاملاً", "اتفقا"),
    ),
    E(
        "Diplomacy/Phone call",
        "اتصال",
        actor=("باراك أوباما", "أوباما"),
        target=("رجب طيب إردوغان", "إردوغان"),
    ),
    E(
        "Diplomacy/Agreement",
        "موافقتها",
        actor=("أنقرة",),
        target=("واشنطن",),
        place=("قاعدة أنجرليك", "أنجرليك"),
    ),
]
F["snn-20150811-00546"] = [
    E(
        "Battles/Government regains territory",
        "تحرير",
        place=("عدن",),
        date="unknown",
    ),
    E(
        "Battles/Government regains territory",
        "تحرير",
        place=("لحج",),
        date="unknown",
    ),
    E(
        "Battles/Government regains territory",
        "محررة",
        actor=("الجيش الموالي للشرعية", "المقاومة الجنوبية", "الجيش", "المقاومة"),
        place=("محافظة أبين", "أبين", "زنجبار"),
        also=("تمّت السيطرة", "تحرير محافظة أبين"),
    ),
    E(
        "Battles/Government regains territory",
        "سيطر",
        at="إن الجيش سيطر",
        actor=("الجيش",),
        place=("مدينة شقرة", "شقرة", "مثلث شقرة أحور العرقوب"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات جوية",
        actor=("طائرات التحالف", "التحالف", "قوات التحالف"),
        target=("جماعة الحوثيين", "الحوثيين", "مقار ومواقع لجماعة الحوثيين"),
        place=("عمران", "محافظة عمران", "مديرية المدان", "المدان"),
        date="2015-08-10",
        also=("غارات استهدفت", "القصف"),
    ),
]
F["snn-20150803-00035"] = []
F["snn-20150727-00446"] = [
    E(
        "Strategic developments/Arrests",
        "اعتقلت",
        actor=("أجهزة الأمنية الإيرانية", "أجهزة الأمن الإيرانية"),
        target=("مجموعة من الأفغانيين", "الأفغانيين", "جماعة إرهابية"),
        place=("طهران",),
        also=("اعتقلت جماعة",),
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "باختطاف",
        actor=("مجموعة من الأفغانيين", "الأفغانيين", "تنظيم داعش"),
        target=("أفغانيين",),
        place=("طهران", "العاصمة طهران"),
        date="unknown",
    ),
    E(
        "Strategic developments/Other",
        "أفرجت",
        actor=("إيران", "السلطات الإيرانية"),
        target=("بسمة الجبوري", "السجينة العراقية"),
        place=("سجن ورامين", "ورامين"),
        also=("أفرجت عن السجينة العراقية بعد",),
    ),
    E(
        "Protests/Peaceful protest",
        "مضربة عن الطعام",
        actor=("الجبوري", "بسمة الجبوري"),
        place=("سجن ورامين", "ورامين"),
        date="unknown",
    ),
    E(
        "Strategic developments/Arrests",
        "اعتقال",
        at="هرب إلى تركيا بعد",
        target=("أعداد من حكومة نجاد", "حكومة نجاد"),
        date="unknown",
    ),
]
F["snn-20150724-01615"] = [
    E(
        "Battles/Government regains territory",
        "التقدم الكبير",
        actor=("المقاومة الشعبية", "قوات الجيش الخاضع للشرعية"),
        place=("عدن",),
    ),
    E(
        "Diplomacy/Meeting",
        "للاجتماع",
        actor=(
            "قيادات بحزب المؤتمر الشعبي العام",
            "حزب المؤتمر الشعبي العام",
            "قيادات من حزب المؤتمر الشعبي",
        ),
        target=("ماثيو تولر", "تولر", "السفير الأميركي"),
        place=("القاهرة", "العاصمة المصرية"),
        date="2015-07",
        also=("للاجتماع بقيادات",),
    ),
    E(
        "Diplomacy/Visit",
        "توجه",
        at="أن تولر",
        actor=("تولر", "ماثيو تولر"),
        place=("العاصمة المصرية", "القاهرة"),
        date="2015-07",
    ),
]


if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
