"""Find quotes in a text: pure functions, no article needed (``find_quotes(text, sentences)``).

For every speech cue of the lexicon (``cues.py``), in text order:

1. the **speaker phrase**: the subject after the verb (VSO), before it (SVO), or — for a verb with no
   subject («وأضاف», «وقال إن»), a participle («مشيرا إلى أنّ») or a verbal noun («قوله») — the last
   subject named before it (`Tracker`). «نقل X عن Y» and «X، نقلا عن Y» make Y the speaker and X the
   reporter (``reported_by``).
2. the **content**: a quotation in marks right after the subject or a colon (direct); a clause after
   إنّ/أنّ/بأنّ to the end of the sentence, a following participle cue or a postposed «حسب قوله» (indirect,
   or mixed when it holds quoted words); a quotation that runs over sentences and paragraphs is kept
   whole. A quote whose cue lies inside another quote's content is *nested*: its reporter is the
   outer speaker and it does not change the current speaker.
3. «according to» cues: sentence-initial «وبحسب خبراء، …» attributes the rest of the sentence; a
   postposed «…، حسب ما أكده مسؤول» the clause before it (or names the reporter of the quote it follows).
4. a paragraph that is one quotation with no cue continues the previous direct quote's speaker.

All matching is on the folded view; spans are mapped back to the original text at the end.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from marsad.quotes.cues import CueMatch
from marsad.quotes.marks import MarkIssue
from marsad.quotes.scan import Draft, Scan
from marsad.quotes.speakers import issuer_before, np_after, np_before
from marsad.quotes.words import (
    BARE_COMPLEMENTIZERS,
    COMPLEMENTIZERS,
    NOT_REPORT_BEFORE,
    SENTENCE_END,
    SUBJUNCTIVE_AFTER,
)
from marsad.text.normalize import NormalizedText, normalize

__all__ = ["FoundQuote", "find_quotes"]

_SCAN = 32  # tokens between a cue and its complement
_PENDING = 6  # a cue this close before another hands it its subject («مضيفا … قوله إن»)
_ADJUNCT = frozenset({"في", "خلال", "ل", "امس", "اليوم", ":", "،"})
_CLAUSE_LEADS = frozenset({"فيما", "بينما"})
_NOT_VERB_OPENERS = frozenset(
    {"وفي", "وفيما", "وعلي", "وعن", "ومن", "وبعد", "وقبل", "وخلال", "ولكن", "وهذا", "وهو", "وهي"}
)
_AUX_BEFORE = frozenset({"كان", "كانت", "كانوا", "وكان", "وكانت", "وكانوا"})


@dataclass(frozen=True, slots=True)
class FoundQuote:
    """A statement (original offsets). ``speaker`` is the speaker *phrase*; entities are chosen later."""

    start: int
    end: int
    kind: str  # direct | indirect | mixed
    cue: tuple[int, int]
    speaker: tuple[int, int] | None
    speaker_how: str  # vso | svo | inherited | chain | source | doc | passive | none
    reported_by: tuple[int, int] | None
    rule: str
    confidence: float
    nested_in: int | None = None


class _Finder(Scan):
    """The quote rules, cue by cue (see the module doc)."""

    # -- cues --------------------------------------------------------------------------------------
    def run(self) -> None:
        w = self.w
        for cm in self.cues:
            if cm.start in self.consumed:
                continue
            k = w.at(cm.start)
            kend = w.at(cm.end)
            typ = cm.cue.type
            if typ in ("verb", "participle", "noun", "passive", "doc"):
                self.on_speech(cm, k, kend)
            elif typ == "source":
                self.on_source(cm, k, kend)
        self.paragraph_continuations()

    def resolve_speaker(self, cm: CueMatch, k: int, kend: int) -> tuple[tuple[int, int] | None, str, int]:
        """Speaker phrase (view), how it was found, and the token where the complement scan starts."""
        w = self.w
        typ = cm.cue.type
        _, send = self.sentence(cm.start)
        if typ == "passive":
            return None, "passive", kend
        if typ == "verb" and not cm.prefixed:
            np = np_before(w, k, self.sentence(cm.start)[0], self.lex)
            if np and (w.text(np[0] - 1) in COMPLEMENTIZERS or w.text(np[0] - 1) in _AUX_BEFORE):
                return self.span(*np), "svo", kend  # «إن بوتين أبلغ نتنياهو بأن», «وكانت ماي قد قالت»
        if typ == "verb" and w.text(kend) in ("فيه", "فيها"):
            np = issuer_before(w, k, self.sentence(cm.start)[0], self.lex, self.open_at)
            if np:
                return self.span(*np), "doc", kend + 1
        if typ in ("verb", "doc"):
            np = np_after(w, kend, send, self.lex, self.open_at)
            if np:
                return self.span(*np), "vso" if typ == "verb" else "doc", np[1]
            if typ == "verb" and not cm.prefixed:
                sstart, _ = self.sentence(cm.start)
                np = np_before(w, k, sstart, self.lex)
                if np:
                    return self.span(*np), "svo", kend
        if typ == "noun" and self.pending and 0 < k - self.pending[0] <= _PENDING:
            return self.pending[1], self.pending[2], kend
        if typ == "noun":
            np = np_before(w, k, self.sentence(cm.start)[0], self.lex)
            if np is None and w.text(k - 1) == "،":
                np = np_before(w, k - 1, self.sentence(cm.start)[0], self.lex)
            if np:
                return self.span(*np), "svo", kend
        if self.pending and 0 < k - self.pending[0] <= _PENDING:
            return self.pending[1], self.pending[2], kend
        clause = self.clause_subject(k)
        if clause is not None:
            return clause, "clause", kend
        return self.subject, "inherited", kend

    def clause_subject(self, k: int) -> tuple[int, int] | None:
        """«فيما وجّه البرغوثي رسالة … مشيراً»: the subject of the sentence's opening verb, when no speaker
        was named in the sentence yet (the previous speaker, from an earlier sentence, would be wrong)."""
        w = self.w
        sstart, _ = self.sentence(w.starts[k])
        if self.subject is not None and self.subject[0] >= sstart:
            return None
        first = w.at(sstart)
        led = False
        for j in range(k - 1, first - 1, -1):
            if w.texts[j] in _CLAUSE_LEADS:
                first, led = j + 1, True
                break
        if first >= k - 1 or first >= len(w):
            return None
        verb = w.texts[first]
        if not (led or (verb[0] in "وف" and len(verb) >= 4)) or len(verb) < 3:
            return None
        if self.cue_type(first) or verb in _NOT_VERB_OPENERS or not verb[0].isalpha():
            return None
        np = np_after(w, first + 1, w.starts[k], self.lex, self.open_at)
        return self.span(*np) if np else None

    def on_speech(self, cm: CueMatch, k: int, kend: int) -> None:
        w = self.w
        speaker, how, j = self.resolve_speaker(cm, k, kend)
        reported_by = None
        sstart, send = self.sentence(cm.start)
        nested = self.enclosing(cm.start)
        if nested is not None and self.quotes[nested].kind == "direct":
            return  # cues inside a speaker's own words are figures of speech, not new statements
        content: tuple[int, int, str, str] | None = None  # start, end, kind, rule
        stop = min(len(w), j + _SCAN)
        j_start = j
        scan_from = w.starts[j] if j < len(w) else len(self.V)
        while j < stop and w.starts[j] < send:
            t = w.texts[j]
            pos = w.starts[j]
            if t == '"' and pos in self.open_at:
                if self.name_like(j):
                    j = w.at(self.open_at[pos]) + 1
                    continue
                close = self.open_at[pos]
                content = (pos + 1, close, "direct", "direct")
                self.used_pairs.add(pos)
                break
            if t == ":":
                nxt = j + 1
                if nxt < len(w) and w.texts[nxt] == '"' and w.starts[nxt] in self.open_at:
                    j = nxt
                    continue
                if nxt < len(w) and w.texts[nxt] in COMPLEMENTIZERS:
                    j = nxt
                    continue
                if nxt < len(w):
                    s = w.starts[nxt]
                    content = (s, self.clause_end(s), "direct", "colon")
                break
            if t in COMPLEMENTIZERS:
                if w.text(j - 1) in NOT_REPORT_BEFORE or (
                    t in BARE_COMPLEMENTIZERS and w.text(j + 1) in SUBJUNCTIVE_AFTER
                ):
                    break
                if t in BARE_COMPLEMENTIZERS:
                    s = w.starts[j + 1] if j + 1 < len(w) else w.ends[j]
                else:
                    s = w.starts[j] + (1 if t.startswith(("ب", "و")) else 0)
                    if t.startswith("وب"):
                        s += 1
                e = self.clause_end(s)
                if e > s:
                    kind = "mixed" if '"' in self.V[s:e] else "indirect"
                    content = (s, e, kind, "complement")
                break
            if pos in self.unclosed and pos >= scan_from:  # «وقال مسؤولون "ستكون …» never closed (W201)
                content = (pos + 1, self.clause_end(pos + 1), "direct", "unclosed")
                break
            if pos in self.unopened and pos > scan_from:
                content = (scan_from, pos, "direct", "unopened")
                break
            typ = self.cue_type(j)
            if typ == "source":
                self.consumed.add(pos)
                src = self.cue_at.get(pos)
                np = np_after(w, w.at(src.end if src else w.ends[j]), send, self.lex, self.open_at)
                if np and how in ("vso", "svo", "doc"):
                    if src is not None and src.cue.lemma == "نقل":  # «ذكرت رويترز، نقلا عن مسؤول»
                        reported_by, speaker, how = speaker, self.span(*np), "chain"
                    else:  # «وقالت الوزارة – بحسب البي بي سي – إن»
                        reported_by = self.span(*np)
                    j = np[1]
                    continue
            if t == "عن" and cm.cue.lemma == "نقل" and speaker is not None:
                np = np_after(w, j + 1, send, self.lex, self.open_at)
                if np:
                    reported_by, speaker, how = speaker, self.span(*np), "chain"
                    j = np[1]
                    continue
            if typ == "noun" and how == "chain" and self.lex.lookup(t).lemma == "قال":
                self.consumed.add(pos)  # «نقلت الوكالة عن مصادر محلية قولها إن»
                j += 1
                continue
            if typ in ("verb", "participle", "noun", "doc") and j >= kend:
                break
            if t in SENTENCE_END or t in ("لكن", "ولكن"):
                break
            j += 1
        if content is None:
            if how in ("vso", "svo", "doc") and nested is None and cm.cue.type != "noun":
                if self.postposed(cm, speaker, how):
                    return
                self.subject = speaker
            self.pending = (kend, speaker, how)
            return
        s, e, kind, rule = content
        if s >= e:
            return
        if nested is not None and (
            how == "inherited"
            or (rule == "direct" and w.at(s) - 1 > j_start and w.text(j_start) not in _ADJUNCT)
        ):
            return  # «أن حزبه أعلن موافقته على المشاركة "إذا …"»: an object, not a statement
        conf = {"direct": 0.95, "colon": 0.85, "complement": 0.9, "unopened": 0.7, "unclosed": 0.7}[rule]
        if cm.cue.type == "participle":
            conf -= 0.05
        if how == "inherited":
            conf -= 0.05
        q = Draft(
            s, e, kind, (cm.start, cm.end), speaker, how, reported_by, f"{rule}.{cm.cue.type}", conf, nested
        )
        if nested is not None:
            q.reported_by = self.quotes[nested].speaker
        self.quotes.append(q)
        self.pending = None
        if nested is None and speaker is not None and how != "passive":
            self.subject = speaker

    def postposed(self, cm: CueMatch, speaker: tuple[int, int] | None, how: str) -> bool:
        """«"…"، قال X»: a quotation right before the cue, not yet attributed."""
        i = cm.start - 1
        while i >= 0 and (self.V[i].isspace() or self.V[i] in "،,"):
            i -= 1
        if i < 0 or i not in self.close_at:
            return False
        o = self.close_at[i]
        if o in self.used_pairs or self.open_at.get(o) != i:
            return False
        k = self.w.at(o)
        if self.name_like(k):
            return False
        self.used_pairs.add(o)
        self.quotes.append(
            Draft(o + 1, i, "direct", (cm.start, cm.end), speaker, how, None, "postposed.verb", 0.85)
        )
        self.subject = speaker
        return True

    def on_source(self, cm: CueMatch, k: int, kend: int) -> None:
        """«بحسب …», «وفقا لـ…», «نقلا عن …» not already part of a chain."""
        w = self.w
        if self.enclosing(cm.start) is not None:
            return
        sstart, send = self.sentence(cm.start)
        j = kend
        if self.V[cm.start : cm.end].rstrip().endswith("ما") and j < len(w):
            self.consumed.add(w.starts[j])
            j += 1  # «حسب ما أكده», «بحسب ما نقلت»
            if w.text(j) == "به":
                j += 1
        np = np_after(w, j, send, self.lex, self.open_at)
        if np is None and w.text(j) == '"' and w.starts[j] in self.open_at:
            close = self.open_at[w.starts[j]]
            speaker = (w.starts[j] + 1, close)
        elif np is None:
            return
        else:
            speaker = self.span(*np)
        prev = self.quotes[-1] if self.quotes else None
        gap = self.V[prev.end : cm.start] if prev else "x"
        if prev and len(gap) <= 4 and not gap.strip(' ،,"') and prev.end <= cm.start:
            if prev.speaker is None:
                prev.speaker, prev.how = speaker, "source"
            elif prev.reported_by is None:
                prev.reported_by = speaker
            return
        head = self.V[sstart : cm.start].strip(' \n"')
        if not head or head in ("و", "ف"):
            tail_k = w.at(speaker[1])
            if w.text(tail_k) == "،":
                tail_k += 1
            later = [c for c in range(tail_k, min(len(w), tail_k + _SCAN)) if w.starts[c] < send]
            if any(self.cue_type(c) in ("verb", "noun") for c in later) or not later:
                return
            s = w.starts[later[0]]
            e = self.clause_end(s)
        else:
            s = sstart
            for lead in ("يذكر ان", "وتجدر الاشاره الي ان", "و"):
                if self.V.startswith(lead, s) and (lead != "و" or self.V[s + 1 : s + 2] != " "):
                    s += len(lead)
                    break
            while s < cm.start and self.V[s].isspace():
                s += 1
            e = self._trim(s, cm.start)
        if e <= s:
            return
        kind = "mixed" if '"' in self.V[s:e] else "indirect"
        self.quotes.append(Draft(s, e, kind, (cm.start, cm.end), speaker, "source", None, "source", 0.75))

    def paragraph_continuations(self) -> None:
        """A paragraph that is one quotation, after a direct quote, continues that speaker."""
        for o, c in sorted(self.open_at.items()):
            if o in self.used_pairs:
                continue
            line_start = self.V.rfind("\n", 0, o) + 1
            if self.V[line_start:o].strip() or line_start == 0:
                continue
            prev = [q for q in self.quotes if q.end <= o and q.nested_in is None]
            if not prev or prev[-1].kind != "direct" or self.V.count("\n", prev[-1].end, o) > 2:
                continue
            line_end = self.V.find("\n", c)
            line_end = len(self.V) if line_end < 0 else line_end
            if len(self.V[c + 1 : line_end].strip()) > 3:
                continue
            p = prev[-1]
            self.used_pairs.add(o)
            self.quotes.append(
                Draft(
                    o + 1,
                    c,
                    "direct",
                    p.cue,
                    p.speaker,
                    "inherited",
                    p.reported_by,
                    "continuation.paragraph",
                    0.8,
                )
            )


def _orig(v: NormalizedText, span: tuple[int, int] | None) -> tuple[int, int] | None:
    if span is None:
        return None
    return v.span_to_original(*span)


def find_quotes(
    text: str, sentences: Sequence[tuple[int, int]] | None = None, view: NormalizedText | None = None
) -> tuple[list[FoundQuote], list[MarkIssue]]:
    """Quotes of ``text`` in text order (original offsets) and the quotation-mark problems met.

    ``sentences`` are (start, end) offsets of the original text; without them the text stage's
    splitter is used.
    """
    if not text or not text.strip():
        return [], []
    v = view or normalize(text)
    scan = _Finder(text, v, sentences)
    scan.run()
    order = sorted(range(len(scan.quotes)), key=lambda i: (scan.quotes[i].start, scan.quotes[i].end))
    new_index = {old: new for new, old in enumerate(order)}
    out = []
    for old in order:
        q = scan.quotes[old]
        s, e = v.span_to_original(q.start, q.end)
        out.append(
            FoundQuote(
                s,
                e,
                q.kind,
                v.span_to_original(*q.cue),
                _orig(v, q.speaker),
                q.how,
                _orig(v, q.reported_by),
                q.rule,
                round(q.conf, 3),
                None if q.nested_in is None else new_index[q.nested_in],
            )
        )
    return out, list(scan.marks.issues)
