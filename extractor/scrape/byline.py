"""Byline: the Indonesian layer, what a page prints for its readers around the headline.

The dateline printed below the headline (or above it in its header block), and the author named
by a labelled byline (``Pewarta:``, ``Penulis:``; never ``Editor:``, ``patterns/scrape/bylines.jsonl``),
and whether a name reads as a person's at all.
"""

from __future__ import annotations

import html as html_lib
import re

from bs4 import Tag

from .rules import Rules
from .sites import comparable, names_site
from .text import block_text, squash

HEADER_LINES = 12
"""How far below the headline a printed dateline is looked for."""


def line_index(lines: list[str], title: str | None, h1: Tag | None) -> int | None:
    """Where the headline stands among the visible lines."""
    keys = {comparable(t) for t in (title, h1.get_text(" ", strip=True) if h1 else None) if t}
    for index, line in enumerate(lines):
        if comparable(line) in keys:
            return index
    return None


def near_headline(lines: list[str], start: int | None, paragraphs: list[str]) -> list[str]:
    """The lines just below the headline, down to the lead paragraph: where the printed dateline
    stands. Without a headline line, the few lines above the lead paragraph and the lead itself."""
    lead = comparable(paragraphs[0])[:60]
    lead_index = next((i for i, line in enumerate(lines) if lead and comparable(line).startswith(lead)), None)
    if start is not None:
        end = start + 1 + HEADER_LINES
        if lead_index is not None and lead_index > start:
            end = min(end, lead_index + 1)
        return lines[start + 1 : end]
    if lead_index is not None:
        return lines[max(0, lead_index - 5) : lead_index + 1]
    return paragraphs[:1]


_HEADER_BLOCK_CHARS = 600
"""A headline's parent with less text than this is the article's header block (title, date,
byline), not a wrapper of the whole page with its top bar."""


def above_headline(h1: Tag | None) -> list[str]:
    """The lines above the headline inside its own header block: some sites print the date
    there. Empty when the headline's parent is the page or the whole article."""
    if h1 is None or h1.parent is None or h1.parent.name in ("body", "html", "article", "main"):
        return []
    if len(h1.parent.get_text(" ", strip=True)) > _HEADER_BLOCK_CHARS:
        return []
    before = reversed([sibling for sibling in h1.find_previous_siblings() if isinstance(sibling, Tag)])
    return [line for sibling in before for line in block_text(sibling).split("\n") if line]


_NAME_CUT = re.compile(r"\s+[-–—]\s+|[|/•·,;(\[]|\d")


def first_segment(text: str) -> str:
    """Text up to the first separator, bracket or digit: "Nurul — Kaltim Today 01 Des" → "Nurul"."""
    return _NAME_CUT.split(text, maxsplit=1)[0].strip(" :.-–—")


def person_name(name: str | None, sites: set[str], rules: Rules) -> str | None:
    """``name`` when it reads as a person's name: 1 to 6 words, the first and last capitalised
    (so "Oleh karena itu" is no byline), no digits, no URL, not the outlet, not a newsroom account.

    >>> from extractor.scrape.rules import rules_of
    >>> rules = rules_of()
    >>> person_name("M Jaini Rasyid", set(), rules), person_name("karena itu", set(), rules)
    ('M Jaini Rasyid', None)
    """
    if not name:
        return None
    name = squash(html_lib.unescape(name)).strip(" :.-–—")
    if not name or "://" in name or "@" in name or re.search(r"\d", name):
        return None
    words = name.split()
    if not 1 <= len(words) <= 6 or len(name) > 60 or not (words[0][0].isupper() and words[-1][0].isupper()):
        return None
    if rules.not_authors.fullmatch(name) or names_site(name, sites):
        return None
    return name


def labelled_author(lines: list[str], start: int | None, sites: set[str], rules: Rules) -> str | None:
    """The author a labelled byline names, looked for from the headline's line down, then above.

    >>> from extractor.scrape.rules import rules_of
    >>> lines = ["Judul", "Penulis: Syafri Ramadhan | Editor: Budi Susilo", "Isi berita."]
    >>> labelled_author(lines, 0, set(), rules_of())
    'Syafri Ramadhan'
    """
    ordered = lines[start:] + lines[:start] if start is not None else lines
    return next(filter(None, (byline_author(line, sites, rules) for line in ordered)), None)


def byline_author(line: str, sites: set[str], rules: Rules) -> str | None:
    """The author a byline line names after an author label (``Pewarta: Ahmad``); the value of
    one label ends where the next begins (``Penulis: A | Editor: B``)."""
    if len(line) > 160:
        return None
    labels = sorted(
        ((m.start(), m.end(), label.role) for label in rules.bylines for m in label.pattern.finditer(line)),
    )
    for index, (_, end, role) in enumerate(labels):
        if role != "author":
            continue
        stop = labels[index + 1][0] if index + 1 < len(labels) else len(line)
        name = person_name(first_segment(line[end:stop]), sites, rules)
        if name:
            return name
    return None
