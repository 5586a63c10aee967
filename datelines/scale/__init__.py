"""Reading at scale: partitions of the inputs read on Dask workers into Parquet, then loaded.

    plan.py     inputs -> partitions, duplicates decided on the driver in input order
    worker.py   one partition read on a worker (the model loaded once per worker) -> Parquet, marker last
    tables.py   the Parquet layout: a folder per table, a file per partition, columns of the store
    load.py     completed partitions -> the store, in input order, each article once
    cluster.py  a LocalCluster, or any cluster by address
    ingest.py   the run: plan, submit, collect, load
"""

from datelines.scale.cluster import close, connect
from datelines.scale.ingest import (
    Progress,
    ScaleReport,
    distributed_ingest,
    worker_cpu_seconds,
    worker_peak_memory_mb,
)

__all__ = ["Progress", "ScaleReport", "close", "connect", "distributed_ingest", "worker_cpu_seconds",
           "worker_peak_memory_mb"]
