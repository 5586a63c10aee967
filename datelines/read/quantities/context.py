"""What surrounds a quantity: its modifier ("more than"), rate ("annually"), date (a timex of the same
clause) and a short description of what it measures, all read from the words and the parse.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from datelines.read.quantities.modality import clause_verb
from datelines.read.quantities.rules import QuantityRules
from datelines.read.quantities.units import COUNT, UnitReading

# Verbs whose subject is what a figure measures ("unemployment rose to 7.5 percent",
# "the deal is worth $15 billion"); for other verbs the verb itself says it ("imports 30 bcm").
LEVEL_VERBS = {
    "be",
    "rise",
    "fall",
    "reach",
    "grow",
    "increase",
    "decrease",
    "drop",
    "total",
    "stand",
    "amount",
    "climb",
    "jump",
    "decline",
    "surge",
    "slip",
    "hit",
    "top",
    "exceed",
    "double",
    "cost",
    "worth",
    "value",
    "account",
    "remain",
    "soar",
    "plunge",
    "shrink",
    "expand",
    "measure",
}
NOUN_LINK_DEPS = {"compound", "nmod", "amod", "nummod", "npadvmod", "quantmod", "appos"}
DESCRIPTIVE_DEPS = {"amod", "compound", "nmod", "poss"}


def modifier_before(doc: Doc, start: int, sent_start: int, rules: QuantityRules) -> tuple[str | None, int]:
    """(mod value, new start) for a cue such as 'more than' right before token `start` (or before the
    article of 'a dozen', 'a hundred')."""
    ends = [start - 1, start] if start > sent_start and doc[start - 1].lower_ in {"a", "an"} else [start]
    for end in ends:
        for words, mod in sorted(rules.modifiers.items(), key=lambda item: -len(item[0])):
            first = end - len(words)
            if first >= sent_start and tuple(t.lower_ for t in doc[first:end]) == words:
                return mod, first
    return None, start


def _phrase_at(doc: Doc, i: int, table: dict[tuple[str, ...], str]) -> str | None:
    for words, value in sorted(table.items(), key=lambda item: -len(item[0])):
        if tuple(t.lower_ for t in doc[i : i + len(words)]) == words:
            return value
    return None


def rate(
    doc: Doc, reading: UnitReading, sent: Span, rules: QuantityRules, timexes: list[Span]
) -> tuple[str | None, int]:
    """(per, new end): 'per day' / 'a barrel' right after the quantity, else 'annually' in its clause,
    else a SET timex of the clause ('every year' -> P1Y)."""
    end = reading.end
    if end + 1 < sent.end and doc[end].lower_ in {"per", "a", "an", "each", "every"}:
        noun = doc[end + 1]
        for key in (noun.lower_, noun.lemma_.lower()):
            if key in rules.per_nouns:
                return rules.per_nouns[key], end + 2
    if end < sent.end and (per := _phrase_at(doc, end, rules.per_adverbs)):
        return per, end
    verb = clause_verb(doc[reading.start])
    # "annually" on the verb, or "a year" hung on the measured noun ("cubic metres of gas a year").
    for head in (doc[end - 1], verb):
        for child in head.children if head is not None else ():
            if child.dep_ in {"advmod", "npadvmod"} and child.i != reading.start:
                per = _phrase_at(doc, child.left_edge.i, rules.per_adverbs)
                if per:
                    return per, end
    if verb is not None:
        for span in timexes:
            if (
                span._.timex_type == "SET"
                and span._.timex_value in rules.per_sets
                and clause_verb(span.root) == verb
            ):
                return rules.per_sets[span._.timex_value], end
    return None, end


def _date_path_ok(timex_root: Token, verb: Token, allowed_noun: Token | None) -> bool:
    """The timex reaches the clause verb (or the quantity's own noun) through prepositions only, so
    'visited Turkey in 2014' dates the visitors but 'under a 2010 contract' does not date a plant."""
    node = timex_root
    while True:
        head = node.head
        if head.i == verb.i or (allowed_noun is not None and head.i == allowed_noun.i):
            return True
        if head.i == node.i or not (
            node.dep_ == "pobj" and head.pos_ == "ADP" or node.pos_ == "ADP" and head.dep_ == "pobj"
        ):
            return False
        node = head


def clause_date(reading: UnitReading, doc: Doc, timexes: list[Span]) -> str | None:
    """The value of a DATE timex in the quantity's clause, nearest first; None when the clause has none."""
    anchor = reading.noun if reading.noun is not None else doc[reading.start]
    verb = clause_verb(anchor)
    if verb is None:
        return None
    candidates = []
    for span in timexes:
        value = span._.timex_value
        if span._.timex_type != "DATE" or not value or not value[:1].isdigit():
            continue
        if reading.start <= span.start < reading.end:
            continue
        if clause_verb(span.root) == verb and _date_path_ok(span.root, verb, reading.noun):
            candidates.append((abs(span.start - reading.start), value))
    return min(candidates)[1] if candidates else None


def _noun_phrase(noun: Token, skip: range) -> str:
    """The noun with its descriptive left modifiers ('Russian tourists', "the country's electricity"),
    without the number, its modifier words and determiners."""
    left = [
        t
        for t in noun.children
        if t.i < noun.i and t.dep_ in DESCRIPTIVE_DEPS and t.i not in skip and t.tag_ != "PRP$"
    ]
    first = min((t.left_edge.i for t in left), default=noun.i)
    words = [
        t
        for t in noun.doc[first : noun.i + 1]
        if t.i not in skip
        and not t.like_num
        and t.dep_ not in {"det", "nummod", "quantmod", "advmod", "punct"}
        and t.tag_ != "PRP$"  # "its members" -> members: a pronoun says nothing of what is counted
    ]
    return "".join(t.text_with_ws for t in words[:-1]) + noun.text


def _of_object(token: Token) -> Token | None:
    """'2,000 tonnes of wheat' -> wheat: what a measure is made of."""
    for child in token.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj" and grandchild.pos_ in {"NOUN", "PROPN"}:
                    return grandchild
    return None


def _subjects(verb: Token) -> list[Token]:
    """Nominal subjects of a verb, or of the verb it complements ('output is expected to reach')."""
    while True:
        found = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
        if found or verb.dep_ != "xcomp":
            return [c for c in found if c.pos_ != "PRON"]
        verb = verb.head


def _counted(noun: Token, rules: QuantityRules, skip: range = range(0)) -> str:
    """'Russian tourists'; for harm, what happened to them too: 'people killed', 'soldiers wounded',
    since a toll of dead and one of wounded must not be summed together."""
    phrase = _noun_phrase(noun, skip)
    verb = noun.head
    harmed = (
        noun.dep_ in {"dobj", "nsubjpass"} and verb.pos_ == "VERB" and verb.lemma_.lower() in rules.harm_verbs
    )
    # only a done harm ("killed"): a planned "to expel" stays the bare noun phrase
    return f"{phrase} {verb.text}" if harmed and verb.tag_ in {"VBN", "VBD"} else phrase


def about(doc: Doc, reading: UnitReading, rules: QuantityRules) -> str | None:
    """What the quantity measures, in the article's words."""
    skip = range(reading.start, reading.end)
    if reading.kind == COUNT and reading.noun is not None:
        # a compound count ("five-member panel") leaves its own words out of what it counts
        inside = skip if reading.noun.i >= reading.end else range(0)
        return _counted(reading.noun, rules, inside)
    span = doc[reading.start : reading.end]
    root = span.root
    head = root.head
    if (made_of := _of_object(root)) is not None:
        return _noun_phrase(made_of, skip)
    if root.dep_ in NOUN_LINK_DEPS and head.pos_ in {"NOUN", "PROPN"} and head.i not in skip:
        return _noun_phrase(head, skip)
    if root.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in {"NOUN", "PROPN"}:
        return _noun_phrase(head.head, skip)
    verb = clause_verb(root)
    if verb is None:
        return None
    lemma = verb.lemma_.lower()
    worth = next((c for c in verb.children if c.lower_ in LEVEL_VERBS and c.dep_ == "acomp"), None)
    if lemma in LEVEL_VERBS or worth is not None:
        subjects = _subjects(verb)
        if subjects:
            return _noun_phrase(subjects[0], skip)
        return None
    particles = [c.text for c in verb.children if c.dep_ == "prt"]
    return " ".join([verb.text, *particles])
