"""Who said it: the speaker phrase around a cue, and the article entity that phrase names.

`np_after` reads the subject after a verb (VSO: «وقال الناطق باسم وزارة الدفاع الروسية اللواء إيغور
كوناشينكوف»), `np_before` the subject before it (SVO: «رئيس الوزراء الكندي جاستن ترودو قال»). Both
work on `Words` of the folded view and stop at prepositions, time adverbs, complementizers, other
cues and punctuation; a short name in quotation marks («عن "فالون"») and a short apposition between
commas («سعد الحريري،») stay inside the phrase.

`speaker_entity` maps a phrase (original offsets) to an entity id of `Article.entities`: the entity
whose mention is the phrase's head word; else, for a title head («الناطق باسم …», «وزير …»), the
person named at its end; else a person not inside a genitive («القوات الموالية لـ… هادي» is not
Hadi). A phrase with no such entity («مصدر عسكري», «مصادر محلية») has no speaker entity.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from marsad.doc import Entity
from marsad.quotes.cues import Lexicon
from marsad.quotes.words import COMPLEMENTIZERS, Words, word_classes
from marsad.text.normalize import fold_cached

__all__ = ["np_after", "np_before", "issuer_before", "speaker_entity", "PERSON_HEADS", "ANONYMOUS_HEADS"]

_W = word_classes()
_STOP = _W["np_stop"]
_LEAD_SKIP = _W["np_lead_skip"]
_LEAD_SKIP2 = frozenset(tuple(w.split()) for w in _W["np_lead_skip2"])
_LAM_MEDIA = _W["np_media"]
_NP_AN = _W["np_an"]  # «النائب عن حزب …» keeps «عن» inside the phrase
_BACK_STOP = _W["back_stop"]
_AUX = _W["aux"]
_RELATIVE = _W["relative"]
PERSON_HEADS = _W["person_heads"]
ANONYMOUS_HEADS = _W["anonymous_heads"]
DOC_HEADS = _W["doc_heads"]
_ISSUER_VERBS = _W["issuer_verbs"]
_CHANNEL_HEADS = _W["channel_heads"]
_ISSUE_VERBS = _W["issue_verbs"]
_MAX_NP = 10
_GENITIVE = frozenset({"باسم", "عن", "من"})


def _bare(word: str) -> str:
    for p in ("وال", "ال", "و"):
        if word.startswith(p) and len(word) > len(p) + 2:
            return word[len(p) :]
    return word


def _is_cue(lex: Lexicon, word: str) -> bool:
    c = lex.lookup(word)
    return c is not None and c.type not in ("medium", "stop")


def _blocks(lex: Lexicon, w: str) -> bool:
    return w in _STOP or w in COMPLEMENTIZERS or w in _LAM_MEDIA or _is_cue(lex, w)


def _name_in_marks(words: Words, k: int, pairs: Mapping[int, int], limit: int) -> int | None:
    """If token k opens a short quoted name followed by more words, the index after its closer."""
    close = pairs.get(words.starts[k])
    if close is None or close > limit:
        return None
    j = words.at(close)
    if j - k - 1 > 3 or j - k - 1 < 1:
        return None
    nxt = words.text(j + 1)
    if nxt and (nxt[0].isalnum() or nxt == "،"):
        return j + 1
    return None


def np_after(
    words: Words, i: int, limit: int, lex: Lexicon, pairs: Mapping[int, int]
) -> tuple[int, int] | None:
    """Token range [a, b) of the subject phrase that starts at token ``i`` (before view position ``limit``)."""
    n = len(words)
    k = i
    while k < n and words.starts[k] < limit:
        t = words.texts[k]
        if t in _LEAD_SKIP:
            k += 1
        elif (t, words.text(k + 1)) in _LEAD_SKIP2:
            k += 2
            if words.text(k) == "،":
                k += 1
        else:
            break
    a = k
    while k < n and words.starts[k] < limit and k - a < _MAX_NP:
        t = words.texts[k]
        if t == '"':
            after = _name_in_marks(words, k, pairs, limit)
            if after is None:
                if k == a and words.starts[k] not in pairs:  # a stray mark: «وقال "الجهاز …»
                    a = k = k + 1
                    continue
                break
            k = after
            nxt = words.text(k)
            if nxt != "،" and not nxt.startswith(("ب", "ل")):
                break  # «“الخضر لصور” سقط …»: the name ends the phrase
            continue
        if t == "،":
            j = k + 1
            while j < n and j - k <= 7 and words.texts[j][0].isalnum() and not _blocks(lex, words.texts[j]):
                j += 1
            seg = j - k - 1
            if (
                k > a
                and 1 <= seg <= 6
                and j < n
                and (words.texts[j] in '،:"' or _blocks(lex, words.texts[j]))
            ):
                k = j
                continue
            break
        if t == "عن" and k > a and _bare(words.texts[k - 1]) in _NP_AN:
            k += 1
            continue
        if not t[0].isalnum() or _blocks(lex, t):
            break
        k += 1
    if k == a:
        return None
    return a, k


def np_before(words: Words, i: int, floor: int, lex: Lexicon) -> tuple[int, int] | None:
    """Token range [a, b) of a subject phrase that ends right before the cue at token ``i``."""
    k = i - 1
    while k >= 0 and words.starts[k] >= floor and words.texts[k] in _AUX:
        k -= 1
    if k < i - 1 and k >= 0 and words.texts[k] == "،":
        k -= 1  # «الطاهر بطيخ، كان صرح»
    b = k + 1
    if k >= 0 and words.texts[k] in _RELATIVE:
        k -= 1
        b = k + 1
    while k >= 0 and words.starts[k] >= floor and b - k <= 7:
        t = words.texts[k]
        if t == '"' or not t[0].isalnum() or t in _BACK_STOP or t in _STOP or _blocks(lex, t):
            break
        k -= 1
    a = k + 1
    if a >= b:
        return None
    return a, b


def issuer_before(
    words: Words, i: int, floor: int, lex: Lexicon, pairs: Mapping[int, int]
) -> tuple[int, int] | None:
    """«أصدر التنظيم بيانا قال فيه»: the subject of the issuing verb before the cue at token ``i``."""
    for k in range(i - 1, -1, -1):
        if words.starts[k] < floor:
            break
        t = words.texts[k]
        if t in _ISSUE_VERBS or (t[0] == "و" and t[1:] in _ISSUE_VERBS):
            return np_after(words, k + 1, words.starts[i], lex, pairs)
    return None


def _mentions_in(span: tuple[int, int], entities: Sequence[Entity]) -> list[tuple[int, int, Entity]]:
    s, e = span
    return [(m.start, m.end, ent) for ent in entities for m in ent.mentions if m.start < e and m.end > s]


def _genitive_before(text: str, start: int, mention_start: int) -> bool:
    """Whether a word between the phrase start and a mention makes the mention a complement («لحكومة …»)."""
    for w in text[start:mention_start].split():
        f = fold_cached(w.strip('"«»“”،'))
        if (f.startswith("ل") and not f.startswith("ال")) or f in _GENITIVE:
            return True
    return False


def _issuer(text: str, s: int, e: int, document: bool) -> tuple[int, int] | None:
    """«بيان نشره الموقع الرسمي لـX» → the part after the issuing verb; «الموقع الرسمي لـX» → X."""
    pos = s
    parts = text[s:e].split()
    for k, w in enumerate(parts):
        pos = text.index(w, pos)
        f = fold_cached(w)
        if document and (f in _ISSUER_VERBS or (f == "عن" and k > 0)) and k + 1 < len(parts):
            start = text.index(parts[k + 1], pos + len(w))
            return start, e
        if not document and k > 0 and f.startswith("ل") and not f.startswith("ال"):
            return pos, e
        pos += len(w)
    return None


def speaker_entity(
    text: str, span: tuple[int, int] | None, entities: Sequence[Entity]
) -> tuple[str | None, str]:
    """The entity id named by the speaker phrase ``span`` (original offsets), and the rule that chose it."""
    if span is None:
        return None, "none"
    raw = text[span[0] : span[1]]
    s = span[0] + len(raw) - len(raw.lstrip())
    e = span[0] + len(raw.rstrip(' ،,"»”«“'))
    if e <= s:
        return None, "none"
    first = text[s:e].split()[0]
    head_end = s + len(first)
    head = _bare(fold_cached(first.strip('"«»“”،')))
    if head in DOC_HEADS or head in _CHANNEL_HEADS:
        issuer = _issuer(text, s, e, head in DOC_HEADS)
        if issuer is not None:
            ent, _ = speaker_entity(text, issuer, entities)
            return ent, "document_issuer" if ent else "no_entity"
    inside = _mentions_in((s, e), entities)
    if not inside:
        return None, "no_entity"
    for ms, me, ent in inside:
        if ms < head_end and me > s:
            return ent.id, "head_mention"
    people = sorted((m for m in inside if m[2].type == "PER"), key=lambda m: m[1])
    if head in PERSON_HEADS:
        for _ms, me, ent in reversed(people):
            if me >= e - 1:
                return ent.id, "title_name"
    for ms, _me, ent in people:
        if not _genitive_before(text, s, ms):
            return ent.id, "person"
    return None, "title_only"
