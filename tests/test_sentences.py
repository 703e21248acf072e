"""Sentences split at full stops and line breaks, never after Indonesian abbreviations."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st


@pytest.mark.parametrize(
    "text, expected",
    [
        pytest.param(
            "Pemkab Kab. Kukar menambah 13.289 peserta. Target tercapai.",
            ["Pemkab Kab. Kukar menambah 13.289 peserta.", "Target tercapai."],
            id="kab",
        ),
        pytest.param(
            "Pemprov Prov. Kaltim membayar Rp. 5 juta. Itu cukup.",
            ["Pemprov Prov. Kaltim membayar Rp. 5 juta.", "Itu cukup."],
            id="prov-and-rp",
        ),
        pytest.param(
            "Nelayan Kep. Seribu sudah terdaftar. Target tercapai.",
            ["Nelayan Kep. Seribu sudah terdaftar.", "Target tercapai."],
            id="kep",
        ),
        pytest.param(
            "Santunan diserahkan H. Ahmad dan dr. Budi kepada ahli waris. Acara selesai.",
            ["Santunan diserahkan H. Ahmad dan dr. Budi kepada ahli waris.", "Acara selesai."],
            id="titles",
        ),
        pytest.param(
            "Tercatat 18. 240 pekerja terdaftar. Pada 2024. 315 perusahaan ikut.",
            ["Tercatat 18. 240 pekerja terdaftar.", "Pada 2024.", "315 perusahaan ikut."],
            id="thousands-spaced-out",
        ),
        pytest.param(
            "Judul Tanpa Titik\nIsi berita pertama. Isi kedua.",
            ["Judul Tanpa Titik", "Isi berita pertama.", "Isi kedua."],
            id="headline-line",
        ),
        pytest.param(
            "\u201cTahun ini bertambah 13.289 orang,\u201d ucapnya. Mereka terlindungi.",
            ["\u201cTahun ini bertambah 13.289 orang,\u201d ucapnya.", "Mereka terlindungi."],
            id="quote-comma",
        ),
        pytest.param(
            "\u201cCapaian 33,8 persen.\u201d Target 41 persen.",
            ["\u201cCapaian 33,8 persen.\u201d", "Target 41 persen."],
            id="quote-full-stop",
        ),
        pytest.param(
            "Iuran 1.5 persen dari upah. Nilai 31.9 persen.",
            ["Iuran 1.5 persen dari upah.", "Nilai 31.9 persen."],
            id="decimal-point",
        ),
    ],
)
def test_sentence_boundaries(nlp, text, expected):
    doc = nlp(text)
    assert [s.text.strip() for s in doc.sents] == expected


@given(
    st.lists(
        st.sampled_from(["Ada", "100", "peserta", ".", "\n", "Lalu", "Rp.", "5", "juta", "!"]), max_size=40
    ),
    st.data(),
)
@settings(max_examples=200, deadline=None)
def test_a_span_has_the_sentence_spacy_would_give_it(nlp, words, data):
    """The splitter's ``sent`` lookup agrees with spaCy's own walk, spans across a boundary
    included (they belong to the sentence of their first token)."""
    doc = nlp.get_pipe("id_sentences")(nlp.make_doc(" ".join(words)))
    if not len(doc):
        return
    start = data.draw(st.integers(0, len(doc) - 1))
    end = data.draw(st.integers(start + 1, len(doc)))
    span = doc[start:end]
    looked_up = span.sent
    hook = doc.user_span_hooks.pop("sent")
    walked = span.sent
    doc.user_span_hooks["sent"] = hook
    assert (looked_up.start, looked_up.end) == (walked.start, walked.end)
