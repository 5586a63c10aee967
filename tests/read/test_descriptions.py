"""Judgements given as descriptions ('called the move a disgrace'), in sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from datelines.read.events.descriptions import evaluations
from datelines.read.reading import read


@pytest.mark.parametrize(("text", "expected"), [
    ("Labour Party leader Jeremy Corbyn called the move by Prime Minister Boris Johnson a \"smash and grab on our democracy\".",
     ("GBROPP", "GBRGOV", "111")),
    ("Erdogan described the decision of the United States as a grave mistake.", ("TURGOV", "USAGOV", "111")),
    ("Turkey called the Dutch government a fascist regime.", ("TURGOV", "NLDGOV", "111")),
    ("Macron called Merkel a true friend of France.", ("FRAGOV", "DEUGOV", "051")),
    ("President Donald Trump referred to the vote of the United States House of Representatives as a hoax.",
     ("USAGOV", "USALEG", "111")),
])
def test_a_judging_description_is_criticism_or_praise(text, expected):
    found = [(e.source, e.target, e.code) for e in read(text, date(2019, 9, 6)).events]
    assert expected in found


@pytest.mark.parametrize("text", [
    "Erdogan called Putin on Monday.",  # a phone call, no description
    "Macron called the meeting a long one.",  # a description that judges nothing
    "Erdogan described the plan of the United States in detail.",
])
def test_no_judgement_without_a_judging_description(text):
    assert not [e for e in read(text, date(2019, 9, 6)).events if e.code in {"111", "051"}]


def test_the_word_lists_do_not_overlap():
    words = evaluations()
    assert not words["negative"] & words["positive"]


def test_a_speakers_quoted_blame_of_an_actor_they_name_is_criticism():
    found = [(e.source, e.target, e.code) for e in read('Erdogan said: "The decision of the United States is a disgrace."',
                                                        date(2019, 9, 6)).events]
    assert ("TURGOV", "USAGOV", "111") in found
    praise = read('Merkel said: "France is our closest partner."', date(2019, 9, 6)).events
    assert not [e for e in praise if e.code == "111"]
