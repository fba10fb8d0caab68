"""A normalized *view* of Arabic text with an offset map back to the original.

The original text is never changed. `normalize(text)` returns a `NormalizedText` whose `.text` folds
diacritics, tatweel, alef/hamza forms, ى/ي, ة/ه, Persian/Urdu letters, Arabic-Indic digits,
presentation forms, bidi controls and odd quotation marks (see ``data/text/charmap.json``); every
position of the view maps back to a position of the original, so a match found in the view becomes
a span of the original with ``span_to_original``.

`fold(s)` gives the same folded string without the map (for building lexicon keys).
"""

from __future__ import annotations

import json
import re
import unicodedata
from bisect import bisect_right
from functools import lru_cache
from importlib import resources

__all__ = ["NormalizedText", "normalize", "fold", "FOLD_TABLE", "MARKS"]

# Combining marks that belong to the letter before them: a span that ends on a letter also covers them.
MARKS = "\u064b-\u065f\u0670\u06d6-\u06ed\u0640"
_TRAILING_MARKS = re.compile(f"[{MARKS}]+")


def _hex_range(pair: list[str]) -> range:
    return range(int(pair[0], 16), int(pair[1], 16) + 1)


def _load_table() -> dict[int, str | None]:
    raw = json.loads(resources.files("marsad").joinpath("data/text/charmap.json").read_text("utf-8"))
    simple: dict[str, str] = {}
    for group in raw["map"].values():
        simple.update(group)
    table: dict[int, str | None] = {ord(k): v for k, v in simple.items()}
    for ranges in raw["delete_ranges"].values():
        for pair in ranges:
            for cp in _hex_range(pair):
                table[cp] = None
    for ranges in raw["nfkc_ranges"].values():
        for pair in ranges:
            for cp in _hex_range(pair):
                ch = chr(cp)
                decomposed = unicodedata.normalize("NFKC", ch)
                if decomposed != ch:
                    folded = "".join(simple.get(c, c) for c in decomposed if not _is_deleted(c, table))
                    table[cp] = folded or None
    return table


def _is_deleted(ch: str, table: dict[int, str | None]) -> bool:
    return ord(ch) in table and table[ord(ch)] is None


FOLD_TABLE: dict[int, str | None] = _load_table()
# Code points whose folded form is not exactly one character: they shift offsets.
_SHIFTING = "".join(sorted(chr(cp) for cp, v in FOLD_TABLE.items() if v is None or len(v) != 1))
_SHIFTING_RUN = re.compile("[" + re.escape(_SHIFTING) + "]+")


def fold(s: str) -> str:
    """Folded form of ``s`` (same rules as the view, no offset map)."""
    return s.translate(FOLD_TABLE)


@lru_cache(maxsize=200_000)
def fold_cached(s: str) -> str:
    """`fold` for short, repeated strings such as tokens."""
    return s.translate(FOLD_TABLE)


class NormalizedText:
    """The folded view of ``original`` and the map between their positions.

    The map is a list of segments; a *linear* segment copies a run of characters one to one, a
    non-linear one is the expansion of a single original character (a presentation-form ligature).
    Deleted characters have no segment. A text without shifting characters has a single linear
    segment, so the common case costs one ``str.translate``.
    """

    __slots__ = ("original", "text", "_nstarts", "_ostarts", "_linear")

    def __init__(self, original: str):
        self.original = original
        nstarts: list[int] = [0]
        ostarts: list[int] = [0]
        linear: list[bool] = [True]
        if not _SHIFTING_RUN.search(original):
            self.text = original.translate(FOLD_TABLE)
        else:
            pieces: list[str] = []
            npos = 0
            opos = 0
            nstarts, ostarts, linear = [], [], []
            for m in _SHIFTING_RUN.finditer(original):
                if m.start() > opos:
                    chunk = original[opos : m.start()].translate(FOLD_TABLE)
                    nstarts.append(npos)
                    ostarts.append(opos)
                    linear.append(True)
                    pieces.append(chunk)
                    npos += len(chunk)
                for k in range(m.start(), m.end()):
                    rep = FOLD_TABLE[ord(original[k])]
                    if rep:
                        nstarts.append(npos)
                        ostarts.append(k)
                        linear.append(False)
                        pieces.append(rep)
                        npos += len(rep)
                opos = m.end()
            if opos < len(original):
                nstarts.append(npos)
                ostarts.append(opos)
                linear.append(True)
                pieces.append(original[opos:].translate(FOLD_TABLE))
            if not nstarts:  # the text was nothing but deleted characters
                nstarts, ostarts, linear = [0], [len(original)], [True]
            self.text = "".join(pieces)
        self._nstarts = nstarts
        self._ostarts = ostarts
        self._linear = linear

    def __len__(self) -> int:
        return len(self.text)

    def __repr__(self) -> str:
        return (
            f"NormalizedText({self.text[:40]!r}…)"
            if len(self.text) > 40
            else f"NormalizedText({self.text!r})"
        )

    def to_original(self, i: int) -> int:
        """Original index of the view character at ``i`` (``len(view)`` maps to ``len(original)``)."""
        if i >= len(self.text):
            return len(self.original)
        k = bisect_right(self._nstarts, i) - 1
        if self._linear[k]:
            return self._ostarts[k] + (i - self._nstarts[k])
        return self._ostarts[k]

    def to_normalized(self, j: int) -> int:
        """View index of original index ``j``; a deleted character maps to the next kept one."""
        if j >= len(self.original):
            return len(self.text)
        k = bisect_right(self._ostarts, j) - 1
        if k < 0:
            return 0
        if self._linear[k]:
            seg_len = (
                self._nstarts[k + 1] if k + 1 < len(self._nstarts) else len(self.text)
            ) - self._nstarts[k]
            off = j - self._ostarts[k]
            return self._nstarts[k] + min(off, seg_len)
        return self._nstarts[k] if j == self._ostarts[k] else self._next_nstart(k)

    def _next_nstart(self, k: int) -> int:
        return self._nstarts[k + 1] if k + 1 < len(self._nstarts) else len(self.text)

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` of the view span ``[start, end)``.

        The end grows over the diacritics and tatweel attached to the last letter, so
        ``original[s:e]`` is the whole written form of the matched words.
        """
        if end <= start:
            p = self.to_original(start)
            return p, p
        s = self.to_original(start)
        e = self.to_original(end - 1) + 1
        m = _TRAILING_MARKS.match(self.original, e)
        if m:
            e = m.end()
        return s, e


def normalize(text: str) -> NormalizedText:
    """The normalized view of ``text``."""
    return NormalizedText(text)
