"""`marsad eval places`: geocoding accuracy on the annotated dev set (``tests/data/places_dev.jsonl``).

Each gold row is a place mention in a real corpus article (ANT or SaudiNewsNet, by id) with its true
coordinates and country. The article is read from the corpus, run through ``text`` + ``places``, and
the LOC entity whose mention overlaps the gold span most is compared with the truth:

* coverage — share of gold mentions that got a geocoded entity;
* acc@25km — share of gold mentions whose entity point lies within 25 km of the truth (misses count as wrong);
* country — share of gold mentions geocoded to the right country (misses count as wrong).
"""

from __future__ import annotations

import json
import os
from collections import defaultdict
from pathlib import Path
from typing import Annotated, Any

import msgspec
import typer

from marsad.cli.evaluate import app
from marsad.doc import Article
from marsad.places.geometry import haversine_km

__all__ = ["GoldPlace", "PlaceScores", "evaluate_places", "load_gold"]

DEFAULT_GOLD = Path(__file__).resolve().parents[3] / "tests" / "data" / "places_dev.jsonl"
DEFAULT_NEWS = (
    Path(os.environ.get("MARSAD_SHARED_DATA", Path(__file__).resolve().parents[4] / "shared" / "data"))
    / "news"
)
_CORPORA = {"ant": "ant/ant.jsonl", "saudinewsnet": "saudinewsnet/saudinewsnet_politics.jsonl"}


class GoldPlace(msgspec.Struct, frozen=True):
    article: str
    corpus: str
    start: int
    end: int
    text: str
    lat: float
    lon: float
    country: str
    name_en: str = ""
    note: str = ""
    batch: int = (
        1  # 1: development; 2, 3: held out (2: annotated after the first resolver was frozen; 3: annotated
    )
    # blind before the second round of changes was evaluated on it)


class PlaceScores(msgspec.Struct):
    mentions: int
    covered: int
    within_25km: int
    right_country: int
    by_country: dict[str, dict[str, int]]
    errors: list[dict[str, Any]]

    @property
    def coverage(self) -> float:
        return self.covered / self.mentions if self.mentions else 0.0

    @property
    def acc_25km(self) -> float:
        return self.within_25km / self.mentions if self.mentions else 0.0

    @property
    def country_acc(self) -> float:
        return self.right_country / self.mentions if self.mentions else 0.0


def load_gold(path: Path = DEFAULT_GOLD) -> list[GoldPlace]:
    dec = msgspec.json.Decoder(GoldPlace)
    return [dec.decode(line) for line in Path(path).read_text(encoding="utf-8").splitlines() if line.strip()]


def _articles(ids: set[str], news: Path) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for rel in _CORPORA.values():
        path = news / rel
        if not path.exists():
            continue
        with path.open(encoding="utf-8") as f:
            for line in f:
                if any(i in line[:80] for i in ids):
                    a = json.loads(line)
                    if a["id"] in ids:
                        out[a["id"]] = a
    return out


def evaluate_places(
    gold: list[GoldPlace], news: Path = DEFAULT_NEWS, pipeline: Any = None, batch: int | None = None
) -> PlaceScores:
    """Run the places stage on the gold articles and score it."""
    from marsad.pipeline import Pipeline
    from marsad.places.component import PlaceResolver

    pipe = pipeline or Pipeline(["text", PlaceResolver()])
    if batch is not None:
        gold = [g for g in gold if g.batch == batch]
    by_article: dict[str, list[GoldPlace]] = defaultdict(list)
    for g in gold:
        by_article[g.article].append(g)
    texts = _articles(set(by_article), news)
    missing = set(by_article) - set(texts)
    if missing:
        raise FileNotFoundError(
            f"{len(missing)} dev-set articles not found under {news} (e.g. {sorted(missing)[0]})"
        )
    scores = PlaceScores(len(gold), 0, 0, 0, defaultdict(lambda: defaultdict(int)), [])
    for aid, golds in by_article.items():
        raw = texts[aid]
        art = pipe(Article(raw["text"], id=aid, title=raw.get("title")))
        spans = [(m.start, m.end, e) for e in art.entities if e.type == "LOC" and e.geo for m in e.mentions]
        for g in golds:
            assert raw["text"][g.start : g.end] == g.text, (aid, g.text)
            best = max(spans, key=lambda s: min(s[1], g.end) - max(s[0], g.start), default=None)
            row = scores.by_country[g.country]
            row["mentions"] += 1
            if best is None or min(best[1], g.end) <= max(best[0], g.start):
                scores.errors.append({"article": aid, "text": g.text, "truth": g.name_en, "got": None})
                continue
            geo = best[2].geo
            d = haversine_km(g.lat, g.lon, geo.lat, geo.lon)
            scores.covered += 1
            row["covered"] += 1
            if d <= 25:
                scores.within_25km += 1
                row["within_25km"] += 1
            if geo.country == g.country:
                scores.right_country += 1
                row["right_country"] += 1
            if d > 25 or geo.country != g.country:
                scores.errors.append(
                    {
                        "article": aid,
                        "text": g.text,
                        "truth": g.name_en,
                        "got": geo.name_en,
                        "km": round(d),
                        "country": geo.country,
                        "rule": geo.rule,
                    }
                )
    scores.by_country = {k: dict(v) for k, v in scores.by_country.items()}
    return scores


@app.command("places")
def places_command(
    gold: Annotated[
        Path, typer.Option(help="Gold JSONL (article, corpus, start, end, text, lat, lon, country).")
    ] = DEFAULT_GOLD,
    news: Annotated[
        Path, typer.Option(help="Folder with the news corpora (ant/, saudinewsnet/).")
    ] = DEFAULT_NEWS,
    errors: Annotated[bool, typer.Option("--errors", help="List the misses.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the scores as JSON.")] = False,
    batch: Annotated[int | None, typer.Option(help="Only batch 1 (development), 2 or 3 (held out).")] = None,
) -> None:
    """Geocoding accuracy (within 25 km), country accuracy and coverage on the places dev set."""
    from rich.console import Console
    from rich.table import Table

    s = evaluate_places(load_gold(gold), news, batch=batch)
    summary = {
        "mentions": s.mentions,
        "coverage": round(s.coverage, 4),
        "acc_25km": round(s.acc_25km, 4),
        "country_acc": round(s.country_acc, 4),
        "by_country": s.by_country,
    }
    if as_json:
        typer.echo(
            json.dumps({**summary, "errors": s.errors if errors else len(s.errors)}, ensure_ascii=False)
        )
        return
    table = Table(title=f"places dev set — {s.mentions} mentions")
    for col in ("country", "mentions", "coverage", "acc@25km", "country acc"):
        table.add_column(col, justify="right")
    for c, r in sorted(s.by_country.items(), key=lambda kv: -kv[1]["mentions"]):
        n = r["mentions"]
        table.add_row(
            c,
            str(n),
            f"{r.get('covered', 0) / n:.1%}",
            f"{r.get('within_25km', 0) / n:.1%}",
            f"{r.get('right_country', 0) / n:.1%}",
        )
    table.add_row("all", str(s.mentions), f"{s.coverage:.1%}", f"{s.acc_25km:.1%}", f"{s.country_acc:.1%}")
    console = Console()
    console.print(table)
    if errors:
        for e in s.errors:
            console.print(e)
