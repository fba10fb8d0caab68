"""Decode article bytes: UTF-8 (with or without BOM), UTF-16/32, Windows-1256 — or say why not.

Arabic news files come in UTF-8, in UTF-16 from Windows tools, and in Windows-1256 from older
sites. `decode_bytes` tries them in a fixed, explainable order and refuses binary data instead of
producing mojibake: a refused input raises `DecodeError` with a short reason for the user.
"""

from __future__ import annotations

import codecs
import re

import charset_normalizer

__all__ = ["DecodeError", "decode_bytes", "Decoded"]

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_CONTROL_BYTES = re.compile(rb"[\x00-\x08\x0b\x0e-\x1f\x7f]")
_ARABIC = re.compile(r"[\u0600-\u06ff]")
_LETTER = re.compile(r"[^\W\d_]")


class DecodeError(ValueError):
    """The bytes are not text marsad can read; ``reason`` says why in a few words."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


class Decoded(str):
    """A decoded string that remembers the encoding it came from."""

    encoding: str

    def __new__(cls, text: str, encoding: str) -> Decoded:
        obj = super().__new__(cls, text)
        obj.encoding = encoding
        return obj


def _looks_textual(text: str) -> bool:
    if not text:
        return True
    sample = text[:20000]
    controls = len(_CONTROL.findall(sample))
    return controls / len(sample) < 0.01


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM shows NUL bytes at every other position for Latin/ASCII and
    at regular positions for Arabic (06xx): try both byte orders when the NUL pattern says so."""
    sample = data[:4000]
    if len(sample) < 4:
        return None
    even = sample[0::2].count(0)
    odd = sample[1::2].count(0)
    half = len(sample) / 2
    arabic_le = sum(1 for b in sample[1::2] if b == 0x06)
    arabic_be = sum(1 for b in sample[0::2] if b == 0x06)
    for enc, score in (("utf-16-le", odd + arabic_le), ("utf-16-be", even + arabic_be)):
        if score > 0.4 * half:
            try:
                text = data.decode(enc)
            except UnicodeDecodeError:
                continue
            if _looks_textual(text):
                return text
    return None


def _plausible_cp1256(text: str) -> bool:
    letters = _LETTER.findall(text[:20000])
    if not letters:
        return False
    arabic = sum(1 for ch in letters if _ARABIC.match(ch))
    return arabic / len(letters) > 0.3 and _looks_textual(text)


def decode_bytes(data: bytes) -> Decoded:
    """Text of ``data``; raises `DecodeError` for empty, binary or undecodable input."""
    if not data or not data.strip():
        raise DecodeError("empty file")
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(enc)
            except UnicodeDecodeError as exc:
                raise DecodeError(
                    f"starts with a {enc.upper()} byte-order mark but is not valid {enc}: {exc.reason}"
                ) from None
            if not text.strip():
                raise DecodeError("empty file")
            return Decoded(text, enc)
    if b"\x00" in data[:4000]:
        text16 = _utf16_without_bom(data)
        if text16 is not None:
            return Decoded(text16, "utf-16")
        raise DecodeError("binary data (NUL bytes), not text")
    head = data[:20000]
    if len(_CONTROL_BYTES.findall(head)) / len(head) >= 0.01:
        raise DecodeError("binary data (control bytes), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        if not _looks_textual(text):
            raise DecodeError("binary data (control characters), not text")
        return Decoded(text, "utf-8")
    try:
        text = data.decode("cp1256")
    except UnicodeDecodeError:
        text = ""
    if text and _plausible_cp1256(text):
        return Decoded(text, "cp1256")
    best = charset_normalizer.from_bytes(data[:200_000]).best()
    if best is not None and best.encoding:
        try:
            text = data.decode(best.encoding)
        except (UnicodeDecodeError, LookupError):
            text = ""
        if text and _looks_textual(text) and best.chaos < 0.2:
            return Decoded(text, best.encoding)
    raise DecodeError("undecodable: not UTF-8, UTF-16 or Windows-1256 text")
