"""Rules of stop 52, each on texts written for this test: an attack summed up beside the weapons
launched, warrants requested, weapons fired in pairs, the region after a comma, a person's plain
nationality, a killing during an attack, gatherings called parties, towns named by apposition,
and heads of state and armed groups the dictionary now knows."""

from __future__ import annotations

from datetime import date
from functools import partial

from datelines.read.reading import read
from tests.read.real_news_helpers import actor_codes, dyads, has_dyad

DAY = date(2026, 5, 20)
_dyads = partial(dyads, day=DAY)
_codes = partial(actor_codes, day=DAY)


def test_an_attack_summed_up_beside_the_weapons_launched_keeps_the_launch_and_its_target():
    for place in ("Ukraine", "Odesa"):
        found = _dyads(f"Russian invasion of Ukraine\n\nRussia launches 273 drones at {place}, the largest such "
                       "attack since the beginning of the conflict.")
        assert has_dyad(found, "RUS", "UKR", "19"), place
        assert not any(t is None or t.startswith("RUS") for _, t, _ in found), place


def test_a_prosecutor_requesting_warrants_against_someone_acts_on_him():
    found = _dyads("The International Criminal Court prosecutor requests arrest warrants against Myanmar's army chief.")
    assert has_dyad(found, "IGOICC", "MMR", "17")
    assert not has_dyad(found, "MMRCOP", "MMR", "17")


def test_drones_and_missiles_launched_at_a_place_are_the_launchers_weapons_not_the_target():
    found = _dyads("Hundreds of Russian drones and 40 missiles are launched at Ukrainian cities overnight.")
    assert has_dyad(found, "RUS", "UKR", "19")
    assert not any((t or "").startswith("RUS") for _, t, _ in found)


def test_a_region_after_a_comma_settles_a_town_named_like_another():
    found = _dyads("Three civilians are killed in Samar, Dnipropetrovsk Oblast, in a Russian missile strike.")
    assert has_dyad(found, "RUS", "UKR", "19")


def test_a_plain_nationality_before_a_person_gives_the_country():
    assert "KEN" in _codes("Kenyan politician Wanjiru Kamau is arrested at the airport in Kampala, Uganda.")
    # a firm keeps what its own words say: no country from a plain description
    assert "CHE" not in _codes("Swiss energy utility Axpo suspends operations at its reactor.")


def test_a_killing_during_an_attack_is_that_attack_not_a_second_one():
    found = _dyads("A Palestinian militant killed two Israeli soldiers during a ramming attack near Hebron.")
    assert has_dyad(found, "PSEREB", "ISRMIL", "19")
    assert len(found) == 1  # (not also a criminal's assault on civilians, read from "attack")


def test_a_party_one_attends_is_a_gathering():
    found = _dyads("Gunmen open fire at a party celebrating a wedding in Celaya, Mexico, killing nine people.")
    assert has_dyad(found, "MEX", "MEX", "18")
    assert not any((t or "").endswith("PTY") for _, t, _ in found)
    # a political party stays one
    assert has_dyad(_dyads("Police raided the offices of the ruling party in Ankara."), "TURCOP", "TURPTY", "17")


def test_a_town_named_by_apposition_is_a_place_taken_not_a_person_arrested():
    found = _dyads("Al-Shabaab militants recapture Bulo Burte, a town in the Hiiraan region of Somalia.")
    assert has_dyad(found, "SOM", "SOM", "19")
    assert not any(r == "17" for _, _, r in found)


def test_military_police_officers_are_the_army():
    assert "KHMMIL" in _codes("A Cambodian military police officer opened fire at a market in Phnom Penh.")


def test_heads_of_state_and_armed_groups_the_dictionary_knows():
    assert "GBRGOV" in _codes("The Polish president meets King Charles III in London.")
    assert "PAKREB" in _codes("Jamaat-ul-Ahrar claims the bombing of a checkpoint in Peshawar.")


def test_new_lexicon_entries_read_as_coded():
    assert has_dyad(_dyads("Ecuador terminates visa-free entry for Chinese travellers."), "ECU", "CHN", "17")
    assert has_dyad(_dyads("A driver rammed his van into Swedish shoppers in Stockholm."), "SWE", "SWE", "18")
    assert has_dyad(_dyads("The Indian navy engaged Pakistani warships off the coast."), "INDMIL", "PAKMIL", "19")
    assert has_dyad(_dyads("Hamas hands over the remains of two Israeli hostages to the Red Cross."), "PSE", "NGO", "08")


def test_the_journey_a_visa_allows_is_no_act():
    found = _dyads("Nigerian striker Samuel Okafor is denied a visa to enter Canada for the tournament.")
    assert has_dyad(found, "CAN", "NGA", "17")
    assert not any(r == "19" for _, _, r in found)
    assert not any(r == "19" for _, _, r in _dyads("Turkey granted the Syrian envoy a visa to enter Israel."))


def test_the_address_after_a_named_thing_settles_its_country():
    # "Beaufort" is also a town of Malaysia; the castle is where its address says
    assert has_dyad(_dyads("Israeli troops capture the Beaufort crusader castle in Nabatieh Governorate, Lebanon."),
                "ISR", "LBN", "19")
    assert has_dyad(_dyads("Israeli jets struck the Beaufort castle in southern Lebanon."), "ISR", "LBN", "19")


def test_a_ship_flag_is_no_persons_nationality():
    assert not has_dyad(_dyads("The Russian tanker Anatoly Kolodkin arrives in Matanzas, Cuba."), "RUS", "CUB", "04")


def test_financial_support_is_aid_and_a_treasurer_is_the_government():
    assert has_dyad(_dyads("Japan announces a financial support package for Sri Lanka."), "JPN", "LKA", "07")
    assert "AUSGOV" in _codes("Australian treasurer Jim Chalmers blocks a Chinese takeover of a lithium miner.")


def test_who_ran_an_operation_did_what_it_did():
    assert has_dyad(_dyads("The Kenyan army completed an operation that killed 30 al-Shabaab fighters in Lamu."),
                "KENMIL", "SOMREB", "19")
    # welcoming an operation is not running it
    assert not has_dyad(_dyads("Turkey welcomed the operation that freed the hostages."), "TUR", "TUR", "08")
    offensive = _dyads("Peruvian troops began offensive operations against Shining Path remnants.")
    assert has_dyad(offensive, "PERMIL", None, "19") or has_dyad(offensive, "PERMIL", "PER", "19")


def test_an_accidental_blast_placed_in_a_country_is_no_ones_act():
    for text in ("A gas explosion at an apartment block in Kazan, Tatarstan, Russia kills five people.",
                 "A shop explosion and fire in Savannakhet province, Laos, kills three people and injures others."):
        assert not any(r in {"18", "19"} for _, _, r in _dyads(text)), text
    # a blast with an attacker's marks is still an attack
    assert _dyads("A car bomb explosion kills six soldiers in Mogadishu, Somalia.")



def test_two_sides_acting_on_each_others_people_act_on_each_other():
    found = _dyads("Peru and Mexico expel each other's ambassadors amid a diplomatic dispute.")
    assert has_dyad(found, "PERGOV", "MEXGOV", "16") and has_dyad(found, "MEXGOV", "PERGOV", "16")


def test_a_potential_round_of_talks_is_not_held_and_ceasefire_talks_declare_no_ceasefire():
    found = read("Kabul remains on alert ahead of a potential second round of talks between Iran and Pakistan.", DAY).events
    assert all(e.modality != "asserted" for e in found if e.code.startswith("04"))
    assert not any(r == "08" for _, _, r in _dyads("Envoys prepare for a new round of ceasefire talks between "
                                                  "Armenia and Azerbaijan."))


def test_a_facility_named_by_its_town_is_in_that_town():
    assert has_dyad(_dyads("A former soldier is arrested by police at Sydney Airport."), "AUSCOP", "AUS", "17")


def test_more_forces_and_bodies_known():
    assert has_dyad(_dyads("The Royal Air Force launches airstrikes on Houthi sites in Yemen."), "GBRMIL", "YEM", "19")
    assert has_dyad(_dyads("Israel deploys the 36th Division to southern Lebanon."), "ISRMIL", "LBN", "15")
    assert has_dyad(_dyads("In Latvia, the Progressive Party withdraws from the Latvian government."), "LVAPTY", "LVAGOV", "16")


def test_a_seat_of_power_is_in_its_own_country():
    found = _dyads("A protest is held outside the White House against the war, calling for the president's removal.")
    assert has_dyad(found, "USACVL", "USAGOV", "14")


def test_a_cell_captured_is_people_arrested_and_air_support_is_military_aid():
    assert has_dyad(_dyads("Iraqi officials say security forces have captured an Islamic State cell in Kirkuk."), "IRQ", "IRQREB", "17")
    assert has_dyad(_dyads("Chad provided air support to Nigerian troops fighting Boko Haram."), "TCD", "NGA", "07")


def test_a_court_striking_down_a_law_rejects_it_and_ties_ended_are_cut():
    assert has_dyad(_dyads("Benin's Constitutional Council strikes down a parliamentary bill on amnesty."), "BENJUD", "BENLEG", "12")
    assert has_dyad(_dyads("Nicaragua ended diplomatic relations with Taiwan."), "NIC", "TWN", "16")
    assert has_dyad(_dyads("The Kenyan president sacks his interior minister."), "KENGOV", "KENGOV", "17")


def test_a_long_heading_listing_topics_is_no_item_and_a_collision_no_attack():
    sections = "\n\n".join(f"{heading}\n\n{item}" for heading, item in [
        ("Armed conflicts and attacks", "Rebels attack an army base in Kidal, Mali."),
        ("International sanctions during the Russian invasion of Ukraine, United States and the Russo-Ukrainian war",
         "The United States Senate votes to advance a sanctions bill."),
        ("Politics and elections", "The Polish Sejm passes a budget law."),
        ("Law and crime", "Police arrest a suspect in Warsaw, Poland."),
    ])
    assert not any((s or "").startswith("RUS") for s, _, _ in _dyads(sections))  # (read from the heading)
    assert not _dyads("A coach and a lorry collide head-on near Lucas do Rio Verde, Mato Grosso, Brazil, killing nine "
                      "people and injuring 30 others.")


def test_a_visit_promised_on_a_condition_is_no_threat():
    found = _dyads("U.S. vice president JD Vance will travel to Pakistan if the second round of talks succeeds.")
    assert not any(r == "13" for _, _, r in found)
    assert any(r == "13" for _, _, r in _dyads("Kenya will pull its troops out of Somalia unless the African Union pays them."))
