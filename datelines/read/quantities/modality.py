"""Modality of the clause that states a quantity: asserted, negated, planned, expected, hypothetical
or reported, read off the governing verb and the verbs above it.

"Turkey was planning to host six million tourists" is planned (the matrix verb is a plan verb),
"will bring 15 bcm" planned (future auxiliary), "is expected to reach" expected, "did not send 5,000
troops" negated, "officials said 250 people were evacuated" reported, and so is "she said the ban
would cover 90 percent", where "would" is the reported "will"; "would ... if ..." stays hypothetical. The cue words are in rules.yaml.
"""

from __future__ import annotations

from spacy.tokens import Token

from datelines.read.quantities.rules import QuantityRules

# Dependencies through which a governing verb's meaning reaches its complement.
COMPLEMENT_DEPS = {"xcomp", "ccomp", "advcl", "conj", "pcomp", "acomp"}
# "would": hypothetical, except as the reported "will" under a past reporting verb (sequence of tenses).
WOULD = "would"


def _own_markers(verb: Token, rules: QuantityRules) -> set[str]:
    cues = rules.modality
    markers: set[str] = set()
    for child in verb.children:
        lower = child.lower_
        if child.dep_ == "neg" or (child.dep_ in {"advmod", "det"} and lower in cues["negators"]):
            markers.add("negated")
        elif child.dep_ in {"aux", "auxpass"} and lower in cues["future_aux"]:
            markers.add("planned")
        elif child.dep_ in {"aux", "auxpass"} and lower in cues["reported_future_aux"]:
            markers.add(WOULD)
        elif (
            child.dep_ in {"aux", "auxpass"}
            and lower in cues["hypothetical_aux"]
            or child.dep_ == "mark"
            and lower in cues["conditional_marks"]
        ):
            markers.add("hypothetical")
    return markers


def _conditioned(verb: Token, rules: QuantityRules) -> bool:
    """The clause has its own condition: 'would be lost if the mine closed'."""
    marks = rules.modality["conditional_marks"]
    return any(
        c.dep_ == "advcl" and any(g.dep_ == "mark" and g.lower_ in marks for g in c.children)
        for c in verb.children
    )


def _past_report(child: Token, head: Token, rules: QuantityRules) -> bool:
    """'said (that) ...': a complement of a reporting verb in the past tense."""
    return (
        child.dep_ == "ccomp"
        and head.lemma_.lower() in rules.modality["report_verbs"]
        and head.tag_ in {"VBD", "VBN"}
    )


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
        if ancestor.pos_ in {"VERB", "AUX"} and ancestor.dep_ != "prep":  # "including 11 airfields": a preposition
            return ancestor
    return None


def modality_of(token: Token, rules: QuantityRules) -> str:
    """Modality of the clause around `token`, the most limiting marker winning (rules.precedence)."""
    verb = clause_verb(token)
    if verb is None:
        return "asserted"
    markers = _own_markers(verb, rules)
    reported_would = False  # this clause's "would" is the reported "will" of a past reporting verb
    current = verb
    while current.dep_ in COMPLEMENT_DEPS and current.head.i != current.i:
        head = current.head
        if current.dep_ == "conj":
            # a conjoined verb shares the auxiliaries of its first conjunct only when it has no subject
            if not any(c.dep_.startswith("nsubj") for c in current.children):
                markers |= _own_markers(head, rules)
        else:
            if WOULD in markers and not reported_would and _past_report(current, head, rules):
                reported_would = not _conditioned(verb, rules) and not _conditioned(current, rules)
            markers |= _matrix_markers(current, head, rules)
            markers |= {
                m
                for m in _own_markers(head, rules)
                if m not in {"hypothetical", WOULD} or current.dep_ != "ccomp"
            }
        current = head
    if WOULD in markers:
        markers.discard(WOULD)
        if not reported_would:
            markers.add("hypothetical")
    for modality in rules.precedence:
        if modality in markers:
            return modality
    return "asserted"
