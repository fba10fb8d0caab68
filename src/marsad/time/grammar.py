"""The temporal grammar: named regular expressions over the folded view, built from the lexicons.

Each `Pattern` has a ``name`` (recorded as the expression's ``rule``) and a compiled regex whose
``body`` group is the span of the expression (a leading clitic or preposition stays outside it).
Patterns are compiled once per process (`patterns()`); `marsad.time.rules` turns a match into a
value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import ahocorasick

from marsad.time.lexicon import lexicon

__all__ = ["Pattern", "patterns", "active", "key_hits", "windows", "alt", "pieces"]


def alt(forms) -> str:
    """A non-capturing alternation of folded forms, longest first, spaces as ``\\s+``."""
    out = []
    for f in sorted(set(forms), key=len, reverse=True):
        rx = re.escape(f).replace(r"\ ", " ")
        rx = rx.replace(" و", r" و\s*").replace(" ", r"\s+")
        out.append(rx)
    return "(?:" + "|".join(out) + ")"


@dataclass(frozen=True)
class Pattern:
    """A named expression pattern; it only runs on texts that contain one of its ``keys``."""

    name: str
    regex: re.Pattern[str]
    keys: tuple[str, ...] = ()
    gate: re.Pattern[str] | None = None


@lru_cache(maxsize=1)
def _automaton() -> ahocorasick.Automaton:
    """Keys of all patterns in one automaton; a key of a ``WHOLE_WORD`` pattern must end a word.

    Each key maps to ``(length, ((whole_word, owner names), ...))``.
    """
    auto = ahocorasick.Automaton()
    owners: dict[tuple[str, bool], set[str]] = {}
    for p in patterns():
        for k in p.keys:
            owners.setdefault((k, p.name in WHOLE_WORD), set()).add(p.name)
    merged: dict[str, list[tuple[bool, frozenset[str]]]] = {}
    for (k, whole), names in owners.items():
        merged.setdefault(k, []).append((whole, frozenset(names)))
    for k, groups in merged.items():
        auto.add_word(k, (len(k), tuple(groups)))
    auto.make_automaton()
    return auto


WHOLE_WORD = frozenset({"date.hijri", "date.full", "month.year", "month.mod", "month.bare", "hijri.month"})
# Patterns whose every match contains one of their keys (or gate matches) within WINDOW characters:
# they are searched only around those hits. The others (a bare hour word of «clock.word», the
# prepositions of «year.bare») are searched over the whole text once their keys say they may occur.
WINDOWED_EXCEPT = frozenset({"clock.word", "year.bare"})
WINDOW = 160


def key_hits(view: str) -> dict[str, list[tuple[int, int]]]:
    """For each pattern that may match ``view``: the spans of its keys (or gate matches) there.

    One Aho-Corasick pass over the view, plus the gate regexes of the patterns that have one.
    """
    hits: dict[str, list[tuple[int, int]]] = {}
    n = len(view)
    for end, (length, groups) in _automaton().iter(view):
        for whole, owners in groups:
            if whole and end + 1 < n and view[end + 1].isalnum():
                continue
            span = (end + 1 - length, end + 1)
            for name in owners:
                hits.setdefault(name, []).append(span)
    for p in patterns():
        if p.gate is not None and p.name not in hits:
            found = [m.span() for m in p.gate.finditer(view)]
            if found:
                hits[p.name] = found
    return hits


def active(view: str) -> set[str]:
    """Names of the patterns whose keys occur in ``view``."""
    return set(key_hits(view))


def windows(view: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    r"""Merged stretches of ``view`` within `WINDOW` characters of ``spans``, cut at word ends.

    A stretch never ends inside a word, so a pattern's ``(?!\w)`` at its end sees a real word end;
    look-behinds at its start see the text before it (``Pattern.finditer(view, pos, endpos)``).
    """
    n = len(view)
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        lo, hi = max(0, s - WINDOW), min(n, e + WINDOW)
        while hi < n and (view[hi].isalnum() or view[hi] == "_"):
            hi += 1
        if out and lo <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


B = r"(?<!\w)"  # word start
E = r"(?!\w)"  # word end
PRE = r"(?:[وف]?[بل]?)"  # proclitics kept outside the body


@lru_cache(maxsize=1)
def pieces() -> dict[str, str]:
    lex = lexicon()
    post_mods = [m for m in lex.modifiers if m not in ("هذا", "هذه")]
    mon = alt(lex.months)
    return {
        "MON": mon,
        "PAIR": rf"(?:\s*[(/\-–]?\s*(?P<mon2>{mon})\s*\)?{E})?",
        "HIJ": alt(lex.hijri_months),
        "WD": alt(lex.weekdays),
        "MOD": alt(post_mods),
        "ORD": alt(lex.ordinals),
        "HOURW": alt(lex.hours),
        "CARDW": alt(lex.cardinals),
        "REL": alt(lex.relative_days),
        "POD": alt(lex.parts_of_day),
        "EDGE": alt(lex.edges),
        "UNIT": alt(lex.units),
        "DAY": r"(?:[0-3]?\d)(?![\d:])",
        "Y4": r"(?:1[5-9]\d\d|20\d\d)(?![\d:])",
        "SAMEB": alt(lex.same_before),
        "SAMEA": alt(lex.same_after),
        "SUNIT": alt(lex.same_units),
        "APPROX": r"(?:(?:نحو|حوالي|قرابه|زهاء|اكثر\s+من|اقل\s+من|ما\s+يقارب|ما\s+يزيد\s+(?:عن|علي))\s+)",
    }


def _c(rx: str) -> re.Pattern[str]:
    return re.compile(rx.format(**pieces()).replace("<<", "{").replace(">>", "}"))


@lru_cache(maxsize=1)
def patterns() -> tuple[Pattern, ...]:
    p = pieces()
    num = rf"(?:\d+(?:[.,]\d+)?|{p['CARDW']}(?:\s+و\s*{p['CARDW']})?)"
    wd_pre = r"(?:(?P<wd>{WD})(?:\s+{MOD})?\s*[،,]?\s*)?"
    trig = (
        r"(?:خلال|لمده|مده|طيله|طوال|طيلة|علي\s+مدي|علي\s+امتداد|استمر\w*|دام\w*|تدوم|يدوم|تستمر|يستمر"
        r"|بالسجن|بسجنه|بسجنهم|سجن|يمتد|تمتد|مرور|مضي|انقضاء)"
    )
    specs = [
        (
            "date.hijri",
            B + PRE + r"(?P<body>" + wd_pre + r"(?:(?P<dnum>{DAY})|(?P<dord>{ORD}))\s*(?:من\s+)?"
            r"(?:شهر\s+)?(?P<hmon>{HIJ})" + E + r"(?:\s+(?P<year>1[34]\d\d)(?!\d))?(?:\s*ه" + E + r")?)",
        ),
        (
            "date.full",  # «الـ23 من شهر أغسطس»: a day number may carry the article (folded «ال23»)
            B
            + PRE
            + r"(?P<body>"
            + wd_pre
            + r"(?:(?:ال)?(?P<dnum>{DAY})|(?P<dord>{ORD}))\s*[.\-/]?\s*(?:من\s+)?"
            r"(?:شهر\s+)?(?P<mon>{MON})" + E + "{PAIR}"
            # «5 ديسمبر لعام 2008», «21 سبتمبر من عام 2014», «21 سبتمبر من العام الماضي» (`ymod`: the year)
            r"(?:\s*[،,]?\s*(?:(?:من\s+)?(?:ال|ل)?(?:عام|سنه)\s+)?(?P<year>{Y4})(?:\s*م" + E + r")?"
            r"|\s+من\s+(?:العام|السنه)\s+(?P<ymod>{MOD})" + E + r")?"
            r"(?:\s+(?P<mod>{MOD})" + E + r")?)",
        ),
        (
            "date.numeric",
            r"(?<![\d.,/:\-])(?P<body>(?:(?P<d>[0-3]?\d)(?P<s>[/.\-])(?P<m>[01]?\d)(?P=s)(?P<y>\d<<4>>|\d<<2>>)"
            r"|(?P<y2>\d<<4>>)(?P<s2>[/\-])(?P<m2>[01]?\d)(?P=s2)(?P<d2>[0-3]?\d)))(?![\d.,/:\-]\d|\d)",
        ),
        (
            "month.year",
            B + PRE + r"(?P<body>(?:شهر\s+)?(?P<mon>{MON})" + E + "{PAIR}"
            r"(?:\s*[،,]?\s*(?:(?:من\s+)?(?:ال|ل)?(?:عام|سنه)\s+)?(?P<year>{Y4})"
            r"|\s+من\s+(?:العام|السنه)\s+(?P<mod>{MOD})" + E + "))",
        ),
        (
            "month.mod",
            B + PRE + r"(?P<body>(?:شهر\s+|شهري\s+)?(?P<mon>{MON})" + E + "{PAIR}"
            r"\s+(?P<mod>{MOD}))" + E,
        ),
        ("month.bare", B + PRE + r"(?P<body>(?P<shahr>شهر\s+|شهري\s+)?(?P<mon>{MON})" + E + "{PAIR})"),
        (
            "hijri.month",
            B
            + PRE
            + r"(?P<body>(?P<shahr>شهر\s+)?(?P<hmon>{HIJ})"
            + E
            + r"(?:\s+(?P<year>1[34]\d\d)(?:\s*ه"
            + E
            + r")?|\s+(?P<mod>{MOD})"
            + E
            + r")?)",
        ),
        (
            "night",
            B + PRE + r"(?P<body>(?:(?P<past2>(?:ال)?ليله\s+(?:ما\s+)?قبل\s+(?:الماضيه|الفارطه|المنقضيه))"
            r"|(?P<past>(?:ال)?ليله\s+(?:الماضيه|البارحه|امس|الامس|الفارطه|المنقضيه))"
            r"|(?P<night>ليله|ليل)\s+(?:يوم\s+)?(?P<wd>{WD})(?:\s*[-–/]\s*|\s+(?:الي|و)\s*)?(?P<wd2>{WD})?"
            r"(?:\s+(?P<mod>{MOD})" + E + r")?|(?P<tonight>الليله|ليله\s+اليوم))" + E + ")",
        ),
        (
            "relday",
            B
            + PRE
            + r"(?P<body>(?:(?P<pod>{POD})\s+)?(?:يوم\s+)?(?P<rel>{REL})"
            + E
            + r"(?:\s*[،,(]?\s*(?P<wd>{WD})\s*\)?(?:\s+(?P<mod>{MOD}))?"
            + E
            + ")?)",
        ),
        (
            "weekday",
            B + PRE + r"(?P<body>(?:(?P<this>هذا|هذه)\s+)?(?:(?P<pod>{POD})\s+)?(?P<yawm>يوم\s+)?"
            r"(?P<wd>{WD})" + E + r"(?:\s+(?P<beyond>(?:ما\s+)?(?:قبل|بعد)\s+)?(?P<mod>{MOD})" + E + r")?)",
        ),
        (
            "relunit",
            B + PRE + r"(?P<body>(?:(?P<this>هذا|هذه)\s+(?P<u>الاسبوع|الشهر|العام|السنه)"
            r"|(?P<u2>الاسبوع|الشهر|العام|السنه)\s+(?P<beyond>(?:ما\s+)?(?:قبل|بعد)\s+)?(?P<mod>{MOD})"
            r"|(?P<edge>{EDGE})\s+(?:من\s+)?(?P<u3>الاسبوع|الشهر|العام|السنه)(?!\s+{MOD}))" + E + ")",
        ),
        (
            "year",
            B
            + r"(?:[وفبل]|لل)?(?P<body>(?:عام|العام|سنه|السنه)\s+(?P<year>{Y4}|\d\d(?!\d))(?!\s*(?:سن|عام)))",
        ),
        (
            "year.bare",
            r"(?:(?<!\w)(?P<pre>في|منذ|حتي|الي|قبل|بعد|بين|من|مطلع|منتصف|نهايه|موفي|اواخر|بدايه)\s+"
            r"|(?<=\d)\s*(?P<join>و|-|–|/|الي|حتي)\s*|(?<!\w)و|(?<=\w\s))(?P<body>(?P<year>{Y4}))",
        ),
        (
            "decade",
            B + r"(?P<body>(?:ال)?(?P<dec>ستين|سبعين|ثمانين|تسعين)(?:ي)?ات(?:\s+(?:من\s+)?القرن\s+"
            r"(?:الماضي|العشرين))?)" + E,
        ),
        (
            "present",
            B + r"(?:[وفبل]|ال)?(?P<body>(?P<pres>الان|حاليا|حد\s+الساعه|حد\s+الان|حد\s+اللحظه|الوقت\s+"
            r"(?:الحالي|الراهن)))" + E,
        ),
        (
            "ago",
            B
            + r"[وف]?(?P<body>(?P<kw>منذ|قبل)\s+{APPROX}?(?:ال(?=\s*\d)\s*)?(?P<num>"
            + num
            + r")?\s*(?P<unit>{UNIT})"
            + E
            + r"(?:\s+(?P<vague>عده|عديده))?)(?!\s*\d)(?!\s+(?:من|علي|عن)"
            + E
            + ")",
        ),
        (
            "duration",
            B
            + r"(?P<trig>"
            + trig
            + r")\s+{APPROX}?(?P<body>(?:ال(?=\s*\d)\s*)?(?P<num>"
            + num
            + r")?\s*(?P<unit>{UNIT})"
            + E
            + r"(?:\s+(?P<num2>واحد|واحده))?(?P<half>\s*و\s*نصف|\s+ونصف)?"
            r"(?:\s+(?:كامل|كامله))?(?:\s+(?:الاخيره|الماضيه|المقبله|القادمه))?)(?!\s*\d)",
        ),
        (
            "duration.attached",
            B + r"[لب](?P<body>(?P<unit>يومين|ساعتين|شهرين|سنتين|عامين|اسبوعين|دقيقتين)"
            r"|(?P<unit1>سنه|عام|شهر|اسبوع|يوم|ساعه)\s+(?:واحد|واحده|كامل|كامله))" + E,
        ),
        (
            "clock",
            B
            + r"(?:(?:علي|في)\s+)?(?:تمام\s+)?(?P<body>(?:ال)?ساعه\s+(?:(?P<h>[0-2]?\d)(?:[:.h](?P<mi>[0-5]\d))?"
            r"(?!\d)(?:\s+و\s*(?P<mi2>[0-5]?\d)\s+دقيقه)?(?P<illa2>\s+الا\s+(?:ربعا|ربع|الربع))?|(?P<hw>{HOURW})(?:\s+و\s*(?P<frac>النصف|الربع|نصف|ربع"
            r"|[0-5]?\d\s+دقيقه|{CARDW}\s+دقيقه))?(?P<illa>\s+الا\s+(?:ربعا|ربع|الربع))?)"
            + E
            + r"(?:\s+(?P<ampm>صباحا|مساء(?:ا)?(?!\s+(?:{REL}|{WD}|يوم))|ليلا|ظهرا|عصرا|فجرا|بعد\s+الظهر|بعد\s+الزوال"
            r"|زوالا|بعد\s+الظهيره)" + E + ")?)",
        ),
        (
            "clock.digits",
            r"(?<![\d:.,])(?P<body>(?P<h>[0-2]?\d):(?P<mi>[0-5]\d)(?![\d:])(?:\s+(?P<ampm>صباحا|مساء(?:ا)?"
            r"|ليلا|ظهرا|عصرا|بعد\s+الظهر|بعد\s+الزوال)" + E + ")?)",
        ),
        ("clock.noon", B + r"(?P<body>منتصف\s+(?P<which>النهار|الليل))" + E),
        (
            "clock.word",
            B
            + r"(?P<body>(?P<hw>{HOURW})(?:\s+و\s*(?P<frac>النصف|الربع|نصف|ربع))?(?P<illa>\s+الا\s+(?:ربعا|ربع|الربع))?"
            r"(?:\s+(?P<ampm>صباحا|مساء(?:ا)?|ليلا|ظهرا|عصرا|فجرا|بعد\s+الظهر|بعد\s+الزوال))?)" + E,
        ),
        (
            "clock.ampm",
            r"(?<![\d:.,/])(?P<body>(?P<h>[0-2]?\d)(?:[:.](?P<mi>[0-5]\d))?\s*(?P<ampm>صباحا|مساء(?:ا)?|ليلا|ظهرا"
            r"|عصرا|بعد\s+الظهر|بعد\s+الزوال)" + E + ")",
        ),
        (
            "weekday.week",
            B + PRE + r"(?P<body>(?:(?P<wk>(?:هذا\s+)?الاسبوع(?:\s+{MOD})?)\s+(?:يوم\s+)?(?P<wd>{WD})"
            r"|(?:يوم\s+)?(?P<wd2>{WD})\s+(?:من\s+)?(?P<wk2>(?:هذا\s+)?الاسبوع(?:\s+{MOD})?)))" + E,
        ),
        (
            "date.relmonth",
            B
            + PRE
            + r"(?P<body>(?:يوم\s+)?(?:(?P<dnum>{DAY})|(?P<dord>{ORD}))\s+(?:من\s+)?(?P<rm>(?:هذا\s+)?"
            r"الشهر(?:\s+{MOD})?))" + E,
        ),
        (
            "same",
            B + PRE + r"(?P<body>(?:{SAMEB})\s+(?P<u1>{SUNIT})|(?P<u2>{SUNIT})\s+(?:{SAMEA}))" + E,
        ),
        (
            "month.numeric",
            r"(?<![\d.,/:\-])(?P<body>(?P<m>[01]?\d)(?P<s>[/\-])(?P<y>{Y4})|(?P<y2>{Y4})(?P<s2>[/\-])(?P<m2>[01]?\d))"
            r"(?![\d.,/:\-]?\d)",
        ),
        (
            "duration.last",
            B + r"(?P<body>ال(?:(?P<unit>يومين|ساعتين|شهرين|سنتين|عامين|اسبوعين)|(?P<num>\d+|{CARDW})\s+"
            r"(?P<unit2>{UNIT})|(?P<unit3>ايام|ساعات|اشهر|شهور|سنوات|اعوام|اسابيع)\s+ال(?P<num2>{CARDW}))"
            r"\s+(?:الماضيين|الماضيتين|الماضيه|الاخيرين|الاخيره|الاخيرتين|الفارطين|الفارطه|المنقضيين|المنقضيه"
            r"|المقبلين|المقبله|القادمين|القادمه))" + E,
        ),
        (
            "duration.whole",
            B + r"(?P<body>(?:(?P<trig>طوال|طيله)\s+)?(?:(?P<u>اليوم|الاسبوع|الشهر|العام|السنه|الليل|الليله)"
            r"(?!\s+{MOD})(?=" + E + r")|(?P<u2>يوم|اسبوع|شهر|عام|سنه|ليله)\s+(?:كامل|كامله))"
            r"|(?P<half>نصف)\s+(?P<u3>سنه|عام|شهر|يوم|ساعه|قرن))" + E,
        ),
        (
            "set",
            B
            + r"(?P<body>كل\s+(?:يوم\s+)?(?P<wd>{WD}|اثنين|ثلاثاء|اربعاء|خميس|جمعه|سبت|احد)"
            + E
            + r"|كل\s+(?P<u>يوم|اسبوع|شهر|عام|سنه)"
            + E
            + r"(?!\s+(?:من(?!\w)|ال))|كل\s+(?P<num>\d+|{CARDW})?\s*(?P<unit>{UNIT})"
            + E
            + r"|ايام\s+(?P<wd3>{WD})|(?P<adv>سنويا|يوميا|اسبوعيا|شهريا))"
            + E,
        ),
    ]
    keys = _gate_keys()
    return tuple(Pattern(name, _c(rx), *keys[name]) for name, rx in specs)


def _firsts(forms) -> tuple[str, ...]:
    """Gate keys of multi-word names: the first word, or the whole name when the first is common."""
    common = {"ذو", "ذي", "ربيع", "جمادي"}
    return tuple(sorted({f if f.split()[0] in common else f.split()[0] for f in forms}))


def _gate_keys() -> dict[str, tuple[tuple[str, ...], re.Pattern[str] | None]]:
    """Cheap tests that a text may hold a pattern's expression (most sentences hold none)."""
    lex = lexicon()
    months = _firsts(lex.months)
    hijri = _firsts(lex.hijri_months)
    weekdays = tuple(w[2:] for w in lex.weekdays)  # without the article: also «كل اثنين»
    return {
        "date.hijri": (hijri, None),
        "date.full": (months, None),
        "date.numeric": ((), re.compile(r"\d[/.\-]\d")),
        "month.year": (months, None),
        "month.mod": (months, None),
        "month.bare": (months, None),
        "hijri.month": (hijri, None),
        "night": (("ليل",), None),
        "relday": (("امس", "اليوم", "غد", "البارحه"), None),
        "weekday": (weekdays, None),
        "relunit": (("الاسبوع", "الشهر", "العام", "السنه"), None),
        "year": (("عام", "سنه"), None),
        "year.bare": ((), re.compile(r"(?:1[5-9]|20)\d\d")),
        "decade": (("ستين", "سبعين", "ثمانين", "تسعين"), None),
        "present": (("الان", "حاليا", "حد ", "الوقت"), None),
        "ago": (("منذ", "قبل"), None),
        "duration": (
            (
                "خلال",
                "مده",
                "طيله",
                "طوال",
                "مدي",
                "امتداد",
                "ستمر",
                "دام",
                "دوم",
                "سجن",
                "متد",
                "مرور",
                "مضي",
                "انقضاء",
            ),
            None,
        ),
        "duration.attached": (
            ("يومين", "ساعتين", "شهرين", "سنتين", "عامين", "اسبوعين", "دقيقتين", "واحد", "كامل"),
            None,
        ),
        "clock": (("ساعه",), None),
        "clock.digits": ((":",), None),
        "clock.noon": (("منتصف",), None),
        "clock.word": (
            ("النصف", "الربع", "ربع", "صباحا", "مساء", "ليلا", "ظهرا", "عصرا", "فجرا", "الظهر", "الزوال"),
            None,
        ),
        "clock.ampm": (("صباحا", "مساء", "ليلا", "ظهرا", "عصرا", "بعد الظهر", "بعد الزوال"), None),
        "weekday.week": (("الاسبوع",), None),
        "date.relmonth": (("الشهر",), None),
        "month.numeric": ((), re.compile(r"\d[/\-]\d")),
        "same": (tuple(lex.same_before) + tuple(lex.same_after), None),
        "duration.last": (("الماضي", "الاخير", "الفارط", "المنقضي", "المقبل", "القادم"), None),
        "duration.whole": (("طوال", "طيله", "كامل", "نصف"), None),
        "set": (("كل ", "ايام ", "سنويا", "يوميا", "اسبوعيا", "شهريا"), None),
    }
