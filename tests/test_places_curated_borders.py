"""Curated place files (``data/places/curated_*.tsv``): every point lies in its country, rows are well formed,
and their names reach the built gazetteer."""

from __future__ import annotations

import csv
import math
from importlib import resources
from pathlib import Path

import pytest

from marsad.places.gazetteer import default_gazetteer
from marsad.places.geometry import CountryShapes, haversine_km

DATA = Path(str(resources.files("marsad").joinpath("data/places")))
FILES = sorted(DATA.glob("curated_*.tsv"))
FEATURES = {"city", "village", "admin1", "admin2", "admin3", "region", "facility"}
# Natural Earth 1:50m draws coasts and borders with errors of a few km (Gaza's eastern edge, islands).
BUFFER_KM = 8.0
# Known disagreements with Natural Earth's de-facto borders (not errors of ours).
DISPUTED = {
    "lb-shebaa-farms",  # occupied since 1967, drawn inside the Golan
    # Crimea: Ukraine's in GeoNames and for ACLED, Russia's in Natural Earth's de-facto borders
    "gn:693805",  # Simferopol
    "gn:694423",  # Sevastopol
    "gn:706524",  # Kerch
    "gn:688533",  # Yalta
    "gn:709161",  # Feodosiya
    "gn:688105",  # Yevpatoriya
    "gn:709334",  # Dzhankoy
    "gn:126914",  # Kish, an island the 1:50m map does not draw
}


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        lines = [ln for ln in f if not ln.startswith("#")]
    return list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))


ROWS = [(p.name, r) for p in FILES for r in _rows(p)]


@pytest.fixture(scope="module")
def shapes(shared_data: Path) -> CountryShapes:
    iso = {r["iso_n3"]: r["iso2"] for r in _rows(DATA / "countries.tsv")}
    return CountryShapes.from_geojson(
        shared_data / "geo/natural_earth_world_atlas/world_countries_50m.geojson", iso
    )


def _distance_to_country(shapes: CountryShapes, code: str, lat: float, lon: float) -> float:
    """Km from a point to the nearest vertex or edge point of the country's outline (0 inside)."""
    if shapes.country_at(lat, lon) == code:
        return 0.0
    best = math.inf
    for poly in shapes.polygons.get(code, []):
        ring = poly[0]
        for (x0, y0), (x1, y1) in zip(ring, ring[1:], strict=False):
            if abs(y0 - lat) > 1 or abs(x0 - lon) > 1:
                continue
            for t in (0.0, 0.25, 0.5, 0.75):
                best = min(best, haversine_km(lat, lon, y0 + t * (y1 - y0), x0 + t * (x1 - x0)))
    return best


def test_files_exist_for_the_covered_countries() -> None:
    names = {p.name for p in FILES}
    assert {f"curated_{c}.tsv" for c in ("tn", "ye", "iq", "ly", "lb", "jo", "ps")} <= names
    assert sum(1 for f, _ in ROWS if f == "curated_tn.tsv") >= 240


@pytest.mark.parametrize(("fname", "row"), ROWS, ids=[f"{f}:{r['id']}" for f, r in ROWS])
def test_row_is_well_formed(fname: str, row: dict[str, str]) -> None:
    assert row["feature"] in FEATURES
    assert row["names_ar"] and all(n.strip() == n and n for n in row["names_ar"].split("|"))
    assert -90 <= float(row["lat"]) <= 90 and -180 <= float(row["lon"]) <= 180
    assert row["note"], "every row says where its point comes from"
    assert len(row["country"]) == 2 and row["country"].isupper()


def test_every_point_lies_in_its_country(shapes: CountryShapes) -> None:
    outside = []
    for fname, r in ROWS:
        if r["id"] in DISPUTED:
            continue
        d = _distance_to_country(shapes, r["country"], float(r["lat"]), float(r["lon"]))
        if d > BUFFER_KM:
            outside.append(
                (fname, r["id"], r["country"], shapes.country_at(float(r["lat"]), float(r["lon"])), d)
            )
    assert not outside, outside


def test_the_check_catches_a_misplaced_point(shapes: CountryShapes) -> None:
    # Kairouan's coordinates with the sign of the longitude flipped lie in the Atlantic, far from Tunisia.
    assert _distance_to_country(shapes, "TN", 35.678, -10.096) > BUFFER_KM
    assert _distance_to_country(shapes, "TN", 35.678, 10.096) == 0.0
    assert _distance_to_country(shapes, "TN", 33.35, 10.49) == 0.0  # Medenine, not Tripoli's 32.89, 13.19
    assert _distance_to_country(shapes, "TN", 32.89, 13.19) > BUFFER_KM


@pytest.mark.parametrize(
    ("name", "country", "gid"),
    [
        ("بوفيشة", "TN", "gn:2472213"),
        ("المكنين", "TN", "gn:2473496"),
        ("ساقية سيدي يوسف", "TN", "gn:2467239"),
        ("دار سعد", "YE", "cur:ye-dar-saad"),
        ("جلولاء", "IQ", "cur:iq-jalawla"),
        ("ترهونة", "LY", "cur:ly-tarhuna"),
        ("النبطية", "LB", "cur:lb-nabatieh"),
        ("مخيم عسكر", "PS", "cur:ps-askar-camp"),
        ("العاصمة الأردنية", "JO", "gn:250441"),
    ],
)
def test_curated_names_reach_the_gazetteer(name: str, country: str, gid: str) -> None:
    hits = default_gazetteer().lookup(name, country=country)
    assert hits and hits[0].id == gid
