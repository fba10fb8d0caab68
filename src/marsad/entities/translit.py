"""A readable English transliteration of Arabic names, for ``name_en`` when no lexicon has one.

Not a scholarly romanization: the goal is what an English news reader would recognize. Known
names and phrases come from ``data/models/translit_names.json`` («محمد» → Mohammed, «الأمم المتحدة»
→ United Nations), then from its ``mined_words``, the spellings of the actor lexicon's people word by
word («انور» → Anwar, «بوتين» → Putin; `scripts/mine_translit_names.py`); other words go through letter rules: the article ال → ``al-`` (``Al-`` first),
و/ي as vowels between consonants, and an ``a`` between the first two consonants of a cluster
(«ميستورا» → Mistura-like «Mistora», «ستيفان» → «Stifan»).

>>> transliterate("ستيفان دي ميستورا")
'Stifan de Mistora'
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources

from marsad.text.normalize import fold

__all__ = ["transliterate", "known_name"]

_CONS = {
    "ب": "b",
    "ت": "t",
    "ث": "th",
    "ج": "j",
    "ح": "h",
    "خ": "kh",
    "د": "d",
    "ذ": "dh",
    "ر": "r",
    "ز": "z",
    "س": "s",
    "ش": "sh",
    "ص": "s",
    "ض": "d",
    "ط": "t",
    "ظ": "z",
    "ع": "'",
    "غ": "gh",
    "ف": "f",
    "ق": "q",
    "ك": "k",
    "ل": "l",
    "م": "m",
    "ن": "n",
    "ه": "h",
    "ء": "'",
    "ؤ": "'",
    "ئ": "'",
    "پ": "p",
    "چ": "ch",
    "گ": "g",
    "ڤ": "v",
}
_LONG = {"ا": "a", "ى": "a", "آ": "aa", "أ": "a", "إ": "i"}
_SUN = set("تثدذرزسشصضطظلن")


@lru_cache(maxsize=1)
def _raw() -> dict:
    return json.loads(
        resources.files("marsad").joinpath("data/models/translit_names.json").read_text("utf-8")
    )


@lru_cache(maxsize=1)
def _table() -> tuple[dict[str, str], dict[str, str]]:
    """The hand-written words and phrases (what `known_name` trusts for a whole name)."""
    raw = _raw()
    return raw.get("words", {}), raw.get("phrases", {})


@lru_cache(maxsize=1)
def _name_words() -> dict[str, str]:
    """Every known spelling of a name word: the hand-written ones over those mined from the lexicon."""
    raw = _raw()
    return {**raw.get("mined_words", {}), **raw.get("words", {})}


def _word(w: str, original: str) -> str:
    """Letter rules for one folded word (``original`` keeps hamza forms and ة for better vowels)."""
    prefix = ""
    if w.startswith("ال") and len(w) > 3:
        prefix, w = "al-", w[2:]
        original = original[2:] if original.startswith("ال") else original
    w = w.replace("تش", "چ")  # تش is how Arabic writes ch: «تشارلز» → Charlz
    out: list[str] = []
    prev_cons = False  # last emitted sound was a consonant with no vowel after it
    n = len(w)
    for i, ch in enumerate(w):
        nxt = w[i + 1] if i + 1 < n else ""
        if ch in ("و", "ي"):
            vowel = "u" if ch == "و" else "i"
            glide = "w" if ch == "و" else "y"
            if i == 0 or not prev_cons or nxt in ("ا", "و", "ي", "ى"):
                out.append(glide)
                prev_cons = True
            else:
                out.append("o" if ch == "و" and i == n - 1 else vowel)
                prev_cons = False
            continue
        if ch in _LONG:
            out.append(_LONG[ch] if i > 0 or ch != "ا" else "a")
            prev_cons = False
            continue
        if ch == "ه" and i == n - 1 and i > 0:
            # ة was folded to ه: a final ه after a consonant is usually ة
            out.append("a" if original.endswith("ة") or prev_cons else "h")
            prev_cons = False
            continue
        sound = _CONS.get(ch)
        if sound is None:
            if ch.isalnum():
                out.append(ch)
            continue
        if prev_cons and len(out) <= 2 and sound != "'":
            out.append("a")
        elif prev_cons and i == n - 1 and len(out) >= 2 and out[-2][-1:] not in "aiuo" and sound != "'":
            out.append("i")  # a final cluster: «منبج» → Manbij
        out.append(sound)
        prev_cons = True
    word = "".join(out).strip("'") or "".join(out)
    return prefix + word


def _cap(s: str, first: bool) -> str:
    if s.startswith("al-"):
        rest = s[3:]
        return ("Al-" if first else "al-") + rest[:1].upper() + rest[1:]
    return s[:1].upper() + s[1:]


def known_name(name: str) -> str | None:
    """The conventional English name when the whole name is in the table («الرياض» → Riyadh)."""
    words, phrases = _table()
    folded = " ".join(fold(name).split())
    hit = phrases.get(folded) or (words.get(folded) if " " not in folded else None)
    return _cap(hit, True) if hit else None


def transliterate(name: str) -> str:
    """English rendering of an Arabic name; text without Arabic letters is returned as is."""
    name = " ".join(name.split())
    if not any("\u0600" <= ch <= "\u06ff" for ch in name):
        return name
    phrases = _table()[1]
    words = _name_words()
    folded = fold(name)
    if folded in phrases:
        return phrases[folded]
    out: list[str] = []
    fwords = folded.split()
    owords = name.split()
    i = 0
    while i < len(fwords):
        two = " ".join(fwords[i : i + 2])
        if i + 1 < len(fwords) and two in phrases:
            out.append(phrases[two])
            i += 2
            continue
        w = fwords[i]
        if w in words:
            out.append(words[w] if words[w][:1].islower() and out else _cap(words[w], not out))
        else:
            o = owords[i] if i < len(owords) else w
            word = _word(w, o)
            if out and out[-1] in ("Abdel", "Abu") and word.startswith("al-"):
                word = word[3:]  # «عبد الفتاح» → Abdel Fatah
            out.append(_cap(word, not out))
        i += 1
    return " ".join(out)
