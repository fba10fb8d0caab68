"""Training the neural NER tagger with PyTorch (training-only dependency; inference is `ner_nn`).

`fit_nn` trains a BiLSTM-CRF on (tokens, tags) sentences encoded by a `WordCoder`, on one thread
with fixed seeds (deterministic), keeping the epoch that scores best on a dev set when one is given;
`export_npz` writes the weights and vocabularies as ``model.npz`` for `marsad.entities.ner_nn.NnTagger`.
Word embeddings start from the PPMI-SVD vectors of `marsad.entities.clusters.learn_vectors`.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np

from marsad.entities.ner_nn import GAZ_TAGS, SLOTS, TAGS, VOCAB_SLOTS, WordCoder, to_iob2

__all__ = ["NnConfig", "fit_nn", "export_npz", "encode_corpus"]

_TAG_INDEX = {t: i for i, t in enumerate(TAGS)}
_GAZ_INDEX = {t: i for i, t in enumerate(GAZ_TAGS)}


@dataclass
class NnConfig:
    """Network size and training schedule (the defaults build the shipped model)."""

    word_dim: int = 100
    affix_dim: int = 24
    small_dim: int = 8
    cluster_dim: int = 24
    proj: int = 128
    hidden: int = 64
    gaz_dim: int = 16
    vector_scale: float = 1.0  # the unit-length word vectors are multiplied by this
    freeze_vectors: bool = False  # keep the word vectors fixed and learn a correction per word
    pretrain_epochs: int = 0  # epochs on the silver data (WikiANN) before the gold data
    pretrain_data: str = ""  # CoNLL file of the silver data (WikiANN-ar train); redirect lines skipped
    char_dim: int = 16  # character embedding size (0: no character CNN)
    char_filters: int = 50
    min_count: int = 1  # training words without a vector get their own embedding from this many occurrences
    dropout: float = 0.5
    emb_dropout: float = 0.25
    word_dropout: float = 0.2
    encoder: str = "lstm"  # "lstm" (BiLSTM) or "cnn" (dilated CNN)
    crf: bool = True  # CRF output layer (else per-token softmax)
    channels: int = 200  # CNN width
    dilations: tuple[int, ...] = (1, 2, 4)
    lr: float = 2e-3
    cosine: bool = True  # cosine learning-rate decay over the epochs
    batch: int = 16
    epochs: int = 15
    seed: int = 7


def _dims(cfg: NnConfig) -> dict[str, int]:
    d = {s: cfg.small_dim for s in SLOTS}
    d |= {"word": cfg.word_dim, "stem": cfg.word_dim, "c0": cfg.cluster_dim, "c1": cfg.cluster_dim}
    d |= {"c2": cfg.cluster_dim}
    d |= {s: cfg.affix_dim for s in ("p2", "p3", "s1", "s2", "s3")}
    return d


def encode_corpus(coder: WordCoder, gazetteer, sents) -> list[tuple[np.ndarray, ...]]:
    """(word inputs (n, slots), gazetteer ids (n,), tag ids (n,), character ids (n, L)) per non-empty
    sentence."""
    cache: dict[str, list[int]] = {}
    chars: dict[str, list[int]] = {}
    out = []
    for toks, tags in sents:
        if not toks:
            continue
        ids = []
        for t in toks:
            if t not in cache:
                cache[t] = coder.encode(t)
                chars[t] = coder.encode_chars(t)
            ids.append(cache[t])
        info = [coder.folded(t) for t in toks]
        gz = gazetteer.tag([i[0] for i in info], [i[2] for i in info]) if gazetteer else [None] * len(toks)
        out.append(
            (
                np.asarray(ids, dtype=np.int64),
                np.asarray([_GAZ_INDEX.get(g, 0) for g in gz], dtype=np.int64),
                np.asarray([_TAG_INDEX[t] for t in to_iob2(tags)], dtype=np.int64),
                np.asarray([chars[t] for t in toks], dtype=np.int64),
            )
        )
    return out


def _build_net(coder: WordCoder, cfg: NnConfig, vectors: dict[str, np.ndarray] | None):
    import torch
    from torch import nn

    dims = _dims(cfg)

    class Net(nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.emb = nn.ModuleDict({s: nn.Embedding(coder.sizes[s], dims[s]) for s in SLOTS})
            width = sum(dims[s] for s in SLOTS)
            if cfg.char_dim:
                self.char = nn.ModuleDict(
                    {
                        "emb": nn.Embedding(len(coder.vocabs["char"]) + 4, cfg.char_dim),
                        "conv": nn.Conv1d(cfg.char_dim, cfg.char_filters, 3, padding=1),
                    }
                )
                width += cfg.char_filters
            self.proj = nn.Linear(width, cfg.proj)
            self.gaz = nn.Embedding(len(GAZ_TAGS), cfg.gaz_dim)
            width = cfg.proj + cfg.gaz_dim
            if cfg.encoder == "cnn":
                convs = []
                for d in cfg.dilations:
                    convs.append(nn.Conv1d(width, cfg.channels, 3, padding=d, dilation=d))
                    width = cfg.channels
                self.cnn = nn.ModuleList(convs)
            else:
                self.lstm = nn.LSTM(width, cfg.hidden, batch_first=True, bidirectional=True)
                width = 2 * cfg.hidden
            self.out = nn.Linear(width, len(TAGS))
            k = len(TAGS)  # the CRF's parameters (unused with a softmax output)
            self.trans = nn.Parameter(torch.zeros(k, k))
            self.start = nn.Parameter(torch.zeros(k))
            self.end = nn.Parameter(torch.zeros(k))
            self.drop = nn.Dropout(cfg.dropout)
            self.edrop = nn.Dropout(cfg.emb_dropout)

        def emissions(self, ids, gaz, lens, chars=None):
            parts = [self.emb[s](ids[:, :, k]) for k, s in enumerate(SLOTS)]
            if cfg.freeze_vectors:
                parts[0] = parts[0] + nn.functional.embedding(ids[:, :, 0], self.fixed)
                parts[1] = parts[1] + nn.functional.embedding(ids[:, :, 1], self.fixed)
            if cfg.char_dim:
                b, t, n = chars.shape
                c = chars.reshape(b * t, n)
                pad = (c != 0).float()[:, None, :]
                x = self.char["emb"](c).transpose(1, 2) * pad  # (BT, E, L)
                y = torch.relu(self.char["conv"](x)) * pad
                parts.append(y.max(dim=2).values.reshape(b, t, -1))
            x = torch.tanh(self.proj(self.edrop(torch.cat(parts, dim=2))))
            x = torch.cat([x, self.gaz(gaz)], dim=2)
            if cfg.encoder == "cnn":
                keep = (torch.arange(ids.shape[1])[None, :] < lens[:, None]).float()[:, None, :]
                h = x.transpose(1, 2) * keep  # (B, C, T); padding rows are zeros, as in inference
                for conv in self.cnn:
                    y = torch.relu(conv(h)) * keep
                    h = y + h if y.shape[1] == h.shape[1] else y
                    h = self.drop(h) if conv is not self.cnn[-1] else h
                return self.out(self.drop(h.transpose(1, 2)))
            packed = nn.utils.rnn.pack_padded_sequence(x, lens, batch_first=True, enforce_sorted=False)
            h, _ = self.lstm(packed)
            h, _ = nn.utils.rnn.pad_packed_sequence(h, batch_first=True, total_length=ids.shape[1])
            return self.out(self.drop(h))

        def nll(self, em, tags, mask):
            if not cfg.crf:
                logp = torch.log_softmax(em, dim=2).gather(2, tags[:, :, None])[:, :, 0]
                return -(logp * mask).sum()
            b, t_max, k = em.shape
            # gold path score
            ar = torch.arange(b)
            gold = self.start[tags[:, 0]] + em[ar, 0, tags[:, 0]]
            for t in range(1, t_max):
                m = mask[:, t]
                step = self.trans[tags[:, t - 1], tags[:, t]] + em[ar, t, tags[:, t]]
                gold = gold + step * m
            last = mask.sum(1).long() - 1
            gold = gold + self.end[tags[ar, last]]
            # partition function
            alpha = self.start[None] + em[:, 0]
            for t in range(1, t_max):
                nxt = torch.logsumexp(alpha[:, :, None] + self.trans[None], dim=1) + em[:, t]
                alpha = torch.where(mask[:, t, None] > 0, nxt, alpha)
            log_z = torch.logsumexp(alpha + self.end[None], dim=1)
            return (log_z - gold).sum()

    net = Net()
    table = torch.zeros(coder.sizes["word"], cfg.word_dim)
    for word, i in coder.vocabs["word"].items():
        v = (vectors or {}).get(word)
        if v is not None:
            table[i] = torch.from_numpy(np.asarray(v, dtype=np.float32) * cfg.vector_scale)
    with torch.no_grad():
        if cfg.freeze_vectors:  # fixed vectors + a learned correction that starts at zero
            net.register_buffer("fixed", table)
            net.emb["word"].weight.zero_()
            net.emb["stem"].weight.zero_()
        elif vectors:
            w = net.emb["word"].weight
            has = table.abs().sum(1) > 0
            w[has] = table[has]
            net.emb["stem"].weight.copy_(w)
    return net


def _batch(data, idx, word_dropout: float, rng: np.random.Generator | None):
    import torch

    items = [data[i] for i in idx]
    lens = [len(x[0]) for x in items]
    t_max = max(lens)
    ids = np.zeros((len(items), t_max, len(SLOTS)), np.int64)
    gaz = np.zeros((len(items), t_max), np.int64)
    tags = np.zeros((len(items), t_max), np.int64)
    mask = np.zeros((len(items), t_max), np.float32)
    chars = np.zeros((len(items), t_max, items[0][3].shape[1]), np.int64)
    for r, (x, g, y, c) in enumerate(items):
        n = len(x)
        ids[r, :n], gaz[r, :n], tags[r, :n], mask[r, :n], chars[r, :n] = x, g, y, 1.0, c
    if rng is not None and word_dropout > 0:
        drop = rng.random((len(items), t_max)) < word_dropout
        ids[:, :, 0][drop] = 0
        ids[:, :, 1][drop] = 0
    return (
        torch.from_numpy(ids),
        torch.from_numpy(gaz),
        torch.from_numpy(tags),
        torch.from_numpy(mask),
        torch.tensor(lens),
        torch.from_numpy(chars),
    )


def _viterbi_torch(net, em, lens, crf: bool = True) -> list[list[int]]:
    if not crf:
        best = em.argmax(dim=2).numpy()
        return [to_ids(best[b, :n]) for b, n in enumerate(lens.tolist())]
    out = []
    trans = net.trans.detach().numpy()
    start = net.start.detach().numpy()
    end = net.end.detach().numpy()
    em = em.detach().numpy()
    for b, n in enumerate(lens.tolist()):
        score = start + em[b, 0]
        back = []
        for t in range(1, n):
            cand = score[:, None] + trans
            back.append(cand.argmax(0))
            score = cand.max(0) + em[b, t]
        cur = int((score + end).argmax())
        path = [cur]
        for bp in reversed(back):
            cur = int(bp[cur])
            path.append(cur)
        out.append(path[::-1])
    return out


def _epoch(net, opt, data, cfg: NnConfig, rng: np.random.Generator) -> float:
    """One pass over ``data`` in batches of sentences of similar length, in random order; mean loss."""
    import torch

    net.train()
    noisy = np.array([len(x[0]) for x in data]) + rng.random(len(data)) * 8
    order = np.argsort(noisy, kind="stable")
    chunks = [order[lo : lo + cfg.batch] for lo in range(0, len(order), cfg.batch)]
    total = 0.0
    for ci in rng.permutation(len(chunks)):
        ids, gaz, tags, mask, lens, chars = _batch(data, chunks[ci], cfg.word_dropout, rng)
        em = net.emissions(ids, gaz, lens, chars)
        loss = net.nll(em, tags, mask) / len(lens)
        opt.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(net.parameters(), 5.0)
        opt.step()
        total += float(loss.detach()) * len(lens)
    return total / max(1, len(data))


def fit_nn(
    train,
    coder: WordCoder,
    gazetteer,
    cfg: NnConfig,
    vectors: dict[str, np.ndarray] | None = None,
    dev=None,
    scorer: Callable[[list[list[str]]], float] | None = None,
    log=print,
    stop_after: int | None = None,
    pretrain=None,
):
    """Train; returns (state dict of numpy arrays, best epoch, per-epoch dev scores).

    With ``dev`` and ``scorer`` (tags of dev → F1), the weights of the best dev epoch are kept;
    otherwise those of the last epoch run (``stop_after`` ends the schedule of ``cfg.epochs`` early).
    ``pretrain`` sentences (silver data) are trained on for ``cfg.pretrain_epochs`` epochs first."""
    import torch

    torch.set_num_threads(1)
    torch.manual_seed(cfg.seed)
    if vectors:  # the word embedding has the size of the vectors (fewer than 100 on a tiny corpus)
        cfg = replace(cfg, word_dim=len(next(iter(vectors.values()))))
    rng = np.random.default_rng(cfg.seed)
    net = _build_net(coder, cfg, vectors)
    data = encode_corpus(coder, gazetteer, train)
    dev_data = encode_corpus(coder, gazetteer, dev) if dev else []
    opt = torch.optim.Adam(net.parameters(), lr=cfg.lr)
    best, best_epoch, history = -1.0, 0, []
    best_state = None
    if pretrain and cfg.pretrain_epochs:
        pre = encode_corpus(coder, gazetteer, pretrain)
        for k in range(cfg.pretrain_epochs):
            t0 = time.perf_counter()
            loss = _epoch(net, opt, pre, cfg, rng)
            log(f"pretraining epoch {k + 1}: loss {loss:.3f} ({time.perf_counter() - t0:.0f} s)")
    epoch = 0
    for epoch in range(1, min(cfg.epochs, stop_after or cfg.epochs) + 1):
        t0 = time.perf_counter()
        if cfg.cosine:  # learning rate from lr down to lr / 20 along a half cosine
            frac = (epoch - 1) / max(1, cfg.epochs - 1)
            for group in opt.param_groups:
                group["lr"] = cfg.lr * (0.05 + 0.95 * 0.5 * (1 + math.cos(math.pi * frac)))
        total = _epoch(net, opt, data, cfg, rng)
        msg = f"epoch {epoch}: loss {total:.3f} ({time.perf_counter() - t0:.0f} s)"
        if dev_data and scorer is not None:
            net.eval()
            pred: list[list[str]] = []
            with torch.no_grad():
                for lo in range(0, len(dev_data), 64):
                    ids, gaz, _, _, lens, chars = _batch(
                        dev_data, range(lo, min(lo + 64, len(dev_data))), 0, None
                    )
                    for p in _viterbi_torch(net, net.emissions(ids, gaz, lens, chars), lens, cfg.crf):
                        pred.append([TAGS[j] for j in p])
            f1 = scorer(pred)
            history.append(f1)
            msg += f", dev F1 {f1:.2f}"
            if f1 > best:
                best, best_epoch = f1, epoch
                best_state = {k: v.detach().clone() for k, v in net.state_dict().items()}
        log(msg)
    if best_state is None:
        best_state, best_epoch = net.state_dict(), epoch
    state = {k: v.detach().numpy().astype(np.float32) for k, v in best_state.items()}
    return state, best_epoch, history


def to_ids(best) -> list[int]:
    """IOB2 repair of argmax tag ids: an ``I-X`` that does not continue an ``X`` becomes ``B-X``."""
    tags = to_iob2([TAGS[j] for j in best])
    return [_TAG_INDEX[t] for t in tags]


def export_npz(
    path: Path, state: dict[str, np.ndarray], coder: WordCoder, cfg: NnConfig, half: bool = True
) -> None:
    """Write ``model.npz``: weights renamed for `NnTagger` (float16 when ``half``) and vocabularies."""
    arrays: dict[str, np.ndarray] = {}
    state = dict(state)
    fixed = state.pop("fixed", None)
    if fixed is not None:  # frozen vectors: the shipped table is vector + correction
        state["emb.word.weight"] = state["emb.word.weight"] + fixed
        state["emb.stem.weight"] = state["emb.stem.weight"] + fixed
    for k, d in enumerate(cfg.dilations if cfg.encoder == "cnn" else ()):
        arrays[f"cnn.{k}.dilation"] = np.array([d], dtype=np.int64)
    for k, v in state.items():
        if k in ("trans", "start", "end") and not cfg.crf:
            continue
        if k.startswith("emb."):
            name = "emb." + k.split(".")[1]
        elif k == "char.emb.weight":
            name = "char.emb"
        elif k == "gaz.weight":
            name = "gaz"
        elif k in ("trans", "start", "end"):
            name = "crf." + k
        else:
            name = k
        arrays[name] = v.astype(np.float16) if half and v.size > 10_000 else v.astype(np.float32)
    for s in (*VOCAB_SLOTS, "char"):
        words = sorted(coder.vocabs[s], key=coder.vocabs[s].__getitem__)
        arrays[f"vocab.{s}"] = np.array(words, dtype=str)
    _write_npz(path, arrays)


def _write_npz(path: Path, arrays: dict[str, np.ndarray]) -> None:
    """``np.savez_compressed`` with fixed zip timestamps, so that a rebuild is byte-identical."""
    import io
    import zipfile

    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name in sorted(arrays):
            buf = io.BytesIO()
            np.lib.format.write_array(buf, np.asarray(arrays[name]), allow_pickle=False)
            info = zipfile.ZipInfo(name + ".npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, buf.getvalue())
