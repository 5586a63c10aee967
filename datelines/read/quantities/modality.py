"""Modality of the clause that states a quantity: asserted, negated, planned, expected, hypothetical
or reported, read off the governing verb and the verbs above it.

"Turkey was planning to host six million tourists" is planned (the matrix verb is a plan verb),
"will bring 15 bcm" planned (future auxiliary), "is expected to reach" expected, "did not send 5,000
troops" negated, "officials said 250 people were evacuated" reported. The cue words are in rules.yaml.
"""

from __future__ import annotations

from spacy.tokens import Token

from datelines.read.quantities.rules import QuantityRules

# Dependencies through which a governing verb's meaning reaches its complement.
COMPLEMENT_DEPS = {"xcomp", "ccomp", "advcl", "conj", "pcomp", "acomp"}


def _own_markers(verb: Token, rules: QuantityRules) -> set[str]:
    cues = rules.modality
    markers: set[str] = set()
    for child in verb.children:
        lower = child.lower_
        if child.dep_ == "neg" or (child.dep_ in {"advmod", "det"} and lower in cues["negators"]):
            markers.add("negated")
        elif child.dep_ in {"aux", "auxpass"} and lower in cues["future_aux"]:
            markers.add("planned")
        elif (
            child.dep_ in {"aux", "auxpass"}
            and lower in cues["hypothetical_aux"]
            or child.dep_ == "mark"
            and lower in cues["conditional_marks"]
        ):
            markers.add("hypothetical")
    return markers


def _matrix_markers(child: Token, head: Token, rules: QuantityRules) -> set[str]:
    """What a governing verb says about its complement clause."""
    cues = rules.modality
    lemma = head.lemma_.lower()
    if child.dep_ in {"xcomp", "advcl", "acomp"}:
        if lemma in cues["expect_verbs"]:
            return {"expected"}
        if lemma in cues["plan_verbs"] or (lemma == "go" and head.tag_ == "VBG"):
            return {"planned"}
        if lemma in cues["negating_verbs"]:
            return {"negated"}
    if child.dep_ == "ccomp" and lemma in cues["report_verbs"]:
        return {"reported"}
    if child.dep_ == "ccomp" and lemma in cues["negating_verbs"]:
        return {"negated"}
    return set()


def clause_verb(token: Token) -> Token | None:
    """The nearest verb (or predicative adjective such as 'likely') that governs a token."""
    for ancestor in [token, *token.ancestors]:
        if ancestor.pos_ in {"VERB", "AUX"}:
            return ancestor
    return None


def modality_of(token: Token, rules: QuantityRules) -> str:
    """Modality of the clause around `token`, the most limiting marker winning (rules.precedence)."""
    verb = clause_verb(token)
    if verb is None:
        return "asserted"
    markers = _own_markers(verb, rules)
    current = verb
    while current.dep_ in COMPLEMENT_DEPS and current.head.i != current.i:
        head = current.head
        if current.dep_ == "conj":
            # a conjoined verb shares the auxiliaries of its first conjunct only when it has no subject
            if not any(c.dep_.startswith("nsubj") for c in current.children):
                markers |= _own_markers(head, rules)
        else:
            markers |= _matrix_markers(current, head, rules)
            markers |= {
                m for m in _own_markers(head, rules) if m != "hypothetical" or current.dep_ != "ccomp"
            }
        current = head
    for modality in rules.precedence:
        if modality in markers:
            return modality
    return "asserted"
