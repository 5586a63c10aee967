"""The built-in actor dictionary knows the office holders of 1989-2024 news: a sentence that names them
bare ("Yeltsin met ...") codes them by their country, in office or after it. Sentences written for this
test."""

from __future__ import annotations

from datetime import date

import pytest

from datelines.read.reading import read

AFTER = date(2025, 10, 7)  # long after most of these terms: the bare country

CASES = [
    # (sentence, published, expected source prefix, expected target prefix)
    ("Yeltsin met Bill Clinton in Moscow on Tuesday.", AFTER, "RUS", "USA"),
    ("Arafat rejected the Israeli proposal.", AFTER, "PSE", "ISR"),
    ("Milosevic refused to withdraw his forces from Kosovo.", date(1999, 3, 20), "YUGGOV", None),
    ("Gorbachev met Margaret Thatcher in London.", date(1989, 4, 6), "SUNGOV", "GBRGOV"),
    ("Mugabe criticised Britain over land reform.", AFTER, "ZWE", "GBR"),
    ("Hugo Chávez accused George W. Bush of plotting a coup.", date(2006, 2, 10), "VENGOV", "USAGOV"),
    ("Nasrallah threatened Israel.", date(2006, 7, 20), "LBNREB", "ISR"),
    ("Jiang Zemin met Bill Clinton in Beijing.", date(1998, 6, 27), "CHNGOV", "USAGOV"),
    ("Benazir Bhutto accused Pervez Musharraf of rigging the election.", date(2007, 11, 10), "PAKOPP", "PAKGOV"),
    ("Kofi Annan urged Saddam to admit the inspectors.", date(1998, 2, 20), "IGOUNO", "IRQGOV"),
    ("Javier Solana urged Milosevic to accept the peace plan.", date(1999, 3, 22), "IGONAT", "YUGGOV"),
    ("Museveni accused Kagame of backing the rebels.", AFTER, "UGA", "RWA"),
]


@pytest.mark.parametrize(("sentence", "published", "source", "target"), CASES, ids=[c[0][:40] for c in CASES])
def test_named_people_are_coded_by_their_country(sentence, published, source, target):
    events = read(sentence, published).events
    assert any((e.source or "").startswith(source) and (target is None or (e.target or "").startswith(target))
               for e in events), [(e.source, e.target, e.code) for e in events]
