"""Gradient-boosted trees as the argument and date choice models (`marsad.events.trees`)."""

from __future__ import annotations

import msgspec
import numpy as np
import pytest

from marsad.events.filter import EventFilter
from marsad.events.role_choice import ROLES, decide, default_role_model
from marsad.events.trees import PARAMS, TreeModel, fit_trees, load_choice_model, matrix


def _xor_rows(n: int = 400):
    """Options right when exactly one of two features is on: no sum of weights separates them."""
    rng = np.random.default_rng(3)
    rows, labels = [], []
    for _ in range(n):
        a, b = int(rng.integers(0, 2)), int(rng.integers(0, 2))
        feats = {"noise": float(rng.random())}
        if a:
            feats["after_verb"] = 1.0
        if b:
            feats["verb_trigger"] = 1.0
        rows.append(feats)
        labels.append(int(a != b))
    return rows, np.array(labels, dtype=float)


def _model(rows, y) -> TreeModel:
    names = sorted({k for f in rows for k in f})
    booster = fit_trees(matrix(rows, names), y, "place")
    return TreeModel("t", names, booster.model_to_string(), threshold=0.5)


def test_trees_learn_an_interaction_a_logistic_model_cannot():
    rows, y = _xor_rows()
    model = _model(rows, y)
    p = model.probabilities(
        [{"after_verb": 1.0}, {"verb_trigger": 1.0}, {"after_verb": 1.0, "verb_trigger": 1.0}, {}]
    )
    assert p[0] > 0.8 and p[1] > 0.8
    assert p[2] < 0.2 and p[3] < 0.2
    assert model.probability({"after_verb": 1.0}) == pytest.approx(p[0])
    assert model.probabilities([]) == []
    # a feature the model never saw is ignored, not an error
    assert model.probability({"after_verb": 1.0, "unseen": 1.0}) == pytest.approx(p[0])


def test_a_tree_model_round_trips_through_its_json_file(tmp_path):
    rows, y = _xor_rows()
    model = _model(rows, y)
    path = tmp_path / "actor.json"
    path.write_bytes(msgspec.json.encode(model))
    back = load_choice_model(path)
    assert isinstance(back, TreeModel)
    assert back.probabilities(rows[:5]) == pytest.approx(model.probabilities(rows[:5]))
    # a logistic model's file still loads as one
    flt = EventFilter("t", {"pick": 2.0}, bias=-1.0, threshold=0.5)
    other = tmp_path / "target.json"
    other.write_bytes(msgspec.json.encode(flt))
    assert load_choice_model(other) == flt
    assert load_choice_model(None) is None
    assert flt.probabilities([{"pick": 1.0}, {}]) == [flt.probability({"pick": 1.0}), flt.probability({})]


def test_training_is_deterministic():
    rows, y = _xor_rows()
    names = sorted({k for f in rows for k in f})
    a = fit_trees(matrix(rows, names), y, "actor").model_to_string()
    b = fit_trees(matrix(rows, names), y, "actor").model_to_string()
    assert a == b


def test_decide_takes_the_option_the_trees_prefer():
    from marsad.doc import Span
    from marsad.events.role_choice import Option
    from marsad.events.roles import Arg

    rows, y = _xor_rows()
    model = _model(rows, y)

    def opt(start: int, feats: dict) -> Option:
        return Option(Arg("E1", Span(start, start + 3, "abc"), "option", 0.5), feats)

    best, p = decide(model, [opt(0, {}), opt(10, {"after_verb": 1.0}), opt(20, {"pick": 1.0})])
    assert best.arg.span.start == 10 and p > 0.8


@pytest.mark.parametrize("role", [*ROLES, "place", "date"])
def test_the_shipped_choice_models_are_trees_with_the_settings_of_their_role(role):
    default_role_model.cache_clear()
    model = default_role_model(role)
    assert isinstance(model, TreeModel)
    assert model.features and model.booster.startswith("tree")
    assert role in PARAMS


def test_the_shipped_merge_veto_is_trees():
    from marsad.events.merge_model import default_merge_model

    default_merge_model.cache_clear()
    model = default_merge_model()
    assert isinstance(model, TreeModel) and 0.0 < model.threshold < 1.0
    assert "merge" in PARAMS
