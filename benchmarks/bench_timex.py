"""Throughput of the timex component alone (spaCy model + datelines_timex) on a TimeML folder.

    python benchmarks/bench_timex.py ../shared/eval/timex/tbaq/TimeBank
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from datelines.evaluate.timeml import datelines_tagger, read_timeml, timeml_files


def main(folder: str) -> None:
    documents = [read_timeml(p) for p in timeml_files(Path(folder))]
    characters = sum(len(d.text) for d in documents)
    list(datelines_tagger(documents[:2]))  # load the model and the rules outside the timing
    started = time.perf_counter()
    found = sum(len(tags) for tags in datelines_tagger(documents))
    seconds = time.perf_counter() - started
    print(f"{len(documents)} documents, {characters} characters, {found} timexes in {seconds:.2f}s: "
          f"{len(documents) / seconds:.1f} docs/s, {characters / seconds / 1000:.1f}k chars/s")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "../shared/eval/timex/tbaq/TimeBank")
