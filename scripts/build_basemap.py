"""Rebuild the observatory's offline basemap (src/marsad/web/static/geo) from the shared country borders.

    python scripts/build_basemap.py [--shared ../shared/data]

Source: Natural Earth admin-0 (public domain) via npm world-atlas 2.0.2 (ISC), as GeoJSON in
shared/data/geo. Rings that cross the antimeridian (Russia's Chukotka, Fiji, Antarctica) are
unwrapped (longitudes shifted by 360°) so Leaflet does not draw them as bands across the world.
"""

from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FILES = ("world_countries_110m.geojson", "middle_east_countries_50m.geojson")


def unwrap(ring: list[list[float]]) -> list[list[float]]:
    if any(abs(b[0] - a[0]) > 180 for a, b in zip(ring, ring[1:], strict=False)):
        return [[x + 360 if x < 0 else x, y] for x, y in ring]
    return ring


def fix(geom: dict) -> dict:
    if geom["type"] == "Polygon":
        geom["coordinates"] = [unwrap(r) for r in geom["coordinates"]]
    elif geom["type"] == "MultiPolygon":
        geom["coordinates"] = [[unwrap(r) for r in poly] for poly in geom["coordinates"]]
    return geom


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--shared", default=str(ROOT.parent / "shared" / "data"))
    args = ap.parse_args()
    src = Path(args.shared) / "geo" / "natural_earth_world_atlas"
    out = ROOT / "src" / "marsad" / "web" / "static" / "geo"
    out.mkdir(parents=True, exist_ok=True)
    for name in FILES:
        data = json.loads((src / name).read_text())
        for feat in data["features"]:
            fix(feat["geometry"])
        (out / name).write_text(json.dumps(data, separators=(",", ":")))
    shutil.copy(src / "LICENSE-world-atlas-ISC.txt", out / "LICENSE-world-atlas-ISC.txt")
    print(f"basemap written to {out}")


if __name__ == "__main__":
    main()
