"""Evidence of an event: the sentence that states it, by index and character offsets in the article."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from datelines.model import Evidence


def sentence_numbers(doc: Doc) -> dict[int, int]:
    """Sentence start token -> sentence index, computed once per doc."""
    return {sent.start: number for number, sent in enumerate(doc.sents)}


def evidence_for(sent: Span, number: int) -> Evidence:
    """The sentence, trimmed of surrounding whitespace, with offsets that still slice the article text."""
    text = sent.text
    start = sent.start_char + (len(text) - len(text.lstrip()))
    end = sent.start_char + len(text.rstrip())
    return Evidence(sentence=number, start=start, end=end, text=sent.doc.text[start:end])
