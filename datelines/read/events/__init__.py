"""Placeholder until the events component lands: registers a no-op factory so the pipeline order holds."""

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("datelines_events")
def make_component(nlp: Language, name: str):
    def component(doc: Doc) -> Doc:
        return doc

    return component
