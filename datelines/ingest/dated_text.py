"""Dated plain text: an optional ` date YYYY-MM-DD` header, then the article body.

The header may be followed by the body on the same line (as in the project's examples) or on the
next. The lowercase keyword, or any case with a colon ("Date: 2018-04-03"), always starts a header,
so "date yesterday" is a malformed header, not text. A capitalized "Date" without a colon is a
header only when a date follows, so an article that opens "Date palms grow..." stays text.
"""

from __future__ import annotations

import re
from datetime import date

from datelines.ingest.article import check_size, make_article
from datelines.ingest.dates import MalformedDate, parse_iso_date
from datelines.ingest.decoding import decode_text
from datelines.ingest.items import RawArticle, Skipped
from datelines.ingest.options import IngestOptions

_HEADER = re.compile(r"\A\s*(?P<keyword>(?i:date))(?P<colon>[ \t]*:)?[ \t]*(?P<value>\S*)")


def parse_dated_text(raw: str) -> tuple[date | None, str]:
    """Split a dated text into (published, body); (None, text) when there is no header.

    Raises MalformedDate when a header is present but its date is not an unambiguous ISO date.
    """
    match = _HEADER.match(raw)
    if match is None or not _is_header(match):
        return None, raw.strip()
    strict = match["keyword"] == "date" or bool(match["colon"])
    try:
        if not match["value"]:
            raise MalformedDate("date header without a value")
        published = parse_iso_date(match["value"])
    except MalformedDate:
        if strict:
            raise
        return None, raw.strip()  # "Date palms ...": prose, not a header
    return published, raw[match.end() :].strip()


def _is_header(match: re.Match[str]) -> bool:
    """The keyword must stand alone: "date 2018", "Date: 2018", not "dated" or "date-palm"."""
    end = match.end("keyword")
    rest = match.string[end : end + 1]
    return rest in (" ", "\t", ":", "\n", "\r", "")


def read_dated_text(data: bytes, source: str, options: IngestOptions) -> RawArticle | Skipped:
    """One dated-text document from its bytes (file or stdin)."""
    check_size(len(data), options)
    text = decode_text(data)
    try:
        published, body = parse_dated_text(text)
    except MalformedDate as exc:
        return Skipped(source, "malformed_date", str(exc))
    return make_article(body, published, source, options, title=headline(body))


HEADLINE_MAX_CHARS = 200


def headline(body: str) -> str | None:
    """A first paragraph of one short line without a closing full stop is the headline. It stays in
    the text too, so offsets into the file's text keep pointing at the same words."""
    first, blank, rest = body.lstrip().partition("\n\n")
    first = first.strip()
    if not blank or not rest.strip() or "\n" in first or len(first) > HEADLINE_MAX_CHARS:
        return None
    return None if first.endswith((".", "!", "?", ":", '"', "\u201d")) else first
