"""Present-tense verbs read as plural nouns. News summaries and headlines tell acts in the present
("A U.S. court sentences Jasveen Sangha to 15 years", "The ICO fines Reddit"), and the small English
model often takes "sentences" or "fines" for a plural noun and the whole sentence for one noun phrase,
so no act is found. When a sentence has no verb at its root and a word there is the third person of an
event or speech verb (or its bare form after a plural subject: "Police in Guyana arrest"), or when the
root verb is misread ("A court issues arrest warrants" read with "arrest" for the verb), that word is
taken for the verb, and the sentence is parsed again with that word in the past tense (unambiguous to
the model). If the model then reads it as a verb with a subject, that parse is kept, with the word
still present tense. The text, the tokens and their offsets
never change. Verb forms the rule lemmatizer strips to another word ("fines" -> "fin") get their lemma
back here too."""

from __future__ import annotations

from functools import lru_cache

from spacy.attrs import DEP, HEAD, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

NAME = "datelines_present_verbs"
PARSING = ("tok2vec", "tagger", "parser", "attribute_ruler")

IRREGULAR_PAST = {
    "strike": "struck", "shoot": "shot", "lead": "led", "hold": "held", "meet": "met", "hit": "hit", "seek": "sought",
    "send": "sent", "win": "won", "fight": "fought", "bring": "brought", "give": "gave", "take": "took",
    "make": "made", "sell": "sold", "tell": "told", "leave": "left", "find": "found", "keep": "kept",
    "build": "built", "spend": "spent", "begin": "began", "run": "ran", "set": "set", "cut": "cut", "put": "put",
    "quit": "quit", "bid": "bid", "beat": "beat", "sink": "sank", "steal": "stole", "flee": "fled",
    "freeze": "froze", "speak": "spoke", "break": "broke", "choose": "chose", "drive": "drove", "lose": "lost",
    "pay": "paid", "lay": "laid", "shut": "shut", "forbid": "forbade", "withdraw": "withdrew", "overthrow":
    "overthrew", "throw": "threw", "bear": "bore", "swear": "swore", "tear": "tore",
}
# Verbs stressed on a last syllable of one vowel double its consonant ("expel" -> "expelled"); the
# spelling rule below cannot tell them from "open" -> "opened".
DOUBLING = {"expel", "compel", "repel", "propel", "control", "patrol", "commit", "submit", "permit", "admit",
            "omit", "occur", "refer", "prefer", "deter", "transfer", "acquit", "equip", "rebel", "confer", "incur"}
CONSONANTS = set("bcdfghjklmnpqrstvwxz")
# verb form -> lemma, where the lemmatizer's rules strip to another word of its index
VERB_LEMMAS = {"fines": "fine", "fined": "fine", "fining": "fine"}


def past_form(lemma: str) -> str:
    """The simple past of a verb, by the regular spelling rules and a list of the irregular news verbs."""
    if lemma in IRREGULAR_PAST:
        return IRREGULAR_PAST[lemma]
    if lemma in DOUBLING:
        return lemma + lemma[-1] + "ed"
    if lemma.endswith("e"):
        return lemma + "d"
    if lemma.endswith("y") and len(lemma) > 1 and lemma[-2] in CONSONANTS:
        return lemma[:-1] + "ied"
    vowels = [c for c in lemma if c in "aeiou"]
    if (len(vowels) == 1 and len(lemma) >= 3 and lemma[-1] in CONSONANTS - set("hwxy")
            and lemma[-2] in "aeiou" and lemma[-3] in CONSONANTS):
        return lemma + lemma[-1] + "ed"  # "ban" -> "banned", "jail" stays "jailed"
    return lemma + "ed"


@lru_cache(maxsize=1)
def clause_verbs() -> frozenset[str]:
    """The verbs of the event lexicon and of speech ("reports", "claims"): not every verb, since a plural
    noun that is also a verb ("flights") more often is the noun."""
    from datelines.read.events.lexicon import load_lexicon
    from datelines.read.events.phrases import SPEECH_VERBS

    return frozenset(e.lemma for e in load_lexicon().entries if e.pos == "verb" and " " not in e.lemma) | SPEECH_VERBS


def _third_person(token: Token, verbs: frozenset[str]) -> bool:
    word = token.lower_
    lemma = VERB_LEMMAS.get(word, token.lemma_.lower())  # ("fines", lemmatized "fin")
    if token.tag_ in ("NNP", "NNPS") and token.text.islower():
        return _verb_of_form(word, verbs) is not None  # "The defense ministry halts sales": a lower-case "name"
    if token.tag_ == "VBZ" and token.dep_ == "compound":
        return lemma in verbs  # "Donald Trump grants refugee status to ...": tagged a verb, parsed as a noun's modifier
    return token.tag_ == "NNS" and word in (lemma + "s", lemma + "es") and lemma in verbs


def _verb_of_form(word: str, verbs: frozenset[str]) -> str | None:
    """The verb a third-person form is of ("halts" -> "halt", "seizes" -> "seize"), if the lexicon has it."""
    return next((stem for stem in (word[:-1], word[:-2]) if word.endswith("s") and stem in verbs), None)


def verb_lemma(token: Token, verbs: frozenset[str]) -> str:
    """The lemma to inflect: the tagger's, unless it took the form for a name (whose lemma is itself)."""
    return ((_verb_of_form(token.lower_, verbs) if token.tag_ in ("NNP", "NNPS") else None)
            or VERB_LEMMAS.get(token.lower_) or token.lemma_.lower())


def candidate(sentence: Span, verbs: frozenset[str]) -> Token | None:
    """The word of a sentence the model read as a noun phrase that may be its present-tense verb: with no
    verb at the root, the first third person of a verb after a noun that could be its subject, or a bare
    verb after a plural subject; with a verb at the root, the one the model misread (_misread_root)."""
    root = sentence.root
    if root.pos_ in ("VERB", "AUX"):
        return (_misread_root(root, verbs) or _verb_after_placed_subject(sentence, root, verbs)
                or _verb_before_gerund_root(sentence, root, verbs) or _verb_before_participle_root(sentence, root, verbs))
    if root.tag_ == "NNS" and root.i > sentence.start and any(c.dep_ == "conj" and c.tag_ == "VBZ" for c in root.children):
        return root  # "The French Navy boards and seizes a tanker": a noun root with a verb for its conjunct
    misread_subject = next((c for c in root.children if c.dep_ == "nsubj" and c.tag_ == "VBZ"
                            and c.lemma_.lower() in verbs and c.i < root.i), None)
    if root.tag_ == "NNS" and misread_subject is not None:
        return misread_subject  # "President Trump announces plans to ...", read with "plans" for the verb
    # (a subject may be read as adjectives: "The Congolese military withdraws from Bukavu")
    return next((t for t in sentence[1:] if (_third_person(t, verbs) and any(
        s.pos_ in ("NOUN", "PROPN", "ADJ") for s in sentence[:t.i - sentence.start])) or _plural_present(t, verbs)), None)


def _verb_after_placed_subject(sentence: Span, root: Token, verbs: frozenset[str]) -> Token | None:
    """"A court in Tacloban, Leyte, Philippines, sentences X ... but acquits them": the third person of a
    verb after the comma that closes its subject's place, read as a noun, with the verb it is coordinated
    with taken for the root."""
    return next((t for t in sentence[1:root.i - sentence.start] if _third_person(t, verbs) and t.dep_ == "compound"
                 and t.nbor(-1).text == "," and any(c.dep_ == "nsubj" for c in root.children)), None)


def _verb_before_gerund_root(sentence: Span, root: Token, verbs: frozenset[str]) -> Token | None:
    """"Police detain stabbing convict X": a noun's -ing modifier read as the root, and the verb before it,
    after a plural subject, read as a noun."""
    if root.tag_ != "VBG" or any(c.dep_ in ("aux", "auxpass") for c in root.children):
        return None
    return next((t for t in sentence[1:root.i - sentence.start] if _plural_present(t, verbs)), None)


def _verb_before_participle_root(sentence: Span, root: Token, verbs: frozenset[str]) -> Token | None:
    """"Police fire tear gas at demonstrators gathered in Nairobi": a participle describing the object read
    as the root, and the verb before it, after a plural subject, read as a modifier of its object."""
    if root.tag_ not in ("VBN", "VBD") or any(c.dep_ in ("aux", "auxpass") for c in root.children):
        return None
    return next((t for t in sentence[1:root.i - sentence.start] if _plural_present(t, verbs) and t.dep_ == "compound"),
                None)


PLURAL_BODIES = {"police", "people", "authorities", "forces", "troops"}


def _plural_present(token: Token, verbs: frozenset[str]) -> bool:
    """A verb's bare form after a plural subject, read as a noun, with no verb before it: "Police in Guyana
    arrest opposition leader X" (the reparse in the past tense then decides)."""
    lemma = token.lemma_.lower()
    before = token.sent[:token.i - token.sent.start]
    return (token.tag_ in ("NN", "VB", "VBP") and token.lower_ == lemma and lemma in verbs and len(before) > 0
            # (a participle of the subject's may come before: "mercenaries fighting alongside the army surrender")
            and not any(s.pos_ in ("VERB", "AUX") and not (s.dep_ == "acl" and s.tag_ == "VBG") for s in before)
            and (any(s.tag_ in ("NNS", "NNPS") or s.lower_ in PLURAL_BODIES or _plural_name(s) for s in before)
                 or _joined_names(before)))


def _joined_names(before: Span) -> bool:
    """"Russia and Ukraine exchange prisoners": a subject of names joined by 'and', nothing else before the
    verb (not "trade war with Canada and Mexico, ... trade relations")."""
    return (any(t.lower_ == "and" for t in before[1:])
            and all(t.pos_ in ("PROPN", "NOUN", "ADJ", "DET", "CCONJ") for t in before))


def _plural_name(token: Token) -> bool:
    """"The Houthis", "the Philippines": a name the tagger may not mark plural."""
    return token.tag_ in ("NNP", "NNPS") and token.lower_.endswith("s") and token.i > 0 and token.nbor(-1).lower_ == "the"


def _misread_root(root: Token, verbs: frozenset[str]) -> Token | None:
    """A verb root the model misread: the root itself when the subject hangs on it as its modifiers ("The
    United States military launches strikes": a verb takes no determiner); or the subject of a base-form
    root that is itself a present-tense verb with a subject of its own ("A court issues arrest warrants"
    read as [A court] issues (subject) arrest (verb) warrants: a noun takes no subject)."""
    if root.tag_ == "VBZ" and root.lemma_.lower() in verbs and any(c.dep_ == "det" and c.i < root.i for c in root.children):
        return root
    if (root.tag_ in ("VBZ", "VBP", "VB") and root.lemma_.lower() in verbs
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in root.children)
            and any(c.dep_ in ("compound", "amod") and c.i < root.i for c in root.children)):
        return root  # "German police shoot and arrest a man": the subject read as the verb's modifiers
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in root.children):
        # "Israel's military claims to have killed X", read with "claims" for a noun: an infinitive is no
        # sentence's main verb, and the third person before it is (also when hung on the subject: "Kenya
        # orders Uganda to withdraw", read as the noun "Kenya orders Uganda")
        subjects = [c for c in root.children if c.dep_ == "nsubj"]
        return next((t for s in subjects for t in (s, *(c for c in s.children if c.dep_ == "compound"))
                     if _third_person(t, verbs)), None)
    if root.tag_ in ("VBZ", "VBP") and any(c.dep_ in ("dobj", "prep") for c in root.children):
        # "The United States halts strikes against Iran", read as [The United States halts] strikes: a name
        # before a third person read as its noun modifier, right before a root that is itself a plural noun
        named = next((c for c in root.children if c.dep_ == "nsubj" and c.i == root.i - 1 and _third_person(c, verbs)
                      and c.i > 0 and c.nbor(-1).dep_ == "compound" and c.nbor(-1).pos_ == "PROPN"
                      and c.nbor(-1).head.i == c.i), None)
        if named is not None:
            return named
    if root.tag_ != "VB" or any(c.dep_ in ("aux", "auxpass", "mark") for c in root.children):
        return None
    return next((c for c in root.children if c.dep_ == "nsubj" and _third_person(c, verbs)
                 and any(g.dep_ == "nsubj" and g.i < c.i for g in c.children)), None)


def _reparsed(nlp: Language, sentence: Span, verb: Token) -> Doc | None:
    """The sentence parsed with the verb in the past tense, if the model then reads it as a verb with a
    subject and as one sentence."""
    at = verb.i - sentence.start
    words = [t.text for t in sentence]
    words[at] = past_form(verb_lemma(verb, clause_verbs()))
    variants = [words]
    if at > 0 and words[at - 1] == ",":
        # "A court in Córdoba, Argentina, sentences nurse X": after a place's closing comma the model may
        # still take the verb for a modifier of the noun after it; with "has" there it reads the clause
        variants.append([*words[:at - 1], "has", *words[at:]])
    spaces = [bool(t.whitespace_) for t in sentence]
    for variant in variants:
        shadow = Doc(nlp.vocab, words=variant, spaces=spaces)
        for name in PARSING:
            shadow = nlp.get_pipe(name)(shadow)
        read = shadow[at]
        for extra in [c for c in read.children if c.dep_ == "nsubj"][1:]:
            if extra.i >= 2 and shadow[extra.left_edge.i - 1].text == ",":
                # ("Córdoba, Argentina has sentenced": the place after the comma renames the one before)
                extra.head, extra.dep_ = shadow[extra.left_edge.i - 2], "appos"
        one_sentence = sum(1 for _ in shadow.sents) == 1
        if read.pos_ == "VERB" and read.dep_ == "ROOT" and one_sentence and any(
                c.dep_ in ("nsubj", "nsubjpass") for c in read.children):
            return shadow
    return None


class PresentVerbs:
    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self.verbs = clause_verbs()

    def __call__(self, doc: Doc) -> Doc:
        if all(name in self.nlp.pipe_names for name in PARSING):
            changes: list[tuple[Span, Token, Doc]] = []
            for sentence in doc.sents:
                verb = candidate(sentence, self.verbs)
                shadow = _reparsed(self.nlp, sentence, verb) if verb is not None else None
                if shadow is not None:
                    changes.append((sentence, verb, shadow))
            if changes:
                _apply(doc, changes)
        for token in doc:  # (after the new parses, which make verbs of some)
            if token.pos_ == "VERB" and token.lower_ in VERB_LEMMAS:
                token.lemma_ = VERB_LEMMAS[token.lower_]
        return doc


def _apply(doc: Doc, changes: list[tuple[Span, Token, Doc]]) -> None:
    """Carry each shadow parse into the doc: heads, labels, tags and parts of speech of its sentence;
    the verb keeps its present tense."""
    attrs = [HEAD, DEP, TAG, POS]
    lemmas = [verb_lemma(verb, clause_verbs()) for _, verb, _ in changes]
    array = doc.to_array(attrs)
    punctuation = [(t, t.tag_, t.pos_) for sentence, _, _ in changes for t in sentence if t.is_punct]
    for sentence, _, shadow in changes:
        array[sentence.start:sentence.end] = shadow.to_array(attrs)
    doc.from_array(attrs, array)
    for token, tag, pos in punctuation:  # (a comma the shadow read as "has" stays a comma)
        token.tag_, token.pos_, token.dep_ = tag, pos, "punct"
    for (_, verb, _), lemma in zip(changes, lemmas, strict=True):
        verb.tag_, verb.pos_, verb.lemma_ = "VBZ", "VERB", lemma
        verb.set_morph("Number=Sing|Person=3|Tense=Pres|VerbForm=Fin")


@Language.factory(NAME)
def make_present_verbs(nlp: Language, name: str) -> PresentVerbs:
    return PresentVerbs(nlp)
