"""The trigger lexicon (``data/events/triggers.tsv``) and its matcher over folded tokens.

A trigger row names an event sub-type and its PLOVER/CAMEO codes, lists its surface forms (verbs in
their conjugations, verbal nouns, phrases) and says which prepositions carry which role. `find_triggers`
is pure: it takes the folded token strings of a sentence and returns the matches, longest first.
"""

from __future__ import annotations

import hashlib
from collections.abc import Container
from functools import lru_cache
from importlib import resources

import msgspec

from marsad.events.taxonomy import taxonomy
from marsad.events.words import words as word_list
from marsad.text.normalize import fold

__all__ = [
    "Trigger",
    "Alternative",
    "TriggerMatch",
    "Lexicon",
    "lexicon",
    "find_triggers",
    "word_variants",
    "row_key",
    "row_keys",
]

GAP = "*"
LONG_GAP = "\x00long-gap"  # the slot of «**»
PLACE = "@place"  # last slot only: the next word starts a place name («سقوط الموصل»); not part of the match
PLACE_SLOT = "\x00place"
MARKS_CHARS = "".join(chr(c) for c in range(0x064B, 0x0660)) + "\u0670\u0640"
MAX_GAP = 4
PROCLITICS = (
    "و",
    "ف",
    "ب",
    "ل",
    "ك",
    "ال",
    "وال",
    "فال",
    "بال",
    "كال",
    "لل",
    "ولل",
    "فلل",
    "وب",
    "فب",
    "ول",
    "فل",
    "وك",
)
FUTURE = ("س", "وس", "فس")
ENCLITICS = ("ه", "ها", "هم", "هما", "هن", "ا")
DEFAULT_ROLES: dict[str, tuple[str, ...]] = {
    "في": ("place",),
    "ب": ("place",),
    "قرب": ("place",),
    "داخل": ("place",),
    "على": ("place", "target"),
    "ضد": ("target",),
    "بدعم من": ("assoc",),
    "من قبل": ("actor",),
    "على يد": ("actor",),
    "على ايدي": ("actor",),
    "برصاص": ("actor",),
    "بنيران": ("actor",),
}


class Trigger(msgspec.Struct, frozen=True):
    """One row of the lexicon."""

    row: int
    event_type: str
    sub_event_type: str
    plover: str | None
    mode: str | None
    cameo: str | None
    roles: dict[str, tuple[str, ...]]
    subject: str
    genitive: str
    object: str | None
    alts: tuple[tuple[str, str, str], ...]  # (condition, event_type, sub_event_type)
    strong: bool
    source: str
    key: str = ""  # the row's identity whatever its line: a digest of its forms, type and sub-type


class Alternative(msgspec.Struct, frozen=True):
    slots: tuple[frozenset[str], ...]  # an empty frozenset is a gap
    verb: bool
    trigger: Trigger


class TriggerMatch(msgspec.Struct, frozen=True):
    """Tokens ``first..last`` (inclusive, indices into the token list given) matched ``alt``."""

    first: int
    last: int
    alt: Alternative
    future: bool  # the verb carries the future prefix «س»
    at: tuple[int, ...] = ()  # token index of each non-gap slot (a gap's words belong to the clause)

    @property
    def head_last(self) -> int:
        """Last token of the trigger's first contiguous run («استعاد» in «استعاد الجيش … السيطرة»)."""
        k = self.first
        for pos in self.at[1:]:
            if pos != k + 1:
                break
            k = pos
        return k

    @property
    def trigger(self) -> Trigger:
        return self.alt.trigger


def _conjugate(past: str, present: str) -> set[str]:
    forms = {past}
    if past.endswith("ي"):
        base = past[:-1]
        forms |= {base + "ت", base + "وا", past + "ا", base + "تا"}
    else:
        forms |= {past + "ت", past + "وا", past + "ا", past + "تا"}
    if present == "-":  # past tense only («سيطر»: the present «يسيطر» describes a state)
        return forms
    if present[:1] in ("ي", "ت"):
        stem = present[1:]
        forms |= {"ي" + stem, "ت" + stem, "ن" + stem, "ي" + stem + "ان", "ت" + stem + "ان"}
        if stem.endswith("ي"):
            forms |= {"ي" + stem[:-1] + "ون", "ي" + stem[:-1] + "وا"}
        else:
            forms |= {"ي" + stem + "ون", "ي" + stem + "وا"}
    return forms


def _slot(text: str) -> tuple[frozenset[str], bool]:
    if text == GAP:
        return frozenset(), False
    if text == GAP * 2:
        return frozenset({LONG_GAP}), False
    if text == PLACE:
        return frozenset({PLACE_SLOT}), False
    if text.startswith("v:"):
        past, _, present = text[2:].partition("/")
        return frozenset(_conjugate(fold(past), present if present == "-" else fold(present or past))), True
    return frozenset(fold(w) for w in text.split(",") if w), False


def _roles(cell: str) -> dict[str, tuple[str, ...]]:
    roles = {fold(k): v for k, v in DEFAULT_ROLES.items()}
    if cell and cell != "-":
        for part in cell.split(";"):
            prep, _, rs = part.partition("=")
            roles[fold(prep.strip())] = tuple(r.strip() for r in rs.split("/") if r.strip())
    return roles


def _alts(cell: str) -> tuple[tuple[str, str, str], ...]:
    out = []
    if cell and cell != "-":
        for part in cell.split(";"):
            cond, _, target = part.partition(":")
            # "Explosions/Remote violence" and "Air/drone strike" contain slashes: the split that names a
            # known (type, sub-type) pair
            cuts = [i for i, ch in enumerate(target) if ch == "/"]
            pair = next(
                ((target[:i], target[i + 1 :]) for i in cuts if taxonomy().has(target[:i], target[i + 1 :])),
                None,
            )
            if pair is None:
                raise ValueError(f"triggers.tsv: unknown alt type {target!r}")
            out.append((cond.strip(), pair[0].strip(), pair[1].strip()))
    return tuple(out)


def row_key(forms: str, event_type: str, sub_event_type: str) -> str:
    """A row's identity that survives lines added or moved above it: the learned filter weighs each
    trigger row (`marsad.events.filter`), and its weights follow the row by this key, not by line."""
    return hashlib.sha1(f"{forms}\t{event_type}\t{sub_event_type}".encode()).hexdigest()[:12]


def row_keys() -> dict[str, str]:
    """``{"row<line>": key}`` for every row of the shipped lexicon (what a trained filter records)."""
    return {f"row{t.row}": t.key for t in lexicon().triggers}


class Lexicon(msgspec.Struct, frozen=True):
    triggers: tuple[Trigger, ...]
    index: dict[str, tuple[Alternative, ...]]  # first word → alternatives, longest first


def parse_lexicon(text: str) -> Lexicon:
    tax = taxonomy()
    triggers: list[Trigger] = []
    index: dict[str, list[Alternative]] = {}
    header_seen = False
    for lineno, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if not header_seen:
            header_seen = True
            continue
        if len(cells) != 13:
            raise ValueError(f"triggers.tsv:{lineno}: expected 13 columns, got {len(cells)}")
        forms, et, st, plover, mode, cameo, roles, subject, genitive, obj, alts, strength, source = cells
        sub = tax.get(et, st)
        trig = Trigger(
            key=row_key(forms, et, st),
            row=lineno,
            event_type=et,
            sub_event_type=st,
            plover=sub.plover if plover == "-" else plover,
            mode=sub.mode if mode == "-" else mode,
            cameo=sub.cameo if cameo == "-" else cameo,
            roles=_roles(roles),
            subject=subject,
            genitive=genitive,
            object=None if obj == "-" else obj,
            alts=_alts(alts),
            strong=strength == "strong",
            source=source,
        )
        triggers.append(trig)
        for form in forms.split("|"):
            parsed = [_slot(s) for s in form.split()]
            if not parsed:
                continue
            if PLACE_SLOT in parsed[0][0] or any(PLACE_SLOT in p[0] for p in parsed[:-1]):
                raise ValueError(f"triggers.tsv:{lineno}: {PLACE} can only be the last slot, after a word")
            alt = Alternative(tuple(p[0] for p in parsed), parsed[0][1], trig)
            for w in parsed[0][0]:
                index.setdefault(w, []).append(alt)
    return Lexicon(
        tuple(triggers), {w: tuple(sorted(a, key=lambda x: -len(x.slots))) for w, a in index.items()}
    )


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The packaged lexicon (parsed once per process)."""
    return parse_lexicon(resources.files("marsad").joinpath("data/events/triggers.tsv").read_text("utf-8"))


_PRO_BY_FIRST: dict[str, tuple[str, ...]] = {}
for _p in PROCLITICS:
    _PRO_BY_FIRST.setdefault(_p[0], ())
    _PRO_BY_FIRST[_p[0]] += (_p,)
_ENC_LAST = frozenset(e[-1] for e in ENCLITICS)


def _strip_enclitics(b: str, out: dict[str, bool], future: bool) -> None:
    if b[-1:] in _ENC_LAST:
        for e in ENCLITICS:
            if b.endswith(e) and len(b) - len(e) >= 3:
                out.setdefault(b[: -len(e)], future)


@lru_cache(maxsize=300_000)
def word_variants(word: str) -> tuple[tuple[str, bool], ...]:
    """``word`` and its forms without proclitics/enclitics, each with a flag: future prefix removed."""
    out: dict[str, bool] = {word: False}
    _strip_enclitics(word, out, False)
    for p in _PRO_BY_FIRST.get(word[:1], ()):
        if word.startswith(p) and len(word) - len(p) >= 2:
            b = word[len(p) :]
            out.setdefault(b, False)
            _strip_enclitics(b, out, False)
    if word[:1] in ("س", "و", "ف"):
        for p in FUTURE:
            rest = word[len(p) :]
            if word.startswith(p) and rest[:1] in ("ي", "ت", "ن") and len(rest) >= 3:
                out[rest] = True
                _strip_enclitics(rest, out, True)  # «سيزورها»
    return tuple(out.items())


def _slot_match(slot: frozenset[str], word: str) -> bool:
    return any(v in slot for v, _ in word_variants(word))


def _alternatives(word: str, lex: Lexicon) -> tuple[tuple[Alternative, bool, bool], ...]:
    """Alternatives whose first slot ``word`` can fill, with the future flag of the variant used and
    whether the variant took a final «ه» off (the pronoun — or a folded «ة»)."""
    out: list[tuple[Alternative, bool, bool]] = []
    for variant, future in word_variants(word):
        definite = _definite_prefix(word, variant)
        for alt in lex.index.get(variant, ()):
            if definite and alt.verb:
                continue  # «والتحرر»: a word with the article is a noun, never the verb «تحرر»
            # the variant took the final «ه» off (after any proclitic: «لسيطرة» → «سيطر»)
            took_h = word.endswith("ه") and not variant.endswith("ه") and word[:-1].endswith(variant)
            out.append((alt, future, took_h))
    return tuple(out)


def _definite_prefix(word: str, variant: str) -> bool:
    k = word.find(variant)
    return k > 0 and word[:k].endswith(("ال", "لل"))


@lru_cache(maxsize=300_000)
def _default_alternatives(word: str) -> tuple[tuple[Alternative, bool, bool], ...]:
    return _alternatives(word, lexicon())


def _cancelled(words: list[str], i: int, cancel: Container[str]) -> bool:
    """A cancel word one or two words before ``i`` («قضية اغتيال», «ملف تفجير») blocks a trigger there,
    unless it completes a title («قاضي التحقيق بطاقتي إيداع»: the judge, not an inquiry); «أي» reaches over
    a list joined by «أو» (`_any_before`)."""
    titles = word_list("cancel_titles")
    if _any_before(words, i):
        return True
    for k in (i - 1, i - 2):
        if k >= 0 and words[k] in cancel and not (k > 0 and words[k - 1] in titles):
            return True
    return False


def _any_before(words: list[str], i: int) -> bool:
    """«أي» before a list joined by «أو» reaches every noun of it («تمنع أي تجمعات أو مظاهرات أو
    احتجاجات»: no protest happened); none of 216 such words in the annotated sets was coded."""
    k = i
    while k >= 2 and words[k - 1] == "او":
        k -= 2
    anyw = word_list("any_words")
    return k < i and any(w in anyw for w in words[max(0, k - 2) : k])


@lru_cache(maxsize=1)
def _cancel_words() -> frozenset[str]:
    """Words that block a trigger right after them: ``cancel_before``, and ``called_off`` — «تم تأجيل
    زيارة ظريف», «مستغربا من عدم زيارة المبعوث»: a visit called off or not made (none of 16 such phrases
    in the annotated sets was coded); and ``head_plurals``, the plurals and duals of «رئيس» and «مدير»
    that list has («رؤساء تحرير الصحف»: editors-in-chief, not a liberation)."""
    return word_list("cancel_before") | word_list("called_off") | word_list("head_plurals")


@lru_cache(maxsize=1)
def _idioms() -> tuple[tuple[str, str], ...]:
    pairs = (p.split() for p in word_list("idioms"))
    return tuple((a, b) for a, b in (x for x in pairs if len(x) == 2))


def _idiom(words: list[str], i: int) -> bool:
    """«ضبط النفس», «تحرير فلسطين», «هجوم إلكتروني»: a trigger word that, with the next word, names no
    happening (self-restraint, an aim, a cyber attack); a proclitic may come before it («لضبط النفس»)."""
    if i + 1 >= len(words):
        return False
    nxt = words[i + 1]
    return any(nxt == b and words[i].endswith(a) for a, b in _idioms())


def _figurative_blast(words: list[str], i: int) -> bool:
    """«تفجير فتنة طائفية», «انفجار الوضع», «تفجرت خلافات حادة», «تفجرت الحرب الأهلية»: strife, a situation
    or a war that «exploded» is no blast (none of 13 in the annotated sets was coded); a proclitic may come
    before the blast word («لتفجير الوضع», «وتفجير طاقاته»)."""
    if i + 1 >= len(words):
        return False
    w = words[i]
    if w[:1] in ("و", "ف", "ل", "ب") and w[1:] in word_list("blast_words"):
        w = w[1:]
    return w in word_list("blast_words") and words[i + 1] in word_list("figurative_blast_objects")


def find_triggers(
    words: list[str],
    lex: Lexicon | None = None,
    originals: list[str] | None = None,
    places: Container[int] = frozenset(),
) -> list[TriggerMatch]:
    """Non-overlapping trigger matches over folded ``words`` (left to right, longest first).

    ``originals`` (the unfolded words) let a final «ة» be told from the pronoun «ه»: «سيطرة» is a noun,
    not the verb «سيطر» with an object. ``places``: indices of the words a place name starts in (the
    ``@place`` slot matches only there)."""
    alternatives = _default_alternatives if lex is None else (lambda w: _alternatives(w, lex))
    never, cancel = word_list("never_triggers"), _cancel_words()
    out: list[TriggerMatch] = []
    i, n = 0, len(words)
    while i < n:
        cands = alternatives(words[i])
        if not cands or _cancelled(words, i, cancel) or _idiom(words, i) or _figurative_blast(words, i):
            i += 1
            continue
        if words[i] in never:  # «سيطرتها» alone is a state; only a phrase («سيطرتها على») may start there
            cands = tuple(c for c in cands if len(c[0].slots) > 1)
        best: TriggerMatch | None = None
        noun_context = i > 0 and words[i - 1] in word_list("noun_context")
        ta_marbuta = originals is not None and originals[i].rstrip(MARKS_CHARS).endswith("ة")
        for alt, future, took_h in cands:
            if took_h and ta_marbuta and alt.verb:
                continue
            at = _match_rest(alt.slots, words, i + 1, 1, places)
            if at is None:
                continue
            if PLACE_SLOT in alt.slots[-1]:
                at = at[:-1]  # the place is the trigger's genitive, not part of it («سقوط الموصل»)
            last = at[-1] if at else i
            # «في قصف للحوثيين»: a form that is both a verb and a noun is the noun after a preposition
            prefer = (
                best is not None
                and last == best.last
                and (
                    (best.alt.verb and not alt.verb and noun_context)
                    # «توقيع اتفاقية»: a weak row with a gap («توقيع * اتفاقيات») that matches the same words as
                    # a strong row without one does not take them over
                    or (alt.trigger.strong and not best.alt.trigger.strong)
                )
            )
            if best is None or last > best.last or prefer:
                best = TriggerMatch(i, last, alt, future, (i, *at))
        if best is not None:
            out.append(best)
            i = best.last + 1
        else:
            i += 1
    return out


def _match_rest(
    slots: tuple[frozenset[str], ...], words: list[str], pos: int, k: int, places: Container[int]
) -> tuple[int, ...] | None:
    """Positions of the words matching slots[k:] from ``pos`` (slot k-1 ended at pos-1), or None."""
    if k == len(slots):
        return ()
    slot = slots[k]
    if not slot or LONG_GAP in slot:  # gap: the next slot within MAX_GAP (or twice that) words
        for skip in range(0, (MAX_GAP if not slot else 2 * MAX_GAP) + 1):
            if pos + skip >= len(words):
                return None
            got = _match_rest(slots, words, pos + skip, k + 1, places)
            if got is not None:
                return got
        return None
    if pos < len(words) and (pos in places if PLACE_SLOT in slot else _slot_match(slot, words[pos])):
        rest = _match_rest(slots, words, pos + 1, k + 1, places)
        return None if rest is None else (pos, *rest)
    return None
