"""Datasette out of the box: a database built by `extract`, served with the metadata
`extract datasette-metadata` writes, answers search, facets, labels and canned queries over HTTP."""

from __future__ import annotations

import json
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor import api, metadata
from extractor.cli import cli

pytest.importorskip("datasette", reason="datasette is in the test extra")

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
CHECK_FIXTURES = Path(__file__).parent / "fixtures" / "check"
STARTUP_SECONDS = 60


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, Path]:
    """The corpus and the check fixtures (two Samarinda sources that disagree) in facts.db, and
    the metadata for it, written by the command line."""
    folder = tmp_path_factory.mktemp("datasette")
    db = folder / "facts.db"
    outcomes = list(api.run([str(CORPUS), str(CHECK_FIXTURES)], api.Settings(db_path=str(db))))
    assert outcomes and all(o.error is None for o in outcomes)
    result = CliRunner().invoke(
        cli, ["datasette-metadata", "--db", str(db), "-o", str(folder / "metadata.json")]
    )
    assert result.exit_code == 0, result.output
    return db, folder / "metadata.json"


@pytest.fixture(scope="module")
def server(built):
    """Datasette serving the database on a free port of 127.0.0.1; its base URL."""
    db, meta = built
    port = free_port()
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "datasette",
            "serve",
            str(db),
            "-m",
            str(meta),
            "-h",
            "127.0.0.1",
            "-p",
            str(port),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + STARTUP_SECONDS
        while True:
            try:
                urllib.request.urlopen(base + "/-/versions.json", timeout=5).close()
                break
            except (urllib.error.URLError, ConnectionError):
                if proc.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"datasette did not start: {proc.stderr.read().decode()[-2000:]}")
                time.sleep(0.2)
        yield base + "/facts"
    finally:
        proc.terminate()
        proc.wait(timeout=30)


def get(url: str) -> dict | list:
    with urllib.request.urlopen(url, timeout=30) as response:
        return json.load(response)


SEARCHES = [
    # (id, query, the article it finds)
    ("a word of the text", "Sleman", "sleman-harianjogja-2024-02-12.txt"),
    ("words of a headline", "Evolusi%20Cakupan", "kutim-formasi-2024-08-17.txt"),
]


@pytest.mark.parametrize(("query", "name"), [s[1:] for s in SEARCHES], ids=[s[0] for s in SEARCHES])
def test_articles_are_searched_on_title_and_text(server, query, name):
    rows = get(f"{server}/articles.json?_search={query}&_shape=array")
    assert [Path(row["id"]).name for row in rows] == [name]


def test_facts_are_faceted_by_region_metric_and_year_by_default(server, built):
    db, _ = built
    facets = get(f"{server}/facts.json?_size=1")["facet_results"]
    facets = facets.get("results", facets)  # Datasette 1.0 nests them
    assert {"region", "metric", "year"} <= set(facets)
    regions = {item["value"]: item["count"] for item in facets["region"]["results"]}
    expected = dict(sqlite3.connect(db).execute("select region, count(*) from facts group by region"))
    assert regions == expected and "Kota Samarinda" in regions


def test_a_facts_article_reads_as_its_title(server, built):
    rows = get(f"{server}/facts.json?_labels=on&_shape=array&_size=200")
    labels = {row["article"]["label"] for row in rows}
    assert (
        "Pemkab Kukar Dorong Universal Coverage Jamsostek, 13.289 Pekerja Rentan Masuk Perlindungan Baru"
        in labels
    )
    assert None not in labels


def test_canned_query_facts_below_a_confidence(server, built):
    db, _ = built
    rows = get(f"{server}/low_confidence.json?below=0.65&_shape=array")
    expected = sqlite3.connect(db).execute("select count(*) from facts where confidence < 0.65").fetchone()[0]
    assert len(rows) == expected > 0
    assert all(row["confidence"] < 0.65 for row in rows)
    assert [row["confidence"] for row in rows] == sorted(row["confidence"] for row in rows)


def test_canned_query_coverage_by_region_and_year(server):
    rows = get(f"{server}/coverage_by_region_and_year.json?_shape=array")
    semarang = {row["year"]: row for row in rows if row["region"] == "Kota Semarang"}
    assert semarang[2025]["highest"] == 36.4


def test_canned_query_conflicts_lists_the_disagreeing_samarinda_sources(server):
    rows = get(f"{server}/conflicts.json?_shape=array")
    pairs = {(row["region"], row["year"], row["metric"], row["value_a"], row["value_b"]) for row in rows}
    assert ("Kota Samarinda", 2025, "participants", 52340, 48100) in pairs or (
        "Kota Samarinda",
        2025,
        "participants",
        48100,
        52340,
    ) in pairs


def test_metadata_is_written_as_yaml_or_json(tmp_path):
    result = CliRunner().invoke(cli, ["datasette-metadata", "--db", "data/news.db"])
    assert result.exit_code == 0
    assert set(json.loads(result.stdout)["databases"]) == {"news"}
    yaml = pytest.importorskip("yaml")
    out = tmp_path / "metadata.yml"
    assert CliRunner().invoke(cli, ["datasette-metadata", "-o", str(out)]).exit_code == 0
    assert yaml.safe_load(out.read_text(encoding="utf-8")) == metadata.metadata("facts")
