"""Numbers as they appear in temporal expressions: digits, words ("twenty-four"), vague ("several").

Vague quantities return None, which the normalizers write as TIMEX3 'X' ("several years" -> PXY).
"""

from __future__ import annotations

import re
from fractions import Fraction

UNITS = {
    "zero": 0, "a": 1, "an": 1, "one": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "couple": 2, "a couple of": 2, "couple of": 2, "dozen": 12, "a dozen": 12,
    "half a": Fraction(1, 2), "half": Fraction(1, 2),
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
SCALES = {"hundred": 100, "thousand": 1000}
VAGUE = {"few", "a few", "several", "many", "some", "numerous", "couple of", "the", "multiple", "a number of"}

_SPLIT = re.compile(r"[\s-]+")


def word_number_pattern() -> str:
    """Regex for number words up to the thousands, longest alternatives first."""
    units = sorted((u for u in UNITS if " " not in u), key=len, reverse=True)
    tens = "|".join(TENS)
    unit = "|".join(units)
    simple = rf"(?:(?:{tens})(?:[\s-](?:{unit}))?|{unit})"
    return rf"(?:{simple}(?:[\s-](?:hundred|thousand)(?:[\s-](?:and[\s-])?{simple})?)?)"


def parse_number(text: str) -> Fraction | int | None:
    """'twenty-four' -> 24, '2 1/2' -> 5/2, '1,500' -> 1500, 'several' -> None (vague)."""
    text = text.strip().lower()
    if text in VAGUE or not text:
        return None
    if text in UNITS:
        return UNITS[text]
    digits = re.fullmatch(r"(\d[\d,]*)(?:\.(\d+))?(?:\s+(\d+)/(\d+))?", text)
    if digits:
        whole = int(digits.group(1).replace(",", ""))
        if digits.group(2):
            return Fraction(f"{whole}.{digits.group(2)}")
        if digits.group(3):
            return whole + Fraction(int(digits.group(3)), int(digits.group(4)))
        return whole
    total, current = 0, 0
    for word in _SPLIT.split(text):
        if word == "and":
            continue
        if word in TENS:
            current += TENS[word]
        elif word in UNITS and isinstance(UNITS[word], int):
            current += UNITS[word]
        elif word in SCALES:
            current = max(current, 1) * SCALES[word]
            if SCALES[word] == 1000:
                total, current = total + current, 0
        else:
            return None
    return total + current


def spelled_year(text: str) -> int | None:
    """'nineteen ninety-six' -> 1996, 'two thousand' -> 2000, 'two thousand and one' -> 2001."""
    words = _SPLIT.split(text.strip().lower())
    if len(words) >= 2 and (words[0] in UNITS or words[0] in TENS) and words[1] not in SCALES:
        century = parse_number(words[0])
        rest = parse_number(" ".join(words[1:]))
        if isinstance(century, int) and isinstance(rest, int) and 10 <= century <= 20 and 10 <= rest < 100:
            return century * 100 + rest
    value = parse_number(text)
    return value if isinstance(value, int) and 1000 <= value <= 2999 else None
