"""Lines of an article that are not sentences of its story."""

from __future__ import annotations

from spacy.tokens import Span

CLOSING = {".", "!", "?", '"', "\u201d", ":"}
FINITE = {"VBD", "VBZ", "VBP", "MD"}


def is_heading(sentence: Span) -> bool:
    """A topic line ("Israeli incursions in the West Bank", "Co-operation on energy"): no closing
    punctuation and no finite verb. It names a subject; the events are told in the sentences below."""
    words = [t for t in sentence if not t.is_space]
    if not words or words[-1].text in CLOSING:
        return False
    return not any(t.tag_ in FINITE for t in words)
