"""Word clusters learned from unlabeled news: the NER tagger's bridge to names it never saw labelled.

Recipe (numpy only, one process, a few minutes on ~10 M tokens):

1. tokenize the folded text of each unlabeled article (articles listed in
   ``news/RESERVED_IDS.txt`` are skipped), count words;
2. build a directional co-occurrence matrix: the ``vocab`` most frequent words × the ``contexts``
   most frequent words seen one or two positions to the left, and to the right;
3. positive PMI (context distribution smoothed with exponent 0.75), randomized SVD to ``dim``
   dimensions, rows L2-normalized;
4. spherical k-means at several granularities (default 64, 256, 1024 clusters).

The result is a `ClusterTable`: for each word its corpus count and one cluster id per granularity,
saved as a small TSV. The counts double as the frequency evidence the clitic stripper uses
(`marsad.entities.features.split_proclitic`).
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from marsad.text.normalize import fold

__all__ = [
    "ClusterTable",
    "WordVectors",
    "tokenize_plain",
    "iter_news_texts",
    "learn_clusters",
    "learn_vectors",
]

_TOKEN = re.compile(r"\w+|[^\w\s]")


def tokenize_plain(text: str) -> list[str]:
    """Folded word and punctuation tokens of ``text`` (for unlabeled statistics only)."""
    return _TOKEN.findall(fold(text))


@dataclass(frozen=True)
class ClusterTable:
    """Word → (count, cluster id per granularity)."""

    granularities: tuple[int, ...]
    entries: dict[str, tuple[int, tuple[int, ...]]]

    def count(self, word: str) -> int:
        e = self.entries.get(word)
        return e[0] if e else 0

    def clusters(self, word: str) -> tuple[int, ...] | None:
        e = self.entries.get(word)
        return e[1] if e and e[1] else None

    def save(self, path: Path) -> None:
        with open(path, "w", encoding="utf-8") as f:
            f.write("#word\tcount\t" + "\t".join(f"c{k}" for k in self.granularities) + "\n")
            for w, (c, ids) in sorted(self.entries.items(), key=lambda kv: -kv[1][0]):
                f.write(w + "\t" + str(c) + "\t" + "\t".join(str(i) for i in ids) + "\n")

    @classmethod
    def load(cls, path: Path | str) -> ClusterTable:
        entries: dict[str, tuple[int, tuple[int, ...]]] = {}
        with open(path, encoding="utf-8") as f:
            header = f.readline().rstrip("\n").split("\t")
            grans = tuple(int(h[1:]) for h in header[2:])
            for line in f:
                parts = line.rstrip("\n").split("\t")
                if len(parts) < 2:
                    continue
                ids = tuple(int(x) for x in parts[2:]) if len(parts) > 2 and parts[2] else ()
                entries[parts[0]] = (int(parts[1]), ids)
        return cls(grans, entries)


def _reserved(path: Path | None) -> set[str]:
    if path is None or not path.exists():
        return set()
    return {line.strip() for line in path.read_text("utf-8").splitlines() if line.strip()}


def iter_news_texts(paths: Iterable[Path], reserved_ids: Path | None = None) -> Iterator[str]:
    """Texts (title + body) of the unlabeled corpora: JSONL files, SaudiNewsNet daily zips, or folders
    of them. Reserved article ids are skipped; duplicates (``dup_of``) are skipped."""
    reserved = _reserved(reserved_ids)
    for p in paths:
        p = Path(p)
        files = sorted(p.glob("*.zip")) + sorted(p.glob("*.jsonl")) if p.is_dir() else [p]
        for f in files:
            if f.suffix == ".zip":
                day = f.stem.replace("-", "")
                with zipfile.ZipFile(f) as zf:
                    name = next(n for n in zf.namelist() if n.endswith(".json"))
                    arts = json.load(io.TextIOWrapper(zf.open(name), encoding="utf-8"))
                for i, a in enumerate(arts, 1):
                    if f"snn-{day}-{i:05d}" in reserved:
                        continue
                    yield (a.get("title") or "") + "\n" + (a.get("content") or "")
            else:
                with open(f, encoding="utf-8") as fh:
                    for line in fh:
                        a = json.loads(line)
                        if a.get("id") in reserved or a.get("dup_of"):
                            continue
                        yield (a.get("title") or "") + "\n" + (a.get("text") or "")


def _randomized_svd(m: np.ndarray, dim: int, rng: np.random.Generator, n_iter: int = 3) -> np.ndarray:
    omega = rng.standard_normal((m.shape[1], dim + 20)).astype(np.float32)
    y = m @ omega
    for _ in range(n_iter):
        y, _ = np.linalg.qr(y)
        y = m @ (m.T @ y)
    q, _ = np.linalg.qr(y)
    b = q.T @ m
    ub, s, _ = np.linalg.svd(b, full_matrices=False)
    u = q @ ub[:, :dim]
    return (u * np.sqrt(s[:dim])).astype(np.float32)


def _kmeans(x: np.ndarray, k: int, rng: np.random.Generator, iters: int = 12) -> np.ndarray:
    """Spherical k-means (rows of ``x`` are unit vectors); returns a cluster id per row."""
    k = min(k, len(x))
    centers = x[rng.choice(len(x), size=k, replace=False)].copy()
    assign = np.zeros(len(x), dtype=np.int64)
    for _ in range(iters):
        assign = np.argmax(x @ centers.T, axis=1)
        sums = np.zeros_like(centers)
        np.add.at(sums, assign, x)
        norms = np.linalg.norm(sums, axis=1, keepdims=True)
        empty = norms[:, 0] == 0
        sums[empty] = x[rng.choice(len(x), size=int(empty.sum()), replace=False)]
        norms[empty] = 1.0
        centers = sums / norms
    return assign


@dataclass(frozen=True)
class WordVectors:
    """PPMI-SVD word vectors (rows L2-normalized) of the ``words`` of a corpus, with the corpus counts
    of its ``keep_counts`` most frequent tokens; ``rng`` continues the seeded stream for k-means."""

    words: list[str]
    vectors: np.ndarray
    counts: dict[str, int]
    rng: np.random.Generator


def learn_vectors(
    texts: Iterable[str],
    *,
    vocab: int = 40_000,
    contexts: int = 2_000,
    dim: int = 100,
    min_count: int = 3,
    keep_counts: int = 150_000,
    seed: int = 13,
) -> WordVectors:
    """Steps 1–3 of the recipe (see the module docstring): counts and PPMI-SVD vectors."""
    rng = np.random.default_rng(seed)
    docs = [tokenize_plain(t) for t in texts]
    counts = Counter(w for d in docs for w in d)
    ranked = [w for w, c in counts.most_common() if c >= min_count]
    words = [w for w in ranked if any(ch.isalpha() for ch in w)][:vocab]
    index = {w: i for i, w in enumerate(words)}
    n_ctx = min(contexts, len(ranked))
    ctx_index = {w: i for i, w in enumerate(ranked[:n_ctx])}
    kept = {w: counts[w] for w in ranked[:keep_counts]}
    kept.update((w, counts[w]) for w in words)
    if len(words) < 2 or n_ctx < 2:
        return WordVectors([], np.zeros((0, dim), dtype=np.float32), kept, rng)
    v, c = len(words), n_ctx
    flat_rows: list[int] = []
    flat_cols: list[int] = []
    for d in docs:  # two sentinels between documents keep windows inside one document
        flat_rows.extend(index.get(w, -1) for w in d)
        flat_cols.extend(ctx_index.get(w, -1) for w in d)
        flat_rows += [-1, -1]
        flat_cols += [-1, -1]
    del docs
    rows_all = np.asarray(flat_rows, dtype=np.int64)
    cols_all = np.asarray(flat_cols, dtype=np.int64)
    del flat_rows, flat_cols
    keys: list[np.ndarray] = []
    weights: list[np.ndarray] = []
    for off in (1, 2):
        # right context of the word at i is the word at i+off (columns c..2c); left context of i+off is i
        for r, cc, shift in ((rows_all[:-off], cols_all[off:], c), (rows_all[off:], cols_all[:-off], 0)):
            ok = (r >= 0) & (cc >= 0)
            keys.append(r[ok] * (2 * c) + cc[ok] + shift)
            weights.append(np.full(int(ok.sum()), 1.0 / off))
    key = np.concatenate(keys)
    wt = np.concatenate(weights)
    del keys, weights, rows_all, cols_all
    mat = np.zeros((v, 2 * c), dtype=np.float32)
    block = max(1, 20_000_000 // (2 * c))
    for lo in range(0, v, block):
        hi = min(v, lo + block)
        sel = (key >= lo * 2 * c) & (key < hi * 2 * c)
        part = np.bincount(key[sel] - lo * 2 * c, weights=wt[sel], minlength=(hi - lo) * 2 * c)
        mat[lo:hi] = part.reshape(hi - lo, 2 * c)
    del key, wt
    # positive PMI in place (the matrix is the largest object here): log(c(w,c) / (c(w) · P_0.75(c)))
    row = mat.sum(axis=1, keepdims=True)
    col = mat.sum(axis=0, keepdims=True) ** 0.75
    col /= col.sum()
    mat /= np.maximum(row, 1e-9)
    mat /= np.maximum(col, 1e-12)
    np.log(mat, out=mat, where=mat > 0)
    np.maximum(mat, 0.0, out=mat)
    emb = _randomized_svd(mat, min(dim, min(mat.shape) - 1), rng)
    del mat
    emb /= np.maximum(np.linalg.norm(emb, axis=1, keepdims=True), 1e-9)
    return WordVectors(words, emb, kept, rng)


def learn_clusters(
    texts: Iterable[str],
    *,
    vocab: int = 40_000,
    contexts: int = 2_000,
    dim: int = 100,
    granularities: tuple[int, ...] = (64, 256, 1024),
    min_count: int = 3,
    keep_counts: int = 150_000,
    seed: int = 13,
    vectors: WordVectors | None = None,
) -> ClusterTable:
    """Learn a `ClusterTable` from raw texts (see the module docstring); pass ``vectors`` (from
    `learn_vectors` with the same settings) to reuse them."""
    wv = vectors or learn_vectors(
        texts,
        vocab=vocab,
        contexts=contexts,
        dim=dim,
        min_count=min_count,
        keep_counts=keep_counts,
        seed=seed,
    )
    entries: dict[str, tuple[int, tuple[int, ...]]] = {w: (c, ()) for w, c in wv.counts.items()}
    if len(wv.words) < 2:
        return ClusterTable(granularities, entries)
    assigns = [_kmeans(wv.vectors, k, wv.rng) for k in granularities]
    for i, w in enumerate(wv.words):
        entries[w] = (wv.counts.get(w, 0), tuple(int(a[i]) for a in assigns))
    return ClusterTable(granularities, entries)
