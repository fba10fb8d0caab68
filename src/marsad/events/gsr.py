"""Sentence-level ASSAULT and PROTEST detection on openeventdata/arabic_event_gsr (`marsad eval events
--data gsr`).

Positive = ``yes``; negative = ``easy no`` + ``difficult no``; ``ambiguous`` is dropped. A sentence is
detected when the coder finds a ``reported`` event with PLOVER ASSAULT (or PROTEST, or an event of type
Protests or Riots); ``all_statuses`` gives the figures when historical, planned and denied events count
too (the definition used before 2026-11-29). Where the span file has consensus tokens, our actor/target evidence span agrees when it
shares a word with them. The sentences are LDC Gigaword news: read here for evaluation, never shipped.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
import time
from collections import Counter
from pathlib import Path
from typing import Any

from marsad.doc import Article, Event
from marsad.events.stages import analyze_events, upstream
from marsad.text.normalize import fold

__all__ = ["DEFAULT_GSR", "evaluate_gsr"]

DEFAULT_GSR = Path("/work/shared/data/events/arabic_event_gsr")


def _gsr_rows(path: Path) -> list[dict]:
    with path.open(encoding="utf-8", newline="") as f:
        return [r for r in csv.DictReader(f) if r["label"] in ("yes", "easy no", "difficult no")]


def _gsr_date(sid: str) -> dt.date | None:
    m = re.search(r"_(\d{8})\.", sid)
    return dt.datetime.strptime(m.group(1), "%Y%m%d").date() if m else None


def _detects(events: list[Event], kind: str, statuses: tuple[str, ...] = ("reported",)) -> list[Event]:
    """Events of ``kind`` the sentence reports. The GSR labels a background mention («عندما قام
    الاسلامبولي باغتيال السادات عام 1981»), a plan or a denial «no»: only events the coder marks
    ``reported`` count (``statuses=ALL_STATUSES`` gives the older count of every event)."""
    events = [e for e in events if e.status in statuses]
    if kind == "ASSAULT":
        return [e for e in events if e.plover == "ASSAULT"]
    return [e for e in events if e.plover == "PROTEST" or e.event_type in ("Protests", "Riots")]


ALL_STATUSES = ("reported", "planned", "denied", "historical")


def evaluate_gsr(
    root: Path = DEFAULT_GSR, limit: int | None = None, *, use_filter: bool = True
) -> dict[str, dict[str, Any]]:
    """Detection P/R/F1 and span agreement per event kind (ASSAULT, PROTEST)."""
    out: dict[str, dict[str, Any]] = {}
    stages = upstream()
    for kind, stem in (("ASSAULT", "assault"), ("PROTEST", "protest")):
        rows = _gsr_rows(root / f"{stem}_gsr.csv")[:limit]
        tp = fp = fn = tn = 0
        old = Counter()  # every status counts
        confusions: Counter[str] = Counter()
        scored: list[tuple[float, bool]] = []  # (best confidence of a detecting event, gold)
        t0 = time.perf_counter()
        for r in rows:
            art = Article(r["text"], id=r["id"], published=_gsr_date(r["id"]))
            analyze_events(art, stages, use_filter=use_filter)
            found = _detects(art.events, kind)
            hit = bool(found)
            gold = r["label"] == "yes"
            old[(bool(_detects(art.events, kind, ALL_STATUSES)), gold)] += 1
            scored.append((max((e.confidence for e in found), default=0.0), gold))
            tp += hit and gold
            fp += hit and not gold
            fn += gold and not hit
            tn += not hit and not gold
            if hit and not gold:
                confusions["fp:" + _detects(art.events, kind)[0].trigger.text] += 1
        p = tp / (tp + fp) if tp + fp else 0.0
        rc = tp / (tp + fn) if tp + fn else 0.0
        out[kind] = {
            "sentences": len(rows),
            "tp": tp,
            "fp": fp,
            "fn": fn,
            "tn": tn,
            "precision": p,
            "recall": rc,
            "f1": 2 * p * rc / (p + rc) if p + rc else 0.0,
            "seconds": time.perf_counter() - t0,
            "top_false_positive_triggers": confusions.most_common(8),
            "all_statuses": _prf(old[(True, True)], old[(True, False)], old[(False, True)]),
            "by_confidence": _curve(scored),
            "spans": _span_agreement(root / f"{stem}_spans.json", kind, stages, limit, use_filter),
        }
    return out


def _prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def _curve(scored: list[tuple[float, bool]]) -> list[dict[str, float]]:
    """P/R/F1 when only events of at least a given confidence count (the coder's own score, not tuned here)."""
    out = []
    positives = sum(g for _, g in scored)
    for th in (0.5, 0.6, 0.7, 0.8):
        tp = sum(1 for c, g in scored if c >= th and g)
        fp = sum(1 for c, g in scored if c >= th and not g)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / positives if positives else 0.0
        out.append(
            {"min_confidence": th, "precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}
        )
    return out


def _span_agreement(
    path: Path, kind: str, stages, limit: int | None, use_filter: bool = True
) -> dict[str, Any]:
    data = json.loads(path.read_text(encoding="utf-8"))[:limit]
    res = {"source": [0, 0], "target": [0, 0], "detected": 0, "sentences": len(data)}
    for d in data:
        art = Article(d["text"], published=_gsr_date(d.get("source", "")))
        analyze_events(art, stages, use_filter=use_filter)
        evs = _detects(art.events, kind)
        if not evs:
            continue
        res["detected"] += 1
        ev = evs[0]
        for field, gold_key in (("actor", "source_gold"), ("target", "target_gold")):
            gold_words = {fold(w) for w in (d.get(gold_key) or "").split()}
            if not gold_words:
                continue
            key = "source" if field == "actor" else "target"
            res[key][1] += 1
            e = ev.evidence.get(field)
            words = set(fold(e.span.text).split()) if e and e.span else set()
            res[key][0] += bool(words & gold_words)
    return res
