"""The side that suffered: «سقوط قتلى وجرحى من الحوثيين في اشتباكات مع المقاومة الشعبية» — a clash or a
strike whose text gives no target of its own is fought against those it names among the dead and
wounded (``data/events/words.json`` casualty_nouns, then «من» and a name within a few words); and the
people a count after the trigger names: «اعتقلت قوات الأمن 38 مواطنا», «أعدم التنظيم 44 شابا»
(`counted_people`, ``data/events/counts.json``)."""

from __future__ import annotations

from marsad.doc import Article, Span, Token
from marsad.events.frames import MentionRef
from marsad.events.phrases import COUNT_WORDS
from marsad.events.roles import Arg, mention_span
from marsad.events.words import words

__all__ = ["casualty_side", "counted_people", "victims"]

CASUALTY_NOUNS = words("casualty_nouns")
REACH = 5  # «قتلى وجرحى من», «عدد من القتلى في صفوف»: the name follows within a few words
PEOPLE = words("people_nouns", "counts.json")
NUMBER_WORDS = COUNT_WORDS  # a count in words («ثلاثة», «العشرات»)
COUNT_LEADS = words(
    "count_leads", "counts.json"
)  # «على», «نحو», «أكثر من»: between the trigger and its count
COUNT_REACH = 6  # tokens after the trigger (or the death count) where the count may start


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


def counted_people(
    article: Article, words_: list[str], tokens: list[Token], after: int, taken: dict[str, Arg]
) -> Arg | None:
    """«اعتقلت قوات الأمن 38 مواطنا», «القبض على 17 شخصا», «مقتل 38 سائحا»: a count and a people noun
    («من» may come between: «العشرات من الصحفيين») within a few tokens from local token ``after`` —
    past count leads («على», «نحو», «أكثر من») and the spans other roles hold — are whom the event was
    done to (rule ``counted-people``, unlinked: `marsad.events.generic` names them)."""
    held = [(a.span.start, a.span.end) for a in taken.values()]
    for k in range(after, min(after + COUNT_REACH, len(tokens))):
        tok, w = tokens[k], words_[k]
        if any(s <= tok.start < e for s, e in held) or w in COUNT_LEADS:
            continue
        if tok.kind != "number" and w not in NUMBER_WORDS:
            return None
        j = k + 1 + (k + 1 < len(words_) and words_[k + 1] == "من")
        if j >= len(words_):
            return None
        noun = words_[j][2:] if words_[j].startswith("ال") else words_[j]
        if noun not in PEOPLE:
            return None
        s, e = tok.start, tokens[j].end
        return Arg(None, Span(s, e, article.text[s:e]), "counted-people:unlinked", 0.55)
    return None
