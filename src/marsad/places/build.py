"""Build the shipped gazetteer (``data/places/gazetteer.tsv.gz``) from the shared source extracts.

    python -m marsad.places.build [--src /work/shared/data] [--out src/marsad/data/places]

Sources (see ``data/places/SOURCES.md``): GeoNames cities500 for the Middle East and North Africa and
cities15000 worldwide with Arabic names (CC BY 4.0), OCHA's 2015 Syria communities (CC BY 3.0 IGO),
OpenSyria admin levels 1–3 (CC BY 4.0), Natural Earth country polygons (public domain) and our curated
``countries.tsv``, ``admin1.tsv``, ``facilities.tsv`` and ``curated_*.tsv``. The build also writes ``wordlike.tsv``
(`marsad.places.build_wordlike`): names of places that are more often ordinary words or person names,
selected from licence-clean evidence only (names and counts, no text).
"""

from __future__ import annotations

import argparse
import csv
import gzip
import io
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Iterator
from pathlib import Path

from marsad.places.build_wordlike import wordlike
from marsad.places.geometry import CountryShapes, haversine_km
from marsad.places.matching import name_key
from marsad.text.normalize import fold

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
_ADMIN_PREFIX = re.compile(r"^(مركز|محافظة|منطقة|ناحية|مدينة)\s+")
# Countries whose GeoNames small places are kept (others only from population 15,000 up).
_SMALL_OK = {
    "SY",
    "IQ",
    "LB",
    "JO",
    "PS",
    "YE",
    "LY",
    "EG",
    "SA",
    "AE",
    "KW",
    "QA",
    "BH",
    "OM",
    "SD",
    "IL",
    "TN",
}


def _rows(path: Path) -> Iterator[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        lines = (line for line in f if not line.startswith("#"))
        yield from csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE)


_QUALIFIERS = frozenset(
    name_key(w)
    for w in [
        "شرقي",
        "غربي",
        "شمالي",
        "جنوبي",
        "الشرقي",
        "الغربي",
        "الشمالي",
        "الجنوبي",
        "الشرقية",
        "الغربية",
        "الشمالية",
        "الجنوبية",
        "فوقاني",
        "تحتاني",
        "فوقا",
        "تحتا",
        "الفوقاني",
        "التحتاني",
        "الكبير",
        "الصغير",
        "كبير",
        "صغير",
        "الكبيرة",
        "الصغيرة",
    ]
)


# Generic first words of compound names: «عين الشرقية» does not make «عين» a name.
_HEADS = frozenset(
    name_key(w)
    for w in [
        "عين",
        "تل",
        "دير",
        "كفر",
        "بيت",
        "جب",
        "أم",
        "أبو",
        "رأس",
        "خربة",
        "مزرعة",
        "قرية",
        "حي",
        "جسر",
        "بئر",
        "وادي",
        "جبل",
        "سوق",
    ]
)


def _squash(s: str) -> str:
    k = name_key(_ADMIN_PREFIX.sub("", s)).replace(" ", "").replace("ه", "")
    return k[2:] if k.startswith("ال") else k


def _names_unit(word: str, unit: str) -> bool:
    """``word`` (the tail of a community name) names its nahiya/district: «معرتمصرين» ~ «معرة تمصرين»."""
    w, u = _squash(word), _squash(unit)
    return len(w) >= 4 and u.startswith(w)


def _clean_names(names: list[str], limit_tokens: int = 5) -> list[str]:
    out: list[str] = []
    for n in names:
        n = _ADMIN_PREFIX.sub("", n.replace("\u200f", "").replace("\u200e", "").strip())
        if n and _ARABIC_NAME.match(fold(n)) and len(n.split()) <= limit_tokens and n not in out:
            out.append(n)
    return out


class Builder:
    def __init__(self, src: Path, data: Path):
        self.src = src
        self.data = data
        self.rows: list[dict[str, object]] = []
        iso = {r["iso_n3"]: r["iso2"] for r in _rows(data / "countries.tsv")}
        self.shapes = CountryShapes.from_geojson(
            src / "geo/natural_earth_world_atlas/world_countries_50m.geojson", iso
        )

    def add(self, **row: object) -> dict[str, object]:
        row.setdefault("alt_ar", [])
        for c in COLUMNS:
            row.setdefault(c, "")
        self.rows.append(row)
        return row

    # -- countries -----------------------------------------------------------------------------------
    def countries(self) -> None:
        for r in _rows(self.data / "countries.tsv"):
            names = r["names_ar"].split("|")
            lat, lon = self.shapes.centroid(r["iso2"])
            self.add(
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

    # -- Syria: OCHA communities + OpenSyria admin units ------------------------------------------------
    def syria(self) -> None:
        ocha = list(_rows(self.src / "gazetteer/ocha_syria_communities_2015/syria_communities_ocha_2015.tsv"))
        seat: dict[tuple[str, str], dict[str, str]] = {}
        for r in ocha:
            lvl = r["capital_level"]
            if lvl in ("1", "2", "3"):
                code = {"1": r["admin1_pcode"], "2": r["admin2_pcode"], "3": r["admin3_pcode"]}[lvl]
                seat[(lvl, code)] = r
        self.ocha_rows: list[dict[str, object]] = []
        for r in ocha:
            names = [r["name_ar"]]
            parts = [p for p in r["name_ar_parts"].split("|") if p]
            names += parts
            # «كفريا معرتمصرين»: a trailing disambiguator naming the nahiya or district is dropped in news.
            for n in [r["name_ar"], *parts]:
                head, _, tail = n.rpartition(" ")
                if (
                    head
                    and len(head) >= 3
                    and any(_names_unit(tail, u) for u in (r["admin3_ar"], r["admin2_ar"]))
                ):
                    names.append(head)
            for n in [r["name_ar"], *parts]:
                head, _, tail = n.rpartition(" ")
                if (
                    len(name_key(head).replace(" ", "")) >= 4
                    and name_key(head) not in _HEADS
                    and name_key(tail) in _QUALIFIERS
                ):
                    names.append(head)  # «كويرس شرقي» is «كويرس» in the news
            feature = "city" if r["capital_level"] in ("1", "2") else "village"
            row = self.add(
                id=f"ocha:{r['pcode']}",
                name_ar=r["name_ar"],
                name_en=r["name_en"],
                alt_ar=_clean_names(names[1:]),
                lat=float(r["latitude"]),
                lon=float(r["longitude"]),
                country="SY",
                admin1_code=r["admin1_pcode"],
                admin1_ar=_ADMIN_PREFIX.sub("", r["admin1_ar"]),
                admin1_en=r["admin1_en"],
                admin2_ar=_ADMIN_PREFIX.sub("", r["admin2_ar"]),
                admin2_en=r["admin2_en"],
                feature=feature,
                kind=f"capital{r['capital_level']}" if r["capital_level"] else "community",
                population=0,
                source="OCHA Syria communities 2015 (CC BY 3.0 IGO)",
            )
            self.ocha_rows.append(row)
        # OCHA marks no capital for Rural Damascus, which is administered from Damascus.
        if ("1", "SY03") not in seat and ("1", "SY01") in seat:
            seat[("1", "SY03")] = seat[("1", "SY01")]
        levels = {"1": "admin1", "2": "admin2", "3": "admin3"}
        for r in _rows(self.src / "gazetteer/opensyria_admin/syria_admin123_flat.tsv"):
            lvl = r["admin_level"]
            s = seat.get((lvl, r["ocha_pcode"]))
            lat, lon = (
                (float(s["latitude"]), float(s["longitude"]))
                if s
                else (float(r["latitude"]), float(r["longitude"]))
            )
            a1 = r["ocha_pcode"][:4]
            a1_seat = seat.get(("1", a1))
            names = _clean_names([r["name_ar"], *r["aliases_ar"].split("|")])
            self.add(
                id=f"pcode:{r['ocha_pcode']}",
                name_ar=names[0] if names else r["name_ar"],
                name_en=r["name_en"],
                alt_ar=[*names[1:], *[n for n in r["aliases_ar"].split("|") if n]],
                lat=lat,
                lon=lon,
                country="SY",
                admin1_code=a1,
                admin1_ar=_ADMIN_PREFIX.sub("", a1_seat["admin1_ar"]) if a1_seat else "",
                admin1_en=a1_seat["admin1_en"] if a1_seat else "",
                feature=levels[lvl],
                kind=f"admin{lvl}",
                population=0,
                source="OpenSyria admin units (CC BY 4.0); seat point from OCHA",
            )

    # -- GeoNames ----------------------------------------------------------------------------------------
    def geonames(self) -> None:
        base = self.src / "gazetteer/geonames_cities500_mena"
        seen: set[str] = set()
        self.gn_by_name: dict[tuple[str, str], dict[str, object]] = {}
        for fname in ("mena_cities500.tsv", "world_cities15000_arabic.tsv"):
            for r in _rows(base / fname):
                if r["geonameid"] in seen:
                    continue
                seen.add(r["geonameid"])
                cc, pop = r["countrycode"], int(r["population"] or 0)
                names = _clean_names(r["arabic_names"].split("|"))
                row = {
                    "id": f"gn:{r['geonameid']}",
                    "name_en": r["name"],
                    "lat": float(r["latitude"]),
                    "lon": float(r["longitude"]),
                    "country": cc,
                    "admin1_code": f"{cc}.{r['admin1code']}",
                    "population": pop,
                    "feature": "city" if pop >= 10_000 else "village",
                    "kind": "populated_place",
                    "source": "GeoNames (CC BY 4.0)",
                }
                key = (cc, r["name"])
                if key not in self.gn_by_name or pop > int(self.gn_by_name[key]["population"]):  # type: ignore[arg-type]
                    self.gn_by_name[key] = row
                if cc not in _SMALL_OK:
                    # Outside the region GeoNames' Arabic alternates include fragments («من», «اري», «نور»).
                    names = [n for n in names if len(name_key(n).replace(" ", "")) >= 4]
                if not names or (cc not in _SMALL_OK and pop < 15_000):
                    continue
                row["name_ar"], row["alt_ar"] = names[0], names[1:]
                if cc == "SY" and self._merge_syria(row):
                    continue
                self.add(**row)

    def _merge_syria(self, row: dict[str, object]) -> bool:
        """Fold a GeoNames Syrian place into the OCHA community of the same name nearby (keeps OCHA's id)."""
        keys = {name_key(str(n)) for n in [row["name_ar"], *row["alt_ar"]]}  # type: ignore[misc]
        best, best_d = None, 15.0
        for o in self.ocha_rows:
            d = haversine_km(float(o["lat"]), float(o["lon"]), float(row["lat"]), float(row["lon"]))  # type: ignore[arg-type]
            if d < best_d and keys & {name_key(str(n)) for n in [o["name_ar"], *o["alt_ar"]]}:  # type: ignore[misc]
                best, best_d = o, d
        nearest = min(
            self.ocha_rows,
            key=lambda o: haversine_km(
                float(o["lat"]),
                float(o["lon"]),  # type: ignore[arg-type]
                float(row["lat"]),
                float(row["lon"]),
            ),
        )  # type: ignore[arg-type]
        if best is None:
            for c in ("admin1_code", "admin1_ar", "admin1_en", "admin2_ar", "admin2_en"):
                row[c] = nearest[c]
            return False
        best["population"] = max(int(best["population"] or 0), int(row["population"]))  # type: ignore[arg-type]
        if int(row["population"]) >= 10_000:  # type: ignore[arg-type]
            best["feature"] = "city"
        extra = [
            n for n in [row["name_ar"], *row["alt_ar"]] if n not in best["alt_ar"] and n != best["name_ar"]
        ]  # type: ignore[misc]
        best["alt_ar"] = [*best["alt_ar"], *extra]  # type: ignore[misc]
        best["source"] = f"{best['source']}; GeoNames {row['id']} (CC BY 4.0)"
        return True

    # -- curated admin1 outside Syria, facilities ---------------------------------------------------------
    def admin1(self) -> None:
        a1_names: dict[str, tuple[str, str]] = {}
        for r in _rows(self.data / "admin1.tsv"):
            seat = self.gn_by_name.get((r["country"], r["seat_en"]))
            if seat is None:
                print(
                    f"warning: admin1 {r['name_en']}: seat {r['seat_en']!r} not in GeoNames, skipped",
                    file=sys.stderr,
                )
                continue
            names = r["names_ar"].split("|")
            code = str(seat["admin1_code"])
            a1_names.setdefault(code, (names[0].removeprefix("محافظة ").removeprefix("ولاية "), r["name_en"]))
            self.add(
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
        for row in self.rows:
            if str(row["id"]).startswith("gn:") and not row["admin1_ar"] and row["admin1_code"] in a1_names:
                row["admin1_ar"], row["admin1_en"] = a1_names[str(row["admin1_code"])]

    def facilities(self) -> None:
        for r in _rows(self.data / "facilities.tsv"):
            lat, lon = float(r["lat"]), float(r["lon"])
            inside = self.shapes.country_at(lat, lon)
            if inside and inside != r["country"] and r["kind"] != "border_crossing":
                print(
                    f"warning: facility {r['id']} at ({lat}, {lon}) lies in {inside}, not {r['country']}",
                    file=sys.stderr,
                )
            names = r["names_ar"].split("|")
            near = min(
                (
                    x
                    for x in self.rows
                    if x["country"] == r["country"] and x["feature"] in ("city", "village")
                ),
                key=lambda x: haversine_km(lat, lon, float(x["lat"]), float(x["lon"])),  # type: ignore[arg-type]
                default=None,
            )
            self.add(
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

    def curated(self) -> None:
        """``curated_*.tsv``: places per country that no source has (Tunisian delegations, Yemeni districts …).

        A row whose id is already in the gazetteer only adds its names (« العاصمة الأردنية » to Amman); a ``gn:``
        row that is new carries GeoNames coordinates; every other row carries ours (its note gives the precision).
        """
        by_id = {str(r["id"]): r for r in self.rows}
        adm = {(str(r["country"]), str(r["admin1_en"])): r for r in self.rows if r["feature"] == "admin1"}
        local: dict[str, list[dict[str, object]]] = defaultdict(list)
        for x in self.rows:
            if x["feature"] in ("city", "village"):
                local[str(x["country"])].append(x)
        for path in sorted(self.data.glob("curated_*.tsv")):
            for r in _rows(path):
                names = [n for n in r["names_ar"].split("|") if n]
                old = by_id.get(r["id"])
                if old is not None:
                    have = {str(old["name_ar"]), *map(str, old["alt_ar"])}  # type: ignore[call-overload]
                    old["alt_ar"] = [*old["alt_ar"], *(n for n in names if n not in have)]  # type: ignore[misc]
                    if "curated" not in str(old["source"]):
                        old["source"] = f"{old['source']}; names from marsad {path.name}"
                    continue
                lat, lon, cc = float(r["lat"]), float(r["lon"]), r["country"]
                inside = self.shapes.country_at(lat, lon)
                if inside and inside != cc:
                    print(
                        f"warning: {path.name} {r['id']} at ({lat}, {lon}) lies in {inside}", file=sys.stderr
                    )
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
                row = self.add(
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
                    row["admin1_ar"], row["admin1_en"] = _ADMIN_PREFIX.sub("", names[0]), r["name_en"]
                by_id[str(row["id"])] = row
                if row["feature"] in ("city", "village"):
                    local[cc].append(row)

    # -- output -----------------------------------------------------------------------------------------
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


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--src", type=Path, default=Path("/work/shared/data"))
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "data" / "places")
    ap.add_argument(
        "--wordlike-out", type=Path, default=None, help="folder for wordlike.tsv (default: --out)"
    )
    args = ap.parse_args(argv)
    b = Builder(args.src, args.out)
    b.countries()
    b.syria()
    b.geonames()
    b.admin1()
    b.facilities()
    b.curated()
    b.write(args.out)
    reserved = set((args.src / "news/RESERVED_IDS.txt").read_text().split())
    from marsad.entities.actors import default_lexicon  # given names of the actor lexicon (folded)

    given = default_lexicon().given_names
    n_word = wordlike(b.rows, args.src, reserved, args.wordlike_out or args.out, given=given)
    per = Counter(str(r["country"]) for r in b.rows)
    print(f"{len(b.rows)} places, {n_word} word-like names; top countries: {per.most_common(12)}")
    feat = defaultdict(int)
    for r in b.rows:
        feat[str(r["feature"])] += 1
    print(dict(feat))


if __name__ == "__main__":
    main()
