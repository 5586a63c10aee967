"""Constructions met in real news and read by general rules (stop 28). Sentences written for this test,
in the words of news English; none is taken from an article or a day page."""

from __future__ import annotations

from datetime import date
from functools import partial

from datelines.read.reading import read
from tests.read.real_news_helpers import dyads

DAY = date(2025, 6, 11)


_dyads = partial(dyads, day=DAY)


def test_a_town_no_gazetteer_knows_is_placed_by_its_region():
    """'in Bilozerka, Kherson Oblast': the town is unknown, the region that holds it is not."""
    events = read("A Russian missile strike kills six civilians and wounds nine others in Bilozerka, Kherson Oblast.",
                  DAY).events
    assert [(e.source, e.target, e.target_text) for e in events] == [("RUSMIL", "UKRCVL", "Bilozerka, Kherson Oblast")]


def test_a_town_followed_by_no_known_region_is_still_no_place():
    dyads = _dyads("A Russian missile strike kills six civilians in Bilozerka, Zorya Kolkhoz.")
    assert not any(target and target.startswith("UKR") for _, target, _ in dyads)


def test_an_army_s_strike_that_kills_civilians_falls_on_the_civilians_of_the_place():
    dyads = _dyads("Three civilians are killed and five others are wounded in an Israeli airstrike in Tyre.")
    assert ("ISRMIL", "LBNCVL", "19") in dyads


def test_an_army_s_strike_on_fighters_is_not_on_civilians():
    dyads = _dyads("A Russian drone strike killed three soldiers in Sumy.")
    assert not any(target and target.endswith("CVL") for _, target, _ in dyads)


def test_foreign_forces_are_not_the_setting_s_own():
    """In a story set in Yemen, "the forces" are Yemen's; "foreign forces" are not."""
    story = "Fighting continued in Aden and Taiz, Yemen. Iranian President Hassan Rouhani criticised {}."
    assert ("IRNGOV", "YEMMIL", "11") in _dyads(story.format("the forces"))
    assert ("IRNGOV", "YEMMIL", "11") not in _dyads(story.format("foreign forces in the region"))


def test_trading_fire_and_repelling_are_fighting():
    assert ("CUBMIL", "USACOP", "19") in _dyads("The Cuban navy traded fire with US police near Key West.") or any(
        code == "19" and source == "CUBMIL" for source, _, code in _dyads("The Cuban navy traded fire with US police."))
    assert ("AFGMIL", "PAKMIL", "19") in _dyads("The Afghan army repelled Pakistani troops near the border.")


def test_a_court_ordering_a_body_dissolved_restricts_it():
    dyads = _dyads("A Tokyo court ordered the dissolution of the Unification Church.")
    assert any(source == "JPNJUD" and code == "17" for source, _, code in dyads)


def test_a_deployment_of_the_national_guard_is_a_show_of_force():
    dyads = _dyads("President Trump ordered the deployment of the National Guard to Chicago.")
    assert any(source == "USAGOV" and code == "15" for source, _, code in dyads)


def test_a_commander_of_a_rebel_group_is_a_rebel():
    """A title says GOV or MIL alone; the group its "of" phrase names says whose side the holder is on."""
    dyads = _dyads("Police arrested John Okello, a commander of the rebel group, in Gulu, Uganda.")
    assert ("UGACOP", "UGAREB", "17") in dyads


def test_people_harmed_in_a_stabbing_were_harmed_by_a_criminal_of_the_place():
    """The crime named in the harm's "in" phrase says who did it, as a "gunman" would."""
    assert ("CHLCRM", "CHLCVL", "18") in _dyads("Two people are killed in a mass stabbing at a school in Iquique, Chile.")
    assert ("DEUCRM", "DEUCVL", "18") in _dyads(
        "Nine people are injured in a stabbing at a station in Bremen, Germany.")


def test_a_harm_in_an_attack_by_no_one_named_stays_without_a_doer():
    assert all(source is None for source, _, _ in _dyads("Three soldiers were killed in an attack in Mali."))


def test_killed_amid_attacks_is_one_act_of_the_attackers():
    """'killed amid Iranian attacks', like 'killed in Iranian attacks': the attack's doer, the harm's victims,
    told once, and reported where the sentence reports it."""
    events = read("Three Qatari soldiers are killed amid Iranian attacks, according to Qatar's defence ministry.", DAY).events
    assert [(e.source, e.target, e.root, e.modality) for e in events] == [("IRNMIL", "QATMIL", "19", "reported")]
