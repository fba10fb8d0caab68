"""marsad's temporal tagger vs dateparser on the same hand-annotated news dev set: accuracy and speed.

    .venv/bin/python bench/time_vs_dateparser.py [--corpus-sentences 20000]

Scoring is the one of `marsad eval time`: a gold expression is right when a predicted expression
overlaps its span and has exactly its TIMEX3 value. dateparser (``search.search_dates`` with
``languages=['ar']`` and ``RELATIVE_BASE`` = the publication date) returns datetimes, so its value
is written at the precision of the gold value (day, month, year, ISO week, clock time); durations,
sets and PRESENT_REF cannot be expressed by it and count as wrong — the "dates only" line leaves
them out. Speed is single-process sentences per second; the tagger's throughput is also measured on
ANT corpus sentences (reserved articles skipped).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import re
import time
from pathlib import Path

from marsad.time import find_times
from marsad.time.evaluate import DEFAULT_DEV, _pair

DATA = Path("/work/shared/data/news")


def _format_like(d: dt.datetime, gold: str) -> str:
    if re.fullmatch(r"\d{4}-W\d\d", gold):
        y, w, _ = d.isocalendar()
        return f"{y}-W{w:02d}"
    if "T" in gold:
        return d.strftime("%Y-%m-%dT%H:%M")
    return d.strftime("%Y-%m-%d")[: len(gold)] if re.fullmatch(r"\d{4}(-\d\d){0,2}", gold) else d.isoformat()


class _Span:
    __slots__ = ("start", "end", "value")

    def __init__(self, start: int, end: int, value: str):
        self.start, self.end, self.value = start, end, value


def dateparser_spans(sentence: str, published: dt.date, golds: list[dict]) -> list[_Span]:
    from dateparser.search import search_dates

    base = dt.datetime(published.year, published.month, published.day)
    found = search_dates(sentence, languages=["ar"], settings={"RELATIVE_BASE": base}) or []
    spans, pos = [], 0
    for text, when in found:
        i = sentence.find(text, pos)
        if i < 0:
            i = sentence.find(text)
        if i < 0:
            continue
        pos = i + len(text)
        overlapping = [g for g in golds if min(g["end"], pos) > max(g["start"], i)]
        value = _format_like(when, overlapping[0]["value"]) if overlapping else when.date().isoformat()
        spans.append(_Span(i, pos, value))
    return spans


def score(rows: list[dict], tagger) -> tuple[int, int, int, int, float]:
    right = gold = dright = dgold = 0
    t0 = time.perf_counter()
    preds = [tagger(r) for r in rows]
    elapsed = time.perf_counter() - t0
    for r, pred in zip(rows, preds, strict=True):
        for g, p in _pair(r["times"], pred):
            ok = p is not None and p.value == g["value"]
            gold += 1
            right += ok
            if g["type"] in ("DATE", "TIME") and re.match(r"\d{4}", g["value"]):
                dgold += 1
                dright += ok
    return right, gold, dright, dgold, len(rows) / elapsed


def corpus_sentences(limit: int) -> list[tuple[str, dt.date]]:
    reserved = set((DATA / "RESERVED_IDS.txt").read_text().split())
    out: list[tuple[str, dt.date]] = []
    with (DATA / "ant" / "ant.jsonl").open(encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            if a["id"] in reserved or not a["text"]:
                continue
            pub = dt.date.fromisoformat(a["date"])
            out += [(s, pub) for s in re.split(r"(?<=[.!?؟])\s+|\n+", a["text"]) if s.strip()]
            if len(out) >= limit:
                return out[:limit]
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--dev", type=Path, default=DEFAULT_DEV)
    ap.add_argument("--corpus-sentences", type=int, default=20000)
    args = ap.parse_args()
    rows = [json.loads(line) for line in args.dev.read_text("utf-8").splitlines() if line.strip()]
    find_times("أمس", dt.date(2017, 1, 1))  # compile the grammar before timing
    results = {
        "marsad": score(rows, lambda r: find_times(r["sentence"], dt.date.fromisoformat(r["published"]))),
        "dateparser": score(
            rows, lambda r: dateparser_spans(r["sentence"], dt.date.fromisoformat(r["published"]), r["times"])
        ),
    }
    print(f"news dev set: {len(rows)} sentences, {results['marsad'][1]} gold expressions")
    print(f"{'system':12s} {'exact value':>18s} {'dates only':>18s} {'sentences/s':>12s}")
    for name, (right, gold, dright, dgold, speed) in results.items():
        print(
            f"{name:12s} {right:4d}/{gold} {right / gold:6.1%} {dright:4d}/{dgold} {dright / dgold:6.1%} {speed:12.0f}"
        )
    if args.corpus_sentences:
        sents = corpus_sentences(args.corpus_sentences)
        t0, c0 = time.perf_counter(), time.process_time()
        n = sum(len(find_times(s, d)) for s, d in sents)
        el, cpu = time.perf_counter() - t0, time.process_time() - c0
        chars = sum(len(s) for s, _ in sents) / max(len(sents), 1)
        print(
            f"marsad throughput on {len(sents)} ANT sentences (mean {chars:.0f} chars), one process: "
            f"{len(sents) / cpu:,.0f} sentences per CPU-second ({len(sents) / el:,.0f}/s wall clock; "
            f"load average {os.getloadavg()[0]:.1f}), {n} expressions"
        )


if __name__ == "__main__":
    main()
