"""Read-side SQL: listings, one article with its reading, events and quantities with filters, search,
stats. Every function takes a Store and returns plain dicts shaped like the model dataclasses."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Integer, Select, and_, column, delete, func, insert, or_, select, text

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


def count_articles(store: Store, since: str | None = None, until: str | None = None) -> int:
    """How many articles `list_articles` pages through with the same bounds."""
    query = select(func.count()).select_from(schema.articles)
    if since:
        query = query.where(schema.articles.c.published >= since)
    if until:
        query = query.where(schema.articles.c.published <= until)
    with store.engine.connect() as conn:
        return conn.execute(query).scalar_one()


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

    actors: list[str] = field(default_factory=list)  # each must appear as source or target (a pattern: see _actor_is)
    dyad: tuple[str, str] | None = None  # either direction unless `directed`; patterns as for actors
    directed: bool = False  # the dyad as given: its first actor the source, its second the target
    roots: list[str] = field(default_factory=list)
    codes: list[str] = field(default_factory=list)
    since: str | None = None
    until: str | None = None
    modalities: tuple[str, ...] = ("asserted",)
    article_id: str | None = None
    date_source: str | None = None
    min_confidence: float | None = None  # None: every event; listings pass the record's threshold
    text: str | None = None  # words the evidence sentence must hold (full-text search, stemmed)
    limit: int | None = None
    offset: int = 0  # rows to skip (pages of a listing)


# Above every string that starts with a given prefix, in SQLite's binary order (the last code point).
_AFTER_PREFIX = "\U0010ffff"


def _actor_is(column: Any, code: str, dialect: str = "sqlite") -> Any:
    """A code pattern: `TUR` is a prefix (TUR, TURGOV, TURMIL); with `*` the pattern is whole, `*`
    standing for any characters: `TUR*` any Turkish actor, `*GOV` any government, `*REB*` any code
    with the rebel role.

    On SQLite the pattern's fixed prefix is also given as a range, which an index on the column can
    serve (SQLite's LIKE, case-insensitive, cannot use one); PostgreSQL serves the LIKE prefix itself
    from the text_pattern_ops indexes of migration 7."""
    condition = _pattern(column, code)
    prefix = code.upper().split("*", 1)[0]
    if dialect == "sqlite" and prefix:
        return and_(column >= prefix, column <= prefix + _AFTER_PREFIX, condition)
    return condition


def _pattern(column: Any, code: str) -> Any:
    code = code.upper()
    if "*" not in code:
        return column.startswith(code, autoescape=True)
    escaped = code.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_").replace("*", "%")
    return column.like(escaped, escape="\\")


def fts5_phrases(words: str) -> str:
    """Words as an FTS5 query that cannot be a syntax error: each word a quoted phrase, all required
    (the tokenizer still stems them)."""
    return " ".join('"' + word.replace('"', '""') + '"' for word in words.split())


def _evidence_matches(dialect: str, words: str) -> Any:
    ev = schema.events
    if dialect == "sqlite":
        matching = text("SELECT rowid FROM events_fts WHERE events_fts MATCH :evidence_words").bindparams(
            evidence_words=fts5_phrases(words)).columns(column("rowid", Integer))
        return ev.c.id.in_(matching)
    return func.to_tsvector("english", ev.c.evidence_text).op("@@")(func.plainto_tsquery("english", words))


# The distinct codes of a column in [:low, :high], one index seek each (a loose index scan).
_CODES_SQL = (
    "WITH RECURSIVE found(code) AS (SELECT min({c}) FROM events WHERE {c} >= :low AND {c} <= :high "
    "UNION ALL SELECT (SELECT min({c}) FROM events WHERE {c} > found.code AND {c} <= :high) FROM found "
    "WHERE found.code IS NOT NULL) SELECT code FROM found WHERE code IS NOT NULL"
)


def dyad_codes(store: Store, flt: EventFilter) -> dict[tuple[str, str], list[str] | None]:
    """For a dyad on SQLite: (column, pattern) -> the stored codes of that column with the pattern's
    fixed prefix (None: a pattern without one, `*GOV`). A prefix range on the first column of a dyad
    index leaves its second column to be checked entry by entry (every event of a busy actor: 200,000
    at a million events); the codes themselves let the index seek the dyad and its dates."""
    if not flt.dyad or store.dialect != "sqlite":
        return {}
    found: dict[tuple[str, str], list[str] | None] = {}
    with store.engine.connect() as conn:
        for column in ("source", "target"):
            for code in flt.dyad:
                prefix = code.upper().split("*", 1)[0]
                if not prefix:
                    found[(column, code)] = None
                    continue
                rows = conn.execute(text(_CODES_SQL.format(c=column)), {"low": prefix, "high": prefix + _AFTER_PREFIX})
                found[(column, code)] = list(rows.scalars())
    return found


def event_query(flt: EventFilter, dialect: str = "sqlite",
                codes: dict[tuple[str, str], list[str] | None] | None = None) -> Select:
    """The events a filter selects, in timeline order; `codes` (dyad_codes) narrows a dyad's sides to
    the codes stored, so that an index seeks them."""
    ev = schema.events
    conditions = []
    codes = codes or {}
    sought = any(found is not None for found in codes.values())

    def side(name: str, code: str) -> Any:
        stored = codes.get((name, code))
        if stored is None:
            return _actor_is(ev.c[name], code, dialect)
        # the codes with the pattern's prefix, and no range beside them that the planner might prefer
        return ev.c[name].in_(stored) if "*" not in code else and_(ev.c[name].in_(stored), _pattern(ev.c[name], code))

    for actor in flt.actors:
        conditions.append(or_(_actor_is(ev.c.source, actor, dialect), _actor_is(ev.c.target, actor, dialect)))
    if flt.dyad:
        a, b = flt.dyad
        forward = and_(side("source", a), side("target", b))
        backward = and_(side("source", b), side("target", a))
        conditions.append(forward if flt.directed else or_(forward, backward))
    if flt.since:
        conditions.append(ev.c.date >= flt.since)
    if flt.until:
        # compare at the bound's precision: an event of 2015-11-24 is "until 2015-11"
        conditions.append(func.substr(ev.c.date, 1, len(flt.until)) <= flt.until)
        if sought:  # the same bound, as a range the dyad index can seek after the dyad's codes
            conditions.append(ev.c.date <= flt.until + _AFTER_PREFIX)
    if flt.article_id:
        conditions.append(ev.c.article_id == flt.article_id)
    if flt.text and flt.text.strip():
        conditions.append(_evidence_matches(dialect, flt.text))
    query, columns = select(ev), ev.c
    if flt.dyad and dialect == "postgresql":
        # PostgreSQL may join the dyad's index to the confidence index, reading every event above the
        # threshold (25-50 ms beside a busy actor): the dyad and its dates first (OFFSET 0 keeps the
        # checks below out of the subquery), the coding of those events checked after
        fenced = select(ev).where(and_(*conditions)).offset(0).subquery("dyad_events")
        query, columns, conditions = select(fenced), fenced.c, []
    conditions += _coding_checks(columns, flt)
    query = query.order_by(columns.date, columns.article_id, columns.start, columns.id)
    if conditions:
        query = query.where(and_(*conditions))
    if flt.limit:
        query = query.limit(flt.limit)
    if flt.offset:
        query = query.offset(flt.offset)
    return query


def _coding_checks(columns: Any, flt: EventFilter) -> list[Any]:
    """What a filter asks of an event's coding: roots, codes, modalities, date source, confidence."""
    checks = []
    if flt.roots:
        checks.append(columns.root.in_([r.zfill(2) for r in flt.roots]))
    if flt.codes:
        checks.append(or_(*[columns.code.startswith(c, autoescape=True) for c in flt.codes]))
    if flt.modalities:
        checks.append(columns.modality.in_(flt.modalities))
    if flt.date_source:
        checks.append(columns.date_source == flt.date_source)
    if flt.min_confidence is not None:
        checks.append(columns.confidence >= flt.min_confidence)
    return checks


def list_events(store: Store, flt: EventFilter) -> list[dict[str, Any]]:
    query = event_query(flt, store.dialect, dyad_codes(store, flt))
    return _with_links(store, [_evidence(row) for row in _dicts(store, query)])


def _with_links(store: Store, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Speech-act links as event ids: `announces` (the act a speech act announces) and `content_of`
    (the speech act that announces this one), whichever events the listing shows. Only the linked
    events of the listed articles are read, and the ids of the events they point at."""
    articles = sorted({row["article_id"] for row in rows})
    if not articles:
        return rows
    ev = schema.events
    linked: list[dict[str, Any]] = []
    for start in range(0, len(articles), 500):  # bounded IN lists
        linked += _dicts(store, select(ev.c.id, ev.c.article_id, ev.c.ordinal, ev.c.announces)
                         .where(ev.c.article_id.in_(articles[start:start + 500]), ev.c.announces.is_not(None)))
    announced_by = {(r["article_id"], r["announces"]): r["id"] for r in linked}
    wanted = {(row["article_id"], row["announces"]) for row in rows if row.get("announces") is not None}
    ids = _event_ids(store, wanted)
    for row in rows:
        row["announces"] = ids.get((row["article_id"], row["announces"])) if row.get("announces") is not None else None
        row["content_of"] = announced_by.get((row["article_id"], row.get("ordinal")))
        row.pop("ordinal", None)
    return rows


def _event_ids(store: Store, pairs: set[tuple[str, int]]) -> dict[tuple[str, int], int]:
    """(article, ordinal) -> event id, for the given pairs."""
    ev = schema.events
    by_article: dict[str, set[int]] = {}
    for article_id, ordinal in pairs:
        by_article.setdefault(article_id, set()).add(ordinal)
    found: dict[tuple[str, int], int] = {}
    articles = sorted(by_article)
    for start in range(0, len(articles), 500):
        chunk = articles[start:start + 500]
        ordinals = sorted({o for a in chunk for o in by_article[a]})
        query = select(ev.c.id, ev.c.article_id, ev.c.ordinal).where(ev.c.article_id.in_(chunk), ev.c.ordinal.in_(ordinals))
        for row in _dicts(store, query):
            if row["ordinal"] in by_article[row["article_id"]]:
                found[(row["article_id"], row["ordinal"])] = row["id"]
    return found


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


# Reads for the answers (datelines/query): articles by id, evidence search, places. ----------------

def articles_by_id(store: Store, ids: list[str]) -> dict[str, dict[str, Any]]:
    """id -> {id, published, title, url, source, ingested_at} for the given articles."""
    a = schema.articles
    wanted = sorted(set(ids))
    rows: list[dict[str, Any]] = []
    for start in range(0, len(wanted), 500):  # bounded IN lists
        rows += _dicts(store, select(a.c.id, a.c.published, a.c.title, a.c.url, a.c.source, a.c.ingested_at)
                       .where(a.c.id.in_(wanted[start:start + 500])))
    return {row["id"]: row for row in rows}


def search_evidence(store: Store, words: str, limit: int = 100, phrases: bool = False) -> list[dict[str, Any]]:
    """Events whose evidence sentence matches the words, best match first: the event's id, article,
    sentence, span, evidence text with the matches marked [like this] (`snippet`) and its coding.
    FTS5 (porter stemming) on SQLite, English text search on PostgreSQL. `phrases`: quote every word,
    so that no input is an FTS5 syntax error."""
    if store.dialect == "sqlite":
        query = text(
            "SELECT e.id, e.article_id, e.sentence, e.start, e.\"end\", e.evidence_text, e.source, e.target, e.code, "
            "e.root, e.date, e.precision, e.modality, e.confidence, "
            "snippet(events_fts, 0, '[', ']', '…', 16) AS snippet, bm25(events_fts) AS score "
            "FROM events_fts JOIN events e ON e.id = events_fts.rowid "
            "WHERE events_fts MATCH :q ORDER BY rank, e.id LIMIT :limit"
        )
        return _dicts(store, query, {"q": fts5_phrases(words) if phrases else words, "limit": limit})
    query = text(
        "SELECT e.id, e.article_id, e.sentence, e.start, e.\"end\", e.evidence_text, e.source, e.target, e.code, "
        "e.root, e.date, e.precision, e.modality, e.confidence, "
        "ts_headline('english', e.evidence_text, q, 'StartSel=[,StopSel=],HighlightAll=true') AS snippet, "
        "-ts_rank(to_tsvector('english', e.evidence_text), q) AS score "
        "FROM events e, plainto_tsquery('english', :q) AS q WHERE to_tsvector('english', e.evidence_text) @@ q "
        "ORDER BY score, e.id LIMIT :limit"
    )
    return _dicts(store, query, {"q": words, "limit": limit})


def places_in_articles(store: Store, article_ids: list[str]) -> list[dict[str, Any]]:
    """Geocoded place mentions of the given articles (to locate events by their `location` words)."""
    p = schema.places
    wanted = sorted(set(article_ids))
    rows: list[dict[str, Any]] = []
    for start in range(0, len(wanted), 500):
        rows += _dicts(store, select(p).where(p.c.article_id.in_(wanted[start:start + 500])).order_by(p.c.article_id, p.c.start))
    return rows


def dated_sentences(store: Store, article_ids: list[str]) -> set[tuple[str, int]]:
    """(article, sentence) pairs whose sentence holds a date or time expression: an event there was
    dated by its own words, not carried over from a sentence before it."""
    t = schema.timexes
    wanted = sorted(set(article_ids))
    found: set[tuple[str, int]] = set()
    for start in range(0, len(wanted), 500):
        query = (select(t.c.article_id, t.c.sentence).distinct()
                 .where(t.c.article_id.in_(wanted[start:start + 500]), t.c.type.in_(("DATE", "TIME"))))
        found.update((row["article_id"], row["sentence"]) for row in _dicts(store, query))
    return found


def events_version(store: Store) -> tuple[int, int]:
    """(highest event id, times events were rewritten): changes whenever events are written or re-read,
    so what is computed over all events can be kept until then. Both are index lookups, not counts."""
    ev = schema.events
    state = schema.store_state
    with store.engine.connect() as conn:
        highest = conn.execute(select(func.max(ev.c.id))).scalar()
        rewritten = conn.execute(select(state.c.value).where(state.c.name == "events_rewritten")).scalar()
    return int(highest or 0), int(rewritten or 0)


_FREQUENCY_STATE = ("frequencies_max_id", "frequencies_rewritten", "frequencies_sentences")


def stored_word_frequencies(store: Store, version: tuple[int, int]) -> tuple[int, dict[str, int]] | None:
    """(sentences, word -> sentences holding it) as stored for this events version, or None."""
    state = schema.store_state
    with store.engine.connect() as conn:
        values = dict(conn.execute(select(state.c.name, state.c.value).where(state.c.name.in_(_FREQUENCY_STATE))).all())
        if (values.get(_FREQUENCY_STATE[0]), values.get(_FREQUENCY_STATE[1])) != version:
            return None
        counts = dict(conn.execute(select(schema.word_frequencies.c.word, schema.word_frequencies.c.sentences)).all())
    return int(values[_FREQUENCY_STATE[2]]), counts


def save_word_frequencies(store: Store, version: tuple[int, int], sentences: int, counts: dict[str, int]) -> None:
    """Keep word frequencies for an events version (replacing those of an older one)."""
    state = schema.store_state
    with store.engine.begin() as conn:
        conn.execute(delete(schema.word_frequencies))
        if counts:
            conn.execute(insert(schema.word_frequencies), [{"word": w, "sentences": n} for w, n in counts.items()])
        conn.execute(delete(state).where(state.c.name.in_(_FREQUENCY_STATE)))
        conn.execute(insert(state), [{"name": name, "value": value}
                                     for name, value in zip(_FREQUENCY_STATE, (*version, sentences), strict=True)])


def evidence_sentences(store: Store) -> list[str]:
    """The text of every sentence that states an event, once per sentence."""
    ev = schema.events
    query = select(ev.c.article_id, ev.c.sentence, func.min(ev.c.evidence_text).label("text")).group_by(ev.c.article_id, ev.c.sentence)
    return [row["text"] for row in _dicts(store, query)]


def stored_answer(store: Store, key: str, version: tuple[int, int]) -> str | None:
    """The clustered answer kept under `key` (JSON) if it was computed at this events version."""
    kept = schema.clustered_answers
    with store.engine.connect() as conn:
        row = conn.execute(select(kept.c.max_id, kept.c.rewritten, kept.c.entries).where(kept.c.key == key)).first()
    if row is None or (row.max_id, row.rewritten) != version:
        return None
    return row.entries


def save_answer(store: Store, key: str, version: tuple[int, int], mentions: int, entries: str) -> None:
    """Keep a clustered answer for an events version; answers of other versions are dropped, as no
    question can use them again."""
    kept = schema.clustered_answers
    stale = or_(kept.c.max_id != version[0], kept.c.rewritten != version[1])
    with store.engine.begin() as conn:
        conn.execute(delete(kept).where(or_(kept.c.key == key, stale)))
        conn.execute(insert(kept).values(key=key, max_id=version[0], rewritten=version[1], mentions=mentions,
                                         entries=entries))
