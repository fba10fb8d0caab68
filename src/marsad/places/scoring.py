"""Scores of the candidate places of a name, in the article's context (`score`).

* prior — kind of place and population (`Place.prior`), raised for a place's primary name, lowered for an
  alternate one;
* the article's country focus — the countries of the names that are unambiguous, title first
  (`country_focus`);
* the admin unit named next to it — «خشام بريف دير الزور», «ذيبان … شرق دير الزور» (same governorate or
  within 60 km of the neighbouring name);
* list neighbours — a coordinated list names places of one kind («الرياض وأنقرة وعمان ودمشق» → Amman);
* co-mentioned places — closeness to the other places of the article (`Context`).
"""

from __future__ import annotations

import math
from collections import Counter

import numpy as np

from marsad.places.gazetteer import REGION, Gazetteer, Place
from marsad.places.geometry import haversine_km, haversine_many
from marsad.places.matching import CUES, NameMatch, Word

__all__ = ["Context", "candidates_for", "country_focus", "score"]


def candidates_for(m: NameMatch, gaz: Gazetteer, ws: list[Word] | None = None) -> list[Place]:
    cands = [gaz.places[j] for j in gaz.candidates(m.key)]
    if ws is not None and m.last_word + 1 < len(ws) and ws[m.last_word + 1].start - m.end <= 2:
        # «مدينة سروج التركية», «الرقة السورية»: a country adjective right after the name says its country.
        code = gaz.gentilics.get(ws[m.last_word + 1].text)
        named = [p for p in cands if p.country == code]
        if code and named:
            cands = named
    if m.cue:
        wanted = CUES[m.cue]
        preferred = [p for p in cands if p.feature in wanted]
        if preferred:
            return preferred
    if m.modifier == "rural":
        # «ريف حلب»: the governorate (or the town's surroundings), not a village that happens to share the name.
        cands = sorted(cands, key=lambda p: p.feature not in ("admin1", "city", "admin2"))
    return cands


def country_focus(tops: list[tuple[Place, float]], title_countries: Counter[str]) -> dict[str, float]:
    weights: Counter[str] = Counter()
    for p, margin in tops:
        weights[p.country] += 1.0 if margin >= 1.0 else 0.4
    for c, n in title_countries.items():
        weights[c] += 2.0 * n
    total = sum(weights.values()) or 1.0
    return {c: w / total for c, w in weights.items()}


def _vouches(q: Place) -> bool:
    """Whether a chosen place is evidence that the article is about its country."""
    return q.prior >= 3.0 or q.feature in ("country", "admin1", "admin2", "region", "facility")


class Context:
    """The article's current choices, deduplicated by name (a name repeated 1,000 times counts once)."""

    def __init__(self, matches: list[NameMatch], chosen: list[Place | None], gaz: Gazetteer):
        self.gaz = gaz
        self.matches = matches
        self.chosen = chosen
        by_key: dict[str, dict[str, Place]] = {}
        for m, q in zip(matches, chosen, strict=True):
            if q is not None:
                by_key.setdefault(m.key, {})[q.id] = q
        self.by_key = by_key
        # Country support for the foreign-place rule: only names that are not minor places themselves
        # (two Syrian village namesakes in an article about Iraq do not vouch for each other).
        self.pairs = Counter(q.country for places in by_key.values() for q in places.values() if _vouches(q))
        self._near: dict[tuple[str, str], float] = {}
        # the chosen places other than countries, as arrays: one vectorized distance per question
        points = [(k, q) for k, places in by_key.items() for q in places.values() if q.feature != "country"]
        self._key_no = {k: i for i, k in enumerate(by_key)}
        self._point_key = np.array([self._key_no[k] for k, _ in points], dtype=np.intp)
        self._lat = np.radians([q.lat for _, q in points])
        self._lon = np.radians([q.lon for _, q in points])

    def nearest_other(self, key: str, p: Place) -> float:
        """Distance from ``p`` to the closest place chosen for another name (countries left out)."""
        hit = self._near.get((key, p.id))
        if hit is None:
            other = self._point_key != self._key_no.get(key, -1)
            hit = (
                float(haversine_many(p.lat, p.lon, self._lat[other], self._lon[other]).min())
                if other.any()
                else math.inf
            )
            self._near[(key, p.id)] = hit
        return hit

    def prior(self, key: str, p: Place) -> float:
        """`Place.prior`, raised when the name is the place's primary name and lowered for an alternate one
        («صلاح الدين» is the Iraqi governorate, not a town that lists it among its alternate names)."""
        if p.country not in REGION:  # GeoNames' first Arabic name abroad is arbitrary (برشلونة: ES or VE)
            return p.prior
        return p.prior + (0.7 if self.gaz.is_primary(key, p) else -0.8)

    def countries_without(self, key: str) -> Counter[str]:
        own = Counter(q.country for q in self.by_key.get(key, {}).values() if _vouches(q))
        return self.pairs - own


def score(p: Place, k: int, ctx: Context, focus: dict[str, float]) -> tuple[float, str]:
    # Country focus separates namesakes inside the region («الرقة» SY/KW); abroad the big city wins
    # («موسكو» is Moscow even in an article about the United States).
    boost = focus.get(p.country, 0.0) if p.country in REGION else 0.0
    s = ctx.prior(ctx.matches[k].key, p) + 3.0 * boost
    why = "prior"
    if boost >= 0.3:
        why = "country-focus"
    matches, chosen = ctx.matches, ctx.chosen
    m = matches[k]
    # The names just around this one: «خشام بريف دير الزور», «دير الزور، خشام».
    for j in (k + 1, k + 2, k - 1):
        if not 0 <= j < len(matches) or chosen[j] is None:
            continue
        o, q = matches[j], chosen[j]
        gap = o.first_word - m.last_word if j > k else m.first_word - o.last_word
        if gap > 8 or q is p or q is None or q.country != p.country:
            continue
        if q.admin1_code and q.admin1_code == p.admin1_code and q.feature in ("admin1", "city", "admin2"):
            s += 2.5 if o.modifier or q.feature == "admin1" else 1.5
            why = "admin-context"
        elif haversine_km(p.lat, p.lon, q.lat, q.lon) < 60:
            s += 1.5
            why = "admin-context"
    # A coordinated list names places of one kind: «الرياض وأنقرة وعمان ودمشق» are capitals (Amman), «إثيوبيا
    # وعمان وتركيا» countries (Oman).
    for j in (k - 1, k + 1):
        q = chosen[j] if 0 <= j < len(matches) else None
        if q is not None and q is not p and q.feature in ("country", "city"):
            o = matches[j]
            gap = o.first_word - m.last_word if j > k else m.first_word - o.last_word
            if gap <= 2 and (q.feature == "country") == (p.feature == "country"):
                s += 1.0
    # Co-mentioned places anywhere in the article.
    best = ctx.nearest_other(m.key, p)
    if best < 30:
        s += 1.0
    elif best < 100:
        s += 0.6
    elif best < 300:
        s += 0.3
    return s, why
