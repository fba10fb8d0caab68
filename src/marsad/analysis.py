"""`marsad.analyze`: the one code path from text to an annotated `Article` (the CLI uses it too)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import Any

from marsad.doc import Article
from marsad.pipeline import Pipeline, default_pipeline

__all__ = ["analyze", "analyze_many", "parse_date"]


def parse_date(value: str | dt.date | dt.datetime | None) -> dt.date | None:
    """A publication date from ``YYYY-MM-DD`` (a longer ISO timestamp is cut to its date)."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    s = str(value).strip()
    try:
        return dt.date.fromisoformat(s[:10])
    except ValueError:
        raise ValueError(f"not a date (want YYYY-MM-DD): {value!r}") from None


def analyze(
    text: str,
    *,
    published: str | dt.date | None = None,
    title: str | None = None,
    id: str | None = None,
    source: str | None = None,
    url: str | None = None,
    meta: dict[str, Any] | None = None,
    pipeline: Pipeline | None = None,
) -> Article:
    """Analyze one article and return it with all layers filled."""
    article = Article(
        text,
        id=id,
        title=title,
        published=parse_date(published),
        source=source,
        url=url,
        meta=meta,
    )
    return (pipeline or default_pipeline())(article)


def analyze_many(articles: Iterable[Article], *, pipeline: Pipeline | None = None) -> Iterator[Article]:
    """Analyze prepared `Article` objects in order (one pipeline, loaded once)."""
    pipe = pipeline or default_pipeline()
    for a in articles:
        yield pipe(a)
