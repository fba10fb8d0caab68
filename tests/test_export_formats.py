"""Exports: ACLED's 31 columns in order, GDELT's 61 fields with CAMEO codes as strings, PLOVER's
required fields, Parquet of every table, articles JSONL valid against the contract's JSON Schema;
filters by date, actor, place and type."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import jsonschema
import orjson
import pyarrow.parquet as pq
import pytest
import typer
from sqlalchemy import func, select
from sqlalchemy.orm import Session
from typer.testing import CliRunner

from conftest_store import KeywordEvents, ant_records
from marsad.analysis import parse_date
from marsad.cli.export import export_command
from marsad.export import Filters, export
from marsad.export.acled import ACLED_COLUMNS
from marsad.export.gdelt import GDELT_COLUMNS
from marsad.export.plover import PLOVER_FIELDS
from marsad.ingest.readers import InputArticle
from marsad.ingest.runner import ingest_items
from marsad.pipeline import Pipeline
from marsad.store.db import open_engine
from marsad.store.models import Base, Event

# As listed in docs LANDSCAPE.md (ACLED export columns, in order).
ACLED_31 = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
]
PLOVER_TYPES = {
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
}
SCHEMA = Path(__file__).resolve().parents[1] / "src" / "marsad" / "schema" / "article.schema.json"


@pytest.fixture(scope="module")
def kb(tmp_path_factory):
    path = tmp_path_factory.mktemp("export") / "kb.sqlite"
    engine = open_engine(path)
    pool = ant_records(4000, with_dups=True)
    security: list[dict] = []
    seen: set[str] = set()
    for word in ("القصرين", "الحرس الوطني", "الجيش"):  # 30 security stories around each keyword
        more = [r for r in pool if word in r["text"] and r["id"] not in seen][:30]
        security += more
        seen |= {r["id"] for r in more}
    recs = security + [r for r in pool if r["id"] not in seen][: 250 - len(security)]
    items = [
        InputArticle(
            id=r["id"],
            text=r["text"],
            origin=r["id"],
            title=r["title"],
            published=parse_date(r["date"]),
            source=r["source"],
            url=r["url"],
        )
        for r in recs
    ]
    rep = ingest_items(items, engine, pipeline=Pipeline(["text", KeywordEvents()]))
    assert rep.event_reports > 20 and not rep.failed
    yield engine, path
    engine.dispose()


def _export(engine, fmt: str, f: Filters | None = None, **kw) -> bytes:
    buf = io.BytesIO()
    export(fmt, engine, buf, f, **kw)
    return buf.getvalue()


def _n_events(engine, *where) -> int:
    with Session(engine) as s:
        return s.execute(select(func.count()).select_from(Event).where(*where)).scalar()


def test_acled_has_31_columns_in_order(kb):
    engine, _ = kb
    assert list(ACLED_COLUMNS) == ACLED_31
    rows = list(csv.reader(io.StringIO(_export(engine, "acled").decode())))
    assert rows[0] == ACLED_31
    body = [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]
    assert body and all(len(r) == 31 for r in rows)
    assert len(body) == _n_events(engine, Event.event_type != "Diplomacy")
    for r in body:
        assert r["event_type"] != "Diplomacy" and r["time_precision"] in {"1", "2", "3"}
        assert r["year"] == r["event_date"][:4] and r["fatalities"].isdigit()
        if r["country"] == "Tunisia":
            assert (
                r["event_id_cnty"].startswith("TUN")
                and r["iso"] == "788"
                and r["region"] == "Northern Africa"
            )
        assert r["notes"]  # the Arabic sentence that reports it
    arrests = [r for r in body if r["sub_event_type"] == "Arrests"]
    assert arrests and all(r["disorder_type"] == "Strategic developments" for r in arrests)


def test_gdelt_has_61_fields_and_cameo_codes_are_strings(kb):
    engine, _ = kb
    assert (
        len(GDELT_COLUMNS) == 61 and GDELT_COLUMNS[0] == "GLOBALEVENTID" and GDELT_COLUMNS[-1] == "SOURCEURL"
    )
    lines = _export(engine, "gdelt").decode().splitlines()
    assert lines and all(len(ln.split("\t")) == 61 for ln in lines)
    col = {c: i for i, c in enumerate(GDELT_COLUMNS)}
    rows = [ln.split("\t") for ln in lines]
    visits = [r for r in rows if r[col["EventCode"]] == "042"]  # Diplomacy/Visit keeps its leading zero
    assert visits and all(r[col["EventRootCode"]] == "04" and r[col["QuadClass"]] == "1" for r in visits)
    for r in rows:
        assert len(r[col["SQLDATE"]]) == 8 and r[col["EventCode"]].isdigit()
        assert int(r[col["NumArticles"]]) >= int(r[col["NumSources"]]) >= 1
        if r[col["ActionGeo_CountryCode"]]:
            assert len(r[col["ActionGeo_CountryCode"]]) == 2  # FIPS 10-4
    tunisia = [r for r in rows if "Tunisia" in r[col["ActionGeo_FullName"]]]
    assert tunisia and all(r[col["ActionGeo_CountryCode"]] == "TS" for r in tunisia)  # FIPS, not ISO "TN"
    head = _export(engine, "gdelt", header=True).decode().splitlines()[0].split("\t")
    assert head == list(GDELT_COLUMNS)


def test_plover_records_have_the_required_fields(kb):
    engine, _ = kb
    recs = [orjson.loads(ln) for ln in _export(engine, "plover").splitlines()]
    assert len(recs) == _n_events(engine)
    for r in recs:
        assert set(PLOVER_FIELDS) <= set(r)
        assert len(r["event"]) == 1 and r["event"][0] in PLOVER_TYPES
        assert (
            isinstance(r["actor"], list) and isinstance(r["recipient"], list) and isinstance(r["mode"], list)
        )
        assert set(r["event_loc"]) >= {
            "extracted_place",
            "resolved_place",
            "geonameid",
            "lat",
            "lon",
            "country_code",
            "resolution",
        }
        assert r["event_text"] and r["cite_info"] and r["cite_info"][0]["article_id"]
        for a in r["actor"]:
            assert set(a) >= {"code", "sector", "entity_text", "identifier_id"}


def test_parquet_writes_every_table(kb, tmp_path):
    engine, _ = kb
    out = tmp_path / "pq"
    export("parquet", engine, out)
    with Session(engine) as s:
        for name, table in Base.metadata.tables.items():
            t = pq.read_table(out / f"{name}.parquet")
            assert t.num_rows == s.execute(select(func.count()).select_from(table)).scalar()
            assert t.column_names == [c.name for c in table.columns]
    flat = pq.read_table(out / "events_flat.parquet")
    assert flat.num_rows == _n_events(engine) and "num_sources" in flat.column_names


def test_articles_jsonl_is_valid_contract_json(kb):
    engine, _ = kb
    schema = json.loads(SCHEMA.read_text())
    lines = _export(engine, "jsonl").splitlines()
    assert len(lines) == 250
    for ln in lines[:30]:
        a = orjson.loads(ln)
        jsonschema.validate(a, schema)
        for e in a["entities"]:
            for m in e["mentions"]:
                assert a["text"][m["start"] : m["end"]] == m["text"]


@pytest.mark.parametrize(
    ("f", "check"),
    [
        (Filters(place="TN"), lambda r: r["country"] == "Tunisia"),
        (Filters(place="Kasserine"), lambda r: r["location"] == "Kasserine"),
        (Filters(type="Arrests"), lambda r: r["sub_event_type"] == "Arrests"),
        (Filters(type="battles"), lambda r: r["event_type"] == "Battles"),
        (Filters(actor="الجيش"), lambda r: r["actor1"] == "Army"),
        (Filters(actor="national guard"), lambda r: r["actor1"] == "National Guard"),
        (
            Filters(start="2017-01-01", end="2017-03-31"),
            lambda r: "2017-01-01" <= r["event_date"] <= "2017-03-31",
        ),
    ],
)
def test_filters(kb, f, check):
    engine, _ = kb
    rows = list(csv.DictReader(io.StringIO(_export(engine, "acled", f).decode())))
    everything = list(csv.DictReader(io.StringIO(_export(engine, "acled").decode())))
    assert rows and len(rows) < len(everything)
    assert all(check(r) for r in rows)
    assert len(rows) == sum(1 for r in everything if check(r))


def test_export_command(kb, tmp_path):
    engine, path = kb
    app = typer.Typer()
    app.command()(export_command)
    out = tmp_path / "acled.csv"
    res = CliRunner().invoke(app, ["--format", "acled", "--db", str(path), "-o", str(out), "--place", "TN"])
    assert res.exit_code == 0, res.output
    assert out.read_text().splitlines()[0].split(",") == ACLED_31
    # every event of the fixture has confidence 0.7: the floor keeps all of them or none
    every = tmp_path / "every.csv"
    res = CliRunner().invoke(app, ["--format", "acled", "--db", str(path), "-o", str(every)])
    assert res.exit_code == 0, res.output
    for floor, rows in (("0.7", len(every.read_text().splitlines())), ("0.75", 1)):
        res = CliRunner().invoke(
            app, ["--format", "acled", "--db", str(path), "-o", str(out), "--min-confidence", floor]
        )
        assert res.exit_code == 0, res.output
        assert len(out.read_text().splitlines()) == rows > 0
    assert _export(engine, "jsonl", Filters(min_confidence=0.75)) == b""
    # jsonl at a floor: the articles reporting an event that sure, whole
    every_article = [json.loads(line) for line in _export(engine, "jsonl").splitlines()]
    sure = [json.loads(line) for line in _export(engine, "jsonl", Filters(min_confidence=0.7)).splitlines()]
    assert sure == [a for a in every_article if a["events"]] and len(sure) < len(every_article)
    bad = ["--format", "acled", "--db", str(path), "--min-confidence", "2"]
    assert CliRunner().invoke(app, bad).exit_code == 2
    assert CliRunner().invoke(app, ["--format", "csv", "--db", str(path)]).exit_code == 2
    assert CliRunner().invoke(app, ["--format", "parquet", "--db", str(path)]).exit_code == 2
    assert (
        CliRunner().invoke(app, ["--format", "acled", "--db", str(path), "--since", "yesterday"]).exit_code
        == 2
    )
