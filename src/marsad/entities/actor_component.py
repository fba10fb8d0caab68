"""The ``actors`` pipeline component: lexicon linking + in-article coreference, written onto entities.

Find, then write: `link_article` (pure: reads the text, the date and any NER entities, returns
`Link`s) and `ActorLinker.set_annotations` (adds or enriches `Entity` records). It runs with or
without NER: an NER entity whose mention overlaps an actor mention of a compatible type is enriched
(``kb_id``, canonical names, type, subtype, attrs) and receives the coreferent mentions; otherwise a
new entity ``E<n>`` is created. ``kb_id`` is the Wikidata QID when known, else the actor's own id;
``attrs`` carries ``actor_id``, ``country``, ``inter`` (ACLED), ``sector`` (PLOVER), ``role`` (the office
held on the article date) and ``titles`` (the titles the text attached to a person).
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Sequence
from typing import ClassVar

from marsad.doc import Article, Entity, Mention
from marsad.entities.actors import Actor, Lexicon, default_lexicon
from marsad.entities.coref import corefer
from marsad.entities.linking import Link, classify, matcher_for
from marsad.entities.resolution import resolve
from marsad.pipeline import register
from marsad.text.normalize import NormalizedText, normalize
from marsad.text.spans import SpanIndex

__all__ = ["ActorLinker", "link_text", "link_article"]

_SENT_END = re.compile(r"[.!?؟\n]+")
_COMPATIBLE = {("ORG", "LOC"), ("LOC", "ORG")}
ARMED_SUBTYPES = frozenset({"armed_group", "militia"})  # actors no NER place can be (`_never_a_place`)


def _sentence_index(starts: Sequence[int]) -> Callable[[int], int]:
    return lambda pos: bisect_right(starts, pos) - 1


def _fallback_sentences(text: str) -> list[int]:
    return [0, *(m.end() for m in _SENT_END.finditer(text))]


def link_view(
    nt: NormalizedText,
    published: dt.date | None,
    lexicon: Lexicon,
    *,
    sentence_starts: Sequence[int] | None = None,
    ner: Sequence[tuple[str, str, int, int]] = (),
) -> list[Link]:
    """Links of a normalized text. ``ner`` lists NER mentions as (entity id, type, start, end)."""
    view, original = nt.text, nt.original
    hits = matcher_for(lexicon).scan(view)
    links = resolve(classify(hits, view, original, nt.span_to_original, lexicon), lexicon, view, published)
    for lk in (
        links
    ):  # «منزل بورقيبة», «شارع الحبيب بورقيبة» tagged LOC by NER: the person's name is inside a place's
        if (
            lk.ref
            and lk.kind == "actor"
            and lk.etype == "PER"
            and any(
                t == "LOC" and s <= lk.start and lk.end <= e and (s, e) != (lk.start, lk.end)
                for _, t, s, e in ner
            )
        ):
            lk.ref, lk.rule, lk.confidence = None, "alias.in-name", 0.0
    linked = SpanIndex((lk.start, lk.end, None) for lk in links if lk.ref and lk.kind in ("actor", "role"))
    ner_links = []
    for eid, etype, s, e in ner:
        if linked.any_overlap(s, e):
            continue
        vs, ve = nt.to_normalized(s), nt.to_normalized(e)
        ner_links.append(
            Link(s, e, original[s:e], vs, ve, "ner", ref="E:" + eid, rule="ner", confidence=1.0, etype=etype)
        )
    starts = list(sentence_starts) if sentence_starts else _fallback_sentences(original)
    items = corefer(
        links, lexicon, view, original, nt.span_to_original, published, _sentence_index(starts), ner_links
    )
    return [lk for lk in items if lk.kind != "ner"]


def link_text(text: str, published: dt.date | None = None, lexicon: Lexicon | None = None) -> list[Link]:
    """Actor links of a plain string (no NER): the pure half of the component, for tests and tools."""
    return link_view(normalize(text or ""), published, lexicon or default_lexicon())


def link_article(article: Article, lexicon: Lexicon) -> list[Link]:
    ner = [(e.id, e.type, m.start, m.end) for e in article.entities for m in e.mentions]
    starts = [s.start for s in article.sentences] or None
    return link_view(article.view, article.published, lexicon, sentence_starts=starts, ner=ner)


def _actor_attrs(actor: Actor, published: dt.date | None) -> dict:
    attrs: dict = {
        "actor_id": actor.id,
        "country": actor.country,
        "inter": actor.inter,
        "sector": actor.sector,
    }
    if actor.qid:
        attrs["qid"] = actor.qid
    roles = actor.roles_at(published)
    if roles:
        attrs["role"] = roles[0].to_dict()
    elif actor.roles:
        attrs["roles"] = [r.to_dict() for r in actor.roles]
    return {k: v for k, v in attrs.items() if v is not None}


def _add_mention(ent: Entity, lk: Link, text: str) -> None:
    """Add the link's mention; an entity's mentions never overlap (a mention inside the link's is replaced, a
    partly overlapping one is joined with it: «الشيخ صباح الأحمد» + «صباح الأحمد الجابر»)."""
    if any(m.start <= lk.start and lk.end <= m.end for m in ent.mentions):
        return
    s, e, keep = lk.start, lk.end, []
    for m in ent.mentions:
        if m.start < e and s < m.end:
            if lk.kind not in ("actor", "role") and not (s <= m.start and m.end <= e):
                return  # a coreference mention never stretches a name
            s, e = min(s, m.start), max(e, m.end)
        else:
            keep.append(m)
    if (s, e) == (lk.start, lk.end):
        keep.append(Mention(s, e, lk.text, lk.confidence, lk.rule))
    else:
        keep.append(Mention(s, e, text[s:e], lk.confidence, lk.rule))
    ent.mentions[:] = sorted(keep, key=lambda m: m.start)


def _enrich(ent: Entity, actor: Actor, published: dt.date | None) -> None:
    ent.kb_id = actor.kb_id
    ent.name = actor.name
    ent.name_en = actor.name_en
    if ent.type == actor.type or ent.type not in ("ORG", "LOC") or _never_a_place(ent, actor):
        ent.type = actor.type
    ent.subtype = actor.subtype
    ent.attrs.update(_actor_attrs(actor, published))


def _never_a_place(ent: Entity, actor: Actor) -> bool:
    """NER read an armed group as a place («عناصر تنظيم بيت المقدس», «تنظيم داعش» in some articles): a
    group is no place, whatever the words in its name, so the entity becomes the group's ORG and the
    places stage leaves it alone (it had put «بيت المقدس» in Jerusalem as an event's place). A state's or
    a city's government named by the place («واشنطن», «دمشق») stays a place."""
    return ent.type == "LOC" and actor.type == "ORG" and actor.subtype in ARMED_SUBTYPES


@register("actors")
class ActorLinker:
    """Links entities to the actor lexicon and resolves in-article coreference."""

    name: ClassVar[str] = "actors"
    version: ClassVar[str] = "1.0"
    requires: ClassVar[frozenset[str]] = frozenset({"tokens", "sentences"})
    provides: ClassVar[frozenset[str]] = frozenset({"actors", "entities"})

    def __init__(self, lexicon: Lexicon | None = None):
        self.lexicon = lexicon or default_lexicon()
        matcher_for(self.lexicon)  # build the automaton now, not on the first article

    def __call__(self, article: Article) -> None:
        self.set_annotations(article, link_article(article, self.lexicon))

    def _claim(self, article: Article, links: list[Link]) -> dict[str, Entity]:
        """NER entities overlapping actor mentions become those actors; one entity never gets two actors.

        An NER mention spanning several actors (the tag line «امريكا داعش») is dropped: the actors'
        own mentions replace it. An NER entity whose mentions overlap different actors (string
        clustering) goes to the actor of most of its mentions and loses the others' mentions; two NER
        entities of one actor are merged. Entities of different actors are never merged.
        """
        spans: list[tuple[int, int, str, str]] = []
        for lk in links:
            actor = self.lexicon.get(lk.actor_id) if lk.actor_id else None
            if actor is not None and lk.ref and not lk.bound and lk.kind != "title":
                spans.append((lk.start, lk.end, lk.ref, actor.type))
        if not spans:
            return {}
        index = SpanIndex((a, b, (ref, t)) for a, b, ref, t in spans)
        by_ref: dict[str, Entity] = {}
        for e in list(article.entities):
            refs_of: list[set[str]] = []
            for m in e.mentions:
                refs_of.append(
                    {
                        ref
                        for _, _, (ref, t) in index.overlapping(m.start, m.end)
                        if t == e.type or (e.type, t) in _COMPATIBLE
                    }
                )
            votes = Counter(next(iter(r)) for r in refs_of if len(r) == 1)
            owner = max(votes, key=votes.__getitem__) if votes else None  # ties: the first mentioned
            kept = [
                m
                for m, r in zip(e.mentions, refs_of, strict=True)
                if not r or (owner is not None and r == {owner})
            ]
            if len(kept) != len(e.mentions):
                e.mentions[:] = kept
            if not e.mentions:
                article.entities.remove(e)
                continue
            if owner is None:
                continue
            first = by_ref.setdefault(owner, e)
            if first is not e:  # two NER entities for one actor: merge
                first.mentions.extend(e.mentions)
                first.mentions.sort(key=lambda m: m.start)
                article.entities.remove(e)
        return by_ref

    def set_annotations(self, article: Article, links: list[Link]) -> None:
        by_ref = self._claim(article, links)
        ents = {e.id: e for e in article.entities}
        nid = article.next_entity_number()
        for lk in links:
            if lk.ref is None:
                continue
            if lk.ref.startswith("E:"):
                ent = ents.get(lk.ref[2:])
            else:
                ent = by_ref.get(lk.ref)
                if ent is None:
                    actor = self.lexicon.get(lk.ref[2:])
                    if actor is None:
                        continue
                    ent = Entity(
                        id=f"E{nid}", type=actor.type, name=actor.name, mentions=[], confidence=lk.confidence
                    )
                    nid += 1
                    article.entities.append(ent)
                    ents[ent.id] = ent
                    by_ref[lk.ref] = ent
                if ent.kb_id is None or ent.attrs.get("actor_id") != lk.ref[2:]:
                    _enrich(ent, self.lexicon.get(lk.ref[2:]), article.published)  # type: ignore[arg-type]
            if ent is None:
                continue
            if lk.bound:
                titles = ent.attrs.setdefault("titles", [])
                if lk.text not in titles:
                    titles.append(lk.text)
                continue
            _add_mention(ent, lk, article.text)
            ent.confidence = max(ent.confidence, lk.confidence)
        article.set_layer("actors", links)
