"""Constructions met in real news and read by general rules (stop 30). Sentences written for this test,
in the words of news English; none is taken from an article or a day page."""

from __future__ import annotations

from datetime import date
from functools import partial

from datelines.read.reading import read
from tests.read.real_news_helpers import dyads

DAY = date(2025, 10, 7)


_dyads = partial(dyads, day=DAY)


def test_the_country_is_a_country_named_before_that_is_not_the_doer_s():
    """'attacks on the country', 'visited the country': the other country of the sentence or the one before."""
    dyads = _dyads("The Syrian government says that Turkish shelling of the country has killed nine people.")
    assert any(source and source.startswith("TUR") and target == "SYR" for source, target, _ in dyads)
    dyads = _dyads("Kenya will open a consulate in Somalia after its foreign minister visited the country in May.")
    assert ("KENGOV", "SOMGOV", "04") in dyads


def test_the_country_that_can_only_be_the_doer_s_own_is_no_target():
    dyads = _dyads("Erdogan says that Turkey will defend the country.")
    assert not any(target and target.startswith("TUR") for _, target, _ in dyads)


def test_a_name_the_model_cuts_in_two_is_one_person():
    dyads = _dyads("Kenyan businessman Abdul Karim Omar Hassan is found shot dead in Mombasa.")
    assert (None, "KENBUS", "18") in dyads


def test_titles_of_business_legislatures_and_religion():
    assert ("USAGOV", "PLWLEG", "16") in _dyads("The U.S. bans Palauan senate president Ron Tellei from entering.")
    assert any(target == "NGABUS" for _, target, _ in _dyads("Police arrest Nigerian tycoon Musa Bello in Abuja."))
    assert any(target == "ARGREL" for _, target, _ in _dyads("Argentine archbishop Carlos Ruiz was criticised by "
                                                                  "the Argentine government."))


def test_shrapnel_from_a_weapon_harms_as_the_weapon_does():
    assert ("RUSMIL", "UKRCVL", "18") in _dyads("Shrapnel from a Russian drone wounds four people in Odesa, Ukraine.")


def test_a_reason_told_in_a_clause_is_not_where_a_sanction_fell():
    dyads = _dyads("Qatar revokes the citizenship of twelve people for supporting Iran.")
    assert ("QATGOV", "QATCVL", "17") in dyads
    assert not any(target == "IRN" for _, target, _ in dyads)


def test_more_ways_of_saying_coercion_and_force():
    assert ("KENCOP", "KENCRM", "17") in _dyads("A suspect is taken into custody by Kenyan police.")
    assert ("USAGOV", "RUSBUS", "17") in _dyads("Washington will halt Russian airlines' access to American airports.")
    assert any(source == "KENJUD" for source, _, _ in _dyads("A Kenyan grand jury indicts the former finance minister."))
    assert any(code == "19" and target and target.startswith("UKR") for _, target, code in
               _dyads("A Russian drone strike hits a school in Sumy, Ukraine."))
    assert ("NORBUS", "ISRBUS", "16") in _dyads("The Norwegian company suspends its ventures with Israeli firms.")


def test_what_was_hit_in_an_attack_was_hit_by_the_attacker():
    assert ("IRNMIL", "SAU", "19") in _dyads("A Saudi tanker was hit in an Iranian attack.")
    assert ("IRNMIL", "SAU", "19") in _dyads("Saudi Arabia's refinery is hit in an attack by Iran.")


def test_intent_to_work_with_defiance_of_a_ruling_and_the_pope():
    assert ("USA", "MEXGOV", "03") in _dyads("Biden expressed a desire to work with Mexico on migration.")
    assert any(source == "POLGOV" and code == "12" for source, _, code in
               _dyads("The Polish government disregarded the ruling of the European court."))
    assert any(target and target.startswith("VAT") for _, target, _ in
               _dyads("The Greek prime minister met with Pope Francis in Rome."))


def test_a_named_body_takes_its_role_from_its_kind():
    """'Office of ...', 'Commission on ...': the word before the field names the body; a craft named after
    its force is the force's."""
    assert ("USAGOV", "CUBSPY", "16") in _dyads("The U.S. Office of Foreign Assets Control imposes sanctions on "
                                                "Cuba's intelligence agency.")
    assert any(source == "PHLGOV" for source, _, _ in _dyads("The Philippine Commission on Elections disqualifies "
                                                             "the opposition party."))
    assert ("ISRMIL", "IRNMIL", "19") in _dyads("An Israeli Air Force F-35 shoots down an Iranian fighter jet.")


def test_a_building_s_owner_is_not_where_people_gather():
    dyads = _dyads("Anti-war protesters gather outside the Russian embassy in Warsaw, Poland, to protest the war.")
    assert any(source == "POLCVL" and code == "14" for source, _, code in dyads)


def test_projectiles_fired_at_a_military_base():
    dyads = _dyads("Hezbollah fired two projectiles targeting an Israeli military base near Haifa.")
    assert any(source == "LBNREB" and target and target.startswith("ISR") and code == "19"
               for source, target, code in dyads)


def test_the_military_in_what_a_head_of_state_says_is_his_own():
    dyads = _dyads("Ukrainian president Volodymyr Zelenskiy says the military has shot down three Russian jets.")
    assert ("UKRMIL", "RUSMIL", "19") in dyads


def test_a_known_body_s_name_inside_another_name_is_not_that_body():
    dyads = _dyads("Nine villagers are killed by West Papua National Liberation Army militants in Papua, Indonesia.")
    assert any(source == "IDNREB" for source, _, _ in dyads)
    assert not any(source and source.startswith("COL") for source, _, _ in dyads)
    dyads = _dyads("Israeli jets strike the Supreme National Security Council building in Tehran, Iran.")
    assert not any(target == "IGOUNO" for _, target, _ in dyads)
    assert any(source == "IRNMIL" for source, _, _ in _dyads("The Islamic Revolutionary Guards Corps says that it "
                                                              "targeted an American base in Kuwait."))


def test_who_did_what_a_participle_describes():
    """'an attack suspected to have been carried out by X', 'a missile fired by X'."""
    assert ("RUSMIL", "UKRCVL", "19") in _dyads("Three people are killed in Odesa, Ukraine, during a Russian missile "
                                             "and drone strike on the port.")
    dyads = _dyads("Saudi Arabia intercepts a ballistic missile fired by the Houthis towards Jeddah.")
    assert ("YEMREB", "SAU", "19") in dyads
    assert not any(source == "SAU" and code == "19" for source, _, code in dyads)


def test_attackers_named_by_their_kind_are_of_the_country_struck():
    assert any(source == "PAKREB" and code in {"18", "19"} for source, _, code in
               _dyads("Two policemen are killed in a militant attack in Bannu, Pakistan."))


def test_overturning_a_veto_and_nominations():
    assert ("BRALEG", "BRAGOV", "12") in _dyads("Brazil's Congress overturns President Lula's veto of the bill.")
    assert not _dyads("He was nominated to the Supreme Court in 1990 by President George Bush.")


def test_projectiles_fired_by_a_state_strike_where_they_land():
    assert ("IRNMIL", "JOR", "19") in _dyads("Projectiles fired by Iran hit Aqaba, Jordan.")
    assert any(source in {"SDN", "SDNMIL"} and target and target.startswith("TCD") for source, target, _ in
               _dyads("Chad says a drone attack from Sudanese territory has attacked positions in Chad."))


def test_a_named_body_after_its_country_s_possessive_is_that_country_s():
    dyads = _dyads("Indonesia's National Narcotics Board arrests ten Myanmar nationals.")
    assert ("IDNGOV", "MMRCVL", "17") in dyads


def test_an_order_to_one_s_own_department_is_a_plan():
    dyads = {(e.source, e.target, e.code[:2], e.modality) for e in read(
        "The president ordered the Department of Defense to reduce the joint exercises with Japan.", DAY).events}
    assert any(target == "JPN" and code == "16" and modality == "planned" for _, target, code, modality in dyads)


def test_destroying_a_state_s_warship_is_force_against_its_forces():
    assert ("UKRMIL", "RUSMIL", "19") in _dyads("Ukrainian forces destroy Russia's newest corvette in the Black Sea.")


def test_an_unnamed_group_joined_to_a_named_one_shares_its_country():
    dyads = _dyads("Somali federal forces and opposition groups clash in Baidoa.")
    assert any(source == "SOMMIL" and target == "SOMOPP" or source == "SOMOPP" and target == "SOMMIL"
               for source, target, _ in dyads)


def test_what_a_constitution_lays_down_and_what_happens_whenever_are_no_events():
    assert not _dyads("Under the U.S. Constitution, the House of Representatives impeaches the official.")
    assert not _dyads("The Kenyan constitution specifies that officials are removed from office after being impeached.")
    assert not _dyads("Whenever the Kenyan police find out, the migrants are arrested.")
    assert _dyads("Under the deal, Hamas releases three Israeli hostages.")


def test_announcing_force_against_someone_is_a_threat_kept_with_the_planned_act():
    events = read("The Houthi movement in Yemen announces it will resume targeting Israeli ships.", DAY).events
    threat = next(e for e in events if e.code == "138")
    assert (threat.source, threat.target, threat.modality) == ("YEMREB", "ISR", "asserted")
    assert threat.announces is not None and events[threat.announces].modality == "planned"
    assert not any(e.code.startswith("13") for e in read(
        "The general was developing plans to attack American diplomats.", DAY).events)


def test_an_attempt_at_force_is_force_but_an_attempt_on_a_life_is_no_killing():
    modalities = {(e.code[:2], e.modality) for e in read("Serbian protesters tried to storm parliament in Belgrade.",
                                                         DAY).events}
    assert ("14", "asserted") in modalities
    assert not any(e.code == "186" and e.modality == "asserted" for e in read(
        "A Kenyan man attempted to assassinate the Ugandan president in Nairobi.", DAY).events)


def test_a_possessive_in_what_one_state_says_another_did_to_it_is_the_reporter_s():
    assert ("RUSMIL", "NOR", "19") in _dyads("Norway reports that Russia has violated its airspace over the Barents Sea.")
    assert not any(target and target.startswith("RUS") for _, target, _ in
                   _dyads("Russia says that Ukraine shelled its own towns."))
