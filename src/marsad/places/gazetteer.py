"""The shipped gazetteer: places with Arabic names, loaded once per process, and name lookup.

``data/places/gazetteer.tsv.gz`` is built by `marsad.places.build` from GeoNames (CC BY 4.0), OCHA's Syria
communities (CC BY 3.0 IGO), OpenSyria admin units (CC BY 4.0) and our curated countries, admin1 and
facilities files. Every name and spelling variant is indexed under its folded key (`name_key`).
"""

from __future__ import annotations

import gzip
import math
from functools import lru_cache
from importlib import resources

import msgspec

from marsad.places.matching import CUES, DIRECTION_WORDS, key_variants, name_key, name_prefixes, strip_clitics

__all__ = ["Place", "Gazetteer", "default_gazetteer", "FEATURE_RANK", "REGION", "big_place"]

# How much a bare name is presumed to mean a place of this kind (before population and context).
FEATURE_RANK = {
    "country": 5.5,
    "admin1": 2.2,
    "city": 2.0,
    "facility": 2.0,
    "region": 1.8,
    "admin2": 1.0,
    "admin3": 0.6,
    "village": 1.0,
}

# The Arab world and its neighbours, whose small places the news names without saying the country.
REGION = frozenset(
    "SY IQ LB JO PS IL YE SA AE KW QA BH OM EG LY TN DZ MA MR SD SS TR IR CY SO DJ ER".split()  # noqa: SIM905
)
_BIG_FEATURES = frozenset({"country", "admin1", "facility", "region"})
REGION_FEATURES = frozenset({"country", "admin1", "region"})  # areas rather than points
SEATS = frozenset({"capital1", "capital2"})  # seats of a governorate or district


# Words that are cues or modifiers, never names by themselves (GeoNames lists «مدينة» as a name of Medina).
_GENERIC = frozenset({*CUES, *DIRECTION_WORDS})


class Place(msgspec.Struct, frozen=True):
    id: str
    name_ar: str
    name_en: str
    lat: float
    lon: float
    country: str
    admin1_code: str
    admin1_ar: str
    admin1_en: str
    admin2_ar: str
    admin2_en: str
    feature: str
    kind: str
    population: int
    source: str
    alt_ar: tuple[str, ...] = ()

    @property
    def prior(self) -> float:
        """Context-free plausibility: feature kind plus log population (a city of 1M gets +3)."""
        bonus = 0.5 if self.kind in ("capital1", "capital2") else 0.0
        return (
            FEATURE_RANK.get(self.feature, 1.0)
            + bonus
            + (math.log10(self.population) / 2 if self.population > 1 else 0)
        )


def big_place(p: Place) -> bool:
    """A country, governorate, facility, city of 100k+ or capital: short names of these need no cue."""
    return p.feature in _BIG_FEATURES or p.population >= 100_000 or p.kind in ("capital1", "capital2")


# Countries whose place names are Arabic: their «غ» is a letter of the name, not a foreign /g/.
ARAB_COUNTRIES = frozenset(
    {
        "DZ",
        "BH",
        "KM",
        "DJ",
        "EG",
        "IQ",
        "JO",
        "KW",
        "LB",
        "LY",
        "MR",
        "MA",
        "OM",
        "PS",
        "QA",
        "SA",
        "SO",
        "SD",
        "SY",
        "TN",
        "AE",
        "YE",
        "EH",
    }
)


def _known(p: Place) -> bool:
    """Big enough to be named in world news (a short «ج» spelling of a hamlet is mostly a word)."""
    return big_place(p) or p.population >= 20_000


def _g_as_j(places: list[Place], index: dict[str, list[int]]) -> None:
    """Foreign /g/ is «غ» in GeoNames (تشاتانوغا, فيرغسون) and «ج» in Gulf and Egyptian papers
    (تشاتانوجا, فيرجسون): a place outside the Arab countries, of 20,000 people or more, is also found
    under its «ج» spelling when that spelling has six letters or more and names nothing else (shorter
    ones are words or Maghrebi names: «جديرا», «أجدير»)."""
    extra: dict[str, list[int]] = {}
    for k, v in index.items():
        if "غ" not in k:
            continue
        foreign = [i for i in v if places[i].country not in ARAB_COUNTRIES and _known(places[i])]
        alt = k.replace("غ", "ج")
        if foreign and alt not in index and len(alt.replace(" ", "")) >= 6:
            extra.setdefault(alt, []).extend(foreign)
    for k, v in extra.items():
        index[k] = sorted(set(v))


class Gazetteer:
    """Places and the index from folded names to them."""

    def __init__(self, places: list[Place]):
        self.places = places
        index: dict[str, list[int]] = {}
        for i, p in enumerate(places):
            keys: set[str] = set()
            for n in (p.name_ar, *p.alt_ar):
                k = name_key(n)
                if len(k.replace(" ", "")) >= 2:
                    keys |= key_variants(k, article=p.id.startswith("ocha:"))
            for k in keys:
                index.setdefault(k, []).append(i)
        _g_as_j(places, index)
        self.index: dict[str, tuple[int, ...]] = {
            k: tuple(sorted(v, key=lambda i: -places[i].prior)) for k, v in index.items()
        }
        for k in _GENERIC:
            self.index.pop(k, None)
        for phrase in (ln.split("\t", 1)[0] for ln in _read_lines("not_places.tsv")[1:]):
            self.index[name_key(phrase)] = ()
        self.first_words = frozenset(k.split(" ", 1)[0] for k in self.index)
        self.max_words = max((k.count(" ") + 1 for k in self.index), default=1)
        self.name_prefixes = name_prefixes(self.index)
        self.by_id = {p.id: p for p in places}
        # Keys that come from a place's primary name (others come from alternate names, which are noisier).
        self._pid_cache: dict[str, frozenset[str]] = {}
        prim: dict[str, set[int]] = {}
        for i, p in enumerate(places):
            for k in key_variants(name_key(p.name_ar), article=p.id.startswith("ocha:")):
                prim.setdefault(k, set()).add(i)
        self.primary = {k: frozenset(v) for k, v in prim.items()}
        # Three-letter names that may carry a proclitic («وحلب», «بحمص»): only those of big places.
        self.short_ok = frozenset(
            k
            for k, v in self.index.items()
            if v and len(k) < 4 and any(places[i].prior >= 4.0 for i in prim.get(k, ()))
        )
        self.wordlike: frozenset[str] = frozenset()
        self.given_names: frozenset[str] = frozenset()  # a name right after one of these is a family name
        self.cue_required: frozenset[str] = frozenset()
        self.gentilics: dict[str, str] = {}
        for ln in _read_lines("gentilics.tsv")[1:]:
            code, forms = ln.split("\t")
            for f in forms.split("|"):
                k = name_key(f)
                for suffix in ("", "ه", "ين", "ون"):
                    self.gentilics[k + suffix] = code

    def __len__(self) -> int:
        return len(self.places)

    def country(self, code: str) -> Place | None:
        """The country entry of an ISO code."""
        if not hasattr(self, "_countries"):
            self._countries = {p.country: p for p in self.places if p.feature == "country"}
        return self._countries.get(code)

    def is_primary(self, key: str, place: Place) -> bool:
        """Whether ``key`` is (a spelling of) the place's primary Arabic name, or an alias we curated or derived
        (only GeoNames' crowd-sourced alternate names count as secondary; a GeoNames place we curated names for
        has only trusted names)."""
        return (
            not place.id.startswith("gn:") or "curated" in place.source or place.id in self._primary_ids(key)
        )

    def _primary_ids(self, key: str) -> frozenset[str]:
        hit = self._pid_cache.get(key)
        if hit is None:
            hit = frozenset(self.places[i].id for i in self.primary.get(key, ()))
            self._pid_cache[key] = hit
        return hit

    def candidates(self, key: str) -> tuple[int, ...]:
        return self.index.get(key, ())

    def lookup(self, name: str, country: str | None = None, limit: int = 10) -> list[Place]:
        """Places called ``name`` (any spelling or clitic form), most plausible first."""
        key = name_key(name)
        hits = self.index.get(key)
        if not hits and key:
            first, _, tail = key.partition(" ")
            for _, bare in strip_clitics(first)[1:]:  # «بدير الزور», «وبالرقة»
                hits = self.index.get(f"{bare} {tail}" if tail else bare)
                if hits:
                    break
        if not hits:
            return []
        out = [self.places[i] for i in hits if country is None or self.places[i].country == country.upper()]
        return out[:limit]


def _read_places(raw: bytes) -> list[Place]:
    lines = gzip.decompress(raw).decode("utf-8").splitlines()
    rows = [ln for ln in lines if not ln.startswith("#")]
    header = rows[0].split("\t")
    col = {c: i for i, c in enumerate(header)}
    places = []
    for ln in rows[1:]:
        f = ln.split("\t")
        places.append(
            Place(
                id=f[col["id"]],
                name_ar=f[col["name_ar"]],
                name_en=f[col["name_en"]],
                lat=float(f[col["lat"]]),
                lon=float(f[col["lon"]]),
                country=f[col["country"]],
                admin1_code=f[col["admin1_code"]],
                admin1_ar=f[col["admin1_ar"]],
                admin1_en=f[col["admin1_en"]],
                admin2_ar=f[col["admin2_ar"]],
                admin2_en=f[col["admin2_en"]],
                feature=f[col["feature"]],
                kind=f[col["kind"]],
                population=int(f[col["population"]] or 0),
                source=f[col["source"]],
                alt_ar=tuple(a for a in f[col["alt_ar"]].split("|") if a),
            )
        )
    return places


def _read_lines(name: str) -> list[str]:
    text = resources.files("marsad").joinpath(f"data/places/{name}").read_text("utf-8")
    return [ln for ln in text.splitlines() if ln and not ln.startswith("#")]


def _never_alone() -> frozenset[str]:
    """Function words and calendar words (weekdays, Gregorian and Hijri months): places only with a cue.

    The calendar words come from the time stage's lexicon, so a month spelling added there is covered here.
    """
    words = [ln.split("\t", 1)[0] for ln in _read_lines("function_words.tsv")[1:]]
    for name in ("weekdays.tsv", "months.tsv", "hijri_months.tsv"):
        text = resources.files("marsad").joinpath(f"data/time/{name}").read_text("utf-8")
        words += [ln.split("\t", 1)[0] for ln in text.splitlines() if ln and not ln.startswith("#")]
    return frozenset(k for k in map(name_key, words) if k)


@lru_cache(maxsize=1)
def default_gazetteer() -> Gazetteer:
    """The shipped gazetteer (loaded on first use, then shared)."""
    raw = resources.files("marsad").joinpath("data/places/gazetteer.tsv.gz").read_bytes()
    g = Gazetteer(_read_places(raw))
    wordlike = {ln.split("\t", 1)[0] for ln in _read_lines("wordlike.tsv")[1:]}
    g.cue_required = (
        frozenset(name_key(ln.split("\t", 1)[0]) for ln in _read_lines("cue_required.tsv")[1:])
        | _never_alone()
    )
    g.wordlike = frozenset(wordlike | g.cue_required)
    from marsad.entities.actors import default_lexicon  # the actor lexicon's given names (folded)

    g.given_names = frozenset(n for n in default_lexicon().given_names if len(n) >= 3) - g.cue_required
    return g
