"""Source of tests/data/events_r51b.jsonl: the fifty-first blind event round, part r51b.

8 real articles (SaudiNewsNet politics, 4,173–5,165 characters): the lines of /work/brief/DRAW_r51.tsv
(the saved output of `python tests/data/events_round51_select.py`) whose first column is `r51b`
(selection = events_round51_select.py, seed 5151, part r51b). All 8 kept, none dropped. Annotated by
reading only (2026-11-29): the event coder was never run on these articles and no coder output was read.
Same format and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set);
`build()` comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three or more
12-word runs with an article of another tests/data/events_*.jsonl set (checked 2026-11-29, before the
other parts of rounds 50-51 were committed). Same happenings in other words: the Imam al-Sadiq mosque
bombing (r35a, r40c …), the Iranian nuclear deal (many rounds), the fall of Mosul, the al-Anad front
(fresh and later rounds), the torture video of al-Saadi Gaddafi (r19a), Saud al-Faisal's career (a
column on the same subject, 01903: the same list of historical wars and invasions).

Choices (the last rounds' calls followed; «historical» = more than 30 days before publication):
- Sbeihi (00153): the surrender of Houthi and Republican Guard leaders to the Popular Resistance in
  al-Mintaqa al-Khadra «أمس» → *Strategic developments/Other* 2015-08-03 (ambiguous: r-rounds coded
  surrenders as Other, Arrests or a takeover's mention); the shooting between the Houthis and the
  Republican Guard in al-Sabaha camps «بعد ساعات قليلة» before → *Armed clash* 2015-08-03; the forces
  reaching al-Husseini (al-Anad axis) and advancing 10 km past al-Alam (Abyan axis) → two *Government
  regains territory* (two axes, publication date; ambiguous: advances without a named takeover); the
  Resistance and national army imposing control on al-Mintaqa al-Khadra, its fierce battles and the
  «المواجهات العسكرية» there mentions → *Government regains territory* (as fresh's army + Resistance);
  the engineers removing 40 mines → *Disrupted weapons use* (as r-round Lahj mines); the mine sweepers
  expected at Aden port from the coalition → *Diplomacy/Aid*, planned (ambiguous). The Houthi withdrawal
  (experts' trend), the mine-laying, the planned trials, the military plan and the coalition's general
  support are not coded;
- France/ISIS (00093): Yassin Salhi beheading his employer «أواخر الشهر الماضي» → *Violence against
  civilians/Attack*, 2015-06, reported (under 30 days), 1 dead, France as place; the arrest of four
  plotters «يوم الاثنين الماضي … قبل يوم واحد من العيد الوطني الفرنسي» → *Arrests* dated 2015-07-13 (the
  day before 14 July; ambiguous: «الاثنين الماضي» from publication would be 07-20), the foiled plot
  («عملية إرهابية تم تلافيها») part of it; the Charlie Hebdo and Jewish shop killings → one *Attack*,
  historical, "unknown". The summons of Ismail last autumn, the charges, the 30,000 troops deployed (a
  standing measure) and the ministers' statements are not coded;
- Iraq protests column (00423, opinion): the protests that began in Basra and spread to the southern
  provinces → one *Peaceful protest*, publication date (the column gives none; Basra and the southern
  provinces accepted; Karbala and Najaf's «التلويح بالعصيان» is a threat in the same movement, not coded
  apart — ambiguous); the fall of Mosul to ISIS → *Non-state actor overtakes territory*, historical,
  "unknown" (as earlier rounds). Sistani's call, Abadi's support and the theft of funds are not coded;
- Iran column (01387, opinion): the nuclear deal → *Diplomacy/Agreement*, "unknown" (as earlier rounds);
  the decades-long blockade (a state, as earlier Iran columns), the revolution, Khatami's and
  Ahmadinejad's elections and the 2009 election are not coded;
- al-Anad triangle (00466): the forces loyal to Hadi and the Popular Resistance taking the al-Anad
  triangle (the hours of clashes a mention) → *Government regains territory* (forces «الموالية لهادي»);
  the al-Anad front fighters taking the main road at Aqan and its four checkpoints → *Non-state actor
  overtakes territory* (the Resistance only, as fresh); the three days of battles on the Nakhila front
  with three hills taken and 8 militia bodies found → one *Non-state actor overtakes territory*, 8 dead
  (the fight for a place coded as its takeover, as earlier rounds), publication date (ambiguous: began
  on Eid, 2015-07-17); the coalition raids on al-Anad, Karsh and the Labouza camp → one *Air/drone strike*
  (ambiguous: several places of Lahj); the 47 Houthi/Saleh prisoners taken on Eid day and Saturday (the
  three Republican Guard soldiers «أسرت» on Saturday and the 40 from al-Hurur are parts of it) → one
  *Arrests* dated 2015-07 (two days; ambiguous); the Resistance's attack on the Labouza camp «فجر أول من
  أمس» → *Armed clash* 2015-07-18 (the text itself calls «أول من أمس» Saturday; ambiguous: 07-19 from the
  publication date); the Resistance's advance in Aden backed by the coalition (Golden Arrow) → *Non-state
  actor overtakes territory*, reported, "unknown". The siege of the Labouza camp (a state), the
  reinforcements, the aim to storm the base and the Houthi secret prisons (ongoing, undated) are not
  coded;
- Kuwait trial (00101): the Imam al-Sadiq mosque suicide bombing of 26 June → *Suicide bomb*, historical,
  26 dead, the bomber al-Qabba as actor (ISIS accepted); the court's release of 11 defendants, the
  adjournment, the charges of 14 July, the refused release of three and the lawsuit are court steps (not
  coded, as r35a); the «سلسلة تفجيرات» in Saudi Arabia (an undated series, ambiguous) is not coded;
- Saud al-Faisal column (01693, opinion): the GCC ministers' Paris meeting with the US secretaries of
  state and energy in May → *Diplomacy/Meeting*, historical, 2015-05; the Camp David summit →
  *Diplomacy/Meeting*, historical, "unknown"; King Faisal's «استشهاد» → *Violence against civilians/
  Attack*, historical, "unknown", 1 dead (ambiguous: the text only says martyrdom); the GCC meetings of
  1981 (Kuwait 4 February, the experts in Riyadh 24 February and Muscat 4 March, the ministers in Muscat 9
  March and Abu Dhabi 23 May) → five *Diplomacy/Meeting*, historical, dated; the founding declaration and
  statute approved by the leaders in Abu Dhabi on 25 May 1981 → *Diplomacy/Agreement*, historical; from
  the list of upheavals (as the Saud al-Faisal column 01903): the Iran–Iraq war → *Armed clash* 1980, the
  Soviet occupation of Afghanistan ("unknown"), Israel's 1982 invasion of Lebanon and Iraq's 1990
  invasion of Kuwait → *Non-state actor overtakes territory*, the 9/11 attacks → *Violence against
  civilians/Attack* 2001-09-11 (as r42c), the 2003 US invasion of Iraq → *Armed clash* 2003 (as earlier
  columns), all historical. The author's last sitting with al-Faisal in Paris (a personal visit during
  medical leave; ambiguous), the Iranian revolution, the Arab Spring, the oil nationalisation, the
  appointments and the years of preparatory meetings are not coded;
- Libya (00149): the torture of al-Saadi Gaddafi and other detainees in al-Hadba prison (leaked video)
  → *Violence against civilians/Attack*, no date (as r19a); Gaddafi's killing in October 2011 → *Attack*,
  historical, 2011-10, 1 dead (as r22c); the next round of the UN-sponsored dialogue → *Diplomacy/Talks*,
  planned, "unknown" (ambiguous: the former GNC has not decided to take part). The army's threatened air
  strikes (stated intent), ISIS's threats, the Tripoli committee's meetings with activists (domestic),
  Niger's and Tunisia's handovers of al-Saadi and al-Mahmoudi, the death sentences and the lawsuits are
  not coded.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r51b.jsonl")

F: dict[str, list[dict]] = {}

F["snn-20150804-00153"] = [  # Sbeihi: Houthi leaders surrender; al-Anad and Abyan axes
    E(
        "Strategic developments/Other",
        "سلّم",
        actor=("ميليشيا الحوثي", "الحرس الجمهوري", "قيادات ميليشيا الحوثي"),
        target=("المقاومة الشعبية",),
        place=("المنطقة الخضراء",),
        date="2015-08-03",
        also=("سلموا أنفسهم طوعا", "استسلام قيادات من الحوثيين"),
    ),
    E(
        "Battles/Armed clash",
        "إطلاق النار",
        actor=("ميليشيا الحوثيين", "الحوثيين"),
        target=("الحرس الجمهوري",),
        place=("منطقة الصباحة", "الصباحة", "العاصمة", "صنعاء"),
        date="2015-08-03",
        also=("نشوب خلاف عسكري",),
    ),
    E(
        "Battles/Government regains territory",
        "وصلت إلى منطقة الحسيني",
        actor=("قواتنا", "الجيش الوطني", "المقاومة الشعبية"),
        target=("ميليشيا الحوثيين", "الحوثيين"),
        place=("منطقة الحسيني", "الحسيني", "العند"),
    ),
    E(
        "Battles/Government regains territory",
        "تقدمت القوات",
        actor=("القوات", "قواتنا"),
        place=("منطقة العالم", "العالم", "أبين"),
    ),
    E(
        "Battles/Government regains territory",
        "فرض سيطرتها",
        actor=("المقاومة الشعبية", "الجيش الوطني"),
        target=("ميليشيا الحوثيين", "علي صالح", "الحوثيين"),
        place=("المنطقة الخضراء",),
        also=("المعارك ضراوة", "المواجهات العسكرية في خطوط التماس"),
    ),
    E(
        "Strategic developments/Disrupted weapons use",
        "نزع",
        at="وتمكن الفريق الهندسي",
        actor=("الفريق الهندسي", "القوة الشرعية"),
        place=("خط العلم", "العلم"),
    ),
    E(
        "Diplomacy/Aid",
        "يصل عدد من كاسحات الألغام",
        actor=("قوات التحالف العربي", "التحالف العربي", "السعودية"),
        place=("ميناء عدن", "عدن"),
        status="planned",
    ),
]

F["snn-20150721-00093"] = [  # «ISIS school» followers in France: four plotters arrested
    E(
        "Violence against civilians/Attack",
        "قتل",
        at="ياسين صالحي الذي",
        actor=("ياسين صالحي",),
        target=("صاحب الشركة",),
        place=("فرنسا",),
        date="2015-06",
        fatalities=1,
    ),
    E(
        "Strategic developments/Arrests",
        "تقبض",
        actor=("الأجهزة الأمنية",),
        target=("أربعة أشخاص", "إسماعيل", "جبريل", "أنطوان"),
        place=("فرنسا",),
        date="2015-07-13",
        also=("القبض على الثلاثة", "القبض عليهم"),
    ),
    E(
        "Violence against civilians/Attack",
        "مقتلة",
        target=("«شارلي إيبدو»", "المتجر اليهودي"),
        place=("باريس",),
        date="unknown",
        status="historical",
    ),
]

F["snn-20150811-00423"] = [  # column: Abadi's government facing the Iraqi people's uprising
    E(
        "Protests/Peaceful protest",
        "للتظاهرات",
        actor=("المتظاهرون", "المتظاهرين"),
        place=("مدينة البصرة", "البصرة", "المحافظات الجنوبية"),
        also=("المتظاهرون", "حركة التظاهر الشعبي", "هذه التظاهرات الشعبية"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سقوط الموصل",
        actor=("عصابة داعش", "داعش"),
        place=("الموصل",),
        date="unknown",
        status="historical",
        also=("استيلاء عصابة داعش",),
    ),
]

F["snn-20150722-01387"] = [  # column: Iran after the signing of the deal
    E(
        "Diplomacy/Agreement",
        "توقيع الاتفاق",
        actor=("المجتمع الدولي",),
        target=("إيران", "طهران"),
        date="unknown",
        also=("للاتفاق النووي الذي جرى توقيعه",),
    ),
]

F["snn-20150721-00466"] = [  # Southern Resistance takes the al-Anad triangle
    E(
        "Battles/Government regains territory",
        "سيطرت",
        actor=("القوات الموالية لهادي", "قوات المقاومة الشعبية", "رجال المقاومة", "المقاومة"),
        target=("الحوثيين وصالح", "الحوثيين"),
        place=("مثلث العند",),
        also=("سيطروا على المثلث", "اشتباكات استمرت لساعات"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "السيطرة",
        at="مقاتلي جبهة العند تمكنوا من",
        actor=("مقاتلي جبهة العند", "المقاومين", "المقاومة"),
        target=("ميليشيات الحوثي", "قوات المخلوع", "قوات الحرس الجمهوري"),
        place=("منطقة عقان", "عقان"),
        also=("فرضوا سيطرتهم المطلقة", "سيطرة المقاومة في منطقة عقان"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "معارك عنيفة",
        actor=("المقاومة", "مقاتلو المقاومة", "رجال المقاومة"),
        target=("ميليشيات الحوثي وصالح", "ميليشيات الحوثي"),
        place=("جبهة نخيلة", "نخيلة", "النخيلة", "ردفان"),
        fatalities=8,
        also=("السيطرة على ثلاثة مرتفعات جبلية", "المعارك اشتدت"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات",
        at="تزامن مع",
        actor=("طيران التحالف", "التحالف"),
        target=("آليات ومعدات قتالية", "ميليشيات الحوثي وصالح"),
        place=("العند", "كرش", "معسكر لبوزة"),
        also=("عدة غارات جوية ناجحة",),
    ),
    E(
        "Strategic developments/Arrests",
        "وقوع 47 أسيرا",
        actor=("رجال المقاومة", "المقاومة"),
        target=("ميليشيات الحوثي وصالح", "ضباطا في الحرس الجمهوري"),
        place=("جبهة ردفان العند", "العند", "ردفان", "جبهة الحرور", "الحرور"),
        date="2015-07",
        also=("أسرت المقاومة", "قبض عليهم"),
    ),
    E(
        "Battles/Armed clash",
        "شنوا هجوما",
        actor=("رجال المقاومة", "المقاومة"),
        target=("المعسكر", "معسكر لواء لبوزة"),
        place=("معسكر لواء لبوزة", "المسيمير", "لحج"),
        date="2015-07-18",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "تقدم المقاومة في عدن",
        actor=("المقاومة",),
        place=("عدن",),
        date="unknown",
    ),
]

F["snn-20150807-00101"] = [  # Kuwait: the al-Sadiq bombers' trial
    E(
        "Explosions/Remote violence/Suicide bomb",
        "التفجير الانتحاري",
        actor=("الانتحاري السعودي فهد القباع", "فهد القباع", "الانتحاري", "تنظيم داعش", "داعش"),
        target=("مسجد الإمام الصادق", "مسجد الصادق", "المسجد"),
        place=("منطقة الصوابر", "الصوابر", "الكويت", "مسجد الإمام الصادق"),
        date="2015-06-26",
        status="historical",
        fatalities=26,
        also=("التفجير الإرهابي الذي نفذه الانتحاري", "تفجير المسجد"),
    ),
]

F["snn-20150724-01693"] = [  # column: Saud al-Faisal and the last meeting
    E(
        "Diplomacy/Meeting",
        "لعقد اجتماع",
        actor=("وزراء خارجية مجلس التعاون",),
        target=("وزير الخارجية ووزير الطاقة الأميركيين", "الإدارة الأميركية"),
        place=("باريس",),
        date="2015-05",
        status="historical",
        also=("تلك الاجتماعات",),
    ),
    E(
        "Diplomacy/Meeting",
        "قمة كامب ديفيد",
        actor=("قادة مجلس التعاون",),
        target=("الرئيس الأميركي",),
        place=("كامب ديفيد",),
        date="unknown",
        status="historical",
        also=("نجاح القمة",),
    ),
    E(
        "Violence against civilians/Attack",
        "استشهاد",
        target=("فيصل بن عبدالعزيز", "والده"),
        date="unknown",
        status="historical",
        fatalities=1,
    ),
    E(
        "Diplomacy/Meeting",
        "الاجتماع التاريخي",
        actor=("الفيصل",),
        target=(
            "راشد بن عبدالله النعيمي",
            "محمد بن مبارك آل خليفة",
            "قيس بن عبدالمنعم الزواوي",
            "أحمد بن سيف آل ثاني",
            "الشيخ صباح الأحمد الجابر الصباح",
        ),
        place=("الكويت",),
        date="1981-02-04",
        status="historical",
        also=("اجتماع فبراير 1981",),
    ),
    E(
        "Diplomacy/Meeting",
        "اجتماع للخبراء",
        place=("الرياض",),
        date="1981-02-24",
        status="historical",
    ),
    E(
        "Diplomacy/Meeting",
        "وآخر في مسقط",
        place=("مسقط",),
        date="1981-03-04",
        status="historical",
    ),
    E(
        "Diplomacy/Meeting",
        "اجتماعا آخر في مسقط",
        actor=("وزراء الخارجية", "الفيصل"),
        place=("مسقط",),
        date="1981-03-09",
        status="historical",
    ),
    E(
        "Diplomacy/Meeting",
        "اجتماع الوزراء في أبوظبي",
        actor=("الوزراء",),
        place=("أبوظبي",),
        date="1981-05-23",
        status="historical",
    ),
    E(
        "Diplomacy/Agreement",
        "صدر الإعلان التأسيسي",
        actor=("القادة",),
        place=("أبوظبي",),
        date="1981-05-25",
        status="historical",
        also=("إعلان أبوظبي والنظام الأساسي",),
    ),
    E(
        "Battles/Armed clash",
        "الحرب المدمرة بين إيران والعراق",
        actor=("إيران",),
        target=("العراق",),
        date="1980",
        status="historical",
        also=("الحرب العراقية-الإيرانية عام 1980", "الحرب الإيرانية العراقية"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "الاحتلال السوفييتي لأفغانستان",
        actor=("السوفييتي", "الاتحاد السوفييتي"),
        place=("أفغانستان",),
        date="unknown",
        status="historical",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "الغزو الإسرائيلي للبنان",
        actor=("الإسرائيلي",),
        place=("لبنان",),
        date="1982",
        status="historical",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "الغزو العراقي للكويت",
        actor=("العراقي",),
        place=("الكويت",),
        date="1990",
        status="historical",
    ),
    E(
        "Violence against civilians/Attack",
        "اعتداءات 11 سبتمبر 2001",
        date="2001-09-11",
        status="historical",
    ),
    E(
        "Battles/Armed clash",
        "الغزو الأميركي للعراق",
        actor=("الأميركي",),
        place=("العراق",),
        date="2003",
        status="historical",
    ),
]

F["snn-20150804-00149"] = [  # Libya: army threatens ISIS; al-Saadi torture video; Mahmoudi lawsuit
    E(
        "Diplomacy/Talks",
        "الجولة القادمة من جلسات الحوار الوطني",
        actor=("المؤتمر الوطني العام", "البرلمان"),
        target=("بعثة الأمم المتحدة", "برناردينو ليون"),
        date="unknown",
        status="planned",
    ),
    E(
        "Violence against civilians/Attack",
        "للتعذيب",
        actor=("حكومة الإنقاذ الوطني", "رجلان"),
        target=("الساعدي", "عدد من المعتقلين", "نجل القذافي"),
        place=("سجن الهضبة", "طرابلس"),
        also=("فيديو التعذيب", "تعذيب نجل القذافي"),
    ),
    E(
        "Violence against civilians/Attack",
        "مقتله",
        target=("والده",),
        date="2011-10",
        status="historical",
        fatalities=1,
    ),
]


if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
