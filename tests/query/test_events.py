"""Event filters on real stores: role wildcards, directed dyads, words, and the checks before SQL."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from datelines.cli import app
from datelines.query import QueryError, event_filter, events
from datelines.query.events import record_threshold
from datelines.store import queries


def _codes(rows, side):
    return {row[side] for row in rows}


@pytest.mark.parametrize(
    ("pattern", "accepts"),
    [
        ("TUR", lambda code: code.startswith("TUR")),
        ("TUR*", lambda code: code.startswith("TUR")),
        ("*GOV", lambda code: code.endswith("GOV")),
        ("*MIL*", lambda code: "MIL" in code),
        ("RUSGOV", lambda code: code.startswith("RUSGOV")),
    ],
)
def test_actor_patterns_select_what_they_say(turkey_store, pattern, accepts):
    rows = events(turkey_store, event_filter(actors=[pattern], all_modalities=True, all_confidences=True))
    assert rows, pattern
    assert all(accepts(row["source"] or "") or accepts(row["target"] or "") for row in rows)
    everything = events(turkey_store, event_filter(all_modalities=True, all_confidences=True))
    expected = [e["id"] for e in everything if accepts(e["source"] or "") or accepts(e["target"] or "")]
    assert sorted(r["id"] for r in rows) == sorted(expected)


def test_a_wildcard_is_whole_a_plain_code_a_prefix(turkey_store):
    suffix = events(turkey_store, event_filter(actors=["*GOV"], all_modalities=True, all_confidences=True))
    assert all((r["source"] or "").endswith("GOV") or (r["target"] or "").endswith("GOV") for r in suffix)
    # LIKE's own wildcards are literal characters in a pattern, never wildcards
    assert queries.list_events(turkey_store, queries.EventFilter(actors=["T_R*"], modalities=())) == []
    assert queries.list_events(turkey_store, queries.EventFilter(actors=["%"], modalities=())) == []


def test_directed_dyad_keeps_one_direction(turkey_store):
    both = events(turkey_store, event_filter(dyad=("TUR", "RUS"), all_modalities=True, all_confidences=True))
    directed = events(turkey_store, event_filter(dyad=("TUR", "RUS"), directed=True, all_modalities=True, all_confidences=True))
    assert directed and len(directed) < len(both)
    assert all(r["source"].startswith("TUR") and r["target"].startswith("RUS") for r in directed)
    assert any(r["source"].startswith("RUS") for r in both)


def test_words_filter_the_evidence(turkey_store):
    rows = events(turkey_store, event_filter(text="shot down", all_modalities=True, all_confidences=True))
    assert rows
    assert all("shot" in r["evidence"]["text"] or "shoot" in r["evidence"]["text"] for r in rows)
    assert events(turkey_store, event_filter(text='S-400 "', all_modalities=True, all_confidences=True))


def test_root_code_date_and_modality_filters_combine(turkey_store):
    rows = events(turkey_store, event_filter(dyad=("TUR", "RUS"), roots=["19"], since="2015", until="2015-11"))
    assert rows and all(r["root"] == "19" and "2015" <= r["date"][:7] <= "2015-11" for r in rows)
    assert all(r["modality"] == "asserted" for r in rows)
    planned = events(turkey_store, event_filter(modalities=["planned"], all_confidences=True))
    assert planned and {r["modality"] for r in planned} == {"planned"}


def test_listings_default_to_the_record_threshold(turkey_store):
    assert event_filter().min_confidence == record_threshold()
    assert event_filter(all_confidences=True).min_confidence is None
    shown = events(turkey_store, event_filter(all_modalities=True))
    assert all(r["confidence"] >= record_threshold() for r in shown)


@pytest.mark.parametrize(
    "arguments",
    [
        {"actors": ["T?R"]},
        {"actors": ["*"]},
        {"actors": ["TUR'; DROP TABLE events; --"]},
        {"dyad": ("TUR",)},
        {"since": "2015-13"},
        {"until": "last year"},
        {"roots": ["nineteen"]},
        {"modalities": ["certain"]},
        {"limit": 0},
        {"offset": -1},
    ],
)
def test_bad_filter_values_are_refused_before_any_sql(arguments):
    with pytest.raises(QueryError):
        event_filter(**arguments)


def test_events_command_takes_role_wildcards(demo_store):
    runner = CliRunner()
    result = runner.invoke(app, ["events", "--db", demo_store.url.removeprefix("sqlite:///"), "--actor", "*REB",
                                 "--all-modalities", "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert rows and all((r["source"] or "").endswith("REB") or (r["target"] or "").endswith("REB") for r in rows)


def test_pages_of_a_listing(turkey_store):
    whole = events(turkey_store, event_filter(all_modalities=True, all_confidences=True))
    page = events(turkey_store, event_filter(all_modalities=True, all_confidences=True, limit=5, offset=3))
    assert [e["id"] for e in page] == [e["id"] for e in whole[3:8]]
