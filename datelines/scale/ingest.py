"""The distributed ingest: plan partitions on the driver, read them on Dask workers into Parquet,
load the Parquet into the store in input order (or leave it, `parquet_only`).

The driver parses inputs and decides duplicates as it goes (datelines.scale.plan) and keeps a bounded
number of partitions in flight, so a corpus of any size streams through with bounded memory. A
partition whose marker is already in the output folder (a run killed after it completed) is not read
again; loading skips the articles the store already holds, so a rerun stores each article once.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from datelines.ingest.actor_memory import ActorMemory
from datelines.ingest.gate import DEFAULT_MAX_LENGTH, IngestGate
from datelines.ingest.items import RawArticle, Skipped
from datelines.ingest.run import IngestReport
from datelines.read.pipeline import ReadSettings
from datelines.scale.load import PartitionLoader
from datelines.scale.plan import Partition, plan_partitions, reading_key
from datelines.scale.tables import done_summary
from datelines.scale.worker import cpu_seconds, peak_memory_mb, read_partition
from datelines.store import Store

if TYPE_CHECKING:
    from distributed import Client, Future


@dataclass
class ScaleReport(IngestReport):
    """An IngestReport with what the distributed run adds: its partitions and its readers' work."""

    partitions: int = 0
    reused: int = 0  # partitions a previous run had completed
    read: int = 0  # articles read by workers in this run
    words: int = 0


@dataclass
class Progress:
    """Callbacks for a progress display: partitions planned so far, and each one finished."""

    planned: Callable[[int], None] = lambda total: None
    finished: Callable[[dict[str, Any]], None] = lambda summary: None


def distributed_ingest(
    connect: Callable[[], Client],
    items: Iterable[RawArticle | Skipped],
    out: Path,
    store: Store | None,
    settings: ReadSettings | None = None,
    *,
    partition_size: int = 64,
    near_duplicates: bool = True,
    in_flight: int | None = None,
    progress: Progress | None = None,
) -> ScaleReport:
    """Read `items` on the cluster into Parquet under `out`; with a store, load them into it.
    `connect` is called when the first partition needs reading (a rerun with nothing to read starts
    no cluster); the caller closes the client it returns."""
    settings = settings or ReadSettings()
    out.mkdir(parents=True, exist_ok=True)
    run = _Run(connect, out, store, settings, in_flight, progress or Progress())
    gate = IngestGate(store, DEFAULT_MAX_LENGTH, near_duplicates)
    for partition in plan_partitions(items, gate, reading_key(settings), partition_size):
        run.start(partition)
        run.wait(until_below=run.limit)
    run.wait(until_below=1)
    if store is not None:
        run.report.counts = Counter(store.ingest_summary(run.report.run_id))  # as the store logged them
    return run.report


class _Run:
    """One run's partitions: started (reused, written by the driver, or sent to the cluster),
    collected as workers finish, and loaded in input order."""

    def __init__(self, connect: Callable[[], Client], out: Path, store: Store | None, settings: ReadSettings,
                 in_flight: int | None, progress: Progress) -> None:
        self.connect, self.out, self.settings, self.in_flight, self.progress = connect, out, settings, in_flight, progress
        self.report = ScaleReport(run_id=uuid.uuid4().hex[:12])
        self.store = store
        self._snapshot: tuple[list[dict[str, Any]], list[tuple[str, str]]] | None = None
        self.loader = PartitionLoader(store, out, self.report.run_id) if store is not None else None
        self.client: Client | None = None
        self.shared: Future | None = None
        self.limit = 1
        self.running: dict[Future, Partition] = {}
        self.finished: dict[int, str] = {}  # number -> name, completed but not yet loaded
        self.next_to_load = 1

    def registry_snapshot(self) -> tuple[list[dict[str, Any]], list[tuple[str, str]]]:
        """The actor registry as stored when the run began: taken before the first partition that
        stores articles (one read here, or one a killed run read) is loaded, and only then, so a
        run with nothing to read does not load the registry."""
        if self._snapshot is None:
            self._snapshot = ActorMemory(self.store).rows() if self.store is not None else ([], [])
        return self._snapshot

    def start(self, partition: Partition) -> None:
        self.report.partitions += 1
        self.progress.planned(self.report.partitions)
        _count(self.report, partition)
        reused = done_summary(self.out, partition.name)
        if reused is not None:
            if reused.get("read"):
                self.registry_snapshot()  # taken before this partition's articles are loaded
            self.done(partition, reused, reused=True)
        elif not partition.to_read:  # nothing to read: the driver writes the partition's log itself
            self.done(partition, read_partition(partition, str(self.out), self.settings, ([], []), self.report.run_id))
        else:
            self.running[self.submit(partition)] = partition
        self.load_ready()

    def submit(self, partition: Partition) -> Future:
        if self.client is None:
            self.client = self.connect()
            workers = len(self.client.scheduler_info(n_workers=-1)["workers"])
            # (a key of its own: a scatter of the same content by an earlier run may be released meanwhile)
            self.shared = self.client.scatter(self.registry_snapshot(), broadcast=True, hash=False)
            self.limit = self.in_flight or 2 * max(1, workers)
        return self.client.submit(read_partition, partition, str(self.out), self.settings, self.shared,
                                  self.report.run_id, key=f"read-{partition.name}-{self.report.run_id}")

    def wait(self, until_below: int) -> None:
        """Collect finished partitions (and load what is ready) until fewer than `until_below` run."""
        if not self.running:  # nothing sent to a cluster: no Dask to import
            return
        from distributed import wait

        while self.running and len(self.running) >= until_below:
            for future in wait(list(self.running), return_when="FIRST_COMPLETED").done:
                self.done(self.running.pop(future), future.result())
            self.load_ready()

    def done(self, partition: Partition, summary: dict[str, Any], reused: bool = False) -> None:
        if reused:
            self.report.reused += 1
        else:
            self.report.read += summary["read"]
            self.report.words += summary["words"]
        for reason in summary.get("failed", ()):  # articles the workers could not read
            self.report.counts["stored"] -= 1
            self.report.counts[f"skipped:{reason}"] += 1
        self.finished[partition.number] = partition.name
        self.progress.finished(summary)

    def load_ready(self) -> None:
        while self.next_to_load in self.finished:
            name = self.finished.pop(self.next_to_load)
            if self.loader is not None:
                self.report.stored_ids += sorted(self.loader.load(name))
            self.next_to_load += 1


def _count(report: ScaleReport, partition: Partition) -> None:
    """What the plan decided; articles to read count as stored until a worker or the load says otherwise."""
    for row in partition.log:
        status = row["status"]
        report.counts[f"{status}:{row['reason']}" if row["reason"] else status] += 1


def worker_peak_memory_mb(client: Client) -> float:
    """The largest peak resident memory among the workers."""
    return max(client.run(peak_memory_mb).values(), default=0.0)


def worker_cpu_seconds(client: Client) -> float:
    """CPU time the workers have used, added up."""
    return sum(client.run(cpu_seconds).values())
