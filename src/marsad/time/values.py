"""What a rule returns (`Value`), what it may ask (`Context`), and helpers shared by the rules."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Protocol

from marsad.time.lexicon import lexicon

__all__ = [
    "Value",
    "Context",
    "parse_amount",
    "prev_word",
    "next_word",
    "strip_clitic",
    "day_of",
    "direction_of",
]


@dataclass(frozen=True)
class Value:
    type: str  # DATE | TIME | DURATION | SET
    value: str
    confidence: float
    gran: str  # day | month | year | week | time | duration | set | ref
    hour: int = -1
    minute: int = 0


class Context(Protocol):
    view: str
    ref: dt.date | None

    def tense(self, start: int, end: int) -> int | None: ...
    def ongoing(self, start: int, end: int) -> bool: ...
    def original_char(self, i: int) -> str: ...


CTX_BEFORE = frozenset(
    [
        "شهر",
        "شهري",
        "في",
        "منذ",
        "خلال",
        "حتي",
        "الي",
        "قبل",
        "بعد",
        "من",
        "مطلع",
        "منتصف",
        "نهايه",
        "اواخر",
        "اوائل",
        "بدايه",
        "موفي",
        "اواسط",
        "غره",
        "طيله",
        "طوال",
        "اول",
        "اخر",
        "ختام",
        "مستهل",
        "وسط",
        "حدود",
        "بين",
        "و",
    ]
)
NAME_BEFORE = frozenset(["ثوره", "انتفاضه", "حركه"])
NOT_TODAY_BEFORE = frozenset(["ذلك", "نفس", "ذات", "تلك"])
NOT_TODAY_AFTER = frozenset(
    [
        "العالمي",
        "الوطني",
        "الدولي",
        "العربي",
        "الاول",
        "الاخير",
        "الثاني",
        "الثالث",
        "الرابع",
        "الخامس",
        "التالي",
        "الموالي",
        "الدراسي",
        "المفتوح",
        "التحسيسي",
        "الاعلامي",
        "التكويني",
        "الختامي",
        "الافتتاحي",
        "التضامني",
        "الترفيهي",
        "الثقافي",
        "الرياضي",
        "الموعود",
        "المشهود",
        "الواحد",
        "الكامل",
        "الاولمبي",
    ]
)
_WORD = re.compile(r"\w+")


def prev_word(view: str, i: int) -> str:
    m = re.search(r"(\w+)\W*$", view[max(0, i - 30) : i])
    return m.group(1) if m else ""


def next_word(view: str, i: int) -> str:
    m = _WORD.search(view, i, i + 30)
    return m.group(0) if m else ""


def strip_clitic(w: str) -> str:
    return w[1:] if len(w) > 2 and w[0] in "وفبل" and w[1:] in CTX_BEFORE else w


def parse_amount(text: str | None) -> float | None:
    """«3» → 3, «ثلاثة» → 3, «خمسة وعشرين» → 25, «2,5» → 2.5; a vague amount (بضعة) → ``None``."""
    if not text:
        return None
    t = text.strip()
    if t[0].isdigit():
        return float(t.replace(",", "."))
    cards = lexicon().cardinals
    total = 0.0
    for part in re.split(r"\s+و\s*|\s+", t):
        if part not in cards or cards[part] is None:
            return None
        total += cards[part]  # type: ignore[operator]
    return total


def day_of(m: re.Match[str]) -> int | None:
    if m.group("dnum"):
        return int(m.group("dnum"))
    return lexicon().ordinals.get(re.sub(r"\s+", " ", m.group("dord")).replace("و ", "و"))


def direction_of(m: re.Match[str]) -> int | None:
    mod = m.groupdict().get("mod")
    return lexicon().modifiers.get(mod) if mod else None
