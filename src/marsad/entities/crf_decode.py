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

_CACHE_LIMIT = 200_000  # distinct words kept (72 MB at 9 tags); the index starts afresh when full


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
        # state weights as a matrix: one row per weighted attribute
        self.attr_index: dict[str, int] = {}
        rows, cols, values = [], [], []
        for (attr, label), w in state.items():
            if w != 0.0:
                rows.append(self.attr_index.setdefault(attr, len(self.attr_index)))
                cols.append(index[label])
                values.append(w)
        self.weights = np.zeros((len(self.attr_index), n))
        np.add.at(self.weights, (np.asarray(rows, dtype=np.intp), np.asarray(cols, dtype=np.intp)), values)
        self.trans = np.zeros((n, n))
        for (a, b), w in transitions.items():
            self.trans[index[a], index[b]] = w
        self._exp_trans = np.exp(self.trans)
        self._outside = np.array([t == "O" for t in self.labels])
        self.features = features
        self._cluster_bigrams = self._bigram_tables(features)
        self._rows: dict[str, int] = {}  # word → row of `_store`
        self._store = np.zeros((4096, 5, n))

    @classmethod
    def from_tagger(cls, tagger, features: FeatureExtractor, info=None) -> CrfDecoder:  # noqa: ANN001
        """The decoder of a `pycrfsuite.Tagger` (``info``: its ``info()``, if the caller has it)."""
        info = info if info is not None else tagger.info()
        labels = sorted(info.labels, key=info.labels.get)
        return cls(labels, info.state_features, info.transitions, features)

    def _bigram_tables(self, features: FeatureExtractor) -> tuple[np.ndarray, np.ndarray, int] | None:
        """The weights of the cluster-bigram features «cb-=A|B» (the previous word's cluster, or S at
        the start, and this word's) and «cb+=A|B» (this word's and the next one's, or E), as tables
        indexed by cluster + 1 (0 for a word without a cluster; the last index for S and E)."""
        if not (features.options["cluster_bigrams"] and features.clusters is not None):
            return None
        size = features.clusters.granularities[len(features.clusters.granularities) // 2] + 2
        edge = size - 1
        minus = np.zeros((size, size, len(self.labels)))
        plus = np.zeros_like(minus)
        for attr, j in self.attr_index.items():
            if attr.startswith(("cb-=", "cb+=")):
                a, b = attr[4:].split("|")
                ia = edge if a in ("S", "E") else int(a) + 1
                ib = edge if b in ("S", "E") else int(b) + 1
                (minus if attr[2] == "-" else plus)[ia, ib] += self.weights[j]
        return minus, plus, edge

    # -- scores --------------------------------------------------------------------------------------
    def _add_words(self, new: dict[str, tuple]) -> None:
        """Store rows for new words: summed weights of each word's own features (slot 0) and of the
        context features it lends the tokens at -2, -1, +1, +2 from it (slots 1–4, `FeatureExtractor`
        order). All new words of a document in one scatter-add."""
        need = len(self._rows) + len(new)
        if need > len(self._store):
            grown = np.zeros((max(need, 2 * len(self._store)), *self._store.shape[1:]))
            grown[: len(self._store)] = self._store
            self._store = grown
        flat: list[str] = []  # every word's attributes, slot after slot
        counts: list[int] = []  # attributes per (word, slot)
        first = len(self._rows)
        for k, (token, info) in enumerate(new.items(), first):
            for attrs in (info[0], *info[1]):
                flat += attrs
                counts.append(len(attrs))
            self._rows[token] = k
        get = self.attr_index.get
        ids = np.array([get(a, -1) for a in flat], dtype=np.intp)
        groups = np.arange(len(counts))  # group g is word first + g // 5, slot g % 5
        owner = np.repeat(groups, counts)
        keep = ids >= 0
        owner, ids = owner[keep], ids[keep]
        if len(ids):
            np.add.at(self._store, (first + owner // 5, owner % 5), self.weights[ids])

    def emissions(self, sentences: Sequence[Sequence[str]]) -> list[np.ndarray]:
        """State scores of each (non-empty) sentence, shape (tokens, tags): exactly the weights crfsuite
        adds for each tag. All sentences of a document are scored as one array."""
        tables = self._cluster_bigrams
        parts = [
            self.features.sentence_parts(tokens, restrict=False, cluster_bigrams=tables is None)
            for tokens in sentences
        ]
        cache = self._rows
        new: dict[str, tuple] = {}
        mids: list[int] = []  # each token's cluster (middle granularity), for the cluster bigrams
        for tokens, (infos, _) in zip(sentences, parts, strict=True):
            mids += [x[4] for x in infos]
            for t, x in zip(tokens, infos, strict=True):
                if t not in cache and t not in new:
                    new[t] = x
        if len(cache) + len(new) > _CACHE_LIMIT:
            # Full: start the index afresh with every word of this document (the ones it already held too).
            cache.clear()
            self._store[:] = 0.0
            new = {}
            for tokens, (infos, _) in zip(sentences, parts, strict=True):
                for t, x in zip(tokens, infos, strict=True):
                    new.setdefault(t, x)
        if new:
            self._add_words(new)
        rows: list[int] = []
        first: list[int] = []  # flat index of each token's sentence start, and of its sentence end
        last: list[int] = []
        flat: list[str] = []  # the sentence features of every token, token after token
        counts: list[int] = []
        for tokens, (_, extras) in zip(sentences, parts, strict=True):
            base = len(rows)
            rows += [cache[t] for t in tokens]
            first += [base] * len(tokens)
            last += [base + len(tokens) - 1] * len(tokens)
            for attrs in extras:
                flat += attrs
                counts.append(len(attrs))
        per_word = self._store[np.asarray(rows, dtype=np.intp)]
        u = per_word[:, 0].copy()
        get = self.attr_index.get
        ids = np.array([get(a, -1) for a in flat], dtype=np.intp)
        owner = np.repeat(np.arange(len(counts)), counts)
        keep = ids >= 0
        if keep.any():
            np.add.at(u, owner[keep], self.weights[ids[keep]])
        pos = np.arange(len(rows))
        lo, hi = pos - np.asarray(first), np.asarray(last) - pos  # tokens before / after in the sentence
        if tables is not None:
            minus, plus, edge = tables
            cl = np.asarray(mids, dtype=np.intp) + 1
            prev = np.where(lo > 0, np.roll(cl, 1), edge)
            nxt = np.where(hi > 0, np.roll(cl, -1), edge)
            u += minus[prev, cl] + plus[cl, nxt]
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
        # sentences longest first: at position t the sentences still running are a prefix of the batch
        order = sorted(range(len(scores)), key=lambda k: -len(scores[k]))
        lens = np.array([len(scores[k]) for k in order])
        s_count, n, n_tags = len(order), int(lens[0]), len(self.labels)
        alive = (lens[:, None] > np.arange(n)).sum(axis=0).tolist()  # sentences longer than t
        u = np.zeros((s_count, n, n_tags))
        for r, k in enumerate(order):
            u[r, : lens[r]] = scores[k]
        trans = self.trans
        # Viterbi
        delta = u[:, 0].copy()
        back = np.zeros((s_count, n, n_tags), dtype=np.intp)
        for t in range(1, n):
            m = alive[t]
            cand = delta[:m, :, None] + trans
            best = cand.argmax(axis=1)
            back[:m, t] = best
            delta[:m] = np.take_along_axis(cand, best[:, None, :], axis=1)[:, 0] + u[:m, t]
        # forward-backward with per-step scaling; each position's scores are shifted by their maximum
        # (a constant per position cancels in the normalization)
        eu = np.exp(u - u.max(axis=2, keepdims=True))
        et, et_t = self._exp_trans, self._exp_trans.T
        alpha = np.empty_like(eu)
        scale = np.ones((s_count, n))
        c = eu[:, 0].sum(axis=1)
        alpha[:, 0] = eu[:, 0] / c[:, None]
        scale[:, 0] = c
        for t in range(1, n):
            m = alive[t]
            a = (alpha[:m, t - 1] @ et) * eu[:m, t]
            c = a.sum(axis=1)
            alpha[:m, t] = a / c[:, None]
            scale[:m, t] = c
        beta = np.ones_like(eu)
        for t in range(n - 2, -1, -1):
            m = alive[t + 1]
            beta[:m, t] = (eu[:m, t + 1] * beta[:m, t + 1]) @ et_t / scale[:m, t + 1, None]
        out: list[tuple[list[str], list[float]]] = [([], [])] * s_count
        labels, outside = self.labels, self._outside
        for r, k in enumerate(order):
            m = int(lens[r])
            y = [int(delta[r].argmax())]
            bk = back[r]
            for t in range(m - 1, 0, -1):
                y.append(int(bk[t, y[-1]]))
            y.reverse()
            idx = np.asarray(y)
            steps = np.arange(m)
            conf = np.where(outside[idx], 1.0, alpha[r, steps, idx] * beta[r, steps, idx])
            out[k] = ([labels[j] for j in y], conf.tolist())
        return out
