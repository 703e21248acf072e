"""Store: articles and their facts in SQLite, through sqlite-utils.

Two tables: ``articles`` (one row per article, primary key ``id``) and ``facts`` (every field
of SCHEMA.md, a stable ``id``, and a foreign key ``article`` → ``articles.id``). Saving an
article replaces its row and all its facts in one transaction, so re-running the same input
leaves the same rows, a changed article replaces its facts, and a run killed half way leaves
every article either fully old or fully new. The database is Datasette-ready as it stands.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterable, Iterator
from datetime import datetime, timezone
from pathlib import Path

import sqlite_utils

from . import __version__
from .records import FACT_FIELDS, Article, Fact

log = logging.getLogger(__name__)

ARTICLE_COLUMNS = {
    "id": str,
    "url": str,
    "title": str,
    "author": str,
    "outlet": str,
    "published": str,
    "text": str,
    "sha256": str,
    "extracted_at": str,
    "extractor_version": str,
}
FACT_COLUMNS = {
    "id": str,
    "article": str,
    "region": str,
    "region_level": str,
    "region_code": str,
    "year": int,
    "as_of": str,
    "metric": str,
    "value": float,
    "value_max": float,
    "unit": str,
    "qualifier": str,
    "program": str,
    "detail": str,
    "sentence": str,
    "start": int,
    "end": int,
    "quote": str,
    "confidence": float,
}


class StoreError(Exception):
    """The database cannot be opened or written."""


class Store:
    """The SQLite database of articles and facts."""

    def __init__(self, path: str | Path, create: bool = True):
        """Open (and, with ``create``, make) the database; without ``create`` a missing file is a
        ``StoreError`` rather than a new empty database."""
        self.path = str(path)
        if not create and not Path(self.path).is_file():
            raise StoreError(
                f"{self.path}: no such database (build it first: extract ARTICLES --db {self.path})"
            )
        try:
            self.db = sqlite_utils.Database(self.path)
            self.db.execute("PRAGMA foreign_keys = ON")
            self._ensure_schema()
        except sqlite3.DatabaseError as err:
            raise StoreError(f"{self.path}: not a usable SQLite database ({err})") from None

    def _ensure_schema(self) -> None:
        with self.db.atomic():
            articles = self.db.table("articles")
            if not articles.exists():
                articles.create(ARTICLE_COLUMNS, pk="id")
            facts = self.db.table("facts")
            if not facts.exists():
                facts.create(FACT_COLUMNS, pk="id", foreign_keys=[("article", "articles", "id")])
                facts.create_index(["article"])
                facts.create_index(["region", "year", "metric"])

    def save(self, article: Article, facts: Iterable[Fact]) -> None:
        """Store the article and replace all its facts, in one transaction."""
        row = {
            "id": article.id,
            "url": article.url,
            "title": article.title,
            "author": article.author,
            "outlet": article.outlet,
            "published": article.published.isoformat() if article.published else None,
            "text": article.text,
            "sha256": article.sha256,
            "extracted_at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "extractor_version": __version__,
        }
        try:
            with self.db.atomic():
                self.db.table("facts").delete_where("article = ?", [article.id])
                self.db.table("articles").upsert(row, pk="id")
                self.db.table("facts").insert_all((fact_row(f) for f in facts), pk="id", replace=True)
        except sqlite3.DatabaseError as err:
            raise StoreError(f"{self.path}: cannot store {article.id}: {err}") from None

    def facts(self, where: str | None = None, params: Iterable = ()) -> Iterator[dict]:
        """Stored facts joined with their article's url, title and date, in article order."""
        sql = (
            "select facts.*, articles.url as article_url, articles.title as article_title, "
            "articles.published as article_published from facts "
            "join articles on articles.id = facts.article"
            + (f" where {where}" if where else "")
            + " order by facts.article, facts.start"
        )
        yield from self.db.query(sql, list(params))

    def export(
        self, region: str | None = None, year: int | None = None, metric: str | None = None
    ) -> Iterator[dict]:
        """Stored facts in the SCHEMA.md shape (plus ``confidence`` and ``id``), optionally only
        those of one region (case-insensitive), year or metric; in article and text order."""
        clauses, params = [], []
        for column, value in (
            ("lower(facts.region)", region and region.lower()),
            ("facts.year", year),
            ("facts.metric", metric),
        ):
            if value is not None:
                clauses.append(f"{column} = ?")
                params.append(value)
        for row in self.facts(" and ".join(clauses) or None, params):
            yield {name: row[name] for name in FACT_FIELDS}

    def counts(self) -> dict[str, int]:
        return {name: self.db.table(name).count for name in ("articles", "facts")}


def fact_row(fact: Fact) -> dict:
    record = fact.to_dict()
    return {name: record[name] for name in FACT_FIELDS}
