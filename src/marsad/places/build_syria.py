"""Syria in the gazetteer: OCHA's 2015 communities (CC BY 3.0 IGO) with the names the news uses for them,
OpenSyria's admin units 1–3 (CC BY 4.0) at their OCHA seats (`syria`), and GeoNames' Syrian places merged
into the community of the same name nearby (`merge_syria`).
"""

from __future__ import annotations

from marsad.places.build_table import ADMIN_PREFIX, Builder, clean_names, read_rows
from marsad.places.geometry import haversine_km
from marsad.places.matching import name_key

__all__ = ["merge_syria", "syria"]

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
    k = name_key(ADMIN_PREFIX.sub("", s)).replace(" ", "").replace("ه", "")
    return k[2:] if k.startswith("ال") else k


def _names_unit(word: str, unit: str) -> bool:
    """``word`` (the tail of a community name) names its nahiya/district: «معرتمصرين» ~ «معرة تمصرين»."""
    w, u = _squash(word), _squash(unit)
    return len(w) >= 4 and u.startswith(w)


def syria(b: Builder) -> list[dict[str, object]]:
    """Add the OCHA communities and the OpenSyria admin units; return the community rows."""
    ocha = list(read_rows(b.src / "gazetteer/ocha_syria_communities_2015/syria_communities_ocha_2015.tsv"))
    seat: dict[tuple[str, str], dict[str, str]] = {}
    for r in ocha:
        lvl = r["capital_level"]
        if lvl in ("1", "2", "3"):
            code = {"1": r["admin1_pcode"], "2": r["admin2_pcode"], "3": r["admin3_pcode"]}[lvl]
            seat[(lvl, code)] = r
    ocha_rows: list[dict[str, object]] = []
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
        row = b.add(
            id=f"ocha:{r['pcode']}",
            name_ar=r["name_ar"],
            name_en=r["name_en"],
            alt_ar=clean_names(names[1:]),
            lat=float(r["latitude"]),
            lon=float(r["longitude"]),
            country="SY",
            admin1_code=r["admin1_pcode"],
            admin1_ar=ADMIN_PREFIX.sub("", r["admin1_ar"]),
            admin1_en=r["admin1_en"],
            admin2_ar=ADMIN_PREFIX.sub("", r["admin2_ar"]),
            admin2_en=r["admin2_en"],
            feature=feature,
            kind=f"capital{r['capital_level']}" if r["capital_level"] else "community",
            population=0,
            source="OCHA Syria communities 2015 (CC BY 3.0 IGO)",
        )
        ocha_rows.append(row)
    # OCHA marks no capital for Rural Damascus, which is administered from Damascus.
    if ("1", "SY03") not in seat and ("1", "SY01") in seat:
        seat[("1", "SY03")] = seat[("1", "SY01")]
    levels = {"1": "admin1", "2": "admin2", "3": "admin3"}
    for r in read_rows(b.src / "gazetteer/opensyria_admin/syria_admin123_flat.tsv"):
        lvl = r["admin_level"]
        s = seat.get((lvl, r["ocha_pcode"]))
        lat, lon = (
            (float(s["latitude"]), float(s["longitude"]))
            if s
            else (float(r["latitude"]), float(r["longitude"]))
        )
        a1 = r["ocha_pcode"][:4]
        a1_seat = seat.get(("1", a1))
        names = clean_names([r["name_ar"], *r["aliases_ar"].split("|")])
        b.add(
            id=f"pcode:{r['ocha_pcode']}",
            name_ar=names[0] if names else r["name_ar"],
            name_en=r["name_en"],
            alt_ar=[*names[1:], *[n for n in r["aliases_ar"].split("|") if n]],
            lat=lat,
            lon=lon,
            country="SY",
            admin1_code=a1,
            admin1_ar=ADMIN_PREFIX.sub("", a1_seat["admin1_ar"]) if a1_seat else "",
            admin1_en=a1_seat["admin1_en"] if a1_seat else "",
            feature=levels[lvl],
            kind=f"admin{lvl}",
            population=0,
            source="OpenSyria admin units (CC BY 4.0); seat point from OCHA",
        )
    return ocha_rows


def merge_syria(row: dict[str, object], ocha_rows: list[dict[str, object]]) -> bool:
    """Fold a GeoNames Syrian place into the OCHA community of the same name nearby (keeps OCHA's id)."""
    keys = {name_key(str(n)) for n in [row["name_ar"], *row["alt_ar"]]}  # type: ignore[misc]
    best, best_d = None, 15.0
    for o in ocha_rows:
        d = haversine_km(float(o["lat"]), float(o["lon"]), float(row["lat"]), float(row["lon"]))  # type: ignore[arg-type]
        if d < best_d and keys & {name_key(str(n)) for n in [o["name_ar"], *o["alt_ar"]]}:  # type: ignore[misc]
            best, best_d = o, d
    nearest = min(
        ocha_rows,
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
    extra = [n for n in [row["name_ar"], *row["alt_ar"]] if n not in best["alt_ar"] and n != best["name_ar"]]  # type: ignore[misc]
    best["alt_ar"] = [*best["alt_ar"], *extra]  # type: ignore[misc]
    best["source"] = f"{best['source']}; GeoNames {row['id']} (CC BY 4.0)"
    return True
