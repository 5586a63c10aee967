"""An act named again by a definite noun ("the attack", "the bombing") is the act first told: it keeps
that telling's date and target, whenever it is spoken of again. Sentences written for this test."""

from __future__ import annotations

from datetime import date

from datelines.read.reading import read

DAY = date(2021, 3, 12)  # a Friday

STORY = ("Gunmen attacked a police post in the Afghan city of Herat on Tuesday, killing four officers. "
         "On Thursday, the Afghan interior ministry said the Taliban had carried out the attack.")


def test_the_doer_named_later_does_the_act_told_first_on_its_day():
    events = read(STORY, DAY).events
    later = [e for e in events if e.evidence.sentence == 1 and e.source == "AFGREB" and e.root in {"18", "19"}]
    assert [(e.target, str(e.date)) for e in later] == [("AFGCOP", "2021-03-09")]


def test_a_time_of_its_own_makes_another_act():
    text = STORY + " The attacks began in 2019, when the insurgents launched raids on border posts."
    later = [e for e in read(text, DAY).events if e.evidence.sentence == 2]
    assert all(str(e.date) != "2021-03-09" for e in later)


def test_a_noun_act_with_no_doer_is_not_told_twice():
    text = ("Gunmen attacked a police post in the Afghan city of Herat on Tuesday, killing four officers. "
            "The Afghan government blamed the Taliban for the attack.")
    events = read(text, DAY).events
    assert not [e for e in events if e.evidence.sentence == 1 and e.source is None]



def test_an_act_a_span_of_time_runs_from_is_no_news():
    text = "Exports have fallen since the start of the Russian invasion of Ukraine. Oil rose since the Iran war."
    assert read(text, DAY).events == []
