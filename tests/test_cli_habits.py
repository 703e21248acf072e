"""The command line as sqlite-utils users expect it: output flags, exit codes, typos, region
names, export filters, the terminal table, the run's summary, explain's inputs."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from extractor import api, pipeline
from extractor.cli import cli
from extractor.records import EXPORT_FIELDS, FACT_FIELDS

REPO = Path(__file__).resolve().parent.parent
CORPUS = REPO / "corpus"
KUKAR_FILE = CORPUS / "kukar-kaltimtoday-2025-12-01.txt"
CHECK_FIXTURES = Path(__file__).parent / "fixtures" / "check"
KUKAR = "Kabupaten Kutai Kartanegara"
SUPPORTED = "Pada 2025 Kukar menambah 13.289 peserta baru BPJS Ketenagakerjaan"
CONTRADICTED = "Pada 2025 Kukar menambah 20 ribu peserta baru BPJS Ketenagakerjaan"


@pytest.fixture(autouse=True)
def built_once(monkeypatch, nlp):
    """The session's pipeline for the commands, which would otherwise each build their own."""
    monkeypatch.setattr(pipeline, "build", lambda data=None: nlp)


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> str:
    """The check fixtures (Kukar, Samarinda with two disagreeing sources, Semarang) stored."""
    path = str(tmp_path_factory.mktemp("habits") / "facts.db")
    outcomes = list(api.run([str(CHECK_FIXTURES)], api.Settings(db_path=path)))
    assert outcomes and all(o.error is None for o in outcomes)
    return path


def invoke(*args, input=None, env=None):
    return CliRunner().invoke(cli, [str(a) for a in args], input=input, env=env)


def parse(fmt: str, text: str) -> list[dict]:
    if fmt in ("csv", "tsv"):
        return list(csv.DictReader(io.StringIO(text), delimiter="," if fmt == "csv" else "\t"))
    if fmt == "jsonl":
        return [json.loads(line) for line in text.splitlines()]
    return json.loads(text)


# --- output flags ------------------------------------------------------------------------------

FLAGS = [
    # (id, flags, format the output is in)
    ("--csv", ["--csv"], "csv"),
    ("--tsv", ["--tsv"], "tsv"),
    ("--nl", ["--nl"], "jsonl"),
    ("--json", ["--json"], "json"),
    ("--format CSV (any case)", ["--format", "CSV"], "csv"),
    ("--format Jsonl", ["--format", "Jsonl"], "jsonl"),
    ("no flag: JSON Lines", [], "jsonl"),
]


@pytest.mark.parametrize(("flags", "fmt"), [f[1:] for f in FLAGS], ids=[f[0] for f in FLAGS])
def test_export_output_flags_choose_the_format(db, flags, fmt):
    result = invoke("export", "--db", db, "--region", "Kukar", *flags)
    assert result.exit_code == 0, result.output
    records = parse(fmt, result.stdout)
    assert records and {r["region"] for r in records} == {KUKAR}
    assert list(records[0]) == list(EXPORT_FIELDS)


TABLES = [
    # (id, flags, a line the table starts with)
    ("-t", ["-t"], "region"),
    ("--table", ["--table"], "region"),
    ("--fmt github", ["--fmt", "github"], "| region"),
    ("--fmt PSQL (any case)", ["--fmt", "PSQL"], "+---"),
    ("-t --no-headers", ["-t", "--no-headers"], "Kabupaten Kutai Kartanegara"),
]


@pytest.mark.parametrize(("flags", "first"), [t[1:] for t in TABLES], ids=[t[0] for t in TABLES])
def test_table_flags(db, flags, first):
    result = invoke("export", "--db", db, "--region", "Kukar", *flags)
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith(first)


def test_csv_no_headers_leaves_out_the_header_line(db):
    result = invoke("export", "--db", db, "--region", "Kukar", "--csv", "--no-headers", "-c", "value")
    assert result.exit_code == 0
    assert "value" not in result.stdout.splitlines()[0]
    assert all(line.isdigit() for line in result.stdout.splitlines())


def test_two_formats_at_once_are_a_usage_error(db):
    result = invoke("export", "--db", db, "--csv", "--json")
    assert result.exit_code == 2
    assert "choose one output format" in result.stderr


@pytest.mark.parametrize("fmt", ["--csv", "--tsv"])
def test_no_rows_still_gives_a_header_and_says_so_on_stderr(db, fmt):
    result = invoke("export", "--db", db, "--year", "1999", fmt)
    assert result.exit_code == 0
    delimiter = "," if fmt == "--csv" else "\t"
    assert result.stdout == delimiter.join(EXPORT_FIELDS) + "\n"
    assert result.stderr == "0 facts matched\n"


def test_run_gives_the_header_of_a_fact_csv_for_an_article_without_facts(tmp_path):
    result = invoke("-", "--db", tmp_path / "f.db", "--csv", input="Tidak ada angka di sini.\n")
    assert result.exit_code == 0
    assert result.stdout == ",".join(FACT_FIELDS) + "\n"


def test_check_has_the_output_flags_too(db):
    result = invoke("check", SUPPORTED, CONTRADICTED, "--db", db, "--csv", "--fail-on", "none")
    assert result.exit_code == 0, result.output
    rows = parse("csv", result.stdout)
    assert [(r["verdict"], r["region"], r["year"]) for r in rows] == [
        ("supported", KUKAR, "2025"),
        ("contradicted", KUKAR, "2025"),
    ]
    as_json = parse("json", invoke("check", SUPPORTED, "--db", db, "--json").stdout)
    assert [r["verdict"] for r in as_json] == ["supported"]


# --- exit codes --------------------------------------------------------------------------------

NOT_FOUND = "Pada 2025 Kukar mencatat 9.999 klaim JKK"
DISPUTED = "Peserta BPJS Ketenagakerjaan di Samarinda pada 2025 sebanyak 48.100 orang"
EXITS = [
    # (id, claims, extra flags, exit code)
    ("supported: 0", [SUPPORTED], [], 0),
    ("contradicted: 1", [SUPPORTED, CONTRADICTED], [], 1),
    ("contradicted with --fail-on none: 0", [CONTRADICTED], ["--fail-on", "none"], 0),
    ("not found with --fail-on not_found: 1", [NOT_FOUND], ["--fail-on", "not_found"], 1),
    ("disputed with --fail-on conflicting: 1", [DISPUTED], ["--fail-on", "conflicting"], 1),
]


@pytest.mark.parametrize(("claims", "flags", "code"), [e[1:] for e in EXITS], ids=[e[0] for e in EXITS])
def test_check_exit_status(db, claims, flags, code):
    result = invoke("check", *claims, "--db", db, *flags)
    assert result.exit_code == code, result.output


@pytest.mark.parametrize(("flags", "code"), [([], 0), (["--fail"], 1)], ids=["plain: 0", "--fail: 1"])
def test_conflicts_fail_exits_1_when_there_are_conflicts(db, flags, code):
    result = invoke("conflicts", "--db", db, *flags)
    assert result.exit_code == code
    assert "Kota Samarinda" in result.stdout


def test_conflicts_fail_exits_0_when_there_are_none(tmp_path):
    db = tmp_path / "f.db"
    assert invoke(KUKAR_FILE, "--db", db).exit_code == 0
    result = invoke("conflicts", "--db", db, "--fail", "--csv")
    assert result.exit_code == 0
    assert result.stdout.startswith("region,year,metric,quote_a,")
    assert result.stderr == "No conflicting figures.\n"


def test_a_broken_pipe_ends_quietly(tmp_path):
    exe = Path(sys.executable).with_name("extract")
    if not exe.exists():
        pytest.skip("the extract console script is not installed in this environment")
    db = tmp_path / "f.db"
    store = api.Store(db)
    [outcome] = api.extract_articles([{"id": "a", "text": KUKAR_FILE.read_text(encoding="utf-8")}])
    for n in range(300):  # enough JSON Lines to fill a pipe's buffer many times over
        outcome.article.id = f"a{n}"
        for fact in outcome.facts:
            fact.article, fact.id = outcome.article.id, ""
            fact.__post_init__()
        store.save(outcome.article, outcome.facts)
    proc = subprocess.Popen(
        [str(exe), "export", "--db", str(db)], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert proc.stdout.readline().startswith(b"{")
    proc.stdout.close()  # as `| head -1` does
    stderr = proc.stderr.read()
    assert proc.wait(timeout=60) == 1
    assert stderr == b""


# --- typos and inputs --------------------------------------------------------------------------

TYPOS = [("exprot", "export"), ("chekc", "check"), ("explian", "explain"), ("conflict", "conflicts")]


@pytest.mark.parametrize(("typed", "meant"), TYPOS, ids=[t[0] for t in TYPOS])
def test_a_mistyped_command_is_named_as_one(tmp_path, monkeypatch, typed, meant):
    monkeypatch.chdir(tmp_path)
    result = invoke(typed, "--db", "f.db")
    assert result.exit_code == 2
    assert f"No such command '{typed}'. Did you mean {meant}?" in result.stderr
    assert not (tmp_path / "f.db").exists()


def test_an_existing_file_named_like_a_command_is_still_read(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("exprot").write_text(KUKAR_FILE.read_text(encoding="utf-8"), encoding="utf-8")
    result = invoke("exprot", "--db", "f.db", "--nl")
    assert result.exit_code == 0, result.output
    assert {json.loads(line)["article"] for line in result.stdout.splitlines()} == {"exprot"}


def test_a_missing_file_far_from_any_command_is_still_a_missing_file(tmp_path):
    result = invoke(tmp_path / "nope.txt", "--db", tmp_path / "f.db")
    assert result.exit_code == 2
    assert "no such file or directory" in result.stderr


# --- region names ------------------------------------------------------------------------------

NAMES = [
    ("alias", "Kukar", KUKAR),
    ("canonical, lower case", "kabupaten kutai kartanegara", KUKAR),
    ("government word and alias", "Pemkab Kukar", KUKAR),
    ("bare name", "Samarinda", "Kota Samarinda"),
    ("level word and bare name", "Kota Semarang", "Kota Semarang"),
]


@pytest.mark.parametrize(("name", "region"), [n[1:] for n in NAMES], ids=[n[0] for n in NAMES])
def test_export_region_takes_any_name_the_gazetteer_knows(db, name, region):
    result = invoke("export", "--db", db, "--region", name)
    assert result.exit_code == 0, result.output
    assert {r["region"] for r in parse("jsonl", result.stdout)} == {region}


AMBIGUOUS = [
    ("shared bare name", "Semarang", "'Semarang' may be any of: Kabupaten Semarang, Kota Semarang"),
    ("no such region", "Samrinda", "no region named 'Samrinda' (did you mean Kota Samarinda?)"),
]


@pytest.mark.parametrize(("name", "message"), [a[1:] for a in AMBIGUOUS], ids=[a[0] for a in AMBIGUOUS])
@pytest.mark.parametrize("command", ["export", "check"])
def test_a_name_that_is_not_one_region_is_an_error_that_lists_them(db, command, name, message):
    claims = [SUPPORTED] if command == "check" else []
    result = invoke(command, *claims, "--db", db, "--region", name)
    assert result.exit_code == 2
    assert result.stderr == f"Error: {message}\n"


def test_check_region_is_the_region_of_a_claim_that_names_none(db):
    claim = "Pada 2025 ada 13.289 peserta baru BPJS Ketenagakerjaan"
    without = invoke("check", claim, "--db", db, "--nl")
    assert json.loads(without.stdout)["verdict"] == "incomplete"
    result = invoke("check", claim, "--db", db, "--nl", "--region", "Kukar")
    record = json.loads(result.stdout)
    assert (record["verdict"], record["parsed"]["region"]) == ("supported", KUKAR)
    assert "region Kabupaten Kutai Kartanegara from --region" in record["notes"]


# --- export filters ----------------------------------------------------------------------------


def exported(db, *flags) -> list[dict]:
    result = invoke("export", "--db", db, *flags)
    assert result.exit_code == 0, result.output
    return parse("jsonl", result.stdout)


def test_min_confidence_keeps_the_surer_facts(db):
    every = exported(db)
    sure = exported(db, "--min-confidence", "0.7")
    assert sure and len(sure) < len(every)
    assert all(r["confidence"] >= 0.7 for r in sure)
    assert {r["id"] for r in every if r["confidence"] >= 0.7} == {r["id"] for r in sure}


def test_since_keeps_the_facts_of_later_articles(db):
    every = exported(db)
    later = exported(db, "--since", "2025-01-01")
    assert later and len(later) < len(every)
    assert all(r["published"] >= "2025-01-01" for r in later)


def test_limit_and_columns(db):
    records = exported(db, "--limit", "3", "-c", "region", "-c", "value", "-c", "title")
    assert len(records) == 3
    assert all(list(r) == ["region", "value", "title"] for r in records)


def test_exports_carry_their_article(db):
    flags = ["--region", "Kukar", "--year", "2025", "--metric", "participants_new", "--limit", "1"]
    [record] = exported(db, *flags)
    article = api.Store(db).db["articles"].get(record["article"])
    assert {k: record[k] for k in ("published", "outlet", "title", "url")} == {
        k: article[k] for k in ("published", "outlet", "title", "url")
    }
    assert record["published"]


# --- the terminal table ------------------------------------------------------------------------


@pytest.mark.parametrize("width", [80, 100, 160])
def test_the_table_fits_the_terminal(db, width):
    result = invoke("export", "--db", db, "-t", env={"COLUMNS": str(width)})
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert len(lines) > 3
    assert max(len(line) for line in lines) <= width


def test_the_table_writes_numbers_the_indonesian_way_and_shows_confidence_and_source(db):
    result = invoke("export", "--db", db, "--region", "Kukar", "--year", "2025", "-t")
    header, _, *rows = result.stdout.splitlines()
    assert header.split() == ["region", "year", "metric", "value", "conf", "source"]
    assert any("13.289" in row and "participants_new" in row for row in rows)
    assert any("0," in r or "1,00" in r for r in rows)


# --- run ---------------------------------------------------------------------------------------


def test_a_run_ends_with_a_summary_on_stderr(tmp_path):
    (tmp_path / "bad.txt").write_bytes(b"\x00\xff binary")
    result = invoke(KUKAR_FILE, tmp_path / "bad.txt", "--db", tmp_path / "f.db", "--nl")
    facts = len(result.stdout.splitlines())
    assert result.exit_code == 1
    assert result.stderr.splitlines()[-2:] == [
        f"1 article, {facts} facts, 1 failed → {tmp_path / 'f.db'}",
        f"1 input(s) failed; the rest were stored in {tmp_path / 'f.db'}.",
    ]


def test_quiet_runs_print_no_summary(tmp_path):
    result = invoke(KUKAR_FILE, "--db", tmp_path / "f.db", "--nl", "-q")
    assert result.exit_code == 0 and result.stderr == ""


# --- explain -----------------------------------------------------------------------------------


def explained(*args, input=None) -> list[dict]:
    result = invoke("explain", *args, "--nl", input=input)
    assert result.exit_code == 0, result.output
    return parse("jsonl", result.stdout)


def test_explain_reads_standard_input_as_it_reads_files():
    text = KUKAR_FILE.read_text(encoding="utf-8")
    from_file = explained(KUKAR_FILE)
    from_stdin = explained("-", input=text)
    keys = [(r["quote"], r["verdict"], r["metric"], r["reason"]) for r in from_file]
    assert keys and [(r["quote"], r["verdict"], r["metric"], r["reason"]) for r in from_stdin] == keys


def test_explain_finds_a_stored_article_by_its_id_when_no_file_has_that_name(tmp_path):
    db, path = tmp_path / "f.db", tmp_path / "kukar.txt"
    path.write_text(KUKAR_FILE.read_text(encoding="utf-8"), encoding="utf-8")
    assert invoke(path, "--db", db, "-q").exit_code == 0
    from_file = explained(path)
    path.unlink()
    from_store = explained(path, "--db", db)
    assert ("13.289", "fact") in {(r["quote"], r["verdict"]) for r in from_store}
    assert [(r["quote"], r["verdict"], r["reason"]) for r in from_store] == [
        (r["quote"], r["verdict"], r["reason"]) for r in from_file
    ]


def test_explain_of_nothing_it_knows_is_one_line(tmp_path):
    result = invoke("explain", "no-such-article", "--db", tmp_path / "none.db")
    assert result.exit_code == 1
    where = tmp_path / "none.db"
    assert result.stderr == f"Error: no-such-article: no such file, URL or article stored in {where}\n"


def test_explain_table_shows_the_whole_reason_wrapped_to_the_terminal():
    records = explained(KUKAR_FILE)
    longest = max((r["reason"] for r in records), key=len)
    assert len(longest) > 60
    lines = invoke("explain", KUKAR_FILE, "-t", env={"COLUMNS": "100"}).stdout.splitlines()
    assert max(len(line) for line in lines) <= 100
    at = lines[0].index("reason")
    column = " ".join(line[at:] for line in lines[2:])
    assert " ".join(longest.split()) in " ".join(column.split())


# --- shell completion --------------------------------------------------------------------------

COMPLETIONS = [
    # (id, words typed, index of the word completed, a completion offered)
    ("commands", "extract ex", 1, "export"),
    ("commands", "extract rev", 1, "review"),
    ("options", "extract export --min", 2, "--min-confidence"),
]


@pytest.mark.parametrize(
    ("words", "index", "offered"), [c[1:] for c in COMPLETIONS], ids=[c[3] for c in COMPLETIONS]
)
def test_shell_completion_offers_commands_and_options(words, index, offered):
    exe = Path(sys.executable).with_name("extract")
    if not exe.exists():
        pytest.skip("the extract console script is not installed in this environment")
    env = {"COMP_WORDS": words, "COMP_CWORD": str(index), "_EXTRACT_COMPLETE": "bash_complete", "PATH": ""}
    proc = subprocess.run([str(exe)], env=env, capture_output=True, text=True, timeout=60)
    assert f"plain,{offered}" in proc.stdout.splitlines()
