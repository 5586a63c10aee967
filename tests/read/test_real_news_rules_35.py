"""Rules of stop 35, each on sentences written for this test: present-tense verbs the model reads as
nouns, courts placed by their phrase, addresses that name their country, the unarmed killed in clashes,
the killed of an air strike, acts a possessor undergoes, and military posts."""

from __future__ import annotations

from datetime import date
from functools import partial

from tests.read.real_news_helpers import dyads

DAY = date(2025, 10, 7)
_dyads = partial(dyads, day=DAY)


def test_a_present_verb_read_as_the_subject_of_a_noun_is_the_verb():
    # the model reads "issues" as the subject of a verb "arrest"
    assert ("TURJUD", "TURMED", "17") in _dyads("A tribunal in Ankara, Turkey, issues arrest warrants for twelve journalists.")


def test_a_plural_subject_before_a_bare_verb_read_as_a_noun_still_acts():
    assert ("HNDCOP", "HNDOPP", "17") in _dyads(
        "Police in Honduras arrest opposition leader Salvador Nasralla following a complaint by the electoral council.")
    assert ("GUYCOP", "GUYBUS", "17") in _dyads("Police in Guyana arrest businessman Azruddin Mohamed following an indictment.")
    # (a plural subject with its verb already read as a verb is left as it is)
    assert ("ISRMIL", "LBNCVL", "19") in _dyads(
        "Israeli strikes on a hotel in the town of Aramoun, south of Beirut, kill eleven people.")


def test_a_court_placed_by_its_phrase_is_that_countrys_judiciary():
    # (the country apposed to the court, not to its town, does not replace it)
    assert ("GBRJUD", "RUSBUS", "17") in _dyads(
        "The Westminster Magistrates Court in London, United Kingdom, jails a Russian businessman for fraud.")
    assert ("PAKJUD", "GBRCVL", "17") in _dyads(
        "The Lahore High Court in Lahore, Pakistan, sentences two British nationals to prison.")


def test_an_address_that_ends_in_a_country_places_the_town_there():
    # a Santa Rosa of another country is larger; the address says which one is meant
    assert ("ARGCRM", "ARGCVL", "18") in _dyads("Three people are injured in a stabbing in Santa Rosa, La Pampa, Argentina.")
    # (a list of countries is no address)
    found = _dyads("Iran fired missiles at Bahrain, Israel, Kuwait and Qatar.")
    assert {t for _, t, r in found if r == "19"} >= {"BHR", "ISR", "KWT", "QAT"}


def test_the_unarmed_killed_in_clashes_with_a_force_are_its_victims():
    assert ("BGDCOP", "BGDEDU", "18") in _dyads("Four students were killed in clashes with riot police in Dhaka, Bangladesh.")
    # (soldiers killed in clashes with soldiers stay a fight of two sides)
    assert ("THAMIL", "KHMMIL", "19") in _dyads("Two Thai soldiers were killed in clashes with Cambodian troops.")


def test_those_killed_by_an_air_strike_are_whom_it_struck():
    assert ("NGAMIL", "NGAREB", "19") in _dyads("Twelve militants are killed by a Nigerian military airstrike in Borno.")
    # fighters with no country named are the place's, not the place itself
    assert ("PERMIL", "PERREB", "19") in _dyads("Nine guerrilla fighters are killed by a Peruvian military airstrike in Junin.")


def test_the_possessor_of_an_arrest_is_the_one_arrested():
    found = _dyads("Protests erupted after Imran Khan's arrest by police in Islamabad.")
    assert ("PAKCOP", "PAK", "17") in found  # (no longer in office on DAY)
    assert not any(s and s.startswith("PAK") and s != "PAKCOP" for s, _, r in found if r == "17")
    # (an "of" object is the one arrested, and the possessor the doer)
    assert ("EGYMIL", "EGYMED", "17") in _dyads("Rights groups condemned the Egyptian army's arrest of three journalists in Cairo.")


def test_a_military_post_named_by_its_country_stands_for_its_forces():
    assert ("YEMREB", "USAMIL", "19") in _dyads("Houthi rebels fired drones at the U.S. military base in Djibouti.")
    assert ("YEMREB", "USAMIL", "19") in _dyads(
        "The U.S. Central Command intercepts three Houthi drones targeting the U.S. naval base in Bahrain.")
    assert any(s == "USAMIL" for s, _, _ in _dyads("The U.S. Southern Command said it struck a boat in the Caribbean."))


def test_a_bare_army_ordered_to_act_is_the_one_of_whoever_orders_it():
    found = _dyads("Turkish leaders announce a new phase of the operation and order the army to strike targets in Syria.")
    assert ("TURMIL", "SYR", "19") in {(s, (t or "")[:3], r) for s, t, r in found}
    assert not any(s and s.startswith("SYR") for s, _, r in found if r == "19")


def test_the_thing_force_strikes_says_whose_it_is():
    assert ("SAUMIL", "YEMMIL", "19") in _dyads("Saudi jets struck military targets inside Yemen on Sunday.")
    assert ("IRNMIL", "USAMIL", "19") in _dyads("Iran said it had attacked U.S. military bases in Iraq and Syria.")
    assert ("ISRMIL", "PSECOP", "19") in _dyads("Israeli jets bombed a police station in Gaza City.")
    assert ("PRYCRM", "PRYCOP", "18") in _dyads("Unknown gunmen open fire at a police station in Canindeyu, Paraguay, killing two officers.")
    # (a rocket attack is aerial force since stop 48: 195)
    assert any(t == "SYRCVL" for _, t, r in _dyads("A child is injured in a rocket attack on a house in Daraa, Syria.") if r in ("18", "19"))


def test_the_people_a_court_tries_with_no_country_named_are_its_own():
    assert ("HKGJUD", "HKGCVL", "11") in _dyads("A Hong Kong jury convicts four people over the 2019 riots.")
    assert ("TURJUD", "TURBUS", "17") in _dyads("A court in Turkey sentences the owner of a ferry company to ten years in prison.")
    assert ("USAJUD", "USACRM", "11") in _dyads("A U.S. civil court finds singer Chris Brown liable for assault.")


def test_a_verb_that_took_its_subject_as_modifiers_is_reparsed():
    assert ("USAMIL", "YEM", "19") in _dyads("The United States military launches Tomahawk missile strikes on Yemen's Hodeidah port.")


def test_the_doer_of_an_attack_may_hang_on_what_it_struck():
    found = _dyads("Dozens of people are killed in an attack on a mosque by the Rapid Support Forces in El Obeid, Sudan.")
    assert any(s == "SDNREB" and (t or "").startswith("SDN") for s, t, r in found if r in {"18", "19"})


def test_a_ramming_attack_told_with_no_doer_is_a_criminals():
    assert ("DEUCRM", "DEUCVL", "18") in _dyads("Two people are killed in a car-ramming attack in Magdeburg, Germany.")


def test_a_foreign_national_arrested_with_no_place_named_is_arrested_by_the_storys_police():
    found = _dyads("A man stabbed three people on a train near Huntingdon, England. A 35-year-old Moroccan national "
                   "was arrested.")
    assert ("GBRCOP", "MARCVL", "17") in found
    assert not any(s == "MARCOP" for s, _, _ in found)


def test_a_court_ruling_a_governments_act_unlawful_criticises_that_government():
    assert ("KENJUD", "KENGOV", "11") in _dyads("The Kenyan High Court ruled the government's deployment of police to Haiti unconstitutional.")
    assert ("USAJUD", "USAGOV", "11") in _dyads(
        "On Monday, a federal judge in Maine ruled the United States federal government's policy of detaining "
        "asylum seekers without bail is unconstitutional.")


def test_property_set_on_fire_in_a_place_is_damage_to_that_places_country():
    assert ("ISRCVL", "PSE", "17") in _dyads("Israeli settlers set fire to a dozen cars in the West Bank.")
