"""Rules of stop 51, each on texts written for this test: recipients hung on the last thing pledged,
lone assailants, regional communities and police forces named, protests and strikes by a named group,
a government's forces at home, calm asked for in a country, office holders at a body, claims no one
made."""

from __future__ import annotations

from datetime import date
from functools import partial

from datelines.read.reading import read
from tests.read.real_news_helpers import actor_codes, dyads, has_dyad

DAY = date(2026, 5, 20)
_dyads = partial(dyads, day=DAY)
_codes = partial(actor_codes, day=DAY)


def test_the_recipient_hung_on_the_last_thing_pledged_is_the_target():
    assert has_dyad(_dyads("Canada pledges $40 million in food, emergency shelters, and medical care to Sudan following "
                       "talks with the Sudanese transitional government in Cairo, Egypt."), "CAN", "SDN", "03")


def test_one_private_person_who_assaults_is_a_criminal():
    assert has_dyad(_dyads("A 34-year-old Belgian national stabbed three passengers on a tram in Antwerp, Belgium."),
                "BELCRM", "BEL", "18")
    # a crowd is no lone assailant
    found = _dyads("Ten soldiers are kidnapped by a mob in Cauca, Colombia.")
    assert not any((s or "").endswith("CRM") for s, _, _ in found)


def test_regional_communities_are_their_own_bodies():
    assert "IGOCFRCAS" in _codes("Chad asks the Economic Community of Central African States to send observers.")
    assert "IGOSAFDEVSAD" in _codes("Leaders of the Southern African Development Community meet in Lusaka.")


def test_a_force_named_police_is_a_police_force():
    found = _dyads("A fight breaks out in Blackpool, England. A man is arrested by Lancashire Police.")
    assert has_dyad(found, "GBRCOP", "GBR", "17")
    assert "PAKMIL" in _codes("The Frontier Corps kills four militants in Balochistan, Pakistan.")


def test_a_protest_by_a_named_group_is_that_groups():
    assert has_dyad(_dyads("A demonstration by the nurses' union in Lisbon, Portugal, blocks traffic."), "PRTLAB", None, "14") or has_dyad(
        _dyads("A demonstration by the nurses' union in Lisbon, Portugal, blocks traffic."), "PRTLAB", "PRT", "14")


def test_a_strike_by_workers_is_no_air_strike():
    found = _dyads("A strike by dockworkers in Antwerp, Belgium, halts shipping for a day.")
    assert not any(r in {"18", "19"} for _, _, r in found)


def test_a_governments_forces_act_at_home():
    assert has_dyad(_dyads("Government forces capture the town of Kutum in Sudan."), "SDNMIL", "SDN", "19")
    # and a place at home is taken from the armed group the sentence names
    assert has_dyad(_dyads("Government forces retake the airport in Aden as Southern Transitional Council fighters "
                       "withdraw."), "YEMMIL", "YEMREB", "19")


def test_calm_asked_for_in_a_country_is_asked_of_it():
    assert has_dyad(_dyads("The Arab League calls for calm in Libya."), "IGOARBALL", "LBY", "02")
    assert has_dyad(_dyads("Norway urges restraint in Mozambique."), "NOR", "MOZ", "02")


def test_an_office_holder_at_a_body_belongs_to_it():
    assert has_dyad(_dyads("The United States sanctions Maria Lopez, a judge at the International Criminal Court."),
                "USA", "IGOICC", "16")
    # (not a protester at an embassy)
    assert "USACVL" not in _codes("A protester at the US embassy in Nairobi, Kenya, is detained.")


def test_state_broadcasters_are_media():
    assert any(t == "USAMED" for _, t, _ in _dyads("Hungary bans Radio Free Europe from broadcasting."))


def test_a_claim_no_one_made_is_no_ones():
    events = read("A car bomb explodes in Mogadishu, Somalia. No group has claimed responsibility.", DAY).events
    assert not any(e.root == "01" and e.source and e.modality != "negated" for e in events)
    events = read("A bomb explodes in Kabul, Afghanistan, while no party has claimed responsibility.", DAY).events
    assert not any(e.root == "01" and e.source for e in events)


def test_an_accusation_about_anothers_act_is_aimed_at_its_doer():
    events = read("Uganda alleges that the Sudanese army destroyed a UN depot.", DAY).events
    assert any(e.root == "11" and e.source == "UGAGOV" and (e.target or "").startswith("SDN") for e in events)
    # told once: the alleging is the accusation, not a second one beside it
    events = read("The United States alleged that Iran attacked the tanker.", DAY).events
    assert sum(e.root == "11" for e in events) == 1


def test_the_partner_of_a_deal_worth_an_amount():
    found = _dyads("Morocco signs fertilizer agreements worth $2 billion with India and Brazil.")
    assert has_dyad(found, "MAR", "IND", "05") and has_dyad(found, "MAR", "BRA", "05")


def test_providers_are_firms_and_scam_rings_criminals():
    assert has_dyad(_dyads("Canada announces sanctions on a Russian cloud services provider."), "CAN", "RUSBUS", "16")
    assert has_dyad(_dyads("Japan announces sanctions on fraud rings operating in Laos."), "JPN", "LAOCRM", "16")


def test_bail_is_granted_by_the_courts():
    assert has_dyad(_dyads("The former Zambian finance minister is granted bail."), "ZMBJUD", "ZMB", "08")
    assert has_dyad(_dyads("A Ghanaian opposition leader was released on bail."), "GHAJUD", "GHA", "08")


def test_a_private_person_arrested_or_freed_is_a_civilian():
    found = _dyads("Canadian Juan Perez, 23, was arrested in Mexico City on Monday.")
    assert has_dyad(found, "MEXCOP", "CANCVL", "17")
    found = _dyads("American student Juan Perez was arrested in Mexico City. He was released on bail on Friday.")
    assert has_dyad(found, "USAJUD", "USA", "08")


def test_denied_doers_are_no_ones_but_denied_weapons_still_fly():
    # a clause joined to the denial keeps its own modality
    events = read("No organization claimed the attack, but Iraqi militias had made threats against the "
                  "United States military.", DAY).events
    assert any(e.root == "13" and e.modality == "asserted" for e in events)
    # a police corps is police, not an army
    assert "ESPCOP" in _codes("The Spanish National Police Corps dismantles a smuggling network in Madrid.")
