"""The upstream stages the event coder reads, run from whatever is installed.

`analyze_events(article)` runs text → entities → actors → places → time (each when its module is
present) and then the event coder, and returns the names of the stages that ran, so the evaluation
can say what its figures were measured with. Used by `marsad eval events` and bench/events.py.
"""

from __future__ import annotations

import importlib
from functools import lru_cache

from marsad.doc import Article
from marsad.events.component import extract_events
from marsad.pipeline import Component

__all__ = ["upstream", "analyze_events", "STAGE_MODULES", "SKIPPED"]

SKIPPED: dict[str, str] = {}  # stage → why it could not be loaded

# stage name → module that registers it (tried in this order; a missing module is skipped)
STAGE_MODULES: tuple[tuple[str, str], ...] = (
    ("text", "marsad.text.component"),
    ("entities", "marsad.entities.ner"),
    ("actors", "marsad.entities.actor_component"),
    ("places", "marsad.places.component"),
    ("time", "marsad.time.component"),
)


@lru_cache(maxsize=1)
def upstream() -> tuple[Component, ...]:
    """Instances of the upstream stages that can be loaded in this installation (built once)."""
    from marsad.pipeline import registry

    out = []
    for name, module in STAGE_MODULES:
        try:
            importlib.import_module(module)
        except ImportError as exc:
            SKIPPED[name] = f"not installed ({exc})"
            continue
        factory = registry().get(name) if name != "time" else _time_factory()
        if factory is None:
            continue
        try:
            out.append(factory())
        except Exception as exc:  # a stage that cannot load (model not built, data being edited) is skipped
            SKIPPED[name] = f"{type(exc).__name__}: {exc}"
    return tuple(out)


def _time_factory():
    from marsad.pipeline import registry

    reg = registry()
    return reg.get("time") or reg.get("times")


def analyze_events(
    article: Article, stages: tuple[Component, ...] | None = None, *, use_filter: bool = True
) -> list[str]:
    """Run the upstream stages and the event coder on ``article``; return the stage names that ran.
    ``use_filter=False``: the rules alone decide (no learned filter)."""
    ran = []
    for comp in stages if stages is not None else upstream():
        comp(article)
        ran.append(comp.name)
    article.events = extract_events(article, use_filter=use_filter)
    return ran
