"""Output: facts (or any records) written as a table, JSON Lines, CSV or one JSON array.

JSON Lines and JSON carry every field of a record; the table shows the columns a reader scans
first. Records are streamed for JSON Lines and CSV, so output stays flat in memory.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from typing import TextIO

from tabulate import tabulate

FORMATS = ("table", "jsonl", "csv", "json")
TABLE_COLUMNS = ("article", "region", "year", "metric", "value", "value_max", "qualifier", "quote")


def tidy(value: object) -> object:
    """Whole floats as integers (13289.0 → 13289), everything else unchanged."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def write(records: Iterable[dict], fmt: str, out: TextIO, columns: Sequence[str] = TABLE_COLUMNS) -> int:
    """Write the records in the format; returns how many were written."""
    count = 0
    if fmt == "jsonl":
        for record in records:
            out.write(json.dumps({k: tidy(v) for k, v in record.items()}, ensure_ascii=False) + "\n")
            count += 1
    elif fmt == "csv":
        writer = None
        for record in records:
            if writer is None:
                writer = csv.DictWriter(
                    out, fieldnames=list(record), extrasaction="ignore", lineterminator="\n"
                )
                writer.writeheader()
            writer.writerow({k: tidy(v) for k, v in record.items()})
            count += 1
    elif fmt == "json":
        rows = [{k: tidy(v) for k, v in record.items()} for record in records]
        out.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        count = len(rows)
    elif fmt == "table":
        rows = [[_cell(record.get(c)) for c in columns] for record in records]
        if rows:
            out.write(tabulate(rows, headers=list(columns), tablefmt="simple", disable_numparse=True) + "\n")
        count = len(rows)
    else:
        raise ValueError(f"unknown format {fmt!r}")
    return count


def _cell(value: object) -> object:
    value = tidy(value)
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10_000:
        return f"{value:,}".replace(",", ".")
    if isinstance(value, str) and len(value) > 48:
        return value[:45] + "..."
    return "" if value is None else value
