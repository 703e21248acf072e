"""Article identity: the same article read again, however spelled, is one stored article; two
different articles are never one (identity.py)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import sqlite_utils
from click.testing import CliRunner

from extractor import api, sources
from extractor.cli import cli
from extractor.identity import url_id
from extractor.records import Article

CORPUS = Path(__file__).resolve().parent.parent / "corpus"
KUKAR = "Pemkab Kukar menambah 13.289 peserta baru BPJS Ketenagakerjaan pada 2025.\n"
BERAU = "Pemkab Berau melindungi 11.872 pekerja rentan BPJS Ketenagakerjaan pada 2024.\n"


@pytest.fixture()
def workdir(tmp_path, monkeypatch) -> Path:
    """A working directory with a copy of the corpus in ``corpus/``."""
    shutil.copytree(CORPUS, tmp_path / "corpus")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def extract(*args, input=None):
    result = CliRunner().invoke(cli, [*map(str, args), "--db", "facts.db", "--format", "jsonl"], input=input)
    assert result.exit_code == 0, result.output
    return result


def article_ids(db="facts.db") -> list[str]:
    return sorted(row["id"] for row in sqlite_utils.Database(db).query("select id from articles"))


def corpus_ids() -> list[str]:
    return sorted(f"corpus/{p.name}" for p in CORPUS.glob("*.txt"))


# --- files -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "spellings",
    [
        pytest.param(["corpus", "./corpus", "{abs}/corpus"], id="relative-dot-absolute"),
        pytest.param(["corpus/", "corpus/../corpus", "{abs}/./corpus//"], id="slashes-and-dots"),
        pytest.param(["link-to-corpus", "corpus"], id="symbolic-link"),
    ],
)
def test_a_directory_read_in_any_spelling_is_one_set_of_articles(workdir, spellings):
    (workdir / "link-to-corpus").symlink_to(workdir / "corpus")
    for spelling in spellings:
        extract(spelling.format(abs=workdir))
        assert article_ids() == corpus_ids()


def test_the_same_directory_given_twice_in_one_run_is_read_once(workdir):
    result = extract("corpus", "./corpus", workdir / "corpus" / "kukar-kaltimtoday-2025-12-01.txt")
    once = extract("corpus").stdout
    assert result.stdout == once


def test_the_same_file_name_in_two_directories_is_two_articles(workdir):
    for name, text in (("a", KUKAR), ("b", BERAU)):
        (workdir / name).mkdir()
        (workdir / name / "berita.txt").write_text(text, encoding="utf-8")
    extract("a/berita.txt")
    extract("b/berita.txt")
    assert article_ids() == ["a/berita.txt", "b/berita.txt"]


def test_id_root_makes_file_ids_relative_to_another_directory(workdir):
    extract("corpus", "--id-root", workdir.parent)
    assert article_ids() == sorted(f"{workdir.name}/{i}" for i in corpus_ids())


def test_a_file_outside_the_root_has_its_absolute_path(workdir, tmp_path_factory):
    outside = tmp_path_factory.mktemp("outside") / "berau.txt"
    outside.write_text(BERAU, encoding="utf-8")
    extract(outside)
    assert article_ids() == [outside.resolve().as_posix()]


# --- standard input ----------------------------------------------------------------------------


def test_two_texts_from_standard_input_are_two_articles_and_the_same_text_one(workdir):
    extract("-", input=KUKAR)
    extract("-", input=BERAU)
    extract("-", input=KUKAR)
    ids = article_ids()
    assert len(ids) == 2 and all(i.startswith("stdin:") for i in ids)
    assert sqlite_utils.Database("facts.db").table("facts").count == 2


def test_id_names_the_article_from_standard_input(workdir):
    extract("-", "--id", "kukar-2025", input=KUKAR)
    extract("-", "--id", "kukar-2025", input=KUKAR.replace("13.289", "13.300"))
    assert article_ids() == ["kukar-2025"]
    assert [r["value"] for r in sqlite_utils.Database("facts.db").table("facts").rows] == [13300]


def test_id_without_standard_input_is_a_usage_error(workdir):
    result = CliRunner().invoke(cli, ["corpus", "--id", "x", "--db", "facts.db"])
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        "Error: --id names the article read from standard input: give - as an input"
    ]


def test_standard_input_given_twice_is_read_once(workdir):
    result = extract("-", "-", input=KUKAR)
    assert len(result.stdout.splitlines()) == 1
    [stored] = sqlite_utils.Database("facts.db").table("articles").rows
    assert stored["text"] == KUKAR


# --- URLs and records ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url, expected",
    [
        pytest.param("https://x.id/berita/a", "https://x.id/berita/a", id="already-normal"),
        pytest.param("HTTPS://X.ID/berita/a", "https://x.id/berita/a", id="upper-case-scheme-and-host"),
        pytest.param("https://x.id:443/berita/a", "https://x.id/berita/a", id="default-port"),
        pytest.param("http://x.id:8080/berita/a", "http://x.id:8080/berita/a", id="other-port-kept"),
        pytest.param("https://x.id/berita/a/", "https://x.id/berita/a", id="trailing-slash"),
        pytest.param("https://x.id/berita/a#komentar", "https://x.id/berita/a", id="fragment"),
        pytest.param("https://x.id/a?utm_source=fb&utm_medium=x&p=2", "https://x.id/a?p=2", id="utm"),
        pytest.param("https://x.id/a?fbclid=1&gclid=2", "https://x.id/a", id="click-ids"),
        pytest.param("https://x.id/A?P=2", "https://x.id/A?P=2", id="path-and-query-case-kept"),
        pytest.param("https://user:pw@x.id/a", "https://x.id/a", id="no-credentials"),
        pytest.param("https://x.id", "https://x.id/", id="empty-path"),
    ],
)
def test_url_id(url, expected):
    assert url_id(url) == expected


class FakeFetcher:
    """Pages by URL, as ``scrape.Fetcher.articles`` yields them: the id is the URL as given."""

    def __init__(self):
        self.fetched = []

    def articles(self, url):
        self.fetched.append(url)
        yield Article(id=url, text=KUKAR, url=url)


def test_a_url_in_two_spellings_is_fetched_once_under_its_normalised_id():
    fetcher = FakeFetcher()
    items = list(sources.read_articles(["https://X.id/a/#top", "https://x.id/a?utm_source=wa"], fetcher))
    assert [i.id for i in items] == ["https://x.id/a"]
    assert fetcher.fetched == ["https://X.id/a/#top"]


@pytest.mark.parametrize(
    "record, expected",
    [
        pytest.param('{"id": "art-1", "url": "https://x.id/a", "text": "Isi."}', "art-1", id="own-id"),
        pytest.param('{"url": "HTTPS://x.id/a/?utm_source=x", "text": "Isi."}', "https://x.id/a", id="url"),
        pytest.param('{"text": "Isi."}', "export.jsonl:1", id="file-and-line"),
    ],
)
def test_a_record_is_known_by_its_id_else_its_url_else_its_line(workdir, record, expected):
    (workdir / "export.jsonl").write_text(record + "\n", encoding="utf-8")
    [article] = sources.read_articles([str(workdir / "export.jsonl")])
    assert article.id == expected


# --- databases written before the rule -------------------------------------------------------


def test_rows_stored_under_an_older_spelling_are_replaced_not_doubled(workdir):
    """Before the rule a file's id was its path as typed and stdin was ``-``."""
    extracted = {o.article.id: o for o in api.extract_articles(api.read(["corpus"]))}
    [stdin_outcome] = api.extract_articles([Article(id="-", text=KUKAR)])
    old = api.Store("facts.db")
    kukar_id = "corpus/kukar-kaltimtoday-2025-12-01.txt"
    for old_id, outcome in (
        (f"./{kukar_id}", extracted[kukar_id]),
        (
            str(workdir / "corpus" / "kutim-formasi-2024-08-17.txt"),
            extracted["corpus/kutim-formasi-2024-08-17.txt"],
        ),
        ("-", stdin_outcome),
        ("unrelated-record", stdin_outcome),
    ):
        outcome.article.id = old_id
        old.save(outcome.article, [])
    old.close()

    extract("corpus")
    extract("-", input=KUKAR)
    ids = article_ids()
    assert [i for i in ids if not i.startswith("stdin:")] == sorted([*corpus_ids(), "unrelated-record"])
    assert len(ids) == len(corpus_ids()) + 2
