"""RSS and Atom feeds → articles, once or by polling (``--watch``).

Each feed entry becomes one article: its full text comes from the entry's own content when the feed
carries the article (``content:encoded``, Atom ``content``), else from the linked page fetched and run
through main-text extraction (`marsad.ingest.html`), else — when the page cannot be had — from the
entry's summary, with a note saying so. The entry's id (or link) is the article id, so a story that is
polled again is recognized; the knowledge base's content hash keeps re-ingestion idempotent anyway.

`watch` polls feeds every ``interval`` seconds with HTTP ETag / Last-Modified, and yields only entries
it has not seen in this run.
"""

from __future__ import annotations

import calendar
import datetime as dt
import time
import urllib.request
from collections.abc import Callable, Iterable, Iterator
from typing import Any

import feedparser

from marsad.ingest.html import extract_html
from marsad.ingest.readers import InputArticle, InputError

__all__ = ["FEED_SUFFIXES", "looks_like_feed", "read_feed", "watch", "fetch_url", "MIN_CONTENT_CHARS"]

FEED_SUFFIXES = frozenset({".rss", ".atom", ".xml"})
MIN_CONTENT_CHARS = 400  # an entry with less text than this is a teaser: fetch the page
USER_AGENT = "marsad/0.1 (+https://github.com/marsad; Arabic news analysis)"
Fetcher = Callable[[str], bytes]


def fetch_url(url: str, timeout: float = 20.0, max_bytes: int = 20 * 1024 * 1024) -> bytes:
    req = urllib.request.Request(url, headers={"User-Agent": USER_AGENT})
    with urllib.request.urlopen(req, timeout=timeout) as resp:  # noqa: S310 - http(s) only, checked by caller
        return resp.read(max_bytes + 1)[:max_bytes]


def looks_like_feed(head: bytes) -> bool:
    """Whether the first bytes of a file are an RSS/Atom/RDF document."""
    h = head[:2048].lower()
    return b"<rss" in h or b"<feed" in h or b"<rdf:rdf" in h


def _published(entry: Any) -> dt.date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        t = entry.get(key)
        if t:
            return dt.datetime.fromtimestamp(calendar.timegm(t), dt.UTC).date()
    return None


def _entry_html(entry: Any) -> str:
    contents = entry.get("content") or []
    best = max((c.get("value", "") for c in contents), key=len, default="")
    return best


def _entry_article(
    entry: Any, feed_title: str | None, origin: str, fetch: Fetcher | None
) -> InputArticle | InputError:
    link = entry.get("link")
    eid = entry.get("id") or link
    where = f"{origin}#{eid or entry.get('title', '?')}"
    if not eid:
        return InputError(where, "feed entry has neither id nor link")
    title = entry.get("title")
    notes: list[str] = []
    art: InputArticle | InputError | None = None
    content = _entry_html(entry)
    if content:
        got = extract_html(f"<html><body><article>{content}</article></body></html>", origin=where, url=link)
        if isinstance(got, InputArticle) and len(got.text) >= MIN_CONTENT_CHARS:
            art = got
    if art is None and fetch is not None and link and link.startswith(("http://", "https://")):
        try:
            art = extract_html(fetch(link), origin=where, url=link)
        except (OSError, ValueError) as exc:
            notes.append(
                f"could not fetch the linked page ({type(exc).__name__}: {exc}); stored the feed text"
            )
    if not isinstance(art, InputArticle):
        summary = content or entry.get("summary") or ""
        art = extract_html(f"<html><body><article>{summary}</article></body></html>", origin=where, url=link)
        if isinstance(art, InputError):
            return InputError(where, "feed entry has no text and its page could not be read")
        if fetch is None:
            notes.append("feed text only (page fetching off)")
    art.id = str(eid)
    art.origin = where
    art.title = title or art.title
    art.published = _published(entry) or art.published
    art.source = feed_title or art.source
    art.url = link or art.url
    art.meta = {**art.meta, "format": "feed"}
    art.notes = art.notes + notes
    return art


def read_feed(
    src: str,
    *,
    fetch: Fetcher | None = fetch_url,
    etag: str | None = None,
    modified: str | None = None,
    state: dict[str, Any] | None = None,
) -> Iterator[InputArticle | InputError]:
    """The entries of one feed (a path or an http(s) URL) as articles, in feed order."""
    try:
        if src.startswith(("http://", "https://")) and fetch is not None and fetch is not fetch_url:
            parsed = feedparser.parse(fetch(src))
        else:
            parsed = feedparser.parse(src, etag=etag, modified=modified, agent=USER_AGENT)
    except (OSError, ValueError) as exc:
        yield InputError(src, f"cannot read feed: {exc}")
        return
    if state is not None:
        state["etag"] = parsed.get("etag")
        state["modified"] = parsed.get("modified")
        state["status"] = parsed.get("status")
    if parsed.get("status") == 304:
        return
    if not parsed.entries:
        if parsed.get("bozo"):
            yield InputError(src, f"not a readable feed ({parsed.get('bozo_exception')})")
        return
    feed_title = parsed.feed.get("title")
    for entry in parsed.entries:
        yield _entry_article(entry, feed_title, src, fetch)


def watch(
    sources: Iterable[str],
    *,
    interval: float = 300.0,
    max_polls: int | None = None,
    fetch: Fetcher | None = fetch_url,
    sleep: Callable[[float], None] = time.sleep,
) -> Iterator[InputArticle | InputError]:
    """Poll the feeds forever (or ``max_polls`` times), yielding entries not seen before in this run."""
    sources = list(sources)
    seen: set[str] = set()
    states: dict[str, dict[str, Any]] = {s: {} for s in sources}
    polls = 0
    while max_polls is None or polls < max_polls:
        for src in sources:
            st = states[src]
            for item in read_feed(
                src, fetch=fetch, etag=st.get("etag"), modified=st.get("modified"), state=st
            ):
                if isinstance(item, InputArticle):
                    if item.id in seen:
                        continue
                    seen.add(item.id)
                yield item
        polls += 1
        if max_polls is None or polls < max_polls:
            sleep(interval)
