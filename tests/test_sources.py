"""Inputs become article records; unreadable ones become errors naming the file and line."""

from __future__ import annotations

import io
import json
from datetime import date

import pytest

from extractor import sources
from extractor.records import Article, SourceError


def read(paths, **kwargs):
    return list(sources.read_articles([str(p) for p in paths], **kwargs))


def test_text_file_becomes_article_with_its_path_as_id(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Judul\n\nIsi berita.", encoding="utf-8")
    [article] = read([path])
    assert isinstance(article, Article)
    assert article.id == str(path)
    assert article.text == "Judul\n\nIsi berita."
    assert article.needs_cleaning


def test_directory_is_read_recursively_in_sorted_order(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text("dua", encoding="utf-8")
    (tmp_path / "1.txt").write_text("satu", encoding="utf-8")
    (tmp_path / "notes.csv").write_text("x,y", encoding="utf-8")
    assert [a.text for a in read([tmp_path])] == ["satu", "dua"]


def test_jsonl_records_keep_their_ids_and_metadata(tmp_path):
    path = tmp_path / "export.jsonl"
    records = [
        {
            "id": "art-1",
            "text": "Isi satu.",
            "url": "https://x.id/1",
            "published": "2025-03-03",
            "title": "T1",
        },
        {"id": "art-2", "text": "Isi dua.", "published": "2025-12-01T07:26:00+08:00"},
    ]
    path.write_text("\n".join(json.dumps(r) for r in records) + "\n", encoding="utf-8")
    first, second = read([path])
    assert (first.id, first.url, first.title, first.published) == (
        "art-1",
        "https://x.id/1",
        "T1",
        date(2025, 3, 3),
    )
    assert first.published_source == "record"
    assert (second.id, second.published) == ("art-2", date(2025, 12, 1))


@pytest.mark.parametrize(
    "line, message",
    [
        pytest.param("{not json", "not a JSON object", id="bad-json"),
        pytest.param('{"id": "x"}', 'no "text" string', id="no-text"),
        pytest.param('["a", "b"]', 'no "text" string', id="not-an-object"),
        pytest.param('{"id": "x", "text": "t", "published": "kemarin"}', 'bad "published"', id="bad-date"),
    ],
)
def test_bad_jsonl_line_is_an_error_with_its_line_number_and_the_rest_is_read(tmp_path, line, message):
    path = tmp_path / "export.jsonl"
    path.write_text('{"id": "ok-1", "text": "Satu."}\n' + line + '\n{"id": "ok-2", "text": "Dua."}\n')
    items = read([path])
    assert [type(i).__name__ for i in items] == ["Article", "SourceError", "Article"]
    error = items[1]
    assert error.line == 2 and message in error.message
    assert str(error).startswith(f"{path}:2: ")


def test_binary_file_is_an_error_not_an_article(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    [error] = read([path])
    assert isinstance(error, SourceError)
    assert "binary" in error.message


def test_latin1_text_file_is_decoded(tmp_path):
    path = tmp_path / "old.txt"
    path.write_bytes(
        "Pemkab Kukar menambah 13.289 peserta; Bupati berkata: «luar biasa», café.".encode("cp1252")
    )
    [article] = read([path])
    assert "13.289 peserta" in article.text and "café" in article.text


def test_stdin_is_one_article(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.StringIO("Isi dari stdin."))
    [article] = list(sources.read_articles(["-"]))
    assert (article.id, article.text) == ("stdin:466a47b02f484e0e", "Isi dari stdin.")


def test_text_articles_leave_raw_neither_cleaned_nor_dated(tmp_path):
    """Cleaning and dating are prepare.py's (tests/test_prepare.py)."""
    path = tmp_path / "a.txt"
    path.write_text("Senin, 3 Maret 2025\nIsi.\n\nBaca Juga: Judul Lain\n", encoding="utf-8")
    [article] = read([path])
    assert (article.published, article.published_source, article.needs_cleaning) == (None, None, True)
    assert "Baca Juga: Judul Lain" in article.text


def test_missing_paths_are_listed_but_urls_and_stdin_are_not(tmp_path):
    existing = tmp_path / "a.txt"
    existing.write_text("x")
    missing = sources.missing_paths([str(existing), str(tmp_path / "nope.txt"), "-", "https://x.id/a"])
    assert missing == [str(tmp_path / "nope.txt")]


def test_url_without_a_fetcher_is_an_error():
    [error] = list(sources.read_articles(["https://example.org/berita"]))
    assert isinstance(error, SourceError) and error.source == "https://example.org/berita"
