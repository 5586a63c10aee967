"""Rules of stop 53, each on texts written for this test: crowds gathering somewhere to protest, places
the entity model mistook, a part of a big town, an organization named after a country, acts alleged
with their results, gerunds hung on a place, regional forces, forces owned or commanded, targets
passed over, and the words for suspending, firing, ruling out, executing and rioting."""

from __future__ import annotations

from datetime import date
from functools import partial

from spacy.tokens import Doc
from spacy.vocab import Vocab

from datelines.read.events.arguments import subject_heads
from datelines.read.reading import read
from tests.read.real_news_helpers import dyads, has_dyad
from tests.read.timex_helpers import find

DAY = date(2026, 6, 9)
_dyads = partial(dyads, day=DAY)


def test_a_crowd_gathering_somewhere_to_protest_belongs_to_that_place():
    found = _dyads("Hundreds of farmers gather in Nairobi to protest against the new fuel tax.")
    assert has_dyad(found, "KEN", "KEN", "14")


def test_authorities_in_a_town_the_entity_model_mistook_are_that_towns():
    found = _dyads("Authorities in Bogotá impose a curfew on the city after the riots.")
    assert has_dyad(found, "COL", "COL", "17")


def test_a_part_of_a_big_town_is_in_that_town_and_downtown_alone_is_no_place():
    found = _dyads("Three people are shot dead in Downtown Indianapolis.")
    assert has_dyad(found, None, "USA", "18") or has_dyad(found, "USA", "USA", "18")
    assert not any((s or "").startswith("POL") or (t or "").startswith("POL") for s, t, _ in found)
    found = _dyads("Police detain 40 people following a Central Paris march against the pension reform.")
    assert has_dyad(found, "FRACOP", "FRA", "17")


def test_a_country_inside_an_organizations_name_is_not_the_story_country():
    found = _dyads("Police arrest twelve people at a Central London rally in support of Palestine Action.")
    assert has_dyad(found, "GBRCOP", "GBR", "17")
    assert not any((s or "").startswith("PSE") for s, _, _ in found)


def test_the_result_of_an_alleged_attack_is_the_accused_side_s_and_alleged():
    events = read("Hamas accuses Israel of carrying out 40 strikes in the Gaza Strip, killing 31 Palestinians.", DAY).events
    killing = [e for e in events if e.code.startswith("18")]
    assert killing and all((e.source or "").startswith("ISR") and e.modality == "reported" for e in killing)
    # the accuser's own act after the accusation stays the accuser's
    found = _dyads("Protesters in Belgrade also accuse the Serbian government of working against its people, "
                   "calling for early elections.")
    assert any((s or "").startswith("SRBCVL") and r == "02" for s, _, r in found)
    assert not any((s or "").startswith("SRBGOV") and r == "02" for s, _, r in found)


def _parsed(words: list[str], heads: list[int], deps: list[str], tags: list[str], pos: list[str],
            ents: list[str] | None = None) -> Doc:
    """A sentence with the parse the small model gives some real sentences (written out, so that the rule
    is tested on the parse it repairs, whatever the model does with these words)."""
    return Doc(Vocab(), words=words, heads=heads, deps=deps, tags=tags, pos=pos, lemmas=[w.lower() for w in words],
               ents=ents)


def test_a_gerund_hung_on_a_place_is_the_act_s_not_the_place_s():
    # "The air force carries out strikes in Kabul, Afghanistan, targeting the leaders": "targeting" on "Kabul"
    doc = _parsed(["The", "force", "carries", "out", "strikes", "in", "Kabul", ",", "Afghanistan", ",", "targeting",
                   "the", "leaders", "."],
                  [1, 2, 2, 2, 2, 2, 5, 6, 6, 6, 6, 12, 10, 2],
                  ["det", "nsubj", "ROOT", "prt", "dobj", "prep", "pobj", "punct", "appos", "punct", "acl", "det",
                   "dobj", "punct"],
                  ["DT", "NN", "VBZ", "RP", "NNS", "IN", "NNP", ",", "NNP", ",", "VBG", "DT", "NNS", "."],
                  ["DET", "NOUN", "VERB", "ADP", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "PUNCT", "VERB", "DET",
                   "NOUN", "PUNCT"],
                  ["O", "O", "O", "O", "O", "O", "B-GPE", "O", "B-GPE", "O", "O", "O", "O", "O"])
    assert [t.text for t in subject_heads(doc[10])] == ["force"]


def test_a_verb_joined_to_a_subject_the_parser_made_the_root_has_that_subject():
    # "Settlers in the West Bank shoot and injure five Palestinians": "shoot" read as a noun, "injure" on "settlers"
    doc = _parsed(["Settlers", "in", "the", "West", "Bank", "shoot", "and", "injure", "five", "Palestinians", "."],
                  [0, 0, 5, 4, 5, 1, 0, 0, 9, 7, 0],
                  ["ROOT", "prep", "det", "compound", "compound", "pobj", "cc", "conj", "nummod", "dobj", "punct"],
                  ["NNS", "IN", "DT", "NNP", "NNP", "NN", "CC", "VB", "CD", "NNPS", "."],
                  ["NOUN", "ADP", "DET", "PROPN", "PROPN", "NOUN", "CCONJ", "VERB", "NUM", "PROPN", "PUNCT"])
    assert [t.text for t in subject_heads(doc[7])] == ["Settlers"]


def test_a_village_named_with_its_region_is_in_that_region_s_country():
    found = _dyads("Russia says its troops have taken the village of Novoselivka in Donetsk Oblast, Ukraine.")
    assert has_dyad(found, "RUS", "UKR", "19")
    assert not has_dyad(found, "RUS", "RUS", "19")


def test_a_regional_force_fighting_the_national_army_is_a_clash():
    found = _dyads("Fighting breaks out between Puntland forces and the Somali National Army in Galkayo, Somalia.")
    assert has_dyad(found, "SOM", "SOM", "19")


def test_a_speaker_s_second_act_in_the_present_is_his_not_the_reported_clause_s():
    found = _dyads("The Kenyan president confirms that two Ugandan journalists were arrested last week and accuses "
                   "them of spying for a foreign power.")
    assert any((s or "").startswith("KEN") and r == "11" for s, _, r in found)
    assert not any((s or "").startswith("UGA") and r == "11" for s, _, r in found)


def test_forces_owned_by_its_or_commanded_by_a_leader_are_that_side_s():
    found = _dyads("The Pentagon says its military has struck a drug boat off the coast of Venezuela.")
    assert any((s or "").startswith("USA") and r == "19" for s, _, r in found)
    assert not any((s or "").startswith("VEN") for s, _, _ in found)
    found = _dyads("The Colombian president orders the armed forces to halt intelligence sharing with the United States.")
    assert any((s or "").startswith("COL") and (t or "").startswith("USA") and r == "16" for s, t, r in found)


def test_whom_an_act_missed_is_not_its_target():
    found = _dyads("A Nigerian Air Force airstrike hits a village market instead of Boko Haram militants in Borno State, Nigeria.")
    assert not has_dyad(found, "NGA", "NGAREB", "19")
    assert has_dyad(found, "NGA", "NGA", "19")


def test_a_named_force_s_men_are_that_force():
    found = _dyads("Africa Corps forces killed twelve villagers in central Mali, a rights group says.")
    assert has_dyad(found, "RUS", "MLI", "18")


def test_the_words_for_suspending_firing_ruling_out_ceasing_executing_and_rioting():
    cases = [("The United States suspends intelligence sharing with Colombia.", "USA", "COL", "16"),
             ("The Kenyan president fires the director of the national intelligence service.", "KEN", "KEN", "17"),
             ("The Kenyan president suspends the national police commissioner.", "KEN", "KEN", "17"),
             ("Moscow rules out any peacekeepers from NATO countries in Ukraine.", "RUS", "IGONAT", "12"),
             ("Israel says it will cease all contact with the UN agency for Palestinian refugees.", "ISR", "IGOUNO", "16"),
             ("Georgia suspends its visa-free arrangement for Iranian citizens.", "GEO", "IRN", "16"),
             ("Iran announces the execution of two Swedish nationals.", "IRN", "SWE", "18"),
             ("Drones hit a hotel in Erbil.", None, "IRQ", "19"),
             ("Mass rioting takes place in Nairobi.", "KEN", "KEN", "14")]
    for text, source, target, root in cases:
        assert has_dyad(_dyads(text), source, target, root), text
    # carrying out a budget executes no one
    assert not any(r == "18" for _, _, r in _dyads("The ministry oversees the execution of the budget."))


def test_a_passive_s_agent_named_by_role_is_placed_by_what_the_act_struck():
    found = _dyads("The offices of the ruling party in Tbilisi are stormed by protesters.")
    assert has_dyad(found, "GEOCVL", "GEO", "14")


def test_hostages_freed_by_no_one_named_are_still_released():
    found = _dyads("Forty villagers abducted from a market in Zamfara State are freed.")
    assert has_dyad(found, None, "NGA", "08")


def test_orthodox_easter_is_its_own_day():
    span = find("The truce holds over Orthodox Easter.", date(2026, 4, 10), "Orthodox Easter")
    assert span._.timex_value == "2026-04-12"  # (Western Easter fell on April 5 that year)


def test_a_strike_called_for_is_the_callers_plan_and_other_acts_called_for_are_asked():
    events = read("The Kenyan teachers' union calls for a nationwide strike next week.", DAY).events
    strikes = [e for e in events if e.code.startswith("14")]
    assert strikes and all(e.modality == "planned" and (e.source or "").startswith("KEN") for e in strikes)
    events = read("Ukraine calls for new sanctions on Russia.", DAY).events
    assert all(e.modality != "asserted" for e in events if e.code.startswith("16"))


def test_drugs_or_weapons_seized_are_a_seizure_by_the_announcer():
    found = _dyads("Mexican police announce the seizure of 40 rifles and two tonnes of cocaine in Sonora.")
    assert has_dyad(found, "MEX", None, "17")


def test_a_region_named_with_its_kind_is_that_region_not_a_namesake_town():
    from datelines.read.actors.geocode import geocode

    assert geocode("Niger State").country == "NGA"  # a state of Nigeria, not the country Niger
    assert geocode("Mount Lebanon Governorate").country == "LBN"  # not Mount Lebanon, Pennsylvania
    found = _dyads("Two people are killed in an Israeli drone strike in Aley, Mount Lebanon Governorate, Lebanon.")
    assert has_dyad(found, "ISR", "LBN", "19")
    assert not any((t or "").startswith("USA") for _, t, _ in found)


def test_a_national_glide_or_cluster_bomb_is_that_state_s_forces():
    assert has_dyad(_dyads("A Russian glide bomb kills three people in Kharkiv."), "RUSMIL", "UKR", "18")
    assert has_dyad(_dyads("An Iranian cluster bomb injures five people in Haifa, Israel."), "IRNMIL", "ISR", "18")


def test_protestors_spelled_so_war_declared_and_the_us_written_without_its_last_stop():
    assert has_dyad(_dyads("Hundreds of protestors try to storm the British embassy in Tehran, Iran."), "IRNCVL", "GBR", "14")
    assert has_dyad(_dyads("Clerics in Iraq declare jihad against the occupying forces of Turkey."), "IRQ", "TUR", "13")
    assert has_dyad(_dyads("An Iranian patrol boat is sunk by U.S forces in the Gulf of Oman."), "USA", "IRN", "19")


def test_victims_named_by_the_harm_beat_the_place_s_people_an_ambush_implied():
    found = _dyads("Three Turkish engineers are shot dead in an ambush by unidentified gunmen in Kunar Province, Afghanistan.")
    assert has_dyad(found, "AFG", "TUR", "18")
    assert not has_dyad(found, "AFG", "AFG", "18")


def test_delegations_arriving_somewhere_for_talks_hold_them_with_each_other():
    found = _dyads("The delegations of Armenia and Azerbaijan arrive in Abu Dhabi, United Arab Emirates, for peace talks.")
    assert has_dyad(found, "ARM", "AZE", "04") or has_dyad(found, "AZE", "ARM", "04")
