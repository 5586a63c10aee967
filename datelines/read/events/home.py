"""The story's own actors as the side an act leaves unsaid.

News about one country tells many acts with no addressee: "protesters marched", "the government
declared a state of emergency", "Amnesty called for an investigation". Event data sets code such acts
against the home side, as an analyst reading the story would: the protesters' government, the
state's own people, the country; a body of no country (an NGO, a UN agency) addresses the country.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from datelines.ontology.actors import load_yaml
from datelines.read.actors.roles import role_lexicon, word_key
from datelines.read.events.arguments import (
    CRIME_NOUNS,
    CRIMINAL,
    DESTRUCTION_CODE,
    GROUND,
    across_a_border,
    destination_of_cargo,
    frontier_of,
    irregular_attacker,
    is_passive,
    nationality,
    subject_heads,
)
from datelines.read.events.phrases import (
    Actor,
    ActorIndex,
    actors_of,
    country_of,
    implied,
    implied_agent,
    names_attacker,
)
from datelines.read.events.predicates import (
    COMMAND_VERBS,
    LAUNCHED_WEAPONS,
    LAUNCHING_VERBS,
    OCCUPATION,
    PARTITIVE,
    VIOLENT_ROOTS,
    in_international_waters,
    to_infinitive,
)


def place_country(location: str | None, doc: Doc | None = None) -> str | None:
    """The country of a place named in the text ("in Belgrade", "in the Eastern District of Texas"): as
    the doc's reading placed it, when it did ("San Cristóbal, Santa Fe, Argentina" is not Venezuela's)."""
    from datelines.read.actors.geocode import geocode

    if not location:
        return None
    if doc is not None:
        placed = next((s._.place_country for s in doc.spans.get("place", [])
                       if location in (s._.place_name, s.text) and s._.place_country), None)
        if placed:
            return placed
    point = geocode(location)
    return point.country if point is not None else None


# With no place named, whom a group faces at home says whose it is: rebels fight their own state's army,
# police act on their own country's people, an opposition addresses its own government, and an army
# that seizes a president or an opposition leader is that state's own ("the army detained the president
# of Gabon"; its strikes on rebels or people may be a foreign army's).
HOME_FORCE_MARKS = {"government", "regime", "junta", "loyalist", "pro-government", "state"}
FACING_AT_HOME = {"REB": {"MIL", "GOV", "COP", "LEG", "JUD"}, "COP": {"CVL", "OPP", "MED", "PTY", "LAB", "EDU", "REL", "CRM"},
                  "OPP": {"GOV", "LEG", "JUD", "COP", "MIL"}, "MIL": {"GOV", "LEG", "OPP", "PTY"},
                  # ("pro-Yoon protesters raid the Seoul Western District Court": a crowd faces its own courts,
                  # parliament and police; not "the government", whose embassies stand abroad)
                  "CVL": {"LEG", "JUD", "COP"}}


def placed_groups(subjects: list[Token], anchor: Token, location: str | None, index: ActorIndex,
                  faced: list[Actor] = ()) -> list[Actor]:
    """'Thousands of workers went on strike in Nigeria', 'Farmers in India held a hunger strike', 'crowds
    took to the streets of Algiers': a group named only by its role (roles.yaml) belongs to the place
    its own phrase or its act names; the place's country is not the doer itself. 'The rebels agreed to
    a ceasefire with the Malian army': else, for rebels and police, the country of the side they face."""
    from datelines.read.actors.setting import own_place_country

    out = []
    for head in subjects:
        for _ in range(2):  # "thousands of workers", "tens of thousands of people"
            if head.lemma_.lower() in PARTITIVE or head.lower_ in PARTITIVE:
                head = next((p for prep in head.children if prep.lower_ == "of" for p in prep.children), head)
        # (the role may take its modifier: "armed groups")
        role, _ = role_lexicon().role_of([*(c for c in head.lefts if c.dep_ in {"amod", "compound"}), head])
        if role is None or head.i in index.actor_at or irregular_attacker(head):  # "a suicide bomber"
            continue
        owner = _force_owner(head, index)
        if owner:  # "the Pentagon says its military carried out strikes in Ecuador": the Pentagon's
            out.append(Actor(owner + role, head.text, head.i, head.i + 1, "group"))
            continue
        # (an army's own place is not the place it strikes: "warplanes struck a town in Syria")
        # ("government forces capture the airport in Aden": a government's forces are at home where they act)
        at_home = role != "MIL" or any(c.lower_ in HOME_FORCE_MARKS for c in head.lefts)
        country = own_place_country(head)
        if country is None and head.lemma_.lower() in LAUNCHED_WEAPONS:
            continue  # "drones hit a hotel in Erbil": weapons come from elsewhere to where they strike
        country = country or place_country(location, head.doc) or _place_on(anchor, index, at_home)
        country = country or next((country_of(f) for f in faced if f.code[3:6] in FACING_AT_HOME.get(role, ())
                                   or (at_home and role == "MIL" and f.kind == "place")), None)
        if country:
            out.append(Actor(country + role, head.text, head.i, head.i + 1, "group"))
    return out




def _force_owner(head: Token, index: ActorIndex) -> str | None:
    """The country of a force owned by "its" or "their": the subject of the nearest clause above that has
    one ("the Pentagon says its military carried out strikes in Ecuador"); of the one who orders a force
    ("Petro orders public forces to halt intelligence sharing")."""
    if head.dep_ == "dobj" and head.head.lemma_ in COMMAND_VERBS:
        return next((c for a in actors_of(subject_heads(head.head), index) if (c := country_of(a))), None)
    if not any(c.dep_ == "poss" and c.lower_ in {"its", "their"} for c in head.children):
        return None
    node = head
    while node.head.i != node.i:
        node = node.head
        subjects = [c for c in node.children if c.dep_ == "nsubj" and not (c.left_edge.i <= head.i <= c.right_edge.i)]
        if subjects:
            return next((c for a in actors_of(subjects, index) if (c := country_of(a))), None)
    return None


# "A gunman shot shoppers at a Walmart in El Paso", "the mayor was stabbed by an attacker": news names
# the attacker by the act alone. Analysts code such a person as a criminal of the country the attack
# happened in (else the story's), as they code "a Kenyan gunman" as a Kenyan one.
def unnamed_attackers(anchor: Token, location: str | None, targets: list[Actor], index: ActorIndex,
                      violent: bool = False) -> list[Actor]:
    agents = [p for prep in anchor.children if prep.dep_ == "agent" or (anchor.pos_ == "NOUN" and prep.lower_ == "by")
              for p in prep.children if p.dep_ == "pobj"]  # ("an ambush by gunmen")
    # "attacked Herat", "attacked a police post in Herat": the country struck; else the story's, else
    # the country of those struck ("three Iranian soldiers are killed by gunmen")
    struck = next((country_of(t) for t in targets if t.kind in {"place", "country", GROUND}), None)
    victims = next((c for t in targets if (c := country_of(t))), None)
    # (the subject of a passive underwent the act: "the perpetrator was shot and injured by responding police")
    heads = agents if anchor.pos_ == "NOUN" or is_passive(anchor) else subject_heads(anchor) + agents
    return _attackers(heads, anchor, location, [struck, anchor.doc._.story_country, victims], index, violent)


def pursued_attackers(token: Token, anchor: Token, location: str | None, sources: list[Actor],
                      index: ActorIndex) -> list[Actor]:
    """"Mexico would consider charging the gunman", "police arrested the attacker": the attacker acted
    on, coded as unnamed_attackers codes the one acting (else of the pursuer's country)."""
    objects = [c for c in token.children if c.dep_ in {"dobj", "nsubjpass"}]
    objects += [p for prep in token.children if prep.dep_ == "prep" and prep.lower_ in {"against", "on"}
                for p in prep.children if p.dep_ == "pobj"]
    pursuer = next((c for s in sources if (c := country_of(s))), None)
    return _attackers(objects, anchor, location, [anchor.doc._.story_country, pursuer], index)


# "A man threw a grenade into a bar": one unnamed person who does violence is an offender.
SOMEONE = {"man", "woman", "teenager", "youth", "boy", "girl", "person", "individual"}


def _someone(head: Token) -> bool:
    return head.lemma_.lower() in SOMEONE and any(c.dep_ == "det" and c.lower_ in {"a", "an"} for c in head.children)


def _attackers(heads: list[Token], anchor: Token, location: str | None, fallbacks: list[str | None],
               index: ActorIndex, violent: bool = False) -> list[Actor]:
    for head in heads:
        if not (irregular_attacker(head) or (violent and _someone(head))) or head.i in index.actor_at:
            continue
        # ("a Sudanese man attempted to behead a man in Belfast": a nationality the words give outranks the place)
        country = (nationality(head, index) or place_country(location, anchor.doc) or _place_on(anchor, index)
                   or next((c for c in fallbacks if c), None))
        if country:
            return [Actor(country + CRIMINAL, head.text, head.i, head.i + 1, "group")]
    return []


def _place_on(anchor: Token, index: ActorIndex, of_objects: bool = True) -> str | None:
    """The country of a named place anywhere in the act's prepositional phrases ("to the streets of Algiers"),
    or in what it acts on ("blocked roads in France", "raided the offices of the party in Minsk", "a police
    station in Lagos is attacked")."""
    preps = [c for c in anchor.children if c.dep_ == "prep"]
    objects = [c for c in anchor.children if c.dep_ in {"dobj", "nsubjpass"}] if of_objects else []
    inner = [t for o in objects for t in o.subtree if t.dep_ == "prep" and t.lower_ in LOCATING_PREPS]
    for prep in preps + inner:
        for token in prep.subtree:
            place = index.place_actor_at.get(token.i) or index.actor_at.get(token.i)
            if place is not None and place.kind in {"place", "country"} and not across_a_border(token):
                return place.code[:3]
    # ("militants attack Sanduku 1, Djugu Territory, DRC": an address the parser hung on the verb as a modifier)
    addresses = [c for c in anchor.children if c.dep_ == "npadvmod" and c.pos_ == "PROPN"] if of_objects else []
    for token in (t for a in addresses for t in a.subtree):
        place = index.place_actor_at.get(token.i)
        if place is not None and place.kind in {"place", "country"}:
            return place.code[:3]
    for prep in (p for p in preps + inner if p.lower_ in LOCATING_PREPS):
        for ent in (e for e in anchor.doc.ents if e.label_ in {"GPE", "LOC"} and prep.i < e.start <= prep.right_edge.i):
            country = place_country(ent.text, anchor.doc)  # "in Lyon": a town no actor list holds
            if country:
                return country
        for pobj in (c for c in prep.children if c.dep_ == "pobj"):
            place = frontier_of(pobj, posture=False)  # "in the Indonesian capital"
            if place is not None:
                return place.code
    return None


LOCATING_PREPS = {"in", "at", "near", "outside"}


# A protest names its cause more often than its addressee ("Serbians protested against the lockdown");
# CAMEO codes it against the government of the protesters' country.
PROTESTING_SELF = {"GOV"}


def _home_actor(sources: list[Actor], role: str, counts, every: bool = False) -> list[Actor]:
    """The `role` of the (first, or `every`) country of the sources whose own role `counts`: "Serbian
    protesters" -> SRBGOV, "the Samoan government" -> WSMCVL."""
    countries = {c for s in sources if counts(s.code[3:6]) and (c := country_of(s))}
    homes = [implied(c + role) for c in sorted(countries)]
    return homes if every else homes[:1]


def protested_governments(sources: list[Actor]) -> list[Actor]:
    return _home_actor(sources, "GOV", lambda role: role not in PROTESTING_SELF)


def protesting_people(location: str | None, anchor: Token, index: ActorIndex) -> list[Actor]:
    """Protests with no one named as protesting ("anti-government protests have been taking place
    since Tuesday in Belgrade"): the people of the place they happen in, as the doc placed it ("Epping,
    Essex, England" is not Australia's Epping), or of the one country the sentence's places lie in
    ("outside the Park East Synagogue in New York City, U.S."), else of the story's country."""
    doc = anchor.doc
    country = place_country(location, doc)
    if country is None and location is not None:  # (a place named, but unplaced)
        placed = _placed_country(anchor, index)
        country = placed.code[:3] if placed is not None else None
    country = country or doc._.story_country
    return [implied(country + "CVL")] if country else []


# A state's restrictions with no one named fall on its own people, and so does their easing: "The Samoan
# government declared a state of emergency", "the government announced new lockdown measures", "the
# cabinet voted to lift the state of emergency". So does a government's yielding to protests: "the
# government resigns after weeks of protests" (0831) yields to the people who protested.
OWN_PEOPLE_CODES = ("172", "081", "083")
STATE_ROLES = {"GOV", "COP", "JUD", "LEG", "MIL"}


def restricted_people(sources: list[Actor]) -> list[Actor]:
    """(A country named bare acts as its state: "Saudi Arabia extended curfews"; "Algeria and Morocco
    imposed bans" each on its own people: pair them with own_people_only.)"""
    return _home_actor(sources, "CVL", lambda role: role in STATE_ROLES or not role, every=True)


def own_people_only(pairs: list[tuple[Actor | None, Actor | None]]) -> list[tuple[Actor | None, Actor | None]]:
    """Each state with its own people, of the restricted_people of several states."""
    return [(s, t) for s, t in pairs if s is None or t is None or country_of(s) in (None, country_of(t))]


def people_of_own_place(target: Actor, sources: list[Actor]) -> Actor:
    """A state's restriction on a place of its own ("Saudi Arabia extended curfews in Medina") falls
    on the people there."""
    if target.kind == "place" and any(country_of(s) == target.code for s in sources):
        return implied(target.code + "CVL")
    return target


# In a story about one country, an act of one of its actors that names no one else is aimed at home:
# "Amnesty called for an investigation", "Pelosi announced an inquiry" (at the government), "the army
# cracked down" (on its people), "the government announced reforms" (for the country). The executive
# and its forces act on the country, force and coercion on its people; anyone else, legislature and
# courts included, addresses the government.
FORCE_ROOTS = {"15", "17", "18", "19", "20"}
EXECUTIVE_ROLES = {"GOV", "COP", "MIL", "SPY"}
OUTLAW_ROLES = {"CRM", "REB"}  # (violence of outlaws that names no victim falls on the people, not the state)


# Acts that always have someone particular in view: an appeal, an offer, a meeting, material cooperation,
# a demand, a threat, cutting ties. A state's such act that names no one is not aimed at its own country (on
# the development parts, 4 of 34 such readings were right; of threats, 3 of 17).
ADDRESSED_ROOTS = {"02", "03", "04", "06", "10", "13", "16"}
VISIT_CODE = "042"  # (a trip with no one named is inside the country: extract drops it as no act)
HELP_ROOTS = {"01", "03", "05", "06", "07"}  # statements, intents, support, cooperation and aid from abroad

# An appeal or a demand to unnamed people ("asked voters to vote at the polls", "recommended residents
# avoid gatherings", "called on citizens to stay home") is made to the speaker's own people.
APPEAL_ROOTS = {"02", "10"}
ADDRESSED_PREPS = {"on", "upon", "to"}
OWN_PEOPLE_WORDS = {"countryman", "countrymen", "compatriot", "compatriots", "everyone", "everybody"}
# What a leader asks of the people at home when it names no one: "calls for calm after the riots".
HOME_APPEALS = {"calm", "unity", "patience", "composure"}


def addressed_people(verb: Token, sources: list[Actor]) -> list[Actor]:
    """The speaker's country's people, when the one addressed is a people noun of no country, or when no one
    is addressed and calm or unity is asked for."""
    heads = [c for c in verb.children if c.dep_ == "dobj"]
    heads += [p for c in verb.children if c.dep_ == "prep" and c.lower_ in ADDRESSED_PREPS
              for p in c.children if p.dep_ == "pobj"]
    heads += [s for c in verb.children if c.dep_ == "ccomp" for s in c.children if s.dep_ == "nsubj"]
    asked = [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "for" for p in c.children if p.dep_ == "pobj"]
    if not heads and any(p.lemma_.lower() in HOME_APPEALS for p in asked):
        return implied_agent("CVL", sources)
    for head in heads:
        word = head.lemma_.lower()
        if word in OWN_PEOPLE_WORDS or head.lower_ in OWN_PEOPLE_WORDS or role_lexicon().role_of_words([word])[0] == "CVL":
            return implied_agent("CVL", sources)  # (none when the speakers are of several countries)
    return []


# A coup, whoever stages it, is against the government: "the army staged coups in 1960 and 1980".
COUP_WORDS = {"coup", "coups", "putsch", "overthrow", "topple", "oust", "depose"}


def overthrown_government(sources: list[Actor], story: str | None) -> list[Actor]:
    """The government of the doers' one country (else the story's) that a coup with no object named fell on."""
    countries = {c for s in sources if (c := country_of(s))} or ({story} if story else set())
    return [implied(countries.pop() + "GOV")] if len(countries) == 1 else []


def home_targets(sources: list[Actor], code: str, story: str | None) -> list[Actor]:
    root = code[:2]
    if story is None:
        return []
    if all(country_of(s) is None for s in sources) and root not in FORCE_ROOTS:
        # "Amnesty International called for an investigation": a body of no country speaks to the
        # country the story is about
        return [implied(story)]
    if any(country_of(s) != story for s in sources):
        # "China, Iran and Russia have pledged funds" in a story about Syria: help from abroad goes to it
        return [implied(story)] if root in HELP_ROOTS and all(country_of(s) != story for s in sources) else []
    if any(s.kind == "country" for s in sources):
        # "Iran denies any dialogue took place": a state named by its country's name is the whole state, which
        # addresses no part of itself; its force at home falls on its people ("Russia will deploy missiles"; its
        # coercion at home is read apart: restricted_people)
        # (ground a state's forces take at home, OCCUPATION, is taken from someone the text leaves unsaid, not from
        # its people: "Syrian government forces seize control of the Al-Omar field", 2 of 10 such readings right)
        return [implied(story + "CVL")] if root in FORCE_ROOTS - {"17"} and not code.startswith(OCCUPATION) else []
    if any(s.code[3:6] in EXECUTIVE_ROLES for s in sources):
        if (root in ADDRESSED_ROOTS and code != VISIT_CODE) or code.startswith(OCCUPATION):
            return []
        return [implied(story + "CVL" if root in FORCE_ROOTS else story)]
    if (root in VIOLENT_ROOTS or code.startswith(DESTRUCTION_CODE)) and all(s.code[3:6] in OUTLAW_ROLES for s in sources):
        # "gunmen attacked a hotel", "a wave of violent crime", "militants burned homes": its people
        return [implied(story + "CVL")]
    return [implied(story + "GOV")]


def _body_role(span: Span) -> str | None:
    """The role an organization's own words give it: its name's last word ("the Unification Church") or
    a description before the name ("national airline Qantas")."""
    role = load_yaml("organizations.yaml")["name_heads"].get(span[-1].text)
    described = [t for t in span if t.pos_ == "NOUN"]
    return role or next((r for t in described if (r := role_lexicon().role_of_words([word_key(t)])[0])), None)


def uncoded_bodies(holders: list[Token], index: ActorIndex, sources: list[Actor]) -> list[Actor]:
    """A company, church or newspaper the act falls on, named but of no country the reader knows
    ("a court fines national airline Qantas", "orders the Unification Church to dissolve"): the acting
    state's own, in the role its words give (none when the actors are of several countries)."""
    # "orders the Unification Church to dissolve": the one ordered is the object of the verb that orders
    holders = holders + [h.head for h in holders if h.dep_ in ("xcomp", "advcl") and to_infinitive(h)]
    objects = {c.i for h in holders for c in h.children if c.dep_ == "dobj"}
    # "fines airline Qantas AU$90 million": the name may hang on the sum it is fined
    objects |= {c.i for i in objects for c in index.doc[i].children if c.dep_ in {"compound", "nmod"} and c.ent_type_ == "ORG"}
    bodies = [s for s in index.doc.spans.get("actor", []) if not s._.actor_code and s._.actor_kind == "organization"
              and any(s.start <= i < s.end for i in objects)]
    roles = [r for s in bodies if (r := _body_role(s)) and r not in STATE_ROLES | {"CVL"}]
    return implied_agent(roles[0], sources) if roles else []


def _placed_country(anchor: Token, index: ActorIndex) -> Actor | None:
    """The one country all the places and countries a sentence names lie in, as a place actor; a country
    that modifies an attack names its doer, not where it happened ("killed in a U.S. strike on a boat")."""
    sent = anchor.sent
    places = [a for i in range(sent.start, sent.end)
              if (a := index.place_actor_at.get(i) or index.actor_at.get(i)) is not None
              and not names_attacker(sent.doc[i], a.text) and not across_a_border(sent.doc[i])
              and not destination_of_cargo(sent.doc[i])
              and a.kind in {"place", "country"} and a.code[:3].isalpha() and not a.code.startswith("IGO")]
    if len({a.code[:3] for a in places}) != 1:
        return None
    return Actor(places[0].code[:3], places[0].text, places[0].start, places[0].end, "place")


CIVILIAN_NOUNS = {"civilian", "resident", "villager", "worshipper", "passenger", "pilgrim", "tourist", "shopper", "child"}
VICTIM_NOUNS = {"people", "person", "man", "woman", "boy", "girl", *CIVILIAN_NOUNS,
                "miner", "worker", "labourer", "laborer", "farmer", "fisherman", "student", "teacher", "shepherd"}
STATE_FORCES = ("MIL", "GOV", "COP", "SPY")
ROLE_VICTIMS = {"paramedic": "HLH", "medic": "HLH", "doctor": "HLH", "nurse": "HLH", "journalist": "MED",
                "reporter": "MED", "photojournalist": "MED"}


def struck_country(anchor: Token, sources: list[Actor], index: ActorIndex) -> list[Actor]:
    """"Four people are killed in an Israeli airstrike on a vehicle in Kfar Reman, Lebanon": violence by
    a named doer whose victims the text leaves unnamed fell on the country of the places its sentence
    names, when they all lie in one country: another than the doer's, or the doer's own when the
    sentence counts its victims as people."""
    place = _placed_country(anchor, index)
    if place is None or in_international_waters([anchor]):
        return []
    if place.code not in {country_of(s) for s in sources}:
        return [place]
    # "12 people are killed in attacks by the RSF on shelters in El Fasher": at home, on its people
    if counts_victims(anchor):
        return [_people_of(place)]
    # "M23 rebels capture Nyabibwe, a town in South Kivu": rebels who take or strike places at home fight the
    # state (and so do foreign troops beside them: "M23 rebels and Rwandan troops seize Kavumu Airport")
    return [place] if sources and all(s.code[3:6] == "REB" or country_of(s) != place.code for s in sources) else []


def counts_victims(anchor: Token, nouns: set[str] = VICTIM_NOUNS) -> bool:
    """Does the sentence count the dead or hurt as people ("two people are killed", "killed 12 civilians")?"""
    return any(t.lemma_.lower() in nouns and t.dep_ in {"nsubjpass", "dobj"} for t in anchor.sent)


def victims_of_place(target: Actor, sources: list[Actor], anchor: Token, fighting: bool) -> Actor:
    """"Two people are killed in a mass shooting in Mount Carbon, West Virginia", "two people are killed
    in a Russian airstrike on Sloviansk": violence that fell on a place whose sentence counts its victims
    as people fell on the people there. An army's fighting (`fighting`: attacks, gunfire) stays fighting
    with the country, whoever it kills, unless the sentence counts its dead as civilians."""
    state_forces = any(country_of(s) and s.code[3:6] in ("", *STATE_FORCES) for s in sources)
    if target.kind not in {"place", "country"} or len(target.code) != 3:
        return target
    if anchor.lemma_.lower() in LAUNCHING_VERBS:
        return target  # "launches 200 rockets at northern Israel, injuring two": the salvo is fired at the country
    # "three paramedics are killed after Israeli strikes hit rescue teams in Lebanon": victims counted by a
    # calling the news singles out are those of that calling
    role = next((ROLE_VICTIMS[t.lemma_.lower()] for t in anchor.sent
                 if t.lemma_.lower() in ROLE_VICTIMS and t.dep_ in {"nsubjpass", "dobj"}), None)
    if role is not None:
        return Actor(target.code + role, target.text, target.start, target.end, "group")
    named = _named_victims(anchor, target.code, {s.code for s in sources})
    if named is not None:
        return named
    if counts_victims(anchor, CIVILIAN_NOUNS if state_forces and fighting else VICTIM_NOUNS):
        return _people_of(target)
    return target


KILLING_LEMMAS = {"kill", "injure", "wound"}


def _named_victims(anchor: Token, country: str, doers: set[str]) -> Actor | None:
    """"strikes in the Gaza Strip killing four Hamas officials": the killed, named as an actor of the place's
    country with a role of its own (not the doers themselves), are whom the violence there fell on."""
    spans = [s for s in anchor.doc.spans.get("actor", []) if s._.actor_code and s._.actor_code.startswith(country)
             and len(s._.actor_code) > 3 and s._.actor_code[3:6] != "CVL" and s._.actor_code not in doers
             and s.sent == anchor.sent]  # (civilians counted are counts_victims's)
    for verb in (t for t in anchor.sent if t.lemma_.lower() in KILLING_LEMMAS and t.pos_ == "VERB"):
        for victim in (c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}):
            words = {t.i for t in victim.subtree}
            span = next((s for s in spans if s.start in words), None)
            if span is not None:
                return Actor(span._.actor_code, span.text, span.start, span.end, "group")
    return None


def _people_of(place: Actor) -> Actor:
    return Actor(place.code + "CVL", place.text, place.start, place.end, "group")


WAR_WEAPONS = {"drone", "drones", "missile", "missiles", "rocket", "rockets", "artillery", "mortar", "mortars"}


def anonymous_criminal(token: Token, location: str | None, index: ActorIndex) -> list[Actor]:
    """The doer of a shooting or a stabbing the text names no one for: a criminal of the country it
    happened in, as analysts code 'a gunman' (unnamed_attackers)."""
    words = {token.lower_, token.lemma_.lower()} | {c.lower_ for c in token.children if c.dep_ in {"compound", "amod"}}
    if not words & CRIME_NOUNS:  # (a "stabbing attack" too)
        return []
    if any(t.lower_ in WAR_WEAPONS for t in token.doc[max(token.i - 3, token.sent.start):token.i]):
        return []  # "a drone-shooting attack at a gold mine": arms of war, not a gunman's
    place = _placed_country(token, index)
    country = place_country(location, token.doc) or (place.code if place else None)
    # ("a shooting attack by unknown militants": the doers the words name, by their role)
    named = placed_groups([p for prep in token.children if prep.lower_ == "by" for p in prep.children if p.dep_ == "pobj"],
                          token, location, index)
    return named or ([Actor(country + CRIMINAL, token.text, token.i, token.i + 1, "group")] if country else [])
