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


class CountryShapes:
    """Country polygons keyed by ISO alpha-2 (outer rings and holes, as in GeoJSON)."""

    def __init__(self, polygons: dict[str, list[list[Ring]]]):
        self.polygons = polygons

    @classmethod
    def from_geojson(cls, path: Path, iso_n3_to_a2: dict[str, str]) -> CountryShapes:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
        polys: dict[str, list[list[Ring]]] = {}
        for f in data["features"]:
            code = iso_n3_to_a2.get(str(f["properties"].get("iso_n3")))
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
        """(lat, lon) area centroid of the country's largest polygon; (0, 0) if the country is unknown."""
        best = (0.0, 0.0, 0.0)
        for poly in self.polygons.get(code, []):
            a, x, y = _ring_area_centroid(poly[0])
            if abs(a) > abs(best[0]):
                best = (a, x, y)
        return round(best[2], 5), round(best[1], 5)
