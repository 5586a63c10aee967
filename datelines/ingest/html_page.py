"""HTML pages: main text, title and publication date by trafilatura (no hand-written parsing).

trafilatura drops navigation, boilerplate and comments, and asks htmldate for the date the page
was published (meta tags, JSON-LD, URL, then visible dates).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

import trafilatura

from datelines.ingest.article import check_size, make_article
from datelines.ingest.dates import MalformedDate, parse_iso_date
from datelines.ingest.decoding import check_not_binary
from datelines.ingest.items import RawArticle, Skipped
from datelines.ingest.options import IngestOptions

# trafilatura reports "empty HTML tree" and the like as warnings; our Skipped records carry them.
logging.getLogger("trafilatura").setLevel(logging.ERROR)
logging.getLogger("htmldate").setLevel(logging.ERROR)


@dataclass
class PageContent:
    text: str
    title: str | None
    published: date | None


def extract_page(data: bytes | str, url: str | None = None) -> PageContent | None:
    """The main text, title and date of an HTML page; None when trafilatura finds no text."""
    document = trafilatura.bare_extraction(data, url=url, with_metadata=True, include_comments=False)
    if document is None or not document.text:
        return None
    return PageContent(document.text, document.title or None, _page_date(document.date))


def _page_date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return parse_iso_date(value)
    except MalformedDate:
        return None  # htmldate formats as %Y-%m-%d; anything else is not a date we trust


def read_html(
    data: bytes,
    source: str,
    options: IngestOptions,
    *,
    url: str | None = None,
    fallback_published: date | None = None,
) -> RawArticle | Skipped:
    """One HTML page. The date is the page's own, else `fallback_published` (WARC-Date), else --published."""
    check_size(len(data), options)
    if not data.strip():
        return Skipped(source, "empty", "no bytes")
    check_not_binary(data)
    page = extract_page(data, url)
    if page is None:
        return Skipped(source, "empty", "no main text found in the HTML")
    return make_article(
        page.text, page.published or fallback_published, source, options, url=url, title=page.title
    )
