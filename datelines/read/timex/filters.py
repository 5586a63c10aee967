"""Filters: checks on the parsed context that a regex alone cannot make ("May" the modal verb,
"2000 people", "a daily newspaper"). A rule lists the filters it needs; each returns True to keep.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Span

from datelines.read.timex.rules import RuleSet

Filter = Callable[[Span, re.Match, RuleSet], bool]
FILTERS: dict[str, Filter] = {}

NOT_YEAR_ENTITIES = {"MONEY", "PERCENT", "QUANTITY"}
CURRENCY = {"$", "€", "£", "¥", "us$"}
MEASURE_AFTER = {
    "%", "percent", "per", "km", "kilometers", "kilometres", "miles", "meters", "metres", "feet", "tons", "tonnes",
    # a 24-hour clock ("at 1800 GMT", "2000 hours") is a time of day, not a year
    "gmt", "utc", "est", "edt", "cst", "cdt", "pst", "pdt", "hours", "hrs", "local",
}
QUANTITY_WORDS = {"twice", "once", "thrice", "times", "percent", "%"}
RELATIVE_SIGNALS = {"after", "before", "afterward", "afterwards", "thereafter", "beforehand"}
# Words before a month name that make it the month even where a person of that name is in the story.
# Words before a month's possessive that keep it a month: "last May's election", "since May's vote".
POSSESSED_MONTH_SIGNALS = {"last", "next", "this", "early", "late", "mid", "since", "in", "during", "until"}
MONTH_SIGNALS = {
    "in", "on", "by", "since", "until", "till", "from", "to", "of", "through", "before", "after", "during",
    "last", "next", "this", "early", "late", "mid", "mid-", "end", "between", "and", "or", "as", "-",
}
TIME_NOUNS = {"year", "years", "month", "months", "week", "weeks", "day", "days", "quarter", "quarters"}


def span_filter(function: Filter) -> Filter:
    FILTERS[function.__name__] = function
    return function


def _before(span: Span, count: int = 1):
    doc = span.doc
    sentence_start = span.sent.start if doc.has_annotation("DEP") or doc.has_annotation("SENT_START") else 0
    start = max(sentence_start, span.start - count)
    return span.doc[start : span.start]


def _after(span: Span):
    return span.doc[span.end] if span.end < len(span.doc) else None


@span_filter
def season_not_downfall(span: Span, match: re.Match, rules: RuleSet) -> bool:
    """'the fall of the Assad regime', 'the fall of Bukavu': a downfall, not the autumn (a year after 'of'
    is the season_with_year rule's)."""
    following = _after(span)
    return not (span[-1].lower_ == "fall" and following is not None and following.lower_ == "of")


# 'the March for Life', 'a march on Washington': the noun 'march' (a procession), not the month.
MARCH_NOUN_BEFORE = {"the", "a", "an", "annual", "this", "that", "their", "his", "her", "its", "our", "long", "silent"}
MARCH_NOUN_AFTER = {"for", "on", "against", "to", "from", "through", "of"}
MARCHING_PEOPLE = {"women", "people", "peoples", "workers", "farmers", "students", "veterans", "mothers", "youth"}


@span_filter
def month_not_verb(span: Span, match: re.Match, rules: RuleSet) -> bool:
    """'May' and 'March' are also a modal and a verb; a month name here is a noun."""
    month = span.char_span(match.start("month") - span.start_char, match.end("month") - span.start_char, alignment_mode="expand")
    token = month.root if month is not None else span.root
    if token.tag_ in {"MD", "VB", "VBP", "VBZ", "VBD", "VBG"}:
        return False
    if token.lower_ == "march" and len(span) == 1:
        doc = token.doc
        before = doc[token.i - 1].lower_ if token.i > 0 else ""
        after = doc[token.i + 1].lower_ if token.i + 1 < len(doc) else ""
        if before in MARCH_NOUN_BEFORE and after in MARCH_NOUN_AFTER:
            return False
        owner = doc[token.i - 2] if token.i > 1 else None
        if doc[token.i - 1].tag_ == "POS" and owner is not None and owner.is_title and owner.lower_ in MARCHING_PEOPLE:
            return False  # "the Women's March", "the People's March": a procession by name
    return not _surname(token, rules)


def _surname(token, rules: RuleSet) -> bool:
    """'Theresa May', 'Mrs. May', 'Prime Minister May': a month name right after a name or a title
    is a surname, unless a day or a year follows ('Independence Day July 4')."""
    if token.ent_type_ == "PERSON":
        return True
    doc = token.doc
    before = doc[token.i - 1] if token.i > token.sent.start else None
    after = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if after is not None and after.like_num:
        return False
    if after is not None and after.tag_ == "POS" and (before is None or before.lower_ not in POSSESSED_MONTH_SIGNALS):
        return True  # "May's Brexit deal": the prime minister's (but "last May's election")
    if before is not None and before.pos_ == "PROPN" and before.is_title and not _calendar_word(before, rules):
        return True
    # "Theresa May said ... May told parliament": once the story names a person so, the bare word
    # with no temporal preposition or modifier before it is her.
    named = any(e.label_ == "PERSON" and len(e) > 1 and e[-1].lower_ == token.lower_ for e in doc.ents)
    return named and (before is None or before.lower_ not in MONTH_SIGNALS)


def _calendar_word(token, rules: RuleSet) -> bool:
    word = token.lower_.rstrip(".")
    return word in rules.lexicon["month"] or word in rules.lexicon["weekday"]


@span_filter
def not_a_quantity(span: Span, match: re.Match, rules: RuleSet) -> bool:
    """A four-digit number is a year unless it is money, a percentage or a count of things."""
    if any(token.ent_type_ in NOT_YEAR_ENTITIES for token in span):
        return False
    before = _before(span)
    if len(before) and (before[-1].lower_ in CURRENCY or before[-1].like_num):
        return False
    if len(before) and before[-1].pos_ == "PROPN" and before[-1].is_title and not _calendar_word(before[-1], rules):
        return False  # a name with a number: "Orion 1980", "Expo 2000"
    following = _after(span)
    if following is None:
        return True
    if following.lower_ in MEASURE_AFTER or following.like_num:
        return False
    number = int(match.group("year"))
    # "2000 people": a round number counting a plural noun; "1996 elections" stays a year.
    return not (following.tag_ == "NNS" and following.lower_ not in TIME_NOUNS and number % 100 == 0)


@span_filter
def period_needs_modifier(span: Span, match: re.Match, rules: RuleSet) -> bool:
    """'the period' alone is too vague; 'the quarter' or 'the latest period' name a reporting period."""
    if match.group("period").lower() == "quarter":
        return not (_after(span) is not None and _after(span).lower_ == "of")
    return len(span) > 2


@span_filter
def offset_not_clause(span: Span, match: re.Match, rules: RuleSet) -> bool:
    """'two years before the war' counts from the war, not from publication: leave that to durations."""
    direction = match.group("direction").lower()
    following = _after(span)
    if following is None:
        return True
    if direction in ("before", "after"):
        return following.is_punct or following.pos_ == "CCONJ"
    return following.lower_ != "than"


def _follows_quantity(span: Span) -> bool:
    """The word before is an amount ('$5 million', '358,000', 'twice') or a counted noun
    ('four flights', '700 seats')."""
    before = _before(span, 1)
    if not len(before):
        return False
    previous = before[-1]
    if previous.lower_ in QUANTITY_WORDS or previous.like_num or previous.lower_ in CURRENCY:
        return True
    return any(child.dep_ == "nummod" or child.like_num for child in previous.children)


@span_filter
def after_quantity(span: Span, match: re.Match, rules: RuleSet) -> bool:
    """'a year' is a rate (SET) only after an amount: '$5 million a year', 'twice a day'."""
    return _follows_quantity(span)


@span_filter
def duration_not_rate(span: Span, match: re.Match, rules: RuleSet) -> bool:
    number = (match.group("num") or "").lower()
    if number in ("a", "an") and match.group(0).lower().endswith("long"):
        return False  # 'a day-long session': the article is the session's (the long_period rule)
    return not (number in ("a", "an") and _follows_quantity(span) and span.start_char == match.start("num"))


@span_filter
def set_adverb_is_adverb(span: Span, match: re.Match, rules: RuleSet) -> bool:
    """'meets weekly' is a SET; 'a weekly magazine' is not a time at all."""
    return span.root.pos_ == "ADV" or span.root.lower_ in {"annually", "yearly", "hourly"}


@span_filter
def reference_word_sense(span: Span, match: re.Match, rules: RuleSet) -> bool:
    """'the past' / 'the future' as a noun phrase head, not 'the future king'; 'as soon as' is a
    conjunction unless it ends in 'possible'; 'soon after X' / 'shortly before X' lean on X."""
    following = _after(span)
    before = _before(span)
    if span.text.lower() == "now" and not _now_is_time(span):
        return False
    if span.text.lower() == "soon" and len(before) and before[-1].lower_ == "as" and following is not None:
        after_as = span.doc[following.i + 1] if following.i + 1 < len(span.doc) else None
        return following.lower_ == "as" and after_as is not None and after_as.lower_ == "possible"
    if span.text.lower() == "one day":
        return _someday(span)
    if span.text.lower() in ("soon", "shortly") and following is not None and following.lower_ in RELATIVE_SIGNALS:
        return False  # 'soon after the attack' counts from the attack: a signal, not a time of its own
    if span.text.lower().endswith(("past", "future", "term")) and following is not None:
        return following.pos_ not in {"NOUN", "PROPN", "ADJ"}
    return True


def _now_is_time(span: Span) -> bool:
    """'Now,' opening a sentence ('Now, he says, ...') is a discourse connective; 'now' elsewhere
    ('is now', 'Now officials are ...', 'until now') is the present."""
    doc = span.doc
    sentence_start = span.sent.start if doc.has_annotation("DEP") or doc.has_annotation("SENT_START") else 0
    opening = doc[sentence_start : span.start]
    following = _after(span)
    at_start = all(_punctuation(token) or token.is_space for token in opening)
    return not (at_start and following is not None and following.text == ",")


def _punctuation(token) -> bool:
    """Punctuation, counting the typewriter quotes of wire copy (``, '') that spaCy does not flag."""
    return token.is_punct or token.pos_ == "PUNCT" or token.tag_ in {"``", "''"}


def _someday(span: Span) -> bool:
    """'he will one day be president', 'hoped he one day follow': 'one day' as 'some day in the
    future' sits after a modal or right before a bare verb."""
    if span.text.lower().split() != ["one", "day"]:
        return False
    before = _before(span)
    following = _after(span)
    after_modal = len(before) and before[-1].tag_ == "MD"
    before_verb = following is not None and following.tag_ in {"VB", "VBP"}
    return bool(after_modal or before_verb)


@span_filter
def not_someday(span: Span, match: re.Match, rules: RuleSet) -> bool:
    """A duration 'one day' unless it means 'some day' (left to the reference rule)."""
    return not _someday(span)


@span_filter
def plural_form(span: Span, match: re.Match, rules: RuleSet) -> bool:
    """'Tuesdays', 'Tuesday nights' repeat; 'Tuesday night' is one night (left to the weekday rule)."""
    return match.group(0).lower().endswith("s")


@span_filter
def duration_not_year(span: Span, match: re.Match, rules: RuleSet) -> bool:
    """'the 1988 quarter' names a year's quarter, not 1,988 quarters."""
    return not re.fullmatch(r"1[5-9]\d\d|20\d\d", match.group("num") or "")


@span_filter
def duration_not_age(span: Span, match: re.Match, rules: RuleSet) -> bool:
    """'Smith, 52 years old': a person's age is not a time of the story."""
    # match.string is the doc's text; span.doc.text would rebuild it from every token
    if re.match(r"-?old\b", match.string[match.end() : match.end() + 5], re.IGNORECASE):
        return False  # 'a 6-year-old': the age rule decides
    following = _after(span)
    return following is None or following.lower_ != "old"


# Nouns for people: an age in front of one ("a 6-year-old boy") is a person's age.
PERSON_NOUNS = {
    "boy", "girl", "child", "kid", "baby", "infant", "toddler", "teenager", "teen", "youth", "youngster",
    "son", "daughter", "father", "mother", "brother", "sister", "husband", "wife", "widow", "widower",
    "grandfather", "grandmother", "grandson", "granddaughter", "nephew", "niece", "cousin", "uncle", "aunt",
    "parent", "man", "woman", "person", "people", "guy", "lady", "gentleman", "victim", "suspect",
    "student", "pupil", "doctor", "nurse", "officer", "soldier", "driver", "worker", "employee", "farmer",
    "leader", "member", "resident", "native", "immigrant", "refugee", "rafter", "survivor", "patient",
    "prisoner", "defendant", "gunman", "bomber", "protester", "protestor", "activist", "militant",
    "rebel", "fighter", "player", "athlete", "actor", "actress", "singer", "writer", "author", "veteran",
    "official", "executive", "owner", "director", "president", "chairman", "lawyer", "attorney",
    "judge", "priest", "pilot", "journalist", "reporter", "photographer", "teacher", "professor",
    "mayor", "senator", "minister", "king", "queen", "prince", "princess", "heir", "friend", "neighbor",
    "neighbour", "girlfriend", "boyfriend", "fiancee", "fiance", "orphan", "twin", "twins", "mom", "dad",
}
PERSON_SUFFIXES = ("man", "woman", "ist", "ian", "person")


def _person_noun(token) -> bool:
    if token.ent_type_ in ("PERSON", "NORP") or any(child.ent_type_ == "PERSON" for child in token.children):
        return True  # a name, or a nationality as a noun ('the 6-year-old Cuban')
    if token.dep_ == "appos" and token.head.ent_type_ == "PERSON":  # "Kopp, a 44-year-old protester"
        return True
    lemma = token.lemma_.lower()
    return lemma in PERSON_NOUNS or token.lower_ in PERSON_NOUNS or lemma.endswith(PERSON_SUFFIXES)


@span_filter
def age_not_of_person(span: Span, match: re.Match, rules: RuleSet) -> bool:
    """A person's age ('a 6-year-old boy', '6-year-old Elian', 'the 44-year-old protester', 'a
    6-year-old' standing alone) is not a time of the story, and TimeML leaves it untagged; the age
    of a thing ('Syria's seven-year-old civil war') dates it and is kept."""
    root = span.root
    if root.dep_ not in ("amod", "compound", "nmod") or root.head.i < span.end or root.head.pos_ not in ("NOUN", "PROPN"):
        return False  # the age is itself the noun: 'the 6-year-old', 'a 6-year-old'
    return not _person_noun(root.head)


# Nouns after "today's" that make it "nowadays": 'today's world', 'today's youth', 'in today's dollars'.
GENERIC_AFTER_TODAY = {
    "world", "society", "youth", "young", "generation", "generations", "children", "kids", "youngsters",
    "teenagers", "students", "families", "women", "men", "computers", "technology", "technologies",
    "economy", "culture", "standards", "terms", "dollars", "prices", "market", "markets", "politics",
    "media", "era", "age", "life", "lifestyle", "environment", "climate", "reality", "realities",
}


@span_filter
def day_not_generic(span: Span, match: re.Match, rules: RuleSet) -> bool:
    """'today's world', 'the people of tomorrow': 'today' and 'tomorrow' as 'nowadays' and 'the
    future', not as days. 'today's editions', 'tomorrow's vote' are days."""
    if len(span) != 1 or span[0].lower_ not in ("today", "tomorrow"):
        return True
    doc = span.doc
    following = _after(span)
    if following is not None and following.lower_ in ("'s", "’s"):
        nouns = [token for token in doc[following.i + 1 : following.i + 4] if token.pos_ in ("NOUN", "PROPN", "ADJ")]
        head = next((token for token in nouns if token.pos_ == "NOUN"), None)
        return head is None or head.lower_ not in GENERIC_AFTER_TODAY
    before = _before(span)
    if span[0].lower_ == "tomorrow" and len(before) and before[-1].lower_ == "of":
        return not (following is None or _punctuation(following))  # 'the people of tomorrow.'
    return True


@span_filter
def holiday_capitalized(span: Span, match: re.Match, rules: RuleSet) -> bool:
    """Holiday names are capitalized in news: 'Election Day', not a generic 'election day'."""
    name = match.group("holiday")
    return all(word[0].isupper() for word in name.split() if word[0].isalpha())


@span_filter
def duration_not_fraction(span: Span, match: re.Match, rules: RuleSet) -> bool:
    """'three-quarters of its food', 'a quarter of the market', 'a second group' are not times."""
    unit = match.group("unit").lower()
    following = _after(span)
    if following is None:
        return True
    if unit.startswith("quarter") and following.lower_ == "of":
        return False
    number = (match.group("num") or "").lower()
    return not (unit == "second" and number in ("a", "the") and following.pos_ in {"NOUN", "PROPN", "ADJ"})


@span_filter
def not_a_title(span: Span, match: re.Match, rules: RuleSet) -> bool:
    """'ABC's "This Week"', 'VOA Today': every word capitalized inside a sentence is a name."""
    before = _before(span, 3)
    at_sentence_start = all(_punctuation(token) or token.is_space for token in before)
    return at_sentence_start or not all(token.is_title for token in span)


NOT_PRESENT_AFTER = {"account", "accounts", "affairs", "events", "flow", "flows"}


@span_filter
def adjective_present(span: Span, match: re.Match, rules: RuleSet) -> bool:
    """'current' is the present only as an adjective before a noun: not the river's current, not
    the current account (an economic term), not 'the then current price' (a past present)."""
    following = _after(span)
    before = _before(span)
    if following is None or following.lower_ in NOT_PRESENT_AFTER:
        return False
    if len(before) and before[-1].lower_ == "then":
        return False
    return span.root.pos_ == "ADJ" and following.pos_ in {"NOUN", "PROPN", "ADJ", "NUM"}
