"""The actor named by a nationality adjective: «غارة أمريكية», «الضربات الصاروخية الأميركية»,
«للقصف التركي» — the strike is the state's (ACLED codes it to that state's forces).

The adjectives come from the gentilic column of the actor lexicon (``data/actors/countries.tsv``), in
both genders, with and without the article.
"""

from __future__ import annotations

from functools import lru_cache

from marsad.doc import Article, Span, Token
from marsad.entities.actor_data import read_countries
from marsad.text.normalize import fold

__all__ = ["gentilic_country", "nationality_actor"]

MAX_WORDS = 3  # the adjective may follow one or two others («الضربات الجوية الروسية»)


@lru_cache(maxsize=1)
def _gentilics() -> dict[str, str]:
    out: dict[str, str] = {}
    for c in read_countries():
        for g in c.gentilics:
            base = fold(g)
            for form in (base, base + "ه", "ال" + base, "ال" + base + "ه"):
                out.setdefault(form, c.iso2)
    return out


def gentilic_country(word: str) -> str | None:
    """ISO code of the country whose nationality adjective ``word`` (folded) is, else None."""
    return _gentilics().get(word)


def nationality_actor(
    article: Article, words: list[str], tokens: list[Token], after: int, stop: int
) -> tuple[str | None, Span] | None:
    """(country entity id or None, the adjective's span) for a nationality adjective in the run of
    adjectives right after a noun trigger: words ``after`` … ``stop`` (the first word that is not one
    of the trigger's adjectives, included: a masculine gentilic «التركي» is not read as one).
    «اغتيال السفير الروسي» has none: «الروسي» qualifies the victim, not the killing."""
    for k in range(after, min(stop + 1, after + MAX_WORDS, len(words))):
        if tokens[k].kind != "word":
            return None
        iso = gentilic_country(words[k])
        if iso is not None:
            t = tokens[k]
            return _country_entity(article, iso), Span(t.start, t.end, article.text[t.start : t.end])
    return None


def _country_entity(article: Article, iso: str) -> str | None:
    for ent in article.entities:
        geo = ent.geo
        if geo is not None and geo.feature == "country" and geo.country == iso:
            return ent.id
    return None
