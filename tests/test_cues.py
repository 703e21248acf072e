"""Cues: the words that say what a figure counts, found once per Doc and looked up by position."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor import cues

TEXT = (
    "Pemkab Lahat menargetkan 12.000 pekerja rentan terdaftar BPJS Ketenagakerjaan. "
    "Saat ini baru 4.100 peserta yang terlindungi, sedangkan 7.900 pekerja belum menjadi peserta. "
    "Dinas Tenaga Kerja menyalurkan santunan Rp 42 juta kepada ahli waris."
)


@pytest.fixture(scope="module")
def doc(nlp):
    return nlp(TEXT)


def test_the_cues_of_a_sentence_are_those_that_start_in_it(doc):
    for sentence in doc.sents:
        naive = [(s, c) for s, c in doc._.cues if sentence.start <= s.start < sentence.end]
        assert cues.cues_in(sentence) == naive


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 60), st.integers(0, 60))
def test_any_window_finds_what_a_scan_finds(nlp, start, length):
    doc = nlp(TEXT)
    window = doc[min(start, len(doc)) : min(start + length, len(doc))]
    naive = [(s, c) for s, c in doc._.cues if window.start <= s.start < window.end]
    assert cues.cues_in(window) == naive


def test_words_cues_remembered_across_docs_stay_what_a_fresh_marker_finds(nlp, monkeypatch):
    marker = nlp.get_pipe("metric_cues")
    typo = TEXT.replace("terlindungi", "terlindngi")  # one letter off a cue word: still a cue

    def found(text):
        return [(s.start, s.end, c.label) for s, c in marker(nlp.make_doc(text))._.cues]

    fresh = cues.CueMarker(nlp, marker.data)
    expected = [(s.start, s.end, c.label) for s, c in fresh(nlp.make_doc(typo))._.cues]
    assert (expected, found(typo)) == (found(typo), expected)  # asked twice, remembered once
    assert any(label == "stock" for _, _, label in expected)
    monkeypatch.setattr(cues, "WORD_CUES_KEPT", 5)
    longer = typo + " " + " ".join(f"kata{chr(97 + i)}" for i in range(20))
    assert found(longer)[: len(expected)] == expected
    assert 0 < len(marker.word_cues) <= 5, "the memory is emptied when full"
    assert found(typo) == expected


@pytest.mark.parametrize(
    "phrase, label",
    [
        ("belum menjadi peserta", "uncovered"),  # the longer cue of its family covers "menjadi peserta"
        ("menargetkan", "target"),  # an affixed form of a stem
        ("terlindungi", "stock"),
    ],
    ids=["longest-of-a-family", "affixed-stem", "ter-form"],
)
def test_a_phrase_is_read_as_one_cue(doc, phrase, label):
    found = [(s.text, c.label) for s, c in doc._.cues if phrase in s.text or s.text in phrase]
    assert (phrase, label) in found
    inside = [text for text, _ in found if text != phrase and text in phrase]
    assert not [t for t in inside if t in ("menjadi peserta", "menjadi")], inside


def test_a_plan_phrase_keeps_the_word_of_what_is_counted_inside_it(nlp):
    doc = nlp("Jumlah pekerja yang akan dilindungi sekitar 900 orang, dari target semula.")
    labels = [(s.text, c.label) for s, c in doc._.cues]
    assert ("akan dilindungi", "target") in labels
    assert ("dilindungi", "stock") in labels, labels  # a plan says how, not what is counted
    assert ("target", "target") not in labels, labels  # "dari target" is one cue of the plan


def test_a_name_swallows_the_cues_inside_it(doc):
    labels = {s.text: c.label for s, c in doc._.cues}
    assert labels.get("Dinas Tenaga Kerja") == "name"
    assert "Tenaga Kerja" not in labels


@pytest.mark.parametrize(
    "stem, forms",
    [
        ("naik", {"naikkan", "menaikkan", "dinaikkan"}),
        ("daftar", {"mendaftarkan", "didaftarkan", "terdaftar", "pendaftaran"}),
        ("sasar", {"menyasar", "sasaran"}),
    ],
)
def test_affixed_forms(stem, forms):
    assert forms <= cues.affixed_forms(stem)


@pytest.mark.parametrize("word", ["mengajar", "sebenarnya"])
def test_a_word_of_its_own_one_letter_from_a_cue_is_no_cue(nlp, word):
    doc = nlp(f"Usulan awal dinas {word} Rp 2 miliar.")
    assert word not in [span.text for span, _ in doc._.cues]
