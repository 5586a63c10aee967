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
    # "more than a dozen": the modifier before the article of a number word
    ("Iran fired more than a dozen ballistic missiles at two bases.", 12, "missiles", None, "MORE_THAN", "asserted"),
    # "including 11 airfields" is said by whoever said the total
    ("The ministry said it had destroyed 74 facilities, including 11 airfields.", 11, "airfields", None, None, "reported"),
    # a plural of nationals counts people; who they are is what the number is about
    ("More than 300,000 Palestinians live in the east of the city.", 300000, "people", None, "MORE_THAN", "asserted"),
    ("About 4.5 million Russians travelled to Turkey last year.", 4.5e6, "people", None, "APPROX", "asserted"),
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
    # readings on a named scale
    ("A magnitude 6.1 tremor shook the capital.", 6.1, "magnitude", None, None, "asserted"),
    ("An earthquake of magnitude 5.4 hit the province.", 5.4, "magnitude", None, None, "asserted"),
    ("A 7.2-magnitude quake struck off the coast.", 7.2, "magnitude", None, None, "asserted"),
    ("The quake measured 6.8 on the Richter scale.", 6.8, "magnitude", None, None, "asserted"),
    # partitives: "N of its/the M NOUN" counts the noun twice, whatever the size
    ("The session was called by nine of its 15 members.", 9, "members", None, None, "asserted"),
    ("The session was called by nine of its 15 members.", 15, "members", None, None, "asserted"),
    ("Air defences shot down 40 of the 60 rockets.", 40, "rockets", None, None, "asserted"),
    ("Air defences shot down 40 of the 60 rockets.", 60, "rockets", None, None, "asserted"),
    ("Four of the nine judges dissented.", 4, "judges", None, None, "asserted"),
    ("Four of the nine judges dissented.", 9, "judges", None, None, "asserted"),
    # hyphenated count compounds
    ("A three-member commission will investigate.", 3, "members", None, None, "planned"),
    ("The 15-member body voted on Friday.", 15, "members", None, None, "asserted"),
    ("A 40-nation coalition joined the effort.", 40, "nations", None, None, "asserted"),
    ("Leaders of the 27-country bloc met in Brussels.", 27, "countries", None, None, "asserted"),
    ("A 5,000-strong force crossed the border.", 5000, "force", None, None, "asserted"),
    ("The 450-seat parliament approved the bill.", 450, "seats", None, None, "asserted"),
    # weapons fired are counted even when few
    ("The navy fired three missiles at the base.", 3, "missiles", None, None, "asserted"),
    ("Militants launched two rockets into the town.", 2, "rockets", None, None, "asserted"),
    # "would" under a past reporting verb is the reported "will"; a condition keeps it hypothetical
    ("The envoy said the embargo would cut 80 percent of imports.", 80, "percent", None, None, "reported"),
    ("The company announced it would hire 2,000 workers.", 2000, "workers", None, None, "reported"),
    ("She warned that prices would rise by 15 percent.", 15, "percent", None, None, "reported"),
    ("Officials said 30,000 jobs would go if the plant closed.", 30000, "jobs", None, None, "hypothetical"),
    ("The minister said the reform could save $4 billion.", 4e9, "USD", None, None, "hypothetical"),
    ("She says the tax would raise $5 billion.", 5e9, "USD", None, None, "hypothetical"),
    ("The bank would lend 300 million euros.", 3e8, "EUR", None, None, "hypothetical"),
    # elliptical counts and units the sentence has already given
    ("Some 12 million voted yes, against 9.5 million who voted no.", 9.5e6, "people", None, None, "asserted"),
    (
        "The pact aims to keep warming below 2 degrees Celsius and to limit it to 1.5 degrees.",
        1.5,
        "degree Celsius",
        None,
        None,
        "planned",
    ),
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
    "One of the two leaders left early.",  # "one of" picks out, "the two leaders" refers
    "The army fired the two missiles it had left.",  # anaphoric even for weapons
    "A seven-year-old boy was hurt.",  # an age in a hyphenated compound
    "The two-state solution was discussed.",  # a compound that is not a count
    "Magnitude estimates were revised.",  # a scale word without a reading
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
    ("A magnitude 6.1 tremor shook the capital.", 6.1, "tremor"),
    ("An earthquake of magnitude 5.4 hit the province.", 5.4, "earthquake"),
    ("The quake measured 6.8 on the Richter scale.", 6.8, "quake"),
    ("A three-member commission will investigate.", 3, "commission"),
    ("The session was called by nine of its 15 members.", 9, "members"),
    ("The session was called by nine of its 15 members.", 15, "members"),
    ("More than 300,000 Palestinians live in the east of the city.", 300000, "Palestinians"),
    ("Some 12 million voted yes, against 9.5 million who voted no.", 9.5e6, "who voted no"),
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
            for word in ("one", "two", "three", "four", "five", "six", "nine", "dozen", "million", "hundred")
        )


def test_evidence_counts_sentences(nlp):
    text = "Talks resumed on Monday. The war has killed more than 400,000 people. Both sides met."
    (quantity,) = quantities_of(nlp, text)
    assert quantity.evidence.sentence == 1
    assert quantity.evidence.text == "more than 400,000 people"


def test_partitive_evidence_leaves_the_whole_to_its_own_number(nlp):
    text = "The session was called by nine of its 15 members."
    assert [(q.value, q.evidence.text) for q in quantities_of(nlp, text)] == [
        (9, "nine"),
        (15, "15 members"),
    ]


def test_month_dates_a_small_count_of_weapons(nlp):
    (quantity,) = quantities_of(nlp, "North Korea fired two missiles over Japan in July.")
    assert (quantity.value, quantity.unit, quantity.date) == (2, "missiles", "2017-07")
