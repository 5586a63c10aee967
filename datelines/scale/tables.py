"""The Parquet layout of a distributed ingest: one folder per table, one file per partition.

    OUT/articles/part-000003-1f2e....parquet      the store's columns (text included)
    OUT/events/part-000003-1f2e....parquet        events without their store id; `ordinal` orders them
    OUT/{sentences,entities,mentions,timexes,places,quantities,signatures}/...
    OUT/actor_codes/... and OUT/actor_aliases/... what each article said about named actors
    OUT/ingest_log/...                            one row per input of the partition
    OUT/_done/part-000003-1f2e....json            written last: the partition is complete

Columns are derived from the store's tables (datelines.store.schema), so `read_parquet('OUT/events/*.parquet')`
in DuckDB or pandas gives the columns `datelines events` stores. Every file is written under a temporary
name and renamed, so a killed run never leaves a half-written file under a final name.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq
from sqlalchemy import Float, Integer, LargeBinary, Table

from datelines.store import schema

DONE = "_done"


def _arrow_type(column: Any) -> pa.DataType:
    if isinstance(column.type, Integer):
        return pa.int64()
    if isinstance(column.type, Float):
        return pa.float64()
    if isinstance(column.type, LargeBinary):
        return pa.binary()
    return pa.string()


def _from_store(table: Table) -> pa.Schema:
    """The store table's columns, less a generated row id (the store numbers rows as it loads them)."""
    return pa.schema([(c.name, _arrow_type(c)) for c in table.columns if not (c.primary_key and c.autoincrement is True)])


SCHEMAS: dict[str, pa.Schema] = {
    "articles": _from_store(schema.articles),
    **{table.name: _from_store(table) for table in schema.READING_TABLES},
    "signatures": _from_store(schema.article_signatures),
    "actor_codes": pa.schema([("article_id", pa.string()), ("published", pa.string()),
                              ("name", pa.string()), ("code", pa.string())]),
    "actor_aliases": pa.schema([("article_id", pa.string()), ("name", pa.string()), ("alias", pa.string())]),
    "ingest_log": pa.schema([(c.name, _arrow_type(c)) for c in schema.ingest_log.columns if c.name != "id"]),
}


def table_path(out: Path, table: str, partition: str) -> Path:
    return out / table / f"{partition}.parquet"


def marker_path(out: Path, partition: str) -> Path:
    return out / DONE / f"{partition}.json"


def _replace_atomically(path: Path, write: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    write(temporary)
    os.replace(temporary, path)


def write_table(out: Path, table: str, partition: str, rows: list[dict[str, Any]]) -> None:
    arrow = pa.Table.from_pylist(rows, schema=SCHEMAS[table])
    _replace_atomically(table_path(out, table, partition), lambda path: pq.write_table(arrow, path))


def read_rows(out: Path, table: str, partition: str) -> list[dict[str, Any]]:
    """A partition's rows of one table; none where the partition wrote no file for it."""
    path = table_path(out, table, partition)
    if not path.exists():
        return []
    with pq.ParquetFile(path) as parquet:  # one file: lighter than read_table's dataset machinery
        return parquet.read().to_pylist()


def mark_done(out: Path, partition: str, summary: dict[str, Any]) -> None:
    _replace_atomically(marker_path(out, partition), lambda path: path.write_text(json.dumps(summary), encoding="utf-8"))


def done_summary(out: Path, partition: str) -> dict[str, Any] | None:
    """The summary a completed partition left, or None if it has not completed."""
    path = marker_path(out, partition)
    if not path.exists():
        return None
    return json.loads(path.read_text(encoding="utf-8"))
