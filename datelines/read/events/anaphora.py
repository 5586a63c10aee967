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
ELLIPSIS_SENTENCES = 5
# A noun naming a kind of act ("the takeover", "the annexation") usually points at the story's main event,
# which may lie further back than a repeated word does.
KIND_LOOKBACK_SENTENCES = 12
# Nouns that name an earlier act by its kind, not by its own word: "condemned the takeover" refers back
# to the coup told before, "welcomed the move" to whatever was just done. Each maps to the CAMEO roots
# roots (or codes) of the acts it can name (None: any act that is not itself talk).
GENERIC_EVENT_NOUNS: dict[str, frozenset[str] | None] = {
    **dict.fromkeys(["takeover", "seizure", "coup", "ouster", "overthrow", "removal"], frozenset({"170", "19", "20"})),
    **dict.fromkeys(["annexation", "invasion", "incursion", "offensive", "operation", "occupation", "intervention"],
                    frozenset({"19", "20"})),
    **dict.fromkeys(["attack", "assault", "strike", "strikes", "raid", "bombing", "shelling", "killing",
                     "shooting", "downing", "violence", "crackdown"], frozenset({"17", "18", "19", "20"})),
    **dict.fromkeys(["criticism", "condemnation", "accusation", "accusations", "allegation", "allegations"],
                    frozenset({"11"})),
    **dict.fromkeys(["threat", "threats", "warning", "warnings", "ultimatum"], frozenset({"13"})),
    **dict.fromkeys(["move", "decision", "step", "measure", "measures", "action", "actions"], None),
}
TALK_ROOTS = {"01", "02", "10", "11", "12", "13"}


@dataclass(frozen=True)
class Told:
    """An event already read, with the noun and verb lemmas that can refer back to it."""

    lemma: str
    event: Event


def _event_noun(pred: Predicate) -> Token | None:
    if pred.about is not None:  # a verdict on "the annexation" damns whoever annexed
        about = pred.about
        if about.pos_ == "NOUN" and any(d.dep_ == "det" and d.lower_ in DEFINITE for d in about.children):
            return about
        return None
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
    for word in (lemma, noun.lower_):
        if word in GENERIC_EVENT_NOUNS:
            roots = GENERIC_EVENT_NOUNS[word]
            if roots is None:
                return told.event.root not in TALK_ROOTS
            return any(told.event.code.startswith(prefix) for prefix in roots)
    entries = lexicon.candidates(lemma, "noun")
    return any(entry.code[:2] == told.event.root for entry in entries)


def referred_author(pred: Predicate, earlier: list[Told], lexicon: Lexicon, sentence: int) -> Actor | None:
    """The source of the earlier event the predicate's definite object refers back to."""
    if pred.entry.code[:2] not in REACTION_ROOTS:
        return None
    noun = _event_noun(pred)
    if noun is None:
        return None
    kind = GENERIC_EVENT_NOUNS.get(predicate_lemma(noun), GENERIC_EVENT_NOUNS.get(noun.lower_, None))
    lookback = KIND_LOOKBACK_SENTENCES if kind is not None else LOOKBACK_SENTENCES
    for told in reversed(earlier):
        if sentence - told.event.evidence.sentence > lookback:
            break
        generic = predicate_lemma(noun) in GENERIC_EVENT_NOUNS or noun.lower_ in GENERIC_EVENT_NOUNS
        if pred.about is not None and not generic and told.lemma != predicate_lemma(noun):
            continue  # a verdict on "the draft" refers only to an act told by the same word or a kind noun
        if told.event.source and _same_kind(noun, told, lexicon):
            return Actor(told.event.source, told.event.source_text or told.event.source, -1, -1, "anaphor")
    return None


def elided_target(pred: Predicate, earlier: list[Told], sentence: int, sources: list[Actor]) -> Actor | None:
    """'Saudi Arabia cut ties with Qatar ... Yemen and the Maldives cut ties later in the day': the same
    act told again of other sources, without its target, keeps the target of the act it repeats."""
    if pred.entry.symmetric or pred.is_verdict:
        return None  # a verdict's target is what its clause is about, never one repeated from before  # "A and B agreed": a joint act among its sources, not one repeated against a third
    source_codes = {s.code for s in sources}
    for told in reversed(earlier):
        if sentence - told.event.evidence.sentence > ELLIPSIS_SENTENCES:
            break
        event = told.event
        if told.lemma != predicate_lemma(pred.token) or event.code != pred.entry.code or not event.target:
            continue
        if event.evidence.sentence == sentence or event.source in source_codes or event.target in source_codes:
            return None
        return Actor(event.target, event.target_text or event.target, -1, -1, "anaphor")
    return None
