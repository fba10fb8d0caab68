"""Clause frames: a sentence's folded words, its trigger matches and the entity mentions around them.

A `Frame` is what the argument rules read: for one trigger, the window of tokens it owns (from the
previous trigger of the sentence to the next one), and every entity mention in the sentence with the
preposition that introduces it («في حلب» → في, «بريف» → ب, «من قبل الجيش» → من قبل).
"""

from __future__ import annotations

from bisect import bisect_right

import msgspec

from marsad.doc import Article, Sentence, Token
from marsad.events.triggers import TriggerMatch, find_triggers
from marsad.events.words import words
from marsad.text.normalize import fold

__all__ = ["MentionRef", "Frame", "sentence_frames", "PREPOSITIONS", "mention_refs"]

# Prepositions that can introduce an argument; two-word ones are looked up first.
PREPOSITIONS = words("prepositions")
PREPOSITIONS2 = words("prepositions2")
# Head nouns that stand between a preposition and a name the NER left them out of: «على قرية خشام»,
# «من تنظيم داعش», «غارات لطائرات التحالف», «التقى الرئيس الأمريكي باراك أوباما».
HEADS = words("heads")
MAX_HEADS = 3
CLITIC_PREPS = {
    "ب": "ب",
    "ل": "ل",
    "وب": "ب",
    "ول": "ل",
    "فب": "ب",
    "فل": "ل",
    "لل": "ل",
    "بال": "ب",
    "وبال": "ب",
}


class MentionRef(msgspec.Struct, frozen=True):
    """An entity mention located in a sentence's tokens (``first``/``last`` inclusive, local indices)."""

    entity: str
    type: str
    start: int
    end: int
    text: str
    first: int
    last: int
    prep: str  # "" when no preposition introduces it
    lead: int  # first local token of the phrase: the mention, or the head nouns before it


class Frame(msgspec.Struct, frozen=True):
    """One trigger in its sentence."""

    sentence: int
    match: TriggerMatch
    lo: int  # window of local token indices the trigger owns: [lo, hi)
    hi: int
    start: int  # character span of the trigger in the article
    end: int


def _prep_before(words: list[str], k: int) -> str:
    """The preposition right before local token ``k`` (skipping nothing)."""
    if k >= 2:
        two = words[k - 2] + " " + words[k - 1]
        if two in PREPOSITIONS2:
            return two
        # «و» + preposition: «وفي», «ومن قبل»
        if two[:1] == "و" and two[1:] in PREPOSITIONS2:
            return two[1:]
    if k >= 1:
        w = words[k - 1]
        if w in PREPOSITIONS:
            return w
        if w[:1] in ("و", "ف") and w[1:] in PREPOSITIONS:
            return w[1:]
    return ""


def mention_refs(article: Article, sent: Sentence, words: list[str], tokens: list[Token]) -> list[MentionRef]:
    """Entity mentions inside ``sent`` with their local token indices and introducing preposition."""
    starts = [t.start for t in tokens]
    refs: list[MentionRef] = []
    for ent in article.entities:
        for m in ent.mentions:
            if m.start < sent.start or m.end > sent.end or not starts:
                continue
            first = max(bisect_right(starts, m.start) - 1, 0)
            last = max(bisect_right(starts, m.end - 1) - 1, first)
            lead = first
            if m.start == tokens[first].start:
                while lead > 0 and first - lead < MAX_HEADS and _head(words[lead - 1]):
                    lead -= 1
            tok = tokens[lead]
            cut = m.start if lead == first else tok.start + _clitic_len(words[lead])
            prep = ""
            if cut > tok.start:  # clitic inside the token: «بريف», «لطيران», «وداعش»
                clitic = fold(article.text[tok.start : cut])
                prep = CLITIC_PREPS.get(clitic, "")
                if not prep and clitic in ("و", "ف"):
                    prep = _prep_before(words, lead)
                    prep = prep if prep else "و"
            else:
                prep = _prep_before(words, lead)
            refs.append(MentionRef(ent.id, ent.type, m.start, m.end, m.text, first, last, prep, lead))
    refs.sort(key=lambda r: (r.start, -r.end))
    return refs


def _head(word: str) -> bool:
    if word in HEADS:
        return True
    for p in ("و", "ب", "ل", "وب", "ال", "بال", "لل", "ول"):
        if word.startswith(p) and word[len(p) :] in HEADS:
            return True
    return False


def _clitic_len(word: str) -> int:
    """Length of the proclitic of a head noun («بريف» → 1, «لطائرات» → 1, «ريف» → 0)."""
    if word in HEADS:
        return 0
    for p in ("وب", "ول", "و", "ب", "ل"):
        if word.startswith(p) and (word[len(p) :] in HEADS or word[len(p) :].removeprefix("ال") in HEADS):
            return len(p)
    return 0


def sentence_frames(article: Article, index: int) -> tuple[list[Frame], list[str], list[Token]]:
    """Frames of sentence ``index``, with its folded words and tokens."""
    sent = article.sentences[index]
    tokens = article.tokens[sent.first_token : sent.last_token]
    words = [t.norm for t in tokens]
    matches = find_triggers(words)
    if any(m.trigger.strong for m in matches):  # weak triggers only count in sentences without a strong one
        matches = [m for m in matches if m.trigger.strong]
    frames = []
    for k, m in enumerate(matches):
        lo = matches[k - 1].last + 1 if k > 0 else 0
        hi = matches[k + 1].first if k + 1 < len(matches) else len(words)
        gapped = m.head_last != m.last
        end = tokens[m.head_last].end if gapped else tokens[m.last].end
        frames.append(Frame(index, m, lo, hi, tokens[m.first].start, end))
    return frames, words, tokens


def tokens_of(article: Article, sent: Sentence) -> list[Token]:
    return article.tokens[sent.first_token : sent.last_token]


def local_index(tokens: list[Token], offset: int) -> int:
    """Local index of the token containing (or first after) character ``offset``."""
    starts = [t.start for t in tokens]
    return max(bisect_right(starts, offset) - 1, 0)


def words_between(words: list[str], a: int, b: int) -> list[str]:
    return words[a:b] if a < b else []


def is_punct(tok: Token) -> bool:
    return tok.kind == "punct"
