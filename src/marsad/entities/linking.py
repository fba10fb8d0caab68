"""Alias matching: find actor names, role phrases and titles in the normalized view.

`Matcher` holds one Aho-Corasick automaton (pyahocorasick) over every lexicon key — actor aliases,
role phrases («وزير الخارجية الروسي») and bare titles («الوزير», «اللواء») — built once per lexicon.
A hit counts only on word boundaries; proclitics (و ف ب ل ك and their pairs) may precede it and are
left out of the mention: in «وموسكو» the mention is «موسكو». The lam of «لل» is handled as written:
«للجيش السوري» is ل + «الجيش السوري» with the mention «لجيش السوري».

`classify` turns hits into unresolved `Link`s (actor alias, role phrase or bare title, with a gentilic
qualifier such as «الوزير الروسي»); `marsad.entities.resolution` decides them and
`marsad.entities.coref` resolves the titles.
"""

from __future__ import annotations

import ahocorasick
import msgspec

from marsad.entities.actors import Lexicon, Role, RolePhrase, Title, key_of

__all__ = ["Hit", "Link", "Matcher", "matcher_for", "classify", "PROCLITICS", "FEMININE_HEADS", "TENSE_WORDS"]

PROCLITICS = frozenset({"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك"})
_LAM_PREFIX = frozenset({"ل", "ول", "فل"})
_LAMLAM_PREFIX = frozenset({"", "و", "ف"})
# Titles in the feminine («الوزيرة», «المتحدثة باسم»): they refer back to women only.
FEMININE_HEADS = frozenset(
    key_of(w)
    for w in [
        "الوزيرة",
        "وزيرة",
        "الرئيسة",
        "رئيسة",
        "المتحدثة",
        "الناطقة",
        "المستشارة",
        "مندوبة",
        "المندوبة",
        "سفيرة",
        "السفيرة",
        "المبعوثة",
        "الممثلة",
        "المفوضة",
        "مسؤولة",
        "منسقة",
        "نائبة",
        "السكرتيرة",
        "الأمينة",
        "مفوضة",
        "مدعية",
        "المدعية",
    ]
)
# Automaton entry flags: how the word found relates to the lexicon key.
NORMAL, LAM, LAMLAM = 0, 1, 2


class Hit(msgspec.Struct, frozen=True):
    """A lexicon key found in the view: ``[vstart, vend)`` is the mention without clitics."""

    vstart: int
    vend: int
    key: str


class Link(msgspec.Struct):
    """A resolved (or deliberately unresolved) mention. ``ref`` is ``A:<actor id>`` for a lexicon actor,
    ``E:<entity id>`` for an entity found by NER, None when unresolved."""

    start: int
    end: int
    text: str
    vstart: int
    vend: int
    kind: str  # actor | role | title | partial | ner
    key: str = ""  # the lexicon key that matched
    ref: str | None = None
    rule: str = ""
    confidence: float = 0.0
    candidates: tuple[str, ...] = ()
    classes: tuple[str, ...] = ()
    country: str | None = None  # qualifier («الوزير الروسي») or role country
    role: Role | None = None
    bound: bool = False  # a title attached to the name next to it (not a mention of its own)
    etype: str | None = None  # PER | ORG | LOC of the referent when known

    @property
    def actor_id(self) -> str | None:
        return self.ref[2:] if self.ref and self.ref.startswith("A:") else None


class Matcher:
    """The automaton over every key of a lexicon."""

    def __init__(self, lexicon: Lexicon):
        self.lexicon = lexicon
        keys = set(lexicon.aliases) | set(lexicon.role_phrases) | set(lexicon.titles)
        auto = ahocorasick.Automaton()
        for k in keys:
            auto.add_word(k, (k, NORMAL, len(k)))
        for k in keys:
            if k.startswith("ال") and len(k) > 3:
                w = "ل" + k[2:]
                flag = LAMLAM if k[2] == "ل" else LAM
                if w not in keys:
                    auto.add_word(w, (k, flag, len(w)))
        auto.make_automaton()
        self._auto = auto
        self.size = len(keys)

    def scan(self, view: str) -> list[Hit]:
        """All boundary-valid hits, leftmost-longest, not overlapping."""
        if not view:
            return []
        n = len(view)
        found: list[tuple[int, int, str]] = []
        for end, (key, flag, wlen) in self._auto.iter(view):
            ve = end + 1
            if ve < n and view[ve].isalnum():
                continue
            vs = ve - wlen
            if flag == NORMAL:
                if not _left_ok(view, vs, PROCLITICS):
                    continue
            elif flag == LAM:
                if not _left_ok(view, vs, _LAM_PREFIX):
                    continue
            else:
                if not _left_ok(view, vs, _LAMLAM_PREFIX):
                    continue
                vs += 1
            found.append((vs, -(ve - vs), key))
        found.sort()
        out: list[Hit] = []
        last = -1
        for vs, neg, key in found:
            if vs >= last:
                out.append(Hit(vs, vs - neg, key))
                last = vs - neg
        return out


def _left_ok(view: str, vs: int, allowed: frozenset[str]) -> bool:
    for k in range(4):
        p = vs - k
        if p < 0:
            return False
        if p == 0 or not view[p - 1].isalnum():
            return view[p:vs] in allowed
    return False


_MATCHERS: dict[int, Matcher] = {}


def matcher_for(lexicon: Lexicon) -> Matcher:
    """The (cached) matcher of ``lexicon``."""
    m = _MATCHERS.get(id(lexicon))
    if m is None or m.lexicon is not lexicon:
        m = Matcher(lexicon)
        _MATCHERS[id(lexicon)] = m
    return m


def _qualifier(view: str, ve: int, lexicon: Lexicon, next_start: int) -> tuple[int, str | None]:
    """A gentilic right after a title («الوزير الروسي») → (new end, country)."""
    if ve >= len(view) or view[ve] != " ":
        return ve, None
    e = ve + 1
    while e < len(view) and view[e].isalnum():
        e += 1
    if e > next_start:
        return ve, None
    iso = lexicon.gentilics.get(view[ve + 1 : e])
    return (e, iso) if iso else (ve, None)


TENSE_WORDS = frozenset(
    key_of(w) for w in ["السابق", "الأسبق", "الراحل", "المخلوع", "المعزول", "المنتخب", "الجديد"]
)


# Words after a bare title that do not make it part of a longer name («المبعوث الأممي إلى …»,
# «الوزير الذي …», «الوزير اليوم», «قال الوزير لوكالة …»).
_FREE_WORDS = frozenset(
    key_of(w)
    for w in [
        "إلى",
        "الى",
        "الذي",
        "التي",
        "الذين",
        "اللذين",
        "اللتين",
        "اللواتي",
        "اللاتي",
        "الآن",
        "اليوم",
        "الأحد",
        "الاثنين",
        "الثلاثاء",
        "الأربعاء",
        "الخميس",
        "الجمعة",
        "السبت",
        "الليلة",
        "لوكالة",
        "لقناة",
        "لصحيفة",
        "لجريدة",
        "لإذاعة",
        "لموقع",
        "لمراسل",
        "لمراسلة",
        "لوسائل",
        "للصحفيين",
        "للصحافة",
        "للصحافيين",
        "للإذاعة",
        "للتلفزيون",
        "للقناة",
        "للوكالة",
        "للصحيفة",
        "للجريدة",
    ]
)


_OFFICE_CONTINUATIONS = frozenset(
    key_of(w)
    for w in ["المدير", "المكلف", "المساعد", "المنتدب", "المفوض", "التنفيذي", "الشرفي", "المؤقت", "بالنيابة"]
)


def _name_continues(view: str, ve: int, kind: str) -> bool:
    """Is the title the head of a longer name or phrase? An office followed by «ل…», «باسم» or «المدير»
    («الأمين العام لحزب …», «الرئيس المدير العام»); an org noun or a rank followed by any «ال…» word too
    («الهيئة الوطنية …», «الرائد الرسمي», «الفريق الطبي»)."""
    if ve >= len(view) or view[ve] != " ":
        return False
    e = ve + 1
    while e < len(view) and view[e].isalnum():
        e += 1
    word = view[ve + 1 : e]
    if word in TENSE_WORDS or word in _FREE_WORDS:
        return False
    if word.startswith(("لل", "باسم", "باسم")) or (word.startswith("ل") and len(word) > 3):
        return True
    if kind in ("org_noun", "rank"):
        return word.startswith("ال")
    return word in _OFFICE_CONTINUATIONS


def classify(hits: list[Hit], view: str, original: str, span_map, lexicon: Lexicon) -> list[Link]:
    """Hits → unresolved links with their kind and candidates (``span_map`` maps view → original)."""
    out: list[Link] = []
    for i, h in enumerate(hits):
        vs, ve = h.vstart, h.vend
        ids = lexicon.aliases.get(h.key)
        roles: list[RolePhrase] | None = lexicon.role_phrases.get(h.key)
        title: Title | None = lexicon.titles.get(h.key)
        country = None
        if ids:
            kind = "actor"
            classes: tuple[str, ...] = ()
        elif roles:
            kind = "role"
            classes = tuple(dict.fromkeys(c for r in roles for c in r.classes))
            countries = {r.country for r in roles}
            country = countries.pop() if len(countries) == 1 else None
        elif title:
            kind = "title"
            classes = title.classes
            nxt = hits[i + 1].vstart if i + 1 < len(hits) else len(view)
            ve, country = _qualifier(view, ve, lexicon, nxt)
            if _name_continues(view, ve, title.kind):
                continue  # «الهيئة الوطنية …», «الرئيس المدير العام», «الناطق الرسمي باسم المحكمة»: not a bare title
        else:
            continue
        if h.key.split(" ", 1)[0] in FEMININE_HEADS:
            classes = (*classes, "female")
        s, e = span_map(vs, ve)
        out.append(
            Link(
                start=s,
                end=e,
                text=original[s:e],
                vstart=vs,
                vend=ve,
                kind=kind,
                candidates=tuple(ids or ()),
                classes=classes,
                country=country,
                key=h.key,
            )
        )
    return out
