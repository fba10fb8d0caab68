"""Arabic clitic segmentation with offsets: «وموسكو» → و + موسكو, «ترشيحاتها» → ترشيح + ات + ها.

`segment(word)` returns pieces whose concatenation is exactly ``word`` (diacritics and tatweel stay in
the piece of the letter they follow); `split(word)` returns a `Segmentation` with the stem's offsets
inside the word, which is what the entities stage needs («وموسكو» → mention «موسكو»).

Two schemes:

- ``"clitics"`` (default, for the pipeline): proclitics و ف ب ك ل س, the article ال (ل+ال written لل
  gives two pieces ل ل), enclitic pronouns ه ها هم هما هن ك كم كما كن ني نا ي.
- ``"farasa"``: the Farasa/QCRI scheme, which also splits noun suffixes ة ات ين ون ان, the
  accusative tanween alif (ترشيح+ا) and verb subject suffixes (أعلن+ت, قال+وا) off the stem.

How a split is chosen: every split allowed by the grammar of affixes is scored by how well its stem is
attested as a word in unlabeled news (counts shipped in ``data/text/clitics_lexicon.tsv.gz``, built by
`marsad.text.build_clitics`) plus a per-affix weight; the unsplit word competes with its own count.
Closed-class words with a fixed analysis are listed in ``data/text/clitics_exceptions.tsv``. Matching
uses a *light* fold of `marsad.text.normalize.fold`: the same table, except that ة, ى and the hamza
forms of alef are kept, since ة vs ه (مدرسة / مدرسه) and أ vs ا (ألماني / الماني) decide splits.
Results are cached per word type, so running text costs about one dict look-up per token.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

import msgspec

from marsad.text.clitics_analyzer import Analyzer
from marsad.text.clitics_data import (
    DEFAULT_WEIGHTS,
    SEG_TABLE,
    SHIFTING,
    load_counts,
    load_exceptions,
    load_names,
    seg_key,
)

__all__ = ["Segmentation", "segment", "split", "seg_key", "Scheme", "Analyzer", "DEFAULT_WEIGHTS", "analyzer"]

Scheme = Literal["clitics", "farasa"]


class Segmentation(msgspec.Struct, frozen=True):
    """A word cut into prefixes, stem and suffixes (original characters); offsets are into the word."""

    prefixes: tuple[str, ...]
    stem: str
    suffixes: tuple[str, ...]
    stem_start: int
    stem_end: int

    @property
    def pieces(self) -> tuple[str, ...]:
        return (*self.prefixes, self.stem, *self.suffixes)


_ANALYZER: Analyzer | None = None


def analyzer() -> Analyzer:
    """The shared analyzer (lexicon loaded on first use)."""
    global _ANALYZER
    if _ANALYZER is None:
        _ANALYZER = Analyzer(load_counts(), load_exceptions(), names=load_names())
    return _ANALYZER


def _letter_map(word: str) -> tuple[str, list[int] | range]:
    """Light-folded word and, for each of its characters, the original index it comes from."""
    if not SHIFTING.search(word):  # the common case: one folded character per original one
        return word.translate(SEG_TABLE), range(len(word))
    key_chars: list[str] = []
    origin: list[int] = []
    for i, ch in enumerate(word):
        rep = SEG_TABLE.get(ord(ch), ch)
        if not rep:
            continue
        for r in rep:
            key_chars.append(r)
            origin.append(i)
    return "".join(key_chars), origin


@lru_cache(maxsize=500_000)
def _split_cached(word: str, scheme: Scheme) -> Segmentation:
    key, origin = _letter_map(word)
    if not key:
        return Segmentation((), word, (), 0, len(word))
    pre_s, stem_s, suf_s = analyzer().analyze(key, scheme)
    pre = [len(p) for p in pre_s]
    stem_len = len(stem_s)
    suf = [len(p) for p in suf_s]
    # Folded piece boundaries → original boundaries: a piece starts at the original index of its first
    # letter; marks after a letter stay with it. An expansion (ligature) is never cut inside.
    bounds = [0]
    pos = 0
    for length in (*pre, stem_len, *suf):
        pos += length
        bounds.append(len(word) if pos >= len(key) else origin[pos])
    bounds[-1] = len(word)
    for k in range(1, len(bounds)):  # keep boundaries monotone (a ligature may merge two pieces)
        bounds[k] = max(bounds[k], bounds[k - 1])
    pieces = [word[bounds[k] : bounds[k + 1]] for k in range(len(bounds) - 1)]
    np_ = len(pre)
    prefixes = tuple(p for p in pieces[:np_] if p)
    suffixes = tuple(p for p in pieces[np_ + 1 :] if p)
    return Segmentation(prefixes, pieces[np_], suffixes, bounds[np_], bounds[np_ + 1])


def split(word: str, scheme: Scheme = "clitics") -> Segmentation:
    """Prefixes, stem and suffixes of ``word`` (original characters) and the stem's offsets in it."""
    if not word:
        return Segmentation((), "", (), 0, 0)
    if len(word) > 40:  # not a word: never split, never cache
        return Segmentation((), word, (), 0, len(word))
    return _split_cached(word, scheme)


_PIECES: dict[str, dict[str, tuple[str, ...]]] = {"clitics": {}, "farasa": {}}
_PIECES_MAX = 500_000


def segment(word: str, scheme: Scheme = "clitics") -> tuple[str, ...]:
    """Pieces of ``word``; ``"".join(segment(word)) == word`` always holds."""
    cache = _PIECES[scheme]
    pieces = cache.get(word)
    if pieces is None:
        seg = split(word, scheme)
        pieces = (
            seg.pieces if seg.stem or not (seg.prefixes or seg.suffixes) else (*seg.prefixes, *seg.suffixes)
        )
        if len(cache) >= _PIECES_MAX:
            cache.clear()
        if len(word) <= 40:
            cache[word] = pieces
    return pieces
