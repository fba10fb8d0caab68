"""Parties named by description («قوات الأمن», «مسلحون مجهولون») become entities the events can name."""

from __future__ import annotations

import datetime as dt

import msgspec
import pytest

import marsad.events.component as component
from marsad.doc import Article, Entity, Evidence, Mention, Span
from marsad.events.fixtures import build_article
from marsad.events.generic import GENERIC, add_generic_entities, generic_name, label
from marsad.store.writer import _entity_key
from marsad.text.normalize import fold


def _generic(text: str, place: str) -> list[tuple[str, str, object]]:
    """(role, sub-event type, entity) of every generic party of the rules' events of ``text``."""
    art = build_article(text, published=dt.date(2015, 8, 1), entities=[("LOC", place, "city")])
    out = []
    for e in component.extract_events(art, use_filter=False):
        for role in ("actor", "target"):
            ent = art.entity(getattr(e, role))
            if ent is not None and ent.subtype == GENERIC:
                assert [(m.start, m.end) for m in ent.mentions][0] == (
                    e.evidence[role].span.start,
                    e.evidence[role].span.end,
                )
                assert all(art.text[m.start : m.end] == m.text for m in ent.mentions)
                out.append((role, e.sub_event_type, ent))
    return out


def test_an_unlinked_actor_gets_an_entity_with_an_english_label_and_actor_type():
    # the label of the head noun; a container («قوات», «عناصر») gives way to the head after it
    (role, sub, ent), *_ = _generic("وقامت قوات الأمن باعتقال عشرة أشخاص في العريش.", "العريش")
    assert (role, sub) == ("actor", "Arrests")
    assert ent.name == "قوات الأمن" and ent.name_en == "Security forces" and ent.type == "ORG"
    assert ent.kb_id is None and ent.attrs["inter"] == 1 and ent.attrs["rule"] == "generic-actor"
    (_, _, police), *_ = _generic("وسيطرت عناصر الشرطة على مبنى المحافظة في الرمادي.", "الرمادي")
    assert police.name_en == "Police forces"
    (_, _, gunmen), *_ = _generic("وشن مسلحون مجهولون هجوما على حاجز للجيش في العريش.", "العريش")
    assert gunmen.name_en == "Unidentified armed group"  # a two-word head
    (_, sub, protesters), *_ = _generic(
        "وتظاهر المحتجون أمام مبنى المحافظة في البصرة للمطالبة بتوفير الكهرباء.", "البصرة"
    )
    assert sub == "Peaceful protest" and protesters.name_en == "Protesters" and protesters.attrs["inter"] == 6


def test_a_nationality_adjective_puts_the_country_in_the_english_label():
    found = _generic("وقصفت القوات العراقية مواقع للمسلحين في الرمادي.", "الرمادي")
    by_role = {role: ent for role, _, ent in found}
    assert by_role["actor"].name_en == "Forces (Iraq)"
    assert by_role["target"].name_en == "Gunmen" and by_role["target"].name == "المسلحين"


def test_the_article_after_the_preposition_lam_is_restored_in_the_name():
    # «للمقاومة الشعبية»: the preposition «ل» is not part of the mention, the article's «ال» lost its alef
    text = "وقدم التحالف الدعم للمقاومة الشعبية في عدن."
    art = Article(text)
    start = text.index("للمقاومة") + 1
    span = Span(start, start + len("لمقاومة الشعبية"), "لمقاومة الشعبية")
    assert text[span.start : span.end] == span.text
    assert generic_name(art, span) == "المقاومة الشعبية"
    plain = Span(text.index("التحالف"), text.index("التحالف") + len("التحالف"), "التحالف")
    assert generic_name(art, plain) == "التحالف"


def test_the_same_phrase_in_two_events_is_one_entity_and_linked_or_adjective_parties_are_left_alone():
    art = build_article(
        "وقامت قوات الأمن باعتقال عشرة أشخاص في العريش. ثم أطلقت قوات الأمن سراح ثلاثة منهم.",
        published=dt.date(2015, 8, 1),
        entities=[("LOC", "العريش", "city")],
    )
    event = next(e for e in component.extract_events(art, use_filter=False) if e.sub_event_type == "Arrests")
    first = art.entity(event.actor)
    second_start = art.text.index("قوات الأمن", first.mentions[0].end)
    span = Span(second_start, second_start + len("قوات الأمن"), "قوات الأمن")
    again = msgspec.structs.replace(
        event, actor=None, evidence=dict(event.evidence, actor=Evidence("subject-after-verb", 0.8, span))
    )
    adjective = msgspec.structs.replace(
        event,
        actor=None,
        evidence=dict(event.evidence, actor=Evidence("nationality-adjective:unlinked", 0.6, span)),
    )
    n = len(art.entities)
    add_generic_entities(art, [event, again, adjective])
    assert len(art.entities) == n  # «قوات الأمن» again: a second mention of the same entity
    assert again.actor == first.id and [m.start for m in first.mentions] == [
        first.mentions[0].start,
        second_start,
    ]
    assert adjective.actor is None  # a state named by its adjective is not made a party of its own


def test_english_labels_of_offices_heads_and_states():
    def en(name: str) -> tuple[str, str]:
        return label(fold(name).split(), name)

    # an office no actor of the lexicon resolved: the office's English name and the country
    assert en("وزير الخارجية الروسي") == ("PER", "Minister of Foreign Affairs (Russia)")
    assert en("الرئيس الفرنسي") == ("PER", "President (France)")
    # a one-word office names only a title followed by a nationality, and an unknown title is transliterated
    typ, name_en = en("رئيس حزب سياسي")
    assert typ == "PER" and not name_en.startswith("President")
    assert en("الفصائل") == ("ORG", "Armed factions")  # «ف» is the word's, not a conjunction
    assert en("العناصر الإرهابية") == ("ORG", "Militants")
    assert en("الأميركية") == ("ORG", "United States")  # the adjective standing for the state
    assert en("مسلح") == ("PER", "Gunman")
    # an office whose phrase goes on after the country («المندوب {m} لدى الأمم المتحدة») names no bare title
    assert "representative" not in en("السفير الإيراني")[1]
    assert en("54 عنصرًا") == ("ORG", "Members")  # a count and a people noun, tanween folded away


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        # generic actors of the demo (marsad demo, session 19) that were transliterated before
        ("الجماعات المُتّشدّدة", ("ORG", "Militant groups")),
        ("الجماعات المسلحة القريبة", ("ORG", "Armed groups")),
        ("الكتيبة المُسلّحة", ("ORG", "Armed group")),
        ("منفذ العملية", ("PER", "Perpetrator")),
        ("متشددين", ("ORG", "Militants")),
        ("قيادي تونسي", ("PER", "Leader (Tunisia)")),
        ("أقباطا", ("ORG", "Copts")),
        ("وحدات الحرس الوطني", ("ORG", "National Guard")),  # the container gives way
        # a one-person office and a nationality: the office's English name
        ("السفير الصيني", ("PER", "Ambassador (China)")),
        # a count of a nisba: people of that country (accusative, plural)
        ("13 مصريا", ("ORG", "People (Egypt)")),
        ("أربعة فلسطينيين", ("ORG", "People (Palestine)")),
    ],
)
def test_english_labels_of_groups_units_perpetrators_and_counted_nationals(name, expected):
    assert label(fold(name).split(), name) == expected


def test_a_head_nouns_label_carries_the_country_of_the_events_place():
    # as ACLED names generic actors: "Security forces (Egypt)"; an adjective's country wins over the place's
    art = build_article(
        "وقامت قوات الأمن باعتقال عشرة أشخاص في العريش.",
        published=dt.date(2015, 8, 1),
        entities=[("LOC", "العريش", "city", None, "EG")],
    )
    event = next(e for e in component.extract_events(art, use_filter=False) if e.sub_event_type == "Arrests")
    assert art.entity(event.actor).name_en == "Security forces (Egypt)"
    assert label(fold("القوات العراقية").split(), "القوات العراقية", "Syria")[1] == "Forces (Iraq)"
    # an office travels: a minister is not of the country he visits
    assert label(fold("وزير الخارجية").split(), "وزير الخارجية", "Yemen")[1] == "Minister of Foreign Affairs"


def test_the_store_keeps_generic_actors_of_different_countries_apart():
    def gen(name_en: str) -> Entity:
        return Entity(
            "E1", "ORG", "قوات الأمن", [Mention(0, 10, "قوات الأمن")], subtype=GENERIC, name_en=name_en
        )

    assert _entity_key(gen("Security forces (Egypt)")) != _entity_key(gen("Security forces (Iraq)"))
    assert _entity_key(gen("Security forces (Egypt)")) == _entity_key(gen("Security forces (Egypt)"))


def test_people_counted_after_the_trigger_are_the_target_of_an_arrest_or_an_attack():
    # «اعتقلت قوات الأمن 38 مواطنا»: a count and a people noun after the trigger (past the actor and «على»)
    found = _generic("واعتقلت قوات الأمن 38 مواطنا في البصرة أمس.", "البصرة")
    by_role = {role: ent for role, _, ent in found}
    assert by_role["target"].name == "38 مواطنا" and by_role["target"].name_en == "Citizens"
    assert by_role["target"].type == "ORG"  # a count is a group
    found = _generic("وألقت الشرطة القبض على 17 شخصا في أنقرة.", "أنقرة")
    assert [(sub, e.name, e.name_en) for role, sub, e in found if role == "target"] == [
        ("Arrests", "17 شخصا", "People")
    ]
    found = _generic("وقال المرصد إن قوات النظام اعتقلت العشرات من الصحفيين في حلب.", "حلب")
    assert [ent.name_en for role, _, ent in found if role == "target"] == ["Journalists"]
    # an attack's victims named after its death count
    art = build_article(
        "وأسفر الهجوم الإرهابي عن مقتل 38 سائحا في سوسة.",
        published=dt.date(2015, 6, 27),
        entities=[("LOC", "سوسة", "city", None, "TN")],
    )
    attack = next(e for e in component.extract_events(art, use_filter=False) if e.sub_event_type == "Attack")
    assert attack.evidence["target"].rule == "counted-people:unlinked"
    assert art.entity(attack.target).name_en == "Tourists (Tunisia)"


def test_a_clashs_dead_are_not_its_target():
    # both sides die in a clash: «مقتل 60 شخصا» names no target
    art = build_article(
        "وأسفرت الاشتباكات بين قبيلتي التبو والطوارق في أوباري عن مقتل 60 شخصا.",
        published=dt.date(2015, 7, 23),
        entities=[("LOC", "أوباري", "city", None, "LY")],
    )
    clash = next(e for e in component.extract_events(art, use_filter=False) if e.event_type == "Battles")
    assert not clash.evidence.get("target") or clash.evidence["target"].rule != "counted-people:unlinked"
