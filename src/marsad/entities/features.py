"""Token features for the NER tagger, and the clitic rule shared with mention offsets.

Features are strings (python-crfsuite attributes). Everything that depends on one word only (form,
affixes, shape, clitic split, clusters, frequency) is computed once per distinct word and cached;
a sentence's feature lists are then concatenations of cached lists plus a few bigrams and the
gazetteer labels of the sentence, which keeps extraction well above 20k tokens/s.

Words are compared in their folded form (`marsad.text.normalize.fold`): hamza/alef forms, ى/ي and
ة/ه are merged, diacritics and tatweel removed.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from marsad.entities.clusters import ClusterTable
from marsad.text.normalize import fold_cached

__all__ = ["Gazetteer", "FeatureExtractor", "split_proclitic", "PROCLITICS"]

# Attached conjunctions and prepositions that may precede a name: و ف then ب ك ل.
PROCLITICS = ("و", "ف", "ب", "ك", "ل")
_CONJ = frozenset("وف")
_PREP = frozenset("بكل")
_ARABIC = frozenset(chr(c) for c in range(0x0621, 0x064B))


def split_proclitic(word: str, counts: ClusterTable | None) -> tuple[str, str]:
    """Split a folded word into (proclitics, stem): «وموسكو» → («و», «موسكو»), «للامم» → («ل», «الامم»).

    A letter is stripped only when the rest is at least as plausible a word on its own, judged by
    corpus counts when a table is given (so «لبنان», «بغداد», «واشنطن» stay whole); without counts
    only و/ف before ال and ب/ك/ل before ال are stripped. «لل» + word is read as ل + ال + word.
    """
    pro = ""
    stem = word
    for allowed in (_CONJ, _PREP):
        if len(stem) < 4 or stem[0] not in allowed:
            continue
        if stem[0] == "ل" and stem[1] == "ل" and len(stem) >= 4:  # لل = ل + ال
            pro += "ل"
            stem = "ا" + stem[1:]
            break
        rest = stem[1:]
        if rest.startswith("ال") and len(rest) > 3:
            pro, stem = pro + stem[0], rest
            continue
        if counts is None:
            continue
        c_rest = counts.count(rest)
        c_word = counts.count(stem)
        if c_rest >= 5 and c_rest >= 2 * c_word:
            pro, stem = pro + stem[0], rest
    return pro, stem


def _shape(w: str) -> str:
    if w.isdigit():
        return "D"
    if _ARABIC.issuperset(w):
        return "A"
    if w.isascii() and w.isalpha():
        return "L"
    if not any(ch.isalnum() for ch in w):
        return "P"
    return "M"


@dataclass
class Gazetteer:
    """Multi-word name lists by type, keyed by folded, space-joined words."""

    names: dict[str, str] = field(default_factory=dict)  # folded name -> type
    names_en: dict[str, str] = field(default_factory=dict)  # folded name -> English name, when known
    max_len: int = 4
    _firsts: frozenset[str] | None = field(default=None, repr=False, compare=False)
    _firsts_size: int = field(default=-1, repr=False, compare=False)

    def add(self, name: str, typ: str, name_en: str = "") -> None:
        key = " ".join(fold_cached(w) for w in name.split())
        if key and key not in self.names:
            self.names[key] = typ
            if name_en:
                self.names_en[key] = name_en
            self.max_len = max(self.max_len, min(6, key.count(" ") + 1))

    def save(self, path: str, header: str = "") -> None:
        with open(path, "w", encoding="utf-8") as f:
            for line in header.splitlines():
                f.write("# " + line + "\n")
            for key in sorted(self.names):
                f.write(f"{key}\t{self.names[key]}\t{self.names_en.get(key, '')}\n")

    def _prefix_set(self) -> frozenset[str]:
        """Every word prefix of every name («الامم», «الامم المتحده»…), rebuilt when names were added."""
        if self._firsts is None or self._firsts_size != len(self.names):
            pre: set[str] = set()
            for key in self.names:
                words = key.split(" ")
                for k in range(1, len(words) + 1):
                    pre.add(" ".join(words[:k]))
            self._firsts = frozenset(pre)
            self._firsts_size = len(self.names)
        return self._firsts

    def tag(self, words: Sequence[str], stems: Sequence[str]) -> list[str | None]:
        """Longest-match gazetteer labels (``B-LOC``, ``I-LOC``…) for a folded sentence; a name may
        start with the word or with its stem (the word wins a tie)."""
        out: list[str | None] = [None] * len(words)
        prefixes = self._prefix_set()
        names = self.names
        i, n = 0, len(words)
        while i < n:
            hit, typ = 0, ""
            for first in (words[i], stems[i]) if stems[i] != words[i] else (words[i],):
                if first not in prefixes:
                    continue
                key = first
                k = 1
                while True:
                    if k > hit and key in names:
                        hit, typ = k, names[key]
                    if k >= self.max_len or i + k >= n:
                        break
                    if k == 1 and not words[i + 1]:
                        # a name followed by an empty folded token (punctuation) also matches with it:
                        # the behaviour the shipped models were trained with
                        if key in names and hit < 2:
                            hit, typ = 2, names[key]
                        break
                    key = key + " " + words[i + k]
                    if key not in prefixes:
                        break
                    k += 1
            if hit:
                out[i] = "B-" + typ
                for j in range(i + 1, i + hit):
                    out[j] = "I-" + typ
            i += hit or 1
        return out

    @classmethod
    def load(cls, path: str) -> Gazetteer:
        g = cls()
        with open(path, encoding="utf-8") as f:
            for line in f:
                if line.startswith("#") or "\t" not in line:
                    continue
                parts = line.rstrip("\n").split("\t")
                g.names[parts[0]] = parts[1]
                if len(parts) > 2 and parts[2]:
                    g.names_en[parts[0]] = parts[2]
                g.max_len = max(g.max_len, min(6, parts[0].count(" ") + 1))
        return g


# Feature switches (recorded in the model's meta.json so a model is always read with its own).
DEFAULT_OPTIONS: dict = {"stem_clusters": True, "ngrams": True, "ctx_all": True, "cluster_bigrams": True}


class FeatureExtractor:
    """Sentence → list of feature lists, one per token."""

    def __init__(
        self,
        clusters: ClusterTable | None = None,
        gazetteer: Gazetteer | None = None,
        options: dict | None = None,
        auto: dict[str, str] | None = None,
        name_words: dict[str, str] | None = None,
    ):
        self.clusters = clusters
        self.gazetteer = gazetteer
        self.auto = auto or {}
        self.name_words = name_words or {}
        self.options = dict(DEFAULT_OPTIONS, **(options or {}))
        self._cache: dict[str, tuple[list[str], list[list[str]], str, str, int]] = {}
        self.known: frozenset[str] | None = None  # attributes a model weighs (None: keep all)

    def restrict_to(self, known: frozenset[str]) -> None:
        """Emit only ``known`` attributes from now on (the tagger passes the model's weighted ones)."""
        self.known = known
        self._cache.clear()

    def word_info(self, token: str) -> tuple[list[str], list[list[str]], str, str, int]:
        """Cached per-word data: (own features, features seen from neighbours, folded word, stem, cluster)."""
        return self._word(token)

    def _word(self, token: str) -> tuple[list[str], list[list[str]], str, str, int]:
        hit = self._cache.get(token)
        if hit is not None:
            return hit
        w = fold_cached(token)
        tab = self.clusters
        opt = self.options
        pro, stem = split_proclitic(w, tab)
        shape = _shape(w)
        f = ["b", "w=" + w, "sh=" + shape, "ln=" + str(min(len(w), 9))]
        for k in (1, 2, 3, 4):
            if len(w) > k:
                f.append(f"p{k}=" + w[:k])
                f.append(f"s{k}=" + w[-k:])
        if pro:
            f.append("pro=" + pro)
        if stem != w:
            f.append("st=" + stem)
            f.append("ss2=" + stem[-2:])
            f.append("sp2=" + stem[:2])
        if stem.startswith("ال"):
            f.append("al")
        cl: tuple[int, ...] | None = None
        if tab is not None:
            count = tab.count(w) or tab.count(stem)
            f.append("fq=" + str(min(int(math.log2(count + 1)), 20)))
            cl = tab.clusters(w) or tab.clusters(stem)
            if cl:
                for g, c in zip(tab.granularities, cl, strict=False):
                    f.append(f"c{g}={c}")
            else:
                f.append("c=none")
            if opt["stem_clusters"] and stem != w:
                scl = tab.clusters(stem)
                if scl:
                    for g, c in zip(tab.granularities, scl, strict=False):
                        f.append(f"sc{g}={c}")
        nw = self.name_words.get(w) or self.name_words.get(stem)
        if nw:
            f.append("nw=" + nw)
        ax = self.auto.get(w) or self.auto.get(stem)
        if ax:
            f.append("ax=" + ax)
            f.append("at=" + ax[:-1])
        if opt["ngrams"] and len(stem) > 4:
            for k in range(1, len(stem) - 3):
                f.append("n3=" + stem[k : k + 3])
        # features seen from neighbours: offsets -2, -1, +1, +2
        ctx: list[list[str]] = []
        for off in (-2, -1, 1, 2):
            o = f"[{off}]"
            lst = [o + "w=" + w]
            if abs(off) == 1:
                if nw:
                    lst.append(o + "nw=" + nw)
                if ax:
                    lst.append(o + "at=" + ax[:-1])
                lst.append(o + "st=" + stem)
                lst.append(o + "sh=" + shape)
                if pro:
                    lst.append(o + "pro=" + pro)
            if cl and tab is not None:
                pairs = list(zip(tab.granularities, cl, strict=False))
                for g, c in pairs if opt["ctx_all"] and abs(off) == 1 else pairs[-2:]:
                    lst.append(f"{o}c{g}={c}")
            ctx.append(lst)
        mid = cl[len(cl) // 2] if cl else -1
        known = self.known
        if known is not None:
            f = [a for a in f if a in known]
            ctx = [[a for a in lst if a in known] for lst in ctx]
        hit = (f, ctx, w, stem, mid)
        if len(self._cache) > 300_000:
            self._cache.clear()
        self._cache[token] = hit
        return hit

    def sentence(self, tokens: Sequence[str]) -> list[list[str]]:
        infos, extras = self.sentence_parts(tokens)
        n = len(infos)
        empty: list[str] = []
        ctx = [x[1] for x in infos]
        return [
            infos[i][0]
            + (ctx[i - 2][0] if i >= 2 else empty)
            + (ctx[i - 1][1] if i >= 1 else empty)
            + (ctx[i + 1][2] if i + 1 < n else empty)
            + (ctx[i + 2][3] if i + 2 < n else empty)
            + extras[i]
            for i in range(n)
        ]

    def sentence_parts(
        self, tokens: Sequence[str], *, restrict: bool = True, cluster_bigrams: bool = True
    ) -> tuple[list[tuple[list[str], list[list[str]], str, str, int]], list[list[str]]]:
        """The cached `word_info` of each token, and the features of each token that depend on its
        sentence (word and cluster bigrams, sentence edges, gazetteer labels). A token's features are
        its own, the context lists of its neighbours at -2…+2 (``ctx[0..3]``) and these.
        ``restrict=False`` skips dropping the sentence features a model does not weigh (for callers
        that look every attribute up in the model's weights anyway); ``cluster_bigrams=False`` leaves
        out the ``cb-=``/``cb+=`` features (for callers that score them from the clusters directly)."""
        cached = self._cache.get
        infos = [cached(t) or self._word(t) for t in tokens]  # no call for the words seen before
        n = len(infos)
        words = [x[2] for x in infos]
        stems = [x[3] for x in infos]
        gaz = self.gazetteer.tag(words, stems) if self.gazetteer is not None else [None] * n
        out: list[list[str]] = []
        cbig = cluster_bigrams and self.options["cluster_bigrams"] and self.clusters is not None
        known = self.known if restrict else None
        for i in range(n):
            extra = []  # features of the sentence, not of one word: filtered here, the rest is cached filtered
            if i > 0:
                extra.append("bw-=" + words[i - 1] + "|" + words[i])
            else:
                extra.append("BOS")
            if i + 1 < n:
                extra.append("bw+=" + words[i] + "|" + words[i + 1])
            else:
                extra.append("EOS")
            if cbig:
                extra.append(f"cb-={infos[i - 1][4] if i > 0 else 'S'}|{infos[i][4]}")
                extra.append(f"cb+={infos[i][4]}|{infos[i + 1][4] if i + 1 < n else 'E'}")
            if gaz[i]:
                extra.append("gz=" + gaz[i])
                if i > 0 and gaz[i - 1]:
                    extra.append("gz-=" + gaz[i - 1])
            elif i + 1 < n and gaz[i + 1]:
                extra.append("gz+=" + gaz[i + 1])
            if known is not None:
                extra = [a for a in extra if a in known]
            out.append(extra)
        return infos, out
