"""Answers kept until the events change: a timeline or a series clusters every report of a dyad, which
costs far more than the lookup that says whether any event was written or re-read since
(`events_version`: the highest event id and the count of rewrites, two index lookups)."""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any

from datelines.store import Store
from datelines.store.queries import events_version


class AnswerCache:
    """The last `size` answers by request, each with the events version it was computed at."""

    def __init__(self, store: Store, size: int = 256) -> None:
        self.store = store
        self.size = size
        self.entries: OrderedDict[Hashable, tuple[tuple[int, int], Any]] = OrderedDict()
        self.lock = threading.Lock()

    def get(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        version = events_version(self.store)
        with self.lock:
            kept = self.entries.get(key)
            if kept is not None and kept[0] == version:
                self.entries.move_to_end(key)
                return kept[1]
        answer = compute()
        with self.lock:
            self.entries[key] = (version, answer)
            self.entries.move_to_end(key)
            while len(self.entries) > self.size:
                self.entries.popitem(last=False)
        return answer
