"""Tables of the datelines store, as SQLAlchemy Core metadata (one definition for SQLite and PostgreSQL).

Column names match the dataclass fields in datelines.model, so rows, JSON and UI labels agree.
"""

from __future__ import annotations

from sqlalchemy import (
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
)

metadata = MetaData()


def _article_fk() -> Column:
    return Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), nullable=False, index=True)


def _span_columns() -> list[Column]:
    """Where in the article a row's words stand: sentence index and character offsets (end exclusive)."""
    return [
        Column("sentence", Integer, nullable=False),
        Column("start", Integer, nullable=False),
        Column("end", Integer, nullable=False),
    ]


schema_migrations = Table(
    "schema_migrations",
    metadata,
    Column("version", Integer, primary_key=True),
    Column("name", String(200), nullable=False),
    Column("applied_at", String(40), nullable=False),
)

articles = Table(
    "articles",
    metadata,
    Column("id", String(64), primary_key=True),  # content hash of the normalized text
    Column("published", String(10), nullable=False, index=True),
    Column("url", Text),
    Column("title", Text),
    Column("source", Text),
    Column("external_id", Text),
    Column("language", String(16), nullable=False, default="en"),
    Column("text", Text, nullable=False),
    Column("pipeline_version", String(200)),
    Column("ingested_at", String(40), nullable=False),
)

ingest_log = Table(
    "ingest_log",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("run_id", String(40), nullable=False, index=True),
    Column("source", Text, nullable=False),
    Column("status", String(20), nullable=False),  # stored | already_stored | duplicate | near_duplicate | skipped
    Column("reason", String(40)),
    Column("detail", Text),
    Column("article_id", String(64)),
    Column("duplicate_of", String(64)),
    Column("at", String(40), nullable=False),
)

article_signatures = Table(
    "article_signatures",
    metadata,
    Column("article_id", String(64), ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("minhash", LargeBinary, nullable=False),
)

sentences = Table(
    "sentences",
    metadata,
    _article_fk(),
    *_span_columns(),
)

entities = Table(
    "entities",
    metadata,
    _article_fk(),
    *_span_columns(),
    Column("text", Text, nullable=False),
    Column("label", String(40), nullable=False),
)

mentions = Table(
    "mentions",
    metadata,
    _article_fk(),
    *_span_columns(),
    Column("text", Text, nullable=False),
    Column("code", String(40), index=True),
    Column("name", Text),
    Column("kind", String(20)),
)

timexes = Table(
    "timexes",
    metadata,
    _article_fk(),
    *_span_columns(),
    Column("text", Text, nullable=False),
    Column("type", String(10)),
    Column("value", String(40)),
    Column("mod", String(20)),
    Column("anchor", String(40)),
)

places = Table(
    "places",
    metadata,
    _article_fk(),
    *_span_columns(),
    Column("text", Text, nullable=False),
    Column("name", Text),
    Column("country", String(3)),
    Column("latitude", Float),
    Column("longitude", Float),
)

events = Table(
    "events",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _article_fk(),
    Column("source", String(40)),  # indexed with the target and the date: see events_source_dyad
    Column("target", String(40)),
    Column("code", String(8), nullable=False),
    Column("root", String(2), nullable=False, index=True),
    Column("goldstein", Float),
    Column("quad", Integer),
    Column("plover", String(40)),
    Column("date", String(10), index=True),
    Column("precision", String(10)),
    Column("date_source", String(12)),
    Column("modality", String(14), index=True),
    Column("location", Text),
    Column("trigger", Text),
    Column("source_text", Text),
    Column("target_text", Text),
    Column("classifier", String(12)),
    Column("confidence", Float, index=True),
    Column("ordinal", Integer),  # the event's place in its article's reading
    Column("announces", Integer),  # a speech act: the ordinal, in the same article, of the act it announces
    *_span_columns(),
    Column("evidence_text", Text, nullable=False),
)

quantities = Table(
    "quantities",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    _article_fk(),
    Column("value", Float, nullable=False),
    Column("unit", String(60), nullable=False),
    Column("per", String(20)),
    Column("about", Text),
    Column("date", String(10)),
    Column("modifier", String(20)),
    Column("modality", String(14)),
    *_span_columns(),
    Column("evidence_text", Text, nullable=False),
)

actor_affiliations = Table(
    "actor_affiliations",
    metadata,
    Column("name", Text, primary_key=True),
    Column("code", String(40), primary_key=True),
    Column("count", Integer, nullable=False),
    Column("first_seen", String(10)),
    Column("last_seen", String(10)),
)

actor_aliases = Table(
    "actor_aliases",
    metadata,
    Column("name", Text, primary_key=True),
    Column("alias", Text, primary_key=True),
)

# Small named integers: "events_rewritten", bumped in the transaction of every re-read that replaces
# events (so a cache over all events knows it is stale without counting them), and the events version
# and sentence count the stored word frequencies were computed at.
store_state = Table(
    "store_state",
    metadata,
    Column("name", String(40), primary_key=True),
    Column("value", Integer, nullable=False),
)

# In how many evidence sentences each content word stands (the clusterer's word rarity), kept for
# the events version in store_state, so a new process need not read every evidence sentence again.
word_frequencies = Table(
    "word_frequencies",
    metadata,
    Column("word", String(200), primary_key=True),
    Column("sentences", Integer, nullable=False),
)

# Clustered answers (the timelines and series of busy dyad-years), kept for the events version they were
# computed at (migration 8): clustering at question time grows faster than the events it groups.
clustered_answers = Table(
    "clustered_answers",
    metadata,
    Column("key", String(64), primary_key=True),  # sha256 of the filter and the cluster settings
    Column("max_id", Integer, nullable=False),
    Column("rewritten", Integer, nullable=False),
    Column("mentions", Integer, nullable=False),
    Column("entries", Text, nullable=False),  # the clustered events, as JSON
)

# An actor or a dyad, then the date: the dyad's other side and the date are checked in the index, so a
# timeline of a busy actor reads only the rows it returns (migration 7 put these in place of one-column
# indexes on source and target and of (source, target)).
Index("events_source_dyad", events.c.source, events.c.target, events.c.date)
Index("events_target_dyad", events.c.target, events.c.source, events.c.date)

# Tables that hold one article's reading; replaced together when an article is re-read.
READING_TABLES = (sentences, entities, mentions, timexes, places, events, quantities)
