"""Mentions of one article grouped into entities: partial names, acronyms, ال and spelling variants."""

from __future__ import annotations

import pytest

from marsad.entities.merge import RawMention, bare, group_mentions, initials, mention_key


def _mentions(text: str, found: list[tuple[str, str]]) -> list[RawMention]:
    out, pos = [], 0
    for surface, typ in found:
        start = text.index(surface, pos)
        out.append(RawMention(start, start + len(surface), surface, typ))
        pos = start + len(surface)
    return out


def test_full_and_partial_person_names_merge():
    text = (
        "التقى المبعوث الأممي ستيفان دي ميستورا وزير الخارجية الروسي سيرغي لافروف في موسكو. "
        "وقال دي ميستورا إن المحادثات كانت مثمرة، فيما أكد لافروف دعم بلاده."
    )
    ms = _mentions(
        text,
        [
            ("ستيفان دي ميستورا", "PER"),
            ("سيرغي لافروف", "PER"),
            ("موسكو", "LOC"),
            ("دي ميستورا", "PER"),
            ("لافروف", "PER"),
        ],
    )
    groups = group_mentions(ms)
    assert [g.name for g in groups] == ["ستيفان دي ميستورا", "سيرغي لافروف", "موسكو"]
    assert [len(g.mentions) for g in groups] == [2, 2, 1]
    for g in groups:
        for m in g.mentions:
            assert text[m.start : m.end] == m.text


def test_acronym_joins_its_full_form():
    text = "سيطرت قوات سوريا الديمقراطية على القرية، وقالت قسد في بيان إنها ستواصل الهجوم."
    groups = group_mentions(_mentions(text, [("قوات سوريا الديمقراطية", "ORG"), ("قسد", "ORG")]))
    assert len(groups) == 1
    assert groups[0].name == "قوات سوريا الديمقراطية"
    assert initials(mention_key("الدولة الإسلامية في العراق والشام")) == "داعش"


def test_article_and_spelling_variants_merge():
    text = "عاد الوفد من سورية إلى دمشق، ثم أعلنت سوريا موقفها وأكدت دمشق ذلك."
    groups = group_mentions(
        _mentions(text, [("سورية", "LOC"), ("دمشق", "LOC"), ("سوريا", "LOC"), ("دمشق", "LOC")])
    )
    assert [(g.name, len(g.mentions)) for g in groups] == [("سورية", 2), ("دمشق", 2)]
    assert bare(mention_key("الحوثيين")) == bare(mention_key("حوثيين"))


def test_type_is_the_weighted_majority():
    text = "واشنطن قالت إن واشنطن لن تتراجع، وأكدت واشنطن ذلك."
    ms = _mentions(text, [("واشنطن", "LOC"), ("واشنطن", "ORG"), ("واشنطن", "LOC")])
    ms = [RawMention(m.start, m.end, m.text, m.type, c) for m, c in zip(ms, (0.9, 0.4, 0.8), strict=True)]
    (g,) = group_mentions(ms)
    assert g.type == "LOC" and len(g.mentions) == 3


@pytest.mark.parametrize(
    ("full", "partial", "joins"),
    [
        ("محمد بن سلمان", "بن", False),  # a lone particle is not a name
        ("محمد بن سلمان", "بن سلمان", True),
        ("عبد الفتاح السيسي", "السيسي", True),
        ("عبد الفتاح السيسي", "الفتاح السيسي", True),
    ],
)
def test_partial_names(full, partial, joins):
    text = f"استقبل {full} الوفد، وقال {partial} إن الزيارة ناجحة."
    groups = group_mentions(_mentions(text, [(full, "PER"), (partial, "PER")]))
    assert (len(groups) == 1) is joins


def test_nearest_previous_person_wins_when_a_surname_is_shared():
    text = "التقى بشار الأسد بأسماء الأسد ثم التقى حافظ الأسد الوفد، وقال الأسد إن اللقاء مهم."
    ms = _mentions(
        text, [("بشار الأسد", "PER"), ("أسماء الأسد", "PER"), ("حافظ الأسد", "PER"), ("الأسد", "PER")]
    )
    groups = group_mentions(ms)
    owner = next(g for g in groups if any(m.text == "الأسد" for m in g.mentions))
    assert owner.name == "حافظ الأسد"


def test_empty_input():
    assert group_mentions([]) == []
