"""Who protested, when no entity and no actor phrase names them: a crowd named by a noun or a count.

ACLED codes every protest with its protesters as the actor ("Protesters (Iraq)", with the group as an
associated actor). Arabic news names them by what they are or how many they were — «تظاهر نحو مئتي
شخص», «احتج المزارعون», «اعتصام العمال», «خرج المئات في مظاهرات» — words that are no entity and no
armed actor phrase (`phrases.actor_phrases`), so the argument rules leave such a protest without an
actor. `protesters` finds the crowd by position, for a protest or riot whose actor is still empty (or
only guessed: carried over from the previous event, or the name before a verb trigger):

- ``protesters-after-verb``: the first people phrase (`phrases.object_phrases`, kind ``people``) or
  crowd noun or count (``words.json`` ``crowd_heads``, ``crowd_counts``: «المعلمون», «المئات») after
  a verb trigger, with only ``crowd_lead`` and time words («نحو», «عدد من», «أمس», «صباح») between
  (a preposition such as «ضد» stops the search);
- ``protesters-genitive``: the phrase right after a noun trigger, bare or with «ل» («اعتصام العمال»,
  «وقفة احتجاجية للمعلمين»);
- ``protesters-light-verb``: the phrase right after a verb of turning out (``crowd_verbs``: «خرج»,
  «شارك», «تجمع»), right before the noun trigger or its «في» («خرج المئات في مظاهرات»), or right
  before that verb («عشرات الجنود نفذوا وقفة احتجاجية»), or after a verb whose pronoun is the noun
  (``crowd_verbs_back``: «وقفة احتجاجية نظمها مسيحيو سهل نينوى»).

The span becomes the actor's evidence; `generic.add_generic_entities` then makes it an entity with an
English label.
"""

from __future__ import annotations

from marsad.doc import Article, Evidence, Span, Token
from marsad.events.frames import Frame, MentionRef
from marsad.events.phrases import PHRASE_STOP, PREPOSITIONS, object_clitic_len, object_phrases, stem
from marsad.events.words import words as word_list

__all__ = ["PROTEST_TYPES", "protesters"]

PROTEST_TYPES = frozenset({"Protests", "Riots"})
COUNTS = word_list("crowd_counts")
LEAD = word_list("crowd_lead") | word_list("time_words")
MOVERS = word_list("crowd_verbs")
MOVERS_BACK = word_list("crowd_verbs_back")  # «نظمها», «نفذها»: a verb after the noun, its pronoun the noun
HEADS = word_list("crowd_heads")  # people who protest, named by what they are («المزارعون», «المعلمين»)
NUMBERS = word_list("crowd_numbers")
STOP = PHRASE_STOP | PREPOSITIONS
CONFIDENCE = {"protesters-after-verb": 0.7, "protesters-genitive": 0.65, "protesters-light-verb": 0.7}


def _crowds(words: list[str], tokens: list[Token], taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """People phrases and crowd nouns outside ``taken`` with the counts before them («مئتي شخص»,
    «آلاف المعلمين», «المئات من الطلاب»), and bare crowd counts («المئات»), as token ranges in order."""
    heads = [(a, b) for a, b, kind in object_phrases(words, tokens, taken) if kind == "people"]
    busy = {k for a, b in [*taken, *heads] for k in range(a, b + 1)}
    for k, w in enumerate(words):
        if k not in busy and tokens[k].kind == "word" and _bare(w) in HEADS:
            b = k
            while b + 1 < len(words) and b - k < 2 and b + 1 not in busy and _definite(words, tokens, b + 1):
                b += 1  # «أنصار الحزب», «طلاب الجامعة»
            heads.append((k, b))
            busy.update(range(k, b + 1))
    out = []
    for a, b in sorted(heads):
        while a > 0 and a - 1 not in busy:
            prev = words[a - 1]
            if a > 1 and prev == "من" and _count(words[a - 2]):
                a -= 2  # «المئات من الطلاب»
            elif tokens[a - 1].kind == "number" or _count(prev):
                a -= 1
            else:
                break
            busy.update(range(a, b + 1))
        out.append((a, b))
    for k, w in enumerate(words):
        if k not in busy and tokens[k].kind == "word" and _bare(w) in COUNTS:
            out.append((k, k))
    return sorted(out)


def _definite(words: list[str], tokens: list[Token], k: int) -> bool:
    w = words[k]
    return tokens[k].kind == "word" and w.startswith("ال") and w not in STOP and stem(w) not in STOP


def _count(word: str) -> bool:
    return _bare(word) in COUNTS or word in NUMBERS


def _bare(word: str) -> str:
    """The word without a «و» or «ف» before a crowd word («والمئات» → «المئات»)."""
    return word[1:] if word[:1] in "وف" and (word[1:] in COUNTS or word[1:] in HEADS) else word


def _clitic(word: str) -> str:
    """The proclitic before a phrase's first word («للمعلمين» → «ل», «المئات» → «»)."""
    n = object_clitic_len(word)
    if n == 0 and _bare(word) != word:
        n = 1
    return word[:n]


def _span(article: Article, words: list[str], tokens: list[Token], a: int, b: int) -> Span:
    s, e = tokens[a].start + len(_clitic(words[a])), tokens[b].end
    return Span(s, e, article.text[s:e])


def protesters(
    article: Article, frame: Frame, words: list[str], tokens: list[Token], refs: list[MentionRef]
) -> Evidence | None:
    """The crowd that protested, as actor evidence (rule and span), or None."""
    m = frame.match
    taken = [(min(r.first, r.lead), r.last) for r in refs] + [(m.first, m.last)]
    crowds = _crowds(words, tokens, taken)
    found: tuple[str, int, int] | None = None
    if m.alt.verb:
        k = _lead_end(words, tokens, m.head_last + 1)
        hit = next(((a, b) for a, b in crowds if a == k), None)
        if hit is not None and _clitic(words[hit[0]]) == "":
            found = ("protesters-after-verb", *hit)
    else:
        found = _noun_crowd(words, tokens, m.first, m.last, crowds)
    if found is None:
        return None
    rule, a, b = found
    return Evidence(rule, CONFIDENCE[rule], _span(article, words, tokens, a, b))


def _noun_crowd(
    words: list[str], tokens: list[Token], first: int, last: int, crowds: list[tuple[int, int]]
) -> tuple[str, int, int] | None:
    """The crowd of a noun trigger at tokens ``first..last``: its genitive, the crowd a verb of turning
    out names before it (either order), or the crowd after a verb that points back at it («وقفة
    احتجاجية نظمها مسيحيو سهل نينوى»)."""
    hit = next(((a, b) for a, b in crowds if a == last + 1), None)
    if hit is not None and _clitic(words[hit[0]]) in ("", "ل"):
        return ("protesters-genitive", *hit)
    if last + 1 < len(words) and words[last + 1] in MOVERS_BACK:
        k = _lead_end(words, tokens, last + 2)
        hit = next(((a, b) for a, b in crowds if a == k), None)
        if hit is not None and _clitic(words[hit[0]]) == "":
            return ("protesters-light-verb", *hit)
    end = first - 1 if first > 0 and words[first - 1] == "في" else first
    hit = next(((a, b) for a, b in crowds if b == end - 1 and a > 0), None)
    if hit is not None and _clitic(words[hit[0]]) == "" and _mover(words[hit[0] - 1]):
        return ("protesters-light-verb", *hit)  # «خرج الآلاف في مظاهرات»
    if end > 0 and _mover(words[end - 1]):
        hit = next(((a, b) for a, b in crowds if b == end - 2), None)
        if hit is not None and _clitic(words[hit[0]]) == "":
            return ("protesters-light-verb", *hit)  # «عشرات الجنود نفذوا وقفة احتجاجية»
    return None


def _lead_end(words: list[str], tokens: list[Token], k: int) -> int:
    """The first token from ``k`` on that is no ``crowd_lead`` or time word («نحو», «أمس», «عدد من»)."""
    while k < len(words) and tokens[k].kind == "word" and words[k] in LEAD:
        k += 1
    return k


def _mover(word: str) -> bool:
    return word in MOVERS or (word[:1] in "وف" and word[1:] in MOVERS)
