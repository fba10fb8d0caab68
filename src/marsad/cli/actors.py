"""`marsad actors …`: inspect the actor lexicon (the bundled files plus ``$MARSAD_ACTORS``).

    marsad actors lookup "قسد"
    marsad actors lookup "وزير الخارجية الروسي" --date 2017-05-01
    marsad actors list --type PER --country SY
    marsad actors stats

A thin layer over `marsad.entities.actors`; ``--json`` prints one JSON object per actor.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import typer

from marsad.entities.actors import Actor, Lexicon, default_lexicon, key_of, load_lexicon

app = typer.Typer(help="Inspect the actor lexicon (who's who, aliases, dated roles).", no_args_is_help=True)

FileOpt = typer.Option(
    None, "--file", "-f", help="An extra actor file (TSV or JSONL) to load with the bundled ones."
)


def _lexicon(files: list[Path] | None) -> Lexicon:
    return load_lexicon(files) if files else default_lexicon()


def actor_dict(a: Actor) -> dict:
    """An actor as plain JSON-able data."""
    return {
        "id": a.id,
        "kb_id": a.kb_id,
        "qid": a.qid,
        "type": a.type,
        "subtype": a.subtype,
        "name": a.name,
        "name_en": a.name_en,
        "country": a.country,
        "inter": a.inter,
        "sector": a.sector,
        "aliases": list(a.aliases),
        "weak_aliases": list(a.weak_aliases),
        "aliases_en": list(a.aliases_en),
        "roles": [r.to_dict() for r in a.roles],
        "parent": a.parent,
        "source": a.source,
    }


def _line(a: Actor) -> str:
    extra = ", ".join(
        x for x in (a.country or "", a.sector or "", f"inter {a.inter}" if a.inter else "") if x
    )
    return f"{a.id}\t{a.type}/{a.subtype or '-'}\t{a.name}\t{a.name_en or ''}\t{a.kb_id}\t{extra}"


def _echo(actors: list[Actor], as_json: bool) -> None:
    for a in actors:
        typer.echo(json.dumps(actor_dict(a), ensure_ascii=False) if as_json else _line(a))


def lookup_actors(name: str, lexicon: Lexicon, day: dt.date | None = None) -> list[Actor]:
    """Actors named ``name``; a role phrase («الرئيس الروسي») gives its holders on ``day``."""
    found = lexicon.lookup(name)
    if found:
        return found
    out: list[Actor] = []
    for rp in lexicon.role_phrases.get(key_of(name), ()):
        for a in lexicon.holders(rp.role, rp.country, rp.org, day):
            if a not in out:
                out.append(a)
    return out


@app.command("lookup")
def lookup(
    name: str = typer.Argument(..., help="A name, alias, acronym, role phrase or actor id."),
    date: str | None = typer.Option(None, "--date", help="YYYY-MM-DD: who held a role phrase on that day."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per actor."),
    files: list[Path] | None = FileOpt,
) -> None:
    """Find actors by name, alias, acronym, role phrase or id."""
    try:
        day = dt.date.fromisoformat(date) if date else None
    except ValueError:
        typer.echo(f"bad --date {date!r}: expected YYYY-MM-DD", err=True)
        raise typer.Exit(2) from None
    found = lookup_actors(name, _lexicon(files), day)
    if not found:
        typer.echo(f"no actor named {name!r}", err=True)
        raise typer.Exit(1)
    _echo(found, as_json)


@app.command("list")
def list_actors(
    type: str | None = typer.Option(None, "--type", help="PER, ORG or LOC."),
    country: str | None = typer.Option(None, "--country", help="ISO 3166-1 alpha-2 code, e.g. SY."),
    subtype: str | None = typer.Option(None, "--subtype", help="e.g. armed_group, person, media, military."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object per actor."),
    files: list[Path] | None = FileOpt,
) -> None:
    """List actors, filtered by type, country and subtype."""
    _echo(_lexicon(files).select(type=type, country=country, subtype=subtype), as_json)


@app.command("stats")
def stats(files: list[Path] | None = FileOpt) -> None:
    """Lexicon size: actors, alias keys, role phrases, titles."""
    lex = _lexicon(files)
    typer.echo(
        json.dumps(
            {
                "actors": len(lex),
                "alias_keys": lex.alias_count(),
                "role_phrases": len(lex.role_phrases),
                "titles": len(lex.titles),
                "with_qid": sum(1 for a in lex if a.qid),
                "with_roles": sum(1 for a in lex if a.roles),
            },
            ensure_ascii=False,
        )
    )
