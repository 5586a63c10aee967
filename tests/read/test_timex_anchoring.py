"""Table-driven tests of the calendar arithmetic, checked against brute-force searches so that the
expected values are not computed by the code under test."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from datelines.read.timex import anchoring
from datelines.read.timex.normalize import duration_value
from datelines.read.timex.numbers import parse_number, spelled_year

# Publication dates around year ends, leap days and mid-year.
PUBLISHED = [date(2018, 4, 3), date(2017, 12, 31), date(2018, 1, 1), date(2016, 2, 29), date(2020, 12, 30), date(1998, 8, 7)]
TENSES = ["past", "future", "present", None]


def brute_weekday(published: date, weekday: int, tense: str | None) -> date:
    window = [published + timedelta(days=d) for d in range(-6, 7)]
    same = [d for d in window if d.weekday() == weekday]
    if tense in ("past", None):
        return max(d for d in same if d <= published)
    if tense == "future":
        return min(d for d in same if d >= published)
    return min(same, key=lambda d: (abs((d - published).days), d < published))


@pytest.mark.parametrize("published", PUBLISHED, ids=str)
@pytest.mark.parametrize("weekday", range(7))
@pytest.mark.parametrize("tense", TENSES, ids=str)
def test_weekday_by_tense(published, weekday, tense):
    assert anchoring.resolve_weekday(published, weekday, tense) == brute_weekday(published, weekday, tense)


def brute_month_year(published: date, month: int, tense: str | None) -> int:
    here = published.year * 12 + published.month
    options = [year for year in (published.year - 1, published.year, published.year + 1)]
    if tense == "past":
        return max(y for y in options if y * 12 + month <= here)
    if tense == "future":
        return min(y for y in options if y * 12 + month >= here)
    return min(options, key=lambda y: (abs(y * 12 + month - here), y != published.year))


@pytest.mark.parametrize("published", [date(2018, 1, 15), date(2018, 12, 10), date(2018, 6, 30), date(2016, 2, 29)], ids=str)
@pytest.mark.parametrize("month", range(1, 13))
@pytest.mark.parametrize("tense", ["past", "future", None], ids=str)
def test_month_year_by_tense(published, month, tense):
    assert anchoring.resolve_month_year(published, month, tense) == brute_month_year(published, month, tense)


@pytest.mark.parametrize(
    "start, amount, unit, expected",
    [
        (date(2016, 2, 29), 1, "Y", date(2017, 2, 28)),
        (date(2016, 2, 29), 4, "Y", date(2020, 2, 29)),
        (date(2016, 2, 29), -1, "Y", date(2015, 2, 28)),
        (date(2018, 1, 31), 1, "M", date(2018, 2, 28)),
        (date(2020, 1, 31), 1, "M", date(2020, 2, 29)),
        (date(2018, 3, 31), -1, "M", date(2018, 2, 28)),
        (date(2018, 12, 15), 1, "M", date(2019, 1, 15)),
        (date(2018, 1, 15), -1, "M", date(2017, 12, 15)),
        (date(2018, 11, 30), 1, "Q", date(2019, 2, 28)),
        (date(2018, 12, 31), 1, "D", date(2019, 1, 1)),
        (date(2016, 2, 28), 1, "D", date(2016, 2, 29)),
        (date(2017, 2, 28), 1, "D", date(2017, 3, 1)),
        (date(2018, 12, 28), 1, "W", date(2019, 1, 4)),
        (date(2018, 4, 3), -1, "DE", date(2008, 4, 3)),
        (date(2018, 4, 3), -1, "CE", date(1918, 4, 3)),
    ],
)
def test_shift(start, amount, unit, expected):
    assert anchoring.shift(start, amount, unit) == expected


@pytest.mark.parametrize(
    "day, unit, expected",
    [
        (date(2018, 4, 3), "D", "2018-04-03"),
        (date(2018, 4, 3), "M", "2018-04"),
        (date(2018, 4, 3), "Y", "2018"),
        (date(2018, 4, 3), "Q", "2018-Q2"),
        (date(2018, 12, 31), "Q", "2018-Q4"),
        (date(2018, 4, 3), "H", "2018-H1"),
        (date(2018, 7, 1), "H", "2018-H2"),
        (date(2018, 4, 3), "W", "2018-W14"),
        (date(2018, 12, 31), "W", "2019-W01"),
        (date(2021, 1, 1), "W", "2020-W53"),
        (date(2018, 4, 3), "DE", "201"),
        (date(1999, 12, 31), "DE", "199"),
        (date(2018, 4, 3), "CE", "20"),
        (date(1901, 1, 1), "CE", "19"),
    ],
)
def test_at_granularity(day, unit, expected):
    assert anchoring.at_granularity(day, unit) == expected


@pytest.mark.parametrize(
    "published, expected",
    [(date(1989, 11, 2), (1989, 3)), (date(2018, 1, 10), (2017, 4)), (date(2018, 4, 1), (2018, 1)), (date(2018, 12, 31), (2018, 3))],
)
def test_last_complete_quarter(published, expected):
    assert anchoring.last_complete_quarter(published) == expected


@pytest.mark.parametrize(
    "published, tense, expected",
    [
        (date(2018, 4, 3), "past", "2018-W13-WE"),
        (date(2018, 4, 3), None, "2018-W13-WE"),
        (date(2018, 4, 3), "future", "2018-W14-WE"),
        (date(2018, 4, 7), "past", "2018-W14-WE"),
        (date(2019, 1, 2), "past", "2018-W52-WE"),
    ],
)
def test_weekend(published, tense, expected):
    assert anchoring.weekend_of(published, tense) == expected


@pytest.mark.parametrize(
    "amount, unit, expected",
    [
        (7, "Y", "P7Y"), (30, "Y", "P30Y"), (2, "W", "P2W"), (3, "D", "P3D"), (9, "M", "P9M"),
        (3, "H", "PT3H"), (45, "MIN", "PT45M"), (10, "S", "PT10S"), (None, "Y", "PXY"), (None, "H", "PTXH"),
        (None, "DE", "PXE"), (None, "CE", "PXC"), (2, "DE", "P20Y"), (1, "CE", "P100Y"), (3, "Q", "P9M"), (None, "Q", "PXM"),
        (parse_number("2 1/2"), "Y", "P2Y6M"), (parse_number("1.5"), "D", "P1DT12H"),
        (parse_number("1.5"), "MIN", "PT1M30S"), (parse_number("half"), "H", "PT30M"),
    ],
)
def test_duration_value(amount, unit, expected):
    assert duration_value(amount, unit) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("seven", 7), ("twenty-four", 24), ("twenty four", 24), ("ninety", 90), ("a", 1), ("an", 1),
        ("30", 30), ("1,500", 1500), ("a couple of", 2), ("a dozen", 12), ("one hundred", 100),
        ("two thousand", 2000), ("several", None), ("a few", None), ("many", None),
    ],
)
def test_parse_number(text, expected):
    assert parse_number(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [("nineteen ninety-six", 1996), ("nineteen seventy-nine", 1979), ("two thousand", 2000), ("twenty eighteen", 2018), ("seven", None)],
)
def test_spelled_year(text, expected):
    assert spelled_year(text) == expected
