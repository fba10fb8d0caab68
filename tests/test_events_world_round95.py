"""Rules added in session 25, read from the scored world rounds 85–94 (SaudiNewsNet world and security news).

Each test is a real corpus sentence (SaudiNewsNet, CC BY-NC-SA 4.0, research use, article id given), run
through the whole pipeline with the rules alone.
"""

from __future__ import annotations

import pytest

from marsad.analysis import analyze
from marsad.events.classify import _bare, _inter_in_text, suicide_attack
from marsad.text.normalize import fold

pytestmark = pytest.mark.usefixtures("rules_only")  # the rules, without the learned models


def _types(text: str) -> list[tuple[str, str]]:
    return [(e.sub_event_type, e.trigger.text) for e in analyze(text).events]


def test_victim_words_with_a_clitic_or_tanween_name_civilians() -> None:
    assert _inter_in_text(fold("استهدف مسجدا في شمال البلاد")) == 7
    assert _inter_in_text(fold("الذي شهدته دار للسينما في أورورا")) == 7
    assert _inter_in_text(fold("قتل متطرفون بالرصاص 48 مصليا")) == 7
    assert _inter_in_text(fold("استهدف دورية للجيش")) is None
    assert "السينما" in _bare("للسينما")
    assert _bare("ومسجدا") == ("ومسجدا", "مسجدا", "ومسجد", "مسجد")


def test_an_attack_on_a_mosque_is_violence_against_civilians() -> None:
    # snn-20150723-01102
    got = _types("وبعدها بأيام أصيب 25 مدنيا بجروح في هجوم استهدف مسجدا في شمال أفغانستان.")
    assert got and got[0][0] == "Attack", got


def test_suicide_bombers_in_the_plural_and_dual_are_suicide_bombings() -> None:
    got = _types("قتل 15 شخصا عندما فجر انتحاريون أنفسهم في سوق بمدينة كانو.")
    assert ("Suicide bomb", "فجر") in got, got


def test_the_terrorist_attack_of_two_suicide_bombers_is_one_suicide_bombing() -> None:
    # snn-20150724-00826: «الهجوم الإرهابي … حيث فجرت انتحاريتان نفسيهما» — one happening, a suicide bombing
    got = _types(
        "أدانت الأمانة العامة لمنظمة التعاون الإسلامي الهجوم الإرهابي الذي وقع يوم الأربعاء الماضي في مدينة "
        "مروة شمال الكاميرون، حيث فجرت انتحاريتان نفسيهما، ما أدى إلى مقتل 20 شخصاً."
    )
    assert [t for t, _ in got] == ["Suicide bomb"], got


def test_an_indefinite_attack_beside_a_suicide_bombing_stays_a_battle() -> None:
    got = _types("وقتل جنديان في هجوم على حاجز للجيش في سيناء، بينما فجر انتحاري نفسه في العريش.")
    assert ("Armed clash", "هجوم") in got and ("Suicide bomb", "فجر") in got, got


def test_suicide_attack_needs_a_definite_generic_trigger() -> None:
    sentence = fold("أدانت الهجوم الذي نفذه انتحاري")
    assert suicide_attack("الهجوم", sentence)
    assert suicide_attack("للهجوم", sentence)
    assert not suicide_attack("هجوم", sentence)
    assert not suicide_attack("الاشتباكات", sentence)
    assert not suicide_attack("الهجوم", fold("أدانت الهجوم على الحاجز"))


def test_defusing_a_bomb_with_the_experts_between_verb_and_object() -> None:
    # snn-20150722-01293: «أبطل خبراء متفجرات أتراك مفعول عبوة»
    from marsad.events.component import extract_events

    a = analyze("أبطل خبراء متفجرات أتراك مفعول عبوة ناسفة كانت موضوعة قرب مركز للشرطة في إسطنبول.")
    cands = extract_events(a, use_filter=False, min_confidence=0.0)
    assert any(e.sub_event_type == "Disrupted weapons use" and e.trigger.text == "أبطل" for e in cands)


def test_a_release_on_bail_is_a_release() -> None:
    # snn-20150806-01724: «إخلاء سبيل 11 متهما» (weak: the filter decides)
    from marsad.events.component import extract_events

    a = analyze("قررت محكمة الجنايات الكويتية إخلاء سبيل 11 متهما بلا ضمان مع منعهم من السفر.")
    cands = extract_events(a, use_filter=False, min_confidence=0.0)
    assert any(e.sub_event_type == "Other" and e.trigger.text == "إخلاء سبيل" for e in cands)


def test_victims_named_before_the_attack_they_died_in() -> None:
    from marsad.events.classify import victims_before

    words = fold("أصيب 25 مدنيا بجروح في هجوم").split()
    assert victims_before(words, 0, 5) == fold("أصيب 25 مدنيا بجروح")
    assert victims_before(words, 0, 4) == ""  # the trigger does not follow «في»
    # snn-20150723-01102, shortened: the civilians wounded «in an attack» make it an attack on civilians
    from marsad.events.component import extract_events

    a = analyze("وبعدها بأيام أصيب 25 مدنيا بجروح في هجوم في شمال أفغانستان.")
    cands = extract_events(a, use_filter=False, min_confidence=0.0)
    assert [e.sub_event_type for e in cands] == ["Attack"], cands
    a = analyze("قتل خمسة جنود في هجوم على حاجز للجيش في شمال أفغانستان.")
    cands = extract_events(a, use_filter=False, min_confidence=0.0)
    assert [e.sub_event_type for e in cands] == ["Armed clash"], cands


def test_violent_demonstrations_are_riots() -> None:
    # snn-20150811-00197 (Ferguson): «تظاهرات عنيفة» is a riot, not a peaceful protest
    got = _types("اندلعت تظاهرات عنيفة في مدينة فيرغسون الأمريكية ليلة الأحد.")
    assert got == [("Violent demonstration", "تظاهرات عنيفة")], got
    got = _types("تظاهر المئات في بغداد احتجاجا على أعمال العنف.")
    assert got and got[0][0] == "Peaceful protest", got
