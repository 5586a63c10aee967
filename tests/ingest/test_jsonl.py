"""JSON Lines: fields by option, dates in ISO forms, one bad line is one skip and the file goes on."""

from __future__ import annotations

import gzip
import json
from datetime import date

import pytest

from datelines.ingest import RawArticle, Skipped
from tests.ingest.builders import ENGLISH, only, read_all


def line(**fields: object) -> str:
    return json.dumps(fields, ensure_ascii=False) + "\n"


@pytest.mark.parametrize(
    ("record", "published"),
    [
        ({"text": ENGLISH, "published": "2018-04-03"}, date(2018, 4, 3)),
        ({"text": ENGLISH, "date": "2018-04-03T22:15:00Z"}, date(2018, 4, 3)),
        ({"text": ENGLISH, "date": "2018-04-03T01:15:00+03:00"}, date(2018, 4, 3)),
        ({"text": ENGLISH, "published": "2018-04-03", "date": "2019-01-01"}, date(2018, 4, 3)),  # first field
        ({"text": ENGLISH, "published": "", "date": "2019-01-01"}, date(2019, 1, 1)),
        (
            {"text": ENGLISH, "published": "last week", "date": "2019-01-01"},
            date(2019, 1, 1),
        ),  # first readable
    ],
)
def test_record_dates(write, record: dict, published: date) -> None:
    result = only(read_all(write("a.jsonl", line(**record))))
    assert isinstance(result, RawArticle) and result.published == published


def test_fields_carried(write) -> None:
    path = write(
        "a.jsonl",
        line(
            text=f"  {ENGLISH}\n",
            date="2018-04-03",
            url="https://example.org/a",
            title="Ministers meet",
            id=4711,
        ),
    )
    assert only(read_all(path)) == RawArticle(
        ENGLISH,
        date(2018, 4, 3),
        f"{path}#line 1",
        url="https://example.org/a",
        title="Ministers meet",
        external_id="4711",
    )


def test_field_map(write) -> None:
    path = write(
        "a.ndjson",
        line(
            body=ENGLISH,
            pubdate="2018-04-03",
            link="https://example.org/a",
            headline="Ministers meet",
            guid="x-1",
        ),
    )
    result = only(
        read_all(
            path,
            text_field="body",
            date_fields=("pubdate",),
            url_field="link",
            title_field="headline",
            id_field="guid",
        )
    )
    assert isinstance(result, RawArticle)
    assert (result.url, result.title, result.external_id) == (
        "https://example.org/a",
        "Ministers meet",
        "x-1",
    )


@pytest.mark.parametrize(
    ("content", "reason", "detail_start"),
    [
        ('{"text": "unterminated\n', "malformed_record", "line 1: "),
        ("[1, 2, 3]\n", "malformed_record", "line 1: a JSON list"),
        ('{"text": 42, "date": "2018-04-03"}\n', "malformed_record", "line 1: field 'text'"),
        ('{"date": "2018-04-03"}\n', "empty", "line 1: "),
        ('{"text": "   ", "date": "2018-04-03"}\n', "empty", "line 1: "),
        (line(text=ENGLISH), "no_date", ""),
        (line(text=ENGLISH, date="2018-13-45"), "malformed_date", "line 1: date: no such day"),
        (line(text=ENGLISH, date=1522713600), "malformed_date", "line 1: date: 1522713600 is not"),
    ],
)
def test_bad_records(write, content: str, reason: str, detail_start: str) -> None:
    result = only(read_all(write("a.jsonl", content)))
    assert isinstance(result, Skipped) and result.reason == reason
    assert result.detail.startswith(detail_start)


def test_bad_line_does_not_stop_the_file(write) -> None:
    path = write(
        "a.jsonl",
        line(text=ENGLISH, date="2018-04-03")
        + "\n"
        + "{not json}\n"
        + line(text=ENGLISH, date="2018-04-05").rstrip("\n")
        + "\r\n"
        + '{"text": "trunc',
    )
    results = read_all(path)
    assert [type(r).__name__ for r in results] == ["RawArticle", "Skipped", "RawArticle", "Skipped"]
    assert [r.source for r in results] == [
        f"{path}#line {n}" for n in (1, 3, 4, 5)
    ]  # blank line 2: no record
    assert results[1].reason == "malformed_record" and results[1].detail.startswith("line 3: ")


def test_date_fallback(write) -> None:
    result = only(read_all(write("a.jsonl", line(text=ENGLISH)), published=date(2018, 4, 3)))
    assert isinstance(result, RawArticle) and result.published == date(2018, 4, 3)


def test_oversized_record_skipped_and_next_read(write) -> None:
    path = write(
        "a.jsonl", line(text=ENGLISH * 50, date="2018-04-03") + line(text=ENGLISH, date="2018-04-03")
    )
    results = read_all(path, max_bytes=2000)
    assert isinstance(results[0], Skipped) and results[0].reason == "too_large"
    assert isinstance(results[1], RawArticle) and results[1].source.endswith("#line 2")


@pytest.mark.parametrize("name", ["feed.jsonl.gz", "feed.ndjson.gz", "feed.jsonl"])
def test_gzipped_lines(write, name: str) -> None:
    data = gzip.compress((line(text=ENGLISH, date="2018-04-03") * 2).encode())
    results = read_all(write(name, data))
    assert [type(r) for r in results] == [RawArticle, RawArticle]
    assert results[1].source.endswith(f"{name}#line 2")


def test_truncated_gzip(write) -> None:
    data = gzip.compress((line(text=ENGLISH, date="2018-04-03") * 200).encode())
    results = read_all(write("feed.jsonl.gz", data[: len(data) // 2]))
    assert isinstance(results[-1], Skipped) and results[-1].reason == "malformed_record"
    assert results[-1].detail.startswith(f"after {len(results) - 1} records")
