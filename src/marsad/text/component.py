"""The text component: tokens and sentences for every article."""

from __future__ import annotations

from bisect import bisect_left
from typing import ClassVar

from marsad.doc import Article, Sentence
from marsad.pipeline import register
from marsad.text.sentences import sentence_bounds
from marsad.text.tokens import tokenize

__all__ = ["TextLayer"]


@register("text")
class TextLayer:
    """Splits the article into sentences and tokens (offsets into the original text)."""

    name: ClassVar[str] = "text"
    version: ClassVar[str] = "1.0"
    requires: ClassVar[frozenset[str]] = frozenset()
    provides: ClassVar[frozenset[str]] = frozenset({"tokens", "sentences"})

    def __call__(self, article: Article) -> None:
        text = article.text
        tokens = tokenize(text)
        starts = [t.start for t in tokens]
        sentences = []
        for s, e, para in sentence_bounds(text):
            first = bisect_left(starts, s)
            last = bisect_left(starts, e, first)
            sentences.append(Sentence(s, e, text[s:e], first, last, para))
        article.tokens = tokens
        article.sentences = sentences
