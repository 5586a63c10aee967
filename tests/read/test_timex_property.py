"""Property: whatever the text and publication date, the component never raises and writes only
well-formed TIMEX3 values on token-aligned spans."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from datelines.read.timex.values import is_valid
from tests.read.timex_helpers import tag

WORDS = [
    "last", "next", "this", "the", "early", "late", "mid-", "end", "of", "two", "seven", "a", "few", "year", "years",
    "month", "week", "weeks", "day", "days", "ago", "earlier", "later", "Monday", "Friday", "March", "May",
    "December", "Feb.", "29", "31", "2016", "1990s", "'80s", "quarter", "third-quarter", "summer", "fall",
    "every", "annually", "so", "far", "now", "yesterday", "tomorrow", "tonight", "p.m.", "10", "noon", "more",
    "than", "nearly", "about", "-", ",", ".", "9999", "0000", "00/00/00", "13/45/2020", "2020-02-30",
    "twenty-four", "hours", "nineteen", "ninety-six", "century", "21st", "old", "seven-year-old", "\n",
]

texts = st.one_of(
    st.text(max_size=120),
    st.lists(st.sampled_from(WORDS), max_size=25).map(" ".join),
)
published = st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=texts, day=published)
def test_any_text_yields_valid_timex3(text, day):
    for span in tag(text, day):
        assert span.text.strip(), "an empty span"
        assert is_valid(span._.timex_type, span._.timex_value, span._.timex_mod), (
            span.text, span._.timex_type, span._.timex_value, span._.timex_mod)
