"""Resolve place names in context: which «الرقة» is meant, and how precisely the text locates it.

`resolve_text(view_text, gazetteer)` finds the names (`filters.find_places`), scores each candidate place in
the article's context (`scoring`: prior, country focus, the admin unit named next to it, list neighbours,
co-mentioned places) and takes the best; `overrules` may then prefer a namesake capital or leave the name
unresolved. A quarter («حي X») goes to its town when the place found lies elsewhere; a name repeated bare
means one place (`_one_sense`); cued names the gazetteer lacks are located by their anchor (`anchors`).

Two rounds: the second sees the first round's choices for the other names. Precision follows ACLED's
geo_precision: 1 the place itself, 2 near or part of it («شمال حلب», a district), 3 only a region
(«ريف دير الزور», a governorate, a country).
"""

from __future__ import annotations

import math
from collections import Counter
from typing import NamedTuple

from marsad.places.anchors import anchor_unknown
from marsad.places.filters import find_places
from marsad.places.gazetteer import REGION_FEATURES, SEATS, Gazetteer, Place, big_place
from marsad.places.geometry import haversine_km
from marsad.places.matching import NameMatch, Word, words
from marsad.places.overrules import foreign, lonely, state_or_capital, state_we_lack
from marsad.places.scoring import Context, candidates_for, country_focus, score
from marsad.text.normalize import NormalizedText, fold

__all__ = ["Resolution", "resolve_text", "find_places", "big_place"]


class Resolution(NamedTuple):
    match: NameMatch
    place: Place | None
    precision: int
    feature: str
    confidence: float
    rule: str
    n_candidates: int


_QUARTER_CUES = frozenset({fold("حي"), fold("أحياء")})

_TOWNS = frozenset({"city", "admin2", "admin3"})  # what a quarter belongs to («حي الدمينة بمنطقة دار سعد»)


def _quarter(k: int, p: Place, matches: list[NameMatch], chosen: list[Place | None]) -> Resolution | None:
    """«حي X»: a quarter of a town. ``p`` stands when it is a listed neighbourhood or lies within 15 km of a town
    the article names («حي القابون في دمشق»); otherwise the quarter goes to the town named around it (precision 2;
    the governorate, precision 3, when only that is named: «حي الرياض من ولاية سوسة»), or stays unresolved
    rather than land on a village of that name elsewhere. None: keep the normal resolution."""
    if p.feature == "facility" and p.kind == "neighbourhood":
        return None
    if any(
        q is not None and q.feature in _TOWNS and haversine_km(p.lat, p.lon, q.lat, q.lon) <= 15
        for j, q in enumerate(chosen)
        if j != k
    ):
        return None
    m = matches[k]
    town = _city_around(k, matches, chosen)
    if town is None:
        if p.feature == "village":
            return Resolution(m, None, 0, "", 0.0, "unresolved", 0)
        return None
    prec, feat = (3, "admin1") if town.feature == "admin1" else (2, "city")
    return Resolution(m._replace(modifier="quarter"), town, prec, feat, 0.5, "gazetteer:quarter-of-town", 0)


def _city_around(k: int, matches: list[NameMatch], chosen: list[Place | None]) -> Place | None:
    """The town a quarter («حي X») belongs to: a town named just after or before it («حي الرياض بسوسة»,
    «مدينة حلب … حي الخالدية»), else the town the article names most."""
    m = matches[k]
    around = []
    for j in (k + 1, k - 1, k + 2, k - 2):
        q = chosen[j] if 0 <= j < len(matches) and matches[j].cue not in _QUARTER_CUES else None
        if q is not None:
            o = matches[j]
            if (o.first_word - m.last_word if j > k else m.first_word - o.last_word) <= 6:
                around.append(q)
    # A town first («القريبة من حي التأميم» after «الرمادي مركز محافظة الأنبار» is Ramadi's), then a governorate.
    for q in around:
        if q.feature in _TOWNS or q.kind in SEATS:
            return q
    for q in around:
        if q.feature == "admin1":
            return q
    towns: Counter[str] = Counter()
    by_id: dict[str, Place] = {}
    for j, q in enumerate(chosen):
        if j != k and q is not None and matches[j].cue not in _QUARTER_CUES and q.feature == "city":
            towns[q.id] += 1
            by_id[q.id] = q
    return by_id[towns.most_common(1)[0][0]] if towns else None


def _precision(m: NameMatch, p: Place, gaz: Gazetteer) -> tuple[Place, int, str]:
    if m.modifier == "rural":
        if p.feature == "admin1" or p.kind == "capital1":
            region = next(
                (
                    gaz.places[j]
                    for j in gaz.candidates(m.key)
                    if gaz.places[j].feature == "admin1" and gaz.places[j].admin1_code == p.admin1_code
                ),
                p,
            )
            return region, 3, "region"
        return p, 2, "region"
    if m.modifier in ("direction", "near"):
        if p.feature in REGION_FEATURES:
            return p, 3, "region"
        return p, 2, p.feature
    if p.feature in REGION_FEATURES:
        return p, 3, p.feature
    if p.feature in ("admin2", "admin3"):
        return p, 2, p.feature
    return p, 1, p.feature


def resolve_text(
    text: str,
    gaz: Gazetteer,
    title: str = "",
    view: NormalizedText | None = None,
    seen: list[tuple[int, int]] | None = None,
) -> list[Resolution]:
    """Places named in the folded ``text`` (``title`` only informs the country focus; ``view``, the
    `NormalizedText` that ``text`` comes from, lets the matcher see diacritics of the original; ``seen``
    receives the view spans of all known names, also those the filters set aside)."""
    ws = words(text)
    if view is not None:
        matches = find_places(text, gaz, ws, view.original, view.span_to_original, seen)
    else:
        matches = find_places(text, gaz, ws, seen=seen)
    if not matches:
        return []
    cands = [candidates_for(m, gaz, ws) for m in matches]
    title_countries: Counter[str] = Counter()
    for w in ws:  # «القوات العراقية», «العاهل الأردني»: adjectives count half a title mention
        code = gaz.gentilics.get(w.text)
        if code:
            title_countries[code] += 0.25  # type: ignore[assignment]
    if title:
        for tm in find_places(title, gaz):
            tc = gaz.candidates(tm.key)
            if tc:
                title_countries[gaz.places[tc[0]].country] += 1
    chosen: list[Place | None] = [c[0] if c else None for c in cands]
    scores: list[list[tuple[float, str]]] = []
    for _round in range(2):
        tops = []
        for c in cands:
            if c:
                margin = c[0].prior - c[1].prior if len(c) > 1 and c[1].country != c[0].country else 9.0
                tops.append((c[0], margin))
        focus = country_focus(
            tops if _round == 0 else [(p, 1.0) for p in chosen if p is not None], title_countries
        )
        ctx = Context(matches, chosen, gaz)
        scores = [[score(p, k, ctx, focus) for p in c] for k, c in enumerate(cands)]
        chosen = [
            c[max(range(len(c)), key=lambda i: sc[i][0])] if c else None
            for c, sc in zip(cands, scores, strict=True)
        ]
    namesake: dict[int, str] = {}
    for k, c in enumerate(cands):
        pick = state_or_capital(k, c, matches, chosen, ws, text)
        if pick is not None:
            chosen[k], namesake[k] = pick
    out = []
    ctx = Context(matches, chosen, gaz)
    for k, (m, c, sc, p) in enumerate(zip(matches, cands, scores, chosen, strict=True)):
        if p is not None and m.cue in _QUARTER_CUES:
            q = _quarter(k, p, matches, chosen)
            if q is not None:
                out.append(q._replace(n_candidates=len(c)))
                continue
        if p is None or foreign(p, m, ctx) or state_we_lack(m, c, p) or lonely(p, m, k, ctx, sc, c):
            out.append(Resolution(m, None, 0, "", 0.0, "unresolved", len(c)))
            continue
        vals = [v for v, _ in sc]
        top = max(vals)
        z = sum(math.exp(v - top) for v in vals)
        conf = 1.0 / z
        rule = namesake.get(k) or (sc[c.index(p)][1] if len(c) > 1 else "unique")
        place, precision, feature = _precision(m, p, gaz)
        if m.modifier:
            rule += f"+{m.modifier}"
        out.append(Resolution(m, place, precision, feature, round(conf, 3), f"gazetteer:{rule}", len(c)))
    return _with_anchors(text, ws, _one_sense(out), gaz)


_WEAK_RULES = ("gazetteer:prior", "gazetteer:country-focus")


def _one_sense(out: list[Resolution]) -> list[Resolution]:
    """A name repeated bare means one place in an article: the mention the text located («قرية دوما بالضفة الغربية …
    رئيس مجلس محلي دوما» is the West Bank's Duma both times), else the place most of its mentions got («عمان» twice
    Amman by the article's focus, then «السفارة السعودية بعمان» is Amman too)."""
    located: dict[str, Resolution] = {}
    votes: dict[str, Counter[str]] = {}
    by_id: dict[str, Resolution] = {}
    for r in out:
        if r.place is None:
            continue
        if r.rule.startswith("gazetteer:admin-context") and r.match.key not in located:
            located[r.match.key] = r
        votes.setdefault(r.match.key, Counter())[r.place.id] += 1
        by_id.setdefault(r.place.id, r)
    for key, v in votes.items():
        (top, n), total = v.most_common(1)[0], sum(v.values())
        if key not in located and len(v) > 1 and n > total / 2:
            located[key] = by_id[top]
    if not located:
        return out
    res = []
    for r in out:
        a = located.get(r.match.key)
        bare = r.place is not None and not (r.match.cue or r.match.modifier)
        if a is not None and bare and r.place is not a.place and r.rule.startswith(_WEAK_RULES):
            r = r._replace(
                place=a.place, precision=a.precision, feature=a.feature, rule="gazetteer:same-name"
            )
        res.append(r)
    return res


def _with_anchors(text: str, ws: list[Word], out: list[Resolution], gaz: Gazetteer) -> list[Resolution]:
    """Add the cued names the gazetteer lacks, located by their anchor (`anchors.anchor_unknown`)."""

    def make(m: NameMatch, p: Place, precision: int, feature: str, conf: float, rule: str) -> Resolution:
        return Resolution(m, p, precision, feature, conf, rule, 0)

    countries = Counter(r.place.country for r in out if r.place is not None and r.place.feature != "country")
    top = countries.most_common(1)
    total = sum(countries.values())
    focus = top[0][0] if top and top[0][1] >= 2 and top[0][1] >= 0.7 * total else None
    extra = anchor_unknown(text, ws, out, gaz, make, focus)
    return sorted(out + extra, key=lambda r: r.match.start) if extra else out
