"""The worker plugin that loads the reading pipeline when a Dask worker starts.

Apart from datelines.scale.worker, whose functions the driver also runs (a partition with nothing to
read is written by the driver itself): only this module needs Dask's worker classes, so a rerun with
nothing to read imports no Dask.
"""

from __future__ import annotations

import logging
from datetime import date
from typing import Any

from distributed.diagnostics.plugin import WorkerPlugin

from datelines.read.pipeline import ReadSettings, build_pipeline, make_doc
from datelines.scale.worker import WARM_UP

log = logging.getLogger(__name__)


class PipelinePlugin(WorkerPlugin):
    """Loads the reading pipeline when a worker starts (and reads one sentence, so the components'
    tables are loaded too): partitions never wait for it."""

    name = "datelines-pipeline"

    def __init__(self, settings: ReadSettings) -> None:
        self.settings = settings

    def setup(self, worker: Any) -> None:
        try:
            nlp = build_pipeline(self.settings)
            nlp(make_doc(nlp, WARM_UP, date(2018, 4, 2)))
        except Exception:  # a missing model is reported by the first task, with its message
            log.exception("loading the reading pipeline failed")
