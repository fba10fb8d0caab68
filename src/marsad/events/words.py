"""Closed word lists of the event rules, read from ``data/events/words.json`` (or another JSON file of
``data/events``) and folded once."""

from __future__ import annotations

import json
from functools import cache, lru_cache
from importlib import resources

from marsad.text.normalize import fold

__all__ = ["words", "ordered_words", "DEFINITE"]

# the article with the proclitics that may come before it: a word starting so is definite («الغارات»)
DEFINITE = ("ال", "وال", "بال", "لل", "فال")


@cache
def words(name: str, file: str = "words.json") -> frozenset[str]:
    """The folded word list ``name`` (a space-separated string or a list of phrases in the JSON)."""
    raw = _raw(file)[name]
    items = raw.split() if isinstance(raw, str) else raw
    return frozenset(fold(w) for w in items)


@lru_cache(maxsize=4)
def _raw(file: str = "words.json") -> dict:
    return json.loads(resources.files("marsad").joinpath(f"data/events/{file}").read_text("utf-8"))


@cache
def ordered_words(name: str) -> tuple[str, ...]:
    """The folded word list ``name`` in file order (for lists whose position means something)."""
    raw = _raw()[name]
    return tuple(fold(w) for w in (raw.split() if isinstance(raw, str) else raw))
