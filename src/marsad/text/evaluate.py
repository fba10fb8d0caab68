"""`marsad eval segmentation`: word accuracy of the clitic segmenter on the QCRI WikiNews gold.

The gold (``segmentation/wikinews_qcri/WikiNews.pos.ref``, Farasa scheme, e.g. ``و+ال+كتاب``) is a
TEST set: it is scored here, never used to choose rules or weights. Two figures are reported:

- *farasa*: exact match of all pieces with the full Farasa scheme (noun suffixes, tanween alif, verb
  subject suffixes split too), our ``scheme="farasa"`` output;
- *clitics*: exact match on the clitic-only projection of the gold (proclitics و ف ب ك ل س, the
  article, enclitic pronouns kept; every other gold piece merged into the stem), our default scheme.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable
from pathlib import Path

import msgspec
import typer

from marsad.cli.evaluate import app
from marsad.text.clitics import Segmentation


def shared_data_dir() -> Path:
    """$MARSAD_SHARED_DATA, else ``shared/data`` beside the repository checkout, else /work/shared/data."""
    env = os.environ.get("MARSAD_SHARED_DATA")
    if env:
        return Path(env)
    beside = Path(__file__).resolve().parents[3].parent / "shared" / "data"
    return beside if beside.is_dir() else Path("/work/shared/data")


DEFAULT_GOLD = shared_data_dir() / "segmentation" / "wikinews_qcri" / "WikiNews.pos.ref"
PROCLITICS = {"و", "ف", "ب", "ك", "ل", "س", "ال"}
PROCLITIC_TAGS = {"CONJ", "PREP", "DET", "FUT_PART", "PART"}
ENCLITICS = {"ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "كن", "ني", "نا", "ي"}


class GoldWord(msgspec.Struct, frozen=True):
    word: str
    pieces: tuple[str, ...]
    tags: tuple[str, ...]


class Scores(msgspec.Struct, frozen=True):
    words: int
    farasa_correct: int
    clitics_correct: int

    @property
    def farasa(self) -> float:
        return self.farasa_correct / self.words if self.words else 0.0

    @property
    def clitics(self) -> float:
        return self.clitics_correct / self.words if self.words else 0.0


def read_gold(path: Path = DEFAULT_GOLD) -> list[GoldWord]:
    """Words of the WikiNews ``.ref`` file (header skipped, CRLF tolerated)."""
    out: list[GoldWord] = []
    with open(path, encoding="utf-8-sig") as fh:
        next(fh, None)
        for line in fh:
            seg, _, tags = line.rstrip("\r\n").partition("\t")
            if not seg:
                continue
            pieces = tuple(seg.split("+")) if seg != "+" else ("+",)
            if "" in pieces:  # a literal '+' inside the token
                pieces = (seg.replace("+", "") or seg,) if seg.strip("+") else (seg,)
            tag_t = tuple(tags.split("+")) if tags else ()
            out.append(GoldWord(surface(pieces), pieces, tag_t))
    return out


def surface(pieces: tuple[str, ...]) -> str:
    """The written word of gold pieces: Farasa writes «للعلماء» as ل+ال+علماء (the article's alif
    restored), so ``ال`` after ``ل`` is written ``ل``; every other gold piece is a substring."""
    return "".join("ل" if p == "ال" and k and pieces[k - 1] == "ل" else p for k, p in enumerate(pieces))


def farasa_form(seg: Segmentation) -> tuple[str, ...]:
    """Our pieces in the gold's notation: the elided article (ل + ل) is written ل + ال."""
    pre = list(seg.prefixes)
    for k in range(1, len(pre)):
        if pre[k] == "ل" and pre[k - 1] == "ل":
            pre[k] = "ال"
    return (*pre, seg.stem, *seg.suffixes) if seg.stem else (*pre, *seg.suffixes)


def clitic_projection(word: GoldWord) -> tuple[str, ...]:
    """The gold reduced to the clitic scheme: proclitics, one stem, enclitic pronouns."""
    pieces, tags = word.pieces, word.tags
    if len(tags) != len(pieces):
        return pieces
    i = 0
    while i < len(pieces) - 1 and tags[i] in PROCLITIC_TAGS and pieces[i] in PROCLITICS | {"ل"}:
        i += 1
    j = len(pieces)
    while j - 1 > i and tags[j - 1] == "PRON" and pieces[j - 1] in ENCLITICS:
        j -= 1
    return (*pieces[:i], "".join(pieces[i:j]), *pieces[j:])


def score(
    gold: Iterable[GoldWord],
    farasa: Callable[[str], Segmentation],
    clitics: Callable[[str], Segmentation],
    errors: list[tuple[str, str, str, str]] | None = None,
) -> Scores:
    """Exact-match word accuracy; ``farasa``/``clitics`` map a word to its `Segmentation`."""
    n = f_ok = c_ok = 0
    for g in gold:
        n += 1
        fp = farasa_form(farasa(g.word))
        cp = farasa_form(clitics(g.word))
        f_ok += fp == g.pieces
        proj = clitic_projection(g)
        c_ok += cp == proj
        if errors is not None and (fp != g.pieces or cp != proj):
            errors.append((g.word, "+".join(g.pieces), "+".join(fp), "+".join(cp)))
    return Scores(n, f_ok, c_ok)


def throughput(tokens: list[str], repeat: int = 3) -> float:
    """Tokens per second of `segment` over ``tokens`` (default scheme, warm per-type cache)."""
    from marsad.text.clitics import segment

    for tok in tokens:  # warm the cache and the lexicon
        segment(tok)
    best = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        for tok in tokens:
            segment(tok)
        best = min(best, time.perf_counter() - t0)
    return len(tokens) / best if best > 0 else float("inf")


@app.command("segmentation")
def segmentation_cmd(
    gold: Path = typer.Option(DEFAULT_GOLD, help="WikiNews.pos.ref (Farasa-scheme gold)"),
    show_errors: int = typer.Option(0, help="print this many errors"),
) -> None:
    """Word accuracy of marsad.text.clitics on the WikiNews gold, both schemes."""
    from marsad.text.clitics import split

    if not gold.is_file():
        typer.echo(f"gold file not found: {gold}", err=True)
        raise typer.Exit(1)
    words = read_gold(gold)
    errs: list[tuple[str, str, str, str]] = []
    s = score(words, lambda w: split(w, "farasa"), split, errs)
    typer.echo(f"WikiNews gold: {s.words} words ({gold})")
    typer.echo(f"farasa scheme word accuracy:  {100 * s.farasa:.2f} %  ({s.farasa_correct}/{s.words})")
    typer.echo(f"clitic scheme word accuracy:  {100 * s.clitics:.2f} %  ({s.clitics_correct}/{s.words})")
    for word, g, f, c in errs[:show_errors]:
        typer.echo(f"{word}\tgold={g}\tfarasa={f}\tclitics={c}")
