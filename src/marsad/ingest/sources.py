"""Every way in, behind one iterator: `iter_sources(paths)` yields `InputArticle` / `InputError`.

A path is dispatched on its suffix (and, when that says nothing, on its first bytes):

| input | reader |
|---|---|
| ``-`` | standard input: JSON Lines or one plain-text article (`marsad.ingest.readers`) |
| folder | every file below it, sorted, hidden ones skipped, each dispatched as below |
| ``.txt``, no suffix | one plain-text article (JSON Lines when it starts with ``{``) |
| ``.jsonl``, ``.ndjson``, ``.json`` | one article per record |
| ``.html``, ``.htm`` | main text of the page (`marsad.ingest.html`) |
| ``.rss``, ``.atom``, ``.xml`` | entries of an RSS/Atom feed (`marsad.ingest.feeds`) |
| ``.warc``, ``.warc.gz`` | HTML responses in a web archive (`marsad.ingest.warc`) |
| ``http(s)://`` URL | a feed when it is one, else an HTML page |
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Iterator

from marsad.ingest import feeds, html, readers, warc
from marsad.ingest.readers import InputArticle, InputError

__all__ = ["iter_sources", "count_inputs", "is_url", "INGEST_SUFFIXES"]

INGEST_SUFFIXES = readers.TEXT_SUFFIXES | readers.JSONL_SUFFIXES | html.HTML_SUFFIXES | feeds.FEED_SUFFIXES
Item = InputArticle | InputError


def is_url(p: str) -> bool:
    return p.startswith(("http://", "https://"))


def _suffix(path: str) -> str:
    return os.path.splitext(path)[1].lower()


def _walk(folder: str) -> Iterator[tuple[str, str]]:
    """``(path, id)`` of ingestible files below ``folder``; the id is the relative path without suffix."""
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.startswith("."):
                continue
            full = os.path.join(root, name)
            if _suffix(name) in INGEST_SUFFIXES or warc.is_warc_path(name):
                rel = os.path.relpath(full, folder)
                rel = (
                    rel[: -len(".warc.gz")] if rel.lower().endswith(".warc.gz") else os.path.splitext(rel)[0]
                )
                yield full, rel.replace(os.sep, "/")


def _head(path: str) -> bytes:
    try:
        with open(path, "rb") as fh:
            return fh.read(2048)
    except OSError:
        return b""


def _file(path: str, article_id: str | None, fetch: feeds.Fetcher | None) -> Iterator[Item]:
    suffix = _suffix(path)
    if warc.is_warc_path(path):
        yield from warc.read_warc(path)
    elif suffix in html.HTML_SUFFIXES:
        yield html.read_html_file(path, article_id)
    elif suffix in feeds.FEED_SUFFIXES:
        yield from feeds.read_feed(path, fetch=fetch)
    elif suffix in ("", ".txt") and os.path.isfile(path):
        head = _head(path).lstrip().lower()
        if feeds.looks_like_feed(head) and head.startswith(b"<"):
            yield from feeds.read_feed(path, fetch=fetch)
        elif head.startswith((b"<!doctype html", b"<html")):
            yield html.read_html_file(path, article_id)
        else:
            yield from readers.read_path(path, article_id)
    else:
        yield from readers.read_path(path, article_id)


def _url(url: str, fetch: feeds.Fetcher | None) -> Iterator[Item]:
    if fetch is None:
        yield InputError(url, "fetching URLs is off")
        return
    try:
        data = fetch(url)
    except (OSError, ValueError) as exc:
        yield InputError(url, f"cannot fetch: {exc}")
        return
    if feeds.looks_like_feed(data):
        yield from feeds.read_feed(url, fetch=lambda u: data if u == url else fetch(u))
    else:
        yield html.extract_html(data, origin=url, article_id=url, url=url)


def iter_sources(
    paths: Iterable[str] | None,
    *,
    fetch: feeds.Fetcher | None = feeds.fetch_url,
    watch: bool = False,
    interval: float = 300.0,
    max_polls: int | None = None,
) -> Iterator[Item]:
    """Articles from every input, in order. With ``watch``, feeds and URLs are then polled for new entries."""
    paths = list(paths or ["-"])
    polled: list[str] = []
    for p in paths:
        if p == "-":
            yield from readers.read_stream(sys.stdin.buffer, "<stdin>")
        elif is_url(p):
            if watch:
                polled.append(p)
            else:
                yield from _url(p, fetch)
        elif os.path.isdir(p):
            for full, rel in _walk(p):
                yield from _file(full, rel, fetch)
        elif not os.path.exists(p):
            yield InputError(p, "no such file or folder")
        elif watch and (_suffix(p) in feeds.FEED_SUFFIXES or feeds.looks_like_feed(_head(p))):
            polled.append(p)
        else:
            yield from _file(p, None, fetch)
    if polled:
        yield from feeds.watch(polled, interval=interval, max_polls=max_polls, fetch=fetch)


def _jsonl_records(path: str) -> int:
    n = 0
    with open(path, "rb") as fh:
        for line in fh:
            if line.strip():
                n += 1
    return n


def count_inputs(paths: Iterable[str] | None) -> int | None:
    """How many articles the inputs hold, when that is cheap to know (for the progress bar), else None."""
    total = 0
    for p in list(paths or ["-"]):
        if p == "-" or is_url(p):
            return None
        files = [f for f, _ in _walk(p)] if os.path.isdir(p) else [p]
        for f in files:
            if warc.is_warc_path(f) or _suffix(f) in feeds.FEED_SUFFIXES:
                return None
            try:
                total += _jsonl_records(f) if _suffix(f) in readers.JSONL_SUFFIXES else 1
            except OSError:
                total += 1
    return total
