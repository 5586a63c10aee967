"""Fill a store with N synthetic events drawn from a real store, to time queries at archive scale.

    python benchmarks/fill_store.py --from real.db --events 1000000 --db big.db [--years 10] [--seed 1]
    python benchmarks/fill_store.py --from real.db --events 1000000 --db postgresql+psycopg://...

`make real` builds real.db from the real-news corpus. Each synthetic article copies a real article's
events (so dyads, roots, codes, modalities, confidences, precisions and evidence sentences keep their
joint distribution, and articles their number of events), moved to a publication day drawn uniformly
over the last `--years` years (10) up to the real store's last day; each event keeps its distance from its
article's publication day and its precision (an event of last March stays one of last March).
Articles hold the evidence sentences as text; a timex row marks each sentence dated by its own words,
as the clusterer asks. Mentions, entities and the ingest log are left empty: the answers do not read them. Last, the
clustered answers of the busy dyad-years are computed and kept in the store (`--no-clusters`: not).
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
import time
from collections import defaultdict
from datetime import date, timedelta
from typing import Any

from sqlalchemy import insert, select, text

from datelines.query.cluster_cache import warm
from datelines.store import Store, schema

BATCH = 5_000  # articles per transaction


def _shift(value: str, precision: str, days: int) -> str:
    """An event date moved by `days`, kept at its precision (decades stay decades)."""
    if precision == "decade":
        return value
    full = {"day": value, "month": f"{value}-01", "year": f"{value}-01-01"}.get(precision, value)
    try:
        moved = date.fromisoformat(full[:10]) + timedelta(days=days)
    except ValueError:
        return value
    return {"day": moved.isoformat(), "month": moved.isoformat()[:7], "year": moved.isoformat()[:4]}.get(precision, value)


def real_templates(real: Store) -> list[dict[str, Any]]:
    """Each real article with its events (and which of their sentences a timex dates)."""
    events = schema.events
    columns = [c for c in events.columns if c.name not in ("id", "article_id")]
    by_article: dict[str, list[dict[str, Any]]] = defaultdict(list)
    with real.engine.connect() as conn:
        published = dict(conn.execute(select(schema.articles.c.id, schema.articles.c.published)).all())
        for row in conn.execute(select(events.c.article_id, *columns).order_by(events.c.article_id, events.c.ordinal)):
            by_article[row.article_id].append(dict(row._mapping))
        dated: dict[str, set[int]] = defaultdict(set)
        for row in conn.execute(select(schema.timexes.c.article_id, schema.timexes.c.sentence)
                                .where(schema.timexes.c.type.in_(("DATE", "TIME")))):
            dated[row.article_id].add(row.sentence)
    return [{"published": date.fromisoformat(published[a]), "events": evs, "dated": dated[a]}
            for a, evs in by_article.items()]


def synthetic_batch(templates: list[dict[str, Any]], rng: random.Random, first_day: date, days: int,
                    serial: int, wanted: int) -> tuple[dict[str, list[dict[str, Any]]], int]:
    """Rows of synthetic articles until `wanted` events are made; the rows and the events made."""
    rows: dict[str, list[dict[str, Any]]] = {"articles": [], "events": [], "timexes": []}
    made = 0
    while made < wanted:
        template = rng.choice(templates)
        serial += 1
        article_id = hashlib.sha256(f"synthetic-{serial}".encode()).hexdigest()[:32]
        published = first_day + timedelta(days=rng.randrange(days))
        shift = (published - template["published"]).days
        sentences = sorted({e["sentence"] for e in template["events"]})
        texts = {e["sentence"]: e["evidence_text"] for e in template["events"]}
        rows["articles"].append({"id": article_id, "published": published.isoformat(), "url": None,
                                 "title": f"synthetic article {serial}", "source": "synthetic", "external_id": None,
                                 "language": "en", "text": "\n".join(texts[s] for s in sentences),
                                 "pipeline_version": "synthetic", "ingested_at": "2026-01-01T00:00:00+00:00"})
        for event in template["events"][: wanted - made]:
            rows["events"].append({**event, "article_id": article_id,
                                   "date": _shift(event["date"], event["precision"], shift)})
            made += 1
        rows["timexes"] += [{"article_id": article_id, "sentence": s, "start": 0, "end": 1, "text": "-",
                             "type": "DATE", "value": published.isoformat(), "mod": None, "anchor": None}
                            for s in template["dated"] if s in texts]
    return rows, made


def fill(real: Store, target: Store, count: int, years: int, seed: int, keep_clusters: bool = True) -> dict[str, Any]:
    """Fill `target`; then, unless told not to, keep the clustered answers of its busy dyad-years
    (datelines.query.cluster_cache.warm), as a bulk load should."""
    rng = random.Random(seed)
    templates = real_templates(real)
    if not templates:
        raise SystemExit("the real store holds no events: fill it first (make real)")
    last = max(t["published"] for t in templates)
    first_day = last - timedelta(days=365 * years)
    days = (last - first_day).days + 1
    with target.engine.connect() as conn:
        serial = conn.execute(select(schema.articles.c.id).where(schema.articles.c.source == "synthetic")).all()
    serial_start = len(serial)
    started = time.perf_counter()
    made = 0
    serial = serial_start
    postgres = target.dialect == "postgresql"
    if postgres:  # a GIN index is built faster once than row by row
        with target.engine.begin() as conn:
            conn.execute(text("DROP INDEX IF EXISTS events_evidence_tsv"))
            conn.execute(text("DROP INDEX IF EXISTS articles_text_tsv"))
    while made < count:
        rows, batch_events = synthetic_batch(templates, rng, first_day, days, serial, min(count - made, BATCH * 9))
        serial += len(rows["articles"])
        with target.engine.begin() as conn:
            for name in ("articles", "events", "timexes"):
                if rows[name]:
                    conn.execute(insert(schema.metadata.tables[name]), rows[name])
        made += batch_events
        print(f"\r{made}/{count} events", end="", file=sys.stderr, flush=True)
    print(file=sys.stderr)
    if postgres:
        from datelines.store.migrations import _TSVECTOR_INDEXES_SQL

        with target.engine.begin() as conn:
            for statement in _TSVECTOR_INDEXES_SQL:
                conn.execute(text(statement))
            conn.execute(text("ANALYZE"))
    else:
        with target.engine.begin() as conn:
            conn.execute(text("ANALYZE"))
    seconds = round(time.perf_counter() - started, 1)
    started = time.perf_counter()
    warmed = warm(target) if keep_clusters else {"dyad_years": 0}
    return {"events": made, "articles": serial - serial_start, "templates": len(templates),
            "span": [first_day.isoformat(), last.isoformat()], "seconds": seconds,
            "kept_dyad_years": warmed["dyad_years"], "clusters_s": round(time.perf_counter() - started, 1)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--from", dest="real", required=True, help="the real store to draw from (path or URL)")
    parser.add_argument("--db", required=True, help="the store to fill (path or URL)")
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--years", type=int, default=10, help="the span of publication days")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--no-clusters", action="store_true", help="do not keep the busy dyad-years' clusters")
    args = parser.parse_args()
    print(fill(Store(args.real), Store(args.db), args.events, args.years, args.seed, not args.no_clusters))


if __name__ == "__main__":
    main()
