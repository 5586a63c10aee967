"""Sentence -> expected event for the round-4 generality rules: dating a clause by 'N days after/before',
a speaker's second verb after a report, reactions to a decision or resolution aimed at its author,
passives with a 'by' agent and an owner of what is acted on, places taken 'from' someone, and the
addressee of a negated mandative demand; round 5: denying an actor a trusted role, calls to rise up
'against' someone, bare concern at the story's main actor, appeals to 'both sides', legal cases and their
other party, intents aimed 'with' someone, refusals to recognise, and rulings without an actor court.

Each row: text, events that must be read as (source, target, root, date or None, modality).
Actor codes match by prefix.
"""

from __future__ import annotations

from datetime import date

import pytest

from datelines.evaluate.matching import code_matches
from datelines.read.pipeline import make_doc

TUESDAY = date(2018, 4, 3)

ROWS = [
    # 1. the event in 'a day/two days/a week after CLAUSE' takes the governing date shifted back
    (("Protesters marched on the embassy on Thursday, a day after the United States recognised Jerusalem as "
     "Israel's capital."), [("USA", "ISR", "05", "2018-03-28", "asserted")]),
    ("Russia expelled 23 British diplomats on March 17, a week after Britain accused Moscow of the attack.",
     [("GBR", "RUS", "11", "2018-03-10", "asserted"), ("RUS", "GBR", "16", "2018-03-17", "asserted")]),
    ("Iran fired missiles at US bases on Sunday, hours after Washington threatened Tehran.",
     [("USA", "IRN", "13", "2018-04-01", "asserted")]),
    # 2. a second verb coordinated after a report belongs to the speaker
    # a re- prefixed light verb in a coordinated VP takes the first verb's subject
    ("France left the talks in May and reimposed sanctions on Syria.",
     [("FRA", "SYR", "16", None, "asserted")]),
    ("Washington reimposed sanctions on Iran after it quit the deal.",
     [("USAGOV", "IRN", "16", None, "asserted")]),
    # the speaker's second act hung deep inside the reported clause
    ("Pompeo said on Monday that there was no proof the missiles came from Syria, and accused Russia of the strike.",
     [("USAGOV", "RUS", "11", "2018-04-02", "asserted")]),
    # "the kingdom" refers back to the country last named
    ("Saudi Arabia said its output fell. Houthi drones hit two pumping stations in the kingdom.",
     [("YEMREB", "SAU", "19", None, "asserted")]),
    ("Pompeo said on Monday that there was no sign of a ceasefire, and accused Russia of shelling the port.",
     [("USAGOV", "RUS", "11", "2018-04-02", "asserted")]),
    ("Macron said on Friday that talks had failed, and urged Iran to return to the deal.",
     [("FRAGOV", "IRN", "02", "2018-03-30", "asserted")]),
    # 3. reactions to a decision, move or resolution target whoever made it
    (("The United States announced on Monday that it would move its embassy to Jerusalem. Netanyahu praised the "
     "decision. Britain and Germany criticised the move. Macron said France did not approve of the decision."),
     [("ISRGOV", "USA", "05", None, "asserted"), ("GBR", "USA", "11", None, "asserted"),
      ("DEU", "USA", "11", None, "asserted"), ("FRA", "USA", "05", None, "negated")]),
    (("The UN Security Council adopted a resolution on Tuesday imposing new sanctions on Iran. Japan's Abe "
     "welcomed the resolution. China and Russia backed the resolution."),
     [("JPNGOV", "IGOUNO", "05", None, "asserted"), ("CHN", "IGOUNO", "05", None, "asserted"),
      ("RUS", "IGOUNO", "05", None, "asserted")]),
    ("Moscow called the British accusations absurd.", [("RUSGOV", "GBR", "12", None, "asserted")]),
    ("Western governments condemned the treaty by which Russia annexed Crimea.",
     [("WSTGOV", "RUS", "11", None, "asserted")]),
    (("Trump announced on Monday that Washington would recognise Jerusalem as Israel's capital. "
     "The EU's foreign policy chief expressed serious concern."),
     [("IGOEUREEC", "USA", "01", None, "asserted")]),
    # 4. an envoy rejects the resolution (its author) and warns another state
    (("The UN Security Council adopted a resolution against Iran. Iran's ambassador rejected the resolution and "
     "warned the US would pay a heavy price."),
     [("IRNGOV", "IGOUNO", "12", None, "asserted"), ("IRNGOV", "USA", "13", None, "asserted")]),
    # 5. a passive with a 'by' agent: the owner of what is banned is the target
    ("Exports of coal from North Korea were banned by the UN Security Council in August.",
     [("IGOUNO", "PRK", "16", "2017-08", "asserted")]),
    ("Imports of Iranian oil were banned by the European Union in July 2012.",
     [("IGOEUREEC", "IRN", "16", "2012-07", "asserted")]),
    ("A complaint was filed by Kiev in May 2014 against Russia.", [("UKRGOV", "RUS", "11", "2014-05", "asserted")]),
    ("Manila filed an arbitration case against Beijing in 2013.", [("PHLGOV", "CHNGOV", "11", "2013", "asserted")]),
    # 6. a place taken 'from' someone, or after a standoff with someone, is taken from them
    ("Israel captured the Golan Heights from Syria in 1967.", [("ISR", "SYR", "19", "1967", "asserted")]),
    ("Russia seized the peninsula from Ukraine in 2014.", [("RUS", "UKR", "19", "2014", "asserted")]),
    ("Beijing took control of the reef in 2012 after a standoff with Vietnamese ships.",
     [("CHN", "VNM", "19", "2012", "asserted")]),
    # 7. a negated mandative demand targets the subject of its clause
    ("Erdogan said Turkey would not demand that Russia withdraw its troops.",
     [("TUR", "RUS", "10", None, "negated")]),
    # 8. a month or year of the clause above does not date an after/since clause; a date of its own does
    ("Karlov became ambassador in Ankara in 2013 and worked to repair ties after Turkey shot down a Russian jet last year.",
     [("TUR", "RUS", "19", "2017", "asserted")]),
    ("Karlov became ambassador in Ankara in 2013 and worked to repair ties after Turkey shot down a Russian jet.",
     [("TUR", "RUS", "19", "2018-04-03", "asserted")]),
    # round 5. a speaker denying an actor a trusted role criticises it
    ("Egypt's foreign minister said Qatar could no longer act as a mediator.",
     [("EGYGOV", "QAT", "11", None, "asserted")]),
    ("Turkey said Washington was not an honest broker.", [("TUR", "USA", "11", None, "asserted")]),
    ("Iran said the United States can no longer be trusted.", [("IRN", "USA", "11", None, "asserted")]),
    # a call to rise up or protest targets whoever it is 'against', also through 'a day of ...'
    ("Hamas called for a new uprising against Israel.", [("PSE", "ISR", "14", None, "asserted")]),
    ("Hamas called for a day of rage against Israel.", [("PSE", "ISR", "14", None, "asserted")]),
    # bare concern with nothing decided just before: the main actor of the story's acts
    (("Russia annexed Crimea on Tuesday. Putin signed the treaty in the Kremlin. Thousands rallied in Moscow. "
      "The ruble fell sharply. Markets were calm. The EU's foreign policy chief expressed serious concern."),
     [("IGOEUR", "RUS", "01", None, "asserted")]),
    # an appeal to 'all sides' reaches the two countries the article names, from each speaker
    ("Fighting between Armenia and Azerbaijan flared again. China and Russia urged all sides to resume talks.",
     [("CHN", "ARM", "02", None, "asserted"), ("CHN", "AZE", "02", None, "asserted"),
      ("RUS", "ARM", "02", None, "asserted"), ("RUS", "AZE", "02", None, "asserted")]),
    (("India and Pakistan traded fire. India blamed Pakistan. Pakistan denied it. China urged both countries "
      "to show restraint."), [("CHN", "IND", "02", None, "asserted"), ("CHN", "PAK", "02", None, "asserted")]),
    (("Turkish soldiers clashed with Turkish police in Ankara. The Turkish government blamed the army. "
      "NATO urged all parties to show restraint."), [("IGONAT", "TUR", "02", None, "asserted")]),
    # concern that a clause's subject does something is concern about that subject
    ("Germany voiced concern that Ankara was drifting away from the West.",
     [("DEU", "TURGOV", "01", None, "asserted")]),
    # a legal case: against whom it is filed, or the other country just mentioned when the text omits it
    ("Kenya filed a case against Somalia at the court in 2014.", [("KEN", "SOM", "11", "2014", "asserted")]),
    (("Somalia has ignored the court. Mogadishu says it owns the waters. The case was brought by Kenya in 2014."),
     [("KEN", "SOM", "11", "2014", "asserted")]),
    # an intent to cooperate is aimed at the party its object or infinitive is 'with'
    ("Duterte has sought closer ties with Beijing.", [("PHLGOV", "CHN", "03", None, "asserted")]),
    ("Japan pledged to improve relations with South Korea.", [("JPN", "KOR", "03", None, "asserted")]),
    # refusing to recognise is rejecting; a ruling whose court is no actor stands for the party that sued
    ("Serbia said it would never recognise the vote.", [("SRB", None, "12", None, "asserted")]),
    (("The court ruled on Tuesday against China. The Philippines challenged Beijing in 2013. "
      "China rejected the ruling."), [("CHN", "PHL", "12", None, "asserted")]),
    # the clause 'a day after' hangs on may take its date from a verb coordinated with it
    ("Students went on strike and marched through Seoul on Friday, a day after North Korea fired a missile over Japan.",
     [("PRK", None, "19", "2018-03-29", "asserted")]),
]


def _found(events, source, target, root, when, modality) -> bool:
    return any(code_matches(source, e.source) and code_matches(target, e.target) and e.root == root
               and (when is None or e.date == when) and e.modality == modality for e in events)


@pytest.mark.parametrize(("text", "expected"), ROWS, ids=[r[0][:50] for r in ROWS])
def test_generality_rule(nlp, text, expected) -> None:
    events = nlp(make_doc(nlp, text, TUESDAY))._.events
    seen = [f"{e.source}->{e.target} {e.code} {e.date} {e.modality}" for e in events]
    for source, target, root, when, modality in expected:
        assert _found(events, source, target, root, when, modality), (
            f"missing {source}->{target} {root} {when} {modality}; got {seen}")


def test_relative_dating_needs_a_measure() -> None:
    from datelines.read.events.dating import EventDate, _shift

    day = EventDate("2018-03-29", "day", "text")
    assert _shift(day, 1, "D", -1).date == "2018-03-28"
    assert _shift(day, 5, "H", -1).date == "2018-03-29"
    assert _shift(day, 2, "W", 1).date == "2018-04-12"
    assert _shift(EventDate("2018-03", "month", "text"), 1, "D", -1).date == "2018-03"
