"""Connect to a Dask cluster: a LocalCluster of worker processes by default, any cluster by address.

Reading is CPU-bound Python holding the GIL, so a local worker is a process with one thread; each
worker loads the model once (datelines.scale.plugin.PipelinePlugin). Dask is imported when a cluster
is reached, not with this module: a rerun with nothing to read never reaches one.
"""

from __future__ import annotations

import logging
import os
from typing import TYPE_CHECKING

from datelines.read.pipeline import ReadSettings

if TYPE_CHECKING:
    from distributed import Client


def connect(workers: int | None = None, scheduler: str | None = None,
            settings: ReadSettings | None = None) -> Client:
    """A client on the scheduler at `scheduler` (e.g. tcp://10.0.0.5:8786), or on a new LocalCluster of
    `workers` processes (default: one per core). Every worker, present or joining, loads the pipeline."""
    from distributed import Client, LocalCluster

    from datelines.scale.plugin import PipelinePlugin

    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=workers or os.cpu_count() or 1, threads_per_worker=1, processes=True,
                               silence_logs=logging.ERROR, dashboard_address=":0")
        client = Client(cluster)
    client.register_plugin(PipelinePlugin(settings or ReadSettings()))
    return client


def close(client: Client) -> None:
    """Close the client, and the LocalCluster it started (a cluster reached by address stays up)."""
    from distributed import LocalCluster

    cluster = client.cluster
    client.close()
    if isinstance(cluster, LocalCluster):
        cluster.close()
