"""A blank line ends a sentence: headlines, datelines and bylines carry no full stop, and without
this the parser reads a headline and the first sentence as one, merging their actors and events."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

NAME = "datelines_paragraphs"


def paragraph_starts(doc: Doc) -> list[int]:
    """Indices of the first token after each blank line (a whitespace token with two newlines)."""
    return [
        token.i + 1
        for token in doc[:-1]
        if token.is_space and token.text.count("\n") >= 2 and not doc[token.i + 1].is_space
    ]


@Language.component(NAME)
def mark_paragraph_starts(doc: Doc) -> Doc:
    """Preset sentence starts, which the parser then respects."""
    for i in paragraph_starts(doc):
        doc[i].is_sent_start = True
    return doc
