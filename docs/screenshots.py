"""Screenshots of every page of the web UI, for the README: taken by this script, never by hand.

    .venv/bin/python docs/screenshots.py                  # reads the demo store afresh (about 30 s)
    .venv/bin/python docs/screenshots.py --db datelines.db --out docs/screenshots

Builds the demo store (the canonical article ../shared/examples/akkuyu-2018-04-03.txt, where it is
beside this checkout, and examples/corpus) unless --db names one, starts `datelines serve` on a free
loopback port, and drives Debian's chromium (/usr/bin/chromium, headless) with Playwright to save
one PNG per page. Needs the dev extra (playwright) and the chromium package; never `playwright install`.
"""

from __future__ import annotations

import argparse
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT.parent / "shared" / "examples" / "akkuyu-2018-04-03.txt"
CORPUS = ROOT / "examples" / "corpus"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
VIEWPORT = {"width": 1280, "height": 860}


def build_store(path: Path) -> None:
    """What `datelines ingest akkuyu-2018-04-03.txt examples/corpus --db PATH` stores."""
    from datelines.ingest import IngestOptions, read_inputs
    from datelines.ingest.run import Ingestor, ingest_items
    from datelines.store import Store

    inputs = [str(p) for p in (EXAMPLE, CORPUS) if p.exists()]
    store = Store(path)
    try:
        ingest_items(Ingestor(store), read_inputs(inputs, IngestOptions()))
    finally:
        store.close()


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(db: Path, port: int) -> subprocess.Popen:
    process = subprocess.Popen([sys.executable, "-m", "datelines.cli", "serve", "--db", str(db), "--port", str(port)],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 30
    while True:
        if process.poll() is not None:
            raise SystemExit(f"datelines serve exited with {process.returncode}")
        try:
            httpx.get(f"http://127.0.0.1:{port}/openapi.json", timeout=1.0)
            return process
        except httpx.TransportError:
            if time.monotonic() > deadline:
                process.terminate()
                raise SystemExit("datelines serve did not answer in 30 s") from None
            time.sleep(0.2)


def pages(base: str) -> list[tuple[str, str]]:
    """(file name, path) of each page, the article opened on the jet downing's evidence."""
    articles = httpx.get(base + "/api/articles", params={"limit": 1000}).json()["articles"]
    article = next((a for a in articles if "akkuyu" in (a["source"] or "")), articles[0])
    timeline = httpx.get(base + "/api/timeline", params={"actor": ["TUR", "RUS"], "limit": 1000}).json()["events"]
    downing = [s["event_id"] for e in timeline if e["root"] == "19" for s in e["evidence"] if s["article_id"] == article["id"]]
    event = f"?event={downing[0]}" if downing else ""
    return [
        ("search.png", "/ui/?q=nuclear+plant"),
        ("timeline.png", "/ui/timeline?actor=TUR&actor=RUS"),
        ("chart.png", "/ui/chart?source=TUR&target=RUS&by=month"),
        ("network.png", "/ui/network"),
        ("article.png", f"/ui/article/{article['id']}{event}"),
    ]


def shoot(base: str, out: Path) -> list[Path]:
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    saved = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport=VIEWPORT)
        for name, path in pages(base):
            page.goto(base + path)
            page.wait_for_selector("body[data-state=ready], body[data-state=error]", state="attached", timeout=30_000)
            if page.evaluate("document.body.dataset.state") != "ready":
                raise SystemExit(f"{path}: {page.locator('#status').inner_text()}")
            page.wait_for_timeout(500)  # Cytoscape.js and Chart.js paint on the next frames
            page.screenshot(path=out / name)
            saved.append(out / name)
        browser.close()
    return saved


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, help="a store to show (default: the demo corpus, read afresh)")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots", help="where the PNGs go")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = args.db
        if db is None:
            db = Path(folder) / "demo.db"
            build_store(db)
        port = free_port()
        server = start_server(db, port)
        try:
            for path in shoot(f"http://127.0.0.1:{port}", args.out):
                print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
        finally:
            server.terminate()
            server.wait(timeout=10)


if __name__ == "__main__":
    main()
