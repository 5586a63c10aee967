"""Rules of stop 38, each on texts written for this test: bodies named with their acronym or only by
their kind, "they" for a named organization, a time inside an after-clause, and acts told by how
long they lasted."""

from __future__ import annotations

from datetime import date
from functools import partial

from datelines.read.reading import read
from tests.read.real_news_helpers import dyads

DAY = date(2025, 6, 12)  # a Thursday
_dyads = partial(dyads, day=DAY)


def _dated(text: str, root: str) -> list[str]:
    return [e.date for e in read(text, DAY).events if e.root == root]


def test_a_title_after_an_organizations_bracketed_acronym_is_that_organizations():
    found = _dyads("Hungary criticised European Commission (EC) spokesman Jan Novak.")
    assert ("HUNGOV", "IGOEUREEC", "11") in found
    assert not any(t == "HUNGOV" for _, t, _ in found)


def test_an_unknown_body_the_act_falls_on_takes_the_acting_states_country_and_its_own_role():
    assert ("KENJUD", "KENBUS", "17") in _dyads("A Kenyan court fined cement maker Bamburi Holdings 5 million shillings.")
    assert ("BRAJUD", "BRAREL", "17") in _dyads("A Brazilian court banned the Universal Temple Church.")
    # (a body the reader knows keeps its own code; a victim named as a person is no body)
    assert not any(t and t.endswith("BUS") for _, t, _ in _dyads("A Kenyan court jailed businessman John Otieno."))


def test_they_as_the_subject_of_what_a_named_organization_says_is_that_organization():
    found = _dyads("The World Food Programme said they had delivered 3,000 tonnes of food to Malawi.")
    assert any(s and s.startswith("IGOUNO") and r == "07" for s, _, r in found)


def test_denying_a_motion_or_a_petition_is_a_rejection():
    assert any(r == "12" for _, _, r in _dyads("Kenya's High Court denied the opposition's motion to halt the vote."))
    assert any(r == "12" for _, _, r in _dyads("The Supreme Court of Pakistan denied a petition by the former prime minister."))


def test_a_time_inside_an_after_clause_does_not_date_the_main_act():
    # (the tagger reads "the latter calls" as a noun phrase; "after" still opens a clause)
    text = ("Estonian president Alar Karis dissolves parliament on the advice of prime minister Kristen Michal, "
            "after the latter calls for early elections on 18 July.")
    assert _dated(text, "17") == [DAY.isoformat()]
    assert [e.modality for e in read(text, DAY).events if e.root == "17"] == ["asserted"]


def test_an_act_told_by_how_long_it_lasted_began_that_long_before():
    text = "Ethiopian troops retook the town of Humera, ending eight months of Eritrean occupation."
    assert "2024-10" in _dated(text, "19")
    # ("for eight months": how long, with no end told, dates nothing back)
    assert "2024-10" not in _dated("Eritrean troops have occupied the town of Humera for eight months.", "19")


def test_a_place_abroad_the_story_names_far_less_than_its_country_is_not_its_setting():
    text = ("Frank Bainimarama, the former prime minister of Fiji, died on Tuesday at the age of 70 in a "
            "hospital in Sydney, Australia.\n\nHe had been treated in Brisbane for heart problems last year. "
            "Fiji's parliament observed a minute of silence.\n\nBainimarama led Fiji for sixteen years and "
            "served in the navy of Fiji before politics.")
    found = _dyads(text)
    assert ("FJILEG", "FJIGOV", "01") in found
    assert not any((t or "").startswith("AUS") for _, t, _ in found)


def test_deaths_after_a_vehicle_crashes_or_a_boat_sinks_are_no_ones_act():
    assert not [e for e in read("Six Thai tourists are killed after a coach loses control and crashes in Hokkaido, Japan.", DAY).events
                if e.root in {"18", "19", "20"}]
    assert not [e for e in read("Nine migrants are killed after a dinghy sinks off the coast of Lesbos, Greece.", DAY).events
                if e.root in {"18", "19", "20"}]
    # (someone who crashes a car into people does act)
    found = _dyads("Police say a gunman killed four people in Hamburg after he crashed his car into a market.")
    assert any(r == "18" for _, _, r in found)


def test_a_conjunct_sharing_a_reported_perfect_is_reported_too():
    text = "Benin says that Niger has arrested three of its customs officers and seized their vehicles near Malanville."
    seizures = [e for e in read(text, DAY).events if e.code.startswith("171")]
    assert seizures and all(e.modality == "reported" for e in seizures)


def test_calling_off_strikes_is_a_step_down_from_force_the_day_it_is_told():
    text = "Israeli prime minister Dan Levin announces that he has called off planned airstrikes on Lebanon for tomorrow."
    events = read(text, DAY).events
    assert [(e.source, e.target, e.code, e.date, e.modality) for e in events if e.code == "087"] == [
        ("ISRGOV", "LBN", "087", DAY.isoformat(), "asserted")]
    assert all(e.modality == "negated" for e in events if e.root == "19")


def test_a_time_after_since_is_behind_and_bounds_no_one_off_act():
    timexes = read("Protests have continued since March.", DAY).timexes
    assert [t.value for t in timexes] == ["2025-03"]
    assert _dated("Ukrainian troops entered the city of Donetsk for the first time since 2014.", "19") == [DAY.isoformat()]
    assert _dated("It was the deadliest Russian attack on Odesa since 2022.", "19") == [DAY.isoformat()]


def test_an_act_asked_about_with_whether_is_open():
    text = "Belarus declines to confirm whether Belarusian forces shot down the Lithuanian drone."
    # (the shooting down, and since stop 54 the drone's flight at Belarus that it met: both only asked about)
    modalities = {e.modality for e in read(text, DAY).events if e.root in {"18", "19"}}
    assert modalities == {"hypothetical"}


def test_an_ultimatum_is_given_the_day_it_is_told_not_the_day_it_runs_out():
    text = "Russian president Vladimir Putin gives Moldova a deadline of June 30 to withdraw its troops."
    ultimatums = [(e.code, e.date, e.modality) for e in read(text, DAY).events if e.root == "13"]
    assert ultimatums == [("139", DAY.isoformat(), "asserted")]


def test_a_weekend_is_in_the_month_of_its_saturday():
    # (Monday 3 November 2025: the weekend before is 1 and 2 November, its week's Thursday 30 October)
    text = "Ukraine reports that dozens of civilians were killed in Russian attacks on Kharkiv over the weekend."
    assert [e.date for e in read(text, date(2025, 11, 3)).events if e.root in {"18", "19"}] == ["2025-11"]


def test_present_tense_verbs_after_plural_names_and_modifiers_are_verbs():
    assert ("YEMREB", "PHLGOV", "08") in _dyads("The Houthis release eleven Filipino seamen.")
    found = _dyads("German police shoot and arrest an armed man outside the parliament in Berlin.")
    assert any(s == "DEUCOP" and r == "17" for s, _, r in found)


def test_a_judge_of_no_known_country_sentencing_someone_is_of_the_sentenced_ones_country():
    found = _dyads("High Court judge Amelia Hartley sentences former Welsh MEP Owen Pryce to six years in prison.")
    assert any(s == "GBRJUD" and (t or "").startswith("GBR") and r == "17" for s, t, r in found)


def test_a_country_named_with_accents_is_that_country():
    found = _dyads("The president of São Tomé and Príncipe condemned the coup attempt.")
    assert any((s or "").startswith("STP") for s, _, _ in found)


def test_a_subject_read_as_adjectives_keeps_its_present_tense_verb():
    found = _dyads("The Congolese military withdraws from Goma heading north towards Rutshuru.")
    assert any(s == "CODMIL" and r == "08" for s, _, r in found)


def test_fighters_captured_are_detained_not_territory_taken():
    assert ("UKRMIL", "PRKMIL", "17") in _dyads("Ukrainian troops captured two North Korean soldiers in Kursk.")


def test_names_listed_with_their_own_numbers_do_the_act_again_and_are_no_targets():
    text = "Under the plan, Kenya will contribute 1,000 troops, followed by Chad with 400, Benin with 300, and Rwanda with 200."
    assert not any(t and t[:3] in {"TCD", "BEN", "RWA"} for _, t, _ in _dyads(text))


def test_a_number_of_a_speakers_own_soldiers_are_the_speakers():
    found = _dyads("The Ukrainian army says three of its soldiers were wounded in a Russian drone attack in Kupiansk.")
    assert any(t == "UKRMIL" and r in {"18", "19"} for _, t, r in found)


def test_a_special_jurisdiction_is_a_court():
    found = _dyads("The Peruvian Special Jurisdiction for Truth charges 12 former army officers with torture.")
    assert any(s == "PERJUD" and r == "17" for s, _, r in found)


def test_people_counted_with_over_are_the_ones_arrested():
    assert ("IRQMIL", "IRQCVL", "17") in _dyads("The Iraqi Armed Forces arrest over 25 people on suspicion of attacking a UNAMI convoy.")
