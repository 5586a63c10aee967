"""The event lexicon: schema validation, and one generated test per entry from its own example."""

from __future__ import annotations

import pytest

from datelines.ontology import cameo
from datelines.read.events.lexicon import LexiconError, load_lexicon, parse_lexicon
from datelines.read.events.predicates import find_predicates, predicate_lemma

LEXICON = load_lexicon()


def test_lexicon_is_wide_enough() -> None:
    assert len(LEXICON.entries) >= 250
    roots = {entry.code[:2] for entry in LEXICON.entries}
    assert roots == set(cameo.ROOTS)


@pytest.mark.parametrize("entry", LEXICON.entries, ids=lambda e: f"{e.lemma}-{e.pos}-{e.code}")
def test_entry_code_is_in_the_ontology(entry) -> None:
    assert cameo.lookup(entry.code).code == entry.code


@pytest.mark.parametrize("entry", LEXICON.entries, ids=lambda e: f"{e.lemma}-{e.pos}-{e.code}")
def test_entry_example_yields_its_code(nlp, entry) -> None:
    doc = nlp(entry.example)
    found = [(p.entry.lemma, p.entry.code) for sent in doc.sents for p in find_predicates(sent, LEXICON)]
    assert (entry.lemma, entry.code) in found, f"{entry.example!r} gave {found}"


@pytest.mark.parametrize("entry", LEXICON.not_events, ids=lambda e: f"{e.lemma}-{e.pos}-not-an-event")
def test_not_event_example_yields_no_event_from_its_word(nlp, entry) -> None:
    doc = nlp(entry.example)
    found = [p.entry.lemma for sent in doc.sents for p in find_predicates(sent, LEXICON)]
    assert entry.lemma not in found, f"{entry.example!r} gave {found}"
    assert any(predicate_lemma(t) == entry.lemma for t in doc), "the example must use the word"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"entries": []}, "no entries"),
        ({"entries": [{"lemma": "visit", "code": "42", "example": "x"}]}, "3-4 digit"),
        ({"entries": [{"lemma": "visit", "code": "042"}]}, "'example' is required"),
        ({"entries": [{"lemma": "visit", "code": "042", "example": "x", "colour": "red"}]}, "unknown keys"),
        ({"entries": [{"lemma": "visit", "code": "042", "example": "x", "pos": "adjective"}]}, "pos must be"),
        ({"entries": [{"lemma": "visit", "code": "042", "example": "x"}],
          "not_events": [{"lemma": "take", "code": "192", "example": "x"}]}, "has no code"),
        ({"entries": [{"lemma": "call", "code": "020", "example": "x", "prep": True}]}, "must be a string"),
        ({"entries": [{"lemma": "cut", "code": "161", "example": "x", "target_preps": [True]}]}, "list of strings"),
        ({"entries": [{"lemma": "meet", "code": "040", "example": "x"}] * 2}, "duplicate"),
        ({"rules": []}, "unknown top-level"),
    ],
)
def test_invalid_lexicon_is_rejected(data, message) -> None:
    with pytest.raises(LexiconError, match=message):
        parse_lexicon(data)
