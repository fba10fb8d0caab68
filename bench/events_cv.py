"""The whole event coder on articles its learned parts never saw: k-fold cross-validation by article.

    python bench/events_cv.py [--folds 5] [--jobs 2] [--exclude events_r46a.jsonl,…] [--keep DIR [--reuse]]
                              [--threshold 0.35]

Every annotated set (``tests/data/events_*.jsonl`` but the excluded blind sets) is cut into ``--folds``
groups of articles (the folds `marsad train events` cross-validates with); for each group, every
learned part of the coder — merge veto, context CRF, filter, actor, target and place choice — is
trained on the other groups (`marsad train events --sets … --out … --roles-dir …`, a subprocess each)
and the coder is scored on the group (`marsad eval events --json` with those models). The figures are
summed over the groups: event P/R/F1, per type, and argument accuracy on matched events.

What it measures: the learned parts on unseen articles, with many more events (every annotated set)
than a blind round. What it does not: the rules and lexicons were written while reading these articles,
so they are at home here; a blind round (docs/events.md) remains the measure of new text. About 4
minutes of CPU per fold; ``--jobs 2`` runs two folds at a time. ``--threshold`` scores with that keep
threshold of the event filter instead of the one each fold's trainer chose (the shipped filter's was set
to 0.35 this way in session 38).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from marsad.events.calibration import calibration_record  # noqa: E402
from marsad.events.evaluate import reliability, reliability_table  # noqa: E402
from marsad.events.train_filter import FOLDS, _fold_of  # noqa: E402

DATA = ROOT / "tests" / "data"
MODELS = {
    "MARSAD_EVENTS_FILTER": "filter.json",
    "MARSAD_EVENTS_CONTEXT": "context.crfsuite",
    "MARSAD_EVENTS_MERGE": "merge.json",
    "MARSAD_EVENTS_ACTOR": "actor.json",
    "MARSAD_EVENTS_TARGET": "target.json",
    "MARSAD_EVENTS_PLACE": "place.json",
    "MARSAD_EVENTS_DATE": "date.json",
}
FIELDS = ("actor", "target", "place", "date", "status", "fatalities")


def split(paths: list[Path], folds: int, tmp: Path) -> list[tuple[Path, Path]]:
    """Write (train, test) JSONL files per fold: the annotated lines as they are (SaudiNewsNet rows keep
    their reference to the corpus)."""
    lines = [
        (json.loads(line)["id"], line) for p in paths for line in p.open(encoding="utf-8") if line.strip()
    ]
    fold_of = _fold_of((i for i, _ in lines), folds)
    out = []
    for k in range(folds):
        train, test = tmp / f"train{k}.jsonl", tmp / f"test{k}.jsonl"
        with train.open("w", encoding="utf-8") as tr, test.open("w", encoding="utf-8") as te:
            for i, line in lines:
                (te if fold_of[i] == k else tr).write(line if line.endswith("\n") else line + "\n")
        out.append((train, test))
    return out


def _marsad(args: list[str], env: dict[str, str] | None = None) -> str:
    code = "import sys; from marsad.cli import main; sys.argv = ['marsad'] + sys.argv[1:]; main()"
    run = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, check=True
    )
    return run.stdout


def run_fold(
    k: int, train: Path, test: Path, tmp: Path, reuse: bool = False, threshold: float | None = None
) -> dict:
    """Train every learned part on ``train`` (unless ``reuse`` and the fold's models are there) and
    score the coder on ``test`` (with the filter's keep threshold set to ``threshold`` when given)."""
    models = tmp / f"models{k}"
    models.mkdir(exist_ok=True)
    env = dict(os.environ, OMP_NUM_THREADS="1", PYTHONPATH=str(ROOT / "src"))
    for var in MODELS:
        env.pop(var, None)
    if not (reuse and all((models / name).is_file() for name in MODELS.values())):
        _marsad(["train", "events", "--sets", str(train), "--out", str(models / "filter.json"),
                 "--roles-dir", str(models)], env)  # fmt: skip
    env |= {var: str(models / name) for var, name in MODELS.items()}
    if threshold is not None:
        flt = json.loads((models / "filter.json").read_text(encoding="utf-8"))
        flt["threshold"] = threshold
        moved = models / f"filter-{threshold}.json"
        moved.write_text(json.dumps(flt, ensure_ascii=False), encoding="utf-8")
        env["MARSAD_EVENTS_FILTER"] = str(moved)
    out = _marsad(["eval", "events", "--path", str(test), "--json"], env)
    (tmp / f"eval{k}.json").write_text(out, encoding="utf-8")  # the fold's errors, to read
    return json.loads(out)


def total(results: list[dict]) -> dict:
    by_type: dict[str, dict[str, int]] = defaultdict(lambda: {"tp": 0, "fp": 0, "fn": 0})
    fields: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    bands: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for r in results:
        for band, (kept, right) in r.get("by_confidence", {}).items():
            bands[band][0] += kept
            bands[band][1] += right
        for t, v in r["by_type"].items():
            for key in ("tp", "fp", "fn"):
                by_type[t][key] += v[key]
        for f, (right, n) in r["fields"].items():
            fields[f][0] += right
            fields[f][1] += n
    return {"by_type": dict(by_type), "fields": dict(fields), "by_confidence": dict(bands)}


def prf(c: dict[str, int]) -> tuple[float, float, float]:
    p = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
    r = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def report(t: dict) -> str:
    all_ = {k: sum(v[k] for v in t["by_type"].values()) for k in ("tp", "fp", "fn")}
    p, r, f = prf(all_)
    lines = [f"events  F1 {f:.3f}  P {p:.3f}  R {r:.3f}  (tp {all_['tp']} fp {all_['fp']} fn {all_['fn']})"]
    for name, c in sorted(t["by_type"].items(), key=lambda kv: -(kv[1]["tp"] + kv[1]["fn"])):
        p, r, f = prf(c)
        lines.append(f"  {name:28s} F1 {f:.3f}  P {p:.3f}  R {r:.3f}  (gold {c['tp'] + c['fn']})")
    lines.append(
        "matched: "
        + "  ".join(
            f"{f} {t['fields'][f][0] / t['fields'][f][1]:.3f} ({t['fields'][f][0]}/{t['fields'][f][1]})"
            for f in FIELDS
            if t["fields"].get(f, [0, 0])[1]
        )  # fmt: skip
    )
    if t.get("by_confidence"):  # out of fold: what the confidence of an event on new text means
        lines.append(reliability_table(reliability(t["by_confidence"], all_["tp"] + all_["fn"])))
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--folds", type=int, default=FOLDS)
    ap.add_argument("--jobs", type=int, default=1, help="folds trained at the same time (one core each)")
    ap.add_argument("--exclude", default="", help="set file names left out (blind sets), comma-separated")
    ap.add_argument("--only", type=int, default=None, help="run this fold only (0-based)")
    ap.add_argument("--keep", type=Path, default=None, help="keep the fold files and models in this folder")
    ap.add_argument(
        "--reuse", action="store_true", help="score with the models already in --keep (no training)"
    )
    ap.add_argument(
        "--threshold",
        type=float,
        default=None,
        help="the filter's keep threshold in every fold (default: its own)",
    )
    ap.add_argument("--json", type=Path, default=None, help="also write the summed figures here")
    ap.add_argument(
        "--calibration",
        type=Path,
        default=None,
        help="write the confidence bands as the shipped calibration file "
        "(src/marsad/data/events/calibration.json, shown beside an event's confidence in the web)",
    )
    a = ap.parse_args()
    skip = {x.strip() for x in a.exclude.split(",") if x.strip()}
    paths = [p for p in sorted(DATA.glob("events_*.jsonl")) if p.name not in skip]
    with tempfile.TemporaryDirectory() as t:
        tmp = a.keep or Path(t)
        tmp.mkdir(parents=True, exist_ok=True)
        pairs = split(paths, a.folds, tmp)
        todo = [k for k in range(a.folds) if a.only is None or k == a.only]
        with ThreadPoolExecutor(max_workers=max(1, a.jobs)) as pool:
            results = list(pool.map(lambda k: run_fold(k, *pairs[k], tmp, a.reuse, a.threshold), todo))
    t = total(results)
    print(f"{len(paths)} sets, {a.folds} folds{'' if a.only is None else f' (fold {a.only} only)'}")
    print(report(t))
    if a.json:
        a.json.write_text(json.dumps(t, indent=1, ensure_ascii=False))
    if a.calibration and a.only is None:
        how = f"{date.today().isoformat()}: python bench/events_cv.py --folds {a.folds} --exclude {a.exclude}"
        if a.threshold is not None:
            how += f" --threshold {a.threshold}"
        a.calibration.write_text(
            json.dumps(calibration_record(t["by_confidence"], how), indent=1, ensure_ascii=False) + "\n"
        )


if __name__ == "__main__":
    main()
