"""NER evaluation: CoNLL reading, exact-match scoring, and the ``marsad eval ner`` command.

Scores follow conlleval: a predicted entity counts only when its type and both boundaries equal a
gold entity's. An ``I-X`` after ``O`` or after another type starts a new entity (IOB1 remnants in
ANERcorp). Types are unified across corpora: ``PERS`` → ``PER``, ``MIS``/``MIS0-3`` → ``MISC``. The
official test split is read with its tokens as given.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import typer

__all__ = [
    "read_conll",
    "spans",
    "score",
    "Scores",
    "DATASETS",
    "format_scores",
    "shared_data_dir",
    "ner_command",
]

_TYPE_MAP = {"PERS": "PER", "PER": "PER", "LOC": "LOC", "ORG": "ORG", "MISC": "MISC", "MIS": "MISC"}

# Where each named data set lives under the shared data folder: (train, test).
DATASETS: dict[str, tuple[str, str]] = {
    "anercorp": (
        "ner/anercorp_camellab/ANERCorp_CamelLab_train.txt",
        "ner/anercorp_camellab/ANERCorp_CamelLab_test.txt",
    ),
    "aqmar": ("ner/aqmar/split_mynlp/train.txt", "ner/aqmar/split_mynlp/test.txt"),
    "aqmar-dev": ("ner/aqmar/split_mynlp/train.txt", "ner/aqmar/split_mynlp/dev.txt"),
    "wikiann": ("ner/wikiann_ar/train-ar.tsv", "ner/wikiann_ar/dev-ar.tsv"),
}


def _norm_tag(tag: str) -> str:
    tag = tag.strip()
    if not tag or tag.upper() in ("O", "OO", "IO"):
        return "O"
    if "-" not in tag:
        return "O"
    prefix, typ = tag.split("-", 1)
    prefix = prefix.upper()
    typ = typ.strip("-`").upper()
    if typ.startswith("MIS"):
        typ = "MISC"
    typ = _TYPE_MAP.get(typ, "")
    if prefix not in ("B", "I") or not typ:
        return "O"
    return f"{prefix}-{typ}"


def read_conll(path: Path | str) -> list[tuple[list[str], list[str]]]:
    """Sentences of a ``token<space|tab>tag`` file as (tokens, tags); tags normalized."""
    out: list[tuple[list[str], list[str]]] = []
    toks: list[str] = []
    tags: list[str] = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n").rstrip("\r")
            if not line.strip():
                if toks:
                    out.append((toks, tags))
                    toks, tags = [], []
                continue
            parts = line.split("\t") if "\t" in line else line.rsplit(" ", 1)
            if len(parts) < 2 or not parts[0].strip():
                continue
            toks.append(parts[0].strip())
            tags.append(_norm_tag(parts[-1]))
    if toks:
        out.append((toks, tags))
    return out


def spans(tags: Sequence[str]) -> set[tuple[int, int, str]]:
    """Entity spans ``(start, end, type)`` of a tag sequence (end-exclusive)."""
    out: set[tuple[int, int, str]] = set()
    start, typ = -1, ""
    for i, t in enumerate([*tags, "O"]):
        p, _, ty = t.partition("-")
        if start >= 0 and (p != "I" or ty != typ):
            out.add((start, i, typ))
            start = -1
        if p == "B" or (p == "I" and start < 0):
            start, typ = i, ty
    return out


@dataclass
class Scores:
    tp: Counter
    fp: Counter
    fn: Counter

    @staticmethod
    def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return p * 100, r * 100, (2 * p * r / (p + r) * 100 if p + r else 0.0)

    def micro(self, types: Iterable[str] | None = None) -> tuple[float, float, float]:
        keys = set(types) if types is not None else set(self.tp) | set(self.fp) | set(self.fn)
        return self._prf(*(sum(c[k] for k in keys) for c in (self.tp, self.fp, self.fn)))

    def per_type(self) -> dict[str, tuple[float, float, float, int]]:
        keys = sorted(set(self.tp) | set(self.fp) | set(self.fn))
        return {k: (*self._prf(self.tp[k], self.fp[k], self.fn[k]), self.tp[k] + self.fn[k]) for k in keys}


def score(gold: Sequence[Sequence[str]], pred: Sequence[Sequence[str]]) -> Scores:
    tp: Counter = Counter()
    fp: Counter = Counter()
    fn: Counter = Counter()
    for g, p in zip(gold, pred, strict=True):
        gs, ps = spans(g), spans(p)
        for s in gs & ps:
            tp[s[2]] += 1
        for s in ps - gs:
            fp[s[2]] += 1
        for s in gs - ps:
            fn[s[2]] += 1
    return Scores(tp, fp, fn)


def format_scores(sc: Scores, n_tokens: int, seconds: float) -> str:
    lines = ["type    precision  recall     F1   support"]
    for k, (p, r, f, n) in sc.per_type().items():
        lines.append(f"{k:<7} {p:9.2f} {r:7.2f} {f:6.2f} {n:9d}")
    p, r, f = sc.micro()
    lines.append(f"{'micro':<7} {p:9.2f} {r:7.2f} {f:6.2f}")
    if "MISC" in sc.per_type():
        p3, r3, f3 = sc.micro(("PER", "LOC", "ORG"))
        lines.append(f"{'PER/LOC/ORG micro':<7} {p3:6.2f} {r3:7.2f} {f3:6.2f}")
    lines.append(
        f"tokens: {n_tokens}, {n_tokens / max(seconds, 1e-9):,.0f} tokens/s (1 process, features included)"
    )
    return "\n".join(lines)


def shared_data_dir() -> Path:
    """The shared data folder: ``../shared/data`` from the repository, else ``/work/shared/data``."""
    for cand in (Path.cwd() / "../shared/data", Path.cwd() / "shared/data", Path("/work/shared/data")):
        if (cand / "ner").is_dir():
            return cand.resolve()
    return Path("../shared/data")


def ner_command(
    data: str = typer.Option(
        "anercorp", "--data", help="anercorp | aqmar | aqmar-dev | wikiann, or a CoNLL file"
    ),
    data_dir: Path = typer.Option(None, "--data-dir", help="the shared data folder (default ../shared/data)"),
    model: Path = typer.Option(None, "--model", help="model folder (default: the shipped model)"),
    doc_sentences: int = typer.Option(
        50,
        "--doc-sentences",
        help="consecutive sentences read as one document (1: sentence by sentence)",
    ),
) -> None:
    """Exact-match (CoNLL) micro and per-type P/R/F1 of the NER tagger on a test split, plus tokens/s."""
    from marsad.entities.ner import NerTagger, default_tagger
    from marsad.entities.train import tag_corpus

    path = (data_dir or shared_data_dir()) / DATASETS[data][1] if data in DATASETS else Path(data)
    if not path.exists():
        typer.echo(f"no such data file: {path}", err=True)
        raise typer.Exit(2)
    tagger = NerTagger.load(model) if model else default_tagger()
    sents = read_conll(path)
    pred, dt = tag_corpus(tagger, sents, doc_sentences)
    n_tok = sum(len(t) for t, _ in sents)
    typer.echo(f"data: {path}  model: {tagger.name}  documents of {doc_sentences} sentences")
    typer.echo(format_scores(score([g for _, g in sents], pred), n_tok, dt))


def _register() -> None:
    from marsad.cli.evaluate import app

    app.command("ner")(ner_command)


_register()
