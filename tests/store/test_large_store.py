"""What keeps answers fast on large stores: the word frequencies kept in the store for an events
version, a version read without counting events, and prefix filters an index can serve."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from datelines.query import clusters
from datelines.query.events import event_filter
from datelines.store import Store, queries
from tests.store.test_store import _article, _reading, store  # noqa: F401 - the two-backend fixture


def test_the_events_version_moves_with_every_write_of_events(store):  # noqa: F811
    before = queries.events_version(store)
    article = _article()
    store.save_article(article, _reading(article))
    written = queries.events_version(store)
    assert written != before
    store.replace_reading(article.id, _reading(article))
    assert queries.events_version(store) not in (before, written)
    empty = _reading(article)
    empty.events = []
    rewritten = queries.events_version(store)
    store.replace_reading(article.id, empty)  # fewer events, the highest id may stay: the counter moves
    assert queries.events_version(store) != rewritten


def test_word_frequencies_are_counted_once_then_read_from_the_store(store, monkeypatch):  # noqa: F811
    article = _article()
    store.save_article(article, _reading(article))
    counted = clusters.store_frequencies(store)
    assert counted.sentences == 1 and counted.counts["deal"] == 1
    clusters._store_frequencies.clear()  # a new process
    monkeypatch.setattr(queries, "evidence_sentences", lambda s: pytest.fail("counted again"))
    assert clusters.store_frequencies(store) == counted


def test_stale_word_frequencies_are_counted_again(store):  # noqa: F811
    store.save_article(_article(), _reading(_article()))
    clusters.store_frequencies(store)
    second = _article("Russia and Turkey signed a second deal on gas.", id="a2")
    store.save_article(second, _reading(second))
    assert queries.stored_word_frequencies(store, queries.events_version(store)) is None
    assert clusters.store_frequencies(store).sentences == 2


def test_a_code_prefix_is_served_by_an_index_on_sqlite(tmp_path):
    sqlite = Store(tmp_path / "i.db")
    query = queries.event_query(event_filter(dyad=("TUR", "RUS")), "sqlite")
    compiled = query.compile(compile_kwargs={"literal_binds": True})
    with sqlite.engine.connect() as conn:
        plan = " ".join(str(row[-1]) for row in conn.execute(text(f"EXPLAIN QUERY PLAN {compiled}")))
    assert "USING INDEX" in plan and "SCAN events" not in plan


def test_bulk_saves_skip_what_is_stored_and_log_it(store):  # noqa: F811
    first, second = _article(), _article("Another text entirely.", id="a2")
    assert store.save_articles([(first, _reading(first), None)]) == [True]
    log = [{"run_id": "r", "source": a.source, "status": "stored", "article_id": a.id} for a in (first, second)]
    assert store.save_articles([(first, _reading(first), None), (second, _reading(second), b"x")], log) == [False, True]
    assert store.ingest_summary("r") == {"already_stored": 1, "stored": 1}
    assert queries.stats(store)["counts"]["events"] == 4
