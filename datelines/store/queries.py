"""Read-side SQL: listings, one article with its reading, events and quantities with filters, search,
stats. Every function takes a Store and returns plain dicts shaped like the model dataclasses."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Select, and_, func, or_, select, text

from datelines.store import schema
from datelines.store.store import Store


def _dicts(store: Store, query: Any, params: dict[str, Any] | None = None) -> list[dict[str, Any]]:
    with store.engine.connect() as conn:
        return [dict(row._mapping) for row in conn.execute(query, params or {})]


def _evidence(row: dict[str, Any]) -> dict[str, Any]:
    """Move the evidence columns into a nested object, as in model.Evidence."""
    row["evidence"] = {
        "sentence": row.pop("sentence"),
        "start": row.pop("start"),
        "end": row.pop("end"),
        "text": row.pop("evidence_text"),
    }
    return row


ARTICLE_LISTING = (
    schema.articles.c.id,
    schema.articles.c.published,
    schema.articles.c.title,
    schema.articles.c.url,
    schema.articles.c.source,
    schema.articles.c.language,
    schema.articles.c.pipeline_version,
    func.length(schema.articles.c.text).label("chars"),
)


def list_articles(store: Store, limit: int = 100, offset: int = 0, since: str | None = None, until: str | None = None) -> list[dict[str, Any]]:
    query = select(*ARTICLE_LISTING).order_by(schema.articles.c.published, schema.articles.c.id)
    if since:
        query = query.where(schema.articles.c.published >= since)
    if until:
        query = query.where(schema.articles.c.published <= until)
    return _dicts(store, query.limit(limit).offset(offset))


def resolve_article_id(store: Store, prefix: str) -> str | None:
    """Full id from a unique prefix (ids are long hashes; users type the first few characters)."""
    ids = _dicts(store, select(schema.articles.c.id).where(schema.articles.c.id.startswith(prefix, autoescape=True)).limit(2))
    return ids[0]["id"] if len(ids) == 1 else None


def get_article(store: Store, article_id: str) -> dict[str, Any] | None:
    """The article with its whole reading."""
    rows = _dicts(store, select(schema.articles).where(schema.articles.c.id == article_id))
    if not rows:
        return None
    article = rows[0]
    for table in (schema.sentences, schema.entities, schema.mentions, schema.timexes, schema.places):
        order = table.c.sentence if table is schema.sentences else table.c.start
        cols = [c for c in table.c if c.name != "article_id"]
        article[table.name] = _dicts(store, select(*cols).where(table.c.article_id == article_id).order_by(order))
    article["events"] = list_events(store, EventFilter(article_id=article_id, modalities=()))
    article["quantities"] = list_quantities(store, article_id=article_id)
    return article


@dataclass
class EventFilter:
    """Filters shared by the CLI and the API. An empty `modalities` means all of them."""

    actors: list[str] = field(default_factory=list)  # each must appear as source or target (prefix match)
    dyad: tuple[str, str] | None = None  # either direction, prefix match
    roots: list[str] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)
    since: str | None = None
    until: str | None = None
    modalities: tuple[str, ...] = ("asserted",)
    article_id: str | None = None
    date_source: str | None = None
    min_confidence: float | None = None  # None: every event; listings pass the record's threshold
    limit: int | None = None


def _actor_is(column: Any, code: str) -> Any:
    return column.startswith(code, autoescape=True)


def event_query(flt: EventFilter) -> Select:
    ev = schema.events
    query = select(ev).order_by(ev.c.date, ev.c.article_id, ev.c.start)
    conditions = []
    for actor in flt.actors:
        conditions.append(or_(_actor_is(ev.c.source, actor), _actor_is(ev.c.target, actor)))
    if flt.dyad:
        a, b = flt.dyad
        conditions.append(
            or_(
                and_(_actor_is(ev.c.source, a), _actor_is(ev.c.target, b)),
                and_(_actor_is(ev.c.source, b), _actor_is(ev.c.target, a)),
            )
        )
    if flt.roots:
        conditions.append(ev.c.root.in_([r.zfill(2) for r in flt.roots]))
    if flt.codes:
        conditions.append(or_(*[ev.c.code.startswith(c, autoescape=True) for c in flt.codes]))
    if flt.since:
        conditions.append(ev.c.date >= flt.since)
    if flt.until:
        # compare at the bound's precision: an event of 2015-11-24 is "until 2015-11"
        conditions.append(func.substr(ev.c.date, 1, len(flt.until)) <= flt.until)
    if flt.modalities:
        conditions.append(ev.c.modality.in_(flt.modalities))
    if flt.article_id:
        conditions.append(ev.c.article_id == flt.article_id)
    if flt.date_source:
        conditions.append(ev.c.date_source == flt.date_source)
    if flt.min_confidence is not None:
        conditions.append(ev.c.confidence >= flt.min_confidence)
    if conditions:
        query = query.where(and_(*conditions))
    if flt.limit:
        query = query.limit(flt.limit)
    return query


def list_events(store: Store, flt: EventFilter) -> list[dict[str, Any]]:
    return _with_links(store, [_evidence(row) for row in _dicts(store, event_query(flt))])


def _with_links(store: Store, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Speech-act links as event ids: `announces` (the act a speech act announces) and `content_of`
    (the speech act that announces this one), whichever events the listing shows."""
    articles = sorted({row["article_id"] for row in rows})
    if not articles:
        return rows
    ev = schema.events
    linked = _dicts(store, select(ev.c.id, ev.c.article_id, ev.c.ordinal, ev.c.announces)
                    .where(ev.c.article_id.in_(articles), ev.c.announces.is_not(None)))
    ids = {(r["article_id"], r["ordinal"]): r["id"] for r in _dicts(
        store, select(ev.c.id, ev.c.article_id, ev.c.ordinal).where(ev.c.article_id.in_(articles)))}
    announced_by = {ids.get((r["article_id"], r["announces"])): r["id"] for r in linked}
    for row in rows:
        row["announces"] = ids.get((row["article_id"], row["announces"])) if row.get("announces") is not None else None
        row["content_of"] = announced_by.get(row["id"])
        row.pop("ordinal", None)
    return rows


def list_quantities(store: Store, article_id: str | None = None, unit: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
    q = schema.quantities
    query = select(q).order_by(q.c.article_id, q.c.start)
    if article_id:
        query = query.where(q.c.article_id == article_id)
    if unit:
        query = query.where(q.c.unit == unit)
    if limit:
        query = query.limit(limit)
    return [_evidence(row) for row in _dicts(store, query)]


def search_articles(store: Store, words: str, limit: int = 20) -> list[dict[str, Any]]:
    """Full-text search: FTS5 on SQLite, the built-in text search (English stemming) on PostgreSQL."""
    if store.dialect == "sqlite":
        query = text(
            "SELECT a.id, a.published, a.title, snippet(articles_fts, 1, '[', ']', '…', 12) AS snippet "
            "FROM articles_fts JOIN articles a ON a.rowid = articles_fts.rowid "
            "WHERE articles_fts MATCH :q ORDER BY rank LIMIT :limit"
        )
        return _dicts(store, query, {"q": words, "limit": limit})
    query = text(
        "SELECT id, published, title, ts_headline('english', text, q, 'StartSel=[,StopSel=],MinWords=5,MaxWords=14') AS snippet "
        "FROM articles, plainto_tsquery('english', :q) AS q WHERE to_tsvector('english', text) @@ q "
        "ORDER BY ts_rank(to_tsvector('english', text), q) DESC LIMIT :limit"
    )
    return _dicts(store, query, {"q": words, "limit": limit})


def list_actors(store: Store, limit: int = 200) -> list[dict[str, Any]]:
    """The actor registry: named actors with their codes (counts, first/last seen) and aliases,
    most-mentioned first."""
    from datelines.read.actors.registry import ActorRegistry

    registry = ActorRegistry.from_rows(store.affiliation_rows())
    for name, alias in store.alias_pairs():
        registry.observe_alias(name, alias)
    return sorted(registry.listing(), key=lambda e: (-e["mentions"], e["name"]))[:limit]


def stats(store: Store) -> dict[str, Any]:
    counts = {}
    with store.engine.connect() as conn:
        for table in (schema.articles, schema.entities, schema.mentions, schema.timexes, schema.events, schema.quantities, schema.ingest_log):
            counts[table.name] = conn.execute(select(func.count()).select_from(table)).scalar_one()
        first_last = conn.execute(select(func.min(schema.articles.c.published), func.max(schema.articles.c.published))).first()
        by_modality = dict(conn.execute(select(schema.events.c.modality, func.count()).group_by(schema.events.c.modality)).all())
        by_date_source = dict(conn.execute(select(schema.events.c.date_source, func.count()).group_by(schema.events.c.date_source)).all())
    return {
        "counts": counts,
        "published_range": list(first_last) if first_last else [None, None],
        "events_by_modality": by_modality,
        "events_by_date_source": by_date_source,
        "ingest": store.ingest_summary(),
        "schema_version": store.schema_version(),
    }
