"""Publication dates: year-first ISO forms are read, anything that could be misread is refused."""

from __future__ import annotations

from datetime import date

import pytest

from datelines.ingest import MalformedDate, parse_iso_date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2018-04-03", date(2018, 4, 3)),
        ("  2018-04-03 ", date(2018, 4, 3)),
        ("2018/04/03", date(2018, 4, 3)),
        ("2018.04.03", date(2018, 4, 3)),
        ("2018-4-3", date(2018, 4, 3)),
        ("20180403", date(2018, 4, 3)),
        ("2018-04-03T09:30:00Z", date(2018, 4, 3)),
        ("2018-04-03T09:30:00.123456Z", date(2018, 4, 3)),
        ("2018-04-03 09:30", date(2018, 4, 3)),
        # the publisher's local day, not UTC (which would be 2018-04-02)
        ("2018-04-03T01:00:00+03:00", date(2018, 4, 3)),
        ("2018-04-03T23:30:00-0500", date(2018, 4, 3)),
        ("2016-02-29", date(2016, 2, 29)),
    ],
)
def test_reads_iso_dates(value: str, expected: date) -> None:
    assert parse_iso_date(value) == expected


@pytest.mark.parametrize(
    "value",
    [
        "2018-13-45",  # no such month
        "2017-02-29",  # not a leap year
        "yesterday",
        "03/04/2018",  # day-first or month-first?
        "04-03-2018",
        "2018-04",  # month only: no day to anchor "on Tuesday"
        "2018-04/03",  # mixed separators
        "201843",  # compact form must be 8 digits
        "2018-04-03T25",
        "",
    ],
)
def test_refuses_what_could_be_misread(value: str) -> None:
    with pytest.raises(MalformedDate):
        parse_iso_date(value)
