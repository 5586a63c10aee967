"""Which inputs get read: the duplicate checks of an ingest run, in input order.

One gate serves the one-process ingest and the distributed one (datelines.scale), so both decide
alike: an article too long for the parser is skipped, one already stored is `already_stored` (same
source) or a `duplicate`, a second copy within the run is a `duplicate`, a syndicated copy is a
`near_duplicate`; the rest are let through, with their MinHash signature for the store.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from datelines.model import Article
from datelines.store import Store

if TYPE_CHECKING:
    from datelines.ingest.dedup import NearDuplicateIndex

# spaCy's length limit (`Language(max_length=...)`), which the models datelines loads keep: the gate
# applies it without importing spaCy (a rerun with nothing new to read never does; a test checks the
# value against spaCy's); the read step checks the pipeline's own.
DEFAULT_MAX_LENGTH: int = 1_000_000


def too_large(article: Article, limit: int) -> str | None:
    """Why the parser cannot take the article, or None."""
    if len(article.text) > limit:
        return f"{len(article.text)} characters > the reader's limit of {limit}"
    return None


@dataclass(frozen=True)
class Decision:
    """`read` lets the article through; any other status is logged as it is."""

    status: str  # read | already_stored | duplicate | near_duplicate | skipped
    reason: str | None = None
    detail: str | None = None
    duplicate_of: str | None = None
    minhash: bytes | None = None

    @property
    def read(self) -> bool:
        return self.status == "read"


class IngestGate:
    """Remembers what the store holds and what this run let through.

    The stored MinHash signatures are loaded when the first article gets past the exact checks, not
    before: a rerun whose inputs are all stored reads none of them (and imports no MinHash code).
    Nothing is stored by a run before that first article, so the index holds what it would have
    held if loaded at the start."""

    def __init__(self, store: Store | None, max_length: int = DEFAULT_MAX_LENGTH, near_duplicates: bool = True) -> None:
        self.store = store
        self.max_length = max_length
        self.admitted: set[str] = set()
        self.near_duplicates = near_duplicates
        self._near_index: NearDuplicateIndex | None = None

    @property
    def near_index(self) -> NearDuplicateIndex | None:
        """The near-duplicate index (None when switched off), with the store's signatures."""
        if self.near_duplicates and self._near_index is None:
            from datelines.ingest.dedup import NearDuplicateIndex, from_bytes

            self._near_index = NearDuplicateIndex()
            for article_id, blob in self.store.signatures() if self.store is not None else ():
                self._near_index.add(article_id, from_bytes(blob))
        return self._near_index

    def decide(self, article: Article, stored_source: str | None = None, look_up: bool = True) -> Decision:
        """`stored_source`: where the store has this article from, when the caller looked it up in bulk
        (then `look_up=False`); otherwise the store is asked here."""
        reason = too_large(article, self.max_length)
        if reason:
            return Decision("skipped", "too_large", reason)
        if look_up and self.store is not None:
            stored_source = self.store.article_source(article.id)
        if stored_source is not None:
            status = "already_stored" if stored_source == (article.source or "") else "duplicate"
            return Decision(status, duplicate_of=article.id)
        if article.id in self.admitted:
            return Decision("duplicate", duplicate_of=article.id)
        blob = None
        index = self.near_index
        if index is not None:
            from datelines.ingest.dedup import signature, to_bytes

            mh = signature(article.text)
            original = index.find(mh)
            if original is not None:
                return Decision("near_duplicate", duplicate_of=original)
            index.add(article.id, mh)
            blob = to_bytes(mh)
        self.admitted.add(article.id)
        return Decision("read", minhash=blob)

    def forget(self, article_id: str) -> None:
        """An admitted article that will not be stored after all (the reader failed on it)."""
        self.admitted.discard(article_id)
