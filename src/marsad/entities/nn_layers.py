"""Numpy inference layers of the neural NER tagger (weights trained by `marsad.entities.ner_nn_train`).

Every layer works on the tokens of a batch of sentences laid end to end (``flat``: one row per token,
sentence lengths ``lens``), so that a whole document is one call:

- `DilatedCnn`: width-3 convolutions with growing dilation and residual connections; sentences are
  separated by zero rows, so no window crosses a sentence boundary (the same as PyTorch's zero padding);
- `BiLstm`: a bidirectional LSTM (PyTorch gate order i, f, g, o), both directions in one batched
  matmul per time step;
- `decode_softmax`: per-token tag probabilities, argmax, IOB2 repair; the confidence of a tag is its
  probability;
- `decode_crf`: linear-chain CRF Viterbi plus forward-backward marginals of the chosen tags.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

__all__ = ["DilatedCnn", "BiLstm", "decode_softmax", "decode_crf", "crf_posteriors", "iob_constraints"]


class DilatedCnn:
    """``layers`` of (weight (out, in, 3), bias, dilation); ReLU; residual when in == out."""

    def __init__(self, layers: Sequence[tuple[np.ndarray, np.ndarray, int]]):
        self.layers = [
            (np.ascontiguousarray(np.concatenate([w[:, :, k].T for k in range(3)], axis=1)), b, d, w.shape[0])
            for w, b, d in layers
        ]
        self.pad = max(d for _, _, d in layers)

    def __call__(self, flat: np.ndarray, lens: np.ndarray) -> np.ndarray:
        p = self.pad
        n = len(flat)
        s = len(lens)
        # row of each token in the spaced layout: p zero rows before every sentence and after the last
        sent_of = np.repeat(np.arange(s), lens)
        rows = np.arange(n) + p * (sent_of + 1)
        total = n + p * (s + 1)
        x = np.zeros((total, flat.shape[1]), np.float32)
        x[rows] = flat
        keep = np.zeros((total, 1), np.float32)
        keep[rows] = 1.0
        for w, b, d, out in self.layers:
            y = x @ w  # (total, 3 * out): the three kernel taps at once
            h = y[:, out : 2 * out] + b
            h[d:] += y[:-d, :out]  # tap at t - d
            h[:-d] += y[d:, 2 * out :]  # tap at t + d
            np.maximum(h, 0.0, out=h)
            h *= keep
            x = h + x if x.shape[1] == out else h
        return x[rows]


class BiLstm:
    """A one-layer bidirectional LSTM from PyTorch weights (``lstm.*_l0`` and ``*_l0_reverse``)."""

    def __init__(self, w: dict[str, np.ndarray]):
        self.w_ih = np.ascontiguousarray(
            np.concatenate([w["lstm.weight_ih_l0"], w["lstm.weight_ih_l0_reverse"]]).T, dtype=np.float32
        )  # (in, 2 * 4H): both directions in one matmul
        self.w_hh = np.stack([w["lstm.weight_hh_l0"].T, w["lstm.weight_hh_l0_reverse"].T]).astype(np.float32)
        self.b = np.stack(
            [
                w["lstm.bias_ih_l0"] + w["lstm.bias_hh_l0"],
                w["lstm.bias_ih_l0_reverse"] + w["lstm.bias_hh_l0_reverse"],
            ]
        ).astype(np.float32)
        self.hidden = h = self.w_hh.shape[1]
        # σ(x) = (tanh(x / 2) + 1) / 2: halving the i, f, o rows lets one tanh serve all four gates
        scale = np.full(4 * h, 0.5, np.float32)
        scale[2 * h : 3 * h] = 1.0
        self.w_ih = (self.w_ih.reshape(-1, 2, 4 * h) * scale).reshape(self.w_ih.shape)
        self.w_hh = self.w_hh * scale
        self.b = self.b * scale

    def __call__(self, flat: np.ndarray, lens: np.ndarray) -> np.ndarray:
        """States (N, 2H) of the tokens of sentences laid end to end; ``lens`` must be non-increasing
        (the sentences still running at step t are then the first ones: no masking)."""
        h = self.hidden
        b, t_max = len(lens), int(lens[0])
        gates_in = (flat @ self.w_ih).reshape(len(flat), 2, 4 * h).transpose(1, 0, 2) + self.b[:, None, :]
        offs = np.concatenate([[0], np.cumsum(lens)[:-1]])
        t_idx = np.arange(t_max)
        valid = t_idx[None, :] < lens[:, None]  # (B, T)
        fwd_src = np.where(valid, offs[:, None] + t_idx[None, :], -1)
        bwd_src = np.where(valid, offs[:, None] + lens[:, None] - 1 - t_idx[None, :], -1)
        g_all = np.concatenate([gates_in, np.zeros((2, 1, 4 * h), np.float32)], axis=1)
        seq = np.stack([g_all[0][fwd_src.T], g_all[1][bwd_src.T]])  # (2, T, B, 4H)
        live = (lens[None, :] > t_idx[:, None]).sum(axis=1)  # sentences running at each step
        hs = np.zeros((2, b, h), np.float32)
        cs = np.zeros((2, b, h), np.float32)
        out = np.zeros((2, t_max, b, h), np.float32)
        h2, h3 = 2 * h, 3 * h
        for t in range(t_max):
            n = live[t]
            g = np.matmul(hs[:, :n], self.w_hh)
            g += seq[:, t, :n]
            np.tanh(g, out=g)  # tanh of the halved i, f, o and of the cell input
            sg = g * 0.5
            sg += 0.5  # σ of i, f, o (the cell-input block of sg is unused)
            c = cs[:, :n]
            c *= sg[..., h:h2]
            c += sg[..., :h] * g[..., h2:h3]
            hn = sg[..., h3:] * np.tanh(c)
            hs[:, :n] = hn
            out[:, t, :n] = hn
        # back to token order: forward states as they are, backward states un-reversed
        fwd = out[0].transpose(1, 0, 2)[valid]
        rev = np.where(valid, lens[:, None] - 1 - t_idx[None, :], 0)
        bwd = np.take_along_axis(out[1].transpose(1, 0, 2), rev[:, :, None], axis=1)[valid]
        return np.concatenate([fwd, bwd], axis=1)


def iob_constraints(tags: Sequence[str]) -> np.ndarray:
    """(K, K) boolean: may tag j follow tag i (IOB2: ``I-X`` only after ``B-X`` or ``I-X``)."""
    ok = np.ones((len(tags), len(tags)), bool)
    for j, t in enumerate(tags):
        if t.startswith("I-"):
            for i, u in enumerate(tags):
                ok[i, j] = u[2:] == t[2:]
    return ok


def decode_softmax(
    logits: np.ndarray, lens: np.ndarray, tags: Sequence[str]
) -> tuple[np.ndarray, np.ndarray]:
    """Argmax tag ids and their probabilities (flat); an ``I-X`` that cannot continue becomes ``B-X``."""
    z = logits - logits.max(axis=1, keepdims=True)
    np.exp(z, out=z)
    z /= z.sum(axis=1, keepdims=True)
    best = z.argmax(axis=1)
    conf = z[np.arange(len(z)), best]
    inside = np.flatnonzero(np.char.startswith(np.asarray(tags)[best], "I-"))
    if len(inside):
        starts = set(np.concatenate([[0], np.cumsum(lens)[:-1]]).tolist())
        for i in inside.tolist():
            t = tags[best[i]]
            if i in starts or tags[best[i - 1]][2:] != t[2:]:
                best[i] = tags.index("B-" + t[2:])
    return best, conf


def decode_crf(
    em: np.ndarray,
    lens: np.ndarray,
    trans: np.ndarray,
    start: np.ndarray,
    end: np.ndarray,
    marginals: bool = True,
) -> tuple[np.ndarray, np.ndarray]:
    """Viterbi tag ids and the marginal probability of each chosen tag (flat; all 1.0 without
    ``marginals``), batched over sentences; ``lens`` must be non-increasing (the sentences still
    running at step t are the first ones)."""
    b, t_max, k = len(lens), int(lens[0]), em.shape[1]
    t_idx = np.arange(t_max)
    valid = t_idx[None, :] < lens[:, None]
    live = (lens[None, :] > t_idx[:, None]).sum(axis=1)
    e = np.zeros((b, t_max, k))
    e[valid] = em
    score = start + e[:, 0]
    back = np.zeros((t_max, b, k), np.int64)
    back[:] = np.arange(k)
    for t in range(1, t_max):
        n = live[t]
        cand = score[:n, :, None] + trans
        back[t, :n] = cand.argmax(axis=1)
        score[:n] = cand.max(axis=1) + e[:n, t]
    score += end
    path = np.zeros((b, t_max), np.int64)
    cur = score.argmax(axis=1)
    rows = np.arange(b)
    for t in range(t_max - 1, -1, -1):
        path[:, t] = cur
        cur = back[t][rows, cur]
    # marginals only for the sentences with a name (tag 0 is O, whose confidence is not used: 1.0)
    marg = np.ones((b, t_max))
    named = np.flatnonzero(((path != 0) & valid).any(axis=1)) if marginals else []
    if len(named):
        n_max = int(lens[named[0]])
        marg[named, :n_max] = _marginals(
            e[named, :n_max], lens[named], path[named, :n_max], trans, start, end
        )
    return path[valid], marg[valid]


def _marginals(
    e: np.ndarray, lens: np.ndarray, path: np.ndarray, trans: np.ndarray, start: np.ndarray, end: np.ndarray
) -> np.ndarray:
    """The marginal probability of each tag of ``path`` (B, T); ``lens`` non-increasing."""
    post = _posteriors(e, lens, trans, start, end)
    return np.take_along_axis(post, path[:, :, None], axis=2)[:, :, 0]


def crf_posteriors(
    em: np.ndarray, lens: np.ndarray, trans: np.ndarray, start: np.ndarray, end: np.ndarray
) -> np.ndarray:
    """Marginal probability of every tag of every token (flat, (N, K)), batched over sentences laid end
    to end; ``lens`` non-increasing."""
    b, t_max, k = len(lens), int(lens[0]), em.shape[1]
    valid = np.arange(t_max)[None, :] < lens[:, None]
    e = np.zeros((b, t_max, k))
    e[valid] = em
    return _posteriors(e, lens, trans, start, end)[valid]


def _posteriors(
    e: np.ndarray, lens: np.ndarray, trans: np.ndarray, start: np.ndarray, end: np.ndarray
) -> np.ndarray:
    """Forward-backward in scaled probability space (one small matmul per step): tag marginals
    (B, T, K) of padded scores ``e``; ``lens`` non-increasing."""
    b, t_max, k = e.shape
    live = (lens[None, :] > np.arange(t_max)[:, None]).sum(axis=1)
    et = np.exp(trans - trans.max())
    pe = np.exp(e - e.max(axis=2, keepdims=True))  # per-step constants cancel in the marginals
    alpha = np.zeros((t_max, b, k))
    a = np.exp(start - start.max()) * pe[:, 0]
    a /= a.sum(axis=1, keepdims=True)
    alpha[0] = a
    for t in range(1, t_max):
        n = live[t]
        a = (alpha[t - 1, :n] @ et) * pe[:n, t]
        a /= a.sum(axis=1, keepdims=True)
        alpha[t, :n] = a
    beta = np.empty((t_max, b, k))
    beta[:] = np.exp(end - end.max())
    for t in range(t_max - 2, -1, -1):
        n = live[t + 1]  # sentences that go on after t
        nxt = (pe[:n, t + 1] * beta[t + 1, :n]) @ et.T
        nxt /= nxt.sum(axis=1, keepdims=True)
        beta[t, :n] = nxt
    post = alpha * beta
    post /= np.maximum(post.sum(axis=2, keepdims=True), 1e-300)
    return post.transpose(1, 0, 2)
