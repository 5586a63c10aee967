"""HTML pages through trafilatura: main text without boilerplate, title, date or its fallback."""

from __future__ import annotations

from datetime import date

import pytest

from datelines.ingest import RawArticle, Skipped
from datelines.ingest.html_page import without_headline
from tests.ingest.builders import ENGLISH, dated_page, only, page, read_all


@pytest.mark.parametrize(
    "head",
    [
        '<meta property="article:published_time" content="2018-04-03T08:00:00+02:00">',
        '<meta name="date" content="2018-04-03">',
        '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2018-04-03"}</script>',
    ],
)
def test_page_date_title_and_main_text(write, head: str) -> None:
    path = write("a.html", page(head=head))
    result = only(read_all(path))
    assert isinstance(result, RawArticle)
    assert result.published == date(2018, 4, 3)
    assert result.title == "Ministers meet in Athens"
    assert "foreign ministers of Greece and Cyprus met in Athens" in result.text
    assert "Home" not in result.text and "All rights reserved" not in result.text
    assert result.source == str(path) and result.url is None


@pytest.mark.parametrize(("fallback", "expected"), [(date(2018, 4, 3), "article"), (None, "no_date")])
def test_page_without_date_uses_published_option(write, fallback: date | None, expected: str) -> None:
    result = only(read_all(write("nodate.htm", page()), published=fallback))
    if expected == "article":
        assert isinstance(result, RawArticle) and result.published == fallback
    else:
        assert isinstance(result, Skipped) and result.reason == "no_date"


EVENT_DATE_IN_PROSE = (
    "Turkish jets shot down a Russian bomber near the Syrian border on November 24, 2015, "
    "officials recalled. The incident strained ties between Ankara and Moscow for months."
)
# htmldate's fast mode still takes a bare ISO date from the visible text (known gap).
EVENT_DATE_IN_ISO = (
    "The ministers met in Athens on 2016-05-02 and again in Nicosia on 2017-03-01, the "
    "statement said. Officials said further talks would follow."
)


@pytest.mark.parametrize(
    "body",
    [
        EVENT_DATE_IN_PROSE,
        pytest.param(EVENT_DATE_IN_ISO, marks=pytest.mark.xfail(strict=True, reason="htmldate fast mode")),
    ],
)
def test_dates_in_the_text_are_events_not_publication(write, body: str) -> None:
    """A date the article reports is when something happened, not when the page appeared."""
    result = only(read_all(write("a.html", page(body))))
    assert isinstance(result, Skipped) and result.reason == "no_date"


def test_date_from_url_in_warc_or_web_page() -> None:
    from datelines.ingest.html_page import extract_page

    content = extract_page(page(), url="https://example.org/news/2018/04/03/ministers-meet")
    assert content is not None and content.published == date(2018, 4, 3)


def test_page_date_wins_over_option(write) -> None:
    result = only(read_all(write("a.html", dated_page("2018-04-03")), published=date(2020, 1, 1)))
    assert isinstance(result, RawArticle) and result.published == date(2018, 4, 3)


@pytest.mark.parametrize(
    "content",
    [
        "<html><head><title>Nothing</title></head><body></body></html>",
        "<html><body><script>var views = 1;</script></body></html>",
    ],
)
def test_page_without_text_is_empty(write, content: str) -> None:
    assert only(read_all(write("a.html", content), published=date(2018, 4, 3))).reason == "empty"


def test_declared_charset_respected(write) -> None:
    body = ENGLISH.replace("Athens", "Ath\u00e8nes")
    content = dated_page("2018-04-03", body).replace("<head>", '<head><meta charset="windows-1252">')
    result = only(read_all(write("a.html", content.encode("cp1252"))))
    assert isinstance(result, RawArticle) and "Ath\u00e8nes" in result.text


@pytest.mark.parametrize(
    ("text", "title", "body"),
    [
        ("Ministers meet\nThe ministers met.", "Ministers meet", "The ministers met."),
        ("MINISTERS  MEET\nThe ministers met.", "Ministers meet", "The ministers met."),
        ("Ministers meet\nThe ministers met.", None, "Ministers meet\nThe ministers met."),
        ("Talks end\nThe ministers met.", "Ministers meet", "Talks end\nThe ministers met."),
        ("Ministers meet", "Ministers meet", "Ministers meet"),  # nothing else: keep what there is
    ],
)
def test_headline_line_left_out_of_the_body(text: str, title: str | None, body: str) -> None:
    assert without_headline(text, title) == body
