"""Source of tests/data/events_r28a.jsonl: the twenty-eighth blind event round, part r28a.

10 real articles (SaudiNewsNet politics, 1,511–2,196 characters): the lines of /work/brief/DRAW_r28.tsv
(the saved output of `python tests/data/events_round28_select.py`) whose first column is `r28a`
(selection = events_round28_select.py, seed 2828, part r28a). All 10 kept, none dropped; 0 of them
report no event (no negatives). Annotated by reading only (2026-11-29): the event coder was never run on
these articles and no coder output was read. Same format and guidelines as events_dev_source.py and
events_fresh_source.py (docs/events.md § Dev set); `build()` comes from events_dev_source.py
(SaudiNewsNet articles by reference + sha1).

Near-copies: none found (first 80 normalised characters and shared word 8-grams checked against every
tests/data/events_*.jsonl). Same happenings in other words: the Duma arson (r26a), Lavrov's Doha trip
(fresh, r26a), the Iran nuclear deal (r26a), the liberation of Aden (many rounds).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r26c_source.py):
- Houthi–Saleh rift: the Houthi arrest of Republican Guard officers → *Arrests*, publication date, place
  Sanaa/Yemen accepted (the text names no place for it; ambiguous); the «مواجهة مسلحة في بعض الأحيان»
  between the two camps «خلال الأيام الماضية» → one *Armed clash* dated 2015-08 (ambiguous: habitual,
  no place); the Guard's plot to retake Sanaa (a plan, reported as a rumour), the refusals of orders and
  al-Shami's defection are not coded (a defection is ambiguous: *Strategic developments/Other*); the
  Resistance's remote-detonated IED that killed the Houthi leader al-Muntasir in Hodeidah →
  *Remote explosive/landmine/IED*, 1 dead, publication date;
- Saleh's family: the Omani plane carrying Houthi leaders from Sanaa to Muscat on Saturday →
  *Diplomacy/Visit* 2015-08-08 (ambiguous: a negotiators' trip); the UN-led negotiations in Muscat →
  *Diplomacy/Talks*, publication date; the family's departures, the rumoured «اتفاق سياسي قريب», the
  minister's TV interview and the «انتصارات» (generic) are not coded;
- Aden government meeting: the meeting with the local authorities «صباح أمس» → *Diplomacy/Meeting*
  2015-07-20 (a domestic meeting, as earlier rounds); «بعد تحريرها» → Aden's liberation, *Government
  regains territory*, date "unknown"; the «معارك شرسة» for al-Tawahi → *Armed clash*; the Shabwa advance
  and the taking of three positions of Brigade 19 by «قوات الرئيس … هادي والمقاومة الشعبية» → one
  *Government regains territory* (army named with the Resistance, as fresh/r15c), the fall of the brigade
  a mention; the appointment of a regional commander is not coded;
- Kurdistan: the four parties' consent to extend Barzani's term → *Strategic developments/Agreement*,
  reported (ambiguous: the PUK denies any agreement; a domestic political deal); the Diyala suicide car
  bomb «أمس الأربعاء» → *Suicide bomb* 2015-08-05, 13 dead («بمقتل» the first mention);
- Apache: the emergency landing (no attack) and the Taiz «الضغط» (no act) are not coded; «المحافظات
  التي حررتها» → Aden's liberation (date "unknown"); the Houthi «انسحابهم من محافظة لحج وقاعدة العند» →
  *Government regains territory*, no actor, date "unknown" (ambiguous); the coalition's security experts
  sent to Aden and the minister's phone call with a newspaper are not coded;
- Abbas: the Meretz delegation visiting him in Ramallah «اليوم الاحد» → *Diplomacy/Meeting* 2015-08-02; the
  Duma arson «بعد يومين» → *Violence against civilians/Attack* 2015-07-31, 1 dead; the clashes of army and
  youths in the West Bank (1 dead near Ramallah) → *Riots/Violent demonstration* and the Palestinian shot
  at the Gaza border → *Attack*, both date "unknown" («أعقب هذا الحادث», no day); the planned
  administrative detention of Israelis (a policy) and the condemnations are not coded;
- Carter in Baghdad «أمس» → *Diplomacy/Visit* and his «مباحثات» with al-Obeidi → *Diplomacy/Talks*
  (as earlier rounds), 2015-07-23; «سيلتقي أيضا بزعماء سنة» → *Meeting*, planned; the nuclear deal
  «مؤخرا» → *Diplomacy/Agreement*, historical, date "unknown" (also in the Moscow article); the visit to
  the counter-terrorism forces is part of the visit; the lifted US veto and «على ما يبدو» understanding
  are not coded;
- Doha: the trilateral meeting «اليوم» → *Meeting*, planned, 2015-08-03 (Lavrov's «سيلتقي … نظيريه» a
  mention); Lavrov's visit to Doha → *Visit*, planned, publication date; Turkey's refusal of 1,032
  foreigners at the border (border control) and the expected cooperation are not coded;
- Tunisia: the Sejnane operation «صباح الخميس» → *Arrests* (13; the lead's «اعتقل 16» its mention,
  Sejnane listed first) and *Armed clash* (the fugitive fired and was killed, 1 dead), both 2015-07-23;
  the three arrested in Menzel Bourguiba «فجر الجمعة» → *Arrests* 2015-07-24; the weapons seized
  during the sweep are not coded apart (as r15b); the Bardo (March, 22 dead) and Sousse (June, 38 dead)
  attacks → *Violence against civilians/Attack*, historical, ISIS accepted as actor («تبنى … غالبية
  هذه الهجمات», ambiguous); the expulsion of the Syrian ambassador early 2012 → *Diplomacy/Sanction*,
  historical; the restoration of relations (no sub-type fits; ambiguous), the state of emergency and
  the «تزايدت الهجمات» trend are not coded;
- Obama: the Vienna nuclear deal of 14 July → *Diplomacy/Agreement*, historical; the US invasion of Iraq
  («حرب … استمرت ثماني سنوات») → *Armed clash*, historical, date "unknown" (ambiguous: named in passing);
  Kennedy's assassination → *Violence against civilians/Attack*, historical, 1 dead (named in passing);
  the planned speech, the Congress vote and the 2002 vote are not events.

Run: python tests/data/events_r28a_source.py            (writes events_r28a.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r28a.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150808-00878"] = [
    E(
        "Strategic developments/Arrests",
        "اعتقال",
        actor=("قوات حوثية", "جماعة الحوثي"),
        target=("عدد من كبار ضباط الحرس الجمهوري", "ضباط الحرس الجمهوري", "الحرس الجمهوري"),
        place=("صنعاء", "اليمن"),
        also=("المعتقلين",),
    ),
    E(
        "Battles/Armed clash",
        "المواجهة المسلحة",
        actor=("عناصر التمرد الحوثي", "الحوثي"),
        target=("أتباع المخلوع صالح", "الحرس الجمهوري"),
        date="2015-08",
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "قتل",
        at="تمكنوا من",
        actor=("الثوار", "المقاومة", "وحدة من الثوار"),
        target=("القيادي الحوثي إبراهيم محمد المنتصر", "إبراهيم محمد المنتصر", "المنتصر"),
        place=("محافظة الحديدة", "الحديدة"),
        fatalities=1,
        also=("عبوة ناسفة",),
    ),
]
F["snn-20150810-01004"] = [
    E(
        "Diplomacy/Visit",
        "طائرة عمانية غادرت",
        actor=("قيادات من جماعة الحوثي", "جماعة الحوثي"),
        place=("مسقط",),
        date="2015-08-08",
    ),
    E(
        "Diplomacy/Talks",
        "المفاوضات",
        actor=("الأمم المتحدة",),
        target=("الحوثيين",),
        place=("العاصمة العمانية مسقط", "مسقط"),
        also=("تلك المفاوضات",),
    ),
]
F["snn-20150721-00011"] = [
    E(
        "Diplomacy/Meeting",
        "اجتماعا",
        actor=("أعضاء في الحكومة اليمنية", "الحكومة اليمنية", "المجموعة الحكومية"),
        target=("قيادة السلطة المحلية", "مسؤولون أمنيون"),
        place=("مدينة عدن", "عدن"),
        date="2015-07-20",
        also=("وبحثت المجموعة الحكومية", "الاجتماع كرس"),
    ),
    E(
        "Battles/Government regains territory",
        "تحريرها",
        target=("الميليشيات الحوثية", "القوات الموالية للرئيس السابق علي عبد الله صالح"),
        place=("مدينة عدن", "عدن"),
        date="unknown",
    ),
    E(
        "Battles/Armed clash",
        "معارك شرسة",
        target=("المتمردين",),
        place=("حي التواهي", "التواهي", "عدن"),
    ),
    E(
        "Battles/Government regains territory",
        "تقدما",
        actor=("المقاومة الشعبية", "قوات الرئيس اليمني عبد ربه منصور هادي"),
        target=("قوات المتمردين", "المتمردين", "قوات الحوثيين وصالح"),
        place=("محافظة شبوة", "شبوة", "بيحان", "اللواء 19"),
        also=("سيطرة قوات الرئيس", "سقوط اللواء"),
    ),
]
F["snn-20150806-00986"] = [
    E(
        "Strategic developments/Agreement",
        "وافقت",
        actor=("الأطراف الأربعة", "القوى الأربع"),
        target=("الحزب الديمقراطي الكردستاني",),
        place=("إقليم كردستان", "كردستان"),
        also=("القوى الأربع وافقت",),
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "بمقتل",
        actor=("انتحاري",),
        target=("قوات الشرطة والحشد الشعبي", "تجمعا للقوات العراقية", "القوات العراقية"),
        place=("محافظة ديالى", "ديالى"),
        date="2015-08-05",
        fatalities=13,
        also=("انفجار سيارة مفخخة",),
    ),
]
F["snn-20150806-00366"] = [
    E(
        "Battles/Government regains territory",
        "حررتها",
        actor=("القوات الموالية للرئيس الشرعي لليمن", "اللجان الشعبية", "قوات التحالف العربي"),
        place=("محافظة عدن", "عدن"),
        date="unknown",
    ),
    E(
        "Battles/Government regains territory",
        "انسحابهم",
        target=("المتمردين الحوثيين", "الحوثيين"),
        place=("محافظة لحج", "لحج", "قاعدة العند"),
        date="unknown",
    ),
]
F["snn-20150802-01037"] = [
    E(
        "Diplomacy/Meeting",
        "زاره",
        actor=("وفد من حزب ميرتس", "حزب ميرتس"),
        target=("الرئيس الفلسطيني محمود عباس", "محمود عباس", "عباس"),
        place=("رام الله",),
        date="2015-08-02",
    ),
    E(
        "Violence against civilians/Attack",
        "مقتل رضيع",
        actor=("مهاجمان", "يهوديان متطرفان", "ارهابيين يهود"),
        target=("رضيع فلسطيني", "منزلا"),
        place=("قرية دوما", "دوما", "الضفة الغربية"),
        date="2015-07-31",
        fatalities=1,
        also=("أحرق مهاجمان", "الجريمة التي حدثت في قرية دوما", "حادث إحراق المنزل", "الهجوم في قرية دوما"),
    ),
    E(
        "Riots/Violent demonstration",
        "مواجهات",
        actor=("الشبان الفلسطينيين",),
        target=("الجيش الاسرائيلي",),
        place=("الضفة الغربية", "رام الله"),
        date="unknown",
        fatalities=1,
    ),
    E(
        "Violence against civilians/Attack",
        "قتل فلسطيني اخر",
        actor=("الجيش الاسرائيلي",),
        target=("فلسطيني اخر",),
        place=("الحدود مع قطاع غزة", "قطاع غزة"),
        date="unknown",
        fatalities=1,
    ),
]
F["snn-20150724-00725"] = [
    E(
        "Diplomacy/Visit",
        "بزيارة غير معلنة",
        actor=("وزير الدفاع الأميركي آشتون كارتر", "آشتون كارتر", "كارتر"),
        place=("بغداد",),
        date="2015-07-23",
        also=("ووصل كارتر", "زيارة كارتر إلى بغداد"),
    ),
    E(
        "Diplomacy/Talks",
        "مباحثات",
        actor=("كارتر", "آشتون كارتر"),
        target=("نظيره العراقي خالد العبيدي", "خالد العبيدي", "العبيدي"),
        place=("بغداد",),
        date="2015-07-23",
        also=("بحثا",),
    ),
    E(
        "Diplomacy/Meeting",
        "سيلتقي",
        actor=("كارتر",),
        target=("زعماء سنة",),
        place=("بغداد",),
        status="planned",
    ),
    E(
        "Diplomacy/Agreement",
        "الاتفاق النووي",
        date="unknown",
        status="historical",
    ),
]
F["snn-20150803-00156"] = [
    E(
        "Diplomacy/Meeting",
        "اللقاء الثلاثي",
        actor=("وزراء خارجية السعودية والولايات المتحدة وروسيا", "سيرغي لافروف", "لافروف"),
        target=("جون كيري", "كيري", "عادل الجبير", "الجبير"),
        place=("العاصمة القطرية الدوحة", "الدوحة"),
        date="2015-08-03",
        status="planned",
        also=("سيلتقي خلال زيارته",),
    ),
    E(
        "Diplomacy/Agreement",
        "الاتفاق النووي",
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Visit",
        "زيارته للدوحة",
        actor=("وزير الخارجية سيرغي لافروف", "سيرغي لافروف", "لافروف"),
        place=("الدوحة",),
        status="planned",
    ),
]
F["snn-20150725-00592"] = [
    E(
        "Battles/Armed clash",
        "قتل",
        at="ان متطرفا",
        actor=("قوات الامن التونسية", "الوحدات الامنية", "القوات التونسية"),
        target=("متطرفا", "العنصر الفار"),
        place=("مدينة سجنان", "سجنان", "منطقة بنزرت", "بنزرت"),
        date="2015-07-23",
        fatalities=1,
        also=("مقتله",),
    ),
    E(
        "Strategic developments/Arrests",
        "اعتقل",
        actor=("قوات الامن التونسية", "قوات الامن", "القوات التونسية"),
        target=("16 شخصا", "13 عنصرا", "عناصر ارهابية"),
        place=("مدينة سجنان", "سجنان", "منطقة بنزرت", "بنزرت"),
        date="2015-07-23",
        also=("القبض على 13",),
    ),
    E(
        "Strategic developments/Arrests",
        "اعتقل ثلاثة",
        actor=("قوات الامن التونسية", "قوات الامن"),
        target=("ثلاثة اشخاص آخرين", "متواطئين"),
        place=("مدينة منزل بورقيبة", "منزل بورقيبة"),
        date="2015-07-24",
    ),
    E(
        "Violence against civilians/Attack",
        "الهجوم على متحف باردو",
        actor=("تنظيم الدولة الاسلامية",),
        target=("22 شخصا", "21 سائحا"),
        place=("متحف باردو", "باردو"),
        date="2015-03",
        status="historical",
        fatalities=22,
    ),
    E(
        "Violence against civilians/Attack",
        "الهجوم على فندق",
        actor=("تنظيم الدولة الاسلامية",),
        target=("38 شخصا", "السياح البريطانيين"),
        place=("سوسة",),
        date="2015-06",
        status="historical",
        fatalities=38,
    ),
    E(
        "Diplomacy/Sanction",
        "طرد السفير السوري",
        actor=("تونس",),
        target=("السفير السوري",),
        date="2012",
        status="historical",
    ),
]
F["snn-20150806-00469"] = [
    E(
        "Diplomacy/Agreement",
        "الاتفاق الذي ابرم",
        actor=("ايران", "الدول الست الكبرى", "الولايات المتحدة"),
        target=("طهران", "ايران", "الدول الست الكبرى"),
        place=("فيينا",),
        date="2015-07-14",
        status="historical",
        also=("الاتفاق الذي ابرمته ايران", "الاتفاق النووي الذي وقعته"),
    ),
    E(
        "Battles/Armed clash",
        "غزو العراق",
        actor=("الولايات المتحدة",),
        place=("العراق",),
        date="unknown",
        status="historical",
        also=("حرب دموية وعبثية",),
    ),
    E(
        "Violence against civilians/Attack",
        "اغتياله",
        target=("الرئيس الراحل جون اف كينيدي", "جون اف كينيدي", "كينيدي"),
        date="unknown",
        status="historical",
        fatalities=1,
    ),
]

if __name__ == "__main__":
    print(build(F, OUT))
