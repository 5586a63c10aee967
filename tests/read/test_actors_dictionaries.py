"""User dictionaries: datelines' YAML format, the PETRARCH/TABARI importer, round trips, precedence."""

from __future__ import annotations

from datetime import date

import pytest
import spacy

from datelines.ontology.actors import DATA_DIR, ActorDataError
from datelines.read.actors.dictionaries import (
    DatedCode,
    dump_yaml,
    load_dictionary,
    parse_petrarch_actors,
    parse_petrarch_agents,
    user_dictionary,
)
from datelines.read.pipeline import DEFAULT_MODEL, make_doc

# Tiny PETRARCH-style files written for these tests (invented people; the format, not the data).
PETRARCH_ACTORS = """\
# actors
AHMET_KAYA_ [TURGOV 140330-190331]
+MAYOR_KAYA_
[TUROPP >190401]
LEYLA_DEMIR_
[TURMED <151231]  <!-- a journalist until 2015 -->
ASC [TURBUS]
"""
PETRARCH_AGENTS = """\
WARLORD_ {WARLORDS_} [~REB]
SPECIAL_ENVOY_ [~GOV]   # envoys
"""


def test_petrarch_actor_lines():
    dictionary = parse_petrarch_actors(PETRARCH_ACTORS)
    kaya, demir, asc = dictionary.actors
    assert kaya.name == "Ahmet Kaya" and kaya.aliases == ["Mayor Kaya"]
    assert kaya.codes == [DatedCode("TURGOV", date(2014, 3, 30), date(2019, 3, 31)), DatedCode("TUROPP", date(2019, 4, 1))]
    assert demir.codes == [DatedCode("TURMED", end=date(2015, 12, 31))]
    assert (asc.name, asc.kind, asc.code_on(None)) == ("ASC", "organization", "TURBUS")


@pytest.mark.parametrize(("on", "code"), [(date(2016, 1, 1), "TURGOV"), (date(2020, 1, 1), "TUROPP"), (date(2010, 1, 1), None)])
def test_dated_codes(on, code):
    assert parse_petrarch_actors(PETRARCH_ACTORS).lookup("mayor kaya").code_on(on) == code


def test_petrarch_agent_lines():
    assert parse_petrarch_agents(PETRARCH_AGENTS).agents == {"warlord": "REB", "warlords": "REB", "special envoy": "GOV"}


@pytest.mark.parametrize("source", ["petrarch", "example"])
def test_yaml_round_trip(tmp_path, source):
    if source == "petrarch":
        original = parse_petrarch_actors(PETRARCH_ACTORS).merged(parse_petrarch_agents(PETRARCH_AGENTS))
    else:
        original = load_dictionary(DATA_DIR / "user_dictionary.example.yaml")
    dump_yaml(original, tmp_path / "dictionary.yaml")
    assert load_dictionary(tmp_path / "dictionary.yaml") == original


@pytest.mark.parametrize(("text", "error"), [
    ("actors: [{name: X, codes: [turgov]}]", "not a CAMEO actor code"),
    ("actors: [{name: X, code: TURGOV}]", "needs 'name'"),
    ("actors: [{name: X, codes: [{code: TURGOV, from: 2018-13-01}]}]", "bad date"),
    ("actor: []", "unknown keys"),
])
def test_yaml_validation(tmp_path, text, error):
    (tmp_path / "bad.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(ActorDataError, match=error):
        load_dictionary(tmp_path / "bad.yaml")


def test_paths_from_environment(tmp_path, monkeypatch):
    (tmp_path / "actors.txt").write_text(PETRARCH_ACTORS, encoding="utf-8")
    (tmp_path / "agents.txt").write_text(PETRARCH_AGENTS, encoding="utf-8")
    monkeypatch.setenv("DATELINES_ACTOR_DICTIONARIES", f"{tmp_path / 'actors.txt'}:{tmp_path / 'agents.txt'}")
    merged = user_dictionary()
    assert merged.lookup("Ahmet Kaya") is not None and merged.agents["warlord"] == "REB"


@pytest.fixture(scope="module")
def nlp_with_dictionary(tmp_path_factory):
    folder = tmp_path_factory.mktemp("dictionaries")
    (folder / "actors.txt").write_text(PETRARCH_ACTORS + "VLADIMIR_PUTIN_ [RUSELI]\n", encoding="utf-8")
    (folder / "agents.txt").write_text(PETRARCH_AGENTS, encoding="utf-8")
    nlp = spacy.load(DEFAULT_MODEL)
    nlp.add_pipe("datelines_actors", config={"dictionaries": [str(folder / "actors.txt"), str(folder / "agents.txt")]})
    return nlp


@pytest.mark.parametrize(("text", "published", "mention", "code"), [
    ("Kaya said the port would reopen.", date(2016, 5, 1), "Kaya", None),  # single words only via aliases
    ("Mayor Kaya said the port would reopen.", date(2016, 5, 1), "Mayor Kaya", "TURGOV"),
    ("Ahmet Kaya said the port would reopen.", date(2021, 5, 1), "Ahmet Kaya", "TUROPP"),
    # the user dictionary beats what the text says and the built-in tables
    ("Russian President Vladimir Putin arrived.", date(2018, 4, 3), "Russian President Vladimir Putin", "RUSELI"),
    # user agents extend the role words
    ("Somali warlords attacked the town.", date(2018, 4, 3), "Somali warlords", "SOMREB"),
])
def test_user_dictionary_in_the_pipeline(nlp_with_dictionary, text, published, mention, code):
    doc = nlp_with_dictionary(make_doc(nlp_with_dictionary, text, published))
    found = {s.text: s._.actor_code for s in doc.spans["actor"]}
    assert found.get(mention) == code


def test_between_terms_an_office_holder_is_still_of_the_country():
    from datetime import date

    from datelines.read.actors.dictionaries import builtin_dictionary

    trump = builtin_dictionary().lookup("Donald Trump")
    assert trump.code_on(date(2018, 5, 1)) == "USAGOV"
    assert trump.code_on(date(2022, 5, 1)) == "USA"
