"""Schema migrations: registered functions, each run once and recorded in schema_migrations."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from sqlalchemy import Connection, select, text

from datelines.store import schema

Migration = Callable[[Connection], None]
MIGRATIONS: list[tuple[int, str, Migration]] = []


def migration(version: int, name: str) -> Callable[[Migration], Migration]:
    def register(fn: Migration) -> Migration:
        MIGRATIONS.append((version, name, fn))
        return fn

    return register


@migration(1, "create tables")
def _create_tables(conn: Connection) -> None:
    schema.metadata.create_all(conn)


# FTS5 on article text, kept in sync by triggers (SQLite only; PostgreSQL uses to_tsvector at query time).
_FTS_SQL = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5(title, text, content='articles', content_rowid='rowid', tokenize='porter unicode61')",
    (
        "CREATE TRIGGER IF NOT EXISTS articles_ai AFTER INSERT ON articles BEGIN "
        "INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text); END"
    ),
    (
        "CREATE TRIGGER IF NOT EXISTS articles_ad AFTER DELETE ON articles BEGIN "
        "INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text); END"
    ),
    (
        "CREATE TRIGGER IF NOT EXISTS articles_au AFTER UPDATE ON articles BEGIN "
        "INSERT INTO articles_fts(articles_fts, rowid, title, text) VALUES ('delete', old.rowid, old.title, old.text); "
        "INSERT INTO articles_fts(rowid, title, text) VALUES (new.rowid, new.title, new.text); END"
    ),
)


@migration(2, "full-text search on articles")
def _full_text_search(conn: Connection) -> None:
    if conn.dialect.name != "sqlite":
        return
    for statement in _FTS_SQL:
        conn.execute(text(statement))


@migration(3, "actor aliases")
def _actor_aliases(conn: Connection) -> None:
    schema.actor_aliases.create(conn, checkfirst=True)


@migration(4, "event confidence")
def _event_confidence(conn: Connection) -> None:
    """Stores made before events had a confidence get the column; their events count as sure (1.0)
    until `datelines reprocess` reads them again."""
    from sqlalchemy import inspect

    if "confidence" not in {c["name"] for c in inspect(conn).get_columns("events")}:
        conn.execute(text("ALTER TABLE events ADD COLUMN confidence FLOAT DEFAULT 1.0"))
        conn.execute(text("UPDATE events SET confidence = 1.0"))


@migration(5, "speech act links")
def _speech_act_links(conn: Connection) -> None:
    from sqlalchemy import inspect

    present = {c["name"] for c in inspect(conn).get_columns("events")}
    for column in ("ordinal", "announces"):
        if column not in present:
            conn.execute(text(f"ALTER TABLE events ADD COLUMN {column} INTEGER"))


# FTS5 on the evidence sentences of events, kept in sync by triggers (a re-read deletes and inserts
# events, so updates are rare but handled). PostgreSQL gets expression indexes for its text search.
_EVIDENCE_FTS_SQL = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS events_fts USING fts5(evidence_text, content='events', content_rowid='id', tokenize='porter unicode61')",
    (
        "CREATE TRIGGER IF NOT EXISTS events_fts_ai AFTER INSERT ON events BEGIN "
        "INSERT INTO events_fts(rowid, evidence_text) VALUES (new.id, new.evidence_text); END"
    ),
    (
        "CREATE TRIGGER IF NOT EXISTS events_fts_ad AFTER DELETE ON events BEGIN "
        "INSERT INTO events_fts(events_fts, rowid, evidence_text) VALUES ('delete', old.id, old.evidence_text); END"
    ),
    (
        "CREATE TRIGGER IF NOT EXISTS events_fts_au AFTER UPDATE OF evidence_text ON events BEGIN "
        "INSERT INTO events_fts(events_fts, rowid, evidence_text) VALUES ('delete', old.id, old.evidence_text); "
        "INSERT INTO events_fts(rowid, evidence_text) VALUES (new.id, new.evidence_text); END"
    ),
    "INSERT INTO events_fts(events_fts) VALUES ('rebuild')",  # index the events stored before
)
_TSVECTOR_INDEXES_SQL = (
    "CREATE INDEX IF NOT EXISTS events_evidence_tsv ON events USING gin (to_tsvector('english', evidence_text))",
    "CREATE INDEX IF NOT EXISTS articles_text_tsv ON articles USING gin (to_tsvector('english', text))",
)


@migration(6, "full-text search on event evidence")
def _evidence_search(conn: Connection) -> None:
    statements = _EVIDENCE_FTS_SQL if conn.dialect.name == "sqlite" else _TSVECTOR_INDEXES_SQL
    for statement in statements:
        conn.execute(text(statement))


# Actor filters are code prefixes (TUR: TUR, TURGOV...). SQLite seeks them by the range that
# datelines.store.queries adds; PostgreSQL seeks LIKE 'TUR%' in a btree only under text_pattern_ops
# (unless the database collation is C). Either way the index leads with one side of the dyad and holds
# the other side and the date, so rows that do not match are passed over in the index.
_DYAD_INDEXES_SQL = (
    "DROP INDEX IF EXISTS ix_events_source",
    "DROP INDEX IF EXISTS ix_events_target",
    "DROP INDEX IF EXISTS events_dyad",
    "CREATE INDEX IF NOT EXISTS events_source_dyad ON events (source, target, date)",
    "CREATE INDEX IF NOT EXISTS events_target_dyad ON events (target, source, date)",
)
_PATTERN_INDEXES_SQL = (
    "CREATE INDEX IF NOT EXISTS events_source_pattern ON events (source text_pattern_ops, target text_pattern_ops, date)",
    "CREATE INDEX IF NOT EXISTS events_target_pattern ON events (target text_pattern_ops, source text_pattern_ops, date)",
)


@migration(7, "large stores: dyad indexes, stored word frequencies")
def _large_stores(conn: Connection) -> None:
    """Timelines and series of a dyad at a million events: indexes on both sides of a dyad with its
    date (prefix-searchable on PostgreSQL too); the word frequencies over all evidence sentences kept
    in the store with the events version they hold for."""
    schema.store_state.create(conn, checkfirst=True)
    schema.word_frequencies.create(conn, checkfirst=True)
    for statement in _DYAD_INDEXES_SQL:
        conn.execute(text(statement))
    if conn.dialect.name == "postgresql":
        for statement in _PATTERN_INDEXES_SQL:
            conn.execute(text(statement))


@migration(8, "kept clustered answers")
def _clustered_answers(conn: Connection) -> None:
    """Timelines of busy dyad-years read their clusters from the store instead of clustering at
    question time (datelines.query.cluster_cache); kept per events version."""
    schema.clustered_answers.create(conn, checkfirst=True)


@migration(9, "kept clustered answers in compact form")
def _compact_clustered_answers(conn: Connection) -> None:
    """Answers are now kept in a compact form under keys that name it (datelines.query.kept_answer);
    those kept before are never read again: drop them rather than wait for new events to."""
    conn.execute(schema.clustered_answers.delete())


def applied_versions(conn: Connection) -> set[int]:
    schema.schema_migrations.create(conn, checkfirst=True)
    return set(conn.execute(select(schema.schema_migrations.c.version)).scalars())


def migrate(conn: Connection) -> list[str]:
    """Apply pending migrations in order; returns the names of those applied."""
    done = applied_versions(conn)
    applied = []
    for version, name, fn in sorted(MIGRATIONS, key=lambda m: m[0]):
        if version in done:
            continue
        fn(conn)
        conn.execute(
            schema.schema_migrations.insert().values(
                version=version, name=name, applied_at=datetime.now(UTC).isoformat(timespec="seconds")
            )
        )
        applied.append(name)
    return applied


def schema_version(conn: Connection) -> int:
    return max(applied_versions(conn), default=0)
