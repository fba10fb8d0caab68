"""The ``quotes`` component: contract JSON, warnings, offsets, and bad input that must not crash."""

from __future__ import annotations

import pytest

from marsad.doc import Article
from marsad.pipeline import Pipeline, PipelineError
from marsad.quotes.component import QuoteFinder
from marsad.text.component import TextLayer

# ANT politic-164 (Jawhara FM, Apache-2.0)
TEXT = (
    'قال وزير الوظيفة العمومية والحوكمة السابق، عبيد البريكي "سأعمل على أن لا يكون لاجراء اقالتي انعكاسات '
    'سلبية على تونس". \nوأوضح أنه كان ينوي اتخاذ قرار الاستقالة من عدمه ، بعد اتمام جميع المشاورات، حسب '
    "تأكيده. وقال رئيس الحكومة إن »الوضع يشكل خطرا على استقرار تونس«."
)


def run(text: str) -> Article:
    a = Article(text)
    TextLayer()(a)
    QuoteFinder()(a)
    return a


def test_declares_its_layers_and_is_checked_by_the_pipeline() -> None:
    assert QuoteFinder.name == "quotes"
    assert QuoteFinder.requires == {"tokens", "sentences", "entities"}
    assert QuoteFinder.provides == {"quotes"}
    with pytest.raises(PipelineError):
        Pipeline([TextLayer(), QuoteFinder()])  # no entities stage before it


def test_quotes_in_contract_json_with_exact_offsets() -> None:
    a = run(TEXT)
    out = a.to_json(evidence=True)
    assert [q["kind"] for q in out["quotes"]] == ["direct", "indirect", "mixed"]
    for q in out["quotes"]:
        assert TEXT[q["start"] : q["end"]] == q["text"]
        assert TEXT[q["cue"]["start"] : q["cue"]["end"]] == q["cue"]["text"]
        assert set(q) >= {"start", "end", "text", "kind", "speaker", "cue", "confidence", "rule"}
        assert 0 < q["confidence"] <= 1
    assert out["quotes"][1]["text"] == "أنه كان ينوي اتخاذ قرار الاستقالة من عدمه ، بعد اتمام جميع المشاورات"
    assert [w["code"] for w in out["warnings"]] == ["W202"]


def test_diacritics_and_tatweel_keep_offsets() -> None:
    text = "وقـــال المتحدثُ باسم الوزارة إنّ الوفدَ سيصلُ غداً إلى جنيف."
    (q,) = run(text).quotes
    assert q.text == "الوفدَ سيصلُ غداً إلى جنيف"
    assert text[q.cue.start : q.cue.end] == "وقـــال"


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   \n\n ",
        "The minister said that talks would resume on Monday.",
        "<p>قال الوزير إن <b>المفاوضات</b> ستستأنف.</p>",
        "«" * 50 + "قال إن" + "»" * 7,
        '"' * 101,
        "قال إن",
        "وأضاف:",
        ("قال الوزير إن المفاوضات ستستأنف يوم الاثنين. " * 2000),
    ],
)
def test_bad_input_never_crashes(text: str) -> None:
    a = run(text)
    for q in a.quotes:
        assert text[q.start : q.end] == q.text
        assert q.start < q.end


def test_each_article_gets_fresh_results() -> None:
    finder = QuoteFinder()
    first, second = Article(TEXT), Article("قال الوزير إن المفاوضات ستستأنف.")
    for a in (first, second):
        TextLayer()(a)
        finder(a)
    assert len(first.quotes) == 3 and len(second.quotes) == 1
