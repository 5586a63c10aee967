"""The clause tense read from the spaCy parse, which decides the direction of bare weekdays and months."""

from __future__ import annotations

import pytest

from datelines.read.pipeline import ReadSettings, build_pipeline
from datelines.read.timex.tense import clause_tense

CASES = [
    ("Putin is visiting Turkey on Tuesday for the ceremony.", "Tuesday", "present"),
    ("On Wednesday, Erdogan and Putin will also have a meeting in Turkey.", "Wednesday", "future"),
    ("In March, the minister said Turkey was planning more visits.", "March", "past"),
    ("A coup failed in July.", "July", "past"),
    ("Companies are going to build a plant in May.", "May", "future"),
    ("The talks, held Monday, ended without a deal.", "Monday", "past"),
    ("He has visited Turkey on Monday.", "Monday", "past"),
    ("The minister resigned on Monday.", "Monday", "past"),
    ("The plant is expected to open in June.", "June", "future"),
    ("The offer was extended until Friday.", "Friday", "present"),
    ("Britain will leave the union by the end of January.", "January", "future"),
    ("Britain left the union at the end of January.", "January", "past"),
    ("Directors authorized a split, payable Dec. 7 to holders.", "Dec.", None),
    ("The council meets on Friday.", "Friday", "present"),
    ("He'll fly to Paris on Sunday.", "Sunday", "future"),
    ("The plant, scheduled to open Monday, is ready.", "Monday", "future"),
    ("The stock is to resume trading in Paris Tuesday.", "Tuesday", "future"),
    ("The talks were expected to resume Tuesday.", "Tuesday", "past"),
]


@pytest.mark.parametrize("sentence, word, expected", CASES, ids=[c[0][:40] for c in CASES])
def test_clause_tense(sentence, word, expected):
    nlp = build_pipeline(ReadSettings(components=()))
    doc = nlp(sentence)
    index = [token.text for token in doc].index(word)
    assert clause_tense(doc[index : index + 1]) == expected
