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

from marsad.entities.evaluate import DATASETS, Scores, read_conll, score, spans

__all__ = [
    "split_dev",
    "fit_crf",
    "build_gazetteer",
    "build_model",
    "TrainConfig",
    "model_digest",
    "tag_corpus",
    "name_words",
    "add_actor_names",
    "DOC_SENTENCES",
]


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


DOC_SENTENCES = 50


@dataclass
class TrainConfig:
    """Everything ``marsad train ner`` needs; the defaults rebuild the shipped model."""

    data_dir: Path
    out_dir: Path
    unlabeled: tuple[str, ...] = ("news/ant/ant.jsonl",)
    train: str = "anercorp"
    extra: tuple[str, ...] = ()
    dev_fraction: float = 0.1
    refit_full: bool = True
    c1: float = 0.03
    c2: float = 0.1
    iterations: int = 150
    vocab: int = 40_000
    granularities: tuple[int, ...] = (64, 256, 1024)
    gazetteer: bool = True
    actors: bool = True
    name_words: tuple[str, ...] = ("ner/wikiann_ar/train-ar.tsv", "ner/wikiann_ar/dev-ar.tsv")
    doc_sentences: int = DOC_SENTENCES
    self_lexicon: int = 0  # words of news tagged for the self-trained lexicon (0: none)
    options: dict | None = None
    version: str = "1.0.0"
    test: bool = True
    model: str = "crf"  # "crf": python-crfsuite (shipped); "nn": BiLSTM-CRF (ner_nn, needs torch to train)
    nn: dict | None = None  # overrides of `marsad.entities.ner_nn_train.NnConfig`


def _scores_dict(sc: Scores) -> dict:
    p, r, f = sc.micro()
    out = {"micro": {"p": round(p, 2), "r": round(r, 2), "f1": round(f, 2)}}
    for k, (pp, rr, ff, n) in sc.per_type().items():
        out[k] = {"p": round(pp, 2), "r": round(rr, 2), "f1": round(ff, 2), "support": n}
    return out


def tag_corpus(tagger, sents, doc_sentences: int = DOC_SENTENCES) -> tuple[list[list[str]], float]:
    """Tags for (tokens, gold) sentences, read as documents of ``doc_sentences`` consecutive sentences
    (the corpora have no article boundaries; 1 = each sentence alone, no propagation); seconds taken."""
    t0 = time.perf_counter()
    pred: list[list[str]] = []
    step = max(1, doc_sentences)
    for lo in range(0, len(sents), step):
        doc = [toks for toks, _ in sents[lo : lo + step]]
        pred.extend(tags for tags, _ in tagger.tag_document(doc, propagate=doc_sentences > 1))
    return pred, time.perf_counter() - t0


def _write_words(path: Path, words: dict[str, str], header: str) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for line in header.splitlines():
            f.write("# " + line + "\n")
        for w in sorted(words):
            f.write(f"{w}\t{words[w]}\n")


def build_model(cfg: TrainConfig, log=print) -> dict:
    """Build a model folder from the shared data (see the module docstring); returns its meta."""
    from marsad.entities.clusters import iter_news_texts, learn_clusters, learn_vectors
    from marsad.entities.features import DEFAULT_OPTIONS, FeatureExtractor
    from marsad.entities.ner import NerTagger

    t_start = time.perf_counter()
    data = Path(cfg.data_dir)
    out = Path(cfg.out_dir)
    out.mkdir(parents=True, exist_ok=True)
    # files this run may not write
    for stale in ("auto_words.tsv", "name_words.tsv", "gazetteer.tsv", "model.crfsuite", "model.npz"):
        (out / stale).unlink(missing_ok=True)
    train_path = data / DATASETS[cfg.train][0] if cfg.train in DATASETS else Path(cfg.train)
    test_path = data / DATASETS[cfg.train][1] if cfg.train in DATASETS else None
    sents = read_conll(train_path)
    train_part, dev = split_dev(sents, cfg.dev_fraction)
    log(f"train {len(train_part)} sentences, dev {len(dev)} (held out from {train_path.name})")

    texts = list(iter_news_texts([data / u for u in cfg.unlabeled], data / "news/RESERVED_IDS.txt"))
    texts.append("\n".join(" ".join(toks) for toks, _ in sents))  # the labelled train text, labels unused
    log(f"clusters: learning from {len(texts)} unlabeled texts…")
    vectors = learn_vectors(texts, vocab=cfg.vocab)
    table = learn_clusters([], granularities=cfg.granularities, vectors=vectors)
    news = texts[:-1] if cfg.self_lexicon else []
    del texts
    table.save(out / "clusters.tsv")
    sources = [*cfg.unlabeled, DATASETS.get(cfg.train, (str(train_path),))[0]]
    silver = [data / p for p in cfg.name_words if (data / p).exists()]
    gaz = None
    if cfg.gazetteer:
        gaz, gaz_sources = build_gazetteer(data)
        sources += gaz_sources
        if cfg.actors:
            sources += add_actor_names(gaz, log)
        if silver:
            n = 0
            for path in silver:
                for toks, tags in read_conll(path):
                    for i, j, typ in spans(tags):
                        name = " ".join(toks[i:j])
                        if 2 <= j - i <= 4 and _arabic_name(name):
                            gaz.add(name, typ)
                            n += 1
            log(f"silver multi-word names: {n}")
        gaz.save(
            str(out / "gazetteer.tsv"),
            "Names for NER features: folded Arabic name, type, English name.\n"
            "Sources: GeoNames (geonames.org) CC BY 4.0; OpenSyria data-geography CC BY 4.0; "
            "OCHA Syria communities 2015 CC BY 3.0 IGO; marsad actor lexicon Apache-2.0;\n"
            "multi-word names of WikiANN-ar (Wikipedia, CC BY-SA; silver annotation, licence not stated).",
        )
    words: dict[str, str] = {}
    if silver:
        words = name_words(silver)
        _write_words(
            out / "name_words.tsv",
            words,
            "Words that mostly occur inside names of one type in WikiANN-ar (silver; Wikipedia text, CC BY-SA;\n"
            "annotation licence not stated): folded word, type. A word list, no sentences.",
        )
        sources += [p for p in cfg.name_words if (data / p).exists()]
        log(f"name words: {len(words)}")
    options = dict(DEFAULT_OPTIONS, **(cfg.options or {}))
    fx = FeatureExtractor(table, gaz, options, name_words=words)
    extra: list = []
    for name in cfg.extra:
        extra += read_conll(data / DATASETS[name][0])
        sources.append(DATASETS[name][0])

    if cfg.model == "nn":
        meta, dev_scores = _build_nn(
            cfg, out, options, train_part + extra, dev, sents + extra, table, gaz, words, vectors, log
        )
    else:
        meta, dev_scores = _build_crf(
            cfg, out, options, train_part + extra, dev, sents + extra, fx, log, table, gaz, words, news
        )
    meta["train"] = {
        "data": DATASETS.get(cfg.train, (str(train_path),))[0],
        "extra": list(cfg.extra),
        "dev_fraction": cfg.dev_fraction,
        "refit_full": cfg.refit_full,
        **meta["train"],
    }
    meta |= {
        "eval": {"doc_sentences": cfg.doc_sentences},
        "clusters": {
            "unlabeled": list(cfg.unlabeled),
            "vocab": cfg.vocab,
            "granularities": list(cfg.granularities),
        },
        "source_data": sources,
        "scores": {"dev": dev_scores},
    }
    if cfg.test and test_path is not None and test_path.exists():
        test = read_conll(test_path)
        pred, secs = tag_corpus(NerTagger.load(out), test, cfg.doc_sentences)
        meta["scores"]["test"] = _scores_dict(score([g for _, g in test], pred))
        meta["scores"]["test"]["tokens_per_s"] = round(sum(len(t) for t, _ in test) / max(secs, 1e-9))
        log(f"test micro F1 {meta['scores']['test']['micro']['f1']} (reported only, not used for selection)")
    meta["train_seconds"] = round(time.perf_counter() - t_start, 1)
    (out / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", "utf-8")
    return meta


def _build_crf(
    cfg: TrainConfig, out: Path, options: dict, train_part, dev, full, fx, log, table, gaz, words, news
):
    """The CRF path of `build_model`: fit, optional self-trained lexicon, dev score, refit."""
    from marsad.entities.clusters_selftrain import self_lexicon, write_word_types
    from marsad.entities.features import FeatureExtractor
    from marsad.entities.ner import NerTagger

    model_path = out / "model.crfsuite"
    meta = {
        "name": "ner-crf",
        "version": cfg.version,
        "model": "linear-chain CRF (python-crfsuite, L-BFGS, elastic net)",
        "labels": "IOB2 PER LOC ORG MISC",
        "features": options,
    }
    (out / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", "utf-8")
    log(f"fit on the train part ({cfg.iterations} iterations, c1={cfg.c1}, c2={cfg.c2})…")
    fit_crf(train_part, fx, model_path, c1=cfg.c1, c2=cfg.c2, max_iterations=cfg.iterations)
    if cfg.self_lexicon and news:
        log(f"self-trained lexicon: tagging up to {cfg.self_lexicon:,} words of news with the first model…")
        auto = self_lexicon(NerTagger.load(out), news, max_tokens=cfg.self_lexicon)
        write_word_types(
            out / "auto_words.tsv",
            auto,
            "Self-trained name lexicon: folded word, type + share bucket (0-3) of its occurrences that a\n"
            "first model (ANERcorp train part) tagged as that type in the unlabeled news. A word list.",
        )
        log(f"self-trained lexicon: {len(auto)} words; refit…")
        fx = FeatureExtractor(table, gaz, options, auto=auto, name_words=words)
        fit_crf(train_part, fx, model_path, c1=cfg.c1, c2=cfg.c2, max_iterations=cfg.iterations)
    pred, _ = tag_corpus(NerTagger.load(out), dev, cfg.doc_sentences)
    dev_scores = _scores_dict(score([g for _, g in dev], pred)) if dev else {}
    log(f"dev micro F1 {dev_scores.get('micro', {}).get('f1')}")
    if cfg.refit_full and dev:
        log("refit on all of train…")
        fit_crf(full, fx, model_path, c1=cfg.c1, c2=cfg.c2, max_iterations=cfg.iterations)
    meta["train"] = {
        "c1": cfg.c1,
        "c2": cfg.c2,
        "iterations": cfg.iterations,
        "self_lexicon_words": cfg.self_lexicon,
    }
    return meta, dev_scores


def _build_nn(
    cfg: TrainConfig, out: Path, options: dict, train_part, dev, full, table, gaz, words, vectors, log
):
    """The neural path of `build_model` (`marsad.entities.ner_nn_build.build_nn`)."""
    try:
        import torch  # noqa: F401
    except ImportError as exc:
        raise RuntimeError("training the neural tagger needs PyTorch: pip install 'marsad[train]'") from exc
    from marsad.entities.ner_nn_build import build_nn
    from marsad.entities.ner_nn_train import NnConfig

    nn_cfg = NnConfig(**(cfg.nn or {}))
    meta = {
        "name": "ner-nn",
        "version": cfg.version,
        "model": "BiLSTM-CRF (PyTorch training, numpy inference) over word, affix, cluster and gazetteer inputs",
        "labels": "IOB2 PER LOC ORG MISC",
        "features": options,
    }
    (out / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", "utf-8")
    info = build_nn(
        out,
        train_part,
        dev,
        full if cfg.refit_full and dev else None,
        table,
        gaz,
        words,
        vectors,
        nn_cfg,
        cfg.doc_sentences,
        log,
    )
    dev_scores = _scores_dict(info["dev"]) if info["dev"] is not None else {}
    meta["train"] = {
        "nn": dict(vars(nn_cfg)),
        "best_epoch": info["best_epoch"],
        "dev_f1_per_epoch": info["dev_history"],
    }
    return meta, dev_scores


def model_digest(folder: Path) -> str:
    """sha256 over the model folder's files (name and content, sorted)."""
    h = hashlib.sha256()
    for p in sorted(Path(folder).iterdir()):
        if p.is_file():
            h.update(p.name.encode())
            h.update(p.read_bytes())
    return h.hexdigest()


def add_actor_names(gaz, log=print) -> list[str]:
    """Add the names and aliases of the actor lexicon (``marsad/data/actors``, Apache-2.0) to ``gaz``
    (its English names too); returns the source list (empty when the lexicon is not available)."""
    try:
        from marsad.entities.actor_data import build_lexicon
    except ImportError:
        return []
    try:
        lex = build_lexicon([])
    except (OSError, ValueError) as exc:  # a lexicon being edited must not break training
        log(f"actor lexicon not used: {exc}")
        return []
    n = 0
    for a in lex.actors.values():
        if a.type not in ("PER", "ORG", "LOC"):
            continue
        for name in (a.name, *a.aliases):
            if _arabic_name(name):
                gaz.add(name, a.type, a.name_en or "")
                n += 1
    log(f"actor lexicon: {n} names")
    return ["src/marsad/data/actors (marsad actor lexicon, Apache-2.0)"] if n else []


def name_words(paths: Iterable[Path], min_spans: int = 2, min_ratio: float = 0.5) -> dict[str, str]:
    """Word → type (``PER``/``ORG``/``LOC``) for words that mostly occur inside names of that type in
    silver-annotated corpora (WikiANN): a list of name words, not text."""
    from marsad.text.normalize import fold

    inside: dict[str, Counter] = {}
    total: Counter = Counter()
    for path in paths:
        for toks, tags in read_conll(path):
            for tok, tag in zip(toks, tags, strict=True):
                w = fold(tok)
                if not _arabic_name(w) or " " in w:
                    continue
                total[w] += 1
                if tag != "O":
                    inside.setdefault(w, Counter())[tag[2:]] += 1
    out: dict[str, str] = {}
    for w, c in inside.items():
        typ, k = c.most_common(1)[0]
        if k >= min_spans and k / total[w] >= min_ratio:
            out[w] = typ
    return out
