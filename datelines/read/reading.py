"""Turn an annotated spaCy Doc into the plain `Reading` the store and the CLI use."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Span

from datelines.model import Entity, Mention, Place, Reading, Timex
from datelines.read.pipeline import ReadSettings, parse, pipeline_version


def _sentence_index(doc: Doc) -> list[int]:
    """Sentence number of every token, computed once per doc."""
    index = [0] * len(doc)
    for number, sent in enumerate(doc.sents):
        for i in range(sent.start, sent.end):
            index[i] = number
    return index


def reading_from_doc(doc: Doc, version: str) -> Reading:
    sent_of = _sentence_index(doc)

    def sentence(span: Span) -> int:
        return sent_of[span.start] if len(doc) else 0

    reading = Reading(published=doc._.published, pipeline_version=version)
    reading.sentences = [(s.start_char, s.end_char) for s in doc.sents]
    reading.entities = [Entity(e.text, e.label_, e.start_char, e.end_char, sentence(e)) for e in doc.ents]
    reading.timexes = [
        Timex(s.text, s._.timex_type, s._.timex_value, s.start_char, s.end_char, sentence(s), s._.timex_mod, s._.timex_anchor)
        for s in doc.spans.get("timex", [])
    ]
    reading.mentions = [
        Mention(s.text, s._.actor_code, s._.actor_name, s._.actor_kind or "", s.start_char, s.end_char, sentence(s))
        for s in doc.spans.get("actor", [])
    ]
    reading.places = [
        Place(s.text, s._.place_name or s.text, s._.place_country, s._.place_lat, s._.place_lon, s.start_char, s.end_char, sentence(s))
        for s in doc.spans.get("place", [])
    ]
    reading.events = list(doc._.events or [])
    reading.quantities = list(doc._.quantities or [])
    return reading


def read(text: str, published: date, settings: ReadSettings | None = None) -> Reading:
    """Read one article. The public entry point: `datelines.read(text, published)`."""
    return next(read_many([(text, published)], settings))


def read_many(items, settings: ReadSettings | None = None, batch_size: int = 16):
    """Readings in input order; settings default to the environment's (DATELINES_MODEL...)."""
    settings = settings or ReadSettings()
    version = pipeline_version(settings)
    for doc in parse(items, settings, batch_size):
        yield reading_from_doc(doc, version)
