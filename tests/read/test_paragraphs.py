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


def test_a_dateline_line_is_its_own_sentence(nlp):
    text = "Monday, August 3, 2020\xa0\nOn Thursday, the opposition held a rally in Minsk."
    doc = nlp.make_doc(text)
    starts = paragraph_starts(doc)
    assert len(starts) == 1 and doc[starts[0]].text == "On"


def test_a_long_line_broken_by_the_layout_is_not_split(nlp):
    doc = nlp.make_doc("The ministers of the two countries met in the capital on Monday and agreed on a\nNew plan.")
    assert paragraph_starts(doc) == []
