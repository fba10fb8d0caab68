"""Pipelines checked from the components' declarations, and built only when first used."""

from __future__ import annotations

import pytest

from marsad.doc import Article
from marsad.pipeline import DEFAULT_COMPONENTS, LazyPipeline, PipelineError, check_components


def test_check_accepts_the_default_and_rejects_bad_orders_and_names() -> None:
    check_components(DEFAULT_COMPONENTS)
    with pytest.raises(PipelineError, match="unknown component"):
        check_components(["text", "no_such_stage"])
    with pytest.raises(PipelineError, match="requires"):
        check_components(["text", "events"])  # events need entities, places, times… first


def test_lazy_pipeline_checks_at_once_and_builds_on_first_article() -> None:
    with pytest.raises(PipelineError):
        LazyPipeline(["text", "no_such_stage"])
    lazy = LazyPipeline(["text", "time"])
    assert lazy._pipeline is None
    a = lazy(Article("وصل الوفد أمس إلى دمشق", published=None))
    assert lazy._pipeline is not None and a.tokens and set(a.provenance) == {"text", "time"}
