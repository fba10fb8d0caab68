"""Which of the names the matcher finds are places: the filters against ordinary words (`find_places`).

`matching.find_names` finds every known name; a name that news also uses as a word, a family name, an
adjective or a mountain we lack is kept only with the context that makes it a place: a cue («قرية X»), a
countryside or direction phrase («X بريف Y»), a list of places around it, or its town right after it
(«المنصور ببغداد»). The members of a list after a cue share the cue («قريتي محمبل وجوزف»).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from marsad.places.anchors import common_words
from marsad.places.gazetteer import REGION, REGION_FEATURES, SEATS, Gazetteer, Place, big_place
from marsad.places.geometry import haversine_km
from marsad.places.matching import (
    PLURAL_CUES,
    NameMatch,
    Word,
    find_names,
    natural_before,
    outlet_before,
    words,
)
from marsad.text.normalize import fold

__all__ = ["find_places"]

TANWEEN = re.compile("[\u064b-\u064d]")


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
        if original is not None and TANWEEN.search(original, *view_span(m.start, m.end)):
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
        if outlet_before(ws, m.first_word):
            continue  # «وفق ما أوردته صحيفة "الرياض"»: the newspaper, not the city
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
    if any(p.population >= 100_000 or p.kind in SEATS or p.feature not in ("village", "city") for p in cands):
        return False
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
    return all(p.feature not in REGION_FEATURES and p.country not in REGION for p in cands)


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
