"""HTML pages → articles: main-text extraction with trafilatura (boilerplate, menus, comments dropped).

trafilatura finds the article body, its title, its publication date (from the page's metadata, not
guessed from the crawl) and the site name. A page it cannot read falls back to the visible text of
``<body>`` (scripts and styles removed) with a warning note; a page with no text at all is an
`InputError`, never an exception.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import warnings
from urllib.parse import urlparse

import lxml.html
import trafilatura

from marsad.ingest.decode import DecodeError, decode_bytes
from marsad.ingest.readers import InputArticle, InputError

__all__ = ["HTML_SUFFIXES", "extract_html", "read_html_file", "MAX_HTML_BYTES"]

HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})
MAX_HTML_BYTES = 20 * 1024 * 1024
_DATE_PARAMS = {"extensive_search": False, "original_date": True}
_SPACES = re.compile(r"[ \t\u00a0]+")
_BLANKS = re.compile(r"\n\s*\n+")


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def _fallback_text(html: str) -> str:
    try:
        root = lxml.html.fromstring(html)
    except (lxml.etree.ParserError, ValueError):
        return ""
    for bad in root.xpath("//script|//style|//noscript|//template"):
        bad.drop_tree()
    body = root.find("body")
    text = (body if body is not None else root).text_content()
    text = _SPACES.sub(" ", text)
    return _BLANKS.sub("\n", "\n".join(line.strip() for line in text.splitlines())).strip()


def extract_html(
    page: str | bytes,
    *,
    origin: str,
    article_id: str | None = None,
    url: str | None = None,
) -> InputArticle | InputError:
    """The main text of an HTML page as an `InputArticle` (or why there is none)."""
    if isinstance(page, bytes):
        if len(page) > MAX_HTML_BYTES:
            return InputError(origin, f"page too large ({len(page) / 1e6:.1f} MB)")
        try:
            page = str(decode_bytes(page))
        except DecodeError as exc:
            return InputError(origin, exc.reason)
    notes: list[str] = []
    doc = None
    if page.strip():
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                doc = trafilatura.bare_extraction(
                    page,
                    url=url,
                    with_metadata=True,
                    include_comments=False,
                    include_tables=False,
                    date_extraction_params=_DATE_PARAMS,
                )
            except (ValueError, TypeError, AttributeError) as exc:  # malformed markup deep in lxml
                notes.append(
                    f"main-text extraction failed ({type(exc).__name__}); used the page's visible text"
                )
    title = getattr(doc, "title", None) if doc is not None else None
    text = (getattr(doc, "text", None) or "") if doc is not None else ""
    if title and text.startswith(title + "\n"):
        text = text[len(title) + 1 :]
    if not text.strip():
        text = _fallback_text(page) if page.strip() else ""
        if text and not notes:
            notes.append("no main text found; used the page's visible text")
    if not text.strip():
        return InputError(origin, "no text in the HTML page")
    page_url = (getattr(doc, "url", None) if doc is not None else None) or url
    source = getattr(doc, "sitename", None) if doc is not None else None
    if not source and page_url:
        source = urlparse(page_url).hostname
    return InputArticle(
        id=article_id or page_url or origin,
        text=text.strip(),
        origin=origin,
        title=title or None,
        published=_date(getattr(doc, "date", None) if doc is not None else None),
        source=source or None,
        url=page_url,
        meta={"format": "html"},
        notes=notes,
    )


def read_html_file(path: str, article_id: str | None = None) -> InputArticle | InputError:
    """One HTML file as one article; its id is ``article_id`` or the file name without suffix."""
    try:
        size = os.path.getsize(path)
        if size > MAX_HTML_BYTES:
            return InputError(path, f"page too large ({size / 1e6:.1f} MB)")
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        return InputError(path, f"cannot read: {exc.strerror or exc}")
    return extract_html(
        data, origin=path, article_id=article_id or os.path.splitext(os.path.basename(path))[0]
    )
