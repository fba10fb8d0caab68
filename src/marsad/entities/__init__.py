"""Entities stage: named-entity recognition, mention merging, actor linking and coreference."""
