"""Does the context read like an event is told here? A CRF over a sentence's tokens for the event filter.

The event filter (`marsad.events.filter`) sees what the rules found for a candidate, never the words
around it. This tagger reads them: a linear-chain CRF (python-crfsuite) labels each token ``T`` when
it lies inside a mention of an annotated event (trigger or `also`), else ``O``, from features that
hold no corpus text — the word's and its stem's clusters (learned from the ANT corpus, shipped with the
NER model), the word itself only when it belongs to marsad's own event lexicons (`triggers.tsv`,
`words.json`), its token kind, the entity type over it, the article «ال», and the same for two tokens
on each side. The marginal probability of ``T`` at a candidate's trigger becomes a filter feature.

Trained by `marsad train events` (`marsad.events.train_filter`), which gives the filter out-of-fold
marginals (each article tagged by a CRF that never saw it) and ships a CRF trained on every set
(``data/models/events/context.crfsuite``); ``MARSAD_EVENTS_CONTEXT=off`` turns it off (the filter then
misses one of its features: retrain the filter without it for a clean setup).
"""

from __future__ import annotations

import json
from bisect import bisect_left
from collections.abc import Iterable
from functools import lru_cache
from importlib import resources
from pathlib import Path

import pycrfsuite

from marsad.doc import Article, Sentence, Span
from marsad.entities.clusters import ClusterTable
from marsad.events.filter import model_file
from marsad.events.triggers import lexicon
from marsad.events.words import DEFINITE
from marsad.text.normalize import fold

__all__ = ["ContextTagger", "default_context_tagger", "sentence_features", "train_context", "CONTEXT_PATH"]

CONTEXT_PATH = "data/models/events/context.crfsuite"
ENV_VAR = "MARSAD_EVENTS_CONTEXT"
CLUSTERS = "data/models/ner/clusters.tsv"
PROCLITICS = ("وال", "فال", "بال", "لل", "ال", "و", "ف", "ب", "ل")
WINDOW = 2
_OFFSETS = tuple((d, f"{d}:") for d in range(-WINDOW, WINDOW + 1) if d)
SPAN_WINDOW = 5  # tokens tagged on each side of a span at run time


def _stem(w: str) -> str:
    for p in PROCLITICS:
        if w.startswith(p) and len(w) - len(p) >= 3:
            return w[len(p) :]
    return w


@lru_cache(maxsize=1)
def _vocabulary() -> frozenset[str]:
    """marsad's own event words: every word of the trigger lexicon and of the rules' word lists that the
    shipped model was trained with (``_context_lists`` in ``words.json``): a list added later for a
    rule does not change the model's features until it is named there and the model retrained («الجيش»
    in a new list moved the context probability of every sentence naming the army)."""
    lex = lexicon()
    words = set(lex.index)
    for alts in lex.index.values():
        for alt in alts:
            for slot in alt.slots:
                words |= slot
    raw = json.loads(resources.files("marsad").joinpath("data/events/words.json").read_text("utf-8"))
    for key in raw["_context_lists"]:
        value = raw[key]
        items = value.split() if isinstance(value, str) else [w for v in value for w in v.split()]
        words |= {fold(w) for w in items}
    return frozenset(words)


@lru_cache(maxsize=1)
def _clusters() -> ClusterTable | None:
    res = resources.files("marsad").joinpath(CLUSTERS)
    return ClusterTable.load(str(res)) if res.is_file() else None


@lru_cache(maxsize=200_000)
def _word_features(word: str) -> tuple[str | None, str | None, str | None, str]:
    """The word's clusters (c64, c256, c1024) and its lexicon feature ('' when not an event word)."""
    table, vocab = _clusters(), _vocabulary()
    stem = _stem(word)
    ids = (table.clusters(word) or table.clusters(stem)) if table is not None else None
    ids = ids or (None, None, None)
    lex = f"lex={word}" if word in vocab else f"lexs={stem}" if stem in vocab else ""
    return str(ids[0]), str(ids[1]), str(ids[2]), lex


@lru_cache(maxsize=400_000)
def _token_features(word: str, kind: str, ent: str, pre: str, own: bool) -> tuple[str, ...]:
    c64, c256, c1024, lex = _word_features(word)
    f = [f"{pre}k={kind}", f"{pre}ent={ent}", f"{pre}c256={c256}"]
    if own:
        f += [f"c64={c64}", f"c1024={c1024}", f"def={word.startswith(DEFINITE)}"]
    if lex:
        f.append(pre + lex)
    return tuple(f)


def _entity_types(article: Article) -> dict[int, str]:
    """Entity type of every token start inside a mention (cached in the article)."""
    cached = article.layer("_events_context_entities")
    if cached is None:
        cached = {}
        starts = [t.start for t in article.tokens]
        for m_start, m_end, typ in sorted(
            (m.start, m.end, e.type) for e in article.entities for m in e.mentions
        ):
            i = bisect_left(starts, m_start)
            while i < len(starts) and starts[i] < m_end:
                cached.setdefault(starts[i], typ)  # the first mention over the token wins
                i += 1
        article.set_layer("_events_context_entities", cached)
    return cached


def _tokens(article: Article, sent: Sentence) -> list[tuple[str, str, str, int, int]]:
    """(folded word, kind, entity type, start, end) of the sentence's tokens."""
    types = _entity_types(article)
    return [
        (t.norm, t.kind, types.get(t.start, ""), t.start, t.end)
        for t in article.tokens[sent.first_token : sent.last_token]
    ]


def _features_at(toks: list[tuple[str, str, str, int, int]], i: int) -> list[str]:
    w, kind, ent, _s, _e = toks[i]
    f = ["b", *_token_features(w, kind, ent, "", True)]
    for d, pre in _OFFSETS:
        j = i + d
        if 0 <= j < len(toks):
            f += _token_features(toks[j][0], toks[j][1], toks[j][2], pre, False)
        else:
            f.append(pre + "pad")
    return f


def sentence_features(article: Article, sent: Sentence) -> tuple[list[list[str]], list[tuple[int, int]]]:
    """CRF features of each token of ``sent`` and the tokens' character spans."""
    toks = _tokens(article, sent)
    return [_features_at(toks, i) for i in range(len(toks))], [(s, e) for *_x, s, e in toks]


class ContextTagger:
    """A trained context CRF: the probability that a span of an article is an event mention.

    The CRF is trained on whole sentences; at run time it tags a window of ``SPAN_WINDOW`` tokens on
    each side of the span (features still read the sentence's tokens beyond the window's edge), which
    costs a fraction of a whole long sentence and changes the marginals little."""

    def __init__(self, path: Path | str) -> None:
        self.path = str(path)
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(self.path)
        self._has_t = "T" in self._tagger.labels()

    def probability(self, article: Article, spans: Iterable[Span]) -> float:
        """Highest marginal of ``T`` over the tokens of ``spans``."""
        if not article.sentences or not self._has_t:
            return 0.0
        cache: dict[int, tuple[list, dict[int, list[str]]]] = article.layer("_events_context")
        if cache is None:
            cache = {}
            article.set_layer("_events_context", cache)
        best = 0.0
        for span in spans:
            si = article.sentence_at(span.start)
            if si not in cache:
                cache[si] = (_tokens(article, article.sentences[si]), {})
            toks, feats = cache[si]
            inside = [i for i, t in enumerate(toks) if span.start <= t[3] < span.end]
            if not inside:
                continue
            lo, hi = max(0, inside[0] - SPAN_WINDOW), min(len(toks), inside[-1] + SPAN_WINDOW + 1)
            window = []
            for i in range(lo, hi):
                if i not in feats:
                    feats[i] = _features_at(toks, i)
                window.append(feats[i])
            self._tagger.set(window)
            best = max([best] + [self._tagger.marginal("T", i - lo) for i in inside])
        return best


def train_context(docs: Iterable[tuple[Article, list[Span]]], out: Path) -> Path:
    """Fit the CRF on ``(article, mention spans)`` pairs and write it to ``out`` (deterministic)."""
    trainer = pycrfsuite.Trainer(verbose=False)
    for art, mentions in docs:
        for sent in art.sentences:
            feats, spans = sentence_features(art, sent)
            if not feats:
                continue
            labels = ["T" if any(m.start < e and s < m.end for m in mentions) else "O" for s, e in spans]
            trainer.append(feats, labels)
    trainer.set_params({"c1": 0.1, "c2": 0.1, "max_iterations": 100})
    out.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(out))
    return out


@lru_cache(maxsize=1)
def default_context_tagger() -> ContextTagger | None:
    """The shipped context CRF (read once per process): ``$MARSAD_EVENTS_CONTEXT`` names another model
    file or is ``off``; unset, the shipped one (none when the file is absent)."""
    found = model_file(ENV_VAR, CONTEXT_PATH)
    return None if found is None else ContextTagger(str(found))
