"""Tables and lists: figures in them take their meaning from a header or a lead-in.

A table is a block of three or more consecutive lines split into the same number of cells
(three or more; two where tabs or pipes split them: ``Kecamatan | Peserta``), by tabs, pipes or
runs of two or more spaces, whose first line (the header) holds no figures::

    No  Kabupaten/Kota  Peserta Aktif  UCJ (%)
    1  Kota Pontianak  142.380  46,1

A table copied from a web page may also come a cell per line: its header cells, then each
row's label and figures, as many lines to a row as there are headers
(``_tables_a_cell_per_line``).

A figure in a cell then has its column's header cell: the words that say what it counts
("Peserta Aktif"), whether it is a percentage ("UCJ (%)"), or that it only numbers the rows
("No"); and what the rows are (the first column's header: "Kecamatan", "Kabupaten/Kota") with
the row's own label ("Tanah Grogot", "Jumlah"). The header words are data
(``patterns/facts/table_headers.csv``).

A row of a table, or an item of a list, is also introduced by the line before the block that
ends with a colon ("Berikut rincian klaim ... sepanjang 2024:"): ``lead_in`` finds it, and the
facts stage reads it as the sentence before each row (for cues and for the year).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from . import language
from .doctext import doc_text, kept
from .language import LanguageData
from .layout import LIST_ITEM, opens_with_a_heading

_CELL = re.compile(r"[^\t|]+?(?=\t|\s*\||  |\s*$)")
_SEMICOLON_CELL = re.compile(r"[^;]+")
_FIGURE_CELL = re.compile(r"^[\s\d.,%()Rp-]+$")
_YEAR_CELL = re.compile(r"^\s*((?:19|20)\d\d)\s*\**\s*$")
"""A cell that is a year, a footnote's asterisk allowed ("2025*")."""
_USER_DATA_KEY = "extractor.tables"
_LEAD_IN_KEY = "extractor.tables.lead_in"
MIN_CELLS, MIN_LINES = 3, 3
MIN_SPLIT_CELLS = 2
"""Cells a line split by tabs or pipes needs (a list of places and their counts)."""


@dataclass(frozen=True)
class Header:
    """The header cell of a figure's column: its text and character offsets, and its kind."""

    text: str
    start: int
    end: int
    percent: bool = False
    row_number: bool = False
    rows_by: str = ""
    """The header of the first column, which says what the rows are ("Kecamatan")."""
    row_label: str = ""
    """The first cell of the figure's row ("Tanah Grogot", "Jumlah")."""
    year: int | None = None
    """The year a column's header or a row's label names ("Indikator | 2023 | 2024"): the
    figure's year, whatever the text around the table says."""
    money_exponent: int | None = None
    """A column of money, or a row of it under year columns ("Nilai klaim (Rp miliar)"): the
    power of ten its bare figures are in (9 for miliar, 0 for plain rupiah); ``None`` otherwise."""
    dated: int | None = None
    """The one year a header of words names ("Terdaftar 2025", "Usulan Kuota 2026"): the year of
    the column's figures, though its rows do not say what they count as under ``year``."""
    row_labels: tuple[tuple[int, int], ...] = ()
    """The character offsets of the first cells of the table's rows (the row labels)."""
    caption: tuple[int, int] | None = None
    """Under year columns, the line right above the table (its character offsets): what the
    figures are ("Cakupan UCJ (%)" over "| Kabupaten/Kota | 2023 | 2024 |")."""


@dataclass(frozen=True)
class _Table:
    headers: tuple[tuple[int, int], ...]
    rows: tuple[tuple[tuple[int, int], ...], ...]

    @property
    def row_labels(self) -> tuple[tuple[int, int], ...]:
        """The first cell of each row (kept: every figure of the table asks for them)."""
        labels = self.__dict__.get("_row_labels")
        if labels is None:
            labels = tuple(row[0] for row in self.rows)
            object.__setattr__(self, "_row_labels", labels)
        return labels


def _header_kinds(data: LanguageData) -> dict[str, str]:
    return {row["header"]: row["kind"] for row in data.table("facts/table_headers.csv")}


def cells(line: str, offset: int = 0) -> list[tuple[int, int]]:
    """Character spans of the cells of a line (tabs, pipes or two spaces apart).

    >>> line = "1  Kota Pontianak  142.380  46,1"
    >>> [line[s:e] for s, e in cells(line)]
    ['1', 'Kota Pontianak', '142.380', '46,1']
    >>> line = "| Kota Pontianak | 142.380 | 46,1% |"
    >>> [line[s:e] for s, e in cells(line)]
    ['Kota Pontianak', '142.380', '46,1%']
    >>> line = "Rote Ndao;71.540;13.020;18,2"
    >>> [line[s:e] for s, e in cells(line)]
    ['Rote Ndao', '71.540', '13.020', '18,2']
    """
    found = []
    for match in (_SEMICOLON_CELL if _semicolon_separated(line) else _CELL).finditer(line):
        text = match.group(0)
        if text.strip():
            start = match.start() + len(text) - len(text.lstrip())
            found.append((offset + start, offset + match.start() + len(text.rstrip())))
    return found


def _semicolon_separated(line: str) -> bool:
    """A row pasted from a spreadsheet saved with semicolons ("Ngada;82.300;21.070;25,6"): two
    or more semicolons and neither tabs nor pipes."""
    return line.count(";") >= MIN_SPLIT_CELLS and "\t" not in line and "|" not in line


def _tables(text: str) -> list[_Table]:
    lines, position = [], 0
    for line in text.split("\n"):
        lines.append((position, line))
        position += len(line) + 1
    tables, block = [], []
    for start, line in [*lines, (len(text), "")]:
        separated = "\t" in line or "|" in line or _semicolon_separated(line)
        split = cells(line, start) if (separated or "  " in line.strip()) else []
        if block and _first_cell_left_empty(line, block[0], split):
            # "  | Total Sulawesi Barat | 209.450 | 28,9": the row number left out of a total row
            split = [(start, start), *split]
        least = MIN_SPLIT_CELLS if separated else MIN_CELLS
        if len(split) >= least and (not block or len(split) == len(block[0])):
            block.append(split)
            continue
        if len(block) >= MIN_LINES and _is_header(text, block[0]):
            tables.append(_Table(tuple(block[0]), tuple(block[1:])))
        block = [split] if len(split) >= least else []
    return tables + _tables_a_cell_per_line(lines)


_CELL_FIGURE = re.compile(r"^(?:Rp\.?\s*)?\d[\d.,]*\s*(?:%|[^\W\d_]{1,8})?$")
"""A line that is one figure cell of a table laid out a cell per line ("1.126", "Rp 16,2 miliar", "46,1%")."""
LINE_CELL_WORDS = 6
"""How many words a header or label cell on a line of its own may have."""


def _tables_a_cell_per_line(lines: list[tuple[int, str]]) -> list[_Table]:
    """Tables copied from a web page with each cell on a line of its own: the header cells,
    then each row's label and its figures, as many lines to a row as there are headers::

        Program / Jumlah Kasus / Nilai Klaim / JHT / 1.126 / Rp 16,2 miliar / JKK / 238 / ...

    The number of headers is the number of lines of words before the first figure, less the
    first row's label; a year may head a column ("Kabupaten / 2023 / 2024 / ...")."""
    tables = []
    runs: list[list[tuple[int, str]]] = [[]]
    for start, line in lines:
        if line.strip():
            stripped = line.strip()
            runs[-1].append((start + line.index(stripped), stripped))
        elif runs[-1]:
            runs.append([])
    for run in runs:
        at = 0
        while at < len(run):
            table, used = _a_cell_per_line_from(run, at)
            if table is not None:
                tables.append(table)
            at += max(used, 1)
    return tables


def _a_cell_per_line_from(run: list[tuple[int, str]], at: int) -> tuple[_Table | None, int]:
    """The table laid out a cell per line that starts at line ``at`` of a run of lines, and
    how many lines it takes (or None and 1)."""

    def figure(i: int) -> bool:
        return i < len(run) and bool(_CELL_FIGURE.match(run[i][1])) and _year(run[i][1]) is None

    def words(i: int) -> bool:
        text = run[i][1]
        return (
            not _CELL_FIGURE.match(text) and len(text.split()) <= LINE_CELL_WORDS and text[-1] not in ".:!?"
        )

    first = next((i for i in range(at, min(len(run), at + 2 * LINE_CELL_WORDS)) if figure(i)), None)
    if first is None or first - at < 3 or not all(words(i) or _year(run[i][1]) for i in range(at, first)):
        return None, 1
    width = first - at - 1  # the headers; the line before the first figure is the first row's label
    if not words(at) or not words(first - 1):
        return None, 1
    rows, i = [], first - 1
    while i + width <= len(run) and words(i) and all(figure(j) for j in range(i + 1, i + width)):
        rows.append(tuple((run[j][0], run[j][0] + len(run[j][1])) for j in range(i, i + width)))
        i += width
    if len(rows) < MIN_LINES - 1:
        return None, 1
    headers = tuple((run[j][0], run[j][0] + len(run[j][1])) for j in range(at, at + width))
    return _Table(headers, tuple(rows)), i - at


def _first_cell_left_empty(line: str, header: list[tuple[int, int]], split: list[tuple[int, int]]) -> bool:
    """Whether a pipe-separated row has one cell fewer than the header because its first is
    empty (the line opens with a pipe where the header opens with a cell)."""
    return len(split) == len(header) - 1 and line.lstrip().startswith("|") and "|" in line.strip()[1:]


def _is_header(text: str, line: list[tuple[int, int]]) -> bool:
    """Whether a table's first line is its header: no figures, but for years over the columns
    after the first ("Indikator | 2023 | 2024")."""
    first, *others = [text[start:end] for start, end in line]
    return not _is_figure(first) and not any(
        _is_figure(cell) and not _YEAR_CELL.match(cell) for cell in others
    )


def _is_figure(cell: str) -> bool:
    """Whether a cell holds a figure: digits, with their signs ("46,1%", "Rp 1.200"); a header of
    signs alone ("%", "(Rp)") is none."""
    return bool(_FIGURE_CELL.match(cell)) and any(c.isdigit() for c in cell)


def _unit_words(cell: str) -> list[str]:
    """The words of a header cell, brackets and signs aside ("Nilai klaim (Rp miliar)")."""
    return re.findall(r"%|[^\W\d_]+", cell.lower())


def _money_exponent(words: list[str], data: LanguageData) -> int | None:
    """The power of ten a header's money is given in: "Rp miliar" 9, "Rp" 0, none without "Rp".

    >>> data = LanguageData.load()
    >>> [_money_exponent(_unit_words(c), data) for c in ("Nilai (Rp miliar)", "Iuran (Rp)", "Peserta")]
    [9, 0, None]
    """
    if not {"rp", "rupiah"} & set(words):
        return None
    scales = data.derived("tables.scales", _scales)
    return next((scales[w] for w in words if w in scales), 0)


def _scales(data: LanguageData) -> dict[str, int]:
    return {row["word"]: int(row["exponent"]) for row in data.table("numbers/scales.csv")}


def _year(cell: str) -> int | None:
    """The year a cell is, if it is one.

    >>> _year("2024"), _year(" 1998 "), _year("2025*"), _year("2.024"), _year("Peserta")
    (2024, 1998, 2025, None, None)
    """
    match = _YEAR_CELL.match(cell)
    return int(match.group(1)) if match else None


_YEAR_WORD = re.compile(r"\b((?:19|20)\d\d)\b")


def _year_named(cell: str) -> int | None:
    """The one year a header cell names among its words.

    >>> _year_named("Terdaftar 2025"), _year_named("Usulan Kuota 2026"), _year_named("2024 - 2025")
    (2025, 2026, None)
    """
    years = _YEAR_WORD.findall(cell)
    return int(years[0]) if len(years) == 1 else None


def is_total(doc: Doc, header: Header) -> bool:
    """Whether the figure's row sums the rows above it ("Jumlah | 24.640")."""
    return names_a_total(doc, header.row_label)


def names_a_total(doc: Doc, label: str) -> bool:
    """Whether the label of a row or of a list item says it sums the others ("Jumlah", "Total")."""
    kinds = language.of(doc).derived("tables.header_kinds", _header_kinds)
    return any(kinds.get(word) == "total" for word in label.lower().split())


def in_a_row_label(doc: Doc, char: int) -> bool:
    """Whether a character offset stands in the first cell of a table's row (its label: "Kabupaten
    Kolaka" over "28.730", "22,2")."""
    cell = _cell_at(doc, char)
    return cell is not None and cell[4] == 0


def _cell_at(doc: Doc, char: int) -> tuple | None:
    """The cell of a table's row a character offset stands in (``_cells_by_start``'s entry)."""
    cells_by_start = kept(doc, _USER_DATA_KEY, lambda: _cells_by_start(_tables(doc_text(doc))))
    at = bisect_right(cells_by_start, (char, _LAST)) - 1
    return cells_by_start[at] if at >= 0 and cells_by_start[at][0] <= char < cells_by_start[at][1] else None


def header_of(span: Span) -> Header | None:
    """The header cell of the column a figure stands in, or ``None`` outside tables."""
    doc: Doc = span.doc
    cell = _cell_at(doc, span.start_char)
    if cell is None:
        return None
    start, end, table, row, index = cell
    text = doc_text(doc)
    head_start, head_end = table.headers[index]
    head = text[head_start:head_end]
    (label_start, label_end), (by_start, by_end) = row[0], table.headers[0]
    label = text[label_start:label_end] if index else ""
    # Under year columns the row's label says what its figures are in ("UCJ (%)"), or the line
    # right above the table does ("Cakupan UCJ (%)" over "| Kabupaten/Kota | 2023 | 2024 |").
    caption = _line_above(text, table.headers[0][0]) if _year(head) else None
    unit_text = f"{head} {label} {text[caption[0] : caption[1]]}" if caption else head
    words = head.lower().split() + _unit_words(unit_text)
    header_kinds = language.of(doc).derived("tables.header_kinds", _header_kinds)
    kinds = {header_kinds.get(word) for word in words}
    return Header(
        head,
        head_start,
        head_end,
        "percent" in kinds,
        "rownumber" in kinds,
        text[by_start:by_end] if index else "",
        label,
        _year(head) or _year(label),
        _money_exponent(_unit_words(unit_text), language.of(doc)),
        _year_named(head),
        table.row_labels,
        caption,
    )


def _line_above(text: str, start: int) -> tuple[int, int]:
    """The offsets of the last line of text above the line at ``start`` (blank lines skipped):
    a table's caption, when it has one."""
    end = len(text[: text.rfind("\n", 0, start) + 1].rstrip())
    return text.rfind("\n", 0, end) + 1, end


_LAST = float("inf")


def _cells_by_start(tables: list[_Table]) -> list[tuple]:
    """Every cell of the tables' rows as (start, end, table, row, column), in order of its start:
    looked up by bisection, so that the many figures of a long table each find their cell at once."""
    return sorted(
        (start, end, table, row, index)
        for table in tables
        for row in table.rows
        for index, (start, end) in enumerate(row)
    )


_LEAD_IN_MAX_WORDS = 20
"""A line of a list or table row is short: longer lines are running text."""


def lead_in(sentence: Span) -> Span | None:
    """The sentence that introduces the list or table a line belongs to ("Berikut rincian klaim
    ... sepanjang 2024:", "Para pekerja tersebut terdiri atas:"): walking back over the short
    lines without a full stop, the first line ending with a colon. Asked for every figure of
    a sentence: found once per sentence."""
    doc = sentence.doc
    return kept(doc, (_LEAD_IN_KEY, sentence.start, sentence.end), lambda: _lead_in(doc, sentence))


def _lead_in(doc: Doc, sentence: Span) -> Span | None:
    text = doc_text(doc)
    # An item of a list under a heading in capitals ("KEPESERTAAN", "KLAIM (Januari–Mei 2025)"),
    # as infographics set out their sections, has the heading for its lead-in.
    item = LIST_ITEM.match(text, text.rfind("\n", 0, sentence.start_char) + 1) is not None
    bulleted = item and _bulleted(text, sentence.start_char)
    if not bulleted and len(text[sentence.start_char : sentence.end_char].split()) > _LEAD_IN_MAX_WORDS:
        return None
    start = sentence.start
    while start > 0:
        previous = (
            doc[start - 1].sent if not doc[start - 1].is_space else _sentence_before_space(doc, start - 1)
        )
        if previous is None:
            return None
        line = text[previous.start_char : previous.end_char].strip()
        if line.endswith(":") or (item and opens_with_a_heading(text, previous.start_char)):
            return previous
        if _caption(doc).match(line):
            # "Tabel 1. Capaian UCJ per 31 Desember 2025 ...": a table's caption, to its line's end.
            end = text.find("\n", previous.start_char)
            return doc.char_span(
                previous.start_char, end if end >= 0 else len(text), alignment_mode="contract"
            )
        known = doc.user_data.get((_LEAD_IN_KEY, previous.start, previous.end), _UNKNOWN)
        if bulleted and _bulleted(text, previous.start_char):
            # "• Cakupan tertinggi ... 46,7 persen." over this item: the list goes on, and the item
            # above, already read, has the lead-in of the items below it.
            if known is not _UNKNOWN:
                return known
            start = previous.start
            continue
        if line.endswith((".", "!", "?", '"', "”")) or len(line.split()) > _LEAD_IN_MAX_WORDS:
            return None
        if known is not _UNKNOWN:
            return known  # the row above, already read, has the lead-in of the rows below it
        start = previous.start
    return None


_UNKNOWN = object()
_BULLET = re.compile(r"[ \t]*[•▪►‣◦·*-][ \t]")


def _bulleted(text: str, char: int) -> bool:
    r"""Whether the line holding ``char`` opens with a bullet ("• ", "- "): an item of a list
    however long, where a numbered line may be a sentence opening with its figure.

    >>> _bulleted("Pokok:\n• Cakupan naik.", 10), _bulleted("Pokok:\n2024 naik.", 10)
    (True, False)
    """
    return _BULLET.match(text, text.rfind("\n", 0, char) + 1) is not None


def _caption(doc: Doc) -> re.Pattern:
    """The opening of a table's caption: a ``caption`` word and a number ("Tabel 1. ...", "TABEL
    2: ..."), or the word alone before a colon ("Tabel: ..."), but not in capitals: "INFOGRAFIS:"
    over a page is its rubric.

    >>> from extractor.language import LanguageData
    >>> caption = _build_caption(LanguageData.load())
    >>> [bool(caption.match(line)) for line in ("Tabel 1. UCJ", "Tabel: UCJ", "INFOGRAFIS: UCJ")]
    [True, True, False]
    """
    return language.of(doc).derived("tables.caption", _build_caption)


def _build_caption(data: LanguageData) -> re.Pattern:
    words = sorted(header for header, kind in _header_kinds(data).items() if kind == "caption")
    numbered = "|".join(map(re.escape, words))
    alone = "|".join(re.escape(w) + "|" + re.escape(w.capitalize()) for w in words)
    return re.compile(rf"(?i:(?:{numbered})\s+\d+[.:])|(?:{alone})\s*:")


def _sentence_before_space(doc: Doc, i: int) -> Span | None:
    while i >= 0 and doc[i].is_space:
        i -= 1
    return doc[i].sent if i >= 0 else None
