"""The ``places`` pipeline component: finds and geocodes the places of an article.

Find, then write: `resolve_text` works on the normalized view; ``__call__`` maps each found name back to
the original text and either sets ``geo`` on the LOC entity already covering it (from the NER stage) or
creates a LOC entity (``name_en`` and ``kb_id`` from the gazetteer). LOC entities the matcher did not see
are looked up by name. A name inside a PER/ORG entity («جامعة دمشق») is left alone. Anything going
wrong with one place is reported as a warning (W601) and the article keeps everything else.
"""

from __future__ import annotations

from typing import ClassVar

import msgspec

from marsad.doc import Article, Entity, Geo, Mention
from marsad.pipeline import register
from marsad.places.anchors import CUE_KINDS, common_words, namey
from marsad.places.filters import TANWEEN
from marsad.places.gazetteer import Gazetteer, Place, default_gazetteer
from marsad.places.matching import name_key
from marsad.places.resolve import Resolution, big_place, resolve_text
from marsad.text.normalize import normalize

__all__ = ["PlaceResolver", "PlaceMention"]


class PlaceMention(msgspec.Struct, frozen=True):
    """One geocoded name (layer ``places``): its span, the entity it went to, and why."""

    start: int
    end: int
    text: str
    entity: str
    gazetteer_id: str
    precision: int
    confidence: float
    rule: str
    candidates: int


def _country_geo(country: Place, confidence: float, rule: str) -> Geo:
    """A country's point for an entity placed only at country level (precision 3)."""
    return Geo(
        lat=country.lat,
        lon=country.lon,
        country=country.country,
        admin1=None,
        feature="country",
        gazetteer_id=country.id,
        precision=3,
        name_en=country.name_en or None,
        confidence=confidence,
        rule=rule,
    )


def _geo(r: Resolution, p: Place) -> Geo:
    return Geo(
        lat=p.lat,
        lon=p.lon,
        country=p.country or None,
        admin1=p.admin1_en or None,
        feature=r.feature,
        gazetteer_id=p.id,
        precision=r.precision,
        name_en=p.name_en or None,
        admin2=p.admin2_en or None,
        confidence=r.confidence,
        rule=r.rule,
    )


@register("places")
class PlaceResolver:
    """Geocodes place names (gazetteer matching + resolution in context) and sets ``Entity.geo``."""

    name: ClassVar[str] = "places"
    version: ClassVar[str] = "1.0"
    requires: ClassVar[frozenset[str]] = frozenset({"tokens", "sentences"})
    provides: ClassVar[frozenset[str]] = frozenset({"places"})

    def __init__(self, gazetteer: Gazetteer | None = None):
        self.gazetteer = gazetteer or default_gazetteer()
        common_words()  # the word list of the anchor fallback: loaded once, with the component

    def match(self, article: Article, seen: list[tuple[int, int]] | None = None) -> list[Resolution]:
        title = normalize(article.title).text if article.title else ""
        return resolve_text(article.view.text, self.gazetteer, title=title, view=article.view, seen=seen)

    def __call__(self, article: Article) -> None:
        if not article.text:
            article.set_layer("places", [])
            return
        seen: list[tuple[int, int]] = []
        try:
            found = self.match(article, seen)
        except Exception as exc:  # one bad article must not stop the pipeline
            article.warn("W601", f"place resolution failed: {type(exc).__name__}: {exc}")
            article.set_layer("places", [])
            return
        layer: list[PlaceMention] = []
        own: dict[tuple[str, int, str], Entity] = {}
        next_id = article.next_entity_number()
        # Mentions of the entities that were there before (NER): a place overlapping one belongs to it.
        prior = sorted(
            ((m.start, m.end, e) for e in article.entities for m in e.mentions), key=lambda t: t[0]
        )
        for r in found:
            if r.place is None:
                continue
            try:
                next_id = self._write(article, r, r.place, own, layer, next_id, prior)
            except Exception as exc:
                article.warn("W601", f"place {r.match.key!r} not written: {type(exc).__name__}: {exc}")
        self._lookup_unmatched(article, layer, [article.view.span_to_original(a, b) for a, b in seen])
        article.set_layer("places", layer)

    def _write(
        self,
        article: Article,
        r: Resolution,
        p: Place,
        own: dict[tuple[str, int, str], Entity],
        layer: list[PlaceMention],
        next_id: int,
        prior: list[tuple[int, int, Entity]],
    ) -> int:
        m = r.match
        s, e = article.view.span_to_original(m.phrase_start, m.phrase_end)
        text = article.text[s:e]
        geo = _geo(r, p)
        covering = []
        for ms, me, ent0 in prior:
            if ms >= e:
                break
            if s < me and ent0 not in covering:
                covering.append(ent0)
        named = [x for x in covering if x.type != "LOC"]
        if named and self._place_over_name(named, s, e, m.key, p):
            for x in named:  # «أبو ظبي», «سجن أبو غريب», «كامب ديفيد» tagged as a person: the place wins
                for mention in [mm for mm in x.mentions if s <= mm.start and mm.end <= e]:
                    self._detach(article, x, mention.start, mention.end)
            prior[:] = [t for t in prior if t[2] not in named or not (s <= t[0] and t[1] <= e)]
            covering = [x for x in covering if x.type == "LOC"]
        elif named:
            return next_id  # part of a person's or organisation's name
        if covering and self._city_of_a_state(covering[0], geo):
            self._detach(article, covering[0], s, e)
            prior[:] = [t for t in prior if not (t[2] is covering[0] and t[0] == s and t[1] == e)]
            covering = []
        if len(covering) > 1 and all(
            s <= mm.start and mm.end <= e
            for x in covering[1:]
            for mm in x.mentions
            if mm.start < e and s < mm.end
        ):
            self._join(article, covering, s, e, text)
            prior[:] = [
                t
                for t in prior
                if t[2] is covering[0] or t[2] not in covering[1:] or not (s <= t[0] and t[1] <= e)
            ]
            covering = covering[:1]
        if covering:
            ent = covering[0]
            if ent.geo is None or ent.geo.confidence < geo.confidence:
                ent.geo = geo
            if m.modifier != "anchor":
                ent.name_en = ent.name_en or p.name_en or None
                ent.kb_id = ent.kb_id or p.id
        else:
            key = (p.id, r.precision, text if m.modifier else "")
            ent = own.get(key)
            mention = Mention(s, e, text, confidence=r.confidence, rule=r.rule)
            anchored = m.modifier == "anchor"  # a place we lack, located at its anchor: not the anchor itself
            if ent is None:
                ent = Entity(
                    id=f"E{next_id}",
                    type="LOC",
                    name=text if m.modifier else p.name_ar,
                    mentions=[mention],
                    subtype=CUE_KINDS.get(m.cue or "")
                    if anchored
                    else p.kind
                    if p.feature == "facility"
                    else r.feature,
                    name_en=None if anchored else p.name_en or None,
                    kb_id=None if anchored else p.id,
                    geo=geo,
                    confidence=r.confidence,
                )
                next_id += 1
                own[key] = ent
                article.entities.append(ent)
            else:
                ent.mentions.append(mention)
        layer.append(
            PlaceMention(s, e, text, ent.id, p.id, r.precision, r.confidence, r.rule, r.n_candidates)
        )
        return next_id

    @staticmethod
    def _place_over_name(named: list[Entity], s: int, e: int, key: str, p: Place) -> bool:
        """A person or organisation mention that lies inside a known place name (not the reverse: «جامعة
        دمشق» is a university) is the name tagger's mistake when the place is big, a facility or named by
        several words («أبو ظبي» read as a kunya, «كامب ديفيد» as a man)."""
        inside = all(
            s <= mm.start and mm.end <= e for x in named for mm in x.mentions if mm.start < e and s < mm.end
        )
        return inside and (big_place(p) or " " in key)

    @staticmethod
    def _city_of_a_state(ent: Entity, geo: Geo) -> bool:
        """An entity the actor stage linked to a state («تونس» → Tunisia) whose mention here names the capital
        («بتونس أمام مقر البلدية»): the mention is the city's, not the state's."""
        return ent.subtype == "country" and geo.feature == "city" and bool(ent.attrs.get("actor_id"))

    @classmethod
    def _join(cls, article: Article, covering: list[Entity], s: int, e: int, text: str) -> None:
        """One place name the name tagger cut in two («بولاية | بورنو», «شبه جزيرة | سيناء»): the first
        entity's mention grows to the whole name, the others lose their mentions inside it (and go when
        they have none left), so the place is not the generic word alone, with the name beside it unplaced."""
        first = covering[0]
        for ent in covering[1:]:
            for mm in [mm for mm in ent.mentions if s <= mm.start and mm.end <= e]:
                cls._detach(article, ent, mm.start, mm.end)
        for i, mm in enumerate(first.mentions):
            if mm.start < e and s < mm.end:
                if first.name == mm.text:
                    first.name = text
                first.mentions[i] = Mention(
                    min(s, mm.start),
                    max(e, mm.end),
                    article.text[min(s, mm.start) : max(e, mm.end)],
                    confidence=mm.confidence,
                    rule=mm.rule,
                )
                break

    @staticmethod
    def _detach(article: Article, ent: Entity, s: int, e: int) -> None:
        ent.mentions[:] = [m for m in ent.mentions if not (m.start == s and m.end == e)]
        if not ent.mentions:
            article.entities.remove(ent)

    def _word_like(self, name: str, best: Place) -> bool:
        """A name the matcher admits only with a cue (weekdays, months, function words, word-like names)
        or a short name of a small place: an NER tag alone does not make it a place («الأحد», «من»)."""
        key = name_key(name)
        if key in self.gazetteer.wordlike or key in self.gazetteer.cue_required:
            return True
        return len(key.replace(" ", "")) <= 3 and not big_place(best)

    def _linked_state(self, ent: Entity) -> bool:
        """A LOC entity the actor stage linked to a state: the state's country, even when its name is an ordinary
        word the matcher set aside («مالي», financial). The actor stage admits such a name only with the state's
        context words in the article («باماكو», «الماليين»), so the link is the evidence."""
        actor = ent.attrs.get("actor_id")
        country = (
            self.gazetteer.country(actor.upper())
            if ent.subtype == "country" and isinstance(actor, str) and len(actor) == 2
            else None
        )
        if country is None or any(TANWEEN.search(m.text) for m in ent.mentions):
            return False  # «مواطنًا كينيًا»: an adjective with tanween, not the state
        named = [country in self.gazetteer.lookup(m.text) for m in ent.mentions]
        pairs = zip(named, ent.mentions, strict=True)
        if not any(named) or any(not ok and " " in m.text.strip() for ok, m in pairs):
            return False  # «تنظيم القاعدة في بلاد المغرب العربي»: a region the actor stage took for the state
        ent.geo = _country_geo(country, 0.7, "lookup:linked-state")
        ent.kb_id = ent.kb_id or country.id
        return True

    def _in_country(self, ent: Entity, code: str | None) -> None:
        """A LOC entity no gazetteer has, in an article whose places lie (≥ 70 %) in one country: that country,
        precision 3 («المريسة» in an article about Benghazi). Names made of ordinary words («المنطقة», «الشرق
        الأوسط») are left alone."""
        country = self.gazetteer.country(code) if code else None
        key = name_key(ent.name)
        common = common_words()
        if country is None or len(key) < 3 or not all(namey(w, self.gazetteer, common) for w in key.split()):
            return
        ent.geo = _country_geo(country, 0.25, "anchor:country-focus")

    def _lookup_unmatched(
        self, article: Article, layer: list[PlaceMention], seen: list[tuple[int, int]] = ()
    ) -> None:
        """LOC entities from the NER stage that no name match reached: look their name up (word-like names
        and short names of small places excepted: the matcher's own filters apply). A name the matcher saw
        and set aside or left unresolved («بجبل السلوم», «ولاية فلوريدا») is not looked up again."""
        countries = [
            self.gazetteer.by_id[x.gazetteer_id].country
            for x in layer
            if x.gazetteer_id in self.gazetteer.by_id
        ]
        focus = max(set(countries), key=countries.count) if countries else None
        clear = focus if focus and countries.count(focus) >= max(2, 0.7 * len(countries)) else None
        for ent in article.entities:
            if ent.type != "LOC" or ent.geo is not None:
                continue
            if self._linked_state(ent):
                continue
            if any(m.start < b and a < m.end for m in ent.mentions for a, b in seen):
                continue
            hits = self.gazetteer.lookup(ent.name)
            if not hits:
                self._in_country(ent, clear)
                continue
            if self._word_like(ent.name, hits[0]):
                continue
            best = next((h for h in hits if h.country == focus), hits[0])
            precision = (
                3
                if best.feature in ("country", "admin1", "region")
                else 2
                if best.feature.startswith("admin")
                else 1
            )
            ent.geo = Geo(
                lat=best.lat,
                lon=best.lon,
                country=best.country or None,
                admin1=best.admin1_en or None,
                feature=best.feature,
                gazetteer_id=best.id,
                precision=precision,
                name_en=best.name_en or None,
                admin2=best.admin2_en or None,
                confidence=0.5 if len(hits) > 1 else 0.7,
                rule="lookup:entity-name",
            )
            ent.name_en = ent.name_en or best.name_en or None
            ent.kb_id = ent.kb_id or best.id
