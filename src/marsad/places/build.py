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
from collections import Counter, defaultdict
from pathlib import Path

from marsad.places.build_curated import admin1, countries, curated, facilities
from marsad.places.build_syria import merge_syria, syria
from marsad.places.build_table import Builder, clean_names, read_rows
from marsad.places.build_wordlike import wordlike
from marsad.places.matching import name_key

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


def geonames(b: Builder, ocha_rows: list[dict[str, object]]) -> dict[tuple[str, str], dict[str, object]]:
    """Add GeoNames cities500 (Middle East and North Africa) and cities15000 with Arabic names; return the
    rows by (country, English name), where `admin1` finds the seats."""
    base = b.src / "gazetteer/geonames_cities500_mena"
    seen: set[str] = set()
    gn_by_name: dict[tuple[str, str], dict[str, object]] = {}
    for fname in ("mena_cities500.tsv", "world_cities15000_arabic.tsv"):
        for r in read_rows(base / fname):
            if r["geonameid"] in seen:
                continue
            seen.add(r["geonameid"])
            cc, pop = r["countrycode"], int(r["population"] or 0)
            names = clean_names(r["arabic_names"].split("|"))
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
            if key not in gn_by_name or pop > int(gn_by_name[key]["population"]):  # type: ignore[arg-type]
                gn_by_name[key] = row
            if cc not in _SMALL_OK:
                # Outside the region GeoNames' Arabic alternates include fragments («من», «اري», «نور»).
                names = [n for n in names if len(name_key(n).replace(" ", "")) >= 4]
            if not names or (cc not in _SMALL_OK and pop < 15_000):
                continue
            row["name_ar"], row["alt_ar"] = names[0], names[1:]
            if cc == "SY" and merge_syria(row, ocha_rows):
                continue
            b.add(**row)
    return gn_by_name


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--src", type=Path, default=Path("/work/shared/data"))
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "data" / "places")
    ap.add_argument(
        "--wordlike-out", type=Path, default=None, help="folder for wordlike.tsv (default: --out)"
    )
    args = ap.parse_args(argv)
    b = Builder(args.src, args.out)
    countries(b)
    ocha_rows = syria(b)
    gn_by_name = geonames(b, ocha_rows)
    admin1(b, gn_by_name)
    facilities(b)
    curated(b)
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
