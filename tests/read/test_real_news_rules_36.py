"""Rules of stop 36, each on texts written for this test: when statements were made (the day a
report's lede names, the day a quotation's framing sentence names, the day of the occasion an act
was done in), and which acts are still to come or already done by their own announcer's word."""

from __future__ import annotations

from datetime import date
from functools import partial

from datelines.model import Event
from datelines.read.reading import read
from tests.read.real_news_helpers import dyads

DAY = date(2025, 10, 8)  # a Wednesday
_dyads = partial(dyads, day=DAY)


def _events(text: str, day: date = DAY) -> list[Event]:
    return read(text, day).events


def _one(events: list[Event], trigger: str) -> Event:
    found = [e for e in events if e.trigger.lower() == trigger]
    assert found, [(e.trigger, e.code) for e in events]
    return found[0]


def test_a_report_a_day_late_tells_the_ledes_day():
    text = ("Yesterday, the Polish foreign minister accused Belarus of staging the border crisis.\n\n"
            "The Polish minister also condemned Belarus for its treatment of migrants.")
    assert _one(_events(text), "condemned").date == "2025-10-07"
    # (told in the present, the reaction is the publication day's)
    text = ("Yesterday, the Polish foreign minister accused Belarus of staging the border crisis.\n\n"
            "Belarus denies the accusation.")
    assert all(e.date == "2025-10-08" for e in _events(text) if e.source and e.source.startswith("BLR"))


def test_a_quotations_later_sentences_were_said_when_its_frame_says():
    text = ('The Turkish president said on Monday, "We will not stay silent. Netanyahu is behaving '
            'like a bully and a criminal."')
    blame = [e for e in _events(text) if e.code == "111"]
    assert blame and {e.date for e in blame} == {"2025-10-06"}
    # (a quotation with no day in its frame keeps the publication day)
    text = 'The Turkish president said, "We will not stay silent. Netanyahu is behaving like a bully and a criminal."'
    assert {e.date for e in _events(text) if e.code == "111"} == {"2025-10-08"}


def test_an_act_in_an_occasion_dated_by_its_relative_clause_took_place_then():
    text = "Three people were killed and nine were wounded in a car bombing that happened on September 30 in Mogadishu, Somalia."
    killed = _one(_events(text), "killed")
    assert (killed.code[:2], killed.date) == ("18", "2025-09-30")
    # (charges "in" murders that took place years ago were not brought then)
    text = "A court in Lagos, Nigeria, convicts two men on charges in killings that took place in 2019."
    assert all(e.date != "2019" for e in _events(text))


def test_a_state_announcing_its_own_arrests_made_them():
    arrest = _one(_events("Kuwait announces it has arrested eight members of a Hezbollah cell."), "arrested")
    assert (arrest.source, arrest.code[:2], arrest.modality) == ("KWTGOV", "17", "asserted")
    # (another's arrests it announces stay reported)
    arrest = _one(_events("Kuwait announces that Iraq has arrested eight members of a smuggling ring."), "arrested")
    assert arrest.modality == "reported"


def test_an_act_that_is_planned_or_expected_has_not_happened():
    talks = _one(_events("Talks between Armenian and Azerbaijani officials are scheduled for October 20."), "talks")
    assert (talks.code[:2], talks.modality) == ("04", "planned")
    meeting = _one(_events("A meeting between the Chinese and Indian foreign ministers is expected in Delhi."), "meeting")
    assert meeting.modality == "expected"
    # (the same act told as done is done)
    assert _one(_events("Talks between Armenian and Azerbaijani officials were held in Tbilisi."), "talks").modality == "asserted"


def test_an_act_dated_next_week_has_not_happened():
    met = _one(_events("The Armenian and Azerbaijani foreign ministers hold talks next week."), "talks")
    assert met.modality == "planned"
    met = _one(_events("The Armenian and Azerbaijani foreign ministers held talks last week."), "talks")
    assert met.modality == "asserted"


def test_an_anniversary_dates_what_it_remembers_that_many_years_before():
    text = "Thousands marched in Tbilisi on Sunday to mark the 17th anniversary of the Russian invasion of Georgia."
    invasion = _one(_events(text), "invasion")
    assert (invasion.source, invasion.date) == ("RUSMIL", "2008-10-05")
    text = "Vigils are held across Armenia on the five-year anniversary of the Azerbaijani offensive in Karabakh."
    assert _one(_events(text), "offensive").date == "2020-10"


def test_cooperation_a_state_stops_reduces_relations():
    found = _events("The United Kingdom announces that it will stop issuing student visas to nationals of Sudan and Myanmar.")
    assert {(e.target, e.code, e.modality) for e in found} == {
        ("SDNCVL", "160", "planned"), ("MMRCVL", "160", "planned")}
    halted = _one(_events("Hamas stopped negotiating with Israel."), "negotiating")
    assert (halted.code, halted.modality) == ("164", "asserted")
    # (an act refused is a refusal, not a reduction)
    assert "164" not in {e.code for e in _events("Israel refused to negotiate with Hamas.")}


def test_a_sides_guns_are_its_forces():
    assert ("ISRMIL", "PSECVL", "18") in _dyads("Two Palestinians are killed by Israeli fire near Jenin.")
    assert ("RUSMIL", "UKRCVL", "18") in _dyads("Four Ukrainian villagers were killed by Russian artillery near Izium.")


def test_one_person_of_a_country_is_one_of_its_people():
    assert ("ISRMIL", "PSECVL", "18") in _dyads("Israeli troops killed a Palestinian near Nablus.")
    assert ("ISRMIL", "PSECVL", "18") in _dyads("Israeli soldiers shot a Palestinian teenager in Hebron.")
    # (the country itself stays the country)
    assert ("ISRMIL", "PSE", "19") in _dyads("Israeli troops attacked Palestinian territory near Nablus.")


def test_a_harm_done_when_a_force_struck_was_that_forces():
    found = _dyads("A Palestinian is killed and two others are wounded when Israeli soldiers open fire on a crowd near Tubas.")
    assert ("ISRMIL", "PSECVL", "19") in found
    assert not any(source is None for source, _, _ in found)


def test_two_titled_leaders_joined_by_and_are_both_parties():
    # (the model hangs the second name on the first as an apposition)
    found = _dyads("Iranian president Masoud Pezeshkian and Turkish president Recep Tayyip Erdogan sign a trade agreement.")
    assert ("IRNGOV", "TURGOV", "05") in found


def test_two_armies_joined_by_and_the_are_two_actors():
    found = _dyads("Clashes between the Thai Army and the Cambodian Army continue along the border.")
    assert ("THAMIL", "KHMMIL", "19") in found or ("KHMMIL", "THAMIL", "19") in found


def test_forces_sent_to_a_country_against_attacks_protect_it():
    assert ("FRAMIL", "ARE", "07") in _dyads("France deploys fighter jets to the UAE in response to Iranian missile attacks.")
    assert ("GBRMIL", "QAT", "07") in _dyads("Britain deploys air defence systems to Qatar amid Iranian drone strikes.")
    # (forces sent to a border with no such purpose are a show of force)
    assert ("RUSMIL", "UKR", "15") in _dyads("Russia deploys troops to the border with Ukraine.")


def test_an_acquittal_is_the_courts_yield():
    assert ("INDJUD", "INDCRM", "08") in _dyads("The Supreme Court of India acquits Surendra Koli of all remaining charges.")
    assert ("TURJUD", "TURMED", "08") in _dyads("A court in Istanbul acquitted the journalist of terrorism charges.")


def test_aid_a_donor_announces_is_pledged():
    found = _events("Norway announces new military aid for Ukraine worth 2 billion dollars in 2026.")
    pledge = [e for e in found if e.code.startswith("033")]
    assert pledge and (pledge[0].code, pledge[0].date, pledge[0].modality) == ("0332", "2025-10-08", "asserted")
    # (aid delivered is aid given)
    assert {e.code for e in _events("Norway delivered air defence systems to Ukraine.")} == {"072"}


def test_people_killed_in_clashes_with_a_force_are_the_places_people():
    assert ("SSDCOP", "SSDCVL", "18") in _dyads("Three people are killed in clashes with security forces in Juba, South Sudan.")
    # (killed in clashes between two named sides, they are neither side's victims)
    found = _dyads("Nine people are killed in clashes between the Sudanese Army and the Rapid Support Forces in El Fasher.")
    assert not any(target == "SDNCVL" for _, target, _ in found)


def test_a_community_is_its_places_people():
    assert ("AUSCVL", "AUSCOP", "18") in _dyads(
        "Members of the Aboriginal community in Alice Springs, Australia, clash with police outside a hospital.")


def test_the_kind_of_aid_sent_is_told_by_the_aid_noun():
    assert {e.code for e in _events("Japan delivered military aid to the Philippines.")} == {"072"}
    assert {e.code for e in _events("Turkey sent humanitarian aid to Gaza.")} == {"073"}
