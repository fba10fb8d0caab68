"""Source of tests/data/events_r30c.jsonl: the thirtieth blind event round, part r30c.

10 real articles (SaudiNewsNet politics, 1,517–2,262 characters): the lines of /work/brief/DRAW_r30.tsv
(the saved output of `python tests/data/events_round30_select.py`) whose first column is `r30c`
(selection = events_round30_select.py, seed 3030, part r30c). All 10 kept, none dropped; 2 of them
report no event (negatives). Annotated by reading only (2026-11-29): the event coder was never run on
these articles and no coder output was read. Same format and guidelines as events_dev_source.py and
events_fresh_source.py (docs/events.md § Dev set); `build()` comes from events_dev_source.py
(SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three 12-word
runs with an article of another tests/data/events_*.jsonl set (checked at 09:22 UTC). Same happenings in
other words: the Istanbul/Şırnak attacks of 10 August 2015 (r26a snn-20150811-01256), the Suruç bombing
(r26a and others), the liberation of Aden (many rounds), the 26 July humanitarian truce (r24c, r28c).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r28c_source.py):
- Houthi looting of the Defence Ministry: the two officials' looting (half a billion and 200 million
  riyals) → one *Looting/property destruction* (the second «بنهب» and «عمليات النهب» its mentions);
  «بعد تحرير عدن» → Aden's liberation, *Government regains territory*, "unknown"; «احتلال الحوثيين لمدينة
  عدن» → *Non-state actor overtakes territory*, historical, "unknown"; Bahah's coming visit to Aden →
  *Diplomacy/Visit*, planned; Abu Haliqa's son killed in Marib → *Armed clash*, 1 dead (ambiguous: no
  opposing side named); the planned liberations («إذا …») and the tallies of dead are not coded;
- Turkish spring (opinion): ISIS's invasion of Kobani → *Non-state actor overtakes territory*,
  historical, "unknown"; the Brussels coalition conference of 3 Dec 2014 → *Diplomacy/Meeting*,
  historical; Turkey «بضرب التنظيم والأكراد» → one *Air/drone strike* (as r26's «هجوم تركيا»; ambiguous:
  the text does not say aerial, and it names two targets); the arrest of twenty ISIS suspects →
  *Arrests*; Turkey's consent to US strikes from Incirlik → *Diplomacy/Agreement*; the end of the PKK
  truce, the accusation that PKK attacked security forces and the alleged border meetings are not coded;
- aid diversion (Hodeidah): the Houthi seizure of Hodeidah («منذ الاستيلاء عليها») → *Non-state actor
  overtakes territory*, historical, "unknown"; the Houthis still holding about a hundred journalists and
  activists → *Arrests* (ambiguous: could be *Abduction/forced disappearance*); the habitual looting of
  aid and the Resistance's continuing attacks on checkpoints are habits, not coded (ambiguous);
- Turkey attacks (10 Aug): the Sultanbeyli car bomb «يشتبه بأنه انتحاري» → *Suicide bomb* (as r26a), 10
  injured; the night's clashes at the police station → *Armed clash*, 2 gunmen dead (the policeman
  unconfirmed); the two gunmen firing on the US consulate → *Violence against civilians/Attack* (r26a
  coded an exchange of fire there as *Armed clash*; this text names no exchange); the woman's arrest →
  *Arrests*; the continuing air campaign against the PKK → one *Air/drone strike* (Turkey and northern
  Iraq named together, dated with «يوم امس الاثنين»; ambiguous: one per country by the guidelines, but no
  strike is located); the
  Silopi roadside bomb → *Remote explosive/landmine/IED*, 4 dead; the rocket-launcher attack on the
  helicopter in Beytüşşebap → *Shelling/artillery/missile attack*, 1 dead (r26a: *Armed clash* for
  «إطلاق نار»); the Cobra helicopters targeting the area → *Air/drone strike*; Suruç → *Suicide bomb*
  2015-07-20, 32 dead (the text says only «الهجوم»);
- ISIS and «Constantinople» (negative, opinion): «تفجيراتها الأخيرة في تركيا والمناوشات معها عبر الحدود»
  are plural references, not coded (ambiguous);
- Ibb Resistance: the coalition's operations in Ibb hitting weapons stores → *Air/drone strike* (the
  text does not say aerial); the sixth Saudi relief plane in Aden «أمس» → *Diplomacy/Aid* 2015-08-09; the
  Houthi abduction of over 25 journalists → *Abduction/forced disappearance*; closing 40 websites,
  human shields, displacement and wanted lists are not coded;
- «Scud» (opinion): the Republican Guard's attack → *Armed clash* and the Scud launch → *Shelling/
  artillery/missile attack*, both dated 2015-07 («الأسبوعان الماضيان»; ambiguous: named in passing);
- ISIS operations room (negative, opinion): the defector's meeting and the coalition sorties are
  background, not coded;
- Maran mountains: the Iranian base in Maran → *Headquarters or base established*, historical, "unknown";
  the Iranian experts' visit with the ambassador → *Diplomacy/Visit*, historical, "unknown" (ambiguous);
- KSRelief: the humanitarian truce → *Strategic developments/Agreement* (as r28c); the launch of the
  King Salman centre with one billion dollars → *Diplomacy/Aid*; its convoys setting off → a second
  *Diplomacy/Aid*; the government's return is planned in general, not coded.

Run: python tests/data/events_r30c_source.py   (writes events_r30c.jsonl)
Text licences: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r30c.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150802-00347"] = [
    E(
        "Strategic developments/Looting/property destruction",
        "بنهب",
        actor=("أحد المسؤولين الحوثيين", "المسؤولين الحوثيين", "قيادي آخر", "القيادات الحوثية"),
        target=("خزينة وزارة الدفاع اليمنية", "وزارة الدفاع اليمنية"),
        also=("بنهب 200 مليون", "عمليات النهب"),
    ),
    E(
        "Battles/Government regains territory",
        "تحرير عدن",
        place=("عدن",),
        date="unknown",
    ),
    E(
        "Diplomacy/Visit",
        "زياراته",
        actor=("خالد محفوظ بحاح",),
        place=("عدن",),
        status="planned",
        also=("الزيارة",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "احتلال",
        actor=("الحوثيين",),
        place=("مدينة عدن", "عدن"),
        date="unknown",
        status="historical",
    ),
    E(
        "Battles/Armed clash",
        "قتل",
        at="حيث ",
        target=("علي أبوحليقة", "ابن أحد القادة"),
        place=("مأرب",),
        fatalities=1,
        also=("سقوط ابن",),
    ),
]
F["snn-20150802-00374"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "بغزو",
        actor=("تنظيم داعش", "داعش"),
        place=("كوباني",),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Meeting",
        "مؤتمر بروكسل",
        place=("بروكسل",),
        date="2014-12-03",
        status="historical",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "بضرب",
        actor=("تركيا",),
        target=("التنظيم", "الأكراد", "داعش"),
        also=("بحربها",),
    ),
    E(
        "Strategic developments/Arrests",
        "اعتقال",
        target=("عشرين شخصاً", "تنظيم داعش"),
        place=("مناطق تركية",),
    ),
    E(
        "Diplomacy/Agreement",
        "موافقة",
        at="التناغم حدث بعد ",
        actor=("تركيا",),
        target=("للجيش الأمريكي", "أمريكا"),
        place=("قاعدة إنجرليك الجوية الأمريكية", "إنجرليك"),
    ),
]
F["snn-20150807-01429"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "الاستيلاء",
        at="منذ ",
        actor=("الجماعة الحوثية", "الحوثية"),
        place=("الحديدة",),
        date="unknown",
        status="historical",
    ),
    E(
        "Strategic developments/Arrests",
        "تعتقل",
        actor=("جماعة الحوثي",),
        target=("العشرات من الصحفيين والنشطاء الاجتماعيين", "الصحفيين", "النشطاء الاجتماعيين"),
        place=("محافظة الحديدة", "الحديدة"),
    ),
]
F["snn-20150811-00373"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "القصف الجوي",
        actor=("أنقرة",),
        target=("متمردي حزب العمال الكردستاني", "حزب العمال الكردستاني"),
        place=("تركيا", "شمال العراق"),
        date="2015-08-10",
        also=("الحملة الجوية",),
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "هجوم بسيارة مفخخة",
        target=("مركزا للشرطة", "مركز الشرطة"),
        place=("منطقة سلطان بايلي", "سلطان بايلي", "اسطنبول"),
        date="2015-08-10",
        also=("مستهدفة القنصلية الامريكية ومركزا للشرطة",),
    ),
    E(
        "Battles/Armed clash",
        "صدامات",
        actor=("قوات الأمن", "الشرطة"),
        target=("مسلحين",),
        place=("سلطان بايلي", "اسطنبول"),
        date="2015-08-10",
        fatalities=2,
        also=("قتلت الشرطة", "الاشتباكات"),
    ),
    E(
        "Violence against civilians/Attack",
        "فتح مسلحان",
        actor=("مسلحان",),
        target=("القنصلية الاميركية", "القنصلية الامريكية"),
        place=("حي ايستينيه", "ايستينيه", "اسطنبول"),
        date="2015-08-10",
    ),
    E(
        "Strategic developments/Arrests",
        "أوقفت",
        actor=("الشرطة",),
        target=("أحدهما", "امرأة"),
        place=("اسطنبول",),
        date="2015-08-10",
        also=("عملية لملاحقة",),
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "انفجار قنبلة",
        actor=("متمردي حزب العمال الكردستاني", "حزب العمال الكردستاني"),
        target=("أربعة عناصر من الشرطة", "الشرطة", "اربعة شرطيين"),
        place=("إقليم سيلوبي", "سيلوبي", "محافظة شيرناك", "شيرناك"),
        date="2015-08-10",
        fatalities=4,
        also=("انفجار قنبلة وضعت",),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "هجوم بقاذفة صواريخ",
        actor=("متمردون أكراد",),
        target=("طوافة عسكرية", "جندي تركي"),
        place=("إقليم بيت شباب", "بيت شباب", "شيرناك"),
        date="2015-08-10",
        fatalities=1,
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "باستهداف",
        actor=("الجيش التركي", "طوافات «كوبرا»"),
        place=("بيت شباب", "شيرناك"),
        date="2015-08-10",
        also=("عملية عسكرية",),
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "الهجوم الذي وقع في سوروتش",
        actor=("تنظيم داعش", "داعش"),
        place=("سوروتش",),
        date="2015-07-20",
        fatalities=32,
    ),
]
F["snn-20150731-01874"] = []  # ISIS and «Constantinople»: opinion, plural references only
F["snn-20150810-00752"] = [
    E(
        "Explosions/Remote violence/Air/drone strike",
        "بالعمليات العسكرية",
        actor=("قوات التحالف العربي", "التحالف العربي"),
        target=("مخازن سلاح", "للمليشيات المتمردة"),
        place=("محافظة إب", "إب"),
        also=("واستهدفت",),
    ),
    E(
        "Diplomacy/Aid",
        "وصلت",
        actor=("مركز الملك سلمان للإغاثة والأعمال الإنسانية", "السعودية", "الملك سلمان"),
        target=("الشعب اليمني",),
        place=("مطار عدن الدولي", "عدن"),
        date="2015-08-09",
        also=("هذه المساعدات",),
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "اختطفوا",
        actor=("الانقلابيين الحوثيين", "الحوثيين", "المليشيات الحوثية"),
        target=("أكثر من 25 صحفياً وكاتباً", "صحفياً"),
        also=("تحتجز",),
    ),
]
F["snn-20150722-01447"] = [
    E(
        "Battles/Armed clash",
        "هجوم نخبة الحرس الجمهوري",
        actor=("نخبة الحرس الجمهوري", "الحرس الجمهوري", "صالح"),
        date="2015-07",
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "وإطلاق سكود",
        actor=("صالح", "علي عبدالله صالح"),
        date="2015-07",
        also=("بإطلاق سكود",),
    ),
]
F["snn-20150726-01314"] = []  # ISIS operations room: opinion, the defector's claims and general sorties
F["snn-20150804-00073"] = [
    E(
        "Strategic developments/Headquarters or base established",
        "إنشاء قاعدة",
        actor=("إيران",),
        place=("منطقة مران", "مران", "صعدة"),
        date="unknown",
        status="historical",
        also=("إنشاء معسكرات",),
    ),
    E(
        "Diplomacy/Visit",
        "زاروا",
        actor=("خبراء إيرانيين", "السفير الإيراني"),
        place=("جبال مران", "مران"),
        date="unknown",
        status="historical",
    ),
]
F["snn-20150727-01311"] = [
    E(
        "Strategic developments/Agreement",
        "الهدنة الإنسانية",
        actor=("الملك سلمان بن عبدالعزيز", "خادم الحرمين الشريفين", "قوات التحالف"),
        place=("اليمن",),
        also=("بالهدنة",),
    ),
    E(
        "Diplomacy/Aid",
        "إطلاق",
        actor=("الملك سلمان", "مركز الملك سلمان للأعمال الإغاثية والإنسانية", "المملكة"),
        target=("الشعب اليمني",),
        place=("الرياض",),
        also=("وتخصيص مبلغ مليار دولار",),
    ),
    E(
        "Diplomacy/Aid",
        "انطلاق قوافل",
        actor=("مركز الملك سلمان للأعمال الإغاثية والإنسانية",),
        target=("الشعب اليمني",),
    ),
]


if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
