"""Sentence -> expected event for the round-4 generality rules: dating a clause by 'N days after/before',
a speaker's second verb after a report, reactions to a decision or resolution aimed at its author,
passives with a 'by' agent and an owner of what is acted on, places taken 'from' someone, and the
addressee of a negated mandative demand; round 5: denying an actor a trusted role, calls to rise up
'against' someone, bare concern at the story's main actor, appeals to 'both sides', legal cases and their
other party, intents aimed 'with' someone, refusals to recognise, and rulings without an actor court;
round 6: reactions to 'it', reactions an act 'drew', relative objects, an envoy's own side, texts acting for
their authors, agentless force against an owner, 'followed suit', 'at the request of', aid for whom a
purpose clause helps, and apologies to the other party.

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
    # round 6. a reaction to 'it' is aimed at the author of the act the pronoun stands for
    ("The Security Council adopted a resolution on Monday. Macron said France did not approve of it.",
     [("FRA", "IGOUNO", "05", None, "negated")]),
    ("Japan imposed new sanctions on Iran. China condemned it.", [("CHN", "JPN", "11", None, "asserted")]),
    ("Turkey launched an offensive in Syria. Trump said the United States did not endorse the attack and called it a bad idea.",
     [("USA", "TUR", "05", None, "negated"), ("USA", "TUR", "11", None, "asserted")]),
    # a reaction an act or an actor 'drew' or 'faced' comes from the 'from' phrase and falls on its author
    ("Japan imposed sanctions on Iran. The move drew condemnation from Russia and China.",
     [("RUS", "JPN", "11", None, "asserted"), ("CHN", "JPN", "11", None, "asserted")]),
    ("Turkey faced criticism from the European Union.", [("IGOEUREEC", "TUR", "11", None, "asserted")]),
    # the antecedent of a relative object names the decision backed
    ("The Security Council adopted a resolution, which China and Russia backed.",
     [("CHN", "IGOUNO", "05", None, "asserted"), ("RUS", "IGOUNO", "05", None, "asserted")]),
    # 'his delegation' in what an envoy says is the envoy's side; the envoy's own stance is asserted
    (("The Security Council passed a resolution against Iran. Iran's envoy told the council that his delegation "
      "rejected the resolution, and warned that the measure would make the United States suffer."),
     [("IRNGOV", "IGOUNO", "12", None, "asserted"), ("IRNGOV", "USA", "13", None, "asserted")]),
    ("Iran and Syria said they still regarded Assad as the legitimate president.",
     [("IRN", "SYRGOV", "05", None, "asserted"), ("SYR", "SYRGOV", "05", None, "asserted")]),
    # a text that does what its authors decided stands for them
    ("The Security Council adopted a resolution on Monday. The final text does not freeze North Korea's assets.",
     [("IGOUNO", "PRK", "16", None, "negated")]),
    ("The United States drafted the resolution. The text imposes sanctions on Iran.",
     [("USA", "IRN", "16", None, "asserted")]),
    # force whose doer is unsaid still hits the owner of what it hits; 'the strikes' are those told before
    ("Drone attacks on Saudi oil facilities cut output.", [(None, "SAU", "19", None, "asserted")]),
    ("Missile strikes hit Saudi Aramco's plant on Saturday.", [(None, "SAU", "19", None, "asserted")]),
    ("Rockets struck an Israeli town.", [(None, "ISR", "19", None, "asserted")]),
    (("Russian jets launched air strikes in Syria on Wednesday. US officials said the strikes had instead hit rebel "
      "positions held by the Free Syrian Army."), [("RUSMIL", "SYRREB", "19", None, "reported")]),
    # 'followed (suit)' repeats the act just told, by the new subject
    ("Britain expelled Russian diplomats. France and Germany followed suit.",
     [("FRA", "RUSGOV", "16", None, "asserted"), ("DEU", "RUSGOV", "16", None, "asserted")]),
    ("Sweden recognised Palestine in 2014, and Iceland followed.", [("ISL", "PSE", "05", None, "asserted")]),
    # 'at the request of X': X asked the clause's subject; a visit in a phrase of the clause is its subject's
    ("French troops deployed to Mali at the request of the Malian government.",
     [("MLIGOV", "FRAMIL", "02", None, "asserted")]),
    ("Modi announced the loan on a trip to Dhaka.", [("INDGOV", "BGD", "04", None, "asserted")]),
    # aid is aimed at whom its purpose clause helps; an apology at the other party of the story
    ("Russia supplied arms to help the Syrian army.", [("RUS", "SYRMIL", "07", None, "asserted")]),
    (("Russian jets crossed into Turkish airspace. Turkey shot one down. Ankara said it would not apologise for "
      "protecting its airspace."), [("TURGOV", "RUS", "05", None, "negated")]),
]

ROWS += [
    # a reaction to "the announcement" when no announcing verb was told: the nearest decision by another
    (("The Kenyan president recognised the new government in Asmara on Monday. "
     "The Somali prime minister praised the announcement."), [("SOM", "KEN", "05", None, "asserted")]),
    # "it" after "The decision drew criticism": the decision, not the criticism
    (("Japan suspended the fishing deal with Norway on Monday. The decision drew criticism in Oslo. "
     "Iceland said it did not support it."), [("ISL", "JPN", "05", None, "negated")]),
]

ROWS += [
    # "its jets", "its forces": the armed forces of the state the pronoun stands for (the speaker first)
    ("The Iranian defence ministry said its drones had hit three targets in Iraq.", [("IRNMIL", None, "19", None, "reported")]),
    ("Ankara said its troops had shelled Kurdish militia positions.", [("TURMIL", None, "19", None, "reported")]),
    # force aimed "at" or "into" a place hits the place's country when no target is named
    ("Two US Navy destroyers launched missiles at an air base near Homs.", [("USAMIL", "SYR", "19", None, "asserted")]),
    # people an act of force falls on: the place's civilians, or for arrests and police the source's own
    ("Kenyan police arrested dozens of students in Nairobi.", [("KENCOP", "KENCVL", "17", None, "asserted")]),
    ("Russian jets killed 30 civilians in Idlib.", [("RUSMIL", "SYRCVL", "18", None, "asserted")]),
    # a past tense the parser hung on the last coordinated subject as a modifier is their predicate
    ("Canada and more than 10 other countries expelled over 50 Russian diplomats on Monday.",
     [("CAN", "RUS", "16", None, "asserted")]),
    # an arrest with no agent, reported by a government, is the government's
    ("Turkish Interior Minister Suleyman Soylu said 300 soldiers had been detained.", [("TURGOV", None, "17", None, "reported")]),
    # building up or deploying forces is done by a state's armed forces
    ("France has deployed troops near Gao since March.", [("FRAMIL", None, "15", None, "asserted")]),
    # "the resolution" far down a wire story is still the one adopted in its lede
    ("The UN Security Council adopted a resolution on Monday. " + "The weather in the city stayed cold. " * 14
     + "Venezuela rejected the resolution.", [("VEN", "IGOUNO", "12", None, "asserted")]),
    # calling off a visit: the visit does not happen (negated) and relations are cut (16)
    ("Egypt's foreign minister cancelled a visit to Ankara.", [("EGYGOV", "TUR", "04", None, "negated"),
                                                               ("EGYGOV", "TUR", "16", None, "asserted")]),
    # taking or entering a named place is occupying territory, whatever the tagger thought the name was
    ("Ukrainian forces took Kherson on Friday.", [("UKRMIL", None, "19", None, "asserted")]),
    ("Israeli tanks entered Rafah on Monday.", [("ISRMIL", None, "19", None, "asserted")]),
    # a bare participle at the root of a full sentence is a past tense, not a headline passive
    ("Turkish troops and allied Syrian rebels advanced into northern Syria on Thursday.",
     [("TURMIL", "SYR", "19", None, "asserted")]),
    # a threat's target is whoever what is threatened would be done to
    ("The French president threatened to reimpose sanctions on Mali.", [("FRAGOV", "MLI", "13", None, "asserted")]),
    # "it" after a second reporting verb that shares the speaker of the first
    ("The Turkish defence ministry said it had hit 40 targets and denied that it was striking villages.",
     [("TURMIL", None, "19", None, "negated")]),
    # recognising a part of a country is an act towards that country
    ("Moscow recognised the independence of two breakaway regions in northern Georgia.",
     [("RUSGOV", "GEO", "05", None, "asserted")]),
    # "the drone", "the jet": the forces of the craft of that kind told just before
    ("Iranian forces shot down a US drone on Thursday. Tehran said the drone had entered Iranian airspace.",
     [("USAMIL", "IRN", "19", None, "reported")]),
]

# Sentences the round-6 rules must leave alone: (text, forbidden (source, target, root) or trigger).
NOT_EVENTS = [
    ("Britain expelled Russian diplomats. Protests followed in London.", "followed"),
    ("Washington's European allies criticised the decision.", "USA"),
    ("The talks followed a visit by the Turkish president.", "followed"),
    ("Russian jets killed 30 civilians.", "RUSCVL"),  # whose civilians the sentence does not say
    ("The president took Paris by surprise.", "took"),
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


@pytest.mark.parametrize(("text", "forbidden"), NOT_EVENTS, ids=[r[0][:50] for r in NOT_EVENTS])
def test_generality_rule_keeps_precision(nlp, text, forbidden) -> None:
    events = nlp(make_doc(nlp, text, TUESDAY))._.events
    assert not [e for e in events if forbidden in {e.trigger, e.source, e.target}], [
        f"{e.source}->{e.target} {e.code} [{e.trigger}]" for e in events]


def test_relative_dating_needs_a_measure() -> None:
    from datelines.read.events.dating import EventDate, _shift

    day = EventDate("2018-03-29", "day", "text")
    assert _shift(day, 1, "D", -1).date == "2018-03-28"
    assert _shift(day, 5, "H", -1).date == "2018-03-29"
    assert _shift(day, 2, "W", 1).date == "2018-04-12"
    assert _shift(EventDate("2018-03", "month", "text"), 1, "D", -1).date == "2018-03"


def test_a_headline_event_told_again_in_the_story_is_kept_once(nlp) -> None:
    text = "Maduro breaks ties with US\n\nVenezuelan President Nicolas Maduro broke off relations with the United States on Monday."
    events = nlp(make_doc(nlp, text, TUESDAY))._.events
    ties = [e for e in events if e.root == "16"]
    assert len(ties) == 1 and ties[0].evidence.sentence == 1 and ties[0].date_source == "text", [
        (e.source, e.target, e.code, e.date, e.evidence.sentence) for e in events]


def test_a_headline_event_the_story_does_not_repeat_stays(nlp) -> None:
    text = "Maduro breaks ties with US\n\nThe opposition called for protests."
    events = nlp(make_doc(nlp, text, TUESDAY))._.events
    assert any(e.root == "16" and e.evidence.sentence == 0 for e in events)
