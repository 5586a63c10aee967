"""The actor registry: counts and dates per (name, code), best code for a date, persistence, and its
use across two articles through the real pipeline."""

from __future__ import annotations

from datetime import date

import pytest

from datelines.read.actors import registry_observations, set_registry
from datelines.read.actors.registry import ActorRegistry
from datelines.read.pipeline import ReadSettings, build_pipeline, make_doc


@pytest.fixture(scope="module")
def actors_nlp():
    return build_pipeline(ReadSettings(components=("datelines_actors",)))


@pytest.fixture
def registry():
    registry = ActorRegistry()
    set_registry(registry)
    yield registry
    set_registry(None)


def test_observe_counts_and_dates():
    registry = ActorRegistry()
    registry.observe("Numan Kurtulmus", "TURGOV", date(2018, 3, 1))
    registry.observe("Numan Kurtulmus", "TURGOV", date(2017, 1, 5), count=2)
    [row] = registry.rows()
    assert row == {"name": "Numan Kurtulmus", "code": "TURGOV", "count": 3,
                   "first_seen": date(2017, 1, 5), "last_seen": date(2018, 3, 1)}


@pytest.mark.parametrize(("on", "expected"), [
    (None, "TUROPP"),  # most evidence overall
    (date(2012, 6, 1), "TURGOV"),  # inside the period the GOV code was seen
    (date(2020, 6, 1), "TUROPP"),
    (date(2016, 6, 1), "TUROPP"),  # between: the nearer, heavier evidence
])
def test_best_code_for_a_date(on, expected):
    registry = ActorRegistry()
    registry.observe("Ahmet Kaya", "TURGOV", date(2011, 1, 1))
    registry.observe("Ahmet Kaya", "TURGOV", date(2013, 1, 1))
    for year in (2017, 2018, 2019):
        registry.observe("Ahmet Kaya", "TUROPP", date(year, 1, 1))
    assert registry.best_code("Ahmet Kaya", on) == expected


@pytest.mark.parametrize(("mention", "expected"), [
    ("Ahmet Kaya", "TURGOV"), ("Kaya", "TURGOV"), ("Mehmet", None), ("Unknown Person", None),
])
def test_surname_resolves_to_the_one_registered_name(mention, expected):
    registry = ActorRegistry()
    registry.observe("Ahmet Kaya", "TURGOV", date(2018, 1, 1))
    assert registry.best_code(mention) == expected


def test_ambiguous_surname_resolves_to_nothing():
    registry = ActorRegistry()
    registry.observe("Ahmet Kaya", "TURGOV", date(2018, 1, 1))
    registry.observe("Leyla Kaya", "TUROPP", date(2018, 1, 1))
    assert registry.best_code("Kaya") is None


def test_rows_round_trip_and_merge():
    a, b = ActorRegistry(), ActorRegistry()
    a.observe("Rosatom", "RUSBUS", date(2018, 4, 3))
    b.observe("Rosatom", "RUSBUS", date(2015, 1, 1), count=4)
    b.observe("Rosatom", "RUS", date(2016, 1, 1))
    restored = ActorRegistry.from_rows([{**r, "first_seen": r["first_seen"].isoformat()} for r in a.merge(b).rows()])
    assert restored.rows() == a.rows()
    assert restored.affiliations["Rosatom"]["RUSBUS"].count == 5
    assert restored.affiliations["Rosatom"]["RUSBUS"].first_seen == date(2015, 1, 1)
    assert restored.best_code("Rosatom") == "RUSBUS"


def test_listing_for_the_cli():
    registry = ActorRegistry()
    registry.observe("Rosatom", "RUSBUS", date(2018, 4, 3), count=2)
    [entry] = registry.listing()
    assert entry["best_code"] == "RUSBUS" and entry["mentions"] == 2 and entry["first_seen"] == "2018-04-03"


def test_registry_codes_a_bare_name_in_a_later_article(actors_nlp, registry):
    first = actors_nlp(make_doc(actors_nlp, "Kenyan President Uhuru Kenyatta visited Nairobi on Monday.", date(2018, 4, 2)))
    for name, code in registry_observations(first):
        registry.observe(name, code, first._.published)
    assert registry.best_code("Uhuru Kenyatta") == "KENGOV"
    later = actors_nlp(make_doc(actors_nlp, "Kenyatta said the talks went well.", date(2018, 4, 5)))
    assert [(s.text, s._.actor_code, s._.actor_name) for s in later.spans["actor"]] == [
        ("Kenyatta", "KENGOV", "Uhuru Kenyatta")]
    # a code the registry gave is not fed back into it
    assert registry_observations(later) == []


def test_without_registry_a_bare_unknown_name_has_no_code(actors_nlp):
    set_registry(None)
    doc = actors_nlp(make_doc(actors_nlp, "Kenyatta said the talks went well.", date(2018, 4, 5)))
    assert all(s._.actor_code is None for s in doc.spans["actor"])


def test_aliases_from_an_article_resolve_later_mentions(actors_nlp):
    from datelines.read.actors import registry_aliases

    doc = actors_nlp(make_doc(actors_nlp, "The Free Syrian Army (FSA) took the town. Later the FSA withdrew.", date(2018, 4, 3)))
    registry = ActorRegistry()
    for name, code in registry_observations(doc):
        registry.observe(name, code, doc._.published)
    for name, alias in registry_aliases(doc):
        registry.observe_alias(name, alias)
    assert registry.best_code("FSA") == "SYRREB"
    assert registry.listing()[0]["aliases"] == ["FSA"]


@pytest.mark.parametrize(("mentions", "expected"), [
    ([(0, 6, "RUSGOV")], "[Moscow|RUSGOV] and Ankara met."),
    ([(0, 6, "RUSGOV"), (11, 17, "TURGOV")], "[Moscow|RUSGOV] and [Ankara|TURGOV] met."),
    ([(0, 6, None), (11, 17, "TURGOV")], "Moscow and [Ankara|TURGOV] met."),
])
def test_mark_mentions(mentions, expected):
    from datelines.model import Mention
    from datelines.read.actors import mark_mentions

    text = "Moscow and Ankara met."
    assert mark_mentions(text, [Mention(text[s:e], c, None, "country", s, e, 0) for s, e, c in mentions]) == expected
