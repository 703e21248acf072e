"""Output: facts (or any records) written as a table, JSON Lines, CSV or one JSON array.

JSON Lines and JSON carry every field of a record; the table shows the columns a reader scans
first. Records are streamed for JSON Lines and CSV, so output stays flat in memory.

CSV is opened in spreadsheets, which run a cell starting with ``=``, ``+``, ``-`` or ``@`` as a
formula (an article id or a quoted sentence can start so). By default such text cells get a
leading ``'`` (the OWASP rule for CSV injection); numbers are never touched, so -5 stays -5.

What is printed for people to read (the table, ``check``'s verdicts, error and warning lines)
goes to a terminal, which obeys escape sequences: a file name or article id holding one could
recolour or rewrite the screen, and a newline in it could forge a second error line. Such text
passes through ``printable`` (``for_terminal`` for whole records), which writes every control
character as a visible escape (``\\x1b``, ``\\n``). JSON and JSON Lines escape C0 controls
themselves, and ``to_json`` escapes C1 ones too; CSV is for programs and is left as it is.
"""

from __future__ import annotations

import csv
import dataclasses
import json
import re
from collections.abc import Iterable, Sequence
from typing import TextIO

from tabulate import tabulate

FORMATS = ("table", "jsonl", "csv", "json")
TABLE_COLUMNS = ("article", "region", "year", "metric", "value", "value_max", "qualifier", "quote")


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_C1 = re.compile(r"[\x7f-\x9f]")


def printable(text: str) -> str:
    r"""Text safe to show on a terminal, on one line: control characters written as escapes.

    >>> printable("a\nError: forged\x1b[31m merah\x9b \ttab")
    'a\\nError: forged\\x1b[31m merah\\x9b \\ttab'
    """
    return _CONTROL.sub(lambda m: repr(m.group())[1:-1], text)


def for_terminal(value: object) -> object:
    """A record (a dataclass, a dict, a list, a string) with every string in it ``printable``."""
    if isinstance(value, str):
        return printable(value)
    if isinstance(value, (list, tuple)):
        return type(value)(for_terminal(v) for v in value)
    if isinstance(value, dict):
        return {k: for_terminal(v) for k, v in value.items()}
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: for_terminal(getattr(value, f.name)) for f in dataclasses.fields(value) if f.init}
        return dataclasses.replace(value, **changes)
    return value


def to_json(value: object, **options) -> str:
    r"""JSON as ``json.dumps(ensure_ascii=False)`` writes it, with C1 controls (and DEL) escaped
    as well, which some terminals obey: the same JSON, safe to print.

    >>> to_json({"id": "a\x9b2J\x1b"})
    '{"id": "a\\u009b2J\\u001b"}'
    """
    text = json.dumps(value, ensure_ascii=False, **options)
    return _C1.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


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
            out.write(to_json({k: tidy(v) for k, v in record.items()}) + "\n")
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
        out.write(to_json(rows, indent=2) + "\n")
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
    if isinstance(value, str):
        value = printable(value)
        return value[:45] + "..." if len(value) > 48 else value
    return "" if value is None else value
