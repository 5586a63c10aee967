"""What a well-formed TIMEX3 value looks like (TimeML 1.2.1 / TIDES), so the component can refuse
to write a malformed one and tests can check every output."""

from __future__ import annotations

import re

_NUMBER = r"(?:\d+(?:\.\d+)?|X)"
_YEAR = r"(?:\d{4}|\d{3}|\d{2}|\d{3}X|\d{2}XX|XXXX|XXX|XX|XX\d)"
_CALENDAR = (
    rf"{_YEAR}"
    r"(?:-(?:\d{2}|XX)(?:-(?:\d{2}|XX))?|-Q[1-4X]|-H[12X]|-(?:SP|SU|FA|WI)|-W(?:\d{2}|XX)(?:-(?:[1-7]|WE))?)?"
    r"(?:T(?:\d{2}(?::\d{2}(?::\d{2})?)?|MO|AF|EV|NI|DT))?"
)
_DURATION = rf"P(?:{_NUMBER}(?:Y|M|W|D|Q|DE|CE|ML|L|E|C))*(?:T(?:{_NUMBER}(?:H|M|S))+)?"
_REFERENCE = r"PRESENT_REF|PAST_REF|FUTURE_REF"

VALUE_PATTERNS: dict[str, re.Pattern[str]] = {
    "DATE": re.compile(rf"(?:{_REFERENCE}|{_CALENDAR})"),
    "TIME": re.compile(rf"(?:{_REFERENCE}|{_CALENDAR})"),
    "DURATION": re.compile(_DURATION),
    "SET": re.compile(rf"(?:{_DURATION}|{_CALENDAR})"),
}
MODS = {
    "START", "MID", "END", "APPROX", "MORE_THAN", "LESS_THAN", "EQUAL_OR_MORE", "EQUAL_OR_LESS",
    "BEFORE", "AFTER", "ON_OR_BEFORE", "ON_OR_AFTER",
}


def is_valid(kind: str, value: str, mod: str | None = None) -> bool:
    """True when value is a TIMEX3 value of that type (and mod, if any, a TIMEX3 mod)."""
    pattern = VALUE_PATTERNS.get(kind)
    if pattern is None or not pattern.fullmatch(value or "") or value in ("P", "PT"):
        return False
    return mod is None or mod in MODS
