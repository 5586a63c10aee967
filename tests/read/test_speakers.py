"""First-person pronouns in quotes are their speaker: the acts a speaker does by saying them
("I am asking", "I count on") are the speaker's and are asserted. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from datelines.read.reading import read

DAY = date(2021, 3, 9)


@pytest.mark.parametrize(("text", "expected"), [
    ('The Irish prime minister said: "I call on Britain to honour the agreement."', ("IRLGOV", "GBRGOV", "02", "asserted")),
    ('"I urge Russia to withdraw its troops," the German chancellor told reporters.', ("DEUGOV", "RUSGOV", "02", "asserted")),
    # a body's "we" doing something as it speaks
    ('"We strongly urge Iraqi leaders to reconsider," the US State Department said.', ("USAGOV", "IRQGOV", "02", "asserted")),
    ('The Russian foreign minister said: "We condemn Ukraine for the attack."', ("RUSGOV", "UKRGOV", "11", "asserted")),
])
def test_a_quoted_first_person_act_is_the_speakers(text, expected):
    events = {(e.source, e.target, e.root, e.modality) for e in read(text, DAY).events}
    assert expected in events


def test_a_quote_runs_on_from_the_sentence_that_named_its_speaker():
    text = ('The Kenyan president said: "The talks went well. '
            'I call on Tanzania to reopen the border."')
    codes = {m.text: m.code for m in read(text, DAY).mentions if m.text == "I"}
    assert codes == {"I": "KENGOV"}


def test_two_speakers_leave_the_pronoun_unresolved():
    text = 'The Kenyan president and the Ugandan president spoke. "I call on Tanzania to reopen the border," one said.'
    assert not [m for m in read(text, DAY).mentions if m.text == "I" and m.code]


@pytest.mark.parametrize("text", [
    'The Tunisian prime minister said: "We proposed a bill in 2016."',  # a "we" of a story
    'The Hong Kong leader said: "We have to put aside our differences."',  # an appeal to all
])
def test_a_we_that_does_not_act_by_speaking_is_left_alone(text):
    assert not [m for m in read(text, DAY).mentions if m.text.lower() == "we" and m.code]


def test_a_quote_that_restates_a_rebuke_is_coded_once():
    events = [e for e in read('The Russian foreign minister said: "We condemn Ukraine for the attack."', DAY).events
              if e.root == "11"]
    assert len(events) == 1
