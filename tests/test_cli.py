"""The `extract` command line: main job, formats, errors and exit codes."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor.cli import cli
from extractor.records import FACT_FIELDS

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
KUKAR = CORPUS / "kukar-kaltimtoday-2025-12-01.txt"


REPO = CORPUS.parent


def invoke(*args, input=None):
    return CliRunner().invoke(cli, [str(a) for a in args], input=input)


@pytest.fixture(autouse=True)
def in_the_repository(monkeypatch):
    """File ids are relative to the working directory: run every command from the checkout."""
    monkeypatch.chdir(REPO)


def test_default_subcommand_prints_jsonl_with_every_schema_field(tmp_path):
    result = invoke(KUKAR, "--db", tmp_path / "f.db", "--format", "jsonl")
    assert result.exit_code == 0, result.output
    facts = [json.loads(line) for line in result.stdout.splitlines()]
    assert facts, "no facts printed"
    for fact in facts:
        assert list(fact) == list(FACT_FIELDS)
        assert fact["article"] == "corpus/" + KUKAR.name
    assert {"value": 13289, "metric": "participants_new", "year": 2025}.items() <= facts[0].items()


def test_table_is_the_default_format(tmp_path):
    result = invoke(KUKAR, "--db", tmp_path / "f.db")
    assert result.exit_code == 0
    header = result.stdout.splitlines()[0].split()
    assert header == ["region", "year", "metric", "value", "conf", "source"]
    assert "Kabupaten Kutai Kartanegara" in result.stdout


@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_csv_and_json_carry_the_same_facts_as_jsonl(tmp_path, fmt):
    jsonl = invoke(KUKAR, "--db", tmp_path / "a.db", "--format", "jsonl").stdout
    expected = [json.loads(line)["id"] for line in jsonl.splitlines()]
    out = invoke(KUKAR, "--db", tmp_path / "b.db", "--format", fmt).stdout
    records = list(csv.DictReader(io.StringIO(out))) if fmt == "csv" else json.loads(out)
    assert [r["id"] for r in records] == expected


def test_missing_path_is_a_one_line_error_and_exit_2(tmp_path):
    result = invoke(tmp_path / "nope.txt", "--db", tmp_path / "f.db")
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        f"Error: {tmp_path / 'nope.txt'}: no such file or directory"
    ]
    assert not (tmp_path / "f.db").exists()


def test_bad_file_in_batch_is_reported_the_rest_printed_and_exit_1(tmp_path):
    shutil.copy(KUKAR, tmp_path / "good.txt")
    (tmp_path / "bad.txt").write_bytes(b"\x00\xff binary")
    result = invoke(
        tmp_path / "bad.txt", tmp_path / "good.txt", "--db", tmp_path / "f.db", "--format", "jsonl"
    )
    assert result.exit_code == 1
    assert f"Error: {tmp_path / 'bad.txt'}: not a text file (binary content)" in result.stderr
    assert all(
        json.loads(line)["article"] == str(tmp_path / "good.txt") for line in result.stdout.splitlines()
    )
    assert result.stdout.strip()


def test_bad_published_option_is_a_usage_error(tmp_path):
    result = invoke(KUKAR, "--published", "kemarin", "--db", tmp_path / "f.db")
    assert result.exit_code == 2
    assert "not an ISO date" in result.stderr


def test_published_option_sets_the_year_of_relative_figures(tmp_path):
    text = "Pemkab Berau mencatat 11.872 pekerja rentan terlindungi tahun ini.\n"
    result = invoke(
        "-", "--published", "2023-05-01", "--db", tmp_path / "f.db", "--format", "jsonl", input=text
    )
    [fact] = [json.loads(line) for line in result.stdout.splitlines()]
    assert (fact["article"][:6], fact["year"], fact["value"]) == ("stdin:", 2023, 11872)


def test_patterns_override_directory_changes_the_rules(tmp_path):
    override = tmp_path / "patterns"
    (override / "facts").mkdir(parents=True)
    (override / "facts" / "counted.csv").write_text("word,kind,reason\npekerja,reject,a test rejection\n")
    text = "Pemkab Berau mencatat 11.872 pekerja rentan terlindungi pada 2024.\n"
    plain = invoke("-", "--db", tmp_path / "a.db", "--format", "jsonl", input=text)
    changed = invoke("-", "--db", tmp_path / "b.db", "--format", "jsonl", "--patterns", override, input=text)
    assert plain.stdout.strip() and not changed.stdout.strip()


def test_patterns_directory_extends_a_file_with_its_extra_rows(tmp_path):
    override = tmp_path / "patterns"
    override.mkdir()
    (override / "region_aliases.extra.csv").write_text(
        "alias,code,name,needs\nKutaikarta,64.02,Kabupaten Kutai Kartanegara,\n", encoding="utf-8"
    )
    text = "Pemkab Kutaikarta menambah 13.289 peserta baru BPJS Ketenagakerjaan pada 2025.\n"
    plain = invoke("-", "--db", tmp_path / "a.db", "--format", "jsonl", input=text)
    extended = invoke("-", "--db", tmp_path / "b.db", "--format", "jsonl", "--patterns", override, input=text)
    assert plain.exit_code == extended.exit_code == 0, extended.output
    assert not plain.stdout.strip()
    [fact] = [json.loads(line) for line in extended.stdout.splitlines()]
    assert (fact["region"], fact["metric"], fact["value"]) == (
        "Kabupaten Kutai Kartanegara",
        "participants_new",
        13289,
    )


def test_missing_patterns_directory_is_an_error(tmp_path):
    result = invoke(KUKAR, "--patterns", tmp_path / "nope", "--db", tmp_path / "f.db")
    assert result.exit_code == 2
    assert "not a directory" in result.stderr


def test_explain_lists_every_number_with_its_decision():
    result = invoke("explain", KUKAR, "--format", "jsonl")
    assert result.exit_code == 0
    records = [json.loads(line) for line in result.stdout.splitlines()]
    verdicts = {(r["quote"], r["verdict"]) for r in records}
    assert ("35.440", "fact") in verdicts
    assert ("tiga", "no fact") in verdicts
    reasons = [r["reason"] for r in records if r["quote"] == "tiga"]
    assert all(reasons)


def test_real_subprocess_run_on_the_corpus(tmp_path):
    exe = Path(sys.executable).with_name("extract")
    if not exe.exists():
        pytest.skip("the extract console script is not installed in this environment")
    proc = subprocess.run(
        [str(exe), str(CORPUS), "--db", str(tmp_path / "f.db"), "--format", "jsonl"],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO,
    )
    assert proc.returncode == 0, proc.stderr
    articles = {json.loads(line)["article"] for line in proc.stdout.splitlines()}
    assert articles == {f"corpus/{p.name}" for p in CORPUS.glob("*.txt")}
    facts = len(proc.stdout.splitlines())
    assert proc.stderr == f"4 articles, {facts} facts, 0 failed → {tmp_path / 'f.db'}\n"
