"""Constructions met in real news and read by general rules (stop 27). Sentences written for this test,
in the words of news English; none is taken from an article or a day page."""

from __future__ import annotations

from datetime import date

from datelines.read.reading import read

DAY = date(2024, 10, 18)


def _events(text: str, day: date = DAY) -> list[tuple[str | None, str | None, str, str, str]]:
    return [(e.source, e.target, e.code, e.date, e.modality) for e in read(text, day).events]


def test_done_by_a_month_told_in_the_past_is_behind():
    """'were closed by March 12' in an October article is last March, not next March, and no plan."""
    events = _events("Kenya had banned public gatherings by March 12 as the outbreak spread.")
    assert events and all(e[3] == "2024-03-12" and e[4] == "asserted" for e in events)


def test_a_deadline_ahead_still_reads_forward():
    events = _events("Kenya banned public gatherings until November 30.", date(2024, 3, 2))
    assert events and all(e[3] == "2024-03-02" and e[4] == "asserted" for e in events)


def test_a_month_named_like_a_town_is_no_place_taken():
    """'by March': a town in England bears the name, but a month is not what measures take."""
    events = _events("By March, sweeping measures were taken by the Peruvian government against the virus.")
    assert not any(c.startswith("19") for _, _, c, _, _ in events)


def test_a_military_coup_is_the_army_s_act_against_its_government():
    events = _events("Chile held elections. A military coup removed President Salvador Allende in 1973.")
    assert ("CHLMIL", "CHLGOV", "170", "1973", "asserted") in events


def test_a_military_coup_in_a_country_is_its_army_s():
    events = _events("The military coup in Gabon was condemned by the African Union.")
    assert any(s == "GABMIL" and c == "170" for s, _, c, _, _ in events)


def test_a_court_with_a_military_modifier_stays_a_court():
    events = _events("A military court in Egypt sentences former minister Adel Hamdy to ten years in prison.")
    assert any(s == "EGYJUD" and c.startswith("17") for s, _, c, _, _ in events)
    assert not any(s == "EGYMIL" for s, *_ in events)


def test_a_pardoned_person_of_no_known_country_is_of_the_pardoning_state():
    events = _events("Lula pardoned Joao Pereira on Friday.")
    assert any(s == "BRAGOV" and (t or "").startswith("BRA") and c == "084" for s, t, c, _, _ in events)


def test_an_unplaced_sentence_is_passed_by_the_story_s_courts():
    text = ("Vietnam's courts are harsh, Vietnamese bloggers say, and Vietnamese lawyers agree. "
            "Last month a blogger was sentenced to eight years in prison.")
    events = _events(text)
    assert any(s == "VNMJUD" and c.startswith("17") and d == "2024-09" for s, _, c, d, _ in events)


def test_a_noun_sentence_or_arrest_is_not_given_the_story_s_courts():
    text = "Kenyan officials visited the hospital. The minister suffered a cardiac arrest on Monday."
    assert not any(c == "173" for _, _, c, _, _ in _events(text))


def test_a_ban_on_face_veils_restricts_each_state_s_own_people():
    events = _events("Chad and Cameroon imposed bans on face veils after the bombings.")
    assert ("TCDGOV", "TCDCVL", "172", "2024-10-18", "asserted") in events
    assert ("CMRGOV", "CMRCVL", "172", "2024-10-18", "asserted") in events
    assert not any(s == "CMRGOV" and t == "TCDCVL" for s, t, *_ in events)


def test_a_passive_ban_at_home_is_the_government_s():
    events = _events("Turkey's parliament debated the headscarf on Tuesday, and Turkish newspapers covered it "
                     "for Turkish readers. Under the old regime, the headscarf was banned in universities.")
    assert any(s == "TURGOV" and c == "172" for s, _, c, _, _ in events)


def test_declining_to_hear_an_appeal_rejects_its_owner():
    events = _events("Kenya's Supreme Court declined to hear the appeal of Kenyan opposition leader Raila Odinga.")
    assert any(s == "KENJUD" and (t or "").startswith("KEN") and c == "120" for s, t, c, _, _ in events)


def test_where_one_is_taken_to_is_not_taken():
    text = "The wounded Chilean senator was taken to the Clinica Alemana in Santiago on Monday."
    assert not any(c.startswith("19") for _, _, c, _, _ in _events(text))


def test_a_town_the_tagger_misses_is_still_the_place_seized():
    events = _events("Rwandan troops seized Wad Madani on Tuesday.")  # (two names the tagger takes for a person)
    assert any(s == "RWAMIL" and t == "SDN" and c == "192" for s, t, c, _, _ in events)


def test_leaving_a_race_is_no_act_against_the_home_government():
    text = "The Kenyan senator announced his exit from the presidential race on Monday."
    assert not any(c.startswith("16") and t == "KENGOV" for _, t, c, _, _ in _events(text))


def test_a_phrase_hung_on_out_names_the_place_left():
    """'pull its troops out of Somalia': the parser hangs 'of Somalia' on 'out'."""
    events = _events("Burundi pulled its troops out of Somalia in March.")
    assert any(s.startswith("BDI") and t == "SOM" and c == "0874" for s, t, c, _, _ in events)


def test_a_withdrawal_unless_paid_is_also_a_threat():
    events = _events("Uganda will pull its troops out of Somalia unless it receives funding.")
    assert any(s.startswith("UGA") and t == "SOM" and c == "130" and m == "asserted" for s, t, c, _, m in events)
    assert any(s.startswith("UGA") and t == "SOM" and c == "0874" and m == "planned" for s, t, c, _, m in events)


def test_the_doer_s_own_forces_are_not_its_target():
    text = "Kenya sent troops to Haiti in June. Washington pulled its troops out of Syria in 2019."
    events = _events(text)
    assert any(s.startswith("USA") and t == "SYR" and c == "0874" for s, t, c, _, _ in events)
    assert not any(s.startswith("USA") and (t or "").endswith("MIL") for s, t, *_ in events)


def test_supporters_and_prisoners_are_people():
    events = _events("Cambodian opposition supporters boycotted the parliamentary elections.")
    assert any(s == "KHMOPP" and c.startswith("14") for s, _, c, _, _ in events)
    events = _events("A Palestinian prisoner went on a hunger strike.")
    assert any(s == "PSECVL" and c.startswith("14") for s, _, c, _, _ in events)


def test_returning_a_town_is_returning_property():
    events = _events("Ukraine returned the town of Izium to Russian control in a swap.")
    assert any(c == "0842" for _, _, c, _, _ in events)


def test_a_court_that_rules_a_law_breaches_a_clause_disapproves():
    events = _events("A court in Kenya ruled the new tax law violated the Public Finance Act.")
    assert any(s == "KENJUD" and c.startswith("11") for s, _, c, _, _ in events)


def test_a_coup_with_no_object_named_falls_on_the_government():
    events = _events("The Thai army staged a coup in 2014.")
    assert ("THAMIL", "THAGOV", "170", "2014", "asserted") in events


def test_each_listed_date_is_one_more_act():
    events = _events("The Thai army staged coups in 2006 and 2014.")
    assert {d for s, t, c, d, _ in events if s == "THAMIL" and c == "170"} == {"2006", "2014"}
    events = _events("Kenyan protesters marched in Nairobi on Monday and Wednesday.")
    assert {d for _, _, c, d, _ in events if c.startswith("14")} == {"2024-10-14", "2024-10-16"}


def test_a_span_between_two_dates_is_not_two_acts():
    events = _events("Turkish troops held the Syrian town of Afrin between 2018 and 2020.")
    assert len({d for *_, d, _ in events}) <= 1


def test_days_later_keeps_the_month_of_the_act_just_told():
    text = ("On 12 March 2019, Indian jets struck a camp in Pakistan. Pakistan closed its airspace to Indian "
            "flights days later.")
    events = _events(text)
    assert any(s.startswith("PAK") and d == "2019-03" for s, _, c, d, _ in events if c.startswith("16"))


def test_a_quotation_whose_speaker_comes_after_its_last_sentence_blames_once():
    text = ("Kenyan lawmakers debated the budget on Tuesday.\n\n"
            '"We gave them our trust. The plan is a disgrace. It is a betrayal of every farmer", said Kenyan '
            "opposition senator Grace Wanjiru.")
    blames = [e for e in read(text, DAY).events if e.code.startswith("11")]
    assert len(blames) == 1
    assert blames[0].source in {"KENLEG", "KENOPP"} and blames[0].modality == "asserted"
