"""The data catalogue: every trained model or derived data set that marsad ships, with its provenance.

``marsad/data/catalogue.json`` maps an entry name (``"ner"``, …) to a record: version, the shipped
files with their sha256, the source data it was built from, its licence, the scores it reached
(dev and test, with the command that reproduces them) and the command that rebuilds it. Stages add
their own entries with `update_entry`; `verify` checks that the files on disk are the ones recorded.

>>> from marsad.catalogue import entry
>>> entry("ner")["licence"]  # doctest: +SKIP
'CC BY-SA 4.0'
"""

from __future__ import annotations

import hashlib
import json
from importlib import resources
from pathlib import Path
from typing import Any

__all__ = ["catalogue_path", "load", "entry", "file_sha256", "files_record", "update_entry", "verify"]


def catalogue_path() -> Path:
    return Path(str(resources.files("marsad").joinpath("data/catalogue.json")))


def data_root() -> Path:
    return Path(str(resources.files("marsad").joinpath("data")))


def load(path: Path | None = None) -> dict[str, dict[str, Any]]:
    """All entries (an empty dict when there is no catalogue yet)."""
    path = path or catalogue_path()
    if not path.exists():
        return {}
    return json.loads(path.read_text("utf-8")).get("entries", {})


def entry(name: str, path: Path | None = None) -> dict[str, Any]:
    """One entry; `KeyError` with the known names when absent."""
    entries = load(path)
    if name not in entries:
        raise KeyError(f"no catalogue entry {name!r}; known: {sorted(entries)}")
    return entries[name]


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def files_record(folder: Path, root: Path | None = None) -> dict[str, dict[str, Any]]:
    """``{relative path: {"sha256", "bytes"}}`` for every file under ``folder`` (paths relative to
    ``root``, by default the package data folder)."""
    root = root or data_root()
    out: dict[str, dict[str, Any]] = {}
    for p in sorted(Path(folder).rglob("*")):
        if p.is_file():
            try:
                rel = p.resolve().relative_to(root.resolve()).as_posix()
            except ValueError:
                rel = p.as_posix()
            out[rel] = {"sha256": file_sha256(p), "bytes": p.stat().st_size}
    return out


def update_entry(name: str, record: dict[str, Any], path: Path | None = None) -> None:
    """Add or replace an entry (other entries are kept; keys are written sorted for stable diffs)."""
    path = path or catalogue_path()
    doc = json.loads(path.read_text("utf-8")) if path.exists() else {}
    doc.setdefault(
        "about",
        "Models and derived data shipped with marsad: version, files with sha256, source data, licence, "
        "scores and the commands that rebuild and evaluate them. See docs/catalogue.md.",
    )
    doc.setdefault("entries", {})[name] = record
    doc["entries"] = dict(sorted(doc["entries"].items()))
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=2, sort_keys=False) + "\n", "utf-8")


def verify(name: str, path: Path | None = None, root: Path | None = None) -> list[str]:
    """Problems with an entry's files (missing, or sha256 differs); an empty list when all match."""
    root = root or data_root()
    rec = entry(name, path)
    files = dict(rec.get("files", {}))
    if not files and "path" in rec and "sha256" in rec:  # a one-file entry (the event models)
        files[rec["path"]] = {"sha256": rec["sha256"]}
    problems: list[str] = []
    for rel, info in files.items():
        p = root / rel
        if not p.exists():
            problems.append(f"{rel}: missing")
        elif file_sha256(p) != info["sha256"]:
            problems.append(f"{rel}: sha256 differs from the catalogue")
    return problems
