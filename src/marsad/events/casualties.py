"""The side that suffered: «سقوط قتلى وجرحى من الحوثيين في اشتباكات مع المقاومة الشعبية» — a clash or a
strike whose text gives no target of its own is fought against those it names among the dead and
wounded (``data/events/words.json`` casualty_nouns, then «من» and a name within a few words)."""

from __future__ import annotations

from marsad.doc import Article, Span, Token
from marsad.events.arguments import Arg
from marsad.events.frames import MentionRef
from marsad.events.words import words

__all__ = ["casualty_side"]

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
