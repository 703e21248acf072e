"""HTML pages become articles: main text without chrome, every figure kept, metadata by cascade."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from extractor import sources
from extractor.identity import Identity
from extractor.prepare import prepare
from extractor.records import Article, SourceError
from extractor.scrape import article_from_html, decode_html, links_matching

FIXTURES = Path(__file__).parent / "fixtures" / "html"


def read(name: str, url: str | None = None) -> Article:
    article = article_from_html((FIXTURES / name).read_bytes(), source_id=name, url=url)
    assert isinstance(article, Article), article
    return article


def page(head: str = "", body: str = "", url: str | None = None) -> Article | SourceError:
    """A small page around a paragraph of article text long enough to be the main content."""
    lead = (
        "<p>Pemerintah Kabupaten Paser menanggung iuran BPJS Ketenagakerjaan bagi 8.450 pekerja "
        "rentan sepanjang tahun ini, naik dari 6.120 peserta tahun sebelumnya.</p>"
        "<p>Anggaran yang disiapkan dalam APBD mencapai Rp 1,7 miliar untuk program JKK dan JKM.</p>"
    )
    markup = (
        f"<html><head><meta charset='utf-8'>{head}</head><body>{body}<article>{lead}</article></body></html>"
    )
    return article_from_html(markup.encode(), source_id="page.html", url=url)


# -- the fixture pages: layouts of real Indonesian news sites

PAGES = {
    "kaltimtoday-jsonld.html": dict(
        title="Pemkab Paser Lindungi 8.450 Pekerja Rentan lewat BPJS Ketenagakerjaan",
        published=date(2025, 12, 1),
        published_source="meta",
        author="Nurul Hidayah",
        outlet="Kaltim Today",
        url="https://kaltimtoday.co/pemkab-paser-lindungi-8450-pekerja-rentan",
        figures=[
            "8.450",
            "6.120",
            "Rp 1,7 miliar",
            "Rp16.800",
            "47,3 persen",
            "62 ahli waris",
            "Rp 2,6 miliar",
            "2.310",
            "1.875",
            "10.000",
        ],
        debris=[
            "Harga TBS",
            "312 Rumah",
            "1.204 kali",
            "25 nelayan",
            "Promo 50%",
            "13.289",
            "4.100",
            "Gaji PPPK",
            "1,2 Juta",
            "Tinggalkan Balasan",
            "Alamat email",
            "Copyright",
            "Bagikan",
            "18 November",
        ],
    ),
    "antara-meta.html": dict(
        title="BPJAMSOSTEK Samarinda bayarkan klaim JKK Rp 12,4 miliar",
        published=date(2025, 3, 4),
        published_source="meta",
        author="Arumanto",
        outlet="ANTARA News Kalimantan Timur",
        url="https://kaltim.antaranews.com/berita/245678/bpjamsostek-samarinda-bayarkan-klaim-jkk-rp124-miliar",
        figures=[
            "Rp12,4 miliar",
            "1.318",
            "18 persen",
            "214.560",
            "52,6 persen",
            "9.870",
            "Rp 187 miliar",
            "25 ribu",
        ],
        debris=[
            "Harga batu bara",
            "Rp 210 juta",
            "40 ribu",
            "30 persen",
            "Rp 50 triliun",
            "Jl. Merdeka",
            "20 November",
        ],
    ),
    "tribun-meta.html": dict(
        title="Pemkab Kutim Tanggung Iuran 15 Ribu Pekerja Rentan, Anggaran Rp 3,02 Miliar",
        published=date(2025, 3, 5),
        published_source="meta",
        author="Syafri Ramadhan",
        outlet="Tribunkaltim.co",
        url="https://kaltim.tribunnews.com/2025/03/05/pemkab-kutim-tanggung-iuran-15-ribu-pekerja-rentan-anggaran-rp-302-miliar",
        figures=[
            "15.000",
            "Rp 3,02 miliar",
            "Rp 2,1 miliar",
            "41 persen",
            "60 persen",
            "6.200",
            "3.450",
            "5.350",
        ],
        debris=["120 nelayan", "Rp 4 Juta", "0 komentar", "Copyright", "20 November"],
    ),
    "detik-plain.html": dict(
        title="Pemkot Makassar Daftarkan 32 Ribu Pekerja Rentan ke BPJS Ketenagakerjaan",
        published=date(2025, 3, 3),
        published_source="text",
        author="Sitti Aminah",
        outlet="detikSulsel",
        url="https://www.detik.com/sulsel/berita/d-7812345/pemkot-makassar-daftarkan-32-ribu-pekerja-rentan",
        figures=["32.000", "Rp 6,45 miliar", "27.850", "63,5 persen", "710 ribu", "Rp 42 juta"],
        debris=[
            "Rp 1.000",
            "5.000 pengemudi",
            "20 Ribu Peserta",
            "Rp 3,9 Juta",
            "Tulis komentar",
            "ADVERTISEMENT",
            "18 November",
            "Copyright",
        ],
    ),
}


@pytest.mark.parametrize("name", PAGES)
def test_metadata_of_each_layout(name):
    expected = PAGES[name]
    article = read(name)
    assert article.title == expected["title"]
    assert (article.published, article.published_source) == (
        expected["published"],
        expected["published_source"],
    )
    assert article.author == expected["author"]
    assert article.outlet == expected["outlet"]
    assert article.url == expected["url"]
    assert article.id == name


@pytest.mark.parametrize("name", PAGES)
def test_every_figure_of_the_article_stays_in(name):
    text = prepare(read(name)).text
    for figure in PAGES[name]["figures"]:
        assert figure in text, figure


@pytest.mark.parametrize("name", PAGES)
def test_page_chrome_stays_out(name):
    text = prepare(read(name)).text
    for debris in PAGES[name]["debris"]:
        assert debris not in text, debris


@pytest.mark.parametrize("name", PAGES)
def test_text_is_headline_then_paragraphs(name):
    article = read(name)
    lines = article.text.split("\n")
    assert lines[0] == article.title
    assert lines[1] == ""
    assert lines[2] and "\n\n" in article.text[len(article.title) + 2 :]
    assert article.title not in lines[2:]


def test_markup_marked_debris_is_cut_by_the_scraper_itself():
    """Boxes the markup marks ("baca-juga", figcaption, share bar) go before clean.py runs."""
    text = read("kaltimtoday-jsonld.html").text
    for debris in ("Harga TBS", "Penyerahan kartu", "Facebook", "Berita Terkait", "Kirim Komentar"):
        assert debris not in text


def test_unmarked_baca_juga_lines_are_left_to_the_text_rules():
    article = read("tribun-meta.html")
    assert article.needs_cleaning
    assert "Baca juga: Harga Cabai" in article.text
    assert "Harga Cabai" not in prepare(article).text


def test_paragraphs_of_br_separated_bodies_are_split():
    text = read("detik-plain.html").text
    assert "selama setahun.\n\nKepala Dinas Ketenagakerjaan Makassar" in text
    assert "710 ribu pekerja.\n\nSementara itu" in text


def test_table_rows_and_list_items_are_lines():
    assert "Tanah Grogot | 2.310\nLong Ikis | 1.875" in read("kaltimtoday-jsonld.html").text
    assert "Petani: 6.200 orang\nNelayan: 3.450 orang" in read("tribun-meta.html").text


def test_page_without_article_text_is_an_error_naming_it():
    error = article_from_html((FIXTURES / "no-article.html").read_bytes(), source_id="saved/404.html")
    assert isinstance(error, SourceError)
    assert error.source == "saved/404.html"
    assert "no article text found" in error.message


def test_html_file_is_read_through_sources():
    items = list(sources.read_articles([str(FIXTURES / "antara-meta.html")]))
    assert len(items) == 1 and isinstance(items[0], Article)
    assert items[0].id == Identity.under().of_path(FIXTURES / "antara-meta.html")
    assert items[0].published == date(2025, 3, 4)


# -- encodings


def test_windows_1252_page_declared_in_meta():
    article = read("latin1-meta.html")
    assert "ahli waris André Pereira" in article.text
    assert "“Almarhum terdaftar" in article.text
    assert "KUPANG – BPJS" in article.text
    assert "Rp 16.800" in article.text


def test_utf8_page_without_declared_charset():
    article = read("utf8-undeclared.html")
    assert article.title == "Pemkab Sikka Lindungi 4.250 Petani — Kopi dan Kakao"
    assert "“Ini langkah pertama" in article.text and "Café" in article.text
    assert "24,7 persen" in article.text


def test_header_charset_decides_when_the_page_says_nothing():
    raw = "<p>Santunan “JKM” untuk André</p>".encode("cp1252")
    assert decode_html(raw, "windows-1252") == "<p>Santunan “JKM” untuk André</p>"


def test_page_mislabelled_latin1_but_utf8_is_read_as_utf8():
    raw = '<meta charset="iso-8859-1"><p>Kaltim — 13.289 “peserta”</p>'.encode()
    assert "Kaltim — 13.289 “peserta”" in decode_html(raw)


UTF16_ASCII = b'<html><head><meta charset="utf-16"></head><body><p>Kaltim 13.289 peserta</p></body></html>'


@pytest.mark.parametrize(
    ("raw", "header", "expected"),
    [
        pytest.param(UTF16_ASCII, None, "<p>Kaltim 13.289 peserta</p>", id="utf-16-meta-on-ascii"),
        pytest.param(
            UTF16_ASCII.replace(b' charset="utf-16"', b""), "UTF-16", "13.289", id="utf-16-header-on-ascii"
        ),
        pytest.param(
            "<p>Kaltim 13.289 “peserta”</p>".encode("utf-16"), None, "“peserta”", id="utf-16-with-bom"
        ),
        pytest.param(
            "<p>Kaltim “13.289”</p>".encode("utf-16-le"), "utf-16le", "“13.289”", id="utf-16le-declared"
        ),
        pytest.param(
            "<p>André — “peserta” Rp 16.800</p>".encode() + b"<p>\x93JKM\x94 caf\xe9</p>",
            "utf-8",
            "<p>André — “peserta” Rp 16.800</p><p>“JKM” café</p>",
            id="utf-8-with-stray-windows-1252-bytes",
        ),
        pytest.param(
            "<p>Ďakujem Łódź</p>".encode("iso-8859-2"), "iso-8859-2", "Ďakujem Łódź", id="declared-latin-2"
        ),
    ],
)
def test_declared_and_mixed_encodings(raw, header, expected):
    text = decode_html(raw, header)
    assert expected in text
    assert not any("\u3000" <= char <= "\u9fff" for char in text)  # no CJK garbage


def test_undeclared_legacy_bytes_fall_back_to_detection():
    text = "<p>Penyerahan santunan kepada ahli waris André di Kupang, “semoga bermanfaat”.</p>" * 5
    assert "André" in decode_html(text.encode("cp1252"))


# -- title


def test_jsonld_headline_comes_first():
    head = (
        '<script type="application/ld+json">'
        '{"@type": "NewsArticle", "headline": "Judul dari JSON-LD"}</script>'
        '<meta property="og:title" content="Judul dari og:title">'
    )
    assert page(head, "<h1>Judul dari h1</h1>").title == "Judul dari JSON-LD"


def test_og_title_loses_the_site_suffix():
    head = '<meta property="og:title" content="Iuran Naik - Ini Rinciannya | Tribunkaltim.co">'
    assert page(head).title == "Iuran Naik - Ini Rinciannya"


def test_og_title_with_an_unknown_suffix_gives_way_to_the_h1():
    head = '<meta property="og:title" content="Pemkab Paser Lindungi 8.450 Pekerja - Berita Daerah">'
    assert (
        page(head, "<h1>Pemkab Paser Lindungi 8.450 Pekerja</h1>").title
        == "Pemkab Paser Lindungi 8.450 Pekerja"
    )


def test_h1_comes_before_title_tag():
    assert page("<title>Judul Lain - Kaltim Today</title>", "<h1>Judul Utama</h1>").title == "Judul Utama"


def test_title_tag_loses_the_site_name_from_the_domain():
    url = "https://www.antaranews.com/berita/4712345/pemprov-kaltim-lindungi-60-ribu-pekerja"
    article = page("<title>Pemprov Kaltim lindungi 60 ribu pekerja | ANTARA News</title>", url=url)
    assert article.title == "Pemprov Kaltim lindungi 60 ribu pekerja"
    assert article.outlet == "ANTARA News"


def test_truncated_jsonld_headline_gives_way_to_the_full_one():
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"headline": "Pemkab Kukar Dorong Universal Coverage Jamsostek, 13.289 Pekerja…"}</script>'
    )
    body = "<h1>Pemkab Kukar Dorong Universal Coverage Jamsostek, 13.289 Pekerja Rentan Terlindungi</h1>"
    assert (
        page(head, body).title
        == "Pemkab Kukar Dorong Universal Coverage Jamsostek, 13.289 Pekerja Rentan Terlindungi"
    )


def test_site_logo_h1_and_site_wide_og_title_are_not_the_headline():
    head = (
        '<meta property="og:site_name" content="Sangalaki Pos">'
        '<meta property="og:title" content="Sangalaki Pos">'
    )
    body = (
        '<h1 class="logo">Sangalaki Pos</h1><div class="judul"><h1>Berau Lindungi 11.872 Pekerja</h1></div>'
    )
    assert page(head, body).title == "Berau Lindungi 11.872 Pekerja"


# -- publication date


def test_jsonld_date_beats_meta_and_a_utc_timestamp_is_dated_in_wib():
    head = (
        '<script type="application/ld+json">{"@graph": [{"@type": "WebPage", "datePublished": "2020-01-01"},'
        '{"@type": "NewsArticle", "headline": "x", "datePublished": "2025-11-30T23:26:00+00:00"}]}</script>'
        '<meta property="article:published_time" content="2025-11-29T10:00:00+08:00">'
    )
    article = page(head)
    assert (article.published, article.published_source) == (date(2025, 12, 1), "meta")


@pytest.mark.parametrize(
    "meta",
    [
        '<meta name="publishdate" content="2025/03/03 10:15:21">',
        '<meta name="content_PublishedDate" content="2025-03-03 10:15:00">',
        '<meta itemprop="datePublished" content="2025-03-03T10:15:00+07:00">',
        '<meta name="dc.date" content="2025-03-03">',
        '<meta name="parsely-pub-date" content="2025-03-03T03:15:00Z">',
    ],
)
def test_date_from_meta_names(meta):
    article = page(meta + '<meta property="article:modified_time" content="2025-04-01T10:00:00+07:00">')
    assert (article.published, article.published_source) == (date(2025, 3, 3), "meta")


def test_time_element_by_the_headline_not_in_the_top_bar():
    body = (
        '<div class="header-info"><time datetime="2025-11-18">Selasa, 18 November 2025</time></div>'
        "<h1>Judul</h1>"
        '<span class="date"><time datetime="2025-03-03T10:15:00+07:00">3 Maret 2025</time></span>'
    )
    assert page(body=body).published == date(2025, 3, 3)


def test_printed_dateline_below_the_headline_not_the_live_date_above_it():
    body = (
        "<div class='today'>Selasa, 18 November 2025</div>"
        "<h1>Judul</h1><div>Senin, 3 Maret 2025 10:15 WIB</div>"
    )
    article = page(body=body)
    assert (article.published, article.published_source) == (date(2025, 3, 3), "text")


def test_printed_date_above_the_headline_in_its_header_block():
    body = (
        "<div class='today'>Selasa, 18 November 2025</div>"
        "<div class='post-header'><span class='kategori'>Ekonomi</span>"
        "<span class='tanggal'>Senin, 3 Maret 2025</span><h1>Judul</h1></div>"
    )
    article = page(body=body)
    assert (article.published, article.published_source) == (date(2025, 3, 3), "text")


def test_no_date_from_copyright_footer_or_sidebar():
    body = (
        "<h1>Judul</h1><aside><ul><li>Berita lama, 2 Januari 2024</li></ul></aside>"
        "<footer>Copyright © 2019 Kaltim Today, 1 Januari 2019</footer>"
    )
    article = page(body=body)
    assert (article.published, article.published_source) == (None, None)


def test_date_from_the_url_last():
    article = page(body="<h1>Judul</h1>", url="https://kaltim.tribunnews.com/2025/03/05/pemkab-kutim")
    assert (article.published, article.published_source) == (date(2025, 3, 5), "url")


def test_implausible_dates_are_skipped():
    head = (
        '<meta property="article:published_time" content="2099-01-01">'
        '<meta name="pubdate" content="2024-06-12">'
    )
    assert page(head).published == date(2024, 6, 12)


@pytest.mark.parametrize(
    "meta",
    [
        pytest.param('<meta name="citation_publication_date" content="2025/03/03">', id="citation"),
        pytest.param('<meta property="og:pubdate" content="2025-03-03T10:15:00+07:00">', id="og-pubdate"),
        pytest.param('<meta name="dcterms.created" content="3 Maret 2025">', id="indonesian-words"),
        pytest.param('<meta name="publish_time" content="March 3, 2025">', id="english-words"),
        pytest.param('<meta property="article:published_time" content="1740971700">', id="unix-timestamp"),
    ],
)
def test_date_tags_and_wordings_htmldate_reads(meta):
    article = page(meta)
    assert (article.published, article.published_source) == (date(2025, 3, 3), "meta")


def test_a_modification_date_never_stands_for_the_publication_date():
    head = '<meta property="og:updated_time" content="2025-05-21T08:00:12+07:00">'
    article = page(head, "<h1>Judul</h1><div>Selasa, 20 Mei 2025 10:30 WIB</div>")
    assert (article.published, article.published_source) == (date(2025, 5, 20), "text")


def test_dates_in_the_visible_text_are_read_only_by_the_headline():
    """A date htmldate would guess from a list below the article must not beat the dateline."""
    body = (
        "<h2 class='judul-berita'>Pemkab Buleleng Serahkan Santunan JKM kepada Ahli Waris</h2>"
        "<div>Jumat, 08 Agustus 2025</div>"
    )
    after = "<ul class='daftar'><li><a href='/b/1'>Bupati Panen</a><small>07 Agustus 2025</small></li></ul>"
    raw = html_page("", body + BODY_P + after)
    article = article_from_html(raw, "pemda.html")
    assert (article.published, article.published_source) == (date(2025, 8, 8), "text")


# -- author and outlet


def test_publisher_name_is_not_the_author():
    head = (
        '<meta property="og:site_name" content="Tribunkaltim.co">'
        '<meta name="author" content="Tribunkaltim.co">'
    )
    body = "<h1>Judul</h1><div>Penulis: Syafri Ramadhan | Editor: Budi Susilo</div>"
    assert page(head, body).author == "Syafri Ramadhan"


def test_editor_is_not_the_author():
    assert page(body="<h1>Judul</h1><p>Editor: Budi Susilo</p>").author is None


def test_jsonld_authors_skip_organisations_and_newsroom_accounts():
    head = (
        '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "x", "author": ['
        '{"@type": "Person", "name": "Nurul Hidayah"}, {"@type": "Organization", "name": "Kaltim Today"},'
        '{"@type": "Person", "name": "Redaksi"}, {"@type": "Person", "name": "M Jaini Rasyid"}]}</script>'
    )
    assert page(head).author == "Nurul Hidayah, M Jaini Rasyid"


def test_byline_with_outlet_after_a_dash():
    body = '<h1>Judul</h1><div class="byline">M Jaini Rasyid — Kaltim Today 01 Desember 2025 07:26</div>'
    article = page('<meta property="og:site_name" content="Kaltim Today">', body)
    assert article.author == "M Jaini Rasyid"
    assert article.published == date(2025, 12, 1)


@pytest.mark.parametrize(
    ("body", "author"),
    [
        pytest.param(
            '<a rel="author" href="/penulis/nurul">Nurul Hidayah</a>', "Nurul Hidayah", id="rel-author"
        ),
        pytest.param(
            '<span class="author-name">Sitti Aminah - detikSulsel</span>', "Sitti Aminah", id="class"
        ),
        pytest.param('<div class="byline">Redaksi Kaltim Today</div>', None, id="newsroom-account"),
    ],
)
def test_author_from_byline_markup(body, author):
    head = '<meta property="og:site_name" content="Kaltim Today">'
    assert page(head, "<h1>Judul</h1>" + body).author == author


def test_outlet_falls_back_to_the_domain():
    assert page(url="https://www.kaltimtoday.co/berita/1").outlet == "kaltimtoday.co"


def test_saved_page_names_its_url():
    markup = (FIXTURES / "utf8-undeclared.html").read_text(encoding="utf-8")
    saved = "<!-- saved from url=(0052)https://florespos.co/berita/2025/02/14/sikka-petani -->\n" + markup
    article = article_from_html(saved.encode(), source_id="sikka.html")
    assert article.url == "https://florespos.co/berita/2025/02/14/sikka-petani"
    assert (article.published, article.published_source) == (date(2025, 2, 14), "url")


# -- listing pages


def test_listing_links_are_absolute_deduplicated_in_page_order():
    raw = (FIXTURES / "listing.html").read_bytes().replace(b"HOST", b"news.example")
    links = links_matching(raw, "http://news.example/tag/bpjs-ketenagakerjaan", re.compile(r"/berita/\d{4}/"))
    assert links == [
        "http://news.example/berita/2025/12/01/paser-8450",
        "http://news.example/berita/2025/03/05/kutim-15-ribu",
        "http://news.example/berita/2025/03/03/makassar-32-ribu",
    ]


@pytest.mark.parametrize(
    ("href", "link"),
    [
        pytest.param(
            "/berita/2025/a?utm_source=fb&utm_medium=x", "http://news.example/berita/2025/a", id="tracking"
        ),
        pytest.param(
            "/berita/2025/a?page=all#komentar", "http://news.example/berita/2025/a?page=all", id="fragment"
        ),
        pytest.param(
            "HTTP://NEWS.EXAMPLE:80/berita/2025/a", "http://news.example/berita/2025/a", id="host-and-port"
        ),
        pytest.param("/berita/2025/laporan.pdf", None, id="file"),
        pytest.param("/berita/2025/login", None, id="login"),
        pytest.param("mailto:redaksi@news.example?subject=/berita/2025/", None, id="mailto"),
    ],
)
def test_listing_links_are_normalised_and_filtered(href, link):
    raw = f'<html><body><a href="{href}">Berita</a></body></html>'.encode()
    links = links_matching(raw, "http://news.example/tag/bpjs", re.compile(r"/berita/2025/"))
    assert links == ([link] if link else [])


def test_a_page_that_breaks_the_parser_is_an_error_not_a_crash(monkeypatch):

    def broken(*args, **kwargs):
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr("trafilatura.bare_extraction", broken)
    error = article_from_html((FIXTURES / "antara-meta.html").read_bytes(), source_id="deep.html")
    assert isinstance(error, SourceError) and error.source == "deep.html"
    assert "cannot read the page" in error.message


BODY_P = (
    "<p>SINGARAJA – Pemkab Buleleng menyerahkan santunan JKM kepada 36 ahli waris pekerja rentan yang "
    "iurannya ditanggung APBD. Total santunan yang diserahkan mencapai Rp 1,512 miliar.</p>"
    "<p>Hingga kini 21.000 pekerja rentan di Buleleng terdaftar sebagai peserta BPJS Ketenagakerjaan.</p>"
)


def html_page(head: str, body: str) -> bytes:
    return f"<html><head><meta charset='utf-8'>{head}</head><body>{body}</body></html>".encode()


def test_a_logo_h1_gives_way_to_the_h2_headline_and_its_date():
    raw = html_page(
        "<title>Berita - Pemerintah Kabupaten Buleleng</title>",
        "<header><div class='logo-wrap'><h1 class='logo-text'>Pemerintah Kabupaten Buleleng</h1></div>"
        "</header>"
        "<div class='konten'><h2 class='judul-berita'>Pemkab Buleleng Serahkan Santunan JKM kepada 36 Ahli "
        "Waris</h2><div class='tanggal'>Jumat, 08 Agustus 2025</div>" + BODY_P + "</div>",
    )
    article = article_from_html(raw, "buleleng.html")
    assert article.title == "Pemkab Buleleng Serahkan Santunan JKM kepada 36 Ahli Waris"
    assert article.published == date(2025, 8, 8)


def test_a_headline_cut_mid_word_gives_way_to_the_full_one():
    full = (
        "Dua Pemda Kompak Lindungi Pekerja Rentan: Kota Malang Tanggung 17.500 Orang, Kabupaten Malang "
        "Siapkan Rp 12 Miliar untuk 2026"
    )
    jsonld = '{"@type": "NewsArticle", "headline": "' + full[:110] + '", "datePublished": "2025-08-20"}'
    raw = html_page(
        f"<script type='application/ld+json'>{jsonld}</script><meta property='og:title' content='{full}'>",
        f"<article><h1>{full}</h1>{BODY_P}</article>",
    )
    assert article_from_html(raw, "radar.html").title == full


def test_microdata_date_published_is_read():
    raw = html_page(
        "<title>Ribuan Pekerja Terlindungi</title>",
        "<h2 class='date-header'><span>Senin, 01 September 2025</span></h2>"
        "<h3 class='post-title'>Ribuan Pekerja Informal di Ambon Kini Terlindungi</h3>"
        + BODY_P
        + "<abbr class='published' itemprop='datePublished' title='2025-09-01T21:40:00+09:00'>21.40</abbr>",
    )
    assert article_from_html(raw, "ambon.html").published == date(2025, 9, 1)


def test_a_caption_without_caption_markup_stays_out():
    raw = html_page(
        "<title>BPJS Ketenagakerjaan Catat 45,2 Juta Peserta</title>",
        "<article><h1>BPJS Ketenagakerjaan Catat 45,2 Juta Peserta</h1>"
        "<span data-qa-id='image-caption'>Kantor "
        "BPJS Ketenagakerjaan di Jakarta. Foto: Akbar Maulana/kumparan</span>" + BODY_P + "</article>",
    )
    text = article_from_html(raw, "kumparan.html").text
    assert "Foto: Akbar" not in text and "21.000 pekerja rentan" in text
