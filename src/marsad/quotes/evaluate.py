"""`marsad eval quotes`: quote P/R/F1 and speaker accuracy on the annotated dev set.

Gold: ``tests/data/quotes_dev.jsonl`` (31 ANT and SaudiNewsNet articles, annotated by reading; see
docs/quotes.md). SaudiNewsNet texts are not stored there: they are read from the shared corpus by id
and checked against the stored hash.

A predicted quote matches a gold one when their contents overlap by at least half of the longer of
the two (one-to-one, best overlaps first). Speaker accuracy is over matched quotes: the predicted
speaker is right when the speaker entity's mentions — or, with no entity, the speaker phrase —
overlap the gold speaker span or any occurrence of one of its aliases (other names of the same
speaker in the article).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import typer

from marsad.cli.evaluate import app
from marsad.devsets import corpus_dir, fill_texts
from marsad.doc import Article

__all__ = ["corpus_dir", "load_gold", "predict", "score", "QuoteScores"]

DEV = Path(__file__).resolve().parents[3] / "tests/data/quotes_dev.jsonl"


def load_gold(path: Path = DEV) -> list[dict[str, Any]]:
    """Gold articles with their text (SaudiNewsNet texts read from the corpus; skipped if absent)."""
    recs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return fill_texts(recs)


@dataclass
class QuoteScores:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    speaker_ok: int = 0
    speaker_n: int = 0
    kind_ok: int = 0
    by_kind: Counter = field(default_factory=Counter)
    errors: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def speaker_accuracy(self) -> float:
        return self.speaker_ok / self.speaker_n if self.speaker_n else 0.0

    def as_dict(self) -> dict[str, Any]:
        return {
            "quotes": {
                "precision": round(self.precision, 4),
                "recall": round(self.recall, 4),
                "f1": round(self.f1, 4),
                "tp": self.tp,
                "fp": self.fp,
                "fn": self.fn,
            },
            "speaker_accuracy": round(self.speaker_accuracy, 4),
            "speaker_n": self.speaker_n,
            "kind_accuracy": round(self.kind_ok / self.tp, 4) if self.tp else 0.0,
            "recall_by_gold_kind": {k: round(v[0] / v[1], 4) for k, v in self._kind_recall().items()},
        }

    def _kind_recall(self) -> dict[str, tuple[int, int]]:
        return {
            k[:-2]: (self.by_kind[k[:-2] + "tp"], self.by_kind[k]) for k in self.by_kind if k.endswith("_n")
        }


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def predict(article: Article) -> list[tuple[dict[str, Any], list[tuple[int, int]]]]:
    """The article's predicted quotes as (quote JSON, speaker spans used for scoring)."""
    from marsad.quotes.component import speaker_spans

    _run(article)
    spans = speaker_spans(article)
    out = []
    for q, phrase in zip(article.quotes, spans, strict=True):
        ent = article.entity(q.speaker)
        sp = [(m.start, m.end) for m in ent.mentions] if ent is not None else [phrase] if phrase else []
        out.append(({"start": q.start, "end": q.end, "kind": q.kind, "text": q.text}, sp))
    return out


class _Runner:
    """Upstream stages (the default pipeline before ``quotes``, or those named) and the quote finder."""

    def __init__(self, upstream: list[str] | None = None):
        from marsad.pipeline import DEFAULT_COMPONENTS, Pipeline
        from marsad.quotes.component import QuoteFinder

        names = upstream or [n for n in DEFAULT_COMPONENTS if n not in ("quotes", "events")]
        if "text" not in names:
            names = ["text", *names]
        self.note = ""
        try:
            self.base = Pipeline(names)
        except (
            OSError,
            RuntimeError,
            ValueError,
            ImportError,
        ) as exc:  # a stage whose model is not installed
            self.note = (
                f" (upstream {'+'.join(names)} unavailable: {type(exc).__name__}: {exc}; fell back to text)"
            )
            self.base = Pipeline(["text"])
        self.quotes = QuoteFinder()

    @property
    def mode(self) -> str:
        names = [c.name for c in self.base.components]
        how = (
            "entities where the upstream found one, else speaker phrases"
            if {"entities", "actors"} & set(names)
            else "speaker phrases (no entity stage)"
        )
        return f"{'+'.join(names)}+quotes; speakers by {how}{self.note}"

    def __call__(self, article: Article) -> None:
        from marsad.pipeline import Pipeline

        try:
            self.base(article)
        except (OSError, RuntimeError, ValueError) as exc:  # a stage whose model is not installed
            self.note = f" (upstream failed: {type(exc).__name__}: {exc}; fell back to text)"
            self.base = Pipeline(["text"])
            article.entities = []
            self.base(article)
        self.quotes(article)


_RUNNER: _Runner | None = None


def _run(article: Article) -> None:
    global _RUNNER
    if _RUNNER is None:
        _RUNNER = _Runner()
    _RUNNER(article)


def _alias_spans(text: str, gold: dict[str, Any]) -> list[tuple[int, int]]:
    spans = []
    sp = gold.get("speaker")
    if sp:
        spans.append((sp["start"], sp["end"]))
    names = list(gold.get("speaker_aliases") or [])
    if sp:
        names.append(sp["text"])
    for alias in names:
        i = text.find(alias)
        while i >= 0:
            spans.append((i, i + len(alias)))
            i = text.find(alias, i + 1)
    return spans


def score(gold_articles: list[dict[str, Any]], *, keep_errors: int = 0) -> QuoteScores:
    sc = QuoteScores()
    for rec in gold_articles:
        text = rec["text"]
        article = Article(text, id=rec["id"])
        preds = predict(article)
        golds = rec["quotes"]
        for g in golds:
            sc.by_kind[g["kind"] + "_n"] += 1
        cands = []
        for gi, g in enumerate(golds):
            for pi, (p, _) in enumerate(preds):
                ov = _overlap((g["start"], g["end"]), (p["start"], p["end"]))
                longer = max(g["end"] - g["start"], p["end"] - p["start"], 1)
                if ov / longer >= 0.5:
                    cands.append((ov / longer, gi, pi))
        cands.sort(reverse=True)
        gm: dict[int, int] = {}
        pm: set[int] = set()
        for _, gi, pi in cands:
            if gi in gm or pi in pm:
                continue
            gm[gi] = pi
            pm.add(pi)
        sc.tp += len(gm)
        sc.fn += len(golds) - len(gm)
        sc.fp += len(preds) - len(pm)
        for gi, pi in gm.items():
            g, (p, spans) = golds[gi], preds[pi]
            sc.by_kind[g["kind"] + "tp"] += 1
            sc.kind_ok += g["kind"] == p["kind"]
            targets = _alias_spans(text, g)
            sc.speaker_n += 1
            ok = any(_overlap(s, t) for s in spans for t in targets) if targets else not spans
            sc.speaker_ok += ok
            if not ok and len(sc.errors) < keep_errors:
                got = "; ".join(text[s:e] for s, e in spans) or "∅"
                sc.errors.append(
                    f"{rec['id']} SPEAKER gold={(g.get('speaker') or {}).get('text')} got={got} "
                    f"| {g['text'][:50]}"
                )
        for gi, g in enumerate(golds):
            if gi not in gm and len(sc.errors) < keep_errors:
                sc.errors.append(f"{rec['id']} MISSED {g['kind']} cue={g['cue']['text']} | {g['text'][:70]}")
        for pi, (p, _) in enumerate(preds):
            if pi not in pm and len(sc.errors) < keep_errors:
                sc.errors.append(f"{rec['id']} EXTRA {p['kind']} | {p['text'][:70]}")
    return sc


@app.command("quotes")
def quotes_command(
    gold: Path = typer.Option(DEV, help="Gold JSONL (quotes_dev.jsonl format)."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
    errors: int = typer.Option(0, help="Also list up to this many errors."),
    upstream: str = typer.Option(
        "", help="Comma-separated stages to run before quotes (default: the default pipeline's)."
    ),
) -> None:
    """Quote P/R/F1 (content overlap ≥ 50 %) and speaker accuracy on the quotes dev set."""
    global _RUNNER
    _RUNNER = _Runner([n for n in upstream.split(",") if n] or None)
    articles = load_gold(gold)
    sc = score(articles, keep_errors=errors)
    d = sc.as_dict()
    d["articles"] = len(articles)
    d["pipeline"] = _RUNNER.mode
    if as_json:
        typer.echo(json.dumps(d, ensure_ascii=False, indent=2))
    else:
        q = d["quotes"]
        typer.echo(f"pipeline {d['pipeline']}")
        typer.echo(f"articles {len(articles)}  gold quotes {sc.tp + sc.fn}  predicted {sc.tp + sc.fp}")
        typer.echo(
            f"quotes   P {q['precision']:.3f}  R {q['recall']:.3f}  F1 {q['f1']:.3f}  (overlap >= 50 %)"
        )
        typer.echo(f"speaker  accuracy {d['speaker_accuracy']:.3f} over {sc.speaker_n} matched quotes")
        typer.echo(f"kind     accuracy {d['kind_accuracy']:.3f}; recall by kind {d['recall_by_gold_kind']}")
    for line in sc.errors:
        typer.echo(line)
