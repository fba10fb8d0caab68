"""`marsad eval time`: value accuracy of the temporal tagger on two gold sets.

1. **news dev set** (``tests/data/time_news_dev.jsonl``, hand-annotated corpus sentences): a gold
   expression is *right* when a predicted expression overlaps its span and has exactly its value
   (predicted and gold are paired one to one, best overlap first). Reported: exact-value accuracy
   (right / gold), type accuracy, predictions that overlap no gold (spurious), per family.
2. **Recognizers-Text Arabic specs** (MIT, ``shared/data/timex/recognizers_text_arabic``): the
   *applicable* cases are the results of the parser/model files that have a reference date (or a
   time of day, which needs none) and a value marsad's contract can express — one point or duration (no ranges ``(a,b,P)``, no
   part-of-day codes ``TMO``/``TEV``…, no seasons, no week-of-month ``-W03``, no ``#`` ordinals,
   no holidays) and that the contract puts in scope. A case is right when a predicted expression
   overlaps the gold text and its value equals the gold TIMEX, or the gold's past or future
   resolution at the same precision (the gold leaves ``XXXX-10-02`` open; marsad resolves it by
   tense), or — for a clock time without a day — its time of day.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from pathlib import Path
from typing import Any

import typer

from marsad.cli.evaluate import app
from marsad.time.tagger import find_times

REPO = Path(__file__).resolve().parents[3]
DEFAULT_DEV = REPO / "tests" / "data" / "time_news_dev.jsonl"
DEFAULT_TEST = REPO / "tests" / "data" / "time_news_test.jsonl"
PARSER_FILES = (
    "DateParser.json",
    "DatePeriodParser.json",
    "DateTimeParser.json",
    "DurationParser.json",
    "TimeParser.json",
    "SetParser.json",
    "MergedParser.json",
    "DateTimeModel.json",
)


def default_timex_dir() -> Path:
    import os

    env = os.environ.get("MARSAD_SHARED_DATA")
    base = Path(env) if env else REPO.parent / "shared" / "data"
    if not base.is_dir():
        base = Path("/work/shared/data")
    return base / "timex" / "recognizers_text_arabic"


def _pair(gold: list[dict[str, Any]], pred: list[Any]) -> list[tuple[dict[str, Any], Any | None]]:
    """Pair gold and predicted spans one to one: same value first, then the largest overlap."""
    used: set[int] = set()
    out = []
    for g in gold:
        best, key = None, (-1, -1)
        for i, p in enumerate(pred):
            ov = min(g["end"], p.end) - max(g["start"], p.start)
            if ov <= 0 or i in used:
                continue
            k = (int(p.value == g["value"]), ov)
            if k > key:
                best, key = i, k
        if best is not None:
            used.add(best)
        out.append((g, pred[best] if best is not None else None))
    return out


def score_news(path: Path = DEFAULT_DEV) -> dict[str, Any]:
    rows = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
    n_gold = right = type_right = found = spurious = 0
    fam_tot: Counter[str] = Counter()
    fam_ok: Counter[str] = Counter()
    errors = []
    for r in rows:
        pub = dt.date.fromisoformat(r["published"])
        pred = find_times(r["sentence"], pub)
        pairs = _pair(r["times"], pred)
        matched = {id(p) for _, p in pairs if p is not None}
        spurious += sum(1 for p in pred if id(p) not in matched)
        for g, p in pairs:
            n_gold += 1
            fam_tot[r["family"]] += 1
            if p is not None:
                found += 1
                type_right += p.type == g["type"]
            if p is not None and p.value == g["value"]:
                right += 1
                fam_ok[r["family"]] += 1
            else:
                errors.append(
                    (r["n"], g["text"], g["value"], None if p is None else (p.text, p.value, p.rule))
                )
    return {
        "sentences": len(rows),
        "gold": n_gold,
        "right": right,
        "accuracy": right / n_gold if n_gold else 0.0,
        "found": found,
        "type_accuracy": type_right / n_gold if n_gold else 0.0,
        "spurious": spurious,
        "families": {f: (fam_ok[f], fam_tot[f]) for f in sorted(fam_tot)},
        "errors": errors,
    }


_APPLICABLE = re.compile(
    r"^(?:\d{4}(?:-\d\d(?:-\d\d(?:T\d\d(?::\d\d)?)?)?)?|\d{4}-W\d\d|XXXX-\d\d(?:-\d\d)?|XXXX-WXX-\d"
    r"|P\d+(?:\.\d+)?[YMWD]|PT\d+(?:\.\d+)?[HMS]|T\d\d(?::\d\d)?|PRESENT_REF)$"
)
_SECONDS = {"Y": 31536000, "M": 2592000, "W": 604800, "D": 86400}


def _canon(v: str) -> str:
    """Comparable form: clock values to HH:MM, single-unit durations to seconds."""
    m = re.fullmatch(r"PT(\d+(?:\.\d+)?)([HMS])", v)
    if m:
        return f"D{float(m.group(1)) * {'H': 3600, 'M': 60, 'S': 1}[m.group(2)]:g}"
    m = re.fullmatch(r"P(\d+(?:\.\d+)?)([YMWD])", v)
    if m:
        return f"D{float(m.group(1)) * _SECONDS[m.group(2)]:g}"
    m = re.fullmatch(r"(.*T)(\d\d)$", v)
    return f"{m.group(1)}{m.group(2)}:00" if m else v


def _accepted(result: dict[str, Any]) -> set[str]:
    val = result.get("Value") or {}
    resolution = result.get("Resolution") or {}
    if not isinstance(val, dict) or not isinstance(resolution, dict):
        return set()  # "not resolved": no value to compare with
    timex = val.get("Timex")
    if timex is None:
        vals = val.get("values") or resolution.get("values") or [{}]
        timex = vals[0].get("timex")
        res = [v.get("value") for v in vals if v.get("value")]
    else:
        res = [
            r.get("date") or r.get("time")
            for r in (val.get("FutureResolution"), val.get("PastResolution"))
            if r
        ]
    if not timex or not _APPLICABLE.match(timex):
        return set()
    ok = {_canon(timex)}
    prec = len(timex) if timex[:1].isdigit() or timex.startswith("XXXX-") else 0
    for r in res:
        if r and prec and re.match(r"\d{4}-\d\d-\d\d", r):
            ok.add(_canon(r[: prec if not timex.startswith("XXXX-WXX") else 10]))
    return ok


def score_timex(folder: Path) -> dict[str, Any]:
    applicable = right = total = 0
    by_file: dict[str, list[int]] = {}
    for name in PARSER_FILES:
        path = folder / name
        if not path.exists():
            continue
        for case in json.loads(path.read_text("utf-8")):
            ref = (case.get("Context") or {}).get("ReferenceDateTime")
            for res in case.get("Results", []):
                total += 1
                ok = _accepted(res)
                time_only = bool(ok) and all(v.startswith("T") for v in ok)
                if not ok or not (ref or time_only):
                    continue
                applicable += 1
                by_file.setdefault(name, [0, 0])[1] += 1
                pred = find_times(case["Input"], dt.date.fromisoformat(ref[:10]) if ref else None)
                gs = case["Input"].find(res["Text"].strip())
                ge = gs + len(res["Text"].strip())
                hit = any(
                    min(ge, p.end) > max(gs, p.start)
                    and (
                        _canon(p.value) in ok
                        or ("T" in p.value and _canon("T" + p.value.split("T")[1]) in ok)
                    )
                    for p in pred
                )
                if hit:
                    right += 1
                    by_file[name][0] += 1
    return {
        "results": total,
        "applicable": applicable,
        "right": right,
        "accuracy": right / applicable if applicable else 0.0,
        "files": by_file,
    }


@app.command("time")
def eval_time(
    dev: Path = typer.Option(DEFAULT_DEV, help="news dev set (JSONL)"),
    test: Path = typer.Option(DEFAULT_TEST, help="news held-out set (JSONL), not used to tune rules"),
    timex: Path = typer.Option(None, help="folder of the Recognizers-Text Arabic DateTime specs"),
    errors: bool = typer.Option(False, help="list the dev-set expressions that are wrong"),
) -> None:
    """Exact-value accuracy on the news dev set and on the applicable Recognizers-Text cases."""
    news = score_news(dev)
    typer.echo(f"news dev set: {news['sentences']} sentences, {news['gold']} expressions")
    typer.echo(
        f"  exact value accuracy {news['accuracy']:.1%} ({news['right']}/{news['gold']}); "
        f"type accuracy {news['type_accuracy']:.1%}; found {news['found']}; spurious {news['spurious']}"
    )
    for fam, (ok, tot) in news["families"].items():
        typer.echo(f"  {fam:10s} {ok:3d}/{tot:3d}")
    if errors:
        for e in news["errors"]:
            typer.echo(f"  ✗ {e}")
    if test.exists():
        held = score_news(test)
        typer.echo(
            f"news held-out set: {held['sentences']} sentences, {held['gold']} expressions; exact value accuracy "
            f"{held['accuracy']:.1%} ({held['right']}/{held['gold']}); spurious {held['spurious']}"
        )
    folder = timex or default_timex_dir()
    if folder.is_dir():
        tx = score_timex(folder)
        typer.echo(
            f"recognizers-text arabic: {tx['right']}/{tx['applicable']} applicable results right "
            f"({tx['accuracy']:.1%}); {tx['results']} results in the parser/model files"
        )
        for name, (ok, tot) in tx["files"].items():
            typer.echo(f"  {name:24s} {ok:3d}/{tot:3d}")
    else:
        typer.echo(f"recognizers-text arabic: folder not found ({folder}), skipped")
