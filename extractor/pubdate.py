"""The publication date of an article, read from its text or its URL.

``published_from_text`` reads the date an article was published from its text: the byline or
dateline of its header (``Senin, 3 Maret 2025 10:15 WIB``, ``BOGOR, 12/06/2025 –``, ISO
timestamps), else the first dated event bracket of its body (``Sabtu (17/8/2024)``); never a
copyright footer or a teaser list. ``published_from_url`` reads a date written into a URL.
``prepare.py`` dates each article once with them; ``scrape/`` falls back on them for a page.
"""

from __future__ import annotations

import re
from datetime import date

from . import clean
from .language import LanguageData
from .timeexpressions import SHORT_LINE_WORDS, TimeLexicon, full_date, period_roles, time_lexicon, valid_date

_BODY_LINE_WORDS = 20
"""A line this long or longer opens the body: the header is the lines before it."""


def published_from_text(text: str, data: LanguageData | None = None, *, cleaned: bool = False) -> date | None:
    """The publication date in the page address copied into the article's header, else printed
    in its header (byline, dateline), else its first dated event bracket; ``None`` when the text
    gives none.

    The text is cleaned of page debris first (``clean.py``), so a teaser's date is never read;
    ``cleaned=True`` says it already is (``prepare.py`` cleans each article once).

    >>> published_from_text("Judul\\n\\nM Jaini — Kaltim Today 01 Desember 2025 07:26\\nIsi")
    datetime.date(2025, 12, 1)
    >>> published_from_text("BOGOR, 12/06/2025 – Dua daerah")
    datetime.date(2025, 6, 12)
    >>> published_from_text("Tanpa tanggal sama sekali.") is None
    True
    """
    lexicon = time_lexicon(data)
    lines = (text if cleaned else clean.clean_text(text, data)).splitlines()
    body = next((i for i, line in enumerate(lines) if len(line.split()) >= _BODY_LINE_WORDS), len(lines))
    header = lines[: min(body, 20)]
    first_body = lines[body] if body < len(lines) else ""
    return (
        _address_date(header)
        or _byline_date(header, lexicon)
        or _dateline_date(first_body, lexicon)
        or _bracket_date(lines[body:] or lines, lexicon)
    )


_ADDRESS_LINE = re.compile(r"\s*(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+/\S+\s*$")


def _address_date(header: list[str]) -> date | None:
    """The date in a page's address copied as a line of its header (``kalbarterkini.id/2025/11/18/
    santunan-...``), as a URL of its own gives it.

    >>> _address_date(["kabarsambas.id/2025/11/18/santunan-ahli-waris", "", "Judul"])
    datetime.date(2025, 11, 18)
    >>> _address_date(["Judul 2025/11/18 tanpa alamat"]) is None
    True
    """
    dates = (published_from_url(line) for line in header if _ADDRESS_LINE.match(line))
    return next((found for found in dates if found is not None), None)


def _byline_date(header: list[str], lexicon: TimeLexicon) -> date | None:
    """The best dated header line: a dateline's place name, a day name, a clock time or a byline
    word (``Diterbitkan``, ``Penulis``) make a date a byline; an update stamp counts least;
    footers never count."""
    best: tuple[int, int, date] | None = None
    headline = next(
        (i for i, line in enumerate(header) if line.strip() and not lexicon.byline_date.search(line)), 0
    )
    for number, line in enumerate(header):
        roles = {lexicon.bylines[m.group("word").lower()] for m in lexicon.byline_word.finditer(line)}
        if "footer" in roles:
            continue
        for match in lexicon.byline_date.finditer(line):
            before = line[: match.start()]
            if before.rstrip().endswith("(") or period_roles(before, lexicon) - {"at"}:
                continue  # an event bracket, or "per 30 November 2025" in a headline
            found = _byline_match_date(match, lexicon)
            if found is None:
                continue
            residue = len((line[: match.start()] + " " + line[match.end() :]).split())
            score = (
                2 * bool(lexicon.dateline_prefix.match(before))
                + 2 * bool(match.group("weekday"))
                + 2 * bool(match.group("clock").strip() or re.search(r"\d:\d\d", match.group(0)))
                + 2 * ("published" in roles)
                - 4 * ("updated" in roles)
                + (residue <= 4)
                # A date above the headline is the site's date bar: the day of the visit.
                - 3 * (number < headline)
            )
            if score <= 0 and len(line.split()) > SHORT_LINE_WORDS:
                continue  # a date inside a headline says what happened, not when it was printed
            if best is None or score > best[0]:
                best = (score, number, found)
    return best[2] if best else None


def _byline_match_date(match: re.Match, lexicon: TimeLexicon) -> date | None:
    g = match.group
    if g("d1"):
        parts = g("y1"), lexicon.months[g("mo1").lower()], g("d1")
    elif g("d2"):
        parts = g("y2"), g("m2"), g("d2")
    elif g("y3"):
        parts = g("y3"), g("m3"), g("d3")
    else:
        parts = g("y4"), lexicon.months[g("mo4").lower()], g("d4")
    return full_date(match.group(0), *parts)


def _dateline_date(line: str, lexicon: TimeLexicon) -> date | None:
    """The date of a dateline opening the body: ``SANGATTA, 20 Januari 2025 –``,
    ``PENAJAM, Jumat (14/11/2025) –``."""
    for match in lexicon.byline_date.finditer(line[:80]):
        if lexicon.dateline_prefix.match(line[: match.start()]):
            return _byline_match_date(match, lexicon)
    return None


def _bracket_date(lines: list[str], lexicon: TimeLexicon) -> date | None:
    """The first dated event bracket of the body, ``Sabtu (17/8/2024)``: the news is usually
    that day's or the day before."""
    for line in lines:
        for match in lexicon.event_bracket.finditer(line):
            year = int(match.group("y"))
            found = full_date(
                match.group(0), year + 2000 if year < 100 else year, match.group("m"), match.group("d")
            )
            if found is not None:
                return found
    return None


_URL_DATE = re.compile(
    r"/(?P<y>(?:19|20)\d\d)/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)(?:/|$)"
    r"|/(?:read|berita|news)?/?(?P<cy>(?:19|20)\d\d)(?P<cm>[01]\d)(?P<cd>[0-3]\d)\d*(?:/|$)"
    r"|(?<![\d])(?P<iy>(?:19|20)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d)(?!\d)"
)


def published_from_url(url: str | None) -> date | None:
    """A date written into an article's URL (or file name): ``/2023/08/30/``, ``/read/20240222/``,
    ``-2023-08-30``.

    >>> published_from_url("https://x.id/berita/2023/08/30/pemkab-kukar")
    datetime.date(2023, 8, 30)
    >>> published_from_url("https://x.id/read/20240222/12/berita") , published_from_url(None)
    (datetime.date(2024, 2, 22), None)
    """
    if not url:
        return None
    for match in _URL_DATE.finditer(url):
        if match.group("y"):
            found = valid_date(match.group("y"), match.group("m"), match.group("d"))
        elif match.group("cy"):
            found = valid_date(match.group("cy"), match.group("cm"), match.group("cd"))
        else:
            found = valid_date(match.group("iy"), match.group("im"), match.group("id"))
        if found:
            return found
    return None
