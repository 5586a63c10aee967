"""Timelines: the history of an actor, a dyad or a topic, one entry per real event.

The events a filter selects are clustered (datelines.query.clusters) so that an event told by ten
articles is one entry with ten reports, then ordered by event date (an ISO prefix before the days it
covers: 2015-11 before 2015-11-24). Each entry keeps its precision and every evidence sentence, so a
reader can check it sentence by sentence.
"""

from __future__ import annotations

from typing import Any

from datelines.query.clusters import DEFAULT_SETTINGS, ClusterSettings, clustered_page
from datelines.query.events import QueryError, event_filter
from datelines.store import Store


def timeline(
    store: Store,
    actors: list[str] | tuple[str, ...] = (),
    *,
    topic: str | None = None,
    directed: bool = False,
    roots: list[str] | tuple[str, ...] = (),
    since: str | None = None,
    until: str | None = None,
    modalities: list[str] | tuple[str, ...] | None = None,
    all_modalities: bool = False,
    all_confidences: bool = False,
    limit: int | None = None,
    offset: int = 0,
    settings: ClusterSettings = DEFAULT_SETTINGS,
) -> dict[str, Any]:
    """`{"query": ..., "total": n, "events": [...]}`: one actor (its events as source or target), two
    actors (their dyad, either direction unless `directed`), and/or a topic (words the evidence must
    hold). Each event: date, precision, root, code, source, target, modality, reports (articles),
    mentions, first_report, sources, evidence (every sentence that tells it)."""
    actors = list(actors)
    if len(actors) > 2:
        raise QueryError("a timeline is of one actor or of a dyad (two actors)")
    if not actors and not topic:
        raise QueryError("a timeline needs an actor, a dyad or a topic")
    if offset < 0:
        raise QueryError("offset must not be negative")
    flt = event_filter(
        actors=actors if len(actors) == 1 else (),
        dyad=tuple(actors) if len(actors) == 2 else None,
        directed=directed,
        roots=roots,
        since=since,
        until=until,
        modalities=modalities,
        all_modalities=all_modalities,
        all_confidences=all_confidences,
        text=topic,
    )
    total, page = clustered_page(store, flt, settings, offset, limit)
    return {
        "query": {
            "actors": actors, "topic": topic, "directed": directed and len(actors) == 2,
            "modalities": list(flt.modalities) or "all", "min_confidence": flt.min_confidence,
            "since": flt.since, "until": flt.until,
        },
        "total": total,
        "events": page,
    }
