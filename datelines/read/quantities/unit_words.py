"""Decide cheaply whether quantulum3 could give a number a unit, so that its parser (the costliest
step of the whole datelines read) runs only on sentences where its answer can matter.

`units._measure` keeps a quantulum3 reading only if the words of its unit, after the number (or after
a later number of the same reading: "50 and 140 kilometres"), are neither stop words nor function
words. quantulum3's pattern matches whole words only, spelled from its unit names and symbols (at most
four units in a row, with operators and exponents between them) and its number words. So the first
word with letters of such a tail must be spelled that way; "people" or "soldiers" can never be. The
test is a necessary condition only: when it passes, quantulum3 decides, exactly as before.
"""

from __future__ import annotations

import re
import warnings
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Token

LETTERS = re.compile(r"[^\W\d_]+")
MAX_UNITS = 4  # quantulum3's pattern repeats its operator + unit group four times
FREE = frozenset({"x"})  # the letter operator between two units ("5 kmxh") adds no unit
FUNCTION_POS = frozenset({"ADP", "DET", "PRON", "CCONJ", "SCONJ", "AUX", "PART"})  # as units._measure
LANG = "en_US"


@dataclass(frozen=True)
class Pieces:
    """Runs of letters (lower case) quantulum3 can match, by where they may sit in a run of letters.

    whole: a unit or word made only of letters ("km", "miles", "per", "million"), anywhere;
    first: the leading letters of a unit that goes on with other characters ("m" of "m/s"), last in a run;
    last: the trailing letters of one ("s" of "m/s", "f" of "°F"), first in a run;
    inner: any run of letters of such a unit, alone."""

    whole: frozenset[str]
    first: frozenset[str]
    last: frozenset[str]
    inner: frozenset[str]


@cache
def unit_pieces() -> Pieces:
    """Built once from quantulum3's own tables (it loads them on first use)."""
    with warnings.catch_warnings():
        warnings.filterwarnings("ignore", message="Classifier dependencies not installed", category=UserWarning)
        from quantulum3 import load
        from quantulum3 import regex as qregex

    units = load.units(LANG)
    texts = [*units.surfaces, *units.symbols, *units.prefix_symbols]
    texts += [*qregex.operators(LANG), *qregex.numberwords(LANG), *qregex.scales(LANG), *qregex.miscnum(LANG)]
    texts += [*qregex.powers(LANG), *qregex.suffixes(LANG), *qregex.ranges(LANG), *qregex.uncertainties(LANG)]
    whole, first, last, inner = set(), set(), set(), set()
    for text in texts:
        lowered = text.strip().lower()
        runs = LETTERS.findall(lowered)
        if not runs:
            continue
        if runs == [lowered]:
            whole.add(lowered)
            continue
        inner.update(runs)
        if lowered.startswith(runs[0]):
            first.add(runs[0])
        if lowered.endswith(runs[-1]):
            last.add(runs[-1])
    return Pieces(frozenset(whole), frozenset(first), frozenset(last), frozenset(inner))


def spelled_from_pieces(run: str, pieces: Pieces, limit: int = MAX_UNITS) -> bool:
    """Whether a run of letters can be what quantulum3 matched: [last] whole* [first], at most
    `limit` units, or one inner run alone."""
    if run in pieces.inner:
        return True
    size = len(run)
    fewest = [0] + [limit + 1] * size  # fewest units spelling run[:end]
    for end in range(1, size + 1):
        for start in range(end):
            if fewest[start] > limit:
                continue
            piece = run[start:end]
            if piece in pieces.whole or (start == 0 and piece in pieces.last) or (end == size and piece in pieces.first):
                cost = 0 if piece in FREE else 1
                fewest[end] = min(fewest[end], fewest[start] + cost)
    return fewest[size] <= limit


def _word_around(doc: Doc, token: Token) -> str:
    """The token's text widened over touching tokens that continue its first or last run of letters
    (should the tokenizer split one). Built from tokens: doc.text is rebuilt on every access."""
    word = token.text
    left = token.i
    while left > 0 and not doc[left - 1].whitespace_ and doc[left - 1].text[-1:].isalpha() and word[:1].isalpha():
        left -= 1
        word = doc[left].text + word
    right = token.i
    while right + 1 < len(doc) and not doc[right].whitespace_ and doc[right + 1].text[:1].isalpha() and word[-1:].isalpha():
        right += 1
        word += doc[right].text
    return word.lower()


def may_be_unit_word(doc: Doc, token: Token, pieces: Pieces) -> bool:
    for run in LETTERS.findall(_word_around(doc, token)):
        # quantulum3 blanks out a genitive ("miles'", "kilometre's") before matching
        if spelled_from_pieces(run, pieces) or (run.endswith("s") and spelled_from_pieces(run[:-1], pieces)):
            return True
    return False


def _allowed_in_tail(token: Token) -> bool:
    """What units._measure accepts among a reading's unit words."""
    return not ((token.is_stop or token.pos_ in FUNCTION_POS) and token.lower_ != "per")


def _first_word_fits(doc: Doc, i: int, pieces: Pieces) -> bool:
    """From token i, past symbols ("35-km"), the first token with letters is allowed and may be a unit."""
    j = i
    while j < len(doc) and (j == i or not doc[j].is_sent_start) and _allowed_in_tail(doc[j]):
        if any(ch.isalpha() for ch in doc[j].text):
            return may_be_unit_word(doc, doc[j], pieces)
        j += 1
    return False


def may_have_unit(doc: Doc, end: int, suffixes: dict[str, float]) -> bool:
    """False when no quantulum3 reading of the sentence could give the number ending before token
    `end` a unit that units._measure keeps: its unit words start after the number or after any later
    number of the sentence (wherever quantulum3's reading ends), and the first of them must fit."""
    pieces = unit_pieces()
    i = end
    while i < len(doc) and (i == end or not doc[i].is_sent_start):
        previous = doc[i - 1]
        if (i == end or (previous.like_num and previous.lower_ not in suffixes)) and _first_word_fits(doc, i, pieces):
            return True
        i += 1
    return False
