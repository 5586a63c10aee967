"""Mention -> CAMEO actor code in context, on the real spaCy model (actors component only, so these
tests do not depend on the later stages)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import yaml

from datelines.read.pipeline import ReadSettings, build_pipeline, make_doc

PUBLISHED = date(2018, 4, 3)
ACTORS_ONLY = ReadSettings(components=("datelines_actors",))
EXPECTED = Path(__file__).resolve().parents[2].parent / "shared" / "examples" / "akkuyu-2018-04-03.expected.yaml"


@pytest.fixture(scope="module")
def actors_nlp():
    return build_pipeline(ACTORS_ONLY)


def coded(nlp, text: str, published: date = PUBLISHED) -> list[tuple[str, str | None, str | None, int]]:
    doc = nlp(make_doc(nlp, text, published))
    return [(s.text, s._.actor_code, s._.actor_name, s.start_char) for s in doc.spans["actor"]]


def code_at(mentions, text: str, phrase: str, occurrence: int = 1) -> str | None:
    """Code of the mention overlapping the nth occurrence of `phrase` (None if no coded mention)."""
    start = -1
    for _ in range(occurrence):
        start = text.index(phrase, start + 1)
    end = start + len(phrase)
    for mention, code, _, begin in mentions:
        if code and begin < end and start < begin + len(mention):
            return code
    return None


CASES = [
    # titles and names
    ("Russian President Vladimir Putin arrived on Monday.", "Russian President Vladimir Putin", 1, "RUSGOV"),
    ("German Chancellor Angela Merkel spoke to French President Emmanuel Macron.", "Emmanuel Macron", 1, "FRAGOV"),
    ("Turkish foreign minister Cavusoglu said Russia understands the stance.", "Cavusoglu", 1, "TURGOV"),
    ("In March, Turkish Culture and Tourism Minister Numan Kurtulmus said so.", "Numan Kurtulmus", 1, "TURGOV"),
    ("Kremlin spokesman Dmitry Peskov declined to comment.", "Dmitry Peskov", 1, "RUSGOV"),  # a seat of power
    ("Russia's UN ambassador Vitaly Churkin objected.", "Vitaly Churkin", 1, "RUSGOV"),  # country over posting
    ("Scottish First Minister Nicola Sturgeon objected.", "Nicola Sturgeon", 1, "GBRGOV"),
    ("Crown Prince Mohammed bin Salman denied it.", "Mohammed bin Salman", 1, "SAUGOV"),  # dictionary name inside
    # appositives
    ("Russia's ambassador to Turkey, Andrei Karlov, was shot dead.", "Andrei Karlov", 1, "RUSGOV"),
    ("The gunman, a Turkish police officer named Mevlut Mert Altintas, shouted.", "Mevlut Mert Altintas", 1, "TURCOP"),    ("Numan Kurtulmus, Turkey's tourism minister, said the plan was ready.", "Numan Kurtulmus", 1, "TURGOV"),
    ("Gazprom, the Russian gas giant, cut supplies to Ukraine.", "Gazprom", 1, "RUSBUS"),
    # a known body keeps its role whatever its name's words suggest, with its country's possessive
    ("Iran's Revolutionary Guards warned the United States.", "Iran's Revolutionary Guards", 1, "IRNMIL"),
    ("The Revolutionary Guards fired missiles at the base.", "Revolutionary Guards", 1, "IRNMIL"),
    # one location and a headline that agree set the scene for bare local nouns
    ("Myanmar military takes power\n\nMyanmar's military seized power on Monday. Soldiers blocked roads in Yangon.",
     "Soldiers", 1, "MMRMIL"),
    # later mentions: surnames, definite descriptions, pronouns
    ("Kenyan President Uhuru Kenyatta visited Nairobi. Kenyatta said the talks went well.", "Kenyatta", 2, "KENGOV"),
    ("Russian President Vladimir Putin met them. The Russian leader said ties were improving.", "Russian leader", 1, "RUSGOV"),
    ("Iranian President Hassan Rouhani arrived on Monday. He met officials in Baghdad.", "He", 1, "IRNGOV"),
    ("Theresa May spoke on Monday. In May, May said no.", "May", 3, "GBRGOV"),
    # countries, short forms, possessives, demonyms as people
    ("Russians voted on Sunday.", "Russians", 1, "RUSCVL"),
    ("Most European countries and the US back the opposition.", "US", 1, "USA"),
    ("Turkey backs the opposition.", "Turkey", 1, "TUR"),
    ("The UK expelled 23 diplomats.", "UK", 1, "GBR"),
    ("Syria's government denied the report.", "Syria's government", 1, "SYRGOV"),
    # demonyms with role heads
    ("Russian diplomats were expelled from Britain.", "Russian diplomats", 1, "RUSGOV"),
    ("Turkey shot down a Russian fighter jet.", "Russian fighter jet", 1, "RUSMIL"),
    ("Syrian rebels captured the town.", "Syrian rebels", 1, "SYRREB"),
    ("Turkish companies will build the plant.", "Turkish companies", 1, "TURBUS"),
    ("Chinese state media said the talks failed.", "Chinese state media", 1, "CHNMED"),
    ("Protesters clashed with Egyptian police in Cairo.", "Egyptian police", 1, "EGYCOP"),
    # regions and IGOs
    ("Most European countries and the US back the opposition.", "European countries", 1, "EUR"),
    ("The UN called for a ceasefire.", "UN", 1, "IGOUNO"),
    ("NATO allies met in Brussels.", "NATO", 1, "IGONAT"),
    ("EU countries expelled diplomats.", "EU countries", 1, "EUR"),
    # capitals and seats of power as governments when they act
    ("Ankara and Moscow have been working on a deal.", "Ankara", 1, "TURGOV"),
    ("Ankara and Moscow have been working on a deal.", "Moscow", 1, "RUSGOV"),
    ("Talks between Washington and Pyongyang stalled.", "Pyongyang", 1, "PRKGOV"),
    ("Tehran rejected the proposal.", "Tehran", 1, "IRNGOV"),
    ("Ankara ignored warnings from Washington.", "Washington", 1, "USAGOV"),
    ("Washington and Brussels answered with travel bans.", "Brussels", 1, "IGOEUREEC"),
    ("The Kremlin said the talks were useful.", "Kremlin", 1, "RUSGOV"),
    # organizations by context: the NER label loses to the words around the name
    ("Russia's power plant builder Rosatom signed the deal.", "Rosatom", 1, "RUSBUS"),
    ("Israeli troops raided the camp, the Palestinian health ministry said.", "Palestinian health ministry", 1, "PSEGOV"),
    # acronyms and relations between organizations
    ("The Free Syrian Army (FSA) took the town. Later the FSA withdrew.", "FSA", 2, "SYRREB"),
    ("The Free Syrian Army (FSA) took the town.", "Free Syrian Army", 1, "SYRREB"),
    ("Fighters of the Kosovo Liberation Army attacked a police station.", "Kosovo Liberation Army", 1, "XKXREB"),
    # an organization the tables do not know takes its role from the one it is part of
    ("The TKB is the Iraqi affiliate of the PKK.", "TKB", 1, "IRQREB"),
    ("The Abu Bakr Brigade is the Iraqi affiliate of the PKK.", "Abu Bakr Brigade", 1, "IRQREB"),
    ("The Saudi-led coalition bombed the port.", "Saudi-led coalition", 1, "SAUMIL"),
    # the destination of a visit or an envoy is the visit's target
    ("Zarif is expected to visit Beijing and Moscow next week.", "Beijing", 1, "CHNGOV"),
    ("Zarif is expected to visit Beijing and Moscow next week.", "Moscow", 1, "RUSGOV"),
    ("Lavrov cancelled a visit to Turkey planned for Wednesday.", "Turkey", 1, "TUR"),
    ("Tillerson will travel to Moscow next week.", "Moscow", 1, "RUSGOV"),
    ("Saudi Arabia sent its foreign minister to Islamabad.", "Islamabad", 1, "PAKGOV"),
    # a name the parser makes the root of a verbless clause still acts
    ("The United States and more than 20 other countries expelled over 100 Russian diplomats on Monday.",
     "United States", 1, "USA"),
    # role words and well-known organizations added as data
    ("Turkish F-16s shot down a Russian bomber.", "Turkish F-16s", 1, "TURMIL"),
    ("Defence Secretary Mark Esper wrote to his Turkish counterpart Hulusi Akar.", "Hulusi Akar", 1, "TURGOV"),
    ("May said it was the largest expulsion of Russian intelligence officers in history.",
     "Russian intelligence officers", 1, "RUSSPY"),
    ("Its forces were stationed in Crimea under a lease on the Black Sea Fleet base.", "Black Sea Fleet", 1, "RUSMIL"),
    ("Jaish-e-Mohammed said it had carried out the attack.", "Jaish-e-Mohammed", 1, "PAKREB"),
    ("The African Union suspended Sudan.", "African Union", 1, "IGOAFU"),
    # a description with country and office outranks a bare rank before the name
    ("Venezuela's defence minister, General Vladimir Padrino Lopez, said the army was loyal.",
     "General Vladimir Padrino Lopez", 1, "VENGOV"),
    # bare local actors take the country where the story happens (two or more locations agree)
    ("Soldiers blocked the bridges in Istanbul. Jets bombed the parliament in Ankara.", "Soldiers", 1, "TURMIL"),
    ("Police fired tear gas in Istanbul. Later, crowds gathered in Ankara.", "Police", 1, "TURCOP"),
    ("The plane came down over eastern Ukraine. The rebels denied shooting it down. Fighting went on in Donetsk.",
     "rebels", 1, "UKRREB"),
    ("Crowds marched in Caracas on Monday. Shops closed in Caracas, and opposition leader Juan Guaido spoke.",
     "opposition leader Juan Guaido", 1, "VENOPP"),
    # a capitalized "He" after "Liu" is part of the name, not a pronoun (known actor Liu He)
    ("Chinese Vice Premier Liu He met Trump.", "Liu He", 1, "CHNGOV"),
    # known actors of 2014-2019 news
    ("Navalny called on his supporters to boycott the vote.", "Navalny", 1, "RUSOPP"),
    ("The International Criminal Court issued arrest warrants for Bashir in 2009.", "Bashir", 1, "SDNGOV"),
    ("Turchynov authorised Ukrainian troops in Crimea to use their weapons.", "Turchynov", 1, "UKRGOV"),
    # a generic head ("a leader of the protests") does not override a known actor's role
    ("Joshua Wong, a leader of the 2014 pro-democracy protests, was released from prison.", "Joshua Wong", 1,
     "HKGOPP"),
    # ethnic adjectives: the setting when it is one of the group's homes, else the group's default home;
    # a stateless people's forces are rebels
    ("Russia and Turkey agreed to remove Kurdish fighters from the border.", "Kurdish fighters", 1, "SYRREB"),
    ("Turkey launched an offensive against Kurdish-led forces.", "forces", 1, "SYRREB"),
    ("Kurdish commanders said their fighters had left.", "Kurdish commanders", 1, "SYRREB"),
    ("Clashes went on in Mosul and in Kirkuk. Kurdish fighters held the line.", "Kurdish fighters", 1, "IRQREB"),
    # an unowned institution takes the country of the sentence's coded subject...
    ("British Prime Minister Theresa May spoke. May told parliament that Russia was culpable.",
     "parliament", 1, "GBRLEG"),
    ("Russian President Vladimir Putin told both houses of parliament that Crimea was Russian.",
     "parliament", 1, "RUSLEG"),
    # ... else of the previous sentence's subject
    ("US President Donald Trump said the deal had failed. The Treasury said companies would have 90 days.",
     "Treasury", 1, "USAGOV"),
    # no location in the story: the one country its headline and lede both name
    (("Hong Kong leader apologises after huge march\n\nHong Kong leader Carrie Lam apologised on Sunday. "
      "Police said about 338,000 people took part."), "Police", 1, "HKGCOP"),
    # a government title without a country: the one government acting just before it...
    ("Iran denied involvement in the attack. Foreign ministry spokesman Abbas Mousavi said the claims were lies.",
     "Abbas Mousavi", 1, "IRNGOV"),
    ("The Philippines welcomed the ruling on Tuesday. Foreign Secretary Perfecto Yasay said it was a milestone.",
     "Perfecto Yasay", 1, "PHLGOV"),
    ("The case was filed in 2013 by the Philippines under then President Benigno Aquino III.",
     "Benigno Aquino III", 1, "PHLGOV"),  # "then": a former holder is still of that country
    ("Tehran rejected the proposal. Foreign Minister Mohammad Javad Zarif called it a trick.",
     "Mohammad Javad Zarif", 1, "IRNGOV"),  # a capital acting
    ("Kenya's parliament met in Nairobi. Interior Minister Fred Matiangi said the law was needed.",
     "Fred Matiangi", 1, "KENGOV"),
    # ... else the setting when no other country's government has acted in the article
    ("Protests spread in Caracas. Shops closed in Caracas. Interior Minister Nestor Reverol blamed the opposition.",
     "Nestor Reverol", 1, "VENGOV"),
    # the title's organization gives a person its code ("Hamas leader", "a Taliban spokesman")
    ("Hamas leader Ismail Haniyeh called for an uprising.", "Ismail Haniyeh", 1, "PSEREB"),
    ("Hezbollah chief Hassan Nasrallah called the move an aggression.", "Hassan Nasrallah", 1, "LBNREB"),
    ("Houthi leader Abdul-Malik al-Houthi warned Saudi Arabia.", "Abdul-Malik al-Houthi", 1, "YEMREB"),
    ("A Taliban spokesman, Zabihullah Mujahid, said they attacked the base.", "Zabihullah Mujahid", 1, "AFGREB"),
    # a seat of power in a description, and seats owned by another country
    ("John Kirby, a State Department spokesman, told reporters the talks failed.", "John Kirby", 1, "USAGOV"),
    ("A Pentagon spokesman said the strike was lawful.", "Pentagon spokesman", 1, "USAGOV"),
    ("The Foreign Office summoned the ambassador.", "Foreign Office", 1, "GBRGOV"),
    ("The German Foreign Office said it was concerned.", "German Foreign Office", 1, "DEUGOV"),
    ("The Duma ratified the treaty on Friday.", "Duma", 1, "RUSLEG"),
    ("Ukraine's Rada voted to cut ties.", "Ukraine's Rada", 1, "UKRLEG"),
    # an envoy "to" an IGO or a country belongs to the sending country
    ("US Ambassador to the UN Nikki Haley said the vote was an insult.", "Nikki Haley", 1, "USAGOV"),
    ("U.S. Ambassador to the United Nations Nikki Haley called the vote an insult.", "Nikki Haley", 1, "USAGOV"),
    # "Congress", "the Senate": the US unless owned or the story is set in a country that has one
    ("Palestinian leaders condemned the move by Donald Trump. Congress passed a law in 1995 on the embassy.",
     "Congress", 1, "USALEG"),
    ("The Senate voted 90-10 on Tuesday.", "Senate", 1, "USALEG"),
    ("Brazil's Congress voted on the bill.", "Brazil's Congress", 1, "BRALEG"),
    # a government title without a country, several governments acting around it: one country in its own
    # sentence; a title only some countries use; the government the article shows acting most
    (("A tribunal ruled on Tuesday that China had no basis for its claims in the sea. The case was filed in "
      "2013 by the Philippines under then President Ramon Villanueva II."), "Ramon Villanueva II", 1, "PHLGOV"),
    (("A tribunal ruled on Tuesday that China had no basis for its claims. The case was filed by the "
      "Philippines. China said it would ignore the ruling. Foreign Secretary Eduardo Reyes urged calm."),
     "Eduardo Reyes", 1, "PHLGOV"),
    (("Tehran rejects US claims\n\nIran has rejected US accusations that it attacked two tankers. The United "
      "States blamed Iran for the blasts. Foreign ministry spokesman Hamid Rezaei said the claims were "
      "baseless."), "Hamid Rezaei", 1, "IRNGOV"),
    # a military rank before a name gives MIL; the country comes from the story's setting
    (("Shells fell on Homs on Monday. Clashes went on in Homs and in Idlib. Colonel Ahmed Hamada said the "
     "army had retaken the road."), "Ahmed Hamada", 1, "SYRMIL"),
    ("Clashes went on in Tripoli and in Benghazi. Major General Khalid Mahjoub said the road was open.",
     "Khalid Mahjoub", 1, "LBYMIL"),
    # "its"/"their" before one office-holder: the actor the pronoun stands for (the subject of the clause
    # around it, else of the sentence before)
    ("North Korea answered on Friday. Its envoy to the United Nations, Kim Song, called the drills a threat.",
     "Kim Song", 1, "PRKGOV"),
    ("Iran rejected the demand on Monday. Its foreign minister said talks were impossible.", "minister", 1,
     "IRNGOV"),
    (("The Pakistani army said on Wednesday that its jets had downed two planes. Its spokesman, Major General "
     "Asif Ghafoor, said one pilot was held."), "Asif Ghafoor", 1, "PAKMIL"),  # an organization's own code
    ("Hamas fired rockets at Israel. Its spokesman said the truce was over.", "spokesman", 1, "PSEREB"),
    # an appositive naming the organization a person leads gives that organization's code, not the
    # code of a government acting nearby
    (("Israeli Prime Minister Benjamin Netanyahu ordered strikes. Khaled Meshaal, the leader of the Islamist "
     "movement Hamas, called for a general strike."), "Khaled Meshaal", 1, "PSEREB"),
    ("Egypt hosted the talks in Cairo. Yahya Sinwar, the head of Hamas, said the truce would hold.",
     "Yahya Sinwar", 1, "PSEREB"),
    # a demonym before vessels: the country; military ones (or a military modifier) MIL
    ("Chinese vessels blocked the supply boats near the shoal.", "Chinese vessels", 1, "CHN"),
    ("Philippine ships turned back on Sunday.", "Philippine ships", 1, "PHL"),
    ("Iranian naval vessels seized the tanker.", "Iranian naval vessels", 1, "IRNMIL"),
    ("A Russian military cargo plane landed near the capital.", "Russian military cargo plane", 1, "RUSMIL"),
    # "the" + the head of an organization named earlier is that organization
    ("The UN Security Council met on Friday. The council voted to extend the mission.", "council", 1, "IGOUNO"),
    ("The European Union imposed sanctions. The union said they would last a year.", "union", 1, "IGOEUREEC"),
    # a legislative title naming a chamber: the chamber's country (the US unless the setting has one)
    ("Senate Majority Leader Chuck Schumer said the bill would pass.", "Chuck Schumer", 1, "USALEG"),
    ("House Speaker Nancy Pelosi said the vote would go ahead.", "Nancy Pelosi", 1, "USALEG"),
]

# A government title is left uncoded when the context does not point to one government.
NOT_CODED_TITLES = [
    (("Russian President Vladimir Putin met Recep Tayyip Erdogan in Ankara. Energy Minister Berat Albayrak said "
     "the plant was safe."), "Berat Albayrak"),  # two governments just before: no guess
    (("US President Donald Trump spoke on Monday. Protests spread in Caracas. Shops closed in Caracas. "
     "Defence Secretary Mark Hallam said the troops were ready."), "Mark Hallam"),  # setting, but the US acted first
]


@pytest.mark.parametrize(("text", "phrase", "occurrence", "code"), CASES, ids=[f"{c[1]}-{c[3]}" for c in CASES])
def test_mention_code_in_context(actors_nlp, text, phrase, occurrence, code):
    assert code_at(coded(actors_nlp, text), text, phrase, occurrence) == code


NOT_ACTORS = [
    ("Officials in Moscow said the talks failed.", "Moscow"),  # a capital as a place
    ("Russian President Vladimir Putin arrived in Ankara on Monday.", "Ankara"),
    ("Ukrainian soldiers and pro-Russian separatists exchanged fire.", "Russian"),  # a side, not a nationality
    ("Russian-backed separatists shelled the town.", "Russian"),
    ("Turkey imports Russian natural gas.", "Russian natural gas"),  # a demonym without a role head
    ("The jet crashed in Syria.", "Syria"),  # a country named only as a place
    ("Putin flew to Ankara.", "Ankara"),
    ("Iranian-backed militias attacked the base.", "Iranian"),  # a sponsor, not a nationality
    ("Theresa May spoke on Monday. In May, May said no.", "In May"),  # a month, not a surname
    ("Joe Biden, visiting Poland on Tuesday, promised support.", "Poland"),  # a participle aside, not a visit
    ("The plane was flying from Amsterdam to Kuala Lumpur.", "Kuala Lumpur"),  # a route, not a visit
    ("The rebels attacked the town.", "rebels"),  # no setting: a bare role noun stays uncoded
    # an institution used as a place is not an actor
    ("US President Donald Trump spoke. There is no timetable for bringing the bill back to the legislature.",
     "legislature"),
    # a headline country the lede does not repeat is not the setting
    ("Turkey shoots down jet\n\nPolice said the pilot had died.", "Police"),
    # a meeting's venue is not the story's setting
    ("Leaders met in Minsk. The deal was signed in Minsk. The rebels must withdraw.", "rebels"),
    # someone else's troops: "has troops" belongs to the subject, not to the setting
    ("Fighting went on in Aleppo and in Homs. The United States has 2,000 troops there.", "troops"),
    # possessed groups and bodies are not coded; nor is "their" after several actors
    ("Moscow denied it, saying its soldiers were on exercises.", "soldiers"),
    ("Russia and China blocked the resolution. Their envoy said it was biased.", "envoy"),
    # craft that may be civilian need a military modifier
    ("The ministry banned Qatari planes from its airspace.", "Qatari planes"),
    # a short form needs an organization named earlier with that head
    ("The council voted to extend the mission.", "council"),
    # "speaker" is a title before a name, not a role head
    ("Russian speakers in the region voted.", "Russian speakers"),
]


DATED = [
    # known actors whose code changes with the date: FARC rebels until the 2017 disarmament, then a party
    ("Colombia and FARC rebels signed a peace accord.", "FARC", date(2016, 9, 27), "COLREB"),
    ("The FARC party won few votes.", "FARC", date(2018, 3, 12), "COLPTY"),
    # Bashir was ousted on 2019-04-11: afterwards he is Sudanese, no longer the government
    ("Sudan's army detained Bashir.", "Bashir", date(2019, 4, 10), "SDNGOV"),
    ("A court in Khartoum tried Bashir.", "Bashir", date(2019, 12, 14), "SDN"),
]


@pytest.mark.parametrize(("text", "phrase"), NOT_CODED_TITLES, ids=[c[1] for c in NOT_CODED_TITLES])
def test_government_title_without_context_is_not_guessed(actors_nlp, text, phrase):
    assert code_at(coded(actors_nlp, text), text, phrase) is None


@pytest.mark.parametrize(("text", "phrase", "published", "code"), DATED, ids=[f"{c[1]}-{c[3]}" for c in DATED])
def test_known_actor_on_date(actors_nlp, text, phrase, published, code):
    assert code_at(coded(actors_nlp, text, published), text, phrase) == code


def test_liu_he_is_one_name(actors_nlp):
    """A capitalized "He" after "Liu" is the end of the name, not a pronoun."""
    mentions = coded(actors_nlp, "Chinese Vice Premier Liu He met Trump.")
    assert not any(text == "He" for text, *_ in mentions)


@pytest.mark.parametrize(("text", "phrase"), NOT_ACTORS, ids=[c[1] for c in NOT_ACTORS])
def test_not_an_actor(actors_nlp, text, phrase):
    assert code_at(coded(actors_nlp, text), text, phrase) is None


def test_later_mentions_carry_the_canonical_name(actors_nlp):
    text = "Kenyan President Uhuru Kenyatta visited Nairobi. Kenyatta said the talks went well."
    names = {mention: name for mention, _, name, _ in coded(actors_nlp, text)}
    assert names["Kenyatta"] == "Uhuru Kenyatta"


def test_capital_that_acts_is_also_a_place(actors_nlp):
    doc = actors_nlp(make_doc(actors_nlp, "Ankara and Moscow have been working on a deal.", PUBLISHED))
    places = {s.text: s._.place_country for s in doc.spans["place"]}
    assert places == {"Ankara": "TUR", "Moscow": "RUS"}


def test_no_duplicate_spans(actors_nlp, example_text):
    doc = actors_nlp(make_doc(actors_nlp, example_text, PUBLISHED))
    keys = [(s.start, s.end) for s in doc.spans["actor"]]
    assert len(keys) == len(set(keys))


def _expected_actors(level: str) -> list[dict]:
    if not EXPECTED.exists():
        pytest.skip("../shared/examples is not beside this checkout")
    return yaml.safe_load(EXPECTED.read_text(encoding="utf-8"))["actors"][level]


def _codes_over(mentions, text: str, phrase: str) -> list[str]:
    """Codes of the coded mentions overlapping any occurrence of `phrase`."""
    spans = [(i, i + len(phrase)) for i in range(len(text)) if text.startswith(phrase, i)]
    return [code for mention, code, _, begin in mentions for s, e in spans
            if code and begin < e and s < begin + len(mention)]


@pytest.mark.parametrize(("level", "allowed_misses"), [("must", 0), ("should", 1)])
def test_akkuyu_example_actors(actors_nlp, example_text, level, allowed_misses):
    """The example harness's rule: some occurrence coded right, none coded wrong. All must items and
    most should items; the one should item let go is "in the UK", which names a place (the project's
    corpus gold does not mark such mentions as actors, and the component follows it)."""
    mentions = coded(actors_nlp, example_text)
    wrong = []
    for item in _expected_actors(level):
        codes = _codes_over(mentions, example_text, item["text"])
        if not codes or not all(code.startswith(item["code"]) for code in codes):
            wrong.append((item["text"], item["code"], codes))
    assert len(wrong) <= allowed_misses, wrong
