"""Sentences split at full stops and line breaks, never after Indonesian abbreviations."""

from __future__ import annotations

import pytest


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
            "Santunan diserahkan H. Ahmad dan dr. Budi kepada ahli waris. Acara selesai.",
            ["Santunan diserahkan H. Ahmad dan dr. Budi kepada ahli waris.", "Acara selesai."],
            id="titles",
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
