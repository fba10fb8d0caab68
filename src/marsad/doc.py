"""The document model: one `Article`, its text, and named layers of spans over that text.

Every span is ``(start, end)`` in Python string indices (code points) into `Article.text`,
end-exclusive, so ``article.text[span.start:span.end] == span.text`` always holds. Normalization
is a view (`Article.view`), never a replacement for the text.

Records are small frozen ``msgspec.Struct`` values; the pipeline stages create them and append them
to the article's layers. `Article.to_json()` renders the contract JSON (docs/article-json.md).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import msgspec

from marsad.text.normalize import NormalizedText, normalize

__all__ = [
    "Span",
    "Evidence",
    "Token",
    "Sentence",
    "Mention",
    "Geo",
    "Entity",
    "TimeExpr",
    "Quote",
    "Event",
    "Issue",
    "Article",
    "ArticleState",
    "dump_state",
    "load_state",
]


class Span(msgspec.Struct, frozen=True):
    """A stretch of the article text."""

    start: int
    end: int
    text: str


class Evidence(msgspec.Struct, frozen=True):
    """Why a field has its value: the supporting span, the rule or model that produced it, a confidence."""

    rule: str
    confidence: float
    span: Span | None = None


class Token(msgspec.Struct, frozen=True):
    """A word, number or punctuation mark. ``norm`` is its folded form (see `marsad.text.normalize`)."""

    start: int
    end: int
    text: str
    norm: str
    kind: str  # "word" | "number" | "punct" | "latin" | "symbol"


class Sentence(msgspec.Struct, frozen=True):
    """A sentence; ``first_token``/``last_token`` index `Article.tokens` (end-exclusive)."""

    start: int
    end: int
    text: str
    first_token: int
    last_token: int
    paragraph: int = 0


class Mention(msgspec.Struct, frozen=True):
    start: int
    end: int
    text: str
    confidence: float = 1.0
    rule: str | None = None


class Geo(msgspec.Struct, frozen=True):
    lat: float
    lon: float
    country: str | None
    admin1: str | None
    feature: str
    gazetteer_id: str | None
    precision: int
    name_en: str | None = None
    admin2: str | None = None
    confidence: float = 1.0
    rule: str | None = None


class Entity(msgspec.Struct):
    """An entity of the article: its mentions merged, its canonical names and its link to a KB."""

    id: str
    type: str  # PER | ORG | LOC (MISC kept internal)
    name: str
    mentions: list[Mention]
    subtype: str | None = None
    name_en: str | None = None
    kb_id: str | None = None
    geo: Geo | None = None
    confidence: float = 1.0
    attrs: dict[str, Any] = msgspec.field(default_factory=dict)


class TimeExpr(msgspec.Struct, frozen=True):
    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    value: str  # TIMEX3 value
    rule: str | None = None
    confidence: float = 1.0


class Quote(msgspec.Struct, frozen=True):
    start: int
    end: int
    text: str
    kind: str  # direct | indirect | mixed
    speaker: str | None
    cue: Span | None
    confidence: float = 1.0
    rule: str | None = None
    reported_by: str | None = None
    speaker_span: Span | None = None  # the words that name the speaker, even when no entity does


class Event(msgspec.Struct):
    id: str
    event_type: str
    sub_event_type: str
    trigger: Span
    plover: str | None = None
    plover_mode: str | None = None
    actor: str | None = None
    target: str | None = None
    place: str | None = None
    date: str | None = None
    date_precision: str | None = None
    status: str = "reported"
    fatalities: int | None = None
    confidence: float = 0.0
    evidence: dict[str, Evidence] = msgspec.field(default_factory=dict)


class Issue(msgspec.Struct, frozen=True):
    """A warning about the input (stable ``code`` such as ``W101``), with a position when it has one."""

    code: str
    message: str
    start: int | None = None
    end: int | None = None


def _iso(d: dt.date | None) -> str | None:
    return d.isoformat() if d else None


class Article:
    """An article and its annotation layers."""

    __slots__ = (
        "id",
        "text",
        "title",
        "published",
        "source",
        "url",
        "meta",
        "tokens",
        "sentences",
        "entities",
        "times",
        "quotes",
        "events",
        "warnings",
        "provenance",
        "_view",
        "_layers",
    )

    def __init__(
        self,
        text: str,
        *,
        id: str | None = None,
        title: str | None = None,
        published: dt.date | None = None,
        source: str | None = None,
        url: str | None = None,
        meta: dict[str, Any] | None = None,
    ):
        self.id = id
        self.text = text
        self.title = title
        self.published = published
        self.source = source
        self.url = url
        self.meta = meta or {}
        self.tokens: list[Token] = []
        self.sentences: list[Sentence] = []
        self.entities: list[Entity] = []
        self.times: list[TimeExpr] = []
        self.quotes: list[Quote] = []
        self.events: list[Event] = []
        self.warnings: list[Issue] = []
        self.provenance: dict[str, str] = {}
        self._view: NormalizedText | None = None
        self._layers: dict[str, Any] = {}

    @property
    def view(self) -> NormalizedText:
        """The normalized view of the text (computed once)."""
        if self._view is None:
            self._view = normalize(self.text)
        return self._view

    def span(self, start: int, end: int) -> Span:
        return Span(start, end, self.text[start:end])

    def warn(self, code: str, message: str, start: int | None = None, end: int | None = None) -> None:
        self.warnings.append(Issue(code, message, start, end))

    # Extra layers that stages share without widening the public model (e.g. actor bindings).
    def layer(self, name: str, default: Any = None) -> Any:
        return self._layers.get(name, default)

    def set_layer(self, name: str, value: Any) -> None:
        self._layers[name] = value

    def entity(self, entity_id: str | None) -> Entity | None:
        if entity_id is None:
            return None
        for e in self.entities:
            if e.id == entity_id:
                return e
        return None

    def next_entity_number(self) -> int:
        """``n`` of the next free entity id ``E<n>`` (one more than the highest in use), for a stage that
        adds entities."""
        used = [int(e.id[1:]) for e in self.entities if e.id[:1] == "E" and e.id[1:].isdigit()]
        return max(used, default=0) + 1

    def sentence_at(self, offset: int) -> int:
        """Index of the sentence that contains ``offset`` (or the last one that starts before it)."""
        lo, hi = 0, len(self.sentences)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.sentences[mid].start <= offset:
                lo = mid + 1
            else:
                hi = mid
        return max(lo - 1, 0)

    def to_json(self, *, evidence: bool = False) -> dict[str, Any]:
        """The article as contract JSON (``evidence=True`` adds rules, confidences and warnings)."""
        return to_json(self, evidence=evidence)


def _mention_json(m: Mention, evidence: bool) -> dict[str, Any]:
    d: dict[str, Any] = {"start": m.start, "end": m.end, "text": m.text}
    if evidence:
        d["confidence"] = round(m.confidence, 3)
        d["rule"] = m.rule
    return d


def _geo_json(g: Geo, evidence: bool) -> dict[str, Any]:
    d: dict[str, Any] = {
        "lat": g.lat,
        "lon": g.lon,
        "country": g.country,
        "admin1": g.admin1,
        "feature": g.feature,
        "gazetteer_id": g.gazetteer_id,
        "precision": g.precision,
        "name_en": g.name_en,
        "admin2": g.admin2,
    }
    if evidence:
        d["confidence"] = round(g.confidence, 3)
        d["rule"] = g.rule
    return d


def _span_json(s: Span | None) -> dict[str, Any] | None:
    return None if s is None else {"start": s.start, "end": s.end, "text": s.text}


def to_json(a: Article, *, evidence: bool = False) -> dict[str, Any]:
    entities = []
    for e in a.entities:
        d: dict[str, Any] = {
            "id": e.id,
            "type": e.type,
            "subtype": e.subtype,
            "name": e.name,
            "name_en": e.name_en,
            "kb_id": e.kb_id,
            "mentions": [_mention_json(m, evidence) for m in e.mentions],
        }
        if e.geo is not None:
            d["geo"] = _geo_json(e.geo, evidence)
        if evidence:
            d["confidence"] = round(e.confidence, 3)
        entities.append(d)
    times = []
    for t in a.times:
        d = {"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value}
        if evidence:
            d["rule"] = t.rule
            d["confidence"] = round(t.confidence, 3)
        times.append(d)
    quotes = []
    for q in a.quotes:
        d = {
            "start": q.start,
            "end": q.end,
            "text": q.text,
            "kind": q.kind,
            "speaker": q.speaker,
            "cue": _span_json(q.cue),
            "speaker_span": _span_json(q.speaker_span),
            "confidence": round(q.confidence, 3),
        }
        if q.reported_by:
            d["reported_by"] = q.reported_by
        if evidence:
            d["rule"] = q.rule
        quotes.append(d)
    events = []
    for v in a.events:
        d = {
            "id": v.id,
            "event_type": v.event_type,
            "sub_event_type": v.sub_event_type,
            "plover": v.plover,
            "plover_mode": v.plover_mode,
            "actor": v.actor,
            "target": v.target,
            "place": v.place,
            "date": v.date,
            "date_precision": v.date_precision,
            "status": v.status,
            "fatalities": v.fatalities,
            "trigger": _span_json(v.trigger),
            "confidence": round(v.confidence, 3),
        }
        if evidence:
            d["evidence"] = {
                k: {"rule": ev.rule, "confidence": round(ev.confidence, 3), "span": _span_json(ev.span)}
                for k, ev in v.evidence.items()
            }
        events.append(d)
    out: dict[str, Any] = {
        "id": a.id,
        "title": a.title,
        "published": _iso(a.published),
        "source": a.source,
        "url": a.url,
        "text": a.text,
        "entities": entities,
        "times": times,
        "quotes": quotes,
        "events": events,
    }
    if a.warnings:
        out["warnings"] = [
            {"code": w.code, "message": w.message, "start": w.start, "end": w.end} for w in a.warnings
        ]
    if evidence:
        out["pipeline"] = dict(a.provenance)
    return out


class ArticleState(msgspec.Struct):
    """Everything an analyzed `Article` holds, for exact transfer between processes and machines."""

    text: str
    id: str | None
    title: str | None
    published: dt.date | None
    source: str | None
    url: str | None
    meta: dict[str, Any]
    tokens: list[Token]
    sentences: list[Sentence]
    entities: list[Entity]
    times: list[TimeExpr]
    quotes: list[Quote]
    events: list[Event]
    warnings: list[Issue]
    provenance: dict[str, str]
    search_text: str | None = None  # the store's search keys, when a worker computed them
    minhash: bytes | None = None  # the store's MinHash signature (b"" for none), when a worker computed it


# What the knowledge-base writer reads: the same image without tokens and sentences, which it never
# uses — MessagePack skips their bytes instead of building thousands of records per article.
_StoredState = msgspec.defstruct(
    "_StoredState",
    [
        (f.name, f.type, f.default) if f.default is not msgspec.NODEFAULT else (f.name, f.type)
        for f in msgspec.structs.fields(ArticleState)
        if f.name not in ("tokens", "sentences")
    ],
)

_STATE_ENCODER = msgspec.msgpack.Encoder()
_STATE_DECODER = msgspec.msgpack.Decoder(ArticleState)
_STORED_DECODER = msgspec.msgpack.Decoder(_StoredState)
_TRANSFER_LAYERS = ("search_text", "minhash")  # layers a worker computes for the store


def dump_state(a: Article) -> bytes:
    """A compact binary image of ``a`` (MessagePack); `load_state` gives back an equal article."""
    return _STATE_ENCODER.encode(
        ArticleState(
            a.text,
            a.id,
            a.title,
            a.published,
            a.source,
            a.url,
            a.meta,
            a.tokens,
            a.sentences,
            a.entities,
            a.times,
            a.quotes,
            a.events,
            a.warnings,
            a.provenance,
            a.layer("search_text"),
            a.layer("minhash"),
        )
    )


def load_state(data: bytes, *, for_store: bool = False) -> Article:
    """The article ``data`` holds; ``for_store`` leaves out its tokens and sentences (the knowledge-base
    writer never reads them) and is then several times faster."""
    s = (_STORED_DECODER if for_store else _STATE_DECODER).decode(data)
    a = Article(
        s.text, id=s.id, title=s.title, published=s.published, source=s.source, url=s.url, meta=s.meta
    )
    if not for_store:
        a.tokens, a.sentences = s.tokens, s.sentences
    a.entities, a.times = s.entities, s.times
    a.quotes, a.events, a.warnings, a.provenance = s.quotes, s.events, s.warnings, s.provenance
    for name in _TRANSFER_LAYERS:
        value = getattr(s, name)
        if value is not None:
            a.set_layer(name, value)
    return a
