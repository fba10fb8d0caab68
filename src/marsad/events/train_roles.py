"""`marsad train events` (last part): fit the learned argument choice (`marsad.events.role_choice`,
`marsad.events.place_choice`) and date choice (`marsad.events.date_choice`).

Every annotated article runs through the installed stages and the coder (rules, installed merge veto
and event filter, no learned arguments). Each kept event that matches a gold event
(`marsad.events.evaluate.match_events`) brings the options of each role (the rules' pick among them);
an option is right when the evaluation would accept it as the gold argument (`arg_right`; for a clash
or a meeting, either side). One model per role is fitted on the options — gradient-boosted trees
(`marsad.events.trees`; a logistic regression with ``learner="logistic"``); a 5-fold
cross-validation grouped by article counts, on the events of articles it did not see, how many
arguments come out right when the best option replaces the rules' answer at each threshold (only when
it also beats the pick), and keeps the threshold with the most; with it, the ``drop`` threshold under
which an event whose every option (the rules' pick too) scores lower is better left with no argument
(right when the annotator gave none), kept only when it wins more than half a per cent of the events.
Events with no option, or whose argument came from another mention, do not take part. For the date,
an option is right when its value is the annotator's date; events the annotator left undated do not
take part, and a date is never left empty.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

import msgspec
import numpy as np

from marsad.doc import Evidence
from marsad.events.component import extract_events
from marsad.events.evaluate import SYMMETRIC, _article, arg_right, load_dev, match_events
from marsad.events.filter import EventFilter
from marsad.events.place_choice import current
from marsad.events.role_choice import Option
from marsad.events.role_choice import current as role_current
from marsad.events.stages import upstream
from marsad.events.train_filter import FOLDS, _fold_of, _matrix, fit
from marsad.events.trees import ChoiceModel, TreeModel, fit_trees

__all__ = ["collect_options", "train_role", "pick_drop", "Groups", "fold_predictions", "final_model"]

THRESHOLDS = (0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6, 0.7)
DROPS = (0.0, 0.2, 0.3, 0.35, 0.4, 0.45, 0.5)  # 0.0: the rules' pick is never dropped
DROP_TIE = 0.005  # a drop must win more than this share of the events: fewer arguments for less is not kept


class Groups(msgspec.Struct):
    """The options of each event: its article, whether it is right without the model, the index of the
    rules' pick among the options (-1: none), the labelled options, whether no argument is right."""

    article: list[str]
    baseline: list[int]
    pick: list[int]
    feats: list[list[dict[str, float]]]
    labels: list[list[int]]
    empty: list[int]


def _right(art, event, opt: Option, gold: dict, role: str) -> bool:
    ev = dict(event.evidence, **{role: Evidence("option", 0.0, opt.arg.span)})
    trial = msgspec.structs.replace(event, evidence=ev, **{role: opt.arg.entity})
    if gold[role] is not None and arg_right(art, trial, role, gold[role]):
        return True
    if role == "place":
        return False
    other = "target" if role == "actor" else "actor"
    symmetric = gold["sub_event_type"] in SYMMETRIC
    return symmetric and gold[other] is not None and arg_right(art, trial, role, gold[other])


def _as_is(art, event, gold: dict, role: str) -> bool:
    """Is the event's ``role`` right as the rules left it (the evaluation's reading, sides swapped for a
    clash or a meeting)?"""
    if arg_right(art, event, role, gold[role]):
        return True
    other = "target" if role == "actor" else "actor"
    symmetric = gold["sub_event_type"] in SYMMETRIC
    return symmetric and gold[other] is not None and arg_right(art, event, role, gold[other])


def collect_options(
    paths: Iterable[Path], role: str = "actor", log: Callable[[str], None] = lambda _m: None
) -> Groups:
    stages = upstream()
    out = Groups([], [], [], [], [], [])
    for path in paths:
        rows = load_dev(path)
        log(f"{path.name}: {len(rows)} articles")
        for row in rows:
            art = _article(row)
            for comp in stages:
                comp(art)
            events = extract_events(art, learned_roles=False, finish=False)
            layer = {"place": "place_options", "date": "date_options"}.get(role, "role_options")
            opened = art.layer(layer) or {}
            for gi, pi in match_events(art, row["events"], events):
                ev, g = events[pi], row["events"][gi]
                if role == "date":
                    if g["date"] is None:
                        continue  # the annotator could not tell: no right answer to learn
                    opts = opened.get(ev.id, [])
                    baseline = int(ev.date == g["date"])
                    labels = [int(o.value == g["date"]) for o in opts]
                elif role == "place":
                    opts = current(ev, opened.get(ev.id, []))
                    baseline = int(arg_right(art, ev, "place", g["place"]))
                else:
                    opts = role_current(ev, role, opened.get(ev.id, {}).get(role, []))
                    baseline = int(_as_is(art, ev, g, role))
                if not opts:
                    continue
                out.article.append(row["id"])
                out.baseline.append(baseline)
                out.pick.append(next((k for k, o in enumerate(opts) if o.feats.get("pick")), -1))
                out.feats.append([o.feats for o in opts])
                if role == "date":
                    out.labels.append(labels)
                    out.empty.append(0)  # a date is never left empty
                else:
                    out.labels.append([int(_right(art, ev, o, g, role)) for o in opts])
                    out.empty.append(int(g[role] is None))
    return out


def _right_count(
    groups: Groups, probs: list[np.ndarray], t: float, idx: Iterable[int], drop: float = 0.0
) -> int:
    """Events whose argument comes out right when the best option is taken at probability ≥ t (and
    above the rules' pick), and the role is left empty when the rules picked and no option reaches
    ``drop`` (`role_choice.decide`)."""
    n = 0
    for i in idx:
        p, pick = probs[i], groups.pick[i]
        best = int(p.argmax())
        if pick >= 0 and p[best] < drop:
            n += groups.empty[i]
        elif p[best] >= t and best != pick and (pick < 0 or p[best] > p[pick]):
            n += groups.labels[i][best]
        else:
            n += groups.baseline[i]
    return n


def pick_drop(by_drop: dict[float, int], n: int) -> float:
    """The drop threshold with the most right arguments (the lowest on a tie), or 0.0 when it wins no
    more than ``DROP_TIE`` of the ``n`` events over never dropping: an argument left empty costs users
    more than a gain within noise."""
    best = max(by_drop, key=lambda d: (by_drop[d], -d))
    return best if by_drop[best] - by_drop.get(0.0, 0) > DROP_TIE * n else 0.0


def fold_predictions(learner: str, role: str, x_train, y_train, x_test, l2: float) -> np.ndarray:
    """Probabilities for ``x_test`` of a model of ``learner`` (``trees`` or ``logistic``) fitted on the
    training rows (the cross-validations of `train_role` and `marsad.events.train_merge.train_merge`)."""
    if learner == "trees":
        return fit_trees(x_train, y_train, role).predict(x_test, num_threads=1)
    w, b = fit(x_train, y_train, l2)
    return 1.0 / (1.0 + np.exp(-(x_test @ w + b)))


def final_model(learner: str, role: str, x, y, names: list[str], l2: float, **fields) -> ChoiceModel:
    """The model of ``learner`` fitted on all rows, with the other fields of its file (version,
    threshold, drop, trained_on, scores)."""
    if learner == "trees":
        booster = fit_trees(x, y, role)
        return TreeModel(features=names, booster=booster.model_to_string(), **fields)
    w, b = fit(x, y, l2)
    weights = {nm: round(float(v), 6) for nm, v in zip(names, w, strict=True) if abs(v) >= 1e-6}
    return EventFilter(weights=weights, bias=round(b, 6), **fields)


def train_role(
    role: str,
    paths: list[Path],
    out: Path,
    *,
    l2: float = 3.0,
    version: str = "2.0.0",
    learner: str = "trees",
    log: Callable[[str], None] = print,
) -> ChoiceModel:
    """Fit the model of ``role`` on the open events of ``paths``, write its JSON to ``out``, return it.
    ``learner``: ``trees`` (LightGBM, `marsad.events.trees`; the shipped models) or ``logistic`` (an L2
    logistic regression with penalty ``l2``, the models up to version 1.4.0)."""
    groups = collect_options(paths, role, log)
    flat = [f for fs in groups.feats for f in fs]
    names = sorted({k for f in flat for k in f})
    x = _matrix(flat, names)
    y = np.array([v for ls in groups.labels for v in ls], dtype=float)
    owner = np.array([i for i, fs in enumerate(groups.feats) for _ in fs])
    fold_of = _fold_of(groups.article)
    fold = np.array([fold_of[a] for a in groups.article])
    row_fold = fold[owner]
    pred = np.zeros(len(y))
    for k in range(FOLDS):
        tr, te = row_fold != k, row_fold == k
        if te.any():
            pred[te] = fold_predictions(learner, role, x[tr], y[tr], x[te], l2)
    probs = [pred[owner == i] for i in range(len(groups.feats))]
    everyone = range(len(probs))
    by_t = {t: _right_count(groups, probs, t, everyone) for t in THRESHOLDS}
    threshold = max(THRESHOLDS, key=lambda t: (by_t[t], t))
    by_drop = {
        d: _right_count(groups, probs, threshold, everyone, d) for d in (DROPS if role != "date" else (0.0,))
    }
    drop = pick_drop(by_drop, len(probs))
    n = len(probs)
    none = sum(groups.baseline)
    reachable = sum(any(ls) for ls in groups.labels)
    log(
        f"{role}: {n} events with options ({none} right without the model, {reachable} with a right option), "
        f"{len(y)} options, {len(names)} features"
    )
    log(f"5-fold CV right {role}s by threshold: " + ", ".join(f"{t}: {c}" for t, c in by_t.items()))
    log(f"without the model: {none} right; at {threshold}: {by_t[threshold]}")
    log("with the role left empty under: " + ", ".join(f"{d}: {c}" for d, c in by_drop.items()))
    scores = {"open_events": n, "cv_right": by_drop[drop], "right_without": none, "reachable": reachable}
    model = final_model(
        learner, role, x, y, names, l2, version=version, threshold=threshold, drop=drop,
        trained_on=[p.name for p in paths], scores=scores,
    )  # fmt: skip
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(msgspec.json.format(msgspec.json.encode(model), indent=1) + b"\n")
    return model
