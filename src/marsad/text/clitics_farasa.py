"""Farasa scheme: noun suffixes, the tanween alif and verb subject suffixes cut off a clitic stem.

The clitic analysis (`clitics_analyzer.Analyzer`) leaves «ترشيحات» or «أعلنت» whole; the QCRI/Farasa
scheme also splits ة ات ين ون ان (ت+ين for a dual of a ة-noun), construct-state ي/و, the accusative
tanween alif (ترشيح+ا) and verb subject suffixes (أعلن+ت, قال+وا, يقول+ون). Each suffix needs corpus
evidence for its base; the thresholds are weights in ``data/text/clitics_weights.json``.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from marsad.text.clitics_data import HAMZA_BARE, PREP_PRON

if TYPE_CHECKING:
    from marsad.text.clitics_analyzer import Analyzer

ALTERNATES = {"ين": ("ون", "ان"), "ون": ("ين",), "ان": ("ين",), "ي": ("ين", "ون"), "و": ("ين", "ون")}


def alternation(an: Analyzer, base: str, suffix: str) -> float:
    """Log count of ``base`` with the other case/number ending (المنتسبين ↔ المنتسبون, الطرفان ↔
    الطرفين): a sound plural or dual ending alternates, the end of a stem (فلسطين, لبنان) does not."""
    get = an.counts.get
    n = 0
    for other in ALTERNATES[suffix]:
        n += get(base + other, 0) + get("ال" + base + other, 0)
    return math.log1p(n)


def verb_evidence(an: Analyzer, base: str) -> float:
    """Log count of ``base`` as a perfect verb, weak final letter restored (أدت ← أدى, دعت ← دعا)."""
    get = an.counts.get
    n = get(base, 0) + get(base + "ى", 0) + get(base + "ا", 0)
    if (bare := base.translate(HAMZA_BARE)) != base:  # إنتهت ← انتهى
        n += get(bare, 0) + get(bare + "ى", 0) + get(bare + "ا", 0)
    return math.log1p(n)


def genitive_evidence(an: Analyzer, stem: str) -> float:
    """Log count of ``stem`` after the article or a preposition: then its final ا is no tanween."""
    get = an.counts.get
    return math.log1p(get("ال" + stem, 0) + get("ب" + stem, 0) + get("ل" + stem, 0))


def farasa_stem(an: Analyzer, stem: str, definite: bool, suffixed: bool) -> tuple[str, tuple[str, ...]]:
    """Farasa scheme: noun suffixes, the tanween alif and verb subject suffixes cut off the stem."""
    w = an.w
    n = len(stem)
    lw = an.attested(stem)
    imperfect = stem[0] in "يت"
    if n >= 2 and stem[-1] == "ة":
        return stem[:-1], ("ة",)
    if stem in an.whole_names:  # «مدنين», «كوبا», «روسيا»: a name's last letters are no suffix
        return stem, ()
    if suffixed and n >= 3 and stem[-1] == "ت":
        # ة written ت before a pronoun (حياته ← حياة), unless the plural ات fits better
        e_ta = an.attested(stem[:-1] + "ة")
        e_at = an.attested(stem[:-2], hamza=False) if stem.endswith("ات") and n >= 4 else 0.0
        if e_ta >= w["at_min"] and e_ta >= e_at:
            return stem[:-1], ("ت",)
    if n >= 4 and stem.endswith("ات"):
        # Feminine plural. Long words split by default, except the broken plural أفعال (أصوات,
        # أوقات) whose ات is root + alif; short ones need their singular attested (قوات ← قوة).
        base = stem[:-2]
        ev = max(an.attested(base, hamza=False), an.attested(base + "ة"))
        afaal = n == 5 and stem[0] in "أإا"
        if ev >= w["at_min"] or (n >= 5 and not afaal and ev >= w["at_long_min"]):
            return base, ("ات",)
    if n >= 5 and stem[-3:] in ("تين", "تان") and an.attested(stem[:-3] + "ة") >= w["at_min"]:
        return stem[:-3], ("ت", stem[-2:])
    if suffixed and n >= 4 and stem[-1] == "ت" and verb_evidence(an, stem[:-1]) >= w["ts_min"]:
        return stem[:-1], ("ت",)
    if n >= 5 and stem[-2:] in ("ين", "ون"):
        base = stem[:-2]
        lb = an.attested(base, hamza=False)
        if imperfect:  # يعانون ← يعاني
            lb = max(lb, math.log1p(an.counts.get(base + "ي", 0)))
        alt = alternation(an, base, stem[-2:])
        if (
            (lb >= w["yn_min"] and lb - lw >= w["yn_ratio"])
            or (definite and lb >= w["ynd_min"])
            or alt >= w["alt_min"]
        ):
            return base, (stem[-2:],)
    if n >= 5 and stem.endswith("ان"):
        base = stem[:-2]
        lb = an.attested(base, hamza=False)
        if (
            (lb >= w["an_min"] and lb - lw >= w["an_ratio"])
            or ((definite or imperfect) and lb >= w["and_min"])
            or alternation(an, base, "ان") >= w["alt_min"]
        ):
            return base, ("ان",)
    if n >= 4 and stem.endswith("وا") and an.attested(stem[:-2], hamza=False) >= w["wa_min"]:
        return stem[:-2], ("وا",)
    if not definite and n >= 4 and stem[-1] in "يو":
        # construct-state sound plural or dual: مواطني البلد → مواطن+ي (مواطنين / مواطنون attested)
        base = stem[:-1]
        if alternation(an, base, "ي") - lw >= w["yc_ratio"] and alternation(an, base, "ي") >= w["yc_min"]:
            return base, (stem[-1],)
    if not definite and not suffixed and n >= 3 and stem[-1] == "ا":
        # Tanween alif: never on a word attested after the article or a preposition (الدنيا,
        # لفرنسا); a base ending in ي is a nisba adjective (رسمي+ا) or a country (ألمانيا).
        base = stem[:-1]
        lb = an.attested(base, True)  # شيئا ← شيء
        nisba = base[-1] == "ي"
        lim = w["a3_min"] if n == 3 else w["ai_min"] if nisba else w["a_min"]
        if n >= 5 and stem[0] == "م" and not nisba:  # participles: مجبرا, متأثرا
            lim = min(lim, w["am_min"])
        ratio = w["ai_ratio"] if nisba else w["a_ratio"]
        gen = genitive_evidence(an, stem)
        if lb >= lim and lb - lw >= ratio and (gen <= w["a_def_max"] or gen - lw < w["a_def_rel"]):
            return base, ("ا",)
    if not definite and n >= 3 and stem[-1] == "ت" and stem[0] != "ي" and stem[:-1] not in PREP_PRON:
        base = stem[:-1]
        lb = verb_evidence(an, base)
        if lb >= (w["t3_min"] if n == 3 else w["t_min"]) and lb - lw >= w["t_ratio"]:
            return base, ("ت",)
    return stem, ()
