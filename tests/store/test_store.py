"""The store on real SQLite: migrations, atomic article writes, idempotency, search, filters."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from datelines.model import Article, Entity, Event, Evidence, Quantity, Reading
from datelines.store import Store, database_url, queries
from tests.conftest import fresh_postgres_url


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path):
    """The same tests on both backends; PostgreSQL where DATELINES_TEST_POSTGRES_URL names one."""
    if request.param == "sqlite":
        s = Store(tmp_path / "t.db")
    else:
        s = Store(fresh_postgres_url())
    yield s
    s.close()


def _article(text: str = "Turkey and Russia signed a deal in Ankara.", published: date = date(2018, 4, 3), id: str = "a1") -> Article:
    return Article(id=id, text=text, published=published, source="test.txt", title="Deal")


def _reading(article: Article) -> Reading:
    ev = Evidence(0, 0, len(article.text), article.text)
    return Reading(
        published=article.published,
        pipeline_version="v1",
        sentences=[(0, len(article.text))],
        entities=[Entity("Turkey", "GPE", 0, 6, 0), Entity("Russia", "GPE", 11, 17, 0)],
        events=[
            Event("TUR", "RUS", "057", "05", 8.0, 1, "AGREE", "2015-11", "month", "text", "asserted", ev, trigger="signed"),
            Event("RUS", "TUR", "036", "03", 4.0, 1, None, "2018-04-03", "day", "publication", "planned", ev),
        ],
        quantities=[Quantity(4800.0, "megawatt", Evidence(0, 0, 5, "Turke"), about="plant")],
    )


@pytest.mark.parametrize(
    ("given", "url"),
    [("x.db", "sqlite:///x.db"), (":memory:", "sqlite://"), ("postgresql+psycopg://u@h/db", "postgresql+psycopg://u@h/db")],
)
def test_database_url(given, url):
    assert database_url(given) == url


def test_migrations_run_once_and_record_version(tmp_path):
    first = Store(tmp_path / "m.db")
    assert first.migrations_applied == ["create tables", "full-text search on articles", "actor aliases", "event confidence",
                                        "speech act links", "full-text search on event evidence",
                                        "large stores: dyad indexes, stored word frequencies",
                                        "kept clustered answers", "kept clustered answers in compact form"]
    again = Store(tmp_path / "m.db")
    assert again.migrations_applied == []
    assert again.schema_version() == 9


def test_a_store_made_before_confidences_gets_the_column(tmp_path):
    path = tmp_path / "old.db"
    Store(path)
    with Store(path).connect() as conn:  # make it look like a store of schema version 3
        conn.execute(text("DROP INDEX ix_events_confidence"))
        conn.execute(text("ALTER TABLE events DROP COLUMN confidence"))
        conn.execute(text("DELETE FROM schema_migrations WHERE version >= 4"))
        conn.commit()
    upgraded = Store(path)
    assert upgraded.migrations_applied == ["event confidence", "speech act links", "full-text search on event evidence",
                                           "large stores: dyad indexes, stored word frequencies", "kept clustered answers",
                                           "kept clustered answers in compact form"]
    with upgraded.connect() as conn:
        columns = {row[1] for row in conn.execute(text("PRAGMA table_info(events)"))}
    assert "confidence" in columns


def test_sqlite_runs_in_wal_mode(tmp_path):
    store = Store(tmp_path / "w.db")
    with store.connect() as conn:
        assert conn.execute(text("PRAGMA journal_mode")).scalar() == "wal"


def test_save_is_idempotent(store):
    article = _article()
    assert store.save_article(article, _reading(article)) is True
    assert store.save_article(article, _reading(article)) is False
    counts = queries.stats(store)["counts"]
    assert counts["articles"] == 1 and counts["events"] == 2 and counts["entities"] == 2


def test_failed_write_leaves_nothing_behind(store):
    article = _article()
    reading = _reading(article)
    reading.events[0].code = None  # violates NOT NULL inside the same transaction
    with pytest.raises(IntegrityError):
        store.save_article(article, reading)
    assert store.article_source("a1") is None
    assert queries.stats(store)["counts"]["entities"] == 0


def test_get_article_with_reading_and_prefix(store):
    article = _article()
    store.save_article(article, _reading(article))
    assert queries.resolve_article_id(store, "a") == "a1"
    full = queries.get_article(store, "a1")
    assert full["published"] == "2018-04-03"
    assert [e["code"] for e in full["events"]] == ["057", "036"]
    assert full["events"][0]["evidence"] == {"sentence": 0, "start": 0, "end": len(article.text), "text": article.text}
    assert full["quantities"][0]["unit"] == "megawatt"


@pytest.mark.parametrize(
    ("flt", "codes"),
    [
        (queries.EventFilter(), ["057"]),
        (queries.EventFilter(modalities=()), ["057", "036"]),
        (queries.EventFilter(modalities=("planned",)), ["036"]),
        (queries.EventFilter(dyad=("RUS", "TUR")), ["057"]),
        (queries.EventFilter(actors=["TUR", "RUS"], modalities=()), ["057", "036"]),
        (queries.EventFilter(actors=["USA"]), []),
        (queries.EventFilter(roots=["5"]), ["057"]),
        (queries.EventFilter(since="2016"), []),
        (queries.EventFilter(until="2015-11", modalities=()), ["057"]),
        (queries.EventFilter(until="2015-10", modalities=()), []),
        (queries.EventFilter(date_source="publication", modalities=()), ["036"]),
    ],
)
def test_event_filters(store, flt, codes):
    article = _article()
    store.save_article(article, _reading(article))
    assert [e["code"] for e in queries.list_events(store, flt)] == codes


def test_replace_reading_swaps_atomically(store):
    article = _article()
    store.save_article(article, _reading(article))
    new = Reading(published=article.published, pipeline_version="v2", sentences=[(0, 5)])
    store.replace_reading("a1", new)
    assert queries.stats(store)["counts"]["events"] == 0
    assert [a["pipeline_version"] for a in queries.list_articles(store)] == ["v2"]
    assert list(store.iter_articles_for_reading(stale_for="v2")) == []


def test_full_text_search(store):
    for i, words in enumerate(["Turkey buys missiles from Russia", "Floods in Kerala kill hundreds"]):
        a = _article(words, id=f"id{i}")
        store.save_article(a, _reading(a))
    hits = queries.search_articles(store, "missiles")
    assert [h["id"] for h in hits] == ["id0"]
    assert "[missiles]" in hits[0]["snippet"]
    assert [h["id"] for h in queries.search_articles(store, "missile")] == ["id0"]  # stemmed on both backends


def test_ingest_log_summary(store):
    store.log_input("r1", "a.txt", "stored", article_id="a1")
    store.log_input("r1", "b.txt", "skipped", reason="empty")
    store.log_input("r2", "b.txt", "skipped", reason="empty")
    assert store.ingest_summary("r1") == {"stored": 1, "skipped:empty": 1}
    assert store.ingest_summary() == {"stored": 1, "skipped:empty": 2}


def test_registry_round_trip(store):
    rows = [{"name": "Vladimir Putin", "code": "RUSGOV", "count": 3, "first_seen": date(2015, 1, 1), "last_seen": date(2018, 4, 3)}]
    store.save_registry(rows, [("Vladimir Putin", "Putin")])
    assert store.affiliation_rows() == [{**rows[0], "first_seen": "2015-01-01", "last_seen": "2018-04-03"}]
    assert store.alias_pairs() == [("Vladimir Putin", "Putin")]
    listing = queries.list_actors(store)
    assert listing[0]["aliases"] == ["Putin"] and listing[0]["best_code"] == "RUSGOV" and listing[0]["mentions"] == 3


def test_a_speech_act_and_the_act_it_announces_are_linked_by_id(tmp_path):
    from datelines.read.reading import read

    text = "The United States urged Iran to free the crew of the tanker on Monday."
    article = Article("a1", text, date(2019, 7, 23))
    store = Store(tmp_path / "s.db")
    store.save_article(article, read(text, article.published))
    events = queries.list_events(store, queries.EventFilter(modalities=()))
    appeal = next(e for e in events if e["code"] == "020")
    release = next(e for e in events if e["code"].startswith("084"))
    assert appeal["announces"] == release["id"] and release["content_of"] == appeal["id"]
    assert release["modality"] == "hypothetical" and appeal["target"] == "IRNGOV"
