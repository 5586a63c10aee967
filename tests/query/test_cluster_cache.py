"""Clustered answers kept in the store give exactly the clusters of question time, and are never used
once new events arrive."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import func, select

from datelines.query import cluster_cache, clusters
from datelines.query.events import event_filter
from datelines.query.series import series
from datelines.query.timeline import timeline
from datelines.store import Store, queries, schema
from tests.query import stores
from tests.store.test_store import _article, _reading

FILTERS = [
    {"dyad": ("TUR", "RUS")},
    {"dyad": ("RUS", "TUR"), "since": "2015", "until": "2015"},
    {"dyad": ("TUR", "RUS"), "directed": True, "all_modalities": True},
    {"actors": ("TUR",), "all_confidences": True},
]


@pytest.fixture(scope="module")
def turkey(tmp_path_factory) -> Store:
    store = Store(tmp_path_factory.mktemp("kept") / "k.db")
    stores.ingest(store, stores.TURKEY_RUSSIA[:-1])  # the last article arrives in a test
    yield store
    store.close()


def _kept(store: Store) -> int:
    with store.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(schema.clustered_answers)).scalar()


def _never_cluster(monkeypatch) -> None:
    monkeypatch.setattr(clusters, "cluster_now", lambda *a, **k: pytest.fail("clustered at question time"))


def test_small_answers_are_not_kept(turkey):
    timeline(turkey, ["TUR", "RUS"])
    assert _kept(turkey) == 0


@pytest.mark.parametrize("options", FILTERS)
def test_a_kept_answer_is_the_clustering_of_question_time(turkey, monkeypatch, options):
    monkeypatch.setattr(cluster_cache, "MIN_MENTIONS", 1)
    flt = event_filter(**options)
    now = clusters.cluster_now(turkey, flt)
    assert now  # the filters select events
    assert clusters.clustered_events(turkey, flt) == now  # computed, then kept
    _never_cluster(monkeypatch)
    assert clusters.clustered_events(turkey, flt) == now  # read back


def test_timelines_and_series_of_a_warmed_store_read_kept_answers(turkey, monkeypatch):
    monkeypatch.setattr(cluster_cache, "MIN_MENTIONS", 1)
    busy = cluster_cache.busy_dyad_years(turkey)
    assert ("RUSMIL", "TURMIL", "2015") in busy
    answers = {(s, t, y): (timeline(turkey, [s, t], since=y, until=y), series(turkey, s, t, since=y, until=y))
               for s, t, y in busy}
    cluster_cache.warm(turkey)
    _never_cluster(monkeypatch)
    for (s, t, y), (line, by_month) in answers.items():
        assert timeline(turkey, [t, s], since=y, until=y)["events"] == line["events"]  # either order
        assert series(turkey, s, t, since=y, until=y) == by_month


def test_new_events_make_every_kept_answer_stale(turkey, monkeypatch):
    monkeypatch.setattr(cluster_cache, "MIN_MENTIONS", 1)
    flt = event_filter(dyad=("TUR", "RUS"))
    before = clusters.clustered_events(turkey, flt)
    stores.ingest(turkey, stores.TURKEY_RUSSIA[-1:])  # Sochi, 2019: new TUR-RUS events
    after = clusters.cluster_now(turkey, flt)
    assert after != before
    assert clusters.clustered_events(turkey, flt) == after
    assert _kept(turkey) == 1  # the answers of the old events version are gone


def test_busy_dyad_years_are_named_as_questions_name_them(tmp_path):
    """ISR-PSE asks for ISRGOV-PSECVL too: three events in 2017, none twice under the same codes."""
    store = Store(tmp_path / "b.db")
    for number, (source, target, when) in enumerate([("ISRGOV", "PSECVL", "2017-03-01"), ("ISRMIL", "PSE", "2017-05"),
                                                     ("PSECVL", "ISR", "2017"), ("ISR", "PSE", "2016-01-01")]):
        article = _article(f"Event {number}.", id=f"b{number}")
        reading = _reading(article)
        reading.events = [replace(reading.events[0], source=source, target=target, date=when)]
        store.save_article(article, reading)
    assert cluster_cache.busy_dyad_years(store, 3) == [("ISR", "PSE", "2017")]
    assert cluster_cache.busy_dyad_years(store, 2) == [("ISR", "PSE", "2017"), ("ISR", "PSECVL", "2017")]
    asked = event_filter(dyad=("PSE", "ISR"), since="2017", until="2017", all_confidences=True)
    assert len(queries.list_events(store, asked)) == 3
