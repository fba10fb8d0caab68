"""`CrfDecoder`: the CRF tagger's decoding in numpy, for all sentences of a document at once.

A linear-chain CRF scores a tag sequence as the sum of state weights (attribute × tag) over the
tokens' features plus transition weights between consecutive tags. The weights are read from the
crfsuite model (`pycrfsuite.Tagger.info`), so decoding here gives crfsuite's tags and marginals
(tested on real articles) while working per word type and per document instead of per string:

- a token's own features and the context features it lends its neighbours depend on the word alone,
  so their summed weights are cached per word as a (5, tags) array;
- the features that depend on the sentence (word and cluster bigrams, edges, gazetteer labels) are
  looked up per token;
- Viterbi and forward-backward (scaled, in probability space) run over the document's sentences as
  one padded batch: one numpy step per token position, not per token.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

from marsad.entities.features import FeatureExtractor

__all__ = ["CrfDecoder"]

_CACHE_LIMIT = 200_000  # distinct words kept (72 MB at 9 tags); the index is cleared when full


class CrfDecoder:
    """Tags and tag marginals of a crfsuite model, computed in numpy."""

    def __init__(
        self,
        labels: Sequence[str],
        state: dict[tuple[str, str], float],
        transitions: dict[tuple[str, str], float],
        features: FeatureExtractor,
    ):
        self.labels = list(labels)
        index = {t: i for i, t in enumerate(self.labels)}
        n = len(self.labels)
        self.weights: dict[str, np.ndarray] = {}
        for (attr, label), w in state.items():
            if w != 0.0:
                vec = self.weights.get(attr)
                if vec is None:
                    vec = self.weights[attr] = np.zeros(n)
                vec[index[label]] += w
        self.trans = np.zeros((n, n))
        for (a, b), w in transitions.items():
            self.trans[index[a], index[b]] = w
        self._exp_trans = np.exp(self.trans)
        self._outside = np.array([t == "O" for t in self.labels])
        self.features = features
        self._rows: dict[str, int] = {}  # word → row of `_store`
        self._store = np.zeros((4096, 5, n))
        self._zero = np.zeros(n)

    @classmethod
    def from_tagger(cls, tagger, features: FeatureExtractor) -> CrfDecoder:  # noqa: ANN001 - pycrfsuite.Tagger
        info = tagger.info()
        labels = sorted(info.labels, key=info.labels.get)
        return cls(labels, info.state_features, info.transitions, features)

    # -- scores --------------------------------------------------------------------------------------
    def _sum(self, attrs: list[str]) -> np.ndarray:
        out = self._zero
        w = self.weights
        for a in attrs:
            v = w.get(a)
            if v is not None:
                out = out + v
        return out

    def _row(self, token: str, info: tuple) -> int:
        """Row of a word in the store: summed weights of its own features (slot 0) and of the context
        features it lends the tokens at -2, -1, +1, +2 from it (slots 1–4, `FeatureExtractor` order)."""
        if len(self._rows) >= _CACHE_LIMIT:
            self._rows.clear()
        k = len(self._rows)
        if k >= len(self._store):
            grown = np.zeros((2 * len(self._store), *self._store.shape[1:]))
            grown[: len(self._store)] = self._store
            self._store = grown
        own, ctx = info[0], info[1]
        self._store[k] = np.stack([self._sum(own), *(self._sum(lst) for lst in ctx)])
        self._rows[token] = k
        return k

    def emissions(self, sentences: Sequence[Sequence[str]]) -> list[np.ndarray]:
        """State scores of each (non-empty) sentence, shape (tokens, tags): exactly the weights crfsuite
        adds for each tag. All sentences of a document are scored as one array."""
        rows: list[int] = []
        first: list[int] = []  # index of each token's sentence start in the flat arrays
        last: list[int] = []
        extra_pos: list[int] = []
        extra_attr: list[np.ndarray] = []
        weights, cache = self.weights, self._rows
        for tokens in sentences:
            infos, extras = self.features.sentence_parts(tokens, restrict=False)
            base = len(rows)
            rows.extend(cache[t] if t in cache else self._row(t, x) for t, x in zip(tokens, infos, strict=True))
            first.extend([base] * len(tokens))
            last.extend([base + len(tokens) - 1] * len(tokens))
            for i, attrs in enumerate(extras):
                for a in attrs:
                    v = weights.get(a)
                    if v is not None:
                        extra_pos.append(base + i)
                        extra_attr.append(v)
        per_word = self._store[np.asarray(rows, dtype=np.intp)]
        u = per_word[:, 0].copy()
        if extra_pos:
            np.add.at(u, np.asarray(extra_pos), np.asarray(extra_attr))
        pos = np.arange(len(rows))
        lo, hi = pos - np.asarray(first), np.asarray(last) - pos  # tokens before / after in the sentence
        # a token sees the word two before it through that word's "[-2]" list, and so on
        u[2:] += np.where((lo[2:] >= 2)[:, None], per_word[:-2, 1], 0.0)
        u[1:] += np.where((lo[1:] >= 1)[:, None], per_word[:-1, 2], 0.0)
        u[:-1] += np.where((hi[:-1] >= 1)[:, None], per_word[1:, 3], 0.0)
        u[:-2] += np.where((hi[:-2] >= 2)[:, None], per_word[2:, 4], 0.0)
        out, at = [], 0
        for tokens in sentences:
            out.append(u[at : at + len(tokens)])
            at += len(tokens)
        return out

    # -- decoding --------------------------------------------------------------------------------------
    def decode(self, sentences: Sequence[Sequence[str]]) -> list[tuple[list[str], list[float]]]:
        """Per sentence: the Viterbi tags and, per token, the marginal probability of its tag (1.0 for
        ``O``, as the tagger reports it)."""
        out: list[tuple[list[str], list[float]]] = [([], []) for _ in sentences]
        todo = [i for i, s in enumerate(sentences) if len(s)]
        if todo:
            scores = self.emissions([sentences[i] for i in todo])
            for i, res in zip(todo, self._decode_batch(scores), strict=True):
                out[i] = res
        return out

    def _decode_batch(self, scores: list[np.ndarray]) -> list[tuple[list[str], list[float]]]:
        n_tags = len(self.labels)
        lens = np.array([len(u) for u in scores])
        s_count, n = len(scores), int(lens.max())
        u = np.zeros((s_count, n, n_tags))
        for k, sc in enumerate(scores):
            u[k, : len(sc)] = sc
        trans = self.trans
        # Viterbi
        delta = u[:, 0].copy()
        back = np.zeros((s_count, n, n_tags), dtype=np.intp)
        for t in range(1, n):
            cand = delta[:, :, None] + trans
            back[:, t] = cand.argmax(axis=1)
            live = (t < lens)[:, None]
            delta = np.where(live, cand.max(axis=1) + u[:, t], delta)
        # forward-backward with per-step scaling; each position's scores are shifted by their maximum
        # (a constant per position cancels in the normalization)
        eu = np.exp(u - u.max(axis=2, keepdims=True))
        alpha = np.empty_like(eu)
        scale = np.ones((s_count, n))
        a = eu[:, 0]
        c = a.sum(axis=1)
        alpha[:, 0] = a / c[:, None]
        scale[:, 0] = c
        et = self._exp_trans
        for t in range(1, n):
            a = (alpha[:, t - 1] @ et) * eu[:, t]
            c = a.sum(axis=1)  # padded positions are normalized too (never read), so nothing overflows
            alpha[:, t] = a / c[:, None]
            scale[:, t] = c
        beta = np.ones_like(eu)
        for t in range(n - 2, -1, -1):
            b = (eu[:, t + 1] * beta[:, t + 1]) @ et.T / scale[:, t + 1, None]
            live = (t + 1 < lens)[:, None]
            beta[:, t] = np.where(live, b, 1.0)
        marginals = alpha * beta
        out = []
        labels, outside = self.labels, self._outside
        for k in range(s_count):
            m = int(lens[k])
            y = [int(delta[k].argmax())]
            bk = back[k]
            for t in range(m - 1, 0, -1):
                y.append(int(bk[t, y[-1]]))
            y.reverse()
            idx = np.asarray(y)
            conf = np.where(outside[idx], 1.0, marginals[k, np.arange(m), idx])
            out.append(([labels[j] for j in y], conf.tolist()))
        return out
