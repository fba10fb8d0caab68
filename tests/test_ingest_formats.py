"""Ways in beyond plain text: HTML pages, RSS/Atom feeds (once and --watch), WARC archives, mixed folders.

Pages and feeds are built around real ANT article text (Jawhara FM, Apache-2.0)."""

from __future__ import annotations

import io
from pathlib import Path

import orjson
import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from conftest_store import ant_records
from marsad.ingest import feeds, html, sources, warc
from marsad.ingest.readers import InputArticle, InputError


@pytest.fixture(scope="module")
def recs() -> list[dict]:
    return [r for r in ant_records(60) if len(r["text"]) > 500][:4]


def page(r: dict, *, date: str | None = None) -> str:
    paras = "".join(f"<p>{p}</p>" for p in r["text"].split("\n"))
    meta = f'<meta property="article:published_time" content="{date}">' if date else ""
    return (
        f"<!DOCTYPE html><html lang='ar' dir='rtl'><head><title>{r['title']} | الجوهرة أف أم</title>{meta}"
        "<script>var tracking = 'الرئيسية';</script><style>p{color:red}</style></head><body>"
        "<nav><a href='/'>الرئيسية</a> | <a href='/sport'>رياضة</a> | <a href='/eco'>اقتصاد</a></nav>"
        f"<main><article><h1>{r['title']}</h1>{paras}</article></main>"
        "<aside><h3>الأكثر قراءة</h3><ul><li><a href='/x'>خبر آخر لا علاقة له</a></li></ul></aside>"
        "<footer>جميع الحقوق محفوظة © الجوهرة أف أم 2017</footer></body></html>"
    )


def test_html_main_text_drops_boilerplate(recs, tmp_path):
    r = recs[0]
    f = tmp_path / "story.html"
    f.write_text(page(r, date="2017-01-21"), encoding="utf-8")
    got = html.read_html_file(str(f))
    assert isinstance(got, InputArticle)
    first = r["text"].split("\n")[0]
    assert first in got.text
    for junk in ("جميع الحقوق", "الأكثر قراءة", "tracking", "color:red"):
        assert junk not in got.text
    assert got.id == "story" and got.published.isoformat() == "2017-01-21"
    assert got.title and r["title"][:20] in got.title


@pytest.mark.parametrize("data", [b"", b"<html><body></body></html>", b"\x00\x01\x02\xff" * 100, b"<p>" * 5])
def test_html_without_text_is_an_error_not_a_crash(data):
    got = html.extract_html(data, origin="x.html")
    assert isinstance(got, InputError) or got.text.strip()


def rss(recs: list[dict], *, full: bool = True) -> str:
    items = []
    for i, r in enumerate(recs):
        body = "".join(f"<p>{p}</p>" for p in r["text"].split("\n"))
        content = f"<content:encoded><![CDATA[{body}]]></content:encoded>" if full else ""
        items.append(
            f"<item><title>{r['title']}</title><link>https://example.org/a/{i}</link>"
            f"<guid>urn:ant:{r['id']}</guid><pubDate>Sat, 21 Jan 2017 10:00:00 +0100</pubDate>"
            f"<description><![CDATA[{r['text'][:80]}]]></description>{content}</item>"
        )
    return (
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
        'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>الجوهرة أف أم</title>'
        f"<link>https://example.org</link>{''.join(items)}</channel></rss>"
    )


def test_rss_full_content_entries(recs, tmp_path):
    f = tmp_path / "feed.rss"
    f.write_text(rss(recs), encoding="utf-8")
    got = list(feeds.read_feed(str(f), fetch=None))
    assert [a.id for a in got] == [f"urn:ant:{r['id']}" for r in recs]
    for a, r in zip(got, recs, strict=True):
        assert r["text"].split("\n")[0] in a.text
        assert a.source == "الجوهرة أف أم" and a.published.isoformat() == "2017-01-21"
        assert a.url.startswith("https://example.org/a/")


def test_rss_teaser_entries_fetch_the_page(recs, tmp_path):
    f = tmp_path / "feed.xml"
    f.write_text(rss(recs, full=False), encoding="utf-8")
    pages = {f"https://example.org/a/{i}": page(r).encode() for i, r in enumerate(recs)}
    got = list(feeds.read_feed(str(f), fetch=pages.__getitem__))
    for a, r in zip(got, recs, strict=True):  # the last paragraph too: the page's full text, not the teaser
        assert " ".join(r["text"].split("\n")[-1].split())[:50] in " ".join(a.text.split())

    def down(url: str) -> bytes:
        raise OSError("network unreachable")

    teaser = list(feeds.read_feed(str(f), fetch=down))
    assert all(a.text == r["text"][:80].strip() for a, r in zip(teaser, recs, strict=True))
    assert all("could not fetch" in a.notes[0] for a in teaser)


def test_atom_feed(recs, tmp_path):
    r = recs[0]
    body = "".join(f"<p>{p}</p>" for p in r["text"].split("\n"))
    f = tmp_path / "feed.atom"
    f.write_text(
        '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>موقع</title>'
        f"<entry><title>{r['title']}</title><id>tag:example.org,2017:1</id><link href='https://example.org/1'/>"
        f"<updated>2017-01-20T08:00:00Z</updated><content type='html'><![CDATA[{body}]]></content></entry></feed>",
        encoding="utf-8",
    )
    (a,) = feeds.read_feed(str(f), fetch=None)
    assert a.id == "tag:example.org,2017:1" and a.published.isoformat() == "2017-01-20"
    assert r["text"].split("\n")[0] in a.text


def test_watch_yields_only_new_entries(recs, tmp_path):
    f = tmp_path / "feed.rss"
    f.write_text(rss(recs[:2]), encoding="utf-8")

    def sleep(_: float) -> None:  # between polls, the site publishes a third story
        f.write_text(rss(recs[:3]), encoding="utf-8")

    got = list(feeds.watch([str(f)], interval=1, max_polls=2, fetch=None, sleep=sleep))
    assert [a.id for a in got] == [f"urn:ant:{r['id']}" for r in recs[:3]]


def _warc(path: Path, recs: list[dict]) -> None:
    with open(path, "wb") as fh:
        w = WARCWriter(fh, gzip=True)
        for i, r in enumerate(recs):
            uri = f"https://example.org/a/{i}"
            w.write_record(
                w.create_warc_record(uri, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
            )
            headers = StatusAndHeaders(
                "200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1"
            )
            w.write_record(
                w.create_warc_record(
                    uri, "response", payload=io.BytesIO(page(r).encode()), http_headers=headers
                )
            )
        img = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        w.write_record(
            w.create_warc_record(
                "https://example.org/i.png", "response", payload=io.BytesIO(b"\x89PNG...."), http_headers=img
            )
        )
        moved = StatusAndHeaders("301 Moved", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        w.write_record(
            w.create_warc_record(
                "https://example.org/old",
                "response",
                payload=io.BytesIO(b"<html>moved</html>"),
                http_headers=moved,
            )
        )


def test_warc_html_responses_become_articles(recs, tmp_path):
    f = tmp_path / "crawl.warc.gz"
    _warc(f, recs[:2])
    got = list(warc.read_warc(str(f)))
    assert [a.id for a in got] == ["https://example.org/a/0", "https://example.org/a/1"]
    assert recs[1]["text"].split("\n")[0] in got[1].text and got[1].meta["format"] == "warc"
    bad = tmp_path / "broken.warc"
    bad.write_bytes(b"this is not a warc file at all")
    assert all(isinstance(x, InputError) for x in warc.read_warc(str(bad)))


def test_mixed_folder_dispatch(recs, tmp_path):
    d = tmp_path / "inbox"
    (d / "sub").mkdir(parents=True)
    (d / "a.txt").write_text(recs[0]["text"], encoding="utf-8")
    (d / "b.jsonl").write_bytes(
        b"\n".join(orjson.dumps({"id": f"j{i}", "text": r["title"]}) for i, r in enumerate(recs[:2]))
    )
    (d / "sub" / "c.html").write_text(page(recs[1]), encoding="utf-8")
    (d / "d.rss").write_text(rss(recs[2:3]), encoding="utf-8")
    _warc(d / "e.warc.gz", recs[3:4])
    (d / ".hidden.txt").write_text("نص مخفي", encoding="utf-8")
    (d / "notes.pdf").write_bytes(b"%PDF-1.4")
    got = list(sources.iter_sources([str(d)], fetch=None))
    ids = [a.id for a in got]
    assert ids == ["a", "j0", "j1", f"urn:ant:{recs[2]['id']}", "https://example.org/a/0", "sub/c"]
    assert all(isinstance(a, InputArticle) for a in got)
    assert sources.count_inputs([str(d / "a.txt"), str(d / "b.jsonl")]) == 3
    assert sources.count_inputs([str(d)]) is None  # a feed or an archive: unknown in advance
    missing = list(sources.iter_sources([str(tmp_path / "nope")]))
    assert isinstance(missing[0], InputError)
