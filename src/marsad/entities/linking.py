"""Alias linking: find actor names, role phrases and titles in the normalized view, then resolve them.

`Matcher` holds one Aho-Corasick automaton (pyahocorasick) over every lexicon key — actor aliases,
role phrases («وزير الخارجية الروسي») and bare titles («الوزير», «اللواء») — built once per lexicon.
A hit counts only on word boundaries; proclitics (و ف ب ل ك and their pairs) may precede it and are
left out of the mention: in «وموسكو» the mention is «موسكو». The lam of «لل» is handled as written:
«للجيش السوري» is ل + «الجيش السوري» with the mention «لجيش السوري».

`resolve` turns hits into `Link`s: an unambiguous alias links directly; an alias shared by several
actors is decided by the article's context (countries of the other actors, the actor's context
words) or left unresolved; a role phrase goes to whoever held the office on the article's
``published`` date. Titles are left to `marsad.entities.coref`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable

import ahocorasick
import msgspec

from marsad.entities.actors import Lexicon, Role, RolePhrase, Title, key_of

__all__ = ["Hit", "Link", "Matcher", "matcher_for", "resolve", "PROCLITICS", "country_profile"]

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


_TENSE_WORDS = frozenset(
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
    if word in _TENSE_WORDS or word in _FREE_WORDS:
        return False
    if word.startswith(("لل", "باسم", "باسم")) or (word.startswith("ل") and len(word) > 3):
        return True
    if kind in ("org_noun", "rank"):
        return word.startswith("ال")
    return word in _OFFICE_CONTINUATIONS


def country_profile(links: Iterable[Link], lexicon: Lexicon) -> Counter[str]:
    """How often each country is named or implied by the links resolved so far."""
    prof: Counter[str] = Counter()
    for lk in links:
        if lk.country:
            prof[lk.country] += 1
        aid = lk.actor_id
        if aid:
            a = lexicon.get(aid)
            if a and a.country:
                prof[a.country] += 1
    return prof


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


_WORD = re.compile(r"\w+")


class ArticleWords:
    """The words of a view (and the words without one proclitic letter), to look context words up."""

    def __init__(self, view: str):
        self.view = view
        words = set(_WORD.findall(view))
        self.words = words | {w[1:] for w in words if len(w) > 3 and w[0] in "وفبلك"}

    def has(self, key: str) -> bool:
        return key in self.view if " " in key else key in self.words

    def count(self, keys: tuple[str, ...]) -> int:
        return sum(1 for k in keys if self.has(k))


def _context_score(
    aid: str, lexicon: Lexicon, words: ArticleWords, prof: Counter[str], day: dt.date | None
) -> int:
    a = lexicon.get(aid)
    if a is None:
        return -1
    score = prof.get(a.country or "", 0)
    score += 2 * words.count(lexicon.context.get(aid, ()))
    if a.type == "PER" and a.roles and a.roles_at(day):
        score += 1
    return score


# A name after these words names a street, an airport, a hospital, a club … not the actor
# («شارع الحبيب بورقيبة», «مطار …», «ريال مدريد», «حي الرياض», «منتخب مصر»).
_FACILITY_WORDS = frozenset(
    key_of(w)
    for w in [
        "شارع",
        "نهج",
        "ساحة",
        "حي",
        "مطار",
        "مطارات",
        "مستشفى",
        "المستشفى",
        "مستشفيات",
        "جامعة",
        "معهد",
        "مدرسة",
        "ملعب",
        "مسجد",
        "جامع",
        "قاعة",
        "نادي",
        "فريق",
        "منتخب",
        "ريال",
        "أتلتيكو",
        "جسر",
        "ميناء",
        "مؤسسة",
        "جائزة",
        "أكاديمية",
        "كلية",
        "مدينة_رياضية",
        "روضة",
        "ثانوية",
        "شركة",
        "مصحة",
        "مستوصف",
        "مركب",
        "نزل",
        "فندق",
    ]
)


def _previous_word(view: str, vs: int) -> str:
    e = vs
    while e > 0 and not view[e - 1].isalnum():
        if view[e - 1] in ".!?؟\n":
            return ""
        e -= 1
    b = e
    while b > 0 and view[b - 1].isalnum():
        b -= 1
    return view[b:e]


def _inside_a_name(view: str, lk: Link, lexicon: Lexicon) -> bool:
    """A person or place name used inside the name of a facility, street, club …"""
    if not any((a := lexicon.get(c)) is not None and a.type in ("PER", "LOC") for c in lk.candidates):
        return False
    w = _previous_word(view, lk.vstart)
    return w in _FACILITY_WORDS or (len(w) >= 3 and w[0] in "وبلف" and w[1:] in _FACILITY_WORDS)


def _someone_else(view: str, lk: Link, lexicon: Lexicon) -> bool:
    """«هشام العريض», «قيس بن علي»: a family name after another given name is another person."""
    if lk.key.count(" ") > 1 or not all(
        (a := lexicon.get(c)) is not None and (a.type == "PER" or a.subtype == "capital")
        for c in lk.candidates
    ):
        return False  # («جورج واشنطن» is not the capital either)
    w = _previous_word(view, lk.vstart)
    if w.startswith("و") and w[1:] in lexicon.given_names:
        w = w[1:]
    # (were «given name + alias» a name of this actor, the automaton would have matched it whole)
    return w in lexicon.given_names


def _title_supports(
    prev: Link | None, lk: Link, actor, lexicon: Lexicon, view: str, day: dt.date | None
) -> bool:
    """«الرئيس السيسي», «وزير الخارجية المعلم»: a title that fits the person right before the name."""
    gap = view[prev.vend : lk.vstart].strip() if prev is not None else ""
    if prev is None or prev.kind not in ("title", "role") or (gap and gap not in _TENSE_WORDS):
        return False
    if prev.kind == "role":
        return any(
            h.id == actor.id
            for rp in lexicon.role_phrases.get(prev.key, ())
            for h in lexicon.holders(rp.role, rp.country, rp.org, day)
        ) or (prev.country is not None and prev.country == actor.country)
    title = lexicon.titles.get(prev.key)
    if title is None or title.kind == "org_noun":
        return False
    held = lexicon.classes_at(actor, day)
    if gap:  # «الرئيس المخلوع بن علي», «الرئيس الراحل …»: an office held before
        held |= {c for r in actor.roles for c in lexicon.role_classes.get(r.role, (r.role,))}
    return title.kind == "honorific" or bool(set(prev.classes) & held)


def resolve(links: list[Link], lexicon: Lexicon, view: str, published: dt.date | None) -> list[Link]:
    """Decide actor and role links in place (titles stay for coreference); returns ``links``."""
    words = ArticleWords(view)
    strong = {
        lk.candidates[0]
        for lk in links
        if lk.kind == "actor" and len(lk.candidates) == 1 and (lk.key, lk.candidates[0]) not in lexicon.weak
    }
    for i, lk in enumerate(links):
        if lk.kind == "actor" and _inside_a_name(view, lk, lexicon):
            lk.rule = "alias.in-name"
            lk.candidates = ()
            continue
        if lk.kind == "actor" and _someone_else(view, lk, lexicon):
            lk.rule = "alias.other-person"
            lk.candidates = ()
            continue
        if lk.kind == "actor" and len(lk.candidates) == 1:
            aid = lk.candidates[0]
            if (lk.key, aid) in lexicon.weak:
                a = lexicon.get(aid)
                # a person's weak alias (a family name shared by many) needs the full name in the article or
                # a fitting title right before it («الرئيس السيسي»); an organisation's needs its context words
                if a is not None and a.type == "PER":
                    supported = aid in strong or _title_supports(
                        links[i - 1] if i else None, lk, a, lexicon, view, published
                    )
                else:
                    supported = aid in strong or words.count(lexicon.context.get(aid, ())) > 0
                if not supported:
                    lk.rule = "alias.weak-unsupported"
                    continue
                lk.ref, lk.rule, lk.confidence = "A:" + aid, "alias.weak", 0.7
            else:
                lk.ref, lk.rule, lk.confidence = "A:" + aid, "alias", 0.95
    prof = country_profile(links, lexicon)
    for lk in links:
        if lk.kind == "actor" and len(lk.candidates) > 1:
            scored = sorted(
                ((_context_score(a, lexicon, words, prof, published), a) for a in lk.candidates), reverse=True
            )
            if scored[0][0] > 0 and scored[0][0] > scored[1][0]:
                lk.ref, lk.rule, lk.confidence = "A:" + scored[0][1], "alias.context", 0.7
            else:
                lk.rule = "alias.ambiguous"
        elif lk.kind == "role":
            holders: dict[str, tuple[str, RolePhrase]] = {}
            for rp in lexicon.role_phrases.get(lk.key, ()):
                for a in lexicon.holders(rp.role, rp.country, rp.org, published):
                    holders[a.id] = (a.id, rp)
            if len(holders) == 1:
                aid, rp = next(iter(holders.values()))
                lk.ref, lk.confidence = "A:" + aid, 0.85
                actor = lexicon.get(aid)
                lk.role = (
                    next((r for r in actor.roles_at(published) if r.role == rp.role), None) if actor else None
                )
                lk.rule = "role.date"
            else:
                lk.rule = "role.unresolved" if not holders else "role.ambiguous"
                lk.candidates = tuple(sorted(holders))
        if lk.ref and lk.actor_id:
            a = lexicon.get(lk.actor_id)
            lk.etype = a.type if a else None
    return links
