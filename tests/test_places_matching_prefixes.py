"""Name matching stops extending a phrase once it begins no known name; vectorized distances."""

from __future__ import annotations

import math

import numpy as np

from marsad.places.geometry import haversine_km, haversine_many
from marsad.places.matching import find_names, name_prefixes
from marsad.text.normalize import fold

KEYS = {fold(k): () for k in ["دير الزور", "جسر الشغور", "جسر الشغور الجديد", "حلب", "ريف حلب الشمالي"]}


def _found(text: str) -> list[str]:
    firsts = frozenset(k.split(" ")[0] for k in KEYS)
    return [m.key for m in find_names(fold(text), KEYS, firsts, 3, prefixes=name_prefixes(KEYS))]


def test_prefixes_are_proper_multiword_beginnings() -> None:
    assert name_prefixes(KEYS) == frozenset({fold("جسر الشغور"), fold("ريف حلب")})


def test_longest_name_wins_and_partial_phrases_fall_back() -> None:
    assert _found("وصلت التعزيزات إلى جسر الشغور الجديد صباحا") == [fold("جسر الشغور الجديد")]
    assert _found("في جسر الشغور وفي دير الزور") == [fold("جسر الشغور"), fold("دير الزور")]
    # «ريف حلب» is only a beginning: the match falls back to «حلب»
    assert _found("في ريف حلب الغربي") == [fold("حلب")]


def test_haversine_many_equals_the_scalar_formula() -> None:
    pts = [(35.33, 40.14), (36.2, 37.16), (33.51, 36.29), (-33.9, 151.2)]
    lats = np.radians([p[0] for p in pts])
    lons = np.radians([p[1] for p in pts])
    got = haversine_many(35.95, 39.01, lats, lons)
    want = [haversine_km(35.95, 39.01, a, b) for a, b in pts]
    assert all(math.isclose(g, w, rel_tol=1e-12) for g, w in zip(got, want, strict=True))
