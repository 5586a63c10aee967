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
