"""Store rows for one article and its reading: the one mapping from the model's dataclasses to the
columns of the store's tables, shared by the store's inserts and the Parquet partitions of the
distributed ingest (so a Parquet file and a table hold the same columns)."""

from __future__ import annotations

from dataclasses import asdict
from datetime import UTC, datetime
from typing import Any

from datelines.model import Article, Reading

Row = dict[str, Any]


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def article_row(article: Article, pipeline_version: str, ingested_at: str | None = None) -> Row:
    return {
        "id": article.id,
        "published": article.published.isoformat(),
        "url": article.url,
        "title": article.title,
        "source": article.source,
        "external_id": article.external_id,
        "language": article.language,
        "text": article.text,
        "pipeline_version": pipeline_version,
        "ingested_at": ingested_at or now(),
    }


def _evidence_columns(evidence: Any) -> Row:
    return {"sentence": evidence.sentence, "start": evidence.start, "end": evidence.end, "evidence_text": evidence.text}


def reading_rows(article_id: str, reading: Reading) -> dict[str, list[Row]]:
    """Table name -> rows of one reading, in the order the reading holds them."""

    def plain(items: list[Any]) -> list[Row]:
        return [{**asdict(item), "article_id": article_id} for item in items]

    events = []
    for ordinal, ev in enumerate(reading.events):
        row = {k: v for k, v in asdict(ev).items() if k != "evidence"}
        events.append({**row, "article_id": article_id, "ordinal": ordinal, **_evidence_columns(ev.evidence)})
    quantities = []
    for q in reading.quantities:
        row = {k: v for k, v in asdict(q).items() if k != "evidence"}
        quantities.append({**row, "article_id": article_id, **_evidence_columns(q.evidence)})
    return {
        "sentences": [{"article_id": article_id, "sentence": i, "start": s, "end": e}
                      for i, (s, e) in enumerate(reading.sentences)],
        "entities": plain(reading.entities),
        "mentions": plain(reading.mentions),
        "timexes": plain(reading.timexes),
        "places": plain(reading.places),
        "events": events,
        "quantities": quantities,
    }
