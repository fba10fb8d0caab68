"""`marsad.devsets.fill_texts`: SaudiNewsNet references are filled from the politics subset or, for
articles outside it, from the original daily zips; a digest that does not match drops the record."""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import marsad.devsets as devsets
from marsad.devsets import fill_texts, text_sha1

DAY = [
    {"title": " أول ", "content": " انفجار في القاهرة يصيب ضابطي شرطة. "},
    {"title": "ثان", "content": "\nمقتل 12 مسلحاً بسيناء\n"},
]


def fake_corpus(root: Path) -> Path:
    news = root / "news"
    (news / "ant").mkdir(parents=True)
    (news / "ant/ant.jsonl").write_text("", encoding="utf-8")
    (news / "saudinewsnet/original").mkdir(parents=True)
    subset = {"id": "snn-20150810-00009", "title": "t", "text": "نص في المجموعة"}
    (news / devsets.SNN_FILE).write_text(json.dumps(subset, ensure_ascii=False) + "\n", encoding="utf-8")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr("2015-08-10.json", json.dumps(DAY, ensure_ascii=False))
    (news / "saudinewsnet/original/2015-08-10.zip").write_bytes(buf.getvalue())
    return news


def ref(art_id: str, text: str) -> dict:
    return {"id": art_id, "text": None, "title": None, "sha1": text_sha1(text)}


def test_fill_texts_reads_the_subset_and_the_original_zips(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(devsets, "corpus_dir", lambda: fake_corpus(tmp_path))
    second = "مقتل 12 مسلحاً بسيناء"  # the 2nd article of the day, stripped as the converter strips it
    recs = [ref("snn-20150810-00009", "نص في المجموعة"), ref("snn-20150810-00002", second)]
    out = fill_texts(recs)
    assert [r["text"] for r in out] == ["نص في المجموعة", second]
    assert out[1]["title"] == "ثان"


def test_fill_texts_drops_a_wrong_digest_or_a_missing_position(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(devsets, "corpus_dir", lambda: fake_corpus(tmp_path))
    wrong = ref("snn-20150810-00001", "نص آخر")
    missing = ref("snn-20150810-00003", "مقتل 12 مسلحاً بسيناء")
    other_day = ref("snn-20150811-00001", "مقتل 12 مسلحاً بسيناء")
    assert fill_texts([wrong, missing, other_day]) == []


def test_a_round_85_article_outside_the_subset_is_found(shared_data: Path) -> None:
    lines = (Path(__file__).parent / "data/events_r85a.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines if line.strip()]
    out = fill_texts([{**r, "text": None} for r in rows])
    assert len(out) == len(rows) == 10
    assert all(text_sha1(r["text"]) == r["sha1"] for r in out)
