"""The events component: CAMEO-coded events with their own dates, modality and evidence.

Reads the actor spans (doc.spans["actor"]) and timexes (doc.spans["timex"]) that earlier components
wrote, finds event predicates in the dependency parse with the event lexicon, and sets
doc._.events to a list of datelines.model.Event.
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from datelines.read.events.extract import extract_events
from datelines.read.events.judge import judge_events
from datelines.read.events.lexicon import LEXICON_PATH, Lexicon, load_lexicon
from datelines.read.extensions import register_extensions

__all__ = ["EventReader", "extract_events", "load_lexicon"]


class EventReader:
    """Pipeline component: match predicates, then set doc._.events."""

    def __init__(self, nlp: Language, name: str, lexicon: Lexicon) -> None:
        self.name = name
        self.lexicon = lexicon

    def __call__(self, doc: Doc) -> Doc:
        doc._.events = judge_events(doc, extract_events(doc, self.lexicon))
        return doc


@Language.factory(
    "datelines_events",
    default_config={"lexicon_path": ""},
    assigns=["doc._.events"],
    requires=["token.dep", "token.lemma", "doc.sents"],
)
def make_component(nlp: Language, name: str, lexicon_path: str) -> EventReader:
    register_extensions()
    return EventReader(nlp, name, load_lexicon(Path(lexicon_path) if lexicon_path else LEXICON_PATH))
