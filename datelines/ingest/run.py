"""Ingest orchestration: inputs -> duplicate checks -> read -> store, every input logged.

Each article is stored with its reading in one transaction, so a killed run loses at most the
articles in flight; a rerun finds the stored ones by content hash and logs them as already stored.
"""

from __future__ import annotations

import logging
import uuid
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from datelines.ingest.actor_memory import ActorMemory
from datelines.ingest.dedup import NearDuplicateIndex, from_bytes, signature, to_bytes
from datelines.model import Article
from datelines.read.pipeline import ReadSettings, build_pipeline, make_doc, pipeline_version
from datelines.read.reading import reading_from_doc
from datelines.store import Store

log = logging.getLogger(__name__)

ARTICLE_ID_LENGTH = 32  # hex chars of the content hash: collisions are out of reach at news scale


@dataclass
class IngestReport:
    run_id: str
    counts: Counter = field(default_factory=Counter)  # "stored", "skipped:empty", ...
    stored_ids: list[str] = field(default_factory=list)

    def add(self, status: str, reason: str | None = None) -> None:
        self.counts[f"{status}:{reason}" if reason else status] += 1

    @property
    def inputs(self) -> int:
        return sum(self.counts.values())

    @property
    def skipped(self) -> int:
        return sum(n for key, n in self.counts.items() if key.startswith("skipped"))


@dataclass
class _Pending:
    article: Article
    minhash_blob: bytes | None


class Ingestor:
    """Feeds inputs through the reader in batches; one instance per run."""

    def __init__(
        self,
        store: Store,
        settings: ReadSettings | None = None,
        near_duplicates: bool = True,
        batch_size: int = 16,
        on_input: Callable[[str], None] | None = None,
    ) -> None:
        self.store = store
        self.settings = settings or ReadSettings()
        self.batch_size = batch_size
        self.on_input = on_input or (lambda status: None)
        self.report = IngestReport(run_id=uuid.uuid4().hex[:12])
        self.near_index: NearDuplicateIndex | None = None
        if near_duplicates:
            self.near_index = NearDuplicateIndex()
            for article_id, blob in store.signatures():
                self.near_index.add(article_id, from_bytes(blob))
        self.pending: list[_Pending] = []
        self.pending_ids: dict[str, str] = {}  # id -> source, for duplicates inside one batch
        self.actor_memory = ActorMemory(store)

    def _record(self, source: str, status: str, reason: str | None = None, **extra: str | None) -> None:
        self.store.log_input(self.report.run_id, source, status, reason=reason, **extra)
        self.report.add(status, reason)
        self.on_input(status)

    def skip(self, source: str, reason: str, detail: str = "") -> None:
        self._record(source, "skipped", reason, detail=detail)

    def offer(self, article: Article) -> None:
        """Queue an article for reading unless it is a duplicate of a stored or queued one, or longer
        than the parser can take (spaCy's max_length: about 1 GB of memory per 100,000 characters)."""
        limit = build_pipeline(self.settings).max_length
        if len(article.text) > limit:
            self.skip(article.source or "", "too_large", f"{len(article.text)} characters > the reader's limit of {limit}")
            return
        stored_source = self.store.article_source(article.id)
        if stored_source is not None:
            status = "already_stored" if stored_source == article.source else "duplicate"
            self._record(article.source or "", status, article_id=article.id, duplicate_of=article.id)
            return
        if article.id in self.pending_ids:
            self._record(article.source or "", "duplicate", article_id=article.id, duplicate_of=article.id)
            return
        blob = None
        if self.near_index is not None:
            mh = signature(article.text)
            original = self.near_index.find(mh)
            if original is not None:
                self._record(article.source or "", "near_duplicate", article_id=article.id, duplicate_of=original)
                return
            self.near_index.add(article.id, mh)
            blob = to_bytes(mh)
        self.pending.append(_Pending(article, blob))
        self.pending_ids[article.id] = article.source or ""
        if len(self.pending) >= self.batch_size:
            self.flush()

    def flush(self) -> None:
        """Read the queued articles and store each with its reading."""
        if not self.pending:
            return
        batch, self.pending, self.pending_ids = self.pending, [], {}
        nlp = build_pipeline(self.settings)
        version = pipeline_version(self.settings)
        self.actor_memory.activate()
        try:
            docs = list(nlp.pipe(make_doc(nlp, p.article.text, p.article.published) for p in batch))
        except Exception:  # one bad article must not sink its batch: read them one by one
            log.exception("batch read failed; reading one by one")
            docs = [self._read_one(nlp, p.article) for p in batch]
        for item, doc in zip(batch, docs, strict=True):
            article = item.article
            if doc is None:
                self.skip(article.source or "", "read_error", "the pipeline failed on this article")
                continue
            reading = reading_from_doc(doc, version)
            self.store.save_article(article, reading, item.minhash_blob)
            self.actor_memory.observe(doc)
            self.report.stored_ids.append(article.id)
            self._record(article.source or "", "stored", article_id=article.id)
        self.actor_memory.save()

    @staticmethod
    def _read_one(nlp, article: Article):
        try:
            return nlp(make_doc(nlp, article.text, article.published))
        except Exception:
            log.exception("reading %s failed", article.source)
            return None


def ingest_items(ingestor: Ingestor, items: Iterable) -> IngestReport:
    """Drive raw inputs (RawArticle or Skipped from datelines.ingest.readers) through an Ingestor."""
    from datelines.ingest.hashing import content_hash
    from datelines.ingest.items import RawArticle, Skipped

    for item in items:
        if isinstance(item, Skipped):
            ingestor.skip(item.source, item.reason, item.detail)
            continue
        assert isinstance(item, RawArticle)
        article = Article(
            id=content_hash(item.text)[:ARTICLE_ID_LENGTH],
            text=item.text,
            published=item.published,
            url=item.url,
            title=item.title,
            source=item.source,
            external_id=item.external_id,
        )
        ingestor.offer(article)
    ingestor.flush()
    return ingestor.report
