"""Quantities: numbers with unit, rate, what they measure, date, modifier and modality.

Importing this package registers the spaCy factory `datelines_quantities`.
"""

from spacy.language import Language

from datelines.read.extensions import register_extensions
from datelines.read.quantities.component import QuantityReader, read_quantities

__all__ = ["QuantityReader", "make_component", "read_quantities"]


@Language.factory(
    "datelines_quantities",
    assigns=["doc._.quantities"],
    requires=["doc.sents", "token.dep", "token.lemma", "token.tag", "token.ent_type"],
)
def make_component(nlp: Language, name: str) -> QuantityReader:
    """The component reads doc.spans["timex"] (dates and rates) when the timex component ran before it."""
    register_extensions()
    return QuantityReader(nlp, name)
