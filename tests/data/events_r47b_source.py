"""Source of tests/data/events_r47b.jsonl: the forty-seventh blind event round, part r47b.

8 real articles (SaudiNewsNet politics, 4,212–5,956 characters): the lines of /work/brief/DRAW_r47.tsv
(the saved output of `python tests/data/events_round47_select.py`) whose first column is `r47b`
(selection = events_round47_select.py, seed 4747, part r47b). All 8 kept, none dropped. Annotated by
reading only (2026-11-29): the event coder was never run on these articles and no coder output was read.
Same format and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set);
`build()` comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three or more
12-word runs with an article of another tests/data/events_*.jsonl set (checked 2026-11-29, before the
other parts of rounds 46-47 were committed). Same happenings in other words: the nuclear deal (many
rounds), the Imam al-Sadiq mosque bombing in Kuwait, the Houthi takeover of Sanaa, the US invasion of
Iraq, the Anbar offensive.

Choices (the last rounds' calls followed):
- Egyptian Dar al-Ifta report on ISIS recruiting officers (00773): negative — ISIS's recruitment, its
  fighting other factions, its control of Syrian and Iraqi land, the bombings of mosques and churches
  (all generic) and the Dar al-Ifta campaign are not coded;
- Paris/Tehran (00780): the Hollande–Rouhani call «عصر أمس» → *Diplomacy/Phone call* 2015-07-23; Fabius's
  visit to Tehran «قبل ستة أيام من الزيارة» (the call + 6 days) → *Visit*, planned, 2015-07-29, and his
  meetings with Rouhani and with Zarif there → two *Meeting*, planned, 2015-07-29 (as fresh's Lavrov
  trip); the nuclear deal → *Diplomacy/Agreement*, "unknown" (as r36c/r40c/r45c); the long briefing of
  unnamed French sources to the paper «أمس» and France's aims are not coded;
- Mukalla (00109): AQAP's control of Mukalla «منذ 4 أشهر» → *Non-state actor overtakes territory*,
  historical, 2015-04; the central bank branch «تدميره من الداخل، بعد ما تم نهبه من قبل تنظيم القاعدة في
  أبريل» → one *Looting/property destruction*, historical, 2015-04; General Atiq gathering Hadrami tribal
  fighters «للاستعداد لدخول المكلا» → *Government regains territory*, planned (ambiguous: a preparation,
  coded like r45c's planned advances); the Houthi-Saleh takeover of Sanaa → *Non-state actor overtakes
  territory*, historical, "unknown"; the displacement, the appointment, the coalition air embargo, AQAP's
  public punishments (habitual), the generic shootings and abduction attempts are not coded;
- music history column (00961): negative;
- WikiLeaks column (02013, opinion): «آخر تقارب ولقاء سعودي – روسي» and the Saudi–French one that
  followed → two *Diplomacy/Meeting*, "unknown" (ambiguous: named in passing, the text names only the
  countries); Decisive Storm (a campaign), Assange's interview with Nasrallah two years ago (a media
  interview), the British cyber brigade and Huntington's essay are not coded;
- UN column (00858, opinion): the US invasion of Iraq «منذ غزو أمريكا له» → *Non-state actor overtakes
  territory*, historical, "unknown" (as r44a/r44b/r45b; ambiguous: r41a/r41c called it rhetoric); the
  occupation of Palestine, Gaddafi's fall, Odyssey Dawn (a campaign), resolution 2216, the Houthi coup
  and seized cities (background), the Syrian massacres and the Yugoslav war are not coded;
- Anbar (00119): the Anbar operation «المنطلقة منذ أيام» with its losses and the «معارك كر وفر» in Fallujah
  and Ramadi → one *Armed clash* (Anbar, Fallujah and Ramadi accepted); ISIS retaking the Saqlawiya
  technical institute and the Olympic stadium area → one *Non-state actor overtakes territory* (both
  places accepted, as r45c's Sanaa/Aden); al-Mohammedi's three-axis advance round Ramadi, positioning and
  clashing, dozens of ISIS killed → *Government regains territory* (the clashes `also`, as fresh; no
  number); the Counter-Terrorism clash near Anbar University → *Armed clash*, 15 dead; the coalition
  strike on the car-bomb workshop in central Fallujah → *Air/drone strike*; the ISIS infighting on the
  eastern axis → *Armed clash*, no fatalities («15 قتيلا وجريحا» counted together); the Federal Police
  advance on the Khalidiya road killing 2 and, on the same line, 1 more → one *Armed clash*, 3 dead
  (ambiguous: summed); the IED «معالجة» there → *Disrupted weapons use*; the Jazira and Badia command
  finding 3 containers of C4 → *Disrupted weapons use*, no place; the 7th Division raid at al-Buhayat
  (Haditha) → *Armed clash*, 12 dead; the Kubaisa tribes killing the ISIS «والي» and three aides →
  *Armed clash*, 4 dead; the Salah al-Din cities taken «منذ أشهر قريبة» → *Government regains territory*,
  historical, "unknown"; the plan change, the coalition's advice, the coming Anbar University
  announcement, the future targeting and the tribes' call to revolt are not coded;
- TV incitement (00243): the Imam al-Sadiq mosque bombing («تفجير», 27 dead) → *Suicide bomb*,
  historical, "unknown" (as r40c/r42c's columns); the closure of the Wesal office (Saudi Arabia, November
  2014, and Kuwait) is not an event type; the attacks on Saudi Arabia and Kuwait «خلال الأيام الماضية»
  (aggregate) and the Egyptian lawsuits are not coded.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r47b.jsonl")

F: dict[str, list[dict]] = {}

F["snn-20150724-00773"] = []  # Egyptian report: ISIS recruiting former officers (generic)

F["snn-20150724-00780"] = [  # Paris: normalisation with Tehran not at the Gulf's expense
    E(
        "Diplomacy/Phone call",
        "اتصال هاتفي",
        actor=("فرنسوا هولاند", "الرئيسين الفرنسي"),
        target=("حسن روحاني",),
        date="2015-07-23",
        also=("الاتصال الهاتفي بين الرئيسين",),
    ),
    E(
        "Diplomacy/Visit",
        "الزيارة",
        at="قبل ستة أيام من",
        actor=("لوران فابيوس", "فابيوس", "وزير الخارجية"),
        place=("طهران",),
        date="2015-07-29",
        status="planned",
        also=("زيارة فابيوس إلى إيران",),
    ),
    E(
        "Diplomacy/Meeting",
        "سيقابل روحاني",
        actor=("لوران فابيوس", "فابيوس"),
        target=("روحاني",),
        place=("طهران",),
        date="2015-07-29",
        status="planned",
    ),
    E(
        "Diplomacy/Meeting",
        "يجتمع مع نظيره محمد جواد ظريف",
        actor=("لوران فابيوس", "فابيوس"),
        target=("محمد جواد ظريف", "نظيره محمد جواد ظريف"),
        place=("طهران",),
        date="2015-07-29",
        status="planned",
    ),
    E(
        "Diplomacy/Agreement",
        "الاتفاق",
        at="مرحلة ما بعد",
        actor=("إيران",),
        target=("مجموعة الست",),
        date="unknown",
        also=("الاتفاق النووي",),
    ),
]

F["snn-20150804-00109"] = [  # Mukalla under al-Qaeda for four months
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرة تنظيم القاعدة المتطرف على المدينة",
        actor=("تنظيم القاعدة", "القاعدة"),
        place=("مدينة المكلا", "المكلا"),
        date="2015-04",
        status="historical",
    ),
    E(
        "Strategic developments/Looting/property destruction",
        "تدميره",
        at="فرع البنك المركزي",
        actor=("تنظيم القاعدة", "القاعدة"),
        target=("فرع البنك المركزي",),
        place=("المكلا",),
        date="2015-04",
        status="historical",
        also=("تم نهبه",),
    ),
    E(
        "Battles/Government regains territory",
        "لدخول المكلا",
        actor=("اللواء الركن عتيق", "عبد الرحيم عتيق", "مقاتلين من أبناء قبائل محافظة حضرموت"),
        target=("تنظيم القاعدة", "القاعدة"),
        place=("المكلا",),
        status="planned",
        also=("تخليصها من سيطرة تنظيم القاعدة",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرة ميليشيات الحوثي",
        actor=("ميليشيات الحوثي", "الحوثي", "علي عبد الله صالح"),
        place=("العاصمة اليمنية صنعاء", "صنعاء"),
        date="unknown",
        status="historical",
    ),
]

F["snn-20150725-00961"] = []  # column: record shops and cassettes in Riyadh (no event)

F["snn-20150721-02013"] = [  # opinion: WikiLeaks as psychological war
    E(
        "Diplomacy/Meeting",
        "لقاء سعودي",
        actor=("سعودي", "السعودية"),
        target=("روسي",),
        date="unknown",
    ),
    E(
        "Diplomacy/Meeting",
        "لقاء سعودي",
        at="الذي أعقبه",
        actor=("سعودي", "السعودية"),
        target=("فرنسي",),
        date="unknown",
    ),
]

F["snn-20150721-00858"] = [  # opinion: is the UN against the Arabs?
    E(
        "Battles/Non-state actor overtakes territory",
        "غزو أمريكا له",
        actor=("أمريكا",),
        place=("العراق",),
        date="unknown",
        status="historical",
    ),
]

F["snn-20150726-00119"] = [  # Anbar: plan changed; advances round Ramadi
    E(
        "Battles/Armed clash",
        "العملية العسكرية",
        actor=("الجيش العراقي", "القوات العسكرية العراقية", "الحشد الشعبي"),
        target=("الإرهابيين", "تنظيم داعش", "داعش"),
        place=("محافظة الأنبار", "الأنبار", "الفلوجة", "الرمادي"),
        also=("قتل الكثير من عناصر الجيش", "معارك كر وفر"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "واسترجع تنظيم داعش",
        actor=("تنظيم داعش", "داعش"),
        target=("الجيش العراقي",),
        place=("ناحية الصقلاوية", "الصقلاوية", "المعهد الفني", "منطقة الملعب الأولمبي", "الرمادي", "الفلوجة"),
    ),
    E(
        "Battles/Government regains territory",
        "تقدم القوات الأمنية",
        actor=("القوات الأمنية", "الجيش", "الشرطة", "مقاتلي العشائر"),
        target=("تنظيم داعش", "داعش"),
        place=("مدينة الرمادي", "الرمادي"),
        also=("تقدمت بشكل كبير", "اشتبكت مع عناصر التنظيم", "مقتل العشرات"),
    ),
    E(
        "Battles/Armed clash",
        "مقتل 15 عنصرًا",
        actor=("جهاز مكافحة الإرهاب", "قوة من جهاز مكافحة الإرهاب", "العمليات الخاصة"),
        target=("تنظيم داعش", "داعش"),
        place=("جامعة الأنبار", "الرمادي"),
        fatalities=15,
        also=("اشتبكت مع عناصر تنظيم داعش في محيط جامعة الأنبار",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "تدمير أكبر معمل لتفخيخ العجلات",
        actor=("طيران التحالف الدولي", "التحالف الدولي"),
        target=("أكبر معمل لتفخيخ العجلات", "معمل"),
        place=("مدينة الفلوجة", "الفلوجة"),
        also=("ضربة جوية نوعية",),
    ),
    E(
        "Battles/Armed clash",
        "قتالا داخليا",
        actor=("مسلحي تنظيم داعش", "داعش"),
        target=("مجموعة منهم",),
        place=("المحور الشرقي من مدينة الرمادي", "مدينة الرمادي", "الرمادي"),
    ),
    E(
        "Battles/Armed clash",
        "تقدمت",
        at="قوة من الشرطة الاتحادية",
        actor=("قوة من الشرطة الاتحادية", "الشرطة الاتحادية"),
        target=("إرهابيين اثنين", "إرهابيين"),
        place=("طريق الخالدية", "حصيبة الشرقية", "تل مشيهد", "الخالدية"),
        fatalities=3,
        also=("قتل إرهابيين اثنين", "قتل إرهابي واحد"),
    ),
    E(
        "Strategic developments/Disrupted weapons use",
        "معالجة عبوة ناسفة",
        actor=("الشرطة الاتحادية", "قوة من الشرطة الاتحادية"),
        place=("حصيبة الشرقية", "تل مشيهد"),
    ),
    E(
        "Strategic developments/Disrupted weapons use",
        "العثور على 3 حاويات",
        actor=("قيادة الجزيرة والبادية",),
        also=("فعالية أمنية",),
    ),
    E(
        "Battles/Armed clash",
        "قتل قيادي بارز",
        actor=("الفرقة السابعة", "الفرقة السابعة في الجيش العراقي"),
        target=("قيادي بارز في تنظيم داعش", "حسن مجيد سليمان", "داعش"),
        place=("قضاء حديثة", "حديثة", "منطقة البوحياة", "البوحياة"),
        fatalities=12,
        also=("عملية نوعية في منطقة البوحياة",),
    ),
    E(
        "Battles/Armed clash",
        "قتل «والي» تنظيم داعش",
        actor=("عشائر الناحية", "العشائر"),
        target=("صلاح باشا", "«والي» تنظيم داعش", "داعش", "حراسه"),
        place=("ناحية كبيسة", "كبيسة"),
        fatalities=4,
        also=("هاجمت منزل والي داعش", "مقتل الوالي"),
    ),
    E(
        "Battles/Government regains territory",
        "سيطرت عليها القوات الأمنية العراقية",
        actor=("القوات الأمنية العراقية", "الحشد"),
        place=("محافظة صلاح الذين", "صلاح الذين"),
        date="unknown",
        status="historical",
    ),
]

F["snn-20150721-00243"] = [  # incitement TV channels and extremism
    E(
        "Explosions/Remote violence/Suicide bomb",
        "تفجير جامع الإمام الصادق",
        target=("جامع الإمام الصادق",),
        place=("الكويت", "جامع الإمام الصادق"),
        date="unknown",
        status="historical",
        fatalities=27,
    ),
]


if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
