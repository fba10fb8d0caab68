"""`marsad train events` (first part): fit the learned merge veto (`marsad.events.merge_model`).

Every annotated article runs through the installed stages and the rule coder with no confidence cut,
no filter and no veto; each merge the rules propose is labelled by the annotations: one happening when
a gold event has a mention (trigger or `also`) under the candidate's trigger and one under a trigger
already merged into the earlier happening, two when both are under gold mentions of different events
only; merges of mentions no annotator marked do not take part. Gradient-boosted trees are fitted on
the pair features (`marsad.events.trees`; a logistic regression with ``learner="logistic"``); a 5-fold
cross-validation grouped by article counts, for each threshold, the wrong merges it vetoes minus the
right ones it vetoes, and the threshold with the best balance is kept (none when no threshold gains).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

import msgspec
import numpy as np

from marsad.events.component import extract_events
from marsad.events.evaluate import _article, _mentions, _overlap, load_dev
from marsad.events.merge_model import pair_features, sentence_places
from marsad.events.stages import upstream
from marsad.events.train_filter import FOLDS, _fold_of, _matrix
from marsad.events.train_roles import final_model, fold_predictions
from marsad.events.trees import ChoiceModel

__all__ = ["collect_pairs", "train_merge", "THRESHOLDS"]

THRESHOLDS = (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5)


class Pairs(msgspec.Struct):
    article: list[str]
    feats: list[dict[str, float]]
    label: list[int]  # 1: one happening, 0: two


def _golds(gold: list[dict], spans) -> set[int]:
    return {
        gi for gi, g in enumerate(gold) for s in spans for m in _mentions(g) if _overlap(m, s.start, s.end)
    }


def collect_pairs(paths: Iterable[Path], log: Callable[[str], None] = lambda _m: None) -> Pairs:
    stages = upstream()
    out = Pairs([], [], [])
    for path in paths:
        rows = load_dev(path)
        log(f"{path.name}: {len(rows)} articles")
        for row in rows:
            art = _article(row)
            for comp in stages:
                comp(art)
            proposed: list = []
            extract_events(art, min_confidence=0.0, use_filter=False, merge_log=proposed, finish=False)
            places = sentence_places(art)
            for k, c, kind in proposed:
                # the happening as it stood when the merge was proposed: its mentions before c's
                before = [s for s in k.spans if s.start < c.event.trigger.start] or [k.event.trigger]
                gk, gc = _golds(row["events"], before), _golds(row["events"], [c.event.trigger])
                if not gk or not gc:
                    continue
                out.article.append(row["id"])
                out.feats.append(pair_features(k, c, kind, art, places))
                out.label.append(int(bool(gk & gc)))
    return out


def train_merge(
    paths: list[Path],
    out: Path,
    *,
    l2: float = 1.0,
    version: str = "2.0.0",
    learner: str = "trees",
    log: Callable[[str], None] = print,
) -> ChoiceModel:
    """Fit on the proposed merges of ``paths``, write the model JSON to ``out`` and return it.
    ``learner``: ``trees`` (LightGBM, `marsad.events.trees`; the shipped veto since session 17) or
    ``logistic`` (an L2 logistic regression with penalty ``l2``)."""
    pairs = collect_pairs(paths, log)
    names = sorted({k for f in pairs.feats for k in f})
    x = _matrix(pairs.feats, names)
    y = np.array(pairs.label, dtype=float)
    fold_of = _fold_of(pairs.article)
    folds = np.array([fold_of[a] for a in pairs.article])
    pred = np.zeros(len(y))
    for k in range(FOLDS):
        tr, te = folds != k, folds == k
        if te.any():
            pred[te] = fold_predictions(learner, "merge", x[tr], y[tr], x[te], l2)
    gain = {t: int(((pred < t) & (y == 0)).sum()) - int(((pred < t) & (y == 1)).sum()) for t in THRESHOLDS}
    best = max(THRESHOLDS, key=lambda t: (gain[t], -t))
    threshold = best if gain[best] > 0 else 0.0  # 0.0: the model never vetoes
    log(
        f"{len(y)} merges proposed with both mentions annotated: {int(y.sum())} right, {int((y == 0).sum())} wrong"
    )
    log(
        "5-fold CV wrong minus right merges vetoed, by threshold: "
        + ", ".join(f"{t}: {g}" for t, g in gain.items())
    )
    scores = {
        "pairs": len(y),
        "wrong": int((y == 0).sum()),
        "cv_wrong_vetoed": int(((pred < threshold) & (y == 0)).sum()),
        "cv_right_vetoed": int(((pred < threshold) & (y == 1)).sum()),
    }
    model = final_model(
        learner, "merge", x, y, names, l2, version=version, threshold=threshold,
        trained_on=[p.name for p in paths], scores=scores,
    )  # fmt: skip
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(msgspec.json.format(msgspec.json.encode(model), indent=1) + b"\n")
    return model
