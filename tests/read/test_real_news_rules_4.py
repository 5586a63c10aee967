"""Constructions met in real news and read by general rules (stop 23). Sentences and pages written for
this test, in the words of news English; none is taken from an article or a day page."""

from __future__ import annotations

from datetime import date

from datelines.read.digest import digest_items
from datelines.read.reading import read

DAY = date(2021, 3, 12)  # a Friday

DIGEST = """Armed conflicts and attacks

Kivu conflict

Rebels attack an army post near Goma, Democratic Republic of the Congo, killing four soldiers.

Law and crime

Kenyan police arrest three suspects in Mombasa over the theft of hospital equipment.

International relations

Kenya–Somalia relations

Kenya recalls its ambassador from Somalia after a dispute over the maritime border.

Somalia accuses Kenya of interfering in its elections.

Disasters and accidents

Floods in northern Nigeria destroy hundreds of homes.
"""

ARTICLE = """Kenya recalled its ambassador from Somalia on Friday after a dispute over the border.

Background

The two countries have argued over the maritime border for years. Talks failed in 2019.
The court in The Hague is to rule on the case next month.

Reactions

Somalia accused Kenya of interfering in its elections. Kenyan officials denied it.
Analysts said the dispute would harm trade.

What comes next

Diplomats expect the envoys to return within weeks. Trade talks are planned for May.
"""


def _events(text: str):
    return [(e.source, e.target, e.code, e.modality) for e in read(text, DAY).events]


def test_a_digest_is_cut_into_its_items_and_an_article_with_subheads_is_not():
    items = digest_items(DIGEST)
    assert items is not None and "".join(items) == DIGEST
    assert len(items) == 5
    assert items[0].startswith("Armed conflicts") and items[0].rstrip().endswith("four soldiers.")
    assert digest_items(ARTICLE) is None


def test_each_item_of_a_digest_is_its_own_story():
    reading = read(DIGEST, DAY)
    events = [(e.source, e.target, e.code) for e in reading.events]
    # the Kenyan arrest is not drawn into the Congo item above it, nor the Congo's rebels into Kenya
    assert ("KENCOP", "KENCRM", "173") in events
    assert ("KENGOV", "SOMGOV", "112") not in events and ("SOMGOV", "KENGOV", "112") in events
    # evidence still points into the whole page
    for event in reading.events:
        assert DIGEST[event.evidence.start:event.evidence.end] == event.evidence.text


def test_a_digest_heading_is_no_event_even_with_a_verb_in_it():
    page = DIGEST.replace("Kivu conflict", "Ugandan protests")
    assert not any(e.evidence.text.startswith("Ugandan protests") for e in read(page, DAY).events)


def test_ordering_people_to_leave_expels_them():
    events = [(s, t, c) for s, t, c, _ in _events(
        "Thailand ordered two French reporters to leave the country. Kuwait gave the Iranian ambassador 48 hours to leave.")]
    assert ("THAGOV", "FRAMED", "174") in events
    assert ("KWTGOV", "IRNGOV", "161") in events


def test_a_cause_told_after_a_dated_background_clause_takes_its_year():
    reading = read("The embassy was closed in 2012 after Syrian troops shelled the city of Homs.", DAY)
    assert [(e.source, e.date) for e in reading.events] == [("SYRMIL", "2012")]


def test_an_airstrike_on_a_place_strikes_its_country_and_is_the_militarys():
    events = [(s, t, c) for s, t, c, _ in _events(
        "Three people are killed and two injured in an Israeli airstrike on a car in Tyre, Lebanon.")]
    assert events == [("ISRMIL", "LBNCVL", "195")]  # (the people it killed: victims_of_place)


def _dyads(text: str) -> set[tuple[str | None, str | None, str]]:
    return {(s, t, c) for s, t, c, _ in _events(text)}


def test_people_a_state_holds_are_of_its_country():
    assert ("NZLCOP", "NZLCRM", "173") in _dyads("A woman was arrested in Christchurch, New Zealand.")
    assert ("PERJUD", "PERCVL", "173") in _dyads("A court in Cusco, Peru, sentenced a nurse to ten years in prison.")
    assert ("EGYJUD", "EGYMIL", "173") in _dyads("An Egyptian court sentenced four military personnel to prison.")


def test_two_sides_that_accuse_the_other_accuse_each_other():
    dyads = _dyads("Armenia and Azerbaijan both accused the other of breaking the truce.")
    assert {("ARMGOV", "AZEGOV", "112"), ("AZEGOV", "ARMGOV", "112")} <= dyads


def test_words_of_coercion_met_in_day_pages():
    assert ("ISRGOV", "IRLLEG", "172") in _dyads("Israel blocked two Irish senators from entering the country.")
    assert ("TURJUD", "DEUMED", "081") in _dyads("Turkish prosecutors dropped the charges against the German journalist.")
    assert ("IGOEUREEC", "RUSBUS", "163") in _dyads("The Council of the European Union sanctions three Russian banks.")
    assert ("SDNREB", "SDN", "192") in _dyads("The Rapid Support Forces capture the city of El Fasher, Sudan.")


def test_a_shooting_no_one_is_named_for_is_a_criminals_of_its_country():
    assert ("BRACRM", "BRACVL", "180") in _dyads("Three people are killed in a school shooting in Recife, Brazil.")


def test_a_country_named_bare_in_diplomacy_is_its_government():
    assert ("NORGOV", "IRNGOV", "161") in _dyads("Norway expels Iran's chargé d'affaires.")
    assert ("TURGOV", "LBYGOV", "057") in _dyads("Turkey and Libya signed a maritime agreement.")
    # a person coded by country alone (a candidate) keeps it
    assert not any(s == "USAGOV" for s, _, _ in _dyads("Former candidate Kirsten Gillibrand endorsed Joe Biden."))


def test_insurgents_a_state_kills_at_home_are_its_own():
    assert ("PAKCOP", "PAKREB", "180") in _dyads("Pakistani police killed 12 insurgents in a raid on Tuesday.")


def test_people_killed_at_home_by_a_group_of_the_country_are_its_civilians():
    dyads = _dyads("Nine people are killed in attacks by Boko Haram on a market in Maiduguri, Nigeria.")
    assert any(s == "NGAREB" and t == "NGACVL" for s, t, _ in dyads)


def test_no_sentence_ends_between_two_words_of_a_line():
    reading = read("Police arrest Arequipa mayor Omar Candia on bribery charges amid an investigation in Peru.", DAY)
    assert len(reading.sentences) == 1
    # and a town's own office names the town's country, whatever the tagger took the town for
    assert ("PERCOP", "PERGOV", "173") in {(e.source, e.target, e.code) for e in reading.events}


def test_a_war_named_as_the_setting_of_other_news_is_no_new_act():
    assert _events("Two concerts in Doha are postponed due to safety concerns amidst the Iran war.") == []
    assert ("RUS", "GEO", "190") in {(s[:3], t, c) for s, t, c in _dyads("Russia went to war with Georgia in 2008.")}


def test_harm_a_disaster_did_is_no_ones_act():
    assert _events("Twelve pupils are killed and 30 others injured in a fire at a school in Kisumu, Kenya.") == []
    assert _events("Two workers are killed after a wall collapses at a market in Lagos, Nigeria.") == []
    assert _events("A wildfire destroys hundreds of homes in Valparaiso, Chile.") == []
