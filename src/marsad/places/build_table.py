"""The gazetteer under construction (`Builder`): its columns, the rows the sources add, the file it writes.

Also the helpers the source readers share: reading a TSV extract (`read_rows`) and keeping the Arabic names
a source gives that are names (`clean_names`).
"""

from __future__ import annotations

import csv
import gzip
import io
import re
from collections.abc import Iterator
from pathlib import Path

from marsad.places.geometry import CountryShapes
from marsad.text.normalize import fold

__all__ = ["ADMIN_PREFIX", "COLUMNS", "Builder", "clean_names", "read_rows"]

COLUMNS = [
    "id",
    "name_ar",
    "name_en",
    "alt_ar",
    "lat",
    "lon",
    "country",
    "admin1_code",
    "admin1_ar",
    "admin1_en",
    "admin2_ar",
    "admin2_en",
    "feature",
    "kind",
    "population",
    "source",
]


# Arabic letters only once folded (ی → ي, ک → ك): names with گ پ چ ژ ڤ … are other languages' spellings.
_ARABIC_NAME = re.compile(r"^[\u0621-\u064a ]+$")
ADMIN_PREFIX = re.compile(r"^(مركز|محافظة|منطقة|ناحية|مدينة)\s+")


def read_rows(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        lines = (line for line in f if not line.startswith("#"))
        yield from csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)


def clean_names(names: list[str], limit_tokens: int = 5) -> list[str]:
    out: list[str] = []
    for n in names:
        n = ADMIN_PREFIX.sub("", n.replace("\u200f", "").replace("\u200e", "").strip())
        if n and _ARABIC_NAME.match(fold(n)) and len(n.split()) <= limit_tokens and n not in out:
            out.append(n)
    return out


class Builder:
    """The gazetteer's rows, as the source readers (`build`, `build_syria`, `build_curated`) add them."""

    def __init__(self, src: Path, data: Path):
        self.src = src
        self.data = data
        self.rows: list[dict[str, object]] = []
        iso = {r["iso_n3"]: r["iso2"] for r in read_rows(data / "countries.tsv")}
        self.shapes = CountryShapes.from_geojson(
            src / "geo/natural_earth_world_atlas/world_countries_50m.geojson", iso
        )

    def add(self, **row: object) -> dict[str, object]:
        row.setdefault("alt_ar", [])
        for c in COLUMNS:
            row.setdefault(c, "")
        self.rows.append(row)
        return row

    def write(self, out: Path) -> None:
        # mtime=0: the same sources give byte-identical output.
        raw = gzip.GzipFile(out / "gazetteer.tsv.gz", "wb", compresslevel=9, mtime=0)
        with raw, io.TextIOWrapper(raw, encoding="utf-8", newline="") as f:
            f.write(
                "# marsad gazetteer, built by `python -m marsad.places.build`. Sources and licences: SOURCES.md.\n"
            )
            f.write(
                "# Contains GeoNames data (geonames.org, CC BY 4.0), OCHA Syria COD (CC BY 3.0 IGO), OpenSyria (CC BY 4.0).\n"
            )
            f.write("\t".join(COLUMNS) + "\n")
            for row in self.rows:
                vals = []
                for c in COLUMNS:
                    v = row[c]
                    if c == "alt_ar":
                        v = "|".join(dict.fromkeys(str(n) for n in v if n and n != row["name_ar"]))  # type: ignore[attr-defined]
                    elif c in ("lat", "lon"):
                        v = f"{float(v):.5f}"  # type: ignore[arg-type]
                    vals.append(str(v).replace("\t", " "))
                f.write("\t".join(vals) + "\n")
