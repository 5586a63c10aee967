"""The network of actors: who acts on whom, how often, cooperating or in conflict.

Nodes are actors (full codes, or countries and organisations with `level="country"`); a directed edge
from source to target counts their clustered events (an event reported ten times counts once) and
carries the sum and mean of their Goldstein scores, its sign (+1 cooperation, -1 conflict, 0 neutral)
and counts by quad class. Events missing a side are left out. The same filter as every listing:
asserted events at or above the record's confidence threshold unless asked.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from datelines.ontology.cameo import QUAD_NAMES
from datelines.query.clusters import DEFAULT_SETTINGS, ClusterSettings, clustered_heads, principal
from datelines.query.events import QueryError
from datelines.store import Store
from datelines.store.queries import EventFilter

LEVELS = ("actor", "country")


def network(store: Store, flt: EventFilter, level: str = "actor", min_events: int = 1,
            settings: ClusterSettings = DEFAULT_SETTINGS) -> dict[str, Any]:
    """`{"level": ..., "nodes": [{id, events, as_source, as_target}], "edges": [{source, target,
    events, goldstein_sum, goldstein_mean, sign, quad1..quad4}]}`, heaviest first."""
    if level not in LEVELS:
        raise QueryError(f"level must be one of {', '.join(LEVELS)}")
    node_of = (lambda code: code) if level == "actor" else principal
    edges: dict[tuple[str, str], dict[str, Any]] = {}
    for event in clustered_heads(store, flt, settings):
        if not event.get("source") or not event.get("target"):
            continue
        source, target = node_of(event["source"]), node_of(event["target"])
        if source == target and level == "country":
            continue  # a country acting on itself is not a link in a network of countries
        edge = edges.setdefault((source, target), {"source": source, "target": target, "events": 0,
                                                   "goldstein_sum": 0.0, **{f"quad{q}": 0 for q in QUAD_NAMES}})
        edge["events"] += 1
        edge["goldstein_sum"] = round(edge["goldstein_sum"] + (event.get("goldstein") or 0.0), 4)
        if event.get("quad") in QUAD_NAMES:
            edge[f"quad{event['quad']}"] += 1
    kept = [e for e in edges.values() if e["events"] >= min_events]
    nodes: dict[str, dict[str, Any]] = defaultdict(lambda: {"events": 0, "as_source": 0, "as_target": 0})
    for edge in kept:
        edge["goldstein_mean"] = round(edge["goldstein_sum"] / edge["events"], 4)
        edge["sign"] = (edge["goldstein_mean"] > 0) - (edge["goldstein_mean"] < 0)
        nodes[edge["source"]]["as_source"] += edge["events"]
        nodes[edge["target"]]["as_target"] += edge["events"]
        for end in (edge["source"], edge["target"]):
            nodes[end]["events"] += edge["events"]
    return {
        "level": level,
        "nodes": sorted(({"id": code, **counts} for code, counts in nodes.items()), key=lambda n: (-n["events"], n["id"])),
        "edges": sorted(kept, key=lambda e: (-e["events"], e["source"], e["target"])),
    }
