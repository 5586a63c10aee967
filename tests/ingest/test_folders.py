"""Folders: recursive, sorted, hidden entries left out, every file dispatched or accounted for."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest

from datelines.ingest import IngestOptions, RawArticle, Skipped, read_inputs
from datelines.ingest.options import format_for_name
from tests.ingest.builders import ENGLISH, WarcRecord, build_warc, dated_page, read_all


@pytest.fixture
def corpus(tmp_path: Path, write) -> Path:
    write("corpus/b.txt", f"date 2018-04-03 {ENGLISH}")
    write("corpus/a/page.html", dated_page("2018-04-04"))
    write("corpus/a/feed.jsonl", json.dumps({"text": ENGLISH, "date": "2018-04-05"}) + "\n")
    build_warc(
        tmp_path / "corpus/z/crawl.warc.gz",
        [WarcRecord("https://example.org/x", body=dated_page("2018-04-06"))],
    )
    write("corpus/notes.pdf", b"%PDF-1.4")
    write("corpus/.hidden.txt", f"date 2018-04-07 {ENGLISH}")
    write("corpus/.git/HEAD.txt", f"date 2018-04-08 {ENGLISH}")
    return tmp_path / "corpus"


def test_folder_walk(corpus: Path) -> None:
    results = read_all(corpus)
    assert [(r.source, getattr(r, "published", None) or r.reason) for r in results] == [
        (f"{corpus}/a/feed.jsonl#line 1", date(2018, 4, 5)),
        (f"{corpus}/a/page.html", date(2018, 4, 4)),
        (f"{corpus}/b.txt", date(2018, 4, 3)),
        (f"{corpus}/notes.pdf", "unsupported"),
        (f"{corpus}/z/crawl.warc.gz#{results[4].source.rsplit('#', 1)[1]}", date(2018, 4, 6)),
    ]


@pytest.mark.parametrize(
    ("glob", "sources"),
    [
        ("*", ["b.txt", "notes.pdf"]),  # top level only
        ("**/*.txt", ["b.txt"]),
        ("**/*.htm*", ["a/page.html"]),
    ],
)
def test_glob(corpus: Path, glob: str, sources: list[str]) -> None:
    results = read_all(corpus, glob=glob)
    assert [r.source for r in results] == [f"{corpus}/{s}" for s in sources]


def test_explicit_format_overrides_extension(write) -> None:
    path = write("export.dat", json.dumps({"text": ENGLISH, "date": "2018-04-05"}) + "\n")
    assert read_all(path)[0].reason == "unsupported"
    result = read_all(path, format="ndjson")[0]
    assert isinstance(result, RawArticle) and result.published == date(2018, 4, 5)


@pytest.mark.parametrize(
    ("options", "error"),
    [
        ({"format": "pdf"}, "unknown format"),
        ({"max_bytes": 0}, "max_bytes must be positive"),
        ({"min_chars": -1}, "min_chars not negative"),
    ],
)
def test_invalid_options(options: dict, error: str) -> None:
    with pytest.raises(ValueError, match=error):
        IngestOptions(**options)


@pytest.mark.parametrize(
    ("given", "resolved"),
    [("TXT", "text"), (".ndjson", "jsonl"), ("htm", "html"), ("warc.gz", "warc"), (None, None)],
)
def test_format_names(given: str | None, resolved: str | None) -> None:
    assert IngestOptions(format=given).resolved_format() == resolved


def test_published_datetime_becomes_a_date() -> None:
    assert IngestOptions(published=datetime(2018, 4, 3, 23, 30)).published == date(2018, 4, 3)


def test_mixed_paths_in_order(corpus: Path, write) -> None:
    single = write("single.txt", f"date 2018-04-09 {ENGLISH}")
    results = list(read_inputs([str(single), str(corpus / "b.txt"), str(corpus / "missing.txt")]))
    assert [type(r) for r in results] == [RawArticle, RawArticle, Skipped]
    assert results[2].reason == "unreadable"


@pytest.mark.parametrize(
    ("name", "form"),
    [
        ("a.txt", "text"),
        ("A.TXT", "text"),
        ("feed.jsonl", "jsonl"),
        ("feed.ndjson", "jsonl"),
        ("feed.jsonl.gz", "jsonl"),
        ("page.html", "html"),
        ("page.htm", "html"),
        ("crawl.warc", "warc"),
        ("crawl.warc.gz", "warc"),
        ("archive.tar.gz", None),
        ("notes.csv", None),
        ("README", None),
    ],
)
def test_format_by_extension(name: str, form: str | None) -> None:
    assert format_for_name(name) == form


def test_hidden_file_named_explicitly_is_read(write) -> None:
    result = read_all(write(".draft.txt", f"date 2018-04-03 {ENGLISH}"))[0]
    assert isinstance(result, RawArticle)
