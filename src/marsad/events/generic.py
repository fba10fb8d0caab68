"""Parties named by a description, made entities so that an event can name them.

The actor and target rules (`marsad.events.arguments`) and models (`marsad.events.role_choice`) may
choose an actor phrase that no entity covers: «مسلحون مجهولون», «قوات الأمن», «طيران التحالف»,
«للمقاومة الشعبية». Without an entity the event's ``actor`` is null in the article JSON, the store and
every export although its evidence names the phrase — a quarter of the actors the coder finds on the
annotated sets. `add_generic_entities` gives each such phrase an entity:

- type ORG, or PER for one person («مسلح», «انتحاري»); subtype ``generic``; no ``kb_id``;
- ``name``: the phrase, with the article's «ال» restored after the preposition «ل» («للمقاومة
  الشعبية» → mention «لمقاومة الشعبية», name «المقاومة الشعبية»);
- ``name_en``: the English label of its head noun (``data/events/generic_actors.tsv``) with the country
  of a nationality adjective in brackets, as ACLED names generic actors («القوات العراقية» → "Forces
  (Iraq)"); a transliteration when no head is listed (a title: «نائب مدير أمن»);
- ``attrs``: ``inter`` (ACLED actor type, `marsad.events.classify.inter_of`) when the words tell it,
  and ``rule`` ``generic-actor``.

A head noun's label also carries the country of the event's place when no adjective names one («قوات
الأمن» in Arish → "Security forces (Egypt)"), so that in the store the generic actors of different
countries stay apart. The same phrase with the same label twice in an article is one entity with two
mentions; the event's evidence is unchanged.
"""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import msgspec

from marsad.doc import Article, Entity, Event, Mention, Span
from marsad.entities.actor_data import read_countries
from marsad.entities.translit import transliterate
from marsad.events.arguments import Arg
from marsad.events.casualties import NUMBER_WORDS
from marsad.events.classify import inter_of
from marsad.events.nationality import gentilic_country
from marsad.events.phrases import is_thing
from marsad.events.words import words as word_list
from marsad.text.normalize import fold

__all__ = ["GENERIC", "Head", "heads", "titles", "label", "add_generic_entities", "generic_name"]

GENERIC = "generic"  # the subtype of these entities
RULE = "generic-actor"
PROCLITICS = "وفبلك"
TITLE_HEADS = word_list("title_heads")


class Head(msgspec.Struct, frozen=True):
    type: str  # ORG | PER
    name_en: str
    container: bool  # «قوات», «عناصر»: a later head of the phrase says more


@lru_cache(maxsize=1)
def heads() -> dict[tuple[str, ...], Head]:
    """Folded head noun or two-word head (without the article) → its entity type and English label."""
    text = resources.files("marsad").joinpath("data/events/generic_actors.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return {
        tuple(_article_off(w) for w in fold(head).split()): Head(typ, en, container == "yes")
        for head, typ, en, container in rows[1:]
    }


def _article_off(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 3 else word


@lru_cache(maxsize=1)
def titles() -> tuple[tuple[tuple[str, ...], str], ...]:
    """The office phrases of the actor lexicon that end in their country slot, without it («وزير
    الخارجية {m}» → «وزير الخارجية», "Minister of Foreign Affairs"), folded, longest first: what a title
    phrase no actor resolved names."""
    text = resources.files("marsad").joinpath("data/actors/roles.tsv").read_text("utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    found: dict[tuple[str, ...], str] = {}
    for row in rows[1:]:
        for template in row[3].split("|"):
            if not template.strip().endswith("}"):
                continue  # «السفير {m} لدى الأمم المتحدة»: the office is more than what precedes the country
            words = tuple(fold(template.split("{")[0]).split())
            if words:
                found.setdefault(words, row[2])
    return tuple(sorted(found.items(), key=lambda kv: -len(kv[0])))


def _bare(word: str) -> tuple[str, ...]:
    """A folded word without its article or a proclitic («وقوات», «للقوات», «لقوات» → «قوات»)."""
    forms = [word]
    if word[:1] in PROCLITICS and len(word) > 3:
        forms.append(word[1:])
    if word[:2] == "لل":
        forms.append(word[2:])
    return tuple(_article_off(f) for f in forms)


def _head(words: list[str]) -> Head | None:
    """The head that names the phrase: a two-word head first, then the first head that is no container
    (else the first container)."""
    table = heads()
    found: list[Head] = []
    for k, w in enumerate(words):
        nxt = words[k + 1] if k + 1 < len(words) else ""
        pair = next((table[(f, g)] for f in _bare(w) for g in _bare(nxt) if (f, g) in table), None)
        if pair is not None:
            return pair
        found += [table[(f,)] for f in _bare(w) if (f,) in table][:1]
    return next((h for h in found if not h.container), found[0] if found else None)


@lru_cache(maxsize=1)
def _country_names() -> dict[str, str]:
    return {c.iso2: c.name_en for c in read_countries()}


def _country(words: list[str]) -> str | None:
    for w in words[1:]:  # the head itself is never the adjective
        if w.endswith("يا") and len(w) > 4:
            w = w[:-1]  # «13 مصريا»: the accusative of a counted nisba
        elif w.endswith(("يين", "يون")) and len(w) > 5:
            w = w[:-2]  # «أربعة فلسطينيين»: its plural
        for form in (w, *(("ال" + f) for f in _bare(w))):
            iso = gentilic_country(form)
            if iso is not None:
                return _country_names().get(iso)
    return None


def _whole_title(words: list[str], title: tuple[str, ...]) -> bool:
    """A one-word office («رئيس») names the phrase only with nothing but a nationality after it
    («الرئيس الفرنسي»), not «رئيس حزب سياسي»."""
    rest = words[len(title) :]
    return len(title) > 1 or not rest or (len(rest) == 1 and _country(["", *rest]) is not None)


def generic_name(article: Article, span: Span) -> str:
    """The phrase of ``span`` as a name: «ال» restored when the span follows the «ل» of «لل»."""
    text = " ".join(span.text.split())
    if text[:1] == "ل" and text[:2] != "لل" and span.start > 0 and article.text[span.start - 1] == "ل":
        return "ا" + text
    return text


def label(words: list[str], name: str, where: str | None = None) -> tuple[str, str]:
    """Entity type and English name of a phrase: an office of the actor lexicon, else the label of its
    head noun, else a state's adjective alone, else a transliteration; in brackets the country of a
    nationality adjective, else for a head noun ``where`` (the country the event happened in, as ACLED
    names "Civilians (Yemen)")."""
    country = _country(words)
    person = bool(words) and words[0] in TITLE_HEADS
    counted = bool(words) and (words[0].isdigit() or words[0] in NUMBER_WORDS)  # «15 مسلحا»: a group
    title = next((en for t, en in titles() if tuple(words[: len(t)]) == t and _whole_title(words, t)), None)
    head = None if person else _head(words)
    if person and title is None and _whole_title(words, tuple(words[:1])):
        office = _head(words[:1])  # «السفير الصيني» → "Ambassador (China)", not «رئيس حزب سياسي»
        head = office if office is not None and office.type == "PER" else None
    if title is not None:  # «وزير الخارجية الروسي» no actor resolved → "Minister of Foreign Affairs (Russia)"
        typ, label = "PER", title
    elif head is not None:
        typ, label, country = "ORG" if counted else head.type, head.name_en, country or where
    elif counted and country is not None:  # «13 مصريا», «أربعة فلسطينيين»: a count of a nisba
        typ, label = "ORG", "People"
    elif len(words) == 1 and _country(["", *words]):  # «الأميركية» standing for the state
        typ, label, country = "ORG", _country(["", *words]), None
    else:  # «نائب مدير أمن»: a title the lexicon does not know
        return ("PER" if person else "ORG"), transliterate(name)
    return typ, f"{label} ({country})" if country else label


def _entity(article: Article, span: Span, name: str, entity_id: str, typ: str, name_en: str) -> Entity:
    attrs: dict[str, object] = {"rule": RULE}
    inter, _ = inter_of(article, Arg(None, span, RULE, 0.0))
    if inter is not None:
        attrs["inter"] = inter
    return Entity(
        entity_id,
        typ,
        name,
        [Mention(span.start, span.end, span.text, confidence=0.5, rule=RULE)],
        subtype=GENERIC,
        name_en=name_en,
        confidence=0.5,
        attrs=attrs,
    )


def _where(article: Article, event: Event) -> str | None:
    """English name of the country the event's place lies in, if it is resolved."""
    place = article.entity(event.place)
    iso = place.geo.country if place is not None and place.geo is not None else None
    return _country_names().get(iso) if iso else None


def add_generic_entities(article: Article, events: list[Event]) -> None:
    """Give the actor or target of each event that is only a phrase (evidence span, no entity) an
    entity of its own, added to ``article.entities``."""
    by_key = {
        (" ".join(fold(e.name).split()), e.name_en): e for e in article.entities if e.subtype == GENERIC
    }
    for event in events:
        where = _where(article, event)
        for role in ("actor", "target"):
            ev = event.evidence.get(role)
            if getattr(event, role) is not None or ev is None or ev.span is None or not ev.span.text.strip():
                continue
            if ev.rule.startswith("nationality-adjective"):
                continue  # «الغارات الروسية»: a state named by its adjective, not a party of its own
            name = generic_name(article, ev.span)
            folded = " ".join(fold(name).split())
            if role == "target" and is_thing(folded.split()):
                continue  # «أحرقوا منزلا»: what was hit is in the evidence; a house is no party
            typ, name_en = label(folded.split(), name, where)
            ent = by_key.get((folded, name_en))
            if ent is None:
                ent = _entity(article, ev.span, name, f"E{article.next_entity_number()}", typ, name_en)
                by_key[(folded, name_en)] = ent
                article.entities.append(ent)
            elif all(m.start != ev.span.start for m in ent.mentions):
                ent.mentions.append(
                    Mention(ev.span.start, ev.span.end, ev.span.text, confidence=0.5, rule=RULE)
                )
                ent.mentions.sort(key=lambda m: m.start)
            setattr(event, role, ent.id)
