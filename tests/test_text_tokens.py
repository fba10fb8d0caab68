import pytest

from marsad.text.tokens import tokenize


def kinds(text):
    return [(t.text, t.kind) for t in tokenize(text)]


def test_text_tokens_keep_diacritics_and_offsets():
    text = "وقالَ المتحدثُ: «إنّ ٣٫٥ مليون»"
    toks = tokenize(text)
    for t in toks:
        assert text[t.start : t.end] == t.text
    assert [t.text for t in toks] == ["وقالَ", "المتحدثُ", ":", "«", "إنّ", "٣٫٥", "مليون", "»"]
    assert toks[5].norm == "3.5" and toks[5].kind == "number"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("قتل 12 شخصا", [("قتل", "word"), ("12", "number"), ("شخصا", "word")]),
        ("1,500 و3.5", [("1,500", "number"), ("و", "word"), ("3.5", "number")]),
        (
            "طائرات F-16",
            [("طائرات", "word"), ("F", "latin"), ("-", "punct"), ("16", "punct" if False else "number")],
        ),
        ("نص\u200f!", [("نص", "word"), ("!", "punct")]),
        ("الســـلام", [("الســـلام", "word")]),
    ],
)
def test_text_tokens_kinds(text, expected):
    assert kinds(text) == expected


def test_text_tokens_skip_invisible_controls():
    text = "\u202bنص\u202c \u200eآخر\ufeff"
    assert [t.text for t in tokenize(text)] == ["نص", "آخر"]


def test_text_tokens_range():
    text = "أ ب ج د"
    assert [t.text for t in tokenize(text, 2, 5)] == ["ب", "ج"]
