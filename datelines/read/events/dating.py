"""Date an event by the text, not by the publication day.

The timex attached to the predicate's clause through the tree wins; else the sentence's nearest
dated timex; else the publication date, marked date_source="publication". Durations and sets
("for 30 years", "annually") say how long or how often, not when, so they never date an event.
Between the sentence's timex and publication come two narrative anchors: 'minutes/hours later'
keeps the previous sentence's day, and a sequel to a day-dated 'after/before' clause falls in
that clause's month.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from spacy.tokens import Span, Token

from datelines.model import Event
from datelines.read.events.predicates import Predicate, acts_as_verb
from datelines.read.paragraphs import goes_on_line
from datelines.read.timex.numbers import parse_number
from datelines.read.timex.tense import clause_tense, perfect

DATING_TYPES = {"DATE", "TIME"}
DAY = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
MONTH = re.compile(r"^(\d{4})-(\d{2})$")
WEEK = re.compile(r"^(\d{4})-W(\d{2})")
SEASON_OR_QUARTER = re.compile(r"^(\d{4})-(SP|SU|FA|WI|Q\d|H\d)$")
YEAR = re.compile(r"^(\d{4})$")
DECADE = re.compile(r"^(\d{3})X?$")


@dataclass(frozen=True)
class EventDate:
    date: str
    precision: str  # day | month | year | decade
    date_source: str  # text | publication
    timex: Span | None = None

    def start(self) -> date:
        """The first day the date covers, for comparing with the publication date."""
        parts = self.date.split("-")
        if self.precision == "decade":
            return date(int(parts[0]) * 10, 1, 1)
        return date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 1, int(parts[2]) if len(parts) > 2 else 1)


def date_from_value(value: str | None) -> tuple[str, str] | None:
    """TIMEX3 value -> (ISO prefix, precision); None for values that name no calendar time."""
    if not value:
        return None
    if match := DAY.match(value):
        return "-".join(match.groups()), "day"
    if match := MONTH.match(value):
        return value, "month"
    if match := WEEK.match(value):
        monday = date.fromisocalendar(int(match[1]), int(match[2]), 1) if 1 <= int(match[2]) <= 53 else None
        # a week's month is its Thursday's; a weekend's ("2026-W31-WE") its Saturday's
        middle = 5 if value.endswith("-WE") else 3
        return (f"{monday + timedelta(days=middle):%Y-%m}", "month") if monday else None
    if match := SEASON_OR_QUARTER.match(value):
        return match[1], "year"
    if match := YEAR.match(value):
        return value, "year"
    if match := DECADE.match(value):
        return match[1], "decade"
    return None


# "freezing relations until the summer of 2016": the end of a state, not when its event happened.
END_PREPOSITIONS = {"until", "till"}
# "extended the lockdown to May 1", "postponed the vote to March": with these verbs "to" and "through"
# also give the end of a span (or the new date), not when the act was done.
RESCHEDULING_VERBS = {"extend", "prolong", "postpone", "delay", "defer", "push", "move", "lengthen", "reschedule"}


def _end_of_span(timex: Span) -> bool:
    prep = timex.root.head
    if timex.root.dep_ != "pobj":
        return False
    return prep.lower_ in END_PREPOSITIONS or (
        prep.lower_ in {"to", "through"} and prep.head.lemma_.lower() in RESCHEDULING_VERBS)


def _timex_date(timex: Span) -> EventDate:
    """The date a dating timex (one _dating_timexes keeps) gives an act."""
    value, precision = date_from_value(timex._.timex_value)  # type: ignore[misc]
    return EventDate(value, precision, "text", timex)


def _lower_bound(timex: Span) -> bool:
    """'entered Kherson for the first time since 2022', 'the deadliest attack since 2015': a time after
    'since' that bounds a comparison or a one-off act is no date of it. (A state that began then and
    still holds, 'has been detained since March', keeps it.)"""
    since = timex.doc[timex.start - 1] if timex.start > 0 else None
    inside = since is None or since.lower_ != "since"
    if inside:
        # ("are killed in the heaviest exchange of fire since the ceasefire almost four months ago": a time
        # inside the phrase dates what the phrase names, not the act)
        since = next((a for a in list(timex.root.ancestors)[:6] if a.lower_ == "since" and a.dep_ == "prep"), None)
    if since is None:
        return False
    head = since.head
    if head.pos_ in {"NOUN", "ADJ"}:
        return True
    return (head.tag_ == "VBD" or (inside and head.tag_ in {"VBN", "VBZ", "VBP"})) and not perfect(head)


def _dating_timexes(sent: Span) -> list[Span]:
    spans = sent.doc.spans.get("timex", [])
    return [t for t in spans if sent.start <= t.start < sent.end and t._.timex_type in DATING_TYPES
            and date_from_value(t._.timex_value) is not None
            and not _end_of_span(t) and not _lower_bound(t)]


def _clause_head(token: Token) -> Token:
    """The nearest verb at or above the token (or an after/before clause the tagger gave no verb): the
    clause it belongs to."""
    current = token
    for _ in range(30):
        if acts_as_verb(current) or current.pos_ == "AUX" or current.head.i == current.i or _temporal_marker(current):
            return current
        current = current.head
    return current


def _governor(timex: Span) -> Token:
    return _clause_head(timex.root.head if timex.root.head.i != timex.root.i else timex.root)


def tree_distance(a: Token, b: Token) -> int:
    path_a = [a, *a.ancestors]
    depth = {t.i: n for n, t in enumerate(path_a)}
    for n, t in enumerate([b, *b.ancestors]):
        if t.i in depth:
            return n + depth[t.i]
    return 100 + abs(a.i - b.i)


def _attached(timex: Span, pred: Predicate) -> bool:
    """Does the timex modify the predicate's own clause (or the event noun directly)?"""
    heads = {pred.token.i, pred.anchor.i, _clause_head(pred.anchor).i}
    stranded = _stranded_from_relative(timex) or _stranded_from_apposition(timex)
    if stranded is not None:
        return stranded.i in heads
    for token in timex.root.ancestors:
        if token.i in heads:
            return True
        if acts_as_verb(token) or token.pos_ == "AUX" or _temporal_marker(token):
            # "a visit planned for Wednesday": a participle clause on the event noun dates the noun
            return token.dep_ in {"acl", "relcl"} and token.head.i == pred.token.i
    return False


def dated_in_own_clause(when: EventDate, pred: Predicate) -> bool:
    """Was the date read from a time on the predicate's own clause or noun (not a reporting frame's)?"""
    return when.timex is not None and _attached(when.timex, pred)


def _path_up(low: Token, high: Token) -> list[Token] | None:
    """The tokens from `low` up to, not including, its ancestor `high`; None when `high` is not
    `low` itself or one of its ancestors. The three tests below read the path between the timex's
    clause and the predicate's."""
    path = []
    node = low
    while node.i != high.i:
        if node.head.i == node.i:  # the root; spaCy makes a new Token per access, so no `is`
            return None
        path.append(node)
        node = node.head
    return path


def _embedded_elsewhere(timex: Span, pred: Predicate) -> bool:
    """A timex inside a clause embedded under the predicate dates that clause's event, not this one:
    'Moscow blamed Kiev, saying ... Ukraine had resumed its operation in late June'. A clause with no
    subject and no tense of its own ('convicted of conspiracy to transport a stolen car ... in 2007')
    tells what the predicate's event was about, and the time at its end is the predicate's."""
    path = _path_up(_governor(timex), _clause_head(pred.anchor))
    if path and _after_comma(timex):  # "convicted of corruption, stemming from his years as mayor, in 2011"
        path = [node for node in path if not _participle_aside(node)]
    # "will recognize Palestine starting September": a participle that only frames the time is the act's own
    path = [node for node in path or [] if not (_participle_aside(node) and node.lemma_.lower() in FRAMING_PARTICIPLES)]
    return bool(path) and any(_own_clause(node) for node in path)


FRAMING_PARTICIPLES = {"start", "begin", "effective"}


def _after_comma(timex: Span) -> bool:
    """A time set off by a comma at the end of a sentence ("..., in 2011.")."""
    start = timex.start - 1 if timex.start > 0 and timex.doc[timex.start - 1].dep_ == "prep" else timex.start
    return start > 0 and timex.doc[start - 1].text == "," and timex.end >= timex.sent.end - 1


def _participle_aside(token: Token) -> bool:
    """A subjectless participle clause ("stemming from ...") that describes the main act."""
    return token.dep_ == "advcl" and token.tag_ in {"VBG", "VBN"} and not any(c.dep_.startswith("nsubj") for c in token.children)


STAND_INS = {"one", "ones", "that", "those"}  # ("earlier agreements, such as one signed in 2005": the act itself)


def _stranded_from_relative(timex: Span) -> Token | None:
    """'Mahdi, who killed three people, in July 2004, is executed': a time the parser hung on a noun right
    after the noun's relative clause ends belongs to that clause."""
    prep = timex.root.head
    if prep.dep_ != "prep" or timex.root.dep_ != "pobj" or prep.head.pos_ not in {"NOUN", "PROPN"}:
        return None
    return next((r for r in prep.head.children if r.dep_ == "relcl" and r.i < prep.i
                 and prep.i - r.right_edge.i <= 2), None)


def _stranded_from_apposition(timex: Span) -> Token | None:
    """'Kyle Clifford, the perpetrator of the killings in Bushey, in 2024, pleads guilty': a time the parser
    hung on a subject right after the subject's apposition ends belongs to the apposition."""
    prep = timex.root.head
    if prep.dep_ != "prep" or timex.root.dep_ != "pobj" or prep.head.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    return next((a for a in prep.head.children if a.dep_ == "appos" and a.i < prep.i
                 and prep.i - a.right_edge.i <= 2), None)


def _in_other_relative_clause(timex: Span, pred: Predicate) -> bool:
    """'She spoke about her husband, who was arrested in May, and promised new elections': a time
    inside a relative clause dates that clause, never an act outside it."""
    inside = {pred.token.i, pred.anchor.i, *(t.i for t in pred.anchor.ancestors)}
    stranded = _stranded_from_relative(timex) or _stranded_from_apposition(timex)
    if stranded is not None:
        return stranded.i not in inside
    for token in [timex.root, *timex.root.ancestors]:
        if token.dep_ == "relcl":
            return token.i not in inside
        if token.dep_ == "appos" and token.i != timex.root.i and token.head.pos_ in {"NOUN", "PROPN"}:
            # "Kyle Clifford, the perpetrator of the killings in 2024, pleads guilty": an apposition tells
            # who a noun is, and its time is not the clause's
            return token.i not in inside
        if (token.dep_ == "acl" and token.tag_ == "VBN" and token.doc[token.i - 1].text != ","
                and token.head.lower_ not in STAND_INS):
            # (and a restrictive participle's: "agree to resume flights suspended since 2020 and boost
            # investment", unless it describes the act or what the act hangs on: "an agreement signed in
            # 2020", "the comments made yesterday, where he accused ..."; a participle set off by commas,
            # "its promise, made in 2013, to ensure ...", tells the time of the whole story it is in)
            return token.head.i not in inside
    return False


# Verbs of a relative clause that only says when its noun happened ("a bombing that happened on June 27").
OCCURRENCE_VERBS = {"happen", "occur", "take", "unfold"}


def _occasion_timex(timexes: list[Span], pred: Predicate) -> Span | None:
    """'two people were killed and eight injured in a suicide bombing that happened on June 27': the
    relative clause dates its noun, and acts told as done in or during that noun (by the clause or a
    verb joined to it) were done then too."""
    own = _clause_head(pred.anchor)
    clauses = {pred.token.i, pred.anchor.i, own.i, *(c.i for c in own.conjuncts)}
    for timex in timexes:
        relative = next((t for t in timex.root.ancestors if t.dep_ == "relcl"), None)
        noun = relative.head if relative is not None else None
        if (noun is not None and relative.lemma_.lower() in OCCURRENCE_VERBS and noun.dep_ == "pobj"
                and noun.head.lower_ in FRAME_PREPOSITIONS and noun.head.head.i in clauses
                and acts_as_verb(noun.head.head)):  # (not 'charges in murders that occurred in 2005')
            return timex
    return None


def _own_clause(token: Token) -> bool:
    """A clause with a time of its own. Not one that only describes a noun of the predicate's own
    clause: an infinitive on a noun ('conspiracy to transport') or an -ing form after 'of' ('charges
    of obstructing'), nor a subjectless conjunct of one ('conspiracy to transport a car and tampering
    with its number in 2007')."""
    if _temporal_marker(token):
        return True  # "after the latter calls for elections on 30 May": a clause the tagger gave no verb
    if not (acts_as_verb(token) or token.pos_ == "AUX"):
        return False
    while token.dep_ == "conj" and token.head.i != token.i and not any(c.dep_.startswith("nsubj") for c in token.children):
        token = token.head
    describes_noun = token.dep_ == "acl" and token.tag_ == "VB" and any(c.lower_ == "to" for c in token.children)
    of_gerund = token.dep_ == "pcomp" and token.tag_ == "VBG" and token.head.lower_ == "of"
    return not (describes_noun or of_gerund)


def _in_coordinate(timex: Span, pred: Predicate) -> bool:
    """The timex dates a verb coordinated with the predicate's ('went on strike and clashed ... on
    Thursday'). Only a clause that 'a day after' hangs on borrows it: coordinated verbs in general
    need not share a time ('fought for years ... and captured the town in March')."""
    path = _path_up(_governor(timex), _clause_head(pred.anchor))
    return path is not None and all(node.dep_ == "conj" for node in path)


# Subordinators that put their clause at another time than the clause above it.
TEMPORAL_SUBORDINATORS = {"after", "before", "since", "until", "till"}


def _temporal_marker(head: Token) -> str | None:
    """'after' in 'after Turkey shot down a jet' (mark) or 'after shooting down a jet' (pcomp)."""
    for child in head.children:
        if child.dep_ == "mark" and child.lower_ in TEMPORAL_SUBORDINATORS:
            return child.lower_
    if head.dep_ == "pcomp" and head.head.lower_ in TEMPORAL_SUBORDINATORS:
        return head.head.lower_
    return None


def _above_temporal_boundary(timex: Span, pred: Predicate) -> bool:
    """A timex of a clause above an 'after/before/since...' clause dates that clause, not the events
    inside it: in 'he became ambassador in 2013 and worked to repair ties after Turkey shot down a
    jet', 2013 is not when the jet was shot down."""
    path = _path_up(_clause_head(pred.anchor), _governor(timex))
    if not path:
        return False
    # News keeps a day's sequence in one sentence ("broke off relations on Wednesday, after
    # Washington recognised Guaido"): a day still dates an after/before clause; a month or a year
    # does not, and nothing dates a since/until clause from above.
    by_day = (date_from_value(timex._.timex_value) or ("", ""))[1] == "day"
    markers = (_temporal_marker(node) for node in path)
    return any(m and (not by_day or m not in {"after", "before"}) for m in markers)


RELATIVE_MARKERS = {"after", "before"}
MEASURE = re.compile(r"^P(T?)(\d+|X)(H|D|W|M|Y)$")
MEASURE_WORDS = {"hour": "H", "hours": "H", "minute": "H", "minutes": "H", "day": "D", "days": "D",
                 "week": "W", "weeks": "W", "month": "M", "months": "M", "year": "Y", "years": "Y"}


def _measure_of(token: Token) -> tuple[int, str] | None:
    """'two days' -> (2, 'D'), 'hours' -> (0, 'H'): the measure phrase a relative clause is offset by."""
    for timex in token.doc.spans.get("timex", []):
        match = MEASURE.match(timex._.timex_value or "") if timex.start <= token.i < timex.end else None
        if match:
            if match[1]:  # PT5H: hours or minutes after, the same day
                return 0, "H"
            return (int(match[2]) if match[2] != "X" else 0), match[3]
    unit = MEASURE_WORDS.get(token.lower_)
    if unit is None:
        return None
    count = 1
    for child in token.children:
        if child.dep_ == "nummod" and child.like_num:
            try:
                count = int(child.text)
            except ValueError:
                count = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "ten": 10}.get(child.lower_, 0)
    return count, unit


def _lasting(noun: Token) -> tuple[Token, int, str, int] | None:
    """'ending seven months of Ukrainian occupation', 'after a seven-year closure': an act told by how
    long it lasted up to the time of the clause it hangs on began that long before it."""
    measures = [noun.head.head] if noun.dep_ == "pobj" and noun.head.lower_ == "of" else []
    measures += [c for c in noun.children if c.dep_ in {"compound", "amod"}]
    for measure in measures:
        counted = any(c.dep_ == "nummod" for c in measure.children)
        found = _measure_of(measure) if counted and measure.lower_ in MEASURE_WORDS else None
        if found is not None and found[0] > 0 and found[1] in {"M", "Y"}:
            return _clause_head(measure.head if measure.head.i != measure.i else measure), found[0], found[1], -1
    return None


def _relative_clause(pred: Predicate) -> tuple[Token, int, str, int] | None:
    """'on Thursday, a day after Trump recognised Jerusalem': the recognition's clause hangs off the
    clashes by 'a day after'. Returns (governing token, count, unit, sign)."""
    if pred.is_noun and pred.light is None and (lasting := _lasting(pred.token)) is not None:
        return lasting
    own = _clause_head(pred.anchor)
    candidates = [own]
    if pred.is_noun and pred.light is None:
        candidates.append(pred.token)
    for head in candidates:
        marker = None
        measure = None
        # A marked clause the parser took for a coordinate ("..., a day after Trump recognised ...")
        # is still subordinate: its marker says so.
        if head.dep_ in {"advcl", "conj"}:
            governor = head.head
            marker = next((c for c in head.children if c.dep_ in {"mark", "prep"} and c.lower_ in RELATIVE_MARKERS), None)
            measure_token = next((c for c in head.children if c.dep_ in {"npadvmod", "advmod", "nmod"}), None)
            if marker is not None:
                measure_token = measure_token or next((c for c in marker.children if c.dep_ == "npadvmod"), None)
        elif head.dep_ == "pobj" and head.head.lower_ in RELATIVE_MARKERS:
            # "a day after the announcement", "two weeks before the vote"
            marker = head.head
            governor = marker.head
            measure_token = next((c for c in marker.children if c.dep_ == "npadvmod"), None)
            if measure_token is None and _measure_above(marker):
                # "..., a day after his summit": the parser hangs 'after' on the measure 'day'
                measure_token, governor = marker.head, marker.head.head
        else:
            continue
        # The offset stands before its marker ("a day after"); "after X ... last year" is a date.
        if marker is None or measure_token is None or measure_token.i > marker.i:
            continue
        measure = _measure_of(measure_token)
        if measure is None:
            continue
        sign = -1 if marker.lower_ == "after" else 1
        return governor, measure[0], measure[1], sign
    return None


def _measure_above(marker: Token) -> bool:
    """'a day after' parsed as day -prep-> after: the marker hangs on an npadvmod measure noun."""
    head = marker.head
    return head.i != marker.i and head.dep_ == "npadvmod" and head.i < marker.i and head.lower_ in MEASURE_WORDS


def _shift(when: EventDate, count: int, unit: str, sign: int) -> EventDate:
    if when.precision == "month" and unit in {"M", "Y"}:
        # "in October 2016, two years after ...": October 2014, still to the month
        year, month = (int(x) for x in when.date.split("-"))
        index = year * 12 + month - 1 + sign * (count if unit == "M" else 12 * count)
        return EventDate(f"{index // 12:04d}-{index % 12 + 1:02d}", "month", "text", when.timex)
    if when.precision == "year" and unit == "Y":
        return EventDate(f"{int(when.date) + sign * count:04d}", "year", "text", when.timex)
    if when.precision != "day" or unit == "H":
        return when
    start = date.fromisoformat(when.date)
    days = {"D": 1, "W": 7}.get(unit)
    if days is not None:
        return EventDate((start + timedelta(days=sign * count * days)).isoformat(), "day", "text", when.timex)
    months = count if unit == "M" else 12 * count
    index = start.year * 12 + start.month - 1 + sign * months
    return EventDate(f"{index // 12:04d}-{index % 12 + 1:02d}", "month", "text", when.timex)


def _has_own_timex(pred: Predicate, governor: Token) -> bool:
    """A timex on the predicate's own clause says when its event happened; an offset from another
    clause ('two years after Putin proposed the route during a visit in December 2014') is only a
    fallback for clauses that name no time of their own. A timex of the governing clause, which an
    event noun reaches by climbing to it ('protested on Wednesday, a day after his meeting'), is
    the one the offset applies to, not the event's own."""
    outer = Predicate(governor, pred.entry)
    return any(_attached(t, pred) and not _attached(t, outer) for t in _dating_timexes(pred.token.sent))


def event_date(pred: Predicate, published: date, _depth: int = 0) -> EventDate:
    relative = _relative_clause(pred) if _depth < 3 else None
    if relative is not None and _has_own_timex(pred, relative[0]):
        relative = None
    if relative is not None:
        governor, count, unit, sign = relative
        outer = Predicate(governor, pred.entry)
        return _shift(event_date(outer, published, _depth + 1), count, unit, sign)
    noun = _dated_antecedent(pred) if _depth < 3 else None
    if noun is not None:
        return event_date(Predicate(noun, pred.entry), published, _depth + 1)
    remembered = _anniversary(pred.token) if _depth < 3 else None
    if remembered is not None:
        anniversary, years = remembered
        marked = event_date(Predicate(_clause_head(anniversary), pred.entry), published, _depth + 1)
        return _years_before(marked, years)
    return _plain_event_date(pred, published, share_coordinates=_depth > 0)


ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
            "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "fifteenth": 15, "twentieth": 20,
            "twenty-fifth": 25, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
            "seventieth": 70, "seventy-fifth": 75, "eightieth": 80, "ninetieth": 90, "hundredth": 100}
NUMBERED_ORDINAL = re.compile(r"^(\d+)(?:st|nd|rd|th)$")


def _anniversary(noun: Token) -> tuple[Token, int] | None:
    """'to mark the 3rd anniversary of the Russian invasion', 'the ten-year anniversary of the massacre': the
    act an anniversary remembers happened that many years before the day that marks it."""
    holder = noun.head
    if noun.dep_ != "pobj" or holder.lower_ != "of" or holder.head.lemma_.lower() != "anniversary":
        return None
    anniversary = holder.head
    for token in anniversary.subtree:
        if token.i >= anniversary.i:
            break
        word = token.lower_.removesuffix("-year")
        if word in ORDINALS:
            return anniversary, ORDINALS[word]
        if match := NUMBERED_ORDINAL.match(word):
            return anniversary, int(match[1])
        following = token.doc[token.i + 1].lower_ if token.i + 1 < len(token.doc) else ""
        count = parse_number(word) if following in {"year", "-"} or token.lower_.endswith("-year") else None
        if isinstance(count, int) and count > 0:  # "the ten-year anniversary", "a 30 year anniversary"
            return anniversary, count
    return None


def _years_before(when: EventDate, years: int) -> EventDate:
    """The same day (or month, or year) so many years earlier; a day only the text gave stays a day, a
    publication day says only the month (anniversaries are marked on days near them)."""
    year = int(when.date[:4]) - years
    if when.precision == "decade":
        return when
    if when.precision == "year":
        return EventDate(f"{year:04d}", "year", "text", when.timex)
    if when.precision == "day" and when.date_source == "text" and when.date[5:] != "02-29":  # (no 29 February in most years)
        return EventDate(f"{year:04d}{when.date[4:]}", "day", "text", when.timex)
    return EventDate(f"{year:04d}{when.date[4:7]}", "month", "text", when.timex)


def _dated_antecedent(pred: Predicate) -> Token | None:
    """"yesterday's missile strike on Kryvyi Rih that killed 20 people": a relative clause of an event noun
    whose own time is given on it ("yesterday's", "the March 20") happened then, when it names no time of
    its own."""
    verb = pred.token
    noun = verb.head
    if verb.dep_ != "relcl" or noun.pos_ != "NOUN" or not any(c.lower_ in {"that", "which"} for c in verb.children):
        return None
    timexes = _dating_timexes(verb.sent)
    if any(_attached(t, pred) for t in timexes):
        return None
    own = [t for t in timexes if t.root.head.i == noun.i and t.root.dep_ in NOUN_MODIFIER_DEPS]
    return noun if own else None


NOUN_MODIFIER_DEPS = {"compound", "nummod", "amod", "poss", "nmod"}
FRAME_PREPOSITIONS = {"in", "during", "at", "throughout"}
# "after the 2016 election" sets a year the act most likely shares; "after yesterday's attacks" says only
# that the act came later than that day
SEQUENCE_PREPOSITIONS = TEMPORAL_SUBORDINATORS | {"ahead", "following"}


DEADLINE_NOUNS = {"deadline", "ultimatum"}


def _names_another_noun(timex: Span, pred: Predicate) -> bool:
    """'to protest the results of the 2020 US presidential election', 'this year's election': a time that
    only tells which thing a noun is dates no act but the noun's own (as in 'Friday's raid')."""
    root, noun = timex.root, timex.root.head
    before = timex.doc[timex.start - 1] if timex.start > 0 else None
    if (before is not None and before.i != pred.token.i and before.pos_ == "NOUN" and before.dep_ == "pobj"
            and before.head.lower_ in SEQUENCE_PREPOSITIONS and timex.root.dep_ == "npadvmod"
            and pred.anchor.tag_ in {"VBZ", "VBP"}):
        # "announces a ceasefire following clashes last night": the night of the clashes, not of an act told
        # in the present
        return True
    if noun.lemma_.lower() == "time" and any(c.dep_ in {"amod", "nummod"} for c in noun.children):
        return True  # "for the second time this year": the span the acts are counted in, not this act's date
    if root.dep_ == "pobj" and noun.lower_ in {"of", "for"} and noun.head.lemma_.lower() in DEADLINE_NOUNS:
        return True  # "gives Ukraine a deadline of November 27": the day the ultimatum runs out, not its own
    while noun.dep_ == "compound" and noun.head.i != noun.i:  # "the March 20 drone strike": the strike's
        noun = noun.head
    if noun.dep_ == "pobj" and noun.head.lower_ in FRAME_PREPOSITIONS:
        return False  # "in the 2016 election, Sanders ...": the noun sets the time of the clause
    if noun.dep_ == "pobj" and noun.head.lower_ in SEQUENCE_PREPOSITIONS and noun.i != pred.token.i:
        return _timex_date(timex).precision == "day"
    return (root.dep_ in NOUN_MODIFIER_DEPS and noun.pos_ in {"NOUN", "PROPN"} and noun.i != pred.token.i
            and not _in_name_of(noun, pred.token))


def _in_name_of(noun: Token, event: Token) -> bool:
    """'the August 2017 Unite the Right rally': a name glued before the event noun is part of it."""
    between = event.doc[noun.i + 1:event.i]
    return (event.pos_ == "NOUN" and noun.pos_ == "PROPN" and 0 < event.i - noun.i <= 4
            and all(t.pos_ in {"PROPN", "DET", "ADJ"} for t in between))


def _own_name_timex(timexes: list[Span], pred: Predicate) -> Span | None:
    return next((t for t in timexes if t.root.dep_ in NOUN_MODIFIER_DEPS and _in_name_of(t.root.head, pred.token)), None)


PAST_DEICTIC = re.compile(r"\b(yesterday|last)\b", re.IGNORECASE)


def _told_now(pred: Predicate, timex: Span, published: date) -> bool:
    """'Two suspects are arrested in connection to the robbery at the Louvre ... last week', 'China sanctions
    20 companies for providing weapons to Taiwan last week', 'a court sentences a man for a murder in July
    2024': an act told in the simple present is the story's own day; a 'yesterday', a 'last week' or a
    date months back that the parser hangs on it dates the earlier act it follows."""
    verb = pred.token
    # (a date put before the act sets its time: "In 2019, the government bans protests")
    late = timex.start > verb.i and _long_before(timex, published)
    if verb.pos_ not in {"VERB", "AUX"} or not (PAST_DEICTIC.search(timex.text) or late):
        return False
    aux = [c for c in verb.children if c.dep_ in {"aux", "auxpass"}]
    if verb.tag_ == "VBN":
        return bool(aux) and all(a.tag_ in {"VBZ", "VBP"} and a.lemma_ == "be" for a in aux)
    # (the tagger may take a plural present for the base form: "Turkish police arrest five people")
    return not aux and (verb.tag_ in {"VBZ", "VBP"} or (verb.tag_ == "VB" and any(c.dep_ == "nsubj" for c in verb.children)))


def _long_before(timex: Span, published: date) -> bool:
    """A date that ends more than NARRATIVE_DAYS before publication ("in July 2024" in a 2025 story)."""
    when = _timex_date(timex)
    if when.date_source != "text" or not when.date[:4].isdigit():
        return False
    end = {"day": when.date, "month": when.date + "-28", "year": when.date + "-12-31"}.get(when.precision)
    try:
        return end is not None and (published - date.fromisoformat(end)).days > NARRATIVE_DAYS
    except ValueError:
        return False


def _plain_event_date(pred: Predicate, published: date, share_coordinates: bool = False) -> EventDate:
    timexes = [t for t in _dating_timexes(pred.token.sent) if not _names_another_noun(t, pred) and not _told_now(pred, t, published)]
    named = _own_name_timex(timexes, pred) or _occasion_timex(timexes, pred)
    attached = [named] if named is not None else [
        t for t in timexes if _attached(t, pred) or (share_coordinates and _in_coordinate(t, pred))]
    token = pred.token
    if not attached and token.dep_ == "acl" and token.tag_ == "VBN" and token.head.dep_ in {"dobj", "nsubj", "nsubjpass"}:
        # "reach an agreement mediated by Egypt": a participle describing the act's object is of the act's time
        return _plain_event_date(Predicate(token.head.head, pred.entry), published)
    later = _later_unit(pred) if not attached else None
    if not attached and (later in SAME_DAY_UNITS or later == "days" or _at_that_time(pred)):
        earlier = _previous_sentence_date(pred.token.sent)
        if earlier is not None and later == "days" and earlier.precision == "day":
            # "imposed sanctions days later": near the act just told, within its month more often than not
            return EventDate(earlier.date[:7], "month", "text", earlier.timex)
        if earlier is not None:
            return earlier
    pool = attached or [t for t in timexes
                        if not _embedded_elsewhere(t, pred) and not _above_temporal_boundary(t, pred)
                        and not _in_coordinate_temporal_clause(t, pred) and not _in_other_relative_clause(t, pred)]
    if pool:
        best = min(pool, key=lambda t: (tree_distance(t.root, pred.token), abs(t.start - pred.token.i)))
        return _past_weekday(_timex_date(best), pred, published)
    after = _subordinate_anchor(timexes, pred)
    if after is not None:
        return after
    background = _cause_of_background(timexes, pred, published)
    if background is not None:
        return background
    narrative = _narrative_day(pred, published)
    if narrative is not None:
        return narrative
    return EventDate(published.isoformat(), "day", "publication", None)


LEDE_SENTENCES = 3  # a dateline, a headline and the first sentence of the story
NARRATIVE_DAYS = 14  # how far before publication a story's told day may lie and still carry on


def _narrative_day(pred: Predicate, published: date) -> EventDate | None:
    """'On Wednesday, the German government said Navalny was poisoned. Merkel demanded an explanation
    from Moscow.': a story told in the past goes on on the day its paragraph last named, until it
    names another. Only a recent day (not a year or month of background), only within the paragraph,
    and only for a clause told in the past."""
    sent = pred.token.sent
    if not _told_in_past(pred.anchor):
        return None
    for earlier in (_previous_sentence_date(sent) if goes_on_line(sent) else None, _story_day(sent.doc, published)):
        if earlier is not None and earlier.precision == "day" and earlier.timex is not None \
                and earlier.timex.start < sent.start and _recent(earlier, published):
            return earlier
    return None


def _recent(when: EventDate, published: date) -> bool:
    return 1 <= (published - date.fromisoformat(when.date)).days <= NARRATIVE_DAYS


def _story_day(doc, published: date) -> EventDate | None:
    """The day the story's lede names ('On Wednesday, the German government said ...') when the
    article reports it late (a day or more before publication): its news happened then,
    and what it tells in the past with no time of its own did too, a lede about yesterday included
    (on the development parts, reactions told after it in the past were yesterday's more often than
    today's; told in the present, they keep the publication day)."""
    key = "datelines_story_day"
    if key not in doc.user_data:
        doc.user_data[key] = None
        days = (EventDate(found[0], "day", "text", timex) for sent in list(doc.sents)[:LEDE_SENTENCES]
                for timex in _dating_timexes(sent)
                if (found := date_from_value(timex._.timex_value)) and found[1] == "day"
                and found[0] != published.isoformat())  # a dateline restates the publication day
        first = next(days, None)
        late = first is not None and _recent(first, published)
        doc.user_data[key] = first if late else None
    return doc.user_data[key]


WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
# Words before a day name that make it a deliberate pointer, which the timex reader has already read.
WEEKDAY_POINTERS = {"next", "this", "coming", "last", "previous", "following"}


def _told_in_past(token: Token) -> bool:
    """Is the clause of the token told in the past tense? Participles and infinitives take the tense
    of the finite verb above them ('when he announced the increase, accusing Beijing')."""
    current = _clause_head(token)
    for _ in range(8):
        aux = {c.lower_ for c in current.children if c.dep_ in {"aux", "auxpass"}}
        if aux & {"will", "shall", "'ll", "would", "could", "might", "may", "can", "should", "must", "to"}:
            return False
        if current.tag_ == "VBD" or aux & {"had", "has", "have", "was", "were", "did"}:
            return True
        if current.tag_ == "VBN" and not aux and any(c.dep_ == "nsubj" for c in current.children):
            return True  # "Trump granted Kerik a pardon", the simple past tagged a participle
        if current.tag_ in {"VBZ", "VBP", "VB", "MD"} or current.head.i == current.i:
            return False
        current = _clause_head(current.head)  # VBG / VBN without auxiliary: look above
    return False


def _past_weekday(when: EventDate, pred: Predicate, published: date) -> EventDate:
    """A bare day name read as a day after publication while the event is told in the past tense
    ('Trump surprised investors on Sunday ..., accusing Beijing'): news names the last such day,
    so go back a week. Only where the timex reader found no tense around the day name (here the
    parser took 'Trump' for a bare verb) and so took the nearest such day."""
    timex = when.timex
    if timex is None or when.precision != "day" or when.date_source != "text":
        return when
    words = [t.lower_ for t in timex if t.lower_ not in {"on", "'s"}]
    before = timex.doc[timex.start - 1].lower_ if timex.start > 0 else ""
    if len(words) != 1 or words[0] not in WEEKDAYS or before in WEEKDAY_POINTERS:
        return when
    ahead = (date.fromisoformat(when.date) - published).days
    if not 0 < ahead <= 7 or clause_tense(timex) in {"past", "future"} or not _told_in_past(pred.anchor):
        return when  # the timex reader saw a tense of its own: trust it
    if not _on_clause_chain(_governor(timex), pred.anchor):
        return when  # 'cancelled a visit planned for Wednesday': the day dates a clause of its own
    return EventDate((date.fromisoformat(when.date) - timedelta(days=7)).isoformat(), "day", "text", timex)


def _on_clause_chain(clause: Token, token: Token) -> bool:
    """Is `clause` the token's own clause or one above it? Only then does the token's tense speak
    for the time that clause names."""
    node = token
    for _ in range(30):
        if node.i == clause.i:
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


SAME_DAY_UNITS = {"minute", "minutes", "hour", "hours", "moments", "moment"}
LATER_WORDS = {"later", "afterwards", "afterward", "earlier"}


def _later_unit(pred: Predicate) -> str | None:
    """The unit of an uncounted 'minutes later', 'hours earlier', 'days later' on the clause (or on the
    clause it is coordinated with): how far it moves the clause off the event just told ('Trump
    recognised him minutes later, and Canada followed' keeps that event's day)."""
    node = _clause_head(pred.anchor)
    for _ in range(6):
        for child in node.children:
            if child.dep_ == "advmod" and child.lower_ in LATER_WORDS:
                unit = next((c.lower_ for c in child.children if c.dep_ == "npadvmod"
                             and not any(n.dep_ == "nummod" for n in c.children)), None)
                if unit is not None:
                    return unit
        if node.dep_ != "conj" or node.head.i == node.i:
            return None
        node = node.head
    return None


def _at_that_time(pred: Predicate) -> bool:
    """'She did not endorse another candidate at the time': the time the previous sentence told."""
    clause = _clause_head(pred.anchor)
    return any(prep.dep_ == "prep" and prep.lower_ == "at" and pobj.dep_ == "pobj" and pobj.lower_ == "time"
               and any(d.dep_ == "det" and d.lower_ in {"the", "that"} for d in pobj.children)
               and not any(d.dep_ in {"prep", "relcl", "acl", "amod"} for d in pobj.children)
               for prep in clause.children for pobj in prep.children)


def _previous_sentence_date(sent: Span) -> EventDate | None:
    """The date of the previous sentence's main clause: its timex nearest the root in the tree."""
    if sent.start == 0:
        return None
    previous = sent.doc[sent.start - 1].sent
    timexes = _dating_timexes(previous)
    if not timexes:
        return None
    return _timex_date(min(timexes, key=lambda t: (tree_distance(t.root, previous.root), t.start)))


ANCHORING_SUBORDINATORS = {"after", "before"}


def _conjunct_root(token: Token) -> Token:
    """The first of a chain of coordinated clauses: 'banned' for 'halted' and 'restricted' in
    'Moscow banned flights, halted work and restricted imports'."""
    node = token
    for _ in range(10):
        if node.dep_ != "conj" or node.head.i == node.i:
            break
        node = node.head
    return node


def _temporal_clause_path(timex: Span, pred: Predicate) -> list[Token] | None:
    """The path up from the timex's clause to the predicate's clause, or to the first clause of its
    coordination, when that path passes an 'after/before/since' marker; else None."""
    own = _clause_head(pred.anchor)
    for top in (own, _conjunct_root(own)):
        path = _path_up(_governor(timex), top)
        if path and any(_temporal_marker(node) in ANCHORING_SUBORDINATORS for node in path):
            return path
    return None


def _in_coordinate_temporal_clause(timex: Span, pred: Predicate) -> bool:
    """'After the jet was shot down on November 24, Moscow banned flights ... and restricted imports':
    the after-clause hangs on the first verb but sets the time of every coordinated one, so its date
    is the jet's, not the restrictions'."""
    own = _clause_head(pred.anchor)
    root = _conjunct_root(own)
    if root.i == own.i:
        return False
    path = _path_up(_governor(timex), root)
    return bool(path) and any(_temporal_marker(node) in ANCHORING_SUBORDINATORS for node in path)


def _subordinate_anchor(timexes: list[Span], pred: Predicate) -> EventDate | None:
    """A clause with no time of its own but an 'after/before/since' clause that has one: news tells
    the sequel close to its cause ('After the jet was shot down on November 24, Moscow banned
    charter flights'), so the event falls in that month, though not on that day. Only a cause dated
    to the day and a sequel told in the past: 'after it annexed Crimea in 2014' is background, and a
    state that still holds ('has been banned since') belongs to the present."""
    anchored = [t for t in timexes if _temporal_clause_path(t, pred) is not None
                and (date_from_value(t._.timex_value) or ("", ""))[1] == "day"]
    if not anchored or not _told_in_past(pred.anchor):
        return None
    best = min(anchored, key=lambda t: (tree_distance(t.root, pred.token), abs(t.start - pred.token.i)))
    value, _ = date_from_value(best._.timex_value)  # type: ignore[misc]
    return EventDate(value[:7], "month", "text", best)


def _cause_of_background(timexes: list[Span], pred: Predicate, published: date) -> EventDate | None:
    """'The government of Iraq was established in 2003 after a U.S.-led coalition ousted Saddam': an
    after/before clause with no time of its own, hung on a clause dated in an earlier year, happened
    in that year too, as far as the text tells, and surely not on the publication day. Only the year:
    the text gives the order of the two acts, not their distance."""
    own = _clause_head(pred.anchor)
    if _temporal_marker(own) not in ANCHORING_SUBORDINATORS or own.head.i == own.i or not _told_in_past(pred.anchor):
        return None
    outer = Predicate(_clause_head(own.head), pred.entry)
    years = [t for t in timexes if _attached(t, outer)
             and (found := date_from_value(t._.timex_value)) and found[1] in {"year", "month"}
             and int(found[0][:4]) < published.year]
    if not years:
        return None
    best = min(years, key=lambda t: tree_distance(t.root, own))
    return EventDate(best._.timex_value[:4], "year", "text", best)


def listed_dates(when: EventDate, pred: Predicate) -> list[EventDate]:
    """'staged coups in 1960, 1971 and 1980', 'marched on Monday and Wednesday': the other dates listed
    with the one that dates an act, in a phrase of the act's own word, each the date of one more act."""
    if when.timex is None:
        return []
    first = when.timex.root
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    preposition = first.head
    if first.dep_ != "pobj" or preposition.lower_ not in {"in", "on"} or preposition.head.i not in {
            pred.token.i, pred.anchor.i}:
        return []  # (not "for parts of September and October", nor "between 2015 and 2017": one span)
    listed = {first.i, *(t.i for t in first.conjuncts)}
    return [_timex_date(timex) for timex in _dating_timexes(when.timex.sent)
            if timex.root.i in listed and timex.start != when.timex.start]


def is_future(event_date: EventDate, published: date) -> bool:
    """A text date that starts after the publication day: the event has not happened yet. A week ('next
    week') is kept only to its month, so its own first day is asked."""
    if event_date.date_source != "text":
        return False
    week = WEEK.match(event_date.timex._.timex_value or "") if event_date.timex is not None else None
    if week and 1 <= int(week[2]) <= 53:
        return date.fromisocalendar(int(week[1]), int(week[2]), 1) > published
    return event_date.start() > published


ONGOING_ROOTS = {"14"}  # "protests continue": a series, not the day it began
DEFINITE_DETERMINERS = {"the", "this", "that", "its", "his", "her", "their"}


def dated_by_another_telling(events: list[Event], tokens: dict[int, Token]) -> list[Event]:
    """"Trump's state of emergency appears to allow him ... On Friday, President Trump declared a state of
    emergency": an act named by a definite noun alone, with no date of its own, is the act another sentence of
    the article tells with a date (before or after it), done by the same doer with the same code."""
    dated = {}
    for event in events:
        if event.date_source == "text" and event.source and event.modality in {"asserted", "reported"}:
            dated.setdefault((event.source, event.code), event)
    out = []
    for event in events:
        token = tokens.get(id(event))
        other = dated.get((event.source, event.code))
        if (token is not None and token.pos_ == "NOUN" and event.date_source == "publication" and other is not None
                and other is not event and event.target in {None, other.target} and event.root not in ONGOING_ROOTS
                and any(c.dep_ == "poss" or c.lower_ in DEFINITE_DETERMINERS for c in token.children)):
            event = replace(event, date=other.date, precision=other.precision, date_source="text")
            tokens[id(event)] = token
        out.append(event)
    return out
