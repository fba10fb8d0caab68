"""Noun phrases around triggers: head nouns, titles and actor phrases no entity covers.

A name often follows a head the NER leaves out («على **قرية** خشام», «من **تنظيم** داعش», «**وزير
الدفاع الأميركي** آشتون كارتر»); and the text often names an actor no entity covers («مسلحون مجهولون»,
«طيران التحالف»). `actor_phrases` finds the latter (an actor head, then definite words, nisba
adjectives, sound plurals or a quoted name); the other helpers tell the frame where a phrase begins.
All word lists come from ``data/events/words.json``.
"""

from __future__ import annotations

from functools import lru_cache

from marsad.doc import Token
from marsad.events.words import words

__all__ = [
    "ACTOR_HEADS",
    "COUNT_WORDS",
    "HEADS",
    "PREPOSITIONS",
    "TITLES",
    "actor_phrases",
    "clitic_len",
    "clitic_len_any",
    "head_word",
    "is_head",
    "is_thing",
    "nisba_after_head",
    "object_clitic_len",
    "object_phrases",
    "stem",
    "title_chain",
]

PREPOSITIONS = words("prepositions")
HEADS = words("heads")
TITLES = words("title_heads")
ACTOR_HEADS = words("actor_heads") | TITLES
# heads read off the annotated actors the phrases missed (delegations, experts, attackers, officers):
# kept out of `actor_heads`, a list the context model was trained with
MORE_ACTOR_HEADS = words("actor_heads_more")
PHRASE_STOP = words("phrase_stop")
PHRASE_HEADS = ACTOR_HEADS | MORE_ACTOR_HEADS  # the heads an actor phrase starts with (once, not per call)
MODIFIERS = words("phrase_modifiers")
# verbs that look like a nisba or a plural («يؤدي», «تسعى», «ينتمون»): they end a phrase
PHRASE_VERBS = words("phrase_verbs")
PEOPLE_HEADS = words("people", "target_heads.json")
THING_HEADS = words("things", "target_heads.json")
COUNT_WORDS = words("number_words") | {"مئات", "الاف", "العشرات", "المئات"}  # «العشرات من الصحفيين»
SOME = frozenset({"عدد", "عددا"})  # «عدد من التونسيين»: some of a people named by its nisba
NISBA_PEOPLE = ("يا", "يين", "يون", "يان")  # a nisba noun of people in the accusative, plural, dual
NISBA = ("ي", "يه", "يين", "يون", "يان", "يا", "يتين", "يتان")  # a nisba adjective after a head


@lru_cache(maxsize=300_000)
def stem(word: str) -> str:
    for p in ("وال", "بال", "لل", "فال", "و", "ب", "ل", "ف"):
        if word.startswith(p) and len(word) - len(p) >= 3:
            rest = word[len(p) :]
            return "ال" + rest if p in ("وال", "بال", "فال") else ("ال" + rest if p == "لل" else rest)
    return word


def clitic_len_any(word: str) -> int:
    """Length of the proclitic before an actor head («وقوات» → 1, «للحوثيين» → 1, «الجيش» → 0)."""
    if word in ACTOR_HEADS:
        return 0
    for p in ("وب", "ول", "و", "ب", "ل", "ف"):
        if word.startswith(p) and len(word) - len(p) >= 3 and is_head(word[len(p) :], ACTOR_HEADS):
            return len(p)
    return 0


def actor_phrases(words: list[str], tokens: list[Token], blocked: frozenset[int]) -> list[tuple[int, int]]:
    """Token ranges of noun phrases headed by an actor word (``words.json`` actor_heads): the head, then
    definite words, nisba adjectives and plurals («قوات الجيش الوطني», «مسلحون حوثيون», «مقاتلات
    تركية») or a quoted name («تنظيم «داعش»»), at most five tokens."""
    heads, stop = PHRASE_HEADS, PHRASE_STOP | PREPOSITIONS
    out: list[tuple[int, int]] = []
    k, n = 0, len(words)
    while k < n:
        w = words[k]
        if (
            k in blocked
            or tokens[k].kind != "word"
            or not is_head(w, heads)
            or _madda_verb(w, tokens[k].text)
        ):
            k += 1
            continue
        b = k
        names = 2 if (w in TITLES or stem(w) in TITLES) else 0  # «وزير الخارجية الروسي سيرجي لافروف»
        while b + 1 < n and b - k < 5 and b + 1 not in blocked:
            nxt = words[b + 1]
            if tokens[b + 1].text in QUOTES and not _opening(tokens, b + 1):
                if not any(tokens[j].text in QUOTES for j in range(k + 1, b + 1)):
                    break  # «"جيش الفتح" في»: the head was quoted, the quote closes around it
                b += 1  # «تنظيم "الدولة الإسلامية" في»: the name's closing quote, not a new name
                continue
            if tokens[b + 1].text in QUOTES and b + 2 < n and tokens[b + 2].kind == "word":
                close = b + 3 if b + 3 < n and tokens[b + 3].text in QUOTES else b + 2
                b = close
                continue
            if tokens[b + 1].kind != "word" or nxt in stop or stem(nxt) in stop or verb_like(nxt):
                break
            if not _modifier(nxt):
                if names == 0 or nxt.startswith("لل"):
                    break  # «المبعوث الدولي لليمن»: a «لل» phrase qualifies the title, it is no name
                names -= 1
            b += 1
        out.append((k, b))
        k = b + 1
    return out


def object_phrases(
    words: list[str], tokens: list[Token], taken: list[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """Token ranges ``(first, last, kind)`` of phrases naming whom or what an event was done to where
    the token ranges in ``taken`` (entity mentions, actor phrases, the trigger) leave them: people
    named by a noun, counted or not («أربعة أشخاص», «عسكريين», «المعتقلين السياسيين»; kind
    ``people``), and things («منزل», «حافلتان للنقل العام», «مركز سويف الحدودي»; kind ``thing``). A
    phrase is its head (``data/events/target_heads.json``), the count before it («22 جنديا», «العشرات
    من الصحفيين»), and at most three definite words or nisba adjectives after it."""
    busy = set()
    for a, b in taken:
        busy.update(range(a, b + 1))
    stop = PHRASE_STOP | PREPOSITIONS
    out: list[tuple[int, int, str]] = []
    k, n = 0, len(words)
    while k < n:
        w = words[k]
        kind = None
        if k not in busy and tokens[k].kind == "word" and w not in stop:
            kind = _object_kind(w)
            if (
                kind is None
                and k > 0
                and k - 1 not in busy
                and _count(words, tokens, k - 1)
                and w.endswith(NISBA_PEOPLE)
            ):
                kind = "people"  # «13 مصريا», «أربعة فلسطينيين», «50 انقلابيا»: a count of a nisba
            elif (
                kind is None
                and k > 1
                and words[k - 1] == "من"
                and k - 2 not in busy
                and (_count(words, tokens, k - 2) or words[k - 2] in SOME)
                and w.startswith("ال")
                and w.endswith(NISBA_PEOPLE[1:])
            ):
                kind = "people"  # «عدد من التونسيين», «العشرات من اليمنيين»: a count of nisba people
        if kind is None:
            k += 1
            continue
        a = k
        if a >= 2 and words[a - 1] == "من" and _count(words, tokens, a - 2) and a - 2 not in busy:
            a -= 2  # «العشرات من الصحفيين»
        while a >= 1 and a - 1 not in busy and k - a < 3 and _count(words, tokens, a - 1):
            a -= 1  # «أكثر من 80 مواطنا», «ثلاثة أشخاص»
        b = k
        while b + 1 < n and b - k < 3 and b + 1 not in busy and tokens[b + 1].kind == "word":
            nxt = words[b + 1]
            if nxt in stop or stem(nxt) in stop or not nxt.startswith("ال") and not nxt.endswith(NISBA):
                break  # «أربعة أشخاص ينتمون»: a verb ends the phrase, a nisba («شيعة», «يمنيون») does not
            b += 1
        out.append((a, b, kind))
        k = b + 1
    return out


@lru_cache(maxsize=100_000)
def _object_kind(word: str) -> str | None:
    """``people`` or ``thing`` when ``word`` is an object head, also as a dual or in the accusative
    («حافلتان», «جسرين», «زوارا»), else None."""
    forms = [word]
    for end, repl in (("تان", "ه"), ("تين", "ه"), ("ان", ""), ("ين", ""), ("ا", "")):
        if word.endswith(end) and len(word) - len(end) >= 3:
            forms.append(word[: -len(end)] + repl)
    for f in forms:
        if is_head(f, PEOPLE_HEADS):
            return "people"
        if is_head(f, THING_HEADS):
            return "thing"
    return None


def is_thing(words: list[str]) -> bool:
    """Is the phrase of folded ``words`` (a count aside) headed by a thing («منزلا», «ثلاث قاطرات»)?"""
    head = next((w for w in words if not w.isdigit() and w not in COUNT_WORDS), None)
    return head is not None and _object_kind(head) == "thing"


def object_clitic_len(word: str) -> int:
    """Length of the proclitic before an object head («والرهائن» → 1, «لمنزل» → 1), 0 for a count."""
    for p in ("وب", "ول", "و", "ب", "ل", "ف"):
        if word.startswith(p) and len(word) - len(p) >= 3 and _object_kind(word[len(p) :]) is not None:
            return len(p)
    return 0


def _count(words: list[str], tokens: list[Token], k: int) -> bool:
    return tokens[k].kind == "number" or words[k] in COUNT_WORDS


# Heads that folding confuses with a verb written with a madda: «وآمن بفكرة» (believed) is no «أمن»
# (security).
MADDA_VERBS = frozenset({"امن"})


def _madda_verb(word: str, original: str) -> bool:
    return "آ" in original and stem(word) in MADDA_VERBS


@lru_cache(maxsize=300_000)
def is_head(word: str, heads: frozenset[str]) -> bool:
    base = stem(word)
    return (
        word in heads
        or base in heads
        or (base.startswith("ال") and base[2:] in heads)
        or ("ال" + base) in heads
    )


QUOTES = frozenset("«»\"“”'")


@lru_cache(maxsize=100_000)
def verb_like(word: str) -> bool:
    """A verb that would pass for a nisba or a plural after a head: listed (``words.json``
    ``phrase_verbs``: «يؤدي», «تسعى», «يأتي», which no shape tells from «يمني», «تركي»), or an imperfect
    plural («ينتمون», «يسيطرون», «ستكون»: ي/ت, with «و», «ف», «س» before, … «ون» but not «يون»)."""
    if word in PHRASE_VERBS:
        return True
    core = word[1:] if word[:1] in "وف" else word
    if core[:1] == "س" and core[1:2] in ("ي", "ت"):
        core = core[1:]
    return core[:1] in ("ي", "ت") and len(core) >= 4 and core.endswith("ون") and not core.endswith("يون")


def _opening(tokens: list[Token], j: int) -> bool:
    """Whether the quote mark ``tokens[j]`` opens a quotation: «“ do, »” do not, and a straight
    quote does when an even number of them comes before it in the sentence."""
    mark = tokens[j].text
    if mark in "«“":
        return True
    if mark in "»”":
        return False
    return sum(t.text == mark for t in tokens[:j]) % 2 == 0


def _modifier(word: str) -> bool:
    """A word that can continue an actor phrase: definite, a nisba adjective or a sound plural."""
    return (
        word.startswith("ال")
        or word.endswith(("ي", "يه", "يون", "يين", "ون", "ين", "يان"))
        or word in MODIFIERS
    )


def title_chain(words: list[str], lead: int) -> int:
    """«وزير الدفاع الأميركي آشتون كارتر»: a title and the definite words after it belong to the name."""
    k = lead - 1
    while k >= 0 and lead - k <= 3:
        w = words[k]
        if w in TITLES or stem(w) in TITLES:
            return k
        if not w.startswith("ال"):
            break
        k -= 1
    return lead


def nisba_after_head(words: list[str], k: int) -> bool:
    """«الرئيس الأمريكي دونالد ترامب», «طائرات حربية تركية»: a nisba adjective right after a head noun,
    definite after a definite head and indefinite after an indefinite one, is part of the head."""
    w = words[k]
    if k == 0 or not w.endswith(("ي", "يه")) or not head_word(words[k - 1]):
        return False
    if w.startswith("ال"):
        return True
    head = words[k - 1]  # indefinite: «طائرات حربية», not «الرئيس حربية» nor «قوات وسرية»
    return len(w) >= 4 and head in HEADS and not head.startswith(("ال", "لل")) and w[:1] not in "وفبل"


@lru_cache(maxsize=300_000)
def head_word(word: str) -> bool:
    if word in HEADS:
        return True
    for p in ("و", "ب", "ل", "وب", "ال", "بال", "لل", "ول"):
        if word.startswith(p) and word[len(p) :] in HEADS:
            return True
    return False


def clitic_len(word: str) -> int:
    """Length of the proclitic of a head noun («بريف» → 1, «لطائرات» → 1, «ريف» → 0)."""
    if word in HEADS:
        return 0
    for p in ("وب", "ول", "و", "ب", "ل"):
        if word.startswith(p) and (word[len(p) :] in HEADS or word[len(p) :].removeprefix("ال") in HEADS):
            return len(p)
    return 0
