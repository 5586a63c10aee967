"""Ingest orchestration: inputs -> duplicate checks -> read -> store, every input logged.

Each batch of articles is stored with its readings in one transaction, so a killed run loses at
most the batch in flight; a rerun finds the stored ones by content hash and logs them as already
stored. What only reading needs (spaCy and the model, the actor registry, the stored MinHash
signatures) is loaded when the first article needs reading: a rerun over an unchanged corpus loads
none of it, and does no work in proportion to the store, only a lookup per input.
"""

from __future__ import annotations

import os
import uuid
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from functools import cached_property

from datelines.ingest.actor_memory import ActorMemory
from datelines.ingest.gate import IngestGate, too_large
from datelines.ingest.hashing import ARTICLE_ID_LENGTH, article_id
from datelines.ingest.known import StoredLookup
from datelines.ingest.options import IngestOptions
from datelines.model import Article
from datelines.read.pipeline import ReadSettings, build_pipeline, pipeline_version
from datelines.store import Store

__all__ = ["ARTICLE_ID_LENGTH", "IngestReport", "Ingestor", "ingest_items", "ingest_paths"]
LOG_BATCH = 256  # ingest log rows written in one transaction when no article batch carries them


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
    """Feeds inputs through the reader in batches; one instance per run. Each batch is stored in one
    transaction with the ingest log rows of the inputs decided since the last one."""

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
        self.gate = IngestGate(store, near_duplicates=near_duplicates)  # the model is loaded at the first read
        self.lookup = StoredLookup(store)
        self.version: str | None = None
        self.pending: list[_Pending] = []
        self.log_rows: list[dict[str, str | None]] = []

    @cached_property
    def actor_memory(self) -> ActorMemory:
        """The actor registry, loaded from the store at the first read (nothing is stored before it)."""
        return ActorMemory(self.store)

    def _record(self, source: str, status: str, reason: str | None = None, **extra: str | None) -> None:
        self.log_rows.append({"run_id": self.report.run_id, "source": source, "status": status, "reason": reason, **extra})
        self.report.add(status, reason)
        self.on_input(status)
        if len(self.log_rows) >= LOG_BATCH:  # log rows alone: the article batch keeps its size
            rows, self.log_rows = self.log_rows, []
            self.store.log_inputs(rows)

    def skip(self, source: str, reason: str, detail: str = "") -> None:
        self._record(source, "skipped", reason, detail=detail)

    def offer(self, article: Article) -> None:
        """Queue an article for reading unless the gate says otherwise (too long for the parser, or a
        duplicate of a stored or queued one)."""
        asked, stored_source = self.lookup.recall(article.id)
        decision = self.gate.decide(article, stored_source, look_up=not asked)
        if not decision.read:
            self._record(article.source or "", decision.status, decision.reason, detail=decision.detail,
                         article_id=article.id if decision.duplicate_of else None, duplicate_of=decision.duplicate_of)
            return
        self.pending.append(_Pending(article, decision.minhash))
        if len(self.pending) >= self.batch_size:
            self.flush()

    def flush(self) -> None:
        """Read the queued articles and store them with their readings and the pending log rows."""
        batch, self.pending = self._within_limit(self.pending), []
        readings = self._read([p.article for p in batch]) if batch else []
        items = []
        for item, read in zip(batch, readings, strict=True):
            if read is None:
                self.gate.forget(item.article.id)
                self.skip(item.article.source or "", "read_error", "the pipeline failed on this article")
                continue
            items.append((item.article, read.reading, item.minhash_blob))
        stored_log = [{"run_id": self.report.run_id, "source": a.source or "", "status": "stored", "reason": None,
                       "article_id": a.id} for a, _, _ in items]
        log_rows, self.log_rows = self.log_rows, []
        saved = self.store.save_articles(items, log_rows + stored_log)
        for (article, _, _), fresh in zip(items, saved, strict=True):
            if fresh:
                self.report.stored_ids.append(article.id)
                self.report.add("stored")
                self.on_input("stored")
            else:  # stored meanwhile by another run
                same = self.store.article_source(article.id) == (article.source or "")
                self.report.add("already_stored" if same else "duplicate")
                self.on_input("duplicate")
        if batch:
            self.actor_memory.save()

    def _read(self, articles: list[Article]) -> list:
        from datelines.ingest.batch_read import read_batch  # spaCy, imported by the first read

        return read_batch(articles, self.settings, self._version(), self.actor_memory)

    def _version(self) -> str:
        if self.version is None:
            self.version = pipeline_version(self.settings)
        return self.version

    def _within_limit(self, batch: list[_Pending]) -> list[_Pending]:
        """The queued articles the pipeline can take (the gate used spaCy's default limit)."""
        if not batch:
            return batch
        limit = build_pipeline(self.settings).max_length
        kept = []
        for item in batch:
            reason = too_large(item.article, limit)
            if reason:
                self.gate.forget(item.article.id)
                self.skip(item.article.source or "", "too_large", reason)
            else:
                kept.append(item)
        return kept


def ingest_paths(ingestor: Ingestor, paths: Iterable[str | os.PathLike[str]],
                 options: IngestOptions | None = None) -> IngestReport:
    """Files, folders and "-" (stdin) through an Ingestor, the store asked about each input before
    its language is identified (datelines.ingest.known): what `datelines ingest` runs."""
    from datelines.ingest.readers import read_inputs

    options = options or IngestOptions()
    if options.language and options.known_text is None:
        options = replace(options, known_text=ingestor.lookup.holds)
    return ingest_items(ingestor, read_inputs(paths, options))


def ingest_items(ingestor: Ingestor, items: Iterable) -> IngestReport:
    """Drive raw inputs (RawArticle or Skipped from datelines.ingest.readers) through an Ingestor."""
    from datelines.ingest.items import RawArticle, Skipped

    for item in items:
        if isinstance(item, Skipped):
            ingestor.skip(item.source, item.reason, item.detail)
            continue
        assert isinstance(item, RawArticle)
        article = Article(
            id=article_id(item.text),
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
