"""Rules of stop 44, each on texts written for this test: trials and who undergoes them, warnings that
threaten nothing, the doer of an act announced as a rise ("a tariff increase"), economic wars, flag
carriers, ships that share a town's name, the Air Force a speaker names, the role-named dead of a
shootout, salvos, plans accepted, wars named as background, planned acts and participles' times."""

from __future__ import annotations

from datetime import date
from functools import partial

from datelines.read.reading import read
from tests.read.real_news_helpers import dyads

DAY = date(2025, 9, 3)
_dyads = partial(dyads, day=DAY)


def test_a_trial_is_the_courts_act_on_the_defendant():
    assert ("JPNJUD", "JPN", "17") in _dyads("The trial of former Japanese minister Taro Sato opens in Osaka, Japan.")
    assert ("GBRJUD", "GBR", "17") in _dyads(
        "The trial of former Northern Irish lawmaker Sean Kelly for fraud begins at the Belfast Crown Court.")
    # a clinical trial tries no one
    assert not any(r == "17" for _, _, r in _dyads("Kenya begins clinical trials of a new malaria vaccine."))


def test_who_faces_or_stands_trial_undergoes_it():
    found = _dyads("Former Peruvian president Jorge Ramos faces trial in Lima, Peru, on bribery charges.")
    assert any(s == "PERJUD" and t and t.startswith("PER") and r == "17" for s, t, r in found)
    found = _dyads("A Chilean judge orders former minister Ana Rojas of Chile to stand trial for fraud.")
    assert any(s == "CHLJUD" and r == "17" for s, _, r in found)


def test_a_warning_of_how_things_stand_threatens_no_one():
    assert not any(r == "13" for _, _, r in _dyads(
        "Swiss human rights experts warn that the new border plan breaks international law."))
    assert not any(r == "13" for _, _, r in _dyads(
        "The German embassy in Tripoli warns Germans to leave Libya immediately."))
    # a warning to another state, or of the speaker's own act, is a threat
    assert any(s and s.startswith("VEN") and r == "13" for s, _, r in _dyads(
        "Venezuela warns that it will close its airspace to Colombian flights."))
    assert ("GUYMIL", "VENCVL", "13") in _dyads(
        "Guyanese army commander Mark Phillips warns Venezuelans living in Guyana against voting in the referendum.")


def test_an_act_announced_as_a_rise_has_the_announcer_for_its_doer():
    assert ("USAGOV", "CANGOV", "16") in _dyads(
        "U.S. president Donald Trump announces a 35% tariff increase on goods from Canada.")


def test_an_economic_war_is_a_sanction_not_a_battle():
    found = _dyads("The Venezuelan president declares an economic war on Colombia.")
    assert any(r == "16" for _, _, r in found) and not any(r == "19" for _, _, r in found)


def test_a_flag_carrier_named_air_is_a_company():
    assert any(s == "FRABUS" for s, _, _ in _dyads("Air France suspends all flights to Venezuela."))


def test_a_ship_that_shares_a_towns_name_is_no_place():
    found = _dyads("The Egyptian navy seizes the Marinette, the last vessel of the convoy.")
    assert not any(t and t.startswith("USA") for _, t, _ in found)


def test_the_air_force_a_military_speaker_names_is_its_own():
    found = _dyads("The IDF says that the Air Force struck two Hamas commanders in Gaza.")
    assert any(s == "ISRMIL" and t and t.startswith("PSE") for s, t, _ in found)
    assert not any(s and s.startswith("PSE") and t and t.startswith("PSE") for s, t, _ in found)


def test_the_dead_of_a_shootout_named_by_role_are_of_its_place():
    found = _dyads("Three security personnel and an Islamic State gunman are killed in a shootout in Deir ez-Zor, Syria.")
    assert any({s, t} == {"SYRREB", "SYRCOP"} and r == "19" for s, t, r in found)


def test_killed_and_a_cache_recovered_in_an_operation_by_forces():
    found = _dyads("Five militants are killed and a cache of weapons is recovered in an operation by security forces "
                   "in Bannu, Khyber Pakhtunkhwa, Pakistan.")
    assert any(s and s.startswith("PAK") and t == "PAKREB" and r in {"18", "19"} for s, t, r in found)


def test_a_deal_finalized_or_concluded_is_signed():
    assert ("JPNGOV", "INDGOV", "05") in _dyads("Japan says it has finalized a trade deal with India.")


def test_an_act_called_planned_is_planned():
    events = read("Brazil's defense minister approves a planned ground offensive against the gangs in Rio.", DAY).events
    assert any(e.trigger == "offensive" and e.modality == "planned" for e in events)


def test_a_time_inside_a_participle_dates_that_participle_only():
    events = read("Peru and Chile agree to resume direct flights suspended since 2019, reopen border crossings and "
                  "boost investment following talks in Lima between their foreign ministers.", DAY).events
    assert events and not any(e.date and e.date.startswith("2019") for e in events if e.trigger != "suspended")
    # what the participle describes keeps its time: "the remarks made yesterday, in which he accused ..."
    events = read("The British minister rejects the remarks made by Israeli prime minister Benjamin Netanyahu "
                  "yesterday, in which he accused British prime minister Keir Starmer of siding with Hamas.", DAY).events
    assert any(e.code.startswith("11") and e.source == "ISRGOV" and e.date == "2025-09-02" for e in events)


def test_cancelling_a_visit_told_by_a_gerund_negates_it():
    events = read("Japan's prime minister cancels sending two envoys to Beijing.", DAY).events
    assert events and all(e.modality == "negated" for e in events if e.code.startswith("04"))
    # and an act compounded onto the noun cancelled: "postponed the tariff increase"
    events = read("Washington postponed the tariff increase on goods from Canada.", DAY).events
    assert any(e.code == "163" for e in events) and all(e.modality == "negated" for e in events if e.code == "163")


def test_an_embargo_falls_on_where_the_goods_come_from():
    assert ("USAGOV", "MEXGOV", "16") in _dyads("U.S. president Donald Trump announces a 25% tariff on goods from Mexico.")


def test_an_armed_groups_own_fighters_are_the_group():
    found = _dyads("Hezbollah says its fighters struck an Israeli military vessel off the coast of Lebanon.")
    assert any(s == "LBNREB" and t == "ISRMIL" for s, t, _ in found)


def test_accepting_or_endorsing_a_plan_is_accord_with_its_author():
    assert ("LBNREB", "USAGOV", "01") in _dyads("Hezbollah has accepted a ceasefire proposal by the United States.")
    assert ("PSEREB", "EGYGOV", "01") in _dyads(
        "Hamas says it has agreed to part of the peace plan proposed by Egypt.")
    assert ("SENGOV", "MARGOV", "01") in _dyads("Senegal endorses Morocco's autonomy plan for Western Sahara.")


def test_a_war_named_as_a_kind_or_a_thing_to_end_is_no_act_of_war():
    assert not any(r == "19" for _, _, r in _dyads(
        "A Reuters war correspondent reports seeing armed men loot homes in Sweida, Syria."))
    assert not any(r == "19" for _, _, r in _dyads(
        "Iran sends a proposal to Pakistani mediators to end the war."))
    # a war named with its sides is one
    assert any(r == "19" for _, _, r in _dyads(
        "Qatar says progress has been made in efforts to end the war between the United States and Iran."))


def test_a_time_after_a_relative_clause_is_the_clauses():
    events = read("Convicted killer John Reed, who shot two guards, including a police officer, in May 2001, is executed "
                  "in Texas, United States.", DAY).events
    executed = [e for e in events if e.trigger == "executed"]
    assert executed and not any(e.date.startswith("2001") for e in executed)
    assert any(e.trigger == "shot" and e.date == "2001-05" for e in events)


def test_burned_buildings_are_property_destroyed():
    found = _dyads("Boko Haram fighters attack the town of Dikwa in Borno State, Nigeria, and burn several buildings.")
    assert any(s == "NGAREB" and r == "17" for s, _, r in found)


def test_a_name_the_tagger_missed_takes_its_title_when_arrested():
    assert ("GABSPY", "GABOPP", "17") in _dyads(
        "Gabonese intelligence agents arrest former prime minister and opposition figure Paul Marie Obiang At Nzeng at his "
        "residence.")


def test_a_salvo_launched_at_a_country_is_fighting_with_it_whoever_it_hurts():
    found = _dyads("Hezbollah launches 150 rockets and 30 drones at northern Israel, injuring three people.")
    assert ("LBNREB", "ISR", "19") in found


def test_a_known_agency_after_its_countrys_possessive_keeps_its_role():
    assert ("GBRGOV", "RUSSPY", "16") in _dyads("The United Kingdom imposes sanctions against Russia's GRU.")


def test_a_state_executes_its_own_people_by_its_government():
    # (the men convicted of a common crime are criminals since stop 50)
    assert ("SAUGOV", "SAUCRM", "18") in _dyads("Saudi Arabia executes three men convicted of drug smuggling.")


def test_ground_taken_from_a_side_named_after_the_places_apposition():
    found = _dyads("The Sudanese Armed Forces say that they liberated Um Rawaba, the capital of North Kordofan State, "
                   "Sudan, from the Rapid Support Forces.")
    assert ("SDNMIL", "SDNREB", "19") in found


def test_an_announced_interception_is_the_announcers_fighting():
    assert ("SAUMIL", None, "19") in _dyads("The Saudi defense ministry announces the interception of three missiles.")
