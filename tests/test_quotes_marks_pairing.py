"""Quotation-mark pairing: balanced, nested, reversed and unbalanced marks (never an exception).

Sentences are from the ANT corpus (Jawhara FM, Apache-2.0) and SaudiNewsNet (CC BY-NC-SA 4.0, short
excerpts), some with their marks damaged the way scraped pages damage them.
"""

from __future__ import annotations

import pytest

from marsad.quotes.marks import W_REVERSED, W_UNCLOSED, W_UNOPENED, pair_marks


def inner(text: str) -> list[str]:
    return [text[p.open + 1 : p.close] for p in pair_marks(text).pairs]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'قال وزير الوظيفة العمومية والحوكمة السابق، عبيد البريكي "سأعمل على أن لا يكون لاجراء اقالتي '
            'انعكاسات سلبية على تونس".',
            ["سأعمل على أن لا يكون لاجراء اقالتي انعكاسات سلبية على تونس"],
        ),
        (
            "قال رئيس الحكومة الحبيب الصيد في تصريحات لصحيفة «فرانكفورتر الجماينه تسايتونغ» الألمانية، "
            "إن «الوضع في ليبيا يشكل خطرا على استقرار تونس»",
            ["فرانكفورتر الجماينه تسايتونغ", "الوضع في ليبيا يشكل خطرا على استقرار تونس"],
        ),
        (
            'قال "الحريري": "كان فكري منشغلاً؛ ولكن ما سمعته منذ يومين عاد وأكد لي أن "عاصفة الحزم" '
            '-يا عزيزي- ما زالت شوكة!".',
            [
                "الحريري",
                'كان فكري منشغلاً؛ ولكن ما سمعته منذ يومين عاد وأكد لي أن "عاصفة الحزم" -يا عزيزي- ما زالت شوكة!',
                "عاصفة الحزم",
            ],
        ),
        ('ووصف البريكي القرار ب"الغريب". وأكد لـ"سبق" ذلك.', ["الغريب", "سبق"]),
    ],
)
def test_pairs_balanced_and_nested(text: str, expected: list[str]) -> None:
    marks = pair_marks(text)
    assert inner(text) == expected
    assert not marks.issues


def test_reversed_guillemets_pair_with_a_warning() -> None:
    text = "وقال رئيس الحكومة إن »الوضع في ليبيا يشكل خطرا على استقرار تونس« حسب تعبيره."
    marks = pair_marks(text)
    assert inner(text) == ["الوضع في ليبيا يشكل خطرا على استقرار تونس"]
    assert [i.code for i in marks.issues] == [W_REVERSED]


def test_unclosed_opener_is_reported() -> None:
    text = 'وقال "الجهاز المركزي للإحصاء الفلسطيني في بيان صحافي، إن هناك ما يقارب 6500 أسيراً.'
    marks = pair_marks(text)
    assert marks.pairs == ()
    assert marks.unclosed == (text.index('"'),)
    assert [i.code for i in marks.issues] == [W_UNCLOSED]


def test_closer_without_opener_is_reported() -> None:
    text = "وقال مدير عام مكتب الصحة “الخضر لصور” سقط ألف قتيل وجرح 9 آلاف آخرين، وجميعهم من المدنيين”."
    marks = pair_marks(text)
    assert inner(text) == ["الخضر لصور"]
    assert marks.unopened == (text.rindex("”"),)
    assert [i.code for i in marks.issues] == [W_UNOPENED]


@pytest.mark.parametrize("text", ["", '"', "«««", "»»", '" " "', "abc\"def'", "«" + "ا" * 10_000])
def test_odd_input_never_raises(text: str) -> None:
    marks = pair_marks(text)
    for p in marks.pairs:
        assert 0 <= p.open < p.close < len(text)
