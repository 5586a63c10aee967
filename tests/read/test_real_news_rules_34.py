"""Rules of stop 34, each on sentences written for this test: words of sympathy and tributes in quotations,
beasts as the harmed, election rallies, politicians' verbal attacks, currencies and role words of
another sense."""

from __future__ import annotations

from datetime import date
from functools import partial

from tests.read.real_news_helpers import dyads

DAY = date(2025, 10, 7)
_dyads = partial(dyads, day=DAY)


def test_a_quoted_word_of_sympathy_is_an_empathetic_comment_with_the_people_struck():
    assert ("NLDGOV", "MLICVL", "01") in _dyads(
        'The Dutch defence minister said: "Our deepest condolences go to the families of the victims in Mali."')
    assert ("POLGOV", "POLGOV", "01") in _dyads(
        'Polish President Andrzej Duda said: "Our thoughts and prayers are with Mayor Pawel Adamowicz of Gdansk."'
    ) | _dyads('Polish Prime Minister Mateusz Morawiecki said: "We pray for Polish President Andrzej Duda."')


def test_a_quoted_tribute_praises_the_one_it_names_and_a_negated_one_does_not():
    assert ("RUSGOV", "ZWE", "05") in {(s, (t or "")[:3], r) for s, t, r in _dyads(
        'Russian President Vladimir Putin said: "Mugabe made a great personal contribution to his country."')}
    assert ("KENGOV", "USA", "05") in {(s, (t or "")[:3], r) for s, t, r in _dyads(
        '"Barack Obama has been a true friend of Kenya," said Kenyan President Uhuru Kenyatta.')}
    assert not any(r == "05" for _, _, r in _dyads(
        'Ukrainian President Volodymyr Zelensky said: "Vladimir Putin is not a hero."'))


def test_a_cull_or_a_poachers_kill_is_no_act_between_actors():
    assert not any(r in {"18", "19", "20"} for _, _, r in _dyads("The Egyptian government ordered the killing of 300,000 pigs."))
    assert not any(r in {"18", "19", "20"} for _, _, r in _dyads("Peruvian authorities culled 20,000 chickens."))


def test_a_rally_of_an_election_campaign_is_no_protest():
    assert not any(r == "14" for _, _, r in _dyads("Macron returned to the campaign trail with a rally in Marseille."))
    assert not any(r == "14" for _, _, r in _dyads("Supporters of the Greek opposition held an election rally in Athens."))
    assert ("FRACVL", "FRAGOV", "14") in _dyads("Thousands held a rally in Paris against the pension reform.")


def test_one_politician_attacking_another_with_no_harm_told_criticises():
    assert ("USALEG", "USA", "11") in _dyads("Senator Bernie Sanders attacked Hillary Clinton over her Wall Street speeches.")
    assert not any(r == "18" for _, _, r in _dyads("Senator Bernie Sanders attacked Hillary Clinton over her Wall Street speeches."))


def test_a_country_that_names_a_currency_or_a_role_word_of_another_sense_is_no_actor():
    assert not any(t and t.startswith("USA") for _, t, _ in _dyads("Japan pledged two billion US dollars in aid to Ukraine."))
    assert not any(t == "USAPTY" for _, t, _ in _dyads("Police responded to a shooting at a birthday party in Chicago."))
    assert not any("GOV" in (t or "") for _, t, r in _dyads("The opposition leader warned against a police state in Turkey.")
                   if r == "13")


def test_to_demonstrate_something_is_to_show_it_not_to_march():
    assert not any(r == "14" for _, _, r in _dyads(
        "In so ruling, the Austrian court demonstrated a shocking ignorance of the technology involved."))
    assert ("SDNEDU", "SDNGOV", "14") in _dyads("Students demonstrated against the government in Khartoum.")


def test_people_killed_in_an_attack_told_by_its_weapons_or_arson_are_the_people_of_its_place():
    assert ("USACVL", "18") in {(t, r) for _, t, r in _dyads(
        "Eight people are killed, including six children, in an arson and shooting attack at a house in Michigan, United States.")}


def test_what_is_intercepted_was_launched_by_the_country_it_came_from():
    assert ("IRNMIL", "JORMIL", "19") in _dyads("Jordan's military says it has intercepted seven missiles launched from Iran.")


def test_a_formal_terrorist_designation_is_a_sanction_and_a_repeated_one_too():
    assert ("USAGOV", "YEMREB", "16") in _dyads(
        "The US president re-designated the Houthi movement as a terrorist organization.")
    assert ("USAGOV", "YEMREB", "11") in _dyads("Washington designated the Yemeni rebels as terrorists.")


def test_courts_and_agencies_of_international_bodies_are_coded_as_their_body():
    assert ("IGOEUREEC", "POL", "17") in {(s, (t or "")[:3], r) for s, t, r in _dyads(
        "The European Court of Justice fines Poland one million euros a day.")}
    assert ("IGOUNO", "YEMCVL", "07") in _dyads("Two Yemeni crew members are rescued by the International Organization for Migration.")


def test_money_announced_in_aid_is_given_by_the_one_who_announces_it():
    assert ("NLDGOV", "UKR", "07") in {(s, (t or "")[:3], r) for s, t, r in _dyads(
        "The Dutch government announced 500 million euros in military aid for Ukraine.")}


def test_protesters_or_supporters_breaking_in_or_fighting_police_riot():
    assert ("IRQCVL", "USAGOV", "14") in _dyads("Protesters stormed the US embassy in Baghdad.")
    assert ("BGDCVL", "BGDCOP", "14") in _dyads("Supporters of the opposition clashed with police in Dhaka, injuring seven officers.")


def test_a_body_named_in_the_singular_that_speaks_of_itself_as_they_is_the_doer():
    assert ("IRNMIL", "BHRMIL", "19") in _dyads(
        "The Bahraini military says that they have intercepted a number of missiles and drones from Iran.")


def test_what_a_company_or_workers_do_in_protest_is_a_protest_and_a_states_recall_stays_a_recall():
    assert ("KENBUS", "KENGOV", "14") in _dyads("Kenyan bus companies halted their services in protest against the new tax.")
    assert ("SAUGOV", "CANGOV", "16") in _dyads("Saudi Arabia recalled its ambassador to Canada in protest at the criticism.")


def test_military_aid_for_a_country_is_given_by_those_who_announce_it_not_by_its_army():
    found = _dyads("Norwegian and Polish leaders also announce increases in military aid for Ukraine.")
    assert ("NORGOV", "UKRGOV", "03") in found  # (an increase announced is a pledge since stop 36)
    assert not any(s and s.startswith("UKR") for s, _, _ in found)


def test_harm_done_by_a_disaster_or_old_munitions_made_safe_is_no_act():
    assert not _dyads("The Sudan Doctors Union reports a dengue fever outbreak in Sudan's Blue Nile state, killing 39 people.")
    assert not _dyads("A World War II-era German bomb is safely detonated by the British Army in Plymouth, England.")
    assert ("PAKREB", "PAK", "18") in _dyads("Militants detonated a bomb near a police station in Quetta, Pakistan.")
    assert any(s == "LBNREB" and t and t.startswith("ISR") and r == "18"
               for s, t, r in _dyads("Hezbollah rocket fire kills a woman and injures two others in northern Israel."))


def test_a_cartel_named_as_such_is_a_criminal_group():
    assert ("MEXCRM", "MEXCOP", "18") in _dyads("The Beltran Leyva Cartel attacked police in Sinaloa, Mexico.")


def test_an_appeal_to_no_one_for_nothing_is_an_appeal_in_court():
    assert ("KENGOV", "KENJUD", "02") in _dyads("The Kenyan government will appeal the ruling of the High Court.")
    assert ("PAKGOV", "IGOUNO", "02") in _dyads("The Pakistani government appealed to the United Nations for aid.")
