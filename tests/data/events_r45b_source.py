"""Source of tests/data/events_r45b.jsonl: the forty-fifth blind event round, part r45b.

10 real articles (SaudiNewsNet politics, 2,572–3,779 characters): the lines of /work/brief/DRAW_r45.tsv
(the saved output of `python tests/data/events_round45_select.py`) whose first column is `r45b`
(selection = events_round45_select.py, seed 4545, part r45b). All 10 kept, none dropped. Annotated by
reading only (2026-11-29): the event coder was never run on these articles and no coder output was read.
Same format and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set);
`build()` comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or any 12-word run
(three or more) with an article of another tests/data/events_*.jsonl set (checked 2026-11-29, before the
other parts of round 45 were committed). Same happenings in other words: the nuclear deal, the liberation
of Aden, the Turkish strikes on the PKK, the 26 June attacks in Kuwait, Tunisia and France.

Choices (the last rounds' calls followed):
- unipolarity column (00450): Desert Storm «لتحرير دولة الكويت» (February 1991) → *Government regains
  territory*, historical, 1991-02 (as r40c's liberation of Kuwait; ambiguous: r31c left a war's name
  uncoded); the invasion and occupation of Iraq and of Afghanistan → two *Non-state actor overtakes
  territory*, historical, "unknown" (one trigger; as r44b; ambiguous: r30a left them uncoded as argument);
  the US and EU sanctions on Russia → *Diplomacy/Sanction*, historical, "unknown" (as r32c); the Soviet
  break-up, the 2008 crisis, Putin's coming to power and the Kaliningrad / Poland missile deployments are
  not coded;
- Iran column (00580): the nuclear deal of the 5+1 and Iran → *Diplomacy/Agreement*, "unknown" (as r44b);
  Decisive Storm named as Saudi Arabia's success (background, as r34a), the lifted sanctions and Iran's
  generic violence are not coded;
- hajj vaccination (01215): negative (health requirements, country lists);
- al-Shishakli interview (01164): the Coordination Body–Coalition memorandum → *Diplomacy/Agreement*,
  publication date (recent, undated); the US–Turkish agreement on a safe zone → *Diplomacy/Agreement*,
  publication date, no place (the zone is its subject); Turkey's strikes on PKK positions («ضرباتها
  الجوية» … «حزب العمال وداعش») → one *Air/drone strike*, publication date, the PKK and ISIS accepted as
  target (ambiguous: strikes on ISIS in Syria and the PKK in Iraq could be two events); the coalition going
  to Geneva 2 → *Diplomacy/Talks*, historical, "unknown"; Ratney's appointment, the Geneva 1 decisions
  (a basis), Geneva 3 (a question), the barrel bombs on a future zone (hypothetical) and the restored
  consular relations are not coded;
- UAE cell column (01029): the UAE uncovering a terrorist group and referring 41 to trial → *Strategic
  developments/Arrests*, publication date (as r36's detentions announced); Iran's sectarian wars and its
  sheltering of al-Qaeda leaders (generic) are not coded;
- Aden aid (01972): the Houthis seizing Saudi aid sent to Aden before its liberation → *Strategic
  developments/Looting/property destruction*, historical, "unknown" (as r23c's convoy; «اختطفت في السابق
  بعض المواد» a mention); the liberation of Aden → *Government regains territory*, historical, "unknown"
  (as r30a/r32c); Saudi Arabia's aid planes, ships and convoys → *Diplomacy/Aid*, and the UAE's and
  Qatar's → a second *Aid* (other donors), both publication date; the relief workers selling aid on the
  black market (theft, not political violence; ambiguous), the sweeps of the districts and the call for
  an inquiry are not coded;
- Kurdistan region (00136): the Turkish bombardment of Soran district (Sidakan, Rawanduz, Balakayati) →
  *Shelling/artillery/missile attack* (the text says «القصف التركي», no aircraft as its subject; ambiguous:
  the Turkish planes «دون تنفيذ أي غارات جوية» hint at air raids), publication date, no fatalities given
  (no human losses said, not a number); hundreds marching towards Qandil «أمس» in solidarity with the PKK
  → *Peaceful protest* 2015-07-26 (ambiguous); the Iranian drones and Turkish spy planes flying over (no
  attack, as r23c/r24a), the escalation between Turkey and the PKK named in statements, the breached
  truce, the mediation efforts and the displacement are not coded;
- Calais (00386): Cameron's visit to Singapore → *Diplomacy/Visit*, publication date; Theresa May
  receiving Bernard Cazeneuve «أمس» → *Diplomacy/Meeting* 2015-07-30, London accepted as place
  (ambiguous: the text names London only for the COBRA meeting); the migrant's death (an accident), the
  intrusion attempts, the COBRA meeting (domestic, as r18a/r32c), the 37,000 migrants intercepted and
  handed over, the compensation claim and the funding are not coded;
- ISIS column (00894): the three attacks of one day in Kuwait, Tunisia and France → three *Violence
  against civilians/Attack* (one trigger, one per country; no suicide or bomb word), historical,
  "unknown" («تبني ثلاث عمليات» a mention); al-Abadi's last visit to Paris → *Diplomacy/Visit*,
  historical, "unknown"; the gold coin, al-Adnani's announcement and the coalition strikes asked about
  (rhetorical) are not coded;
- Syria and the deal (00095): the nuclear deal → *Diplomacy/Agreement*, "unknown"; Iran's support and
  the sending of the Revolutionary Guards to Syria since 2011, Hezbollah's fighting and the future signing
  are background, not coded.

Negatives (1): snn-20150803-01215 (hajj health requirements).

Run: python tests/data/events_r45b_source.py            (writes events_r45b.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r45b.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150726-00450"] = [  # column: the end of US unipolarity?
    E(
        "Battles/Government regains territory",
        "عملية عاصفة الصحراء",
        actor=("الولايات المتحدة", "تحالفًا دوليًا"),
        target=("الاحتلال العراقي",),
        place=("دولة الكويت", "الكويت"),
        date="1991-02",
        status="historical",
        also=("لتحرير دولة الكويت",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "غزو واحتلال العراق",
        actor=("للإدارة الأمريكية", "الإدارة الأمريكية", "الولايات المتحدة"),
        place=("العراق",),
        date="unknown",
        status="historical",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "غزو واحتلال العراق",
        actor=("للإدارة الأمريكية", "الإدارة الأمريكية", "الولايات المتحدة"),
        place=("أفغانستان",),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Sanction",
        "العقوبات الاقتصادية",
        actor=("الولايات المتحدة", "دول الاتحاد الأوروبي", "الاتحاد الأوروبي"),
        target=("روسيا", "روسيا الجديدة"),
        date="unknown",
        status="historical",
    ),
]

F["snn-20150801-00580"] = [  # column: Saudi Arabia against Iran's expansion
    E(
        "Diplomacy/Agreement",
        "الاتفاق الأخير",
        actor=("مجموعة 5+1",),
        target=("إيران",),
        date="unknown",
        also=("للاتفاق النووي الإيراني الغربي",),
    ),
]

F["snn-20150803-01215"] = []  # hajj health requirements: no event

F["snn-20150802-01164"] = [  # interview: Adib al-Shishakli
    E(
        "Diplomacy/Agreement",
        "وثيقة التفاهم",
        actor=("الهيئة التنسيقية",),
        target=("الائتلاف",),
    ),
    E(
        "Diplomacy/Agreement",
        "الاتفاق الامريكي التركي",
        actor=("الامريكي",),
        target=("التركي",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "ضرب تركيا",
        actor=("تركيا",),
        target=("حزب العمال الكردستاني", "حزب العمال", "داعش"),
        also=("بضرباتها الجوية",),
    ),
    E(
        "Diplomacy/Talks",
        "ذهبنا",
        actor=("الائتلاف", "ائتلاف المعارضة"),
        target=("نظام الاسد", "النظام"),
        place=("جنيف 2", "جنيف"),
        date="unknown",
        status="historical",
    ),
]

F["snn-20150803-01029"] = [  # column: the Gulf facing ISIS
    E(
        "Strategic developments/Arrests",
        "كشف مجموعة إرهابية",
        actor=("دولة الإمارات العربية", "الإمارات"),
        target=("مجموعة إرهابية", "41 من المتهمين"),
        place=("دولة الإمارات العربية", "الإمارات"),
        also=("وأحالت 41 من المتهمين إلى المحاكمة",),
    ),
]

F["snn-20150806-01972"] = [  # Aden: aid sold on the black market
    E(
        "Strategic developments/Looting/property destruction",
        "سيطروا على بعض المعونات",
        actor=("للحوثيين", "الحوثيين", "ميليشيات الحوثي"),
        place=("عدن",),
        date="unknown",
        status="historical",
        also=("اختطفت في السابق بعض المواد",),
    ),
    E(
        "Battles/Government regains territory",
        "تحريرها",
        actor=("السلطات الشرعية اليمنية", "قوات التحالف العربي"),
        target=("الحوثيون", "الحوثيين"),
        place=("عدن",),
        date="unknown",
        status="historical",
        also=("بعد تحرير عدن", "أعلنت السلطات الشرعية اليمنية وقوات التحالف العربي تحريرها"),
    ),
    E(
        "Diplomacy/Aid",
        "أرسلت كثيرا من الطائرات",
        actor=("المملكة العربية السعودية", "السعودية"),
        place=("عدن", "المدينة"),
    ),
    E(
        "Diplomacy/Aid",
        "لإيصال مساعدات غذائية وإنسانية",
        actor=("دولتا الإمارات وقطر", "الإمارات", "قطر", "بعض المنظمات الدولية"),
        place=("عدن", "المدينة"),
    ),
]

F["snn-20150727-00136"] = [  # Kurdistan region fears the Turkey–PKK escalation
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "القصف التركي",
        actor=("التركي", "تركيا"),
        place=("سوران", "قضاء سوران", "سيدكان", "ناحية سيدكان", "راوندوز", "بالاكايتي", "إقليم كردستان"),
        also=("جراء القصف التركي",),
    ),
    E(
        "Protests/Peaceful protest",
        "بدأوا بالسير",
        actor=("المئات من مواطني الإقليم", "مواطني الإقليم"),
        place=("جبال قنديل", "قنديل"),
        date="2015-07-26",
    ),
]

F["snn-20150731-00386"] = [  # Calais: a Sudanese migrant dies, Eurotunnel claims compensation
    E(
        "Diplomacy/Visit",
        "زيارة لسنغافورة",
        actor=("كاميرون", "ديفيد كاميرون"),
        place=("سنغافورة",),
    ),
    E(
        "Diplomacy/Meeting",
        "استقبلت",
        actor=("تيريزا ماي", "وزيرة الداخلية البريطانية تيريزا ماي"),
        target=("برنار كازنوف", "نظيرها الفرنسي برنار كازنوف"),
        place=("لندن",),
        date="2015-07-30",
    ),
]

F["snn-20150723-00894"] = [  # column: is ISIS remaining and expanding?
    E(
        "Violence against civilians/Attack",
        "ثلاث عمليات إرهابية",
        actor=("التنظيم", "تنظيم الدولة الإسلامية"),
        place=("الكويت",),
        date="unknown",
        status="historical",
        also=("بتبني ثلاث عمليات متزامنة",),
    ),
    E(
        "Violence against civilians/Attack",
        "ثلاث عمليات إرهابية",
        actor=("التنظيم", "تنظيم الدولة الإسلامية"),
        place=("تونس",),
        date="unknown",
        status="historical",
    ),
    E(
        "Violence against civilians/Attack",
        "ثلاث عمليات إرهابية",
        actor=("التنظيم", "تنظيم الدولة الإسلامية"),
        place=("فرنسا",),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Visit",
        "زيارته الأخيرة إلى باريس",
        actor=("حيدر العبادي", "رئيس الوزراء العراقي حيدر العبادي", "العبادي"),
        place=("باريس",),
        date="unknown",
        status="historical",
    ),
]

F["snn-20150726-00095"] = [  # column: Syria in the light of the nuclear deal
    E(
        "Diplomacy/Agreement",
        "للاتفاق الإيراني النووي",
        actor=("إيران",),
        date="unknown",
        also=("الاتفاق النووي الإيراني",),
    ),
]


if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
