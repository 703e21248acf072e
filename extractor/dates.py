"""Dates: when an article was published, and the year (and date) every figure refers to.

``published_from_text`` reads the date an article was published from its text: the byline or
dateline of its header (``Senin, 3 Maret 2025 10:15 WIB``, ``BOGOR, 12/06/2025 –``, ISO
timestamps), else the first dated event bracket of its body (``Sabtu (17/8/2024)``); never a
copyright footer or a teaser list. ``published_from_url`` reads a date written into a URL.

``find_times`` marks every time expression of a text (``pada 2023``, ``per 30 November 2025``,
``Januari–Agustus 2023``, ``tahun lalu``, ``dua tahun mendatang``, ``pada tahun pertama``) and
resolves it against the publication date into a ``TimeRef``. The spaCy component ``time`` puts
them in ``doc.spans["times"]`` with the ``TimeRef`` on ``span._.time``; ``time_for`` gives a
figure its year and ``as_of``: the nearest time of its own sentence, else the year set earlier
in its paragraph, else the publication year ("now").

Regular expressions find the spans; ``dateparser`` (Indonesian, with the publication date as
``RELATIVE_BASE``) reads the dates they found, and only those short spans. Words and forms
(month names, relative phrases, period words, anchors) live in ``patterns/time/``.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from functools import lru_cache

import dateparser
from spacy.language import Language
from spacy.tokens import Doc, Span

from . import clean, language, numbers, reference, spanindex
from .clauses import clause_breaks, clause_of
from .doctext import doc_text, paragraph_of
from .language import LanguageData

log = logging.getLogger(__name__)

SPAN_KEY = "times"
_DATED_AFTER_PARAGRAPHS = 2
"""How many paragraphs on a sentence dating the data before it may stand."""
_YEAR = r"(?:19|20)\d\d"
# How far back a period word ("sejak diluncurkan pada 2022") or a comparison ("naik dari
# 4.250 orang tahun lalu") may stand from the date it qualifies.
_PREFIX_WORDS = 4
_COMPARISON_REACH = 45
# A header line this short, or a byline, holds the article's own date, not one of its facts.
_SHORT_LINE_WORDS = 8
_BODY_LINE_WORDS = 20


@dataclass(frozen=True)
class TimeRef:
    """A point in time a text names: its year, and the ISO date or month when it gives one."""

    year: int | None
    as_of: str | None = None
    kind: str = "year"
    """``year``, ``month``, ``date``, ``relative`` (resolved against publication), ``since``
    (``sejak 2021``: a period running until now, so the year is the publication year),
    ``first_year`` (``tahun pertama``), ``budget``/``data`` (``APBD 2025``, ``data BPS 2024``),
    ``event`` (``Rabu (11/6/2025)``, a dateline: the day of the news, no figure's own date),
    ``now`` (no time expression: the publication year)."""
    start_year: int | None = None
    """The year a period starts (``sejak 2021``, ``dimulai pada 2022``): ``tahun pertama``."""
    compared_from: int | None = None
    """Offset where a comparison starts (``naik dari``, ``dibanding``): the time is a baseline,
    for the figures after that offset only, and it sets no year for later sentences."""
    weak: bool = False
    """An event date or dateline: used only when the sentence names no other time."""
    carried: bool = False
    """Set by another sentence (the paragraph before, or data dated after it), not the figure's own."""


# ---------------------------------------------------------------------------------------------
# The lexicon: patterns/time/ compiled once per LanguageData.


@dataclass(frozen=True)
class _Relative:
    phrase: str
    pattern: re.Pattern
    offset: int
    unit: str
    anchor: str
    as_of: str


@dataclass(frozen=True)
class _Lexicon:
    months: dict[str, int]
    abbreviations: frozenset[str]
    numbers: dict[str, int]
    relative: tuple[_Relative, ...]
    before: dict[str, str]
    after: dict[str, str]
    comparisons: dict[str, str]
    anchors: dict[str, str]
    bylines: dict[str, str]
    expression: re.Pattern
    prefix_words: re.Pattern
    suffix: re.Pattern
    not_year: re.Pattern
    comparison: re.Pattern
    change_to: re.Pattern
    change_from: re.Pattern
    change_into: re.Pattern
    change_origin: re.Pattern
    anchor: re.Pattern
    byline_date: re.Pattern
    byline_word: re.Pattern
    event_bracket: re.Pattern
    dateline_prefix: re.Pattern
    range_joiner: re.Pattern


def _alternation(words) -> str:
    """Longest first, so that ``sampai dengan`` wins over ``sampai``; spaces match any spacing."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def _abbreviations(months: dict[str, int]) -> frozenset[str]:
    """Names that shorten a longer name of the same month (``agt``, ``mrt``, ``jan``).

    >>> sorted(_abbreviations({"agustus": 8, "agt": 8, "mei": 5, "juni": 6, "june": 6}))
    ['agt']
    """

    def shortens(short: str, long: str) -> bool:
        letters = iter(long)
        return len(short) < len(long) and all(c in letters for c in short)

    return frozenset(
        name
        for name, month in months.items()
        if any(shortens(name, o) for o, m in months.items() if m == month)
    )


def _lexicon(data: LanguageData | None = None) -> _Lexicon:
    """The time words and regular expressions of ``data`` (bundled when ``None``), built once."""
    return (data or LanguageData.load()).derived("dates.lexicon", _build_lexicon)


def _build_lexicon(data: LanguageData) -> _Lexicon:
    table = lambda name: data.table(f"time/{name}")  # noqa: E731
    months = {row["name"].lower(): int(row["month"]) for row in table("months.csv")}
    numbers = {row["word"].lower(): int(row["value"]) for row in table("numbers.csv")}
    weekdays = data.lines("time/weekdays.txt")
    before = {r["word"].lower(): r["role"] for r in table("periods.csv") if r["position"] == "before"}
    after = {r["word"].lower(): r["role"] for r in table("periods.csv") if r["position"] == "after"}
    comparisons = {r["phrase"].lower(): r["role"] for r in table("comparisons.csv")}
    anchors = {r["word"].lower(): r["kind"] for r in table("anchors.csv")}
    bylines = {r["word"].lower(): r["role"] for r in table("bylines.csv")}
    not_years = {r["word"].lower(): r["kind"] for r in table("not_years.csv")}

    count = rf"(?:\d{{1,2}}|{_alternation(numbers)})"
    rows = table("relative.csv")
    # A phrase ending in "tahun" must not stop short of a longer one ("akhir tahun lalu" is
    # "tahun lalu") or of a year ("awal tahun 2023" is 2023).
    continuations = {p.split("tahun ", 1)[1].split()[0] for p in (r["phrase"] for r in rows) if "tahun " in p}
    stop_after_tahun = rf"(?!\s+(?:{_YEAR}|{_alternation(continuations)})\b)"
    relative, fragments = [], []
    for row in sorted(rows, key=lambda r: len(r["phrase"]), reverse=True):
        phrase = row["phrase"].lower()
        fragment = re.escape(phrase).replace(r"\ ", r"\s+").replace(r"\{n\}", rf"(?P<n>{count})")
        if phrase.endswith("tahun"):
            fragment += stop_after_tahun
        fragments.append(fragment.replace("(?P<n>", "(?:"))
        relative.append(
            _Relative(
                phrase,
                re.compile(fragment, re.IGNORECASE),
                int(row["offset"]),
                row["unit"],
                row["anchor"],
                row["as_of"] or "",
            )
        )

    month = _alternation(months)
    weekday = _alternation(weekdays)
    time_of_day = r"(?:\s*[,|•·–—-]?\s*(?:pukul\s*)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:WIB|WITA|WIT)?)?"
    expression = re.compile(
        # An event bracket: "Sabtu (17/8/2024)", "Selasa (1/7)".
        rf"(?P<bracket>(?:\b(?:{weekday})\s*,?\s*)?\((?P<bd>\d{{1,2}})/(?P<bm>\d{{1,2}})"
        rf"(?:/(?P<by>(?:19|20)?\d\d))?\))"
        rf"|(?<![\w/.,-])(?P<nd>\d{{1,2}})/(?P<nm>\d{{1,2}})/(?P<ny>{_YEAR})(?![\w/])"
        rf"|\b(?P<iy>{_YEAR})-(?P<im>[01]\d)-(?P<id>[0-3]\d)\b"
        rf"|(?<![\w.,/])(?:(?P<day>\d{{1,2}})\s+)?(?P<month>{month})\b\.?(?:\s*,?\s*(?P<myear>{_YEAR})\b)?"
        rf"|\b(?P<relative>{'|'.join(fragments)})\b"
        # A year; after a slash only in "2023/2024" and "semester I/2025".
        rf"|(?<![\w.,])(?:(?<=\d{{4}}/)|(?<=\b[IVX]/)|(?<=\b[IVX]{{2}}/)|(?<!/))"
        rf"(?P<year>{_YEAR})(?![\w%]|/(?!{_YEAR}\b)|[.,]\d)",
        re.IGNORECASE,
    )
    prefix_words = re.compile(rf"\b(?:{_alternation(before)})(?=\s|$)", re.IGNORECASE)
    suffix = re.compile(rf"\s+(?P<word>{_alternation(after)})\b", re.IGNORECASE)
    regulation = [w for w, k in not_years.items() if k == "regulation"]
    names = [w for w, k in not_years.items() if k == "name"]
    not_year = re.compile(
        rf"\b(?:{_alternation(regulation)})\.?\s*(?:(?:nomor|no)\.?\s*)?\d{{1,4}}[a-z]?\s*(?:tahun\s+|/\s*){_YEAR}\b"
        rf"|\b(?:{_alternation(names)})\s+{_YEAR}\b"
        rf"|\b{_YEAR}-an\b",
        re.IGNORECASE,
    )
    baselines = [p for p, role in comparisons.items() if role == "baseline"]
    comparison = re.compile(rf"\b(?:{_alternation(baselines)})\b", re.IGNORECASE)
    to_words = _alternation(p for p, r in comparisons.items() if r == "to")
    from_words = _alternation(p for p, r in comparisons.items() if r == "from")
    change_to = re.compile(rf"\s*(?:[\w%]+\s+){{0,3}}?(?:{to_words})\s", re.IGNORECASE)
    change_into = re.compile(rf"\b(?:{to_words})\s+(?:\w+\s+)?$", re.IGNORECASE)
    change_origin = re.compile(rf"\b(?:{from_words})\b", re.IGNORECASE)
    change_from = re.compile(rf"\b(?:{from_words})\s+(?:\w+\s+)?$", re.IGNORECASE)
    anchor = re.compile(rf"\b(?P<word>{_alternation(anchors)})\b", re.IGNORECASE)
    byline_date = re.compile(
        rf"(?P<weekday>\b(?:{weekday})\s*,?\s*)?(?:"
        rf"(?P<d1>\d{{1,2}})\s+(?P<mo1>{month})\.?\s*,?\s+(?P<y1>{_YEAR})"
        rf"|(?<![\w/.])(?P<d2>\d{{1,2}})(?P<sep>[/.-])(?P<m2>\d{{1,2}})(?P=sep)(?P<y2>{_YEAR})"
        rf"|\b(?P<y3>{_YEAR})-(?P<m3>[01]\d)-(?P<d3>[0-3]\d)"
        rf"(?:[T ]\d{{2}}:\d{{2}}(?::\d{{2}})?(?:\.\d+)?(?:Z|[+-]\d{{2}}:?\d{{2}})?)?"
        rf"|\b(?P<mo4>{month})\.?\s+(?P<d4>\d{{1,2}}),\s*(?P<y4>{_YEAR})"
        rf")(?P<clock>{time_of_day})(?![\d/])",
        re.IGNORECASE,
    )
    byline_word = re.compile(rf"(?<!\w)(?P<word>{_alternation(bylines)})(?!\w)", re.IGNORECASE)
    event_bracket = re.compile(
        rf"\b(?:{weekday})\s*,?\s*\((?P<d>\d{{1,2}})/(?P<m>\d{{1,2}})/(?P<y>(?:19|20)?\d\d)\)", re.IGNORECASE
    )
    # What may stand before a dateline's date: a place name, a separator, a day name.
    dateline_prefix = re.compile(
        rf"^\W*[A-Z][\w.'’]*(?:\s+[A-Z][\w.'’]*){{0,3}}\s*(?:,|–|—|-)?\s*(?:(?i:{weekday})\s*,?\s*)?\(?\s*$"
    )
    range_joiner = re.compile(
        r"^\s*(?:–|—|-|/|hingga|sampai(?:\s+dengan)?|s\.?\s?d\.?|s/d)\s*$", re.IGNORECASE
    )
    return _Lexicon(
        months,
        _abbreviations(months),
        numbers,
        tuple(relative),
        before,
        after,
        comparisons,
        anchors,
        bylines,
        expression,
        prefix_words,
        suffix,
        not_year,
        comparison,
        change_to,
        change_from,
        change_into,
        change_origin,
        anchor,
        byline_date,
        byline_word,
        event_bracket,
        dateline_prefix,
        range_joiner,
    )


# ---------------------------------------------------------------------------------------------
# Reading a date span: dateparser first, the span's own parts where it fails.


@lru_cache(maxsize=4096)
def _dateparser(text: str, base: date | None = None, prefer: str = "current_period") -> date | None:
    settings = {"DATE_ORDER": "DMY", "PREFER_DATES_FROM": prefer, "PREFER_DAY_OF_MONTH": "first"}
    if base is not None:
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day)
    try:
        parsed = dateparser.parse(text, languages=["id"], settings=settings)
    except (ValueError, OverflowError, TypeError):
        return None
    return parsed.date() if parsed else None


def _date(year: int | str, month: int | str, day: int | str) -> date | None:
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


def _full_date(text: str, year: int | str, month: int | str, day: int | str) -> date | None:
    """The date a span with all three parts names. dateparser reads the span; where it cannot
    (``Jumat , 17 February 2017``, ``5 Ags 2020``) or reads it otherwise, the parts decide.

    >>> _full_date("Senin, 3 Maret 2025 10:15 WIB", 2025, 3, 3), _full_date("5 Ags 2020", 2020, 8, 5)
    (datetime.date(2025, 3, 3), datetime.date(2020, 8, 5))
    """
    own = _date(year, month, day)
    parsed = _dateparser(text.strip(" ,|–—-"))
    if own is not None and parsed != own:
        log.debug("dateparser read %r as %s; the span says %s", text, parsed, own)
        return own
    return parsed


def _without_year(text: str, month: int, day: int | None, published: date | None, prefer: str) -> date | None:
    """A day or month named without its year, placed against the publication date: the last one
    (``past``), this year's (``current_period``), the next one (``future``), or the nearest
    (``nearest``). Unknown publication date: no year, never a guess.

    >>> _without_year("30 September", 9, 30, date(2025, 12, 12), "past")
    datetime.date(2025, 9, 30)
    >>> _without_year("31/12", 12, 31, date(2025, 1, 2), "nearest")
    datetime.date(2024, 12, 31)
    >>> _without_year("Juni", 6, None, None, "past") is None
    True
    """
    if published is None:
        return None
    if prefer == "nearest":
        candidates = [_without_year(text, month, day, published, p) for p in ("past", "future")]
        candidates = [c for c in candidates if c is not None]
        return min(candidates, key=lambda c: abs((c - published).days), default=None)
    parsed = _dateparser(text, published, prefer)
    if parsed is not None and parsed.month == month and (day is None or parsed.day == day):
        return parsed
    # dateparser missed the form ("5 Agt", "Juni lalu"): place it ourselves.
    year = published.year
    own = _date(year, month, day or 1)
    if own is None:
        return None
    this_month = (own.year, own.month) == (published.year, published.month)
    if prefer == "past" and own > published and not (day is None and this_month):
        own = _date(year - 1, month, day or 1)
    elif prefer == "future" and own < published and not this_month:
        own = _date(year + 1, month, day or 1)
    return own


# ---------------------------------------------------------------------------------------------
# The publication date.


def published_from_text(text: str, data: LanguageData | None = None, *, cleaned: bool = False) -> date | None:
    """The publication date printed in the article's header (byline, dateline), else its first
    dated event bracket; ``None`` when the text gives none.

    The text is cleaned of page debris first (``clean.py``), so a teaser's date is never read;
    ``cleaned=True`` says it already is (``prepare.py`` cleans each article once).

    >>> published_from_text("Judul\\n\\nM Jaini — Kaltim Today 01 Desember 2025 07:26\\nIsi")
    datetime.date(2025, 12, 1)
    >>> published_from_text("BOGOR, 12/06/2025 – Dua daerah")
    datetime.date(2025, 6, 12)
    >>> published_from_text("Tanpa tanggal sama sekali.") is None
    True
    """
    lexicon = _lexicon(data)
    lines = (text if cleaned else clean.clean_text(text, data)).splitlines()
    body = next((i for i, line in enumerate(lines) if len(line.split()) >= _BODY_LINE_WORDS), len(lines))
    header = lines[: min(body, 20)]
    first_body = lines[body] if body < len(lines) else ""
    return (
        _byline_date(header, lexicon)
        or _dateline_date(first_body, lexicon)
        or _bracket_date(lines[body:] or lines, lexicon)
    )


def _byline_date(header: list[str], lexicon: _Lexicon) -> date | None:
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
            if before.rstrip().endswith("(") or _period_roles(before, lexicon) - {"at"}:
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
            if score <= 0 and len(line.split()) > _SHORT_LINE_WORDS:
                continue  # a date inside a headline says what happened, not when it was printed
            if best is None or score > best[0]:
                best = (score, number, found)
    return best[2] if best else None


def _byline_match_date(match: re.Match, lexicon: _Lexicon) -> date | None:
    g = match.group
    if g("d1"):
        parts = g("y1"), lexicon.months[g("mo1").lower()], g("d1")
    elif g("d2"):
        parts = g("y2"), g("m2"), g("d2")
    elif g("y3"):
        parts = g("y3"), g("m3"), g("d3")
    else:
        parts = g("y4"), lexicon.months[g("mo4").lower()], g("d4")
    return _full_date(match.group(0), *parts)


def _dateline_date(line: str, lexicon: _Lexicon) -> date | None:
    """The date of a dateline opening the body: ``SANGATTA, 20 Januari 2025 –``,
    ``PENAJAM, Jumat (14/11/2025) –``."""
    for match in lexicon.byline_date.finditer(line[:80]):
        if lexicon.dateline_prefix.match(line[: match.start()]):
            return _byline_match_date(match, lexicon)
    return None


def _bracket_date(lines: list[str], lexicon: _Lexicon) -> date | None:
    """The first dated event bracket of the body, ``Sabtu (17/8/2024)``: the news is usually
    that day's or the day before."""
    for line in lines:
        for match in lexicon.event_bracket.finditer(line):
            year = int(match.group("y"))
            found = _full_date(
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
            found = _date(match.group("y"), match.group("m"), match.group("d"))
        elif match.group("cy"):
            found = _date(match.group("cy"), match.group("cm"), match.group("cd"))
        else:
            found = _date(match.group("iy"), match.group("im"), match.group("id"))
        if found:
            return found
    return None


# ---------------------------------------------------------------------------------------------
# Time expressions in running text.


@dataclass
class _Found:
    """One time expression as matched, before ranges and anchors are resolved."""

    start: int
    end: int
    ref: TimeRef
    explicit: bool = True
    """It names its year (``Oktober 2025``), as opposed to ``Oktober`` or ``tahun lalu``."""
    month: int | None = None
    """The month of a month named alone (``hingga Oktober``)."""
    qualified: bool = True
    """A month named alone stands for a time only after a period word or before ``lalu``/``ini``
    (``hingga Oktober``, ``Juni lalu``); alone it may be a name (``Juni``, ``Agustus``)."""
    anchor: str = ""
    """``context`` or ``start``: the year comes from the text before it."""
    offset: int = 0
    period: bool = False
    """Two dates joined into one period (``Januari–Agustus 2023``)."""


def find_times(
    text: str, published: date | None, data: LanguageData | None = None, year_only: bool = False
) -> list[tuple[int, int, TimeRef]]:
    """Every time expression in ``text`` as ``(start, end, TimeRef)``, resolved against
    ``published``; relative words get a null year when it is unknown. With ``year_only`` only
    the year of ``published`` is known (a reference read from the text): a day or month named
    without its year falls in that year.

    >>> [ref.year for _, _, ref in find_times("pada 2023 dan tahun lalu", date(2025, 1, 2))]
    [2023, 2024]
    >>> [(r.year, r.as_of) for _, _, r in find_times("Januari hingga September 2024", None)]
    [(2024, '2024-09')]
    """
    lexicon = _lexicon(data)
    masked = [m.span() for m in lexicon.not_year.finditer(text)]
    found = [
        f
        for match in lexicon.expression.finditer(text)
        if not any(s <= match.start() < e for s, e in masked)
        for f in [_read(match, text, published, lexicon, year_only)]
        if f is not None
    ]
    found = [f for f in _merge_ranges(found, text, lexicon) if f.qualified]
    return [(f.start, f.end, f.ref) for f in _resolve_anchors(found, text, lexicon)]


def _read(
    match: re.Match, text: str, published: date | None, lexicon: _Lexicon, year_only: bool = False
) -> _Found | None:
    g = match.group
    start, end = match.span()
    before = text[max(0, start - 60) : start]
    roles = _period_roles(before, lexicon)
    after = lexicon.suffix.match(text, end)
    after_role = lexicon.after[re.sub(r"\s+", " ", after.group("word").lower())] if after else None
    pins = not roles & {"since", "start"}

    if g("bracket"):
        return _read_bracket(match, published, year_only)
    if g("ny") or g("iy"):
        year, month, day = (g("ny"), g("nm"), g("nd")) if g("ny") else (g("iy"), g("im"), g("id"))
        found = _date(year, month, day)
        if found is None:
            return None
        ref = TimeRef(found.year, found.isoformat() if pins else None, "date")
        return _Found(start, end, _day_of(ref, roles, published, text, match, lexicon))
    if g("month"):
        prefer = "current_period" if year_only else _preference(roles, after_role)
        return _read_month(match, text, published, lexicon, roles, after_role, pins, prefer)
    if g("relative"):
        return _read_relative(match, published, lexicon, roles)
    year = int(g("year"))
    anchor = lexicon.anchor.search(" ".join(before.split()[-3:]))
    kind = lexicon.anchors[re.sub(r"\s+", " ", anchor.group("word").lower())] if anchor else "year"
    return _Found(start, end, _since(TimeRef(year, None, kind), roles, published))


def _read_bracket(match: re.Match, published: date | None, year_only: bool = False) -> _Found:
    """``Rabu (11/6/2025)``: the day of the news, never a figure's own date."""
    g = match.group
    day, month = int(g("bd")), int(g("bm"))
    if g("by"):
        year = int(g("by"))
        found = _date(year + 2000 if year < 100 else year, month, day)
    else:
        prefer = "current_period" if year_only else "nearest"
        found = _without_year(f"{day}/{month}", month, day, published, prefer)
    return _Found(*match.span(), TimeRef(found.year if found else None, None, "event", weak=True))


def _read_month(
    match: re.Match,
    text: str,
    published: date | None,
    lexicon: _Lexicon,
    roles: set[str],
    after_role: str | None,
    pins: bool,
    prefer: str,
) -> _Found | None:
    g = match.group
    start, end = match.span()
    name = g("month").lower()
    month = lexicon.months[name]
    day = int(g("day")) if g("day") else None
    if g("myear"):
        year = int(g("myear"))
        if day is not None:
            found = _full_date(g(0), year, month, day)
            if found is None:
                return None
            ref = TimeRef(year, found.isoformat() if pins else None, "date")
            return _Found(start, end, _day_of(ref, roles, published, text, match, lexicon))
        ref = TimeRef(year, f"{year}-{month:02d}" if pins else None, "month")
        return _Found(start, end, _since(ref, roles, published))
    if name in lexicon.abbreviations and (day is None or not (roles or after_role)):
        return None  # "Jan", "Des" alone are too short to be read as months
    if after_role:
        end = lexicon.suffix.match(text, end).end()
    found = _without_year(f"{day} {name}" if day else name, month, day, published, prefer)
    if found is None:
        ref = TimeRef(None, None, "date" if day else "month")
    elif day is not None:
        ref = TimeRef(found.year, found.isoformat() if pins else None, "date")
    else:
        ref = TimeRef(found.year, f"{found.year}-{month:02d}" if pins else None, "month")
    qualified = day is not None or bool(roles or after_role)
    return _Found(
        start,
        end,
        _since(ref, roles, published),
        explicit=False,
        month=month if day is None else None,
        qualified=qualified,
    )


def _read_relative(match: re.Match, published: date | None, lexicon: _Lexicon, roles: set[str]) -> _Found:
    start, end = match.span()
    phrase = match.group("relative")
    row = next(r for r in lexicon.relative if r.pattern.fullmatch(phrase))
    count = 1
    n = row.pattern.fullmatch(phrase).groupdict().get("n")
    if n:
        count = int(n) if n.isdigit() else lexicon.numbers[re.sub(r"\s+", " ", n.lower())]
    offset = row.offset * count
    if row.anchor != "published":
        kind = "first_year" if row.anchor == "start" else "relative"
        return _Found(start, end, TimeRef(None, None, kind), explicit=False, anchor=row.anchor, offset=offset)
    if published is None:
        ref = TimeRef(None, None, "relative")
    elif row.unit == "day":
        day = published + timedelta(days=offset)
        ref = TimeRef(day.year, day.isoformat() if row.as_of == "date" else None, "relative")
    elif row.unit == "month":
        index = published.year * 12 + published.month - 1 + offset
        year, month = divmod(index, 12)
        ref = TimeRef(year, f"{year}-{month + 1:02d}" if row.as_of else None, "relative")
    else:
        ref = TimeRef(published.year + offset, None, "relative")
    return _Found(start, end, _since(ref, roles, published), explicit=False)


def _period_roles(before: str, lexicon: _Lexicon) -> set[str]:
    """The roles of the period words in the few words before a date, within its clause."""
    clause = re.split(r"[.;:!?()\n\"“”]\s|,\s|\s[–—-]\s|\n", before)[-1]
    window = " ".join(clause.split()[-_PREFIX_WORDS:])
    return {
        lexicon.before[re.sub(r"\s+", " ", m.group(0).lower())] for m in lexicon.prefix_words.finditer(window)
    }


def _preference(roles: set[str], after_role: str | None) -> str:
    """Which year a day or month without one falls in: the last one for a status date (``per
    30 September``, ``Juni lalu``), the next one for a start (``mulai Oktober``), this year's
    for an end (``hingga Desember``), else the nearest to the publication date."""
    if after_role in ("past", "current", "future"):
        return {"past": "past", "current": "current_period", "future": "future"}[after_role]
    if roles & {"per", "since", "during"}:
        return "past"
    if "start" in roles:
        return "future"
    if "until" in roles:
        return "current_period"
    return "nearest"


def _since(ref: TimeRef, roles: set[str], published: date | None) -> TimeRef:
    """``sejak 2021``: a period from then until now; the figure is current, 2021 its start.
    ``dimulai pada 2022``: the year holds and is the start."""
    if "since" in roles:
        return TimeRef(published.year if published else None, None, "since", start_year=ref.year)
    if "start" in roles:
        return replace(ref, start_year=ref.year, as_of=None)
    return ref


def _day_of(
    ref: TimeRef, roles: set[str], published: date | None, text: str, match: re.Match, lexicon: _Lexicon
) -> TimeRef:
    """A full date: a dateline or byline date is the day of the news, never a figure's own date."""
    if not roles and _is_dateline(text, match.start(), match.end(), lexicon):
        return replace(ref, as_of=None, kind="event", weak=True)
    return _since(ref, roles, published)


def _is_dateline(text: str, start: int, end: int, lexicon: _Lexicon) -> bool:
    """A date opening a line after a place name (``BOGOR, 12/06/2025 –``), or standing on a short
    line of its own or on a byline (``Oleh Redaksi | 2 Agt 2016 | 10:12 WITA``)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)]
    if len(line.split()) <= _SHORT_LINE_WORDS or lexicon.dateline_prefix.match(text[line_start:start]):
        return True
    bylines = (lexicon.bylines[m.group("word").lower()] for m in lexicon.byline_word.finditer(line))
    return len(line.split()) <= 2 * _SHORT_LINE_WORDS and any(role != "footer" for role in bylines)


def _merge_ranges(found: list[_Found], text: str, lexicon: _Lexicon) -> list[_Found]:
    """``Januari–Agustus 2023``, ``2022 hingga 2024``: a period is one expression with its end's
    year and month; an end without a year takes the start's."""
    merged: list[_Found] = []
    for item in found:
        previous = merged[-1] if merged else None
        if previous is not None and lexicon.range_joiner.match(text[previous.end : item.start]):
            if previous.ref.weak or item.ref.weak:
                merged.append(item)
                continue
            ref = item.ref
            if item.month is not None and previous.explicit and previous.ref.year is not None:
                year = previous.ref.year
                ref = replace(ref, year=year, as_of=f"{year}-{item.month:02d}" if ref.as_of else None)
            merged[-1] = replace(item, start=previous.start, ref=ref, qualified=True, period=True)
            continue
        merged.append(item)
    return merged


def _resolve_anchors(found: list[_Found], text: str, lexicon: _Lexicon) -> Iterator[_Found]:
    """Years taken from the text before: ``setahun kemudian``, ``tahun tersebut`` from the year
    named last, ``tahun pertama`` from the year the programme started; and the baseline of a
    comparison (``naik dari 4.250 orang tahun lalu``)."""
    context: int | None = None
    start_year: int | None = None
    for item in found:
        ref = item.ref
        if item.anchor == "context":
            year = context + item.offset if context is not None else None
            ref = replace(ref, year=year)
        elif item.anchor == "start":
            base = start_year if start_year is not None else context
            ref = replace(ref, year=base + item.offset if base is not None else None)
        compared = _comparison_start(text, item.start, lexicon, item.period)
        if compared is not None:
            ref = replace(ref, compared_from=compared)
        if not ref.weak and compared is None:
            # The baseline of a comparison ("dibanding periode yang sama tahun lalu") is not the
            # period the text goes on about: "pada periode yang sama" after it means the current one.
            named = ref.start_year if ref.kind == "since" else ref.year
            context = named if named is not None else context
            if ref.start_year is not None:
                start_year = ref.start_year
        yield replace(item, ref=ref)


def _comparison_start(text: str, start: int, lexicon: _Lexicon, period: bool = False) -> int | None:
    """Where the comparison a time closes begins: ``naik dari`` in ``naik dari 39,8 persen pada
    tahun lalu``, ``dibanding`` in ``dibanding tahun lalu``, ``dari`` in ``naik 1.500 orang dari
    tahun lalu``; ``None`` when it closes none (``dari 2022 hingga 2024`` is a period)."""
    window_start = max(0, start - _COMPARISON_REACH)
    window = text[window_start:start]
    clause_break = max((m.end() for m in re.finditer(r"[.;!?]\s|,\s|\n", window)), default=0)
    last = None
    for match in lexicon.comparison.finditer(window, clause_break):
        last = match
    if last is None and not period:
        direct = lexicon.change_from.search(window, clause_break)
        starts = direct and _period_roles(window[: direct.start()], lexicon) & {"since", "start"}
        if direct and len(direct.group(0).split()) == 1 and not starts:
            last = direct  # not "mulai dari 2023", a start
    return window_start + last.start() if last else None


# ---------------------------------------------------------------------------------------------
# The spaCy component, and the time of a figure.


for _name, _default in (("published", None), ("reference", None), ("reference_source", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


def now(doc: Doc) -> date | None:
    """The date an article speaks from: its publication date, else the reference its text
    gives (``reference.py``)."""
    return doc._.published or doc._.reference


if not Span.has_extension("time"):
    Span.set_extension("time", default=None)


@Language.factory("time", default_config={"patterns": None})
def make_time(nlp: Language, name: str, patterns: str | None) -> TimeMarker:
    return TimeMarker(LanguageData.load(patterns))


class TimeMarker:
    """spaCy component: time expressions into ``doc.spans["times"]``, resolved."""

    def __init__(self, data: LanguageData | None = None):
        self.data = data or LanguageData.load()
        _lexicon(self.data)

    def __call__(self, doc: Doc) -> Doc:
        language.attach(doc, self.data)
        spans = []
        text = doc_text(doc)
        times = find_times(text, doc._.published, self.data)
        if doc._.published is None:
            found = self._reference(doc, text, times)
            if found is not None:
                doc._.reference, doc._.reference_source = found.date, found.source
                times = find_times(text, found.date, self.data, year_only=found.year_only)
        for start, end, ref in times:
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or (spans and spans[-1].end > span.start):
                continue
            span._.time = ref
            spans.append(span)
        doc.spans[SPAN_KEY] = spans
        return doc

    def _reference(
        self, doc: Doc, text: str, times: list[tuple[int, int, TimeRef]]
    ) -> reference.Reference | None:
        """The reference date of an undated article: its URL's, else its own times'."""
        article = doc._.get("article") if doc.has_extension("article") else None
        found = reference.from_url(getattr(article, "url", None))
        if found is not None:
            return found
        clues = []
        for start, end, ref in times:
            if ref.year is None or ref.kind in ("relative", "first_year", "now"):
                continue
            month = day = None
            if ref.as_of:
                parts = ref.as_of.split("-")
                month = int(parts[1]) if len(parts) > 1 else None
                day = int(parts[2]) if len(parts) > 2 else None
            years = [int(y) for y in re.findall(_YEAR, text[start:end])]
            clues.append(
                reference.Clue(
                    ref.year,
                    month,
                    day,
                    ref.kind,
                    min(years) if len(years) > 1 else None,
                    reference.clause_before(text, start),
                    reference.sentence_after(text, end),
                )
            )
        return reference.from_clues(clues, self.data.derived("dates.reference_roles", _reference_roles))


def _reference_roles(data: LanguageData) -> dict[str, str]:
    return {row["word"].lower(): row["role"] for row in data.table("time/reference.csv")}


def time_for(span: Span) -> TimeRef:
    """The time a figure refers to: the nearest time expression of its sentence, else the year
    set earlier in its paragraph, else the publication year ("now").

    Within the sentence, a comparison baseline (``naik dari 4.250 orang tahun lalu``) serves only
    the figures after its comparison word, an event date only when nothing else is there, and
    the "from" figure of a change (``dari Rp 2,48 miliar menjadi Rp 3,6 miliar tahun depan``)
    keeps to now. A year set earlier carries without its ``as_of``; a future year carries into
    the next sentence only, since a plan stated once does not date the description after it.
    """
    doc = span.doc
    sentence = span.sent
    own = [t for t in _times_in(sentence) if _applies(t, span)]
    clause_start, clause_end = clause_of(span)
    # A comparison's baseline in another clause dates nothing here ("naik 3,2 persen dibanding
    # semester I tahun lalu, tapi masih di bawah rata-rata nasional 41,72 persen").
    own = [t for t in own if clause_start <= t.start < clause_end or t._.time.compared_from is None]
    nearest = min(own, key=lambda t: _distance(t, span))._.time if own else None
    if nearest is not None and not nearest.weak:
        return nearest
    dated_after = _dated_after(span)
    if dated_after is not None:
        return replace(dated_after, as_of=None, carried=True)
    if nearest is not None:
        return nearest
    carried = _carried(span)
    if carried is not None:
        return replace(carried, as_of=None, carried=True)
    reference = now(doc)
    return TimeRef(reference.year if reference else None, None, "now")


def _times_in(sentence: Span) -> list[Span]:
    """The time expressions of a sentence, looked up by position."""
    return spanindex.spans_within(sentence, SPAN_KEY)


def _dated_after(figure: Span) -> TimeRef | None:
    """The date a later sentence gives the data just stated ("Ini adalah data peserta per
    Desember 2020", "Data ini dimutakhirkan pada 30 November 2021"): the first sentence after the
    figure's, within the next paragraphs, that names a time; it dates the figure only when it
    points back at the data."""
    doc = figure.doc
    backrefs = language.of(doc).derived("dates.backrefs", _backrefs)
    text = doc_text(doc)
    sentence = figure.sent
    last_paragraph = paragraph_of(doc, figure.start_char) + _DATED_AFTER_PARAGRAPHS
    while sentence.end < len(doc):
        sentence = doc[sentence.end].sent
        if paragraph_of(doc, sentence.start_char) > last_paragraph:
            return None
        times = [
            t
            for t in _times_in(sentence)
            if not t._.time.weak and t._.time.year is not None and t._.time.compared_from is None
        ]
        if not times:
            continue
        words = " ".join(text[sentence.start_char : times[0].start_char].lower().split())
        return times[0]._.time if any(phrase in words for phrase in backrefs) else None
    return None


def _backrefs(data: LanguageData) -> tuple[str, ...]:
    return tuple(line.lower() for line in data.lines("time/backrefs.txt"))


def _applies(time: Span, figure: Span) -> bool:
    """Whether a time of the figure's sentence may date the figure."""
    ref: TimeRef = time._.time
    if ref.compared_from is not None and figure.start_char < ref.compared_from:
        return False
    lexicon = _lexicon(language.of(figure.doc))
    change_to = _change_to(figure, lexicon)
    if change_to is not None:
        # The state before a change is now, not the plan the sentence states.
        return time.start_char < change_to and not (time.start < figure.start and _is_future(ref, figure.doc))
    stretch = _change_from_stretch(figure, lexicon)
    # "dari 4.000 orang pada 2023 menjadi 8.000 orang": 2023 is the first figure's, not the second's.
    if stretch is not None and stretch[0] <= time.start_char < stretch[1]:
        return False
    return not _leads_next_figure(time, figure)


def _leads_next_figure(time: Span, figure: Span) -> bool:
    """``masih 36 persen, sampai dengan 2026 kita berupaya mencapai 72 persen``: a time after a
    comma that follows the figure, with a later figure after it and no comma between, opens the
    later figure's clause."""
    doc = figure.doc
    if time.start < figure.end or not any(t.text == "," for t in doc[figure.end : time.start]):
        return False
    for later in numbers.figures_of(figure.sent):
        if later.start >= time.end:
            return not any(t.text in (",", ";") for t in doc[time.end : later.start])
    return False


def _change_to(figure: Span, lexicon: _Lexicon) -> int | None:
    """Where the change ends (after ``menjadi``), when the figure is A of ``dari A menjadi B``."""
    text = doc_text(figure.doc)
    if not lexicon.change_from.search(text[max(0, figure.start_char - 30) : figure.start_char]):
        return None
    match = lexicon.change_to.match(text, figure.end_char)
    return match.end() if match else None


def _change_from_stretch(figure: Span, lexicon: _Lexicon) -> tuple[int, int] | None:
    """The offsets from ``dari`` to ``menjadi`` when the figure is B of ``dari A menjadi B``."""
    text = doc_text(figure.doc)
    start = max(0, figure.start_char - 90)
    before = text[start : figure.start_char]
    into = lexicon.change_into.search(before)
    if into is None:
        return None
    clause = max((m.end() for m in re.finditer(r"[.;!?]\s", before[: into.start()])), default=0)
    origins = list(lexicon.change_origin.finditer(before, clause, into.start()))
    return (start + origins[-1].start(), start + into.start()) if origins else None


def _is_future(ref: TimeRef, doc: Doc) -> bool:
    published = now(doc)
    return published is not None and ref.year is not None and ref.year > published.year


def _carried(figure: Span) -> TimeRef | None:
    """The year set by the last time expression of an earlier sentence in the figure's paragraph."""
    doc = figure.doc
    sentence = figure.sent
    paragraph_start = doc_text(doc).rfind("\n\n", 0, figure.start_char)
    paragraph_token = spanindex.token_at(doc, paragraph_start + 1)
    earlier = [
        t
        for t in spanindex.spans_in(doc, SPAN_KEY, paragraph_token, sentence.start)
        if paragraph_start < t.start_char and not t._.time.weak and t._.time.compared_from is None
    ]
    if not earlier:
        return None
    last = earlier[-1]
    if _is_future(last._.time, doc):
        previous = doc[sentence.start - 1].sent if sentence.start > 0 else None
        if previous is None or not previous.start <= last.start < previous.end:
            return None
    return last._.time


def _distance(time: Span, figure: Span) -> float:
    """Token distance from a time expression to a figure; one before the figure is preferred,
    a clause break between them (``clauses.py``) puts it far away, and an event date is the
    last resort."""
    if time.end <= figure.start:
        between = figure.doc[time.end : figure.start]
        gap = len(between)
    else:
        between = figure.doc[figure.end : time.start]
        gap = len(between) + 0.5
    boundaries = clause_breaks(figure.doc).between(figure.doc, between.start, between.end)
    return gap + 10 * boundaries + 100 * time._.time.weak
