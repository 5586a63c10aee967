"""Country and role of a mention from the words around it: titles, appositives, copulas, noun phrases.

"Russian President Vladimir Putin"      title before a name      -> RUS + GOV
"Numan Kurtulmus, Turkey's tourism minister"   appositive        -> TUR + GOV
"Russia's power plant builder Rosatom"  title naming a company   -> RUS + BUS (an organization)
"Russian diplomats", "a Russian fighter jet"    noun phrase head  -> RUS + GOV, RUS + MIL
"The YPG is the Syrian affiliate of the PKK"    copula + relation -> SYR + the PKK's role
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from datelines.read.actors.geocode import SETTLEMENT_NOUNS, geocode, state_country
from datelines.read.actors.mentions import PhraseHit, stance_prefixed
from datelines.read.actors.roles import RoleLexicon, word_key

MODIFIER_DEPS = {"amod", "compound", "poss", "nmod", "npadvmod"}
COUNTRY_LABELS = {"COUNTRY", "DEMONYM", "CAPITAL", "IGO"}
OWNED_TITLE_HEADS = frozenset({"chief", "head"})
SPEAKING_FOR_HEADS = frozenset({"spokesman", "spokeswoman", "spokesperson", "adviser", "advisor", "lawyer"})
POSSESSIVE_PRONOUNS = frozenset({"its", "their"})  # may stand for a state or an organization
# Titles that may go on with "to" + where the holder is posted ("US Ambassador to the UN Nikki Haley"):
# the place or IGO after "to" is the posting, never the holder's country.
POSTING_WORDS = frozenset({"ambassador", "envoy", "representative", "emissary", "delegate", "consul", "ambassador-at-large"})


@dataclass
class Affiliation:
    """What the context says about an actor; any part may be unknown."""

    country: str | None = None  # ISO3, region or IGO code
    role: str | None = None
    head: str | None = None  # lemma of the word that gave the role
    start: int | None = None  # first token of the title/phrase that said so
    related: int | None = None  # token of another actor whose role this one inherits ("affiliate of X")
    owner: int | None = None  # token of a named organization the title belongs to ("Hamas leader X")
    possessor: int | None = None  # "its"/"their" before the role ("Its ambassador"): resolved by the caller

    @property
    def found(self) -> bool:
        return bool(self.country or self.role or self.related is not None)


def compose(country: str | None, role: str | None) -> str | None:
    """Country + role as one CAMEO code; an IGO or region code is complete on its own."""
    if not country:
        return None
    if country.startswith("IGO") or not role:
        return country
    return country + role if not country.endswith(role) else country


def possessed_code(antecedent: str, role: str | None) -> str:
    """The code of a role owned by an actor ("its ambassador", "their fighters"): a state's or a
    government's role is that country's ("Iran ... its foreign minister" IRNGOV, "Russia's government
    ... its troops" RUSMIL); an organization's people are that organization (Hamas ... its spokesman
    PSEREB; NATO ... its troops IGONAT)."""
    if antecedent.startswith("IGO") or (len(antecedent) > 3 and antecedent[3:6] != "GOV"):
        return antecedent
    return compose(antecedent[:3], role) or antecedent


def country_of_token(token: Token, hits: dict[int, PhraseHit], outside_names: bool = False) -> str | None:
    hit = hits.get(token.i)
    if hit is None or hit.label not in COUNTRY_LABELS or sided(token.doc, hit.start, hit.end):
        return None
    if outside_names and _inside_name(token, hit):
        return None
    return hit.code


def _inside_name(token: Token, hit: PhraseHit) -> bool:
    """"Malaysia Airlines jet": a country inside an organization's name is not a nationality."""
    ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
    return ent is not None and ent.label_ == "ORG" and (ent.end - ent.start) > (hit.end - hit.start) + (
        1 if token.doc[ent.start].lower_ == "the" else 0)


SIDING_WORDS = {"backed", "supported", "sponsored", "allied", "aligned", "funded", "armed", "trained", "friendly",
                # "Russian-built jets" are flown by whoever bought them: the maker is not the user
                "built", "made", "designed", "manufactured", "supplied", "produced", "provided", "donated"}


def sided(doc: Doc, start: int, end: int | None = None) -> bool:
    """"pro-Russian separatists" and "Iranian-backed militias" are not Russian or Iranian: the prefix
    names a side, not a nationality. ("Saudi-led" does name the nationality of who leads.)"""
    if stance_prefixed(doc, start):
        return True
    after = [t.lower_ for t in doc[end: end + 2]] if end is not None else []
    return len(after) == 2 and after[0] == "-" and after[1] in SIDING_WORDS


def np_affiliation(head: Token, hits: dict[int, PhraseHit], lexicon: RoleLexicon,
                   region_ok: bool = False) -> Affiliation:
    """A noun phrase's role from its head (with compounds: "fighter jet") and its country from a
    modifier (demonym, country name, possessive, "of Turkey")."""
    doc = head.doc
    first = head.i
    while first > head.sent.start and doc[first - 1].dep_ == "compound" and doc[first - 1].head.i in range(first, head.i + 1):
        first -= 1
    modifiers = sorted((t for t in head.subtree if t.i < head.i and (t.head.i == head.i or t.head.dep_ in MODIFIER_DEPS)
                        and t.dep_ in MODIFIER_DEPS | {"case"}), key=lambda t: t.i)
    # the role may be a phrase over adjectives too: "military police" (MIL), not "police" (COP)
    phrase_start = min([first, *(t.i for t in modifiers if t.dep_ == "amod")])
    role, _ = lexicon.role_of(doc[max(phrase_start, head.i - 3): head.i + 1])
    postpositive = next((c for c in head.rights if c.dep_ == "amod" and c.lower_ == "general"), None)
    if role is None and postpositive is not None:  # "attorneys general", "secretaries general"
        role, _ = lexicon.role_of_words([word_key(head), "general"])
    if role == "MIL" and any(lexicon.role_modifiers.get(word_key(t)) == "REB" for t in modifiers if t.dep_ in {"amod", "compound"}):
        role = "REB"  # "rebel forces", "insurgent troops": armed, but not the state's
    aff = Affiliation(role=role, head=word_key(head) if role else None)
    for token in modifiers:
        if "\n" in doc[token.i: head.i].text:
            continue  # a headline glued to the first sentence by the parser
        code = country_of_token(token, hits, outside_names=True)
        hit = hits.get(token.i)
        if code is None and hit and hit.label == "SEAT":  # "a State Department spokesman": the seat's country
            code = hit.code if hit.code.startswith("IGO") else hit.code[:3]
        if token.dep_ == "poss" and (token.lower_ in POSSESSIVE_PRONOUNS or country_told_again(token)):
            aff.possessor = token.i  # "its forces", "their envoys", "the island nation's cabinet"
        if code is None and token.dep_ in ("compound", "poss") and token.pos_ == "PROPN" and hit is None:
            aff.owner = token.i  # "a Taliban spokesman": the caller may know the organization
        if code is None and region_ok and hit and hit.label in ("REGION_ADJ", "REGION"):
            code = hit.code
        if code and aff.country is None:  # "Syrian Turkmen rebels": the outermost modifier is the nationality
            aff.country = code
            aff.start = hit.start if hit else token.i
    if aff.country is None:
        for child in head.rights:
            # ("the top prosecutor at the International Criminal Court": where an office holder works)
            if child.dep_ == "prep" and (child.lower_ == "of" or (child.lower_ == "at" and word_key(head) in WORKPLACE_TITLES)):
                for pobj in child.children:
                    code = country_of_token(pobj, hits) if pobj.dep_ == "pobj" else None
                    if code is None and pobj.dep_ == "pobj" and pobj.pos_ == "PROPN":
                        code = state_country(pobj.text)  # "the governor of Texas"
                    if code is None and pobj.dep_ == "pobj" and word_key(head) in LOCAL_OFFICES:
                        code = _town_country(pobj, hits)  # "mayor of the Polish city of Gdańsk"
                    if code:
                        aff.country = code
                        if aff.role == "BUS":  # "the chief executive of Hong Kong" runs a government, not a firm
                            aff.role = "GOV"
                    elif pobj.dep_ == "pobj" and aff.owner is None:
                        aff.owner = named_object(pobj, hits)
    if aff.country is None and aff.owner is None and word_key(head) in SPEAKING_FOR_HEADS:
        # "Ahmed al-Assadi, a spokesman for the PMF": the organization he speaks for, if the caller knows it
        aff.owner = next((named_object(p, hits) for prep in head.rights if prep.dep_ == "prep" and prep.lower_ == "for"
                          for p in prep.children if p.dep_ == "pobj"), None)
    if aff.role is None and aff.owner is not None and word_key(head) in OWNED_TITLE_HEADS:
        aff.role, aff.head = "GOV", word_key(head)  # "the head of Hamas": the organization's leader
    if word_key(head) in GROUP_TITLE_HEADS and (group := _group_role(head, lexicon)) is not None:
        aff.role = group  # "a commander of the rebel group", "a leader of the militia": the group's side
    if aff.start is None:
        aff.start = first
    return aff


# Titles whose "at" phrase names the body their holder serves ("a judge at the ICJ", "an official at the
# US embassy"), not where he stood ("a protester at the embassy").
WORKPLACE_TITLES = frozenset({"prosecutor", "judge", "official", "diplomat", "employee", "staffer", "envoy",
                              "representative", "spokesperson", "spokesman", "spokeswoman", "director"})


# Titles whose holder belongs to the group an "of" phrase names, whatever the title alone would say.
GROUP_TITLE_HEADS = frozenset({"leader", "commander", "chief", "head", "member", "founder", "fighter"})
GROUP_ROLES = frozenset({"REB", "CRM", "OPP", "PTY", "COP", "MIL"})


def _group_role(head: Token, lexicon: RoleLexicon) -> str | None:
    """The role of the group a title's "of" phrase names ("a leader of the Janjaweed militia": REB)."""
    for prep in head.rights:
        if prep.dep_ != "prep" or prep.lower_ != "of":
            continue
        for group in (c for c in prep.children if c.dep_ == "pobj"):
            role, _ = lexicon.role_of(head.doc[max(group.left_edge.i, group.i - 3): group.i + 1])
            if role in GROUP_ROLES:
                return role
    return None


# Offices of a town or a province, whose "of" names a place a country holds, not a country.
LOCAL_OFFICES = frozenset({"mayor", "governor", "councillor", "councilor", "prefect", "sheriff", "alderman"})
TOWN_NOUNS = frozenset(SETTLEMENT_NOUNS | {"municipality", "state"})


def _town_country(place: Token, hits: dict[int, PhraseHit]) -> str | None:
    """The country of "the Polish city of Gdańsk", "the city of El Paso", "Gdańsk": a town noun's
    demonym or its own "of" name; a name, where it is a known place."""
    if place.lemma_.lower() in TOWN_NOUNS:
        for child in place.children:
            code = country_of_token(child, hits) if child.dep_ in ("amod", "compound", "poss") else None
            if code:
                return code
            if child.dep_ == "prep" and child.lower_ == "of":
                return next((c for p in child.children if p.dep_ == "pobj" and (c := _town_country(p, hits))), None)
        return None
    if place.pos_ != "PROPN":
        return None
    first = min([place.i, *(c.i for c in place.children if c.dep_ == "compound" and c.pos_ == "PROPN")])
    point = geocode(place.doc[first:place.i + 1].text)
    return point.country if point is not None else None


def named_object(pobj: Token, hits: dict[int, PhraseHit]) -> int | None:
    """The proper name an "of" phrase points to ("the leader of the Islamist movement Hamas" -> Hamas),
    when it is not a country: the caller may know it as an organization whose title this is."""
    for token in pobj.subtree:
        if token.pos_ == "PROPN" and token.i not in hits:
            return token.i
    return None


# Nouns that name a country told before, as a pronoun would: "the country's cabinet", "the island nation's
# president".
COUNTRY_NOUNS = {"country", "nation", "kingdom", "republic"}


def country_told_again(token: Token) -> bool:
    return token.lemma_.lower() in COUNTRY_NOUNS and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)


PLAIN_REACH = 3  # plain words a nationality may stand before a title's head ("American social media company")


def title_before(doc: Doc, start: int, hits: dict[int, PhraseHit], lexicon: RoleLexicon) -> Affiliation:
    """Walk left from a name over title words, demonyms, country names and possessives:
    "Turkish Culture and Tourism Minister | Numan Kurtulmus". The title must hold a role word."""
    i = start - 1
    sent_start = doc[start].sent.start
    posting = None  # index of the "to" of "Ambassador to the UN", the "for" of "Special Representative for Iran"
    while i >= sent_start:
        token = doc[i]
        hit = hits.get(i)
        if token.lower_ == "and" and (doc[i + 1].lower_ in ("the", "a", "an") or i + 1 == start):
            # "the Thai Army and the Cambodian Army", "the federal army and Tigray People's Liberation Front": a
            # second phrase, not one title ("Culture and Tourism")
            break
        if hit and hit.label in COUNTRY_LABELS | {"SEAT"}:
            i = hit.start - 1
            continue
        if _bracketed_acronym(doc, i, sent_start, hits):
            i -= 3  # "International Criminal Court (ICC) president X": the acronym repeats the name before it
            continue
        if (token.lower_ in ("to", "for") and posting is None
                and any(word_key(t) in POSTING_WORDS for t in doc[max(sent_start, i - 3):i])):
            posting = i
            i -= 1
            continue
        if token.tag_ == "POS" or token.lower_ in ("'s", "’s"):
            i -= 1
            continue
        if lexicon.is_title_word(token) and token.ent_type_ != "PERSON":
            i -= 1
            continue
        plain = i
        while plain > sent_start and i - plain < PLAIN_REACH and doc[plain].tag_ in {"JJ", "NN", "NNS"} and doc[plain].is_lower:
            plain -= 1
        before = hits.get(plain) if plain < i else None
        if before is not None and before.label in COUNTRY_LABELS:
            # "American freelance journalist X", "American social media company X": plain words between the
            # nationality and the title
            i = plain
            continue
        role, size = lexicon.role_of(doc[max(sent_start, i - lexicon.longest + 1):i + 1])
        if role and size >= 2 and token.ent_type_ != "PERSON":  # "Special Representative": a title of two words
            i -= size
            continue
        break
    first = i + 1
    while first < start and (doc[first].lower_ in ("and", "of", "the", "a", "an", "-") or doc[first].is_punct):
        first += 1
    if first >= start:
        return Affiliation()
    words = doc[first:start]
    aff = Affiliation(start=first, owner=i if i >= sent_start else None)
    if i >= sent_start and doc[i].lower_ in POSSESSIVE_PRONOUNS:
        aff.possessor = i  # "Its foreign minister Mohammad X"
    for end in range(len(words), 0, -1):
        role, _ = lexicon.role_of(words[:end])
        if role:
            aff.role, aff.head = role, word_key(words[end - 1])
            break
    if aff.role is None:
        for token in words:
            if word_key(token) in lexicon.role_modifiers:
                aff.role, aff.head = lexicon.role_modifiers[word_key(token)], word_key(token)
    if aff.role is None and word_key(words[-1]) in OWNED_TITLE_HEADS and aff.owner is not None:
        # "Hezbollah chief Hassan Nasrallah": a bare "chief" after a name is that organization's leader
        aff.role, aff.head = "GOV", word_key(words[-1])
    if aff.role is None:
        country = plain_nationality(words, hits) if doc[start].ent_type_ == "PERSON" else None
        return Affiliation(start=first, country=country, head=word_key(words[-1])) if country else Affiliation()
    for token in words:
        if posting is not None and token.i > posting:
            break  # "to the UN": where the envoy is posted
        code = country_of_token(token, hits)
        hit = hits.get(token.i)
        if code is None and hit and hit.label == "SEAT":
            code = hit.code if hit.code.startswith("IGO") else hit.code[:3]
        # "Russia's UN ambassador": the country they serve, not the organization they are posted to
        if code and (aff.country is None or aff.country.startswith("IGO")):
            aff.country = code
    if aff.country is None and aff.owner is not None:
        aff.country = _state_named_before(doc, aff.owner)  # "Texas governor Greg Abbott"
    return aff


def plain_nationality(words: Span, hits: dict[int, PhraseHit]) -> str | None:
    """'Kenyan politician Martha Karua', 'Israeli hostage Eli Sharabi': a nationality before plain
    lower-case words of no office gives a person's country, and no role (not a firm's: 'Swiss energy
    utility Axpo')."""
    hit = hits.get(words.start)
    if hit is None or hit.label != "DEMONYM" or hit.end >= words.end:
        return None
    from datelines.read.events.predicates import VEHICLES  # (lazily: the event reader builds on the actors)

    rest = words.doc[hit.end:words.end]
    if rest and rest[-1].lemma_.lower() in VEHICLES:
        return None  # "the Russian tanker Anatoly Kolodkin": a ship's flag, not a person's nationality
    if len(rest) > PLAIN_REACH or not all(t.is_lower and t.tag_ in {"JJ", "NN"} for t in rest) or rest[-1].tag_ != "NN":
        return None
    return country_of_token(words[0], hits)


def _bracketed_acronym(doc: Doc, close: int, sent_start: int, hits: dict[int, PhraseHit]) -> bool:
    """"(ICC)" ending at `close`, right after the country or organization it abbreviates."""
    if close - 3 < sent_start or doc[close].text != ")" or doc[close - 2].text != "(":
        return False
    before = hits.get(close - 3)
    return before is not None and before.label in COUNTRY_LABELS and before.end == close - 2


def _state_named_before(doc: Doc, end: int) -> str | None:
    """The country of a state or province whose name ends at token `end` ("Texas", "New Jersey"), or of
    a town the tagger calls a place ("Manhattan District Attorney X")."""
    first = end
    while first > 0 and doc[first - 1].pos_ == "PROPN" and end - first < 3:
        first -= 1
    if doc[end].pos_ != "PROPN":
        return None
    state = next((code for i in range(first, end + 1) if (code := state_country(doc[i:end + 1].text))), None)
    # a town's own office ("Gyumri mayor X") names a town, whatever the tagger took the name for
    local = end + 1 < len(doc) and doc[end + 1].lower_ in LOCAL_OFFICES
    if state is None and (doc[end].ent_type_ == "GPE" or local):
        point = geocode(doc[first:end + 1].text)
        return point.country if point is not None else None
    return state


def appositive(span: Span, hits: dict[int, PhraseHit], lexicon: RoleLexicon,
               relation_nouns: frozenset[str] = frozenset()) -> Affiliation:
    """"Numan Kurtulmus, Turkey's tourism minister," or "the regime leader, Bashar al Assad"; "Leonid Volkov,
    an ally of Alexei Navalny," (then he takes Navalny's role)."""
    root = span.root
    for child in root.children:
        if child.dep_ == "appos" and child.i >= span.end:
            aff = np_affiliation(child, hits, lexicon)
            if not aff.role and word_key(child) in relation_nouns:
                aff.related = _related_to(child)
            if aff.role or aff.country or aff.related is not None:
                aff.start = None  # the appositive describes the name; the mention stays on the name
                return aff
    described = None
    if root.dep_ == "appos" and root.head.i < span.start:
        described = root.head
        # "Russia's ambassador to Turkey, Andrei Karlov": the parser may hang the name on "Turkey"
        if described.dep_ == "pobj" and described.head.dep_ == "prep" and not lexicon.role_of([described])[0]:
            described = described.head.head
    elif root.dep_ in ("oprd", "dobj") and root.head.lower_ in ("named", "called") and root.head.dep_ == "acl":
        described = root.head.head  # "a Turkish police officer named Mevlut Mert Altintas"
    if described is not None:
        aff = np_affiliation(described, hits, lexicon)
        if aff.role:
            aff.start = None
            return aff
    return Affiliation()


def copular(span: Span, hits: dict[int, PhraseHit], lexicon: RoleLexicon, relation_nouns: frozenset[str]) -> Affiliation:
    """"X is a Russian company" / "X is the Syrian affiliate of Y" (then X takes Y's role)."""
    root = span.root
    if root.dep_ not in ("nsubj", "nsubjpass") or root.head.lemma_ != "be":
        return Affiliation()
    for attr in root.head.children:
        if attr.dep_ != "attr":
            continue
        aff = np_affiliation(attr, hits, lexicon)
        aff.start = None
        if word_key(attr) in relation_nouns:
            aff.related = _related_to(attr)
        if aff.role or aff.related is not None:  # "Crimea is part of Russia" says nothing about an actor
            return aff
    return Affiliation()


def _related_to(relation: Token) -> int | None:
    """The token a relation noun is "of" ("the Syrian affiliate of the PKK", "an ally of Alexei Navalny")."""
    return next((p.i for prep in relation.children if prep.dep_ == "prep" and prep.lower_ == "of"
                 for p in prep.children if p.dep_ == "pobj"), None)


# Words that join a body's kind to its field in a name: "Office of ...", "Commission on ...", "Office for ...".
NAME_LINKERS = ("of", "on", "for")


def name_internal(span: Span, hits: dict[int, PhraseHit], name_heads: dict[str, str],
                  rebel_markers: frozenset[str]) -> Affiliation:
    """An organization's own name: "Free Syrian Army" = SYR (Syrian) + army, made REB by "Free"."""
    aff = Affiliation()
    for token in span:
        code = country_of_token(token, hits)
        if code and not code.startswith("IGO"):
            aff.country = code
    words = [t.text for t in span]
    for size in (4, 3, 2, 1):  # ("Public Prosecutor's Office": the prosecutor's, not a ministry's)
        if len(words) >= size and (head := " ".join(words[-size:]).replace(" 's", "'s")) in name_heads:
            aff.role = name_heads[head]
            break
    linker = next((w for w in words if w in NAME_LINKERS), None)
    if aff.role is None and linker:  # "Bank of England", "Ministry of Defence", "Commission on Elections"
        before = words[: words.index(linker)]
        head = next((" ".join(before[-size:]) for size in (2, 1) if " ".join(before[-size:]) in name_heads), None)
        if before and head is not None:  # ("Security Service of Ukraine")
            aff.role = name_heads[head]
    if aff.role is None:  # "Israeli Air Force F-35": a craft or unit named after the body it belongs to
        aff.role = next((name_heads[w] for w in reversed(words[:-1]) if w in name_heads), None)
    if aff.role is None and aff.country and len(words) == 2 and words[0] == "Air":
        aff.role = "BUS"  # "Air Canada", "Air India": a flag carrier is a company, not its state
    text = span.text
    if aff.role == "MIL" and any(marker in words or (" " in marker and marker in text) for marker in rebel_markers):
        aff.role = "REB"
    return aff
