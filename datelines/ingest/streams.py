"""Reading bytes without ever holding more than the size cap in memory.

A file's size is checked before it is opened, and every read is bounded, so a 50 GB file dropped
into an input folder costs one `stat`, and an endless stdin costs at most max_bytes + 1.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import BinaryIO

from datelines.ingest.items import Rejected

_CHUNK = 1 << 20


def read_file_capped(path: Path, max_bytes: int) -> bytes:
    """The whole file, or Rejected('too_large' | 'unreadable') without reading past the cap."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise Rejected("too_large", f"{size} bytes > max_bytes {max_bytes}")
        with path.open("rb") as stream:
            return read_stream_capped(stream, max_bytes)
    except OSError as exc:
        raise Rejected("unreadable", f"{type(exc).__name__}: {exc.strerror or exc}") from None


def read_stream_capped(stream: BinaryIO, max_bytes: int) -> bytes:
    """Read a stream to its end, or Rejected('too_large') once it passes max_bytes."""
    parts: list[bytes] = []
    total = 0
    while True:
        chunk = stream.read(min(_CHUNK, max_bytes + 1 - total))
        if not chunk:
            return b"".join(parts)
        parts.append(chunk)
        total += len(chunk)
        if total > max_bytes:
            raise Rejected("too_large", f"more than max_bytes {max_bytes}")


def check_container_size(path: Path, cap: int | None) -> None:
    """Optional cap on a whole JSONL/WARC file (records are capped one by one in any case)."""
    if cap is None:
        return
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise Rejected("unreadable", f"{type(exc).__name__}: {exc.strerror or exc}") from None
    if size > cap:
        raise Rejected("too_large", f"{size} bytes > container_max_bytes {cap}")


def iter_lines_capped(stream: BinaryIO, max_bytes: int) -> Iterator[tuple[int, bytes | None, int]]:
    """(line number from 1, the line without its end or None when over the cap, its length in bytes)."""
    number = 0
    limit = max_bytes + 2  # room for the cap plus "\r\n"
    while True:
        line = stream.readline(limit)
        if not line:
            return
        number += 1
        if line.endswith(b"\n") or len(line) < limit:  # whole line (the last may lack its "\n")
            content = line.rstrip(b"\r\n")
            yield number, (content if len(content) <= max_bytes else None), len(content)
            continue
        length = len(line)  # an over-long line: count the rest without keeping it
        while more := stream.readline(_CHUNK):
            length += len(more)
            if more.endswith(b"\n"):
                break
        yield number, None, length


def is_hidden(relative: Path) -> bool:
    """Hidden files and files inside hidden folders (".git", ".DS_Store") are not inputs."""
    return any(part.startswith(".") for part in relative.parts)


def describe_error(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
