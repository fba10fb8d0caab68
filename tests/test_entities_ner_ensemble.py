"""The CRF + BiLSTM-CRF ensemble on a tiny model folder: loading, agreement with each member when the
other's weight is zero, valid IOB2 in both modes, and the ``entities`` component on real sentences.

The CRF is fitted on 160 ANERcorp sentences; the network has seeded random weights written in the
format of a trained one (no PyTorch needed): the ensemble's arithmetic is what is tested here."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from marsad.entities.evaluate import read_conll, shared_data_dir
from marsad.entities.ner import EntitiesComponent, NerTagger
from marsad.entities.ner_ensemble import EnsembleTagger, write_ensemble
from marsad.entities.ner_nn import SLOTS, TAGS, NnTagger, WordCoder
from marsad.entities.ner_nn_train import NnConfig, _dims, export_npz

DATA = shared_data_dir()
ANER = DATA / "ner/anercorp_camellab/ANERCorp_CamelLab_train.txt"
ANT = DATA / "news/ant/ant.jsonl"
pytestmark = pytest.mark.skipif(not (ANER.exists() and ANT.exists()), reason="shared data not available")

TEXT = "وأشار دي ميستورا في بيان صدر بعد اجتماع في طهران مع وزير الخارجية الايراني محمد جواد ظريف."


def _random_network(folder: Path, cfg: NnConfig) -> None:
    """A BiLSTM-CRF ``model.npz`` with seeded random weights over the folder's clusters."""
    from marsad.entities.clusters import ClusterTable

    clusters = ClusterTable.load(folder / "clusters.tsv")
    words = list(clusters.entries)[:400]
    coder = WordCoder(WordCoder.build_vocabs(words, clusters), clusters)
    rng = np.random.default_rng(3)
    dims = _dims(cfg)

    def r(*shape: int) -> np.ndarray:
        return (rng.standard_normal(shape) * 0.3).astype(np.float32)

    state = {f"emb.{s}.weight": r(coder.sizes[s], dims[s]) for s in SLOTS}
    width = sum(dims[s] for s in SLOTS) + cfg.char_filters
    state |= {
        "char.emb.weight": r(len(coder.vocabs["char"]) + 4, cfg.char_dim),
        "char.conv.weight": r(cfg.char_filters, cfg.char_dim, 3),
        "char.conv.bias": r(cfg.char_filters),
        "proj.weight": r(cfg.proj, width),
        "proj.bias": r(cfg.proj),
        "gaz.weight": r(9, cfg.gaz_dim),
        "out.weight": r(len(TAGS), 2 * cfg.hidden),
        "out.bias": r(len(TAGS)),
        "trans": r(len(TAGS), len(TAGS)),
        "start": r(len(TAGS)),
        "end": r(len(TAGS)),
    }
    inp = cfg.proj + cfg.gaz_dim
    for sfx in ("", "_reverse"):
        state |= {
            f"lstm.weight_ih_l0{sfx}": r(4 * cfg.hidden, inp),
            f"lstm.weight_hh_l0{sfx}": r(4 * cfg.hidden, cfg.hidden),
            f"lstm.bias_ih_l0{sfx}": r(4 * cfg.hidden),
            f"lstm.bias_hh_l0{sfx}": r(4 * cfg.hidden),
        }
    export_npz(folder / "model.npz", state, coder, cfg)


@pytest.fixture(scope="module")
def folders(tmp_path_factory) -> dict[str, Path]:
    from marsad.entities.train import TrainConfig, build_model

    root = tmp_path_factory.mktemp("ensemble")
    blocks = ANER.read_text("utf-8").split("\n\n")[:160]
    (root / "train.txt").write_text("\n\n".join(blocks) + "\n", "utf-8")
    (root / "news").mkdir()
    with ANT.open(encoding="utf-8") as src, (root / "news/tiny.jsonl").open("w", encoding="utf-8") as dst:
        for _, line in zip(range(150), src, strict=False):
            dst.write(line)
    (root / "news/RESERVED_IDS.txt").write_text("", "utf-8")
    crf = root / "crf"
    cfg = TrainConfig(
        data_dir=root,
        out_dir=crf,
        train=str(root / "train.txt"),
        unlabeled=("news/tiny.jsonl",),
        iterations=30,
        vocab=1500,
        granularities=(4, 16, 32),
        gazetteer=False,
        name_words=(),
        refit_full=False,
        test=False,
    )
    build_model(cfg, log=lambda m: None)
    nn = root / "nn"
    shutil.copytree(crf, nn)
    (nn / "model.crfsuite").unlink()
    _random_network(nn, NnConfig(hidden=8, proj=16, char_dim=4, char_filters=6, gaz_dim=4))
    ens = root / "ens"
    write_ensemble(crf, nn, ens)
    return {"crf": crf, "nn": nn, "ens": ens, "train": root / "train.txt"}


def _sentences(folders) -> list[list[str]]:
    return [t for t, _ in read_conll(folders["train"])[:40]]


def test_folder_loads_as_the_ensemble(folders):
    assert {p.name for p in folders["ens"].iterdir()} >= {"model.crfsuite", "model.npz", "meta.json"}
    tagger = NerTagger.load(folders["ens"])
    assert isinstance(tagger, EnsembleTagger) and tagger.kind == "ner-ensemble"
    assert tagger.mode == "sum" and tagger.name.startswith("ner-ensemble@")
    assert isinstance(NerTagger.load(folders["nn"]), NnTagger)  # the members still load alone


def test_a_zero_weight_leaves_the_other_model(folders):
    sents = _sentences(folders)
    ens = NerTagger.load(folders["ens"])
    ens.nn_weight = 0.0
    crf = NerTagger.load(folders["crf"]).tag_sentences(sents)
    got = ens.tag_sentences(sents)
    assert [t for t, _ in got] == [t for t, _ in crf]
    assert any(tag != "O" for tags, _ in crf for tag in tags)
    for (_, c1), (_, c2) in zip(got, crf, strict=True):
        assert np.allclose(c1, c2, atol=1e-6)
    ens.nn_weight, ens.crf_weight = 1.0, 0.0
    nn = NerTagger.load(folders["nn"])
    assert [t for t, _ in ens.tag_sentences(sents)] == [nn.tag(s) for s in sents]


def test_both_modes_give_valid_iob2_and_confidences(folders):
    sents = _sentences(folders)
    ens = NerTagger.load(folders["ens"])
    for mode in ("sum", "average"):
        ens.mode = mode
        res = ens.tag_document(sents)
        for tokens, (tags, conf) in zip(sents, res, strict=True):
            assert len(tags) == len(conf) == len(tokens) and set(tags) <= set(TAGS)
            for prev, tag in zip(["O", *tags], tags, strict=False):
                assert not tag.startswith("I-") or prev[2:] == tag[2:]
            assert all(0.0 < c <= 1.0 for c in conf)
        # a document is tagged as its sentences one by one
        assert [t for t, _ in ens.tag_sentences(sents[:10])] == [ens.tag(s) for s in sents[:10]]


def test_component_keeps_offsets_and_survives_bad_input(folders):
    from marsad.doc import Article
    from marsad.text.component import TextLayer

    comp = EntitiesComponent(NerTagger.load(folders["ens"]))
    assert comp.rule.startswith("ner-ensemble:")
    long = " ".join([TEXT] * 30).replace(".", "،")  # one sentence of 450 tokens: tagged in windows
    for text in (TEXT, long):
        a = Article(text, id="t1")
        TextLayer()(a)
        comp(a)
        for e in a.entities:
            for m in e.mentions:
                assert a.text[m.start : m.end] == m.text and 0.0 < m.confidence <= 1.0
    for bad in ("", "   ", "hello world", "<p>" * 50, "ب" * 5000):
        b = Article(bad, id="x")
        TextLayer()(b)
        comp(b)
        assert all(b.text[m.start : m.end] == m.text for e in b.entities for m in e.mentions)


def test_members_must_share_their_resources(folders, tmp_path):
    other = tmp_path / "nn"
    shutil.copytree(folders["nn"], other)
    with (other / "clusters.tsv").open("a", encoding="utf-8") as f:
        f.write("كلمة\t1\t0\t0\t0\n")
    with pytest.raises(ValueError, match="clusters.tsv differs"):
        write_ensemble(folders["crf"], other, tmp_path / "ens")
    with pytest.raises(ValueError, match="unknown ensemble mode"):
        write_ensemble(folders["crf"], folders["nn"], tmp_path / "ens2", mode="vote")
