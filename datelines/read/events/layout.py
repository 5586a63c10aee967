"""Lines of an article that are not sentences of its story."""

from __future__ import annotations

import re

from spacy.tokens import Span

CLOSING = {".", "!", "?", '"', "\u201d", ":"}
FINITE = {"VBD", "VBZ", "VBP", "MD"}


# doc.user_data: the (start_char, end_char) of lines the text's layout shows to be headings (a digest's
# topic lines, datelines.read.digest), whatever their words.
HEADINGS_KEY = "datelines_headings"


def is_heading(sentence: Span) -> bool:
    """A topic line ("Israeli incursions in the West Bank", "Co-operation on energy"): no closing
    punctuation and no finite verb, or a line the layout marks ("Ugandan protests" above an item).
    It names a subject; the events are told in the sentences below."""
    words = [t for t in sentence if not t.is_space]
    if not words:
        return False
    marked = sentence.doc.user_data.get(HEADINGS_KEY, ())
    if any(start <= words[0].idx and words[-1].idx < end for start, end in marked):
        return True
    return words[-1].text not in CLOSING and not any(t.tag_ in FINITE for t in words)


# Page furniture that web copies of news keep: bylines and timestamps, share widgets, photo credits.
BOILERPLATE = re.compile(
    r"^\s*(By\s+[A-Z][\w.'’-]*(\s+[A-Z][\w.'’-]*){0,4}(\s+(staff|and\s+[A-Z][\w.'’-]*(\s+[A-Z][\w.'’-]*)?))?\s*([|,·-].*)?$"
    r"|.*\b\d+\s+(minutes?|hours?|days?)\s+ago\b.*"
    r"|.*\b(Getty Images|AP Photo|REUTERS/|AFP via|Photograph:|Image caption|Image copyright|Media caption"
    r"|Photo credit|File photo)\b.*"
    r"|\s*(Last updated|Updated|Published)\b.{0,60}$)",
    re.IGNORECASE | re.DOTALL,
)
WIDGET_WORDS = {"share", "email", "e-mail", "tweet", "print", "facebook", "twitter", "whatsapp", "linkedin", "comment",
                "comments", "save", "copy", "link", "follow", "reddit", "pinterest", "messenger", "x"}


def is_boilerplate(sentence: Span) -> bool:
    """A byline ("By Reuters staff | 3 hours ago"), a photo credit, or a row of share buttons."""
    words = [t.lower_ for t in sentence if t.is_alpha]
    if words and len(words) <= 8 and all(w in WIDGET_WORDS for w in words):
        return True
    return len(sentence) <= 40 and bool(BOILERPLATE.match(sentence.text))


def normalized(sentence: Span) -> str:
    return " ".join(t.lower_ for t in sentence if not t.is_space and not t.is_punct)


# A digest's sports items open with their sport ("In association football, Górnik Zabrze beats Raków 2-0",
# "In college basketball, the Florida Gators rally ..."): results of games, no acts between actors.
SPORT_FRAME = re.compile(
    r"^\s*In\s+(the\s+)?((association|American|college|women's|men's)\s+)?(football|soccer|basketball|tennis|cricket"
    r"|baseball|ice hockey|hockey|rugby( union| league)?|golf|cycling|athletics|boxing|motor racing|motorsport"
    r"|Formula One|volleyball|handball|chess|swimming|esports|mixed martial arts|wrestling|figure skating"
    r"|skiing|sailing|rowing)\b",
    re.IGNORECASE,
)


# A game told without its sport ("In the third-place match, Greece beats Finland", "Switzerland advances to
# the quarterfinals after beating Colombia in a penalty shootout"): a win over a side in a contest.
WINNING_VERBS = {"beat", "defeat", "edge", "thrash", "eliminate", "overcome", "rout", "down"}
CONTEST_WORDS = {"match", "finals", "semifinal", "semifinals", "quarterfinal", "quarterfinals", "tournament",
                 "championship", "championships", "cup", "olympics", "shootout", "playoff", "playoffs", "derby",
                 "trophy", "medal", "innings", "fifa", "uefa", "slam", "eurobasket"}


def is_sports_item(sentence: Span) -> bool:
    if SPORT_FRAME.match(sentence.text):
        return True
    return (any(t.lemma_.lower() in WINNING_VERBS and t.pos_ == "VERB" for t in sentence)
            and any(t.lower_ in CONTEST_WORDS or t.lower_.replace("-", "") in CONTEST_WORDS for t in sentence))
