"""The web UI in a real browser: Playwright driving Debian's chromium (/usr/bin/chromium, headless)
against `datelines serve` on loopback, over a store of the canonical article and the demo corpus.

One store, one server and one browser serve the whole module; each test opens a fresh page, and
fails if that page logged an error or asked anything of a host other than the server (the UI must
work offline). `playwright install` is never needed: CI installs the chromium package (.ci/run)."""

from __future__ import annotations

import os
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from datelines.store import Store
from tests.conftest import EXAMPLE
from tests.query import stores

CHROMIUM = Path("/usr/bin/chromium")
# Without the background-networking switches chromium's own connections are refused on a closed
# network and slow every page down.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
STARTUP_SECONDS = 30
PAGE_SECONDS = 20

if not CHROMIUM.exists():
    if os.environ.get("CI"):
        pytest.fail("CI must install Debian's chromium package (see .ci/run)", pytrace=False)
    pytest.skip(f"the browser tests drive Debian's chromium, and {CHROMIUM} is missing "
                "(apt-get install chromium)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed (pip install -e '.[dev]')")

pytestmark = pytest.mark.slow

# How much of a canvas is painted: the non-transparent pixels of every canvas under a selector.
PAINTED = """selector => [...document.querySelectorAll(selector)].reduce((count, canvas) => {
  if (!canvas.width || !canvas.height) return count;
  const pixels = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
  for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) count++;
  return count;
}, 0)"""


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def db(demo_store, tmp_path_factory) -> str:
    """The demo corpus (read once per test run, shared with the query tests) copied, with the
    canonical article read into the copy: what `datelines ingest EXAMPLE examples/corpus` stores."""
    if not EXAMPLE.exists():
        pytest.skip("../shared/examples is not beside this checkout")
    path = tmp_path_factory.mktemp("ui") / "demo.db"
    source = sqlite3.connect(demo_store.url.removeprefix("sqlite:///"))
    copy = sqlite3.connect(path)
    try:
        source.backup(copy)  # consistent even while the session's store is open
    finally:
        copy.close()
        source.close()
    store = Store(path)
    stores.ingest(store, [EXAMPLE])
    store.close()
    return str(path)


@pytest.fixture(scope="module")
def server(db, tmp_path_factory) -> Iterator[str]:
    """`datelines serve` as a user starts it; its base URL once it answers."""
    port = _free_port()
    log = tmp_path_factory.mktemp("serve") / "serve.log"
    with log.open("wb") as out:
        process = subprocess.Popen([sys.executable, "-m", "datelines.cli", "serve", "--db", db, "--port", str(port)],
                                   stdout=out, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while True:
            assert process.poll() is None, f"the server exited: {log.read_text()}"
            try:
                httpx.get(base + "/openapi.json", timeout=1.0)
                break
            except httpx.TransportError:
                assert time.monotonic() < deadline, "the server did not answer in time"
                time.sleep(0.2)
        assert f"web UI on {base}/ui/" in log.read_text(), log.read_text()
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, server) -> Iterator[object]:
    """A fresh page; afterwards, no error logged and no request to any other host."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.set_default_timeout(PAGE_SECONDS * 1000)
    tab = context.new_page()
    problems: list[str] = []
    tab.on("console", lambda message: problems.append(f"console: {message.text}") if message.type == "error" else None)
    tab.on("pageerror", lambda error: problems.append(f"page error: {error}"))
    tab.on("request", lambda request: None if request.url.startswith(server + "/")
           else problems.append(f"request off the server: {request.url}"))
    yield tab
    context.close()
    assert not problems, problems


def open_page(page, server: str, path: str) -> None:
    page.goto(server + path)
    wait_ready(page)


def wait_ready(page) -> None:
    """The page script has run to its end (body[data-state]), without an error."""
    # A selector, not wait_for_function: the pages' policy forbids the eval its string predicates need.
    page.wait_for_selector("body[data-state=ready], body[data-state=error]", state="attached")
    status = page.locator("#status")
    message = status.inner_text() if status.count() else ""
    assert page.evaluate("document.body.dataset.state") == "ready", message


@pytest.fixture(scope="module")
def akkuyu_id(server) -> str:
    articles = httpx.get(server + "/api/articles", params={"limit": 100}).json()["articles"]
    (found,) = [a["id"] for a in articles if "akkuyu" in (a["source"] or "")]
    return found


def test_search_page_returns_results(page, server, akkuyu_id):
    open_page(page, server, "/ui/")
    assert page.locator("#results table.data tbody tr").count() > 40  # without words, the article list
    page.fill("input[name=q]", "nuclear plant")
    page.press("input[name=q]", "Enter")
    page.wait_for_url("**/ui/?q=nuclear+plant")
    wait_ready(page)
    hits = page.locator(".hit-card")
    assert hits.count() >= 1
    assert page.locator(f'.hit-card[data-article="{akkuyu_id}"]').count() == 1
    assert page.locator(".hit-card mark.hit").count() >= 2
    assert "nuclear plant" in page.locator("#status").inner_text()


def _entries(page) -> list[dict]:
    return page.eval_on_selector_all("#timeline > li.entry", "items => items.map(i => ({...i.dataset}))")


def _first(entries: list[dict], date: str, code: str) -> int:
    return next(i for i, e in enumerate(entries) if e["date"].startswith(date) and e["code"].startswith(code))


def test_dyad_timeline_orders_events_by_their_own_dates(page, server):
    open_page(page, server, "/ui/timeline?actor=TUR&actor=RUS")
    entries = _entries(page)
    downing = _first(entries, "2015-11", "19")  # Turkey's downing of a Russian jet
    coup = _first(entries, "2016-07", "05")  # Putin's support against the July 2016 coup attempt
    visit = _first(entries, "2018-04-03", "042")  # Putin visiting Turkey, the day of the article
    assert downing < coup < visit
    assert [e["date"] for e in entries] == sorted(e["date"] for e in entries)
    assert all(e["modality"] == "asserted" for e in entries)  # a plan is no fact by default
    shown = page.locator("#timeline > li.entry").nth(downing)
    text = shown.inner_text()
    assert entries[downing]["precision"] in text and "asserted" in text
    assert int(entries[downing]["reports"]) >= 2 and f"{entries[downing]['reports']} reports" in text

    open_page(page, server, "/ui/timeline?actor=TUR&actor=RUS&all_modalities=true")
    assert any(e["date"] == "2018-04-04" and e["modality"] == "planned" for e in _entries(page))  # the summit


def test_timeline_entry_opens_its_evidence_in_the_article(page, server):
    open_page(page, server, "/ui/timeline?actor=TUR&actor=RUS")
    downing = page.locator("#timeline > li.entry").nth(_first(_entries(page), "2015-11", "19"))
    link = downing.locator("a.open-evidence").first
    event_id = link.get_attribute("href").rsplit("event=", 1)[1]
    link.click()
    page.wait_for_url(f"**/ui/article/**event={event_id}")
    wait_ready(page)
    evidence = page.locator(".piece.in-evidence")
    assert evidence.count() >= 1
    said = "".join(evidence.all_inner_texts()).lower()
    assert "shot down" in said or "downing" in said or "shoot" in said
    assert page.locator(f'.event-item[data-event="{event_id}"]').get_attribute("aria-pressed") == "true"
    top = evidence.first.evaluate("node => node.getBoundingClientRect().top")
    assert 0 <= top <= page.viewport_size["height"]  # scrolled to


def test_cooperation_conflict_chart_renders(page, server):
    open_page(page, server, "/ui/chart?source=TUR&target=RUS&by=year")
    assert page.evaluate(PAINTED, "#series-chart") > 1000
    drawn = page.evaluate("""() => { const chart = Chart.getChart("series-chart");
      return {labels: chart.data.labels, sets: chart.data.datasets.map(d => d.label)}; }""")
    assert {"2015", "2016", "2018"} <= set(drawn["labels"])
    assert "material conflict" in drawn["sets"] and "mean Goldstein score" in drawn["sets"]
    assert page.locator("details.card table.data tbody tr").count() >= 3


def test_network_view_renders(page, server):
    open_page(page, server, "/ui/network")
    graph = page.locator("#graph")
    assert int(graph.get_attribute("data-nodes")) >= 10 and int(graph.get_attribute("data-edges")) >= 10
    deadline = time.monotonic() + PAGE_SECONDS  # Cytoscape.js paints on a later animation frame
    while page.evaluate(PAINTED, "#graph canvas") <= 1000:
        assert time.monotonic() < deadline, "the network was not drawn"
        page.wait_for_timeout(100)


def test_article_page_marks_actors_times_events_and_quantities(page, server, akkuyu_id):
    open_page(page, server, f"/ui/article/{akkuyu_id}")
    actors = page.locator("mark.ent-actor")
    assert actors.count() >= 10
    putin = actors.filter(has_text="Vladimir Putin").first
    assert putin.locator(".ent-label").inner_text() == "RUSGOV"
    tuesday = page.locator("mark.ent-time", has_text="Tuesday").first
    assert tuesday.locator(".ent-label").inner_text() == "2018-04-03"
    assert page.locator("mark.ent-event").count() >= 5
    assert page.locator("mark.ent-quantity").count() >= 1
    assert page.locator("mark.ent-place").count() == 0  # off until asked for
    page.check(".layer-place input")
    assert page.locator("mark.ent-place").count() >= 1
    page.locator(".event-item").first.click()
    assert page.locator(".piece.in-evidence").count() >= 1
    assert "event=" in page.url
