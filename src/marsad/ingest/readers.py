"""Read articles from plain-text files, folders, JSON Lines and standard input.

`read_inputs(paths)` yields, in input order, one `InputArticle` per article and one `InputError`
per input that cannot be read (naming the file, the line when there is one, and the reason), so a
batch always goes on past a bad file. JSON Lines records carry ``id``, ``text`` and optionally
``title``, ``published`` (or ``date``), ``source``, ``url``; other fields are kept in ``meta``.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sys
from collections.abc import Iterable, Iterator
from typing import Any, BinaryIO

import msgspec
import orjson

from marsad.ingest.decode import DecodeError, decode_bytes

__all__ = [
    "InputArticle",
    "InputError",
    "read_inputs",
    "read_path",
    "read_jsonl_lines",
    "expand_paths",
    "MAX_BYTES",
    "TEXT_SUFFIXES",
    "JSONL_SUFFIXES",
    "inspect_text",
]

MAX_BYTES = 10 * 1024 * 1024  # one article; a larger text file is refused, not truncated
TEXT_SUFFIXES = frozenset({".txt", ".text", ""})
JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson", ".json"})
_FIELDS = ("id", "text", "title", "published", "date", "source", "url")


_TAG = re.compile(r"</?(?:p|div|span|a|br|script|style|html|body|td|li|img)\b[^>]*>", re.I)
_ARABIC = re.compile(r"[\u0600-\u06ff]")


def inspect_text(text: str) -> list[tuple[str, str]]:
    """Warnings about a decoded text that is readable but not what the pipeline expects."""
    out = []
    if len(_TAG.findall(text[:50_000])) >= 3:
        out.append(("W002", "the text contains HTML markup; its tags are kept in the text as read"))
    if text.strip() and not _ARABIC.search(text):
        out.append(("W003", "no Arabic letters in the text"))
    return out


class InputArticle(msgspec.Struct):
    id: str
    text: str
    origin: str
    title: str | None = None
    published: dt.date | None = None
    source: str | None = None
    url: str | None = None
    meta: dict[str, Any] = msgspec.field(default_factory=dict)
    notes: list[str] = msgspec.field(default_factory=list)


class InputError(msgspec.Struct):
    origin: str
    reason: str

    def __str__(self) -> str:
        return f"{self.origin}: {self.reason}"


def _date(value: Any) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, int | float):
        raise ValueError(f"not a date: {value!r}")
    return dt.date.fromisoformat(str(value).strip()[:10])


def _str_or_none(value: Any) -> str | None:
    if value is None:
        return None
    return value if isinstance(value, str) else str(value)


def record_to_article(
    rec: Any, origin: str, default_id: str, max_bytes: int = MAX_BYTES
) -> InputArticle | InputError:
    """An `InputArticle` from one decoded JSON record, or the reason it cannot be one."""
    if not isinstance(rec, dict):
        return InputError(origin, f"expected a JSON object, got {type(rec).__name__}")
    text = rec.get("text")
    if text is None:
        return InputError(origin, "record has no 'text' field")
    if not isinstance(text, str):
        return InputError(origin, f"'text' must be a string, got {type(text).__name__}")
    if len(text) * 2 > max_bytes and len(text.encode("utf-8")) > max_bytes:
        return InputError(
            origin, f"text too large for one article ({len(text):,} characters; limit {max_bytes:,} bytes)"
        )
    notes = []
    raw_date = rec.get("published", rec.get("date"))
    try:
        published = _date(raw_date)
    except ValueError:
        published = None
        notes.append(f"ignored unreadable date {raw_date!r}")
    rid = rec.get("id")
    meta = {k: v for k, v in rec.items() if k not in _FIELDS}
    return InputArticle(
        id=str(rid) if rid not in (None, "") else default_id,
        text=text,
        origin=origin,
        title=_str_or_none(rec.get("title")),
        published=published,
        source=_str_or_none(rec.get("source")),
        url=_str_or_none(rec.get("url")),
        meta=meta,
        notes=notes,
    )


def _decode_line(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return decode_bytes(raw)


def read_jsonl_lines(
    lines: Iterable[bytes], origin: str, max_bytes: int = MAX_BYTES
) -> Iterator[InputArticle | InputError]:
    """Articles from JSON Lines given as raw byte lines (blank lines are skipped)."""
    stem = os.path.splitext(os.path.basename(origin))[0] or "stdin"
    for n, raw in enumerate(lines, 1):
        if n == 1 and raw.startswith(b"\xef\xbb\xbf"):
            raw = raw[3:]
        if not raw.strip():
            continue
        where = f"{origin}:{n}"
        try:
            rec = orjson.loads(raw)
        except orjson.JSONDecodeError:
            try:
                rec = orjson.loads(_decode_line(raw))
            except (orjson.JSONDecodeError, DecodeError) as exc:
                yield InputError(where, f"invalid JSON line ({str(exc).splitlines()[0][:120]})")
                continue
        yield record_to_article(rec, where, f"{stem}-{n}", max_bytes)


def _looks_like_jsonl(head: bytes) -> bool:
    return head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{")


def _read_text_file(path: str, display: str, article_id: str, max_bytes: int) -> InputArticle | InputError:
    size = os.path.getsize(path)
    if size > max_bytes:
        return InputError(
            display, f"too large for one article ({size / 1e6:.1f} MB; limit {max_bytes / 1e6:.1f} MB)"
        )
    with open(path, "rb") as fh:
        data = fh.read()
    return _text_article(data, display, article_id)


def _text_article(data: bytes, display: str, article_id: str) -> InputArticle | InputError:
    try:
        text = decode_bytes(data)
    except DecodeError as exc:
        return InputError(display, exc.reason)
    notes = [] if text.encoding in ("utf-8", "utf-8-sig") else [f"decoded as {text.encoding}"]
    return InputArticle(id=article_id, text=str(text), origin=display, notes=notes)


def _read_json_file(path: str, display: str, max_bytes: int) -> Iterator[InputArticle | InputError]:
    with open(path, "rb") as fh:
        head = fh.read(4096)
    if head[:2] in (b"\xff\xfe", b"\xfe\xff") or (b"\x00" in head):
        # UTF-16 JSON Lines: decode the whole file, then split.
        try:
            with open(path, "rb") as fh:
                text = decode_bytes(fh.read())
        except DecodeError as exc:
            yield InputError(display, exc.reason)
            return
        yield from read_jsonl_lines((ln.encode("utf-8") for ln in text.splitlines()), display, max_bytes)
        return
    if not head.strip():
        yield InputError(display, "empty file")
        return
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"["):
        try:
            with open(path, "rb") as fh:
                records = orjson.loads(fh.read().lstrip(b"\xef\xbb\xbf"))
        except orjson.JSONDecodeError as exc:
            yield InputError(display, f"invalid JSON ({str(exc).splitlines()[0][:120]})")
            return
        stem = os.path.splitext(os.path.basename(path))[0]
        for n, rec in enumerate(records, 1):
            yield record_to_article(rec, f"{display}[{n}]", f"{stem}-{n}", max_bytes)
        return
    with open(path, "rb") as fh:
        yield from read_jsonl_lines(fh, display, max_bytes)


def expand_paths(
    paths: Iterable[str], suffixes: frozenset[str] = TEXT_SUFFIXES | JSONL_SUFFIXES
) -> Iterator[tuple[str, str]]:
    """``(path, id_base)`` for every file named or found (sorted, hidden files skipped) under a folder."""
    for p in paths:
        if os.path.isdir(p):
            for root, dirs, files in os.walk(p):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    if name.startswith("."):
                        continue
                    full = os.path.join(root, name)
                    if os.path.splitext(name)[1].lower() in suffixes:
                        rel = os.path.splitext(os.path.relpath(full, p))[0]
                        yield full, rel.replace(os.sep, "/")
        else:
            yield p, os.path.splitext(os.path.basename(p))[0]


def read_path(
    path: str, article_id: str | None = None, max_bytes: int = MAX_BYTES
) -> Iterator[InputArticle | InputError]:
    """Articles from one file (plain text = one article; .jsonl/.json = one per record)."""
    article_id = article_id or os.path.splitext(os.path.basename(path))[0]
    if not os.path.exists(path):
        yield InputError(path, "no such file or folder")
        return
    if not os.path.isfile(path):
        yield InputError(path, "not a regular file")
        return
    suffix = os.path.splitext(path)[1].lower()
    try:
        if suffix in JSONL_SUFFIXES:
            yield from _read_json_file(path, path, max_bytes)
            return
        if suffix == "":
            with open(path, "rb") as fh:
                head = fh.read(2048)
            if _looks_like_jsonl(head):
                yield from _read_json_file(path, path, max_bytes)
                return
        yield _read_text_file(path, path, article_id, max_bytes)
    except OSError as exc:
        yield InputError(path, f"cannot read: {exc.strerror or exc}")


def read_stream(
    stream: BinaryIO, origin: str = "<stdin>", max_bytes: int = MAX_BYTES
) -> Iterator[InputArticle | InputError]:
    """Articles from a byte stream: JSON Lines when it starts with ``{``, else one plain-text article."""
    head = stream.read(2048)
    if _looks_like_jsonl(head):
        yield from read_jsonl_lines(_lines(head, stream), origin, max_bytes)
        return
    data = head + stream.read(max_bytes + 1 - len(head))
    if len(data) > max_bytes:
        yield InputError(origin, f"too large for one article (limit {max_bytes / 1e6:.1f} MB)")
        return
    yield _text_article(data, origin, "stdin")


def _lines(buf: bytes, stream: BinaryIO) -> Iterator[bytes]:
    """Byte lines of ``buf`` followed by the rest of ``stream``, read in chunks."""
    while True:
        chunk = stream.read(1 << 16)
        if not chunk:
            break
        buf += chunk
        *lines, buf = buf.split(b"\n")
        yield from lines
    if buf:
        yield from buf.split(b"\n")


def read_inputs(
    paths: Iterable[str] | None, max_bytes: int = MAX_BYTES
) -> Iterator[InputArticle | InputError]:
    """Articles from paths (files and folders) and ``-`` (standard input); none means standard input."""
    paths = list(paths or ["-"])
    for p in paths:
        if p == "-":
            yield from read_stream(sys.stdin.buffer, "<stdin>", max_bytes)
            continue
        if os.path.isdir(p):
            for full, rel in expand_paths([p]):
                yield from read_path(full, rel, max_bytes)
            continue
        yield from read_path(p, None, max_bytes)
