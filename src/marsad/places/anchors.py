"""Places the gazetteer lacks, located by the admin unit the text names next to them (ACLED precision 3).

News names villages no source lists: «قريتي المشيك والبحصة … بسهل الغاب في ريف حماة», «معسكر لبوزة في محافظة
لحج», «قرب بلدة المريسة» (an article about Libya). When a place cue («قرية», «بلدة», «مخيم», «معسكر», «حي» …)
or «في» introduces a name the gazetteer does not have, and the text anchors it — a governorate, region,
countryside or direction phrase resolved right after it («بريف حماة», «شرق دير الزور», «(جنوب لبنان)») —
the name becomes a LOC located at the anchor (precision 3 for an area, 2 near a town), with rule ``anchor:*``
and a lower confidence. A cued name with no anchor in an article about one country gets that country.

The same anchor corrects a known name: «قرية دوما بالضفة الغربية» is the West Bank's Duma, not Syria's;
with no candidate inside the anchor, the anchor itself stands.
"""

from __future__ import annotations

import gzip
import re
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable, Sequence
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

from marsad.places.gazetteer import Gazetteer, Place
from marsad.places.geometry import haversine_km
from marsad.places.matching import DIRECTION_WORDS, NameMatch, Word, name_key, strip_clitics
from marsad.text.normalize import fold

if TYPE_CHECKING:
    from marsad.places.resolve import Resolution

_Make = Callable[..., "Resolution"]  # (match, place, precision, feature, confidence, rule) -> Resolution

__all__ = ["anchor_unknown", "common_words", "namey", "CUE_KINDS"]

# Cues that introduce one place (or a list of them) of a kind a gazetteer often lacks.
_CUES = frozenset(
    fold(w)
    for w in [
        "قرية", "قريتي", "قرى", "بلدة", "بلدتي", "بلدات", "مدينة", "مدينتي", "مخيم", "مخيمي",
        "معسكر", "معسكري", "حي", "حيي", "أحياء", "منطقة", "منطقتي", "ناحية", "مديرية", "مزرعة",
    ]
)  # fmt: skip
# Words allowed between a name and its anchor («قرية X في محافظة Y», «X التابعة لريف Y», «X (جنوب لبنان)»).
_CONNECTORS = frozenset(
    fold(w)
    for w in [
        "في", "ب", "من", "قرب", "بالقرب", "التابعة", "التابع", "الواقعة", "الواقع", "ضمن", "داخل", "و",
        "محافظة", "بمحافظة", "ولاية", "بولاية", "منطقة", "بمنطقة", "مديرية", "بمديرية", "قضاء", "بقضاء",
    ]
) | DIRECTION_WORDS  # fmt: skip
# First words of two-word village names («تل حمكي», «عين عيسى», «كفر نبل»).
_PREFIXES = frozenset(
    fold(w)
    for w in [
        "تل",
        "عين",
        "كفر",
        "دير",
        "خربة",
        "بئر",
        "بير",
        "أم",
        "ام",
        "أبو",
        "ابو",
        "بني",
        "بيت",
        "رأس",
        "جب",
        "ذي",
        "ذو",
    ]
)
# «في X بمحافظة إدلب»: without a cue, only these unit words (or «ب» glued to the unit) anchor a name.
_UNIT_WORDS = frozenset(fold(w) for w in ["محافظة", "بمحافظة", "ولاية", "بولاية", "بريف", "ريف"])
# «منطقة المار بولاية فرياب على الحدود مع تركمانستان»: a place named after these borders the unknown name's area,
# it does not contain it.
_BORDER_WORDS = frozenset(
    fold(w)
    for w in ["الحدود", "حدود", "الحدودية", "الحدودي", "مع", "المحاذية", "المحاذي", "المتاخمة", "المتاخم"]
)
_STOP = re.compile(r"[.!?؟؛:\n،,]")
_AREAS = frozenset({"admin1", "admin2", "admin3", "region", "country"})
_COMMON = 8  # a word seen this often in the shipped corpus counts is an ordinary word, not a village's name
_MAX_ITEMS = 8


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Folded words frequent in ANT + ANERcorp + AQMAR text (``data/text/clitics_lexicon.tsv.gz``, counts only)."""
    raw = resources.files("marsad").joinpath("data/text/clitics_lexicon.tsv.gz").read_bytes()
    counts: Counter[str] = Counter()
    for ln in gzip.decompress(raw).decode("utf-8").splitlines():
        if ln and not ln.startswith("#"):
            n, _, w = ln.partition("\t")
            if n.isdigit():
                counts[name_key(w)] += int(n)
    return frozenset(w for w, n in counts.items() if n >= _COMMON)


def namey(word: str, gaz: Gazetteer, common: frozenset[str]) -> bool:
    """Whether a folded word can be the name of a place we lack (cached per gazetteer)."""
    cache: dict[str, bool] = gaz.__dict__.setdefault("_namey_cache", {})
    hit = cache.get(word)
    if hit is None:
        hit = cache[word] = _namey_uncached(word, gaz, common)
    return hit


def _namey_uncached(word: str, gaz: Gazetteer, common: frozenset[str]) -> bool:
    """A word that can be the name of a place we lack: not an ordinary word in any clitic reading («للنازحين»,
    «ومحافظات»), not a cue or connector, not «ريفها», not an indefinite adjective in «ية» («منطقة حدودية»)."""
    if (
        len(word) < 3
        or word.startswith(("ريف", "ارياف", "لا", "لل"))
        or (word.endswith("يه") and word[:2] != "ال")
    ):
        return False
    indefinite = not word.startswith("ال")
    derived = (word.endswith("ه") and word[:-1] in common) or (word[0] in "تي" and word[1:] in common)
    if indefinite and _participle(word):
        return False  # «أحياء مأهولة», «منطقة محظورة», «قرية مهجورة»: an adjective after the cue
    if word.endswith(("ها", "هم", "هما", "كم")) or (indefinite and derived):
        return False  # «وجرودها» (a pronoun), «محررة» (محرر + ة), «تتحرر» (ت + تحرر): words, not names
    for _, rest in strip_clitics(word):
        if rest in common or rest in _CONNECTORS or rest in _CUES or rest in gaz.cue_required:
            return False
    return True


def _participle(word: str) -> bool:
    """A feminine passive participle of the pattern مفعولة («مأهولة», «محظورة», «منزوعة», «مهجورة»), a proclitic
    «و» or «ب» allowed: an adjective, not the name of a village."""
    w = word[1:] if len(word) == 7 and word[0] in "وب" else word
    return len(w) == 6 and w[0] == "م" and w[3] == "و" and w.endswith("ه")


# The kind of place a cue introduces: the entity subtype of a place we lack (its ``geo`` is the anchor's).
CUE_KINDS = {
    **{fold(w): "village" for w in ["قرية", "قريتي", "قرى", "مزرعة"]},
    **{fold(w): "city" for w in ["بلدة", "بلدتي", "بلدات", "مدينة", "مدينتي"]},
    **{fold(w): "camp" for w in ["مخيم", "مخيمي"]},
    **{fold(w): "base" for w in ["معسكر", "معسكري"]},
    **{fold(w): "neighbourhood" for w in ["حي", "حيي", "أحياء"]},
    **{fold(w): "region" for w in ["منطقة", "منطقتي", "ناحية", "مديرية"]},
}
# Every cue with and without a proclitic («بقرية», «وبلدة»), so a lookup finds it: never a cue inside a longer
# word («يحيى» is not ي + حيي).
_CUE_FORMS = {p + c: c for c in _CUES for p in ("", "و", "ب", "ف", "ل", "وب", "وف", "ول")}


def _connector(word: str) -> bool:
    return word in _CONNECTORS or (len(word) > 2 and word[0] in "وب" and word[1:] in _CONNECTORS)


class _Found:
    """The resolutions as word ranges: which words each resolved name covers."""

    def __init__(self, ws: Sequence[Word], res: list[Resolution]) -> None:
        self.starts = [w.start for w in ws]
        self.by_word: dict[int, int] = {}
        self.phrase_first: list[int] = []
        for k, r in enumerate(res):
            first = min(bisect_left(self.starts, r.match.phrase_start + 1) - 1, r.match.first_word)
            self.phrase_first.append(max(first, 0))
            for i in range(max(first, 0), r.match.last_word + 1):
                self.by_word[i] = k


def _anchor(
    text: str, ws: Sequence[Word], found: _Found, res: list[Resolution], after: int, end_offset: int
) -> tuple[int, bool] | None:
    """The resolution that anchors a name ending at word ``after``: an area, a countryside/direction/near
    phrase or a town named with its cue («بمدينة X», «بمعتمدية X»), within 10 words in the same clause.
    Returns (index, tight): tight when only connectors lie between."""
    for i in range(after + 1, min(after + 11, len(ws))):
        if _STOP.search(text, end_offset, ws[i].start):
            return None
        k = found.by_word.get(i)
        if k is None:
            continue
        r = res[k]
        if r.place is None:
            continue
        town = r.match.cue is not None and r.place.feature in ("city", "admin2", "admin3")  # «بمعتمدية طبربة»
        if town or r.place.feature in _AREAS or r.match.modifier in ("rural", "direction", "near"):
            gap = [w.text for w in ws[after + 1 : found.phrase_first[k]]]
            if any(g in _BORDER_WORDS for g in gap):
                return None
            tight = len(gap) <= 3 and all(_connector(g) for g in gap)
            return k, tight
    return None


def _unit_follows(ws: Sequence[Word], anchor: Resolution, last: int) -> bool:
    """The anchor of «في X» is a governorate/region written right after X with a unit word or a glued «ب»."""
    m = anchor.match
    if anchor.place.feature not in ("admin1", "region") and m.modifier != "rural":
        return False
    between = [w.text for w in ws[last + 1 : m.first_word]]
    if m.modifier == "rural":
        return len(between) == 1 and between[0] in _UNIT_WORDS
    if not between:
        return ws[m.first_word].text.startswith("ب") and m.start > ws[m.first_word].start
    return len(between) == 1 and between[0] in _UNIT_WORDS


def _inside(p: Place, area: Place) -> bool:
    if p.country != area.country:
        return False
    if area.feature == "country":
        return True
    if area.feature == "admin1" and p.admin1_code and p.admin1_code == area.admin1_code:
        return True
    return haversine_km(p.lat, p.lon, area.lat, area.lon) <= (100 if area.feature in _AREAS else 40)


def _conjunct(word: str) -> tuple[int, str]:
    """A later member of a list carries «و» («والزقوم»): its length and the name without it."""
    return (1, word[1:]) if word.startswith("و") and len(word) > 3 else (0, word)


def _members(
    c: int, cued: bool, text: str, ws: Sequence[Word], found: _Found, res: list[Resolution], gaz: Gazetteer
) -> tuple[list[tuple[int, int]], list[int]]:
    """The names after word ``c``: unknown ones as word ranges, known ones as resolution indices. A cue
    introduces a list joined by «و» («قرى الحواش والعنكاوي والزقوم») or by commas before known names; «في» one
    name only."""
    common = common_words()
    items: list[tuple[int, int]] = []
    known: list[int] = []
    i = c + 1
    while i < len(ws) and len(items) + len(known) < _MAX_ITEMS:
        k = found.by_word.get(i)
        if k is not None:
            known.append(k)
            i = res[k].match.last_word + 1
        else:
            word = _conjunct(ws[i].text)[1] if items or known else ws[i].text
            if not namey(word, gaz, common):
                break
            two = word in _PREFIXES and i + 1 < len(ws) and namey(ws[i + 1].text, gaz, common)
            items.append((i, i + 1 if two else i))
            i += 2 if two else 1
        if not cued or i >= len(ws):
            break
        gap = text[ws[i - 1].end : ws[i].start].strip(" ")
        comma = gap in ("،", ",") and found.by_word.get(i) is not None
        if not (comma or (gap == "" and ws[i].text.startswith("و"))):
            break
    return items, known


def _correct_known(
    known: list[int],
    anchor: Resolution,
    ws: Sequence[Word],
    res: list[Resolution],
    gaz: Gazetteer,
    make: _Make,
) -> None:
    """«قرية دوما بالضفة الغربية»: a cued known name must lie inside the governorate or region that anchors it
    tightly; a candidate inside wins, else the anchor stands — for every bare mention of that name. A country
    named after a town may be a claim or history («مدينة الناصرة شمالي فلسطين»), not a contradiction."""
    if anchor.place is None or anchor.place.feature not in _AREAS - {"country"}:
        return
    for k in known:
        r = res[k]
        if r.place is None or r.place.feature in _AREAS or _inside(r.place, anchor.place):
            continue
        if any(w.text.startswith("و") for w in ws[r.match.last_word + 1 : anchor.match.first_word]):
            continue  # «X و Y»: the anchor belongs to the next name
        inside = [p for p in (gaz.places[j] for j in gaz.candidates(r.match.key)) if _inside(p, anchor.place)]
        if inside:
            new = (inside[0], 1, inside[0].feature, 0.6, "gazetteer:anchor")
        else:
            new = (anchor.place, 3, anchor.feature, 0.4, "anchor:admin-unit")
        for j, o in enumerate(res):  # one sense per article: «… رئيس مجلس محلي دوما»
            if o.match.key == r.match.key and o.place is r.place:
                res[j] = make(o.match, *new)


def anchor_unknown(
    text: str,
    ws: Sequence[Word],
    res: list[Resolution],
    gaz: Gazetteer,
    make: _Make,
    country_focus: str | None,
) -> list[Resolution]:
    """Resolutions for cued names the gazetteer lacks (and corrections of cued names that contradict their
    anchor, made in ``res``). ``make(match, place, precision, feature, confidence, rule)`` builds a `Resolution`."""
    found = _Found(ws, res)
    out: list[Resolution] = []
    for c, w in enumerate(ws):
        cue = _CUE_FORMS.get(w.text)
        if cue is None:
            # «في X بمحافظة إدلب»: cheap test first (the word after X is a unit word or a resolved name)
            if w.text != "في" or c + 2 >= len(ws) or c + 1 in found.by_word:
                continue
            if ws[c + 2].text not in _UNIT_WORDS and found.by_word.get(c + 2) is None:
                continue
        items, known = _members(c, cue is not None, text, ws, found, res, gaz)
        if not items and not known:
            continue
        last = max([b for _, b in items] + [res[k].match.last_word for k in known])
        hit = _anchor(text, ws, found, res, last, ws[last].end)
        if cue is None and not (hit and _unit_follows(ws, res[hit[0]], last)):
            continue  # «في X»: only with an admin unit right after it («في X بمحافظة إدلب», «في X بريف حلب»)
        anchor = res[hit[0]] if hit else None
        tight = bool(hit and hit[1])
        if anchor is not None and not tight and country_focus and anchor.place.country != country_focus:
            anchor = None  # a loose anchor abroad in an article about one country: the country is safer
        if cue is not None and anchor is not None and tight:
            _correct_known(known, anchor, ws, res, gaz, make)
        for a, b in items:
            start = ws[a].start + (_conjunct(ws[a].text)[0] if a != c + 1 else 0)
            m = NameMatch(start, ws[b].end, text[start : ws[b].end], "anchor", start, ws[b].end, cue, a, b)
            if anchor is not None:
                area = anchor.place.feature in _AREAS or anchor.precision == 3
                rule, conf = ("anchor:admin-unit", 0.45) if tight else ("anchor:clause", 0.35)
                out.append(make(m, anchor.place, 3 if area else 2, anchor.feature, conf, rule))
            elif country_focus and cue is not None and a == c + 1:  # the name right after the cue only
                p = gaz.country(country_focus)
                if p is not None:
                    out.append(make(m, p, 3, "country", 0.3, "anchor:country-focus"))
    return out
