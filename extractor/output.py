"""Output: facts (or any records) written as a table, JSON Lines, CSV or one JSON array.

JSON Lines and JSON carry every field of a record; the table shows the columns a reader scans
first. Records are streamed for JSON Lines and CSV, so output stays flat in memory.

CSV is opened in spreadsheets, which run a cell starting with ``=``, ``+``, ``-`` or ``@`` as a
formula (an article id or a quoted sentence can start so). By default such text cells get a
leading ``'`` (the OWASP rule for CSV injection); numbers are never touched, so -5 stays -5.
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


FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
"""What a spreadsheet may read as the start of a formula (OWASP, "CSV Injection")."""


def csv_safe(value: object) -> object:
    """A CSV cell that a spreadsheet shows as text, not runs as a formula.

    >>> csv_safe("=1+2"), csv_safe("@SUM(A1)"), csv_safe("-5 persen"), csv_safe(-5), csv_safe("Kukar")
    ("'=1+2", "'@SUM(A1)", "'-5 persen", -5, 'Kukar')
    """
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def write(
    records: Iterable[dict],
    fmt: str,
    out: TextIO,
    columns: Sequence[str] = TABLE_COLUMNS,
    csv_escape: bool = True,
) -> int:
    """Write the records in the format; returns how many were written. ``csv_escape``: CSV text
    cells that a spreadsheet would run as a formula are prefixed with ``'`` (see above)."""
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
            cell = csv_safe if csv_escape else tidy
            writer.writerow({k: cell(tidy(v)) for k, v in record.items()})
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
