"""Rules added in session 34, read from the blind rounds 101–116 once scored and from the annotated sets.

Each test is a real corpus sentence (SaudiNewsNet, CC BY-NC-SA 4.0, research use, article id given), run
through the rules alone (no learned models): every event the rules make after merging, whatever its score.
"""

from __future__ import annotations

import datetime as dt

from test_events_session33 import candidates as _candidates


def candidates(text: str, published: dt.date) -> list:
    """Every event the rules make of ``text`` after merging, whatever their score (no learned part)."""
    return _candidates(text, published)[1]


def of_type(events: list, sub_event_type: str) -> list:
    return [e for e in events if e.sub_event_type == sub_event_type]


def shown(events: list) -> list[tuple[str, str]]:
    return [(e.sub_event_type, e.trigger.text) for e in events]


# --- arrests aimed at, called for, ordered or within reach are not made ---------------------------


def test_an_arrest_aimed_at_is_not_made() -> None:
    # snn-20150811-01256: «حملة واسعة من أجل القبض على المهاجمين» — a manhunt, nobody caught yet
    events = candidates(
        "واتهم البيان عناصر حزب العمال الكردستاني بتنفيذ الهجوم. وبدأت قوات الأمن حملة واسعة من أجل القبض "
        "على المهاجمين.",
        published=dt.date(2015, 8, 11),
    )
    assert not of_type(events, "Arrests"), shown(events)


def test_an_arrest_called_for_or_ordered_is_not_made() -> None:
    # snn-20150726-00906: the governor «وجه بالقبض على المتهمين»; the public called for «ضرورة إلقاء القبض»
    for text in (
        "وبناء على توجيه أمير منطقة مكة المكرمة الأمير خالد الفيصل الذي وجه بالقبض على المتهمين وإحالتهم "
        "إلى التحقيق.",
        "وأعاد المقطع المطالبات بسن قوانين تردع المتحرشين، بالإضافة إلى دعوتهم إلى ضرورة إلقاء القبض على "
        "الشابين المتحرشين بفتاة الطائف.",
    ):
        events = candidates(text, published=dt.date(2015, 7, 26))
        assert not of_type(events, "Arrests"), shown(events)


def test_an_arrest_within_reach_is_not_made() -> None:
    # snn-20150810-01433: the security services «قادرة بإذن الله على القبض على كل من ساهم»
    events = candidates(
        "وأكد أن الجهات الأمنية بتوجيهات من قيادتنا الراشدة قادرة بإذن الله على القبض على كل من ساهم وشارك "
        "في هذا العمل الإجرامي.",
        published=dt.date(2015, 8, 10),
    )
    assert not of_type(events, "Arrests"), shown(events)


def test_exactly_is_no_arrest() -> None:
    # snn-20150721-00402: «وهذا بالضبط ما نفعله بالإنترنت حاليا» — «بالضبط» is «exactly»
    events = candidates(
        "وهذا بالضبط ما نفعله بالإنترنت حاليا، ولسوف يكون التأثير مهيبا.", dt.date(2015, 7, 21)
    )
    assert not of_type(events, "Arrests"), shown(events)


def test_an_arrest_made_is_still_an_arrest() -> None:
    events = candidates(
        "وأعلنت الشرطة أنها تمكنت من القبض على المهاجمين الثلاثة أمس في جدة.", published=dt.date(2015, 8, 11)
    )
    assert of_type(events, "Arrests"), shown(events)


# --- «أي» over a list joined by «أو» -------------------------------------------------------------------


def test_any_gatherings_or_protests_are_no_protest() -> None:
    # snn-20150731-00527: the state of emergency «تمنع أي تجمعات أو مظاهرات أو احتجاجات»
    events = candidates(
        "وتمنح حالة الطوارئ لفترة مؤقتة صلاحيات أكثر للحكومة ونفوذا أكبر للجيش والشرطة، وتمنع أي تجمعات أو "
        "مظاهرات أو احتجاجات.",
        published=dt.date(2015, 7, 31),
    )
    assert not [e for e in events if e.event_type == "Protests"], shown(events)


def test_protests_or_sit_ins_that_happened_stay_protests() -> None:
    events = candidates(
        "وخرجت مظاهرات أو اعتصامات في ساحة التحرير ببغداد أمس احتجاجا على انقطاع الكهرباء.",
        published=dt.date(2015, 8, 2),
    )
    assert [e for e in events if e.event_type == "Protests"], shown(events)


# --- a conference named after its city ----------------------------------------------------------------


def test_a_conference_named_after_its_city_is_a_meeting() -> None:
    # snn-20150724-00270: «بدأت اليوم فعاليات مؤتمر الرياض … الذي يستمر على مدى 3 أيام»
    events = candidates(
        "بدأت اليوم فعاليات مؤتمر الرياض بعنوان «من أجل إنقاذ اليمن وبناء الدولة الاتحادية»، الذي يستمر على "
        "مدى 3 أيام.",
        published=dt.date(2015, 7, 24),
    )
    meetings = of_type(events, "Meeting")
    assert [e.trigger.text for e in meetings] == ["مؤتمر"], shown(events)


def test_a_press_conference_is_no_meeting() -> None:
    events = candidates("وعقد الوزير المؤتمر الصحفي في القاهرة أمس.", published=dt.date(2015, 7, 24))
    assert not of_type(events, "Meeting"), shown(events)
