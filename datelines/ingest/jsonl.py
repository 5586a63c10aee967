"""JSON Lines: one article per line, fields named by IngestOptions (text, date, url, title, id).

A broken line is one skipped record, never the end of the file: exports from scrapers often
carry a truncated last line or a stray log message.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from typing import Any, BinaryIO

from datelines.ingest.article import make_article
from datelines.ingest.dates import MalformedDate, parse_iso_date
from datelines.ingest.decoding import decode_text, normalize_text
from datelines.ingest.items import RawArticle, Rejected, Skipped
from datelines.ingest.options import IngestOptions
from datelines.ingest.streams import describe_error, iter_lines_capped


def read_jsonl(stream: BinaryIO, source: str, options: IngestOptions) -> Iterator[RawArticle | Skipped]:
    """Every record of a JSON Lines stream; blank lines are not records."""
    for number, line, length in iter_lines_capped(stream, options.max_bytes):
        where = f"{source}#line {number}"
        if line is None:
            yield Skipped(
                where, "too_large", f"line {number}: {length} bytes > max_bytes {options.max_bytes}"
            )
            continue
        if not line.strip():
            continue
        try:
            yield record_to_article(line, number, where, options)
        except Rejected as exc:
            yield Skipped(where, exc.reason, f"line {number}: {exc.detail}")
        except Exception as exc:  # noqa: BLE001 - one bad record must not end the file
            yield Skipped(where, "error", f"line {number}: {describe_error(exc)}")


def record_to_article(line: bytes, number: int, source: str, options: IngestOptions) -> RawArticle | Skipped:
    """One JSON line to an article; Rejected for lines that are not JSON objects."""
    try:
        record = json.loads(decode_text(line))
    except json.JSONDecodeError as exc:
        raise Rejected("malformed_record", f"{exc.msg} at column {exc.colno}") from None
    if not isinstance(record, dict):
        raise Rejected("malformed_record", f"a JSON {type(record).__name__}, not an object")
    text = record.get(options.text_field)
    if text is not None and not isinstance(text, str):
        raise Rejected("malformed_record", f"field {options.text_field!r} is a {type(text).__name__}")
    if not normalize_text(text or ""):
        return Skipped(source, "empty", f"line {number}: no text in field {options.text_field!r}")
    try:
        published = record_date(record, options.date_fields)
    except MalformedDate as exc:
        return Skipped(source, "malformed_date", f"line {number}: {exc}")
    return make_article(
        text,
        published,
        source,
        options,
        url=_string(record, options.url_field),
        title=_string(record, options.title_field),
        external_id=_string(record, options.id_field),
    )


def record_date(record: dict[str, Any], fields: tuple[str, ...]) -> date | None:
    """The first readable date among the fields; MalformedDate if dates are given but none reads."""
    problems: list[str] = []
    for field in fields:
        value = record.get(field)
        if value is None or value == "":
            continue
        if not isinstance(value, str):  # a number could be seconds or milliseconds: refuse to guess
            problems.append(f"{field}: {value!r} is not an ISO date string")
            continue
        try:
            return parse_iso_date(value)
        except MalformedDate as exc:
            problems.append(f"{field}: {exc}")
    if problems:
        raise MalformedDate("; ".join(problems))
    return None


def _string(record: dict[str, Any], field: str | None) -> str | None:
    if not field:
        return None
    value = record.get(field)
    if value is None or isinstance(value, (dict, list)):
        return None
    return str(value) or None
