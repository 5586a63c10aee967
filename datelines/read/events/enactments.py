"""Acts of legislatures, executives and courts told by their instruments: a law or decree that restricts
people is a sanction on them, a vetoed bill is the legislature's, a guilty plea is made to a court.

The extractor (events.extract) asks these after an act's arguments are found; each answers from the
words of the act's own clause.
"""

from __future__ import annotations

from spacy.tokens import Token

from datelines.read.actors.roles import role_lexicon
from datelines.read.events.phrases import Actor, ActorIndex, country_of, demonym_country, implied
from datelines.read.events.predicates import Predicate


def court_country(verb: Token, index: ActorIndex) -> str | None:
    """The country of the court a plea is made in: 'in a Chicago court', 'before a court in Lagos'."""
    courts = [t for t in verb.subtree if t.i > verb.i and t.dep_ == "pobj" and t.head.lower_ in {"in", "before"}
              and t.lemma_.lower() in {"court", "tribunal"}]
    places = [m for c in courts for m in (*(x for x in c.children if x.dep_ in {"compound", "amod"}),
                                          *(p for prep in c.children if prep.lower_ == "in" for p in prep.children))]
    return next((a.code[:3] for m in places if (a := index.place_actor_at.get(m.i) or index.actor_at.get(m.i))
                 and not a.code.startswith("IGO")), None)


BILL_NOUNS = {"bill", "law", "legislation", "budget", "amendment"}
# What a legislature or an executive enacts, and the words that make it a restriction on people.
ENACTING_VERBS = {"pass", "approve", "sign", "adopt", "enact"}
LAW_NOUNS = {"law", "bill", "legislation", "amendment", "decree", "order", "measure"}
RESTRICTING_WORDS = {"ban", "prohibit", "restrict", "restriction", "require", "requirement", "prevent", "criminalize",
                     "criminalise", "penalty", "punish", "penalize", "penalise", "tighten", "forbid", "outlaw", "curb",
                     "strip", "revoke", "deport", "expel", "execution", "censorship", "strict", "mandatory", "compulsory",
                     "surveillance", "detention", "dissolve"}
# Who a restriction names, when the law names them: "requiring non-governmental organizations to disclose".
RESTRICTED_ROLES = {"NGO", "MED", "OPP", "REL", "BUS", "EDU", "LAB", "REF", "CRM"}


def enacted_law(pred: Predicate) -> Token | None:
    """The law, decree or measure an enacting verb's entry (172) names as its object."""
    verb = pred.token
    if pred.is_noun or pred.entry.code != "172" or verb.lemma_.lower() not in ENACTING_VERBS:
        return None
    # (passive too: "the bill is signed by Trump", "a bill passed by the Senate")
    laws = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}] + ([verb.head] if verb.dep_ == "acl" else [])
    return next((c for c in laws if c.lemma_.lower() in LAW_NOUNS), None)


def restricts_people(law: Token) -> bool:
    """Do the law's own words restrict ('a law banning ...', 'an order that prevents ...', 'stricter rules')?"""
    return any(t.lemma_.lower() in RESTRICTING_WORDS or t.lower_ in RESTRICTING_WORDS
               for t in law.subtree if t.i != law.i)


def restricted_group(law: Token, sources: list[Actor]) -> Actor | None:
    """The people a restricting law names by their role ('non-governmental organizations', 'journalists')
    or their nationality ('executions of Palestinians'), of the enacting state's country unless named."""
    home = next((c for s in sources if (c := country_of(s))), None)
    for token in (t for t in law.subtree if t.i > law.i and t.pos_ in {"NOUN", "PROPN"}):
        role = role_lexicon().role_of([*(c for c in token.lefts if c.dep_ in {"amod", "compound"}), token])[0]
        country = demonym_country(token) if token.pos_ == "PROPN" else None
        if country and country != home:
            return implied(country)  # ("mandatory executions of Palestinians")
        if role in RESTRICTED_ROLES and home:
            return implied(home + role)
    return None


def vetoed_bill(pred: Predicate) -> bool:
    return (not pred.is_noun and pred.token.lemma_.lower() == "veto"
            and any(c.dep_ == "dobj" and c.lemma_.lower() in BILL_NOUNS for c in pred.token.children))


def guilty_plea(pred: Predicate) -> bool:
    return (not pred.is_noun and pred.token.lemma_.lower() == "plead"
            and any(c.dep_ == "acomp" and c.lower_ == "guilty" for c in pred.token.children))


def not_guilty_plea(pred: Predicate) -> bool:
    """'pleads not guilty': a denial, not an admission withheld."""
    return guilty_plea(pred) and any(n.dep_ == "neg" for c in (pred.token, *pred.token.children) for n in c.children)
