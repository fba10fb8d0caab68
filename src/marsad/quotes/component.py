"""The ``quotes`` pipeline component: find the statements, then attribute them to article entities.

`QuoteFinder.match(article)` is pure (returns `FoundQuote`s and mark issues); `__call__` writes
`Quote` records to ``article.quotes``, the mark warnings to ``article.warnings``, and the speaker
*phrase* of every quote to the extra layer ``quote_speakers`` (a list of `Span | None` parallel to
``article.quotes``): the phrase is kept even when no entity is named («مصدر عسكري»), so nothing the
text says about the source is lost. The rule string records it too (``speaker=123-140``).
"""

from __future__ import annotations

from typing import ClassVar

from marsad.doc import Article, Quote, Span
from marsad.pipeline import register
from marsad.quotes.extract import FoundQuote, find_quotes
from marsad.quotes.marks import MarkIssue
from marsad.quotes.speakers import speaker_entity

__all__ = ["QuoteFinder", "speaker_spans", "SPEAKER_LAYER"]

SPEAKER_LAYER = "quote_speakers"


def speaker_spans(article: Article) -> list[tuple[int, int] | None]:
    """The speaker phrase of each quote of ``article`` (parallel to ``article.quotes``)."""
    spans = article.layer(SPEAKER_LAYER) or []
    out: list[tuple[int, int] | None] = [None if s is None else (s.start, s.end) for s in spans]
    return out + [None] * (len(article.quotes) - len(out))


@register("quotes")
class QuoteFinder:
    """Direct, indirect and mixed quotes with their cue, speaker entity and reporter."""

    name: ClassVar[str] = "quotes"
    version: ClassVar[str] = "1.0"
    requires: ClassVar[frozenset[str]] = frozenset({"tokens", "sentences", "entities"})
    provides: ClassVar[frozenset[str]] = frozenset({"quotes"})

    def match(self, article: Article) -> tuple[list[FoundQuote], list[MarkIssue]]:
        sentences = [(s.start, s.end) for s in article.sentences] or None
        return find_quotes(article.text, sentences, article.view)

    def __call__(self, article: Article) -> None:
        found, issues = self.match(article)
        text = article.text
        for issue in issues:
            article.warn(issue.code, issue.message, issue.pos, issue.pos + 1)
        phrases: list[Span | None] = list(article.layer(SPEAKER_LAYER) or [])
        for f in found:
            speaker, how = speaker_entity(text, f.speaker, article.entities)
            reporter, _ = speaker_entity(text, f.reported_by, article.entities)
            rule = f"{f.rule};speaker.{f.speaker_how}:{how}"
            if f.speaker is not None:
                rule += f";speaker={f.speaker[0]}-{f.speaker[1]}"
            if f.reported_by is not None and reporter is None:
                rule += f";reported_by={f.reported_by[0]}-{f.reported_by[1]}"
            conf = f.confidence if f.speaker is not None else f.confidence * 0.9
            article.quotes.append(
                Quote(
                    start=f.start,
                    end=f.end,
                    text=text[f.start : f.end],
                    kind=f.kind,
                    speaker=speaker,
                    cue=article.span(*f.cue),
                    confidence=round(conf, 3),
                    rule=rule,
                    reported_by=reporter,
                    speaker_span=None if f.speaker is None else article.span(*f.speaker),
                )
            )
            phrases.append(None if f.speaker is None else article.span(*f.speaker))
        article.set_layer(SPEAKER_LAYER, phrases)
