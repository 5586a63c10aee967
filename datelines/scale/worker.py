"""What a Dask worker does: read one partition and write its Parquet files, the marker last.

The model is loaded once per worker process (a worker plugin, datelines.scale.plugin, warms
`build_pipeline`'s cache when the worker starts; every partition then finds it loaded). Each partition starts from the same snapshot
of the actor registry, sent once to every worker, and reads its articles in batches with
`read_batch`, the read step of the one-process ingest: a partition's output depends on its inputs
and the snapshot only, never on which worker read it or what that worker read before.
"""

from __future__ import annotations

import resource
import time
from pathlib import Path
from typing import Any

from datelines.ingest.actor_memory import ActorMemory
from datelines.ingest.gate import too_large
from datelines.read.pipeline import ReadSettings, build_pipeline, pipeline_version
from datelines.scale.plan import Partition
from datelines.scale.tables import mark_done, write_table
from datelines.store.rows import Row, article_row, reading_rows

BATCH_SIZE = 16  # as the one-process ingest: the registry learns between batches alike

Snapshot = tuple[list[dict[str, Any]], list[tuple[str, str]]]  # registry rows and (name, alias) pairs


# Read once when a worker starts: the components load their tables (quantulum3's units, the
# gazetteer's cities: seconds) on the first document that needs them.
WARM_UP = ("On Monday the French foreign minister met her German counterpart in Berlin and pledged 3 million euros. "
           "The 4,800-megawatt plant near Mersin will cost $20 billion; 39 people died in Magnitogorsk, "
           "a city of 400,000 in Russia's Ural region.")


def peak_memory_mb() -> float:
    """This process's peak resident memory (Linux reports kilobytes)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu_seconds() -> float:
    """CPU time this process has used, user and system."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def read_partition(partition: Partition, out: str, settings: ReadSettings, snapshot: Snapshot,
                   run_id: str) -> dict[str, Any]:
    """Read the partition's articles, write every table's Parquet file, then the marker; the summary."""
    started = time.perf_counter()
    folder = Path(out)
    tables: dict[str, list[Row]] = {name: [] for name in ("articles", "signatures", "actor_codes", "actor_aliases")}
    log = [dict(row, run_id=run_id) for row in partition.log]
    failed: dict[str, tuple[str, str]] = {}  # article id -> (reason, detail)
    if partition.to_read:
        from datelines.ingest.batch_read import read_batch  # spaCy: only where something is read

        memory = ActorMemory(rows=snapshot[0], aliases=snapshot[1])
        version, limit = pipeline_version(settings), build_pipeline(settings).max_length
        to_read = []
        for item in partition.to_read:
            reason = too_large(item.article, limit)  # a pipeline with a lower limit than spaCy's default
            if reason:
                failed[item.article.id] = ("too_large", reason)
            else:
                to_read.append(item)
        for start in range(0, len(to_read), BATCH_SIZE):
            batch = to_read[start:start + BATCH_SIZE]
            readings = read_batch([item.article for item in batch], settings, version, memory)
            for item, read in zip(batch, readings, strict=True):
                article = item.article
                if read is None:
                    failed[article.id] = ("read_error", "the pipeline failed on this article")
                    continue
                tables["articles"].append(article_row(article, version))
                for name, rows in reading_rows(article.id, read.reading).items():
                    tables.setdefault(name, []).extend(rows)
                if item.minhash is not None:
                    tables["signatures"].append({"article_id": article.id, "minhash": item.minhash})
                published = article.published.isoformat()
                tables["actor_codes"] += [{"article_id": article.id, "published": published, "name": n, "code": c}
                                          for n, c in read.observed.codes]
                tables["actor_aliases"] += [{"article_id": article.id, "name": n, "alias": a} for n, a in read.observed.aliases]
        for name, rows in tables.items():
            write_table(folder, name, partition.name, rows)
    for row in log:
        if row["status"] == "stored" and row["article_id"] in failed:
            reason, detail = failed[row["article_id"]]
            row.update(status="skipped", reason=reason, detail=detail)
    write_table(folder, "ingest_log", partition.name, log)
    summary = {"partition": partition.name, "inputs": len(log), "read": len(tables["articles"]),
               "failed": sorted(reason for reason, _ in failed.values()),
               "words": partition.words, "seconds": round(time.perf_counter() - started, 3)}
    mark_done(folder, partition.name, summary)
    return summary
