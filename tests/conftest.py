"""Shared fixtures: paths to the shared real data and samples of real articles."""

from __future__ import annotations

import json
import os
import random
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("MARSAD_SHARED_DATA", ROOT.parent / "shared" / "data"))
SAMPLE = ROOT / "src" / "marsad" / "data" / "sample" / "ant_sample.jsonl"


def _reserved() -> set[str]:
    path = SHARED / "news" / "RESERVED_IDS.txt"
    return {ln.strip() for ln in path.read_text().splitlines() if ln.strip()} if path.exists() else set()


def load_corpus(name: str = "ant", n: int | None = None, seed: int = 13) -> list[dict]:
    """Real articles from the shared corpora (reserved ids removed), shuffled with ``seed``."""
    files = {
        "ant": SHARED / "news" / "ant" / "ant.jsonl",
        "snn": SHARED / "news" / "saudinewsnet" / "saudinewsnet_politics.jsonl",
    }
    path = files[name]
    if not path.exists():
        pytest.skip(f"shared corpus not found at {path}")
    reserved = _reserved()
    with path.open(encoding="utf-8") as fh:
        rows = [r for r in map(json.loads, fh) if r["id"] not in reserved]
    random.Random(seed).shuffle(rows)
    return rows[:n] if n else rows


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not SHARED.exists():
        pytest.skip(f"shared data not found at {SHARED}")
    return SHARED


@pytest.fixture(scope="session")
def sample_articles() -> list[dict]:
    with SAMPLE.open(encoding="utf-8") as fh:
        return [json.loads(ln) for ln in fh]


@pytest.fixture
def rules_only(monkeypatch):
    """The event coder's rules without the learned filter, role choice and merge veto: the rule tests check what the
    rules do."""
    import marsad.events.component as component

    monkeypatch.setattr(component, "default_filter", lambda: None)
    monkeypatch.setattr(component, "default_role_model", lambda _role: None)
    monkeypatch.setattr(component, "default_merge_model", lambda: None)


def coded_events(text: str, published=None) -> list:
    """The events the whole coder (upstream stages, shipped models) finds in ``text``."""
    import datetime as dt

    from marsad.doc import Article
    from marsad.events.stages import analyze_events

    art = Article(text, published=published or dt.date(2015, 7, 20))
    analyze_events(art)
    return art.events


def evidence_span(event, role: str) -> str | None:
    """The text of the span that supports ``role`` of ``event`` (None when there is none)."""
    ev = event.evidence.get(role)
    return ev.span.text if ev is not None and ev.span is not None else None


def sub_types(article) -> list[tuple[str, str]]:
    """(sub-event type, trigger text) of each event of an analysed article: what a failing test prints."""
    return [(e.sub_event_type, e.trigger.text) for e in article.events]


def events_of(article, sub_event_type: str) -> list:
    """The events of an analysed article with that sub-event type, in order."""
    return [e for e in article.events if e.sub_event_type == sub_event_type]
