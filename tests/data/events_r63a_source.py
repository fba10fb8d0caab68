"""Source of tests/data/events_r63a.jsonl: the sixty-third blind event round, part r63a.

4 real articles (SaudiNewsNet politics, 6,446–7,773 characters): the lines of /work/brief/DRAW_r63.tsv
(the saved output of `python tests/data/events_round63_select.py`) whose first column is `r63a`
(selection = events_round63_select.py, seed 6363, part r63a). All 4 kept, none dropped. Annotated by
reading only (2026-11-29): the event coder was never run on these articles and no coder output was read.
Same format and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set);
`build()` comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or a single 12-word
run with an article of another tests/data/events_*.jsonl set (1,906 articles, checked 2026-11-29 23:15
UTC). Same happenings in other words: King Faisal's killing, Israel's invasion of Lebanon and Iraq's of
Kuwait (the Saud al-Faisal columns of r42c and r51b), Hariri's assassination (r33b, r61b), Syria's
withdrawal from Lebanon (r57b), the Suruc suicide bombing (r10a, r11a, r12b, r16a, r16b), the Kurdish
capture of Tal Abyad (r19c, r57b), the Obama–Erdogan call (r28b), the Baath coup of 1963 (r59c).

Choices (the last rounds' calls followed; columns: historical asides with a date or a named happening
are coded as historical; aims, habits, aggregates, whole wars, time references, analogies and
statements are not):
- Saud al-Faisal obituary column (00387): his father's killing («مقتل والده», King Khalid appointing
  him «عام 1975م» in the same sentence) → *Violence against civilians/Attack*, historical, 1975, 1 dead
  (as r51b; ambiguous date: the year is the appointment's; «حتى وافته المنية» a mention); Israel's
  invasion of Lebanon and Iraq's invasion of «the states that had helped it» (Kuwait, named in Saddam's
  «بعد أن دخلت الكويت», its mention) → two *Non-state actor overtakes territory*, historical, "unknown"
  (as r42c/r51b); the killing of 8,000 Muslim youths at «اسبيترا» (Srebrenica) under the Dutch UN troops →
  *Violence against civilians/Attack*, historical, 8,000 dead, no actor (passive); Hariri's assassination
  in central Beirut → *Attack*, historical, "unknown" (as r33b/r61b; no count given); Syria forced to
  withdraw from Lebanon → *Non-violent transfer of territory*, historical (as r57b); al-Faisal's visit to
  Russia after the Soviet collapse → *Diplomacy/Visit*, historical. Not coded: the Lebanese civil war and
  the Lebanese–Palestinian fighting (whole wars), Syria sending its army into Lebanon (a deployment, as
  r61b's entry), Arafat's move to the Maghreb and «وقع اتفاقية في تونس» (an unnamed, undated agreement
  with no counterpart; ambiguous), the Soviet and Yugoslav collapses, the uprooting of Saddam's regime (a
  time reference, as r61b), the Iran–Iraq war in Saddam's quote (a time reference; ambiguous: r42c/r51b
  coded it from a list of upheavals), his trips for treatment and the decade of meetings with German
  officials (habits), Kerry's and the others' tributes, the Bahrain crisis (vague);
- marathon tourism feature (00181): negative — races, programmes and records only;
- Turkey between ISIS and the Kurds (00103, analysis, published a week after Suruc): the Suruc suicide
  bombing → *Suicide bomb*, 32 dead, ISIS (the evidence Davutoglu cites) or the named bomber as actor,
  the ~300 young people as target, no date in the text (publication date, implicit, as the text reports
  it as current); the Kurds' protests across Turkey → one *Peaceful protest*; the intelligence's arrest
  of more than 250 people → *Arrests* (no date) and the 27 held in four provinces «قبل عشرة أيام» of
  Davutoglu's press conference → a second *Arrests*, 2015-07 (ambiguous: the 250 may be a tally that
  includes the 27); the Kurdish militias' capture of Tal Abyad after heavy fighting («أخيرًا»; «سقوط تل
  أبيض بيد الأكراد» a mention) → *Non-state actor overtakes territory*, historical, "unknown" (as
  r57b); their advance in Ain Issa «في الشهر الماضي» → *Non-state actor overtakes territory*, historical,
  2015-06; Obama speaking to Erdogan after the bombing → *Diplomacy/Phone call* (as r28b, though this
  text does not say «هاتفيا»; ambiguous: *Talks*), publication date; the Turkish air strikes on ISIS bases
  in northern Syria and on PKK camps in northern Iraq → two *Air/drone strike* (two countries; «القصف
  الجوي التركي» a mention of the second). Not coded: Kobani as a repeated ISIS target (a habit), the
  condemnations, the HDP and PKK accusations, ISIS sending eight suicide bombers from Raqqa (a report of
  infiltration; ambiguous), the Ankara talks on an intervention (domestic deliberation, a plan),
  Erdogan's pledge, the agreement to step up efforts in the call (part of it), the border-surveillance
  plans, the 400 young men of Tripoli who went to fight (an aggregate);
- «killing identities» column (00353, al-Qallab): the Baath coup of 1963 («ابتداءً بانقلاب عام 1963»,
  the later «انقلاب عام 1963 الذي أطلق عليه اسم ثورة مارس» a mention) → *Strategic developments/Other*,
  historical, 1963 (as r59c); Hafez al-Assad's seizure of power in the «Corrective Movement» coup →
  *Strategic developments/Other*, historical, "unknown" (ambiguous: columns often leave coups uncoded, as
  r60b). Not coded: the Rwanda, Balkan and Darfur massacres (analogies, as r50b's Bosnia), the Scottish
  referendum, the Iran–Iraq war (a time reference), the Syrian uprising and the wars in Syria, Iraq,
  Yemen and Libya (whole wars), the «Iranian occupation» of Syria and Iraq (a metaphor), South Sudan's
  secession, Netanyahu's announced Jewish state (a statement).

Counts: 4 articles, 18 events, 1 negative (Strategic developments 5, Battles 4, Violence against
civilians 3, Explosions/Remote violence 3, Diplomacy 2, Protests 1).

Run: python tests/data/events_r63a_source.py            (writes events_r63a.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r63a.jsonl")

F: dict[str, list[dict]] = {}

F["snn-20150722-00387"] = [  # column: Saud al-Faisal, engineer of Saudi foreign policy (obituary)
    E(
        "Violence against civilians/Attack",
        "مقتل والده",
        target=("والده",),
        date="1975",
        status="historical",
        fatalities=1,
        also=("وافته المنية",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "غزت",
        at="وانتهزت إسرائيل",
        actor=("إسرائيل",),
        place=("لبنان",),
        date="unknown",
        status="historical",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "غزت",
        at="وغزت العراق",
        actor=("العراق",),
        place=("الكويت",),
        date="unknown",
        status="historical",
        also=("دخلت الكويت",),
    ),
    E(
        "Violence against civilians/Attack",
        "قتل",
        at="حيث قتل 8000",
        target=("8000 شاب مسلم", "شاب مسلم", "المسلمين"),
        place=("مدينة اسبيترا", "اسبيترا"),
        date="unknown",
        status="historical",
        fatalities=8000,
        also=("لمقتل هؤلاء المسلمين",),
    ),
    E(
        "Violence against civilians/Attack",
        "اغتيال",
        target=("رفيق الحريري", "الحريري"),
        place=("العاصمة بيروت", "بيروت"),
        date="unknown",
        status="historical",
    ),
    E(
        "Strategic developments/Non-violent transfer of territory",
        "الانسحاب",
        at="وأجبرت سوريا",
        actor=("سوريا",),
        place=("لبنان",),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Visit",
        "زار",
        at="بعد تفكك الاتحاد السوفيتي",
        actor=("الأمير سعود الفيصل", "سعود الفيصل"),
        place=("روسيا",),
        date="unknown",
        status="historical",
    ),
]

F["snn-20150804-00181"] = []  # feature: marathon tourism around the world (no event)

F["snn-20150727-00103"] = [  # analysis: Turkey between ISIS extremism and Kurdish separatism
    E(
        "Explosions/Remote violence/Suicide bomb",
        "التفجير الانتحاري",
        actor=("تنظيم داعش", "داعش", "شيخ عبد الرحمن آلاغوز", "الانتحاري"),
        target=("نحو 300 شاب", "300 شاب", "طلاب الجامعات"),
        place=("مدينة سَروج", "سَروج", "سروج"),
        fatalities=32,
        also=("بالهجوم الانتحاري", "الهجوم الإرهابي", "هجوم سَروج", "التفجير في مدينة سروج"),
    ),
    E(
        "Protests/Peaceful protest",
        "احتجاجات",
        actor=("الأكراد",),
        place=("تركيا",),
    ),
    E(
        "Strategic developments/Arrests",
        "اعتقلت",
        actor=("الاستخبارات التركية", "الشرطة"),
        target=("أكثر من 250 شخصًا", "250 شخصًا", "أنصار «داعش»"),
        place=("تركيا",),
        also=("العمليات الأخيرة",),
    ),
    E(
        "Strategic developments/Arrests",
        "اعتقال",
        at="مع اعتقال",
        actor=("الحملة التركية", "التركية", "تركيا"),
        target=("سبعة وعشرين شخصا", "خلايا «داعش»", "داعش"),
        place=("أربع محافظات", "تركيا"),
        date="2015-07",
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "السيطرة",
        at="استطاعت الميليشيات الكردية",
        actor=("الميليشيات الكردية", "الأكراد"),
        target=("مقاتلي «داعش»", "داعش"),
        place=("منطقة تل أبيض", "تل أبيض"),
        date="unknown",
        status="historical",
        also=("امتدت المواجهة", "قتال عنيف", "سقوط تل أبيض"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "تقدمت",
        actor=("الميليشيات الكردية",),
        place=("منطقة عين عيسى", "عين عيسى"),
        date="2015-06",
        status="historical",
        also=("وتمددوا",),
    ),
    E(
        "Diplomacy/Phone call",
        "تحدث",
        at="تحدث الرئيس الأميركي",
        actor=("باراك أوباما", "أوباما", "الرئيس الأميركي"),
        target=("رجب طيب إردوغان", "إردوغان"),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "ضربات جوية",
        actor=("تركيا", "الطائرات الحربية التركية"),
        target=("تنظيم داعش", "داعش"),
        place=("شمال سوريا", "سوريا"),
        also=("استهدفت الطائرات الحربية التركية",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات",
        at="كما شنت أيضا",
        actor=("تركيا", "الطائرات الحربية التركية"),
        target=("حزب العمال الكردستاني",),
        place=("شمال العراق", "العراق"),
        also=("القصف الجوي التركي",),
    ),
]

F["snn-20150806-00353"] = [  # al-Qallab column: the waning of national feeling and "killing identities"
    E(
        "Strategic developments/Other",
        "انقلاب",
        at="ابتداءً بانقلاب",
        place=("سوريا",),
        date="1963",
        status="historical",
        also=("انقلاب عام 1963 الذي أطلق عليه",),
    ),
    E(
        "Strategic developments/Other",
        "سيطرة",
        at="منذ سيطرة حافظ",
        actor=("حافظ الأسد",),
        place=("سوريا",),
        date="unknown",
        status="historical",
        also=("انقلاب ما أطلق عليه",),
    ),
]

if __name__ == "__main__":
    print(build(F, OUT), "articles written to", OUT)
