"""The analysis pipeline: components that declare what they require and provide.

A component is any object with ``name``, ``version``, ``requires``, ``provides`` and
``__call__(article) -> None`` (it adds to the article's layers). Components are registered by name
with `register`; `Pipeline` builds them in order and checks, before reading any text, that every
requirement is provided by an earlier component. Each article records the versions that made it
(`Article.provenance`), so a stored result can say which pipeline produced it.

Layer names in use: ``text`` (always there), ``tokens``, ``sentences``, ``entities``, ``actors``,
``times``, ``places``, ``quotes``, ``events``.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from typing import ClassVar, Protocol, runtime_checkable

from marsad.doc import Article

__all__ = [
    "Component",
    "Pipeline",
    "LazyPipeline",
    "PipelineError",
    "check_components",
    "register",
    "registry",
    "DEFAULT_COMPONENTS",
    "default_pipeline",
]


@runtime_checkable
class Component(Protocol):
    name: ClassVar[str]
    version: ClassVar[str]
    requires: ClassVar[frozenset[str]]
    provides: ClassVar[frozenset[str]]

    def __call__(self, article: Article) -> None: ...


class PipelineError(ValueError):
    """The components cannot run in the order given."""


_REGISTRY: dict[str, Callable[[], Component]] = {}

# name -> module that registers it when imported (so the registry stays lazy and cheap to import).
_KNOWN_MODULES: dict[str, str] = {
    "text": "marsad.text.component",
    "entities": "marsad.entities.ner",
    "actors": "marsad.entities.actor_component",
    "places": "marsad.places.component",
    "time": "marsad.time.component",
    "quotes": "marsad.quotes.component",
    "events": "marsad.events.component",
}

# The components `marsad.analyze` runs, in order. Later stages append themselves here.
DEFAULT_COMPONENTS: tuple[str, ...] = ("text", "entities", "actors", "places", "time", "quotes", "events")


def register(name: str) -> Callable[[Callable[[], Component]], Callable[[], Component]]:
    """Class decorator: make a component constructible by name."""

    def deco(factory: Callable[[], Component]) -> Callable[[], Component]:
        _REGISTRY[name] = factory
        return factory

    return deco


def registry() -> dict[str, Callable[[], Component]]:
    for module in _KNOWN_MODULES.values():
        importlib.import_module(module)
    return dict(_REGISTRY)


def _factory(name: str) -> Callable[[], Component]:
    if name not in _REGISTRY and name in _KNOWN_MODULES:
        importlib.import_module(_KNOWN_MODULES[name])
    try:
        return _REGISTRY[name]
    except KeyError:
        raise PipelineError(f"unknown component {name!r}; known: {sorted(registry())}") from None


def check_components(names: Iterable[str]) -> None:
    """Raise `PipelineError` if ``names`` would not make a pipeline (an unknown name, or a component
    before the ones it requires) — from the components' declarations, without loading any model."""
    available = {"text"}
    for name in names:
        factory = _factory(name)
        requires, provides = getattr(factory, "requires", None), getattr(factory, "provides", None)
        if requires is None or provides is None:  # a factory function: only building it tells
            comp = factory()
            requires, provides = comp.requires, comp.provides
        missing = set(requires) - available
        if missing:
            raise PipelineError(
                f"component {name!r} requires {sorted(missing)}, which no earlier component provides"
            )
        available |= set(provides)


class LazyPipeline:
    """A pipeline of ``names`` (default: the default pipeline) built on first use; the names are checked
    at once. The parent process of a parallel ingest needs a pipeline only for the rare article its
    workers did not analyze, and should not spend seconds and memory loading models it may never use."""

    def __init__(self, names: Iterable[str] | None = None):
        self.names = list(names) if names else None
        check_components(self.names or DEFAULT_COMPONENTS)
        self._pipeline: Pipeline | None = None

    @property
    def pipeline(self) -> Pipeline:
        if self._pipeline is None:
            self._pipeline = Pipeline(self.names) if self.names else default_pipeline()
        return self._pipeline

    def __call__(self, article: Article) -> Article:
        return self.pipeline(article)


class Pipeline:
    """Components run in order over each article."""

    def __init__(self, components: Iterable[str | Component]):
        self.components: list[Component] = []
        available = {"text"}
        for c in components:
            comp = _factory(c)() if isinstance(c, str) else c
            missing = set(comp.requires) - available
            if missing:
                raise PipelineError(
                    f"component {comp.name!r} requires {sorted(missing)}, which no earlier component provides"
                )
            available |= set(comp.provides)
            self.components.append(comp)
        self.provides = frozenset(available)

    @property
    def versions(self) -> dict[str, str]:
        return {c.name: c.version for c in self.components}

    def __call__(self, article: Article) -> Article:
        for comp in self.components:
            comp(article)
            article.provenance[comp.name] = comp.version
        return article

    def pipe(self, articles: Iterable[Article]) -> Iterable[Article]:
        for a in articles:
            yield self(a)


_DEFAULT: Pipeline | None = None


def default_pipeline() -> Pipeline:
    """The shared default pipeline (models and automata are loaded once per process)."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Pipeline(DEFAULT_COMPONENTS)
    return _DEFAULT
