"""Words of the folded view, and the closed word classes the quote rules look at (all folded).

The quote finder works on `marsad.text.normalize` 's view (no diacritics, one alef, ي for ى, ه for ة),
split into words and single punctuation marks. Positions are view positions; the finder maps its
results back to the original text at the end.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from importlib import resources

__all__ = [
    "Words",
    "word_classes",
    "COMPLEMENTIZERS",
    "BARE_COMPLEMENTIZERS",
    "SUBJUNCTIVE_AFTER",
    "NOT_REPORT_BEFORE",
    "CONTENT_STOP",
    "SENTENCE_END",
]

_TOKEN = re.compile(r"\w+|[^\w\s]")

# «أنّ/إنّ» with or without an attached pronoun, and «بأنّ»; the view folds أ/إ to ا.
_SUFFIXES = ("", "ه", "ها", "هم", "هما", "هن", "ني", "نا", "ك", "كم")
COMPLEMENTIZERS = frozenset(p + "ان" + s for p in ("", "ب", "و", "وب") for s in _SUFFIXES)
BARE_COMPLEMENTIZERS = frozenset({"ان", "بان", "وان", "وبان"})


@lru_cache(maxsize=1)
def word_classes() -> dict[str, frozenset[str]]:
    """The closed word classes of ``data/quotes/words.tsv`` (multi-word entries joined by spaces)."""
    text = resources.files("marsad").joinpath("data/quotes/words.tsv").read_text("utf-8")
    classes: dict[str, frozenset[str]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#") or line.startswith("class\t"):
            continue
        name, words = line.split("\t")[:2]
        classes[name] = frozenset(w.replace("_", " ") for w in words.split())
    return classes


_W = word_classes()
SUBJUNCTIVE_AFTER = _W["subjunctive_after"]
NOT_REPORT_BEFORE = _W["not_report_before"]
CONTENT_STOP = tuple(sorted(_W["content_stop"]))
SENTENCE_END = frozenset(".!?؟…")


class Words:
    """Tokens of a view string: ``starts``, ``ends`` and ``texts`` (parallel lists)."""

    __slots__ = ("view", "starts", "ends", "texts")

    def __init__(self, view: str):
        self.view = view
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.texts: list[str] = []
        for m in _TOKEN.finditer(view):
            self.starts.append(m.start())
            self.ends.append(m.end())
            self.texts.append(m.group())

    def __len__(self) -> int:
        return len(self.texts)

    def at(self, pos: int) -> int:
        """Index of the first token that starts at or after ``pos``."""
        return bisect_left(self.starts, pos)

    def covering(self, pos: int) -> int:
        """Index of the token that contains ``pos`` (or the last one before it)."""
        return max(bisect_right(self.starts, pos) - 1, 0)

    def text(self, i: int) -> str:
        return self.texts[i] if 0 <= i < len(self.texts) else ""
