"""Read a batch of articles: the one read step of both ingest paths (one process, and each
partition on a Dask worker), so the two cannot drift apart.

The batch goes through `nlp.pipe` with the actor registry as it stood before the batch; what each
article says about named actors is then added to the registry, so the next batch knows it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc

from datelines.ingest.actor_memory import ActorMemory, Observed
from datelines.model import Article, Reading
from datelines.read.digest import pipe_articles
from datelines.read.pipeline import ReadSettings, build_pipeline
from datelines.read.reading import reading_from_doc

log = logging.getLogger(__name__)


@dataclass
class ArticleReading:
    reading: Reading
    observed: Observed


def read_batch(articles: list[Article], settings: ReadSettings, version: str,
               memory: ActorMemory) -> list[ArticleReading | None]:
    """Each article's reading and what it said about actors, in order; None where the reader failed."""
    nlp = build_pipeline(settings)
    memory.activate()
    try:
        docs: list[Doc | None] = list(pipe_articles(nlp, ((a.text, a.published) for a in articles)))
    except Exception:  # one bad article must not sink its batch: read them one by one
        log.exception("batch read failed; reading one by one")
        docs = [_read_one(nlp, a) for a in articles]
    out: list[ArticleReading | None] = []
    for doc in docs:
        if doc is None:
            out.append(None)
            continue
        reading = reading_from_doc(doc, version)
        out.append(ArticleReading(reading, memory.observe(doc)))
    return out


def _read_one(nlp: Language, article: Article) -> Doc | None:
    try:
        return next(pipe_articles(nlp, [(article.text, article.published)]))
    except Exception:
        log.exception("reading %s failed", article.source)
        return None
