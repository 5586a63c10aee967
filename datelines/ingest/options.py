"""One options object for every reader, shared by the CLI and the Python API."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime

# File name endings -> input form; longest ending is tried first so ".warc.gz" wins over ".gz".
FORMAT_BY_SUFFIX: dict[str, str] = {
    ".txt": "text",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".jsonl.gz": "jsonl",  # gzip is recognized by its magic bytes, whatever the name
    ".ndjson.gz": "jsonl",
    ".html": "html",
    ".htm": "html",
    ".warc": "warc",
    ".warc.gz": "warc",
}
FORMATS: frozenset[str] = frozenset(FORMAT_BY_SUFFIX.values())
# Names a user may pass as --format, mapped to the reader's name.
FORMAT_ALIASES: dict[str, str] = {"txt": "text", "ndjson": "jsonl", "htm": "html", "warc.gz": "warc"}


@dataclass
class IngestOptions:
    """How to read inputs. `format=None` picks the reader by file extension."""

    format: str | None = None  # text | jsonl | html | warc (or an alias: txt, ndjson, htm)
    glob: str = "**/*"  # which files of a folder to read (recursive by default)
    published: date | None = None  # fallback publication date for inputs that carry none
    text_field: str = "text"
    date_fields: tuple[str, ...] = ("published", "date")
    url_field: str | None = "url"
    title_field: str | None = "title"
    id_field: str | None = "id"
    # Size cap for a single-document input (text/HTML file, stdin) and for one record of a
    # container (JSON line, WARC payload). Containers themselves are streamed, so a 2 GB WARC
    # is fine; set container_max_bytes to cap them too.
    max_bytes: int = 10_000_000
    container_max_bytes: int | None = None
    min_chars: int = 1  # after stripping; whitespace-only text is always "empty"
    language: str | None = "en"  # None switches language identification off
    min_language_chars: int = 40  # shorter texts are too short to judge their language
    min_language_confidence: float = 0.5
    # Set by an ingest run (datelines.ingest.known): True when the store already holds this text,
    # whose language was then judged when it was stored; it is not identified again.
    known_text: Callable[[str], bool] | None = field(default=None, repr=False, compare=False)

    def __post_init__(self) -> None:
        self.resolved_format()  # an unknown --format fails here, before any input is read
        if isinstance(self.published, datetime):  # a datetime is a date too; keep the day only
            self.published = self.published.date()
        self.date_fields = tuple(self.date_fields)
        if self.max_bytes <= 0 or self.min_chars < 0:
            raise ValueError("max_bytes must be positive and min_chars not negative")

    def resolved_format(self) -> str | None:
        """The reader name for an explicit --format, or None for auto-detection."""
        if self.format is None:
            return None
        name = FORMAT_ALIASES.get(self.format.lower().lstrip("."), self.format.lower().lstrip("."))
        if name not in FORMATS:
            raise ValueError(f"unknown format {self.format!r}; expected one of {sorted(FORMATS)}")
        return name


def format_for_name(name: str) -> str | None:
    """The input form for a file name by its extension, or None if no reader handles it."""
    lowered = name.lower()
    for suffix in sorted(FORMAT_BY_SUFFIX, key=len, reverse=True):
        if lowered.endswith(suffix):
            return FORMAT_BY_SUFFIX[suffix]
    return None
