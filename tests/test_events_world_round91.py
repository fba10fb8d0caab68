"""Rules added after blind rounds 91–92 (SaudiNewsNet world and security news, session 24).

Each test is a real corpus sentence (SaudiNewsNet, CC BY-NC-SA 4.0, research use, article id given), run
through the whole pipeline with the rules alone.
"""

from __future__ import annotations

import pytest

from marsad.analysis import analyze

pytestmark = pytest.mark.usefixtures("rules_only")  # the rules, without the learned models


def _types(text: str) -> list[tuple[str, str]]:
    return [(e.sub_event_type, e.trigger.text) for e in analyze(text).events]


def test_a_lone_gunmans_shooting_is_an_attack_on_civilians() -> None:
    # snn-20150724-02056: a gunman in a cinema, not a battle between two armed sides
    got = _types(
        "قالت الشرطة الأمريكية إن مسلحاً فتح النار داخل صالة سينما مكتظة بالجمهور في لافايت بولاية لويزيانا "
        "مساء الخميس فقتل شخصين وأصاب سبعة آخرين قبل أن ينتحر."
    )
    assert ("Attack", "فتح النار") in got, got


def test_a_shooting_at_a_wedding_is_an_attack_on_its_guests() -> None:
    # snn-20150727-01023
    got = _types(
        "قال قائد الشرطة في إقليم بغلان بشمال أفغانستان اليوم الاثنين إن مسلحين تبادلوا اطلاق نار في حفل زفاف "
        "مما أسفر عن مقتل 21 من الضيوف وإصابة ثمانية."
    )
    assert got and got[0][0] == "Attack", got


def test_an_armed_ambush_stays_a_battle() -> None:
    # snn-20150724-01739: «كمينا مسلحا» — the adjective of the ambush is no lone gunman
    got = _types(
        "وقالت المصادر إن المقاومة الشعبية نصبت كمينا مسلحا استهدف دورية عسكرية تابعة للحوثيين في جبل الثعالب "
        "بقيفة رداع مما أسفر عن مقتل 8 حوثيين."
    )
    assert got and got[0][0] == "Armed clash", got


def test_the_us_national_guard_is_not_tunisias() -> None:
    # snn-20150721-00102: «الحرس الوطني» counts as Tunisia's only with Tunisia named; «ولاية» (a US state) is no
    # such context
    a = analyze(
        "أمر حكام ولايات فلوريدا ولويزيانا وأركنسو وأوكلاهوما وتكساس وانديانا، يوم أمس (السبت)، بتسليح أفراد "
        "الحرس الوطني في المكاتب والمنشآت الاخرى، وذلك في أعقاب هجمات أدت الى مقتل خمسة من أفراد الجيش "
        "الاميركي بولاية تنيسي."
    )
    assert all(e.attrs.get("actor_id") != "grp.national_guard_tn" for e in a.entities)


def test_a_burundian_army_is_burundis() -> None:
    # snn-20150721-00568: the adjective of a name that is its own nisba («بوروندي»)
    a = analyze("الجيش البوروندي يقتل 31 مسلحا ويعتقل 171 خلال اشتباكات شمال البلاد")
    assert any(e.attrs.get("actor_id") == "bi.military" for e in a.entities)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # snn-20150724-00703
        (
            "قال وزارة الداخلية التونسية إن قوات الأمن قتلت اليوم الجمعة مسلحا إسلاميا واعتقلت 16 آخرين وضبطت أسلحة "
            "في محافظة بنزرت الواقعة في شمال البلاد.",
            "وضبطت أسلحة",
        ),
        # snn-20150801-00736
        (
            "وتابع أن القوات عثرت على بندقيتين آليتين وقنبلة يدوية وحزام ناسف وذخائر وجهاز اتصال في المنزل.",
            "عثرت على بندقيتين",
        ),
        # constructed (the defusal of snn-20150810-01564 without the explosion's clause)
        ("وتمكن خبراء المفرقعات من إبطال مفعول عبوة ناسفة زرعت على جانب الطريق في العريش.", "إبطال مفعول"),
    ],
)
def test_seized_found_or_defused_weapons_are_disrupted_weapons_use(text: str, trigger: str) -> None:
    assert ("Disrupted weapons use", trigger) in _types(text), _types(text)


def test_self_restraint_is_no_seizure() -> None:
    # constructed: «ضبط النفس» has no weapon after it
    assert not [
        t
        for t in _types("ودعا الوزير جميع الأطراف إلى ضبط النفس ووقف التصعيد.")
        if t[0] == "Disrupted weapons use"
    ]


def test_arrests_carry_no_death_toll() -> None:
    # snn-20150721-00568 (as the body words it): the 31 dead are the clash's, not the 171 arrests'
    a = analyze(
        "ذكر المتحدث باسم الجيش في بوروندي أمس أن الجيش قتل 31 مسلحا واعتقل 171 اخرين خلال اشتباكات شمال البلاد."
    )
    arrests = [e for e in a.events if e.sub_event_type == "Arrests"]
    assert arrests and all(e.fatalities is None for e in arrests)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # snn-20150725-00644
        (
            "ويزداد تجنيد بوكو حرام لليافعين كمفجرين انتحاريين منذ أن أعلنت مبايعتها لتنظيم داعش.",
            "مبايعتها لتنظيم",
        ),
        # snn-20150806-00411
        ("وأشار المتحدث إلى أنّها «أول عملية انتحارية منذ تعيين الملا منصور على رأس طالبان».", "تعيين"),
        # constructed after snn-20150727-00147
        ("أعلن الرئيس الكولومبي تعليق الغارات الجوية على معسكرات المتمردين.", "تعليق الغارات"),
    ],
)
def test_pledges_new_leaders_and_suspended_strikes_change_a_group(text: str, trigger: str) -> None:
    assert ("Change to group/activity", trigger) in _types(text), _types(text)


def test_the_name_after_a_plural_verb_is_its_object() -> None:
    # constructed after snn-20150810-01525: «هاجموا» agrees in the plural, so its subject stands before it
    # (Arabic puts a verb before its subject in the singular); the security forces are the attacked
    a = analyze("وذكرت الشرطة أن المتظاهرين هاجموا قوات الأمن بالحجارة.")
    ev = next(e for e in a.events if e.trigger.text == "هاجموا")
    assert ev.evidence["actor"].span.text == "المتظاهرين"


def test_a_strong_blast_has_no_actor_called_strong() -> None:
    # snn-20150726-00073: «قوي» (strong) describes the blast; it is no genitive agent
    a = analyze("قتل ستة اشخاص على الاقل في انفجار قوي استهدف فندقا في العاصمة الصومالية مقديشو اليوم.")
    ev = next(e for e in a.events if e.trigger.text == "انفجار")
    assert "actor" not in ev.evidence or ev.evidence["actor"].span.text != "قوي"
