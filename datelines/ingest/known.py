"""Is an input already stored? Asked before its language is identified, the costliest step of
parsing an input, so that a rerun over an unchanged corpus identifies no language.

A stored text passed the language check when it was stored, and an input whose text has the same
content hash is the same text as far as the check can tell (it reads letters, not case, quotes or
spacing). The one difference: a run with stricter language options than the run that stored the
article logs it as `already_stored` (or `duplicate`) rather than `skipped:not_english`.
"""

from __future__ import annotations

from datelines.ingest.hashing import article_id
from datelines.store import Store


class StoredLookup:
    """`holds(text)` asks the store for the text's article; the answer is kept for the gate's own
    check of the same input right after (`recall`), so each input costs one query."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._last: tuple[str, str | None] | None = None

    def holds(self, text: str) -> bool:
        """Whether the store holds an article with this text's content hash."""
        found = article_id(text)
        source = self.store.article_source(found)
        self._last = (found, source)
        return source is not None

    def recall(self, found: str) -> tuple[bool, str | None]:
        """(asked, source): whether `holds` was just asked about this article and, if so, where the
        store has it from (None: not stored). Each answer is recalled once."""
        last, self._last = self._last, None
        if last is None or last[0] != found:
            return False, None
        return True, last[1]
