"""The store keeps one row per article and exactly its current facts, atomically."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest
import sqlite_utils

from extractor import api
from extractor.identity import Identity
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
    assert article["id"] == Identity.under().of_path(KUKAR)
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
    assert [r["id"] for r in rows(db, "articles")] == [Identity.under().of_path(batch / "a.txt")]


def failing_fact_inserts(db: Path, article: str | None = None) -> None:
    """Make SQLite itself fail every insert of a fact (of ``article`` only, when given), after
    the article's old facts are deleted and its row written: a failure half way through a save,
    whatever code does the writing."""
    when = f"WHEN NEW.article = '{article}'" if article else ""
    with sqlite3.connect(db) as conn:
        conn.execute(
            f"CREATE TRIGGER failing BEFORE INSERT ON facts {when} "
            "BEGIN SELECT RAISE(ABORT, 'disk I/O error'); END"
        )


def test_a_save_that_fails_half_way_leaves_the_old_rows(tmp_path):
    db = tmp_path / "facts.db"
    run([KUKAR], db)
    before_articles, before_facts = rows(db, "articles"), rows(db, "facts")
    failing_fact_inserts(db)
    with pytest.raises(StoreError, match="cannot store .*: disk I/O error"):
        list(api.run([str(KUKAR)], Settings(db_path=str(db), force=True)))
    assert rows(db, "facts") == before_facts
    assert rows(db, "articles") == before_articles


def test_a_file_that_is_not_a_database_is_a_store_error(tmp_path):
    bad = tmp_path / "facts.db"
    bad.write_text("this is not sqlite " * 100)
    with pytest.raises(StoreError, match="not a usable SQLite database"):
        Store(bad)


# --- Batches, concurrent writers, crashes ---------------------------------------------------------

EXTRACT = Path(sys.executable).with_name("extract")
BERAU = "Pemkab Berau melindungi {n}.872 pekerja rentan BPJS Ketenagakerjaan pada 2024."


def write_jsonl(path: Path, prefix: str, count: int, version: int = 1) -> Path:
    """``count`` one-sentence articles as JSON Lines records ``{prefix}000`` ...: short, so a run
    writes many transactions a second. Each version of an article has a figure of its own."""
    with path.open("w", encoding="utf-8") as out:
        for i in range(count):
            text = BERAU.format(n=10 + i + 1000 * version)
            out.write(json.dumps({"id": f"{prefix}{i:03}", "text": text}) + "\n")
    return path


def snapshot(db: Path) -> dict[str, tuple]:
    """Per article: its text and its facts (everything but the time it was stored)."""
    database = sqlite_utils.Database(db)
    facts: dict[str, list] = {}
    for row in database.query("select * from facts order by id"):
        facts.setdefault(row["article"], []).append(tuple(sorted(row.items())))
    return {
        row["id"]: (row["text"], row["sha256"], tuple(facts.get(row["id"], ())))
        for row in database.query("select * from articles")
    }


def extract_process(*args) -> subprocess.Popen:
    if not EXTRACT.exists():
        pytest.skip("the extract console script is not installed in this environment")
    return subprocess.Popen(
        [str(EXTRACT), *map(str, args)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )


def test_the_database_is_in_wal_mode_so_readers_never_block_a_writer(tmp_path):
    db = tmp_path / "facts.db"
    run([KUKAR], db)
    assert sqlite_utils.Database(db).execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_new_database_another_process_holds_is_waited_for_not_refused(tmp_path):
    # Two ``extract`` runs making one new database at the same moment: while one writes (its
    # tables), the other's switch to WAL, which needs the database alone, is answered "database
    # is locked" at once by SQLite, with no wait.
    db = tmp_path / "facts.db"
    other = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")
    release = threading.Timer(0.3, other.execute, ["COMMIT"])
    release.start()
    try:
        store = Store(db, timeout=30)
    finally:
        release.join()
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_new_database_held_beyond_the_timeout_is_a_clear_error(tmp_path):
    db = tmp_path / "facts.db"
    other = sqlite3.connect(db, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")
    with pytest.raises(StoreError, match=r"facts\.db: .*database is locked"):
        Store(db, timeout=0.2)
    other.execute("COMMIT")


def test_a_batch_is_stored_whole_or_not_at_all(tmp_path):
    db = tmp_path / "facts.db"
    path = write_jsonl(tmp_path / "a.jsonl", "a", 3)
    run([path], db)
    before = snapshot(db)
    changed = write_jsonl(tmp_path / "a.jsonl", "a", 3, version=2)
    failing_fact_inserts(db, "a002")  # the third article of the batch
    with pytest.raises(StoreError, match="cannot store a002: disk I/O error"):
        run([changed], db)
    assert snapshot(db) == before


def test_two_processes_writing_one_database_both_complete(tmp_path):
    db = tmp_path / "facts.db"
    inputs = [write_jsonl(tmp_path / f"{name}.jsonl", name, 300) for name in ("a", "b")]
    writers = [extract_process(path, "--db", db, "--format", "jsonl") for path in inputs]
    # No timing: wait for both; the timeout is only a safety net against a hang.
    results = [writer.communicate(timeout=600) for writer in writers]
    assert [(w.returncode, err) for w, (_, err) in zip(writers, results, strict=True)] == [
        (0, f"300 articles, 300 facts, 0 failed → {db}\n"),
        (0, f"300 articles, 300 facts, 0 failed → {db}\n"),
    ]
    stored = snapshot(db)
    assert sorted(stored) == [f"{name}{i:03}" for name in ("a", "b") for i in range(300)]
    printed = {json.loads(line)["id"] for out, _ in results for line in out.splitlines()}
    assert printed == {dict(fact)["id"] for _, _, facts in stored.values() for fact in facts}


def test_a_run_killed_half_way_leaves_every_article_wholly_old_or_wholly_new(tmp_path):
    count = 600
    old, new = (
        write_jsonl(tmp_path / "old.jsonl", "a", count),
        write_jsonl(tmp_path / "new.jsonl", "a", count, 2),
    )
    run([new], tmp_path / "new.db")
    expected_new = snapshot(tmp_path / "new.db")
    db = tmp_path / "facts.db"
    run([old], db)
    expected_old = snapshot(db)
    assert all(expected_old[i] != expected_new[i] for i in expected_old)

    writer = extract_process(new, "--db", db, "--format", "jsonl")
    writer.stdout.readline()  # the first batch is stored: the run is under way
    writer.kill()  # SIGKILL: no cleanup, no rollback but SQLite's own
    writer.wait(timeout=600)

    assert sqlite_utils.Database(db).execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    stored = snapshot(db)
    assert sorted(stored) == sorted(expected_old)
    mixed = [i for i, row in stored.items() if row not in (expected_old[i], expected_new[i])]
    assert mixed == []
    run([new], db)  # and a re-run finishes the job
    assert snapshot(db) == expected_new


def test_a_figure_too_large_for_sqlite_is_left_out_with_a_warning(tmp_path):
    patterns = tmp_path / "patterns"
    (patterns / "facts").mkdir(parents=True)
    # Money ranges wide enough that a 20-digit budget becomes a fact.
    (patterns / "facts" / "ranges.csv").write_text("metric,min,max\nbudget,1000000,1e30\n", encoding="utf-8")
    path = tmp_path / "kukar.txt"
    path.write_text(
        "Pemkab Kukar membayar iuran BPJS Ketenagakerjaan pekerja rentan dengan anggaran "
        "Rp 12.345.678.901.234.567.890 pada 2025. Pemkab Kukar menambah 13.289 peserta baru "
        "BPJS Ketenagakerjaan pada 2025.\n",
        encoding="utf-8",
    )
    settings = Settings(db_path=str(tmp_path / "facts.db"), patterns=str(patterns))
    [outcome] = api.run([str(path)], settings)
    assert outcome.error is None
    assert [f.value for f in outcome.facts] == [13289]
    assert [r["value"] for r in rows(tmp_path / "facts.db", "facts")] == [13289]
    [warning] = outcome.warnings
    assert (
        "'Rp 12.345.678.901.234.567.890' at 80–109 left out: value 12345678901234567890 is too large"
        in warning
    )
