"""Quantity table: sentence -> value, unit, rate, modifier and modality, through the real pipeline;
plus sentences whose numbers are not quantities (years, ages, ordinals, names, anaphoric counts)."""

from __future__ import annotations

from datetime import date

import pytest

from datelines.model import Quantity
from datelines.read.pipeline import make_doc

PUBLISHED = date(2018, 4, 3)


def quantities_of(nlp, text: str) -> list[Quantity]:
    return nlp(make_doc(nlp, text, PUBLISHED))._.quantities


def only(nlp, text: str, value: float) -> Quantity:
    found = [q for q in quantities_of(nlp, text) if abs(q.value - value) <= 1e-6 * max(1.0, value)]
    assert found, f"no quantity {value:g} in {text!r}: {quantities_of(nlp, text)}"
    return found[0]


# (sentence, value, unit, per, modifier, modality)
TABLE = [
    # counts of people and things
    (
        "The crisis has killed more than 400,000 people so far.",
        400000,
        "people",
        None,
        "MORE_THAN",
        "asserted",
    ),
    (
        "Nearly 4.5 million Russian tourists had visited Turkey in 2014.",
        4.5e6,
        "tourists",
        None,
        "APPROX",
        "asserted",
    ),
    (
        "Turkey was planning to host more than six million Russian tourists in 2018.",
        6e6,
        "tourists",
        None,
        "MORE_THAN",
        "planned",
    ),
    ("At least 12 people were killed in the blast.", 12, "people", None, "EQUAL_OR_MORE", "asserted"),
    ("Fewer than 300 migrants reached the island.", 300, "migrants", None, "LESS_THAN", "asserted"),
    ("The plant will employ up to 5,000 workers.", 5000, "workers", None, "EQUAL_OR_LESS", "planned"),
    ("Some two hundred thousand refugees crossed the border.", 2e5, "refugees", None, "APPROX", "asserted"),
    ("Twenty-five soldiers were killed in the attack.", 25, "soldiers", None, None, "asserted"),
    ("Twenty five soldiers were killed in the attack.", 25, "soldiers", None, None, "asserted"),
    ("Three soldiers were killed near the border.", 3, "soldiers", None, None, "asserted"),
    ("Two civilians were wounded by shelling.", 2, "civilians", None, None, "asserted"),
    ("A million people fled the city.", 1e6, "people", None, None, "asserted"),
    ("About 3,000 US troops are deployed in the region.", 3000, "troops", None, "APPROX", "asserted"),
    ("The ministry reported 1,200 new cases.", 1200, "cases", None, None, "asserted"),
    ("Police detained 150 protesters in the capital.", 150, "protesters", None, None, "asserted"),
    ("Around 2,500 Syrian refugees returned home last month.", 2500, "refugees", None, "APPROX", "asserted"),
    ("Over 700 companies operate in the zone.", 700, "companies", None, "MORE_THAN", "asserted"),
    ("The army did not send 5,000 troops.", 5000, "troops", None, None, "negated"),
    ("If talks fail, 20,000 workers could lose their jobs.", 20000, "workers", None, None, "hypothetical"),
    ("Officials said 250 people were evacuated.", 250, "people", None, None, "reported"),
    ("The government expects 40 million visitors next year.", 4e7, "visitors", None, None, "asserted"),
    ("Russia is expected to send 1,000 engineers.", 1000, "engineers", None, None, "expected"),
    ("The coalition plans to deploy 2,000 more soldiers.", 2000, "soldiers", None, None, "planned"),
    ("Almost 900 prisoners were released.", 900, "prisoners", None, "APPROX", "asserted"),
    ("The fighting displaced 1.2 million people.", 1.2e6, "people", None, None, "asserted"),
    # physical measurements (quantulum3)
    ("They will build a 4,800 megawatt plant.", 4800, "megawatt", None, None, "planned"),
    (
        "It already imports about 30 billion cubic metres annually.",
        3e10,
        "cubic metre",
        "year",
        "APPROX",
        "asserted",
    ),
    (
        "The pipeline will carry 31.5 billion cubic metres of gas a year.",
        3.15e10,
        "cubic metre",
        "year",
        None,
        "planned",
    ),
    ("The field pumps 2.5 million barrels per day.", 2.5e6, "barrel", "day", None, "asserted"),
    ("The new road is 300 km long.", 300, "kilometre", None, None, "asserted"),
    ("The ship carried 2,000 tonnes of wheat.", 2000, "tonne", None, None, "asserted"),
    ("Temperatures reached 45 degrees Celsius.", 45, "degree Celsius", None, None, "asserted"),
    ("Output is expected to reach 10 million tonnes.", 1e7, "tonne", None, None, "expected"),
    ("The reactor has a capacity of 1,200 megawatts.", 1200, "megawatt", None, None, "asserted"),
    ("The wall stretches for 911 kilometres along the border.", 911, "kilometre", None, None, "asserted"),
    ("Exports reached 5 million tonnes annually.", 5e6, "tonne", "year", None, "asserted"),
    ("The refinery processes 200,000 barrels a day.", 2e5, "barrel", "day", None, "asserted"),
    # money
    ("Russia will lend Turkey $15 billion.", 1.5e10, "USD", None, None, "planned"),
    ("The deal is worth €3bn.", 3e9, "EUR", None, None, "asserted"),
    ("Ankara paid 2.5 billion dollars for the system.", 2.5e9, "USD", None, None, "asserted"),
    ("The fund holds $3bn in reserves.", 3e9, "USD", None, None, "asserted"),
    ("Oil rose to $70 a barrel.", 70, "USD", "barrel", None, "asserted"),
    ("Ukraine has received EUR 1.2 billion from the EU.", 1.2e9, "EUR", None, None, "asserted"),
    ("The project will cost 20 billion euros.", 2e10, "EUR", None, None, "planned"),
    ("The budget is 1.2 trillion hryvnias.", 1.2e12, "UAH", None, None, "asserted"),
    ("Britain pledged £250m in aid.", 2.5e8, "GBP", None, None, "asserted"),
    ("The contract is valued at more than US$2 billion.", 2e9, "USD", None, "MORE_THAN", "asserted"),
    ("Turkey bought the system for about 2.5 billion US dollars.", 2.5e9, "USD", None, "APPROX", "asserted"),
    ("Trade reached 10 billion lira.", 1e10, "TRY", None, None, "asserted"),
    ("Gazprom lost 5 billion roubles.", 5e9, "RUB", None, None, "asserted"),
    ("The firm will invest 300 million yuan.", 3e8, "CNY", None, None, "planned"),
    ("Iran could receive $100 billion in frozen assets.", 1e11, "USD", None, None, "hypothetical"),
    # percentages, only as percent
    ("Inflation rose to 7.5 percent in March.", 7.5, "percent", None, None, "asserted"),
    ("The party won 42% of the vote.", 42, "percent", None, None, "asserted"),
    ("Exports grew by 12.3 per cent last year.", 12.3, "percent", None, None, "asserted"),
    (
        "Nearly 40 percent of the country's electricity comes from gas.",
        40,
        "percent",
        None,
        "APPROX",
        "asserted",
    ),
    ("Unemployment fell 0.3 percentage points.", 0.3, "percentage point", None, None, "asserted"),
    ("The bank raised rates by 50 basis points.", 50, "basis point", None, None, "asserted"),
    ("Turnout was below 30 percent.", 30, "percent", None, "LESS_THAN", "asserted"),
    ("Support for the plan did not exceed 20 percent.", 20, "percent", None, None, "negated"),
    ("Growth will slow to 2 percent.", 2, "percent", None, None, "planned"),
    # ranges: the first number shares the unit of the second
    ("Inflation will be between 10 and 15 percent.", 10, "percent", None, None, "planned"),
    ("The zone will be between 50 and 140 kilometres wide.", 50, "kilometre", None, None, "planned"),
    ("The zone will be between 50 and 140 kilometres wide.", 140, "kilometre", None, None, "planned"),
    ("Between 200 and 300 people were arrested.", 200, "people", None, None, "asserted"),
    ("Between 10 and 15 million people were displaced.", 1e7, "people", None, None, "asserted"),
    ("Between 10 and 15 million people were displaced.", 1.5e7, "people", None, None, "asserted"),
    ("The project will cost $2-3 billion.", 2e9, "USD", None, None, "planned"),
    ("The project will cost $2-3 billion.", 3e9, "USD", None, None, "planned"),
    ("The talks could cost between $5 and $7 billion.", 5e9, "USD", None, None, "hypothetical"),
]


@pytest.mark.parametrize(
    ("text", "value", "unit", "per", "modifier", "modality"), TABLE, ids=[row[0][:48] for row in TABLE]
)
def test_quantity_table(nlp, text, value, unit, per, modifier, modality):
    found = only(nlp, text, value)
    assert (found.unit, found.per, found.modifier, found.modality) == (unit, per, modifier, modality)


def test_table_is_wide_enough():
    assert len(TABLE) >= 60


# Numbers the text states that are not quantities: analysts do not want them in a quantity table.
NOT_QUANTITIES = [
    "Turkey signed the contract in 2010.",  # a year
    "They will build the plant under a 2010 contract.",  # a year used as a modifier
    "Despite backing different sides in Syria's seven-year-old civil war, the sides talk.",  # an age
    "The PKK has been fighting the Turkish state for more than 30 years.",  # a duration: a timex
    "Turkey is the second-biggest consumer of Russian natural gas.",  # an ordinal
    "The two presidents will hold a video teleconference.",  # an anaphoric small count
    "Both leaders met three times.",  # a small count of occasions
    "Gas flows via two pipelines.",  # a small count of named things
    "Boeing 737 jets were grounded.",  # a model number
    "UN Security Council Resolution 2254 was adopted.",  # a document number
    "Dozens of Russian diplomats were expelled.",  # vague: no value stated
    "Millions of people watched the ceremony.",  # vague
    "On 15 July the coup failed.",  # a date
    "The talks lasted 10 hours.",  # a duration
    "The summit is scheduled for 2 pm on Friday.",  # a time
    "The first meeting took place in Sochi.",  # an ordinal word
    "He counted one two three four people.",  # a list of small numbers, not 10
    "Jet shot down over Ukraine, 298 dead\n\nA passenger plane crashed near the border.",  # headline
]


@pytest.mark.parametrize("text", NOT_QUANTITIES)
def test_numbers_that_are_not_quantities(nlp, text):
    assert quantities_of(nlp, text) == []


# (sentence, value, about): what the number measures, in the article's words
ABOUT = [
    ("Nearly 4.5 million Russian tourists had visited Turkey in 2014.", 4.5e6, "Russian tourists"),
    ("The crisis has killed more than 400,000 people so far.", 400000, "people killed"),
    ("Three soldiers were wounded near the border.", 3, "soldiers wounded"),
    ("Police detained 150 protesters in the capital.", 150, "protesters detained"),
    ("Over 700 companies operate in the zone.", 700, "companies"),
    ("Britain will expel 23 Russian diplomats.", 23, "Russian diplomats"),
    ("The zone will be between 50 and 140 kilometres wide.", 50, "zone"),
    ("Between 200 and 300 people were arrested.", 200, "people arrested"),
    ("They will build a 4,800 megawatt plant in southern Turkey.", 4800, "plant"),
    ("It already imports about 30 billion cubic metres annually.", 3e10, "imports"),
    ("The pipeline will carry 31.5 billion cubic metres of gas a year.", 3.15e10, "gas"),
    ("The deal is worth €3bn.", 3e9, "deal"),
    ("Inflation rose to 7.5 percent in March.", 7.5, "Inflation"),
    ("Nearly 40 percent of the country's electricity comes from gas.", 40, "country's electricity"),
    ("Output is expected to reach 10 million tonnes.", 1e7, "Output"),
    ("Russia signed a $2.5 billion arms deal with Turkey.", 2.5e9, "arms deal"),
]


@pytest.mark.parametrize(("text", "value", "about"), ABOUT)
def test_about_is_taken_from_the_text(nlp, text, value, about):
    found = only(nlp, text, value)
    assert found.about == about
    assert all(word in text for word in found.about.split()), "about uses the article's own words"


@pytest.mark.parametrize("text", [row[0] for row in TABLE])
def test_evidence_is_the_stated_phrase(nlp, text):
    for quantity in quantities_of(nlp, text):
        evidence = quantity.evidence
        assert text[evidence.start : evidence.end] == evidence.text
        assert evidence.sentence == 0
        assert any(ch.isdigit() for ch in evidence.text) or any(
            word in evidence.text.lower()
            for word in ("one", "two", "three", "five", "six", "million", "hundred")
        )


def test_evidence_counts_sentences(nlp):
    text = "Talks resumed on Monday. The war has killed more than 400,000 people. Both sides met."
    (quantity,) = quantities_of(nlp, text)
    assert quantity.evidence.sentence == 1
    assert quantity.evidence.text == "more than 400,000 people"
