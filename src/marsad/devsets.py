"""Annotated dev sets whose articles come from corpora that must not be redistributed.

SaudiNewsNet (CC BY-NC-SA 4.0, "do not redistribute the texts outside the project") is annotated in
``tests/data/*.jsonl`` by reference: a record keeps the article ``id``, ``"text": null`` and the sha1
of the text; `fill_texts` reads the text (and title) back from the shared corpus and checks the
digest, so the annotations' offsets index exactly the text they were made on. An article outside the
politics subset (the later rounds draw from the whole corpus) is read from the original daily zip
its id names (``snn-YYYYMMDD-NNNNN``: the NNNNN-th article of ``YYYY-MM-DD.zip``, title and content
stripped, as ``build_news_corpora.py`` converts it). Records whose text cannot be found (no shared
corpus on this machine) are dropped by the callers that need text.
"""

from __future__ import annotations

import hashlib
import io
import json
import re
import zipfile
from pathlib import Path
from typing import Any

__all__ = ["corpus_dir", "fill_texts", "read_snn_day", "text_sha1", "SNN_FILE", "SNN_ORIGINAL"]

SNN_FILE = "saudinewsnet/saudinewsnet_politics.jsonl"
SNN_ORIGINAL = "saudinewsnet/original"
_SNN_ID = re.compile(r"snn-(\d{4})(\d{2})(\d{2})-(\d{5})")


def corpus_dir() -> Path | None:
    """The shared news corpora folder (``news`` under `marsad.text.evaluate.shared_data_dir`:
    $MARSAD_SHARED_DATA, else ``shared/data`` beside the checkout), or None when it is not there."""
    from marsad.text.evaluate import shared_data_dir

    news = shared_data_dir() / "news"
    return news if (news / "ant/ant.jsonl").is_file() else None


def text_sha1(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def fill_texts(records: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Fill ``text`` (and a missing ``title``) of records that reference a SaudiNewsNet article;
    returns the records that have their text (a reference whose digest does not match is dropped)."""
    missing = {r["id"] for r in records if r.get("text") is None}
    if missing:
        news = corpus_dir()
        found: dict[str, dict[str, Any]] = {}
        if news is not None and (news / SNN_FILE).is_file():
            with (news / SNN_FILE).open(encoding="utf-8") as fh:
                for line in fh:
                    a = json.loads(line)
                    if a["id"] in missing:
                        found[a["id"]] = a
        if news is not None:
            found.update(_snn_originals(news / SNN_ORIGINAL, missing - found.keys()))
        for r in records:
            a = found.get(r["id"]) if r.get("text") is None else None
            if a is not None and text_sha1(a["text"]) == r.get("sha1"):
                r["text"] = a["text"]
                if r.get("title") is None and "title" in r:
                    r["title"] = a.get("title")
    return [r for r in records if r.get("text") is not None]


def read_snn_day(path: Path) -> list[dict[str, Any]]:
    """Every article of one original SaudiNewsNet daily zip, as ``build_news_corpora.py`` converts it:
    {"id": "snn-YYYYMMDD-NNNNN", "title", "text" (stripped), "source"}, in the zip's order."""
    with zipfile.ZipFile(path) as zf:
        name = next(n for n in zf.namelist() if n.endswith(".json"))
        arts = json.load(io.TextIOWrapper(zf.open(name), encoding="utf-8"))
    day = path.stem.replace("-", "")
    return [
        {
            "id": f"snn-{day}-{i:05d}",
            "title": (a.get("title") or "").strip(),
            "text": (a.get("content") or "").strip(),
            "source": a.get("source"),
        }
        for i, a in enumerate(arts, 1)
    ]


def _snn_originals(folder: Path, ids: set[str]) -> dict[str, dict[str, Any]]:
    """{id: article} for SaudiNewsNet ids read from the corpus's original daily zips."""
    days = {f"{m[1]}-{m[2]}-{m[3]}" for m in map(_SNN_ID.fullmatch, ids) if m}
    out: dict[str, dict[str, Any]] = {}
    for day in sorted(days):
        path = folder / f"{day}.zip"
        if path.is_file():
            out.update((a["id"], a) for a in read_snn_day(path) if a["id"] in ids)
    return out
