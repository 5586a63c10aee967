"""Publication dates as inputs state them: ISO dates and datetimes, read strictly.

Only year-first forms are accepted, because they cannot be misread: 2018-04-03, 2018/04/03,
20180403, 2018-4-3, and datetimes such as 2018-04-03T09:30:00+03:00. "03/04/2018" is refused
(day-first or month-first?), as is "yesterday": a wrong publication date would shift every
relative date the reader anchors on it.
"""

from __future__ import annotations

import re
from datetime import date

_DATE = r"(?P<year>\d{4})(?P<sep>[-/.]?)(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})"
_TIME = r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?(?:\s?(?:Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?))?)?"
_ISO = re.compile(rf"^{_DATE}{_TIME}$", re.IGNORECASE)


class MalformedDate(ValueError):
    """A date was given but is not an unambiguous calendar date."""


def parse_iso_date(value: str) -> date:
    """The calendar date of an ISO date or datetime string, as written (no conversion to UTC).

    The day as written is the publisher's local day, which is what "on Tuesday" in the text refers
    to; converting 2018-04-03T01:00+03:00 to UTC would move the article to 2018-04-02.
    """
    text = value.strip()
    match = _ISO.match(text)
    if match is None:
        raise MalformedDate(f"not an ISO date: {value!r}")
    if not match["sep"] and (len(match["month"]) != 2 or len(match["day"]) != 2):
        raise MalformedDate(f"ambiguous compact date: {value!r}")
    try:
        return date(int(match["year"]), int(match["month"]), int(match["day"]))
    except ValueError as exc:
        raise MalformedDate(f"no such day: {value!r} ({exc})") from None
