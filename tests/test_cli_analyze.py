"""`marsad analyze` end to end, as users and the contract checker run it."""

import json
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from conftest import load_corpus

SCHEMA = json.loads((Path(__file__).parent.parent / "src/marsad/schema/article.schema.json").read_text())
ARABIC = "قال وزير الخارجية إن المحادثات ستستأنف يوم الأحد المقبل في جنيف."


def run(args, stdin=None):
    return subprocess.run(
        [sys.executable, "-m", "marsad", "analyze", *args], input=stdin, capture_output=True, timeout=600
    )


def spans(article):
    for e in article["entities"]:
        yield from e["mentions"]
    yield from article["times"]
    for q in article["quotes"]:
        yield q
        if q["cue"]:
            yield q["cue"]
        if q.get("speaker_span"):
            yield q["speaker_span"]
    for v in article["events"]:
        yield v["trigger"]


@pytest.mark.slow
def test_cli_analyze_real_articles_match_schema_and_offsets(tmp_path):
    docs = load_corpus("ant", 25) + load_corpus("snn", 15)
    good = tmp_path / "good.jsonl"
    good.write_text(
        "\n".join(
            json.dumps(
                {"id": d["id"], "text": d["text"], "published": d["date"], "title": d["title"]},
                ensure_ascii=False,
            )
            for d in docs
        ),
        encoding="utf-8",
    )
    cp = tmp_path / "cp1256.txt"
    cp.write_bytes(ARABIC.encode("cp1256"))
    junk = tmp_path / "junk.bin"
    junk.write_bytes(bytes(range(256)) * 40)
    p = run([str(good), str(cp), str(junk)])
    assert p.returncode == 1
    assert str(junk) in p.stderr.decode() and "binary" in p.stderr.decode()
    outs = [json.loads(ln) for ln in p.stdout.decode().splitlines()]
    assert len(outs) == len(docs) + 1
    by_id = {d["id"]: d for d in docs}
    for o in outs:
        jsonschema.validate(o, SCHEMA)
        if o["id"] in by_id:
            assert o["text"] == by_id[o["id"]]["text"]
        for s in spans(o):
            assert o["text"][s["start"] : s["end"]] == s["text"]
    assert outs[-1]["text"] == ARABIC


def test_cli_analyze_stdin_and_published():
    p = run(["--published", "2017-10-22"], stdin=ARABIC.encode("utf-8"))
    assert p.returncode == 0, p.stderr
    (o,) = [json.loads(ln) for ln in p.stdout.decode().splitlines()]
    assert o["published"] == "2017-10-22" and o["text"] == ARABIC
    jsonschema.validate(o, SCHEMA)


def test_cli_analyze_bad_usage_exits_2():
    assert run(["--published", "22/10/2017"], stdin=b"x").returncode == 2
    assert run(["--lang", "fr"], stdin=b"x").returncode == 2


def test_cli_analyze_invalid_json_line_is_reported_and_batch_continues(tmp_path):
    path = tmp_path / "b.jsonl"
    path.write_text(
        '{"id": "1", "text": "نص أول"}\n{broken\n{"id": "3", "text": "نص ثالث"}\n', encoding="utf-8"
    )
    p = run([str(path)])
    assert p.returncode == 1
    assert f"{path}:2" in p.stderr.decode()
    assert [json.loads(ln)["id"] for ln in p.stdout.decode().splitlines()] == ["1", "3"]


def test_cli_analyze_evidence_adds_pipeline_versions():
    p = run(["--evidence", "--published", "2017-10-22"], stdin=ARABIC.encode("utf-8"))
    o = json.loads(p.stdout)
    assert o["pipeline"]["text"]
