"""One act of violence told twice in a sentence: by the weapon that did it and by the harm it did.

"Israeli airstrikes killed 19 people in southern Lebanon" names the strike (whose doer the adjective
gives) and the killing (whose victims the object gives); "a car bomb exploded in Mogadishu" names the
bomb and its going off. An analyst codes one event: the weapon's code, its doer, the harm's victims.
"""

from __future__ import annotations

from spacy.tokens import Token

from datelines.model import Event
from datelines.read.events.modality import ASSERTED, REPORTED
from datelines.read.events.predicates import HARMING_PREPS, VIOLENT_ROOTS

HARM_LEMMAS = {"kill", "injure", "wound", "hurt", "maim", "leave"}  # ("left 12 dead in an ambush")


def _doers(verb: Token) -> list[Token]:
    """What did the harm: the verb's subjects, or, for 'exploded, killing ten', those of the clause it
    continues; for a passive, its 'by', 'in' or 'amid' phrase ('were killed in Israeli attacks'), or that of a verb
    coordinated with it."""
    # ("a missile strike that killed 20 people": the relative pronoun stands for the noun it hangs on)
    own = [verb.head if verb.dep_ == "relcl" and c.lower_ in {"that", "which"} else c
           for c in verb.children if c.dep_ == "nsubj"]
    # "were killed and injured in an airstrike": the phrase may hang on the last of the coordinated verbs
    # (for an act of another kind with a subject of its own, what it did 'during' an attack is not that
    # attack's harm: "drones violated the airspace during an attack on Russia")
    preps = {"by", *HARMING_PREPS} - ({"during", "amid", "amidst"} if own and verb.lemma_.lower() not in HARM_LEMMAS else set())
    # ("killed in Russian missile and drone attacks": the parser makes the attacks a conjunct of the missile)
    own += [x for v in (verb, *verb.conjuncts) for prep in v.children
            if prep.dep_ in {"prep", "agent"} and prep.lower_ in preps for p in prep.children if p.dep_ == "pobj"
            for x in (p, *p.conjuncts)]
    if own or verb.dep_ not in {"advcl", "conj", "xcomp"}:
        return own
    return [c for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}]


def _fill(weapon: Event, harm: Event) -> None:
    if weapon.source is None:
        weapon.source, weapon.source_text = harm.source, harm.source_text
    same_country = weapon.target and harm.target and weapon.target[:3] == harm.target[:3]
    # ("two Chinese citizens are killed in an ambush in Badakhshan": the victims named beat the place's people)
    implied = bool(weapon.target) and not weapon.target_text and bool(harm.target_text)
    if harm.target and (weapon.target is None or implied or (same_country and len(harm.target) > len(weapon.target))):
        weapon.target, weapon.target_text = harm.target, harm.target_text  # "19 people" in Lebanon: LBNCVL
    if weapon.date_source != "text" and harm.date_source == "text":
        weapon.date, weapon.precision, weapon.date_source = harm.date, harm.precision, harm.date_source


def _told_in_report(weapon: Event, harm: Event) -> bool:
    """"fishermen are reportedly killed in Chadian airstrikes": the weapon is told inside the report."""
    return weapon.modality == ASSERTED and harm.modality == REPORTED


WHEN_MARKS = {"when", "as"}


def _force_when(verb: Token, events: list[Event], tokens: dict[int, Token]) -> list[Event]:
    """'A Palestinian is killed when Israeli forces open fire on stone-throwers': a passive harm with no doer
    of its own was done by the force its 'when/as' clause tells."""
    if any(c.dep_ in {"nsubj", "agent"} for c in verb.children):
        return []
    # ("killed and another injured when ...": the clause may hang on the last of the joined verbs)
    clauses = {c.i for v in (verb, *verb.conjuncts) for c in v.children if c.dep_ == "advcl" and any(
        m.dep_ in {"mark", "advmod"} and m.lower_ in WHEN_MARKS for m in c.children)}
    return [e for e in events if e.root in VIOLENT_ROOTS and e.source
            and (token := tokens.get(id(e))) is not None and token.i in clauses]


def merge_weapon_and_harm(events: list[Event], tokens: dict[int, Token]) -> list[Event]:
    """Fold the harm a weapon noun did into the weapon's event; `tokens` maps id(event) to its word."""
    weapons: dict[int, list[Event]] = {}
    for event in events:
        token = tokens.get(id(event))
        if token is not None and event.root in VIOLENT_ROOTS and token.pos_ in {"NOUN", "PROPN"}:
            weapons.setdefault(token.i, []).append(event)
        elif token is not None and event.root in VIOLENT_ROOTS and token.dep_ == "acl" and token.tag_ == "VBN":
            weapons.setdefault(token.head.i, []).append(event)  # "projectiles fired by Iran hit Aqaba"
    folded: set[int] = set()
    for harm in events:
        verb = tokens.get(id(harm))
        if verb is None or harm.root not in VIOLENT_ROOTS or verb.pos_ not in {"VERB", "AUX"}:
            continue
        found = next((weapons[s.i] for s in _doers(verb) if s.i in weapons), None) or _force_when(verb, events, tokens)
        if not found or any(w.modality != harm.modality and not _told_in_report(w, harm) for w in found):
            continue
        for weapon in found:
            _fill(weapon, harm)
            weapon.modality = harm.modality
        folded.add(id(harm))
    return [e for e in events if id(e) not in folded]
