"""Reference date: the "now" of an article without a publication date, read from its own text."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extractor import reference
from tests.conftest import run_text


def facts_of(nlp, text: str, url: str | None = None):
    from extractor import pipeline
    from extractor.prepare import prepare_all
    from extractor.records import Article

    outcome = next(pipeline.annotate(prepare_all([Article(id="undated", text=text, url=url)]), nlp))
    assert outcome.error is None, outcome.error
    return {f.quote: f for f in outcome.facts}


# (id, undated text, quote, expected year)
CASES = [
    (
        "this-year-said-so",
        "Pemkab Lahat menganggarkan iuran BPJS Ketenagakerjaan. Tahun 2022 ini, sebanyak 4.100 "
        "pekerja rentan kini terdaftar sebagai peserta.",
        "4.100",
        2022,
    ),
    (
        "a-data-cut-off",
        "Capaian kepesertaan BPJS Ketenagakerjaan di Kabupaten Lahat hingga Oktober 2021 baru 27 "
        "persen. Saat ini tercatat 18.300 peserta.",
        "18.300",
        2021,
    ),
    (
        "a-dated-event",
        "Bupati Lahat menyerahkan kartu BPJS Ketenagakerjaan, Senin (6/3/2023). Kini sudah 5.600 "
        "pekerja rentan di Kabupaten Lahat terlindungi.",
        "5.600",
        2023,
    ),
    (
        "the-latest-year-spoken-of",
        "Pada 2021 Pemkab Lahat mulai membayar iuran BPJS Ketenagakerjaan, dan pada 2022 terus "
        "memperluasnya. Jumlah peserta saat ini 7.250 pekerja rentan.",
        "7.250",
        2022,
    ),
    (
        "last-year-from-the-reference",
        "Sepanjang 2024 klaim BPJS Ketenagakerjaan di Kabupaten Lahat naik. Tahun lalu tercatat "
        "310 kasus kecelakaan kerja.",
        "310",
        2023,
    ),
    (
        "a-year-told-as-done-after-an-older-data-date",
        "Menurut data BPS Agustus 2023, penduduk bekerja di Lahat 190 ribu orang. Pada 2024, pemkab "
        "telah mendaftarkan pekerja rentan. Saat ini tercatat 7.250 peserta BPJS Ketenagakerjaan.",
        "7.250",
        2024,
    ),
    (
        "people-registered-within-a-budget-year",
        "Menurut data BPS Agustus 2023, penduduk bekerja di Lahat 190 ribu orang. Pemkab Lahat "
        "mengalokasikan Rp 1,2 miliar dalam APBD 2024 bagi pekerja yang sudah terdaftar sejak Januari. "
        "Saat ini tercatat 7.250 peserta BPJS Ketenagakerjaan.",
        "7.250",
        2024,
    ),
    (
        "a-budget-for-next-year-already-set",
        "Menurut data BPS Agustus 2023, penduduk bekerja di Lahat 190 ribu orang. Pemkab Lahat telah "
        "mengalokasikan Rp 1,2 miliar dalam APBD 2024 guna mendaftarkan pekerja rentan. Saat ini "
        "tercatat 7.250 peserta BPJS Ketenagakerjaan.",
        "7.250",
        2023,
    ),
    (
        "a-draft-budget-still-discussed-is-next-years",
        "Per Agustus 2024 tercatat 7.250 peserta BPJS Ketenagakerjaan di Lahat. Dinas mengusulkan Rp 4 "
        "miliar dalam rancangan APBD 2025, namun besarannya masih menunggu pembahasan DPRD. Saat ini "
        "cakupannya 27,4 persen.",
        "27,4 persen",
        2024,
    ),
    (
        "a-revised-budget-is-debated-within-its-year",
        "Komisi IV DPRD Lahat membahas Rancangan APBD Perubahan 2024 bersama dinas. Dewan meminta "
        "anggaran iuran dinaikkan dalam APBD 2025. Saat ini 6.480 pekerja rentan ditanggung pemkab.",
        "6.480",
        2024,
    ),
    (
        "a-year-a-change-leads-to-is-not-told-as-done",
        "Menurut data Disnaker per September 2024, UCJ Lahat 23,1 persen. Tahun ini realisasinya 7.420 "
        "peserta. Kenaikan kuota menjadi 12 ribu pada 2025 sudah mempertimbangkan UMK.",
        "7.420",
        2024,
    ),
    (
        "a-ticker-of-other-stories-says-nothing-of-now",
        "TERKINI » Festival Kopi Lahat 2027 Dibuka » Jalan Lingkar Rampung\n\n"
        "Pada 2024 Pemkab Lahat mulai menanggung iuran BPJS Ketenagakerjaan. Saat ini tercatat 5.310 "
        "peserta pekerja rentan di kabupaten itu.",
        "5.310",
        2024,
    ),
]


@pytest.mark.parametrize("text, quote, year", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_now_is_what_the_text_says_it_is(nlp, text, quote, year):
    assert facts_of(nlp, text)[quote].year == year


NO_REFERENCE = [
    (
        "a-target-year-is-no-now",
        "Pemkab Lahat menargetkan cakupan BPJS Ketenagakerjaan 45 persen pada 2026. Saat ini "
        "tercatat 18.300 peserta.",
    ),
    (
        "a-plan-document-span",
        "Dalam RPJPN 2025-2045 perlindungan pekerja jadi prioritas. Peserta BPJS Ketenagakerjaan di "
        "Kabupaten Lahat saat ini 18.300 orang.",
    ),
    (
        "a-year-told-as-past",
        "Pada 2023 kami baru melindungi pegawai honorer. Sekarang peserta BPJS Ketenagakerjaan di "
        "Kabupaten Lahat 18.300 orang.",
    ),
    (
        "a-year-told-as-still-so",
        "Sekarang peserta BPJS Ketenagakerjaan di Kabupaten Lahat 18.300 orang. Tahun 2023 masih 14.900.",
    ),
    (
        "a-regulation-number",
        "Sesuai Perbup Lahat Nomor 12 Tahun 2022, peserta BPJS Ketenagakerjaan di Kabupaten Lahat saat "
        "ini 18.300 orang.",
    ),
]


@pytest.mark.parametrize("text", [c[1] for c in NO_REFERENCE], ids=[c[0] for c in NO_REFERENCE])
def test_plans_pasts_and_regulations_say_nothing_of_now(nlp, text):
    assert facts_of(nlp, text)["18.300"].year is None


def test_the_url_a_page_is_filed_under():
    assert reference.from_url("https://x.id/2021/05/judul-berita/").date == date(2021, 5, 31)
    assert reference.from_url("https://x.id/peserta-aktif-tahun-2022/").date == date(2022, 12, 31)
    assert reference.from_url("https://x.id/berita/20240222/12/judul") is None


def test_the_url_dates_an_undated_text(nlp):
    text = "Peserta BPJS Ketenagakerjaan di Kabupaten Lahat saat ini 18.300 orang."
    assert facts_of(nlp, text, url="https://x.id/2021/05/peserta-lahat/")["18.300"].year == 2021


def test_a_publication_date_always_wins(nlp):
    text = "Tahun 2022 ini, peserta BPJS Ketenagakerjaan di Kabupaten Lahat 18.300 orang."
    outcome = run_text(nlp, text, published=date(2025, 1, 5))
    assert {f.quote: f.year for f in outcome.facts}["18.300"] == 2022
    outcome = run_text(
        nlp,
        "Peserta BPJS Ketenagakerjaan di Kabupaten Lahat saat ini 18.300 orang. "
        "Hingga Oktober 2021 capaian 27 persen.",
        published=date(2025, 1, 5),
    )
    assert {f.quote: f.year for f in outcome.facts}["18.300"] == 2025


NAMES = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
NUMBERS = {name.lower(): number for number, name in enumerate(NAMES)}


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2040, 12, 31)), st.integers(0, 3))
def test_a_weekday_dates_the_text_in_the_latest_year_it_fits(day, later):
    text = f"Kartu diserahkan di aula, {NAMES[day.weekday()]} ({day.day}/{day.month}). Lalu ..."
    found = reference.from_weekday(text, day.year + later, NUMBERS)
    if later == 0:
        assert found == reference.Reference(day, "weekday", False)
    if found is not None:
        assert found.date.weekday() == day.weekday()
        assert (found.date.month, found.date.day) == (day.month, day.day)
        assert day.year + later - reference.WEEKDAY_YEARS_BACK <= found.date.year <= day.year + later
