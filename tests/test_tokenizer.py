"""The tokenizer that adds spaCy's hyphenated exceptions when a text needs them splits every
text exactly as spaCy's own Indonesian tokenizer does."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
import spacy
from hypothesis import example, given, settings
from hypothesis import strategies as st
from spacy.lang.id import Indonesian
from spacy.util import compile_infix_regex

from extractor import pipeline, tokenizer
from extractor.prepare import prepare_all
from extractor.records import Article

REPO = Path(__file__).resolve().parent.parent
HYPHENATED = sorted(s for s in Indonesian.Defaults.tokenizer_exceptions if tokenizer.is_lazy(s))


@pytest.fixture(scope="module")
def spacys():
    """spaCy's own tokenizer, every exception built at the start, with the pipeline's few infixes
    added (``tokenizer.INFIXES``)."""
    nlp = spacy.blank("id")
    infixes = [*nlp.Defaults.infixes, *tokenizer.INFIXES]
    nlp.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    return nlp


@pytest.fixture
def lazy():
    return spacy.blank("id", config=tokenizer.CONFIG)


@pytest.fixture(scope="module")
def lazy_kept():
    """One lazy tokenizer for many texts: what it added for one must not change the next."""
    return spacy.blank("id", config=tokenizer.CONFIG)


def split(nlp, text):
    return [(t.text, t.idx, t.whitespace_) for t in nlp(text)]


def test_it_starts_with_few_exceptions_and_adds_what_a_text_needs(lazy):
    assert len(lazy.tokenizer.rules) < 1000 < len(lazy.tokenizer.waiting)
    assert "anak-anak" in lazy.tokenizer.waiting
    lazy("Anak-anak nelayan (anak-anak) terdaftar.")
    assert "anak-anak" in lazy.tokenizer.rules and "anak-anak" not in lazy.tokenizer.waiting


@pytest.mark.parametrize(
    "text, words",
    [
        ("Ngada;82.300;25,6", ["Ngada", ";", "82.300", ";", "25,6"]),
        ("UCJ (%);Alokasi", ["UCJ", "(", "%", ")", ";", "Alokasi"]),
        ("petani; nelayan", ["petani", ";", "nelayan"]),
    ],
    ids=["row-pasted-with-semicolons", "header-cells", "a-semicolon-in-running-text"],
)
def test_a_semicolon_between_words_or_figures_splits_them(lazy, text, words):
    assert [t.text for t in lazy(text)] == words


def texts_at_hand():
    paths = sorted((REPO / "corpus").glob("*.txt"))
    for extra in (REPO / ".cache" / "realdev", REPO.parent / "shared" / "devset"):
        paths += sorted(extra.glob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in paths]


def test_real_texts_are_split_as_spacy_splits_them(spacys, lazy):
    texts = texts_at_hand()
    assert texts
    for text in texts:
        assert split(lazy, text) == split(spacys, text)


PIECES = st.one_of(
    st.sampled_from(HYPHENATED),
    st.sampled_from(["(", ")", '"', ",", ".", "-", "--", "nya", "ber", "13.289", "Rp", "anak", "x"]),
)


@given(st.lists(st.tuples(PIECES, st.sampled_from(["", " ", "\n", " - "])), max_size=12))
@example([("(-;", ""), ("x", ""), ("(-;", "")])  # one exception twice in a run of text
@example([(":-((", ""), (":-((", ""), (":-((", " "), ("(", " "), ("Fast-Food", "")])  # pieces across a space
@settings(max_examples=300, deadline=None)
def test_any_mix_of_exceptions_and_affixes_is_split_as_spacy_splits_it(spacys, lazy_kept, words):
    text = "".join(piece + gap for piece, gap in words)
    assert split(lazy_kept, text) == split(spacys, text)


def test_a_batch_inside_a_memory_zone_is_split_as_outside(spacys):
    """``pipeline.annotate`` adds what a batch needs before its memory zone."""
    nlp = pipeline.build()
    text = "Pemkab Lahat mendaftarkan 1.200 anak-anak nelayan dan orang-orang tua ke BPJS Ketenagakerjaan."
    [outcome] = pipeline.annotate(prepare_all([Article(id="a", text=text)]), nlp)
    assert outcome.error is None
    assert "orang-orang" in nlp.tokenizer.rules
    assert [f.quote for f in outcome.facts] == ["1.200"]


def test_a_pickled_tokenizer_keeps_the_exceptions_still_waiting(lazy):
    lazy("anak-anak")
    again = pickle.loads(pickle.dumps(lazy.tokenizer))
    assert "orang-orang" in again.waiting
    assert [t.text for t in again("anak-anak dan orang-orang")] == ["anak-anak", "dan", "orang-orang"]


def new_lexemes_in_a_zone(nlp, text: str) -> int:
    """How many lexemes tokenizing ``text`` inside a memory zone creates (words the tokenizer's
    cache does not answer for)."""
    before = len(nlp.vocab)
    with nlp.memory_zone():
        nlp.make_doc(text)
        return len(nlp.vocab) - before


def test_words_that_come_back_are_kept_in_spacys_cache_across_memory_zones(lazy):
    text = "Pemkab Berau menanggung iuran 9.200 pekerja rentan."
    tokenizer.prepare(lazy, [text])
    assert new_lexemes_in_a_zone(lazy, text) > 0  # seen once: not kept yet
    tokenizer.prepare(lazy, [text])
    assert new_lexemes_in_a_zone(lazy, text) == 0
    # An exception added empties spaCy's cache; the kept words are cached again when they come.
    tokenizer.prepare(lazy, ["anak-anak " + text])
    assert new_lexemes_in_a_zone(lazy, text) == 0


def test_words_kept_never_outgrow_spacys_cache(lazy):
    lazy.tokenizer.max_cache_size = 5
    texts = [f"kata{i} lain{i}" for i in range(20)]
    tokenizer.prepare(lazy, texts)
    tokenizer.prepare(lazy, texts)
    assert len(lazy.tokenizer.kept) == 5


TEXT = st.lists(st.tuples(PIECES, st.sampled_from(["", " ", "\n"])), max_size=8)


@given(st.lists(st.lists(TEXT, max_size=3), max_size=5))
@settings(max_examples=100, deadline=None)
def test_batches_split_inside_memory_zones_as_spacy_splits_them(spacys, lazy_kept, batches):
    """What ``pipeline.annotate`` does: prepare a batch outside the zone, split it inside."""
    for batch in batches:
        texts = ["".join(piece + gap for piece, gap in words) for words in batch]
        tokenizer.prepare(lazy_kept, texts)
        with lazy_kept.memory_zone():
            assert [split(lazy_kept, t) for t in texts] == [split(spacys, t) for t in texts]
