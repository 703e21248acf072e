"""The Doc's text and paragraphs kept once, and extension values read without spaCy's ``._``."""

from __future__ import annotations

from datetime import date

import pytest
from spacy.tokens import Doc
from spacy.tokens.underscore import Underscore

from extractor import doctext

ARTICLE = (
    "Samarinda (1/12/2025) - BPJS Ketenagakerjaan Cabang Samarinda mencatat 13.289 peserta baru "
    "di Kabupaten Kutai Kartanegara pada akhir 2025.\n\n"
    "Santunan kematian Rp 42 juta diserahkan kepada ahli waris. Capaian UCJ 36 persen."
)


@pytest.fixture(scope="module")
def doc(nlp) -> Doc:
    made = nlp.make_doc(ARTICLE)
    made._.article_id = "example"
    made._.published = date(2025, 12, 1)
    for _, component in nlp.pipeline:
        made = component(made)
    return made


def test_every_doc_extension_reads_as_spacy_gives_it(doc):
    read = {name: doctext.extension(doc, name) for name in Underscore.doc_extensions}
    assert read == {name: getattr(doc._, name) for name in Underscore.doc_extensions}
    assert read["facts"], "the article has facts: the values compared are not all defaults"


def test_every_span_extension_reads_as_spacy_gives_it(doc):
    spans = [span for group in doc.spans.values() for span in group]
    names = list(Underscore.span_extensions)
    read = [[doctext.extension(span, name) for name in names] for span in spans]
    assert read == [[getattr(span._, name) for name in names] for span in spans]
    set_values = sum(value is not None for values in read for value in values)
    assert set_values >= len(doc.spans["quantities"]), "quantities, times and regions were read"


def test_a_value_set_through_spacy_is_read_and_an_unset_one_is_its_default(doc):
    span = doc[0:1]
    assert doctext.extension(span, "quantity") is None
    span._.quantity = "marked"
    try:
        assert doctext.extension(doc[0:1], "quantity") == "marked"
        assert doctext.extension(doc[0:2], "quantity") is None
    finally:
        del doc.user_data[("._.", "quantity", span.start_char, span.end_char)]
