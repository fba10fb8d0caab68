"""`marsad.KnowledgeBase`: the analyst's API over a knowledge base (see `marsad.store.kb`)."""

from marsad.store.kb import KnowledgeBase, flat_event

__all__ = ["KnowledgeBase", "flat_event"]
