"""A learned veto on the coder's merges: are these two mentions one happening?

`marsad.events.dedupe` merges a candidate into an earlier happening when the rules find them
compatible (same type, no conflicting actor, target, place or date; a definite or demonstrative noun
pointing back). On the annotated sets about a third of the merges whose two mentions an annotator
marked joined two different happenings («اشتباكات» in Lahj and «كمين» in Abyan the same day, a visit
and the meeting held during it), and each such merge loses an event.

Each merge the rules propose is described by feature names only: how it was found (demonstrative,
definite noun, compatible fields), the distance in sentences, whether the sub-types, triggers, places,
dates, actors, targets and tolls agree, are missing or differ, whether the earlier one is the lead,
whether the two triggers are the same word (clitics and «ال» aside), and whether the later mention's
sentence names a place the earlier happening's sentences do not («قصفت … حرستا» then «لقصف … دوما»).
A logistic regression gives the probability that the two are one happening; below the model's
threshold the merge is vetoed and the candidate stays an event of its own (the filter then decides on
it as on any other). Trained by `marsad train events` (`marsad.events.train_merge`), file
``data/models/events/merge.json``; ``MARSAD_EVENTS_MERGE=off`` turns the veto off.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from marsad.doc import Article, Event
from marsad.events.context_vectors import PROCLITICS
from marsad.events.filter import model_file
from marsad.events.trees import ChoiceModel, load_choice_model
from marsad.events.words import DEFINITE
from marsad.text.normalize import fold

if TYPE_CHECKING:
    from marsad.events.dedupe import Candidate

__all__ = [
    "pair_features",
    "default_merge_model",
    "sentence_places",
    "trigger_word",
    "MERGE_MODEL_PATH",
    "Veto",
]

MERGE_MODEL_PATH = "data/models/events/merge.json"
ENV_VAR = "MARSAD_EVENTS_MERGE"
FALLBACK_DATES = frozenset({"publication-date", "previous-event-date", "report-time", "lead-report-time"})


def _agree(a: object, b: object) -> str:
    if a is None and b is None:
        return "none"
    if a is None or b is None:
        return "one"
    return "same" if a == b else "differ"


def _date_rule(e: Event) -> str:
    ev = e.evidence.get("date")
    return "fallback" if ev is None or ev.rule.split(":")[0] in FALLBACK_DATES else "own"


def trigger_word(text: str) -> str:
    """The first word of a trigger, folded, without a leading conjunction, preposition or «ال»
    («والاشتباكات» → «اشتباكات»), as long as three letters stay."""
    first = fold(text).split()
    w = first[0] if first else ""
    for p in PROCLITICS:
        if w.startswith(p) and len(w) - len(p) >= 3:
            return w[len(p) :]
    return w


def sentence_places(article: Article) -> dict[int, frozenset[str]]:
    """Sentence index → ids of the places (entities with coordinates) it names."""
    out: dict[int, set[str]] = {}
    if not article.sentences:
        return {}
    for e in article.entities:
        if e.geo is not None:
            for m in e.mentions:
                out.setdefault(article.sentence_at(m.start), set()).add(e.id)
    return {i: frozenset(s) for i, s in out.items()}


def _place_news(k: Candidate, c: Candidate, article: Article, places: dict[int, frozenset[str]]) -> str:
    """Does the later mention's sentence name places the earlier happening's sentences do not?
    ``samesent`` (one sentence), ``none`` (it names no place), ``shared`` (only theirs), ``shared+new``,
    ``new`` (only others)."""
    mine = {article.sentence_at(s.start) for s in k.spans if s.start < c.event.trigger.start}
    mine.add(k.sentence)
    if c.sentence in mine:
        return "samesent"
    theirs = places.get(c.sentence, frozenset())
    if not theirs:
        return "none"
    known = frozenset().union(*(places.get(i, frozenset()) for i in mine))
    if theirs & known:
        return "shared" if theirs <= known else "shared+new"
    return "new"


def pair_features(
    k: Candidate,
    c: Candidate,
    kind: str,
    article: Article | None = None,
    places: dict[int, frozenset[str]] | None = None,
) -> dict[str, float]:
    """Features of merging candidate ``c`` into the earlier happening ``k`` (found by ``kind``:
    ``demonstrative``, ``anaphoric`` or ``compatible``); with ``article`` (and its `sentence_places`,
    computed when not given), whether ``c``'s sentence names other places."""
    a, b = k.event, c.event
    gap = c.sentence - k.sentence
    f: dict[str, float] = {
        "kind=" + kind: 1.0,
        "gap=" + ("0" if gap == 0 else "1" if gap == 1 else "2-3" if gap <= 3 else "4+"): 1.0,
        "type=" + b.event_type: 1.0,
        "sub=" + ("same" if a.sub_event_type == b.sub_event_type else "differ"): 1.0,
        "row=" + ("same" if a.evidence["trigger"].rule == b.evidence["trigger"].rule else "differ"): 1.0,
        "status=" + ("same" if a.status == b.status else "differ"): 1.0,
        "dates=" + _date_rule(a) + "/" + _date_rule(b): 1.0,
        "mentions=" + str(min(k.mentions, 3)): 1.0,
    }
    for field in ("actor", "target", "place", "date", "fatalities"):
        f[f"{field}={_agree(getattr(a, field), getattr(b, field))}"] = 1.0
    if k.sentence == 0:
        f["lead"] = 1.0  # the first sentence sums up what the body tells
    if b.trigger.text.startswith(DEFINITE):
        f["definite"] = 1.0
    earlier = {trigger_word(s.text) for s in k.spans if s.start < b.trigger.start} or {
        trigger_word(a.trigger.text)
    }
    f["word=" + ("same" if trigger_word(b.trigger.text) in earlier else "differ")] = 1.0
    if article is not None and article.sentences:
        news = _place_news(k, c, article, sentence_places(article) if places is None else places)
        f["places=" + news] = 1.0
    return f


class Veto:
    """Callable for `dedupe.merge_candidates`: True when the model says the two are two happenings."""

    def __init__(self, model: ChoiceModel, article: Article | None = None) -> None:
        self.model = model
        self.article = article
        self._places: dict[int, frozenset[str]] | None = None

    def __call__(self, k: Candidate, c: Candidate, kind: str) -> bool:
        if self.article is not None and self._places is None:
            self._places = sentence_places(self.article)
        f = pair_features(k, c, kind, self.article, self._places)
        return self.model.probability(f) < self.model.threshold


@lru_cache(maxsize=1)
def default_merge_model() -> ChoiceModel | None:
    """The merge model (read once per process): ``$MARSAD_EVENTS_MERGE`` names another model file or is
    ``off``; unset, the shipped one (none when the file is absent)."""
    return load_choice_model(model_file(ENV_VAR, MERGE_MODEL_PATH))
