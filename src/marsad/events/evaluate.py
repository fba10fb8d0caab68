"""`marsad eval events`: event P/R/F1 by type and argument accuracy on the dev set, or GSR detection.

Dev set (``tests/data/events_dev.jsonl``, default): each article runs through the installed upstream
stages and the event coder (`marsad.events.stages`). A predicted event matches a gold event of the same
``event_type`` whose trigger (or another mention of the same happening) it overlaps, or shares a
sentence with; matching is one-to-one, nearest trigger first. Reported: P/R/F1 per event type and
overall, sub-type accuracy, and on matched events the accuracy of actor, target, place (entity mention
or evidence span agreeing with the gold text or span; both None counts as right), date (exact value),
status and fatalities.

``--data gsr``: sentence-level ASSAULT and PROTEST detection on openeventdata/arabic_event_gsr (positive
= ``yes``; negative = ``easy no`` + ``difficult no``; ``ambiguous`` dropped), and agreement of our actor
and target spans with the gold consensus tokens where those exist.
"""

from __future__ import annotations

import datetime as dt
import json
import re
import time
from collections import Counter, defaultdict
from pathlib import Path
from typing import Annotated, Any

import msgspec
import typer

from marsad.cli.evaluate import app
from marsad.devsets import fill_texts
from marsad.doc import Article, Event, Evidence, Span
from marsad.events.calibration import confidence_band
from marsad.events.gsr import DEFAULT_GSR, evaluate_gsr
from marsad.events.stages import analyze_events, upstream
from marsad.events.taxonomy import EVENT_TYPES
from marsad.text.normalize import fold

__all__ = [
    "evaluate_dev",
    "evaluate_gsr",
    "DevScores",
    "load_dev",
    "reliability",
    "reliability_table",
]  # evaluate_gsr: from marsad.events.gsr

ROOT = Path(__file__).resolve().parents[3]
DEFAULT_DEV = ROOT / "tests" / "data" / "events_dev.jsonl"
ARGS = ("actor", "target", "place")
SYMMETRIC = frozenset({"Armed clash", "Meeting", "Talks", "Phone call"})


class DevScores(msgspec.Struct):
    articles: int
    stages: list[str]
    by_type: dict[str, dict[str, int]]  # type → tp, fp, fn
    matched: int
    subtype_right: int
    fields: dict[str, list[int]]  # field → [right, scored]
    errors: list[dict[str, Any]]
    seconds: float
    # lower edge of a tenth of confidence ("0.7": 0.7 ≤ c < 0.8) → [events kept, of them matched]
    by_confidence: dict[str, list[int]] = msgspec.field(default_factory=dict)
    # "field:rule" → [right, scored]: how often each rule's answer for a field agrees, on matched events
    by_rule: dict[str, list[int]] = msgspec.field(default_factory=dict)

    def prf(self, t: str | None = None) -> tuple[float, float, float]:
        rows = [self.by_type[t]] if t else list(self.by_type.values())
        tp = sum(r["tp"] for r in rows)
        fp = sum(r["fp"] for r in rows)
        fn = sum(r["fn"] for r in rows)
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        return p, r, (2 * p * r / (p + r) if p + r else 0.0)

    def accuracy(self, field: str) -> float:
        right, n = self.fields.get(field, [0, 0])
        return right / n if n else 0.0

    def reliability(self) -> list[dict[str, Any]]:
        """Per tenth of confidence, highest first: events kept, the share matched (precision in the
        band), and the precision and recall of keeping only the events at that confidence or more."""
        return reliability(self.by_confidence, sum(r["tp"] + r["fn"] for r in self.by_type.values()))


def reliability(bands: dict[str, list[int]], gold: int) -> list[dict[str, Any]]:
    """`DevScores.reliability` over band counts (also summed over folds by bench/events_cv.py)."""
    out, kept, right = [], 0, 0
    for band in sorted(bands, reverse=True):
        n, m = bands[band]
        kept, right = kept + n, right + m
        out.append(
            {
                "band": band,
                "kept": n,
                "matched": m,
                "precision": m / n if n else 0.0,
                "at_least_precision": right / kept if kept else 0.0,
                "at_least_recall": right / gold if gold else 0.0,
            }
        )
    return out


def load_dev(path: Path = DEFAULT_DEV) -> list[dict]:
    """Annotated articles with their text: SaudiNewsNet articles are stored by reference and read
    from the shared corpus (`marsad.devsets.fill_texts`)."""
    with path.open(encoding="utf-8") as f:
        return fill_texts([json.loads(line) for line in f if line.strip()])


def _article(row: dict) -> Article:
    pub = dt.date.fromisoformat(row["published"]) if row.get("published") else None
    return Article(row["text"], id=row["id"], title=row.get("title"), published=pub)


def _overlap(a: dict | Any, s: int, e: int) -> bool:
    a_s, a_e = (a["start"], a["end"]) if isinstance(a, dict) else (a.start, a.end)
    return a_s < e and s < a_e


def _mentions(g: dict) -> list[dict]:
    return [g["trigger"], *g.get("also", [])]


def _sentence(article: Article, offset: int) -> int:
    return article.sentence_at(offset) if article.sentences else 0


def match_events(article: Article, gold: list[dict], pred: list[Event]) -> list[tuple[int, int]]:
    """One-to-one (gold index, predicted index) pairs: same type, and a trigger of the predicted event
    overlaps a gold mention or shares its sentence."""
    merged = article.layer("event_mentions") or {}
    cands = []
    for gi, g in enumerate(gold):
        g_sents = {_sentence(article, m["start"]) for m in _mentions(g)}
        for pi, p in enumerate(pred):
            if p.event_type != g["event_type"]:
                continue
            spans = merged.get(p.id) or [p.trigger]  # the first mention and those the coder merged into it
            if any(_overlap(m, s.start, s.end) for m in _mentions(g) for s in spans):
                cands.append((0, 0, gi, pi))
            elif any(_sentence(article, s.start) in g_sents for s in spans):
                dist = min(abs(m["start"] - s.start) for m in _mentions(g) for s in spans)
                cands.append((1, dist, gi, pi))
    cands.sort()
    used_g, used_p, pairs = set(), set(), []
    for _, _, gi, pi in cands:
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return pairs


def _norm(s: str) -> str:
    s = fold(s)
    s = re.sub(r"[«»\"“”()]", " ", s)
    return " ".join(w[2:] if w.startswith("ال") and len(w) > 4 else w for w in s.split())


def _rule_family(rule: str) -> str:
    """A rule name without its model version or the detail after «:» («learned-actor@2.0.0» →
    «learned-actor», «publication-date:time-in-name:x» → «publication-date»)."""
    return rule.split(":", 1)[0].split("@", 1)[0]


def arg_right(article: Article, event: Event, field: str, gold: dict | None) -> bool:
    """Does the event's ``field`` (entity or evidence span) agree with the gold argument?"""
    ev = event.evidence.get(field)
    ent_id = getattr(event, field)
    if gold is None:
        return ent_id is None and (ev is None or ev.span is None)
    texts: list[tuple[str, int, int]] = []
    if ent_id is not None:
        ent = article.entity(ent_id)
        if ent is not None:
            texts += [(m.text, m.start, m.end) for m in ent.mentions]
            texts.append((ent.name, -1, -1))
    if ev is not None and ev.span is not None:
        texts.append((ev.span.text, ev.span.start, ev.span.end))
    raw = [_norm(a) for a in gold.get("accept", [gold["text"]])]
    accepts = [_content(a) or {_plural(a)} for a in gold.get("accept", [gold["text"]])]
    for text, s, e in texts:
        if (
            s >= 0
            and s < gold["end"]
            and gold["start"] < e
            and _content(article.text[max(s, gold["start"]) : min(e, gold["end"])])
        ):
            return True
        words = _content(text) or {_plural(text)}
        if any(words & a for a in accepts) or _norm(text) in raw:
            return True
    return False


# Generic heads that alone do not identify an actor («قوات», «تنظيم»): agreement needs another word.
_GENERIC = frozenset(
    _n
    for _n in (
        fold(w)
        for w in [
            "قوات",
            "تنظيم",
            "عناصر",
            "جماعة",
            "مليشيات",
            "ميليشيات",
            "ميليشيا",
            "مليشيا",
            "رجال",
            "مسلحين",
            "مسلحون",
            "طيران",
            "مقاتلات",
            "طائرات",
            "الرئيس",
            "رئيس",
            "وزير",
            "مصادر",
            "دولة",
            "حكومة",
        ]
    )
)


def _plural(text: str) -> str:
    """«مجهولون»/«مجهولين» and «مسلحون»/«مسلحين» are one word in two cases."""
    w = _norm(text)
    return w[:-2] + "ين" if w.endswith("ون") else w


def _content(text: str) -> set[str]:
    """Content words of an argument's text (folded, article stripped, generic heads dropped)."""
    out = set()
    for w in _norm(text).split():
        for p in ("و", "ب", "ل"):
            if w.startswith(p) and len(w) > 4 and _norm("ال" + w[1:]) != w:
                w = w[1:] if not w[1:].startswith("ل") else w[2:]
                break
        if w not in _GENERIC and _norm("ال" + w) not in _GENERIC and len(w) >= 2:
            out.add(_plural(w))
    return out


def annotated_events(row: dict) -> list[Event]:
    """An annotation's events as predictions (for agreement between two annotators): the trigger, the
    argument spans as evidence, date, status and fatalities as written."""
    out = []
    for n, g in enumerate(row["events"], 1):
        t = g["trigger"]
        evidence = {"trigger": Evidence("annotation", 1.0, Span(t["start"], t["end"], t["text"]))}
        for f in ARGS:
            if g[f] is not None:
                evidence[f] = Evidence("annotation", 1.0, Span(g[f]["start"], g[f]["end"], g[f]["text"]))
        evidence["date"] = Evidence("annotation", 1.0, None)
        out.append(
            Event(
                id=f"A{n}",
                event_type=g["event_type"],
                sub_event_type=g["sub_event_type"],
                trigger=evidence["trigger"].span,
                date=g["date"],
                status=g["status"],
                fatalities=g["fatalities"],
                evidence=evidence,
            )
        )
    return out


def evaluate_dev(
    path: Path = DEFAULT_DEV,
    limit: int | None = None,
    *,
    use_filter: bool = True,
    against: Path | None = None,
) -> DevScores:
    """Score the coder on the annotated set ``path``; with ``against`` (a second annotation of the same
    articles), score that annotation instead of the coder: how far two annotators agree."""
    rows = load_dev(path)[:limit]
    second = {r["id"]: r for r in load_dev(against)} if against is not None else None
    if second is not None:
        rows = [r for r in rows if r["id"] in second]
    by_type = {t: {"tp": 0, "fp": 0, "fn": 0} for t in EVENT_TYPES}
    fields: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    errors: list[dict[str, Any]] = []
    by_confidence: dict[str, list[int]] = {}
    by_rule: dict[str, list[int]] = {}
    matched = subtype_right = 0
    stages: list[str] = []
    t0 = time.perf_counter()
    for row in rows:
        art = _article(row)
        if second is None:
            stages = analyze_events(art, use_filter=use_filter)
        else:  # the second annotation is the prediction: the upstream stages only, for sentences
            stages = []
            for comp in upstream():
                comp(art)
                stages.append(comp.name)
            art.events = annotated_events(second[row["id"]])
        gold, pred = row["events"], art.events
        pairs = match_events(art, gold, pred)
        mg = {gi for gi, _ in pairs}
        mp = {pi for _, pi in pairs}
        for gi, g in enumerate(gold):
            if gi not in mg:
                by_type[g["event_type"]]["fn"] += 1
                errors.append(
                    {
                        "article": row["id"],
                        "kind": "missed",
                        "type": g["sub_event_type"],
                        "trigger": g["trigger"]["text"],
                    }
                )
        for pi, p in enumerate(pred):
            band = by_confidence.setdefault(confidence_band(p.confidence), [0, 0])
            band[0] += 1
            band[1] += pi in mp
            if pi not in mp:
                by_type[p.event_type]["fp"] += 1
                errors.append(
                    {
                        "article": row["id"],
                        "kind": "spurious",
                        "type": p.sub_event_type,
                        "trigger": p.trigger.text,
                    }
                )
        for gi, pi in pairs:
            g, p = gold[gi], pred[pi]
            by_type[g["event_type"]]["tp"] += 1
            matched += 1
            subtype_right += g["sub_event_type"] == p.sub_event_type
            symmetric = g["sub_event_type"] in SYMMETRIC  # a clash or a meeting has two sides, no direction
            for f in ARGS:
                ok = arg_right(art, p, f, g[f])
                if not ok and symmetric and f in ("actor", "target"):
                    other = "target" if f == "actor" else "actor"
                    ok = g[other] is not None and arg_right(art, p, f, g[other])
                fields[f][0] += ok
                fields[f][1] += 1
                rule_ev = p.evidence.get(f)
                tally = by_rule.setdefault(f"{f}:{_rule_family(rule_ev.rule) if rule_ev else 'none'}", [0, 0])
                tally[0] += ok
                tally[1] += 1
                if g[f] is not None:
                    fields[f + "_given"][0] += ok
                    fields[f + "_given"][1] += 1
                if not ok:
                    ev = p.evidence.get(f)
                    errors.append(
                        {
                            "article": row["id"],
                            "kind": f,
                            "gold": g[f] and g[f]["text"],
                            "pred": ev.span.text if ev and ev.span else None,
                            "rule": ev.rule if ev else None,
                            "trigger": p.trigger.text,
                        }
                    )
            if g["date"] is not None:
                ok = p.date == g["date"]
                fields["date"][0] += ok
                fields["date"][1] += 1
                tally = by_rule.setdefault(f"date:{_rule_family(p.evidence['date'].rule)}", [0, 0])
                tally[0] += ok
                tally[1] += 1
                key = "date_implicit" if g.get("date_implicit") else "date_explicit"
                fields[key][0] += ok
                fields[key][1] += 1
                if not ok:
                    errors.append(
                        {
                            "article": row["id"],
                            "kind": "date",
                            "gold": g["date"],
                            "pred": p.date,
                            "rule": p.evidence["date"].rule,
                            "trigger": p.trigger.text,
                        }
                    )
            fields["status"][0] += p.status == g["status"]
            fields["status"][1] += 1
            if g["fatalities"] is not None:
                fields["fatalities"][0] += p.fatalities == g["fatalities"]
                fields["fatalities"][1] += 1
    return DevScores(
        len(rows),
        stages,
        by_type,
        matched,
        subtype_right,
        dict(fields),
        errors,
        time.perf_counter() - t0,
        by_confidence,
        by_rule,
    )


def _print_dev(s: DevScores, show_errors: int, name: str = "events_dev") -> None:
    typer.echo(
        f"events {name}: {s.articles} articles, stages: {' → '.join(s.stages)} → events, {s.seconds:.1f}s"
    )
    typer.echo(f"{'type':<30} {'P':>6} {'R':>6} {'F1':>6}  tp fp fn")
    for t in EVENT_TYPES:
        r = s.by_type[t]
        if r["tp"] + r["fp"] + r["fn"]:
            p, rc, f = s.prf(t)
            typer.echo(f"{t:<30} {p:6.3f} {rc:6.3f} {f:6.3f}  {r['tp']} {r['fp']} {r['fn']}")
    p, rc, f = s.prf()
    typer.echo(f"{'ALL (micro)':<30} {p:6.3f} {rc:6.3f} {f:6.3f}")
    typer.echo(
        f"matched {s.matched}; sub-type accuracy {s.subtype_right / s.matched if s.matched else 0:.3f}"
    )
    for fld in (
        "actor",
        "actor_given",
        "target",
        "target_given",
        "place",
        "place_given",
        "date",
        "date_explicit",
        "date_implicit",
        "status",
        "fatalities",
    ):
        if fld in s.fields:
            right, n = s.fields[fld]
            typer.echo(f"  {fld:<14} {s.accuracy(fld):.3f}  ({right}/{n})")
    typer.echo(reliability_table(s.reliability()))
    if show_errors:
        kinds = Counter(e["kind"] for e in s.errors)
        typer.echo("errors: " + ", ".join(f"{k} {v}" for k, v in kinds.most_common()))
        for e in s.errors[:show_errors]:
            typer.echo("  " + json.dumps(e, ensure_ascii=False))


def reliability_table(rows: list[dict[str, Any]]) -> str:
    """What the events' confidence means: per tenth, how many were right; keeping only those at or
    above it, precision and recall."""
    lines = ["by confidence (band: kept, right; keeping ≥ band: P, R)"]
    for r in rows:
        lines.append(
            f"  {r['band']}–{float(r['band']) + 0.1:.1f}: {r['kept']:5d} kept, {r['precision']:.3f} right;"
            f"  ≥ {r['band']}: P {r['at_least_precision']:.3f} R {r['at_least_recall']:.3f}"
        )
    return "\n".join(lines)


@app.command("events")
def events_command(
    data: Annotated[
        str, typer.Option(help="dev (tests/data/events_dev.jsonl) or gsr (arabic_event_gsr)")
    ] = "dev",
    path: Annotated[Path | None, typer.Option(help="gold file (dev) or folder (gsr)")] = None,
    limit: Annotated[int | None, typer.Option(help="only the first N articles / sentences")] = None,
    errors: Annotated[int, typer.Option(help="print the first N errors")] = 0,
    as_json: Annotated[bool, typer.Option("--json", help="print the scores as JSON")] = False,
    rules_only: Annotated[
        bool, typer.Option("--rules-only", help="score the rules without the learned filter")
    ] = False,
    against: Annotated[
        Path | None,
        typer.Option(help="a second annotation of the same articles: score it instead of the coder"),
    ] = None,
) -> None:
    """Score the event coder on the dev set or on the Arabic event GSR."""
    if data == "gsr":
        res = evaluate_gsr(path or DEFAULT_GSR, limit, use_filter=not rules_only)
        if as_json:
            typer.echo(json.dumps(res, ensure_ascii=False, indent=1))
            return
        for kind, r in res.items():
            typer.echo(
                f"{kind}: {r['sentences']} sentences  P {r['precision']:.3f}  R {r['recall']:.3f}  "
                f"F1 {r['f1']:.3f}  (tp {r['tp']} fp {r['fp']} fn {r['fn']}, {r['seconds']:.0f}s)"
            )
            a = r["all_statuses"]
            typer.echo(
                f"  counting historical/planned/denied events too: P {a['precision']:.3f}  R {a['recall']:.3f}  "
                f"F1 {a['f1']:.3f}"
            )
            sp = r["spans"]
            for k in ("source", "target"):
                right, n = sp[k]
                typer.echo(
                    f"  {k} span agreement {right / n if n else 0:.3f} ({right}/{n}; "
                    f"{sp['detected']}/{sp['sentences']} span sentences detected)"
                )
            curve = "; ".join(
                f"≥{c['min_confidence']}: P {c['precision']:.3f} R {c['recall']:.3f} F1 {c['f1']:.3f}"
                for c in r["by_confidence"]
            )
            typer.echo(f"  by confidence: {curve}")
            typer.echo(
                "  frequent false-positive triggers: "
                + ", ".join(f"{t[3:]}×{n}" for t, n in r["top_false_positive_triggers"])
            )
        return
    if data != "dev":
        raise typer.BadParameter("--data is dev or gsr")
    s = evaluate_dev(path or DEFAULT_DEV, limit, use_filter=not rules_only, against=against)
    if as_json:
        typer.echo(json.dumps(msgspec.to_builtins(s) | {"f1": s.prf()[2]}, ensure_ascii=False, indent=1))
        return
    _print_dev(s, errors, (path or DEFAULT_DEV).stem)
