"""MinHash signatures of word shingles on the normalized view, and LSH bands to find near-duplicates.

Two reports of the same wire story differ by a byline, a dateline, a trimmed last paragraph; their
3-word shingle sets still overlap heavily. A signature of ``NUM_PERM`` minimum hashes estimates the
Jaccard similarity of two shingle sets; cut into ``BANDS`` bands of ``ROWS`` rows, it gives candidate
pairs by exact band matches (an index lookup), which the full signature then scores.

With 16 bands of 4 rows, a pair with Jaccard 0.6 shares at least one band with probability 0.9, one with
Jaccard 0.3 with probability 0.12: candidates are cheap, and the signature comparison decides.
"""

from __future__ import annotations

import hashlib
import re

import numpy as np

from marsad.text.normalize import fold

__all__ = [
    "NUM_PERM",
    "BANDS",
    "ROWS",
    "shingles",
    "signature",
    "bands",
    "similarity",
    "to_bytes",
    "from_bytes",
    "LAYER",
    "signature_bytes",
]

LAYER = "minhash"  # the article layer that carries a signature computed in an analysis worker

NUM_PERM = 64
BANDS = 16
ROWS = NUM_PERM // BANDS
SHINGLE = 3
_PRIME = np.uint64(4294967291)  # largest prime below 2**32
_rng = np.random.default_rng(20171022)  # fixed seed: signatures must be stable across runs and versions
_A = _rng.integers(1, 2**31, NUM_PERM, dtype=np.uint64)
_B = _rng.integers(0, 2**31, NUM_PERM, dtype=np.uint64)
_WORD = re.compile(r"\w+", re.UNICODE)


def shingles(text: str, *, folded: bool = False, k: int = SHINGLE) -> set[str]:
    """The set of ``k``-word shingles of ``text`` (folded first unless ``folded``)."""
    words = _WORD.findall(text if folded else fold(text))
    if not words:
        return set()
    if len(words) <= k:
        return {" ".join(words)}
    return {" ".join(words[i : i + k]) for i in range(len(words) - k + 1)}


def _hash32(s: str) -> int:
    return int.from_bytes(hashlib.blake2b(s.encode("utf-8"), digest_size=4).digest(), "little")


def signature(sh: set[str]) -> np.ndarray | None:
    """The MinHash signature (``NUM_PERM`` uint32 values) of a shingle set; None when it is empty."""
    if not sh:
        return None
    # the same values as `_hash32` of each shingle: 4-byte blake2b digests read as little-endian uint32
    digests = b"".join([hashlib.blake2b(s.encode("utf-8"), digest_size=4).digest() for s in sh])
    x = np.frombuffer(digests, dtype="<u4").astype(np.uint64)
    h = (np.outer(_A, x) + _B[:, None]) % _PRIME
    return h.min(axis=1).astype(np.uint32)


def bands(sig: np.ndarray) -> list[tuple[int, int]]:
    """``(band, hash)`` pairs: a signed 64-bit hash of each band's rows."""
    out = []
    for b in range(BANDS):
        chunk = sig[b * ROWS : (b + 1) * ROWS].tobytes()
        out.append((b, int.from_bytes(hashlib.blake2b(chunk, digest_size=8).digest(), "little", signed=True)))
    return out


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    """Estimated Jaccard similarity of the two shingle sets."""
    return float(np.count_nonzero(a == b)) / NUM_PERM


def to_bytes(sig: np.ndarray) -> bytes:
    return sig.astype("<u4").tobytes()


def from_bytes(data: bytes) -> np.ndarray:
    return np.frombuffer(data, dtype="<u4").astype(np.uint32)


def signature_bytes(folded_text: str) -> bytes:
    """The stored form of the signature of an article's folded view: ``b""`` when it has no words."""
    sig = signature(shingles(folded_text, folded=True))
    return b"" if sig is None else to_bytes(sig)
