"""Capitals and seats of power as governments: "Ankara and Moscow have been working" -> TURGOV, RUSGOV.

A capital stands for its government only when it acts: it is the subject or object of a verb, or the
object of a relational preposition ("between Ankara and Moscow", "talks with Tehran", "warnings from
Washington"). After a locative preposition ("in Ankara", "near Moscow"), after "to"/"from" that follow
motion ("flew to Moscow", "a flight from Ankara"), or as the destination of a motion verb ("visited
Moscow") it is a place. The word lists are data (organizations.yaml).
"""

from __future__ import annotations

from functools import lru_cache

from spacy.tokens import Token

from datelines.ontology.actors import load_yaml


@lru_cache(maxsize=1)
def _lists() -> dict[str, frozenset[str]]:
    data = load_yaml("organizations.yaml")
    keys = ("locative_prepositions", "motion_verbs", "directional_prepositions", "motion_nouns")
    return {key: frozenset(data[key]) for key in keys}


def acts(token: Token) -> bool:
    """Is this place name (its head token) used as an agent or patient rather than a location?"""
    words = _lists()
    while token.dep_ in ("conj", "appos") and token.head is not token:
        token = token.head
    dep = token.dep_
    if dep in ("nsubj", "nsubjpass", "agent", "csubj"):
        return True
    if dep in ("dobj", "dative", "obj"):
        return token.head.lemma_.lower() not in words["motion_verbs"]
    if dep == "pobj":
        prep = token.head
        if prep.lower_ in words["locative_prepositions"]:
            return False
        if prep.lower_ in words["directional_prepositions"]:
            governor = prep.head
            return governor.lemma_.lower() not in words["motion_verbs"] | words["motion_nouns"]
        return True  # "by Moscow" after a passive verb; "between/with/against Ankara"
    return dep == "poss"  # "Moscow's decision"
