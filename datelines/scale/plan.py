"""Split the inputs of a run into partitions, deciding in input order which articles need reading.

Inputs are parsed on the driver (datelines.ingest.read_inputs) and passed through the same gate as
the one-process ingest (too long, already stored, duplicate, near-duplicate). Every run of
`size` consecutive inputs is a partition, named by its position and a digest of what decides the
reading (`reading_key`) and of every input's decision: an unchanged corpus read by the same pipeline
gives the same names, so a rerun finds the partitions a killed run completed and does not read them
again. The driver never loads the model: a rerun with nothing to read starts no cluster.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import importlib.util
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from datelines.ingest.gate import IngestGate
from datelines.ingest.hashing import content_hash
from datelines.ingest.items import RawArticle, Skipped
from datelines.ingest.run import ARTICLE_ID_LENGTH
from datelines.model import Article
from datelines.read.pipeline import ReadSettings

# The columns of an ingest log row the plan decides (the store adds run_id and the time).
LOG_FIELDS = ("source", "status", "reason", "detail", "article_id", "duplicate_of")


def _model_version(model: str) -> str:
    """The version in the model's meta.json (an installed package's, or a folder's), as spaCy's
    `get_model_meta` reads it, but found without importing spaCy or the model: a rerun with
    nothing to read needs the partition names and nothing else of spaCy."""
    try:
        path = _package_folder(model) if _is_distribution(model) else Path(model)
        meta = json.loads((path / "meta.json").read_text(encoding="utf8"))
        if not all(meta.get(key) for key in ("lang", "name", "version")):  # spaCy refuses such a meta
            return "unknown"
        return str(meta["version"])
    except Exception:  # noqa: BLE001 - an unknown model: the workers will say so
        return "unknown"


def _is_distribution(name: str) -> bool:
    try:
        importlib.metadata.distribution(name)
    except importlib.metadata.PackageNotFoundError:
        return False
    return True


def _package_folder(name: str) -> Path:
    spec = importlib.util.find_spec(name)  # finds the package without running its code
    if spec is None or spec.origin is None:
        raise ModuleNotFoundError(name)
    return Path(spec.origin).parent


def reading_key(settings: ReadSettings) -> str:
    """What decides a reading (datelines' version, the model and its version, the components, the
    dictionaries' contents), read without loading the model."""
    from datelines import __version__

    digest = hashlib.sha256(json.dumps([__version__, settings.model, _model_version(settings.model),
                                        list(settings.components)]).encode())
    for path in settings.actor_dictionaries:
        digest.update(Path(path).read_bytes())
    return digest.hexdigest()


@dataclass
class ToRead:
    article: Article
    minhash: bytes | None


@dataclass
class Partition:
    number: int
    key: str  # reading_key of the settings
    log: list[dict[str, Any]] = field(default_factory=list)  # one row per input; `stored` for those to read
    to_read: list[ToRead] = field(default_factory=list)

    @property
    def name(self) -> str:
        digest = hashlib.sha256(self.key.encode())
        digest.update(json.dumps([[row.get(k) for k in LOG_FIELDS] for row in self.log]).encode())
        return f"part-{self.number:06d}-{digest.hexdigest()[:16]}"

    @property
    def words(self) -> int:
        return sum(len(item.article.text.split()) for item in self.to_read)


def article_of(item: RawArticle) -> Article:
    return Article(id=content_hash(item.text)[:ARTICLE_ID_LENGTH], text=item.text, published=item.published,
                   url=item.url, title=item.title, source=item.source, external_id=item.external_id)


def _log(source: str, status: str, reason: str | None = None, detail: str | None = None,
         article_id: str | None = None, duplicate_of: str | None = None) -> dict[str, Any]:
    return {"source": source, "status": status, "reason": reason, "detail": detail or None,
            "article_id": article_id, "duplicate_of": duplicate_of}


def plan_partitions(items: Iterable[RawArticle | Skipped], gate: IngestGate, key: str,
                    size: int = 64) -> Iterator[Partition]:
    """Partitions in input order, each decided as soon as its inputs are read (a corpus streams)."""
    if size < 1:
        raise ValueError("a partition holds at least one input")
    partition = Partition(1, key)
    for item in items:
        if isinstance(item, Skipped):
            partition.log.append(_log(item.source, "skipped", item.reason, item.detail))
        else:
            article = article_of(item)
            source = article.source or ""
            decision = gate.decide(article)
            if decision.read:
                partition.log.append(_log(source, "stored", article_id=article.id))
                partition.to_read.append(ToRead(article, decision.minhash))
            else:
                partition.log.append(_log(source, decision.status, decision.reason, decision.detail,
                                          article.id if decision.duplicate_of else None, decision.duplicate_of))
        if len(partition.log) >= size:
            yield partition
            partition = Partition(partition.number + 1, key)
    if partition.log:
        yield partition
