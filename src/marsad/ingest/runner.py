"""The ingest loop: read → skip what is known → analyze → store → commit, safely and resumably.

For each input article the loop computes its content hash and asks the store what storing would do
(`Writer.check`): an article already stored with the same text is skipped before any analysis, so
re-running an ingest costs one hash and one indexed lookup per article; the same text under another
id is stored as an exact copy (no analysis); a known id with a new text replaces the old version.

Work is committed every ``batch_size`` articles (and before the loop waits on a feed). Each committed
transaction holds whole articles only, so a crash, a SIGKILL or Ctrl-C loses at most the uncommitted
batch, and re-running the same command resumes where it stopped: the database ends identical to an
uninterrupted run. A failing article (unreadable input, analysis error, database error) is reported
and the batch goes on.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from marsad.doc import Article
from marsad.ingest.readers import InputArticle, InputError, inspect_text
from marsad.pipeline import Pipeline, default_pipeline
from marsad.store.writer import Writer, content_hash

__all__ = ["IngestReport", "ingest_items", "to_article"]


def to_article(item: InputArticle) -> Article:
    """An unanalyzed `Article` from a read input, its reading notes turned into warnings."""
    article = Article(
        item.text,
        id=item.id,
        title=item.title,
        published=item.published,
        source=item.source,
        url=item.url,
        meta=dict(item.meta),
    )
    for note in item.notes:
        article.warn("W004" if note.startswith("ignored unreadable date") else "W001", note)
    for code, message in inspect_text(item.text):
        article.warn(code, message)
    return article


@dataclass
class IngestReport:
    read: int = 0
    stored: int = 0  # new articles analyzed and stored
    updated: int = 0  # known ids whose text changed
    unchanged: int = 0  # already stored, skipped
    duplicates: int = 0  # exact copies of a stored text under another id
    near_duplicates: int = 0  # stored articles linked to an earlier near-duplicate
    event_reports: int = 0
    events_merged: int = 0  # reports that joined an event known from another article
    failed: list[tuple[str, str]] = field(default_factory=list)
    interrupted: bool = False
    seconds: float = 0.0

    @property
    def exit_code(self) -> int:
        if self.interrupted:
            return 130
        return 1 if self.failed else 0

    def as_dict(self) -> dict[str, object]:
        return {
            "read": self.read,
            "stored": self.stored,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "duplicates": self.duplicates,
            "near_duplicates": self.near_duplicates,
            "event_reports": self.event_reports,
            "events_merged": self.events_merged,
            "failed": len(self.failed),
            "interrupted": self.interrupted,
            "seconds": round(self.seconds, 3),
        }


Step = Callable[[IngestReport, str], None]  # called after each input item (progress display)


class _Loop:
    def __init__(
        self, engine: Engine, pipeline: Pipeline, report: IngestReport, on_error: Callable[[str, str], None]
    ):
        self.session = Session(engine, autoflush=True, expire_on_commit=False)
        self.writer = Writer(self.session)
        self.pipeline = pipeline
        self.report = report
        self.on_error = on_error
        # Articles written since the last commit: replayed if a later write of the batch fails.
        self.pending: list[tuple[str, Article, str]] = []

    def fail(self, origin: str, reason: str) -> None:
        self.report.failed.append((origin, reason))
        self.on_error(origin, reason)

    def analyze(self, item: InputArticle) -> Article | None:
        try:
            return self.pipeline(to_article(item))
        except Exception as exc:  # one bad article never stops the batch
            self.fail(item.origin, f"analysis failed: {type(exc).__name__}: {exc}")
            return None

    def _write(self, kind: str, article: Article, origin: str) -> None:
        chash = content_hash(article.text)
        if kind == "copy":
            status, orig = self.writer.check(article.id, chash)
            if status == "duplicate" and orig is not None:
                self.writer.add_copy(article, chash, orig, origin)
                return
            kind = "new"
        _, near = self.writer.add(article, chash, origin)
        if near:
            self.report.near_duplicates += 1

    def write(self, kind: str, article: Article, origin: str) -> bool:
        try:
            self._write(kind, article, origin)
        except SQLAlchemyError as exc:
            self.session.rollback()
            self.writer.forget()
            self.fail(origin, f"could not store: {type(exc).__name__}: {str(exc).splitlines()[0][:200]}")
            replay, self.pending = self.pending, []
            for k, a, o in replay:  # the rollback took the batch's earlier articles with it
                self.write(k, a, o)
            return False
        self.pending.append((kind, article, origin))
        return True

    def commit(self) -> None:
        self.session.commit()
        self.pending = []

    def handle(self, item: InputArticle) -> None:
        chash = content_hash(item.text)
        status, pk = self.writer.check(item.id, chash)
        if status == "unchanged":
            self.report.unchanged += 1
            return
        if status == "duplicate":
            if self.write("copy", to_article(item), item.origin):
                self.report.duplicates += 1
            return
        article = self.analyze(item)
        if article is None:
            return
        if status == "changed" and pk is not None:
            for orphan in self.writer.remove(pk):  # its exact copies lost their original: analyze them now
                analyzed = self.pipeline(orphan)
                self.write("new", analyzed, f"{item.origin} (copy {orphan.id})")
            if self.write("new", article, item.origin):
                self.report.updated += 1
            return
        if self.write("new", article, item.origin):
            self.report.stored += 1


def ingest_items(
    items: Iterable[InputArticle | InputError],
    engine: Engine,
    *,
    pipeline: Pipeline | None = None,
    batch_size: int = 20,
    max_seconds_uncommitted: float = 5.0,
    on_error: Callable[[str, str], None] | None = None,
    step: Step | None = None,
) -> IngestReport:
    """Store every item in the knowledge base behind ``engine``; returns what happened."""
    report = IngestReport()
    loop = _Loop(engine, pipeline or default_pipeline(), report, on_error or (lambda o, r: None))
    t0 = last_commit = time.monotonic()
    in_write = False
    try:
        for item in items:
            report.read += 1
            if isinstance(item, InputError):
                loop.fail(item.origin, item.reason)
            else:
                in_write = True
                loop.handle(item)
                in_write = False
                rep0 = loop.writer
                report.event_reports, report.events_merged = rep0.reports, rep0.merged
            now = time.monotonic()
            if loop.pending and (
                len(loop.pending) >= batch_size or now - last_commit >= max_seconds_uncommitted
            ):
                loop.commit()
                last_commit = now
            if step is not None:
                step(report, getattr(item, "origin", ""))
        loop.commit()
    except KeyboardInterrupt:
        report.interrupted = True
        if in_write:  # stopped inside an article: drop the partial batch, a re-run redoes it
            loop.session.rollback()
        else:
            loop.commit()
    finally:
        loop.session.close()
        report.seconds = time.monotonic() - t0
    return report
