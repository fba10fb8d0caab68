"""Coverage tables of the actor lexicon, written into ``docs/actors.md`` between marker comments.

    .venv/bin/python -m marsad.entities.build_actors_docs [--docs docs/actors.md] [--print]

Counts actors by country and type (PER / ORG / LOC), ORG actors by subtype, ACLED ``inter`` codes and
PLOVER sectors, and the alias, role and QID totals, from the lexicon as loaded (bundled files only).
"""

from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from marsad.entities.actors import Lexicon, load_lexicon

DOCS = Path(__file__).resolve().parents[3] / "docs" / "actors.md"
BEGIN, END = "<!-- coverage:begin -->", "<!-- coverage:end -->"
INTER = {
    1: "State forces",
    2: "Rebel groups",
    3: "Political militias",
    4: "Identity militias",
    5: "Rioters",
    6: "Protesters",
    7: "Civilians",
    8: "External/Other forces",
}


def _table(header: list[str], rows: list[list[object]]) -> str:
    out = [
        "| " + " | ".join(header) + " |",
        "|" + "|".join("---:" if i else "---" for i in range(len(header))) + "|",
    ]
    out += ["| " + " | ".join(str(c) for c in r) + " |" for r in rows]
    return "\n".join(out)


def coverage(lex: Lexicon) -> str:
    actors = list(lex)
    by_country: dict[str, Counter[str]] = {}
    for a in actors:
        by_country.setdefault(a.country or "—", Counter())[a.type] += 1
    names = {a.country: a.name_en for a in actors if a.subtype == "country"}
    rows = []
    for iso, c in sorted(by_country.items(), key=lambda kv: (-sum(kv[1].values()), kv[0])):
        roles = sum(len(a.roles) for a in actors if (a.country or "—") == iso)
        rows.append(
            [
                iso,
                names.get(iso, "international / none" if iso == "—" else ""),
                c["PER"],
                c["ORG"],
                c["LOC"],
                roles,
                sum(c.values()),
            ]
        )
    aliases = sum(1 + len(a.aliases) + len(a.weak_aliases) + len(a.aliases_en) for a in actors)
    totals = (
        f"**{len(actors)} actors**, {aliases} curated names and aliases ({lex.alias_count()} distinct "
        f"matching keys with generated spelling variants), {sum(len(a.roles) for a in actors)} dated roles "
        f"held by {sum(1 for a in actors if a.roles)} people, {len(lex.role_phrases)} role phrases, "
        f"{len(lex.titles)} titles and ranks, {sum(1 for a in actors if a.qid)} Wikidata QIDs."
    )
    types = Counter((a.type, a.subtype or "—") for a in actors)
    inter = Counter(a.inter for a in actors if a.inter)
    sectors = Counter(a.sector for a in actors if a.sector)
    sources = Counter(a.source for a in actors)
    return "\n\n".join(
        [
            totals,
            "### By country\n\n"
            + _table(["country", "name", "PER", "ORG", "LOC", "dated roles", "total"], rows),
            "### By type and subtype\n\n"
            + _table(
                ["type", "subtype", "actors"],
                [[t, s, n] for (t, s), n in sorted(types.items(), key=lambda kv: -kv[1])],
            ),
            "### By ACLED actor type (inter)\n\n"
            + _table(["inter", "ACLED type", "actors"], [[k, INTER[k], inter[k]] for k in sorted(inter)]),
            "### By PLOVER sector\n\n"
            + _table(["sector", "actors"], [[k, n] for k, n in sectors.most_common()]),
            "### By data file\n\n" + _table(["file", "actors"], [[k, n] for k, n in sources.most_common()]),
        ]
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", default=str(DOCS))
    ap.add_argument("--print", action="store_true", help="print the tables instead of updating the docs")
    args = ap.parse_args()
    text = coverage(load_lexicon())
    if args.print:
        print(text)
        return
    path = Path(args.docs)
    doc = path.read_text("utf-8")
    pattern = re.compile(re.escape(BEGIN) + ".*?" + re.escape(END), re.S)
    if not pattern.search(doc):
        raise SystemExit(f"{path}: no {BEGIN} … {END} markers")
    path.write_text(pattern.sub(lambda _m: f"{BEGIN}\n{text}\n{END}", doc), "utf-8")
    print(f"coverage tables -> {path}")


if __name__ == "__main__":
    main()
