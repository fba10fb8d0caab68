"""Stable warning codes (``W###``) that articles carry in their ``warnings`` list.

Codes never change meaning; new ones are added at the end of their hundred. Stages own a block:
0xx input, 1xx text, 2xx quotes, 3xx time, 4xx places, 5xx entities/actors, 6xx events.
"""

from __future__ import annotations

WARNINGS: dict[str, str] = {
    "W001": "input note: the text was decoded from a legacy encoding or a field was ignored",
    "W002": "the text looks like HTML markup; use `marsad ingest` for main-text extraction",
    "W003": "the text contains no Arabic letters; Arabic-specific stages found little or nothing",
    "W004": "the publication date could not be read and was ignored",
    "W101": "an unbalanced quotation mark",
}


def describe(code: str) -> str:
    return WARNINGS.get(code, "unknown warning")
