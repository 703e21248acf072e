"""Page debris is removed from plain-text articles; the article's own lines stay."""

from __future__ import annotations

import pytest

from extractor.clean import clean_text

BODY = "Pemkab Berau melindungi 11.872 pekerja rentan pada 2024."


@pytest.mark.parametrize(
    "debris",
    [
        pytest.param("Baca Juga: Pemkab Paser Lindungi 9.000 Nelayan", id="baca-juga-colon"),
        pytest.param("BACA JUGA : Harga TBS Naik 5 Persen", id="baca-juga-caps"),
        pytest.param("Baca juga  Jembatan Ditutup", id="baca-juga-no-colon"),
        pytest.param("Simak juga: 12 Ribu Warga Terdampak Banjir", id="simak-juga"),
        pytest.param("Bagikan: Facebook | X | WhatsApp | Salin Tautan", id="share-bar"),
        pytest.param("Share: Facebook Twitter WhatsApp Telegram", id="share-english"),
        pytest.param("[RWT | ADV PROKOM KUKAR]", id="adv-tag-bracket"),
        pytest.param("(ADV/Disnakertrans Berau)", id="adv-tag-paren"),
        pytest.param("(Foto: Humas Pemkot Malang)", id="photo-credit"),
        pytest.param("Penandatanganan MoU, Selasa (9/9/2025). (Foto: Humas Pemkot Malang)", id="caption"),
        pytest.param(
            "Tim SAR mengevakuasi ABK di perairan Pulau Wokam, Senin (2/9/2024). (Foto: Basarnas Ambon) 1/4",
            id="caption-of-a-gallery",
        ),
        pytest.param("Ilustrasi. (Istimewa)", id="illustration"),
        pytest.param("› Data Jamsostek Lahat April 2025: Peserta Tembus 40 Ribu", id="link-arrow"),
        pytest.param("Halaman: 1 2 3 Selanjutnya »", id="pagination"),
        pytest.param("Page 1 / 2", id="pagination-english"),
        pytest.param("▸ UCJ Muara Enim Naik ke 33 Persen", id="link-triangle"),
        pytest.param(
            "Ralat: Judul berita ini sebelumnya keliru menulis nama kecamatan. Mohon maaf.",
            id="correction-notice",
        ),
        pytest.param(
            "Artikel ini telah diperbarui pada Kamis (4/9/2025): angka klaim semula Rp 4,1 miliar.",
            id="updated-notice",
        ),
    ],
)
def test_debris_line_is_removed(debris):
    cleaned = clean_text(f"{BODY}\n\n{debris}\n\nParagraf berikutnya tetap ada.\n")
    assert debris.strip() not in cleaned
    assert BODY in cleaned
    assert "Paragraf berikutnya tetap ada." in cleaned


def test_a_correction_notice_stating_the_right_figure_stays():
    # extractor/corrections.py reads it: the right figure replaces the one printed wrongly.
    notice = "Ralat: Sebelumnya tertulis 1.950 pekerja, yang benar 1.590 pekerja. Mohon maaf."
    assert notice in clean_text(f"{BODY}\n\n{notice}\n")


@pytest.mark.parametrize(
    "tail",
    [
        pytest.param(
            "Berita Lainnya\n- Pemkab Paser Lindungi 9.000 Nelayan\n- Harga TBS Naik", id="berita-lainnya"
        ),
        pytest.param(
            "Berita LainnyaEvolusi Cakupan Jamsostek di Kutim: Pencapaian dari 2022", id="glued-header"
        ),
        pytest.param(
            "Berita Terkait\n1. Kutim Capai 100 Ribu Peserta\n2. Banjir di Sangatta", id="berita-terkait"
        ),
        pytest.param(
            "Baca Berita Lainnya:\n• Pemkab Paser Siapkan Rp 2 Miliar\n• 1.200 Nelayan Terima Kartu",
            id="baca-berita-lainnya",
        ),
        pytest.param(
            "Opini Lainnya\n- Nelayan dan 5 Ribu Kartu\n- Mengapa Cakupan Berhenti di 30 Persen?",
            id="opini-lainnya",
        ),
        pytest.param("Video Terkait\n- Pemkot Serahkan Santunan Rp 84 Juta", id="video-terkait"),
        pytest.param(
            "Data Terkait\n• 7 Kelurahan dengan Pekerja Informal Terbanyak\n• Rp1,2 Triliun Klaim JHT Cair",
            id="data-terkait",
        ),
        pytest.param(
            "Pos terkait\n\nTinggalkan Balasan\n\nAlamat email Anda tidak akan dipublikasikan.",
            id="comment-form",
        ),
        pytest.param(
            "Komentar (2)\nRudi - 3 jam lalu: Di desa kami baru 7 orang yang terdaftar.",
            id="comments-counted-in-brackets",
        ),
        pytest.param(
            "Artikel Selanjutnya\nMuara Enim Tanggung Iuran 6.200 Buruh Tani\nMUARA ENIM – Pemkab Muara Enim "
            "menyiapkan iuran BPJS Ketenagakerjaan untuk 6.200 buruh tani pada 2025. Selengkapnya »",
            id="next-article-with-its-lead",
        ),
    ],
)
def test_related_lists_and_comment_forms_are_removed(tail):
    cleaned = clean_text(f"{BODY}\n\n{tail}\n")
    assert cleaned == BODY + "\n"


def test_reader_comments_right_after_a_teaser_block_go_too():
    tail = "Baca Juga: Harga Kopi Lebong Naik Rp 5 Ribu\n\nKomentar (2)\nRudi: Semoga 2026 petani kopi ikut."
    cleaned = clean_text(f"{BODY}\n\n{tail}\n")
    assert cleaned == BODY + "\n"


def test_a_gallery_pager_goes_and_a_sentence_that_only_looks_like_one_stays():
    cleaned = clean_text(
        f"{BODY}\n\nInfografis 2 dari 6   ‹ Sebelumnya | Berikutnya ›\n\nFoto 3 dari 10 nelayan.\n"
    )
    assert "Infografis 2 dari 6" not in cleaned
    assert "Foto 3 dari 10 nelayan." in cleaned


def test_a_sentence_glued_after_a_teaser_that_opens_a_line_stays():
    line = (
        "Baca Juga: Harga Karet Jambi Naik Rp 300 per Kg Sejak awal tahun, Pemkab Bungo menanggung iuran"
        " 2.500 penyadap karet."
    )
    cleaned = clean_text(f"{BODY}\n\n{line}\n")
    assert "Sejak awal tahun, Pemkab Bungo menanggung iuran 2.500 penyadap karet." in cleaned
    assert "Harga Karet" not in cleaned


def test_body_text_after_a_related_list_stays():
    body_after = (
        "Kepala Disnaker menyebut capaian UCJ per Januari 2025 berada di angka 31,4 persen, masih di "
        "bawah rata-rata provinsi, sehingga pendataan terus dilakukan di semua kecamatan."
    )
    cleaned = clean_text(f"{BODY}\n\nBerita Terkait\n- Satu Judul\n- Dua Judul\n\n{body_after}\n")
    assert body_after in cleaned
    assert "Satu Judul" not in cleaned


def test_a_body_line_opening_with_data_lainnya_stays():
    line = "Data lainnya menunjukkan 31,4 persen pekerja di Kutim sudah terdaftar."
    assert line in clean_text(f"{BODY}\n\n{line}\n")


def test_inline_adv_tag_is_removed_but_sentence_stays():
    assert clean_text("Target 115 ribu jiwa pada 2025.(Adv/one).") == "Target 115 ribu jiwa pada 2025.\n"


def test_text_without_debris_is_unchanged_but_for_line_ends():
    text = "Judul Berita\n\nParagraf satu memuat 13.289 peserta.\n\nParagraf dua.\n"
    assert clean_text(text) == text
    assert clean_text(text.replace("\n", "\r\n")) == text


def test_no_break_spaces_become_plain_spaces():
    assert clean_text("Pemkab Kutai\u00a0Kartanegara menambah 13.289\u202fpeserta.") == (
        "Pemkab Kutai Kartanegara menambah 13.289 peserta.\n"
    )


@pytest.mark.parametrize(
    "line, expected",
    [
        pytest.param(
            "Menurut Hendra, angka itu kecil. Baca juga: 1.250 Honorer Kukar Terima SK PPPK Paruh Waktu "
            "Berdasarkan data P3KE, jumlah pekerja informal 118 ribu orang.",
            "Menurut Hendra, angka itu kecil. Berdasarkan data P3KE, jumlah pekerja informal 118 ribu orang.",
            id="title-case-headline-then-next-sentence",
        ),
        pytest.param(
            "Demikian disampaikan Hendra (Baca juga: Pemkab Mahulu daftarkan 1.800 pekerja) dalam rapat.",
            "Demikian disampaikan Hendra dalam rapat.",
            id="bracketed",
        ),
        pytest.param(
            "Pemkab menanggung 14.320 pekerja. Baca juga: Pemkot Kediri salurkan BLT untuk 2.300 buruh",
            "Pemkab menanggung 14.320 pekerja.",
            id="sentence-case-headline-to-the-line-end",
        ),
    ],
)
def test_teasers_inside_a_paragraph_are_removed(line, expected):
    assert clean_text(line) == expected + "\n"


def test_a_teaser_header_alone_drops_the_headlines_under_it():
    text = (
        f"{BODY}\n\nBaca Juga:\nPemkab Kutim Tanggung Iuran 5.000 Nelayan\n"
        "Disnaker Berau Catat 2.100 Pekerja Rentan Terlindungi\n\nCapaian UCJ Berau saat ini 47,6 persen.\n"
    )
    assert clean_text(text) == f"{BODY}\n\nCapaian UCJ Berau saat ini 47,6 persen.\n"


def test_a_thin_space_between_digit_groups_is_a_thousands_separator():
    cleaned = clean_text("Kab. Brebes | 1\u202f004\u202f000 | 198\u2009700 | 19,8 %\n")
    assert cleaned == "Kab. Brebes | 1.004.000 | 198.700 | 19,8 %\n"


@pytest.mark.parametrize(
    ("row", "cleaned"),
    [
        pytest.param(
            "Kota Tegal | 142 300 | 71 880 | 50,5 %", "Kota Tegal | 142.300 | 71.880 | 50,5 %", id="pipes"
        ),
        pytest.param("| Kab. Brebes | 1 004 000 |", "| Kab. Brebes | 1.004.000 |", id="millions"),
        pytest.param("Rote Ndao;71 540;13 020;18,2", "Rote Ndao;71.540;13.020;18,2", id="semicolons"),
        pytest.param("Sikka\t12\u00a0300\t4 100", "Sikka\t12.300\t4.100", id="tabs-no-break-space"),
        pytest.param(
            "Ada 12 300 orang; lagi 4 500", "Ada 12 300 orang; lagi 4 500", id="prose-one-separator"
        ),
        pytest.param("2023 | 2024 | 12 50", "2023 | 2024 | 12 50", id="not-groups-of-three"),
        pytest.param("A | pada 2024 150 peserta | B", "A | pada 2024 150 peserta | B", id="not-a-whole-cell"),
    ],
)
def test_a_table_cells_spaced_digit_groups_are_one_figure(row, cleaned):
    assert clean_text(f"{BODY}\n\n{row}\n") == f"{BODY}\n\n{cleaned}\n"


@pytest.mark.parametrize(
    "marker",
    [
        pytest.param("- 2 -", id="page-number"),
        pytest.param("KLIPING MEDIA – DISKOMINFO KAB. SERANG        Halaman 2 dari 3", id="running-header"),
    ],
)
def test_a_pdf_clippings_page_markers_go(marker):
    cleaned = clean_text(f"{BODY}\n\n{marker}\n\nKalimat berikutnya tetap ada.\n")
    assert marker not in cleaned and "Kalimat berikutnya tetap ada." in cleaned
