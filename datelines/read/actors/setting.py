"""The country where an article's story happens, for actors the text leaves without a nationality.

"Soldiers blocked the bridges", "police fired tear gas", "the rebels denied it": news names local
actors without their country because the story's place says it. The setting is the country of the
places the article uses as locations ("in Istanbul", "over eastern Ukraine", "near Balakot in
Pakistan"), when one country clearly leads; places used as actors ("Ankara said") do not count.
Only head nouns listed as local actors in roles.yaml (soldiers, police, protesters, rebels...) take it.
"""

from __future__ import annotations

from collections import Counter

from spacy.tokens import Doc, Span, Token

from datelines.ontology.actors import load_yaml
from datelines.read.actors.geocode import SETTLEMENT_NOUNS, geocode
from datelines.read.actors.homonyms import settled_country

PLACE_PREPOSITIONS = frozenset({"to", "in", "at", "into", "outside", "inside", "near", "from", "around"})
MIN_LOCATIONS = 2  # one "in Minsk" is a venue, not a setting


def locative_country(span: Span, prepositions: frozenset[str], venues: frozenset[str]) -> str | None:
    """The country of a place span used as a location ("in Istanbul" -> TUR), else None. A meeting's
    venue ("talks in Minsk") says where people met, not where the story happens."""
    root = span.root
    while root.dep_ in ("conj", "appos") and root.head.i != root.i:
        root = root.head
    kind = root.head.head
    if root.dep_ == "pobj" and root.head.lower_ == "of" and kind.dep_ == "pobj" and kind.lemma_.lower() in PLACE_KIND_NOUNS:
        root = kind  # "near the town of Mojonera, Mexico": the place noun stands where the name would
    if root.dep_ != "pobj" or root.head.lower_ not in prepositions:
        return None
    if root.head.head.lemma_.lower() in venues or root.head.head.lower_ in venues:
        return None
    point = geocode(span.text)
    return point.country if point else None


def headline_country(doc: Doc, countries: list[tuple[int, str]]) -> str | None:
    """The one country a headline names that the lede names again ("Hong Kong leader apologises ..." /
    "Hong Kong leader Carrie Lam apologised ..."): the story's place when no location says it.
    `countries` are (token index, ISO3) of country names in the doc."""
    if "\n" not in doc.text:
        return None
    headline_end = len(doc.text.split("\n", 1)[0])
    body = [t for t in doc if t.idx > headline_end and not t.is_space]
    if not body:
        return None
    lede = body[0].sent
    in_headline = {code for i, code in countries if doc[i].idx < headline_end}
    in_lede = {code for i, code in countries if lede.start <= i < lede.end}
    return next(iter(in_headline)) if len(in_headline) == 1 and in_headline <= in_lede else None


def setting_country(doc: Doc, places: list[Span], countries: list[tuple[int, str]] | None = None) -> str | None:
    """The country most of the article's locations are in, when it leads every other by one or more;
    else the country of the headline and lede (headline_country)."""
    data = load_yaml("roles.yaml")
    prepositions, venues = frozenset(data["setting_prepositions"]), frozenset(data["venue_words"])
    counts = Counter(c for c in (locative_country(s, prepositions, venues) for s in places) if c)
    ranked = counts.most_common(2)
    leads = bool(ranked) and (len(ranked) == 1 or ranked[1][1] < ranked[0][1])
    if leads and ranked[0][1] >= MIN_LOCATIONS:
        return ranked[0][0]
    headline = headline_country(doc, countries) if countries is not None else None
    # too few locations to decide alone: the headline and lede's country, if no location contradicts it
    return headline if headline and (not ranked or (leads and ranked[0][0] == headline)) else None


OWN_PLACE_PREPOSITIONS = frozenset({"in", "from", "near", "across", "outside", "inside", "around", "throughout"})
# Nouns of places a name before them names ("Idlib province", "the Gaza Strip"); other nouns are things
# ("the U.S. embassy") whose modifier names an owner.
PLACE_KIND_NOUNS = SETTLEMENT_NOUNS | {"state", "governorate", "oblast", "territory", "area", "strip", "valley",
                                       "border", "island", "islands", "coast", "camp", "neighbourhood",
                                       "neighborhood", "municipality", "prefecture", "department", "street",
                                       "square", "country", "north", "south", "east", "west"}


def own_place_country(head: Token) -> str | None:
    """"Police in Minsk", "rebels in Idlib province", "protesters across Hong Kong": a local group's own
    place phrase says whose it is, whatever the rest of the story is about; so does the place phrase of
    the clause it is the subject of ("protesters marched in Baghdad")."""
    preps = list(head.rights)
    if head.dep_ == "conj":  # "between protesters and security forces in Lomé": the place after both
        preps += [c for c in head.head.rights if c.i > head.i]
    if head.dep_ == "nsubj" and not _acts_abroad(head):
        preps += [c for c in head.head.children if c.i > head.i]
    for prep in preps:
        if prep.dep_ != "prep" or prep.lower_ not in OWN_PLACE_PREPOSITIONS:
            continue
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            if obj.pos_ == "NOUN" and obj.lemma_.lower() not in PLACE_KIND_NOUNS:
                # "outside the U.S. embassy in Ottawa": a building's owner is not where it stands
                obj = next((o for p in obj.children if p.dep_ == "prep" and p.lower_ in OWN_PLACE_PREPOSITIONS
                            for o in p.children if o.dep_ == "pobj"), None)
                if obj is None:
                    continue
            for name in _place_name_heads(obj):
                span = range(name.left_edge.i, name.i + 1)  # "in Idlib province": the name is the object's modifier
                entity = next((e for e in head.doc.ents if e.start in span and e.label_ in ("GPE", "LOC")), None)
                country = (_entity_country(entity) if entity is not None
                           else _read_place_country(name) or _untagged_place_country(name))
                if country:
                    return country
    return None


def _read_place_country(name: Token) -> str | None:
    """"Police in Bogotá" with Bogotá tagged a person: the doc's place reading, once made, knows better."""
    return next((p._.place_country for p in name.doc.spans.get("place", [])
                 if p.start <= name.i < p.end and p._.place_country), None)


def _untagged_place_country(name: Token) -> str | None:
    """"in the Togolese capital Lomé": a name the entity model left untagged is still a place when the
    gazetteer knows it (its proper nouns as written, without the words before them)."""
    named_as_place = any(c.dep_ == "compound" and c.lemma_.lower() in PLACE_KIND_NOUNS for c in name.lefts) or (
        name.dep_ == "appos" and name.head.lemma_.lower() in PLACE_KIND_NOUNS)
    if name.pos_ != "PROPN" or (name.ent_type_ not in ("", "GPE", "LOC", "FAC") and not named_as_place):
        return None  # ("the capital Lomé" is a place whatever the entity model says)
    start = name.i
    while start > name.left_edge.i and name.doc[start - 1].pos_ == "PROPN" and name.doc[start - 1].dep_ == "compound":
        start -= 1
    point = geocode(name.doc[start:name.i + 1].text)
    return point.country if point is not None else None


def _entity_country(entity: Span) -> str | None:
    """A place name's country as the doc's reading settled it ("Valencia, Spain" is not Venezuela's)."""
    settled = settled_country(entity.doc, entity.start, entity.end)
    point = geocode(entity.text) if settled is None else None
    return settled or (point.country if point is not None else None)


# Armed forces strike where their targets are: "the military attacked gas facilities in Orenburg" says where
# the facilities are, not whose the military is.
MOBILE_FORCES = {"military", "army", "troop", "soldier", "force", "navy", "jet", "warplane", "drone", "bomber"}


def _acts_abroad(subject: Token) -> bool:
    return subject.lemma_.lower() in MOBILE_FORCES and any(c.dep_ == "dobj" for c in subject.head.children)


def _place_name_heads(obj: Token) -> list[Token]:
    """A place phrase's object and the names written after it ("in Rayones, Nuevo León, Mexico"): the
    first the gazetteer knows says the country."""
    heads, todo = [], [obj]
    while todo and len(heads) < 6:
        token = todo.pop(0)
        heads.append(token)
        todo += [c for c in token.children if c.dep_ in ("appos", "conj") and c.pos_ == "PROPN"]
    return heads


def modifier_place_country(head: Token) -> str | None:
    """"Texas prosecutors", "California police", "New York officials": a town or state named before a
    role noun says whose the role is, as a country name would."""
    for entity in head.doc.ents:
        if entity.label_ not in ("GPE", "LOC") or not head.left_edge.i <= entity.start < entity.end <= head.i:
            continue
        last = entity[-1]  # the name modifies what follows it: not "police in Texas"
        if last.dep_ in ("compound", "amod", "nmod") and last.head.i > last.i:
            point = geocode(entity.text)
            if point is not None and point.country:
                return point.country
    return None


MIN_NAMINGS = 3  # a country named this often, and more than all others together, is what the story is about


BRIEF_SENTENCES = 3


def _most_named(countries: list[tuple[int, str]]) -> tuple[str, int] | None:
    """The country named at least MIN_NAMINGS times and more often than all the others together."""
    counts = Counter(code for _, code in countries)
    if counts:
        code, count = counts.most_common(1)[0]
        if count >= MIN_NAMINGS and 2 * count > sum(counts.values()):
            return code, count
    return None


def outnamed_setting(setting: str | None, countries: list[tuple[int, str]]) -> str | None:
    """A setting the story names a quarter as often as the country it names most, or less, is where
    some of it happened, not what it is about ("the prime minister of Tonga ... was taken to a hospital
    in Auckland, New Zealand"): that country is the setting. (A story set in Iraq or Britain may well
    name the United States three times as often.)"""
    most = _most_named(countries)
    if setting is None or most is None or most[0] == setting:
        return setting
    named = sum(1 for _, code in countries if code == setting)
    return most[0] if 4 * named <= most[1] else setting


def story_country(setting: str | None, countries: list[tuple[int, str]], lede: frozenset[str] = frozenset()) -> str | None:
    """The country a story is about: its setting, else the country it names most, when that one is
    named at least MIN_NAMINGS times and more often than all the others together, else the one
    country its lede names or is set in ("a block of flats collapsed in Aleppo, Syria"), if the story
    names it again and names no other country more. A person the story names with no title or
    nationality ("Joe Biden", "Pelosi") is most likely of that country."""
    if setting:
        return setting
    most = _most_named(countries)
    if most is not None:
        return most[0]
    counts = Counter(code for _, code in countries)
    if len(lede) == 1:
        (code,) = lede
        named = counts.get(code, 0)
        return code if named >= 2 and named >= max(counts.values()) else None
    return None


def brief_country(doc: Doc, countries: list[tuple[int, str]]) -> str | None:
    """The one country a brief story (a digest's item) names, even once: too little to make it the
    story's country for every actor ("X, president of Republika Srpska, an entity within Bosnia and
    Herzegovina, is sentenced"), enough to tell whose courts and police act in it unnamed. Only a name
    of the country itself counts, not a town a gazetteer places there ("Mango founder Isak Andic")."""
    named = {code for _, code in countries}
    if len(named) != 1 or sum(1 for _ in doc.sents) > BRIEF_SENTENCES:
        return None
    return named.pop()


def lede_countries(doc: Doc, countries: list[tuple[int, str]], places: list[Span]) -> frozenset[str]:
    """The countries the first sentence that tells something (has a verb) names or is set in."""
    lede = next((s for s in doc.sents if any(t.pos_ == "VERB" for t in s)), None)
    if lede is None:
        return frozenset()
    named = {code for i, code in countries if lede.start <= i < lede.end}
    located = {point.country for span in places if lede.start <= span.start < lede.end
               and (point := geocode(span.text)) is not None and point.country}
    return frozenset(named | located)


def ethnic_country(head: Token, setting: str | None) -> tuple[str, int] | None:
    """"Kurdish fighters": the country an ethnic adjective before the head stands for (roles.yaml
    ethnic_groups): the setting when it is one of the group's homes, else the group's default; with
    the adjective's token index."""
    groups = load_yaml("roles.yaml").get("ethnic_groups", {})
    doc = head.doc
    for token in doc[max(head.sent.start, head.i - 4): head.i]:
        group = groups.get(token.text)
        if group is None or not (token.head.i == head.i or head.is_ancestor(token)):
            continue
        homes = group.get("countries", [])
        # ("Druze insurgents ... in the Suwayda Governorate": a home the sentence places them in comes first)
        placed = next((c for e in head.sent.ents if e.label_ in ("GPE", "LOC") and _placed_by_preposition(e.root)
                       and (c := _entity_country(e)) in homes), None) or next(
            (c for t in head.sent if _placed_by_preposition(t) and (c := _untagged_place_country(t)) in homes), None)
        return (placed or (setting if setting in homes else group["default"])), token.i
    return None


def _placed_by_preposition(name: Token) -> bool:
    """'in the Suwayda Governorate', 'in Duhok, Iraq': a name that places something, not an actor."""
    while name.dep_ == "appos":
        name = name.head
    return name.dep_ == "pobj" and name.head.lower_ in OWN_PLACE_PREPOSITIONS


def _clause_verb(token: Token) -> Token:
    """The verb (or auxiliary) of the clause a token sits in, else the sentence's root."""
    verb = token
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    return verb


def subject_country(token: Token, coded: dict[int, str], self_ok: bool = False) -> str | None:
    """The country of the coded subject of the clause a token sits in ("May told parliament" ->
    GBR); `coded` maps token index -> actor code. IGO and region subjects give none."""
    verb = _clause_verb(token)
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    for child in verb.children:
        if child.dep_ in ("nsubj", "nsubjpass") and (self_ok or child.i != token.i):
            code = coded.get(child.i)
            if code and len(code) >= 3 and not code.startswith("IGO") and code[:3].isalpha():
                return code[:3]
    return None


# Verbs of saying whose speaker's own forces a bare "the military" in what is said are.
REPORTING_VERBS = {"say", "state", "announce", "claim", "report", "confirm", "tell", "add", "insist", "declare"}
# Only the armed forces, named as a body: police act at home ("Kenya says police in Mogadishu arrested"
# are Somali), and a person's military title ("the most senior commander") is no one's but the person's.
SPEAKERS_OWN_FORCES = {"military", "army", "navy", "force"}


def speaker_country(token: Token, coded: dict[int, str]) -> str | None:
    """'Ukraine's president says the military has attacked gas facilities in Orenburg, Russia': a country's
    speaker tells of its own forces; the place of the act does not make them the place's."""
    verb = _clause_verb(token)
    if verb.dep_ != "ccomp" or verb.head.lemma_.lower() not in REPORTING_VERBS:
        return None
    return subject_country(verb.head, coded, self_ok=True)


def institution_owner(token: Token, coded: dict[int, str], setting: str | None) -> str | None:
    """An unowned institution noun ("parliament", "the Treasury") takes the country of the sentence's
    coded subject, else the story's setting. Owned ones ("its parliament", "Turkey's parliament")
    are left to the caller's other rules."""
    data = load_yaml("roles.yaml")
    heads = data.get("institution_heads", [])
    if token.lower_ not in heads and token.lemma_.lower() not in heads:
        return None
    if any(child.dep_ == "poss" or (child.dep_ in ("amod", "compound", "nmod") and child.ent_type_ in ("NORP", "GPE"))
           for child in token.children):
        return None
    if token.dep_ == "pobj" and token.head.lower_ in PLACE_PREPOSITIONS:
        return None  # "back to the legislature", "a debate in parliament": the building or the chamber
    named = data.get("institution_names", {}).get(token.text)
    if named is not None:  # "Congress" is the US Congress unless the story is set in another country that has one
        return setting if setting in named.get("countries", []) else named["default"]
    return subject_country(token, coded) or previous_subject_country(token, coded) or setting


def chamber_country(token: Token, story: str | None) -> str | None:
    """"the House", "the House of Representatives", unowned: the chamber of the story's country, when
    that country has one of the name (roles.yaml institution_names; never a default: "the House" of
    a story about Nigeria is not the US House)."""
    named = load_yaml("roles.yaml").get("institution_names", {}).get(token.text)
    if named is None or token.text != "House" or story not in named.get("countries", []):
        return None
    if any(c.dep_ in ("poss", "amod", "compound") and c.lower_ != "u.s." for c in token.children):
        return None  # "the White House" is a compound elsewhere; "Putin's house", "a safe house"
    return story if any(c.lower_ == "the" for c in token.children) else None


def named_chamber(token: Token, country: str) -> bool:
    """"the United States House", "the Philippine Senate": a chamber name (roles.yaml institution_names)
    owned by a country that has a chamber of that name."""
    named = load_yaml("roles.yaml").get("institution_names", {}).get(token.text)
    return named is not None and country in named.get("countries", [])


def previous_subject_country(token: Token, coded: dict[int, str]) -> str | None:
    """The country of the previous sentence's coded subject: who the story was just about ("Trump said
    ... The Treasury said")."""
    start = token.sent.start
    if start == 0 or "\n\n" in token.doc[start - 1].text_with_ws + token.doc[start].text_with_ws:
        return None
    return subject_country(token.doc[start - 1].sent.root, coded, self_ok=True)


def titled_institution_country(title: Span, setting: str | None) -> str | None:
    """"Senate Majority Leader X", "House Speaker X": a title that names a chamber (roles.yaml
    institution_names) gives that chamber's country: the one country its sentence names that has such
    a chamber ("The Philippines' anti-graft court acquits former Senate president X"), else the setting
    when it has one, else the name's default (the US)."""
    from datelines.read.actors.tables import gazetteer

    names = load_yaml("roles.yaml").get("institution_names", {})
    for token in title:
        named = names.get(token.text)
        if named is not None:
            chambers = named.get("countries", [])
            nearby = {c for t in title.sent if (c := gazetteer().countries.get(t.text)) in chambers}
            if len(nearby) == 1:
                return nearby.pop()
            return setting if setting in chambers else named["default"]
    return None
