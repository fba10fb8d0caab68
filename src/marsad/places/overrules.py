"""After the scores: rules that overrule the best-scored place of a name.

A state and its namesake capital («تونس», «الجزائر», «الكويت») are the state unless the context is a city's
(`state_or_capital`). A name is left unresolved rather than put in the wrong place when it is a minor place
in a country the rest of the article never mentions (`foreign`), a hamlet or an alternate name named bare
and far from the article's other places (`lonely`), or a province we lack named with its cue
(`state_we_lack`).
"""

from __future__ import annotations

from marsad.places.gazetteer import REGION, SEATS, Place
from marsad.places.matching import CUES, NameMatch, Word
from marsad.places.scoring import Context
from marsad.text.normalize import fold

__all__ = ["foreign", "lonely", "state_or_capital", "state_we_lack"]

# Words that put a name at city level: «وسط تونس», «شوارع الجزائر» before it; «بتونس أمام مقر البلدية», «في
# الكويت … شارع» after it (within the clause).
_CITY_BEFORE = frozenset(fold(w) for w in ["وسط", "قلب", "شوارع", "ضواحي", "أحياء", "أنهج", "بلدية", "مداخل"])

_CITY_AFTER = frozenset(
    fold(w) for w in ["شارع", "نهج", "ساحة", "ميدان", "البلدية", "بلدية", "حي", "الحي", "كورنيش", "المدينة"]
)

_PREPOSITIONS = frozenset({"في", "الي", "من"})


def state_or_capital(
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


def state_we_lack(m: NameMatch, cands: list[Place], p: Place) -> bool:
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


def foreign(p: Place, m: NameMatch, ctx: Context) -> bool:
    """A minor place in a country the rest of the article never mentions is more likely a name we lack
    or an ordinary word.

    «ميناء البريقة» in an article about Aden is Aden's port, not Libya's Brega; «ضلاع همدان» near Sanaa is
    not Iran's Hamadan; a Syrian village called «بيرة» in an article about Libya is the word. Left
    unresolved rather than put in the wrong country.
    """
    # a country, a big city, a national capital, a world city we vouch for («واشنطن», «جنيف»)
    if p.feature == "country" or p.prior >= 5.0 or p.kind == "capital" or "curated_world" in p.source:
        return False
    if p.id.startswith("fac:") and " " in m.key:
        return False  # a facility we curated, named in full: «كامب ديفيد», «ميدان تقسيم», «سجن أبو غريب»
    if p.feature in _NAMED_AREAS and " " in m.key and m.key.split(" ", 1)[0] not in _GENERIC_AREA_WORDS:
        return False  # «الضفة الغربية», «جنوب لبنان», «سهل الغاب»: a multi-word region name is not an ordinary word
    others = ctx.countries_without(m.key)
    total = sum(others.values())
    if not ctx.gaz.is_primary(m.key, p) and others.get(p.country, 0) == 0:
        # An alternate name of a place in a country the article otherwise never names: «مهربين» for an Iranian
        # town, «وادي» for El Oued, «معسكر» for Mascara.
        return not (m.cue or m.modifier)
    if (
        p.country not in REGION
        and p.population < 500_000
        and p.feature not in _NAMED_AREAS  # «هلمند», «إقليم فارياب»: a province is no person
        and not m.cue
        and others.get(p.country, 0) == 0
    ):
        return True  # «بيرون», «فيدل», «ويلز»: person names that are also towns abroad
    if p.prior < 3.0 and p.feature not in _NAMED_AREAS:  # villages, small towns, facilities, districts
        if total == 0:
            return not (m.cue or m.modifier) and p.feature == "village"
        return others.get(p.country, 0) < 0.2 * total
    return (
        total >= 3 and others.get(p.country, 0) <= 0.15 * total and others.most_common(1)[0][1] >= 0.6 * total
    )


_LONELY_KM = 50.0


def lonely(p: Place, m: NameMatch, k: int, ctx: Context, sc: list[tuple[float, str]], c: list[Place]) -> bool:
    """A small place named bare — no cue, no countryside/direction phrase, no admin unit next to it and no other
    place of the article within 50 km — when it is a hamlet (a village without a population figure: «قرآن»,
    «ضمير», «الطوق» are Syrian hamlets too) or a town under 100k named by a GeoNames alternate name («صخرة»,
    «السباعية»). News names such places with «قرية/بلدة», their district or their
    neighbours; a word we lack in ``wordlike.tsv`` is likelier."""
    if m.cue or m.modifier or p.id.startswith("cur:") or p.feature not in ("village", "city"):
        return False
    if p.population >= 100_000 or p.kind in SEATS or sc[c.index(p)][1] == "admin-context":
        return False
    if ctx.nearest_other(m.key, p) <= _LONELY_KM:
        return False
    return (p.feature == "village" and not p.population) or not ctx.gaz.is_primary(m.key, p)
