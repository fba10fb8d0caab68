"""Noun phrases around triggers: head nouns, titles and actor phrases no entity covers.

A name often follows a head the NER leaves out («على **قرية** خشام», «من **تنظيم** داعش», «**وزير
الدفاع الأميركي** آشتون كارتر»); and the text often names an actor no entity covers («مسلحون مجهولون»,
«طيران التحالف»). `actor_phrases` finds the latter (an actor head, then definite words, nisba
adjectives, sound plurals or a quoted name); the other helpers tell the frame where a phrase begins.
All word lists come from ``data/events/words.json``.
"""

from __future__ import annotations

from functools import lru_cache

from marsad.doc import Token
from marsad.events.words import words

__all__ = [
    "ACTOR_HEADS",
    "HEADS",
    "PREPOSITIONS",
    "TITLES",
    "actor_phrases",
    "clitic_len",
    "clitic_len_any",
    "head_word",
    "is_head",
    "nisba_after_head",
    "stem",
    "title_chain",
]

PREPOSITIONS = words("prepositions")
HEADS = words("heads")
TITLES = words("title_heads")
ACTOR_HEADS = words("actor_heads") | TITLES
PHRASE_STOP = words("phrase_stop")
MODIFIERS = words("phrase_modifiers")


@lru_cache(maxsize=300_000)
def stem(word: str) -> str:
    for p in ("وال", "بال", "لل", "فال", "و", "ب", "ل", "ف"):
        if word.startswith(p) and len(word) - len(p) >= 3:
            rest = word[len(p) :]
            return "ال" + rest if p in ("وال", "بال", "فال") else ("ال" + rest if p == "لل" else rest)
    return word


def clitic_len_any(word: str) -> int:
    """Length of the proclitic before an actor head («وقوات» → 1, «للحوثيين» → 1, «الجيش» → 0)."""
    if word in ACTOR_HEADS:
        return 0
    for p in ("وب", "ول", "و", "ب", "ل", "ف"):
        if word.startswith(p) and len(word) - len(p) >= 3 and is_head(word[len(p) :], ACTOR_HEADS):
            return len(p)
    return 0


def actor_phrases(words: list[str], tokens: list[Token], blocked: frozenset[int]) -> list[tuple[int, int]]:
    """Token ranges of noun phrases headed by an actor word (``words.json`` actor_heads): the head, then
    definite words, nisba adjectives and plurals («قوات الجيش الوطني», «مسلحون حوثيون», «مقاتلات
    تركية») or a quoted name («تنظيم «داعش»»), at most five tokens."""
    heads, stop = ACTOR_HEADS, PHRASE_STOP | PREPOSITIONS
    out: list[tuple[int, int]] = []
    k, n = 0, len(words)
    while k < n:
        w = words[k]
        if k in blocked or tokens[k].kind != "word" or not is_head(w, heads):
            k += 1
            continue
        b = k
        names = 2 if (w in TITLES or stem(w) in TITLES) else 0  # «وزير الخارجية الروسي سيرجي لافروف»
        while b + 1 < n and b - k < 5 and b + 1 not in blocked:
            nxt = words[b + 1]
            if tokens[b + 1].text in QUOTES and b + 2 < n and tokens[b + 2].kind == "word":
                close = b + 3 if b + 3 < n and tokens[b + 3].text in QUOTES else b + 2
                b = close
                continue
            if tokens[b + 1].kind != "word" or nxt in stop or stem(nxt) in stop:
                break
            if not _modifier(nxt):
                if names == 0 or nxt.startswith("لل"):
                    break  # «المبعوث الدولي لليمن»: a «لل» phrase qualifies the title, it is no name
                names -= 1
            b += 1
        out.append((k, b))
        k = b + 1
    return out


@lru_cache(maxsize=300_000)
def is_head(word: str, heads: frozenset[str]) -> bool:
    base = stem(word)
    return (
        word in heads
        or base in heads
        or (base.startswith("ال") and base[2:] in heads)
        or ("ال" + base) in heads
    )


QUOTES = frozenset("«»\"“”'")


def _modifier(word: str) -> bool:
    """A word that can continue an actor phrase: definite, a nisba adjective or a sound plural."""
    return (
        word.startswith("ال")
        or word.endswith(("ي", "يه", "يون", "يين", "ون", "ين", "يان"))
        or word in MODIFIERS
    )


def title_chain(words: list[str], lead: int) -> int:
    """«وزير الدفاع الأميركي آشتون كارتر»: a title and the definite words after it belong to the name."""
    k = lead - 1
    while k >= 0 and lead - k <= 3:
        w = words[k]
        if w in TITLES or stem(w) in TITLES:
            return k
        if not w.startswith("ال"):
            break
        k -= 1
    return lead


def nisba_after_head(words: list[str], k: int) -> bool:
    """«الرئيس الأمريكي دونالد ترامب»: a definite adjective right after a head noun is part of the head."""
    w = words[k]
    return w.startswith("ال") and w.endswith(("ي", "يه")) and k > 0 and head_word(words[k - 1])


@lru_cache(maxsize=300_000)
def head_word(word: str) -> bool:
    if word in HEADS:
        return True
    for p in ("و", "ب", "ل", "وب", "ال", "بال", "لل", "ول"):
        if word.startswith(p) and word[len(p) :] in HEADS:
            return True
    return False


def clitic_len(word: str) -> int:
    """Length of the proclitic of a head noun («بريف» → 1, «لطائرات» → 1, «ريف» → 0)."""
    if word in HEADS:
        return 0
    for p in ("وب", "ول", "و", "ب", "ل"):
        if word.startswith(p) and (word[len(p) :] in HEADS or word[len(p) :].removeprefix("ال") in HEADS):
            return len(p)
    return 0
