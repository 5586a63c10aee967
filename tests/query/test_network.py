"""The actor network: edges weighted by clustered events and signed by mean Goldstein."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from datelines.cli import app
from datelines.query import QueryError, clustered_events, event_filter, network, series, timeline, to_frame
from datelines.query.frames import rows_of


def test_edges_count_clustered_events(demo_store):
    net = network(demo_store, event_filter(), level="country")
    edge = next(e for e in net["edges"] if (e["source"], e["target"]) == ("TUR", "RUS"))
    directed = [c for c in clustered_events(demo_store, event_filter(dyad=("TUR", "RUS"), directed=True))
                if c["source"] and c["target"]]
    assert edge["events"] == len(directed)
    assert edge["events"] == sum(edge[f"quad{q}"] for q in (1, 2, 3, 4))
    assert edge["sign"] == (edge["goldstein_mean"] > 0) - (edge["goldstein_mean"] < 0)
    assert all(e["source"] != e["target"] for e in net["edges"])  # a country acting on itself is no link
    nodes = {n["id"]: n for n in net["nodes"]}
    assert nodes["TUR"]["events"] == nodes["TUR"]["as_source"] + nodes["TUR"]["as_target"]


def test_conflict_is_negative(demo_store):
    net = network(demo_store, event_filter(roots=["19"]), level="country")
    assert net["edges"] and all(e["sign"] == -1 for e in net["edges"])


def test_actor_level_and_threshold(demo_store):
    net = network(demo_store, event_filter(), min_events=2)
    assert net["edges"] and all(e["events"] >= 2 for e in net["edges"])
    assert any(len(n["id"]) > 3 for n in net["nodes"])  # full codes: RUSGOV, TURMIL
    with pytest.raises(QueryError):
        network(demo_store, event_filter(), level="city")


def test_network_command(demo_store):
    result = CliRunner().invoke(app, ["network", "--db", demo_store.url.removeprefix("sqlite:///"), "--level", "country",
                                      "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["edges"]


def test_rows_for_frames(demo_store):
    assert rows_of(timeline(demo_store, ["TUR", "RUS"])) == timeline(demo_store, ["TUR", "RUS"])["events"]
    assert rows_of(series(demo_store, "TUR", "RUS"))[0]["period"]
    net = network(demo_store, event_filter())
    assert rows_of(net) == net["edges"] and rows_of(net, "nodes") == net["nodes"]
    with pytest.raises(TypeError):
        rows_of("events")


def test_frames_when_pandas_is_there(demo_store):
    pytest.importorskip("pandas")
    frame = to_frame(series(demo_store, "TUR", "RUS"))
    assert list(frame.columns)[:3] == ["period", "start", "events"]
