"""The time component: temporal expressions of every article, normalized against its publication date."""

from __future__ import annotations

from typing import ClassVar

from marsad.doc import Article, TimeExpr
from marsad.pipeline import register
from marsad.time.tagger import find_times

__all__ = ["TimeTagger"]


@register("time")
class TimeTagger:
    """Appends `TimeExpr` records (TIMEX3 type and value, rule, confidence) to ``article.times``.

    Relative expressions resolve against ``article.published``; without it they keep an
    underspecified value (``XXXX-10-22``, ``XXXX-WXX-3``, ``XXXX-XX-XX``) and the article gets the
    warning ``W501``.
    """

    name: ClassVar[str] = "time"
    version: ClassVar[str] = "1.0"
    requires: ClassVar[frozenset[str]] = frozenset({"tokens", "sentences"})
    provides: ClassVar[frozenset[str]] = frozenset({"times"})

    def match(self, article: Article) -> list[TimeExpr]:
        return find_times(article.text, article.published, sentences=article.sentences or None)

    def __call__(self, article: Article) -> None:
        found = self.match(article)
        if article.published is None and any("X" in t.value for t in found):
            article.warn("W501", "no publication date: relative time expressions are left underspecified")
        article.times.extend(found)
