"""Source of tests/data/events_r48c.jsonl: the forty-eighth blind event round, part r48c.

8 real articles (SaudiNewsNet politics, 4,016–5,846 characters): the lines of /work/brief/DRAW_r48.tsv
(the saved output of `python tests/data/events_round48_select.py`) whose first column is `r48c`
(selection = events_round48_select.py, seed 4848, part r48c). All 8 kept, none dropped. Annotated by
reading only (2026-11-29): the event coder was never run on these articles and no coder output was read.
Same format and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set);
`build()` comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three or more
12-word runs with an article of another tests/data/events_*.jsonl set (checked 2026-11-29, with r48a,
r49b and r49c already written; the other parts of rounds 48–49 not yet). Same happenings in other words: the Iranian nuclear deal
(many rounds), the US–Turkish Incirlik deal and Turkey's strikes on ISIS and the PKK, the liberation of
Aden, the al-Anad battles and the Dar Saad shelling of 19 July.

Choices (the last rounds' calls followed):
- Obama's foreign policy (00725, analysis): the nuclear deal «الثلاثاء الماضي» → *Diplomacy/Agreement*
  2015-07-14 (as r-Khamenei 00122); the negotiations / «المحادثات في فيينا» → *Diplomacy/Talks*,
  historical, "unknown" (as 00122; ambiguous: background of the deal); Obama's call with the Iranian
  president → *Diplomacy/Phone call*, historical, "unknown"; the restored relations with Cuba (no sub-type
  fits, as r28a), the secret letters to Khamenei, Obama's video call and call to Kerry (inside one
  government), the speech and the Nobel prize are not coded;
- Turkish bullfighter (00352, column): ISIS taking Mosul («إخلاء مدينة بحجم الموصل») → *Non-state actor
  overtakes territory*, historical, "unknown" (as r36/r44 Mosul calls); the slaughter of the American
  prisoners → *Violence against civilians/Attack*, historical, "unknown", no count; the Turkish prisoners
  returned (habitual phrasing), the US air campaign's start, ISIS's expansion towards the Kurds and
  Turkey's entry into the war (campaigns, no happening) are not coded;
- summer-night dreams (00549, column): Hiroshima and Nagasaki → one *Air/drone strike*, historical,
  "unknown" (as r41c); the airliner shot down over Ukraine «بصاروخ روسي» → *Shelling/artillery/missile
  attack*, historical, «أكثر من مائتي» → 200 (ambiguous type); the Western sanctions on Russia →
  *Diplomacy/Sanction*, historical; the nuclear settlement with Iran → *Diplomacy/Agreement*, "unknown";
  the victory in Aden → *Government regains territory*, no date (as r42c; actor the «جيش الشرعية والمقاومة
  الشعبية» of the next sentence); Hitler occupying Greece → *Non-state actor overtakes territory*,
  historical (as r43c's Kuwait 1990; ambiguous: a rhetorical aside); Strauss-Kahn's assault on a maid in
  a New York hotel → *Violence against civilians/Sexual violence*, historical (ambiguous: an allegation in
  an aside); the Cold War, the Ukrainian civil war, Obama's eavesdropping, «مجازر» in Syria, Khomeini's war,
  the advance «لتحرير سائر الجنوب» (aim), the Greek crisis and statements are not coded;
- US–Turkish deal (00324, column): the deal → one *Diplomacy/Agreement*, no date (its later «صفقة»,
  «التفاهم» mentions); Turkey joining the strikes on ISIS → *Air/drone strike*, place Syria («داخل سوريا»);
  Erdogan's strikes on PKK positions → *Air/drone strike*, no place; Biden's call to Erdogan →
  *Diplomacy/Phone call*, historical, "unknown"; the Kobani battles → *Armed clash*, historical,
  "unknown"; the emergency NATO meeting Erdogan called for → *Diplomacy/Meeting*, planned («دعا»;
  ambiguous: it was held on 28 July, the text does not say so); Biden's accusation, the arming of the
  Peshmerga (habit), the planned safe zone and the strikes Washington «ستركز» on Raqqa are not coded;
- Houthi admits defeat (00115): the fighting inside al-Anad base → *Armed clash*; the army and Resistance
  taking most areas around the base → *Government regains territory* (army named first); the Houthi
  shelling of Dar Saad neighbourhoods «يوم الأحد الماضي» → *Shelling/artillery/missile attack*
  2015-07-19, «أكثر من مائة» → 100; the repelled flanking attempt at Jabal al-Dahim → a second *Armed
  clash* (another front of al-Anad: ambiguous, could be one with the base fighting); the Resistance's
  Katyusha fire on the al-Anad triangle → *Shelling*, 12 dead; the liberation of Aden «أواخر الأسبوع
  الماضي» → *Government regains territory* 2015-07 (no actor in the sentence); the Resistance taking
  positions between al-Mukha and Taiz city → *Non-state actor overtakes territory*; the Taiz city fighting
  «منذ صباح أمس» → *Armed clash* 2015-07-24, 20 dead («العشرات» not counted); Jabal al-Waash → *Government
  regains territory* (army named first); Mashra'a wa Hadnan, Jabal al-Zunuj, al-Arba'in and the hill over
  al-Rubai'i → one *Non-state actor overtakes territory*; the Houthi shelling of Taiz neighbourhoods → one
  *Shelling*; the shelling of the children at the water tanks in al-Jumhuri (5 dead) and of the
  ambulances there → one *Shelling* (ambiguous: al-Jumhuri is also in the general list); al-Rawda → a
  third *Shelling*, 3 dead; the Marib clashes at al-Jufaina «منذ منتصف ليل أول من أمس» → *Armed clash*
  2015-07-24, 15 dead (the 24-hour exchange and al-Shahtari's death its mentions). The admitted defeats in
  al-Dhale (aggregate), the sweeps, the threatened war (threat) and the advances are not coded;
- Peshmerga letter (00156): negative (the letter and statements; the 95 % liberated and the 1,200 dead
  are tallies over a year; the Turkish–Iranian–US mediation «تواصل» is ongoing and domestic politics);
- Zarif's articles (00183, column): Zarif's tour of three neighbouring states → one *Diplomacy/Visit*, no
  place named, no date; the nuclear deal → *Diplomacy/Agreement*, "unknown" («اتفاق جنيف» read as its
  mention: ambiguous); Rouhani's election, the articles, resolution 2216 and the proposals are not coded;
- Aden returns to life (00731): the clearing of Khor Maksar, al-Mualla, al-Tawahi and Crater «خلال الأيام
  الـ5» → *Non-state actor overtakes territory* (the Resistance credited; ambiguous actor and type:
  r47c coded the same districts as the loyalist forces' *Government regains territory*); the Resistance
  driving the Houthis out of east Aden → *Non-state actor overtakes territory*; the entrance of Dar Saad
  «أصبح تحت سيطرة» the Resistance → *Non-state actor overtakes territory* (ambiguous: «تحت سيطرة» is
  usually a state); the relief convoy launched «أمس» by the interior minister → *Diplomacy/Aid*
  2015-07-23 (al-Shubaibi's convoy on Thursday read as the same: ambiguous); the Resistance and army
  taking al-Maashiq in Sira → *Non-state actor overtakes territory*; the destruction, the siege, the
  return of families and the 1994 war (comparison) are not coded.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r48c.jsonl")

F: dict[str, list[dict]] = {}

F["snn-20150721-00725"] = [  # Obama's foreign policy and the Iran deal
    E(
        "Diplomacy/Agreement",
        "اتفاق نووي مع إيران",
        actor=("باراك أوباما", "أوباما", "الولايات المتحدة"),
        target=("إيران",),
        date="2015-07-14",
        also=("الاتفاق النووي النهائي الذي تم التوصل إليه مع إيران الثلاثاء الماضي",),
    ),
    E(
        "Diplomacy/Talks",
        "المفاوضات مع إيران",
        actor=("أوباما", "جون كيري", "كيري", "فريق التفاوض"),
        target=("إيران",),
        place=("فيينا",),
        date="unknown",
        status="historical",
        also=("بدء المحادثات في فيينا",),
    ),
    E(
        "Diplomacy/Phone call",
        "أجرى اتصالا هاتفيا مع الرئيس الإيراني",
        actor=("أوباما",),
        target=("الرئيس الإيراني",),
        date="unknown",
        status="historical",
    ),
]

F["snn-20150803-00352"] = [  # column: the Turkish bullfighter and the ISIS bull
    E(
        "Battles/Non-state actor overtakes territory",
        "إخلاء مدينة بحجم الموصل",
        actor=("داعش",),
        place=("الموصل",),
        date="unknown",
        status="historical",
    ),
    E(
        "Violence against civilians/Attack",
        "بذبح الأسرى الأمريكان",
        actor=("داعش",),
        target=("الأسرى الأمريكان",),
        date="unknown",
        status="historical",
    ),
]

F["snn-20150721-00549"] = [  # column: dreams of a hot summer night
    E(
        "Explosions/Remote violence/Air/drone strike",
        "جربتها أميركا ترومان",
        actor=("أميركا ترومان", "أميركا"),
        place=("هيروشيما", "ناغازاكي", "يابان"),
        date="unknown",
        status="historical",
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "فأسقط أنصار بوتين طائرة ركاب مدنية",
        actor=("أنصار بوتين",),
        target=("طائرة ركاب مدنية", "راكب بريء"),
        place=("أوكرانيا",),
        date="unknown",
        status="historical",
        fatalities=200,
    ),
    E(
        "Diplomacy/Sanction",
        "بفرض حصار اقتصادي ومالي على روسيا",
        actor=("أميركا وأوروبا", "أميركا", "أوروبا"),
        target=("روسيا",),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Agreement",
        "تسوية سياسية مع إيران",
        actor=("رئيسا غربيا",),
        target=("إيران",),
        date="unknown",
        also=("بالاتفاق النووي الأعرج",),
    ),
    E(
        "Battles/Government regains territory",
        "النصر في عدن",
        actor=("جيش الشرعية والمقاومة الشعبية", "جيش الشرعية", "المقاومة الشعبية"),
        place=("عدن",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "فقد احتلها هتلر",
        actor=("هتلر",),
        place=("اليونان",),
        date="unknown",
        status="historical",
    ),
    E(
        "Violence against civilians/Sexual violence",
        "اعتدى جنسيا على خادمة مسلمة",
        actor=("دومنيك ستراوس كاهن", "ستراوس كاهن", "الرجل"),
        target=("خادمة مسلمة", "خادمة"),
        place=("فندق بنيويورك", "نيويورك"),
        date="unknown",
        status="historical",
    ),
]

F["snn-20150731-00324"] = [  # column: the US-Turkish deal
    E(
        "Diplomacy/Agreement",
        "الصفقة الأميركية - التركية الأخيرة",
        actor=("أميركا", "واشنطن", "البيت الأبيض الأميركي"),
        target=("أنقرة", "تركيا", "السراي الأبيض التركي"),
        also=(
            "يعقدان صفقة للتنسيق في سوريا",
            "التفاهم الأميركي - التركي",
            "التفاهم الأخير بين أنقرة وواشنطن",
        ),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "تشارك لأول مرة في الغارات على «داعش»",
        actor=("أنقرة", "تركيا", "إردوغان"),
        target=("«داعش»", "داعش"),
        place=("سوريا",),
        also=("مشاركة إردوغان في الغارات على «داعش»", "مشاركته أخيرًا في الحملة داخل سوريا"),
    ),
    E(
        "Diplomacy/Phone call",
        "اتصال من بايدن",
        actor=("جو بايدن", "بايدن"),
        target=("إردوغان",),
        date="unknown",
        status="historical",
    ),
    E(
        "Battles/Armed clash",
        "معارك كوباني",
        actor=("أكراد سوريا",),
        target=("داعش", "التنظيم"),
        place=("كوباني",),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Meeting",
        "اجتماع طارئ لدول حلف شمال الأطلسي",
        actor=("الثعلب التركي", "إردوغان"),
        target=("دول حلف شمال الأطلسي", "حلف شمال الأطلسي", "ناتو"),
        status="planned",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غاراته على مواقع حزب العمال الكردستاني",
        actor=("الثعلب التركي", "إردوغان"),
        target=("حزب العمال الكردستاني",),
    ),
]

F["snn-20150725-00115"] = [  # al-Anad, Taiz, Marib; a Houthi admits defeat
    E(
        "Battles/Armed clash",
        "معارك عنيفة",
        actor=("قوات الجيش والمقاومة الشعبية", "قوات الجيش", "المقاومة الشعبية"),
        target=("ميليشيات الحوثيين", "الحوثيين", "قوات الرئيس المخلوع علي عبد الله صلاح"),
        place=("قاعدة العند الاستراتيجية", "قاعدة العند", "محافظة لحج", "لحج"),
    ),
    E(
        "Battles/Government regains territory",
        "سيطرت على غالبية المناطق المحيطة بالقاعدة الجوية",
        actor=("قوات الجيش والمقاومة الشعبية", "قوات الجيش", "المقاومة الشعبية"),
        target=("ميليشيات الحوثيين", "الحوثيين"),
        place=("المناطق المحيطة بالقاعدة الجوية", "قاعدة العند", "لحج"),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصفت منها ميليشيات الحوثي وصالح الأحياء السكنية",
        actor=("ميليشيات الحوثي وصالح", "ميليشيات الحوثي"),
        target=("الأحياء السكنية", "شخص مدني"),
        place=("مدينة دار سعد", "دار سعد", "المدينة الخضراء", "مدينة الفيصل", "عدن"),
        date="2015-07-19",
        fatalities=100,
        also=("وأدى القصف",),
    ),
    E(
        "Battles/Armed clash",
        "صدت محاولة التفاف",
        actor=("ميليشيات الحوثي وصالح", "المقاومة"),
        target=("المقاومة", "ميليشيات الحوثي وصالح"),
        place=("جبهة العند بلة", "جبل الداحم", "المرباح", "حبيل نخيلة", "العند"),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصفت مثلث العند بصواريخ كاتيوشا",
        actor=("المقاومة",),
        target=("تجمعا لميليشيات الحوثي وصالح", "ميليشيات الحوثي وصالح"),
        place=("مثلث العند", "العند"),
        fatalities=12,
    ),
    E(
        "Battles/Government regains territory",
        "تحرير محافظة عدن",
        target=("ميليشيات الجماعة وقوات صالح", "ميليشيات الجماعة", "قوات صالح"),
        place=("محافظة عدن", "عدن"),
        date="2015-07",
        also=("تحرير عدن من ميليشيات الجماعة وقوات صالح أواخر الأسبوع الماضي",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرت المقاومة على مواقع استراتيجية",
        actor=("المقاومة",),
        target=("الحوثيين", "المتمردين"),
        place=("ميناء المخاء", "تعز"),
        also=("اشتباكات عنيفة بين الجانبين",),
    ),
    E(
        "Battles/Armed clash",
        "مواجهات عنيفة أسفرت عن مقتل العشرات",
        actor=("مسلحي المقاومة والجيش الموالي للرئيس هادي", "مسلحي المقاومة", "الجيش الموالي للرئيس هادي"),
        target=("المسلحين الحوثيين وأنصار صالح", "المسلحين الحوثيين", "مسلحا حوثيا"),
        place=("مدينة تعز", "تعز"),
        date="2015-07-24",
        fatalities=20,
        also=("معارك عنيفة شهدتها مدينة تعز منذ صباح أمس",),
    ),
    E(
        "Battles/Government regains territory",
        "السيطرة عليها",
        actor=("الجيش الوطني ومسلحو المقاومة الشعبية", "الجيش الوطني", "مسلحو المقاومة الشعبية"),
        target=("المسلحون الحوثيون وأنصار صالح", "المسلحون الحوثيون"),
        place=("جبهة جبل الوعش", "جبل الوعش", "تعز"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "تحرير مديرية مشرعة وحدنان",
        actor=("المقاومة",),
        place=("مديرية مشرعة وحدنان", "جبل صبر", "جبل الزنوج", "الأربعين", "نقطة الربيعي"),
        also=("كما سيطرت على تبة مطلة على نقطة الربيعي",),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "كثفت من قصفها للأحياء السكنية",
        actor=("جماعة الحوثي المسلحة", "جماعة الحوثي"),
        target=("الأحياء السكنية",),
        place=("عصيفرة", "حوض الأشراف", "جبهة الضباب", "شارع 26", "تعز", "المدينة"),
        also=("قصف عنيف وعشوائي",),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصفوا تجمعات لعدد من الأطفال",
        actor=("المسلحين الحوثيين",),
        target=("تجمعات لعدد من الأطفال", "الأطفال", "سيارات الإسعاف", "المسعفين"),
        place=("حي الجمهوري", "الحي الجمهوري", "تعز"),
        fatalities=5,
        also=("وقصف المتمردون أيضًا",),
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "قصف حي الروضة",
        actor=("المسلحين الحوثيين",),
        place=("حي الروضة", "تعز"),
        fatalities=3,
    ),
    E(
        "Battles/Armed clash",
        "مواجهات اندلعت",
        actor=("مسلحي المقاومة الشعبية", "المقاومة الشعبية", "المقاومة"),
        target=("المسلحين الحوثيين وأنصار صالح", "المسلحين الحوثيين", "الحوثيين"),
        place=("الجفينة", "مأرب"),
        date="2015-07-24",
        fatalities=15,
        also=(
            "اشتباكات عنيفة بين الجانبين منذ منتصف ليل أول من أمس",
            "تصدت لعدة هجمات عنيفة",
            "تبادل فيها الطرفان إطلاق النار",
        ),
    ),
]

F["snn-20150809-00156"] = []  # Peshmerga commanders' letter to the Kurdish parties: negative

F["snn-20150806-00183"] = [  # column: Zarif's "the neighbour before the house"
    E(
        "Diplomacy/Visit",
        "جولته إلى ثلاث دول جارة",
        actor=("ظريف", "محمد جواد ظريف"),
        target=("ثلاث دول جارة",),
    ),
    E(
        "Diplomacy/Agreement",
        "حصول الاتفاق",
        actor=("إيران",),
        target=("مجموعة 5+1",),
        date="unknown",
        also=("اتفاق جنيف", "هذا الاتفاق الذي تم التوصل إليه"),
    ),
]

F["snn-20150724-00731"] = [  # Aden comes back to life
    E(
        "Battles/Non-state actor overtakes territory",
        "تطهير مدن خور مكسر والمعلا والتواهي وكريتر",
        actor=("رجال المقاومة", "المقاومة"),
        target=("عناصر الميليشيات",),
        place=("خور مكسر", "المعلا", "التواهي", "كريتر", "عدن"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "تمكنوا من دحر الحوثيين",
        actor=("مقاتلي المقاومة الشعبية", "المقاومة الشعبية"),
        target=("الحوثيين وقوات الرئيس السابق", "الحوثيين"),
        place=("شرق عدن", "عدن"),
        also=("أجبروهم على التقهقر إلى خارج حدود المحافظة",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "أصبح تحت سيطرة قوات المقاومة الشعبية",
        actor=("قوات المقاومة الشعبية", "المقاومة الشعبية"),
        place=("مدخل مدينة دار سعد", "دار سعد"),
    ),
    E(
        "Diplomacy/Aid",
        "دشن وزير الداخلية",
        actor=("وزير الداخلية", "عبده الحذيفي", "ائتلاف عدن للإغاثة"),
        target=("للمناطق المحررة",),
        place=("كريتر", "المعلا", "التواهي", "خور مكسر", "عدن"),
        date="2015-07-23",
        also=("أكبر وأول قافلة إغاثية", "سيرنا قافلة مساعدات إنسانية"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "وسيطرتها الكاملة على المعاشيق",
        actor=("المقاومة الجنوبية والجيش الوطني", "المقاومة الجنوبية"),
        target=("ميليشيا الحوثيين وقوات الرئيس السابق علي عبد الله صالح", "ميليشيا الحوثيين"),
        place=("المعاشيق", "منطقة صيرة", "صيرة", "عدن"),
        also=("أعلنت عدن مدينة محررة",),
    ),
]


if __name__ == "__main__":
    print(build(F, OUT), "articles ->", OUT)
