"""Tense of the clause around an expression, and ongoing vs one-off for «منذ N …».

Cues are words of ``data/time/tense.tsv`` plus two morphological signs read on the folded tokens:
an imperfect verb with the future prefix سـ (سيعقد، ستنطلق، سنعمل) is future; a short word with the
past feminine ending ـت (أعلنت، تحطمت، استضافت) or the plural perfect ending ـوا (استولوا، سيطروا)
is past. The cue nearest to the expression (in tokens, within its clause) decides; no cue gives
``None`` and the caller falls back to its default.
"""

from __future__ import annotations

import re

from marsad.time.lexicon import lexicon

__all__ = ["clause_bounds", "tense_at", "ongoing_at"]

_TOKEN = re.compile(r"\w+")
_BOUNDARY = re.compile(r"[.!?؟؛\n]")
# Words that start like a future verb (س + ي/ت/ن/ا) but are nouns or names.
_NOT_FUTURE = re.compile(
    r"^(?:سياس|سيار|سيطر|سنه|سنو|سنت|ستين|سته|ستو|سيد|سينا|سينم|سياح|ستار|سيول|سياق|سيف|سنغال|ستاد|سير"
    r"|سياد|سيبر|سيسي|سناء|سنا$|ستراتيج|سيلفي|سيتي|سيمنس|سيرت|سيا$|سيال|سيج|سيك|سيم|سيل|سنو|سنين|سني)"
)
_NOT_PAST = frozenset(
    [
        "وقت",
        "بيت",
        "صوت",
        "موت",
        "تحت",
        "ذات",
        "بنت",
        "سبت",
        "زيت",
        "بيروت",
        "كويت",
        "الكويت",
        "توقيت",
        "انترنت",
        "الانترنت",
        "ثابت",
        "تابوت",
        "جبروت",
        "حانوت",
        "ياقوت",
        "عنكبوت",
        "ملكوت",
        "ليسوا",  # "they are not"
        "اوتاوا",
    ]
)
_STRIP = ("و", "ف")


def _core(tok: str) -> str:
    return tok[1:] if len(tok) > 3 and tok[0] in _STRIP else tok


_REACH = 240  # characters looked at on each side: cues farther away do not decide


def clause_bounds(view: str, start: int, end: int, lo: int, hi: int) -> tuple[int, int]:
    """The clause around ``[start, end)`` inside the sentence ``[lo, hi)`` (at most `_REACH` each side)."""
    lo = max(lo, start - _REACH)
    hi = min(hi, end + _REACH)
    left = lo
    for m in _BOUNDARY.finditer(view, lo, start):
        left = m.end()
    m = _BOUNDARY.search(view, end, hi)
    return left, (m.start() if m else hi)


def _token_tense(tok: str) -> str | None:
    lex = lexicon()
    for t in (tok, _core(tok)):
        cls = lex.tense.get(t)
        if cls:
            return cls
    core = _core(tok)
    if len(core) >= 4 and core[0] == "س" and core[1] in "يتن" and not _NOT_FUTURE.match(core):
        return "future"
    if core.startswith("ال") or tok in _NOT_PAST or core in _NOT_PAST:
        return None
    # «وقعت» is و + قعت as well as the verb itself: the whole token counts too
    for t in (core, tok) if core != tok and len(core) == 3 else (core,):
        if 4 <= len(t) <= 7 and t.endswith("ت") and not t.endswith("ات"):
            return "past"  # أعلنت، تحطمت، استضافت
    if 5 <= len(core) <= 8 and core.endswith("وا") and core[0] != "ي":
        return "past"  # a plural perfect: استولوا، سيطروا، قتلوا (the imperfect يقولوا starts with ي)
    return None


def _nearest(
    view: str,
    start: int,
    end: int,
    lo: int,
    hi: int,
    classify,
    before: int,
    after: int,
    marked: frozenset[int],
) -> str | None:
    """The class of the cue nearest to ``[start, end)``; tokens starting at ``marked`` are future."""

    def tok(m: re.Match[str]) -> str:
        return "سوف" if m.start() in marked else m.group(0)

    left = [tok(m) for m in _TOKEN.finditer(view, lo, start)][-before:]
    right = [tok(m) for m in _TOKEN.finditer(view, end, hi)][:after]
    best: tuple[int, str] | None = None
    for dist, tok in enumerate(reversed(left)):
        cls = classify(tok)
        if cls:
            best = (dist, cls)
            break
    for dist, tok in enumerate(right):
        if best is not None and dist >= best[0]:
            break
        cls = classify(tok)
        if cls:
            best = (dist, cls)
            break
    return best[1] if best else None


def tense_at(
    view: str, start: int, end: int, lo: int, hi: int, marked: frozenset[int] = frozenset()
) -> int | None:
    """-1 (past), +1 (future) or ``None`` for the clause around ``[start, end)``.

    ``marked``: view offsets of tokens written with the first-person future prefix سأ (folded to سا,
    which cannot be told from nouns such as ساعة once folded).
    """
    cl, ch = clause_bounds(view, start, end, lo, hi)
    cls = _nearest(view, start, end, cl, ch, _token_tense, before=8, after=5, marked=marked)
    return None if cls is None else (1 if cls == "future" else -1)


def _token_ongoing(tok: str) -> str | None:
    lex = lexicon()
    for t in (tok, _core(tok)):
        cls = lex.ongoing.get(t)
        if cls:
            return cls
        for p, c in lex.ongoing_prefixes.items():
            if t.startswith(p):
                return c
    core = _core(tok)
    if core in lex.present:
        return "ongoing"
    if _token_tense(tok) == "past":
        return "oneoff"  # a perfect verb dates a happening: «أجريت منذ شهرين»
    if len(core) >= 4 and core[0] == "ي" and core not in ("يونيو", "يوليو", "يناير", "يونيه", "يوليه"):
        return "ongoing"  # an imperfect verb: «يعمل منذ 15 عاما»
    return None


def ongoing_at(view: str, start: int, end: int, lo: int, hi: int) -> bool:
    """Whether «منذ N …» at ``[start, end)`` measures a state that still holds (default: yes)."""
    cl, ch = clause_bounds(view, start, end, lo, hi)
    tail = view[end:ch]
    if re.match(r"\s*(?:و\s*)?(?:الي|حتي)\s+(?:حد\s+)?(?:الان|الساعه|اليوم|اللحظه)", tail):
        return True
    cls = _nearest(view, start, end, cl, ch, _token_ongoing, before=6, after=3, marked=frozenset())
    return cls != "oneoff"
