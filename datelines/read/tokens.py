"""Tokenizer special cases: an abbreviated country glued to a participle ("U.S.-led coalition",
"U.K.-backed plan") is one token to spaCy's English tokenizer, so the country in it is lost. Split it
as "Saudi-led" is split: country, hyphen, participle."""

from __future__ import annotations

from spacy.language import Language
from spacy.symbols import ORTH

ABBREVIATED_COUNTRIES = ("U.S.", "U.K.", "U.N.", "E.U.", "U.A.E.")
PARTICIPLES = ("led", "backed", "based", "brokered", "designated", "made", "built", "funded", "supported",
               "owned", "sponsored", "allied", "trained", "armed", "run", "controlled", "imposed", "drafted")


def split_abbreviated_compounds(nlp: Language) -> None:
    for country in ABBREVIATED_COUNTRIES:
        for participle in PARTICIPLES:
            for form in (participle, participle.capitalize()):
                nlp.tokenizer.add_special_case(f"{country}-{form}", [{ORTH: country}, {ORTH: "-"}, {ORTH: form}])
