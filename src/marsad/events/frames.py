"""Clause frames: a sentence's folded words, its trigger matches and the entity mentions around them.

A `Frame` is what the argument rules read: for one trigger, the window of tokens it owns (from the
previous trigger of the sentence to the next one), and every entity mention in the sentence with the
preposition that introduces it («في حلب» → في, «بريف» → ب, «من قبل الجيش» → من قبل).
"""

from __future__ import annotations

from bisect import bisect_right

import msgspec

from marsad.doc import Article, Sentence, Token
from marsad.events.phrases import (
    ACTOR_HEADS,
    PREPOSITIONS,
    TITLES,
    actor_phrases,
    clitic_len,
    clitic_len_any,
    head_word,
    is_head,
    nisba_after_head,
    object_clitic_len,
    object_phrases,
    stem,
    title_chain,
)
from marsad.events.triggers import TriggerMatch, find_triggers
from marsad.events.words import words
from marsad.text.normalize import fold

__all__ = ["MentionRef", "Frame", "sentence_frames", "PREPOSITIONS", "TITLES", "mention_refs"]

# Prepositions that can introduce an argument; two-word ones are looked up first.

PREPOSITIONS2 = words("prepositions2")
# Head nouns that stand between a preposition and a name the NER left them out of: «على قرية خشام»,
# «من تنظيم داعش», «غارات لطائرات التحالف», «التقى الرئيس الأمريكي باراك أوباما».
NOT_PLACES = words("not_places")
# an indefinite settlement noun alone is no place name: «سقطت على منزل بقرية تقع جنوبي الشيخ زويد»
# (the NER tagged «بقرية»); the definite «المدينة» can stand for the town named before, and stays
BARE_PLACE_HEADS = words("bare_place_heads")
# a paper's name between quotes or brackets is the paper: «وأكد المتحدث لـ«الشرق الأوسط»», «دونيتسك -
# «الشرق الأوسط»», «وذكرت مصادر خاصة لـ(عكاظ) أنه»
QUOTED_MEDIA = words("media_names") | words("media_names_quoted_only")
OPEN_QUOTES = ("«", '"', "“", "(")
# «حزامان ناسفان» tagged as a person: a name with a weapon's adjective in it is no party
WEAPON_WORDS = words("weapon_words")
PARTITIVES = words("partitives")
BOILERPLATE = tuple(tuple(c.split()) for c in words("boilerplate_cues"))
BOILERPLATE_FIRST = frozenset(c[0] for c in BOILERPLATE)
MAX_HEADS = 3
CLITIC_PREPS = {
    "ب": "ب",
    "ل": "ل",
    "وب": "ب",
    "ول": "ل",
    "فب": "ب",
    "فل": "ل",
    "لل": "ل",
    "بال": "ب",
    "وبال": "ب",
}


class MentionRef(msgspec.Struct, frozen=True):
    """An entity mention located in a sentence's tokens (``first``/``last`` inclusive, local indices)."""

    entity: str | None  # None for an actor phrase no entity covers
    type: str  # PER | ORG | LOC | ACTOR, or PEOPLE | THING (`object_refs`)
    start: int
    end: int
    text: str
    first: int
    last: int
    prep: str  # "" when no preposition introduces it
    lead: int  # first local token of the phrase: the mention, or the head nouns before it


class Frame(msgspec.Struct, frozen=True):
    """One trigger in its sentence."""

    sentence: int
    match: TriggerMatch
    lo: int  # window of local token indices the trigger owns: [lo, hi)
    hi: int
    start: int  # character span of the trigger in the article
    end: int
    beside_strong: bool = False  # a weak trigger in a sentence with a strong violent one (the filter decides)


_OPENING_MARKS = frozenset(OPEN_QUOTES) | {"["}  # what may stand between a preposition and its noun


def _prep_before(words: list[str], k: int) -> str:
    """The preposition right before local token ``k``, over an opening bracket or quote mark («على
    «داعش»»); a proclitic written apart with a tatweel counts («لـ(عكاظ)», «بـ«الشرق الأوسط»»)."""
    while k >= 1 and words[k - 1] in _OPENING_MARKS:
        k -= 1
    if k >= 1 and words[k - 1] in CLITIC_PREPS:
        return CLITIC_PREPS[words[k - 1]]
    if k >= 2:
        two = words[k - 2] + " " + words[k - 1]
        if two in PREPOSITIONS2:
            return two
        # «و» + preposition: «وفي», «ومن قبل»
        if two[:1] == "و" and two[1:] in PREPOSITIONS2:
            return two[1:]
    if k >= 1:
        w = words[k - 1]
        if w in PREPOSITIONS:
            return w
        if w[:1] in ("و", "ف") and w[1:] in PREPOSITIONS:
            return w[1:]
    return ""


def mention_refs(
    article: Article,
    sent: Sentence,
    words: list[str],
    tokens: list[Token],
    blocked: frozenset[int] = frozenset(),
) -> list[MentionRef]:
    """Entity mentions inside ``sent`` with their local token indices and introducing preposition, plus
    actor phrases no entity covers («مسلحون مجهولون», «طيران التحالف»; ``entity`` None)."""
    starts = [t.start for t in tokens]
    refs: list[MentionRef] = []
    if not starts:
        return refs
    bad_loc = NOT_PLACES | PREPOSITIONS
    for ent in article.entities:
        for m in ent.mentions:
            if m.start < sent.start or m.end > sent.end:
                continue
            if ent.type in ("PER", "ORG") and any(w in WEAPON_WORDS for w in fold(m.text).split()):
                continue
            if ent.type == "ORG" and _quoted_media(article.text, m.start, m.text):
                continue  # «عبر بيان نشره على حسابه على «تويتر»», «لـ(عكاظ)»: where it was said, no party
            if ent.type == "LOC" and (
                len(m.text.strip()) < 3
                or fold(m.text.strip()) in bad_loc
                or _actor_word(m.text, ent.geo)
                or _bare_head(m.text, ent.geo)
                or _quoted_media(article.text, m.start, m.text)
            ):
                continue  # a function word the gazetteer took for a place, «بالمقاومة» tagged as a place
            first = max(bisect_right(starts, m.start) - 1, 0)
            last = max(bisect_right(starts, m.end - 1) - 1, first)
            if ent.type == "LOC" and _origin(words, first):
                continue  # «شاب … أصيل منطقة رأس الجبل بولاية بنزرت»: where he is from, not where it happened
            refs.append(_ref(article, words, tokens, ent.id, ent.type, m.start, m.end, first, last))
    for a, b in actor_phrases(words, tokens, blocked):
        if any(r.lead <= b and a <= r.last for r in refs):
            continue
        s, e = tokens[a].start, tokens[b].end
        s += clitic_len_any(words[a])
        refs.append(_ref(article, words, tokens, None, "ACTOR", s, e, a, b))
    refs.sort(key=lambda r: (r.start, -r.end))
    return refs


def object_refs(
    article: Article, words: list[str], tokens: list[Token], refs: list[MentionRef], trigger: tuple[int, int]
) -> list[MentionRef]:
    """Phrases of people or things no mention in ``refs`` covers, outside the ``trigger`` tokens
    (`marsad.events.phrases.object_phrases`), as mentions with no entity (type PEOPLE or THING): what
    the learned target choice may also pick («القبض على **أربعة أشخاص**», «أحرقوا **منزلا**»)."""
    taken = [(min(r.first, r.lead), r.last) for r in refs] + [trigger]
    out = []
    for a, b, kind in object_phrases(words, tokens, taken):
        s, e = tokens[a].start + object_clitic_len(words[a]), tokens[b].end
        out.append(_ref(article, words, tokens, None, kind.upper(), s, e, a, b))
    return out


ORIGIN_WORDS = words("origin_words")
ORIGIN_SPAN = 5  # words back from a place to the «أصيل» or «ينحدر من» that makes it someone's origin


def _origin(words: list[str], first: int) -> bool:
    """Is the place starting at token ``first`` someone's origin («أصيل منطقة … بولاية بنزرت», «ينحدر من
    الموصل»): an origin word at most ``ORIGIN_SPAN`` words before it, with no punctuation or conjunction
    «و» word between."""
    for k in range(first - 1, max(-1, first - 1 - ORIGIN_SPAN), -1):
        w = words[k]
        if w in ORIGIN_WORDS:
            return True
        if not w or not w[0].isalpha() or w in ("و", "ثم", "حيث", "الذي", "التي"):
            return False
    return False


def _actor_word(text: str, geo: object) -> bool:
    """A one-word «place» with no coordinates that is an actor head («المقاومة», «الجيش»): the NER's
    mistake, not where anything happened."""
    if geo is not None:
        return False
    words_ = fold(text.strip()).split()
    return len(words_) == 1 and is_head(words_[0], ACTOR_HEADS)


def _ref(
    article: Article,
    words: list[str],
    tokens: list[Token],
    ent: str | None,
    typ: str,
    start: int,
    end: int,
    first: int,
    last: int,
) -> MentionRef:
    lead = first
    clitic_l = start > tokens[first].start and fold(article.text[tokens[first].start : start]) in ("ل", "لل")
    loc_l = typ == "LOC" and (clitic_l or fold(article.text[start : start + 2]) == "لل")
    if (start == tokens[first].start or clitic_l) and not loc_l:
        # «على مواقع الحوثيين», «أهداف تابعة لتنظيم الدولة»; not «المبعوث الدولي لليمن» (the place
        # qualifies the title before it)
        lead = _lead_back(words, tokens, first)
    if lead == first and typ == "LOC" and first == last and start == tokens[first].start:
        lead = _nisba_lead(words, first)  # «دبابات تركية», «أجهزة أمنية ليبية»: who the state sent
    if lead < first and clitic_l:
        start_cut = tokens[lead].start + clitic_len(words[lead])
        prep = _clitic_prep(article, tokens[lead].start, start_cut) or _prep_before(words, lead)
        return MentionRef(ent, typ, start, end, article.text[start:end], first, last, prep, lead)
    tok = tokens[lead]
    cut = start if lead == first else tok.start + clitic_len(words[lead])
    if cut > tok.start:  # clitic inside the token: «بريف», «لطيران», «وداعش»
        clitic = fold(article.text[tok.start : cut])
        prep = CLITIC_PREPS.get(clitic, "")
        if not prep and clitic in ("و", "ف"):
            prep = _prep_before(words, lead) or "و"
    else:
        prep = _prep_before(words, lead)
    if not prep and loc_l and start == tokens[first].start:
        prep = "ل"  # «زيارة للقاهرة»: the place mention keeps its «لل» (ل + ال), the preposition is «ل»
    if not prep and typ == "LOC" and words[first] in PREPOSITIONS and last > first:
        # the place mention starts «قرب الرمادي» (not the name «علي عبدالله صالح», folded like «على»)
        prep = words[first]
    if prep == "من" and lead >= 2 and stem(words[lead - 2]) in PARTITIVES | {"ال" + w for w in PARTITIVES}:
        # «عناصر من الدرك», «العشرات من عناصر داعش»: the phrase starts at the partitive noun
        lead -= 2
        prep = _clitic_prep(article, tokens[lead].start, tokens[lead].start + clitic_len_any(words[lead]))
        prep = prep or _prep_before(words, lead)
    return MentionRef(ent, typ, start, end, article.text[start:end], first, last, prep, lead)


def _lead_back(words: list[str], tokens: list[Token], first: int) -> int:
    """First token of the phrase whose name starts at ``first``: head nouns and nisba adjectives before
    it (at most ``MAX_HEADS``), a quotation mark around the name («تنظيم «داعش»»), a title chain and a
    head before the title («قوات اللواء الليبي السابق خليفة حفتر»)."""
    lead = first
    if lead >= 2 and tokens[lead - 1].text in NAME_QUOTES and head_word(words[lead - 2]):
        lead -= 1  # «هجوم تنظيم «داعش» عليها»
    while (
        lead > 0
        and first - lead < MAX_HEADS
        and (head_word(words[lead - 1]) or nisba_after_head(words, lead - 1))
    ):
        lead -= 1
    titled = title_chain(words, lead)
    if titled < lead and titled > 0 and (head_word(words[titled - 1]) or stem(words[titled - 1]) in FORCES):
        titled -= 1
    return titled


def _nisba_lead(words: list[str], first: int) -> int:
    """For a place mention that is a nisba adjective («تركية», «الليبية»), the armed or official head
    noun it qualifies, over at most two more nisba adjectives («قوات تركية», «أجهزة أمنية ليبية»,
    «المقاتلات الحربية الروسية»): its index, else ``first``."""
    if not words[first].endswith(NISBA_ADJ):
        return first
    k = first - 1
    while k >= 0 and first - k <= 3:
        w = words[k]
        if is_head(w, ARMED_HEADS):
            return k
        if not w.endswith(NISBA_ADJ) or w[:1] in "وفبل" and not w.startswith("ال"):
            break
        k -= 1
    return first


NISBA_ADJ = ("ي", "يه", "يين", "يون")
ARMED_HEADS = ACTOR_HEADS - TITLES  # «قوات», «طائرات», «دبابات», «ميليشيات», «الأجهزة»


NAME_QUOTES = frozenset('«"“')
FORCES = frozenset({"قوات", "القوات", "عناصر", "العناصر", "انصار", "الانصار"})  # «قوات اللواء … حفتر»


def _clitic_prep(article: Article, s: int, e: int) -> str:
    return CLITIC_PREPS.get(fold(article.text[s:e]), "") if e > s else ""


def _in_org_name(m: TriggerMatch, tokens: list[Token], names: list[tuple[int, int]]) -> bool:
    """A trigger inside an organisation's or a place's name, after its first word, names it, not a
    happening: «الجبهة الشعبية لتحرير فلسطين», «حركة تحرير السودان», «ميدان التحرير»."""
    s, e = tokens[m.first].start, tokens[m.last].end
    return any(a < s and e <= b for a, b in names)


def sentence_frames(article: Article, index: int) -> tuple[list[Frame], list[str], list[Token]]:
    """Frames of sentence ``index``, with its folded words and tokens."""
    sent = article.sentences[index]
    tokens = article.tokens[sent.first_token : sent.last_token]
    words = [t.norm for t in tokens]
    cut = _boilerplate_start(words)
    names = [
        (mn.start, mn.end)
        for ent in article.entities
        if ent.type in ("ORG", "LOC")
        for mn in ent.mentions
        if sent.start <= mn.start < sent.end
    ]
    matches = [
        m
        for m in find_triggers(
            words, originals=[t.text for t in tokens], places=_PlaceStarts(article, tokens)
        )
        if m.last < cut and not _thing_object(m, words) and not _in_org_name(m, tokens, names)
    ]
    aside: list[TriggerMatch] = []
    if any(m.trigger.strong and m.trigger.event_type != "Diplomacy" for m in matches):
        # «… وتدمير مواقع»: a weak trigger beside a strong violent one is mostly part of that happening;
        # it stays a candidate only for the learned filter («بدعم من غارات التحالف … تحرير عدن»)
        keep = [
            m
            for m in matches
            if m.trigger.strong
            or m.trigger.sub_event_type == "Arrests"
            or m.trigger.event_type == "Diplomacy"
        ]
        aside = [
            m for m in matches if m not in keep and m.trigger.sub_event_type != "Looting/property destruction"
        ]
        matches = keep
    if any(m.trigger.event_type in VIOLENT_TYPES for m in matches):
        # «وقال البيان ان ضربة دمرت مصنعا»: what a strike or a clash destroyed is its result
        matches = [m for m in matches if m.trigger.sub_event_type != "Looting/property destruction"]
    matches = _merge_adjacent(matches, tokens)
    frames = []
    for k, m in enumerate(matches):
        lo = matches[k - 1].last + 1 if k > 0 else 0
        hi = matches[k + 1].first if k + 1 < len(matches) else len(words)
        frames.append(_frame(index, m, lo, hi, tokens))
    if aside:
        every = sorted([*matches, *aside], key=lambda x: x.first)
        for m in aside:
            k = every.index(m)
            lo = every[k - 1].last + 1 if k > 0 else 0
            hi = every[k + 1].first if k + 1 < len(every) else len(words)
            frames.append(_frame(index, m, lo, hi, tokens, beside_strong=True))
        frames.sort(key=lambda f: f.start)
    return frames, words, tokens


class _PlaceStarts:
    """Indices of the sentence's tokens a place mention starts in (after a clitic: «والموصل» counts),
    for the ``@place`` slot of the lexicon; worked out on the first question only (few sentences
    have a trigger with that slot)."""

    def __init__(self, article: Article, tokens: list[Token]):
        self.article, self.tokens = article, tokens
        self.found: frozenset[int] | None = None

    def __contains__(self, k: object) -> bool:
        if self.found is None:
            self.found = self._find()
        return k in self.found

    def _find(self) -> frozenset[int]:
        tokens = self.tokens
        if not tokens:
            return frozenset()
        lo, hi = tokens[0].start, tokens[-1].end
        starts = [t.start for t in tokens]
        return frozenset(
            bisect_right(starts, m.start) - 1
            for ent in self.article.entities
            if ent.type == "LOC"
            for m in ent.mentions
            if lo <= m.start < hi and fold(m.text.strip()) not in NOT_PLACES
        )


def _quoted_media(text: str, start: int, name: str) -> bool:
    """The mention is a paper's or channel's name right after an opening quote mark."""
    return text[max(0, start - 1) : start] in OPEN_QUOTES and fold(name.strip()) in QUOTED_MEDIA


def _bare_head(text: str, geo: object) -> bool:
    """«بقرية», «مدينة»: an unresolved settlement noun alone (a proclitic «و», «ب», «ل» or «ف» allowed)."""
    if geo is not None:
        return False
    w = fold(text.strip())
    return w in BARE_PLACE_HEADS or (len(w) > 3 and w[0] in "وبلف" and w[1:] in BARE_PLACE_HEADS)


def _frame(
    index: int, m: TriggerMatch, lo: int, hi: int, tokens: list[Token], beside_strong: bool = False
) -> Frame:
    """The frame of match ``m`` owning tokens [lo, hi); a gapped phrase ends at its head word."""
    end = tokens[m.head_last].end if m.head_last != m.last else tokens[m.last].end
    return Frame(index, m, lo, hi, tokens[m.first].start, end, beside_strong)


def _thing_object(m: TriggerMatch, words: list[str]) -> bool:
    """«لاستقبال المساعدات الإنسانية», «أوقفت الخطوط الجوية اليمنية رحلاتها», «توقف الرحلات»: a meeting
    or an arrest word whose object is a thing (a takeover word whose object is people) («استقبال» receives, «أوقف» stops) is no event. A noun's
    object is the word right after it; a verb's may follow its subject and a time («اليوم الاثنين»)."""
    objects = OBJECTS_THAT_CANCEL.get(m.trigger.sub_event_type)
    if objects is None:
        return False
    for k in range(m.last + 1, min(m.last + (8 if m.alt.verb else 2), len(words))):
        w = words[k]
        if w in objects or (w[:1] in "وبل" and w[1:] in objects):
            return True
        if w in _OBJECT_ENDS or w.startswith("لل"):
            # «ألقت الشرطة القبض على 3 إيطاليين للاشتباه في تهريبهم أسلحة»: the object came before;
            # what follows a preposition is the charge or the place
            return False
    return False


_OBJECT_ENDS = frozenset(
    fold(w) for w in ("في", "من", "إلى", "الى", "عن", "مع", "بعد", "قبل", "خلال", "بتهمة", "بتهم")
)


VIOLENT_TYPES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
# «تمكنت … من تحرير طفل مختطف»: freeing people is no takeover of territory
OBJECTS_THAT_CANCEL = {
    "Meeting": words("thing_objects"),
    # «مع إيقاف التنفيذ» (a suspended sentence), «أوقفت استقبال الحجوزات», «أوقفت انتقال» (session 37)
    # people received or carried («استقبال اللاجئين») are no object of an arrest: «اعتقلت قوات الأمن عشرات
    # الطلاب» is one (session 38)
    "Arrests": (words("thing_objects") - words("received_people")) | words("thing_objects_more"),
    "Government regains territory": words("freed_people"),
    "Non-state actor overtakes territory": words("freed_people"),
}


def _boilerplate_start(words: list[str]) -> int:
    """Index where a footer starts («رابط الخبر بصحيفة …», «سمات …»): the headline repeated, tags."""
    for k, w in enumerate(words):
        if w in BOILERPLATE_FIRST and any(
            " ".join(words[k : k + len(c)]) == " ".join(c) for c in BOILERPLATE
        ):
            return k
    return len(words)


def _merge_adjacent(matches: list[TriggerMatch], tokens: list[Token]) -> list[TriggerMatch]:
    """Two triggers naming one happening become one: «قصفت أربع غارات» and «غارات قرب الرمادي قصفت» (a
    verb and a noun of one event type close together: the noun is kept), «هجوم بسيارة ملغومة» (a generic
    attack word next to a specific weapon: the weapon is kept)."""
    out: list[TriggerMatch] = []
    for m in matches:
        prev = out[-1] if out else None
        if prev is None:
            out.append(m)
            continue
        between = range(prev.last + 1, m.first)
        no_punct = all(tokens[k].kind != "punct" for k in between)
        same = prev.trigger.event_type == m.trigger.event_type
        if (
            same
            and len(between) <= 3
            and all(
                tokens[k].kind in ("number", "punct") or tokens[k].norm in _NUMBER_WORDS | _INTENSITY
                for k in between
            )
        ):  # «قصف عنيف بالبراميل المتفجرة»: one bombardment, named by its weapon
            if (prev.alt.verb and not m.alt.verb) or m.trigger.sub_event_type in SPECIFIC:
                out[-1] = m  # «تفجيراً انتحارياً»: the more specific word names the sub-type
            continue
        if same and not prev.alt.verb and m.alt.verb and len(between) <= 4 and no_punct:
            continue  # «خمس غارات قرب الرمادي قصفت»: the verb's subject is the noun trigger
        if (
            not prev.alt.verb
            and prev.trigger.sub_event_type == "Air/drone strike"
            and m.alt.verb
            and m.first == prev.last + 1
            and m.trigger.event_type in VIOLENT_TYPES
        ):
            # «طائرة بدون طيار هاجمت سيارة»: the aircraft is the verb's subject, not a second trigger
            out[-1] = m
            continue
        if (
            len(between) <= 2
            and no_punct
            and prev.trigger.sub_event_type == "Armed clash"
            and m.trigger.event_type in ("Explosions/Remote violence", "Violence against civilians")
        ):
            out[-1] = m
            continue
        out.append(m)
    return out


_NUMBER_WORDS = words("number_words")
_INTENSITY = words("intensity_adjectives")
SPECIFIC = frozenset({"Suicide bomb", "Chemical weapon"})
