"""Rebuild ``data/text/clitics_lexicon.tsv.gz``: folded word-form counts for the clitic segmenter.

Run ``python -m marsad.text.build_clitics [--data SHARED/data]``. Counts come only from corpora
whose licences allow shipping derived statistics:

- ANT corpus v1.1 (Apache-2.0), every article except those listed in ``news/RESERVED_IDS.txt``;
- ANERcorp, CAMeL Lab train split (CC BY-SA 4.0);
- AQMAR Arabic Wikipedia NER corpus, train split (CC BY-SA 3.0).

SaudiNewsNet (CC BY-NC-SA), UD PADT (CC BY-NC-SA) and the WikiNews segmentation gold are NOT read.
The output is a gzip TSV (``count<TAB>folded form``) with a ``#`` header naming sources and licences.
"""

from __future__ import annotations

import argparse
import gzip
import json
import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from marsad.text.clitics import seg_key as fold
from marsad.text.evaluate import shared_data_dir

DEFAULT_DATA = shared_data_dir()
OUT = Path(__file__).resolve().parent.parent / "data" / "text" / "clitics_lexicon.tsv.gz"
MIN_COUNT = 1
# A run of Arabic letters (with their marks and tatweel): what the segmenter is asked to split.
_ARABIC_WORD = re.compile("[\u0621-\u064a\u0640\u064b-\u065f\u0670\u0671-\u06d3\u06d5\u06fa-\u06ff]+")

SOURCES = [
    "ANT corpus v1.1 (Chouigui et al. 2017), Apache-2.0, minus news/RESERVED_IDS.txt",
    "ANERcorp CAMeL Lab train split (Benajiba et al. 2007; Obeid et al. 2020), CC BY-SA 4.0",
    "AQMAR Arabic Wikipedia NER corpus train split (Mohit et al. 2012), CC BY-SA 3.0",
]


def _ant_texts(data: Path) -> Iterator[str]:
    reserved = set((data / "news" / "RESERVED_IDS.txt").read_text("utf-8").split())
    with open(data / "news" / "ant" / "ant.jsonl", encoding="utf-8") as fh:
        for line in fh:
            rec = json.loads(line)
            if rec.get("id") in reserved:
                continue
            yield rec.get("title") or ""
            yield rec.get("text") or ""


def _conll_tokens(path: Path) -> Iterator[str]:
    with open(path, encoding="utf-8") as fh:
        for line in fh:
            parts = line.split()
            if parts:
                yield parts[0]


def count_words(data: Path) -> Counter[str]:
    counts: Counter[str] = Counter()
    for text in _ant_texts(data):
        counts.update(fold(m.group()) for m in _ARABIC_WORD.finditer(text))
    for path in (
        data / "ner" / "anercorp_camellab" / "ANERCorp_CamelLab_train.txt",
        data / "ner" / "aqmar" / "split_mynlp" / "train.txt",
    ):
        for tok in _conll_tokens(path):
            counts.update(fold(m.group()) for m in _ARABIC_WORD.finditer(tok))
    counts.pop("", None)
    return counts


def write(counts: Counter[str], out: Path, min_count: int = MIN_COUNT) -> int:
    out.parent.mkdir(parents=True, exist_ok=True)
    kept = sorted(((c, w) for w, c in counts.items() if c >= min_count), key=lambda cw: (-cw[0], cw[1]))
    header = [
        "# marsad clitic segmenter lexicon: folded Arabic word forms and their corpus counts",
        "# built by: python -m marsad.text.build_clitics (light fold: marsad.text.clitics.seg_key)",
        *(f"# source: {s}" for s in SOURCES),
        "# licence of this derived file: CC BY-SA 4.0 (counts only, no running text)",
        f"# min_count: {min_count}; tokens: {sum(counts.values())}; types kept: {len(kept)}",
    ]
    # mtime=0 keeps the gzip byte-identical across rebuilds of the same counts.
    with open(out, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as gz:
        gz.write(("\n".join(header) + "\n").encode("utf-8"))
        gz.write("".join(f"{c}\t{w}\n" for c, w in kept).encode("utf-8"))
    return len(kept)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the shared data folder")
    ap.add_argument("--out", type=Path, default=OUT)
    ap.add_argument("--min-count", type=int, default=MIN_COUNT)
    args = ap.parse_args(argv)
    counts = count_words(args.data)
    n = write(counts, args.out, args.min_count)
    print(f"wrote {args.out} ({n} types from {sum(counts.values())} tokens)")


if __name__ == "__main__":
    main()
