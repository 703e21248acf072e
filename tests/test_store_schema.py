"""What the database offers tools that read it: full-text search kept in sync, quantities stored
as numbers of their kind, articles that read as their titles; older databases brought up to date."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
import sqlite_utils

from extractor import api
from extractor.prepare import headline
from extractor.records import Article, Fact
from extractor.settings import Settings
from extractor.store import ARTICLE_COLUMNS, FACT_COLUMNS, Store

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
SAMARINDA = CORPUS / "samarinda-sapos-2025-05-20.txt"


def run(paths, db, **settings) -> list:
    return list(api.run([str(p) for p in paths], Settings(db_path=str(db), **settings)))


def search(db: Path, query: str) -> list[str]:
    return [row["id"] for row in sqlite_utils.Database(db)["articles"].search(query)]


@pytest.fixture
def corpus(tmp_path) -> Path:
    copy = tmp_path / "corpus"
    shutil.copytree(CORPUS, copy)
    return copy


def test_articles_are_searchable_by_title_and_text(tmp_path, corpus):
    db = tmp_path / "f.db"
    run([corpus], db)
    assert sqlite_utils.Database(db)["articles"].detect_fts() == "articles_fts"
    assert search(db, "Sleman") == [str(corpus / "sleman-harianjogja-2024-02-12.txt")]
    assert search(db, "Kukar Dorong") == [str(corpus / "kukar-kaltimtoday-2025-12-01.txt")]


def test_search_follows_every_run(tmp_path, corpus):
    db = tmp_path / "f.db"
    path = corpus / SAMARINDA.name
    run([path], db)
    assert search(db, "Samarinda") == [str(path)]
    renamed = re.sub("samarinda", "Tepian", path.read_text(encoding="utf-8"), flags=re.IGNORECASE)
    path.write_text(renamed, encoding="utf-8")
    run([path], db)
    assert search(db, "Samarinda") == []
    assert search(db, "Tepian") == [str(path)]


def test_money_and_counts_are_integers_and_percentages_reals(tmp_path):
    db = tmp_path / "f.db"
    run([SAMARINDA], db)
    kinds = {
        (row["unit"], row["kind"])
        for row in sqlite_utils.Database(db).query("select unit, typeof(value) as kind from facts")
    }
    assert {("IDR", "integer"), ("person", "integer"), ("percent", "real")} <= kinds
    assert all(kind == "integer" for unit, kind in kinds if unit in ("IDR", "person", "case"))


def test_a_figure_too_precise_for_a_float_is_stored_exactly(tmp_path):
    db = tmp_path / "f.db"
    value = 12_345_678_901_234_567  # past 2**53: a float would round it
    fact = Fact("Indonesia", "national", None, 2025, None, "budget", value, None, "IDR", "exact", None, None,
                "big", "Anggaran Rp 12.345.678.901.234.567.", 9, 35, "Rp 12.345.678.901.234.567")  # fmt: skip
    Store(db).save(Article(id="big", text="Anggaran Rp 12.345.678.901.234.567."), [fact])
    [row] = sqlite_utils.Database(db).query("select value, typeof(value) as kind from facts")
    assert (row["value"], row["kind"]) == (value, "integer")
    [exported] = api.export_facts(db)
    assert exported["value"] == value


HEADLINES = [
    ("kukar-kaltimtoday-2025-12-01.txt", "Pemkab Kukar Dorong Universal Coverage Jamsostek, 13.289 Pekerja "
     "Rentan Masuk Perlindungan Baru"),
    ("kutim-formasi-2024-08-17.txt", "Evolusi Cakupan Jamsostek di Kutim: Pencapaian dari 2022 hingga 2024"),
    ("sleman-harianjogja-2024-02-12.txt",
     "Dua Belas Ribu Petani dan Buruh Sleman Kini Terlindungi Jamsostek"),
]  # fmt: skip


@pytest.mark.parametrize(("name", "title"), HEADLINES, ids=[h[0] for h in HEADLINES])
def test_text_articles_are_stored_with_their_headline_as_title(tmp_path, name, title):
    db = tmp_path / "f.db"
    run([CORPUS / name], db)
    [article] = sqlite_utils.Database(db)["articles"].rows
    assert article["title"] == title


NO_HEADLINE = [
    (
        "running text from the first line",
        "JAKARTA, KOMPAS.com - BPJS Ketenagakerjaan mencatat " + "kata " * 30,
    ),
    ("a dateline alone", "Ambon (ANTARA) -\n\nBPJS Ketenagakerjaan mencatat 10 ribu peserta."),
    ("a desk label", "ARTICLE AD BOX\n\nBPJS Ketenagakerjaan mencatat 10 ribu peserta baru " + "kata " * 30),
    ("one line: the whole text", "Pemkab Berau melindungi 11.872 pekerja rentan pada 2024."),
    ("nothing", ""),
]


@pytest.mark.parametrize("text", [n[1] for n in NO_HEADLINE], ids=[n[0] for n in NO_HEADLINE])
def test_a_text_without_a_headline_gets_no_title(text):
    assert headline(text) is None


def test_a_title_given_by_the_record_is_kept(tmp_path):
    record = {"id": "a", "text": "Judul Berita Yang Panjang Sekali\n\nIsi.", "title": "T"}
    [outcome] = api.extract_articles([record])
    assert outcome.article.title == "T"


def make_old_database(path: Path) -> None:
    """A database as the extractor made it before: FLOAT quantities, no search, no fingerprint."""
    db = sqlite_utils.Database(path)
    articles = {name: kind for name, kind in ARTICLE_COLUMNS.items() if name != "patterns_fingerprint"}
    db["articles"].create(articles, pk="id")
    facts = {**FACT_COLUMNS, "value": float, "value_max": float}
    db["facts"].create(facts, pk="id", foreign_keys=[("article", "articles", "id")])
    db["facts"].create_index(["article"])
    db["facts"].create_index(["region", "year", "metric"])
    db["articles"].insert({"id": "old", "title": "Berita Lama Tentang Kukar", "text": "Isi lama."})
    fact = {name: None for name in FACT_COLUMNS}
    fact.update(id="f", article="old", region="Kota Samarinda", year=2024, metric="claims_paid")
    fact.update(value=3_200_000_000, unit="IDR", qualifier="exact", sentence="", start=0, end=3, quote="")
    db["facts"].insert(fact)


def test_an_older_database_is_brought_up_to_date_when_written(tmp_path):
    path = tmp_path / "old.db"
    make_old_database(path)
    before = sqlite_utils.Database(path).execute("select typeof(value) from facts").fetchone()
    assert before == ("real",)
    Store(path, create=False)  # reading leaves it as it is
    assert sqlite_utils.Database(path)["articles"].detect_fts() is None
    Store(path)
    db = sqlite_utils.Database(path)
    assert db.execute("select value, typeof(value) from facts").fetchone() == (3_200_000_000, "integer")
    assert "patterns_fingerprint" in db["articles"].columns_dict
    indexes = sorted(index.columns for index in db["facts"].indexes if index.origin == "c")
    assert indexes == [["article"], ["region", "year", "metric"]]
    assert [fk.other_table for fk in db["facts"].foreign_keys] == ["articles"]
    assert search(path, "Kukar") == ["old"]


def test_an_older_database_still_answers_exports(tmp_path):
    path = tmp_path / "old.db"
    make_old_database(path)
    [record] = api.export_facts(path)
    assert (record["value"], record["title"]) == (3_200_000_000, "Berita Lama Tentang Kukar")
