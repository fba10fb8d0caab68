"""The speech-cue lexicon (``data/quotes/cues.tsv``): verbs of saying, their participles and verbal nouns,
«according to» markers, postposed attributions, and the journalist's background phrases.

Forms are folded like the normalized view (`marsad.text.normalize.fold`) and compiled once into a
single regular expression that finds every cue of a folded text, with an optional و/ف prefix on
single-word cues. A cue ``form`` that ends in ``ل`` («وفقا ل») also matches when glued to the next
word («وفقا لنص»).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import ahocorasick

from marsad.text.normalize import fold

__all__ = ["Cue", "CueMatch", "Lexicon", "lexicon", "TYPES"]

TYPES = ("verb", "participle", "noun", "passive", "source", "self", "doc", "medium", "stop")


@dataclass(frozen=True, slots=True)
class Cue:
    form: str  # as written in the TSV
    lemma: str
    type: str
    prep: str


@dataclass(frozen=True, slots=True)
class CueMatch:
    """A cue found in the folded view: ``start``/``end`` cover the prefix and the form."""

    start: int
    end: int
    cue: Cue
    prefixed: bool  # carries a و/ف conjunction («وقال»)


class Lexicon:
    """All cue forms, keyed by folded form, and the compiled pattern that finds them."""

    def __init__(self, cues: list[Cue]):
        self.cues = cues
        self.by_form: dict[str, Cue] = {}
        for c in cues:
            self.by_form.setdefault(fold(c.form), c)
        alternatives = []
        for form in sorted(self.by_form, key=len, reverse=True):
            body = r"\s+".join(re.escape(w) for w in form.split())
            if form.endswith(" ل"):
                alternatives.append(body + r"ـ*")
            else:
                alternatives.append(body + r"(?!\w)")
        self.pattern = re.compile(r"(?<!\w)(?P<pre>[وف](?=\w))?(?P<form>" + "|".join(alternatives) + ")")
        # the first words of the forms: the pattern can only match where one of them occurs (at the
        # position itself or after a one-letter prefix), so it is tried there and nowhere else
        self._firsts = ahocorasick.Automaton()
        for form in self.by_form:
            first = form.split()[0]
            self._firsts.add_word(first, len(first))
        self._firsts.make_automaton()

    def __len__(self) -> int:
        return len(self.cues)

    def find(self, view: str) -> list[CueMatch]:
        """Every cue of the folded text ``view``, left to right, longest form first."""
        out = []
        for m in self._matches(view):
            form = re.sub(r"\s+", " ", m.group("form")).rstrip("ـ")
            cue = self.by_form.get(form)
            if cue is None:
                continue
            if m.group("pre") and " " in form:
                continue  # prefixes only on one-word forms: «وفق» is not و + «فق»
            out.append(CueMatch(m.start(), m.end(), cue, bool(m.group("pre"))))
        return out

    def _matches(self, view: str) -> Iterator[re.Match[str]]:
        """``self.pattern.finditer(view)``, trying only the positions where a form can start."""
        starts: set[int] = set()
        for end, length in self._firsts.iter(view):
            p = end + 1 - length
            starts.add(p)
            if p > 0 and view[p - 1] in "وف":
                starts.add(p - 1)
        done = 0
        for p in sorted(starts):
            if p < done:
                continue
            m = self.pattern.match(view, p)
            if m is not None:
                done = m.end()
                yield m

    def lookup(self, word: str) -> Cue | None:
        """The cue of a single folded word, with or without its و/ف prefix."""
        c = self.by_form.get(word)
        if c is None and len(word) > 2 and word[0] in "وف":
            c = self.by_form.get(word[1:])
        return c


def _read() -> list[Cue]:
    text = resources.files("marsad").joinpath("data/quotes/cues.tsv").read_text("utf-8")
    cues = []
    header_seen = False
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if not header_seen:
            header_seen = True
            if parts[0] == "form":
                continue
        parts += [""] * (4 - len(parts))
        form, lemma, type_, prep = (p.strip() for p in parts[:4])
        if type_ not in TYPES:
            raise ValueError(f"cues.tsv: unknown cue type {type_!r} for {form!r}")
        cues.append(Cue(form, lemma, type_, prep))
    return cues


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The cue lexicon (read and compiled once per process)."""
    return Lexicon(_read())
