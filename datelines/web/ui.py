"""The web UI: a handful of pages served by the API's own process (`datelines serve`).

Each page is one HTML shell (templates/page.html) that its script fills from the /api endpoints, so
the UI has no data path of its own and cannot drift from the API. Every asset (our CSS and scripts,
the vendored Chart.js and Cytoscape.js, see static/vendor/VENDORED.md) is in the package: the pages
work offline, and their Content-Security-Policy forbids loading anything from another origin.

    /                       redirects to /ui/
    /ui/                    search (articles and evidence sentences); without a query, the article list
    /ui/timeline            the history of an actor or a dyad (?actor=TUR&actor=RUS)
    /ui/chart               cooperation and conflict of a dyad over time (?source=TUR&target=RUS&by=month)
    /ui/network             actors and the dyads between them
    /ui/article/{id}        an article with actors, times, events and quantities marked (?event=N selects one)
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from html import escape
from pathlib import Path
from string import Template

from fastapi import APIRouter, FastAPI
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles

HERE = Path(__file__).resolve().parent
STATIC = HERE / "static"
TEMPLATES = HERE / "templates"
CHART_JS = "vendor/chartjs/chart.umd.min.js"
CYTOSCAPE_JS = "vendor/cytoscape/cytoscape.min.js"

# Same origin only: a page that tried to reach a CDN would fail here as it would offline. Inline
# styles stay allowed because Chart.js and Cytoscape.js size their canvases with style attributes.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)


@dataclass(frozen=True)
class Page:
    """One page of the UI: its title, the nav entry it lights, and the scripts it needs (vendor first)."""

    title: str
    nav: str
    scripts: tuple[str, ...]


PAGES: dict[str, Page] = {
    "search": Page("Search", "search", ("js/search.js",)),
    "timeline": Page("Timeline", "timeline", ("js/timeline.js",)),
    "chart": Page("Cooperation and conflict", "chart", (CHART_JS, "js/series.js")),
    "network": Page("Network", "network", (CYTOSCAPE_JS, "js/network.js")),
    "article": Page("Article", "search", ("js/article.js",)),
}


@cache
def _shell() -> Template:
    return Template((TEMPLATES / "page.html").read_text(encoding="utf-8"))


def render_page(name: str) -> str:
    """The HTML of a page. Nothing from the request goes into it: the scripts read the query string
    themselves and write data only as text nodes, so no user input is ever parsed as HTML."""
    page = PAGES[name]
    scripts = "\n".join(f'<script src="/static/{escape(path)}" defer></script>'
                        for path in ("js/common.js", *page.scripts))
    return _shell().substitute(title=escape(page.title), page=escape(name), nav=escape(page.nav), scripts=scripts)


def _html(name: str) -> HTMLResponse:
    return HTMLResponse(render_page(name), headers={"Content-Security-Policy": CONTENT_SECURITY_POLICY,
                                                    "X-Content-Type-Options": "nosniff",
                                                    "Referrer-Policy": "same-origin"})


def _page_route(name: str) -> Callable[[], HTMLResponse]:
    def page() -> HTMLResponse:
        return _html(name)

    page.__name__ = f"{name}_page"
    return page


def mount_ui(app: FastAPI) -> None:
    """Add the pages and /static to `app`; they stay out of /openapi.json (they are not the API)."""
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    router = APIRouter(include_in_schema=False)

    @router.get("/")
    def home() -> RedirectResponse:
        return RedirectResponse("/ui/", status_code=307)

    for path, name in (("/ui", "search"), ("/ui/", "search"), ("/ui/timeline", "timeline"),
                       ("/ui/chart", "chart"), ("/ui/network", "network")):
        router.add_api_route(path, _page_route(name), methods=["GET"], response_class=HTMLResponse)

    @router.get("/ui/article/{article_id}", response_class=HTMLResponse)
    def article_page(article_id: str) -> HTMLResponse:
        del article_id  # the page's script reads the id from the URL and asks /api/articles/{id}
        return _html("article")

    app.include_router(router)
