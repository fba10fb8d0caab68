"""`find_times`: find Arabic temporal expressions and normalize them against the publication date.

Steps, all on the folded view of the text (`marsad.text.normalize`):

1. every pattern of `marsad.time.grammar` proposes candidates, which `marsad.time.rules` values;
2. the longest non-overlapping candidates are kept;
3. spans grow over what belongs to them: «اليوم/أمس/يوم» before an explicit date, «مطلع/منتصف/
   نهاية/موفى …» before a month/year/week (the value stays that of the period), and the first day of
   a range («من 21 إلى 31 مارس», «يومي 19 و20 سبتمبر») becomes an expression of its own;
4. «the same» period («في اليوم نفسه», «أكتوبر من نفس السنة», «26 من الشهر ذاته», «بالشهر ذاته من
   عام 2014») takes its value from the nearest earlier date of the text; without one it is dropped;
5. a clock time takes the date of the nearest day expression of its sentence (else the publication
   day);
6. spans are mapped back to the original text.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass

from marsad.doc import Sentence, TimeExpr
from marsad.text.normalize import NormalizedText, normalize
from marsad.time import resolve as R
from marsad.time.grammar import WINDOWED_EXCEPT, key_hits, patterns, pieces, windows
from marsad.time.lexicon import lexicon
from marsad.time.rules import HANDLERS, Value
from marsad.time.tense import ongoing_at, tense_at

__all__ = ["find_times"]

_SENT_END = re.compile(r"[!?؟\n]+|(?<!\d)\.(?!\d)")
# Cheap test: a text with none of these cannot hold an expression.
_PREFILTER = re.compile(
    r"\d|امس|يوم|غد|ليل|شهر|عام|سنه|سنو|اسبوع|ساع|الان|حاليا|منذ|ات(?!\w)|يا(?!\w)|[^\W\d]{3,}"
)
_FIRST_PERSON_FUTURE = re.compile(r"(?<![^\W\d_])(?:[وف](?=سأ))?سأ(?=\w\w)")
_PRIORITY = {name: i for i, name in enumerate(HANDLERS)}
_DAY_VALUE = re.compile(r"^(?:\d{4}|XXXX)-(?:\d\d|XX)-(?:\d\d|XX)$")


@dataclass
class _Cand:
    start: int
    end: int
    rule: str
    value: Value


class _Ctx:
    """What a rule may ask about the text: tense of a clause, the original characters."""

    def __init__(self, nt: NormalizedText, ref: dt.date | None, sentences: list[Sentence] | None):
        self.nt = nt
        self.view = nt.text
        self.ref = ref
        self._sentences = sentences
        self._bounds: list[int] | None = None  # sentence starts in the view, computed when first needed
        self._marked: frozenset[int] | None = None

    def sentence(self, i: int) -> tuple[int, int]:
        if self._bounds is None:
            self._bounds = _bounds(self.nt, self._sentences)
        k = bisect_right(self._bounds, i) - 1
        hi = self._bounds[k + 1] if k + 1 < len(self._bounds) else len(self.view)
        return self._bounds[max(k, 0)], hi

    def tense(self, start: int, end: int) -> int | None:
        if self._marked is None:  # «سأعود»: the hamza of the future prefix is lost in the view
            found = _FIRST_PERSON_FUTURE.finditer(self.nt.original)
            self._marked = frozenset(self.nt.to_normalized(m.start()) for m in found)
        lo, hi = self.sentence(start)
        return tense_at(self.view, start, end, lo, hi, self._marked)

    def ongoing(self, start: int, end: int) -> bool:
        lo, hi = self.sentence(start)
        return ongoing_at(self.view, start, end, lo, hi)

    def original_char(self, i: int) -> str:
        j = self.nt.to_original(i)
        return self.nt.original[j] if j < len(self.nt.original) else ""


def _bounds(nt: NormalizedText, sentences: list[Sentence] | None) -> list[int]:
    if sentences:
        starts = sorted({nt.to_normalized(s.start) for s in sentences} | {0})
        return starts
    return [0] + [m.end() for m in _SENT_END.finditer(nt.text)]


def _select(cands: list[_Cand]) -> list[_Cand]:
    """The longest candidates that overlap no longer (or earlier-listed) one."""
    cands.sort(key=lambda c: (-(c.end - c.start), _PRIORITY[c.rule], c.start))
    starts: list[int] = []  # taken spans, sorted by start; they never overlap each other
    ends: list[int] = []
    taken: list[_Cand] = []
    for c in cands:
        k = bisect_right(starts, c.start)
        if k > 0 and ends[k - 1] > c.start:
            continue
        if k < len(starts) and starts[k] < c.end:
            continue
        starts.insert(k, c.start)
        ends.insert(k, c.end)
        taken.insert(k, c)
    return taken


def _left_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    p = pieces()
    day = re.compile(rf"(?:(?:{p['POD']})\s+)?(?:يوم\s+)?(?:(?:{p['REL']})\s*[،,(]?\s*)?(?:[لب]?يوم\s+)?$")
    edge = re.compile(rf"(?<!\w)(?:{p['EDGE']})\s+(?:من\s+)?(?:شهر\s+)?$")
    rng = re.compile(
        rf"(?<!\w)(?:من|بين|يومي|ايام)\s+(?:ال)?(?P<d1>[0-3]?\d|{p['ORD']})\s*(?:الي\s+غايه|الي|حتي|و|-|–)\s*$"
    )
    return day, edge, rng


_LEFT: tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]] | None = None


def _extend(cands: list[_Cand], view: str) -> list[_Cand]:
    global _LEFT
    if _LEFT is None:
        _LEFT = _left_patterns()
    day_rx, edge_rx, range_rx = _LEFT
    out: list[_Cand] = []
    prev_end = 0
    for c in cands:
        window = view[max(prev_end, c.start - 48) : c.start]
        if c.value.gran == "day" and c.rule.startswith("date."):
            m = day_rx.search(window)
            if m and m.start() < len(window):
                c.start -= len(window) - m.start()
            rm = range_rx.search(view[max(prev_end, c.start - 48) : c.start])
            if rm and _DAY_VALUE.match(c.value.value):
                first = _range_start(rm.group("d1"), c.value.value)
                if first:
                    s = c.start - (len(view[max(prev_end, c.start - 48) : c.start]) - rm.start("d1"))
                    out.append(_Cand(s, s + len(rm.group("d1")), "range", Value("DATE", first, 0.85, "day")))
        elif c.value.gran in ("month", "year", "week") and c.start > 0:
            m = edge_rx.search(window)
            if m:
                c.start -= len(window) - m.start()
        out.append(c)
        prev_end = c.end
    return out


_YEARLY = re.compile(r"\s*[،,]?\s*(?:من\s+كل\s+(?:عام|سنه)|كل\s+(?:عام|سنه)|سنويا)(?!\w)")
_DAY_MONTH_YEAR = re.compile(r"^(\d{4})-(\d\d)-(\d\d)$")
_YEAR_MONTH = re.compile(r"^(\d{4})-(\d\d)")


def _yearly(cands: list[_Cand], view: str) -> list[_Cand]:
    """A day of the year said to come back every year («يوم 25 يناير من كل عام», «في 6 أكتوبر سنويا»)
    is a recurring date (SET XXXX-MM-DD), not the day the resolver would pick: no event happened on
    it. The «كل عام» it absorbs is dropped (the candidates are in text order and do not overlap)."""
    out: list[_Cand] = []
    absorbed = -1
    for c in cands:
        if c.start < absorbed:
            continue
        dm = _DAY_MONTH_YEAR.match(c.value.value)
        m = _YEARLY.match(view, c.end) if dm and c.value.gran == "day" and c.value.type == "DATE" else None
        if m is None:
            out.append(c)
            continue
        absorbed = m.end()
        out.append(_Cand(c.start, absorbed, "set.yearly", Value("SET", f"XXXX-{dm[2]}-{dm[3]}", 0.85, "set")))
    return out


_YEAR4 = re.compile(r"(?<!\d)(?:1[89]|20)\d\d(?!\d)")
_YEAR_REACH = 160  # characters back a bare day looks for a dated month of its own
_CALENDAR_DAYS = frozenset({"date.full", "range"})  # a day and a month named, not «أمس»
_STOP = re.compile(r"[.!?؟\n]")  # «… أغسطس 2014. وأعلنت»: a full stop after a year ends the sentence too


def _years_before(cands: list[_Cand], view: str) -> list[_Cand]:
    """«حرب أكتوبر 1973 … وبالتحديد في يومي 24 و25 أكتوبر»: a day and month without a year, after an
    expression of the same sentence that gives that month with its year, is of that year (not the
    publication year's nearest October)."""
    for i, c in enumerate(cands):
        dm = _DAY_MONTH_YEAR.match(c.value.value)
        if c.rule not in _CALENDAR_DAYS or dm is None or _YEAR4.search(view, c.start, c.end):
            continue  # «أول من أمس» is the publication's, whatever month was named before
        for prev in reversed(cands[:i]):
            if c.start - prev.end > _YEAR_REACH or _STOP.search(view, prev.end, c.start):
                break
            pm = _YEAR_MONTH.match(prev.value.value)
            if prev.value.type == "DATE" and pm and _YEAR4.search(view, prev.start, prev.end):
                if pm.group(2) == dm.group(2) and pm.group(1) != dm.group(1):
                    c.value = Value(
                        "DATE", f"{pm.group(1)}-{dm.group(2)}-{dm.group(3)}", c.value.confidence, c.value.gran
                    )
                break
    return cands


def _range_start(d1: str, value: str) -> str | None:
    n = int(d1) if d1.isdigit() else lexicon().ordinals.get(re.sub(r"\s+", " ", d1))
    y, m, d = value.split("-")
    if not n or d == "XX" or not 1 <= n < int(d):
        return None
    return f"{y}-{m}-{n:02d}"


_PERIOD_LEN = {"Y": 4, "M": 7, "D": 10}
_PERIOD_RX = re.compile(r"\d{4}(?:-\d\d(?:-\d\d)?)?")
_FINER = {"Y": ("month", "day"), "M": ("day",)}  # what a «same» period may complete
_GRAN = {"D": "day", "W": "week", "M": "month", "Y": "year"}
_JOIN = re.compile(r"\s+(?:من\s+)?")
_SAME_PATTERNS: tuple[re.Pattern[str], re.Pattern[str]] | None = None


def _same_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A day number before «(من) نفس الشهر»; «نفسه/ذاته» after «26 من الشهر»."""
    global _SAME_PATTERNS
    if _SAME_PATTERNS is None:
        p = pieces()
        _SAME_PATTERNS = (
            re.compile(rf"(?<!\w)(?:يوم\s+)?(?P<d>[0-3]?\d|{p['ORD']})\s+(?:من\s+)?$"),
            re.compile(rf"\s+(?:{p['SAMEA']})(?!\w)"),
        )
    return _SAME_PATTERNS


def _period(value: str, unit: str) -> str | None:
    """The ``unit`` period (D, W, M, Y) of a date value: ``2015-03-03`` and M give ``2015-03``."""
    if unit == "W":
        if _DAY_VALUE.match(value[:10]) and value[:4].isdigit() and "X" not in value[:10]:
            return R.week(dt.date.fromisoformat(value[:10]))
        return value if re.fullmatch(r"\d{4}-W\d\d", value) else None
    head = value[: _PERIOD_LEN[unit]]
    return head if len(head) == _PERIOD_LEN[unit] and _PERIOD_RX.fullmatch(head) else None


def _antecedent(done: list[_Cand], unit: str) -> tuple[str, float] | None:
    """The ``unit`` period of the nearest earlier date that has one, with its confidence."""
    for c in reversed(done):
        if c.value.type in ("DATE", "TIME") and c.value.gran != "same":
            p = _period(c.value.value, unit)
            if p:
                return p, c.value.confidence
    return None


def _valid_day(value: str) -> bool:
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _same_periods(cands: list[_Cand], view: str) -> list[_Cand]:
    """Fill in «the same» periods from the nearest earlier date (step 4 of the module doc)."""
    day_before, after_rx = _same_patterns()
    out: list[_Cand] = []
    i, n = 0, len(cands)
    while i < n:
        c = cands[i]
        nxt = cands[i + 1] if i + 1 < n else None
        i += 1
        if c.value.gran == "same":
            unit = c.value.value
            lo = max(out[-1].end if out else 0, c.start - 24)
            mday = day_before.search(view, lo, c.start) if unit == "M" else None
            year_after = (
                nxt is not None
                and unit == "M"
                and nxt.value.gran == "year"
                and _PERIOD_RX.fullmatch(nxt.value.value)
                and re.fullmatch(r"\s+من\s+", view[c.end : nxt.start])
            )
            if year_after:  # «بالشهر ذاته من عام 2014»: the earlier date's month in that year
                found = _antecedent(out, "M")
                if found:
                    v = nxt.value.value + found[0][4:]
                    conf = min(found[1], nxt.value.confidence, 0.9)
                    out.append(_Cand(c.start, nxt.end, "same", Value("DATE", v, conf, "month")))
                    i += 1
                continue
            found = _antecedent(out, "M" if mday else unit)
            if found is None:
                continue
            if mday:  # «إلى 26 من نفس الشهر»
                d = mday.group("d")
                num = int(d) if d.isdigit() else lexicon().ordinals.get(re.sub(r"\s+", " ", d), 0)
                v = f"{found[0]}-{num:02d}"
                if not _valid_day(v):
                    continue
                out.append(_Cand(mday.start(), c.end, "same", Value("DATE", v, min(found[1], 0.9), "day")))
                continue
            out.append(
                _Cand(c.start, c.end, "same", Value("DATE", found[0], min(found[1], 0.85), _GRAN[unit]))
            )
            continue
        if (
            nxt is not None
            and nxt.value.gran == "same"
            and c.value.gran in _FINER.get(nxt.value.value, ())
            and _JOIN.fullmatch(view[c.end : nxt.start])
        ):  # «أكتوبر من نفس السنة», «20 نوفمبر من العام ذاته»: the earlier date's year
            found = _antecedent(out, nxt.value.value)
            if found:
                i += 1
                v = found[0] + c.value.value[len(found[0]) :]
                if c.value.gran != "day" or _valid_day(v):  # no 29 February of a year that has none
                    conf = min(found[1], c.value.confidence, 0.9)
                    out.append(
                        _Cand(c.start, nxt.end, c.rule + "+same", Value("DATE", v, conf, c.value.gran))
                    )
                continue
        if c.rule == "date.relmonth" and view[c.start : c.end].endswith("الشهر"):
            tail = after_rx.match(view, c.end)
            found = _antecedent(out, "M") if tail else None
            if tail and found:  # «26 من الشهر ذاته»: a day of the earlier date's month
                v = found[0] + c.value.value[7:]
                if _valid_day(v):
                    conf = min(found[1], c.value.confidence, 0.9)
                    out.append(_Cand(c.start, tail.end(), c.rule + "+same", Value("DATE", v, conf, "day")))
                continue
        out.append(c)
    return out


def _anchor_clocks(cands: list[_Cand], ctx: _Ctx) -> list[_Cand]:
    days = [c for c in cands if c.value.gran == "day" and _DAY_VALUE.match(c.value.value)]
    day_starts = [d.start for d in days]  # cands are sorted by start, so days are too
    fallback = R.shift_days(ctx.ref, 0)
    out = []
    for c in cands:
        if c.value.gran == "time" and c.value.value == "":
            lo, hi = ctx.sentence(c.start)
            k = bisect_right(day_starts, c.start - 1)
            before = days[k - 1] if k > 0 and days[k - 1].start >= lo else None
            j = bisect_right(day_starts, c.end - 1)
            after = days[j] if j < len(days) and days[j].start < min(hi, c.end + 30) else None
            anchor = (before or after).value.value if (before or after) else fallback
            v = c.value
            c = _Cand(
                c.start, c.end, c.rule, Value("TIME", R.clock(anchor, v.hour, v.minute), v.confidence, "time")
            )
        out.append(c)
    return out


def find_times(
    text: str, published: dt.date | None, *, sentences: list[Sentence] | None = None
) -> list[TimeExpr]:
    """Temporal expressions of ``text`` with TIMEX3 values relative to ``published``.

    ``sentences`` (from the text component) bound the clauses used for tense; without them the text
    is cut at sentence punctuation and line breaks. Spans index ``text`` itself.
    """
    if not text or not text.strip():
        return []
    nt = normalize(text)
    view = nt.text
    hits = key_hits(view)
    if not hits:
        return []
    ctx = _Ctx(nt, published, sentences)
    cands: list[_Cand] = []
    for pat in patterns():
        spans = hits.get(pat.name)
        if spans is None:
            continue
        handler = HANDLERS[pat.name]
        for lo, hi in [(0, len(view))] if pat.name in WINDOWED_EXCEPT else windows(view, spans):
            for m in pat.regex.finditer(view, lo, hi):
                v = handler(m, ctx)
                if v is not None:
                    cands.append(_Cand(m.start("body"), m.end("body"), pat.name, v))
    if not cands:
        return []
    chosen = _anchor_clocks(
        _same_periods(_years_before(_yearly(_extend(_select(cands), view), view), view), view), ctx
    )
    out = []
    for c in sorted(chosen, key=lambda c: c.start):
        s, e = nt.span_to_original(c.start, c.end)
        out.append(TimeExpr(s, e, text[s:e], c.value.type, c.value.value, c.rule, c.value.confidence))
    return out
