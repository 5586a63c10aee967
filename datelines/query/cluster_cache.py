"""Clustered answers kept in the store, so that the timeline or series of a busy dyad-year reads its
clusters instead of computing them at question time (at a million events a busy dyad-year takes a
second to cluster; reading it back takes milliseconds).

An answer is kept under its filter, its cluster settings and the form it is kept in
(datelines.query.kept_answer: compact, so that a page or a count parses little and builds only what
it returns), with the events version it was computed at (datelines.store.queries.events_version). It
is used only at that version: new events anywhere change the word rarities every similarity weighs,
so every kept answer is then stale, and the question is clustered again (and kept again), exactly as
without the store's copy. `warm` computes the answers of the busiest dyad-years after a bulk load, so
their first question is fast too.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from dataclasses import asdict
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError

from datelines.query import kept_answer
from datelines.query.kept_answer import KeptAnswer
from datelines.store import Store, queries, schema

# Fewer mentions than this cluster at question time in a few milliseconds: not worth a stored copy.
MIN_MENTIONS = 100
Entries = list[dict[str, Any]]


def answer_key(flt: queries.EventFilter, settings: Any) -> str:
    """The filter (page aside; an undirected dyad in either order), the settings and the kept form,
    hashed (answers kept by code that summed similarities in another order are not read)."""
    fields = asdict(flt)
    fields.pop("limit", None)
    fields.pop("offset", None)
    if fields.get("dyad") and not fields.get("directed"):
        fields["dyad"] = sorted(fields["dyad"])  # the same events, in the same order
    form = {"format": kept_answer.FORMAT, "fields": [kept_answer.HEAD, kept_answer.EVIDENCE], "sums": "fsum"}
    canonical = json.dumps({"filter": fields, "settings": asdict(settings), "form": form}, sort_keys=True, default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()


def kept_or_computed(store: Store, flt: queries.EventFilter, settings: Any,
                     compute: Callable[[], Entries], min_mentions: int | None = None) -> KeptAnswer:
    """The kept answer at the current events version, else `compute()` (kept when it has at least
    `min_mentions` mentions, MIN_MENTIONS by default)."""
    min_mentions = MIN_MENTIONS if min_mentions is None else min_mentions
    version = queries.events_version(store)
    key = answer_key(flt, settings)
    kept = queries.stored_answer(store, key, version)
    if kept is not None:
        return KeptAnswer.parse(kept)
    entries = compute()
    mentions = sum(entry.get("mentions", 0) for entry in entries)
    if mentions >= min_mentions:
        text = kept_answer.encode(entries) or json.dumps(entries)
        try:
            queries.save_answer(store, key, version, mentions, text)
        except SQLAlchemyError:  # a store opened read-only: cluster again next time
            pass
    return KeptAnswer(entries)


def busy_dyad_years(store: Store, min_mentions: int | None = None) -> list[tuple[str, str, str]]:
    """(source, target, year) of the dyad-years with at least `min_mentions` (MIN_MENTIONS) asserted
    events, busiest first, each unordered dyad once. A dyad is named by stored codes, each standing
    for the codes it begins as in a question (ISR-PSE holds ISRGOV-PSECVL): a dyad of few events
    under its own codes can be busy in all."""
    min_mentions = MIN_MENTIONS if min_mentions is None else min_mentions
    ev = schema.events
    year = func.substr(ev.c.date, 1, 4)
    query = (select(ev.c.source, ev.c.target, year.label("year"), func.count().label("n"))
             .where(ev.c.source.is_not(None), ev.c.target.is_not(None), ev.c.date.is_not(None),
                    ev.c.modality == "asserted")
             .group_by(ev.c.source, ev.c.target, year))
    with store.engine.connect() as conn:
        rows = conn.execute(query).all()
    codes = {row.source for row in rows} | {row.target for row in rows}
    counts: dict[tuple[str, str, str], int] = {}
    for row in rows:
        if len(row.year or "") == 4 and row.year.isdigit():
            dyads = {tuple(sorted((a, b))) for a in _named_by(row.source, codes) for b in _named_by(row.target, codes)}
            for pair in dyads:
                counts[(*pair, row.year)] = counts.get((*pair, row.year), 0) + row.n
    return [key for key, n in sorted(counts.items(), key=lambda item: (-item[1], item[0])) if n >= min_mentions]


def _named_by(code: str, codes: set[str]) -> list[str]:
    """The stored codes a question can name `code` by: itself and the stored codes it begins with."""
    return [code[:end] for end in range(1, len(code) + 1) if code[:end] in codes]


def warm(store: Store, min_mentions: int | None = None) -> dict[str, Any]:
    """Compute and keep the answers of the busy dyad-years (a timeline and a series of one dyad over
    one year ask the same clusters). Run after a bulk load; anything else is kept when first asked."""
    from datelines.query.clusters import DEFAULT_SETTINGS, cluster_now
    from datelines.query.events import event_filter

    dyad_years = busy_dyad_years(store, min_mentions)
    for source, target, year in dyad_years:
        flt = event_filter(dyad=(source, target), since=year, until=year)
        kept_or_computed(store, flt, DEFAULT_SETTINGS, lambda flt=flt: cluster_now(store, flt), min_mentions)
    return {"dyad_years": len(dyad_years)}
