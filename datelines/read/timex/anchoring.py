"""Calendar arithmetic on the publication date: shifting, formatting at a granularity, and choosing
which Monday / March / summer a bare name means given the tense of its clause.

News convention: a bare weekday or month in a past-tense clause is the most recent one (the day of
publication included); in a future clause it is the next one; in the present it is the nearest.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

Tense = str | None  # "past" | "present" | "future" | None (unknown)

# Month in which each TIMEX3 season starts (northern hemisphere, the corpus convention).
SEASON_START = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}


def shift(day: date, amount: int, unit: str) -> date:
    """Move a date by whole units (Y, Q, M, W, D, DE, CE), clamping the day of month (Feb 29 -> 28)."""
    if unit == "D":
        return day + timedelta(days=amount)
    if unit == "W":
        return day + timedelta(weeks=amount)
    months = {"Y": 12, "Q": 3, "M": 1, "DE": 120, "CE": 1200}[unit] * amount
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    year = min(max(year, 1), 9999)
    return date(year, month + 1, min(day.day, _month_length(year, month + 1)))


def _month_length(year: int, month: int) -> int:
    following = date(year + (month == 12), month % 12 + 1, 1)
    return (following - timedelta(days=1)).day


def quarter_of(day: date) -> int:
    return (day.month - 1) // 3 + 1


def at_granularity(day: date, unit: str) -> str:
    """The TIMEX3 value naming the unit-sized period that contains day."""
    if unit == "D":
        return day.isoformat()
    if unit == "M":
        return f"{day.year:04d}-{day.month:02d}"
    if unit == "Y":
        return f"{day.year:04d}"
    if unit == "Q":
        return f"{day.year:04d}-Q{quarter_of(day)}"
    if unit == "H":
        return f"{day.year:04d}-H{1 if day.month <= 6 else 2}"
    if unit == "W":
        year, week, _ = day.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if unit == "DE":
        return f"{day.year // 10:03d}"
    if unit == "CE":
        return f"{day.year // 100:02d}"
    raise ValueError(f"no calendar granularity for unit {unit!r}")


def resolve_weekday(published: date, weekday: int, tense: Tense) -> date:
    """weekday: 0 = Monday. Past -> on or before publication; future -> on or after; present ->
    nearest. With no verb to go by it is past: a wire story mostly reports what already happened."""
    back = (published.weekday() - weekday) % 7
    forward = (weekday - published.weekday()) % 7
    if tense in ("past", None):
        return published - timedelta(days=back)
    if tense == "future":
        return published + timedelta(days=forward)
    return published + timedelta(days=forward) if forward <= back else published - timedelta(days=back)


def resolve_month_year(published: date, month: int, tense: Tense) -> int:
    """The year of a bare month name: most recent (past), next (future), else nearest."""
    if tense == "past":
        return published.year if month <= published.month else published.year - 1
    if tense == "future":
        return published.year if month >= published.month else published.year + 1
    distance = month - published.month
    if distance > 6:
        return published.year - 1
    if distance < -6:
        return published.year + 1
    return published.year


def resolve_season_year(published: date, season: str, tense: Tense) -> int:
    """Seasons follow the month rule on their starting month; winter belongs to the year it starts in."""
    start = SEASON_START[season]
    if tense == "past" and start > published.month:
        return published.year - 1
    if tense == "future" and start + 2 < published.month:
        return published.year + 1
    if season == "WI" and published.month <= 2:
        return published.year - 1
    return published.year


def last_complete_quarter(published: date) -> tuple[int, int]:
    """The quarter most recently ended: what 'the quarter' means in an earnings report."""
    previous = shift(published, -1, "Q")
    return previous.year, quarter_of(previous)


def weekend_of(published: date, tense: Tense) -> str:
    """The weekend meant by 'the weekend': the past one unless the clause is future."""
    if published.weekday() >= 5:
        day = published
    elif tense == "future":
        day = published + timedelta(days=5 - published.weekday())
    else:
        day = published - timedelta(days=published.weekday() + 1)
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}-WE"


# From finest to coarsest: an anaphoric offset keeps the granularity of what it counts from.
GRANULARITY_RANK = {"D": 0, "W": 1, "M": 2, "Q": 3, "H": 4, "Y": 5, "DE": 6, "CE": 7}
_CONCRETE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-Q([1-4])|-W(\d{2}))?(?:T.*)?")


def parse_value(value: str) -> tuple[date, str] | None:
    """A concrete TIMEX3 date value as (first day, granularity); None for vague or odd values."""
    found = _CONCRETE.fullmatch(value or "")
    if found is None:
        return None
    year_text, month, day, quarter, week = found.groups()
    year = int(year_text)
    try:
        if day:
            return date(year, int(month), int(day)), "D"
        if month:
            return date(year, int(month), 1), "M"
        if quarter:
            return date(year, 3 * int(quarter) - 2, 1), "Q"
        if week:
            return date.fromisocalendar(year, int(week), 1), "W"
        return date(max(year, 1), 1, 1), "Y"
    except ValueError:
        return None
