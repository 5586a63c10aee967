"""The answers: one module per question, used alike by the CLI, the API and the UI. The store keeps
the SQL (datelines/store/queries.py); these modules shape, cluster and count what it returns.

    events.py    events by actor (role wildcards), dyad, root or code, date, modality, confidence, words
    clusters.py  one event across many reports
    cluster_cache.py, kept_answer.py  clustered answers of busy questions kept in the store, compact
    timeline.py  the history of an actor, a dyad or a topic, one entry per real event
    series.py    a dyad by week, month or year: counts by quad class, Goldstein sum and mean
    search.py    ranked full text over articles and evidence sentences
    network.py   actors as nodes, dyads as weighted, signed edges
    frames.py    pandas DataFrames of any of them (pandas installed apart)
"""

from __future__ import annotations

from datelines.query.clusters import ClusterSettings, cluster_events, clustered_events
from datelines.query.events import QueryError, event_filter, events
from datelines.query.frames import to_frame
from datelines.query.network import network
from datelines.query.search import search
from datelines.query.series import series
from datelines.query.timeline import timeline

__all__ = [
    "ClusterSettings", "QueryError", "cluster_events", "clustered_events", "event_filter", "events",
    "network", "search", "series", "timeline", "to_frame",
]
