"""Role words -> CAMEO role codes (GOV, MIL, REB, BUS, ...), from datelines/ontology/actors/roles.yaml.

A noun phrase's role comes from its head, and the longest listed phrase ending at the head wins:
"fighter jet" (MIL) over "jet", "police officer" (COP) over "officer" (MIL).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.tokens import Token

from datelines.ontology.actors import ActorDataError, load_yaml

ROLE_CODES = frozenset({
    "GOV", "MIL", "REB", "OPP", "PTY", "BUS", "COP", "JUD", "LEG", "MED", "CVL", "REF", "SPY", "LAB", "EDU",
    "REL", "HLH", "NGO", "CRM", "AGR", "ELI", "INS", "SEP", "UAF", "IGO", "ENV", "HRI", "MOD", "RAD",
})

PLURAL_INITIALISM = re.compile(r"[A-Z]{2,}s")


@dataclass
class RoleLexicon:
    heads: dict[tuple[str, ...], str] = field(default_factory=dict)  # ("fighter", "jet") -> MIL
    modifiers: frozenset[str] = frozenset()  # words allowed in a title without giving a role
    role_modifiers: dict[str, str] = field(default_factory=dict)  # "regime" -> GOV
    organization_heads: frozenset[str] = frozenset()  # heads that introduce organizations, not people
    local_heads: frozenset[str] = frozenset()  # heads that take the story's country when they have none
    party_member_heads: frozenset[str] = frozenset()  # "Democrats": LEG in a story about a legislature
    callings: frozenset[str] = frozenset()  # "sculptor", "singer": civilians, but no role a defendant takes
    longest: int = 1

    def add(self, phrase: str, role: str) -> None:
        """User dictionaries add agents through here; later additions override earlier ones."""
        if role not in ROLE_CODES:
            raise ActorDataError(f"unknown role code {role!r} for {phrase!r}")
        words = tuple(phrase.lower().replace("_", " ").split())
        self.heads[words] = role
        self.longest = max(self.longest, len(words))

    def role_of_words(self, words: Sequence[str]) -> tuple[str | None, int]:
        """Role of the phrase ending with the last of `words` (lower-case lemmas) and how many words matched."""
        for size in range(min(self.longest, len(words)), 0, -1):
            role = self.heads.get(tuple(words[-size:]))
            if role is not None:
                return role or None, size  # ("" for a phrase that is no role: "birthday party")
        return None, 0

    def role_of(self, tokens: Sequence[Token]) -> tuple[str | None, int]:
        """Role of a noun phrase ending at its head token; lemmas make "diplomats" match "diplomat"."""
        if tokens and tokens[-1].lower_ == "states":
            return None, 0  # "16 US states", "member states": a federation's states are no government
        words = [word_key(t) for t in tokens]
        role, size = self.role_of_words(words)
        if role is None and tokens:  # the lemmatizer turns "media" into "medium" and "rights" into "right"
            role, size = self.role_of_words([*words[:-1], tokens[-1].lower_])
        if role is None and len(tokens) > 1:
            role, size = self.role_of_words([*(t.lower_ for t in tokens[:-1]), words[-1]])
        if role == "MIL" and words[-1] == "officer" and _among_police(tokens[-1]):
            role = "COP"
        if role == "PTY" and words[-1] == "party" and size == 1 and _a_gathering(tokens[-1]):
            role = None
        return role, size

    def is_title_word(self, token: Token) -> bool:
        key = word_key(token)
        return (key in self.modifiers or token.lower_ in self.modifiers or key in self.role_modifiers
                or (key,) in self.heads)


POLICE_WORDS = {"police", "policeman", "policemen", "policewoman"}


GATHERING_PREPOSITIONS = {"at", "during"}


def _a_gathering(party: Token) -> bool:
    """'gunmen opened fire at a party', 'a party celebrating the feast': a party one attends or holds for
    an occasion is a gathering, not a political party."""
    return (party.dep_ == "pobj" and party.head.lower_ in GATHERING_PREPOSITIONS
            or any(c.dep_ == "acl" and c.tag_ in {"VBG", "VBN"} for c in party.children))


def _among_police(officer: Token) -> bool:
    """'shoots at a police van, killing five officers': a bare 'officer' in a sentence about the police is a
    police officer (not 'army officers')."""
    return (not any(c.dep_ in {"compound", "amod"} for c in officer.children)
            and any(t.lower_ in POLICE_WORDS for t in officer.sent))


def word_key(token: Token) -> str:
    """Lower-case lemma, but keep plural-only forms that the lemmatizer would distort."""
    if PLURAL_INITIALISM.fullmatch(token.text):
        return token.text[:-1].lower()  # "MPs" -> "mp": the lemmatizer leaves "mps"
    lemma = token.lemma_.lower() if token.lemma_ else token.lower_
    if token.tag_ == "NNPS" and lemma == token.lower_ and lemma.endswith("s"):
        return lemma[:-1]  # "Naxalites", "Maoists": a capitalized plural the lemmatizer leaves whole
    return lemma if lemma else token.lower_


@lru_cache(maxsize=1)
def role_lexicon() -> RoleLexicon:
    data = load_yaml("roles.yaml")
    lexicon = RoleLexicon()
    for role, entry in data["roles"].items():
        for phrase in entry["heads"]:
            lexicon.add(str(phrase), role)
    for phrase in data.get("not_roles", []):
        lexicon.heads[tuple(str(phrase).lower().split())] = ""
    lexicon.callings = frozenset(str(w).lower() for w in data.get("callings", []))
    for calling in lexicon.callings:
        lexicon.add(calling, "CVL")
    lexicon.modifiers = frozenset(str(w).lower() for w in data.get("title_modifiers", []))
    lexicon.organization_heads = frozenset(str(w).lower() for w in data.get("organization_heads", []))
    lexicon.party_member_heads = frozenset(str(w).lower() for w in data.get("party_member_heads", []))
    for member in lexicon.party_member_heads:  # "Democrats opposed the bill": the story country's party
        lexicon.add(member, "PTY")
    lexicon.local_heads = frozenset(str(w).lower() for w in data.get("local_heads", [])) | lexicon.party_member_heads
    lexicon.role_modifiers = {str(w).lower(): role for role, words in data.get("role_modifiers", {}).items() for w in words}
    return lexicon


def role_examples() -> list[tuple[str, str, str]]:
    """(sentence, mention, code) examples carried by roles.yaml, for generated tests."""
    return [tuple(example) for entry in load_yaml("roles.yaml")["roles"].values() for example in entry.get("examples", [])]
