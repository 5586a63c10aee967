"""Which inputs get read: the duplicate checks of an ingest run, in input order.

One gate serves the one-process ingest and the distributed one (datelines.scale), so both decide
alike: an article too long for the parser is skipped, one already stored is `already_stored` (same
source) or a `duplicate`, a second copy within the run is a `duplicate`, a syndicated copy is a
`near_duplicate`; the rest are let through, with their MinHash signature for the store.
"""

from __future__ import annotations

import inspect
from dataclasses import dataclass

from spacy.language import Language

from datelines.ingest.dedup import NearDuplicateIndex, from_bytes, signature, to_bytes
from datelines.model import Article
from datelines.store import Store

# spaCy's length limit, which the models datelines loads keep: the gate applies it without loading
# the model (a rerun with nothing new to read never loads it); the read step checks the pipeline's own.
DEFAULT_MAX_LENGTH: int = inspect.signature(Language.__init__).parameters["max_length"].default


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
    """Remembers what the store holds and what this run let through."""

    def __init__(self, store: Store | None, max_length: int = DEFAULT_MAX_LENGTH, near_duplicates: bool = True) -> None:
        self.store = store
        self.max_length = max_length
        self.admitted: set[str] = set()
        self.near_index: NearDuplicateIndex | None = None
        if near_duplicates:
            self.near_index = NearDuplicateIndex()
            for article_id, blob in store.signatures() if store is not None else ():
                self.near_index.add(article_id, from_bytes(blob))

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
        if self.near_index is not None:
            mh = signature(article.text)
            original = self.near_index.find(mh)
            if original is not None:
                return Decision("near_duplicate", duplicate_of=original)
            self.near_index.add(article.id, mh)
            blob = to_bytes(mh)
        self.admitted.add(article.id)
        return Decision("read", minhash=blob)

    def forget(self, article_id: str) -> None:
        """An admitted article that will not be stored after all (the reader failed on it)."""
        self.admitted.discard(article_id)
