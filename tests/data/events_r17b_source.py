"""Source of tests/data/events_r17b.jsonl: seventeenth-round blind event set, part r17b.

14 real articles (SaudiNewsNet politics 14, 903–1,485 characters): the lines of the saved draw
/work/brief/DRAW_r17.tsv whose first column is `r17b` (selection = events_round17_select.py, seed 1717,
part r17b; 900–1,500 characters, a conflict place and an event word, none reserved or in another set,
near-copies of annotated articles skipped by the draw). All 14 kept, none dropped; 30 events; 2 of them
report no event (negatives). Annotated by reading only (2026-11-29): the event coder was never run on
these articles and no coder output was read. Same format and guidelines as events_dev_source.py and
events_fresh_source.py (docs/events.md § Dev set); `build()` comes from events_dev_source.py
(SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or a 60-character
passage with any tests/data/events_*.jsonl text. Same happenings in other words: the PKK's Sirnak ambush
of 30 July (r11a snn-20150731-00399), the Suruc suicide bombing (new_dev, r10a, r11a, r12b, r15b, r16b),
Carter's meeting with Barzani in Erbil (r11a), Turkey's Incirlik consent (r14b, r15b).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r16c_source.py):
- Anbar schools (snn-20150804-00615): the 1,500 destroyed schools are a tally over 18 months, the
  «معارك عنيفة منذ مطلع 2014» background; ISIS's offensive «الذي شنه التنظيم المسلح وسيطر فيه على انحاء
  واسعة من البلاد» → *Non-state actor overtakes territory*, historical, date "unknown" (as r13b's taking of
  Sanaa), no place (only «البلاد»); the planned recapture of Anbar is an aim;
- Algerian press review (snn-20150810-01628): the Latakia demonstrations → *Peaceful protest*, and the
  killing of an army colonel by Suleiman al-Assad that caused them → *Violence against civilians/Attack*,
  1 dead (ambiguous: a shooting of an off-duty officer by a militia figure; r10a/r11a coded attacks on
  state forces as *Armed clash*), Latakia as place of both, publication date (the text gives none);
  al-Abadi's reforms and the Libyan deadlock are not events;
- Lahj (snn-20150726-01334): the fighting on the Lahj front «حيث تدور معارك مع المقاومة» → *Armed clash*,
  publication date (a present fight, as r15b/r16b; ambiguous: it is background to the human-shields
  report); placing the detained defence minister and activists on the front lines as human shields, the
  ongoing torture in prisons and the Taiz telephone cut «منذ ثلاثة أيام» are not coded (no ACLED
  sub-event fits a transfer of detainees; ambiguous); the Resistance's capture of 125 Houthis in Dhale →
  *Arrests*, and its taking of al-Azariq before it → *Non-state actor overtakes territory*;
- Taiz hospital (snn-20150723-01225): the Houthi mortar and Katyusha fire on al-Thawra hospital and the
  nearby homes → one *Shelling/artillery/missile attack* (injuries, no count); the Resistance repelling an
  attack towards Shar'ab and the fight on the Sixty Street front → two *Armed clash* (two places); the
  reinforcements from Hodeidah and Ibb (a deployment) and the telephone cut are not coded;
- Ibb (snn-20150809-00829) is a negative: al-Houthi's meeting with his own movement's leaders and Saleh's
  party in Yarim is a war council, not diplomacy (as r16b's domestic coalition negotiations; ambiguous:
  *Diplomacy/Meeting*), the order to blow up houses is a threat, the Republican Guard's refusal to move
  is not coded (as r11a's «عصيان»), the officers' contacts are talk;
- Allawi (snn-20150726-01272): his meetings with the US ambassador, the UN mission and the EU
  representative → one *Diplomacy/Meeting*, publication date (undated); Carter's meeting with Barzani in
  Erbil «الخميس الماضي» → *Meeting* 2015-07-23 (as r11a); the Kurdish government's refusal and the Sunni
  bloc's ultimatum are not events;
- Sirnak (snn-20150731-01362): the PKK ambush on a military convoy «أمس» → *Armed clash* 2015-07-30, 4 dead
  (the three soldiers and the militant killed in the clashes that followed, one happening: ambiguous, r11a
  counted 3 for the same ambush); the 2013 ceasefire → *Strategic developments/Agreement*, historical,
  2013 (as r16b's 2006 ceasefire); the Turkish air campaign and «مجموعة هجمات» of the past week are a
  campaign and a tally (not coded, as r13a/r16b);
- Cavusoglu–Kerry (snn-20150806-02517): their meeting in Kuala Lumpur → *Diplomacy/Meeting*, publication
  date; Ankara's consent to US strikes from Incirlik «في تموز/يوليو» → *Diplomacy/Agreement* 2015-07 (as
  r14b/r15b); Turkey's planned fight, the «هجمات دامية» on Turkish soil (no date or place) and the series of
  Turkish air strikes «منذ ذلك الحين» (a campaign by country) are not coded;
- Davutoglu (snn-20150727-01391): the agreement with the US on air cover and the opening of the air bases
  to the coalition «في الأسبوع الماضي» → one *Diplomacy/Agreement* 2015-07 (ambiguous: the granted base
  access could be coded apart); the strikes on ISIS and the Kurds named in the same sentence are a
  campaign (not coded); no ground troops is a policy;
- Suruc (snn-20150721-00609): the suicide bombing «ظهر أمس (الاثنين)» → *Suicide bomb* 2015-07-20, 31
  dead, ISIS (the authorities' attribution) as actor; the Kobani battle between ISIS and the Kurdish
  militias «بين سبتمبر … ويناير … الماضيين» → *Armed clash*, historical, 2014-09 (its start; the year is
  inferred from «الماضيين»: ambiguous); the suspect's identification and Davutoglu's domestic trip to
  Sanliurfa are not coded;
- the «في مثل هذا اليوم» almanac (snn-20150806-00711; historical, year dates, as r12a/r15b/r16b): the
  Hiroshima and Nagasaki bombs → two *Air/drone strike* (one per city, no actor in `text`: the title is not
  part of it), the Israel–Germany negotiations → *Diplomacy/Talks* (1952) and the Luxembourg agreement
  → *Diplomacy/Agreement* 1952-09-10, Saddam's visit to Saudi Arabia → *Diplomacy/Visit* (1980), Security
  Council resolution 661's embargo on Iraq → *Diplomacy/Sanction* (1990). Not coded: a pardon, the tunnel
  proposal, a Channel swim, a festival, the Arab League's verbal protest, a voting law, Bhutto's
  resignation, the invasion of Kuwait named only as the heading of the 661 line (ambiguous);
- Ramadi (snn-20150731-01641): the advance and the liberation of Tall Mushayhida «أمس الخميس» → one
  *Government regains territory* 2015-07-30 (the battles a mention), the removal of 450 IEDs → *Disrupted
  weapons use* (as r10a's «تفكيك»), the Federal Police ambush at al-Madiq killing 12 ISIS members →
  *Armed clash* (publication date: undated), the coalition strike that killed the ISIS «والي الصقلاوية»
  while fleeing → *Air/drone strike*, 1 dead (undated), the coalition strike on ISIS in Baiji announced
  «الخميس» → *Air/drone strike* 2015-07-30, 1 dead; cutting supply lines after a siege is not coded;
- Mosul inquiry (snn-20150806-02924): only the fall of Mosul to ISIS → *Non-state actor overtakes
  territory*, historical, date "unknown" (as r13b); the parliamentary inquiry and hirings are not events.

Not events (the two negatives): the Ibb article above; the US F-16 deployment to Incirlik, the 300
soldiers to be deployed and Lavrov's call for a coalition (snn-20150810-00105; deployments not coded, as
r14b/r16b).

Run: python tests/data/events_r17b_source.py            (writes events_r17b.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r17b.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150804-00615"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "الهجوم الواسع النطاق",
        actor=("التنظيم المسلح", "داعش"),
        date="unknown",
        status="historical",
        also=("وسيطر",),
    ),
]
F["snn-20150810-01628"] = [
    E(
        "Protests/Peaceful protest",
        "المظاهرات",
        place=("مدينة اللاذقية", "اللاذقية"),
    ),
    E(
        "Violence against civilians/Attack",
        "مقتل",
        actor=("سليمان الأسد",),
        target=("عقيد في الجيش السوري", "عقيد"),
        place=("مدينة اللاذقية", "اللاذقية"),
        fatalities=1,
    ),
]
F["snn-20150726-01334"] = [
    E(
        "Battles/Armed clash",
        "المواجهات",
        actor=("المليشيات", "المليشيات الحوثية", "الحوثي"),
        target=("المقاومة",),
        place=("جبهة لحج", "لحج"),
        also=("تدور معارك",),
    ),
    E(
        "Strategic developments/Arrests",
        "القبض",
        actor=("المقاومة",),
        target=("125 مسلحا حوثيا", "مسلحا حوثيا"),
        place=("محافظة الضالع", "الضالع", "الأزارق"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرتها",
        actor=("المقاومة",),
        place=("منطقة الأزارق", "الأزارق", "الضالع"),
    ),
]
F["snn-20150723-01225"] = [
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "للقصف العنيف",
        actor=("مليشيات الحوثي",),
        target=("مستشفى الثورة", "الطوارئ", "المنازل"),
        place=("تعز", "مدينة تعز"),
        also=("القذائف استهدفت", "القصف لم يستهدف", "ذلك القصف"),
    ),
    E(
        "Battles/Armed clash",
        "تصدت لهجوم",
        actor=("المقاومة",),
        target=("الحوثيين",),
        place=("شرعب",),
    ),
    E(
        "Battles/Armed clash",
        "مواجهة عنيفة",
        actor=("جبهة شارع الستين", "المقاومة"),
        target=("الحوثيين",),
        place=("شارع الستين",),
    ),
]
F["snn-20150809-00829"] = []  # al-Houthi's war council in Yarim, threats, a refusal to move: not coded
F["snn-20150726-01272"] = [
    E(
        "Diplomacy/Meeting",
        "اجتماعات",
        actor=("علاوي", "إياد علاوي"),
        target=("السفير الأمريكي", "بعثة الأمم المتحدة", "ممثل الاتحاد الأوروبي"),
    ),
    E(
        "Diplomacy/Meeting",
        "اجتماعهما",
        actor=("أشتون كارتر", "كارتر", "وزير الدفاع الأمريكي"),
        target=("بارزاني",),
        place=("أربيل",),
        date="2015-07-23",
    ),
]
F["snn-20150731-01362"] = [
    E(
        "Battles/Armed clash",
        "مقتل",
        actor=("حزب العمال الكردستاني", "حزب العمال"),
        target=("ثلاثة جنود أتراك", "جنود أتراك", "قافلة عسكرية"),
        place=("محافظة شرناق", "شرناق", "اكتشاي"),
        date="2015-07-30",
        fatalities=4,
        also=("فتح عناصر", "هجوم نفذته", "نصبوا كمينا", "الاشتباكات"),
    ),
    E(
        "Strategic developments/Agreement",
        "اتفاق لوقف إطلاق نار",
        actor=("السلطات التركية",),
        target=("حزب العمال",),
        date="2013",
        status="historical",
    ),
]
F["snn-20150806-02517"] = [
    E(
        "Diplomacy/Meeting",
        "لقاء",
        actor=("مولود تشاوش اوغلو", "تشاوش اوغلو"),
        target=("جون كيري", "كيري"),
        place=("ماليزيا", "كوالالمبور"),
        also=("والتقى الوزيران",),
    ),
    E(
        "Diplomacy/Agreement",
        "سمحت",
        actor=("انقرة",),
        target=("الاميركية", "الولايات المتحدة", "واشنطن"),
        place=("قاعدة انجرليك الجوية", "قاعدة انجرليك", "انجرليك"),
        date="2015-07",
    ),
]
F["snn-20150727-01391"] = [
    E(
        "Diplomacy/Agreement",
        "اتفقت",
        actor=("تركيا",),
        target=("الولايات المتحدة", "قوات التحالف"),
        date="2015-07",
        also=("بمنح قوات التحالف",),
    ),
]
F["snn-20150721-00609"] = [
    E(
        "Explosions/Remote violence/Suicide bomb",
        "هجوم",
        actor=("داعش",),
        target=("المركز الثقافي", "طلبة"),
        place=("سوروتش",),
        date="2015-07-20",
        fatalities=31,
        also=("اعتداء انتحاري", "استهدف الهجوم", "التفجير"),
    ),
    E(
        "Battles/Armed clash",
        "المعركة",
        actor=("داعش",),
        target=("الميليشيات الكردية",),
        place=("مدينة كوباني", "كوباني"),
        date="2014-09",
        status="historical",
    ),
]
F["snn-20150806-00711"] = [  # the «في مثل هذا اليوم» almanac
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قنبلة نووية",
        place=("مدينة هيروشيما", "هيروشيما"),
        date="1945",
        status="historical",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قنبلة مماثلة",
        place=("ناغازاكي",),
        date="1945",
        status="historical",
    ),
    E(
        "Diplomacy/Talks",
        "مفاوضات",
        actor=("اسرائيل",),
        target=("المانيا",),
        date="1952",
        status="historical",
        also=("انتهت المفاوضات",),
    ),
    E(
        "Diplomacy/Agreement",
        "اتفاق",
        actor=("المانيا",),
        target=("اسرائيل",),
        place=("لوكسمبورغ",),
        date="1952-09-10",
        status="historical",
        also=("بالزام المانيا",),
    ),
    E(
        "Diplomacy/Visit",
        "زيارة",
        actor=("صدام حسين",),
        place=("السعودية",),
        date="1980",
        status="historical",
    ),
    E(
        "Diplomacy/Sanction",
        "حظرا",
        actor=("مجلس الامن الدولي",),
        target=("العراق",),
        date="1990",
        status="historical",
        also=("القرار 661",),
    ),
]
F["snn-20150731-01641"] = [
    E(
        "Battles/Government regains territory",
        "تقدما ميدانيا",
        actor=("القوات العراقية", "القوات العسكرية العراقية", "القوات الأمنية"),
        target=("المسلحين", "داعش"),
        place=("تل مشيهيدة", "الرمادي"),
        date="2015-07-30",
        also=("تحرير تل مشيهيدة في قاطع", "استطاعت تحرير", "معارك مع المسلحين"),
    ),
    E(
        "Strategic developments/Disrupted weapons use",
        "إزالة",
        actor=("القوات العسكرية العراقية", "القوات العراقية"),
        place=("تل مشيهيدة",),
        date="2015-07-30",
    ),
    E(
        "Battles/Armed clash",
        "تصفية",
        at="مشيرا إلى أنه",
        actor=("مغاوير الشرطة الاتحادية", "الشرطة الاتحادية"),
        target=("داعش", "عناصر التنظيم"),
        place=("منطقة المضيق", "المضيق"),
        fatalities=12,
        also=("كمين",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "مقتل",
        at="علي داوود",
        actor=("طيران التحالف الدولي", "التحالف الدولي"),
        target=("عارف عبد الرزاق", "والي الصقلاوية"),
        place=("ناحية الصقلاوية", "الصقلاوية", "جزيرة الخالدية"),
        fatalities=1,
        also=("بقصف",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "قصف",
        at="أعلنت وزارة الدفاع",
        actor=("طيران التحالف الدولي", "التحالف الدولي"),
        target=("داعش",),
        place=("قضاء بيجي", "بيجي"),
        date="2015-07-30",
        fatalities=1,
        also=("مقتل أحد قادته",),
    ),
]
F["snn-20150806-02924"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "تسليم الموصل",
        actor=("تنظيم داعش", "داعش"),
        place=("الموصل",),
        date="unknown",
        status="historical",
        also=("سقوط المدينة",),
    ),
]
F["snn-20150810-00105"] = []  # F-16s deployed to Incirlik, troops to be deployed, Lavrov's call: not coded

if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
