"""The NER tagger (CRF over rich token features) and the ``entities`` pipeline component.

`NerTagger.load(folder)` reads a model folder written by ``marsad train ner``; `default_tagger()`
loads the shipped model (``marsad/data/models/ner``) once per process. `NerTagger.tag(tokens)`
returns IOB2 tags (``B-PER``…) for one sentence of tokens as written. A model folder holding
``model.npz`` instead of ``model.crfsuite`` is the neural option (`marsad.entities.ner_nn.NnTagger`,
same interface), which `NerTagger.load` returns for it; a folder whose ``meta.json`` has an
``ensemble`` entry holds both, combined per token (`marsad.entities.ner_ensemble.EnsembleTagger`).
"""

from __future__ import annotations

import json
import threading
import unicodedata
from collections.abc import Sequence
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

import msgspec
import pycrfsuite

from marsad.doc import Article, Entity, Mention
from marsad.entities.clusters import ClusterTable
from marsad.entities.clusters_selftrain import read_word_types
from marsad.entities.crf_decode import CrfDecoder
from marsad.entities.features import FeatureExtractor, Gazetteer, split_proclitic
from marsad.entities.merge import (
    PROPAGATION_THRESHOLD,
    RawMention,
    group_mentions,
    propagate_labels,
    tag_spans,
)
from marsad.entities.ner_nn import NnTagger
from marsad.entities.translit import known_name, transliterate
from marsad.pipeline import register
from marsad.text.normalize import fold_cached

if TYPE_CHECKING:
    from marsad.entities.ner_ensemble import EnsembleTagger

__all__ = [
    "NerTagger",
    "default_tagger",
    "find_mentions",
    "build_entities",
    "proclitic_length",
    "EntitiesComponent",
    "MODEL_DIR",
]

MODEL_DIR = "data/models/ner"
# Longer "sentences" (tables, lists, text without punctuation) are tagged in windows of this size.
MAX_SENTENCE_TOKENS = 200


class NerTagger:
    """A loaded CRF model with its feature resources. `NerTagger.load` returns the neural tagger
    (`marsad.entities.ner_nn.NnTagger`, same interface) for a folder holding ``model.npz``, and the
    ensemble of both (`marsad.entities.ner_ensemble.EnsembleTagger`) for a folder whose ``meta.json``
    has an ``ensemble`` entry."""

    kind = "ner-crf"

    def __init__(self, model_path: Path, features: FeatureExtractor, meta: dict | None = None):
        self.meta = meta or {}
        self.name = self.meta.get("name", "ner") + "@" + str(self.meta.get("version", "?"))
        self.features = features
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(model_path))
        self._lock = threading.Lock()
        # Decoding runs in numpy over whole documents (crfsuite's tags and marginals, faster); the
        # decoder looks every attribute up in the model's weights, so the feature lists are not
        # restricted to the weighted attributes first. ``use_crfsuite()`` switches to crfsuite.
        self.decoder: CrfDecoder | None = CrfDecoder.from_tagger(self._tagger, features)

    def use_crfsuite(self) -> None:
        """Decode with crfsuite, sentence by sentence (the reference the numpy decoder is tested
        against). Attributes the model gives no weight change nothing in decoding: they are left out
        of the feature lists, which spares their conversion and lookup (about a fifth of them)."""
        weighted = {attr for (attr, _), w in self._tagger.info().state_features.items() if w != 0.0}
        self.features.restrict_to(frozenset(weighted))
        self.decoder = None

    @classmethod
    def load(cls, folder: Path | str) -> NerTagger | NnTagger | EnsembleTagger:
        folder = Path(folder)
        meta_path = folder / "meta.json"
        meta = json.loads(meta_path.read_text("utf-8")) if meta_path.exists() else {}
        if "ensemble" in meta:
            from marsad.entities.ner_ensemble import EnsembleTagger  # imports this module

            return EnsembleTagger.load(folder)
        if (folder / "model.npz").exists():
            return NnTagger.load(folder)
        clusters = ClusterTable.load(folder / "clusters.tsv") if (folder / "clusters.tsv").exists() else None
        gaz = Gazetteer.load(str(folder / "gazetteer.tsv")) if (folder / "gazetteer.tsv").exists() else None
        lists = {}
        for name in ("name_words", "auto_words"):
            path = folder / f"{name}.tsv"
            lists[name] = read_word_types(path.read_text("utf-8").splitlines()) if path.exists() else {}
        fx = FeatureExtractor(
            clusters, gaz, meta.get("features"), auto=lists["auto_words"], name_words=lists["name_words"]
        )
        return cls(folder / "model.crfsuite", fx, meta)

    def tag(self, tokens: Sequence[str]) -> list[str]:
        """IOB2 tags for one sentence."""
        return self.tag_with_confidence(tokens)[0]

    def tag_with_confidence(self, tokens: Sequence[str]) -> tuple[list[str], list[float]]:
        """IOB2 tags and, per token, the marginal probability of its tag."""
        return self.tag_sentences([tokens])[0]

    def _crfsuite(self, tokens: Sequence[str]) -> tuple[list[str], list[float]]:
        tags = self._tagger.tag(self.features.sentence(tokens))
        return tags, [self._tagger.marginal(y, i) if y != "O" else 1.0 for i, y in enumerate(tags)]

    def tag_sentences(self, sentences: Sequence[Sequence[str]]) -> list[tuple[list[str], list[float]]]:
        """`tag_with_confidence` of each sentence, decoded together; sentences longer than
        `MAX_SENTENCE_TOKENS` are tagged in windows of that size."""
        parts: list[Sequence[str]] = []
        owner: list[int] = []
        for k, tokens in enumerate(sentences):
            for lo in range(0, len(tokens), MAX_SENTENCE_TOKENS):
                parts.append(tokens[lo : lo + MAX_SENTENCE_TOKENS])
                owner.append(k)
        with self._lock:  # the decoder's word store, or crfsuite's one sequence, is shared
            if self.decoder is not None:
                decoded = self.decoder.decode(parts)
            else:
                decoded = [self._crfsuite(part) for part in parts]
        out: list[tuple[list[str], list[float]]] = [([], []) for _ in sentences]
        for k, (tags, conf) in zip(owner, decoded, strict=True):
            out[k][0].extend(tags)
            out[k][1].extend(conf)
        return out

    def tag_document(
        self, sentences: Sequence[Sequence[str]], propagate: bool = True
    ) -> list[tuple[list[str], list[float]]]:
        """Tags and confidences for the sentences of one document; with ``propagate``, names found
        confidently in one sentence are also tagged where they recur untagged (`propagate_labels`)."""
        res = self.tag_sentences(sentences)
        if not propagate or len(res) == 0:
            return res
        info = self.features.word_info
        infos = [[info(t) for t in s] for s in sentences]
        words = [[x[2] for x in s] for s in infos]
        stems = [[x[3] for x in s] for s in infos]
        new_tags = propagate_labels(stems, words, [r[0] for r in res], [r[1] for r in res])
        out = []
        for (old, conf), new in zip(res, new_tags, strict=True):
            if new != old:
                conf = [
                    c if o == t else PROPAGATION_THRESHOLD for o, t, c in zip(old, new, conf, strict=True)
                ]
            out.append((new, conf))
        return out


_DEFAULT: NerTagger | NnTagger | None = None
_DEFAULT_LOCK = threading.Lock()


def default_tagger() -> NerTagger | NnTagger:
    """The shipped model, loaded once per process."""
    global _DEFAULT
    if _DEFAULT is None:
        with _DEFAULT_LOCK:
            if _DEFAULT is None:
                folder = resources.files("marsad").joinpath(MODEL_DIR)
                _DEFAULT = NerTagger.load(Path(str(folder)))
    return _DEFAULT


# ---------------------------------------------------------------------------------------------
# From tags to mentions and entities


def _skip_marks(word: str, letters: int) -> int:
    """Index in ``word`` after its first ``letters`` base letters (marks/tatweel stay with their letter)."""
    i = seen = 0
    while i < len(word) and seen < letters:
        i += 1
        seen += 1
        while i < len(word) and (unicodedata.combining(word[i]) or word[i] == "\u0640"):
            i += 1
    return i


def proclitic_length(token: str, tagger: NerTagger | NnTagger | None = None) -> int:
    """How many characters of ``token`` are attached proclitics to leave out of a mention.

    «وموسكو» → 1, «وبدمشق» → 2, «لبنان» → 0, «والرقة» → 1 (the article stays: «الرقة»).
    «لل» + noun («للأمم») keeps its ل: the mention «للأمم المتحدة» cannot drop only the preposition,
    and the entity's name restores the article («الأمم المتحدة»)."""
    end = len(token)
    while end > 0 and not (token[end - 1].isalnum() or unicodedata.combining(token[end - 1])):
        end -= 1  # trailing punctuation glued to the token («وموسكو)»)
    token = token[:end]
    folded = fold_cached(token)
    table = tagger.features.clusters if tagger is not None else None
    if folded.startswith("لل"):
        # ل + ال + noun («للامم»), or ل + a noun that starts with ل («لليبيا» → «ليبيا»)?
        if table is not None and table.count(folded[1:]) > max(4, table.count("ا" + folded[1:])):
            return _skip_marks(token, 1)
        return 0
    pro, _stem = split_proclitic(folded, table)
    return _skip_marks(token, len(pro)) if pro else 0


class NameSpan(msgspec.Struct, frozen=True):
    start: int
    end: int
    type: str
    confidence: float


def find_mentions(
    text: str,
    tokens: Sequence[tuple[int, int]],
    sentences: Sequence[tuple[int, int]],
    tagger: NerTagger | NnTagger,
    propagate: bool = True,
) -> list[NameSpan]:
    """Name spans of ``text``: ``tokens`` are (start, end) offsets, ``sentences`` (first, last) token
    index ranges (end-exclusive). Spans exclude attached proclitics and edge punctuation."""
    out: list[NameSpan] = []
    sents = [(first, [text[s:e] for s, e in tokens[first:last]]) for first, last in sentences if last > first]
    tagged = tagger.tag_document([toks for _, toks in sents], propagate=propagate)
    for (first, _toks), (tags, conf) in zip(sents, tagged, strict=True):
        for i, j, typ in sorted(tag_spans(tags)):
            start = tokens[first + i][0]
            end = tokens[first + j - 1][1]
            while start < end and not text[start].isalnum():  # leading punctuation such as «(»
                start += 1
            start += proclitic_length(text[start : tokens[first + i][1]], tagger)
            while end > start and not (text[end - 1].isalnum() or unicodedata.combining(text[end - 1])):
                end -= 1
            if end <= start:
                continue
            c = sum(conf[i:j]) / (j - i)
            out.append(NameSpan(start, end, typ, c))
    return out


def _ascii(s: str) -> str:
    """GeoNames romanizations without their diacritics: «Ar Riyāḑ» → «Ar Riyad»."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if not unicodedata.combining(ch))


def canonical_text(name: str) -> str:
    """A mention text as an entity name: «للأمم المتحدة» → «الأمم المتحدة»."""
    name = " ".join(name.split())
    if fold_cached(name[:2]) == "لل" and len(name.split()[0]) > 3:
        return "ال" + name[2:]
    return name


def build_entities(
    text: str, found: Sequence[NameSpan], tagger: NerTagger | NnTagger, rule: str
) -> tuple[list[Entity], list[Entity]]:
    """Group name spans into entities; returns (PER/ORG/LOC entities with ids E1…, MISC entities)."""
    raw = [RawMention(s.start, s.end, text[s.start : s.end], s.type, s.confidence) for s in found]
    groups = group_mentions(raw)
    main: list[Entity] = []
    misc: list[Entity] = []
    names_en = tagger.features.gazetteer.names_en if tagger.features.gazetteer is not None else {}
    for g in groups:
        name = canonical_text(g.name)
        key = " ".join(fold_cached(w) for w in name.split())
        known = known_name(name)
        name_en = known or names_en.get(key)
        source = "table" if known else "gazetteer" if name_en else "transliteration"
        if name_en and not known:
            name_en = _ascii(name_en)
        mentions = [Mention(m.start, m.end, m.text, round(m.confidence, 4), rule) for m in g.mentions]
        ent = Entity(
            id="",
            type=g.type,
            name=name,
            mentions=mentions,
            name_en=name_en or transliterate(name),
            confidence=round(sum(m.confidence for m in g.mentions) / len(g.mentions), 4),
            attrs={"name_en_source": source},
        )
        (misc if g.type == "MISC" else main).append(ent)
    for k, e in enumerate(main, 1):
        e.id = f"E{k}"
    for k, e in enumerate(misc, 1):
        e.id = f"M{k}"
    return main, misc


@register("entities")
class EntitiesComponent:
    """Named entities (PER/ORG/LOC) of the article, mentions grouped; MISC names go to the
    ``entities_misc`` layer."""

    name: ClassVar[str] = "entities"
    version: ClassVar[str] = "1.0"
    requires: ClassVar[frozenset[str]] = frozenset({"tokens", "sentences"})
    provides: ClassVar[frozenset[str]] = frozenset({"entities"})

    def __init__(self, tagger: NerTagger | NnTagger | None = None):
        self.tagger = tagger or default_tagger()
        self.rule = self.tagger.kind + ":" + self.tagger.name

    def __call__(self, article: Article) -> None:
        tokens = [(t.start, t.end) for t in article.tokens]
        sentences = [(s.first_token, s.last_token) for s in article.sentences]
        if not sentences and tokens:
            sentences = [(0, len(tokens))]
        found = find_mentions(article.text, tokens, sentences, self.tagger)
        main, misc = build_entities(article.text, found, self.tagger, self.rule)
        article.entities = main
        article.set_layer("entities_misc", misc)
