"""Sentence -> expected event for the recall rules: partitive light verbs ("rounds of talks"),
envoys named by where they come from ("inspectors from the OPCW"), subjects of 'be due to',
a country's goods as the target of trade measures, pair phrases resolved further back, and the
light verbs and lexicon entries added with them.

Each row: sentence, events that must be read as (source, target, root, modality); actor codes match by prefix.
"""

from __future__ import annotations

from datetime import date

import pytest

from datelines.evaluate.matching import code_matches
from datelines.read.pipeline import make_doc

TUESDAY = date(2018, 4, 3)

ROWS = [
    # a noun under a partitive head keeps the light verb of the head
    ("Germany held several rounds of talks with France in May.", [("DEU", "FRA", "04", "asserted")]),
    # people sent by an actor act for it
    ("Inspectors from the United Nations arrived in Syria on Saturday.", [("IGOUNO", "SYR", "04", "asserted")]),
    ("Officials in Washington raised their concerns with Ankara.", [("USAGOV", "TUR", "01", "asserted")]),
    # 'due to' takes the subject of 'is'
    ("Putin is due to visit Ankara later this month.", [("RUSGOV", "TUR", "04", "planned")]),
    # a country's goods stand for it as the target of a tariff or duty
    ("Washington imposed tariffs on Chinese imports.", [("USA", "CHN", "16", "asserted")]),
    ("Beijing answered with duties on American products.", [("CHN", "USA", "16", "asserted")]),
    # a cooperative act its doer says it is ready or plans to do: an intent (03) of record, the act planned
    ("Pakistan said it was ready to resume dialogue with India.",
     [("PAK", "IND", "03", "asserted"), ("PAK", "IND", "04", "planned")]),
    ("China announced plans to invest in Greek ports.", [("CHN", None, "03", "asserted"), ("CHN", None, "06", "planned")]),
    ("Norway expressed its willingness to host talks.", [("NOR", None, "03", "asserted")]),
    # attackers named only as such are criminals of the place struck, and what they do is unconventional
    # violence (18)
    ("A gunman assassinated the Russian ambassador in Ankara.", [(None, "RUSGOV", "18", "asserted")]),
    ("Suicide bombers attacked a church in Jolo on Sunday.", [("PHLCRM", "PHL", "18", "asserted")]),
    ("The army carried out mass killings of Rohingya in Rakhine state.", [("MMRMIL", None, "20", "asserted")]),
    # who claimed an attack did it; an army's killing is fighting
    ("The attack in Kabul, claimed by Islamic State, killed 30 people.", [("AFGREB", "AFGCVL", "18", "asserted")]),
    ("The Nigerian army said it had killed 20 Boko Haram militants in air strikes.", [("NGAMIL", "NGAREB", "19", "reported")]),
    ("Protesters hurled stones at police in Baghdad.", [(None, "IRQCOP", "14", "asserted")]),
    # a group named by its role belongs to the place its act names
    ("Thousands of workers went on strike in Nigeria over unpaid wages.", [("NGALAB", None, "14", "asserted")]),
    ("Farmers in India held a hunger strike against the new laws.", [("INDAGR", None, "14", "asserted")]),
    ("Crowds took to the streets of Algiers to reject a fifth term for the president.",
     [("DZACVL", None, "14", "asserted")]),
    # an air base stands for the armed forces; 'order' carries the ordered strike
    ("Trump ordered a strike on a Syrian air base.", [("USAGOV", "SYRMIL", "19", "asserted")]),
    # 'both countries' with no list before it: the two countries named last
    ("India blamed Pakistan for the attack. China urged both countries to show restraint.",
     [("CHN", "IND", "02", "asserted"), ("CHN", "PAK", "02", "asserted")]),
    # lexicon entries
    ("The Russian parliament ratified the treaty on Friday.", [("RUSLEG", None, "05", "asserted")]),
    ("Moscow and Kiev traded accusations over the shelling.", [("RUS", "UKR", "11", "asserted")]),
    ("North Korea tested a ballistic missile on Friday.", [("PRK", None, "15", "asserted")]),
    ("Egypt withdrew Turkey's trade privileges.", [("EGY", "TUR", "16", "asserted")]),
    ("Turkish police fired tear gas at the protesters.", [("TUR", None, "17", "asserted")]),
    ("The Turkish government suspended the bill after the protests.", [("TURGOV", None, "08", "asserted")]),
    ("Erdogan and Putin attended a ceremony in Istanbul.", [("TURGOV", "RUSGOV", "04", "asserted")]),
    # a noun naming the kind of an earlier act refers back to its author, even some sentences back
    (("Sudan's military removed President Omar al-Bashir on Thursday. The army said it would rule for two years. "
     "Protesters stayed in the streets. The African Union condemned the takeover."),
     [("IGOAFU", "SDNMIL", "11", "asserted")]),
    # the same act told again of other sources keeps the target it had
    ("Saudi Arabia cut ties with Qatar on Monday. Yemen and the Maldives cut ties later in the day.",
     [("YEM", "QAT", "16", "asserted"), ("MDV", "QAT", "16", "asserted")]),
    # a bare definite role noun refers back to the actor of that role named last
    (("Sudan's military removed President Omar al-Bashir on Thursday. US officials urged the military to "
     "include civilians in the government."), [("USAGOV", "SDNMIL", "02", "asserted")]),
    # "with N and N-s against X" misread as a clause ("asset freezes" a verb): the nouns stay the response
    ("Washington and Brussels answered on Monday with travel bans and asset freezes against Russian officials.",
     [("USA", "RUSGOV", "16", "asserted")]),
    ("Germany condemned the referendum in Crimea. Moscow rejected the criticism.", [("RUS", "DEU", "12", "asserted")]),
    # speech acts and their targets: the accused, the one complained about, the one asked
    ("Saudi Arabia cut diplomatic relations with Qatar on Monday, accusing the small Gulf state of supporting terrorism.",
     [("SAU", "QAT", "11", "asserted"), ("QAT", None, "05", "reported")]),
    ("Turkey has complained repeatedly about Russian jets crossing its border.", [("TUR", "RUS", "11", "asserted")]),
    ("Erdogan accused the cleric of organising the plot and called on Washington to extradite him.",
     [("TURGOV", "USAGOV", "02", "asserted")]),
    ("Turkey asked for an emergency meeting of NATO.", [("TUR", "IGONAT", "02", "asserted")]),
    # calling an act by a damning name criticises its author
    ("Ukrainian President Petro Poroshenko called the Russian referendum an act of terrorism.",
     [("UKRGOV", "RUS", "11", "asserted")]),
    # a verdict in a reported clause criticises the doer of what the clause is about
    ("The Qatari foreign ministry said the Saudi measures were unjustified.", [("QATGOV", "SAU", "11", "asserted")]),
    ("Russia annexed Crimea in March 2014. Merkel said the annexation breached international law.",
     [("DEUGOV", "RUS", "11", "asserted")]),
    # disapproving of, or using force against, what an actor owns targets the owner
    ("Washington has opposed the new Russian pipeline.", [("USAGOV", "RUS", "11", "asserted")]),
    ("US warplanes targeted the chemical weapons facilities of the Syrian army.", [("USAMIL", "SYRMIL", "19", "asserted")]),
    # 'they' under a plural speaker's 'said' is that speaker
    ("Syrian Turkmen rebels said they had fired at the Russian pilots.", [("SYRREB", "RUSMIL", "19", "reported")]),
    ("Erdogan invited Putin to Istanbul.", [("TURGOV", "RUSGOV", "04", "asserted")]),
    ("Nicaragua said it would not sign the document.", [("NIC", None, "05", "negated")]),
    # proposing sanctions threatens them; a ban on flights to a country targets it
    ("US senators proposed sanctions against Turkish officials.", [("USALEG", "TURGOV", "13", "asserted")]),
    ("Moscow banned charter flights to Turkey.", [("RUSGOV", "TUR", "16", "asserted")]),
    # a purpose clause of writing to someone is addressed to them
    ("Erdogan has written to Putin to express regret over the downing of the jet.",
     [("TURGOV", "RUSGOV", "05", "asserted")]),
    # a description naming its own country is not a reference back
    ("The PKK has been fighting the Turkish state for more than 30 years.", [("TURREB", "TUR", "19", "asserted")]),
    # a warning with no addressee is aimed at the other party it speaks of
    ("Putin warned that the incident would have serious consequences for relations between Moscow and Ankara.",
     [("RUSGOV", "TURGOV", "13", "asserted")]),
    # "the two countries" pairs states, not a region named in between
    ("Erdogan and Putin met in Istanbul. The gas will flow to Turkey and Europe. The two countries signed an agreement.",
     [("TUR", "RUS", "05", "asserted")]),
    # the partner of an agreement can be named in what it is for
    ("Turkey has signed an agreement to buy the S-400 air defence system from Russia.", [("TUR", "RUS", "05", "asserted")]),
]


def _found(events, source, target, root, modality) -> bool:
    return any((code_matches(source, e.source) and code_matches(target, e.target)
                or code_matches(source, e.target) and code_matches(target, e.source) and source and target)
               and e.root == root and e.modality == modality for e in events)


@pytest.mark.parametrize(("sentence", "expected"), ROWS, ids=[r[0][:50] for r in ROWS])
def test_recall_rule(nlp, sentence, expected) -> None:
    events = nlp(make_doc(nlp, sentence, TUESDAY))._.events
    seen = [f"{e.source}->{e.target} {e.code} {e.modality}" for e in events]
    for source, target, root, modality in expected:
        assert _found(events, source, target, root, modality), f"missing {source}->{target} {root}; got {seen}"
