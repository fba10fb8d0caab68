"""Training the neural NER tagger on a tiny corpus cut from the shared data: the model folder, the
numpy tagger that reads it, the ``entities`` component on a real sentence, and a deterministic fit."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from marsad.entities.evaluate import read_conll, score, shared_data_dir
from marsad.entities.ner import EntitiesComponent, NerTagger
from marsad.entities.ner_nn import TAGS, NnTagger

pytest.importorskip("torch", reason="training the neural tagger needs the train extra (PyTorch)")

DATA = shared_data_dir()
ANER = DATA / "ner/anercorp_camellab/ANERCorp_CamelLab_train.txt"
ANT = DATA / "news/ant/ant.jsonl"
pytestmark = [
    pytest.mark.skipif(not (ANER.exists() and ANT.exists()), reason="shared data not available"),
    pytest.mark.slow,
]
SMALL = {"epochs": 6, "hidden": 16, "proj": 32, "char_dim": 8, "char_filters": 16, "batch": 8, "lr": 0.01}


@pytest.fixture(scope="module")
def tiny(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("tinynn")
    blocks = ANER.read_text("utf-8").split("\n\n")[:150]
    (root / "train.txt").write_text("\n\n".join(blocks) + "\n", "utf-8")
    (root / "news").mkdir()
    with ANT.open(encoding="utf-8") as src, (root / "news/tiny.jsonl").open("w", encoding="utf-8") as dst:
        for _, line in zip(range(150), src, strict=False):
            dst.write(line)
    (root / "news/RESERVED_IDS.txt").write_text("", "utf-8")
    return root


@pytest.fixture(scope="module")
def model(tiny, tmp_path_factory) -> Path:
    from marsad.entities.train import TrainConfig, build_model

    out = tmp_path_factory.mktemp("nnmodel")
    cfg = TrainConfig(
        data_dir=tiny,
        out_dir=out,
        train=str(tiny / "train.txt"),
        unlabeled=("news/tiny.jsonl",),
        vocab=1500,
        granularities=(4, 16),
        gazetteer=False,  # the gazetteer and name lists are built as for the CRF (tested there)
        name_words=(),
        refit_full=False,
        model="nn",
        nn=SMALL,
        test=False,
    )
    meta = build_model(cfg, log=lambda m: None)
    assert meta["name"] == "ner-nn" and 1 <= meta["train"]["best_epoch"] <= SMALL["epochs"]
    assert len(meta["train"]["dev_f1_per_epoch"]) == SMALL["epochs"]
    return out


def test_model_folder_loads_as_the_numpy_tagger(model, tiny):
    assert {p.name for p in model.iterdir()} >= {"model.npz", "clusters.tsv", "meta.json"}
    assert not (model / "model.crfsuite").exists()
    tagger = NerTagger.load(model)
    assert isinstance(tagger, NnTagger) and tagger.kind == "ner-nn"
    sents = read_conll(tiny / "train.txt")
    pred = [tagger.tag(t) for t, _ in sents]
    assert all(len(p) == len(t) and set(p) <= set(TAGS) for p, (t, _) in zip(pred, sents, strict=True))
    # batching a document gives the tags of the sentences tagged one by one
    doc = tagger.tag_document([t for t, _ in sents[:20]], propagate=False)
    assert [tags for tags, _ in doc] == pred[:20]
    assert score([g for _, g in sents], pred).micro()[2] > 20.0  # it learned something in 6 epochs


def test_component_with_the_neural_tagger_keeps_offsets(model):
    from marsad.doc import Article
    from marsad.text.component import TextLayer

    text = "وأشار دي ميستورا في بيان صدر بعد اجتماع في طهران مع وزير الخارجية الايراني محمد جواد ظريف."
    a = Article(text, id="t1")
    TextLayer()(a)
    comp = EntitiesComponent(NerTagger.load(model))
    comp(a)
    assert comp.rule.startswith("ner-nn:")
    for e in a.entities:
        for m in e.mentions:
            assert a.text[m.start : m.end] == m.text and 0.0 < m.confidence <= 1.0
    for bad in ("", "   ", "hello world", "<p>" * 50, "ب" * 5000):
        b = Article(bad, id="x")
        TextLayer()(b)
        comp(b)  # never crashes


def test_fit_is_deterministic(tiny):
    from marsad.entities.clusters import learn_vectors
    from marsad.entities.ner_nn_build import coder_for
    from marsad.entities.ner_nn_train import NnConfig, fit_nn

    sents = read_conll(tiny / "train.txt")[:40]
    vectors = learn_vectors([" ".join(t) for t, _ in sents], vocab=300)
    coder = coder_for(sents, vectors, None, {})
    cfg = NnConfig(**(SMALL | {"epochs": 2}))
    a, _, _ = fit_nn(
        sents, coder, None, cfg, dict(zip(vectors.words, vectors.vectors, strict=True)), log=print
    )
    b, _, _ = fit_nn(
        sents, coder, None, cfg, dict(zip(vectors.words, vectors.vectors, strict=True)), log=print
    )
    assert a.keys() == b.keys() and all(np.array_equal(a[k], b[k]) for k in a)
