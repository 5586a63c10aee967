"""Rules of stop 40, each on texts written for this test: waters named after a country, alerts of nature,
embassy staff, denied use, control consolidated, people held somewhere and released from there, calls
for calm at home, networks working for another, alleged acts, recaptured people, gerunds of time,
talking to the press, findings of breach and ruling coalitions."""

from __future__ import annotations

from datetime import date
from functools import partial

from datelines.read.reading import read
from tests.read.real_news_helpers import dyads

DAY = date(2025, 2, 22)  # a Saturday
_dyads = partial(dyads, day=DAY)


def test_a_water_named_after_a_country_is_a_place_not_that_country():
    assert not any(t and t.startswith("OMN") for _, t, _ in _dyads("Iran seizes two foreign tankers in the Gulf of Oman."))
    assert not any(t and t.startswith("JPN") for _, t, _ in _dyads("North Korea fires two missiles into the Sea of Japan."))
    assert ("IRNGOV", "OMNGOV", "13") in _dyads("Iran threatens Oman.")


def test_an_alert_of_nature_is_no_force_posture():
    assert not any(r == "15" for _, _, r in _dyads("The Japan Meteorological Agency raises a tsunami alert for Taiwan."))
    assert not any(r == "15" for _, _, r in _dyads("China issues a typhoon alert for Taiwan."))
    assert any(r == "15" for _, _, r in _dyads("Pakistan raises its military alert level after the Indian strikes."))


def test_embassy_and_consulate_staff_are_their_government():
    assert ("GHACOP", "NGAGOV", "17") in _dyads("Police in Ghana arrest a Nigerian embassy employee suspected of smuggling gold.")


def test_denying_someone_the_use_of_a_base_is_a_rejection_not_a_denial_of_responsibility():
    found = _dyads("Italy denies the United States Air Force the use of the Aviano base for the strikes.")
    assert ("ITAGOV", "USAMIL", "12") in found
    assert not any(r == "01" for _, _, r in found)


def test_consolidating_control_of_a_town_is_holding_it():
    assert ("SOMREB", "SOM", "19") in _dyads("Al-Shabaab consolidated its control of the Somali town of Baidoa.")


def test_people_held_in_a_country_are_held_and_released_by_its_state():
    found = _dyads("Twelve Indian fishermen detained in Sri Lanka were released on Monday.")
    assert ("LKAGOV", "INDCVL", "08") in found
    assert any(s and s.startswith("LKA") and t == "INDCVL" and r == "17" for s, t, r in found)
    found = _dyads("Manila says that 24 Filipino nationals detained in Russia will be released.")
    assert any(s and s.startswith("RUS") and t and t.startswith("PHL") and r == "08" for s, t, r in found)


def test_a_call_for_calm_that_names_no_one_is_made_to_the_speakers_people():
    assert ("KENGOV", "KENCVL", "02") in _dyads("The Kenyan president calls for calm after the riots.")


def test_a_network_linked_to_a_state_works_for_it():
    assert ("LBNMIL", "ISR", "17") in _dyads("The Lebanese army announces the arrest of a spy network linked to Israel.")
    assert ("LBNGOV", "ISR", "17") in _dyads("Lebanon arrests a network affiliated to Israel.")


def test_an_alleged_act_is_reported():
    events = read("Police arrest a man over an alleged threat against the Costa Rican president.", DAY).events
    assert [e.modality for e in events if e.root == "13"] == ["reported"]


def test_a_recaptured_person_is_arrested_not_a_recaptured_town():
    assert any(r == "17" and t and t.startswith("FRA")
               for _, t, r in _dyads("Mohamed Amra, a French criminal, is recaptured in Romania."))
    assert ("UKRMIL", "RUS", "19") in _dyads("Ukrainian troops recaptured Kherson from Russia.")


def test_the_doer_of_a_gerund_of_time_is_the_subject_of_the_passive_and_the_foe_harmed_it():
    found = _dyads("Four Israeli soldiers are killed in action while fighting Hezbollah in southern Lebanon.")
    assert ("ISRMIL", "LBNREB", "19") in found
    assert ("LBNREB", "ISRMIL", "19") in found  # (an armed group killing soldiers fights them)
    assert ("NGAREB", "NGAMIL", "19") in _dyads("Islamic State insurgents kill nine Nigerian soldiers in Kebbi State, Nigeria.")


def test_talking_to_the_press_is_no_consultation():
    assert not any(r == "04" for _, _, r in _dyads("British Prime Minister Johnson spoke to the press in London."))
    assert ("RUSGOV", "TURGOV", "04") in _dyads("Putin spoke to Erdogan about Syria.")


def test_finding_a_state_in_breach_of_its_obligations_is_a_finding_against_it():
    assert ("IGOUNOIAE", "IRNGOV", "11") in _dyads("The IAEA finds Iran in breach of its obligations.")


def test_a_ruling_coalition_is_a_government_not_an_army():
    found = _dyads("The Komeito party announces its exit from the Japanese ruling coalition.")
    assert any(t == "JPNGOV" and r == "16" for _, t, r in found)
    assert not any(t and t.endswith("MIL") for _, t, _ in found)


def test_every_name_of_a_list_the_parser_took_for_the_root_is_the_verbs_subject():
    found = _dyads("Burkina Faso, Mali, and Niger formally withdraw from the ECOWAS regional bloc.")
    assert {s for s, _, r in found if r == "16"} == {"BFAGOV", "MLIGOV", "NERGOV"}


def test_a_nationality_before_a_plain_word_and_a_title_is_the_persons():
    found = _dyads("American freelance journalist Jane Smith is kidnapped by armed men in Baghdad, Iraq.")
    assert any(t == "USAMED" and r == "18" for _, t, r in found)


def test_a_party_leader_is_the_partys_not_the_governments():
    assert ("SGPLEG", "SGPPTY", "17") in _dyads(
        "Singapore's parliament votes to remove Workers' Party leader Pritam Singh as Leader of the Opposition.")


def test_stripping_a_leader_of_an_honour_is_a_sanction_on_him():
    assert ("POLGOV", "UKRGOV", "17") in _dyads(
        "Polish president Karol Nawrocki strips Ukrainian president Volodymyr Zelenskyy of the Order of the White Eagle.")


def test_those_confirmed_killed_in_strikes_are_whom_the_strikes_hit():
    assert ("PAKMIL", "PAKREB", "19") in _dyads(
        "Two Pakistani Taliban commanders are confirmed killed in Pakistani airstrikes in Kabul, Afghanistan.")


def test_men_killed_in_a_shooting_are_the_places_people():
    assert ("USACRM", "USACVL", "18") in _dyads("Two men are killed in a shooting at a gas station in Chicago, Illinois.")


def test_a_company_suspending_its_operations_deescalates_nothing():
    assert not _dyads("The Canadian company Sherritt will suspend its operations in Cuba.")
    assert any(r == "08" for _, _, r in _dyads("Turkey suspends its military operations in northern Syria."))


def test_delaying_or_postponing_a_release_refuses_it():
    assert ("ISRGOV", "PSECVL", "12") in _dyads("Israel delayed the release of 600 Palestinian prisoners.")
    assert ("PSEREB", "ISRCVL", "12") in _dyads("Hamas postponed the release of the Israeli hostages.")


def test_a_meeting_announced_or_prepared_for_is_planned_and_one_held_is_not():
    events = read("French President Emmanuel Macron announces an emergency summit with German Chancellor Olaf Scholz in Paris.",
                  DAY).events
    assert [e.modality for e in events if e.root == "04"] == ["planned"]
    events = read("Macron held a summit with Scholz in Paris.", DAY).events
    assert [e.modality for e in events if e.root == "04"] == ["asserted"]


def test_journalists_a_government_warns_are_its_own():
    assert ("PAKGOV", "PAKMED", "13") in _dyads("The Pakistani government warns journalists against covering the protests.")


def test_development_banks_are_intergovernmental_and_what_their_help_targets_is_no_attack():
    found = _dyads("The Asian Development Bank approves a loan of US$500 million to Pakistan.")
    assert any(s and s.startswith("IGO") and t and t.startswith("PAK") and r == "07" for s, t, r in found)
    found = _dyads("The Inter-American Development Bank will provide US$1.3 billion in financing to El Salvador, "
                   "targeting housing and tourism.")
    assert any(s and s.startswith("IGO") for s, _, _ in found)
    assert not any(r == "19" for _, _, r in found)
    assert any(r == "19" for _, _, r in _dyads("Russia launched missiles at Kyiv, targeting power plants."))


def test_an_object_the_parser_hung_under_a_particle_is_still_the_verbs():
    assert ("UKRGOV", "NICGOV", "16") in _dyads("Ukraine breaks off diplomatic relations with Nicaragua.")
    assert any(s == "ISRMIL" and t and t.startswith("PSE") and r == "16"
               for s, t, r in _dyads("The Israeli military cuts off the electric power supply for the Gaza Strip."))


def test_a_parliament_withdrawing_its_budget_after_protests_yields():
    assert any(s == "BGRLEG" and r == "08"
               for s, _, r in _dyads("The Bulgarian parliament withdraws its draft budget following nationwide protests."))


def test_aid_convoys_give_to_the_place_they_reach_and_ships_kept_from_sailing_are_blockaded():
    assert ("AREGOV", "PSE", "07") in _dyads("Five aid convoys from the United Arab Emirates arrive in Gaza.")
    assert any(s == "IRNMIL" and r == "19" for s, _, r in _dyads("The Iranian navy prevented six foreign tankers from leaving the Gulf."))


def test_a_bounty_placed_on_people_falls_on_them():
    assert ("HKGCOP", "HKGCVL", "17") in _dyads("The Hong Kong police placed bounties on eight exiled activists.")


def test_patients_killed_are_people():
    found = _dyads("A German palliative care doctor is charged for allegedly killing fifteen patients in Berlin.")
    assert any(t == "DEUCVL" and r == "18" for _, t, r in found)


def test_the_state_or_body_one_is_barred_from_entering_bars_them():
    assert ("LVAGOV", "RUSMED", "17") in _dyads("Two Russian journalists were banned from entering Latvia.")
    found = _dyads("Two British MPs were barred from entering Israel.")
    assert ("ISRGOV", "GBRLEG", "17") in found
    assert not any(s and s.startswith("GBR") and r == "17" for s, _, r in found)
    assert ("IGOEUREEC", "CHNBUS", "17") in _dyads("Huawei lobbyists are banned from entering the European Parliament.")
