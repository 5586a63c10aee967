"""Ingest: every input form (dated text, JSON Lines, HTML, WARC, stdin) to one stream of results.

Usage::

    for item in read_inputs(["corpus/", "-"], IngestOptions(published=date(2018, 4, 3))):
        if isinstance(item, RawArticle):
            ...  # text, published, source, url, title, external_id
        else:
            ...  # Skipped(source, reason, detail)
"""

from datelines.ingest.dated_text import parse_dated_text
from datelines.ingest.dates import MalformedDate, parse_iso_date
from datelines.ingest.hashing import comparison_form, content_hash
from datelines.ingest.items import SKIP_REASONS, RawArticle, Skipped
from datelines.ingest.options import IngestOptions
from datelines.ingest.readers import read_inputs

__all__ = [
    "SKIP_REASONS",
    "IngestOptions",
    "MalformedDate",
    "RawArticle",
    "Skipped",
    "comparison_form",
    "content_hash",
    "parse_dated_text",
    "parse_iso_date",
    "read_inputs",
]
