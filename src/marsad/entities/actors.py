"""The actor lexicon: who's who in Arab-world news, as records loaded from data files.

An `Actor` is a state, an institution, a person, an armed or political group, an international
organisation or a media outlet, with its canonical Arabic and English names, its aliases, its
country (ISO 3166-1 alpha-2), its ACLED actor type (``inter`` 1–8), its PLOVER sector and, where
certain, its Wikidata QID. People carry time-bounded `Role`s ({role, org, country, start, end}) so
the article date can tell who «وزير الخارجية الروسي» was.

`default_lexicon()` loads the bundled files under ``marsad/data/actors/`` (see its README.md) once per
process, plus the user files named in the ``MARSAD_ACTORS`` environment variable (paths separated by
``os.pathsep``); `load_lexicon(extra=[path, ...])` does the same with explicit paths. A user actor
whose ``id`` already exists replaces the bundled one.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path

import msgspec

from marsad.text.normalize import fold

__all__ = ["Role", "Actor", "RolePhrase", "Title", "Lexicon", "load_lexicon", "default_lexicon", "key_of"]

ENV_VAR = "MARSAD_ACTORS"


class Role(msgspec.Struct, frozen=True):
    """An office held from ``start`` (inclusive) to ``end`` (exclusive: the successor's first day; None =
    still held). ``country`` is the state served, or for envoys the country they are sent to; ``org`` an
    organisation code such as ``UN``."""

    role: str
    org: str | None = None
    country: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None

    def active(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)

    def to_dict(self) -> dict[str, str | None]:
        return {
            "role": self.role,
            "org": self.org,
            "country": self.country,
            "start": self.start.isoformat() if self.start else None,
            "end": self.end.isoformat() if self.end else None,
        }


class Actor(msgspec.Struct, frozen=True):
    id: str
    type: str  # PER | ORG | LOC
    name: str
    name_en: str | None = None
    subtype: str | None = None
    country: str | None = None
    inter: int | None = None  # ACLED actor type 1..8
    sector: str | None = None  # PLOVER sector code (GOV, MIL, REB, ...)
    qid: str | None = None
    aliases: tuple[str, ...] = ()
    weak_aliases: tuple[str, ...] = ()  # common words too: need the actor's context to count
    aliases_en: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()
    context: tuple[str, ...] = ()  # words whose presence in an article supports this actor
    parent: str | None = None
    gender: str | None = None  # F | M for people, where the data says
    source: str = ""

    @property
    def kb_id(self) -> str:
        return self.qid or self.id

    def roles_at(self, day: dt.date | None) -> list[Role]:
        if day is None:
            return []
        return [r for r in self.roles if r.active(day)]


class RolePhrase(msgspec.Struct, frozen=True):
    """A phrase naming an office («وزير الخارجية الروسي»): resolved to its holder at the article date."""

    role: str
    country: str | None
    org: str | None
    classes: tuple[str, ...]


class Title(msgspec.Struct, frozen=True):
    """A bare title or rank («الوزير», «اللواء»): it refers back to a person bound to that class."""

    form: str
    classes: tuple[str, ...]
    kind: str  # office | rank | honorific | org_noun
    fallback: tuple[str, ...] = ()  # roles to try at the article date when nothing in the text binds it


def key_of(s: str) -> str:
    """Lexicon key of a name: folded, with whitespace collapsed."""
    return " ".join(fold(s).split())


class Lexicon:
    """Actors plus the indexes the linker needs (alias → actor ids, role phrases, titles, gentilics)."""

    def __init__(
        self,
        actors: Iterable[Actor],
        role_phrases: dict[str, list[RolePhrase]],
        titles: dict[str, Title],
        gentilics: dict[str, str],
        role_classes: dict[str, tuple[str, ...]],
        files: list[str],
    ):
        self.actors: dict[str, Actor] = {}
        for a in actors:
            old = self.actors.get(a.id)
            if old is not None and a.name == "+":  # "+" adds aliases and context to an existing actor
                a = msgspec.structs.replace(
                    old,
                    aliases=tuple(dict.fromkeys((*old.aliases, *a.aliases))),
                    weak_aliases=tuple(dict.fromkeys((*old.weak_aliases, *a.weak_aliases))),
                    aliases_en=tuple(dict.fromkeys((*old.aliases_en, *a.aliases_en))),
                    context=tuple(dict.fromkeys((*old.context, *a.context))),
                    roles=(*old.roles, *a.roles),
                )
            elif a.name == "+":
                continue
            self.actors[a.id] = a  # a later file replaces an actor of the same id
        self.role_phrases = role_phrases
        self.titles = titles
        self.gentilics = gentilics
        self.role_classes = role_classes
        self.files = files
        self.aliases: dict[str, tuple[str, ...]] = {}
        self.weak: set[tuple[str, str]] = set()  # (key, actor id)
        self._holders: dict[tuple[str, str | None, str | None], list[tuple[Role, str]]] = {}
        self._index()

    def _index(self) -> None:
        aliases: dict[str, list[str]] = {}
        self.context: dict[str, tuple[str, ...]] = {}
        for a in self.actors.values():
            if a.context:
                self.context[a.id] = tuple(k for k in (key_of(w) for w in a.context) if k)
            names = [
                n for n in (a.name, *a.aliases, *a.aliases_en, a.name_en) if n and n not in a.weak_aliases
            ]
            for n in names:
                k = key_of(n)
                if len(k) >= 2:
                    ids = aliases.setdefault(k, [])
                    if a.id not in ids:
                        ids.append(a.id)
            for n in a.weak_aliases:
                k = key_of(n)
                ids = aliases.setdefault(k, [])
                if a.id not in ids:
                    ids.append(a.id)
                    self.weak.add((k, a.id))
            for r in a.roles:
                self._holders.setdefault((r.role, r.country, r.org), []).append((r, a.id))
        self.aliases = {k: tuple(v) for k, v in aliases.items()}
        # given names of the people in the lexicon: «هشام» before «العريض» makes it someone else's name
        self.given_names = frozenset(
            toks[0]
            for a in self.actors.values()
            if a.type == "PER"
            for toks in [key_of(a.name).split()]
            if len(toks) >= 2
            and len(toks[0]) >= 3
            and not toks[0].startswith("ال")
            and toks[0] not in ("عبد", "ابو")
        )

    def __len__(self) -> int:
        return len(self.actors)

    def __iter__(self) -> Iterator[Actor]:
        return iter(self.actors.values())

    def get(self, actor_id: str) -> Actor | None:
        return self.actors.get(actor_id)

    def alias_count(self) -> int:
        return len(self.aliases)

    def holders(self, role: str, country: str | None, org: str | None, day: dt.date | None) -> list[Actor]:
        """Actors holding ``role`` (for ``country``/``org``) on ``day``; none when the day is unknown."""
        if day is None:
            return []
        out = []
        for r, aid in self._holders.get((role, country, org), []):
            if r.active(day) and aid in self.actors:
                out.append(self.actors[aid])
        return out

    def holders_any(self, role: str, day: dt.date | None) -> list[tuple[Actor, Role]]:
        """Every (actor, role) holding ``role`` for any country or organisation on ``day``."""
        if day is None:
            return []
        out = []
        for (r_key, _c, _o), pairs in self._holders.items():
            if r_key == role:
                out.extend((self.actors[aid], r) for r, aid in pairs if r.active(day) and aid in self.actors)
        return out

    def classes_at(self, actor: Actor, day: dt.date | None) -> set[str]:
        """Title classes of the offices ``actor`` holds on ``day`` (e.g. {"minister", "foreign_minister"})."""
        out: set[str] = {"female"} if actor.gender == "F" else set()
        for r in actor.roles_at(day):
            out.update(self.role_classes.get(r.role, (r.role,)))
        return out

    def lookup(self, name: str) -> list[Actor]:
        """Actors whose id, name or alias equals ``name`` (after folding), else whose name contains it."""
        if name in self.actors:
            return [self.actors[name]]
        k = key_of(name)
        ids = self.aliases.get(k)
        if ids:
            return [self.actors[i] for i in ids]
        low = k.lower()
        return [
            a
            for a in self.actors.values()
            if low and (low in key_of(a.name) or (a.name_en and low in a.name_en.lower()))
        ]

    def select(
        self, type: str | None = None, country: str | None = None, subtype: str | None = None
    ) -> list[Actor]:
        out = []
        for a in self.actors.values():
            if type and a.type != type.upper():
                continue
            if country and (a.country or "").upper() != country.upper():
                continue
            if subtype and a.subtype != subtype:
                continue
            out.append(a)
        return out


def _user_paths() -> list[str]:
    raw = os.environ.get(ENV_VAR, "")
    return [p for p in raw.split(os.pathsep) if p.strip()]


def load_lexicon(extra: Iterable[str | Path] = (), *, builtin: bool = True) -> Lexicon:
    """Load the bundled actor files (``builtin``) and the user files ``extra`` (TSV or JSONL)."""
    from marsad.entities import actor_data

    return actor_data.build_lexicon([str(p) for p in extra], builtin=builtin)


@lru_cache(maxsize=4)
def _cached(user: tuple[str, ...]) -> Lexicon:
    return load_lexicon(user)


def default_lexicon() -> Lexicon:
    """The bundled lexicon plus the files in ``$MARSAD_ACTORS`` (loaded once per process)."""
    return _cached(tuple(_user_paths()))
