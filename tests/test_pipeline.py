from typing import ClassVar

import pytest

import marsad
from marsad.doc import Article
from marsad.pipeline import Pipeline, PipelineError, default_pipeline


class NeedsEntities:
    name: ClassVar[str] = "needs"
    version: ClassVar[str] = "0.1"
    requires: ClassVar[frozenset[str]] = frozenset({"entities"})
    provides: ClassVar[frozenset[str]] = frozenset({"quotes"})

    def __call__(self, article: Article) -> None:
        pass


class CountsTokens:
    name: ClassVar[str] = "counter"
    version: ClassVar[str] = "2.3"
    requires: ClassVar[frozenset[str]] = frozenset({"tokens"})
    provides: ClassVar[frozenset[str]] = frozenset({"counts"})

    def __call__(self, article: Article) -> None:
        article.set_layer("counts", len(article.tokens))


def test_pipeline_checks_requirements_before_reading_text():
    with pytest.raises(PipelineError, match="requires \\['entities'\\]"):
        Pipeline(["text", NeedsEntities()])
    with pytest.raises(PipelineError, match="requires \\['tokens'\\]"):
        Pipeline([CountsTokens(), "text"])


def test_pipeline_unknown_component():
    with pytest.raises(PipelineError, match="unknown component"):
        Pipeline(["no-such-stage"])


def test_pipeline_runs_in_order_and_records_versions():
    pipe = Pipeline(["text", CountsTokens()])
    a = marsad.analyze("قال الوزير إن المحادثات ستستأنف.", pipeline=pipe)
    assert a.layer("counts") == 6
    assert a.provenance == {"text": "1.0", "counter": "2.3"}
    assert pipe.versions == a.provenance


def test_pipeline_default_is_shared():
    assert default_pipeline() is default_pipeline()
    assert {"tokens", "sentences"} <= default_pipeline().provides


def test_analyze_public_api():
    a = marsad.analyze(
        "الجملة الأولى. الجملة الثانية.", published="2017-10-22T10:00:00", title="عنوان", id="x"
    )
    assert a.published.isoformat() == "2017-10-22"
    assert len(a.sentences) == 2
    j = a.to_json()
    assert j["id"] == "x" and j["title"] == "عنوان" and j["entities"] == []
