"""`marsad ingest` end to end: idempotent re-runs, exit codes, and a real SIGKILL mid-ingest that a
re-run recovers from, ending with exactly the database an uninterrupted run builds."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from conftest_store import KeywordEvents, ant_records, write_jsonl
from marsad import pipeline
from marsad.cli.ingest import ingest_command
from marsad.store.models import Base

TESTS = Path(__file__).resolve().parent
# The subprocess registers the test's keyword component, then runs the ingest command as the CLI does.
DRIVER = (
    "import sys; sys.path.insert(0, {tests!r})\n"
    "from conftest_store import KeywordEvents\n"
    "from marsad.pipeline import register\n"
    "register('keyword_events')(KeywordEvents)\n"
    "from marsad.cli.ingest import main\n"
    "sys.argv = ['marsad-ingest'] + sys.argv[1:]\n"
    "main()\n"
)
# Columns that record when, not what: left out of the comparison.
VOLATILE = {"ingested_at", "first_seen", "created_at", "updated_at"}
N_KILL = 400


def _app() -> typer.Typer:
    app = typer.Typer()
    app.command()(ingest_command)
    return app


def _run(args: list[str]):
    return CliRunner().invoke(_app(), args)


def dump(path: Path) -> dict[str, list[tuple]]:
    """Every row of every table (ids included), sorted: two equal dumps are the same database."""
    con = sqlite3.connect(path)
    out = {}
    for name, table in Base.metadata.tables.items():
        cols = [c.name for c in table.columns if c.name not in VOLATILE]
        rows = con.execute(f"SELECT {', '.join(cols)} FROM {name}").fetchall()
        out[name] = sorted(rows, key=repr)
    con.close()
    return out


def test_ingesting_a_folder_twice_adds_nothing(tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    recs = ant_records(30, with_dups=True)
    for r in recs[:20]:
        (folder / f"{r['id']}.txt").write_text(r["text"], encoding="utf-8")
    write_jsonl(folder / "more.jsonl", recs[20:])
    db = tmp_path / "kb.sqlite"
    first = _run([str(folder), "--db", str(db), "--components", "text", "--no-progress"])
    assert first.exit_code == 0, first.output
    before = dump(db)
    assert len(before["articles"]) == 30
    second = _run([str(folder), "--db", str(db), "--components", "text", "--no-progress"])
    assert second.exit_code == 0
    assert "0 stored" in second.output and "30 unchanged" in second.output
    assert dump(db) == before


def test_exit_codes(tmp_path):
    good = write_jsonl(tmp_path / "a.jsonl", ant_records(2))
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "x", "text": "نص"}\n{not json\n', encoding="utf-8")
    db = str(tmp_path / "kb.sqlite")
    assert _run([str(good), "--db", db, "--components", "text"]).exit_code == 0
    res = _run([str(bad), str(tmp_path / "missing.txt"), "--db", db, "--components", "text"])
    assert res.exit_code == 1
    assert "bad.jsonl:2" in res.output and "missing.txt" in res.output and "2 failed" in res.output
    assert _run([str(good), "--db", db, "--components", "no_such_stage"]).exit_code == 2
    zero = _run([str(good), "--db", db, "--engine", "dask", "--partition-size", "0"])
    assert zero.exit_code == 2 and "--partition-size" in zero.output
    assert (
        _run([str(good), "--db", "postgresql://nobody@127.0.0.1:1/x", "--components", "text"]).exit_code == 2
    )


def _ingest_proc(src: Path, db: Path) -> subprocess.Popen:
    args = [
        str(src),
        "--db",
        str(db),
        "--components",
        "text,keyword_events",
        "--batch-size",
        "10",
        "--no-progress",
    ]
    env = {**os.environ, "PYTHONPATH": str(TESTS.parent / "src")}
    return subprocess.Popen(
        [sys.executable, "-c", DRIVER.format(tests=str(TESTS)), *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


def _count(db: Path) -> int:
    try:
        con = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return con.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            con.close()
    except sqlite3.OperationalError:
        return 0


@pytest.mark.slow
def test_sigkill_midway_then_rerun_equals_uninterrupted_run(tmp_path, monkeypatch):
    src = write_jsonl(tmp_path / "batch.jsonl", ant_records(N_KILL, with_dups=True))
    whole = tmp_path / "whole.sqlite"  # the uninterrupted run, in-process (same command, same component)
    monkeypatch.setitem(pipeline._REGISTRY, "keyword_events", KeywordEvents)
    args = [str(src), "--db", str(whole), "--components", "text,keyword_events", "--batch-size", "10"]
    assert _run(args).exit_code == 0

    killed = tmp_path / "killed.sqlite"
    p = _ingest_proc(src, killed)
    deadline = time.monotonic() + 120
    while _count(killed) < 60 and p.poll() is None and time.monotonic() < deadline:
        time.sleep(0.02)
    assert p.poll() is None, "the ingest finished before it could be killed"
    os.kill(p.pid, signal.SIGKILL)
    assert p.wait(timeout=30) == -signal.SIGKILL
    partial = _count(killed)
    assert 60 <= partial < N_KILL

    p = _ingest_proc(src, killed)
    assert p.wait(timeout=300) == 0, p.stderr.read().decode()
    assert f"{partial} unchanged" in p.stderr.read().decode()
    assert dump(killed) == dump(whole)
