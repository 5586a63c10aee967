"""Events by actor (with role wildcards), dyad, CAMEO root or code, event date, modality, confidence
and words: one filter for the CLI, the API and the UI, checked before any SQL runs.

Actor patterns: `TUR` is a prefix (TUR, TURGOV, TURMIL...); with `*` the pattern is the whole code,
`*` standing for any characters: `TUR*` any Turkish actor, `*GOV` any government, `*REB*` any code
with the rebel role. Dates are ISO prefixes (2015, 2015-11, 2015-11-24) compared at their own
precision: `until 2015-11` keeps an event of 2015-11-24.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from datelines.ontology.event_judge import record_threshold
from datelines.store import Store, queries
from datelines.store.queries import EventFilter

MODALITIES = ("asserted", "negated", "planned", "expected", "hypothetical", "reported")
ACTOR_PATTERN = re.compile(r"^[A-Z*]{1,40}$")
DATE_PREFIX = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
CODE_PATTERN = re.compile(r"^\d{1,4}$")


class QueryError(ValueError):
    """A filter value that cannot be a filter (a usage error: exit 2 on the CLI, 400 from an API)."""


def actor_pattern(value: str) -> str:
    pattern = value.strip().upper()
    if not ACTOR_PATTERN.match(pattern) or pattern.strip("*") == "":
        raise QueryError(f"{value!r} is not an actor code or pattern (letters and *, e.g. TUR, TURGOV, TUR*, *GOV)")
    return pattern


def date_prefix(value: str | None, name: str) -> str | None:
    if value is None or value == "":
        return None
    if not DATE_PREFIX.match(value):
        raise QueryError(f"{name}: {value!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)")
    return value


def _codes(values: Iterable[str], name: str) -> list[str]:
    out = []
    for value in values:
        value = str(value).strip()
        if not CODE_PATTERN.match(value):
            raise QueryError(f"{name}: {value!r} is not a CAMEO code (digits, e.g. 19 or 190)")
        out.append(value)
    return out


def event_filter(
    *,
    actors: Iterable[str] = (),
    dyad: tuple[str, str] | list[str] | None = None,
    directed: bool = False,
    roots: Iterable[str] = (),
    codes: Iterable[str] = (),
    since: str | None = None,
    until: str | None = None,
    modalities: Iterable[str] | None = None,
    all_modalities: bool = False,
    all_confidences: bool = False,
    min_confidence: float | None = None,
    text: str | None = None,
    article_id: str | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> EventFilter:
    """A checked filter. Defaults are those of every listing: asserted events at or above the record's
    confidence threshold; `all_modalities` and `all_confidences` lift them."""
    if dyad is not None:
        if len(dyad) != 2:
            raise QueryError("a dyad is two actors")
        dyad = (actor_pattern(dyad[0]), actor_pattern(dyad[1]))
    chosen = tuple(modalities) if modalities else ("asserted",)
    unknown = [m for m in chosen if m not in MODALITIES]
    if unknown:
        raise QueryError(f"unknown modality {unknown[0]!r} (one of {', '.join(MODALITIES)})")
    if min_confidence is None and not all_confidences:
        min_confidence = record_threshold()
    if limit is not None and limit < 1:
        raise QueryError("limit must be at least 1")
    if offset < 0:
        raise QueryError("offset must not be negative")
    return EventFilter(
        actors=[actor_pattern(a) for a in actors],
        dyad=dyad,
        directed=directed and dyad is not None,
        roots=[r.zfill(2) for r in _codes(roots, "root")],
        codes=_codes(codes, "code"),
        since=date_prefix(since, "since"),
        until=date_prefix(until, "until"),
        modalities=() if all_modalities else chosen,
        min_confidence=min_confidence,
        text=text.strip() if text and text.strip() else None,
        article_id=article_id,
        limit=limit,
        offset=offset,
    )


def events(store: Store, flt: EventFilter) -> list[dict[str, Any]]:
    """The stored events (mentions) the filter selects, each with its evidence and speech-act links."""
    return queries.list_events(store, flt)
