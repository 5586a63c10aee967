"""Constructions met in real news and read by general rules (stop 22). Sentences written for this test,
in the words of news English; none is taken from an article."""

from __future__ import annotations

from datetime import date

import pytest

from datelines.read.actors.geocode import namesake_countries
from datelines.read.reading import read

DAY = date(2021, 3, 12)  # a Friday


def _events(text: str):
    return [(e.source, e.target, e.code, e.modality) for e in read(text, DAY).events]


def _places(text: str) -> dict[str, str | None]:
    return {p.text: p.country for p in read(text, DAY).places}


def test_a_town_takes_the_namesake_its_sentence_places_it_in():
    assert {"SAU", "USA"} <= set(namesake_countries("Medina"))
    assert _places("Pilgrims in Saudi Arabia returned to Medina on Monday.")["Medina"] == "SAU"
    assert _places("Voters in Medina, Ohio, went to the polls.")["Medina"] == "USA"
    # a big city keeps its reading whatever else the story names
    assert _places("The Texas governor flew to Paris on Monday.")["Paris"] == "FRA"


@pytest.mark.parametrize(("text", "expected"), [
    ("Saudi Arabia extended the curfew in Riyadh to the whole day.", ("SAUGOV", "SAUCVL", "1723")),
    ("Thailand will implement a curfew from 10 p.m. on Monday.", ("THAGOV", "THACVL", "1723")),  # its government
    ("The Indian government introduced a nationwide lockdown.", ("INDGOV", "INDCVL", "172")),
    ("The Samoan government prohibited inter-island travel for children.", ("WSMGOV", "WSMCVL", "172")),
    ("The Samoan cabinet voted to lift the state of emergency on Saturday.", ("WSMGOV", "WSMCVL", "0814")),
])
def test_a_states_restrictions_and_their_easing_fall_on_its_people(text, expected):
    assert expected in [(s, t, c) for s, t, c, _ in _events(text)]


def test_a_joint_easing_still_pairs_its_parties():
    events = _events("Egypt and Russia agreed to resume direct flights in May.")
    assert ("EGYGOV", "RUSGOV", "081") in [(s, t, c) for s, t, c, _ in events]
    assert not any(t == "EGYCVL" for _, t, _, _ in events)


def test_an_event_told_by_there_is():
    assert ("SRBCVL", "SRBCOP", "145") in [(s, t, c) for s, t, c, _ in _events(
        "There have been clashes between Serbian protesters and Serbian police.")]
    assert ("TURMIL", "180") in [(t, c) for _, t, c, _ in _events("There was an assault on a Turkish soldier on Friday.")]
    assert _events("There is no evidence of fraud in the Turkish election.") == []


def test_a_speaker_who_calls_a_person_great_praises_them():
    events = _events("President Erdogan said Vladimir Putin was a great statesman.")
    assert ("TURGOV", "RUSGOV", "051", "asserted") in events
    # praise of a thing names no one praised; a denied quality is no praise
    assert not any(c == "051" for _, _, c, _ in _events("President Erdogan said the Russian deal was great."))
    assert not any(c == "051" for _, _, c, _ in _events("President Erdogan said Vladimir Putin was not a great leader."))


def test_a_district_attorney_is_of_the_judiciary():
    mentions = {m.text: m.code for m in read("The suit named Manhattan District Attorney Cyrus Vance.", DAY).mentions}
    assert any(code == "USAJUD" for code in mentions.values())


@pytest.mark.parametrize(("text", "mention", "code"), [
    ("California police arrested two men on Monday.", "California police", "USACOP"),
    ("A Texas judge blocked the order.", "Texas judge", "USAJUD"),
    ("Istanbul police detained ten students.", "Istanbul police", "TURCOP"),
    ("Chicago Mayor Lori Lightfoot spoke on Monday.", "Mayor Lori Lightfoot", "USAGOV"),
])
def test_a_town_or_state_before_a_role_gives_its_country(text, mention, code):
    assert {m.text: m.code for m in read(text, DAY).mentions}.get(mention) == code
