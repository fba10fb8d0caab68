"""Grouping an article's name mentions into entities.

Mentions are compared by their *key*: the folded words of the mention (its attached proclitics are
already outside the mention), and a *bare key* with the article ال dropped from each word, so
«الحوثيين»/«حوثيين» or «سورية»/«سوريا» style variants meet. Rules, tried longest mention first:

1. same bare key → same entity (the type is then the confidence-weighted majority);
2. a person mention whose words are a contiguous part of a longer person name («دي ميستورا»,
   «ميستورا» inside «ستيفان دي ميستورا») joins the nearest such person mentioned before it (or the
   first one after it); lone particles («بن», «دي», «أبو») never do;
3. a one-word acronym equal to the initials of a longer organisation or place name («قسد» →
   «قوات سوريا الديمقراطية», «داعش» → «الدولة الإسلامية في العراق والشام») joins it.

The canonical name is the text of the longest mention (most words, then most frequent).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from marsad.text.normalize import fold_cached

__all__ = [
    "RawMention",
    "Group",
    "group_mentions",
    "mention_key",
    "bare",
    "initials",
    "propagate_labels",
    "tag_spans",
]

_PARTICLES = frozenset(
    {"بن", "ابن", "بنت", "ابو", "ابي", "ام", "دي", "دا", "فان", "فون", "لا", "لو", "ال", "عبد", "آل"}
)
_FUNCTION = frozenset({"في", "من", "و", "ل", "الي", "علي", "عن", "مع", "ضد", "اجل"})
_VARIANT = str.maketrans({"ا": "", "ي": "", "و": ""})  # long vowels vary in transliterated names


@dataclass
class RawMention:
    start: int
    end: int
    text: str
    type: str
    confidence: float = 1.0


@dataclass
class Group:
    mentions: list[RawMention] = field(default_factory=list)
    type: str = ""
    name: str = ""
    head_key: tuple[str, ...] = ()


def mention_key(text: str) -> tuple[str, ...]:
    return tuple(fold_cached(w) for w in text.split())


def _strip_al(w: str) -> str:
    if w.startswith("وال") and len(w) > 4:
        w = w[1:]
    return w[2:] if w.startswith("ال") and len(w) > 3 else w


def bare(key: Sequence[str]) -> tuple[str, ...]:
    """Key with ال dropped from each word and سورية/سوريا-style final vowels unified."""
    out = []
    for w in key:
        w = _strip_al(w)
        if len(w) > 3 and w[-1] == "ه" and w[-2] == "ي":
            w = w[:-1] + "ا"  # سوريه (سورية) ~ سوريا
        out.append(w)
    return tuple(out)


def initials(key: Sequence[str]) -> str:
    """First letters of the content words (ال and a leading و dropped): «قوات سوريا الديمقراطية» → قسد."""
    letters = []
    for w in key:
        if w in _FUNCTION:
            continue
        w = _strip_al(w)
        if w:
            letters.append(w[0])
    return "".join(letters)


def _contains(big: Sequence[str], small: Sequence[str]) -> bool:
    n, m = len(big), len(small)
    return m < n and any(tuple(big[i : i + m]) == tuple(small) for i in range(n - m + 1))


def group_mentions(mentions: Sequence[RawMention]) -> list[Group]:
    """Entities of an article as groups of mentions, ordered by their first mention."""
    order = sorted(range(len(mentions)), key=lambda i: (-len(mentions[i].text.split()), mentions[i].start))
    groups: list[Group] = []
    by_bare: dict[tuple[str, ...], int] = {}
    group_of: dict[int, int] = {}
    for i in order:
        m = mentions[i]
        key = mention_key(m.text)
        if not key:
            continue
        b = bare(key)
        g = by_bare.get(b)
        if g is None and m.type == "PER" and not (len(key) == 1 and key[0] in _PARTICLES):
            g = _person_partial(m, b, groups, mentions, group_of)
        if g is None and len(key) == 1 and 2 <= len(key[0]) <= 6 and not key[0].startswith("ال"):
            cands = [
                k
                for k, grp in enumerate(groups)
                if grp.type in ("ORG", "LOC", "MISC")
                and len(grp.head_key) >= 2
                and initials(grp.head_key) == key[0]
            ]
            g = cands[0] if len(cands) == 1 else None
        if g is None:
            groups.append(Group(head_key=key, type=m.type))
            g = len(groups) - 1
        groups[g].mentions.append(m)
        by_bare.setdefault(b, g)
        group_of[i] = g
    for grp in groups:
        grp.mentions.sort(key=lambda x: x.start)
        votes: Counter = Counter()
        for x in grp.mentions:
            votes[x.type] += x.confidence
        grp.type = votes.most_common(1)[0][0]
        texts = Counter(" ".join(x.text.split()) for x in grp.mentions)
        grp.name = max(texts, key=lambda t: (len(t.split()), texts[t], len(t)))
    groups = [g for g in groups if g.mentions]
    groups.sort(key=lambda g: g.mentions[0].start)
    return groups


def _person_partial(
    m: RawMention,
    b: tuple[str, ...],
    groups: list[Group],
    mentions: Sequence[RawMention],
    group_of: dict[int, int],
) -> int | None:
    """The person group whose full name contains ``b`` and is nearest before ``m`` (else first after)."""
    cands = [k for k, g in enumerate(groups) if g.type == "PER" and _contains(bare(g.head_key), b)]
    if not cands and len(b) == 1:  # spelling variants of a single surname: ميستورا ~ مستورا
        sb = b[0].translate(_VARIANT)
        if len(sb) >= 3:
            cands = [
                k
                for k, g in enumerate(groups)
                if g.type == "PER" and any(w.translate(_VARIANT) == sb for w in bare(g.head_key)[1:])
            ]
    if not cands:
        return None
    if len(cands) == 1:
        return cands[0]
    first_pos: dict[int, list[int]] = defaultdict(list)
    for i, g in group_of.items():
        first_pos[g].append(mentions[i].start)
    before = [
        (max(p for p in first_pos[k] if p < m.start), k)
        for k in cands
        if any(p < m.start for p in first_pos[k])
    ]
    if before:
        return max(before)[1]
    return min((min(first_pos[k]), k) for k in cands)[1]


# ---------------------------------------------------------------------------------------------
# Document-level label consistency (used by the tagger before mentions are grouped)

PROPAGATION_THRESHOLD = 0.7


def propagate_labels(
    stems: Sequence[Sequence[str]],
    words: Sequence[Sequence[str]],
    tags: Sequence[list[str]],
    conf: Sequence[list[float]],
    threshold: float = PROPAGATION_THRESHOLD,
) -> list[list[str]]:
    """Tag the untagged repetitions of names the tagger found confidently elsewhere in the document.

    ``words`` are the folded tokens of each sentence and ``stems`` the same with attached proclitics
    removed («وموسكو» → «موسكو»); a name tagged with every token's marginal ≥ ``threshold`` is looked
    for (first word by stem, the others as written) in stretches of ``O`` tags that are not glued to
    another name, and gets the type it had most often. Returns new tag lists; confidences of the
    added tokens are left to the caller (they are set to the threshold)."""
    found: dict[tuple[str, ...], Counter] = defaultdict(Counter)
    for st, ws, tg, cf in zip(stems, words, tags, conf, strict=True):
        for i, j, typ in tag_spans(tg):
            if min(cf[i:j]) >= threshold:
                key = (st[i], *ws[i + 1 : j])
                if len(key[0]) >= 3:
                    found[key][typ] += 1
    if not found:
        return [list(t) for t in tags]
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = defaultdict(list)
    for key, cnt in found.items():
        by_first[key[0]].append((key, cnt.most_common(1)[0][0]))
    for lst in by_first.values():
        lst.sort(key=lambda kt: -len(kt[0]))
    out: list[list[str]] = []
    for st, ws, tg in zip(stems, words, tags, strict=True):
        new = list(tg)
        n = len(new)
        for i in range(n):
            for key, typ in by_first.get(st[i], ()):
                k = len(key)
                if i + k > n or tuple(ws[i + 1 : i + k]) != key[1:]:
                    continue
                if any(t != "O" for t in new[i : i + k]):
                    continue
                if (i > 0 and new[i - 1] != "O") or (i + k < n and new[i + k].startswith("I-")):
                    continue
                new[i] = "B-" + typ
                for j in range(i + 1, i + k):
                    new[j] = "I-" + typ
                break
        out.append(new)
    return out


def tag_spans(tags: Sequence[str]) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    start, typ = -1, ""
    for i, t in enumerate([*tags, "O"]):
        p, _, ty = t.partition("-")
        if start >= 0 and (p != "I" or ty != typ):
            out.append((start, i, typ))
            start = -1
        if p == "B" or (p == "I" and start < 0):
            start, typ = i, ty
    return out
