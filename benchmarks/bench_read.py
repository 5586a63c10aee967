"""Throughput and memory of the read step and of a full ingest, on the demo corpus.

Prints medians over repeated runs (the machines are shared and noisy): milliseconds per article for
the spaCy model alone and for the full datelines pipeline (their ratio is the cost of our
components), and articles per second for `ingest` into a fresh SQLite file.

    python benchmarks/bench_read.py [--repeat 5]
"""

from __future__ import annotations

import argparse
import resource
import statistics
import tempfile
import time
from pathlib import Path

from datelines.ingest import IngestOptions, read_inputs
from datelines.ingest.items import RawArticle
from datelines.ingest.run import Ingestor, ingest_items
from datelines.read.pipeline import ReadSettings, build_pipeline, make_doc
from datelines.store import Store

CORPUS = Path(__file__).resolve().parent.parent / "examples" / "corpus"


def _articles() -> list[RawArticle]:
    return [item for item in read_inputs([str(CORPUS)], IngestOptions()) if isinstance(item, RawArticle)]


def _time_pipe(settings: ReadSettings, articles: list[RawArticle]) -> float:
    nlp = build_pipeline(settings)
    start = time.perf_counter()
    for _ in nlp.pipe(make_doc(nlp, a.text, a.published) for a in articles):
        pass
    return (time.perf_counter() - start) / len(articles) * 1000


def _time_ingest() -> float:
    with tempfile.TemporaryDirectory() as folder:
        store = Store(Path(folder) / "bench.db")
        start = time.perf_counter()
        report = ingest_items(Ingestor(store), read_inputs([str(CORPUS)], IngestOptions()))
        elapsed = time.perf_counter() - start
        store.close()
    return len(report.stored_ids) / elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    articles = _articles()
    words = sum(len(a.text.split()) for a in articles)
    model_only = ReadSettings(components=())
    full = ReadSettings()
    build_pipeline(model_only), build_pipeline(full)  # load outside the timings
    # Interleaved, so both sides of each ratio see the same machine load.
    spacy_ms, full_ms = [], []
    for _ in range(args.repeat):
        spacy_ms.append(_time_pipe(model_only, articles))
        full_ms.append(_time_pipe(full, articles))
    ratios = [f / s for f, s in zip(full_ms, spacy_ms, strict=True)]
    ingest_rate = [_time_ingest() for _ in range(args.repeat)]
    print(f"corpus: {len(articles)} articles, {words} words; {args.repeat} runs, medians")
    print(f"spaCy model only     : {statistics.median(spacy_ms):7.1f} ms/article")
    print(f"full datelines read  : {statistics.median(full_ms):7.1f} ms/article  (x{statistics.median(ratios):.2f} the model alone, median of per-run ratios)")
    print(f"ingest into SQLite   : {statistics.median(ingest_rate):7.1f} articles/s")
    print(f"peak resident memory : {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:7.0f} MiB")


if __name__ == "__main__":
    main()
