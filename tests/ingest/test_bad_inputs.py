"""Bad inputs become a Skipped with the right reason; none raises, none stops the run."""

from __future__ import annotations

import os
import time
import tracemalloc
from datetime import date
from pathlib import Path

import pytest

from datelines.ingest import SKIP_REASONS, RawArticle, Skipped, read_inputs, readers
from tests.ingest.builders import ENGLISH, dated_page, only, read_all

HEADER = b"date 2018-04-03 "


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("empty.txt", b"", "empty"),
        ("empty.html", b"", "empty"),
        ("empty.jsonl", b"", "empty"),
        ("blank.jsonl", b"\n\n  \n", "empty"),
        ("empty.warc", b"", "empty"),
        ("nul.txt", HEADER + b"Athens talks\x00\x00 ended.", "binary"),
        ("controls.txt", HEADER + bytes(range(1, 9)) * 20 + b" text", "binary"),
        ("png.html", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "binary"),
        ("binary.jsonl", b"\x00\x01\x02" * 100, "binary"),
        # bytes that are neither UTF-8 nor cp1252 (0x81, 0x8d, 0x8f, 0x90, 0x9d are unassigned)
        ("undefined.txt", HEADER + b"Athens \x81\x8d\x8f talks", "undecodable"),
        # Shift-JIS Japanese: not UTF-8, and as cp1252 mostly accented letters
        (
            "sjis.txt",
            HEADER + "\u5916\u52d9\u5927\u81e3\u304c\u4f1a\u8ac7\u3057\u305f".encode("shift_jis") * 5,
            "undecodable",
        ),
        ("notes.docx", b"PK\x03\x04 whatever", "unsupported"),
        ("README", ENGLISH.encode(), "unsupported"),
        ("not-a-warc.warc", ENGLISH.encode(), "malformed_record"),
    ],
)
def test_bad_file(write, name: str, content: bytes, reason: str) -> None:
    results = read_all(write(name, content), published=date(2018, 4, 3))
    assert [r.reason for r in results if isinstance(r, Skipped)] == [reason]
    assert not [r for r in results if isinstance(r, RawArticle)]


@pytest.mark.parametrize(
    ("content", "encoding"),
    [
        (
            "date 2018-04-03 Talks in Ath\u00e8nes and Cura\u00e7ao \u2013 \u201cfruitful\u201d, they said.",
            "cp1252",
        ),
        ("\ufeffdate 2018-04-03 A UTF-8 file with a byte order mark.", "utf-8"),
        ("date 2018-04-03 A UTF-16 file from a Windows tool, with \u00e9.", "utf-16"),  # BOM added by codec
    ],
)
def test_other_encodings_decoded(write, content: str, encoding: str) -> None:
    result = only(read_all(write("a.txt", content.encode(encoding)), language=None))
    assert isinstance(result, RawArticle), result
    assert result.published == date(2018, 4, 3)
    assert result.text == content.lstrip("\ufeff").removeprefix("date 2018-04-03 ")


def test_fifty_megabytes_skipped_quickly_without_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    line = (ENGLISH + "\n").encode()
    with path.open("wb") as stream:
        stream.write(HEADER)
        for _ in range(50_000_000 // len(line) + 1):
            stream.write(line)
    assert path.stat().st_size > 50_000_000
    tracemalloc.start()
    started = time.perf_counter()
    result = only(read_all(path))
    elapsed = time.perf_counter() - started
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert isinstance(result, Skipped) and result.reason == "too_large"
    assert elapsed < 1.0
    assert peak < 1_000_000  # never loaded: the size is known from stat


@pytest.mark.parametrize(
    ("name", "content"),
    [("big.txt", HEADER + ENGLISH.encode() * 3), ("big.html", dated_page("2018-04-03").encode())],
)
def test_size_cap_is_an_option(write, name: str, content: bytes) -> None:
    path = write(name, content)
    assert only(read_all(path, max_bytes=200)).reason == "too_large"
    assert isinstance(only(read_all(path, max_bytes=10_000)), RawArticle)


def test_container_cap_is_optional(write) -> None:
    path = write("a.jsonl", f'{{"text": "{ENGLISH}", "date": "2018-04-03"}}\n' * 3)
    assert len(read_all(path, max_bytes=1000)) == 3  # records under the cap; file over it: fine
    assert only(read_all(path, container_max_bytes=100)).reason == "too_large"


def test_vanished_file_is_unreadable(tmp_path: Path) -> None:
    result = only(read_all(tmp_path / "gone.txt"))
    assert result == Skipped(str(tmp_path / "gone.txt"), "unreadable", "no such file or directory")


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads any file")
def test_permission_denied_is_unreadable(write) -> None:
    path = write("secret.txt", HEADER + ENGLISH.encode())
    path.chmod(0)
    try:
        assert only(read_all(path)).reason == "unreadable"
    finally:
        path.chmod(0o644)


def test_open_failure_is_unreadable(write, monkeypatch: pytest.MonkeyPatch) -> None:
    """As root a chmod cannot deny access, so the OS error is raised where the file is opened."""
    path = write("a.txt", HEADER + ENGLISH.encode())

    def denied(self: Path, *args: object, **kwargs: object) -> None:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", denied)
    result = only(read_all(path))
    assert result.reason == "unreadable" and "Permission denied" in result.detail


def test_a_crash_in_one_input_is_recorded_and_the_run_goes_on(write, monkeypatch: pytest.MonkeyPatch) -> None:
    first = write("a.txt", HEADER + ENGLISH.encode())
    second = write("b.jsonl", f'{{"text": "{ENGLISH}", "date": "2018-04-03"}}\n')
    real = readers.read_dated_text

    def crashing(data: bytes, source: str, options: object) -> object:
        if source == str(first):
            raise RuntimeError("reader bug")
        return real(data, source, options)  # type: ignore[arg-type]

    monkeypatch.setattr(readers, "read_dated_text", crashing)
    results = list(read_inputs([str(first), str(second)]))
    assert results[0] == Skipped(str(first), "error", "RuntimeError: reader bug")
    assert isinstance(results[1], RawArticle)


def test_skip_reasons_are_checked() -> None:
    assert {
        "empty",
        "binary",
        "undecodable",
        "not_english",
        "too_large",
        "no_date",
        "malformed_date",
        "malformed_record",
        "unsupported",
        "http_error",
        "unreadable",
        "error",
    } == set(SKIP_REASONS)
    with pytest.raises(ValueError):
        Skipped("x", "because")


def test_unlistable_folder_is_unreadable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def denied(self: Path, pattern: str) -> None:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "glob", denied)
    result = only(read_all(tmp_path))
    assert result.reason == "unreadable" and result.source == str(tmp_path)
