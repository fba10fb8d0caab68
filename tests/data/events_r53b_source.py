"""Source of tests/data/events_r53b.jsonl: the fifty-third blind event round, part r53b.

8 real articles (SaudiNewsNet politics, 4,336–5,850 characters): the lines of /work/brief/DRAW_r53.tsv
(the saved output of `python tests/data/events_round53_select.py`) whose first column is `r53b`
(selection = events_round53_select.py, seed 5353, part r53b). All 8 kept, none dropped. Annotated by
reading only (2026-11-29): the event coder was never run on these articles and no coder output was read.
Same format and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set);
`build()` comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three or more
12-word runs with an article of another tests/data/events_*.jsonl set (1,718 articles, checked 2026-11-29
17:54 UTC). Same happenings in other words: the Suruc attack (many rounds), al-Qudaih (r23c, r30b),
the Houthi invasion of Aden (many rounds).

Choices (the last rounds' calls followed; columns: historical asides with a date or a named happening
are coded as historical, aims, habits and generic violence are not):
- terrorism column (00257): negative — only generic terrorism («في فرنسا», Boko Haram, ISIS) with no
  happening named;
- Mashnouq in Paris (00074): his official visit → *Diplomacy/Visit*; his talks with Cazeneuve, Bon and
  Bajolet → one *Diplomacy/Meeting* (the technical security sessions a mention); the meeting with Fabius
  «صباح اليوم» → *Meeting*, planned, 2015-07-23; the kidnapping of the six Czechs in the West Bekaa →
  *Abduction/forced disappearance*, "unknown"; Fabius's visit to Tehran on the 29th → *Visit*, planned,
  2015-07-29. Not coded: the nuclear agreement (context), British aid to the army, Giraud's failed
  efforts, the army's precautions;
- Aden journalism (00185): the militias' invasion of Aden late March → *Non-state actor overtakes
  territory*, historical, 2015-03 (the Houthis over-running half of Aden's districts on 25 March a
  mention); the «sea» massacre / the Tawahi displaced (the Tawahi pier massacre a mention) → one
  *Violence against civilians/Attack*, historical, "unknown" (ambiguous: may be two massacres, and the
  means are not said); the sniping at the airport front → *Armed clash*, historical, "unknown"
  (ambiguous: could be an attack on a journalist); the gunfire at the reporters on the day of the Tawahi
  massacre → *Attack*, historical, "unknown". Not coded: the four-month war, shelling and siege in
  general, journalists wounded (generic), the tank drivers;
- Iran column (00818): the Bahrain (Sitra) bombing → *Remote explosive/landmine/IED*, "unknown" (its
  other names mentions); Zarif's Gulf visit «في الأسبوع الماضي» → *Visit*, "unknown"; the explosives
  seized on 25 July → *Disrupted weapons use* 2015-07-25; the historical list, each *historical*: the US
  embassy hostage seizure (1979-11-04) → *Abduction*; the Beirut embassy bombing (1983-04-18, 58), the
  Marines barracks (241 + 58 = 299, "unknown"), the Kuwait bombings ("unknown"), the embassy annex
  (1984-09-20, 24), Khobar (1996-06-25, 19), the Burgas bus (2012-07-18, 6), al-Qudaih ("unknown") →
  *Remote explosive* (the text names no suicide bomber, as r30b); the TWA hijacking (1985-06-14) and the
  Kuwait Airways hijacking (1988-04-05) → *Abduction*. Not coded: the IRGC conferences, training,
  the State Department report, Farhangian's meeting and seminar, the smuggler's confessions;
- Erdogan in Beijing (00402): the talks with Xi «أمس» → *Meeting* 2015-07-30 (the reception and
  «لقاء الرئيسين» mentions); the two-day visit → *Visit* 2015-07-30; the agreement to strengthen
  counter-terrorism cooperation → *Diplomacy/Agreement* 2015-07-30; Ankara summoning the Chinese
  ambassador early July → *Sanction* 2015-07 (as r46b); the protests in Turkey at Thailand's return of
  the Uighurs → *Peaceful protest* 2015-07; the arrest of 300+ Uighurs in Thailand → *Arrests*,
  historical, 2014-11; the storming of the Thai consulate in Istanbul → *Violent demonstration*,
  "unknown"; the attack on the Chinese restaurant → *Mob violence*, "unknown"; the attack on the Korean
  tourists → *Violent demonstration*, "unknown"; the planned visit to Indonesia → *Visit*, planned. Not
  coded: the 2013 missile talks, the 2009 accusation, the refugees received, Xinjiang restrictions;
- German minister (00283): the Suruc attack → *Suicide bomb*, "unknown" (as r16: the text says only
  «الهجوم»; «الهجوم الإرهابي الذي أودى بحياة العشرات» a mention, no number); Turkey's attack on the
  Kurdish fighters' positions → *Air/drone strike*, "unknown" (ambiguous: no means named); the 2005
  London tube attacks → *Suicide bomb*, historical, 2005 (as r51c); the «Charlie Hebdo» attack →
  *Violence against civilians/Attack*, historical, 2015-01 (named as a time marker; ambiguous). Not
  coded: the Bundestag mandate, the warnings, Merkel's statements and promise, the coalition's launch;
- Maliki column (00994): ISIS's takeover of Mosul last summer → *Non-state actor overtakes territory*,
  historical, 2014; the Iraqi people's revolt over electricity → *Peaceful protest*, publication date
  (ambiguous: a column's «ثورته وغضبه»). Not coded: Baghdad's 380 attacks in a year (aggregate), the
  thefts, the parliamentary committee's demand, al-Araji's TV words;
- Russian initiative column (01450): Mohammed bin Salman's recent visit to St Petersburg → *Visit*,
  "unknown"; al-Muallem's meeting with Putin → *Meeting*, "unknown"; the Syrian army foiling the
  «Southern Storm» attack and repelling attacks in Aleppo → two *Armed clash*, "unknown"; the fierce
  fighting in Qalamoun (present tense) → *Armed clash*, publication date. Not coded: Putin's initiative,
  Cameron's and Ban's positions, al-Arabi's statement, Russian and Iranian military support (rumoured),
  the planned recapture of Zabadani.

Counts: 8 articles, 43 events, 1 negative (Diplomacy 12, Explosions/Remote violence 11, Violence against
civilians 7, Strategic developments 4, Battles 4, Riots 3, Protests 2).

Run: python tests/data/events_r53b_source.py            (writes events_r53b.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r53b.jsonl")

F: dict[str, list[dict]] = {}

F["snn-20150726-00257"] = []  # opinion: why all this terrorism — no event

F["snn-20150723-00074"] = [  # Lebanese interior minister in Paris
    E(
        "Diplomacy/Visit",
        "زيارته الرسمية",
        actor=("نهاد المشنوق", "المشنوق", "وزير الداخلية اللبناني"),
        place=("باريس",),
    ),
    E(
        "Diplomacy/Meeting",
        "أجرى لقاءات",
        actor=("نهاد المشنوق", "المشنوق", "وزير الداخلية اللبناني"),
        target=("برنار كازنوف", "إيمانويل بون", "برنار باجوليه"),
        place=("باريس",),
        also=("محادثات الوزير", "عقدت جلسات مباحثات"),
    ),
    E(
        "Diplomacy/Meeting",
        "اجتماعه بوزير الخارجية",
        actor=("المشنوق",),
        target=("لوران فابيوس",),
        date="2015-07-23",
        status="planned",
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "خطف المواطنين التشيكيين",
        target=("المواطنين التشيكيين الستة", "التشيكيين"),
        place=("البقاع الغربي",),
        date="unknown",
    ),
    E(
        "Diplomacy/Visit",
        "زيارة الوزير فابيوس",
        actor=("فابيوس",),
        place=("طهران",),
        date="2015-07-29",
        status="planned",
        also=("سيلتقي الرئيس روحاني",),
    ),
]

F["snn-20150810-00185"] = [  # journalism in Aden during the war
    E(
        "Battles/Non-state actor overtakes territory",
        "غزو الميليشيات لعدن",
        actor=("الميليشيات",),
        place=("عدن",),
        date="2015-03",
        status="historical",
        also=("استطاعوا اجتياح نصف مديريات عدن",),
    ),
    E(
        "Violence against civilians/Attack",
        "مجزرة البحر",
        actor=("الميليشيات",),
        target=("المدنيين", "نازحي مدينة التواهي"),
        place=("التواهي",),
        date="unknown",
        status="historical",
        also=("مجزرة رصيف التواهي",),
    ),
    E(
        "Battles/Armed clash",
        "تعرضنا لقنص مباشر",
        place=("جبهة المطار", "عدن"),
        date="unknown",
        status="historical",
    ),
    E(
        "Violence against civilians/Attack",
        "تعرضنا لإطلاق نار",
        target=("الإعلاميين",),
        place=("التواهي", "عدن"),
        date="unknown",
        status="historical",
    ),
]

F["snn-20150804-00818"] = [  # opinion: Iran's "feather" of terrorism
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "تفجيرات البحرين",
        actor=("إيران", "مجموعات إيران الإرهابية"),
        place=("البحرين", "جزيرة سترة"),
        date="unknown",
        also=("تنفيذ عملياتها داخل جزيرة سترة", "حادثة البحرين"),
    ),
    E(
        "Diplomacy/Visit",
        "زيارته بعض الدول الخليجية",
        actor=("الظريف", "وزير الخارجية الإيرانية"),
        date="unknown",
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "واحتجاز 90 من موظفيها",
        actor=("عصابات الجمهورية الإرهابية", "إيران"),
        target=("موظفيها",),
        place=("طهران",),
        date="1979-11-04",
        status="historical",
        also=("اقتحام عصابات الجمهورية الإرهابية",),
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "بتفجير السفارة الأميركية في بيروت",
        target=("السفارة الأميركية",),
        place=("بيروت",),
        date="1983-04-18",
        status="historical",
        fatalities=58,
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "قصف ثكنة قوات مشاة البحرية الأميركية",
        target=("قوات مشاة البحرية الأميركية", "قوات حفظ السلام الفرنسية"),
        place=("بيروت",),
        date="unknown",
        status="historical",
        fatalities=299,
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "تفجيرات الكويت",
        actor=("حزب الدعوة العراقي", "إيران"),
        place=("الكويت",),
        date="unknown",
        status="historical",
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "تم تفجير مرافق تابعة للسفارة الأميركية",
        target=("السفارة الأميركية",),
        place=("بيروت",),
        date="1984-09-20",
        status="historical",
        fatalities=24,
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "اختطاف الطائرة الأميركية",
        target=("39 راكبا أميركيا",),
        date="1985-06-14",
        status="historical",
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "اختطاف طائرة الخطوط الكويتية",
        target=("طائرة الخطوط الكويتية",),
        place=("مشهد",),
        date="1988-04-05",
        status="historical",
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "تفجير أبراج الخبر",
        place=("أبراج الخبر", "السعودية"),
        date="1996-06-25",
        status="historical",
        fatalities=19,
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "تفجير حافلة",
        actor=("إيران",),
        place=("مطار بلغاريا", "بلغاريا"),
        date="2012-07-18",
        status="historical",
        fatalities=6,
    ),
    E(
        "Strategic developments/Disrupted weapons use",
        "ضبطت يوم 25 يوليو",
        place=("البحرين",),
        date="2015-07-25",
        also=("إحباط عملية تهريبها",),
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "التفجير الإرهابي الذي استهدف مسجد القديح",
        target=("مسجد القديح",),
        place=("القديح", "القطيف"),
        date="unknown",
        status="historical",
        also=("أن التفجير جاء",),
    ),
]

F["snn-20150731-00402"] = [  # Erdogan in Beijing, the Uighur tension
    E(
        "Diplomacy/Meeting",
        "محادثات مع نظيره الصيني",
        actor=("رجب طيب إردوغان", "إردوغان"),
        target=("شي جينبينغ", "شي"),
        place=("بكين",),
        date="2015-07-30",
        also=("واستقبل شي إردوغان", "لقاء الرئيسين"),
    ),
    E(
        "Diplomacy/Visit",
        "زيارة تستمر يومين",
        actor=("رجب طيب إردوغان", "إردوغان"),
        place=("الصين", "بكين"),
        date="2015-07-30",
    ),
    E(
        "Diplomacy/Agreement",
        "اتفقتا أمس",
        actor=("القيادتين الصينية والتركية", "الصين", "تركيا"),
        date="2015-07-30",
        also=("واتفق البلدان على تعزيز التعاون",),
    ),
    E(
        "Diplomacy/Sanction",
        "استدعت أنقرة السفير الصيني",
        actor=("أنقرة",),
        target=("السفير الصيني",),
        date="2015-07",
    ),
    E(
        "Protests/Peaceful protest",
        "مظاهرات احتجاج في تركيا",
        place=("تركيا",),
        date="2015-07",
    ),
    E(
        "Strategic developments/Arrests",
        "اعتقل في تايلاند",
        target=("الأويغور الصينيين", "الأويغور"),
        place=("تايلاند",),
        date="2014-11",
        status="historical",
    ),
    E(
        "Riots/Violent demonstration",
        "واقتحم متظاهرون أتراك قنصلية تايلاند",
        actor=("متظاهرون أتراك",),
        target=("قنصلية تايلاند",),
        place=("إسطنبول",),
        date="unknown",
        also=("وأحرقوا العلم الصيني",),
    ),
    E(
        "Riots/Mob violence",
        "تعرض مطعم صيني معروف في إسطنبول لهجوم",
        target=("مطعم صيني",),
        place=("إسطنبول",),
        date="unknown",
    ),
    E(
        "Riots/Violent demonstration",
        "اعتدى متظاهرون أتراك",
        actor=("متظاهرون أتراك",),
        target=("السياح الكوريين الجنوبيين",),
        place=("إسطنبول",),
        date="unknown",
    ),
    E(
        "Diplomacy/Visit",
        "سيزور إندونيسيا",
        actor=("إردوغان",),
        place=("إندونيسيا",),
        status="planned",
    ),
]

F["snn-20150731-00283"] = [  # German minister: Turkish border, Patriot mission
    E(
        "Explosions/Remote violence/Suicide bomb",
        "الهجوم الأخير في سوروج",
        place=("سوروج", "سروج"),
        date="unknown",
        also=("الهجوم الإرهابي الذي أودى بحياة العشرات",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "هجوم تركيا علي مواقع المقاتلين الأكراد",
        actor=("تركيا",),
        target=("المقاتلين الأكراد",),
        date="unknown",
    ),
    E(
        "Explosions/Remote violence/Suicide bomb",
        "عمليات أنفاق لندن الإرهابية",
        place=("لندن",),
        date="2005",
        status="historical",
    ),
    E(
        "Violence against civilians/Attack",
        "حادثة «شارلي إبدو»",
        target=("شارلي إبدو",),
        date="2015-01",
        status="historical",
    ),
]

F["snn-20150811-00994"] = [  # opinion: al-Maliki
    E(
        "Protests/Peaceful protest",
        "ثورته وغضبه",
        actor=("الشعب العراقي",),
        place=("العراق",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "سيطرة تنظيم داعش الإرهابي على مدينة الموصل",
        actor=("تنظيم داعش", "داعش"),
        place=("الموصل",),
        date="2014",
        status="historical",
    ),
]

F["snn-20150722-01450"] = [  # opinion: the Russian counter-terrorism initiative
    E(
        "Diplomacy/Visit",
        "زيارته الأخيرة",
        actor=("الأمير محمد بن سلمان", "محمد بن سلمان"),
        place=("بطرسبرغ",),
        date="unknown",
    ),
    E(
        "Diplomacy/Meeting",
        "لقائه الرئيس بوتين",
        actor=("وليد المعلم",),
        target=("بوتين", "الرئيس بوتين"),
        date="unknown",
    ),
    E(
        "Battles/Armed clash",
        "إفشال الهجوم",
        actor=("الجيش السوري",),
        place=("الجبهة الجنوبية",),
        date="unknown",
    ),
    E(
        "Battles/Armed clash",
        "صد هجمات أخرى في حلب",
        actor=("الجيش السوري",),
        place=("حلب",),
        date="unknown",
    ),
    E(
        "Battles/Armed clash",
        "يحارب بشراسة في القلمون",
        actor=("الجيش السوري",),
        place=("القلمون",),
    ),
]

if __name__ == "__main__":
    print(build(F, OUT))
