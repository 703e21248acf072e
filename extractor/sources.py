"""Sources: turn inputs into raw article records, the first stage of read → prepare → annotate → store.

An input is a ``.txt`` file, a directory (searched recursively), ``-`` for standard input, a
``.jsonl`` file of article records ``{"id", "text", "url", "published", "title"}``, a saved
``.html`` page (``scrape.py``), or an ``http(s)://`` URL (through a fetcher, ``scrape.Fetcher``).
Each readable article is yielded as an ``Article``; anything unreadable (a binary file, a bad
JSON line) as a ``SourceError`` naming the file and line, so the batch goes on without it.

Articles leave here raw: plain text keeps its page debris and carries no date but a record's
own. Cleaning and dating are ``prepare.py``'s.
"""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Iterable, Iterator
from datetime import date, datetime
from pathlib import Path

from .language import LanguageData
from .records import Article, SourceError

log = logging.getLogger(__name__)

TEXT_SUFFIXES = {".txt", ".text", ""}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
ARTICLE_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES


def is_url(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def missing_paths(sources: Iterable[str]) -> list[str]:
    """The inputs that name neither stdin, a URL, nor an existing path."""
    return [s for s in sources if s != "-" and not is_url(s) and not Path(s).exists()]


def expand(sources: Iterable[str]) -> Iterator[str]:
    """Inputs with directories replaced by the article files under them, in sorted order."""
    for source in sources:
        path = Path(source)
        if source != "-" and not is_url(source) and path.is_dir():
            for child in sorted(path.rglob("*")):
                if child.is_file() and child.suffix.lower() in ARTICLE_SUFFIXES - {""}:
                    yield str(child)
        else:
            yield source


def read_articles(
    sources: Iterable[str], fetcher=None, data: LanguageData | None = None
) -> Iterator[Article | SourceError]:
    """Every article in the inputs, in order, as read.

    ``fetcher`` reads URLs: ``fetcher.articles(url)`` yields the page's article (or, with a
    follow pattern, the articles a listing page links to) and errors; without one, a URL is
    an error. ``data`` gives the scraping rules for saved HTML pages (bundled when ``None``).
    """
    for source in expand(sources):
        yield from _read_one(source, fetcher, data)


def _read_one(source: str, fetcher, data: LanguageData | None) -> Iterator[Article | SourceError]:
    if is_url(source):
        if fetcher is None:
            yield SourceError(source, "cannot fetch URLs here")
            return
        yield from fetcher.articles(source)
        return
    if source == "-":
        text = sys.stdin.read()
        yield Article(id="-", text=text)
        return
    path = Path(source)
    suffix = path.suffix.lower()
    try:
        raw = path.read_bytes()
    except OSError as err:
        yield SourceError(source, f"cannot read: {err.strerror or err}")
        return
    if suffix in HTML_SUFFIXES:
        from . import scrape

        yield scrape.article_from_html(raw, source_id=source, data=data)
        return
    text = _decode(raw)
    if text is None:
        yield SourceError(source, "not a text file (binary content)")
        return
    if suffix in JSONL_SUFFIXES:
        yield from _jsonl_articles(source, text)
    else:
        yield Article(id=source, text=text)


def _decode(raw: bytes) -> str | None:
    """The text of a file, or ``None`` when it is binary."""
    if b"\x00" in raw[:8192]:
        return None
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        from charset_normalizer import from_bytes

        best = from_bytes(raw).best()
        return str(best) if best is not None else None


def _jsonl_articles(source: str, text: str) -> Iterator[Article | SourceError]:
    for number, line in enumerate(text.splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            yield SourceError(source, f"not a JSON object: {err.msg}", number)
            continue
        yield article_from_record(record, source, number)


def article_from_record(record: object, source: str, number: int) -> Article | SourceError:
    """The article of one record ``{"id", "text", "url", "published", "title", "author",
    "outlet"}`` (a JSON Lines line, or a dict handed to the library), number ``number`` of
    ``source``: its id is ``id``, else ``url``, else ``source:number``.

    >>> article = article_from_record({"text": "Isi.", "published": "2025-12-01"}, "a.jsonl", 3)
    >>> article.id, article.published, article.published_source
    ('a.jsonl:3', datetime.date(2025, 12, 1), 'record')
    >>> str(article_from_record({"id": "x"}, "a.jsonl", 4))
    'a.jsonl:4: record has no "text" string'
    """
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        return SourceError(source, 'record has no "text" string', number)
    article_id = record.get("id") or record.get("url") or f"{source}:{number}"
    try:
        published = parse_date(record.get("published"))
    except ValueError:
        return SourceError(source, f'bad "published" date {record.get("published")!r}', number)
    return Article(
        id=str(article_id),
        text=record["text"],
        url=record.get("url"),
        title=record.get("title"),
        author=record.get("author"),
        outlet=record.get("outlet"),
        published=published,
        published_source="record" if published else None,
    )


def parse_date(value: object) -> date | None:
    """An ISO date or timestamp from a record; ``None`` when absent.

    >>> parse_date("2025-12-01"), parse_date("2025-12-01T07:26:00+08:00"), parse_date(None)
    (datetime.date(2025, 12, 1), datetime.date(2025, 12, 1), None)
    """
    if value in (None, ""):
        return None
    if not isinstance(value, str):
        raise ValueError(value)
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return datetime.fromisoformat(value).date()
