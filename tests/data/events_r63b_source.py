"""Source of tests/data/events_r63b.jsonl: the sixty-third blind event round, part r63b.

4 real articles (SaudiNewsNet politics, 6,163–7,387 characters): the lines of /work/brief/DRAW_r63.tsv
(the saved output of `python tests/data/events_round63_select.py`) whose first column is `r63b`
(selection = events_round63_select.py, seed 6363, part r63b). All 4 kept, none dropped. Annotated by
reading only (2026-11-29): the event coder was never run on these articles and no coder output was read.
Same format and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set);
`build()` comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or a single 12-word
run with an article of another tests/data/events_*.jsonl set (1,906 articles, checked 2026-11-29 23:20
UTC). Same happenings in other words: the Brussels road map of the Coalition and the Coordination Body
(r20b, r38b, r44b), the Geneva statement of 30 June 2012 (r20b, r44b), the nuclear deal (many rounds),
the 1989 Mecca bombings (the «تفجيرات نفق المعيصم» of an earlier round), Mahlab (r18b, r28b).

Choices (the last rounds' calls followed; columns: historical asides with a date or a named happening
are coded as historical; aims, habits, campaigns, whole wars, analogies and statements are not):
- UAE projects in Egypt (00281, news, published 2015-08-06): the signing «أمس» of the four protocols
  handing the projects over, witnessed by Mahlab → *Diplomacy/Agreement* 2015-08-05, no place (the text
  names none for the signing; «في مصر» belongs to the projects); the handover itself of the schools,
  clinics, bridges and buses → *Diplomacy/Aid* 2015-08-05, place «إلى مصر» («تسليمها أمس», «تسليم هذه
  المشاريع» its mentions; ambiguous: one ceremony coded as two events, AGREE and AID as PLOVER would);
  the 50,000 housing units «بالأمس القريب» and the Siwa solar plant «ومن قبلها» → two *Diplomacy/Aid*,
  historical, "unknown" (the later «تم إنجاز وتسليم» sentences their mentions; as the earlier rounds'
  past aid; the giver named only by «المشاريع التنموية الإماراتية», actor «الإماراتية»). Not coded:
  the trade and investment figures, Mahlab's and al-Jaber's praise, the planned marketing plans, the
  training programme under way (ongoing, domestic);
- Syrian opposition in Brussels (00142, news, published 2015-07-26): the joint meetings of the Coalition
  and the Coordination Body → *Diplomacy/Talks* dated 2015-07 (as r44b: the talks ran before the
  announcement and the text gives no day; «اجتماع بروكسل», «مباحثات جرت», «الاجتماع في بروكسل» its
  mentions); the road map announced «يوم أول من أمس» → *Diplomacy/Agreement* 2015-07-24 (as r20b/r44b);
  «سيكون هناك لقاء آخر في بروكسل» → *Diplomacy/Talks*, planned, no date (the «الشهر المقبل» is the
  workshops'); the Geneva statement of 30 June 2012 → *Diplomacy/Agreement*, historical, 2012-06-30;
  «التوقيع على الاتفاق النووي الإيراني» → *Diplomacy/Agreement*, "unknown" (as the columns). Not coded:
  the workshops «في عدة عواصم» and the «لقاءات مع فصائل أخرى» (planned, no place), the diplomatic push and
  the calls to revive Geneva (aims), Turkey's «ضرب مواقع التنظيم داخل سوريا» in al-Bahra's words (a
  campaign named by country only, as r13a/r14b/r16c; ambiguous), the condemned regime targeting of
  civilians and the «إبادة» (aggregate, as r44b), Iran's forces on the ground (a state), resolution 2170;
- Mecca-to-al-Sadiq column (00221, opinion): the 1989 Mecca bombings by the Kuwaiti Hezbollah →
  *Explosions/Remote violence/Remote explosive/landmine/IED*, historical, 1989 (as the earlier round's
  Mu'aisim tunnel bombings; «كما حدث في موسم حج عام 1989» and «ذكرى تفجيرات مكة» its mentions), no
  fatalities («26 شهيدا ومصابا» counts the dead and the wounded together); the bombings of the Sadaf
  plant in Jubail → *Remote explosive/landmine/IED*, historical, "unknown" (the trigger is the
  «التفجيرات» that «كما حدث في منشآت شركة (صدف)» instantiates; ambiguous: named in a quote as an example).
  Not coded: the cleric al-Mohri's death (natural), the 1979 rumour and «الاغتيال المعنوي» (a metaphor),
  the founding of the IRGC in 1981, the 2006 war (a whole war, as r57c–r59c), Morsi's election and the
  30 June movement that removed him (as r47a/r49a), ISIS's attacks on Shia mosques in Saudi Arabia and
  Kuwait (generic here; the al-Sadiq mosque is named only in the title), Hezbollah's pressure on clerics
  and the assassinations (habits);
- US propaganda war column (00230, opinion, Foreign Policy): negative — Fernandez's CBS interview, his
  retirement and Rashad Hussain's appointment (personnel), his 2006 remarks and apology, Stengel's memo,
  the centre's founding in 2010, ISIS's beheadings and recruitment (generic), the proposed strategy.

Counts: 4 articles, 11 events, 1 negative (Diplomacy 9: Agreement 4, Aid 3, Talks 2; Explosions/Remote
violence 2: Remote explosive/landmine/IED 2).

Run: python tests/data/events_r63b_source.py            (writes events_r63b.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r63b.jsonl")

F: dict[str, list[dict]] = {}

F["snn-20150806-00281"] = [  # UAE development projects handed over to Egypt; trade report
    E(
        "Diplomacy/Agreement",
        "توقيع 4 بروتوكولات",
        actor=("الجانب الإماراتي", "سلطان أحمد الجابر", "الدكتور سلطان أحمد الجابر", "الإمارات"),
        target=("الجانب المصري", "الحكومة المصرية", "مصر"),
        date="2015-08-05",
        also=("قام بتوقيع البروتوكولات", "مراسم التوقيع"),
    ),
    E(
        "Diplomacy/Aid",
        "لتسليم",
        actor=("دولة الإمارات", "الإمارات", "الجانب الإماراتي"),
        target=("الحكومة المصرية", "مصر"),
        place=("إلى مصر", "مصر"),
        date="2015-08-05",
        also=("تسليمها أمس", "تسليم هذه المشاريع الأربعة"),
    ),
    E(
        "Diplomacy/Aid",
        "تسلمنا أكثر من 50 ألف وحدة سكنية",
        actor=("الإماراتية", "دولة الإمارات", "الإمارات"),
        target=("مصر", "الحكومة المصرية"),
        place=("مصر",),
        date="unknown",
        status="historical",
        also=("تم إنجاز وتسليم 50 ألف وحدة سكنية",),
    ),
    E(
        "Diplomacy/Aid",
        "تسلمنا محطة",
        actor=("الإماراتية", "دولة الإمارات", "الإمارات"),
        target=("مصر", "الحكومة المصرية"),
        place=("واحة سيوة", "سيوة"),
        date="unknown",
        status="historical",
        also=("تم إنشاء وتسليم محطة شعب الإمارات",),
    ),
]

F["snn-20150726-00142"] = [  # Syrian opposition in Brussels: road map, next meetings
    E(
        "Diplomacy/Talks",
        "الاجتماعات المشتركة",
        actor=("للائتلاف السوري لقوى المعارضة الوطنية", "الائتلاف السوري لقوى المعارضة الوطنية", "الائتلاف"),
        target=("«هيئة التنسيق لقوى التغيير الوطني»", "هيئة التنسيق لقوى التغيير الوطني", "هيئة التنسيق"),
        place=("بروكسل", "العاصمة البلجيكية والأوروبية بروكسل"),
        date="2015-07",
        also=("اجتماع بروكسل", "مباحثات جرت في العاصمة البلجيكية", "الاجتماعات في بروكسل"),
    ),
    E(
        "Diplomacy/Agreement",
        "الإعلان عن «خارطة طريق»",
        actor=("للائتلاف السوري لقوى المعارضة الوطنية", "الائتلاف السوري لقوى المعارضة الوطنية", "الائتلاف"),
        target=("«هيئة التنسيق لقوى التغيير الوطني»", "هيئة التنسيق لقوى التغيير الوطني", "هيئة التنسيق"),
        place=("بروكسل", "العاصمة البلجيكية والأوروبية بروكسل"),
        date="2015-07-24",
        also=("توصل كل من الائتلاف وهيئة التنسيق إلى خارطة طريق",),
    ),
    E(
        "Diplomacy/Talks",
        "لقاء آخر في بروكسل",
        actor=("الائتلاف", "المعارضة السورية"),
        target=("هيئة التنسيق",),
        place=("بروكسل",),
        status="planned",
    ),
    E(
        "Diplomacy/Agreement",
        "بيان جنيف 30 يونيو (حزيران) 2012",
        place=("جنيف",),
        date="2012-06-30",
        status="historical",
    ),
    E(
        "Diplomacy/Agreement",
        "التوقيع على الاتفاق النووي الإيراني",
        actor=("الإيراني", "طهران", "إيران"),
        date="unknown",
    ),
]

F["snn-20150721-00221"] = [  # column: from the Grand Mosque to al-Sadiq mosque, Hezbollah branches
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "تفجيرات مكة الإرهابية",
        actor=("«حزب الله» الكويتي", "حزب الله الكويتي", "«حزب الله الكويتي»", "حزب الله"),
        place=("مكة", "مكة المكرمة"),
        date="1989",
        status="historical",
        also=("كما حدث في موسم حج عام 1989", "ذكرى تفجيرات مكة"),
    ),
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "التفجيرات",
        at="الاغتيالات و",
        actor=("أفرع «حزب الله»", "«حزب الله»", "حزب الله"),
        place=("مدينة الجبيل الصناعية", "الجبيل", "منشآت شركة (صدف)"),
        date="unknown",
        status="historical",
        also=("كما حدث في منشآت شركة (صدف)",),
    ),
]

F["snn-20150721-00230"] = []  # column: the US propaganda war against ISIS; personnel and strategy only

if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
