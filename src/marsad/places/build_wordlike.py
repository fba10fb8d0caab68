"""Select the gazetteer names that news text uses as ordinary words (``data/places/wordlike.tsv``).

    python -m marsad.places.build            # runs this after writing the gazetteer

Only licence-clean evidence is used (nothing from SaudiNewsNet, which is CC BY-NC-SA):

* **document frequencies** over the ANT news corpus (Apache-2.0, reserved ids excluded) and the running text
  of the NER training corpora — ANERcorp train (news, CC BY-SA 4.0), AQMAR train and WikiANN-ar train
  (Wikipedia, CC BY-SA) — cut into pseudo-documents of 20 sentences. A name is *placed* when it follows a
  place cue («مدينة X», «ريف X») or, in the NER corpora, is tagged LOC; a name frequent in text but rarely
  placed is a word («الحكومة», «جمال»);
* **morphology** on the gazetteer's own names: a name that is a country adjective (nisba) of a country or
  governorate («سوري» of سوريا — GeoNames' Arabic name of Surrey; «عراقي», «يمني», «حلبي») is a word;
* **the actor lexicon's given names** (marsad, Apache-2.0): a small place abroad named like a person's
  given name («بشار» → Béchar) needs a cue.

The file holds names, counts and the reason only — no text.
"""

from __future__ import annotations

import json
import math
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from marsad.places.matching import key_variants, name_key, strip_clitics

__all__ = ["wordlike", "PLACE_CUES"]

PLACE_CUES = frozenset(
    name_key(w)
    for w in [
        "قرية",
        "بلدة",
        "مدينة",
        "محافظة",
        "ولاية",
        "معتمدية",
        "بلدية",
        "منطقة",
        "ناحية",
        "مخيم",
        "حي",
        "ريف",
        "قرى",
        "بلدات",
        "مدينتي",
        "قريتي",
        "بلدتي",
        "ولايتي",
    ]
)
# The NER training corpora (text and tags): ANERcorp train (news), AQMAR train and WikiANN-ar train (Wikipedia).
_NER_FILES = (
    ("ner/anercorp_camellab/ANERCorp_CamelLab_train.txt", " ", True),
    ("ner/aqmar/split_mynlp/train.txt", " ", True),
    ("ner/wikiann_ar/train-ar.tsv", "\t", False),  # silver tags: text only
)
_SENTENCES_PER_DOC = 20
_UNIT_WORD = re.compile(r"^(محافظة|ولاية|منطقة|إقليم|اقليم)\s+")
_NISBA_ENDS = ("ي",)


Doc = tuple[
    list[str], list[str] | None
]  # folded tokens, tag per token (NER corpora: LOC1, LOC, PER, …) or None


def _ant_docs(src: Path, reserved: set[str]) -> Iterator[Doc]:
    with (src / "news/ant/ant.jsonl").open(encoding="utf-8") as f:
        for line in f:
            a = json.loads(line)
            if a["id"] in reserved or a.get("dup_of"):
                continue
            yield name_key((a.get("title") or "") + " " + a["text"]).split(), None


def _ner_docs(src: Path) -> Iterator[Doc]:
    for rel, sep, gold in _NER_FILES:
        path = src / rel
        if not path.exists():
            continue
        toks: list[str] = []
        tags: list[str] = []
        sents = 0
        with path.open(encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if not line.strip():
                    sents += 1
                    if sents % _SENTENCES_PER_DOC == 0 and toks:
                        yield toks, tags
                        toks, tags = [], []
                    continue
                word, _, tag = line.rpartition(sep)
                kind = tag[2:].rstrip("S") if gold and tag[:2] in ("B-", "I-") else "O"  # PERS → PER
                if tag.startswith("I-") and kind == "LOC" and tags and tags[-1] == "LOC1":
                    tags[-1] = "LOC"  # a one-word LOC is a place name; «القارة الأفريقية» is not «القارة»
                for t in name_key(word).split():
                    toks.append(t)
                    tags.append("LOC1" if kind == "LOC" and tag.startswith("B-") else kind)
        if toks:
            yield toks, tags


def _gazetteer_keys(rows: list[dict[str, object]]) -> tuple[dict[str, bool], set[str], dict[str, int]]:
    """One-word keys → all places small; two-word keys; one-word key → -1 if a named unit, else max population."""
    small: dict[str, bool] = {}
    pairs: set[str] = set()
    size: dict[str, int] = {}
    for r in rows:
        # Curated rows of our own (cur:) were vetted name by name (word-like ones went to cue_required.tsv).
        named = (
            r["feature"] in ("country", "admin1", "facility", "region")
            or str(r["kind"]) in ("capital1", "capital2")
            or str(r["id"]).startswith("cur:")
        )
        pop = int(r["population"] or 0)  # type: ignore[call-overload]
        for n in [r["name_ar"], *r["alt_ar"]]:  # type: ignore[misc]
            for k in key_variants(name_key(str(n)), article=str(r["id"]).startswith("ocha:")):
                if k.count(" ") == 1:
                    pairs.add(k)
                if k and " " not in k:
                    small[k] = small.get(k, True) and not named and pop < 100_000
                    size[k] = -1 if named or size.get(k) == -1 else max(size.get(k, 0), pop)
        if r["feature"] == "admin1":
            # «محافظة عمران», «ولاية سوسة»: the bare name of a governorate is a named unit too.
            for n in [r["name_ar"], *r["alt_ar"]]:  # type: ignore[misc]
                k = name_key(_UNIT_WORD.sub("", str(n)))
                if k in size:
                    small[k], size[k] = False, -1
    return small, pairs, size


def _nisba_words(rows: list[dict[str, object]], size: dict[str, int]) -> set[str]:
    """Names that are the country adjective of a country, governorate or big city: «سوري» (سوريا), «عراقي»
    (العراق), «حلبي» (حلب). Only names of places that are not named units themselves."""
    big: set[str] = set()
    for r in rows:
        if r["feature"] in ("country", "admin1", "region") or int(r["population"] or 0) >= 100_000:  # type: ignore[call-overload]
            for n in [r["name_ar"], *r["alt_ar"]]:  # type: ignore[misc]
                k = name_key(str(n))
                if k and " " not in k:
                    big.add(k[2:] if k.startswith("ال") else k)
    out = set()
    for k in size:
        if size[k] == -1 or not k.endswith(_NISBA_ENDS) or len(k) < 4:
            continue
        stem = k[:-1]
        if stem in big or stem + "يا" in big or stem + "يه" in big or stem + "ا" in big:
            out.add(k)
    return out


def _person_names(rows: list[dict[str, object]], names: set[str]) -> set[str]:
    """Person names (given names of the actor lexicon; words the NER corpora tag as part of a person's name at
    least twice as often as they place them) that name no country, governorate, region, facility or city of a
    million: «بشار» (Béchar), «سليمان» (Soliman), «فلاديمير» (Vladimir). With a cue they are still places."""
    protected: set[str] = set()
    for r in rows:
        pop = int(r["population"] or 0)  # type: ignore[call-overload]
        big = r["feature"] in ("country", "admin1", "region", "facility") or pop >= 250_000
        if big or str(r["id"]).startswith("cur:"):
            for n in [r["name_ar"], *r["alt_ar"]]:  # type: ignore[misc]
                protected.add(name_key(str(n)))
                protected.add(name_key(_UNIT_WORD.sub("", str(n))))  # «محافظة عمران» protects «عمران»
    return {k for k in names if k not in protected}


def wordlike(
    rows: list[dict[str, object]],
    src: Path,
    reserved: set[str],
    out: Path,
    given: Iterable[str] = (),
    min_share: float = 0.002,
) -> int:
    """Write ``wordlike.tsv`` and return the number of names in it.

    A name of a small place (< 100k) is word-like when it occurs in 3+ documents with under 5 % of its
    occurrences placed (after a cue or tagged LOC); a city under a million when it occurs in at least
    ``min_share`` of the documents with under 1 % placed.
    """
    small, pairs, size = _gazetteer_keys(rows)
    df: Counter[str] = Counter()
    df_glued: Counter[str] = Counter()  # documents where the name is only seen glued to a proclitic
    total: Counter[str] = Counter()
    placed: Counter[str] = Counter()
    person: Counter[str] = Counter()  # occurrences tagged as (part of) a person's name in the NER corpora
    words: Counter[str] = Counter()  # document frequency of every word (for the dual/plural rule)
    docs = 0

    def docs_iter() -> Iterator[Doc]:
        yield from _ant_docs(src, reserved)
        yield from _ner_docs(src)

    for toks, tags in docs_iter():
        docs += 1
        seen: set[str] = set()
        glued: set[str] = set()
        words.update(set(toks))
        for i, w in enumerate(toks):
            if (i and f"{toks[i - 1]} {w}" in pairs) or (i + 1 < len(toks) and f"{w} {toks[i + 1]}" in pairs):
                continue  # part of a longer name, as the matcher reads it
            if w not in size:
                # As the matcher reads it: «وكالة» is و + «كالة» (a GeoNames name of Calais).
                rest = next((r for _, r in strip_clitics(w)[1:] if r in size), "")
                if rest:
                    glued.add(rest)
                continue
            seen.add(w)
            total[w] += 1
            prev = toks[i - 1] if i else ""
            if prev in PLACE_CUES or prev[1:] in PLACE_CUES or (tags is not None and tags[i] == "LOC1"):
                placed[w] += 1
            elif tags is not None and tags[i] == "PER":
                person[w] += 1
        df.update(seen)
        df_glued.update(glued)
    threshold = max(3, math.ceil(min_share * docs))

    def is_word(k: str) -> bool:
        share = placed[k] / total[k]
        if small.get(k):
            return df[k] >= 3 and share < 0.05
        return df[k] >= threshold and 0 <= size[k] < 1_000_000 and share < 0.01

    reasons: dict[str, str] = {}
    for k in df:
        if is_word(k):
            reasons[k] = f"{placed[k] / total[k]:.3f}"
    for k, n in df_glued.items():
        if k not in reasons and size[k] != -1 and n >= max(10, 5 * df[k]) and n >= min_share * docs:
            reasons[k] = "glued"
    for k in _nisba_words(rows, size):
        reasons.setdefault(k, "nisba")
    # Person names: given names of the actor lexicon (places under a million), words the gold NER corpora tag as
    # part of a person's name at least twice as often as they place them (small places only).
    for k in _person_names(rows, {g for g in given if g in size}):
        reasons.setdefault(k, "given-name")
    for k in _person_names(rows, {k for k, n in person.items() if n >= 2 and n >= 2 * placed[k]}):
        if small.get(k):
            reasons.setdefault(k, "person")
    for k in size:
        # «جسرين» (two bridges), «قسمين»: the indefinite dual of a frequent word that names no place is a word.
        stem = k[:-2]
        indefinite_dual = k.endswith("ين") and not k.startswith("ال") and len(k) >= 5 and stem not in size
        # Seen in text, never as a place, and its stem is a frequent word.
        if small.get(k) and indefinite_dual and words[stem] >= 50 and words[k] >= 1 and not placed[k]:
            reasons.setdefault(k, "dual")
    order = sorted(reasons, key=lambda k: (-max(df[k], df_glued[k]), k))
    with (out / "wordlike.tsv").open("w", encoding="utf-8") as f:
        f.write(
            "# Folded one-word place names that are ordinary words or person names more often than places; they need\n"
            "# a cue to count as places. Evidence (licence-clean, no SaudiNewsNet): document frequencies over ANT\n"
            f"# (Apache-2.0) and the NER training text (ANERcorp/AQMAR/WikiANN-ar train, CC BY-SA), {docs} documents:\n"
            "# small places (< 100k) in 3+ documents with under 5 % of their occurrences placed (after a place cue or\n"
            f"# tagged LOC), cities under a million in {threshold}+ documents with under 1 %; «glued»: rare alone but\n"
            "# frequent glued to a proclitic («وكالة» = و + كالة); «nisba»: a country adjective («سوري»); «given-name»:\n"
            "# a given name of the actor lexicon (places under 250k, no governorate); «person»: tagged as a person's name\n"
            "# in ANERcorp/AQMAR twice as often as placed; «dual»: the dual of a frequent noun («قسمين»). Built by\n"
            "# `python -m marsad.places.build`; names, counts and reasons only, no corpus text.\n"
            "name\tdocs\tplaced_share_or_reason\n"
        )
        for k in order:
            f.write(f"{k}\t{max(df[k], df_glued[k])}\t{reasons[k]}\n")
    return len(order)
