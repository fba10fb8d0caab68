"""Tokenization with offsets into the original text.

A token is a run of letters (with their diacritics and tatweel), a number (``3.5``, ``1,000``,
``٣٫٥``, ``2017-10-22`` stays three numbers and two dashes), or one punctuation mark. Whitespace and
invisible controls (bidi marks, zero-width characters) separate tokens and never belong to one.
"""

from __future__ import annotations

import re

from marsad.doc import Token
from marsad.text.normalize import MARKS, fold_cached

__all__ = ["tokenize", "TOKEN_RE", "is_arabic"]

_DIGIT = r"0-9\u0660-\u0669\u06f0-\u06f9"
_LETTER = r"^\W\d_"  # inside a negated class: any word character that is not a digit or underscore
# Letters: word characters minus digits/underscore, plus the Arabic marks and tatweel inside a word.
_WORD = rf"[{_LETTER}](?:[{_LETTER}]+|[{MARKS}]+)*"
_NUMBER = rf"[{_DIGIT}]+(?:[.,\u066b\u066c][{_DIGIT}]+)*"
_SKIP = r"\s\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\u061c\u00ad"
TOKEN_RE = re.compile(rf"(?P<num>{_NUMBER})|(?P<word>{_WORD})|(?P<other>[^{_SKIP}{MARKS}]|[{MARKS}]+)")

_ARABIC_RE = re.compile(r"[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")
_LATIN_RE = re.compile(r"[A-Za-z\u00c0-\u024f]")


def is_arabic(s: str) -> bool:
    return _ARABIC_RE.search(s) is not None


def _word_kind(text: str, _cache: dict[str, str] = {}) -> str:  # noqa: B006 - deliberate module cache
    kind = _cache.get(text)
    if kind is None:
        if _ARABIC_RE.search(text):
            kind = "word"
        elif _LATIN_RE.search(text):
            kind = "latin"
        else:
            kind = "word"
        if len(_cache) < 500_000:
            _cache[text] = kind
    return kind


_KINDS: dict[str, tuple[str, str]] = {}  # token text → (folded form, kind): news repeats its words


def _token_info(s: str, group: str | None) -> tuple[str, str]:
    norm = fold_cached(s)
    if group == "word":
        kind = _word_kind(s) if norm else "symbol"
    elif group == "num":
        kind = "number"
    else:
        kind = "punct" if not s.isalnum() else "symbol"
    if len(_KINDS) < 500_000:
        _KINDS[s] = (norm, kind)
    return norm, kind


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``text[start:end]`` with offsets into ``text``."""
    out: list[Token] = []
    append = out.append
    known = _KINDS.get
    for m in TOKEN_RE.finditer(text, start, len(text) if end is None else end):
        s = m.group()
        info = known(s) or _token_info(
            s, m.lastgroup
        )  # a text's group never changes: the classes are disjoint
        append(Token(m.start(), m.end(), s, info[0], info[1]))
    return out
