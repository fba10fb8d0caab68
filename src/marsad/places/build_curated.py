"""The gazetteer rows from marsad's own curated files: ``countries.tsv`` (at their Natural Earth centroid),
``admin1.tsv`` (units outside Syria, at their GeoNames seat), ``facilities.tsv`` and ``curated_*.tsv``
(places per country that no source has; a row with a known id only adds names). Facility and curated points
are checked against the Natural Earth borders: a disagreement is a warning.
"""

from __future__ import annotations

import sys
from collections import defaultdict

from marsad.places.build_table import ADMIN_PREFIX, Builder, read_rows
from marsad.places.geometry import haversine_km

__all__ = ["admin1", "countries", "curated", "facilities"]


def countries(b: Builder) -> None:
    for r in read_rows(b.data / "countries.tsv"):
        names = r["names_ar"].split("|")
        lat, lon = b.shapes.centroid(r["iso2"])
        b.add(
            id=f"cc:{r['iso2']}",
            name_ar=names[0],
            name_en=r["name_en"],
            alt_ar=names[1:],
            lat=lat,
            lon=lon,
            country=r["iso2"],
            feature="country",
            kind="country",
            population=0,
            source="Natural Earth centroid; marsad countries.tsv",
        )


def admin1(b: Builder, gn_by_name: dict[tuple[str, str], dict[str, object]]) -> None:
    a1_names: dict[str, tuple[str, str]] = {}
    for r in read_rows(b.data / "admin1.tsv"):
        seat = gn_by_name.get((r["country"], r["seat_en"]))
        if seat is None and r.get("seat_lat"):  # a seat the extract lacks: its cities500 point, given
            seat = {
                "id": f"gn:{r['seat_geonameid']}",
                "lat": float(r["seat_lat"]),
                "lon": float(r["seat_lon"]),
                "admin1_code": r["seat_admin1"],
            }
        if seat is None:
            print(
                f"warning: admin1 {r['name_en']}: seat {r['seat_en']!r} not in GeoNames, skipped",
                file=sys.stderr,
            )
            continue
        names = r["names_ar"].split("|")
        code = str(seat["admin1_code"])
        a1_names.setdefault(code, (names[0].removeprefix("محافظة ").removeprefix("ولاية "), r["name_en"]))
        b.add(
            id=f"adm1:{r['country']}:{r['name_en'].replace(' ', '_')}",
            name_ar=names[0],
            name_en=r["name_en"],
            alt_ar=names[1:],
            lat=seat["lat"],
            lon=seat["lon"],
            country=r["country"],
            admin1_code=code,
            admin1_ar=a1_names[code][0],
            admin1_en=r["name_en"],
            feature="admin1",
            kind="admin1",
            population=0,
            source=f"marsad admin1.tsv; seat {seat['id']} GeoNames (CC BY 4.0)",
        )
    for row in b.rows:
        if str(row["id"]).startswith("gn:") and not row["admin1_ar"] and row["admin1_code"] in a1_names:
            row["admin1_ar"], row["admin1_en"] = a1_names[str(row["admin1_code"])]


def facilities(b: Builder) -> None:
    for r in read_rows(b.data / "facilities.tsv"):
        lat, lon = float(r["lat"]), float(r["lon"])
        inside = b.shapes.country_at(lat, lon)
        if inside and inside != r["country"] and r["kind"] != "border_crossing":
            print(
                f"warning: facility {r['id']} at ({lat}, {lon}) lies in {inside}, not {r['country']}",
                file=sys.stderr,
            )
        names = r["names_ar"].split("|")
        near = min(
            (x for x in b.rows if x["country"] == r["country"] and x["feature"] in ("city", "village")),
            key=lambda x: haversine_km(lat, lon, float(x["lat"]), float(x["lon"])),  # type: ignore[arg-type]
            default=None,
        )
        b.add(
            id=f"fac:{r['id']}",
            name_ar=names[0],
            name_en=r["name_en"],
            alt_ar=names[1:],
            lat=lat,
            lon=lon,
            country=r["country"],
            admin1_code=near["admin1_code"] if near else "",
            admin1_ar=near["admin1_ar"] if near else "",
            admin1_en=near["admin1_en"] if near else "",
            admin2_ar=near["admin2_ar"] if near else "",
            admin2_en=near["admin2_en"] if near else "",
            feature="region" if r["kind"] == "region" else "facility",
            kind=r["kind"],
            population=0,
            source=f"marsad facilities.tsv ({r['source']})",
        )


def curated(b: Builder) -> None:
    """``curated_*.tsv``: places per country that no source has (Tunisian delegations, Yemeni districts …).

    A row whose id is already in the gazetteer only adds its names (« العاصمة الأردنية » to Amman); a ``gn:``
    row that is new carries GeoNames coordinates; every other row carries ours (its note gives the precision).
    """
    by_id = {str(r["id"]): r for r in b.rows}
    adm = {(str(r["country"]), str(r["admin1_en"])): r for r in b.rows if r["feature"] == "admin1"}
    local: dict[str, list[dict[str, object]]] = defaultdict(list)
    for x in b.rows:
        if x["feature"] in ("city", "village"):
            local[str(x["country"])].append(x)
    for path in sorted(b.data.glob("curated_*.tsv")):
        for r in read_rows(path):
            names = [n for n in r["names_ar"].split("|") if n]
            old = by_id.get(r["id"])
            if old is not None:
                have = {str(old["name_ar"]), *map(str, old["alt_ar"])}  # type: ignore[call-overload]
                old["alt_ar"] = [*old["alt_ar"], *(n for n in names if n not in have)]  # type: ignore[misc]
                if "curated" not in str(old["source"]):
                    old["source"] = f"{old['source']}; names from marsad {path.name}"
                continue
            lat, lon, cc = float(r["lat"]), float(r["lon"]), r["country"]
            inside = b.shapes.country_at(lat, lon)
            if inside and inside != cc:
                print(f"warning: {path.name} {r['id']} at ({lat}, {lon}) lies in {inside}", file=sys.stderr)
            near = min(
                local.get(cc, []),
                key=lambda x: haversine_km(lat, lon, float(x["lat"]), float(x["lon"])),  # type: ignore[arg-type]
                default=None,
            )
            a1 = adm.get((cc, r["admin1_en"]))
            base = a1 or near or {}
            src = (
                f"GeoNames (CC BY 4.0); names from marsad {path.name} (curated)"
                if r["id"].startswith("gn:")
                else f"marsad {path.name} (curated; {r['note']})"
            )
            row = b.add(
                id=r["id"] if r["id"].startswith("gn:") else f"cur:{r['id']}",
                name_ar=names[0],
                name_en=r["name_en"],
                alt_ar=names[1:],
                lat=lat,
                lon=lon,
                country=cc,
                admin1_code=base.get("admin1_code", ""),
                admin1_ar=base.get("admin1_ar", ""),
                admin1_en=base.get("admin1_en", ""),
                admin2_ar=near["admin2_ar"] if near and cc == "SY" else "",
                admin2_en=near["admin2_en"] if near and cc == "SY" else "",
                feature=r["feature"],
                kind=r["kind"],
                population=int(r["population"] or 0),
                source=src,
            )
            if row["feature"] == "admin1":  # a unit of its own («محافظة ريمة»)
                row["admin1_ar"], row["admin1_en"] = ADMIN_PREFIX.sub("", names[0]), r["name_en"]
            by_id[str(row["id"])] = row
            if row["feature"] in ("city", "village"):
                local[cc].append(row)
