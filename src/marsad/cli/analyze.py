"""`marsad analyze`: articles in, one JSON object per article out (docs/cli.md, CONTRACT.md)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, BinaryIO, TextIO

import orjson
import typer

from marsad.analysis import parse_date
from marsad.doc import Article
from marsad.ingest.readers import MAX_BYTES, InputArticle, InputError, inspect_text, read_inputs
from marsad.pipeline import Pipeline, default_pipeline

__all__ = ["analyze_command", "run_analyze", "BatchReport"]

SUPPORTED_LANGS = ("ar",)


class BatchReport:
    """Counts of a batch run; ``failed`` lists ``(origin, reason)``."""

    def __init__(self) -> None:
        self.ok = 0
        self.failed: list[tuple[str, str]] = []

    @property
    def exit_code(self) -> int:
        return 1 if self.failed else 0


def to_article(item: InputArticle, published_default=None) -> Article:
    article = Article(
        item.text,
        id=item.id,
        title=item.title,
        published=item.published or published_default,
        source=item.source,
        url=item.url,
        meta=item.meta,
    )
    for note in item.notes:
        article.warn("W004" if note.startswith("ignored unreadable date") else "W001", note)
    for code, message in inspect_text(item.text):
        article.warn(code, message)
    return article


def analyzed(
    items: Iterator[InputArticle | InputError],
    report: BatchReport,
    published_default=None,
    pipeline: Pipeline | None = None,
    errors: TextIO | None = None,
) -> Iterator[Article]:
    """Analyze each readable item; report unreadable items and per-article failures, and go on."""
    pipe = pipeline or default_pipeline()
    err = errors or sys.stderr
    for item in items:
        if isinstance(item, InputError):
            report.failed.append((item.origin, item.reason))
            print(f"marsad: {item.origin}: {item.reason}", file=err)
            continue
        try:
            article = pipe(to_article(item, published_default))
        except Exception as exc:  # one bad article never stops the batch
            reason = f"analysis failed: {type(exc).__name__}: {exc}"
            report.failed.append((item.origin, reason))
            print(f"marsad: {item.origin}: {reason}", file=err)
            continue
        report.ok += 1
        yield article


def run_analyze(
    paths: list[str] | None,
    out: BinaryIO,
    *,
    published: str | None = None,
    evidence: bool = False,
    max_bytes: int = MAX_BYTES,
    errors: TextIO | None = None,
) -> BatchReport:
    """Analyze inputs and write JSON Lines to ``out``; returns the batch report."""
    report = BatchReport()
    default = parse_date(published)
    for article in analyzed(read_inputs(paths, max_bytes), report, default, errors=errors):
        out.write(orjson.dumps(article.to_json(evidence=evidence)))
        out.write(b"\n")
    out.flush()
    return report


def analyze_command(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            help="Text files, JSON Lines files, folders, or '-' for standard input (the default)."
        ),
    ] = None,
    published: Annotated[
        str | None,
        typer.Option("--published", help="Publication date YYYY-MM-DD for inputs that carry none."),
    ] = None,
    lang: Annotated[str, typer.Option("--lang", help="Language of the articles (only 'ar').")] = "ar",
    evidence: Annotated[
        bool, typer.Option("--evidence", help="Add rules, confidences and pipeline versions to the JSON.")
    ] = False,
    max_mb: Annotated[
        float,
        typer.Option("--max-mb", help="Largest single article accepted, in MB (larger ones are refused)."),
    ] = MAX_BYTES / 1e6,
) -> None:
    """Analyze articles and write one JSON object per article, one per line, to standard output."""
    if lang not in SUPPORTED_LANGS:
        print(
            f"marsad: --lang {lang!r} is not supported (supported: {', '.join(SUPPORTED_LANGS)})",
            file=sys.stderr,
        )
        raise typer.Exit(2)
    try:
        parse_date(published)
    except ValueError as exc:
        print(f"marsad: --published: {exc}", file=sys.stderr)
        raise typer.Exit(2) from None
    report = run_analyze(
        [str(p) for p in paths] if paths else None,
        sys.stdout.buffer,
        published=published,
        evidence=evidence,
        max_bytes=int(max_mb * 1e6),
    )
    if report.failed:
        print(f"marsad: {report.ok} analyzed, {len(report.failed)} failed", file=sys.stderr)
    raise typer.Exit(report.exit_code)
