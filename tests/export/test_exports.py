"""Exports round-trip: Parquet read back equals the query, the GDELT TSV has the documented columns,
PLOVER records keep types, modes and speech-act links, GraphML is the network."""

from __future__ import annotations

import csv
import json
import re
from datetime import date
from xml.etree import ElementTree as ET

import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from datelines.cli import app
from datelines.export import export, gdelt, graphml, tables
from datelines.model import Article
from datelines.ontology.cameo import PLOVER_TYPES
from datelines.query import QueryError, clustered_events, event_filter, events, network
from datelines.store import Store, queries
from tests.conftest import ROOT

runner = CliRunner()


def _run(*args: str, code: int = 0):
    result = runner.invoke(app, list(args), catch_exceptions=False)
    assert result.exit_code == code, result.output
    return result


def test_parquet_events_read_back_equal_the_query(turkey_store, tmp_path):
    flt = event_filter(all_modalities=True)
    out = tmp_path / "events.parquet"
    summary = export(turkey_store, "parquet", out, flt)
    listed = events(turkey_store, flt)
    back = pq.read_table(out).to_pylist()
    assert summary["rows"] == len(listed) == len(back)
    for row, event in zip(back, listed, strict=True):
        flat = {k: v for k, v in event.items() if k != "evidence"}
        assert {k: row[k] for k in flat} == flat
        assert (row["sentence"], row["start"], row["end"], row["evidence"]) == tuple(event["evidence"].values())
    clusters = {c["id"]: c for c in clustered_events(turkey_store, flt)}
    assert all(row["id"] in clusters[row["cluster"]]["event_ids"] for row in back)


def test_parquet_clusters_read_back_equal_the_clustering(turkey_store, tmp_path):
    flt = event_filter()
    out = tmp_path / "clusters.parquet"
    export(turkey_store, "parquet", out, flt, table="clusters")
    back = pq.read_table(out).to_pylist()
    clustered = clustered_events(turkey_store, flt)
    assert back == tables.cluster_rows(clustered)
    downing = [r for r in back if r["root"] == "19" and r["date"].startswith("2015-11") and r["source"].startswith("TUR")]
    assert len(downing) == 1 and len(downing[0]["article_ids"]) == downing[0]["reports"] >= 4


def test_csv_has_a_header_and_every_row(demo_store, tmp_path):
    out = tmp_path / "clusters.csv"
    summary = export(demo_store, "csv", out, event_filter(), table="clusters")
    with out.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == summary["rows"] and list(rows[0]) == tables.CLUSTER_SCHEMA.names
    assert all(re.fullmatch(r"\d+( \d+)*", row["event_ids"]) for row in rows)


def test_gdelt_rows_have_the_61_columns(demo_store, tmp_path):
    out = tmp_path / "events.tsv"
    summary = export(demo_store, "gdelt", out, event_filter(), header=True)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert len(gdelt.COLUMNS) == 61 and lines[0].split("\t") == list(gdelt.COLUMNS)
    rows = [line.split("\t") for line in lines[1:]]
    assert len(rows) == summary["rows"] and all(len(row) == 61 for row in rows)
    empty = set(gdelt.COLUMNS) - set(gdelt.FILLED)
    for row in rows:
        record = dict(zip(gdelt.COLUMNS, row, strict=True))
        assert all(record[c] == "" for c in empty)
        assert re.fullmatch(r"\d{8}", record["SQLDATE"]) and record["MonthYear"] == record["SQLDATE"][:6]
        assert record["EventRootCode"] == record["EventCode"][:2] and record["EventBaseCode"] == record["EventCode"][:3]
        assert int(record["NumMentions"]) >= int(record["NumArticles"]) >= 1
        assert record["QuadClass"] in {"1", "2", "3", "4"} and record["SOURCEURL"]
    downing = [dict(zip(gdelt.COLUMNS, r, strict=True)) for r in rows
               if r[gdelt.COLUMNS.index("SQLDATE")] == "20151124" and r[gdelt.COLUMNS.index("EventRootCode")] == "19"
               and r[gdelt.COLUMNS.index("Actor1Code")].startswith("TUR")]
    assert len(downing) == 1 and int(downing[0]["NumArticles"]) >= 4  # GDELT would have one row per report
    assert downing[0]["Actor1CountryCode"] == "TUR" and downing[0]["Actor2CountryCode"] == "RUS"
    assert any(r[gdelt.COLUMNS.index("ActionGeo_Lat")] for r in rows)


def test_gdelt_without_header_is_as_gdelt_ships_it(turkey_store, tmp_path):
    out = tmp_path / "events.tsv"
    export(turkey_store, "gdelt", out, event_filter())
    assert not out.read_text(encoding="utf-8").startswith("GLOBALEVENTID")


def test_readme_documents_the_gdelt_columns_filled():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("GDELT 2.0 columns"):]
    documented = set(re.findall(r"`([A-Za-z0-9_]+)`", section.split("\n\n")[1]))
    assert documented == set(gdelt.FILLED)


def test_plover_records(demo_store, tmp_path):
    out = tmp_path / "events.jsonl"
    summary = export(demo_store, "plover", out, event_filter(all_modalities=True))
    records = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(records) == summary["rows"] > 0
    for record in records:
        assert {"id", "date", "source", "event"} <= set(record)
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", record["date"])
        assert len(record["event"]) == 1 and record["event"][0] in PLOVER_TYPES
        assert record["link"].startswith("datelines-cluster-")
    assert any(r.get("mode") for r in records) and any(r.get("event_loc") for r in records)
    visits = [r for r in records if r["cameo"] == "042"]
    assert visits and all(r["mode"] == ["visit"] for r in visits)


def test_plover_keeps_the_speech_act_links(tmp_path):
    from datelines.read.reading import read

    words = "The United States urged Iran to free the crew of the tanker on Monday."
    store = Store(tmp_path / "s.db")
    article = Article("a1", words, date(2019, 7, 23))
    store.save_article(article, read(words, article.published))
    listed = {e["id"]: e for e in queries.list_events(store, queries.EventFilter(modalities=()))}
    out = tmp_path / "links.jsonl"
    export(store, "plover", out, event_filter(all_modalities=True, all_confidences=True))
    records = {r["id"]: r for r in map(json.loads, out.read_text(encoding="utf-8").splitlines())}
    appeal = next(e for e in listed.values() if e["code"] == "020")
    assert records[f"datelines-{appeal['id']}"]["announces"] == f"datelines-{appeal['announces']}"
    assert records[f"datelines-{appeal['announces']}"]["content_of"] == f"datelines-{appeal['id']}"


def test_graphml_is_the_network(demo_store, tmp_path):
    out = tmp_path / "net.graphml"
    flt = event_filter()
    summary = export(demo_store, "graphml", out, flt, level="country")
    net = network(demo_store, flt, level="country")
    ns = {"g": graphml.NS}
    root = ET.parse(out).getroot()
    nodes = root.findall("g:graph/g:node", ns)
    edges = root.findall("g:graph/g:edge", ns)
    assert len(nodes) == summary["nodes"] == len(net["nodes"]) and len(edges) == len(net["edges"])
    first = edges[0]
    assert (first.get("source"), first.get("target")) == (net["edges"][0]["source"], net["edges"][0]["target"])
    weight = first.find("g:data[@key='edge_weight']", ns).text
    assert int(weight) == net["edges"][0]["events"]


@pytest.mark.parametrize(("fmt", "name"), [("gdelt", "e.tsv"), ("plover", "e.jsonl"), ("parquet", "e.parquet"),
                                           ("csv", "e.csv"), ("graphml", "e.graphml")])
def test_export_command_writes_every_format(demo_store, tmp_path, fmt, name):
    out = tmp_path / name
    result = _run("export", str(out), "--format", fmt, "--db", demo_store.url.removeprefix("sqlite:///"), "--dyad", "TUR", "RUS", "--json")
    assert json.loads(result.stdout)["format"] == fmt and out.stat().st_size > 0


def test_bad_export_options_are_usage_errors(demo_store, tmp_path):
    db = demo_store.url.removeprefix("sqlite:///")
    _run("export", str(tmp_path / "x"), "--format", "xlsx", "--db", db, code=2)
    _run("export", str(tmp_path / "x"), "--format", "csv", "--table", "people", "--db", db, code=2)
    with pytest.raises(QueryError):
        export(demo_store, "graphml", tmp_path / "y", event_filter(), level="city")
