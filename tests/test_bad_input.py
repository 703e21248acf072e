"""Bad input gets a one-line error naming it (exit 1) and the rest of the batch goes on; nothing
is lost, nothing doubled, nothing printed that is not stored."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import pytest
import sqlite_utils
from click.testing import CliRunner

from extractor.cli import cli

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
KUKAR = CORPUS / "kukar-kaltimtoday-2025-12-01.txt"
BERAU = "Pemkab Berau melindungi 11.872 pekerja rentan BPJS Ketenagakerjaan pada 2024.\n"
SEMARANG = "Cakupan BPJS Ketenagakerjaan Kota Semarang 2025 mencapai 36,4 persen.\n"


@pytest.fixture(autouse=True)
def workdir(tmp_path, monkeypatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def extract(*args, input=None, code: int | None = 0):
    result = CliRunner().invoke(cli, [*map(str, args), "--db", "facts.db", "--format", "jsonl"], input=input)
    if code is not None:
        assert result.exit_code == code, result.output
    return result


def stored_facts() -> list[dict]:
    return list(sqlite_utils.Database("facts.db").query("select * from facts order by article, start"))


def stored(table: str) -> list[dict]:
    return list(sqlite_utils.Database("facts.db").table(table).rows)


def printed(result) -> list[dict]:
    return [json.loads(line) for line in result.stdout.splitlines()]


def errors(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.startswith("Error: ")]


SUMMARY = re.compile(r"\d+ articles?( \(\d+ unchanged\))?, \d+ facts?, \d+ failed → ")


def said(result) -> list[str]:
    """What a run wrote on stderr but its closing summary line."""
    return [line for line in result.stderr.splitlines() if not SUMMARY.match(line)]


# --- duplicate ids --------------------------------------------------------------------------------


def test_a_duplicate_id_in_one_jsonl_is_an_error_and_the_first_is_kept(workdir):
    records = [{"id": "a", "text": BERAU}, {"id": "b", "text": SEMARANG}, {"id": "a", "text": SEMARANG}]
    (workdir / "x.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    result = extract("x.jsonl", code=1)
    assert errors(result) == [
        "Error: x.jsonl:3: duplicate id 'a' (first read at x.jsonl:1): the first is kept"
    ]
    assert [r["text"] for r in stored("articles")] == [BERAU, SEMARANG]
    assert [(f["article"], f["value"]) for f in printed(result)] == [("a", 11872), ("b", 36.4)]
    assert [f["id"] for f in printed(result)] == [f["id"] for f in stored_facts()]


def test_the_same_id_in_two_jsonl_files_is_an_error_too(workdir):
    (workdir / "x.jsonl").write_text(json.dumps({"id": "a", "text": BERAU}) + "\n", encoding="utf-8")
    (workdir / "y.jsonl").write_text(json.dumps({"id": "a", "text": SEMARANG}) + "\n", encoding="utf-8")
    result = extract("x.jsonl", "y.jsonl", code=1)
    assert errors(result) == [
        "Error: y.jsonl:1: duplicate id 'a' (first read at x.jsonl:1): the first is kept"
    ]
    assert [r["text"] for r in stored("articles")] == [BERAU]


# --- empty and truncated texts ------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, content, message",
    [
        pytest.param("berau.txt", "", "berau.txt: empty text: nothing to read", id="empty-file"),
        pytest.param("berau.txt", " \n\t\n", "berau.txt: empty text: nothing to read", id="whitespace-file"),
        pytest.param(
            "berau.txt",
            "Baca Juga: Harga cabai naik\n",
            "berau.txt: no article text left once page debris is removed",
            id="only-debris",
        ),
        pytest.param(
            "berau.jsonl",
            '{"id": "berau.txt", "text": "  "}\n',
            'berau.jsonl:1: record has an empty "text"',
            id="empty-record",
        ),
    ],
)
def test_an_empty_text_is_an_error_and_the_stored_facts_stay(workdir, name, content, message):
    (workdir / "berau.txt").write_text(BERAU, encoding="utf-8")
    extract("berau.txt")
    before = stored_facts()
    (workdir / name).write_text(content, encoding="utf-8")
    result = extract(name, code=1)
    assert errors(result) == [f"Error: {message}"]
    assert result.stdout == ""
    assert stored_facts() == before and before


def test_empty_standard_input_is_an_error():
    result = extract("-", input="", code=1)
    assert errors(result) == ["Error: -: empty text: nothing to read"]
    assert stored("articles") == []


def test_a_text_that_lost_most_of_its_facts_is_stored_with_a_warning(workdir):
    text = KUKAR.read_text(encoding="utf-8")
    (workdir / "kukar.txt").write_text(text, encoding="utf-8")
    before = len(printed(extract("kukar.txt")))
    assert before >= 3
    (workdir / "kukar.txt").write_text(text[: text.index("13.289") + 40], encoding="utf-8")
    result = extract("kukar.txt")
    assert said(result) == [
        f"Warning: kukar.txt: 1 fact(s) where there were {before}: is the text cut short? (stored anyway)"
    ]
    assert len(stored_facts()) == 1


def test_no_warning_when_an_article_keeps_its_facts(workdir):
    (workdir / "kukar.txt").write_text(KUKAR.read_text(encoding="utf-8"), encoding="utf-8")
    extract("kukar.txt")
    assert said(extract("kukar.txt")) == []


# --- sizes --------------------------------------------------------------------------------------


def test_a_text_over_a_million_characters_is_refused_and_the_batch_goes_on(workdir):
    long_text = ("Pekerja rentan di Berau terlindungi. " * 30_000)[:1_000_001]
    (workdir / "long.txt").write_text(long_text, encoding="utf-8")
    (workdir / "berau.txt").write_text(BERAU, encoding="utf-8")
    result = extract("long.txt", "berau.txt", code=1)
    [error] = errors(result)  # counted once cleaned: the text may gain a final newline
    assert re.fullmatch(
        r"Error: long.txt: text too long: 1,000,00\d characters \(the limit is 1,000,000\); not read", error
    )
    assert [f["article"] for f in printed(result)] == ["berau.txt"]
    assert [a["id"] for a in stored("articles")] == ["berau.txt"]


def test_a_jsonl_record_over_a_million_characters_is_refused_and_the_next_read(workdir):
    records = [{"id": "long", "text": BERAU * 20_000}, {"id": "semarang", "text": SEMARANG}]
    (workdir / "x.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    result = extract("x.jsonl", code=1)
    assert errors(result) == [
        f"Error: long: text too long: {len(BERAU) * 20_000:,} characters (the limit is 1,000,000); not read"
    ]
    assert [a["id"] for a in stored("articles")] == ["semarang"]


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_an_endless_input_ends_with_an_error_not_out_of_memory():
    result = extract("/dev/zero", code=1)
    assert errors(result) == ["Error: /dev/zero: input larger than 10,000,000 bytes: not read"]


def test_a_jsonl_line_over_the_size_limit_is_skipped_with_its_line_number(workdir):
    huge = json.dumps({"id": "huge", "text": "x" * 10_000_000})
    lines = [
        json.dumps({"id": "berau", "text": BERAU}),
        huge,
        "{bad json",
        json.dumps({"id": "s", "text": SEMARANG}),
    ]
    (workdir / "x.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = extract("x.jsonl", code=1)
    assert errors(result) == [
        "Error: x.jsonl:2: line larger than 10,000,000 bytes: not read",
        "Error: x.jsonl:3: not a JSON object: Expecting property name enclosed in double quotes",
    ]
    assert [a["id"] for a in stored("articles")] == ["berau", "s"]


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\u0085"])
def test_jsonl_lines_end_at_newline_only_and_keep_their_numbers(workdir, separator):
    first = json.dumps(
        {"id": "berau", "text": BERAU.replace(" pekerja", separator + "pekerja")}, ensure_ascii=False
    )
    lines = [first, "{bad json", json.dumps({"id": "s", "text": SEMARANG})]
    (workdir / "x.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8", newline="")
    result = extract("x.jsonl", code=1)
    assert errors(result) == [
        "Error: x.jsonl:2: not a JSON object: Expecting property name enclosed in double quotes"
    ]
    assert [a["id"] for a in stored("articles")] == ["berau", "s"]


def test_jsonl_is_read_one_line_at_a_time(workdir):
    """The first record comes out while the rest of the file is not yet written (a FIFO)."""
    from extractor import sources

    fifo = workdir / "stream.jsonl"
    os.mkfifo(fifo)
    first_out, waited = threading.Event(), []

    def write():
        with fifo.open("w", encoding="utf-8") as out:
            out.write(json.dumps({"id": "berau", "text": BERAU}) + "\n")
            out.flush()
            waited.append(first_out.wait(timeout=120))  # a safety net, not a timing
            out.write(json.dumps({"id": "s", "text": SEMARANG}) + "\n")

    writer = threading.Thread(target=write)
    writer.start()
    items = sources.read_articles([str(fifo)])
    first = next(items)
    first_out.set()
    rest = list(items)
    writer.join()
    assert waited == [True]
    assert [first.id] + [i.id for i in rest] == ["berau", "s"]


# --- absurd figures --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "figure",
    [
        pytest.param("9" * 5000, id="5000-digits"),
        pytest.param("Rp " + "9" * 17 + " triliun", id="beyond-decimal-precision"),
        pytest.param("1" + "0" * 30 + "–" + "9" * 4400 + " orang", id="range-of-absurd-ends"),
    ],
)
def test_an_absurd_figure_is_no_figure_and_the_article_keeps_its_others(workdir, figure):
    text = f"Pemkab Kukar mencatat {figure} dalam laporan.\n\n" + SEMARANG
    (workdir / "a.txt").write_text(text, encoding="utf-8")
    result = extract("a.txt")
    assert [(f["metric"], f["value"]) for f in printed(result)] == [("coverage_pct", 36.4)]


# --- encodings -------------------------------------------------------------------------------------

WINDOWS = "Bupati Kukar: “luar biasa” – café, naïve, «baru», 13.289 peserta BPJS Ketenagakerjaan."


@pytest.mark.parametrize(
    "text, encoding",
    [
        pytest.param("café", "cp1252", id="four-bytes-cp1252"),
        pytest.param("Naïve résumé", "latin-1", id="short-latin-1"),
        pytest.param("Kukar 13.289 peserta «baru»", "cp1252", id="guillemets"),
        pytest.param(WINDOWS, "cp1252", id="typographic-quotes-and-dash"),
        pytest.param(WINDOWS, "utf-16", id="utf-16-with-bom"),
        pytest.param(WINDOWS, "utf-16-be", id="utf-16-be-with-bom"),
        pytest.param(WINDOWS, "utf-32", id="utf-32-with-bom"),
        pytest.param(WINDOWS, "utf-8-sig", id="utf-8-with-bom"),
    ],
)
def test_a_text_file_in_another_encoding_is_read_as_written(workdir, text, encoding):
    from extractor import sources

    raw = text.encode(encoding)
    if encoding == "utf-16-be":
        raw = b"\xfe\xff" + raw
    (workdir / "a.txt").write_bytes(raw)
    [article] = sources.read_articles(["a.txt"])
    assert article.text == text


@pytest.mark.parametrize(
    "raw, expected",
    [
        pytest.param(WINDOWS.encode("cp1252"), WINDOWS, id="cp1252"),
        pytest.param(WINDOWS.encode("utf-16"), WINDOWS, id="utf-16"),
    ],
)
def test_standard_input_in_another_encoding_is_read_as_written(raw, expected):
    extract("-", input=raw)
    [article] = stored("articles")
    assert article["text"].strip() == expected


def test_binary_standard_input_is_a_one_line_error():
    result = extract("-", input=b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x01", code=1)
    assert errors(result) == ["Error: -: not a text file (binary content)"]


CLAIM = "Pada 2025 Kukar menambah 13.289 peserta baru BPJS Ketenagakerjaan"


@pytest.fixture()
def kukar_db(workdir) -> str:
    (workdir / "kukar.txt").write_text(KUKAR.read_text(encoding="utf-8"), encoding="utf-8")
    extract("kukar.txt")
    return "facts.db"


@pytest.mark.parametrize("encoding", ["cp1252", "utf-16", "utf-8-sig"])
def test_check_reads_a_claims_file_in_another_encoding(workdir, kukar_db, encoding):
    (workdir / "claims.txt").write_bytes(f"{CLAIM} – «café»\n\n".encode(encoding))
    result = CliRunner().invoke(cli, ["check", "--file", "claims.txt", "--db", kukar_db, "--nl"])
    assert result.exit_code == 0, result.output
    [verdict] = [json.loads(line) for line in result.stdout.splitlines()]
    assert (verdict["claim"], verdict["verdict"]) == (f"{CLAIM} – «café»", "supported")


def test_check_reads_non_utf8_claims_from_standard_input(kukar_db):
    result = CliRunner().invoke(
        cli, ["check", "--file", "-", "--db", kukar_db, "--nl"], input=f"{CLAIM} «café»\n".encode("cp1252")
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["claim"] == f"{CLAIM} «café»"


def test_check_refuses_a_binary_claims_file_in_one_line(workdir, kukar_db):
    (workdir / "claims.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\xff\xfe")
    result = CliRunner().invoke(cli, ["check", "--file", "claims.txt", "--db", kukar_db])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == ["Error: claims.txt: not a text file (binary content)"]


# --- paths, directories, schemes, claims ------------------------------------------------------------


@pytest.mark.parametrize(
    "url, scheme",
    [
        pytest.param("file:///etc/hostname", "file", id="file"),
        pytest.param("FILE:///etc/hostname", "file", id="file-upper-case"),
        pytest.param("ftp://ftp.example.org/berita.txt", "ftp", id="ftp"),
        pytest.param("sftp://example.org/berita.txt", "sftp", id="sftp"),
    ],
)
def test_a_url_of_another_scheme_is_an_unsupported_scheme_not_a_missing_file(url, scheme):
    result = extract(url, code=2)
    assert result.stderr.splitlines() == [
        f"Error: {url}: unsupported scheme '{scheme}': only http:// and https:// URLs are read"
    ]
    assert not Path("facts.db").exists()


def test_an_empty_directory_is_an_error_with_a_message(workdir):
    (workdir / "empty" / "sub").mkdir(parents=True)
    (workdir / "empty" / "notes.csv").write_text("a,b\n", encoding="utf-8")
    result = extract("empty", code=1)
    assert errors(result) == [
        "Error: empty: no article files (.htm, .html, .jsonl, .ndjson, .text, .txt) in this directory"
    ]


def test_an_empty_jsonl_file_is_an_error(workdir):
    (workdir / "x.jsonl").write_text("\n \n", encoding="utf-8")
    result = extract("x.jsonl", code=1)
    assert errors(result) == ["Error: x.jsonl: no records: the file is empty"]


def test_a_directory_linking_to_itself_is_read_once(workdir):
    (workdir / "archive").mkdir()
    (workdir / "archive" / "berau.txt").write_text(BERAU, encoding="utf-8")
    (workdir / "archive" / "loop").symlink_to(workdir / "archive")
    result = extract("archive")
    assert [f["article"] for f in printed(result)] == ["archive/berau.txt"]


@pytest.mark.parametrize(
    "claims, message",
    [
        pytest.param([""], "a claim is empty: give the sentence to check", id="empty"),
        pytest.param(["  "], "a claim is empty: give the sentence to check", id="whitespace"),
        pytest.param(
            ["Pada 2025 Kukar menambah 13.289 peserta baru", ""], "a claim is empty", id="one-of-two"
        ),
    ],
)
def test_an_empty_claim_is_a_usage_error(kukar_db, claims, message):
    result = CliRunner().invoke(cli, ["check", *claims, "--db", kukar_db])
    assert result.exit_code == 2
    assert message in result.stderr and result.stdout == ""


def test_a_claims_file_without_claims_is_an_error(workdir, kukar_db):
    (workdir / "claims.txt").write_text("\n  \n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "--file", "claims.txt", "--db", kukar_db])
    assert result.exit_code == 1
    assert result.stderr.splitlines() == ["Error: claims.txt: no claims in the file (one claim per line)"]


EXTRACT = Path(sys.executable).with_name("extract")
NOBODY = 65534


@pytest.fixture()
def shared_dir():
    """A directory another user can work in (the pytest tmp_path may be closed to others)."""
    directory = Path(tempfile.mkdtemp(prefix="extractor-perm-"))
    directory.chmod(0o777)
    yield directory
    for path in directory.rglob("*"):
        if path.is_dir() and not path.is_symlink():
            path.chmod(0o755)
    shutil.rmtree(directory)


def extract_unprivileged(cwd: Path, *args) -> subprocess.CompletedProcess:
    """``extract`` run as a user without permission to what root (or we) locked away: as root,
    the unprivileged user ``nobody`` (root reads everything)."""
    if not EXTRACT.exists():
        pytest.skip("the extract console script is not installed in this environment")
    command = [str(EXTRACT), *map(str, args), "--db", str(cwd / "facts.db"), "--format", "jsonl"]
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv: cannot drop privileges")
        command = [setpriv, f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", *command]
    return subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=300)


@pytest.mark.parametrize(
    "locked, argument, message",
    [
        pytest.param(
            "locked", "locked/sub/berau.txt", "cannot read: Permission denied", id="below-unsearchable"
        ),
        pytest.param(
            "locked/sub/berau.txt", "locked/sub/berau.txt", "cannot read: Permission denied", id="file"
        ),
        pytest.param("locked/sub", "locked", "cannot read directory: Permission denied", id="subdirectory"),
    ],
)
def test_what_cannot_be_read_is_a_one_line_error_and_the_rest_is_read(shared_dir, locked, argument, message):
    (shared_dir / "locked" / "sub").mkdir(parents=True)
    (shared_dir / "locked" / "sub" / "berau.txt").write_text(BERAU, encoding="utf-8")
    (shared_dir / "semarang.txt").write_text(SEMARANG, encoding="utf-8")
    for path in (shared_dir / "locked", shared_dir / "locked" / "sub"):
        path.chmod(0o755)
    (shared_dir / locked).chmod(0o700 if (shared_dir / locked).is_dir() else 0o600)
    if os.geteuid() != 0:  # we own what we locked: let nobody else in, including us
        (shared_dir / locked).chmod(0)
    proc = extract_unprivileged(shared_dir, argument, "semarang.txt")
    assert proc.returncode == 1, proc.stderr
    where = argument if "sub" in argument else "locked/sub"
    assert proc.stderr.splitlines() == [
        f"Error: {where}: {message}",
        f"1 article, 1 fact, 1 failed → {shared_dir / 'facts.db'}",
        "1 input(s) failed; the rest were stored in " + str(shared_dir / "facts.db") + ".",
    ]
    assert [json.loads(line)["article"] for line in proc.stdout.splitlines()] == ["semarang.txt"]


# --- hostile text: control characters ---------------------------------------------------------------

CONTROL_BYTES = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "Pemkab Berau melindungi \x1b[0;1m pekerja rentan BPJS Ketenagakerjaan pada 2024.", id="reset"
        ),
        pytest.param(
            "Pemkab Kukar menambah \x1b[1;32m peserta baru BPJS Ketenagakerjaan pada 2025.", id="colour"
        ),
        pytest.param(
            "Jumlah peserta BPJS Ketenagakerjaan di Kukar pada 2025 sebanyak \x1b[38;5;200m orang.",
            id="256-colour",
        ),
        pytest.param(
            "Pemkab Berau melindungi \x9b2J pekerja rentan BPJS Ketenagakerjaan pada 2024.", id="8-bit-csi"
        ),
        pytest.param(
            "Pemkab Berau melindungi \x1b]0;12\x07 pekerja rentan BPJS Ketenagakerjaan pada 2024.",
            id="window-title",
        ),
    ],
)
def test_terminal_escapes_in_an_article_never_become_figures(workdir, text):
    (workdir / "a.txt").write_text(text + "\n", encoding="utf-8")
    result = extract("a.txt")
    assert printed(result) == []
    [article] = stored("articles")
    assert not CONTROL_BYTES.search(article["text"])


def test_control_characters_are_stripped_from_the_stored_text_and_offsets_point_into_it(workdir):
    record = {
        "id": "berau",
        "text": "\x1b[1mPemkab Berau\x1b[0m\x07 melindungi\x00 11.872\r\npekerja rentan BPJS "
        "Ketenagakerjaan\x0cpada 2024.\x85",
    }
    (workdir / "x.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    [fact] = printed(extract("x.jsonl"))
    [article] = stored("articles")
    assert (
        article["text"] == "Pemkab Berau melindungi 11.872\npekerja rentan BPJS Ketenagakerjaan\npada 2024.\n"
    )
    assert article["text"][fact["start"] : fact["end"]] == fact["quote"] == "11.872"


# --- hostile text: what is printed for people ------------------------------------------------------

ESCAPE = "\x1b[2J\x9b31m"


@pytest.fixture()
def hostile_db(workdir) -> str:
    """Two articles whose ids (and titles: the table of facts shows titles) hold terminal escapes
    and a newline, with figures that disagree."""
    records = [
        {
            "id": f"{ESCAPE}a\nError: forged",
            "title": f"{ESCAPE}a\nError: forged",
            "text": "Pemkab Berau melindungi 11.872 pekerja rentan BPJS Ketenagakerjaan pada 2024.",
        },
        {
            "id": f"{ESCAPE}b",
            "title": f"{ESCAPE}b",
            "text": "Pemkab Berau melindungi 15.000 pekerja rentan BPJS Ketenagakerjaan pada 2024.",
        },
    ]
    (workdir / "x.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    extract("x.jsonl")
    return "facts.db"


@pytest.mark.parametrize(
    "command",
    [
        pytest.param(["x.jsonl", "--format", "table"], id="run-table"),
        pytest.param(["export", "--format", "table"], id="export-table"),
        pytest.param(
            ["check", "Pemkab Berau melindungi 11.872 pekerja rentan BPJS Ketenagakerjaan pada 2024"],
            id="check",
        ),
        pytest.param(["conflicts"], id="conflicts"),
        pytest.param(["x.jsonl", "--format", "jsonl"], id="run-jsonl"),
    ],
)
def test_escapes_and_newlines_in_ids_reach_the_terminal_as_visible_text(hostile_db, command):
    result = CliRunner().invoke(cli, [*command, "--db", hostile_db])
    assert result.exit_code == 0, result.output
    assert "\x1b" not in result.stdout and "\x9b" not in result.stdout
    assert "Error: forged" not in result.stdout.splitlines()
    assert "\\x1b[2J" in result.stdout or "\\u001b[2J" in result.stdout


def test_a_newline_in_a_file_name_cannot_forge_a_second_error_line(workdir):
    name = "bad\nError: everything is fine\x1b[0m.txt"
    (workdir / name).write_bytes(b"\x00\x01binary")
    result = extract(name, code=1)
    assert errors(result) == [
        "Error: bad\\nError: everything is fine\\x1b[0m.txt: not a text file (binary content)"
    ]
    assert "\x1b" not in result.stderr


def test_warnings_show_escapes_as_text(workdir):
    text = KUKAR.read_text(encoding="utf-8")
    record = {"id": "k\x1b[31m", "text": text}
    (workdir / "x.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    extract("x.jsonl")
    record["text"] = text[: text.index("13.289") + 40]
    (workdir / "x.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    [warning] = said(extract("x.jsonl"))
    assert warning.startswith("Warning: k\\x1b[31m: 1 fact(s) where there were ")
