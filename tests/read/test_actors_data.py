"""The actor data files: validated on load, and the examples they carry checked on the real model."""

from __future__ import annotations

from datetime import date

import pytest

from datelines.ontology.actors import SCHEMAS, ActorDataError, load_countries, load_yaml
from datelines.read.actors.dictionaries import CODE_PATTERN, builtin_dictionary
from datelines.read.actors.geocode import geocode
from datelines.read.actors.roles import ROLE_CODES, role_examples
from datelines.read.actors.tables import gazetteer
from datelines.read.pipeline import ReadSettings, build_pipeline, make_doc


@pytest.fixture(scope="module")
def actors_nlp():
    return build_pipeline(ReadSettings(components=("datelines_actors",)))


def _data_examples() -> list[tuple[str, str, str]]:
    """(sentence, mention, code) from roles.yaml, and (sentence, code) from regions/igos (mention = any)."""
    out = list(role_examples())
    for file, key in (("regions.yaml", "regions"), ("igos.yaml", "igos")):
        for entry in load_yaml(file)[key]:
            out += [(sentence, "", code) for sentence, code in entry.get("examples", [])]
    return out


@pytest.mark.parametrize(("sentence", "mention", "code"), _data_examples(), ids=lambda v: str(v)[:40])
def test_data_file_examples(actors_nlp, sentence, mention, code):
    doc = actors_nlp(make_doc(actors_nlp, sentence, date(2018, 4, 3)))
    found = {(s.text, s._.actor_code) for s in doc.spans["actor"]}
    if mention:
        assert (mention, code) in found
    else:
        assert code in {c for _, c in found}


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_yaml_files_load_with_known_keys(name):
    assert load_yaml(name)


def test_countries_tsv_codes_are_iso3():
    import pycountry

    known = {c.alpha_3 for c in pycountry.countries} | {"XKX"}  # Kosovo: user-assigned, used by geonames
    known |= {c.alpha_3 for c in pycountry.historic_countries}  # states of the past: YUG, SUN, CSK, DDR, ZAR
    assert {row["iso3"] for row in load_countries()} <= known


def test_role_heads_use_known_role_codes():
    assert set(load_yaml("roles.yaml")["roles"]) <= ROLE_CODES


def test_igo_and_builtin_codes_are_well_formed():
    codes = [igo["code"] for igo in load_yaml("igos.yaml")["igos"]]
    codes += [c.code for actor in builtin_dictionary().actors for c in actor.codes]
    assert all(CODE_PATTERN.match(code) for code in codes)


def test_unknown_key_is_an_error(tmp_path, monkeypatch):
    import datelines.ontology.actors as data

    (tmp_path / "roles.yaml").write_text("roles: {}\nrole_modifers: {}\n", encoding="utf-8")
    monkeypatch.setattr(data, "DATA_DIR", tmp_path)
    data.load_yaml.cache_clear()
    try:
        with pytest.raises(ActorDataError, match="role_modifers"):
            data.load_yaml("roles.yaml")
    finally:
        data.load_yaml.cache_clear()


@pytest.mark.parametrize(("surface", "table", "code"), [
    ("Turkey", "countries", "TUR"), ("US", "countries", "USA"), ("Britain", "countries", "GBR"),
    ("Syria", "countries", "SYR"), ("Iranian", "demonyms", "IRN"), ("Turkish", "demonyms", "TUR"),
    ("Ankara", "capitals", "TUR"), ("Kremlin", "seats", "RUSGOV"), ("EU", "igos", "IGOEUREEC"),
    ("European", "region_adjectives", "EUR"),
    # former or everyday names that the ISO tables do not carry
    ("East Timor", "countries", "TLS"), ("Swaziland", "countries", "SWZ"), ("Cape Verde", "countries", "CPV"),
    ("St Lucia", "countries", "LCA"), ("Burma", "countries", "MMR"),
])
def test_gazetteer_tables(surface, table, code):
    assert getattr(gazetteer(), table)[surface] == code


@pytest.mark.parametrize(("name", "country", "has_point"), [
    ("Ankara", "TUR", True), ("Paris", "FRA", True), ("Syria", "SYR", True), ("Turkey's", "TUR", True),
    ("Black Sea", None, False), ("Crimea", "UKR", True), ("Tigray", "ETH", True),
])
def test_geocode(name, country, has_point):
    point = geocode(name)
    assert (point.country if point else None) == country
    assert (point is not None and point.lat is not None) == has_point


def test_a_place_given_with_what_holds_it_is_found_by_its_widest_known_part():
    from datelines.read.actors.geocode import geocode

    assert geocode("Bohodukhiv, Kharkiv Oblast").country == "UKR"
    assert geocode("Zamfara State").country == "NGA"
    assert geocode("Washington, D.C.").country == "USA"
