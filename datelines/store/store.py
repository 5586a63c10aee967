"""The one owner of SQL in datelines: opening the database, writing articles with their reading,
and the ingest log. Reads that answer questions live in datelines/store/queries.py.

A path opens SQLite (WAL, so a killed writer never loses committed articles); a URL such as
postgresql+psycopg://... opens PostgreSQL through the same SQLAlchemy Core tables.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, delete, event, func, insert, select, update

from datelines.model import Article, Reading
from datelines.store import schema
from datelines.store.migrations import migrate, schema_version
from datelines.store.rows import Row, article_row, now, reading_rows


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
        return self.save_articles([(article, reading, minhash)]) == [True]

    def save_articles(self, items: list[tuple[Article, Reading, bytes | None]], log: list[Row] | None = None) -> list[bool]:
        """Store articles with their readings (and ingest log rows) in one transaction, each table in
        one bulk insert; per article, False where it was already stored (it is then left as it was)."""
        batch = RowBatch()
        for article, reading, minhash in items:
            batch.add(article_row(article, reading.pipeline_version), reading_rows(article.id, reading), minhash)
        batch.log = list(log or [])
        stored = self.insert_batch(batch)
        return [article.id in stored for article, _, _ in items]

    def insert_batch(self, batch: RowBatch, registry: RegistryUpdate | None = None) -> set[str]:
        """Insert a batch of rows in one transaction, leaving out the articles already stored (and
        every row of theirs); the ids stored. A log row that says `stored` for an article found
        already stored is logged as `already_stored` (same source) or `duplicate` instead.
        `registry`, given the ids stored, returns the actor registry to replace the stored one with,
        in the same transaction."""
        ids = [row["id"] for row in batch.articles]
        with self.engine.begin() as conn:
            present = _stored_sources(conn, ids)
            fresh = [row for row in batch.articles if row["id"] not in present]
            new_ids = {row["id"] for row in fresh}
            if len(new_ids) < len(fresh):  # the same article twice in one batch: the first one counts
                seen: set[str] = set()
                fresh = [row for row in fresh if not (row["id"] in seen or seen.add(row["id"]))]
            if fresh:
                conn.execute(insert(schema.articles), fresh)
            signatures = [row for row in batch.signatures if row["article_id"] in new_ids]
            if signatures:
                conn.execute(insert(schema.article_signatures), signatures)
            for table in schema.READING_TABLES:
                rows = [row for row in batch.readings.get(table.name, ()) if row["article_id"] in new_ids]
                if rows:
                    conn.execute(insert(table), rows)
            log = [_logged_status(row, present) for row in batch.log]
            if log:
                conn.execute(insert(schema.ingest_log), _log_rows(log))
            if registry is not None and new_ids:
                _replace_registry(conn, *registry(new_ids))
        return new_ids

    def stored_sources(self, ids: list[str]) -> dict[str, str]:
        """id -> the source it was first stored from, for those of `ids` that are stored."""
        with self.engine.connect() as conn:
            return _stored_sources(conn, ids)

    def replace_reading(self, article_id: str, reading: Reading) -> None:
        """Swap an article's reading for a new one (reprocess), atomically."""
        with self.engine.begin() as conn:
            for table in schema.READING_TABLES:
                conn.execute(delete(table).where(table.c.article_id == article_id))
            _insert_reading(conn, article_id, reading)
            _bump(conn, "events_rewritten")
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
        self.log_inputs([{"run_id": run_id, "source": source, "status": status, "reason": reason, "detail": detail,
                          "article_id": article_id, "duplicate_of": duplicate_of}])

    def log_inputs(self, rows: list[Row]) -> None:
        """Ingest log rows (run_id, source, status, reason, detail, article_id, duplicate_of) in one insert."""
        if not rows:
            return
        with self.engine.begin() as conn:
            conn.execute(insert(schema.ingest_log), _log_rows(rows))

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
        with self.engine.begin() as conn:
            _replace_registry(conn, rows, aliases)


def _replace_registry(conn: Connection, rows: list[dict[str, Any]], aliases: list[tuple[str, str]]) -> None:
    dated = [{**row, "first_seen": _iso(row["first_seen"]), "last_seen": _iso(row["last_seen"])} for row in rows]
    conn.execute(delete(schema.actor_affiliations))
    conn.execute(delete(schema.actor_aliases))
    if dated:
        conn.execute(insert(schema.actor_affiliations), dated)
    if aliases:
        conn.execute(insert(schema.actor_aliases), [{"name": n, "alias": a} for n, a in aliases])


def _bump(conn: Connection, name: str) -> None:
    state = schema.store_state
    if conn.execute(update(state).where(state.c.name == name).values(value=state.c.value + 1)).rowcount == 0:
        conn.execute(insert(state).values(name=name, value=1))


def _iso(value: date | str | None) -> str | None:
    return value.isoformat() if isinstance(value, date) else value


# Given the ids a batch stored: the actor registry's rows and (name, alias) pairs to store with them.
RegistryUpdate = Callable[[set[str]], tuple[list[dict[str, Any]], list[tuple[str, str]]]]


@dataclass
class RowBatch:
    """Rows of several articles for one transaction: articles, their reading tables (by table name),
    MinHash signatures and ingest log rows."""

    articles: list[Row] = field(default_factory=list)
    readings: dict[str, list[Row]] = field(default_factory=dict)
    signatures: list[Row] = field(default_factory=list)
    log: list[Row] = field(default_factory=list)

    def add(self, article: Row, reading: dict[str, list[Row]], minhash: bytes | None = None) -> None:
        self.articles.append(article)
        for name, rows in reading.items():
            self.readings.setdefault(name, []).extend(rows)
        if minhash is not None:
            self.signatures.append({"article_id": article["id"], "minhash": minhash})


def _stored_sources(conn: Connection, ids: list[str]) -> dict[str, str]:
    a = schema.articles
    wanted = sorted(set(ids))
    found: dict[str, str] = {}
    for start in range(0, len(wanted), 500):  # bounded IN lists
        for row in conn.execute(select(a.c.id, a.c.source).where(a.c.id.in_(wanted[start:start + 500]))):
            found[row.id] = row.source or ""
    return found


LOG_COLUMNS = ("run_id", "source", "status", "reason", "detail", "article_id", "duplicate_of")


def _log_rows(rows: list[Row]) -> list[Row]:
    """Every row with every column (a bulk insert binds the same columns in each row)."""
    at = now()
    return [{**{name: row.get(name) for name in LOG_COLUMNS}, "at": row.get("at") or at} for row in rows]


def _logged_status(row: Row, present: dict[str, str]) -> Row:
    article_id = row.get("article_id")
    if row.get("status") != "stored" or article_id not in present:
        return row
    same = present[article_id] == (row.get("source") or "")
    return {**row, "status": "already_stored" if same else "duplicate", "duplicate_of": article_id}


def _insert_reading(conn: Connection, article_id: str, reading: Reading) -> None:
    by_table = reading_rows(article_id, reading)
    for table in schema.READING_TABLES:
        rows = by_table[table.name]
        if rows:
            conn.execute(insert(table), rows)
