"""The clitic segmenter's analyzer: every split the affix grammar allows, scored by corpus evidence.

`Analyzer.analyze(key, scheme)` takes a light-folded word (`clitics_data.seg_key`) and returns
(prefixes, stem, suffixes) as light-folded strings; `marsad.text.clitics` maps them back onto the
original characters. The Farasa scheme's noun/verb suffixes are cut by `clitics_farasa.farasa_stem`.
"""

from __future__ import annotations

import math
import re

from marsad.text.clitics_data import DEFAULT_WEIGHTS, HAMZA_BARE, PREP_PRON, PRONOUNS, Pieces
from marsad.text.clitics_farasa import farasa_stem

_ARABIC_ONLY = re.compile("[\u0621-\u064a]+")
_CLITIC_NUMBER = re.compile("([وف]?[بلك]?)([0-9][0-9.,%]*)")
_CONJ = ("", "و", "ف")
_PROCLITIC_START = frozenset("وفبكلسا")
_ENCLITIC_END = frozenset("هامنيك")
_PREP = ("", "ب", "ك", "ل", "س")
_IMPERFECT = "يتنأ"
# Two-letter words that commonly carry a pronoun («أنه», «منها», «فيه»): no short-host penalty.
_FUNCTION_HOSTS = frozenset(["أن", "إن", "ان", "من", "عن", "في", "مع", "كل", "أي", "لدي", "علي", "إلي"])
_INNER = frozenset(["ات", "ين", "ون", "ان"])


class Analyzer:
    """Chooses the best split of a light-folded word from corpus counts, affix weights and exceptions."""

    def __init__(
        self,
        counts: dict[str, int],
        exceptions: dict[str, tuple[Pieces, Pieces]],
        weights: dict[str, float] | None = None,
        names: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset()),
    ):
        self.counts = counts
        self.exceptions = exceptions
        self.names, self.whole_names = names
        self.w = dict(DEFAULT_WEIGHTS, **(weights or {}))

    def attested(self, stem: str, suffixed: bool = False, hamza: bool = True) -> float:
        """Log of how often ``stem`` occurs as a word, bare or with the article; the spelling changes
        before a pronoun suffix (ة→ت, ى→ا/ي, ء→ئ/ؤ) are undone. With ``hamza``, a hamza form is also
        attested by its hamza-less spelling (news often drops the hamza)."""
        get = self.counts.get
        n = get(stem, 0) + get("ال" + stem, 0)
        if hamza and (bare := stem.translate(HAMZA_BARE)) != stem:
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
            # an unseen imperfect verb: the same verb with another person prefix (نستفيد ← يستفيد);
            # not أ for four letters, where it finds function words (ينها ↛ أنها)
            for other in _IMPERFECT:
                if other != stem[0] and (other != "أ" or len(stem) > 4):
                    n += get(other + stem[1:], 0)
            if n:
                return max(0.0, math.log1p(n) + self.w["backoff"])
        if n == 0 and len(stem) >= 5 and stem[-2:] in _INNER:
            # unseen plural/dual: fall back on its singular (مصنوعات ← مصنوع, مصنوعة), discounted
            base = stem[:-2]
            b = get(base, 0) + get("ال" + base, 0) + get(base + "ة", 0) + get("ال" + base + "ة", 0)
            return max(0.0, math.log1p(b) + self.w["backoff"])
        return math.log1p(n)

    def analyze(self, key: str, scheme: str) -> Pieces:
        """(prefixes, stem, suffixes) of the light-folded ``key``, as light-folded strings."""
        if len(key) < 2 or not _ARABIC_ONLY.fullmatch(key):
            if m := _CLITIC_NUMBER.fullmatch(key):  # «و18», «ب159»: proclitics on a number
                return tuple(m.group(1)), m.group(2), ()
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
        stem, inner = farasa_stem(self, stem, definite, bool(suf))
        return pre, stem, (*inner, *suf)

    def _clitics(self, key: str) -> Pieces:
        w = self.w
        best: tuple[float, Pieces] | None = None
        for c1 in _CONJ:
            if c1 and not key.startswith(c1):
                continue
            after = key[len(c1) :]
            if after in PREP_PRON and c1 + after == key:
                p, q = PREP_PRON[after]
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
        if rest in self.exceptions or rest in self.names:  # «المانيا» (ألمانيا without its hamza)
            return True
        get = self.counts.get
        limit = self.w["art_block"]
        if math.log1p(get("ال" + rest, 0)) >= limit:
            return True
        if any(
            rest.endswith(p)
            and len(rest) - len(p) >= 4
            and math.log1p(get("ال" + rest[: -len(p)], 0)) >= limit
            for p in PRONOUNS
        ):
            return True
        # a verb of form افتعل (التزم, التقى): seen with the subject suffix وا, which no noun takes
        verb = rest[:-1] if rest.endswith("ت") else rest[:-1] if rest.endswith("ى") else rest
        return math.log1p(get(verb + "وا", 0)) >= self.w["art_verb"]

    def _nisba_penalty(self, rest: str, stem: str, p: str) -> float:
        """Weight of a final ي / ني read as a pronoun. A word in -ي / -ني is usually a nisba adjective
        (سياسي, أمني), so the pronoun pays a penalty; it pays less when the word never shows a nisba's
        other forms (with the article, in -ية, -يين: «غيابي», «أبنائي», «أخبرني») — unless it begins
        like an imperfect verb, whose final ي is its own letter (يدعي)."""
        w = self.w
        if p == "ي" and stem[-1] == "ت" and self.attested(stem[:-1] + "ة") >= w["ti_min"]:
            return 0.0  # عائلتي: after ة written ت, ي can only be the pronoun (a nisba is عائلي)
        get = self.counts.get
        nisba = get("ال" + rest, 0) + get(rest + "ة", 0) + get("ال" + rest + "ة", 0)
        nisba += get(rest + "ين", 0) + get("ال" + rest + "ين", 0)
        if math.log1p(nisba) >= w["nisba_min"] or len(stem) < 3 or (p == "ي" and rest[0] == "ي"):
            return w[p]
        return w[p + "_free"]

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
            if rest[0] in "أإآ":  # «بإيلام», «كأبهى»: after ب/ك/ل a hamza-alif begins the stem
                whole += w["hamza_stem"]
        whole += w["name"] if rest in self.names else 0.0  # «بكين», «لندن»: a city, not ب+كين
        yield whole + (w["short_stem"] if len(rest) < 3 else 0.0), (), rest, ()
        for p in PRONOUNS:
            if len(rest) < len(p) + 2 or not rest.endswith(p):
                continue
            stem = rest[: -len(p)]
            sw = w["pron"] + (w["ك_suf"] if p == "ك" else w["rare_pron"] if p in ("كن", "هن") else 0.0)
            if p in ("ي", "ني"):
                sw += self._nisba_penalty(rest, stem, p)
            sw += w["short_host"] if len(stem) < 3 and stem not in _FUNCTION_HOSTS else 0.0
            lb = self.attested(stem, True)
            if bare and stem[0] in _PROCLITIC_START:  # بموجبه: the host may itself start with a proclitic
                lb *= w["alpha_suf"]
            yield lb + sw, (), stem, (p,)
