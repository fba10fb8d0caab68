"""One event per happening: merge the mentions of one happening within an article.

A news article names a clash in its lead, again in the body («وكانت الاشتباكات قد اندلعت …»), and
often in several sentences. Two candidate events are the same happening when they have the same
event type and sub-type (or the same event type within one sentence), and none of actor, target, place
and date disagree (a missing value, or a date that fell back to the publication date, never disagrees).
The merged event keeps the first trigger, fills missing arguments from the later mentions, and gains
confidence with each further mention.
"""

from __future__ import annotations

import msgspec

from marsad.doc import Event, Evidence

__all__ = ["Candidate", "merge_candidates"]

MENTION_BONUS = 0.05


class Candidate(msgspec.Struct):
    """An event before merging, with the sentence it came from and its number of mentions."""

    event: Event
    sentence: int
    mentions: int = 1


def _compatible(a: Event, b: Event, field: str) -> bool:
    va, vb = getattr(a, field), getattr(b, field)
    if va is None or vb is None or va == vb:
        return True
    if field == "date":
        ra = a.evidence.get("date")
        rb = b.evidence.get("date")
        return (ra is not None and ra.rule == "publication-date") or (
            rb is not None and rb.rule == "publication-date"
        )
    return False


def same_happening(a: Candidate, b: Candidate) -> bool:
    ea, eb = a.event, b.event
    if ea.event_type != eb.event_type:
        return False
    if ea.sub_event_type != eb.sub_event_type and a.sentence != b.sentence:
        return False
    if ea.status != eb.status:
        return False
    return all(_compatible(ea, eb, f) for f in ("actor", "target", "place", "date"))


def _absorb(keep: Candidate, other: Candidate) -> None:
    k, o = keep.event, other.event
    for field in ("actor", "target", "place", "fatalities"):
        if getattr(k, field) is None and getattr(o, field) is not None:
            setattr(k, field, getattr(o, field))
            if field in o.evidence:
                k.evidence[field] = o.evidence[field]
    kd, od = k.evidence.get("date"), o.evidence.get("date")
    if od is not None and kd is not None and kd.rule == "publication-date" and od.rule != "publication-date":
        k.date, k.date_precision = o.date, o.date_precision
        k.evidence["date"] = od
    if "actor" in o.evidence and "actor" not in k.evidence:
        k.evidence["actor"] = o.evidence["actor"]
    keep.mentions += other.mentions
    k.confidence = min(0.98, max(k.confidence, o.confidence) + MENTION_BONUS * other.mentions)
    k.evidence["mentions"] = Evidence(f"merged-mentions:{keep.mentions}", k.confidence, o.trigger)


def merge_candidates(cands: list[Candidate]) -> list[Candidate]:
    """Greedy merge in text order: each candidate joins the first earlier happening it matches."""
    kept: list[Candidate] = []
    for c in cands:
        for k in kept:
            if same_happening(k, c):
                _absorb(k, c)
                break
        else:
            kept.append(c)
    return kept
