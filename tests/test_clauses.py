"""Clauses: one list of breaks (``patterns/clause_breaks.csv``), read two ways."""

from __future__ import annotations

from functools import lru_cache

import spacy
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor import language
from extractor.clauses import clause_breaks
from extractor.language import LanguageData


@lru_cache(maxsize=1)
def blank():
    return spacy.blank("id")


def doc_of(text: str):
    doc = blank()(text)
    language.attach(doc, LanguageData.load())
    return doc


def test_a_comma_ends_the_stretch_after_a_figure_but_not_a_cues_clause():
    doc = doc_of("41.200 pekerja, Kabupaten Bogor")
    breaks = clause_breaks(doc)
    assert breaks.between(doc, 0, len(doc)) == 0
    assert breaks.punctuated(doc, 0, len(doc))


def test_every_punctuation_break_also_ends_the_stretch_and_no_word_does():
    breaks = clause_breaks(doc_of("x"))
    assert {";", "—", '"', "”"} <= breaks.always & breaks.marks
    assert {",", ":", "(", ")", "–", "“"} <= breaks.marks - breaks.always
    assert not {m for m in breaks.marks if any(c.isalnum() for c in m)}
    doc = doc_of("41.200 pekerja namun Kabupaten Bogor")
    assert breaks.between(doc, 0, len(doc)) == 1
    assert not breaks.punctuated(doc, 0, len(doc))


CLAUSE_WORDS = [
    *("namun", "Namun", ",", "kata", "dari", ";", "peserta", "1.200", "sedangkan", "(", ")", "dan"),
    *("Meski", "walaupun", "."),
]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(CLAUSE_WORDS), max_size=30))
def test_the_breaks_looked_up_in_the_word_index_are_those_a_walk_finds(words):
    doc = doc_of(" ".join(words))
    breaks = clause_breaks(doc)
    walked = [i for i in range(len(doc)) if breaks.at(doc, i)]
    assert breaks.positions(doc) == walked


def test_a_concessive_clause_ends_at_its_comma():
    doc = doc_of("Meski jumlah peserta naik , capaian UCJ baru 31 persen , kata dia")
    breaks = clause_breaks(doc)
    assert breaks.positions(doc) == [0, 5, 11]
