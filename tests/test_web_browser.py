"""The demo in a real headless Chromium: home, search, an article, the map and the timeline.

Uses the system browser (Debian's `chromium`, installed by `make test` on CI) driven by Playwright;
screenshots go to ``$MARSAD_SCREENSHOTS`` (default: a temporary folder).
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
pytestmark = [pytest.mark.slow, pytest.mark.browser]

if CHROMIUM is None:
    if os.environ.get("CI"):
        raise RuntimeError("CI must have Debian's chromium installed (make test installs it)")
    pytest.skip("no system chromium (apt-get install chromium)", allow_module_level=True)

playwright_api = pytest.importorskip("playwright.sync_api")

ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from marsad.cli.demo import build_demo

    db = tmp_path_factory.mktemp("browser") / "demo.sqlite"
    build_demo(db)
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "marsad", "serve", "--db", str(db), "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            urllib.request.urlopen(base + "/api/summary", timeout=1)
            break
        except OSError:
            if proc.poll() is not None:
                raise RuntimeError(proc.stderr.read().decode()) from None
            time.sleep(0.1)
    yield base
    proc.terminate()
    proc.wait(10)


@pytest.fixture(scope="module")
def page(server, tmp_path_factory):
    with playwright_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        pg = browser.new_page(viewport={"width": 1400, "height": 900})
        yield pg
        browser.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory) -> Path:
    out = Path(os.environ.get("MARSAD_SCREENSHOTS") or tmp_path_factory.mktemp("shots"))
    out.mkdir(parents=True, exist_ok=True)
    return out


def test_browser_home_search_article(server, page, shots):
    page.goto(server + "/")
    assert page.locator("html").get_attribute("dir") == "rtl"
    assert int(page.locator(".card b").first.inner_text().replace(",", "")) == 300
    page.screenshot(path=str(shots / "home.png"))
    page.fill("form.search input[type=search]", "تونس")
    page.click("form.search button")
    page.wait_for_url("**/search?q=*")
    links = page.locator("ul.articles li a")
    assert links.count() > 0
    links.first.click()
    page.wait_for_selector("article.text .body")
    assert page.locator("article.text .body").inner_text().strip()
    page.screenshot(path=str(shots / "article.png"), full_page=True)


def test_browser_article_english_labels(server, page, shots):
    page.goto(server + "/events?lang=en")
    assert page.locator("html").get_attribute("dir") == "ltr"
    assert "Events" in page.locator("h1").inner_text()


def test_browser_map_loads_offline_basemap_and_markers(server, page, shots):
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(server + "/map")
    page.wait_for_function("document.getElementById('map').dataset.markers !== undefined", timeout=20000)
    page.wait_for_selector(".leaflet-overlay-pane svg path", state="attached", timeout=20000)
    n = int(page.locator("#map").get_attribute("data-markers"))
    api = page.evaluate("fetch('/api/map').then(r => r.json()).then(j => j.features.length)")
    assert n == api and n > 0  # the sample corpus has geocoded events
    page.screenshot(path=str(shots / "map.png"))
    assert all(u.startswith(server) for u in requests), [u for u in requests if not u.startswith(server)]


def test_browser_timeline(server, page, shots):
    page.goto(server + "/timeline")
    assert page.locator("svg.timeline rect").count() > 0
    page.screenshot(path=str(shots / "timeline.png"))


def test_browser_event_marker_opens_its_event(server, page, shots):
    page.goto(server + "/map?lang=en")
    page.wait_for_function("Number(document.getElementById('map').dataset.markers) > 0", timeout=20000)
    box = page.locator("#map").bounding_box()

    def visible(loc):  # noqa: ANN001, ANN202 - the first element of ``loc`` drawn inside the map
        for i in range(loc.count()):
            b = loc.nth(i).bounding_box()
            if (
                b
                and box["x"] + 10 < b["x"] < box["x"] + box["width"] - 30
                and box["y"] + 10 < b["y"] < box["y"] + box["height"] - 30
            ):
                return loc.nth(i)
        return None

    for _ in range(10):  # zoom into clusters, as a user does, until a single marker shows
        marker = visible(page.locator("path.leaflet-interactive"))
        if marker is not None:
            break
        visible(page.locator(".marker-cluster")).click()
        page.wait_for_timeout(600)
    marker.click()
    link = page.locator(".leaflet-popup-content a")
    link.first.wait_for(timeout=5000)
    link.first.click()
    page.wait_for_url("**/events/*")
    assert page.locator("h1").inner_text().strip()
    page.screenshot(path=str(shots / "event.png"), full_page=True)
