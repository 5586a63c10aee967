"""The plain results every reader yields: one article, or one input skipped with its reason.

The orchestration logs every input (stored / duplicate / skipped), so a reader never drops an input
silently: it either yields a `RawArticle` or a `Skipped` that says why.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

# Every reason a `Skipped` may carry; the store's ingest log and the CLI summary count by these.
SKIP_REASONS: tuple[str, ...] = (
    "empty",  # nothing but whitespace (or fewer than min_chars characters)
    "binary",  # NUL bytes or many control bytes: not text at all
    "undecodable",  # neither UTF-8 nor a clean single-byte fallback
    "not_english",  # the language identifier is confident it is another language
    "too_large",  # over IngestOptions.max_bytes (file, stdin, or one record)
    "no_date",  # no publication date found and no fallback given
    "malformed_date",  # a date was given but cannot be read unambiguously
    "malformed_record",  # a JSON line or WARC record that cannot be parsed
    "unsupported",  # a file (or WARC payload) of a form no reader handles
    "http_error",  # a WARC response whose HTTP status is not 200
    "unreadable",  # the file vanished or cannot be opened
    "error",  # an unexpected crash inside one input, caught so the run goes on
)


@dataclass
class RawArticle:
    """One article as read from its input, before the read step; `text` is the body only."""

    text: str  # NFC, line ends normalized to \n, header removed, stripped
    published: date | None
    source: str  # file path, "path#line 12", "file.warc.gz#1234", "<stdin>"
    url: str | None = None
    title: str | None = None
    external_id: str | None = None


@dataclass
class Skipped:
    """One input (or record) that produced no article, and why."""

    source: str
    reason: str  # one of SKIP_REASONS
    detail: str = ""

    def __post_init__(self) -> None:
        if self.reason not in SKIP_REASONS:
            raise ValueError(f"unknown skip reason {self.reason!r}; expected one of {SKIP_REASONS}")


class Rejected(Exception):
    """Raised inside a reader to turn the current input into a `Skipped` (never leaves read_inputs)."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason
        self.detail = detail

    def skipped(self, source: str) -> Skipped:
        return Skipped(source, self.reason, self.detail)
