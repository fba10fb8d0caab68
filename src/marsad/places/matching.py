"""Find place-name candidates in the normalized view: keys, spelling variants, clitics, cues and modifiers.

Pure functions over strings (no gazetteer loading here): `name_key` folds a name into its lookup key,
`key_variants` adds the spellings news text uses for the same name (دير الزور/ديرالزور, سوريا/سورية),
and `find_names` scans a folded text for the longest known names, stripping the proclitics و ف ب ل ك
(«وبالرقة», «للرقة») and noting the words around them that change what the name means:

* a countryside or direction phrase before it — «ريف X», «بريف X», «شمال X», «جنوب شرق X», «قرب X»;
* a cue naming its kind — «قرية X», «بلدة X», «محافظة X», «ولاية X», «مخيم X».
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from functools import lru_cache
from typing import NamedTuple

from marsad.text.normalize import fold

__all__ = [
    "name_key",
    "key_variants",
    "CUES",
    "PLURAL_CUES",
    "DIRECTION_WORDS",
    "Word",
    "words",
    "NameMatch",
    "find_names",
    "strip_clitics",
    "NATURAL_WORDS",
    "OUTLET_WORDS",
    "outlet_before",
    "natural_before",
]

# Letters: the Arabic block and the extended Arabic-script letters the fold keeps (چ پ ژ گ ڨ …). A name
# «چمن» must stay «چمن», not lose its first letter and become the preposition «من».
_LETTERS = "\u0621-\u064a\u0671-\u06d3"
_NON_LETTER = re.compile(f"[^{_LETTERS}]+")
_WORD = re.compile(f"[{_LETTERS}]+")


def name_key(name: str) -> str:
    """The lookup key of a name: folded, letters only, single spaces («دير الزّور» → «دير الزور»)."""
    return _NON_LETTER.sub(" ", fold(name)).strip()


def key_variants(key: str, article: bool = False) -> set[str]:
    """Spellings of ``key`` that mean the same name in news text.

    Two-word names with a short first word are also written joined (دير الزور/ديرالزور, خان يونس/خانيونس);
    a final «يا» and «ية» alternate (سوريا/سورية); with ``article``, a name listed without the article also
    takes it (OCHA's «فريكة» is «الفريكة» in the news).
    """
    out = {key}
    toks = key.split(" ")
    if len(toks) == 2 and len(key) >= 6 and len(toks[0]) <= 4:
        out.add(toks[0] + toks[1])
    last = toks[-1]
    if len(last) >= 4 and last.endswith(("يا", "يه")):
        swapped = last[:-2] + ("يه" if last.endswith("يا") else "يا")
        out.add(" ".join([*toks[:-1], swapped]))
    if article and not key.startswith("ال") and len(toks[0]) >= 3:
        out |= {"ال" + k for k in out}
    return out


# Proclitic strings, longest first; "لل" is ل + the ال of the name («للرقة» = ل + الرقة).
_CLITICS = ("وب", "ول", "فب", "فل", "وك", "و", "ف", "ب", "ل", "ك")


@lru_cache(maxsize=200_000)
def strip_clitics(token: str) -> tuple[tuple[int, str], ...]:
    """(clitic length, rest) readings of ``token``: the token itself first, then without proclitics.

    A rest of two or three letters without the article («وحلب» → حلب, «وتل حمكي» → تل …) is a reading too;
    `find_names` accepts it only for names that cannot be ordinary words (multi-word names, big places).
    """
    out = [(0, token)]
    for c in _CLITICS:
        if token.startswith(c) and len(token) - len(c) >= (2 if len(c) == 1 else 3):  # «وباب» is not وب + اب
            rest = token[len(c) :]
            if c.endswith("ل") and rest.startswith("ل"):
                out.append((len(c), "ا" + rest))  # ل + (ا)لرقه
            elif not c.endswith("ك") or rest.startswith("ال"):  # «كبيرا» is not ك + بيرا
                out.append((len(c), rest))
    return tuple(out)


class Word(NamedTuple):
    start: int
    end: int
    text: str


def words(text: str) -> list[Word]:
    """Arabic-letter runs of a folded text with their offsets."""
    return [Word(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]


_RURAL = frozenset({"ريف", "ارياف"})
_DIRECTIONS = frozenset(fold(w) for w in ["شمال", "جنوب", "شرق", "غرب", "شمالي", "جنوبي", "شرقي", "غربي"])
_NEAR = frozenset(fold(w) for w in ["قرب", "قرابة", "محيط", "أطراف", "ضواحي", "جوار", "مشارف", "تخوم"])
_TRAILING_DIR = frozenset(fold(w) for w in ["الشرقي", "الغربي", "الشمالي", "الجنوبي", "الأوسط"])
DIRECTION_WORDS = _RURAL | _DIRECTIONS | _NEAR | _TRAILING_DIR | {"ريف"}
# Cue word → the feature classes it points to.
CUES: Mapping[str, tuple[str, ...]] = {
    **{fold(w): ("village", "city") for w in ["قرية", "قرى", "قريتي", "بلدة", "بلدات", "بلدتي"]},
    **{fold(w): ("city", "village") for w in ["مدينة", "مدينتي", "مدن", "العاصمة"]},
    # «بلدية الشابة (ولاية المهدية)»: a municipality is a town (Tunisia, Lebanon, Libya, Algeria).
    **{fold(w): ("city", "village", "admin2", "admin3") for w in ["بلدية", "بلديتي", "بلديات"]},
    **{fold(w): ("admin1",) for w in ["محافظة", "محافظتي", "ولاية", "ولايتي"]},
    **{
        fold(w): ("admin2", "admin3", "region", "city", "village")
        for w in ["منطقة", "منطقتي", "ناحية", "قضاء", "مديرية", "معتمدية"]
    },
    **{fold(w): ("facility", "village", "city") for w in ["مخيم", "حي", "أحياء"]},
    **{fold(w): ("region", "city", "village", "facility") for w in ["جزيرة", "جزر"]},
}
# Natural features: «جبل السلوم» is a mountain (near Kasserine), not the Egyptian town As Sallum. Names the
# gazetteer has whole («جبل الزاوية») are matched whole before this applies.
NATURAL_WORDS = frozenset(fold(w) for w in ["جبل", "جبال", "نهر", "بحيرة", "هضبة", "سلسلة", "مرتفعات"])
# Plural cues: «قرى X» names villages of X as often as villages called X; they do not license word-like names.
PLURAL_CUES = frozenset(fold(w) for w in ["قرى", "بلدات", "مدن", "أحياء", "جزر", "بلديات"])


_CAPITAL = fold("العاصمة")


class NameMatch(NamedTuple):
    """A known name found in the folded text.

    ``start``/``end`` cover the name (view offsets; a proclitic is left out); ``phrase_start``/``phrase_end``
    cover the whole phrase when a countryside/direction word modifies it («ريف دير الزور الشرقي»).
    """

    start: int
    end: int
    key: str
    modifier: str | None  # "rural" | "direction" | "near" | None
    phrase_start: int
    phrase_end: int
    cue: str | None
    first_word: int
    last_word: int


def name_prefixes(keys: Iterable[str]) -> frozenset[str]:
    """The proper beginnings of two or more words of multi-word names («دير الزور» of none, «جسر
    الشغور الجديد» → «جسر الشغور»): a phrase that is neither a name nor one of these starts none."""
    out = set()
    for k in keys:
        parts = k.split(" ")
        for j in range(2, len(parts)):
            out.add(" ".join(parts[:j]))
    return frozenset(out)


def find_names(
    text: str,
    keys: Mapping[str, object] | Iterable[str],
    first_words: frozenset[str],
    max_words: int,
    ws: Sequence[Word] | None = None,
    short_ok: frozenset[str] = frozenset(),
    prefixes: Collection[str] | None = None,
) -> list[NameMatch]:
    """Longest known names in ``text`` (left to right, non-overlapping). ``prefixes``: `name_prefixes`
    of ``keys`` (computed here when not given; callers with a fixed gazetteer pass it)."""
    ws = words(text) if ws is None else ws
    if prefixes is None:
        prefixes = name_prefixes(keys)
    out: list[NameMatch] = []
    i, n = 0, len(ws)
    while i < n:
        hit = None
        for clen, first in strip_clitics(ws[i].text):
            if first not in first_words:
                continue
            # known names starting here, shortest first; a longer one can only follow a known prefix
            known = [(1, first)] if first in keys else []
            key = first
            for k in range(2, min(max_words, n - i) + 1):
                key = key + " " + ws[i + k - 1].text
                if key in keys:
                    known.append((k, key))
                elif key not in prefixes:
                    break
            for k, key in reversed(known):  # the longest that fits
                if clen and k == 1 and len(first) < 4 and first not in short_ok:
                    continue  # «وحلب» is و + حلب, but «بكم» is not ب + كم
                if _adjacent(text, ws, i, i + k):
                    # the longest name; between readings of one length, the fewer proclitics: «ولبنان» is
                    # و + لبنان, not ول + بنان
                    if hit is None or k > hit[2] or (k == hit[2] and clen < hit[0]):
                        hit = (clen, key, k)
                    break
        if not hit:
            i += 1
            continue
        clen, key, k = hit
        start = ws[i].start + (
            clen if not key.startswith("ال") or ws[i].text[clen:].startswith("ال") else clen - 1
        )
        start = max(start, ws[i].start)
        end = ws[i + k - 1].end
        modifier, pstart, cue = _before(ws, i, clen)
        if cue is None and i + k < n and ws[i + k].text == _CAPITAL:
            cue = _CAPITAL  # «تونس العاصمة»: the city, not the country
        pend = end
        if modifier == "rural":
            j = i + k
            while j < n and ws[j].text in _TRAILING_DIR and _adjacent(text, ws, j - 1, j + 1):
                pend = ws[j].end
                j += 1
        out.append(
            NameMatch(start, end, key, modifier, pstart if modifier else start, pend, cue, i, i + k - 1)
        )
        i += k
    return out


def _adjacent(text: str, ws: Sequence[Word], a: int, b: int) -> bool:
    """Words a..b-1 are separated only by spaces (a name does not run over punctuation or line breaks)."""
    for j in range(a, b - 1):
        gap = text[ws[j].end : ws[j + 1].start]
        if gap.strip(" \u200c-") or len(gap) > 3:
            return False
    return True


def _before(ws: Sequence[Word], i: int, clen: int) -> tuple[str | None, int, str | None]:
    """Modifier (with the start of its phrase) and cue in the words just before word ``i``."""
    if clen or i == 0:
        # «بريف» is itself a word; a clitic glued to the name means nothing stands between them.
        return None, ws[i].start, None
    prev = _bare(ws[i - 1].text)
    if any(p in _RURAL for p in prev):
        return "rural", ws[i - 1].start + _clitic_len(ws[i - 1].text), None
    if any(p in _NEAR for p in prev):
        return "near", ws[i - 1].start + _clitic_len(ws[i - 1].text), None
    if any(p in _DIRECTIONS for p in prev):
        s = ws[i - 1].start + _clitic_len(ws[i - 1].text)
        if i >= 2 and any(p in _DIRECTIONS for p in _bare(ws[i - 2].text)):
            s = ws[i - 2].start + _clitic_len(ws[i - 2].text)  # «جنوب شرق X»
        return "direction", s, None
    cue = next((p for p in prev if p in CUES), None)
    return None, ws[i].start, cue


# A newspaper, magazine, radio or news agency named after a place («صحيفة "الرياض"», «إذاعة صفاقس»): the
# name after the outlet word, in quotes or not, is the outlet («قناة» is left out: «قناة السويس» is a canal).
OUTLET_WORDS = frozenset(fold(w) for w in ["صحيفة", "جريدة", "مجلة", "إذاعة", "وكالة", "صحيفتي", "جريدتي"])


def outlet_before(ws: Sequence[Word], i: int) -> bool:
    """Word ``i`` follows an outlet word («صحيفة الرياض», «لصحيفة "عكاظ"», «إذاعة تطاوين»)."""
    return i > 0 and any(p in OUTLET_WORDS for p in _bare(ws[i - 1].text))


def natural_before(ws: Sequence[Word], i: int) -> bool:
    """Word ``i`` follows a natural-feature word («جبل X», «بجبل X», «نهر X»)."""
    return i > 0 and any(p in NATURAL_WORDS for p in _bare(ws[i - 1].text))


def _bare(word: str) -> list[str]:
    """A cue or modifier word with and without its proclitics («بريف» → بريف, ريف)."""
    return [word, *(word[len(c) :] for c in _CLITICS if word.startswith(c) and len(word) - len(c) >= 2)]


def _clitic_len(word: str) -> int:
    for c in _CLITICS:
        rest = word[len(c) :]
        if word.startswith(c) and (rest in _RURAL or rest in _DIRECTIONS or rest in _NEAR):
            return len(c)
    return 0
