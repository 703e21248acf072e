"""Store: articles and their facts in SQLite, through sqlite-utils.

Two tables: ``articles`` (one row per article, primary key ``id``) and ``facts`` (every field
of SCHEMA.md, a stable ``id``, and a foreign key ``article`` → ``articles.id``). Saving an
article replaces its row and all its facts, so re-running the same input leaves the same rows
and a changed article replaces its facts. The database is Datasette-ready as it stands.

Writing is safe against crashes and other writers:

- ``save_many`` stores many articles in one transaction (fast), each article wholly: a run
  killed half way leaves every article either fully old or fully new, never mixed.
- The database is in WAL mode and every write transaction starts with ``BEGIN IMMEDIATE``: a
  second writer (another ``extract`` on the same file) waits for the first, up to the busy
  timeout, instead of failing with "database is locked"; readers never wait.
- A fact whose value SQLite cannot hold (an integer of 19 digits or more) is refused before
  it is written (``refusal``), so one absurd figure cannot fail an article or a batch.

The database is made for reading tools: articles have full-text search on their title and
text (``articles_fts``, kept in sync by triggers whatever writes the table), and quantities are
stored as numbers of their own kind (INTEGER for people and rupiah, REAL for percentages;
``QUANTITY_TYPE``); a database made by an older version is brought up to date when it is next
written (``_upgrade``). ``metadata.py`` describes it for Datasette.
"""

from __future__ import annotations

import itertools
import logging
import sqlite3
import time
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timezone
from functools import cache
from pathlib import Path

import sqlite_utils

from . import __version__
from .records import ARTICLE_FIELDS, FACT_FIELDS, Article, Fact
from .settings import Settings

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
    "patterns_fingerprint": str,
}
QUANTITY_TYPE = "ANY"
"""The declared type of ``value`` and ``value_max``. In a table that is not STRICT, a column
declared ANY has NUMERIC affinity: a whole number (people, rupiah) is stored as an INTEGER,
exactly, and a fraction (a percentage) as a REAL. A FLOAT column would store Rp 1,5 miliar as
1500000000.0 and round figures past 2**53."""
FTS_COLUMNS = ("title", "text")
"""The article columns full-text search covers (``articles_fts``, kept in sync by triggers)."""
FACT_COLUMNS = {
    "id": str,
    "article": str,
    "region": str,
    "region_level": str,
    "region_code": str,
    "year": int,
    "as_of": str,
    "metric": str,
    "value": QUANTITY_TYPE,
    "value_max": QUANTITY_TYPE,
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


SQLITE_INTEGERS = range(-(2**63), 2**63)
"""The integers an SQLite INTEGER holds."""


@dataclass(frozen=True)
class Saved:
    """What saving one article did: how many facts it had before (``None`` when it is new) and
    how many it has now."""

    article: str
    facts_before: int | None
    facts_now: int


class Store:
    """The SQLite database of articles and facts."""

    def __init__(
        self,
        path: str | Path,
        create: bool = True,
        timeout: float = Settings.busy_timeout,
        patterns_fingerprint: str | None = None,
    ):
        """Open (and, with ``create``, make) the database; without ``create`` a missing file is a
        ``StoreError`` rather than a new empty database, and an older database is read as it is
        (``create`` brings it up to date: ``_upgrade``). ``timeout`` is how long a write waits
        for another writer. ``patterns_fingerprint`` is stamped on every article saved: the
        ``LanguageData.fingerprint`` its facts were extracted with."""
        self.path = str(path)
        self.patterns_fingerprint = patterns_fingerprint
        if not create and not Path(self.path).is_file():
            raise StoreError(
                f"{self.path}: no such database (build it first: extract ARTICLES --db {self.path})"
            )
        try:
            # isolation_level=None: no implicit transactions; every write is in ``_writing``.
            conn = sqlite3.connect(self.path, timeout=timeout, isolation_level=None)
            self.db = sqlite_utils.Database(conn)
            self.db.execute("PRAGMA foreign_keys = ON")
            if create:
                self._use_wal(timeout)
            self._ensure_schema()
            if create:
                self._upgrade()
        except sqlite3.DatabaseError as err:
            raise StoreError(f"{self.path}: not a usable SQLite database ({err})") from None

    def _use_wal(self, timeout: float) -> None:
        """Switch the database to write-ahead logging. The switch needs the database alone, and
        while another connection writes SQLite refuses it at once, with no wait (it could
        deadlock): a second process making the same new database at the same moment retries
        until ``timeout`` rather than failing."""
        deadline = time.monotonic() + timeout
        while True:
            try:
                self.db.execute("PRAGMA journal_mode = WAL")
                return
            except sqlite3.OperationalError as err:
                if "locked" not in str(err) or time.monotonic() >= deadline:
                    raise
                time.sleep(0.02)

    @contextmanager
    def _writing(self) -> Iterator[None]:
        """One write transaction. ``BEGIN IMMEDIATE`` takes the write lock at once, so a second
        writer waits (busy timeout) rather than deadlocking on a read lock it cannot upgrade."""
        self.db.execute("BEGIN IMMEDIATE")
        try:
            yield
            self.db.execute("COMMIT")
        except BaseException:
            self.db.rollback()
            raise

    def _ensure_schema(self) -> None:
        if self._has_schema():
            return
        with self._writing():
            if self._has_schema():  # another process made it while we waited for the lock
                return
            articles = self.db.table("articles")
            if not articles.exists():
                articles.create(ARTICLE_COLUMNS, pk="id")
            facts = self.db.table("facts")
            if not facts.exists():
                facts.create(FACT_COLUMNS, pk="id", foreign_keys=[("article", "articles", "id")])
                facts.create_index(["article"])
                facts.create_index(["region", "year", "metric"])

    def _has_schema(self) -> bool:
        return self.db.table("articles").exists() and self.db.table("facts").exists()

    def _upgrade(self) -> None:
        """Bring a database made by an older version up to date, once, in one write transaction
        (another process may be doing the same: what it did first is not done again): the
        ``patterns_fingerprint`` column, quantities of NUMERIC affinity (``QUANTITY_TYPE``; whole
        numbers stored as REAL become INTEGERs), and full-text search on articles."""
        if not self._upgrades():
            return
        with self._writing():
            needed = self._upgrades()
            if "fingerprint" in needed:
                self.db.table("articles").add_column("patterns_fingerprint", str)
            if "quantities" in needed:
                self.db.table("facts").transform(types={"value": QUANTITY_TYPE, "value_max": QUANTITY_TYPE})
            if "search" in needed:
                for statement in fts_statements("articles", FTS_COLUMNS):
                    self.db.execute(statement)

    def _upgrades(self) -> set[str]:
        """What ``_upgrade`` has to do to this database."""
        articles, facts = self.db.table("articles"), self.db.table("facts")
        needed = set()
        if "patterns_fingerprint" not in articles.columns_dict:
            needed.add("fingerprint")
        declared = {column.name: column.type for column in facts.columns}
        if any(declared[name] != QUANTITY_TYPE for name in ("value", "value_max")):
            needed.add("quantities")
        if articles.detect_fts() is None:
            needed.add("search")
        return needed

    def save(self, article: Article, facts: Iterable[Fact]) -> Saved:
        """Store the article and replace all its facts, in one transaction."""
        [saved] = self.save_many([(article, facts)])
        return saved

    def save_many(
        self,
        articles: Iterable[tuple[Article, Iterable[Fact]]],
        replacing: Mapping[str, Iterable[str]] | None = None,
    ) -> list[Saved]:
        """Store every article and replace all its facts, all in one transaction: either every
        article of the batch is stored whole or, on an error, none is and a ``StoreError`` says
        which article failed. ``replacing`` maps an article id to ids the same article was stored
        under before (an older spelling): those rows and their facts go in the same transaction.
        Facts must be storable (see ``refusal``)."""
        saved, article = [], None
        try:
            with self._writing():
                for article, facts in articles:
                    for old_id in (replacing or {}).get(article.id, ()):
                        self._delete(old_id)
                    saved.append(self._save_one(article, facts))
        except (sqlite3.Error, OverflowError) as err:
            where = f"cannot store {article.id}" if article is not None else "cannot write"
            raise StoreError(f"{self.path}: {where}: {err}") from None
        return saved

    def _save_one(self, article: Article, facts: Iterable[Fact]) -> Saved:
        # Plain statements, written once (``_save_sql``): sqlite-utils' upsert and insert_all
        # read the tables' columns on every call, which cost more than the writes themselves.
        execute = self.db.conn.execute
        known = execute("select 1 from articles where id = ?", [article.id]).fetchone()
        before = self.fact_count(article.id) if known else None
        execute("delete from facts where article = ?", [article.id])
        row = article_row(article, self.patterns_fingerprint)
        statements = _save_sql()
        execute(statements["article"], [row[name] for name in ARTICLE_COLUMNS])
        rows = [[getattr(fact, name) for name in FACT_COLUMNS] for fact in facts]
        self.db.conn.executemany(statements["facts"], rows)
        return Saved(article.id, before, len(rows))

    def _delete(self, article_id: str) -> None:
        log.info("%s: stored under an older id; replaced", article_id)
        self.db.table("facts").delete_where("article = ?", [article_id])
        self.db.table("articles").delete_where("id = ?", [article_id])

    def article_hashes(self) -> Iterator[tuple[str, str]]:
        """Every stored article's id and the SHA-256 of its text."""
        for row in self.db.execute("select id, sha256 from articles"):
            yield row[0], row[1]

    def fact_count(self, article_id: str) -> int:
        """How many facts the article has stored."""
        return self.db.table("facts").count_where("article = ?", [article_id])

    def facts(self, where: str | None = None, params: Iterable = ()) -> Iterator[dict]:
        """Stored facts joined with their article's url, title and date, in article order."""
        sql = (
            "select facts.*, articles.url as article_url, articles.title as article_title, "
            "articles.published as article_published, articles.outlet as article_outlet from facts "
            "join articles on articles.id = facts.article"
            + (f" where {where}" if where else "")
            + " order by facts.article, facts.start"
        )
        yield from self.db.query(sql, list(params))

    def export(
        self,
        region: str | None = None,
        year: int | None = None,
        metric: str | None = None,
        *,
        min_confidence: float | None = None,
        since: str | None = None,
        limit: int | None = None,
        with_article: bool = False,
    ) -> Iterator[dict]:
        """Stored facts in the SCHEMA.md shape (plus ``confidence`` and ``id``), optionally only
        those of one region (case-insensitive), year or metric, of at least ``min_confidence``,
        of articles published on or after ``since`` (an ISO date), at most ``limit`` of them; in
        article and text order. ``with_article`` adds the ``published`` date, ``outlet``,
        ``title`` and ``url`` of each fact's article."""
        clauses, params = [], []
        for test, value in (
            ("lower(facts.region) = ?", region and region.lower()),
            ("facts.year = ?", year),
            ("facts.metric = ?", metric),
            ("facts.confidence >= ?", min_confidence),
            ("articles.published >= ?", since),
        ):
            if value is not None:
                clauses.append(test)
                params.append(value)
        rows = self.facts(" and ".join(clauses) or None, params)
        for row in itertools.islice(rows, limit):
            record = {name: row[name] for name in FACT_FIELDS}
            if with_article:
                record.update({name: row[f"article_{name}"] for name in ARTICLE_FIELDS})
            yield record

    def article(self, article_id: str) -> Article | None:
        """The stored article of that id as it was stored (cleaned, dated), or ``None``."""
        rows = list(self.db.query("select * from articles where id = ?", [article_id]))
        if not rows:
            return None
        return article_from_row(rows[0])

    def article_facts(self, article_id: str) -> list[Fact]:
        """The stored facts of one article, in text order."""
        rows = self.db.query("select * from facts where article = ? order by start, id", [article_id])
        return [Fact(**{name: row[name] for name in FACT_FIELDS}) for row in rows]

    def close(self) -> None:
        self.db.close()

    def counts(self) -> dict[str, int]:
        return {name: self.db.table(name).count for name in ("articles", "facts")}


@cache
def _save_sql() -> dict[str, str]:
    """The statements ``Store`` saves an article with: its row upserted (updated in place, so
    that the full-text triggers see an update), its facts inserted, replacing any of the same id."""
    columns, marks = ", ".join(f"[{n}]" for n in ARTICLE_COLUMNS), ", ".join("?" for _ in ARTICLE_COLUMNS)
    updates = ", ".join(f"[{n}] = excluded.[{n}]" for n in ARTICLE_COLUMNS if n != "id")
    fact_columns, fact_marks = ", ".join(f"[{n}]" for n in FACT_COLUMNS), ", ".join("?" for _ in FACT_COLUMNS)
    return {
        "article": f"insert into articles ({columns}) values ({marks}) "
        f"on conflict (id) do update set {updates}",
        "facts": f"insert or replace into facts ({fact_columns}) values ({fact_marks})",
    }


def article_row(article: Article, patterns_fingerprint: str | None = None, stamp: str | None = None) -> dict:
    """The ``articles`` row of an article, stamped with the time (``stamp``, else now), the
    extractor's version and the fingerprint of the rules it was extracted with."""
    return {
        "id": article.id,
        "url": article.url,
        "title": article.title,
        "author": article.author,
        "outlet": article.outlet,
        "published": article.published.isoformat() if article.published else None,
        "text": article.text,
        "sha256": article.sha256,
        "extracted_at": stamp or datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "extractor_version": __version__,
        "patterns_fingerprint": patterns_fingerprint,
    }


def article_from_row(row: dict) -> Article:
    """The article an ``articles`` row (of SQLite or Parquet) holds, as it was stored: cleaned
    and dated."""
    return Article(
        id=row["id"],
        text=row["text"],
        url=row["url"],
        title=row["title"],
        author=row["author"],
        outlet=row["outlet"],
        published=date.fromisoformat(row["published"]) if row["published"] else None,
        published_source="stored",
        needs_cleaning=False,
    )


def fts_statements(table: str, columns: Iterable[str]) -> list[str]:
    """The FTS5 table, its contents and the triggers that keep it in sync, as sqlite-utils'
    ``enable_fts(columns, create_triggers=True)`` makes them (same names, so its ``search`` and
    Datasette find them), written out so that they are made inside the store's write
    transaction: ``enable_fts`` runs its triggers through ``executescript``, which commits
    whatever transaction is open.

    >>> print(fts_statements("articles", ["title"])[2])
    CREATE TRIGGER "articles_ai" AFTER INSERT ON "articles" BEGIN
      INSERT INTO "articles_fts" (rowid, "title") VALUES (new.rowid, new."title");
    END
    """
    names = ", ".join(f'"{c}"' for c in columns)
    old = ", ".join(f'old."{c}"' for c in columns)
    new = ", ".join(f'new."{c}"' for c in columns)
    fts = f'"{table}_fts"'
    delete = f"INSERT INTO {fts} ({fts}, rowid, {names}) VALUES('delete', old.rowid, {old});"
    insert = f"INSERT INTO {fts} (rowid, {names}) VALUES (new.rowid, {new});"
    return [
        f'CREATE VIRTUAL TABLE {fts} USING FTS5 ({names}, content="{table}")',
        f'INSERT INTO {fts} (rowid, {names}) SELECT rowid, {names} FROM "{table}"',
        f'CREATE TRIGGER "{table}_ai" AFTER INSERT ON "{table}" BEGIN\n  {insert}\nEND',
        f'CREATE TRIGGER "{table}_ad" AFTER DELETE ON "{table}" BEGIN\n  {delete}\nEND',
        f'CREATE TRIGGER "{table}_au" AFTER UPDATE ON "{table}" BEGIN\n  {delete}\n  {insert}\nEND',
    ]


def fact_row(fact: Fact) -> dict:
    """The ``facts`` row of a fact: its fields, read once (no copy of the fact)."""
    return {name: getattr(fact, name) for name in FACT_FIELDS}


def refusal(fact: Fact) -> str | None:
    """Why the fact cannot be stored, or ``None`` when it can: SQLite holds integers up to
    2**63 - 1, 19 digits (a REAL would round the figure, which is worse than leaving it out).

    >>> from extractor.records import Fact
    >>> def fact(value):
    ...     return Fact("Indonesia", "national", None, 2025, None, "budget", value, None, "IDR",
    ...                 "exact", None, None, "a", "s", 0, 1, "x")
    >>> refusal(fact(9_223_372_036_854_775_807)) is None, refusal(fact(12.5)) is None
    (True, True)
    >>> refusal(fact(12_345_678_901_234_567_890))
    'value 12345678901234567890 is too large to store (SQLite integers have at most 19 digits)'
    """
    for name in ("value", "value_max"):
        value = getattr(fact, name)
        if isinstance(value, int) and value not in SQLITE_INTEGERS:
            return f"{name} {value} is too large to store (SQLite integers have at most 19 digits)"
    return None
