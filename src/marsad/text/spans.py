"""`SpanIndex`: which of many spans overlap a given stretch of text, in logarithmic time.

Stages often ask, for each of a few hundred mentions, which of a few hundred other spans overlap
it; a sorted list of starts with a running maximum of ends answers that without comparing every
pair.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from itertools import accumulate
from typing import Generic, TypeVar

__all__ = ["SpanIndex"]

T = TypeVar("T")


class SpanIndex(Generic[T]):
    """Half-open spans ``(start, end, payload)``; a span overlaps ``[s, e)`` when ``start < e`` and
    ``end > s`` (the test ``s < end and start < e`` used throughout the stages)."""

    __slots__ = ("items", "_starts", "_max_end")

    def __init__(self, items: Iterable[tuple[int, int, T]]):
        self.items: list[tuple[int, int, T]] = sorted(items, key=lambda it: (it[0], it[1]))
        self._starts = [it[0] for it in self.items]
        self._max_end = list(accumulate((it[1] for it in self.items), max))

    def __len__(self) -> int:
        return len(self.items)

    def any_overlap(self, s: int, e: int) -> bool:
        k = bisect_left(self._starts, e)  # the spans that start before e
        return k > 0 and self._max_end[k - 1] > s

    def overlapping(self, s: int, e: int) -> list[tuple[int, int, T]]:
        """The spans overlapping ``[s, e)``, in start order."""
        out = []
        j = bisect_left(self._starts, e) - 1
        max_end, items = self._max_end, self.items
        while j >= 0 and max_end[j] > s:  # no span at or before j ends after s once max_end[j] <= s
            if items[j][1] > s:
                out.append(items[j])
            j -= 1
        out.reverse()
        return out
