"""What keeps answers fast on large stores: the word frequencies kept in the store for an events
version, a version read without counting events, prefix filters an index can serve, and dyads sought
by their stored codes (SQLite) or before their coding is checked (PostgreSQL), selecting the same."""

from __future__ import annotations

import fnmatch
import re
from dataclasses import replace
from pathlib import Path

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


_DYAD_EVENTS = [  # (source, target, date): busy sides with many codes, a lower-case code, odd dates
    ("TUR", "RUS", "2015-11-24"), ("TURMIL", "RUSMIL", "2015-11"), ("RUSGOV", "TURGOV", "2015"),
    ("TURGOV", "RUS", "2016-01-02"), ("RUS", "TURMIL", "2014-12-31"), ("TUR", "SYR", "2015-11-24"),
    ("TURKEY", "RUS", "2015-06-01"), ("tur", "RUS", "2015-06-01"), ("SYR", "RUSGOV", "2015-10-01"),
    ("TUR", "RUS", None), ("USAGOV", "RUSGOV", "2015-12"), ("RUS_X", "TUR%", "2015-03-03"),
]
_DYAD_FILTERS = [
    {"dyad": ("TUR", "RUS")}, {"dyad": ("RUS", "TUR"), "directed": True}, {"dyad": ("TUR", "RUS"), "since": "2015"},
    {"dyad": ("TUR", "RUS"), "since": "2015", "until": "2015"}, {"dyad": ("TUR", "RUS"), "until": "2015-11"},
    {"dyad": ("TURMIL", "RUS")}, {"dyad": ("TUR*", "RUS")}, {"dyad": ("*GOV", "RUS*")}, {"dyad": ("tur", "rus")},
    {"dyad": ("TUR%", "RUS_")}, {"dyad": ("RUS_", "TUR%")}, {"dyad": ("TUR", "ISR")}, {"dyad": ("TUR", "TUR")},
]


def _dyad_store(target: Store | Path) -> Store:
    """A store (or a new SQLite file) holding _DYAD_EVENTS, one article each."""
    filled = target if isinstance(target, Store) else Store(target)
    for number, (source, target_code, when) in enumerate(_DYAD_EVENTS):
        article = _article(f"Event {number} between {source} and {target_code}.", id=f"d{number}")
        reading = _reading(article)
        reading.events = [replace(reading.events[0], source=source, target=target_code, date=when)]
        filled.save_article(article, reading)
    return filled


@pytest.mark.parametrize("options", _DYAD_FILTERS)
def test_a_dyad_sought_by_its_stored_codes_selects_the_same_events(tmp_path, options):
    sqlite = _dyad_store(tmp_path / "d.db")
    flt = queries.EventFilter(**options, modalities=())  # every modality and confidence, patterns unchecked
    with sqlite.engine.connect() as conn:
        by_range = [row.id for row in conn.execute(queries.event_query(flt, "sqlite"))]
    by_codes = [event["id"] for event in queries.list_events(sqlite, flt)]
    assert by_codes == by_range
    if options["dyad"] == ("TUR", "RUS"):
        assert len(by_codes) >= 4


def test_a_dyad_with_a_busy_side_is_sought_in_the_index_by_codes_and_dates(tmp_path):
    sqlite = _dyad_store(tmp_path / "d.db")
    # every modality and confidence: no index on those to weigh against the dyad's (a store without
    # ANALYZE statistics may prefer the modality index for `asserted`, with codes or ranges alike)
    flt = event_filter(dyad=("TUR", "RUS"), since="2015", until="2015", all_modalities=True, all_confidences=True)
    codes = queries.dyad_codes(sqlite, flt)
    assert codes[("source", "TUR")] == ["TUR", "TURGOV", "TURKEY", "TURMIL"]
    query = queries.event_query(flt, "sqlite", codes)
    compiled = query.compile(compile_kwargs={"literal_binds": True})
    with sqlite.engine.connect() as conn:
        plan = " ".join(str(row[-1]) for row in conn.execute(text(f"EXPLAIN QUERY PLAN {compiled}")))
    assert re.search(r"\((source|target)=\? AND (source|target)=\? AND date>\? AND date<\?\)", plan), plan


def _selects(pattern: str, code: str | None) -> bool:
    """A code pattern as the store reads it: a prefix, `*` standing for any characters (codes are upper case;
    a stored lower-case code is no code)."""
    return code is not None and fnmatch.fnmatchcase(code, pattern.upper() + ("" if "*" in pattern else "*"))


@pytest.mark.parametrize("options", [o for o in _DYAD_FILTERS if not set("%_") & set("".join(o["dyad"]))])
def test_dyad_listings_select_what_the_filter_says_on_both_backends(store, options):  # noqa: F811
    _dyad_store(store)
    flt = queries.EventFilter(**options, modalities=())
    a, b = flt.dyad
    expected = sorted(
        (f"d{n}", source, target) for n, (source, target, when) in enumerate(_DYAD_EVENTS)
        if (_selects(a, source) and _selects(b, target) or not flt.directed and _selects(b, source) and _selects(a, target))
        and (not flt.since or (when or "") >= flt.since and when is not None)
        and (not flt.until or (when is not None and when[:len(flt.until)] <= flt.until)))
    listed = sorted((e["article_id"], e["source"], e["target"]) for e in queries.list_events(store, flt))
    assert listed == expected
