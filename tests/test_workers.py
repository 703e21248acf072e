"""--jobs N: worker processes give the same outcomes, stored rows and output as one job, in the
same order; unchanged articles are still skipped; bad numbers of jobs are refused."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor import api, workers
from extractor.cli import cli
from extractor.settings import Settings

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
STORED = (
    "select id, url, title, author, outlet, published, text, sha256, extractor_version, "
    "patterns_fingerprint from articles order by id",
    "select * from facts order by id",
)


@pytest.fixture
def inputs(tmp_path) -> list[str]:
    """The corpus, and a JSON Lines file of records: good ones, a copy of a corpus text under its
    own id, a record without text and a bad line among them."""
    corpus = tmp_path / "corpus"
    shutil.copytree(CORPUS, corpus)
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    lines = [
        json.dumps({"id": f"rec-{i}", "text": text, "published": "2025-01-02"})
        for i, text in enumerate(texts)
    ]
    lines[2:2] = [json.dumps({"id": "no-text"}), "{not json"]
    records = tmp_path / "records.jsonl"
    records.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return [str(corpus), str(records)]


def outcomes(inputs: list[str], db: Path, jobs: int, **settings) -> list[tuple]:
    """What a run yields, as plain values: id or error, facts, unchanged, warnings."""
    found = api.run(inputs, Settings(db_path=str(db), jobs=jobs, **settings))
    return [
        (
            o.article.id if o.article else str(o.error),
            [f.to_dict() for f in o.facts or []],
            o.unchanged,
            o.warnings,
        )
        for o in found
    ]


def stored(db: Path) -> list:
    with sqlite3.connect(db) as conn:
        return [conn.execute(sql).fetchall() for sql in STORED]


def test_two_jobs_yield_and_store_what_one_job_does(tmp_path, inputs):
    # batch_size=1: every article its own chunk, so the order is really put together again.
    one = outcomes(inputs, tmp_path / "one.db", 1, batch_size=1)
    two = outcomes(inputs, tmp_path / "two.db", 2, batch_size=1)
    assert two == one
    assert len(one) == 10 and sum(len(facts) for _, facts, _, _ in one) > 20
    errors = [i for i, (name, *_) in enumerate(one) if "records.jsonl:" in name]
    assert errors == [6, 7]  # the record without text and the bad line, where they were read
    assert stored(tmp_path / "two.db") == stored(tmp_path / "one.db")


def test_unchanged_articles_are_skipped_with_jobs_too(tmp_path, inputs):
    db = tmp_path / "f.db"
    first = outcomes(inputs, db, 2)
    second = outcomes(inputs, db, 2)
    articles = [i for i, (name, *_) in enumerate(first) if "records.jsonl:" not in name]
    assert [second[i][2] for i in articles] == [True] * len(articles)
    assert [(name, facts) for name, facts, _, _ in second] == [(name, facts) for name, facts, _, _ in first]
    forced = outcomes(inputs, db, 2, force=True)
    assert not any(unchanged for _, _, unchanged, _ in forced)


def test_a_run_whose_articles_are_all_unchanged_starts_no_worker(tmp_path, inputs, monkeypatch):
    db = tmp_path / "f.db"
    outcomes(inputs[:1], db, 1)
    started = []
    monkeypatch.setattr(workers.Workers, "_started", lambda self: started.append(self) or None)
    assert all(unchanged for _, _, unchanged, _ in outcomes(inputs[:1], db, 2))
    assert started == []


def test_extract_articles_with_jobs_gives_the_same_outcomes():
    records = [{"id": p.name, "text": p.read_text(encoding="utf-8")} for p in sorted(CORPUS.glob("*.txt"))]
    records.insert(1, {"id": "empty"})

    def plain(jobs: int) -> list:
        found = api.extract_articles(records, settings=Settings(jobs=jobs, batch_size=2))
        return [
            (o.article.id if o.article else str(o.error), [f.to_dict() for f in o.facts or []]) for o in found
        ]

    assert plain(2) == plain(1)


def test_the_command_prints_the_same_with_two_jobs(tmp_path, inputs):
    runner = CliRunner()
    printed = []
    for jobs in ("1", "2"):
        db = str(tmp_path / f"{jobs}.db")
        result = runner.invoke(cli, [*inputs, "--db", db, "--nl", "--jobs", jobs])
        assert result.exit_code == 1  # the bad record and the bad line
        printed.append((result.stdout, result.stderr.replace(db, "DB")))
    assert printed[0] == printed[1]
    assert printed[0][1].count("Error: ") == 2 and "8 articles" in printed[0][1]
    assert stored(tmp_path / "1.db") == stored(tmp_path / "2.db")


def test_a_bad_number_of_jobs_is_refused(tmp_path):
    result = CliRunner().invoke(cli, [str(CORPUS), "--db", str(tmp_path / "f.db"), "--jobs", "0"])
    assert result.exit_code == 2 and "--jobs" in result.stderr
    with pytest.raises(ValueError, match="at least 1"):
        workers.Workers(0, Settings().language)


def test_workers_end_when_the_run_is_killed(tmp_path):
    """SIGKILL leaves the pool no chance to stop its workers: they must notice and end."""
    texts = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
    records = tmp_path / "many.jsonl"
    records.write_text(
        "".join(json.dumps({"id": f"r{i}", "text": texts[i % 4]}) + "\n" for i in range(400)),
        encoding="utf-8",
    )
    extract = Path(sys.executable).with_name("extract")
    command = [
        str(extract),
        str(records),
        "--db",
        str(tmp_path / "f.db"),
        "--nl",
        "--jobs",
        "2",
        "--batch-size",
        "4",
    ]
    run = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    run.stdout.readline()  # facts are coming: the workers are up
    children = Path(f"/proc/{run.pid}/task/{run.pid}/children")
    workers_started = [int(pid) for pid in children.read_text().split()] if children.exists() else []
    assert len(workers_started) == 2
    run.kill()
    run.wait(timeout=60)
    deadline = time.monotonic() + 30
    while any(Path(f"/proc/{pid}").exists() for pid in workers_started) and time.monotonic() < deadline:
        time.sleep(0.2)
    alive = [pid for pid in workers_started if Path(f"/proc/{pid}").exists()]
    for pid in alive:  # leave no orphan behind, even when the test fails
        os.kill(pid, signal.SIGKILL)
    assert alive == []
