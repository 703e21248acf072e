"""Output: facts (or any records) written as a table, JSON Lines, CSV, TSV or one JSON array.

JSON Lines and JSON carry every field of a record; CSV and TSV too, with a header line even when
there are no records (``fields``); the table shows the columns a reader scans first, fitted to
the terminal's width, with quantities written the Indonesian way (babel: ``13.289``, ``36,4``).
Records are streamed for JSON Lines, CSV and TSV, so output stays flat in memory.

``Style`` is how the command line's output flags (``--csv``, ``--nl``, ``-t``, ``--fmt``,
``--no-headers`` ...) arrive here: a format, a tabulate table style and whether to print a
header line.

CSV is opened in spreadsheets, which run a cell starting with ``=``, ``+``, ``-`` or ``@`` as a
formula (an article id or a quoted sentence can start so). By default such text cells get a
leading ``'`` (the OWASP rule for CSV injection); numbers are never touched, so -5 stays -5.

What is printed for people to read (the table, ``check``'s verdicts, error and warning lines)
goes to a terminal, which obeys escape sequences: a file name or article id holding one could
recolour or rewrite the screen, and a newline in it could forge a second error line. Such text
passes through ``printable`` (``for_terminal`` for whole records), which writes every control
character as a visible escape (``\\x1b``, ``\\n``). JSON and JSON Lines escape C0 controls
themselves, and ``to_json`` escapes C1 ones too; CSV and TSV are for programs and are left as they are.
"""

from __future__ import annotations

import csv
import dataclasses
import json
import re
import textwrap
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TextIO

from babel.numbers import format_decimal
from tabulate import tabulate

FORMATS = ("table", "jsonl", "csv", "tsv", "json")
TABLE_COLUMNS = ("region", "year", "metric", "value", "confidence", "source")
"""The columns of a table of facts: ``value`` carries the qualifier as a sign ("~800.000",
">13.000", a range "1.000–2.000"), ``source`` is the article's outlet, date and title."""
QUALIFIER_SIGNS = {
    "approx": "~",
    "almost": "<~",
    "more_than": ">",
    "at_least": "≥",
    "less_than": "<",
    "up_to": "≤",
}
"""How a table writes a qualifier before a value when it has no ``qualifier`` column."""
HEADER_LABELS = {"confidence": "conf"}
"""Short headers for columns whose values are short."""
TABLE_FORMATS = ("simple", "plain", "github", "grid", "pipe", "psql", "rst", "orgtbl", "rounded_outline")
"""The tabulate styles ``--fmt`` offers (tabulate knows more; these are the ones worth naming)."""
LOCALE = "id_ID"
"""Numbers in tables are written as Indonesian newsrooms write them."""
ELASTIC_COLUMNS = frozenset({"source", "title", "quote", "sentence", "region", "claim", "article", "url"})
"""Text columns that give up width when a table is wider than the terminal: cut with an ellipsis."""
WRAPPED_COLUMNS = frozenset({"reason", "evidence"})
"""Text columns that are wrapped onto more lines instead, so they are read whole."""
MIN_WIDTH = 12
WRAP_MIN_WIDTH = 20
GAP = 2
"""Spaces between two columns of tabulate's ``simple`` style."""


@dataclass(frozen=True)
class Style:
    """How records are printed: the format, tabulate's table style, whether a header line is
    printed (tables, CSV and TSV), the width a table must fit (``None``: any), and whether CSV
    cells are escaped against formulas."""

    format: str = "table"
    table_format: str = "simple"
    headers: bool = True
    width: int | None = None
    csv_escape: bool = True
    """CSV and TSV text cells a spreadsheet would run as formulas get a leading ``'``."""


def with_source(record: dict, article: object | None = None) -> dict:
    """The record with a ``source`` for a table: its article's outlet, date and title (from the
    record's own ``outlet``, ``published`` and ``title``, else from ``article``), or the article's
    id when it has none of them.

    >>> with_source({"article": "a.txt", "outlet": "Kaltim Today", "published": "2025-12-01",
    ...              "title": "Pemkab Kukar Dorong UC"})["source"]
    'Kaltim Today · 2025-12-01 · Pemkab Kukar Dorong UC'
    >>> with_source({"article": "a.txt"})["source"]
    'a.txt'
    """

    def field(name: str) -> object:
        value = record.get(name) or getattr(article, name, None)
        return value.isoformat() if hasattr(value, "isoformat") else value

    parts = [str(p) for p in (field("outlet"), field("published"), field("title")) if p]
    return {**record, "source": " · ".join(parts) or record.get("article")}


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
    fmt: str | Style,
    out: TextIO,
    columns: Sequence[str] = TABLE_COLUMNS,
    fields: Sequence[str] | None = None,
    csv_escape: bool = True,
) -> int:
    """Write the records in the format (or ``Style``); returns how many were written.

    ``columns`` are the table's columns; ``fields`` the CSV and TSV header when there are no
    records to take it from (otherwise the first record's keys). ``csv_escape``: CSV and TSV
    text cells that a spreadsheet would run as a formula are prefixed with ``'`` (see above).
    """
    style = fmt if isinstance(fmt, Style) else Style(fmt)
    name = style.format
    if name == "jsonl":
        count = 0
        for record in records:
            out.write(to_json({k: tidy(v) for k, v in record.items()}) + "\n")
            count += 1
        return count
    if name in ("csv", "tsv"):
        delimiter = "," if name == "csv" else "\t"
        escape = csv_escape and style.csv_escape
        return _write_delimited(records, out, delimiter, style.headers, fields, escape)
    if name == "json":
        rows = [{k: tidy(v) for k, v in record.items()} for record in records]
        out.write(to_json(rows, indent=2) + "\n")
        return len(rows)
    if name == "table":
        rows = [[_table_cell(record, c, columns) for c in columns] for record in records]
        if rows:
            out.write(table(rows, columns, style) + "\n")
        return len(rows)
    raise ValueError(f"unknown format {name!r}")


def _write_delimited(
    records: Iterable[dict],
    out: TextIO,
    delimiter: str,
    headers: bool,
    fields: Sequence[str] | None,
    csv_escape: bool,
) -> int:
    writer = None
    count = 0
    cell = csv_safe if csv_escape else tidy
    for record in records:
        if writer is None:
            writer = _writer(out, list(record), delimiter, headers)
        writer.writerow({k: cell(tidy(v)) for k, v in record.items()})
        count += 1
    if writer is None and fields:
        _writer(out, list(fields), delimiter, headers)  # no rows, but a file a reader can open
    return count


def _writer(out: TextIO, names: list[str], delimiter: str, headers: bool) -> csv.DictWriter:
    writer = csv.DictWriter(
        out, fieldnames=names, extrasaction="ignore", lineterminator="\n", delimiter=delimiter
    )
    if headers:
        writer.writeheader()
    return writer


def table(rows: list[list[str]], columns: Sequence[str], style: Style = Style()) -> str:
    """The rows as a tabulate table, its text columns cut or wrapped to fit ``style.width``.

    >>> print(table([["Kota Samarinda", "2025", "36,4"]], ["region", "year", "value"]))
    region          year  value
    --------------  ------  -------
    Kota Samarinda  2025  36,4
    """
    if style.width is not None:
        rows = fit(rows, columns, style.width)
    numeric = ("right" if is_quantity(c) else "left" for c in columns)
    # Without a header, "simple" would still draw its rules above and below the rows.
    tablefmt = "plain" if not style.headers and style.table_format == "simple" else style.table_format
    return tabulate(
        rows,
        headers=[HEADER_LABELS.get(c, c) for c in columns] if style.headers else (),
        tablefmt=tablefmt,
        disable_numparse=True,
        colalign=list(numeric),
    )


def fit(rows: list[list[str]], columns: Sequence[str], width: int) -> list[list[str]]:
    """The rows with their elastic text columns cut (``…``) or wrapped so the table is at most
    ``width`` characters wide: fixed columns keep their width, elastic ones share what is left
    (``limits``), a region's level word abbreviated before it is cut ("Kab. Kutai Kartanegara").

    >>> fit([["Kabupaten Kutai Kartanegara", "2025"]], ["region", "year"], 20)
    [['Kab. Kutai…', '2025']]
    """
    # tabulate pads a header by two (its MIN_PADDING) whatever the cells.
    headers = [HEADER_LABELS.get(c, c) for c in columns]
    natural = [max([len(h) + 2, *(_longest_line(row[i]) for row in rows)]) for i, h in enumerate(headers)]
    elastic = [i for i, c in enumerate(columns) if c in ELASTIC_COLUMNS | WRAPPED_COLUMNS]
    fixed = sum(w for i, w in enumerate(natural) if i not in elastic)
    room = width - GAP * (len(columns) - 1) - fixed
    if not elastic or sum(natural[i] for i in elastic) <= room:
        return rows
    # Cut columns share the room first, up to MIN_WIDTH each when a wrapped column is there to
    # take the rest: a wrapped column is read whole, so it is the one to give width to.
    cut = [i for i in elastic if columns[i] not in WRAPPED_COLUMNS]
    wrapped = [i for i in elastic if columns[i] in WRAPPED_COLUMNS]
    cut_room = min(room, MIN_WIDTH * len(cut)) if wrapped else room
    widths = dict(zip(cut, limits([natural[i] for i in cut], cut_room), strict=True))
    wrap_room = max(room - sum(widths.values()), WRAP_MIN_WIDTH * len(wrapped))
    widths.update(zip(wrapped, limits([natural[i] for i in wrapped], wrap_room), strict=True))
    fitted = []
    for row in rows:
        row = list(row)
        for i, limit in widths.items():
            row[i] = _narrowed(row[i], columns[i], limit)
        fitted.append(row)
    return fitted


def limits(natural: list[int], room: int) -> list[int]:
    """Widths for columns that want ``natural`` widths and share ``room``: each gets up to
    ``MIN_WIDTH`` first, then what is left goes to them in proportion to what they still want.

    >>> limits([14, 27, 200], 47)
    [12, 12, 22]
    >>> limits([14, 27, 200], 300)
    [14, 27, 200]
    """
    first = [min(n, MIN_WIDTH) for n in natural]
    left = room - sum(first)
    wanted = [n - f for n, f in zip(natural, first, strict=True)]
    if left <= 0 or not sum(wanted):
        return first
    return [f + min(w, left * w // sum(wanted)) for f, w in zip(first, wanted, strict=True)]


def _narrowed(text: str, column: str, limit: int) -> str:
    if column in WRAPPED_COLUMNS:
        lines = textwrap.wrap(text, limit, break_long_words=False, break_on_hyphens=False)
        return "\n".join(lines) if text else text
    if column == "region" and len(text) > limit:
        text = abbreviated_region(text)
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


REGION_ABBREVIATIONS = (
    ("Kabupaten Administrasi ", "Kab. Adm. "),
    ("Kota Administrasi ", "Kota Adm. "),
    ("Kabupaten ", "Kab. "),
    ("Provinsi ", "Prov. "),
)


def abbreviated_region(name: str) -> str:
    """A region's name with its level word shortened as Indonesian papers shorten it.

    >>> abbreviated_region("Kota Administrasi Jakarta Selatan"), abbreviated_region("Kota Bogor")
    ('Kota Adm. Jakarta Selatan', 'Kota Bogor')
    """
    for long, short in REGION_ABBREVIATIONS:
        if name.startswith(long):
            return short + name[len(long) :]
    return name


def _longest_line(text: str) -> int:
    return max((len(line) for line in text.splitlines()), default=0)


def _table_cell(record: dict, column: str, columns: Sequence[str]) -> str:
    """A cell of a table; when the table has no column of their own, a ``value`` carries its
    range's upper end ("1.000–2.000") and its qualifier as a sign ("~800.000")."""
    text = cell(record.get(column), column)
    if column == "value" and "value_max" not in columns and record.get("value_max") is not None:
        text += "–" + cell(record["value_max"], "value_max")
    if column == "value" and "qualifier" not in columns:
        text = QUALIFIER_SIGNS.get(record.get("qualifier") or "", "") + text
    return text


def is_quantity(column: str) -> bool:
    """Whether a column holds quantities (``value``, ``value_max_a``, ``confidence``): those are
    written in the locale's convention; years and offsets are not quantities."""
    return column.startswith(("value", "confidence"))


def cell(value: object, column: str = "") -> str:
    """One table cell: quantities in the Indonesian convention, ``None`` as nothing.

    >>> [cell(v, "value") for v in (13289.0, 36.4, 1_500_000_000, None)]
    ['13.289', '36,4', '1.500.000.000', '']
    >>> cell(0.8125, "confidence"), cell(2025, "year")
    ('0,81', '2025')
    """
    value = tidy(value)
    if value is None:
        return ""
    if isinstance(value, str):
        return printable(value)
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not is_quantity(column):
        return str(value)
    if column.startswith("confidence"):
        return format_decimal(value, format="0.00", locale=LOCALE)
    return format_decimal(value, locale=LOCALE, decimal_quantization=False)
