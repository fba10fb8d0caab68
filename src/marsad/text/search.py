"""Search keys: what full-text search indexes and matches, so «الحرس» finds «والحرس» and «بالحرس».

Each word is folded (`marsad.text.normalize.fold`) and reduced to its stem by the clitic segmenter
(conjunctions, prepositions, the future particle, the article and enclitic pronouns removed).
Articles are indexed by these keys and queries are turned into keys the same way, so a segmenter
error on a rare word is made identically on both sides and still matches.
"""

from __future__ import annotations

from functools import lru_cache

from marsad.text.clitics import split
from marsad.text.normalize import fold
from marsad.text.tokens import TOKEN_RE

__all__ = ["search_key", "search_keys", "index_text", "SEARCH_LAYER"]

# Article layer that carries `index_text` when it was computed ahead of storing (in an analysis worker).
SEARCH_LAYER = "search_text"


_INDEXED = frozenset(("word", "num"))


@lru_cache(maxsize=300_000)
def search_key(word: str) -> str:
    """The search key of one word (folded, clitics removed); non-Arabic words are only folded."""
    folded = fold(word).lower()
    if not folded or not ("\u0600" <= folded[0] <= "\u06ff"):
        return folded
    stem = fold(split(word).stem)
    return stem or folded


def search_keys(text: str) -> list[str]:
    """Keys of the words and numbers of ``text``, in order."""
    key = search_key
    return [k for m in TOKEN_RE.finditer(text) if m.lastgroup in _INDEXED and (k := key(m.group()))]


def index_text(*parts: str | None) -> str:
    """The text the full-text index holds for an article (its title and body)."""
    return " ".join(" ".join(search_keys(p)) for p in parts if p)
