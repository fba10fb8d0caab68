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

import gzip
import json
import math
import re
from functools import lru_cache
from importlib import resources
from typing import Literal

import msgspec

from marsad.text.normalize import FOLD_TABLE

__all__ = ["Segmentation", "segment", "split", "seg_key", "Scheme"]

Scheme = Literal["clitics", "farasa"]
Pieces = tuple[tuple[str, ...], str, tuple[str, ...]]

# Light fold: fold()'s table minus the letters that carry segmentation information.
_KEEP = "ةىأإآ"
SEG_TABLE: dict[int, str | None] = {k: v for k, v in FOLD_TABLE.items() if chr(k) not in _KEEP}
# Characters whose light-folded form is not exactly one character (deleted marks, ligatures).
_SHIFTING = re.compile(
    "[" + re.escape("".join(chr(k) for k, v in SEG_TABLE.items() if v is None or len(v) != 1)) + "]"
)


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


def seg_key(word: str) -> str:
    """The light-folded form used for look-ups (diacritics and tatweel removed, ة ى أ إ آ kept)."""
    return word.translate(SEG_TABLE)


def _load_counts() -> dict[str, int]:
    raw = resources.files("marsad").joinpath("data/text/clitics_lexicon.tsv.gz").read_bytes()
    counts: dict[str, int] = {}
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        if not line or line[0] == "#":
            continue
        c, _, w = line.partition("\t")
        counts[w] = int(c)
    return counts


def _load_names() -> frozenset[str]:
    text = resources.files("marsad").joinpath("data/text/clitics_names.tsv").read_text("utf-8")
    return frozenset(ln for ln in text.splitlines() if ln and not ln.startswith("#"))


def _parse_pieces(text: str) -> Pieces:
    """``و+ال+كتاب`` with the stem marked ``[...]`` when it is not the only unmarked guess."""
    parts = text.split("+")
    idx = next((i for i, p in enumerate(parts) if p.startswith("[")), None)
    if idx is None:  # stem = the longest piece
        idx = max(range(len(parts)), key=lambda i: len(parts[i]))
    parts = [p.strip("[]") for p in parts]
    return tuple(parts[:idx]), parts[idx], tuple(parts[idx + 1 :])


def _load_exceptions() -> dict[str, tuple[Pieces, Pieces]]:
    """Word → (clitic-scheme pieces, farasa-scheme pieces), both in light-folded letters."""
    text = resources.files("marsad").joinpath("data/text/clitics_exceptions.tsv").read_text("utf-8")
    out: dict[str, tuple[Pieces, Pieces]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        clit = _parse_pieces(cols[0])
        far = _parse_pieces(cols[1]) if len(cols) > 1 and cols[1].strip() else clit
        out["".join((*clit[0], clit[1], *clit[2]))] = (clit, far)
    return out


_ARABIC_ONLY = re.compile("[\u0621-\u064a]+")
_PRONOUNS = ("هما", "كما", "ها", "هم", "هن", "كم", "كن", "ني", "نا", "ه", "ك", "ي")
_CONJ = ("", "و", "ف")
_PROCLITIC_START = frozenset("وفبكلسا")
_ENCLITIC_END = frozenset("هامنيك")
_PREP = ("", "ب", "ك", "ل", "س")
_IMPERFECT = "يتنأ"
# Two-letter words that commonly carry a pronoun («أنه», «منها», «فيه»): no short-host penalty.
_FUNCTION_HOSTS = frozenset(["أن", "إن", "ان", "من", "عن", "في", "مع", "كل", "أي", "لدي", "علي", "إلي"])
_ALTERNATES = {"ين": ("ون", "ان"), "ون": ("ين",), "ان": ("ين",), "ي": ("ين", "ون"), "و": ("ين", "ون")}
_INNER = frozenset(["ات", "ين", "ون", "ان"])
_HAMZA = str.maketrans("أإآ", "ااا")
# «به», «لهم», «لي»: a preposition whose only other piece is a pronoun is the stem itself.
_PREP_PRON = {p + q: (p, q) for p in "بل" for q in _PRONOUNS}

# Scores are log-counts plus these weights, chosen on UD-PADT dev by `build_clitics --tune --write`.
DEFAULT_WEIGHTS: dict[str, float] = json.loads(
    resources.files("marsad").joinpath("data/text/clitics_weights.json").read_text("utf-8")
)["weights"]


class Analyzer:
    """Chooses the best split of a light-folded word from corpus counts, affix weights and exceptions."""

    def __init__(
        self,
        counts: dict[str, int],
        exceptions: dict[str, tuple[Pieces, Pieces]],
        weights: dict[str, float] | None = None,
        names: frozenset[str] = frozenset(),
    ):
        self.counts = counts
        self.exceptions = exceptions
        self.names = names
        self.w = dict(DEFAULT_WEIGHTS, **(weights or {}))

    def attested(self, stem: str, suffixed: bool = False, hamza: bool = True) -> float:
        """Log of how often ``stem`` occurs as a word, bare or with the article; the spelling changes
        before a pronoun suffix (ة→ت, ى→ا/ي, ء→ئ/ؤ) are undone. With ``hamza``, a hamza form is also
        attested by its hamza-less spelling (news often drops the hamza)."""
        get = self.counts.get
        n = get(stem, 0) + get("ال" + stem, 0)
        if hamza and (bare := stem.translate(_HAMZA)) != stem:
            n += get(bare, 0) + get("ال" + bare, 0)
        if suffixed and len(stem) > 1:
            last, base = stem[-1], stem[:-1]
            if last == "ت":
                n += get(base + "ة", 0) + get("ال" + base + "ة", 0)
            elif last in "اي":
                n += get(base + "ى", 0)
            elif last in "ئؤ":  # hamza seat before a suffix: أعضائه ← أعضاء
                n += get(base + "ء", 0) + get("ال" + base + "ء", 0)
        if n == 0 and len(stem) >= 4 and stem[0] in _IMPERFECT:
            # an unseen imperfect verb: the same verb with another person prefix (نستفيد ← يستفيد)
            for other in _IMPERFECT:
                if other != stem[0]:
                    n += get(other + stem[1:], 0)
            if n:
                return max(0.0, math.log1p(n) + self.w["backoff"])
        if n == 0 and len(stem) >= 5 and stem[-2:] in _INNER:
            # unseen plural/dual: fall back on its singular (مصنوعات ← مصنوع, مصنوعة), discounted
            base = stem[:-2]
            b = get(base, 0) + get("ال" + base, 0) + get(base + "ة", 0) + get("ال" + base + "ة", 0)
            return max(0.0, math.log1p(b) + self.w["backoff"])
        return math.log1p(n)

    def _alternation(self, base: str, suffix: str) -> float:
        """Log count of ``base`` with the other case/number ending (المنتسبين ↔ المنتسبون, الطرفان ↔
        الطرفين): a sound plural or dual ending alternates, the end of a stem (فلسطين, لبنان) does not."""
        get = self.counts.get
        n = 0
        for other in _ALTERNATES[suffix]:
            n += get(base + other, 0) + get("ال" + base + other, 0)
        return math.log1p(n)

    def analyze(self, key: str, scheme: str) -> Pieces:
        """(prefixes, stem, suffixes) of the light-folded ``key``, as light-folded strings."""
        if len(key) < 2 or not _ARABIC_ONLY.fullmatch(key):
            return (), key, ()
        if scheme != "farasa" and key[0] not in _PROCLITIC_START and key[-1] not in _ENCLITIC_END:
            return (), key, ()  # no affix can apply: skip the candidates
        col = 1 if scheme == "farasa" else 0
        exc = self.exceptions.get(key)
        if exc is not None:
            return exc[col]
        if key[0] in "وف" and (exc := self.exceptions.get(key[1:])) is not None:
            pre, stem, suf = exc[col]
            return (key[0], *pre), stem, suf
        pre, stem, suf = self._clitics(key)
        if scheme != "farasa":
            return pre, stem, suf
        definite = bool(pre) and (pre[-1] == "ال" or (len(pre) >= 2 and pre[-2:] == ("ل", "ل")))
        stem, inner = self._farasa_stem(stem, definite, bool(suf))
        return pre, stem, (*inner, *suf)

    def _clitics(self, key: str) -> Pieces:
        w = self.w
        best: tuple[float, Pieces] | None = None
        for c1 in _CONJ:
            if c1 and not key.startswith(c1):
                continue
            after = key[len(c1) :]
            if after in _PREP_PRON and c1 + after == key:
                p, q = _PREP_PRON[after]
                return ((c1,) if c1 else ()), p, (q,)
            for c2 in _PREP:
                if c2 and not after.startswith(c2):
                    continue
                rest = after[len(c2) :]
                if len(rest) < 2 or (c2 == "س" and (rest[0] not in _IMPERFECT or len(rest) < 3)):
                    continue
                head = tuple(p for p in (c1, c2) if p)
                base_w = (w[c1] if c1 else 0.0) + (w[c2] if c2 else 0.0)
                for score, art, stem, suf in self._rest_candidates(rest, c2, not head):
                    if best is None or base_w + score > best[0]:
                        best = (base_w + score, ((*head, *art), stem, suf))
        assert best is not None
        return best[1]

    def _own_al(self, rest: str) -> bool:
        """True when the ال that begins ``rest`` is part of the word (الذي, التحاق, التزامهما)."""
        if rest in self.exceptions:
            return True
        get = self.counts.get
        limit = self.w["art_block"]
        if math.log1p(get("ال" + rest, 0)) >= limit:
            return True
        if any(
            rest.endswith(p)
            and len(rest) - len(p) >= 4
            and math.log1p(get("ال" + rest[: -len(p)], 0)) >= limit
            for p in _PRONOUNS
        ):
            return True
        # a verb of form افتعل (التزم, التقى): seen with the subject suffix وا, which no noun takes
        verb = rest[:-1] if rest.endswith("ت") else rest[:-1] if rest.endswith("ى") else rest
        return math.log1p(get(verb + "وا", 0)) >= self.w["art_verb"]

    def _rest_candidates(self, rest: str, c2: str, bare: bool):
        """(score, article pieces, stem, suffix pieces) for what follows the proclitics."""
        w = self.w
        if c2 != "س" and rest.startswith("ال") and len(rest) >= 4 and not self._own_al(rest):
            # «الالتحاق» attested ⇒ «التحاق» begins with its own letters ال, not with the article.
            # The article is split whenever it leaves a stem of ≥ 2 letters; no pronoun follows it.
            yield self.attested(rest[2:]), ("ال",), rest[2:], ()
            return
        if c2 == "ل" and rest.startswith("ل") and len(rest) >= 3:
            # ل + ال is written لل: the second ل is the article.
            yield self.attested(rest[1:]) + w["لل"], ("ل",), rest[1:], ()
        if bare:
            # The word as a whole; «ال» + word attested means its first letters are not proclitics and
            # its last ones not a pronoun (neither can follow / go with the article).
            get = self.counts.get
            whole = w["alpha"] * math.log1p(get(rest, 0)) + w["beta"] * math.log1p(get("ال" + rest, 0))
            if len(rest) >= 4 and rest[-1] == "ا":  # متوجها = متوجه + tanween, not متوج + ها
                whole = max(whole, self.attested(rest[:-1]) + w["tan"])
        else:
            whole = self.attested(rest)
        whole += w["name"] if rest in self.names else 0.0  # «بكين», «لندن»: a city, not ب+كين
        yield whole + (w["short_stem"] if len(rest) < 3 else 0.0), (), rest, ()
        for p in _PRONOUNS:
            if len(rest) < len(p) + 2 or not rest.endswith(p):
                continue
            stem = rest[: -len(p)]
            sw = w["pron"] + (w["ي"] if p == "ي" else w["ك_suf"] if p == "ك" else 0.0)
            if p == "ي" and stem[-1] == "ت" and self.attested(stem[:-1] + "ة") >= w["ti_min"]:
                sw -= w["ي"]  # عائلتي: after ة written ت, ي can only be the pronoun (a nisba is عائلي)
            sw += w["short_host"] if len(stem) < 3 and stem not in _FUNCTION_HOSTS else 0.0
            sw += w["ني"] if p == "ني" else 0.0
            lb = self.attested(stem, True)
            if bare and stem[0] in _PROCLITIC_START:  # بموجبه: the host may itself start with a proclitic
                lb *= w["alpha_suf"]
            yield lb + sw, (), stem, (p,)

    def _verb_evidence(self, base: str) -> float:
        """Log count of ``base`` as a perfect verb, weak final letter restored (أدت ← أدى, دعت ← دعا)."""
        get = self.counts.get
        n = get(base, 0) + get(base + "ى", 0) + get(base + "ا", 0)
        if (bare := base.translate(_HAMZA)) != base:  # إنتهت ← انتهى
            n += get(bare, 0) + get(bare + "ى", 0) + get(bare + "ا", 0)
        return math.log1p(n)

    def _genitive_evidence(self, stem: str) -> float:
        """Log count of ``stem`` after the article or a preposition: then its final ا is no tanween."""
        get = self.counts.get
        return math.log1p(get("ال" + stem, 0) + get("ب" + stem, 0) + get("ل" + stem, 0))

    def _farasa_stem(self, stem: str, definite: bool, suffixed: bool) -> tuple[str, tuple[str, ...]]:
        """Farasa scheme: noun suffixes, the tanween alif and verb subject suffixes cut off the stem."""
        w = self.w
        n = len(stem)
        lw = self.attested(stem)
        imperfect = stem[0] in "يت"
        if n >= 2 and stem[-1] == "ة":
            return stem[:-1], ("ة",)
        if suffixed and n >= 3 and stem[-1] == "ت":
            # ة written ت before a pronoun (حياته ← حياة), unless the plural ات fits better
            e_ta = self.attested(stem[:-1] + "ة")
            e_at = self.attested(stem[:-2], hamza=False) if stem.endswith("ات") and n >= 4 else 0.0
            if e_ta >= w["at_min"] and e_ta >= e_at:
                return stem[:-1], ("ت",)
        if n >= 4 and stem.endswith("ات"):
            # Feminine plural. Long words split by default, except the broken plural أفعال (أصوات,
            # أوقات) whose ات is root + alif; short ones need their singular attested (قوات ← قوة).
            base = stem[:-2]
            ev = max(self.attested(base, hamza=False), self.attested(base + "ة"))
            afaal = n == 5 and stem[0] in "أإا"
            if ev >= w["at_min"] or (n >= 5 and not afaal and ev >= w["at_long_min"]):
                return base, ("ات",)
        if n >= 5 and stem[-3:] in ("تين", "تان") and self.attested(stem[:-3] + "ة") >= w["at_min"]:
            return stem[:-3], ("ت", stem[-2:])
        if suffixed and n >= 4 and stem[-1] == "ت" and self._verb_evidence(stem[:-1]) >= w["ts_min"]:
            return stem[:-1], ("ت",)
        if n >= 5 and stem[-2:] in ("ين", "ون"):
            base = stem[:-2]
            lb = self.attested(base, hamza=False)
            if imperfect:  # يعانون ← يعاني
                lb = max(lb, math.log1p(self.counts.get(base + "ي", 0)))
            alt = self._alternation(base, stem[-2:])
            if (
                (lb >= w["yn_min"] and lb - lw >= w["yn_ratio"])
                or (definite and lb >= w["ynd_min"])
                or alt >= w["alt_min"]
            ):
                return base, (stem[-2:],)
        if n >= 5 and stem.endswith("ان"):
            base = stem[:-2]
            lb = self.attested(base, hamza=False)
            if (
                (lb >= w["an_min"] and lb - lw >= w["an_ratio"])
                or ((definite or imperfect) and lb >= w["and_min"])
                or self._alternation(base, "ان") >= w["alt_min"]
            ):
                return base, ("ان",)
        if n >= 4 and stem.endswith("وا") and self.attested(stem[:-2], hamza=False) >= w["wa_min"]:
            return stem[:-2], ("وا",)
        if not definite and n >= 4 and stem[-1] in "يو":
            # construct-state sound plural or dual: مواطني البلد → مواطن+ي (مواطنين / مواطنون attested)
            base = stem[:-1]
            if (
                self._alternation(base, "ي") - lw >= w["yc_ratio"]
                and self._alternation(base, "ي") >= w["yc_min"]
            ):
                return base, (stem[-1],)
        if not definite and not suffixed and n >= 3 and stem[-1] == "ا":
            # Tanween alif: never on a word attested after the article or a preposition (الدنيا,
            # لفرنسا); a base ending in ي is a nisba adjective (رسمي+ا) or a country (ألمانيا).
            base = stem[:-1]
            lb = self.attested(base, True)  # شيئا ← شيء
            nisba = base[-1] == "ي"
            lim = w["a3_min"] if n == 3 else w["ai_min"] if nisba else w["a_min"]
            if n >= 5 and stem[0] == "م" and not nisba:  # participles: مجبرا, متأثرا
                lim = min(lim, w["am_min"])
            ratio = w["ai_ratio"] if nisba else w["a_ratio"]
            gen = self._genitive_evidence(stem)
            if lb >= lim and lb - lw >= ratio and (gen <= w["a_def_max"] or gen - lw < w["a_def_rel"]):
                return base, ("ا",)
        if not definite and n >= 3 and stem[-1] == "ت" and stem[0] != "ي" and stem[:-1] not in _PREP_PRON:
            base = stem[:-1]
            lb = self._verb_evidence(base)
            if lb >= (w["t3_min"] if n == 3 else w["t_min"]) and lb - lw >= w["t_ratio"]:
                return base, ("ت",)
        return stem, ()


_ANALYZER: Analyzer | None = None


def analyzer() -> Analyzer:
    """The shared analyzer (lexicon loaded on first use)."""
    global _ANALYZER
    if _ANALYZER is None:
        _ANALYZER = Analyzer(_load_counts(), _load_exceptions(), names=_load_names())
    return _ANALYZER


def _letter_map(word: str) -> tuple[str, list[int] | range]:
    """Light-folded word and, for each of its characters, the original index it comes from."""
    if not _SHIFTING.search(word):  # the common case: one folded character per original one
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
