"""``marsad train ner`` and ``marsad eval ner`` end to end on a tiny corpus cut from the shared data."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from marsad.entities.evaluate import read_conll, score, shared_data_dir, spans
from marsad.entities.ner import NerTagger
from marsad.entities.train import split_dev

DATA = shared_data_dir()
ANER = DATA / "ner/anercorp_camellab/ANERCorp_CamelLab_train.txt"
ANT = DATA / "news/ant/ant.jsonl"

pytestmark = pytest.mark.skipif(not (ANER.exists() and ANT.exists()), reason="shared data not available")


def _cut(src: Path, dst: Path, sentences: int, skip: int = 0) -> None:
    blocks = src.read_text("utf-8").split("\n\n")[skip : skip + sentences]
    dst.write_text("\n\n".join(blocks) + "\n", "utf-8")


@pytest.fixture(scope="module")
def tiny(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("tinydata")
    _cut(ANER, root / "train.txt", 160)
    _cut(ANER, root / "test.txt", 40, skip=160)
    (root / "news").mkdir()
    with ANT.open(encoding="utf-8") as src, (root / "news/tiny.jsonl").open("w", encoding="utf-8") as dst:
        for _, line in zip(range(150), src, strict=False):
            dst.write(line)
    (root / "news/RESERVED_IDS.txt").write_text("", "utf-8")
    return root


def _cli(app: typer.Typer, name: str) -> typer.Typer:
    root = typer.Typer()
    root.add_typer(app, name=name)
    return root


def test_train_then_eval_on_a_tiny_corpus(tiny, tmp_path):
    from marsad.cli.train import app as train_app

    out = tmp_path / "model"
    args = ["train", "ner", "--data-dir", str(tiny), "--train", str(tiny / "train.txt"), "--out", str(out)]
    args += ["--unlabeled", "news/tiny.jsonl", "--iterations", "15", "--vocab", "1500", "--clusters", "4,16"]
    res = CliRunner().invoke(_cli(train_app, "train"), args)
    assert res.exit_code == 0, res.output
    assert {p.name for p in out.iterdir()} >= {"model.crfsuite", "clusters.tsv", "meta.json"}
    assert not (out / "model.npz").exists()  # the default is the CRF; the neural tagger is an option
    meta = json.loads((out / "meta.json").read_text("utf-8"))
    assert meta["name"] == "ner-crf" and meta["train"]["iterations"] == 15
    assert meta["clusters"]["granularities"] == [4, 16]
    assert 0.0 <= meta["scores"]["dev"]["micro"]["f1"] <= 100.0
    assert "sha256" in res.output

    tagger = NerTagger.load(out)
    assert tagger.kind == "ner-crf"
    sents = read_conll(tiny / "train.txt")
    pred = [tagger.tag(t) for t, _ in sents]
    # a model fitted on these sentences recovers most of their names
    assert score([g for _, g in sents], pred).micro()[2] > 40.0

    import marsad.entities.evaluate  # noqa: F401  (registers `eval ner`)
    from marsad.cli.evaluate import app as eval_app

    res = CliRunner().invoke(
        _cli(eval_app, "eval"), ["eval", "ner", "--data", str(tiny / "test.txt"), "--model", str(out)]
    )
    assert res.exit_code == 0, res.output
    assert "micro" in res.output and "tokens/s" in res.output
    assert "PER" in res.output


def test_eval_rejects_a_missing_file(tmp_path):
    import marsad.entities.evaluate  # noqa: F401
    from marsad.cli.evaluate import app as eval_app

    res = CliRunner().invoke(_cli(eval_app, "eval"), ["eval", "ner", "--data", str(tmp_path / "none.txt")])
    assert res.exit_code == 2


def test_conll_reading_and_scoring_conventions(tmp_path):
    p = tmp_path / "x.txt"
    p.write_text("فرانكفورت B-LOC\n(د O\n\nقال O\nجورج B-PERS\nبوش I-PERS\nI I-MISC\n\n", "utf-8")
    sents = read_conll(p)
    assert sents[0] == (["فرانكفورت", "(د"], ["B-LOC", "O"])
    assert sents[1][1] == ["O", "B-PER", "I-PER", "I-MISC"]
    assert spans(sents[1][1]) == {(1, 3, "PER"), (3, 4, "MISC")}  # I- after another type starts a span
    sc = score([sents[1][1]], [["O", "B-PER", "O", "B-MISC"]])
    assert sc.tp["MISC"] == 1 and sc.fn["PER"] == 1 and sc.fp["PER"] == 1
    train, dev = split_dev(list(range(100)), 0.1)
    assert len(dev) == 10 and not set(train) & set(dev)


def test_self_trained_lexicon_counts_what_a_model_tags():
    from marsad.entities.clusters_selftrain import read_word_types, self_lexicon

    class Stub:
        def tag(self, toks):
            return [
                "B-PER" if t == "بوتين" else "B-LOC" if t == "موسكو" and i == 0 else "O"
                for i, t in enumerate(toks)
            ]

    texts = ["قال بوتين في موسكو اليوم.", "موسكو تستقبل بوتين غدا.", "وصل بوتين إلى موسكو."] * 2
    lex = self_lexicon(Stub(), texts, min_count=3)
    assert lex["بوتين"] == "PER3"  # always tagged PER
    assert lex["موسكو"] == "LOC1"  # tagged LOC in 2 of 6 occurrences
    assert "قال" not in lex
    assert read_word_types(["# header", "بوتين\tPER3", ""]) == {"بوتين": "PER3"}
