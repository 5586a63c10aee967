"""Constructions met in real news and read by general rules (stop 26). Sentences written for this test,
in the words of news English; none is taken from an article or a day page."""

from __future__ import annotations

from datetime import date

from datelines.read.reading import read

DAY = date(2025, 9, 5)  # a Friday


def _events(text: str, day: date = DAY) -> list[tuple[str | None, str | None, str, str, str]]:
    return [(e.source, e.target, e.code, e.date, e.modality) for e in read(text, day).events]


def test_last_weekday_written_the_day_after_is_the_week_before():
    """On a Friday, 'last Thursday' is not yesterday (that would be 'yesterday' or 'on Thursday')."""
    events = _events("Kenyan and Ugandan officials met in Nairobi last Thursday.")
    assert events and all(e[3] == "2025-08-28" for e in events)
    events = _events("Kenyan and Ugandan officials met in Nairobi last Tuesday.")
    assert events and all(e[3] == "2025-09-02" for e in events)


def test_one_act_told_by_a_verb_and_its_noun_is_one_event():
    events = _events("The delegations of Chile and Peru met on Monday for their annual summit in Lima.")
    pairs = [(s, t, c) for s, t, c, _, _ in events]
    assert pairs.count(("CHLGOV", "PERGOV", "040")) == 1


def test_a_chamber_named_with_its_country_is_its_legislature():
    assert ("ARGLEG", "ARGGOV", "172", "2025-09-05", "asserted") in _events(
        "The Senate of Argentina impeaches Vice President Victoria Villarruel.")


def test_a_state_body_in_the_sentence_gives_an_uncountried_title_its_country():
    events = _events("The Peruvian Constitutional Court removes President Dina Boluarte from office.")
    assert any(s == "PERJUD" and t == "PERGOV" for s, t, *_ in events)


def test_a_first_lady_is_of_her_country():
    events = _events("Former Argentine first lady Maria Lopez is indicted on fraud charges.")
    assert any(t == "ARG" and c.startswith("17") for _, t, c, *_ in events)


def test_one_adjective_before_coordinated_weapons_owns_both():
    events = read("Eleven Syrian civilians are killed by Turkish gunfire and airstrikes near the border.", DAY).events
    assert any(e.trigger == "gunfire" and e.source == "TURMIL" and e.target == "SYRCVL" for e in events)
    assert any(e.trigger == "airstrikes" and (e.source or "").startswith("TUR") for e in events)


def test_fishermen_are_civilians():
    events = _events("Sri Lankan fishermen are killed in Indian airstrikes.")
    assert any(s == "INDMIL" and t == "LKACVL" for s, t, *_ in events)


def test_rebels_who_take_a_town_at_home_fight_the_state():
    assert ("CODREB", "COD", "192", "2025-09-05", "asserted") in _events(
        "M23 rebels capture Walikale, a town in North Kivu.")


def test_an_unnamed_person_doing_violence_is_an_offender_and_the_harm_is_the_same_act():
    events = _events("A man throws a grenade into a cafe in Marseille, France, injuring nine people.")
    assert [(s, t, c) for s, t, c, *_ in events] == [("FRACRM", "FRACVL", "183")]
    assert not _events("A man calls for calm in Marseille, France.") or all(
        s != "FRACRM" for s, *_ in _events("A man calls for calm in Marseille, France."))


def test_a_body_named_by_its_organization_or_region_first():
    events = _events("Hungary withdraws from the United Nations Human Rights Council.")
    assert any(s == "HUNGOV" and t == "IGOUNO" and c == "160" for s, t, c, *_ in events)
    events = _events("The Puntland Maritime Police Force seize a fishing boat off Bosaso.")
    assert any(s == "SOMCOP" and c.startswith("17") for s, _, c, *_ in events)


def test_a_battle_between_two_sides_is_fighting_between_them():
    events = _events("A battle between Ethiopian forces and Eritrean troops near the border kills dozens.")
    assert any({s, t} == {"ETHMIL", "ERIMIL"} and c == "190" for s, t, c, *_ in events)


def test_utility_tariffs_are_prices_not_sanctions():
    assert not [e for e in _events("Ghana raises water tariffs by 12% for households.") if e[2].startswith("16")]
    assert any(c == "163" for _, _, c, *_ in _events("Canada imposes tariffs on Chinese steel."))


def test_a_weapon_told_inside_a_report_of_its_harm_is_reported():
    events = _events("Dozens of Sudanese villagers are reportedly killed in Chadian airstrikes.")
    assert ("TCDMIL", "SDNCVL", "195", "2025-09-05", "reported") in events


def test_a_protest_of_something_is_against_it():
    events = _events("The panel resigned in protest of Hungary's participation.")
    assert events and all(s != "HUN" for s, *_ in events)


def test_envoys_from_two_countries_act_for_both():
    events = _events("Officials from Armenia and Azerbaijan met in Geneva on Tuesday.")
    assert any({s, t} == {"ARMGOV", "AZEGOV"} and c == "040" for s, t, c, *_ in events)
