"""Clitic segmentation: real corpus words, the concatenation invariant, stem offsets, accuracy."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import SHARED, load_corpus
from marsad.text.clitics import Segmentation, segment, split
from marsad.text.evaluate import clitic_projection, farasa_form, read_gold, score, throughput

DEV = Path(__file__).parent / "data" / "segmentation_ant_dev.tsv"
BLIND = Path(__file__).parent / "data" / "segmentation_ant_blind.tsv"
FARASA_DEV = Path(__file__).parent / "data" / "segmentation_farasa_dev.tsv"

# Words from ANT articles (Apache-2.0): (word, clitic scheme, Farasa scheme).
REAL_WORDS = [
    ("وموسكو", "و+موسكو", "و+موسكو"),
    ("والانتخابات", "و+ال+انتخابات", "و+ال+انتخاب+ات"),
    ("بالإعلام", "ب+ال+إعلام", "ب+ال+إعلام"),
    ("لمجلس", "ل+مجلس", "ل+مجلس"),
    ("للفيلم", "ل+ل+فيلم", "ل+ل+فيلم"),
    ("استقالته", "استقالت+ه", "استقال+ت+ه"),
    ("أنه", "أن+ه", "أن+ه"),
    ("الحكومة", "ال+حكومة", "ال+حكوم+ة"),
    ("وسيضم", "و+س+يضم", "و+س+يضم"),
    ("ترشيحاتها", "ترشيحات+ها", "ترشيح+ات+ها"),
    ("أعضائه", "أعضائ+ه", "أعضائ+ه"),
    ("كانوا", "كانوا", "كان+وا"),
    ("الالتحاق", "ال+التحاق", "ال+التحاق"),
    ("التحاق", "التحاق", "التحاق"),
    ("وزير", "وزير", "وزير"),
    ("ذلك", "ذلك", "ذلك"),
    ("الذي", "الذي", "الذي"),
    ("به", "ب+ه", "ب+ه"),
    ("عليه", "علي+ه", "علي+ه"),
    ("يوماً", "يوماً", "يوم+اً"),
    ("بالمانيا", "ب+المانيا", "ب+المانيا"),  # ألمانيا without its hamza: no article
    ("أبنائي", "أبنائ+ي", "أبنائ+ي"),  # ي after a noun never seen as a nisba is the pronoun
    ("السياسي", "ال+سياسي", "ال+سياسي"),  # ... after a nisba it is not
    ("أخبرني", "أخبر+ني", "أخبر+ني"),
    ("و18", "و+18", "و+18"),
    ("إياها", "إيا+ها", "إيا+ها"),
    ("بينها", "بين+ها", "بين+ها"),
    ("بمدنين", "ب+مدنين", "ب+مدنين"),  # a town in -ين keeps its letters
    ("روسيا", "روسيا", "روسيا"),  # a state in -يا is no nisba + tanween
]


@pytest.mark.parametrize(("word", "clitics", "farasa"), REAL_WORDS)
def test_real_words(word: str, clitics: str, farasa: str) -> None:
    assert "+".join(segment(word)) == clitics
    assert "+".join(segment(word, "farasa")) == farasa


def test_stem_offsets_give_the_mention() -> None:
    seg = split("وموسكو")
    assert seg == Segmentation(("و",), "موسكو", (), 1, 6)
    assert "وموسكو"[seg.stem_start : seg.stem_end] == "موسكو"


def test_diacritics_and_tatweel_stay_with_their_letter() -> None:
    word = "وَالْكِتَابُ"
    seg = split(word)
    assert seg.prefixes == ("وَ", "الْ")
    assert seg.stem == "كِتَابُ"
    assert word[seg.stem_start : seg.stem_end] == seg.stem
    assert segment("الـمجلس") == ("الـ", "مجلس")


@pytest.mark.parametrize("text", ["", "abc", "2017", "٢٠١٧", "😀", "«", "ـــ", "\u064e", "x" * 10_000, "و"])
def test_bad_input_never_crashes(text: str) -> None:
    for scheme in ("clitics", "farasa"):
        pieces = segment(text, scheme)  # type: ignore[arg-type]
        assert "".join(pieces) == text
        seg = split(text, scheme)  # type: ignore[arg-type]
        assert text[seg.stem_start : seg.stem_end] == seg.stem


def test_concatenation_and_offsets_over_corpus_tokens() -> None:
    tokens: list[str] = []
    for art in load_corpus("ant", n=300, seed=7) + load_corpus("snn", n=100, seed=7):
        tokens.extend(art["text"].split())
    assert len(tokens) > 20_000
    split_words = 0
    for tok in tokens:
        for scheme in ("clitics", "farasa"):
            seg = split(tok, scheme)  # type: ignore[arg-type]
            assert "".join(seg.pieces) == tok
            assert tok[seg.stem_start : seg.stem_end] == seg.stem
            assert seg.stem_start == sum(map(len, seg.prefixes))
        split_words += len(segment(tok)) > 1
    assert 0.25 < split_words / len(tokens) < 0.75  # news: roughly half the words carry a clitic


def _dev_rows(path: Path = DEV) -> list[tuple[str, str]]:
    rows = []
    for line in path.read_text("utf-8").splitlines():
        if line and not line.startswith("#"):
            _, word, gold = line.split("\t")
            rows.append((word, gold))
    return rows


def test_hand_checked_ant_dev_accuracy() -> None:
    rows = _dev_rows()
    assert len(rows) > 200
    ok = sum("+".join(segment(w, "farasa")) == g for w, g in rows)
    assert ok / len(rows) >= 0.97


def test_blind_ant_dev_accuracy() -> None:
    """Words annotated by hand before any segmenter output was seen: an unbiased dev estimate."""
    rows = _dev_rows(BLIND)
    assert len(rows) > 200
    ok = sum("+".join(farasa_form(split(w, "farasa"))) == g for w, g in rows)
    assert ok / len(rows) >= 0.96


def test_farasa_dev_set_accuracy() -> None:
    """3,102 running words of 22 ANT articles, Farasa scheme, hand-checked (docs/segmentation.md)."""
    rows = _dev_rows(FARASA_DEV)
    assert len(rows) >= 3000
    ok = sum("+".join(farasa_form(split(w, "farasa"))) == g for w, g in rows)
    assert ok / len(rows) >= 0.985


def test_clitic_projection_of_gold() -> None:
    from marsad.text.evaluate import GoldWord

    g = GoldWord("وترشيحاتها", ("و", "ترشيح", "ات", "ها"), ("CONJ", "NOUN", "NSUFF", "PRON"))
    assert clitic_projection(g) == ("و", "ترشيحات", "ها")
    g = GoldWord("أعلنت", ("أعلن", "ت"), ("V", "PRON"))
    assert clitic_projection(g) == ("أعلنت",)


def test_throughput_over_real_tokens() -> None:
    tokens = [t for art in load_corpus("ant", n=100, seed=3) for t in re.findall(r"\S+", art["text"])]
    assert throughput(tokens, repeat=1) > 200_000


@pytest.mark.slow
def test_wikinews_gold_accuracy() -> None:
    path = SHARED / "segmentation" / "wikinews_qcri" / "WikiNews.pos.ref"
    if not path.exists():
        pytest.skip(f"WikiNews gold not found at {path}")
    gold = read_gold(path)
    assert len(gold) == 18_300
    s = score(gold, lambda w: split(w, "farasa"), split)
    assert s.clitics >= 0.985
    assert s.farasa >= 0.975
