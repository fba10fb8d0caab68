"""Source of tests/data/events_r29a.jsonl: the twenty-ninth blind event round, part r29a.

10 real articles (SaudiNewsNet politics, 1,568–2,254 characters): the lines of /work/brief/DRAW_r29.tsv
(the saved output of `python tests/data/events_round29_select.py`) whose first column is `r29a`
(selection = events_round29_select.py, seed 2929, part r29a). All 10 kept, none dropped; 1 of them
reports no event (negative). Annotated by reading only (2026-11-29): the event coder was never run on
these articles and no coder output was read. Same format and guidelines as events_dev_source.py and
events_fresh_source.py (docs/events.md § Dev set); `build()` comes from events_dev_source.py
(SaudiNewsNet articles by reference + sha1).

Near-copies: none. No article shares its first 80 characters (whitespace normalised) or three 12-word
runs with an article of another tests/data/events_*.jsonl set (checked at 09:20 UTC). Same happenings in
other words: the Yemen humanitarian truce of 26 July and al-Asbahi's talks with al-Zayani (r28c), the
liberation of Aden and of al-Anad (many rounds), the «درب الخير» relief ship and the first WFP ship in
Aden (r25b, r25c).

Choices (the last rounds' calls followed: events_fresh.README.md, events_r5a … r28c_source.py):
- Truce: the coalition's truce in force «ليلة أمس» → *Strategic developments/Agreement* 2015-07-26 (the
  announcement «أول من أمس» and the Houthi leader's rejected «وقف إطلاق النار» its mentions); the
  Hadi → Mohammed bin Salman call «أمس» → *Phone call* 2015-07-26; the Saudi relief ship docking in
  Aden → *Diplomacy/Aid*; «عدن … المحررة» / «بعد تحريرها» → Aden's liberation, *Government regains
  territory*, date "unknown" (as r28a); al-Asbahi «بحث … مع» al-Zayani → *Meeting* (no day or place in
  this text); the arrest of Abdulkarim al-Houthi by the Resistance in Aden → *Arrests* (the capture of
  dozens of fighters its mention; the text uses Arabic presentation forms, kept as written); Hadi's
  invitation to the envoy to visit Aden (an invitation, no visit planned) is not coded;
- Baghdad nights (negative): «فعلى ما يبدو تدور معارك» 50 km away is hedged, unplaced and ongoing, and
  «مرت دون تفجير واحد» a negation (ambiguous: a coder could code one *Armed clash*);
- al-Bayda: the coalition strikes «خلال الساعات الماضية» → *Air/drone strike*, «أكثر من 60 قتيلا» as 60;
  the rebels' taking of the positions the Houthis fled (Sawda, Ghurab, al-Jamajim) → *Non-state actor
  overtakes territory* (the Resistance alone, as fresh); the Houthi storming of Sanaa on 21 September
  last year → *Non-state actor overtakes territory*, historical, 2014-09-21; threats, the tribes sending
  fighters (a deployment) and the coming battle are not coded;
- Dhale/Marib/al-Bayda: the Houthi transfer of the Aden/Lahj detainees from al-Anad to Sanaa's central
  prison → *Abduction/forced disappearance* (ambiguous: a continuing detention); «عدن ولحج المحررتين» →
  one *Government regains territory*, "unknown" (two provinces in one adjective; ambiguous); the Marib
  authorities seizing a truck of radio equipment bound for the Houthis → *Disrupted weapons use*
  (ambiguous: *Strategic developments/Other*); al-Makhdara «أصبحت تحت سيطرة المقاومة» after a repelled
  Houthi attack → *Non-state actor overtakes territory*; Dhi Na'im (the battles, the attack with mortars
  and the clashes before «اقتحامها») → one *Non-state actor overtakes territory* (the mortar fire not
  coded apart); the storming of Tayab/al-Jamajim/Mash'aba → a second one; the coalition's intensified
  strikes on Saada, Dhale and al-Bayda → one *Air/drone strike* (one country);
- Syria opinion: the arrest of children in Daraa → *Arrests*, historical, "unknown" (named in passing);
  the four ex-officials' open letter and the secret meetings are not coded;
- al-Anad: the base's recapture → *Government regains territory* (army and Resistance), date "unknown"
  (the text gives no day); the Houthis' abduction of detainees and hostages from the base → *Abduction*;
  the victory marches in al-Dhale and in Aden → two *Peaceful protest* (ambiguous: celebrations);
- Hezbollah/Lebanon: the street movement expected at the Serail → *Peaceful protest*, planned (as r25a's
  FPM demonstrations; ambiguous); the families who took up arms to stop arrests, the recruitment visits,
  the desertions and the involvement in Syria (generic) are not coded;
- first UN ship in Aden «أمس» → *Diplomacy/Aid* 2015-07-21; Aden's liberation → "unknown"; WHO's
  announced medical aid and vaccination campaign → one *Aid* dated by the announcement (2015-07-21); the
  second (Emirati) ship expected is not coded (as r25c's expected ships); tallies are not coded;
- Aden fuel: the liberation «الأسبوع الماضي» → *Government regains territory* 2015-07; the Houthi seizure
  of fuel and their confiscated tankers → one *Looting/property destruction*, historical, "unknown"
  (ambiguous: a continuing control of supplies);
- Mashhour: Loder and al-Waht «خلال الأربع وعشرين ساعة الماضية» → two *Non-state actor overtakes
  territory* (the southern Resistance named alone; ambiguous: the army is named in the sentence before);
  Aden's liberation «في 14 يوليو» → *Government regains territory* 2015-07-14; the King Salman centre
  receiving «درب الخير» «خلال هذا الأسبوع» → *Aid* 2015-07; three days of repelling Houthi reinforcements
  in al-Dhale → one *Armed clash* (the captured dozens part of it); the Iranian prisoners (undated), the
  Saudi forces securing Aden airport (a deployment) and the predicted Anad battle are not coded.

Negative (1): snn-20150721-00470 (Baghdad's Ramadan nights).

Run: python tests/data/events_r29a_source.py            (writes events_r29a.jsonl)
Text licence: SaudiNewsNet CC BY-NC-SA 4.0 (Alhagri 2015, not redistributed). Annotations Apache-2.0.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from events_dev_source import E, build  # noqa: E402

OUT = Path(__file__).with_name("events_r29a.jsonl")

# Arabic presentation forms as written in snn-20150727-00092
ADEN_PF = "\ufecb\ufeaa\ufee5"  # عدن
HOUTHI_BROTHER_PF = "\ufecb\ufe92\ufeaa \ufe8d\ufedf\ufedc\ufeae\ufef3\ufee2 \ufe8d\ufedf\ufea4\ufeee\ufe9b\ufef2"  # عبد الكريم الحوثي

F: dict[str, list[dict]] = {}  # in draw order

F["snn-20150727-00092"] = [
    E(
        "Strategic developments/Agreement",
        "الهدنة",
        actor=("التحالف العربي", "التحالف"),
        place=("اليمن",),
        date="2015-07-26",
        also=("هدنة يبدأ سريانها", "وقف إطلاق النار"),
    ),
    E(
        "Diplomacy/Phone call",
        "اتصالاً هاتفيًا",
        actor=("الرئيس اليمني عبد ربه منصور هادي", "عبد ربه منصور هادي", "هادي"),
        target=("الأمير محمد بن سلمان", "محمد بن سلمان"),
        date="2015-07-26",
    ),
    E(
        "Battles/Government regains territory",
        "المحررة",
        place=("مدينة عدن الجنوبية", "عدن"),
        date="unknown",
        also=("تحريرها",),
    ),
    E(
        "Diplomacy/Aid",
        "رسو",
        actor=("مركز الملك سلمان للإغاثة الإنسانية", "السعودية", "الملك سلمان بن عبد العزيز"),
        place=("مدينة عدن الجنوبية", "عدن"),
        also=("السفينة «درب الخير»",),
    ),
    E(
        "Diplomacy/Meeting",
        "بحث",
        at="في سياق متصل",
        actor=("عز الدين الأصبحي", "الأصبحي"),
        target=("الدكتور عبد اللطيف الزياني", "عبد اللطيف الزياني", "الزياني"),
    ),
    E(
        "Strategic developments/Arrests",
        "باعتقال",
        actor=("المقاومة",),
        target=(HOUTHI_BROTHER_PF, "عبد الكريم الحوثي"),
        place=(ADEN_PF, "عدن"),
        also=("أسر",),
    ),
]
F["snn-20150721-00470"] = []  # Baghdad's Ramadan nights: hedged, unplaced «تدور معارك»; a negation
F["snn-20150810-01065"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "اجتياحهم",
        actor=("المتمردين الحوثيين", "الحوثيين", "الانقلابيين"),
        place=("العاصمة صنعاء", "صنعاء"),
        date="2014-09-21",
        status="historical",
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "غارات",
        actor=("طائرات التحالف العربي", "التحالف العربي"),
        target=("الإرهابيين", "ميليشيات العدوان الحوثي"),
        place=("محافظة البيضاء", "البيضاء"),
        fatalities=60,
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "للاستيلاء",
        actor=("الثوار", "المقاومة"),
        target=("ميليشيات العدوان الحوثي", "الإرهابيين"),
        place=("جبال سوداء", "غراب", "جبل الجماجم", "البيضاء"),
        also=("تسيطر على مواقع استراتيجية", "السيطرة على هذه المواقع"),
    ),
]
F["snn-20150806-03008"] = [
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "نقل",
        actor=("الحوثي",),
        target=("المحتجزين", "الأسرى", "المختطفين"),
        place=("سجن صنعاء", "السجن المركزي بصنعاء", "صنعاء"),
        also=("تم نقلهم",),
    ),
    E(
        "Battles/Government regains territory",
        "المحررتين",
        place=("عدن", "لحج"),
        date="unknown",
    ),
    E(
        "Strategic developments/Disrupted weapons use",
        "استولت",
        actor=("السلطات المحلية بمحافظة مأرب", "السلطات المحلية"),
        target=("ميليشيا الحوثي", "الحوثي"),
        place=("مديرية الوادي", "مأرب"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "أصبحت تحت سيطرة",
        actor=("المقاومة",),
        target=("الحوثيين",),
        place=("منطقة المخدرة", "المخدرة", "مأرب"),
        also=("التصدي",),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "اقتحامها",
        actor=("المقاومة الشعبية", "المقاومة"),
        target=("الميليشيات", "الحوثيين"),
        place=("منطقة ذي ناعم", "ذي ناعم", "جبال الطوي", "البيضاء"),
        also=("معارك عنيفة", "هاجمت", "اشتبكوا"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "اقتحمت",
        actor=("المقاومة",),
        place=("منطقة طياب", "طياب", "مشعبة", "مدينة البيضاء", "البيضاء"),
        also=("تصفية",),
    ),
    E(
        "Explosions/Remote violence/Air/drone strike",
        "هجماته",
        actor=("طيران التحالف العربي", "التحالف العربي"),
        target=("الحوثي", "ميليشيات الحوثي"),
        place=("صعدة", "الضالع", "البيضاء"),
        also=("تدمير",),
    ),
]
F["snn-20150811-01193"] = [
    E(
        "Strategic developments/Arrests",
        "اعتقال",
        target=("أطفال",),
        place=("درعا",),
        date="unknown",
        status="historical",
    ),
]
F["snn-20150806-01978"] = [
    E(
        "Battles/Government regains territory",
        "استعادة القاعدة",
        actor=("الثوار", "قوات الجيش الوطني", "المقاومة الشعبية"),
        target=("الحوثيين", "المتمردين"),
        place=("قاعدة العند", "العند"),
        date="unknown",
        also=("سقوط القاعدة", "معركة تحرير القاعدة", "استعادة القاعدة من المتمردين"),
    ),
    E(
        "Violence against civilians/Abduction/forced disappearance",
        "اختطفوا",
        actor=("الحوثيين",),
        target=("المعتقلين السياسيين", "الرهائن"),
        place=("قاعدة العند", "العند"),
    ),
    E(
        "Protests/Peaceful protest",
        "مسيرات هادرة",
        actor=("أهالي مدينة الضالع", "السكان"),
        place=("مدينة الضالع", "الضالع"),
        also=("عمت الاحتفالات",),
    ),
    E(
        "Protests/Peaceful protest",
        "مسيرات هادرة",
        at="أما في عدن",
        actor=("السكان",),
        place=("عدن",),
        also=("تجمعوا", "أقاموا احتفالا"),
    ),
]
F["snn-20150725-01067"] = [
    E(
        "Protests/Peaceful protest",
        "التحرك في الشارع",
        place=("السراي الحكومي", "السرايا"),
        status="planned",
    ),
]
F["snn-20150722-01351"] = [
    E(
        "Diplomacy/Aid",
        "رست",
        actor=("الأمم المتحدة", "برنامج الأغذية العالمي"),
        place=("ميناء عدن", "عدن"),
        date="2015-07-21",
        also=("استقبال السفينة",),
    ),
    E(
        "Battles/Government regains territory",
        "تحريرها",
        target=("المتمردين الحوثيين", "الحوثيين"),
        place=("ميناء عدن", "عدن"),
        date="unknown",
    ),
    E(
        "Diplomacy/Aid",
        "مساعداتها الطبية",
        actor=("منظمة الصحة العالمية", "المنظمة"),
        place=("لليمن", "تعز", "حجة", "صعدة"),
        date="2015-07-21",
        also=("حملة تطعيم", "وزعت 4.6 أطنان"),
    ),
]
F["snn-20150725-00319"] = [
    E(
        "Battles/Government regains territory",
        "تحريرها",
        place=("مدينة عدن اليمنية", "عدن"),
        date="2015-07",
        also=("عقب تحريرها",),
    ),
    E(
        "Strategic developments/Looting/property destruction",
        "استحواذ",
        actor=("الميليشيات الحوثية", "قوات الرئيس المخلوع علي صالح", "الحوثيين"),
        place=("اليمن",),
        date="unknown",
        status="historical",
        also=("صادروا",),
    ),
]
F["snn-20150731-02102"] = [
    E(
        "Battles/Non-state actor overtakes territory",
        "تحرير",
        at="تمثلت في",
        actor=("رجال المقاومة الجنوبية", "المقاومة الجنوبية"),
        place=("لودر", "أبين"),
    ),
    E(
        "Battles/Non-state actor overtakes territory",
        "تحرير",
        at="إضافة إلى",
        actor=("رجال المقاومة الجنوبية", "المقاومة الجنوبية"),
        place=("الوهط", "لحج"),
    ),
    E(
        "Battles/Government regains territory",
        "تحرير",
        at="قدمته دول",
        place=("مدينة عدن", "عدن"),
        date="2015-07-14",
    ),
    E(
        "Diplomacy/Aid",
        "استقبل",
        actor=("مركز الملك سلمان للإغاثة", "مركز الملك سلمان"),
        place=("مدينة عدن", "عدن"),
        date="2015-07",
        also=("أكبر سفينة إغاثية",),
    ),
    E(
        "Battles/Armed clash",
        "صد",
        at="متوالية في",
        actor=("المقاومة الجنوبية", "رجال المقاومة"),
        target=("تعزيزات عسكرية حوثية", "ميليشيات الحوثيين", "الحوثيين"),
        place=("الضالع",),
        also=("هزيمة كبيرة", "أسر العشرات"),
    ),
]


if __name__ == "__main__":
    n = build(F, OUT)
    print(f"wrote {n} articles to {OUT}", file=sys.stderr)
