"""`read_inputs`: files, folders and stdin to one stream of RawArticle | Skipped.

Each input is read by the reader of its form (by --format or by extension). Nothing raised inside
one input leaves this module: it becomes a Skipped for that input and the next input is read.
"""

from __future__ import annotations

import gzip
import io
import os
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from datelines.ingest.dated_text import read_dated_text
from datelines.ingest.decoding import check_not_binary
from datelines.ingest.html_page import read_html
from datelines.ingest.items import RawArticle, Rejected, Skipped
from datelines.ingest.jsonl import read_jsonl
from datelines.ingest.options import IngestOptions, format_for_name
from datelines.ingest.streams import (
    check_container_size,
    describe_error,
    is_hidden,
    read_file_capped,
    read_stream_capped,
)
from datelines.ingest.warc import read_warc

Result = RawArticle | Skipped
STDIN = "-"
STDIN_SOURCE = "<stdin>"
_SNIFF = 65_536
GZIP_MAGIC = b"\x1f\x8b"


def read_inputs(
    paths: Iterable[str | os.PathLike[str]], options: IngestOptions | None = None
) -> Iterator[Result]:
    """Every article (or skip) of the given files, folders and "-" (stdin), in order.

    Folders are walked recursively with options.glob, sorted, hidden entries left out.
    """
    options = options or IngestOptions()
    explicit = options.resolved_format()  # a wrong --format is the caller's error: raise it
    for path in paths:
        if str(path) == STDIN:
            yield from _guarded(STDIN_SOURCE, lambda: read_stdin(options))
            continue
        path = Path(path)
        if path.is_dir():
            try:
                files = iter_folder(path, options.glob)
            except OSError as exc:  # a folder we may not list: one unreadable input
                yield Skipped(str(path), "unreadable", describe_error(exc))
                continue
            for file in files:
                yield from _guarded(str(file), lambda file=file: read_path(file, options, explicit))
        else:
            yield from _guarded(str(path), lambda path=path: read_path(path, options, explicit))


def iter_folder(root: Path, glob: str = "**/*") -> list[Path]:
    """The files of a folder matching the glob, sorted by relative path, hidden ones left out."""
    files = [p for p in root.glob(glob) if not is_hidden(p.relative_to(root)) and p.is_file()]
    return sorted(files, key=lambda p: p.relative_to(root).as_posix())


def read_path(path: Path, options: IngestOptions, explicit: str | None = None) -> Iterator[Result]:
    """One file, by its reader."""
    source = str(path)
    if not path.exists():
        yield Skipped(source, "unreadable", "no such file or directory")
        return
    form = explicit or format_for_name(path.name)
    if form is None:
        yield Skipped(source, "unsupported", f"no reader for {path.suffix or 'files without extension'}")
        return
    if form == "text":
        yield read_dated_text(read_file_capped(path, options.max_bytes), source, options)
    elif form == "html":
        yield read_html(read_file_capped(path, options.max_bytes), source, options)
    else:
        check_container_size(path, options.container_max_bytes)
        try:
            stream = path.open("rb")
        except OSError as exc:
            raise Rejected("unreadable", f"{type(exc).__name__}: {exc.strerror or exc}") from None
        with stream:
            yield from read_container(stream, form, source, options)


def read_container(stream: BinaryIO, form: str, source: str, options: IngestOptions) -> Iterator[Result]:
    """JSON Lines or WARC from an open binary stream; an input without records is 'empty'."""
    if form == "warc":
        yield from read_warc(stream, source, options)
        return
    buffered = stream if isinstance(stream, io.BufferedReader) else io.BufferedReader(stream)  # type: ignore[arg-type]
    if buffered.peek(2)[:2] == GZIP_MAGIC:  # feed.jsonl.gz, or a gzipped stdin
        buffered = io.BufferedReader(gzip.GzipFile(fileobj=buffered, mode="rb"))  # type: ignore[arg-type]
    records = 0
    try:
        check_not_binary(buffered.peek(_SNIFF)[:_SNIFF])
        for result in read_jsonl(buffered, source, options):
            records += 1
            yield result
    except (OSError, EOFError, zlib.error) as exc:  # a corrupt or truncated gzip stream
        yield Skipped(source, "malformed_record", f"after {records} records: {describe_error(exc)}")
        return
    if records == 0:
        yield Skipped(source, "empty", "no JSON lines")


def read_stdin(options: IngestOptions) -> Iterator[Result]:
    """Standard input as one dated-text document, or as any other form given by --format."""
    stream = _stdin_bytes()
    form = options.resolved_format() or "text"
    if form == "text":
        yield read_dated_text(read_stream_capped(stream, options.max_bytes), STDIN_SOURCE, options)
    elif form == "html":
        yield read_html(read_stream_capped(stream, options.max_bytes), STDIN_SOURCE, options)
    else:
        yield from read_container(stream, form, STDIN_SOURCE, options)


def _stdin_bytes() -> BinaryIO:
    """sys.stdin as bytes, looked up at call time so tests and embedders can replace it."""
    stdin = sys.stdin
    buffer = getattr(stdin, "buffer", None)
    if buffer is not None:
        return buffer
    return io.BytesIO(stdin.read().encode("utf-8"))  # a text-only replacement such as io.StringIO


def _guarded(source: str, reader: Callable[[], Iterator[Result]]) -> Iterator[Result]:
    """Run one input's reader; what it raises becomes a Skipped for that input."""
    try:
        yield from reader()
    except Rejected as exc:
        yield exc.skipped(source)
    except Exception as exc:  # noqa: BLE001 - a crash in one input must not end the run
        yield Skipped(source, "error", describe_error(exc))
