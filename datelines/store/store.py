"""The one owner of SQL in datelines: opening the database, writing articles with their reading,
and the ingest log. Reads that answer questions live in datelines/store/queries.py.

A path opens SQLite (WAL, so a killed writer never loses committed articles); a URL such as
postgresql+psycopg://... opens PostgreSQL through the same SQLAlchemy Core tables.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import asdict
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, delete, event, func, insert, select, update

from datelines.model import Article, Reading
from datelines.store import schema
from datelines.store.migrations import migrate, schema_version


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def database_url(db: str | Path) -> str:
    """A plain path means SQLite; anything with '://' is taken as a SQLAlchemy URL."""
    text = str(db)
    if "://" in text:
        return text
    if text == ":memory:":
        return "sqlite://"
    return f"sqlite:///{Path(text).expanduser()}"


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


class Store:
    """A datelines database. `Store("datelines.db")` or `Store("postgresql+psycopg://...")`."""

    def __init__(self, db: str | Path = "datelines.db") -> None:
        self.url = database_url(db)
        self.engine: Engine = create_engine(self.url)
        if self.engine.dialect.name == "sqlite":
            event.listen(self.engine, "connect", _sqlite_pragmas)
        with self.engine.begin() as conn:
            self.migrations_applied = migrate(conn)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def connect(self) -> Connection:
        return self.engine.connect()

    def schema_version(self) -> int:
        with self.engine.connect() as conn:
            return schema_version(conn)

    def close(self) -> None:
        self.engine.dispose()

    # articles -------------------------------------------------------------------------------------

    def article_source(self, article_id: str) -> str | None:
        """The source an article was first stored from, or None if it is not stored."""
        with self.engine.connect() as conn:
            row = conn.execute(select(schema.articles.c.source).where(schema.articles.c.id == article_id)).first()
        return None if row is None else (row[0] or "")

    def save_article(self, article: Article, reading: Reading, minhash: bytes | None = None) -> bool:
        """Store an article and its reading in one transaction. False if it was already stored."""
        with self.engine.begin() as conn:
            exists = conn.execute(select(schema.articles.c.id).where(schema.articles.c.id == article.id)).first()
            if exists:
                return False
            conn.execute(
                insert(schema.articles).values(
                    id=article.id,
                    published=article.published.isoformat(),
                    url=article.url,
                    title=article.title,
                    source=article.source,
                    external_id=article.external_id,
                    language=article.language,
                    text=article.text,
                    pipeline_version=reading.pipeline_version,
                    ingested_at=_now(),
                )
            )
            if minhash is not None:
                conn.execute(insert(schema.article_signatures).values(article_id=article.id, minhash=minhash))
            _insert_reading(conn, article.id, reading)
        return True

    def replace_reading(self, article_id: str, reading: Reading) -> None:
        """Swap an article's reading for a new one (reprocess), atomically."""
        with self.engine.begin() as conn:
            for table in schema.READING_TABLES:
                conn.execute(delete(table).where(table.c.article_id == article_id))
            _insert_reading(conn, article_id, reading)
            conn.execute(
                update(schema.articles)
                .where(schema.articles.c.id == article_id)
                .values(pipeline_version=reading.pipeline_version)
            )

    def iter_articles_for_reading(self, stale_for: str | None = None) -> Iterator[tuple[str, str, date]]:
        """(id, text, published) of stored articles; only those read by another version if stale_for."""
        query = select(schema.articles.c.id, schema.articles.c.text, schema.articles.c.published).order_by(
            schema.articles.c.published, schema.articles.c.id
        )
        if stale_for is not None:
            query = query.where(
                (schema.articles.c.pipeline_version != stale_for) | schema.articles.c.pipeline_version.is_(None)
            )
        with self.engine.connect() as conn:
            rows = conn.execute(query).all()
        for row in rows:
            yield row.id, row.text, date.fromisoformat(row.published)

    def signatures(self) -> list[tuple[str, bytes]]:
        with self.engine.connect() as conn:
            return [tuple(r) for r in conn.execute(select(schema.article_signatures))]

    # ingest log -----------------------------------------------------------------------------------

    def log_input(
        self,
        run_id: str,
        source: str,
        status: str,
        reason: str | None = None,
        detail: str | None = None,
        article_id: str | None = None,
        duplicate_of: str | None = None,
    ) -> None:
        with self.engine.begin() as conn:
            conn.execute(
                insert(schema.ingest_log).values(
                    run_id=run_id,
                    source=source,
                    status=status,
                    reason=reason,
                    detail=detail,
                    article_id=article_id,
                    duplicate_of=duplicate_of,
                    at=_now(),
                )
            )

    def ingest_summary(self, run_id: str | None = None) -> dict[str, int]:
        """Counts by status (and skip reason), for one run or for all."""
        log = schema.ingest_log
        label = func.coalesce(log.c.status + ":" + log.c.reason, log.c.status)
        query = select(label, func.count()).group_by(label)
        if run_id is not None:
            query = query.where(log.c.run_id == run_id)
        with self.engine.connect() as conn:
            return {row[0]: row[1] for row in conn.execute(query)}

    # actor registry -------------------------------------------------------------------------------

    def affiliation_rows(self) -> list[dict[str, Any]]:
        with self.engine.connect() as conn:
            return [dict(r._mapping) for r in conn.execute(select(schema.actor_affiliations))]

    def alias_pairs(self) -> list[tuple[str, str]]:
        with self.engine.connect() as conn:
            return [(r.name, r.alias) for r in conn.execute(select(schema.actor_aliases))]

    def save_registry(self, rows: list[dict[str, Any]], aliases: list[tuple[str, str]]) -> None:
        """Replace the actor registry (affiliations and aliases) in one transaction."""
        dated = [{**row, "first_seen": _iso(row["first_seen"]), "last_seen": _iso(row["last_seen"])} for row in rows]
        with self.engine.begin() as conn:
            conn.execute(delete(schema.actor_affiliations))
            conn.execute(delete(schema.actor_aliases))
            if dated:
                conn.execute(insert(schema.actor_affiliations), dated)
            if aliases:
                conn.execute(insert(schema.actor_aliases), [{"name": n, "alias": a} for n, a in aliases])


def _iso(value: date | str | None) -> str | None:
    return value.isoformat() if isinstance(value, date) else value


def _evidence_columns(evidence: Any) -> dict[str, Any]:
    return {"sentence": evidence.sentence, "start": evidence.start, "end": evidence.end, "evidence_text": evidence.text}


def _insert_reading(conn: Connection, article_id: str, reading: Reading) -> None:
    def rows(items: list[Any], extra: dict[str, Any] | None = None) -> list[dict[str, Any]]:
        return [{**asdict(item), "article_id": article_id, **(extra or {})} for item in items]

    batches: list[tuple[Any, list[dict[str, Any]]]] = [
        (schema.sentences, [{"article_id": article_id, "sentence": i, "start": s, "end": e} for i, (s, e) in enumerate(reading.sentences)]),
        (schema.entities, rows(reading.entities)),
        (schema.mentions, rows(reading.mentions)),
        (schema.timexes, rows(reading.timexes)),
        (schema.places, rows(reading.places)),
    ]
    event_rows = []
    for ordinal, ev in enumerate(reading.events):
        row = {k: v for k, v in asdict(ev).items() if k != "evidence"}
        event_rows.append({**row, "article_id": article_id, "ordinal": ordinal, **_evidence_columns(ev.evidence)})
    quantity_rows = []
    for q in reading.quantities:
        row = {k: v for k, v in asdict(q).items() if k != "evidence"}
        quantity_rows.append({**row, "article_id": article_id, **_evidence_columns(q.evidence)})
    batches += [(schema.events, event_rows), (schema.quantities, quantity_rows)]
    for table, batch in batches:
        if batch:
            conn.execute(insert(table), batch)
