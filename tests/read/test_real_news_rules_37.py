"""Rules of stop 37, each on texts written for this test: which earlier act a later paragraph names
again by its kind ("the attack"), and whom the reactions to it are aimed at."""

from __future__ import annotations

from datetime import date
from functools import partial

from datelines.read.reading import read
from tests.read.real_news_helpers import dyads

DAY = date(2024, 3, 14)  # a Thursday
_dyads = partial(dyads, day=DAY)

STORY = ("On Tuesday, Israeli warplanes killed a Hezbollah commander in a strike near Tyre.\n\n"
         "The commander had planned attacks on northern Israel, including the attack on a border post "
         "in January. Rocket attacks by Palestinian militants followed later.\n\n")


def test_a_reaction_in_a_later_paragraph_is_aimed_at_the_storys_act():
    found = _dyads(STORY + "Lebanon's prime minister condemned the attack.")
    assert ("LBNGOV", "ISRMIL", "11") in found
    assert not any(s == "LBNGOV" and t and t.startswith("PSE") for s, t, _ in found)
    assert ("ISRMIL", "ISRCVL", "18") not in found  # (nor is the attack named again aimed at the last victims)


def test_the_act_named_again_is_the_storys_act_not_a_new_one():
    text = ("On Tuesday, Israeli warplanes killed a Hezbollah commander in a strike near Tyre.\n\n"
            "The border has been tense since Syrian rebels shelled Lebanese villages in 2015.\n\n"
            "The strike took place in southern Lebanon.")
    events = read(text, DAY).events
    assert any(e.source == "ISRMIL" and e.root == "19" for e in events)
    # (the strike is not one more act of the rebels the background told of)
    assert [e.trigger for e in events if e.source == "SYRREB"] == ["shelled"]


def test_an_act_told_in_the_same_paragraph_is_the_one_named():
    text = (STORY + "On Wednesday, Palestinian militants fired rockets at Israeli soldiers near Gaza. "
            "Egypt condemned the attack.")
    found = _dyads(text)
    assert any(s == "EGYGOV" and t and t.startswith("PSE") and r == "11" for s, t, r in found)


def test_an_appeal_to_unnamed_people_is_made_to_the_speakers_own_people():
    assert ("KENGOV", "KENCVL", "02") in _dyads("The Kenyan president asked his countrymen to stay at home.")
    assert ("MWIGOV", "MWICVL", "02") in _dyads("Malawian authorities recommended residents avoid public gatherings.")
    assert ("PERGOV", "PERCVL", "02") in _dyads("Peru's prime minister urged protesters to go home.")
    # (an addressee with a country of its own keeps it)
    assert ("PERGOV", "BOLGOV", "02") in _dyads("Peru's prime minister urged Bolivia to reopen the border.")


def test_protests_told_only_as_a_background_are_protests_of_the_record():
    found = _dyads("At least 2,000 people have been killed during nationwide protests in Iran.")
    assert ("IRNCVL", "IRNGOV", "14") in found
    # (told elsewhere in the story, the background is the protests already told)
    text = ("Thousands of protesters marched against the government in Tehran on Monday.\n\n"
            "The interior minister resigned on Tuesday amid the protests.")
    protests = [e for e in read(text, DAY).events if e.root == "14"]
    assert [e.trigger for e in protests] == ["marched"]


def test_an_act_named_as_the_subject_happens_where_its_verb_places_it():
    found = _dyads("Clashes between protesters and police leave at least seven people dead in Gulu, Uganda.")
    assert ("UGACVL", "UGACOP", "14") in found
    assert ("USACVL", "USAGOV", "14") in _dyads("Protests against the president occur across the United States.")


def test_outlaws_violence_that_names_no_victim_falls_on_the_people():
    found = _dyads("Gunmen abduct 163 Christians after storming two churches in Kaduna State, Nigeria.")
    assert ("NGACRM", "NGACVL", "18") in found
    assert ("NGACRM", "NGAGOV", "18") not in found


def test_what_a_video_allegedly_shows_is_reported():
    events = read("Videos emerged allegedly showing Sudanese soldiers killing South Sudanese civilians in Wad Madani.", DAY).events
    killing = [e for e in events if e.source == "SDNMIL" and e.root == "18"]
    assert killing and all(e.modality == "reported" for e in killing)


def test_the_attack_a_reported_strike_answers_is_reported_too():
    events = read("It is reported that Saudi Arabia launched strikes against Iran in response to Iranian strikes "
                  "on the country.", DAY).events
    answered = [e for e in events if e.source and e.source.startswith("IRN") and e.root == "19"]
    assert answered and all(e.modality == "reported" for e in answered)
    # (told as fact, it is a fact)
    events = read("Saudi Arabia launched strikes against Iran in response to Iranian strikes on the country.", DAY).events
    assert any(e.source and e.source.startswith("IRN") and e.modality == "asserted" for e in events)


def test_a_town_said_to_be_in_a_region_is_of_the_regions_country():
    # (Pokrovsk is also the old name of a Russian city; the sentence names Russia, the region says Ukraine)
    found = _dyads("Hundreds of Russian troops enter the city of Pokrovsk in Donetsk Oblast.")
    assert ("RUSMIL", "UKR", "19") in found


def test_the_one_prompted_to_act_is_the_doer():
    found = _dyads("Al-Shabaab militants kill a village chief in Garissa County, Kenya, prompting police to deploy "
                   "additional security forces.")
    assert any(s == "KENCOP" and r == "15" for s, t, r in found)
    assert not any(s != "KENCOP" and r == "15" for s, t, r in found)


def test_a_refusal_naming_no_one_answers_whoever_asked_the_refuser():
    found = _dyads("Turkey asked Sweden to extradite the journalist. The Swedish government refused to hand him over.")
    assert ("SWEGOV", "TURGOV", "12") in found


def test_the_span_acts_are_counted_in_is_not_the_acts_date():
    events = read("Russian jets entered Estonian airspace for the third time this month.", DAY).events
    assert [e.date for e in events if e.source == "RUSMIL"] == ["2024-03-14"]
    events = read("Russian jets entered Estonian airspace on Monday for the third time this month.", DAY).events
    assert [e.date for e in events if e.source == "RUSMIL"] == ["2024-03-11"]


def test_an_air_strike_or_the_month_of_march_is_no_protest_told_elsewhere():
    text = ("Israeli jets carried out an air strike in Syria in March.\n\n"
            "At least 20 people were killed during nationwide protests in Iran.")
    assert ("IRNCVL", "IRNGOV", "14") in _dyads(text)


def test_the_military_a_countrys_speaker_tells_of_is_its_own():
    found = _dyads("Ukrainian president Volodymyr Zelenskiy states that the military has attacked several gas "
                   "facilities in Orenburg Oblast, Russia.")
    assert ("UKRMIL", "RUS", "19") in found
    # (not a person's title, nor the police, who act at home)
    found = _dyads("Israel says it has killed Major General Ali Shadmani, the most senior military commander in Iran.")
    assert any(s == "ISRMIL" and t == "IRNMIL" for s, t, r in found)
