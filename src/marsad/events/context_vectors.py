"""What the words around a candidate mean: word vectors as features of the event filter.

The filter (`marsad.events.filter`) reads what the rules found and the context CRF's probability
(`marsad.events.context_tagger`, word clusters at ±2 tokens). Many of the candidates an annotator does
not code are told in words that say so a little further off: an aim («يسعى إلى تحرير فلسطين»), an
opinion, a figure of speech («الأزمة الحكومية التي انفجرت»), a tally («إحباط أكثر من 300 عملية»). This
module gives the filter the mean word vector of the five words before the trigger, of the five words
after it, of the trigger's own words and of its whole sentence: 4 × 64 numbers per candidate. The actor
and target choice (`marsad.events.role_choice`) reads the mean vector of each option's phrase.

The vectors are positive-PMI/SVD vectors (`marsad.entities.clusters.learn_vectors`, the recipe the NER
clusters are cut from) learned from the ANT corpus alone (Apache-2.0; reserved ids skipped), for its
40,000 most frequent words seen at least three times; a word the table lacks is looked up again
without its proclitic («وبالغارات» → «الغارات»). Rebuild with ``python -m marsad.events.context_vectors``
(deterministic, about 10 s); file ``data/models/events/vectors.npz``, catalogue entry
``events-vectors``. ``MARSAD_EVENTS_VECTORS=off`` turns the features off (retrain the filter without
them for a clean setup: `marsad train events` reads the same switch).
"""

from __future__ import annotations

import argparse
import io
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

from marsad import catalogue
from marsad.doc import Article, Span
from marsad.events.filter import model_file

__all__ = [
    "WordTable",
    "default_vectors",
    "vector_features",
    "feature_names",
    "rounded",
    "build_vectors",
    "VECTORS_PATH",
    "WINDOW",
]

VECTORS_PATH = "data/models/events/vectors.npz"
ENV_VAR = "MARSAD_EVENTS_VECTORS"
WINDOW = 5  # words on each side of the trigger
DIM = 64
PROCLITICS = ("وال", "فال", "بال", "لل", "ال", "و", "ف", "ب", "ل")
PARTS = ("L", "R", "T", "S")  # before, after, the trigger, the sentence


class WordTable:
    """Folded word → unit vector (float32 rows)."""

    def __init__(self, words: Sequence[str], vectors: np.ndarray):
        self.index = {w: i for i, w in enumerate(words)}
        self.vectors = np.asarray(vectors, dtype=np.float32)
        self.dim = self.vectors.shape[1]
        self._rows: dict[str, int | None] = {}

    def row(self, word: str) -> int | None:
        try:
            return self._rows[word]
        except KeyError:
            pass
        k = self.index.get(word)
        if k is None:
            for p in PROCLITICS:
                if word.startswith(p) and len(word) - len(p) >= 2:
                    k = self.index.get(word[len(p) :])
                    if k is not None:
                        break
        if len(self._rows) < 200_000:  # the words seen, remembered (bounded)
            self._rows[word] = k
        return k

    def mean(self, words: Sequence[str]) -> np.ndarray | None:
        rows = [k for k in (self.row(w) for w in words) if k is not None]
        return self.vectors[rows].mean(axis=0) if rows else None

    def save(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        buf = io.BytesIO()
        words = np.array(sorted(self.index, key=self.index.__getitem__))
        np.savez_compressed(buf, words=words, vectors=self.vectors.astype(np.float16))
        path.write_bytes(buf.getvalue())

    @classmethod
    def load(cls, data: bytes) -> WordTable:
        with np.load(io.BytesIO(data), allow_pickle=False) as z:
            return cls([str(w) for w in z["words"]], z["vectors"])


@lru_cache(maxsize=1)
def default_vectors() -> WordTable | None:
    """The shipped vectors (read once per process); ``$MARSAD_EVENTS_VECTORS`` names another file or is
    ``off``."""
    found = model_file(ENV_VAR, VECTORS_PATH)
    return None if found is None else WordTable.load(found.read_bytes())


def vector_features(article: Article, trigger: Span, table: WordTable | None) -> dict[str, float]:
    """``v<part><i>``: coordinate i of the mean vector of the words before (L) and after (R) the
    trigger, of the trigger (T) and of its sentence (S); a part with no known word is left out."""
    if table is None or not article.sentences:
        return {}
    sent = article.sentences[article.sentence_at(trigger.start)]
    tokens = article.tokens[sent.first_token : sent.last_token]
    inside = [k for k, t in enumerate(tokens) if t.start < trigger.end and trigger.start < t.end]
    if not inside:
        return {}
    words = [t.norm for t in tokens]  # punctuation has no vector: it counts in no mean
    first, last = inside[0], inside[-1]
    parts = (
        words[max(0, first - WINDOW) : first],
        words[last + 1 : last + 1 + WINDOW],
        words[first : last + 1],
        words,
    )
    out: dict[str, float] = {}
    for name, ws in zip(PARTS, parts, strict=True):
        v = table.mean(ws)
        if v is not None:
            out.update(zip(feature_names("v" + name, table.dim), rounded(v), strict=True))
    return out


@lru_cache(maxsize=16)
def feature_names(prefix: str, dim: int) -> tuple[str, ...]:
    """``prefix0`` … ``prefix<dim-1>``: the names of a vector's coordinates as features."""
    return tuple(f"{prefix}{i}" for i in range(dim))


def rounded(v: np.ndarray) -> list[float]:
    """A vector's coordinates as features, to four decimals."""
    return np.round(v.astype(np.float64), 4).tolist()


def build_vectors(data_dir: Path, dim: int = DIM) -> WordTable:
    """Vectors of the ANT corpus in ``data_dir`` (the shared data folder)."""
    from marsad.entities.clusters import iter_news_texts, learn_vectors

    texts = iter_news_texts([data_dir / "news/ant/ant.jsonl"], data_dir / "news/RESERVED_IDS.txt")
    wv = learn_vectors(texts, vocab=40_000, dim=dim)
    return WordTable(wv.words, wv.vectors)


def main(argv: Sequence[str] | None = None) -> None:
    from marsad.entities.evaluate import shared_data_dir

    ap = argparse.ArgumentParser(description="Rebuild the event filter's word vectors from the ANT corpus.")
    ap.add_argument("--data-dir", type=Path, default=None, help="the shared data folder")
    ap.add_argument("--out", type=Path, default=None, help="file to write (default: the shipped one)")
    args = ap.parse_args(argv)
    table = build_vectors(args.data_dir or shared_data_dir())
    shipped = catalogue.data_root().parent / VECTORS_PATH
    out = args.out or shipped
    table.save(out)
    digest = catalogue.file_sha256(out)
    print(f"{out}: {len(table.index)} words × {table.dim}  sha256 {digest}")
    if out.resolve() == shipped.resolve():
        catalogue.update_entry(
            "events-vectors",
            {
                "kind": "model",
                "version": "1.0.0",
                "path": VECTORS_PATH.removeprefix("data/"),
                "sha256": digest,
                "source_data": ["news/ant/ant.jsonl (ANT corpus; news/RESERVED_IDS.txt skipped)"],
                "licence": "Apache-2.0 (word vectors learned from the ANT corpus, Apache-2.0)",
                "scores": {"words": len(table.index), "dim": table.dim},
                "train_command": "python -m marsad.events.context_vectors",
                "card": "docs/events.md",
            },
        )
        print("catalogue entry 'events-vectors' updated")


if __name__ == "__main__":
    main()
