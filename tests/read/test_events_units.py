"""Units of the events component: TIMEX3 value -> event date, modality markers, evidence offsets."""

from __future__ import annotations

from datetime import date

import pytest

from datelines.read.events.dating import EventDate, date_from_value, is_future
from datelines.read.events.evidence import evidence_for
from datelines.read.events.lexicon import load_lexicon
from datelines.read.events.modality import modality_of
from datelines.read.events.phrases import glued_code
from datelines.read.events.predicates import find_predicates, predicate_lemma

LEXICON = load_lexicon()


@pytest.mark.parametrize(("value", "expected"), [
    ("2018-04-03", ("2018-04-03", "day")),
    ("2018-04-03T10:30", ("2018-04-03", "day")),
    ("2015-11", ("2015-11", "month")),
    ("2014", ("2014", "year")),
    ("201", ("201", "decade")),
    ("201X", ("201", "decade")),
    ("2018-W14", ("2018-04", "month")),
    ("2018-SU", ("2018", "year")),
    ("2019-Q3", ("2019", "year")),
    ("PRESENT_REF", None),
    ("P7Y", None),
    ("XXXX-03", None),
    (None, None),
])
def test_date_from_timex_value(value, expected) -> None:
    assert date_from_value(value) == expected


@pytest.mark.parametrize(("when", "future"), [
    (EventDate("2018-04-04", "day", "text"), True),
    (EventDate("2019", "year", "text"), True),
    (EventDate("2018", "year", "text"), False),  # the year has begun: not wholly future
    (EventDate("2018-04", "month", "text"), False),
    (EventDate("2018-05-01", "day", "publication"), False),  # only text dates make events future
])
def test_future_dates(when, future) -> None:
    assert is_future(when, date(2018, 4, 3)) is future


# (sentence, trigger lemma, modality): markers only, no actors needed.
MODALITY_ROWS = [
    ("Turkey attacked the village.", "attack", "asserted"),
    ("Turkey did not attack the village.", "attack", "negated"),
    ("Turkey never attacked the village.", "attack", "negated"),
    ("Turkey denied that it attacked the village.", "attack", "negated"),
    ("Turkey failed to sign the deal.", "sign", "negated"),
    ("Turkey will attack the village.", "attack", "planned"),
    ("Turkey plans to visit the region.", "visit", "planned"),
    ("Turkey is going to sign the contract.", "sign", "planned"),
    ("The leaders will hold a summit to sign the deal.", "sign", "planned"),
    ("Turkey is expected to sign the contract.", "sign", "expected"),
    ("Turkey is likely to attack the village.", "attack", "expected"),
    ("Turkey could attack the village.", "attack", "hypothetical"),
    ("If Turkey attacks the village, Russia will respond.", "attack", "hypothetical"),
    ("The minister said Turkey attacked the village.", "attack", "reported"),
    ("The minister said Turkey would sign the deal.", "sign", "planned"),
    ("According to the ministry, Turkey attacked the village.", "attack", "reported"),
    ("Russia was accused of poisoning a former spy.", "poison", "reported"),
    ("Russia was accused of poisoning a former spy.", "accuse", "asserted"),
    ("Russia discouraged its citizens to visit Turkey.", "visit", "negated"),
    ("Russia has no talks with Turkey.", "talk", "negated"),
    ("Doha did not want to escalate and called for dialogue.", "call", "asserted"),
    ("The leaders will meet and discuss the war.", "discuss", "planned"),
    ("Russia cancelled a visit to Turkey.", "visit", "negated"),
]


@pytest.mark.parametrize(("sentence", "lemma", "modality"), MODALITY_ROWS)
def test_modality_markers(nlp, sentence, lemma, modality) -> None:
    doc = nlp(sentence)
    preds = [p for sent in doc.sents for p in find_predicates(sent, LEXICON) if predicate_lemma(p.token) == lemma]
    assert preds, f"no predicate {lemma!r} in {sentence!r}"
    assert modality_of(preds[0]) == modality


@pytest.mark.parametrize(("text", "coded", "expected"), [
    ("Turkeyand", {"Turkey": "TUR"}, "TUR"),
    ("Russiaof", {"Russia": "RUS"}, "RUS"),
    ("Turkeys", {"Turkey": "TUR"}, None),
    ("Turkmen", {"Turkey": "TUR"}, None),
])
def test_glued_words_keep_the_actor_code(text, coded, expected) -> None:
    assert glued_code(text, coded) == expected


def test_evidence_offsets_slice_the_article(nlp) -> None:
    text = "Turkey backs the rebels.\n\n  Russia supports the regime.  "
    doc = nlp(text)
    for number, sent in enumerate(doc.sents):
        evidence = evidence_for(sent, number)
        assert text[evidence.start:evidence.end] == evidence.text == evidence.text.strip()
        assert evidence.sentence == number
