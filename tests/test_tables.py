"""Tables pasted as text: cells, headers, and the facts their rows make."""

from __future__ import annotations

from datetime import date

import pytest

from extractor import tables
from tests.conftest import run_text

INTRO = "Berikut data peserta aktif dan capaian UCJ daerah teratas di Kalbar.\n\n"


@pytest.mark.parametrize(
    "table",
    [
        pytest.param(
            "No  Kabupaten/Kota  Peserta Aktif  UCJ (%)\n1  Kota Pontianak  142.380  46,1\n"
            "2  Kabupaten Kubu Raya  88.915  33,4\n",
            id="spaces",
        ),
        pytest.param(
            "No\tKabupaten/Kota\tPeserta Aktif\tUCJ (%)\n1\tKota Pontianak\t142.380\t46,1\n"
            "2\tKabupaten Kubu Raya\t88.915\t33,4\n",
            id="tabs",
        ),
        pytest.param(
            "| Kabupaten/Kota | Peserta Aktif | UCJ |\n| Kota Pontianak | 142.380 | 46,1% |\n"
            "| Kabupaten Kubu Raya | 88.915 | 33,4% |\n",
            id="pipes",
        ),
        pytest.param(
            "Kabupaten/Kota\nPeserta Aktif\nUCJ\nKota Pontianak\n142.380\n46,1%\n"
            "Kabupaten Kubu Raya\n88.915\n33,4%\n",
            id="a-cell-per-line",
        ),
    ],
)
def test_each_row_gives_its_region_a_participants_count_and_a_rate(nlp, table):
    facts = run_text(nlp, INTRO + table, date(2025, 5, 21)).facts
    assert sorted((f.region, f.metric, f.value) for f in facts) == [
        ("Kabupaten Kubu Raya", "coverage_pct", 33.4),
        ("Kabupaten Kubu Raya", "participants", 88915),
        ("Kota Pontianak", "coverage_pct", 46.1),
        ("Kota Pontianak", "participants", 142380),
    ]


@pytest.mark.parametrize("workers", ["Pekerja", "Tenaga Kerja"])
def test_a_column_headed_by_workers_alone_is_the_workforce(nlp, workers):
    table = (
        f"| Kabupaten/Kota | Peserta Aktif | {workers} | UCJ |\n"
        "| Kota Pontianak | 142.380 | 308.900 | 46,1% |\n"
        "| Kabupaten Kubu Raya | 88.915 | 266.200 | 33,4% |\n"
    )
    facts = run_text(nlp, INTRO + table, date(2025, 5, 21)).facts
    assert {(f.region, f.value) for f in facts if f.metric == "workforce"} == {
        ("Kota Pontianak", 308900),
        ("Kabupaten Kubu Raya", 266200),
    }


def test_a_header_of_a_percent_sign_alone_is_a_header_and_a_group_of_workers_the_whole(nlp):
    table = (
        "Wilayah | Pekerja informal | Sudah dicover | %\n"
        "Kota Pontianak | 308.900 | 142.380 | 46,1\n"
        "Kabupaten Kubu Raya | 266.200 | 88.915 | 33,4\n"
    )
    facts = run_text(nlp, INTRO + table, date(2025, 5, 21)).facts
    assert sorted((f.region, f.metric, f.value) for f in facts) == [
        ("Kabupaten Kubu Raya", "coverage_pct", 33.4),
        ("Kabupaten Kubu Raya", "participants", 88915),
        ("Kabupaten Kubu Raya", "workforce", 266200),
        ("Kota Pontianak", "coverage_pct", 46.1),
        ("Kota Pontianak", "participants", 142380),
        ("Kota Pontianak", "workforce", 308900),
    ]


def test_every_row_of_budgets_under_a_caption_naming_premiums_is_a_budget(nlp):
    # Far from any paragraph naming the programme: the caption alone ties the rows' money to it.
    text = (
        "Harga karet di Kalbar turun.\n\nPasar tetap ramai.\n\n"
        "Rekap 2025 (daerah; pekerja rentan; anggaran iuran)\n"
        "Kota Pontianak; 12.900; Rp 2,6 miliar\nKabupaten Kubu Raya; 8.100; Rp 1,63 miliar\n"
        "Kabupaten Sambas; 5.000; Rp 1,01 miliar\n"
    )
    facts = run_text(nlp, text, date(2025, 5, 21)).facts
    assert sorted((f.region, f.value) for f in facts if f.metric == "budget") == [
        ("Kabupaten Kubu Raya", 1630000000),
        ("Kabupaten Sambas", 1010000000),
        ("Kota Pontianak", 2600000000),
    ]


def test_a_total_row_without_its_number_stays_in_the_table(nlp):
    table = (
        "No | Kabupaten/Kota | Peserta Aktif | UCJ (%)\n1 | Kota Pontianak | 142.380 | 46,1\n"
        "2 | Kabupaten Kubu Raya | 88.915 | 33,4\n  | Total Kalimantan Barat | 231.295 | 38,7\n"
    )
    facts = run_text(nlp, INTRO + table, date(2025, 5, 21)).facts
    assert ("Provinsi Kalimantan Barat", "coverage_pct", 38.7) in {
        (f.region, f.metric, f.value) for f in facts
    }


def test_row_numbers_are_no_facts_and_say_why(nlp):
    table = "No  Kabupaten/Kota  Peserta Aktif\n1  Kota Pontianak  142.380\n2  Kota Singkawang  29.870\n"
    decisions = run_text(nlp, INTRO + table, date(2025, 5, 21)).decisions
    assert {d.quote: d.reason for d in decisions if d.fact is None} == {
        "1": "numbers the rows of a table ('No')",
        "2": "numbers the rows of a table ('No')",
    }


def test_lines_that_merely_have_wide_spaces_are_not_a_table():
    text = "Pemkab  menanggung  iuran 9.200 pekerja.\nItu  naik  dari tahun lalu.\n"
    assert tables._tables(text) == []


def test_a_table_needs_a_header_without_figures():
    text = "Kota Pontianak  142.380  46,1\nKota Singkawang  29.870  31,9\nKabupaten Sambas  40.512  18,2\n"
    assert tables._tables(text) == []


DISTRICTS = (
    "Pemkab Paser menanggung iuran BPJS Ketenagakerjaan pekerja rentan tahun ini. Sebarannya:\n\n"
    "Kecamatan | Peserta\nLong Ikis | 4.380\nKuaro | 3.145\nMuara Samu | 915\nJumlah | 8.440\n"
)


def test_rows_of_districts_are_no_facts_and_their_total_is_the_regencys(nlp):
    outcome = run_text(nlp, DISTRICTS, date(2025, 10, 13))
    assert [(f.region, f.metric, f.value) for f in outcome.facts] == [
        ("Kabupaten Paser", "participants", 8440)
    ]
    reasons = {d.quote: d.reason for d in outcome.decisions if d.fact is None}
    assert (
        reasons["4.380"] == "a row of a table by 'Kecamatan' ('Long Ikis'), below any region of the gazetteer"
    )
    assert set(reasons) == {"4.380", "3.145", "915"}


def test_a_two_column_table_needs_tabs_or_pipes():
    assert len(tables._tables("Kabupaten\tPeserta\nKota Bontang\t9.100\nKutai Timur\t12.400\n")) == 1
    assert tables._tables("Kabupaten  Peserta\nKota Bontang  9.100\nKutai Timur  12.400\n") == []


def test_a_two_column_table_of_regions_gives_each_its_count(nlp):
    table = "Kabupaten/Kota | Peserta Aktif\nKota Pontianak | 142.380\nKabupaten Kubu Raya | 88.915\n"
    facts = run_text(nlp, INTRO + table, date(2025, 5, 21)).facts
    assert sorted((f.region, f.metric, f.value) for f in facts) == [
        ("Kabupaten Kubu Raya", "participants", 88915),
        ("Kota Pontianak", "participants", 142380),
    ]


def test_years_over_the_columns_date_the_figures_and_the_rows_say_what_they_count(nlp):
    text = (
        "Capaian BPJS Ketenagakerjaan di Kabupaten Ngawi dua tahun terakhir:\n\n"
        "Indikator | 2022 | 2023\nPeserta aktif | 81.250 | 86.900\nCakupan UCJ | 24,8% | 26,5%\n"
        "Perusahaan terdaftar | 912 | 960\n"
    )
    decisions = run_text(nlp, text, date(2025, 3, 4)).decisions
    facts = sorted((d.fact.metric, d.fact.year, d.fact.value) for d in decisions if d.fact is not None)
    assert facts == [
        ("coverage_pct", 2022, 24.8),
        ("coverage_pct", 2023, 26.5),
        ("participants", 2022, 81250),
        ("participants", 2023, 86900),
    ]
    assert {d.quote for d in decisions if d.fact is None and "compan" in d.reason} == {"912", "960"}


def test_a_header_may_hold_years_but_no_other_figures():
    years = "Indikator | 2023 | 2024\nPeserta | 1.200 | 1.350\nKlaim | 40 | 52\n"
    figures = "Indikator | 2023 | 1.500\nPeserta | 1.200 | 1.350\nKlaim | 40 | 52\n"
    assert len(tables._tables(years)) == 1 and tables._tables(figures) == []


def test_a_columns_word_of_modality_says_what_its_figures_are(nlp):
    text = (
        "Pemkab Sambas mendaftarkan nelayan ke BPJS Ketenagakerjaan. Perkembangannya per bulan:\n\n"
        "Bulan | Pendaftar baru | Jumlah\nMaret | 410 | 410\nApril | 655 | 1.065\nMei | 720 | 1.785\n"
    )
    facts = run_text(nlp, text, date(2025, 6, 10)).facts
    by_value = {f.value: f.metric for f in facts}
    assert (by_value[655], by_value[720]) == ("participants_new", "participants_new")
    assert (by_value[1065], by_value[1785]) == ("participants", "participants")


CLAIMS_A_CELL_PER_LINE = (
    "Klaim peserta BPJS Ketenagakerjaan di Kabupaten Lebong sepanjang 2024.\n\n"
    "Program\nJumlah Kasus\nNilai Klaim\nJHT\n512\nRp 7,4 miliar\nJKM\n21\nRp 882 juta\n\n"
    "Data itu dirilis kantor cabang pekan lalu.\n"
)


def test_a_table_copied_a_cell_per_line_gives_each_cell_its_header(nlp):
    facts = run_text(nlp, CLAIMS_A_CELL_PER_LINE, date(2025, 2, 3)).facts
    assert [(f.metric, f.value) for f in facts] == [
        ("claims_count", 512),
        ("claims_paid", 7_400_000_000),
        ("claims_count", 21),
        ("claims_paid", 882_000_000),
    ]


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Peserta\nKota Pontianak\n142.380\n", id="one-header"),
        pytest.param("Kabupaten\nPeserta\nKubu Raya\n88.915\n", id="one-row"),
        pytest.param(
            "Hal ini disampaikan kepala cabang.\nPeserta\nKubu Raya\n88.915\nMempawah\n41.200\n",
            id="a-sentence-is-no-header",
        ),
    ],
)
def test_lines_of_words_and_figures_that_are_no_table(text):
    assert tables._tables_a_cell_per_line(list(_lines(text))) == []


def _lines(text):
    position = 0
    for line in text.split("\n"):
        yield position, line
        position += len(line) + 1
