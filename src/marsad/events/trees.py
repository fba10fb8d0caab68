"""Gradient-boosted trees (LightGBM) for the learned argument and date choices.

The actor, target, place and date choices (`marsad.events.role_choice`, `marsad.events.place_choice`,
`marsad.events.date_choice`) score each option of an event by features that interact: a mention
right after the trigger is the actor of a verb but the target of a noun, a report verb before it
matters for a person and not for a place. A logistic regression adds the features up; trees combine
them. Cross-validated on the annotated event sets (session 17, 5 folds grouped by article, the same
options and the same threshold search), the trees choose 71 more actors right of 3,393 events
(2,456 → 2,527), 34 more targets (2,251 → 2,285), 18 more places (1,789 → 1,807) and 25 more dates
(2,358 → 2,383) than the logistic regression.

A `TreeModel` is a JSON file like the logistic ones (`marsad.events.filter.EventFilter`): the
LightGBM model as text, the feature names in column order, the threshold and the ``drop``
threshold; ``probabilities`` scores the options of one event in one call. `fit_trees` trains one, with
parameters fixed per role (`PARAMS`, chosen by the cross-validation above) and a fixed seed, so
`marsad train events` gives the same file for the same data on the same machine.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import msgspec
import numpy as np

from marsad.events.filter import EventFilter

__all__ = ["TreeModel", "ChoiceModel", "fit_trees", "load_choice_model", "PARAMS", "matrix"]

# LightGBM settings per model, chosen by grouped 5-fold cross-validation on rounds 1–69 (session 17)
PARAMS: dict[str, dict[str, float | int]] = {
    "actor": {"num_leaves": 31, "learning_rate": 0.03, "rounds": 800},
    "target": {"num_leaves": 31, "learning_rate": 0.03, "rounds": 800},
    "place": {"num_leaves": 7, "learning_rate": 0.05, "rounds": 200},
    "date": {"num_leaves": 31, "learning_rate": 0.05, "rounds": 500},
    "merge": {"num_leaves": 15, "learning_rate": 0.03, "rounds": 300},
}
_COMMON = {
    "objective": "binary",
    "min_data_in_leaf": 20,
    "bagging_fraction": 0.8,
    "bagging_freq": 1,
    "feature_fraction": 0.5,
    "seed": 17,
    "deterministic": True,
    "force_row_wise": True,
    "num_threads": 1,
    "verbose": -1,
}


class TreeModel(msgspec.Struct, frozen=True, omit_defaults=True):
    """A LightGBM model over named features, with the keep threshold and the ``drop`` threshold of an
    argument choice (see `marsad.events.filter.EventFilter`, whose role it plays)."""

    version: str
    features: list[str]
    booster: str  # LightGBM's model text
    threshold: float
    trained_on: list[str] = msgspec.field(default_factory=list)
    scores: dict[str, float] = msgspec.field(default_factory=dict)
    drop: float = 0.0

    def probabilities(self, rows: Sequence[dict[str, float]]) -> list[float]:
        """The probability of each row (one call for all the options of an event)."""
        if not rows:
            return []
        x = _dense(rows, _index(tuple(self.features)))
        return [float(p) for p in _booster(self.booster).predict(x, num_threads=1)]

    def probability(self, feats: dict[str, float]) -> float:
        return self.probabilities([feats])[0]


@lru_cache(maxsize=16)
def _booster(text: str):
    import lightgbm as lgb

    return lgb.Booster(model_str=text)


@lru_cache(maxsize=16)
def _index(names: tuple[str, ...]) -> dict[str, int]:
    return {n: j for j, n in enumerate(names)}


def matrix(rows: Sequence[dict[str, float]], names: list[str]) -> np.ndarray:
    """Rows of named features as a dense matrix in the column order of ``names``."""
    return _dense(rows, {n: j for j, n in enumerate(names)})


def _dense(rows: Sequence[dict[str, float]], index: dict[str, int]) -> np.ndarray:
    x = np.zeros((len(rows), len(index)))
    for i, feats in enumerate(rows):
        for k, v in feats.items():
            j = index.get(k)
            if j is not None:
                x[i, j] = v
    return x


def fit_trees(x: np.ndarray, y: np.ndarray, role: str):
    """A LightGBM booster fitted on ``x``, ``y`` with the settings of ``role``."""
    import lightgbm as lgb

    p = dict(PARAMS[role])
    rounds = int(p.pop("rounds"))
    params = {**_COMMON, **p}
    return lgb.train(params, lgb.Dataset(x, y, free_raw_data=True), num_boost_round=rounds)


ChoiceModel = EventFilter | TreeModel  # what an argument or date choice scores its options with


def load_choice_model(found: Path | None) -> ChoiceModel | None:
    """The model in ``found`` (`marsad.events.filter.model_file`): trees when the file holds a
    ``booster``, else logistic weights; None for None."""
    if found is None:
        return None
    raw = found.read_bytes()
    if b'"booster"' in raw:
        return msgspec.json.decode(raw, type=TreeModel)
    return msgspec.json.decode(raw, type=EventFilter)
