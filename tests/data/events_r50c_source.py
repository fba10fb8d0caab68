"""Source of tests/data/events_r50c.jsonl: the fiftieth blind event round, part r50c.

8 real articles (SaudiNewsNet politics, 4,015–5,633 characters): the lines of /work/brief/DRAW_r50.tsv
(the saved output of `python tests/data/events_round50_select.py`) whose first column is `r50c`
(selection = events_round50_select.py, seed 5050, part r50c). All 8 kept, none dropped; 39 events, no
negative. Annotated by reading only (2026-11-29): the event coder was never run on these articles and
no coder output was read.
Same format and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set);
`build()` comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three or more
12-word runs with an article of another tests/data/events_*.jsonl set (checked 2026-11-29, before the
other parts of rounds 50–51 were committed). Same happenings in other words: the Abha emergency-forces
mosque bombing (r40a, r43a), the Baghdad Tahrir Square and Basra electricity protests (r33c, r36a, r41b,
r43c), Fabius's Tehran visit and Hollande's call to Rouhani (r44c, r47b), the Doha Lavrov–Jubeir–Kerry
meeting (r45a), the nuclear deal (many rounds).

Choices (the last rounds' calls followed):
- Iraq electricity (00085): the train drivers cutting off al-Karkh with trains «الأربعاء الماضي» →
  *Peaceful protest* 2015-07-29 (a blockade); the transport minister's meeting with their representatives
  → *Diplomacy/Meeting*, no date (ambiguous: domestic, as r49c's governor's meeting); Basra's protester
  killed «الأسبوع الماضي» → *Excessive force against protesters*, 2015-07, 1 dead (no killer named, as
  r41b); one *Peaceful protest* per city: Nasiriyah and the thousands in Tahrir Square, Baghdad (no day
  in the text, so the publication date; the road closures and riot police did not stop it, so not *with
  intervention* — ambiguous); the punishments hoped for on Monday, the Friday sermons and Sistani's
  representative's «هجوم» (verbal) are not coded;
- Asir (00731, scholars' statements): the emergency-forces mosque bombing → one *Suicide bomb* (no day,
  no count: «شهداء»); the earlier attacks on the Kingdom, the war on the southern border and the blood
  donations are not coded;
- Khamis al-Khanjar interview (00126): Maliki's military intervention in Ramadi, Fallujah and Hawija,
  beating and killing protesters → one *Excessive force against protesters*, historical, "unknown";
  the arrest of MP Ahmed al-Alwani → *Arrests*, historical («وأكثر من 200 قيادي» read as arrested too,
  an accepted target; ambiguous: could be killed); the killing of his brother → *Violence against
  civilians/Attack*, 1 dead (ambiguous: a raid, could be *Armed clash*); the assassination of 23 Sunni
  leaders → *Attack*, 23 dead; the Ramadi/Fallujah/Hawija demonstrations → one *Peaceful protest*,
  historical; ISIS's entry and the army's flight → *Non-state actor overtakes territory*, historical
  (as r40b/r44b's fall of Mosul; no place named); the US occupation of Iraq → *Non-state actor overtakes
  territory*, historical (as r44b/r45b; ambiguous: r30a/r43c left it uncoded); the Paris conference at
  the end of September → *Diplomacy/Meeting*, planned, 2015-09; the interview itself, Soleimani's tours,
  the Iranian officers killed (habitual), the Hashd decree and the volunteer offices are not coded;
- Fabius in Tehran (00358): the visit «يوم أول من أمس (الأربعاء)» → *Visit* 2015-07-29; his meeting with
  Rouhani and Zarif → one *Meeting* (one trigger, both accepted; the «المباحثات» its mentions); the
  agreement to revive yearly ministerial dialogue → *Diplomacy/Agreement* 2015-07-29; Hollande's call to
  Rouhani «قبل زيارة فابيوس» → *Phone call*, no date in the text (publication date); Putin telling
  Netanyahu «اليوم (الخميس)» → *Phone call* 2015-07-30 (ambiguous: the text names no medium); the nuclear
  deal «في وقت سابق من الشهر الحالي» in Vienna → *Diplomacy/Agreement* 2015-07; Fabius's press interview,
  Israel's planned lobbying of Congress and Total's return are not coded;
- Cameron column (00090, opinion): the London transport bombings, 52 dead → *Suicide bomb*, historical,
  "unknown" (no year in the text; «قنابل بشرية»); Jacqui Smith's ban on al-Qaradawi entering Britain →
  *Diplomacy/Sanction*, historical, "unknown" (ambiguous); Reid's 2006 mosque visit and heckling (no
  protest as such), the refused extraditions, the 2013 vote against strikes on Syria, the 700 Britons
  who joined ISIS (a tally) and Cameron's Birmingham speech are not coded;
- Syria column (00252, opinion): the uprising «منذ أربع سنوات» → *Peaceful protest*, historical, 2011
  (ambiguous: as r33b/r37a's uprisings; r35c/r36a left revolutions as argument); the 1919/1920 Syrian
  National Congress → *Diplomacy/Meeting*, historical, 1919 (ambiguous: domestic); France's occupation of
  Syria → *Non-state actor overtakes territory*, historical, "unknown" (as r44b/r45b's occupations); the
  300,000 dead (a tally), the failed mediations and every proposal (ceasefire, conference) are not coded;
- Jubeir to Moscow (00149): his visit «الثلاثاء القادم» → *Visit*, planned, 2015-08-11, and the talks with
  Lavrov there → *Talks*, planned, 2015-08-11 (two events, as earlier rounds' visit + meeting); Mohammed
  bin Salman's June visit to Russia → *Visit*, historical, 2015-06-18, his talks with Russian officials
  → *Talks*, historical, 2015-06, Putin's meeting with him in St Petersburg «في منتصف يونيو» → *Meeting*,
  historical, 2015-06, and the agreements reached then → one *Diplomacy/Agreement*, historical,
  2015-06-18; the trilateral Doha meeting «أخيرا» → *Meeting* dated 2015-08-03 (the day the text gives
  for the Lavrov–Jubeir meeting in Doha, the same trip) and the Lavrov–Jubeir meeting «في الثالث من
  أغسطس» → a second *Meeting* (ambiguous: may be the same happening); the Russians' agreement with the
  Syrian opposition on a transitional body (observers' view) → *Diplomacy/Agreement*, no date
  (ambiguous); the nuclear deal «منذ مدة غير بعيدة» → *Diplomacy/Agreement*, "unknown"; the Russian
  statement, the Saudi investment intention and the Yemen war (ongoing) are not coded;
- Abe column (00852, opinion): the 1960 street protests → *Peaceful protest*, historical, 1960; the noisy
  demonstrations outside parliament at last week's vote → *Peaceful protest*, 2015-07; the invasion of
  Iraq → *Armed clash*, historical, "unknown" (as r43a/r47a); Kishi's arrest by the US occupation forces →
  *Arrests*, historical, "unknown"; the lower-house vote, the 1947 constitution, Eisenhower's cancelled
  visit and Kishi's resignation are not coded.

Negatives: none.

Run: python tests/data/events_r50c_source.py            (writes events_r50c.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r50c.jsonl")

F: dict[str, list[dict]] = {}

F["snn-20150801-00085"] = [  # Iraq: the electricity protests
    E(
        "Protests/Peaceful protest",
        "قطعت عدة قطارات",
        actor=("متظاهري السكك", "قائدو القطارات"),
        place=("جانب الكرخ", "بغداد"),
        date="2015-07-29",
        also=("قطع الطرقات", "مكان الحادث"),
    ),
    E(
        "Diplomacy/Meeting",
        "التقى",
        actor=("باقر جبر الزبيدي", "وزير النقل العراقي"),
        target=("ممثلين عن متظاهري السكك", "متظاهري السكك", "قائدو القطارات"),
        also=("اللقاء",),
    ),
    E(
        "Protests/Excessive force against protesters",
        "قتل أحد متظاهريها",
        target=("أحد متظاهريها",),
        place=("البصرة",),
        date="2015-07",
        fatalities=1,
    ),
    E(
        "Protests/Peaceful protest",
        "امتدت المظاهرات",
        place=("الناصرية",),
    ),
    E(
        "Protests/Peaceful protest",
        "مظاهرة كبرى",
        actor=("الآلاف من العراقيين", "آلاف المتظاهرين", "المتظاهرون"),
        place=("ساحة التحرير", "بغداد"),
        also=("موقع المظاهرة", "ورفع المتظاهرون شعارات"),
    ),
]

F["snn-20150808-00731"] = [  # Asir: scholars on the mosque bombing
    E(
        "Explosions/Remote violence/Suicide bomb",
        "العمل الإرهابي الجبان",
        actor=("الإرهابيون", "الدواعش"),
        target=("مسجد قوات الطوارئ الخاصة", "رجال أمننا", "قوات الطوارئ"),
        place=("مسجد قوات الطوارئ الخاصة بمنطقة عسير", "منطقة عسير", "عسير", "أبها", "مدينة أبها"),
        also=("مسجد لقوات الطوارئ في مدينة أبها", "هذه الجريمة"),
    ),
]

F["snn-20150725-00126"] = [  # Khamis al-Khanjar interview
    E(
        "Protests/Excessive force against protesters",
        "ضرب المتظاهرين وقتلهم",
        actor=("المالكي",),
        target=("المتظاهرين",),
        place=("الرمادي", "الفلوجة", "الحويجة"),
        date="unknown",
        status="historical",
        also=("تدخل عسكريا في الرمادي",),
    ),
    E(
        "Strategic developments/Arrests",
        "اعتقل النائب أحمد العلواني",
        actor=("المالكي",),
        target=("النائب أحمد العلواني", "أحمد العلواني", "أكثر من 200 قيادي"),
        date="unknown",
        status="historical",
    ),
    E(
        "Violence against civilians/Attack",
        "قتل شقيقه",
        actor=("المالكي",),
        target=("شقيقه",),
        date="unknown",
        status="historical",
        fatalities=1,
    ),
    E(
        "Violence against civilians/Attack",
        "اغتيال 23 قيادي سني",
        target=("23 قيادي سني", "قيادي سني"),
        date="unknown",
        status="historical",
        fatalities=23,
    ),
    E(
        "Protests/Peaceful protest",
        "المظاهرات التي خرجت",
        place=("الرمادي", "الفلوجة", "الحويجة"),
        date="unknown",
        status="historical",
        also=("التي خرجت في مظاهرات",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "دخلت داعش",
        actor=("داعش",),
        date="unknown",
        status="historical",
        also=("هرب الجيش",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "الاحتلال الأميركي للعراق",
        actor=("الأميركي",),
        place=("العراق",),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Meeting",
        "مؤتمر باريس",
        actor=("120 من الشخصيات السياسية والثقافية والعسكرية والدينية السنية", "الشخصيات"),
        place=("باريس", "العاصمة الفرنسة"),
        date="2015-09",
        status="planned",
    ),
]

F["snn-20150731-00358"] = [  # Fabius in Tehran
    E(
        "Diplomacy/Visit",
        "زار إيران",
        actor=("لوران فابيوس", "فابيوس", "وزير الخارجية الفرنسي"),
        place=("إيران", "طهران"),
        date="2015-07-29",
        also=("زيارته إلى طهران", "الزيارة الأولى لوزير خارجية غربي لطهران"),
    ),
    E(
        "Diplomacy/Meeting",
        "والتقى",
        actor=("لوران فابيوس", "فابيوس", "وزير الخارجية الفرنسي"),
        target=("الرئيس حسن روحاني", "حسن روحاني", "روحاني", "محمد جواد ظريف", "ظريف"),
        place=("إيران", "طهران"),
        date="2015-07-29",
        also=("المباحثات الإيرانية الفرنسية", "لدى استقباله الوزير الفرنسي", "مباحثات طهران"),
    ),
    E(
        "Diplomacy/Agreement",
        "الاتفاق النووي",
        actor=("إيران",),
        target=("القوى العالمية",),
        place=("فيينا",),
        date="2015-07",
        also=("التوقيع على الاتفاق النووي", "الاتفاق الذي أبرم"),
    ),
    E(
        "Diplomacy/Agreement",
        "اتفقا على إعادة تنشيط الحوار السياسي",
        actor=("فابيوس",),
        target=("ظريف",),
        date="2015-07-29",
    ),
    E(
        "Diplomacy/Phone call",
        "اتصل هولاند بروحاني",
        actor=("هولاند", "الرئيس الفرنسي"),
        target=("روحاني",),
    ),
    E(
        "Diplomacy/Phone call",
        "قال الرئيس الروسي فلاديمير بوتين لرئيس الوزراء الإسرائيلي",
        actor=("فلاديمير بوتين", "بوتين", "الرئيس الروسي"),
        target=("بنيامين نتنياهو", "نتنياهو"),
        date="2015-07-30",
        also=("بوتين أبلغ نتنياهو",),
    ),
]

F["snn-20150726-00090"] = [  # opinion: wake up, Mr Cameron
    E(
        "Explosions/Remote violence/Suicide bomb",
        "فجر الإرهابيون وسائل المواصلات اللندنية",
        actor=("الإرهابيون",),
        target=("وسائل المواصلات اللندنية",),
        place=("اللندنية", "لندن"),
        date="unknown",
        status="historical",
        fatalities=52,
    ),
    E(
        "Diplomacy/Sanction",
        "بمنع يوسف القرضاوي من دخول بريطانيا",
        actor=("جاكي سميث", "وزيرة الداخلية جاكي سميث"),
        target=("يوسف القرضاوي",),
        place=("بريطانيا",),
        date="unknown",
        status="historical",
    ),
]

F["snn-20150731-00252"] = [  # opinion: let the Syrians decide
    E(
        "Protests/Peaceful protest",
        "خرج جزءٌ كبيرٌ من الشعب السوري يطالب بحريته",
        actor=("جزءٌ كبيرٌ من الشعب السوري", "الشعب السوري"),
        place=("سوريا",),
        date="2011",
        status="historical",
    ),
    E(
        "Diplomacy/Meeting",
        "عقدهم لمؤتمر وطني سوري",
        actor=("السوريون",),
        place=("سوريا",),
        date="1919",
        status="historical",
        also=("عقد مؤتمرهم بأنفسهم",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "احتلال فرنسا لبلدهم",
        actor=("فرنسا",),
        place=("سوريا",),
        date="unknown",
        status="historical",
    ),
]

F["snn-20150809-00149"] = [  # al-Jubeir to Moscow
    E(
        "Diplomacy/Visit",
        "زيارة عادل الجبير",
        actor=("عادل الجبير", "الجبير", "وزير الخارجية السعودي"),
        place=("موسكو", "روسيا"),
        date="2015-08-11",
        status="planned",
    ),
    E(
        "Diplomacy/Talks",
        "المباحثات التي أجراها",
        actor=("الأمير محمد بن سلمان بن عبد العزيز", "محمد بن سلمان"),
        target=("المسؤولين الروس",),
        place=("العاصمة الروسية",),
        date="2015-06",
        status="historical",
    ),
    E(
        "Diplomacy/Visit",
        "زيارته العاصمة الروسية",
        actor=("الأمير محمد بن سلمان بن عبد العزيز", "محمد بن سلمان", "ولي ولي العهد السعودي"),
        place=("العاصمة الروسية", "روسيا"),
        date="2015-06-18",
        status="historical",
        also=("زيارة ولي ولي العهد السعودي",),
    ),
    E(
        "Diplomacy/Meeting",
        "اللقاء الثلاثي",
        actor=("وزير الخارجية السعودي", "الجبير"),
        target=("سيرغي لافروف", "لافروف", "جون كيري", "كيري"),
        place=("الدوحة", "العاصمة القطرية"),
        date="2015-08-03",
    ),
    E(
        "Diplomacy/Agreement",
        "واتفقوا مع المعارضة السورية",
        actor=("السياسيون الروس",),
        target=("المعارضة السورية",),
    ),
    E(
        "Diplomacy/Talks",
        "لقاءات الجبير في روسيا",
        actor=("سيرغي لافروف", "لافروف"),
        target=("عادل الجبير", "الجبير"),
        place=("روسيا", "موسكو"),
        date="2015-08-11",
        status="planned",
        also=("المباحثات المرتقبة", "هذا اللقاء", "اللقاء المرتقب"),
    ),
    E(
        "Diplomacy/Meeting",
        "لقائهما السابق في الدوحة",
        actor=("سيرغي لافروف", "لافروف"),
        target=("عادل الجبير", "الجبير"),
        place=("الدوحة",),
        date="2015-08-03",
        also=("كانا بحثاها",),
    ),
    E(
        "Diplomacy/Agreement",
        "الاتفاق الذي جرى التوصل إليه",
        actor=("الإيراني",),
        date="unknown",
    ),
    E(
        "Diplomacy/Meeting",
        "والتقى ولي ولي العهد السعودي",
        actor=("فلاديمير بوتين", "بوتين", "الرئيس الروسي"),
        target=("الأمير محمد بن سلمان", "محمد بن سلمان", "ولي ولي العهد السعودي"),
        place=("سان بطرسبورغ",),
        date="2015-06",
        status="historical",
    ),
    E(
        "Diplomacy/Agreement",
        "اتفاقيات التعاون الاقتصادي الروسي السعودي",
        actor=("السعودية", "البلدين"),
        target=("روسيا",),
        date="2015-06-18",
        status="historical",
        also=("وتم الاتفاق حينها",),
    ),
]

F["snn-20150724-00852"] = [  # opinion: Abe moves Japan away from pacifism
    E(
        "Protests/Peaceful protest",
        "خرجوا إلى الشوارع للاحتجاج",
        actor=("مئات الآلاف",),
        place=("اليابان", "طوكيو"),
        date="1960",
        status="historical",
        also=("كانت الاحتجاجات كبيرة",),
    ),
    E(
        "Protests/Peaceful protest",
        "مُظاهرات صاخبة خارج البرلمان",
        place=("البرلمان", "طوكيو"),
        date="2015-07",
    ),
    E(
        "Battles/Armed clash",
        "غزو العراق",
        actor=("الولايات المتحدة",),
        place=("العراق",),
        date="unknown",
        status="historical",
    ),
    E(
        "Strategic developments/Arrests",
        "اعتُقِل كيشي",
        actor=("قوات الاحتلال الأمريكية",),
        target=("كيشي",),
        date="unknown",
        status="historical",
    ),
]


if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
