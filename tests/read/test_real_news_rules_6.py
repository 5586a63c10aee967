"""Constructions met in real news and read by general rules (stop 25). Sentences written for this test,
in the words of news English; none is taken from an article or a day page."""

from __future__ import annotations

from datetime import date

from datelines.read.reading import read

DAY = date(2025, 9, 3)


def _events(text: str) -> list[tuple[str | None, str | None, str, str]]:
    return [(e.source, e.target, e.code, e.date) for e in read(text, DAY).events]


def test_a_date_before_a_compound_event_noun_dates_that_event():
    """'the August 28 drone strike': the date modifies 'drone', which is part of the strike's name."""
    events = read("The toll from the August 28 drone strike on a market in Kharkiv, Ukraine, rises to 12.", DAY).events
    strikes = [e for e in events if e.trigger == "strike"]
    assert strikes and all(e.date == "2025-08-28" for e in strikes)


def test_a_date_on_another_noun_still_does_not_date_the_act():
    events = read("Police arrested the leader of the August 28 march in Lagos, Nigeria, on Tuesday.", DAY).events
    assert events and all(e.date == "2025-09-02" for e in events if e.root == "17")


def test_deaths_from_exposure_or_disease_are_no_attack():
    assert not [e for e in read("Four Chilean soldiers are killed by cold exposure during a training march.", DAY).events
                if e.root == "18"]
    assert not [e for e in read("Dozens of Kenyan villagers are killed by lightning and floods.", DAY).events
                if e.root == "18"]


def test_a_government_resigning_after_protests_yields_to_its_people():
    assert ("PERGOV", "PERCVL", "0831", "2025-09-03") in _events(
        "Peruvian Prime Minister Ana Torres resigns after weeks of mass protests over fuel prices.")
    assert ("PERGOV", "PERCVL", "0831", "2025-09-03") in _events(
        "The Peruvian cabinet resigned amid protests against corruption.")


def test_a_resignation_for_other_reasons_is_no_event():
    assert not [e for e in read("Peruvian Prime Minister Ana Torres resigns after two years in office.", DAY).events
                if e.code.startswith("083")]


def test_a_name_after_an_office_title_is_a_person_even_when_the_model_tags_none():
    """In a present-tense headline the small model may tag no name; the title still says who acts."""
    reading = read("Peruvian Prime Minister Ana Torres resigns after weeks of mass protests over fuel prices.", DAY)
    assert [(m.text, m.code) for m in reading.mentions][:1] == [("Peruvian Prime Minister Ana Torres", "PERGOV")]


def test_capitalized_words_after_a_title_that_run_on_are_not_taken_for_a_name():
    reading = read("Foreign Minister Ana Maria Torres Lopez Garcia spoke.", DAY)
    assert not [m for m in reading.mentions if m.text.endswith("Torres Lopez")]


def test_wounding_is_an_attack():
    assert ("NGACRM", "NGAMIL", "180", "2025-09-03") in _events("Gunmen wounded three Nigerian soldiers near Maiduguri.")


def test_the_wounded_of_an_act_already_named_are_no_second_attack():
    events = read("Hezbollah rocket fire kills a woman and injures two others in northern Israel.", DAY).events
    assert len([e for e in events if e.root == "18"]) == 1
    events = read("Three journalists were injured after being attacked by protesters in Belgrade, Serbia.", DAY).events
    assert [(e.source, e.target, e.trigger) for e in events if e.root == "18"] == [("SRBCVL", "SRBMED", "attacked")]


def test_the_wounded_beside_the_killed_are_an_event_only_when_they_are_other_victims():
    events = read("A gunman killed a Texan woman and injured nineteen others in Dallas, Texas.", DAY).events
    assert [(e.source, e.target, e.trigger) for e in events] == [("USACRM", "USACVL", "killed")]
    events = read("Gunmen killed four Pakistani police officers and injured three civilians in Quetta, Pakistan.", DAY).events
    assert {(e.target, e.trigger) for e in events} == {("PAKCOP", "killed"), ("PAKCVL", "injured")}


def test_fighting_a_raging_fire_is_no_use_of_force():
    events = read("Spain deploys 500 army troops to help fight raging wildfires in Galicia, Spain.", DAY).events
    assert not [e for e in events if e.root == "19"]


MEETING_THEN_STRIKE = ("Turkish President Erdogan met Russian President Putin in Sochi on August 12. "
                       "Shortly before the meeting, Russian jets bombed rebel positions in Idlib, Syria.")


def test_an_act_shortly_before_a_told_occasion_takes_its_month():
    events = read(MEETING_THEN_STRIKE, DAY).events
    assert [(e.code, e.date, e.precision) for e in events if e.trigger == "bombed"] == [("195", "2025-08", "month")]


def test_a_bare_occasion_noun_that_sets_the_time_is_no_new_event():
    events = read(MEETING_THEN_STRIKE, DAY).events
    assert [e.trigger for e in events if e.root == "04"] == ["met"]


def test_an_occasion_noun_with_its_own_parties_and_date_is_an_event():
    text = ("Greek Prime Minister Kyriakos Mitsotakis met Cypriot President Nikos Christodoulides on Monday. "
            "During the trilateral meeting of Cyprus, Greece and Israel on January 28, 2016, the three agreed "
            "on a pipeline.")
    events = read(text, DAY).events
    assert any(e.trigger == "meeting" and e.date == "2016-01-28" for e in events)


def test_an_order_to_ones_own_forces_is_a_plan_and_an_order_to_another_state_is_not():
    events = read("Israeli Prime Minister Benjamin Netanyahu orders Israeli forces to seize the Rafah crossing.", DAY).events
    assert [(e.source, e.modality) for e in events if e.trigger == "seize"] == [("ISRMIL", "planned")]
    events = read("The United States ordered Iran to release the detained Emirati sailors.", DAY).events
    assert [e.modality for e in events if e.trigger == "release"] == ["hypothetical"]



def test_an_attack_raised_as_the_subject_of_a_report_leaves_its_doer_unsaid():
    events = read("A bombing was reported to have killed three Somali soldiers in Mogadishu, Somalia.", DAY).events
    assert [(e.source, e.target, e.root, e.modality) for e in events] == [(None, "SOMMIL", "18", "reported")]


EMERGENCY = "The government of Samoa declared a state of emergency on November 15 over a measles outbreak. "


def test_the_country_named_again_by_a_noun_owns_the_body_after_it():
    reading = read(EMERGENCY + "The island nation's cabinet voted to lift the state of emergency.", DAY)
    assert [m.code for m in reading.mentions if m.text.endswith("cabinet")] == ["WSMGOV"]
    reading = read("Washington recognised Juan Guaido as the country's interim president.", DAY)
    assert not [m for m in reading.mentions if m.text.endswith("president")]


def test_an_infinitive_done_in_the_act_of_a_past_verb_is_dated_in_the_past():
    events = read("The cabinet of Samoa voted to lift the state of emergency on Saturday afternoon.", date(2020, 1, 1)).events
    assert [(e.date, e.modality) for e in events if e.code == "0814"] == [("2019-12-28", "asserted")]


def test_a_country_right_after_a_present_tense_verb_is_its_object():
    assert ("PERGOV", "CHL", "042", "2025-09-03") in _events("Peruvian Foreign Minister Ana Torres visits Chile.")
