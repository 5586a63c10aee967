"""One act of violence told by its weapon and by its harm is one event: the weapon's code and doer,
the harm's victims. Sentences written for this test."""

from __future__ import annotations

from datetime import date

import pytest

from datelines.read.reading import read

DAY = date(2020, 10, 12)


@pytest.mark.parametrize(("text", "expected"), [
    ("Israeli airstrikes killed 19 people in southern Lebanon on Sunday.", {("ISRMIL", "LBNCVL", "195")}),
    ("A roadside bomb killed six Afghan police officers in Kandahar.", {(None, "AFGCOP", "1833")}),
    ("A car bomb exploded in Mogadishu, killing ten people.", {(None, "SOMCVL", "1832")}),
    ("Six people were killed in Russian drone strikes across Ukraine.", {("RUSMIL", "UKRCVL", "195")}),
])
def test_the_weapon_and_its_harm_are_one_event(text, expected):
    assert {(e.source, e.target, e.code) for e in read(text, DAY).events} == expected


def test_harm_done_by_a_named_doer_stays_its_own_event():
    events = read("Syrian troops shelled the town and killed 12 civilians.", DAY).events
    assert {(e.source, e.code) for e in events} == {("SYRMIL", "194"), ("SYRMIL", "180")}
