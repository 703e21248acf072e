"""Correction notices: the right figure takes the fact the wrong one made, and the wrong one
is taken back; a notice whose wrong figure the body no longer prints makes no fact, unless the
body prints neither figure."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import run_text

PUBLISHED = date(2024, 8, 5)
BODY = (
    "Jamsostek Pekerja Rentan Lahat\n\n"
    "LAHAT - Pemkab Lahat tahun ini menanggung iuran BPJS Ketenagakerjaan {count} pekerja rentan "
    "melalui APBD 2024, dengan anggaran {budget}.\n\n"
    "Bupati Lahat berharap semua pekerja rentan terlindungi.\n\n"
)


def facts_of(nlp, text: str) -> dict[str, tuple]:
    outcome = run_text(nlp, text, PUBLISHED)
    return {f.quote: (f.region, f.year, f.metric, f.value) for f in outcome.facts}


@pytest.mark.parametrize(
    "notice, wrong, right, expected",
    [
        pytest.param(
            "Ralat: Pada berita ini sebelumnya tertulis jumlah pekerja rentan 17.500 orang. Angka yang "
            "benar adalah 15.700 orang. Redaksi mohon maaf.",
            "17.500",
            "15.700",
            ("Kabupaten Lahat", 2024, "participants", 15700),
            id="a-count-in-the-next-sentence",
        ),
        pytest.param(
            "Ralat: Dalam berita di atas tertulis anggaran Rp 3,16 miliar, seharusnya Rp 1,36 miliar.",
            "Rp 3,16 miliar",
            "Rp 1,36 miliar",
            ("Kabupaten Lahat", 2024, "budget", 1360000000),
            id="money-after-seharusnya",
        ),
        pytest.param(
            "Koreksi redaksi: sebelumnya tertulis 17.500 pekerja dan anggaran Rp 3,16 miliar. Yang benar "
            "15.700 pekerja dan Rp 1,36 miliar.",
            "Rp 3,16 miliar",
            "Rp 1,36 miliar",
            ("Kabupaten Lahat", 2024, "budget", 1360000000),
            id="two-figures-paired-by-unit",
        ),
        pytest.param(
            "Pembaruan, Senin (5/8/2024) pukul 16.20 WIB: Pada versi sebelumnya tertulis 17.500 pekerja. "
            "Angka yang benar adalah 15.700 pekerja.",
            "17.500",
            "15.700",
            ("Kabupaten Lahat", 2024, "participants", 15700),
            id="an-update-dated-before-its-colon",
        ),
        pytest.param(
            "Redaksi meralat berita ini. Dalam berita tersebut tertulis Pemkab Lahat menanggung iuran"
            " 17.500 pekerja rentan. Yang benar, jumlahnya 15.700 orang.",
            "17.500",
            "15.700",
            ("Kabupaten Lahat", 2024, "participants", 15700),
            id="the-editors-taking-the-article-back-without-a-colon",
        ),
        pytest.param(
            "Ralat: Jumlah pekerja rentan yang iurannya ditanggung Pemkab Lahat seharusnya 15.700 orang, "
            "bukan 17.500 orang. Redaksi mohon maaf.",
            "17.500",
            "15.700",
            ("Kabupaten Lahat", 2024, "participants", 15700),
            id="the-wrong-figure-denied-after-the-right-one",
        ),
    ],
)
def test_the_right_figure_takes_the_wrong_ones_fact(nlp, notice, wrong, right, expected):
    text = BODY.format(count="17.500", budget="Rp 3,16 miliar") + notice
    facts = facts_of(nlp, text)
    assert facts[right] == expected
    assert wrong not in facts


def test_a_notice_after_the_body_was_mended_makes_no_fact(nlp):
    text = BODY.format(count="15.700", budget="Rp 3,16 miliar") + (
        "Ralat: Sebelumnya tertulis 17.500 orang. Yang benar adalah 15.700 orang. Isi berita diperbaiki."
    )
    outcome = run_text(nlp, text, PUBLISHED)
    counts = [f for f in outcome.facts if f.value == 15700]
    assert len(counts) == 1 and counts[0].start < text.index("Ralat")
    assert not any(f.value == 17500 for f in outcome.facts)


def test_a_notice_over_a_mended_body_that_prints_neither_figure_makes_the_fact(nlp):
    # The wrong figure stood in a paragraph rewritten since: only the notice says what it counted.
    text = (
        "Lahat Perluas Perlindungan Pekerja Rentan\n\n"
        "RALAT: Pada versi sebelumnya, paragraf ketiga berita ini menyebut cakupan kepesertaan "
        "BPJS Ketenagakerjaan di Kabupaten Lahat 61,4 persen. Angka yang benar adalah 16,4 persen. "
        "Redaksi mohon maaf.\n\n" + BODY.format(count="2.300", budget="Rp 1,2 miliar").split("\n\n", 1)[1]
    )
    facts = facts_of(nlp, text)
    assert facts["16,4 persen"] == ("Kabupaten Lahat", 2024, "coverage_pct", 16.4)
    assert "61,4 persen" not in facts


def test_a_body_pointing_back_at_the_notices_right_figure_still_makes_its_fact(nlp):
    # The notice's right figure makes no fact (the body prints it); the body's own one does,
    # though its noun points back ("untuk program itu") as a restated figure's does.
    text = (
        "Lahat Tanggung Iuran Pekerja Rentan\n\n"
        "RALAT: Pada versi sebelumnya tertulis anggaran Rp36 miliar. Yang benar adalah anggaran "
        "Rp3,6 miliar. Redaksi mohon maaf.\n\n"
        "LAHAT - Pemkab Lahat tahun ini menanggung iuran BPJS Ketenagakerjaan 2.300 pekerja rentan. "
        "Anggaran Rp3,6 miliar untuk program itu bersumber dari APBD 2024.\n"
    )
    outcome = run_text(nlp, text, PUBLISHED)
    budgets = [f for f in outcome.facts if f.metric == "budget"]
    assert [(f.value, f.region) for f in budgets] == [(3600000000, "Kabupaten Lahat")]
    assert budgets[0].start > text.index("LAHAT -")


def test_a_figure_the_notice_only_repeats_is_no_fact(nlp):
    text = BODY.format(count="17.500", budget="Rp 3,16 miliar") + (
        "Ralat: tertulis 17.500 orang, yang benar 15.700 orang. Anggaran Rp 3,16 miliar tidak berubah."
    )
    decisions = [d for d in run_text(nlp, text, PUBLISHED).decisions if d.start > text.index("Ralat")]
    repeated = [d for d in decisions if d.quote == "Rp 3,16 miliar"]
    assert repeated and repeated[0].fact is None


@pytest.mark.parametrize(
    "speech, right, expected",
    [
        pytest.param(
            'Usai rapat, Kepala Disnaker meralat angka itu. "Yang benar 15.700 pekerja, saya keliru," '
            "ujarnya.",
            "15.700",
            ("Kabupaten Lahat", 2024, "participants", 15700),
            id="retracted-then-the-right-figure-in-a-quote",
        ),
        pytest.param(
            "Belakangan ia mengoreksi anggaran itu; seharusnya Rp 1,36 miliar.",
            "Rp 1,36 miliar",
            ("Kabupaten Lahat", 2024, "budget", 1360000000),
            id="money-corrected-in-the-same-sentence",
        ),
    ],
)
def test_a_speaker_taking_a_figure_back_gives_its_fact_to_the_right_one(nlp, speech, right, expected):
    wrong = "17.500" if expected[2] == "participants" else "Rp 3,16 miliar"
    text = BODY.format(count="17.500", budget="Rp 3,16 miliar") + speech
    facts = facts_of(nlp, text)
    assert facts[right] == expected
    assert wrong not in facts


def test_a_retraction_with_no_right_figure_takes_nothing_back(nlp):
    text = (
        BODY.format(count="17.500", budget="Rp 3,16 miliar") + "Ia kemudian meralat sebagian keterangannya."
    )
    assert "17.500" in facts_of(nlp, text)


def test_a_figure_the_article_says_it_printed_before_is_no_fact(nlp):
    text = BODY.format(count="14.600 (sebelumnya tertulis 12.000)", budget="Rp 2,94 miliar")
    facts = facts_of(nlp, text)
    assert facts["14.600"][2:] == ("participants", 14600)
    assert "12.000" not in facts
