"""Prepare: raw articles are cleaned once and dated once before the pipeline sees them."""

from __future__ import annotations

from datetime import date

import pytest

from extractor import api, clean, pipeline, sources
from extractor.prepare import prepare, prepare_all
from extractor.records import Article, SourceError

BODY = (
    "Pemerintah Kabupaten Kutai Timur terus memperluas perlindungan jaminan sosial ketenagakerjaan "
    "bagi pekerja rentan di seluruh kecamatan melalui program yang dibiayai anggaran daerah.\n"
)
DATED = "Judul\n\nSenin, 3 Maret 2025 10:15 WIB\n\n" + BODY
TEASER = "\nBaca Juga: Harga Cabai Naik 5 Ribu pada 1 Januari 2020\n"


@pytest.fixture
def cleanings(monkeypatch) -> list[str]:
    """Every text ``clean.clean_text`` is called on, from anywhere."""
    calls: list[str] = []
    real = clean.clean_text

    def counting(text, data=None):
        calls.append(text)
        return real(text, data)

    monkeypatch.setattr(clean, "clean_text", counting)
    return calls


def test_published_option_overrides_every_article(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("Senin, 3 Maret 2025\nIsi.", encoding="utf-8")
    [article] = prepare_all(sources.read_articles([str(path)]), published=date(2024, 1, 2))
    assert (article.published, article.published_source) == (date(2024, 1, 2), "option")


def test_a_plain_text_article_is_cleaned_and_dated_from_its_text():
    article = prepare(Article(id="a", text=DATED + TEASER))
    assert "Baca Juga" not in article.text and not article.needs_cleaning
    assert (article.published, article.published_source) == (date(2025, 3, 3), "text")


def test_a_teaser_date_never_dates_the_article():
    article = prepare(Article(id="a", text=BODY + TEASER, url="https://x.id/2023/08/30/kukar"))
    assert (article.published, article.published_source) == (date(2023, 8, 30), "url")


def test_clean_text_runs_once_per_plain_text_article(tmp_path, cleanings):
    for name in ("a", "b"):
        (tmp_path / f"{name}.txt").write_text(BODY + TEASER, encoding="utf-8")
    outcomes = list(api.run([str(tmp_path)], api.Settings(db_path=str(tmp_path / "facts.db"))))
    assert [o.error for o in outcomes] == [None, None]
    assert len(cleanings) == 2
    assert all(o.article.text == BODY for o in outcomes)


def test_a_prepared_article_is_not_prepared_again(cleanings):
    article = prepare(Article(id="a", text=DATED + TEASER))
    text, published = article.text, article.published
    assert prepare(article) is article
    assert (article.text, article.published, len(cleanings)) == (text, published, 1)


def test_an_article_that_needs_no_cleaning_keeps_its_text(cleanings):
    article = prepare(Article(id="a", text=DATED + TEASER, needs_cleaning=False))
    assert article.text == DATED + TEASER and cleanings == []
    assert article.published == date(2025, 3, 3)


def test_errors_pass_through_in_their_place():
    error = SourceError("b.txt", "not a text file (binary content)")
    items = list(prepare_all([Article(id="a", text=BODY), error, Article(id="c", text=BODY)]))
    assert [getattr(item, "id", None) for item in items] == ["a", None, "c"]
    assert items[1] is error


def test_the_pipeline_refuses_an_article_that_was_not_prepared(nlp):
    with pytest.raises(ValueError, match="a: not prepared"):
        list(pipeline.annotate([Article(id="a", text=BODY)], nlp))
