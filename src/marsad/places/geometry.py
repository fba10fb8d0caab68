"""Distances and country polygons (Natural Earth) for checks: which country a point lies in, a country's centroid."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np

__all__ = ["haversine_km", "haversine_many", "CountryShapes"]

_R = 6371.0088


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * _R * math.asin(min(1.0, math.sqrt(a)))


def haversine_many(lat: float, lon: float, lats_rad: np.ndarray, lons_rad: np.ndarray) -> np.ndarray:
    """`haversine_km` from one point to many (their coordinates in radians)."""
    p1 = math.radians(lat)
    dp, dl = lats_rad - p1, lons_rad - math.radians(lon)
    a = np.sin(dp / 2) ** 2 + math.cos(p1) * np.cos(lats_rad) * np.sin(dl / 2) ** 2
    return 2 * _R * np.arcsin(np.minimum(1.0, np.sqrt(a)))


Ring = list[tuple[float, float]]  # (lon, lat)


def _ring_area_centroid(ring: Ring) -> tuple[float, float, float]:
    a = cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:], strict=False):
        cross = x0 * y1 - x1 * y0
        a += cross
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    if a == 0:
        return 0.0, ring[0][0], ring[0][1]
    return a / 2, cx / (3 * a), cy / (3 * a)


def _inside(ring: Ring, x: float, y: float) -> bool:
    inside = False
    for (x0, y0), (x1, y1) in zip(ring, ring[1:], strict=False):
        if (y0 > y) != (y1 > y) and x < x0 + (y - y0) * (x1 - x0) / (y1 - y0):
            inside = not inside
    return inside


# Natural Earth units without an ISO numeric code: Kosovo under its user-assigned code, the de-facto units
# under the state the news and ACLED code them in (Somaliland in Somalia, Northern Cyprus in Cyprus).
_UNNUMBERED = {"Kosovo": "XK", "Somaliland": "SO", "N. Cyprus": "CY"}


def _widest_stretch(poly: list[Ring], y: float) -> float:
    """The longitude in the middle of the widest stretch of the polygon (holes cut out) along parallel y."""
    xs: list[float] = []
    for ring in poly:
        for (x0, y0), (x1, y1) in zip(ring, ring[1:], strict=False):
            if (y0 > y) != (y1 > y):
                xs.append(x0 + (y - y0) * (x1 - x0) / (y1 - y0))
    xs.sort()
    spans = list(zip(xs[::2], xs[1::2], strict=False))  # even-odd: every other stretch lies inside
    if not spans:
        return poly[0][0][0]
    a, b = max(spans, key=lambda t: t[1] - t[0])
    return (a + b) / 2


class CountryShapes:
    """Country polygons keyed by ISO alpha-2 (outer rings and holes, as in GeoJSON)."""

    def __init__(self, polygons: dict[str, list[list[Ring]]]):
        self.polygons = polygons

    @classmethod
    def from_geojson(cls, path: Path, iso_n3_to_a2: dict[str, str]) -> CountryShapes:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        polys: dict[str, list[list[Ring]]] = {}
        for f in data["features"]:
            props = f["properties"]
            code = iso_n3_to_a2.get(str(props.get("iso_n3"))) or _UNNUMBERED.get(props.get("name", ""))
            if not code:
                continue
            g = f["geometry"]
            parts = [g["coordinates"]] if g["type"] == "Polygon" else g["coordinates"]
            polys.setdefault(code, []).extend([[tuple(p) for p in ring] for ring in poly] for poly in parts)
        return cls(polys)

    def country_at(self, lat: float, lon: float) -> str | None:
        for code, polys in self.polygons.items():
            for poly in polys:
                if _inside(poly[0], lon, lat) and not any(_inside(h, lon, lat) for h in poly[1:]):
                    return code
        return None

    def centroid(self, code: str) -> tuple[float, float]:
        """(lat, lon) area centroid of the country's largest polygon, or, when that centroid falls outside it (a
        crescent such as Vietnam, Israel without the West Bank), the middle of the polygon's widest stretch
        along the centroid's parallel; (0, 0) if the country is unknown. Longitudes are brought into
        [-180, 180] (Natural Earth draws Chukotka past the antimeridian, so Russia's polygon runs to 190°)."""
        best: tuple[float, float, float, list[Ring]] = (0.0, 0.0, 0.0, [])
        for poly in self.polygons.get(code, []):
            a, x, y = _ring_area_centroid(poly[0])
            if abs(a) > abs(best[0]):
                best = (a, x, y, poly)
        _, x, y, poly = best
        if poly and not (_inside(poly[0], x, y) and not any(_inside(h, x, y) for h in poly[1:])):
            x = _widest_stretch(poly, y)
        if x > 180:
            x -= 360
        return round(y, 5), round(x, 5)
