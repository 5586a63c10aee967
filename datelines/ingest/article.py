"""The last step of every reader: turn extracted fields into a RawArticle, or say why not."""

from __future__ import annotations

from datetime import date

from datelines.ingest.decoding import normalize_text
from datelines.ingest.items import RawArticle, Rejected, Skipped
from datelines.ingest.language import language_mismatch
from datelines.ingest.options import IngestOptions


def check_size(size: int, options: IngestOptions, what: str = "input") -> None:
    """Raise Rejected('too_large') when one document or record exceeds the cap."""
    if size > options.max_bytes:
        raise Rejected("too_large", f"{what} of {size} bytes > max_bytes {options.max_bytes}")


def make_article(
    text: str | None,
    published: date | None,
    source: str,
    options: IngestOptions,
    *,
    url: str | None = None,
    title: str | None = None,
    external_id: str | None = None,
) -> RawArticle | Skipped:
    """Normalize the text, apply the date fallback and the language check, in that order of skips.

    Order: empty first (nothing to judge), then the date (a dateless article cannot be anchored),
    then the language (the costliest check, run only on articles that would otherwise be kept, and
    not for a text the store already holds: `options.known_text`).
    """
    body = normalize_text(text or "")
    if len(body) < max(options.min_chars, 1):
        return Skipped(source, "empty", f"{len(body)} characters after stripping")
    published = published or options.published
    if published is None:
        return Skipped(source, "no_date", "no date in the input and no fallback --published")
    if options.language and not (options.known_text is not None and options.known_text(body)):
        mismatch = language_mismatch(
            body, options.language, options.min_language_chars, options.min_language_confidence
        )
        if mismatch:
            return Skipped(source, "not_english", mismatch)
    title = normalize_text(title) if title else ""
    return RawArticle(body, published, source, url=url or None, title=title or None, external_id=external_id)
