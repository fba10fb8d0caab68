"""Training the NER tagger: CoNLL data, the dev split, exact-match scoring and the CRF fit.

`build_model` is what ``marsad train ner`` runs: learn word clusters from the unlabeled news, build
the place gazetteer, fit the CRF on ANERcorp train (minus a held-out dev block) plus optional extra
corpora, score dev, refit on all of train when asked, and write the model folder
(``model.crfsuite``, ``clusters.tsv``, ``gazetteer.tsv``, ``meta.json``).
"""

from __future__ import annotations

import csv
import hashlib
import json
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

__all__ = [
    "read_conll",
    "spans",
    "score",
    "Scores",
    "DATASETS",
    "format_scores",
    "shared_data_dir",
    "split_dev",
    "fit_crf",
    "build_gazetteer",
    "build_model",
    "TrainConfig",
    "model_digest",
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


def split_dev(sents: list, fraction: float = 0.1) -> tuple[list, list]:
    """Hold out a contiguous block of sentences (the last ``fraction`` of each fifth of the corpus), so
    that dev articles — and most of their names — are unseen in the training part."""
    n = len(sents)
    train, dev = [], []
    for k in range(5):
        lo, hi = k * n // 5, (k + 1) * n // 5
        cut = hi - int((hi - lo) * fraction)
        train.extend(sents[lo:cut])
        dev.extend(sents[cut:hi])
    return train, dev


def fit_crf(
    sents: Sequence[tuple[Sequence[str], Sequence[str]]],
    features,
    out_path: Path,
    *,
    c1: float = 0.05,
    c2: float = 0.01,
    max_iterations: int = 150,
) -> None:
    """Fit a CRF (L-BFGS, elastic net) on (tokens, tags) sentences and write it to ``out_path``."""
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for toks, tags in sents:
        if toks:
            trainer.append(features.sentence(toks), list(tags))
    trainer.set_params(
        {"c1": c1, "c2": c2, "max_iterations": max_iterations, "feature.possible_transitions": True}
    )
    trainer.train(str(out_path))


def _arabic_name(s: str) -> bool:
    s = s.strip()
    return len(s) >= 3 and all(("\u0621" <= ch <= "\u064a") or ch == " " for ch in s)


def build_gazetteer(data_dir: Path):
    """A `Gazetteer` of place names (folded, type ``LOC``, with English names) from GeoNames, OpenSyria
    and OCHA, and the list of source files used.

    All three are CC BY (attribution in the model card); ANERgazet (research-only) is not used."""
    from marsad.entities.features import Gazetteer
    from marsad.text.normalize import fold

    gaz = Gazetteer()
    used: list[str] = []
    gdir = data_dir / "gazetteer"

    def add(name: str, name_en: str = "") -> None:
        name = " ".join(fold(name).split())
        for prefix in ("محافظه ", "منطقه ", "ناحيه ", "مركز "):
            if name.startswith(prefix):
                name = name[len(prefix) :]
        if _arabic_name(name) and name.count(" ") < 4:
            gaz.add(name, "LOC", name_en.strip())

    for fname in (
        "geonames_cities500_mena/mena_cities500.tsv",
        "geonames_cities500_mena/world_cities15000_arabic.tsv",
    ):
        path = gdir / fname
        if path.exists():
            used.append(f"gazetteer/{fname}")
            with open(path, encoding="utf-8") as f:
                for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                    for n in (row.get("arabic_names") or "").split("|"):
                        add(n, row.get("name") or "")
    path = gdir / "opensyria_admin/syria_admin123_flat.tsv"
    if path.exists():
        used.append("gazetteer/opensyria_admin/syria_admin123_flat.tsv")
        with open(path, encoding="utf-8") as f:
            for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                for n in [row.get("name_ar") or "", *(row.get("aliases_ar") or "").split("|")]:
                    add(n, row.get("name_en") or "")
    path = gdir / "ocha_syria_communities_2015/syria_communities_ocha_2015.tsv"
    if path.exists():
        used.append("gazetteer/ocha_syria_communities_2015/syria_communities_ocha_2015.tsv")
        with open(path, encoding="utf-8") as f:
            for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
                add(row.get("name_ar") or "", row.get("name_en") or "")
    return gaz, used


@dataclass
class TrainConfig:
    """Everything ``marsad train ner`` needs; the defaults rebuild the shipped model."""

    data_dir: Path
    out_dir: Path
    unlabeled: tuple[str, ...] = ("news/ant/ant.jsonl", "news/saudinewsnet/original")
    train: str = "anercorp"
    extra: tuple[str, ...] = ()
    dev_fraction: float = 0.1
    refit_full: bool = True
    c1: float = 0.05
    c2: float = 0.01
    iterations: int = 200
    vocab: int = 40_000
    granularities: tuple[int, ...] = (64, 256, 1024)
    gazetteer: bool = True
    options: dict | None = None
    version: str = "1.0.0"
    test: bool = True


def _scores_dict(sc: Scores) -> dict:
    p, r, f = sc.micro()
    out = {"micro": {"p": round(p, 2), "r": round(r, 2), "f1": round(f, 2)}}
    for k, (pp, rr, ff, n) in sc.per_type().items():
        out[k] = {"p": round(pp, 2), "r": round(rr, 2), "f1": round(ff, 2), "support": n}
    return out


def _tag_all(model_path: Path, fx, sents) -> tuple[list[list[str]], float]:
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(str(model_path))
    t0 = time.perf_counter()
    pred = [tagger.tag(fx.sentence(toks)) for toks, _ in sents]
    return pred, time.perf_counter() - t0


def build_model(cfg: TrainConfig, log=print) -> dict:
    """Build a model folder from the shared data (see the module docstring); returns its meta."""
    from marsad.entities.clusters import iter_news_texts, learn_clusters
    from marsad.entities.features import DEFAULT_OPTIONS, FeatureExtractor

    t_start = time.perf_counter()
    data = Path(cfg.data_dir)
    out = Path(cfg.out_dir)
    out.mkdir(parents=True, exist_ok=True)
    train_path = data / DATASETS[cfg.train][0] if cfg.train in DATASETS else Path(cfg.train)
    test_path = data / DATASETS[cfg.train][1] if cfg.train in DATASETS else None
    sents = read_conll(train_path)
    train_part, dev = split_dev(sents, cfg.dev_fraction)
    log(f"train {len(train_part)} sentences, dev {len(dev)} (held out from {train_path.name})")

    texts = list(iter_news_texts([data / u for u in cfg.unlabeled], data / "news/RESERVED_IDS.txt"))
    texts.append("\n".join(" ".join(toks) for toks, _ in sents))  # the labelled train text, labels unused
    log(f"clusters: learning from {len(texts)} unlabeled texts…")
    table = learn_clusters(texts, vocab=cfg.vocab, granularities=cfg.granularities)
    del texts
    table.save(out / "clusters.tsv")
    sources = [*cfg.unlabeled, DATASETS.get(cfg.train, (str(train_path),))[0]]
    gaz = None
    if cfg.gazetteer:
        gaz, gaz_sources = build_gazetteer(data)
        gaz.save(
            str(out / "gazetteer.tsv"),
            "Place names for NER features: folded Arabic name, type, English name.\n"
            "Sources (CC BY): GeoNames (geonames.org) CC BY 4.0; OpenSyria data-geography CC BY 4.0; "
            "OCHA Syria communities 2015 CC BY 3.0 IGO.",
        )
        sources += gaz_sources
    options = dict(DEFAULT_OPTIONS, **(cfg.options or {}))
    fx = FeatureExtractor(table, gaz, options)
    extra: list = []
    for name in cfg.extra:
        extra += read_conll(data / DATASETS[name][0])
        sources.append(DATASETS[name][0])

    model_path = out / "model.crfsuite"
    log(f"fit on the train part ({cfg.iterations} iterations, c1={cfg.c1}, c2={cfg.c2})…")
    fit_crf(train_part + extra, fx, model_path, c1=cfg.c1, c2=cfg.c2, max_iterations=cfg.iterations)
    pred, _ = _tag_all(model_path, fx, dev)
    dev_scores = _scores_dict(score([g for _, g in dev], pred)) if dev else {}
    log(f"dev micro F1 {dev_scores.get('micro', {}).get('f1')}")
    if cfg.refit_full and dev:
        log("refit on all of train…")
        fit_crf(sents + extra, fx, model_path, c1=cfg.c1, c2=cfg.c2, max_iterations=cfg.iterations)
    meta = {
        "name": "ner-crf",
        "version": cfg.version,
        "model": "linear-chain CRF (python-crfsuite, L-BFGS, elastic net)",
        "labels": "IOB2 PER LOC ORG MISC",
        "train": {
            "data": DATASETS.get(cfg.train, (str(train_path),))[0],
            "extra": list(cfg.extra),
            "dev_fraction": cfg.dev_fraction,
            "refit_full": cfg.refit_full,
            "c1": cfg.c1,
            "c2": cfg.c2,
            "iterations": cfg.iterations,
        },
        "clusters": {
            "unlabeled": list(cfg.unlabeled),
            "vocab": cfg.vocab,
            "granularities": list(cfg.granularities),
        },
        "features": options,
        "source_data": sources,
        "scores": {"dev": dev_scores},
    }
    if cfg.test and test_path is not None and test_path.exists():
        test = read_conll(test_path)
        pred, secs = _tag_all(model_path, fx, test)
        meta["scores"]["test"] = _scores_dict(score([g for _, g in test], pred))
        meta["scores"]["test"]["tokens_per_s"] = round(sum(len(t) for t, _ in test) / max(secs, 1e-9))
        log(f"test micro F1 {meta['scores']['test']['micro']['f1']} (reported only, not used for selection)")
    meta["train_seconds"] = round(time.perf_counter() - t_start, 1)
    (out / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", "utf-8")
    return meta


def model_digest(folder: Path) -> str:
    """sha256 over the model folder's files (name and content, sorted)."""
    h = hashlib.sha256()
    for p in sorted(Path(folder).iterdir()):
        if p.is_file():
            h.update(p.name.encode())
            h.update(p.read_bytes())
    return h.hexdigest()
