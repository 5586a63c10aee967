"""Load completed partitions from Parquet into the store, in input order, idempotently.

A partition is loaded in one transaction: its articles not yet stored, with every row of their
readings, their MinHash signatures, the partition's ingest log (under this run's id) and the actor
registry with what those articles said added. An article the store already holds is left as it is
and logged `already_stored` (or `duplicate`), so a rerun after a crash stores each article once.
The registry is the cross-article step: each worker read with the registry as it was when the run
began, and what the articles said joins it here, as the one-process ingest adds it after each batch.
"""

from __future__ import annotations

from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Any

from datelines.ingest.actor_memory import ActorMemory
from datelines.scale.tables import read_rows
from datelines.store import Store
from datelines.store.rows import now
from datelines.store.schema import READING_TABLES
from datelines.store.store import RowBatch


class PartitionLoader:
    def __init__(self, store: Store, out: Path, run_id: str) -> None:
        self.store = store
        self.out = out
        self.run_id = run_id

    @cached_property
    def memory(self) -> ActorMemory:
        """The stored registry, loaded when the first partition stores articles (none before)."""
        return ActorMemory(self.store)

    def load(self, partition: str) -> set[str]:
        """Store one completed partition; the ids of the articles it stored."""
        batch = RowBatch(articles=[{**row, "ingested_at": now()} for row in read_rows(self.out, "articles", partition)])
        for table in READING_TABLES:
            batch.readings[table.name] = read_rows(self.out, table.name, partition)
        batch.signatures = read_rows(self.out, "signatures", partition)
        batch.log = [{**row, "run_id": self.run_id, "at": None} for row in read_rows(self.out, "ingest_log", partition)]
        codes = read_rows(self.out, "actor_codes", partition)
        aliases = read_rows(self.out, "actor_aliases", partition)
        return self.store.insert_batch(batch, registry=lambda stored: self._registry(stored, codes, aliases))

    def _registry(self, stored: set[str], codes: list[dict[str, Any]], aliases: list[dict[str, Any]]):
        """The registry with what the stored articles said, as rows for the store."""
        registry = self.memory.registry
        for row in codes:
            if row["article_id"] in stored:
                registry.observe(row["name"], row["code"], date.fromisoformat(row["published"]))
        for row in aliases:
            if row["article_id"] in stored:
                registry.observe_alias(row["name"], row["alias"])
        return self.memory.rows()
