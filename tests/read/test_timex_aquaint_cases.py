"""General normalization and extraction rules found while studying wire-news TimeML (sentences
written for these tests): plans and 'as soon as', 'last' + a full date, holidays, ages of people,
quoted and sentence-opening words, generic 'today's', anaphoric parts of days, 'the year 2000'."""

from __future__ import annotations

from datetime import date

import pytest

from tests.read.timex_helpers import find, tag

ROWS = [
    # a plan told in the past says nothing of whether its day has come: the nearest reading
    ("The delegation planned to fly home on Thursday.", "2001-05-09", "Thursday", "DATE", "2001-05-10", None),
    ("Farmers planned a protest in the capital on Saturday.", "2001-05-10", "Saturday", "DATE", "2001-05-12", None),
    ("The handover was planned for early June.", "2001-03-10", "early June", "DATE", "2001-06", "START"),
    ("They did not plan to close the border on Friday.", "2001-05-09", "Friday", "DATE", "2001-05-11", None),
    # 'as soon as' / 'as early as' a day: still to come
    ("The envoy could arrive as soon as Tuesday.", "2001-05-07", "Tuesday", "DATE", "2001-05-08", None),
    ("A ruling may come as early as Wednesday, lawyers said.", "2001-05-07", "Wednesday", "DATE", "2001-05-09", None),
    # 'last' before a full date
    ("The factory burned down last Nov. 12 and has not reopened.", "2001-05-07", "last Nov. 12", "DATE", "2000-11-12", None),
    # holidays
    ("The boat sank on Christmas Eve.", "2001-01-15", "Christmas Eve", "DATE", "2000-12-24", None),
    ("The strike began the day after Labor Day.", "2001-10-01", "Labor Day", "DATE", "2001-09-03", None),
    ("Voters go to the polls on Election Day.", "2002-10-20", "Election Day", "DATE", "2002-11-05", None),
    ("Pilgrims gathered as Easter week began.", "2001-04-09", "Easter week", "DATE", "2001-W15", None),
    ("The truce lasted through Thanksgiving Day.", "2001-12-10", "Thanksgiving Day", "DATE", "2001-11-22", None),
    ("Unions marched through the capital on May Day.", "2001-05-03", "May Day", "DATE", "2001-05-01", None),
    ("Veterans paraded in Sydney on Anzac Day.", "2001-05-03", "Anzac Day", "DATE", "2001-04-25", None),
    ("Offices were shut on Martin Luther King Day.", "2001-02-03", "Martin Luther King Day", "DATE", "2001-01-15", None),
    # times of day
    ("The court will sit again at midday.", "2001-05-07", "midday", "TIME", "2001-05-07T12:00", None),
    ("The fire started on June 2, 2000. That night, crews pulled back.", "2001-05-07", "That night", "TIME", "2000-06-02TNI", None),
    ("The pilot landed on June 2, 2000 and took off again the next morning.", "2001-05-07", "the next morning", "TIME", "2000-06-03TMO", None),
    ("The mayor returned to the city later that year.", "2001-05-07", "later that year", "DATE", "2001", "END"),
    # quoted sentence openings
    ("The coach said: ``Today we play for the title.''", "2001-05-07", "Today", "DATE", "2001-05-07", None),
    ("``Now the real work starts,'' she said.", "2001-05-07", "Now", "DATE", "PRESENT_REF", None),
    # a thing's age dates it; a day-long span is a duration
    ("The 40-year-old dispute flared again.", "2001-05-07", "40-year-old", "DURATION", "P40Y", None),
    ("The ministers ended a day-long session without a deal.", "2001-05-07", "day-long", "DURATION", "P1D", None),
    ("Programs will fail in the year 2000.", "1998-05-07", "the year 2000", "DATE", "2000", None),
]


@pytest.mark.parametrize("sentence, published, expression, kind, value, mod", ROWS, ids=[f"{r[2]}@{r[1]}" for r in ROWS])
def test_expression(sentence, published, expression, kind, value, mod):
    span = find(sentence, date.fromisoformat(published), expression)
    assert (span._.timex_type, span._.timex_value, span._.timex_mod) == (kind, value, mod)


NOT_TIMES = [
    # a person's age is not a time of the story
    "A 9-year-old girl was pulled from the rubble.",
    "The senator, a 61-year-old lawyer, said nothing.",
    "Rescuers found the 4-year-old under a table.",
    "The 12-year-old Brazilian scored twice.",
    # 'Now,' opening a sentence is a connective
    "Now, the minister said, the budget must wait.",
    # 'today's' as 'nowadays'
    "Farming is hard in today's economy.",
    # the noun 'march'
    "Thousands joined the annual March for Peace.",
    # a generic 'election day' is not the US one
    "Voters queued on election day in the village.",
]


@pytest.mark.parametrize("sentence", NOT_TIMES)
def test_not_a_time(sentence):
    assert [(s.text, s._.timex_value) for s in tag(sentence, date(2001, 5, 7))] == []
