"""Source of tests/data/events_r44b.jsonl: the forty-fourth blind event round, part r44b.

10 real articles (SaudiNewsNet politics, 2,600–3,931 characters): the lines of /work/brief/DRAW_r44.tsv
(the saved output of `python tests/data/events_round44_select.py`) whose first column is `r44b`
(selection = events_round44_select.py, seed 4444, part r44b). All 10 kept, none dropped. Annotated by
reading only (2026-11-29): the event coder was never run on these articles and no coder output was read.
Same format and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set);
`build()` comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or any 12-word run
(three or more) with an article of another tests/data/events_*.jsonl set (checked 2026-11-29, before the
other parts of rounds 43-44 were committed). Same happenings in other words: the nuclear deal, the fall of
Mosul/Ramadi, the Sousse attack, the Iran–Iraq war, the Houthi takeover of Sanaa, the al-Ha'ir bombing.

Choices (the last rounds' calls followed):
- Mosul interview (01975): the fall of Mosul and of Ramadi → two *Non-state actor overtakes territory*,
  historical, "unknown" (ISIS the actor); the nuclear deal → *Diplomacy/Agreement*, "unknown" (as r42c;
  ambiguous: a time reference «بعد توقيع», as r28c/r30a); the refusal to arm, the US funding decision,
  the ban on the displaced and the Iranian interference (a state) are not coded;
- Libya column (00892): the Skhirat draft initialled «مطلع هذا الأسبوع» → *Diplomacy/Agreement* 2015-07;
  the Sousse beach attack → *Violence against civilians/Attack*, historical, "unknown" (no number:
  «العشرات»); the Italian consulate bombing → *Remote explosive/landmine/IED*, "unknown" (Cairo is not
  named); the interview with Mitri, Gaddafi's fall, Tunisia's emergency and wall, Egypt's arms request and
  «أحداث سيناء» are not coded;
- Saud al-Faisal obituary (00411): his death (natural) and farewell telegram are not coded; the list of
  events → Camp David *Diplomacy/Agreement*, the Iran–Iraq war *Armed clash*, the Soviet and the later
  invasion of Afghanistan and the occupation of Iraq → three *Non-state actor overtakes territory*, all
  historical, "unknown" (as r42c's Taif, Iran–Iraq war and invasions); the Lebanese war, the
  Palestinian–Israeli disputes, the Soviet break-up and 9/11 («أحداث») are not coded;
- Oman mediation (00072): Isabelle Prime's release → *Strategic developments/Other* (release row, as
  earlier rounds), 2015-08-06 («الليلة قبل الماضية»; her arrival in Oman «فجر أمس» a mention); her
  kidnapping with Makkawi in Sanaa → *Abduction/forced disappearance*, historical, 2015-02-24; Makkawi's
  release in Aden → *Other*, historical, 2015-03-10; the three French released in late 2011 → *Other*,
  historical, 2011; the US journalist held by the Houthis → *Abduction*, historical, "unknown", and his
  transfer out by Oman → *Other*, historical, 2015-06; Lazarevic's release by AQIM → *Other*,
  historical, 2014-12; the secret US–Houthi talks hosted by Oman → *Diplomacy/Talks*, "unknown"; the
  Houthi takeover of the capital → *Non-state actor overtakes territory*, historical, "unknown" (as r33b);
  the planned reception, the phone call to the employer, the video and the generic kidnappings are not coded;
- Zarif (00464): the nuclear deal → *Diplomacy/Agreement*, "unknown"; the teachers' rally before the
  parliament «اليوم» → *Peaceful protest*, planned, 2015-07-22; the teachers' protests «قبل شهر» →
  *Peaceful protest*, historical, 2015-06; the UN resolution (as earlier rounds), the report to the
  Majlis, the MPs' objections and the jailing of teachers (a state) are not coded;
- clash-of-civilisations column (00086): the 9/11 attacks «أربعة عشر عامًا منذ» → *Violence against
  civilians/Attack*, historical, 2001-09-11 (ambiguous: r42c left «أحداث 11 سبتمبر» uncoded; here
  «هجمات»); the 2013 toll (aggregate) and the ISIS operations in Europe (generic) are not coded;
- ISIS-ising column (00822): the young man who killed his uncle → *Violence against civilians/Attack*,
  1 dead, and then blew himself up at al-Ha'ir → *Suicide bomb* (both "unknown"); the one who killed his
  father in the south → *Attack*, historical, "unknown", 1 dead (as r42c); the German girl's journey and
  the Twitter threats are not coded;
- Khomeini column (01154): the nuclear deal with America → *Diplomacy/Agreement*, "unknown"; the
  occupation of Ahvaz (a state) and the wars named as rhetoric are not coded;
- Syrian opposition (00121): the Brussels talks of the Coordination Body and the Coalition (Wednesday to
  «أمس») → *Diplomacy/Talks* 2015-07 (three days; «هذا اللقاء» a mention) and the road map reached →
  *Diplomacy/Agreement* 2015-07-24; the Geneva 1 statement of 30 June 2012 → *Diplomacy/Agreement*,
  historical, 2012-06-30 (ambiguous); the condemned regime bombing (aggregate) is not coded;
- Anbar (00167): the security forces taking Albu Dhiyab, al-Tamim, East Husaiba, Tal Masoud and
  al-Jamiya inside Ramadi → one *Government regains territory* (the advance on three axes a mention);
  the coalition aviation cutting ISIS supply lines → *Air/drone strike*; the 10 ISIS fighters killed in
  the eastern axis → *Armed clash*, 10 dead (ambiguous: a mention of the advance); ISIS burning houses in
  Husaiba → *Looting/property destruction*; the five booby-trapped houses dismantled → *Disrupted weapons
  use*; in al-Sakra west of Haditha the eight car bombs, 199 IEDs blown up and 40 Katyushas seized → one
  *Disrupted weapons use*, and the sniper killed → *Armed clash*, 1 dead; the siege of Ramadi and
  Fallujah, the execution order, the human shields and the planned final assault are not coded.

Run: python tests/data/events_r44b_source.py            (writes events_r44b.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r44b.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150724-01975"] = [  # interview: Mosul tribes, Iran
    E(
        "Battles/Non-state actor overtakes territory",
        "سقوط الموصل",
        actor=("داعش",),
        place=("الموصل",),
        date="unknown",
        status="historical",
        also=("احتلال الموصل",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "الرمادي تصبح محتلة",
        actor=("داعش",),
        place=("الرمادي",),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Agreement",
        "توقيع الاتفاق النووي",
        date="unknown",
    ),
]

F["snn-20150723-00892"] = [  # opinion: save Libya
    E(
        "Diplomacy/Agreement",
        "وُقّعت مسودته بالأحرف الأولى",
        actor=("بعض القوى السياسية الليبية", "القوى السياسية الليبية"),
        place=("الصخيرات", "منتجع الصخيرات المغربي", "منتجع الصخيرات"),
        date="2015-07",
    ),
    E(
        "Violence against civilians/Attack",
        "جريمة مدينة سوسة",
        actor=("الشاب",),
        target=("المصطافين", "العشرات من المصطافين"),
        place=("سوسة", "مدينة سوسة التونسية", "مدينة سوسة"),
        date="unknown",
        status="historical",
        also=("وقتل العشرات من المصطافين",),
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "تفجير القنصلية الإيطالية",
        target=("القنصلية الإيطالية",),
        date="unknown",
    ),
]

F["snn-20150727-00411"] = [  # obituary: Saud al-Faisal
    E(
        "Diplomacy/Agreement",
        "توقيع اتفاقية كامب ديفيد",
        place=("كامب ديفيد",),
        date="unknown",
        status="historical",
    ),
    E(
        "Battles/Armed clash",
        "حرب الثماني سنوات",
        actor=("العراق",),
        target=("إيران",),
        date="unknown",
        status="historical",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "غزو الاتحاد السوفييتي لأفغانستان",
        actor=("الاتحاد السوفييتي",),
        place=("أفغانستان",),
        date="unknown",
        status="historical",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "غزو لأفغانستان",
        place=("أفغانستان",),
        date="unknown",
        status="historical",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "احتلال للعراق",
        place=("العراق",),
        date="unknown",
        status="historical",
    ),
]

F["snn-20150808-00072"] = [  # Oman mediation: French hostage freed
    E(
        "Strategic developments/Other",
        "إطلاق سراح الرهينة الفرنسية",
        actor=("سلطنة عُمان", "سلطنة عمان", "السلطنة", "الجهات المعنية في السلطنة"),
        target=("إيزابيل بريم", "الرهينة الفرنسية إيزابيل بريم", "بريم", "الرهينة الفرنسية"),
        place=("اليمن",),
        date="2015-08-06",
        also=("إطلاق سراح بريم", "بعد إطلاق سراحها", "بالإفراج عن الموظفة"),
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "وخطفت بريم",
        actor=("رجال بلباس الشرطة",),
        target=("بريم", "إيزابيل بريم", "شيرين مكاوي", "مترجمتها اليمنية شيرين مكاوي"),
        place=("صنعاء",),
        date="2015-02-24",
        status="historical",
        also=("كانت مختطفة في اليمن", "المختطفة منذ 24 فبراير"),
    ),
    E(
        "Strategic developments/Other",
        "تم الإفراج عنها في 10 مارس",
        target=("مكاوي", "شيرين مكاوي"),
        place=("عدن",),
        date="2015-03-10",
        status="historical",
    ),
    E(
        "Strategic developments/Other",
        "بعد إطلاق سراحهم بشكل متعاقب",
        target=("ثلاثة فرنسيين", "لثلاثة فرنسيين عاملين في مجال حقوق الإنسان"),
        place=("اليمن",),
        date="2011",
        status="historical",
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "احتجزه الحوثيون",
        actor=("الحوثيون",),
        target=("صحافي أميركي",),
        place=("اليمن",),
        date="unknown",
        status="historical",
    ),
    E(
        "Strategic developments/Other",
        "ساعدت السلطنة في ترحيل صحافي أميركي",
        actor=("السلطنة", "سلطنة عمان"),
        target=("صحافي أميركي",),
        place=("اليمن",),
        date="2015-06",
        status="historical",
    ),
    E(
        "Diplomacy/Talks",
        "مباحثات غير رسمية وسرية",
        actor=("الأميركيين",),
        target=("الحوثيين",),
        place=("سلطنة عمان",),
        date="unknown",
    ),
    E(
        "Strategic developments/Other",
        "وكان أفرج في ديسمبر",
        actor=("تنظيم «القاعدة في المغرب الإسلامي»", "القاعدة في المغرب الإسلامي"),
        target=("سيرج لازاريفيتش",),
        place=("شمال مالي", "مالي"),
        date="2014-12",
        status="historical",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرة الحوثيين على العاصمة",
        actor=("الحوثيين",),
        place=("العاصمة",),
        date="unknown",
        status="historical",
    ),
]

F["snn-20150722-00464"] = [  # Zarif to the Majlis; teachers' protests
    E(
        "Diplomacy/Agreement",
        "توقيع الاتفاق النووي",
        date="unknown",
    ),
    E(
        "Protests/Peaceful protest",
        "تنظيم تظاهرة أمام البرلمان",
        actor=("نقابات المعلمين", "نقابات المعلمين في إيران"),
        place=("البرلمان", "أمام البرلمان", "طهران"),
        date="2015-07-22",
        status="planned",
        also=("التجمع سيكون أمام البرلمان",),
    ),
    E(
        "Protests/Peaceful protest",
        "تظاهرات للمعلمين",
        actor=("المعلمين",),
        place=("طهران", "باقي المحافظات الإيرانية"),
        date="2015-06",
        status="historical",
    ),
]

F["snn-20150803-00086"] = [  # opinion: clash of civilisations
    E(
        "Violence against civilians/Attack",
        "هجمات الحادي عشر من سبتمبر",
        date="2001-09-11",
        status="historical",
    ),
]

F["snn-20150731-00822"] = [  # opinion: ISIS-ising our sons
    E(
        "Violence against civilians/Attack",
        "قتل خاله",
        actor=("ذلك الشاب", "الشاب"),
        target=("خاله",),
        date="unknown",
        fatalities=1,
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "فجر نفسه في الحائر",
        actor=("ذلك الشاب", "الشاب"),
        place=("الحائر",),
        date="unknown",
    ),
    E(
        "Violence against civilians/Attack",
        "قتل والده في الجنوب",
        target=("والده",),
        place=("الجنوب",),
        date="unknown",
        status="historical",
        fatalities=1,
    ),
]

F["snn-20150726-01154"] = [  # opinion: Khomeini's project
    E(
        "Diplomacy/Agreement",
        "توقيع الاتفاق النووي مع امريكا",
        target=("امريكا",),
        date="unknown",
    ),
]

F["snn-20150725-00121"] = [  # Syrian opposition road map in Brussels
    E(
        "Diplomacy/Agreement",
        "التوصّل إلى «خارطة طريق»",
        actor=("هيئة التنسيق الوطنية السورية", "«هيئة التنسيق الوطنية السورية»"),
        target=(
            "الائتلاف الوطني لقوى المعارضة والثورة السورية",
            "«الائتلاف الوطني لقوى المعارضة والثورة السورية»",
        ),
        place=("بروكسل", "العاصمة البلجيكية بروكسل"),
        date="2015-07-24",
    ),
    E(
        "Diplomacy/Talks",
        "مباحثاتهما",
        actor=("هيئة التنسيق الوطنية السورية", "«هيئة التنسيق الوطنية السورية»"),
        target=(
            "الائتلاف الوطني لقوى المعارضة والثورة السورية",
            "«الائتلاف الوطني لقوى المعارضة والثورة السورية»",
        ),
        place=("بروكسل", "العاصمة البلجيكية بروكسل"),
        date="2015-07",
        also=("تركزت المباحثات", "هذا اللقاء"),
    ),
    E(
        "Diplomacy/Agreement",
        "بيان جنيف 1",
        actor=("مجموعة العمل لأجل سوريا", "«مجموعة العمل لأجل سوريا»"),
        date="2012-06-30",
        status="historical",
        also=("البيان الصادر عن «مجموعة العمل لأجل سوريا»",),
    ),
]

F["snn-20150802-00167"] = [  # Anbar: Ramadi advance, al-Sakra operation
    E(
        "Battles/Government regains territory",
        "القوات الأمنية سيطرت على مناطق كثيرة",
        actor=("القوات الأمنية", "القوات العراقية"),
        target=("تنظيم داعش", "داعش"),
        place=("الرمادي", "مدينة الرمادي", "البو ذياب", "التأميم", "حصيبة الشرقية", "تل مسعود", "الجمعية"),
        also=("القوات العراقية تتقدم باتجاه داخل مدينة الرمادي",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قطع خطوط الإمداد",
        actor=("طيران التحالف الدولي", "التحالف الدولي"),
        target=("تنظيم داعش", "داعش"),
        place=("الرمادي", "مدينة الرمادي"),
    ),
    E(
        "Battles/Armed clash",
        "القوات الأمنية قتلت 10 من عناصر تنظيم داعش",
        actor=("القوات الأمنية",),
        target=("تنظيم داعش", "داعش", "عناصر تنظيم داعش"),
        place=("الرمادي", "مدينة الرمادي", "المحور الشرقي لمدينة الرمادي"),
        fatalities=10,
    ),
    E(
        "Strategic developments/Looting/property destruction",
        "نيران أضرمها عناصر التنظيم",
        actor=("عناصر التنظيم", "التنظيم"),
        target=("عدد من المنازل", "المنازل"),
        place=("حصيبة", "منطقة حصيبة"),
    ),
    E(
        "Strategic developments/Disrupted weapons use",
        "تفكيك خمسة منازل مفخخة",
        actor=("القوات الأمنية",),
        place=("المحور الشرقي للمدينة", "الرمادي"),
    ),
    E(
        "Strategic developments/Disrupted weapons use",
        "تفجير ثماني مركبات مفخخة",
        actor=("القوات الأمنية",),
        target=("تنظيم داعش", "داعش"),
        place=("الصكرة", "منطقة الصكرة", "حديثة", "غرب الأنبار"),
        also=("تفجير وتدمير ثماني مركبات مفخخة", "والاستيلاء على 40 صاروخ كاتيوشا", "وتفجير 199 عبوة ناسفة"),
    ),
    E(
        "Battles/Armed clash",
        "وقتل قناص",
        actor=("القوات الأمنية",),
        target=("قناص",),
        place=("الصكرة", "منطقة الصكرة", "حديثة"),
        fatalities=1,
    ),
]


if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
