"""Mine person names from the UniversalPetrarch Arabic actor dictionary into ``mined_upetrarch.tsv``.

    .venv/bin/python -m marsad.entities.build_actors_mine [--shared ../shared/data] [--out PATH]

Source: openeventdata/UniversalPetrarch, branch ``arabic``, ``actor_dict_ar_v4.txt`` (MIT, © 2016 Open
Event Data Alliance; see ``shared/data/events/universalpetrarch_ar/SOURCE.md``). The dictionary was
machine-translated and lemmatised from the English Phoenix dictionaries, so only a conservative slice
is kept: entries of 2–4 words that carry dated CAMEO codes (people with terms of office), whose words
are names — none of them a lemma of the agents dictionary («رئيس», «وزير», «جيش» …) or a title — and
whose country is one of ``countries.tsv``. The country and the PLOVER sector come from the most recent
code; names already in the curated lexicon are skipped. No roles are mined (CAMEO codes carry sectors,
not offices).
"""

from __future__ import annotations

import argparse
import re
from pathlib import Path

from marsad.entities import actor_data
from marsad.entities.actors import key_of, load_lexicon

ROOT = Path(__file__).resolve().parents[3]
DICT = "events/universalpetrarch_ar/dictionaries"
OUT = Path(__file__).resolve().parents[1] / "data" / "actors" / "mined_upetrarch.tsv"
_CODE = re.compile(r"\[\s*([A-Z]{3,})\s*(?:([<>]?\s*\d{8})(?:-(\d{8}))?)?\s*\]")
# CAMEO sectors kept (MED media and UAF unidentified armed forces are mostly organisations: skipped)
SECTORS = ("GOV", "MIL", "REB", "OPP", "ELI", "PTY", "LEG", "JUD", "COP", "SPY", "CVL", "BUS", "REL")
PLOVER: dict[str, str] = {}
TITLES = set(
    [
        "رئيس",
        "وزير",
        "أمير",
        "ملك",
        "شيخ",
        "جنرال",
        "مسؤول",
        "دكتور",
        "دكتورة",
        "آية",
        "الله",
        "سيد",
        "سفير",
        "نائب",
        "قائد",
        "زعيم",
        "عقيد",
        "لواء",
        "عميد",
        "مشير",
        "رئيسة",
        "وزيرة",
        "متحدث",
        "ناطق",
        "مدير",
        "أمين",
        "عاهل",
        "حاكم",
        "مستشار",
        "نقيب",
        "رائد",
        "فريق",
        "عماد",
        "إمام",
        "بابا",
        "سلطان",
        "ولي",
    ]
)
INTER = {"GOV": 1, "MIL": 1, "COP": 1, "SPY": 1, "REB": 2}


def parse_dictionary(path: Path) -> list[tuple[str, list[tuple[str, str]]]]:
    """(phrase, [(code, date text)]) for each entry."""
    entries: list[tuple[str, list[tuple[str, str]]]] = []
    for line in path.read_text("utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        codes = [(m.group(1), (m.group(2) or "") + "-" + (m.group(3) or "")) for m in _CODE.finditer(line)]
        if line[0] in " \t" and not line.strip().split("[")[0].strip():
            if entries:
                entries[-1][1].extend(codes)
            continue
        phrase = line.split("[")[0].strip()
        if phrase:
            entries.append((phrase, codes))
    return entries


def _generic_words(dict_dir: Path) -> set[str]:
    words = set(TITLES)
    for line in (dict_dir / "agents.all.ar_v3.txt").read_text("utf-8").splitlines():
        phrase = line.split("[")[0].strip()
        words.update(w for w in phrase.split("_") if w)
    return {key_of(w) for w in words}


def mine(shared: Path) -> list[dict[str, str]]:
    dict_dir = shared / DICT
    iso3 = {c.iso3: c.iso2 for c in actor_data.read_countries()}
    generic = _generic_words(dict_dir)
    generic |= {key_of(n) for c in actor_data.read_countries() for n in c.names for n in n.split()}
    known = set(load_lexicon().aliases)
    rows: dict[str, dict[str, str]] = {}
    for phrase, codes in parse_dictionary(dict_dir / "actor_dict_ar_v4.txt"):
        words = [w for w in phrase.split("_") if w]
        dated = [(c, d) for c, d in codes if any(ch.isdigit() for ch in d)]
        if not (2 <= len(words) <= 4) or not dated:
            continue
        if any(key_of(w) in generic or len(w) < 2 or not re.fullmatch(r"[\u0621-\u064a]+", w) for w in words):
            continue
        if any(key_of(w) in generic for w in words):
            continue
        if len(words) == 2 and words[0] in ("عبد", "أبو", "ابو", "أم", "بن", "ابن"):
            continue  # «عبد العزيز», «أبو محمد»: a given name or kunya alone
        code, _ = max(dated, key=lambda cd: cd[1].replace(">", "").replace("<", ""))
        country = iso3.get(code[:3])
        sector = next((code[i : i + 3] for i in range(3, len(code), 3) if code[i : i + 3] in SECTORS), "")
        name = " ".join(words)
        if country is None or not sector or key_of(name) in known or key_of(name) in rows:
            continue
        rows[key_of(name)] = {
            "id": "up." + "_".join(words),
            "country": country,
            "sector": PLOVER.get(sector, sector),
            "inter": str(INTER.get(sector, "")),
            "name": name,
        }
    return sorted(rows.values(), key=lambda r: r["id"])


HEADER = """# marsad actor lexicon — people mined from the UniversalPetrarch Arabic actor dictionary.
# Source: openeventdata/UniversalPetrarch (branch arabic), data/dictionaries/arabic/actor_dict_ar_v4.txt,
# MIT licence, (c) 2016 Open Event Data Alliance. Built by `python -m marsad.entities.build_actors_mine`
# (see its docstring for the filters). Machine-translated upstream: names only, no roles; treat as
# lower-confidence entries. Version 1 (2026-11).
#@ type=PER subtype=person
id\tcountry\tsector\tinter\tname
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--shared", default=str(ROOT.parent / "shared" / "data"))
    ap.add_argument("--out", default=str(OUT))
    args = ap.parse_args()
    out = Path(args.out)
    out.write_text("", "utf-8")  # the lexicon loaded for de-duplication must not contain the old output
    rows = mine(Path(args.shared))
    body = "".join(f"{r['id']}\t{r['country']}\t{r['sector']}\t{r['inter']}\t{r['name']}\n" for r in rows)
    out.write_text(HEADER + body, "utf-8")
    print(f"{len(rows)} people -> {out}")


if __name__ == "__main__":
    main()
