"""Search over articles and evidence sentences, on both backends; the evidence index of older stores."""

from __future__ import annotations

import json
from datetime import date

import pytest
from sqlalchemy import text
from typer.testing import CliRunner

from datelines.cli import app
from datelines.model import Reading
from datelines.query import QueryError, search
from datelines.store import Store, queries
from tests.query import stores


def test_evidence_is_searched_and_ranked(turkey_store):
    hits = search(turkey_store, "shot down bomber")
    assert hits
    top = hits[0]
    assert top["evidence"], "the best article states the event in the words searched for"
    sentence = top["evidence"][0]
    assert "shot down" in sentence["text"] and "[" in sentence["snippet"]
    assert any(e["code"].startswith("19") for e in sentence["events"])
    assert [h["score"] for h in hits] == sorted((h["score"] for h in hits), reverse=True)
    with_evidence = [h for h in hits if h["evidence"]]
    without = [h for h in hits if not h["evidence"]]
    assert not without or min(h["score"] for h in with_evidence) >= max(h["score"] for h in without) - 1e-9


def test_article_words_still_find_articles(turkey_store):
    hits = search(turkey_store, "pipeline")
    assert hits and all(set(hit) >= {"id", "published", "title", "snippet", "evidence"} for hit in hits)


@pytest.mark.parametrize("words", ["S-400", '"unbalanced', "NOT", "AND OR", "pipe*"])
def test_any_words_search_without_error(turkey_store, words):
    assert isinstance(search(turkey_store, words), list)


def test_stemmed_search_finds_inflections(turkey_store):
    assert search(turkey_store, "shooting") and search(turkey_store, "shoot")


@pytest.mark.parametrize(("words", "limit"), [("", 10), ("   ", 10), ("jet", 0)])
def test_empty_searches_are_query_errors(turkey_store, words, limit):
    with pytest.raises(QueryError):
        search(turkey_store, words, limit)


def test_search_command_keeps_its_shape(demo_store):
    runner = CliRunner()
    db = demo_store.url.removeprefix("sqlite:///")
    result = runner.invoke(app, ["search", "Kerch OR Kashmir", "--db", db, "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert {h["published"] for h in json.loads(result.stdout)} >= {"2019-02-26"}
    table = runner.invoke(app, ["search", "S-400", "--db", db], catch_exceptions=False)
    assert table.exit_code == 0 and "evidence_sentences" in table.stdout
    assert runner.invoke(app, ["search", " ", "--db", db]).exit_code == 2


def test_a_store_made_before_the_evidence_index_gets_it(tmp_path):
    path = tmp_path / "old.db"
    store = Store(path)
    stores.ingest(store, [stores.CORPUS / "2015-11-24-jet-downing.txt"])
    with store.connect() as conn:  # make it look like a store of schema version 5
        for trigger in ("events_fts_ai", "events_fts_ad", "events_fts_au"):
            conn.execute(text(f"DROP TRIGGER {trigger}"))
        conn.execute(text("DROP TABLE events_fts"))
        conn.execute(text("DELETE FROM schema_migrations WHERE version = 6"))
        conn.commit()
    upgraded = Store(path)
    assert upgraded.migrations_applied == ["full-text search on event evidence"]
    assert queries.search_evidence(upgraded, "shot down")
    article_id = queries.list_articles(upgraded)[0]["id"]
    upgraded.replace_reading(article_id, Reading(published=date(2015, 11, 24), pipeline_version="v2", sentences=[(0, 5)]))
    assert queries.search_evidence(upgraded, "shot down") == []  # deleted events leave the index
