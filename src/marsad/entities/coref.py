"""In-article coreference for the ways news refers back to people and organisations.

Patterns (each a rule name on the mention it produces):

* ``coref.apposition`` — a title next to a name binds it: «وزير الخارجية الروسي سيرغي لافروف»,
  «الناطق باسم وزارة الدفاع الروسية اللواء إيغور كوناشينكوف», «لافروف، وزير الخارجية الروسي». The
  titles become classes of that person (minister, foreign_minister, spokesperson, rank:major_general).
* ``coref.title`` — a later bare title or role noun («الوزير», «اللواء», «الناطق», «الوزير الروسي»)
  refers to the one person bound to that class in the preceding sentences; two candidates → unresolved.
* ``coref.title.date`` — a title with nobody bound in the text («المبعوث الأممي») falls back to the
  office holders on the article date, the article's countries choosing among them (Syria 2017 → de
  Mistura; Syria 2020 → Pedersen); no unique choice → unresolved.
* ``coref.partial`` — a partial name («لافروف», «الجولاني») after the full name.
* ``coref.org_noun`` — «الحركة», «التنظيم», «الهيئة» → the one organisation of that head noun mentioned
  in the preceding sentences. Nicknames and acronyms (قسد, داعش) are lexicon aliases, linked directly.

Unresolvable cases keep ``ref = None`` with rule ``coref.unresolved`` or ``coref.ambiguous``.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Callable
from functools import lru_cache

from marsad.entities.actors import Lexicon, key_of
from marsad.entities.linking import Link
from marsad.entities.resolution import country_profile

__all__ = ["corefer", "WINDOW"]

WINDOW = 6  # sentences a referent stays available to bare titles and org nouns
_GAP_APPOSITION = {"،", ","}
# «الرئيس الأمريكي المنتخب دونالد ترامب», «الأمين العام السابق حسين العباسي»
_GAP_TENSE = frozenset(
    key_of(w)
    for w in ["السابق", "الأسبق", "الراحل", "المخلوع", "المعزول", "المنتخب", "الجديد", "المكلف", "الحالي"]
)
_NOT_NAMES = frozenset(
    key_of(w)
    for w in [
        "بن",
        "ابن",
        "بنت",
        "أبو",
        "أبي",
        "أم",
        "آل",
        "عبد",
        "دي",
        "دو",
        "فان",
        "دا",
        "ولد",
        "الثاني",
        "الأول",
        "الثالث",
        "الرابع",
        "الابن",
        "الأب",
        "جونيور",
        "الله",
        "الدين",
        "الرحمن",
        "الرحيم",
        "العزيز",
        "الحسن",
    ]
)
_MONTHS = (
    "جانفي فيفري مارس أفريل ماي جوان جويلية أوت سبتمبر أكتوبر نوفمبر ديسمبر يناير فبراير أبريل مايو يونيو "
    "يوليو أغسطس كانون شباط آذار نيسان أيار حزيران تموز أيلول تشرين"
)
_NOT_NAMES = _NOT_NAMES | frozenset(key_of(w) for w in _MONTHS.split())
_PARTIAL_PREFIX = r"(?<!\w)(?:[وف]?[بلك]?)"


def _gap(view: str, a: int, b: int) -> str:
    return view[a:b].strip() if b >= a else "?"


def _bind(title: Link, person: Link, classes: dict[str, set[str]], countries: dict[str, str]) -> None:
    title.ref, title.bound, title.rule, title.confidence, title.etype = (
        person.ref,
        True,
        "coref.apposition",
        0.9,
        "PER",
    )
    assert person.ref is not None
    classes.setdefault(person.ref, set()).update(title.classes)
    if title.country:
        countries.setdefault(person.ref, title.country)


_TITLE_KINDS = ("title", "role")


def _is_name(lk: Link) -> bool:
    return lk.ref is not None and lk.etype == "PER" and lk.kind in ("actor", "ner", "partial")


def _agrees(title: Link, person: Link, lexicon: Lexicon, tense: bool = False) -> bool:
    """A title may describe the person: same resolved holder, or no country clash. With a tense word
    («الرئيس الأمريكي المنتخب دونالد ترامب», «السابق») the holder on the date is someone else."""
    if title.ref is not None and not tense:
        return title.ref == person.ref
    actor = lexicon.get(person.actor_id) if person.actor_id else None
    if title.country is None or actor is None or actor.country is None:
        return True
    return actor.country == title.country or any(r.country == title.country for r in actor.roles)


def _appositions(
    items: list[Link], view: str, lexicon: Lexicon, classes: dict[str, set[str]], countries: dict[str, str]
) -> None:
    """«وزير الخارجية الروسي سيرغي لافروف», «لافروف، وزير الخارجية الروسي»: bind the titles to the name."""
    for i, lk in enumerate(items):
        if not _is_name(lk):
            continue
        j = i - 1
        while j >= 0 and items[j].kind in _TITLE_KINDS and not items[j].bound:
            gap = _gap(view, items[j].vend, items[j + 1].vstart)
            loose = gap in _GAP_APPOSITION or gap in _GAP_TENSE
            if (gap and not (loose and j == i - 1)) or not _agrees(items[j], lk, lexicon, gap in _GAP_TENSE):
                break
            _bind(items[j], lk, classes, countries)
            j -= 1
        k = i + 1
        while k < len(items) and items[k].kind in _TITLE_KINDS and not items[k].bound:
            gap = _gap(view, items[k - 1].vend, items[k].vstart)
            if k == i + 1:
                ok = (gap in _GAP_APPOSITION or not gap) and _agrees(items[k], lk, lexicon)
                ok = ok and (bool(gap) or items[k].ref == lk.ref or items[k].country is not None)
            else:
                ok = not gap
            if not ok:
                break
            _bind(items[k], lk, classes, countries)
            k += 1


_FAMILY_FIRST = frozenset({"CN", "KP", "KR", "VN", "JP"})  # family name first: no surname-only partial


def _partial_keys(name: str, country: str | None = None) -> list[str]:
    toks = key_of(name).split()
    if len(toks) < 2 or country in _FAMILY_FIRST:
        return []
    out = []
    if toks[-2] in ("بن", "ابن"):
        out.append(f"{toks[-2]} {toks[-1]}")
    last = toks[-1]
    if len(last) >= 4 and last not in _NOT_NAMES and toks[-2] not in ("بن", "ابن", "بنت", "ابو", "عبد", "ال"):
        out.append(last)
    return out


def _partials(items: list[Link], view: str, original: str, span_map, lexicon: Lexicon) -> list[Link]:
    owners: dict[str, set[str]] = {}
    first: dict[str, int] = {}
    for lk in items:
        if not _is_name(lk) or lk.kind == "partial":
            continue
        assert lk.ref is not None
        names = [view[lk.vstart : lk.vend]]
        a = lexicon.get(lk.actor_id) if lk.actor_id else None
        if a:
            names.append(a.name)
        for n in names:
            for k in _partial_keys(n, a.country if a else None):
                ids = lexicon.aliases.get(k)
                if ids and (a is None or a.id not in ids):
                    continue  # the partial name is another actor's alias
                owners.setdefault(k, set()).add(lk.ref)
        first[lk.ref] = min(first.get(lk.ref, lk.vstart), lk.vstart)
    keys = {k: next(iter(v)) for k, v in owners.items() if len(v) == 1}
    if not keys:
        return []
    pat = re.compile(
        _PARTIAL_PREFIX
        + "("
        + "|".join(re.escape(k) for k in sorted(keys, key=len, reverse=True))
        + r")(?!\w)"
    )
    occupied = sorted((lk.vstart, lk.vend) for lk in items)
    starts = [o[0] for o in occupied]
    out = []
    for m in pat.finditer(view):
        vs, ve = m.span(1)
        ref = keys[m.group(1)]
        if vs < first[ref]:
            continue
        k = bisect_right(starts, ve - 1) - 1
        if k >= 0 and occupied[k][1] > vs:
            continue
        s, e = span_map(vs, ve)
        out.append(
            Link(
                s,
                e,
                original[s:e],
                vs,
                ve,
                "partial",
                key=m.group(1),
                ref=ref,
                rule="coref.partial",
                confidence=0.8,
                etype="PER",
            )
        )
    return out


@lru_cache(maxsize=16384)
def _names_heads(name: str, aliases: tuple[str, ...]) -> frozenset[str]:
    """The heads of an actor's name and aliases (computed once per actor, not once per mention)."""
    return frozenset().union(*(_heads(n) for n in (name, *aliases)))


def _heads(text: str) -> set[str]:
    toks = key_of(text).split()
    if not toks:
        return set()
    h = toks[0]
    return {h[2:] if h.startswith("ال") else h}


def _fallback(lk: Link, lexicon: Lexicon, items: list[Link], published: dt.date | None) -> str | None:
    title = lexicon.titles.get(lk.key)
    if title is None or not title.fallback:
        return None
    prof = country_profile((x for x in items if x.vstart < lk.vstart or x.kind != "title"), lexicon)
    scored: dict[str, int] = {}
    for role in title.fallback:
        for actor, r in lexicon.holders_any(role, published):
            if lk.country and r.country != lk.country:
                continue
            scored[actor.id] = max(
                scored.get(actor.id, 0), prof.get(r.country or "", 0) + (5 if lk.country else 0)
            )
    ranked = sorted(scored.items(), key=lambda t: -t[1])
    if ranked and ranked[0][1] > 0 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return None


def corefer(
    links: list[Link],
    lexicon: Lexicon,
    view: str,
    original: str,
    span_map,
    published: dt.date | None,
    sent_of: Callable[[int], int],
    ner: list[Link] = (),  # type: ignore[assignment]
) -> list[Link]:
    """Bind titles, add partial-name mentions and resolve bare titles/org nouns; returns all links in order.

    ``ner`` are mentions of NER entities (kind ``ner``, ref ``E:<id>``) that no lexicon link overlaps.
    """
    items = sorted([*links, *ner], key=lambda x: (x.vstart, -x.vend))
    classes: dict[str, set[str]] = {}
    countries: dict[str, str] = {}
    _appositions(items, view, lexicon, classes, countries)
    items = sorted(
        [*items, *_partials(items, view, original, span_map, lexicon)], key=lambda x: (x.vstart, -x.vend)
    )
    last_seen: dict[str, int] = {}
    heads: dict[str, set[str]] = {}
    for lk in items:
        sent = sent_of(lk.start)
        if lk.ref and not lk.bound and lk.kind != "title":
            _register(lk, lexicon, published, classes, countries, heads, view)
            last_seen[lk.ref] = sent
            continue
        if lk.kind not in ("title", "role") or lk.bound or lk.ref:
            continue
        title = lexicon.titles.get(lk.key)
        recent = [r for r, s in last_seen.items() if s >= sent - WINDOW]
        if title is not None and title.kind == "org_noun":
            cands = [r for r in recent if set(lk.classes) & heads.get(r, set())]
        else:
            want = set(lk.classes)
            cands = [
                r
                for r in recent
                if want
                and want <= classes.get(r, set())
                and (lk.country is None or countries.get(r) in (None, lk.country))
            ]
        if len(cands) == 1:
            lk.ref, lk.rule, lk.confidence = (
                cands[0],
                "coref.org_noun" if title and title.kind == "org_noun" else "coref.title",
                0.75,
            )
        elif not cands and (aid := _fallback(lk, lexicon, items, published)):
            lk.ref, lk.rule, lk.confidence = "A:" + aid, "coref.title.date", 0.6
        else:
            if cands or lk.kind == "title":
                lk.rule = "coref.ambiguous" if cands else "coref.unresolved"
                lk.candidates = tuple(cands)
            continue
        actor = lexicon.get(lk.actor_id) if lk.actor_id else None
        lk.etype = actor.type if actor else ("ORG" if title and title.kind == "org_noun" else "PER")
        last_seen[lk.ref] = sent
    return items


def _register(lk, lexicon, published, classes, countries, heads, view) -> None:
    ref = lk.ref
    actor = lexicon.get(lk.actor_id) if lk.actor_id else None
    if actor is not None:
        classes.setdefault(ref, set()).update(lexicon.classes_at(actor, published))
        if actor.country:
            countries.setdefault(ref, actor.country)
    if lk.kind == "role":
        classes.setdefault(ref, set()).update(lk.classes)
        if lk.country:
            countries.setdefault(ref, lk.country)
    if lk.etype in ("ORG", None) or (actor and actor.type == "ORG"):
        h = heads.setdefault(ref, set())
        h.update(_heads(view[lk.vstart : lk.vend]))
        if actor is not None:
            h.update(_names_heads(actor.name, actor.aliases))
