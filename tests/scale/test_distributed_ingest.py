"""The distributed ingest stores what the one-process ingest stores, each article once, however
often it is run or stopped, and its Parquet is readable on its own."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from sqlalchemy import select

from datelines.ingest import IngestOptions, read_inputs
from datelines.ingest.run import Ingestor, ingest_items
from datelines.scale import distributed_ingest
from datelines.store import Store, schema
from tests.scale.conftest import ARTICLES

# Columns that differ between any two runs: when a row was written.
VOLATILE = {"ingested_at", "at", "run_id", "id"}


def _inputs(paths: list[Path] = ARTICLES) -> Iterator:
    return read_inputs([str(p) for p in paths], IngestOptions())


def _rows(store: Store, table) -> list[tuple]:
    columns = [c for c in table.columns if c.name not in VOLATILE]
    order = [c for c in columns if c.name in ("article_id", "ordinal", "sentence", "start", "name", "code", "alias")]
    with store.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(select(*columns).order_by(*order))]


def _same_store(one: Store, other: Store) -> None:
    for table in (schema.articles, *schema.READING_TABLES, schema.article_signatures,
                  schema.actor_affiliations, schema.actor_aliases):
        assert _rows(one, table) == _rows(other, table), table.name


def _articles(store: Store) -> list[str]:
    with store.engine.connect() as conn:
        return list(conn.execute(select(schema.articles.c.id)).scalars())


def test_two_workers_store_what_one_process_stores(cluster, tmp_path):
    single = Store(tmp_path / "one.db")
    ingest_items(Ingestor(single), _inputs())
    spread = Store(tmp_path / "two.db")
    report = distributed_ingest(lambda: cluster, _inputs(), tmp_path / "parquet", spread, partition_size=2)
    assert report.partitions == 3 and report.read == len(ARTICLES)
    assert dict(report.counts) == {"stored": len(ARTICLES)}
    assert len(_rows(spread, schema.events)) > 20
    _same_store(single, spread)


class Killed(Exception):
    pass


def _killed_after(items: Iterator, count: int) -> Iterator:
    """The inputs, until the driver dies after `count` of them."""
    for number, item in enumerate(items):
        if number == count:
            raise Killed
        yield item


def test_killed_run_then_rerun_stores_each_article_once(cluster, tmp_path):
    store = Store(tmp_path / "s.db")
    out = tmp_path / "parquet"
    with pytest.raises(Killed):
        distributed_ingest(lambda: cluster, _killed_after(_inputs(), 3), out, store, partition_size=1, in_flight=1)
    stored_before = len(_articles(store))
    assert stored_before < len(ARTICLES)
    rerun = distributed_ingest(lambda: cluster, _inputs(), out, store, partition_size=1)
    ids = _articles(store)
    assert len(ids) == len(set(ids)) == len(ARTICLES)
    assert rerun.counts["stored"] + rerun.counts["already_stored"] == len(ARTICLES)
    assert rerun.counts["already_stored"] == stored_before
    again = distributed_ingest(lambda: pytest.fail("nothing to read: no cluster needed"), _inputs(), out, store)
    assert dict(again.counts) == {"already_stored": len(ARTICLES)} and len(_articles(store)) == len(ARTICLES)


def test_completed_partitions_are_not_read_again(cluster, tmp_path):
    out = tmp_path / "parquet"
    first = distributed_ingest(lambda: cluster, _inputs(ARTICLES[:3]), out, None, partition_size=1)
    assert first.read == 3 and first.reused == 0
    store = Store(tmp_path / "s.db")
    rerun = distributed_ingest(lambda: cluster, _inputs(), out, store, partition_size=1)
    assert rerun.reused == 3 and rerun.read == len(ARTICLES) - 3
    assert dict(rerun.counts) == {"stored": len(ARTICLES)}


def test_parquet_only_output_is_read_by_pyarrow(cluster, tmp_path):
    out = tmp_path / "parquet"
    report = distributed_ingest(lambda: cluster, _inputs(ARTICLES[:2]), out, None, partition_size=1)
    assert report.read == 2
    events = pq.read_table(out / "events").to_pylist()
    articles = pq.read_table(out / "articles").to_pylist()
    log = pq.read_table(out / "ingest_log").to_pylist()
    assert {a["id"] for a in articles} == {e["article_id"] for e in events}
    assert {"source", "target", "code", "root", "date", "modality", "evidence_text", "ordinal"} <= set(events[0])
    assert [row["status"] for row in log] == ["stored", "stored"]
    assert not (tmp_path / "s.db").exists()


def test_the_command_rerun_with_nothing_to_read_starts_no_cluster(cluster, tmp_path, monkeypatch):
    from typer.testing import CliRunner

    import datelines.scale
    from datelines.cli import app

    paths = [str(p) for p in ARTICLES[:2]]
    stored, only = tmp_path / "parquet", tmp_path / "only"
    distributed_ingest(lambda: cluster, _inputs(ARTICLES[:2]), stored, Store(tmp_path / "s.db"))
    distributed_ingest(lambda: cluster, _inputs(ARTICLES[:2]), only, None)
    monkeypatch.setattr(datelines.scale, "connect", lambda *a: pytest.fail("a cluster was started"))
    runner = CliRunner()
    rerun = runner.invoke(app, ["ingest", *paths, "--db", str(tmp_path / "s.db"), "--workers", "2", "--parquet",
                                str(stored), "--json"], catch_exceptions=False)
    assert rerun.exit_code == 0 and json.loads(rerun.stdout)["counts"] == {"already_stored": 2}
    parquet = runner.invoke(app, ["ingest", *paths, "--parquet-only", "--parquet", str(only), "--json"],
                            catch_exceptions=False)
    assert parquet.exit_code == 0 and json.loads(parquet.stdout)["counts"] == {"stored": 2}
