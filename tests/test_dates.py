"""Dates: the publication date of an article, and the year and ``as_of`` of every figure."""

from __future__ import annotations

import json
import re
from datetime import date

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from extractor import clauses, dates, language, numbers, pipeline, pubdate, timeexpressions
from extractor.cues import cues_in
from extractor.language import LanguageData
from extractor.prepare import prepare, prepare_all
from extractor.records import Article
from tests.conftest import run_text

BODY = (
    "Pemerintah Kabupaten Kutai Timur terus memperluas perlindungan jaminan sosial ketenagakerjaan "
    "bagi pekerja rentan di seluruh kecamatan melalui program yang dibiayai anggaran daerah."
)
PUBLISHED = date(2025, 6, 12)


def published(header: str, body: str = BODY) -> date | None:
    # Above the headline stands the site's date bar: the day of the visit, never the answer.
    return pubdate.published_from_text(
        f"Kamis, 20 Maret 2025\n\nJudul Berita Jamsostek\n\n{header}\n\n{body}\n"
    )


# --- Publication date ---------------------------------------------------------------------------

BYLINES = [
    ("kaltimtoday", "M Jaini Rasyid — Kaltim Today 01 Desember 2025 07:26", date(2025, 12, 1)),
    ("weekday-long-wib", "Senin, 3 Maret 2025 10:15 WIB", date(2025, 3, 3)),
    ("dmy-slash", "03/03/2025", date(2025, 3, 3)),
    ("weekday-dmy-wib", "Selasa, 21/10/2025 11:40 WIB", date(2025, 10, 21)),
    ("short-month", "Blitar – 3 Mar 2025", date(2025, 3, 3)),
    ("english-month-spaced-comma", "Jumat , 17 February 2017", date(2017, 2, 17)),
    ("iso-timestamp", "Diterbitkan: 2024-10-08T14:22:00+07:00 | Penulis: Agung Prasetyo", date(2024, 10, 8)),
    ("iso-date-time", "2024-05-21 10:05:33", date(2024, 5, 21)),
    ("diposting-pada-iso", "Diposting pada 2025-08-05 oleh Redaksi", date(2025, 8, 5)),
    ("old-abbreviation-agt", "Rabu, 17 Agt 2016 09:00 WIB", date(2016, 8, 17)),
    ("old-abbreviation-nop", "3 Nop 2015", date(2015, 11, 3)),
    ("old-abbreviation-peb", "Kamis, 5 Peb 2015", date(2015, 2, 5)),
    ("old-abbreviation-mrt", "5 Mrt 2015 | 10:00", date(2015, 3, 5)),
    ("abbreviation-ags", "5 Ags 2020 14:00 WITA", date(2020, 8, 5)),
    ("month-first", "Maret 3, 2025", date(2025, 3, 3)),
    ("pipe-time-wita", "Kamis, 5 Desember 2024 | 08:15 WITA", date(2024, 12, 5)),
    ("date-bar-above-headline-loses", "Senin, 3 Maret 2025", date(2025, 3, 3)),
    (
        "update-stamp-loses",
        "Diperbarui: Selasa, 4 Maret 2025 08:00 WIB\nSenin, 3 Maret 2025",
        date(2025, 3, 3),
    ),
]


@pytest.mark.parametrize("header, expected", [c[1:] for c in BYLINES], ids=[c[0] for c in BYLINES])
def test_publication_date_from_the_byline(header, expected):
    assert published(header) == expected


DATELINES = [
    ("dateline-text", "SANGATTA, 20 Januari 2025 – " + BODY, date(2025, 1, 20)),
    ("dateline-slash", "BOGOR, 12/06/2025 – " + BODY, date(2025, 6, 12)),
    ("dateline-paren", "PENAJAM, Jumat (14/11/2025) – " + BODY, date(2025, 11, 14)),
    (
        "event-bracket-fallback",
        BODY + ' "Kami lanjutkan," ujar Bupati, Sabtu (17/8/2024).',
        date(2024, 8, 17),
    ),
]


@pytest.mark.parametrize("body, expected", [c[1:] for c in DATELINES], ids=[c[0] for c in DATELINES])
def test_publication_date_from_a_dateline_else_the_first_dated_bracket(body, expected):
    assert pubdate.published_from_text(f"Judul Berita\n\n{body}\n") == expected


def test_a_byline_wins_over_the_event_bracket_of_the_day_before():
    text = f"Judul\n\nKamis, 10 Juli 2025\n\n{BODY} Rabu (9/7/2025).\n"
    assert pubdate.published_from_text(text) == date(2025, 7, 10)


def test_a_page_address_copied_over_the_header_dates_it():
    text = f"kabarsambas.id/2025/11/18/santunan-ahli-waris\n\nJudul\n\nTim Redaksi · 2 jam lalu\n\n{BODY}\n"
    assert pubdate.published_from_text(text) == date(2025, 11, 18)


NOT_PUBLICATION_DATES = [
    ("copyright-footer", BODY + "\n\nCopyright © 2024 Kaltim Today 01/01/2024"),
    (
        "teaser-list",
        BODY + "\n\nBerita Terkait\n- Bupati Resmikan Pasar 03/03/2025\n- Senin, 3 Maret 2025 Banjir",
    ),
    ("baca-juga", BODY + "\n\nBaca Juga: Pemkab Gelar Rapat, Senin (3/3/2025)"),
    ("photo-caption", "Foto: Bupati menyerahkan kartu, Selasa (9/9/2025).\n\n" + BODY),
    ("date-in-a-headline", "Peserta Tembus 1,2 Juta per 30 November 2025 di Kaltim\n\n" + BODY),
    ("bracket-without-year", BODY + " Senin (3/3)."),
    ("no-date", BODY),
]


@pytest.mark.parametrize(
    "text", [c[1] for c in NOT_PUBLICATION_DATES], ids=[c[0] for c in NOT_PUBLICATION_DATES]
)
def test_publication_date_never_from_footers_teasers_captions_or_headlines(text):
    assert pubdate.published_from_text(text) is None


URLS = [
    ("path", "https://x.id/berita/2023/08/30/pemkab-kukar", date(2023, 8, 30)),
    ("compact", "https://x.id/read/20240222/12/berita", date(2024, 2, 22)),
    ("iso-in-slug", "https://x.id/berita-2023-08-30-pemkab-kukar", date(2023, 8, 30)),
    ("none", "https://x.id/berita/pemkab-kukar", None),
]


@pytest.mark.parametrize("url, expected", [c[1:] for c in URLS], ids=[c[0] for c in URLS])
def test_publication_date_from_the_url(url, expected):
    assert pubdate.published_from_url(url) == expected


def test_prepare_falls_back_to_the_url():
    article = prepare(Article(id="a", text=BODY, url="https://x.id/2023/08/30/kukar"))
    assert (article.published, article.published_source) == (date(2023, 8, 30), "url")


def test_the_publication_date_is_stored_as_iso_and_unknown_stays_null(tmp_path):
    import sqlite3

    from extractor.store import Store

    store = Store(tmp_path / "facts.db")
    for article_id, text in (
        ("dated", "Judul\n\nSenin, 3 Maret 2025 10:15 WIB\n\n" + BODY),
        ("undated", BODY),
    ):
        store.save(prepare(Article(id=article_id, text=text)), [])
    rows = sqlite3.connect(tmp_path / "facts.db").execute("select id, published from articles order by id")
    assert rows.fetchall() == [("dated", "2025-03-03"), ("undated", None)]


# --- Time expressions ---------------------------------------------------------------------------


def times(text: str, published: date | None = PUBLISHED) -> list[tuple[str, int | None, str | None]]:
    return [(text[s:e], ref.year, ref.as_of) for s, e, ref in timeexpressions.find_times(text, published)]


EXPRESSIONS = [
    ("pada-year", "tercatat 4.000 peserta pada 2023", [("2023", 2023, None)]),
    ("tahun-year", "pada tahun 2022 sebanyak 14 ribu", [("2022", 2022, None)]),
    ("awal-tahun-year", "memasuki awal tahun 2023", [("2023", 2023, None)]),
    ("akhir-year", "hingga akhir 2025", [("2025", 2025, None)]),
    ("hingga-month", "hingga Oktober 2025 tercatat", [("Oktober 2025", 2025, "2025-10")]),
    ("per-date", "per 30 September 2025 tercatat", [("30 September 2025", 2025, "2025-09-30")]),
    ("per-month", "per Januari 2025 berada di angka", [("Januari 2025", 2025, "2025-01")]),
    ("sepanjang-year", "sepanjang 2022 membayar klaim", [("2022", 2022, None)]),
    ("month-range", "sepanjang Januari–Agustus 2023", [("Januari–Agustus 2023", 2023, "2023-08")]),
    (
        "month-range-hingga",
        "Januari hingga September 2024",
        [("Januari hingga September 2024", 2024, "2024-09")],
    ),
    # A period begun this year that ends later this year is under way, not last year's
    (
        "a-period-from-this-month",
        "untuk periode Juni hingga Desember",
        [("Juni hingga Desember", 2025, "2025-12")],
    ),
    (
        "a-period-from-earlier-this-year",
        "dari Februari sampai Agustus",
        [("Februari sampai Agustus", 2025, "2025-08")],
    ),
    ("a-period-ended", "sepanjang Januari hingga Mei", [("Januari hingga Mei", 2025, "2025-05")]),
    (
        "range-across-years",
        "Desember 2023 hingga Februari 2024",
        [("Desember 2023 hingga Februari 2024", 2024, "2024-02")],
    ),
    ("year-range", "dari 2022 hingga 2024", [("2022 hingga 2024", 2024, None)]),
    ("year-range-dash", "periode 2022-2024", [("2022-2024", 2024, None)]),
    ("fiscal-year", "tahun ajaran 2023/2024", [("2023/2024", 2024, None)]),
    ("apbd", "dibiayai APBD 2025", [("2025", 2025, None)]),
    ("apbd-perubahan", "dalam APBD Perubahan 2025", [("2025", 2025, None)]),
    ("tahun-anggaran", "tahun anggaran 2026", [("2026", 2026, None)]),
    ("data-bps", "berdasarkan data BPS 2024", [("2024", 2024, None)]),
    ("data-bps-month", "data BPS Februari 2025", [("Februari 2025", 2025, "2025-02")]),
    ("sakernas", "hasil Sakernas 2025", [("2025", 2025, None)]),
    ("semester", "pada semester I 2025", [("2025", 2025, None)]),
    ("triwulan", "sepanjang triwulan pertama 2025", [("2025", 2025, None)]),
    ("akhir-month", "hingga akhir Oktober 2024", [("Oktober 2024", 2024, "2024-10")]),
    ("tahun-ini", "tahun ini menanggung", [("tahun ini", 2025, None)]),
    ("saat-ini", "saat ini baru", [("saat ini", 2025, None)]),
    ("hingga-kini", "hingga kini belum", [("hingga kini", 2025, None)]),
    ("sampai-saat-ini", "sampai saat ini tercatat", [("sampai saat ini", 2025, None)]),
    ("hari-ini", "hari ini sebanyak", [("hari ini", 2025, "2025-06-12")]),
    ("per-hari-ini", "Per hari ini, jumlah", [("Per hari ini", 2025, "2025-06-12")]),
    ("tahun-lalu", "tahun lalu jumlahnya", [("tahun lalu", 2024, None)]),
    ("akhir-tahun-lalu", "pada akhir tahun lalu", [("tahun lalu", 2024, None)]),
    ("tahun-kemarin", "tahun kemarin hanya", [("tahun kemarin", 2024, None)]),
    ("tahun-anggaran-lalu", "pada tahun anggaran lalu", [("tahun anggaran lalu", 2024, None)]),
    ("tahun-anggaran-berjalan", "pada tahun anggaran berjalan", [("tahun anggaran berjalan", 2025, None)]),
    ("tahun-anggaran-depan", "untuk tahun anggaran depan", [("tahun anggaran depan", 2026, None)]),
    (
        "tahun-anggaran-yang-sama",
        "dalam APBD 2023, dan Pemkot pada tahun anggaran yang sama",
        [("2023", 2023, None), ("tahun anggaran yang sama", 2023, None)],
    ),
    (
        "tahun-anggaran-sebelumnya",
        "dalam APBD 2023 naik dari tahun anggaran sebelumnya",
        [("2023", 2023, None), ("tahun anggaran sebelumnya", 2022, None)],
    ),
    ("tahun-depan", "tahun depan minimal", [("tahun depan", 2026, None)]),
    ("dua-tahun-mendatang", "dalam dua tahun mendatang", [("dua tahun mendatang", 2027, None)]),
    ("lima-tahun-ke-depan", "dalam lima tahun ke depan", [("lima tahun ke depan", 2030, None)]),
    ("digit-tahun-lalu", "3 tahun lalu", [("3 tahun lalu", 2022, None)]),
    ("tahun-silam", "dua tahun silam", [("dua tahun silam", 2023, None)]),
    ("bulan-depan", "bulan depan didaftarkan", [("bulan depan", 2025, "2025-07")]),
    ("semester-roman-slash", "sepanjang semester I/2025", [("2025", 2025, None)]),
    ("bulan-lalu", "bulan lalu tercatat", [("bulan lalu", 2025, "2025-05")]),
    ("day-month-per", "per 30 September tercatat", [("30 September", 2024, "2024-09-30")]),
    ("month-lalu", "meninggal pada Juni lalu", [("Juni lalu", 2025, "2025-06")]),
    ("month-ini", "Hingga awal September ini", [("September ini", 2025, "2025-09")]),
    ("day-month-mendatang", "pada 5 Desember mendatang", [("5 Desember mendatang", 2025, "2025-12-05")]),
    ("mulai-month", "didaftarkan mulai Oktober", [("Oktober", 2025, None)]),
    ("event-bracket", "ujarnya, Rabu (11/6/2025).", [("Rabu (11/6/2025)", 2025, None)]),
    ("event-bracket-no-year", "ujarnya, Selasa (1/7).", [("Selasa (1/7)", 2025, None)]),
    ("byline-date-pins-no-figure", "Oleh Redaksi | 2 Agt 2016 | 10:12 WITA", [("2 Agt 2016", 2016, None)]),
    (
        "dateline-pins-no-figure",
        "BOGOR, 12/06/2025 – Pemkot Bogor tahun ini menanggung iuran 9.150 pekerja rentan di kota itu.",
        [("12/06/2025", 2025, None), ("tahun ini", 2025, None)],
    ),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in EXPRESSIONS], ids=[c[0] for c in EXPRESSIONS])
def test_time_expressions_resolve_against_the_publication_date(text, expected):
    assert times(text) == expected


QUARTERS = [
    # A part of a year without its year: this year's once begun, else last year's when it ended nearer
    (
        "quarter-just-ended",
        "penambahan terbanyak pada triwulan IV, yakni",
        date(2026, 1, 7),
        [("triwulan IV", 2025, None)],
    ),
    (
        "quarter-under-way",
        "Untuk kuartal keempat, kuota tambahan",
        date(2025, 10, 20),
        [("kuartal keempat", 2025, None)],
    ),
    (
        "semester-ended-this-year",
        "naik dari 30 persen di semester I",
        date(2025, 10, 20),
        [("semester I", 2025, None)],
    ),
    (
        "hingga-quarter-pins",
        "hingga triwulan II tercatat",
        date(2025, 8, 1),
        [("triwulan II", 2025, "2025-06")],
    ),
    ("quarter-lalu", "pada triwulan III lalu", date(2025, 8, 1), [("triwulan III", 2024, None)]),
    (
        "quarter-of-a-relative-year",
        "pada kuartal ketiga tahun lalu",
        date(2025, 11, 5),
        [("tahun lalu", 2024, None)],
    ),
    ("quarter-with-its-year", "per triwulan III 2024 tercatat", date(2025, 11, 5), [("2024", 2024, None)]),
    # A narrative that named its year goes on in it, later in the year and in the same paragraph
    (
        "month-after-a-month-and-year",
        "Pada Januari 2025 tercatat 100 orang. Memasuki akhir Juni, naik.",
        date(2026, 1, 14),
        [("Januari 2025", 2025, "2025-01"), ("Juni", 2025, "2025-06")],
    ),
    (
        "semester-after-a-quarter-and-year",
        "Pada triwulan I 2025 ada 100 orang. Pada semester I, naik lagi.",
        date(2026, 1, 14),
        [("2025", 2025, None), ("semester I", 2025, None)],
    ),
    (
        "a-new-paragraph-is-no-narrative",
        "Pada Januari 2025 tercatat 100 orang.\n\nHingga Juni, naik.",
        date(2026, 1, 14),
        [("Januari 2025", 2025, "2025-01"), ("Juni", 2026, "2026-06")],
    ),
    (
        "an-earlier-month-is-no-continuation",
        "Pada Oktober 2025 tercatat 100 orang. Hingga Maret, naik.",
        date(2026, 1, 14),
        [("Oktober 2025", 2025, "2025-10"), ("Maret", 2026, "2026-03")],
    ),
]


@pytest.mark.parametrize("text, published, expected", [c[1:] for c in QUARTERS], ids=[c[0] for c in QUARTERS])
def test_parts_of_a_year_and_months_without_their_year(text, published, expected):
    assert times(text, published) == expected


NOT_TIMES = [
    ("regulation", "sesuai Perbup Nomor 44 Tahun 2024 tentang"),
    ("instruksi-presiden", "Instruksi Presiden Nomor 2 Tahun 2021"),
    ("regulation-slash", "berdasarkan PP 82/2019"),
    ("award", "meraih Paritrana Award 2025"),
    ("anniversary", "Jelang HUT ke-80 RI"),
    ("decade", "sejak 1990-an"),
    ("month-as-a-name", "kata Juni Astuti"),
    ("abbreviation-alone", "di Jl. Mar Sutan"),
    ("beberapa-tahun", "dalam beberapa tahun ke depan"),
    ("setiap-tahun", "menambah kuota setiap tahun"),
    ("setahun-duration", "sebesar Rp 685 juta dalam setahun"),
    ("school-semester", "mahasiswa semester 5 dan 7"),
    ("market-named-after-a-day", "pedagang di Pasar 17 Agustus menggandeng paguyuban"),
    ("street-named-after-a-day", "kantor di Jl. 10 November nomor 3"),
]


def test_a_day_after_a_place_word_in_lower_case_is_a_date():
    assert times("ketika di pasar 17 Agustus lalu") == [("17 Agustus lalu", 2024, "2024-08-17")]


@pytest.mark.parametrize("text", [c[1] for c in NOT_TIMES], ids=[c[0] for c in NOT_TIMES])
def test_what_only_looks_like_a_time_is_none(text):
    assert times(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Tahun 2025 menjadi tahun yang baik. Hingga akhir Desember, peserta bertambah.",
            [("2025", 2025, None), ("Desember", 2025, "2025-12")],
            id="the-year-the-paragraph-named",
        ),
        pytest.param(
            "Tahun 2025 menjadi tahun yang baik.\n\nHingga akhir Desember, peserta bertambah.",
            [("2025", 2025, None), ("Desember", 2026, "2026-12")],
            id="not-past-the-paragraph",
        ),
        pytest.param(
            "Dibanding 2025, peserta naik. Hingga akhir Desember, peserta bertambah.",
            [("2025", 2025, None), ("Desember", 2026, "2026-12")],
            id="not-after-a-baseline",
        ),
    ],
)
def test_a_later_month_after_a_past_year_named_alone_is_that_years(text, expected):
    assert times(text, date(2026, 1, 5)) == expected


@pytest.mark.parametrize("day", [29, 30, 31])
def test_a_month_ahead_from_the_last_days_of_december_is_next_years(day):
    # From a 31 December dateparser sought a 31 February and landed in a leap year far ahead.
    assert times("akan didaftarkan mulai Februari", date(2024, 12, day)) == [("Februari", 2025, None)]


def test_sejak_means_until_now_and_starts_the_first_year():
    found = timeexpressions.find_times("berjalan sejak 2021. Pada tahun pertama saja", PUBLISHED)
    assert [(r.kind, r.year, r.start_year) for _, _, r in found] == [
        ("since", 2025, 2021),
        ("first_year", 2021, None),
    ]


def test_a_year_after_a_start_word_is_the_first_year():
    found = timeexpressions.find_times(
        "terus berkembang sejak diluncurkan pada 2022. Pada tahun pertama", PUBLISHED
    )
    assert [r.year for _, _, r in found] == [2025, 2022]


def test_setahun_kemudian_counts_from_the_year_named_before():
    found = timeexpressions.find_times(
        "mulai berjalan pada 2023 dengan 4.000 peserta. Setahun kemudian", PUBLISHED
    )
    assert [r.year for _, _, r in found] == [2023, 2024]


def test_undated_text_keeps_explicit_years_and_leaves_relative_ones_null():
    assert times("tahun lalu 4.000, pada 2023 sebanyak 1.900, tahun depan", None) == [
        ("tahun lalu", None, None),
        ("2023", 2023, None),
        ("tahun depan", None, None),
    ]


def test_dateparser_reads_only_the_short_spans_found(monkeypatch):
    read = []
    parse = timeexpressions.dateparser.parse

    def recording(text, *args, **kwargs):
        read.append(text)
        return parse(text, *args, **kwargs)

    monkeypatch.setattr(timeexpressions.dateparser, "parse", recording)
    timeexpressions._dateparser.cache_clear()
    text = f"Judul\n\nSenin, 3 Maret 2025 10:15 WIB\n\n{BODY} Per 30 September, ujarnya, Senin (3/3).\n" * 20
    pubdate.published_from_text(text)
    timeexpressions.find_times(text, PUBLISHED)
    timeexpressions._dateparser.cache_clear()
    assert read and max(map(len, read)) < 40


def test_month_names_keep_the_columns_numbers_reads():
    rows = LanguageData.load().table("time/months.csv")
    assert set(rows[0]) == {"name", "month"}
    assert [q.text for q in numbers.find_quantities("pada 01 Desember 2025 ada 13.289 peserta")] == ["13.289"]


# --- The year and as_of of a figure --------------------------------------------------------------


def time_of(nlp, text: str, quote: str, published: date | None = PUBLISHED) -> tuple[int | None, str | None]:
    """The year and as_of ``time_for`` gives the figure quoted (its first occurrence)."""
    doc = nlp.make_doc(text)
    doc._.published = published
    for name in ("id_sentences", "quantities", "time"):
        doc = nlp.get_pipe(name)(doc)
    span = next(s for s in doc.spans[numbers.SPAN_KEY] if s.text == quote)
    ref = dates.time_for(span)
    return ref.year, ref.as_of


FIGURES = [
    ("own-explicit-year", "Pada 2023 Pemkab menanggung 4.000 pekerja rentan.", "4.000", (2023, None)),
    (
        "nearest-in-sentence",
        "Pemkot menanggung 9.200 pekerja pada 2025 dan menargetkan 12.000 tahun depan.",
        "12.000",
        (2026, None),
    ),
    (
        "status-date-gives-as_of",
        "Peserta aktif per 30 November 2024 tercatat 186.420 orang.",
        "186.420",
        (2024, "2024-11-30"),
    ),
    (
        "month-range-as_of",
        "Sepanjang Januari hingga September 2024 dibayarkan 12 kasus.",
        "12",
        (2024, "2024-09"),
    ),
    ("hari-ini-as_of", "Hari ini, sebanyak 1.500 pekerja menerima kartu.", "1.500", (2025, "2025-06-12")),
    (
        "per-day-month-this-year",
        "Capaian UCJ per 30 Mei tercatat 47,3 persen.",
        "47,3 persen",
        (2025, "2025-05-30"),
    ),
    (
        "awal-tahun-no-as_of",
        "Pada awal tahun 2024 diserahkan santunan Rp 70 juta.",
        "Rp 70 juta",
        (2024, None),
    ),
    (
        "event-bracket-no-as_of",
        "Dalam rapat, Rabu (11/6/2025), capaian UCJ 55,32 persen.",
        "55,32 persen",
        (2025, None),
    ),
    ("mulai-month-no-as_of", "Pemkab menanggung iuran 5.200 pekerja mulai Oktober.", "5.200", (2025, None)),
    ("no-time-is-now", "Pemkab menanggung iuran 6.250 pekerja rentan.", "6.250", (2025, None)),
    (
        "sejak-tahun-lalu-is-current",
        "Pemkab menanggung iuran 6.250 pekerja rentan sejak tahun lalu.",
        "6.250",
        (2025, None),
    ),
    (
        "regulation-year-is-not-the-figure's",
        "Sesuai Perbup Nomor 44 Tahun 2024, Pemkab melindungi 3.000 pekerja.",
        "3.000",
        (2025, None),
    ),
    (
        "award-year-is-not-the-figure's",
        "Kabupaten peraih Paritrana Award 2023 itu melindungi 3.000 pekerja.",
        "3.000",
        (2025, None),
    ),
    ("baseline-figure", "Jumlah itu naik dari 4.250 orang tahun lalu.", "4.250", (2024, None)),
    (
        "compared-figure",
        "Pemkab menanggung 6.800 pekerja, naik dari 4.250 orang tahun lalu.",
        "6.800",
        (2025, None),
    ),
    ("bertambah-dibanding", "Jumlah itu bertambah 2.100 orang dibanding tahun lalu.", "2.100", (2025, None)),
    (
        "dibanding-then-figure",
        "Jumlah itu naik dibanding tahun lalu yang baru 6.400 orang.",
        "6.400",
        (2024, None),
    ),
    (
        "from-of-a-change",
        "Target naik tahun depan, seiring anggaran dari Rp 2,48 miliar menjadi Rp 3,6 miliar.",
        "Rp 2,48 miliar",
        (2025, None),
    ),
    (
        "change-with-years",
        "Jumlah itu meningkat dari 4.000 orang pada 2023 menjadi 8.000 orang pada 2024.",
        "8.000",
        (2024, None),
    ),
    (
        "change-from-year-is-not-the-to-figure's",
        "Jumlahnya naik dari 4.000 pada 2023 menjadi 8.000.",
        "8.000",
        (2025, None),
    ),
    (
        "dari-tahun-lalu-is-a-baseline",
        "Peserta bertambah 1.500 orang dari tahun lalu.",
        "1.500",
        (2025, None),
    ),
    ("mulai-dari-is-a-start", "Program ini mulai dari 2023 melindungi 1.500 orang.", "1.500", (2023, None)),
    ("year-period", "Pencapaian dari 2022 hingga 2024 mencapai 100 ribu peserta.", "100 ribu", (2024, None)),
    (
        "to-of-a-change",
        "Target naik tahun depan, seiring anggaran dari Rp 2,48 miliar menjadi Rp 3,6 miliar.",
        "Rp 3,6 miliar",
        (2026, None),
    ),
]


@pytest.mark.parametrize("text, quote, expected", [c[1:] for c in FIGURES], ids=[c[0] for c in FIGURES])
def test_the_time_of_a_figure_in_its_sentence(nlp, text, quote, expected):
    assert time_of(nlp, text, quote) == expected


def test_an_event_day_without_a_year_takes_the_year_nearest_the_publication(nlp):
    text = "Dalam rapat, Selasa (31/12), capaian UCJ 55,32 persen."
    assert time_of(nlp, text, "55,32 persen", published=date(2025, 1, 2)) == (2024, None)


PARAGRAPHS = [
    (
        "year-carries-without-as_of",
        "Capaian per Desember 2024 tercatat 37,9 persen. Kota Gorontalo sudah 52 persen.",
        "52 persen",
        (2024, None),
    ),
    (
        "until-another-is-set",
        "Pada 2023 tercatat 4.000 peserta. Tahun ini bertambah 8.000. Sebanyak 900 di antaranya nelayan.",
        "900",
        (2025, None),
    ),
    (
        "not-across-paragraphs",
        "Pada 2023 tercatat 4.000 peserta.\n\nJumlah peserta 9.000 orang.",
        "9.000",
        (2025, None),
    ),
    (
        "sejak-tahun-pertama",
        "Dukungan APBD telah berjalan sejak 2021. Pada tahun pertama saja, 35.440 pekerja terdaftar.",
        "35.440",
        (2021, None),
    ),
    (
        "setahun-kemudian",
        "Program mulai pada 2023 dengan 4.000 peserta. Setahun kemudian, jumlahnya menjadi 8.900 orang.",
        "8.900",
        (2024, None),
    ),
    (
        "tahun-yang-sama",
        "Pada 2023 tercatat 5.000 peserta. Pada tahun yang sama, 120 kasus dibayar.",
        "120",
        (2023, None),
    ),
    (
        "saat-itu",
        "Program dimulai pada 2021. Saat itu, Pemkab baru menanggung 2.000 pekerja.",
        "2.000",
        (2021, None),
    ),
    (
        "since-does-not-date-what-follows",
        "Program orang tua asuh berjalan sejak 2021. Setiap ASN membayar iuran Rp 16.800 per bulan.",
        "Rp 16.800",
        (2025, None),
    ),
    (
        "baseline-does-not-carry",
        "Pemkab tahun ini menanggung 6.800 pekerja, naik dari 4.250 orang tahun lalu. Iurannya Rp 16.800.",
        "Rp 16.800",
        (2025, None),
    ),
    (
        "future-carries-to-the-next-sentence",
        "Untuk tahun depan, Pemkot mengusulkan kuota baru. Anggarannya Rp 2,25 miliar.",
        "Rp 2,25 miliar",
        (2026, None),
    ),
    (
        "a-later-sentence-pointing-back-dates-the-data",
        "Cakupan BPJS Ketenagakerjaan di Kota Bima 31,7 persen. Angka itu tercatat per Juni 2024.",
        "31,7 persen",
        (2024, None),
    ),
    (
        "a-later-sentence-pointing-back-with-its-own-figure-dates-only-that",
        "Cakupan BPJS Ketenagakerjaan di Kota Bima 31,7 persen. Pemkot menargetkan angka itu naik menjadi "
        "40 persen pada 2026.",
        "31,7 persen",
        (2025, None),
    ),
    (
        "a-paragraph-citing-the-report-named-before-takes-its-year",
        "Dinas merilis laporan kinerja tahun 2022 yang setebal 90 halaman itu pekan ini.\n\n"
        "Menurut laporan tersebut, sebanyak 7.300 buruh tani sudah terdaftar.",
        "7.300",
        (2022, None),
    ),
    (
        "a-paragraph-citing-a-survey-named-before-takes-its-year",
        "Survei angkatan kerja tahun 2023 memuat 64 ribu responden.\n\n"
        "Survei itu juga mencatat 41.200 pekerja di kota ini.",
        "41.200",
        (2023, None),
    ),
    (
        "a-year-end-cut-off-dates-the-paragraph-after",
        "Hingga akhir 2023, peserta aktif di Kabupaten Dompu tercatat 21.400 orang.\n\n"
        "Dengan angkatan kerja sekitar 98 ribu orang, cakupan di daerah itu baru 21,8 persen.",
        "21,8 persen",
        (2023, None),
    ),
    (
        "per-the-end-of-the-year-dates-the-paragraph-after",
        "Per akhir tahun 2023, peserta aktif di Kabupaten Dompu 21.400 orang.\n\n"
        "Angkatan kerjanya sekitar 98 ribu orang.",
        "98 ribu",
        (2023, None),
    ),
    (
        "a-year-alone-dates-only-its-own-paragraph",
        "Pada 2023, peserta aktif di Kabupaten Dompu tercatat 21.400 orang.\n\n"
        "Dengan angkatan kerja sekitar 98 ribu orang, cakupan di daerah itu baru 21,8 persen.",
        "21,8 persen",
        (2025, None),
    ),
    (
        "the-same-report-is-looked-for-past-a-quotation",
        "Laporan dinas per Desember 2023 mencatat 9.100 peserta di Kabupaten Dompu.\n\n"
        '"Kami terus mendata pekerja informal," kata Andi.\n\n'
        "Masih dari laporan yang sama, klaim yang dibayarkan mencapai Rp 3,2 miliar.",
        "Rp 3,2 miliar",
        (2023, None),
    ),
    (
        "a-paragraph-after-a-quotation-not-citing-the-report-is-now",
        "Laporan dinas per Desember 2023 mencatat 9.100 peserta di Kabupaten Dompu.\n\n"
        '"Kami terus mendata pekerja informal," kata Andi.\n\n'
        "Klaim yang dibayarkan mencapai Rp 3,2 miliar.",
        "Rp 3,2 miliar",
        (2025, None),
    ),
    (
        "a-report-named-many-paragraphs-back-is-not-looked-for",
        "Laporan dinas per Desember 2023 mencatat 9.100 peserta di Kabupaten Dompu.\n\n"
        '"Kami terus mendata pekerja informal," kata Andi.\n\nIa menambahkan bahwa pendataan berjalan.\n\n'
        "Bupati juga hadir.\n\nMasih dari laporan yang sama, klaim yang dibayarkan mencapai Rp 3,2 miliar.",
        "Rp 3,2 miliar",
        (2025, None),
    ),
    (
        "a-plan-does-not-date-how-things-stand-in-the-next-sentence",
        "Pemerintah menargetkan cakupan 45 persen pada 2026. Sayangnya masih ada 38 ribu pekerja yang "
        "belum terdaftar.",
        "38 ribu",
        (2025, None),
    ),
    (
        "future-does-not-date-the-description-after",
        "Pemkot menargetkan 15 ribu pekerja tahun depan. Sasarannya warga asli. Penduduknya 414 ribu jiwa.",
        "414 ribu",
        (2025, None),
    ),
]


@pytest.mark.parametrize("text, quote, expected", [c[1:] for c in PARAGRAPHS], ids=[c[0] for c in PARAGRAPHS])
def test_a_year_set_earlier_in_the_paragraph_carries(nlp, text, quote, expected):
    assert time_of(nlp, text, quote) == expected


UNDATED = [
    (
        "relative-is-null",
        "Pada tahap pertama tahun ini, sebanyak 2.750 pekerja didaftarkan.",
        "2.750",
        (None, None),
    ),
    ("explicit-is-kept", "Kuota akan dinaikkan menjadi 5.000 orang pada 2026.", "5.000", (2026, None)),
    ("now-is-null", "Pemkot menanggung iuran 3.400 pekerja rentan.", "3.400", (None, None)),
    (
        "bracket-without-year-is-null",
        "Dalam rapat, Selasa (1/7), capaian UCJ 55,32 persen.",
        "55,32 persen",
        (None, None),
    ),
]


@pytest.mark.parametrize("text, quote, expected", [c[1:] for c in UNDATED], ids=[c[0] for c in UNDATED])
def test_an_undated_article_never_guesses_a_year(nlp, text, quote, expected):
    assert time_of(nlp, text, quote, published=None) == expected


def test_the_pipeline_dates_facts_from_the_dateline(nlp):
    text = (
        "Judul\n\nSANGATTA, 20 Januari 2025 – Tahun lalu Pemkab Kutai Timur menanggung iuran BPJS "
        "Ketenagakerjaan 98 ribu pekerja.\n"
    )
    [outcome] = pipeline.annotate(prepare_all([Article(id="t", text=text)]), nlp)
    assert outcome.article.published == date(2025, 1, 20)
    assert [(d.quote, d.fact.year) for d in outcome.decisions if d.fact] == [("98 ribu", 2024)]


# --- Against the shared gold ---------------------------------------------------------------------


def gold_articles(shared_dir):
    for gold_file, folder in (("devset/gold.jsonl", "devset"), ("eval/seeds.gold.jsonl", "seeds")):
        for line in (shared_dir / gold_file).read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            yield record, (shared_dir / folder / f"{record['article']}.txt").read_text(encoding="utf-8")


def test_publication_dates_of_the_shared_articles(shared_dir):
    wrong = {
        record["article"]: (record["published"], prepare(Article(id="x", text=text)).published)
        for record, text in gold_articles(shared_dir)
        if str(prepare(Article(id="x", text=text)).published) != str(record["published"])
    }
    assert wrong == {}


def test_year_and_as_of_of_every_gold_figure(nlp, shared_dir):
    """Each gold figure's year and as_of, read by ``time_for`` at the figure (or, for a headline
    figure, at the body statement of the same value, where its time is given)."""
    wrong, checked = [], 0
    for record, text in gold_articles(shared_dir):
        article = prepare(Article(id=record["article"], text=text))
        doc = nlp.make_doc(article.text)
        doc._.published = article.published
        for name in ("id_sentences", "quantities", "time", "metric_cues"):
            doc = nlp.get_pipe(name)(doc)
        body = article.text.find("\n")  # the headline ends here
        for fact in record["facts"]:
            same = [q for q in doc.spans[numbers.SPAN_KEY] if float(q._.quantity.value) == fact["value"]]
            if fact.get("start", body) < body:
                same = [q for q in same if q.start_char >= body] or same
            else:
                # Offsets index the raw text and cleaning may shift them: the gold quote decides first.
                same = [q for q in same if q.text == fact.get("quote")] or same
            if not same:
                continue
            span = min(same, key=lambda q: abs(q.start_char - fact.get("start", 0)))
            ref = dates.time_for(span)
            checked += 1
            expected = (fact["year"], fact.get("as_of"))
            if (ref.year, ref.as_of if "as_of" in fact else None) != expected:
                wrong.append(
                    (record["article"], fact.get("quote", fact["value"]), expected, (ref.year, ref.as_of))
                )
    assert checked > 300
    assert wrong == []


TIMED_WORDS = [
    "1.200", "35", "persen", "peserta", "pada", "2024", "2025", "tahun", "lalu", "depan", "Januari",
    "per", "Juli", "2023", "dari", "menjadi", "naik", "dibanding", ",", ";", "dan", "sementara",
    "sisanya", "4.500", "orang", "hingga", "akhir", "semester", "I", "menargetkan",
]  # fmt: skip


def plain_nearest_time(span):
    """Every time of the sentence weighed: the reading ``dates._nearest_time`` must equal."""
    clause_start, clause_end = clauses.clause_of(span)
    lexicon = timeexpressions.time_lexicon(language.of(span.doc))
    change = dates._change_to(span, lexicon), dates._change_from_stretch(span, lexicon)
    own = [t for t in dates._times_in(span.sent) if dates._applies(t, span, *change)]
    own = [t for t in own if clause_start <= t.start < clause_end or t._.time.compared_from is None]
    own = [t for t in own if t.start < clause_end or t.start < span.start]
    figures = numbers.figures_of(span.sent)
    own = [t for t in own if t.start < span.end or not plain_later_figure_owns(span, t, figures)]
    return min(own, key=lambda t: dates._distance(t, span))._.time if own else None


def plain_later_figure_owns(span, time, figures):
    """A figure between this one and the time, with a comma before it (for a figure of the
    sentence's opening clause with no time before it, only before a future time)."""
    published, year = dates.now(span.doc), time._.time.year
    future = published is not None and year is not None and year > published.year
    opening = not any(t.text == "," for t in span.doc[span.sent.start : span.start])
    dated_before = any(t.start < span.start for t in dates._times_in(span.sent))
    if opening and not dated_before and not future:
        return False
    later = [q for q in figures if span.end <= q.start < time.start]
    if not later:
        return False
    between = span.doc[span.end : later[0].start]
    return any(t.text == "," for t in between) or any(c.label == "target" for _, c in cues_in(between))


@given(st.lists(st.sampled_from(TIMED_WORDS), min_size=3, max_size=50))
@example(["pada", "2024", "ada", "1.200", "peserta", ",", "pada", "2025", "ada", "4.500", "orang"])
@example(["1.200", "2025", "1.200", "menargetkan", "1.200", "2024"])
@settings(max_examples=300, deadline=None)
def test_the_nearest_time_read_outward_equals_every_time_weighed(nlp, words):
    doc = nlp.make_doc("Pemkab Kukar " + " ".join(words) + " .")
    doc._.published = date(2025, 6, 1)
    for name, component in nlp.pipeline:
        if name == "facts":
            break
        doc = component(doc)
    for span in doc.spans[numbers.SPAN_KEY]:
        assert dates._nearest_time(span) == plain_nearest_time(span)


def group_end(pattern: str) -> int:
    """Where the group that opens ``pattern`` ends (escaped brackets skipped)."""
    depth, i = 0, 0
    while True:
        if pattern[i] == "\\":
            i += 1
        elif pattern[i] == "(":
            depth += 1
        elif pattern[i] == ")":
            depth -= 1
            if depth == 0:
                return i + 1
        i += 1


def unguarded(expression: re.Pattern) -> re.Pattern:
    """The time expression without its quick rejections (where no expression can start), as
    the oracle of what it finds."""
    pattern = expression.pattern
    assert pattern.startswith(timeexpressions.NOT_INSIDE_A_WORD + "(?=") and pattern.endswith(")")
    pattern = pattern[len(timeexpressions.NOT_INSIDE_A_WORD) :]
    pattern = pattern[group_end(pattern) :]  # the lookahead of what an expression opens with
    assert pattern.startswith("(?:")
    pattern = pattern[3:-1]
    relative = pattern.index("(?P<relative>")
    lookahead = pattern.rindex("\\b(?=", 0, relative) + 2  # where a relative phrase may start
    assert lookahead + group_end(pattern[lookahead:]) == relative
    pattern = pattern[:lookahead] + pattern[relative:]
    return re.compile(pattern, expression.flags)


TIME_PIECES = st.sampled_from(
    [
        "2024",
        "2023/2024",
        "17/8/2025",
        "(17/8)",
        "Sabtu",
        "Juni",
        "Agt",
        "tahun",
        "lalu",
        "ini",
        "akhir",
        "tiga",
        "bulan",
        "terakhir",
        "sejak",
        "x",
        "pada",
        "Rp",
        "-",
        ".",
        ",",
        "(",
        ")",
        "semester",
        "I/2025",
        "Jum'at",
        "akhirnya",
        "Mei",
        "kini",
        "Desember",
        "Des",
    ]
)


@given(st.lists(st.tuples(TIME_PIECES, st.sampled_from(["", " ", "  ", "\n"])), max_size=14))
@settings(max_examples=300, deadline=None)
def test_the_quick_rejections_change_nothing_found(words):
    expression = timeexpressions.time_lexicon(LanguageData.load()).expression
    text = "".join(piece + gap for piece, gap in words)
    oracle = unguarded(expression)
    assert [m.span() for m in expression.finditer(text)] == [m.span() for m in oracle.finditer(text)]


@pytest.mark.parametrize(
    "text, baselines",
    [
        pytest.param(
            "Angka itu naik dibanding semester I 2023 yang 276 kasus, dan semester I 2022 sebanyak "
            "241 kasus.",
            ["2023", "2022"],
            id="a-time-listed-after-a-baseline",
        ),
        pytest.param(
            "Angka itu naik dibanding 2023. Pada 2024 dan 2025 jumlahnya stabil.",
            ["2023"],
            id="a-list-of-its-own-sentence",
        ),
        pytest.param(
            "Cakupan naik dibanding 2023, dan untuk 2026 ditargetkan 50 persen.",
            ["2023"],
            id="a-time-of-its-own-after-dan",
        ),
        pytest.param(
            "Klaim naik 9 persen dari periode yang sama tahun lalu.",
            ["periode yang sama", "tahun lalu"],
            id="a-time-right-after-a-baseline-says-which",
        ),
        pytest.param(
            "Cakupan 64 persen, naik 2,3 poin dari akhir 2023.", ["2023"], id="from-the-end-of-a-year"
        ),
        pytest.param("Program ini berjalan mulai dari awal 2023.", [], id="a-start-is-no-baseline"),
    ],
)
def test_times_listed_after_a_baseline_are_baselines_too(text, baselines):
    found = timeexpressions.find_times(text, date(2025, 1, 10))
    assert [text[s:e] for s, e, ref in found if ref.compared_from is not None] == baselines


def test_a_year_before_a_colon_labels_the_figure_after_it(nlp):
    body = "Peserta aktif BPJS Ketenagakerjaan Kabupaten Berau, 2021: 38.240 | 2022: 41.505 | 2023: 44.910"
    lead = "Pemkab Berau Perluas Jamsostek\n\nPemkab Berau memperluas perlindungan BPJS Ketenagakerjaan."
    facts = run_text(nlp, f"{lead}\n\n{body}\n", date(2025, 6, 2)).facts
    assert {f.quote: f.year for f in facts} == {"38.240": 2021, "41.505": 2022, "44.910": 2023}


RELATIVE_CLAUSES = {
    "an appointment told of the people counted": (
        "Tahun ini pemkab menanggung iuran 5.430 tenaga non-ASN, terdiri atas 3.312 tenaga honorer serta "
        "2.118 pegawai PPPK yang diangkat akhir tahun lalu.",
        {"5.430": 2025, "3.312": 2025, "2.118": 2025},
    ),
    "registered last year": ("Sebanyak 1.200 pekerja yang terdaftar tahun lalu kini aktif.", {"1.200": 2024}),
    "died last year": ("Ahli waris 37 pekerja yang meninggal tahun lalu menerima santunan.", {"37": 2024}),
    "a budget bill talked of now, before a proposal": (
        "Dalam RAPBD 2026 yang kini dibahas bersama DPRD, pemkab mengusulkan kuota 9.500 orang.",
        {"9.500": 2026},
    ),
    "registered in a year, before the count": (
        "Pekerja rentan yang didaftarkan pada 2023, sebanyak 5.000 orang, kini aktif.",
        {"5.000": 2023},
    ),
    "the same period last year": (
        "Peserta aktif kini 50.214 orang, naik dibanding periode yang sama tahun lalu, yang tercatat 42.354.",
        {"50.214": 2025, "42.354": 2024},
    ),
    "the year by which those counted ought to be covered": (
        "Potensi pekerja rentan di kabupaten ini mencapai 40.500 orang yang semestinya mendapat "
        "perlindungan dari pemda pada tahun 2026.",
        {"40.500": 2025},
    ),
    "money handed over last year": (
        "Keluarga menerima santunan Rp 178,4 juta yang diserahkan pada Oktober tahun lalu.",
        {"Rp 178,4 juta": 2024},
    ),
}


@pytest.mark.parametrize(("body", "years"), RELATIVE_CLAUSES.values(), ids=RELATIVE_CLAUSES)
def test_a_time_in_a_relative_clause_dates_a_count_only_when_it_tells_of_coverage(nlp, body, years):
    lead = "Pemkab Berau Perluas Jamsostek\n\nPemkab Berau memperluas perlindungan BPJS Ketenagakerjaan."
    text = f"{lead}\n\n{body}\n"
    facts = run_text(nlp, text, date(2025, 6, 2)).facts
    assert {f.quote: f.year for f in facts if f.quote in years} == years


def test_a_weekday_with_day_and_month_dates_an_undated_text_near_its_years(nlp):
    text = (
        "Bupati menyerahkan 4.200 kartu peserta kepada pekerja rentan di pendopo, Kamis, (19/12). "
        "Untuk tahun 2025, kuotanya dinaikkan menjadi 6.000 orang."
    )
    assert time_of(nlp, text, "4.200", published=None) == (2024, None)  # 19 December 2024 was a Thursday
    assert time_of(nlp, text, "6.000", published=None) == (2025, None)


def test_an_undated_text_whose_only_year_is_next_years_plan_speaks_from_the_year_before(nlp):
    text = (
        "Pemkab membagikan 2.310 kartu peserta kepada buruh sawit. "
        "Untuk tahun 2026, penerima premi ditetapkan menurut jumlah pekerja di tiap kecamatan."
    )
    assert time_of(nlp, text, "2.310", published=None) == (2025, None)


def test_a_year_of_the_nation_compared_with_does_not_date_what_goes_back_to_the_region(nlp):
    text = (
        "Cakupan Jamsostek Kendari\n\nKENDARI – Cakupan kepesertaan di Kota Kendari 38 persen. "
        "Sementara secara nasional pada 2023, cakupannya 41,5 persen. Iuran terendah Rp 16.800 per bulan "
        "masih memberatkan nelayan di sini.\n"
    )
    facts = {f.quote: (f.region, f.year) for f in run_text(nlp, text, date(2025, 2, 22)).facts}
    assert facts["41,5 persen"] == ("Indonesia", 2023)
    assert facts["Rp 16.800"] == ("Kota Kendari", 2025)


@pytest.mark.parametrize("text", ["anggaran Rp 2024 juta untuk iuran", "nilainya 2025 miliar rupiah"])
def test_a_four_digit_amount_is_no_year(text):
    assert timeexpressions.find_times(text, date(2025, 6, 2)) == []
