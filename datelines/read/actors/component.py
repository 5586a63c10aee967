"""The datelines_actors component: mentions -> CAMEO actor codes in doc.spans["actor"], places in
doc.spans["place"].

Precedence for a named actor's code (highest first): a user dictionary; what this article says (title,
appositive, copula, the organization's own name); the cross-article registry; the built-in dictionary.
When the text gives only a role ("President Recep Tayyip Erdogan"), the country comes from the next source.
"""

from __future__ import annotations

import copy
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.pipeline import Pipe
from spacy.tokens import Doc, Span, Token
from spacy.util import filter_spans

from datelines.ontology.actors import load_yaml
from datelines.read.actors import affiliation as ctx
from datelines.read.actors.coref import acronym_after, alias_forms, possessive_antecedent, resolve_pronoun
from datelines.read.actors.dictionaries import (
    DictionaryActor,
    builtin_dictionary,
    user_dictionary,
)
from datelines.read.actors.geocode import SETTLEMENT_NOUNS, body_of_water, geocode, is_region, region_country
from datelines.read.actors.homonyms import (
    STATES_KEY,
    settled_country,
    states_named_like_countries,
    towns_of_the_story,
)
from datelines.read.actors.mentions import (
    PLACE_LABELS,
    Candidate,
    PhraseHit,
    build_phrase_matcher,
    elided_partner,
    held_by_region,
    phrase_hits,
    resolve_overlaps,
    stance_prefixed,
    trim,
)
from datelines.read.actors.metonymy import acts, struck
from datelines.read.actors.registry import ActorRegistry
from datelines.read.actors.roles import role_lexicon, word_key
from datelines.read.actors.setting import (
    SPEAKERS_OWN_FORCES,
    brief_country,
    chamber_country,
    ethnic_country,
    institution_owner,
    lede_countries,
    modifier_place_country,
    named_chamber,
    outnamed_setting,
    own_place_country,
    setting_country,
    speaker_country,
    story_country,
    titled_institution_country,
)
from datelines.read.actors.speakers import first_person_mentions
from datelines.read.actors.tables import gazetteer

EVIDENCE_KEY = "datelines_actor_evidence"  # doc.user_data: (start_char, end_char) -> source of the code
MEDIA_WORDS = frozenset({"television", "radio", "tv", "channel", "media", "press", "newspaper", "broadcaster"})
NOT_NAMES = {"DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT", "QUANTITY"}
# "a Palestinian", "one Briton", "another Israeli": a person of that country, not the country
PERSON_DETERMINERS = {"a", "an", "another", "one"}


PERSONAL_PRONOUNS = {"he", "she", "him", "his", "her"}


# Bodies of a state whose act in a sentence tells whose government an uncountried title there is of.
STATE_BODY_ROLES = ("GOV", "JUD", "LEG", "MIL", "COP")
MODIFIER_DEPS = {"amod", "compound", "poss", "nmod"}  # words that give a noun its own country


def _named_apart(words: Span) -> bool:
    """Words before a known body's name inside a longer one that make it another body: anything but an
    article, a possessive or a country's name ("Iran's Revolutionary Guards" is still the Guards)."""
    kept = [t for t in words if t.lower_ not in {"the", "'s", "’s"}]
    return bool(kept) and gazetteer().country_of(" ".join(t.text for t in kept)) is None


def _inside_another_name(span: Span) -> bool:
    """'the Supreme National Security Council': an IGO's name at the end of a longer name is another body's."""
    ent = next((e for e in span.doc.ents if e.start <= span.start and span.end <= e.end and e.label_ == "ORG"), None)
    return ent is not None and ent.start < span.start and _named_apart(span.doc[ent.start:span.start])


def _region_named_first(span: Span) -> str | None:
    """"the Puntland Security Force", "the Darfur Bar Association": a body named by its region first."""
    words = [t for t in span if t.lower_ != "the"]
    return next((code for size in (2, 1) if len(words) > size
                 and (code := region_country(" ".join(t.text for t in words[:size])))), None)


def _body_of_igo(n: Named, hits: dict[int, PhraseHit]) -> str | None:
    """"the United Nations Human Rights Council", "the African Union Commission": a body named by its
    organization first is of that organization."""
    hit = hits.get(n.name_start)
    return hit.code if hit is not None and hit.label == "IGO" and hit.start == n.name_start and hit.end < n.end else None


LOCAL_BODY_ROLES = {"PTY", "REL"}


def local_party(n: Named) -> bool:
    """A party or church named without its country ("the Democratic Party", "the Unification Church")."""
    return n.kind == "organization" and n.aff.role in LOCAL_BODY_ROLES and n.aff.country is None and n.entry is None


PLACE_PREPS = {"in", "near", "outside", "around", "across", "throughout"}
STRUCK_NOUNS = {"attack", "strike", "airstrike", "raid", "assault", "bombardment", "shelling", "offensive", "bombing"}
FOREIGN_WORDS = {"foreign", "international", "multinational", "overseas"}


# Words that make a person's name part of a place's or a building's: "Rabin Square", "Mount Arafat".
PLACE_NAME_HEADS = {"Square", "Stadium", "Airport", "Street", "Avenue", "Boulevard", "Bridge", "Road", "Park",
                    "University", "Hospital", "Museum", "Dam", "Port", "Station", "Mosque", "Mausoleum", "Centre", "Center"}
PLACE_NAME_OPENERS = {"Mount", "Lake", "Fort", "Port", "Cape"}


CURRENCY_WORDS = {"dollar", "dollars", "euro", "euros", "pound", "pounds", "yuan", "renminbi", "ruble", "rubles",
                  "rouble", "roubles", "rupee", "rupees", "yen", "peso", "pesos", "franc", "francs", "dinar", "dinars",
                  "riyal", "riyals", "rial", "rials", "lira", "liras", "won", "shekel", "shekels", "hryvnia", "hryvnias",
                  "naira", "rand", "real", "reais", "krona", "kronor", "krone", "kroner", "dirham", "dirhams", "baht"}


def names_a_currency(doc, end: int) -> bool:
    """'nine billion US dollars', 'two million Chinese yuan': a country that names a money names no actor."""
    return end < len(doc) and doc[end].lower_ in CURRENCY_WORDS and doc[end].pos_ == "NOUN"


def inside_a_place_name(span: Span) -> bool:
    """A dictionary name that is only part of a place's or a building's name ("Gaddafi Stadium",
    "Hamid Karzai International Airport", "Mount Arafat") names no actor."""
    doc = span.doc
    after = next((t for t in doc[span.end:span.end + 3] if not (t.is_title and t.text in {"International", "National"})), None)
    if after is not None and after.text in PLACE_NAME_HEADS:
        return True
    return span.start > 0 and doc[span.start - 1].text in PLACE_NAME_OPENERS


def name_in_place_phrase(span: Span, label: str) -> bool:
    """'Gunmen attacked a police post in Herat', 'the city of Herat': a short name the tagger took for an
    organization, a person or a people ('delivered supplies to Aleppo') is a place where a place
    preposition or a settlement noun governs it and the gazetteer knows a place of that name."""
    head = span.root
    words = [t for t in span if not t.is_punct]  # "Bohodukhiv, Kharkiv Oblast": a place and what holds it
    short = len(words) <= 2 or ("," in span.text and len(words) <= 5)
    if label not in {"ORG", "PERSON", "NORP"} or not short or not all(t.is_title for t in words) or head.dep_ != "pobj":
        return False
    if label == "NORP" and gazetteer().country_of(span.text):  # ("sent to the Kurds" is no place)
        return False
    prep = head.head
    placed = prep.lower_ in PLACE_PREPS or (prep.lower_ == "of" and prep.head.lemma_ in SETTLEMENT_NOUNS)
    placed = placed or (prep.lower_ == "on" and prep.head.lemma_.lower() in STRUCK_NOUNS)  # "a drone attack on Dnipro"
    placed = placed or (label == "NORP" and prep.lower_ in {"to", "into", "from"})  # (a demonym left above)
    # ("near the village of Sakoira, Niger": a settlement no gazetteer knows, with its country after it)
    settlement = prep.lower_ == "of" and prep.head.lemma_ in SETTLEMENT_NOUNS
    return placed and (geocode(span.text) is not None or (settlement and held_by_region(span.doc, span.start, span.end) is not None))


# Words a company's legal name adds to the name news knows it by ("Chevron Corporation", "Samsung Group").
CORPORATE_SUFFIXES = {"corporation", "corp", "inc", "incorporated", "group", "company", "co", "ltd", "limited", "plc",
                      "ag", "sa", "holdings", "llc"}


@dataclass
class Named:
    """A named actor mention (person or organization) while its code is worked out."""

    start: int  # mention start, including a title before the name
    end: int
    name_start: int
    name: str
    kind: str
    aff: ctx.Affiliation = field(default_factory=ctx.Affiliation)
    entry: DictionaryActor | None = None  # dictionary entry whose name/alias this is
    user: bool = False  # entry comes from a user dictionary
    code: str | None = None
    source: str = ""


def _joined_names(doc: Doc) -> list[Span]:
    """The entities, with a person's name the model cut in two joined again: "Mir Raza | Ali Khan", one name
    whose first part hangs on the second as a compound; and two organizations tagged as one cut apart."""
    out: list[Span] = []
    for ent in (part for found in doc.ents for part in _split_joined_organizations(_cut_at_outer_preposition(found))):
        last = out[-1] if out else None
        if (last is not None and last.label_ == ent.label_ == "PERSON" and last.end == ent.start
                and doc[last.end - 1].dep_ == "compound" and ent.start <= doc[last.end - 1].head.i < ent.end):
            out[-1] = Span(doc, last.start, ent.end, label="PERSON")
        else:
            out.append(ent)
    return out


def _cut_at_outer_preposition(ent: Span) -> Span:
    """"killed in airstrikes by the Tatmadaw on Ramree", tagged one organization: the name ends before a
    preposition that hangs on a word outside it (not "Bank of America", whose 'of' hangs inside)."""
    if ent.label_ != "ORG":
        return ent
    cut = next((t.i for t in ent if t.dep_ == "prep" and t.i > ent.start and not ent.start <= t.head.i < ent.end), None)
    return ent if cut is None else Span(ent.doc, ent.start, cut, label="ORG")


def _split_joined_organizations(ent: Span) -> list[Span]:
    """"the Sudanese Armed Forces and Rapid Support Forces", tagged one organization: two, when the 'and'
    joins a second name to the first one's head (not inside it: "Department of Health and Human Services")."""
    if ent.label_ != "ORG":
        return [ent]
    for token in ent:
        if token.lower_ == "and" and token.dep_ == "cc" and token.head.i == ent.root.i and ent.start < token.i < ent.end - 1:
            second = [c for c in ent.root.children if c.dep_ == "conj" and c.i > token.i and c.i < ent.end]
            if second and ent.doc[token.i + 1].is_title:
                return [Span(ent.doc, ent.start, token.i, label="ORG"), Span(ent.doc, token.i + 1, ent.end, label="ORG")]
    return [ent]


def _same_case(text: str, surface: str) -> bool:
    """An acronym matches only in capitals; a name matches capitalized or in capitals."""
    if surface.isupper():
        return text == surface
    return text[:1].isupper()


def inside_longer_person(span: Span) -> bool:
    """"Victoria Nuland" is a person; a lone "Kiev" that the model calls a person is still the capital."""
    doc = span.doc
    ent_start = next((e for e in doc.ents if e.start <= span.start < e.end and e.label_ == "PERSON"), None)
    return ent_start is not None and (ent_start.start < span.start or ent_start.end > span.end)


def consolidate(named: list[Named]) -> None:
    """One code per actor per article: the most specific code the text gave it, for every mention that
    has none or a vaguer one ("YPG" before and after "The YPG is the Syrian affiliate of the PKK")."""
    best: dict[str, Named] = {}
    for n in named:
        if n.code and n.source in ("text", "dictionary"):
            chosen = best.get(n.name)
            if chosen is None or (chosen.code and len(n.code) > len(chosen.code) and n.code.startswith(chosen.code)):
                best[n.name] = n
    for n in named:
        chosen = best.get(n.name)
        if not chosen or not chosen.code:
            continue
        vaguer = not n.code or (chosen.code.startswith(n.code) and n.source != "dictionary")
        # a stock code of the same country that the text corrects ("Qasem Soleimani, head of Iran's Quds
        # Force" is IRNMIL in this article, whatever the builtin list says of "Soleimani")
        corrected = (n.source not in ("text", "dictionary") and chosen.source == "text" and bool(n.code)
                     and chosen.code[:3] == n.code[:3])
        if vaguer or corrected:
            n.code, n.source, n.kind = chosen.code, chosen.source, chosen.kind


def owning_organization(n: Named, named: list[Named]) -> Named | None:
    """The named organization a person's title belongs to ("Hamas leader X", "X, the head of Hamas"),
    if the title points to one."""
    if n.aff.owner is None:
        return None
    return next((m for m in named if m.name_start != n.name_start and m.kind == "organization"
                 and m.name_start <= n.aff.owner < m.end), None)


GROUP_TAGS = {"NNS", "NNPS"}
# Named bodies whose name gives a role but no country: a chamber, a court. Unowned, they are the story's.
STORY_INSTITUTION_ROLES = {"LEG", "JUD"}
GROUP_WORDS = {"police", "army", "military", "government", "opposition", "security", "party"}
# Words news uses again for an armed group it has named: "the group claimed the attack".
ARMED_GROUP_WORDS = {"group", "militia", "movement", "organization", "organisation"}
ARMED_GROUP_ROLES = {"REB", "CRM", "MIL"}  # ("Africa Corps forces": the named force's own men)


GOVERNMENT_HEADS = frozenset({"government", "administration", "authority", "cabinet"})
GOVERNMENT_LOOKBACK = 4  # sentences


def _government_told_before(token: Token, coded: dict[int, str]) -> str | None:
    """"The government asked Judge Miller to delay his ruling": "the government", unowned, in a story that
    names other countries too, is the government the text last named (within a few sentences)."""
    start = token.sent.start
    for _ in range(GOVERNMENT_LOOKBACK):
        if start == 0:
            break
        start = token.doc[start - 1].sent.start
    before = [i for i, code in coded.items() if start <= i < token.i and code[3:6] == "GOV" and code[:3].isalpha()]
    return coded[max(before)][:3] if before else None


def _definite(token: Token) -> bool:
    """"the government", "the authorities": a body the reader is expected to know."""
    return any(c.dep_ == "det" and c.lower_ == "the" for c in token.children) and not any(
        c.dep_ == "poss" for c in token.children)


def _former(doc: Doc, n: Named) -> bool:
    """A title that says its holder no longer holds it: "former Prime Minister X", "ex-President X"."""
    return any(t.lower_ in {"former", "ex"} or t.lower_.startswith("ex-") for t in doc[n.start:n.name_start])


# Bodies a state alone keeps, which belong to the one country a story names ("the National Intelligence and
# Security Agency").
HOME_BODY_ROLES = {"GOV", "SPY", "COP", "MIL", "JUD", "LEG"}


def home_officials(doc: Doc, named: list[Named], story: str) -> None:
    """"Attorney General William Barr", "the National Intelligence and Security Agency" in a story that names
    no country but its own: that country's official or state body (whose Defence Secretary is unsure only when
    the story names another country). A former official holds no office: the story's country alone, as
    `place_people` gives it."""
    for n in named:
        title = doc[n.start:n.name_start]
        official = (n.kind == "person" and len(title) and doc[n.name_start - 1].lower_ not in ("of", "the")
                    and "former" not in title.text.lower())
        body = n.kind == "organization"  # "the National Telecommunications Commission"
        state_body = body and n.aff.role in HOME_BODY_ROLES
        if n.code is None and not n.user and ((n.aff.role == "GOV" and official) or state_body):
            n.code, n.source = ctx.compose(story, n.aff.role), "story country"


def place_people(doc: Doc, candidates: list[Candidate], story: str | None,
                 unsure: set[tuple[int, int]]) -> list[Candidate]:
    """People no rule coded: the code another mention of the same person has ("Aung San Suu Kyi" in a
    headline, then "the country's elected leader, Aung San Suu Kyi"), else, for a person named in full
    ("Biden" after "Joe Biden"; "Khan Shaykhun" tagged a person is a place), the country the story is
    about: most likely theirs. `unsure` spans hold a current office no rule could place."""
    coded: dict[str, str] = {}
    for c in candidates:
        if c.kind == "person" and c.name and c.code:
            coded.setdefault(c.name, c.code)
    # full names first, so that a later "Milken" takes what "Michael Robert Milken" was given
    people = sorted((c for c in candidates if c.kind == "person" and not c.code and c.name),
                    key=lambda c: -len(c.name.split()))
    person_names = {c.name for c in candidates if c.kind == "person" and c.name}
    # a short form the tagger took for an organization ("Milken") still names the person
    people += [c for c in candidates if c.kind != "person" and not c.code and c.name in person_names]
    for c in people:
        same = coded.get(c.name) or next((code for name, code in coded.items() if name.endswith(" " + c.name)), None)
        full_name = (len(c.name.split()) >= 2 and geocode(c.name) is None and (c.start, c.end) not in unsure
                     and doc[c.end - 1].dep_ != "compound")  # "the Al Udeid air base": a name of a thing
        c.code = same or (story if full_name else None)
        c.why = c.why if c.code is None else "story country"
        if c.code and full_name:
            coded.setdefault(c.name, c.code)
    return candidates


def strict_leader(codes: list[str]) -> str | None:
    """The code that occurs more often than any other in `codes`, else None."""
    ranked = Counter(codes).most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _spelled_like(name: str, surnames: dict[str, str]) -> str | None:
    """A one-word name one letter off a surname already named ("Saree" for "Sarea"), when no other
    surname is as close: the same person, misspelt. Short names are left alone."""
    if " " in name or len(name) < 5:
        return None
    close = {full for form, full in surnames.items()
             if " " not in form and len(form) >= 5 and form[0] == name[0] and _one_letter_off(form, name)}
    return next(iter(close)) if len(close) == 1 else None


def _one_letter_off(a: str, b: str) -> bool:
    """One letter changed, added or dropped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    shorter, longer = sorted((a, b), key=len)
    return any(longer[:i] + longer[i + 1:] == shorter for i in range(len(longer)))


PLACE_NAME_WORDS = 3


def _country_after_of(doc: Doc, span: Span, hits: dict[int, PhraseHit]) -> str | None:
    """'the Foreign Intelligence Service of Russia': a body's name the tagger ended before 'of' and its
    country."""
    i = span.end
    if i + 1 >= len(doc) or doc[i].lower_ != "of":
        return None
    start = i + 2 if doc[i + 1].lower_ == "the" else i + 1
    hit = hits.get(start)
    if hit is not None:
        return hit.code if hit.label == "COUNTRY" and not hit.code.startswith("IGO") else None
    # "the Higher Regional Court of Dresden": a town or region the gazetteer knows
    end = start
    while end < len(doc) and end - start < PLACE_NAME_WORDS and doc[end].pos_ == "PROPN":
        end += 1
    point = geocode(doc[start:end].text) if end > start else None
    return point.country if point is not None else None


def coded_tokens(named: list[Named], hits: dict[int, PhraseHit]) -> dict[int, str]:
    """Token index -> actor code, for the named actors and the countries and capitals of a doc."""
    coded = {i: hit.code for i, hit in hits.items() if hit.label in ("COUNTRY", "CAPITAL", "SEAT")}
    for n in named:
        if n.code:
            coded.update(dict.fromkeys(range(n.name_start, n.end), n.code))
    return coded


def _country_before(doc: Doc, i: int, hits: dict[int, PhraseHit]) -> str | None:
    """The country named last before token i, in its sentence or the one before."""
    sentence = doc[i].sent
    start = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    for j in range(i - 1, start - 1, -1):
        hit = hits.get(j)
        if hit is not None and hit.label in ("COUNTRY", "DEMONYM", "CAPITAL") and not hit.code.startswith("IGO"):
            return hit.code[:3]
    return None


def _condition_named(head: Token) -> bool:
    """"A state of emergency", "the state of the economy": a state of something is a condition, no government."""
    return head.lemma_.lower() == "state" and any(
        prep.dep_ == "prep" and prep.lower_ == "of" and any(p.dep_ == "pobj" and p.pos_ == "NOUN" for p in prep.children)
        for prep in head.rights)


SUBDIVISIONS = frozenset({"state", "province", "region", "county", "city", "municipality", "district"})


def _from_its_subdivisions(head: Token) -> bool:
    """"Attorneys general from sixteen states", "governors of several provinces": officials of a
    country's unnamed parts are of the country the story is about."""
    return any(prep.dep_ == "prep" and prep.lower_ in ("from", "of") and pobj.dep_ == "pobj"
               and pobj.lemma_.lower() in SUBDIVISIONS and pobj.tag_ == "NNS"
               and not any(c.pos_ == "PROPN" for c in pobj.children)
               for holder in [head, *(c for c in head.rights if c.dep_ == "amod")]  # "attorneys general from"
               for prep in holder.rights for pobj in prep.children)


class ActorCoder(Pipe):
    def __init__(self, nlp: Language, dictionaries: list[str] | None = None,
                 registry: ActorRegistry | None = None, name: str = "datelines_actors") -> None:
        self.name = name
        self.gaz = gazetteer()
        self.user = user_dictionary(dictionaries)
        self.builtin = builtin_dictionary()
        self.lexicon = role_lexicon()
        if self.user.agents:  # user agents extend a private copy; the shared lexicon stays as loaded
            self.lexicon = copy.deepcopy(self.lexicon)
            for phrase, role in self.user.agents.items():
                self.lexicon.add(phrase, role)
        orgs = load_yaml("organizations.yaml")
        self.name_heads: dict[str, str] = orgs["name_heads"]
        self.rebel_markers = frozenset(orgs["rebel_markers"])
        self.relation_nouns = frozenset(orgs["relation_nouns"])
        roles = load_yaml("roles.yaml")
        self.generic_heads = frozenset(roles.get("generic_heads", []))
        self.body_heads = frozenset(roles.get("body_heads", []))
        self.title_country_table: dict[str, list[str]] = roles.get("title_countries", {})
        self.vehicle_heads = frozenset(roles.get("vehicle_heads", []))
        self.craft_heads = frozenset(roles.get("craft_heads", []))
        self.short_form_heads = frozenset(orgs.get("short_form_heads", []))
        self.phrases = build_phrase_matcher(nlp, self.gaz)
        user_entries = self.user.spelling_index()
        self.entries = {**self.builtin.spelling_index(), **user_entries}
        self.user_surfaces = set(user_entries)
        # single-word surfaces as written: "IS" (Islamic State) must not match a sentence-initial "Is"
        self.single_words = {s.lower(): s for a in [*self.builtin.actors, *self.user.actors] for s in a.surfaces()
                             if " " not in s}
        self.dictionary_matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.dictionary_matcher.add("ACTOR", list(nlp.tokenizer.pipe(self.entries.keys())))
        self.registry = registry

    # -- the spaCy component protocol ------------------------------------------------------------------
    def __call__(self, doc: Doc) -> Doc:
        try:
            candidates, places = self.match(doc)
            self.set_annotations(doc, candidates, places)
        except Exception as error:  # noqa: BLE001 - spaCy's handler decides: raise (default) or skip
            self.get_error_handler()(self.name, self, [doc], error)
        return doc

    def match(self, doc: Doc) -> tuple[list[Candidate], list[tuple[int, int]]]:
        hits = phrase_hits(doc, self.phrases, self.gaz)
        published: date | None = doc._.published
        named = self.named_mentions(doc, hits)
        places = [(start, end) for start, end in self.place_spans(doc, hits, named) if not names_a_currency(doc, end)]
        states = states_named_like_countries(doc, hits, places)
        hits = {i: replace(h, code=states[h.start]) if h.start in states else h for i, h in hits.items()}
        doc.user_data[STATES_KEY] = {(h.start, h.end): h.code for h in hits.values() if h.start in states}
        doc.user_data[STATES_KEY].update(towns_of_the_story(doc, hits, places))
        countries = [(i, h.code) for i, h in hits.items() if h.label == "COUNTRY" and i == h.start]
        place_list = [Span(doc, start, end) for start, end in places]
        setting = setting_country(doc, place_list, countries)
        # ("a protest in support of Palestine Action": a country's name inside an organization's is not the story's)
        foreign_inside = {(i, (n.entry.code_on(published) or "")[:3]) for n in named
                          if n.entry is not None and n.entry.kind == "organization" for i in range(n.name_start, n.end)}
        named_countries = [(i, h.code[:3]) for i, h in hits.items() if h.label in ("COUNTRY", "DEMONYM") and i == h.start
                           and not any(j == i and owner != h.code[:3] for j, owner in foreign_inside)]
        setting = outnamed_setting(setting, named_countries)
        story = story_country(setting, named_countries, lede_countries(doc, named_countries, place_list))
        doc._.story_country = story
        doc._.brief_country = story or brief_country(doc, named_countries)
        self.code_named(doc, named, hits, published, setting, story)
        home = story if story and {code for _, code in named_countries} <= {story} else None
        if home:
            home_officials(doc, named, home)
        candidates = [Candidate(n.start, n.end, n.code, n.kind, n.name, n.source, rank=3) for n in named]
        candidates += self.later_mentions(doc, named)
        candidates += self.gazetteer_mentions(doc, hits)
        candidates += self.phrase_mentions(doc, hits, named, setting, candidates, story, home)
        candidates += self.short_form_mentions(doc, hits, named)
        candidates += self.pronoun_mentions(doc, candidates)
        candidates = [c for c in candidates if "\n" not in doc[c.start:c.end].text and not names_a_currency(doc, c.end)]
        # a current office no rule could place is left unguessed (whose Defence Secretary?); a former
        # one, or none, takes the story's country
        unsure = {(n.start, n.end) for n in named if n.aff.role and "former" not in doc[n.start:n.name_start].text.lower()}
        placed = place_people(doc, resolve_overlaps(candidates), story, unsure)
        return placed + first_person_mentions(doc, placed), places

    def set_annotations(self, doc: Doc, candidates: list[Candidate], places: list[tuple[int, int]]) -> None:
        spans, evidence = [], {}
        for c in candidates:
            span = Span(doc, c.start, c.end)
            span._.actor_code, span._.actor_name, span._.actor_kind = c.code, c.name, c.kind
            spans.append(span)
            evidence[(span.start_char, span.end_char)] = c.why
        doc.spans["actor"] = spans
        doc.user_data[EVIDENCE_KEY] = evidence
        place_spans = []
        for start, end in places:
            span = Span(doc, start, end)
            point = geocode(span.text)
            span._.place_name = point.name if point else span.text
            span._.place_country = settled_country(doc, start, end) or (point.country if point else None)
            span._.place_lat = point.lat if point else None
            span._.place_lon = point.lon if point else None
            place_spans.append(span)
        doc.spans["place"] = place_spans

    # -- named people and organizations -----------------------------------------------------------------
    def named_mentions(self, doc: Doc, hits: dict[int, PhraseHit]) -> list[Named]:
        spans = []
        for ent in _joined_names(doc):
            start, end = trim(doc, ent.start, ent.end)
            if all(i in hits or doc[i].lower_ in {"and", "or", ","} for i in range(start, end)):
                continue  # a country, capital, IGO... ("North and South Korea"): the gazetteer handles it
            if ent.label_ in PLACE_LABELS and (geocode(doc[start:end].text) or ent.label_ != "GPE"
                                               or held_by_region(doc, start, end)):
                continue
            if (is_region(doc[start:end].text) or name_in_place_phrase(doc[start:end], ent.label_)
                    or body_of_water(doc[start:end].text)):
                continue  # "Crimea" or "in Herat" tagged ORG: a region, a place; "the English Channel": water
            if ent.label_ in ("PERSON", "ORG") or (ent.label_ == "GPE" and doc[start].is_title):
                spans.append(Span(doc, start, end, label=ent.label_))
        covered = {i for s in spans for i in range(s.start, s.end)}
        for token in doc:  # acronyms the model leaves unlabelled ("The TKB is the Iraqi affiliate of the PKK")
            if (token.i not in covered and token.i not in hits and token.is_upper and token.is_alpha
                    and 2 <= len(token) <= 6 and token.pos_ == "PROPN" and not self.lexicon.role_of([token])[0]):
                spans.append(Span(doc, token.i, token.i + 1, label="ORG"))
        for _, start, end in self.dictionary_matcher(doc):
            span = Span(doc, start, end, label="DICT")
            if len(span) == 1 and not _same_case(span[0].text, self.single_words.get(span[0].lower_, "")):
                continue
            if inside_a_place_name(span):
                continue
            spans.append(span)
        spans += self.registry_names(doc, {i for s in spans for i in range(s.start, s.end)})
        spans += self.titled_names(doc, {i for s in spans for i in range(s.start, s.end)}, hits)
        spans = [self.with_possessor(doc, span, hits)
                 if self.organization_name(span) or (span.label_ == "ORG" and span.root.text in self.name_heads) else span
                 for span in spans]
        spans = [Span(doc, s.start, s.end, label="PERSON") if s.label_ == "ORG" and self.told_as_person(s) else s
                 for s in spans]
        named = []
        for span in filter_spans(spans):
            if not stance_prefixed(doc, span.start):  # "an anti-Houthi coalition" is not the Houthis
                named.append(self.describe(doc, span, hits))
        return named

    def told_as_person(self, span: Span) -> bool:
        """"Tynice Nichole Hall was convicted ... She was granted clemency": a name the model tagged as an
        organization is a person's when it is a clause's subject, has no word of an organization's or a
        role's, and the next personal pronoun, before any other name, is "he" or "she"."""
        words = [t for t in span if t.text not in ("'s", "’s")]
        if not 2 <= len(words) <= 4 or not all(t.is_title and t.is_alpha for t in words) or self.entry_inside(span):
            return False
        if span.root.dep_ not in ("nsubj", "nsubjpass") or self.entries.get(span.text.lower()) is not None:
            return False
        lexicon = self.lexicon
        if any(word_key(t) in lexicon.organization_heads or (word_key(t),) in lexicon.heads for t in words):
            return False
        doc = span.doc
        sentence = span.sent
        stop = doc[sentence.end].sent.end if sentence.end < len(doc) else sentence.end
        for token in doc[span.end:stop]:
            if token.ent_type_ in ("PERSON", "ORG") and token.ent_iob_ == "B":
                return False
            if token.lower_ in PERSONAL_PRONOUNS:
                return True
        return False

    def organization_name(self, span: Span) -> bool:
        """A known organization's name (the dictionaries'), whose code does not depend on its words."""
        entry = self.entries.get(span.text.lower())
        return entry is not None and entry.kind == "organization"

    @staticmethod
    def with_possessor(doc: Doc, span: Span, hits: dict[int, PhraseHit]) -> Span:
        """"Iran's Revolutionary Guards": an organization's name with its country's possessive before it
        is one mention (the country is part of the name, not a second actor). "Japan's Abe" stays two."""
        if span.start < 2 or doc[span.start - 1].tag_ != "POS":
            return span
        hit = hits.get(doc[span.start - 2].i)
        if hit is None or hit.label not in ("COUNTRY", "CAPITAL") or hit.end != span.start - 1:
            return span
        return Span(doc, hit.start, span.end, label=span.label_)

    def entry_inside(self, span: Span) -> DictionaryActor | None:
        """"Crown Prince Mohammed bin Salman": a dictionary name inside a longer entity (multi-word only,
        so "Kim" inside "Kim Jong-nam" does not make him his half-brother)."""
        for _, start, end in self.dictionary_matcher(span):  # on a span: offsets in the doc, and no copy of it
            before = span.doc[span.start:start]
            owned = len(before) > 1 and before[-1].tag_ == "POS" and not _named_apart(before)  # "Russia's GRU"
            incorporated = start == span.start and all(t.lower_.rstrip(".") in CORPORATE_SUFFIXES for t in span.doc[end:span.end])
            if end - start > 1 or owned or incorporated:
                entry = self.entries.get(span.doc[start:end].text.lower())
                if entry is not None and entry.kind == "organization" and _named_apart(before) and not any(
                        before[-1].lower_ in name.lower().split() for name in entry.surfaces()):
                    return None  # "West Papua National Liberation Army" is not Colombia's National Liberation Army
                return entry
        return None

    def registry_names(self, doc: Doc, covered: set[int]) -> list[Span]:
        """Capitalized names the NER model missed but the registry knows ("Kenyatta said ...")."""
        if self.registry is None or not self.registry.affiliations:
            return []
        out = []
        for token in doc:
            if token.i in covered or not token.is_title or token.pos_ != "PROPN":
                continue
            end = token.i + 1
            while end < len(doc) and end - token.i < 4 and doc[end].is_title and doc[end].pos_ == "PROPN":
                end += 1
            if token.i > 0 and doc[token.i - 1].is_title and doc[token.i - 1].pos_ == "PROPN":
                continue  # only whole runs of capitalized words
            name = self.registry.resolve(doc[token.i:end].text)
            if name is not None:
                out.append(Span(doc, token.i, end, label="REGISTRY"))
        return out

    def titled_names(self, doc: Doc, covered: set[int], hits: dict[int, PhraseHit]) -> list[Span]:
        """"Peruvian Prime Minister Ana Torres resigns": a run of capitalized names right after an office's
        title is a person even when the model, thrown by a present-tense headline, tags no one."""
        lex = self.lexicon
        out = []
        for token in doc:
            i = token.i
            if (i == 0 or i in covered or i in hits or not token.is_title or token.pos_ != "PROPN"
                    or lex.is_title_word(token) or not lex.is_title_word(doc[i - 1]) or not doc[i - 1].is_title):
                continue
            end = i + 1
            while (end < len(doc) and end - i < 3 and end not in covered and end not in hits and doc[end].is_title
                   and doc[end].pos_ == "PROPN" and not lex.is_title_word(doc[end])):
                end += 1
            if end - i < 2 or (end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN"):
                continue  # a first and a last name, and nothing capitalized after them
            if ctx.title_before(doc, i, hits, lex).role:
                out.append(Span(doc, i, end, label="PERSON"))
        return out

    def describe(self, doc: Doc, span: Span, hits: dict[int, PhraseHit]) -> Named:
        """What the words around a name say about it."""
        lex = self.lexicon
        title = ctx.title_before(doc, span.start, hits, lex)
        if span.label_ == "PERSON" and title.head in MEDIA_WORDS:
            title = ctx.Affiliation()  # "On live television Erdogan attacked ...": a medium is no one's title
        described = ctx.appositive(span, hits, lex, self.relation_nouns)
        sources = [title, described, ctx.copular(span, hits, lex, self.relation_nouns)]
        if described.country and described.role and not title.country:
            # "Venezuela's defence minister, General Vladimir Padrino Lopez": the full description
            # (country and office) outranks a bare rank
            sources[:2] = [described, title]
        entry = self.entries.get(span.text.lower()) or self.entry_inside(span)
        kind = entry.kind if entry else ("organization" if span.label_ == "ORG" else "person")
        if span.label_ == "ORG" or (entry and entry.kind == "organization"):
            # an organization's own name outranks what it is compared to ("the opposition, the Free Syrian Army")
            internal = ctx.name_internal(span, hits, self.name_heads, self.rebel_markers)
            internal.country = internal.country or _country_after_of(doc, span, hits) or _region_named_first(span)
            sources.insert(0, internal)
            known = entry.code_on(doc._.published) if entry is not None and entry.kind == "organization" else None
            if known and not known.startswith("IGO") and len(known) >= 6:
                # "Iran's Revolutionary Guards": a known body's role beats a guess from the words of its name
                sources.insert(0, ctx.Affiliation(country=known[:3], role=known[3:6]))
            if span.root.pos_ == "NOUN":  # "the Palestinian health ministry": a description tagged as a name
                sources.insert(1, ctx.np_affiliation(span.root, hits, lex))
        aff = ctx.Affiliation()
        for source in sources:
            aff.country = aff.country or source.country
            if aff.role is None and source.role:
                aff.role, aff.head = source.role, source.head
            aff.related = aff.related if aff.related is not None else source.related
            aff.owner = aff.owner if aff.owner is not None else source.owner
            aff.possessor = aff.possessor if aff.possessor is not None else source.possessor
        if span.label_ == "ORG" and aff.country and not aff.role and named_chamber(span.root, aff.country):
            aff.role, aff.head = "LEG", "house"  # "the House of Representatives of the Philippines"
        if aff.head in lex.organization_heads:
            kind = "organization"  # "power plant builder Rosatom": context beats the NER label
        start = title.start if title.role else span.start
        name = entry.name if entry else span.text
        return Named(start, span.end, span.start, name, kind, aff, entry, span.text.lower() in self.user_surfaces)

    def code_named(self, doc: Doc, named: list[Named], hits: dict[int, PhraseHit], published: date | None,
                   setting: str | None = None, story: str | None = None) -> None:
        known: dict[str, Named] = {}  # canonical name -> first coded mention in this article
        surnames: dict[str, str] = {}
        for n in named:  # "the Free Syrian Army (FSA)": later "FSA" mentions are that actor
            acronym = acronym_after(doc[n.name_start:n.end])
            if acronym is not None and n.entry is None:
                surnames.setdefault(acronym.text, n.name)
        for n in named:
            if n.entry is None and n.name not in surnames and (spelled := _spelled_like(n.name, surnames)):
                n.name = spelled  # "Saree said" after "spokesperson Yahya Sarea": real news misspells
            if n.entry is None and n.name in surnames:
                n.name = surnames[n.name]  # "Putin" after "Vladimir Putin" in the same article
            elif n.entry is None and self.registry is not None:
                n.name = self.registry.resolve(n.name) or n.name  # "Kenyatta" -> "Uhuru Kenyatta" from earlier articles
            for form in alias_forms(n.name, n.kind):
                surnames.setdefault(form, n.name)
        for n in named:
            n.code, n.source = self.code_for(n, known.get(n.name), published)
            if n.code and len(n.code) == 3 and not n.user and named_chamber(doc[n.end - 1], n.code):
                n.code += "LEG"  # "the US House", "the Philippine Senate"
            if n.code is None and not n.user and n.aff.role == "LEG" and n.start < n.name_start:
                chamber = titled_institution_country(doc[n.start:n.name_start], setting)
                if chamber:  # "Senate Majority Leader X", "House Speaker X"
                    n.code, n.source = ctx.compose(chamber, "LEG"), "text"
            if n.code is None and not n.user and n.kind == "organization":
                n.code = self.described_in_apposition(doc, n, hits, setting or story) or _body_of_igo(n, hits)
                n.source = "text" if n.code else n.source
            if n.code is None and (setting or story) and (self.local_title(doc, n) or local_party(n)):
                # "opposition leader Juan Guaido" in a story set in (or about) Venezuela: the role, there;
                # so is "the Democratic Party" in a story about the United States
                n.code, n.source = ctx.compose(setting or story, n.aff.role), "setting" if setting else "story country"
            if n.code and n.name not in known:
                known[n.name] = n
        self.owned_titles(named)
        self.possessive_titles(doc, named, hits)
        self.government_titles(doc, named, hits, setting)
        for n in named:  # inherited roles need the other actor's code first ("affiliate of the PKK")
            if n.aff.related is not None and not n.user:
                other = next((m for m in named if m.name_start <= n.aff.related < m.end and m.code), None)
                if other and other.code and len(other.code) >= 6 and not other.code.startswith("IGO"):
                    n.code, n.source = ctx.compose(n.aff.country or other.code[:3], other.code[3:6]), "text"
        for n in named:  # "the Free Syrian Army (FSA)": the acronym is the same actor
            acronym = acronym_after(doc[n.name_start:n.end])
            if acronym is None:
                continue
            for m in named:
                if m.name_start == acronym.start and not m.user:
                    m.name, m.code, m.source, m.kind = n.name, n.code, n.source, n.kind
        for n in named:  # "former Vice President Joe Biden" holds no office: his country alone
            if n.code and len(n.code) > 3 and not n.user and not n.code.startswith("IGO") and _former(doc, n):
                n.code = n.code[:3]
        consolidate(named)
        coded = coded_tokens(named, hits)
        for n in named:  # "The Treasury said": an unowned institution named like an organization
            if n.code is None and not n.user and n.aff.role in STORY_INSTITUTION_ROLES and not n.aff.country and story:
                # "the Supreme Court ruled", "the House of Representatives voted": the story's own
                n.code, n.source = ctx.compose(story, n.aff.role), "story country"
            if n.code is None and not n.user and n.end - n.name_start == 1:
                owner = institution_owner(doc[n.name_start], coded, setting or story)
                role = self.lexicon.role_of([doc[n.name_start]])[0]
                if owner and role:
                    n.code, n.source, n.kind = ctx.compose(owner, role), "setting", "organization"
                elif chamber := chamber_country(doc[n.name_start], story):  # "the House voted"
                    n.code, n.source, n.kind = ctx.compose(chamber, "LEG"), "setting", "organization"

    @staticmethod
    def owned_titles(named: list[Named]) -> None:
        """"Hamas leader Ismail Haniyeh", "a Taliban spokesman, Zabihullah Mujahid": a title that belongs
        to a named, coded organization gives the person that organization's code (PSEREB, AFGREB),
        unless the text gave the person a country of its own."""
        for n in named:
            if n.user or n.kind != "person" or n.aff.owner is None or n.aff.country or not n.aff.role:
                continue
            owner = owning_organization(n, named)
            if owner is not None and owner.code and not owner.code.startswith("IGO"):
                n.code, n.source = owner.code, "text"

    def possessive_titles(self, doc: Doc, named: list[Named], hits: dict[int, PhraseHit]) -> None:
        """"North Korea responded. Its ambassador in Geneva, Han Tae Song, ...": a title owned by
        "its"/"their" belongs to the actor that pronoun stands for (possessive_antecedent)."""
        coded = coded_tokens(named, hits)
        for n in named:
            if n.code or n.user or n.kind != "person" or not n.aff.role or n.aff.possessor is None:
                continue
            antecedent = possessive_antecedent(doc[n.aff.possessor], lambda t: self.actor_code(t, coded, hits))
            if antecedent:
                n.code, n.source = ctx.possessed_code(antecedent, n.aff.role), "context"

    def actor_code(self, token: Token, coded: dict[int, str], hits: dict[int, PhraseHit]) -> str | None:
        """The code of the actor a (subject) token names: a coded name, country or capital, an IGO, or
        a noun phrase with a country and a role ("the Pakistani army")."""
        if token.i in coded:
            return coded[token.i]
        hit = hits.get(token.i)
        if hit is not None and hit.label == "IGO":
            return hit.code
        if token.pos_ != "NOUN":
            return None
        aff = ctx.np_affiliation(token, hits, self.lexicon)
        return ctx.compose(aff.country, aff.role) if aff.country and aff.role else None

    def government_titles(self, doc: Doc, named: list[Named], hits: dict[int, PhraseHit],
                          setting: str | None) -> None:
        """A government title without a country ("Foreign Secretary Perfecto Yasay", "then President
        Benigno Aquino III", "Foreign ministry spokesman Abbas Mousavi") takes its country from context
        (title_context_country), unless it belongs to a named organization ("X, the leader of Hamas")."""
        for n in named:
            if n.code or n.user or n.kind != "person" or n.aff.role != "GOV" or n.aff.country:
                continue
            if n.start > n.name_start and doc[n.start].lower_ in ("of", "the"):
                continue
            if owning_organization(n, named) is not None:
                continue  # "X, the leader of the movement Y": Y's leader, not a government's
            country = self.title_context_country(doc, named, hits, n, setting)
            if country:
                n.code, n.source = ctx.compose(country, "GOV"), "context"

    def title_context_country(self, doc: Doc, named: list[Named], hits: dict[int, PhraseHit], n: Named,
                              setting: str | None) -> str | None:
        """The country of an uncountried government title, from the governments acting before it
        (context_governments: states and capitals used as actors, seats of power, coded government
        people, "Iranian officials"), among the countries that use the title (title_countries).

        Precedence: (1) one country acting in the title's own sentence ("filed by the Philippines under
        then President X"); (2) one country in that sentence and the two before; (3) the one acting
        most often there; (4) the one the article so far has shown acting most, if it is among them;
        (5) the most recent of them when it is the story's setting; (6) with none acting there, the
        setting, unless the article has already shown another country's government acting (then
        "Defence Secretary X" may be the reporter's own government)."""
        allowed = self.title_countries(doc[n.start:n.name_start])

        def acting(window: int | None) -> list[str]:
            found = self.context_governments(doc, named, hits, n.start, window)
            return [c for c in found if allowed is None or c in allowed]

        local_setting = setting if allowed is None or setting in allowed else None
        own, recent, earlier = acting(0), acting(2), acting(None)
        if len(set(own)) == 1:
            return own[-1]
        if len(set(recent)) == 1 or (recent and strict_leader(recent)):
            return strict_leader(recent)
        if recent and strict_leader(earlier) in recent:
            return strict_leader(earlier)
        if recent and recent[-1] == local_setting:
            return local_setting
        if not recent and local_setting and all(code == local_setting for code in earlier):
            return local_setting
        return None

    def title_countries(self, title: Span) -> frozenset[str] | None:
        """The only countries that use a title ("Foreign Secretary": the UK, the Philippines, India...;
        roles.yaml title_countries), or None when any country may."""
        words = " ".join(word_key(t) for t in title)
        for phrase, countries in self.title_country_table.items():
            if f" {phrase} " in f" {words} ":
                return frozenset(countries)
        return None

    def context_governments(self, doc: Doc, named: list[Named], hits: dict[int, PhraseHit], before: int,
                            window: int | None) -> list[str]:
        """Countries (ISO3) of the government actors before token `before`, in text order: in its
        sentence and the `window` sentences before it (0: its sentence only; None: the whole article
        before it)."""
        sents = list(doc.sents)
        index = next(k for k, sent in enumerate(sents) if sent.start <= before < sent.end)
        first = 0 if window is None else sents[max(0, index - window)].start
        found: list[tuple[int, str]] = []
        people = [(m.start, m.end) for m in named if first <= m.name_start < before and m.code
                  and m.code.endswith("GOV") and len(m.code) == 6]
        for i, hit in hits.items():
            if not first <= i < before or i != hit.start or any(start <= i < end for start, end in people):
                continue  # "Russian President Vladimir Putin" is one government actor, counted once below
            head = doc[hit.start:hit.end].root
            if hit.label in ("COUNTRY", "CAPITAL") and acts(head) and head.dep_ in ("nsubj", "nsubjpass", "agent", "pobj", "poss"):
                if head.dep_ == "pobj" and head.head.lower_ != "by":
                    continue  # "by the Philippines" acts; "in Manila", "to Iran" do not
                found.append((i, hit.code))
            elif hit.label == "SEAT" and not hit.code.startswith("IGO") and acts(head):
                found.append((i, hit.code[:3]))
            elif hit.label == "DEMONYM" and self.lexicon.role_of([head.head])[0] == "GOV" and head.head.i != head.i:
                found.append((i, hit.code))  # "Iranian officials"
        state_roles = STATE_BODY_ROLES if window == 0 else ("GOV",)  # "the Thai court removes Prime Minister X"
        for m in named:
            if first <= m.name_start < before and m.code and m.code[3:6] in state_roles and len(m.code) == 6:
                found.append((m.name_start, m.code[:3]))
        return [code for _, code in sorted(found) if len(code) == 3 and code.isalpha()]

    def code_for(self, n: Named, earlier: Named | None, published: date | None) -> tuple[str | None, str]:
        if n.user and n.entry:
            return n.entry.code_on(published), "dictionary"
        if n.aff.country:
            return ctx.compose(n.aff.country, n.aff.role), "text"
        fallback, source = None, ""
        if earlier is not None:
            fallback, source = earlier.code, earlier.source
        elif self.registry is not None and self.registry.best_code(n.name, published):
            fallback, source = self.registry.best_code(n.name, published), "registry"
        elif n.entry is not None:
            fallback, source = n.entry.code_on(published), "builtin"
        if fallback and n.aff.role and not fallback.startswith("IGO"):
            if len(fallback) > 3 and n.aff.head in self.generic_heads:
                return fallback, source  # "Joshua Wong, a leader of the protests": still an activist
            if fallback[3:6] == "GOV" and n.aff.role == "BUS":
                return fallback, source  # "Chief Executive of Hong Kong Carrie Lam" heads a government
            return ctx.compose(fallback[:3], n.aff.role), source
        return fallback, source

    def later_mentions(self, doc: Doc, named: list[Named]) -> list[Candidate]:
        """Surnames and acronyms of actors named earlier, wherever the NER model missed them."""
        forms: dict[str, Named] = {}
        for n in named:
            if not n.code and n.kind != "person":
                continue  # a person not coded yet may still take the story's country (place_people)
            for form in alias_forms(n.name, n.kind):
                forms.setdefault(form, n)
            acronym = acronym_after(doc[n.name_start:n.end])
            if acronym is not None:
                forms.setdefault(acronym.text, n)
        if not forms:
            return []
        matcher = PhraseMatcher(doc.vocab, attr="ORTH")
        matcher.add("ALIAS", [Doc(doc.vocab, words=form.split()) for form in forms])
        out = []
        for _, start, end in matcher(doc):
            if doc[start].ent_type_ in NOT_NAMES or doc[start].pos_ not in ("PROPN", "NOUN"):
                continue  # "in May" is a month, not Theresa May
            n = forms[doc[start:end].text]
            out.append(Candidate(start, end, n.code, n.kind, n.name, n.source, rank=2))
        return out

    # -- countries, capitals, regions, IGOs -----------------------------------------------------------
    def gazetteer_mentions(self, doc: Doc, hits: dict[int, PhraseHit]) -> list[Candidate]:
        out = []
        for hit in {h for h in hits.values()}:
            span = doc[hit.start:hit.end]
            partner = elided_partner(doc, hits, hit.start) if len(span) == 1 else None
            head = doc[partner.start:partner.end].root if partner else span.root  # ("North and South Korea")
            if hit.label == "COUNTRY" and acts(head):  # "in Syria", "visited Turkey": only a place
                out.append(Candidate(hit.start, hit.end, hit.code, "country", None, "country", rank=1))
            elif (hit.label in ("CAPITAL", "SEAT") and not inside_longer_person(span) and acts(head)
                  and not (hit.label == "CAPITAL" and struck(head))):
                code = hit.code + "GOV" if hit.label == "CAPITAL" else hit.code
                start = hit.start
                owner = self.seat_owner(doc, hits, hit) if hit.label == "SEAT" else None
                if owner is not None:  # "the German Foreign Office", "Ukraine's Rada": that country's
                    start, code = owner[0], ctx.compose(owner[1], hit.code[3:6])
                out.append(Candidate(start, hit.end, code, "country" if hit.label == "CAPITAL" else "organization",
                                     None, "metonymy", rank=1))
            elif hit.label == "IGO" and not _inside_another_name(span):
                out.append(Candidate(hit.start, hit.end, hit.code, "igo", span.text, "igo", rank=1))
            elif hit.label == "REGION" and head.pos_ == "PROPN" and acts(head):
                out.append(Candidate(hit.start, hit.end, hit.code, "group", None, "region", rank=1))
            elif (hit.label == "DEMONYM" and head.pos_ in ("NOUN", "PROPN") and head.dep_ not in ("amod", "compound", "nmod")
                  and not ctx.sided(doc, hit.start, hit.end)):  # "Russian-backed": a side, not Russians
                # "Russians", "Turks", "a Palestinian": the people of a country (or one of them), coded as its
                # civilians
                person = any(c.dep_ in ("det", "nummod") and c.lower_ in PERSON_DETERMINERS for c in head.children)
                plural = head.tag_ in ("NNPS", "NNS") or span.text.endswith("s")
                code = hit.code + "CVL" if plural or person else hit.code
                out.append(Candidate(hit.start, hit.end, code, "group", None, "demonym", rank=1))
        return out

    @staticmethod
    def seat_owner(doc: Doc, hits: dict[int, PhraseHit], seat: PhraseHit) -> tuple[int, str] | None:
        """(first token, ISO3) of a country or demonym right before a seat of power ("German Foreign
        Office", "Russia's Duma"), else None."""
        i = seat.start - 1
        if i >= 0 and doc[i].lower_ in ("'s", "’s"):
            i -= 1
        hit = hits.get(i)
        if i < 0 or hit is None or hit.label not in ("COUNTRY", "DEMONYM") or hit.code.startswith("IGO"):
            return None
        return hit.start, hit.code

    # -- common-noun actors: "Russian diplomats", "European countries" -------------------------------------
    def phrase_mentions(self, doc: Doc, hits: dict[int, PhraseHit], named: list[Named],
                        setting: str | None = None, earlier: list[Candidate] | None = None,
                        story: str | None = None, home: str | None = None) -> list[Candidate]:
        """Actors named by a common noun phrase. A local actor with no nationality ("police") takes the
        story's setting, else the country the story is about."""
        out = []
        people: dict[str, list[str]] = {}
        for n in named:
            if n.kind == "person" and n.code:
                people.setdefault(n.code, [])
                if n.name not in people[n.code]:
                    people[n.code].append(n.name)
        coded = coded_tokens(named, hits)
        # a national armed group's name (not a transnational one's: "Islamic State insurgents" in Nigeria are
        # its local branch, of the place)
        armed_groups = {i for n in named if n.code and n.kind == "organization" and n.code[3:6] in ARMED_GROUP_ROLES
                        and not n.code.startswith("IMG") for i in range(n.name_start, n.end)}
        for c in earlier or []:  # "May told parliament": surnames found after the names
            if c.code:
                coded.update({i: c.code for i in range(c.start, c.end) if i not in coded})
        for token in doc:
            if (token.pos_ not in ("NOUN", "PROPN") and not self._role_adjective_head(token)) or token.dep_ == "compound" \
                    or token.i in hits:
                continue
            if _condition_named(token) or any(c.dep_ == "compound" and c.i in armed_groups for c in token.lefts):
                continue  # "Al-Shabaab militants": the named group's own men, not a group of the place
            aff = ctx.np_affiliation(token, hits, self.lexicon, region_ok=True)
            collective = word_key(token) in self.gaz.collective_heads or token.lower_ in self.gaz.collective_heads
            told_again = aff.possessor is not None and ctx.country_told_again(doc[aff.possessor])
            if not aff.country and aff.role and told_again and token.head.lower_ != "as":
                # "the island nation's cabinet": the country named last before it, else the story's
                # ("recognised Guaido as the country's president" gives him a title, not a second actor)
                aff.country = _country_before(doc, aff.possessor, hits) or setting or story
            if (not aff.country and aff.role and aff.possessor is not None and not told_again
                    and self.possessed_person(token, aff)):
                # "Its ambassador", "its foreign minister": the actor the pronoun stands for
                owner = possessive_antecedent(doc[aff.possessor], lambda t: self.actor_code(t, coded, hits))
                if owner:
                    owned = ctx.possessed_code(owner, aff.role)
                    aff.country, aff.role = (owned, None) if owned.startswith("IGO") else (owned[:3], owned[3:] or None)
            ethnic = ethnic_country(token, setting or story) if not aff.country and aff.role else None
            if ethnic is not None:
                # "Kurdish fighters", "Kurdish-led forces": a stateless people's armed men are rebels
                aff.country, aff.start = ethnic
                aff.role = "REB" if aff.role == "MIL" else aff.role
            if (not aff.country and aff.role and token.dep_ == "conj" and token.head.pos_ in ("NOUN", "PROPN")
                    and not any(c.dep_ in MODIFIER_DEPS and c.i < (aff.start if aff.start is not None else token.i)
                                for c in token.lefts)):
                # (a modifier that is part of the role's own words may stand: "Somali forces and opposition groups")
                # "Israeli settlers and soldiers": a bare conjunct shares its first conjunct's nationality
                aff.country = ctx.np_affiliation(token.head, hits, self.lexicon, region_ok=True).country
            if not aff.role and aff.country and named_chamber(token, aff.country):
                aff.role, aff.head = "LEG", "house"  # "the United States House of Representatives", "the US Senate"
            if not aff.role and not aff.country and (chamber := chamber_country(token, story)):
                # "the House voted", "the House of Representatives": the story country's lower chamber
                aff.country, aff.role, aff.head = chamber, "LEG", "house"
            if not aff.country and aff.role:
                aff.country = modifier_place_country(token)  # "Texas prosecutors", "California police"
            if not aff.country and aff.role:
                aff.country = institution_owner(token, coded, setting or story)  # "May told parliament"
            if (not aff.country and aff.role == "MIL" and token.lower_ in SPEAKERS_OWN_FORCES and _definite(token)
                    and self.local(token, aff)):
                aff.country = speaker_country(token, coded)  # "Kyiv says the military struck Orenburg"
            if not aff.country and aff.role and self.local(token, aff):
                # "Soldiers blocked the bridges" in a story set in Turkey
                # the story's country only for groups ("police", "protesters"): a titled person
                # ("Wing Commander X") may well be of the other side of a two-country story
                aff.country = own_place_country(token) or setting or (
                    story if token.tag_ in GROUP_TAGS or token.lower_ in GROUP_WORDS else None)
            subdivisions = not aff.country and aff.role and story and _from_its_subdivisions(token)
            if subdivisions:  # "attorneys general from sixteen states" in a story about the US: the
                aff.country = story  # country's parts, not its national government
            if aff.role == "PTY" and token.lower_ in self.lexicon.party_member_heads and aff.country and any(
                    code == aff.country + "LEG" for code in coded.values()):
                aff.role = "LEG"  # "231 Democrats voted for it" in a story about the House: its members
            if not aff.country and aff.role == "GOV" and home and _definite(token):
                aff.country = home  # "the government announced" in a story that names no country but its own
            if (not aff.country and aff.role == "GOV" and _definite(token) and word_key(token) in GOVERNMENT_HEADS
                    and all(c.dep_ == "det" for c in token.lefts)):  # not "the Trump administration"
                aff.country = _government_told_before(token, coded)
            vehicle = not aff.role and word_key(token) in self.vehicle_heads
            if vehicle or (not aff.role and word_key(token) in self.craft_heads):
                aff.role = self.vehicle_role(token)  # "Chinese vessels" CHN, "Russian naval vessels" RUSMIL
            if not aff.country or not (aff.role or collective or vehicle):
                continue
            if collective and aff.country in self.gaz.igo_members:
                aff.country = self.gaz.igo_members[aff.country]  # "European Union countries" -> EUR
            region = aff.country in self.gaz.region_adjectives.values()
            if region and collective:
                aff.role = None  # "Gulf states", "European countries": the region itself, not its government
            if collective and not aff.role and not region and token.lower_ not in ("countries", "states", "nations"):
                continue
            start, end = trim(doc, min(aff.start if aff.start is not None else token.i, token.i), token.i + 1)
            code = aff.country if subdivisions else ctx.compose(aff.country, aff.role)
            name = None
            # "the Russian leader": the one person of that code named in the article
            if (token.tag_ in ("NN", "NNP") and code in people and len(people[code]) == 1
                    and aff.head not in self.lexicon.organization_heads):  # "the army" is not its spokesman
                name = people[code][0]
            kind = "organization" if aff.head in self.lexicon.organization_heads and token.tag_ == "NN" else "group"
            out.append(Candidate(start, end, code, "person" if name else kind, name, "phrase", rank=2))
            coded.update({i: code for i in range(start, end) if i not in coded})  # "The Thai king suspended parliament"
        return out

    def _role_adjective_head(self, token: Token) -> bool:
        """"The Israeli military conducts airstrikes": a role word the tagger took for an adjective, standing
        as a noun phrase's head."""
        return (token.pos_ == "ADJ" and token.dep_ in {"nsubj", "nsubjpass", "dobj", "pobj"}
                and self.lexicon.role_of([token])[0] is not None)

    def described_in_apposition(self, doc: Doc, n: Named, hits: dict[int, PhraseHit], home: str | None) -> str | None:
        """'the Popular Mobilization Forces (PMF), an Iraqi militia': a name no list knows takes the code of
        the noun phrase in apposition to it (or to its acronym); a local kind of group with no nationality
        there ('an Iranian-backed militia') is of the story's place."""
        ends = {n.end - 1}
        if n.end + 2 < len(doc) and doc[n.end].text == "(" and doc[n.end + 2].text == ")":
            ends.add(n.end + 1)  # the acronym in brackets after the name
        root = doc[n.end - 1]
        if root.dep_ == "pobj" and root.head.lower_ == "of":
            governor = root.head.head.i  # "the deputy commander of the PMF, an Iranian-backed militia"
        else:
            governor = -1
        for token in doc[n.end:min(n.end + 12, len(doc))]:
            if token.dep_ != "appos" or token.pos_ != "NOUN":
                continue
            if token.head.i not in ends and not (token.head.i == governor and word_key(token) in self.body_heads):
                continue
            aff = ctx.np_affiliation(token, hits, self.lexicon)
            if aff.role and not aff.country and self.local(token, aff):
                aff.country = own_place_country(token) or home
            if aff.role and aff.country:
                return ctx.compose(aff.country, aff.role)
        return None

    def vehicle_role(self, head: Token) -> str | None:
        """MIL for a vessel or craft that a modifier calls military ("naval vessels", "military cargo plane"),
        else None: the bare country."""
        for token in head.lefts:
            if token.dep_ in ("amod", "compound") and (
                    self.lexicon.role_modifiers.get(word_key(token)) == "MIL" or token.lower_ in ("naval", "navy")):
                return "MIL"
        return None

    def possessed_person(self, token: Token, aff: ctx.Affiliation) -> bool:
        """"Its ambassador", "their spokesman": one office-holder, a person who acts. Possessed groups
        and bodies ("its soldiers", "their citizens", "its air force") are left uncoded: the project's
        gold does not mark them as mentions (evaluation/gold/README.md)."""
        return token.tag_ == "NN" and aff.head not in self.lexicon.organization_heads and aff.head not in self.body_heads

    @staticmethod
    def local_title(doc: Doc, n: Named) -> bool:
        """A person titled without a country takes the setting, except for government titles
        ("Defence Secretary X" is as often the reporter's own government as the setting's) and titles
        that end in "of" ("leaders of the Group of Seven": the name is not the role-holder)."""
        if n.user or n.kind != "person" or n.aff.role in (None, "GOV"):
            return False
        return n.start == n.name_start or doc[n.name_start - 1].lower_ not in ("of", "the")

    def local(self, token: Token, aff: ctx.Affiliation) -> bool:
        """A bare local actor ("police", "the rebels"): a listed head, not owned by someone ("its
        fighters", "Maduro's authority") and not a part of something else ("the family of the pilot")."""
        if aff.head not in self.lexicon.local_heads and word_key(token) not in self.lexicon.local_heads:
            return False
        if aff.head == "party" and token.tag_ in GROUP_TAGS:
            return False  # "the party" is the story's; "all parties" are of every side
        if token.dep_ == "npadvmod" or (token.dep_ in ("dobj", "obj") and token.head.lemma_ == "have"):
            return False  # "the rebel-held town"; "the US has 10,000 troops": someone else's
        if any(child.lower_ in FOREIGN_WORDS for child in token.children):
            return False  # "the presence of foreign forces": not the setting's own
        return not any(child.dep_ == "poss" for child in token.children)

    def short_form_mentions(self, doc: Doc, hits: dict[int, PhraseHit], named: list[Named]) -> list[Candidate]:
        """"The UN Security Council met. The council voted ...": "the" + the lower-case head of an
        organization named earlier is that organization (the most recent one whose name ends with it)."""
        organizations = [(h.start, h.end, h.code, doc[h.start:h.end].text) for h in set(hits.values()) if h.label == "IGO"]
        organizations += [(n.name_start, n.end, n.code, n.name) for n in named if n.kind == "organization" and n.code]
        out = []
        for token in doc:
            if (token.lower_ not in self.short_form_heads or not token.is_lower or token.i == 0
                    or doc[token.i - 1].lower_ != "the" or token.dep_ == "compound" or token.i in hits):
                continue
            if any(child.dep_ == "prep" and child.lower_ == "of" for child in token.rights):
                continue  # "the council of elders": a description, not a short form
            earlier = [o for o in organizations if o[1] <= token.i and doc[o[1] - 1].lower_ == token.lower_]
            if not earlier and token.lower_ in ARMED_GROUP_WORDS:
                # "ISIS took over a third of the country ... the group": the armed group just named
                window = doc[max(0, token.sent.start - 1)].sent.start
                earlier = [o for o in organizations if window <= o[0] and o[1] <= token.i and o[2][3:6] in {"REB", "CRM"}]
            if earlier:
                _, _, code, name = max(earlier)
                out.append(Candidate(token.i - 1, token.i + 1, code, "organization", name, "short form", rank=1))
        return out

    def pronoun_mentions(self, doc: Doc, candidates: list[Candidate]) -> list[Candidate]:
        people = sorted((c.start, c.end, c.name) for c in candidates if c.kind == "person" and c.name and c.code)
        codes = {c.name: (c.code, c.why) for c in candidates if c.kind == "person" and c.name and c.code}
        out = []
        for token in doc:
            # a capitalized "He" inside a sentence is a name ("Chinese Vice Premier Liu He")
            if token.tag_ == "PRP" and (token.is_sent_start or token.is_lower):
                name = resolve_pronoun(token, people)
                if name:
                    code, source = codes[name]
                    out.append(Candidate(token.i, token.i + 1, code, "person", name, source, rank=1))
        return out

    # -- places -----------------------------------------------------------------------------------------
    def place_spans(self, doc: Doc, hits: dict[int, PhraseHit], named: list[Named]) -> list[tuple[int, int]]:
        people = {i for n in named for i in range(n.name_start, n.end)}
        spans = set()
        for hit in hits.values():
            if hit.label in ("COUNTRY", "CAPITAL", "REGION"):
                spans.add(trim(doc, hit.start, hit.end))
        for ent in doc.ents:
            if ent.label_ in PLACE_LABELS or is_region(ent.text) or name_in_place_phrase(ent, ent.label_):
                start, end = trim(doc, ent.start, ent.end)
                phrased = ent.label_ not in PLACE_LABELS and not is_region(ent.text)  # (admitted by its phrase)
                if (ent.label_ == "GPE" or phrased) and not geocode(doc[start:end].text):
                    end = held_by_region(doc, start, end)  # "Pechenihy, Kharkiv Oblast", else no place
                if end is not None and start not in people:
                    spans.add((start, end))
        # (a span over a name is no place; the places inside it still are: "Marantao, Lanao del Sur, Philippines")
        spans = {s for s in spans if not any(i in people for i in range(*s))}
        # "Otranto, Italy" is one place, not a second one in Italy
        inner = {s for s in spans for o in spans if o != s and o[0] <= s[0] and s[1] <= o[1]}
        return sorted(spans - inner)
