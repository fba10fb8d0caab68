"""Source of tests/data/events_r34c.jsonl: the thirty-fourth blind event round, part r34c.

10 real articles (SaudiNewsNet politics, 1,603–2,495 characters): the lines of /work/brief/DRAW_r34.tsv
(the saved output of `python tests/data/events_round34_select.py`) whose first column is `r34c`
(selection = events_round34_select.py, seed 3434, part r34c). All 10 kept, none dropped; 3 of them
report no event (negatives). Annotated by reading only (2026-11-29): the event coder was never run on
these articles and no coder output was read. Same format and guidelines as events_dev_source.py and
events_fresh_source.py (docs/events.md § Dev set); `build()` comes from events_dev_source.py
(SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three 12-word
runs with an article of another tests/data/events_*.jsonl set (checked at 10:00 UTC). Same happenings in
other words: Nusra's abduction of Division 30 fighters at Qah and of the eight earlier (r20a), Carter's
Baghdad visit (dev, r10a and later), the liberation of al-Anad and Aden (many rounds).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r32c_source.py):
- Oman–Syria: al-Muallem's arrival in Muscat «أمس» → *Diplomacy/Visit* 2015-08-06 and his meeting
  with Bin Alawi → *Diplomacy/Meeting* (the «الاجتماع» sentence its mention); the ministers agreeing that
  «الوقت حان» (a shared view, not an accord), Turkey's decisions and the Turkish–US pressure are not coded;
- Father Paolo (column): his abduction by an ISIS-linked group in Raqqa, «اليوم يصادف الذكرى الثانية» →
  *Violence against civilians/Abduction/forced disappearance*, historical, 2013-08 (ambiguous: the day
  could be read as 2013-08-06); his forced removal to Beirut (a church decision at the regime's
  prompting) and the rumoured killing are not coded;
- «ما لا يمكنك تدميره» (negative, opinion): the dissolution of the Iraqi army and ISIS's operations are
  named as argument;
- Libyan court: court steps and the charge of killing protesters are not coded (as r8b, r17a, r22a);
  Saif al-Islam held by a Zintan group «منذ أربع سنوات» → *Strategic developments/Arrests*, historical,
  2011 (ambiguous: could be left uncoded as a state, or be *Abduction* as al-Subaihi's case); the 2014
  Tripoli war (vague) is not coded;
- «مرحلة الحسم» (opinion): the liberation of the whole south and of al-Anad → two *Government regains
  territory*, date "unknown" (as r32c's Aden); Abyan, Taiz and Sanaa (predicted) are not coded;
- al-Asiri profile: his brother's 2009 suicide bombing against Mohammed bin Nayef → *Suicide bomb*,
  historical, 2009, no fatality number; the failed «قنبلة السروال» (did not explode, as r-rounds'
  attempts not carried out) and the printer bombs are not coded (ambiguous: *Disrupted weapons use*);
- al-Arish: the IED on the armoured vehicle → *Remote explosive/landmine/IED*, 2 dead, publication date
  (the ministry statement «أمس» dates no blast); the seven IEDs detonated by the security forces →
  *Disrupted weapons use*; Darbala's arrest «في مايو الماضي» → *Arrests* 2015-05; his death in prison
  (natural, per the prisons sector) is not coded;
- Anbar University: its liberation «الاحد» → *Government regains territory* 2015-07-26, the week of
  battles and «المواجهات التي وقعت أمس» (29 dead) its mentions (fresh call: clashes leading to a takeover),
  so 29 fatalities on it (ambiguous); ISIS's capture «في مطلع يونيو 2014» → *Non-state actor overtakes
  territory*, historical, 2014-06; Carter's visit «الخميس» → *Visit* 2015-07-23; the coalition strike on
  Kubrat → *Air/drone strike* 2015-07-26 (the sources' «الأحد»), 11 dead; the double IED in an al-Uruba
  café «الليلة قبل الماضية» → *Remote explosive/landmine/IED* 2015-07-24 (counted from the sources'
  Sunday; ambiguous), 11 dead; the siege of al-Ta'mim (a deployment) is not coded;
- Lebanon (negative): the extension of the army commander's term, the boycott of parliament sessions and
  Hezbollah's fighting in Syria (a general state) are not events;
- Nusra/Syria: the Qah abduction «يوم أمس الثلاثاء» → *Abduction/forced disappearance* 2015-08-04 (as
  r20a's type); the eight «بعد أقل من أسبوع» → a second *Abduction*, date "unknown"; «ليل الاثنين -
  الثلاثاء» → 2015-08-03 (as r16b, the first night); «أمس» = Tuesday 2015-08-04 (the text says so), the
  «كذلك»/«أيضاً» sentences continue it; one event per place and sub-type: Zabadani clash (1 dead, the
  major) and Zabadani shelling, Darayya shelling, Khan al-Shih clash, Tishreen power-station clash (regime
  vs ISIS), eastern Qalamoun clash (factions vs ISIS), Darayya clash (1 opposition fighter dead), Jobar
  shelling, Jobar's ongoing clashes (present fighting, as r16b; publication date), the al-Waer tank shell
  → *Shelling*, and the heavy machine-gun fire on Talbiseh → *Armed clash* (ambiguous: no side fires back
  in the text).

Run: python tests/data/events_r34c_source.py   (writes events_r34c.jsonl)
Text licences: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r34c.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150807-00095"] = [
    E(
        "Diplomacy/Visit",
        "وصل",
        at="حيث",
        actor=("وليد المعلم", "المعلم", "وزير الخارجية السوري"),
        place=("مسقط",),
        date="2015-08-06",
        also=("الزيارة الأولى",),
    ),
    E(
        "Diplomacy/Meeting",
        "التقى",
        actor=("وليد المعلم", "المعلم"),
        target=("يوسف بن علوي", "بن علوي"),
        place=("مسقط",),
        date="2015-08-06",
        also=("خلال الاجتماع",),
    ),
]
F["snn-20150806-02218"] = [
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "اختطافه",
        actor=('جماعة مرتبطة بـ"داعش"', "داعش"),
        target=("الأب باولو دالوليو", "الأب باولو", "باولو"),
        place=("الرقة",),
        date="2013-08",
        status="historical",
        also=("لاختطافه", "اختفائه القسري"),
    ),
]
F["snn-20150727-01274"] = []  # opinion: the army's dissolution and ISIS's operations named as argument
F["snn-20150731-00595"] = [
    E(
        "Strategic developments/Arrests",
        "تحتجزه",
        actor=("جماعة للمقاتلين السابقين", "فصائل الزنتان"),
        target=("سيف الإسلام", "سيف الإسلام القذافي"),
        place=("منطقة الزنتان", "الزنتان"),
        date="2011",
        status="historical",
    ),
]
F["snn-20150807-00602"] = [
    E(
        "Battles/Government regains territory",
        "تحرير",
        actor=("الجيش الوطني", "المقاومة الشعبية اليمنية", "المقاومة الشعبية"),
        place=("الجنوب اليمني",),
        date="unknown",
        also=("الانتصارات المتتالية",),
    ),
    E(
        "Battles/Government regains territory",
        "تحرير قاعدة العند",
        actor=("الجيش الوطني", "المقاومة الشعبية"),
        place=("قاعدة العند الإستراتيجية", "قاعدة العند"),
        date="unknown",
        also=("سقوط قاعدة العند",),
    ),
]
F["snn-20150801-00018"] = [
    E(
        "Explosions/Remote violence/Suicide bomb",
        "تفجير انتحاري",
        actor=("شقيقه عبدالله", "عبدالله", "العسيري"),
        target=("الأمير محمد بن نايف", "محمد بن نايف", "ولي العهد السعودي"),
        date="2009",
        status="historical",
        also=("محاولة فاشلة لاغتيال",),
    ),
]
F["snn-20150810-01069"] = [
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "انفجار",
        target=("ضابط شرطة ومجند", "ضابط شرطة", "قوات أمن شمال سيناء", "إحدى المدرعات"),
        place=("العريش", "شارع أسيوط"),
        fatalities=2,
        also=("انفجرت بها عبوة ناسفة",),
    ),
    E(
        "Strategic developments/Disrupted weapons use",
        "فجرت",
        at="في المقابل",
        actor=("قوات الأمن",),
        place=("جنوب الشيخ زويد", "الشيخ زويد", "طريق الشيخ زويد - الجورة"),
        also=("تفجيرها عن بعد",),
    ),
    E(
        "Strategic developments/Arrests",
        "ألقي القبض",
        target=("عصام دربالة", "دربالة"),
        date="2015-05",
    ),
]
F["snn-20150727-00777"] = [
    E(
        "Battles/Government regains territory",
        "تحرير",
        actor=("القوات العراقية", "قوات الفرقة الذهبية", "قوات مكافحة الارهاب"),
        target=("تنظيم (داعش)", "داعش"),
        place=("جامعة الانبار", "مدينة الرمادي", "الرمادي"),
        date="2015-07-26",
        fatalities=29,
        also=(
            "اقتحام جامعة الانبار",
            "معارك عنيفة",
            "المواجهات التي وقعت أمس",
            "حررت جامعة الانبار",
        ),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "وسيطر",
        actor=("المتطرفين",),
        place=("جامعة الانبار", "الرمادي"),
        date="2014-06",
        status="historical",
    ),
    E(
        "Diplomacy/Visit",
        "زيارة",
        at="بعد يومين من",
        actor=("آشتون كارتر", "كارتر", "وزير الدفاع الاميركي"),
        place=("بغداد",),
        date="2015-07-23",
        also=("زياته الخميس",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصف",
        at="إن طيران التحالف الدولي",
        actor=("طيران التحالف الدولي", "التحالف الدولي"),
        target=("تنظيم داعش", "داعش"),
        place=("منطقة كوبرات", "كوبرات"),
        date="2015-07-26",
        fatalities=11,
        also=("بمقتل 11 من تنظيم", "قتل 11 من عناصر التنظيم"),
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "انفجار مزدوج",
        target=("مدنيا", "مقهى شعبي"),
        place=("منطقة العروبة", "العروبة", "بعقوبة"),
        date="2015-07-24",
        fatalities=11,
        also=("مقتل 11 مدنيا",),
    ),
]
F["snn-20150806-00425"] = []  # Lebanon: the army commander's term extended; political deadlock, no event
F["snn-20150806-00762"] = [
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "خطفت",
        actor=("جبهة النصرة",),
        target=("خمسة مقاتلين", "الفرقة 30"),
        place=("قرية قاح", "قاح"),
        date="2015-08-04",
        also=("خطفت جبهة النصرة يوم أمس",),
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "خطف",
        at="أقل من أسبوع",
        actor=("جبهة النصرة",),
        target=("ثمانية مقاتلين",),
        date="unknown",
    ),
    E(
        "Battles/Armed clash",
        "الاشتباكات",
        at="استمرت",
        actor=("المقاتلين محليين", "المقاتلين"),
        target=("قوات النظام", "حزب الله اللبناني", "جيش التحرير الفلسطيني", "قوات الدفاع الوطني"),
        place=("مدينة الزبداني", "الزبداني"),
        date="2015-08-03",
        fatalities=1,
        also=("لمقتل ضابط",),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصف",
        at="بالتزامن مع",
        actor=("قوات النظام",),
        place=("الزبداني", "مدينة الزبداني"),
        date="2015-08-03",
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصفت",
        at="كما قصفت",
        actor=("قوات النظام",),
        place=("مدينة داريا", "داريا", "الغوطة الغربية"),
        date="2015-08-04",
    ),
    E(
        "Battles/Armed clash",
        "اشتباكات",
        at="ايضا دارت",
        actor=("قوات النظام",),
        target=("الفصائل الامعارضة", "الفصائل"),
        place=("بساتين مخيم خان الشيح", "مخيم خان الشيح", "خان الشيح"),
        date="2015-08-04",
    ),
    E(
        "Battles/Armed clash",
        "اشتباكات",
        at="بينما دارت فجر امس",
        actor=("قوات النظام",),
        target=("داعش",),
        place=("محطة تشرين الحرارية", "بئر قصب", "ريف دمشق الشرقي"),
        date="2015-08-04",
    ),
    E(
        "Battles/Armed clash",
        "اشتباكات",
        at="كذلك دارت",
        actor=("مقاتلي الفصائل", "الفصائل المتطرفة والمقاتلة"),
        target=("داعش", "تنظيم داعش"),
        place=("القلمون الشرقي",),
        date="2015-08-04",
    ),
    E(
        "Battles/Armed clash",
        "اشتباكات",
        at="مقاتل من المعارضة خلال",
        actor=("مقاتل من المعارضة", "المعارضة"),
        target=("قوات النظام",),
        place=("محيط مدينة داريا", "داريا"),
        date="2015-08-04",
        fatalities=1,
        also=("مقتل مقاتل",),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصف",
        at="حي جوبر",
        actor=("قوات النظام",),
        place=("حي جوبر", "جوبر"),
        date="2015-08-03",
    ),
    E(
        "Battles/Armed clash",
        "اشتباكات",
        at="حيث تدور",
        actor=("حزب الله اللبناني", "قوات النظام", "قوات الدفاع الوطني"),
        target=("مقاتلي الفصائل المعارضة", "جبهة النصرة"),
        place=("حي جوبر", "جوبر", "الحي"),
        also=("لهجمات من قبل حزب الله",),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قذيفة دبابة",
        actor=("قوات النظام",),
        place=("حي الوعر", "الوعر", "حمص"),
        date="2015-08-04",
    ),
    E(
        "Battles/Armed clash",
        "فتحت",
        actor=("قوات النظام",),
        place=("مدينة تلبيسة", "تلبيسة", "ريف حمص الشمالي"),
        date="2015-08-03",
    ),
]

if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
