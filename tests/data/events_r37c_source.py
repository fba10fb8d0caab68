"""Source of tests/data/events_r37c.jsonl: the thirty-seventh blind event round, part r37c.

10 real articles (SaudiNewsNet politics, 2,504–3,873 characters): the lines of /work/brief/DRAW_r37.tsv
(the saved output of `python tests/data/events_round37_select.py`) whose first column is `r37c`
(selection = events_round37_select.py, seed 3737, part r37c). All 10 kept, none dropped; 3 negatives
(snn-20150802-00980, a weather report; snn-20150806-00593, an opinion piece on Yemenis in Saudi Arabia;
snn-20150809-00335, an opinion piece on Friday sermons); 27 events. Annotated by reading only
(2026-11-29): the event coder was never run on these articles and no coder output was read. Same format
and guidelines as events_dev_source.py and events_fresh_source.py (docs/events.md § Dev set); `build()`
comes from events_dev_source.py (SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three 12-word
runs with an article of another tests/data/events_*.jsonl set (checked at 12:00 UTC). Same happenings in
other words: Jubeir's Moscow visit and talks of 11 August (r15b, there «سيزور … الثلاثاء»), the Iranian
nuclear deal (r15b, r16a, r36b/c …), the Doha trilateral meeting (r15b, r28a), the Bardo and Sousse
attacks (r28a, r36b), the Asir Emergency Forces mosque bombing (r12a … r36c), the Camp David summit
(r15b, r20c).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r36c_source.py):
- Zarif's article (00438, opinion): the Vienna deal «تم توقيع اتفاق فيينا في يوليو 2015» →
  *Diplomacy/Agreement* 2015-07, Iran and the US (the text's parties), Vienna as place; «تحركات دبلوماسية
  سعودية أمريكية روسية في الدوحة لبحث التطورات الإقليمية» → *Diplomacy/Meeting*, publication date (the
  Doha trilateral meeting; ambiguous: could be read as vague diplomacy); Kerry's «الهجمة الدبلوماسية»,
  the 1979 rupture (a state), Zarif's offer and the proposed negotiations are not coded;
- Palestinian leaders (01160, opinion): Nasser's poisoning by Abu Nidal told by Atef Abu Bakr →
  *Violence against civilians/Attack*, historical, 1970 («تم تسميمه في العام 1970م»), 1 dead, no place
  (ambiguous: an allegation; first mention «مات مسموما»); the abduction of the Sudanese opponent
  Mohammed Makki by Palestinian organisations → *Abduction/forced disappearance*, historical, "unknown";
  Abu Nidal «وجد مقتولا في بغداد في 16 أغسطس عام 2002م» → *Attack*, historical, 2002-08-16, 1 dead, no
  actor (ambiguous: a militant leader, not a civilian); Black September 1970, Lebanon and the invasion of
  Kuwait are named as rhetoric (as r15a/r17b), not coded;
- Tunisia (00062): the denied transfer of a US listening base to al-Hawariya → *Strategic developments/
  Headquarters or base established*, status denied (ambiguous: could be *Diplomacy/Agreement* denied);
  the Ben Guerdane protests against the border wall, with the road closed and lorries forced to stop and
  unload → *Riots/Violent demonstration* (ACLED: road-blocking is destructive activity; ambiguous: a
  *Peaceful protest* reading is possible), publication date; the activists raising «ارحل» at Sarkozy and
  detained for hours in al-Marsa → *Protests/Protest with intervention* (the detention «توقيفهم» its
  mention, not a separate *Arrests*) and their release → *Strategic developments/Other* (release row, as
  r34b/r35c); Sarkozy's meeting with Nidaa Tounes → *Diplomacy/Meeting* (no place: the hotel's town is
  not named) and his visit to Tunisia → *Diplomacy/Visit* (trigger the report «بزيارة», the earlier «زيارة
  ساركوزي» an `also`, so that the place span is «إلى تونس», not «تونسية»); the Bardo and Sousse attacks
  named by the press → two *Violence against civilians/Attack*, historical, "unknown" (as r28a; no toll
  given here); Ennaceur's official delegation to Britain → *Diplomacy/Visit*, publication date (as r23a);
  the wall's construction, the threats of ISIS and Fajr Libya, the unions' rejection, Sarkozy's role in
  Gaddafi's fall and the British travel-warning review are not coded;
- Aden airport (00067, «أمس» = 2015-08-07): the coalition plane with fire engines and computers →
  *Diplomacy/Aid* 2015-08-07; the MSF plane with doctors and medical equipment → a second *Aid* (MSF as
  actor), dated 2015-08-07 by the lead's «أربع طائرات مدنية وطبية» (ambiguous: the quote gives no day);
  the Houthi/Saleh destruction at the airport (a plane, hangars, runway, control tower, Katyusha rockets)
  → one *Shelling/artillery/missile attack*, historical, "unknown" (ambiguous: background damage); the
  first civil flight from Djibouti (as r33c), the storming of the offices (part of the airport's
  occupation) and the generic «القصف» of the wounded are not coded;
- Jubeir in Moscow (01045): «يزور … موسكو اليوم» → *Visit* and «لإجراء محادثات» → *Talks*, both planned
  2015-08-11 (as r15b; the article is written before the visit: «ما ستفسر عنه زيارة الجبير»); Mamlouk's
  visit to Saudi Arabia → *Visit* and his meeting with Saudi officials in Jeddah («خبر اللقاء» first) →
  *Meeting*, publication date (the text gives no day; as r34b's secret talks); the Saudi proposal,
  Assad's leak and the analysts' views are not coded;
- «استعدوا للأسوأ» (00055, opinion): the Asir mosque bombing → *Remote explosive/landmine/IED* (as r36c:
  no weapon named), ISIS as actor («حلقة من سلسلة … التي يقوم بها داعش»), dated 2015-08-07 by the text's
  «أمس في عسير» (ambiguous: the attack was on 6 August; the column was written a day earlier); the list
  Kuwait, Reem Island, the Shia of eastern Saudi Arabia and Europe (no type, no day: argument) and the
  foreign-fighter figures are not coded;
- nuclear deal (01323, opinion): the deal «أبرمته طهران مؤخرا … فيينا مع دول (خمس زائد واحد)» →
  *Diplomacy/Agreement*, "unknown" (as r15b/r33c); the Vienna negotiations → *Diplomacy/Talks*,
  historical, "unknown" (as r36b; ambiguous); the 2009 Green protests «انتهت بقمع الشارع الإيراني على
  أيادي البسيج» → *Protests/Protest with intervention*, historical, 2009; the confinement of Mousavi and
  Karroubi → *Arrests*, historical, "unknown" (ambiguous: a figure of speech «في غياهب غضب المرشد»); the
  Camp David summit → *Diplomacy/Meeting*, historical, "unknown" (as r15b/r20c); the revolution, the
  Iran–Iraq war (as r29c/r31a), Decisive Storm, the sanctions (a state) and Bahrain are not coded;
- negatives: the weather report; the Yemenis' status correction (administrative) and the coalition's war
  (a campaign); the sermons column (al-Qaeda's operations in Saudi Arabia an aggregate, the Afghan jihad
  rhetoric).

Run: python tests/data/events_r37c_source.py   (writes events_r37c.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r37c.jsonl")

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150802-00980"] = []  # weather report: no event
F["snn-20150809-00438"] = [  # opinion on Zarif's article
    E(
        "Diplomacy/Agreement",
        "للاتفاق النووي",
        actor=("أمريكا", "إيران"),
        target=("إيران", "أمريكا"),
        place=("فيينا",),
        date="2015-07",
        also=(
            "توقيع اتفاق فيينا",
            "لتوقيع الاتفاق النووي",
            "الاتفاق المبرم مع أمريكا",
            "مكتسباتها في اتفاق فيينا",
        ),
    ),
    E(
        "Diplomacy/Meeting",
        "تحركات دبلوماسية",
        actor=("سعودية", "السعودية"),
        target=("أمريكية", "روسية"),
        place=("الدوحة",),
    ),
]
F["snn-20150726-01160"] = [  # opinion: Palestinian leaders
    E(
        "Violence against civilians/Attack",
        "مات مسموما",
        actor=("صبري البنّا", "أبو نضال", "القيادي الفلسطيني"),
        target=("جمال عبدالناصر", "عبدالناصر"),
        date="1970",
        status="historical",
        fatalities=1,
        also=(
            "بدس السم",
            "عمليات اغتيال",
            "لقتل جمال عبدالناصر",
            "عملية اغتيال جمال عبدالناصر",
            "تسميمه",
        ),
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "اختطاف",
        actor=("منظمات فلسطينية",),
        target=("محمد مكي", "معارض سوداني"),
        date="unknown",
        status="historical",
    ),
    E(
        "Violence against civilians/Attack",
        "وجد مقتولا",
        target=("أبو نضال",),
        place=("بغداد",),
        date="2002-08-16",
        status="historical",
        fatalities=1,
    ),
]
F["snn-20150806-00593"] = []  # opinion: Yemenis in Saudi Arabia, the coalition's war (a campaign)
F["snn-20150722-00062"] = [
    E(
        "Strategic developments/Headquarters or base established",
        "نقل قاعدة عسكرية أميركية",
        actor=("أميركية", "الولايات المتحدة الأميركية"),
        place=("مدينة الهوارية", "الهوارية"),
        status="denied",
        also=("منح الولايات المتحدة الأميركية قاعدة عسكرية",),
    ),
    E(
        "Riots/Violent demonstration",
        "احتجاجات",
        actor=("سكان مدينة بن قردان", "المحتجون", "الشبان المحتجون"),
        place=("مدينة بن قردان", "بن قردان"),
        also=("إغلاق الطريق", "إجبار شاحنات"),
    ),
    E(
        "Strategic developments/Other",
        "أطلقت",
        actor=("قوات الأمن التونسية",),
        target=("عدد من الناشطين بالمجتمع المدني", "الناشطين"),
        place=("المرسي",),
    ),
    E(
        "Protests/Protest with intervention",
        "رفعهم شعار «ارحل»",
        actor=("الناشطين", "عدد من الناشطين بالمجتمع المدني"),
        target=("قوات الأمن التونسية", "ساركوزي"),
        place=("المرسي",),
        also=("توقيفهم",),
    ),
    E(
        "Diplomacy/Meeting",
        "اجتماعا",
        actor=("ساركوزي الرئيس الفرنسي السابق", "ساركوزي"),
        target=("حزب نداء تونس", "نداء تونس"),
    ),
    E(
        "Diplomacy/Visit",
        "بزيارة",
        at="وقام ساركوزي",
        actor=("ساركوزي",),
        place=("تونس",),
        also=("زيارة ساركوزي",),
    ),
    E(
        "Violence against civilians/Attack",
        "الهجوم على متحف باردو",
        actor=("عناصر إرهابية",),
        target=("متحف باردو",),
        place=("متحف باردو", "باردو"),
        date="unknown",
        status="historical",
    ),
    E(
        "Violence against civilians/Attack",
        "المنتجع السياحي في سوسة",
        actor=("عناصر إرهابية",),
        target=("المنتجع السياحي",),
        place=("سوسة",),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Visit",
        "زيارة",
        at="إثر عودته",
        actor=("محمد الناصر", "الوفد الرسمي التونسي"),
        place=("بريطانيا",),
        also=("عودته من بريطانيا",),
    ),
]
F["snn-20150808-00067"] = [
    E(
        "Diplomacy/Aid",
        "هبطت",
        actor=("قوات التحالف", "التحالف", "قوات تحالف إعادة الأمل"),
        place=("مطار عدن الدولي", "مطار عدن", "عدن"),
        date="2015-08-07",
        also=("أرسلت معدات",),
    ),
    E(
        "Diplomacy/Aid",
        "وصلت أيضًا",
        actor=("منظمة أطباء بلا حدود", "أطباء بلا حدود"),
        target=("المستشفيات في عدن",),
        place=("مطار عدن", "عدن"),
        date="2015-08-07",
    ),
    E(
        "Explosions/Remote violence/Shelling/artillery/missile attack",
        "دمر المتمردون",
        actor=("المتمردون على الشرعية", "الميليشيات الحوثية", "الحوثيون", "أتباع المخلوع صالح"),
        target=("إحدى الطائرات", "برج المراقبة الرئيسي", "مدرج المطار"),
        place=("ساحة المطار", "مطار عدن", "عدن"),
        date="unknown",
        status="historical",
        also=("ضربوا حظائر صيانة الطائرات", "ضرب برج المراقبة الرئيسي", "قصف صاروخي"),
    ),
]
F["snn-20150811-01045"] = [
    E(
        "Diplomacy/Visit",
        "يزور",
        actor=("عادل الجبير", "وزير الخارجية السعودي عادل الجبير", "الجبير"),
        place=("موسكو",),
        date="2015-08-11",
        status="planned",
        also=("زيارة الجبير إلى موسكو",),
    ),
    E(
        "Diplomacy/Talks",
        "محادثات",
        actor=("عادل الجبير", "وزير الخارجية السعودي عادل الجبير", "الجبير"),
        target=("المسؤولين الروس",),
        place=("موسكو",),
        date="2015-08-11",
        status="planned",
    ),
    E(
        "Diplomacy/Meeting",
        "اللقاء",
        at="خبر",
        actor=("علي مملوك", "مملوك", "اللواء علي مملوك"),
        target=("السياسيين السعوديين",),
        place=("جدة",),
        also=("لقائه السياسيين السعوديين",),
    ),
    E(
        "Diplomacy/Visit",
        "زيارة مملوك للسعودية",
        actor=("مملوك", "علي مملوك"),
        place=("جدة", "السعودية", "للسعودية"),
        also=("لزيارة مملوك للسعودية",),
    ),
]
F["snn-20150808-00055"] = [  # opinion on ISIS: only the Asir bombing
    E(
        "Explosions/Remote violence/Remote explosive/landmine/IED",
        "التفجير الإرهابي الأخير",
        actor=("«داعش»", "داعش"),
        target=("مسجدًا لقوات الطوارئ السعودية", "قوات الطوارئ السعودية"),
        place=("عسير",),
        date="2015-08-07",
    ),
]
F["snn-20150731-01323"] = [  # opinion on the nuclear deal
    E(
        "Diplomacy/Agreement",
        "الاتفاق النووي الإيراني",
        actor=("طهران", "إيران"),
        target=("دول (خمس زائد واحد)", "خمس زائد واحد", "الدول الست"),
        place=("العاصمة النمساوية فيينا", "فيينا"),
        date="unknown",
        also=("تلك الاتفاقية", "اتفاقها النووي"),
    ),
    E(
        "Diplomacy/Talks",
        "المفاوضات تلك",
        actor=("طهران", "إيران"),
        target=("الدول الست", "المفاوضون الغربيون"),
        place=("فيينا",),
        date="unknown",
        status="historical",
        also=("جلسات فيينا المغلقة",),
    ),
    E(
        "Protests/Protest with intervention",
        "بقمع",
        actor=("الشارع الإيراني",),
        target=("البسيج",),
        place=("إيران",),
        date="2009",
        status="historical",
    ),
    E(
        "Strategic developments/Arrests",
        "إيداع",
        actor=("البسيج", "المرشد الأعلى"),
        target=("حسين موسوي", "مهدي كروبي", "رمزيها"),
        date="unknown",
        status="historical",
    ),
    E(
        "Diplomacy/Meeting",
        "مؤتمر كامب ديفيد",
        actor=("الأميركية",),
        target=("حلفائها الخليجيين",),
        place=("كامب ديفيد",),
        date="unknown",
        status="historical",
    ),
]
F["snn-20150809-00335"] = []  # opinion on Friday sermons: al-Qaeda's operations an aggregate

if __name__ == "__main__":
    print(build(F, OUT))
