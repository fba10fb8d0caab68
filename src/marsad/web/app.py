"""The observatory: FastAPI app whose every HTML page has a JSON twin under ``/api``.

``create_app(db)`` opens the knowledge base once; each request gets its own read session (SQLite in
WAL mode lets readers run while an ingest writes). Write endpoints (``POST /api/ingest``) need the
bearer token given at start-up (``--token`` or ``MARSAD_TOKEN``); without one they are disabled.
Article text is always escaped when rendered; queries only ever bind parameters.
"""

import hmac
import io
import os
from collections.abc import Iterator
from importlib import resources
from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import Depends, FastAPI, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from marsad.about import __version__
from marsad.web import queries as Q
from marsad.web.charts import TYPE_COLOURS, timeline_svg
from marsad.web.highlight import HighlightSpan, highlight
from marsad.web.i18n import labels, pick_lang

__all__ = ["create_app"]

_PKG = resources.files("marsad.web")


def _span_items(art: dict[str, Any]) -> list[HighlightSpan]:
    spans = []
    for e in art["entities"]:
        for mm in e["mentions"]:
            spans.append(
                HighlightSpan(
                    mm["start"],
                    mm["end"],
                    e["type"].lower(),
                    e["id"],
                    f"{e['id']} {e['name']} ({e.get('name_en') or ''})",
                )
            )
    for t in art["times"]:
        spans.append(HighlightSpan(t["start"], t["end"], "time", "", f"{t['type']} {t['value']}"))
    for q in art["quotes"]:
        spans.append(HighlightSpan(q["start"], q["end"], "quote", "", f"{q['kind']} → {q['speaker'] or '?'}"))
    for v in art["events"]:
        tr = v["trigger"]
        spans.append(
            HighlightSpan(
                tr["start"],
                tr["end"],
                "trigger",
                v["id"],
                f"{v['id']} {v['event_type']} / {v['sub_event_type']}",
            )
        )
    return spans


def create_app(db: str | None = None, *, token: str | None = None, engine: Engine | None = None) -> FastAPI:
    """The web app over the knowledge base at ``db`` (URL or path; default as in the CLI)."""
    from marsad.store.db import open_engine

    engine = engine or open_engine(db)
    factory = sessionmaker(engine, expire_on_commit=False)
    write_token = token if token is not None else os.environ.get("MARSAD_TOKEN")
    app = FastAPI(
        title="marsad observatory",
        version=__version__,
        description="Search, read, map and chart events, quotes and actors extracted from Arabic news. "
        "Every HTML page has a JSON twin under /api.",
    )
    app.mount("/static", StaticFiles(directory=str(_PKG.joinpath("static"))), name="static")
    templates = Jinja2Templates(directory=str(_PKG.joinpath("templates")))
    templates.env.globals.update(type_colours=TYPE_COLOURS, version=__version__)

    def session() -> Iterator[Session]:
        with factory() as s:
            yield s

    DB = Annotated[Session, Depends(session)]

    def page(
        request: Request, name: str, data: dict[str, Any], lang: str | None, status: int = 200
    ) -> HTMLResponse:
        lg = pick_lang(lang)
        ctx = {
            "request": request,
            "data": data,
            "L": labels(lg),
            "lang": lg,
            "dir": "ltr" if lg == "en" else "rtl",
            "query": dict(request.query_params),
        }
        return templates.TemplateResponse(request, name, ctx, status_code=status)

    def event_filter(
        date_from: str | None = None,
        date_to: str | None = None,
        actor: str | None = None,
        place: str | None = None,
        event_type: str | None = None,
        source: str | None = None,
        q: str | None = None,
        limit: Annotated[int, Query(ge=1, le=5000)] = 200,
        offset: Annotated[int, Query(ge=0)] = 0,
        min_confidence: str | None = None,  # a form's empty choice is "": any confidence
    ) -> Q.EventFilter:
        clean = lambda v: v.strip() or None if isinstance(v, str) else v  # noqa: E731
        floor = None
        if clean(min_confidence):
            try:
                floor = float(min_confidence)
            except ValueError:
                floor = -1.0
            if not 0.0 <= floor <= 1.0:
                raise HTTPException(422, "min_confidence: a number from 0 to 1")
        return Q.EventFilter(
            clean(date_from),
            clean(date_to),
            clean(actor),
            clean(place),
            clean(event_type),
            clean(source),
            clean(q),
            limit,
            offset,
            floor,
        )

    F = Annotated[Q.EventFilter, Depends(event_filter)]

    def found(value: Any, what: str) -> Any:
        if value is None:
            raise HTTPException(404, f"no such {what}")
        return value

    # -- home / summary
    @app.get("/api/summary")
    def api_summary(s: DB) -> dict[str, Any]:
        return Q.summary(s)

    @app.get("/", response_class=HTMLResponse)
    def home(request: Request, s: DB, lang: str | None = None) -> HTMLResponse:
        return page(request, "home.html", Q.summary(s), lang)

    # -- search
    @app.get("/api/search")
    def api_search(s: DB, q: str = "") -> dict[str, Any]:
        return Q.search(s, q)

    @app.get("/search", response_class=HTMLResponse)
    def search_page(request: Request, s: DB, q: str = "", lang: str | None = None) -> HTMLResponse:
        return page(request, "search.html", Q.search(s, q), lang)

    # -- events
    @app.get("/api/events")
    def api_events(s: DB, f: F) -> dict[str, Any]:
        return Q.events(s, f)

    @app.get("/events", response_class=HTMLResponse)
    def events_page(request: Request, s: DB, f: F, lang: str | None = None) -> HTMLResponse:
        data = Q.events(s, f)
        data["types"] = [t["event_type"] for t in Q.summary(s)["event_types"]]
        data["qs"] = urlencode({k: v for k, v in request.query_params.items() if k != "lang"})
        return page(request, "events.html", data, lang)

    @app.get("/api/events/{event_id}")
    def api_event(s: DB, event_id: int) -> dict[str, Any]:
        return found(Q.event_detail(s, event_id), "event")

    @app.get("/events/{event_id}", response_class=HTMLResponse)
    def event_page(request: Request, s: DB, event_id: int, lang: str | None = None) -> HTMLResponse:
        return page(request, "event.html", found(Q.event_detail(s, event_id), "event"), lang)

    @app.get("/api/events.csv")
    def events_csv(s: DB, f: F) -> Response:
        from marsad.export.acled import write_acled

        buf = io.StringIO()
        write_acled(Q.filter_rows(s, f), buf)
        return Response(
            buf.getvalue(),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": 'attachment; filename="marsad-events-acled.csv"'},
        )

    @app.get("/api/events.parquet")
    def events_parquet(s: DB, f: F) -> Response:
        import pyarrow as pa
        import pyarrow.parquet as pq

        rows = Q.flat_events(s, f)
        buf = io.BytesIO()
        pq.write_table(
            pa.Table.from_pylist(rows) if rows else pa.table({"id": pa.array([], pa.int64())}), buf
        )
        return Response(
            buf.getvalue(),
            media_type="application/vnd.apache.parquet",
            headers={"Content-Disposition": 'attachment; filename="marsad-events.parquet"'},
        )

    # -- timeline and map
    @app.get("/api/timeline")
    def api_timeline(s: DB, f: F, by: str = "month") -> list[dict[str, Any]]:
        return Q.timeline(s, f, by)

    @app.get("/timeline", response_class=HTMLResponse)
    def timeline_page(
        request: Request, s: DB, f: F, by: str = "month", lang: str | None = None
    ) -> HTMLResponse:
        rows = Q.timeline(s, f, by)
        return page(request, "timeline.html", {"rows": rows, "svg": timeline_svg(rows), "by": by}, lang)

    @app.get("/api/map")
    def api_map(s: DB, f: F) -> dict[str, Any]:
        return Q.events_geojson(s, f)

    @app.get("/map", response_class=HTMLResponse)
    def map_page(request: Request, s: DB, lang: str | None = None) -> HTMLResponse:
        return page(
            request, "map.html", {"types": [t["event_type"] for t in Q.summary(s)["event_types"]]}, lang
        )

    # -- articles
    @app.get("/api/articles/{article_id:path}")
    def api_article(s: DB, article_id: str) -> dict[str, Any]:
        return found(Q.article_json(s, article_id), "article")

    @app.get("/articles/{article_id:path}", response_class=HTMLResponse)
    def article_page(request: Request, s: DB, article_id: str, lang: str | None = None) -> HTMLResponse:
        art = found(Q.article_json(s, article_id), "article")
        art["html"] = highlight(art["text"], _span_items(art))
        art["by_local"] = {e["id"]: e for e in art["entities"]}
        return page(request, "article.html", art, lang)

    # -- actors, places, quotes
    @app.get("/api/actors/{entity_id}")
    def api_actor(s: DB, entity_id: int) -> dict[str, Any]:
        return found(Q.actor_page(s, entity_id), "actor")

    @app.get("/actors/{entity_id}", response_class=HTMLResponse)
    def actor_page(request: Request, s: DB, entity_id: int, lang: str | None = None) -> HTMLResponse:
        data = found(Q.actor_page(s, entity_id), "actor")
        evs = data["events_as_actor"] + data["events_as_target"]
        data["svg"] = timeline_svg(
            [
                {"period": ev["date"][:7], "event_type": ev["event_type"], "count": 1}
                for ev in evs
                if ev["date"]
            ]
        )
        return page(request, "actor.html", data, lang)

    @app.get("/api/places/{place_id}")
    def api_place(s: DB, place_id: int) -> dict[str, Any]:
        return found(Q.place_page(s, place_id), "place")

    @app.get("/places/{place_id}", response_class=HTMLResponse)
    def place_page(request: Request, s: DB, place_id: int, lang: str | None = None) -> HTMLResponse:
        data = found(Q.place_page(s, place_id), "place")
        data["svg"] = timeline_svg(
            [
                {"period": ev["date"][:7], "event_type": ev["event_type"], "count": 1}
                for ev in data["events"]
                if ev["date"]
            ]
        )
        return page(request, "place.html", data, lang)

    @app.get("/api/quotes")
    def api_quotes(
        s: DB,
        speaker: str | None = None,
        q: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        limit: Annotated[int, Query(ge=1, le=1000)] = 200,
        offset: Annotated[int, Query(ge=0)] = 0,
    ) -> dict[str, Any]:
        return Q.quotes(
            s, speaker=speaker, q=q, date_from=date_from, date_to=date_to, limit=limit, offset=offset
        )

    @app.get("/quotes", response_class=HTMLResponse)
    def quotes_page(
        request: Request,
        s: DB,
        speaker: str | None = None,
        q: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        lang: str | None = None,
    ) -> HTMLResponse:
        data = Q.quotes(s, speaker=speaker, q=q, date_from=date_from, date_to=date_to)
        data["speakers"] = Q.top_speakers(s)
        return page(request, "quotes.html", data, lang)

    # -- the one write endpoint
    def require_token(authorization: Annotated[str | None, Header()] = None) -> None:
        if not write_token:
            raise HTTPException(403, "writing is disabled: start the server with --token or MARSAD_TOKEN")
        given = (authorization or "").removeprefix("Bearer ").strip()
        if not hmac.compare_digest(given.encode(), write_token.encode()):
            raise HTTPException(
                401, "a valid bearer token is required", headers={"WWW-Authenticate": "Bearer"}
            )

    @app.post("/api/ingest", dependencies=[Depends(require_token)])
    def api_ingest(articles: list[dict[str, Any]]) -> JSONResponse:
        from marsad.web.writes import ingest_records

        return JSONResponse(ingest_records(engine, articles))

    return app
