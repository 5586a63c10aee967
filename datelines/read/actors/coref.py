"""Later mentions of an actor already introduced: surnames, acronyms, pronouns.

"Russian President Vladimir Putin ... Putin offered" -> the same actor (RUSGOV, "Vladimir Putin").
"the Free Syrian Army (FSA) ... the FSA" -> the acronym takes the name's code.
"he"/"she"/"him"/"her" resolve only when exactly one person fits: the people named earlier in the
sentence or in the previous one, minus the subject of the pronoun's own clause (an object pronoun
cannot be its clause's subject: in "Putin offered support for him", "him" is not Putin).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

PRONOUNS = {"he", "she", "him", "her"}
GENERATION_SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
SUBJECT_PRONOUNS = {"he", "she"}


def alias_forms(name: str, kind: str) -> list[str]:
    """Shorter forms a later mention may use: a person's surname (and "al Assad"-style particles)."""
    words = name.split()
    while len(words) > 2 and words[-1].rstrip(".,").lower() in GENERATION_SUFFIXES:
        words = words[:-1]  # "Edward J. DeBartolo Jr." is "DeBartolo" later
    forms = []
    if kind == "person" and len(words) >= 2:
        last = words[-1]
        if last[:1].isupper() and len(last) > 2:
            forms.append(last)
        if len(words) >= 3 and words[-2].lower() in ("al", "al-", "el", "bin", "van", "von", "de", "da", "di"):
            forms.append(" ".join(words[-2:]))
        if len(words) == 3 and len(words[-1]) <= 3:  # family name first: "Kim Jong Un" -> "Kim"
            forms.append(words[0])
    return forms


def acronym_after(span: Span) -> Span | None:
    """"Free Syrian Army (FSA)": the upper-case token in parentheses right after a name."""
    doc = span.doc
    if span.end + 2 < len(doc) and doc[span.end].text == "(" and doc[span.end + 2].text == ")":
        token = doc[span.end + 1]
        if token.text.isupper() and token.is_alpha and 2 <= len(token.text) <= 8:
            return doc[span.end + 1: span.end + 2]
    return None


def _clause_subject(token: Token) -> Token | None:
    verb = token.head
    while verb.dep_ in ("prep", "pobj", "dobj", "dative") and verb.head.i != verb.i:
        verb = verb.head
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass"):
            return child
    return None


def resolve_pronoun(token: Token, people: list[tuple[int, int, str]]) -> str | None:
    """Name of the one person `token` can refer to, or None. `people` = (start, end, name) of
    person mentions in document order."""
    if token.lower_ not in PRONOUNS:
        return None
    doc: Doc = token.doc
    sent = token.sent
    previous_start = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
    window = [(s, e, n) for s, e, n in people if previous_start <= s and e <= token.i]
    names = {n for _, _, n in window}
    if token.lower_ not in SUBJECT_PRONOUNS:
        subject = _clause_subject(token)
        if subject is not None:
            names -= {n for s, e, n in window if s <= subject.i < e}
    return next(iter(names)) if len(names) == 1 else None


def possessive_antecedent(pronoun: Token, code_of: Callable[[Token], str | None]) -> str | None:
    """Code of what "its"/"their" stands for: the subject of the nearest clause around it that comes
    before it ("Iran said its minister ..."), else the main subject of the sentence before ("North
    Korea responded. Its ambassador ..."), when `code_of` knows that subject as an actor. None when
    that subject is not one (a pronoun, "the talks") or is several ("Russia and China ... their
    envoys"): a guess further back would as often be wrong."""
    subject = None
    for ancestor in pronoun.ancestors:
        before = [c for c in ancestor.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < pronoun.i
                  and not pronoun.is_ancestor(c) and c.i not in {a.i for a in pronoun.ancestors}]
        if before:
            subject = before[0]
            break
    doc = pronoun.doc
    sent = pronoun.sent
    if subject is None and sent.start > 0:
        previous = doc[sent.start - 1].sent
        if "\n\n" not in doc[previous.start:sent.start + 1].text:
            subject = next((c for c in previous.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or any(child.dep_ == "conj" for child in subject.children):
        return None
    return code_of(subject)
