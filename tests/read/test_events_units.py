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
    # readiness is a plan, not a deed
    ("Egypt said it was ready to send troops to Libya.", "send", "planned"),
    # a speaker is the authority on a position it says it voiced
    ("Officials in Paris said they had expressed their concern to Moscow.", "concern", "asserted"),
    ("Officials in Paris said they had voiced their concerns to Moscow.", "concern", "asserted"),
    # a speaker naming itself by another name (its capital) states its own stance
    ("The Russian foreign ministry said Moscow backed the agreement.", "back", "asserted"),
    ("The Russian foreign ministry said Russian troops attacked the village.", "attack", "reported"),
]


@pytest.mark.parametrize(("sentence", "lemma", "modality"), MODALITY_ROWS)
def test_modality_markers(nlp, sentence, lemma, modality) -> None:
    doc = nlp(sentence)
    preds = [p for sent in doc.sents for p in find_predicates(sent, LEXICON) if predicate_lemma(p.token) == lemma]
    assert preds, f"no predicate {lemma!r} in {sentence!r}"
    assert modality_of(preds[0]) == modality


# (text, publication day, trigger lemma, date): how the text places an event in time.
DATING_ROWS = [
    # "until" names the end of a state, not when its event happened
    ("In March 2016 Turkish jets downed a Russian drone, freezing relations with Moscow until the summer of 2017.",
     "2018-04-03", "freeze", "2016-03"),
    # 'a day after X' with 'after' parsed under the measure noun: the governing day, shifted back
    ("China protested on Wednesday, a day after his meeting with the Dalai Lama.", "2018-04-03", "meeting",
     "2018-03-27"),
    # the event's own timex beats an offset from the clause above
    (("The two firms merged in May 2017, a year after the minister first proposed the deal during a visit to "
      "Paris in March 2015."), "2018-04-03", "visit", "2015-03"),
    # a month shifted by years stays a month
    ("The two countries signed the treaty in May 2017, a year after Putin proposed it.", "2018-04-03", "propose",
     "2016-05"),
    # a bare day name the timex reader read forward (misparsed verb), in a past-tense clause: last Sunday
    ("Trump shocked markets on Sunday when he announced new tariffs, accusing Beijing of cheating.", "2018-04-06",
     "accuse", "2018-04-01"),
    ("Trump will visit Beijing on Sunday.", "2018-04-06", "visit", "2018-04-08"),
    # 'hours/minutes later' keeps the day of the event told in the sentence before, for conjuncts too
    (("The rebels declared independence in Donetsk on Sunday. Moscow recognised the new state hours later, and "
      "Minsk followed."), "2018-04-03", "recognise", "2018-04-01"),
    ("Moscow recognised the new state hours later.", "2018-04-03", "recognise", "2018-04-03"),
    # a sequel after a day-dated cause falls in the cause's month, for every coordinated verb
    (("After the embassy was attacked on March 12, Moscow expelled the ambassador, closed the consulate and "
      "banned flights."), "2018-04-03", "expel", "2018-03"),
    (("After the embassy was attacked on March 12, Moscow expelled the ambassador, closed the consulate and "
      "banned flights."), "2018-04-03", "close", "2018-03"),
    ("After the embassy was attacked on March 12, Moscow expelled the ambassador.", "2018-04-03", "attack",
     "2018-03-12"),
]


@pytest.mark.parametrize(("text", "published", "lemma", "expected"), DATING_ROWS,
                         ids=[f"{r[2]}: {r[0][:40]}" for r in DATING_ROWS])
def test_event_dating(nlp, text, published, lemma, expected) -> None:
    from datelines.read.events.dating import event_date
    from datelines.read.pipeline import make_doc

    day = date.fromisoformat(published)
    doc = nlp(make_doc(nlp, text, day))
    preds = [p for sent in doc.sents for p in find_predicates(sent, LEXICON) if predicate_lemma(p.token) == lemma]
    assert preds, f"no predicate {lemma!r} in {text!r}"
    assert event_date(preds[0], day).date == expected


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
