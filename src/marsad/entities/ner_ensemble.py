"""The NER ensemble: the CRF tagger and the BiLSTM-CRF combined per token, decoded once.

A model folder whose ``meta.json`` has an ``"ensemble"`` entry holds both models over one set of
resources (``model.crfsuite``, ``model.npz``, ``clusters.tsv``, ``gazetteer.tsv``, ``name_words.tsv``);
`marsad.entities.ner.NerTagger.load` returns an `EnsembleTagger` for it. Two ways to combine:

- ``"sum"``: the two linear-chain CRFs as one (a product of experts): the CRF's state scores times
  ``crf_weight`` plus the network's tag scores times ``nn_weight``, the same for the transitions (and
  the network's start/end scores), IOB2-constrained; one Viterbi and one forward-backward;
- ``"average"``: each model's tag marginals (forward-backward), averaged with the weights; Viterbi over
  their logarithms with only the IOB2 constraints; a tag's confidence is its averaged marginal.

Both models read each sentence of a document in one batch, so the cost is about the sum of the two
taggers'. ``python -m marsad.entities.ner_ensemble --crf DIR --nn DIR --out DIR`` writes a folder
from a CRF folder (``marsad train ner``) and a network folder (``marsad.entities.ner_nn_build``)
built from the same data (their resource files must be identical).
"""

from __future__ import annotations

import filecmp
import json
import shutil
import threading
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from marsad.entities.clusters import ClusterTable
from marsad.entities.clusters_selftrain import read_word_types
from marsad.entities.features import FeatureExtractor, Gazetteer
from marsad.entities.ner import MAX_SENTENCE_TOKENS, NerTagger
from marsad.entities.ner_nn import TAGS, NnTagger
from marsad.entities.nn_layers import crf_posteriors, decode_crf, iob_constraints

__all__ = ["EnsembleTagger", "MODES", "write_ensemble", "main"]

MODES = ("sum", "average")
SHARED_FILES = ("clusters.tsv", "gazetteer.tsv", "name_words.tsv")
_BLOCKED = -1e4  # score of a transition IOB2 forbids


class EnsembleTagger:
    """CRF + BiLSTM-CRF, combined per token; the interface of `NerTagger` (``tag``,
    ``tag_with_confidence``, ``tag_sentences``, ``tag_document``, ``features``, ``name``, ``meta``)."""

    kind = "ner-ensemble"

    def __init__(self, crf: NerTagger, nn: NnTagger, meta: dict):
        if crf.decoder is None:
            raise ValueError("the ensemble needs the CRF's numpy decoder")
        self.crf, self.nn, self.meta = crf, nn, meta
        self.name = meta.get("name", "ner-ensemble") + "@" + str(meta.get("version", "?"))
        self.features = crf.features  # shared with the network: gazetteer, clusters, word_info
        conf = meta.get("ensemble", {})
        self.mode: str = conf.get("mode", "sum")
        if self.mode not in MODES:
            raise ValueError(f"unknown ensemble mode {self.mode!r} (one of {MODES})")
        self.crf_weight = float(conf.get("crf_weight", 1.0))
        self.nn_weight = float(conf.get("nn_weight", 1.0))
        labels = crf.decoder.labels
        missing = [t for t in TAGS if t not in labels]
        if missing:
            raise ValueError(f"the CRF has no tag {missing}")
        self._perm = np.array([labels.index(t) for t in TAGS])  # CRF columns in TAGS order
        self._crf_trans = crf.decoder.trans[np.ix_(self._perm, self._perm)]
        self._nn_trans, self._nn_start, self._nn_end = nn.crf_parameters()
        ok = iob_constraints(TAGS)
        self._allowed = np.where(ok, 0.0, _BLOCKED)
        self._allowed_start = np.where(ok[0], 0.0, _BLOCKED)  # row of O: no I- first
        self._lock = threading.Lock()

    @classmethod
    def load(cls, folder: Path | str) -> EnsembleTagger:
        folder = Path(folder)
        meta = json.loads((folder / "meta.json").read_text("utf-8"))
        clusters = ClusterTable.load(folder / "clusters.tsv") if (folder / "clusters.tsv").exists() else None
        gaz = Gazetteer.load(str(folder / "gazetteer.tsv")) if (folder / "gazetteer.tsv").exists() else None
        path = folder / "name_words.tsv"
        words = read_word_types(path.read_text("utf-8").splitlines()) if path.exists() else {}
        fx = FeatureExtractor(clusters, gaz, meta.get("features"), name_words=words)
        crf = NerTagger(folder / "model.crfsuite", fx, meta.get("ensemble", {}).get("crf_meta", meta))
        nn = NnTagger.load(folder, shared=(clusters, words, fx))
        return cls(crf, nn, meta)

    # -- combination -----------------------------------------------------------------------------
    def _combine(self, parts: list[Sequence[str]]) -> list[tuple[list[str], list[float]]]:
        """Tags and confidences of non-empty sentences of at most `MAX_SENTENCE_TOKENS` tokens."""
        assert self.crf.decoder is not None
        crf_em = [e[:, self._perm] for e in self.crf.decoder.emissions(parts)]
        nn_em = self.nn.emissions(parts)
        order = sorted(range(len(parts)), key=lambda k: -len(parts[k]))
        lens = np.array([len(parts[k]) for k in order])
        a, b = self.crf_weight, self.nn_weight
        if self.mode == "sum":
            em = np.concatenate([a * crf_em[k] + b * nn_em[k] for k in order])
            trans = a * self._crf_trans + b * self._nn_trans
            ids, conf = decode_crf(em, lens, trans, b * self._nn_start, b * self._nn_end)
        else:
            zero = np.zeros(len(TAGS))
            p_crf = crf_posteriors(
                np.concatenate([crf_em[k] for k in order]), lens, self._crf_trans, zero, zero
            )
            p_nn = crf_posteriors(
                np.concatenate([nn_em[k] for k in order]), lens, self._nn_trans, self._nn_start, self._nn_end
            )
            post = (a * p_crf + b * p_nn) / (a + b)
            ids, _ = decode_crf(
                np.log(post + 1e-12), lens, self._allowed, self._allowed_start, zero, marginals=False
            )
            conf = post[np.arange(len(ids)), ids]
        out: list[tuple[list[str], list[float]]] = [([], [])] * len(parts)
        lo = 0
        for k in order:
            hi = lo + len(parts[k])
            tags = [TAGS[j] for j in ids[lo:hi].tolist()]
            out[k] = (tags, [1.0 if t == "O" else float(c) for t, c in zip(tags, conf[lo:hi], strict=True)])
            lo = hi
        return out

    def tag_sentences(self, sentences: Sequence[Sequence[str]]) -> list[tuple[list[str], list[float]]]:
        """Tags and per-token confidences of each sentence, all decoded together; sentences longer
        than `MAX_SENTENCE_TOKENS` are tagged in windows of that size."""
        parts: list[Sequence[str]] = []
        owner: list[int] = []
        for k, tokens in enumerate(sentences):
            for lo in range(0, len(tokens), MAX_SENTENCE_TOKENS):
                parts.append(tokens[lo : lo + MAX_SENTENCE_TOKENS])
                owner.append(k)
        out: list[tuple[list[str], list[float]]] = [([], []) for _ in sentences]
        if not parts:
            return out
        with self._lock:  # the word stores of both models are shared
            decoded = self._combine(parts)
        for k, (tags, conf) in zip(owner, decoded, strict=True):
            out[k][0].extend(tags)
            out[k][1].extend(conf)
        return out

    # The rest of the interface only uses `tag_sentences` and `features`, as the CRF tagger's does.
    tag = NerTagger.tag
    tag_with_confidence = NerTagger.tag_with_confidence
    tag_document = NerTagger.tag_document


def write_ensemble(
    crf_dir: Path, nn_dir: Path, out: Path, mode: str = "sum", crf_weight: float = 1.0, nn_weight: float = 1.0
) -> dict:
    """Write an ensemble model folder from a CRF folder and a network folder built on the same
    resources; returns its meta."""
    if mode not in MODES:
        raise ValueError(f"unknown ensemble mode {mode!r} (one of {MODES})")
    for name in SHARED_FILES:
        a, b = crf_dir / name, nn_dir / name
        if a.exists() != b.exists() or (a.exists() and not filecmp.cmp(a, b, shallow=False)):
            raise ValueError(f"{name} differs between {crf_dir} and {nn_dir}: build both from the same data")
    out.mkdir(parents=True, exist_ok=True)
    for name in (*SHARED_FILES, "model.crfsuite"):
        if (crf_dir / name).exists():
            shutil.copyfile(crf_dir / name, out / name)
    shutil.copyfile(nn_dir / "model.npz", out / "model.npz")
    crf_meta = json.loads((crf_dir / "meta.json").read_text("utf-8"))
    nn_meta = json.loads((nn_dir / "meta.json").read_text("utf-8"))
    meta = {
        "name": "ner-ensemble",
        "version": f"{crf_meta.get('version', '?')}+{nn_meta.get('version', '?')}",
        "model": "CRF (python-crfsuite) + BiLSTM-CRF (numpy), combined per token, decoded once",
        "labels": "IOB2 PER LOC ORG MISC",
        "features": crf_meta.get("features"),
        "ensemble": {
            "mode": mode,
            "crf_weight": crf_weight,
            "nn_weight": nn_weight,
            "crf_meta": crf_meta,
            "nn_meta": nn_meta,
        },
    }
    (out / "meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2) + "\n", "utf-8")
    return meta


def main(argv: list[str] | None = None) -> None:
    """``python -m marsad.entities.ner_ensemble --crf DIR --nn DIR --out DIR``: write an ensemble
    model folder (``marsad eval ner --model DIR`` and ``bench/ner.py --model DIR`` then use it)."""
    import argparse

    ap = argparse.ArgumentParser(description=main.__doc__)
    ap.add_argument("--crf", type=Path, required=True, help="CRF model folder (marsad train ner)")
    ap.add_argument("--nn", type=Path, required=True, help="neural model folder (ner_nn_build)")
    ap.add_argument("--out", type=Path, required=True, help="ensemble folder to write")
    ap.add_argument("--mode", choices=MODES, default="sum")
    ap.add_argument("--crf-weight", type=float, default=1.0)
    ap.add_argument("--nn-weight", type=float, default=1.0)
    args = ap.parse_args(argv)
    meta = write_ensemble(args.crf, args.nn, args.out, args.mode, args.crf_weight, args.nn_weight)
    print(f"ensemble {meta['version']} ({args.mode}, weights {args.crf_weight}/{args.nn_weight}): {args.out}")


if __name__ == "__main__":
    main()
