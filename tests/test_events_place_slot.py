"""The ``@place`` slot of the trigger lexicon («سقوط الموصل»: a fall is a takeover only when a place
falls) and the trigger rows added with it (session 14), on real sentences of the annotated sets."""

from __future__ import annotations

import datetime as dt

import pytest

from conftest import coded_events, evidence_span
from marsad.events.phrases import nisba_after_head
from marsad.events.triggers import find_triggers, parse_lexicon
from marsad.text.normalize import fold

HEADER = "forms\tevent_type\tsub_event_type\tplover\tmode\tcameo\troles\tsubject\tgenitive\tobject\talt\tstrength\tsource\n"


def _row(forms: str) -> str:
    return HEADER + "\t".join(
        [
            forms,
            "Battles",
            "Non-state actor overtakes territory",
            "-",
            "-",
            "-",
            "-",
            "target",
            "target",
            "-",
            "-",
        ]
        + ["strong", "M"]
    )


def test_place_slot_matches_only_where_a_place_starts_and_is_not_part_of_the_trigger():
    lex = parse_lexicon(_row("سقوط @place"))
    words = [fold(w) for w in ["بعد", "سقوط", "الموصل", "بيد", "داعش"]]
    assert find_triggers(words, lex) == []  # no place known: no takeover
    (m,) = find_triggers(words, lex, places=frozenset({2}))
    assert (m.first, m.last, m.at) == (1, 1, (1,))  # the place is the genitive, outside the trigger
    assert find_triggers(words, lex, places=frozenset({3})) == []  # the place must follow right after


@pytest.mark.parametrize("forms", ["@place سقوط", "سقوط @place الان"])
def test_place_slot_only_last_and_after_a_word(forms):
    with pytest.raises(ValueError, match="@place"):
        parse_lexicon(_row(forms))


_events = coded_events
_span = evidence_span


def test_fall_of_a_named_town_is_a_takeover_by_whoever_took_it():
    # worded as in rounds 18 and 40 («سقوط الموصل بيد داعش»)
    (e,) = _events("وجاء ذلك بعد عام على سقوط الموصل بيد تنظيم داعش في يونيو الماضي.")
    assert e.sub_event_type == "Non-state actor overtakes territory"
    assert e.trigger.text == "سقوط"
    assert _span(e, "place") == "الموصل"
    assert _span(e, "actor") == "تنظيم داعش"
    # «بعد عام على … في يونيو الماضي» is June a year before; the rules read June 2015, and the named
    # happening («سقوط الموصل», data/events/named_happenings.tsv) gives its day
    assert e.date == "2014-06-10" and e.evidence["date"].rule == "named:fall-of-mosul-2014"


def test_fall_of_a_regime_or_of_rain_is_no_takeover():
    assert not [
        e
        for e in _events("وقال إن سقوط نظام صدام حسين عام 2003 فتح الباب أمام الفوضى.")
        if "territory" in e.sub_event_type
    ]
    assert not [
        e
        for e in _events("وتوقعت الأرصاد سقوط الأمطار على مناطق واسعة من المملكة.")
        if "territory" in e.sub_event_type
    ]


def test_town_head_noun_and_the_verb_with_a_place_subject():
    (e,) = _events("وأكد أن سقوط مدينة تدمر بيد داعش كان متوقعا.")
    assert (e.sub_event_type, _span(e, "place"), _span(e, "actor")) == (
        "Non-state actor overtakes territory",
        "تدمر",
        "داعش",
    )
    (e,) = _events("وسقطت الرمادي في أيدي تنظيم داعش الشهر الماضي.")
    assert e.sub_event_type == "Non-state actor overtakes territory"
    assert _span(e, "place") == "الرمادي"


def test_opening_fire_on_a_convoy():
    # snn-20150731-01362: the agent stands between «فتح» and «النار» (a long gap)
    (e,) = _events(
        "وأعلن الجيش التركي مقتل ثلاثة جنود أتراك أمس حين فتح عناصر من حزب العمال الكردستاني النار "
        "على قافلة عسكرية في محافظة شرناق.",
        published=dt.date(2015, 7, 31),
    )
    assert e.sub_event_type == "Armed clash"
    assert _span(e, "actor") == "حزب العمال الكردستاني"
    assert _span(e, "place") == "شرناق"
    assert e.date == "2015-07-30"


@pytest.mark.parametrize(
    "sentence, sub",
    [
        ("استدعت وزارة الخارجية البحرينية أمس سفيرها لدى طهران للتشاور.", "Sanction"),
        ("وجرى أمس تبادل الأسرى بين الطرفين في مدينة تعز.", "Other"),
        ("وأعلنت وزارة الداخلية تفكيك خلية إرهابية في الرياض.", "Arrests"),
    ],
)
def test_rows_added_for_missed_wordings(sentence, sub):
    assert sub in [e.sub_event_type for e in _events(sentence)]


# the row's event, as the rules give it: on this lone sentence the filter retrained in session 28 leaves it
# under its threshold (the one before kept it at 0.41)
@pytest.mark.usefixtures("rules_only")
def test_the_rape_row_finds_sexual_violence():
    (e,) = _events("وتعرضت نساء للاغتصاب على أيدي عناصر التنظيم في سنجار.")
    assert e.sub_event_type == "Sexual violence"


def test_indefinite_nisba_after_an_indefinite_head_is_part_of_the_head():
    words = [fold(w) for w in ["قصفت", "طائرات", "حربية", "تركية", "مواقع"]]
    assert nisba_after_head(words, 2)  # «طائرات حربية»
    assert nisba_after_head([fold(w) for w in ["الرئيس", "الأمريكي"]], 1)
    assert not nisba_after_head([fold(w) for w in ["الرئيس", "حربية"]], 1)  # definiteness differs
    assert not nisba_after_head([fold(w) for w in ["قوات", "وسرية"]], 1)
    # the subject of the verb is the state named by the adjective, not nobody
    (e,) = _events(
        "وقال الوزير إن المنطقة ستصبح آمنة بعد أن قصفت طائرات حربية تركية مواقع للجهاديين في سوريا."
    )
    assert e.sub_event_type == "Air/drone strike"
    assert _span(e, "actor") == "تركية"


@pytest.mark.parametrize(
    "sentence, sub",
    [
        (
            "في غضون ذلك، دكت مقاتلات التحالف العربي مواقع عسكرية للانقلابيين في صنعاء أمس.",
            "Air/drone strike",
        ),
        ("وتلقى الرئيس اتصالا تليفونيا من نظيره الأمريكي باراك أوباما.", "Phone call"),
        ("وتعرضت دورية للجيش لمكمن نصبه مسلحون قرب الحدود.", "Armed clash"),
    ],
)
def test_rows_added_in_the_second_batch(sentence, sub):
    assert sub in [e.sub_event_type for e in _events(sentence)]


@pytest.mark.parametrize(
    "sentence, sub",
    [
        # round 65 (scored before these rows were written): «إحدى الهجمات الجوية الأميركية»
        ("وقتل الزرقاوي في إحدى الهجمات الجوية الأميركية عام 2006", "Air/drone strike"),
        ("وفضت قوات الأمن اعتصام رابعة العدوية بالقوة", "Excessive force against protesters"),
    ],
)
def test_air_attack_nouns_and_dispersing_a_sit_in_are_triggers(sentence, sub):
    tokens = sentence.split()
    assert sub in [
        m.trigger.sub_event_type for m in find_triggers([fold(w) for w in tokens], originals=tokens)
    ]
