"""Evidence: stored facts as a journalist sees them, and the queries that find them.

The check only reads the database (``open_store`` never creates one); ``facts_for`` is the one
query every verdict and conflict starts from: the stored facts of some regions, a year, a metric.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from .. import output
from ..store import Store, StoreError


class CheckError(Exception):
    """The check cannot run at all (no database)."""


def open_store(db_path: str | Path) -> Store:
    """The database to check against; a missing file is an error, never a new empty database."""
    try:
        return Store(db_path, create=False)
    except StoreError as err:
        raise CheckError(str(err)) from None


def facts_for(store: Store, regions: Sequence[str], year: int, metric: str) -> list[dict]:
    """The stored facts of any of ``regions`` for ``year`` and ``metric``, with their articles."""
    where = f"{in_list('facts.region', regions)} and facts.year = ? and facts.metric = ?"
    return list(store.facts(where, [*regions, year, metric]))


def in_list(column: str, values: Sequence) -> str:
    """An SQL ``column in (?, ...)`` test for as many values.

    >>> in_list("facts.metric", ["a", "b"])
    'facts.metric in (?, ?)'
    """
    return f"{column} in ({', '.join('?' * len(values))})"


@dataclass
class Evidence:
    """A stored fact shown as evidence, with what a journalist needs to open its source."""

    article: str
    url: str | None
    title: str | None
    published: str | None
    sentence: str
    quote: str
    start: int
    end: int
    value: float | int
    value_max: float | int | None
    qualifier: str
    region: str
    year: int | None
    metric: str
    as_of: str | None = None
    program: str | None = None
    detail: str | None = None
    agrees: bool | None = None
    """Whether the figure agrees with the claim (None in a list of conflicts)."""
    why: str | None = None
    """For nearby facts: how it relates to the claim (another year, a related metric, ...)."""

    @classmethod
    def of(cls, row: dict, agrees: bool | None = None, why: str | None = None) -> Evidence:
        return cls(
            article=row["article"],
            url=row.get("article_url"),
            title=row.get("article_title"),
            published=row.get("article_published"),
            sentence=row["sentence"],
            quote=row["quote"],
            start=row["start"],
            end=row["end"],
            value=output.tidy(row["value"]),
            value_max=output.tidy(row["value_max"]),
            qualifier=row["qualifier"],
            region=row["region"],
            year=row["year"],
            metric=row["metric"],
            as_of=row.get("as_of"),
            program=row.get("program"),
            detail=row.get("detail"),
            agrees=agrees,
            why=why,
        )
