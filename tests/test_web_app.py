"""The observatory in-process: every HTML page and its JSON twin, escaping, injection, the write token."""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

import pytest
from fastapi.testclient import TestClient

from marsad.doc import Article, Entity, Event, Evidence, Geo, Mention, Quote, Span, TimeExpr
from marsad.events.calibration import bands
from marsad.ingest.readers import InputArticle
from marsad.ingest.runner import ingest_items
from marsad.pipeline import Pipeline
from marsad.store.db import open_engine
from marsad.web.app import create_app

TEXT = (
    "واستعاد الجيش السوري أمس السيطرة على قرية خشام بريف دير الزور من تنظيم داعش. "
    "وقال الناطق باسم وزارة الدفاع الروسية اللواء إيغور كوناشينكوف: «تم تحرير القرية بالكامل». "
    "<script>alert('xss')</script>"
)


def _span(text: str, s: str, nth: int = 0) -> tuple[int, int]:
    i = -1
    for _ in range(nth + 1):
        i = text.index(s, i + 1)
    return i, i + len(s)


class HandAnnotations:
    """A component that writes hand-made annotations (documents built by hand, as in spaCy's tests)."""

    name: ClassVar[str] = "hand"
    version: ClassVar[str] = "1"
    requires: ClassVar[frozenset[str]] = frozenset()
    provides: ClassVar[frozenset[str]] = frozenset({"entities", "times", "quotes", "events"})

    def __call__(self, a: Article) -> None:
        t = a.text

        def m(s: str, nth: int = 0) -> Mention:
            i, j = _span(t, s, nth)
            return Mention(i, j, t[i:j])

        a.entities = [
            Entity(
                "E1",
                "ORG",
                "الجيش العربي السوري",
                [m("الجيش السوري")],
                name_en="Syrian Arab Army",
                kb_id="Q2841014",
            ),
            Entity(
                "E2", "ORG", "تنظيم الدولة الإسلامية", [m("داعش")], name_en="Islamic State", kb_id="Q2429253"
            ),
            Entity(
                "E3",
                "LOC",
                "خشام",
                [m("خشام")],
                name_en="Khsham",
                geo=Geo(35.33, 40.29, "SY", "Deir ez-Zor", "village", "ocha:C4526", 1, name_en="Khsham"),
            ),
            Entity("E4", "PER", "إيغور كوناشينكوف", [m("إيغور كوناشينكوف")], name_en="Igor Konashenkov"),
        ]
        i, j = _span(t, "أمس")
        a.times = [TimeExpr(i, j, "أمس", "DATE", "2017-10-21", rule="yesterday")]
        qi, qj = _span(t, "تم تحرير القرية بالكامل")
        ci, cj = _span(t, "وقال")
        a.quotes = [Quote(qi, qj, t[qi:qj], "direct", "E4", Span(ci, cj, t[ci:cj]), 0.9, "direct-colon")]
        ti, tj = _span(t, "واستعاد")
        a.events = [
            Event(
                "V1",
                "Battles",
                "Government regains territory",
                Span(ti, tj, t[ti:tj]),
                plover="ASSAULT",
                actor="E1",
                target="E2",
                place="E3",
                date="2017-10-21",
                date_precision="day",
                confidence=0.8,
                evidence={"date": Evidence("time-in-clause", 0.9, Span(i, j, "أمس"))},
            )
        ]


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    db = tmp_path_factory.mktemp("web") / "kb.sqlite"
    engine = open_engine(str(db))
    items = [
        InputArticle(
            id="a1",
            text=TEXT,
            origin="test",
            title="الجيش يستعيد خشام <b>",
            published=dt.date(2017, 10, 22),
            source="Test Wire",
        ),
        InputArticle(
            id="a2",
            text=TEXT.replace("أمس", "أمس "),
            origin="test",
            title="نسخة ثانية",
            published=dt.date(2017, 10, 22),
            source="Other Paper",
        ),
    ]
    report = ingest_items(items, engine, pipeline=Pipeline(["text", HandAnnotations()]))
    assert report.stored == 2
    app = create_app(engine=engine, token="s3cret")
    with TestClient(app) as c:
        yield c


PAGES = [
    "/",
    "/search?q=الجيش",
    "/events",
    "/events/1",
    "/timeline",
    "/map",
    "/articles/a1",
    "/actors/1",
    "/places/1",
    "/quotes",
]
TWINS = {
    "/": "/api/summary",
    "/search?q=الجيش": "/api/search?q=الجيش",
    "/events": "/api/events",
    "/events/1": "/api/events/1",
    "/timeline": "/api/timeline",
    "/map": "/api/map",
    "/articles/a1": "/api/articles/a1",
    "/actors/1": "/api/actors/1",
    "/places/1": "/api/places/1",
    "/quotes": "/api/quotes",
}


@pytest.mark.parametrize("path", PAGES)
def test_web_page_and_json_twin(client, path):
    for lang in ("ar", "en"):
        r = client.get(path, params={"lang": lang})
        assert r.status_code == 200, r.text[:500]
        assert r.headers["content-type"].startswith("text/html")
        assert f'dir="{"rtl" if lang == "ar" else "ltr"}"' in r.text
    twin = client.get(TWINS[path])
    assert twin.status_code == 200
    assert twin.headers["content-type"].startswith("application/json")
    assert twin.json()


def test_web_events_merged_across_two_articles(client):
    data = client.get("/api/events").json()
    assert data["total"] == 1
    ev = data["events"][0]
    assert ev["num_articles"] == 2 and ev["num_sources"] == 2
    assert ev["actor"]["name_en"] == "Syrian Arab Army" and ev["place"]["name_en"] == "Khsham"
    detail = client.get(f"/api/events/{ev['id']}").json()
    assert {s["source"] for s in detail["sources"]} == {"Test Wire", "Other Paper"}


def test_web_article_twin_is_contract_json(client):
    art = client.get("/api/articles/a1").json()
    assert art["text"] == TEXT
    for e in art["entities"]:
        for mm in e["mentions"]:
            assert art["text"][mm["start"] : mm["end"]] == mm["text"]
    (q,) = art["quotes"]
    assert q["speaker"] == "E4"
    assert next(e for e in art["entities"] if e["id"] == "E3")["geo"]["country"] == "SY"


def test_web_article_text_is_escaped(client):
    html = client.get("/articles/a1").text
    assert "<script>alert(" not in html
    assert "&lt;script&gt;alert(" in html
    assert "<b>" not in html.split("<h1>")[1].split("</h1>")[0]
    assert 'class="hl hl-trigger"' in html and 'class="hl hl-quote"' in html


@pytest.mark.parametrize(
    "q", ["' OR 1=1 --", '"; DROP TABLE articles; --', 'داعش" OR "1', "%", "_", "*", "NEAR(", "\\"]
)
def test_web_search_survives_injection(client, q):
    r = client.get("/api/search", params={"q": q})
    assert r.status_code == 200
    r = client.get("/api/events", params={"actor": q, "place": q, "event_type": q, "source": q})
    assert r.status_code == 200 and r.json()["total"] == 0
    assert client.get("/api/summary").json()["articles"] == 2


def test_web_search_ignores_diacritics_and_hamza(client):
    r = client.get("/api/search", params={"q": "الجَيش السوري"}).json()
    assert [a["id"] for a in r["articles"]][:2] and "a1" in [a["id"] for a in r["articles"]]
    r = client.get("/api/search", params={"q": "Konashenkov"}).json()
    assert r["actors"] and r["actors"][0]["name_en"] == "Igor Konashenkov"


def test_web_filters(client):
    assert client.get("/api/events", params={"event_type": "Battles"}).json()["total"] == 1
    assert client.get("/api/events", params={"event_type": "Protests"}).json()["total"] == 0
    assert client.get("/api/events", params={"date_from": "2017-10-22"}).json()["total"] == 0
    assert client.get("/api/events", params={"date_to": "2017-10-21"}).json()["total"] == 1
    assert client.get("/api/events", params={"actor": "Syrian"}).json()["total"] == 1
    assert client.get("/api/events", params={"place": "خشام"}).json()["total"] == 1
    assert client.get("/api/quotes", params={"speaker": "Konashenkov"}).json()["total"] == 2
    fc = client.get("/api/map").json()
    assert fc["features"][0]["geometry"]["coordinates"] == [40.29, 35.33]


def test_web_event_page_says_what_its_confidence_means(client):
    # the fixture's event has confidence 0.8: the shipped calibration's 0.8-0.9 band, out of fold
    row = bands()["bands"]["0.8"]
    share = row["right"] / row["kept"]
    detail = client.get("/api/events/1").json()
    assert detail["confidence_right"] == pytest.approx(share)
    page = client.get("/events/1", params={"lang": "en"}).text
    assert f"{round(share * 100)} % of events at this confidence were right" in page
    assert f"{round(share * 100)}٪" in client.get("/events/1", params={"lang": "ar"}).text


def test_web_min_confidence(client):
    """The one event has confidence 0.8: a floor above it hides it everywhere (list, map, downloads);
    a form's empty choice means any confidence; a bad value is a 422, not a 500."""
    total = lambda **p: client.get("/api/events", params=p).json()["total"]  # noqa: E731
    assert total(min_confidence="0.8") == 1 and total(min_confidence="") == 1
    assert total(min_confidence="0.9") == 0
    assert client.get("/api/map", params={"min_confidence": "0.9"}).json()["features"] == []
    assert len(client.get("/api/events.csv", params={"min_confidence": "0.9"}).text.splitlines()) == 1
    assert len(client.get("/api/events.csv", params={"min_confidence": "0.5"}).text.splitlines()) == 2
    for bad in ("high", "1.5", "-0.1"):
        assert client.get("/api/events", params={"min_confidence": bad}).status_code == 422
    page = client.get("/events", params={"min_confidence": "0.9", "lang": "en"})
    assert page.status_code == 200 and 'value="0.9" selected' in page.text and "Min. confidence" in page.text


def test_web_downloads(client):
    csv = client.get("/api/events.csv")
    assert csv.status_code == 200
    header = csv.text.splitlines()[0].split(",")
    assert len(header) == 31 and header[0] == "event_id_cnty"
    pq = client.get("/api/events.parquet")
    assert pq.status_code == 200 and pq.content[:4] == b"PAR1"


def test_web_write_endpoint_needs_token(client):
    body = [{"id": "w1", "text": "قال الوزير إن المحادثات ستستأنف.", "published": "2017-10-23"}]
    assert client.post("/api/ingest", json=body).status_code == 401
    assert client.post("/api/ingest", json=body, headers={"Authorization": "Bearer wrong"}).status_code == 401
    r = client.post("/api/ingest", json=body, headers={"Authorization": "Bearer s3cret"})
    assert r.status_code == 200 and r.json()["stored"] == 1
    assert client.get("/api/articles/w1").status_code == 200


def test_web_write_disabled_without_token(tmp_path):
    app = create_app(str(tmp_path / "empty.sqlite"))
    with TestClient(app) as c:
        assert c.post("/api/ingest", json=[], headers={"Authorization": "Bearer x"}).status_code == 403
        assert c.get("/api/summary").json()["articles"] == 0
        assert c.get("/api/articles/nope").status_code == 404


def test_web_openapi_docs(client):
    spec = client.get("/openapi.json").json()
    assert "/api/events" in spec["paths"] and "/api/articles/{article_id}" in spec["paths"]
