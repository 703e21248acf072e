"""The layout of a plain-text article: where its title, lead and sections stand, and its credits.

A title says what the article is about, a dateline opening the lead where it was written, and a
subheading starts a section that may be about another region; a source credit ("(Humas Pemprov
Jabar/Golali.id)") names who supplied the text, not what it is about. ``title_end`` also tells
``prepare.py`` where the title ends. Character offsets throughout.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from .doctext import paragraphs

HEADING_MAX_WORDS = 8
HEADING_MAX_CHARS = 160
"""No heading line is longer."""
LEAD_MIN_WORDS = 20
DATELINE_LEAD_WORDS = 12
"""A dateline opens running text; "Ilham Fauzi - detikFinance" is a byline."""
TITLE_MIN_WORDS = 4
"""A headline has at least this many words; a shorter first line is a desk label or a dateline."""
LEAD_SEARCH = 6
"""Paragraphs after the title in which a dateline may open the lead."""

DATELINE = re.compile(
    # A news site before the place: "Kaltimtoday.co, Balikpapan -", "KLIKJATIM.Com | Gresik -",
    # "WARTAEKONOMI.ID - JAKARTA. Klaim ..." (then the place is in capitals and ends in a full stop);
    # the agency in brackets after it: "Ambon (ANTARA) -"; a radio brief's colon after a place
    # written in title case before a paragraph of running text: "Tobelo: Sebanyak 4.620 ..." (not a
    # rubric in capitals, "OPINI: Pekerja ...", nor a headline, "Catatan Akhir Tahun: Asel ...").
    r"^[ \t]*(?:(?P<site>[\w-]+(?:\.[\w-]+)+)[ \t]*(?P<sep>[,|]|[–—-])[ \t]*)?"
    r"(?P<place>[A-Z][\w'.]*(?:[ \t]+[A-Z][\w'.]*){0,3}?)"
    r"(?:[ \t]*(?:[–—-][ \t]|[–—](?=[A-Z])|[,|][^\n–—]{0,40}?[ \t][–—-][ \t]|,[ \t]*\d"
    r"|\([^()\n]{2,30}\)[ \t]*[–—-][ \t]|(?<=[a-z]):[ \t](?=[A-Z][^\n]{100,}))"
    r"|(?<=[A-Z])\.[ \t])",
    re.MULTILINE,
)


def article_layout(
    text: str, not_places: frozenset[str] = frozenset()
) -> tuple[int, int, int, tuple[int, ...]]:
    """Title end, lead start and end, and section starts of a plain-text article.

    The title is the first line; the lead is the paragraph that opens with a dateline, else the
    first paragraph of running text; a section starts at each short line without a full stop
    after the lead (a subheading), and at each question standing as a paragraph of its own (an
    interviewer's: "Apa target berikutnya?"), whose answer is about what it asks. ``not_places``
    are words a dateline never starts with (weekdays: "Kamis, 14 Maret 2024").

    >>> article_layout("Judul Berita\\n\\nSAMARINDA – " + "kata " * 25 + ".\\n\\nSubjudul\\n\\nIsi.")
    (12, 14, 152, (0, 154))
    """
    found = paragraphs(text)
    if not found:
        return 0, 0, 0, (0,)
    title = title_end(text, found[0][0])
    body = [(s, e) for s, e in found if s >= title and e > title]
    lead = next(
        (
            p
            for p in body[:LEAD_SEARCH]
            if _starts_with_dateline(text, p, not_places)
            and len(text[p[0] : p[1]].split()) >= DATELINE_LEAD_WORDS
        ),
        None,
    )
    lead = lead or next((p for p in body if len(text[p[0] : p[1]].split()) >= LEAD_MIN_WORDS), None)
    lead_start, lead_end = lead if lead else (title, title)
    sections = [0]
    for start, end in body:
        paragraph = text[start:end].strip()
        # A block opening on a line in capitals ("TARGET 2025", "PER KABUPATEN") starts a section
        # wherever it stands: infographics and data briefs have no running lead to come after.
        if (
            start >= lead_end
            and (_is_heading(paragraph) or _is_question(paragraph))
            or (start > title and opens_with_a_heading(text, start))
        ):
            sections.append(start)
    return title, lead_start, lead_end, tuple(sections)


def opens_with_a_heading(text: str, start: int) -> bool:
    """Whether the line at ``start`` is a heading in capitals ("PER KABUPATEN (peserta aktif |
    UCJ)", "TARGET 2025"), as infographics and data briefs open their sections.

    >>> opens_with_a_heading("PER KABUPATEN (peserta | UCJ)\\nMerauke: 58.910", 0)
    True
    >>> opens_with_a_heading("Merauke: 58.910", 0), opens_with_a_heading("BPJS Ketenagakerjaan mencatat", 0)
    (False, False)
    """
    end = text.find("\n", start, start + HEADING_MAX_CHARS)
    if end < 0 and start + HEADING_MAX_CHARS < len(text):
        return False  # a long line (looked at no further: this is asked for every figure)
    line = text[start : end if end >= 0 else len(text)].strip()
    if len(line.split()) > HEADING_MAX_WORDS:
        return False
    line = re.sub(r"\([^()]*\)", "", line)  # a note in brackets: "(peserta aktif | UCJ)"
    letters = [c for c in line if c.isalpha()]
    return len(letters) > 3 and line.upper() == line and "." not in line


LIST_ITEM = re.compile(r"[ \t]*(?:[-•*▪►»›▸]|\d{1,2}[.)])[ \t]+\S")
"""A line that is an item of a list: a bullet or a number before its words."""


def list_items(text: str) -> tuple[tuple[int, int], ...]:
    """Each list item line's start and the start of its list (the first of the item lines
    before it with nothing but blank lines between), in text order.

    >>> text = "Capaian:\\n• Kota A: 10 peserta.\\n\\n• Kota B: 20 peserta.\\nPenutup.\\n1. Satu"
    >>> [(text[item:item + 8], text[first:first + 8]) for item, first in list_items(text)]
    [('• Kota A', '• Kota A'), ('• Kota B', '• Kota A'), ('1. Satu', '1. Satu')]
    """
    found = []
    first = None
    for match in re.finditer(r"[^\n]*", text):
        line = match.group(0)
        if not line.strip():
            continue
        if LIST_ITEM.match(line):
            start = match.start() + len(line) - len(line.lstrip())
            first = start if first is None else first
            found.append((start, first))
        else:
            first = None
    return tuple(found)


def list_item_at(items: tuple[tuple[int, int], ...], text: str, char: int) -> tuple[int, int] | None:
    """The list item (its start and its list's start, as ``list_items`` gives them) whose line
    holds character ``char``, or None when that line is no list item.

    >>> text = "Capaian:\\n• Kota A: 10 peserta.\\n• Kota B: 20 peserta."
    >>> list_item_at(list_items(text), text, text.index("20")), list_item_at(list_items(text), text, 3)
    ((31, 9), None)
    """
    at = bisect_right(items, char, key=lambda item: item[0]) - 1
    if at < 0 or "\n" in text[items[at][0] : char]:
        return None
    return items[at]


def title_end(text: str, first: int) -> int:
    """Where the title line ends: the first headline-like line (``TITLE_MIN_WORDS`` words or more,
    no full stop) before the running text starts, since site menus and desk labels above it
    ("detikFinance", "PROKOM KUKAR") are not the title; else the first line when it is short,
    and no title at all (``first``) when the text opens with running text, as copies of a page's
    body do ("JAKARTA, KOMPAS.com - BPJS Ketenagakerjaan ...")."""
    lines = [(first + m.start(), first + m.end()) for m in re.finditer(r"[^\n]+", text[first:])]
    for start, end in lines:
        if is_menu(text[start:end]) or _WIDGET.search(text, start, end):
            continue  # a menu, a ticker of other stories however long ("BREAKING NEWS ▸ ..."), the weather
        words = text[start:end].split()
        if len(words) >= LEAD_MIN_WORDS or DATELINE.match(text, start, end):
            break
        if len(words) >= TITLE_MIN_WORDS and not text[start:end].rstrip().endswith("."):
            return end
    start, end = lines[0]
    opens_body = len(text[start:end].split()) >= LEAD_MIN_WORDS or DATELINE.match(text, start, end)
    return first if opens_body else end


_WIDGET = re.compile(r"\d\s?°\s?C\b|\bKurs\b|\b[A-Z]{3}/IDR\b")
"""A site header's weather or exchange-rate widget ("Padang 27°C Berawan | Kurs USD/IDR 16.712")."""

_MENU_GAP = re.compile(r"\S(?: {2,}|\t| ?[|•·»›>▸►▶] ?| / )\S")


def on_a_menu_line(text: str, char: int) -> bool:
    """Whether the character at ``char`` stands on a site's menu or breadcrumb line.

    >>> on_a_menu_line("Beranda > Kepri > Ekonomi\\nPemkot Tambah Kuota", 10)
    True
    """
    start = text.rfind("\n", 0, char) + 1
    end = text.find("\n", char)
    return is_menu(text[start : end if end >= 0 else len(text)])


def is_menu(line: str) -> bool:
    """Whether a line is a site's menu or breadcrumb: words set apart by wide gaps or bars
    ("Home   Daerah   Opini   Kolom", "Beranda | Daerah | Ekonomi", "Home / Daerah / Klaten"), as no
    headline is.

    >>> is_menu("Home   Daerah   Hulondalo   Opini"), is_menu("Pekerja Rentan di Sangatta Dapat Kartu")
    (True, False)
    >>> is_menu("Beranda > Kepri > Ekonomi"), is_menu("Kuota Kabupaten/Kota 2025/2026 Naik")
    (True, False)
    """
    return len(_MENU_GAP.findall(line)) >= 2


def _starts_with_dateline(text: str, paragraph: tuple[int, int], not_places: frozenset[str]) -> bool:
    match = DATELINE.match(text, *paragraph)
    return match is not None and match.group("place").lower() not in not_places


def _is_heading(paragraph: str) -> bool:
    return (
        "\n" not in paragraph
        and len(paragraph.split()) <= HEADING_MAX_WORDS
        and paragraph[:1].isupper()
        and not paragraph.endswith((".", "!", "?", ":", '"', "”", "’", "'", ")", "…"))
    )


QUESTION_MAX_WORDS = 25
"""An interviewer's question printed as its own paragraph is short."""


def _is_question(paragraph: str) -> bool:
    return "\n" not in paragraph and paragraph.endswith("?") and len(paragraph.split()) <= QUESTION_MAX_WORDS


_CREDIT = re.compile(
    r"\((?P<inside>[^()\n]{2,80})\)[\s.]*$|^\s*(?:sumber|source)\s*:(?P<line>[^\n]{2,80})$", re.M | re.I
)
_CREDIT_MAX_WORDS = 8


def source_credits(text: str, words: frozenset[str]) -> list[tuple[int, int]]:
    """Character spans of source credits: a short bracket closing a paragraph that names who
    wrote or supplied the text ("(Humas Pemprov Jabar/Golali.id)", "(Diskominfo Kepri)"), or a
    "Sumber: ..." line.

    >>> t = "Isi berita.\\n(Humas Pemprov Jabar/Golali.id)\\nSumber: Diskominfo Kepri"
    >>> [t[s:e] for s, e in source_credits(t, frozenset({"humas", "diskominfo"}))]
    ['Humas Pemprov Jabar/Golali.id', ' Diskominfo Kepri']
    """
    found = []
    for match in _CREDIT.finditer(text):
        group = "inside" if match.group("inside") else "line"
        inside = match.group(group)
        lowered = re.findall(r"[\w.]+", inside.lower())
        credit = group == "line" or "/" in inside or any(w in words or "." in w for w in lowered)
        if credit and len(inside.split()) <= _CREDIT_MAX_WORDS:
            found.append(match.span(group))
    return found
