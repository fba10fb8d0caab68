"""Resolve place names in context: which «الرقة» is meant, and how precisely the text locates it.

`resolve_text(view_text, gazetteer)` finds the names (`matching.find_names`) and scores each candidate place:

* prior — kind of place and population (`Place.prior`);
* the article's country focus — the countries of the names that are unambiguous, title first;
* the admin unit named next to it — «خشام بريف دير الزور», «ذيبان … شرق دير الزور» (same governorate or
  within 60 km of the neighbouring name);
* co-mentioned places — closeness to the other places of the article.

Two rounds: the second sees the first round's choices for the other names. Precision follows ACLED's
geo_precision: 1 the place itself, 2 near or part of it («شمال حلب», a district), 3 only a region
(«ريف دير الزور», a governorate, a country).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable
from typing import NamedTuple

import numpy as np

from marsad.places.anchors import anchor_unknown
from marsad.places.gazetteer import Gazetteer, Place
from marsad.places.geometry import haversine_km, haversine_many
from marsad.places.matching import CUES, PLURAL_CUES, NameMatch, Word, find_names, natural_before, words
from marsad.text.normalize import NormalizedText, fold

__all__ = ["Resolution", "resolve_text", "find_places", "big_place"]

# The Arab world and its neighbours, whose small places the news names without saying the country.
REGION = frozenset(
    "SY IQ LB JO PS IL YE SA AE KW QA BH OM EG LY TN DZ MA MR SD SS TR IR CY SO DJ ER".split()  # noqa: SIM905
)
_TANWEEN = re.compile("[\u064b-\u064d]")
_BIG_FEATURES = frozenset({"country", "admin1", "facility", "region"})
_REGION_FEATURES = frozenset({"country", "admin1", "region"})


class Resolution(NamedTuple):
    match: NameMatch
    place: Place | None
    precision: int
    feature: str
    confidence: float
    rule: str
    n_candidates: int


def big_place(p: Place) -> bool:
    """A country, governorate, facility, city of 100k+ or capital: short names of these need no cue."""
    return p.feature in _BIG_FEATURES or p.population >= 100_000 or p.kind in ("capital1", "capital2")


def find_places(
    text: str,
    gaz: Gazetteer,
    ws: list[Word] | None = None,
    original: str | None = None,
    view_span: Callable[[int, int], tuple[int, int]] | None = None,
    seen: list[tuple[int, int]] | None = None,
) -> list[NameMatch]:
    """Names of places in a folded text, with the filters against ordinary words applied.

    With the ``original`` text and the view's ``span_to_original``, a name written with tanween is skipped.
    ``seen``, when given, receives the spans of every known name found, kept or filtered out.
    """
    ws = words(text) if ws is None else ws
    found = find_names(text, gaz.index, gaz.first_words, gaz.max_words, ws, gaz.short_ok, gaz.name_prefixes)
    if seen is not None:
        seen.extend((m.start, m.end) for m in found)
    surnames = _surnames(text, ws, found, gaz.given_names)
    out = []
    listed: str | None = None  # the cue of the list the previous kept name belongs to
    kept = -1  # index of the last name kept
    for i, m in enumerate(found):
        cands = [gaz.places[j] for j in gaz.candidates(m.key)]
        if not cands:
            listed = None
            continue
        if original is not None and _TANWEEN.search(original, *view_span(m.start, m.end)):
            continue  # «دوماً» (always) is an indefinite word, not Douma
        # A plural cue before a word-like name is a genitive («ثالث أكبر مدن البلاد»), not a place cue, unless a
        # list follows («بلدات حيان وبيانون»); the members of a list after a cue share it («قريتي محمبل وجوزف»).
        cue = (
            m.cue
            if m.cue not in PLURAL_CUES or (i + 1 < len(found) and _joined(text, m, found[i + 1]))
            else None
        )
        # A calendar or function word joins a list only with «و» («… كريتر، الخميس» is a date).
        joined = kept == i - 1 and _joined(text, found[i - 1], m)
        if (
            cue is None
            and listed
            and joined
            and (m.key not in gaz.cue_required or "و" in text[found[i - 1].end : m.start])
        ):
            cue = listed
        listed = m.cue or (listed if cue else None)
        quarter = _quarter_of_next_town(found, i, ws, cands, gaz)
        if m.key in gaz.cue_required and not (cue or quarter):
            continue
        if natural_before(ws, m.first_word):
            continue  # «بجبل السلوم»: a mountain we do not have, not the town of that name
        if m.key in surnames and not (cue or m.modifier) and _abroad_town(cands):
            continue  # «وليام تشاندلر» … «قائد تشاندلر»: a family name, not Chandler (Arizona)
        if not (cue or m.modifier) and _attributive(ws, m, cands):
            continue  # «الحصار الخانق», «المناطق الشمالية»: an adjective after its noun, not a village
        guarded = m.key in gaz.wordlike or (len(m.key) <= 3 and not big_place(cands[0]))
        if guarded and not (
            cue
            or m.modifier
            or quarter
            or _context_follows(found, i, ws)
            or _inside_list(text, found, i, gaz)
        ):
            continue
        out.append(m._replace(cue=cue) if cue and not m.cue else m)
        kept = i
    return out


# Definite words that stand before a place name in apposition («العاصمة صنعاء», «البلدة …»): not adjective heads.
# and function words that start like the article («إلى الضالع», «التي», «الآن»).
_NOT_HEADS = frozenset(
    fold(w)
    for w in ["العاصمة", "المدينة", "البلدة", "القرية", "المنطقة", "الحي", "المحافظة", "الشيخ", "إلى", "الى",
              "إلا", "الا", "التي", "الذي", "الذين", "اللذين", "اللتين", "اللتان", "اللذان", "اللواتي", "اللاتي", "الآن"]
)  # fmt: skip


def _attributive(ws: list[Word], m: NameMatch, cands: list[Place]) -> bool:
    """A one-word definite name of small places only, right after a definite ordinary word, is an adjective
    agreeing with it («الحصار الخانق» is not Al Khāniq, «المناطق الشمالية» not a Syrian Shamaliyeh)."""
    i = m.first_word
    if i == 0 or m.last_word != i or not m.key.startswith("ال") or m.start != ws[i].start:
        return False
    prev = ws[i - 1].text
    if not prev.startswith("ال") or prev in _NOT_HEADS or ws[i].start - ws[i - 1].end > 1:
        return False
    if any(
        p.population >= 100_000 or p.kind in _SEATS or p.feature not in ("village", "city") for p in cands
    ):
        return False
    from marsad.places.anchors import common_words

    return prev in common_words()


def _joined(text: str, a: NameMatch, b: NameMatch) -> bool:
    """``b`` follows ``a`` in a coordinated list: only «و», a comma or spaces between them."""
    return b.start - a.end <= 4 and text[a.end : b.start].strip(" ،,و") == ""


def _surnames(text: str, ws: list[Word], found: list[NameMatch], given: frozenset[str]) -> frozenset[str]:
    """Names written right after a given name somewhere in the text: family names throughout the article."""
    out = set()
    for m in found:
        if m.first_word == 0 or m.cue or m.modifier:
            continue
        a, b = ws[m.first_word - 1], ws[m.first_word]
        if (a.text in given or (a.text[:1] == "و" and a.text[1:] in given)) and not text[
            a.end : b.start
        ].strip():
            out.add(m.key)
    return frozenset(out)


def _abroad_town(cands: list[Place]) -> bool:
    """Only towns outside the region: a family name there is likelier than a foreign town (Arabic given names
    are too often ordinary words to rule out a place of the region after them)."""
    return all(p.feature not in _REGION_FEATURES and p.country not in REGION for p in cands)


def _context_follows(found: list[NameMatch], i: int, ws: list[Word]) -> bool:
    """«X بريف Y», «X شرق Y»: the next name is a countryside/direction phrase right after this one."""
    if i + 1 >= len(found):
        return False
    nxt = found[i + 1]
    return nxt.modifier is not None and nxt.first_word - found[i].last_word <= 3


def _inside_list(text: str, found: list[NameMatch], i: int, gaz: Gazetteer) -> bool:
    """«قرى الحواش والقاهرة والعنكاوي والعمقية والزقوم والحويجة وقسطون»: a word-like name between two place
    names that are not word-like, joined to both by «و» or a comma only, is a member of the list of places."""
    if i == 0 or i + 1 >= len(found):
        return False
    a, m, b = found[i - 1], found[i], found[i + 1]
    if a.key in gaz.wordlike or b.key in gaz.wordlike or a.modifier or b.modifier:
        return False
    return all(text[x:y].strip(" ،,و") == "" and y - x <= 4 for x, y in ((a.end, m.start), (m.end, b.start)))


def _quarter_of_next_town(
    found: list[NameMatch], i: int, ws: list[Word], cands: list[Place], gaz: Gazetteer
) -> bool:
    """«المنصور ببغداد», «الشعلة غربي بغداد»: a word-like name of a listed quarter, with the quarter's town named
    right after it (glued to «ب» or as a direction phrase), is that quarter."""
    if i + 1 >= len(found):
        return False
    nxt = found[i + 1]
    if nxt.first_word != found[i].last_word + 1 and not (
        nxt.modifier and nxt.first_word - found[i].last_word <= 2
    ):
        return False
    if nxt.modifier is None:
        w = ws[nxt.first_word]
        if not (nxt.start > w.start and w.text[: nxt.start - w.start][-1:] == "ب"):
            return False
    towns = [gaz.places[j] for j in gaz.candidates(nxt.key)]
    return any(
        q.feature == "facility"
        and q.kind == "neighbourhood"
        and t.feature == "city"
        and haversine_km(q.lat, q.lon, t.lat, t.lon) <= 15
        for q in cands
        for t in towns
    )


def _candidates(m: NameMatch, gaz: Gazetteer, ws: list[Word] | None = None) -> list[Place]:
    cands = [gaz.places[j] for j in gaz.candidates(m.key)]
    if ws is not None and m.last_word + 1 < len(ws) and ws[m.last_word + 1].start - m.end <= 2:
        # «مدينة سروج التركية», «الرقة السورية»: a country adjective right after the name says its country.
        code = gaz.gentilics.get(ws[m.last_word + 1].text)
        named = [p for p in cands if p.country == code]
        if code and named:
            cands = named
    if m.cue:
        from marsad.places.matching import CUES

        wanted = CUES[m.cue]
        preferred = [p for p in cands if p.feature in wanted]
        if preferred:
            return preferred
    if m.modifier == "rural":
        # «ريف حلب»: the governorate (or the town's surroundings), not a village that happens to share the name.
        cands = sorted(cands, key=lambda p: p.feature not in ("admin1", "city", "admin2"))
    return cands


def _focus(tops: list[tuple[Place, float]], title_countries: Counter[str]) -> dict[str, float]:
    weights: Counter[str] = Counter()
    for p, margin in tops:
        weights[p.country] += 1.0 if margin >= 1.0 else 0.4
    for c, n in title_countries.items():
        weights[c] += 2.0 * n
    total = sum(weights.values()) or 1.0
    return {c: w / total for c, w in weights.items()}


def _vouches(q: Place) -> bool:
    """Whether a chosen place is evidence that the article is about its country."""
    return q.prior >= 3.0 or q.feature in ("country", "admin1", "admin2", "region", "facility")


class _Context:
    """The article's current choices, deduplicated by name (a name repeated 1,000 times counts once)."""

    def __init__(self, matches: list[NameMatch], chosen: list[Place | None], gaz: Gazetteer):
        self.gaz = gaz
        self.matches = matches
        self.chosen = chosen
        by_key: dict[str, dict[str, Place]] = {}
        for m, q in zip(matches, chosen, strict=True):
            if q is not None:
                by_key.setdefault(m.key, {})[q.id] = q
        self.by_key = by_key
        # Country support for the foreign-place rule: only names that are not minor places themselves
        # (two Syrian village namesakes in an article about Iraq do not vouch for each other).
        self.pairs = Counter(q.country for places in by_key.values() for q in places.values() if _vouches(q))
        self._near: dict[tuple[str, str], float] = {}
        # the chosen places other than countries, as arrays: one vectorized distance per question
        points = [(k, q) for k, places in by_key.items() for q in places.values() if q.feature != "country"]
        self._key_no = {k: i for i, k in enumerate(by_key)}
        self._point_key = np.array([self._key_no[k] for k, _ in points], dtype=np.intp)
        self._lat = np.radians([q.lat for _, q in points])
        self._lon = np.radians([q.lon for _, q in points])

    def nearest_other(self, key: str, p: Place) -> float:
        """Distance from ``p`` to the closest place chosen for another name (countries left out)."""
        hit = self._near.get((key, p.id))
        if hit is None:
            other = self._point_key != self._key_no.get(key, -1)
            hit = (
                float(haversine_many(p.lat, p.lon, self._lat[other], self._lon[other]).min())
                if other.any()
                else math.inf
            )
            self._near[(key, p.id)] = hit
        return hit

    def prior(self, key: str, p: Place) -> float:
        """`Place.prior`, raised when the name is the place's primary name and lowered for an alternate one
        («صلاح الدين» is the Iraqi governorate, not a town that lists it among its alternate names)."""
        if p.country not in REGION:  # GeoNames' first Arabic name abroad is arbitrary (برشلونة: ES or VE)
            return p.prior
        return p.prior + (0.7 if self.gaz.is_primary(key, p) else -0.8)

    def countries_without(self, key: str) -> Counter[str]:
        own = Counter(q.country for q in self.by_key.get(key, {}).values() if _vouches(q))
        return self.pairs - own


def _score(p: Place, k: int, ctx: _Context, focus: dict[str, float]) -> tuple[float, str]:
    # Country focus separates namesakes inside the region («الرقة» SY/KW); abroad the big city wins
    # («موسكو» is Moscow even in an article about the United States).
    boost = focus.get(p.country, 0.0) if p.country in REGION else 0.0
    s = ctx.prior(ctx.matches[k].key, p) + 3.0 * boost
    why = "prior"
    if boost >= 0.3:
        why = "country-focus"
    matches, chosen = ctx.matches, ctx.chosen
    m = matches[k]
    # The names just around this one: «خشام بريف دير الزور», «دير الزور، خشام».
    for j in (k + 1, k + 2, k - 1):
        if not 0 <= j < len(matches) or chosen[j] is None:
            continue
        o, q = matches[j], chosen[j]
        gap = o.first_word - m.last_word if j > k else m.first_word - o.last_word
        if gap > 8 or q is p or q is None or q.country != p.country:
            continue
        if q.admin1_code and q.admin1_code == p.admin1_code and q.feature in ("admin1", "city", "admin2"):
            s += 2.5 if o.modifier or q.feature == "admin1" else 1.5
            why = "admin-context"
        elif haversine_km(p.lat, p.lon, q.lat, q.lon) < 60:
            s += 1.5
            why = "admin-context"
    # A coordinated list names places of one kind: «الرياض وأنقرة وعمان ودمشق» are capitals (Amman), «إثيوبيا
    # وعمان وتركيا» countries (Oman).
    for j in (k - 1, k + 1):
        q = chosen[j] if 0 <= j < len(matches) else None
        if q is not None and q is not p and q.feature in ("country", "city"):
            o = matches[j]
            gap = o.first_word - m.last_word if j > k else m.first_word - o.last_word
            if gap <= 2 and (q.feature == "country") == (p.feature == "country"):
                s += 1.0
    # Co-mentioned places anywhere in the article.
    best = ctx.nearest_other(m.key, p)
    if best < 30:
        s += 1.0
    elif best < 100:
        s += 0.6
    elif best < 300:
        s += 0.3
    return s, why


# Words that put a name at city level: «وسط تونس», «شوارع الجزائر» before it; «بتونس أمام مقر البلدية», «في
# الكويت … شارع» after it (within the clause).
_CITY_BEFORE = frozenset(fold(w) for w in ["وسط", "قلب", "شوارع", "ضواحي", "أحياء", "أنهج", "بلدية", "مداخل"])
_CITY_AFTER = frozenset(
    fold(w) for w in ["شارع", "نهج", "ساحة", "ميدان", "البلدية", "بلدية", "حي", "الحي", "كورنيش", "المدينة"]
)
_PREPOSITIONS = frozenset({"في", "الي", "من"})


def _state_or_capital(
    k: int, c: list[Place], matches: list[NameMatch], chosen: list[Place | None], ws: list[Word], text: str
) -> tuple[Place, str] | None:
    """«تونس», «الجزائر», «الكويت»: the state and its capital share the name. The state, unless the context
    is a city's: a city-cue word before it («وسط تونس»), a list of cities around it («في تونس والقيروان
    وسوسة»), or a preposition (في، ب، إلى، من) with a street, square or municipality after it in the clause
    («وقفة احتجاجية بتونس أمام مقر البلدية»)."""
    state = next((p for p in c if p.feature == "country"), None)
    if state is None:
        return None
    city = next((p for p in c if p.feature == "city" and p.country == state.country), None)
    if city is None:
        return None
    m = matches[k]
    i = m.first_word
    prev = ws[i - 1].text if i > 0 else ""
    if prev in _CITY_BEFORE or prev[1:] in _CITY_BEFORE:
        return city, "namesake-city"
    for j in (k - 1, k + 1):
        q = chosen[j] if 0 <= j < len(matches) else None
        if q is not None and q.feature == "city" and q.country == city.country:
            o = matches[j]
            a, b = (m.end, o.start) if j > k else (o.end, m.start)
            if text[a:b].strip(" ،,و") == "":  # «تونس والقيروان», «سوسة، تونس»: a list of cities
                return city, "namesake-city"
    glued = m.start > ws[i].start and ws[i].text[: m.start - ws[i].start][-1:] in "بل"
    if glued or prev in _PREPOSITIONS:
        end = text.find(".", m.end)
        clause = ws[m.last_word + 1 : m.last_word + 9]
        if any(w.text in _CITY_AFTER and (end < 0 or w.start < end) for w in clause):
            return city, "namesake-city"
    return state, "namesake-state"


def _state_we_lack(m: NameMatch, cands: list[Place], p: Place) -> bool:
    """«ولاية فلوريدا»: the cue names a province; with no province of that name in the gazetteer, a town abroad
    that shares it (Florida, Uruguay) is not it. In the region the governorate's seat stands for it."""
    return (
        bool(m.cue)
        and CUES.get(m.cue) == ("admin1",)
        and p.country not in REGION
        and all(q.feature != "admin1" for q in cands)
    )


_NAMED_AREAS = frozenset({"admin1", "region"})
# «المنطقة الشرقية», «منطقة الرياض»: names made of a generic word name other areas too (a quarter of Sousse).
_GENERIC_AREA_WORDS = frozenset(fold(w) for w in ["منطقة", "المنطقة", "الإقليم", "إقليم"])


def _foreign(p: Place, m: NameMatch, ctx: _Context) -> bool:
    """A minor place in a country the rest of the article never mentions is more likely a name we lack
    or an ordinary word.

    «ميناء البريقة» in an article about Aden is Aden's port, not Libya's Brega; «ضلاع همدان» near Sanaa is
    not Iran's Hamadan; a Syrian village called «بيرة» in an article about Libya is the word. Left
    unresolved rather than put in the wrong country.
    """
    if p.feature == "country" or p.prior >= 5.0 or p.kind == "capital":
        return False  # a country, a big city, a national capital («واشنطن», curated_world.tsv)
    if p.feature in _NAMED_AREAS and " " in m.key and m.key.split(" ", 1)[0] not in _GENERIC_AREA_WORDS:
        return False  # «الضفة الغربية», «جنوب لبنان», «سهل الغاب»: a multi-word region name is not an ordinary word
    others = ctx.countries_without(m.key)
    total = sum(others.values())
    if not ctx.gaz.is_primary(m.key, p) and others.get(p.country, 0) == 0:
        # An alternate name of a place in a country the article otherwise never names: «مهربين» for an Iranian
        # town, «وادي» for El Oued, «معسكر» for Mascara.
        return not (m.cue or m.modifier)
    if p.country not in REGION and p.population < 500_000 and not m.cue and others.get(p.country, 0) == 0:
        return True  # «بيرون», «فيدل», «ويلز»: person names that are also towns abroad
    if p.prior < 3.0:  # villages, small towns, facilities, districts
        if total == 0:
            return not (m.cue or m.modifier) and p.feature == "village"
        return others.get(p.country, 0) < 0.2 * total
    return (
        total >= 3 and others.get(p.country, 0) <= 0.15 * total and others.most_common(1)[0][1] >= 0.6 * total
    )


_LONELY_KM = 50.0


def _lonely(
    p: Place, m: NameMatch, k: int, ctx: _Context, sc: list[tuple[float, str]], c: list[Place]
) -> bool:
    """A small place named bare — no cue, no countryside/direction phrase, no admin unit next to it and no other
    place of the article within 50 km — when it is a hamlet (a village without a population figure: «قرآن»,
    «ضمير», «الطوق» are Syrian hamlets too) or a town under 100k named by a GeoNames alternate name («صخرة»,
    «السباعية»). News names such places with «قرية/بلدة», their district or their
    neighbours; a word we lack in ``wordlike.tsv`` is likelier."""
    if m.cue or m.modifier or p.id.startswith("cur:") or p.feature not in ("village", "city"):
        return False
    if p.population >= 100_000 or p.kind in _SEATS or sc[c.index(p)][1] == "admin-context":
        return False
    if ctx.nearest_other(m.key, p) <= _LONELY_KM:
        return False
    return (p.feature == "village" and not p.population) or not ctx.gaz.is_primary(m.key, p)


_QUARTER_CUES = frozenset({fold("حي"), fold("أحياء")})
_TOWNS = frozenset({"city", "admin2", "admin3"})  # what a quarter belongs to («حي الدمينة بمنطقة دار سعد»)
_SEATS = frozenset({"capital1", "capital2"})


def _quarter(k: int, p: Place, matches: list[NameMatch], chosen: list[Place | None]) -> Resolution | None:
    """«حي X»: a quarter of a town. ``p`` stands when it is a listed neighbourhood or lies within 15 km of a town
    the article names («حي القابون في دمشق»); otherwise the quarter goes to the town named around it (precision 2;
    the governorate, precision 3, when only that is named: «حي الرياض من ولاية سوسة»), or stays unresolved
    rather than land on a village of that name elsewhere. None: keep the normal resolution."""
    if p.feature == "facility" and p.kind == "neighbourhood":
        return None
    if any(
        q is not None and q.feature in _TOWNS and haversine_km(p.lat, p.lon, q.lat, q.lon) <= 15
        for j, q in enumerate(chosen)
        if j != k
    ):
        return None
    m = matches[k]
    town = _city_around(k, matches, chosen)
    if town is None:
        if p.feature == "village":
            return Resolution(m, None, 0, "", 0.0, "unresolved", 0)
        return None
    prec, feat = (3, "admin1") if town.feature == "admin1" else (2, "city")
    return Resolution(m._replace(modifier="quarter"), town, prec, feat, 0.5, "gazetteer:quarter-of-town", 0)


def _city_around(k: int, matches: list[NameMatch], chosen: list[Place | None]) -> Place | None:
    """The town a quarter («حي X») belongs to: a town named just after or before it («حي الرياض بسوسة»,
    «مدينة حلب … حي الخالدية»), else the town the article names most."""
    m = matches[k]
    around = []
    for j in (k + 1, k - 1, k + 2, k - 2):
        q = chosen[j] if 0 <= j < len(matches) and matches[j].cue not in _QUARTER_CUES else None
        if q is not None:
            o = matches[j]
            if (o.first_word - m.last_word if j > k else m.first_word - o.last_word) <= 6:
                around.append(q)
    # A town first («القريبة من حي التأميم» after «الرمادي مركز محافظة الأنبار» is Ramadi's), then a governorate.
    for q in around:
        if q.feature in _TOWNS or q.kind in _SEATS:
            return q
    for q in around:
        if q.feature == "admin1":
            return q
    towns: Counter[str] = Counter()
    by_id: dict[str, Place] = {}
    for j, q in enumerate(chosen):
        if j != k and q is not None and matches[j].cue not in _QUARTER_CUES and q.feature == "city":
            towns[q.id] += 1
            by_id[q.id] = q
    return by_id[towns.most_common(1)[0][0]] if towns else None


def _precision(m: NameMatch, p: Place, gaz: Gazetteer) -> tuple[Place, int, str]:
    if m.modifier == "rural":
        if p.feature == "admin1" or p.kind == "capital1":
            region = next(
                (
                    gaz.places[j]
                    for j in gaz.candidates(m.key)
                    if gaz.places[j].feature == "admin1" and gaz.places[j].admin1_code == p.admin1_code
                ),
                p,
            )
            return region, 3, "region"
        return p, 2, "region"
    if m.modifier in ("direction", "near"):
        if p.feature in _REGION_FEATURES:
            return p, 3, "region"
        return p, 2, p.feature
    if p.feature in _REGION_FEATURES:
        return p, 3, p.feature
    if p.feature in ("admin2", "admin3"):
        return p, 2, p.feature
    return p, 1, p.feature


def resolve_text(
    text: str,
    gaz: Gazetteer,
    title: str = "",
    view: NormalizedText | None = None,
    seen: list[tuple[int, int]] | None = None,
) -> list[Resolution]:
    """Places named in the folded ``text`` (``title`` only informs the country focus; ``view``, the
    `NormalizedText` that ``text`` comes from, lets the matcher see diacritics of the original; ``seen``
    receives the view spans of all known names, also those the filters set aside)."""
    ws = words(text)
    if view is not None:
        matches = find_places(text, gaz, ws, view.original, view.span_to_original, seen)
    else:
        matches = find_places(text, gaz, ws, seen=seen)
    if not matches:
        return []
    cands = [_candidates(m, gaz, ws) for m in matches]
    title_countries: Counter[str] = Counter()
    for w in ws:  # «القوات العراقية», «العاهل الأردني»: adjectives count half a title mention
        code = gaz.gentilics.get(w.text)
        if code:
            title_countries[code] += 0.25  # type: ignore[assignment]
    if title:
        for tm in find_places(title, gaz):
            tc = gaz.candidates(tm.key)
            if tc:
                title_countries[gaz.places[tc[0]].country] += 1
    chosen: list[Place | None] = [c[0] if c else None for c in cands]
    scores: list[list[tuple[float, str]]] = []
    for _round in range(2):
        tops = []
        for c in cands:
            if c:
                margin = c[0].prior - c[1].prior if len(c) > 1 and c[1].country != c[0].country else 9.0
                tops.append((c[0], margin))
        focus = _focus(tops if _round == 0 else [(p, 1.0) for p in chosen if p is not None], title_countries)
        ctx = _Context(matches, chosen, gaz)
        scores = [[_score(p, k, ctx, focus) for p in c] for k, c in enumerate(cands)]
        chosen = [
            c[max(range(len(c)), key=lambda i: sc[i][0])] if c else None
            for c, sc in zip(cands, scores, strict=True)
        ]
    namesake: dict[int, str] = {}
    for k, c in enumerate(cands):
        pick = _state_or_capital(k, c, matches, chosen, ws, text)
        if pick is not None:
            chosen[k], namesake[k] = pick
    out = []
    ctx = _Context(matches, chosen, gaz)
    for k, (m, c, sc, p) in enumerate(zip(matches, cands, scores, chosen, strict=True)):
        if p is not None and m.cue in _QUARTER_CUES:
            q = _quarter(k, p, matches, chosen)
            if q is not None:
                out.append(q._replace(n_candidates=len(c)))
                continue
        if p is None or _foreign(p, m, ctx) or _state_we_lack(m, c, p) or _lonely(p, m, k, ctx, sc, c):
            out.append(Resolution(m, None, 0, "", 0.0, "unresolved", len(c)))
            continue
        vals = [v for v, _ in sc]
        top = max(vals)
        z = sum(math.exp(v - top) for v in vals)
        conf = 1.0 / z
        rule = namesake.get(k) or (sc[c.index(p)][1] if len(c) > 1 else "unique")
        place, precision, feature = _precision(m, p, gaz)
        if m.modifier:
            rule += f"+{m.modifier}"
        out.append(Resolution(m, place, precision, feature, round(conf, 3), f"gazetteer:{rule}", len(c)))
    return _with_anchors(text, ws, _one_sense(out), gaz)


_WEAK_RULES = ("gazetteer:prior", "gazetteer:country-focus")


def _one_sense(out: list[Resolution]) -> list[Resolution]:
    """A name repeated bare means one place in an article: the mention the text located («قرية دوما بالضفة الغربية …
    رئيس مجلس محلي دوما» is the West Bank's Duma both times), else the place most of its mentions got («عمان» twice
    Amman by the article's focus, then «السفارة السعودية بعمان» is Amman too)."""
    located: dict[str, Resolution] = {}
    votes: dict[str, Counter[str]] = {}
    by_id: dict[str, Resolution] = {}
    for r in out:
        if r.place is None:
            continue
        if r.rule.startswith("gazetteer:admin-context") and r.match.key not in located:
            located[r.match.key] = r
        votes.setdefault(r.match.key, Counter())[r.place.id] += 1
        by_id.setdefault(r.place.id, r)
    for key, v in votes.items():
        (top, n), total = v.most_common(1)[0], sum(v.values())
        if key not in located and len(v) > 1 and n > total / 2:
            located[key] = by_id[top]
    if not located:
        return out
    res = []
    for r in out:
        a = located.get(r.match.key)
        bare = r.place is not None and not (r.match.cue or r.match.modifier)
        if a is not None and bare and r.place is not a.place and r.rule.startswith(_WEAK_RULES):
            r = r._replace(
                place=a.place, precision=a.precision, feature=a.feature, rule="gazetteer:same-name"
            )
        res.append(r)
    return res


def _with_anchors(text: str, ws: list[Word], out: list[Resolution], gaz: Gazetteer) -> list[Resolution]:
    """Add the cued names the gazetteer lacks, located by their anchor (`anchors.anchor_unknown`)."""

    def make(m: NameMatch, p: Place, precision: int, feature: str, conf: float, rule: str) -> Resolution:
        return Resolution(m, p, precision, feature, conf, rule, 0)

    countries = Counter(r.place.country for r in out if r.place is not None and r.place.feature != "country")
    top = countries.most_common(1)
    total = sum(countries.values())
    focus = top[0][0] if top and top[0][1] >= 2 and top[0][1] >= 0.7 * total else None
    extra = anchor_unknown(text, ws, out, gaz, make, focus)
    return sorted(out + extra, key=lambda r: r.match.start) if extra else out
