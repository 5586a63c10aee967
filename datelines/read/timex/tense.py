"""The tense of the clause a temporal expression sits in, read from the spaCy parse.

A bare "Monday" or "March" is resolved against the publication date in the direction the clause
points: past (VBD, have + VBN), future (will/shall/'ll, going to, expected/planned to), else present.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

FUTURE_AUX = {"will", "shall", "'ll", "wo"}
# Verbs whose infinitive complement points forward: "is expected to be completed by ...".
# Verbs whose infinitive is done in the same act, at its time: "voted to lift", "moved to ban", "tried to storm".
DOING_GOVERNORS = {"vote", "move", "manage", "begin", "start", "try", "attempt", "fail", "refuse", "rush", "decline"}
FUTURE_GOVERNORS = {"expect", "plan", "schedule", "intend", "aim", "hope", "set", "due", "go", "prepare", "seek"}
# "a visit planned for Wednesday": the time of a plan, named by a bare participle, is not the time
# the plan was made, so the participle gives no past tense.
PLANNING_PARTICIPLES = {"plan", "schedule", "slate", "arrange", "timetable"}  # not "set": "a record set on Aug. 6"
# "invited the leaders to Berlin for talks on Monday": the talks an invitation is for lie ahead of it.
INVITING = {"invite", "summon", "call", "convene", "schedule", "plan"}
VERBAL = {"VERB", "AUX"}
# "The team planned to leave on Thursday", "the vote was scheduled for Monday": a plan made in the
# past says nothing of whether its day has come; the day takes the nearest reading, as in the present.
INTENT_VERBS = {"plan", "intend", "schedule", "slate"}


def governing_verb(span: Span) -> Token | None:
    """The verb the expression modifies: its head, or the head of the preposition it is the object of.

    An expression that modifies a noun ("payable Dec. 7", "the offer of Nov. 17") is not placed in
    time by the main verb of the sentence, so it gets no verb (and no tense).
    """
    token = span.root
    head = token.head
    while head.i != token.i and span.start <= head.i < span.end:  # a root inside a multi-token span
        token, head = head, head.head
    if head.i == token.i:
        return token if token.pos_ in VERBAL and token.i not in range(span.start, span.end) else None
    if head.pos_ == "ADP" and head.head.i != head.i:
        head = head.head
    if head.lemma_.lower() in PERIOD_PARTS and head.head.pos_ == "ADP" and head.head.head.i != head.head.i:
        head = head.head.head  # "by the end of January": the verb the whole phrase hangs on
    return head if head.pos_ in VERBAL else None


# Parts of a period named around a time: "the end of January", "the start of next year".
PERIOD_PARTS = {"end", "beginning", "start", "middle", "close", "turn"}


def _preposition_of(span: Span) -> Token | None:
    """The preposition an expression is the object of, through "the end of": 'by the end of January'."""
    head = span.root.head
    if head.i == span.root.i:
        return None
    if head.lower_ == "of" and head.head.lemma_.lower() in PERIOD_PARTS:
        head = head.head.head
    return head if head.pos_ == "ADP" else None


def verb_tense(verb: Token) -> str:
    auxiliaries = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
    words = {a.lower_ for a in auxiliaries}
    if words & FUTURE_AUX or verb.lower_ in FUTURE_AUX:
        return "future"
    if verb.dep_ == "xcomp" and verb.head.lemma_ in FUTURE_GOVERNORS:
        governor = verb.head
        # "the talks, set to resume Monday": a bare participle governor carries no tense of its own.
        bare_participle = governor.tag_ == "VBN" and governor.dep_ in ("acl", "advcl") and not any(
            child.dep_ in ("aux", "auxpass") for child in governor.children
        )
        if _past_plan(governor):
            return "present"
        governor_tense = "present" if bare_participle else verb_tense(governor)
        return "future" if governor_tense != "past" or governor.lemma_ == "go" else "past"
    if verb.dep_ == "xcomp" and verb.head.lemma_ in DOING_GOVERNORS and verb.tag_ == "VB":
        return verb_tense(verb.head)  # "the cabinet voted to lift it on Saturday": the vote was the lifting
    if (  # "is to resume trading Tuesday"
        verb.dep_ == "xcomp"
        and verb.head.lemma_ == "be"
        and verb.head.tag_ in ("VBZ", "VBP")
        and any(child.lower_ == "to" for child in verb.children)
    ):
        return "future"
    if _past_plan(verb):
        return "present"  # "protesters planned a rally on Saturday", "was planned for early March"
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxiliaries):
        return "past"
    if verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxiliaries):
        return "past"
    if verb.tag_ == "VBN" and verb.dep_ == "acl" and not auxiliaries:  # "a plane shot down Monday"
        return "present" if verb.lemma_ in PLANNING_PARTICIPLES else "past"
    return "present"


def _past_plan(verb: Token) -> bool:
    """'planned', 'was scheduled', 'did not plan' (not 'had planned')."""
    if verb.lemma_ not in INTENT_VERBS or perfect(verb):
        return False
    auxiliaries = [child for child in verb.children if child.dep_ in ("aux", "auxpass")]
    return verb.tag_ == "VBD" or (verb.tag_ in ("VBN", "VBG", "VB") and any(a.tag_ == "VBD" for a in auxiliaries))


def perfect(verb: Token) -> bool:
    """'had planned', 'has been detained': a verb told in a perfect tense (a 'have' auxiliary)."""
    return any(child.dep_ in ("aux", "auxpass") and child.lemma_ == "have" for child in verb.children)


# "as soon as Tuesday", "as early as next week": the earliest a thing may happen, still to come.
FORWARD_PHRASES = (("as", "soon", "as"), ("as", "early", "as"))


def _after_forward_phrase(span: Span) -> tuple[str, ...] | None:
    start = span.start
    if start < 3:
        return None
    words = tuple(token.lower_ for token in span.doc[start - 3 : start])
    return words if words in FORWARD_PHRASES else None


# A deadline looks forward from the event it bounds: "extended the offer until Nov. 16" is past
# tense, yet Nov. 16 is still to come. Such a date takes the nearest reading, as in the present.
DEADLINE_PREPOSITIONS = {"until", "till", "through", "by", "pending", "effective"}


def clause_tense(span: Span) -> str | None:
    """past | present | future, or None when no verb governs the expression (a headline, a list)."""
    forward = _after_forward_phrase(span)
    if forward == ("as", "soon", "as"):
        return "future"
    if span.start > 0 and span.doc[span.start - 1].lower_ == "since":
        return "past"  # "protests have continued since March": whatever the parse, a start behind us
    preposition = _preposition_of(span)
    verb = governing_verb(span)
    if preposition is not None and preposition.lower_ in DEADLINE_PREPOSITIONS:
        # ("will leave the EU by the end of January": a deadline of what is still to come is ahead too)
        tense = verb_tense(verb) if verb is not None else None
        if preposition.lower_ == "by" and tense == "past":
            return "past"  # "were closed by March 13": done by then, so the date is behind
        return "future" if tense == "future" else "present"
    if forward is not None and (verb is None or verb_tense(verb) != "past"):
        return "future"  # "could arrive as early as Tuesday" (but "seen as early as March" is past)
    if verb is None:
        if _purpose_of_invitation(span):
            return "future"
        return "past" if _dates_a_past_act(span) else None
    return verb_tense(verb)


# Prepositions after which a noun may still lie ahead of a past verb: "left before the May 3 vote".
LOOKING_AHEAD = {"before", "until", "till", "by", "for", "ahead", "pending", "toward", "towards", "to", "of"}


def _dates_a_past_act(span: Span) -> bool:
    """'held a July 25 meeting', 'came after a July 25 meeting', 'the March 3 attack killed ten': a date
    before a noun that a verb in the past tense has for its subject or object, or that follows a past
    verb's preposition (not one that looks ahead: "before", "until", "for"), dates something done, so it
    lies behind us."""
    noun = span.root.head
    if span.root.dep_ not in {"compound", "nmod", "amod"} or noun.pos_ != "NOUN" or noun.i < span.end:
        return False
    for _ in range(3):  # ("via the December 20 signing of the bill, a July 25 meeting"): through apposition
        if noun.dep_ not in {"appos", "conj"}:
            break
        noun = noun.head
    verb = noun.head
    if noun.dep_ == "pobj" and verb.pos_ == "ADP" and verb.lower_ not in LOOKING_AHEAD:
        verb = verb.head
    elif noun.dep_ not in {"dobj", "nsubj", "nsubjpass"}:
        return False
    return verb.pos_ in VERBAL and verb_tense(verb) == "past"


def _purpose_of_invitation(span: Span) -> bool:
    """'invited them to Berlin for talks on Monday': the expression dates the noun an invitation
    (or a summons, a schedule) is for."""
    head = span.root.head
    noun = head.head if head.pos_ == "ADP" else head
    preposition = noun.head
    return (
        noun.pos_ == "NOUN"
        and noun.dep_ == "pobj"
        and preposition.lower_ == "for"
        and preposition.head.lemma_ in INVITING
    )
