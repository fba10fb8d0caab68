"""The time lexicons (``data/time/*.tsv``), folded and loaded once per process.

Forms are folded with `marsad.text.normalize.fold`, so they match the normalized view of the text
(alef/hamza forms, ة/ه, ى/ي and diacritics merged). See ``data/time/README.md`` for the files.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from marsad.text.normalize import fold

__all__ = ["Lexicon", "lexicon"]


def _rows(name: str) -> list[list[str]]:
    text = resources.files("marsad").joinpath(f"data/time/{name}").read_text("utf-8")
    rows = []
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = [c.strip() for c in line.split("\t")]
        rows.append(cols)
    return rows


def _flags(cols: list[str], i: int) -> frozenset[str]:
    return frozenset(f for f in (cols[i].split(",") if len(cols) > i else []) if f)


@dataclass(frozen=True)
class Lexicon:
    """Folded form → meaning, one mapping per word class."""

    months: dict[str, int]  # Gregorian month names of the three systems
    month_flags: dict[str, frozenset[str]]
    month_originals: dict[str, str]  # folded form → original spelling (for the ``orig`` flag)
    hijri_months: dict[str, int]
    hijri_flags: dict[str, frozenset[str]]
    weekdays: dict[str, int]
    weekday_flags: dict[str, frozenset[str]]
    ordinals: dict[str, int]
    hours: dict[str, int]
    cardinals: dict[str, float | None]  # None = a vague amount (بضعة، عدة)
    relative_days: dict[str, int]
    parts_of_day: dict[str, str]
    night_parts: frozenset[str]
    modifiers: dict[str, int]
    edges: dict[str, str]
    units: dict[str, tuple[str, int]]
    tense: dict[str, str]  # word → future | past
    tense_prefixes: dict[str, str]
    ongoing: dict[str, str]  # word → ongoing | oneoff
    ongoing_prefixes: dict[str, str]
    present: tuple[str, ...]
    same_before: tuple[str, ...]  # «نفس/ذات» before a period: the same period as an earlier date
    same_after: tuple[str, ...]  # «نفسه/ذاته» after it
    same_units: dict[str, str]  # period word → D | W | M | Y


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    months: dict[str, int] = {}
    month_flags: dict[str, frozenset[str]] = {}
    month_originals: dict[str, str] = {}
    for cols in _rows("months.tsv"):
        k = fold(cols[0])
        months[k] = int(cols[1])
        month_flags[k] = _flags(cols, 3)
        month_originals[k] = cols[0]
    hijri: dict[str, int] = {}
    hijri_flags: dict[str, frozenset[str]] = {}
    for cols in _rows("hijri_months.tsv"):
        hijri[fold(cols[0])] = int(cols[1])
        hijri_flags[fold(cols[0])] = _flags(cols, 2)
    weekdays: dict[str, int] = {}
    weekday_flags: dict[str, frozenset[str]] = {}
    for cols in _rows("weekdays.tsv"):
        weekdays[fold(cols[0])] = int(cols[1])
        weekday_flags[fold(cols[0])] = _flags(cols, 2)
    ordinals: dict[str, int] = {}
    hours: dict[str, int] = {}
    cardinals: dict[str, float | None] = {}
    for form, value, kind in _rows("numbers.tsv"):
        k = fold(form)
        if kind == "ordinal":
            ordinals[k] = int(value)
        elif kind == "hour":
            hours[k] = int(value)
        else:
            cardinals[k] = None if value == "X" else float(value)
    parts: dict[str, str] = {}
    nights: set[str] = set()
    for form, part, kind in _rows("parts_of_day.tsv"):
        parts[fold(form)] = part
        if kind == "night":
            nights.add(fold(form))
    tense: dict[str, str] = {}
    tense_prefixes: dict[str, str] = {}
    ongoing: dict[str, str] = {}
    ongoing_prefixes: dict[str, str] = {}
    for form, cls, match in _rows("tense.tsv"):
        k = fold(form)
        if cls in ("future", "past"):
            (tense if match == "word" else tense_prefixes)[k] = cls
        else:
            (ongoing if match == "word" else ongoing_prefixes)[k] = cls
    same: dict[str, list[str]] = {"before": [], "after": []}
    same_units: dict[str, str] = {}
    for cols in _rows("same.tsv"):
        if cols[1] == "unit":
            same_units[fold(cols[0])] = cols[2]
        else:
            same[cols[1]].append(fold(cols[0]))
    return Lexicon(
        months=months,
        month_flags=month_flags,
        month_originals=month_originals,
        hijri_months=hijri,
        hijri_flags=hijri_flags,
        weekdays=weekdays,
        weekday_flags=weekday_flags,
        ordinals=ordinals,
        hours=hours,
        cardinals=cardinals,
        relative_days={fold(f): int(v) for f, v in _rows("relative_days.tsv")},
        parts_of_day=parts,
        night_parts=frozenset(nights),
        modifiers={fold(f): int(v) for f, v in _rows("modifiers.tsv")},
        edges={fold(f): e for f, e in _rows("edges.tsv")},
        units={fold(f): (u, int(c)) for f, u, c in _rows("units.tsv")},
        tense=tense,
        tense_prefixes=tense_prefixes,
        ongoing=ongoing,
        ongoing_prefixes=ongoing_prefixes,
        present=tuple(fold(r[0]) for r in _rows("present.tsv")),
        same_before=tuple(same["before"]),
        same_after=tuple(same["after"]),
        same_units=same_units,
    )
