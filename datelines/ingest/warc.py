"""WARC archives (plain or gzipped) read with warcio: each HTML 200 response is one article.

Only `response` records are inputs; warcinfo, request, metadata, resource and revisit records
describe the crawl and are passed over silently. A response that is not a 200 is accounted for
as `http_error`, one that is not HTML as `unsupported`, so the ingest log explains every page.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any, BinaryIO

from datelines.ingest.dates import MalformedDate, parse_iso_date
from datelines.ingest.html_page import read_html
from datelines.ingest.items import RawArticle, Rejected, Skipped
from datelines.ingest.options import IngestOptions
from datelines.ingest.streams import describe_error

HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(stream: BinaryIO, source: str, options: IngestOptions) -> Iterator[RawArticle | Skipped]:
    """Every response record of a WARC stream; source of each is "<file>#<record offset>"."""
    from warcio.archiveiterator import ArchiveIterator  # imported by the first archive, not by every ingest

    records = ArchiveIterator(stream)
    seen = 0
    try:
        for record in records:
            seen += 1
            if record.format != "warc":  # warcio reads any text as an old ARC record; we read WARC only
                yield Skipped(
                    source, "malformed_record", f"record {seen} is not a WARC record ({record.format})"
                )
                return
            if record.rec_type != "response":
                continue
            try:
                result = response_to_article(record, source, options)
            except Rejected as exc:
                result = Skipped(source, exc.reason, _with_url(exc.detail, record))
            except Exception as exc:  # noqa: BLE001 - one bad record must not end the archive
                result = Skipped(source, "error", _with_url(describe_error(exc), record))
            # warcio knows a record's offset only once it has been read to its end.
            result.source = f"{source}#{records.get_record_offset()}"
            yield result
    except Exception as exc:  # noqa: BLE001 - records are guarded above: this is warcio failing on a cut
        # or corrupt archive, which it reports as ArchiveLoadFailed, zlib/EOF errors or even AttributeError
        detail = " ".join(str(exc).split())[:300] or type(exc).__name__
        yield Skipped(source, "malformed_record", f"after {seen} records: {detail}")
        return
    if seen == 0:
        yield Skipped(source, "empty", "no WARC records")


def response_to_article(record: Any, source: str, options: IngestOptions) -> RawArticle | Skipped:
    """One WARC response record: status and content type decide, then HTML extraction."""
    url = record.rec_headers.get_header("WARC-Target-URI")
    http = record.http_headers
    if http is None:
        return Skipped(source, "unsupported", f"response without HTTP headers {url}")
    status = http.get_statuscode()
    if status != "200":
        return Skipped(source, "http_error", f"{status} {url}")
    content_type = (http.get_header("Content-Type") or "").split(";")[0].strip().lower()
    if content_type not in HTML_TYPES:
        return Skipped(source, "unsupported", f"{content_type or 'no content type'} {url}")
    declared = record.rec_headers.get_header("Content-Length")
    if declared and declared.isdigit() and int(declared) > options.max_bytes:
        return Skipped(
            source, "too_large", f"record of {declared} bytes > max_bytes {options.max_bytes} {url}"
        )
    payload = record.content_stream().read(options.max_bytes + 1)
    if len(payload) > options.max_bytes:
        return Skipped(source, "too_large", f"payload > max_bytes {options.max_bytes} {url}")
    missing = getattr(record.raw_stream, "limit", 0)
    if missing:  # the archive ends inside this record: a cut page would pass for a whole one
        return Skipped(source, "malformed_record", f"truncated record, {missing} bytes missing {url}")
    article = read_html(payload, source, options, url=url, fallback_published=_warc_date(record))
    if isinstance(article, RawArticle):
        article.external_id = record.rec_headers.get_header("WARC-Record-ID")
    return article


def _warc_date(record: Any) -> date | None:
    """The crawl time: a last resort, after the page's own date, for when the page was online."""
    value = record.rec_headers.get_header("WARC-Date")
    try:
        return parse_iso_date(value) if value else None
    except MalformedDate:
        return None


def _with_url(detail: str, record: Any) -> str:
    url = record.rec_headers.get_header("WARC-Target-URI")
    return f"{detail} {url}" if url else detail
