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
    base = sent.start_char
    sent_text = sent.text  # not doc.text: that joins the whole article again on every call
    start, end = 0, len(sent_text)
    if at is not None:
        cut = sent_text.rfind("\n\n", 0, at - base)
        start = cut + 2 if cut >= 0 else start
        stop = sent_text.find("\n\n", at - base, end)
        end = stop if stop >= 0 else end
    text = sent_text[start:end]
    start += len(text) - len(text.lstrip())
    end = start + len(sent_text[start:end].rstrip())
    return Evidence(sentence=number, start=base + start, end=base + end, text=sent_text[start:end])
