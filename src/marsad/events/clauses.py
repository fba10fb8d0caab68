"""Clause structure around a trigger, as the role rules read it from the folded words and the tokens.

Where a clause ends («إن/أن», a colon, a quotation that is not a quoted name), which tokens may stand
between a verb and its subject (time words, punctuation), when a light verb governs a noun trigger
(«شنت طائرات التحالف غارات»), the first of coordinated subjects, and the adjectives after a noun trigger.
"""

from __future__ import annotations

from functools import lru_cache

from marsad.doc import Token
from marsad.events.frames import MentionRef
from marsad.events.triggers import word_variants
from marsad.events.words import words

__all__ = [
    "COMPLEMENTIZERS",
    "OPENERS",
    "TIME_WORDS",
    "after_adjectives",
    "clause_start",
    "first_conjunct",
    "gap_ok",
    "governs",
    "opens_clause",
    "variant_in",
]

LIGHT_REACH = 7  # tokens from a light verb to the noun it governs («نفذت مع شركائها في التحالف 15 غارة»)
CONJUNCT_GAP = 4  # tokens between two coordinated subjects («… الموالي للشرعية والمقاومة»)
SUBJECT_GAP = 3  # tokens allowed between a verb and its post-verbal subject (time words, brackets)
LIGHT = words("light_verbs")
HONORIFICS = words("honorifics")  # before a title: «عقد فخامة الرئيس … اجتماعاً»
COMPLEMENTIZERS = words("complementizers")
OPENERS = frozenset({"«", "“", ":", '"'})  # a quotation opens a new clause: its subject is not the speaker
CLOSERS = {"«": "»", "“": "”"}
QUOTED_NAME = 3  # a quotation closed within this many words is a name, not a statement
ADJECTIVES = words("trigger_adjectives")
ADJ_STOP = words("adjective_stop")
TIME_WORDS = words("time_words")


@lru_cache(maxsize=65536)
def variant_in(word: str, vocab: frozenset[str]) -> bool:  # vocab: a module-level word list (hash cached)
    return any(v in vocab for v, _ in word_variants(word))


def opens_clause(words: list[str], tokens: list[Token], k: int) -> bool:
    """Token ``k`` opens another clause: «إن/أن», a colon, or a quotation mark — but not the mark of a
    quoted name («دمر طيران التحالف “عربة كاتيوشا” تابعة للحوثي», «تنظيم «داعش»»: closed within
    ``QUOTED_NAME`` words)."""
    if words[k] in COMPLEMENTIZERS:
        return True
    text = tokens[k].text
    if text not in OPENERS:
        return False
    if text == ":":
        return True
    if text == '"' and sum(tokens[j].text == '"' for j in range(k)) % 2:
        return False  # the closing mark of «"داعش"»
    close = CLOSERS.get(text, text)
    return not any(tokens[j].text == close for j in range(k + 2, min(k + 2 + QUOTED_NAME, len(tokens))))


def clause_start(words: list[str], tokens: list[Token], lo: int, hi: int) -> int:
    """The last «إن/أن» or clause-opening quotation mark or colon in ``lo..hi-1`` (-1 when none): the
    clause of a trigger at ``hi`` starts after it."""
    return max(
        (
            k
            for k in range(lo, hi)
            if words[k] in COMPLEMENTIZERS or (tokens[k].text in OPENERS and opens_clause(words, tokens, k))
        ),
        default=-1,
    )


def gap_ok(words: list[str], tokens: list[Token], a: int, b: int, most: int = SUBJECT_GAP) -> bool:
    """Tokens a..b-1 hold nothing but time words, honorifics («فخامة», «صاحب السمو الملكي») and
    punctuation (so b can still be the subject)."""
    if b - a > most:
        return False
    for k in range(a, b):
        if tokens[k].kind in ("punct", "number") or words[k] in TIME_WORDS or words[k] in HONORIFICS:
            continue
        return False
    return True


def after_adjectives(
    words: list[str], tokens: list[Token], k: int, hi: int, names: frozenset[int] | set[int] = frozenset()
) -> int:
    """«غارة جوية لطيران التحالف», «الغارات الجوية الأمريكية على»: skip up to two adjectives after a
    noun trigger (nisba adjectives and the listed ones), so the genitive or «ل» phrase after them counts.
    ``names``: word positions that start a resolved place, never an adjective («زيارته كينيا», «روسيا»)."""
    n = 0
    while k < hi and n < 2 and tokens[k].kind == "word" and k not in names and _adjective(words[k]):
        k += 1
        n += 1
    return k


def _adjective(word: str) -> bool:
    base = word[2:] if word.startswith("ال") else word
    return word in ADJECTIVES or (len(base) >= 4 and base.endswith(("يه", "يا")) and base not in ADJ_STOP)


def governs(words: list[str], tokens: list[Token], lo: int, subj: MentionRef, trig: int) -> bool:
    """A light verb governs the noun trigger at ``trig`` with ``subj`` as its subject. VSO: the verb
    right before the subject, the noun at most ``LIGHT_REACH`` tokens after it with no punctuation
    between but a time in commas («شنت طائرات التحالف 20 غارة», «قررت الحكومة الأردنية، اليوم الثلاثاء،
    إلغاء تراخيص»). SVO: the verb after the subject with no comma between, the noun at most
    ``LIGHT_REACH`` tokens after the verb («إن الولايات المتحدة نفذت مع شركائها في التحالف 15 غارة»).
    Not «… الملك سلمان، مؤخرا، بدأت الهدنة» (the truce is the subject of «بدأت») nor «يستخدمها الحوثيين
    لإطلاق … موقع سقوط القذائف» (too far)."""

    def punct(a: int, b: int) -> bool:
        return any(tokens[x].kind == "punct" for x in range(a, b))

    for j in range(lo, trig):
        if not variant_in(words[j], LIGHT):
            continue
        if j < subj.lead:
            if trig - subj.last <= LIGHT_REACH and (
                not punct(subj.last + 1, trig) or gap_ok(words, tokens, subj.last + 1, trig, 4)
            ):
                return True
        elif j > subj.last and trig - j <= LIGHT_REACH and not punct(subj.last + 1, trig):
            return True
    return False


def first_conjunct(
    cands: list[tuple[int, MentionRef]], tokens: list[Token] | None = None
) -> tuple[int, MentionRef]:
    """«الحوثيون وقوات صالح قصفوا»: the subject is the first of coordinated phrases; with the tokens,
    a conjunct may follow a short unpunctuated modifier («قوات الجيش الوطني الموالي للشرعية والمقاومة
    الشعبية … وسيطرا»)."""
    i = len(cands) - 1
    while i > 0 and cands[i][1].prep == "و":
        gap = cands[i][1].lead - cands[i - 1][1].last
        if gap > (CONJUNCT_GAP if tokens is not None else 2):
            break
        if tokens is not None and any(
            tokens[x].kind == "punct" for x in range(cands[i - 1][1].last + 1, cands[i][1].lead)
        ):
            break
        i -= 1
    return cands[i]
