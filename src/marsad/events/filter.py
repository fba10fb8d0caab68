"""A learned last decision on the coder's candidates: is this a reported happening?

The rules propose candidate events (triggers, frames, arguments, one per happening) and score them
(`marsad.events.confidence`). On news the rules were not written from, about a third of what they keep
is no event for an annotator (background mentions, aims, habits) — the blind rounds of docs/events.md.
This module adds a logistic regression over what the rules found for each candidate (its trigger row,
type, which argument rules fired, date and status evidence, mentions, the rule score), trained on the
annotated event sets by `marsad train events`. Its probability becomes the event's confidence and the
candidates below its threshold are dropped; the rule that decided is recorded as evidence
(``filter:<version>``).

The weights are a small JSON file (``data/models/events/filter.json``) over feature names of the coder
itself and the coordinates of the word vectors around the trigger (`marsad.events.context_vectors`):
no corpus text or words.
"""

from __future__ import annotations

import math
import os
from collections.abc import Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path

import msgspec

from marsad.doc import Article, Event
from marsad.events import triggers
from marsad.events.words import DEFINITE

__all__ = [
    "EventFilter",
    "features",
    "default_filter",
    "load_model",
    "follow_rows",
    "model_file",
    "FILTER_PATH",
    "ENV_VAR",
]

FILTER_PATH = "data/models/events/filter.json"
ENV_VAR = "MARSAD_EVENTS_FILTER"
OFF = frozenset({"off", "none", "0", "false", "rules"})
# marks the coder appends to a trigger's rule when it leaves a candidate to the filter
BESIDE_STRONG = ":beside-strong"  # a weak trigger in a sentence with a strong violent one
PARTYLESS = ":partyless"  # a weak diplomatic trigger with no party named


class EventFilter(msgspec.Struct, frozen=True, omit_defaults=True):
    """Logistic regression weights over candidate features, with the keep threshold. An argument
    choice model (`marsad.events.role_choice`) may also have a ``drop`` threshold: when every option,
    the rules' pick among them, scores under it, the role is left empty (0.0: never)."""

    version: str
    weights: dict[str, float]
    bias: float
    threshold: float
    trained_on: list[str] = msgspec.field(default_factory=list)
    scores: dict[str, float] = msgspec.field(default_factory=dict)
    drop: float = 0.0
    # the trigger rows the weights «row=row<line>» were learned on: {"row<line>": row key}
    # (`marsad.events.triggers.row_key`), so a weight follows its row when lines move
    rows: dict[str, str] = msgspec.field(default_factory=dict)

    def probability(self, feats: dict[str, float]) -> float:
        z = self.bias + sum(self.weights.get(k, 0.0) * v for k, v in feats.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def probabilities(self, rows: Sequence[dict[str, float]]) -> list[float]:
        """The probability of each row (the options of one event; see `marsad.events.trees`)."""
        return [self.probability(f) for f in rows]


def features(
    article: Article,
    event: Event,
    siblings: Sequence[Event] = (),
    context: float | None = None,
    words: dict[str, float] | None = None,
) -> dict[str, float]:
    """What the rules found for ``event``: names of rules and values in [0, 1] (no words).
    ``siblings``: every candidate of the article (``event`` among them), for the article-level
    features (how many candidates of its type, whether it is the first of them); ``context``: the
    context CRF's probability that its mentions tell an event (`marsad.events.context_tagger`);
    ``words``: what the words around the trigger mean (`marsad.events.context_vectors`)."""
    ev = event.evidence
    f: dict[str, float] = {
        "type=" + event.event_type: 1.0,
        "sub=" + event.sub_event_type: 1.0,
        "row=" + ev["trigger"].rule.split(":")[1]: 1.0,
        "strong": 1.0 if ev["trigger"].confidence >= 0.9 else 0.0,
        "beside_strong": 1.0 if BESIDE_STRONG in ev["trigger"].rule else 0.0,
        "partyless": 1.0 if PARTYLESS in ev["trigger"].rule else 0.0,
        "conf": event.confidence,
        "status=" + event.status: 1.0,
        "date=" + ev["date"].rule.split(":")[0]: 1.0,
        "fatal": 1.0 if event.fatalities is not None else 0.0,
    }
    for role in ("actor", "target", "place"):
        e = ev.get(role)
        if e is None:
            f["no_" + role] = 1.0
            continue
        f[role] = 1.0
        f[role + "=" + e.rule.split(":")[0]] = 1.0
        if ":unlinked" in e.rule:
            f[role + ":unlinked"] = 1.0
    if "sub_event_type" in ev:
        f["sub_ev=" + ev["sub_event_type"].rule.split(":")[0]] = 1.0
    merged = ev.get("mentions")
    f["mentions"] = min(int(merged.rule.split(":")[1]) if merged else 1, 4) / 4
    f["definite"] = 1.0 if event.trigger.text.startswith(DEFINITE) else 0.0
    status = ev.get("status")
    if status is not None and status.rule.count(":") >= 2:
        f["status_why=" + status.rule.split(":")[2]] = 1.0
    f.update(_sentence_features(article, event))
    if context is not None:
        f["context"] = context
        f[
            "context="
            + ("low" if context < 0.1 else "some" if context < 0.3 else "mid" if context < 0.6 else "high")
        ] = 1.0
    if siblings:
        same = [e for e in siblings if e.event_type == event.event_type]
        f["same_type=" + ("1" if len(same) <= 1 else "2" if len(same) == 2 else "3+")] = 1.0
        f["first_of_type"] = 1.0 if all(e.trigger.start >= event.trigger.start for e in same) else 0.0
    if words:
        f.update(words)
    return f


OPENING = frozenset("«“")
CLOSING = frozenset("»”")
SPEECH = frozenset({"إن", "أن", "بأن", "ان", "بان", "وإن", "وأن"})


def _sentence_features(article: Article, event: Event) -> dict[str, float]:
    """Inside a quotation; after «إن/أن» (what someone said)."""
    if not article.sentences:
        return {}
    sent = article.sentences[article.sentence_at(event.trigger.start)]
    before = article.text[sent.start : event.trigger.start]
    out = {}
    if sum(ch in OPENING for ch in before) > sum(ch in CLOSING for ch in before) or before.count('"') % 2:
        out["quoted"] = 1.0
    if any(w in SPEECH for w in before.split()):
        out["speech"] = 1.0
    return out


def model_file(env_var: str, path: str) -> Path | None:
    """The file a learned part of the coder is read from: ``$<env_var>`` names another file or is
    ``off`` (None); unset, the shipped file ``path`` (None when it is absent)."""
    choice = os.environ.get(env_var, "").strip()
    if choice.lower() in OFF:
        return None
    if choice:
        return Path(choice)
    res = Path(str(resources.files("marsad").joinpath(path)))
    return res if res.is_file() else None


def load_model(env_var: str, path: str) -> EventFilter | None:
    """A logistic model of the coder (`model_file`), its row weights moved to the rows' current lines."""
    found = model_file(env_var, path)
    return None if found is None else follow_rows(msgspec.json.decode(found.read_bytes(), type=EventFilter))


def follow_rows(flt: EventFilter) -> EventFilter:
    """Move each «row=row<line>» weight to the line its trigger row has now (by the row keys the model
    recorded); a row no longer in the lexicon loses its weight. A model with no recorded rows is as
    trained: its row weights name lines, and a line added above them would hand each weight to another
    row (session 37: one comment line cost 0.006 F1 out of fold)."""
    if not flt.rows:
        return flt
    now = {key: row for row, key in triggers.row_keys().items()}
    if all(now.get(key) == row for row, key in flt.rows.items()):
        return flt
    weights: dict[str, float] = {}
    for name, w in flt.weights.items():
        if not name.startswith("row=row"):
            weights[name] = w
            continue
        key = flt.rows.get(name[len("row=") :])
        if key is None:
            weights[name] = w
        elif key in now:
            weights["row=" + now[key]] = w
    rows = {now[key]: key for key in flt.rows.values() if key in now}
    return msgspec.structs.replace(flt, weights=weights, rows=rows)


@lru_cache(maxsize=1)
def default_filter() -> EventFilter | None:
    """The filter events are coded with (read once per process): ``$MARSAD_EVENTS_FILTER`` names
    another filter file (one trained on your own annotations with ``marsad train events --out``) or is
    ``off`` (the rules alone decide, as `marsad eval events --rules-only`); unset, the shipped one."""
    return load_model(ENV_VAR, FILTER_PATH)
