"""Rules of stop 39, each on texts written for this test: a pronoun object of a gerund that points
back to the main verb's object, straits and bridges closed and reopened, releases told by where
someone is released from, and killings done in a raid a state force's name modifies."""

from __future__ import annotations

from datetime import date
from functools import partial

from datelines.read.reading import read
from tests.read.real_news_helpers import dyads

DAY = date(2025, 6, 12)  # a Thursday
_dyads = partial(dyads, day=DAY)


def test_the_pronoun_object_of_a_gerund_under_the_main_verb_is_the_main_verbs_object():
    found = _dyads("Venezuela released a Panama-flagged freighter after seizing it off its coast last month.")
    assert ("VENGOV", "PAN", "17") in {(s, t[:3], r) for s, t, r in found if t}
    # ("closing them": the border the main verb reopens, with the state it lies with)
    found = _dyads("Lithuania reopened its border with Belarus after closing them during the drills.")
    assert ("LTUGOV", "BLRGOV", "16") in found


def test_closing_a_strait_is_a_blockade_and_a_bridge_between_two_states_is_closed_on_the_other():
    assert any(s and s.startswith("YEM") and r == "19"
               for s, _, r in _dyads("Yemen closes the Bab-el-Mandeb strait to Israeli ships."))
    found = _dyads("Egypt closed the Rafah bridge between Egypt and Gaza days after reopening it.")
    assert {r for s, _, r in found if s == "EGYGOV"} >= {"16", "08"}


def test_whoever_one_is_released_from_released_them_not_whoever_tells_of_it():
    found = _dyads("The Foreign Office announced the release of British citizen Jane Doe from a prison in Iran.")
    assert ("IRNGOV", "GBRCVL", "08") in found
    assert not any(s and s.startswith("GBR") and r == "08" for s, _, r in found)
    found = _dyads("A French teacher has been released from Venezuela after being detained there since 2023.")
    assert ("VENGOV", "FRACVL", "08") in found
    assert any(s == "VENGOV" and t and t.startswith("FRA") and r == "17" for s, t, r in found)


def test_a_killing_done_in_a_raid_by_a_force_named_only_by_its_kind_is_that_forces_of_the_place():
    found = _dyads("Twelve insurgents are killed in an army raid in Borno State, Nigeria.")
    assert any(s == "NGAMIL" and r in {"18", "19"} for s, _, r in found)
    found = _dyads("Nine gang members are killed in a police raid in Port-au-Prince, Haiti.")
    assert any(s == "HTICOP" and r in {"18", "19"} for s, _, r in found)
    # (a place named on the act is where it was, not who did it)
    assert not any(s and s.startswith("PSE") for s, _, _ in _dyads("Five people are killed in a Gaza strike."))


def test_members_from_an_armed_group_are_that_groups_wherever_the_story_is():
    found = _dyads("Turkey's army says it killed a commander from the Syrian Democratic Forces.")
    assert any(s == "TURMIL" and t == "SYRREB" and r in {"18", "19"} for s, t, r in found)
    found = _dyads("Israeli troops killed two fighters from Hezbollah.")
    assert any(t == "LBNREB" for _, t, _ in found)
    assert not any(t and t.startswith("ISR") for _, t, _ in found)


def test_plain_attacks_a_violent_verb_was_done_in_are_that_verbs_act_not_a_second_one():
    found = [(s, t, r) for s, t, r in _dyads(
        "Ansaru militants kill 20 people in coordinated shooting attacks on three villages in Zamfara State, Nigeria.")
        if r == "18"]
    assert found == [("NGAREB", "NGACVL", "18")]
    # (a weapon or a doer of the attack's own says more, and stays: "in Russian missile strikes")
    assert any(r == "19" for _, _, r in _dyads("Russian troops kill 20 people in missile strikes on Kyiv."))


def test_an_absolute_clause_of_attribution_names_no_target():
    found = _dyads("Gunmen kill 12 people in Plateau State, Nigeria, with police attributing the attack to bandits.")
    assert any(t == "NGACVL" for _, t, _ in found)
    assert not any(t == "NGACOP" for _, t, _ in found)


def test_violence_one_side_says_another_did_is_also_its_accusation():
    found = _dyads("Lebanon says Israeli drones struck a school in Tyre.")
    assert ("LBNGOV", "ISRMIL", "11") in found
    assert any(s == "ISRMIL" and r == "19" for s, _, r in found)
    # (not a side telling of its own acts, nor of stopping an attack)
    assert not any(r == "11" for _, _, r in _dyads("The Israeli army says it killed 20 militants in Gaza."))
    assert not any(r == "11" for _, _, r in _dyads("Jordan says its air force intercepted four Iranian drones."))


def test_an_act_told_in_the_simple_present_is_of_the_day_not_of_a_last_week_the_parser_hangs_on_it():
    text = "Three suspects are arrested in connection to the bombing of a bank in Lyon, France, last week."
    assert [e.date for e in read(text, DAY).events if e.root == "17"] == [DAY.isoformat()]
    text = "Turkish police arrest five people over the killing of a journalist in Istanbul last week."
    assert [e.date for e in read(text, DAY).events if e.root == "17"] == [DAY.isoformat()]
    # (told in the past, the time is the act's own)
    text = "Turkish police arrested five people in Istanbul last week."
    assert [e.date for e in read(text, DAY).events if e.root == "17"] == ["2025-06"]


def test_fighters_killed_after_a_raid_by_a_force_are_whom_the_raid_struck():
    found = _dyads("Twenty Boko Haram fighters are killed after a raid by Nigerian troops on a camp in Borno State.")
    assert any(s == "NGAMIL" and t == "NGAREB" for s, t, _ in found)
    assert not any(t == "NGACVL" for _, t, _ in found)


def test_mediators_of_an_agreement_mediate_between_its_parties_and_are_no_parties():
    found = _dyads("Rwanda and the DR Congo reach an agreement mediated by Qatar and the United States.")
    assert any({s, t} == {"RWAGOV", "CODGOV"} and r == "05" for s, t, r in found)
    assert ("QATGOV", "RWAGOV", "04") in found and ("USAGOV", "CODGOV", "04") in found
    assert not any({s[:3], t[:3]} == {"QAT", "USA"} for s, t, _ in found if s and t)
    # (and mediate on the day of the agreement, not on a date the sentence gives something else)
    text = "Rwanda and the DR Congo reach an agreement mediated by Qatar, the first since March 2023."
    assert {e.date for e in read(text, DAY).events if e.code.startswith("04")} == {DAY.isoformat()}


def test_two_names_before_a_present_verb_the_parser_took_for_a_modifier_are_its_subjects():
    found = _dyads("Armenia and Azerbaijan sign a peace deal.")
    assert any({s[:3], t[:3]} == {"ARM", "AZE"} and r == "05" for s, t, r in found if s and t)


def test_projectiles_intercepted_were_fired_by_whoever_they_came_from():
    assert any(s == "IRNMIL" and t.startswith("QAT") and r == "19"
               for s, t, r in _dyads("The Qatari military intercepts projectiles fired from Iran.") if s and t)


def test_an_act_named_as_the_circumstance_of_what_is_said_is_taken_as_known():
    found = [e for e in read("Egypt says talks between the two sides will go on despite renewed fighting between "
                             "Sudan's army and the Rapid Support Forces.", DAY).events if e.root == "19"]
    assert found and all(e.modality == "asserted" for e in found)
    # (the claim itself stays reported)
    found = [e for e in read("Egypt says Sudan's army attacked the Rapid Support Forces.", DAY).events if e.root == "19"]
    assert found and all(e.modality == "reported" for e in found)


def test_a_wave_or_barrage_of_strikes_is_launched_by_whoever_launches_it():
    found = _dyads("Israel launches a wave of airstrikes against Hezbollah targets in southern Lebanon.")
    assert ("ISRMIL", "LBNREB", "19") in found
    found = _dyads("Five insurgents are killed in a counterterrorism operation in North Waziristan, Pakistan.")
    assert ("PAKMIL", "PAKREB", "19") in found
