"""HTML pages: main text, title and publication date by trafilatura (no hand-written parsing).

trafilatura drops navigation, boilerplate and comments, and asks htmldate for the date the page
was published (meta tags, JSON-LD, <time> elements, the URL).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

from datelines.ingest.article import check_size, make_article
from datelines.ingest.dates import MalformedDate, parse_iso_date
from datelines.ingest.decoding import check_not_binary
from datelines.ingest.items import RawArticle, Skipped
from datelines.ingest.options import IngestOptions

# trafilatura logs "empty HTML tree" and the like as errors; our Skipped records carry them instead.
# Only when the application has not set a level of its own.
for _name in ("trafilatura", "htmldate"):
    if logging.getLogger(_name).level == logging.NOTSET:
        logging.getLogger(_name).setLevel(logging.CRITICAL)


# htmldate reads the date from markup (meta tags, JSON-LD, <time>) and the URL. Its "extensive"
# search also takes dates from the visible text, which in news are the dates of the events
# reported ("on November 24, 2015"): a wrong anchor for every relative date. Left off.
DATE_SEARCH = {"extensive_search": False, "original_date": True, "outputformat": "%Y-%m-%d"}


@dataclass
class PageContent:
    text: str
    title: str | None
    published: date | None


def extract_page(data: bytes | str, url: str | None = None) -> PageContent | None:
    """The main text, title and date of an HTML page; None when trafilatura finds no text."""
    import trafilatura  # imported by the first page, not by every ingest (a tenth of a second)

    document = trafilatura.bare_extraction(
        data, url=url, with_metadata=True, include_comments=False, date_extraction_params=DATE_SEARCH
    )
    if document is None or not document.text:
        return None
    title = document.title or None
    return PageContent(without_headline(document.text, title), title, _page_date(document.date))


def without_headline(text: str, title: str | None) -> str:
    """The body without a first line that repeats the title.

    trafilatura keeps the page's <h1>; left in the body, the headline (no final stop, headline
    tense) runs into the first sentence and is read as a second, undated report of the same event.
    It is kept in `title`. Dated-text inputs have no headline either, so both forms read alike.
    """
    if not title:
        return text
    first, _, rest = text.partition("\n")
    if " ".join(first.split()).casefold() == " ".join(title.split()).casefold() and rest.strip():
        return rest
    return text


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
