"""Every scale and speed figure of issue 12 in one run, printed as one JSON object.

    python benchmarks/run.py [--quick] [--json] [--articles N] [--events N] [--real-db real.db] [--postgres URL]
                             [--parts reading,stores]

- pipeline_vs_spacy: throughput of the full read over bare `nlp.pipe` of the same model, on the same
  real-news articles (an even spread of evaluation/real/corpus), one run each, interleaved.
- articles_per_s, words_per_s: the one-process ingest of those articles into a new SQLite file (parsing,
  dedup, reading, storing), in this process with the model loaded: the steady state of a long run.
- dask_efficiency: the distributed ingest of the same articles on a LocalCluster of 2 workers over 1
  (speedup / 2; 1.0 is perfect), clusters started and models loaded before the clock starts;
  dask_speedup is the plain ratio; dask_cpu_ratio the workers' CPU seconds with 2 over 1 (1.0: the
  split adds no work; the rest of a shortfall is the machine's other load, load_before_dask);
  worker_peak_mb the largest worker's peak resident memory.
- reingest_ratio: the command `datelines ingest` rerun on the unchanged articles over its first run
  (each a new process: start, imports, model load if it reads); reingest_ratio_distributed: the
  command with --workers 2 rerun (no partition to read: no cluster) over the first distributed run
  (cluster start included). `--parts reingest` measures only these, each command run twice on a new
  store (the distributed ratio then over the first command run: process start, cluster start, read).
- timeline_p95_ms: a store filled with --events synthetic events (1M; --quick 100k) drawn from a real
  store (benchmarks/fill_store.py); timelines of dyads drawn by their share of events, each over one year
  drawn at random (as a journalist asks "TUR RUS in 2016"), warm process; the 95th percentile. Also the
  median, the same over every year for the first 20 dyads (timeline_all_years_p95_ms) and monthly
  series over the year (series_p95_ms). The fill ends by keeping the clustered answers of the busy
  dyad-years in the store (kept_dyad_years, clusters_s_sqlite: datelines.query.cluster_cache).
  `--large-db big.db` reuses a store filled before (`fill_store.py --from real.db --events N --db big.db`,
  or a PostgreSQL URL it filled): the fill is skipped, its word frequencies and kept answers are dropped
  and made again (clusters_s_sqlite), then the same questions; with `--as-is` they are kept as they are
  (only the questions: two code versions compared on stores each warmed by its own).
  timeline_page_p95_ms: the same timelines as the API gives them (the first page of 100 events);
  timeline_slowest names the slowest dyad-years asked. Dyads and years are listed in a fixed order, so
  both databases (and two code versions) are asked the same questions.
- timeline_p95_ms_postgres: the same on PostgreSQL (--postgres or DATELINES_TEST_POSTGRES_URL; the
  database is emptied first), else null with the reason.

The machine is shared and noisy: compare ratios within one run, and repeat runs for medians.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from fill_store import fill
from real_corpus import ROOT, real_articles, words
from sqlalchemy import create_engine, text

import datelines
from datelines.ingest import IngestOptions, read_inputs
from datelines.ingest.run import Ingestor, ingest_items
from datelines.query import cluster_cache
from datelines.query.series import series
from datelines.query.timeline import timeline
from datelines.read.pipeline import ReadSettings, build_pipeline, load_model, make_doc
from datelines.scale import close, connect, distributed_ingest, worker_cpu_seconds, worker_peak_memory_mb
from datelines.scale.worker import WARM_UP
from datelines.store import Store

DATELINES = [sys.executable, "-m", "datelines.cli"]
ALL_YEARS_QUERIES = 20  # whole-history timelines of popular dyads take seconds at 1M events: fewer of them
API_PAGE = 100  # what /api/timeline returns unless asked for another page size
SLOWEST = 8  # the slowest year timelines, named in the output


def _corpus_file(articles, folder: Path) -> Path:
    """The chosen articles as one JSON Lines file, so every run reads the same inputs."""
    path = folder / "corpus.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for a in articles:
            out.write(json.dumps({"text": a.text, "published": a.published.isoformat(), "url": a.url,
                                  "title": a.title, "id": a.external_id}) + "\n")
    return path


def pipeline_vs_spacy(articles, chunk: int = 4) -> dict[str, float]:
    """Both pipelines over the same articles, a few at a time in turns (so a burst of load from the
    machine's other users falls on both alike), each chunk through `nlp.pipe`."""
    bare = load_model(ReadSettings().model)
    full = build_pipeline(ReadSettings())
    for nlp in (bare, full):  # the components load their tables on first use: not part of the timing
        nlp(make_doc(nlp, WARM_UP, articles[0].published))
    times = {"spacy": 0.0, "full": 0.0}
    for number, start in enumerate(range(0, len(articles), chunk)):
        part = articles[start:start + chunk]
        turns = (("spacy", bare), ("full", full)) if number % 2 == 0 else (("full", full), ("spacy", bare))
        for name, nlp in turns:
            began = time.perf_counter()
            for _ in nlp.pipe(make_doc(nlp, a.text, a.published) for a in part):
                pass
            times[name] += time.perf_counter() - began
    return {"pipeline_vs_spacy": round(times["spacy"] / times["full"], 3),
            "spacy_articles_per_s": round(len(articles) / times["spacy"], 2),
            "read_articles_per_s": round(len(articles) / times["full"], 2)}


def _cli_ingest(corpus: Path, db: Path, *extra: str) -> float:
    start = time.perf_counter()
    subprocess.run([*DATELINES, "ingest", str(corpus), "--db", str(db), "--json", *extra], check=True,
                   stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def one_process(corpus: Path, folder: Path, count: int, word_count: int) -> tuple[dict[str, float], Path]:
    """Ingest throughput in this process (model loaded: the steady state of a long run), then the
    command twice on a new store: the rerun over the first run, each with its start and model load."""
    store = Store(folder / "steady.db")
    start = time.perf_counter()
    ingest_items(Ingestor(store), read_inputs([str(corpus)], IngestOptions()))
    steady = time.perf_counter() - start
    db = folder / "one.db"
    first = _cli_ingest(corpus, db)
    again = _cli_ingest(corpus, db)
    return {"articles_per_s": round(count / steady, 2), "words_per_s": round(word_count / steady, 1),
            "cli_ingest_s": round(first, 1), "cli_reingest_s": round(again, 1),
            "reingest_ratio": round(again / first, 4)}, db


def reingest_figures(corpus: Path, folder: Path, count: int) -> dict[str, float]:
    """Only the reruns: the command twice on a new store, in one process and with 2 workers."""
    db = folder / "reingest.db"
    first, again = _cli_ingest(corpus, db), _cli_ingest(corpus, db)
    spread = ("--workers", "2", "--parquet", str(folder / "reingest-parquet"), "--partition-size", str(max(2, count // 16)))
    first_two, again_two = _cli_ingest(corpus, folder / "reingest2.db", *spread), _cli_ingest(corpus, folder / "reingest2.db", *spread)
    return {"cli_ingest_s": round(first, 1), "cli_reingest_s": round(again, 2), "reingest_ratio": round(again / first, 4),
            "cli_ingest_distributed_s": round(first_two, 1), "cli_reingest_distributed_s": round(again_two, 2),
            "reingest_ratio_distributed": round(again_two / first_two, 4)}


def _distributed(workers: int, corpus: Path, folder: Path, partition_size: int) -> tuple[float, float, float, float]:
    """Seconds of one distributed ingest into a new store (cluster ready before), the workers' CPU
    seconds for it, their peak MiB, and the seconds the cluster took to start (models loaded)."""
    began = time.perf_counter()
    client = connect(workers=workers)
    try:
        client.submit(sum, [1]).result()  # workers up, models loaded and warmed by the plugin
        startup = time.perf_counter() - began
        store = Store(folder / f"dask{workers}.db")
        cpu = worker_cpu_seconds(client)
        start = time.perf_counter()
        distributed_ingest(lambda: client, read_inputs([str(corpus)], IngestOptions()), folder / f"parquet{workers}",
                           store, partition_size=partition_size)
        seconds = time.perf_counter() - start
        cpu = worker_cpu_seconds(client) - cpu
        peak = worker_peak_memory_mb(client)
    finally:
        close(client)
    return seconds, cpu, peak, startup


def dask_figures(corpus: Path, folder: Path, count: int) -> dict[str, float]:
    partition_size = max(2, count // 16)  # 8 partitions a worker at 2 workers: the tail stays short
    load = os.getloadavg()[0]
    one, one_cpu, _, _ = _distributed(1, corpus, folder, partition_size)
    two, two_cpu, peak, startup = _distributed(2, corpus, folder, partition_size)
    start = time.perf_counter()
    _cli_ingest(corpus, folder / "dask2.db", "--workers", "2", "--parquet", str(folder / "parquet2"),
                "--partition-size", str(partition_size))
    again = time.perf_counter() - start
    return {"dask_efficiency": round(one / two / 2, 3), "dask_speedup": round(one / two, 3),
            "dask_1_worker_s": round(one, 1), "dask_2_workers_s": round(two, 1),
            "dask_cpu_ratio": round(two_cpu / one_cpu, 3), "load_before_dask": round(load, 1),
            "cluster_start_s": round(startup, 1), "worker_peak_mb": round(peak),
            "reingest_ratio_distributed": round(again / (startup + two), 4)}


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(share * len(ordered)) - 1))]


def _milliseconds(call: Any, *args: Any, **kwargs: Any) -> float:
    start = time.perf_counter()
    call(*args, **kwargs)
    return (time.perf_counter() - start) * 1000


def query_figures(store: Store, queries: int, seed: int = 7, all_years: int = ALL_YEARS_QUERIES) -> dict[str, Any]:
    """Timelines and series of dyads drawn by their share of asserted events, one year each, warm; the
    same timelines as the API gives them by default (the first page of 100), and the slowest asked."""
    with store.engine.connect() as conn:
        dyads = conn.execute(text(
            "SELECT source, target, count(*) AS n FROM events WHERE source IS NOT NULL AND target IS NOT NULL "
            "AND modality = 'asserted' GROUP BY source, target ORDER BY n DESC, source, target LIMIT 500")).all()
        years = [row[0] for row in conn.execute(text("SELECT DISTINCT substr(published, 1, 4) FROM articles ORDER BY 1"))]
    rng = random.Random(seed)
    start = time.perf_counter()
    timeline(store, [dyads[0].source, dyads[0].target])  # word frequencies, counted once and stored
    first = time.perf_counter() - start
    picks = [(rng.choices(dyads, [d.n for d in dyads])[0], rng.choice(years)) for _ in range(queries)]
    timings: dict[str, list[float]] = {"year": [], "all": [], "series": [], "page": []}
    for number, (dyad, year) in enumerate(picks):
        pair = [dyad.source, dyad.target]
        timings["year"].append(_milliseconds(timeline, store, pair, since=year, until=year))
        if number < all_years:
            timings["all"].append(_milliseconds(timeline, store, pair))
        timings["series"].append(_milliseconds(series, store, *pair, by="month", since=year, until=year))
        timings["page"].append(_milliseconds(timeline, store, pair, since=year, until=year, limit=API_PAGE))
    slowest = sorted(zip(timings["year"], picks, strict=True), key=lambda item: -item[0])[:SLOWEST]
    return {"timeline_p95_ms": round(_percentile(timings["year"], 0.95), 1),
            "timeline_median_ms": round(statistics.median(timings["year"]), 1),
            "timeline_page_p95_ms": round(_percentile(timings["page"], 0.95), 1),
            "timeline_all_years_p95_ms": round(_percentile(timings["all"], 0.95), 1) if timings["all"] else None,
            "series_p95_ms": round(_percentile(timings["series"], 0.95), 1),
            "series_median_ms": round(statistics.median(timings["series"]), 1),
            "timeline_slowest": [f"{d.source}-{d.target} {year}: {ms:.0f} ms" for ms, (d, year) in slowest],
            "frequencies_first_s": round(first, 1)}


def _empty_postgres(url: str) -> None:
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


def _refilled(big: Store, keep: bool, as_is: bool = False) -> dict[str, Any]:
    """A store `fill_store.py` filled before (--large-db): its word frequencies counted and its
    clustered answers kept again from nothing, as a fill ends (the fill itself is not timed); or
    (`as_is`) left as they are."""
    if as_is:
        with big.engine.connect() as conn:
            made = conn.execute(text("SELECT count(*) FROM events")).scalar_one()
            kept = conn.execute(text("SELECT count(*) FROM clustered_answers")).scalar_one()
        return {"events": made, "seconds": None, "kept_dyad_years": kept, "clusters_s": None}
    with big.engine.begin() as conn:
        conn.execute(text("DELETE FROM clustered_answers"))
        conn.execute(text("DELETE FROM word_frequencies"))
        conn.execute(text("DELETE FROM store_state WHERE name LIKE 'frequencies_%'"))
        made = conn.execute(text("SELECT count(*) FROM events")).scalar_one()
    started = time.perf_counter()
    warmed = cluster_cache.warm(big) if keep else {"dyad_years": 0}
    return {"events": made, "seconds": None, "kept_dyad_years": warmed["dyad_years"],
            "clusters_s": round(time.perf_counter() - started, 1)}


def large_store_figures(real_db: str | None, folder: Path, events: int, queries: int, postgres: str | None,
                        keep: bool = True, large_db: str | None = None, as_is: bool = False,
                        all_years: int = ALL_YEARS_QUERIES) -> dict[str, Any]:
    if not keep:  # as before clustered answers were kept: every question clusters
        cluster_cache.MIN_MENTIONS = 1 << 62

    def real() -> Store:  # only a fill reads it
        if not real_db:
            raise SystemExit("no real store to draw events from: --real-db (or `make real`, or --parts reading)")
        return Store(real_db)

    if large_db:
        big = Store(large_db)
        filled = _refilled(big, keep, as_is)
    else:
        big = Store(folder / "big.db")
        filled = fill(real(), big, events, years=10, seed=1, keep_clusters=keep)
    out: dict[str, Any] = {"store_events": filled["events"], "fill_s_sqlite": filled["seconds"],
                           "kept_dyad_years": filled["kept_dyad_years"], "clusters_s_sqlite": filled["clusters_s"],
                           **query_figures(big, queries, all_years=all_years)}
    if not postgres:
        out["timeline_p95_ms_postgres"] = None
        out["postgres_skipped"] = "no PostgreSQL URL (--postgres or DATELINES_TEST_POSTGRES_URL)"
        return out
    _empty_postgres(postgres)
    pg = Store(postgres)
    filled = fill(real(), pg, events, years=10, seed=1, keep_clusters=keep)
    figures = query_figures(pg, queries, all_years=all_years)
    out.update({"fill_s_postgres": filled["seconds"], "clusters_s_postgres": filled["clusters_s"],
                **{f"{name}_postgres": value for name, value in figures.items() if name != "frequencies_first_s"}})
    pg.close()
    return out


def machine() -> str:
    return f"{os.cpu_count()} cores, {platform.machine()}, Python {platform.python_version()}, load {os.getloadavg()[0]:.1f}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer articles and 100k events: a few minutes")
    parser.add_argument("--json", action="store_true", help="only the JSON object on stdout")
    parser.add_argument("--articles", type=int, help="real-news articles read (default 120; --quick 32)")
    parser.add_argument("--events", type=int, help="events in the large store (default 1,000,000; --quick 100,000)")
    parser.add_argument("--queries", type=int, default=100, help="timelines timed")
    parser.add_argument("--real-db", help="a real store to draw events from (default: real.db if `make real` made it, "
                                          "else the store this run ingests)")
    parser.add_argument("--parts", default="reading,stores",
                        help="reading (the corpus figures), stores (the large store), reingest (only the reruns)")
    parser.add_argument("--postgres", default=os.environ.get("DATELINES_TEST_POSTGRES_URL"),
                        help="PostgreSQL URL for the large-store figure (emptied first)")
    parser.add_argument("--as-is", action="store_true", help="with --large-db: keep its word frequencies and kept "
                                                                 "answers (only the questions are timed)")
    parser.add_argument("--large-db", help="a store fill_store.py filled before (a SQLite file or a PostgreSQL URL): "
                                           "the first store figures on it "
                                           "(its kept answers are dropped and kept again; the fill is skipped)")
    parser.add_argument("--all-years", type=int, default=ALL_YEARS_QUERIES,
                        help="whole-history timelines timed (seconds each at 1M events; 0: none)")
    parser.add_argument("--no-kept-clusters", action="store_true",
                        help="cluster every question at question time (the large-store figures before migration 8)")
    args = parser.parse_args()
    count = args.articles or (32 if args.quick else 120)
    events = args.events or (100_000 if args.quick else 1_000_000)
    say = (lambda *a: None) if args.json else (lambda *a: print(*a, file=sys.stderr, flush=True))
    started = time.perf_counter()
    articles = real_articles(count)
    result: dict[str, Any] = {"machine": machine(), "articles": len(articles), "words": words(articles),
                              "events": events, "datelines": str(Path(datelines.__file__).parent)}
    parts = set(args.parts.split(","))
    with tempfile.TemporaryDirectory(prefix="datelines-bench-") as name:
        folder = Path(name)
        ingested = None
        if "reading" in parts:
            corpus = _corpus_file(articles, folder)
            say("pipeline vs spaCy ...")
            result.update(pipeline_vs_spacy(articles))
            say("one-process ingest and rerun ...")
            figures, ingested = one_process(corpus, folder, len(articles), result["words"])
            result.update(figures)
            say("Dask, 1 and 2 workers ...")
            result.update(dask_figures(corpus, folder, len(articles)))
        elif "reingest" in parts:
            say("the command and its rerun, one process and 2 workers ...")
            result.update(reingest_figures(_corpus_file(articles, folder), folder, len(articles)))
        if "stores" in parts:
            real_db = args.real_db or (str(ROOT / "real.db") if (ROOT / "real.db").exists() else ingested and str(ingested))
            say(f"large store: {events} events drawn from {real_db} ...")
            result["real_store"] = real_db
            result.update(large_store_figures(real_db, folder, events, args.queries, args.postgres,
                                              keep=not args.no_kept_clusters, large_db=args.large_db,
                                              as_is=args.as_is, all_years=args.all_years))
    result["seconds"] = round(time.perf_counter() - started)
    print(json.dumps(result, indent=None if args.json else 2))


if __name__ == "__main__":
    main()
