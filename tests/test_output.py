"""What is printed: CSV that spreadsheets cannot run as formulas (output.py)."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from extractor import output
from extractor.cli import cli

BERAU = "Pemkab Berau melindungi 11.872 pekerja rentan BPJS Ketenagakerjaan pada 2024.\n"


def csv_rows(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


@pytest.mark.parametrize(
    "cell, escaped",
    [
        pytest.param(
            '=HYPERLINK("http://evil.example","klik")',
            '\'=HYPERLINK("http://evil.example","klik")',
            id="equals",
        ),
        pytest.param("+62 812 3456", "'+62 812 3456", id="plus"),
        pytest.param("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0", id="minus"),
        pytest.param("@SUM(1+1)", "'@SUM(1+1)", id="at"),
        pytest.param("\t=1", "'\t=1", id="tab"),
        pytest.param("Kabupaten Berau", "Kabupaten Berau", id="plain-text"),
        pytest.param("", "", id="empty"),
    ],
)
def test_csv_text_cells_that_look_like_formulas_are_prefixed(cell, escaped):
    out = io.StringIO()
    output.write([{"article": cell, "value": -5, "value_max": -2.5}], "csv", out)
    [row] = csv_rows(out.getvalue())
    assert row == {"article": escaped, "value": "-5", "value_max": "-2.5"}


def test_csv_escaping_can_be_turned_off():
    out = io.StringIO()
    output.write([{"article": "=1+2", "value": -5}], "csv", out, csv_escape=False)
    assert csv_rows(out.getvalue()) == [{"article": "=1+2", "value": "-5"}]


@pytest.fixture()
def hostile_jsonl(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "x.jsonl"
    path.write_text(
        json.dumps({"id": '=HYPERLINK("http://evil.example")', "text": BERAU}) + "\n", encoding="utf-8"
    )
    return path


@pytest.mark.parametrize("flags, article", [([], "'=HYPERLINK"), (["--no-csv-escape"], "=HYPERLINK")])
def test_run_and_export_escape_csv_unless_told_not_to(hostile_jsonl, flags, article):
    runner = CliRunner()
    ran = runner.invoke(cli, [str(hostile_jsonl), "--db", "facts.db", "--format", "csv", *flags])
    exported = runner.invoke(cli, ["export", "--db", "facts.db", "--format", "csv", *flags])
    assert ran.exit_code == exported.exit_code == 0, ran.output + exported.output
    for result in (ran, exported):
        [row] = csv_rows(result.stdout)
        assert row["article"].startswith(article)
        assert row["value"] == "11872"


# --- for people: control characters as visible escapes ---------------------------------------------


@pytest.mark.parametrize(
    "text, shown",
    [
        pytest.param("Kabupaten Berau", "Kabupaten Berau", id="plain"),
        pytest.param("a\nError: forged", "a\\nError: forged", id="newline"),
        pytest.param("\x1b[31mmerah\x1b[0m", "\\x1b[31mmerah\\x1b[0m", id="ansi"),
        pytest.param("\x9b2J\x85\x7f", "\\x9b2J\\x85\\x7f", id="c1-and-del"),
        pytest.param("a\tb\rc\x00", "a\\tb\\rc\\x00", id="c0"),
        pytest.param("Pekerja «rentan» – 13.289", "Pekerja «rentan» – 13.289", id="unicode-kept"),
    ],
)
def test_printable(text, shown):
    assert output.printable(text) == shown


def test_the_table_shows_escapes_as_text():
    out = io.StringIO()
    output.write([{"article": "\x1b[2Ja\nb", "value": 5}], "table", out, columns=("article", "value"))
    assert "\x1b" not in out.getvalue() and "\\x1b[2Ja\\nb" in out.getvalue()


def test_log_lines_show_escapes_as_text():
    import logging

    from extractor.cli import PrintableFormatter

    record = logging.LogRecord(
        "extractor", logging.WARNING, __file__, 1, "%s: skipped", ("a\x1b[31m\nb",), None
    )
    assert PrintableFormatter("%(levelname)s %(message)s").format(record) == "WARNING a\\x1b[31m\\nb: skipped"
