"""Resolving alias and role links: context for shared aliases, support for weak ones, dates for roles.

An alias of one actor links directly. An alias shared by several actors («الجيش الوطني», «طرابلس») is
decided by the article — the countries of the other actors found and the candidates' context words —
and stays unresolved on a tie. A *weak* alias (also a common word or a family name shared by many:
«النهضة», «العبيدي», «بن علي») counts only with the actor's full name elsewhere in the article or a
fitting title right before it (people), or its context words (organisations). A name inside another
name («شارع الحبيب بورقيبة», «ريال مدريد») or after someone else's given name («هشام العريض») is not
linked. A role phrase goes to whoever held the office on the article's ``published`` date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable

from marsad.entities.actors import Lexicon, RolePhrase, key_of
from marsad.entities.linking import TENSE_WORDS, Link

__all__ = ["resolve", "country_profile", "ArticleWords"]


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
        "منزل",  # «منزل بورقيبة», «منزل تميم»: Tunisian towns (Menzel …), or someone's house
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
    if prev is None or prev.kind not in ("title", "role") or (gap and gap not in TENSE_WORDS):
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
