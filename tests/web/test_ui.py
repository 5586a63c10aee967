"""The web UI's routes, in-process and without a browser: the pages are served with their policy,
every asset they name is in the package, nothing points off-site, and the pages stay out of the API
description. What the pages show is checked in a real browser by test_ui_browser.py."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient

from datelines.web import create_app
from datelines.web.ui import PAGES, STATIC, render_page

PAGE_URLS = ["/ui/", "/ui/timeline?actor=TUR&actor=RUS", "/ui/chart?source=TUR&target=RUS", "/ui/network",
             "/ui/article/0123abcd?event=1"]


@pytest.fixture(scope="module")
def client(tmp_path_factory) -> TestClient:
    return TestClient(create_app(str(tmp_path_factory.mktemp("ui") / "empty.db")), follow_redirects=False)


def test_the_root_leads_to_the_ui(client):
    response = client.get("/")
    assert response.status_code == 307 and response.headers["location"] == "/ui/"


@pytest.mark.parametrize("url", PAGE_URLS)
def test_pages_are_html_that_forbids_other_origins(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/html")
    policy = response.headers["content-security-policy"]
    assert "default-src 'self'" in policy and "script-src 'self'" in policy
    assert '<script src="/static/js/common.js" defer></script>' in response.text


def test_every_asset_a_page_names_is_served_from_the_package(client):
    names = set()
    for name in PAGES:
        names |= set(re.findall(r'(?:src|href)="(/static/[^"]+)"', render_page(name)))
    assert {"/static/css/datelines.css", "/static/vendor/chartjs/chart.umd.min.js",
            "/static/vendor/cytoscape/cytoscape.min.js"} <= names
    for url in sorted(names):
        response = client.get(url)
        assert response.status_code == 200, url
        assert response.content


def test_no_asset_comes_from_elsewhere():
    """Offline means no CDN: no page or script of ours names another host."""
    ours = [p for p in STATIC.rglob("*") if p.suffix in {".js", ".css", ".html"} and "vendor" not in p.parts]
    ours += [STATIC.parent / "templates" / "page.html"]
    for path in ours:
        assert not re.search(r"(src|href)=[\"']?(https?:)?//", path.read_text(encoding="utf-8")), path
        assert "cdn" not in path.read_text(encoding="utf-8").lower(), path


def test_vendored_libraries_carry_their_licences():
    record = (STATIC / "vendor" / "VENDORED.md").read_text(encoding="utf-8")
    for folder, library, licence in (("chartjs", "chart.umd.min.js", "LICENSE.md"),
                                     ("cytoscape", "cytoscape.min.js", "LICENSE")):
        assert (STATIC / "vendor" / folder / library).stat().st_size > 100_000
        assert "Permission is hereby granted" in (STATIC / "vendor" / folder / licence).read_text(encoding="utf-8")
        assert f"`{folder}/{library}`" in record.replace(" (from `dist/`)", "")


def test_pages_stay_out_of_the_api_description(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert not [p for p in paths if not p.startswith("/api/")]


def test_a_missing_asset_is_a_404(client):
    assert client.get("/static/js/nothing.js").status_code == 404
