"""Timelines: the canonical article's TUR-RUS history in order, the demo corpus' jet downing as one
entry with its reports, topics, and both backends."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from datelines.cli import app
from datelines.query import QueryError, timeline

runner = CliRunner()


def _run(*args: str, code: int = 0):
    result = runner.invoke(app, list(args), catch_exceptions=False)
    assert result.exit_code == code, result.output
    return result


def _db(store) -> str:
    return store.url.removeprefix("sqlite:///")


def _first(events, predicate) -> int:
    return next(i for i, e in enumerate(events) if predicate(e))


def test_akkuyu_timeline_orders_events_by_their_own_dates(akkuyu_store):
    events = json.loads(_run("timeline", "TUR", "RUS", "--db", _db(akkuyu_store), "--json").stdout)["events"]
    for event in events:
        assert {"date", "precision", "root", "code", "source", "target", "modality", "reports", "evidence"} <= set(event)
        assert event["evidence"] and all(e["text"] for e in event["evidence"])
    jet = _first(events, lambda e: e["root"] == "19" and e["date"] == "2015-11")
    coup_support = _first(events, lambda e: e["date"] == "2016-07" and e["precision"] == "month")
    visit = _first(events, lambda e: e["date"] == "2018-04-03" and e["code"] == "042")
    assert jet < coup_support < visit
    assert all(e["modality"] == "asserted" for e in events)
    assert not any(e["date"] == "2018-04-04" for e in events)


def test_the_planned_summit_shows_only_with_all_modalities(akkuyu_store):
    events = json.loads(_run("timeline", "TUR", "RUS", "--db", _db(akkuyu_store), "--json", "--all-modalities").stdout)["events"]
    summit = [e for e in events if e["date"] == "2018-04-04"]
    assert summit and summit[0]["modality"] == "planned" and summit[0]["root"] == "04"
    assert _first(events, lambda e: e["date"] == "2018-04-03") < events.index(summit[0])


def test_demo_jet_downing_is_one_entry_with_its_reports(demo_store):
    answer = json.loads(_run("timeline", "TUR", "RUS", "--db", _db(demo_store), "--json").stdout)
    downing = [e for e in answer["events"] if e["root"] == "19" and e["date"].startswith("2015-11")]
    assert len(downing) == 1 and downing[0]["reports"] >= 4
    assert len({e["article_id"] for e in downing[0]["evidence"]}) == downing[0]["reports"]
    dates = [e["date"] for e in answer["events"]]
    assert dates == sorted(dates)


def test_table_output_names_the_reports(demo_store):
    out = _run("timeline", "TUR", "RUS", "--db", _db(demo_store)).stdout
    assert "reports" in out and "2015-11-24" in out


def test_one_actor_and_a_topic(demo_store):
    mine = timeline(demo_store, ["QAT"])
    assert mine["events"] and all("QAT" in ((e["source"] or "") + (e["target"] or "")) for e in mine["events"])
    topic = timeline(demo_store, topic="shot down", all_modalities=True)
    assert topic["events"]
    for event in topic["events"]:
        assert any("shot down" in e["text"] or "shoots down" in e["text"] for e in event["evidence"])
    both = timeline(demo_store, ["TUR", "RUS"], topic="shot down")
    assert 0 < both["total"] < topic["total"]


def test_paging(demo_store):
    whole = timeline(demo_store, ["TUR", "RUS"])
    page = timeline(demo_store, ["TUR", "RUS"], limit=3, offset=2)
    assert page["total"] == whole["total"] and page["events"] == whole["events"][2:5]


@pytest.mark.parametrize(
    ("actors", "options"),
    [([], {}), (["A", "B", "C"], {}), (["TUR"], {"offset": -1}), (["TUR"], {"since": "yesterday"})],
)
def test_bad_timelines_are_query_errors(demo_store, actors, options):
    with pytest.raises(QueryError):
        timeline(demo_store, actors, **options)


def test_bad_timeline_is_a_usage_error(demo_store):
    _run("timeline", "--db", _db(demo_store), code=2)
    _run("timeline", "TUR", "--since", "2015-13", "--db", _db(demo_store), code=2)


def test_same_timeline_on_both_backends(turkey_store):
    answer = timeline(turkey_store, ["TUR", "RUS"], all_modalities=True)
    downing = [e for e in answer["events"] if e["root"] == "19" and e["date"].startswith("2015-11") and e["source"].startswith("TUR")]
    assert len(downing) == 1 and downing[0]["reports"] >= 4
    assert [e["date"] for e in answer["events"]] == sorted(e["date"] for e in answer["events"])


def test_the_public_api_gives_the_same_answers(akkuyu_store):
    import datelines
    import datelines.query

    assert datelines.timeline is datelines.query.timeline and datelines.series is datelines.query.series
    assert datelines.timeline(akkuyu_store, ["TUR", "RUS"]) == timeline(akkuyu_store, ["TUR", "RUS"])
