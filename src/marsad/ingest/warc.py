"""WARC archives (web crawls, ``.warc`` / ``.warc.gz``) → articles, read with warcio.

Every ``response`` record with HTTP status 200 and an HTML content type (and every ``resource``
record of type text/html) goes through main-text extraction; the target URI is the article id and url.
Other records (requests, metadata, images, redirects) are skipped silently; a record that cannot be
read is an `InputError` naming the archive and the record's offset.
"""

from __future__ import annotations

from collections.abc import Iterator

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed

from marsad.ingest.html import MAX_HTML_BYTES, extract_html
from marsad.ingest.readers import InputArticle, InputError

__all__ = ["WARC_SUFFIXES", "is_warc_path", "read_warc"]

WARC_SUFFIXES = (".warc", ".warc.gz", ".arc", ".arc.gz")


def is_warc_path(path: str) -> bool:
    return path.lower().endswith(WARC_SUFFIXES)


def _is_html(content_type: str | None) -> bool:
    ct = (content_type or "").lower()
    return "html" in ct


def read_warc(path: str) -> Iterator[InputArticle | InputError]:
    """The HTML pages of a WARC file as articles, in archive order."""
    try:
        fh = open(path, "rb")  # noqa: SIM115 - closed in finally, the iterator is lazy
    except OSError as exc:
        yield InputError(path, f"cannot read: {exc.strerror or exc}")
        return
    try:
        it = ArchiveIterator(fh, arc2warc=True)
        for record in it:
            rtype = record.rec_type
            uri = record.rec_headers.get_header("WARC-Target-URI")
            if rtype == "response":
                if record.http_headers is None or record.http_headers.get_statuscode() != "200":
                    continue
                if not _is_html(record.http_headers.get_header("Content-Type")):
                    continue
            elif rtype == "resource":
                if not _is_html(record.rec_headers.get_header("Content-Type")):
                    continue
            else:
                continue
            try:
                data = record.content_stream().read(MAX_HTML_BYTES + 1)
            except (OSError, ValueError, EOFError) as exc:
                yield InputError(f"{path}@{uri}", f"unreadable WARC record ({type(exc).__name__}: {exc})")
                continue
            where = f"{path}@{it.get_record_offset()}"  # after reading: asking first consumes the record
            item = extract_html(data, origin=where, article_id=uri or where, url=uri)
            if isinstance(item, InputArticle):
                item.meta = {
                    **item.meta,
                    "format": "warc",
                    "warc_date": record.rec_headers.get_header("WARC-Date"),
                }
            yield item
    except (ArchiveLoadFailed, OSError, ValueError, EOFError) as exc:
        yield InputError(path, f"not a readable WARC archive ({type(exc).__name__}: {exc})")
    finally:
        fh.close()
