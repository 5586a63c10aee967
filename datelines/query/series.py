"""Series: a dyad's events counted by week, month or year.

Asserted events only, clustered (an event reported ten times counts once), at or above the record's
confidence threshold unless asked. Each period holds the number of events, their counts by quad class
(1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict) and the sum and
mean of their Goldstein scores. An event dated less precisely than the periods (a year-dated event in
a monthly series) cannot be placed in one: it is counted apart, under `imprecise`, by its own date.
Periods between the first and the last (or `since` and `until`) are all listed, empty ones with zeros.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from datelines.ontology.cameo import QUAD_NAMES
from datelines.query.clusters import DEFAULT_SETTINGS, ClusterSettings, clustered_heads, date_interval
from datelines.query.events import QueryError, event_filter
from datelines.store import Store

PERIODS = ("week", "month", "year")
# The coarsest date precision each period can place.
PLACEABLE = {"week": {"day"}, "month": {"day", "month"}, "year": {"day", "month", "year"}}


def period_of(day: date, by: str) -> str:
    if by == "week":
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}"
    if by == "month":
        return f"{day.year:04d}-{day.month:02d}"
    return f"{day.year:04d}"


def period_start(day: date, by: str) -> date:
    if by == "week":
        return day - timedelta(days=day.weekday())
    if by == "month":
        return day.replace(day=1)
    return day.replace(month=1, day=1)


def _next(start: date, by: str) -> date:
    if by == "week":
        return start + timedelta(days=7)
    if by == "month":
        return date(start.year + start.month // 12, start.month % 12 + 1, 1)
    return date(start.year + 1, 1, 1)


def _empty(period: str, start: date) -> dict[str, Any]:
    return {"period": period, "start": start.isoformat(), "events": 0,
            **{f"quad{q}": 0 for q in QUAD_NAMES}, "goldstein_sum": 0.0, "goldstein_mean": None}


def _add(bucket: dict[str, Any], event: dict[str, Any]) -> None:
    bucket["events"] += 1
    if event.get("quad") in QUAD_NAMES:
        bucket[f"quad{event['quad']}"] += 1
    bucket["goldstein_sum"] = round(bucket["goldstein_sum"] + (event.get("goldstein") or 0.0), 4)
    bucket["goldstein_mean"] = round(bucket["goldstein_sum"] / bucket["events"], 4)


def series(
    store: Store,
    source: str,
    target: str,
    *,
    by: str = "month",
    directed: bool = False,
    since: str | None = None,
    until: str | None = None,
    all_confidences: bool = False,
    fill: bool = True,
    settings: ClusterSettings = DEFAULT_SETTINGS,
) -> dict[str, Any]:
    """`{"dyad": [a, b], "by": ..., "periods": [...], "imprecise": [...], "events": n}`."""
    if by not in PERIODS:
        raise QueryError(f"--by must be one of {', '.join(PERIODS)}")
    flt = event_filter(dyad=(source, target), directed=directed, since=since, until=until,
                       modalities=("asserted",), all_confidences=all_confidences)
    clustered = clustered_heads(store, flt, settings)
    buckets: dict[str, dict[str, Any]] = {}
    imprecise: dict[str, dict[str, Any]] = {}
    for event in clustered:
        interval = date_interval(event.get("date"))
        if interval is None:
            continue
        if event.get("precision") in PLACEABLE[by]:
            start = period_start(interval[0], by)
            key = period_of(interval[0], by)
            _add(buckets.setdefault(key, _empty(key, start)), event)
        else:
            key = event["date"]
            _add(imprecise.setdefault(key, {**_empty(key, interval[0]), "precision": event.get("precision")}), event)
    periods = sorted(buckets.values(), key=lambda b: b["start"])
    if fill and (periods or (since and until)):
        periods = _filled(periods, by, since, until)
    return {
        "dyad": [flt.dyad[0], flt.dyad[1]],
        "directed": directed,
        "by": by,
        "min_confidence": flt.min_confidence,
        "quad_names": {f"quad{q}": name for q, name in QUAD_NAMES.items()},
        "events": sum(b["events"] for b in periods),
        "periods": periods,
        "imprecise": sorted(imprecise.values(), key=lambda b: b["start"]),
    }


def _filled(periods: list[dict[str, Any]], by: str, since: str | None, until: str | None) -> list[dict[str, Any]]:
    """Every period from the first to the last (or the bounds asked), empty ones with zeros."""
    bounds_low = date_interval(since) if since else None
    bounds_high = date_interval(until) if until else None
    first = period_start(bounds_low[0], by) if bounds_low else date.fromisoformat(periods[0]["start"])
    last = period_start(bounds_high[1], by) if bounds_high else date.fromisoformat(periods[-1]["start"])
    present = {b["start"]: b for b in periods}
    out = []
    current = first
    while current <= last and len(out) < 100_000:
        key = current.isoformat()
        out.append(present.get(key) or _empty(period_of(current, by), current))
        current = _next(current, by)
    return out
