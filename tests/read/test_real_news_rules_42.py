"""Rules of stop 42, each on texts written for this test: role words on initialisms and on things owned,
the state whose courts and police act unnamed in a brief story, and dates on the objects of past acts."""

from __future__ import annotations

from datetime import date
from functools import partial

from datelines.read.reading import read
from tests.read.real_news_helpers import dyads

DAY = date(2025, 4, 11)
_dyads = partial(dyads, day=DAY)


def test_a_plural_initialism_keeps_its_role():
    assert ("ISRGOV", "GBRLEG", "17") in _dyads("Israel bars two British Labour Party MPs from entering the country.")
    assert ("UGACOP", "UGALEG", "17") in _dyads("Ugandan police detain three opposition MPs in Kampala.")


def test_a_role_word_on_an_owned_thing_names_its_owner():
    assert ("USAGOV", "CUBGOV", "17") in _dyads("The United States seizes a Cuban government aircraft in Panama.")
    assert ("RUSMIL", "UKRGOV", "19") in _dyads("Russian drones strike a Ukrainian government building in Odesa.")
    # with no role word, military hardware stands for the armed forces, a cargo ship for its country
    assert ("USAGOV", "CUBMIL", "17") in _dyads("The United States seizes a Cuban aircraft in Panama.")
    assert ("USAGOV", "CUB", "17") in _dyads("The United States seizes a Cuban cargo ship in Panama.")


def test_a_brief_story_that_names_one_country_once_gives_its_courts_and_police():
    found = _dyads("Anton Petrovic, mayor of Banja Vrela, a town within Bosnia and Herzegovina, is sentenced to two years in prison.")
    assert ("BIHJUD", "BIHCRM", "17") in found
    # a longer story that names the country once does not make it the story's
    long_story = ("Anton Petrovic, mayor of Banja Vrela, a town within Bosnia and Herzegovina, spoke on Monday. "
                  "He talked about roads. He talked about schools. He talked about water. "
                  "He is sentenced to two years in prison.")
    assert not any(s == "BIHJUD" for s, _, _ in _dyads(long_story))


def test_a_date_on_the_object_of_a_past_verb_lies_behind_publication():
    events = read("Greece and Cyprus held a July 25 meeting in Athens.", date(2020, 1, 7)).events
    meetings = [e for e in events if e.code.startswith("04")]
    assert meetings and all(e.date == "2019-07-25" and e.modality == "asserted" for e in meetings)
    # a meeting still to be held keeps the nearest reading
    planned = read("Greece and Cyprus will hold a July 25 meeting in Athens.", date(2020, 1, 7)).events
    assert all(e.date == "2020-07-25" for e in planned if e.code.startswith("04"))


def test_strikes_named_with_their_weapons_keep_their_maker_when_the_parse_tears_them_apart():
    assert any(s == "RUSMIL" and r == "19" for s, _, r in _dyads("Nine people are killed in Russian missile and drone strikes on Odesa."))


def test_protesters_on_the_streets_of_a_city_are_its_people():
    assert ("IRNCVL", "ISRGOV", "14") in _dyads("Thousands of people protest against Israel on the streets of Tehran.")


def test_a_spiritual_leader_is_a_religious_actor():
    assert any(s == "IRNREL" for s, _, _ in _dyads("Iran's spiritual leader condemned the attack on the embassy."))


def test_a_weapons_shipment_received_comes_from_its_sender():
    assert ("FRAGOV", "UKRMIL", "07") in _dyads("Ukraine receives the first shipment of fighter jets from France.")


def test_two_names_that_share_their_last_word_are_both_actors():
    found = _dyads("North and South Korea held talks at the border on Monday.")
    assert any({s, t} == {"PRKGOV", "KORGOV"} and r == "04" for s, t, r in found)


def test_an_execution_with_no_executioner_named_is_the_states():
    assert ("IRNGOV", "IRN", "18") in _dyads("Two men convicted of spying were executed in Iran on Monday.")


def test_terminating_a_protected_status_restricts_its_holders():
    assert ("USAGOV", "HTICVL", "17") in _dyads("The United States terminates the temporary protected status of Haitian nationals.")


def test_a_navy_intercepting_a_boat_blockades():
    assert any(s == "ISRMIL" and r == "19" for s, _, r in _dyads("The Israeli Navy intercepts a boat of the aid flotilla bound for the Gaza Strip."))
