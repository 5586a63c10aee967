"""WARC archives built with warcio: HTML 200 responses are articles, everything else accounted for."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from datelines.ingest import RawArticle, Skipped
from tests.ingest.builders import WarcRecord, build_warc, dated_page, only, page, read_all


@pytest.mark.parametrize(("name", "gzip"), [("crawl.warc.gz", True), ("crawl.warc", False)])
def test_responses_to_articles_and_skips(tmp_path: Path, name: str, gzip: bool) -> None:
    path = build_warc(
        tmp_path / name,
        [
            WarcRecord("https://example.org/dated", body=dated_page("2018-04-03")),
            WarcRecord("https://example.org/missing", status="404 Not Found", body="<html>gone</html>"),
            WarcRecord("https://example.org/undated", body=page()),
            WarcRecord("https://example.org/logo.png", content_type="image/png", body="not really a png"),
            WarcRecord("https://example.org/moved", status="301 Moved Permanently", body=""),
        ],
        gzip=gzip,
    )
    results = read_all(path)
    assert [getattr(r, "reason", "article") for r in results] == [
        "article",
        "http_error",
        "article",
        "unsupported",
        "http_error",
    ]
    dated, missing, undated, logo, moved = results
    assert isinstance(dated, RawArticle) and isinstance(undated, RawArticle)
    assert dated.url == "https://example.org/dated" and dated.published == date(2018, 4, 3)
    assert dated.title == "Ministers meet in Athens" and "Cyprus" in dated.text
    assert dated.external_id and dated.external_id.startswith("<urn:uuid:")
    assert undated.published == date(2018, 4, 5)  # from WARC-Date: the page has none
    assert missing.detail == "404 https://example.org/missing"
    assert moved.detail == "301 https://example.org/moved"
    assert logo.detail == "image/png https://example.org/logo.png"
    for result in results:  # "file#offset": unique, and a reader can seek to it
        assert result.source.startswith(f"{path}#")
        assert result.source.rsplit("#", 1)[1].isdigit()
    assert len({r.source for r in results}) == len(results)


def test_record_offsets_point_at_the_record(tmp_path: Path) -> None:
    from warcio.archiveiterator import ArchiveIterator

    path = build_warc(
        tmp_path / "a.warc.gz", [WarcRecord("https://example.org/a", body=dated_page("2018-04-03"))]
    )
    article = only(read_all(path))
    offset = int(article.source.rsplit("#", 1)[1])
    with path.open("rb") as stream:
        stream.seek(offset)
        record = next(iter(ArchiveIterator(stream)))
        assert record.rec_type == "response"
        assert record.rec_headers.get_header("WARC-Target-URI") == "https://example.org/a"


def test_only_crawl_records_is_no_input(tmp_path: Path) -> None:
    path = build_warc(tmp_path / "info.warc.gz", [])
    assert read_all(path) == []  # warcinfo alone: no inputs, nothing to account for


def test_oversized_payload(tmp_path: Path) -> None:
    path = build_warc(
        tmp_path / "a.warc.gz", [WarcRecord("https://example.org/big", body=dated_page("2018-04-03"))]
    )
    result = only(read_all(path, max_bytes=200))
    assert isinstance(result, Skipped) and result.reason == "too_large"
    assert result.detail.endswith("https://example.org/big")


@pytest.mark.parametrize("gzip", [False, True])
@pytest.mark.parametrize("cut", [20, 300])
def test_truncated_archive(tmp_path: Path, gzip: bool, cut: int) -> None:
    good = build_warc(
        tmp_path / "a.warc",
        [WarcRecord(f"https://example.org/{n}", body=dated_page("2018-04-03")) for n in range(2)],
        gzip=gzip,
    )
    data = good.read_bytes()
    good.write_bytes(data[: len(data) - cut])
    first, second = read_all(good)
    assert isinstance(first, RawArticle) and first.url == "https://example.org/0"
    assert isinstance(second, Skipped) and second.reason == "malformed_record"
    assert second.detail.startswith("truncated record") and second.detail.endswith("https://example.org/1")


@pytest.mark.parametrize("gzip", [False, True])
@pytest.mark.parametrize("where", [0.0, 0.1, 0.3, 0.5, 0.7, 0.9])
def test_corrupt_bytes_anywhere(tmp_path: Path, gzip: bool, where: float) -> None:
    path = build_warc(
        tmp_path / "a.warc",
        [WarcRecord(f"https://example.org/{n}", body=dated_page("2018-04-03")) for n in range(3)],
        gzip=gzip,
    )
    data = bytearray(path.read_bytes())
    at = int(len(data) * where)
    data[at : at + 40] = bytes((7 * i + 101) % 256 for i in range(40))
    path.write_bytes(bytes(data))
    results = read_all(path)
    assert results and all(isinstance(r, (RawArticle, Skipped)) for r in results)
    assert not [r for r in results if isinstance(r, Skipped) and r.reason == "error"]
