"""Extraction on Dask: a real LocalCluster of 2 worker processes gives the facts and rows of a local
run; --parquet writes whole partitions that `extract load` stores as a local run would have."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor import api
from extractor.cli import cli
from extractor.settings import Settings

distributed = pytest.importorskip("distributed")

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
ARTICLES = (
    "select id, url, title, author, outlet, published, text, sha256, extractor_version, "
    "patterns_fingerprint from articles order by id"
)
FACTS = "select * from facts order by id"


@pytest.fixture(scope="module")
def scheduler():
    """The address of a LocalCluster of 2 worker processes, one thread each (started once: each
    worker builds its pipeline on its first partition)."""
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        yield cluster.scheduler_address


@pytest.fixture
def inputs(tmp_path) -> list[str]:
    """The 4 corpus articles, and a JSON Lines file with one of them again under its own id and a
    record without text."""
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    text = (CORPUS / "kukar-kaltimtoday-2025-12-01.txt").read_text(encoding="utf-8")
    records = tmp_path / "records.jsonl"
    records.write_text(json.dumps({"id": "rec-1", "text": text}) + "\n" + json.dumps({"id": "x"}) + "\n")
    return [str(corpus), str(records)]


def plain(outcomes) -> list[tuple]:
    return [
        (o.article.id if o.article else str(o.error), [f.to_dict() for f in o.facts or []]) for o in outcomes
    ]


def rows(db: Path) -> tuple[list, list]:
    with sqlite3.connect(db) as conn:
        return conn.execute(ARTICLES).fetchall(), conn.execute(FACTS).fetchall()


def test_a_run_on_the_cluster_gives_the_facts_and_rows_of_a_local_run(tmp_path, inputs, scheduler):
    local = plain(api.run(inputs, Settings(db_path=str(tmp_path / "local.db"))))
    settings = Settings(db_path=str(tmp_path / "dask.db"), scheduler=scheduler, batch_size=1)
    on_dask = plain(api.run(inputs, settings))
    assert on_dask == local
    assert sum(len(facts) for _, facts in local) > 20
    assert rows(tmp_path / "dask.db") == rows(tmp_path / "local.db")
    # Run again: unchanged articles are kept, not sent to the cluster.
    again = list(api.run(inputs, settings))
    assert [o.unchanged for o in again if o.article] == [True] * 5


def test_parquet_round_trips_through_extract_load(tmp_path, inputs, scheduler):
    runner = CliRunner()
    local = runner.invoke(cli, [*inputs, "--db", str(tmp_path / "local.db"), "--nl", "-j", "1"])
    parquet_dir = tmp_path / "out"
    args = [*inputs, "--scheduler", scheduler, "--parquet", str(parquet_dir), "--nl", "--batch-size", "2"]
    on_dask = runner.invoke(cli, ["run", *args])
    assert on_dask.exit_code == local.exit_code == 1  # the record without text
    assert on_dask.stdout == local.stdout
    assert on_dask.stderr.splitlines()[-2].endswith(f"→ {parquet_dir}")
    assert not (tmp_path / "facts.db").exists()
    assert sorted(p.name for p in (parquet_dir / "articles").iterdir()) == [
        "part-000000.parquet",
        "part-000001.parquet",
        "part-000002.parquet",
    ]
    loaded = runner.invoke(cli, ["load", str(parquet_dir), "--db", str(tmp_path / "loaded.db")])
    assert loaded.exit_code == 0, loaded.stderr
    assert loaded.stderr.startswith("5 articles, ")
    assert rows(tmp_path / "loaded.db") == rows(tmp_path / "local.db")
    # Loading again changes nothing; a run again with bigger partitions leaves no stale part.
    runner.invoke(cli, ["load", str(parquet_dir), "--db", str(tmp_path / "loaded.db")])
    assert rows(tmp_path / "loaded.db") == rows(tmp_path / "local.db")
    runner.invoke(cli, ["run", *args[:-1], "32"])
    assert [p.name for p in (parquet_dir / "articles").iterdir()] == ["part-000000.parquet"]
    runner.invoke(cli, ["load", str(parquet_dir), "--db", str(tmp_path / "again.db")])
    assert rows(tmp_path / "again.db") == rows(tmp_path / "local.db")


def test_a_partition_cut_short_is_not_loaded_half(tmp_path, inputs, scheduler):
    out = tmp_path / "out"
    list(api.run(inputs[:1], Settings(scheduler=scheduler, parquet=str(out), batch_size=1)))
    (out / "articles" / "part-000001.parquet").unlink()  # killed between its facts and articles
    saved = list(api.load(out, Settings(db_path=str(tmp_path / "f.db"))))
    assert len(saved) == 3
    articles, facts = rows(tmp_path / "f.db")
    assert {row[-1] for row in facts} and {fact[1] for fact in facts} <= {row[0] for row in articles}


def test_parquet_needs_a_scheduler_and_load_needs_parquet_files(tmp_path):
    runner = CliRunner()
    result = runner.invoke(
        cli, [str(CORPUS), "--parquet", str(tmp_path / "out"), "--db", str(tmp_path / "f.db")]
    )
    assert (
        result.exit_code == 2
        and result.stderr == "Error: --parquet DIR needs --scheduler (an address, or local)\n"
    )
    result = runner.invoke(cli, ["load", str(tmp_path), "--db", str(tmp_path / "f.db")])
    assert result.exit_code == 1 and len(result.stderr.splitlines()) == 1
    assert "no articles/part-*.parquet files" in result.stderr
