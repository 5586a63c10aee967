"""A blank line ends a sentence even without punctuation (headlines)."""

from datelines.read.paragraphs import paragraph_starts


def test_headline_is_its_own_sentence(nlp):
    doc = nlp("Putin signs treaty absorbing Crimea\n\nRussian President Vladimir Putin signed a treaty on Tuesday.")
    sentences = [s.text.strip() for s in doc.sents]
    assert sentences == ["Putin signs treaty absorbing Crimea", "Russian President Vladimir Putin signed a treaty on Tuesday."]


def test_single_newline_does_not_split(nlp):
    doc = nlp.make_doc("Turkey and Russia signed\na deal on Tuesday.")
    assert paragraph_starts(doc) == []


def test_trailing_blank_line_marks_nothing(nlp):
    doc = nlp.make_doc("One sentence.\n\n")
    assert paragraph_starts(doc) == []
