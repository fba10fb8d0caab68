"""The neural NER tagger: BiLSTM-CRF over word, affix, cluster and gazetteer embeddings, in numpy.

Trained with PyTorch (`marsad.entities.ner_nn_train`, a training-only dependency); inference here is
pure numpy, batched over all sentences of a document:

1. each distinct token is encoded once (`WordCoder`: folded word, stem, affixes, shape, frequency,
   proclitic, word clusters, name-word type) and projected to a dense vector; the vector is cached;
2. the gazetteer label of the token in its sentence is embedded and appended;
3. a bidirectional LSTM runs over the padded batch (both directions in one batched matmul per step);
4. a linear layer gives tag scores; a linear-chain CRF decodes (Viterbi) and gives each token the
   marginal probability of its tag (forward-backward), used by document propagation.

`NnTagger` has the interface of `marsad.entities.ner.NerTagger` (``tag``, ``tag_with_confidence``,
``tag_document``, ``features``, ``name``, ``meta``), so the ``entities`` component takes either.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from marsad.entities.clusters import ClusterTable
from marsad.entities.clusters_selftrain import read_word_types
from marsad.entities.features import FeatureExtractor, Gazetteer, _shape, split_proclitic
from marsad.entities.merge import PROPAGATION_THRESHOLD, propagate_labels
from marsad.entities.nn_layers import BiLstm, DilatedCnn, decode_crf, decode_softmax, iob_constraints
from marsad.text.normalize import fold_cached

__all__ = ["TAGS", "GAZ_TAGS", "SLOTS", "WordCoder", "NnTagger", "to_iob2"]

TAGS = ("O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC")
GAZ_TAGS = (None, "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG", "B-MISC", "I-MISC")
_GAZ_INDEX = {t: i for i, t in enumerate(GAZ_TAGS)}
# The per-word inputs, in order. Vocabulary slots map strings to ids (0 = unknown); the others are small
# integer codes.
SLOTS = (
    "word",
    "stem",
    "p2",
    "p3",
    "s1",
    "s2",
    "s3",
    "pro",
    "shape",
    "len",
    "freq",
    "al",
    "c0",
    "c1",
    "c2",
    "nw",
)
VOCAB_SLOTS = ("word", "p2", "p3", "s1", "s2", "s3", "pro")  # "stem" shares the word vocabulary
_SHAPES = {"D": 1, "A": 2, "L": 3, "P": 4, "M": 5}
_NW = {"PER": 1, "LOC": 2, "ORG": 3, "MISC": 4}
MAX_SENTENCE_TOKENS = 200
CHAR_LEN = 16  # letters of the folded word seen by the character CNN (after a begin mark, before an end mark)
# a sentence this much shorter than the longest of its group starts a new group (of at least GROUP_MIN)
GROUP_RATIO = 3.0
GROUP_MIN = 8


def to_iob2(tags: Sequence[str]) -> list[str]:
    """IOB1 remnants to IOB2: an ``I-X`` that does not continue an ``X`` becomes ``B-X``."""
    out: list[str] = []
    prev = "O"
    for t in tags:
        if t.startswith("I-") and prev[2:] != t[2:]:
            t = "B-" + t[2:]
        out.append(t)
        prev = t
    return out


class WordCoder:
    """Token → integer inputs of the network (one per slot of `SLOTS`)."""

    def __init__(
        self,
        vocabs: dict[str, dict[str, int]],
        clusters: ClusterTable | None,
        name_words: dict[str, str] | None = None,
    ):
        self.vocabs = vocabs
        self.clusters = clusters
        self.name_words = name_words or {}
        self._folded: dict[str, tuple[str, str, str]] = {}
        self.sizes = {s: len(vocabs[s]) + 1 for s in VOCAB_SLOTS}
        self.sizes["stem"] = self.sizes["word"]
        grans = clusters.granularities if clusters is not None else (1, 1, 1)
        self.sizes |= {"shape": 6, "len": 10, "freq": 21, "al": 2, "nw": 5}
        self.sizes |= {f"c{k}": (grans[k] if k < len(grans) else 1) + 1 for k in range(3)}

    def folded(self, token: str) -> tuple[str, str, str]:
        """(folded word, proclitics, stem), cached."""
        hit = self._folded.get(token)
        if hit is None:
            w = fold_cached(token)
            pro, stem = split_proclitic(w, self.clusters)
            hit = (w, pro, stem)
            if len(self._folded) > 300_000:
                self._folded.clear()
            self._folded[token] = hit
        return hit

    def encode_chars(self, token: str) -> list[int]:
        """Character ids of the folded word between a begin (1) and an end (2) mark, zero-padded."""
        chars = self.vocabs.get("char", {})
        w = self.folded(token)[0][:CHAR_LEN]
        ids = [1, *(chars.get(ch, 3) for ch in w), 2]
        return ids + [0] * (CHAR_LEN + 2 - len(ids))

    def encode(self, token: str) -> list[int]:
        w, pro, stem = self.folded(token)
        v = self.vocabs
        tab = self.clusters
        word_id = v["word"].get(w, 0)
        stem_id = v["word"].get(stem, 0) if stem != w else word_id
        count = (tab.count(w) or tab.count(stem)) if tab is not None else 0
        cl = (tab.clusters(w) or tab.clusters(stem)) if tab is not None else None
        cids = [c + 1 for c in cl[:3]] if cl else [0, 0, 0]
        cids += [0] * (3 - len(cids))
        nw = self.name_words.get(w) or self.name_words.get(stem)
        return [
            word_id,
            stem_id,
            v["p2"].get(stem[:2], 0),
            v["p3"].get(stem[:3], 0),
            v["s1"].get(stem[-1:], 0),
            v["s2"].get(stem[-2:], 0),
            v["s3"].get(stem[-3:], 0),
            v["pro"].get(pro, 0),
            _SHAPES[_shape(w)] if w else 4,
            min(len(w), 9),
            min(int(math.log2(count + 1)), 20),
            1 if stem.startswith("ال") else 0,
            *cids,
            _NW.get(nw or "", 0),
        ]

    @staticmethod
    def build_vocabs(words: Sequence[str], clusters: ClusterTable | None, min_affix: int = 2) -> dict:
        """Vocabularies from a word list (embedding words first, then training words): every word gets
        an id; affixes and proclitic strings seen at least ``min_affix`` times get one."""
        vocabs: dict[str, dict[str, int]] = {s: {} for s in VOCAB_SLOTS}
        for w in words:
            vocabs["word"].setdefault(w, len(vocabs["word"]) + 1)
        counts: dict[str, Counter] = {s: Counter() for s in VOCAB_SLOTS if s != "word"}
        for w in vocabs["word"]:
            pro, stem = split_proclitic(w, clusters)
            for s, x in (
                ("p2", stem[:2]),
                ("p3", stem[:3]),
                ("s1", stem[-1:]),
                ("s2", stem[-2:]),
                ("s3", stem[-3:]),
                ("pro", pro),
            ):
                counts[s][x] += 1
        for s, c in counts.items():
            for x, n in sorted(c.items(), key=lambda kv: (-kv[1], kv[0])):
                if n >= min_affix:
                    vocabs[s][x] = len(vocabs[s]) + 1
        chars = Counter(ch for w in vocabs["word"] for ch in w)
        # character ids start at 4: 0 padding, 1 begin, 2 end, 3 unknown
        kept = sorted(ch for ch, n in chars.items() if n >= min_affix)
        vocabs["char"] = {ch: i + 4 for i, ch in enumerate(kept)}
        return vocabs


class NnTagger:
    """A loaded network (``model.npz``: BiLSTM or dilated CNN, CRF or softmax output) with its
    feature resources."""

    kind = "ner-nn"

    def __init__(
        self, weights: dict[str, np.ndarray], coder: WordCoder, features: FeatureExtractor, meta: dict
    ):
        self.meta = meta
        self.name = meta.get("name", "ner-nn") + "@" + str(meta.get("version", "?"))
        self.coder = coder
        self.features = features  # clusters, gazetteer and word_info for mentions and entity names
        w = weights
        # the input projection is linear in the concatenated embeddings: fold each table into it
        proj_w = w["proj.weight"].T  # (sum dims, P)
        self._tables: list[np.ndarray] = []
        lo = 0
        for s in SLOTS:
            emb = w[f"emb.{s}"]
            self._tables.append((emb @ proj_w[lo : lo + emb.shape[1]]).astype(np.float32))
            lo += emb.shape[1]
        self._char: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray] | None = None
        if "char.emb" in w:  # character CNN: embedding, conv (out, in, 3) folded to (3 * in, out), bias
            conv = w["char.conv.weight"]
            taps = np.concatenate([conv[:, :, k].T for k in range(3)], axis=0)
            self._char = (w["char.emb"], taps, w["char.conv.bias"], proj_w[lo:])
        self._proj_b = w["proj.bias"].astype(np.float32)
        self._gaz = w["gaz"].astype(np.float32)
        self.encoder: BiLstm | DilatedCnn
        if "lstm.weight_ih_l0" in w:
            self.encoder = BiLstm(w)
        else:
            k = 0
            layers = []
            while f"cnn.{k}.weight" in w:
                layers.append((w[f"cnn.{k}.weight"], w[f"cnn.{k}.bias"], int(w[f"cnn.{k}.dilation"][0])))
                k += 1
            self.encoder = DilatedCnn(layers)
        self._out_w = w["out.weight"].T.astype(np.float32)
        self._out_b = w["out.bias"].astype(np.float32)
        self._crf = "crf.trans" in w
        if self._crf:
            ok = iob_constraints(TAGS)
            self._trans = np.where(ok, w["crf.trans"].astype(np.float64), -1e4)
            self._start = np.where(ok[0], w["crf.start"].astype(np.float64), -1e4)  # row of O: no I- first
            self._end = w["crf.end"].astype(np.float64)
        self._cache: dict[str, int] = {}
        self._rows = np.zeros((1024, self._proj_b.shape[0]), dtype=np.float32)

    @classmethod
    def load(
        cls,
        folder: Path | str,
        shared: tuple[ClusterTable | None, dict[str, str], FeatureExtractor] | None = None,
    ) -> NnTagger:
        """The tagger of ``folder/model.npz``; ``shared`` = (clusters, name words, feature extractor)
        already loaded from the same folder (the ensemble), else they are read here."""
        folder = Path(folder)
        meta = json.loads((folder / "meta.json").read_text("utf-8"))
        with np.load(folder / "model.npz", allow_pickle=False) as z:
            arrays = {k: z[k] for k in z.files}
        vocabs = {s: {x: i + 1 for i, x in enumerate(arrays.pop(f"vocab.{s}").tolist())} for s in VOCAB_SLOTS}
        chars = arrays.pop("vocab.char").tolist() if "vocab.char" in arrays else []
        vocabs["char"] = {ch: i + 4 for i, ch in enumerate(chars)}
        weights = {k: v.astype(np.float32) for k, v in arrays.items()}
        if shared is not None:
            clusters, nw, fx = shared
        else:
            clusters = (
                ClusterTable.load(folder / "clusters.tsv") if (folder / "clusters.tsv").exists() else None
            )
            gaz = (
                Gazetteer.load(str(folder / "gazetteer.tsv")) if (folder / "gazetteer.tsv").exists() else None
            )
            path = folder / "name_words.tsv"
            nw = read_word_types(path.read_text("utf-8").splitlines()) if path.exists() else {}
            fx = FeatureExtractor(clusters, gaz, meta.get("features"), name_words=nw)
        return cls(weights, WordCoder(vocabs, clusters, nw), fx, meta)

    # -- per-word vectors, cached ------------------------------------------------------------
    def _word_rows(self, tokens: Sequence[str]) -> np.ndarray:
        cache = self._cache
        new = [t for t in dict.fromkeys(tokens) if t not in cache]
        if new:
            if len(cache) + len(new) > 300_000:
                cache.clear()
                new = list(dict.fromkeys(tokens))
            ids = np.asarray([self.coder.encode(t) for t in new], dtype=np.int64)
            vec = self._proj_b + sum(tab[ids[:, k]] for k, tab in enumerate(self._tables))
            if self._char is not None:
                vec += self._char_vectors(new)
            np.tanh(vec, out=vec)
            n0 = len(cache)
            if n0 + len(new) > len(self._rows):
                grown = np.zeros((max(2 * len(self._rows), n0 + len(new)), self._rows.shape[1]), np.float32)
                grown[:n0] = self._rows[:n0]
                self._rows = grown
            self._rows[n0 : n0 + len(new)] = vec
            for k, t in enumerate(new):
                cache[t] = n0 + k
        return self._rows[[cache[t] for t in tokens]]

    def _char_vectors(self, tokens: Sequence[str]) -> np.ndarray:
        """Character CNN (width 3, ReLU, max over positions) of each token, projected."""
        assert self._char is not None
        emb, taps, bias, proj = self._char
        ids = np.asarray([self.coder.encode_chars(t) for t in tokens], dtype=np.int64)
        x = emb[ids]  # (n, L, E)
        x[ids == 0] = 0.0
        pad = np.zeros((len(ids), 1, x.shape[2]), np.float32)
        xp = np.concatenate([pad, x, pad], axis=1)
        win = np.concatenate([xp[:, :-2], xp[:, 1:-1], xp[:, 2:]], axis=2)  # (n, L, 3E)
        h = np.maximum(win @ taps + bias, 0.0)
        h[ids == 0] = 0.0
        return h.max(axis=1) @ proj

    # -- the network --------------------------------------------------------------------------
    def _scores(self, sents: Sequence[Sequence[str]]) -> np.ndarray:
        """Tag scores (emissions) of the tokens of ``sents`` laid end to end, (tokens, len(TAGS));
        sentence lengths must be non-increasing."""
        lens = np.array([len(s) for s in sents])
        x = self._word_rows([tok for s in sents for tok in s])
        gaz_ids: list[int] = []
        gaz = self.features.gazetteer
        for s in sents:
            if gaz is None:
                gaz_ids.extend([0] * len(s))
                continue
            info = [self.coder.folded(tok) for tok in s]
            gaz_ids.extend(_GAZ_INDEX.get(g, 0) for g in gaz.tag([i[0] for i in info], [i[2] for i in info]))
        x = np.concatenate([x, self._gaz[gaz_ids]], axis=1)
        return self.encoder(x, lens) @ self._out_w + self._out_b

    def _run(self, sents: Sequence[Sequence[str]]) -> tuple[np.ndarray, np.ndarray]:
        """Tag ids and confidences of the tokens of ``sents`` laid end to end."""
        lens = np.array([len(s) for s in sents])
        scores = self._scores(sents)
        if self._crf:
            return decode_crf(scores, lens, self._trans, self._start, self._end)
        return decode_softmax(scores, lens, TAGS)

    def crf_parameters(self) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(transitions, start, end) of the CRF output layer in `TAGS` order, IOB2-constrained."""
        if not self._crf:
            raise ValueError("this network has a softmax output, no CRF")
        return self._trans, self._start, self._end

    def emissions(self, sents: Sequence[Sequence[str]]) -> list[np.ndarray]:
        """Tag scores of each sentence (any order, none longer than `MAX_SENTENCE_TOKENS`), shape
        (tokens, len(TAGS)); batched longest first in groups of similar length, as in tagging."""
        out: list[np.ndarray] = [np.zeros((0, len(TAGS)), np.float32) for _ in sents]
        for group in self._groups(list(enumerate(sents))):
            flat = self._scores([p for _, p in group])
            lo = 0
            for k, p in group:
                out[k] = flat[lo : lo + len(p)]
                lo += len(p)
        return out

    @staticmethod
    def _groups(
        pieces: list[tuple[int, Sequence[str]]],
    ) -> list[list[tuple[int, Sequence[str]]]]:
        """Non-empty pieces longest first (the LSTM and CRF loops then work on a shrinking prefix of
        the batch), cut into groups of similar length unless the batch is small."""
        work = sorted(((k, p) for k, p in pieces if p), key=lambda kp: -len(kp[1]))
        groups: list[list[tuple[int, Sequence[str]]]] = []
        for item in work:
            if not groups or (
                len(item[1]) * GROUP_RATIO < len(groups[-1][0][1]) and len(groups[-1]) >= GROUP_MIN
            ):
                groups.append([])
            groups[-1].append(item)
        return groups

    def _tag_batch(self, sents: Sequence[Sequence[str]]) -> list[tuple[list[str], list[float]]]:
        pieces: list[tuple[int, Sequence[str]]] = []
        for k, s in enumerate(sents):
            for lo in range(0, len(s), MAX_SENTENCE_TOKENS):
                pieces.append((k, s[lo : lo + MAX_SENTENCE_TOKENS]))
        out: list[tuple[list[str], list[float]]] = [([], []) for _ in sents]
        for group in self._groups(pieces):
            ids, conf = self._run([p for _, p in group])
            tags = [TAGS[j] for j in ids.tolist()]
            lo = 0
            for k, p in group:
                hi = lo + len(p)
                out[k][0].extend(tags[lo:hi])
                out[k][1].extend(
                    1.0 if t == "O" else float(c) for t, c in zip(tags[lo:hi], conf[lo:hi], strict=True)
                )
                lo = hi
        return out

    def tag(self, tokens: Sequence[str]) -> list[str]:
        """IOB2 tags for one sentence."""
        return self._tag_batch([tokens])[0][0]

    def tag_with_confidence(self, tokens: Sequence[str]) -> tuple[list[str], list[float]]:
        """IOB2 tags and, per token, the marginal probability of its tag."""
        return self._tag_batch([tokens])[0]

    def tag_document(
        self, sentences: Sequence[Sequence[str]], propagate: bool = True
    ) -> list[tuple[list[str], list[float]]]:
        """All sentences of a document in one batch; with ``propagate``, confident names are also
        tagged where they recur untagged (`marsad.entities.merge.propagate_labels`)."""
        res = self._tag_batch(sentences)
        if not propagate or not res:
            return res
        info = [[self.coder.folded(t) for t in s] for s in sentences]
        words = [[i[0] for i in s] for s in info]
        stems = [[i[2] for i in s] for s in info]
        new_tags = propagate_labels(stems, words, [r[0] for r in res], [r[1] for r in res])
        out = []
        for (old, conf), new in zip(res, new_tags, strict=True):
            if new != old:
                conf = [
                    c if o == t else PROPAGATION_THRESHOLD for o, t, c in zip(old, new, conf, strict=True)
                ]
            out.append((new, conf))
        return out
