"""Normalizers: one small function per kind of expression, turning a rule's matched groups into a
TIMEX3 value (and mod) anchored on the publication date and the clause tense.

The rule file names the normalizer; NORMALIZERS is the table. A normalizer returns None when the
match turns out not to be a time after all (31 February); the recognizer then drops it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from fractions import Fraction

from dateutil import parser as dateutil_parser
from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter

from datelines.read.timex import anchoring
from datelines.read.timex.numbers import parse_number, spelled_year
from datelines.read.timex.rules import RuleSet


@dataclass(frozen=True)
class Context:
    """What a normalizer may read: the matched groups, the rule set, and the anchors."""

    groups: dict[str, str]
    text: str
    published: date | None
    tense: str | None
    rules: RuleSet
    # The last concrete date the article mentioned before this expression (narrative reference
    # time): "the following month", "a year earlier" count from it, not from publication.
    reference: tuple[date, str] | None = None

    def has(self, name: str) -> bool:
        return bool(self.groups.get(name))

    def word(self, name: str) -> str:
        return " ".join(self.groups.get(name, "").lower().split())

    def lookup(self, table: str, group: str | None = None):
        return self.rules.lookup(table, self.groups[group or table])

    @property
    def anchor(self) -> str:
        return "published" if self.tense is None else f"published:{self.tense}"


@dataclass(frozen=True)
class Normal:
    value: str
    type: str | None = None  # overrides the rule's type (a weekday with "night" is a TIME)
    mod: str | None = None
    anchor: str | None = None
    # False for a comparison period ("the year-ago quarter"): the story's own time stays put.
    moves_reference: bool = True


Normalizer = Callable[[Context], Normal | None]
NORMALIZERS: dict[str, Normalizer] = {}

# A calendar period named without a publication date to place it.
UNKNOWN_PERIOD = {"Y": "XXXX", "M": "XXXX-XX", "W": "XXXX-WXX", "Q": "XXXX-QX", "DE": "XXX", "CE": "XX"}
EDGE_MOD = {"early": "START", "earlier": "START", "late": "END", "later": "END"}
RELATIVE_SHIFT = {"last": -1, "this past": -1, "the previous": -1, "this": 0, "next": 1, "this coming": 1, "the following": 1}
# Fractions of a unit are written in the next smaller one: 2 1/2 years -> P2Y6M.
SMALLER = {"Y": ("M", 12), "M": ("D", 30), "W": ("D", 7), "D": ("H", 24), "H": ("MIN", 60), "MIN": ("S", 60)}


def normalizer(function: Normalizer) -> Normalizer:
    NORMALIZERS[function.__name__] = function
    return function


def _year(ctx: Context) -> int | None:
    if ctx.has("year"):
        return int(ctx.groups["year"])
    if ctx.has("spelled"):
        return spelled_year(ctx.groups["spelled"])
    return None


def _spelled_but_not_a_year(ctx: Context) -> bool:
    return ctx.has("spelled") and spelled_year(ctx.groups["spelled"]) is None


def _valid_day(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


@normalizer
def numeric_date(ctx: Context) -> Normal | None:
    """Absolute numeric forms (1998-08-07, 11/02/89): dateutil reads them (US month-first order)."""
    try:
        moment = dateutil_parser.parse(ctx.groups["iso"], default=datetime(2000, 1, 1), dayfirst=False)
    except (ValueError, OverflowError):
        return None
    return Normal(moment.date().isoformat())


def _month_year(ctx: Context, month: int, day: int | None = None) -> tuple[int | None, str | None]:
    """The year of a month (and day) with no year written: relation word, else the clause tense."""
    published = ctx.published
    relation = ctx.word("rel")
    if ctx.has("yrel"):
        offset = RELATIVE_SHIFT[ctx.word("yrel")]
        return (published.year + offset, "published") if published else (None, None)
    if published is None:
        return None, None
    here = (month, day or 0) if day is not None else (month,)
    now = (published.month, published.day) if day is not None else (published.month,)
    if relation in ("last", "this past"):
        return (published.year if here < now else published.year - 1), "published"
    if relation in ("next", "this coming"):
        return (published.year if here > now else published.year + 1), "published"
    if relation == "this":
        return published.year, "published"
    return anchoring.resolve_month_year(published, month, ctx.tense), ctx.anchor


@normalizer
def calendar(ctx: Context) -> Normal | None:
    """Month names with an optional day and year: 'Oct. 15, 1999', 'July 2016', 'last April'."""
    if _spelled_but_not_a_year(ctx):
        return None
    month = ctx.lookup("month")
    day = int("".join(ch for ch in ctx.groups["day"] if ch.isdigit())) if ctx.has("day") else None
    year, anchor = _year(ctx), None
    if year is None:
        year, anchor = _month_year(ctx, month, day)
    if day is not None and not _valid_day(year or 2000, month, day):
        return None
    head = f"{year:04d}" if year is not None else "XXXX"
    value = f"{head}-{month:02d}" + (f"-{day:02d}" if day is not None else "")
    return Normal(value, anchor=anchor)


@normalizer
def year(ctx: Context) -> Normal | None:
    value = _year(ctx)
    return Normal(f"{value:04d}") if value is not None else None


_DECADE_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8, "nineties": 9}


@normalizer
def decade(ctx: Context) -> Normal | None:
    """'the 1990s' -> 199; "the '80s" and 'the nineties' take the century of the publication."""
    if ctx.has("decade"):
        return Normal(ctx.groups["decade"][:3])
    short = ctx.groups.get("short") or ctx.groups.get("bare")
    digit = int(short[0]) if short else _DECADE_WORDS[ctx.word("word")]
    if ctx.published is None:
        return Normal(f"XX{digit}")
    century = ctx.published.year // 100
    if digit * 10 > ctx.published.year % 100:
        century -= 1  # in 2018 'the eighties' are the 1980s, not the 2080s
    return Normal(f"{century:02d}{digit}", anchor="published")


@normalizer
def century(ctx: Context) -> Normal | None:
    number = int(ctx.groups["ordinal_num"])
    return Normal(f"{number - 1:02d}") if 1 <= number <= 30 else None


@normalizer
def season(ctx: Context) -> Normal | None:
    code = ctx.lookup("season")
    explicit = _year(ctx)
    relation = ctx.word("rel")
    mod = EDGE_MOD.get(relation)
    if explicit is not None:
        return Normal(f"{explicit:04d}-{code}", mod=mod)
    published = ctx.published
    if published is None:
        return Normal(f"XXXX-{code}", mod=mod)
    start = anchoring.SEASON_START[code]
    if relation in ("last", "this past"):
        found = published.year if start + 2 < published.month else published.year - 1
    elif relation in ("next", "this coming"):
        found = published.year if start > published.month else published.year + 1
    elif relation == "this":
        found = published.year
    else:
        return Normal(f"{anchoring.resolve_season_year(published, code, ctx.tense):04d}-{code}", mod=mod, anchor=ctx.anchor)
    return Normal(f"{found:04d}-{code}", mod=mod, anchor="published")


@normalizer
def quarter(ctx: Context) -> Normal | None:
    """'third-quarter' -> YYYY-Q3 of the publication year unless a year is written; halves -> H1/H2."""
    number = ctx.lookup("ordinal")
    letter = "Q" if ctx.word("qunit") == "quarter" else "H"
    if letter == "H" and number > 2:
        return None
    year_value = _year(ctx) or (int(ctx.groups["yearpre"]) if ctx.has("yearpre") else None)
    anchor = None
    if year_value is None and ctx.published is not None:
        relation = ctx.word("rel") or ctx.word("yrel")
        if relation:
            year_value, anchor = ctx.published.year + RELATIVE_SHIFT.get(relation, 0), "published"
        else:
            year_value, anchor = _period_year(ctx.published, letter, number, ctx.tense), ctx.anchor
    head = f"{year_value:04d}" if year_value is not None else "XXXX"
    return Normal(f"{head}-{letter}{number}", anchor=anchor)


def _period_year(published: date, letter: str, number: int, tense: str | None) -> int:
    """The year of a bare 'fourth quarter' / 'second half': results are reported after a period
    ends, so one that has not begun yet this year is last year's, unless the clause is future
    ('fourth-quarter profit fell', said in January, is the previous year's); a future clause
    naming an earlier period means next year's, except the one just ended ('expects to report a
    profit for the third quarter', said in October, is this year's)."""
    current = anchoring.quarter_of(published) if letter == "Q" else (1 if published.month <= 6 else 2)
    if number > current and tense != "future":
        return published.year - 1
    if number < current - 1 and tense == "future":
        return published.year + 1
    return published.year


def _quarter_ended(ctx: Context) -> tuple[int, int] | None:
    """'the quarter ended Sept. 30': the calendar quarter holding most of the three months that
    end on that date (a fiscal quarter ending July 31 is mostly the second quarter)."""
    if not (ctx.has("month") and ctx.has("endday")) or ctx.published is None:
        return None
    month, day = ctx.lookup("month"), int(ctx.groups["endday"])
    year_value = int(ctx.groups["endyear"]) if ctx.has("endyear") else anchoring.resolve_month_year(ctx.published, month, "past")
    if not _valid_day(year_value, month, day):
        return None
    middle = date(year_value, month, day) - timedelta(days=45)
    return middle.year, anchoring.quarter_of(middle)


@normalizer
def reported_quarter(ctx: Context) -> Normal | None:
    """An earnings report's 'the quarter' is the one just ended; 'the year-ago quarter' a year before."""
    if ctx.published is None:
        return Normal("XXXX-QX")
    year_value, number = anchoring.last_complete_quarter(ctx.published)
    # "the quarter a year ago", "the corresponding period last year", "last year's quarter"
    year_back = ctx.has("lastyear") or ctx.has("agoafter")
    bare = not (ctx.has("year") or ctx.has("ordinal") or ctx.has("ago") or ctx.has("latest") or year_back)
    ended = _quarter_ended(ctx) if ctx.word("period") == "quarter" and not ctx.has("ordinal") else None
    if ended is not None:
        year_value, number = ended
    elif bare and ctx.reference is not None and ctx.reference[1] == "Q":  # the quarter just named
        year_value, number = ctx.reference[0].year, anchoring.quarter_of(ctx.reference[0])
    if ctx.has("year"):
        year_value = int(ctx.groups["year"])
    if ctx.has("ordinal"):
        number = ctx.lookup("ordinal")
        if number > 4:
            return None
    comparison = year_back or (ctx.has("ago") and ("year" in ctx.word("ago") or "comparable" in ctx.word("ago")))
    if comparison:
        year_value -= 1
    return Normal(f"{year_value:04d}-Q{number}", anchor="published", moves_reference=not comparison)


@normalizer
def year_edge(ctx: Context) -> Normal | None:
    """'year-end' is December 31 (of last year if said in early-year past tense); 'year-earlier'
    is the year before, or the same reporting quarter a year before when a quarter is in focus."""
    if ctx.published is None:
        return Normal("XXXX")
    edge = ctx.word("edge")
    if edge in ("year-ago", "year-earlier"):
        if ctx.reference is not None and ctx.reference[1] == "Q":  # the same reporting period
            return Normal(anchoring.at_granularity(anchoring.shift(ctx.reference[0], -1, "Y"), "Q"), anchor="reference")
        return Normal(f"{ctx.published.year - 1:04d}", anchor="published")
    closing = ctx.published.year - (ctx.tense == "past" and ctx.published.month <= 2)
    return Normal(f"{closing:04d}-12-31", anchor=ctx.anchor)


POSITION_MOD = {"end": "END", "beginning": "START", "start": "START", "middle": "MID"}


@normalizer
def period_edge(ctx: Context) -> Normal | None:
    """'the end of the year', 'the beginning of the month': the current period with a mod."""
    unit = ctx.lookup("calendar_unit")
    mod = POSITION_MOD[ctx.word("edge")]
    if ctx.published is None:
        return Normal(UNKNOWN_PERIOD[unit], mod=mod)
    return Normal(anchoring.at_granularity(ctx.published, unit), mod=mod, anchor="published")


@normalizer
def story_period(ctx: Context) -> Normal | None:
    """'for the year', 'the full year': the period the story is in, the publication's own. (The
    year last named is no better guide: a story mentions other years in passing.)"""
    unit = ctx.lookup("calendar_unit")
    if ctx.published is None:
        return Normal(UNKNOWN_PERIOD[unit])
    return Normal(anchoring.at_granularity(ctx.published, unit), anchor="published")


@normalizer
def present_ref(ctx: Context) -> Normal | None:
    return Normal("PRESENT_REF")


@normalizer
def relative_period(ctx: Context) -> Normal | None:
    """'last year', 'this month', 'next week', 'the last decade', 'earlier this month' (START)."""
    unit = ctx.lookup("calendar_unit")
    mod = EDGE_MOD.get(ctx.word("edge"))
    if ctx.published is None:
        return Normal(UNKNOWN_PERIOD[unit], mod=mod)
    moved = anchoring.shift(ctx.published, ctx.lookup("relation", "rel"), unit)
    return Normal(anchoring.at_granularity(moved, unit), mod=mod, anchor="published")


def _amount(ctx: Context) -> Fraction | int | None:
    if not ctx.has("num"):
        return None if ctx.has("vague") else 1
    amount = parse_number(ctx.groups["num"])
    if amount is not None and (ctx.has("half") or "and a half" in ctx.word("num") or "and a half" in ctx.text.lower()):
        amount += Fraction(1, 2)
    return amount


DEICTIC_DIRECTIONS = {"ago", "from now", "hence"}


@normalizer
def offset(ctx: Context) -> Normal | None:
    """An offset from publication or from the story's last date; 'a week or so ago' is APPROX."""
    found = _offset(ctx)
    if found is not None and found.mod is None and " or so " in f" {ctx.word('or_so')} ":
        return replace(found, mod="APPROX")
    return found


def _offset(ctx: Context) -> Normal | None:
    """'two years ago' -> the year two years before publication, at the unit's granularity.

    'ago' counts from publication; 'earlier'/'later' count from the last date the story mentioned
    and keep its granularity ('the third quarter ... a year earlier' -> the previous year's Q3).
    """
    unit = ctx.lookup("unit")
    sign = ctx.lookup("direction")
    amount = _amount(ctx)
    if amount is None or ctx.published is None and ctx.reference is None:
        return Normal("PAST_REF" if sign < 0 else "FUTURE_REF")
    steps = round(amount * sign)
    # In a comparison of reporting periods ("$2 million in the third quarter, against $1 million
    # a year ago") 'ago' names the same period a year back, not the calendar year.
    in_period = ctx.reference is not None and ctx.reference[1] == "Q" and unit == "Y"
    if ctx.reference is not None and (ctx.word("direction") not in DEICTIC_DIRECTIONS or in_period):
        base, granularity = ctx.reference
        if unit in ("H", "MIN", "S"):
            return Normal(anchoring.at_granularity(base, granularity), anchor="reference")
        return Normal(anchoring.at_granularity(anchoring.shift(base, steps, unit), granularity), anchor="reference")
    if ctx.published is None:
        return Normal("PAST_REF" if sign < 0 else "FUTURE_REF")
    if unit in ("H", "MIN", "S"):
        return Normal(ctx.published.isoformat(), anchor="published")
    granularity = {"DE": "Y", "CE": "Y"}.get(unit, unit)
    moved = anchoring.shift(ctx.published, steps, unit)
    return Normal(anchoring.at_granularity(moved, granularity), anchor="published")


DAY_UNITS = {"D", "W"}


@normalizer
def anaphoric_period(ctx: Context) -> Normal | None:
    """'the following year', 'the previous month', 'the next day', 'that day': the period next to
    (or the same as) the last date the story mentioned; publication if it mentioned none."""
    unit = ctx.lookup("anaphoric_unit")
    step = ctx.lookup("relation", "rel") if ctx.has("rel") else 0
    # (a day told next to a bare year is no day of it: "2026 offensive ... a ceasefire the previous day")
    if ctx.reference is not None and not (unit in DAY_UNITS and ctx.reference[1] not in DAY_UNITS):
        base, anchor = ctx.reference[0], "reference"
    elif ctx.published is not None:
        base, anchor = ctx.published, "published"
    else:
        return None
    mod = EDGE_MOD.get(ctx.word("edge"))
    return Normal(anchoring.at_granularity(anchoring.shift(base, step, unit), unit), mod=mod, anchor=anchor)


def duration_value(amount: Fraction | int | None, unit: str) -> str:
    """TIMEX3 duration for an amount of a unit: P7Y, PT3H, P2Y6M, PXY (vague), P20Y (two decades)."""
    if unit == "Q":
        unit, amount = "M", None if amount is None else amount * 3
    elif unit in ("DE", "CE"):
        if amount is None:
            return "PXE" if unit == "DE" else "PXC"  # TimeBank's letters: E decade, C century
        unit, amount = "Y", amount * (10 if unit == "DE" else 100)
    time_part = unit in ("H", "MIN", "S")
    letter = {"MIN": "M"}.get(unit, unit)
    head = "PT" if time_part else "P"
    if amount is None:
        return f"{head}X{letter}"
    whole = int(amount)
    rest = Fraction(amount) - whole
    value = f"{head}{whole}{letter}" if whole else head
    if rest and unit in SMALLER:
        smaller, factor = SMALLER[unit]
        extra = rest * factor
        if extra.denominator == 1:
            small_letter = {"MIN": "M"}.get(smaller, smaller)
            joiner = "T" if smaller in ("H", "MIN", "S") and not time_part and "T" not in value else ""
            return f"{value}{joiner}{int(extra)}{small_letter}"
    if rest:
        return f"{head}{float(amount):g}{letter}"
    return value


@normalizer
def duration(ctx: Context) -> Normal | None:
    word = ctx.groups.get("unit") or ctx.groups.get("vague", "")
    unit = ctx.rules.lookup("unit", word)
    amount = _amount(ctx)
    if amount is not None and amount <= 0:
        return None
    return Normal(duration_value(amount, unit))


@normalizer
def set_every(ctx: Context) -> Normal | None:
    amount = parse_number(ctx.groups["num"]) if ctx.has("num") else 1
    return Normal(duration_value(amount if amount else 1, ctx.lookup("unit")))


@normalizer
def set_adverb(ctx: Context) -> Normal | None:
    return Normal(ctx.lookup("set_adverb"))


def _part_of_day(ctx: Context) -> str:
    return f"T{ctx.lookup('part_of_day')}" if ctx.has("part_of_day") else ""


@normalizer
def set_weekday(ctx: Context) -> Normal | None:
    return Normal(f"XXXX-WXX-{ctx.lookup('weekday') + 1}{_part_of_day(ctx)}")


def holiday_date(rule: str, year: int) -> date | None:
    """The date of a holiday rule from the lexicon in a given year."""
    if rule == "election":  # the Tuesday after the first Monday of November
        first = date(year, 11, 1)
        monday = first + timedelta(days=(0 - first.weekday()) % 7)
        return monday + timedelta(days=1)
    if rule.startswith(("easter:", "orthodox:")):
        method = EASTER_ORTHODOX if rule.startswith("orthodox:") else EASTER_WESTERN
        return easter(year, method) + timedelta(days=int(rule.split(":")[1]))
    if rule.startswith("nth:"):
        month, weekday, nth = (int(part) for part in rule.split(":")[1:])
        if nth > 0:
            first = date(year, month, 1)
            return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (nth - 1))
        last = date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    month, day = (int(part) for part in rule.split("-"))
    return date(year, month, day)


@normalizer
def holiday(ctx: Context) -> Normal | None:
    """'Thanksgiving Day', 'Christmas', 'Easter 1998', 'last Christmas', 'Easter week'."""
    rule = ctx.lookup("holiday")
    unit = "W" if ctx.has("week") else "D"
    if ctx.has("year"):
        found = holiday_date(rule, int(ctx.groups["year"]))
        return Normal(anchoring.at_granularity(found, unit)) if found else None
    published = ctx.published
    if published is None:
        if rule[:2].isdigit():
            return Normal(f"XXXX-{rule}") if unit == "D" else Normal("XXXX-WXX")
        return Normal("XXXX-XX-XX" if unit == "D" else "XXXX-WXX")
    candidates = [holiday_date(rule, year) for year in (published.year - 1, published.year, published.year + 1)]
    if unit == "W":  # 'Easter week' has begun once its Monday has passed
        candidates = [d - timedelta(days=d.weekday()) for d in candidates]
    before = max(d for d in candidates if d <= published)
    after = min(d for d in candidates if d >= published)
    relation = ctx.word("rel")
    if relation in ("last", "this past"):
        found, anchor = (before if before < published else max(d for d in candidates if d < published)), "published"
    elif relation in ("next", "this coming"):
        found, anchor = (after if after > published else min(d for d in candidates if d > published)), "published"
    elif relation == "this":
        found, anchor = candidates[1], "published"
    else:
        anchor = ctx.anchor
        if ctx.tense == "past" or (ctx.tense is None and unit == "D" and published - before <= after - published):
            found = before
        elif ctx.tense == "future":
            found = after
        else:
            found = before if published - before < after - published else after
    return Normal(anchoring.at_granularity(found, unit), anchor=anchor)


@normalizer
def named_event(ctx: Context) -> Normal | None:
    """'the October 7 attacks', 'the 9/11 attacks': the day of the event the words name, unless the story
    was written before it."""
    value = ctx.lookup("named_event")
    if ctx.published is not None and ctx.published.isoformat() < value:
        return None
    return Normal(value)


@normalizer
def set_month(ctx: Context) -> Normal | None:
    return Normal(f"XXXX-{ctx.lookup('month'):02d}")


@normalizer
def reference(ctx: Context) -> Normal | None:
    return Normal(ctx.lookup("reference"))


@normalizer
def day_offset(ctx: Context) -> Normal | None:
    """today / yesterday / tomorrow / tonight, with an optional part of day ('yesterday morning')."""
    word = ctx.word("day_offset")
    part = "TNI" if word == "tonight" else _part_of_day(ctx)
    mod = EDGE_MOD.get(ctx.word("edge"))
    kind = "TIME" if part else "DATE"
    if ctx.published is None:
        return Normal("PRESENT_REF" if word == "today" and not part else f"XXXX-XX-XX{part}", kind, mod)
    day = ctx.published + timedelta(days=ctx.lookup("day_offset"))
    return Normal(day.isoformat() + part, kind, mod, "published")


@normalizer
def part_of_day(ctx: Context) -> Normal | None:
    relation = ctx.word("rel")
    part = _part_of_day(ctx)
    mod = EDGE_MOD.get(ctx.word("edge"))
    if relation in ("that", "the next", "the following", "the previous"):
        # 'that night', 'the next morning': told of the day the story is on (its last named day)
        step = {"that": 0, "the previous": -1}.get(relation, 1)
        if ctx.reference is not None and ctx.reference[1] == "D":
            return Normal((ctx.reference[0] + timedelta(days=step)).isoformat() + part, mod=mod, anchor="reference")
        if relation == "that" or ctx.published is None:
            return Normal(f"XXXX-XX-XX{part}", mod=mod)
        return Normal((ctx.published + timedelta(days=step)).isoformat() + part, mod=mod, anchor="published")
    if ctx.published is None:
        return Normal(f"XXXX-XX-XX{part}", mod=mod)
    day = ctx.published - timedelta(days=1) if relation == "last" else ctx.published
    return Normal(day.isoformat() + part, mod=mod, anchor="published")


@normalizer
def weekend(ctx: Context) -> Normal | None:
    if ctx.published is None:
        return Normal("XXXX-WXX-WE")
    relation = ctx.word("rel")
    tense = {"last": "past", "this past": "past", "next": "future", "this coming": "future"}.get(relation, ctx.tense)
    return Normal(anchoring.weekend_of(ctx.published, tense), anchor=ctx.anchor)


def weekday_date(published: date, weekday: int, relation: str, tense: str | None) -> date:
    """'last Friday' is strictly before publication, 'next Friday' strictly after, a bare one by tense.
    'last Thursday' written on a Friday is the week before: the day before would be 'yesterday' or
    'on Thursday'."""
    if relation in ("last", "this past", "the previous"):
        back = (published.weekday() - weekday - 1) % 7 + 1
        return published - timedelta(days=back + 7 if back == 1 and relation == "last" else back)
    if relation in ("next", "this coming", "the following"):
        return published + timedelta(days=(weekday - published.weekday() - 1) % 7 + 1)
    if relation == "this":
        return published + timedelta(days=weekday - published.weekday())
    return anchoring.resolve_weekday(published, weekday, tense)


@normalizer
def weekday(ctx: Context) -> Normal | None:
    number = ctx.lookup("weekday")
    part = _part_of_day(ctx)
    kind = "TIME" if part else None
    mod = EDGE_MOD.get(ctx.word("edge"))
    if ctx.published is None:
        return Normal(f"XXXX-WXX-{number + 1}{part}", kind, mod)
    relation = "" if mod else ctx.word("rel")
    day = weekday_date(ctx.published, number, relation, ctx.tense)
    return Normal(day.isoformat() + part, kind, mod, "published" if relation else ctx.anchor)


@normalizer
def clock_time(ctx: Context) -> Normal | None:
    """'10 p.m. Wednesday' -> 1998-02-11T22:00; the day is the weekday/day word, else publication."""
    if ctx.has("named"):
        hour, minute = (12, 0) if ctx.word("named") in ("noon", "midday") else (24, 0)
    else:
        hour, minute = int(ctx.groups["hour"]), int(ctx.groups.get("minute") or 0)
        if hour > 12:
            return None
        pm = ctx.word("ampm").startswith("p")
        hour = (hour % 12) + (12 if pm else 0)
    clock = f"T{hour:02d}:{minute:02d}"
    if ctx.published is None:
        return Normal(f"XXXX-XX-XX{clock}")
    day = ctx.published
    if ctx.has("weekday"):
        day = anchoring.resolve_weekday(ctx.published, ctx.lookup("weekday"), ctx.tense)
    elif ctx.has("dayword"):
        day = ctx.published + timedelta(days=ctx.rules.lookup("day_offset", ctx.groups["dayword"]))
    elif ctx.has("month") and ctx.has("day"):
        month = ctx.lookup("month")
        number = int("".join(ch for ch in ctx.groups["day"] if ch.isdigit()))
        year_value = anchoring.resolve_month_year(ctx.published, month, ctx.tense)
        if not _valid_day(year_value, month, number):
            return None
        day = date(year_value, month, number)
    elif ctx.tense in ("past", None) and ctx.reference is not None and ctx.reference[1] == "D" and ctx.reference[0] < day:
        # "He was shot on Oct. 23 ... at 10 p.m.": a bare hour told in the past is on the day the
        # story is telling of.
        return Normal(ctx.reference[0].isoformat() + clock, anchor="reference")
    return Normal(day.isoformat() + clock, anchor=ctx.anchor)
