"""Rules of stop 47, each on texts written for this test: orders that sanction the one ordered, places
settled by the country their address names, what is warned against or ruled out, interceptions told
both ways, the country across a border, allies, and nationalities before long titles."""

from __future__ import annotations

from datetime import date
from functools import partial

from datelines.read.reading import read
from tests.read.real_news_helpers import dyads

DAY = date(2026, 5, 7)
_dyads = partial(dyads, day=DAY)


def test_an_authority_ordering_another_to_act_sanctions_it():
    assert ("CHNJUD", "MYSBUS", "17") in _dyads(
        "A court in Shanghai orders the Malaysian airline to pay compensation to the relatives of the victims.")
    assert ("ECUJUD", "ECUGOV", "17") in _dyads(
        "An Ecuadorian judge orders Ecuador's interior minister Marco Ruales to appear at a hearing in Quito.")


def test_a_states_order_to_another_state_is_a_demand():
    found = _dyads("Kenya ordered Uganda to pay compensation for the raid on the island.")
    assert any(s.startswith("KEN") and t.startswith("UGA") and r == "10" for s, t, r in found if s and t)
    assert not any(r == "17" for _, _, r in found)


def test_an_order_down_ones_own_chain_is_no_sanction():
    # what the forces are told to do is the act; the order to them sanctions no one
    found = _dyads("Israeli prime minister Benjamin Netanyahu orders Israeli forces to seize a ridge in southern Syria.")
    assert not any(s == "ISRGOV" and r == "17" for s, _, r in found)
    assert any(s == "ISRMIL" and (t or "").startswith("SYR") for s, t, _ in found)
    assert not any(r == "17" for _, _, r in _dyads(
        "Colombian president Gustavo Petro orders the defence ministry to raise the salaries of soldiers."))


def test_an_order_about_a_thing_sanctions_no_one():
    assert not any(r == "17" for _, _, r in _dyads(
        "Kenyan president William Ruto orders the release of emergency funds to help flood victims."))


def test_a_place_takes_the_country_its_address_names():
    found = _dyads("Police in Valencia, Spain, arrest three Moroccan men suspected of smuggling.")
    assert ("ESPCOP", "MAR", "17") in found or any(s == "ESPCOP" for s, _, _ in found)
    assert not any(s and s.startswith("VEN") for s, _, _ in found)


def test_attacks_warned_against_have_not_happened():
    events = read("Ukrainian president Volodymyr Zelenskyy warned against further Russian attacks on the "
                  "country's power plants.", DAY).events
    assert all(e.modality != "asserted" for e in events if e.code.startswith("19"))


def test_a_withdrawal_ruled_out_is_negated():
    events = read("Israeli prime minister Benjamin Netanyahu rules out a withdrawal of Israeli troops from "
                  "southern Lebanon.", DAY).events
    withdrawals = [e for e in events if e.code.startswith("087")]
    assert withdrawals and all(e.modality == "negated" for e in withdrawals)


def test_an_attack_by_drones_is_no_local_gunmans():
    found = _dyads("Two Chinese workers are killed in a drone-shooting attack at a mine in Khatlon Province, Tajikistan.")
    assert not any(s == "TJKCRM" for s, _, _ in found)


def test_blackouts_terrorist_designations_and_lifted_advisories():
    assert any(s.startswith("AFG") and r == "17" for s, _, r in _dyads(
        "The Taliban government imposes an internet blackout across Afghanistan.") if s)
    assert ("RUSGOV", "UKRMIL", "11") in _dyads("Russia declares the Ukrainian battalion a terrorist organization.")
    assert ("GBRGOV", "EGYGOV", "08") in _dyads("Britain lifts its travel advisory for Egypt.")
    # ending a warning of nature eases nothing between states
    assert not any(r == "08" for _, _, r in _dyads(
        "The Pacific Tsunami Warning Center cancels its tsunami advisory for Guam."))


def test_an_interception_is_told_both_ways():
    found = _dyads("Saudi air defences intercept a ballistic missile launched by the Houthis.")
    assert ("YEMREB", "SAUMIL", "19") in found
    assert ("SAUMIL", "YEMREB", "19") in found


def test_the_country_across_a_border_is_not_where_the_act_was():
    found = _dyads("Islamist militants overrun a Malian army base near the border with Burkina Faso, while also "
                   "launching an attack on a nearby airfield.")
    assert ("MLIREB", "MLIMIL", "19") in found
    assert not any((s or "").startswith("BFA") or (t or "").startswith("BFA") for s, t, _ in found)
    # forces sent towards a border face the country across it
    assert any(s == "ESPMIL" and t.startswith("MAR") and r == "15" for s, t, r in _dyads(
        "The Spanish army deploys troops towards the border with Morocco.") if t)


def test_an_ally_takes_the_role_of_the_one_allied_with():
    assert ("RUSJUD", "RUSOPP", "17") in dyads(
        "A Moscow court sentences Ivan Zhdanov, an ally of Alexei Navalny, to prison in absentia.", date(2025, 6, 1))


def test_a_nationality_before_a_long_title_is_the_named_ones():
    mentions = read("The commission opens an inquiry into American social media company Reddit.", DAY).mentions
    assert any(m.code == "USABUS" and m.text.endswith("Reddit") for m in mentions)


def test_a_parliament_approving_a_government_supports_its_own_states():
    assert ("BGRLEG", "BGRGOV", "05") in _dyads(
        "The Bulgarian parliament approves the new coalition government of Rosen Zhelyazkov.")
    # an approved plan with a planned invasion in it is still the invasion, planned
    events = read("Israeli defense minister Israel Katz approves a planned ground offensive to seize Gaza City.", DAY).events
    assert not any(e.code.startswith("05") for e in events)


def test_a_party_quitting_the_cabinet_reduces_relations():
    assert ("ISRPTY", "ISRGOV", "16") in _dyads("The Israeli Shas party quits the Netanyahu cabinet over conscription.")


def test_fans_clashing_with_police_riot():
    assert ("FRACVL", "FRACOP", "14") in _dyads("Hundreds of football fans clash with police in Lyon, France.")


def test_warnings_lifted_after_a_tsunami_ease_nothing():
    assert not any(r == "08" for _, _, r in _dyads(
        "Tsunami waves reach Guam, and agencies in Australia and New Zealand lift their warnings."))


def test_an_order_the_model_reads_as_a_name_is_read_as_a_verb():
    # "Kenya orders Uganda" is parsed as one noun phrase until the verb is read in the past tense
    found = _dyads("Kenya orders Uganda to withdraw its troops from the disputed island by the end of May.")
    assert any(s.startswith("KEN") and t.startswith("UGA") and r == "10" for s, t, r in found if s and t)


def test_a_ship_near_a_coast_is_not_that_states():
    assert not any((t or "").startswith("OMN") for _, t, _ in _dyads("A tanker near Oman is hit by an unknown projectile."))


def test_more_verbs_of_force_and_diplomacy():
    assert any(s == "UKRMIL" and r == "19" for s, _, r in _dyads("Ukrainian naval drones sink a Russian landing ship off Crimea."))
    assert ("QATGOV", "IRN", "17") in _dyads("Qatar declares Iran's military attachés personae non gratae.")
    assert ("USAGOV", "UKRGOV", "16") in _dyads("The United States suspends its support for Ukraine.")
    assert ("MLIREB", "MLIMIL", "08") in _dyads("Tuareg separatist Azawad Liberation Front releases six wounded Malian troops.")


def test_ministers_from_several_countries_are_each_countrys():
    found = _dyads("The Foreign Ministers from Azerbaijan, Bahrain and Egypt, met in Riyadh, issue a joint statement "
                   "calling on Iran to halt its attacks.")
    assert {("AZEGOV", "IRNGOV", "02"), ("BHRGOV", "IRNGOV", "02"), ("EGYGOV", "IRNGOV", "02")} <= found


def test_a_meeting_of_many_states_is_not_every_pair_of_them():
    events = read("The foreign ministers of Egypt, Jordan, Qatar, Kuwait, Bahrain, Oman and Turkey met in Riyadh.", DAY).events
    assert len([e for e in events if e.code.startswith("04")]) <= 7


def test_rallies_in_support_of_a_country_support_it():
    assert any(s == "YEMCVL" and (t or "").startswith("IRN") and r == "05" for s, t, r in _dyads(
        "Thousands of people rally in Sanaa, Yemen, in support of Iran."))


def test_more_roles_troopers_and_news_websites():
    assert any(t == "MEXCOP" for _, t, _ in _dyads(
        "Five state troopers are killed in an ambush by cartel gunmen near Nahuatzen, Mexico."))
    assert ("HUNGOV", "UKRMED", "17") in _dyads("Hungary blocks access to twelve Ukrainian news websites.")


def test_bombs_and_attacks_on_cities_name_their_victims():
    assert any(t == "UKRCVL" and r == "19" for _, t, r in _dyads("A drone attack on Dnipro kills two people."))
    assert any(t == "NGACVL" and r == "18" for _, t, r in _dyads(
        "At least 26 people are killed when a truck hits a roadside bomb in Borno State, Nigeria."))


def test_a_halt_to_insurgent_activities_de_escalates():
    assert any(r == "08" for _, _, r in _dyads(
        "The Kurdish rebels announced a halt to their insurgent activities in Turkey."))


def test_ships_disabled_or_redirected_and_air_defence_units():
    assert ("USAMIL", "IRN", "19") in _dyads("American forces disabled an Iranian oil tanker in the Gulf of Oman.")
    assert ("USAMIL", "IRN", "19") in _dyads("The US Navy redirected two Iranian tankers to enforce the blockade.")
    assert ("RUSMIL", "UKRMIL", "19") in _dyads("Russian air defence units intercepted 147 Ukrainian drones overnight.")


def test_a_state_acts_through_its_own_office_it_orders():
    assert any(s == "NPLGOV" and r == "17" for s, _, r in _dyads(
        "Nepal orders its telecommunications authority to block access to unregistered social media platforms."))
