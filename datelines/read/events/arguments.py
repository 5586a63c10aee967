"""Attach source, target and location to a predicate through the dependency tree.

Handles the constructions that decide who did what to whom: active and passive voice (the passive
subject is the target, the 'by' agent the source), coordination (each conjunct is an actor),
control and raising ("Turkey chose to co-operate": the subject comes from 'chose'), relative clauses
(the antecedent fills the relative pronoun), possessive nominalizations ("Turkey's downing of a jet")
and light verbs ("will have a meeting").
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from datelines.read.events.lexicon import Lexicon
from datelines.read.events.predicates import PARTITIVE, Predicate, acts_as_verb

RELATIVE_PRONOUNS = {"which", "who", "that", "whom", "whose"}
PERSON_PRONOUNS = {"he", "him", "his", "she", "her", "hers"}
PLURAL_PRONOUNS = {"they", "them", "their"}
THING_PRONOUNS = {"it", "its"}
LOCATION_PREPS = {"in", "at", "near", "inside", "outside", "across", "throughout"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
# Verbs whose object, not subject, does what the infinitive says: "urged Russia to withdraw".
OBJECT_CONTROL = {"urge", "ask", "persuade", "force", "invite", "encourage", "discourage", "order", "tell",
                  "call", "press", "pressure", "allow", "help", "compel", "require"}


@dataclass
class ActorIndex:
    """Token -> actor span and token -> place, built once per doc."""

    doc: Doc
    actor_at: dict[int, Span] = field(default_factory=dict)
    place_at: dict[int, str] = field(default_factory=dict)
    actors: list[Span] = field(default_factory=list)

    @classmethod
    def build(cls, doc: Doc) -> ActorIndex:
        index = cls(doc)
        for span in doc.spans.get("actor", []):
            if not span._.actor_code:
                continue
            index.actors.append(span)
            for i in range(span.start, span.end):
                index.actor_at.setdefault(i, span)
        for ent in doc.ents:
            if ent.label_ in PLACE_LABELS:
                for i in range(ent.start, ent.end):
                    index.place_at[i] = ent.text
        for span in doc.spans.get("place", []):
            for i in range(span.start, span.end):
                index.place_at[i] = span._.place_name or span.text
        index.actors.sort(key=lambda s: s.start)
        return index


@dataclass
class Arguments:
    sources: list[Span]
    targets: list[Span]
    location: str | None = None


def _dedupe(spans: list[Span]) -> list[Span]:
    seen: set[tuple[int, int]] = set()
    out = []
    for span in spans:
        if (span.start, span.end) not in seen:
            seen.add((span.start, span.end))
            out.append(span)
    return out


def _conjuncts(token: Token) -> list[Token]:
    return [token, *[t for t in token.conjuncts if t.i > token.i]]


def resolve_pronoun(token: Token, index: ActorIndex, exclude: set[int] = frozenset()) -> list[Span]:
    """Nearest earlier actor of the right kind, within this and the previous two sentences."""
    lower = token.lower_
    sent_start = token.sent.start
    window_start = sent_start
    for _ in range(2):
        if window_start > 0:
            window_start = token.doc[window_start - 1].sent.start
    before = [s for s in index.actors if window_start <= s.start < token.i and s.start not in exclude]
    if lower in PERSON_PRONOUNS:
        people = [s for s in before if s._.actor_kind == "person"]
        return people[-1:]
    if lower in THING_PRONOUNS:
        things = [s for s in before if s._.actor_kind in {"country", "organization", "igo", "group"} and s.sent == token.sent]
        return things[-1:]
    if lower in PLURAL_PRONOUNS:
        for span in reversed(before):
            head = span.root
            group = [index.actor_at.get(t.i) for t in _conjuncts(head.head if head.dep_ == "conj" else head)]
            group = [g for g in group if g is not None]
            if len(group) >= 2:
                return _dedupe(group)
        return []
    return []


def actor_of_phrase(head: Token, index: ActorIndex, exclude: set[int] = frozenset(), depth: int = 0) -> Span | None:
    """The actor a noun phrase names: an apposed name, the head itself, a modifier, or an 'of' complement."""
    if depth > 3:
        return None
    for appos in (c for c in head.children if c.dep_ == "appos"):
        found = index.actor_at.get(appos.i) or actor_of_phrase(appos, index, exclude, depth + 1)
        if found is not None:
            return found
    if head.i in index.actor_at:
        return index.actor_at[head.i]
    if head.pos_ == "PRON":
        if head.lower_ in RELATIVE_PRONOUNS and head.head.dep_ in {"relcl", "acl"}:
            return actor_of_phrase(head.head.head, index, exclude, depth + 1)
        resolved = resolve_pronoun(head, index, exclude)
        return resolved[0] if resolved else None
    for child in head.lefts:
        if child.dep_ in {"compound", "amod", "poss", "nmod", "nummod"}:
            for token in child.subtree:
                if token.i in index.actor_at:
                    return index.actor_at[token.i]
            if child.dep_ == "poss" and child.pos_ == "PRON":
                resolved = resolve_pronoun(child, index, exclude)
                if resolved:
                    return resolved[0]
    if head.dep_ == "appos" and head.head.i in index.actor_at:
        return index.actor_at[head.head.i]
    for prep in (c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"):
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            if head.lower_ in PARTITIVE or head.lemma_ in PARTITIVE or head.pos_ == "NOUN":
                return actor_of_phrase(pobj, index, exclude, depth + 1)
    return None


def actors_of(heads: list[Token], index: ActorIndex, exclude: set[int] = frozenset()) -> list[Span]:
    """Actors of coordinated phrases; a plural pronoun may stand for several."""
    found: list[Span] = []
    for head in heads:
        for conj in _conjuncts(head):
            if conj.lower_ in PLURAL_PRONOUNS:
                found.extend(resolve_pronoun(conj, index, exclude))
                continue
            actor = actor_of_phrase(conj, index, exclude)
            if actor is not None:
                found.append(actor)
    return _dedupe(found)


def is_passive(verb: Token) -> bool:
    return any(c.dep_ in {"nsubjpass", "auxpass"} for c in verb.children)


def subject_heads(verb: Token, raising: bool = False) -> list[Token]:
    """The subject of a verb, inherited through control, conjunction, purpose clauses and relatives."""
    deps = {"nsubj", "nsubjpass"} if raising else {"nsubj"}
    own = [c for c in verb.children if c.dep_ in deps]
    if own:
        heads = []
        for subject in own:
            if subject.lower_ in RELATIVE_PRONOUNS and verb.dep_ in {"relcl", "acl"}:
                heads.append(verb.head)
            else:
                heads.append(subject)
        return heads
    if raising is False and any(c.dep_ == "nsubjpass" for c in verb.children):
        return []
    head = verb.head
    if head is verb:
        return []
    if verb.dep_ == "xcomp":
        objects = [c for c in head.children if c.dep_ == "dobj"]
        if objects and head.lemma_ in OBJECT_CONTROL:
            return objects
        return subject_heads(head, raising=True)
    if verb.dep_ in {"advcl", "conj"} and (acts_as_verb(head) or head.pos_ == "AUX"):
        return subject_heads(head, raising=verb.dep_ == "conj" or raising)
    if verb.dep_ == "pcomp" and head.dep_ == "prep":
        return subject_heads(head.head, raising=True) if acts_as_verb(head.head) else []
    if verb.dep_ in {"relcl", "acl"} and verb.tag_ == "VBG":
        return [head]
    return []


def _prep_objects(token: Token, preps: tuple[str, ...]) -> list[Token]:
    return [p for prep in token.children if prep.dep_ in {"prep", "dative", "agent"} and prep.lower_ in preps
            for p in prep.children if p.dep_ == "pobj"]


def _between(token: Token) -> list[Token]:
    return _prep_objects(token, ("between", "among"))


def _verb_arguments(verb: Token, pred: Predicate, lexicon: Lexicon, index: ActorIndex) -> tuple[list[Span], list[Span]]:
    target_preps = lexicon.target_preps(pred.entry)
    if is_passive(verb):
        targets = actors_of([c for c in verb.children if c.dep_ == "nsubjpass"], index)
        if verb.dep_ == "relcl" and any(c.lower_ in RELATIVE_PRONOUNS for c in verb.children if c.dep_ == "nsubjpass"):
            targets = actors_of([verb.head], index)
        sources = actors_of(_prep_objects(verb, ("by",)), index)
        if not sources and pred.entry.source_preps:
            sources = actors_of(_prep_objects(verb, pred.entry.source_preps), index)
        return sources, targets
    sources = actors_of(subject_heads(verb), index)
    exclude = {s.start for s in sources}
    direct = [c for c in verb.children if c.dep_ in {"dobj", "dative", "pobj", "iobj"}]
    direct += [p for d in verb.children if d.dep_ == "dative" for p in d.children if p.dep_ == "pobj"]
    targets = actors_of(direct, index, exclude)
    if not targets:
        targets = actors_of(_prep_objects(verb, target_preps), index, exclude)
    if not targets:
        for obj in (c for c in verb.children if c.dep_ == "dobj"):
            targets = actors_of(_prep_objects(obj, target_preps), index, exclude)
            if targets:
                break
    return sources, targets


def _noun_arguments(pred: Predicate, lexicon: Lexicon, index: ActorIndex) -> tuple[list[Span], list[Span]]:
    noun = pred.token
    target_preps = lexicon.target_preps(pred.entry)
    holders = [noun, noun.head] if noun.dep_ == "compound" else [noun]
    sources: list[Span] = []
    for holder in holders:
        sources += actors_of([c for c in holder.children if c.dep_ == "poss"], index)
        sources += actors_of(_prep_objects(holder, ("by",)), index)
    light = pred.light
    if not sources and light is not None:
        sources = actors_of(subject_heads(light), index) if not is_passive(light) else []
    if not sources:
        for holder in [*holders, *([light] if light is not None else [])]:
            sources = actors_of(_between(holder), index)
            if sources:
                break
    exclude = {s.start for s in sources}
    targets: list[Span] = []
    places = [*holders, *([light] if light is not None else [])]
    for holder in places:
        targets = actors_of(_prep_objects(holder, target_preps), index, exclude)
        if targets:
            break
    if not targets and not pred.entry.symmetric:
        targets = actors_of(_prep_objects(noun, ("of",)), index, exclude)
    if not targets and light is not None:
        targets = actors_of([c for c in light.children if c.dep_ in {"dative", "iobj"}], index, exclude)
    return sources, targets


def location_of(pred: Predicate, index: ActorIndex, used: set[int]) -> str | None:
    """A place in an 'in/at/near' phrase of the predicate or its light verb, not already an actor argument."""
    for holder in (pred.token, pred.anchor):
        for pobj in _prep_objects(holder, tuple(LOCATION_PREPS)):
            for token in pobj.subtree:
                if token.i in index.place_at and token.i not in used:
                    return index.place_at[token.i]
    return None


def attach_arguments(pred: Predicate, lexicon: Lexicon, index: ActorIndex) -> Arguments:
    if pred.is_noun:
        sources, targets = _noun_arguments(pred, lexicon, index)
    else:
        sources, targets = _verb_arguments(pred.token, pred, lexicon, index)
    sources = _dedupe(sources)
    targets = [t for t in _dedupe(targets) if all((t.start, t.end) != (s.start, s.end) for s in sources)]
    used = {i for span in [*sources, *targets] for i in range(span.start, span.end)}
    return Arguments(sources, targets, location_of(pred, index, used))
