"""The side that suffered: «سقوط قتلى وجرحى من الحوثيين في اشتباكات مع المقاومة الشعبية» — a clash or a
strike whose text gives no target of its own is fought against those it names among the dead and
wounded (``data/events/words.json`` casualty_nouns, then «من» and a name within a few words)."""

from __future__ import annotations

from marsad.doc import Article, Span, Token
from marsad.events.frames import MentionRef
from marsad.events.roles import Arg, mention_span
from marsad.events.words import words

__all__ = ["casualty_side", "victims"]

CASUALTY_NOUNS = words("casualty_nouns")
REACH = 5  # «قتلى وجرحى من», «عدد من القتلى في صفوف»: the name follows within a few words


def casualty_side(
    article: Article, refs: list[MentionRef], words_: list[str], tokens: list[Token], taken: dict[str, Arg]
) -> Arg | None:
    """The first name after a casualty noun and «من» in the sentence, unless it already has a role."""
    for k, w in enumerate(words_):
        if w not in CASUALTY_NOUNS and not (w[:1] == "و" and w[1:] in CASUALTY_NOUNS):
            continue
        for r in refs:
            if (
                k < r.lead <= k + REACH
                and r.prep == "من"
                and r.type != "LOC"
                and not any(_same(a, r) for a in taken.values())
            ):
                span = Span(r.start, r.end, article.text[r.start : r.end])
                return Arg(r.entity, span, "casualties-of" + ("" if r.entity else ":unlinked"), 0.55)
    return None


def _same(a: Arg, r: MentionRef) -> bool:
    return (a.entity is not None and a.entity == r.entity) or a.span.start == r.start


def victims(
    article: Article, refs: list[MentionRef], tokens: list[Token], count_end: int, taken: dict[str, Arg]
) -> Arg | None:
    """«مقتل 25 حوثياً», «قتل 15 من المسلحين الحوثيين»: the people a death count is about (rule
    ``victims-of-count``), when the trigger found no target of its own."""
    ends = [t.end for t in tokens]
    after = next((k for k, e in enumerate(ends) if e > count_end), None)
    if after is None:
        return None
    for r in refs:
        if (
            after <= r.lead <= after + 3
            and r.type != "LOC"
            and not any(a.span.start == r.start for a in taken.values())
        ):
            return Arg(
                r.entity,
                mention_span(article, r),
                "victims-of-count" + ("" if r.entity else ":unlinked"),
                0.6,
            )
    return None
