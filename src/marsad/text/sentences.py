"""Sentence splitting for Arabic news, with offsets into the original text.

A sentence ends at ``. ! ? ؟ … ۔`` (with the closing quotation marks and brackets that follow it) or
at a line break (news paragraphs). It does not end at the period of a number (3.5), of an
abbreviation (``د.``, ``أ.ف.ب``, ``U.S.``; see ``data/text/abbreviations.tsv``) or inside a
quotation: «... . ...» stays one sentence, so a quoted statement of several sentences is kept
whole. A quotation that is still open after `MAX_QUOTE` characters is treated as unbalanced
(scraped text often is) and no longer holds sentences together.

Quotation marks are paired by family (« », “ ”, and the ASCII double quote), and a closing mark
met while no quotation is open counts as an opening one: scraped text often has «…» reversed.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from marsad.text.normalize import fold

__all__ = ["split_sentences", "sentence_bounds", "MAX_QUOTE"]

MAX_QUOTE = 800

_EVENTS = re.compile(
    r"(?P<nl>\n[\s]*)"
    r"|(?P<end>(?:[.!?\u061f\u2026\u06d4]|\.\.\.)+)"
    r"|(?P<q>[\u00ab\u00bb\u201c\u201d\u201e\"])"
)
_CLOSERS = re.compile(r"[)\]]*")
_FINAL = ".!?\u061f\u2026\u06d4"
_WORD_BEFORE = re.compile(r"([^\W\d_]+)\.?$")
_SPACE = re.compile(r"\s*")
_FAMILY = {"\u00ab": "g", "\u00bb": "g", "\u201c": "c", "\u201d": "c", "\u201e": "c", '"': "a"}


@lru_cache(maxsize=1)
def _abbreviations() -> frozenset[str]:
    text = resources.files("marsad").joinpath("data/text/abbreviations.tsv").read_text("utf-8")
    forms = set()
    for line in text.splitlines():
        if line and not line.startswith("#"):
            form = line.split("\t", 1)[0].strip()
            forms.add(fold(form).lower())
    return frozenset(forms)


def _is_abbreviation(text: str, dot: int) -> bool:
    """Whether the period at ``dot`` closes an abbreviation rather than a sentence."""
    m = _WORD_BEFORE.search(text, max(0, dot - 12), dot)
    if not m:
        return False
    word = m.group(1)
    before = text[m.start() - 1] if m.start() > 0 else " "
    if len(word) == 1 and (before.isspace() or before in '.(«"' or m.start() == 0):
        return True  # a lone letter: an initial or part of أ.ف.ب / U.S.
    return fold(word).lower() in _abbreviations()


def _boundary_ok(text: str, start: int, end: int) -> bool:
    punct = text[start:end]
    nxt = text[end] if end < len(text) else ""
    if punct == ".":
        prev = text[start - 1] if start > 0 else ""
        if prev.isdigit() and nxt.isdigit():
            return False  # 3.5
        if nxt and (nxt.isalnum() and not nxt.isspace()):
            return False  # a period glued to the next word: a URL, an abbreviation chain
        if _is_abbreviation(text, start):
            return False
        j = _SPACE.match(text, end).end()
        if j < len(text) and text[j].islower():
            return False  # Latin text continuing in lower case
    return True


def sentence_bounds(text: str) -> list[tuple[int, int, int]]:
    """``(start, end, paragraph)`` of each sentence, trimmed of surrounding white space."""
    bounds: list[tuple[int, int, int]] = []
    seg_start = 0
    paragraph = 0
    depth: dict[str, int] = {"g": 0, "c": 0, "a": 0}
    open_at: dict[str, int] = {}
    open_char: dict[str, str] = {}

    def emit(s: int, e: int, para: int) -> None:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            bounds.append((s, e, para))

    pos = 0
    n = len(text)
    while pos < n:
        m = _EVENTS.search(text, pos)
        if m is None:
            break
        kind = m.lastgroup
        if kind == "q":
            ch = m.group()
            fam = _FAMILY[ch]
            closed = False
            if fam == "a":
                closed = depth["a"] > 0
                depth["a"] = 0 if closed else 1
                if not closed:
                    open_at["a"] = m.start()
            elif depth[fam] and ch != open_char.get(fam):
                depth[fam] -= 1
                closed = True
            else:  # an opening mark, or a reversed closing one met outside any quotation
                if depth[fam] == 0:
                    open_at[fam] = m.start()
                    open_char[fam] = ch
                depth[fam] += 1
            pos = m.end()
            if closed and not any(depth.values()):
                k = m.start()
                while k > seg_start and text[k - 1].isspace():
                    k -= 1
                if k > seg_start and text[k - 1] in _FINAL:
                    emit(seg_start, m.end(), paragraph)
                    seg_start = m.end()
            continue
        if kind == "nl":
            emit(seg_start, m.start(), paragraph)
            paragraph += 1
            seg_start = m.end()
            depth = {"g": 0, "c": 0, "a": 0}  # quotations do not run across paragraphs
            pos = m.end()
            continue
        # sentence-final punctuation
        inside = any(d > 0 and m.start() - open_at.get(f, m.start()) < MAX_QUOTE for f, d in depth.items())
        if inside or not _boundary_ok(text, m.start(), m.end()):
            pos = m.end()
            continue
        end = _CLOSERS.match(text, m.end()).end()  # keep a closing bracket with its sentence
        emit(seg_start, end, paragraph)
        seg_start = end
        depth = {"g": 0, "c": 0, "a": 0}
        pos = end
    emit(seg_start, n, paragraph)
    return bounds


def split_sentences(text: str) -> list[tuple[int, int, int]]:
    """Alias of `sentence_bounds` (kept for readability at call sites)."""
    return sentence_bounds(text)
