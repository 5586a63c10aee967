"""Evidence of an event: the sentence that states it, by index and character offsets in the article."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from datelines.model import Evidence


def sentence_numbers(doc: Doc) -> dict[int, int]:
    """Sentence start token -> sentence index, computed once per doc."""
    return {sent.start: number for number, sent in enumerate(doc.sents)}


def evidence_for(sent: Span, number: int, at: int | None = None) -> Evidence:
    """The sentence, trimmed of surrounding whitespace, with offsets that still slice the article text.

    The parser may run a headline into the first sentence; a blank line is a boundary the words
    cannot cross, so the evidence is the part of the sentence between blank lines that holds the
    predicate (character offset `at`).
    """
    doc_text = sent.doc.text
    start, end = sent.start_char, sent.end_char
    if at is not None:
        cut = doc_text.rfind("\n\n", start, at)
        start = cut + 2 if cut >= 0 else start
        stop = doc_text.find("\n\n", at, end)
        end = stop if stop >= 0 else end
    text = doc_text[start:end]
    start += len(text) - len(text.lstrip())
    end = start + len(doc_text[start:end].rstrip())
    return Evidence(sentence=number, start=start, end=end, text=doc_text[start:end])
