"""Find event predicates in the dependency parse: verbs and event nouns that the lexicon knows.

A predicate is a token plus the lexicon entry that codes it. An event noun under a light verb
("have a meeting", "hold talks", "pay a visit") keeps that verb, because the verb carries the
subject, the tense and the modality of the event the noun names.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from spacy.tokens import Span, Token

from datelines.read.events.lexicon import Lexicon, LexiconEntry, normalize_lemma

OBJECT_DEPS = {"dobj", "nsubjpass", "attr", "oprd", "pobj", "dative"}
# Heads that only count or group what the real object is: "dozens of diplomats".
PARTITIVE = {"dozen", "dozens", "hundreds", "thousands", "number", "group", "some", "many", "all",
             "most", "several", "member", "members", "couple", "pair", "series", "round", "set", "batch"}
CLAUSE_DEPS_FOR_VERB = {"ROOT", "advcl", "conj", "ccomp", "relcl", "xcomp", "pcomp", "acl", "csubj"}


@dataclass(frozen=True)
class Predicate:
    """A token that states an event, the entry that codes it and its light verb, if any."""

    token: Token
    entry: LexiconEntry
    light: Token | None = None

    @property
    def is_noun(self) -> bool:
        return self.entry.pos == "noun"

    @property
    def anchor(self) -> Token:
        """The verb that carries subject, tense and modality: the light verb for a noun under one."""
        return self.light if self.light is not None else self.token

    @property
    def text(self) -> str:
        if self.entry.particle:
            parts = [c for c in self.token.children if c.lower_ == self.entry.particle]
            if parts:
                return f"{self.token.text} {parts[0].text}"
        return predicate_surface(self.token)


def predicate_lemma(token: Token) -> str:
    """The lemma with a hyphenated prefix glued back on: co - operate -> cooperate."""
    doc = token.doc
    i = token.i
    if i >= 2 and doc[i - 1].text in {"-", "\u2011"} and not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_:
        return normalize_lemma(doc[i - 2].text + token.lemma_)
    return normalize_lemma(token.lemma_)


def predicate_surface(token: Token) -> str:
    doc = token.doc
    i = token.i
    if i >= 2 and doc[i - 1].text in {"-", "\u2011"} and not doc[i - 2].whitespace_ and not doc[i - 1].whitespace_:
        return doc[i - 2 : i + 1].text
    return token.text


def acts_as_verb(token: Token) -> bool:
    """A verb, or a word the tagger missed as one but which heads a clause with a subject ('the US back')."""
    if token.pos_ == "VERB":
        return True
    if token.pos_ in {"ADV", "ADJ", "NOUN", "PROPN"} and token.dep_ in CLAUSE_DEPS_FOR_VERB:
        return any(c.dep_ in {"nsubj", "nsubjpass"} for c in token.children) and token.tag_ not in {"NNS", "NNPS"}
    return False


def _with_conjuncts(tokens: Iterable[Token]) -> list[Token]:
    out: list[Token] = []
    for token in tokens:
        out.append(token)
        out.extend(t for t in token.conjuncts if t.i > token.i)
    return out


def _words(token: Token) -> set[str]:
    """Lemma and lower form of a head and its compound/adjectival modifiers ('arms deal', 'visa-free travel')."""
    words = {predicate_lemma(token), normalize_lemma(token.lower_)}
    for child in token.children:
        if child.dep_ in {"compound", "amod", "npadvmod", "nmod"}:
            words |= {normalize_lemma(child.lemma_), normalize_lemma(child.lower_)}
            words |= {normalize_lemma(w) for w in child.lower_.split("-")}
    return words


def object_heads(token: Token) -> list[Token]:
    """The heads a verb acts on, or a noun is 'of': through conjunctions and partitive heads."""
    if acts_as_verb(token) and token.pos_ != "NOUN":
        heads = [c for c in token.children if c.dep_ in OBJECT_DEPS]
        for prep in (c for c in token.children if c.dep_ in {"prep", "dative"}):
            heads.extend(p for p in prep.children if p.dep_ == "pobj")
        if token.dep_ == "relcl" and any(c.dep_ == "nsubjpass" for c in token.children):
            heads.append(token.head)  # "the deal which was signed": the antecedent is the object
    else:
        heads = [p for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "of"
                 for p in prep.children if p.dep_ == "pobj"]
        if token.dep_ == "compound":
            heads.append(token.head)  # "suspension of visa travel" parsed as "suspension travel"
    expanded: list[Token] = []
    for head in _with_conjuncts(heads):
        expanded.append(head)
        if head.lower_ in PARTITIVE or head.lemma_ in PARTITIVE:
            expanded.extend(p for prep in head.children if prep.lower_ == "of" for p in prep.children if p.dep_ == "pobj")
    return expanded


def object_words(token: Token) -> set[str]:
    words: set[str] = set()
    for head in object_heads(token):
        words |= _words(head)
    if token.pos_ == "NOUN":
        words |= _words(token) - {predicate_lemma(token), normalize_lemma(token.lower_)}
    return words


def _has_child(token: Token, text: str, deps: set[str]) -> bool:
    return any(c.lower_ == text and c.dep_ in deps for c in token.children)


def entry_fits(token: Token, entry: LexiconEntry) -> bool:
    if entry.particle and not any(
        c.lower_ == entry.particle and c.i > token.i and c.dep_ in {"prt", "advmod", "prep"} for c in token.children
    ):
        return False
    if entry.prep and not _has_child(token, entry.prep, {"prep", "dative", "agent", "pcomp"}):
        return False
    if entry.objects and not (entry.objects & object_words(token)):
        return False
    return True


def best_entry(token: Token, lexicon: Lexicon) -> LexiconEntry | None:
    """The most specific entry whose constraints the token satisfies."""
    if token.pos_ == "NOUN" and not acts_as_verb(token):
        pos = "noun"
    elif acts_as_verb(token):
        pos = "verb"
    else:
        return None
    for entry in lexicon.candidates(predicate_lemma(token), pos):
        if entry_fits(token, entry):
            return entry
    return None


def light_verb_of(token: Token, lexicon: Lexicon) -> Token | None:
    """'have a meeting', 'talks were held', 'take part in talks': the verb that carries the event noun."""
    head = token.head
    if token.dep_ in {"dobj", "nsubjpass", "attr"} and head.lemma_ in lexicon.light_verbs:
        return head
    if token.dep_ == "pobj" and head.dep_ == "prep" and head.head.lemma_ in lexicon.light_verbs:
        return head.head
    if token.dep_ == "conj":
        return light_verb_of(token.head, lexicon) if token.head.pos_ == "NOUN" else None
    return None


def find_predicates(sent: Span, lexicon: Lexicon) -> list[Predicate]:
    """Every lexicon predicate in the sentence, minus nouns that only restate a verb's object."""
    found: list[Predicate] = []
    for token in sent:
        entry = best_entry(token, lexicon)
        if entry is None:
            continue
        light = light_verb_of(token, lexicon) if entry.pos == "noun" else None
        found.append(Predicate(token, entry, light))
    verbs = {p.token.i: p for p in found if not p.is_noun}
    kept = []
    for predicate in found:
        if predicate.is_noun and _restates_verb_object(predicate.token, verbs):
            continue
        kept.append(predicate)
    return kept


def _restates_verb_object(noun: Token, verbs: dict[int, Predicate]) -> bool:
    """'signed a deal': the verb entry already names the deal, so the noun is not a second event."""
    for verb in verbs.values():
        if verb.entry.objects and noun in object_heads(verb.token):
            return True
    return False
