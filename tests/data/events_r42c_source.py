"""Source of tests/data/events_r42c.jsonl: the forty-second blind event round, part r42c.

10 real articles (SaudiNewsNet politics, 2,545–3,841 characters): the lines of /work/brief/DRAW_r42.tsv
(the saved output of `python tests/data/events_round42_select.py`) whose first column is `r42c`
(selection = events_round42_select.py, seed 4242, part r42c). All 10 kept, none dropped. Annotated by
reading only (2026-11-29): the event coder was never run on these articles and no coder output was read.
Same format and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set);
`build()` comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or any 12-word run
(three or more) with an article of another tests/data/events_*.jsonl set (checked 2026-11-29, before the
other parts of rounds 41-42 were committed). Same happenings in other words: the nuclear deal, the
liberation of Aden, Bahah in Aden, the Imam al-Sadiq mosque bombing in Kuwait, the invasion of Kuwait.

Choices (the last rounds' calls followed):
- Tunisia (00343): the US base at al-Hawariya, denied by the defence ministry → *Headquarters or base
  established*, denied (the Italian reports of equipment moved its mentions); Essebsi's visit to
  Washington in May → *Diplomacy/Visit*, historical, 2015-05, and the US officials' talks with him
  there → *Diplomacy/Talks* (visit and meeting kept apart, as r40c); the protests in the south / Ben
  Guerdane against the border barrier → *Peaceful protest*; the Sousse and Bardo attacks (one phrase) →
  one *Violence against civilians/Attack*, historical, "unknown" (as r40c Qatif/Dammam; ambiguous: two
  happenings); the wall decision, the detainees «الموقوفة» and the bill are not coded;
- Taliban (00088): the appointment of Mansour → *Change to group/activity* 2015-07-31 (confirmed «الجمعة»);
  the peace talks with Kabul → one *Diplomacy/Talks* 2015-07 in Pakistan, the first official meeting of
  early July one of its mentions (ambiguous: *Meeting*); the postponed second round (cancelled), the ISIS
  attacks on Taliban positions and the Taliban attacks (habitual, present tense) are not coded;
- Lebanon (00541): the nuclear deal → *Diplomacy/Agreement*, "unknown" (as r36c/r40c); Geagea's visit to
  the Kingdom «أمس الأول» → *Diplomacy/Visit* 2015-07-20 and «اللقاءات» → *Diplomacy/Meeting* (as r40c);
  the liberation of Aden → *Government regains territory*, no date; the two arrests by the army «أمس»
  (Arsal, Dayr Ashash) → two *Arrests* 2015-07-21; the attack on army posts in Arsal in August 2014 →
  *Armed clash*, historical, 2014-08; the Israeli infantry crossing the fence near Kfar Shouba and
  bulldozing a post → one *Strategic developments/Other* (ambiguous: *Looting/property destruction*);
  the checkpoint measures and the contacts with UNIFIL are not coded;
- Saud al-Faisal (01903, opinion): Israel's 1982 invasion of Lebanon and Saddam's 1990 invasion of Kuwait
  → *Non-state actor overtakes territory*, historical (as r40c for Kuwait); the Taif agreement →
  *Diplomacy/Agreement*, historical, "unknown"; the Iran–Iraq war → *Armed clash*, historical, "unknown";
  the Lebanese civil war (a war, no happening), the UN resolution and 9/11 («أحداث») are not coded;
- Eid column (01091, opinion): the recapture of Aden → *Government regains territory*, no date; the young
  terrorist who killed his father → *Violence against civilians/Attack*, historical, "unknown", and the
  one who killed his cousin «أخيرا» → *Attack*, no date (1 dead each); the mosque bombings (aggregate over
  countries) are not coded;
- Yemen (01090): the Houthi defeats on the listed fronts → one *Government regains territory* (Aden first;
  «سقوط عدن» its mention), the recapture of al-Anad base → its own *Government regains territory*, the
  Resistance pounding Houthi positions in Lawdar, Lahj and al-Hawta → *Armed clash*; Bahah touring Aden →
  *Diplomacy/Visit* (as earlier rounds); the UN sanctions on Saleh → *Diplomacy/Sanction*, historical,
  "unknown"; the accusations (killings, looting) are not coded;
- Iraq displaced (01401): ISIS's takeover of Iraqi provinces since June 2014 → *Non-state actor overtakes
  territory*, historical, 2014-06; the tribes' uprising in Kubaisa, Hit and al-Qaim killing ISIS members →
  one *Armed clash* (no number); the rocket attacks on al-Hadid → *Shelling*, 11 dead; the truck bomb in
  Bani Saad → *Remote explosive/landmine/IED* (both «خلال الأيام الماضية»: 2015-07); the federal police
  killing 23 ISIS fighters in Anbar and Salah al-Din → one *Armed clash*, 23 dead (as the dev set's
  multi-province report); the volunteer regiments and the destroyed vehicles are not coded;
- al-Nusra column (00082, opinion): Nusra's capture of 54 trained fighters → *Arrests* (captures are
  Arrests); Zarqawi's death (relative clause), the kidnappings and suicide operations (generic) are not
  coded;
- sectarianism column (00909, opinion): the Imam al-Sadiq mosque bombing in Kuwait → *Suicide bomb*,
  historical, "unknown" (as r40c al-Sawaber); the Shia mosque bombings in Saudi Arabia → one *Suicide
  bomb*, historical, "unknown" (ambiguous, as r40c); the Sunni mosques in Iraq (generic) and the execution
  decision are not coded;
- symbols column (00811): no event (Vietnam, the famine photo, the photographer's suicide are background).

Run: python tests/data/events_r42c_source.py            (writes events_r42c.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r42c.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150722-00343"] = [  # Tunisia: US base denied, protests in the south
    E(
        "Strategic developments/Headquarters or base established",
        "إقامة قاعدة عسكرية أمريكية",
        actor=("الولايات المتحدة الأمريكية", "الأميركيين"),
        place=("الهوارية", "مدينة الهوارية"),
        status="denied",
        also=("لإقامة قاعدة عسكرية في الهوارية", "شرعت بالفعل في نقل معدات قاعدتها"),
    ),
    E(
        "Diplomacy/Talks",
        "ناقشوا المسألة",
        actor=("المسؤولين الأميركيين",),
        target=("الباجي قايد السبسي", "رئيس الجمهورية الباجي قايد السبسي"),
        place=("واشنطن",),
        date="2015-05",
        status="historical",
    ),
    E(
        "Diplomacy/Visit",
        "زيارته إلى واشنطن",
        actor=("الباجي قايد السبسي", "رئيس الجمهورية الباجي قايد السبسي"),
        place=("واشنطن",),
        date="2015-05",
        status="historical",
    ),
    E(
        "Protests/Peaceful protest",
        "حركات الاحتجاج",
        actor=("السكان",),
        place=("بن قردان", "مدينة بن قردان", "الجنوب التونسي"),
        also=("خرجوا إلى الشوارع محتجين",),
    ),
    E(
        "Violence against civilians/Attack",
        "العمليتين الإرهابيتين",
        place=("سوسة", "باردو"),
        date="unknown",
        status="historical",
    ),
]

F["snn-20150801-00088"] = [  # Taliban: Mansour appointed, peace talks
    E(
        "Strategic developments/Change to group/activity",
        "تعيين الملا أختر منصور",
        actor=("حركة طالبان الأفغانية", "حركة طالبان", "طالبان"),
        target=("الملا أختر منصور", "أختر منصور", "الملا منصور"),
        date="2015-07-31",
        also=("عينوا الرفيق القريب",),
    ),
    E(
        "Diplomacy/Talks",
        "مفاوضات سلام صعبة",
        actor=("الحركة", "طالبان", "حركة طالبان"),
        target=("كابل", "حكومة كابل", "الحكومة الأفغانية"),
        place=("باكستان",),
        date="2015-07",
        also=("محادثات سلام غير مسبوقة", "اللقاء الرسمي الأول"),
    ),
]

F["snn-20150722-00541"] = [  # Lebanon: Geagea's visit, arrests, Israeli incursion
    E(
        "Diplomacy/Agreement",
        "الاتفاق النووي الإيراني",
        target=("إيران",),
        date="unknown",
        also=("هذا التوقيع",),
    ),
    E(
        "Diplomacy/Visit",
        "زيارة رئيس حزب القوات اللبنانية",
        actor=("سمير جعجع", "رئيس حزب القوات اللبنانية سمير جعجع"),
        place=("المملكة",),
        date="2015-07-20",
    ),
    E(
        "Diplomacy/Meeting",
        "اللقاءات بأنها",
        actor=("سمير جعجع",),
        place=("المملكة",),
        date="2015-07-20",
        also=("هذه اللقاءات",),
    ),
    E(
        "Battles/Government regains territory",
        "تحرير عدن",
        place=("عدن",),
    ),
    E(
        "Strategic developments/Arrests",
        "أوقفت قوى الجيش اللبناني",
        actor=("الجيش اللبناني", "قوى الجيش اللبناني"),
        target=("حسن محمد شاهين",),
        place=("عرسال", "منطقة عرسال"),
        date="2015-07-21",
    ),
    E(
        "Battles/Armed clash",
        "مهاجمة مراكز الجيش",
        target=("الجيش", "مراكز الجيش"),
        place=("عرسال",),
        date="2014-08",
        status="historical",
    ),
    E(
        "Strategic developments/Arrests",
        "كما أوقفت قوى الجيش",
        actor=("قوى الجيش", "الجيش"),
        target=("محمود مصطفى درباس", "السوري محمود مصطفى درباس"),
        place=("دير عشاش", "منطقة دير عشاش"),
        date="2015-07-21",
    ),
    E(
        "Strategic developments/Other",
        "تقدمت مشاة إسرائيلية",
        actor=("مشاة إسرائيلية",),
        place=("كفر شوبا", "بلدة كفر شوبا", "تلة السماقة"),
        also=("جرف نقطة مراقبة",),
    ),
]

F["snn-20150722-01903"] = [  # opinion: Saud al-Faisal
    E(
        "Battles/Non-state actor overtakes territory",
        "اجتياح إسرائيل للبنان",
        actor=("إسرائيل",),
        place=("لبنان",),
        date="1982",
        status="historical",
    ),
    E(
        "Diplomacy/Agreement",
        "توقيع اتفاقية الطائف",
        place=("الطائف",),
        date="unknown",
        status="historical",
    ),
    E(
        "Battles/Armed clash",
        "الحرب العراقية الإيرانية",
        actor=("العراق",),
        target=("إيران",),
        date="unknown",
        status="historical",
        also=("كنت أحارب إيران",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "باجتياح الكويت",
        actor=("صدام", "صدام حسين"),
        place=("الكويت",),
        date="1990",
        status="historical",
        also=("دخلت الكويت",),
    ),
]

F["snn-20150725-01091"] = [  # opinion: Eid, Aden, terrorism
    E(
        "Battles/Government regains territory",
        "استعادة عدن",
        actor=("أبطال اليمن", "الشعب اليمني"),
        place=("عدن",),
    ),
    E(
        "Violence against civilians/Attack",
        "يقتل ولد إرهابي والده",
        actor=("ولد إرهابي",),
        target=("والده",),
        date="unknown",
        status="historical",
        fatalities=1,
    ),
    E(
        "Violence against civilians/Attack",
        "ويقتل -أخيرا- ولد خاله",
        target=("ولد خاله",),
        fatalities=1,
        also=("ليقتل هذا الفتى من رباه",),
    ),
]

F["snn-20150807-01090"] = [  # Yemen: the Resistance's victories
    E(
        "Battles/Government regains territory",
        "الهزائم التي تعرض لها المتمردون الحوثيون",
        target=("المتمردون الحوثيون", "الحوثيون"),
        place=("عدن", "زنجبار", "الحوطة", "لودر", "الضالع", "معسكر لبوزة"),
        also=("سقوط عدن",),
    ),
    E(
        "Diplomacy/Visit",
        "يتجول آمنا",
        actor=("خالد بحاح", "نائب الرئيس خالد بحاح", "بحاح"),
        place=("المدينة", "أحياء المدينة", "عدن"),
        also=("بحاح داخل المدينة",),
    ),
    E(
        "Diplomacy/Sanction",
        "فرض عليه عقوبات دولية",
        actor=("مجلس الأمن الدولي",),
        target=("صالح", "المخلوع صالح"),
        date="unknown",
        status="historical",
    ),
    E(
        "Battles/Armed clash",
        "تدك حصون قواته",
        actor=("المقاومة الشعبية", "جحافل المقاومة الشعبية"),
        target=("قواته", "الحوثي"),
        place=("لودر", "لحج", "الحوطة"),
    ),
    E(
        "Battles/Government regains territory",
        "وتسترد قاعدة العند",
        actor=("المقاومة الشعبية", "جحافل المقاومة الشعبية"),
        target=("قواته", "الحوثي"),
        place=("قاعدة العند", "العند"),
    ),
]

F["snn-20150722-01401"] = [  # Iraq: displaced, tribes, Diyala attacks, federal police
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرة تنظيم داعش على محافظات عراقية",
        actor=("تنظيم داعش", "داعش"),
        date="2014-06",
        status="historical",
    ),
    E(
        "Battles/Armed clash",
        "انتفض أبناء العشائر",
        actor=("أبناء العشائر",),
        target=("التنظيم", "تنظيم داعش", "عناصر التنظيم"),
        place=("كبيسة", "هيت", "القائم"),
        also=("شهدت انتفاضة ضد عناصر التنظيم", "من قتل العشرات من عناصر التنظيم"),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "الهجمات الصاروخية",
        place=("منطقة الحديد", "الحديد", "بعقوبة"),
        date="2015-07",
        fatalities=11,
        also=("بقصف منطقة الحديد بقذائف صاروخية",),
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "بتفجير شاحنة مفخخة",
        place=("ناحية بني سعد", "بني سعد"),
        date="2015-07",
    ),
    E(
        "Battles/Armed clash",
        "مقتل العشرات من عناصر تنظيم داعش",
        actor=("الشرطة الاتحادية", "قوات مغاوير الشرطة الاتحادية"),
        target=("تنظيم داعش", "داعش", "الدواعش"),
        place=("الأنبار", "صلاح الدين"),
        fatalities=23,
        also=("قتلت 23 إرهابيا",),
    ),
]

F["snn-20150804-00082"] = [  # opinion: al-Nusra
    E(
        "Strategic developments/Arrests",
        "القبض على 54 عنصرًا",
        actor=("التنظيم", "النصرة", "جبهة النصرة"),
        target=("54 عنصرًا",),
    ),
]

F["snn-20150723-00909"] = [  # opinion: sectarianism
    E(
        "Explosions/Remote violence/Suicide bomb",
        "فجر نفسه",
        actor=("الانتحاري السعودي",),
        target=("مسجد الإمام الصادق",),
        place=("الكويت",),
        date="unknown",
        status="historical",
        also=("دماء للمصلين الشيعة قد أريقت في الكويت",),
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "تفجيرا لمساجد الشيعة",
        target=("مساجد الشيعة",),
        place=("السعودية",),
        date="unknown",
        status="historical",
    ),
]

F["snn-20150803-00811"] = []  # opinion: symbols of war — no event


if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
