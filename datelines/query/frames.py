"""pandas DataFrames of the answers, for users who work in pandas (installed apart: datelines does not
depend on it).

`to_frame(answer)` takes what the query functions return: a list of events or search hits, a
timeline, a series (its periods), or a network (its edges; `to_frame(net, "nodes")` for the nodes).
Nested values (evidence, sources) stay Python objects in their cells.
"""

from __future__ import annotations

from typing import Any


def _pandas():
    try:
        import pandas
    except ImportError as error:  # pragma: no cover - depends on the environment
        raise ImportError("to_frame needs pandas, which datelines does not install: pip install pandas") from error
    return pandas


def rows_of(answer: Any, part: str | None = None) -> list[dict[str, Any]]:
    """The table rows an answer holds: events, periods, nodes or edges."""
    if isinstance(answer, list):
        return answer
    if isinstance(answer, dict):
        if part is not None:
            return answer[part]
        for key in ("events", "periods", "edges"):
            if isinstance(answer.get(key), list):
                return answer[key]
    raise TypeError("to_frame takes a list of rows, a timeline, a series or a network")


def to_frame(answer: Any, part: str | None = None):
    """A pandas DataFrame of an answer's rows (see rows_of)."""
    return _pandas().DataFrame(rows_of(answer, part))
