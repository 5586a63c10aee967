"""A blank line ends a sentence: headlines, datelines and bylines carry no full stop, and without
this the parser reads a headline and the first sentence as one, merging their actors and events.
So does a single line break after a short line with no closing punctuation ("Friday, January 4,
2019" above a Wikinews story, a headline above its lede)."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

NAME = "datelines_paragraphs"


CLOSING = {".", "!", "?", ":", ";", ",", '"', "”", "’", "'", ")"}
SHORT_LINE = 12  # tokens: a heading or a dateline, not a sentence broken by the layout


def paragraph_starts(doc: Doc) -> list[int]:
    """Indices of the first token after each blank line (a whitespace token with two newlines), or
    after a line break that closes a short unpunctuated line."""
    starts = []
    line_start = 0
    for token in doc[:-1]:
        if not (token.is_space and "\n" in token.text) or doc[token.i + 1].is_space:
            continue
        words = [t for t in doc[line_start:token.i] if not t.is_space]
        following = doc[token.i + 1].text
        unpunctuated = (bool(words) and len(words) <= SHORT_LINE and words[-1].text not in CLOSING
                        and (following[:1].isupper() or following[:1].isdigit()))  # not "signed\na deal"
        if token.text.count("\n") >= 2 or unpunctuated:
            starts.append(token.i + 1)
        line_start = token.i + 1
    return starts


def line_start(token: Token) -> int:
    """The index of the first token of the token's line: a news paragraph is one line of text."""
    doc, first = token.doc, token.i
    while first > 0 and "\n" not in doc[first - 1].text_with_ws:
        first -= 1
    return first


QUOTE_MARKS = ('"', "\u201c", "\u201d")


def in_quotation(token: Token) -> bool:
    """Inside a quotation opened earlier in its paragraph: the words are the quoted speaker's.

    Counted over the paragraph, not the sentence, because the sentencizer may hang a closing
    quote on the start of the next sentence.
    """
    before = token.doc[line_start(token):token.i].text  # not doc.text, which would join the whole article per call
    return sum(before.count(mark) for mark in QUOTE_MARKS) % 2 == 1


def goes_on_line(sentence: Span) -> bool:
    """Does the sentence continue the line (the paragraph) of the sentence before it?"""
    return sentence.start > 0 and "\n" not in sentence.doc[sentence.start - 1].text_with_ws


INITIALISM = re.compile(r"(?:[A-Z]\.){2,}")  # "U.S.", "U.K."


def _between_words(doc: Doc, i: int) -> bool:
    """Token i follows a word or number on the same line with no punctuation between: no sentence ends
    there ("Police arrest Gyumri mayor ...", which the parser cut after "Police" and "arrest")."""
    before = doc[i - 1]
    if "\n" in before.whitespace_ or not doc[i].is_alpha:
        return False
    # ("M23 fighters", "Kata'ib Hezbollah": a word of letters and digits or apostrophes; "U.S. President X"
    # opening a line: an initialism there ends no sentence)
    wordlike = before.is_alpha or before.like_num or (before.text[-1].isalnum() and any(c.isalpha() for c in before.text))
    return wordlike or (INITIALISM.fullmatch(before.text) is not None and line_start(before) == before.i)



@Language.component(NAME)
def mark_paragraph_starts(doc: Doc) -> Doc:
    """Preset sentence starts, which the parser then respects, and forbid starts between two words."""
    starts = set(paragraph_starts(doc))
    for i in range(1, len(doc)):
        if i in starts:
            doc[i].is_sent_start = True
        elif _between_words(doc, i):
            doc[i].is_sent_start = False
    return doc
