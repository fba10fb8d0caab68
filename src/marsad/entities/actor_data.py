"""Reading the actor data files (``marsad/data/actors/``) and user actor files into a `Lexicon`.

Formats (all UTF-8; see ``data/actors/README.md`` for the full description):

* Actor TSV — ``#`` comment lines (source and licence notes), optional ``#@ key=value ...`` defaults
  for the file (e.g. ``#@ type=PER subtype=person``), then a header row naming the columns, then one
  actor per row. Columns: ``id type subtype country inter sector qid name name_en aliases aliases_en
  roles context parent``; only ``id`` and ``name`` are required. Lists are ``|``-separated; an alias
  written ``~alias`` is *weak* (a common word, counted only with the actor's context). ``roles`` is
  ``role/org/country/start/end`` items separated by ``;`` with dates as ``YYYY``, ``YYYY-MM`` or
  ``YYYY-MM-DD`` (an open end means "still in office").
* Actor JSONL — one JSON object per line with the same field names (lists as JSON arrays, roles as
  objects).
* ``countries.tsv`` × ``institutions.tsv`` expand into the state actors (the state, its government,
  army, ministries, police ...); ``roles.tsv`` × countries expand into role phrases; ``titles.tsv``
  lists bare titles and ranks.
"""

from __future__ import annotations

import calendar
import datetime as dt
import json
import re
from collections.abc import Iterable, Iterator
from importlib import resources
from pathlib import Path

import msgspec

from marsad.entities.actors import Actor, Lexicon, Role, RolePhrase, Title, key_of

__all__ = ["build_lexicon", "read_actor_file", "parse_date", "Country", "read_countries", "ActorFileError"]

DATA = "data/actors"
BUILTIN_FILES = (
    "groups_syria.tsv",
    "groups_iraq.tsv",
    "groups_yemen.tsv",
    "groups_libya.tsv",
    "groups_lebanon_palestine.tsv",
    "groups_sudan_sahel.tsv",
    "groups_maghreb_other.tsv",
    "groups_world.tsv",
    "intl_orgs.tsv",
    "media.tsv",
    "capitals.tsv",
    "persons_heads.tsv",
    "persons_ministers.tsv",
    "persons_officials.tsv",
    "persons_groups.tsv",
    "mined_upetrarch.tsv",
    "extensions.tsv",  # last: "+" rows add aliases to actors defined above
)
LIST_FIELDS = {"aliases", "aliases_en", "context"}


class ActorFileError(ValueError):
    """A malformed actor data file (the message names the file and line)."""


class Country:
    __slots__ = (
        "iso2",
        "iso3",
        "qid",
        "tier",
        "name",
        "name_en",
        "aliases",
        "aliases_en",
        "gentilics",
        "arab",
        "weak",
        "context",
    )

    def __init__(self, row: dict[str, str]):
        self.iso2 = row["iso2"].upper()
        self.iso3 = row.get("iso3", "")
        self.qid = row.get("qid") or None
        self.tier = row.get("tier", "basic")
        self.name = row["name"]
        self.name_en = row.get("name_en") or None
        self.aliases = _split(row.get("aliases", ""))
        self.aliases_en = _split(row.get("aliases_en", ""))
        self.gentilics = _split(row.get("gentilic", ""))
        self.arab = row.get("arab", "0") == "1"
        self.weak = _split(row.get("weak", ""))  # names that are also common words («مالي»)
        self.context = _split(row.get("context", ""))

    @property
    def names(self) -> list[str]:
        return [self.name, *self.aliases]

    def masc(self) -> list[str]:
        return ["ال" + g for g in self.gentilics]

    def fem(self) -> list[str]:
        return ["ال" + g + "ة" for g in self.gentilics]


def _split(s: str, sep: str = "|") -> list[str]:
    return [x.strip() for x in s.split(sep) if x.strip()] if s else []


def parse_date(s: str, *, end: bool = False) -> dt.date | None:
    """``YYYY``/``YYYY-MM``/``YYYY-MM-DD``. Ends are exclusive (the first day out of office, i.e. the
    successor's first day), so a partial end date means the day after its period: ``2014`` → 2015-01-01."""
    s = s.strip()
    if not s:
        return None
    parts = [int(p) for p in s.split("-")]
    if len(parts) == 1:
        return dt.date(parts[0] + 1, 1, 1) if end else dt.date(parts[0], 1, 1)
    if len(parts) == 2:
        first = dt.date(parts[0], parts[1], 1)
        if not end:
            return first
        return first + dt.timedelta(days=calendar.monthrange(parts[0], parts[1])[1])
    return dt.date(parts[0], parts[1], parts[2])


def _parse_roles(s: str) -> tuple[Role, ...]:
    out = []
    for item in _split(s, ";"):
        f = [x.strip() for x in item.split("/")]
        f += [""] * (5 - len(f))
        out.append(
            Role(
                role=f[0],
                org=f[1] or None,
                country=f[2].upper() or None,
                start=parse_date(f[3]),
                end=parse_date(f[4], end=True),
            )
        )
    return tuple(out)


def _role_from_json(d: dict) -> Role:
    return Role(
        role=d["role"],
        org=d.get("org") or None,
        country=(d.get("country") or "").upper() or None,
        start=parse_date(str(d.get("start") or "")),
        end=parse_date(str(d.get("end") or ""), end=True),
    )


def _make_actor(fields: dict, source: str) -> Actor:
    aliases: list[str] = []
    weak: list[str] = []
    raw_aliases = fields.get("aliases", [])
    for a in raw_aliases:
        (weak if a.startswith("~") else aliases).append(a.lstrip("~"))
    inter = fields.get("inter")
    roles = fields.get("roles", ())
    return Actor(
        id=fields["id"],
        type=(fields.get("type") or "ORG").upper(),
        name=fields["name"],
        name_en=fields.get("name_en") or None,
        subtype=fields.get("subtype") or None,
        country=(fields.get("country") or "").upper() or None,
        inter=int(inter) if inter not in (None, "") else None,
        sector=fields.get("sector") or None,
        qid=fields.get("qid") or None,
        aliases=tuple(aliases),
        weak_aliases=tuple(weak),
        aliases_en=tuple(fields.get("aliases_en", ())),
        roles=tuple(roles),
        context=tuple(fields.get("context", ())),
        parent=fields.get("parent") or None,
        gender=(fields.get("gender") or "").upper() or None,
        source=source,
    )


def _tsv_rows(lines: Iterable[str], name: str) -> Iterator[tuple[int, dict[str, str]]]:
    header: list[str] | None = None
    defaults: dict[str, str] = {}
    for n, line in enumerate(lines, 1):
        line = line.rstrip("\r\n")
        if line.startswith("#@"):
            for kv in line[2:].split():
                k, _, v = kv.partition("=")
                defaults[k] = v
            continue
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = [c.strip() for c in cells]
            continue
        if len(cells) > len(header):
            raise ActorFileError(f"{name}:{n}: {len(cells)} cells for {len(header)} columns")
        row = dict(defaults)
        row.update({h: c.strip() for h, c in zip(header, cells, strict=False) if c.strip()})
        yield n, row


def read_actor_tsv(lines: Iterable[str], name: str) -> list[Actor]:
    out = []
    for n, row in _tsv_rows(lines, name):
        if not row.get("id") or not row.get("name"):
            raise ActorFileError(f"{name}:{n}: an actor needs an id and a name")
        fields: dict = dict(row)
        for k in LIST_FIELDS:
            fields[k] = _split(row.get(k, ""))
        try:
            fields["roles"] = _parse_roles(row.get("roles", ""))
        except ValueError as e:
            raise ActorFileError(f"{name}:{n}: bad role dates ({e})") from None
        out.append(_make_actor(fields, name))
    return out


def read_actor_jsonl(lines: Iterable[str], name: str) -> list[Actor]:
    out = []
    for n, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        try:
            d = json.loads(line)
        except json.JSONDecodeError as e:
            raise ActorFileError(f"{name}:{n}: {e}") from None
        if "_meta" in d:
            continue
        if not d.get("id") or not d.get("name"):
            raise ActorFileError(f"{name}:{n}: an actor needs an id and a name")
        d["roles"] = tuple(_role_from_json(r) for r in d.get("roles", ()))
        out.append(_make_actor(d, name))
    return out


def read_actor_file(path: str | Path) -> list[Actor]:
    """Actors of a user file (``.tsv`` or ``.jsonl``/``.json``)."""
    p = Path(path)
    text = p.read_text("utf-8").splitlines()
    if p.suffix.lower() in (".jsonl", ".json", ".ndjson"):
        return read_actor_jsonl(text, p.name)
    return read_actor_tsv(text, p.name)


def _builtin_lines(name: str) -> list[str]:
    f = resources.files("marsad").joinpath(f"{DATA}/{name}")
    return f.read_text("utf-8").splitlines() if f.is_file() else []


def read_countries() -> list[Country]:
    return [Country(r) for _, r in _tsv_rows(_builtin_lines("countries.tsv"), "countries.tsv")]


_PLACEHOLDER = re.compile(r"\{(m|f|c)\}")


def expand(template: str, c: Country) -> list[str]:
    """All spellings of ``template`` for country ``c`` ({m}/{f} gentilic, {c} country name)."""
    out = [template]
    for ph, values in (("{m}", c.masc()), ("{f}", c.fem()), ("{c}", c.names)):
        if ph in template:
            out = [t.replace(ph, v) for t in out for v in values]
    return out


def state_actors(countries: list[Country]) -> list[Actor]:
    out = []
    rows = [r for _, r in _tsv_rows(_builtin_lines("institutions.tsv"), "institutions.tsv")]
    for c in countries:
        out.append(
            Actor(
                id=c.iso2.lower(),
                type="LOC",
                subtype="country",
                name=c.name,
                name_en=c.name_en,
                country=c.iso2,
                qid=c.qid,
                aliases=tuple(a for a in c.aliases if a not in c.weak),
                weak_aliases=tuple(c.weak),
                aliases_en=tuple(c.aliases_en),
                context=tuple(c.context),
                source="countries.tsv",
            )
        )
        for r in rows:
            if r.get("tier") == "full" and c.tier != "full":
                continue
            aliases = [a for t in _split(r["templates"]) for a in expand(t, c)]
            if not aliases:
                continue
            out.append(
                Actor(
                    id=f"{c.iso2.lower()}.{r['key']}",
                    type=r.get("type", "ORG"),
                    subtype=r.get("subtype"),
                    name=aliases[0],
                    name_en=r["name_en"].format(en=c.name_en or c.iso2),
                    country=c.iso2,
                    inter=int(r["inter"]) if r.get("inter") else None,
                    sector=r.get("sector"),
                    aliases=tuple(dict.fromkeys(aliases[1:])),
                    parent=c.iso2.lower() if r["key"] != "gov" else None,
                    source="institutions.tsv",
                )
            )
    return out


def _weaken_family_names(a: Actor, arab: set[str]) -> Actor:
    """A one-word Arabic family name («العبيدي», «الجبوري», «السيسي») is shared by many people: it counts
    only with the person's full name in the article or a fitting title right before it."""
    if a.type != "PER" or a.country not in arab:
        return a
    weak = [
        x
        for x in a.aliases
        if (" " not in x.strip() and x.startswith("ال"))
        or (x.startswith(("بن ", "ابن ")) and x.count(" ") == 1)
    ]
    if not weak:
        return a
    return msgspec.structs.replace(
        a,
        aliases=tuple(x for x in a.aliases if x not in weak),
        weak_aliases=tuple(dict.fromkeys((*a.weak_aliases, *weak))),
    )


def _variants(a: Actor, arab: set[str]) -> Actor:
    """Foreign names are spelled with غ or ج for /g/ (غوتيريش / جوتيريش): add the other spelling."""
    if a.type != "PER" or (a.country in arab):
        return a
    extra = []
    for n in (a.name, *a.aliases):
        for x, y in (("غ", "ج"), ("ج", "غ")):
            if x in n:
                extra.append(n.replace(x, y))
    if not extra:
        return a
    return msgspec.structs.replace(a, aliases=tuple(dict.fromkeys((*a.aliases, *extra))))


def role_tables(
    countries: list[Country], actors: list[Actor]
) -> tuple[dict[str, list[RolePhrase]], dict[str, tuple[str, ...]]]:
    """Role phrases for every (role, country, org) that some actor holds, and each role's title classes."""
    by_iso = {c.iso2: c for c in countries}
    rows = {r["role"]: r for _, r in _tsv_rows(_builtin_lines("roles.tsv"), "roles.tsv")}
    classes = {k: tuple(_split(r.get("classes", ""))) or (k,) for k, r in rows.items()}
    wanted = {(r.role, r.country, r.org) for a in actors for r in a.roles}
    phrases: dict[str, list[RolePhrase]] = {}
    for role, country, org in sorted(wanted, key=lambda t: tuple(x or "" for x in t)):
        row = rows.get(role)
        if row is None:
            continue
        c = by_iso.get(country or "")
        for t in _split(row["templates"]):
            if _PLACEHOLDER.search(t) and c is None:
                continue
            for p in expand(t, c) if c else [t]:
                rp = RolePhrase(role=role, country=country, org=org, classes=classes[role])
                lst = phrases.setdefault(key_of(p), [])
                if rp not in lst:
                    lst.append(rp)
    return phrases, classes


def read_titles() -> dict[str, Title]:
    out = {}
    for _, r in _tsv_rows(_builtin_lines("titles.tsv"), "titles.tsv"):
        kind = r.get("kind", "office")
        classes = _split(r["classes"])
        if kind == "org_noun":
            classes = [key_of(c) for c in classes]
        t = Title(
            form=r["form"],
            classes=tuple(classes),
            kind=kind,
            fallback=tuple(_split(r.get("fallback", ""))),
        )
        out[key_of(r["form"])] = t
    return out


def build_lexicon(extra: list[str], *, builtin: bool = True) -> Lexicon:
    countries = read_countries()
    actors: list[Actor] = []
    if builtin:
        actors.extend(state_actors(countries))
        for name in BUILTIN_FILES:
            actors.extend(read_actor_tsv(_builtin_lines(name), name))
    for path in extra:
        actors.extend(read_actor_file(path))
    arab = {c.iso2 for c in countries if c.arab}
    actors = [_variants(_weaken_family_names(a, arab), arab) for a in actors]
    phrases, classes = role_tables(countries, actors)
    gentilics = {key_of(g): c.iso2 for c in countries for g in (*c.masc(), *c.fem())}
    files = ["countries.tsv", "institutions.tsv", *BUILTIN_FILES] if builtin else []
    return Lexicon(actors, phrases, read_titles(), gentilics, classes, files + list(extra))
