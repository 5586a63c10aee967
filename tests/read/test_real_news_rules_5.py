"""Constructions met in real news and read by general rules (stop 24). Sentences written for this test,
in the words of news English; none is taken from an article or a day page."""

from __future__ import annotations

from datetime import date

import pytest

from datelines.read.pipeline import build_pipeline
from datelines.read.present_verbs import past_form
from datelines.read.reading import read

DAY = date(2025, 9, 3)


def _events(text: str) -> list[tuple[str | None, str | None, str]]:
    return [(e.source, e.target, e.code) for e in read(text, DAY).events]


@pytest.mark.parametrize("lemma, past", [("sentence", "sentenced"), ("ban", "banned"), ("jail", "jailed"),
                                         ("strike", "struck"), ("deny", "denied"), ("free", "freed"),
                                         ("fine", "fined"), ("seize", "seized"), ("arrest", "arrested")])
def test_the_past_tense_used_for_a_second_parse(lemma, past):
    assert past_form(lemma) == past


def test_a_present_tense_verb_the_model_reads_as_a_plural_noun_is_parsed_again_as_a_verb():
    text = "A Canadian court sentences Mark Dolan to eight years in prison for fraud."
    doc = build_pipeline()(text)
    verb = doc[3]
    assert verb.text == "sentences" and verb.pos_ == "VERB" and verb.tag_ == "VBZ" and verb.dep_ == "ROOT"
    assert doc.text == text and len(doc) == 14
    assert ("CANJUD", "CANCRM", "173") in _events(text)


def test_a_sentence_with_a_verb_at_its_root_is_left_as_the_model_parsed_it():
    doc = build_pipeline()("Ukrainian attacks on Russian refineries reduced fuel exports in August.")
    assert doc[1].pos_ == "NOUN" and doc[5].pos_ == "VERB"


def test_the_first_verb_of_a_noun_phrase_sentence_is_its_verb_not_a_later_one():
    # "reports" is the verb; "fires" stays a noun and gives no fighting
    codes = [code for _, _, code in _events("The Jordanian interior ministry reports fires at two warehouses in Amman.")]
    assert not any(code.startswith("19") for code in codes)


def test_fining_is_an_administrative_sanction_and_a_firm_no_list_knows_is_a_business_of_the_state():
    assert ("FRAJUD", "FRABUS", "172") in _events("A French court fined Lumora Textiles for dumping waste in the river.")


def test_a_person_a_court_tries_whom_no_list_knows_is_an_offender_of_that_state():
    assert ("KENJUD", "KENCRM", "173") in _events("A Kenyan court sentenced Peter Mwangi to life in prison on Monday.")


def test_the_men_of_a_named_armed_group_are_the_group_not_a_group_of_the_place():
    events = _events("Al-Shabaab militants killed four police officers in Mandera, Kenya.")
    assert events and all(source == "SOMREB" for source, _, _ in events)


def test_the_men_of_a_transnational_group_are_of_the_place_they_fight_in():
    events = _events("Islamic State militants killed six soldiers in Tillaberi, Niger.")
    assert ("NERREB", "NERMIL", "180") in events or ("NERREB", "NERMIL", "190") in events


def test_the_arrest_of_suspects_told_as_a_noun_falls_on_suspects_of_the_state():
    assert ("CHLCOP", "CHLCRM", "173") in _events("Chilean police announced the arrest of four suspects in Antofagasta.")


@pytest.mark.parametrize("text, expected", [
    ("Colombian troops raided two rebel camps in Cauca.", ("COLMIL", "COLREB")),
    ("Malian rebels attacked an army checkpoint near Gao.", ("MLIREB", "MLIMIL")),
    ("Nigerian jets bombed militant hideouts in Borno.", ("NGAMIL", "NGAREB")),
])
def test_force_on_a_place_an_armed_side_holds_falls_on_that_side(text, expected):
    assert expected in [(s, t) for s, t, _ in _events(text)]


def test_intercepting_weapons_falls_on_no_one_at_home():
    events = _events("The Saudi military intercepts nine drones over Riyadh.")
    assert events and all(target is None for _, target, _ in events)


def test_declaring_a_diplomat_persona_non_grata_expels_him():
    assert ("NORGOV", "IRNGOV", "174") in _events(
        "The Norwegian foreign ministry declared the Iranian ambassador a persona non grata on Tuesday.")


def test_urging_a_leader_to_resign_appeals_for_a_change_of_leadership():
    assert ("RUSLEG", "UKRGOV", "0241") in _events("Russian lawmakers urged Ukrainian President Volodymyr Zelensky to resign.")


def test_a_state_announcing_its_own_policy_act_does_it_and_its_deeds_of_force_stay_reported():
    ended = read("Polish prime minister Jan Nowak announces that Poland has ended all support for Belarus.", DAY).events
    assert [(e.source, e.target, e.code, e.modality) for e in ended] == [("POLGOV", "BLRGOV", "162", "asserted")]
    fired = read("Iran announced that it had fired missiles at Israel.", DAY).events
    assert [e.modality for e in fired] == ["reported"]


def test_a_court_finding_someone_not_guilty_denies_the_verdict():
    events = read("A court in Lyon, France, finds a French soldier not guilty over the killings.", DAY).events
    assert [(e.source, e.target, e.code, e.modality) for e in events if e.code == "116"] == [
        ("FRAJUD", "FRAMIL", "116", "negated")]


def test_harm_told_in_a_passive_falls_on_its_subject_when_the_act_is_a_noun():
    assert ("NGAMIL", "NGACRM", "190") in _events(
        "Nine bandits are killed and several more injured in an ambush by the Nigerian Army in Zamfara, Nigeria.")


def test_whom_a_release_frees_is_its_target_not_who_receives_them():
    assert ("PSEREB", "ISRCVL", "0841") in _events("Hamas hands over the four Israeli hostages to the Red Cross.")
