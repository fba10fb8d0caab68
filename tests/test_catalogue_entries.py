"""The data catalogue: shipped files match their recorded sha256; updating keeps other entries."""

from __future__ import annotations

import json

import pytest

from marsad import catalogue


def test_every_shipped_entry_matches_its_files():
    entries = catalogue.load()
    assert "ner" in entries
    for name, rec in entries.items():
        assert rec.get("version") and rec.get("licence") and rec.get("source_data"), name
        assert catalogue.verify(name) == [], name


def test_ner_entry_records_dev_and_test_scores():
    rec = catalogue.entry("ner")
    for split in ("dev", "test"):
        micro = rec["scores"][split]["micro"]
        assert 0.0 < micro["f1"] <= 100.0
    assert rec["train_command"].startswith("marsad train ner")


def test_update_keeps_other_entries_and_detects_changed_files(tmp_path):
    path = tmp_path / "catalogue.json"
    root = tmp_path / "data"
    (root / "x").mkdir(parents=True)
    f = root / "x" / "a.txt"
    f.write_text("one", "utf-8")
    catalogue.update_entry("a", {"version": "1", "files": catalogue.files_record(root / "x", root)}, path)
    catalogue.update_entry("b", {"version": "2"}, path)
    assert sorted(catalogue.load(path)) == ["a", "b"]
    assert catalogue.verify("a", path, root) == []
    f.write_text("two", "utf-8")
    assert catalogue.verify("a", path, root) == ["x/a.txt: sha256 differs from the catalogue"]
    f.unlink()
    assert catalogue.verify("a", path, root) == ["x/a.txt: missing"]
    assert json.loads(path.read_text("utf-8"))["entries"]["b"] == {"version": "2"}
    with pytest.raises(KeyError):
        catalogue.entry("c", path)


def test_a_one_file_entry_is_verified_too(tmp_path):
    # the event models record one file as `path` + `sha256`, not a `files` table
    path, root = tmp_path / "catalogue.json", tmp_path / "data"
    (root / "models").mkdir(parents=True)
    f = root / "models" / "m.json"
    f.write_text("{}", "utf-8")
    catalogue.update_entry(
        "m", {"version": "1", "path": "models/m.json", "sha256": catalogue.file_sha256(f)}, path
    )
    assert catalogue.verify("m", path, root) == []
    f.write_text('{"changed": 1}', "utf-8")
    assert catalogue.verify("m", path, root) == ["models/m.json: sha256 differs from the catalogue"]
