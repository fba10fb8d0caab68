"""Pair the quotation marks of a text: « », “ ” and ASCII ", including reversed and unbalanced ones.

Scraped Arabic news often has «…» reversed (»…«), curly quotes used in either direction and ASCII
quotes whose direction is only told by the spaces around them. Each mark is classed by its context
— an *opener* has a space, punctuation or the start of the text before it and a letter after it; a
*closer* the reverse — and the glyph only breaks ties. Marks of one family («», “”„, ") are paired
with a stack, so nested quotes (“…«…»…”, "…"…"…") pair inside out.

Problems are reported, never raised: an opener left open (W201), a reversed pair (W202), a closer
with nothing open (W203). The text is never changed; offsets are those of the input string.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["MarkPair", "MarkIssue", "Marks", "pair_marks", "W_UNCLOSED", "W_REVERSED", "W_UNOPENED"]

W_UNCLOSED = "W201"
W_REVERSED = "W202"
W_UNOPENED = "W203"

_FAMILY = {"«": "g", "»": "g", "“": "c", "”": "c", "„": "c", "‟": "c", '"': "a", "＂": "a"}
_GLYPH_OPEN = {"«": True, "»": False, "“": True, "„": True, "‟": True, "”": False}
_MARK_RE = re.compile("[" + re.escape("".join(_FAMILY)) + "]")
# What may stand before an opener / after a closer besides a space.
_OPEN_BEFORE = set("([{:،,؛;-—–/") | set(_FAMILY)
_CLOSE_AFTER = set(")]}.،,؛;:!?؟…-—–/") | set(_FAMILY)
# A one-letter proclitic glued to an opening mark: ب"الغريب"، لـ"سبق"، و"داعش".
_PROCLITIC = set("بلوفكـ")
# A quotation longer than this without its closer is taken as unbalanced.
MAX_SPAN = 3000


@dataclass(frozen=True, slots=True)
class MarkPair:
    """An opening mark at ``open`` and its closing mark at ``close`` (indices of the marks)."""

    open: int
    close: int
    family: str

    @property
    def inner(self) -> tuple[int, int]:
        return self.open + 1, self.close


@dataclass(frozen=True, slots=True)
class MarkIssue:
    code: str
    message: str
    pos: int


@dataclass(frozen=True, slots=True)
class Marks:
    pairs: tuple[MarkPair, ...]
    unclosed: tuple[int, ...]  # openers without a closer
    unopened: tuple[int, ...]  # closers without an opener
    issues: tuple[MarkIssue, ...]

    def pair_at(self, pos: int) -> MarkPair | None:
        """The pair whose opening or closing mark is at ``pos``."""
        for p in self.pairs:
            if p.open == pos or p.close == pos:
                return p
        return None


def _direction(text: str, i: int) -> int:
    """+1 looks like an opener, -1 like a closer, 0 cannot tell from the context."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    before_open = before.isspace() or before in _OPEN_BEFORE
    after_close = after.isspace() or after in _CLOSE_AFTER
    if before in _PROCLITIC and i > 1 and text[i - 2].isspace() or (before == "ـ" and not after_close):
        before_open = True  # «ب"الغريب"», «لـ"سبق"»
    if before_open and not after_close:
        return 1
    if after_close and not before_open:
        return -1
    return 0


def pair_marks(text: str) -> Marks:
    """Pair the double quotation marks of ``text`` (see the module doc)."""
    stacks: dict[str, list[tuple[int, bool]]] = {"g": [], "c": [], "a": []}
    pairs: list[MarkPair] = []
    unopened: list[int] = []
    issues: list[MarkIssue] = []
    for m in _MARK_RE.finditer(text):
        i = m.start()
        ch = text[i]
        fam = _FAMILY[ch]
        stack = stacks[fam]
        d = _direction(text, i)
        if d == 0:
            glyph = _GLYPH_OPEN.get(ch)
            if stack and (glyph is not True or fam == "a"):
                d = -1
            elif glyph is not None:
                d = 1 if glyph else -1
            else:
                d = -1 if stack else 1
        if stack and i - stack[-1][0] > MAX_SPAN:
            while stack:
                j, _ = stack.pop()
                issues.append(MarkIssue(W_UNCLOSED, f"quotation mark {text[j]!r} at {j} is never closed", j))
        if d > 0:
            stack.append((i, _GLYPH_OPEN.get(ch) is False))
            continue
        if not stack:
            unopened.append(i)
            issues.append(
                MarkIssue(W_UNOPENED, f"closing quotation mark {ch!r} at {i} has no opening mark", i)
            )
            continue
        j, reversed_open = stack.pop()
        pairs.append(MarkPair(j, i, fam))
        if reversed_open or _GLYPH_OPEN.get(ch) is True:
            issues.append(MarkIssue(W_REVERSED, f"reversed quotation marks {text[j]}…{ch} at {j}-{i}", j))
    unclosed = []
    for stack in stacks.values():
        for j, _ in stack:
            unclosed.append(j)
            issues.append(MarkIssue(W_UNCLOSED, f"quotation mark {text[j]!r} at {j} is never closed", j))
    pairs.sort(key=lambda p: p.open)
    return Marks(tuple(pairs), tuple(sorted(unclosed)), tuple(unopened), tuple(issues))
