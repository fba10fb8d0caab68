"""Data of the clitic segmenter: the light fold, corpus counts, names, exceptions and weights.

Everything here is read from versioned files under ``marsad/data/text/`` (see docs/segmentation.md for
sources and licences); `marsad.text.clitics_analyzer` uses it, `marsad.text.build_clitics` writes it.
"""

from __future__ import annotations

import gzip
import json
import re
from importlib import resources

from marsad.text.normalize import FOLD_TABLE

Pieces = tuple[tuple[str, ...], str, tuple[str, ...]]
PRONOUNS = ("هما", "كما", "ها", "هم", "هن", "كم", "كن", "ني", "نا", "ه", "ك", "ي")
# «به», «لهم», «لي»: a preposition whose only other piece is a pronoun is the stem itself.
PREP_PRON = {p + q: (p, q) for p in "بل" for q in PRONOUNS}
HAMZA_BARE = str.maketrans("أإآ", "ااا")

# Light fold: fold()'s table minus the letters that carry segmentation information.
_KEEP = "ةىأإآ"
SEG_TABLE: dict[int, str | None] = {k: v for k, v in FOLD_TABLE.items() if chr(k) not in _KEEP}
# Characters whose light-folded form is not exactly one character (deleted marks, ligatures).
SHIFTING = re.compile(
    "[" + re.escape("".join(chr(k) for k, v in SEG_TABLE.items() if v is None or len(v) != 1)) + "]"
)


def seg_key(word: str) -> str:
    """The light-folded form used for look-ups (diacritics and tatweel removed, ة ى أ إ آ kept)."""
    return word.translate(SEG_TABLE)


def load_counts() -> dict[str, int]:
    raw = resources.files("marsad").joinpath("data/text/clitics_lexicon.tsv.gz").read_bytes()
    counts: dict[str, int] = {}
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        if not line or line[0] == "#":
            continue
        c, _, w = line.partition("\t")
        counts[w] = int(c)
    return counts


def load_names() -> tuple[frozenset[str], frozenset[str]]:
    """(names kept whole, those of them whose last letters are never a Farasa suffix)."""
    text = resources.files("marsad").joinpath("data/text/clitics_names.tsv").read_text("utf-8")
    rows = [ln.split("\t") for ln in text.splitlines() if ln and not ln.startswith("#")]
    return frozenset(r[0] for r in rows), frozenset(r[0] for r in rows if r[1:] == ["="])


def parse_pieces(text: str) -> Pieces:
    """``و+ال+كتاب`` with the stem marked ``[...]`` when it is not the only unmarked guess."""
    parts = text.split("+")
    idx = next((i for i, p in enumerate(parts) if p.startswith("[")), None)
    if idx is None:  # stem = the longest piece
        idx = max(range(len(parts)), key=lambda i: len(parts[i]))
    parts = [p.strip("[]") for p in parts]
    return tuple(parts[:idx]), parts[idx], tuple(parts[idx + 1 :])


def load_exceptions() -> dict[str, tuple[Pieces, Pieces]]:
    """Word → (clitic-scheme pieces, farasa-scheme pieces), both in light-folded letters."""
    text = resources.files("marsad").joinpath("data/text/clitics_exceptions.tsv").read_text("utf-8")
    out: dict[str, tuple[Pieces, Pieces]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        clit = parse_pieces(cols[0])
        far = parse_pieces(cols[1]) if len(cols) > 1 and cols[1].strip() else clit
        out["".join((*clit[0], clit[1], *clit[2]))] = (clit, far)
    return out


# Scores are log-counts plus these weights, chosen on UD-PADT dev by `build_clitics --tune --write`.
DEFAULT_WEIGHTS: dict[str, float] = json.loads(
    resources.files("marsad").joinpath("data/text/clitics_weights.json").read_text("utf-8")
)["weights"]
