"""Source of tests/data/agreement_r32c.jsonl: second independent annotation of part r32c for the agreement study.

10 real articles (SaudiNewsNet politics, 1,564–2,394 characters): the lines of /work/brief/DRAW_r32.tsv
(the saved output of `python tests/data/events_round32_select.py`) whose first column is `r32c`
(selection = events_round32_select.py, seed 3232, part r32c). All 10 kept, none dropped; 1 of them
reports no event (negative). Annotated by reading only (2026-11-29), independently of the first
annotation of these articles (never opened): the event coder was never run on these articles and no
coder output was read. The file name does not start with `events_` on purpose: this set measures how far
two careful coders agree and must not enter training. Same format and guidelines as events_dev_source.py
and events_fresh_source.py (docs/events.md § Dev set); `build()` comes from events_dev_source.py
(SaudiNewsNet articles by reference + sha1). Near-copy check skipped (done in the first annotation).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r15a … r30c_source.py):
- Taiz/Marib/Shabwa (01169): the army's «السيطرة الكاملة» on the Mashra'a wa Hadnan district of Jabal
  Sabr → *Government regains territory*, and the earlier taking of the Sad al-Fajra position → a second
  one (another named place, as r30a); «145 بين قتيل وجريح» is no death count and the 11 captured are
  part of the battle; the Jabal Habashi front «التي تخوض معارك» → *Armed clash* (ambiguous: named in a
  support sentence); the coalition planes' strikes on Houthi targets in al-Jufaina (25 dead) →
  *Air/drone strike*; the army brigades' advance on the southern Marib front → *Armed clash* (ambiguous:
  «في عدد من المحاور»); the Popular Resistance taking Houthi positions in the Green Zone between Lahj and
  Aden → *Non-state actor overtakes territory* (the Resistance alone, as r25c), the sweep its mention;
  the Bayhan battles → *Armed clash* («مقتل العشرات» no number); the Abyan and al-Dhale fronts' advance
  → one *Armed clash* with both provinces accepted (one country, one sentence); the coalition air cover
  for the Resistance («تعمل على توفير غطاء جوي», ongoing) and «جميع الجبهات في تقدم» (a campaign), the
  move to besiege al-Arous are not coded;
- US ISIS supporter (01183): the court appearance, the charges (Topaz), the deportations and Comey's
  testimony are court/policy steps, not coded (as r19a); Nader Saada's arrest soon after reaching Jordan
  (he left on 5 May) → *Arrests*, historical, 2015-05 (the «اربعة اشخاص … تم اعتقالهم» aggregate its
  mention); his brother Alaa's arrest «في 29 حزيران/يونيو» → *Arrests*, historical; Munther Saleh's arrest
  → *Arrests*, historical, "unknown" (his attempted stabbing of an FBI agent is an attempt, not coded;
  ambiguous); the burning of the pilot al-Kasasbeh → historical *Violence against civilians/Attack*,
  "unknown", 1 dead, and the Charlie Hebdo attack «في كانون الثاني/يناير الماضي» → historical *Attack*
  2015-01 (named as what he justified; as r27's Charlie Hebdo; ambiguous);
- Iraq bombings (00608): the Tuesday series (2015-07-21; 19 + 4 + 3 + 4 = the 30 of the lead) → four
  events: Baghdad al-Jadida car bomb (*Remote explosive/landmine/IED*, 19 dead, the lead's «سلسلة
  تفجيرات» its mention) and al-Zaafaraniya car bomb (4 dead), both claimed by ISIS; the suicide car bomb
  at the al-Tarmiya checkpoint (*Suicide bomb*, 3 soldiers and police dead, no actor: the claim covers
  «بعضها» only); the Mandali car bomb (4 dead); the Khan Bani Saad suicide bombing «الجمعة» → *Suicide
  bomb* 2015-07-17, 90 dead, ISIS; the authorities' announcement «في يناير» of Diyala's liberation →
  *Government regains territory*, historical, 2015-01; ISIS's hold «منذ يونيو 2014» and its resumed
  bombings «في الاسابيع الماضية» are trends, not coded;
- Syrian opposition (00825): the coalition's election of Khoja and its internal meetings are not coded
  (an election, an internal meeting); Jaish al-Fath's seizure of Idlib and the regime's loss of Palmyra to
  ISIS → two historical *Non-state actor overtakes territory*, "unknown"; the threat to the coast, the
  Turkish support, the defections and the foreign militias are trends;
- Aden security (01468): the Saudi air bridge of KSRelief → *Diplomacy/Aid* (as r25c/r30c); «تحرير عدن
  من خلال التحالف العربي» → *Government regains territory*, "unknown", the coalition accepted as actor;
  the militias' destruction of Aden (a campaign), the police taking over the city's positions (a
  deployment, as earlier rounds; ambiguous: *Non-violent transfer of territory*) and the security plans
  are not coded;
- al-Maliki (01237): statements; ISIS's seizure of Mosul → *Non-state actor overtakes territory*,
  historical, "unknown"; «تحرير مدينة عدن من أيدي الحوثيين» → *Government regains territory*,
  "unknown", no actor; Decisive Storm named as argument is not coded;
- Emirati battalion (00749): its arrival in Aden to secure the airport → *Strategic developments/Other*
  (as r25a); the denied ground landing (a deployment, as r13b/r15c) is not coded; «تم الاتفاق مع مملكة
  الأردن» to receive the wounded → *Diplomacy/Agreement*, Jordan as target (the Yemeni side is not named);
  the «قصف شنيع» the four Aden districts suffered is the war's campaign (not coded, ambiguous), the advance
  beyond al-Anad and towards Zinjibar a movement;
- Saleh column (02945, negative): the revolution, the GCC initiative (named as time reference), Decisive
  Storm (a metaphor) and Saleh's interview are not coded;
- Kuwait anniversary (00808): the invasion «في الثاني من أغسطس 1990» → *Non-state actor overtakes
  territory*, historical (a foreign state's capture, as r29c); the blockade the invasion brought →
  *Diplomacy/Sanction*, historical, 1990 (ambiguous: the text dates the invasion, not the sanctions); the
  former regime's killing of most of the missing → *Violence against civilians/Attack*, historical,
  "unknown"; Kuwait's decision «أخيرا» to postpone its compensation at Baghdad's request →
  *Diplomacy/Agreement*, "unknown" (ambiguous: a unilateral decision); the 2003 occupation (time
  reference, as earlier rounds), the coalition formed «لتحرير الكويت» (its purpose only; ambiguous), the
  committees, the Chapter VII exit and the talks still needed are not coded;
- Aden recruitment (00161): «بعد تحريرها من المتمردين» → *Government regains territory*, "unknown"; the
  artillery shelling of the Dar Saad cables by the Houthi–Saleh militias → *Shelling/artillery/missile
  attack*, historical, "unknown"; the WFP food distribution to 340,000 people → *Diplomacy/Aid*; the
  governor's meeting with officials (domestic), the registration of recruits and the plans are not coded.

Negative (1): snn-20150806-02945 (opinion column on Saleh).

Run: python tests/data/agreement_r32c_source.py   (writes agreement_r32c.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("agreement_r32c.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150802-01169"] = [
    E(
        "Battles/Government regains territory",
        "السيطرة الكاملة",
        actor=("الجيش الوطني",),
        target=("ميليشيات الحوثي",),
        place=("مشرعة وحدنان", "جبل صبر", "تعز"),
    ),
    E(
        "Battles/Government regains territory",
        "السيطرة",
        at="بعد السيطرة",
        actor=("الجيش الوطني",),
        target=("ميليشيات الحوثي",),
        place=("موقع سد الفجرة", "سد الفجرة", "جبل صبر", "تعز"),
    ),
    E(
        "Battles/Armed clash",
        "معارك",
        at="تخوض معارك",
        actor=("جبهة جبل حبشي",),
        place=("جبل حبشي", "تعز"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "ضرب",
        at="الدعم اللوجستي وضرب",
        actor=("طائرات التحالف العربي", "التحالف العربي"),
        target=("الحوثي", "مسلحا حوثيا"),
        place=("منطقة الجفينة", "الجفينة", "مأرب"),
        fatalities=25,
        also=("ودمرت",),
    ),
    E(
        "Battles/Armed clash",
        "تقدم",
        at="تقدم لألوية",
        actor=("ألوية الجيش", "الجيش الوطني"),
        target=("الحوثي",),
        place=("الجبهة الجنوبية لمحافظة مأرب", "مأرب"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرت",
        actor=("المقاومة الشعبية",),
        target=("الحوثيين",),
        place=("المنطقة الخضراء", "لحج", "عدن"),
        also=("بتطهير",),
    ),
    E(
        "Battles/Armed clash",
        "معارك",
        at="شبوة جنوب شرق اليمن",
        actor=("الجيش الوطني",),
        target=("ميليشيات الحوثي الانقلابية", "ميليشيات الحوثي", "الحوثيين"),
        place=("مديرية بيحان", "بيحان", "شبوة"),
        also=("مقتل العشرات",),
    ),
    E(
        "Battles/Armed clash",
        "تقدما",
        target=("الميليشيات الحوثية",),
        place=("أبين", "الضالع"),
    ),
]
F["snn-20150811-01183"] = [
    E(
        "Strategic developments/Arrests",
        "اعتقل",
        at="الا ان سعادة",
        target=("سعادة", "نادر سعادة"),
        place=("الاردن",),
        date="2015-05",
        status="historical",
        also=("اعتقالهم",),
    ),
    E(
        "Strategic developments/Arrests",
        "اعتقل",
        at="وفي نيو جيرزي",
        target=("علاء سعادة", "شقيقه"),
        place=("نيو جيرزي",),
        date="2015-06-29",
        status="historical",
    ),
    E(
        "Strategic developments/Arrests",
        "فاعتقل",
        target=("منذر صالح",),
        place=("نيويورك",),
        date="unknown",
        status="historical",
    ),
    E(
        "Violence against civilians/Attack",
        "قتل",
        at="للجهاديين مثل",
        actor=("للجهاديين", "الجهاديين", "تنظيم الدولة الاسلامية"),
        target=("الطيار الاردني معاذ الكساسبة", "معاذ الكساسبة", "الكساسبة"),
        date="unknown",
        status="historical",
        fatalities=1,
    ),
    E(
        "Violence against civilians/Attack",
        "الهجوم",
        at="حرقا والهجوم",
        actor=("للجهاديين", "الجهاديين", "تنظيم الدولة الاسلامية"),
        target=("صحيفة شارلي ايبدو الفرنسية", "شارلي ايبدو"),
        date="2015-01",
        status="historical",
    ),
]
F["snn-20150723-00608"] = [
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "تفجير",
        at="حيث ادى",
        actor=("تنظيم داعش", "داعش", "التنظيم"),
        target=("سوقا شعبية", "مدنيون"),
        place=("منطقة بغداد الجديدة", "بغداد الجديدة", "بغداد"),
        date="2015-07-21",
        fatalities=19,
        also=("سلسلة تفجيرات", "الهجمات دموية", "للتفجير الذي استهدف", "واخرى في منطقة بغداد الجديدة"),
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "انفجرت",
        actor=("تنظيم داعش", "داعش", "التنظيم"),
        place=("الزعفرانية", "بغداد"),
        date="2015-07-21",
        fatalities=4,
        also=("مسؤوليته عن تفجير",),
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "تفجير",
        at="وجرح تسعة، في",
        target=("عناصر من الجيش والشرطة", "الجيش والشرطة", "نقطة تفتيش"),
        place=("منطقة الطارمية", "الطارمية", "بغداد"),
        date="2015-07-21",
        fatalities=3,
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "تفجير",
        at="قتل اربعة اشخاص على الاقل في",
        place=("بلدة مندلي", "مندلي", "ديالى"),
        date="2015-07-21",
        fatalities=4,
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "تفجير انتحاري",
        actor=("التنظيم", "تنظيم داعش", "داعش"),
        place=("خان بني سعد", "ديالى"),
        date="2015-07-17",
        fatalities=90,
        also=("هذا التفجير الذي تبناه",),
    ),
    E(
        "Battles/Government regains territory",
        "تحرير",
        at="اعلنت في يناير",
        actor=("السلطات العراقية",),
        target=("تنظيم داعش", "داعش"),
        place=("محافظة ديالى", "ديالى"),
        date="2015-01",
        status="historical",
    ),
]
F["snn-20150804-00825"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرته",
        actor=("جيش الفتح",),
        place=("منطقة إدلب", "إدلب"),
        date="unknown",
        status="historical",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "فقدانها السيطرة",
        actor=("تنظيم داعش", "داعش"),
        target=("قوات الأسد",),
        place=("مدينة تدمُر", "تدمُر"),
        date="unknown",
        status="historical",
    ),
]
F["snn-20150810-01468"] = [
    E(
        "Diplomacy/Aid",
        "الجسر الجوي الإغاثي",
        actor=("مركز الملك سلمان للإغاثة الإنسانية", "السعودي", "المملكة"),
        target=("الشعب اليمني",),
        place=("عدن",),
    ),
    E(
        "Battles/Government regains territory",
        "تحرير عدن",
        actor=("التحالف العربي لدعم الشرعية في اليمن", "التحالف العربي"),
        place=("عدن",),
        date="unknown",
    ),
]
F["snn-20150724-01237"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "السيطرة",
        at="تنظيم داعش في السيطرة",
        actor=("تنظيم داعش", "داعش"),
        place=("مدينة الموصل", "الموصل"),
        date="unknown",
        status="historical",
    ),
    E(
        "Battles/Government regains territory",
        "تحرير مدينة عدن",
        target=("الحوثيين",),
        place=("مدينة عدن", "عدن"),
        date="unknown",
    ),
]
F["snn-20150804-00749"] = [
    E(
        "Strategic developments/Other",
        "وصلت",
        actor=("كتيبة عسكرية إماراتية", "القوات الإماراتية", "الكتيبة الإماراتية"),
        place=("عدن", "مطار عدن"),
        also=("تأمين مطار عدن",),
    ),
    E(
        "Diplomacy/Agreement",
        "الاتفاق",
        at="حيث تم الاتفاق",
        target=("مملكة الأردن", "الأردن"),
    ),
]
F["snn-20150806-02945"] = []
F["snn-20150802-00808"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "غزو",
        actor=("النظام العراقي السابق", "النظام العراقي"),
        place=("الكويت",),
        date="1990-08-02",
        status="historical",
        also=("غزو الكويت أحبط", "غزو النظام السابق"),
    ),
    E(
        "Diplomacy/Sanction",
        "حصارا اقتصاديا",
        target=("الشعب العراقي", "العراق"),
        date="1990",
        status="historical",
        also=("العقوبات الاقتصادية",),
    ),
    E(
        "Violence against civilians/Attack",
        "تصفيتهم",
        actor=("النظام السابق",),
        target=("المفقودين",),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Agreement",
        "تأجيل",
        at="وقررت الكويت",
        actor=("الكويت",),
        target=("بغداد",),
        date="unknown",
    ),
]
F["snn-20150802-00161"] = [
    E(
        "Battles/Government regains territory",
        "تحريرها",
        target=("المتمردين",),
        place=("عدن",),
        date="unknown",
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "لقصف مدفعي",
        actor=("ميليشيات الحوثي وصالح", "ميليشيات الحوثي"),
        place=("مدينة دار سعد", "دار سعد", "عدن"),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Aid",
        "توزيع مساعدات غذائية",
        actor=("برنامج الأغذية العالمي",),
        target=("340 ألف شخص",),
        place=("محافظة عدن", "عدن"),
    ),
]


if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
