"""Event anaphora: "Moscow condemned the strike" targets whoever carried out the strike told of earlier.

A reaction (condemning, welcoming, rejecting, denying) often names the event it reacts to, not its
author. When such a predicate has no actor target and its object is a definite event noun, the
author of the most recent earlier event of the same kind in the article is the target.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

from datelines.model import Event
from datelines.read.events.lexicon import Lexicon
from datelines.read.events.phrases import Actor
from datelines.read.events.predicates import Predicate, predicate_lemma

DEFINITE = {"the", "this", "these", "that", "those"}
REACTION_ROOTS = {"01", "05", "11", "12"}  # statements, endorsements, disapproval, rejection
LOOKBACK_SENTENCES = 6


@dataclass(frozen=True)
class Told:
    """An event already read, with the noun and verb lemmas that can refer back to it."""

    lemma: str
    event: Event


def _event_noun(pred: Predicate) -> Token | None:
    for child in pred.token.children:
        if child.dep_ in {"dobj", "nsubjpass"} and child.pos_ == "NOUN" and any(
            d.dep_ == "det" and d.lower_ in DEFINITE for d in child.children
        ):
            return child
    return None


def _same_kind(noun: Token, told: Told, lexicon: Lexicon) -> bool:
    lemma = predicate_lemma(noun)
    if lemma == told.lemma:
        return True
    entries = lexicon.candidates(lemma, "noun")
    return any(entry.code[:2] == told.event.root for entry in entries)


def referred_author(pred: Predicate, earlier: list[Told], lexicon: Lexicon, sentence: int) -> Actor | None:
    """The source of the earlier event the predicate's definite object refers back to."""
    if pred.entry.code[:2] not in REACTION_ROOTS:
        return None
    noun = _event_noun(pred)
    if noun is None:
        return None
    for told in reversed(earlier):
        if sentence - told.event.evidence.sentence > LOOKBACK_SENTENCES:
            break
        if told.event.source and _same_kind(noun, told, lexicon):
            return Actor(told.event.source, told.event.source_text or told.event.source, -1, -1, "anaphor")
    return None
