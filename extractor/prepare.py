"""Prepare: raw articles made ready for annotation, cleaned once and dated once.

The second stage of read → prepare → annotate → store. Reading (``sources.py``, ``scrape``)
leaves plain text with its page debris and most articles without a date; ``prepare`` is the one
place that changes an article before the spaCy pipeline sees it:

1. a date given for every article (``--published``) replaces the one it carries;
2. an article that needs cleaning (plain text, and the text of an HTML page) is cleaned of
   control characters and terminal escapes, then of page debris (``clean.py``), exactly once:
   the cleaned text is what is stored and what fact offsets point into;
3. an article still without a date is dated from its cleaned text (byline, dateline, first
   dated event), else from a date written into its URL (``pubdate.py``);
4. an article without a title (plain text) takes its headline line as its title, so a stored
   article reads as its title wherever it is listed (Datasette's links, the review page).

A prepared article needs nothing more, so preparing it again changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from datetime import date

from . import clean, layout, pubdate
from .language import LanguageData
from .records import Article, SourceError


def prepare(article: Article, data: LanguageData | None = None, published: date | None = None) -> Article:
    """The article, cleaned and dated in place (see the module docstring); ``data`` gives the
    debris rules and date words (the bundled ones when ``None``), ``published`` a date that
    replaces the article's own.

    >>> raw = Article(id="a", text="Isi 13.289 peserta.\\n\\nBaca Juga: Lain\\n", url="https://x.id/2023/08/30/a")
    >>> article = prepare(raw)
    >>> article.text, article.published, article.published_source, article.needs_cleaning
    ('Isi 13.289 peserta.\\n', datetime.date(2023, 8, 30), 'url', False)
    """
    if published is not None:
        article.published, article.published_source = published, "option"
    if article.needs_cleaning:
        article.text = clean.clean_text(clean.without_controls(article.text), data)
        article.needs_cleaning = False
    if article.published is None:
        article.published = pubdate.published_from_text(article.text, data, cleaned=True)
        article.published_source = "text" if article.published else None
    if article.published is None:
        article.published = pubdate.published_from_url(article.url)
        article.published_source = "url" if article.published else None
    if article.title is None:
        article.title = headline(article.text)
    return article


def headline(text: str) -> str | None:
    """The headline line of a plain-text article, or ``None`` when it opens with running text.

    ``layout.py`` owns the layout of a plain-text article (where its title line ends, passing over
    site menus and desk labels above it); the headline is that line.

    >>> headline("PROKOM KUKAR\\n\\nPemkab Kukar Dorong Universal Coverage Jamsostek\\n\\nSAMARINDA - Isi.")
    'Pemkab Kukar Dorong Universal Coverage Jamsostek'
    >>> headline("Ambon (ANTARA) -\\n\\nIsi berita yang panjang.") is None
    True
    """
    first = len(text) - len(text.lstrip())
    end = layout.title_end(text, first) if text.strip() else first
    line = text[first:end].rsplit("\n", 1)[-1].strip()
    if len(line.split()) < layout.TITLE_MIN_WORDS or line.endswith(("-", "–", "—")) or not text[end:].strip():
        return None  # too short, a dateline, or the whole text (a one-line text has no headline)
    return line


def prepare_all(
    items: Iterable[Article | SourceError], data: LanguageData | None = None, published: date | None = None
) -> Iterator[Article | SourceError]:
    """Every article of ``items`` prepared, in order, as it comes; errors pass through untouched."""
    for item in items:
        yield item if isinstance(item, SourceError) else prepare(item, data, published)
