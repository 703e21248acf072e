"""Parquet: articles and facts as partitioned Parquet files (pyarrow), for DuckDB, Spark or
``extract load``.

A directory holds two datasets, ``articles/`` and ``facts/``, each one file per partition of the
input (``part-000000.parquet``, ...): the columns of the SQLite tables (``store.py``), with
``value`` and ``value_max`` as exact decimals (``decimal(38, 9)``: whole numbers of people and
rupiah up to 19 digits, percentages exactly as written). DuckDB reads them as
``read_parquet('DIR/facts/*.parquet')``, Spark as ``spark.read.parquet("DIR/facts")``.

Each file is written under a temporary name and renamed, the facts of a partition before its
articles, and ``read`` takes a partition only once its articles file is there: a run killed half
way leaves whole partitions, each article with all its facts. ``clear`` removes the part files
of an earlier run before a new one writes, so a re-run leaves no stale partition behind.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from datetime import datetime, timezone
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .records import FACT_FIELDS, Article, Fact
from .store import article_from_row, article_row

if TYPE_CHECKING:
    import pyarrow as pa

QUANTITY_PRECISION, QUANTITY_SCALE = 38, 9
"""``decimal(38, 9)``, exact: a whole number stays whole (and comes back an ``int``), a percentage
keeps its digits."""
_FACT_TYPES = {"year": "int32", "start": "int64", "end": "int64", "confidence": "float64"}


@lru_cache(maxsize=1)
def schemas() -> tuple[pa.Schema, pa.Schema]:
    """The schemas of the articles and the facts datasets (pyarrow is imported on first use:
    only a run with ``--parquet`` and ``extract load`` need it)."""
    import pyarrow as pa

    articles = pa.schema(
        [
            (name, pa.string())
            for name in (
                "id",
                "url",
                "title",
                "author",
                "outlet",
                "published",
                "text",
                "sha256",
                "extracted_at",
                "extractor_version",
                "patterns_fingerprint",
            )
        ]
    )
    quantity = pa.decimal128(QUANTITY_PRECISION, QUANTITY_SCALE)
    facts = pa.schema(
        [
            (
                name,
                quantity
                if name in ("value", "value_max")
                else pa.type_for_alias(_FACT_TYPES.get(name, "string")),
            )
            for name in FACT_FIELDS
        ]
    )
    return articles, facts


class ParquetError(Exception):
    """A directory that holds no articles written by ``extract run --parquet``."""


def part_name(index: int) -> str:
    return f"part-{index:06d}.parquet"


def clear(directory: str | Path) -> None:
    """Remove the part files an earlier run left in ``directory`` (and nothing else)."""
    for dataset in ("articles", "facts"):
        for path in Path(directory, dataset).glob("part-*.parquet"):
            path.unlink()


def write_partition(
    directory: str | Path,
    index: int,
    articles: Iterable[tuple[Article, list[Fact]]],
    patterns_fingerprint: str | None,
) -> None:
    """Write one partition's articles and their facts: ``facts/`` first, then ``articles/``, each
    file renamed into place whole."""
    articles = list(articles)
    stamp = datetime.now(timezone.utc).isoformat(timespec="seconds")
    article_rows = [article_row(article, patterns_fingerprint, stamp) for article, _ in articles]
    fact_rows = [_fact_row(fact) for _, facts in articles for fact in facts]
    import pyarrow as pa

    articles_schema, facts_schema = schemas()
    _write(Path(directory, "facts", part_name(index)), pa.Table.from_pylist(fact_rows, schema=facts_schema))
    _write(
        Path(directory, "articles", part_name(index)),
        pa.Table.from_pylist(article_rows, schema=articles_schema),
    )


def read(directory: str | Path) -> Iterator[tuple[Article, list[Fact], str | None]]:
    """Every article of the directory with its facts and the fingerprint of the rules they were
    extracted with, partition by partition, in the order they were written."""
    parts = sorted(Path(directory, "articles").glob("part-*.parquet"))
    if not parts:
        raise ParquetError(
            f"{directory}: no articles/part-*.parquet files (extract run --parquet writes them)"
        )
    return _read(directory, parts)


def _read(directory: str | Path, parts: list[Path]) -> Iterator[tuple[Article, list[Fact], str | None]]:
    import pyarrow.parquet as pq

    articles_schema, facts_schema = schemas()
    for part in parts:
        facts_by_article: dict[str, list[Fact]] = {}
        facts_path = Path(directory, "facts", part.name)
        if facts_path.exists():
            for row in pq.read_table(facts_path, schema=facts_schema).to_pylist():
                facts_by_article.setdefault(row["article"], []).append(_fact(row))
        for row in pq.read_table(part, schema=articles_schema).to_pylist():
            yield article_from_row(row), facts_by_article.get(row["id"], []), row["patterns_fingerprint"]


def _write(path: Path, table: pa.Table) -> None:
    import pyarrow.parquet as pq

    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    pq.write_table(table, temporary)
    os.replace(temporary, path)  # whole or not at all


def _fact_row(fact: Fact) -> dict:
    row = fact.to_dict()
    for name in ("value", "value_max"):
        if row[name] is not None:
            # repr: the shortest text that reads back as the same float, so 36.4 stays 36.4.
            row[name] = Decimal(row[name]) if isinstance(row[name], int) else Decimal(repr(row[name]))
    return row


def _fact(row: dict) -> Fact:
    for name in ("value", "value_max"):
        value = row[name]
        if value is not None:
            # As the extractor makes them: a whole number is an int, anything else a float.
            row[name] = int(value) if value == value.to_integral_value() else float(value)
    return Fact(**row)
