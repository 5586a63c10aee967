"""Sentence-level cases through the real pipeline: tense from the parse, relative expressions on the
publication date, year boundaries, leap days, ranges, decades, seasons, quarters, modifiers, sets."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.read.timex_helpers import find, tag

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WEEKDAY_SENTENCES = [
    ("The minister resigned on {}.", "past"),
    ("The minister has resigned on {}, officials said.", "past"),
    ("The minister will resign on {}.", "future"),
    ("The minister is going to resign on {}.", "future"),
]
MONTH_SENTENCES = [
    ("Prices fell sharply in {}.", "past"),
    ("Prices will fall in {}.", "future"),
]


def expected_weekday(published: date, weekday: int, tense: str) -> str:
    step = -1 if tense == "past" else 1
    day = published
    while day.weekday() != weekday:
        day += timedelta(days=step)
    return day.isoformat()


def expected_month(published: date, month: int, tense: str) -> str:
    if tense == "past":
        year = published.year if month <= published.month else published.year - 1
    else:
        year = published.year if month >= published.month else published.year + 1
    return f"{year:04d}-{month:02d}"


@pytest.mark.parametrize("published", [date(2018, 4, 3), date(2018, 1, 1), date(2016, 2, 29)], ids=str)
@pytest.mark.parametrize("weekday", range(7), ids=lambda w: WEEKDAYS[w])
@pytest.mark.parametrize("sentence, tense", WEEKDAY_SENTENCES, ids=lambda x: x if x in ("past", "future") else "")
def test_weekday_follows_clause_tense(published, weekday, sentence, tense):
    span = find(sentence.format(WEEKDAYS[weekday]), published, WEEKDAYS[weekday])
    assert span._.timex_type == "DATE"
    assert span._.timex_value == expected_weekday(published, weekday, tense)


@pytest.mark.parametrize("published", [date(2018, 1, 15), date(2018, 12, 10)], ids=str)
@pytest.mark.parametrize("month", range(1, 13), ids=lambda m: MONTHS[m - 1])
@pytest.mark.parametrize("sentence, tense", MONTH_SENTENCES, ids=lambda x: x if x in ("past", "future") else "")
def test_month_follows_clause_tense(published, month, sentence, tense):
    span = find(sentence.format(MONTHS[month - 1]), published, MONTHS[month - 1])
    assert span._.timex_value == expected_month(published, month, tense)


ROWS = [
    # (sentence, published, expression, type, value, mod)
    ("Sales rose last year.", "2018-04-03", "last year", "DATE", "2017", None),
    ("Sales rose last year.", "2018-01-01", "last year", "DATE", "2017", None),
    ("Sales will rise next year.", "2017-12-31", "next year", "DATE", "2018", None),
    ("Prices will rise next month.", "2018-04-03", "next month", "DATE", "2018-05", None),
    ("Prices will rise next month.", "2018-12-31", "next month", "DATE", "2019-01", None),
    ("Prices fell last month.", "2018-01-31", "last month", "DATE", "2017-12", None),
    ("Prices fell last month.", "2016-03-31", "last month", "DATE", "2016-02", None),
    ("Prices rose earlier this month.", "2018-04-03", "earlier this month", "DATE", "2018-04", "START"),
    ("Prices will rise later this year.", "2018-04-03", "later this year", "DATE", "2018", "END"),
    ("The plant opens early next year.", "2018-12-31", "early next year", "DATE", "2019", "START"),
    ("He met her this week.", "2018-04-03", "this week", "DATE", "2018-W14", None),
    ("He met her last week.", "2018-01-02", "last week", "DATE", "2017-W52", None),
    ("They will meet next week.", "2018-12-28", "next week", "DATE", "2019-W01", None),
    ("The war began two years ago.", "2018-04-03", "two years ago", "DATE", "2016", None),
    ("The war began two years ago.", "2016-02-29", "two years ago", "DATE", "2014", None),
    ("She left three months ago.", "2018-01-15", "three months ago", "DATE", "2017-10", None),
    ("She left a month ago.", "2016-03-31", "a month ago", "DATE", "2016-02", None),
    ("He died 10 days ago.", "2016-03-05", "10 days ago", "DATE", "2016-02-24", None),
    ("He died 10 days ago.", "2018-01-05", "10 days ago", "DATE", "2017-12-26", None),
    ("He died a year ago.", "2017-02-28", "a year ago", "DATE", "2016", None),
    ("They met yesterday.", "2018-01-01", "yesterday", "DATE", "2017-12-31", None),
    ("They met yesterday.", "2016-03-01", "yesterday", "DATE", "2016-02-29", None),
    ("They meet tomorrow.", "2017-12-31", "tomorrow", "DATE", "2018-01-01", None),
    ("They meet today.", "2018-04-03", "today", "DATE", "2018-04-03", None),
    ("A coup failed in July 2016.", "2018-04-03", "July 2016", "DATE", "2016-07", None),
    ("It was signed on February 29, 2016.", "2018-04-03", "February 29, 2016", "DATE", "2016-02-29", None),
    ("It was signed on Feb. 28, 2017.", "2018-04-03", "Feb. 28, 2017", "DATE", "2017-02-28", None),
    ("It was signed on 29 February 2016.", "2018-04-03", "29 February 2016", "DATE", "2016-02-29", None),
    ("It was signed on Dec. 31.", "2018-01-02", "Dec. 31", "DATE", "2017-12-31", None),
    ("It will be signed on Jan. 2.", "2017-12-30", "Jan. 2", "DATE", "2018-01-02", None),
    ("It was signed on 2016-07-15.", "2018-04-03", "2016-07-15", "DATE", "2016-07-15", None),
    ("Tourist numbers fell from 2014 to 2016.", "2018-04-03", "2014", "DATE", "2014", None),
    ("Tourist numbers fell from 2014 to 2016.", "2018-04-03", "2016", "DATE", "2016", None),
    ("Growth was slow between 1998 and 2001.", "2018-04-03", "2001", "DATE", "2001", None),
    ("Prices peaked in the 1990s.", "2018-04-03", "the 1990s", "DATE", "199", None),
    ("Prices peaked in the early 1980s.", "2018-04-03", "the early 1980s", "DATE", "198", "START"),
    ("Prices peaked in the late 1970s.", "2018-04-03", "the late 1970s", "DATE", "197", "END"),
    ("Music of the '60s returned.", "2018-04-03", "the '60s", "DATE", "196", None),
    ("It was built in the 19th century.", "2018-04-03", "the 19th century", "DATE", "18", None),
    ("The company expects to open this summer.", "2018-04-03", "this summer", "DATE", "2018-SU", None),
    ("Sales fell last winter.", "2018-04-03", "last winter", "DATE", "2017-WI", None),
    ("Talks will resume next spring.", "2018-04-03", "next spring", "DATE", "2019-SP", None),
    ("It opened in the summer of 2016.", "2018-04-03", "the summer of 2016", "DATE", "2016-SU", None),
    ("Profit rose in the third quarter.", "2018-11-02", "the third quarter", "DATE", "2018-Q3", None),
    ("Profit rose in the first quarter of 2017.", "2018-04-03", "the first quarter of 2017", "DATE", "2017-Q1", None),
    ("Fourth-quarter profit fell.", "2018-11-02", "Fourth-quarter", "DATE", "2018-Q4", None),
    ("Profit fell in the second half.", "2018-11-02", "the second half", "DATE", "2018-H2", None),
    ("Profit fell last quarter.", "2018-04-03", "last quarter", "DATE", "2018-Q1", None),
    ("TurkStream is expected to be completed by the end of 2019.", "2018-04-03", "the end of 2019", "DATE", "2019", "END"),
    ("It closes at the beginning of 2020.", "2018-04-03", "the beginning of 2020", "DATE", "2020", "START"),
    ("Prices rose in mid-2016.", "2018-04-03", "mid-2016", "DATE", "2016", "MID"),
    ("Prices rose in late 2016.", "2018-04-03", "late 2016", "DATE", "2016", "END"),
    ("Prices rose in early March.", "2018-04-03", "early March", "DATE", "2018-03", "START"),
    ("Prices rose in mid-November.", "2018-12-03", "mid-November", "DATE", "2018-11", "MID"),
    ("The group has fought for more than 30 years.", "2018-04-03", "more than 30 years", "DURATION", "P30Y", "MORE_THAN"),
    ("It lasted nearly two years.", "2018-04-03", "nearly two years", "DURATION", "P2Y", "LESS_THAN"),
    ("It lasted about three weeks.", "2018-04-03", "about three weeks", "DURATION", "P3W", "APPROX"),
    ("It lasted at least 20 years.", "2018-04-03", "at least 20 years", "DURATION", "P20Y", "EQUAL_OR_MORE"),
    ("It lasted less than one hour.", "2018-04-03", "less than one hour", "DURATION", "PT1H", "LESS_THAN"),
    ("It lasted up to 180 days.", "2018-04-03", "up to 180 days", "DURATION", "P180D", "EQUAL_OR_LESS"),
    ("Syria's seven-year-old civil war goes on.", "2018-04-03", "seven-year-old", "DURATION", "P7Y", None),
    ("He signed a two-year contract.", "2018-04-03", "two-year", "DURATION", "P2Y", None),
    ("The following two years witnessed a fall.", "2018-04-03", "The following two years", "DURATION", "P2Y", None),
    ("Sales rose over the past three months.", "2018-04-03", "the past three months", "DURATION", "P3M", None),
    ("The talks lasted six days.", "2018-04-03", "six days", "DURATION", "P6D", None),
    ("The talks lasted 48 hours.", "2018-04-03", "48 hours", "DURATION", "PT48H", None),
    ("The talks lasted 90 minutes.", "2018-04-03", "90 minutes", "DURATION", "PT90M", None),
    ("The talks lasted a few days.", "2018-04-03", "a few days", "DURATION", "PXD", None),
    ("Gas is imported annually.", "2018-04-03", "annually", "SET", "P1Y", None),
    ("The council meets every week.", "2018-04-03", "every week", "SET", "P1W", None),
    ("The council meets every two years.", "2018-04-03", "every two years", "SET", "P2Y", None),
    ("The council meets each month.", "2018-04-03", "each month", "SET", "P1M", None),
    ("He earns $5 million a year.", "2018-04-03", "a year", "SET", "P1Y", None),
    ("The market is closed each Thursday.", "2018-04-03", "each Thursday", "SET", "XXXX-WXX-4", None),
    ("He is busy right now.", "2018-04-03", "right now", "DATE", "PRESENT_REF", None),
    ("He now lives in Ankara.", "2018-04-03", "now", "DATE", "PRESENT_REF", None),
    ("He recently moved to Ankara.", "2018-04-03", "recently", "DATE", "PAST_REF", None),
    ("Prices will rise in the near future.", "2018-04-03", "the near future", "DATE", "FUTURE_REF", None),
    ("He left several years ago.", "2018-04-03", "several years ago", "DATE", "PAST_REF", None),
    ("The bomb went off at 10 p.m. Wednesday.", "1998-02-12", "10 p.m. Wednesday", "TIME", "1998-02-11T22:00", None),
    ("Rebels attacked last night.", "2018-01-01", "last night", "TIME", "2017-12-31TNI", None),
    ("He said this morning that talks failed.", "2018-04-03", "this morning", "TIME", "2018-04-03TMO", None),
    ("He spoke late Tuesday.", "2018-04-05", "late Tuesday", "DATE", "2018-04-03", "END"),
    ("Protests spread over the weekend.", "2018-04-03", "the weekend", "DATE", "2018-W13-WE", None),
    ("He resigned last Friday.", "2018-04-03", "last Friday", "DATE", "2018-03-30", None),
    ("He will resign next Friday.", "2018-04-03", "next Friday", "DATE", "2018-04-06", None),
    ("He resigned last Tuesday.", "2018-04-03", "last Tuesday", "DATE", "2018-03-27", None),
    ("He resigned last April.", "2018-04-03", "last April", "DATE", "2017-04", None),
    ("He will resign next April.", "2018-04-03", "next April", "DATE", "2019-04", None),
    ("Prices rose in June last year.", "2018-04-03", "June last year", "DATE", "2017-06", None),
    ("Growth slowed over the last decade.", "2018-04-03", "the last decade", "DATE", "200", None),
    ("It happened in nineteen ninety-six.", "1998-04-03", "nineteen ninety-six", "DATE", "1996", None),
    ("The offer was extended until Nov. 16.", "1989-10-30", "Nov. 16", "DATE", "1989-11-16", None),
    ("The offer was made on Nov. 16.", "1989-10-30", "Nov. 16", "DATE", "1988-11-16", None),
    ("They met in March 2015 and married the following year.", "2018-04-03", "the following year", "DATE", "2016", None),
    ("Profit rose in the third quarter from a year ago.", "1989-11-02", "a year ago", "DATE", "1988-Q3", None),
    ("Music of the 60's is back.", "2018-04-03", "the 60's", "DATE", "196", None),
    ("Prices will rise by the end of the month.", "2018-04-03", "the end of the month", "DATE", "2018-04", "END"),
    ("Sales should grow over the next two years or so.", "1989-10-30", "the next two years or so", "DURATION", "P2Y", "APPROX"),
    ("Output will recover in 1994 or later.", "1989-10-30", "1994 or later", "DATE", "1994", "ON_OR_AFTER"),
    ("They plan cuts for 1990 and beyond.", "1989-10-30", "1990 and beyond", "DATE", "1990", "ON_OR_AFTER"),
    ("It left a week or so ago.", "1991-02-25", "a week or so ago", "DATE", "1991-W08", "APPROX"),
    # the time of a plan is ahead of the plan: a bare planning participle gives no past tense
    ("The minister cancelled a visit to Ankara planned for Wednesday.", "2015-11-24", "Wednesday", "DATE", "2015-11-25", None),
    ("Officials called off talks scheduled for Friday.", "2019-05-08", "Friday", "DATE", "2019-05-10", None),
    ("The increase that had been planned for January was postponed.", "2019-05-10", "January", "DATE", "2019-01", None),
    ("The index is near its record high set on Aug. 6.", "1998-02-06", "Aug. 6", "DATE", "1997-08-06", None),
    # the talks an invitation is for lie ahead of it
    ("She invited the leaders of France and Italy to Berlin for talks on Monday.", "2016-06-24", "Monday", "DATE", "2016-06-27", None),
    ("The report was released on Monday.", "2016-06-24", "Monday", "DATE", "2016-06-20", None),
]


@pytest.mark.parametrize("sentence, published, expression, kind, value, mod", ROWS, ids=[f"{r[2]}@{r[1]}" for r in ROWS])
def test_expression(sentence, published, expression, kind, value, mod):
    span = find(sentence, date.fromisoformat(published), expression)
    assert (span._.timex_type, span._.timex_value, span._.timex_mod) == (kind, value, mod)


NOT_TIMES = [
    "The company employs 2000 people.",
    "He reads a daily newspaper.",
    "You may go if it is over.",
    "She will march to the square.",
    "He paid $1990 for the car.",
    "The index closed at 2082.1 points.",
    "John Smith, 52 years old, was hurt.",
    "The war has killed 400,000 people so far.",
    "British Prime Minister Theresa May said she disagreed.",
    "Prime Minister Theresa May spoke first. May told parliament that the vote was final.",
    "He resigned in protest to May's negotiated Brexit agreement.",
]


@pytest.mark.parametrize("sentence", NOT_TIMES)
def test_not_a_time(sentence):
    assert tag(sentence, date(2018, 4, 3)) == []


@pytest.mark.parametrize(
    "sentence, expression, value",
    [
        ("The minister resigned on Monday.", "Monday", "XXXX-WXX-1"),
        ("Sales rose last year.", "last year", "XXXX"),
        ("The war began in March.", "March", "XXXX-03"),
        ("Turnout was low in last May's election.", "last May", "XXXX-05"),
        ("A coup failed in July 2016.", "July 2016", "2016-07"),
        ("They met yesterday.", "yesterday", "XXXX-XX-XX"),
        ("The war began two years ago.", "two years ago", "PAST_REF"),
        ("They meet today.", "today", "PRESENT_REF"),
    ],
)
def test_without_publication_date(sentence, expression, value):
    assert find(sentence, None, expression)._.timex_value == value
