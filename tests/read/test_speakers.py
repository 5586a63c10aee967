"""First-person pronouns in quotes are their speaker: the acts a speaker does by saying them
("I am asking", "I count on") are the speaker's and are asserted. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from datelines.read.reading import read

DAY = date(2021, 3, 9)


@pytest.mark.parametrize(("text", "expected"), [
    ('The Irish prime minister said: "I call on Britain to honour the agreement."', ("IRLGOV", "GBR", "02", "asserted")),
    ('"I urge Russia to withdraw its troops," the German chancellor told reporters.', ("DEUGOV", "RUS", "02", "asserted")),
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
