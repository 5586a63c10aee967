"""Capitals and seats of power as governments: "Ankara and Moscow have been working" -> TURGOV, RUSGOV.

A capital stands for its government only when it acts: it is the subject or object of a verb, or the
object of a relational preposition ("between Ankara and Moscow", "talks with Tehran", "warnings from
Washington"). After a locative preposition ("in Ankara", "near Moscow"), after "to"/"from" that follow
motion ("flew to Moscow", "a flight from Ankara"), or as the destination of a motion verb ("deployed to
Syria") it is a place. The destination of a visit or an envoy is the exception: it is the target of the
visit ("will visit Beijing", "a visit to Turkey", "sent its minister to Islamabad"). The word lists are
data (organizations.yaml).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from datelines.ontology.actors import load_yaml

KEYS = ("locative_prepositions", "motion_verbs", "directional_prepositions", "motion_nouns", "visit_verbs",
        "visit_to_verbs", "visit_nouns", "envoy_verbs", "envoy_nouns", "struck_verbs")


@lru_cache(maxsize=1)
def _lists() -> dict[str, frozenset[str]]:
    data = load_yaml("organizations.yaml")
    return {key: frozenset(data[key]) for key in KEYS}


def _lemma(token: Token) -> str:
    return token.lemma_.lower()


def visited(token: Token) -> bool:
    """Is this place name (conj/appos heads already followed) the destination of a visit or an envoy?
    A participle aside ("Biden, visiting Poland") is background, not a visit event."""
    words = _lists()
    if token.dep_ in ("dobj", "obj"):
        verb = token.head
        return _lemma(verb) in words["visit_verbs"] and verb.tag_ != "VBG"
    if token.dep_ != "pobj" or token.head.lower_ not in ("to", "toward", "towards"):
        return False
    governor = token.head.head
    lemma = _lemma(governor)
    if governor.pos_ == "NOUN":
        return lemma in words["visit_nouns"]
    if lemma in words["visit_to_verbs"]:
        return True
    if lemma in words["envoy_verbs"]:
        sent = [c for c in governor.children if c.dep_ in ("dobj", "obj")]
        return any(_lemma(c) in words["envoy_nouns"] for c in sent)
    return False


def struck(token: Token) -> bool:
    """Is this capital what force fell on ("missiles struck Kyiv", "airstrikes on Beirut")? Then it is a
    city hit, and its country, not its government, is the target."""
    words = _lists()
    while token.dep_ in ("conj", "appos") and token.head.i != token.i:
        token = token.head
    if token.dep_ in ("dobj", "obj", "nsubjpass"):
        return _lemma(token.head) in words["struck_verbs"]
    if token.dep_ == "pobj" and token.head.lower_ in ("on", "against"):
        return _lemma(token.head.head) in words["struck_verbs"]  # "launched airstrikes on Beirut"
    return False


def _heads_clause(token: Token) -> bool:
    """"The United States and 20 other countries expelled ...": a parse that makes the name the root and
    the verb a reduced relative still has the name as the clause's agent."""
    return token.dep_ == "ROOT" and any(t.pos_ in ("VERB", "AUX") for t in token.subtree)


# Heads of the names of waters that take a country's name after 'of'.
WATER_NAME_HEADS = {"Gulf", "Sea", "Strait", "Bay"}


def acts(token: Token) -> bool:
    """Is this place name (its head token) used as an agent or patient rather than a location?"""
    words = _lists()
    while token.dep_ in ("conj", "appos") and token.head.i != token.i:
        token = token.head
    if visited(token) or _heads_clause(token):
        return True
    dep = token.dep_
    if dep in ("nsubj", "nsubjpass", "agent", "csubj"):
        return True
    if dep in ("dobj", "dative", "obj"):
        return token.head.lemma_.lower() not in words["motion_verbs"]
    if dep == "pobj":
        prep = token.head
        if prep.lower_ == "of" and prep.head.text in WATER_NAME_HEADS:
            return False  # "the Gulf of Oman", "the Sea of Japan": a water named after a country
        if prep.lower_ in words["locative_prepositions"]:
            return False
        if prep.lower_ in words["directional_prepositions"]:
            governor = prep.head
            return governor.lemma_.lower() not in words["motion_verbs"] | words["motion_nouns"]
        return True  # "by Moscow" after a passive verb; "between/with/against Ankara"
    return dep == "poss"  # "Moscow's decision"
