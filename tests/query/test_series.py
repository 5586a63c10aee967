"""Series of a dyad by week, month and year: clustered, asserted, every period listed."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from datelines.cli import app
from datelines.query import QueryError, clustered_events, event_filter, series
from datelines.query.series import period_of

runner = CliRunner()


def test_an_event_reported_many_times_counts_once(demo_store):
    monthly = series(demo_store, "TUR", "RUS", by="month")
    november = next(p for p in monthly["periods"] if p["period"] == "2015-11")
    clustered = clustered_events(demo_store, event_filter(dyad=("TUR", "RUS")))
    in_november = [c for c in clustered if c["date"].startswith("2015-11") and c["precision"] in ("day", "month")]
    assert november["events"] == len(in_november)
    stored = [e for c in in_november for e in c["event_ids"]]
    assert len(stored) > november["events"]  # the jet downing alone has several reports
    assert november["quad4"] >= 1 and november["goldstein_sum"] < 0


def test_periods_are_contiguous_and_add_up(demo_store):
    monthly = series(demo_store, "TUR", "RUS", by="month")
    periods = [p["period"] for p in monthly["periods"]]
    assert periods[0] <= "2015-11" <= periods[-1] and len(periods) == len(set(periods))
    years, months = int(periods[-1][:4]) - int(periods[0][:4]), int(periods[-1][5:]) - int(periods[0][5:])
    assert len(periods) == years * 12 + months + 1
    for p in monthly["periods"]:
        assert p["events"] == p["quad1"] + p["quad2"] + p["quad3"] + p["quad4"]
        assert p["goldstein_mean"] is None if not p["events"] else p["goldstein_mean"] == round(p["goldstein_sum"] / p["events"], 4)
    assert monthly["events"] == sum(p["events"] for p in monthly["periods"])
    clustered = clustered_events(demo_store, event_filter(dyad=("TUR", "RUS")))
    imprecise = sum(b["events"] for b in monthly["imprecise"])
    assert monthly["events"] + imprecise == len(clustered)


def test_years_and_weeks(demo_store):
    yearly = series(demo_store, "TUR", "RUS", by="year")
    assert [p["period"] for p in yearly["periods"]] == [str(y) for y in range(int(yearly["periods"][0]["period"]), int(yearly["periods"][-1]["period"]) + 1)]
    weekly = series(demo_store, "TUR", "RUS", by="week", since="2015-11", until="2015-12")
    assert weekly["periods"][0]["period"] == "2015-W44" and weekly["periods"][-1]["period"] == "2015-W53"
    assert any(p["period"] == "2015-W48" and p["events"] for p in weekly["periods"])  # the week of 24 November


def test_directed_series_is_a_part_of_the_dyad(demo_store):
    both = series(demo_store, "TUR", "RUS", by="year")
    one_way = series(demo_store, "TUR", "RUS", by="year", directed=True)
    assert 0 < one_way["events"] < both["events"]


@pytest.mark.parametrize(("value", "by", "period"), [("2015-11-24", "week", "2015-W48"), ("2016-01-01", "week", "2015-W53")])
def test_iso_weeks(value, by, period):
    from datetime import date

    assert period_of(date.fromisoformat(value), by) == period


def test_series_command(demo_store):
    db = demo_store.url.removeprefix("sqlite:///")
    result = runner.invoke(app, ["series", "TUR", "RUS", "--by", "month", "--db", db, "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    answer = json.loads(result.stdout)
    assert answer["dyad"] == ["TUR", "RUS"] and answer["by"] == "month" and answer["periods"]
    table = runner.invoke(app, ["series", "TUR", "RUS", "--db", db], catch_exceptions=False)
    assert "goldstein_mean" in table.stdout
    bad = runner.invoke(app, ["series", "TUR", "RUS", "--by", "fortnight", "--db", db])
    assert bad.exit_code == 2


def test_bad_period_is_a_query_error(demo_store):
    with pytest.raises(QueryError):
        series(demo_store, "TUR", "RUS", by="day")


def test_series_on_both_backends(turkey_store):
    answer = series(turkey_store, "TUR", "RUS", by="month")
    november = next(p for p in answer["periods"] if p["period"] == "2015-11")
    assert november["events"] >= 1 and november["quad4"] >= 1
