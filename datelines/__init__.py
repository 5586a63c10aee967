"""datelines: dated news in, a time-anchored record of who did what to whom out.

The few names a Python user needs:

    import datelines
    reading = datelines.read(text, date(2018, 4, 3))   # events, actors, timexes, quantities
    store = datelines.Store("datelines.db")             # or a PostgreSQL URL
    datelines.timeline(store, ["TUR", "RUS"])           # the answers: timeline, series, search, network
    datelines.to_frame(datelines.series(store, "TUR", "RUS"))  # a pandas DataFrame, where pandas is installed
"""

from __future__ import annotations

from typing import Any

from datelines.model import Article, Entity, Event, Evidence, Mention, Place, Quantity, Reading, Timex

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Entity",
    "Event",
    "Evidence",
    "Mention",
    "Place",
    "Quantity",
    "Reading",
    "Store",
    "Timex",
    "event_filter",
    "network",
    "read",
    "search",
    "series",
    "timeline",
    "to_frame",
]

# The answers (datelines.query), imported on first use like the reader.
_ANSWERS = {"event_filter", "network", "search", "series", "timeline", "to_frame"}


def __getattr__(name: str) -> Any:
    # Imported on first use: loading spaCy costs a second, and `import datelines` should not.
    if name == "read":
        import datelines.read  # a callable package: see datelines/read/__init__.py

        return datelines.read
    if name == "Store":
        from datelines.store import Store

        return Store
    if name in _ANSWERS:
        import datelines.query

        return getattr(datelines.query, name)
    raise AttributeError(name)
