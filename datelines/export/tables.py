"""Events and clustered events as Arrow tables, written as Parquet or CSV (pyarrow).

Two tables, one row each:
- `events`: every stored event the filter selects (a mention, as `datelines events --json` gives it),
  the evidence flattened into columns, plus `published` (its article's date) and `cluster` (the id of
  the clustered event it belongs to);
- `clusters`: every clustered event (as a timeline entry), with the ids of its events and articles.
The schemas are fixed, so a Parquet file read back gives the same rows (list columns become
space-separated text in CSV, which has no lists).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.parquet as pq

EVENT_SCHEMA = pa.schema([
    ("id", pa.int64()), ("article_id", pa.string()), ("published", pa.string()), ("cluster", pa.int64()),
    ("source", pa.string()), ("target", pa.string()), ("code", pa.string()), ("root", pa.string()),
    ("goldstein", pa.float64()), ("quad", pa.int64()), ("plover", pa.string()),
    ("date", pa.string()), ("precision", pa.string()), ("date_source", pa.string()), ("modality", pa.string()),
    ("location", pa.string()), ("trigger", pa.string()), ("source_text", pa.string()), ("target_text", pa.string()),
    ("classifier", pa.string()), ("confidence", pa.float64()), ("announces", pa.int64()), ("content_of", pa.int64()),
    ("sentence", pa.int64()), ("start", pa.int64()), ("end", pa.int64()), ("evidence", pa.string()),
])

CLUSTER_SCHEMA = pa.schema([
    ("id", pa.int64()), ("date", pa.string()), ("precision", pa.string()), ("date_source", pa.string()),
    ("root", pa.string()), ("code", pa.string()), ("source", pa.string()), ("target", pa.string()),
    ("modality", pa.string()), ("goldstein", pa.float64()), ("quad", pa.int64()), ("plover", pa.string()),
    ("confidence", pa.float64()), ("reports", pa.int64()), ("mentions", pa.int64()),
    ("first_report", pa.string()), ("first_published", pa.string()),
    ("event_ids", pa.list_(pa.int64())), ("article_ids", pa.list_(pa.string())),
])

TABLES = ("events", "clusters")


def event_rows(events: list[dict[str, Any]], articles: dict[str, dict[str, Any]],
               cluster_of: dict[int, int]) -> list[dict[str, Any]]:
    """Flat rows of stored events (as list_events gives them), in the events schema's columns."""
    rows = []
    for event in events:
        evidence = event.get("evidence") or {}
        row = {name: event.get(name) for name in EVENT_SCHEMA.names}
        row.update(published=(articles.get(event["article_id"]) or {}).get("published"),
                   cluster=cluster_of.get(event["id"]), sentence=evidence.get("sentence"),
                   start=evidence.get("start"), end=evidence.get("end"), evidence=evidence.get("text"))
        rows.append(row)
    return rows


def cluster_rows(clusters: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Flat rows of clustered events, in the clusters schema's columns."""
    rows = []
    for cluster in clusters:
        row = {name: cluster.get(name) for name in CLUSTER_SCHEMA.names}
        first = cluster.get("first_report") or {}
        row.update(first_report=first.get("id"), first_published=first.get("published"),
                   article_ids=[s["id"] for s in cluster.get("sources", [])])
        rows.append(row)
    return rows


def to_table(rows: list[dict[str, Any]], table: str = "events") -> pa.Table:
    schema = EVENT_SCHEMA if table == "events" else CLUSTER_SCHEMA
    return pa.Table.from_pylist(rows, schema=schema)


def write_parquet(table: pa.Table, path: Path) -> None:
    pq.write_table(table, Path(path))


def write_csv(table: pa.Table, path: Path) -> None:
    """CSV with a header row; list columns joined by spaces (CSV has no lists)."""
    columns = {}
    for name in table.column_names:
        column = table.column(name)
        if pa.types.is_list(column.type):
            column = pa.array([" ".join(str(v) for v in values) if values is not None else None
                               for values in column.to_pylist()], type=pa.string())
        columns[name] = column
    pacsv.write_csv(pa.table(columns), Path(path))
