"""The store keeps one row per article and exactly its current facts, atomically."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import sqlite_utils

from extractor import api
from extractor.settings import Settings
from extractor.store import Store, StoreError

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
KUKAR = CORPUS / "kukar-kaltimtoday-2025-12-01.txt"


def run(paths, db):
    return list(api.run([str(p) for p in paths], Settings(db_path=str(db))))


def rows(db, table):
    return list(sqlite_utils.Database(db).table(table).rows)


def test_articles_and_facts_are_stored_with_every_schema_field(tmp_path):
    db = tmp_path / "facts.db"
    run([KUKAR], db)
    [article] = rows(db, "articles")
    assert article["id"] == str(KUKAR)
    assert article["published"] == "2025-12-01"
    assert len(article["sha256"]) == 64 and article["extractor_version"]
    facts = rows(db, "facts")
    assert len(facts) >= 5
    for field in (
        "region",
        "region_level",
        "region_code",
        "year",
        "as_of",
        "metric",
        "value",
        "value_max",
        "unit",
        "qualifier",
        "program",
        "detail",
        "article",
        "sentence",
        "start",
        "end",
        "quote",
    ):
        assert field in facts[0]
    for fact in facts:
        assert article["text"][fact["start"] : fact["end"]] == fact["quote"]


def test_facts_reference_their_article_by_foreign_key(tmp_path):
    db = tmp_path / "facts.db"
    run([KUKAR], db)
    [fk] = sqlite_utils.Database(db).table("facts").foreign_keys
    assert (fk.column, fk.other_table, fk.other_column) == ("article", "articles", "id")


def test_running_the_same_input_twice_leaves_the_same_rows(tmp_path):
    db = tmp_path / "facts.db"
    run([CORPUS], db)
    first = sorted(r["id"] for r in rows(db, "facts"))
    run([CORPUS], db)
    assert sorted(r["id"] for r in rows(db, "facts")) == first
    assert len(rows(db, "articles")) == len(list(CORPUS.glob("*.txt")))


def test_a_changed_article_replaces_its_facts(tmp_path):
    db = tmp_path / "facts.db"
    path = tmp_path / "berau.txt"
    path.write_text(
        "Senin, 3 Maret 2025\n\nPemkab Berau melindungi 11.872 pekerja rentan.\n", encoding="utf-8"
    )
    run([path], db)
    assert [r["value"] for r in rows(db, "facts")] == [11872]
    path.write_text(
        "Senin, 3 Maret 2025\n\nPemkab Berau melindungi 12.500 pekerja rentan.\n", encoding="utf-8"
    )
    run([path], db)
    assert [r["value"] for r in rows(db, "facts")] == [12500]
    assert len(rows(db, "articles")) == 1


def test_a_bad_file_in_a_batch_is_reported_and_the_rest_is_stored(tmp_path):
    db = tmp_path / "facts.db"
    batch = tmp_path / "batch"
    batch.mkdir()
    shutil.copy(KUKAR, batch / "a.txt")
    (batch / "b.txt").write_bytes(b"\x00\x01\x02binary")
    outcomes = run([batch], db)
    assert [o.error is None for o in outcomes] == [True, False]
    assert "b.txt" in str(outcomes[1].error)
    assert [r["id"] for r in rows(db, "articles")] == [str(batch / "a.txt")]


def test_a_save_that_fails_half_way_leaves_the_old_rows(tmp_path, monkeypatch):
    db = tmp_path / "facts.db"
    run([KUKAR], db)
    before_articles, before_facts = rows(db, "articles"), rows(db, "facts")

    def broken_insert_all(self, *args, **kwargs):
        raise sqlite_utils.db.sqlite3.OperationalError("disk I/O error")

    monkeypatch.setattr(sqlite_utils.db.Table, "insert_all", broken_insert_all)
    with pytest.raises(StoreError, match="cannot store"):
        run([KUKAR], db)
    monkeypatch.undo()
    assert rows(db, "facts") == before_facts
    assert rows(db, "articles") == before_articles


def test_a_file_that_is_not_a_database_is_a_store_error(tmp_path):
    bad = tmp_path / "facts.db"
    bad.write_text("this is not sqlite " * 100)
    with pytest.raises(StoreError, match="not a usable SQLite database"):
        Store(bad)
