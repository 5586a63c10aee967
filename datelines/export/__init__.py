"""Exports in the formats analysts already use: `export(store, fmt, out, flt)`.

    gdelt     GDELT 2.0 event table (TSV), one row per clustered event     export/gdelt.py
    plover    PLOVER records (JSON Lines), one per stored event            export/plover.py
    parquet   events or clustered events (Arrow schema)                    export/tables.py
    csv       the same as CSV                                              export/tables.py
    graphml   the actor network                                            export/graphml.py
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from datelines.store import Store, queries
from datelines.store.queries import EventFilter

FORMATS = ("gdelt", "plover", "parquet", "csv", "graphml")


def _places(store: Store, article_ids: list[str]) -> dict[tuple[str, str], dict[str, Any]]:
    """(article, place words) -> the first geocoded place with those words in that article."""
    places: dict[tuple[str, str], dict[str, Any]] = {}
    for place in queries.places_in_articles(store, article_ids):
        places.setdefault((place["article_id"], place["text"]), place)
    return places


def export(store: Store, fmt: str, out: Path, flt: EventFilter, table: str = "events", header: bool = False,
           level: str = "actor") -> dict[str, Any]:
    """Write the events the filter selects in a format; returns what was written."""
    from datelines import __version__
    from datelines.query.clusters import cluster_events, store_frequencies
    from datelines.query.events import QueryError

    if fmt not in FORMATS:
        raise QueryError(f"--format must be one of {', '.join(FORMATS)}")
    out = Path(out)
    if fmt == "graphml":
        from datelines.export.graphml import write_graphml
        from datelines.query.network import network

        net = network(store, flt, level=level)
        write_graphml(net, out)
        return {"format": fmt, "path": str(out), "nodes": len(net["nodes"]), "edges": len(net["edges"])}

    events = queries.list_events(store, flt)
    article_ids = [e["article_id"] for e in events]
    articles = queries.articles_by_id(store, article_ids)
    clusters = cluster_events(events, articles, dated=queries.dated_sentences(store, article_ids),
                              frequencies=store_frequencies(store))
    cluster_of = {event_id: c["id"] for c in clusters for event_id in c["event_ids"]}

    if fmt == "gdelt":
        from datelines.export.gdelt import dateadded, gdelt_row, write_tsv

        places = _places(store, article_ids)
        added = {a: dateadded(info.get("ingested_at")) for a, info in articles.items()}
        count = write_tsv((gdelt_row(c, places, added) for c in clusters), out, header=header)
        return {"format": fmt, "path": str(out), "rows": count, "events": len(events)}
    if fmt == "plover":
        from datelines.export.plover import plover_record, write_jsonl

        places = _places(store, article_ids)
        records = (plover_record(e, articles.get(e["article_id"], {}), cluster_of.get(e["id"]),
                                places.get((e["article_id"], e.get("location") or "")), __version__) for e in events)
        count = write_jsonl((r for r in records if r is not None), out)
        return {"format": fmt, "path": str(out), "rows": count, "events": len(events)}

    from datelines.export import tables

    if table not in tables.TABLES:
        raise QueryError(f"--table must be one of {', '.join(tables.TABLES)}")
    rows = tables.event_rows(events, articles, cluster_of) if table == "events" else tables.cluster_rows(clusters)
    arrow = tables.to_table(rows, table)
    (tables.write_parquet if fmt == "parquet" else tables.write_csv)(arrow, out)
    return {"format": fmt, "table": table, "path": str(out), "rows": arrow.num_rows}
