"""The state of one quote-finding pass over a text (`Scan`) and the clause helpers its rules share.

Everything here is in positions of the folded view: the text's words (`Words`), its paired quotation
marks, its sentences, the cues found in it, and the quotes found so far (`Draft`). `clause_end` reads a
reported clause to its end: the end of the sentence, the next statement's cue, a postposed «حسب قوله»,
or the journalist's words («وذلك في تعليقه»); paired marks inside are read whole, across sentences.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from marsad.quotes.cues import lexicon
from marsad.quotes.marks import Marks, pair_marks
from marsad.quotes.words import CONTENT_STOP, SENTENCE_END, Words
from marsad.text.normalize import NormalizedText

__all__ = ["Scan", "Draft", "CLAUSE_OPENERS"]

CLAUSE_OPENERS = frozenset(
    {"فيما", "بينما", "كما", "وكما", "لكن", "ولكن", "لكنه", "ولكنه", "لكنها", "ولكنها", "لكنهم", "ولكنهم"}
)


@dataclass(slots=True)
class Draft:
    """A quote under construction (view offsets)."""

    start: int
    end: int
    kind: str
    cue: tuple[int, int]
    speaker: tuple[int, int] | None
    how: str
    reported_by: tuple[int, int] | None
    rule: str
    conf: float
    nested_in: int | None = None


class Scan:
    """The state of one pass over a text, and the clause helpers the rules share."""

    def __init__(self, text: str, view: NormalizedText, sentences: Sequence[tuple[int, int]] | None):
        self.text = text
        self.v = view
        self.V = view.text
        self.w = Words(self.V)
        self.lex = lexicon()
        self.marks: Marks = pair_marks(text)
        to_v = view.to_normalized
        self.open_at = {to_v(p.open): to_v(p.close) for p in self.marks.pairs}
        self.close_at = {c: o for o, c in self.open_at.items()}
        self.unopened = {to_v(i) for i in self.marks.unopened}
        self.unclosed = {to_v(i) for i in self.marks.unclosed}
        if sentences is None:
            from marsad.text.sentences import sentence_bounds

            sentences = [(s, e) for s, e, _ in sentence_bounds(text)]
        self.sents = [(to_v(s), to_v(e)) for s, e in sentences] or [(0, len(self.V))]
        self.sstarts = [s for s, _ in self.sents]
        self.quotes: list[Draft] = []
        self.used_pairs: set[int] = set()
        self.subject: tuple[int, int] | None = None  # last named subject (view span)
        self.pending: tuple[int, tuple[int, int] | None, str] | None = None  # (token, speaker, how)
        self.consumed: set[int] = set()  # cue starts already used as part of another quote
        self.cues = self.lex.find(self.V)
        self.cue_at = {cm.start: cm for cm in self.cues}

    # -- helpers ---------------------------------------------------------------------------------
    def sentence(self, pos: int) -> tuple[int, int]:
        k = max(bisect_right(self.sstarts, pos) - 1, 0)
        return self.sents[k]

    def span(self, a: int, b: int) -> tuple[int, int]:
        """View span of tokens [a, b)."""
        return self.w.starts[a], self.w.ends[b - 1]

    def enclosing(self, pos: int) -> int | None:
        for k in range(len(self.quotes) - 1, -1, -1):
            q = self.quotes[k]
            if q.start <= pos < q.end and q.nested_in is None:
                return k
        return None

    def cue_type(self, k: int) -> str | None:
        cm = self.cue_at.get(self.w.starts[k])
        if cm is not None:
            return cm.cue.type
        c = self.lex.lookup(self.w.texts[k])
        return c.type if c else None

    def name_like(self, k: int) -> bool:
        """A short quotation followed by more words: a name or a term, not a statement."""
        close = self.open_at[self.w.starts[k]]
        j = self.w.at(close)
        nxt = self.w.text(j + 1)
        return nxt == ":" or (j - k - 1 <= 3 and bool(nxt) and nxt[0].isalnum())

    # -- content -----------------------------------------------------------------------------------
    def clause_end(self, start: int) -> int:
        """End (view) of an indirect clause that starts at ``start``."""
        w, V = self.w, self.V
        _, send = self.sentence(start)
        k0 = k = w.at(start)
        end = start
        while k < len(w) and w.starts[k] < send:
            t = w.texts[k]
            pos = w.starts[k]
            if k > k0 and "\n" in V[w.ends[k - 1] : pos]:
                break
            if t == '"' and pos in self.open_at:
                close = self.open_at[pos]
                end = close + 1
                if close >= send:
                    _, send = self.sentence(close)
                k = w.at(close + 1)
                continue
            if t in SENTENCE_END and (pos + 1 >= len(V) or V[pos + 1].isspace() or V[pos - 1].isspace()):
                break
            if k > k0 and self.ends_clause(k):
                back = 1 if w.text(k - 1) in CLAUSE_OPENERS else 2 if w.text(k - 1) == "ما" else 0
                if back and k - back > k0:
                    end = min(end, w.ends[k - back - 1])  # «…، ولكنه أضاف», «… في ما أكدت»
                break
            if pos in self.unopened:
                end = pos + 1
                k += 1
                continue
            end = w.ends[k]
            k += 1
        return self._trim(start, end)

    def ends_clause(self, k: int) -> bool:
        """Whether token k starts a new statement or the journalist's words inside a clause."""
        w = self.w
        typ = self.cue_type(k)
        before = w.text(k - 1)
        if typ in ("participle", "self", "noun"):
            return True
        if typ == "source" and before == "،":
            return True
        if typ in ("verb", "doc") and (
            (w.texts[k][0] == "و" and self.lex.by_form.get(w.texts[k]) is None)
            or before in CLAUSE_OPENERS
            or (before == "ما" and w.text(k - 2) == "في")
        ):
            return True
        return self.V.startswith(CONTENT_STOP, w.starts[k])

    def _trim(self, start: int, end: int) -> int:
        while end > start and (self.V[end - 1].isspace() or self.V[end - 1] in "،,.:؛;-"):
            end -= 1
        return end
