"""Regions: the gazetteer against the official list, every region by name and by government,
and each recognition and attribution rule on real-looking sentences."""

from __future__ import annotations

import csv
import importlib.util
import json
from collections import defaultdict
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from extractor import gazetteer, layout, numbers, pipeline, regionmentions, regions, sources
from extractor.doctext import doc_text
from extractor.language import LanguageData
from extractor.prepare import prepare, prepare_all
from extractor.records import Article
from tests.conftest import run_text

PUBLISHED = date(2025, 6, 2)
GOVERNMENT = {"regency": "Pemkab", "city": "Pemkot", "province": "Pemprov"}


@pytest.fixture(scope="module")
def gaz() -> gazetteer.Gazetteer:
    return gazetteer.gazetteer()


def analyse(nlp, text: str):
    """The processed Doc of one article text, as the pipeline makes it."""
    doc = nlp.make_doc(text)
    doc._.article_id = "test"
    doc._.published = PUBLISHED
    return nlp(doc)


def mentions(nlp, text: str) -> list[tuple[str, str, str]]:
    doc = analyse(nlp, text)
    return [(m.text, m._.mention, m._.region.name) for m in doc.spans[regions.SPAN_KEY]]


def regions_of(nlp, text: str, quote: str) -> list[str]:
    """The regions ``regions_for`` gives the figure written ``quote`` (its last occurrence)."""
    doc = analyse(nlp, text)
    figure = [q for q in doc.spans[numbers.SPAN_KEY] if q.text == quote][-1]
    return [r.name for r in regions.regions_for(figure)]


# --- the data ----------------------------------------------------------------------------------


def test_official_list_has_every_province_regency_and_city(gaz):
    levels = defaultdict(int)
    for region in gaz.by_code.values():
        levels[region.level] += 1
    assert dict(levels) == {"province": 38, "regency": 416, "city": 98}


def test_official_list_matches_the_reference(shared_dir):
    reference = (shared_dir / "reference" / "regions.csv").read_text(encoding="utf-8").splitlines()
    ours = [
        ",".join(row[:5])
        for row in csv.reader(
            LanguageData.load().path("regions.csv").read_text(encoding="utf-8").splitlines()
        )
        if row and not row[0].startswith("#")
    ]
    assert ours == reference


def alias_rows() -> list[dict]:
    return list(LanguageData.load().table("region_aliases.csv"))


def test_every_alias_names_a_real_region_by_its_canonical_name(gaz):
    rows = alias_rows()
    assert len(rows) >= 300
    wrong = [
        (row["alias"], row["code"], row["name"])
        for row in rows
        if row["code"] not in gaz.by_code or gaz.by_code[row["code"]].name != row["name"]
    ]
    assert wrong == []
    assert {row["needs"] for row in rows} <= {"", "prefix", "regency", "city", "province"}


# Forms that name two regions on purpose; the component tells them apart by a level word, the
# governments of the text or the province the text is in.
INTENDED_SHARED_ALIASES = {"jogja", "yogya", "jogjakarta", "tasik", "mura", "banjar"}


def test_an_alias_names_two_regions_only_on_purpose():
    codes = defaultdict(set)
    for row in alias_rows():
        codes[row["alias"].lower()].add(row["code"])
    assert {alias for alias, found in codes.items() if len(found) > 1} == INTENDED_SHARED_ALIASES


def test_regions_sharing_a_name_differ_in_level_or_province_or_need_a_level_word(gaz):
    undecidable = []
    for form, candidates in gaz.names.items():
        free = [gaz.by_code[c.code] for c in candidates if c.needs is None]
        for i, first in enumerate(free):
            for second in free[i + 1 :]:
                if first.level == second.level and first.province_code == second.province_code:
                    undecidable.append((form, first.name, second.name))
    assert undecidable == []


def test_every_province_has_its_short_form_or_is_short_already(gaz):
    short = {row["code"] for row in alias_rows() if gaz.by_code[row["code"]].level == "province"}
    long_names = {
        code for code, r in gaz.by_code.items() if r.level == "province" and len(r.name.split()) > 2
    }
    # Papua Selatan, Tengah, Pegunungan and Barat Daya are written out in full in the news.
    assert long_names - short == {"93", "94", "95"}


# --- every region, named in full and as its government -----------------------------------------


def every_region_articles(gaz, per_article: int = 12) -> tuple[list[Article], dict]:
    """Articles of a dozen regions each: every region named in full, and as its government."""
    articles, expected = [], {}
    listed = list(gaz.by_code.values())
    for batch in range(0, len(listed), per_article):
        paragraphs = ["Uji wilayah"]
        for index, region in enumerate(listed[batch : batch + per_article], start=batch):
            # Values end in 1 or 3, so none looks like a rounded restatement of another.
            full, government = 10001 + 10 * index, 20003 + 10 * index
            bare = gazetteer.bare_name(region.name)
            paragraphs.append(f"{region.name} mencatat {full:,} pekerja rentan terdaftar sebagai peserta.")
            paragraphs.append(
                f"{GOVERNMENT[region.level]} {bare} tahun ini menanggung iuran {government:,} pekerja."
            )
            expected[(str(batch), full)] = expected[(str(batch), government)] = region
        text = "\n\n".join(paragraphs).replace(",", ".") + "\n"
        articles.append(Article(id=str(batch), text=text, published=PUBLISHED))
    return articles, expected


def test_every_region_yields_facts_by_name_and_by_government(nlp, gaz):
    articles, expected = every_region_articles(gaz)
    found = {}
    for outcome in pipeline.annotate(prepare_all(articles), nlp):
        assert outcome.error is None, outcome.error
        for fact in outcome.facts:
            found[(outcome.article.id, fact.value)] = (fact.region, fact.region_code)
    wrong = {
        key: (region.name, found.get(key))
        for key, region in expected.items()
        if found.get(key) != (region.name, region.code)
    }
    assert len(expected) == 2 * 552
    assert wrong == {}


# --- recognition -------------------------------------------------------------------------------

RECOGNISED = [
    (
        "kabgor as gorontalo's journalists shorten the regency",
        "Pemkab menanggung iuran nelayan di Kabgor.",
        ("Kabgor", "alias", "Kabupaten Gorontalo"),
    ),
    (
        "padangsidimpuan as journalists shorten it",
        "Rapat membahas rendahnya kepesertaan di Psp.",
        ("Psp", "alias", "Kota Padangsidimpuan"),
    ),
    (
        "pemkab alias",
        "Pemkab Kukar menanggung iuran pekerja rentan.",
        ("Pemkab Kukar", "actor", "Kabupaten Kutai Kartanegara"),
    ),
    (
        "kutim",
        "Disnakertrans Kutim mendata buruh sawit.",
        ("Disnakertrans Kutim", "actor", "Kabupaten Kutai Timur"),
    ),
    (
        "kotim not kutim",
        "Bupati Kotim membuka rapat.",
        ("Bupati Kotim", "actor", "Kabupaten Kotawaringin Timur"),
    ),
    ("kubar", "Warga Kubar mulai terdaftar.", ("Kubar", "alias", "Kabupaten Kutai Barat")),
    ("mahulu", "Pemkab Mahulu menyiapkan anggaran.", ("Pemkab Mahulu", "actor", "Kabupaten Mahakam Ulu")),
    ("ppu", "Pekerja rentan di PPU bertambah.", ("PPU", "alias", "Kabupaten Penajam Paser Utara")),
    ("lotim", "Capaian UCJ Lotim naik.", ("Lotim", "alias", "Kabupaten Lombok Timur")),
    ("ttu", "Nelayan di TTU terdaftar.", ("TTU", "alias", "Kabupaten Timor Tengah Utara")),
    ("tapsel", "DPRD Tapsel menyetujui anggaran.", ("DPRD Tapsel", "actor", "Kabupaten Tapanuli Selatan")),
    ("kbb", "Petani di KBB dilindungi.", ("KBB", "alias", "Kabupaten Bandung Barat")),
    (
        "an acronym in title case before no name",
        "Petani di Oku, kata dia, dilindungi.",
        ("Oku", "alias", "Kabupaten Ogan Komering Ulu"),
    ),
    (
        "jaksel",
        "Pengemudi ojek di Jaksel terdaftar.",
        ("Jaksel", "alias", "Kota Administrasi Jakarta Selatan"),
    ),
    ("kaltim", "Pemprov Kaltim menambah kuota.", ("Pemprov Kaltim", "actor", "Provinsi Kalimantan Timur")),
    ("kalbar", "Capaian Kalbar tertinggal.", ("Kalbar", "alias", "Provinsi Kalimantan Barat")),
    (
        "sumut",
        "Gubernur Sumut meminta kabupaten bergerak.",
        ("Gubernur Sumut", "actor", "Provinsi Sumatera Utara"),
    ),
    ("jatim jabar jateng", "Jatim, Jabar dan Jateng bersaing.", ("Jabar", "alias", "Provinsi Jawa Barat")),
    ("diy", "Pemda DIY menanggung iuran.", ("Pemda DIY", "actor", "Provinsi Daerah Istimewa Yogyakarta")),
    (
        "ntb",
        "Disnakertrans NTB mencatat kenaikan.",
        ("Disnakertrans NTB", "actor", "Provinsi Nusa Tenggara Barat"),
    ),
    ("kepri", "Pekerja pelabuhan di Kepri terdaftar.", ("Kepri", "alias", "Provinsi Kepulauan Riau")),
    ("sulsel", "Sekda Sulsel membuka forum.", ("Sekda Sulsel", "actor", "Provinsi Sulawesi Selatan")),
    (
        "palangka raya",
        "Pemkot Palangka Raya menanggung iuran.",
        ("Pemkot Palangka Raya", "actor", "Kota Palangkaraya"),
    ),
    ("palangkaraya", "Warga Palangkaraya terdaftar.", ("Palangkaraya", "bare", "Kota Palangkaraya")),
    ("baubau", "Pemkot Baubau menanggung iuran.", ("Pemkot Baubau", "actor", "Kota Bau Bau")),
    ("bau-bau", "Nelayan Bau-Bau terdaftar.", ("Bau-Bau", "alias", "Kota Bau Bau")),
    ("fakfak", "Pemkab Fakfak menanggung iuran.", ("Pemkab Fakfak", "actor", "Kabupaten Fak Fak")),
    ("fak fak", "Nelayan Fak Fak terdaftar.", ("Fak Fak", "bare", "Kabupaten Fak Fak")),
    (
        "tulangbawang",
        "Pemkab Tulangbawang mendata petani.",
        ("Pemkab Tulangbawang", "actor", "Kabupaten Tulang Bawang"),
    ),
    ("tolitoli", "Pemkab Tolitoli mendata nelayan.", ("Pemkab Tolitoli", "actor", "Kabupaten Toli-Toli")),
    (
        "kep. seribu",
        "Nelayan Kep. Seribu terdaftar.",
        ("Kep. Seribu", "bare", "Kabupaten Administrasi Kepulauan Seribu"),
    ),
    (
        "old toba samosir",
        "Pemkab Toba Samosir mendata petani.",
        ("Pemkab Toba Samosir", "actor", "Kabupaten Toba"),
    ),
    (
        "old mamuju utara",
        "Kabupaten Mamuju Utara mencatat kenaikan.",
        ("Kabupaten Mamuju Utara", "explicit", "Kabupaten Pasangkayu"),
    ),
    (
        "old kabupaten pontianak",
        "Kabupaten Pontianak kini bernama lain.",
        ("Kabupaten Pontianak", "explicit", "Kabupaten Mempawah"),
    ),
    (
        "pontianak alone is the city",
        "Pekerja di Pontianak terdaftar.",
        ("Pontianak", "bare", "Kota Pontianak"),
    ),
    (
        "kab dot",
        "Pemerintah Kab. Aceh Besar mendaftarkan nelayan.",
        ("Pemerintah Kab. Aceh Besar", "actor", "Kabupaten Aceh Besar"),
    ),
    (
        "actor with abbreviation",
        "Pemerintah Kota (Pemkot) Pekalongan menambah kuota.",
        ("Pemerintah Kota (Pemkot) Pekalongan", "actor", "Kota Pekalongan"),
    ),
    ("walikota", "Walikota Tegal meninjau pasar.", ("Walikota Tegal", "actor", "Kota Tegal")),
    ("pemko", "Pemko Medan mendata pekerja.", ("Pemko Medan", "actor", "Kota Medan")),
    ("apbd", "Iuran dibayar dari APBD Gianyar.", ("APBD Gianyar", "actor", "Kabupaten Gianyar")),
    (
        "balai kota is the city",
        "Rapat digelar di Balai Kota Bogor.",
        ("Balai Kota Bogor", "actor", "Kota Bogor"),
    ),
    (
        "kantor bupati is the regency",
        "Santunan diserahkan di Kantor Bupati Kutim.",
        ("Kantor Bupati Kutim", "actor", "Kabupaten Kutai Timur"),
    ),
    ("bupati decides the level", "Bupati Bogor membuka rapat.", ("Bupati Bogor", "actor", "Kabupaten Bogor")),
    (
        "wali kota decides the level",
        "Wali Kota Bogor membuka rapat.",
        ("Wali Kota Bogor", "actor", "Kota Bogor"),
    ),
    (
        "provinsi of a shared name",
        "Provinsi Gorontalo mencatat kenaikan.",
        ("Provinsi Gorontalo", "explicit", "Provinsi Gorontalo"),
    ),
    (
        "jogja alone is the province",
        "Pekerja di Jogja terlindungi.",
        ("Jogja", "alias", "Provinsi Daerah Istimewa Yogyakarta"),
    ),
    (
        "kota jogja is the city",
        "Pemkot Jogja menanggung iuran.",
        ("Pemkot Jogja", "actor", "Kota Yogyakarta"),
    ),
    ("batu needs kota", "Pemkot Batu menanggung iuran.", ("Pemkot Batu", "actor", "Kota Batu")),
    ("nickname", "Capaian UCJ di Bumi Batiwakkal naik.", ("Bumi Batiwakkal", "alias", "Kabupaten Berau")),
    (
        "branch office",
        "BPJS Ketenagakerjaan Cabang Bogor mencatat kenaikan.",
        ("Cabang Bogor", "office", "Kota Bogor"),
    ),
    (
        "regional office",
        "Kanwil BPJS Ketenagakerjaan Jawa Timur mencatat kenaikan.",
        ("BPJS Ketenagakerjaan Jawa Timur", "office", "Provinsi Jawa Timur"),
    ),
    (
        "office head only speaks",
        "Kepala BPJS Ketenagakerjaan Cabang Berau, Lidya, menjelaskan syaratnya.",
        ("Cabang Berau", "source", "Kabupaten Berau"),
    ),
    (
        "province after its regency",
        "Kabupaten Sikka, Nusa Tenggara Timur, mencatat kenaikan.",
        ("Nusa Tenggara Timur", "qualifier", "Provinsi Nusa Tenggara Timur"),
    ),
    (
        "compared region",
        "Kabupaten Deli Serdang, tetangga Medan, melampaui target.",
        ("Medan", "comparison", "Kota Medan"),
    ),
    (
        "an example with its level",
        "Di beberapa daerah seperti Kabupaten Lahat cakupannya sudah di atas 60 persen.",
        ("Kabupaten Lahat", "example", "Kabupaten Lahat"),
    ),
    (
        "where it was said",
        '"Kami bergerak cepat," ujarnya di Samarinda.',
        ("Samarinda", "venue", "Kota Samarinda"),
    ),
    (
        "where a recent meeting was held",
        "Dalam rapat kerja di Samarinda pekan lalu, Disnaker memaparkan capaian kepesertaan.",
        ("Samarinda", "venue", "Kota Samarinda"),
    ),
    (
        "where figures of last year are",
        "Peserta di Samarinda tahun lalu mencapai 120 ribu orang.",
        ("Samarinda", "bare", "Kota Samarinda"),
    ),
    (
        "where it was held",
        "Rapat berlangsung di Denpasar, Selasa (15/4/2025).",
        ("Denpasar", "venue", "Kota Denpasar"),
    ),
    ("national", "Secara nasional, capaian UCJ masih rendah.", ("Secara nasional", "national", "Indonesia")),
    (
        "no-break space",
        "Pemkab\u00a0Kukar menanggung iuran.",
        ("Pemkab\u00a0Kukar", "actor", "Kabupaten Kutai Kartanegara"),
    ),
    (
        "national average",
        "Angka itu di atas rata-rata nasional.",
        ("rata-rata nasional", "national", "Indonesia"),
    ),
    (
        "a city's nickname",
        "Cakupan di Kota Taman itu paling tinggi.",
        ("Kota Taman", "alias", "Kota Bontang"),
    ),
    (
        "the nation's rate after the programme's abbreviation in brackets",
        "Angka itu di bawah Universal Coverage Jamsostek (UCJ) nasional.",
        ("UCJ) nasional", "national", "Indonesia"),
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in RECOGNISED], ids=[c[0] for c in RECOGNISED])
def test_recognised(nlp, text, expected):
    assert expected in mentions(nlp, text)


NOT_REGIONS = [
    ("common words in lower case", "Di medan yang berat, ketok palu tertunda dan batang pohon tumbang."),
    ("street", "Kantornya di Jalan Sulawesi nomor 5."),
    ("bank", "Bank Sumut menyalurkan dana."),
    ("lake", "Wisatawan memadati Danau Toba."),
    ("island", "Nelayan Pulau Nias melaut."),
    ("a second river", "Penambang bekerja di Sungai Batang Merangin dan Batang Tembesi."),
    ("newspaper", "Kaltim Post memuat berita itu."),
    ("a site named latest news of a province", "Sumsel Terkini menemui Kepala Dinas di kantornya."),
    ("a news site", "Seperti diberitakan Jambi News, pendaftaran dibuka."),
    ("an online paper", "Redaksi Riau Online menerima surat pembaca."),
    ("a times", "Dilansir dari Malang Times, acara berlangsung meriah."),
    ("a daily", "Wartawan Bali Daily hadir di sana."),
    ("person", "Wamendagri Bima Arya memberi arahan."),
    ("common word alone", "Batu dan pasir diangkut truk."),
    ("kecamatan", "Warga Kecamatan Kubu terdaftar."),
    ("a room named after a region", "Acara digelar di Ruang Meranti, Kantor Bupati."),
    ("an acronym written as a first name", "Hal itu disampaikan Kepala Bidang Oku Pratama kemarin."),
]


@pytest.mark.parametrize("text", [c[1] for c in NOT_REGIONS], ids=[c[0] for c in NOT_REGIONS])
def test_not_a_region(nlp, text):
    assert mentions(nlp, text) == []


SHARED_NAMES = [
    (
        "bare name after Pemkab is the regency",
        "Pemkab Bogor mendata pekerja. Warga Bogor menyambut baik.",
        ("Bogor", "bare", "Kabupaten Bogor"),
    ),
    (
        "bare name after Wali Kota is the city",
        "Wali Kota Malang meninjau pasar. Pedagang Malang menyambut baik.",
        ("Malang", "bare", "Kota Malang"),
    ),
    (
        "a later explicit mention decides a title",
        "Dua Pemda di Blitar Bergerak\n\nPemkab Blitar menanggung iuran pekerja rentan.",
        ("Blitar", "bare", "Kabupaten Blitar"),
    ),
    (
        "a Pemkab-led story makes a bare name the regency",
        "Pemkab menambah kuota. Pekerja di Tegal menyambut baik.",
        ("Tegal", "bare", "Kabupaten Tegal"),
    ),
    (
        "a dateline names the town",
        "Judul\n\nSEMARANG – Pemerintah Kabupaten Semarang mendaftarkan perangkat desa sebagai peserta "
        "BPJS Ketenagakerjaan tahun ini dengan anggaran daerah.",
        ("SEMARANG", "dateline", "Kota Semarang"),
    ),
    (
        "the province of the text decides an alias",
        "Pemprov Kalteng menambah kuota. Di Mura, pekerja rentan bertambah.",
        ("Mura", "alias", "Kabupaten Murung Raya"),
    ),
    (
        "the same alias in another province",
        "Pemprov Sumsel menambah kuota. Di Mura, pekerja rentan bertambah.",
        ("Mura", "alias", "Kabupaten Musi Rawas"),
    ),
    (
        "a government without its name",
        "Pemkab Sikka menggelar rapat. Pemkab menargetkan kenaikan.",
        ("Pemkab", "deictic", "Kabupaten Sikka"),
    ),
    (
        "this province",
        "Capaian UCJ Provinsi Papua rendah. Peserta di provinsi ini bertambah.",
        ("provinsi ini", "deictic", "Provinsi Papua"),
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in SHARED_NAMES], ids=[c[0] for c in SHARED_NAMES]
)
def test_a_shared_name_takes_the_region_the_text_decides(nlp, text, expected):
    assert expected in mentions(nlp, text)


def test_names_with_a_typing_error_remembered_across_docs_are_still_found(nlp, monkeypatch):
    marker = nlp.get_pipe("regions")
    text = "Cakupan BPJS Ketenagakerjaan Kabupaten Bone Boalngo sudah 60 persen kata Ketua Hadi Sutrisno."
    expected = [("Kabupaten Bone Boalngo", "Kabupaten Bone Bolango")]

    def found(article=text):
        return [(name, region) for name, _, region in mentions(nlp, article)]

    assert found() == expected
    assert "boneboalngo" in marker.squashed_seen
    assert found() == expected  # remembered
    monkeypatch.setattr(regionmentions, "SQUASHED_SEEN_KEPT", 2)
    assert found(text.replace("Hadi Sutrisno", "Yohanes Bartolomeus Simanjuntak")) == expected
    assert 0 < len(marker.squashed_seen) <= 2, "the memory is emptied when full"


def test_several_regions_at_once_are_groups_not_regions(nlp):
    doc = analyse(
        nlp,
        "Kanwil Sumbagut melayani dua provinsi, sedangkan wilayah kerja Kanwil Banuspa mencakup Tanah Papua.",
    )
    assert [g.text for g in doc.spans[regions.GROUP_KEY]] == [
        "Sumbagut",
        "dua provinsi",
        "wilayah kerja",
        "Banuspa",
        "Tanah Papua",
    ]
    assert list(doc.spans[regions.SPAN_KEY]) == []


# --- attribution -------------------------------------------------------------------------------

ATTRIBUTED = [
    (
        "where the workers are, not who pays",
        "Pemerintah Provinsi Jawa Barat tahun ini membiayai iuran 41.200 pekerja rentan di Kabupaten Bogor.",
        "41.200",
        ["Kabupaten Bogor"],
    ),
    (
        "the nearest name before, clause by clause",
        "Capaian UCJ Kabupaten Blitar kini 29,6 persen, sedangkan Kota Blitar sudah 47,15 persen.",
        "47,15 persen",
        ["Kota Blitar"],
    ),
    (
        "Pemkot and Pemkab of one name",
        "Pemkot Tegal membiayai 5.600 pekerja rentan, dan Pemkab Tegal 11.250 pekerja rentan.",
        "11.250",
        ["Kabupaten Tegal"],
    ),
    (
        "several regions together are none",
        "Jumlah peserta aktif di Jateng dan DIY mencapai 3,47 juta orang.",
        "3,47 juta",
        [],
    ),
    (
        "a total over a province's regions stays on the province",
        "Pemprov Kaltim sendiri tahun ini membiayai iuran 60 ribu pekerja rentan di sepuluh kabupaten/kota.",
        "60 ribu",
        ["Provinsi Kalimantan Timur"],
    ),
    (
        "a total over two provinces is none",
        "Kanwil mencatat peserta aktif di dua provinsi tersebut mencapai 3,62 juta orang, dan 3,08 juta di "
        "antaranya berada di Jawa Tengah.",
        "3,62 juta",
        [],
    ),
    (
        "its part in one province is that province",
        "Kanwil mencatat peserta aktif di dua provinsi tersebut mencapai 3,62 juta orang, dan 3,08 juta di "
        "antaranya berada di Jawa Tengah.",
        "3,08 juta",
        ["Provinsi Jawa Tengah"],
    ),
    (
        "a branch total is none",
        "Kepala Cabang Pekalongan menjelaskan kantornya melayani empat daerah, yakni Kota Pekalongan, "
        "Kabupaten Pekalongan, Kabupaten Batang, dan Kabupaten Pemalang. Secara keseluruhan, peserta "
        "aktif di wilayah kerja cabang tersebut mencapai 187.400 orang.",
        "187.400",
        [],
    ),
    (
        "a figure of an office alone is none",
        "BPJS Ketenagakerjaan Cabang Madiun mencatat 312.640 peserta aktif.",
        "312.640",
        [],
    ),
    (
        "a regional office of one province is the province",
        "Kanwil BPJS Ketenagakerjaan Jawa Timur mencatat 4,2 juta peserta aktif.",
        "4,2 juta",
        ["Provinsi Jawa Timur"],
    ),
    (
        "a multi-province regional office is none",
        "Kanwil Sumbagut sendiri membawahi dua provinsi, yakni Sumut dan Aceh, dengan total peserta aktif "
        "sekitar 2,97 juta orang.",
        "2,97 juta",
        [],
    ),
    (
        "a region the office's figure is tied to",
        "BPJS Ketenagakerjaan Cabang Watampone mencatat 2.430 anak buah kapal di Bone kini terdaftar.",
        "2.430",
        ["Kabupaten Bone"],
    ),
    (
        "a provincial official quoting a regency",
        'Kepala Disnakertrans Kaltim menyebut, "Mahulu memang masih kecil, sekitar 4.100 peserta."',
        "4.100",
        ["Kabupaten Mahakam Ulu"],
    ),
    (
        "masing-masing gives the figure to each",
        "Kabupaten Kutai Barat dan Mahakam Ulu masing-masing menargetkan 5.000 peserta baru.",
        "5.000",
        ["Kabupaten Kutai Barat", "Kabupaten Mahakam Ulu"],
    ),
    (
        "masing-masing with two figures gives them in order",
        "Kota Bontang dan Kabupaten Berau masing-masing mendaftarkan 1.200 dan 3.400 pekerja rentan.",
        "3.400",
        ["Kabupaten Berau"],
    ),
    (
        "masing-masing of heirs is not a list of regions",
        "Pihaknya membayarkan santunan kepada 31 ahli waris nelayan di Aceh Besar, masing-masing Rp 42 juta.",
        "Rp 42 juta",
        ["Kabupaten Aceh Besar"],
    ),
    (
        "the province after its regency only places it",
        "Capaian UCJ di Kabupaten Sikka, Nusa Tenggara Timur, baru 18,06 persen.",
        "18,06 persen",
        ["Kabupaten Sikka"],
    ),
    (
        "a comparison after a comma does not take the figure",
        "Capaian UCJ Kota Kupang saat ini 44,7 persen, tertinggi di antara kabupaten/kota di NTT.",
        "44,7 persen",
        ["Kota Kupang"],
    ),
    (
        "the regions a region is ranked among and their province only place it",
        "Kabupaten Dompu menempati peringkat ke-6 dari 10 kabupaten/kota di NTB dengan UCJ 33,8 persen.",
        "33,8 persen",
        ["Kabupaten Dompu"],
    ),
    (
        "a ranking's field of regions counted in words owns no figure",
        "Kota Tidore Kepulauan ada di urutan kedua dari sepuluh daerah dengan cakupan 47,2 persen.",
        "47,2 persen",
        ["Kota Tidore Kepulauan"],
    ),
    (
        "the region compared with is not the figure's",
        "Berbeda dengan Medan, Kabupaten Deli Serdang justru melampaui target. Capaian UCJ kabupaten "
        "tetangga Medan itu sudah 52,3 persen.",
        "52,3 persen",
        ["Kabupaten Deli Serdang"],
    ),
    (
        "that city, in the sentence after one compared with, is the one compared",
        "Capaian UCJ Kota Bitung baru 31 persen. Bandingkan dengan Kota Manado yang UCJ-nya sudah 41,9%. "
        "Kota itu juga sudah menanggung iuran 17.000 pekerja rentan.",
        "17.000",
        ["Kota Manado"],
    ),
    (
        "the place pointed at, in the sentence after one compared with, is the one compared",
        "Capaian UCJ Kabupaten Nunukan baru 23 persen. Bandingkan dengan Kabupaten Bulungan, yang sudah "
        "37,5 persen. Daerah tersebut juga menanggung iuran 9.800 pekerja rentan.",
        "9.800",
        ["Kabupaten Bulungan"],
    ),
    (
        "no place pointed at, after one compared with, is the story's own",
        "Capaian UCJ Kabupaten Nunukan baru 23 persen. Bandingkan dengan Kabupaten Bulungan, yang sudah "
        "37,5 persen. Pemkab juga menanggung iuran 4.100 pekerja rentan.",
        "4.100",
        ["Kabupaten Nunukan"],
    ),
    (
        "the regions of a table's rows leave a government after it the story's",
        "Pemkab Konawe Daftarkan Petani\n\nUNAAHA – Capaian UCJ Kabupaten Konawe baru 24,8 persen.\n\n"
        "Daerah | Peserta Aktif | UCJ (%)\nKabupaten Konawe | 32.240 | 24,8\nKabupaten Kolaka | 28.730 | "
        "22,2\n\nPemkab menyiapkan program serupa untuk nelayan dengan sasaran sekitar 2.000 orang.",
        "2.000",
        ["Kabupaten Konawe"],
    ),
    (
        "the province's capital, unnamed, is its seat",
        "Capaian UCJ Provinsi Kalimantan Timur 38 persen. Ia mencontohkan ibu kota provinsi yang "
        "cakupannya sudah 58,2 persen.",
        "58,2 persen",
        ["Kota Samarinda"],
    ),
    (
        "the province's capital in apposition describes the city named",
        "Capaian UCJ Provinsi Kalimantan Timur 38 persen. Adapun Kota Balikpapan, ibu kota provinsi "
        "lama, mencapai 47,2 persen.",
        "47,2 persen",
        ["Kota Balikpapan"],
    ),
    (
        "each of the regions listed after a figure and masing-masing",
        "Pemprov Kaltim tahun ini mengalokasikan kuota 2.500 pekerja rentan masing-masing untuk Kabupaten "
        "Berau dan Kabupaten Paser.",
        "2.500",
        ["Kabupaten Berau", "Kabupaten Paser"],
    ),
    (
        "this city, after one compared with, is the story's own",
        "Capaian UCJ Kota Bitung baru 31 persen. Bandingkan dengan Kota Manado yang UCJ-nya sudah 41,9%. "
        "Kota ini baru menanggung iuran 8.500 pekerja rentan.",
        "8.500",
        ["Kota Bitung"],
    ),
    (
        "a neighbour compared in apposition with its own figure leaves the story its region",
        "Cakupan Kabupaten Banyumas 27,4 persen. Angka itu di bawah rata-rata Jateng yang 30,8 persen, "
        "tetapi di atas tetangganya, Purbalingga, yang 22,1 persen.\n\n"
        "Sepanjang tahun, 57 ahli waris menerima santunan kematian Rp42 juta.",
        "57",
        ["Kabupaten Banyumas"],
    ),
    (
        "a neighbour in apposition as the new subject takes the figures after it",
        "Cakupan Kabupaten Banyumas 27,4 persen.\n\nKondisi di wilayah tetangga, Kabupaten Purbalingga, tak "
        "jauh berbeda. Capaian di kabupaten itu baru 22,1 persen.",
        "22,1 persen",
        ["Kabupaten Purbalingga"],
    ),
    (
        "a neighbour opening its own sentence owns its figure",
        "Capaian UCJ Kabupaten Garut 31 persen. Tetangga kami, Kabupaten Ciamis, sudah 42 persen.",
        "42 persen",
        ["Kabupaten Ciamis"],
    ),
    (
        "a government without a name after a neighbour is the story's own",
        "Capaian UCJ Kabupaten Garut 31 persen. Tetangga kami, Kabupaten Ciamis, sudah 42 persen. "
        "Karena itu Pemkab menyiapkan anggaran Rp 3 miliar.",
        "Rp 3 miliar",
        ["Kabupaten Garut"],
    ),
    (
        "a government after a neighbour is the story's own though the neighbour was named before too",
        "Kabupaten Ciamis menggelar pameran.\n\nCapaian UCJ Kabupaten Garut 31 persen. Tetangga kami, "
        "Kabupaten Ciamis, sudah 42 persen. Karena itu Pemkab menyiapkan anggaran Rp 3 miliar.",
        "Rp 3 miliar",
        ["Kabupaten Garut"],
    ),
    (
        "a regent's room after a neighbour in a quotation is the story's own",
        "Bupati Garut dan Bupati Ciamis meneken kerja sama jalan.\n\nCapaian UCJ Kabupaten Garut 31 persen. "
        '"Kabupaten tetangga, Ciamis, sudah 42 persen," ujar Rudi di ruang rapat bupati.\n\n'
        "Ia meminta desa menganggarkan Rp 3 miliar.",
        "Rp 3 miliar",
        ["Kabupaten Garut"],
    ),
    (
        "a bare name after a list of regions goes on with the one named on its own",
        "Capaian UCJ Provinsi Jambi 32 persen. Per daerah, Kota Jambi 51 persen, Muaro Jambi 35 persen dan "
        "Batanghari 27 persen.\n\nTarget UCJ Jambi tahun depan 38 persen.",
        "38 persen",
        ["Provinsi Jambi"],
    ),
    (
        "a bare name after its twin named on its own is the twin",
        "Capaian UCJ Provinsi Jambi 32 persen. Di Kota Jambi capaiannya 51 persen.\n\n"
        "Target UCJ Jambi tahun depan 58 persen.",
        "58 persen",
        ["Kota Jambi"],
    ),
    (
        "the province a region is ranked among places the ranking only",
        "Cakupan UCJ Kabupaten Badung 71 persen, tertinggi di antara sembilan kabupaten/kota di Bali.\n\n"
        "Kepala BPJS Ketenagakerjaan Cabang Badung menyebut klaim yang dibayarkan Rp 486 miliar.",
        "Rp 486 miliar",
        ["Kabupaten Badung"],
    ),
    (
        "a branch named after a neighbour only speaks: the regency it points at is the story's",
        "Pemkab Karangasem menanggung iuran 18.450 pekerja rentan.\n\nKepala BPJS Ketenagakerjaan Cabang "
        "Klungkung menyebut pihaknya membayar santunan kepada 37 ahli waris pekerja rentan di kabupaten "
        "tersebut.",
        "37",
        ["Kabupaten Karangasem"],
    ),
    (
        "a branch of another level than the story's names what points at its level",
        "Pemkot Surabaya menanggung iuran 18.450 pekerja rentan.\n\nKepala BPJS Ketenagakerjaan Cabang "
        "Sidoarjo menyebut pihaknya membayar santunan kepada 37 ahli waris pekerja rentan di kabupaten "
        "tersebut.",
        "37",
        ["Kabupaten Sidoarjo"],
    ),
    (
        "a neighbour compared with owns where it stands",
        "Cakupan UCJ Provinsi Jawa Barat baru 39 persen. Sebagai perbandingan, provinsi tetangga Jawa Tengah "
        "sudah berada di angka 47,2 persen.",
        "47,2 persen",
        ["Provinsi Jawa Tengah"],
    ),
    (
        "a government pointing back after a neighbour is the neighbour's",
        "Capaian UCJ Kabupaten Garut 31 persen. Di kabupaten tetangga, Ciamis, pemkab setempat "
        "menyiapkan anggaran Rp 3 miliar.",
        "Rp 3 miliar",
        ["Kabupaten Ciamis"],
    ),
    (
        "the paragraph after a neighbour's goes back to the story's region",
        "Capaian UCJ Kabupaten Garut 31 persen. Tetangga kami, Kabupaten Ciamis, sudah 42 persen.\n\n"
        "Sepanjang tahun, 57 ahli waris menerima santunan kematian.",
        "57",
        ["Kabupaten Garut"],
    ),
    (
        "a region said to border directly on another is compared with it",
        "Cakupan Lampung Tengah baru 31 persen. Sebagai perbandingan, Kota Metro yang berbatasan langsung "
        "dengan Lamteng sudah mencapai cakupan 44,8 persen.",
        "44,8 persen",
        ["Kota Metro"],
    ),
    (
        "the central government's target is the nation's",
        "Cakupan di Kabupaten Bantul baru 22 persen. Pemerintah pusat menetapkan sasaran cakupan 45 persen "
        "pada 2029.",
        "45 persen",
        ["Indonesia"],
    ),
    (
        "the national average",
        "Capaian UCJ kota ini 45,6 persen, di atas rata-rata Kalimantan Selatan yang 38,1 persen dan "
        "rata-rata nasional yang 35,4 persen.",
        "35,4 persen",
        ["Indonesia"],
    ),
    (
        "the province compared with has its own figure",
        "Capaian UCJ kota ini 45,6 persen, di atas rata-rata Kalimantan Selatan yang 38,1 persen dan "
        "rata-rata nasional yang 35,4 persen.",
        "38,1 persen",
        ["Provinsi Kalimantan Selatan"],
    ),
    (
        "a region compared with keeps its own figure",
        "Capaian UCJ di Lamsel naik menjadi 36 persen. Angka ini lebih tinggi dibanding Lampung Tengah "
        "yang 31 persen.",
        "31 persen",
        ["Kabupaten Lampung Tengah"],
    ),
    (
        "the sentence before carries its region",
        "Kepala Dinas Tenaga Kerja Kabupaten Bogor menyebut penduduk bekerja sekitar 2,6 juta orang. Dari "
        "jumlah itu, diperkirakan masih ada 780 ribu pekerja rentan yang belum terlindungi.",
        "780 ribu",
        ["Kabupaten Bogor"],
    ),
    (
        "where something was said does not take the figure",
        'Jumlah pekerja yang sudah terlindungi di Maluku mencapai 231.600 orang. "Masih ada sekitar 297 '
        'ribu pekerja yang belum terdaftar," katanya di Ambon, Senin (6/5/2024).',
        "297 ribu",
        ["Provinsi Maluku"],
    ),
    (
        "a government quoted after the figure",
        "Pemkot Blitar dan Pemkab Blitar memperluas perlindungan. Jumlah itu akan ditambah menjadi 10.000 "
        "pekerja tahun depan, kata Bupati Blitar.",
        "10.000",
        ["Kabupaten Blitar"],
    ),
    (
        "a government without its name",
        "Di Kota Gorontalo, Pemkot menanggung iuran 6.750 pekerja. Tahun ini Pemkot menambah 2.250 peserta "
        "baru.",
        "2.250",
        ["Kota Gorontalo"],
    ),
    (
        "this province",
        "Capaian UCJ Provinsi Papua per Juli 2025 baru 31,2 persen. Jumlah peserta aktif di provinsi ini "
        "sekitar 172 ribu orang.",
        "172 ribu",
        ["Provinsi Papua"],
    ),
    (
        "the figure's noun owns the region after it",
        "Baru 1.384 Petani dan Nelayan Balikpapan Terlindungi Jamsostek",
        "1.384",
        ["Kota Balikpapan"],
    ),
    (
        "a list item after a figure owns the next figure",
        "Kuota untuk Kabupaten Mimika 5.000 orang dan Kabupaten Puncak Jaya 1.200 orang.",
        "5.000",
        ["Kabupaten Mimika"],
    ),
    (
        "a region set beside the story's in the paragraph before is not carried on",
        "Santunan Pekerja Sawit di Kabupaten Sanggau\n\n"
        "BPJS Ketenagakerjaan Cabang Sanggau membayar klaim Rp 9,4 miliar kepada 1.120 peserta di "
        "Kabupaten Sanggau. Adapun di Kabupaten Sekadau, klaim yang dibayarkan Rp 2,1 miliar.\n\n"
        "Kepala cabang juga menyerahkan santunan kepada tiga ahli waris pekerja kebun, Senin.",
        "tiga",
        ["Kabupaten Sanggau"],
    ),
    (
        "the origin of the people counted comes before a sea named after an island",
        "Nelayan Tewas di Laut\n\nBPJS Ketenagakerjaan Cabang Sibolga menyerahkan santunan kepada empat ahli "
        "waris nelayan asal Kabupaten Tapanuli Tengah yang hilang di perairan barat Sumatera.",
        "empat",
        ["Kabupaten Tapanuli Tengah"],
    ),
    (
        "a coast named by a direction before an island is no region of the next sentence",
        "Santunan Nelayan Cilacap\n\nDi Kabupaten Cilacap, dua nelayan hilang saat melaut di pantai "
        "selatan Jawa pekan lalu. Total santunan yang diserahkan kepada ahli waris Rp 84 juta.",
        "Rp 84 juta",
        ["Kabupaten Cilacap"],
    ),
    (
        "every regency and city asked to pay is no one regency the next quote is about",
        "UCJ Kepri Naik\n\nPemprov Kepri menanggung iuran pekerja rentan. Di Lingga, baru 9.100 orang "
        "terdaftar.\n\nPemprov menargetkan cakupan Kepri pada 2026 naik ke 58 persen. Karena itu Kadis "
        "meminta pemerintah kabupaten/kota ikut menanggung iuran nelayan.\n\n"
        '"Tahun depan kami usulkan kuotanya naik menjadi 31.500 pekerja rentan," ujarnya.',
        "31.500",
        ["Provinsi Kepulauan Riau"],
    ),
    (
        "a branch whose area covers one region alone speaks of that region",
        "Klaim di Kawasan Industri\n\nBPJS Ketenagakerjaan Kantor Cabang Cileungsi, yang wilayah kerjanya "
        "meliputi Kabupaten Bogor, membayar klaim Rp 41 miliar.\n\nSepanjang 2025, beasiswa disalurkan "
        "kepada 143 anak peserta.",
        "143",
        ["Kabupaten Bogor"],
    ),
    (
        "a branch whose area covers two regions speaks of neither alone",
        "Klaim di Kawasan Industri\n\nBPJS Ketenagakerjaan Kantor Cabang Cileungsi, yang wilayah kerjanya "
        "meliputi Kabupaten Bogor dan Kota Depok, membayar klaim Rp 41 miliar.\n\nSepanjang 2025, "
        "beasiswa disalurkan kepada 143 anak peserta.",
        "143",
        [],
    ),
    (
        "a region set beside in the same paragraph goes on in it",
        "Santunan Pekerja Sawit di Kabupaten Sanggau\n\n"
        "BPJS Ketenagakerjaan Cabang Sanggau membayar klaim Rp 9,4 miliar di Kabupaten Sanggau. "
        "Adapun di Kabupaten Sekadau, klaim dibayarkan Rp 2,1 miliar. Klaim itu untuk 310 peserta.",
        "310",
        ["Kabupaten Sekadau"],
    ),
]


@pytest.mark.parametrize(
    ("text", "quote", "expected"), [c[1:] for c in ATTRIBUTED], ids=[c[0] for c in ATTRIBUTED]
)
def test_attributed(nlp, text, quote, expected):
    assert regions_of(nlp, text, quote) == expected


ARTICLE = """DPRD Desak Pemprov Sumut Tambah Anggaran Jamsostek

Jumat, 31 Oktober 2025 | 17:45 WIB

MEDAN – Komisi E DPRD Sumatera Utara (Sumut) mendesak Pemerintah Provinsi Sumut memperbesar alokasi \
anggaran iuran BPJS Ketenagakerjaan bagi pekerja rentan, setelah capaian UCJ Sumut baru 39,8 persen.

Medan Terendah

Yang paling disorot adalah Kota Medan. Capaian UCJ ibu kota provinsi itu baru 24,6 persen.

Anggaran Dinilai Kecil

Untuk 2026, Komisi E meminta anggaran iuran pekerja rentan dinaikkan menjadi Rp 15 miliar.
"""


MASTHEAD = (
    "KABAR Sumsel\nBeranda | Daerah | Ekonomi | Olahraga\nPalembang 31°C Cerah | Kurs USD/IDR 16.540\n\n"
    "Muara Enim tanggung iuran 9.100 pekerja rentan\n\n"
    "Muara Enim (ANTARA) - Pemerintah kabupaten menanggung iuran BPJS Ketenagakerjaan bagi 9.100 "
    "pekerja rentan sepanjang tahun ini dari APBD dan APBD Perubahan.\n"
)


def test_a_masthead_and_a_weather_widget_above_the_title_name_the_outlet_not_the_story(nlp):
    doc = analyse(nlp, MASTHEAD)
    assert doc._.main_region.name == "Kabupaten Muara Enim"
    assert doc_text(doc)[: doc._.region_layout.title_end].endswith("9.100 pekerja rentan")


def test_the_article_is_about_its_title_and_lead_not_its_dateline(nlp):
    doc = analyse(nlp, ARTICLE)
    assert doc._.main_region.name == "Provinsi Sumatera Utara"
    assert ("MEDAN", "dateline", "Kota Medan") in mentions(nlp, ARTICLE)


@pytest.mark.parametrize(
    ("quote", "expected"),
    [("24,6 persen", "Kota Medan"), ("Rp 15 miliar", "Provinsi Sumatera Utara")],
    ids=["a section about one region", "a new section falls back on the article"],
)
def test_a_subheading_starts_a_new_context(nlp, quote, expected):
    assert regions_of(nlp, ARTICLE, quote) == [expected]


def test_a_breadcrumb_names_a_desk_not_the_story(nlp):
    text = (
        "Beranda > Sumut > Ekonomi\n\nPemkot Tambah Kuota Pekerja Rentan\n\nSibolga (ANTARA) - Cakupan "
        "perlindungan jaminan sosial ketenagakerjaan baru 33,2 persen hingga akhir September 2025.\n"
    )
    assert analyse(nlp, text)._.main_region.name == "Kota Sibolga"


def test_a_dateline_in_a_seat_of_government_supports_its_regency(nlp):
    text = (
        "Pekerja Rentan Kini Terlindungi Jamsostek\n\nTANJUNG REDEB – Sebanyak 11.872 pekerja rentan kini "
        "terlindungi program BPJS Ketenagakerjaan dengan iuran yang dibayar pemerintah daerah.\n"
    )
    assert analyse(nlp, text)._.main_region.name == "Kabupaten Berau"


SEAT_TOWN_AND_OFFICE = {
    "the seat town named again as a place, a regional office in the title": (
        "1.800 Nelayan di Sangatta Dapat Kartu Jamsostek, Kanwil Kalimantan Minta Desa Ikut Menanggung\n\n"
        "Senin, 4 Mei 2026\n\nSANGATTA – Sebanyak 1.800 nelayan di Sangatta dan sekitarnya menerima "
        "kartu BPJS Ketenagakerjaan. Iuran mereka ditanggung APBD senilai Rp 388 juta.\n",
        {"1.800": "Kabupaten Kutai Timur", "Rp 388 juta": "Kabupaten Kutai Timur"},
    ),
    "the seat town only in a branch office's name, the regional office the subject": (
        "Kanwil Kalimantan Catat 1.800 Nelayan Terlindungi\n\nSenin, 4 Mei 2026\n\nSANGATTA – Kantor "
        "Wilayah BPJS Ketenagakerjaan Kalimantan bersama BPJS Ketenagakerjaan Cabang Sangatta mencatat "
        "1.800 nelayan kini terlindungi. Iuran mereka ditanggung APBD senilai Rp 388 juta.\n",
        {},
    ),
}


@pytest.mark.parametrize(("text", "expected"), SEAT_TOWN_AND_OFFICE.values(), ids=SEAT_TOWN_AND_OFFICE)
def test_a_seat_town_named_again_outweighs_a_regional_office(nlp, text, expected):
    facts = run_text(nlp, text, date(2026, 5, 4)).facts
    assert {f.quote: f.region for f in facts} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "UCJ Banyumas Tembus 40 Persen\n\nPURWOKERTO – Capaian UCJ Kabupaten Banyumas akhir tahun ini 40 "
            "persen, tertinggi di wilayah kerja cabang yang juga melayani Purbalingga dan Banjarnegara.\n\n"
            "Sementara Banjarnegara berada di posisi terbawah dengan UCJ 19,4 persen. Peserta aktif di "
            "kabupaten penghasil salak itu sebanyak 58.824 orang.\n",
            "Kabupaten Banjarnegara",
            id="the-latest-regency-in-a-story-of-one-without-a-twin",
        ),
        pytest.param(
            "Kota dan Kabupaten Solok Kejar UCJ\n\nSOLOK – Capaian UCJ Kota Solok 52,3 persen, Kabupaten "
            "Solok 22,6 persen, Kota Padang 48 persen.\n\nPeserta aktif di kota sebanyak 17.850 orang.\n",
            "Kota Solok",
            id="the-twin-of-that-level-when-both-are-named",
        ),
    ],
)
def test_a_level_word_alone_names_the_latest_region_of_its_level(nlp, text, expected):
    facts = {f.quote: f.region for f in run_text(nlp, text, date(2024, 12, 30)).facts}
    assert facts[next(q for q in ("58.824", "17.850") if q in facts)] == expected


def test_the_gazetteer_is_read_once_per_patterns_directory():
    assert gazetteer.gazetteer() is gazetteer.gazetteer()


def test_a_fact_carries_the_canonical_name_and_code(nlp):
    outcome = run_text(
        nlp,
        "Pemprov Jawa Barat tahun ini membiayai iuran 41.200 pekerja rentan di Kabupaten Bogor.\n",
        PUBLISHED,
    )
    fact = next(f for f in outcome.facts if f.value == 41200)
    assert (fact.region, fact.region_level, fact.region_code) == ("Kabupaten Bogor", "regency", "32.01")


def test_a_figure_of_several_regions_makes_no_fact(nlp):
    outcome = run_text(
        nlp, "Jumlah peserta aktif di Jateng dan DIY mencapai 3,47 juta orang tahun ini.\n", PUBLISHED
    )
    assert all(f.value != 3470000 for f in outcome.facts)


# --- the development set -----------------------------------------------------------------------

# Totals of a BPJS branch or regional office, or of several regions together: no fact.
MULTI_REGION_TOTALS = {
    "dev-04-pekalongan": [187400],
    "dev-07-madiun": [312640, 96400000000],
    "dev-14-sumut": [2970000],
    "dev-20-jateng": [3620000],
    "dev-21-bali": [1120000000000],
    "dev-37-jayapura": [38700000000],
}


@pytest.fixture(scope="module")
def devset(shared_dir, nlp):
    """The devset run once: gold facts, the regions given to each figure value, the facts made."""
    folder = shared_dir / "devset"
    gold = {json.loads(line)["article"]: json.loads(line) for line in (folder / "gold.jsonl").open()}
    figures, facts = {}, defaultdict(list)
    for article in sources.read_articles(sorted(str(p) for p in folder.glob("*.txt"))):
        key = Path(article.id).stem
        doc = analyse_article(nlp, article)
        by_value = defaultdict(list)
        for quantity in doc.spans[numbers.SPAN_KEY]:
            by_value[quantity._.quantity.value].append([r.name for r in regions.regions_for(quantity)])
        figures[key] = by_value
        facts[key] = [json.loads(json.dumps(fact.to_dict())) for fact in doc._.facts]
    return gold, figures, facts


def analyse_article(nlp, article):
    article = prepare(article)
    doc = nlp.make_doc(article.text)
    doc._.article_id = article.id
    doc._.published = article.published
    return nlp(doc)


def test_every_devset_figure_gets_its_gold_region(devset):
    """By attribution, or, for a standard benefit or premium in a sentence naming no region, by
    the facts stage giving it the article's region (SCHEMA.md flat rates)."""
    gold, figures, facts = devset
    wrong = []
    for key, record in gold.items():
        for fact in record["facts"]:
            given = figures[key].get(Decimal(str(fact["value"])), [])
            made = [f["region"] for f in facts[key] if f["value"] == fact["value"]]
            if not any(fact["region"] in found for found in given) and fact["region"] not in made:
                wrong.append((key, fact["value"], fact["region"], given, made))
    assert wrong == []


@pytest.mark.parametrize("article", sorted(MULTI_REGION_TOTALS))
def test_devset_totals_of_several_regions_get_none(devset, article):
    _, figures, _ = devset
    for value in MULTI_REGION_TOTALS[article]:
        given = figures[article][Decimal(value)]
        assert given and all(found == [] for found in given), (value, given)


def test_devset_scores_no_wrong_region(shared_dir, devset):
    spec = importlib.util.spec_from_file_location("score", shared_dir / "eval" / "score.py")
    scorer = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(scorer)
    _, _, facts = devset
    result, _, _ = scorer.score(scorer.load_gold(shared_dir / "devset" / "gold.jsonl"), facts)
    assert "wrong region" not in result["gold_misses_by_field"], result


NATIONAL_STORY = (
    "detikFinance\nBerita Ekonomi Bisnis\nMarket Info\n\n"
    "BPJS Ketenagakerjaan Catat Peserta Aktif 46,2 Juta\n\n"
    "Ilham Fauzi - detikFinance\nKamis, 16 Okt 2025 14:30 WIB\n\n"
    "Jakarta - BPJS Ketenagakerjaan mencatat jumlah peserta aktif hingga akhir September 2025 mencapai "
    "46,2 juta pekerja. Angka itu disampaikan dalam jumpa pers bersama para direksi.\n\n"
    '"Pekerja yang belum terlindungi masih sekitar 50 juta," ujarnya dalam konferensi pers di Menara '
    "Jamsostek, Jakarta Selatan, Kamis (16/10/2025).\n\n"
    "Adapun Pemprov DKI Jakarta pada 2025 menanggung iuran 61.400 pekerja rentan.\n"
)


def test_a_story_datelined_jakarta_naming_no_region_is_national(nlp):
    facts = {f.quote: f.region for f in run_text(nlp, NATIONAL_STORY, date(2025, 10, 16)).facts}
    assert facts == {
        "46,2 juta": "Indonesia",
        "50 juta": "Indonesia",
        "61.400": "Provinsi Daerah Khusus Ibukota Jakarta",
    }


@pytest.mark.parametrize(
    ("lead", "expected"),
    [
        pytest.param(
            "Jumlah peserta aktif secara nasional mencapai 46,2 juta pekerja.",
            "Indonesia",
            id="lead-national",
        ),
        pytest.param(
            "Pemprov DKI Jakarta mencatat peserta aktif mencapai 6,2 juta pekerja.",
            "Provinsi Daerah Khusus Ibukota Jakarta",
            id="lead-about-jakarta",
        ),
    ],
)
def test_jakarta_atop_a_national_ranking_in_the_title_leaves_the_story_national(nlp, lead, expected):
    text = (
        "Peserta BPJS Ketenagakerjaan Terus Naik, DKI Jakarta Teratas\n\n"
        f"Jakarta (ANTARA) - {lead}\n\n"
        "BPJS Ketenagakerjaan membayar klaim untuk 4,1 juta kasus sepanjang 2024.\n"
    )
    facts = {f.quote: f.region for f in run_text(nlp, text, date(2025, 1, 20)).facts}
    assert facts["4,1 juta"] == expected


def test_a_place_followed_by_a_weekday_is_a_venue(nlp):
    doc = nlp(NATIONAL_STORY)
    venue = [m for m in doc.spans[regions.SPAN_KEY] if m.text == "Jakarta Selatan"]
    assert [m._.mention for m in venue] == ["venue"]


@pytest.mark.parametrize(
    "text, title",
    [
        pytest.param(
            "PROKOM KUKAR\n\nPemkab Kukar Dorong Universal Coverage\n\nIsi.",
            "Pemkab Kukar Dorong Universal Coverage",
            id="desk-label-above",
        ),
        pytest.param(
            "detikFinance\nMarket Info\n\nBPJS Catat Peserta Aktif 46,2 Juta\n\nIsi.",
            "BPJS Catat Peserta Aktif 46,2 Juta",
            id="site-menu-above",
        ),
        pytest.param("Judul\n\nSEMARANG – " + "kata " * 25 + ".", "Judul", id="short-title-before-the-lead"),
        pytest.param(
            "BERAU POS\nHome   Daerah   Opini   Kolom   Indeks\n\nOPINI\n\n"
            "Jalan Panjang Jamsostek di Berau\n\nIsi.",
            "Jalan Panjang Jamsostek di Berau",
            id="a-menu-of-wide-gaps-above",
        ),
        pytest.param(
            "Beranda | Daerah | Ekonomi | Opini\n\nPemkab Berau Tanggung Iuran Nelayan\n\nIsi.",
            "Pemkab Berau Tanggung Iuran Nelayan",
            id="a-menu-of-bars-above",
        ),
        pytest.param(
            "BREAKING NEWS ▸ Kapal Tongkang Kandas di Perairan Manggar Pagi Tadi ▸ Harga Lada Putih Turun "
            "Lagi di Pasar Pagi ▸ Jadwal Kapal Belitung ke Jakarta Berubah\n\n"
            "Pemkab Berau Tanggung Iuran Nelayan\n\nIsi.",
            "Pemkab Berau Tanggung Iuran Nelayan",
            id="a-long-ticker-above",
        ),
    ],
)
def test_the_title_is_the_first_headline_line(text, title):
    title_end = layout.article_layout(text)[0]
    assert text[:title_end].splitlines()[-1] == title


def test_a_province_in_apposition_with_its_abbreviation_only_locates_the_regency(nlp):
    text = (
        "Gunungkidul Daftarkan Perangkat Kalurahan\n\n"
        "WONOSARI – Pemerintah Kabupaten Gunungkidul, Daerah Istimewa Yogyakarta (DIY), mendaftarkan 4.150 "
        "pamong kalurahan sebagai peserta BPJS Ketenagakerjaan pada 2025 dengan iuran dari APBD.\n"
    )
    [fact] = run_text(nlp, text, date(2025, 3, 4)).facts
    assert (fact.value, fact.region) == (4150, "Kabupaten Gunungkidul")


WHOSE_FIGURE = {
    "a province a region is ranked in does not own its figure": (
        "Capaian Jamsostek di Papua Tengah Masih Rendah\n\nNABIRE – Cakupan BPJS Ketenagakerjaan di Provinsi "
        "Papua Tengah baru 11,2 persen. Kabupaten Mimika menjadi daerah dengan peserta terbanyak di provinsi "
        "itu, yakni 23.400 orang.\n",
        date(2025, 10, 1),
        {"11,2 persen": "Provinsi Papua Tengah", "23.400": "Kabupaten Mimika"},
    ),
    "a branch whose area is one region counts for it": (
        "Peserta Jamsostek di Wonogiri Bertambah\n\nWONOGIRI – Kepala BPJS Ketenagakerjaan Cabang Wonogiri "
        "menyebut wilayah kerja kantornya hanya meliputi Kabupaten Wonogiri. Dengan angkatan kerja sekitar "
        "610 ribu orang, cakupan di sana 28,4 persen. Pekan lalu, Bupati Sukoharjo juga hadir.\n\n"
        "Sepanjang 2025, Kantor Cabang Wonogiri membayarkan 9.870 klaim JHT.\n",
        date(2025, 11, 12),
        {"610 ribu": "Kabupaten Wonogiri", "9.870": "Kabupaten Wonogiri"},
    ),
    "a paragraph after regional examples in a national story is the nation's": (
        "Cakupan Jamsostek Nasional Baru 41 Persen\n\nJAKARTA – BPJS Ketenagakerjaan mencatat cakupan "
        "nasional baru 41 persen pada 2025.\n\nKesenjangan antardaerah masih lebar. Kota Madiun, misalnya, "
        "sudah 68,3 persen, sedangkan Kabupaten Asmat baru 6,1 persen.\n\nUntuk program JHT, BPJS "
        "Ketenagakerjaan mencatat 2,9 juta klaim sepanjang 2025.\n",
        date(2025, 11, 27),
        {"6,1 persen": "Kabupaten Asmat", "2,9 juta": "Indonesia"},
    ),
    "a branch named after the province serves the story's city": (
        "900 Tenaga Kontrak Pemkot Ambon Dilindungi Jamsostek\n\nAMBON – BPJS Ketenagakerjaan Cabang Maluku "
        'bekerja sama dengan Pemkot Ambon melindungi tenaga kontrak.\n\n"Jumlah tenaga kontrak peserta '
        'BPJS Ketenagakerjaan Maluku sebanyak 912 orang," ujarnya.\n',
        date(2025, 11, 8),
        {"912": "Kota Ambon"},
    ),
}


@pytest.mark.parametrize(("text", "published", "expected"), WHOSE_FIGURE.values(), ids=WHOSE_FIGURE)
def test_whose_figure_it_is(nlp, text, published, expected):
    facts = {f.quote: f.region for f in run_text(nlp, text, published).facts}
    assert {quote: facts.get(quote) for quote in expected} == expected
